/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-wait-standard-group"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-field-error-row.h"
#include "caseload-format.h"
#include "caseload-validate-referral.h"
#include "caseload-wait-standard-group.h"
#include "caseload-worker.h"

struct _CaseloadWaitStandardGroup
{
  AdwPreferencesGroup   parent_instance;

  /* Weak: the application's, which outlives every window (libadwaita 1.2 keeps a
   * preferences page's groups alive after its window has gone) */
  CaseloadContext      *context;

  /* Owned */
  CaseloadWaitStandard *standard;   /* as read */
  GCancellable         *cancellable;
  guint                 saving : 1;
  guint                 editable : 1;

  /* Template children */
  GtkWidget            *save_button;
  GtkSpinButton        *target_spin;
  GtkSpinButton        *warn_spin;
  AdwComboRow          *unit_row;
  GtkStringList        *unit_names;
  AdwComboRow          *stops_at_row;
  GtkStringList        *stops_at_names;
};

typedef struct {
  CaseloadStore        *store;
  CaseloadStaff        *actor;
  CaseloadWaitStandard *standard;
} SaveCall;

G_DEFINE_FINAL_TYPE (CaseloadWaitStandardGroup, caseload_wait_standard_group, ADW_TYPE_PREFERENCES_GROUP)

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
  g_clear_object (&call->standard);
  g_free (call);
}

static gpointer
save_thread (gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  SaveCall *call = data;

  if (!caseload_store_save_wait_standard (call->store, call->actor, call->standard, error))
    return NULL;

  return CASELOAD_WORKER_DONE;
}

static void
update_actions (CaseloadWaitStandardGroup *self)
{
  gboolean ready = self->editable && self->standard != NULL && !self->saving;

  gtk_widget_set_visible (self->save_button, self->editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "wait-standard.save", ready);
  gtk_button_set_label (GTK_BUTTON (self->save_button), self->saving ? _("Saving…") : _("_Save"));
}

static void
on_saved_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(CaseloadWaitStandardGroup) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) caseload_field_error_free);

  if (caseload_worker_finish (result, &error) == NULL &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->saving = FALSE;
  update_actions (self);

  if (error != NULL)
    {
      g_autofree char *message = caseload_format_save_error (error);

      g_debug ("Saving a standard failed: %s %d", g_quark_to_string (error->domain), error->code);
      caseload_context_report_error (self->context, error);
      /* The store's refusal belongs to the target: the standard as a whole. */
      g_ptr_array_add (problems, caseload_field_error_new ("target", message));
      caseload_field_error_row_show_all (GTK_WIDGET (self), problems, NULL);
      return;
    }

  g_signal_emit (self, signals [SAVED], 0);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  CaseloadWaitStandardGroup *self = CASELOAD_WAIT_STANDARD_GROUP (widget);
  g_autoptr(CaseloadWaitStandard) standard = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  GtkWidget *first_bad;
  SaveCall *call;

  if (!self->editable || self->standard == NULL || self->context == NULL || self->saving)
    return;

  standard = caseload_wait_standard_new ();
  caseload_wait_standard_set_urgency (standard, caseload_wait_standard_get_urgency (self->standard));
  caseload_wait_standard_set_version (standard, caseload_wait_standard_get_version (self->standard));
  caseload_wait_standard_set_target (standard, gtk_spin_button_get_value_as_int (self->target_spin));
  caseload_wait_standard_set_warn (standard, gtk_spin_button_get_value_as_int (self->warn_spin));
  caseload_wait_standard_set_unit (standard, adw_combo_row_get_selected (self->unit_row));
  caseload_wait_standard_set_stops_at (standard, adw_combo_row_get_selected (self->stops_at_row));

  problems = caseload_wait_standard_check (standard);
  first_bad = caseload_field_error_row_show_all (GTK_WIDGET (self), problems, NULL);
  if (problems->len > 0)
    {
      if (first_bad != NULL)
        gtk_widget_grab_focus (first_bad);
      return;
    }

  call = g_new0 (SaveCall, 1);
  call->store = g_object_ref (caseload_context_get_store (self->context));
  call->actor = caseload_worker_copy_staff (caseload_context_get_actor (self->context));
  call->standard = g_steal_pointer (&standard);

  self->saving = TRUE;
  update_actions (self);
  caseload_worker_run (self, save_action,
                       save_thread, call, (GDestroyNotify) save_call_free,
                       NULL,
                       self->cancellable,
                       on_saved_cb,
                       g_object_ref (self));
}

static void
caseload_wait_standard_group_dispose (GObject *object)
{
  CaseloadWaitStandardGroup *self = (CaseloadWaitStandardGroup *)object;

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_WAIT_STANDARD_GROUP);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->standard);
  g_clear_weak_pointer (&self->context);

  G_OBJECT_CLASS (caseload_wait_standard_group_parent_class)->dispose (object);
}

static void
caseload_wait_standard_group_class_init (CaseloadWaitStandardGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_wait_standard_group_dispose;

  signals [SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "wait-standard.save", NULL, save_action);

  g_type_ensure (CASELOAD_TYPE_FIELD_ERROR_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pcnmh/Caseload/caseload-wait-standard-group.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadWaitStandardGroup, save_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWaitStandardGroup, target_spin);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWaitStandardGroup, warn_spin);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWaitStandardGroup, unit_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWaitStandardGroup, unit_names);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWaitStandardGroup, stops_at_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWaitStandardGroup, stops_at_names);
}

static void
caseload_wait_standard_group_init (CaseloadWaitStandardGroup *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();

  factory = caseload_format_string_factory_new ();
  adw_combo_row_set_factory (self->unit_row, factory);
  adw_combo_row_set_factory (self->stops_at_row, factory);
  for (guint i = 0; i <= CASELOAD_WAIT_UNIT_DAYS; i++)
    gtk_string_list_append (self->unit_names, caseload_wait_unit_label (i));
  for (guint i = 0; i <= CASELOAD_MILESTONE_HELP_STARTED; i++)
    gtk_string_list_append (self->stops_at_names, caseload_milestone_label (i));

  update_actions (self);
}

GtkWidget *
caseload_wait_standard_group_new (void)
{
  return g_object_new (CASELOAD_TYPE_WAIT_STANDARD_GROUP, NULL);
}

void
caseload_wait_standard_group_set_standard (CaseloadWaitStandardGroup *self,
                                           CaseloadContext           *context,
                                           CaseloadWaitStandard      *standard,
                                           gboolean                   editable)
{
  CaseloadUrgency urgency;

  g_return_if_fail (CASELOAD_IS_WAIT_STANDARD_GROUP (self));
  g_return_if_fail (CASELOAD_IS_CONTEXT (context));
  g_return_if_fail (CASELOAD_IS_WAIT_STANDARD (standard));

  g_set_weak_pointer (&self->context, context);
  g_set_object (&self->standard, standard);
  self->editable = !!editable;

  urgency = caseload_wait_standard_get_urgency (standard);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), caseload_urgency_label (urgency));
  gtk_spin_button_set_value (self->target_spin, caseload_wait_standard_get_target (standard));
  gtk_spin_button_set_value (self->warn_spin, caseload_wait_standard_get_warn (standard));
  adw_combo_row_set_selected (self->unit_row, caseload_wait_standard_get_unit (standard));
  adw_combo_row_set_selected (self->stops_at_row, caseload_wait_standard_get_stops_at (standard));
  caseload_field_error_row_show_all (GTK_WIDGET (self), NULL, NULL);

  gtk_widget_set_sensitive (GTK_WIDGET (self->target_spin), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->warn_spin), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->unit_row), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->stops_at_row), editable);
  update_actions (self);
}

CaseloadWaitStandard *
caseload_wait_standard_group_get_standard (CaseloadWaitStandardGroup *self)
{
  g_return_val_if_fail (CASELOAD_IS_WAIT_STANDARD_GROUP (self), NULL);

  return self->standard;
}

GtkSpinButton *
caseload_wait_standard_group_get_spin (CaseloadWaitStandardGroup *self,
                                       const char                *field)
{
  g_return_val_if_fail (CASELOAD_IS_WAIT_STANDARD_GROUP (self), NULL);

  if (g_strcmp0 (field, "target") == 0)
    return self->target_spin;
  if (g_strcmp0 (field, "warn") == 0)
    return self->warn_spin;

  return NULL;
}

const char *
caseload_wait_standard_group_get_error (CaseloadWaitStandardGroup *self,
                                        const char                *field)
{
  CaseloadFieldErrorRow *row;

  g_return_val_if_fail (CASELOAD_IS_WAIT_STANDARD_GROUP (self), NULL);

  row = caseload_field_error_row_find (GTK_WIDGET (self), field);
  return row != NULL ? caseload_field_error_row_get_message (row) : NULL;
}

gboolean
caseload_wait_standard_group_get_busy (CaseloadWaitStandardGroup *self)
{
  g_return_val_if_fail (CASELOAD_IS_WAIT_STANDARD_GROUP (self), FALSE);

  return self->saving;
}
