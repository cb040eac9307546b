/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-format.h"
#include "caseload-info-row.h"
#include "caseload-plan-sheet.h"

struct _CaseloadPlanSheet
{
  GtkWidget            parent_instance;

  GPtrArray           *goal_rows;   /* the rows added to goals_group */

  AdwPreferencesGroup *what_matters_group;
  AdwActionRow        *what_matters_row;
  AdwPreferencesGroup *strengths_group;
  AdwActionRow        *strengths_personal_row;
  AdwActionRow        *strengths_people_row;
  AdwActionRow        *strengths_community_row;
  AdwPreferencesGroup *goals_group;
  GtkWidget           *no_goals_row;
  AdwPreferencesGroup *staying_well_group;
  AdwActionRow        *warning_signs_row;
  AdwActionRow        *what_helps_row;
  AdwActionRow        *what_does_not_help_row;
  AdwActionRow        *who_to_contact_row;
  AdwPreferencesGroup *review_group;
  AdwActionRow        *review_row;
  GtkWidget           *review_icon;
};

G_DEFINE_FINAL_TYPE (CaseloadPlanSheet, caseload_plan_sheet, GTK_TYPE_WIDGET)

char *
caseload_plan_sheet_describe_by (CaseloadCoproductionKind  kind,
                                 const char               *person_name)
{
  switch (kind)
    {
    case CASELOAD_COPRODUCTION_PERSON_WROTE:
      /* Translators: a part of a support plan the person wrote themselves */
      return g_strdup_printf (_("Written by %s"), person_name);
    case CASELOAD_COPRODUCTION_PERSON_AGREED:
      /* Translators: a part of a support plan written with the person, who agreed it */
      return g_strdup_printf (_("Agreed with %s"), person_name);
    case CASELOAD_COPRODUCTION_NOT_RECORDED:
    default:
      return g_strdup (_("Not recorded yet"));
    }
}

char *
caseload_plan_sheet_describe_owner (CaseloadPlanAction *action,
                                    const char         *person_name)
{
  const char *name = caseload_plan_action_get_owner_name (action);

  if (name == NULL || *name == '\0')
    name = _("someone not named yet");

  switch (caseload_plan_action_get_owner_kind (action))
    {
    case CASELOAD_ACTION_OWNER_PERSON:
      return g_strdup (person_name);
    case CASELOAD_ACTION_OWNER_NETWORK:
      /* Translators: someone in the person's own network does an action, as in "Sam (their network)" */
      return g_strdup_printf (_("%s (their network)"), name);
    case CASELOAD_ACTION_OWNER_WORKER:
      /* Translators: a named worker does an action, as in "Adaeze Nwosu (worker)" */
      return g_strdup_printf (_("%s (worker)"), name);
    case CASELOAD_ACTION_OWNER_ORGANISATION:
    default:
      /* Translators: an organisation does an action, as in "Thurrock Mind (organisation)" */
      return g_strdup_printf (_("%s (organisation)"), name);
    }
}

static void
show_text (AdwActionRow *row,
           const char   *text)
{
  gboolean empty = text == NULL || *text == '\0';

  adw_action_row_set_subtitle (row, empty ? _("Not written yet") : text);
  if (empty)
    gtk_widget_add_css_class (GTK_WIDGET (row), "plan-text-empty");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "plan-text-empty");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  empty ? _("Not written yet") : text,
                                  -1);
}

static void
show_by (AdwPreferencesGroup      *group,
         CaseloadCoproductionKind  kind,
         const char               *person_name)
{
  g_autofree char *by = caseload_plan_sheet_describe_by (kind, person_name);

  adw_preferences_group_set_description (group, by);
}

static GtkWidget *
create_action_row (CaseloadPlanAction *action,
                   const char         *person_name)
{
  g_autofree char *owner = caseload_plan_sheet_describe_owner (action, person_name);
  g_autofree char *due = caseload_format_date (caseload_plan_action_get_due_on (action));
  g_autofree char *subtitle = NULL;
  gboolean done = caseload_plan_action_get_done (action);
  GtkWidget *row;
  GtkWidget *icon;

  if (done)
    /* Translators: who does an action in a plan, and by when, as in "Sam (their network) · by 3 Dec 2026 · Done" */
    subtitle = g_strdup_printf (_("%s · by %s · Done"), owner, due != NULL ? due : _("no date"));
  else
    /* Translators: who does an action in a plan, and by when, as in "Sam (their network) · by 3 Dec 2026" */
    subtitle = g_strdup_printf (_("%s · by %s"), owner, due != NULL ? due : _("no date"));

  row = caseload_info_row_new (caseload_plan_action_get_words (action), subtitle);

  icon = gtk_image_new_from_icon_name (done ? "object-select-symbolic" : "media-record-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  done ? _("Done") : _("To do"), -1);
  if (!done)
    gtk_widget_add_css_class (icon, "dim-label");
  caseload_info_row_add_prefix (row, icon);

  {
    /* Translators: the name screen readers give an action's row, as in "Action: Ring the gym. Sam (their network) · by 3 Dec 2026" */
    g_autofree char *name = g_strdup_printf (_("Action: %s. %s"), caseload_plan_action_get_words (action), subtitle);

    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  }

  return row;
}

static GtkWidget *
create_goal_row (CaseloadPlanGoal *goal,
                 const char       *person_name)
{
  GPtrArray *actions = caseload_plan_goal_get_actions (goal);
  g_autofree char *target = caseload_format_date (caseload_plan_goal_get_target_on (goal));
  g_autofree char *subtitle = NULL;
  g_autofree char *name = NULL;
  GtkWidget *row = adw_expander_row_new ();

  if (target != NULL)
    /* Translators: a goal's life area, target date and progress, as in "Leisure activities · by 1 Mar 2027 · Under way" */
    subtitle = g_strdup_printf (_("%s · by %s · %s"),
                                caseload_life_area_label (caseload_plan_goal_get_life_area (goal)), target,
                                caseload_goal_progress_label (caseload_plan_goal_get_progress (goal)));
  else
    /* Translators: a goal's life area and progress, as in "Leisure activities · Under way" */
    subtitle = g_strdup_printf (_("%s · %s"),
                                caseload_life_area_label (caseload_plan_goal_get_life_area (goal)),
                                caseload_goal_progress_label (caseload_plan_goal_get_progress (goal)));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), caseload_plan_goal_get_words (goal));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  adw_expander_row_set_icon_name (ADW_EXPANDER_ROW (row),
                                  caseload_plan_goal_get_progress (goal) == CASELOAD_GOAL_ACHIEVED
                                  ? "emblem-ok-symbolic" : "find-location-symbolic");

  /* Translators: the name screen readers give a goal's row, as in "Goal: Get back to swimming. Leisure activities · Under way" */
  name = g_strdup_printf (_("Goal: %s. %s"), caseload_plan_goal_get_words (goal), subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  for (guint i = 0; i < actions->len; i++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row), create_action_row (g_ptr_array_index (actions, i), person_name));

  if (actions->len == 0)
    {
      GtkWidget *none = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (none), _("No actions yet"));
      gtk_widget_add_css_class (none, "dim-label");
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), none);
    }

  return row;
}

static void
show_review (CaseloadPlanSheet *self,
             const char        *review_on,
             const GDate       *today)
{
  g_autofree char *when = caseload_format_date (review_on);
  gboolean overdue = FALSE;

  if (review_on != NULL && today != NULL)
    {
      GDate date;

      if (caseload_parse_date (review_on, &date, NULL))
        overdue = g_date_compare (&date, today) < 0;
    }

  if (when == NULL)
    adw_action_row_set_subtitle (self->review_row, _("No review date set"));
  else if (overdue)
    {
      /* Translators: the plan's review date has passed, as in "Overdue — due 3 Nov 2026" */
      g_autofree char *text = g_strdup_printf (_("Overdue — due %s"), when);

      adw_action_row_set_subtitle (self->review_row, text);
    }
  else
    adw_action_row_set_subtitle (self->review_row, when);

  gtk_widget_set_visible (self->review_icon, overdue);
  if (overdue)
    gtk_widget_add_css_class (GTK_WIDGET (self->review_row), "overdue");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->review_row), "overdue");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->review_row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  adw_action_row_get_subtitle (self->review_row), -1);
}

void
caseload_plan_sheet_show (CaseloadPlanSheet *self,
                          CaseloadPlan      *plan,
                          const char        *person_name,
                          const GDate       *today)
{
  GPtrArray *goals;

  g_return_if_fail (CASELOAD_IS_PLAN_SHEET (self));
  g_return_if_fail (CASELOAD_IS_PLAN (plan));

  if (person_name == NULL || *person_name == '\0')
    person_name = _("the person");

  show_text (self->what_matters_row, caseload_plan_get_what_matters (plan));
  show_by (self->what_matters_group, caseload_plan_get_what_matters_by (plan), person_name);

  show_text (self->strengths_personal_row, caseload_plan_get_strengths_personal (plan));
  show_text (self->strengths_people_row, caseload_plan_get_strengths_people (plan));
  show_text (self->strengths_community_row, caseload_plan_get_strengths_community (plan));
  show_by (self->strengths_group, caseload_plan_get_strengths_by (plan), person_name);

  for (guint i = 0; i < self->goal_rows->len; i++)
    adw_preferences_group_remove (self->goals_group, g_ptr_array_index (self->goal_rows, i));
  g_ptr_array_set_size (self->goal_rows, 0);

  goals = caseload_plan_get_goals (plan);
  for (guint i = 0; i < goals->len; i++)
    {
      GtkWidget *row = create_goal_row (g_ptr_array_index (goals, i), person_name);

      adw_preferences_group_add (self->goals_group, row);
      g_ptr_array_add (self->goal_rows, row);
    }
  gtk_widget_set_visible (self->no_goals_row, goals->len == 0);
  show_by (self->goals_group, caseload_plan_get_goals_by (plan), person_name);

  show_text (self->warning_signs_row, caseload_plan_get_warning_signs (plan));
  show_text (self->what_helps_row, caseload_plan_get_what_helps (plan));
  show_text (self->what_does_not_help_row, caseload_plan_get_what_does_not_help (plan));
  show_text (self->who_to_contact_row, caseload_plan_get_who_to_contact (plan));
  show_by (self->staying_well_group, caseload_plan_get_staying_well_by (plan), person_name);

  show_review (self, caseload_plan_get_review_on (plan), today);
}

static void
caseload_plan_sheet_dispose (GObject *object)
{
  CaseloadPlanSheet *self = CASELOAD_PLAN_SHEET (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_PLAN_SHEET);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->goal_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (caseload_plan_sheet_parent_class)->dispose (object);
}

static void
caseload_plan_sheet_class_init (CaseloadPlanSheetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_plan_sheet_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pcnmh/Caseload/caseload-plan-sheet.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadPlanSheet, what_matters_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPlanSheet, what_matters_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPlanSheet, strengths_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPlanSheet, strengths_personal_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPlanSheet, strengths_people_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPlanSheet, strengths_community_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPlanSheet, goals_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPlanSheet, no_goals_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPlanSheet, staying_well_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPlanSheet, warning_signs_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPlanSheet, what_helps_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPlanSheet, what_does_not_help_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPlanSheet, who_to_contact_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPlanSheet, review_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPlanSheet, review_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPlanSheet, review_icon);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
caseload_plan_sheet_init (CaseloadPlanSheet *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->goal_rows = g_ptr_array_new ();
}

GtkWidget *
caseload_plan_sheet_new (void)
{
  return g_object_new (CASELOAD_TYPE_PLAN_SHEET, NULL);
}
