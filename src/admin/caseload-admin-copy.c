/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-admin"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "caseload-admin-site.h"
#include "caseload-audit-chain.h"
#include "caseload-error.h"

/*
 * caseload-admin copy: an embedded (desk) database into the shared site, with its ids,
 * versions, times, authors and audit trail as they were. The desk's file is read with
 * sqlite3, read-only; the site is written with libpq in ONE transaction, so a failure
 * anywhere leaves the site as it was (roles made for copied staff included: CREATE ROLE
 * is transactional).
 *
 * Each desk table is first COPYed into a temporary staging table of the site's shape;
 * the duplicate decisions are applied there in SQL, then everything moves into the
 * caseload tables with session_replication_role = replica, so the server's stamping and
 * audit triggers keep the desk's values (the search index trigger fires always).
 * The desk's audit chain goes verbatim into audit_import, and one 'import' event in the
 * site's own chain records its head hash and length.
 *
 * Nothing identifying a person is printed: counts only. The decisions template holds
 * NHS numbers and record ids, because whoever resolves duplicates needs them; it is
 * written readable by its owner only.
 */

/* Copied in this order: a row's references come before it. */
static const struct {
  const char *table;
  const char *columns;        /* the same names on both sides */
  const char *desk_select;    /* NULL: SELECT columns FROM table */
  gboolean    about_person;   /* has person_id: follows the duplicate decisions */
  const char *label;
  gboolean    shared;         /* the site may have it already: kept as the site has it */
} tables[] = {
  { "organisation",
    "id, name, kind, pcn, version, created_at, updated_at", NULL, FALSE, N_("Organisations"), TRUE },
  /* No password: an Argon2 hash cannot become a SCRAM verifier. Each copied member gets
   * a new temporary password with staff reset-password. */
  { "staff",
    "id, display_name, role, organisation_id, email, version, created_at, updated_at, username, "
    "access_role, active, password_hash, must_change_password, failed_sign_ins, locked_until, fte",
    "SELECT id, display_name, role, organisation_id, email, version, created_at, updated_at, username, "
    "access_role, active, NULL, 1, 0, NULL, fte FROM staff ORDER BY created_at, id", FALSE, N_("Staff"), TRUE },
  /* Not pk: the site numbers its own people. */
  { "person",
    "id, nhs_number, given_name, family_name, preferred_name, pronouns, date_of_birth, gender, address, "
    "postcode, phone, gp_practice_id, pcn, first_language, interpreter_needed, communication_needs, "
    "version, created_at, created_by, updated_at, updated_by", NULL, FALSE, N_("People") },
  { "network_member",
    "id, person_id, name, relationship, relationship_detail, is_carer, phone, email, notes, version, "
    "created_at, created_by, updated_at, updated_by", NULL, TRUE, N_("Network members") },
  { "timeline_entry",
    "id, person_id, author_id, organisation_id, kind, sensitivity, occurred_at, text, version, "
    "created_at, created_by, updated_at, updated_by", NULL, TRUE, N_("Timeline entries") },
  { "care_relationship",
    "id, person_id, organisation_id, kind, started_at, ended_at, created_at, created_by",
    NULL, TRUE, N_("Care relationships") },
  { "consent_decision",
    "id, person_id, organisation_id, may_view, may_add, method, decided_on, review_date, note, "
    "recorded_by, recorded_at", NULL, TRUE, N_("Consent decisions") },
  { "break_glass",
    "id, staff_id, person_id, reason, started_at, expires_at, reviewed_by, reviewed_at",
    NULL, TRUE, N_("Emergency access records") },
  /* Schema 4. The person key is the site's (a trigger sets it from person_id). A pause
   * follows its referral; the team's thresholds and standards already on the site stay. */
  { "referral",
    "id, person_id, person_pk, pcn, source, source_detail, received_at, reason, urgency, person_agreed, "
    "attachments, organisation_id, status, triage_outcome, signpost, destination, triage_reason, decided_by, "
    "decided_on, first_contact_at, assessment_at, help_started_at, help_kind, next_review_on, transfer_kind, "
    "transfer_destination, transfer_summary, transferred_on, transferred_by, clock_due_at, clock_warn_at, "
    "clock_paused, clock_stopped_at, clock_waited_seconds, clock_missed, version, created_at, created_by, "
    "updated_at, updated_by", NULL, TRUE, N_("Referrals") },
  { "clock_pause",
    "id, referral_id, reason, started_at, ended_at, note, version, created_at, created_by, updated_at, "
    "updated_by", NULL, FALSE, N_("Waiting-time pauses") },
  { "allocation",
    "id, referral_id, person_id, person_pk, staff_id, role, started_on, ended_on, end_reason, version, "
    "created_at, created_by, updated_at, updated_by", NULL, TRUE, N_("Allocations") },
  { "task",
    "id, person_id, person_pk, owner_id, owner_organisation_id, title, due_on, done, done_at, done_by, origin, "
    "source_id, version, created_at, created_by, updated_at, updated_by", NULL, TRUE, N_("Tasks") },
  /* Schema 5: every saved version of a plan as it was, measures with their scores as
   * recorded, reviews. */
  { "plan",
    "person_id, person_pk, version, review_on, goals, goals_achieved, updated_at, updated_by",
    NULL, TRUE, N_("Support plans") },
  { "plan_version",
    "id, person_id, version, body, review_on, author_id, organisation_id, saved_at",
    NULL, TRUE, N_("Support plan versions") },
  { "measure",
    "id, person_id, person_pk, instrument, answers, completed_on, completed_by, chosen_areas, note, complete, "
    "total, secondary, band, risk, organisation_id, version, created_at, created_by, updated_at, updated_by",
    NULL, TRUE, N_("Outcome measures") },
  { "review",
    "id, person_id, person_pk, reviewed_on, person_said, goal_progress, measure_changes, plan_version, "
    "next_review_on, organisation_id, created_at, created_by", NULL, TRUE, N_("Plan reviews") },
  /* Schema 6: the team's STEPPS cohorts, facilitators and sessions; participants, their
   * reinforcement teams and attendance; Open Dialogue episodes and meetings; IPS
   * referrals, employer contacts, jobs and fidelity reviews; housing referrals with their
   * history (in the order saved) and accommodation. A row without a person id follows its
   * parent; the person key is the site's (a trigger sets it from the person or parent). */
  { "stepps_cohort",
    "id, name, programme, n_sessions, session_minutes, venue, start_on, end_on, completion_percent, "
    "organisation_id, version, created_by, created_at", NULL, FALSE, N_("STEPPS groups") },
  { "stepps_facilitator", "cohort_id, staff_id", NULL, FALSE, N_("STEPPS facilitators") },
  { "stepps_session", "id, cohort_id, number, held_on, topic, notes, version", NULL, FALSE, N_("STEPPS sessions") },
  { "stepps_participant",
    "id, cohort_id, person_id, person_pk, joined_on, left_on, version, created_by, created_at", NULL, TRUE,
    N_("STEPPS participants") },
  { "stepps_reinforcer",
    "id, participant_id, network_member_id, name, role, professional, summary_given_on", NULL, FALSE,
    N_("Reinforcement team members") },
  { "stepps_attendance",
    "session_id, participant_id, person_pk, status, intensity, best_total, recorded_by, recorded_at", NULL, FALSE,
    N_("STEPPS attendance") },
  { "od_episode",
    "id, person_id, person_pk, start_kind, referral_id, contact_at, responsible_id, first_meeting_at, ended_on, "
    "end_note, organisation_id, version, recorded_by, created_at", NULL, TRUE, N_("Open Dialogue episodes") },
  { "od_core_member", "episode_id, staff_id", NULL, FALSE, N_("Open Dialogue core teams") },
  { "od_meeting",
    "id, episode_id, person_pk, held_at, place, person_present, decisions, notes, organisation_id, version, "
    "recorded_by, created_at", NULL, FALSE, N_("Network meetings") },
  { "od_meeting_practitioner", "meeting_id, staff_id", NULL, FALSE, N_("Network meeting practitioners") },
  { "od_meeting_member",
    "id, meeting_id, network_member_id, name, relationship, relationship_detail", NULL, FALSE,
    N_("Network meeting members") },
  { "ips_referral",
    "id, person_id, person_pk, wants_work, referred_on, referred_by, specialist_id, engaged_on, job_search_on, "
    "benefits_advice, benefits_advice_on, closed_on, close_reason, organisation_id, version, created_at", NULL, TRUE,
    N_("IPS referrals") },
  { "ips_employer_contact",
    "id, referral_id, person_pk, employer, contacted_on, outcome, note, recorded_by, created_at", NULL, FALSE,
    N_("Employer contacts") },
  { "ips_job",
    "id, referral_id, person_pk, employer, role, hours_per_week, pay_type, started_on, in_work_support, ended_on, "
    "end_reason, end_note, version, recorded_by, created_at", NULL, FALSE, N_("Jobs") },
  { "ips_fidelity_review",
    "id, service, reviewed_on, reviewers, scores, total, band, note, recorded_by, created_at", NULL, FALSE,
    N_("IPS-25 fidelity reviews") },
  { "housing_referral",
    "id, person_id, person_pk, kind, organisation_id, sent_on, status, status_on, outcome, referred_by, version, "
    "created_at", NULL, TRUE, N_("Housing referrals") },
  { "housing_status_change",
    "id, referral_id, from_status, to_status, changed_on, reason, changed_by, created_at",
    "SELECT id, referral_id, from_status, to_status, changed_on, reason, changed_by, created_at "
    "FROM housing_status_change ORDER BY rowid", FALSE, N_("Housing status changes") },
  { "accommodation_status",
    "id, person_id, person_pk, status, from_on, note, recorded_by, created_at",
    "SELECT id, person_id, person_pk, status, from_on, note, recorded_by, created_at "
    "FROM accommodation_status ORDER BY rowid", TRUE, N_("Accommodation statuses") },
  { "threshold",
    "id, outcome, position, criterion, version, created_at, updated_at, updated_by", NULL, FALSE,
    N_("Triage thresholds"), TRUE },
  { "wait_standard",
    "urgency, target, unit, warn, stops_at, version, updated_at, updated_by", NULL, FALSE,
    N_("Waiting-time standards"), TRUE },
};

enum { TABLE_ORGANISATION, TABLE_STAFF, TABLE_PERSON, TABLE_FIRST_ABOUT_PERSON };

/* Rows that go with a parent about a person: when the person is skipped, so are they. */
static const struct {
  const char *table;
  const char *key;
  const char *parent;
  const char *parent_key;
} follows[] = {
  { "clock_pause", "referral_id", "referral", "id" },
  { "stepps_reinforcer", "participant_id", "stepps_participant", "id" },
  { "stepps_attendance", "participant_id", "stepps_participant", "id" },
  { "od_core_member", "episode_id", "od_episode", "id" },
  { "od_meeting", "episode_id", "od_episode", "id" },
  { "od_meeting_practitioner", "meeting_id", "od_meeting", "id" },
  { "od_meeting_member", "meeting_id", "od_meeting", "id" },
  { "ips_employer_contact", "referral_id", "ips_referral", "id" },
  { "ips_job", "referral_id", "ips_referral", "id" },
  { "housing_status_change", "referral_id", "housing_referral", "id" },
};

#define AUDIT_COLUMNS "seq, occurred_at, staff_id, action, person_id, detail, prev_hash, hash"
#define HEAD_PREFIX_LENGTH 12

typedef struct {
  char *nhs_number;
  char *desk_id;
  char *site_id;
  char *decision;             /* "use-site", "skip", or NULL when undecided */
} Duplicate;

static void
duplicate_free (Duplicate *duplicate)
{
  g_free (duplicate->nhs_number);
  g_free (duplicate->desk_id);
  g_free (duplicate->site_id);
  g_free (duplicate->decision);
  g_free (duplicate);
}

typedef struct {
  const AdminCopyOptions *options;
  sqlite3                *desk;
  PGconn                 *site;
  char                   *source;          /* basename@head-prefix */
  char                   *head_hash;
  gint64                  n_audit;
  guint                   staged[G_N_ELEMENTS (tables)];
  guint                   copied[G_N_ELEMENTS (tables)];
  GPtrArray              *duplicates;      /* Duplicate */
  GPtrArray              *new_usernames;   /* char * */
  guint                   n_used_site;
  guint                   n_skipped;
} Copy;

static void
copy_clear (Copy *copy)
{
  sqlite3_close (copy->desk);
  g_clear_pointer (&copy->site, PQfinish);
  g_clear_pointer (&copy->source, g_free);
  g_clear_pointer (&copy->head_hash, g_free);
  g_clear_pointer (&copy->duplicates, g_ptr_array_unref);
  g_clear_pointer (&copy->new_usernames, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Copy, copy_clear)

static void
set_desk_error (Copy        *copy,
                GError     **error)
{
  g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_STORAGE,
               _("Could not read “%s”: %s"), copy->options->from,
               copy->desk != NULL ? sqlite3_errmsg (copy->desk) : g_strerror (ENOMEM));
}

static const char *
desk_text (sqlite3_stmt *stmt,
           int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

/* The desk's file, read-only, at this build's schema, with an intact audit trail. */
static gboolean
open_desk (Copy    *copy,
           GError **error)
{
  const char *from = copy->options->from;
  sqlite3_stmt *stmt = NULL;
  int version = -1;
  gint64 head_seq = -1;
  AdminChainCheck check;
  gboolean ok = TRUE;
  int rc;

  if (!g_file_test (from, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT, _("There is no database at “%s”."), from);
      return FALSE;
    }
  if (sqlite3_open_v2 (from, &copy->desk, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (copy->desk, "PRAGMA user_version", -1, &stmt, NULL) != SQLITE_OK ||
      sqlite3_step (stmt) != SQLITE_ROW)
    {
      set_desk_error (copy, error);
      sqlite3_finalize (stmt);
      return FALSE;
    }
  version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  if (version < copy->options->site_version)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                   _("“%s” is at schema version %d and the site at %d: "
                     "run “caseload-admin --database %s migrate” first."),
                   from, version, copy->options->site_version, from);
      return FALSE;
    }
  if (version > copy->options->site_version)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_SCHEMA_TOO_NEW,
                   _("“%s” was made by a newer Caseload (schema version %d; the site is at %d). "
                     "Bring the site up to date with that Caseload’s caseload-admin first."),
                   from, version, copy->options->site_version);
      return FALSE;
    }

  /* The trail must be whole before the site vouches for it with an import event. */
  if (sqlite3_prepare_v2 (copy->desk, "SELECT seq, hash FROM audit_head WHERE id = 1", -1, &stmt, NULL) != SQLITE_OK)
    {
      set_desk_error (copy, error);
      return FALSE;
    }
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      head_seq = sqlite3_column_int64 (stmt, 0);
      copy->head_hash = g_strdup (desk_text (stmt, 1));
    }
  sqlite3_finalize (stmt);
  if (copy->head_hash == NULL)
    {
      set_desk_error (copy, error);
      return FALSE;
    }

  if (sqlite3_prepare_v2 (copy->desk, "SELECT " AUDIT_COLUMNS " FROM audit_event ORDER BY seq", -1,
                          &stmt, NULL) != SQLITE_OK)
    {
      set_desk_error (copy, error);
      return FALSE;
    }
  admin_chain_check_init (&check, from);
  while (ok && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    ok = admin_chain_check_event (&check, sqlite3_column_int64 (stmt, 0), desk_text (stmt, 1),
                                  desk_text (stmt, 2), desk_text (stmt, 3), desk_text (stmt, 4),
                                  desk_text (stmt, 5), desk_text (stmt, 6), desk_text (stmt, 7), error);
  if (ok && rc != SQLITE_DONE)
    {
      set_desk_error (copy, error);
      ok = FALSE;
    }
  sqlite3_finalize (stmt);
  if (ok && (check.n_checked != head_seq || g_strcmp0 (check.expected_prev, copy->head_hash) != 0))
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_AUDIT_BROKEN,
                   _("The audit trail of “%s” is broken after event %" G_GINT64_FORMAT
                     ": events were removed from its end."), from, check.n_checked);
      ok = FALSE;
    }
  copy->n_audit = check.n_checked;
  admin_chain_check_clear (&check);
  if (!ok)
    return FALSE;

  {
    g_autofree char *basename = g_path_get_basename (from);

    copy->source = g_strdup_printf ("%s@%.*s", basename, HEAD_PREFIX_LENGTH, copy->head_hash);
  }
  return TRUE;
}

/* COPY text format: backslash, tab, newline and carriage return escaped. */
static void
append_copy_value (GString    *line,
                   const char *value)
{
  if (value == NULL)
    {
      g_string_append (line, "\\N");
      return;
    }
  for (const char *p = value; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\': g_string_append (line, "\\\\"); break;
        case '\t': g_string_append (line, "\\t"); break;
        case '\n': g_string_append (line, "\\n"); break;
        case '\r': g_string_append (line, "\\r"); break;
        default:   g_string_append_c (line, *p); break;
        }
    }
}

/* A temporary table shaped like @site_table's @columns, filled from the desk. */
static gboolean
stage_table (Copy        *copy,
             const char  *site_table,
             const char  *columns,
             const char  *desk_select,
             guint       *n_rows,
             GError     **error)
{
  g_autofree char *create = g_strdup_printf ("CREATE TEMPORARY TABLE copy_%s ON COMMIT DROP AS "
                                             "SELECT %s FROM caseload.%s WITH NO DATA",
                                             site_table, columns, site_table);
  g_autofree char *copy_in = g_strdup_printf ("COPY copy_%s (%s) FROM STDIN", site_table, columns);
  g_autofree char *select = desk_select != NULL ? g_strdup (desk_select)
                                                : g_strdup_printf ("SELECT %s FROM %s", columns, site_table);
  g_autoptr(PGresult) result = NULL;
  g_autoptr(GString) buffer = g_string_sized_new (64 * 1024);
  sqlite3_stmt *stmt = NULL;
  gboolean ok = TRUE;
  int rc;

  *n_rows = 0;
  if (!admin_site_exec (copy->site, create, error))
    return FALSE;

  if (sqlite3_prepare_v2 (copy->desk, select, -1, &stmt, NULL) != SQLITE_OK)
    {
      set_desk_error (copy, error);
      return FALSE;
    }

  result = PQexec (copy->site, copy_in);
  if (PQresultStatus (result) != PGRES_COPY_IN)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_STORAGE,
                   _("The server refused to take the copy: %s"), g_strchomp (PQerrorMessage (copy->site)));
      sqlite3_finalize (stmt);
      return FALSE;
    }
  g_clear_pointer (&result, PQclear);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int n_columns = sqlite3_column_count (stmt);

      for (int c = 0; c < n_columns; c++)
        {
          if (c > 0)
            g_string_append_c (buffer, '\t');
          append_copy_value (buffer, desk_text (stmt, c));
        }
      g_string_append_c (buffer, '\n');
      (*n_rows)++;

      if (buffer->len >= 60 * 1024)
        {
          if (PQputCopyData (copy->site, buffer->str, (int) buffer->len) != 1)
            {
              ok = FALSE;
              break;
            }
          g_string_truncate (buffer, 0);
        }
    }
  if (ok && rc != SQLITE_DONE)
    {
      set_desk_error (copy, error);
      PQputCopyEnd (copy->site, "the desk's file could not be read");
      ok = FALSE;
    }
  else if (ok && buffer->len > 0 && PQputCopyData (copy->site, buffer->str, (int) buffer->len) != 1)
    ok = FALSE;
  sqlite3_finalize (stmt);
  explicit_bzero (buffer->str, buffer->allocated_len);

  if (ok && PQputCopyEnd (copy->site, NULL) != 1)
    ok = FALSE;

  /* The copy's outcome, and then the end of the command's results. */
  while ((result = PQgetResult (copy->site)) != NULL)
    {
      if (PQresultStatus (result) != PGRES_COMMAND_OK && ok)
        {
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_STORAGE,
                       _("The server refused the copied %s: %s"), site_table,
                       PQresultErrorField (result, PG_DIAG_MESSAGE_PRIMARY) != NULL
                         ? PQresultErrorField (result, PG_DIAG_MESSAGE_PRIMARY) : "");
          ok = FALSE;
        }
      g_clear_pointer (&result, PQclear);
    }
  if (!ok && error != NULL && *error == NULL)
    g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_CONNECTION,
                 _("The copy to the server failed: %s"), g_strchomp (PQerrorMessage (copy->site)));
  return ok;
}

static gint64
run_count (PGconn      *conn,
           const char  *sql,
           int          n_params,
           const char * const *params,
           GError     **error)
{
  g_autoptr(PGresult) result = admin_site_query (conn, sql, n_params, params, error);

  if (result == NULL)
    return -1;
  if (PQntuples (result) > 0)
    return g_ascii_strtoll (PQgetvalue (result, 0, 0), NULL, 10);
  return g_ascii_strtoll (PQcmdTuples (result), NULL, 10);
}

/* Reads a decisions file: "<nhs-number> <desk-person-id> <site-person-id> <decision>"
 * per line, '#' comments. Each line must be one of the duplicates found. */
static gboolean
read_decisions (Copy    *copy,
                GError **error)
{
  const char *path = copy->options->decisions;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  guint undecided = 0;

  if (!g_file_get_contents (path, &contents, NULL, error))
    return FALSE;

  lines = g_strsplit (contents, "\n", -1);
  explicit_bzero (contents, strlen (contents));
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      char *line = g_strstrip (lines[i]);
      Duplicate *match = NULL;

      if (*line == '\0' || *line == '#')
        continue;
      fields = g_strsplit_set (line, " \t", -1);
      {
        /* Runs of blanks between fields. */
        guint n = 0;
        for (guint f = 0; fields[f] != NULL; f++)
          if (*fields[f] != '\0')
            fields[n++] = fields[f];
          else
            g_free (fields[f]);
        fields[n] = NULL;
        if (n != 4)
          {
            g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                         _("%s, line %u: expected “NHS-NUMBER DESK-ID SITE-ID use-site|skip”."), path, i + 1);
            return FALSE;
          }
      }

      for (guint d = 0; d < copy->duplicates->len; d++)
        {
          Duplicate *duplicate = g_ptr_array_index (copy->duplicates, d);

          if (g_str_equal (duplicate->nhs_number, fields[0]) && g_str_equal (duplicate->desk_id, fields[1]) &&
              g_str_equal (duplicate->site_id, fields[2]))
            match = duplicate;
        }
      if (match == NULL)
        {
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                       _("%s, line %u: not one of the people this copy finds on both the desk and the site "
                         "(has either changed since the file was written?)."), path, i + 1);
          return FALSE;
        }
      if (!g_str_equal (fields[3], "use-site") && !g_str_equal (fields[3], "skip"))
        {
          if (g_str_equal (fields[3], "?"))
            continue;
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                       _("%s, line %u: the decision must be “use-site” or “skip”."), path, i + 1);
          return FALSE;
        }
      g_free (match->decision);
      match->decision = g_strdup (fields[3]);
    }

  for (guint d = 0; d < copy->duplicates->len; d++)
    if (((Duplicate *) g_ptr_array_index (copy->duplicates, d))->decision == NULL)
      undecided++;
  if (undecided > 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%u person on both the desk and the site has no decision in %s "
                                "(“use-site” or “skip”). Nothing was copied.",
                                "%u people on both the desk and the site have no decision in %s "
                                "(“use-site” or “skip”). Nothing was copied.", undecided),
                   undecided, path);
      return FALSE;
    }
  return TRUE;
}

static char *
decisions_template_path (Copy *copy)
{
  return g_strconcat (copy->options->from, ".decisions", NULL);
}

static gboolean
write_decisions_template (Copy    *copy,
                          char   **path,
                          GError **error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *target = decisions_template_path (copy);
  gboolean ok;

  g_string_append_printf (text,
                          _("# People on both the desk (%s) and the site, by NHS number.\n"
                            "# Replace each “?” with\n"
                            "#   use-site  the site’s record is this person: the desk’s timeline, network,\n"
                            "#             consent and care relationships are added to it;\n"
                            "#   skip      leave this person, and everything about them, on the desk.\n"
                            "# Then run the copy again with --decisions and this file.\n"
                            "# This file identifies people: delete it when the copy is done.\n"),
                          copy->source);
  for (guint d = 0; d < copy->duplicates->len; d++)
    {
      Duplicate *duplicate = g_ptr_array_index (copy->duplicates, d);

      g_string_append_printf (text, "%s %s %s ?\n", duplicate->nhs_number, duplicate->desk_id, duplicate->site_id);
    }

  ok = g_file_set_contents_full (target, text->str, (gssize) text->len,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
  explicit_bzero (text->str, text->allocated_len);
  if (ok)
    *path = g_steal_pointer (&target);
  return ok;
}

/* Desk people whose NHS number the site has under another id. */
static gboolean
find_duplicates (Copy    *copy,
                 GError **error)
{
  g_autoptr(PGresult) result =
    admin_site_query (copy->site,
                      "SELECT c.nhs_number, c.id, p.id FROM copy_person c "
                      "JOIN caseload.person p ON p.nhs_number = c.nhs_number AND p.id <> c.id "
                      "ORDER BY c.nhs_number", 0, NULL, error);

  if (result == NULL)
    return FALSE;
  copy->duplicates = g_ptr_array_new_with_free_func ((GDestroyNotify) duplicate_free);
  for (int row = 0; row < PQntuples (result); row++)
    {
      Duplicate *duplicate = g_new0 (Duplicate, 1);

      duplicate->nhs_number = g_strdup (PQgetvalue (result, row, 0));
      duplicate->desk_id = g_strdup (PQgetvalue (result, row, 1));
      duplicate->site_id = g_strdup (PQgetvalue (result, row, 2));
      g_ptr_array_add (copy->duplicates, duplicate);
    }
  return TRUE;
}

/* The decisions, applied to the staged rows: a skipped person and everything about them
 * go; a person the site already has is not copied, and what the desk holds about them is
 * re-pointed to the site's record. */
static gboolean
apply_decisions (Copy    *copy,
                 GError **error)
{
  if (!admin_site_exec (copy->site,
                        "CREATE TEMPORARY TABLE copy_decision (desk_id text PRIMARY KEY, site_id text NOT NULL, "
                        "skip boolean NOT NULL) ON COMMIT DROP", error))
    return FALSE;

  for (guint d = 0; d < copy->duplicates->len; d++)
    {
      Duplicate *duplicate = g_ptr_array_index (copy->duplicates, d);
      const char *skip = g_str_equal (duplicate->decision, "skip") ? "true" : "false";
      const char *params[] = { duplicate->desk_id, duplicate->site_id, skip };
      g_autoptr(PGresult) result = admin_site_query (copy->site,
                                                     "INSERT INTO copy_decision VALUES ($1, $2, $3)",
                                                     3, params, error);

      if (result == NULL)
        return FALSE;
      if (g_str_equal (skip, "true"))
        copy->n_skipped++;
      else
        copy->n_used_site++;
    }

  if (!admin_site_exec (copy->site, "DELETE FROM copy_person WHERE id IN (SELECT desk_id FROM copy_decision)", error))
    return FALSE;
  for (guint t = TABLE_FIRST_ABOUT_PERSON; t < G_N_ELEMENTS (tables); t++)
    {
      g_autofree char *drop = g_strdup_printf ("DELETE FROM copy_%s WHERE person_id IN "
                                               "(SELECT desk_id FROM copy_decision WHERE skip)", tables[t].table);
      g_autofree char *repoint = g_strdup_printf ("UPDATE copy_%s x SET person_id = d.site_id FROM copy_decision d "
                                                  "WHERE x.person_id = d.desk_id AND NOT d.skip", tables[t].table);

      if (!tables[t].about_person)
        continue;
      if (!admin_site_exec (copy->site, drop, error) || !admin_site_exec (copy->site, repoint, error))
        return FALSE;
    }
  /* A person the site already has keeps the site's plan: the desk's versions would
   * number the same. */
  if (!admin_site_exec (copy->site, "DELETE FROM copy_plan WHERE person_id IN (SELECT person_id FROM caseload.plan)",
                        error)
      || !admin_site_exec (copy->site, "DELETE FROM copy_plan_version WHERE person_id IN "
                                       "(SELECT person_id FROM caseload.plan)", error))
    return FALSE;
  /* A pause goes with its referral, and a pathway row with its parent (in this order:
   * a meeting's practitioners and members after the meetings). */
  for (guint i = 0; i < G_N_ELEMENTS (follows); i++)
    {
      g_autofree char *sql = g_strdup_printf ("DELETE FROM copy_%s WHERE %s NOT IN (SELECT %s FROM copy_%s)",
                                              follows[i].table, follows[i].key, follows[i].parent_key,
                                              follows[i].parent);

      if (!admin_site_exec (copy->site, sql, error))
        return FALSE;
    }
  return TRUE;
}

/* The staged rows into the caseload tables; organisations and staff the site already
 * has (the same id) are kept as the site has them. */
static gboolean
move_staged (Copy    *copy,
             GError **error)
{
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      /* Settings by any key (a standard by its urgency); a member or organisation by id only. */
      const char *shared = !tables[t].shared ? "" : t <= TABLE_STAFF ? " ON CONFLICT (id) DO NOTHING"
                                                                     : " ON CONFLICT DO NOTHING";
      g_autofree char *insert = g_strdup_printf ("INSERT INTO caseload.%s (%s) SELECT %s FROM copy_%s%s%s",
                                                 tables[t].table, tables[t].columns, tables[t].columns,
                                                 tables[t].table, shared,
                                                 t == TABLE_STAFF ? " RETURNING username" : "");
      g_autoptr(PGresult) result = admin_site_query (copy->site, insert, 0, NULL, error);

      if (result == NULL)
        return FALSE;
      copy->copied[t] = (guint) g_ascii_strtoull (PQcmdTuples (result), NULL, 10);

      if (t == TABLE_STAFF)
        {
          copy->new_usernames = g_ptr_array_new_with_free_func (g_free);
          for (int row = 0; row < PQntuples (result); row++)
            if (!PQgetisnull (result, row, 0))
              g_ptr_array_add (copy->new_usernames, g_strdup (PQgetvalue (result, row, 0)));
        }
    }

  /* Each new staff member's own database role, with no password yet. */
  for (guint i = 0; i < copy->new_usernames->len; i++)
    {
      const char *params[] = { g_ptr_array_index (copy->new_usernames, i) };
      g_autoptr(PGresult) result = admin_site_query (copy->site, "SELECT caseload.admin_create_role (NULL, $1)",
                                                     1, params, error);

      if (result == NULL)
        return FALSE;
    }
  return TRUE;
}

static gboolean
check_not_copied_before (Copy    *copy,
                         GError **error)
{
  const char *params[] = { copy->source, copy->head_hash };
  gint64 n = run_count (copy->site,
                        "SELECT (SELECT count(*) FROM caseload.audit_import WHERE source = $1) + "
                        "       (SELECT count(*) FROM caseload.audit_event "
                        "        WHERE action = 'import' AND (detail::jsonb ->> 'source' = $1 "
                        "          OR (detail::jsonb ->> 'head' = $2 AND (detail::jsonb ->> 'count')::bigint > 0)))",
                        2, params, error);

  if (n < 0)
    return FALSE;
  if (n > 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                   _("This desk’s database (%s) has already been copied into the site. Nothing was copied again."),
                   copy->source);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_conflicts (Copy    *copy,
                 GError **error)
{
  gint64 same_people;
  g_autoptr(PGresult) usernames = NULL;

  same_people = run_count (copy->site,
                           "SELECT count(*) FROM copy_person c JOIN caseload.person p ON p.id = c.id",
                           0, NULL, error);
  if (same_people < 0)
    return FALSE;
  if (same_people > 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%u person in the desk’s database is already on the site with the same record id: "
                                "was a copy of this database copied before? Nothing was copied.",
                                "%u people in the desk’s database are already on the site with the same record ids: "
                                "was a copy of this database copied before? Nothing was copied.",
                                (gulong) same_people),
                   (guint) same_people);
      return FALSE;
    }

  usernames = admin_site_query (copy->site,
                                "SELECT string_agg (c.username, ', ' ORDER BY c.username) FROM copy_staff c "
                                "JOIN caseload.staff s ON s.username = c.username AND s.id <> c.id",
                                0, NULL, error);
  if (usernames == NULL)
    return FALSE;
  if (!PQgetisnull (usernames, 0, 0))
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                   _("These usernames belong to other staff accounts on the site: %s. Rename the desk’s accounts "
                     "(or the site’s) first. Nothing was copied."), PQgetvalue (usernames, 0, 0));
      return FALSE;
    }
  return TRUE;
}

static gboolean
import_audit (Copy    *copy,
              GError **error)
{
  guint n_rows = 0;
  const char *params[] = { copy->source };
  g_autoptr(PGresult) result = NULL;
  g_autofree char *source_json = caseload_audit_json_string (copy->source);
  g_autofree char *head_json = caseload_audit_json_string (copy->head_hash);
  g_autofree char *detail = NULL;
  const char *append_params[1];

  if (!stage_table (copy, "audit_import", AUDIT_COLUMNS,
                    "SELECT " AUDIT_COLUMNS " FROM audit_event ORDER BY seq", &n_rows, error))
    return FALSE;
  result = admin_site_query (copy->site,
                             "INSERT INTO caseload.audit_import (source, " AUDIT_COLUMNS ") "
                             "SELECT $1, " AUDIT_COLUMNS " FROM copy_audit_import", 1, params, error);
  if (result == NULL)
    return FALSE;
  g_clear_pointer (&result, PQclear);

  detail = g_strdup_printf ("{\"source\":%s,\"head\":%s,\"count\":%" G_GINT64_FORMAT "}",
                            source_json, head_json, copy->n_audit);
  append_params[0] = detail;
  result = admin_site_query (copy->site, "SELECT caseload.audit_append (NULL, 'import', NULL, $1, NULL)",
                             1, append_params, error);
  return result != NULL;
}

static gboolean
set_replica (Copy    *copy,
             GError **error)
{
  g_autoptr(GError) local_error = NULL;

  if (admin_site_exec (copy->site, "SET LOCAL session_replication_role = replica", &local_error))
    return TRUE;

  if (g_error_matches (local_error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION))
    g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION,
                 _("The role in the URI may not set session_replication_role, which the copy needs so that the "
                   "server keeps the desk’s times, authors and versions. Run the copy as a superuser (for example "
                   "postgres), or have one run “GRANT SET ON PARAMETER session_replication_role TO” the site’s "
                   "owner. Nothing was copied."));
  else
    g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

static void
print_summary (Copy *copy)
{
  g_autofree char *display = admin_site_display (copy->options->to);

  g_print (_("Copied %s into %s.\n"), copy->source, display);
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      if (tables[t].shared)
        g_print (_("  %s: %u copied, %u already on the site\n"), _(tables[t].label),
                 copy->copied[t], copy->staged[t] - copy->copied[t]);
      else
        g_print (_("  %s: %u\n"), _(tables[t].label), copy->copied[t]);
    }
  if (copy->n_used_site > 0 || copy->n_skipped > 0)
    g_print (_("  People already on the site: %u matched to the site’s record, %u left on the desk\n"),
             copy->n_used_site, copy->n_skipped);
  g_print (_("  Audit events: %" G_GINT64_FORMAT ", kept as “%s” and recorded by an import event\n"),
           copy->n_audit, copy->source);

  if (copy->new_usernames->len > 0)
    {
      g_print (_("A database role was created for each copied staff member. Passwords are not copied: "
                 "give each a new one before they sign in:\n"));
      for (guint i = 0; i < copy->new_usernames->len; i++)
        g_print ("  caseload-admin --database %s staff reset-password %s\n",
                 display, (const char *) g_ptr_array_index (copy->new_usernames, i));
    }
}

gboolean
admin_copy_run (const AdminCopyOptions  *options,
                GError                 **error)
{
  g_auto(Copy) copy = { .options = options };

  if (!open_desk (&copy, error))
    return FALSE;

  copy.site = admin_site_connect (options->to, error);
  if (copy.site == NULL)
    return FALSE;

  /* Everything below in one transaction: on any failure the connection closes with it
   * open, and the server rolls it back. */
  if (!admin_site_exec (copy.site, "BEGIN", error) ||
      !set_replica (&copy, error) ||
      !check_not_copied_before (&copy, error))
    return FALSE;

  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    if (!stage_table (&copy, tables[t].table, tables[t].columns, tables[t].desk_select, &copy.staged[t], error))
      return FALSE;

  if (!check_conflicts (&copy, error) || !find_duplicates (&copy, error))
    return FALSE;

  if (copy.duplicates->len > 0)
    {
      if (options->decisions == NULL)
        {
          g_autofree char *path = NULL;

          if (!write_decisions_template (&copy, &path, error))
            return FALSE;
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                       g_dngettext (GETTEXT_PACKAGE,
                                    "%u person in the desk’s database is already on the site under another record "
                                    "(the same NHS number). Nothing was copied. Decide for them in %s, then run the "
                                    "copy again with --decisions %s.",
                                    "%u people in the desk’s database are already on the site under other records "
                                    "(the same NHS numbers). Nothing was copied. Decide for each in %s, then run the "
                                    "copy again with --decisions %s.", copy.duplicates->len),
                       copy.duplicates->len, path, path);
          return FALSE;
        }
      if (!read_decisions (&copy, error))
        return FALSE;
    }

  if (!apply_decisions (&copy, error) ||
      !move_staged (&copy, error))
    return FALSE;

  /* Who may see each copied person, and each site person who gained entries. */
  if (!admin_site_exec (copy.site,
                        "SELECT caseload.refresh_access (id) FROM "
                        "(SELECT id FROM copy_person UNION SELECT site_id FROM copy_decision WHERE NOT skip) s",
                        error))
    return FALSE;

  if (!import_audit (&copy, error) ||
      !admin_site_exec (copy.site, "COMMIT", error))
    return FALSE;

  print_summary (&copy);
  return TRUE;
}
