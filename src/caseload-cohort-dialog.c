/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-cohort-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-cohort-dialog.h"
#include "caseload-field-error-row.h"
#include "caseload-form.h"
#include "caseload-format.h"
#include "caseload-worker.h"

struct _CaseloadCohortDialog
{
  AdwWindow              parent_instance;

  /* Owned */
  CaseloadContext       *context;
  GCancellable          *cancellable;
  GPtrArray             *staff;        /* CaseloadStaff who may facilitate, by name */
  GPtrArray             *checks;       /* GtkCheckButton per staff member */
  CaseloadCohort        *editing;      /* Edit Group…: the cohort as read, or NULL */
  gboolean               ready;

  /* Template children */
  AdwWindowTitle        *window_title;
  GtkButton             *save_button;
  GtkRevealer           *banner_revealer;
  GtkLabel              *banner_label;
  AdwPreferencesPage    *page;
  AdwEntryRow           *name_row;
  AdwComboRow           *programme_row;
  GtkStringList         *programme_names;
  GtkSpinButton         *sessions_spin;
  GtkSpinButton         *minutes_spin;
  AdwEntryRow           *venue_row;
  AdwEntryRow           *start_row;
  GtkSpinButton         *completion_spin;
  AdwPreferencesGroup   *facilitators_group;
};

typedef struct {
  CaseloadStore  *store;
  CaseloadStaff  *actor;
  CaseloadCohort *cohort;
} SaveCall;

G_DEFINE_FINAL_TYPE (CaseloadCohortDialog, caseload_cohort_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void
save_call_free (SaveCall *call)
{
  g_clear_object (&call->store);
  g_clear_object (&call->actor);
  g_clear_object (&call->cohort);
  g_free (call);
}

static gpointer
staff_thread (gpointer       data,
              GCancellable  *cancellable,
              GError       **error)
{
  return caseload_store_list_staff (CASELOAD_STORE (data), error);
}

static gpointer
save_thread (gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  SaveCall *call = data;

  return caseload_store_save_cohort (call->store, call->actor, call->cohort, error) ? CASELOAD_WORKER_DONE : NULL;
}

static void
show_banner (CaseloadCohortDialog *self,
             const char           *message)
{
  caseload_form_show_banner (self->banner_revealer, self->banner_label, message);
}

static void
on_programme_chosen_cb (CaseloadCohortDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->programme_row);

  /* The programme sets the usual number of sessions; it stays editable. */
  if (selected <= CASELOAD_STEPPS_CUSTOM)
    gtk_spin_button_set_value (self->sessions_spin, caseload_stepps_programme_sessions (selected));
}

/* A row to tick @member with; returns its check button. */
static GtkWidget *
add_staff_row (CaseloadCohortDialog *self,
               CaseloadStaff        *member)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), caseload_staff_get_display_name (member));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), caseload_staff_get_organisation_name (member));
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  adw_preferences_group_add (self->facilitators_group, row);

  g_ptr_array_add (self->staff, g_object_ref (member));
  g_ptr_array_add (self->checks, check);
  return check;
}

/* Edit Group…: the group's facilitators are ticked; one no longer on the list to pick
 * from (left the team, say) still has a row, so leaving them off is a choice. */
static void
tick_facilitators (CaseloadCohortDialog *self)
{
  GPtrArray *facilitators = caseload_cohort_get_facilitators (self->editing);

  for (guint i = 0; i < facilitators->len; i++)
    {
      CaseloadStaff *facilitator = g_ptr_array_index (facilitators, i);
      GtkWidget *check = NULL;

      for (guint j = 0; j < self->staff->len && check == NULL; j++)
        if (g_strcmp0 (caseload_staff_get_id (g_ptr_array_index (self->staff, j)),
                       caseload_staff_get_id (facilitator)) == 0)
          check = g_ptr_array_index (self->checks, j);
      if (check == NULL)
        check = add_staff_row (self, facilitator);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
    }
}

static void
on_staff_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(CaseloadCohortDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) staff = caseload_worker_finish (result, &error);
  g_autoptr(GPtrArray) active = NULL;

  if (staff == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autofree char *message = caseload_format_read_error (error);
          show_banner (self, message);
        }
      return;
    }

  active = caseload_form_active_staff (staff);
  for (guint i = 0; i < active->len; i++)
    {
      CaseloadStaff *member = g_ptr_array_index (active, i);

      /* Groups are run by people who do the work, not by administrators. */
      if (caseload_staff_get_access_role (member) != CASELOAD_ROLE_ADMINISTRATOR)
        add_staff_row (self, member);
    }
  if (self->editing != NULL)
    tick_facilitators (self);

  self->ready = TRUE;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cohort-dialog.save", TRUE);
}

/* Each of @problems beside its field (one no field names in the banner), the first
 * field at fault focused. */
static void
show_problems (CaseloadCohortDialog *self,
               GPtrArray            *problems)
{
  const char *unplaced = NULL;
  GtkWidget *first_bad;

  first_bad = caseload_field_error_row_show_all (GTK_WIDGET (self->page), problems, &unplaced);
  show_banner (self, unplaced);
  if (first_bad != NULL)
    gtk_widget_grab_focus (first_bad);
}

/* The cohort the form describes, or NULL with each problem beside its field. */
static CaseloadCohort *
build (CaseloadCohortDialog *self)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) caseload_field_error_free);
  g_autoptr(GPtrArray) checked = NULL;
  g_autoptr(CaseloadCohort) cohort = caseload_cohort_new ();
  g_autofree char *name = caseload_form_get_entry_text (self->name_row);
  g_autofree char *venue = caseload_form_get_entry_text (self->venue_row);
  g_autofree char *start_on = caseload_form_read_when (self->start_row, "start-on", TRUE, TRUE, problems);
  guint programme = adw_combo_row_get_selected (self->programme_row);
  GPtrArray *facilitators = caseload_cohort_get_facilitators (cohort);

  if (self->editing != NULL)
    {
      /* Saved over the group as read: someone else's save meanwhile is a conflict. */
      caseload_cohort_set_id (cohort, caseload_cohort_get_id (self->editing));
      caseload_cohort_set_version (cohort, caseload_cohort_get_version (self->editing));
    }
  caseload_cohort_set_name (cohort, *name != '\0' ? name : NULL);
  caseload_cohort_set_programme (cohort, programme <= CASELOAD_STEPPS_CUSTOM ? programme : CASELOAD_STEPPS_ADULT_20);
  caseload_cohort_set_n_sessions (cohort, gtk_spin_button_get_value_as_int (self->sessions_spin));
  caseload_cohort_set_session_minutes (cohort, gtk_spin_button_get_value_as_int (self->minutes_spin));
  caseload_cohort_set_venue (cohort, *venue != '\0' ? venue : NULL);
  caseload_cohort_set_start_on (cohort, start_on);
  caseload_cohort_set_completion_percent (cohort, gtk_spin_button_get_value_as_int (self->completion_spin));
  for (guint i = 0; i < self->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      g_ptr_array_add (facilitators, g_object_ref (g_ptr_array_index (self->staff, i)));

  checked = caseload_cohort_check (cohort);
  for (guint i = 0; i < checked->len; i++)
    {
      CaseloadFieldError *problem = g_ptr_array_index (checked, i);

      /* A start date that could not be read already says so. */
      if (start_on == NULL && g_strcmp0 (problem->field, "start-on") == 0)
        continue;
      caseload_field_errors_add (problems, problem->field, problem->message);
    }

  show_problems (self, problems);

  return problems->len == 0 ? g_steal_pointer (&cohort) : NULL;
}

/* Which field the store's refusal of @sent is about, or NULL (the banner says it). Its
 * checks are the form's own, bar one: a session with attendance is never removed. */
static char *
field_for_refusal (CaseloadCohortDialog *self,
                   CaseloadCohort       *sent,
                   const GError         *error)
{
  g_autoptr(GPtrArray) checked = NULL;

  if (!g_error_matches (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION))
    return NULL;

  checked = caseload_cohort_check (sent);
  for (guint i = 0; i < checked->len; i++)
    {
      CaseloadFieldError *problem = g_ptr_array_index (checked, i);

      if (g_strcmp0 (problem->message, error->message) == 0)
        return g_strdup (problem->field);
    }
  if (self->editing != NULL &&
      caseload_cohort_get_n_sessions (sent) < caseload_cohort_get_n_sessions (self->editing))
    return g_strdup ("n-sessions");
  return NULL;
}

static void
on_saved_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(CaseloadCohortDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *field = NULL;
  SaveCall *call = caseload_worker_get_data (result);

  if (caseload_worker_finish (result, &error) != NULL)
    {
      g_signal_emit (self, signals [SAVED], 0, call->cohort);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  /* Refused: beside the field when it is about one; nothing typed is lost either way. */
  field = field_for_refusal (self, call->cohort, error);
  if (field != NULL)
    {
      g_autoptr(GPtrArray) problems = caseload_field_errors_new ();

      g_debug ("Saving a group was refused on %s", field);
      caseload_field_errors_add (problems, field, error->message);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "cohort-dialog.save", TRUE);
      show_problems (self, problems);
      return;
    }
  caseload_form_save_failed (GTK_WIDGET (self), "cohort-dialog.save", self->banner_revealer, self->banner_label, error);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CaseloadCohortDialog *self = CASELOAD_COHORT_DIALOG (widget);
  g_autoptr(CaseloadCohort) cohort = NULL;
  SaveCall *call;

  show_banner (self, NULL);
  if ((cohort = build (self)) == NULL)
    return;

  call = g_new0 (SaveCall, 1);
  call->store = g_object_ref (caseload_context_get_store (self->context));
  call->actor = caseload_worker_copy_staff (caseload_context_get_actor (self->context));
  call->cohort = g_steal_pointer (&cohort);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cohort-dialog.save", FALSE);
  caseload_worker_run (self, save_action, save_thread, call, (GDestroyNotify) save_call_free, NULL,
                       self->cancellable, on_saved_cb, g_object_ref (self));
}

static void
caseload_cohort_dialog_dispose (GObject *object)
{
  CaseloadCohortDialog *self = (CaseloadCohortDialog *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_COHORT_DIALOG);

  g_clear_object (&self->context);
  g_clear_object (&self->editing);
  g_clear_pointer (&self->staff, g_ptr_array_unref);
  g_clear_pointer (&self->checks, g_ptr_array_unref);

  G_OBJECT_CLASS (caseload_cohort_dialog_parent_class)->dispose (object);
}

static void
caseload_cohort_dialog_class_init (CaseloadCohortDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_cohort_dialog_dispose;

  signals [SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, CASELOAD_TYPE_COHORT);

  g_type_ensure (CASELOAD_TYPE_FIELD_ERROR_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pcnmh/Caseload/caseload-cohort-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadCohortDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCohortDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCohortDialog, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCohortDialog, banner_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCohortDialog, page);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCohortDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCohortDialog, programme_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCohortDialog, programme_names);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCohortDialog, sessions_spin);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCohortDialog, minutes_spin);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCohortDialog, venue_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCohortDialog, start_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCohortDialog, completion_spin);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCohortDialog, facilitators_group);
  gtk_widget_class_bind_template_callback (widget_class, on_programme_chosen_cb);

  gtk_widget_class_install_action (widget_class, "cohort-dialog.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "cohort-dialog.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
caseload_cohort_dialog_init (CaseloadCohortDialog *self)
{
  self->cancellable = g_cancellable_new ();
  self->staff = g_ptr_array_new_with_free_func (g_object_unref);
  self->checks = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_handlers_block_by_func (self->programme_row, on_programme_chosen_cb, self);
  for (guint i = 0; i <= CASELOAD_STEPPS_CUSTOM; i++)
    gtk_string_list_append (self->programme_names, caseload_stepps_programme_label (i));
  adw_combo_row_set_selected (self->programme_row, CASELOAD_STEPPS_ADULT_20);
  g_signal_handlers_unblock_by_func (self->programme_row, on_programme_chosen_cb, self);
  {
    g_autoptr(GtkListItemFactory) factory = caseload_format_string_factory_new ();
    adw_combo_row_set_factory (self->programme_row, factory);
  }
}

/* Edit Group…: the form as the group was read. */
static void
fill (CaseloadCohortDialog *self,
      CaseloadCohort       *cohort)
{
  const char *name = caseload_cohort_get_name (cohort);
  const char *venue = caseload_cohort_get_venue (cohort);

  self->editing = g_object_ref (cohort);
  gtk_window_set_title (GTK_WINDOW (self), _("Edit Group"));
  adw_window_title_set_title (self->window_title, _("Edit STEPPS Group"));
  gtk_button_set_label (self->save_button, _("_Save"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->save_button),
                               _("Save the group’s changes; sessions not yet recorded follow a new start date (Ctrl+Enter)"));

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name != NULL ? name : "");
  /* The programme chosen before keeps the number of sessions the group has. */
  g_signal_handlers_block_by_func (self->programme_row, on_programme_chosen_cb, self);
  adw_combo_row_set_selected (self->programme_row, caseload_cohort_get_programme (cohort));
  g_signal_handlers_unblock_by_func (self->programme_row, on_programme_chosen_cb, self);
  gtk_spin_button_set_value (self->sessions_spin, caseload_cohort_get_n_sessions (cohort));
  gtk_spin_button_set_value (self->minutes_spin, caseload_cohort_get_session_minutes (cohort));
  gtk_editable_set_text (GTK_EDITABLE (self->venue_row), venue != NULL ? venue : "");
  caseload_form_set_entry_iso (self->start_row, caseload_cohort_get_start_on (cohort));
  gtk_spin_button_set_value (self->completion_spin, caseload_cohort_get_completion_percent (cohort));
}

static GtkWidget *
create (GtkWindow       *parent,
        CaseloadContext *context,
        CaseloadCohort  *cohort)
{
  CaseloadCohortDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CASELOAD_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (cohort == NULL || CASELOAD_IS_COHORT (cohort), NULL);

  self = g_object_new (CASELOAD_TYPE_COHORT_DIALOG, "transient-for", parent, NULL);
  self->context = g_object_ref (context);
  if (cohort != NULL)
    fill (self, cohort);

  /* Creating waits for the staff to pick from. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cohort-dialog.save", FALSE);
  caseload_worker_run (self, create,
                       staff_thread, g_object_ref (caseload_context_get_store (context)), g_object_unref,
                       (GDestroyNotify) g_ptr_array_unref,
                       self->cancellable, on_staff_cb, g_object_ref (self));
  return GTK_WIDGET (self);
}

GtkWidget *
caseload_cohort_dialog_new (GtkWindow       *parent,
                            CaseloadContext *context)
{
  return create (parent, context, NULL);
}

GtkWidget *
caseload_cohort_dialog_new_edit (GtkWindow       *parent,
                                 CaseloadContext *context,
                                 CaseloadCohort  *cohort)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT (cohort), NULL);
  g_return_val_if_fail (caseload_cohort_get_id (cohort) != NULL, NULL);

  return create (parent, context, cohort);
}

const char *
caseload_cohort_dialog_get_error (CaseloadCohortDialog *self,
                                  const char           *field)
{
  CaseloadFieldErrorRow *row;

  g_return_val_if_fail (CASELOAD_IS_COHORT_DIALOG (self), NULL);

  row = caseload_field_error_row_find (GTK_WIDGET (self->page), field);
  return row != NULL ? caseload_field_error_row_get_message (row) : NULL;
}

gboolean
caseload_cohort_dialog_pick_facilitator (CaseloadCohortDialog *self,
                                         const char           *name)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT_DIALOG (self), FALSE);

  for (guint i = 0; i < self->staff->len; i++)
    if (strstr (caseload_staff_get_display_name (g_ptr_array_index (self->staff, i)), name) != NULL)
      {
        gtk_check_button_set_active (g_ptr_array_index (self->checks, i), TRUE);
        return TRUE;
      }
  return FALSE;
}

gboolean
caseload_cohort_dialog_get_ready (CaseloadCohortDialog *self)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT_DIALOG (self), FALSE);

  return self->ready;
}
