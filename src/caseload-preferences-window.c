/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-core.h"
#include "caseload-format.h"
#include "caseload-preferences-window.h"
#include "caseload-store-postgresql.h"
#include "caseload-thresholds-page.h"
#include "caseload-wait-standard-group.h"
#include "caseload-worker.h"

struct _CaseloadPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* Owned */
  GSettings            *settings;
  char                 *command_line_location;
  CaseloadContext      *context;
  GCancellable         *cancellable;
  guint                 uri_valid : 1;

  /* Template children */
  GtkCheckButton       *desk_check;
  GtkCheckButton       *site_check;
  AdwPreferencesGroup  *site_group;
  AdwEntryRow          *uri_row;
  AdwPreferencesRow    *uri_error_row;
  GtkLabel             *uri_error_label;
  GtkLabel             *override_label;
  CaseloadThresholdsPage *thresholds_page;
  AdwPreferencesPage   *wait_times_page;
  AdwPreferencesGroup  *wait_times_intro_group;
  CaseloadWaitStandardGroup *routine_group;
  CaseloadWaitStandardGroup *urgent_group;
  CaseloadWaitStandardGroup *very_urgent_group;
  GtkSwitch            *notifications_switch;
  GtkSwitch            *allocations_switch;
  GtkSwitch            *tasks_switch;
  GtkSwitch            *clocks_switch;
  AdwPreferencesGroup  *notify_group;
};

G_DEFINE_FINAL_TYPE (CaseloadPreferencesWindow, caseload_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
show_uri_error (CaseloadPreferencesWindow *self,
                const char                *message)
{
  gtk_label_set_text (self->uri_error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->uri_error_row), message != NULL);

  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->uri_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->uri_row), "error");
}

/* The same checks the desk makes when it starts: the store's own words for what is
 * wrong. Nothing connects here; the first connection is at sign-in. */
static char *
check_uri (const char *uri)
{
  g_autoptr(CaseloadClock) clock = NULL;
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (*uri == '\0')
    return g_strdup (_("Enter the shared site’s address, such as postgresql://caseload.example.nhs.uk/caseload."));

  if (!caseload_store_postgresql_is_uri (uri))
    return g_strdup (_("A shared site’s address starts with postgresql://, followed by the server and the database: "
                       "postgresql://caseload.example.nhs.uk/caseload."));

  clock = caseload_clock_new_system ();
  store = caseload_store_postgresql_new (uri, clock, &error);
  if (store == NULL)
    return g_strdup (error->message);

  return NULL;
}

static char *
get_wanted_uri (CaseloadPreferencesWindow *self)
{
  if (!gtk_check_button_get_active (self->site_check))
    return g_strdup ("");

  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->uri_row))));
}

static gboolean
can_apply (CaseloadPreferencesWindow *self)
{
  g_autofree char *wanted = get_wanted_uri (self);
  g_autofree char *stored = g_settings_get_string (self->settings, "database-uri");

  if (gtk_check_button_get_active (self->site_check) && !self->uri_valid)
    return FALSE;

  return g_strcmp0 (wanted, stored) != 0;
}

static void
update (CaseloadPreferencesWindow *self)
{
  gboolean shared = gtk_check_button_get_active (self->site_check);

  gtk_widget_set_sensitive (GTK_WIDGET (self->site_group), shared);

  if (shared)
    {
      g_autofree char *uri = get_wanted_uri (self);
      g_autofree char *problem = check_uri (uri);

      self->uri_valid = problem == NULL;
      /* An empty field is not yet wrong: it only keeps Apply off. */
      show_uri_error (self, *uri != '\0' ? problem : NULL);
    }
  else
    {
      self->uri_valid = FALSE;
      show_uri_error (self, NULL);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preferences.apply", can_apply (self));
}

static void
load (CaseloadPreferencesWindow *self)
{
  g_autofree char *stored = g_settings_get_string (self->settings, "database-uri");
  gboolean shared = *stored != '\0';

  gtk_editable_set_text (GTK_EDITABLE (self->uri_row), stored);
  gtk_check_button_set_active (shared ? self->site_check : self->desk_check, TRUE);

  if (self->command_line_location != NULL)
    {
      g_autofree char *note = NULL;
      const char *where = caseload_store_postgresql_is_uri (self->command_line_location)
                          ? _("a shared site") : self->command_line_location;

      /* Translators: %s is a file path, or "a shared site" */
      note = g_strdup_printf (_("Caseload was started with --database for %s, which wins over this setting "
                                "until Caseload is started without it."), where);
      gtk_label_set_text (self->override_label, note);
      gtk_widget_set_visible (GTK_WIDGET (self->override_label), TRUE);
    }

  update (self);
}

static void
on_choice_toggled_cb (CaseloadPreferencesWindow *self)
{
  update (self);

  if (gtk_check_button_get_active (self->site_check) &&
      *gtk_editable_get_text (GTK_EDITABLE (self->uri_row)) == '\0')
    gtk_widget_grab_focus (GTK_WIDGET (self->uri_row));
}

static void
on_uri_changed_cb (CaseloadPreferencesWindow *self)
{
  update (self);
}

static void
on_uri_activated_cb (CaseloadPreferencesWindow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "preferences.apply", NULL);
}

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  CaseloadPreferencesWindow *self = CASELOAD_PREFERENCES_WINDOW (widget);
  g_autofree char *wanted = NULL;
  AdwToast *toast;

  if (!can_apply (self))
    return;

  wanted = get_wanted_uri (self);
  g_settings_set_string (self->settings, "database-uri", wanted);
  g_debug ("The desk's database is now %s", *wanted != '\0' ? "a shared site" : "its own");

  toast = adw_toast_new (*wanted != '\0'
                         ? _("Saved: the next sign-in connects to the shared site")
                         : _("Saved: the next sign-in uses this desk’s database"));
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), toast);

  update (self);
}

static gpointer
list_standards_thread (gpointer       data,
                       GCancellable  *cancellable,
                       GError       **error)
{
  return caseload_store_list_wait_standards (CASELOAD_STORE (data), error);
}

static gboolean
is_team_manager (CaseloadPreferencesWindow *self)
{
  CaseloadStaff *actor = caseload_context_get_actor (self->context);

  return actor != NULL && caseload_staff_get_access_role (actor) == CASELOAD_ROLE_TEAM_MANAGER;
}

static void
on_standards_listed_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(CaseloadPreferencesWindow) self = user_data;
  g_autoptr(GPtrArray) standards = NULL;
  g_autoptr(GError) error = NULL;
  CaseloadWaitStandardGroup *groups[] = { self->routine_group, self->urgent_group, self->very_urgent_group };

  standards = caseload_worker_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (standards == NULL)
    {
      g_autofree char *message = caseload_format_read_error (error);

      g_debug ("Listing the waiting-time standards failed: %s %d", g_quark_to_string (error->domain), error->code);
      adw_preferences_group_set_description (self->wait_times_intro_group, message);
      return;
    }

  for (guint i = 0; i < standards->len; i++)
    {
      CaseloadWaitStandard *standard = g_ptr_array_index (standards, i);
      guint urgency = caseload_wait_standard_get_urgency (standard);

      if (urgency < G_N_ELEMENTS (groups))
        caseload_wait_standard_group_set_standard (groups[urgency], self->context, standard, is_team_manager (self));
    }
}

static void
list_standards (CaseloadPreferencesWindow *self)
{
  caseload_worker_run (self, list_standards,
                       list_standards_thread, g_object_ref (caseload_context_get_store (self->context)),
                       g_object_unref, (GDestroyNotify) g_ptr_array_unref,
                       self->cancellable,
                       on_standards_listed_cb,
                       g_object_ref (self));
}

/* A standard saved: every group shows the store's values and versions again. */
static void
on_standard_saved_cb (CaseloadPreferencesWindow *self)
{
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (_("Waiting-time standard saved")));
  list_standards (self);
}

static void
caseload_preferences_window_dispose (GObject *object)
{
  CaseloadPreferencesWindow *self = (CaseloadPreferencesWindow *)object;

  g_cancellable_cancel (self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_PREFERENCES_WINDOW);

  g_clear_object (&self->settings);
  g_clear_pointer (&self->command_line_location, g_free);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (caseload_preferences_window_parent_class)->dispose (object);
}

static void
caseload_preferences_window_class_init (CaseloadPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_preferences_window_dispose;

  g_type_ensure (CASELOAD_TYPE_THRESHOLDS_PAGE);
  g_type_ensure (CASELOAD_TYPE_WAIT_STANDARD_GROUP);

  gtk_widget_class_install_action (widget_class, "preferences.apply", NULL, apply_action);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pcnmh/Caseload/caseload-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadPreferencesWindow, desk_check);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPreferencesWindow, site_check);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPreferencesWindow, site_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPreferencesWindow, uri_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPreferencesWindow, uri_error_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPreferencesWindow, uri_error_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPreferencesWindow, override_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPreferencesWindow, thresholds_page);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPreferencesWindow, wait_times_page);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPreferencesWindow, wait_times_intro_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPreferencesWindow, routine_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPreferencesWindow, urgent_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPreferencesWindow, very_urgent_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPreferencesWindow, notifications_switch);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPreferencesWindow, allocations_switch);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPreferencesWindow, tasks_switch);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPreferencesWindow, clocks_switch);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPreferencesWindow, notify_group);
  gtk_widget_class_bind_template_callback (widget_class, on_standard_saved_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_uri_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_uri_activated_cb);
}

static void
caseload_preferences_window_init (CaseloadPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
}

CaseloadPreferencesWindow *
caseload_preferences_window_new (GtkWindow  *parent,
                                 GSettings  *settings,
                                 const char *command_line_location)
{
  CaseloadPreferencesWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (CASELOAD_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       NULL);
  self->settings = g_object_ref (settings);
  self->command_line_location = g_strdup (command_line_location);
  load (self);

  g_settings_bind (settings, "notifications-enabled", self->notifications_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "notify-new-allocations", self->allocations_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "notify-tasks-due", self->tasks_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "notify-clocks-near-breach", self->clocks_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_object_bind_property (self->notifications_switch, "active", self->notify_group, "sensitive", G_BINDING_SYNC_CREATE);

  /* Set elsewhere (another window, gsettings): show what is stored now. */
  g_signal_connect_object (settings, "changed::database-uri", G_CALLBACK (update), self, G_CONNECT_SWAPPED);

  return self;
}

GtkEditable *
caseload_preferences_window_get_uri_field (CaseloadPreferencesWindow *self)
{
  g_return_val_if_fail (CASELOAD_IS_PREFERENCES_WINDOW (self), NULL);

  return GTK_EDITABLE (self->uri_row);
}

const char *
caseload_preferences_window_get_uri_error (CaseloadPreferencesWindow *self)
{
  g_return_val_if_fail (CASELOAD_IS_PREFERENCES_WINDOW (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->uri_error_row)))
    return NULL;

  return gtk_label_get_text (self->uri_error_label);
}

void
caseload_preferences_window_set_shared (CaseloadPreferencesWindow *self,
                                        gboolean                   shared)
{
  g_return_if_fail (CASELOAD_IS_PREFERENCES_WINDOW (self));

  gtk_check_button_set_active (shared ? self->site_check : self->desk_check, TRUE);
}

gboolean
caseload_preferences_window_get_can_apply (CaseloadPreferencesWindow *self)
{
  g_return_val_if_fail (CASELOAD_IS_PREFERENCES_WINDOW (self), FALSE);

  return can_apply (self);
}

/* The team's pages (Thresholds, Waiting Times) for whoever is signed in on @context:
 * editable for a team manager, read-only for everyone else. Without a signed-in actor
 * (at the sign-in page) they stay hidden. */
void
caseload_preferences_window_set_context (CaseloadPreferencesWindow *self,
                                         CaseloadContext           *context)
{
  gboolean signed_in;

  g_return_if_fail (CASELOAD_IS_PREFERENCES_WINDOW (self));
  g_return_if_fail (context == NULL || CASELOAD_IS_CONTEXT (context));

  g_set_object (&self->context, context);
  signed_in = context != NULL && caseload_context_get_actor (context) != NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->thresholds_page), signed_in);
  gtk_widget_set_visible (GTK_WIDGET (self->wait_times_page), signed_in);
  if (!signed_in)
    return;

  caseload_thresholds_page_set_context (self->thresholds_page, context);
  adw_preferences_group_set_description (self->wait_times_intro_group,
                                         is_team_manager (self)
                                         ? _("One standard per urgency. Every open referral’s clock follows a change at once.")
                                         : _("One standard per urgency. Only a team manager can change them."));
  list_standards (self);
}

CaseloadThresholdsPage *
caseload_preferences_window_get_thresholds_page (CaseloadPreferencesWindow *self)
{
  g_return_val_if_fail (CASELOAD_IS_PREFERENCES_WINDOW (self), NULL);

  return self->thresholds_page;
}

CaseloadWaitStandardGroup *
caseload_preferences_window_get_wait_standard_group (CaseloadPreferencesWindow *self,
                                                     CaseloadUrgency            urgency)
{
  g_return_val_if_fail (CASELOAD_IS_PREFERENCES_WINDOW (self), NULL);

  switch (urgency)
    {
    case CASELOAD_URGENCY_ROUTINE:
      return self->routine_group;
    case CASELOAD_URGENCY_URGENT:
      return self->urgent_group;
    case CASELOAD_URGENCY_VERY_URGENT:
    default:
      return self->very_urgent_group;
    }
}
