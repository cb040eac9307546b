/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-window"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-entry-form.h"
#include "caseload-person-form.h"
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
  CaseloadPerson *person = caseload_person_page_get_person (self->person_page);
  CaseloadPerson *selected = gtk_single_selection_get_selected_item (self->selection);
  CaseloadEntryForm *form;

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

  if (g_str_equal (action_name, "win.show-timeline"))
    caseload_person_page_set_view (self->person_page, "timeline");
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

  caseload_person_list_reload (self->people);
}

void
_caseload_window_update_actions (CaseloadWindow *self)
{
  gboolean has_person = caseload_person_page_get_person (self->person_page) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-entry", has_person);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-overview", has_person);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-timeline", has_person);
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
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_action);
}
