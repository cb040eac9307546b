/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-person-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "caseload-break-glass-dialog.h"
#include "caseload-consent-dialog.h"
#include "caseload-format.h"
#include "caseload-person-page-private.h"

/* The person page's access concern: what the actor may do with the record on show
 * (Add Entry, the emergency-access banner), why a record is refused and the way to
 * break the glass, the sharing decisions on the overview, and for team managers who
 * has seen the record. */

static gboolean
is_empty (const char *text)
{
  return text == NULL || *text == '\0';
}

static gboolean
actor_may_break_glass (CaseloadPersonPage *self)
{
  CaseloadStaff *actor = caseload_context_get_actor (self->context);

  return actor != NULL && caseload_policy_may_break_glass (caseload_staff_get_access_role (actor));
}

static CaseloadBreakGlass *
lookup_break_glass (CaseloadPersonPage *self)
{
  CaseloadStaff *actor = caseload_context_get_actor (self->context);
  CaseloadBreakGlass *break_glass;

  if (self->person_id == NULL || actor == NULL)
    return NULL;

  /* Only the staff member who broke the glass: the desk may have changed hands. */
  break_glass = g_hash_table_lookup (self->break_glass, self->person_id);
  if (break_glass == NULL ||
      g_strcmp0 (caseload_break_glass_get_staff_id (break_glass), caseload_staff_get_id (actor)) != 0)
    return NULL;

  return break_glass;
}

static GDateTime *
parse_utc (const char *iso)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  if (iso == NULL || *iso == '\0')
    return NULL;

  return g_date_time_new_from_iso8601 (iso, utc);
}

/* "14:30" today, "Tue 3 Nov, 02:30" on another day. */
static char *
format_until (GDateTime *when,
              GDateTime *now)
{
  g_autoptr(GDateTime) local_when = g_date_time_to_local (when);
  g_autoptr(GDateTime) local_now = g_date_time_to_local (now);

  if (g_date_time_get_year (local_when) == g_date_time_get_year (local_now) &&
      g_date_time_get_day_of_year (local_when) == g_date_time_get_day_of_year (local_now))
    /* Translators: a time later today, as in "14:30"; see g_date_time_format() */
    return g_date_time_format (local_when, _("%H:%M"));

  /* Translators: a time on another day, as in "Tue 3 Nov, 02:30"; see g_date_time_format() */
  return g_date_time_format (local_when, _("%a %-d %b, %H:%M"));
}

static gboolean
access_expired_cb (gpointer user_data)
{
  CaseloadPersonPage *self = user_data;

  self->expiry_source = 0;

  /* The store decides again: without the emergency access this is a refusal. */
  if (self->person_id != NULL)
    _caseload_person_page_load (self, FALSE);

  return G_SOURCE_REMOVE;
}

static void
show_access_banner (CaseloadPersonPage *self)
{
  CaseloadBreakGlass *break_glass;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) expires = NULL;
  g_autofree char *text = NULL;

  g_clear_handle_id (&self->expiry_source, g_source_remove);

  if (!self->has_access || !self->access.may_view ||
      self->access.basis != CASELOAD_ACCESS_BASIS_BREAK_GLASS)
    {
      gtk_widget_set_visible (self->access_banner, FALSE);
      return;
    }

  now = caseload_clock_now (caseload_context_get_clock (self->context));
  break_glass = lookup_break_glass (self);
  if (break_glass != NULL)
    expires = parse_utc (caseload_break_glass_get_expires_at (break_glass));

  if (expires != NULL && g_date_time_compare (expires, now) > 0)
    {
      g_autofree char *until = format_until (expires, now);
      GTimeSpan left = g_date_time_difference (expires, now);

      /* Translators: the first %s is a time, as in "14:30"; the second is the reason
       * the staff member gave for opening the record in an emergency */
      text = g_strdup_printf (_("Emergency access until %s: %s"),
                              until, caseload_break_glass_get_reason (break_glass));
      self->expiry_source = g_timeout_add_seconds ((guint) MIN (left / G_TIME_SPAN_SECOND + 1, G_MAXUINT32),
                                                   access_expired_cb, self);
    }
  else
    text = g_strdup_printf (ngettext ("Emergency access: you can see this record for up to %d hour. A team manager will review it.",
                                      "Emergency access: you can see this record for up to %d hours. A team manager will review it.",
                                      CASELOAD_BREAK_GLASS_HOURS),
                            CASELOAD_BREAK_GLASS_HOURS);

  gtk_label_set_text (self->access_banner_label, text);
  gtk_widget_set_visible (self->access_banner, TRUE);
}

static const char *
describe_decision (CaseloadConsent *consent,
                   const char     **style_class)
{
  if (caseload_consent_get_may_add (consent))
    {
      *style_class = "consent-view-add";
      return _("Can see and add");
    }

  if (caseload_consent_get_may_view (consent))
    {
      *style_class = "consent-view";
      return _("Can see");
    }

  *style_class = "consent-declined";
  return _("Declined");
}

/* "Review by 3 Mar 2027", or overdue in the error colour with an icon as well. */
static GtkWidget *
create_review_label (const char  *review_date,
                     const GDate *today)
{
  g_autofree char *shown = caseload_format_date (review_date);
  g_autofree char *text = NULL;
  GDate review;
  gboolean overdue;
  GtkWidget *box;
  GtkWidget *label;

  if (shown == NULL || !caseload_parse_date (review_date, &review, NULL))
    return NULL;

  overdue = g_date_compare (&review, today) < 0;
  if (overdue)
    /* Translators: %s is a date, as in "3 Mar 2026" */
    text = g_strdup_printf (_("Review overdue since %s"), shown);
  else
    /* Translators: %s is a date, as in "3 Mar 2027" */
    text = g_strdup_printf (_("Review by %s"), shown);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_halign (box, GTK_ALIGN_END);

  if (overdue)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Overdue"), -1);
      gtk_box_append (GTK_BOX (box), icon);
      gtk_widget_add_css_class (box, "error");
      gtk_widget_add_css_class (box, "review-overdue");
    }

  label = gtk_label_new (text);
  gtk_label_set_xalign (GTK_LABEL (label), 1.0f);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "numeric");
  if (!overdue)
    gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), label);

  return box;
}

static GtkWidget *
create_consent_row (CaseloadPersonPage *self,
                    CaseloadConsent    *consent,
                    const GDate        *today)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *decided = caseload_format_date (caseload_consent_get_decided_on (consent));
  g_autofree char *facts = NULL;
  g_autofree char *subtitle = NULL;
  const char *recorded_by = caseload_consent_get_recorded_by_name (consent);
  const char *note = caseload_consent_get_note (consent);
  const char *organisation_id = caseload_consent_get_organisation_id (consent);
  const char *style_class = NULL;
  const char *decision = describe_decision (consent, &style_class);
  GtkWidget *review;
  GtkWidget *suffix;
  GtkWidget *tag;
  GtkWidget *row;

  g_ptr_array_add (parts, g_strdup (caseload_consent_method_label (caseload_consent_get_method (consent))));
  if (decided != NULL)
    /* Translators: %s is a date, as in "decided 3 Mar 2026" */
    g_ptr_array_add (parts, g_strdup_printf (_("decided %s"), decided));
  if (!is_empty (recorded_by))
    /* Translators: %s is a staff member's name */
    g_ptr_array_add (parts, g_strdup_printf (_("recorded by %s"), recorded_by));
  g_ptr_array_add (parts, NULL);
  /* Translators: the separator between facts in "Written · decided 3 Mar 2026" */
  facts = g_strjoinv (_(" · "), (char **)parts->pdata);

  if (!is_empty (note))
    subtitle = g_strdup_printf ("%s\n%s", facts, note);
  else
    subtitle = g_steal_pointer (&facts);

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), caseload_consent_get_organisation_name (consent));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  /* The decision, and under it when to ask again. */
  suffix = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_valign (suffix, GTK_ALIGN_CENTER);
  tag = _caseload_person_page_create_tag (decision, style_class);
  gtk_widget_set_halign (tag, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (suffix), tag);
  review = create_review_label (caseload_consent_get_review_date (consent), today);
  if (review != NULL)
    gtk_box_append (GTK_BOX (suffix), review);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);

  /* A new decision for this organisation is one click away, for those who may add. */
  if (self->access.may_add && organisation_id != NULL)
    {
      g_autofree char *tooltip = NULL;

      /* Translators: %s is an organisation's name */
      tooltip = g_strdup_printf (_("Record a new decision for %s"), caseload_consent_get_organisation_name (consent));
      gtk_widget_set_tooltip_text (row, tooltip);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "person-page.record-consent");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", organisation_id);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
    }
  else
    gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  return row;
}

static GtkWidget *
create_audit_row (CaseloadAuditEvent *event)
{
  g_autofree char *action = caseload_format_audit_action (caseload_audit_event_get_action (event),
                                                          caseload_audit_event_get_detail (event));
  g_autofree char *when = caseload_format_date_time (caseload_audit_event_get_occurred_at (event));
  const char *staff_name = caseload_audit_event_get_staff_name (event);
  GtkWidget *row;
  GtkWidget *label;

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), !is_empty (staff_name) ? staff_name : _("Unknown staff member"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), action);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  label = gtk_label_new (when);
  gtk_label_set_xalign (GTK_LABEL (label), 1.0f);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);

  return row;
}

static void
on_break_glass_opened_cb (CaseloadBreakGlassDialog *dialog,
                          CaseloadBreakGlass       *break_glass,
                          CaseloadPersonPage       *self)
{
  const char *person_id = caseload_break_glass_get_person_id (break_glass);

  if (person_id == NULL)
    person_id = caseload_break_glass_dialog_get_person_id (dialog);

  g_hash_table_replace (self->break_glass, g_strdup (person_id), g_object_ref (break_glass));

  if (g_strcmp0 (person_id, self->person_id) == 0)
    _caseload_person_page_load (self, TRUE);
}

static void
break_glass_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  CaseloadPersonPage *self = CASELOAD_PERSON_PAGE (widget);
  CaseloadBreakGlassDialog *dialog;

  if (self->context == NULL || self->person_id == NULL || !actor_may_break_glass (self))
    return;

  dialog = caseload_break_glass_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                            self->context, self->person_id);
  g_signal_connect_object (dialog, "opened", G_CALLBACK (on_break_glass_opened_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_consent_saved_cb (CaseloadConsentDialog *dialog,
                     CaseloadConsent       *consent,
                     CaseloadPersonPage    *self)
{
  /* A decision takes effect at once: read the record again under it. */
  if (self->person_id != NULL &&
      g_strcmp0 (caseload_consent_get_person_id (consent), self->person_id) == 0)
    _caseload_person_page_load (self, FALSE);
}

static void
record_consent_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  CaseloadPersonPage *self = CASELOAD_PERSON_PAGE (widget);
  const char *organisation_id = param != NULL ? g_variant_get_string (param, NULL) : NULL;
  CaseloadConsentDialog *dialog;

  if (self->context == NULL || self->person == NULL || !self->has_access || !self->access.may_add)
    return;

  dialog = caseload_consent_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                        self->context, self->person,
                                        is_empty (organisation_id) ? NULL : organisation_id);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_consent_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_caseload_person_page_show_access (CaseloadPersonPage   *self,
                                   const CaseloadAccess *access)
{
  if (access != NULL)
    self->access = *access;
  else
    memset (&self->access, 0, sizeof self->access);
  self->has_access = access != NULL;

  gtk_widget_set_visible (self->empty_add_button, self->has_access && self->access.may_add);
  gtk_widget_set_visible (self->record_consent_button, self->has_access && self->access.may_add);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person-page.record-consent",
                                 self->has_access && self->access.may_add);

  show_access_banner (self);
}

void
_caseload_person_page_show_denied (CaseloadPersonPage   *self,
                                   const CaseloadAccess *access,
                                   const char           *explanation)
{
  g_autofree char *escaped = g_markup_escape_text (explanation != NULL ? explanation : "", -1);
  gboolean may_break_glass;

  /* Any emergency access this desk knew of for the person has ended. */
  g_hash_table_remove (self->break_glass, self->person_id);

  _caseload_person_page_show_access (self, access);

  may_break_glass = actor_may_break_glass (self) && access->basis != CASELOAD_ACCESS_BASIS_ROLE;
  /* The status page takes markup; organisations are named like "… & …". */
  adw_status_page_set_description (self->denied_page, escaped);
  gtk_widget_set_visible (self->break_glass_box, may_break_glass);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person-page.break-glass", may_break_glass);
  gtk_stack_set_visible_child_name (self->state_stack, "denied");

  _caseload_person_page_set_person (self, NULL);
}

void
_caseload_person_page_show_sharing (CaseloadPersonPage *self,
              GPtrArray          *consent,
              const char         *error_message)
{
  GDate today;

  _caseload_person_page_clear_list_box (self->sharing_list);
  gtk_label_set_text (self->sharing_placeholder,
                      error_message != NULL ? error_message : _("No sharing decisions recorded"));

  caseload_clock_today (caseload_context_get_clock (self->context), &today);
  for (guint i = 0; consent != NULL && i < consent->len; i++)
    gtk_list_box_append (self->sharing_list,
                         create_consent_row (self, g_ptr_array_index (consent, i), &today));
}

void
_caseload_person_page_show_who_has_seen (CaseloadPersonPage *self,
                   gboolean            shown,
                   GPtrArray          *audit,
                   const char         *error_message)
{
  _caseload_person_page_clear_list_box (self->access_list);
  adw_view_stack_page_set_visible (self->access_view_page, shown);

  if (!shown)
    {
      if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "access") == 0)
        adw_view_stack_set_visible_child_name (self->view_stack, "overview");
      return;
    }

  gtk_label_set_text (self->access_placeholder, error_message != NULL ? error_message : _("Nothing recorded yet"));

  if (audit != NULL && audit->len >= CASELOAD_ACCESS_EVENTS_LIMIT)
    {
      g_autofree char *description = NULL;

      description = g_strdup_printf (ngettext ("The newest %d event. Audit… in the main menu searches them all.",
                                               "The newest %d events. Audit… in the main menu searches them all.",
                                               CASELOAD_ACCESS_EVENTS_LIMIT),
                                     CASELOAD_ACCESS_EVENTS_LIMIT);
      adw_preferences_group_set_description (self->access_group, description);
    }
  else
    adw_preferences_group_set_description (self->access_group,
                                           _("Every look at and change to this record, newest first, including searches that found the person"));

  for (guint i = 0; audit != NULL && i < audit->len; i++)
    gtk_list_box_append (self->access_list, create_audit_row (g_ptr_array_index (audit, i)));
}

void
_caseload_person_page_class_access_init (CaseloadPersonPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "person-page.break-glass", NULL, break_glass_action);
  gtk_widget_class_install_action (widget_class, "person-page.record-consent", "s", record_consent_action);
}
