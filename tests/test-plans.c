/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Support plans (versions, conflicts, validation, tasks from actions, the review date on
 * referrals), outcome measures (scored by the store), reviews (saved with the plan, both
 * or neither), the dashboard's outcome figures and who may read and write them, through
 * the store interface: the same cases run on SQLite and PostgreSQL. The clock is fixed
 * at 2026-11-22 10:00 UTC.
 */
#include "config.h"

#include <string.h>

#include "caseload-instrument.h"
#include "caseload-plan-action.h"
#include "caseload-plan-goal.h"
#include "caseload-validate-plan.h"
#include "test-util.h"

typedef struct {
  TestStore             base;
  CaseloadOrganisation *eput;
  CaseloadStaff        *nurse;      /* at EPUT */
  CaseloadStaff        *arrs;       /* a mental health practitioner at the practice */
  CaseloadStaff        *manager;    /* the team manager, at the practice */
  CaseloadStaff        *befriender; /* a second worker at Mind */
  CaseloadPerson       *person;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  test_store_setup (&f->base, data);
  test_add_team (&f->base, &f->eput, &f->nurse, &f->arrs, &f->manager);
  f->befriender = test_new_staff (&f->base, "Sam Okafor", "sam.okafor", CASELOAD_ROLE_PEER_SUPPORT_WORKER, f->base.mind);
  f->person = test_add_practice_person (&f->base, "Aisha", "Bello");
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->person);
  g_clear_object (&f->eput);
  g_clear_object (&f->nurse);
  g_clear_object (&f->arrs);
  g_clear_object (&f->manager);
  g_clear_object (&f->befriender);
  test_store_teardown (&f->base, data);
}

#define TEST(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

static CaseloadPlanGoal *
add_goal (CaseloadPlan         *plan,
          const char           *words,
          CaseloadLifeArea      area,
          CaseloadGoalProgress  progress)
{
  CaseloadPlanGoal *goal = caseload_plan_goal_new ();

  caseload_plan_goal_set_words (goal, words);
  caseload_plan_goal_set_life_area (goal, area);
  caseload_plan_goal_set_progress (goal, progress);
  g_ptr_array_add (caseload_plan_get_goals (plan), goal);
  return goal;
}

/* @owner: a staff or organisation id for those kinds, a name for the network. */
static CaseloadPlanAction *
add_action (CaseloadPlanGoal        *goal,
            const char              *words,
            CaseloadActionOwnerKind  kind,
            const char              *owner,
            const char              *due_on)
{
  CaseloadPlanAction *action = caseload_plan_action_new ();

  caseload_plan_action_set_words (action, words);
  caseload_plan_action_set_owner_kind (action, kind);
  if (kind == CASELOAD_ACTION_OWNER_WORKER)
    caseload_plan_action_set_owner_staff_id (action, owner);
  else if (kind == CASELOAD_ACTION_OWNER_ORGANISATION)
    caseload_plan_action_set_owner_organisation_id (action, owner);
  else if (kind == CASELOAD_ACTION_OWNER_NETWORK)
    caseload_plan_action_set_owner_name (action, owner);
  caseload_plan_action_set_due_on (action, due_on);
  g_ptr_array_add (caseload_plan_goal_get_actions (goal), action);
  return action;
}

static CaseloadPlan *
read_plan (Fixture        *f,
           CaseloadStaff  *actor,
           CaseloadPerson *person,
           int             version)
{
  g_autoptr(GError) error = NULL;
  CaseloadPlan *plan = caseload_store_get_plan (f->base.store, actor, caseload_person_get_id (person), version,
                                                &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

/* A plan in the person's words with one goal and an action of their own. */
static CaseloadPlan *
new_plan (CaseloadPerson *person)
{
  CaseloadPlan *plan = caseload_plan_new ();
  CaseloadPlanGoal *goal;

  caseload_plan_set_person_id (plan, caseload_person_get_id (person));
  caseload_plan_set_what_matters (plan, "Seeing my daughter at weekends and getting back to the allotment.");
  caseload_plan_set_what_matters_by (plan, CASELOAD_COPRODUCTION_PERSON_WROTE);
  caseload_plan_set_strengths_personal (plan, "I keep going when things are hard.");
  caseload_plan_set_who_to_contact (plan, "NHS 111, option 2, any time.");
  caseload_plan_set_review_on (plan, "2027-01-15");
  goal = add_goal (plan, "Sleep through the night most nights", CASELOAD_LIFE_AREA_MENTAL_HEALTH,
                   CASELOAD_GOAL_UNDER_WAY);
  add_action (goal, "Keep a sleep diary for two weeks", CASELOAD_ACTION_OWNER_PERSON, NULL, "2026-12-06");
  return plan;
}

static void
save_plan (Fixture       *f,
           CaseloadStaff *actor,
           CaseloadPlan  *plan)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (caseload_store_save_plan (f->base.store, actor, plan, &error));
  g_assert_no_error (error);
}

static guint
n_versions (Fixture        *f,
            CaseloadPerson *person)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) versions = caseload_store_list_plan_versions (f->base.store, f->base.gp,
                                                                      caseload_person_get_id (person), &error);

  g_assert_no_error (error);
  return versions->len;
}

static void
test_first_save_and_versions (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadPlan) empty = read_plan (f, f->base.gp, f->person, 0);
  g_autoptr(CaseloadPlan) plan = new_plan (f->person);
  g_autoptr(CaseloadPlan) current = NULL;
  g_autoptr(CaseloadPlan) old = NULL;
  g_autoptr(CaseloadPlan) missing = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  CaseloadPlanVersion *newest;
  CaseloadPlanGoal *goal;

  /* No plan yet: an empty one at version 0. */
  g_assert_cmpint (caseload_plan_get_version (empty), ==, 0);
  g_assert_cmpstr (caseload_plan_get_person_id (empty), ==, caseload_person_get_id (f->person));
  g_assert_cmpuint (caseload_plan_get_goals (empty)->len, ==, 0);

  save_plan (f, f->base.gp, plan);
  g_assert_cmpint (caseload_plan_get_version (plan), ==, 1);
  g_assert_nonnull (caseload_plan_get_id (plan));
  g_assert_nonnull (caseload_plan_get_saved_at (plan));
  g_assert_cmpstr (caseload_plan_get_author_name (plan), ==, "Dr Amara Okonkwo");
  g_assert_cmpstr (caseload_plan_get_organisation_name (plan), ==, "Grays Hall Surgery");
  goal = g_ptr_array_index (caseload_plan_get_goals (plan), 0);
  g_assert_nonnull (caseload_plan_goal_get_id (goal));

  /* A second save by someone else. */
  caseload_plan_set_what_matters (plan, "Seeing my daughter, the allotment, and walking the dog.");
  add_goal (plan, "Go to the Tuesday walking group", CASELOAD_LIFE_AREA_LEISURE, CASELOAD_GOAL_NOT_STARTED);
  save_plan (f, f->arrs, plan);
  g_assert_cmpint (caseload_plan_get_version (plan), ==, 2);

  versions = caseload_store_list_plan_versions (f->base.store, f->base.gp, caseload_person_get_id (f->person),
                                                &error);
  g_assert_no_error (error);
  g_assert_cmpuint (versions->len, ==, 2);
  newest = g_ptr_array_index (versions, 0);
  g_assert_cmpint (caseload_plan_version_get_version (newest), ==, 2);
  g_assert_cmpstr (caseload_plan_version_get_author_name (newest), ==, "Tom Harris");
  g_assert_cmpstr (caseload_plan_version_get_organisation_name (newest), ==, "Grays Hall Surgery");
  g_assert_cmpstr (caseload_plan_version_get_review_on (newest), ==, "2027-01-15");
  g_assert_cmpint (caseload_plan_version_get_version (g_ptr_array_index (versions, 1)), ==, 1);
  g_assert_cmpstr (caseload_plan_version_get_author_name (g_ptr_array_index (versions, 1)), ==, "Dr Amara Okonkwo");

  current = read_plan (f, f->base.gp, f->person, 0);
  g_assert_cmpint (caseload_plan_get_version (current), ==, 2);
  g_assert_cmpstr (caseload_plan_get_what_matters (current), ==,
                   "Seeing my daughter, the allotment, and walking the dog.");
  g_assert_cmpuint (caseload_plan_get_goals (current)->len, ==, 2);
  g_assert_cmpstr (caseload_plan_get_author_name (current), ==, "Tom Harris");

  /* The old version reads as it was. */
  old = read_plan (f, f->base.gp, f->person, 1);
  g_assert_cmpint (caseload_plan_get_version (old), ==, 1);
  g_assert_cmpstr (caseload_plan_get_what_matters (old), ==,
                   "Seeing my daughter at weekends and getting back to the allotment.");
  g_assert_cmpuint (caseload_plan_get_goals (old)->len, ==, 1);
  g_assert_cmpstr (caseload_plan_goal_get_id (g_ptr_array_index (caseload_plan_get_goals (old), 0)), ==,
                   caseload_plan_goal_get_id (goal));
  g_assert_cmpstr (caseload_plan_get_author_name (old), ==, "Dr Amara Okonkwo");
  g_assert_cmpint (caseload_plan_get_what_matters_by (old), ==, CASELOAD_COPRODUCTION_PERSON_WROTE);

  missing = caseload_store_get_plan (f->base.store, f->base.gp, caseload_person_get_id (f->person), 3, &error);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND);
  g_assert_null (missing);
}

static void
test_conflict (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadPlan) plan = new_plan (f->person);
  g_autoptr(CaseloadPlan) mine = NULL;
  g_autoptr(CaseloadPlan) theirs = NULL;
  g_autoptr(CaseloadPlan) current = NULL;

  save_plan (f, f->base.gp, plan);
  mine = read_plan (f, f->arrs, f->person, 0);
  theirs = read_plan (f, f->base.gp, f->person, 0);

  caseload_plan_set_what_helps (theirs, "A walk before bed.");
  save_plan (f, f->base.gp, theirs);

  /* A save from the stale version: refused, nothing saved, nothing of mine lost. */
  caseload_plan_set_what_helps (mine, "Talking to my sister.");
  g_assert_false (caseload_store_save_plan (f->base.store, f->arrs, mine, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_CONFLICT);
  g_assert_cmpint (caseload_plan_get_version (mine), ==, 1);
  g_assert_cmpstr (caseload_plan_get_what_helps (mine), ==, "Talking to my sister.");
  g_assert_cmpuint (n_versions (f, f->person), ==, 2);
  current = read_plan (f, f->base.gp, f->person, 0);
  g_assert_cmpstr (caseload_plan_get_what_helps (current), ==, "A walk before bed.");

  /* Saved at the newest version (after a merge), it goes in. */
  caseload_plan_set_version (mine, 2);
  caseload_plan_set_what_helps (mine, "A walk before bed. Talking to my sister.");
  save_plan (f, f->arrs, mine);
  g_assert_cmpint (caseload_plan_get_version (mine), ==, 3);
}

/* Saving @plan fails with the core check's message for @field; nothing is saved. */
static void
assert_refused (Fixture      *f,
                CaseloadPlan *plan,
                const char   *field)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  GDate today;
  const char *message = NULL;
  guint before = n_versions (f, f->person);

  g_date_set_dmy (&today, 22, G_DATE_NOVEMBER, 2026);
  g_assert_false (caseload_store_save_plan (f->base.store, f->base.gp, plan, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
  problems = caseload_plan_check (plan, NULL, &today);
  for (guint i = 0; i < problems->len; i++)
    {
      CaseloadFieldError *problem = g_ptr_array_index (problems, i);

      if (g_str_has_prefix (problem->field, field) || g_str_has_suffix (problem->field, field))
        message = problem->message;
    }
  g_assert_nonnull (message);
  g_assert_cmpstr (error->message, ==, message);
  g_assert_cmpuint (n_versions (f, f->person), ==, before);
}

static void
test_validation (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadPlan) wordless = new_plan (f->person);
  g_autoptr(CaseloadPlan) ownerless = new_plan (f->person);
  g_autoptr(CaseloadPlan) past = new_plan (f->person);
  g_autoptr(CaseloadPlan) stranger = new_plan (f->person);
  CaseloadPlanGoal *goal;

  add_goal (wordless, "", CASELOAD_LIFE_AREA_JOB, CASELOAD_GOAL_NOT_STARTED);
  assert_refused (f, wordless, ":words");

  goal = g_ptr_array_index (caseload_plan_get_goals (ownerless), 0);
  add_action (goal, "Ring the housing officer", CASELOAD_ACTION_OWNER_WORKER, NULL, "2026-12-01");
  assert_refused (f, ownerless, ":owner");

  caseload_plan_set_review_on (past, "2026-11-01");
  assert_refused (f, past, "review-on");

  /* A worker the store does not know. */
  goal = g_ptr_array_index (caseload_plan_get_goals (stranger), 0);
  add_action (goal, "Ring the housing officer", CASELOAD_ACTION_OWNER_WORKER, "no-such-staff", "2026-12-01");
  g_assert_false (caseload_store_save_plan (f->base.store, f->base.gp, stranger, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
  g_assert_cmpuint (n_versions (f, f->person), ==, 0);
  g_assert_cmpint (caseload_plan_get_version (stranger), ==, 0);
}

/* @n answers of @total, as high as they go from the first item (item 9 of PHQ-9 last,
 * so below 27 it stays 0). */
static CaseloadMeasure *
new_measure (CaseloadPerson     *person,
             CaseloadInstrument  instrument,
             int                 total,
             const char         *completed_on)
{
  const CaseloadInstrumentDef *def = caseload_instrument_get (instrument);
  CaseloadMeasure *measure = caseload_measure_new ();
  g_autofree int *answers = g_new0 (int, def->n_items);

  for (guint i = 0; i < def->n_items; i++)
    {
      answers[i] = MIN (total, def->answer_max);
      total -= answers[i];
    }
  caseload_measure_set_person_id (measure, caseload_person_get_id (person));
  caseload_measure_set_instrument (measure, instrument);
  caseload_measure_set_answer_values (measure, answers, def->n_items);
  caseload_measure_set_completed_on (measure, completed_on);
  caseload_measure_set_completed_by (measure, CASELOAD_COMPLETED_BY_PERSON);
  return measure;
}

static void
save_measure (Fixture         *f,
              CaseloadMeasure *measure)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (caseload_store_save_measure (f->base.store, f->base.gp, measure, &error));
  g_assert_no_error (error);
}

static void
test_measures (Fixture       *f,
               gconstpointer  data)
{
  const CaseloadInstrumentDef *phq9 = caseload_instrument_get (CASELOAD_INSTRUMENT_PHQ9);
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadMeasure) severe = new_measure (f->person, CASELOAD_INSTRUMENT_PHQ9, 27, "2026-09-01");
  g_autoptr(CaseloadMeasure) partial = new_measure (f->person, CASELOAD_INSTRUMENT_PHQ9, 0, "2026-11-20");
  g_autoptr(CaseloadMeasure) wrong = new_measure (f->person, CASELOAD_INSTRUMENT_PHQ9, 0, "2026-11-20");
  g_autoptr(CaseloadMeasure) risk = new_measure (f->person, CASELOAD_INSTRUMENT_PHQ9, 0, "2026-10-01");
  g_autoptr(CaseloadMeasure) anxiety = new_measure (f->person, CASELOAD_INSTRUMENT_GAD7, 9, "2026-10-15");
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) gad = NULL;
  int answers[9] = { 0 };

  /* Scored and banded by the store. */
  save_measure (f, severe);
  g_assert_nonnull (caseload_measure_get_id (severe));
  g_assert_true (caseload_measure_get_complete (severe));
  g_assert_true (caseload_measure_get_has_total (severe));
  g_assert_cmpfloat (caseload_measure_get_total (severe), ==, 27);
  g_assert_cmpstr (caseload_measure_get_band (severe), ==, caseload_instrument_band (phq9, 27)->label);
  g_assert_true (caseload_measure_get_risk (severe));
  g_assert_cmpstr (caseload_measure_get_recorded_by_name (severe), ==, "Dr Amara Okonkwo");
  g_assert_cmpstr (caseload_measure_get_organisation_name (severe), ==, "Grays Hall Surgery");

  /* One item missing: saved incomplete, without a total or band. */
  answers[0] = 2;
  answers[4] = -1;
  caseload_measure_set_answer_values (partial, answers, 9);
  save_measure (f, partial);
  g_assert_false (caseload_measure_get_complete (partial));
  g_assert_false (caseload_measure_get_has_total (partial));
  g_assert_null (caseload_measure_get_band (partial));

  /* An answer off the scale: refused, nothing saved. */
  answers[4] = 4;
  caseload_measure_set_answer_values (wrong, answers, 9);
  g_assert_false (caseload_store_save_measure (f->base.store, f->base.gp, wrong, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
  g_assert_null (caseload_measure_get_id (wrong));
  g_clear_error (&error);

  /* Item 9 above 0 flags risk, whatever the total. */
  memset (answers, 0, sizeof answers);
  answers[8] = 1;
  caseload_measure_set_answer_values (risk, answers, 9);
  save_measure (f, risk);
  g_assert_true (caseload_measure_get_risk (risk));
  g_assert_cmpfloat (caseload_measure_get_total (risk), ==, 1);
  g_assert_false (caseload_measure_get_risk (partial));

  save_measure (f, anxiety);

  /* Newest completed first; one instrument on its own. */
  all = caseload_store_list_measures (f->base.store, f->base.gp, caseload_person_get_id (f->person), -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 4);
  g_assert_cmpstr (caseload_measure_get_id (g_ptr_array_index (all, 0)), ==, caseload_measure_get_id (partial));
  g_assert_cmpstr (caseload_measure_get_id (g_ptr_array_index (all, 1)), ==, caseload_measure_get_id (anxiety));
  g_assert_cmpstr (caseload_measure_get_id (g_ptr_array_index (all, 2)), ==, caseload_measure_get_id (risk));
  g_assert_cmpstr (caseload_measure_get_id (g_ptr_array_index (all, 3)), ==, caseload_measure_get_id (severe));
  g_assert_cmpint (caseload_measure_get_instrument (g_ptr_array_index (all, 1)), ==, CASELOAD_INSTRUMENT_GAD7);
  g_assert_cmpfloat (caseload_measure_get_total (g_ptr_array_index (all, 3)), ==, 27);
  g_assert_true (caseload_measure_get_risk (g_ptr_array_index (all, 3)));
  g_assert_false (caseload_measure_get_has_total (g_ptr_array_index (all, 0)));
  g_assert_cmpstr (caseload_measure_get_answers (g_ptr_array_index (all, 0)), ==, caseload_measure_get_answers (partial));

  gad = caseload_store_list_measures (f->base.store, f->base.gp, caseload_person_get_id (f->person),
                                      CASELOAD_INSTRUMENT_GAD7, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (gad->len, ==, 1);
  g_assert_cmpfloat (caseload_measure_get_total (g_ptr_array_index (gad, 0)), ==, 9);
}

static CaseloadReview *
new_review (CaseloadPerson *person,
            const char     *next_review_on)
{
  CaseloadReview *review = caseload_review_new ();

  caseload_review_set_person_id (review, caseload_person_get_id (person));
  caseload_review_set_reviewed_on (review, "2026-11-22");
  caseload_review_set_person_said (review, "Sleeping better; still not ready for the walking group.");
  caseload_review_set_goal_progress (review, "Sleep through the night: under way.");
  caseload_review_set_next_review_on (review, next_review_on);
  return review;
}

static guint
n_reviews (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) reviews = caseload_store_list_reviews (f->base.store, f->base.gp,
                                                              caseload_person_get_id (f->person), &error);

  g_assert_no_error (error);
  return reviews->len;
}

static void
test_review (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadPlan) plan = new_plan (f->person);
  g_autoptr(CaseloadPlan) stale = NULL;
  g_autoptr(CaseloadPlan) current = NULL;
  g_autoptr(CaseloadReview) refused = new_review (f->person, "2027-02-20");
  g_autoptr(CaseloadReview) past = new_review (f->person, "2026-11-01");
  g_autoptr(CaseloadReview) review = new_review (f->person, "2027-02-20");
  g_autoptr(GPtrArray) reviews = NULL;

  save_plan (f, f->base.gp, plan);
  stale = caseload_plan_copy (plan);
  caseload_plan_set_version (stale, 0);

  /* The plan save fails (stale): no review either. */
  g_assert_false (caseload_store_save_review (f->base.store, f->arrs, refused, stale, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpuint (n_reviews (f), ==, 0);
  g_assert_cmpuint (n_versions (f, f->person), ==, 1);

  /* A next review in the past is refused. */
  g_assert_false (caseload_store_save_review (f->base.store, f->arrs, past, plan, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
  g_clear_error (&error);
  g_assert_cmpuint (n_reviews (f), ==, 0);

  caseload_plan_goal_set_progress (g_ptr_array_index (caseload_plan_get_goals (plan), 0), CASELOAD_GOAL_ACHIEVED);
  g_assert_true (caseload_store_save_review (f->base.store, f->arrs, review, plan, &error));
  g_assert_no_error (error);
  g_assert_cmpint (caseload_review_get_plan_version (review), ==, 2);
  g_assert_nonnull (caseload_review_get_id (review));
  g_assert_cmpstr (caseload_review_get_reviewed_by_name (review), ==, "Tom Harris");
  g_assert_cmpstr (caseload_review_get_organisation_name (review), ==, "Grays Hall Surgery");
  g_assert_cmpint (caseload_plan_get_version (plan), ==, 2);
  g_assert_cmpstr (caseload_plan_get_review_on (plan), ==, "2027-02-20");

  current = read_plan (f, f->base.gp, f->person, 0);
  g_assert_cmpstr (caseload_plan_get_review_on (current), ==, "2027-02-20");
  g_assert_cmpint (caseload_plan_goal_get_progress (g_ptr_array_index (caseload_plan_get_goals (current), 0)), ==,
                   CASELOAD_GOAL_ACHIEVED);
  reviews = caseload_store_list_reviews (f->base.store, f->base.gp, caseload_person_get_id (f->person), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reviews->len, ==, 1);
  g_assert_cmpstr (caseload_review_get_person_said (g_ptr_array_index (reviews, 0)), ==,
                   "Sleeping better; still not ready for the walking group.");
  g_assert_cmpint (caseload_review_get_plan_version (g_ptr_array_index (reviews, 0)), ==, 2);
}

/* The open tasks on @owner's list (seen by @owner). */
static GPtrArray *
open_tasks (Fixture       *f,
            CaseloadStaff *owner)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *tasks = caseload_store_list_tasks (f->base.store, owner, caseload_staff_get_id (owner), NULL, FALSE,
                                                0, 100, &error);

  g_assert_no_error (error);
  return tasks;
}

static CaseloadTask *
task_for (GPtrArray          *tasks,
          CaseloadPlanAction *action)
{
  for (guint i = 0; i < tasks->len; i++)
    {
      CaseloadTask *task = g_ptr_array_index (tasks, i);

      if (g_strcmp0 (caseload_task_get_source_id (task), caseload_plan_action_get_id (action)) == 0)
        return task;
    }
  return NULL;
}

static void
test_tasks (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadPlan) plan = new_plan (f->person);
  g_autoptr(GPtrArray) arrs_tasks = NULL;
  g_autoptr(GPtrArray) mind_tasks = NULL;
  g_autoptr(GPtrArray) colleague_tasks = NULL;
  g_autoptr(GPtrArray) eput_tasks = NULL;
  g_autoptr(CaseloadPlan) saved = NULL;
  CaseloadPlanGoal *goal = g_ptr_array_index (caseload_plan_get_goals (plan), 0);
  CaseloadPlanAction *by_worker, *by_mind, *own, *long_action;
  CaseloadPlanAction *saved_action;
  CaseloadTask *task;
  g_autofree char *worker_task_id = NULL;

  /* Mind sees the person (and may add); EPUT does not. */
  test_share (&f->base, f->person, f->base.mind, TRUE, TRUE);
  by_worker = add_action (goal, "Help Aisha apply for the sleep clinic", CASELOAD_ACTION_OWNER_WORKER,
                          caseload_staff_get_id (f->arrs), "2026-12-10");
  by_mind = add_action (goal, "Peer support session on sleep and routine", CASELOAD_ACTION_OWNER_ORGANISATION,
                        caseload_organisation_get_id (f->base.mind), "2026-12-15");
  own = g_ptr_array_index (caseload_plan_goal_get_actions (goal), 0);
  save_plan (f, f->base.gp, plan);

  /* Owner names filled by the store, and kept in the version. */
  g_assert_cmpstr (caseload_plan_action_get_owner_name (by_worker), ==, "Tom Harris");
  g_assert_cmpstr (caseload_plan_action_get_owner_name (by_mind), ==, "Thurrock & Brentwood Mind");
  saved = read_plan (f, f->base.gp, f->person, 1);
  saved_action = g_ptr_array_index (caseload_plan_goal_get_actions (g_ptr_array_index (caseload_plan_get_goals (saved), 0)), 2);
  g_assert_cmpstr (caseload_plan_action_get_owner_name (saved_action), ==, "Thurrock & Brentwood Mind");

  /* The worker's action on their list. */
  arrs_tasks = open_tasks (f, f->arrs);
  g_assert_cmpuint (arrs_tasks->len, ==, 1);
  task = task_for (arrs_tasks, by_worker);
  g_assert_nonnull (task);
  g_assert_cmpint (caseload_task_get_origin (task), ==, CASELOAD_TASK_ORIGIN_PLAN_ACTION);
  g_assert_cmpstr (caseload_task_get_title (task), ==, "Help Aisha apply for the sleep clinic");
  g_assert_cmpstr (caseload_task_get_due_on (task), ==, "2026-12-10");
  g_assert_cmpstr (caseload_task_get_owner_id (task), ==, caseload_staff_get_id (f->arrs));
  g_assert_null (task_for (arrs_tasks, own));
  worker_task_id = g_strdup (caseload_task_get_id (task));

  /* The organisation's action on the list of everyone there; not on another's. */
  mind_tasks = open_tasks (f, f->base.worker);
  task = task_for (mind_tasks, by_mind);
  g_assert_nonnull (task);
  g_assert_null (caseload_task_get_owner_id (task));
  g_assert_cmpstr (caseload_task_get_owner_organisation_id (task), ==, caseload_organisation_get_id (f->base.mind));
  g_assert_cmpstr (caseload_task_get_owner_organisation_name (task), ==, "Thurrock & Brentwood Mind");
  g_assert_cmpstr (caseload_task_get_due_on (task), ==, "2026-12-15");
  colleague_tasks = open_tasks (f, f->befriender);
  g_assert_nonnull (task_for (colleague_tasks, by_mind));
  g_assert_null (task_for (colleague_tasks, by_worker));
  eput_tasks = open_tasks (f, f->nurse);
  g_assert_cmpuint (eput_tasks->len, ==, 0);
  g_clear_pointer (&eput_tasks, g_ptr_array_unref);

  /* A colleague at Mind marks the organisation's task done. */
  caseload_task_set_done (task, TRUE);
  g_assert_true (caseload_store_save_task (f->base.store, f->befriender, task, &error));
  g_assert_no_error (error);
  g_clear_pointer (&mind_tasks, g_ptr_array_unref);
  mind_tasks = open_tasks (f, f->base.worker);
  g_assert_null (task_for (mind_tasks, by_mind));

  /* The worker's action moves: the same task follows; then it is done: closed. */
  caseload_plan_action_set_due_on (by_worker, "2026-12-20");
  caseload_plan_action_set_words (by_worker, "Help Aisha apply for the sleep clinic at Orsett");
  save_plan (f, f->base.gp, plan);
  g_clear_pointer (&arrs_tasks, g_ptr_array_unref);
  arrs_tasks = open_tasks (f, f->arrs);
  task = task_for (arrs_tasks, by_worker);
  g_assert_nonnull (task);
  g_assert_cmpstr (caseload_task_get_id (task), ==, worker_task_id);
  g_assert_cmpstr (caseload_task_get_due_on (task), ==, "2026-12-20");
  g_assert_cmpstr (caseload_task_get_title (task), ==, "Help Aisha apply for the sleep clinic at Orsett");

  /* Long words make a short title, cut at a word. */
  long_action = add_action (goal, "Ring the Orsett sleep clinic every Monday morning to ask where Aisha is on the "
                            "waiting list, and tell her what they say the same day, by text or by phone, "
                            "whichever she prefers that week", CASELOAD_ACTION_OWNER_WORKER,
                            caseload_staff_get_id (f->arrs), "2026-12-21");
  save_plan (f, f->base.gp, plan);
  g_clear_pointer (&arrs_tasks, g_ptr_array_unref);
  arrs_tasks = open_tasks (f, f->arrs);
  task = task_for (arrs_tasks, long_action);
  g_assert_nonnull (task);
  g_assert_cmpint (g_utf8_strlen (caseload_task_get_title (task), -1), <=, CASELOAD_PLAN_ACTION_TASK_TITLE_CHARS);
  g_assert_true (g_str_has_prefix (caseload_task_get_title (task), "Ring the Orsett sleep clinic every Monday"));
  g_assert_true (g_str_has_suffix (caseload_task_get_title (task), "…"));
  g_assert_false (g_str_has_suffix (caseload_task_get_title (task), " …"));
  g_assert_null (strstr (caseload_task_get_title (task), "prefers"));
  g_ptr_array_remove (caseload_plan_goal_get_actions (goal), long_action);

  caseload_plan_action_set_done (by_worker, TRUE);
  save_plan (f, f->base.gp, plan);
  g_clear_pointer (&arrs_tasks, g_ptr_array_unref);
  arrs_tasks = open_tasks (f, f->arrs);
  g_assert_null (task_for (arrs_tasks, by_worker));

  /* A new organisation action, then removed from the plan: its task closes. */
  by_mind = add_action (goal, "Invite Aisha to the Wednesday peer group", CASELOAD_ACTION_OWNER_ORGANISATION,
                        caseload_organisation_get_id (f->base.mind), "2026-12-02");
  save_plan (f, f->base.gp, plan);
  g_clear_pointer (&colleague_tasks, g_ptr_array_unref);
  colleague_tasks = open_tasks (f, f->befriender);
  g_assert_nonnull (task_for (colleague_tasks, by_mind));
  g_object_ref (by_mind);
  g_ptr_array_remove_index (caseload_plan_goal_get_actions (goal), 3);
  save_plan (f, f->base.gp, plan);
  g_clear_pointer (&colleague_tasks, g_ptr_array_unref);
  colleague_tasks = open_tasks (f, f->befriender);
  g_assert_null (task_for (colleague_tasks, by_mind));
  g_object_unref (by_mind);
}

static void
test_referral_review_date (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadReferral) referral = caseload_referral_new ();
  g_autoptr(CaseloadReferral) read = NULL;
  g_autoptr(CaseloadPlan) plan = new_plan (f->person);

  caseload_referral_set_person_id (referral, caseload_person_get_id (f->person));
  caseload_referral_set_source (referral, CASELOAD_REFERRAL_SOURCE_GP);
  caseload_referral_set_received_at (referral, "2026-11-02T09:00:00Z");
  caseload_referral_set_reason (referral, "Low mood and poor sleep; asks for support.");
  caseload_referral_set_urgency (referral, CASELOAD_URGENCY_ROUTINE);
  caseload_referral_set_person_agreed (referral, TRUE);
  g_assert_true (caseload_store_create_referral (f->base.store, f->base.gp, referral, &error));
  g_assert_no_error (error);
  caseload_referral_set_triage_outcome (referral, CASELOAD_TRIAGE_ACCEPT);
  caseload_referral_set_decided_by (referral, caseload_staff_get_id (f->manager));
  caseload_referral_set_decided_on (referral, "2026-11-05");
  g_assert_true (caseload_store_triage_referral (f->base.store, f->manager, referral, &error));
  g_assert_no_error (error);

  save_plan (f, f->base.gp, plan);
  read = caseload_store_get_referral (f->base.store, f->base.gp, caseload_referral_get_id (referral), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (caseload_referral_get_next_review_on (read), ==, "2027-01-15");
}

static void
test_dashboard (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadPerson) b = test_add_practice_person (&f->base, "Ben", "Carter");
  g_autoptr(CaseloadPerson) c = test_add_practice_person (&f->base, "Chloe", "Davies");
  g_autoptr(CaseloadPerson) d = test_add_practice_person (&f->base, "Dev", "Evans");
  g_autoptr(CaseloadPlan) plan_a = new_plan (f->person);
  g_autoptr(CaseloadPlan) plan_b = new_plan (b);
  g_autoptr(CaseloadDashboard) dashboard = NULL;
  g_autoptr(CaseloadDashboard) elsewhere = NULL;
  g_autofree char *overdue = NULL;
  struct {
    CaseloadPerson     *person;
    CaseloadInstrument  instrument;
    int                 total;
    const char         *on;
  } measures[] = {
    /* A: PHQ-9 20 → 12 (−8), GAD-7 once. */
    { f->person, CASELOAD_INSTRUMENT_PHQ9, 20, "2026-09-01" },
    { f->person, CASELOAD_INSTRUMENT_PHQ9, 12, "2026-11-01" },
    { f->person, CASELOAD_INSTRUMENT_GAD7, 10, "2026-09-01" },
    /* B: PHQ-9 15 → 10 → 9 (−6 first to last); GAD-7 14 → 7 (−7). */
    { b, CASELOAD_INSTRUMENT_PHQ9, 15, "2026-10-01" },
    { b, CASELOAD_INSTRUMENT_PHQ9, 10, "2026-10-20" },
    { b, CASELOAD_INSTRUMENT_PHQ9, 9, "2026-11-10" },
    { b, CASELOAD_INSTRUMENT_GAD7, 14, "2026-10-01" },
    { b, CASELOAD_INSTRUMENT_GAD7, 7, "2026-11-10" },
    /* C: PHQ-9 10 → 10 (0), the earlier one before the range does not count: once only;
     * then 10 → 10 inside it. */
    { c, CASELOAD_INSTRUMENT_PHQ9, 25, "2026-05-01" },
    { c, CASELOAD_INSTRUMENT_PHQ9, 10, "2026-08-15" },
    { c, CASELOAD_INSTRUMENT_PHQ9, 10, "2026-11-15" },
    /* D: measured once in range. */
    { d, CASELOAD_INSTRUMENT_PHQ9, 5, "2026-08-20" },
  };
  CaseloadDashboardChange *change;

  for (guint i = 0; i < G_N_ELEMENTS (measures); i++)
    {
      g_autoptr(CaseloadMeasure) measure = new_measure (measures[i].person, measures[i].instrument,
                                                        measures[i].total, measures[i].on);

      save_measure (f, measure);
    }

  /* Goals: A 3 (1 achieved), B 2 (1 achieved); B's review overdue. */
  add_goal (plan_a, "Back to the allotment", CASELOAD_LIFE_AREA_LEISURE, CASELOAD_GOAL_ACHIEVED);
  add_goal (plan_a, "Cook twice a week", CASELOAD_LIFE_AREA_PHYSICAL_HEALTH, CASELOAD_GOAL_CHANGED_MIND);
  add_goal (plan_b, "Find a job in a garden centre", CASELOAD_LIFE_AREA_JOB, CASELOAD_GOAL_ACHIEVED);
  save_plan (f, f->base.gp, plan_a);
  save_plan (f, f->base.gp, plan_b);
  overdue = g_strdup_printf ("UPDATE plan SET review_on = '2026-11-01' WHERE person_id = '%s'",
                             caseload_person_get_id (b));
  test_raw_exec (&f->base, overdue);

  dashboard = caseload_store_read_dashboard (f->base.store, f->manager, "2026-08-01", "2026-11-30", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dashboard->people_measured, ==, 4);
  g_assert_cmpuint (dashboard->people_measured_twice, ==, 3);
  g_assert_cmpuint (dashboard->measure_change->len, ==, 2);
  change = &g_array_index (dashboard->measure_change, CaseloadDashboardChange, 0);
  g_assert_cmpint (change->instrument, ==, CASELOAD_INSTRUMENT_PHQ9);
  g_assert_cmpuint (change->people, ==, 3);
  g_assert_cmpfloat (change->median_change, ==, -6);   /* of −8, −6, 0 */
  change = &g_array_index (dashboard->measure_change, CaseloadDashboardChange, 1);
  g_assert_cmpint (change->instrument, ==, CASELOAD_INSTRUMENT_GAD7);
  g_assert_cmpuint (change->people, ==, 1);
  g_assert_cmpfloat (change->median_change, ==, -7);
  g_assert_cmpuint (dashboard->goals, ==, 5);
  g_assert_cmpuint (dashboard->goals_achieved, ==, 2);
  g_assert_cmpuint (dashboard->plan_reviews_overdue, ==, 1);

  /* Another PCN's figures: nothing of these people. */
  elsewhere = caseload_store_read_dashboard (f->base.store, f->manager, "2026-08-01", "2026-11-30", "Tilbury",
                                             &error);
  g_assert_no_error (error);
  g_assert_cmpuint (elsewhere->people_measured, ==, 0);
  g_assert_cmpuint (elsewhere->measure_change->len, ==, 0);
  g_assert_cmpuint (elsewhere->goals, ==, 0);
  g_assert_cmpuint (elsewhere->plan_reviews_overdue, ==, 0);
}

static void
test_permissions (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadPlan) plan = new_plan (f->person);
  g_autoptr(CaseloadPlan) theirs = new_plan (f->person);
  g_autoptr(CaseloadPlan) read = NULL;
  g_autoptr(CaseloadPlan) seen = NULL;
  g_autoptr(CaseloadMeasure) measure = new_measure (f->person, CASELOAD_INSTRUMENT_PHQ9, 5, "2026-11-20");
  g_autoptr(GPtrArray) measures = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  const char *id = caseload_person_get_id (f->person);

  save_plan (f, f->base.gp, plan);

  /* Mind without the person's consent: neither read nor write. */
  read = caseload_store_get_plan (f->base.store, f->base.worker, id, 0, &error);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION);
  g_assert_null (read);
  g_clear_error (&error);
  versions = caseload_store_list_plan_versions (f->base.store, f->base.worker, id, &error);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION);
  g_assert_null (versions);
  g_clear_error (&error);
  caseload_plan_set_version (theirs, 1);
  g_assert_false (caseload_store_save_plan (f->base.store, f->base.worker, theirs, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_false (caseload_store_save_measure (f->base.store, f->base.worker, measure, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION);
  g_clear_error (&error);
  measures = caseload_store_list_measures (f->base.store, f->base.worker, id, -1, &error);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION);
  g_assert_null (measures);
  g_clear_error (&error);
  g_assert_cmpuint (n_versions (f, f->person), ==, 1);

  /* With leave to view only: reads, but still may not write. */
  test_share (&f->base, f->person, f->base.mind, TRUE, FALSE);
  seen = read_plan (f, f->base.worker, f->person, 0);
  g_assert_cmpint (caseload_plan_get_version (seen), ==, 1);
  g_assert_false (caseload_store_save_plan (f->base.store, f->base.worker, seen, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION);
  g_assert_cmpuint (n_versions (f, f->person), ==, 1);
}

/* The actions of the person's audit events, newest first, space-separated. */
static char *
audited (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = caseload_store_list_audit (f->base.store, f->manager, NULL,
                                                           caseload_person_get_id (f->person), NULL, NULL, 0, 100,
                                                           &error);
  GString *actions = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < events->len; i++)
    g_string_append_printf (actions, " %s", caseload_audit_event_get_action (g_ptr_array_index (events, i)));
  return g_string_free (actions, FALSE);
}

static void
test_audited (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadPlan) plan = new_plan (f->person);
  g_autoptr(CaseloadMeasure) measure = new_measure (f->person, CASELOAD_INSTRUMENT_GAD7, 8, "2026-11-20");
  g_autoptr(CaseloadReview) review = new_review (f->person, "2027-02-20");
  g_autoptr(CaseloadPlan) stale = NULL;
  g_autofree char *before = audited (f);
  g_autofree char *after_refusal = NULL;
  g_autofree char *after = NULL;

  save_plan (f, f->base.gp, plan);
  save_measure (f, measure);
  g_assert_true (caseload_store_save_review (f->base.store, f->arrs, review, plan, &error));
  g_assert_no_error (error);
  after = audited (f);
  g_assert_cmpstr (after, !=, before);
  /* Both stores name the saves alike. */
  g_assert_nonnull (strstr (after, " review-add plan-save measure-add plan-save"));

  /* A refused save leaves nothing in the trail either. */
  stale = caseload_plan_copy (plan);
  caseload_plan_set_version (stale, 1);
  g_assert_false (caseload_store_save_plan (f->base.store, f->base.gp, stale, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_CONFLICT);
  after_refusal = audited (f);
  g_assert_cmpstr (after_refusal, ==, after);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  test_init_backend ();

  TEST ("/plans/first-save-and-versions", test_first_save_and_versions);
  TEST ("/plans/conflict", test_conflict);
  TEST ("/plans/validation", test_validation);
  TEST ("/plans/measures", test_measures);
  TEST ("/plans/review", test_review);
  TEST ("/plans/tasks", test_tasks);
  TEST ("/plans/referral-review-date", test_referral_review_date);
  TEST ("/plans/dashboard", test_dashboard);
  TEST ("/plans/permissions", test_permissions);
  TEST ("/plans/audited", test_audited);

  return g_test_run ();
}
