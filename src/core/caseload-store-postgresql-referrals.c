/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "caseload-error.h"
#include "caseload-store-postgresql-private.h"
#include "caseload-validate.h"
#include "caseload-validate-referral.h"
#include "caseload-wait-clock.h"

/*
 * Referrals, their clocks and pauses, allocations, tasks, and the team's thresholds and
 * waiting-time standards on the shared site. Row-level security (0004-referrals.sql)
 * decides who sees and changes them; the server stamps and audits every change and
 * records the care relationships a referral or an allocation makes. This side validates
 * (caseload-validate-referral.h), keeps each referral's clock (caseload-wait-clock.h)
 * and checks versions.
 */

/* Columns 0…41 of a referral, read by read_referral(). */
#define REFERRAL_SELECT \
  "SELECT r.id, r.version, r.person_id, p.given_name || ' ' || p.family_name, r.pcn, r.source, " \
  "  r.source_detail, r.received_at, r.reason, r.urgency, r.person_agreed, r.attachments, " \
  "  r.created_by, cs.display_name, r.organisation_id, o.name, r.status, r.triage_outcome, " \
  "  r.signpost, r.destination, r.triage_reason, r.decided_by, ds.display_name, r.decided_on, " \
  "  r.first_contact_at, r.assessment_at, r.help_started_at, r.help_kind, r.next_review_on, " \
  "  r.transfer_kind, r.transfer_destination, r.transfer_summary, r.transferred_on, " \
  "  r.transferred_by, r.clock_due_at, r.clock_warn_at, r.clock_paused, r.clock_stopped_at, " \
  "  r.clock_waited_seconds, r.clock_missed, r.created_at, " \
  "  (SELECT count(*) FROM allocation a WHERE a.referral_id = r.id AND a.ended_on IS NULL) " \
  "FROM referral r JOIN person p ON p.id = r.person_id " \
  "JOIN organisation o ON o.id = r.organisation_id JOIN staff cs ON cs.id = r.created_by " \
  "LEFT JOIN staff ds ON ds.id = r.decided_by "

#define PAUSE_SELECT \
  "SELECT c.id, c.referral_id, c.reason, c.started_at, c.ended_at, c.note, c.created_by, " \
  "  s.display_name, c.version, c.created_at " \
  "FROM clock_pause c JOIN staff s ON s.id = c.created_by "

#define ALLOCATION_SELECT \
  "SELECT a.id, a.referral_id, a.person_id, p.given_name || ' ' || p.family_name, a.staff_id, " \
  "  s.display_name, s.organisation_id, o.name, a.role, a.started_on, a.ended_on, a.end_reason, " \
  "  a.version, a.created_at, a.created_by " \
  "FROM allocation a JOIN person p ON p.id = a.person_id JOIN staff s ON s.id = a.staff_id " \
  "JOIN organisation o ON o.id = s.organisation_id "

/* A task is owned by a staff member or, for a plan action, by an organisation. */
#define TASK_SELECT \
  "SELECT t.id, t.person_id, p.given_name || ' ' || p.family_name, t.owner_id, s.display_name, " \
  "  t.title, t.due_on, t.done, t.done_at, t.done_by, t.origin, t.source_id, t.version, " \
  "  t.created_at, t.created_by, t.owner_organisation_id, o.name " \
  "FROM task t JOIN person p ON p.id = t.person_id LEFT JOIN staff s ON s.id = t.owner_id " \
  "LEFT JOIN organisation o ON o.id = t.owner_organisation_id "

#define STANDARD_SELECT \
  "SELECT w.urgency, w.target, w.unit, w.warn, w.stops_at, w.version, w.updated_at, s.display_name " \
  "FROM wait_standard w LEFT JOIN staff s ON s.id = w.updated_by "

static const char *
null_if_empty (const char *text)
{
  return text != NULL && *text != '\0' ? text : NULL;
}

/* Reading rows */

static CaseloadReferral *
read_referral (const PGresult *result,
               int             row)
{
  CaseloadReferral *referral = caseload_referral_new ();
  CaseloadReferralSource source = CASELOAD_REFERRAL_SOURCE_OTHER;
  CaseloadUrgency urgency = CASELOAD_URGENCY_ROUTINE;
  CaseloadReferralStatus status = CASELOAD_REFERRAL_STATUS_AWAITING_TRIAGE;
  CaseloadTriageOutcome outcome;
  CaseloadSignpost signpost;
  CaseloadHelpKind help;
  CaseloadTransferKind transfer;

  caseload_referral_set_id (referral, pg_text (result, row, 0));
  caseload_referral_set_version (referral, (int) pg_int (result, row, 1));
  caseload_referral_set_person_id (referral, pg_text (result, row, 2));
  caseload_referral_set_person_name (referral, pg_text (result, row, 3));
  caseload_referral_set_pcn (referral, pg_text (result, row, 4));
  caseload_referral_source_from_code (pg_text (result, row, 5), &source);
  caseload_referral_set_source (referral, source);
  caseload_referral_set_source_detail (referral, pg_text (result, row, 6));
  caseload_referral_set_received_at (referral, pg_text (result, row, 7));
  caseload_referral_set_reason (referral, pg_text (result, row, 8));
  caseload_urgency_from_code (pg_text (result, row, 9), &urgency);
  caseload_referral_set_urgency (referral, urgency);
  caseload_referral_set_person_agreed (referral, pg_bool (result, row, 10));
  caseload_referral_set_attachments (referral, pg_text (result, row, 11));
  caseload_referral_set_referred_by (referral, pg_text (result, row, 12));
  caseload_referral_set_referred_by_name (referral, pg_text (result, row, 13));
  caseload_referral_set_organisation_id (referral, pg_text (result, row, 14));
  caseload_referral_set_organisation_name (referral, pg_text (result, row, 15));
  caseload_referral_status_from_code (pg_text (result, row, 16), &status);
  caseload_referral_set_status (referral, status);
  if (caseload_triage_outcome_from_code (pg_text (result, row, 17), &outcome))
    caseload_referral_set_triage_outcome (referral, outcome);
  if (caseload_signpost_from_code (pg_text (result, row, 18), &signpost))
    caseload_referral_set_signpost (referral, signpost);
  caseload_referral_set_destination (referral, pg_text (result, row, 19));
  caseload_referral_set_triage_reason (referral, pg_text (result, row, 20));
  caseload_referral_set_decided_by (referral, pg_text (result, row, 21));
  caseload_referral_set_decided_by_name (referral, pg_text (result, row, 22));
  caseload_referral_set_decided_on (referral, pg_text (result, row, 23));
  caseload_referral_set_first_contact_at (referral, pg_text (result, row, 24));
  caseload_referral_set_assessment_at (referral, pg_text (result, row, 25));
  caseload_referral_set_help_started_at (referral, pg_text (result, row, 26));
  if (caseload_help_kind_from_code (pg_text (result, row, 27), &help))
    caseload_referral_set_help_kind (referral, help);
  caseload_referral_set_next_review_on (referral, pg_text (result, row, 28));
  if (caseload_transfer_kind_from_code (pg_text (result, row, 29), &transfer))
    caseload_referral_set_transfer_kind (referral, transfer);
  caseload_referral_set_transfer_destination (referral, pg_text (result, row, 30));
  caseload_referral_set_transfer_summary (referral, pg_text (result, row, 31));
  caseload_referral_set_transferred_on (referral, pg_text (result, row, 32));
  caseload_referral_set_transferred_by (referral, pg_text (result, row, 33));
  caseload_referral_set_clock_due_at (referral, pg_text (result, row, 34));
  caseload_referral_set_clock_warn_at (referral, pg_text (result, row, 35));
  caseload_referral_set_waited_seconds (referral, pg_int (result, row, 38));
  caseload_referral_set_created_at (referral, pg_text (result, row, 40));
  caseload_referral_set_allocated_count (referral, (int) pg_int (result, row, 41));
  return referral;
}

static CaseloadClockPause *
read_pause (const PGresult *result,
            int             row)
{
  CaseloadClockPause *pause = caseload_clock_pause_new ();
  CaseloadPauseReason reason = CASELOAD_PAUSE_PERSON_ASKED_TO_WAIT;

  caseload_clock_pause_set_id (pause, pg_text (result, row, 0));
  caseload_clock_pause_set_referral_id (pause, pg_text (result, row, 1));
  caseload_pause_reason_from_code (pg_text (result, row, 2), &reason);
  caseload_clock_pause_set_reason (pause, reason);
  caseload_clock_pause_set_started_at (pause, pg_text (result, row, 3));
  caseload_clock_pause_set_ended_at (pause, pg_text (result, row, 4));
  caseload_clock_pause_set_note (pause, pg_text (result, row, 5));
  caseload_clock_pause_set_recorded_by (pause, pg_text (result, row, 6));
  caseload_clock_pause_set_recorded_by_name (pause, pg_text (result, row, 7));
  caseload_clock_pause_set_version (pause, (int) pg_int (result, row, 8));
  caseload_clock_pause_set_created_at (pause, pg_text (result, row, 9));
  return pause;
}

static CaseloadAllocation *
read_allocation (const PGresult *result,
                 int             row)
{
  CaseloadAllocation *allocation = caseload_allocation_new ();
  CaseloadCaseRole role = CASELOAD_CASE_ROLE_OTHER;

  caseload_allocation_set_id (allocation, pg_text (result, row, 0));
  caseload_allocation_set_referral_id (allocation, pg_text (result, row, 1));
  caseload_allocation_set_person_id (allocation, pg_text (result, row, 2));
  caseload_allocation_set_person_name (allocation, pg_text (result, row, 3));
  caseload_allocation_set_staff_id (allocation, pg_text (result, row, 4));
  caseload_allocation_set_staff_name (allocation, pg_text (result, row, 5));
  caseload_allocation_set_organisation_id (allocation, pg_text (result, row, 6));
  caseload_allocation_set_organisation_name (allocation, pg_text (result, row, 7));
  caseload_case_role_from_code (pg_text (result, row, 8), &role);
  caseload_allocation_set_role (allocation, role);
  caseload_allocation_set_started_on (allocation, pg_text (result, row, 9));
  caseload_allocation_set_ended_on (allocation, pg_text (result, row, 10));
  caseload_allocation_set_end_reason (allocation, pg_text (result, row, 11));
  caseload_allocation_set_version (allocation, (int) pg_int (result, row, 12));
  caseload_allocation_set_created_at (allocation, pg_text (result, row, 13));
  caseload_allocation_set_created_by (allocation, pg_text (result, row, 14));
  return allocation;
}

static CaseloadTask *
read_task (const PGresult *result,
           int             row)
{
  CaseloadTask *task = caseload_task_new ();
  CaseloadTaskOrigin origin = CASELOAD_TASK_ORIGIN_MANUAL;

  caseload_task_set_id (task, pg_text (result, row, 0));
  caseload_task_set_person_id (task, pg_text (result, row, 1));
  caseload_task_set_person_name (task, pg_text (result, row, 2));
  caseload_task_set_owner_id (task, pg_text (result, row, 3));
  caseload_task_set_owner_name (task, pg_text (result, row, 4));
  caseload_task_set_title (task, pg_text (result, row, 5));
  caseload_task_set_due_on (task, pg_text (result, row, 6));
  caseload_task_set_done (task, pg_bool (result, row, 7));
  caseload_task_set_done_at (task, pg_text (result, row, 8));
  caseload_task_set_done_by (task, pg_text (result, row, 9));
  caseload_task_origin_from_code (pg_text (result, row, 10), &origin);
  caseload_task_set_origin (task, origin);
  caseload_task_set_source_id (task, pg_text (result, row, 11));
  caseload_task_set_version (task, (int) pg_int (result, row, 12));
  caseload_task_set_created_at (task, pg_text (result, row, 13));
  caseload_task_set_created_by (task, pg_text (result, row, 14));
  caseload_task_set_owner_organisation_id (task, pg_text (result, row, 15));
  caseload_task_set_owner_organisation_name (task, pg_text (result, row, 16));
  return task;
}

static CaseloadWaitStandard *
read_standard (const PGresult *result,
               int             row)
{
  CaseloadWaitStandard *standard = caseload_wait_standard_new ();
  CaseloadUrgency urgency = CASELOAD_URGENCY_ROUTINE;
  CaseloadWaitUnit unit = CASELOAD_WAIT_UNIT_DAYS;
  CaseloadMilestone stops_at = CASELOAD_MILESTONE_HELP_STARTED;

  caseload_urgency_from_code (pg_text (result, row, 0), &urgency);
  caseload_wait_unit_from_code (pg_text (result, row, 2), &unit);
  caseload_milestone_from_code (pg_text (result, row, 4), &stops_at);
  caseload_wait_standard_set_urgency (standard, urgency);
  caseload_wait_standard_set_target (standard, (int) pg_int (result, row, 1));
  caseload_wait_standard_set_unit (standard, unit);
  caseload_wait_standard_set_warn (standard, (int) pg_int (result, row, 3));
  caseload_wait_standard_set_stops_at (standard, stops_at);
  caseload_wait_standard_set_version (standard, (int) pg_int (result, row, 5));
  caseload_wait_standard_set_updated_at (standard, pg_text (result, row, 6));
  caseload_wait_standard_set_updated_by_name (standard, pg_text (result, row, 7));
  return standard;
}

/* Clocks */

static GDateTime *
parse_time (const char *iso)
{
  return iso != NULL ? g_date_time_new_from_iso8601 (iso, NULL) : NULL;
}

static char *
format_time (GDateTime *time)
{
  g_autoptr(GDateTime) utc = NULL;

  if (time == NULL)
    return NULL;
  utc = g_date_time_to_utc (time);
  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

static GDateTime *
now_time (CaseloadStorePostgresql *self)
{
  g_autofree char *now = pg_now (self);

  return parse_time (now);
}

static CaseloadWaitStandard *
standard_for (GPtrArray       *standards,
              CaseloadUrgency  urgency)
{
  for (guint i = 0; i < standards->len; i++)
    if (caseload_wait_standard_get_urgency (g_ptr_array_index (standards, i)) == urgency)
      return g_ptr_array_index (standards, i);
  return NULL;
}

static GPtrArray *
read_standards (CaseloadStorePostgresql  *self,
                GError                  **error)
{
  g_autoptr(PGresult) result = pg_query (self, STANDARD_SELECT "ORDER BY w.urgency", 0, NULL, error);
  GPtrArray *standards;

  if (result == NULL)
    return NULL;
  standards = g_ptr_array_new_with_free_func (g_object_unref);
  for (int i = 0; i < PQntuples (result); i++)
    g_ptr_array_add (standards, read_standard (result, i));
  return standards;
}

/* The milestone the standard's clock stops at, if reached. */
static const char *
stopping_time (CaseloadWaitStandard *standard,
               const char           *first_contact_at,
               const char           *assessment_at,
               const char           *help_started_at)
{
  switch (caseload_wait_standard_get_stops_at (standard))
    {
    case CASELOAD_MILESTONE_FIRST_CONTACT:
      return first_contact_at;
    case CASELOAD_MILESTONE_ASSESSMENT:
      return assessment_at;
    case CASELOAD_MILESTONE_HELP_STARTED:
    default:
      return help_started_at;
    }
}

/* Reads a clock from its facts: @starts/@ends the pauses (an end NULL while paused). */
static void
read_clock (CaseloadWaitStandard  *standard,
            const char            *received_at,
            const char            *stopped_at,
            const char * const    *starts,
            const char * const    *ends,
            guint                  n_pauses,
            GDateTime             *now,
            CaseloadClockReading  *reading)
{
  g_autoptr(GDateTime) received = parse_time (received_at);
  g_autoptr(GDateTime) stopped = parse_time (stopped_at);
  g_autofree CaseloadPauseSpan *spans = g_new0 (CaseloadPauseSpan, MAX (n_pauses, 1));

  for (guint i = 0; i < n_pauses; i++)
    {
      spans[i].started = parse_time (starts[i]);
      spans[i].ended = parse_time (ends[i]);
    }
  caseload_wait_clock_read (standard, received, stopped, spans, n_pauses, now, reading);
  for (guint i = 0; i < n_pauses; i++)
    {
      g_clear_pointer (&spans[i].started, g_date_time_unref);
      g_clear_pointer (&spans[i].ended, g_date_time_unref);
    }
}

/* Works out a referral's clock now, from its row and pauses, and keeps it in the row (a
 * change to the clock alone keeps the row's version). Sets @referral's clock too. */
static gboolean
keep_clock (CaseloadStorePostgresql  *self,
            const char               *referral_id,
            CaseloadReferral         *referral,
            GError                  **error)
{
  const char *params[8] = { referral_id };
  g_autoptr(GPtrArray) standards = NULL;
  g_autoptr(PGresult) facts = NULL;
  g_autoptr(PGresult) pauses = NULL;
  g_autoptr(PGresult) kept = NULL;
  g_autoptr(GDateTime) now = now_time (self);
  g_autoptr(GPtrArray) starts = g_ptr_array_new ();
  g_autoptr(GPtrArray) ends = g_ptr_array_new ();
  g_autofree char *due = NULL;
  g_autofree char *warn = NULL;
  g_autofree char *waited = NULL;
  CaseloadClockReading reading = { 0 };
  CaseloadWaitStandard *standard;
  CaseloadUrgency urgency = CASELOAD_URGENCY_ROUTINE;
  const char *stopped;

  if ((standards = read_standards (self, error)) == NULL)
    return FALSE;
  facts = pg_query (self, "SELECT urgency, received_at, first_contact_at, assessment_at, help_started_at "
                          "FROM referral WHERE id = $1", 1, params, error);
  if (facts == NULL)
    return FALSE;
  if (PQntuples (facts) == 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND, _("This referral is not in the database."));
      return FALSE;
    }
  pauses = pg_query (self, "SELECT started_at, ended_at FROM clock_pause WHERE referral_id = $1 ORDER BY started_at",
                     1, params, error);
  if (pauses == NULL)
    return FALSE;
  for (int i = 0; i < PQntuples (pauses); i++)
    {
      g_ptr_array_add (starts, (char *) pg_text (pauses, i, 0));
      g_ptr_array_add (ends, (char *) pg_text (pauses, i, 1));
    }

  caseload_urgency_from_code (pg_text (facts, 0, 0), &urgency);
  standard = standard_for (standards, urgency);
  if (standard == NULL)
    return TRUE;
  stopped = stopping_time (standard, pg_text (facts, 0, 2), pg_text (facts, 0, 3), pg_text (facts, 0, 4));
  read_clock (standard, pg_text (facts, 0, 1), stopped, (const char * const *) starts->pdata,
              (const char * const *) ends->pdata, starts->len, now, &reading);

  due = format_time (reading.due);
  warn = format_time (reading.warn_from);
  waited = g_strdup_printf ("%" G_GINT64_FORMAT, reading.waited_seconds);
  params[1] = reading.state == CASELOAD_CLOCK_PAUSED ? NULL : due;
  params[2] = reading.state == CASELOAD_CLOCK_PAUSED ? NULL : warn;
  params[3] = reading.state == CASELOAD_CLOCK_PAUSED ? "true" : "false";
  params[4] = stopped;
  params[5] = stopped != NULL ? waited : NULL;
  params[6] = stopped == NULL ? NULL : reading.state == CASELOAD_CLOCK_MISSED ? "true" : "false";
  kept = pg_query (self, "UPDATE referral SET clock_due_at = $2, clock_warn_at = $3, clock_paused = $4::boolean, "
                         "  clock_stopped_at = $5, clock_waited_seconds = $6::bigint, clock_missed = $7::boolean "
                         "WHERE id = $1", 7, params, error);
  if (kept != NULL && referral != NULL)
    {
      caseload_referral_set_clock_state (referral, reading.state);
      caseload_referral_set_clock_due_at (referral, due);
      caseload_referral_set_clock_warn_at (referral, warn);
      caseload_referral_set_waited_seconds (referral, reading.waited_seconds);
    }
  caseload_clock_reading_clear (&reading);
  return kept != NULL;
}

/* Reads the clock of each of @referrals now (their pauses in one query). */
static gboolean
read_clocks (CaseloadStorePostgresql  *self,
             GPtrArray                *referrals,
             GError                  **error)
{
  g_autoptr(GPtrArray) standards = NULL;
  g_autoptr(GDateTime) now = now_time (self);
  g_autoptr(GString) ids = g_string_new ("{");
  g_autoptr(PGresult) pauses = NULL;
  const char *params[1];

  if (referrals->len == 0)
    return TRUE;
  if ((standards = read_standards (self, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < referrals->len; i++)
    g_string_append_printf (ids, "%s\"%s\"", i > 0 ? "," : "",
                            caseload_referral_get_id (g_ptr_array_index (referrals, i)));
  g_string_append_c (ids, '}');
  params[0] = ids->str;
  pauses = pg_query (self, "SELECT referral_id, started_at, ended_at FROM clock_pause "
                           "WHERE referral_id = ANY ($1::text[]) ORDER BY referral_id, started_at", 1, params, error);
  if (pauses == NULL)
    return FALSE;

  for (guint i = 0; i < referrals->len; i++)
    {
      CaseloadReferral *referral = g_ptr_array_index (referrals, i);
      CaseloadWaitStandard *standard = standard_for (standards, caseload_referral_get_urgency (referral));
      g_autoptr(GPtrArray) starts = g_ptr_array_new ();
      g_autoptr(GPtrArray) ends = g_ptr_array_new ();
      g_autofree char *due = NULL;
      g_autofree char *warn = NULL;
      CaseloadClockReading reading = { 0 };

      if (standard == NULL)
        continue;
      for (int p = 0; p < PQntuples (pauses); p++)
        if (g_strcmp0 (pg_text (pauses, p, 0), caseload_referral_get_id (referral)) == 0)
          {
            g_ptr_array_add (starts, (char *) pg_text (pauses, p, 1));
            g_ptr_array_add (ends, (char *) pg_text (pauses, p, 2));
          }
      read_clock (standard, caseload_referral_get_received_at (referral),
                  stopping_time (standard, caseload_referral_get_first_contact_at (referral),
                                 caseload_referral_get_assessment_at (referral),
                                 caseload_referral_get_help_started_at (referral)),
                  (const char * const *) starts->pdata, (const char * const *) ends->pdata, starts->len,
                  now, &reading);
      due = format_time (reading.due);
      warn = format_time (reading.warn_from);
      /* Closed by triage or transfer before its milestone: the clock no longer runs. */
      if (caseload_referral_get_status (referral) != CASELOAD_REFERRAL_STATUS_AWAITING_TRIAGE
          && caseload_referral_get_status (referral) != CASELOAD_REFERRAL_STATUS_ACCEPTED
          && reading.state != CASELOAD_CLOCK_MET && reading.state != CASELOAD_CLOCK_MISSED)
        reading.state = CASELOAD_CLOCK_NONE;
      caseload_referral_set_clock_state (referral, reading.state);
      caseload_referral_set_clock_due_at (referral, due);
      caseload_referral_set_clock_warn_at (referral, warn);
      caseload_referral_set_waited_seconds (referral, reading.waited_seconds);
      caseload_clock_reading_clear (&reading);
    }
  return TRUE;
}

/* Writes */

static gboolean
check (GPtrArray  *problems,
       GError    **error)
{
  g_autoptr(GPtrArray) owned = problems;

  return !caseload_field_errors_to_error (owned, error);
}

/* An UPDATE … WHERE id AND version that changed nothing: stale, or gone from sight. */
static gboolean
updated_one (CaseloadStorePostgresql  *self,
             PGresult                 *result,
             const char               *table_sql,
             const char               *id,
             const char               *stale_message,
             GError                  **error)
{
  const char *params[] = { id };
  g_autoptr(PGresult) exists = NULL;

  if (result == NULL)
    return FALSE;
  if (PQntuples (result) > 0)
    return TRUE;
  exists = pg_query (self, table_sql, 1, params, NULL);
  if (exists != NULL && PQntuples (exists) > 0)
    g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_CONFLICT, stale_message);
  else
    g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND, _("This record is no longer in the database."));
  return FALSE;
}

static CaseloadReferral *
get_referral_locked (CaseloadStorePostgresql  *self,
                     const char               *id,
                     GError                  **error)
{
  const char *params[] = { id };
  g_autoptr(PGresult) result = pg_query (self, REFERRAL_SELECT "WHERE r.id = $1", 1, params, error);

  if (result == NULL)
    return NULL;
  if (PQntuples (result) == 0)
    {
      g_autoptr(PGresult) exists = pg_query (self, "SELECT caseload.referral_exists ($1)", 1, params, error);

      if (exists != NULL && pg_bool (exists, 0, 0))
        g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION,
                     _("You do not have permission to see this person’s referrals."));
      else if (exists != NULL)
        g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND, _("This referral is not in the database."));
      return NULL;
    }
  return read_referral (result, 0);
}

/* A note on the person's timeline, written by the actor for their organisation. */
static gboolean
add_note (CaseloadStorePostgresql  *self,
          const PgActor            *info,
          const char               *person_id,
          const char               *text,
          GError                  **error)
{
  g_autofree char *id = g_uuid_string_random ();
  const char *params[] = { id, person_id, info->staff_id, info->organisation_id, text };
  g_autoptr(PGresult) result =
    pg_query (self, "INSERT INTO timeline_entry (id, person_id, author_id, organisation_id, kind, sensitivity, "
                    "  occurred_at, text, version, created_at, created_by, updated_at, updated_by) "
                    "VALUES ($1, $2, $3, $4, 'note', 'standard', caseload.now_text (), $5, 1, caseload.now_text (), "
                    "  $3, caseload.now_text (), $3)", 5, params, error);

  return result != NULL;
}

static gboolean
caseload_store_postgresql_create_referral (CaseloadStore     *store,
                                           CaseloadStaff     *actor,
                                           CaseloadReferral  *referral,
                                           GError           **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_autoptr(GDateTime) now = caseload_clock_now (self->clock);
  g_autofree char *id = g_uuid_string_random ();
  g_auto(PgActor) info = { 0 };
  g_autoptr(PGresult) result = NULL;
  const char *person_id = caseload_referral_get_person_id (referral);
  gboolean ok = FALSE;

  if (!check (caseload_referral_check (referral, now), error))
    return FALSE;
  if (!pg_begin (self, actor, error))
    return FALSE;

  if (pg_acting (self, actor, &info, error) && pg_require_access (self, &info, person_id, TRUE, error))
    {
      const char *params[] = {
        id, person_id, caseload_referral_source_to_code (caseload_referral_get_source (referral)),
        null_if_empty (caseload_referral_get_source_detail (referral)), caseload_referral_get_received_at (referral),
        caseload_referral_get_reason (referral), caseload_urgency_to_code (caseload_referral_get_urgency (referral)),
        caseload_referral_get_person_agreed (referral) ? "true" : "false",
        null_if_empty (caseload_referral_get_attachments (referral)), info.organisation_id, info.staff_id,
      };

      result = pg_query (self,
                         "WITH made AS (INSERT INTO referral (id, person_id, person_pk, pcn, source, source_detail, received_at, "
                         "  reason, urgency, person_agreed, attachments, organisation_id, status, version, "
                         "  created_at, created_by, updated_at, updated_by) "
                         "SELECT $1::text, $2::text, p.pk, p.pcn, $3::text, $4::text, $5::text, $6::text, $7::text, "
                         "  $8::boolean, $9::text, $10::text, 'awaiting-triage', 1, caseload.now_text (), $11::text, "
                         "  caseload.now_text (), $11 FROM person p WHERE p.id = $2 "
                         "RETURNING version, created_at, pcn, person_id) "
                         "SELECT m.version, m.created_at, m.pcn, p.given_name || ' ' || p.family_name "
                         "FROM made m JOIN person p ON p.id = m.person_id", 11, params, error);
      ok = result != NULL && PQntuples (result) == 1 && keep_clock (self, id, referral, error);
    }
  if (!pg_end (self, ok, ok ? error : NULL) || !ok)
    return FALSE;

  caseload_referral_set_id (referral, id);
  caseload_referral_set_version (referral, (int) pg_int (result, 0, 0));
  caseload_referral_set_created_at (referral, pg_text (result, 0, 1));
  caseload_referral_set_pcn (referral, pg_text (result, 0, 2));
  caseload_referral_set_person_name (referral, pg_text (result, 0, 3));
  caseload_referral_set_status (referral, CASELOAD_REFERRAL_STATUS_AWAITING_TRIAGE);
  caseload_referral_set_organisation_id (referral, info.organisation_id);
  caseload_referral_set_organisation_name (referral, info.organisation_name);
  caseload_referral_set_referred_by (referral, info.staff_id);
  caseload_referral_set_referred_by_name (referral, info.staff_name);
  return TRUE;
}

#define REFERRAL_EXISTS "SELECT 1 FROM referral WHERE id = $1"

/* Runs @sql (an UPDATE of one referral, by $1 id and $2 version, RETURNING version) as
 * @actor, who must be able to add to the person's record, then keeps the clock; @then,
 * if any, runs in the same transaction before the commit. */
typedef gboolean (*ReferralStep) (CaseloadStorePostgresql *self, const PgActor *info, CaseloadReferral *referral,
                                  GError **error);

/* A referral must be at @status (NULL: any) for the change; and a named decision-maker
 * must be on the staff. */
static gboolean
check_state (CaseloadStorePostgresql  *self,
             CaseloadReferral         *referral,
             const char               *status,
             GError                  **error)
{
  const char *params[] = { caseload_referral_get_id (referral), status, caseload_referral_get_decided_by (referral) };
  g_autoptr(PGresult) result =
    pg_query (self, "SELECT r.status = coalesce ($2, r.status), "
                    "  $3::text IS NULL OR EXISTS (SELECT 1 FROM staff s WHERE s.id = $3) "
                    "FROM referral r WHERE r.id = $1", 3, params, error);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) caseload_field_error_free);

  if (result == NULL)
    return FALSE;
  if (PQntuples (result) == 0)
    return TRUE;  /* gone or hidden: the update says which */
  if (!pg_bool (result, 0, 0))
    g_ptr_array_add (problems, caseload_field_error_new ("status",
                                                         g_strcmp0 (status, "accepted") == 0
                                                         ? _("Only an accepted referral can be transferred.")
                                                         : _("This referral has already been triaged.")));
  if (!pg_bool (result, 0, 1))
    g_ptr_array_add (problems, caseload_field_error_new ("decided-by", _("Choose who made the decision from the staff list.")));
  return check (g_steal_pointer (&problems), error);
}

static gboolean
change_referral (CaseloadStorePostgresql  *self,
                 CaseloadStaff            *actor,
                 CaseloadReferral         *referral,
                 const char               *required_status,
                 const char               *sql,
                 int                       n_params,
                 const char              **params,
                 ReferralStep              then,
                 GError                  **error)
{
  g_autofree char *version = g_strdup_printf ("%d", caseload_referral_get_version (referral));
  const char *id = caseload_referral_get_id (referral);
  g_auto(PgActor) info = { 0 };
  g_autoptr(PGresult) result = NULL;
  gboolean ok = FALSE;

  if (id == NULL)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                   _("This referral has not been saved yet, so there is nothing to update."));
      return FALSE;
    }
  params[0] = id;
  params[1] = version;
  if (!pg_begin (self, actor, error))
    return FALSE;
  if (pg_acting (self, actor, &info, error)
      && pg_require_access (self, &info, caseload_referral_get_person_id (referral), TRUE, error)
      && check_state (self, referral, required_status, error))
    {
      result = pg_query (self, sql, n_params, params, error);
      ok = updated_one (self, result, REFERRAL_EXISTS, id,
                        _("Someone else saved changes to this referral after you opened it. Your changes have "
                          "not been saved: look at it again, then save."), error)
           && (then == NULL || then (self, &info, referral, error))
           && keep_clock (self, id, referral, error);
    }
  if (!pg_end (self, ok, ok ? error : NULL) || !ok)
    return FALSE;
  caseload_referral_set_version (referral, (int) pg_int (result, 0, 0));
  return TRUE;
}

static gboolean
caseload_store_postgresql_update_referral (CaseloadStore     *store,
                                           CaseloadStaff     *actor,
                                           CaseloadReferral  *referral,
                                           GError           **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_autoptr(GDateTime) now = caseload_clock_now (self->clock);
  gboolean helped = caseload_referral_get_help_started_at (referral) != NULL;
  const char *params[14] = { NULL };

  if (!check (caseload_referral_check (referral, now), error)
      || !check (caseload_referral_check_milestones (referral, now), error))
    return FALSE;

  params[2] = caseload_referral_source_to_code (caseload_referral_get_source (referral));
  params[3] = null_if_empty (caseload_referral_get_source_detail (referral));
  params[4] = caseload_referral_get_received_at (referral);
  params[5] = caseload_referral_get_reason (referral);
  params[6] = caseload_urgency_to_code (caseload_referral_get_urgency (referral));
  params[7] = caseload_referral_get_person_agreed (referral) ? "true" : "false";
  params[8] = null_if_empty (caseload_referral_get_attachments (referral));
  params[9] = null_if_empty (caseload_referral_get_first_contact_at (referral));
  params[10] = null_if_empty (caseload_referral_get_assessment_at (referral));
  params[11] = null_if_empty (caseload_referral_get_help_started_at (referral));
  params[12] = helped ? caseload_help_kind_to_code (caseload_referral_get_help_kind (referral)) : NULL;
  params[13] = null_if_empty (caseload_referral_get_next_review_on (referral));
  return change_referral (self, actor, referral, NULL,
                          "UPDATE referral SET source = $3, source_detail = $4, received_at = $5, reason = $6, "
                          "  urgency = $7, person_agreed = $8::boolean, attachments = $9, first_contact_at = $10, "
                          "  assessment_at = $11, help_started_at = $12, help_kind = $13, next_review_on = $14 "
                          "WHERE id = $1 AND version = $2::integer RETURNING version",
                          14, params, NULL, error);
}

/* The timeline's words for a decision, as the embedded store writes them. */
static gboolean
note_triage (CaseloadStorePostgresql  *self,
             const PgActor            *info,
             CaseloadReferral         *referral,
             GError                   **error)
{
  const char *params[] = { caseload_referral_get_decided_by (referral) };
  g_autoptr(PGresult) by = pg_query (self, "SELECT display_name FROM staff WHERE id = $1", 1, params, error);
  const char *destination = caseload_referral_get_destination (referral);
  const char *reason = caseload_referral_get_triage_reason (referral);
  g_autofree char *on = caseload_date_iso_to_display (caseload_referral_get_decided_on (referral));
  g_autofree char *what = NULL;
  g_autofree char *text = NULL;
  CaseloadTriageOutcome outcome = caseload_referral_get_triage_outcome (referral);

  if (by == NULL)
    return FALSE;
  if (outcome == CASELOAD_TRIAGE_SIGNPOST)
    what = g_strdup_printf (_("Signposted to %s: %s."),
                            _(caseload_signpost_label (caseload_referral_get_signpost (referral))), destination);
  else if (outcome == CASELOAD_TRIAGE_REFER_ON)
    what = g_strdup_printf (_("Referred on to secondary care: %s."), destination);
  else
    what = g_strdup (outcome == CASELOAD_TRIAGE_ACCEPT ? _("Referral accepted into the PCN team.")
                                                       : _("Referral declined."));
  text = reason != NULL && *reason != '\0'
         ? g_strdup_printf (_("%s Reason: %s\nDecided by %s on %s."), what, reason, pg_text (by, 0, 0), on)
         : g_strdup_printf (_("%s\nDecided by %s on %s."), what, pg_text (by, 0, 0), on);
  return add_note (self, info, caseload_referral_get_person_id (referral), text, error);
}

static gboolean
caseload_store_postgresql_triage_referral (CaseloadStore     *store,
                                           CaseloadStaff     *actor,
                                           CaseloadReferral  *referral,
                                           GError           **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_autoptr(GDateTime) now = caseload_clock_now (self->clock);
  CaseloadTriageOutcome outcome = caseload_referral_get_triage_outcome (referral);
  static const CaseloadReferralStatus status_of[] = {
    [CASELOAD_TRIAGE_ACCEPT] = CASELOAD_REFERRAL_STATUS_ACCEPTED,
    [CASELOAD_TRIAGE_SIGNPOST] = CASELOAD_REFERRAL_STATUS_SIGNPOSTED,
    [CASELOAD_TRIAGE_REFER_ON] = CASELOAD_REFERRAL_STATUS_REFERRED_ON,
    [CASELOAD_TRIAGE_DECLINE] = CASELOAD_REFERRAL_STATUS_DECLINED,
  };
  const char *params[9] = { NULL };

  if (!check (caseload_referral_check_triage (referral, now), error))
    return FALSE;

  params[2] = caseload_referral_status_to_code (status_of[outcome]);
  params[3] = caseload_triage_outcome_to_code (outcome);
  params[4] = outcome == CASELOAD_TRIAGE_SIGNPOST ? caseload_signpost_to_code (caseload_referral_get_signpost (referral))
                                                  : NULL;
  params[5] = null_if_empty (caseload_referral_get_destination (referral));
  params[6] = null_if_empty (caseload_referral_get_triage_reason (referral));
  params[7] = caseload_referral_get_decided_by (referral);
  params[8] = caseload_referral_get_decided_on (referral);
  if (!change_referral (self, actor, referral, "awaiting-triage",
                        "UPDATE referral SET status = $3, triage_outcome = $4, signpost = $5, destination = $6, "
                        "  triage_reason = $7, decided_by = $8, decided_on = $9 "
                        "WHERE id = $1 AND version = $2::integer AND status = 'awaiting-triage' RETURNING version",
                        9, params, note_triage, error))
    return FALSE;
  caseload_referral_set_status (referral, status_of[outcome]);
  return TRUE;
}

static gboolean
end_for_transfer (CaseloadStorePostgresql  *self,
                  const PgActor            *info,
                  CaseloadReferral         *referral,
                  GError                  **error)
{
  const char *params[] = { caseload_referral_get_id (referral), caseload_referral_get_transferred_on (referral),
                            _("The referral was transferred.") };
  g_autoptr(PGresult) ended =
    pg_query (self, "UPDATE allocation SET ended_on = greatest ($2, started_on), end_reason = $3 "
                    "WHERE referral_id = $1 AND ended_on IS NULL", 3, params, error);
  g_autofree char *kind = g_utf8_strdown (_(caseload_transfer_kind_label (caseload_referral_get_transfer_kind (referral))), -1);
  g_autofree char *note = g_strdup_printf (_("Transferred (%s) to %s.\n%s"), kind,
                                           caseload_referral_get_transfer_destination (referral),
                                           caseload_referral_get_transfer_summary (referral));

  return ended != NULL && add_note (self, info, caseload_referral_get_person_id (referral), note, error);
}

static gboolean
caseload_store_postgresql_transfer_referral (CaseloadStore     *store,
                                             CaseloadStaff     *actor,
                                             CaseloadReferral  *referral,
                                             GError           **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_autoptr(GDateTime) now = caseload_clock_now (self->clock);
  const char *params[7] = { NULL };

  if (!check (caseload_referral_check_transfer (referral, now), error))
    return FALSE;

  params[2] = caseload_transfer_kind_to_code (caseload_referral_get_transfer_kind (referral));
  params[3] = caseload_referral_get_transfer_destination (referral);
  params[4] = caseload_referral_get_transfer_summary (referral);
  params[5] = caseload_referral_get_transferred_on (referral);
  params[6] = caseload_staff_get_id (actor);
  if (!change_referral (self, actor, referral, "accepted",
                        "UPDATE referral SET status = 'transferred', transfer_kind = $3, transfer_destination = $4, "
                        "  transfer_summary = $5, transferred_on = $6, transferred_by = $7 "
                        "WHERE id = $1 AND version = $2::integer AND status = 'accepted' RETURNING version",
                        7, params, end_for_transfer, error))
    return FALSE;
  caseload_referral_set_status (referral, CASELOAD_REFERRAL_STATUS_TRANSFERRED);
  caseload_referral_set_transferred_by (referral, caseload_staff_get_id (actor));
  caseload_referral_set_allocated_count (referral, 0);
  return TRUE;
}

/* Reads: each needs the actor to see the person (row-level security hides the rest). */

static gboolean
begin_read (CaseloadStorePostgresql  *self,
            CaseloadStaff            *actor,
            PgActor                  *info,
            GError                  **error)
{
  if (!pg_begin (self, actor, error))
    return FALSE;
  if (pg_acting (self, actor, info, error))
    return TRUE;
  pg_end (self, FALSE, NULL);
  return FALSE;
}

static CaseloadReferral *
caseload_store_postgresql_get_referral (CaseloadStore  *store,
                                        CaseloadStaff  *actor,
                                        const char     *id,
                                        GError        **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_autoptr(CaseloadReferral) referral = NULL;
  g_autoptr(GPtrArray) one = g_ptr_array_new ();
  g_auto(PgActor) info = { 0 };
  gboolean ok;

  if (!begin_read (self, actor, &info, error))
    return NULL;
  referral = get_referral_locked (self, id, error);
  ok = referral != NULL;
  if (ok)
    g_ptr_array_add (one, referral);
  ok = ok && read_clocks (self, one, error);
  if (!pg_end (self, ok, ok ? error : NULL) || !ok)
    return NULL;
  return g_steal_pointer (&referral);
}

static GPtrArray *
caseload_store_postgresql_list_referrals (CaseloadStore  *store,
                                          CaseloadStaff  *actor,
                                          const char     *person_id,
                                          GError        **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_autoptr(GPtrArray) referrals = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PGresult) result = NULL;
  g_auto(PgActor) info = { 0 };
  const char *params[] = { person_id };
  gboolean ok;

  if (!begin_read (self, actor, &info, error))
    return NULL;
  ok = pg_require_access (self, &info, person_id, FALSE, error)
       && (result = pg_query (self, REFERRAL_SELECT "WHERE r.person_id = $1 ORDER BY r.received_at DESC, r.id",
                              1, params, error)) != NULL;
  for (int i = 0; ok && i < PQntuples (result); i++)
    g_ptr_array_add (referrals, read_referral (result, i));
  ok = ok && read_clocks (self, referrals, error);
  if (!pg_end (self, ok, ok ? error : NULL) || !ok)
    return NULL;
  return g_steal_pointer (&referrals);
}

/* Pauses */

static gboolean
caseload_store_postgresql_start_clock_pause (CaseloadStore       *store,
                                             CaseloadStaff       *actor,
                                             CaseloadClockPause  *pause,
                                             GError             **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_autoptr(GDateTime) now = caseload_clock_now (self->clock);
  g_autofree char *id = g_uuid_string_random ();
  g_autoptr(CaseloadReferral) referral = NULL;
  g_autoptr(PGresult) result = NULL;
  g_auto(PgActor) info = { 0 };
  gboolean ok = FALSE;

  if (!pg_begin (self, actor, error))
    return FALSE;
  if (pg_acting (self, actor, &info, error)
      && (referral = get_referral_locked (self, caseload_clock_pause_get_referral_id (pause), error)) != NULL
      && pg_require_access (self, &info, caseload_referral_get_person_id (referral), TRUE, error)
      && check (caseload_clock_pause_check (pause, referral, now), error))
    {
      const char *params[] = {
        id, caseload_referral_get_id (referral),
        caseload_pause_reason_to_code (caseload_clock_pause_get_reason (pause)),
        caseload_clock_pause_get_started_at (pause), null_if_empty (caseload_clock_pause_get_note (pause)),
        info.staff_id,
      };
      g_autoptr(PGresult) open = pg_query (self, "SELECT 1 FROM clock_pause WHERE referral_id = $1 AND ended_at IS NULL",
                                           1, params + 1, error);

      if (open != NULL && PQntuples (open) > 0)
        g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                     _("This referral’s clock is already paused. End that pause first."));
      else if (open != NULL)
        result = pg_query (self, "INSERT INTO clock_pause (id, referral_id, reason, started_at, note, version, "
                                 "  created_at, created_by, updated_at, updated_by) "
                                 "VALUES ($1, $2, $3, $4, $5, 1, caseload.now_text (), $6, caseload.now_text (), $6) "
                                 "RETURNING version, created_at", 6, params, error);
      ok = result != NULL && keep_clock (self, caseload_referral_get_id (referral), NULL, error);
    }
  if (!pg_end (self, ok, ok ? error : NULL) || !ok)
    return FALSE;
  caseload_clock_pause_set_id (pause, id);
  caseload_clock_pause_set_version (pause, (int) pg_int (result, 0, 0));
  caseload_clock_pause_set_created_at (pause, pg_text (result, 0, 1));
  caseload_clock_pause_set_recorded_by (pause, info.staff_id);
  caseload_clock_pause_set_recorded_by_name (pause, info.staff_name);
  return TRUE;
}

static gboolean
caseload_store_postgresql_end_clock_pause (CaseloadStore       *store,
                                           CaseloadStaff       *actor,
                                           CaseloadClockPause  *pause,
                                           GError             **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_autoptr(GDateTime) now = caseload_clock_now (self->clock);
  g_autofree char *version = g_strdup_printf ("%d", caseload_clock_pause_get_version (pause));
  g_autoptr(CaseloadReferral) referral = NULL;
  g_autoptr(PGresult) result = NULL;
  g_auto(PgActor) info = { 0 };
  gboolean ok = FALSE;

  if (caseload_clock_pause_get_ended_at (pause) == NULL)
    {
      g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) caseload_field_error_free);

      g_ptr_array_add (problems, caseload_field_error_new ("ended-at", _("Enter when the pause ended.")));
      return check (g_steal_pointer (&problems), error);
    }
  if (!pg_begin (self, actor, error))
    return FALSE;
  if (pg_acting (self, actor, &info, error)
      && (referral = get_referral_locked (self, caseload_clock_pause_get_referral_id (pause), error)) != NULL
      && pg_require_access (self, &info, caseload_referral_get_person_id (referral), TRUE, error)
      && check (caseload_clock_pause_check (pause, referral, now), error))
    {
      const char *params[] = { caseload_clock_pause_get_id (pause), version, caseload_clock_pause_get_ended_at (pause) };

      result = pg_query (self, "UPDATE clock_pause SET ended_at = $3 "
                               "WHERE id = $1 AND version = $2::integer AND ended_at IS NULL RETURNING version",
                         3, params, error);
      ok = updated_one (self, result, "SELECT 1 FROM clock_pause WHERE id = $1", params[0],
                        _("Someone else ended or changed this pause after you opened it. Nothing was saved: "
                          "look at it again."), error)
           && keep_clock (self, caseload_referral_get_id (referral), NULL, error);
    }
  if (!pg_end (self, ok, ok ? error : NULL) || !ok)
    return FALSE;
  caseload_clock_pause_set_version (pause, (int) pg_int (result, 0, 0));
  return TRUE;
}

static GPtrArray *
caseload_store_postgresql_list_clock_pauses (CaseloadStore  *store,
                                             CaseloadStaff  *actor,
                                             const char     *referral_id,
                                             GError        **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_autoptr(GPtrArray) pauses = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(CaseloadReferral) referral = NULL;
  g_autoptr(PGresult) result = NULL;
  g_auto(PgActor) info = { 0 };
  const char *params[] = { referral_id };
  gboolean ok;

  if (!begin_read (self, actor, &info, error))
    return NULL;
  ok = (referral = get_referral_locked (self, referral_id, error)) != NULL
       && (result = pg_query (self, PAUSE_SELECT "WHERE c.referral_id = $1 ORDER BY c.started_at, c.id",
                              1, params, error)) != NULL;
  for (int i = 0; ok && i < PQntuples (result); i++)
    g_ptr_array_add (pauses, read_pause (result, i));
  if (!pg_end (self, ok, ok ? error : NULL) || !ok)
    return NULL;
  return g_steal_pointer (&pauses);
}

/* Allocations */

static CaseloadStaff *
read_worker (CaseloadStorePostgresql  *self,
             const char               *staff_id,
             GError                  **error)
{
  const char *params[] = { staff_id };
  g_autoptr(PGresult) result = pg_query (self, PG_STAFF_SELECT "WHERE s.id = $1", 1, params, error);

  if (result == NULL || PQntuples (result) == 0)
    return NULL;
  return pg_read_staff (result, 0);
}

#define ALLOCATION_STAMPS "SELECT version, created_at FROM allocation WHERE id = $1"

static gboolean
caseload_store_postgresql_allocate (CaseloadStore       *store,
                                    CaseloadStaff       *actor,
                                    CaseloadAllocation  *allocation,
                                    GError             **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *task_id = g_uuid_string_random ();
  g_autoptr(CaseloadReferral) referral = NULL;
  g_autoptr(CaseloadStaff) worker = NULL;
  g_autoptr(PGresult) result = NULL;
  g_auto(PgActor) info = { 0 };
  gboolean ok = FALSE;

  if (!pg_begin (self, actor, error))
    return FALSE;
  if (pg_acting (self, actor, &info, error)
      && (referral = get_referral_locked (self, caseload_allocation_get_referral_id (allocation), error)) != NULL
      && pg_require_access (self, &info, caseload_referral_get_person_id (referral), TRUE, error))
    {
      g_autoptr(GError) worker_error = NULL;

      worker = read_worker (self, caseload_allocation_get_staff_id (allocation), &worker_error);
      if (worker_error != NULL)
        g_propagate_error (error, g_steal_pointer (&worker_error));
      else if (check (caseload_allocation_check (allocation, worker, referral), error))
        {
          if (caseload_referral_get_status (referral) != CASELOAD_REFERRAL_STATUS_ACCEPTED)
            {
              g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) caseload_field_error_free);

              g_ptr_array_add (problems, caseload_field_error_new ("referral-id",
                                                                   _("Only an accepted referral can be allocated.")));
              check (g_steal_pointer (&problems), error);
            }
          else
            {
              g_autofree char *role = g_utf8_strdown (_(caseload_case_role_label (caseload_allocation_get_role (allocation))), -1);
              g_autofree char *title = g_strdup_printf (_("New allocation as %s: make contact"), role);
              const char *params[] = {
                id, caseload_referral_get_id (referral), caseload_referral_get_person_id (referral),
                caseload_staff_get_id (worker), caseload_case_role_to_code (caseload_allocation_get_role (allocation)),
                caseload_allocation_get_started_on (allocation), info.staff_id, task_id, title,
              };

              result = pg_query (self, "INSERT INTO allocation (id, referral_id, person_id, person_pk, staff_id, role, "
                                       "  started_on, version, created_at, created_by, updated_at, updated_by) "
                                       "VALUES ($1, $2, $3, 0, $4, $5, $6, 1, caseload.now_text (), $7, "
                                       "  caseload.now_text (), $7) RETURNING version, created_at", 7, params, error);
              if (result != NULL)
                {
                  g_autoptr(PGresult) task =
                    pg_query (self, "INSERT INTO task (id, person_id, person_pk, owner_id, title, due_on, origin, "
                                    "  source_id, version, created_at, created_by, updated_at, updated_by) "
                                    "VALUES ($2, $3, 0, $4, $5, "
                                    "  to_char (caseload.now () AT TIME ZONE 'Europe/London', 'YYYY-MM-DD'), "
                                    "  'new-allocation', $1, 1, caseload.now_text (), $6, caseload.now_text (), $6) "
                                    "ON CONFLICT DO NOTHING",
                              6, (const char *[]) { params[0], params[7], params[2], params[3], params[8], params[6] },
                              error);
                  ok = task != NULL;
                }
            }
        }
    }
  if (!pg_end (self, ok, ok ? error : NULL) || !ok)
    return FALSE;
  caseload_allocation_set_id (allocation, id);
  caseload_allocation_set_person_id (allocation, caseload_referral_get_person_id (referral));
  caseload_allocation_set_person_name (allocation, caseload_referral_get_person_name (referral));
  caseload_allocation_set_staff_name (allocation, caseload_staff_get_display_name (worker));
  caseload_allocation_set_organisation_id (allocation, caseload_staff_get_organisation_id (worker));
  caseload_allocation_set_organisation_name (allocation, caseload_staff_get_organisation_name (worker));
  caseload_allocation_set_version (allocation, (int) pg_int (result, 0, 0));
  caseload_allocation_set_created_at (allocation, pg_text (result, 0, 1));
  caseload_allocation_set_created_by (allocation, info.staff_id);
  return TRUE;
}

static gboolean
caseload_store_postgresql_end_allocation (CaseloadStore       *store,
                                          CaseloadStaff       *actor,
                                          CaseloadAllocation  *allocation,
                                          GError             **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_autofree char *version = g_strdup_printf ("%d", caseload_allocation_get_version (allocation));
  g_autoptr(CaseloadReferral) referral = NULL;
  g_autoptr(CaseloadStaff) worker = NULL;
  g_autoptr(PGresult) result = NULL;
  g_auto(PgActor) info = { 0 };
  gboolean ok = FALSE;

  if (caseload_allocation_get_ended_on (allocation) == NULL)
    {
      g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) caseload_field_error_free);

      g_ptr_array_add (problems, caseload_field_error_new ("ended-on", _("Enter the date the allocation ended.")));
      return check (g_steal_pointer (&problems), error);
    }
  if (!pg_begin (self, actor, error))
    return FALSE;
  if (pg_acting (self, actor, &info, error)
      && (referral = get_referral_locked (self, caseload_allocation_get_referral_id (allocation), error)) != NULL
      && pg_require_access (self, &info, caseload_referral_get_person_id (referral), TRUE, error))
    {
      worker = read_worker (self, caseload_allocation_get_staff_id (allocation), NULL);
      /* A worker since deactivated still has allocations to end. */
      if (worker != NULL)
        caseload_staff_set_active (worker, TRUE);
      if (check (caseload_allocation_check (allocation, worker, referral), error))
        {
          const char *params[] = {
            caseload_allocation_get_id (allocation), version, caseload_allocation_get_ended_on (allocation),
            null_if_empty (caseload_allocation_get_end_reason (allocation)),
          };

          result = pg_query (self, "UPDATE allocation SET ended_on = $3, end_reason = $4 "
                                   "WHERE id = $1 AND version = $2::integer AND ended_on IS NULL RETURNING version",
                             4, params, error);
          ok = updated_one (self, result, "SELECT 1 FROM allocation WHERE id = $1", params[0],
                            _("Someone else ended or changed this allocation after you opened it. Nothing was "
                              "saved: look at it again."), error);
        }
    }
  if (!pg_end (self, ok, ok ? error : NULL) || !ok)
    return FALSE;
  caseload_allocation_set_version (allocation, (int) pg_int (result, 0, 0));
  return TRUE;
}

static gboolean
caseload_store_postgresql_reallocate (CaseloadStore       *store,
                                      CaseloadStaff       *actor,
                                      CaseloadAllocation  *ending,
                                      CaseloadAllocation  *next,
                                      GError             **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  int version = caseload_allocation_get_version (ending);
  gboolean ok;

  /* The two calls below become savepoints of this one transaction. */
  if (!pg_begin (self, actor, error))
    return FALSE;
  ok = caseload_store_postgresql_end_allocation (store, actor, ending, error)
       && caseload_store_postgresql_allocate (store, actor, next, error);
  if (pg_end (self, ok, ok ? error : NULL) && ok)
    return TRUE;
  /* Neither happened: the ending allocation is as it was read. */
  caseload_allocation_set_version (ending, version);
  return FALSE;
}

static GPtrArray *
caseload_store_postgresql_list_allocations (CaseloadStore  *store,
                                            CaseloadStaff  *actor,
                                            const char     *referral_id,
                                            gboolean        history,
                                            GError        **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_autoptr(GPtrArray) allocations = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(CaseloadReferral) referral = NULL;
  g_autoptr(PGresult) result = NULL;
  g_auto(PgActor) info = { 0 };
  const char *params[] = { referral_id, history ? "true" : "false" };
  gboolean ok;

  if (!begin_read (self, actor, &info, error))
    return NULL;
  ok = (referral = get_referral_locked (self, referral_id, error)) != NULL
       && (result = pg_query (self, ALLOCATION_SELECT "WHERE a.referral_id = $1 AND ($2::boolean OR a.ended_on IS NULL) "
                                    "ORDER BY a.started_on DESC, a.created_at DESC, a.id",
                              2, params, error)) != NULL;
  for (int i = 0; ok && i < PQntuples (result); i++)
    g_ptr_array_add (allocations, read_allocation (result, i));
  if (!pg_end (self, ok, ok ? error : NULL) || !ok)
    return NULL;
  return g_steal_pointer (&allocations);
}

/* Tasks */

/* 1 when the task @id is on the list of @organisation_id (a plan action it owns), 0 when
 * not, -1 on error. */
static int
task_on_list_of (CaseloadStorePostgresql  *self,
                 const char               *id,
                 const char               *organisation_id,
                 GError                  **error)
{
  g_autoptr(PGresult) result = pg_query (self, "SELECT owner_organisation_id = $2 FROM task WHERE id = $1",
                                         2, (const char *[]) { id, organisation_id }, error);

  if (result == NULL)
    return -1;
  return PQntuples (result) == 1 && pg_bool (result, 0, 0) ? 1 : 0;
}

static gboolean
caseload_store_postgresql_save_task (CaseloadStore  *store,
                                     CaseloadStaff  *actor,
                                     CaseloadTask   *task,
                                     GError        **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  gboolean creating = caseload_task_get_id (task) == NULL;
  g_autofree char *id = creating ? g_uuid_string_random () : g_strdup (caseload_task_get_id (task));
  g_autofree char *version = g_strdup_printf ("%d", caseload_task_get_version (task));
  g_autoptr(PGresult) result = NULL;
  g_autoptr(PGresult) names = NULL;
  g_auto(PgActor) info = { 0 };
  gboolean ok = FALSE;
  int on_list = 0;

  if (!check (caseload_task_check (task), error))
    return FALSE;
  if (!pg_begin (self, actor, error))
    return FALSE;
  if (pg_acting (self, actor, &info, error)
      && (creating || (on_list = task_on_list_of (self, id, info.organisation_id, error)) >= 0)
      /* Anyone in the organisation whose list a task is on may mark it done while they
       * see the person (the server lets them change nothing else); other changes need
       * leave to add to the record. */
      && pg_require_access (self, &info, caseload_task_get_person_id (task), on_list != 1, error))
    {
      const char *owner_id = null_if_empty (caseload_task_get_owner_id (task));
      const char *params[] = {
        id, caseload_task_get_person_id (task), owner_id, caseload_task_get_title (task),
        caseload_task_get_due_on (task), caseload_task_get_done (task) ? "true" : "false",
        caseload_task_origin_to_code (caseload_task_get_origin (task)), null_if_empty (caseload_task_get_source_id (task)),
        info.staff_id, owner_id == NULL ? null_if_empty (caseload_task_get_owner_organisation_id (task)) : NULL, version,
      };

      if (creating)
        {
          result = pg_query (self, "INSERT INTO task (id, person_id, person_pk, owner_id, owner_organisation_id, title, "
                                   "  due_on, done, origin, source_id, version, created_at, created_by, updated_at, "
                                   "  updated_by) "
                                   "VALUES ($1, $2, 0, $3, $10, $4, $5, $6::boolean, $7, $8, 1, caseload.now_text (), $9, "
                                   "  caseload.now_text (), $9) RETURNING version, created_at, done_at, done_by",
                             10, params, error);
          ok = result != NULL;
        }
      else
        {
          result = pg_query (self, "UPDATE task SET owner_id = $3, owner_organisation_id = $8, title = $4, due_on = $5, "
                                   "  done = $6::boolean, done_by = CASE WHEN $6::boolean THEN $7 END "
                                   "WHERE id = $1 AND version = $2::integer "
                                   "RETURNING version, created_at, done_at, done_by",
                             8, (const char *[]) { id, version, params[2], params[3], params[4], params[5], info.staff_id,
                                                   params[9] },
                             error);
          ok = updated_one (self, result, "SELECT 1 FROM task WHERE id = $1", id,
                            _("Someone else changed this task after you opened it. Nothing was saved: look at "
                              "it again."), error);
        }
      if (ok)
        {
          names = pg_query (self, "SELECT s.display_name, p.given_name || ' ' || p.family_name, o.name "
                                  "FROM task t LEFT JOIN staff s ON s.id = t.owner_id JOIN person p ON p.id = t.person_id "
                                  "LEFT JOIN organisation o ON o.id = t.owner_organisation_id "
                                  "WHERE t.id = $1", 1, params, error);
          ok = names != NULL && PQntuples (names) == 1;
        }
    }
  if (!pg_end (self, ok, ok ? error : NULL) || !ok)
    return FALSE;
  caseload_task_set_owner_name (task, pg_text (names, 0, 0));
  caseload_task_set_person_name (task, pg_text (names, 0, 1));
  caseload_task_set_owner_organisation_name (task, pg_text (names, 0, 2));
  caseload_task_set_id (task, id);
  caseload_task_set_version (task, (int) pg_int (result, 0, 0));
  caseload_task_set_created_at (task, pg_text (result, 0, 1));
  caseload_task_set_done_at (task, pg_text (result, 0, 2));
  caseload_task_set_done_by (task, pg_text (result, 0, 3));
  if (creating)
    caseload_task_set_created_by (task, info.staff_id);
  return TRUE;
}

static GPtrArray *
caseload_store_postgresql_list_tasks (CaseloadStore  *store,
                                      CaseloadStaff  *actor,
                                      const char     *owner_id,
                                      const char     *person_id,
                                      gboolean        include_done,
                                      guint           offset,
                                      guint           limit,
                                      GError        **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_autoptr(GPtrArray) tasks = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *offset_text = g_strdup_printf ("%u", offset);
  g_autofree char *limit_text = g_strdup_printf ("%u", limit);
  g_autoptr(PGresult) result = NULL;
  g_auto(PgActor) info = { 0 };
  const char *params[] = { owner_id, person_id, include_done ? "true" : "false", limit_text, offset_text };
  gboolean ok;

  if (!begin_read (self, actor, &info, error))
    return NULL;
  ok = (person_id == NULL || pg_require_access (self, &info, person_id, FALSE, error))
       /* With an owner: theirs, and the open tasks of their organisation. */
       && (result = pg_query (self, TASK_SELECT "WHERE ($1::text IS NULL OR t.owner_id = $1 "
                                    "       OR (NOT t.done AND t.owner_organisation_id = "
                                    "           (SELECT w.organisation_id FROM staff w WHERE w.id = $1))) "
                                    "  AND ($2::text IS NULL OR t.person_id = $2) AND ($3::boolean OR NOT t.done) "
                                    "ORDER BY t.due_on, t.created_at, t.id LIMIT $4::bigint OFFSET $5::bigint",
                              5, params, error)) != NULL;
  for (int i = 0; ok && i < PQntuples (result); i++)
    g_ptr_array_add (tasks, read_task (result, i));
  if (!pg_end (self, ok, ok ? error : NULL) || !ok)
    return NULL;
  return g_steal_pointer (&tasks);
}

/* The system's reminders: each made once (the task_system index), for the actor. */
static gboolean
caseload_store_postgresql_refresh_reminders (CaseloadStore  *store,
                                             CaseloadStaff  *actor,
                                             guint          *n_created,
                                             GError        **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_autoptr(PGresult) reviews = NULL;
  g_autoptr(PGresult) clocks = NULL;
  g_autofree char *now = pg_now (self);
  g_auto(PgActor) info = { 0 };
  gboolean ok = FALSE;

  if (n_created != NULL)
    *n_created = 0;
  if (!pg_begin (self, actor, error))
    return FALSE;
  if (pg_acting (self, actor, &info, error))
    {
      const char *params[] = {
        info.staff_id, now, _("Review due"), _("Waiting time near breach"),
        info.role == CASELOAD_ROLE_TEAM_MANAGER ? "true" : "false",
      };

      reviews = pg_query (self,
                          "INSERT INTO task (id, person_id, person_pk, owner_id, title, due_on, origin, source_id, "
                          "  version, created_at, created_by, updated_at, updated_by) "
                          "SELECT gen_random_uuid ()::text, r.person_id, 0, $1::text, $3::text, r.next_review_on, "
                          "  'review-due', r.id, 1, $2::text, $1, $2, $1 "
                          "FROM referral r JOIN allocation a ON a.referral_id = r.id AND a.ended_on IS NULL "
                          "WHERE a.staff_id = $1 AND r.status = 'accepted' AND r.next_review_on IS NOT NULL "
                          "  AND (r.next_review_on::date - 7) <= left ($2, 10)::date "
                          "  AND caseload.may_add_to (r.person_id) "
                          "ON CONFLICT (origin, source_id, owner_id, due_on) WHERE origin <> 'manual' DO NOTHING "
                          "RETURNING 1", 3, params, error);
      if (reviews != NULL)
        clocks = pg_query (self,
                           "INSERT INTO task (id, person_id, person_pk, owner_id, title, due_on, origin, source_id, "
                           "  version, created_at, created_by, updated_at, updated_by) "
                           "SELECT gen_random_uuid ()::text, r.person_id, 0, $1::text, $4::text, left (r.clock_due_at, 10), "
                           "  'clock-near-breach', r.id, 1, $2::text, $1, $2, $1 "
                           "FROM referral r "
                           "WHERE $3::text IS NOT NULL AND r.clock_stopped_at IS NULL AND NOT r.clock_paused "
                           "  AND r.status IN ('awaiting-triage', 'accepted') AND r.clock_warn_at <= $2 "
                           "  AND (EXISTS (SELECT 1 FROM allocation a WHERE a.referral_id = r.id "
                           "               AND a.ended_on IS NULL AND a.staff_id = $1) "
                           "       OR ($5::boolean AND NOT EXISTS (SELECT 1 FROM allocation a "
                           "               WHERE a.referral_id = r.id AND a.ended_on IS NULL))) "
                           "  AND caseload.may_add_to (r.person_id) "
                           "ON CONFLICT (origin, source_id, owner_id, due_on) WHERE origin <> 'manual' DO NOTHING "
                           "RETURNING 1", 5, params, error);
      ok = clocks != NULL;
    }
  if (!pg_end (self, ok, ok ? error : NULL) || !ok)
    return FALSE;
  if (n_created != NULL)
    *n_created = (guint) (PQntuples (reviews) + PQntuples (clocks));
  return TRUE;
}

static gboolean
caseload_store_postgresql_count_reminders (CaseloadStore           *store,
                                           CaseloadStaff           *actor,
                                           const char              *since,
                                           CaseloadReminderCounts  *counts,
                                           GError                 **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_autofree char *now = pg_now (self);
  g_autoptr(PGresult) result = NULL;
  g_auto(PgActor) info = { 0 };
  gboolean ok;

  memset (counts, 0, sizeof *counts);
  if (!begin_read (self, actor, &info, error))
    return FALSE;
  {
    const char *params[] = { info.staff_id, since, now, info.role == CASELOAD_ROLE_TEAM_MANAGER ? "true" : "false" };

    result = pg_query (self,
                       "SELECT (SELECT count(*) FROM allocation a WHERE a.staff_id = $1 AND $2::text IS NOT NULL "
                       "          AND a.created_at > $2 AND a.ended_on IS NULL), "
                       "  (SELECT count(*) FROM task t WHERE (t.owner_id = $1 OR t.owner_organisation_id = "
                       "     (SELECT w.organisation_id FROM staff w WHERE w.id = $1)) AND NOT t.done "
                       "     AND t.due_on <= left ($3, 10)), "
                       "  (SELECT count(*) FROM referral r WHERE r.clock_stopped_at IS NULL AND NOT r.clock_paused "
                       "     AND r.status IN ('awaiting-triage', 'accepted') AND r.clock_warn_at <= $3 "
                       "     AND ($4::boolean OR EXISTS (SELECT 1 FROM allocation a WHERE a.referral_id = r.id "
                       "                                  AND a.ended_on IS NULL AND a.staff_id = $1)))",
                       4, params, error);
  }
  ok = result != NULL;
  if (!pg_end (self, ok, ok ? error : NULL) || !ok)
    return FALSE;
  counts->new_allocations = (guint) pg_int (result, 0, 0);
  counts->tasks_due = (guint) pg_int (result, 0, 1);
  counts->clocks_near_breach = (guint) pg_int (result, 0, 2);
  return TRUE;
}

/* Thresholds and standards: every member reads them; team managers change them. */

static gboolean
require_manager (const PgActor  *info,
                 GError        **error)
{
  if (info->role == CASELOAD_ROLE_TEAM_MANAGER)
    return TRUE;
  g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION,
               _("Only a team manager can change the team’s thresholds and waiting-time standards."));
  return FALSE;
}

static GPtrArray *
caseload_store_postgresql_list_thresholds (CaseloadStore  *store,
                                           GError        **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_autoptr(GPtrArray) thresholds = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PGresult) result = NULL;
  gboolean ok;

  if (!pg_begin (self, NULL, error))
    return NULL;
  result = pg_query (self, "SELECT t.id, t.outcome, t.position, t.criterion, t.version, t.updated_at, s.display_name "
                           "FROM threshold t LEFT JOIN staff s ON s.id = t.updated_by ORDER BY t.position, t.id",
                     0, NULL, error);
  ok = result != NULL;
  if (!pg_end (self, ok, ok ? error : NULL) || !ok)
    return NULL;
  for (int i = 0; i < PQntuples (result); i++)
    {
      CaseloadThreshold *threshold = caseload_threshold_new ();
      CaseloadTriageOutcome outcome = CASELOAD_TRIAGE_ACCEPT;

      caseload_triage_outcome_from_code (pg_text (result, i, 1), &outcome);
      caseload_threshold_set_id (threshold, pg_text (result, i, 0));
      caseload_threshold_set_outcome (threshold, outcome);
      caseload_threshold_set_position (threshold, (int) pg_int (result, i, 2));
      caseload_threshold_set_criterion (threshold, pg_text (result, i, 3));
      caseload_threshold_set_version (threshold, (int) pg_int (result, i, 4));
      caseload_threshold_set_updated_at (threshold, pg_text (result, i, 5));
      caseload_threshold_set_updated_by_name (threshold, pg_text (result, i, 6));
      g_ptr_array_add (thresholds, threshold);
    }
  return g_steal_pointer (&thresholds);
}

static gboolean
save_threshold (CaseloadStorePostgresql  *self,
                CaseloadThreshold        *threshold,
                int                       position,
                GString                  *kept,
                GError                  **error)
{
  gboolean creating = caseload_threshold_get_id (threshold) == NULL;
  g_autofree char *id = creating ? g_uuid_string_random () : g_strdup (caseload_threshold_get_id (threshold));
  g_autofree char *position_text = g_strdup_printf ("%d", position);
  g_autofree char *version = g_strdup_printf ("%d", caseload_threshold_get_version (threshold));
  const char *params[] = {
    id, caseload_triage_outcome_to_code (caseload_threshold_get_outcome (threshold)), position_text,
    caseload_threshold_get_criterion (threshold), version,
  };
  g_autoptr(PGresult) result = NULL;

  if (!check (caseload_threshold_check (threshold), error))
    return FALSE;
  if (creating)
    result = pg_query (self, "INSERT INTO threshold (id, outcome, position, criterion, version, created_at, updated_at) "
                             "VALUES ($1, $2, $3::integer, $4, 1, caseload.now_text (), caseload.now_text ()) "
                             "RETURNING version", 4, params, error);
  else
    result = pg_query (self, "UPDATE threshold SET outcome = $2, position = $3::integer, criterion = $4 "
                             "WHERE id = $1 AND version = $5::integer RETURNING version", 5, params, error);
  if (!updated_one (self, result, "SELECT 1 FROM threshold WHERE id = $1", id,
                    _("Someone else changed the thresholds after you opened them. Nothing was saved: "
                      "look at them again."), error))
    return FALSE;
  g_string_append_printf (kept, "%s\"%s\"", kept->len > 1 ? "," : "", id);
  caseload_threshold_set_id (threshold, id);
  caseload_threshold_set_position (threshold, position);
  caseload_threshold_set_version (threshold, (int) pg_int (result, 0, 0));
  return TRUE;
}

static gboolean
caseload_store_postgresql_save_thresholds (CaseloadStore  *store,
                                           CaseloadStaff  *actor,
                                           GPtrArray      *thresholds,
                                           GError        **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_autoptr(GString) kept = g_string_new ("{");
  g_auto(PgActor) info = { 0 };
  gboolean ok;

  if (!pg_begin (self, actor, error))
    return FALSE;
  ok = pg_acting (self, actor, &info, error) && require_manager (&info, error);
  for (guint i = 0; ok && i < thresholds->len; i++)
    ok = save_threshold (self, g_ptr_array_index (thresholds, i), (int) i, kept, error);
  if (ok)
    {
      const char *params[] = { NULL };
      g_autoptr(PGresult) removed = NULL;

      g_string_append_c (kept, '}');
      params[0] = kept->str;
      removed = pg_query (self, "DELETE FROM threshold WHERE NOT (id = ANY ($1::text[]))", 1, params, error);
      ok = removed != NULL;
    }
  return pg_end (self, ok, ok ? error : NULL) && ok;
}

static GPtrArray *
caseload_store_postgresql_list_wait_standards (CaseloadStore  *store,
                                               GError        **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_autoptr(GPtrArray) standards = NULL;
  g_autoptr(PGresult) result = NULL;
  gboolean ok;

  if (!pg_begin (self, NULL, error))
    return NULL;
  result = pg_query (self, STANDARD_SELECT
                     "ORDER BY array_position (ARRAY['routine', 'urgent', 'very-urgent'], w.urgency)",
                     0, NULL, error);
  ok = result != NULL;
  if (!pg_end (self, ok, ok ? error : NULL) || !ok)
    return NULL;
  standards = g_ptr_array_new_with_free_func (g_object_unref);
  for (int i = 0; i < PQntuples (result); i++)
    g_ptr_array_add (standards, read_standard (result, i));
  return g_steal_pointer (&standards);
}

/* A text[] of ISO times as PostgreSQL writes it ("{a,NULL,b}": no element needs quotes);
 * NULL elements are NULL. */
static GPtrArray *
pg_text_array (const char *text)
{
  GPtrArray *values = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) parts = NULL;
  g_autofree char *inner = NULL;

  if (text == NULL || strlen (text) <= 2)
    return values;
  inner = g_strndup (text + 1, strlen (text) - 2);
  parts = g_strsplit (inner, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    g_ptr_array_add (values, g_strcmp0 (parts[i], "NULL") == 0 ? NULL : g_strdup (parts[i]));
  return values;
}

static void
array_append (GString    *array,
              const char *value)
{
  if (array->len > 1)
    g_string_append_c (array, ',');
  if (value == NULL)
    g_string_append (array, "NULL");
  else
    g_string_append_printf (array, "\"%s\"", value);
}

/* Moves the clock of every open referral of the standard's urgency, seen or not: the
 * server hands over the facts (caseload.open_clocks) and takes the clocks back. */
static gboolean
follow_standard (CaseloadStorePostgresql  *self,
                 const PgActor            *info,
                 CaseloadWaitStandard     *standard,
                 GError                  **error)
{
  const char *params[8] = { info->username,
                            caseload_urgency_to_code (caseload_wait_standard_get_urgency (standard)) };
  g_autoptr(PGresult) facts = pg_query (self, "SELECT id, received_at, first_contact_at, assessment_at, "
                                              "  help_started_at, pause_started, pause_ended "
                                              "FROM caseload.open_clocks ($1, $2)", 2, params, error);
  g_autoptr(GDateTime) now = now_time (self);
  GString *columns[7];
  g_autoptr(PGresult) kept = NULL;

  if (facts == NULL)
    return FALSE;
  if (PQntuples (facts) == 0)
    return TRUE;
  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    columns[c] = g_string_new ("{");

  for (int i = 0; i < PQntuples (facts); i++)
    {
      g_autoptr(GPtrArray) starts = pg_text_array (pg_text (facts, i, 5));
      g_autoptr(GPtrArray) ends = pg_text_array (pg_text (facts, i, 6));
      g_autofree char *due = NULL;
      g_autofree char *warn = NULL;
      g_autofree char *waited = NULL;
      const char *stopped = stopping_time (standard, pg_text (facts, i, 2), pg_text (facts, i, 3), pg_text (facts, i, 4));
      CaseloadClockReading reading = { 0 };
      gboolean paused;

      read_clock (standard, pg_text (facts, i, 1), stopped, (const char * const *) starts->pdata,
                  (const char * const *) ends->pdata, MIN (starts->len, ends->len), now, &reading);
      paused = reading.state == CASELOAD_CLOCK_PAUSED;
      due = format_time (reading.due);
      warn = format_time (reading.warn_from);
      waited = g_strdup_printf ("%" G_GINT64_FORMAT, reading.waited_seconds);
      array_append (columns[0], pg_text (facts, i, 0));
      array_append (columns[1], paused ? NULL : due);
      array_append (columns[2], paused ? NULL : warn);
      array_append (columns[3], paused ? "true" : "false");
      array_append (columns[4], stopped);
      array_append (columns[5], stopped != NULL ? waited : NULL);
      array_append (columns[6], stopped == NULL ? NULL : reading.state == CASELOAD_CLOCK_MISSED ? "true" : "false");
      caseload_clock_reading_clear (&reading);
    }
  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    {
      g_string_append_c (columns[c], '}');
      params[c + 1] = columns[c]->str;
    }
  params[0] = info->username;
  kept = pg_query (self, "SELECT caseload.set_clocks ($1, $2::text[], $3::text[], $4::text[], $5::boolean[], "
                         "  $6::text[], $7::bigint[], $8::boolean[])", 8, params, error);
  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    g_string_free (columns[c], TRUE);
  return kept != NULL;
}

static gboolean
caseload_store_postgresql_save_wait_standard (CaseloadStore         *store,
                                              CaseloadStaff         *actor,
                                              CaseloadWaitStandard  *standard,
                                              GError               **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_autofree char *target = g_strdup_printf ("%d", caseload_wait_standard_get_target (standard));
  g_autofree char *warn = g_strdup_printf ("%d", caseload_wait_standard_get_warn (standard));
  g_autofree char *version = g_strdup_printf ("%d", caseload_wait_standard_get_version (standard));
  const char *urgency = caseload_urgency_to_code (caseload_wait_standard_get_urgency (standard));
  const char *params[] = {
    urgency, target, caseload_wait_unit_to_code (caseload_wait_standard_get_unit (standard)), warn,
    caseload_milestone_to_code (caseload_wait_standard_get_stops_at (standard)), version,
  };
  g_autoptr(PGresult) result = NULL;
  g_auto(PgActor) info = { 0 };
  gboolean ok = FALSE;

  if (!check (caseload_wait_standard_check (standard), error))
    return FALSE;
  if (!pg_begin (self, actor, error))
    return FALSE;
  if (pg_acting (self, actor, &info, error) && require_manager (&info, error))
    {
      result = pg_query (self, "UPDATE wait_standard SET target = $2::integer, unit = $3, warn = $4::integer, "
                               "  stops_at = $5 WHERE urgency = $1 AND version = $6::integer "
                               "RETURNING version, updated_at", 6, params, error);
      ok = updated_one (self, result, "SELECT 1 FROM wait_standard WHERE urgency = $1", urgency,
                        _("Someone else changed this waiting-time standard after you opened it. Nothing was "
                          "saved: look at it again."), error)
           && follow_standard (self, &info, standard, error);
    }
  if (!pg_end (self, ok, ok ? error : NULL) || !ok)
    return FALSE;
  caseload_wait_standard_set_version (standard, (int) pg_int (result, 0, 0));
  caseload_wait_standard_set_updated_at (standard, pg_text (result, 0, 1));
  caseload_wait_standard_set_updated_by_name (standard, info.staff_name);
  return TRUE;
}

void
pg_referrals_iface_init (CaseloadStoreInterface *iface)
{
  iface->create_referral = caseload_store_postgresql_create_referral;
  iface->update_referral = caseload_store_postgresql_update_referral;
  iface->triage_referral = caseload_store_postgresql_triage_referral;
  iface->transfer_referral = caseload_store_postgresql_transfer_referral;
  iface->get_referral = caseload_store_postgresql_get_referral;
  iface->list_referrals = caseload_store_postgresql_list_referrals;
  iface->start_clock_pause = caseload_store_postgresql_start_clock_pause;
  iface->end_clock_pause = caseload_store_postgresql_end_clock_pause;
  iface->list_clock_pauses = caseload_store_postgresql_list_clock_pauses;
  iface->allocate = caseload_store_postgresql_allocate;
  iface->end_allocation = caseload_store_postgresql_end_allocation;
  iface->reallocate = caseload_store_postgresql_reallocate;
  iface->list_allocations = caseload_store_postgresql_list_allocations;
  iface->save_task = caseload_store_postgresql_save_task;
  iface->list_tasks = caseload_store_postgresql_list_tasks;
  iface->refresh_reminders = caseload_store_postgresql_refresh_reminders;
  iface->count_reminders = caseload_store_postgresql_count_reminders;
  iface->list_thresholds = caseload_store_postgresql_list_thresholds;
  iface->save_thresholds = caseload_store_postgresql_save_thresholds;
  iface->list_wait_standards = caseload_store_postgresql_list_wait_standards;
  iface->save_wait_standard = caseload_store_postgresql_save_wait_standard;
}
