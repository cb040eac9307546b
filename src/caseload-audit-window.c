/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-audit-window"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-audit-window.h"
#include "caseload-format.h"
#include "caseload-worker.h"

/* Events per page of search results. */
#define SEARCH_PAGE 100

/* The search starts with the last week. */
#define DEFAULT_SEARCH_DAYS 7

struct _CaseloadAuditWindow
{
  AdwWindow         parent_instance;

  /* Owned */
  CaseloadContext  *context;
  GCancellable     *cancellable;          /* staff list, review list, reviews */
  GCancellable     *search_cancellable;   /* the search in flight; a new one replaces it */
  GPtrArray        *staff;                /* CaseloadStaff, in the combo's order after "Everyone" */
  GHashTable       *review_rows;          /* break-glass id → its row */
  guint             n_results;
  guint             n_pending;            /* reads in flight */
  /* Reads that lost the connection to the shared site, made again when it is back */
  guint             staff_lost : 1;
  guint             review_lost : 1;
  guint             search_lost : 1;
  guint             search_lost_more : 1;

  /* Template children */
  AdwToastOverlay  *toast_overlay;
  AdwViewStack     *view_stack;
  AdwComboRow      *staff_row;
  GtkStringList    *staff_names;
  AdwEntryRow      *from_row;
  GtkWidget        *from_error_row;
  GtkLabel         *from_error_label;
  AdwEntryRow      *to_row;
  GtkWidget        *to_error_row;
  GtkLabel         *to_error_label;
  AdwPreferencesGroup *results_group;
  GtkListBox       *results_list;
  GtkLabel         *results_placeholder;
  GtkWidget        *more_button;
  AdwViewStackPage *review_page;
  GtkStack         *review_stack;
  GtkListBox       *review_list;
  AdwStatusPage    *review_status;
};

typedef struct {
  CaseloadStore *store;
  CaseloadStaff *actor;
  char          *staff_id;
  char          *from;
  char          *to;
  char          *break_glass_id;
  guint          offset;
} AuditCall;

G_DEFINE_FINAL_TYPE (CaseloadAuditWindow, caseload_audit_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static AuditCall *
audit_call_new (CaseloadAuditWindow *self)
{
  AuditCall *call = g_new0 (AuditCall, 1);

  call->store = g_object_ref (caseload_context_get_store (self->context));
  call->actor = caseload_worker_copy_staff (caseload_context_get_actor (self->context));

  return call;
}

static void
audit_call_free (AuditCall *call)
{
  g_clear_object (&call->store);
  g_clear_object (&call->actor);
  g_free (call->staff_id);
  g_free (call->from);
  g_free (call->to);
  g_free (call->break_glass_id);
  g_free (call);
}

static gpointer
list_staff_thread (gpointer       data,
                   GCancellable  *cancellable,
                   GError       **error)
{
  AuditCall *call = data;

  return caseload_store_list_staff (call->store, error);
}

static gpointer
search_thread (gpointer       data,
               GCancellable  *cancellable,
               GError       **error)
{
  AuditCall *call = data;

  return caseload_store_list_audit (call->store, call->actor, call->staff_id, NULL,
                                    call->from, call->to, call->offset, SEARCH_PAGE, error);
}

static gpointer
list_break_glass_thread (gpointer       data,
                         GCancellable  *cancellable,
                         GError       **error)
{
  AuditCall *call = data;

  return caseload_store_list_break_glass (call->store, call->actor, TRUE, error);
}

static gpointer
review_thread (gpointer       data,
               GCancellable  *cancellable,
               GError       **error)
{
  AuditCall *call = data;

  if (!caseload_store_review_break_glass (call->store, call->actor, call->break_glass_id, error))
    return NULL;

  return CASELOAD_WORKER_DONE;
}

static gboolean
is_empty (const char *text)
{
  return text == NULL || *text == '\0';
}

static void
clear_list_box (GtkListBox *list_box)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list_box, 0)) != NULL)
    gtk_list_box_remove (list_box, GTK_WIDGET (row));
}

static void
add_toast (CaseloadAuditWindow *self,
           const char          *title)
{
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  AdwToast *toast = adw_toast_new (escaped);

  /* Toast titles are markup; names and messages may hold "&". */

  adw_toast_set_timeout (toast, 5);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
set_busy (CaseloadAuditWindow *self,
          gboolean             busy)
{
  if (busy)
    self->n_pending++;
  else
    {
      g_assert (self->n_pending > 0);
      self->n_pending--;
    }
}

/* An optional date typed as dd/mm/yyyy: TRUE with @date cleared when empty. */
static gboolean
parse_optional_date (AdwEntryRow *row,
                     GtkWidget   *error_row,
                     GtkLabel    *error_label,
                     GDate       *date)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  g_autoptr(GError) error = NULL;

  g_date_clear (date, 1);

  if (*text != '\0' && !caseload_parse_date (text, date, &error))
    {
      caseload_format_show_field_error (GTK_WIDGET (row), error_row, error_label, error->message);
      return FALSE;
    }

  caseload_format_show_field_error (GTK_WIDGET (row), error_row, error_label, NULL);
  return TRUE;
}

static GtkWidget *
create_event_row (CaseloadAuditEvent *event)
{
  g_autofree char *action = caseload_format_audit_action (caseload_audit_event_get_action (event),
                                                          caseload_audit_event_get_detail (event));
  g_autofree char *when = caseload_format_date_time (caseload_audit_event_get_occurred_at (event));
  g_autofree char *subtitle = NULL;
  const char *staff_name = caseload_audit_event_get_staff_name (event);
  const char *person_name = caseload_audit_event_get_person_name (event);
  GtkWidget *row;
  GtkWidget *label;

  if (!is_empty (person_name))
    /* Translators: what was done, then whose record, as in "Opened the record · Alex Smith" */
    subtitle = g_strdup_printf (_("%s · %s"), action, person_name);
  else
    subtitle = g_steal_pointer (&action);

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 !is_empty (staff_name) ? staff_name : _("Unknown staff member"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  label = gtk_label_new (when);
  gtk_label_set_xalign (GTK_LABEL (label), 1.0f);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);

  return row;
}

static GtkWidget *
create_review_row (CaseloadBreakGlass *break_glass)
{
  g_autofree char *when = caseload_format_date_time (caseload_break_glass_get_started_at (break_glass));
  g_autofree char *who = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *button_label = NULL;
  const char *person_name = caseload_break_glass_get_person_name (break_glass);
  const char *organisation = caseload_break_glass_get_organisation_name (break_glass);
  const char *staff_name = caseload_break_glass_get_staff_name (break_glass);
  GtkWidget *row;
  GtkWidget *button;

  if (!is_empty (organisation))
    /* Translators: a staff member and their organisation, as in "Ioana Popescu (Thurrock & Brentwood Mind)" */
    who = g_strdup_printf (_("%s (%s)"), staff_name, organisation);
  else
    who = g_strdup (staff_name);

  /* Translators: who opened the record and when, then the reason they gave, as in
   * "Opened by Ioana Popescu (Mind) on Tue 3 Nov 2026, 14:20" and "“Seen in A&E…”" */
  subtitle = g_strdup_printf (_("Opened by %s on %s\n“%s”"), who, when != NULL ? when : "",
                              caseload_break_glass_get_reason (break_glass));

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 !is_empty (person_name) ? person_name : _("Unknown person"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  button = gtk_button_new_with_mnemonic (_("_Mark Reviewed"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "audit-window.review");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", caseload_break_glass_get_id (break_glass));
  /* Translators: %s is whose record it was; the name a screen reader gives the button */
  button_label = g_strdup_printf (_("Mark the emergency access to %s’s record reviewed"),
                                  !is_empty (person_name) ? person_name : _("this person"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, button_label, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

static void
update_review_count (CaseloadAuditWindow *self)
{
  guint count = g_hash_table_size (self->review_rows);

  adw_view_stack_page_set_badge_number (self->review_page, count);
  adw_view_stack_page_set_needs_attention (self->review_page, count > 0);
  gtk_stack_set_visible_child_name (self->review_stack, count > 0 ? "list" : "empty");
}

static void
update_results_title (CaseloadAuditWindow *self)
{
  g_autofree char *description = NULL;

  if (self->n_results > 0)
    description = g_strdup_printf (ngettext ("%u event, newest first", "%u events, newest first", self->n_results),
                                   self->n_results);
  adw_preferences_group_set_description (self->results_group, description);
}

static void
on_staff_listed_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(CaseloadAuditWindow) self = user_data;
  g_autoptr(GPtrArray) staff = NULL;
  g_autoptr(GError) error = NULL;

  staff = caseload_worker_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_busy (self, FALSE);

  if (staff == NULL)
    {
      g_debug ("Listing staff failed: %s %d", g_quark_to_string (error->domain), error->code);
      self->staff_lost = caseload_context_report_error (self->context, error);
      if (!self->staff_lost)
        add_toast (self, error->message);
      return;
    }

  for (guint i = 0; i < staff->len; i++)
    {
      CaseloadStaff *member = g_ptr_array_index (staff, i);

      if (caseload_staff_get_active (member))
        gtk_string_list_append (self->staff_names, caseload_staff_get_display_name (member));
      else
        {
          /* Translators: %s is a staff member's name */
          g_autofree char *name = g_strdup_printf (_("%s (deactivated)"), caseload_staff_get_display_name (member));

          gtk_string_list_append (self->staff_names, name);
        }
    }

  self->staff = g_steal_pointer (&staff);
}

static void
on_search_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(CaseloadAuditWindow) self = user_data;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;

  events = caseload_worker_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_busy (self, FALSE);
  g_clear_object (&self->search_cancellable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "audit-window.more", TRUE);

  if (events == NULL)
    {
      g_autofree char *message = caseload_format_read_error (error);
      AuditCall *call = caseload_worker_get_data (result);

      g_debug ("Searching the audit trail failed: %s %d", g_quark_to_string (error->domain), error->code);
      self->search_lost = caseload_context_report_error (self->context, error);
      self->search_lost_more = self->search_lost && call->offset > 0;
      if (self->search_lost && call->offset > 0)
        add_toast (self, message);
      gtk_label_set_text (self->results_placeholder, message);
      gtk_widget_set_visible (self->more_button, FALSE);
      return;
    }

  gtk_label_set_text (self->results_placeholder, _("No events match"));
  for (guint i = 0; i < events->len; i++)
    gtk_list_box_append (self->results_list, create_event_row (g_ptr_array_index (events, i)));
  self->n_results += events->len;

  gtk_widget_set_visible (self->more_button, events->len == SEARCH_PAGE);
  update_results_title (self);
}

static void
run_search (CaseloadAuditWindow *self,
            gboolean             more)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  guint selected;
  GDate from_date, to_date;
  gboolean dates_ok;
  AuditCall *call;

  dates_ok = parse_optional_date (self->from_row, self->from_error_row, self->from_error_label, &from_date);
  dates_ok = parse_optional_date (self->to_row, self->to_error_row, self->to_error_label, &to_date) && dates_ok;

  if (dates_ok && g_date_valid (&from_date) && g_date_valid (&to_date) && g_date_compare (&from_date, &to_date) > 0)
    {
      caseload_format_show_field_error (GTK_WIDGET (self->to_row), self->to_error_row, self->to_error_label,
                        _("The end of the search can’t come before its start."));
      dates_ok = FALSE;
    }

  if (!dates_ok)
    {
      gtk_widget_grab_focus (gtk_widget_get_visible (self->from_error_row) ? GTK_WIDGET (self->from_row)
                                                                           : GTK_WIDGET (self->to_row));
      return;
    }

  if (g_date_valid (&from_date))
    from = caseload_date_to_iso (&from_date);
  if (g_date_valid (&to_date))
    to = caseload_date_to_iso (&to_date);

  /* A search still in flight gives way to this one. */
  if (self->search_cancellable != NULL)
    {
      g_cancellable_cancel (self->search_cancellable);
      g_clear_object (&self->search_cancellable);
      set_busy (self, FALSE);
    }
  self->search_cancellable = g_cancellable_new ();

  if (!more)
    {
      clear_list_box (self->results_list);
      self->n_results = 0;
      update_results_title (self);
    }

  self->search_lost = FALSE;
  self->search_lost_more = FALSE;
  call = audit_call_new (self);
  selected = adw_combo_row_get_selected (self->staff_row);
  /* Position 0 is "Everyone". */
  if (self->staff != NULL && selected > 0 && selected - 1 < self->staff->len)
    call->staff_id = g_strdup (caseload_staff_get_id (g_ptr_array_index (self->staff, selected - 1)));
  call->from = g_steal_pointer (&from);
  call->to = g_steal_pointer (&to);
  call->offset = more ? self->n_results : 0;

  set_busy (self, TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "audit-window.more", FALSE);
  caseload_worker_run (self, run_search,
                       search_thread, call, (GDestroyNotify) audit_call_free,
                       (GDestroyNotify) g_ptr_array_unref,
                       self->search_cancellable,
                       on_search_done_cb,
                       g_object_ref (self));
}

static void
on_break_glass_listed_cb (GObject      *source,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  g_autoptr(CaseloadAuditWindow) self = user_data;
  g_autoptr(GPtrArray) accesses = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *escaped = NULL;

  accesses = caseload_worker_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_busy (self, FALSE);

  clear_list_box (self->review_list);
  g_hash_table_remove_all (self->review_rows);

  if (accesses == NULL)
    {
      g_autofree char *message = caseload_format_read_error (error);

      g_debug ("Listing emergency accesses failed: %s %d", g_quark_to_string (error->domain), error->code);
      self->review_lost = caseload_context_report_error (self->context, error);
      adw_status_page_set_icon_name (self->review_status, "dialog-warning-symbolic");
      adw_status_page_set_title (self->review_status, _("Can’t Show Emergency Accesses"));
      escaped = g_markup_escape_text (message, -1);
      adw_status_page_set_description (self->review_status, escaped);
      gtk_stack_set_visible_child_name (self->review_stack, "empty");
      return;
    }

  for (guint i = 0; i < accesses->len; i++)
    {
      CaseloadBreakGlass *break_glass = g_ptr_array_index (accesses, i);
      GtkWidget *row = create_review_row (break_glass);

      gtk_list_box_append (self->review_list, row);
      g_hash_table_insert (self->review_rows, g_strdup (caseload_break_glass_get_id (break_glass)), row);
    }

  update_review_count (self);
}

static void
on_reviewed_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(CaseloadAuditWindow) self = user_data;
  AuditCall *call = caseload_worker_get_data (result);
  g_autoptr(GError) error = NULL;
  gpointer done;
  GtkWidget *row;

  done = caseload_worker_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_busy (self, FALSE);
  row = g_hash_table_lookup (self->review_rows, call->break_glass_id);

  if (done == NULL)
    {
      g_autofree char *message = caseload_format_change_error (error);

      g_debug ("Marking an emergency access reviewed failed: %s %d", g_quark_to_string (error->domain), error->code);
      caseload_context_report_error (self->context, error);
      add_toast (self, message);

      /* Let the manager try again. */
      if (row != NULL)
        gtk_widget_set_sensitive (row, TRUE);
      return;
    }

  if (row != NULL)
    gtk_list_box_remove (self->review_list, row);
  g_hash_table_remove (self->review_rows, call->break_glass_id);

  update_review_count (self);
  add_toast (self, _("Marked as reviewed"));
}

static void
on_entry_activated_cb (AdwEntryRow         *row,
                       CaseloadAuditWindow *self)
{
  run_search (self, FALSE);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  run_search (CASELOAD_AUDIT_WINDOW (widget), FALSE);
}

static void
more_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  run_search (CASELOAD_AUDIT_WINDOW (widget), TRUE);
}

static void
review_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  CaseloadAuditWindow *self = CASELOAD_AUDIT_WINDOW (widget);
  const char *id = g_variant_get_string (param, NULL);
  GtkWidget *row = g_hash_table_lookup (self->review_rows, id);
  AuditCall *call;

  if (row == NULL || !gtk_widget_get_sensitive (row))
    return;

  gtk_widget_set_sensitive (row, FALSE);

  call = audit_call_new (self);
  call->break_glass_id = g_strdup (id);

  set_busy (self, TRUE);
  caseload_worker_run (self, review_action,
                       review_thread, call, (GDestroyNotify) audit_call_free,
                       NULL,
                       self->cancellable,
                       on_reviewed_cb,
                       g_object_ref (self));
}

static void
list_staff (CaseloadAuditWindow *self)
{
  self->staff_lost = FALSE;
  set_busy (self, TRUE);
  caseload_worker_run (self, list_staff_thread,
                       list_staff_thread, audit_call_new (self), (GDestroyNotify) audit_call_free,
                       (GDestroyNotify) g_ptr_array_unref,
                       self->cancellable,
                       on_staff_listed_cb,
                       g_object_ref (self));
}

static void
list_break_glass (CaseloadAuditWindow *self)
{
  self->review_lost = FALSE;
  set_busy (self, TRUE);
  caseload_worker_run (self, list_break_glass_thread,
                       list_break_glass_thread, audit_call_new (self), (GDestroyNotify) audit_call_free,
                       (GDestroyNotify) g_ptr_array_unref,
                       self->cancellable,
                       on_break_glass_listed_cb,
                       g_object_ref (self));
}

/* The shared site is back: read again what its loss kept from being shown. */
static void
on_connection_restored_cb (CaseloadAuditWindow *self)
{
  if (self->staff_lost)
    list_staff (self);
  if (self->review_lost)
    list_break_glass (self);
  if (self->search_lost)
    {
      gboolean more = self->search_lost_more;

      self->search_lost = FALSE;
      self->search_lost_more = FALSE;
      run_search (self, more);
    }
}

static void
caseload_audit_window_constructed (GObject *object)
{
  CaseloadAuditWindow *self = (CaseloadAuditWindow *)object;
  g_autoptr(GtkListItemFactory) factory = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) week_ago = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  G_OBJECT_CLASS (caseload_audit_window_parent_class)->constructed (object);

  g_return_if_fail (self->context != NULL);

  self->cancellable = g_cancellable_new ();
  self->review_rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  factory = caseload_format_string_factory_new ();
  adw_combo_row_set_factory (self->staff_row, factory);
  gtk_string_list_append (self->staff_names, _("Everyone"));
  adw_combo_row_set_selected (self->staff_row, 0);

  now = caseload_clock_now (caseload_context_get_clock (self->context));
  local = g_date_time_to_local (now);
  week_ago = g_date_time_add_days (local, -DEFAULT_SEARCH_DAYS);
  from = g_date_time_format (week_ago, "%d/%m/%Y");
  to = g_date_time_format (local, "%d/%m/%Y");
  gtk_editable_set_text (GTK_EDITABLE (self->from_row), from);
  gtk_editable_set_text (GTK_EDITABLE (self->to_row), to);

  list_staff (self);
  list_break_glass (self);
  run_search (self, FALSE);

  g_signal_connect_object (self->context, "connection-restored",
                           G_CALLBACK (on_connection_restored_cb), self, G_CONNECT_SWAPPED);
}

static void
caseload_audit_window_dispose (GObject *object)
{
  CaseloadAuditWindow *self = (CaseloadAuditWindow *)object;

  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->search_cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_AUDIT_WINDOW);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->search_cancellable);
  g_clear_pointer (&self->staff, g_ptr_array_unref);
  g_clear_pointer (&self->review_rows, g_hash_table_unref);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (caseload_audit_window_parent_class)->dispose (object);
}

static void
caseload_audit_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  CaseloadAuditWindow *self = CASELOAD_AUDIT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_audit_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  CaseloadAuditWindow *self = CASELOAD_AUDIT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_audit_window_class_init (CaseloadAuditWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = caseload_audit_window_constructed;
  object_class->dispose = caseload_audit_window_dispose;
  object_class->get_property = caseload_audit_window_get_property;
  object_class->set_property = caseload_audit_window_set_property;

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         CASELOAD_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "audit-window.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "audit-window.more", NULL, more_action);
  gtk_widget_class_install_action (widget_class, "audit-window.review", "s", review_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pcnmh/Caseload/caseload-audit-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadAuditWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CaseloadAuditWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, CaseloadAuditWindow, staff_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadAuditWindow, staff_names);
  gtk_widget_class_bind_template_child (widget_class, CaseloadAuditWindow, from_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadAuditWindow, from_error_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadAuditWindow, from_error_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadAuditWindow, to_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadAuditWindow, to_error_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadAuditWindow, to_error_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadAuditWindow, results_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadAuditWindow, results_list);
  gtk_widget_class_bind_template_child (widget_class, CaseloadAuditWindow, results_placeholder);
  gtk_widget_class_bind_template_child (widget_class, CaseloadAuditWindow, more_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadAuditWindow, review_page);
  gtk_widget_class_bind_template_child (widget_class, CaseloadAuditWindow, review_stack);
  gtk_widget_class_bind_template_child (widget_class, CaseloadAuditWindow, review_list);
  gtk_widget_class_bind_template_child (widget_class, CaseloadAuditWindow, review_status);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);
}

static void
caseload_audit_window_init (CaseloadAuditWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

CaseloadAuditWindow *
caseload_audit_window_new (GtkWindow       *parent,
                           CaseloadContext *context)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CASELOAD_IS_CONTEXT (context), NULL);

  return g_object_new (CASELOAD_TYPE_AUDIT_WINDOW,
                       "transient-for", parent,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       "context", context,
                       NULL);
}

void
caseload_audit_window_show_review (CaseloadAuditWindow *self)
{
  g_return_if_fail (CASELOAD_IS_AUDIT_WINDOW (self));

  adw_view_stack_set_visible_child_name (self->view_stack, "review");
}

gboolean
caseload_audit_window_get_busy (CaseloadAuditWindow *self)
{
  g_return_val_if_fail (CASELOAD_IS_AUDIT_WINDOW (self), FALSE);

  return self->n_pending > 0;
}

guint
caseload_audit_window_get_review_count (CaseloadAuditWindow *self)
{
  g_return_val_if_fail (CASELOAD_IS_AUDIT_WINDOW (self), 0);

  return g_hash_table_size (self->review_rows);
}

guint
caseload_audit_window_get_n_results (CaseloadAuditWindow *self)
{
  g_return_val_if_fail (CASELOAD_IS_AUDIT_WINDOW (self), 0);

  return self->n_results;
}
