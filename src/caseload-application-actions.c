/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-application"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-application-private.h"
#include "caseload-entry-form.h"
#include "caseload-person-form.h"
#include "caseload-preferences-window.h"
#include "caseload-window.h"

static gboolean
is_form (GtkWindow *window)
{
  return CASELOAD_IS_PERSON_FORM (window) || CASELOAD_IS_ENTRY_FORM (window);
}

/* Closes every window, so each keeps its size; a form with something typed in it asks
 * first, and then quitting stops there. Forms hidden by a locked window are left to it:
 * it asks, without showing them, before they are discarded. */
static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  g_autoptr(GList) windows = NULL;

  windows = g_list_copy (gtk_application_get_windows (app));
  for (const GList *l = windows; l != NULL; l = l->next)
    {
      if (is_form (l->data) && gtk_widget_get_visible (l->data))
        gtk_window_close (l->data);
    }

  g_clear_pointer (&windows, g_list_free);
  windows = g_list_copy (gtk_application_get_windows (app));
  for (const GList *l = windows; l != NULL; l = l->next)
    {
      if (is_form (l->data) && gtk_widget_get_visible (l->data))
        {
          gtk_window_present (l->data);
          return;
        }
    }

  /* Hidden ones are a locked window's, and go with it. */
  for (const GList *l = windows; l != NULL; l = l->next)
    if (gtk_widget_get_visible (l->data))
      gtk_window_close (l->data);
}

/* Ctrl+L: an application action, so it works from inside a form as well. */
static void
lock_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);

  for (const GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    if (CASELOAD_IS_WINDOW (l->data))
      caseload_window_lock (l->data);
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  static const char *developers[] = { "Caseload developers", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "application-name", _("Caseload"),
                        "application-icon", BASE_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", "Caseload developers",
                        "developers", developers,
                        "comments", _("One shared record for integrated mental health teams in Primary Care Networks: GP practices, the mental health trust, social care and the voluntary sector"),
                        "website", "https://github.com/pcnmh/caseload",
                        "issue-url", "https://github.com/pcnmh/caseload/issues",
                        "copyright", "© 2026 Caseload developers",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

/* Ctrl+comma: the desk's own settings, also from the sign-in page (a shared site out of
 * reach is put right before anyone can sign in). One window, brought forward. */
static void
preferences_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  CaseloadApplication *self = CASELOAD_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GSettings *settings = caseload_application_get_settings (self);
  CaseloadPreferencesWindow *window;

  if (settings == NULL)
    return;

  for (const GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (CASELOAD_IS_PREFERENCES_WINDOW (l->data))
      {
        gtk_window_present (l->data);
        return;
      }

  window = caseload_preferences_window_new (parent, settings,
                                            caseload_application_get_command_line_location (self));
  caseload_preferences_window_set_context (window, caseload_application_get_context (self));
  gtk_window_set_application (GTK_WINDOW (window), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (window));
}

/* A notification's default action: raise Caseload on the list it is about (a target
 * such as "my-tasks"). A window that is locked or signed out shows it after sign-in. */
static void
show_list_action (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);

  for (const GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    if (CASELOAD_IS_WINDOW (l->data))
      {
        gtk_window_present (l->data);
        gtk_widget_activate_action_variant (l->data, "win.show-list", param);
        return;
      }

  g_application_activate (G_APPLICATION (app));
}

static const GActionEntry app_actions[] = {
  { .name = "quit", .activate = quit_action },
  { .name = "lock", .activate = lock_action },
  { .name = "about", .activate = about_action },
  { .name = "preferences", .activate = preferences_action },
  { .name = "show-list", .activate = show_list_action, .parameter_type = "s" },
};

static const struct {
  const char *action;
  const char *accels[3];
} app_accels[] = {
  { "app.quit",          { "<Control>q", NULL } },
  { "app.lock",          { "<Control>l", NULL } },
  { "app.preferences",   { "<Control>comma", NULL } },
  { "win.new-person",    { "<Control>n", NULL } },
  { "win.search",        { "<Control>f", NULL } },
  { "win.add-entry",     { "<Control>e", NULL } },
  { "win.new-task",      { "<Control>t", NULL } },
  { "win.show-dashboard", { "<Control><Shift>m", NULL } },
  { "win.show-overview", { "<Alt>1", NULL } },
  { "win.show-timeline", { "<Alt>2", NULL } },
  { "win.show-plan",     { "<Alt>3", NULL } },
  { "win.show-measures", { "<Alt>4", NULL } },
  { "win.show-pathways", { "<Alt>5", NULL } },
  { "win.back",          { "<Alt>Left", NULL } },
  { "win.show-list::people",        { "<Control>1", NULL } },
  { "win.show-list::my-caseload",   { "<Control>2", NULL } },
  { "win.show-list::team-caseload", { "<Control>3", NULL } },
  { "win.show-list::waiting",       { "<Control>4", NULL } },
  { "win.show-list::unallocated",   { "<Control>5", NULL } },
  { "win.show-list::my-tasks",      { "<Control>6", NULL } },
  { "win.show-list::groups",        { "<Control>7", NULL } },
};

void
_caseload_application_init_actions (CaseloadApplication *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);

  for (guint i = 0; i < G_N_ELEMENTS (app_accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), app_accels[i].action, app_accels[i].accels);
}
