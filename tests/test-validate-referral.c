/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "caseload-validate-referral.h"
#include "caseload-wait-clock.h"

/* Every case starts from a record that passes, changes a few properties, and expects
 * either no problem or exactly one, on the field named, with a message containing the
 * text given. Now is 12:00 on 10 March 2026 (GMT); the referral was received at 09:30 on
 * 4 March. Messages show times as the forms do, in London time. */

#define NOW      "2026-03-10T12:00:00Z"
#define RECEIVED "2026-03-04T09:30:00Z"

typedef enum {
  KIND_REFERRAL,
  KIND_TRIAGE,
  KIND_MILESTONES,
  KIND_TRANSFER,
  KIND_ALLOCATION,
  KIND_PAUSE,
  KIND_TASK,
  KIND_THRESHOLD,
  KIND_STANDARD,
} Kind;

typedef enum {
  WORKER_ACTIVE,
  WORKER_DEACTIVATED,
  WORKER_NOT_FOUND,
} Worker;

typedef struct {
  const char *name;
  int         value;
} Number;

typedef struct {
  const char *name;
  Kind        kind;
  const char *text[12];     /* property, value (NULL clears it), … */
  Number      numbers[3];   /* enum and int properties */
  Worker      worker;
  const char *field;        /* NULL: no problem */
  const char *message;
} Case;

/* What each kind starts from (on top of a referral that passes caseload_referral_check). */
static const char * const referral_base[] = {
  "person-id", "p1", "received-at", RECEIVED, "reason", "Low mood since losing work",
  "source-detail", "Dr Okafor", NULL,
};
static const char * const triage_base[] = {
  "decided-by", "s1", "decided-on", "2026-03-05", NULL,
};
static const char * const transfer_base[] = {
  "transfer-destination", "Orsett Surgery", "transfer-summary", "Goals met; GP to review in three months",
  "transferred-on", "2026-03-09", NULL,
};
static const char * const allocation_base[] = {
  "referral-id", "r1", "staff-id", "s2", "started-on", "2026-03-05", NULL,
};
static const char * const pause_base[] = {
  "referral-id", "r1", "started-at", "2026-03-06T10:00:00Z", NULL,
};
static const char * const task_base[] = {
  "person-id", "p1", "owner-id", "s2", "title", "Call to arrange assessment", "due-on", "2026-03-12", NULL,
};
static const char * const threshold_base[] = {
  "criterion", "Needs support beyond what the GP practice can give", NULL,
};

static const Case cases[] = {
  /* A new referral. */
  { "referral/passes", KIND_REFERRAL, { NULL }, { { NULL } }, 0, NULL, NULL },
  { "referral/no-person", KIND_REFERRAL, { "person-id", NULL }, { { NULL } }, 0,
    "person-id", "about a person" },
  { "referral/no-received", KIND_REFERRAL, { "received-at", NULL }, { { NULL } }, 0,
    "received-at", "Enter when the referral was received" },
  { "referral/received-not-a-time", KIND_REFERRAL, { "received-at", "yesterday" }, { { NULL } }, 0,
    "received-at", "Received “yesterday” is not a date and time" },
  { "referral/received-in-the-future", KIND_REFERRAL, { "received-at", "2026-03-11T09:00:00Z" }, { { NULL } }, 0,
    "received-at", "Received (11/03/2026 09:00) cannot be in the future" },
  { "referral/received-a-few-minutes-ahead", KIND_REFERRAL, { "received-at", "2026-03-10T12:03:00Z" },
    { { NULL } }, 0, NULL, NULL },
  { "referral/no-reason", KIND_REFERRAL, { "reason", "  " }, { { NULL } }, 0,
    "reason", "Reason for referral is required" },
  { "referral/other-source-unnamed", KIND_REFERRAL, { "source-detail", NULL },
    { { "source", CASELOAD_REFERRAL_SOURCE_OTHER } }, 0, "source-detail", "Who referred is required" },
  { "referral/gp-source-unnamed", KIND_REFERRAL, { "source-detail", NULL },
    { { "source", CASELOAD_REFERRAL_SOURCE_GP } }, 0, NULL, NULL },

  /* Triage. */
  { "triage/accept-passes", KIND_TRIAGE, { NULL }, { { "triage-outcome", CASELOAD_TRIAGE_ACCEPT } }, 0,
    NULL, NULL },
  { "triage/no-decision-maker", KIND_TRIAGE, { "decided-by", NULL }, { { NULL } }, 0,
    "decided-by", "Choose who made the triage decision" },
  { "triage/no-date", KIND_TRIAGE, { "decided-on", NULL }, { { NULL } }, 0,
    "decided-on", "Enter the date of the triage decision" },
  { "triage/date-not-a-date", KIND_TRIAGE, { "decided-on", "2026-02-31" }, { { NULL } }, 0,
    "decided-on", "“2026-02-31” is not a date" },
  { "triage/before-received", KIND_TRIAGE, { "decided-on", "2026-03-03" }, { { NULL } }, 0,
    "decided-on", "Triage decision (03/03/2026) is before the referral was received (04/03/2026 09:30)" },
  { "triage/on-the-day-received", KIND_TRIAGE, { "decided-on", "2026-03-04" }, { { NULL } }, 0,
    NULL, NULL },
  { "triage/in-the-future", KIND_TRIAGE, { "decided-on", "2026-03-11" }, { { NULL } }, 0,
    "decided-on", "Triage decision (11/03/2026) cannot be in the future" },
  { "triage/today", KIND_TRIAGE, { "decided-on", "2026-03-10" }, { { NULL } }, 0, NULL, NULL },
  /* Received at 23:30 UTC on 20 October 2025, 00:30 BST on the 21st: the London day. */
  { "triage/received-after-local-midnight", KIND_TRIAGE,
    { "received-at", "2025-10-20T23:30:00Z", "decided-on", "2025-10-20" }, { { NULL } }, 0,
    "decided-on", "Triage decision (20/10/2025) is before the referral was received (21/10/2025 00:30)" },
  { "triage/signpost-nowhere", KIND_TRIAGE, { "destination", NULL },
    { { "triage-outcome", CASELOAD_TRIAGE_SIGNPOST } }, 0,
    "destination", "Say where the person was signposted to" },
  { "triage/signpost-passes", KIND_TRIAGE, { "destination", "Thurrock Mind" },
    { { "triage-outcome", CASELOAD_TRIAGE_SIGNPOST }, { "signpost", CASELOAD_SIGNPOST_VCSE } }, 0,
    NULL, NULL },
  { "triage/refer-on-nowhere", KIND_TRIAGE, { "destination", " " },
    { { "triage-outcome", CASELOAD_TRIAGE_REFER_ON } }, 0,
    "destination", "Say which service the person was referred on to" },
  { "triage/refer-on-passes", KIND_TRIAGE, { "destination", "Early intervention in psychosis" },
    { { "triage-outcome", CASELOAD_TRIAGE_REFER_ON } }, 0, NULL, NULL },
  { "triage/decline-without-reason", KIND_TRIAGE, { "triage-reason", NULL },
    { { "triage-outcome", CASELOAD_TRIAGE_DECLINE } }, 0,
    "triage-reason", "Say why the referral was declined" },
  { "triage/decline-passes", KIND_TRIAGE, { "triage-reason", "Already open to the community team" },
    { { "triage-outcome", CASELOAD_TRIAGE_DECLINE } }, 0, NULL, NULL },

  /* The steps of the wait. */
  { "milestones/none-yet", KIND_MILESTONES, { NULL }, { { NULL } }, 0, NULL, NULL },
  { "milestones/all-in-order", KIND_MILESTONES,
    { "first-contact-at", "2026-03-05T10:00:00Z", "assessment-at", "2026-03-06T10:00:00Z",
      "help-started-at", "2026-03-09T10:00:00Z", "next-review-on", "2026-06-09" }, { { NULL } }, 0,
    NULL, NULL },
  { "milestones/all-at-once", KIND_MILESTONES,
    { "first-contact-at", RECEIVED, "assessment-at", RECEIVED, "help-started-at", RECEIVED }, { { NULL } }, 0,
    NULL, NULL },
  { "milestones/first-contact-before-received", KIND_MILESTONES,
    { "first-contact-at", "2026-03-03T10:00:00Z" }, { { NULL } }, 0,
    "first-contact-at", "First contact (03/03/2026 10:00) is before the referral was received (04/03/2026 09:30)" },
  { "milestones/first-contact-in-the-future", KIND_MILESTONES,
    { "first-contact-at", "2026-03-11T09:00:00Z" }, { { NULL } }, 0,
    "first-contact-at", "First contact (11/03/2026 09:00) cannot be in the future" },
  { "milestones/first-contact-not-a-time", KIND_MILESTONES,
    { "first-contact-at", "5/3/2026" }, { { NULL } }, 0,
    "first-contact-at", "First contact “5/3/2026” is not a date and time" },
  { "milestones/assessment-without-first-contact", KIND_MILESTONES,
    { "assessment-at", "2026-03-06T10:00:00Z" }, { { NULL } }, 0,
    "assessment-at", "Record first contact before the assessment" },
  { "milestones/assessment-before-first-contact", KIND_MILESTONES,
    { "first-contact-at", "2026-03-06T10:00:00Z", "assessment-at", "2026-03-05T10:00:00Z" }, { { NULL } }, 0,
    "assessment-at", "The assessment (05/03/2026 10:00) is before first contact (06/03/2026 10:00)" },
  { "milestones/help-without-assessment", KIND_MILESTONES,
    { "first-contact-at", "2026-03-05T10:00:00Z", "help-started-at", "2026-03-06T10:00:00Z" }, { { NULL } }, 0,
    "help-started-at", "Record the assessment before the start of help" },
  { "milestones/help-before-assessment", KIND_MILESTONES,
    { "first-contact-at", "2026-03-05T10:00:00Z", "assessment-at", "2026-03-07T10:00:00Z",
      "help-started-at", "2026-03-06T10:00:00Z" }, { { NULL } }, 0,
    "help-started-at", "The start of help (06/03/2026 10:00) is before the assessment (07/03/2026 10:00)" },
  { "milestones/help-in-the-future", KIND_MILESTONES,
    { "first-contact-at", "2026-03-05T10:00:00Z", "assessment-at", "2026-03-07T10:00:00Z",
      "help-started-at", "2026-03-12T10:00:00Z" }, { { NULL } }, 0,
    "help-started-at", "Start of help (12/03/2026 10:00) cannot be in the future" },
  { "milestones/review-before-received", KIND_MILESTONES, { "next-review-on", "2026-03-01" }, { { NULL } }, 0,
    "next-review-on", "Next review (01/03/2026) is before the referral was received (04/03/2026 09:30)" },
  { "milestones/review-not-a-date", KIND_MILESTONES, { "next-review-on", "soon" }, { { NULL } }, 0,
    "next-review-on", "Next review “soon” is not a date" },

  /* Transfer. */
  { "transfer/to-gp-passes", KIND_TRANSFER, { NULL }, { { "transfer-kind", CASELOAD_TRANSFER_TO_GP } }, 0,
    NULL, NULL },
  { "transfer/to-gp-nowhere", KIND_TRANSFER, { "transfer-destination", NULL },
    { { "transfer-kind", CASELOAD_TRANSFER_TO_GP } }, 0,
    "transfer-destination", "Choose where the person is being transferred to" },
  { "transfer/to-another-service-nowhere", KIND_TRANSFER, { "transfer-destination", "" },
    { { "transfer-kind", CASELOAD_TRANSFER_TO_ANOTHER_SERVICE } }, 0,
    "transfer-destination", "Choose where the person is being transferred to" },
  { "transfer/ended-by-choice-unsaid", KIND_TRANSFER, { "transfer-destination", NULL },
    { { "transfer-kind", CASELOAD_TRANSFER_ENDED_BY_CHOICE } }, 0,
    "transfer-destination", "the person’s choice" },
  { "transfer/ended-by-choice-passes", KIND_TRANSFER, { "transfer-destination", "Feels well enough to stop" },
    { { "transfer-kind", CASELOAD_TRANSFER_ENDED_BY_CHOICE } }, 0, NULL, NULL },
  { "transfer/no-summary", KIND_TRANSFER, { "transfer-summary", NULL }, { { NULL } }, 0,
    "transfer-summary", "Write a transfer summary" },
  { "transfer/no-date", KIND_TRANSFER, { "transferred-on", NULL }, { { NULL } }, 0,
    "transferred-on", "Enter the date of the transfer" },
  { "transfer/before-received", KIND_TRANSFER, { "transferred-on", "2026-03-03" }, { { NULL } }, 0,
    "transferred-on", "Transfer date (03/03/2026) is before the referral was received (04/03/2026 09:30)" },
  { "transfer/in-the-future", KIND_TRANSFER, { "transferred-on", "2026-03-11" }, { { NULL } }, 0,
    "transferred-on", "Transfer date (11/03/2026) cannot be in the future" },

  /* Allocation. */
  { "allocation/passes", KIND_ALLOCATION, { NULL }, { { NULL } }, WORKER_ACTIVE, NULL, NULL },
  { "allocation/no-referral", KIND_ALLOCATION, { "referral-id", NULL }, { { NULL } }, WORKER_ACTIVE,
    "referral-id", "must belong to a referral" },
  { "allocation/no-worker", KIND_ALLOCATION, { "staff-id", NULL }, { { NULL } }, WORKER_NOT_FOUND,
    "staff-id", "Choose the worker to allocate" },
  { "allocation/worker-not-found", KIND_ALLOCATION, { NULL }, { { NULL } }, WORKER_NOT_FOUND,
    "staff-id", "That worker is not on record" },
  { "allocation/worker-deactivated", KIND_ALLOCATION, { NULL }, { { NULL } }, WORKER_DEACTIVATED,
    "staff-id", "Sam Patel’s account is deactivated: choose an active worker" },
  { "allocation/no-start", KIND_ALLOCATION, { "started-on", NULL }, { { NULL } }, WORKER_ACTIVE,
    "started-on", "Enter the date the allocation starts" },
  { "allocation/starts-before-received", KIND_ALLOCATION, { "started-on", "2026-03-03" }, { { NULL } },
    WORKER_ACTIVE,
    "started-on", "Allocation start (03/03/2026) is before the referral was received (04/03/2026 09:30)" },
  { "allocation/starts-in-the-future", KIND_ALLOCATION, { "started-on", "2026-03-16" }, { { NULL } },
    WORKER_ACTIVE, NULL, NULL },
  { "allocation/ends-before-start", KIND_ALLOCATION, { "ended-on", "2026-03-04" }, { { NULL } },
    WORKER_ACTIVE, "ended-on", "The allocation cannot end (04/03/2026) before it starts (05/03/2026)" },
  { "allocation/ends-the-day-it-starts", KIND_ALLOCATION, { "ended-on", "2026-03-05", "end-reason", "Moved away" },
    { { NULL } }, WORKER_ACTIVE, NULL, NULL },

  /* Pauses. */
  { "pause/open-passes", KIND_PAUSE, { NULL }, { { "reason", CASELOAD_PAUSE_IN_HOSPITAL } }, 0, NULL, NULL },
  { "pause/ended-passes", KIND_PAUSE, { "ended-at", "2026-03-08T10:00:00Z" }, { { NULL } }, 0, NULL, NULL },
  { "pause/no-referral", KIND_PAUSE, { "referral-id", NULL }, { { NULL } }, 0,
    "referral-id", "must belong to a referral" },
  { "pause/no-start", KIND_PAUSE, { "started-at", NULL }, { { NULL } }, 0,
    "started-at", "Enter when the pause starts" },
  { "pause/starts-before-received", KIND_PAUSE, { "started-at", "2026-03-04T09:00:00Z" }, { { NULL } }, 0,
    "started-at", "Pause start (04/03/2026 09:00) is before the referral was received (04/03/2026 09:30)" },
  { "pause/starts-in-the-future", KIND_PAUSE, { "started-at", "2026-03-10T13:00:00Z" }, { { NULL } }, 0,
    "started-at", "Pause start (10/03/2026 13:00) cannot be in the future" },
  { "pause/ends-before-it-starts", KIND_PAUSE, { "ended-at", "2026-03-06T09:00:00Z" }, { { NULL } }, 0,
    "ended-at", "The pause must end (06/03/2026 09:00) after it starts (06/03/2026 10:00)" },
  { "pause/ends-as-it-starts", KIND_PAUSE, { "ended-at", "2026-03-06T10:00:00Z" }, { { NULL } }, 0,
    "ended-at", "The pause must end" },
  { "pause/ends-in-the-future", KIND_PAUSE, { "ended-at", "2026-03-12T10:00:00Z" }, { { NULL } }, 0,
    "ended-at", "Pause end (12/03/2026 10:00) cannot be in the future" },

  /* Tasks. */
  { "task/passes", KIND_TASK, { NULL }, { { NULL } }, 0, NULL, NULL },
  { "task/no-person", KIND_TASK, { "person-id", NULL }, { { NULL } }, 0, "person-id", "about a person" },
  { "task/no-owner", KIND_TASK, { "owner-id", NULL }, { { NULL } }, 0, "owner-id", "Choose who the task is for" },
  { "task/no-title", KIND_TASK, { "title", "" }, { { NULL } }, 0, "title", "Task title is required" },
  { "task/no-due-date", KIND_TASK, { "due-on", NULL }, { { NULL } }, 0, "due-on", "Enter the date the task is due" },
  { "task/due-date-not-a-date", KIND_TASK, { "due-on", "next week" }, { { NULL } }, 0,
    "due-on", "Due date “next week” is not a date" },
  { "task/overdue-passes", KIND_TASK, { "due-on", "2026-01-01" }, { { NULL } }, 0, NULL, NULL },

  /* Thresholds. */
  { "threshold/passes", KIND_THRESHOLD, { NULL }, { { "outcome", CASELOAD_TRIAGE_SIGNPOST } }, 0, NULL, NULL },
  { "threshold/empty", KIND_THRESHOLD, { "criterion", " " }, { { NULL } }, 0,
    "criterion", "Criterion is required" },

  /* Waiting-time standards. */
  { "standard/days-passes", KIND_STANDARD, { NULL },
    { { "unit", CASELOAD_WAIT_UNIT_DAYS }, { "target", 28 }, { "warn", 7 } }, 0, NULL, NULL },
  { "standard/most-days", KIND_STANDARD, { NULL },
    { { "unit", CASELOAD_WAIT_UNIT_DAYS }, { "target", 365 }, { "warn", 0 } }, 0, NULL, NULL },
  { "standard/too-many-days", KIND_STANDARD, { NULL },
    { { "unit", CASELOAD_WAIT_UNIT_DAYS }, { "target", 366 }, { "warn", 7 } }, 0,
    "target", "The target can be at most 365 days" },
  { "standard/no-days", KIND_STANDARD, { NULL },
    { { "unit", CASELOAD_WAIT_UNIT_DAYS }, { "target", 0 }, { "warn", 0 } }, 0,
    "target", "The target must be at least 1 day" },
  { "standard/most-hours", KIND_STANDARD, { NULL },
    { { "unit", CASELOAD_WAIT_UNIT_HOURS }, { "target", 336 }, { "warn", 335 } }, 0, NULL, NULL },
  { "standard/too-many-hours", KIND_STANDARD, { NULL },
    { { "unit", CASELOAD_WAIT_UNIT_HOURS }, { "target", 337 }, { "warn", 4 } }, 0,
    "target", "The target can be at most 336 hours" },
  { "standard/no-hours", KIND_STANDARD, { NULL },
    { { "unit", CASELOAD_WAIT_UNIT_HOURS }, { "target", 0 }, { "warn", 0 } }, 0,
    "target", "The target must be at least 1 hour" },
  { "standard/warning-as-long-as-target", KIND_STANDARD, { NULL },
    { { "unit", CASELOAD_WAIT_UNIT_HOURS }, { "target", 4 }, { "warn", 4 } }, 0,
    "warn", "The warning must come before the target: fewer than 4 hours" },
  { "standard/warning-one-day", KIND_STANDARD, { NULL },
    { { "unit", CASELOAD_WAIT_UNIT_DAYS }, { "target", 1 }, { "warn", 1 } }, 0,
    "warn", "fewer than 1 day" },
  { "standard/negative-warning", KIND_STANDARD, { NULL },
    { { "unit", CASELOAD_WAIT_UNIT_DAYS }, { "target", 28 }, { "warn", -1 } }, 0,
    "warn", "The warning cannot be negative" },
};

static void
set_texts (GObject            *object,
           const char * const *pairs)
{
  for (guint i = 0; pairs[i] != NULL; i += 2)
    g_object_set (object, pairs[i], pairs[i + 1], NULL);
}

static void
set_numbers (GObject      *object,
             const Number *numbers,
             guint         n_numbers)
{
  for (guint i = 0; i < n_numbers && numbers[i].name != NULL; i++)
    g_object_set (object, numbers[i].name, numbers[i].value, NULL);
}

static void
setup (GObject    *object,
       const Case *c,
       const char * const *base)
{
  if (base != NULL)
    set_texts (object, base);
  set_numbers (object, c->numbers, G_N_ELEMENTS (c->numbers));
  set_texts (object, c->text);
}

static GPtrArray *
run_case (const Case *c)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 (NOW, NULL);
  g_autoptr(CaseloadReferral) referral = caseload_referral_new ();
  g_autoptr(GObject) object = NULL;

  set_texts (G_OBJECT (referral), referral_base);

  switch (c->kind)
    {
    case KIND_REFERRAL:
      setup (G_OBJECT (referral), c, NULL);
      return caseload_referral_check (referral, now);
    case KIND_TRIAGE:
      setup (G_OBJECT (referral), c, triage_base);
      return caseload_referral_check_triage (referral, now);
    case KIND_MILESTONES:
      setup (G_OBJECT (referral), c, NULL);
      return caseload_referral_check_milestones (referral, now);
    case KIND_TRANSFER:
      setup (G_OBJECT (referral), c, transfer_base);
      return caseload_referral_check_transfer (referral, now);
    case KIND_ALLOCATION:
      {
        g_autoptr(CaseloadStaff) worker = caseload_staff_new ();

        caseload_staff_set_id (worker, "s2");
        caseload_staff_set_display_name (worker, "Sam Patel");
        caseload_staff_set_active (worker, c->worker == WORKER_ACTIVE);
        object = G_OBJECT (caseload_allocation_new ());
        setup (object, c, allocation_base);
        return caseload_allocation_check (CASELOAD_ALLOCATION (object),
                                          c->worker == WORKER_NOT_FOUND ? NULL : worker, referral);
      }
    case KIND_PAUSE:
      object = G_OBJECT (caseload_clock_pause_new ());
      setup (object, c, pause_base);
      return caseload_clock_pause_check (CASELOAD_CLOCK_PAUSE (object), referral, now);
    case KIND_TASK:
      object = G_OBJECT (caseload_task_new ());
      setup (object, c, task_base);
      return caseload_task_check (CASELOAD_TASK (object));
    case KIND_THRESHOLD:
      object = G_OBJECT (caseload_threshold_new ());
      setup (object, c, threshold_base);
      return caseload_threshold_check (CASELOAD_THRESHOLD (object));
    case KIND_STANDARD:
      object = G_OBJECT (caseload_wait_standard_new ());
      setup (object, c, NULL);
      return caseload_wait_standard_check (CASELOAD_WAIT_STANDARD (object));
    default:
      g_assert_not_reached ();
    }
}

static void
assert_problems (GPtrArray  *problems,
                 const char *field,
                 const char *message)
{
  g_assert_nonnull (problems);

  for (guint i = 0; i < problems->len; i++)
    {
      const CaseloadFieldError *problem = g_ptr_array_index (problems, i);

      g_test_message ("%s: %s", problem->field, problem->message);
    }

  if (field == NULL)
    {
      g_assert_cmpuint (problems->len, ==, 0);
      return;
    }

  g_assert_cmpuint (problems->len, ==, 1);
  {
    const CaseloadFieldError *problem = g_ptr_array_index (problems, 0);

    g_assert_cmpstr (problem->field, ==, field);
    if (strstr (problem->message, message) == NULL)
      g_error ("“%s” does not say “%s”", problem->message, message);
  }
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(GPtrArray) problems = run_case (c);

  assert_problems (problems, c->field, c->message);
}

/* Values no form offers, set past the property checks. */
static void
test_out_of_range (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 (NOW, NULL);
  g_autoptr(CaseloadReferral) referral = caseload_referral_new ();
  g_autoptr(CaseloadClockPause) pause = caseload_clock_pause_new ();
  g_autoptr(CaseloadThreshold) threshold = caseload_threshold_new ();
  g_autoptr(CaseloadWaitStandard) standard = caseload_wait_standard_new_default (CASELOAD_URGENCY_URGENT);
  g_autoptr(GPtrArray) triage = NULL;
  g_autoptr(GPtrArray) transfer = NULL;
  g_autoptr(GPtrArray) paused = NULL;
  g_autoptr(GPtrArray) criterion = NULL;
  g_autoptr(GPtrArray) unit = NULL;
  g_autoptr(GPtrArray) stops = NULL;

  set_texts (G_OBJECT (referral), referral_base);
  set_texts (G_OBJECT (referral), triage_base);
  set_texts (G_OBJECT (referral), transfer_base);
  caseload_referral_set_triage_outcome (referral, (CaseloadTriageOutcome) 42);
  caseload_referral_set_transfer_kind (referral, (CaseloadTransferKind) 42);
  triage = caseload_referral_check_triage (referral, now);
  assert_problems (triage, "triage-outcome", "Choose the outcome of triage");
  transfer = caseload_referral_check_transfer (referral, now);
  assert_problems (transfer, "transfer-kind", "Choose the kind of transfer");

  set_texts (G_OBJECT (pause), pause_base);
  caseload_clock_pause_set_reason (pause, (CaseloadPauseReason) 42);
  paused = caseload_clock_pause_check (pause, referral, now);
  assert_problems (paused, "reason", "Choose why the clock is paused");

  set_texts (G_OBJECT (threshold), threshold_base);
  caseload_threshold_set_outcome (threshold, (CaseloadTriageOutcome) 42);
  criterion = caseload_threshold_check (threshold);
  assert_problems (criterion, "outcome", "Choose the triage outcome");

  caseload_wait_standard_set_unit (standard, (CaseloadWaitUnit) 42);
  unit = caseload_wait_standard_check (standard);
  assert_problems (unit, "unit", "hours or days");

  caseload_wait_standard_set_unit (standard, CASELOAD_WAIT_UNIT_HOURS);
  caseload_wait_standard_set_stops_at (standard, (CaseloadMilestone) 42);
  stops = caseload_wait_standard_check (standard);
  assert_problems (stops, "stops-at", "stops the clock");
}

/* The limits on words, at and just over. */
static void
test_lengths (void)
{
  g_autoptr(CaseloadThreshold) threshold = caseload_threshold_new ();
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 (NOW, NULL);
  g_autoptr(CaseloadReferral) referral = caseload_referral_new ();
  g_autofree char *longest = g_strnfill (CASELOAD_MAX_THRESHOLD_TEXT, 'x');
  g_autofree char *too_long = g_strnfill (CASELOAD_MAX_THRESHOLD_TEXT + 1, 'x');
  g_autofree char *reason = g_strnfill (CASELOAD_MAX_LONG_TEXT + 1, 'x');
  g_autoptr(GPtrArray) fits = NULL;
  g_autoptr(GPtrArray) over = NULL;
  g_autoptr(GPtrArray) long_reason = NULL;

  caseload_threshold_set_criterion (threshold, longest);
  fits = caseload_threshold_check (threshold);
  assert_problems (fits, NULL, NULL);

  caseload_threshold_set_criterion (threshold, too_long);
  over = caseload_threshold_check (threshold);
  assert_problems (over, "criterion", "Criterion is too long: 501 characters, the limit is 500");

  set_texts (G_OBJECT (referral), referral_base);
  caseload_referral_set_reason (referral, reason);
  long_reason = caseload_referral_check (referral, now);
  assert_problems (long_reason, "reason", "Reason for referral is too long");
}

/* Several faults at once: one problem for each field. */
static void
test_every_field (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 (NOW, NULL);
  g_autoptr(CaseloadReferral) referral = caseload_referral_new ();
  g_autoptr(GPtrArray) problems = NULL;

  caseload_referral_set_source (referral, CASELOAD_REFERRAL_SOURCE_OTHER);
  problems = caseload_referral_check (referral, now);
  g_assert_cmpuint (problems->len, ==, 4);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/validate-referral/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/validate-referral/out-of-range", test_out_of_range);
  g_test_add_func ("/validate-referral/lengths", test_lengths);
  g_test_add_func ("/validate-referral/every-field", test_every_field);

  return g_test_run ();
}
