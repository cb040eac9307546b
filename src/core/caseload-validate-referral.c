/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "caseload-dates.h"
#include "caseload-validate.h"
#include "caseload-validate-referral.h"
#include "caseload-wait-clock.h"

/* The checks on referrals and what hangs off them. Times are stored as ISO 8601 UTC and
 * dates as ISO dates; messages show them as the forms do, dd/mm/yyyy HH:MM in London
 * time, and compare a date with a time by the London calendar. */

#define FUTURE_ALLOWANCE   (5 * G_TIME_SPAN_MINUTE)
#define MAX_PLACE          200
#define MAX_DAYS_TARGET    365
#define MAX_HOURS_TARGET   336

/* What a referral's other times are compared with: when it was received. */
typedef struct {
  GDateTime *when;    /* NULL: not known (missing or not a time) */
  GDate      day;     /* its London date */
  char      *shown;
} Received;


static gboolean
blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  while (g_ascii_isspace (*text))
    text++;
  return *text == '\0';
}

static char *
show_time (GDateTime *when)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (when, caseload_wait_clock_time_zone ());

  return g_date_time_format (local, "%d/%m/%Y %H:%M");
}

static char *
show_date (const GDate *date)
{
  return g_strdup_printf ("%02u/%02u/%04u", (guint) g_date_get_day (date),
                          (guint) g_date_get_month (date), (guint) g_date_get_year (date));
}

static GDateTime *
parse_time (const char *value)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  return blank (value) ? NULL : g_date_time_new_from_iso8601 (value, utc);
}

static void
received_init (Received         *received,
               CaseloadReferral *referral)
{
  received->when = referral != NULL ? parse_time (caseload_referral_get_received_at (referral)) : NULL;
  received->shown = received->when != NULL ? show_time (received->when) : NULL;
  g_date_clear (&received->day, 1);
  if (received->when != NULL)
    caseload_date_london_day (received->when, &received->day);
}

static void
received_clear (Received *received)
{
  g_clear_pointer (&received->when, g_date_time_unref);
  g_clear_pointer (&received->shown, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Received, received_clear)

static void
not_a_time (GPtrArray  *problems,
            const char *field,
            const char *label,
            const char *value)
{
  g_autofree char *shown = g_utf8_make_valid (value, -1);
  g_autofree char *message = NULL;

  /* TRANSLATORS: "First contact “yesterday” is not a date and time" */
  message = g_strdup_printf (_("%s “%s” is not a date and time"), label, shown);
  caseload_field_errors_add (problems, field, message);
}

static void
in_the_future (GPtrArray  *problems,
               const char *field,
               const char *label,
               const char *shown)
{
  g_autofree char *message = NULL;

  /* TRANSLATORS: "First contact (05/03/2026 10:00) cannot be in the future" */
  message = g_strdup_printf (_("%s (%s) cannot be in the future"), label, shown);
  caseload_field_errors_add (problems, field, message);
}

static void
before_received (GPtrArray      *problems,
                 const char     *field,
                 const char     *label,
                 const char     *shown,
                 const Received *received)
{
  g_autofree char *message = NULL;

  /* TRANSLATORS: "First contact (03/03/2026 10:00) is before the referral was received
   * (04/03/2026 09:30)" */
  message = g_strdup_printf (_("%s (%s) is before the referral was received (%s)"),
                             label, shown, received->shown);
  caseload_field_errors_add (problems, field, message);
}

/* A time field: @missing when it is required and empty; not a time; in the future
 * (beyond a few minutes' disagreement between clocks); before the referral was received
 * (when @received is known). Returns the time when it passes, else NULL. */
static GDateTime *
check_time (GPtrArray      *problems,
            const char     *field,
            const char     *label,
            const char     *value,
            const char     *missing,
            const Received *received,
            GDateTime      *now)
{
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *shown = NULL;

  if (blank (value))
    {
      if (missing != NULL)
        caseload_field_errors_add (problems, field, missing);
      return NULL;
    }

  when = parse_time (value);
  if (when == NULL)
    {
      not_a_time (problems, field, label, value);
      return NULL;
    }

  shown = show_time (when);
  if (now != NULL && g_date_time_difference (when, now) > FUTURE_ALLOWANCE)
    {
      in_the_future (problems, field, label, shown);
      return NULL;
    }
  if (received != NULL && received->when != NULL && g_date_time_compare (when, received->when) < 0)
    {
      before_received (problems, field, label, shown, received);
      return NULL;
    }

  return g_steal_pointer (&when);
}

/* A date field, by the same rules as check_time() on the London calendar. Returns
 * TRUE with @date set when it passes. */
static gboolean
check_date (GPtrArray      *problems,
            const char     *field,
            const char     *label,
            const char     *value,
            const char     *missing,
            const Received *received,
            GDateTime      *now,
            GDate          *date)
{
  g_autofree char *shown = NULL;

  g_date_clear (date, 1);

  if (blank (value))
    {
      if (missing != NULL)
        caseload_field_errors_add (problems, field, missing);
      return FALSE;
    }

  if (!caseload_parse_date (value, date, NULL))
    {
      g_autofree char *typed = g_utf8_make_valid (value, -1);
      g_autofree char *message = NULL;

      /* TRANSLATORS: "Next review “soon” is not a date: write it as dd/mm/yyyy" */
      message = g_strdup_printf (_("%s “%s” is not a date: write it as dd/mm/yyyy"), label, typed);
      caseload_field_errors_add (problems, field, message);
      return FALSE;
    }

  shown = show_date (date);
  if (now != NULL)
    {
      GDate today;

      caseload_date_london_day (now, &today);
      if (g_date_compare (date, &today) > 0)
        {
          in_the_future (problems, field, label, shown);
          return FALSE;
        }
    }
  if (received != NULL && received->when != NULL && g_date_compare (date, &received->day) < 0)
    {
      before_received (problems, field, label, shown, received);
      return FALSE;
    }

  return TRUE;
}

static void
check_required (GPtrArray  *problems,
                const char *field,
                const char *value,
                const char *message)
{
  if (blank (value))
    caseload_field_errors_add (problems, field, message);
}

/**
 * caseload_referral_check:
 * @referral: a new referral
 * @now: the current time
 *
 * Returns: (transfer container) (element-type CaseloadFieldError): the problems
 */
GPtrArray *
caseload_referral_check (CaseloadReferral *referral,
                         GDateTime        *now)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GDateTime) received = NULL;

  g_return_val_if_fail (CASELOAD_IS_REFERRAL (referral), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  problems = caseload_field_errors_new ();

  check_required (problems, "person-id", caseload_referral_get_person_id (referral),
                  _("A referral must be about a person"));
  caseload_field_errors_check_text (problems, "source-detail", _("Who referred"),
                                    caseload_referral_get_source_detail (referral),
                                    caseload_referral_get_source (referral) == CASELOAD_REFERRAL_SOURCE_OTHER,
                                    MAX_PLACE);
  received = check_time (problems, "received-at", _("Received"),
                         caseload_referral_get_received_at (referral),
                         _("Enter when the referral was received, as dd/mm/yyyy HH:MM"), NULL, now);
  caseload_field_errors_check_text (problems, "reason", _("Reason for referral"),
                                    caseload_referral_get_reason (referral), TRUE, CASELOAD_MAX_LONG_TEXT);
  caseload_field_errors_check_text (problems, "attachments", _("Attachments"),
                                    caseload_referral_get_attachments (referral), FALSE, CASELOAD_MAX_LONG_TEXT);

  return g_steal_pointer (&problems);
}

/**
 * caseload_referral_check_triage:
 * @referral: a referral with its triage decision filled in
 * @now: the current time
 *
 * Returns: (transfer container) (element-type CaseloadFieldError): the problems
 */
GPtrArray *
caseload_referral_check_triage (CaseloadReferral *referral,
                                GDateTime        *now)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_auto(Received) received = { 0 };
  GDate decided;

  g_return_val_if_fail (CASELOAD_IS_REFERRAL (referral), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  problems = caseload_field_errors_new ();
  received_init (&received, referral);

  switch (caseload_referral_get_triage_outcome (referral))
    {
    case CASELOAD_TRIAGE_ACCEPT:
      break;
    case CASELOAD_TRIAGE_SIGNPOST:
      check_required (problems, "destination", caseload_referral_get_destination (referral),
                      _("Say where the person was signposted to"));
      caseload_field_errors_check_text (problems, "destination", _("Signposted to"),
                                        caseload_referral_get_destination (referral), FALSE, MAX_PLACE);
      break;
    case CASELOAD_TRIAGE_REFER_ON:
      check_required (problems, "destination", caseload_referral_get_destination (referral),
                      _("Say which service the person was referred on to"));
      caseload_field_errors_check_text (problems, "destination", _("Referred on to"),
                                        caseload_referral_get_destination (referral), FALSE, MAX_PLACE);
      break;
    case CASELOAD_TRIAGE_DECLINE:
      check_required (problems, "triage-reason", caseload_referral_get_triage_reason (referral),
                      _("Say why the referral was declined"));
      caseload_field_errors_check_text (problems, "triage-reason", _("Reason for declining"),
                                        caseload_referral_get_triage_reason (referral), FALSE, CASELOAD_MAX_LONG_TEXT);
      break;
    default:
      caseload_field_errors_add (problems, "triage-outcome", _("Choose the outcome of triage"));
      break;
    }

  check_required (problems, "decided-by", caseload_referral_get_decided_by (referral),
                  _("Choose who made the triage decision"));
  check_date (problems, "decided-on", _("Triage decision"), caseload_referral_get_decided_on (referral),
              _("Enter the date of the triage decision, as dd/mm/yyyy"), &received, now, &decided);

  return g_steal_pointer (&problems);
}

typedef enum {
  STEP_ASSESSMENT,    /* after first contact */
  STEP_HELP_STARTED,  /* after the assessment */
} Step;

/* @later, the time of @step, must come after @earlier, the step before it (NULL: not
 * recorded). Returns FALSE with a problem on @field when it does not. */
static gboolean
check_after (GPtrArray  *problems,
             const char *field,
             Step        step,
             GDateTime  *later,
             GDateTime  *earlier)
{
  g_autofree char *later_shown = NULL;
  g_autofree char *earlier_shown = NULL;
  g_autofree char *message = NULL;

  if (later == NULL)
    return TRUE;
  if (earlier == NULL)
    {
      caseload_field_errors_add (problems, field,
                                 step == STEP_ASSESSMENT ? _("Record first contact before the assessment")
                                 : _("Record the assessment before the start of help"));
      return FALSE;
    }
  if (g_date_time_compare (later, earlier) >= 0)
    return TRUE;

  later_shown = show_time (later);
  earlier_shown = show_time (earlier);
  message = g_strdup_printf (step == STEP_ASSESSMENT
                             /* TRANSLATORS: the times of the assessment and of first contact */
                             ? _("The assessment (%s) is before first contact (%s)")
                             /* TRANSLATORS: the times of the start of help and of the assessment */
                             : _("The start of help (%s) is before the assessment (%s)"),
                             later_shown, earlier_shown);
  caseload_field_errors_add (problems, field, message);
  return FALSE;
}

/**
 * caseload_referral_check_milestones:
 * @referral: a referral with the steps of its wait filled in
 * @now: the current time
 *
 * An earlier step that is itself wrong is reported on its own field; the later ones are
 * then checked only against the received time.
 *
 * Returns: (transfer container) (element-type CaseloadFieldError): the problems
 */
GPtrArray *
caseload_referral_check_milestones (CaseloadReferral *referral,
                                    GDateTime        *now)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_auto(Received) received = { 0 };
  g_autoptr(GDateTime) first_contact = NULL;
  g_autoptr(GDateTime) assessment = NULL;
  g_autoptr(GDateTime) help_started = NULL;
  gboolean first_contact_wrong, assessment_wrong;
  GDate review;

  g_return_val_if_fail (CASELOAD_IS_REFERRAL (referral), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  problems = caseload_field_errors_new ();
  received_init (&received, referral);

  first_contact = check_time (problems, "first-contact-at", _("First contact"),
                              caseload_referral_get_first_contact_at (referral), NULL, &received, now);
  first_contact_wrong = first_contact == NULL && !blank (caseload_referral_get_first_contact_at (referral));

  assessment = check_time (problems, "assessment-at", _("Assessment"),
                           caseload_referral_get_assessment_at (referral), NULL, &received, now);
  assessment_wrong = assessment == NULL && !blank (caseload_referral_get_assessment_at (referral));
  if (!first_contact_wrong &&
      !check_after (problems, "assessment-at", STEP_ASSESSMENT, assessment, first_contact))
    assessment_wrong = TRUE;

  help_started = check_time (problems, "help-started-at", _("Start of help"),
                             caseload_referral_get_help_started_at (referral), NULL, &received, now);
  if (!assessment_wrong && !first_contact_wrong)
    check_after (problems, "help-started-at", STEP_HELP_STARTED, help_started, assessment);

  check_date (problems, "next-review-on", _("Next review"), caseload_referral_get_next_review_on (referral),
              NULL, &received, NULL, &review);

  return g_steal_pointer (&problems);
}

/**
 * caseload_referral_check_transfer:
 * @referral: a referral with its transfer filled in
 * @now: the current time
 *
 * Returns: (transfer container) (element-type CaseloadFieldError): the problems
 */
GPtrArray *
caseload_referral_check_transfer (CaseloadReferral *referral,
                                  GDateTime        *now)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_auto(Received) received = { 0 };
  const char *destination;
  GDate transferred;

  g_return_val_if_fail (CASELOAD_IS_REFERRAL (referral), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  problems = caseload_field_errors_new ();
  received_init (&received, referral);
  destination = caseload_referral_get_transfer_destination (referral);

  switch (caseload_referral_get_transfer_kind (referral))
    {
    case CASELOAD_TRANSFER_TO_GP:
    case CASELOAD_TRANSFER_TO_ANOTHER_SERVICE:
      check_required (problems, "transfer-destination", destination,
                      _("Choose where the person is being transferred to"));
      caseload_field_errors_check_text (problems, "transfer-destination", _("Transferred to"), destination, FALSE, MAX_PLACE);
      break;
    case CASELOAD_TRANSFER_ENDED_BY_CHOICE:
      check_required (problems, "transfer-destination", destination,
                      _("Write down the person’s choice to end support, in their words"));
      caseload_field_errors_check_text (problems, "transfer-destination", _("The person’s choice"), destination, FALSE,
                                        CASELOAD_MAX_LONG_TEXT);
      break;
    default:
      caseload_field_errors_add (problems, "transfer-kind", _("Choose the kind of transfer"));
      break;
    }

  check_required (problems, "transfer-summary", caseload_referral_get_transfer_summary (referral),
                  _("Write a transfer summary: it stays on the person’s timeline"));
  caseload_field_errors_check_text (problems, "transfer-summary", _("Transfer summary"),
                                    caseload_referral_get_transfer_summary (referral), FALSE, CASELOAD_MAX_ENTRY_TEXT);
  check_date (problems, "transferred-on", _("Transfer date"), caseload_referral_get_transferred_on (referral),
              _("Enter the date of the transfer, as dd/mm/yyyy"), &received, now, &transferred);

  return g_steal_pointer (&problems);
}

/**
 * caseload_allocation_check:
 * @allocation: the allocation
 * @worker: (nullable): the worker named by "staff-id" as the store read them, or %NULL
 *   when there is no such worker
 * @referral: (nullable): the referral, for when it was received
 *
 * The message about a deactivated worker names them: it is shown beside the field, to
 * someone choosing among the team, and never logged.
 *
 * Returns: (transfer container) (element-type CaseloadFieldError): the problems
 */
GPtrArray *
caseload_allocation_check (CaseloadAllocation *allocation,
                           CaseloadStaff      *worker,
                           CaseloadReferral   *referral)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_auto(Received) received = { 0 };
  GDate started, ended;
  gboolean has_start;

  g_return_val_if_fail (CASELOAD_IS_ALLOCATION (allocation), NULL);
  g_return_val_if_fail (worker == NULL || CASELOAD_IS_STAFF (worker), NULL);
  g_return_val_if_fail (referral == NULL || CASELOAD_IS_REFERRAL (referral), NULL);

  problems = caseload_field_errors_new ();
  received_init (&received, referral);

  check_required (problems, "referral-id", caseload_allocation_get_referral_id (allocation),
                  _("An allocation must belong to a referral"));

  if (blank (caseload_allocation_get_staff_id (allocation)))
    caseload_field_errors_add (problems, "staff-id", _("Choose the worker to allocate"));
  else if (worker == NULL)
    caseload_field_errors_add (problems, "staff-id", _("That worker is not on record: choose another"));
  else if (!caseload_staff_get_active (worker))
    {
      g_autofree char *message = NULL;

      /* TRANSLATORS: %s is the worker's name */
      message = g_strdup_printf (_("%s’s account is deactivated: choose an active worker"),
                                 caseload_staff_get_display_name (worker));
      caseload_field_errors_add (problems, "staff-id", message);
    }

  has_start = check_date (problems, "started-on", _("Allocation start"),
                          caseload_allocation_get_started_on (allocation),
                          _("Enter the date the allocation starts, as dd/mm/yyyy"), &received, NULL, &started);

  if (check_date (problems, "ended-on", _("Allocation end"), caseload_allocation_get_ended_on (allocation),
                  NULL, NULL, NULL, &ended) &&
      has_start && g_date_compare (&ended, &started) < 0)
    {
      g_autofree char *ended_shown = show_date (&ended);
      g_autofree char *started_shown = show_date (&started);
      g_autofree char *message = NULL;

      /* TRANSLATORS: the end and start dates of the allocation */
      message = g_strdup_printf (_("The allocation cannot end (%s) before it starts (%s)"),
                                 ended_shown, started_shown);
      caseload_field_errors_add (problems, "ended-on", message);
    }

  caseload_field_errors_check_text (problems, "end-reason", _("Reason for ending"),
                                    caseload_allocation_get_end_reason (allocation), FALSE, CASELOAD_MAX_LONG_TEXT);

  return g_steal_pointer (&problems);
}

/**
 * caseload_clock_pause_check:
 * @pause: the pause
 * @referral: (nullable): its referral, for when it was received
 * @now: the current time
 *
 * Returns: (transfer container) (element-type CaseloadFieldError): the problems
 */
GPtrArray *
caseload_clock_pause_check (CaseloadClockPause *pause,
                            CaseloadReferral   *referral,
                            GDateTime          *now)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_auto(Received) received = { 0 };
  g_autoptr(GDateTime) started = NULL;
  g_autoptr(GDateTime) ended = NULL;

  g_return_val_if_fail (CASELOAD_IS_CLOCK_PAUSE (pause), NULL);
  g_return_val_if_fail (referral == NULL || CASELOAD_IS_REFERRAL (referral), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  problems = caseload_field_errors_new ();
  received_init (&received, referral);

  check_required (problems, "referral-id", caseload_clock_pause_get_referral_id (pause),
                  _("A pause must belong to a referral"));

  switch (caseload_clock_pause_get_reason (pause))
    {
    case CASELOAD_PAUSE_PERSON_ASKED_TO_WAIT:
    case CASELOAD_PAUSE_IN_HOSPITAL:
      break;
    default:
      caseload_field_errors_add (problems, "reason",
                                 _("Choose why the clock is paused: the person asked to wait, or is in hospital"));
      break;
    }

  started = check_time (problems, "started-at", _("Pause start"), caseload_clock_pause_get_started_at (pause),
                        _("Enter when the pause starts, as dd/mm/yyyy HH:MM"), &received, now);
  ended = check_time (problems, "ended-at", _("Pause end"), caseload_clock_pause_get_ended_at (pause),
                      NULL, NULL, now);
  if (started != NULL && ended != NULL && g_date_time_compare (ended, started) <= 0)
    {
      g_autofree char *ended_shown = show_time (ended);
      g_autofree char *started_shown = show_time (started);
      g_autofree char *message = NULL;

      /* TRANSLATORS: the end and start times of the pause */
      message = g_strdup_printf (_("The pause must end (%s) after it starts (%s)"),
                                 ended_shown, started_shown);
      caseload_field_errors_add (problems, "ended-at", message);
    }

  caseload_field_errors_check_text (problems, "note", _("Note"), caseload_clock_pause_get_note (pause), FALSE,
                                    CASELOAD_MAX_LONG_TEXT);

  return g_steal_pointer (&problems);
}

/**
 * caseload_task_check:
 * @task: the task
 *
 * Returns: (transfer container) (element-type CaseloadFieldError): the problems
 */
GPtrArray *
caseload_task_check (CaseloadTask *task)
{
  g_autoptr(GPtrArray) problems = NULL;
  GDate due;

  g_return_val_if_fail (CASELOAD_IS_TASK (task), NULL);

  problems = caseload_field_errors_new ();

  check_required (problems, "person-id", caseload_task_get_person_id (task),
                  _("A task must be about a person"));
  if (caseload_task_get_owner_organisation_id (task) == NULL)
    check_required (problems, "owner-id", caseload_task_get_owner_id (task),
                    _("Choose who the task is for"));
  caseload_field_errors_check_text (problems, "title", _("Task title"), caseload_task_get_title (task), TRUE, MAX_PLACE);
  check_date (problems, "due-on", _("Due date"), caseload_task_get_due_on (task),
              _("Enter the date the task is due, as dd/mm/yyyy"), NULL, NULL, &due);

  return g_steal_pointer (&problems);
}

/**
 * caseload_threshold_check:
 * @threshold: one triage criterion
 *
 * Returns: (transfer container) (element-type CaseloadFieldError): the problems
 */
GPtrArray *
caseload_threshold_check (CaseloadThreshold *threshold)
{
  g_autoptr(GPtrArray) problems = NULL;

  g_return_val_if_fail (CASELOAD_IS_THRESHOLD (threshold), NULL);

  problems = caseload_field_errors_new ();

  switch (caseload_threshold_get_outcome (threshold))
    {
    case CASELOAD_TRIAGE_ACCEPT:
    case CASELOAD_TRIAGE_SIGNPOST:
    case CASELOAD_TRIAGE_REFER_ON:
    case CASELOAD_TRIAGE_DECLINE:
      break;
    default:
      caseload_field_errors_add (problems, "outcome", _("Choose the triage outcome this criterion points to"));
      break;
    }

  caseload_field_errors_check_text (problems, "criterion", _("Criterion"), caseload_threshold_get_criterion (threshold),
                                    TRUE, CASELOAD_MAX_THRESHOLD_TEXT);

  return g_steal_pointer (&problems);
}

/**
 * caseload_wait_standard_check:
 * @standard: a waiting-time standard
 *
 * Returns: (transfer container) (element-type CaseloadFieldError): the problems
 */
GPtrArray *
caseload_wait_standard_check (CaseloadWaitStandard *standard)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *message = NULL;
  gboolean days;
  int target, warn, most;

  g_return_val_if_fail (CASELOAD_IS_WAIT_STANDARD (standard), NULL);

  problems = caseload_field_errors_new ();
  target = caseload_wait_standard_get_target (standard);
  warn = caseload_wait_standard_get_warn (standard);

  switch (caseload_wait_standard_get_unit (standard))
    {
    case CASELOAD_WAIT_UNIT_DAYS:
      days = TRUE;
      break;
    case CASELOAD_WAIT_UNIT_HOURS:
      days = FALSE;
      break;
    default:
      caseload_field_errors_add (problems, "unit", _("Choose whether the target is in hours or days"));
      return g_steal_pointer (&problems);
    }

  most = days ? MAX_DAYS_TARGET : MAX_HOURS_TARGET;
  if (target < 1)
    message = g_strdup (days ? _("The target must be at least 1 day") : _("The target must be at least 1 hour"));
  else if (target > most)
    message = g_strdup_printf (days ? _("The target can be at most %d days") : _("The target can be at most %d hours"),
                               most);
  if (message != NULL)
    caseload_field_errors_add (problems, "target", message);
  g_clear_pointer (&message, g_free);

  if (warn < 0)
    message = g_strdup (_("The warning cannot be negative: use 0 for no warning"));
  else if (target >= 1 && warn >= target)
    message = g_strdup_printf (days
                               ? g_dngettext (GETTEXT_PACKAGE,
                                              "The warning must come before the target: fewer than %d day",
                                              "The warning must come before the target: fewer than %d days",
                                              (gulong) target)
                               : g_dngettext (GETTEXT_PACKAGE,
                                              "The warning must come before the target: fewer than %d hour",
                                              "The warning must come before the target: fewer than %d hours",
                                              (gulong) target),
                               target);
  if (message != NULL)
    caseload_field_errors_add (problems, "warn", message);

  switch (caseload_wait_standard_get_stops_at (standard))
    {
    case CASELOAD_MILESTONE_FIRST_CONTACT:
    case CASELOAD_MILESTONE_ASSESSMENT:
    case CASELOAD_MILESTONE_HELP_STARTED:
      break;
    default:
      caseload_field_errors_add (problems, "stops-at", _("Choose the step of the wait that stops the clock"));
      break;
    }

  return g_steal_pointer (&problems);
}
