/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * IPS employment (referrals, employer contacts, jobs), IPS-25 fidelity reviews, housing
 * referrals with their status history, accommodation status and staff working time,
 * through the store interface: the same cases run on SQLite and PostgreSQL. The clock is
 * fixed at 2026-11-22 10:00 UTC.
 */
#include "config.h"

#include <string.h>

#include "caseload-fidelity.h"
#include "caseload-housing-status-change.h"
#include "caseload-ips.h"
#include "caseload-pathways.h"
#include "test-util.h"

typedef struct {
  TestStore             base;
  CaseloadOrganisation *eput;
  CaseloadOrganisation *housing;    /* Thurrock Housing Solutions */
  CaseloadOrganisation *ips;        /* Thurrock IPS Employment Service */
  CaseloadStaff        *nurse;      /* at EPUT */
  CaseloadStaff        *arrs;       /* a mental health practitioner at the practice */
  CaseloadStaff        *manager;    /* the team manager, at the practice */
  CaseloadStaff        *specialist; /* an employment specialist at EPUT, part time */
  CaseloadStaff        *officer;    /* a housing officer at Housing Solutions */
  CaseloadStaff        *agne;       /* an employment specialist at the IPS service */
  CaseloadPerson       *person;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  test_store_setup (&f->base, data);
  test_add_team (&f->base, &f->eput, &f->nurse, &f->arrs, &f->manager);
  f->housing = caseload_organisation_new ();
  caseload_organisation_set_name (f->housing, "Thurrock Housing Solutions");
  caseload_organisation_set_kind (f->housing, CASELOAD_ORGANISATION_HOUSING);
  g_assert_true (caseload_store_save_organisation (f->base.store, f->housing, &error));
  g_assert_no_error (error);
  f->officer = test_new_staff (&f->base, "Kieran Walsh", "kieran.walsh", CASELOAD_ROLE_HOUSING_OFFICER, f->housing);
  f->ips = caseload_organisation_new ();
  caseload_organisation_set_name (f->ips, "Thurrock IPS Employment Service");
  caseload_organisation_set_kind (f->ips, CASELOAD_ORGANISATION_EMPLOYMENT);
  g_assert_true (caseload_store_save_organisation (f->base.store, f->ips, &error));
  g_assert_no_error (error);
  f->agne = test_new_staff (&f->base, "Agnė Kazlauskienė", "agne.kazlauskiene", CASELOAD_ROLE_EMPLOYMENT_SPECIALIST,
                            f->ips);

  f->specialist = caseload_staff_new ();
  caseload_staff_set_display_name (f->specialist, "Priya Shah");
  caseload_staff_set_role (f->specialist, "Employment specialist");
  caseload_staff_set_access_role (f->specialist, CASELOAD_ROLE_MENTAL_HEALTH_PRACTITIONER);
  caseload_staff_set_username (f->specialist, "priya.shah");
  caseload_staff_set_organisation_id (f->specialist, caseload_organisation_get_id (f->eput));
  caseload_staff_set_fte (f->specialist, 0.6);
  g_assert_true (caseload_store_save_staff (f->base.store, NULL, f->specialist, &error));
  g_assert_no_error (error);

  /* Registered at the practice, and known to EPUT (where the specialist works). */
  f->person = test_add_practice_person (&f->base, "Aisha", "Bello");
  g_assert_true (caseload_store_add_care_relationship (f->base.store, f->base.gp, caseload_person_get_id (f->person),
                                                       caseload_organisation_get_id (f->eput), "referral", &error));
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->person);
  g_clear_object (&f->eput);
  g_clear_object (&f->housing);
  g_clear_object (&f->ips);
  g_clear_object (&f->nurse);
  g_clear_object (&f->arrs);
  g_clear_object (&f->manager);
  g_clear_object (&f->specialist);
  g_clear_object (&f->officer);
  g_clear_object (&f->agne);
  test_store_teardown (&f->base, data);
}

#define TEST(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

static CaseloadPathways *
read_pathways (Fixture       *f,
               CaseloadStaff *actor)
{
  g_autoptr(GError) error = NULL;
  CaseloadPathways *pathways = caseload_store_read_pathways (f->base.store, actor, caseload_person_get_id (f->person),
                                                             &error);

  g_assert_no_error (error);
  g_assert_nonnull (pathways);
  return pathways;
}

/* Fails the test unless @error is a refusal of @code whose message has @words. */
static void
assert_refused (GError     *error,
                int         code,
                const char *words)
{
  g_assert_error (error, CASELOAD_ERROR, code);
  if (words != NULL && strstr (error->message, words) == NULL)
    g_error ("“%s” does not say “%s”", error->message, words);
}

static gboolean
may_work_with (Fixture       *f,
          CaseloadStaff *actor)
{
  g_autoptr(GError) error = NULL;
  CaseloadAccess access;

  g_assert_true (caseload_store_check_access (f->base.store, actor, caseload_person_get_id (f->person), &access, NULL,
                                              &error));
  g_assert_no_error (error);
  return access.may_view && access.may_add;
}

/* Whether @actor may see and add to the person, as a record opened and as their lists
 * (which the store keeps per organisation) say. */
static gboolean
sees (Fixture       *f,
      CaseloadStaff *actor)
{
  g_autoptr(GError) error = NULL;
  gboolean may = may_work_with (f, actor);
  guint count = 0;

  g_assert_true (caseload_store_count_people (f->base.store, actor, NULL, &count, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count, ==, may ? 1 : 0);
  return may;
}

/* The actions audited on the person, oldest first, and every detail in one string. */
static char *
audited (Fixture  *f,
         char    **details)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = caseload_store_list_audit (f->base.store, f->manager, NULL,
                                                           caseload_person_get_id (f->person), NULL, NULL, 0, 200,
                                                           &error);
  GString *actions = g_string_new (NULL);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = events->len; i > 0; i--)
    {
      CaseloadAuditEvent *event = g_ptr_array_index (events, i - 1);

      g_string_append_printf (actions, " %s", caseload_audit_event_get_action (event));
      if (caseload_audit_event_get_detail (event) != NULL)
        g_string_append (text, caseload_audit_event_get_detail (event));
    }
  if (details != NULL)
    *details = g_string_free (text, FALSE);
  else
    g_string_free (text, TRUE);
  return g_string_free (actions, FALSE);
}

/* IPS */

static CaseloadIpsReferral *
new_ips_referral (Fixture    *f,
                  const char *referred_on)
{
  CaseloadIpsReferral *referral = caseload_ips_referral_new ();

  caseload_ips_referral_set_person_id (referral, caseload_person_get_id (f->person));
  caseload_ips_referral_set_wants_work (referral, TRUE);
  caseload_ips_referral_set_referred_on (referral, referred_on);
  caseload_ips_referral_set_specialist_id (referral, caseload_staff_get_id (f->specialist));
  return referral;
}

static CaseloadIpsReferral *
add_ips_referral (Fixture       *f,
                  CaseloadStaff *actor,
                  const char    *referred_on)
{
  g_autoptr(GError) error = NULL;
  CaseloadIpsReferral *referral = new_ips_referral (f, referred_on);

  g_assert_true (caseload_store_save_ips_referral (f->base.store, actor, referral, &error));
  g_assert_no_error (error);
  return referral;
}

static CaseloadIpsJob *
new_job (CaseloadIpsReferral *referral,
         const char          *started_on,
         double               hours)
{
  CaseloadIpsJob *job = caseload_ips_job_new ();

  caseload_ips_job_set_referral_id (job, caseload_ips_referral_get_id (referral));
  caseload_ips_job_set_employer (job, "Lakeside Garden Centre");
  caseload_ips_job_set_role (job, "Sales assistant");
  caseload_ips_job_set_hours_per_week (job, hours);
  caseload_ips_job_set_pay_type (job, CASELOAD_PAY_HOURLY);
  caseload_ips_job_set_started_on (job, started_on);
  return job;
}

static CaseloadEmployerContact *
new_contact (CaseloadIpsReferral     *referral,
             const char              *contacted_on,
             CaseloadEmployerOutcome  outcome)
{
  CaseloadEmployerContact *contact = caseload_employer_contact_new ();

  caseload_employer_contact_set_referral_id (contact, caseload_ips_referral_get_id (referral));
  caseload_employer_contact_set_employer (contact, "Lakeside Garden Centre");
  caseload_employer_contact_set_contacted_on (contact, contacted_on);
  caseload_employer_contact_set_outcome (contact, outcome);
  caseload_employer_contact_set_note (contact, "Spoke to the manager about weekend shifts.");
  return contact;
}

static void
test_ips_journey (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadIpsReferral) referral = add_ips_referral (f, f->arrs, "2026-09-01");
  g_autoptr(CaseloadEmployerContact) contact = new_contact (referral, "2026-09-20", CASELOAD_EMPLOYER_INTERVIEW);
  g_autoptr(CaseloadIpsJob) job = new_job (referral, "2026-10-05", 16);
  g_autoptr(CaseloadPathways) pathways = NULL;
  CaseloadIpsReferral *read;
  CaseloadIpsJob *read_job;
  CaseloadEmployerContact *read_contact;

  /* The store fills who referred, from where, and the specialist's name. */
  g_assert_nonnull (caseload_ips_referral_get_id (referral));
  g_assert_cmpint (caseload_ips_referral_get_version (referral), ==, 1);
  g_assert_cmpstr (caseload_ips_referral_get_referred_by_id (referral), ==, caseload_staff_get_id (f->arrs));
  g_assert_cmpstr (caseload_ips_referral_get_referred_by_name (referral), ==, "Tom Harris");
  g_assert_cmpstr (caseload_ips_referral_get_referred_by_organisation_name (referral), ==, "Grays Hall Surgery");
  g_assert_cmpstr (caseload_ips_referral_get_specialist_name (referral), ==, "Priya Shah");
  g_assert_nonnull (caseload_ips_referral_get_created_at (referral));

  /* Engaged, with benefits advice; then a contact and a job. */
  caseload_ips_referral_set_engaged_on (referral, "2026-09-08");
  caseload_ips_referral_set_job_search_on (referral, "2026-09-15");
  caseload_ips_referral_set_benefits_advice (referral, TRUE);
  caseload_ips_referral_set_benefits_advice_on (referral, "2026-09-10");
  g_assert_true (caseload_store_save_ips_referral (f->base.store, f->nurse, referral, &error));
  g_assert_no_error (error);
  g_assert_cmpint (caseload_ips_referral_get_version (referral), ==, 2);
  g_assert_cmpstr (caseload_ips_referral_get_referred_by_name (referral), ==, "Tom Harris");

  g_assert_true (caseload_store_save_employer_contact (f->base.store, f->nurse, contact, &error));
  g_assert_no_error (error);
  g_assert_nonnull (caseload_employer_contact_get_id (contact));
  g_assert_true (caseload_store_save_ips_job (f->base.store, f->nurse, job, &error));
  g_assert_no_error (error);
  g_assert_nonnull (caseload_ips_job_get_id (job));
  g_assert_cmpint (caseload_ips_job_get_version (job), ==, 1);

  /* The job ends; a stale copy of it is refused. */
  caseload_ips_job_set_ended_on (job, "2026-11-20");
  caseload_ips_job_set_end_reason (job, CASELOAD_JOB_NEW_JOB);
  g_assert_true (caseload_store_save_ips_job (f->base.store, f->nurse, job, &error));
  g_assert_no_error (error);
  g_assert_cmpint (caseload_ips_job_get_version (job), ==, 2);
  caseload_ips_job_set_version (job, 1);
  caseload_ips_job_set_end_note (job, "Moved to full time elsewhere.");
  g_assert_false (caseload_store_save_ips_job (f->base.store, f->nurse, job, &error));
  assert_refused (error, CASELOAD_ERROR_CONFLICT, NULL);
  g_clear_error (&error);

  pathways = read_pathways (f, f->manager);
  g_assert_cmpuint (pathways->ips_referrals->len, ==, 1);
  read = g_ptr_array_index (pathways->ips_referrals, 0);
  g_assert_cmpstr (caseload_ips_referral_get_engaged_on (read), ==, "2026-09-08");
  g_assert_true (caseload_ips_referral_get_benefits_advice (read));
  g_assert_cmpstr (caseload_ips_referral_get_benefits_advice_on (read), ==, "2026-09-10");
  g_assert_cmpuint (caseload_ips_referral_get_contacts (read)->len, ==, 1);
  read_contact = g_ptr_array_index (caseload_ips_referral_get_contacts (read), 0);
  g_assert_cmpstr (caseload_employer_contact_get_employer (read_contact), ==, "Lakeside Garden Centre");
  g_assert_cmpint (caseload_employer_contact_get_outcome (read_contact), ==, CASELOAD_EMPLOYER_INTERVIEW);
  g_assert_cmpuint (caseload_ips_referral_get_jobs (read)->len, ==, 1);
  read_job = g_ptr_array_index (caseload_ips_referral_get_jobs (read), 0);
  g_assert_cmpfloat (caseload_ips_job_get_hours_per_week (read_job), ==, 16);
  g_assert_cmpint (caseload_ips_job_get_pay_type (read_job), ==, CASELOAD_PAY_HOURLY);
  g_assert_cmpstr (caseload_ips_job_get_ended_on (read_job), ==, "2026-11-20");
  g_assert_cmpint (caseload_ips_job_get_end_reason (read_job), ==, CASELOAD_JOB_NEW_JOB);
  g_assert_null (caseload_ips_job_get_end_note (read_job));
  g_assert_cmpint (caseload_ips_referral_stage (read), ==, CASELOAD_IPS_STAGE_JOB_SEARCH);
}

/* The specialist's organisation sees the person while the referral is open. */
static void
test_specialist_sees_person (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadIpsReferral) referral = new_ips_referral (f, "2026-10-01");
  g_autoptr(CaseloadEmployerContact) contact = NULL;

  g_assert_false (sees (f, f->agne));
  caseload_ips_referral_set_specialist_id (referral, caseload_staff_get_id (f->agne));
  g_assert_true (caseload_store_save_ips_referral (f->base.store, f->arrs, referral, &error));
  g_assert_no_error (error);
  g_assert_true (sees (f, f->agne));

  /* She records her work on it, and closes it. */
  contact = new_contact (referral, "2026-10-20", CASELOAD_EMPLOYER_FOLLOW_UP);
  g_assert_true (caseload_store_save_employer_contact (f->base.store, f->agne, contact, &error));
  g_assert_no_error (error);
  caseload_ips_referral_set_engaged_on (referral, "2026-10-08");
  caseload_ips_referral_set_closed_on (referral, "2026-11-20");
  caseload_ips_referral_set_close_reason (referral, "Does not want to work at the moment");
  g_assert_true (caseload_store_save_ips_referral (f->base.store, f->agne, referral, &error));
  g_assert_no_error (error);
  g_assert_false (sees (f, f->agne));

  /* Reopened by the practice. */
  caseload_ips_referral_set_closed_on (referral, NULL);
  caseload_ips_referral_set_close_reason (referral, NULL);
  g_assert_true (caseload_store_save_ips_referral (f->base.store, f->arrs, referral, &error));
  g_assert_no_error (error);
  g_assert_true (sees (f, f->agne));
}

static void
test_job_before_referral (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadIpsReferral) referral = add_ips_referral (f, f->arrs, "2026-10-01");
  g_autoptr(CaseloadIpsJob) early = new_job (referral, "2026-09-28", 20);
  g_autoptr(CaseloadIpsJob) job = new_job (referral, "2026-10-12", 20);
  g_autoptr(CaseloadPathways) pathways = NULL;

  /* Refused, with nothing saved. */
  g_assert_false (caseload_store_save_ips_job (f->base.store, f->nurse, early, &error));
  assert_refused (error, CASELOAD_ERROR_VALIDATION, "before the referral");
  g_clear_error (&error);
  g_assert_null (caseload_ips_job_get_id (early));
  pathways = read_pathways (f, f->nurse);
  g_assert_cmpuint (caseload_ips_referral_get_jobs (g_ptr_array_index (pathways->ips_referrals, 0))->len, ==, 0);

  /* A referral date moved after a job it already has is refused too. */
  g_assert_true (caseload_store_save_ips_job (f->base.store, f->nurse, job, &error));
  g_assert_no_error (error);
  caseload_ips_referral_set_referred_on (referral, "2026-10-20");
  g_assert_false (caseload_store_save_ips_referral (f->base.store, f->nurse, referral, &error));
  assert_refused (error, CASELOAD_ERROR_VALIDATION, NULL);
  g_clear_error (&error);

  /* A job on a referral that does not exist. */
  caseload_ips_job_set_id (early, NULL);
  caseload_ips_job_set_referral_id (early, "no-such-referral");
  caseload_ips_job_set_started_on (early, "2026-10-12");
  g_assert_false (caseload_store_save_ips_job (f->base.store, f->nurse, early, &error));
  assert_refused (error, CASELOAD_ERROR_NOT_FOUND, NULL);
}

static void
test_ips_referral_checks (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadIpsReferral) referral = new_ips_referral (f, "2026-11-01");
  g_autoptr(CaseloadIpsReferral) stale = NULL;

  /* Zero exclusion: wanting to work is the only criterion, and it is needed. */
  caseload_ips_referral_set_wants_work (referral, FALSE);
  g_assert_false (caseload_store_save_ips_referral (f->base.store, f->arrs, referral, &error));
  assert_refused (error, CASELOAD_ERROR_VALIDATION, NULL);
  g_clear_error (&error);
  caseload_ips_referral_set_wants_work (referral, TRUE);

  /* A specialist who is not on the staff. */
  caseload_ips_referral_set_specialist_id (referral, "nobody");
  g_assert_false (caseload_store_save_ips_referral (f->base.store, f->arrs, referral, &error));
  assert_refused (error, CASELOAD_ERROR_VALIDATION, "employment specialist");
  g_clear_error (&error);
  g_assert_null (caseload_ips_referral_get_id (referral));

  /* Mind may not add to Aisha's record: no referral from there. */
  caseload_ips_referral_set_specialist_id (referral, caseload_staff_get_id (f->specialist));
  g_assert_false (caseload_store_save_ips_referral (f->base.store, f->base.worker, referral, &error));
  assert_refused (error, CASELOAD_ERROR_PERMISSION, NULL);
  g_clear_error (&error);

  /* Two saves from the same version: the second is a conflict. */
  g_assert_true (caseload_store_save_ips_referral (f->base.store, f->arrs, referral, &error));
  g_assert_no_error (error);
  stale = caseload_ips_referral_new ();
  g_object_set (stale, "id", caseload_ips_referral_get_id (referral), "person-id",
                caseload_person_get_id (f->person), "wants-work", TRUE, "referred-on", "2026-11-01",
                "specialist-id", caseload_staff_get_id (f->specialist), "version", 1, NULL);
  caseload_ips_referral_set_closed_on (referral, "2026-11-21");
  caseload_ips_referral_set_close_reason (referral, "Moved away");
  g_assert_true (caseload_store_save_ips_referral (f->base.store, f->arrs, referral, &error));
  g_assert_no_error (error);
  g_assert_false (caseload_store_save_ips_referral (f->base.store, f->nurse, stale, &error));
  assert_refused (error, CASELOAD_ERROR_CONFLICT, NULL);
}

/* Fidelity */

static CaseloadFidelityReview *
new_review (int total)
{
  CaseloadFidelityReview *review = caseload_fidelity_review_new ();
  int scores[CASELOAD_FIDELITY_ITEMS];

  /* Every item 1, then points added item by item up to @total. */
  for (guint i = 0; i < CASELOAD_FIDELITY_ITEMS; i++)
    {
      int extra = MIN (4, total - CASELOAD_FIDELITY_ITEMS - (int) i * 4);

      scores[i] = 1 + MAX (0, extra);
    }
  caseload_fidelity_review_set_service (review, "Thurrock IPS");
  caseload_fidelity_review_set_reviewed_on (review, "2026-11-18");
  caseload_fidelity_review_set_reviewers (review, "Centre for Mental Health review team");
  caseload_fidelity_review_set_score_values (review, scores, CASELOAD_FIDELITY_ITEMS);
  return review;
}

static void
test_fidelity (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadFidelityReview) good = new_review (104);
  g_autoptr(CaseloadFidelityReview) fair = new_review (74);
  g_autoptr(CaseloadFidelityReview) partial = new_review (100);
  g_autoptr(GPtrArray) reviews = NULL;
  int scores[CASELOAD_FIDELITY_ITEMS] = { 0 };
  CaseloadFidelityReview *newest;

  g_assert_true (caseload_store_save_fidelity_review (f->base.store, f->manager, good, &error));
  g_assert_no_error (error);
  g_assert_nonnull (caseload_fidelity_review_get_id (good));
  g_assert_cmpint (caseload_fidelity_review_get_total (good), ==, 104);
  g_assert_cmpint (caseload_fidelity_review_get_band (good), ==, CASELOAD_FIDELITY_GOOD);
  g_assert_cmpstr (caseload_fidelity_review_get_recorded_by_name (good), ==, "Morven Adeyinka");

  caseload_fidelity_review_set_reviewed_on (fair, "2026-05-12");
  g_assert_true (caseload_store_save_fidelity_review (f->base.store, f->manager, fair, &error));
  g_assert_no_error (error);
  g_assert_cmpint (caseload_fidelity_review_get_total (fair), ==, 74);
  g_assert_cmpint (caseload_fidelity_review_get_band (fair), ==, CASELOAD_FIDELITY_FAIR);

  /* An item not scored; a practitioner recording one. */
  for (guint i = 0; i < CASELOAD_FIDELITY_ITEMS; i++)
    scores[i] = i == 7 ? 0 : 4;
  caseload_fidelity_review_set_score_values (partial, scores, CASELOAD_FIDELITY_ITEMS);
  g_assert_false (caseload_store_save_fidelity_review (f->base.store, f->manager, partial, &error));
  assert_refused (error, CASELOAD_ERROR_VALIDATION, NULL);
  g_clear_error (&error);
  g_clear_object (&partial);
  partial = new_review (100);
  g_assert_false (caseload_store_save_fidelity_review (f->base.store, f->nurse, partial, &error));
  assert_refused (error, CASELOAD_ERROR_PERMISSION, NULL);
  g_clear_error (&error);

  /* A review is recorded once, on both backends: a later one is a new review. */
  caseload_fidelity_review_set_note (good, "Changed afterwards");
  g_assert_false (caseload_store_save_fidelity_review (f->base.store, f->manager, good, &error));
  assert_refused (error, CASELOAD_ERROR_VALIDATION, NULL);
  g_clear_error (&error);

  /* Everyone sees them, newest first, as saved. */
  reviews = caseload_store_list_fidelity_reviews (f->base.store, f->base.worker, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reviews->len, ==, 2);
  newest = g_ptr_array_index (reviews, 0);
  g_assert_cmpstr (caseload_fidelity_review_get_id (newest), ==, caseload_fidelity_review_get_id (good));
  g_assert_cmpint (caseload_fidelity_review_get_total (newest), ==, 104);
  g_assert_cmpint (caseload_fidelity_review_get_band (newest), ==, CASELOAD_FIDELITY_GOOD);
  g_assert_cmpstr (caseload_fidelity_review_get_scores (newest), ==, caseload_fidelity_review_get_scores (good));
  g_assert_cmpstr (caseload_fidelity_review_get_reviewers (newest), ==, "Centre for Mental Health review team");
  g_assert_cmpint (caseload_fidelity_review_get_band (g_ptr_array_index (reviews, 1)), ==, CASELOAD_FIDELITY_FAIR);
}

/* Housing */

static CaseloadHousingReferral *
send_housing (Fixture       *f,
              CaseloadStaff *actor,
              const char    *sent_on)
{
  g_autoptr(GError) error = NULL;
  CaseloadHousingReferral *referral = caseload_housing_referral_new ();

  caseload_housing_referral_set_person_id (referral, caseload_person_get_id (f->person));
  caseload_housing_referral_set_kind (referral, CASELOAD_HOUSING_PREVENTION);
  caseload_housing_referral_set_organisation_id (referral, caseload_organisation_get_id (f->housing));
  caseload_housing_referral_set_sent_on (referral, sent_on);
  g_assert_true (caseload_store_save_housing_referral (f->base.store, actor, referral, &error));
  g_assert_no_error (error);
  return referral;
}

static void
move_housing (Fixture                 *f,
              CaseloadStaff           *actor,
              CaseloadHousingReferral *referral,
              CaseloadHousingStatus    status,
              const char              *on,
              const char              *reason)
{
  g_autoptr(GError) error = NULL;

  caseload_housing_referral_set_status (referral, status);
  caseload_housing_referral_set_status_on (referral, on);
  caseload_housing_referral_set_reason (referral, reason);
  g_assert_true (caseload_store_save_housing_referral (f->base.store, actor, referral, &error));
  g_assert_no_error (error);
}

static void
assert_step (CaseloadHousingReferral *referral,
             guint                    index,
             CaseloadHousingStatus    from,
             CaseloadHousingStatus    to,
             const char              *on,
             const char              *reason)
{
  CaseloadHousingStatusChange *step = g_ptr_array_index (caseload_housing_referral_get_history (referral), index);

  g_assert_cmpint (caseload_housing_status_change_get_from_status (step), ==, from);
  g_assert_cmpint (caseload_housing_status_change_get_to_status (step), ==, to);
  g_assert_cmpstr (caseload_housing_status_change_get_changed_on (step), ==, on);
  g_assert_cmpstr (caseload_housing_status_change_get_reason (step), ==, reason);
  g_assert_nonnull (caseload_housing_status_change_get_changed_by_name (step));
}

static void
test_housing_history (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadHousingReferral) referral = send_housing (f, f->arrs, "2026-10-01");
  g_autoptr(CaseloadPathways) pathways = NULL;
  CaseloadHousingReferral *read;

  g_assert_nonnull (caseload_housing_referral_get_id (referral));
  g_assert_cmpint (caseload_housing_referral_get_status (referral), ==, CASELOAD_HOUSING_SENT);
  g_assert_cmpstr (caseload_housing_referral_get_status_on (referral), ==, "2026-10-01");
  g_assert_cmpstr (caseload_housing_referral_get_organisation_name (referral), ==, "Thurrock Housing Solutions");
  g_assert_cmpstr (caseload_housing_referral_get_referred_by_name (referral), ==, "Tom Harris");
  g_assert_cmpuint (caseload_housing_referral_get_history (referral)->len, ==, 1);
  assert_step (referral, 0, CASELOAD_HOUSING_SENT, CASELOAD_HOUSING_SENT, "2026-10-01", NULL);

  move_housing (f, f->arrs, referral, CASELOAD_HOUSING_ACKNOWLEDGED, "2026-10-03", NULL);
  move_housing (f, f->arrs, referral, CASELOAD_HOUSING_ASSESSED, "2026-10-10", NULL);
  move_housing (f, f->arrs, referral, CASELOAD_HOUSING_OFFERED, "2026-10-24", NULL);
  g_assert_cmpint (caseload_housing_referral_get_version (referral), ==, 4);

  /* Backwards without a reason: refused, nothing saved. */
  caseload_housing_referral_set_status (referral, CASELOAD_HOUSING_ASSESSED);
  caseload_housing_referral_set_status_on (referral, "2026-11-02");
  g_assert_false (caseload_store_save_housing_referral (f->base.store, f->arrs, referral, &error));
  assert_refused (error, CASELOAD_ERROR_VALIDATION, "Say why");
  g_clear_error (&error);
  pathways = read_pathways (f, f->arrs);
  read = g_ptr_array_index (pathways->housing_referrals, 0);
  g_assert_cmpint (caseload_housing_referral_get_status (read), ==, CASELOAD_HOUSING_OFFERED);
  g_assert_cmpint (caseload_housing_referral_get_version (read), ==, 4);
  g_assert_cmpuint (caseload_housing_referral_get_history (read)->len, ==, 4);
  g_clear_pointer (&pathways, caseload_pathways_free);

  /* With one: accepted, and the history keeps it. */
  move_housing (f, f->arrs, referral, CASELOAD_HOUSING_ASSESSED, "2026-11-02", "The offer was withdrawn by the landlord.");
  g_assert_null (caseload_housing_referral_get_reason (referral));
  move_housing (f, f->arrs, referral, CASELOAD_HOUSING_IN_PLACE, "2026-11-16", NULL);
  caseload_housing_referral_set_outcome (referral, CASELOAD_HOUSING_OUTCOME_HOME_KEPT);
  move_housing (f, f->arrs, referral, CASELOAD_HOUSING_CLOSED, "2026-11-20", NULL);

  pathways = read_pathways (f, f->arrs);
  g_assert_cmpuint (pathways->housing_referrals->len, ==, 1);
  read = g_ptr_array_index (pathways->housing_referrals, 0);
  g_assert_cmpint (caseload_housing_referral_get_status (read), ==, CASELOAD_HOUSING_CLOSED);
  g_assert_cmpint (caseload_housing_referral_get_outcome (read), ==, CASELOAD_HOUSING_OUTCOME_HOME_KEPT);
  g_assert_cmpint (caseload_housing_referral_get_kind (read), ==, CASELOAD_HOUSING_PREVENTION);
  g_assert_cmpuint (caseload_housing_referral_get_history (read)->len, ==, 7);
  assert_step (read, 0, CASELOAD_HOUSING_SENT, CASELOAD_HOUSING_SENT, "2026-10-01", NULL);
  assert_step (read, 1, CASELOAD_HOUSING_SENT, CASELOAD_HOUSING_ACKNOWLEDGED, "2026-10-03", NULL);
  assert_step (read, 3, CASELOAD_HOUSING_ASSESSED, CASELOAD_HOUSING_OFFERED, "2026-10-24", NULL);
  assert_step (read, 4, CASELOAD_HOUSING_OFFERED, CASELOAD_HOUSING_ASSESSED, "2026-11-02",
               "The offer was withdrawn by the landlord.");
  assert_step (read, 6, CASELOAD_HOUSING_IN_PLACE, CASELOAD_HOUSING_CLOSED, "2026-11-20", NULL);
  g_assert_cmpuint (caseload_housing_referral_get_history (referral)->len, ==, 7);

  /* A stale copy is a conflict. */
  caseload_housing_referral_set_version (referral, 2);
  caseload_housing_referral_set_reason (referral, "Reopened: the tenancy is at risk again.");
  caseload_housing_referral_set_status (referral, CASELOAD_HOUSING_ASSESSED);
  g_assert_false (caseload_store_save_housing_referral (f->base.store, f->arrs, referral, &error));
  assert_refused (error, CASELOAD_ERROR_CONFLICT, NULL);
}

static void
test_housing_officer (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadHousingReferral) referral = NULL;
  g_autoptr(CaseloadHousingReferral) other = NULL;
  g_autoptr(CaseloadPathways) pathways = NULL;
  CaseloadHousingReferral *read;

  /* Before any referral, Housing Solutions cannot see Aisha. */
  g_assert_false (sees (f, f->officer));

  /* Sent by the practice: the housing officer sees her and updates the status. */
  referral = send_housing (f, f->arrs, "2026-11-02");
  g_assert_true (sees (f, f->officer));
  pathways = read_pathways (f, f->officer);
  g_assert_cmpuint (pathways->housing_referrals->len, ==, 1);
  read = g_ptr_array_index (pathways->housing_referrals, 0);
  move_housing (f, f->officer, read, CASELOAD_HOUSING_ACKNOWLEDGED, "2026-11-04", NULL);
  g_assert_cmpint (caseload_housing_referral_get_version (read), ==, 2);
  g_assert_cmpstr (caseload_housing_status_change_get_changed_by_name (
                     g_ptr_array_index (caseload_housing_referral_get_history (read), 1)), ==, "Kieran Walsh");
  caseload_housing_referral_set_outcome (read, CASELOAD_HOUSING_OUTCOME_REHOUSED);
  move_housing (f, f->officer, read, CASELOAD_HOUSING_CLOSED, "2026-11-20", NULL);
  /* The officer's copy has the whole history, though the close took Aisha from their sight. */
  g_assert_cmpuint (caseload_housing_referral_get_history (read)->len, ==, 3);
  assert_step (read, 2, CASELOAD_HOUSING_ACKNOWLEDGED, CASELOAD_HOUSING_CLOSED, "2026-11-20", NULL);

  /* Closed: the relationship ends with it. */
  g_assert_false (sees (f, f->officer));
  g_assert_false (caseload_store_save_housing_referral (f->base.store, f->officer, read, &error));
  assert_refused (error, CASELOAD_ERROR_PERMISSION, NULL);
  g_clear_error (&error);

  /* Reopened by the practice with a reason: Housing Solutions sees her again, and the
   * outcome waits for the next close. The practice's copy from sending is out of date. */
  caseload_housing_referral_set_status (referral, CASELOAD_HOUSING_ASSESSED);
  caseload_housing_referral_set_reason (referral, "The new tenancy fell through.");
  g_assert_false (caseload_store_save_housing_referral (f->base.store, f->arrs, referral, &error));
  assert_refused (error, CASELOAD_ERROR_CONFLICT, NULL);
  g_clear_error (&error);
  move_housing (f, f->arrs, read, CASELOAD_HOUSING_ASSESSED, "2026-11-21", "The new tenancy fell through.");
  g_assert_cmpint (caseload_housing_referral_get_version (read), ==, 4);
  g_assert_cmpint (caseload_housing_referral_get_outcome (read), ==, CASELOAD_HOUSING_OUTCOME_NONE);
  g_assert_cmpuint (caseload_housing_referral_get_history (read)->len, ==, 4);
  g_assert_true (sees (f, f->officer));

  /* Her declining to share with Housing Solutions outranks the referral. */
  test_share (&f->base, f->person, f->housing, FALSE, FALSE);
  g_assert_false (sees (f, f->officer));

  /* A referral to an organisation that does not exist. */
  other = caseload_housing_referral_new ();
  caseload_housing_referral_set_person_id (other, caseload_person_get_id (f->person));
  caseload_housing_referral_set_kind (other, CASELOAD_HOUSING_FLOATING_SUPPORT);
  caseload_housing_referral_set_organisation_id (other, "no-such-organisation");
  caseload_housing_referral_set_sent_on (other, "2026-11-21");
  g_assert_false (caseload_store_save_housing_referral (f->base.store, f->arrs, other, &error));
  assert_refused (error, CASELOAD_ERROR_VALIDATION, NULL);
}

/* Two referrals of each kind: newest first, each with its own contacts, jobs and history. */
static void
test_read_order (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadIpsReferral) older = add_ips_referral (f, f->arrs, "2025-03-01");
  g_autoptr(CaseloadIpsReferral) newer = add_ips_referral (f, f->nurse, "2026-08-01");
  g_autoptr(CaseloadIpsJob) old_job = new_job (older, "2025-05-01", 30);
  g_autoptr(CaseloadEmployerContact) late = new_contact (newer, "2026-09-01", CASELOAD_EMPLOYER_NO_VACANCY);
  g_autoptr(CaseloadEmployerContact) early = new_contact (newer, "2026-08-10", CASELOAD_EMPLOYER_JOB_OFFER);
  g_autoptr(CaseloadHousingReferral) first = send_housing (f, f->arrs, "2025-01-10");
  g_autoptr(CaseloadHousingReferral) second = send_housing (f, f->arrs, "2026-11-01");
  g_autoptr(CaseloadPathways) pathways = NULL;
  CaseloadIpsReferral *read;
  GPtrArray *contacts;

  g_assert_true (caseload_store_save_ips_job (f->base.store, f->nurse, old_job, &error));
  g_assert_no_error (error);
  g_assert_true (caseload_store_save_employer_contact (f->base.store, f->nurse, late, &error));
  g_assert_no_error (error);
  g_assert_true (caseload_store_save_employer_contact (f->base.store, f->nurse, early, &error));
  g_assert_no_error (error);
  move_housing (f, f->arrs, first, CASELOAD_HOUSING_ACKNOWLEDGED, "2025-01-12", NULL);

  /* A contact is not moved to another referral (not found there, or a conflict). */
  caseload_employer_contact_set_referral_id (late, caseload_ips_referral_get_id (older));
  g_assert_false (caseload_store_save_employer_contact (f->base.store, f->nurse, late, &error));
  g_assert_true (g_error_matches (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND) ||
                 g_error_matches (error, CASELOAD_ERROR, CASELOAD_ERROR_CONFLICT));
  g_clear_error (&error);

  pathways = read_pathways (f, f->arrs);
  g_assert_cmpuint (pathways->ips_referrals->len, ==, 2);
  read = g_ptr_array_index (pathways->ips_referrals, 0);
  g_assert_cmpstr (caseload_ips_referral_get_id (read), ==, caseload_ips_referral_get_id (newer));
  g_assert_cmpstr (caseload_ips_referral_get_referred_by_organisation_name (read), ==, "EPUT Community Mental Health");
  g_assert_cmpuint (caseload_ips_referral_get_jobs (read)->len, ==, 0);
  contacts = caseload_ips_referral_get_contacts (read);
  g_assert_cmpuint (contacts->len, ==, 2);
  g_assert_cmpstr (caseload_employer_contact_get_contacted_on (g_ptr_array_index (contacts, 0)), ==, "2026-08-10");
  g_assert_cmpint (caseload_employer_contact_get_outcome (g_ptr_array_index (contacts, 0)), ==,
                   CASELOAD_EMPLOYER_JOB_OFFER);
  g_assert_cmpstr (caseload_employer_contact_get_contacted_on (g_ptr_array_index (contacts, 1)), ==, "2026-09-01");
  read = g_ptr_array_index (pathways->ips_referrals, 1);
  g_assert_cmpuint (caseload_ips_referral_get_contacts (read)->len, ==, 0);
  g_assert_cmpuint (caseload_ips_referral_get_jobs (read)->len, ==, 1);
  g_assert_cmpint (caseload_ips_referral_stage (read), ==, CASELOAD_IPS_STAGE_IN_WORK);

  g_assert_cmpuint (pathways->housing_referrals->len, ==, 2);
  g_assert_cmpstr (caseload_housing_referral_get_sent_on (g_ptr_array_index (pathways->housing_referrals, 0)), ==,
                   "2026-11-01");
  g_assert_cmpuint (caseload_housing_referral_get_history (g_ptr_array_index (pathways->housing_referrals, 0))->len,
                    ==, 1);
  g_assert_cmpuint (caseload_housing_referral_get_history (g_ptr_array_index (pathways->housing_referrals, 1))->len,
                    ==, 2);
}

/* Accommodation */

static void
record (Fixture               *f,
        CaseloadAccommodation  status,
        const char            *from_on)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadAccommodationRecord) entry = caseload_accommodation_record_new ();

  caseload_accommodation_record_set_person_id (entry, caseload_person_get_id (f->person));
  caseload_accommodation_record_set_status (entry, status);
  caseload_accommodation_record_set_from_on (entry, from_on);
  caseload_accommodation_record_set_note (entry, "Staying with her sister for now.");
  g_assert_true (caseload_store_record_accommodation (f->base.store, f->nurse, entry, &error));
  g_assert_no_error (error);
  g_assert_nonnull (caseload_accommodation_record_get_id (entry));
  g_assert_cmpstr (caseload_accommodation_record_get_recorded_by_name (entry), ==, "Ngozi Eze");
}

static void
test_accommodation (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadAccommodationRecord) future = caseload_accommodation_record_new ();
  g_autoptr(CaseloadPathways) pathways = NULL;
  CaseloadAccommodation now;

  record (f, CASELOAD_ACCOMMODATION_SETTLED, "2025-06-01");
  record (f, CASELOAD_ACCOMMODATION_TEMPORARY, "2026-11-10");
  record (f, CASELOAD_ACCOMMODATION_AT_RISK, "2026-09-01");

  caseload_accommodation_record_set_person_id (future, caseload_person_get_id (f->person));
  caseload_accommodation_record_set_status (future, CASELOAD_ACCOMMODATION_SETTLED);
  caseload_accommodation_record_set_from_on (future, "2027-01-01");
  g_assert_false (caseload_store_record_accommodation (f->base.store, f->nurse, future, &error));
  assert_refused (error, CASELOAD_ERROR_VALIDATION, NULL);
  g_clear_error (&error);

  /* Newest first by date: the first is now. */
  pathways = read_pathways (f, f->arrs);
  g_assert_cmpuint (pathways->accommodation->len, ==, 3);
  g_assert_cmpint (caseload_accommodation_record_get_status (g_ptr_array_index (pathways->accommodation, 0)), ==,
                   CASELOAD_ACCOMMODATION_TEMPORARY);
  g_assert_cmpint (caseload_accommodation_record_get_status (g_ptr_array_index (pathways->accommodation, 2)), ==,
                   CASELOAD_ACCOMMODATION_SETTLED);
  g_assert_cmpstr (caseload_accommodation_record_get_note (g_ptr_array_index (pathways->accommodation, 0)), ==,
                   "Staying with her sister for now.");
  g_assert_true (caseload_pathways_get_accommodation (pathways, &now));
  g_assert_cmpint (now, ==, CASELOAD_ACCOMMODATION_TEMPORARY);

  /* Mind cannot add to her record. */
  caseload_accommodation_record_set_from_on (future, "2026-11-21");
  g_assert_false (caseload_store_record_accommodation (f->base.store, f->base.worker, future, &error));
  assert_refused (error, CASELOAD_ERROR_PERMISSION, NULL);
}

/* Staff working time */

static void
test_staff_fte (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStaff) read = caseload_store_get_staff (f->base.store, caseload_staff_get_id (f->specialist),
                                                            &error);
  g_autoptr(CaseloadStaff) again = NULL;
  g_autoptr(GPtrArray) staff = NULL;

  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (caseload_staff_get_fte (read), 0.6, 1e-9);
  staff = caseload_store_list_staff (f->base.store, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (caseload_staff_get_fte (test_staff_named (staff, "ngozi.eze")), 1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (caseload_staff_get_fte (test_staff_named (staff, "priya.shah")), 0.6, 1e-9);

  caseload_staff_set_fte (read, 0.8);
  g_assert_true (caseload_store_save_staff (f->base.store, NULL, read, &error));
  g_assert_no_error (error);
  again = caseload_store_get_staff (f->base.store, caseload_staff_get_id (f->specialist), &error);
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (caseload_staff_get_fte (again), 0.8, 1e-9);

  /* At a desk of the shared site, signing in gives the member their own working time. */
  if (test_backend_is_postgresql ())
    {
      g_autoptr(CaseloadStaff) signed_in = NULL;
      g_autoptr(CaseloadStore) desk = NULL;

      g_assert_true (caseload_store_set_password (f->base.store, NULL, caseload_staff_get_id (f->specialist),
                                                  TEST_DEMO_PASSWORD, FALSE, &error));
      g_assert_no_error (error);
      desk = test_pg_desk_open (f->base.uri, f->base.clock, "priya.shah", &signed_in);
      g_assert_cmpfloat_with_epsilon (caseload_staff_get_fte (signed_in), 0.8, 1e-9);
    }

  /* No working time at all is not a member of staff's. */
  caseload_staff_set_fte (again, 0);
  g_assert_false (caseload_store_save_staff (f->base.store, NULL, again, &error));
  assert_refused (error, CASELOAD_ERROR_VALIDATION, "Working time");
}

/* The audit trail names every save, without the employer, reasons or notes. */
static void
test_audited (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadIpsReferral) referral = add_ips_referral (f, f->arrs, "2026-09-01");
  g_autoptr(CaseloadEmployerContact) contact = new_contact (referral, "2026-09-20", CASELOAD_EMPLOYER_FOLLOW_UP);
  g_autoptr(CaseloadIpsJob) job = new_job (referral, "2026-10-05", 3);
  g_autoptr(CaseloadHousingReferral) housing = send_housing (f, f->arrs, "2026-10-01");
  g_autofree char *actions = NULL;
  g_autofree char *details = NULL;
  g_autofree char *after_refusal = NULL;

  g_assert_true (caseload_store_save_employer_contact (f->base.store, f->nurse, contact, &error));
  g_assert_no_error (error);
  g_assert_true (caseload_store_save_ips_job (f->base.store, f->nurse, job, &error));
  g_assert_no_error (error);
  move_housing (f, f->arrs, housing, CASELOAD_HOUSING_ACKNOWLEDGED, "2026-10-03", NULL);
  move_housing (f, f->arrs, housing, CASELOAD_HOUSING_SENT, "2026-10-04", "Acknowledged by mistake.");
  record (f, CASELOAD_ACCOMMODATION_AT_RISK, "2026-10-01");

  actions = audited (f, &details);
  /* Both stores name the record written; the shared site's triggers also name each row
   * (a step of the housing history, the receiving organisation's relationship). */
  if (test_backend_is_postgresql ())
    g_assert_nonnull (strstr (actions, " add-ips-referral add-housing-referral care-relationship "
                                       "add-housing-status-change add-ips-employer-contact add-ips-job "
                                       "update-housing-referral add-housing-status-change update-housing-referral "
                                       "add-housing-status-change add-accommodation-status"));
  else
    g_assert_nonnull (strstr (actions, " add-ips-referral add-housing-referral add-ips-employer-contact add-ips-job "
                                       "update-housing-referral update-housing-referral add-accommodation-status"));
  g_assert_null (strstr (details, "Lakeside"));
  g_assert_null (strstr (details, "Sales assistant"));
  g_assert_null (strstr (details, "mistake"));
  g_assert_null (strstr (details, "sister"));
  g_assert_null (strstr (details, "weekend"));

  /* A refused save leaves nothing in the trail. */
  caseload_housing_referral_set_status (housing, CASELOAD_HOUSING_OFFERED);
  caseload_housing_referral_set_status_on (housing, "2026-12-25");
  g_assert_false (caseload_store_save_housing_referral (f->base.store, f->arrs, housing, &error));
  assert_refused (error, CASELOAD_ERROR_VALIDATION, NULL);
  after_refusal = audited (f, NULL);
  g_assert_cmpstr (after_refusal, ==, actions);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  test_init_backend ();

  TEST ("/ips-housing/ips-journey", test_ips_journey);
  TEST ("/ips-housing/specialist-sees-person", test_specialist_sees_person);
  TEST ("/ips-housing/job-before-referral", test_job_before_referral);
  TEST ("/ips-housing/ips-referral-checks", test_ips_referral_checks);
  TEST ("/ips-housing/read-order", test_read_order);
  TEST ("/ips-housing/fidelity", test_fidelity);
  TEST ("/ips-housing/housing-history", test_housing_history);
  TEST ("/ips-housing/housing-officer", test_housing_officer);
  TEST ("/ips-housing/accommodation", test_accommodation);
  TEST ("/ips-housing/staff-fte", test_staff_fte);
  TEST ("/ips-housing/audited", test_audited);

  return g_test_run ();
}
