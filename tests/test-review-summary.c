/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "caseload-instrument.h"
#include "caseload-measure.h"
#include "caseload-plan-goal.h"
#include "caseload-review-summary.h"
#include "test-util.h"

/* The lines a review shows: goals with their progress and how it moved, measures with
 * their latest score against the one the last review saw. */

static void
add_goal (CaseloadPlan         *plan,
          const char           *id,
          const char           *words,
          CaseloadGoalProgress  progress)
{
  CaseloadPlanGoal *goal = caseload_plan_goal_new ();

  caseload_plan_goal_set_id (goal, id);
  caseload_plan_goal_set_words (goal, words);
  caseload_plan_goal_set_progress (goal, progress);
  g_ptr_array_add (caseload_plan_get_goals (plan), goal);
}

static void
test_goals (void)
{
  g_autoptr(CaseloadPlan) before = caseload_plan_new ();
  g_autoptr(CaseloadPlan) after = caseload_plan_new ();
  g_autoptr(CaseloadReview) review = caseload_review_new ();

  add_goal (before, "g1", "Find part-time work", CASELOAD_GOAL_UNDER_WAY);
  add_goal (before, "g2", "Sleep better", CASELOAD_GOAL_NOT_STARTED);
  add_goal (before, "g3", "Move flat", CASELOAD_GOAL_NOT_STARTED);
  add_goal (after, "g1", "Find part-time work", CASELOAD_GOAL_ACHIEVED);
  add_goal (after, "g2", "Sleep better", CASELOAD_GOAL_NOT_STARTED);
  add_goal (after, "g4", "See my sister\nevery week", CASELOAD_GOAL_UNDER_WAY);

  caseload_review_summarise (review, before, after, NULL, NULL);
  g_assert_cmpstr (caseload_review_get_goal_progress (review), ==,
                   "Find part-time work: Under way → Achieved\n"
                   "Sleep better: Not started\n"
                   "See my sister every week: Under way (a new goal)\n"
                   "Move flat: taken out of the plan");
  g_assert_null (caseload_review_get_measure_changes (review));

  /* The first review: no plan before it. */
  caseload_review_summarise (review, NULL, after, NULL, NULL);
  g_assert_cmpstr (caseload_review_get_goal_progress (review), ==,
                   "Find part-time work: Achieved\n"
                   "Sleep better: Not started\n"
                   "See my sister every week: Under way");
}

static void
test_measures (void)
{
  g_autoptr(GPtrArray) measures = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(CaseloadReview) review = caseload_review_new ();

  /* PHQ-9: 18 at the last review (1 August), 14 in September, 11 now; given out of order. */
  test_add_measure (measures, CASELOAD_INSTRUMENT_PHQ9, "2026-11-20", "2,2,2,2,1,1,1,0,0");
  test_add_measure (measures, CASELOAD_INSTRUMENT_PHQ9, "2026-06-01", "3,3,3,3,3,3,3,3,3");
  test_add_measure (measures, CASELOAD_INSTRUMENT_PHQ9, "2026-08-01", "3,3,3,3,2,2,2,0,0");
  test_add_measure (measures, CASELOAD_INSTRUMENT_PHQ9, "2026-09-15", "2,2,2,2,2,2,2,0,0");
  /* An incomplete PHQ-9 later still: no total, so not the latest. */
  test_add_measure (measures, CASELOAD_INSTRUMENT_PHQ9, "2026-11-21", "3,3,3,,,,,,");
  /* GAD-7 only since the review: compared with the earliest since. */
  test_add_measure (measures, CASELOAD_INSTRUMENT_GAD7, "2026-09-01", "3,3,3,3,3,0,0");
  test_add_measure (measures, CASELOAD_INSTRUMENT_GAD7, "2026-11-20", "3,3,3,0,0,0,0");
  /* DIALOG once, since the review. */
  test_add_measure (measures, CASELOAD_INSTRUMENT_DIALOG, "2026-11-20", "4,4,4,4,4,4,4,5,4,4,4");
  /* SWEMWBS unchanged; no bands. */
  test_add_measure (measures, CASELOAD_INSTRUMENT_SWEMWBS, "2026-07-01", "3,3,3,3,3,3,3");
  test_add_measure (measures, CASELOAD_INSTRUMENT_SWEMWBS, "2026-10-01", "3,3,3,3,3,3,3");
  /* CORE-10 only before the review (on its day): nothing since, so no line. */
  test_add_measure (measures, CASELOAD_INSTRUMENT_CORE10, "2026-08-01", "4,4,4,4,3,0,0,0,0,0");

  caseload_review_summarise (review, NULL, NULL, measures, "2026-08-01");
  g_assert_null (caseload_review_get_goal_progress (review));
  g_assert_cmpstr (caseload_review_get_measure_changes (review), ==,
                   "PHQ-9: 18 (moderately severe) → 11 (moderate), down 7: better\n"
                   "GAD-7: 15 (severe) → 9 (mild), down 6: better\n"
                   "DIALOG: 4.13 (satisfied), nothing earlier to compare with\n"
                   "SWEMWBS: 19.25 → 19.25, no change");

  /* Ever: the latest against the one before it. */
  caseload_review_summarise (review, NULL, NULL, measures, NULL);
  g_assert_cmpstr (caseload_review_get_measure_changes (review), ==,
                   "PHQ-9: 14 (moderate) → 11 (moderate), down 3: better\n"
                   "GAD-7: 15 (severe) → 9 (mild), down 6: better\n"
                   "CORE-10: 11 (mild), nothing earlier to compare with\n"
                   "DIALOG: 4.13 (satisfied), nothing earlier to compare with\n"
                   "SWEMWBS: 19.25 → 19.25, no change");

  /* Nothing since: no lines. */
  caseload_review_summarise (review, NULL, NULL, measures, "2026-11-21");
  g_assert_null (caseload_review_get_measure_changes (review));
}

static void
test_format_total (void)
{
  const struct {
    double      total;
    const char *text;
  } totals[] = {
    { 7, "7" }, { 10, "10" }, { 100, "100" }, { 0, "0" }, { -0.001, "0" },
    { 4.5, "4.5" }, { 4.125, "4.13" }, { 19.25, "19.25" }, { 11.111111, "11.11" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (totals); i++)
    {
      g_autofree char *text = caseload_instrument_format_total (totals[i].total);

      g_assert_cmpstr (text, ==, totals[i].text);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/review-summary/goals", test_goals);
  g_test_add_func ("/review-summary/measures", test_measures);
  g_test_add_func ("/review-summary/format-total", test_format_total);

  return g_test_run ();
}
