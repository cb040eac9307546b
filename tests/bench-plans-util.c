/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The support plans benchmarks' set-up (bench-plans.c, bench-plans-ui.c): the demo
 * people and one person whose plan has been saved 50 times and who has 200 measures,
 * everything written through the store.
 */
#include "config.h"

#include <stdlib.h>

#include "bench-plans-util.h"
#include "bench-util.h"
#include "caseload-instrument.h"
#include "caseload-measure.h"
#include "caseload-plan-action.h"
#include "caseload-plan-goal.h"
#include "caseload-plan.h"
#include "test-util.h"

#define N_ACTIONS    3

/* The demo people, with one timeline entry each (the pages timed here do not read them). */
void
bench_plans_seed_demo (CaseloadStore *store,
                       CaseloadClock *clock,
                       guint          default_people)
{
  g_autoptr(GError) error = NULL;
  const char *people_env = g_getenv ("CASELOAD_BENCH_PEOPLE");
  CaseloadDemoOptions options;
  gint64 start = g_get_monotonic_time ();

  caseload_demo_options_init (&options);
  options.n_people = people_env != NULL ? (guint) atoi (people_env) : default_people;
  options.entries_per_person = 1;
  g_print ("Building %u demo people…\n", options.n_people);
  if (!caseload_demo_seed (store, clock, &options, &error))
    g_error ("Could not build the benchmark database: %s", error->message);
  g_print ("Built in %.1f s\n", bench_elapsed_ms (start) / 1000.0);
}

/* A person the nurse may add to and who has no plan yet. */
static char *
choose_person (CaseloadStore *store,
               CaseloadStaff *nurse)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) people = caseload_store_list_people (store, nurse, NULL, 0, 2000, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < people->len; i++)
    {
      const char *id = caseload_person_get_id (g_ptr_array_index (people, i));
      CaseloadAccess access = { FALSE, FALSE, CASELOAD_ACCESS_BASIS_NONE };
      g_autoptr(CaseloadPlan) plan = NULL;

      if (!caseload_store_check_access (store, nurse, id, &access, NULL, &error) || !access.may_add)
        {
          g_clear_error (&error);
          continue;
        }
      plan = caseload_store_get_plan (store, nurse, id, 0, &error);
      g_assert_no_error (error);
      if (caseload_plan_get_version (plan) == 0)
        return g_strdup (id);
    }

  g_error ("No person the nurse may add to without a plan among the first %u", people->len);
}

static char *
iso_date (GDateTime *now,
          int        days)
{
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}

static void
fill_plan (CaseloadPlan  *plan,
           guint          version,
           GDateTime     *now,
           CaseloadStaff *nurse,
           const char    *mind_id)
{
  GPtrArray *goals = caseload_plan_get_goals (plan);
  g_autofree char *what_matters = g_strdup_printf ("Getting back to the allotment in Tilbury and seeing my "
                                                   "sister in Grays every week (as of talk %u).", version);
  g_autofree char *review_on = iso_date (now, 30 + (int) version % 20);

  caseload_plan_set_what_matters (plan, what_matters);
  caseload_plan_set_what_matters_by (plan, CASELOAD_COPRODUCTION_PERSON_WROTE);
  caseload_plan_set_strengths_personal (plan, "Patient with plants and with people. A good cook.");
  caseload_plan_set_strengths_people (plan, "My sister Joan; my neighbour who walks the dog with me.");
  caseload_plan_set_strengths_community (plan, "The Tilbury hub on Wednesdays; the allotment society.");
  caseload_plan_set_warning_signs (plan, "Not sleeping; not answering Joan; staying in bed.");
  caseload_plan_set_what_helps (plan, "Being outside early; a plan for the day; a brew with Joan.");
  caseload_plan_set_who_to_contact (plan, "Joan (my sister). NHS 111, option 2, any time. The Mind crisis "
                                          "sanctuary in Grays in the evenings.");
  caseload_plan_set_review_on (plan, review_on);

  if (goals->len == 0)
    for (guint g = 0; g < BENCH_PLANS_GOALS; g++)
      {
        CaseloadPlanGoal *goal = caseload_plan_goal_new ();
        g_autofree char *id = g_uuid_string_random ();

        caseload_plan_goal_set_id (goal, id);
        caseload_plan_goal_set_life_area (goal, (CaseloadLifeArea) (g * 2));
        for (guint a = 0; a < N_ACTIONS; a++)
          {
            CaseloadPlanAction *action = caseload_plan_action_new ();
            g_autofree char *action_id = g_uuid_string_random ();
            CaseloadActionOwnerKind owner = (CaseloadActionOwnerKind) ((g + a) % 4);

            caseload_plan_action_set_id (action, action_id);
            caseload_plan_action_set_owner_kind (action, owner);
            if (owner == CASELOAD_ACTION_OWNER_NETWORK)
              caseload_plan_action_set_owner_name (action, "Joan (my sister)");
            else if (owner == CASELOAD_ACTION_OWNER_WORKER)
              caseload_plan_action_set_owner_staff_id (action, caseload_staff_get_id (nurse));
            else if (owner == CASELOAD_ACTION_OWNER_ORGANISATION)
              caseload_plan_action_set_owner_organisation_id (action, mind_id);
            g_ptr_array_add (caseload_plan_goal_get_actions (goal), action);
          }
        g_ptr_array_add (goals, goal);
      }

  /* Each version changes the words, progress and dates a little */
  for (guint g = 0; g < goals->len; g++)
    {
      CaseloadPlanGoal *goal = g_ptr_array_index (goals, g);
      GPtrArray *actions = caseload_plan_goal_get_actions (goal);
      g_autofree char *words = g_strdup_printf ("Goal %u in my words, said again at talk %u", g + 1, version);
      g_autofree char *target_on = iso_date (now, 60 + (int) g * 10);

      caseload_plan_goal_set_words (goal, words);
      caseload_plan_goal_set_target_on (goal, target_on);
      caseload_plan_goal_set_progress (goal, (CaseloadGoalProgress) ((version + g) % 3));
      for (guint a = 0; a < actions->len; a++)
        {
          CaseloadPlanAction *action = g_ptr_array_index (actions, a);
          g_autofree char *action_words = g_strdup_printf ("Step %u towards goal %u (talk %u)", a + 1, g + 1, version);
          g_autofree char *due_on = iso_date (now, 7 + (int) (a * 7 + version % 5));

          caseload_plan_action_set_words (action, action_words);
          caseload_plan_action_set_due_on (action, due_on);
          caseload_plan_action_set_done (action, (version + a) % 4 == 0);
        }
    }
}

static void
add_heavy_person (CaseloadStore *store,
                  CaseloadStaff *nurse,
                  const char    *person_id,
                  const char    *mind_id,
                  GDateTime     *now)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadPlan) plan = caseload_store_get_plan (store, nurse, person_id, 0, &error);
  gint64 start = g_get_monotonic_time ();

  g_assert_no_error (error);
  for (guint v = 1; v <= BENCH_PLANS_VERSIONS; v++)
    {
      fill_plan (plan, v, now, nurse, mind_id);
      if (!caseload_store_save_plan (store, nurse, plan, &error))
        g_error ("Saving plan version %u: %s", v, error->message);
    }
  g_print ("Saved %u plan versions in %.1f s\n", BENCH_PLANS_VERSIONS, bench_elapsed_ms (start) / 1000.0);

  start = g_get_monotonic_time ();
  for (guint m = 0; m < BENCH_PLANS_MEASURES; m++)
    {
      CaseloadInstrument instrument = (CaseloadInstrument) (m % 7);
      const CaseloadInstrumentDef *def = caseload_instrument_get (instrument);
      g_autoptr(CaseloadMeasure) measure = caseload_measure_new ();
      g_autofree int *answers = g_new0 (int, def->n_items);
      g_autofree char *completed_on = iso_date (now, -(int) (BENCH_PLANS_MEASURES - m) * 3);
      int range = def->answer_max - def->answer_min + 1;

      for (guint i = 0; i < def->n_items; i++)
        answers[i] = def->items[i].risk ? def->answer_min : def->answer_min + (int) ((m / 7 + i) % (guint) range);
      caseload_measure_set_person_id (measure, person_id);
      caseload_measure_set_instrument (measure, instrument);
      caseload_measure_set_answer_values (measure, answers, def->n_items);
      caseload_measure_set_completed_on (measure, completed_on);
      caseload_measure_set_completed_by (measure, CASELOAD_COMPLETED_BY_WORKER_WITH_PERSON);
      if (!caseload_store_save_measure (store, nurse, measure, &error))
        g_error ("Saving measure %u: %s", m, error->message);
    }
  g_print ("Saved %u measures in %.1f s\n", BENCH_PLANS_MEASURES, bench_elapsed_ms (start) / 1000.0);
}

char *
bench_plans_add_heavy_person (CaseloadStore *store,
                              CaseloadStore *nurse_desk,
                              CaseloadStaff *nurse,
                              GDateTime     *now)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) staff = caseload_store_list_staff (store, &error);
  g_autofree char *person_id = NULL;
  const char *mind_id;

  g_assert_no_error (error);
  mind_id = caseload_staff_get_organisation_id (test_staff_named (staff, "daniel.okoro"));
  person_id = choose_person (nurse_desk, nurse);
  add_heavy_person (nurse_desk, nurse, person_id, mind_id, now);

  return g_steal_pointer (&person_id);
}
