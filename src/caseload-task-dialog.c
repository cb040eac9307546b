/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-task-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-format.h"
#include "caseload-task-dialog.h"
#include "caseload-worker.h"

#define MAX_TITLE 200

struct _CaseloadTaskDialog
{
  AdwWindow        parent_instance;

  /* Owned */
  CaseloadContext *context;
  CaseloadPerson  *person;
  GCancellable    *cancellable;
  GPtrArray       *owner_ids;     /* staff id of each owner choice */
  gboolean         tried;         /* a save was tried: check as they type */

  /* Template children */
  AdwWindowTitle  *window_title;
  GtkWidget       *save_button;
  GtkRevealer     *banner_revealer;
  GtkLabel        *banner_label;
  AdwEntryRow     *title_row;
  GtkLabel        *title_error;
  AdwComboRow     *owner_row;
  AdwEntryRow     *due_row;
  GtkLabel        *due_error;
};

typedef struct {
  CaseloadStore *store;
  CaseloadStaff *actor;
  CaseloadTask  *task;
} SaveCall;

G_DEFINE_FINAL_TYPE (CaseloadTaskDialog, caseload_task_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_PERSON,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static void
save_call_free (SaveCall *call)
{
  g_clear_object (&call->store);
  g_clear_object (&call->actor);
  g_clear_object (&call->task);
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

  return caseload_store_save_task (call->store, call->actor, call->task, error) ? CASELOAD_WORKER_DONE : NULL;
}

static void
show_error (GtkLabel   *label,
            GtkWidget  *row,
            const char *message)
{
  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
}

static void
show_banner (CaseloadTaskDialog *self,
             const char         *message)
{
  gtk_label_set_text (self->banner_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->banner_revealer, message != NULL);
}

/* Checks every field, says what is wrong beside each; the task when all are fine. */
static CaseloadTask *
check (CaseloadTaskDialog *self)
{
  g_autoptr(GError) title_error = NULL;
  g_autoptr(GError) due_error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *due_on = NULL;
  const char *due_text = gtk_editable_get_text (GTK_EDITABLE (self->due_row));
  g_autofree char *due_trimmed = g_strstrip (g_strdup (due_text));
  guint owner = adw_combo_row_get_selected (self->owner_row);
  CaseloadTask *task;
  GDate due;

  title = caseload_validate_text (_("What needs doing"), gtk_editable_get_text (GTK_EDITABLE (self->title_row)),
                                  TRUE, MAX_TITLE, &title_error);
  show_error (self->title_error, GTK_WIDGET (self->title_row), title_error != NULL ? title_error->message : NULL);

  if (*due_trimmed == '\0')
    g_set_error_literal (&due_error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                         _("Enter the date it is due by, as dd/mm/yyyy"));
  else if (caseload_parse_date (due_text, &due, &due_error))
    due_on = caseload_date_to_iso (&due);
  show_error (self->due_error, GTK_WIDGET (self->due_row), due_error != NULL ? due_error->message : NULL);

  if (title == NULL || due_on == NULL || owner >= self->owner_ids->len)
    return NULL;

  task = caseload_task_new ();
  caseload_task_set_person_id (task, caseload_person_get_id (self->person));
  caseload_task_set_owner_id (task, g_ptr_array_index (self->owner_ids, owner));
  caseload_task_set_title (task, title);
  caseload_task_set_due_on (task, due_on);
  caseload_task_set_origin (task, CASELOAD_TASK_ORIGIN_MANUAL);
  return task;
}

static void
on_field_changed_cb (CaseloadTaskDialog *self)
{
  /* After a first try, each field says at once when it is put right. */
  g_autoptr(CaseloadTask) task = NULL;

  if (self->tried)
    task = check (self);
}

static void
on_staff_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(CaseloadTaskDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) staff = caseload_worker_finish (result, &error);
  g_autoptr(GtkStringList) names = NULL;
  CaseloadStaff *actor;
  guint selected = 0;

  if (staff == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autofree char *message = caseload_format_read_error (error);
          show_banner (self, message);
        }
      return;
    }

  actor = caseload_context_get_actor (self->context);
  names = gtk_string_list_new (NULL);
  g_ptr_array_set_size (self->owner_ids, 0);
  for (guint i = 0; i < staff->len; i++)
    {
      CaseloadStaff *member = g_ptr_array_index (staff, i);
      g_autofree char *label = NULL;

      /* Tasks go to people who do the work: active, and not administrators. */
      if (!caseload_staff_get_active (member) || caseload_staff_get_access_role (member) == CASELOAD_ROLE_ADMINISTRATOR)
        continue;
      if (actor != NULL && g_strcmp0 (caseload_staff_get_id (member), caseload_staff_get_id (actor)) == 0)
        selected = self->owner_ids->len;
      /* Translators: a staff member and their organisation, as a task's owner */
      label = g_strdup_printf (_("%s (%s)"), caseload_staff_get_display_name (member),
                               caseload_staff_get_organisation_name (member));
      gtk_string_list_append (names, label);
      g_ptr_array_add (self->owner_ids, g_strdup (caseload_staff_get_id (member)));
    }

  adw_combo_row_set_model (self->owner_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->owner_row, selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "task-dialog.save", TRUE);
}

static void
on_saved_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(CaseloadTaskDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  SaveCall *call = caseload_worker_get_data (result);

  if (caseload_worker_finish (result, &error) != NULL)
    {
      g_signal_emit (self, signals [SAVED], 0, call->task);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "task-dialog.save", TRUE);
  g_debug ("Saving a task failed: %s %d", g_quark_to_string (error->domain), error->code);
  /* Nothing was saved; everything typed stays. */
  {
    g_autofree char *message = caseload_format_save_error (error);
    show_banner (self, message);
  }
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CaseloadTaskDialog *self = CASELOAD_TASK_DIALOG (widget);
  g_autoptr(CaseloadTask) task = NULL;
  SaveCall *call;

  self->tried = TRUE;
  show_banner (self, NULL);
  if ((task = check (self)) == NULL)
    return;

  call = g_new0 (SaveCall, 1);
  call->store = g_object_ref (caseload_context_get_store (self->context));
  call->actor = caseload_worker_copy_staff (caseload_context_get_actor (self->context));
  call->task = g_steal_pointer (&task);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "task-dialog.save", FALSE);
  caseload_worker_run (self, save_action, save_thread, call, (GDestroyNotify) save_call_free, NULL,
                       self->cancellable, on_saved_cb, g_object_ref (self));
}

static void
caseload_task_dialog_constructed (GObject *object)
{
  CaseloadTaskDialog *self = CASELOAD_TASK_DIALOG (object);

  G_OBJECT_CLASS (caseload_task_dialog_parent_class)->constructed (object);

  adw_window_title_set_subtitle (self->window_title, caseload_person_get_display_name (self->person));

  /* Saving waits for the owners to choose from. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "task-dialog.save", FALSE);
  caseload_worker_run (self, caseload_task_dialog_constructed,
                       staff_thread, g_object_ref (caseload_context_get_store (self->context)), g_object_unref,
                       (GDestroyNotify) g_ptr_array_unref,
                       self->cancellable, on_staff_cb, g_object_ref (self));
}

static void
caseload_task_dialog_dispose (GObject *object)
{
  CaseloadTaskDialog *self = (CaseloadTaskDialog *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_TASK_DIALOG);

  g_clear_object (&self->context);
  g_clear_object (&self->person);
  g_clear_pointer (&self->owner_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (caseload_task_dialog_parent_class)->dispose (object);
}

static void
caseload_task_dialog_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CaseloadTaskDialog *self = CASELOAD_TASK_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_PERSON:
      g_value_set_object (value, self->person);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_task_dialog_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  CaseloadTaskDialog *self = CASELOAD_TASK_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    case PROP_PERSON:
      self->person = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_task_dialog_class_init (CaseloadTaskDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = caseload_task_dialog_constructed;
  object_class->dispose = caseload_task_dialog_dispose;
  object_class->get_property = caseload_task_dialog_get_property;
  object_class->set_property = caseload_task_dialog_set_property;

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, CASELOAD_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties [PROP_PERSON] =
    g_param_spec_object ("person", NULL, NULL, CASELOAD_TYPE_PERSON,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals [SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, CASELOAD_TYPE_TASK);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pcnmh/Caseload/caseload-task-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadTaskDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTaskDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTaskDialog, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTaskDialog, banner_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTaskDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTaskDialog, title_error);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTaskDialog, owner_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTaskDialog, due_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTaskDialog, due_error);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);

  gtk_widget_class_install_action (widget_class, "task-dialog.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "task-dialog.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
caseload_task_dialog_init (CaseloadTaskDialog *self)
{
  self->cancellable = g_cancellable_new ();
  self->owner_ids = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
caseload_task_dialog_new (GtkWindow       *parent,
                          CaseloadContext *context,
                          CaseloadPerson  *person)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CASELOAD_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (CASELOAD_IS_PERSON (person), NULL);

  return g_object_new (CASELOAD_TYPE_TASK_DIALOG,
                       "transient-for", parent,
                       "context", context,
                       "person", person,
                       NULL);
}

const char *
caseload_task_dialog_get_error (CaseloadTaskDialog *self,
                                const char         *field)
{
  GtkLabel *label = NULL;

  g_return_val_if_fail (CASELOAD_IS_TASK_DIALOG (self), NULL);

  if (g_strcmp0 (field, "title") == 0)
    label = self->title_error;
  else if (g_strcmp0 (field, "due-on") == 0)
    label = self->due_error;

  return label != NULL && gtk_widget_get_visible (GTK_WIDGET (label)) ? gtk_label_get_text (label) : NULL;
}
