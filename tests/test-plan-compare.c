/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "caseload-error.h"
#include "caseload-plan.h"
#include "caseload-plan-action.h"
#include "caseload-plan-compare.h"
#include "caseload-plan-goal.h"

/* Every case starts from the same plan, version 3: what matters, strengths, two goals
 * ("g1" with actions "a1" and "a2", "g2" with "a3"), staying well and a review date. */

static CaseloadPlanGoal *
add_goal (CaseloadPlan *plan,
          const char   *id,
          const char   *words)
{
  CaseloadPlanGoal *goal = caseload_plan_goal_new ();

  caseload_plan_goal_set_id (goal, id);
  caseload_plan_goal_set_words (goal, words);
  g_ptr_array_add (caseload_plan_get_goals (plan), goal);
  return goal;
}

static CaseloadPlanAction *
add_action (CaseloadPlanGoal *goal,
            const char       *id,
            const char       *words)
{
  CaseloadPlanAction *action = caseload_plan_action_new ();

  caseload_plan_action_set_id (action, id);
  caseload_plan_action_set_words (action, words);
  caseload_plan_action_set_due_on (action, "2027-01-15");
  g_ptr_array_add (caseload_plan_goal_get_actions (goal), action);
  return action;
}

static CaseloadPlanGoal *
goal_at (CaseloadPlan *plan,
         guint         index)
{
  GPtrArray *goals = caseload_plan_get_goals (plan);

  g_assert_cmpuint (index, <, goals->len);
  return g_ptr_array_index (goals, index);
}

static CaseloadPlanGoal *
find_goal (CaseloadPlan *plan,
           const char   *id)
{
  GPtrArray *goals = caseload_plan_get_goals (plan);

  for (guint i = 0; i < goals->len; i++)
    if (g_str_equal (caseload_plan_goal_get_id (g_ptr_array_index (goals, i)), id))
      return g_ptr_array_index (goals, i);

  return NULL;
}

static CaseloadPlanAction *
action_at (CaseloadPlanGoal *goal,
           guint             index)
{
  GPtrArray *actions = caseload_plan_goal_get_actions (goal);

  g_assert_cmpuint (index, <, actions->len);
  return g_ptr_array_index (actions, index);
}

static CaseloadPlan *
base_plan (void)
{
  CaseloadPlan *plan = caseload_plan_new ();
  CaseloadPlanGoal *goal;
  CaseloadPlanAction *action;

  caseload_plan_set_id (plan, "v3");
  caseload_plan_set_person_id (plan, "p1");
  caseload_plan_set_version (plan, 3);
  caseload_plan_set_what_matters (plan, "My children and my allotment");
  caseload_plan_set_what_matters_by (plan, CASELOAD_COPRODUCTION_PERSON_WROTE);
  caseload_plan_set_strengths_personal (plan, "I keep going");
  caseload_plan_set_strengths_people (plan, "My sister Jo");

  goal = add_goal (plan, "g1", "Get back to swimming");
  caseload_plan_goal_set_life_area (goal, CASELOAD_LIFE_AREA_LEISURE);
  caseload_plan_goal_set_target_on (goal, "2027-02-01");
  add_action (goal, "a1", "Find the pool timetable");
  action = add_action (goal, "a2", "Go with me the first time");
  caseload_plan_action_set_owner_kind (action, CASELOAD_ACTION_OWNER_NETWORK);
  caseload_plan_action_set_owner_name (action, "Jo");

  goal = add_goal (plan, "g2", "Sleep better");
  caseload_plan_goal_set_life_area (goal, CASELOAD_LIFE_AREA_MENTAL_HEALTH);
  action = add_action (goal, "a3", "Talk to the GP about sleep");
  caseload_plan_action_set_owner_kind (action, CASELOAD_ACTION_OWNER_WORKER);
  caseload_plan_action_set_owner_staff_id (action, "s1");
  caseload_plan_action_set_owner_name (action, "Dr Okafor");

  caseload_plan_set_warning_signs (plan, "Not answering the phone");
  caseload_plan_set_who_to_contact (plan, "Jo; NHS 111, option 2");
  caseload_plan_set_review_on (plan, "2027-03-01");
  return plan;
}

/* The plan saved by someone else: base, one version on. */
static CaseloadPlan *
their_plan (CaseloadPlan *base)
{
  CaseloadPlan *theirs = caseload_plan_copy (base);

  caseload_plan_set_id (theirs, "v4");
  caseload_plan_set_version (theirs, 4);
  return theirs;
}

static const CaseloadPlanChange *
find_change (GPtrArray  *changes,
             const char *key,
             guint      *index)
{
  for (guint i = 0; i < changes->len; i++)
    {
      const CaseloadPlanChange *change = g_ptr_array_index (changes, i);

      if (g_str_equal (change->key, key))
        {
          if (index != NULL)
            *index = i;
          return change;
        }
    }

  g_error ("no change “%s” among %u", key, changes->len);
}

static void
assert_change (GPtrArray              *changes,
               const char             *key,
               CaseloadPlanChangeKind  kind,
               const char             *section,
               const char             *field,
               const char             *before,
               const char             *after)
{
  const CaseloadPlanChange *change = find_change (changes, key, NULL);

  g_assert_cmpint (change->kind, ==, kind);
  g_assert_cmpstr (change->section, ==, section);
  g_assert_cmpstr (change->field, ==, field);
  g_assert_cmpstr (change->before, ==, before);
  g_assert_cmpstr (change->after, ==, after);
}

static guint
change_index (GPtrArray  *changes,
              const char *key)
{
  guint index = 0;

  find_change (changes, key, &index);
  return index;
}

static const CaseloadPlanConflict *
find_conflict (GPtrArray  *conflicts,
               const char *key)
{
  for (guint i = 0; i < conflicts->len; i++)
    {
      const CaseloadPlanConflict *conflict = g_ptr_array_index (conflicts, i);

      if (g_str_equal (conflict->key, key))
        return conflict;
    }

  g_error ("no conflict “%s” among %u", key, conflicts->len);
}

/* The text form. */

static void
test_text_round_trip (void)
{
  g_autoptr(CaseloadPlan) plan = base_plan ();
  g_autoptr(CaseloadPlan) read = caseload_plan_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  CaseloadPlanGoal *goal;
  CaseloadPlanAction *action;

  caseload_plan_set_strengths_community (plan, "The allotment society");
  caseload_plan_set_strengths_by (plan, CASELOAD_COPRODUCTION_PERSON_AGREED);
  caseload_plan_set_goals_by (plan, CASELOAD_COPRODUCTION_PERSON_WROTE);
  caseload_plan_set_what_helps (plan, "A walk");
  caseload_plan_set_what_does_not_help (plan, "Being told to cheer up");
  caseload_plan_set_staying_well_by (plan, CASELOAD_COPRODUCTION_PERSON_AGREED);
  caseload_plan_set_copy_given_on (plan, "2026-11-20");
  caseload_plan_set_copy_format (plan, CASELOAD_COPY_TRANSLATED);
  caseload_plan_set_copy_language (plan, "Polish");
  caseload_plan_goal_set_progress (goal_at (plan, 0), CASELOAD_GOAL_UNDER_WAY);
  action = action_at (goal_at (plan, 1), 0);
  caseload_plan_action_set_done (action, TRUE);
  caseload_plan_action_set_owner_kind (action, CASELOAD_ACTION_OWNER_ORGANISATION);
  caseload_plan_action_set_owner_organisation_id (action, "o2");

  text = caseload_plan_to_text (plan);
  g_assert_true (caseload_plan_set_from_text (read, text, &error));
  g_assert_no_error (error);
  again = caseload_plan_to_text (read);
  g_assert_cmpstr (again, ==, text);

  g_assert_cmpstr (caseload_plan_get_what_matters (read), ==, "My children and my allotment");
  g_assert_cmpint (caseload_plan_get_strengths_by (read), ==, CASELOAD_COPRODUCTION_PERSON_AGREED);
  g_assert_cmpint (caseload_plan_get_copy_format (read), ==, CASELOAD_COPY_TRANSLATED);
  g_assert_cmpstr (caseload_plan_get_copy_language (read), ==, "Polish");
  g_assert_cmpstr (caseload_plan_get_review_on (read), ==, "2027-03-01");
  g_assert_cmpuint (caseload_plan_get_goals (read)->len, ==, 2);
  goal = goal_at (read, 0);
  g_assert_cmpstr (caseload_plan_goal_get_id (goal), ==, "g1");
  g_assert_cmpint (caseload_plan_goal_get_life_area (goal), ==, CASELOAD_LIFE_AREA_LEISURE);
  g_assert_cmpint (caseload_plan_goal_get_progress (goal), ==, CASELOAD_GOAL_UNDER_WAY);
  g_assert_cmpstr (caseload_plan_goal_get_target_on (goal), ==, "2027-02-01");
  g_assert_cmpuint (caseload_plan_goal_get_actions (goal)->len, ==, 2);
  action = action_at (goal, 1);
  g_assert_cmpstr (caseload_plan_action_get_id (action), ==, "a2");
  g_assert_cmpint (caseload_plan_action_get_owner_kind (action), ==, CASELOAD_ACTION_OWNER_NETWORK);
  g_assert_cmpstr (caseload_plan_action_get_owner_name (action), ==, "Jo");
  g_assert_false (caseload_plan_action_get_done (action));
  action = action_at (goal_at (read, 1), 0);
  g_assert_true (caseload_plan_action_get_done (action));
  g_assert_cmpint (caseload_plan_action_get_owner_kind (action), ==, CASELOAD_ACTION_OWNER_ORGANISATION);
  g_assert_cmpstr (caseload_plan_action_get_owner_organisation_id (action), ==, "o2");
  g_assert_cmpstr (caseload_plan_action_get_owner_staff_id (action), ==, "s1");
  g_assert_cmpstr (caseload_plan_action_get_due_on (action), ==, "2027-01-15");

  /* Read back, nothing differs. */
  changes = caseload_plan_diff (plan, read);
  g_assert_cmpuint (changes->len, ==, 0);
}

static void
test_text_bad (void)
{
  g_autoptr(CaseloadPlan) plan = caseload_plan_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (caseload_plan_set_from_text (plan, "{'goals-by': <'someone'>}", &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_STORAGE);
  g_clear_error (&error);
  g_assert_false (caseload_plan_set_from_text (plan, "not a plan", &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_STORAGE);
  g_clear_error (&error);

  /* Unknown keys are ignored: a newer plan reads in an older build. */
  g_assert_true (caseload_plan_set_from_text (plan, "{'what-matters': <'Music'>, 'mood-ring': <'blue'>}", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (caseload_plan_get_what_matters (plan), ==, "Music");
}

/* Differences. */

static void
test_diff_same (void)
{
  g_autoptr(CaseloadPlan) before = base_plan ();
  g_autoptr(CaseloadPlan) after = their_plan (before);
  g_autoptr(GPtrArray) changes = caseload_plan_diff (before, after);

  /* The version and id are not content. */
  g_assert_cmpuint (changes->len, ==, 0);
}

static void
test_diff_sections (void)
{
  g_autoptr(CaseloadPlan) before = base_plan ();
  g_autoptr(CaseloadPlan) after = their_plan (before);
  g_autoptr(GPtrArray) changes = NULL;

  caseload_plan_set_what_matters (after, "My children, my allotment and my dog");
  caseload_plan_set_what_matters_by (after, CASELOAD_COPRODUCTION_PERSON_AGREED);
  caseload_plan_set_strengths_people (after, NULL);
  caseload_plan_set_strengths_community (after, "The allotment society");
  caseload_plan_set_review_on (after, "2027-04-01");
  caseload_plan_set_warning_signs (after, "");   /* empty is none */
  caseload_plan_set_copy_format (after, CASELOAD_COPY_READ_ALOUD);

  changes = caseload_plan_diff (before, after);
  g_assert_cmpuint (changes->len, ==, 7);
  assert_change (changes, "what-matters", CASELOAD_PLAN_CHANGE_CHANGED, "What matters to me", "What matters to me",
                 "My children and my allotment", "My children, my allotment and my dog");
  assert_change (changes, "what-matters-by", CASELOAD_PLAN_CHANGE_CHANGED, "What matters to me", "Who wrote it",
                 "Written by the person", "Agreed with the person");
  assert_change (changes, "strengths-people", CASELOAD_PLAN_CHANGE_REMOVED, "My strengths", "People around me",
                 "My sister Jo", NULL);
  assert_change (changes, "strengths-community", CASELOAD_PLAN_CHANGE_ADDED, "My strengths", "Groups and community",
                 NULL, "The allotment society");
  assert_change (changes, "warning-signs", CASELOAD_PLAN_CHANGE_REMOVED, "Staying well and crisis", "Warning signs",
                 "Not answering the phone", NULL);
  assert_change (changes, "review-on", CASELOAD_PLAN_CHANGE_CHANGED, "Review", "Review date",
                 "01/03/2027", "01/04/2027");
  assert_change (changes, "copy-format", CASELOAD_PLAN_CHANGE_CHANGED, "The person’s copy", "How it was given",
                 "Not given yet", "Read aloud");

  /* In reading order. */
  g_assert_cmpuint (change_index (changes, "what-matters"), <, change_index (changes, "strengths-people"));
  g_assert_cmpuint (change_index (changes, "strengths-community"), <, change_index (changes, "warning-signs"));
  g_assert_cmpuint (change_index (changes, "warning-signs"), <, change_index (changes, "review-on"));
}

static void
test_diff_goals (void)
{
  g_autoptr(CaseloadPlan) before = base_plan ();
  g_autoptr(CaseloadPlan) after = their_plan (before);
  g_autoptr(GPtrArray) changes = NULL;
  CaseloadPlanGoal *goal = goal_at (after, 0);
  CaseloadPlanGoal *added;

  caseload_plan_goal_set_target_on (goal, "2027-02-15");
  caseload_plan_goal_set_progress (goal, CASELOAD_GOAL_ACHIEVED);
  caseload_plan_goal_set_life_area (goal, CASELOAD_LIFE_AREA_PHYSICAL_HEALTH);
  g_ptr_array_remove_index (caseload_plan_get_goals (after), 1);   /* g2 and a3 */
  added = add_goal (after, "g3", "Find some work I enjoy");
  add_action (added, "a4", "Meet the employment specialist");
  caseload_plan_set_who_to_contact (after, "Jo");

  changes = caseload_plan_diff (before, after);
  g_assert_cmpuint (changes->len, ==, 8);
  assert_change (changes, "goal:g1:target-on", CASELOAD_PLAN_CHANGE_CHANGED, "My goals",
                 "Goal: Get back to swimming — Target date", "01/02/2027", "15/02/2027");
  assert_change (changes, "goal:g1:progress", CASELOAD_PLAN_CHANGE_CHANGED, "My goals",
                 "Goal: Get back to swimming — Progress", "Not started", "Achieved");
  assert_change (changes, "goal:g1:life-area", CASELOAD_PLAN_CHANGE_CHANGED, "My goals",
                 "Goal: Get back to swimming — Life area", "Leisure activities", "Physical health");
  assert_change (changes, "goal:g2", CASELOAD_PLAN_CHANGE_REMOVED, "My goals", "Goal: Sleep better",
                 "Sleep better", NULL);
  assert_change (changes, "action:a3", CASELOAD_PLAN_CHANGE_REMOVED, "My goals",
                 "Action: Talk to the GP about sleep", "Talk to the GP about sleep", NULL);
  assert_change (changes, "goal:g3", CASELOAD_PLAN_CHANGE_ADDED, "My goals", "Goal: Find some work I enjoy",
                 NULL, "Find some work I enjoy");
  assert_change (changes, "action:a4", CASELOAD_PLAN_CHANGE_ADDED, "My goals",
                 "Action: Meet the employment specialist", NULL, "Meet the employment specialist");

  /* Reading order: the removed goal where it was (after g1, before the new g3), its
   * action after it, and the goals between strengths and staying well. */
  g_assert_cmpuint (change_index (changes, "goal:g1:target-on"), <, change_index (changes, "goal:g2"));
  g_assert_cmpuint (change_index (changes, "goal:g2"), <, change_index (changes, "action:a3"));
  g_assert_cmpuint (change_index (changes, "action:a3"), <, change_index (changes, "goal:g3"));
  g_assert_cmpuint (change_index (changes, "goal:g3"), <, change_index (changes, "action:a4"));
  g_assert_cmpuint (change_index (changes, "action:a4"), <, change_index (changes, "who-to-contact"));
}

static void
test_diff_actions (void)
{
  g_autoptr(CaseloadPlan) before = base_plan ();
  g_autoptr(CaseloadPlan) after = their_plan (before);
  g_autoptr(GPtrArray) changes = NULL;
  CaseloadPlanGoal *goal = goal_at (after, 0);
  CaseloadPlanAction *action = action_at (goal, 1);

  caseload_plan_action_set_done (action_at (goal, 0), TRUE);
  caseload_plan_action_set_owner_kind (action, CASELOAD_ACTION_OWNER_PERSON);
  caseload_plan_action_set_due_on (action, "2027-01-20");
  caseload_plan_action_set_words (action, "Go on my own");
  g_ptr_array_remove_index (caseload_plan_goal_get_actions (goal), 0);
  add_action (goal, "a5", "Buy a swimming costume");
  g_ptr_array_insert (caseload_plan_goal_get_actions (goal), 0, caseload_plan_action_new ());
  caseload_plan_action_set_id (action_at (goal, 0), "a6");
  caseload_plan_action_set_words (action_at (goal, 0), "Ask about a concession card");

  changes = caseload_plan_diff (before, after);
  g_assert_cmpuint (changes->len, ==, 6);
  assert_change (changes, "action:a1", CASELOAD_PLAN_CHANGE_REMOVED, "My goals",
                 "Action: Find the pool timetable", "Find the pool timetable", NULL);
  assert_change (changes, "action:a2:words", CASELOAD_PLAN_CHANGE_CHANGED, "My goals",
                 "Action: Go on my own — What will be done", "Go with me the first time", "Go on my own");
  assert_change (changes, "action:a2:owner", CASELOAD_PLAN_CHANGE_CHANGED, "My goals",
                 "Action: Go on my own — Who does it", "Jo (Someone in their network)", "The person");
  assert_change (changes, "action:a2:due-on", CASELOAD_PLAN_CHANGE_CHANGED, "My goals",
                 "Action: Go on my own — Due date", "15/01/2027", "20/01/2027");
  assert_change (changes, "action:a5", CASELOAD_PLAN_CHANGE_ADDED, "My goals",
                 "Action: Buy a swimming costume", NULL, "Buy a swimming costume");
  assert_change (changes, "action:a6", CASELOAD_PLAN_CHANGE_ADDED, "My goals",
                 "Action: Ask about a concession card", NULL, "Ask about a concession card");
  /* a1 was first: it is read there, before the new a6. */
  g_assert_cmpuint (change_index (changes, "action:a1"), <, change_index (changes, "action:a6"));
  g_assert_cmpuint (change_index (changes, "action:a6"), <, change_index (changes, "action:a2:words"));
  g_assert_cmpuint (change_index (changes, "action:a2:due-on"), <, change_index (changes, "action:a5"));
}

static void
test_diff_done (void)
{
  g_autoptr(CaseloadPlan) before = base_plan ();
  g_autoptr(CaseloadPlan) after = their_plan (before);
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *long_words = g_strnfill (60, 'x');

  caseload_plan_action_set_done (action_at (goal_at (after, 0), 0), TRUE);
  caseload_plan_goal_set_words (goal_at (after, 1), long_words);
  changes = caseload_plan_diff (before, after);
  g_assert_cmpuint (changes->len, ==, 2);
  assert_change (changes, "action:a1:done", CASELOAD_PLAN_CHANGE_CHANGED, "My goals",
                 "Action: Find the pool timetable — Done", "Not done", "Done");
  /* Long words are cut short in the field's name, not in the value. */
  g_assert_cmpstr (find_change (changes, "goal:g2:words", NULL)->after, ==, long_words);
  g_assert_true (g_str_has_suffix (find_change (changes, "goal:g2:words", NULL)->field, "… — In their words"));
}

/* Merging. */

static CaseloadPlan *
merge (CaseloadPlan  *base,
       CaseloadPlan  *mine,
       CaseloadPlan  *theirs,
       GPtrArray    **conflicts)
{
  CaseloadPlan *merged = caseload_plan_merge (base, mine, theirs, conflicts);

  g_assert_nonnull (merged);
  g_assert_nonnull (*conflicts);
  g_assert_cmpint (caseload_plan_get_version (merged), ==, caseload_plan_get_version (theirs));
  g_assert_cmpstr (caseload_plan_get_id (merged), ==, caseload_plan_get_id (theirs));
  return merged;
}

static void
test_merge_only_mine (void)
{
  g_autoptr(CaseloadPlan) base = base_plan ();
  g_autoptr(CaseloadPlan) mine = caseload_plan_copy (base);
  g_autoptr(CaseloadPlan) theirs = their_plan (base);
  g_autoptr(CaseloadPlan) merged = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;

  caseload_plan_set_what_matters (mine, "My dog");
  caseload_plan_goal_set_progress (goal_at (mine, 1), CASELOAD_GOAL_UNDER_WAY);
  caseload_plan_action_set_owner_kind (action_at (goal_at (mine, 0), 0), CASELOAD_ACTION_OWNER_ORGANISATION);
  caseload_plan_action_set_owner_organisation_id (action_at (goal_at (mine, 0), 0), "o2");
  caseload_plan_action_set_owner_name (action_at (goal_at (mine, 0), 0), "Mind");

  merged = merge (base, mine, theirs, &conflicts);
  g_assert_cmpuint (conflicts->len, ==, 0);
  g_assert_cmpstr (caseload_plan_get_what_matters (merged), ==, "My dog");
  g_assert_cmpint (caseload_plan_goal_get_progress (goal_at (merged, 1)), ==, CASELOAD_GOAL_UNDER_WAY);
  g_assert_cmpint (caseload_plan_action_get_owner_kind (action_at (goal_at (merged, 0), 0)), ==,
                   CASELOAD_ACTION_OWNER_ORGANISATION);
  g_assert_cmpstr (caseload_plan_action_get_owner_organisation_id (action_at (goal_at (merged, 0), 0)), ==, "o2");
  g_assert_cmpstr (caseload_plan_action_get_owner_name (action_at (goal_at (merged, 0), 0)), ==, "Mind");
}

static void
test_merge_only_theirs (void)
{
  g_autoptr(CaseloadPlan) base = base_plan ();
  g_autoptr(CaseloadPlan) mine = caseload_plan_copy (base);
  g_autoptr(CaseloadPlan) theirs = their_plan (base);
  g_autoptr(CaseloadPlan) merged = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GPtrArray) changes = NULL;

  caseload_plan_set_review_on (theirs, "2027-05-01");
  caseload_plan_set_what_matters (mine, "My dog");
  caseload_plan_action_set_done (action_at (goal_at (theirs, 1), 0), TRUE);

  merged = merge (base, mine, theirs, &conflicts);
  g_assert_cmpuint (conflicts->len, ==, 0);
  g_assert_cmpstr (caseload_plan_get_review_on (merged), ==, "2027-05-01");
  g_assert_true (caseload_plan_action_get_done (action_at (goal_at (merged, 1), 0)));
  g_assert_cmpstr (caseload_plan_get_what_matters (merged), ==, "My dog");

  /* From theirs, the merge is just my change. */
  changes = caseload_plan_diff (theirs, merged);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpstr (((CaseloadPlanChange *) g_ptr_array_index (changes, 0))->key, ==, "what-matters");
}

static void
test_merge_both_same (void)
{
  g_autoptr(CaseloadPlan) base = base_plan ();
  g_autoptr(CaseloadPlan) mine = caseload_plan_copy (base);
  g_autoptr(CaseloadPlan) theirs = their_plan (base);
  g_autoptr(CaseloadPlan) merged = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;

  caseload_plan_set_warning_signs (mine, "Not sleeping");
  caseload_plan_set_warning_signs (theirs, "Not sleeping");
  caseload_plan_goal_set_target_on (goal_at (mine, 0), NULL);
  caseload_plan_goal_set_target_on (goal_at (theirs, 0), "");

  merged = merge (base, mine, theirs, &conflicts);
  g_assert_cmpuint (conflicts->len, ==, 0);
  g_assert_cmpstr (caseload_plan_get_warning_signs (merged), ==, "Not sleeping");
}

static void
test_merge_both_different (void)
{
  g_autoptr(CaseloadPlan) base = base_plan ();
  g_autoptr(CaseloadPlan) mine = caseload_plan_copy (base);
  g_autoptr(CaseloadPlan) theirs = their_plan (base);
  g_autoptr(CaseloadPlan) merged = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  const CaseloadPlanConflict *conflict;

  caseload_plan_set_what_matters (mine, "My dog");
  caseload_plan_set_what_matters (theirs, "My garden");
  caseload_plan_set_review_on (mine, "2027-04-01");
  caseload_plan_set_review_on (theirs, "2027-05-01");
  caseload_plan_goal_set_words (goal_at (mine, 1), "Sleep through the night");
  caseload_plan_goal_set_words (goal_at (theirs, 1), "Sleep six hours");
  /* Different fields of one action: both taken. */
  caseload_plan_action_set_words (action_at (goal_at (mine, 0), 1), "Go with Jo the first time");
  caseload_plan_action_set_due_on (action_at (goal_at (theirs, 0), 1), "2027-01-31");

  merged = merge (base, mine, theirs, &conflicts);
  g_assert_cmpuint (conflicts->len, ==, 3);

  conflict = find_conflict (conflicts, "what-matters");
  g_assert_cmpstr (conflict->section, ==, "What matters to me");
  g_assert_cmpstr (conflict->field, ==, "What matters to me");
  g_assert_cmpstr (conflict->base, ==, "My children and my allotment");
  g_assert_cmpstr (conflict->mine, ==, "My dog");
  g_assert_cmpstr (conflict->theirs, ==, "My garden");
  g_assert_true (conflict->text);

  conflict = find_conflict (conflicts, "review-on");
  g_assert_cmpstr (conflict->base, ==, "01/03/2027");
  g_assert_cmpstr (conflict->mine, ==, "01/04/2027");
  g_assert_cmpstr (conflict->theirs, ==, "01/05/2027");
  g_assert_false (conflict->text);

  conflict = find_conflict (conflicts, "goal:g2:words");
  g_assert_cmpstr (conflict->section, ==, "My goals");
  g_assert_cmpstr (conflict->field, ==, "Goal: Sleep through the night — In their words");
  g_assert_true (conflict->text);

  /* Until resolved, mine. */
  g_assert_cmpstr (caseload_plan_get_what_matters (merged), ==, "My dog");
  g_assert_cmpstr (caseload_plan_get_review_on (merged), ==, "2027-04-01");
  g_assert_cmpstr (caseload_plan_goal_get_words (goal_at (merged, 1)), ==, "Sleep through the night");
  g_assert_cmpstr (caseload_plan_action_get_words (action_at (goal_at (merged, 0), 1)), ==, "Go with Jo the first time");
  g_assert_cmpstr (caseload_plan_action_get_due_on (action_at (goal_at (merged, 0), 1)), ==, "2027-01-31");
}

static void
test_merge_goals_added (void)
{
  g_autoptr(CaseloadPlan) base = base_plan ();
  g_autoptr(CaseloadPlan) mine = caseload_plan_copy (base);
  g_autoptr(CaseloadPlan) theirs = their_plan (base);
  g_autoptr(CaseloadPlan) merged = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  CaseloadPlanGoal *goal;

  /* Mine: a goal after the first; theirs: one at the end, and an action under g1. */
  goal = caseload_plan_goal_new ();
  caseload_plan_goal_set_id (goal, "g3");
  caseload_plan_goal_set_words (goal, "Cook a meal a week");
  g_ptr_array_insert (caseload_plan_get_goals (mine), 1, goal);
  add_action (goal, "a7", "Buy a slow cooker");
  add_goal (theirs, "g4", "See my brother");
  add_action (goal_at (theirs, 0), "a8", "Ask Jo which day suits");

  merged = merge (base, mine, theirs, &conflicts);
  g_assert_cmpuint (conflicts->len, ==, 0);
  g_assert_cmpuint (caseload_plan_get_goals (merged)->len, ==, 4);
  g_assert_cmpstr (caseload_plan_goal_get_id (goal_at (merged, 0)), ==, "g1");
  g_assert_cmpstr (caseload_plan_goal_get_id (goal_at (merged, 1)), ==, "g3");
  g_assert_cmpstr (caseload_plan_goal_get_id (goal_at (merged, 2)), ==, "g2");
  g_assert_cmpstr (caseload_plan_goal_get_id (goal_at (merged, 3)), ==, "g4");
  g_assert_cmpstr (caseload_plan_action_get_words (action_at (goal_at (merged, 1), 0)), ==, "Buy a slow cooker");
  g_assert_cmpuint (caseload_plan_goal_get_actions (goal_at (merged, 0))->len, ==, 3);
  g_assert_cmpstr (caseload_plan_action_get_id (action_at (goal_at (merged, 0), 2)), ==, "a8");
}

static void
test_merge_removed (void)
{
  g_autoptr(CaseloadPlan) base = base_plan ();
  g_autoptr(CaseloadPlan) mine = caseload_plan_copy (base);
  g_autoptr(CaseloadPlan) theirs = their_plan (base);
  g_autoptr(CaseloadPlan) merged = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;

  /* They removed g2 and a1, which I did not change; I removed a2. */
  g_ptr_array_remove_index (caseload_plan_get_goals (theirs), 1);
  g_ptr_array_remove_index (caseload_plan_goal_get_actions (goal_at (theirs, 0)), 0);
  g_ptr_array_remove_index (caseload_plan_goal_get_actions (goal_at (mine, 0)), 1);
  caseload_plan_set_what_matters (mine, "My dog");

  merged = merge (base, mine, theirs, &conflicts);
  g_assert_cmpuint (conflicts->len, ==, 0);
  g_assert_cmpuint (caseload_plan_get_goals (merged)->len, ==, 1);
  g_assert_cmpuint (caseload_plan_goal_get_actions (goal_at (merged, 0))->len, ==, 0);
  g_assert_cmpstr (caseload_plan_get_what_matters (merged), ==, "My dog");
}

static void
test_merge_removed_and_edited (void)
{
  g_autoptr(CaseloadPlan) base = base_plan ();
  g_autoptr(CaseloadPlan) mine = caseload_plan_copy (base);
  g_autoptr(CaseloadPlan) theirs = their_plan (base);
  g_autoptr(CaseloadPlan) merged = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  const CaseloadPlanConflict *conflict;
  CaseloadPlanGoal *goal;

  /* I removed g2; they edited it. They removed g1; I added an action under it. */
  g_ptr_array_remove_index (caseload_plan_get_goals (mine), 1);
  caseload_plan_goal_set_words (goal_at (theirs, 1), "Sleep better, without tablets");
  g_ptr_array_remove_index (caseload_plan_get_goals (theirs), 0);
  add_action (goal_at (mine, 0), "a9", "Look up lessons");

  merged = merge (base, mine, theirs, &conflicts);
  g_assert_cmpuint (conflicts->len, ==, 2);

  /* Nothing lost: both kept, with the changes. */
  g_assert_cmpuint (caseload_plan_get_goals (merged)->len, ==, 2);
  goal = find_goal (merged, "g2");
  g_assert_nonnull (goal);
  g_assert_cmpstr (caseload_plan_goal_get_words (goal), ==, "Sleep better, without tablets");
  g_assert_cmpuint (caseload_plan_goal_get_actions (goal)->len, ==, 1);
  goal = find_goal (merged, "g1");
  g_assert_nonnull (goal);
  g_assert_cmpuint (caseload_plan_goal_get_actions (goal)->len, ==, 3);

  conflict = find_conflict (conflicts, "goal:g2");
  g_assert_cmpstr (conflict->section, ==, "My goals");
  g_assert_cmpstr (conflict->field, ==, "Goal: Sleep better, without tablets");
  g_assert_cmpstr (conflict->base, ==, "Sleep better");
  g_assert_null (conflict->mine);
  g_assert_cmpstr (conflict->theirs, ==, "Sleep better, without tablets");
  g_assert_false (conflict->text);

  conflict = find_conflict (conflicts, "goal:g1");
  g_assert_cmpstr (conflict->mine, ==, "Get back to swimming");
  g_assert_null (conflict->theirs);
}

/* Resolving. */

static CaseloadPlan *
conflicted (GPtrArray **conflicts)
{
  g_autoptr(CaseloadPlan) base = base_plan ();
  g_autoptr(CaseloadPlan) mine = caseload_plan_copy (base);
  g_autoptr(CaseloadPlan) theirs = their_plan (base);
  CaseloadPlanAction *action;

  caseload_plan_set_what_matters (mine, "My dog");
  caseload_plan_set_what_matters (theirs, "My garden");
  caseload_plan_set_review_on (mine, "2027-04-01");
  caseload_plan_set_review_on (theirs, "2027-05-01");
  caseload_plan_set_who_to_contact (mine, NULL);
  caseload_plan_set_who_to_contact (theirs, "Jo; NHS 111, option 2; Mind crisis sanctuary");
  action = action_at (goal_at (mine, 0), 1);
  caseload_plan_action_set_owner_name (action, "Sam");
  action = action_at (goal_at (theirs, 0), 1);
  caseload_plan_action_set_owner_kind (action, CASELOAD_ACTION_OWNER_WORKER);
  caseload_plan_action_set_owner_staff_id (action, "s2");
  caseload_plan_action_set_owner_name (action, "Alex Peer");
  g_ptr_array_remove_index (caseload_plan_get_goals (mine), 1);
  caseload_plan_goal_set_progress (goal_at (theirs, 1), CASELOAD_GOAL_UNDER_WAY);

  return merge (base, mine, theirs, conflicts);
}

static void
resolve (CaseloadPlan        *merged,
         GPtrArray           *conflicts,
         const char          *key,
         CaseloadMergeChoice  choice)
{
  caseload_plan_resolve (merged, find_conflict (conflicts, key), choice);
}

static void
test_resolve_mine (void)
{
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(CaseloadPlan) merged = conflicted (&conflicts);
  CaseloadPlanAction *action;

  g_assert_cmpuint (conflicts->len, ==, 5);
  g_assert_cmpstr (find_conflict (conflicts, "action:a2:owner")->mine, ==, "Sam (Someone in their network)");
  g_assert_cmpstr (find_conflict (conflicts, "action:a2:owner")->theirs, ==, "Alex Peer (A named worker)");

  for (guint i = 0; i < conflicts->len; i++)
    caseload_plan_resolve (merged, g_ptr_array_index (conflicts, i), CASELOAD_MERGE_KEEP_MINE);

  g_assert_cmpstr (caseload_plan_get_what_matters (merged), ==, "My dog");
  g_assert_cmpstr (caseload_plan_get_review_on (merged), ==, "2027-04-01");
  g_assert_null (caseload_plan_get_who_to_contact (merged));
  action = action_at (goal_at (merged, 0), 1);
  g_assert_cmpint (caseload_plan_action_get_owner_kind (action), ==, CASELOAD_ACTION_OWNER_NETWORK);
  g_assert_cmpstr (caseload_plan_action_get_owner_name (action), ==, "Sam");
  g_assert_null (caseload_plan_action_get_owner_staff_id (action));
  /* I removed g2: keeping mine removes it. */
  g_assert_cmpuint (caseload_plan_get_goals (merged)->len, ==, 1);
}

static void
test_resolve_theirs (void)
{
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(CaseloadPlan) merged = conflicted (&conflicts);
  CaseloadPlanAction *action;

  for (guint i = 0; i < conflicts->len; i++)
    caseload_plan_resolve (merged, g_ptr_array_index (conflicts, i), CASELOAD_MERGE_KEEP_THEIRS);

  g_assert_cmpstr (caseload_plan_get_what_matters (merged), ==, "My garden");
  g_assert_cmpstr (caseload_plan_get_review_on (merged), ==, "2027-05-01");
  g_assert_cmpstr (caseload_plan_get_who_to_contact (merged), ==, "Jo; NHS 111, option 2; Mind crisis sanctuary");
  action = action_at (goal_at (merged, 0), 1);
  g_assert_cmpint (caseload_plan_action_get_owner_kind (action), ==, CASELOAD_ACTION_OWNER_WORKER);
  g_assert_cmpstr (caseload_plan_action_get_owner_staff_id (action), ==, "s2");
  g_assert_cmpstr (caseload_plan_action_get_owner_name (action), ==, "Alex Peer");
  g_assert_cmpuint (caseload_plan_get_goals (merged)->len, ==, 2);
  g_assert_cmpint (caseload_plan_goal_get_progress (goal_at (merged, 1)), ==, CASELOAD_GOAL_UNDER_WAY);
}

static void
test_resolve_both (void)
{
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(CaseloadPlan) merged = conflicted (&conflicts);

  for (guint i = 0; i < conflicts->len; i++)
    caseload_plan_resolve (merged, g_ptr_array_index (conflicts, i), CASELOAD_MERGE_KEEP_BOTH);

  /* Text: theirs, then mine on a new line; I emptied one, so theirs. */
  g_assert_cmpstr (caseload_plan_get_what_matters (merged), ==, "My garden\nMy dog");
  g_assert_cmpstr (caseload_plan_get_who_to_contact (merged), ==, "Jo; NHS 111, option 2; Mind crisis sanctuary");
  /* Not text: mine. */
  g_assert_cmpstr (caseload_plan_get_review_on (merged), ==, "2027-04-01");
  g_assert_cmpstr (caseload_plan_action_get_owner_name (action_at (goal_at (merged, 0), 1)), ==, "Sam");
  /* A goal removed and changed: kept. */
  g_assert_cmpuint (caseload_plan_get_goals (merged)->len, ==, 2);
}

static void
test_resolve_each (void)
{
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(CaseloadPlan) merged = conflicted (&conflicts);

  /* One at a time, the others untouched; resolving twice settles on the last choice. */
  resolve (merged, conflicts, "what-matters", CASELOAD_MERGE_KEEP_THEIRS);
  g_assert_cmpstr (caseload_plan_get_what_matters (merged), ==, "My garden");
  g_assert_cmpstr (caseload_plan_get_review_on (merged), ==, "2027-04-01");
  resolve (merged, conflicts, "what-matters", CASELOAD_MERGE_KEEP_MINE);
  g_assert_cmpstr (caseload_plan_get_what_matters (merged), ==, "My dog");
  resolve (merged, conflicts, "review-on", CASELOAD_MERGE_KEEP_THEIRS);
  g_assert_cmpstr (caseload_plan_get_review_on (merged), ==, "2027-05-01");
  resolve (merged, conflicts, "goal:g2", CASELOAD_MERGE_KEEP_THEIRS);
  g_assert_nonnull (find_goal (merged, "g2"));
  resolve (merged, conflicts, "goal:g2", CASELOAD_MERGE_KEEP_MINE);
  g_assert_null (find_goal (merged, "g2"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan-compare/text/round-trip", test_text_round_trip);
  g_test_add_func ("/plan-compare/text/bad", test_text_bad);
  g_test_add_func ("/plan-compare/diff/same", test_diff_same);
  g_test_add_func ("/plan-compare/diff/sections", test_diff_sections);
  g_test_add_func ("/plan-compare/diff/goals", test_diff_goals);
  g_test_add_func ("/plan-compare/diff/actions", test_diff_actions);
  g_test_add_func ("/plan-compare/diff/done", test_diff_done);
  g_test_add_func ("/plan-compare/merge/only-mine", test_merge_only_mine);
  g_test_add_func ("/plan-compare/merge/only-theirs", test_merge_only_theirs);
  g_test_add_func ("/plan-compare/merge/both-same", test_merge_both_same);
  g_test_add_func ("/plan-compare/merge/both-different", test_merge_both_different);
  g_test_add_func ("/plan-compare/merge/goals-added", test_merge_goals_added);
  g_test_add_func ("/plan-compare/merge/removed", test_merge_removed);
  g_test_add_func ("/plan-compare/merge/removed-and-edited", test_merge_removed_and_edited);
  g_test_add_func ("/plan-compare/resolve/mine", test_resolve_mine);
  g_test_add_func ("/plan-compare/resolve/theirs", test_resolve_theirs);
  g_test_add_func ("/plan-compare/resolve/both", test_resolve_both);
  g_test_add_func ("/plan-compare/resolve/each", test_resolve_each);

  return g_test_run ();
}
