/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "caseload-plan-action.h"
#include "caseload-plan-goal.h"
#include "caseload-plan-private.h"
#include "caseload-validate-plan.h"

/* The checks on a support plan (the header says which). Dates are stored as ISO dates and
 * shown in messages as dd/mm/yyyy. */

static gboolean
blank (const char *text)
{
  g_autofree char *copy = g_strdup (text);

  return copy == NULL || g_strstrip (copy)[0] == '\0';
}

/* dd/mm/yyyy, as the forms show dates. */
static char *
show_date (const GDate *date)
{
  g_autofree char *iso = caseload_date_to_iso (date);

  return caseload_date_iso_to_display (iso);
}

/* A goal's or action's words: @missing when there are none. */
static void
check_words (GPtrArray  *problems,
             const char *kind,
             const char *id,
             const char *words,
             const char *label,
             const char *missing)
{
  g_autofree char *key = g_strdup_printf ("%s:%s:words", kind, id);

  if (blank (words))
    caseload_field_errors_add (problems, key, missing);
  else
    caseload_field_errors_check_text (problems, key, label, words, TRUE, CASELOAD_MAX_LONG_TEXT);
}

/* The free-text sections of the plan, each within CASELOAD_MAX_PLAN_TEXT. */
static void
check_sections (GPtrArray    *problems,
                CaseloadPlan *plan)
{
  const CaseloadPlanField *fields;
  guint n_fields;

  fields = caseload_plan_fields (CASELOAD_PLAN_PART_PLAN, &n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *value = NULL;

      if (fields[i].kind != CASELOAD_PLAN_FIELD_TEXT)
        continue;
      g_object_get (plan, fields[i].property, &value, NULL);
      caseload_field_errors_check_text (problems, fields[i].property, _(fields[i].label), value,
                                        FALSE, CASELOAD_MAX_PLAN_TEXT);
    }
}

static void
check_action (GPtrArray          *problems,
              CaseloadPlanAction *action)
{
  const char *id = caseload_plan_action_get_id (action);
  g_autofree char *owner_key = g_strdup_printf ("action:%s:owner", id);
  g_autofree char *due_key = g_strdup_printf ("action:%s:due-on", id);
  CaseloadActionOwnerKind kind = caseload_plan_action_get_owner_kind (action);
  const char *owner = NULL;
  GDate due;

  check_words (problems, "action", id, caseload_plan_action_get_words (action), _("The action"),
               _("Write what will be done."));

  if (kind == CASELOAD_ACTION_OWNER_NETWORK)
    owner = caseload_plan_action_get_owner_name (action);
  else if (kind == CASELOAD_ACTION_OWNER_WORKER)
    owner = caseload_plan_action_get_owner_staff_id (action);
  else if (kind == CASELOAD_ACTION_OWNER_ORGANISATION)
    owner = caseload_plan_action_get_owner_organisation_id (action);

  if (kind != CASELOAD_ACTION_OWNER_PERSON && blank (owner))
    caseload_field_errors_add (problems, owner_key, _("Choose who will do this action."));
  else if (kind == CASELOAD_ACTION_OWNER_NETWORK)
    caseload_field_errors_check_text (problems, owner_key, _("Who does it"), owner, TRUE, CASELOAD_MAX_NAME);

  caseload_field_errors_check_date (problems, due_key, _("Due date"), caseload_plan_action_get_due_on (action),
                                    _("Choose when this action is due."), &due);
}

static void
check_goal (GPtrArray        *problems,
            CaseloadPlanGoal *goal)
{
  const char *id = caseload_plan_goal_get_id (goal);
  g_autofree char *target_key = g_strdup_printf ("goal:%s:target-on", id);
  GPtrArray *actions = caseload_plan_goal_get_actions (goal);
  GDate target;

  check_words (problems, "goal", id, caseload_plan_goal_get_words (goal), _("The goal"),
               _("Write the goal in the person’s words."));

  caseload_field_errors_check_date (problems, target_key, _("Target date"), caseload_plan_goal_get_target_on (goal),
                                    NULL, &target);

  for (guint i = 0; i < actions->len; i++)
    check_action (problems, g_ptr_array_index (actions, i));
}

static void
check_copy (GPtrArray    *problems,
            CaseloadPlan *plan,
            const GDate  *today)
{
  const char *language = caseload_plan_get_copy_language (plan);
  GDate given;

  if (caseload_plan_get_copy_format (plan) == CASELOAD_COPY_TRANSLATED && blank (language))
    caseload_field_errors_add (problems, "copy-language", _("Say which language the copy was translated into."));
  else
    caseload_field_errors_check_text (problems, "copy-language", _("Language"), language, FALSE,
                                      CASELOAD_MAX_SHORT_TEXT);

  if (caseload_field_errors_check_date (problems, "copy-given-on", _("Copy given on"),
                                        caseload_plan_get_copy_given_on (plan), NULL, &given) &&
      g_date_compare (&given, today) > 0)
    {
      g_autofree char *shown = show_date (&given);
      g_autofree char *message = NULL;

      /* TRANSLATORS: "The copy date 01/01/2027 is in the future: choose today or earlier." */
      message = g_strdup_printf (_("The copy date %s is in the future: choose today or earlier."), shown);
      caseload_field_errors_add (problems, "copy-given-on", message);
    }
}

static void
check_review (GPtrArray    *problems,
              CaseloadPlan *plan,
              const char   *previous_review_on,
              const GDate  *today)
{
  const char *review_on = caseload_plan_get_review_on (plan);
  GDate review, previous;

  if (!caseload_field_errors_check_date (problems, "review-on", _("Review date"), review_on, NULL, &review) ||
      g_date_compare (&review, today) >= 0)
    return;

  /* An overdue review stays as it was while the plan is changed for other reasons. */
  if (!blank (previous_review_on) && caseload_parse_date (previous_review_on, &previous, NULL) &&
      g_date_compare (&review, &previous) == 0)
    return;

  {
    g_autofree char *shown = show_date (&review);
    g_autofree char *message = NULL;

    /* TRANSLATORS: "The review date 01/01/2026 is in the past: choose today or later." */
    message = g_strdup_printf (_("The review date %s is in the past: choose today or later."), shown);
    caseload_field_errors_add (problems, "review-on", message);
  }
}

/**
 * caseload_plan_check:
 * @plan: the plan about to be saved
 * @previous_review_on: (nullable): the review date of the version it was read at
 * @today: today's date
 *
 * Returns: (transfer container) (element-type CaseloadFieldError): the problems
 */
GPtrArray *
caseload_plan_check (CaseloadPlan *plan,
                     const char   *previous_review_on,
                     const GDate  *today)
{
  g_autoptr(GPtrArray) problems = NULL;
  GPtrArray *goals;

  g_return_val_if_fail (CASELOAD_IS_PLAN (plan), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  problems = caseload_field_errors_new ();

  check_sections (problems, plan);

  goals = caseload_plan_get_goals (plan);
  for (guint i = 0; i < goals->len; i++)
    check_goal (problems, g_ptr_array_index (goals, i));

  check_review (problems, plan, previous_review_on, today);
  check_copy (problems, plan, today);

  return g_steal_pointer (&problems);
}
