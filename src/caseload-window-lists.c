/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-window"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-case-pane.h"
#include "caseload-cohort-dialog.h"
#include "caseload-cohort-page.h"
#include "caseload-groups-pane.h"
#include "caseload-task-dialog.h"
#include "caseload-task-pane.h"
#include "caseload-window-private.h"

/* The sidebar's lists, in the order the chooser offers them. The id is what GSettings
 * "sidebar-list" and "win.show-list" name; "kind" is a CaseloadCaseListKind for the
 * caseload lists. */
typedef enum {
  LIST_PEOPLE,
  LIST_CASES,
  LIST_TASKS,
  LIST_GROUPS,
} ListPage;

static const struct {
  const char *id;
  const char *label;
  ListPage    page;
  int         kind;
  gboolean    managers_only;
} lists[] = {
  { "people",        N_("People"),         LIST_PEOPLE, -1, FALSE },
  { "my-caseload",   N_("My Caseload"),    LIST_CASES,  CASELOAD_LIST_MY_CASELOAD, FALSE },
  { "team-caseload", N_("Team Caseload"),  LIST_CASES,  CASELOAD_LIST_TEAM_CASELOAD, TRUE },
  { "waiting",       N_("Waiting List"),   LIST_CASES,  CASELOAD_LIST_WAITING, FALSE },
  { "unallocated",   N_("Unallocated"),    LIST_CASES,  CASELOAD_LIST_UNALLOCATED, TRUE },
  { "my-tasks",      N_("My Tasks"),       LIST_TASKS,  -1, FALSE },
  { "groups",        N_("Groups"),         LIST_GROUPS, -1, FALSE },
};

static int
find_list (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    if (g_strcmp0 (lists[i].id, id) == 0)
      return (int) i;
  return -1;
}

/* Team caseload and Unallocated are for those who manage the team. */
static gboolean
manages (CaseloadStaff *actor)
{
  return actor != NULL && caseload_staff_get_access_role (actor) == CASELOAD_ROLE_TEAM_MANAGER;
}

static int
current_list (CaseloadWindow *self)
{
  return self->list_index >= 0 ? self->list_index : 0;
}

gboolean
_caseload_window_showing_people (CaseloadWindow *self)
{
  return lists[current_list (self)].page == LIST_PEOPLE;
}

const char *
_caseload_window_get_list_summary (CaseloadWindow *self)
{
  switch (lists[current_list (self)].page)
    {
    case LIST_CASES:
      return caseload_case_pane_get_summary (self->case_pane);
    case LIST_TASKS:
      return caseload_task_pane_get_summary (self->task_pane);
    case LIST_GROUPS:
      return caseload_groups_pane_get_summary (self->groups_pane);
    case LIST_PEOPLE:
    default:
      return NULL;
    }
}

/* The search box searches within the list on show. */
void
_caseload_window_search_list (CaseloadWindow *self,
                              const char     *text)
{
  switch (lists[current_list (self)].page)
    {
    case LIST_CASES:
      caseload_case_pane_set_search (self->case_pane, text);
      break;
    case LIST_TASKS:
      caseload_task_pane_set_search (self->task_pane, text);
      break;
    case LIST_GROUPS:
      caseload_groups_pane_set_search (self->groups_pane, text);
      break;
    case LIST_PEOPLE:
    default:
      break;
    }
}

gboolean
_caseload_window_focus_list (CaseloadWindow *self)
{
  if (lists[current_list (self)].page == LIST_CASES)
    return caseload_case_pane_focus_list (self->case_pane);
  return FALSE;
}

/* GTK 4.8 has the property but not yet its setter (4.10). */
static void
set_placeholder (CaseloadWindow *self,
                 const char     *text)
{
  g_object_set (self->search_entry, "placeholder-text", text, NULL);
}

static void
show_list (CaseloadWindow *self,
           int             index)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  self->list_index = index;

  switch (lists[index].page)
    {
    case LIST_CASES:
      caseload_case_pane_set_kind (self->case_pane, lists[index].kind);
      caseload_case_pane_set_search (self->case_pane, text);
      gtk_stack_set_visible_child_name (self->lists_stack, "cases");
      set_placeholder (self, _("Search name, NHS number or date of birth"));
      break;
    case LIST_TASKS:
      caseload_task_pane_set_search (self->task_pane, text);
      caseload_task_pane_reload (self->task_pane);
      gtk_stack_set_visible_child_name (self->lists_stack, "tasks");
      set_placeholder (self, _("Search tasks by title or person"));
      break;
    case LIST_GROUPS:
      caseload_groups_pane_set_search (self->groups_pane, text);
      caseload_groups_pane_reload (self->groups_pane);
      gtk_stack_set_visible_child_name (self->lists_stack, "groups");
      set_placeholder (self, _("Search groups by name, venue or facilitator"));
      break;
    case LIST_PEOPLE:
    default:
      gtk_stack_set_visible_child_name (self->lists_stack, "people");
      set_placeholder (self, _("Search name, NHS number, postcode or date of birth"));
      break;
    }

  if (self->settings != NULL && self->state == CASELOAD_WINDOW_SIGNED_IN)
    g_settings_set_string (self->settings, "sidebar-list", lists[index].id);

  _caseload_window_update_sidebar (self);
}

static void
on_list_chosen_cb (GtkDropDown    *dropdown,
                   GParamSpec     *pspec,
                   CaseloadWindow *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->list_ids == NULL || selected >= self->list_ids->len)
    return;
  show_list (self, GPOINTER_TO_INT (g_ptr_array_index (self->list_ids, selected)));
}

static void
on_pane_summary_cb (GtkWidget      *pane,
                    GParamSpec     *pspec,
                    CaseloadWindow *self)
{
  _caseload_window_update_sidebar (self);
}

/* Chooses the list named @id if the actor has it; FALSE if not. */
static gboolean
choose_list (CaseloadWindow *self,
             const char     *id)
{
  int index = find_list (id);

  if (index < 0 || self->list_ids == NULL)
    return FALSE;

  for (guint i = 0; i < self->list_ids->len; i++)
    if (GPOINTER_TO_INT (g_ptr_array_index (self->list_ids, i)) == index)
      {
        if (gtk_drop_down_get_selected (self->list_dropdown) == i)
          show_list (self, index);
        else
          gtk_drop_down_set_selected (self->list_dropdown, i);
        return TRUE;
      }

  return FALSE;
}

void
_caseload_window_lists_set_actor (CaseloadWindow *self,
                                  CaseloadStaff  *actor)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autofree char *saved = NULL;

  g_clear_pointer (&self->list_ids, g_ptr_array_unref);
  self->list_index = -1;

  /* Reminders are the signed-in worker's: a new worker, a new notifier. */
  g_clear_object (&self->notifier);
  if (actor != NULL && caseload_staff_get_access_role (actor) != CASELOAD_ROLE_ADMINISTRATOR)
    {
      self->notifier = caseload_notifier_new (self->context, self->settings);
      caseload_notifier_start (self->notifier);
    }

  caseload_case_pane_set_context (self->case_pane, actor != NULL ? self->context : NULL);
  caseload_task_pane_set_context (self->task_pane, actor != NULL ? self->context : NULL);
  caseload_groups_pane_set_context (self->groups_pane, actor != NULL ? self->context : NULL);

  self->list_ids = g_ptr_array_new ();
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      /* Administrators see no records: People alone, where they are told so. */
      if (actor != NULL && caseload_staff_get_access_role (actor) == CASELOAD_ROLE_ADMINISTRATOR && i > 0)
        continue;
      if (lists[i].managers_only && !manages (actor))
        continue;
      gtk_string_list_append (labels, _(lists[i].label));
      g_ptr_array_add (self->list_ids, GINT_TO_POINTER (i));
    }

  g_signal_handlers_block_by_func (self->list_dropdown, on_list_chosen_cb, self);
  gtk_drop_down_set_model (self->list_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->list_dropdown, 0);
  g_signal_handlers_unblock_by_func (self->list_dropdown, on_list_chosen_cb, self);
  gtk_widget_set_visible (GTK_WIDGET (self->list_dropdown), self->list_ids->len > 1);

  if (self->settings != NULL && actor != NULL)
    saved = g_settings_get_string (self->settings, "sidebar-list");
  if (!choose_list (self, saved))
    show_list (self, 0);
}

/* Reads the list on show again (People is the window's own); the others are read when
 * next shown. */
void
_caseload_window_lists_reload (CaseloadWindow *self)
{
  if (lists[current_list (self)].page == LIST_CASES)
    caseload_case_pane_reload (self->case_pane);
  else if (lists[current_list (self)].page == LIST_TASKS)
    caseload_task_pane_reload (self->task_pane);
  else if (lists[current_list (self)].page == LIST_GROUPS)
    caseload_groups_pane_reload (self->groups_pane);
}

static void
show_list_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CaseloadWindow *self = CASELOAD_WINDOW (widget);

  if (!choose_list (self, g_variant_get_string (parameter, NULL)))
    {
      gtk_widget_error_bell (widget);
      return;
    }
  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
}

static void
open_person_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CaseloadWindow *self = CASELOAD_WINDOW (widget);

  _caseload_window_open_person (self, g_variant_get_string (parameter, NULL), TRUE);
}

/* Opens a STEPPS cohort in the content area, where a person's page would be. */
static void
open_cohort (CaseloadWindow *self,
             const char     *id)
{
  if (self->cohort_page == NULL)
    {
      self->cohort_page = CASELOAD_COHORT_PAGE (caseload_cohort_page_new ());
      gtk_widget_set_vexpand (GTK_WIDGET (self->cohort_page), TRUE);
      g_signal_connect_object (self->cohort_page, "saved", G_CALLBACK (caseload_groups_pane_reload),
                               self->groups_pane, G_CONNECT_SWAPPED);
      gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->cohort_page), "cohort");
    }
  caseload_cohort_page_set_context (self->cohort_page, self->context);
  caseload_cohort_page_open (self->cohort_page, id);
  gtk_stack_set_visible_child_name (self->content_stack, "cohort");
  /* The header names the group, not the person last open (whose views do not apply). */
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, FALSE);
  adw_view_switcher_title_set_title (self->switcher_title, _("STEPPS Group"));
  adw_view_switcher_bar_set_reveal (self->switcher_bar, FALSE);

  /* Only when folded: an unfolded leaflet would also pull the focus across. */
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
open_cohort_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  open_cohort (CASELOAD_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
on_cohort_saved_cb (CaseloadCohortDialog *dialog,
                    CaseloadCohort       *cohort,
                    CaseloadWindow       *self)
{
  caseload_window_add_toast (self, _("Group created with its session calendar"));
  caseload_groups_pane_reload (self->groups_pane);
  open_cohort (self, caseload_cohort_get_id (cohort));
}

static void
new_cohort_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CaseloadWindow *self = CASELOAD_WINDOW (widget);
  GtkWidget *dialog;

  if (caseload_context_get_actor (self->context) == NULL)
    {
      gtk_widget_error_bell (widget);
      return;
    }

  dialog = caseload_cohort_dialog_new (GTK_WINDOW (self), self->context);
  gtk_window_set_application (GTK_WINDOW (dialog), gtk_window_get_application (GTK_WINDOW (self)));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_cohort_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The signed-in worker changed: nobody's group stays open. */
void
_caseload_window_close_cohort (CaseloadWindow *self)
{
  if (self->cohort_page == NULL)
    return;
  g_signal_handlers_disconnect_by_data (self->cohort_page, self->groups_pane);
  gtk_stack_remove (self->content_stack, GTK_WIDGET (self->cohort_page));
  self->cohort_page = NULL;
}

static void
on_task_saved_cb (CaseloadTaskDialog *dialog,
                  CaseloadTask       *task,
                  CaseloadWindow     *self)
{
  caseload_window_add_toast (self, _("Task added"));
  caseload_task_pane_reload (self->task_pane);
}

static void
new_task_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CaseloadWindow *self = CASELOAD_WINDOW (widget);
  CaseloadPerson *person = self->person_page != NULL ? caseload_person_page_get_person (self->person_page) : NULL;
  GtkWidget *dialog;

  if (person == NULL)
    {
      gtk_widget_error_bell (widget);
      return;
    }

  dialog = caseload_task_dialog_new (GTK_WINDOW (self), self->context, person);
  gtk_window_set_application (GTK_WINDOW (dialog), gtk_window_get_application (GTK_WINDOW (self)));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_task_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_caseload_window_class_lists_init (CaseloadWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (CASELOAD_TYPE_CASE_PANE);
  g_type_ensure (CASELOAD_TYPE_TASK_PANE);
  g_type_ensure (CASELOAD_TYPE_GROUPS_PANE);

  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, list_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, lists_stack);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, case_pane);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, task_pane);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, groups_pane);
  gtk_widget_class_bind_template_callback (widget_class, on_list_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_pane_summary_cb);

  gtk_widget_class_install_action (widget_class, "win.show-list", "s", show_list_action);
  gtk_widget_class_install_action (widget_class, "win.open-person", "s", open_person_action);
  gtk_widget_class_install_action (widget_class, "win.new-task", NULL, new_task_action);
  gtk_widget_class_install_action (widget_class, "win.open-cohort", "s", open_cohort_action);
  gtk_widget_class_install_action (widget_class, "win.new-cohort", NULL, new_cohort_action);
}

void
_caseload_window_lists_dispose (CaseloadWindow *self)
{
  g_clear_pointer (&self->list_ids, g_ptr_array_unref);
  g_clear_object (&self->notifier);
}

GtkDropDown *
caseload_window_get_list_chooser (CaseloadWindow *self)
{
  g_return_val_if_fail (CASELOAD_IS_WINDOW (self), NULL);

  return self->list_dropdown;
}

GtkWidget *
caseload_window_get_case_pane (CaseloadWindow *self)
{
  g_return_val_if_fail (CASELOAD_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->case_pane);
}

GtkWidget *
caseload_window_get_groups_pane (CaseloadWindow *self)
{
  g_return_val_if_fail (CASELOAD_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->groups_pane);
}

GtkWidget *
caseload_window_get_cohort_page (CaseloadWindow *self)
{
  g_return_val_if_fail (CASELOAD_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->cohort_page);
}

GtkWidget *
caseload_window_get_task_pane (CaseloadWindow *self)
{
  g_return_val_if_fail (CASELOAD_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->task_pane);
}

const char *
caseload_window_get_count_text (CaseloadWindow *self)
{
  g_return_val_if_fail (CASELOAD_IS_WINDOW (self), NULL);

  return gtk_label_get_text (self->count_label);
}
