/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdarg.h>
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

static gpointer
item_at (GPtrArray *items,
         guint      index)
{
  g_assert_cmpuint (index, <, items->len);
  return g_ptr_array_index (items, index);
}

static CaseloadPlanGoal *
goal_at (CaseloadPlan *plan,
         guint         index)
{
  return item_at (caseload_plan_get_goals (plan), index);
}

static CaseloadPlanAction *
action_at (CaseloadPlanGoal *goal,
           guint             index)
{
  return item_at (caseload_plan_goal_get_actions (goal), index);
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

/* The version both read, my edit of it and theirs, saved since. */
typedef struct {
  CaseloadPlan *base;
  CaseloadPlan *mine;
  CaseloadPlan *theirs;
  CaseloadPlan *merged;   /* by merge () */
  GPtrArray    *conflicts;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->base = base_plan ();
  f->mine = caseload_plan_copy (f->base);
  f->theirs = their_plan (f->base);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->base);
  g_clear_object (&f->mine);
  g_clear_object (&f->theirs);
  g_clear_object (&f->merged);
  g_clear_pointer (&f->conflicts, g_ptr_array_unref);
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

/* The changes with these keys come in this order (a NULL-terminated list). */
static void
assert_order (GPtrArray  *changes,
              const char *first,
              ...)
{
  va_list args;
  const char *key;
  guint previous = 0;

  find_change (changes, first, &previous);
  va_start (args, first);
  while ((key = va_arg (args, const char *)) != NULL)
    {
      guint index = 0;

      find_change (changes, key, &index);
      if (index <= previous)
        g_error ("“%s” is not after the change before it", key);
      previous = index;
    }
  va_end (args);
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
test_diff_same (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) changes = caseload_plan_diff (f->base, f->theirs);

  /* The version and id are not content. */
  g_assert_cmpuint (changes->len, ==, 0);
}

static void
test_diff_sections (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) changes = NULL;

  caseload_plan_set_what_matters (f->theirs, "My children, my allotment and my dog");
  caseload_plan_set_what_matters_by (f->theirs, CASELOAD_COPRODUCTION_PERSON_AGREED);
  caseload_plan_set_strengths_people (f->theirs, NULL);
  caseload_plan_set_strengths_community (f->theirs, "The allotment society");
  caseload_plan_set_review_on (f->theirs, "2027-04-01");
  caseload_plan_set_warning_signs (f->theirs, "");   /* empty is none */
  caseload_plan_set_copy_format (f->theirs, CASELOAD_COPY_READ_ALOUD);

  changes = caseload_plan_diff (f->base, f->theirs);
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
  assert_order (changes, "what-matters", "strengths-people", "strengths-community", "warning-signs",
                "review-on", NULL);
}

static void
test_diff_goals (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) changes = NULL;
  CaseloadPlanGoal *goal = goal_at (f->theirs, 0);
  CaseloadPlanGoal *added;

  caseload_plan_goal_set_target_on (goal, "2027-02-15");
  caseload_plan_goal_set_progress (goal, CASELOAD_GOAL_ACHIEVED);
  caseload_plan_goal_set_life_area (goal, CASELOAD_LIFE_AREA_PHYSICAL_HEALTH);
  g_ptr_array_remove_index (caseload_plan_get_goals (f->theirs), 1);   /* g2 and a3 */
  added = add_goal (f->theirs, "g3", "Find some work I enjoy");
  add_action (added, "a4", "Meet the employment specialist");
  caseload_plan_set_who_to_contact (f->theirs, "Jo");

  changes = caseload_plan_diff (f->base, f->theirs);
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
  assert_order (changes, "goal:g1:target-on", "goal:g2", "action:a3", "goal:g3", "action:a4",
                "who-to-contact", NULL);
}

static void
test_diff_actions (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) changes = NULL;
  CaseloadPlanGoal *goal = goal_at (f->theirs, 0);
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

  changes = caseload_plan_diff (f->base, f->theirs);
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
  assert_order (changes, "action:a1", "action:a6", "action:a2:words", "action:a2:due-on", "action:a5", NULL);
}

static void
test_diff_done (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *long_words = g_strnfill (60, 'x');

  caseload_plan_action_set_done (action_at (goal_at (f->theirs, 0), 0), TRUE);
  caseload_plan_goal_set_words (goal_at (f->theirs, 1), long_words);
  changes = caseload_plan_diff (f->base, f->theirs);
  g_assert_cmpuint (changes->len, ==, 2);
  assert_change (changes, "action:a1:done", CASELOAD_PLAN_CHANGE_CHANGED, "My goals",
                 "Action: Find the pool timetable — Done", "Not done", "Done");
  /* Long words are cut short in the field's name, not in the value. */
  g_assert_cmpstr (find_change (changes, "goal:g2:words", NULL)->after, ==, long_words);
  g_assert_true (g_str_has_suffix (find_change (changes, "goal:g2:words", NULL)->field, "… — In their words"));
}

/* Merging. */

static void
merge (Fixture *f)
{
  f->merged = caseload_plan_merge (f->base, f->mine, f->theirs, &f->conflicts);

  g_assert_nonnull (f->merged);
  g_assert_nonnull (f->conflicts);
  g_assert_cmpint (caseload_plan_get_version (f->merged), ==, caseload_plan_get_version (f->theirs));
  g_assert_cmpstr (caseload_plan_get_id (f->merged), ==, caseload_plan_get_id (f->theirs));
}

static void
test_merge_only_mine (Fixture       *f,
                      gconstpointer  data)
{

  caseload_plan_set_what_matters (f->mine, "My dog");
  caseload_plan_goal_set_progress (goal_at (f->mine, 1), CASELOAD_GOAL_UNDER_WAY);
  caseload_plan_action_set_owner_kind (action_at (goal_at (f->mine, 0), 0), CASELOAD_ACTION_OWNER_ORGANISATION);
  caseload_plan_action_set_owner_organisation_id (action_at (goal_at (f->mine, 0), 0), "o2");
  caseload_plan_action_set_owner_name (action_at (goal_at (f->mine, 0), 0), "Mind");

  merge (f);
  g_assert_cmpuint (f->conflicts->len, ==, 0);
  g_assert_cmpstr (caseload_plan_get_what_matters (f->merged), ==, "My dog");
  g_assert_cmpint (caseload_plan_goal_get_progress (goal_at (f->merged, 1)), ==, CASELOAD_GOAL_UNDER_WAY);
  g_assert_cmpint (caseload_plan_action_get_owner_kind (action_at (goal_at (f->merged, 0), 0)), ==,
                   CASELOAD_ACTION_OWNER_ORGANISATION);
  g_assert_cmpstr (caseload_plan_action_get_owner_organisation_id (action_at (goal_at (f->merged, 0), 0)), ==, "o2");
  g_assert_cmpstr (caseload_plan_action_get_owner_name (action_at (goal_at (f->merged, 0), 0)), ==, "Mind");
}

static void
test_merge_only_theirs (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) changes = NULL;

  caseload_plan_set_review_on (f->theirs, "2027-05-01");
  caseload_plan_set_what_matters (f->mine, "My dog");
  caseload_plan_action_set_done (action_at (goal_at (f->theirs, 1), 0), TRUE);

  merge (f);
  g_assert_cmpuint (f->conflicts->len, ==, 0);
  g_assert_cmpstr (caseload_plan_get_review_on (f->merged), ==, "2027-05-01");
  g_assert_true (caseload_plan_action_get_done (action_at (goal_at (f->merged, 1), 0)));
  g_assert_cmpstr (caseload_plan_get_what_matters (f->merged), ==, "My dog");

  /* From theirs, the merge is just my change. */
  changes = caseload_plan_diff (f->theirs, f->merged);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpstr (((CaseloadPlanChange *) g_ptr_array_index (changes, 0))->key, ==, "what-matters");
}

static void
test_merge_both_same (Fixture       *f,
                      gconstpointer  data)
{

  caseload_plan_set_warning_signs (f->mine, "Not sleeping");
  caseload_plan_set_warning_signs (f->theirs, "Not sleeping");
  caseload_plan_goal_set_target_on (goal_at (f->mine, 0), NULL);
  caseload_plan_goal_set_target_on (goal_at (f->theirs, 0), "");

  merge (f);
  g_assert_cmpuint (f->conflicts->len, ==, 0);
  g_assert_cmpstr (caseload_plan_get_warning_signs (f->merged), ==, "Not sleeping");
}

static void
test_merge_both_different (Fixture       *f,
                           gconstpointer  data)
{
  const CaseloadPlanConflict *conflict;

  caseload_plan_set_what_matters (f->mine, "My dog");
  caseload_plan_set_what_matters (f->theirs, "My garden");
  caseload_plan_set_review_on (f->mine, "2027-04-01");
  caseload_plan_set_review_on (f->theirs, "2027-05-01");
  caseload_plan_goal_set_words (goal_at (f->mine, 1), "Sleep through the night");
  caseload_plan_goal_set_words (goal_at (f->theirs, 1), "Sleep six hours");
  /* Different fields of one action: both taken. */
  caseload_plan_action_set_words (action_at (goal_at (f->mine, 0), 1), "Go with Jo the first time");
  caseload_plan_action_set_due_on (action_at (goal_at (f->theirs, 0), 1), "2027-01-31");

  merge (f);
  g_assert_cmpuint (f->conflicts->len, ==, 3);

  conflict = find_conflict (f->conflicts, "what-matters");
  g_assert_cmpstr (conflict->section, ==, "What matters to me");
  g_assert_cmpstr (conflict->field, ==, "What matters to me");
  g_assert_cmpstr (conflict->base, ==, "My children and my allotment");
  g_assert_cmpstr (conflict->mine, ==, "My dog");
  g_assert_cmpstr (conflict->theirs, ==, "My garden");
  g_assert_true (conflict->text);

  conflict = find_conflict (f->conflicts, "review-on");
  g_assert_cmpstr (conflict->base, ==, "01/03/2027");
  g_assert_cmpstr (conflict->mine, ==, "01/04/2027");
  g_assert_cmpstr (conflict->theirs, ==, "01/05/2027");
  g_assert_false (conflict->text);

  conflict = find_conflict (f->conflicts, "goal:g2:words");
  g_assert_cmpstr (conflict->section, ==, "My goals");
  g_assert_cmpstr (conflict->field, ==, "Goal: Sleep through the night — In their words");
  g_assert_true (conflict->text);

  /* Until resolved, mine. */
  g_assert_cmpstr (caseload_plan_get_what_matters (f->merged), ==, "My dog");
  g_assert_cmpstr (caseload_plan_get_review_on (f->merged), ==, "2027-04-01");
  g_assert_cmpstr (caseload_plan_goal_get_words (goal_at (f->merged, 1)), ==, "Sleep through the night");
  g_assert_cmpstr (caseload_plan_action_get_words (action_at (goal_at (f->merged, 0), 1)), ==, "Go with Jo the first time");
  g_assert_cmpstr (caseload_plan_action_get_due_on (action_at (goal_at (f->merged, 0), 1)), ==, "2027-01-31");
}

static void
test_merge_goals_added (Fixture       *f,
                        gconstpointer  data)
{
  CaseloadPlanGoal *goal;

  /* Mine: a goal after the first; theirs: one at the end, and an action under g1. */
  goal = caseload_plan_goal_new ();
  caseload_plan_goal_set_id (goal, "g3");
  caseload_plan_goal_set_words (goal, "Cook a meal a week");
  g_ptr_array_insert (caseload_plan_get_goals (f->mine), 1, goal);
  add_action (goal, "a7", "Buy a slow cooker");
  add_goal (f->theirs, "g4", "See my brother");
  add_action (goal_at (f->theirs, 0), "a8", "Ask Jo which day suits");

  merge (f);
  g_assert_cmpuint (f->conflicts->len, ==, 0);
  g_assert_cmpuint (caseload_plan_get_goals (f->merged)->len, ==, 4);
  g_assert_cmpstr (caseload_plan_goal_get_id (goal_at (f->merged, 0)), ==, "g1");
  g_assert_cmpstr (caseload_plan_goal_get_id (goal_at (f->merged, 1)), ==, "g3");
  g_assert_cmpstr (caseload_plan_goal_get_id (goal_at (f->merged, 2)), ==, "g2");
  g_assert_cmpstr (caseload_plan_goal_get_id (goal_at (f->merged, 3)), ==, "g4");
  g_assert_cmpstr (caseload_plan_action_get_words (action_at (goal_at (f->merged, 1), 0)), ==, "Buy a slow cooker");
  g_assert_cmpuint (caseload_plan_goal_get_actions (goal_at (f->merged, 0))->len, ==, 3);
  g_assert_cmpstr (caseload_plan_action_get_id (action_at (goal_at (f->merged, 0), 2)), ==, "a8");
}

/* A new goal or action has an id of its own; one without any still counts, as new. */
static void
test_merge_new_ids (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(CaseloadPlanGoal) one = caseload_plan_goal_new ();
  g_autoptr(CaseloadPlanGoal) two = caseload_plan_goal_new ();
  g_autoptr(CaseloadPlanAction) action = caseload_plan_action_new ();

  g_assert_nonnull (caseload_plan_goal_get_id (one));
  g_assert_cmpstr (caseload_plan_goal_get_id (one), !=, caseload_plan_goal_get_id (two));
  g_assert_nonnull (caseload_plan_action_get_id (action));

  add_goal (f->mine, NULL, "Walk the dog");
  add_goal (f->mine, NULL, "Call my brother");
  add_goal (f->theirs, "", "Join the choir");
  merge (f);
  g_assert_cmpuint (f->conflicts->len, ==, 0);
  g_assert_cmpuint (caseload_plan_get_goals (f->merged)->len, ==, 5);
  /* Mine where they were in mine, after g2: before theirs, added at the end. */
  g_assert_cmpstr (caseload_plan_goal_get_words (goal_at (f->merged, 2)), ==, "Walk the dog");
  g_assert_cmpstr (caseload_plan_goal_get_words (goal_at (f->merged, 3)), ==, "Call my brother");
  g_assert_cmpstr (caseload_plan_goal_get_words (goal_at (f->merged, 4)), ==, "Join the choir");
  /* … and have ids now. */
  g_assert_nonnull (caseload_plan_goal_get_id (goal_at (f->merged, 2)));
  g_assert_cmpstr (caseload_plan_goal_get_id (goal_at (f->merged, 4)), !=, "");
}

static void
test_merge_removed (Fixture       *f,
                    gconstpointer  data)
{

  /* They removed g2 and a1, which I did not change; I removed a2. */
  g_ptr_array_remove_index (caseload_plan_get_goals (f->theirs), 1);
  g_ptr_array_remove_index (caseload_plan_goal_get_actions (goal_at (f->theirs, 0)), 0);
  g_ptr_array_remove_index (caseload_plan_goal_get_actions (goal_at (f->mine, 0)), 1);
  caseload_plan_set_what_matters (f->mine, "My dog");

  merge (f);
  g_assert_cmpuint (f->conflicts->len, ==, 0);
  g_assert_cmpuint (caseload_plan_get_goals (f->merged)->len, ==, 1);
  g_assert_cmpuint (caseload_plan_goal_get_actions (goal_at (f->merged, 0))->len, ==, 0);
  g_assert_cmpstr (caseload_plan_get_what_matters (f->merged), ==, "My dog");
}

static void
test_merge_removed_and_edited (Fixture       *f,
                               gconstpointer  data)
{
  const CaseloadPlanConflict *conflict;
  CaseloadPlanGoal *goal;

  /* I removed g2; they edited it. They removed g1; I added an action under it. */
  g_ptr_array_remove_index (caseload_plan_get_goals (f->mine), 1);
  caseload_plan_goal_set_words (goal_at (f->theirs, 1), "Sleep better, without tablets");
  g_ptr_array_remove_index (caseload_plan_get_goals (f->theirs), 0);
  add_action (goal_at (f->mine, 0), "a9", "Look up lessons");

  merge (f);
  g_assert_cmpuint (f->conflicts->len, ==, 2);

  /* Nothing lost: both kept, with the changes. */
  g_assert_cmpuint (caseload_plan_get_goals (f->merged)->len, ==, 2);
  goal = find_goal (f->merged, "g2");
  g_assert_nonnull (goal);
  g_assert_cmpstr (caseload_plan_goal_get_words (goal), ==, "Sleep better, without tablets");
  g_assert_cmpuint (caseload_plan_goal_get_actions (goal)->len, ==, 1);
  goal = find_goal (f->merged, "g1");
  g_assert_nonnull (goal);
  g_assert_cmpuint (caseload_plan_goal_get_actions (goal)->len, ==, 3);

  conflict = find_conflict (f->conflicts, "goal:g2");
  g_assert_cmpstr (conflict->section, ==, "My goals");
  g_assert_cmpstr (conflict->field, ==, "Goal: Sleep better, without tablets");
  g_assert_cmpstr (conflict->base, ==, "Sleep better");
  g_assert_null (conflict->mine);
  g_assert_cmpstr (conflict->theirs, ==, "Sleep better, without tablets");
  g_assert_false (conflict->text);

  conflict = find_conflict (f->conflicts, "goal:g1");
  g_assert_cmpstr (conflict->mine, ==, "Get back to swimming");
  g_assert_null (conflict->theirs);
}

/* Resolving. */

static void
conflicted (Fixture *f)
{
  CaseloadPlanAction *action;

  caseload_plan_set_what_matters (f->mine, "My dog");
  caseload_plan_set_what_matters (f->theirs, "My garden");
  caseload_plan_set_review_on (f->mine, "2027-04-01");
  caseload_plan_set_review_on (f->theirs, "2027-05-01");
  caseload_plan_set_who_to_contact (f->mine, NULL);
  caseload_plan_set_who_to_contact (f->theirs, "Jo; NHS 111, option 2; Mind crisis sanctuary");
  action = action_at (goal_at (f->mine, 0), 1);
  caseload_plan_action_set_owner_name (action, "Sam");
  action = action_at (goal_at (f->theirs, 0), 1);
  caseload_plan_action_set_owner_kind (action, CASELOAD_ACTION_OWNER_WORKER);
  caseload_plan_action_set_owner_staff_id (action, "s2");
  caseload_plan_action_set_owner_name (action, "Alex Peer");
  g_ptr_array_remove_index (caseload_plan_get_goals (f->mine), 1);
  caseload_plan_goal_set_progress (goal_at (f->theirs, 1), CASELOAD_GOAL_UNDER_WAY);

  merge (f);
}

static void
resolve (Fixture             *f,
         const char          *key,
         CaseloadMergeChoice  choice)
{
  caseload_plan_resolve (f->merged, find_conflict (f->conflicts, key), choice);
}

static void
resolve_all (Fixture             *f,
             CaseloadMergeChoice  choice)
{
  for (guint i = 0; i < f->conflicts->len; i++)
    caseload_plan_resolve (f->merged, g_ptr_array_index (f->conflicts, i), choice);
}

static void
test_resolve_mine (Fixture       *f,
                   gconstpointer  data)
{
  conflicted (f);
  CaseloadPlanAction *action;

  g_assert_cmpuint (f->conflicts->len, ==, 5);
  g_assert_cmpstr (find_conflict (f->conflicts, "action:a2:owner")->mine, ==, "Sam (Someone in their network)");
  g_assert_cmpstr (find_conflict (f->conflicts, "action:a2:owner")->theirs, ==, "Alex Peer (A named worker)");

  resolve_all (f, CASELOAD_MERGE_KEEP_MINE);

  g_assert_cmpstr (caseload_plan_get_what_matters (f->merged), ==, "My dog");
  g_assert_cmpstr (caseload_plan_get_review_on (f->merged), ==, "2027-04-01");
  g_assert_null (caseload_plan_get_who_to_contact (f->merged));
  action = action_at (goal_at (f->merged, 0), 1);
  g_assert_cmpint (caseload_plan_action_get_owner_kind (action), ==, CASELOAD_ACTION_OWNER_NETWORK);
  g_assert_cmpstr (caseload_plan_action_get_owner_name (action), ==, "Sam");
  g_assert_null (caseload_plan_action_get_owner_staff_id (action));
  /* I removed g2: keeping mine removes it. */
  g_assert_cmpuint (caseload_plan_get_goals (f->merged)->len, ==, 1);
}

static void
test_resolve_theirs (Fixture       *f,
                     gconstpointer  data)
{
  conflicted (f);
  CaseloadPlanAction *action;

  resolve_all (f, CASELOAD_MERGE_KEEP_THEIRS);

  g_assert_cmpstr (caseload_plan_get_what_matters (f->merged), ==, "My garden");
  g_assert_cmpstr (caseload_plan_get_review_on (f->merged), ==, "2027-05-01");
  g_assert_cmpstr (caseload_plan_get_who_to_contact (f->merged), ==, "Jo; NHS 111, option 2; Mind crisis sanctuary");
  action = action_at (goal_at (f->merged, 0), 1);
  g_assert_cmpint (caseload_plan_action_get_owner_kind (action), ==, CASELOAD_ACTION_OWNER_WORKER);
  g_assert_cmpstr (caseload_plan_action_get_owner_staff_id (action), ==, "s2");
  g_assert_cmpstr (caseload_plan_action_get_owner_name (action), ==, "Alex Peer");
  g_assert_cmpuint (caseload_plan_get_goals (f->merged)->len, ==, 2);
  g_assert_cmpint (caseload_plan_goal_get_progress (goal_at (f->merged, 1)), ==, CASELOAD_GOAL_UNDER_WAY);
}

static void
test_resolve_both (Fixture       *f,
                   gconstpointer  data)
{
  conflicted (f);

  resolve_all (f, CASELOAD_MERGE_KEEP_BOTH);

  /* Text: theirs, then mine on a new line; I emptied one, so theirs. */
  g_assert_cmpstr (caseload_plan_get_what_matters (f->merged), ==, "My garden\nMy dog");
  g_assert_cmpstr (caseload_plan_get_who_to_contact (f->merged), ==, "Jo; NHS 111, option 2; Mind crisis sanctuary");
  /* Not text: mine. */
  g_assert_cmpstr (caseload_plan_get_review_on (f->merged), ==, "2027-04-01");
  g_assert_cmpstr (caseload_plan_action_get_owner_name (action_at (goal_at (f->merged, 0), 1)), ==, "Sam");
  /* A goal removed and changed: kept. */
  g_assert_cmpuint (caseload_plan_get_goals (f->merged)->len, ==, 2);
}

static void
test_resolve_each (Fixture       *f,
                   gconstpointer  data)
{
  conflicted (f);

  /* One at a time, the others untouched; resolving twice settles on the last choice. */
  resolve (f, "what-matters", CASELOAD_MERGE_KEEP_THEIRS);
  g_assert_cmpstr (caseload_plan_get_what_matters (f->merged), ==, "My garden");
  g_assert_cmpstr (caseload_plan_get_review_on (f->merged), ==, "2027-04-01");
  resolve (f, "what-matters", CASELOAD_MERGE_KEEP_MINE);
  g_assert_cmpstr (caseload_plan_get_what_matters (f->merged), ==, "My dog");
  resolve (f, "review-on", CASELOAD_MERGE_KEEP_THEIRS);
  g_assert_cmpstr (caseload_plan_get_review_on (f->merged), ==, "2027-05-01");
  resolve (f, "goal:g2", CASELOAD_MERGE_KEEP_THEIRS);
  g_assert_nonnull (find_goal (f->merged, "g2"));
  resolve (f, "goal:g2", CASELOAD_MERGE_KEEP_MINE);
  g_assert_null (find_goal (f->merged, "g2"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan-compare/text/round-trip", test_text_round_trip);
  g_test_add_func ("/plan-compare/text/bad", test_text_bad);
  g_test_add ("/plan-compare/diff/same", Fixture, NULL, fixture_setup, test_diff_same, fixture_teardown);
  g_test_add ("/plan-compare/diff/sections", Fixture, NULL, fixture_setup, test_diff_sections, fixture_teardown);
  g_test_add ("/plan-compare/diff/goals", Fixture, NULL, fixture_setup, test_diff_goals, fixture_teardown);
  g_test_add ("/plan-compare/diff/actions", Fixture, NULL, fixture_setup, test_diff_actions, fixture_teardown);
  g_test_add ("/plan-compare/diff/done", Fixture, NULL, fixture_setup, test_diff_done, fixture_teardown);
  g_test_add ("/plan-compare/merge/only-mine", Fixture, NULL, fixture_setup, test_merge_only_mine, fixture_teardown);
  g_test_add ("/plan-compare/merge/only-theirs", Fixture, NULL, fixture_setup, test_merge_only_theirs, fixture_teardown);
  g_test_add ("/plan-compare/merge/both-same", Fixture, NULL, fixture_setup, test_merge_both_same, fixture_teardown);
  g_test_add ("/plan-compare/merge/both-different", Fixture, NULL, fixture_setup, test_merge_both_different, fixture_teardown);
  g_test_add ("/plan-compare/merge/goals-added", Fixture, NULL, fixture_setup, test_merge_goals_added, fixture_teardown);
  g_test_add ("/plan-compare/merge/new-ids", Fixture, NULL, fixture_setup, test_merge_new_ids, fixture_teardown);
  g_test_add ("/plan-compare/merge/removed", Fixture, NULL, fixture_setup, test_merge_removed, fixture_teardown);
  g_test_add ("/plan-compare/merge/removed-and-edited", Fixture, NULL, fixture_setup, test_merge_removed_and_edited, fixture_teardown);
  g_test_add ("/plan-compare/resolve/mine", Fixture, NULL, fixture_setup, test_resolve_mine, fixture_teardown);
  g_test_add ("/plan-compare/resolve/theirs", Fixture, NULL, fixture_setup, test_resolve_theirs, fixture_teardown);
  g_test_add ("/plan-compare/resolve/both", Fixture, NULL, fixture_setup, test_resolve_both, fixture_teardown);
  g_test_add ("/plan-compare/resolve/each", Fixture, NULL, fixture_setup, test_resolve_each, fixture_teardown);

  return g_test_run ();
}
