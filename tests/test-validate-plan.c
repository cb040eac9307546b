/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "caseload-plan-action.h"
#include "caseload-plan-goal.h"
#include "caseload-validate-plan.h"

/* Every case starts from a plan that passes, changes a few properties of the plan, its
 * goal "g1" or one of its actions ("a1" the person's, "a2" a network member's, "a3" a
 * worker's, "a4" an organisation's), and expects either no problem or exactly one, on the
 * field named, with a message containing the text given. Today is 22 November 2026. */

#define LONG "#long:"   /* "#long:N": N characters */

typedef struct {
  const char *name;
  int         value;
} Number;

typedef struct {
  const char *name;
  const char *target;       /* NULL: the plan; "g1" the goal; "a1"…"a4" an action */
  const char *text[6];      /* property, value (NULL clears it), … */
  Number      numbers[2];   /* enum properties */
  const char *previous;     /* the review date the plan was read with */
  const char *field;        /* NULL: no problem */
  const char *message;
} Case;

static const Case cases[] = {
  { "passes", NULL, { NULL }, { { NULL } }, NULL, NULL, NULL },

  /* Goals. */
  { "goal/no-words", "g1", { "words", NULL }, { { NULL } }, NULL,
    "goal:g1:words", "Write the goal in the person’s words." },
  { "goal/blank-words", "g1", { "words", "   " }, { { NULL } }, NULL,
    "goal:g1:words", "Write the goal in the person’s words." },
  { "goal/words-too-long", "g1", { "words", LONG "2001" }, { { NULL } }, NULL,
    "goal:g1:words", "The goal is too long: 2001 characters, the limit is 2000" },
  { "goal/words-at-limit", "g1", { "words", LONG "2000" }, { { NULL } }, NULL, NULL, NULL },
  { "goal/target-not-a-date", "g1", { "target-on", "by summer" }, { { NULL } }, NULL,
    "goal:g1:target-on", "Target date “by summer” is not a date: write it as dd/mm/yyyy." },
  { "goal/no-target", "g1", { "target-on", NULL }, { { NULL } }, NULL, NULL, NULL },
  { "goal/target-in-past", "g1", { "target-on", "2026-01-01" }, { { NULL } }, NULL, NULL, NULL },

  /* Actions. */
  { "action/no-words", "a1", { "words", NULL }, { { NULL } }, NULL,
    "action:a1:words", "Write what will be done." },
  { "action/words-too-long", "a1", { "words", LONG "2001" }, { { NULL } }, NULL,
    "action:a1:words", "The action is too long" },
  { "action/network-no-name", "a2", { "owner-name", "  " }, { { NULL } }, NULL,
    "action:a2:owner", "Choose who will do this action." },
  { "action/network-name-too-long", "a2", { "owner-name", LONG "101" }, { { NULL } }, NULL,
    "action:a2:owner", "Who does it is too long" },
  { "action/worker-no-staff", "a3", { "owner-staff-id", NULL }, { { NULL } }, NULL,
    "action:a3:owner", "Choose who will do this action." },
  { "action/organisation-no-id", "a4", { "owner-organisation-id", NULL }, { { NULL } }, NULL,
    "action:a4:owner", "Choose who will do this action." },
  { "action/person-needs-no-name", "a2", { "owner-name", NULL },
    { { "owner-kind", CASELOAD_ACTION_OWNER_PERSON } }, NULL, NULL, NULL },
  { "action/worker-chosen", "a1", { "owner-staff-id", "s9" },
    { { "owner-kind", CASELOAD_ACTION_OWNER_WORKER } }, NULL, NULL, NULL },
  { "action/became-worker-without-one", "a2", { NULL },
    { { "owner-kind", CASELOAD_ACTION_OWNER_WORKER } }, NULL,
    "action:a2:owner", "Choose who will do this action." },
  { "action/no-due", "a1", { "due-on", NULL }, { { NULL } }, NULL,
    "action:a1:due-on", "Choose when this action is due." },
  { "action/due-not-a-date", "a1", { "due-on", "next week" }, { { NULL } }, NULL,
    "action:a1:due-on", "Due date “next week” is not a date: write it as dd/mm/yyyy." },
  { "action/due-in-past", "a1", { "due-on", "2026-01-01" }, { { NULL } }, NULL, NULL, NULL },

  /* The review date. */
  { "review/past", NULL, { "review-on", "2026-01-01" }, { { NULL } }, NULL,
    "review-on", "The review date 01/01/2026 is in the past: choose today or later." },
  { "review/yesterday", NULL, { "review-on", "2026-11-21" }, { { NULL } }, "2026-12-01",
    "review-on", "The review date 21/11/2026 is in the past" },
  { "review/today", NULL, { "review-on", "2026-11-22" }, { { NULL } }, NULL, NULL, NULL },
  { "review/past-unchanged", NULL, { "review-on", "2026-01-01" }, { { NULL } }, "2026-01-01", NULL, NULL },
  { "review/none", NULL, { "review-on", NULL }, { { NULL } }, NULL, NULL, NULL },
  { "review/not-a-date", NULL, { "review-on", "soon" }, { { NULL } }, NULL,
    "review-on", "Review date “soon” is not a date" },

  /* The person's copy. */
  { "copy/translated-no-language", NULL, { "copy-given-on", "2026-11-20" },
    { { "copy-format", CASELOAD_COPY_TRANSLATED } }, NULL,
    "copy-language", "Say which language the copy was translated into." },
  { "copy/translated", NULL, { "copy-given-on", "2026-11-20", "copy-language", "Polish" },
    { { "copy-format", CASELOAD_COPY_TRANSLATED } }, NULL, NULL, NULL },
  { "copy/language-too-long", NULL, { "copy-language", LONG "61" },
    { { "copy-format", CASELOAD_COPY_TRANSLATED } }, NULL, "copy-language", "Language is too long" },
  { "copy/printed", NULL, { "copy-given-on", "2026-11-22" },
    { { "copy-format", CASELOAD_COPY_PRINTED } }, NULL, NULL, NULL },
  { "copy/future", NULL, { "copy-given-on", "2026-11-23" },
    { { "copy-format", CASELOAD_COPY_PRINTED } }, NULL,
    "copy-given-on", "The copy date 23/11/2026 is in the future: choose today or earlier." },
  { "copy/not-a-date", NULL, { "copy-given-on", "Tuesday" }, { { NULL } }, NULL,
    "copy-given-on", "Copy given on “Tuesday” is not a date" },

  /* The sections' text. */
  { "text/what-matters-at-limit", NULL, { "what-matters", LONG "20000" }, { { NULL } }, NULL, NULL, NULL },
  { "text/what-matters-too-long", NULL, { "what-matters", LONG "20001" }, { { NULL } }, NULL,
    "what-matters", "What matters to me is too long: 20001 characters, the limit is 20000" },
  { "text/strengths-too-long", NULL, { "strengths-community", LONG "20001" }, { { NULL } }, NULL,
    "strengths-community", "Groups and community is too long" },
  { "text/who-to-contact-too-long", NULL, { "who-to-contact", LONG "20001" }, { { NULL } }, NULL,
    "who-to-contact", "Who to contact is too long" },
};

static CaseloadPlanAction *
add_action (CaseloadPlanGoal        *goal,
            const char              *id,
            CaseloadActionOwnerKind  kind)
{
  CaseloadPlanAction *action = caseload_plan_action_new ();

  caseload_plan_action_set_id (action, id);
  caseload_plan_action_set_words (action, "Find the pool timetable");
  caseload_plan_action_set_owner_kind (action, kind);
  caseload_plan_action_set_due_on (action, "2026-12-15");
  g_ptr_array_add (caseload_plan_goal_get_actions (goal), action);
  return action;
}

static CaseloadPlan *
plan_that_passes (void)
{
  CaseloadPlan *plan = caseload_plan_new ();
  CaseloadPlanGoal *goal = caseload_plan_goal_new ();

  caseload_plan_set_person_id (plan, "p1");
  caseload_plan_set_what_matters (plan, "My children and my allotment");
  caseload_plan_set_who_to_contact (plan, "My sister Jo; NHS 111, option 2");
  caseload_plan_set_review_on (plan, "2027-02-22");

  caseload_plan_goal_set_id (goal, "g1");
  caseload_plan_goal_set_words (goal, "Get back to swimming");
  caseload_plan_goal_set_target_on (goal, "2027-02-01");
  g_ptr_array_add (caseload_plan_get_goals (plan), goal);

  add_action (goal, "a1", CASELOAD_ACTION_OWNER_PERSON);
  caseload_plan_action_set_owner_name (add_action (goal, "a2", CASELOAD_ACTION_OWNER_NETWORK), "Jo");
  caseload_plan_action_set_owner_staff_id (add_action (goal, "a3", CASELOAD_ACTION_OWNER_WORKER), "s1");
  caseload_plan_action_set_owner_organisation_id (add_action (goal, "a4", CASELOAD_ACTION_OWNER_ORGANISATION), "o2");

  return plan;
}

static GObject *
find_target (CaseloadPlan *plan,
             const char   *target)
{
  CaseloadPlanGoal *goal = g_ptr_array_index (caseload_plan_get_goals (plan), 0);
  GPtrArray *actions = caseload_plan_goal_get_actions (goal);

  if (target == NULL)
    return G_OBJECT (plan);
  if (g_str_equal (target, "g1"))
    return G_OBJECT (goal);

  for (guint i = 0; i < actions->len; i++)
    if (g_str_equal (caseload_plan_action_get_id (g_ptr_array_index (actions, i)), target))
      return g_ptr_array_index (actions, i);

  g_assert_not_reached ();
}

static void
get_today (GDate *today)
{
  g_date_clear (today, 1);
  g_date_set_dmy (today, 22, G_DATE_NOVEMBER, 2026);
}

static void
test_case (gconstpointer data)
{
  const Case *test = data;
  g_autoptr(CaseloadPlan) plan = plan_that_passes ();
  g_autoptr(GPtrArray) problems = NULL;
  GObject *target = find_target (plan, test->target);
  GDate today;

  for (guint i = 0; i < G_N_ELEMENTS (test->text) && test->text[i] != NULL; i += 2)
    {
      const char *value = test->text[i + 1];
      g_autofree char *made = NULL;

      if (value != NULL && g_str_has_prefix (value, LONG))
        value = made = g_strnfill (g_ascii_strtoull (value + strlen (LONG), NULL, 10), 'x');
      g_object_set (target, test->text[i], value, NULL);
    }
  for (guint i = 0; i < G_N_ELEMENTS (test->numbers) && test->numbers[i].name != NULL; i++)
    g_object_set (target, test->numbers[i].name, test->numbers[i].value, NULL);

  get_today (&today);
  problems = caseload_plan_check (plan, test->previous, &today);

  if (test->field == NULL)
    {
      for (guint i = 0; i < problems->len; i++)
        {
          const CaseloadFieldError *problem = g_ptr_array_index (problems, i);

          g_test_message ("unexpected: %s: %s", problem->field, problem->message);
        }
      g_assert_cmpuint (problems->len, ==, 0);
    }
  else
    {
      const CaseloadFieldError *problem;

      g_assert_cmpuint (problems->len, ==, 1);
      problem = g_ptr_array_index (problems, 0);
      g_assert_cmpstr (problem->field, ==, test->field);
      if (strstr (problem->message, test->message) == NULL)
        g_error ("“%s” does not contain “%s”", problem->message, test->message);
    }
}

/* Every goal and action at fault has its own message, beside its own row. */
static void
test_each_row (void)
{
  g_autoptr(CaseloadPlan) plan = plan_that_passes ();
  g_autoptr(CaseloadPlanGoal) second = caseload_plan_goal_new ();
  g_autoptr(GPtrArray) problems = NULL;
  CaseloadPlanAction *action;
  GDate today;

  caseload_plan_goal_set_id (second, "g2");
  action = add_action (second, "a5", CASELOAD_ACTION_OWNER_NETWORK);
  caseload_plan_action_set_due_on (action, NULL);
  g_ptr_array_add (caseload_plan_get_goals (plan), g_object_ref (second));
  caseload_plan_goal_set_words (CASELOAD_PLAN_GOAL (find_target (plan, "g1")), NULL);

  get_today (&today);
  problems = caseload_plan_check (plan, NULL, &today);
  g_assert_cmpuint (problems->len, ==, 4);
  g_assert_cmpstr (((CaseloadFieldError *) g_ptr_array_index (problems, 0))->field, ==, "goal:g1:words");
  g_assert_cmpstr (((CaseloadFieldError *) g_ptr_array_index (problems, 1))->field, ==, "goal:g2:words");
  g_assert_cmpstr (((CaseloadFieldError *) g_ptr_array_index (problems, 2))->field, ==, "action:a5:owner");
  g_assert_cmpstr (((CaseloadFieldError *) g_ptr_array_index (problems, 3))->field, ==, "action:a5:due-on");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/validate-plan/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/validate-plan/each-row", test_each_row);

  return g_test_run ();
}
