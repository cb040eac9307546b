/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-person-page"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-format.h"
#include "caseload-person-page-private.h"
#include "caseload-plan-outcome-actions.h"
#include "caseload-timeline-row.h"
#include "caseload-worker.h"

/* Show the spinner only when a record is slow to arrive, so a quick switch between
 * people never flashes. */
#define LOADING_DELAY_MS 250

/* What one read of the record brings back: the record (NULL when the actor may not
 * see it, with the reason), what the actor may do, the sharing decisions in force and,
 * for team managers, who has seen it. */
typedef struct {
  CaseloadPersonDetail *detail;
  CaseloadAccess        access;
  char                 *explanation;
  GPtrArray            *consent;
  GPtrArray            *audit;
  char                 *consent_error;
  char                 *audit_error;
  GPtrArray            *referrals;
  char                 *referrals_error;
  CaseloadOutcomes     *outcomes;
  char                 *outcomes_error;
  CaseloadPathways     *pathways;
  char                 *pathways_error;
  gboolean              lists_lost;     /* a list failed for a lost connection */
  char                 *person_id;
  gboolean              with_audit;
} PageLoad;

typedef struct {
  CaseloadStore *store;
  CaseloadStaff *actor;
  char          *person_id;
  gboolean       with_audit;
} LoadCall;


G_DEFINE_FINAL_TYPE (CaseloadPersonPage, caseload_person_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_PERSON,
  PROP_LOADING,
  PROP_VIEW,
  PROP_MAY_ADD,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static gboolean
is_empty (const char *text)
{
  return text == NULL || *text == '\0';
}

/* A value on the overview; a missing one says so, quietly. */
static void
set_value (GtkLabel   *label,
           const char *text)
{
  if (is_empty (text))
    {
      gtk_label_set_text (label, _("Not recorded"));
      gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
    }
  else
    {
      gtk_label_set_text (label, text);
      gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
    }
}

static void
set_loading (CaseloadPersonPage *self,
             gboolean            loading)
{
  loading = !!loading;

  if (self->loading == loading)
    return;

  self->loading = loading;

  if (!loading)
    {
      g_clear_handle_id (&self->loading_source, g_source_remove);
      gtk_spinner_stop (self->spinner);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LOADING]);
}

static gboolean
show_loading_cb (gpointer user_data)
{
  CaseloadPersonPage *self = user_data;

  self->loading_source = 0;
  gtk_spinner_start (self->spinner);
  gtk_stack_set_visible_child_name (self->state_stack, "loading");

  return G_SOURCE_REMOVE;
}

static char *
build_summary (CaseloadPersonPage *self,
               CaseloadPerson     *person)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *nhs_number = caseload_person_get_nhs_number (person);
  const char *date_of_birth = caseload_person_get_date_of_birth (person);
  const char *pronouns = caseload_person_get_pronouns (person);
  GDate today;
  int age;

  if (!is_empty (nhs_number))
    {
      g_autofree char *formatted = caseload_nhs_number_format (nhs_number);

      /* Translators: %s is an NHS number, as in "NHS 943 476 5919" */
      g_ptr_array_add (parts, g_strdup_printf (_("NHS %s"), formatted));
    }

  caseload_clock_today (caseload_context_get_clock (self->context), &today);
  age = caseload_person_get_age (person, &today);
  if (age >= 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%d year", "%d years", age), age));

  if (!is_empty (date_of_birth))
    {
      g_autofree char *born = caseload_date_iso_to_display (date_of_birth);

      /* Translators: %s is a date of birth, as in "born 12/03/1984" */
      g_ptr_array_add (parts, g_strdup_printf (_("born %s"), born));
    }

  if (!is_empty (pronouns))
    g_ptr_array_add (parts, g_strdup (pronouns));

  g_ptr_array_add (parts, NULL);

  /* Translators: the separator between facts in "NHS 943 476 5919 · 42 years" */
  return g_strjoinv (_(" · "), (char **)parts->pdata);
}

static void
show_person (CaseloadPersonPage *self,
             CaseloadPerson     *person)
{
  g_autofree char *summary = build_summary (self, person);
  g_autofree char *born = caseload_date_iso_to_display (caseload_person_get_date_of_birth (person));
  const char *gender = caseload_person_get_gender (person);

  adw_avatar_set_text (self->avatar, caseload_person_get_display_name (person));
  gtk_label_set_text (self->name_label, caseload_person_get_display_name (person));
  gtk_label_set_text (self->summary_label, summary);
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), *summary != '\0');

  set_value (self->preferred_name_label, caseload_person_get_preferred_name (person));
  set_value (self->gender_label, is_empty (gender) ? NULL : caseload_format_gender (gender));
  set_value (self->date_of_birth_label, born);
  set_value (self->first_language_label, caseload_person_get_first_language (person));
  gtk_widget_set_visible (self->interpreter_badge, caseload_person_get_interpreter_needed (person));
  set_value (self->communication_needs_label, caseload_person_get_communication_needs (person));

  set_value (self->address_label, caseload_person_get_address (person));
  set_value (self->postcode_label, caseload_person_get_postcode (person));
  set_value (self->phone_label, caseload_person_get_phone (person));

  set_value (self->practice_label, caseload_person_get_gp_practice_name (person));
  set_value (self->pcn_label, caseload_person_get_pcn (person));
}

GtkWidget *
_caseload_person_page_create_tag (const char *text,
            const char *style_class)
{
  GtkWidget *tag = gtk_label_new (text);

  gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (tag, "caption");
  gtk_widget_add_css_class (tag, "badge");
  gtk_widget_add_css_class (tag, style_class);

  return tag;
}

static GtkWidget *
create_value_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 1.0f);
  gtk_widget_add_css_class (label, "numeric");

  return label;
}

static GtkWidget *
create_network_row (gpointer item,
                    gpointer user_data)
{
  CaseloadNetworkMember *member = item;
  const char *detail = caseload_network_member_get_relationship_detail (member);
  const char *phone = caseload_network_member_get_phone (member);
  const char *relationship;
  g_autofree char *subtitle = NULL;
  GtkWidget *row;

  relationship = caseload_relationship_label (caseload_network_member_get_relationship (member));
  if (!is_empty (detail))
    /* Translators: a relationship and its detail, as in "Family · mother" */
    subtitle = g_strdup_printf (_("%s · %s"), relationship, detail);
  else
    subtitle = g_strdup (relationship);

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), caseload_network_member_get_name (member));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  if (caseload_network_member_get_is_carer (member))
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), _caseload_person_page_create_tag (_("Carer"), "carer-tag"));

  if (!is_empty (phone))
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), create_value_label (phone));

  return row;
}

void
_caseload_person_page_clear_list_box (GtkListBox *list_box)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list_box, 0)) != NULL)
    gtk_list_box_remove (list_box, GTK_WIDGET (row));
}

static void
page_load_free (PageLoad *page_load)
{
  g_clear_pointer (&page_load->detail, caseload_person_detail_free);
  g_clear_pointer (&page_load->explanation, g_free);
  g_clear_pointer (&page_load->consent, g_ptr_array_unref);
  g_clear_pointer (&page_load->audit, g_ptr_array_unref);
  g_clear_pointer (&page_load->consent_error, g_free);
  g_clear_pointer (&page_load->audit_error, g_free);
  g_clear_pointer (&page_load->referrals, g_ptr_array_unref);
  g_clear_pointer (&page_load->referrals_error, g_free);
  g_clear_pointer (&page_load->outcomes, caseload_outcomes_free);
  g_clear_pointer (&page_load->outcomes_error, g_free);
  g_clear_pointer (&page_load->pathways, caseload_pathways_free);
  g_clear_pointer (&page_load->pathways_error, g_free);
  g_clear_pointer (&page_load->person_id, g_free);
  g_free (page_load);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PageLoad, page_load_free)

static void
load_call_free (LoadCall *call)
{
  g_clear_object (&call->store);
  g_clear_object (&call->actor);
  g_clear_pointer (&call->person_id, g_free);
  g_free (call);
}

/* In a worker: the record, or why it can't be seen; then what goes with it. Only the
 * record itself is essential: the lists around it report their own failures. */
static gpointer
load_thread (gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  LoadCall *call = data;
  g_autoptr(PageLoad) page_load = g_new0 (PageLoad, 1);
  g_autoptr(GError) local_error = NULL;

  page_load->person_id = g_strdup (call->person_id);
  page_load->with_audit = call->with_audit;
  page_load->detail = caseload_store_open_person (call->store, call->actor, call->person_id, &local_error);

  if (page_load->detail == NULL)
    {
      g_autoptr(GError) access_error = NULL;

      if (!g_error_matches (local_error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }

      if (!caseload_store_check_access (call->store, call->actor, call->person_id,
                                        &page_load->access, &page_load->explanation, &access_error))
        {
          page_load->access.may_view = FALSE;
          page_load->access.may_add = FALSE;
          page_load->access.basis = CASELOAD_ACCESS_BASIS_NONE;
        }

      if (page_load->explanation == NULL)
        page_load->explanation = g_strdup (local_error->message);

      return g_steal_pointer (&page_load);
    }

  if (!caseload_store_check_access (call->store, call->actor, call->person_id,
                                    &page_load->access, NULL, error))
    return NULL;

  page_load->consent = caseload_store_list_consent (call->store, call->actor, call->person_id, FALSE, &local_error);
  if (page_load->consent == NULL)
    {
      page_load->consent_error = g_strdup (local_error->message);
      page_load->lists_lost |= g_error_matches (local_error, CASELOAD_ERROR, CASELOAD_ERROR_CONNECTION);
      g_clear_error (&local_error);
    }

  page_load->referrals = _caseload_person_page_read_referrals (call->store, call->actor, call->person_id,
                                                               &local_error);
  if (page_load->referrals == NULL)
    {
      page_load->referrals_error = g_strdup (local_error->message);
      page_load->lists_lost |= g_error_matches (local_error, CASELOAD_ERROR, CASELOAD_ERROR_CONNECTION);
      g_clear_error (&local_error);
    }

  page_load->outcomes = caseload_store_read_outcomes (call->store, call->actor, call->person_id, &local_error);
  if (page_load->outcomes == NULL)
    {
      page_load->outcomes_error = g_strdup (local_error->message);
      page_load->lists_lost |= g_error_matches (local_error, CASELOAD_ERROR, CASELOAD_ERROR_CONNECTION);
      g_clear_error (&local_error);
    }

  page_load->pathways = caseload_store_read_pathways (call->store, call->actor, call->person_id, &local_error);
  if (page_load->pathways == NULL)
    {
      page_load->pathways_error = g_strdup (local_error->message);
      page_load->lists_lost |= g_error_matches (local_error, CASELOAD_ERROR, CASELOAD_ERROR_CONNECTION);
      g_clear_error (&local_error);
    }

  if (call->with_audit)
    {
      page_load->audit = caseload_store_list_audit (call->store, call->actor, NULL, call->person_id,
                                                    NULL, NULL, 0, CASELOAD_ACCESS_EVENTS_LIMIT, &local_error);
      if (page_load->audit == NULL)
        {
          page_load->audit_error = g_strdup (local_error->message);
          page_load->lists_lost |= g_error_matches (local_error, CASELOAD_ERROR, CASELOAD_ERROR_CONNECTION);
          g_clear_error (&local_error);
        }
    }

  return g_steal_pointer (&page_load);
}

static GtkWidget *
create_involvement_row (CaseloadInvolvement *involvement)
{
  guint entries = caseload_involvement_get_entry_count (involvement);
  g_autofree char *last_contact = caseload_format_date (caseload_involvement_get_last_contact (involvement));
  g_autofree char *activity = NULL;
  GtkWidget *row;
  GtkWidget *label;

  if (last_contact != NULL)
    /* Translators: "3 entries · last 3 Nov 2026" */
    activity = g_strdup_printf (ngettext ("%u entry · last %s", "%u entries · last %s", entries),
                                entries, last_contact);
  else
    activity = g_strdup_printf (ngettext ("%u entry", "%u entries", entries), entries);

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), caseload_involvement_get_staff_name (involvement));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), caseload_involvement_get_role (involvement));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  label = gtk_label_new (activity);
  gtk_label_set_xalign (GTK_LABEL (label), 1.0f);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_RIGHT);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);

  return row;
}

/* One expander per organisation, in the order the store gives them. */
static void
show_involvement (CaseloadPersonPage *self,
                  GPtrArray          *involvement)
{
  g_autoptr(GHashTable) groups = g_hash_table_new (g_str_hash, g_str_equal);

  _caseload_person_page_clear_list_box (self->involvement_list);

  for (guint i = 0; involvement != NULL && i < involvement->len; i++)
    {
      CaseloadInvolvement *item = g_ptr_array_index (involvement, i);
      const char *organisation_id = caseload_involvement_get_organisation_id (item);
      AdwExpanderRow *group;

      if (organisation_id == NULL)
        organisation_id = "";

      group = g_hash_table_lookup (groups, organisation_id);
      if (group == NULL)
        {
          CaseloadOrganisationKind kind = caseload_involvement_get_organisation_kind (item);

          group = ADW_EXPANDER_ROW (adw_expander_row_new ());
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (group), FALSE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (group),
                                         caseload_involvement_get_organisation_name (item));
          adw_expander_row_set_subtitle (group, caseload_organisation_kind_label (kind));
          adw_expander_row_set_expanded (group, TRUE);
          gtk_accessible_update_property (GTK_ACCESSIBLE (group),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          caseload_involvement_get_organisation_name (item),
                                          -1);
          gtk_list_box_append (self->involvement_list, GTK_WIDGET (group));
          g_hash_table_insert (groups, (gpointer)organisation_id, group);
        }

      adw_expander_row_add_row (group, create_involvement_row (item));
    }
}

/* The status page takes markup; store messages name organisations like "… & …". */
static void
show_error (CaseloadPersonPage *self,
            const char         *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  adw_status_page_set_description (self->error_page, escaped);
  gtk_stack_set_visible_child_name (self->state_stack, "error");
}

static void
on_timeline_error_cb (CaseloadTimelineList *timeline,
                      GParamSpec           *pspec,
                      CaseloadPersonPage   *self)
{
  const char *message = caseload_timeline_list_get_error (timeline);

  /* A late failure of a person no longer shown must not cover the one who is. */
  if (message == NULL || timeline != self->timeline)
    return;

  /* A lost connection is the window's banner to tell: the record stays, with the
   * entries not yet read as placeholders, read again once the site is back. */
  if (caseload_timeline_list_error_matches (timeline, CASELOAD_ERROR, CASELOAD_ERROR_CONNECTION))
    {
      g_autoptr(GError) error = g_error_new_literal (CASELOAD_ERROR, CASELOAD_ERROR_CONNECTION, message);

      caseload_context_report_error (self->context, error);
      return;
    }

  show_error (self, message);
}

static void
show_timeline (CaseloadPersonPage *self,
               const char         *person_id,
               guint               n_entries)
{
  if (self->timeline != NULL &&
      g_strcmp0 (caseload_timeline_list_get_person_id (self->timeline), person_id) == 0)
    {
      caseload_timeline_list_reset (self->timeline, n_entries);
    }
  else
    {
      if (self->timeline != NULL)
        g_signal_handlers_disconnect_by_func (self->timeline, on_timeline_error_cb, self);
      g_clear_object (&self->timeline);
      self->timeline = caseload_timeline_list_new (caseload_context_get_store (self->context),
                                                   caseload_context_get_actor (self->context),
                                                   person_id, n_entries);
      g_signal_connect_object (self->timeline, "notify::error", G_CALLBACK (on_timeline_error_cb), self, 0);
      gtk_no_selection_set_model (self->timeline_selection, G_LIST_MODEL (self->timeline));
    }

  gtk_stack_set_visible_child_name (self->timeline_stack, n_entries > 0 ? "entries" : "empty");
}

static void
scroll_to_top (GtkScrolledWindow *scroller)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scroller);

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
}

static void
show_detail (CaseloadPersonPage   *self,
             CaseloadPersonDetail *detail)
{
  gboolean same_person = self->person != NULL &&
                         g_strcmp0 (caseload_person_get_id (self->person),
                                    caseload_person_get_id (detail->person)) == 0;

  show_person (self, detail->person);

  g_list_store_splice (self->network, 0, g_list_model_get_n_items (G_LIST_MODEL (self->network)),
                       detail->network != NULL ? detail->network->pdata : NULL,
                       detail->network != NULL ? detail->network->len : 0);
  show_involvement (self, detail->involvement);
  show_timeline (self, caseload_person_get_id (detail->person), detail->entry_count);

  if (!same_person)
    {
      scroll_to_top (self->overview_scroller);
      scroll_to_top (self->timeline_scroller);
      scroll_to_top (self->referrals_scroller);
    }

  gtk_stack_set_visible_child_name (self->state_stack, "record");
  _caseload_person_page_set_person (self, detail->person);
}

/* The Plan and Measures views: what they show comes with the record. */
static void
show_outcomes (CaseloadPersonPage *self,
               CaseloadOutcomes   *outcomes,
               const char         *error_message)
{
  gboolean may_add = self->has_access && self->access.may_add;

  if (outcomes == NULL)
    {
      caseload_plan_view_show_error (self->plan_view, error_message);
      caseload_measures_view_show_error (self->measures_view, error_message);
      return;
    }

  caseload_plan_view_show (self->plan_view, self->person, outcomes, may_add);
  caseload_measures_view_show (self->measures_view, self->person, outcomes, may_add);
}

static void
on_outcomes_changed_cb (CaseloadPersonPage *self)
{
  caseload_person_page_reload (self);
}

static void
on_page_loaded_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(CaseloadPersonPage) self = user_data;
  g_autoptr(PageLoad) page_load = NULL;
  g_autoptr(GError) error = NULL;
  gboolean may_add;

  page_load = caseload_worker_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  /* A reply for someone no longer wanted. */
  if (page_load != NULL && g_strcmp0 (page_load->person_id, self->person_id) != 0)
    return;

  may_add = caseload_person_page_get_may_add (self);
  set_loading (self, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person-page.break-glass", FALSE);

  if (page_load == NULL &&
      g_error_matches (error, CASELOAD_ERROR, CASELOAD_ERROR_CONNECTION) &&
      self->person != NULL && g_strcmp0 (caseload_person_get_id (self->person), self->person_id) == 0)
    {
      /* Reading the record shown again lost the connection: it stays as it was, the
       * banner says why, and it is read again when the site is back. */
      g_debug ("Reading the record again lost the connection");
      self->read_again = TRUE;
      caseload_context_report_error (self->context, error);
    }
  else if (page_load == NULL)
    {
      /* The message can name the record; keep it on screen, out of the log. */
      g_debug ("Opening a record failed: %s %d", g_quark_to_string (error->domain), error->code);
      if (caseload_context_report_error (self->context, error))
        self->read_again = TRUE;
      _caseload_person_page_show_access (self, NULL);
      show_error (self, error->message);
      _caseload_person_page_set_person (self, NULL);
    }
  else if (page_load->detail == NULL)
    {
      g_debug ("The actor may not see the record (basis %d)", page_load->access.basis);
      _caseload_person_page_show_denied (self, &page_load->access, page_load->explanation);
    }
  else
    {
      _caseload_person_page_show_access (self, &page_load->access);
      _caseload_person_page_show_sharing (self, page_load->consent, page_load->consent_error);
      _caseload_person_page_show_who_has_seen (self, page_load->with_audit, page_load->audit, page_load->audit_error);
      show_detail (self, page_load->detail);
      _caseload_person_page_show_referrals (self, page_load->referrals, page_load->referrals_error);
      show_outcomes (self, page_load->outcomes, page_load->outcomes_error);
      _caseload_person_page_show_pathways (self, g_steal_pointer (&page_load->pathways), page_load->pathways_error);

      if (page_load->lists_lost)
        {
          g_autoptr(GError) lost = g_error_new_literal (CASELOAD_ERROR, CASELOAD_ERROR_CONNECTION,
                                                        page_load->consent_error != NULL
                                                        ? page_load->consent_error
                                                        : page_load->referrals_error != NULL
                                                        ? page_load->referrals_error
                                                        : page_load->outcomes_error != NULL
                                                        ? page_load->outcomes_error
                                                        : page_load->pathways_error != NULL
                                                        ? page_load->pathways_error : page_load->audit_error);

          self->read_again = TRUE;
          caseload_context_report_error (self->context, lost);
        }
    }

  if (may_add != caseload_person_page_get_may_add (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MAY_ADD]);
}

void
_caseload_person_page_load (CaseloadPersonPage *self,
                            gboolean            show_spinner)
{
  CaseloadStaff *actor;
  LoadCall *call;

  g_return_if_fail (self->context != NULL);
  g_return_if_fail (self->person_id != NULL);

  self->read_again = FALSE;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  g_clear_handle_id (&self->loading_source, g_source_remove);
  if (show_spinner)
    self->loading_source = g_timeout_add (LOADING_DELAY_MS, show_loading_cb, self);

  set_loading (self, TRUE);

  actor = caseload_context_get_actor (self->context);
  call = g_new0 (LoadCall, 1);
  call->store = g_object_ref (caseload_context_get_store (self->context));
  call->actor = caseload_worker_copy_staff (actor);
  call->person_id = g_strdup (self->person_id);
  call->with_audit = actor != NULL && caseload_policy_may_review_access (caseload_staff_get_access_role (actor));

  caseload_worker_run (self, _caseload_person_page_load,
                       load_thread, call, (GDestroyNotify) load_call_free,
                       (GDestroyNotify) page_load_free,
                       self->cancellable,
                       on_page_loaded_cb,
                       g_object_ref (self));
}

static void
on_try_again_clicked_cb (CaseloadPersonPage *self)
{
  if (self->person_id != NULL)
    _caseload_person_page_load (self, TRUE);
}

static void
on_timeline_item_setup_cb (GtkSignalListItemFactory *factory,
                           GtkListItem              *list_item,
                           CaseloadPersonPage       *self)
{
  gtk_list_item_set_activatable (list_item, FALSE);
  gtk_list_item_set_selectable (list_item, FALSE);
  gtk_list_item_set_child (list_item, caseload_timeline_row_new ());
}

static void
on_timeline_item_bind_cb (GtkSignalListItemFactory *factory,
                          GtkListItem              *list_item,
                          CaseloadPersonPage       *self)
{
  caseload_timeline_row_set_entry (CASELOAD_TIMELINE_ROW (gtk_list_item_get_child (list_item)),
                                   gtk_list_item_get_item (list_item));
}

static void
on_timeline_item_unbind_cb (GtkSignalListItemFactory *factory,
                            GtkListItem              *list_item,
                            CaseloadPersonPage       *self)
{
  caseload_timeline_row_set_entry (CASELOAD_TIMELINE_ROW (gtk_list_item_get_child (list_item)), NULL);
}

static void
on_view_changed_cb (AdwViewStack       *view_stack,
                    GParamSpec         *pspec,
                    CaseloadPersonPage *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_VIEW]);
}

static void
caseload_person_page_constructed (GObject *object)
{
  CaseloadPersonPage *self = (CaseloadPersonPage *)object;

  G_OBJECT_CLASS (caseload_person_page_parent_class)->constructed (object);

  self->network = g_list_store_new (CASELOAD_TYPE_NETWORK_MEMBER);
  self->break_glass = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  gtk_list_box_bind_model (self->network_list, G_LIST_MODEL (self->network),
                           create_network_row, NULL, NULL);
  caseload_plan_view_set_network (self->plan_view, G_LIST_MODEL (self->network));
  caseload_pathways_view_set_network (self->pathways_view, G_LIST_MODEL (self->network));
}

static void
caseload_person_page_dispose (GObject *object)
{
  CaseloadPersonPage *self = (CaseloadPersonPage *)object;
  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->loading_source, g_source_remove);
  g_clear_handle_id (&self->expiry_source, g_source_remove);
  g_clear_handle_id (&self->badges_source, g_source_remove);

  if (self->network_list != NULL)
    gtk_list_box_bind_model (self->network_list, NULL, NULL, NULL, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_PERSON_PAGE);

  /* The template's unnamed top-level child. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->timeline);
  g_clear_object (&self->network);
  g_clear_pointer (&self->break_glass, g_hash_table_unref);
  g_clear_pointer (&self->referrals, g_ptr_array_unref);
  g_clear_object (&self->person);
  g_clear_object (&self->context);
  g_clear_pointer (&self->person_id, g_free);

  G_OBJECT_CLASS (caseload_person_page_parent_class)->dispose (object);
}

static void
caseload_person_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CaseloadPersonPage *self = CASELOAD_PERSON_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_PERSON:
      g_value_set_object (value, self->person);
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;

    case PROP_VIEW:
      g_value_set_string (value, caseload_person_page_get_view (self));
      break;

    case PROP_MAY_ADD:
      g_value_set_boolean (value, caseload_person_page_get_may_add (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_person_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  CaseloadPersonPage *self = CASELOAD_PERSON_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      caseload_person_page_set_context (self, g_value_get_object (value));
      break;

    case PROP_VIEW:
      caseload_person_page_set_view (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_person_page_class_init (CaseloadPersonPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = caseload_person_page_constructed;
  object_class->dispose = caseload_person_page_dispose;
  object_class->get_property = caseload_person_page_get_property;
  object_class->set_property = caseload_person_page_set_property;

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         CASELOAD_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_PERSON] =
    g_param_spec_object ("person", NULL, NULL,
                         CASELOAD_TYPE_PERSON,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_VIEW] =
    g_param_spec_string ("view", NULL, NULL,
                         "overview",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_MAY_ADD] =
    g_param_spec_boolean ("may-add", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  _caseload_person_page_class_access_init (klass);

  g_type_ensure (CASELOAD_TYPE_PLAN_VIEW);
  g_type_ensure (CASELOAD_TYPE_MEASURES_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pcnmh/Caseload/caseload-person-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, state_stack);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, overview_scroller);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, timeline_scroller);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, timeline_stack);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, timeline_selection);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, avatar);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, preferred_name_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, gender_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, date_of_birth_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, first_language_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, interpreter_badge);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, communication_needs_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, address_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, postcode_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, phone_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, practice_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, pcn_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, network_list);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, involvement_list);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, access_banner);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, access_banner_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, sharing_list);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, sharing_placeholder);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, record_consent_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, empty_add_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, access_view_page);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, plan_view);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, measures_view);
  gtk_widget_class_bind_template_callback (widget_class, on_outcomes_changed_cb);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, access_scroller);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, access_list);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, access_placeholder);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, access_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, denied_page);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, break_glass_box);
  gtk_widget_class_bind_template_callback (widget_class, on_try_again_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_timeline_item_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_timeline_item_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_timeline_item_unbind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_view_changed_cb);

  _caseload_person_page_class_referrals_init (klass);
  _caseload_person_page_class_pathways_init (klass);
}

static void
caseload_person_page_init (CaseloadPersonPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Printing the person's copy, recording it, and reviews */
  caseload_plan_outcome_actions_attach (self->plan_view);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person-page.break-glass", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person-page.record-consent", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person-page.new-referral", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person-page.referral", FALSE);
}

static void
forget_record (CaseloadPersonPage *self)
{
  GtkLabel *labels[] = {
    self->name_label, self->summary_label, self->preferred_name_label, self->gender_label,
    self->date_of_birth_label, self->first_language_label, self->communication_needs_label,
    self->address_label, self->postcode_label, self->phone_label, self->practice_label, self->pcn_label,
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (labels[i] != NULL)
      gtk_label_set_text (labels[i], "");
  if (self->avatar != NULL)
    adw_avatar_set_text (self->avatar, NULL);
  if (self->interpreter_badge != NULL)
    gtk_widget_set_visible (self->interpreter_badge, FALSE);
  if (self->network != NULL)
    g_list_store_remove_all (self->network);
  if (self->involvement_list != NULL)
    _caseload_person_page_clear_list_box (self->involvement_list);
  if (self->sharing_list != NULL)
    _caseload_person_page_clear_list_box (self->sharing_list);
  if (self->access_list != NULL)
    _caseload_person_page_clear_list_box (self->access_list);
  _caseload_person_page_forget_referrals (self);
  if (self->plan_view != NULL)
    caseload_plan_view_clear (self->plan_view);
  if (self->measures_view != NULL)
    caseload_measures_view_clear (self->measures_view);
  _caseload_person_page_forget_pathways (self);

  if (self->timeline != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->timeline, on_timeline_error_cb, self);
      if (self->timeline_selection != NULL)
        gtk_no_selection_set_model (self->timeline_selection, NULL);
      g_clear_object (&self->timeline);
    }
}

void
_caseload_person_page_set_person (CaseloadPersonPage *self,
                                  CaseloadPerson     *person)
{
  /* A record refused or failed is forgotten, not merely covered: nothing of it stays
   * in a label, a list or a timeline that could still fetch pages. */
  if (person == NULL)
    forget_record (self);

  if (g_set_object (&self->person, person))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PERSON]);
}

GtkWidget *
caseload_person_page_new (void)
{
  return g_object_new (CASELOAD_TYPE_PERSON_PAGE, NULL);
}

CaseloadContext *
caseload_person_page_get_context (CaseloadPersonPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_PERSON_PAGE (self), NULL);

  return self->context;
}

void
caseload_person_page_set_context (CaseloadPersonPage *self,
                                  CaseloadContext    *context)
{
  g_return_if_fail (CASELOAD_IS_PERSON_PAGE (self));
  g_return_if_fail (context == NULL || CASELOAD_IS_CONTEXT (context));

  if (g_set_object (&self->context, context))
    {
      caseload_plan_view_set_context (self->plan_view, context);
      caseload_measures_view_set_context (self->measures_view, context);
      caseload_pathways_view_set_context (self->pathways_view, context);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CONTEXT]);
    }
}

/* Opens @person_id; the record already shown stays until the new one arrives. */
void
caseload_person_page_open (CaseloadPersonPage *self,
                           const char         *person_id)
{
  g_return_if_fail (CASELOAD_IS_PERSON_PAGE (self));
  g_return_if_fail (person_id != NULL);
  g_return_if_fail (self->context != NULL);

  if (g_strcmp0 (self->person_id, person_id) == 0 && self->person != NULL &&
      g_strcmp0 (gtk_stack_get_visible_child_name (self->state_stack), "error") != 0)
    return;

  g_free (self->person_id);
  self->person_id = g_strdup (person_id);

  _caseload_person_page_load (self, TRUE);
}

/* The id of the person being shown or opened, or %NULL. */
const char *
caseload_person_page_get_person_id (CaseloadPersonPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_PERSON_PAGE (self), NULL);

  return self->person_id;
}

void
caseload_person_page_reload (CaseloadPersonPage *self)
{
  g_return_if_fail (CASELOAD_IS_PERSON_PAGE (self));

  if (self->person_id != NULL)
    _caseload_person_page_load (self, FALSE);
}

/* The connection to the shared site is back: whatever failed to read for its loss
 * (the record, the lists beside it, pages of the timeline) is read again; what is
 * shown stays until then. */
void
caseload_person_page_read_again (CaseloadPersonPage *self)
{
  g_return_if_fail (CASELOAD_IS_PERSON_PAGE (self));

  if (self->person_id == NULL)
    return;

  if (self->read_again)
    {
      /* The record and its lists, and with them the timeline from the top. */
      self->read_again = FALSE;
      _caseload_person_page_load (self, FALSE);
    }
  else if (self->timeline != NULL &&
           caseload_timeline_list_error_matches (self->timeline, CASELOAD_ERROR, CASELOAD_ERROR_CONNECTION))
    caseload_timeline_list_read_again (self->timeline);
}

CaseloadPerson *
caseload_person_page_get_person (CaseloadPersonPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_PERSON_PAGE (self), NULL);

  return self->person;
}

gboolean
caseload_person_page_get_loading (CaseloadPersonPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_PERSON_PAGE (self), FALSE);

  return self->loading;
}

const char *
caseload_person_page_get_view (CaseloadPersonPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_PERSON_PAGE (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

void
caseload_person_page_set_view (CaseloadPersonPage *self,
                               const char         *view)
{
  GtkWidget *child;

  g_return_if_fail (CASELOAD_IS_PERSON_PAGE (self));

  child = view != NULL ? adw_view_stack_get_child_by_name (self->view_stack, view) : NULL;
  if (child == NULL || !adw_view_stack_page_get_visible (adw_view_stack_get_page (self->view_stack, child)))
    return;

  adw_view_stack_set_visible_child_name (self->view_stack, view);
}

AdwViewStack *
caseload_person_page_get_view_stack (CaseloadPersonPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_PERSON_PAGE (self), NULL);

  return self->view_stack;
}

GListModel *
caseload_person_page_get_timeline (CaseloadPersonPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_PERSON_PAGE (self), NULL);

  return self->timeline != NULL ? G_LIST_MODEL (self->timeline) : NULL;
}

/* What the actor may do with the record on show: FALSE before any reply has come.
 * When the record was refused, @access says so (may_view FALSE) and why (basis). */
gboolean
caseload_person_page_get_access (CaseloadPersonPage *self,
                                 CaseloadAccess     *access)
{
  g_return_val_if_fail (CASELOAD_IS_PERSON_PAGE (self), FALSE);

  if (!self->has_access)
    return FALSE;

  if (access != NULL)
    *access = self->access;

  return TRUE;
}

/* TRUE when a record is on show and the actor may add to it: what "Add Entry" needs. */
gboolean
caseload_person_page_get_may_add (CaseloadPersonPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_PERSON_PAGE (self), FALSE);

  return self->person != NULL && self->has_access && self->access.may_add;
}
