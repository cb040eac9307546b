/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-sign-in"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-format.h"
#include "caseload-secret.h"
#include "caseload-sign-in-page.h"
#include "caseload-store-postgresql.h"

struct _CaseloadSignInPage
{
  GtkWidget          parent_instance;

  /* Owned */
  CaseloadContext   *context;
  GCancellable      *cancellable;
  guint              busy : 1;
  guint              locked : 1;

  /* Template children */
  AdwStatusPage     *status_page;
  AdwEntryRow       *username_row;
  AdwEntryRow       *password_row;
  GtkRevealer       *error_revealer;
  GtkLabel          *error_label;
  GtkWidget         *retry_button;
  GtkImage          *location_icon;
  GtkLabel          *location_label;
  GtkStack          *button_stack;
  GtkSpinner        *spinner;
};

/* What the worker needs; the password is wiped when it is freed. */
typedef struct {
  CaseloadStore *store;
  char          *username;
  char          *password;
} SignInData;

G_DEFINE_FINAL_TYPE (CaseloadSignInPage, caseload_sign_in_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_BUSY,
  PROP_LOCKED,
  N_PROPS
};

enum {
  SIGNED_IN,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];


static void
sign_in_data_free (SignInData *data)
{
  g_clear_pointer (&data->password, caseload_secret_free);
  g_clear_pointer (&data->username, g_free);
  g_clear_object (&data->store);
  g_free (data);
}

static void
set_busy (CaseloadSignInPage *self,
          gboolean            busy)
{
  busy = !!busy;

  if (self->busy == busy)
    return;

  self->busy = busy;

  /* The fields stay as they are (focus and all); Enter is ignored until the answer. */
  gtk_stack_set_visible_child_name (self->button_stack, busy ? "busy" : "label");
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sign-in.submit", !busy);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);
}

static void
show_error_full (CaseloadSignInPage *self,
                 const char         *message,
                 gboolean            may_retry)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
  gtk_widget_set_visible (self->retry_button, message != NULL && may_retry);

  /* A server that can't be reached is no fault of the password. */
  if (message != NULL && !may_retry)
    gtk_widget_add_css_class (GTK_WIDGET (self->password_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->password_row), "error");
}

static void
show_error (CaseloadSignInPage *self,
            const char         *message)
{
  show_error_full (self, message, FALSE);
}

static void
update_location (CaseloadSignInPage *self)
{
  CaseloadStore *store = self->context != NULL ? caseload_context_get_store (self->context) : NULL;
  g_autofree char *location = NULL;

  if (store != NULL)
    location = caseload_format_store_location (store);

  gtk_label_set_text (self->location_label, location != NULL ? location : "");
  gtk_image_set_from_icon_name (self->location_icon,
                                store != NULL && CASELOAD_IS_STORE_POSTGRESQL (store)
                                ? "network-server-symbolic" : "computer-symbolic");
}

/* The store's refusals are already specific ("locked until 14:05"); anything else is a
 * fault of the desk, not of what was typed. */
static char *
describe_error (const GError *error)
{
  if (g_error_matches (error, CASELOAD_ERROR, CASELOAD_ERROR_SIGN_IN) ||
      g_error_matches (error, CASELOAD_ERROR, CASELOAD_ERROR_ACCOUNT_LOCKED) ||
      g_error_matches (error, CASELOAD_ERROR, CASELOAD_ERROR_ACCOUNT_DEACTIVATED))
    return g_strdup (error->message);

  if (g_error_matches (error, CASELOAD_ERROR, CASELOAD_ERROR_CONNECTION))
    /* Translators: %s is the store's own sentence, naming the server it tried */
    return g_strdup_printf (_("%s If the address is wrong, change it in Preferences."), error->message);

  /* Translators: %s says what went wrong with the database */
  return g_strdup_printf (_("Could not check the password: %s"), error->message);
}

static void
on_signed_in_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  CaseloadSignInPage *self = CASELOAD_SIGN_IN_PAGE (object);
  g_autoptr(CaseloadStaff) staff = NULL;
  g_autoptr(GError) error = NULL;

  staff = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_busy (self, FALSE);

  if (staff == NULL)
    {
      g_autofree char *message = describe_error (error);

      g_debug ("Sign-in refused: %s %d", g_quark_to_string (error->domain), error->code);

      /* The server was not asked: the password was not wrong, and Try Again sends it
       * again. Any other refusal clears it. */
      if (g_error_matches (error, CASELOAD_ERROR, CASELOAD_ERROR_CONNECTION))
        {
          show_error_full (self, message, TRUE);
          gtk_widget_grab_focus (self->retry_button);
          return;
        }

      gtk_editable_set_text (GTK_EDITABLE (self->password_row), "");
      show_error (self, message);
      gtk_widget_grab_focus (GTK_WIDGET (self->password_row));
      return;
    }

  /* Nothing typed stays behind for the next person at the desk. */
  gtk_editable_set_text (GTK_EDITABLE (self->password_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->username_row), "");
  show_error (self, NULL);

  g_signal_emit (self, signals [SIGNED_IN], 0, staff);
}

static void
sign_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  SignInData *data = task_data;
  GError *error = NULL;
  CaseloadStaff *staff;

  staff = caseload_store_sign_in (data->store, data->username, data->password, &error);
  if (staff == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, staff, g_object_unref);
}

static void
submit_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  CaseloadSignInPage *self = CASELOAD_SIGN_IN_PAGE (widget);
  g_autoptr(GTask) task = NULL;
  g_autofree char *username = NULL;
  const char *password;
  SignInData *data;

  if (self->busy || self->context == NULL)
    return;

  username = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->username_row))));
  password = gtk_editable_get_text (GTK_EDITABLE (self->password_row));

  if (*username == '\0')
    {
      show_error (self, _("Enter your username."));
      gtk_widget_grab_focus (GTK_WIDGET (self->username_row));
      return;
    }

  if (*password == '\0')
    {
      show_error (self, _("Enter your password."));
      gtk_widget_grab_focus (GTK_WIDGET (self->password_row));
      return;
    }

  data = g_new0 (SignInData, 1);
  data->store = g_object_ref (caseload_context_get_store (self->context));
  data->username = g_steal_pointer (&username);
  data->password = g_strdup (password);

  show_error (self, NULL);
  set_busy (self, TRUE);

  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  task = g_task_new (self, self->cancellable, on_signed_in_cb, NULL);
  g_task_set_source_tag (task, submit_action);
  g_task_set_task_data (task, data, (GDestroyNotify) sign_in_data_free);
  g_task_run_in_thread (task, sign_in_thread);
}

static void
on_field_changed_cb (CaseloadSignInPage *self)
{
  if (!self->busy && gtk_revealer_get_reveal_child (self->error_revealer) &&
      *gtk_editable_get_text (GTK_EDITABLE (self->password_row)) != '\0')
    show_error (self, NULL);
}

/* Enter in the username goes on to the password, as a sign-in screen does. */
static void
on_username_activated_cb (CaseloadSignInPage *self)
{
  if (*gtk_editable_get_text (GTK_EDITABLE (self->password_row)) == '\0')
    gtk_widget_grab_focus (GTK_WIDGET (self->password_row));
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "sign-in.submit", NULL);
}

static void
on_password_activated_cb (CaseloadSignInPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "sign-in.submit", NULL);
}

static gboolean
caseload_sign_in_page_grab_focus (GtkWidget *widget)
{
  CaseloadSignInPage *self = CASELOAD_SIGN_IN_PAGE (widget);

  if (*gtk_editable_get_text (GTK_EDITABLE (self->username_row)) == '\0')
    return gtk_widget_grab_focus (GTK_WIDGET (self->username_row));

  return gtk_widget_grab_focus (GTK_WIDGET (self->password_row));
}

static void
caseload_sign_in_page_dispose (GObject *object)
{
  CaseloadSignInPage *self = (CaseloadSignInPage *)object;
  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_SIGN_IN_PAGE);

  /* The template's unnamed top-level child. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->cancellable);
  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (self->context, self);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (caseload_sign_in_page_parent_class)->dispose (object);
}

static void
caseload_sign_in_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  CaseloadSignInPage *self = CASELOAD_SIGN_IN_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;

    case PROP_LOCKED:
      g_value_set_boolean (value, self->locked);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_sign_in_page_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  CaseloadSignInPage *self = CASELOAD_SIGN_IN_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      caseload_sign_in_page_set_context (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_sign_in_page_class_init (CaseloadSignInPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_sign_in_page_dispose;
  object_class->get_property = caseload_sign_in_page_get_property;
  object_class->set_property = caseload_sign_in_page_set_property;

  widget_class->grab_focus = caseload_sign_in_page_grab_focus;

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         CASELOAD_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_LOCKED] =
    g_param_spec_boolean ("locked", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals [SIGNED_IN] =
    g_signal_new ("signed-in",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CASELOAD_TYPE_STAFF);

  gtk_widget_class_install_action (widget_class, "sign-in.submit", NULL, submit_action);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pcnmh/Caseload/caseload-sign-in-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadSignInPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, CaseloadSignInPage, username_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadSignInPage, password_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadSignInPage, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, CaseloadSignInPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadSignInPage, retry_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadSignInPage, location_icon);
  gtk_widget_class_bind_template_child (widget_class, CaseloadSignInPage, location_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadSignInPage, button_stack);
  gtk_widget_class_bind_template_child (widget_class, CaseloadSignInPage, spinner);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_username_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_password_activated_cb);
}

static void
caseload_sign_in_page_init (CaseloadSignInPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  caseload_secret_use_password_buffer (ADW_PASSWORD_ENTRY_ROW (self->password_row));

  caseload_sign_in_page_reset (self, FALSE, NULL);
}

GtkWidget *
caseload_sign_in_page_new (void)
{
  return g_object_new (CASELOAD_TYPE_SIGN_IN_PAGE, NULL);
}

void
caseload_sign_in_page_set_context (CaseloadSignInPage *self,
                                   CaseloadContext    *context)
{
  g_return_if_fail (CASELOAD_IS_SIGN_IN_PAGE (self));
  g_return_if_fail (context == NULL || CASELOAD_IS_CONTEXT (context));

  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (self->context, self);

  if (g_set_object (&self->context, context))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CONTEXT]);

  /* The desk's database can change while the page is up (Preferences). */
  if (self->context != NULL)
    g_signal_connect_object (self->context, "notify::store", G_CALLBACK (update_location),
                             self, G_CONNECT_SWAPPED);
  update_location (self);
}

void
caseload_sign_in_page_reset (CaseloadSignInPage *self,
                             gboolean            locked,
                             const char         *username)
{
  g_return_if_fail (CASELOAD_IS_SIGN_IN_PAGE (self));

  /* A sign-in still being checked belongs to the form as it was. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  set_busy (self, FALSE);

  locked = !!locked;

  if (locked)
    {
      adw_status_page_set_icon_name (self->status_page, "system-lock-screen-symbolic");
      adw_status_page_set_title (self->status_page, _("Locked"));
      adw_status_page_set_description (self->status_page,
                                       _("Enter your password to carry on where you left off. "
                                         "If someone else signs in, anything left unsaved is discarded."));
    }
  else
    {
      adw_status_page_set_icon_name (self->status_page, BASE_ID);
      adw_status_page_set_title (self->status_page, _("Sign In to Caseload"));
      adw_status_page_set_description (self->status_page,
                                       _("Use the username and password from your team’s administrator"));
    }

  gtk_editable_set_text (GTK_EDITABLE (self->password_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->username_row), username != NULL ? username : "");
  show_error (self, NULL);

  if (self->locked != locked)
    {
      self->locked = locked;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LOCKED]);
    }
}

void
caseload_sign_in_page_focus (CaseloadSignInPage *self)
{
  g_return_if_fail (CASELOAD_IS_SIGN_IN_PAGE (self));

  caseload_sign_in_page_grab_focus (GTK_WIDGET (self));
}

gboolean
caseload_sign_in_page_get_busy (CaseloadSignInPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_SIGN_IN_PAGE (self), FALSE);

  return self->busy;
}

gboolean
caseload_sign_in_page_get_locked (CaseloadSignInPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_SIGN_IN_PAGE (self), FALSE);

  return self->locked;
}

GtkEditable *
caseload_sign_in_page_get_username (CaseloadSignInPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_SIGN_IN_PAGE (self), NULL);

  return GTK_EDITABLE (self->username_row);
}

GtkEditable *
caseload_sign_in_page_get_password (CaseloadSignInPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_SIGN_IN_PAGE (self), NULL);

  return GTK_EDITABLE (self->password_row);
}

const char *
caseload_sign_in_page_get_error (CaseloadSignInPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_SIGN_IN_PAGE (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->error_revealer))
    return NULL;

  return gtk_label_get_text (self->error_label);
}

/* "Shared site: host:port/database" or "This desk". */
const char *
caseload_sign_in_page_get_location (CaseloadSignInPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_SIGN_IN_PAGE (self), NULL);

  return gtk_label_get_text (self->location_label);
}
