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
  gboolean               ready;

  /* Template children */
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
      GtkWidget *row;
      GtkWidget *check;

      /* Groups are run by people who do the work, not by administrators. */
      if (caseload_staff_get_access_role (member) == CASELOAD_ROLE_ADMINISTRATOR)
        continue;

      row = adw_action_row_new ();
      check = gtk_check_button_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), caseload_staff_get_display_name (member));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), caseload_staff_get_organisation_name (member));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (self->facilitators_group, row);

      g_ptr_array_add (self->staff, g_object_ref (member));
      g_ptr_array_add (self->checks, check);
    }

  self->ready = TRUE;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cohort-dialog.save", TRUE);
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
  const char *unplaced = NULL;
  GtkWidget *first_bad;

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

  first_bad = caseload_field_error_row_show_all (GTK_WIDGET (self->page), problems, &unplaced);
  show_banner (self, unplaced);
  if (first_bad != NULL)
    gtk_widget_grab_focus (first_bad);

  return problems->len == 0 ? g_steal_pointer (&cohort) : NULL;
}

static void
on_saved_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(CaseloadCohortDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  SaveCall *call = caseload_worker_get_data (result);

  if (caseload_worker_finish (result, &error) != NULL)
    {
      g_signal_emit (self, signals [SAVED], 0, call->cohort);
      gtk_window_destroy (GTK_WINDOW (self));
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

GtkWidget *
caseload_cohort_dialog_new (GtkWindow       *parent,
                            CaseloadContext *context)
{
  CaseloadCohortDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CASELOAD_IS_CONTEXT (context), NULL);

  self = g_object_new (CASELOAD_TYPE_COHORT_DIALOG, "transient-for", parent, NULL);
  self->context = g_object_ref (context);

  /* Creating waits for the staff to pick from. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cohort-dialog.save", FALSE);
  caseload_worker_run (self, caseload_cohort_dialog_new,
                       staff_thread, g_object_ref (caseload_context_get_store (context)), g_object_unref,
                       (GDestroyNotify) g_ptr_array_unref,
                       self->cancellable, on_staff_cb, g_object_ref (self));
  return GTK_WIDGET (self);
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
