/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-sign-in"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-password-page.h"
#include "caseload-secret.h"

struct _CaseloadPasswordPage
{
  GtkWidget        parent_instance;

  /* Owned */
  CaseloadContext *context;
  CaseloadStaff   *staff;
  GCancellable    *cancellable;
  guint            busy : 1;

  /* Template children */
  AdwStatusPage   *status_page;
  AdwEntryRow     *current_row;
  AdwEntryRow     *new_row;
  AdwEntryRow     *repeat_row;
  GtkRevealer     *error_revealer;
  GtkLabel        *error_label;
  GtkStack        *button_stack;
  GtkSpinner      *spinner;
};

/* What the worker needs; the passwords are wiped when it is freed. */
typedef struct {
  CaseloadStore *store;
  CaseloadStaff *staff;
  char          *old_password;
  char          *new_password;
} ChangeData;

G_DEFINE_FINAL_TYPE (CaseloadPasswordPage, caseload_password_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_STAFF,
  PROP_BUSY,
  N_PROPS
};

enum {
  CHANGED,
  CANCELLED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static void
change_data_free (ChangeData *data)
{
  g_clear_pointer (&data->old_password, caseload_secret_free);
  g_clear_pointer (&data->new_password, caseload_secret_free);
  g_clear_object (&data->staff);
  g_clear_object (&data->store);
  g_free (data);
}

static const char *
get_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static void
set_busy (CaseloadPasswordPage *self,
          gboolean              busy)
{
  busy = !!busy;

  if (self->busy == busy)
    return;

  self->busy = busy;

  /* The fields stay as they are (focus and all); Enter is ignored until the answer. */
  gtk_stack_set_visible_child_name (self->button_stack, busy ? "busy" : "label");
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "password.change", !busy);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);
}

/* @row: the field at fault, marked and focused; NULL for none. */
static void
show_error (CaseloadPasswordPage *self,
            const char           *message,
            AdwEntryRow          *row)
{
  AdwEntryRow *rows[] = { self->current_row, self->new_row, self->repeat_row };

  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      if (rows[i] == row)
        gtk_widget_add_css_class (GTK_WIDGET (rows[i]), "error");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (rows[i]), "error");
    }

  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
on_password_changed_cb (GObject      *object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  CaseloadPasswordPage *self = CASELOAD_PASSWORD_PAGE (object);
  ChangeData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      set_busy (self, FALSE);
      g_debug ("Changing the password failed: %s %d", g_quark_to_string (error->domain), error->code);

      /* A wrong current password is that field's fault; a rule the store enforces is
       * the new one's. */
      if (g_error_matches (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION))
        show_error (self, error->message, self->new_row);
      else if (g_error_matches (error, CASELOAD_ERROR, CASELOAD_ERROR_SIGN_IN))
        {
          gtk_editable_set_text (GTK_EDITABLE (self->current_row), "");
          show_error (self, error->message, self->current_row);
        }
      else if (g_error_matches (error, CASELOAD_ERROR, CASELOAD_ERROR_CONNECTION))
        /* Nobody is signed in yet, so no banner: the page itself says it, and the
         * passwords typed stay for Change Password to be pressed again. */
        show_error (self, _("Password not changed: the connection to the shared site was lost. "
                            "Try again once it is back."), NULL);
      else
        show_error (self, error->message, NULL);
      return;
    }

  set_busy (self, FALSE);

  /* The staff member in hand is the one the window goes on with. */
  caseload_staff_set_must_change_password (data->staff, FALSE);
  caseload_password_page_start (self, NULL);

  g_signal_emit (self, signals [CHANGED], 0, data->staff);
}

static void
change_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ChangeData *data = task_data;
  GError *error = NULL;

  if (caseload_store_change_password (data->store, data->staff, data->old_password, data->new_password, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
change_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  CaseloadPasswordPage *self = CASELOAD_PASSWORD_PAGE (widget);
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  ChangeData *data;

  if (self->busy || self->context == NULL || self->staff == NULL)
    return;

  if (*get_text (self->current_row) == '\0')
    {
      show_error (self, _("Enter the password you signed in with."), self->current_row);
      return;
    }

  if (!caseload_password_check (get_text (self->new_row), caseload_staff_get_username (self->staff), &error))
    {
      show_error (self, error->message, self->new_row);
      return;
    }

  if (g_strcmp0 (get_text (self->new_row), get_text (self->current_row)) == 0)
    {
      show_error (self, _("The new password is the same as the current one. Choose another."), self->new_row);
      return;
    }

  if (g_strcmp0 (get_text (self->new_row), get_text (self->repeat_row)) != 0)
    {
      show_error (self, _("The two new passwords are different. Type the same one in both."), self->repeat_row);
      return;
    }

  data = g_new0 (ChangeData, 1);
  data->store = g_object_ref (caseload_context_get_store (self->context));
  data->staff = g_object_ref (self->staff);
  data->old_password = g_strdup (get_text (self->current_row));
  data->new_password = g_strdup (get_text (self->new_row));

  show_error (self, NULL, NULL);
  set_busy (self, TRUE);

  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  task = g_task_new (self, self->cancellable, on_password_changed_cb, NULL);
  g_task_set_source_tag (task, change_action);
  g_task_set_task_data (task, data, (GDestroyNotify) change_data_free);
  g_task_run_in_thread (task, change_thread);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  CaseloadPasswordPage *self = CASELOAD_PASSWORD_PAGE (widget);

  caseload_password_page_start (self, NULL);
  g_signal_emit (self, signals [CANCELLED], 0);
}

static void
on_field_changed_cb (CaseloadPasswordPage *self)
{
  if (!self->busy && gtk_revealer_get_reveal_child (self->error_revealer))
    show_error (self, NULL, NULL);
}

/* Enter moves on to the next empty field, and on the last one changes the password. */
static void
on_row_activated_cb (CaseloadPasswordPage *self)
{
  AdwEntryRow *rows[] = { self->current_row, self->new_row, self->repeat_row };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (*get_text (rows[i]) == '\0')
      {
        gtk_widget_grab_focus (GTK_WIDGET (rows[i]));
        return;
      }

  gtk_widget_activate_action (GTK_WIDGET (self), "password.change", NULL);
}

static gboolean
caseload_password_page_grab_focus (GtkWidget *widget)
{
  CaseloadPasswordPage *self = CASELOAD_PASSWORD_PAGE (widget);

  return gtk_widget_grab_focus (GTK_WIDGET (self->current_row));
}

static void
caseload_password_page_dispose (GObject *object)
{
  CaseloadPasswordPage *self = (CaseloadPasswordPage *)object;
  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_PASSWORD_PAGE);

  /* The template's unnamed top-level child. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->staff);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (caseload_password_page_parent_class)->dispose (object);
}

static void
caseload_password_page_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  CaseloadPasswordPage *self = CASELOAD_PASSWORD_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_STAFF:
      g_value_set_object (value, self->staff);
      break;

    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_password_page_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  CaseloadPasswordPage *self = CASELOAD_PASSWORD_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      caseload_password_page_set_context (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_password_page_class_init (CaseloadPasswordPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_password_page_dispose;
  object_class->get_property = caseload_password_page_get_property;
  object_class->set_property = caseload_password_page_set_property;

  widget_class->grab_focus = caseload_password_page_grab_focus;

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         CASELOAD_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_STAFF] =
    g_param_spec_object ("staff", NULL, NULL,
                         CASELOAD_TYPE_STAFF,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals [CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CASELOAD_TYPE_STAFF);

  signals [CANCELLED] =
    g_signal_new ("cancelled",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "password.change", NULL, change_action);
  gtk_widget_class_install_action (widget_class, "password.cancel", NULL, cancel_action);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pcnmh/Caseload/caseload-password-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadPasswordPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPasswordPage, current_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPasswordPage, new_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPasswordPage, repeat_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPasswordPage, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPasswordPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPasswordPage, button_stack);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPasswordPage, spinner);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
}

static void
caseload_password_page_init (CaseloadPasswordPage *self)
{
  g_autofree char *description = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  caseload_secret_use_password_buffer (ADW_PASSWORD_ENTRY_ROW (self->current_row));
  caseload_secret_use_password_buffer (ADW_PASSWORD_ENTRY_ROW (self->new_row));
  caseload_secret_use_password_buffer (ADW_PASSWORD_ENTRY_ROW (self->repeat_row));

  description = g_strdup_printf (ngettext ("Your password was set by an administrator. Choose a new one "
                                           "that only you know, of at least %d character.",
                                           "Your password was set by an administrator. Choose a new one "
                                           "that only you know, of at least %d characters.",
                                           CASELOAD_PASSWORD_MIN_LENGTH),
                                 CASELOAD_PASSWORD_MIN_LENGTH);
  adw_status_page_set_description (self->status_page, description);
}

GtkWidget *
caseload_password_page_new (void)
{
  return g_object_new (CASELOAD_TYPE_PASSWORD_PAGE, NULL);
}

void
caseload_password_page_set_context (CaseloadPasswordPage *self,
                                    CaseloadContext      *context)
{
  g_return_if_fail (CASELOAD_IS_PASSWORD_PAGE (self));
  g_return_if_fail (context == NULL || CASELOAD_IS_CONTEXT (context));

  if (g_set_object (&self->context, context))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CONTEXT]);
}

void
caseload_password_page_start (CaseloadPasswordPage *self,
                              CaseloadStaff        *staff)
{
  g_return_if_fail (CASELOAD_IS_PASSWORD_PAGE (self));
  g_return_if_fail (staff == NULL || CASELOAD_IS_STAFF (staff));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  set_busy (self, FALSE);

  gtk_editable_set_text (GTK_EDITABLE (self->current_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->new_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->repeat_row), "");
  show_error (self, NULL, NULL);

  if (g_set_object (&self->staff, staff))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STAFF]);
}

CaseloadStaff *
caseload_password_page_get_staff (CaseloadPasswordPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_PASSWORD_PAGE (self), NULL);

  return self->staff;
}

gboolean
caseload_password_page_get_busy (CaseloadPasswordPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_PASSWORD_PAGE (self), FALSE);

  return self->busy;
}

GtkEditable *
caseload_password_page_get_field (CaseloadPasswordPage *self,
                                  const char           *field)
{
  g_return_val_if_fail (CASELOAD_IS_PASSWORD_PAGE (self), NULL);
  g_return_val_if_fail (field != NULL, NULL);

  if (g_str_equal (field, "current"))
    return GTK_EDITABLE (self->current_row);
  if (g_str_equal (field, "new"))
    return GTK_EDITABLE (self->new_row);
  if (g_str_equal (field, "repeat"))
    return GTK_EDITABLE (self->repeat_row);

  g_return_val_if_reached (NULL);
}

const char *
caseload_password_page_get_error (CaseloadPasswordPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_PASSWORD_PAGE (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->error_revealer))
    return NULL;

  return gtk_label_get_text (self->error_label);
}
