/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Referrals, triage, waiting-time clocks, allocation, transfer, tasks, the lists and the
 * dashboard, through the store interface: the same cases run on SQLite and PostgreSQL.
 * The clock is fixed at 2026-11-22 10:00 UTC (GMT in London).
 */
#include "config.h"

#include <string.h>

#include "caseload-validate.h"
#include "caseload-validate-referral.h"
#include "test-util.h"

typedef struct {
  TestStore             base;
  CaseloadOrganisation *eput;
  CaseloadStaff        *nurse;     /* EPUT mental health practitioner */
  CaseloadStaff        *arrs;      /* a mental health practitioner at the practice */
  CaseloadStaff        *manager;   /* the team manager, at the practice */
  CaseloadPerson       *people[7];
  CaseloadReferral     *referrals[7];
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  test_store_setup (&f->base, data);
  test_add_team (&f->base, &f->eput, &f->nurse, &f->arrs, &f->manager);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (f->people); i++)
    {
      g_clear_object (&f->people[i]);
      g_clear_object (&f->referrals[i]);
    }
  g_clear_object (&f->eput);
  g_clear_object (&f->nurse);
  g_clear_object (&f->arrs);
  g_clear_object (&f->manager);
  test_store_teardown (&f->base, data);
}

#define TEST(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

static CaseloadReferral *
new_referral (Fixture                *f,
              CaseloadPerson         *person,
              const char             *received_at,
              CaseloadUrgency         urgency,
              CaseloadReferralSource  source)
{
  return test_refer (&f->base, person, received_at, urgency, source);
}

static void
triage (Fixture               *f,
        CaseloadReferral      *referral,
        CaseloadTriageOutcome  outcome,
        const char            *decided_on)
{
  g_autoptr(GError) error = NULL;

  caseload_referral_set_triage_outcome (referral, outcome);
  caseload_referral_set_decided_by (referral, caseload_staff_get_id (f->manager));
  caseload_referral_set_decided_on (referral, decided_on);
  if (outcome == CASELOAD_TRIAGE_SIGNPOST)
    {
      caseload_referral_set_signpost (referral, CASELOAD_SIGNPOST_RECOVERY_COLLEGE);
      caseload_referral_set_destination (referral, "Thurrock Recovery College");
    }
  else if (outcome == CASELOAD_TRIAGE_REFER_ON)
    caseload_referral_set_destination (referral, "EPUT Early Intervention in Psychosis");
  else if (outcome == CASELOAD_TRIAGE_DECLINE)
    caseload_referral_set_triage_reason (referral, "Asks for an ADHD assessment, which the team does not offer.");
  g_assert_true (caseload_store_triage_referral (f->base.store, f->manager, referral, &error));
  g_assert_no_error (error);
}

static CaseloadAllocation *
allocate (Fixture          *f,
          CaseloadReferral *referral,
          CaseloadStaff    *worker,
          const char       *started_on)
{
  g_autoptr(GError) error = NULL;
  CaseloadAllocation *allocation = caseload_allocation_new ();

  caseload_allocation_set_referral_id (allocation, caseload_referral_get_id (referral));
  caseload_allocation_set_staff_id (allocation, caseload_staff_get_id (worker));
  caseload_allocation_set_role (allocation, CASELOAD_CASE_ROLE_CARE_COORDINATOR);
  caseload_allocation_set_started_on (allocation, started_on);
  g_assert_true (caseload_store_allocate (f->base.store, f->manager, allocation, &error));
  g_assert_no_error (error);
  return allocation;
}

static void
update (Fixture          *f,
        CaseloadReferral *referral)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (caseload_store_update_referral (f->base.store, f->manager, referral, &error));
  g_assert_no_error (error);
}

/* The message the core check gives for @field, which the store must pass on. */
static const char *
message_for (GPtrArray  *problems,
             const char *field)
{
  for (guint i = 0; i < problems->len; i++)
    {
      CaseloadFieldError *problem = g_ptr_array_index (problems, i);

      if (g_strcmp0 (problem->field, field) == 0)
        return problem->message;
    }
  g_error ("The check found nothing wrong with %s", field);
}

static gboolean
timeline_says (Fixture        *f,
               CaseloadPerson *person,
               const char     *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = caseload_store_list_timeline_entries (f->base.store, f->manager,
                                                                       caseload_person_get_id (person), 0, 100, &error);
  g_autofree char *wanted = g_utf8_strdown (text, -1);
  gboolean found = FALSE;

  g_assert_no_error (error);
  for (guint i = 0; i < entries->len; i++)
    {
      CaseloadTimelineEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *folded = g_utf8_strdown (caseload_timeline_entry_get_text (entry), -1);

      g_assert_null (strstr (folded, "discharge"));
      found = found ||
              (caseload_timeline_entry_get_kind (entry) == CASELOAD_ENTRY_NOTE && strstr (folded, wanted) != NULL);
    }
  return found;
}

static void
test_create (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadPerson) person = test_add_practice_person (&f->base, "Ada", "Adams");
  g_autoptr(CaseloadReferral) referral = new_referral (f, person, "2026-11-10T09:00:00Z", CASELOAD_URGENCY_ROUTINE,
                                                       CASELOAD_REFERRAL_SOURCE_GP);
  g_autoptr(GPtrArray) referrals = NULL;
  g_autoptr(CaseloadReferral) refused = caseload_referral_new ();

  g_assert_true (g_uuid_string_is_valid (caseload_referral_get_id (referral)));
  g_assert_cmpint (caseload_referral_get_version (referral), ==, 1);
  g_assert_cmpint (caseload_referral_get_status (referral), ==, CASELOAD_REFERRAL_STATUS_AWAITING_TRIAGE);
  g_assert_cmpstr (caseload_referral_get_pcn (referral), ==, "Grays");
  g_assert_cmpstr (caseload_referral_get_referred_by (referral), ==, caseload_staff_get_id (f->base.gp));
  g_assert_cmpstr (caseload_referral_get_organisation_name (referral), ==, "Grays Hall Surgery");
  g_assert_cmpstr (caseload_referral_get_person_name (referral), ==, "Ada Adams");
  /* Routine: 28 days to the start of help, warned 7 days before. */
  g_assert_cmpint (caseload_referral_get_clock_state (referral), ==, CASELOAD_CLOCK_RUNNING);
  g_assert_cmpstr (caseload_referral_get_clock_due_at (referral), ==, "2026-12-08T09:00:00Z");
  g_assert_cmpstr (caseload_referral_get_clock_warn_at (referral), ==, "2026-12-01T09:00:00Z");
  g_assert_cmpint (caseload_referral_get_waited_seconds (referral), ==, 12 * 86400 + 3600);

  referrals = caseload_store_list_referrals (f->base.store, f->base.gp, caseload_person_get_id (person), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (referrals->len, ==, 1);
  g_assert_cmpstr (caseload_referral_get_reason (g_ptr_array_index (referrals, 0)), ==,
                   caseload_referral_get_reason (referral));

  /* Mind may not see the person, so neither their referrals nor make one. */
  g_assert_null (caseload_store_list_referrals (f->base.store, f->base.worker, caseload_person_get_id (person), &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_null (caseload_store_get_referral (f->base.store, f->base.worker, caseload_referral_get_id (referral), &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION);
  g_clear_error (&error);
  caseload_referral_set_person_id (refused, caseload_person_get_id (person));
  caseload_referral_set_received_at (refused, "2026-11-20T09:00:00Z");
  caseload_referral_set_reason (refused, "Asks for peer support.");
  g_assert_false (caseload_store_create_referral (f->base.store, f->base.worker, refused, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION);
  g_clear_error (&error);

  /* With consent to add, Mind refers too, and has a referral relationship after. */
  test_share (&f->base, person, f->base.mind, TRUE, TRUE);
  g_assert_true (caseload_store_create_referral (f->base.store, f->base.worker, refused, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (caseload_referral_get_organisation_name (refused), ==, "Thurrock & Brentwood Mind");
}

static void
test_triage_outcomes (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const CaseloadTriageOutcome outcomes[] = {
    CASELOAD_TRIAGE_ACCEPT, CASELOAD_TRIAGE_SIGNPOST, CASELOAD_TRIAGE_REFER_ON, CASELOAD_TRIAGE_DECLINE
  };
  const CaseloadReferralStatus statuses[] = {
    CASELOAD_REFERRAL_STATUS_ACCEPTED, CASELOAD_REFERRAL_STATUS_SIGNPOSTED,
    CASELOAD_REFERRAL_STATUS_REFERRED_ON, CASELOAD_REFERRAL_STATUS_DECLINED
  };
  /* What the note must say (in any case): what was decided and where, or why. */
  const char *notes[] = {
    "accept", "Signposted to Recovery College: Thurrock Recovery College",
    "EPUT Early Intervention in Psychosis", "ADHD assessment"
  };
  g_autoptr(CaseloadPerson) person = test_add_practice_person (&f->base, "Ben", "Brown");

  for (guint i = 0; i < G_N_ELEMENTS (outcomes); i++)
    {
      g_autoptr(CaseloadReferral) referral = new_referral (f, person, "2026-11-20T09:00:00Z", CASELOAD_URGENCY_ROUTINE,
                                                           CASELOAD_REFERRAL_SOURCE_GP);
      g_autoptr(CaseloadReferral) read = NULL;

      triage (f, referral, outcomes[i], "2026-11-21");
      g_assert_cmpint (caseload_referral_get_status (referral), ==, statuses[i]);
      g_assert_cmpint (caseload_referral_get_version (referral), ==, 2);
      read = caseload_store_get_referral (f->base.store, f->manager, caseload_referral_get_id (referral), &error);
      g_assert_no_error (error);
      g_assert_cmpint (caseload_referral_get_status (read), ==, statuses[i]);
      g_assert_cmpint (caseload_referral_get_triage_outcome (read), ==, outcomes[i]);
      g_assert_cmpstr (caseload_referral_get_decided_by_name (read), ==, "Morven Adeyinka");
      g_assert_cmpstr (caseload_referral_get_decided_on (read), ==, "2026-11-21");
      g_assert_true (timeline_says (f, person, notes[i]));
      /* Only an accepted referral keeps its clock running. */
      g_assert_cmpint (caseload_referral_get_clock_state (read), ==,
                       i == 0 ? CASELOAD_CLOCK_RUNNING : CASELOAD_CLOCK_NONE);

      /* Once decided, it is not triaged again. */
      caseload_referral_set_triage_outcome (referral, CASELOAD_TRIAGE_DECLINE);
      caseload_referral_set_triage_reason (referral, "Changed my mind.");
      g_assert_false (caseload_store_triage_referral (f->base.store, f->manager, referral, &error));
      g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
      g_clear_error (&error);
    }

  /* A stale version, or a decision-maker who is not staff, changes nothing. */
  {
    g_autoptr(CaseloadReferral) referral = new_referral (f, person, "2026-11-20T09:00:00Z", CASELOAD_URGENCY_URGENT,
                                                         CASELOAD_REFERRAL_SOURCE_SELF);
    g_autoptr(CaseloadReferral) read = NULL;

    caseload_referral_set_triage_outcome (referral, CASELOAD_TRIAGE_ACCEPT);
    caseload_referral_set_decided_by (referral, "not-a-staff-member");
    caseload_referral_set_decided_on (referral, "2026-11-21");
    g_assert_false (caseload_store_triage_referral (f->base.store, f->manager, referral, &error));
    g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
    g_clear_error (&error);

    caseload_referral_set_decided_by (referral, caseload_staff_get_id (f->manager));
    caseload_referral_set_version (referral, 7);
    g_assert_false (caseload_store_triage_referral (f->base.store, f->manager, referral, &error));
    g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_CONFLICT);
    g_clear_error (&error);
    read = caseload_store_get_referral (f->base.store, f->manager, caseload_referral_get_id (referral), &error);
    g_assert_cmpint (caseload_referral_get_status (read), ==, CASELOAD_REFERRAL_STATUS_AWAITING_TRIAGE);
    g_assert_cmpint (caseload_referral_get_version (read), ==, 1);
  }
}

static void
test_milestones (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 22, 10, 0, 0);
  g_autoptr(CaseloadPerson) person = test_add_practice_person (&f->base, "Cara", "Clark");
  g_autoptr(CaseloadReferral) met = new_referral (f, person, "2026-11-21T09:00:00Z", CASELOAD_URGENCY_URGENT,
                                                  CASELOAD_REFERRAL_SOURCE_GP);
  g_autoptr(CaseloadReferral) missed = new_referral (f, person, "2026-11-20T09:00:00Z", CASELOAD_URGENCY_URGENT,
                                                     CASELOAD_REFERRAL_SOURCE_GP);
  g_autoptr(CaseloadReferral) read = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  /* The steps out of order: the core check's message for the field, nothing saved. */
  caseload_referral_set_first_contact_at (met, "2026-11-21T08:00:00Z");
  problems = caseload_referral_check_milestones (met, now);
  g_assert_false (caseload_store_update_referral (f->base.store, f->manager, met, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
  g_assert_cmpstr (error->message, ==, message_for (problems, "first-contact-at"));
  g_clear_error (&error);
  read = caseload_store_get_referral (f->base.store, f->manager, caseload_referral_get_id (met), &error);
  g_assert_null (caseload_referral_get_first_contact_at (read));
  g_assert_cmpint (caseload_referral_get_version (read), ==, 1);
  g_clear_object (&read);

  /* Urgent: 24 hours to first contact. Six hours is met; 27 is missed. */
  caseload_referral_set_first_contact_at (met, "2026-11-21T15:00:00Z");
  update (f, met);
  g_assert_cmpint (caseload_referral_get_version (met), ==, 2);
  g_assert_cmpint (caseload_referral_get_clock_state (met), ==, CASELOAD_CLOCK_MET);
  g_assert_cmpint (caseload_referral_get_waited_seconds (met), ==, 6 * 3600);

  caseload_referral_set_first_contact_at (missed, "2026-11-21T12:00:00Z");
  update (f, missed);
  g_assert_cmpint (caseload_referral_get_clock_state (missed), ==, CASELOAD_CLOCK_MISSED);
  g_assert_cmpint (caseload_referral_get_waited_seconds (missed), ==, 27 * 3600);

  /* A stale copy conflicts. */
  caseload_referral_set_version (missed, 1);
  caseload_referral_set_next_review_on (missed, "2026-12-20");
  g_assert_false (caseload_store_update_referral (f->base.store, f->manager, missed, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_CONFLICT);
}

static void
test_pauses (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadPerson) person = test_add_practice_person (&f->base, "Dev", "Dutta");
  g_autoptr(CaseloadReferral) referral = new_referral (f, person, "2026-11-01T10:00:00Z", CASELOAD_URGENCY_ROUTINE,
                                                       CASELOAD_REFERRAL_SOURCE_GP);
  g_autoptr(CaseloadClockPause) pause = caseload_clock_pause_new ();
  g_autoptr(CaseloadClockPause) second = caseload_clock_pause_new ();
  g_autoptr(CaseloadReferral) read = NULL;
  g_autoptr(GPtrArray) pauses = NULL;

  caseload_clock_pause_set_referral_id (pause, caseload_referral_get_id (referral));
  caseload_clock_pause_set_reason (pause, CASELOAD_PAUSE_IN_HOSPITAL);
  caseload_clock_pause_set_started_at (pause, "2026-11-05T10:00:00Z");
  g_assert_true (caseload_store_start_clock_pause (f->base.store, f->manager, pause, &error));
  g_assert_no_error (error);
  read = caseload_store_get_referral (f->base.store, f->manager, caseload_referral_get_id (referral), &error);
  g_assert_cmpint (caseload_referral_get_clock_state (read), ==, CASELOAD_CLOCK_PAUSED);
  g_clear_object (&read);

  /* One open pause at a time. */
  caseload_clock_pause_set_referral_id (second, caseload_referral_get_id (referral));
  caseload_clock_pause_set_reason (second, CASELOAD_PAUSE_PERSON_ASKED_TO_WAIT);
  caseload_clock_pause_set_started_at (second, "2026-11-06T10:00:00Z");
  g_assert_false (caseload_store_start_clock_pause (f->base.store, f->manager, second, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
  g_clear_error (&error);

  /* Three days in hospital: the clock is due three days later and counted 18 days. */
  caseload_clock_pause_set_ended_at (pause, "2026-11-08T10:00:00Z");
  g_assert_true (caseload_store_end_clock_pause (f->base.store, f->manager, pause, &error));
  g_assert_no_error (error);
  read = caseload_store_get_referral (f->base.store, f->manager, caseload_referral_get_id (referral), &error);
  g_assert_cmpint (caseload_referral_get_clock_state (read), ==, CASELOAD_CLOCK_RUNNING);
  g_assert_cmpstr (caseload_referral_get_clock_due_at (read), ==, "2026-12-02T10:00:00Z");
  g_assert_cmpint (caseload_referral_get_waited_seconds (read), ==, 18 * 86400);

  /* Ending it again with the old version conflicts. */
  caseload_clock_pause_set_version (pause, 1);
  g_assert_false (caseload_store_end_clock_pause (f->base.store, f->manager, pause, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_CONFLICT);
  g_clear_error (&error);

  pauses = caseload_store_list_clock_pauses (f->base.store, f->manager, caseload_referral_get_id (referral), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pauses->len, ==, 1);
  g_assert_cmpstr (caseload_clock_pause_get_ended_at (g_ptr_array_index (pauses, 0)), ==, "2026-11-08T10:00:00Z");
  g_assert_cmpstr (caseload_clock_pause_get_recorded_by_name (g_ptr_array_index (pauses, 0)), ==, "Morven Adeyinka");
}

static void
test_allocation (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadPerson) person = test_add_practice_person (&f->base, "Eve", "Evans");
  g_autoptr(CaseloadReferral) referral = new_referral (f, person, "2026-11-01T10:00:00Z", CASELOAD_URGENCY_ROUTINE,
                                                       CASELOAD_REFERRAL_SOURCE_GP);
  g_autoptr(CaseloadAllocation) first = NULL;
  g_autoptr(CaseloadAllocation) next = caseload_allocation_new ();
  g_autoptr(CaseloadAllocation) refused = caseload_allocation_new ();
  g_autoptr(GPtrArray) now = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GPtrArray) tasks = NULL;
  g_autoptr(CaseloadPersonDetail) detail = NULL;

  /* Not before acceptance. */
  caseload_allocation_set_referral_id (refused, caseload_referral_get_id (referral));
  caseload_allocation_set_staff_id (refused, caseload_staff_get_id (f->nurse));
  caseload_allocation_set_started_on (refused, "2026-11-03");
  g_assert_false (caseload_store_allocate (f->base.store, f->manager, refused, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
  g_clear_error (&error);

  /* EPUT cannot see the person until its nurse is allocated. */
  g_assert_null (caseload_store_open_person (f->base.store, f->nurse, caseload_person_get_id (person), &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION);
  g_clear_error (&error);

  triage (f, referral, CASELOAD_TRIAGE_ACCEPT, "2026-11-02");
  first = allocate (f, referral, f->nurse, "2026-11-03");
  g_assert_cmpstr (caseload_allocation_get_organisation_name (first), ==, "EPUT Community Mental Health");
  g_assert_cmpstr (caseload_allocation_get_staff_name (first), ==, "Ngozi Eze");
  g_assert_cmpint (caseload_allocation_get_version (first), ==, 1);
  detail = caseload_store_open_person (f->base.store, f->nurse, caseload_person_get_id (person), &error);
  g_assert_no_error (error);
  g_assert_nonnull (detail);

  /* The nurse has a new-allocation task, due today. */
  tasks = caseload_store_list_tasks (f->base.store, f->nurse, caseload_staff_get_id (f->nurse), NULL, FALSE, 0, 50,
                                     &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tasks->len, ==, 1);
  g_assert_cmpint (caseload_task_get_origin (g_ptr_array_index (tasks, 0)), ==, CASELOAD_TASK_ORIGIN_NEW_ALLOCATION);
  g_assert_cmpstr (caseload_task_get_due_on (g_ptr_array_index (tasks, 0)), ==, "2026-11-22");

  /* Reallocation to a deactivated worker: refused on "staff-id", and nothing ends. */
  g_assert_true (caseload_store_set_staff_active (f->base.store, NULL, caseload_staff_get_id (f->arrs), FALSE, &error));
  g_assert_no_error (error);
  caseload_allocation_set_ended_on (first, "2026-11-20");
  caseload_allocation_set_end_reason (first, "Moved to the practice team.");
  caseload_allocation_set_referral_id (next, caseload_referral_get_id (referral));
  caseload_allocation_set_staff_id (next, caseload_staff_get_id (f->arrs));
  caseload_allocation_set_role (next, CASELOAD_CASE_ROLE_KEY_WORKER);
  caseload_allocation_set_started_on (next, "2026-11-20");
  {
    g_autoptr(CaseloadStaff) inactive = caseload_store_get_staff (f->base.store, caseload_staff_get_id (f->arrs), NULL);
    g_autoptr(GPtrArray) problems = caseload_allocation_check (next, inactive, referral);

    g_assert_false (caseload_store_reallocate (f->base.store, f->manager, first, next, &error));
    g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
    g_assert_cmpstr (error->message, ==, message_for (problems, "staff-id"));
    g_clear_error (&error);
  }
  now = caseload_store_list_allocations (f->base.store, f->manager, caseload_referral_get_id (referral), FALSE, &error);
  g_assert_cmpuint (now->len, ==, 1);
  g_assert_null (caseload_allocation_get_ended_on (g_ptr_array_index (now, 0)));
  g_clear_pointer (&now, g_ptr_array_unref);

  /* Active again: both or neither, and the history stays. */
  g_assert_true (caseload_store_set_staff_active (f->base.store, NULL, caseload_staff_get_id (f->arrs), TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (caseload_store_reallocate (f->base.store, f->manager, first, next, &error));
  g_assert_no_error (error);
  g_assert_cmpint (caseload_allocation_get_version (first), ==, 2);
  now = caseload_store_list_allocations (f->base.store, f->manager, caseload_referral_get_id (referral), FALSE, &error);
  history = caseload_store_list_allocations (f->base.store, f->manager, caseload_referral_get_id (referral), TRUE,
                                             &error);
  g_assert_no_error (error);
  g_assert_cmpuint (now->len, ==, 1);
  g_assert_cmpstr (caseload_allocation_get_staff_id (g_ptr_array_index (now, 0)), ==, caseload_staff_get_id (f->arrs));
  g_assert_cmpuint (history->len, ==, 2);
  g_assert_cmpstr (caseload_allocation_get_staff_id (g_ptr_array_index (history, 1)), ==, caseload_staff_get_id (f->nurse));
  g_assert_cmpstr (caseload_allocation_get_ended_on (g_ptr_array_index (history, 1)), ==, "2026-11-20");
  g_assert_cmpstr (caseload_allocation_get_end_reason (g_ptr_array_index (history, 1)), ==, "Moved to the practice team.");

  /* Ending it again with the version read before conflicts. */
  caseload_allocation_set_version (first, 1);
  g_assert_false (caseload_store_end_allocation (f->base.store, f->manager, first, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_CONFLICT);
}

static void
test_transfer (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 22, 10, 0, 0);
  g_autoptr(CaseloadPerson) person = test_add_practice_person (&f->base, "Finn", "Ford");
  g_autoptr(CaseloadReferral) referral = new_referral (f, person, "2026-10-01T10:00:00Z", CASELOAD_URGENCY_ROUTINE,
                                                       CASELOAD_REFERRAL_SOURCE_GP);
  g_autoptr(CaseloadAllocation) allocation = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(CaseloadReferral) read = NULL;

  triage (f, referral, CASELOAD_TRIAGE_ACCEPT, "2026-10-02");
  allocation = allocate (f, referral, f->nurse, "2026-10-03");

  /* No destination: the transfer check's message, and nothing changes. */
  caseload_referral_set_transfer_kind (referral, CASELOAD_TRANSFER_TO_ANOTHER_SERVICE);
  caseload_referral_set_transfer_summary (referral, "Six sessions of support; now settled in work.");
  caseload_referral_set_transferred_on (referral, "2026-11-20");
  problems = caseload_referral_check_transfer (referral, now);
  g_assert_false (caseload_store_transfer_referral (f->base.store, f->manager, referral, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
  g_assert_cmpstr (error->message, ==, message_for (problems, "transfer-destination"));
  g_clear_error (&error);
  read = caseload_store_get_referral (f->base.store, f->manager, caseload_referral_get_id (referral), &error);
  g_assert_cmpint (caseload_referral_get_status (read), ==, CASELOAD_REFERRAL_STATUS_ACCEPTED);
  g_clear_object (&read);

  caseload_referral_set_transfer_destination (referral, "Inclusion Thurrock talking therapies");
  g_assert_true (caseload_store_transfer_referral (f->base.store, f->manager, referral, &error));
  g_assert_no_error (error);
  g_assert_cmpint (caseload_referral_get_status (referral), ==, CASELOAD_REFERRAL_STATUS_TRANSFERRED);
  g_assert_cmpint (caseload_referral_get_allocated_count (referral), ==, 0);
  g_assert_cmpstr (caseload_referral_get_transferred_by (referral), ==, caseload_staff_get_id (f->manager));
  history = caseload_store_list_allocations (f->base.store, f->manager, caseload_referral_get_id (referral), TRUE, &error);
  g_assert_cmpuint (history->len, ==, 1);
  g_assert_cmpstr (caseload_allocation_get_ended_on (g_ptr_array_index (history, 0)), ==, "2026-11-20");
  g_assert_true (timeline_says (f, person, "Six sessions of support; now settled in work."));

  /* Once transferred, it is not transferred again. */
  g_assert_false (caseload_store_transfer_referral (f->base.store, f->manager, referral, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
}

static void
test_thresholds_and_standards (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) thresholds = caseload_store_list_thresholds (f->base.store, &error);
  g_autoptr(GPtrArray) saved = NULL;
  g_autoptr(GPtrArray) standards = NULL;
  g_autoptr(CaseloadThreshold) added = caseload_threshold_new ();
  g_autoptr(CaseloadPerson) person = test_add_practice_person (&f->base, "Gail", "Green");
  g_autoptr(CaseloadReferral) referral = new_referral (f, person, "2026-11-10T09:00:00Z", CASELOAD_URGENCY_ROUTINE,
                                                       CASELOAD_REFERRAL_SOURCE_GP);
  g_autoptr(CaseloadReferral) read = NULL;
  CaseloadWaitStandard *routine;
  guint per_outcome[4] = { 0 };

  g_assert_no_error (error);
  for (guint i = 0; i < thresholds->len; i++)
    per_outcome[caseload_threshold_get_outcome (g_ptr_array_index (thresholds, i))]++;
  for (guint i = 0; i < 4; i++)
    g_assert_cmpuint (per_outcome[i], >=, 2);
  g_assert_cmpint (caseload_threshold_get_outcome (g_ptr_array_index (thresholds, 0)), ==, CASELOAD_TRIAGE_ACCEPT);

  /* Only a team manager edits them. */
  g_assert_false (caseload_store_save_thresholds (f->base.store, f->nurse, thresholds, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION);
  g_clear_error (&error);

  /* One edited, one added, the last removed. */
  caseload_threshold_set_criterion (g_ptr_array_index (thresholds, 0), "Moderate to severe needs, in our words.");
  g_ptr_array_remove_index (thresholds, thresholds->len - 1);
  caseload_threshold_set_outcome (added, CASELOAD_TRIAGE_SIGNPOST);
  caseload_threshold_set_position (added, 9);
  caseload_threshold_set_criterion (added, "Debt worries: Citizens Advice Thurrock.");
  g_ptr_array_add (thresholds, g_object_ref (added));
  g_assert_true (caseload_store_save_thresholds (f->base.store, f->manager, thresholds, &error));
  g_assert_no_error (error);
  g_assert_nonnull (caseload_threshold_get_id (added));
  saved = caseload_store_list_thresholds (f->base.store, &error);
  g_assert_cmpuint (saved->len, ==, thresholds->len);
  g_assert_cmpstr (caseload_threshold_get_criterion (g_ptr_array_index (saved, 0)), ==,
                   "Moderate to severe needs, in our words.");
  g_assert_cmpint (caseload_threshold_get_version (g_ptr_array_index (saved, 0)), ==, 2);
  g_assert_cmpstr (caseload_threshold_get_updated_by_name (g_ptr_array_index (saved, 0)), ==, "Morven Adeyinka");

  /* Saving again from a stale read conflicts. */
  caseload_threshold_set_version (g_ptr_array_index (thresholds, 0), 1);
  caseload_threshold_set_criterion (g_ptr_array_index (thresholds, 0), "Another wording.");
  g_assert_false (caseload_store_save_thresholds (f->base.store, f->manager, thresholds, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_CONFLICT);
  g_clear_error (&error);

  /* Standards: a manager shortens routine to 14 days; open clocks follow at once. */
  standards = caseload_store_list_wait_standards (f->base.store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (standards->len, ==, 3);
  routine = g_ptr_array_index (standards, 0);
  g_assert_cmpint (caseload_wait_standard_get_urgency (routine), ==, CASELOAD_URGENCY_ROUTINE);
  g_assert_cmpint (caseload_wait_standard_get_target (routine), ==, 28);
  caseload_wait_standard_set_target (routine, 14);
  g_assert_false (caseload_store_save_wait_standard (f->base.store, f->nurse, routine, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_true (caseload_store_save_wait_standard (f->base.store, f->manager, routine, &error));
  g_assert_no_error (error);
  g_assert_cmpint (caseload_wait_standard_get_version (routine), ==, 2);
  read = caseload_store_get_referral (f->base.store, f->manager, caseload_referral_get_id (referral), &error);
  g_assert_cmpstr (caseload_referral_get_clock_due_at (read), ==, "2026-11-24T09:00:00Z");
  g_assert_cmpint (caseload_referral_get_clock_state (read), ==, CASELOAD_CLOCK_NEAR_BREACH);
  caseload_wait_standard_set_version (routine, 1);
  g_assert_false (caseload_store_save_wait_standard (f->base.store, f->manager, routine, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_CONFLICT);
}

/*
 * The scenario the lists and the dashboard are checked against (now 2026-11-22 10:00):
 *   R1 Ada Adams    routine, GP, 5 Oct; accepted 6 Oct; help started 19 Oct (14 days, met);
 *                   allocated to Ngozi (EPUT) 7 Oct.
 *   R2 Ben Brown    urgent, self, 21 Nov 09:00; awaiting triage; due 22 Nov 09:00: breached.
 *   R3 Cara Clark   routine, VCSE, 27 Oct; awaiting triage; due 24 Nov: near breach.
 *   R4 Dev Dutta    routine, GP, 20 Oct; accepted 21 Oct, nobody allocated; due 17 Nov:
 *                   breached; review 15 Nov: overdue.
 *   R5 Eve Evans    routine, GP, 10 Oct; signposted 12 Oct.
 *   R6 Finn Ford    urgent, crisis service, 1 Oct 08:00; first contact 2 Oct 12:00 (28 h,
 *                   missed); accepted 1 Oct; transferred to the GP 2 Nov.
 *   R7 Gail Green   routine, GP, 15 Sep (before the range); accepted; allocated to Tom;
 *                   help started 1 Oct.
 */
static void
build_scenario (Fixture *f)
{
  const char *names[7][2] = {
    { "Ada", "Adams" }, { "Ben", "Brown" }, { "Cara", "Clark" }, { "Dev", "Dutta" },
    { "Eve", "Evans" }, { "Finn", "Ford" }, { "Gail", "Green" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadAllocation) a1 = NULL;
  g_autoptr(CaseloadAllocation) a7 = NULL;
  g_autoptr(CaseloadTimelineEntry) contact = NULL;

  for (guint i = 0; i < 7; i++)
    f->people[i] = test_add_practice_person (&f->base, names[i][0], names[i][1]);

  f->referrals[0] = new_referral (f, f->people[0], "2026-10-05T09:00:00Z", CASELOAD_URGENCY_ROUTINE,
                                  CASELOAD_REFERRAL_SOURCE_GP);
  triage (f, f->referrals[0], CASELOAD_TRIAGE_ACCEPT, "2026-10-06");
  a1 = allocate (f, f->referrals[0], f->nurse, "2026-10-07");
  caseload_referral_set_first_contact_at (f->referrals[0], "2026-10-07T10:00:00Z");
  caseload_referral_set_assessment_at (f->referrals[0], "2026-10-12T10:00:00Z");
  caseload_referral_set_help_started_at (f->referrals[0], "2026-10-19T09:00:00Z");
  caseload_referral_set_help_kind (f->referrals[0], CASELOAD_HELP_SUPPORT_PLAN);
  caseload_referral_set_next_review_on (f->referrals[0], "2026-12-10");
  update (f, f->referrals[0]);

  f->referrals[1] = new_referral (f, f->people[1], "2026-11-21T09:00:00Z", CASELOAD_URGENCY_URGENT,
                                  CASELOAD_REFERRAL_SOURCE_SELF);
  f->referrals[2] = new_referral (f, f->people[2], "2026-10-27T10:00:00Z", CASELOAD_URGENCY_ROUTINE,
                                  CASELOAD_REFERRAL_SOURCE_VCSE);

  f->referrals[3] = new_referral (f, f->people[3], "2026-10-20T10:00:00Z", CASELOAD_URGENCY_ROUTINE,
                                  CASELOAD_REFERRAL_SOURCE_GP);
  triage (f, f->referrals[3], CASELOAD_TRIAGE_ACCEPT, "2026-10-21");
  caseload_referral_set_next_review_on (f->referrals[3], "2026-11-15");
  update (f, f->referrals[3]);

  f->referrals[4] = new_referral (f, f->people[4], "2026-10-10T10:00:00Z", CASELOAD_URGENCY_ROUTINE,
                                  CASELOAD_REFERRAL_SOURCE_GP);
  triage (f, f->referrals[4], CASELOAD_TRIAGE_SIGNPOST, "2026-10-12");

  f->referrals[5] = new_referral (f, f->people[5], "2026-10-01T08:00:00Z", CASELOAD_URGENCY_URGENT,
                                  CASELOAD_REFERRAL_SOURCE_CRISIS_SERVICE);
  triage (f, f->referrals[5], CASELOAD_TRIAGE_ACCEPT, "2026-10-01");
  caseload_referral_set_first_contact_at (f->referrals[5], "2026-10-02T12:00:00Z");
  update (f, f->referrals[5]);
  caseload_referral_set_transfer_kind (f->referrals[5], CASELOAD_TRANSFER_TO_GP);
  caseload_referral_set_transfer_destination (f->referrals[5], "Grays Hall Surgery");
  caseload_referral_set_transfer_summary (f->referrals[5], "Crisis passed; the GP continues medication reviews.");
  caseload_referral_set_transferred_on (f->referrals[5], "2026-11-02");
  g_assert_true (caseload_store_transfer_referral (f->base.store, f->manager, f->referrals[5], &error));
  g_assert_no_error (error);

  f->referrals[6] = new_referral (f, f->people[6], "2026-09-15T10:00:00Z", CASELOAD_URGENCY_ROUTINE,
                                  CASELOAD_REFERRAL_SOURCE_GP);
  triage (f, f->referrals[6], CASELOAD_TRIAGE_ACCEPT, "2026-09-16");
  a7 = allocate (f, f->referrals[6], f->arrs, "2026-09-20");
  caseload_referral_set_first_contact_at (f->referrals[6], "2026-09-20T10:00:00Z");
  caseload_referral_set_assessment_at (f->referrals[6], "2026-09-25T10:00:00Z");
  caseload_referral_set_help_started_at (f->referrals[6], "2026-10-01T10:00:00Z");
  update (f, f->referrals[6]);

  contact = test_add_entry (&f->base, f->nurse, f->people[0], "2026-11-20T09:00:00Z", "Phoned to check in.",
                            CASELOAD_SENSITIVITY_STANDARD);
}

static GPtrArray *
list (Fixture             *f,
      CaseloadStaff       *actor,
      CaseloadCaseQuery   *query)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = caseload_store_list_cases (f->base.store, actor, query, 0, 100, &error);
  guint n = G_MAXUINT;

  g_assert_no_error (error);
  g_assert_true (caseload_store_count_cases (f->base.store, actor, query, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, rows->len);
  return rows;
}

/* The people a list shows, in order, by family name: "Brown Dutta Clark". */
static char *
families (Fixture           *f,
          CaseloadStaff     *actor,
          CaseloadCaseQuery *query)
{
  g_autoptr(GPtrArray) rows = list (f, actor, query);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < rows->len; i++)
    {
      const char *name = caseload_case_row_get_person_name (g_ptr_array_index (rows, i));

      g_string_append_printf (text, "%s%s", i > 0 ? " " : "", strrchr (name, ' ') + 1);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

#define ASSERT_LIST(actor, query, expected) \
  G_STMT_START { g_autofree char *got_ = families (f, actor, query); g_assert_cmpstr (got_, ==, expected); } G_STMT_END

static void
test_lists (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(CaseloadCaseQuery) waiting = caseload_case_query_new (CASELOAD_LIST_WAITING);
  g_autoptr(CaseloadCaseQuery) unallocated = caseload_case_query_new (CASELOAD_LIST_UNALLOCATED);
  g_autoptr(CaseloadCaseQuery) team = caseload_case_query_new (CASELOAD_LIST_TEAM_CASELOAD);
  g_autoptr(CaseloadCaseQuery) mine = caseload_case_query_new (CASELOAD_LIST_MY_CASELOAD);
  g_autoptr(GPtrArray) rows = NULL;
  CaseloadCaseRow *row;

  build_scenario (f);

  /* Waiting: urgency, then the longest wait. */
  ASSERT_LIST (f->manager, waiting, "Brown Dutta Clark");
  rows = list (f, f->manager, waiting);
  row = g_ptr_array_index (rows, 0);
  g_assert_cmpint (caseload_case_row_get_clock_state (row), ==, CASELOAD_CLOCK_BREACHED);
  g_assert_cmpint (caseload_case_row_get_urgency (row), ==, CASELOAD_URGENCY_URGENT);
  g_assert_cmpint (caseload_case_row_get_waited_seconds (row), ==, 25 * 3600);
  g_assert_cmpstr (caseload_case_row_get_practice_name (row), ==, "Grays Hall Surgery");
  g_assert_cmpint (caseload_case_row_get_clock_state (g_ptr_array_index (rows, 2)), ==, CASELOAD_CLOCK_NEAR_BREACH);
  g_clear_pointer (&rows, g_ptr_array_unref);

  waiting->sort = CASELOAD_CASE_SORT_DUE;
  ASSERT_LIST (f->manager, waiting, "Dutta Brown Clark");
  waiting->sort = CASELOAD_CASE_SORT_NAME;
  ASSERT_LIST (f->manager, waiting, "Brown Clark Dutta");
  waiting->breach = CASELOAD_BREACH_FILTER_BREACHED;
  ASSERT_LIST (f->manager, waiting, "Brown Dutta");
  waiting->breach = CASELOAD_BREACH_FILTER_NEAR_OR_BREACHED;
  ASSERT_LIST (f->manager, waiting, "Brown Clark Dutta");
  waiting->urgency = CASELOAD_URGENCY_ROUTINE;
  ASSERT_LIST (f->manager, waiting, "Clark Dutta");
  waiting->urgency = -1;
  waiting->breach = CASELOAD_BREACH_FILTER_ANY;
  waiting->search = g_strdup ("dutt");
  ASSERT_LIST (f->manager, waiting, "Dutta");
  g_free (waiting->search);
  waiting->search = g_strdup ("12/03/1984");
  ASSERT_LIST (f->manager, waiting, "Brown Clark Dutta");
  g_clear_pointer (&waiting->search, g_free);
  /* Nobody waiting has a worker yet. */
  waiting->worker_id = g_strdup (caseload_staff_get_id (f->nurse));
  ASSERT_LIST (f->manager, waiting, "");
  g_clear_pointer (&waiting->worker_id, g_free);
  waiting->pcn = g_strdup ("Grays");
  ASSERT_LIST (f->manager, waiting, "Brown Clark Dutta");
  g_free (waiting->pcn);
  waiting->pcn = g_strdup ("Tilbury and Chadwell");
  ASSERT_LIST (f->manager, waiting, "");
  g_clear_pointer (&waiting->pcn, g_free);
  waiting->practice_id = g_strdup (caseload_organisation_get_id (f->base.practice));
  ASSERT_LIST (f->manager, waiting, "Brown Clark Dutta");
  g_clear_pointer (&waiting->practice_id, g_free);
  /* Mind sees nobody: no consent. */
  ASSERT_LIST (f->base.worker, waiting, "");

  /* Unallocated: accepted, nobody allocated. */
  ASSERT_LIST (f->manager, unallocated, "Dutta");

  /* Team caseload: by worker (Ngozi Eze, then Tom Harris). */
  ASSERT_LIST (f->manager, team, "Adams Green");
  rows = list (f, f->manager, team);
  row = g_ptr_array_index (rows, 0);
  g_assert_cmpstr (caseload_case_row_get_worker_name (row), ==, "Ngozi Eze");
  g_assert_cmpstr (caseload_case_row_get_worker_organisation_name (row), ==, "EPUT Community Mental Health");
  g_assert_cmpint (caseload_case_row_get_role (row), ==, CASELOAD_CASE_ROLE_CARE_COORDINATOR);
  g_assert_cmpstr (caseload_case_row_get_last_contact_at (row), ==, "2026-11-20T09:00:00Z");
  g_assert_cmpstr (caseload_case_row_get_next_review_on (row), ==, "2026-12-10");
  g_assert_cmpint (caseload_case_row_get_open_tasks (row), ==, 1);
  g_assert_cmpint (caseload_case_row_get_clock_state (row), ==, CASELOAD_CLOCK_MET);
  g_assert_null (caseload_case_row_get_last_contact_at (g_ptr_array_index (rows, 1)));
  g_clear_pointer (&rows, g_ptr_array_unref);
  team->sort = CASELOAD_CASE_SORT_LAST_CONTACT;
  ASSERT_LIST (f->manager, team, "Green Adams");
  team->sort = CASELOAD_CASE_SORT_NEXT_REVIEW;
  ASSERT_LIST (f->manager, team, "Adams Green");
  team->organisation_id = g_strdup (caseload_organisation_get_id (f->eput));
  ASSERT_LIST (f->manager, team, "Adams");
  g_clear_pointer (&team->organisation_id, g_free);
  team->worker_id = g_strdup (caseload_staff_get_id (f->arrs));
  ASSERT_LIST (f->manager, team, "Green");
  g_clear_pointer (&team->worker_id, g_free);
  team->search = g_strdup ("adams");
  ASSERT_LIST (f->manager, team, "Adams");
  g_clear_pointer (&team->search, g_free);
  team->breach = CASELOAD_BREACH_FILTER_BREACHED;
  ASSERT_LIST (f->manager, team, "");
  team->breach = CASELOAD_BREACH_FILTER_ANY;
  team->sort = CASELOAD_CASE_SORT_NAME;
  team->pcn = g_strdup ("Grays");
  ASSERT_LIST (f->manager, team, "Adams Green");

  /* My caseload: the actor's own, or a colleague's for a manager. */
  ASSERT_LIST (f->nurse, mine, "Adams");
  ASSERT_LIST (f->arrs, mine, "Green");
  ASSERT_LIST (f->manager, mine, "");
  mine->worker_id = g_strdup (caseload_staff_get_id (f->arrs));
  ASSERT_LIST (f->manager, mine, "Green");
}

/* The People list marks each person with their most pressing open clock. */
static void
test_people_clocks (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadClockPause) pause = caseload_clock_pause_new ();
  g_autoptr(CaseloadClockPause) pause_dev = NULL;
  g_autoptr(CaseloadReferral) second = NULL;
  g_autoptr(CaseloadReferral) paused = NULL;
  g_autoptr(CaseloadPerson) hana = NULL;
  g_autoptr(GPtrArray) people = NULL;
  /* By sort name: Adams Brown Clark Dutta Evans Ford Green Hill. */
  const CaseloadClockState expected[] = {
    CASELOAD_CLOCK_BREACHED,     /* Ada: met, and a second urgent referral past due */
    CASELOAD_CLOCK_BREACHED,     /* Ben */
    CASELOAD_CLOCK_NEAR_BREACH,  /* Cara */
    CASELOAD_CLOCK_BREACHED,     /* Dev: a pause begun after the breach does not hide it */
    CASELOAD_CLOCK_NONE,         /* Eve: signposted */
    CASELOAD_CLOCK_NONE,         /* Finn: transferred */
    CASELOAD_CLOCK_NONE,         /* Gail: met */
    CASELOAD_CLOCK_NONE,         /* Hana: as near breach as Cara, but paused */
  };

  build_scenario (f);
  second = new_referral (f, f->people[0], "2026-11-20T09:00:00Z", CASELOAD_URGENCY_URGENT,
                         CASELOAD_REFERRAL_SOURCE_GP);
  hana = test_add_practice_person (&f->base, "Hana", "Hill");
  paused = new_referral (f, hana, "2026-10-27T10:00:00Z", CASELOAD_URGENCY_ROUTINE, CASELOAD_REFERRAL_SOURCE_GP);
  caseload_clock_pause_set_referral_id (pause, caseload_referral_get_id (paused));
  caseload_clock_pause_set_reason (pause, CASELOAD_PAUSE_IN_HOSPITAL);
  caseload_clock_pause_set_started_at (pause, "2026-11-21T10:00:00Z");
  g_assert_true (caseload_store_start_clock_pause (f->base.store, f->manager, pause, &error));
  g_assert_no_error (error);
  pause_dev = caseload_clock_pause_new ();
  caseload_clock_pause_set_referral_id (pause_dev, caseload_referral_get_id (f->referrals[3]));
  caseload_clock_pause_set_reason (pause_dev, CASELOAD_PAUSE_IN_HOSPITAL);
  caseload_clock_pause_set_started_at (pause_dev, "2026-11-21T10:00:00Z");
  g_assert_true (caseload_store_start_clock_pause (f->base.store, f->manager, pause_dev, &error));
  g_assert_no_error (error);

  people = caseload_store_list_people (f->base.store, f->manager, NULL, 0, 100, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (people->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < people->len; i++)
    {
      CaseloadPerson *person = g_ptr_array_index (people, i);

      g_assert_cmpstr (caseload_person_get_id (person), ==, caseload_person_get_id (i < 7 ? f->people[i] : hana));
      g_assert_cmpint (caseload_person_get_clock_state (person), ==, expected[i]);
    }
  g_clear_pointer (&people, g_ptr_array_unref);

  /* A search's page reads the same. */
  people = caseload_store_list_people (f->base.store, f->manager, "clark", 0, 100, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (people->len, ==, 1);
  g_assert_cmpint (caseload_person_get_clock_state (g_ptr_array_index (people, 0)), ==, CASELOAD_CLOCK_NEAR_BREACH);
}

static void
test_tasks_and_reminders (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadTask) task = caseload_task_new ();
  g_autoptr(GPtrArray) tasks = NULL;
  CaseloadReminderCounts counts;
  guint created = 0;

  build_scenario (f);

  caseload_task_set_person_id (task, caseload_person_get_id (f->people[0]));
  caseload_task_set_owner_id (task, caseload_staff_get_id (f->nurse));
  caseload_task_set_title (task, "Book the medication review");
  caseload_task_set_due_on (task, "2026-11-21");
  g_assert_true (caseload_store_save_task (f->base.store, f->manager, task, &error));
  g_assert_no_error (error);
  g_assert_cmpint (caseload_task_get_version (task), ==, 1);
  g_assert_cmpint (caseload_task_get_origin (task), ==, CASELOAD_TASK_ORIGIN_MANUAL);
  g_assert_cmpstr (caseload_task_get_owner_name (task), ==, "Ngozi Eze");

  /* Soonest first: the manual task (21 Nov), then the new allocation (22 Nov). */
  tasks = caseload_store_list_tasks (f->base.store, f->nurse, caseload_staff_get_id (f->nurse), NULL, FALSE, 0, 50, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tasks->len, ==, 2);
  g_assert_cmpstr (caseload_task_get_title (g_ptr_array_index (tasks, 0)), ==, "Book the medication review");
  g_clear_pointer (&tasks, g_ptr_array_unref);

  /* The nurse: the allocation made on 22 Nov is new since 21 Nov; two tasks due. */
  g_assert_true (caseload_store_count_reminders (f->base.store, f->nurse, "2026-11-21T00:00:00Z", &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.new_allocations, ==, 1);
  g_assert_cmpuint (counts.tasks_due, ==, 2);
  g_assert_cmpuint (counts.clocks_near_breach, ==, 0);

  caseload_task_set_done (task, TRUE);
  g_assert_true (caseload_store_save_task (f->base.store, f->nurse, task, &error));
  g_assert_no_error (error);
  g_assert_nonnull (caseload_task_get_done_at (task));
  g_assert_cmpstr (caseload_task_get_done_by (task), ==, caseload_staff_get_id (f->nurse));
  caseload_task_set_version (task, 1);
  g_assert_false (caseload_store_save_task (f->base.store, f->nurse, task, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_CONFLICT);
  g_clear_error (&error);
  tasks = caseload_store_list_tasks (f->base.store, f->nurse, caseload_staff_get_id (f->nurse), NULL, TRUE, 0, 50, &error);
  g_assert_cmpuint (tasks->len, ==, 2);
  g_clear_pointer (&tasks, g_ptr_array_unref);

  /* The manager: R2, R3 and R4 run near or past breach with nobody allocated. Tom: a
   * review on R7 is not due (none set); set one within the week. */
  g_assert_true (caseload_store_refresh_reminders (f->base.store, f->manager, &created, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (created, ==, 3);
  g_assert_true (caseload_store_refresh_reminders (f->base.store, f->manager, &created, &error));
  g_assert_cmpuint (created, ==, 0);
  g_assert_true (caseload_store_count_reminders (f->base.store, f->manager, NULL, &counts, &error));
  g_assert_cmpuint (counts.clocks_near_breach, ==, 3);
  g_assert_cmpuint (counts.new_allocations, ==, 0);

  caseload_referral_set_next_review_on (f->referrals[6], "2026-11-27");
  update (f, f->referrals[6]);
  g_assert_true (caseload_store_refresh_reminders (f->base.store, f->arrs, &created, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (created, ==, 1);
  tasks = caseload_store_list_tasks (f->base.store, f->arrs, caseload_staff_get_id (f->arrs), NULL, FALSE, 0, 50, &error);
  g_assert_cmpuint (tasks->len, ==, 2);
  g_assert_cmpint (caseload_task_get_origin (g_ptr_array_index (tasks, 1)), ==, CASELOAD_TASK_ORIGIN_REVIEW_DUE);
  g_assert_cmpstr (caseload_task_get_due_on (g_ptr_array_index (tasks, 1)), ==, "2026-11-27");
}

static guint
count_of (GArray     *counts,
          const char *label,
          const char *detail)
{
  for (guint i = 0; i < counts->len; i++)
    {
      CaseloadDashboardCount *count = &g_array_index (counts, CaseloadDashboardCount, i);

      if (g_strcmp0 (count->label, label) == 0 && g_strcmp0 (count->detail, detail) == 0)
        return count->count;
    }
  return 0;
}

static void
test_dashboard (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadDashboard) dashboard = NULL;
  g_autoptr(CaseloadDashboard) other_pcn = NULL;

  build_scenario (f);

  g_assert_null (caseload_store_read_dashboard (f->base.store, f->nurse, "2026-10-01", "2026-11-30", NULL, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION);
  g_clear_error (&error);

  dashboard = caseload_store_read_dashboard (f->base.store, f->manager, "2026-10-01", "2026-11-30", NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (dashboard->caseload_by_worker->len, ==, 2);
  g_assert_cmpuint (count_of (dashboard->caseload_by_worker, "Ngozi Eze", "EPUT Community Mental Health"), ==, 1);
  g_assert_cmpuint (count_of (dashboard->caseload_by_worker, "Tom Harris", "Grays Hall Surgery"), ==, 1);
  g_assert_cmpuint (count_of (dashboard->caseload_by_organisation, "EPUT Community Mental Health", NULL), ==, 1);

  g_assert_cmpuint (dashboard->referrals_in->len, ==, 4);
  g_assert_cmpuint (count_of (dashboard->referrals_in, "2026-10", "gp"), ==, 3);
  g_assert_cmpuint (count_of (dashboard->referrals_in, "2026-10", "vcse"), ==, 1);
  g_assert_cmpuint (count_of (dashboard->referrals_in, "2026-10", "crisis-service"), ==, 1);
  g_assert_cmpuint (count_of (dashboard->referrals_in, "2026-11", "self"), ==, 1);
  g_assert_cmpuint (dashboard->referrals_out->len, ==, 2);
  g_assert_cmpuint (count_of (dashboard->referrals_out, "2026-10", "signposted"), ==, 1);
  g_assert_cmpuint (count_of (dashboard->referrals_out, "2026-11", "to-gp"), ==, 1);

  /* Waits measured: R6 28 h (missed) and R1 14 days (met); nearest rank. */
  g_assert_cmpuint (dashboard->waits_measured, ==, 2);
  g_assert_cmpint (dashboard->wait_median_seconds, ==, 28 * 3600);
  g_assert_cmpint (dashboard->wait_p90_seconds, ==, 14 * 86400);
  g_assert_cmpuint (dashboard->waits_missed, ==, 1);
  g_assert_cmpuint (dashboard->waiting_now, ==, 3);
  g_assert_cmpuint (dashboard->breached_now, ==, 2);
  g_assert_cmpuint (dashboard->near_breach_now, ==, 1);
  g_assert_cmpuint (dashboard->unallocated, ==, 1);
  g_assert_cmpuint (dashboard->overdue_reviews, ==, 1);
  g_assert_cmpuint (dashboard->break_glass_to_review, ==, 0);

  /* Another PCN: nothing. */
  other_pcn = caseload_store_read_dashboard (f->base.store, f->manager, "2026-10-01", "2026-11-30", "Tilbury and Chadwell",
                                             &error);
  g_assert_no_error (error);
  g_assert_cmpuint (other_pcn->referrals_in->len, ==, 0);
  g_assert_cmpuint (other_pcn->caseload_by_worker->len, ==, 0);
  g_assert_cmpuint (other_pcn->waiting_now, ==, 0);
}

/* The SQLite store reads the stored codes back by the enums' nicks: they must agree. */
static void
test_codes_are_nicks (void)
{
  const struct { GType type; const char *(*to_code) (int); } enums[] = {
    { CASELOAD_TYPE_REFERRAL_SOURCE, (const char *(*) (int)) caseload_referral_source_to_code },
    { CASELOAD_TYPE_URGENCY, (const char *(*) (int)) caseload_urgency_to_code },
    { CASELOAD_TYPE_REFERRAL_STATUS, (const char *(*) (int)) caseload_referral_status_to_code },
    { CASELOAD_TYPE_TRIAGE_OUTCOME, (const char *(*) (int)) caseload_triage_outcome_to_code },
    { CASELOAD_TYPE_SIGNPOST, (const char *(*) (int)) caseload_signpost_to_code },
    { CASELOAD_TYPE_TRANSFER_KIND, (const char *(*) (int)) caseload_transfer_kind_to_code },
    { CASELOAD_TYPE_PAUSE_REASON, (const char *(*) (int)) caseload_pause_reason_to_code },
    { CASELOAD_TYPE_MILESTONE, (const char *(*) (int)) caseload_milestone_to_code },
    { CASELOAD_TYPE_HELP_KIND, (const char *(*) (int)) caseload_help_kind_to_code },
    { CASELOAD_TYPE_WAIT_UNIT, (const char *(*) (int)) caseload_wait_unit_to_code },
    { CASELOAD_TYPE_CASE_ROLE, (const char *(*) (int)) caseload_case_role_to_code },
    { CASELOAD_TYPE_TASK_ORIGIN, (const char *(*) (int)) caseload_task_origin_to_code },
  };

  for (guint i = 0; i < G_N_ELEMENTS (enums); i++)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (enums[i].type);

      for (guint v = 0; v < klass->n_values; v++)
        g_assert_cmpstr (klass->values[v].value_nick, ==, enums[i].to_code (klass->values[v].value));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  test_init_backend ();

  g_test_add_func ("/referrals/codes-are-nicks", test_codes_are_nicks);
  TEST ("/referrals/create", test_create);
  TEST ("/referrals/triage", test_triage_outcomes);
  TEST ("/referrals/milestones", test_milestones);
  TEST ("/referrals/pauses", test_pauses);
  TEST ("/referrals/allocation", test_allocation);
  TEST ("/referrals/transfer", test_transfer);
  TEST ("/referrals/thresholds-and-standards", test_thresholds_and_standards);
  TEST ("/referrals/lists", test_lists);
  TEST ("/referrals/people-clocks", test_people_clocks);
  TEST ("/referrals/tasks-and-reminders", test_tasks_and_reminders);
  TEST ("/referrals/dashboard", test_dashboard);

  return g_test_run ();
}
