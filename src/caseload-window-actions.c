/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-window"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-audit-window.h"
#include "caseload-dashboard-window.h"
#include "caseload-entry-form.h"
#include "caseload-person-form.h"
#include "caseload-staff-window.h"
#include "caseload-window-private.h"

static void
on_person_saved_cb (CaseloadPersonForm *form,
                    CaseloadPerson     *person,
                    CaseloadWindow     *self)
{
  g_autofree char *message = NULL;

  /* Translators: %s is the person's name, shown on screen only */
  message = g_strdup_printf (_("Saved %s"), caseload_person_get_display_name (person));
  caseload_window_add_toast (self, message);

  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  _caseload_window_open_person (self, caseload_person_get_id (person), TRUE);
  if (self->people != NULL)
    caseload_person_list_reload (self->people);
}

/* The list row shows the last contact; bring it up to date in place rather than
 * reloading the whole list under the person's feet. */
static void
update_last_contact (CaseloadWindow        *self,
                     CaseloadTimelineEntry *entry)
{
  const char *person_id = caseload_timeline_entry_get_person_id (entry);
  const char *occurred_at = caseload_timeline_entry_get_occurred_at (entry);
  CaseloadPerson *person = gtk_single_selection_get_selected_item (self->selection);

  if (self->people == NULL)
    return;

  if (person == NULL || g_strcmp0 (caseload_person_get_id (person), person_id) != 0)
    {
      caseload_person_list_reload (self->people);
      return;
    }

  if (g_strcmp0 (occurred_at, caseload_person_get_last_contact (person)) > 0)
    caseload_person_set_last_contact (person, occurred_at);
}

static void
on_entry_saved_cb (CaseloadEntryForm     *form,
                   CaseloadTimelineEntry *entry,
                   CaseloadWindow        *self)
{
  caseload_window_add_toast (self, _("Entry added"));
  update_last_contact (self, entry);
  if (self->person_page != NULL)
    caseload_person_page_reload (self->person_page);
}

static void
new_person_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  CaseloadWindow *self = CASELOAD_WINDOW (widget);
  CaseloadPersonForm *form;

  form = caseload_person_form_new (GTK_WINDOW (self), self->context);
  g_signal_connect_object (form, "saved", G_CALLBACK (on_person_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (form));
}

static void
add_entry_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  CaseloadWindow *self = CASELOAD_WINDOW (widget);
  CaseloadPerson *person = NULL;
  CaseloadPerson *selected = gtk_single_selection_get_selected_item (self->selection);
  CaseloadEntryForm *form;

  if (self->person_page != NULL)
    person = caseload_person_page_get_person (self->person_page);

  if (person == NULL)
    return;

  /* The entry goes to the record on screen, and only once it is the one selected:
   * never to the previous person while the next one is still opening. */
  if (caseload_person_page_get_loading (self->person_page) ||
      (selected != NULL && caseload_person_get_loaded (selected) &&
       g_strcmp0 (caseload_person_get_id (selected), caseload_person_get_id (person)) != 0))
    {
      gtk_widget_error_bell (widget);
      return;
    }

  form = caseload_entry_form_new (GTK_WINDOW (self), self->context, person);
  g_signal_connect_object (form, "saved", G_CALLBACK (on_entry_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (form));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  CaseloadWindow *self = CASELOAD_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

static void
show_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  CaseloadWindow *self = CASELOAD_WINDOW (widget);

  if (self->person_page == NULL)
    return;

  if (g_str_equal (action_name, "win.show-timeline"))
    caseload_person_page_set_view (self->person_page, "timeline");
  else if (g_str_equal (action_name, "win.show-plan"))
    caseload_person_page_set_view (self->person_page, "plan");
  else if (g_str_equal (action_name, "win.show-measures"))
    caseload_person_page_set_view (self->person_page, "measures");
  else if (g_str_equal (action_name, "win.show-pathways"))
    caseload_person_page_set_view (self->person_page, "pathways");
  else
    caseload_person_page_set_view (self->person_page, "overview");
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  CaseloadWindow *self = CASELOAD_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  CaseloadWindow *self = CASELOAD_WINDOW (widget);

  if (self->people != NULL)
    caseload_person_list_reload (self->people);
  _caseload_window_lists_reload (self);
}

static void
lock_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  _caseload_window_lock (CASELOAD_WINDOW (widget), CASELOAD_LOCK_USER);
}

static void
switch_user_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  _caseload_window_lock (CASELOAD_WINDOW (widget), CASELOAD_LOCK_SWITCH_USER);
}

/* Audit, Dashboard and Staff: one window each, brought forward when already open. */
static GtkWindow *
find_own_window (CaseloadWindow *self,
                 GType           type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) &&
          gtk_window_get_transient_for (window) == GTK_WINDOW (self))
        return window;
    }

  return NULL;
}

static void
show_audit_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  CaseloadWindow *self = CASELOAD_WINDOW (widget);
  GtkWindow *window = find_own_window (self, CASELOAD_TYPE_AUDIT_WINDOW);

  if (window == NULL)
    window = GTK_WINDOW (caseload_audit_window_new (GTK_WINDOW (self), self->context));
  gtk_window_present (window);
}

static void
show_dashboard_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  CaseloadWindow *self = CASELOAD_WINDOW (widget);
  GtkWindow *window = find_own_window (self, CASELOAD_TYPE_DASHBOARD_WINDOW);

  if (window == NULL)
    window = GTK_WINDOW (caseload_dashboard_window_new (GTK_WINDOW (self), self->context));
  gtk_window_present (window);
}

static void
show_staff_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  CaseloadWindow *self = CASELOAD_WINDOW (widget);
  GtkWindow *window = find_own_window (self, CASELOAD_TYPE_STAFF_WINDOW);

  if (window == NULL)
    window = GTK_WINDOW (caseload_staff_window_new (GTK_WINDOW (self), self->context));
  gtk_window_present (window);
}

/* The menu hides what the actor's role does not allow; the store refuses it anyway. */
static void
update_role_actions (CaseloadWindow *self,
                     gboolean        signed_in)
{
  CaseloadStaff *actor = caseload_context_get_actor (self->context);
  CaseloadAccessRole role = actor != NULL ? caseload_staff_get_access_role (actor) : CASELOAD_ROLE_ADMINISTRATOR;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-audit",
                                 signed_in && actor != NULL && caseload_policy_may_review_access (role));
  /* The dashboard is the team manager's, as the audit trail is. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-dashboard",
                                 signed_in && actor != NULL && caseload_policy_may_review_access (role));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-staff",
                                 signed_in && actor != NULL && caseload_policy_may_manage_staff (role));
}

void
_caseload_window_update_actions (CaseloadWindow *self)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_GET_CLASS (self);
  gboolean signed_in = self->state == CASELOAD_WINDOW_SIGNED_IN;
  gboolean has_person = signed_in && self->person_page != NULL &&
                        caseload_person_page_get_person (self->person_page) != NULL;
  const GVariantType *parameter_type;
  const char *property_name;
  const char *name;
  GType owner;

  /* Signed out or locked, none of the window's own actions work, shortcuts included;
   * the rules below then narrow what signed in allows. */
  /* GTK 4.8 writes every out argument: none may be NULL. */
  for (guint i = 0; gtk_widget_class_query_action (widget_class, i, &owner, &name, &parameter_type, &property_name); i++)
    if (owner == CASELOAD_TYPE_WINDOW)
      gtk_widget_action_set_enabled (GTK_WIDGET (self), name, signed_in);

  /* Adding needs the policy's leave as well as an open record. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-entry",
                                 has_person && caseload_person_page_get_may_add (self->person_page));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-task",
                                 has_person && caseload_person_page_get_may_add (self->person_page));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-overview", has_person);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-timeline", has_person);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-plan", has_person);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-measures", has_person);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-pathways", has_person);
  update_role_actions (self, signed_in);
}

void
_caseload_window_class_actions_init (CaseloadWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.new-person", NULL, new_person_action);
  gtk_widget_class_install_action (widget_class, "win.add-entry", NULL, add_entry_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.show-overview", NULL, show_view_action);
  gtk_widget_class_install_action (widget_class, "win.show-timeline", NULL, show_view_action);
  gtk_widget_class_install_action (widget_class, "win.show-plan", NULL, show_view_action);
  gtk_widget_class_install_action (widget_class, "win.show-measures", NULL, show_view_action);
  gtk_widget_class_install_action (widget_class, "win.show-pathways", NULL, show_view_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "win.lock", NULL, lock_action);
  gtk_widget_class_install_action (widget_class, "win.switch-user", NULL, switch_user_action);
  gtk_widget_class_install_action (widget_class, "win.show-audit", NULL, show_audit_action);
  gtk_widget_class_install_action (widget_class, "win.show-staff", NULL, show_staff_action);
  gtk_widget_class_install_action (widget_class, "win.show-dashboard", NULL, show_dashboard_action);
}
