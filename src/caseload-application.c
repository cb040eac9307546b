/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-application"

#include "config.h"


#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "caseload-application-private.h"
#include "caseload-store-postgresql.h"
#include "caseload-window.h"

#define SCHEMA_ID "io.github.pcnmh.Caseload"

struct _CaseloadApplication
{
  AdwApplication   parent_instance;

  /* Owned */
  CaseloadContext *context;
  GSettings       *settings;           /* NULL when the schema is not installed */
  char            *database_path;      /* --database: a path or a URI; wins over the key */
  char            *open_location;      /* what the context's store was opened from */
  GCancellable    *reopen_cancellable;
  guint            seed_demo : 1;
  guint            opening : 1;
};

/* What opening the store needs, and what it gives back, for the worker. */
typedef struct {
  char          *path;       /* a file path, or a shared site's URI */
  gboolean       seed_demo;
  CaseloadClock *clock;
  CaseloadStore *store;
} OpenData;

G_DEFINE_FINAL_TYPE (CaseloadApplication, caseload_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "database", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Open the database at PATH, or connect to the shared site at a postgresql:// URI, instead of the usual one"),
    N_("PATH|URI") },
  { "demo", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Fill an empty database with fictional demo people"), NULL },
  { "demo-if-empty", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("The same as --demo: fictional people, only into an empty database"), NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and quit"), NULL },
  { NULL }
};

static const char *
demo_on_site_message (void)
{
  return _("--demo fills only this desk’s own database. To add fictional demo people to a shared site, "
           "its administrator runs: caseload-admin --database URI demo");
}

/* The settings, when the schema is installed (it is not in every test run). */
static GSettings *
load_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, SCHEMA_ID, TRUE);

  if (schema == NULL)
    return NULL;

  return g_settings_new_full (schema, NULL, NULL);
}

/* The command line wins; then the desk's setting; then the embedded database. */
static char *
get_location (CaseloadApplication *self)
{
  g_autofree char *uri = NULL;

  if (self->database_path != NULL)
    return g_strdup (self->database_path);

  if (self->settings != NULL)
    uri = g_settings_get_string (self->settings, "database-uri");

  if (uri != NULL && *uri != '\0')
    return g_steal_pointer (&uri);

  return caseload_store_sqlite_default_path ();
}

static void
open_data_free (OpenData *data)
{
  g_clear_pointer (&data->path, g_free);
  g_clear_object (&data->clock);
  g_clear_object (&data->store);
  g_free (data);
}

/* Nobody can sign in to a database without staff: say how to add them. */
static gboolean
check_has_staff (CaseloadStore  *store,
                 GError        **error)
{
  g_autoptr(GPtrArray) staff = caseload_store_list_staff (store, error);

  if (staff == NULL)
    return FALSE;

  if (staff->len == 0)
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                           _("This database has no staff members yet. Add them with caseload-admin, "
                             "or start Caseload with --demo to try it with fictional people."));
      return FALSE;
    }

  return TRUE;
}

static void
open_store_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  OpenData *data = task_data;
  GError *error = NULL;

  /* A shared site is only checked here: the desk connects at sign-in, as the staff
   * member, and the server holds the staff. Demo data goes in with caseload-admin. */
  if (caseload_store_postgresql_is_uri (data->path))
    {
      if (data->seed_demo)
        {
          g_task_return_new_error (task, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION, "%s", demo_on_site_message ());
          return;
        }

      data->store = caseload_store_open (data->path, data->clock, &error);
      if (data->store == NULL)
        g_task_return_error (task, error);
      else
        g_task_return_boolean (task, TRUE);
      return;
    }

  /* The store makes its own private folder. */
  data->store = caseload_store_open (data->path, data->clock, &error);
  if (data->store == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  if (data->seed_demo)
    {
      gboolean empty = caseload_demo_store_is_empty (data->store, &error);

      if (error != NULL)
        {
          g_task_return_error (task, error);
          return;
        }

      if (empty)
        {
          CaseloadDemoOptions options;

          caseload_demo_options_init (&options);
          if (!caseload_demo_seed (data->store, data->clock, &options, &error))
            {
              g_task_return_error (task, error);
              return;
            }
        }
    }

  if (!check_has_staff (data->store, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_boolean (task, TRUE);
}

static void
on_error_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      gpointer          user_data)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Nothing has been written: say what is wrong, in the words the core used. */
static void
show_open_error (CaseloadApplication *self,
                 const char          *path,
                 const GError        *error)
{
  g_autofree char *body = NULL;
  const char *heading;
  GtkWidget *dialog;

  if (g_error_matches (error, CASELOAD_ERROR, CASELOAD_ERROR_SCHEMA_TOO_NEW))
    heading = _("This Database Is From a Newer Caseload");
  else if (g_error_matches (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND))
    heading = _("No Staff Members Yet");
  else
    heading = _("Can’t Open the Database");

  if (caseload_store_postgresql_is_uri (path))
    /* The store's message names the server; the URI may hold a password. */
    body = g_strdup (error->message);
  else
    /* Translators: the first %s says what went wrong, the second is a file path */
    body = g_strdup_printf (_("%s\n\nDatabase: %s"), error->message, path);

  dialog = adw_message_dialog_new (NULL, heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "quit", _("_Quit"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "quit");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "quit");
  g_signal_connect (dialog, "response", G_CALLBACK (on_error_response_cb), NULL);
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
present_window (CaseloadApplication *self)
{
  CaseloadWindow *window;

  /* A new window always asks who is at the desk. */
  caseload_context_set_actor (self->context, NULL);

  window = caseload_window_new (GTK_APPLICATION (self), self->context);
  gtk_window_present (GTK_WINDOW (window));
}

static void
on_store_opened_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  CaseloadApplication *self = CASELOAD_APPLICATION (object);
  OpenData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  self->opening = FALSE;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_debug ("Opening the store failed: %s %d", g_quark_to_string (error->domain), error->code);
      show_open_error (self, data->path, error);
      g_application_release (G_APPLICATION (self));
      return;
    }

  /* Nobody acts until someone signs in: the window opens on its sign-in page. */
  self->context = caseload_context_new (data->store, data->clock);
  g_free (self->open_location);
  self->open_location = g_strdup (data->path);

  present_window (self);
  g_application_release (G_APPLICATION (self));
}

/* Opening, migrating and (first time) seeding run in a worker; the application
 * stays alive meanwhile and the window appears when the store is ready. */
static void
open_store (CaseloadApplication *self)
{
  g_autoptr(GTask) task = NULL;
  OpenData *data;

  data = g_new0 (OpenData, 1);
  data->path = get_location (self);
  data->seed_demo = self->seed_demo;
  data->clock = caseload_clock_new_system ();

  self->opening = TRUE;
  g_application_hold (G_APPLICATION (self));

  task = g_task_new (self, NULL, on_store_opened_cb, NULL);
  g_task_set_source_tag (task, open_store);
  g_task_set_task_data (task, data, (GDestroyNotify) open_data_free);
  g_task_run_in_thread (task, open_store_thread);
}

static void
reopen_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  OpenData *data = task_data;
  GError *error = NULL;

  data->store = caseload_store_open (data->path, data->clock, &error);
  if (data->store == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_store_reopened_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  CaseloadApplication *self = CASELOAD_APPLICATION (object);
  OpenData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      /* The setting was checked as it was typed; a file that cannot be opened now
       * leaves the desk where it was. */
      g_message ("The desk's new database could not be opened (%s %d); staying with the old one",
                 g_quark_to_string (error->domain), error->code);
      return;
    }

  g_free (self->open_location);
  self->open_location = g_strdup (data->path);

  /* Each window switches at its next sign-in, never under someone's open work. */
  for (const GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (CASELOAD_IS_WINDOW (l->data))
      caseload_window_set_pending_store (l->data, data->store);
}

/* The desk's database setting changed (Preferences): open the new store in a worker,
 * for the windows to take at their next sign-in. The command line still wins. */
static void
on_database_uri_changed_cb (CaseloadApplication *self)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *location = get_location (self);
  OpenData *data;

  if (self->context == NULL || self->database_path != NULL || g_strcmp0 (location, self->open_location) == 0)
    return;

  g_cancellable_cancel (self->reopen_cancellable);
  g_clear_object (&self->reopen_cancellable);
  self->reopen_cancellable = g_cancellable_new ();

  data = g_new0 (OpenData, 1);
  data->path = g_steal_pointer (&location);
  data->clock = g_object_ref (caseload_context_get_clock (self->context));

  task = g_task_new (self, self->reopen_cancellable, on_store_reopened_cb, NULL);
  g_task_set_source_tag (task, on_database_uri_changed_cb);
  g_task_set_task_data (task, data, (GDestroyNotify) open_data_free);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, reopen_thread);
}

static int
caseload_application_handle_local_options (GApplication *app,
                                           GVariantDict *options)
{
  CaseloadApplication *self = CASELOAD_APPLICATION (app);
  const char *path = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", "caseload", PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_lookup (options, "database", "^&ay", &path) && path != NULL && *path != '\0')
    {
      if (caseload_store_postgresql_is_uri (path))
        self->database_path = g_strdup (path);
      else
        {
          g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);

          self->database_path = g_file_get_path (file);
        }

      /* Another database is another instance, not a second window on the first. */
      g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
    }

  self->seed_demo = g_variant_dict_contains (options, "demo") ||
                    g_variant_dict_contains (options, "demo-if-empty");

  if (self->seed_demo && self->database_path != NULL && caseload_store_postgresql_is_uri (self->database_path))
    {
      g_printerr ("%s\n", demo_on_site_message ());
      return 1;
    }

  return -1;
}

static void
caseload_application_startup (GApplication *app)
{
  CaseloadApplication *self = CASELOAD_APPLICATION (app);

  G_APPLICATION_CLASS (caseload_application_parent_class)->startup (app);

  self->settings = load_settings ();
  if (self->settings != NULL)
    g_signal_connect_object (self->settings, "changed::database-uri",
                             G_CALLBACK (on_database_uri_changed_cb), self, G_CONNECT_SWAPPED);

  _caseload_application_init_actions (self);
}

static void
caseload_application_activate (GApplication *app)
{
  CaseloadApplication *self = CASELOAD_APPLICATION (app);
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  if (self->opening)
    return;

  if (self->context != NULL)
    present_window (self);
  else
    open_store (self);
}

static void
caseload_application_dispose (GObject *object)
{
  CaseloadApplication *self = (CaseloadApplication *)object;

  g_cancellable_cancel (self->reopen_cancellable);
  g_clear_object (&self->reopen_cancellable);
  g_clear_object (&self->context);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->database_path, g_free);
  g_clear_pointer (&self->open_location, g_free);

  G_OBJECT_CLASS (caseload_application_parent_class)->dispose (object);
}

static void
caseload_application_class_init (CaseloadApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = caseload_application_dispose;

  app_class->handle_local_options = caseload_application_handle_local_options;
  app_class->startup = caseload_application_startup;
  app_class->activate = caseload_application_activate;
}

static void
caseload_application_init (CaseloadApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("A shared caseload for integrated mental health teams."));
}

CaseloadApplication *
caseload_application_new (void)
{
  return g_object_new (CASELOAD_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", "/io/github/pcnmh/Caseload",
                       NULL);
}

CaseloadContext *
caseload_application_get_context (CaseloadApplication *self)
{
  g_return_val_if_fail (CASELOAD_IS_APPLICATION (self), NULL);

  return self->context;
}

/* NULL when the schema is not installed. */
GSettings *
caseload_application_get_settings (CaseloadApplication *self)
{
  g_return_val_if_fail (CASELOAD_IS_APPLICATION (self), NULL);

  return self->settings;
}

const char *
caseload_application_get_command_line_location (CaseloadApplication *self)
{
  g_return_val_if_fail (CASELOAD_IS_APPLICATION (self), NULL);

  return self->database_path;
}
