/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "caseload-attendance.h"
#include "caseload-error.h"
#include "caseload-open-dialogue.h"
#include "caseload-property.h"
#include "caseload-reinforcer.h"
#include "caseload-stepps.h"
#include "caseload-store-postgresql-private.h"
#include "caseload-validate.h"
#include "caseload-validate-pathway.h"

/*
 * STEPPS groups and Open Dialogue on the shared site (schema 6), and read_pathways.
 * Row-level security (0006-pathways.sql) decides who sees and writes what: cohorts, their
 * facilitators and sessions are the team's; participants, attendance and reinforcers, and
 * Open Dialogue episodes and meetings, are seen with the person and written by staff who
 * may add to the person's record. The server stamps who, for which organisation and when,
 * counts the versions, keeps each row's person key and audits every change (ids, dates
 * and codes, never names or text). This side checks (caseload-validate-pathway.h), keeps
 * the session calendar, a cohort's end and an episode's first meeting, and checks the
 * version a record was read at.
 */

/* $1: today (an ISO date). Participants are counted whoever may see them
 * (cohort_members ()); the programme, read by its code, is the last column. */
#define COHORT_SELECT \
  "SELECT c.id, c.name, c.n_sessions, c.session_minutes, c.venue, c.start_on, c.end_on, c.completion_percent, " \
  "  c.version, c.created_at, " \
  "  (SELECT count(*) FROM caseload.cohort_members (c.id) m WHERE m.left_on IS NULL), " \
  "  (SELECT min (ss.held_on) FROM stepps_session ss WHERE ss.cohort_id = c.id AND ss.held_on >= $1), " \
  "  (SELECT string_agg (s.display_name || ' (' || o.name || ')', ', ' ORDER BY s.display_name, s.id) " \
  "     FROM stepps_facilitator f JOIN staff s ON s.id = f.staff_id JOIN organisation o ON o.id = s.organisation_id " \
  "     WHERE f.cohort_id = c.id), " \
  "  c.programme " \
  "FROM stepps_cohort c "
static const char * const cohort_columns[] = {
  "id", "name", "n-sessions", "session-minutes", "venue", "start-on", "end-on", "completion-percent", "version",
  "created-at", "n-participants", "next-session-on", "facilitator-names", NULL
};
#define COHORT_PROGRAMME_COLUMN 13

/* The person "p" as caseload_person_get_display_name() shows them. */
#define PERSON_NAME \
  "(p.given_name || CASE WHEN p.preferred_name IS NOT NULL AND p.preferred_name <> p.given_name " \
  "  THEN ' (' || p.preferred_name || ')' ELSE '' END || ' ' || p.family_name)"

/* $1: today. */
#define PARTICIPANT_SELECT \
  "SELECT sp.id, sp.cohort_id, sp.person_id, " PERSON_NAME ", sp.joined_on, sp.left_on, sp.version, c.name, " \
  "  (SELECT min (ss.held_on) FROM stepps_session ss WHERE ss.cohort_id = c.id AND ss.held_on >= $1), c.end_on " \
  "FROM stepps_participant sp JOIN person p ON p.id = sp.person_id JOIN stepps_cohort c ON c.id = sp.cohort_id "
static const char * const participant_columns[] = {
  "id", "cohort-id", "person-id", "person-name", "joined-on", "left-on", "version", "cohort-name",
  "cohort-next-session-on", "cohort-end-on", NULL
};

#define REINFORCER_SELECT \
  "SELECT r.id, r.participant_id, r.network_member_id, r.name, r.role, r.professional, r.summary_given_on " \
  "FROM stepps_reinforcer r "
static const char * const reinforcer_columns[] = {
  "id", "participant-id", "network-member-id", "name", "role", "professional", "summary-given-on", NULL
};

#define SESSION_SELECT \
  "SELECT ss.id, ss.cohort_id, ss.number, ss.held_on, ss.topic, ss.notes, ss.version FROM stepps_session ss "
static const char * const session_columns[] = {
  "id", "cohort-id", "number", "held-on", "topic", "notes", "version", NULL
};

#define ATTENDANCE_SELECT \
  "SELECT a.session_id, a.participant_id, a.status, a.intensity, a.best_total IS NOT NULL, a.best_total " \
  "FROM stepps_attendance a JOIN stepps_session ss ON ss.id = a.session_id "
static const char * const attendance_columns[] = {
  "session-id", "participant-id", "status", "intensity", "has-best", "best-total", NULL
};

#define EPISODE_SELECT \
  "SELECT e.id, e.person_id, e.start_kind, e.referral_id, e.contact_at, e.responsible_id, rs.display_name, " \
  "  e.first_meeting_at, e.ended_on, e.end_note, e.version, s.display_name, e.created_at " \
  "FROM od_episode e JOIN staff s ON s.id = e.recorded_by LEFT JOIN staff rs ON rs.id = e.responsible_id "
static const char * const episode_columns[] = {
  "id", "person-id", "start-kind", "referral-id", "contact-at", "responsible-id", "responsible-name",
  "first-meeting-at", "ended-on", "end-note", "version", "recorded-by-name", "created-at", NULL
};

#define MEETING_SELECT \
  "SELECT m.id, m.episode_id, m.held_at, m.place, m.person_present, m.decisions, m.notes, m.version, " \
  "  s.display_name, m.created_at " \
  "FROM od_meeting m JOIN staff s ON s.id = m.recorded_by "
static const char * const meeting_columns[] = {
  "id", "episode-id", "held-at", "place", "person-present", "decisions", "notes", "version", "recorded-by-name",
  "created-at", NULL
};

#define MEMBER_SELECT \
  "SELECT mm.network_member_id, mm.name, mm.relationship, mm.relationship_detail FROM od_meeting_member mm "
static const char * const member_columns[] = {
  "id", "name", "relationship", "relationship-detail", NULL
};

/* The staff of a cohort, an episode's core team and a meeting's practitioners, by name. */
#define FACILITATORS_SQL \
  PG_STAFF_SELECT "JOIN stepps_facilitator x ON x.staff_id = s.id WHERE x.cohort_id = $1 ORDER BY s.display_name, s.id"
#define CORE_TEAM_SQL \
  PG_STAFF_SELECT "JOIN od_core_member x ON x.staff_id = s.id WHERE x.episode_id = $1 ORDER BY s.display_name, s.id"
#define PRACTITIONERS_SQL \
  PG_STAFF_SELECT "JOIN od_meeting_practitioner x ON x.staff_id = s.id WHERE x.meeting_id = $1 " \
  "ORDER BY s.display_name, s.id"

static const char *
text_or_null (const char *text)
{
  return text != NULL && *text != '\0' ? text : NULL;
}

static void
today_iso (CaseloadStorePostgresql *self,
           char                     iso[16])
{
  GDate today;

  caseload_clock_today (self->clock, &today);
  g_date_strftime (iso, 16, "%Y-%m-%d", &today);
}

static gboolean
refuse (const char  *field,
        const char  *message,
        GError     **error)
{
  g_autoptr(GPtrArray) problems = caseload_field_errors_new ();

  caseload_field_errors_add (problems, field, message);
  return !caseload_field_errors_to_error (problems, error);
}

/* Adds @checked (a check's answer, taken) to @problems. */
static void
take_problems (GPtrArray *problems,
               GPtrArray *checked)
{
  g_autoptr(GPtrArray) owned = checked;

  for (guint i = 0; i < owned->len; i++)
    {
      CaseloadFieldError *problem = g_ptr_array_index (owned, i);

      caseload_field_errors_add (problems, problem->field, problem->message);
    }
}

/* The rows of @sql ($1 @a, $2 @b; @n_params of them) as @type objects appended to @into. */
static gboolean
read_rows (CaseloadStorePostgresql  *self,
           const char               *sql,
           int                       n_params,
           const char               *a,
           const char               *b,
           GType                     type,
           const char * const       *columns,
           GPtrArray                *into,
           GError                  **error)
{
  const char *params[] = { a, b };
  g_autoptr(PGresult) result = pg_query (self, sql, n_params, params, error);

  if (result == NULL)
    return FALSE;
  for (int i = 0; i < PQntuples (result); i++)
    g_ptr_array_add (into, pg_read_object (result, i, type, columns));
  return TRUE;
}

/* The one row of @sql ($1 @a, $2 @b) as a @type, or NOT_FOUND saying @missing. */
static gpointer
read_one (CaseloadStorePostgresql  *self,
          const char               *sql,
          int                       n_params,
          const char               *a,
          const char               *b,
          GType                     type,
          const char * const       *columns,
          const char               *missing,
          GError                  **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);

  if (!read_rows (self, sql, n_params, a, b, type, columns, rows, error))
    return NULL;
  if (rows->len == 0)
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND, missing);
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (rows, 0));
}

static gboolean
run (CaseloadStorePostgresql  *self,
     const char               *sql,
     int                       n_params,
     const char * const       *params,
     GError                  **error)
{
  g_autoptr(PGresult) result = pg_query (self, sql, n_params, params, error);

  return result != NULL;
}

/* One save in one transaction: @save (with @data) writes @record and reads back what was
 * stored into @saved. On failure nothing was saved, and @record keeps the id it came
 * with (a new record none). */
typedef gboolean (*SaveLocked) (CaseloadStorePostgresql  *self,
                                const PgActor            *info,
                                gpointer                  record,
                                gpointer                  data,
                                GObject                 **saved,
                                GError                  **error);

static gpointer
save_record (CaseloadStore  *store,
             CaseloadStaff  *actor,
             SaveLocked      save,
             gpointer        record,
             gpointer        data,
             GError        **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_autoptr(GObject) saved = NULL;
  g_autofree char *old_id = NULL;
  g_auto(PgActor) info = { 0 };
  gboolean ok;

  g_object_get (record, "id", &old_id, NULL);
  if (!pg_begin (self, actor, error))
    return NULL;
  ok = pg_acting (self, actor, &info, error) && save (self, &info, record, data, &saved, error);
  if (!pg_end (self, ok, ok ? error : NULL) || !ok)
    {
      g_object_set (record, "id", old_id, NULL);
      return NULL;
    }
  caseload_property_copy_all (saved, record);
  return g_steal_pointer (&saved);
}

/* Staff */

static gboolean
read_staff_list (CaseloadStorePostgresql  *self,
                 const char               *sql,
                 const char               *key,
                 GPtrArray                *into,
                 GError                  **error)
{
  g_autoptr(PGresult) result = pg_query (self, sql, 1, (const char *[]) { key }, error);

  if (result == NULL)
    return FALSE;
  for (int i = 0; i < PQntuples (result); i++)
    g_ptr_array_add (into, pg_read_staff (result, i));
  return TRUE;
}

/* Replaces the staff a caller chose in @staff with the site's records of them (their
 * organisations as the site has them); someone the site does not know is a problem on
 * @field. */
static gboolean
resolve_staff (CaseloadStorePostgresql  *self,
               GPtrArray                *staff,
               const char               *field,
               GPtrArray                *problems,
               GError                  **error)
{
  for (guint i = 0; i < staff->len; i++)
    {
      const char *id = caseload_staff_get_id (g_ptr_array_index (staff, i));
      g_autoptr(PGresult) result = NULL;

      if (id != NULL)
        {
          result = pg_query (self, PG_STAFF_SELECT "WHERE s.id = $1", 1, (const char *[]) { id }, error);
          if (result == NULL)
            return FALSE;
        }
      if (result == NULL || PQntuples (result) == 0)
        {
          caseload_field_errors_add (problems, field, _("Choose each member of staff from the team’s list."));
          return TRUE;
        }
      g_object_unref (g_ptr_array_index (staff, i));
      g_ptr_array_index (staff, i) = pg_read_staff (result, 0);
    }
  return TRUE;
}

/* Deletes the rows of @delete_sql ($1 @key), then inserts ($1 @key, $2 staff id) with
 * @insert_sql for each of @staff. */
static gboolean
replace_staff (CaseloadStorePostgresql  *self,
               const char               *delete_sql,
               const char               *insert_sql,
               const char               *key,
               GPtrArray                *staff,
               GError                  **error)
{
  if (!run (self, delete_sql, 1, (const char *[]) { key }, error))
    return FALSE;
  for (guint i = 0; i < staff->len; i++)
    if (!run (self, insert_sql, 2, (const char *[]) { key, caseload_staff_get_id (g_ptr_array_index (staff, i)) },
              error))
      return FALSE;
  return TRUE;
}

static void
take_objects (GPtrArray *to,
              GPtrArray *from)
{
  g_ptr_array_set_size (to, 0);
  for (guint i = 0; i < from->len; i++)
    g_ptr_array_add (to, g_object_ref (g_ptr_array_index (from, i)));
}

/* Cohorts */

/* The cohort rows of COHORT_SELECT @where ($1 today, $2 @key). */
static gboolean
read_cohorts (CaseloadStorePostgresql  *self,
              const char               *where,
              const char               *key,
              GPtrArray                *into,
              GError                  **error)
{
  g_autofree char *sql = g_strconcat (COHORT_SELECT, where, NULL);
  char today[16];
  g_autoptr(PGresult) result = NULL;

  today_iso (self, today);
  result = pg_query (self, sql, 2, (const char *[]) { today, key }, error);
  if (result == NULL)
    return FALSE;
  for (int i = 0; i < PQntuples (result); i++)
    {
      CaseloadCohort *cohort = pg_read_object (result, i, CASELOAD_TYPE_COHORT, cohort_columns);
      CaseloadSteppsProgramme programme;

      if (caseload_stepps_programme_from_code (pg_text (result, i, COHORT_PROGRAMME_COLUMN), &programme))
        caseload_cohort_set_programme (cohort, programme);
      g_ptr_array_add (into, cohort);
    }
  return TRUE;
}

/* The cohort row alone (with its facilitators), or NOT_FOUND. */
static CaseloadCohort *
get_cohort_row (CaseloadStorePostgresql  *self,
                const char               *id,
                GError                  **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  CaseloadCohort *cohort;

  if (!read_cohorts (self, "WHERE c.id = $2", id, rows, error))
    return NULL;
  if (rows->len == 0)
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND, _("This group is not in the database."));
      return NULL;
    }
  cohort = g_object_ref (g_ptr_array_index (rows, 0));
  if (!read_staff_list (self, FACILITATORS_SQL, id, caseload_cohort_get_facilitators (cohort), error))
    g_clear_object (&cohort);
  return cohort;
}

static gboolean
read_reinforcers (CaseloadStorePostgresql    *self,
                  CaseloadCohortParticipant  *participant,
                  GError                    **error)
{
  GPtrArray *reinforcers = caseload_cohort_participant_get_reinforcers (participant);

  g_ptr_array_set_size (reinforcers, 0);
  return read_rows (self, REINFORCER_SELECT "WHERE r.participant_id = $1 ORDER BY r.professional, lower (r.name), r.id",
                    1, caseload_cohort_participant_get_id (participant), NULL, CASELOAD_TYPE_REINFORCER,
                    reinforcer_columns, reinforcers, error);
}

/* Participants (with their reinforcers) of PARTICIPANT_SELECT @where ($1 today, $2 @key). */
static gboolean
read_participants (CaseloadStorePostgresql  *self,
                   const char               *where,
                   const char               *key,
                   GPtrArray                *into,
                   GError                  **error)
{
  g_autofree char *sql = g_strconcat (PARTICIPANT_SELECT, where, NULL);
  guint first = into->len;
  char today[16];

  today_iso (self, today);
  if (!read_rows (self, sql, 2, today, key, CASELOAD_TYPE_COHORT_PARTICIPANT, participant_columns, into, error))
    return FALSE;
  for (guint i = first; i < into->len; i++)
    if (!read_reinforcers (self, g_ptr_array_index (into, i), error))
      return FALSE;
  return TRUE;
}

/* A cohort with its facilitators, sessions, and the participants (with reinforcers) and
 * attendance the actor may see (row-level security leaves out the rest). */
static CaseloadCohort *
get_cohort_locked (CaseloadStorePostgresql  *self,
                   const char               *id,
                   GError                  **error)
{
  g_autoptr(CaseloadCohort) cohort = get_cohort_row (self, id, error);

  if (cohort == NULL
      || !read_rows (self, SESSION_SELECT "WHERE ss.cohort_id = $1 ORDER BY ss.number", 1, id, NULL,
                     CASELOAD_TYPE_COHORT_SESSION, session_columns, caseload_cohort_get_sessions (cohort), error)
      || !read_participants (self, "WHERE sp.cohort_id = $2 ORDER BY lower (p.given_name), lower (p.family_name), sp.id",
                             id, caseload_cohort_get_participants (cohort), error)
      || !read_rows (self, ATTENDANCE_SELECT "WHERE ss.cohort_id = $1 ORDER BY ss.number, a.participant_id", 1, id,
                     NULL, CASELOAD_TYPE_ATTENDANCE, attendance_columns, caseload_cohort_get_attendance (cohort),
                     error))
    return NULL;
  return g_steal_pointer (&cohort);
}

static GPtrArray *
caseload_store_postgresql_list_cohorts (CaseloadStore  *store,
                                        CaseloadStaff  *actor,
                                        gboolean        include_finished,
                                        GError        **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_autoptr(GPtrArray) cohorts = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(PgActor) info = { 0 };
  gboolean ok;

  if (!pg_begin (self, actor, error))
    return NULL;
  ok = pg_acting (self, actor, &info, error)
       && read_cohorts (self, "WHERE $2::boolean OR c.end_on >= $1 ORDER BY c.start_on DESC, c.created_at DESC, c.id",
                        include_finished ? "true" : "false", cohorts, error);
  for (guint i = 0; ok && i < cohorts->len; i++)
    {
      CaseloadCohort *cohort = g_ptr_array_index (cohorts, i);

      ok = read_staff_list (self, FACILITATORS_SQL, caseload_cohort_get_id (cohort),
                            caseload_cohort_get_facilitators (cohort), error);
    }
  if (!pg_end (self, ok, ok ? error : NULL) || !ok)
    return NULL;
  return g_steal_pointer (&cohorts);
}

static CaseloadCohort *
caseload_store_postgresql_get_cohort (CaseloadStore  *store,
                                      CaseloadStaff  *actor,
                                      const char     *id,
                                      GError        **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_autoptr(CaseloadCohort) cohort = NULL;
  g_auto(PgActor) info = { 0 };
  gboolean ok;

  if (!pg_begin (self, actor, error))
    return NULL;
  ok = pg_acting (self, actor, &info, error) && (cohort = get_cohort_locked (self, id, error)) != NULL;
  if (!pg_end (self, ok, ok ? error : NULL) || !ok)
    return NULL;
  return g_steal_pointer (&cohort);
}

/* The session calendar of @cohort from its start date: sessions 1…n-sessions exist (new
 * ones with their topic), and with @redate the sessions without attendance take their
 * weekly date. Sessions after the last go, unless attendance was recorded at them
 * (whoever it was for: cohort_recorded_sessions ()). */
static gboolean
write_calendar (CaseloadStorePostgresql  *self,
                CaseloadCohort           *cohort,
                gboolean                  redate,
                GError                  **error)
{
  const char *id = caseload_cohort_get_id (cohort);
  int n = caseload_cohort_get_n_sessions (cohort);
  g_auto(GStrv) dates = caseload_stepps_calendar (caseload_cohort_get_start_on (cohort), n);
  const char *const *topics = caseload_stepps_topics ();
  guint n_topics = topics != NULL ? g_strv_length ((char **) topics) : 0;
  g_autofree char *count = g_strdup_printf ("%d", n);
  g_autoptr(PGresult) recorded = NULL;

  if (dates == NULL)
    return refuse ("start-on", _("Enter the date of the first session."), error);

  recorded = pg_query (self, "SELECT max (r.number) FROM caseload.cohort_recorded_sessions ($1) r "
                             "WHERE r.number > $2::integer", 2, (const char *[]) { id, count }, error);
  if (recorded == NULL)
    return FALSE;
  if (pg_text (recorded, 0, 0) != NULL)
    {
      int last = (int) pg_int (recorded, 0, 0);
      g_autofree char *message =
        g_strdup_printf (_("Session %d already has attendance recorded, so the group needs at least %d sessions."),
                         last, last);

      return refuse ("n-sessions", message, error);
    }
  if (!run (self, "DELETE FROM stepps_session WHERE cohort_id = $1 AND number > $2::integer", 2,
            (const char *[]) { id, count }, error))
    return FALSE;

  for (int i = 0; i < n; i++)
    {
      g_autofree char *number = g_strdup_printf ("%d", i + 1);
      const char *params[] = { id, number, dates[i], (guint) i < n_topics ? topics[i] : NULL };

      if (!run (self, "INSERT INTO stepps_session (id, cohort_id, number, held_on, topic, version) "
                      "VALUES (gen_random_uuid ()::text, $1, $2::integer, $3, $4, 1) "
                      "ON CONFLICT (cohort_id, number) DO NOTHING", 4, params, error))
        return FALSE;
      if (redate
          && !run (self, "UPDATE stepps_session SET held_on = $3 "
                         "WHERE cohort_id = $1 AND number = $2::integer AND held_on <> $3 "
                         "  AND number NOT IN (SELECT r.number FROM caseload.cohort_recorded_sessions ($1) r)",
                   3, params, error))
        return FALSE;
    }
  return TRUE;
}

/* The cohort's "end-on" follows its last session (bookkeeping: no new version). */
static gboolean
update_end_on (CaseloadStorePostgresql  *self,
               const char               *cohort_id,
               GError                  **error)
{
  return run (self, "UPDATE stepps_cohort c SET end_on = x.last FROM (SELECT coalesce (max (ss.held_on), "
                    "  (SELECT start_on FROM stepps_cohort WHERE id = $1)) AS last "
                    "  FROM stepps_session ss WHERE ss.cohort_id = $1) x "
                    "WHERE c.id = $1 AND c.end_on IS DISTINCT FROM x.last", 1, (const char *[]) { cohort_id }, error);
}

static gboolean
write_cohort (CaseloadStorePostgresql  *self,
              const PgActor            *info,
              CaseloadCohort           *cohort,
              GError                  **error)
{
  g_autoptr(GPtrArray) problems = caseload_field_errors_new ();
  g_autoptr(CaseloadCohort) before = NULL;
  g_autoptr(PGresult) result = NULL;
  g_autofree char *id = g_strdup (caseload_cohort_get_id (cohort));
  g_autofree char *n_sessions = g_strdup_printf ("%d", caseload_cohort_get_n_sessions (cohort));
  g_autofree char *minutes = g_strdup_printf ("%d", caseload_cohort_get_session_minutes (cohort));
  g_autofree char *percent = g_strdup_printf ("%d", caseload_cohort_get_completion_percent (cohort));
  g_autofree char *version = g_strdup_printf ("%d", caseload_cohort_get_version (cohort));
  gboolean creating = id == NULL;

  if (!resolve_staff (self, caseload_cohort_get_facilitators (cohort), "facilitators", problems, error))
    return FALSE;
  if (problems->len == 0)
    take_problems (problems, caseload_cohort_check (cohort));
  if (caseload_field_errors_to_error (problems, error))
    return FALSE;

  if (creating)
    id = g_uuid_string_random ();
  else if ((before = get_cohort_row (self, id, error)) == NULL)
    return FALSE;

  {
    const char *params[] = {
      id, caseload_cohort_get_name (cohort),
      caseload_stepps_programme_to_code (caseload_cohort_get_programme (cohort)), n_sessions, minutes,
      text_or_null (caseload_cohort_get_venue (cohort)), caseload_cohort_get_start_on (cohort), percent,
      creating ? info->organisation_id : version, info->staff_id,
    };

    if (creating)
      result = pg_query (self,
                         "INSERT INTO stepps_cohort (id, name, programme, n_sessions, session_minutes, venue, start_on, "
                         "  end_on, completion_percent, version, organisation_id, created_by, created_at) "
                         "VALUES ($1, $2, $3, $4::integer, $5::integer, $6, $7, $7, $8::integer, 1, $9, $10, "
                         "  caseload.now_text ()) RETURNING id", 10, params, error);
    else
      result = pg_query (self,
                         "UPDATE stepps_cohort SET name = $2, programme = $3, n_sessions = $4::integer, "
                         "  session_minutes = $5::integer, venue = $6, start_on = $7, completion_percent = $8::integer "
                         "WHERE id = $1 AND version = $9::integer RETURNING id", 9, params, error);
  }
  if (!pg_changed_one (self, result, "SELECT 1 FROM stepps_cohort WHERE id = $1", id, error))
    return FALSE;

  caseload_cohort_set_id (cohort, id);
  return write_calendar (self, cohort,
                         !creating && g_strcmp0 (caseload_cohort_get_start_on (before),
                                                 caseload_cohort_get_start_on (cohort)) != 0, error)
         && update_end_on (self, id, error)
         && replace_staff (self, "DELETE FROM stepps_facilitator WHERE cohort_id = $1",
                           "INSERT INTO stepps_facilitator (cohort_id, staff_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                           id, caseload_cohort_get_facilitators (cohort), error);
}

static gboolean
save_cohort_locked (CaseloadStorePostgresql  *self,
                    const PgActor            *info,
                    gpointer                  cohort,
                    gpointer                  data,
                    GObject                 **saved,
                    GError                  **error)
{
  return write_cohort (self, info, cohort, error)
         && (*saved = G_OBJECT (get_cohort_locked (self, caseload_cohort_get_id (cohort), error))) != NULL;
}

static gboolean
caseload_store_postgresql_save_cohort (CaseloadStore   *store,
                                       CaseloadStaff   *actor,
                                       CaseloadCohort  *cohort,
                                       GError         **error)
{
  g_autoptr(CaseloadCohort) saved = save_record (store, actor, save_cohort_locked, cohort, NULL, error);

  if (saved == NULL)
    return FALSE;
  take_objects (caseload_cohort_get_sessions (cohort), caseload_cohort_get_sessions (saved));
  return TRUE;
}

/* Sessions and attendance */

static CaseloadCohortSession *
find_session (CaseloadStorePostgresql  *self,
              CaseloadCohortSession    *session,
              GError                  **error)
{
  g_autofree char *number = g_strdup_printf ("%d", caseload_cohort_session_get_number (session));
  const char *params[] = {
    text_or_null (caseload_cohort_session_get_id (session)), caseload_cohort_session_get_cohort_id (session), number,
  };
  g_autoptr(PGresult) result = pg_query (self, SESSION_SELECT "WHERE ss.id = $1 OR ($1::text IS NULL "
                                                              "  AND ss.cohort_id = $2 AND ss.number = $3::integer)",
                                         3, params, error);

  if (result == NULL)
    return NULL;
  if (PQntuples (result) == 0)
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                           _("This session is not in the group’s calendar."));
      return NULL;
    }
  return pg_read_object (result, 0, CASELOAD_TYPE_COHORT_SESSION, session_columns);
}

/* The cohort of @session to check it against: its row and sessions, and every
 * participant (ids only, whoever may see them). */
static CaseloadCohort *
cohort_for_check (CaseloadStorePostgresql  *self,
                  const char               *cohort_id,
                  GError                  **error)
{
  g_autoptr(CaseloadCohort) cohort = get_cohort_row (self, cohort_id, error);
  static const char * const member_ids[] = { "id", "person-id", "left-on", NULL };

  if (cohort == NULL
      || !read_rows (self, SESSION_SELECT "WHERE ss.cohort_id = $1 ORDER BY ss.number", 1, cohort_id, NULL,
                     CASELOAD_TYPE_COHORT_SESSION, session_columns, caseload_cohort_get_sessions (cohort), error)
      || !read_rows (self, "SELECT m.id, m.person_id, m.left_on FROM caseload.cohort_members ($1) m ORDER BY m.id",
                     1, cohort_id, NULL, CASELOAD_TYPE_COHORT_PARTICIPANT, member_ids,
                     caseload_cohort_get_participants (cohort), error))
    return NULL;
  for (guint i = 0; i < caseload_cohort_get_participants (cohort)->len; i++)
    caseload_cohort_participant_set_cohort_id (g_ptr_array_index (caseload_cohort_get_participants (cohort), i),
                                               cohort_id);
  return g_steal_pointer (&cohort);
}

static CaseloadCohortParticipant *
find_participant (CaseloadCohort *cohort,
                  const char     *participant_id)
{
  GPtrArray *participants = caseload_cohort_get_participants (cohort);

  for (guint i = 0; i < participants->len; i++)
    if (g_strcmp0 (caseload_cohort_participant_get_id (g_ptr_array_index (participants, i)), participant_id) == 0)
      return g_ptr_array_index (participants, i);
  return NULL;
}

/* The participants whose records the actor may add to (their ids into @writable); a mark
 * in @attendance for anyone else is refused with the reason, and someone marked twice
 * beside their attendance. */
static gboolean
writable_participants (CaseloadStorePostgresql  *self,
                       const PgActor            *info,
                       CaseloadCohort           *cohort,
                       GPtrArray                *attendance,
                       GHashTable               *writable,
                       GError                  **error)
{
  GPtrArray *participants = caseload_cohort_get_participants (cohort);
  g_autoptr(GHashTable) marked = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < attendance->len; i++)
    {
      const char *participant_id = caseload_attendance_get_participant_id (g_ptr_array_index (attendance, i));

      if (participant_id != NULL && !g_hash_table_add (marked, (gpointer) participant_id))
        {
          g_autofree char *field = g_strconcat ("attendance:", participant_id, NULL);

          return refuse (field, _("This person’s attendance is given twice: keep one."), error);
        }
    }
  for (guint i = 0; i < participants->len; i++)
    {
      CaseloadCohortParticipant *participant = g_ptr_array_index (participants, i);
      CaseloadAccess access;

      if (!pg_decide_access (self, info, caseload_cohort_participant_get_person_id (participant), &access, NULL, error))
        return FALSE;
      if (access.may_view && access.may_add)
        g_hash_table_add (writable, (gpointer) caseload_cohort_participant_get_id (participant));
    }
  for (guint i = 0; i < attendance->len; i++)
    {
      const char *participant_id = caseload_attendance_get_participant_id (g_ptr_array_index (attendance, i));
      CaseloadCohortParticipant *participant = find_participant (cohort, participant_id);

      if (g_hash_table_contains (writable, participant_id))
        continue;
      if (pg_require_access (self, info, caseload_cohort_participant_get_person_id (participant), TRUE, error))
        g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION,
                             _("You may not record attendance for everyone in this group."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_session (CaseloadStorePostgresql  *self,
               const PgActor            *info,
               CaseloadCohortSession    *session,
               GPtrArray                *attendance,
               GError                  **error)
{
  g_autoptr(CaseloadCohortSession) stored = find_session (self, session, error);
  g_autoptr(CaseloadCohort) cohort = NULL;
  g_autoptr(GHashTable) writable = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(PGresult) result = NULL;
  g_autofree char *version = NULL;
  const char *id;

  if (stored == NULL)
    return FALSE;
  id = caseload_cohort_session_get_id (stored);
  caseload_cohort_session_set_id (session, id);
  caseload_cohort_session_set_cohort_id (session, caseload_cohort_session_get_cohort_id (stored));
  caseload_cohort_session_set_number (session, caseload_cohort_session_get_number (stored));

  cohort = cohort_for_check (self, caseload_cohort_session_get_cohort_id (stored), error);
  if (cohort == NULL)
    return FALSE;
  {
    g_autoptr(GPtrArray) problems = caseload_cohort_session_check (cohort, session, attendance);

    if (caseload_field_errors_to_error (problems, error))
      return FALSE;
  }
  if (!writable_participants (self, info, cohort, attendance, writable, error))
    return FALSE;

  version = g_strdup_printf ("%d", caseload_cohort_session_get_version (session));
  result = pg_query (self, "UPDATE stepps_session SET held_on = $2, topic = $3, notes = $4 "
                           "WHERE id = $1 AND version = $5::integer RETURNING version", 5,
                     (const char *[]) { id, caseload_cohort_session_get_held_on (session),
                                        text_or_null (caseload_cohort_session_get_topic (session)),
                                        text_or_null (caseload_cohort_session_get_notes (session)), version },
                     error);
  if (!pg_changed_one (self, result, "SELECT 1 FROM stepps_session WHERE id = $1", id, error))
    return FALSE;

  /* The attendance of the people the actor may add to is replaced. */
  {
    GHashTableIter iter;
    gpointer participant_id;

    g_hash_table_iter_init (&iter, writable);
    while (g_hash_table_iter_next (&iter, &participant_id, NULL))
      if (!run (self, "DELETE FROM stepps_attendance WHERE session_id = $1 AND participant_id = $2", 2,
                (const char *[]) { id, participant_id }, error))
        return FALSE;
  }
  for (guint i = 0; i < attendance->len; i++)
    {
      CaseloadAttendance *mark = g_ptr_array_index (attendance, i);
      int intensity = caseload_attendance_get_intensity (mark);
      g_autofree char *intensity_text = intensity > 0 ? g_strdup_printf ("%d", intensity) : NULL;
      g_autofree char *best = caseload_attendance_get_has_best (mark)
                              ? g_strdup_printf ("%d", caseload_attendance_get_best_total (mark)) : NULL;
      const char *params[] = {
        id, caseload_attendance_get_participant_id (mark),
        caseload_attendance_status_to_code (caseload_attendance_get_status (mark)), intensity_text, best,
        info->staff_id,
      };

      caseload_attendance_set_session_id (mark, id);
      if (!run (self, "INSERT INTO stepps_attendance (session_id, participant_id, person_pk, status, intensity, "
                      "  best_total, recorded_by, recorded_at) "
                      "SELECT $1, sp.id, sp.person_pk, $3, $4::integer, $5::integer, $6, caseload.now_text () "
                      "FROM stepps_participant sp WHERE sp.id = $2", 6, params, error))
        return FALSE;
    }
  return update_end_on (self, caseload_cohort_session_get_cohort_id (stored), error);
}

static gboolean
save_session_locked (CaseloadStorePostgresql  *self,
                     const PgActor            *info,
                     gpointer                  session,
                     gpointer                  attendance,
                     GObject                 **saved,
                     GError                  **error)
{
  return write_session (self, info, session, attendance, error)
         && (*saved = G_OBJECT (find_session (self, session, error))) != NULL;
}

static gboolean
caseload_store_postgresql_save_cohort_session (CaseloadStore          *store,
                                               CaseloadStaff          *actor,
                                               CaseloadCohortSession  *session,
                                               GPtrArray              *attendance,
                                               GError                **error)
{
  g_autoptr(CaseloadCohortSession) saved = save_record (store, actor, save_session_locked, session, attendance,
                                                         error);

  return saved != NULL;
}

/* Participants */

/* A participant's own rules: real dates, in order, and a reinforcement team with names. */
static void
check_participant (CaseloadCohortParticipant *participant,
                   GPtrArray                 *problems)
{
  GPtrArray *reinforcers = caseload_cohort_participant_get_reinforcers (participant);
  const char *joined_on = text_or_null (caseload_cohort_participant_get_joined_on (participant));
  const char *left_on = text_or_null (caseload_cohort_participant_get_left_on (participant));
  GDate joined, left;

  if (joined_on != NULL && !caseload_parse_date (joined_on, &joined, NULL))
    caseload_field_errors_add (problems, "joined-on", _("Enter the date they joined as dd/mm/yyyy."));
  else if (left_on != NULL && !caseload_parse_date (left_on, &left, NULL))
    caseload_field_errors_add (problems, "left-on", _("Enter the date they left as dd/mm/yyyy."));
  else if (joined_on != NULL && left_on != NULL && g_date_compare (&left, &joined) < 0)
    caseload_field_errors_add (problems, "left-on", _("The date they left is before the date they joined."));
  for (guint i = 0; i < reinforcers->len; i++)
    {
      CaseloadReinforcer *reinforcer = g_ptr_array_index (reinforcers, i);
      g_autofree char *field = g_strdup_printf ("reinforcer:%u", i + 1);

      caseload_field_errors_check_text (problems, field, _("Name"), caseload_reinforcer_get_name (reinforcer), TRUE,
                                        CASELOAD_MAX_NAME);
      caseload_field_errors_check_text (problems, field, _("Role"), caseload_reinforcer_get_role (reinforcer), FALSE,
                                        CASELOAD_MAX_SHORT_TEXT);
    }
}

/* The reinforcement team replaces the stored one; a network member must be one of the
 * person's own. */
static gboolean
replace_reinforcers (CaseloadStorePostgresql    *self,
                     CaseloadCohortParticipant  *participant,
                     GError                    **error)
{
  const char *id = caseload_cohort_participant_get_id (participant);
  GPtrArray *reinforcers = caseload_cohort_participant_get_reinforcers (participant);

  if (!run (self, "DELETE FROM stepps_reinforcer WHERE participant_id = $1", 1, (const char *[]) { id }, error))
    return FALSE;
  for (guint i = 0; i < reinforcers->len; i++)
    {
      CaseloadReinforcer *reinforcer = g_ptr_array_index (reinforcers, i);
      g_autofree char *reinforcer_id = g_uuid_string_random ();
      const char *params[] = {
        reinforcer_id, id, text_or_null (caseload_reinforcer_get_network_member_id (reinforcer)),
        caseload_reinforcer_get_name (reinforcer), text_or_null (caseload_reinforcer_get_role (reinforcer)),
        caseload_reinforcer_get_professional (reinforcer) ? "true" : "false",
        text_or_null (caseload_reinforcer_get_summary_given_on (reinforcer)),
      };
      g_autoptr(PGresult) result =
        pg_query (self, "INSERT INTO stepps_reinforcer (id, participant_id, network_member_id, name, role, professional, "
                        "  summary_given_on) "
                        "SELECT $1, sp.id, $3, $4, $5, $6::boolean, $7 FROM stepps_participant sp WHERE sp.id = $2 "
                        "  AND ($3::text IS NULL OR EXISTS (SELECT 1 FROM network_member nm WHERE nm.id = $3 "
                        "                                   AND nm.person_id = sp.person_id))", 7, params, error);

      if (result == NULL)
        return FALSE;
      if (g_strcmp0 (PQcmdTuples (result), "1") != 0)
        {
          g_autofree char *field = g_strdup_printf ("reinforcer:%u", i + 1);

          return refuse (field, _("Choose someone from the person’s network, or type their name."), error);
        }
      caseload_reinforcer_set_id (reinforcer, reinforcer_id);
      caseload_reinforcer_set_participant_id (reinforcer, id);
    }
  return TRUE;
}

static gboolean
add_participant_locked (CaseloadStorePostgresql    *self,
                        const PgActor              *info,
                        CaseloadCohortParticipant  *participant,
                        const char                 *id,
                        GError                    **error)
{
  const char *person_id = caseload_cohort_participant_get_person_id (participant);
  const char *cohort_id = caseload_cohort_participant_get_cohort_id (participant);
  g_autoptr(PGresult) found = NULL;
  char today[16];

  if (person_id == NULL)
    return refuse ("person-id", _("Choose the person joining the group."), error);
  found = pg_query (self, "SELECT EXISTS (SELECT 1 FROM stepps_cohort WHERE id = $1), "
                          "  EXISTS (SELECT 1 FROM caseload.cohort_members ($1) m WHERE m.person_id = $2)",
                    2, (const char *[]) { cohort_id, person_id }, error);
  if (found == NULL)
    return FALSE;
  if (!pg_bool (found, 0, 0))
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND, _("This group is not in the database."));
      return FALSE;
    }
  if (!pg_require_access (self, info, person_id, TRUE, error))
    return FALSE;
  if (pg_bool (found, 0, 1))
    return refuse ("person-id", _("This person is already in the group."), error);

  today_iso (self, today);
  return run (self, "INSERT INTO stepps_participant (id, cohort_id, person_id, person_pk, joined_on, left_on, version, "
                    "  created_by, created_at) "
                    "SELECT $1, $2, p.id, p.pk, coalesce ($4, $7), $5, 1, $6, caseload.now_text () "
                    "FROM person p WHERE p.id = $3", 7,
              (const char *[]) { id, cohort_id, person_id,
                                 text_or_null (caseload_cohort_participant_get_joined_on (participant)),
                                 text_or_null (caseload_cohort_participant_get_left_on (participant)), info->staff_id,
                                 today }, error);
}

static CaseloadCohortParticipant *
get_participant_row (CaseloadStorePostgresql  *self,
                     const char               *id,
                     GError                  **error)
{
  char today[16];

  today_iso (self, today);
  return read_one (self, PARTICIPANT_SELECT "WHERE sp.id = $2", 2, today, id, CASELOAD_TYPE_COHORT_PARTICIPANT,
                   participant_columns, _("This person is not in the group."), error);
}

static gboolean
save_participant_locked (CaseloadStorePostgresql  *self,
                         const PgActor            *info,
                         gpointer                  record,
                         gpointer                  data,
                         GObject                 **saved,
                         GError                  **error)
{
  CaseloadCohortParticipant *participant = record;
  g_autoptr(GPtrArray) problems = caseload_field_errors_new ();
  g_autofree char *id = g_strdup (caseload_cohort_participant_get_id (participant));

  check_participant (participant, problems);
  if (caseload_field_errors_to_error (problems, error))
    return FALSE;
  if (id == NULL)
    {
      id = g_uuid_string_random ();
      if (!add_participant_locked (self, info, participant, id, error))
        return FALSE;
    }
  else
    {
      g_autoptr(CaseloadCohortParticipant) before = get_participant_row (self, id, error);
      g_autofree char *version = g_strdup_printf ("%d", caseload_cohort_participant_get_version (participant));
      g_autoptr(PGresult) result = NULL;

      if (before == NULL
          || !pg_require_access (self, info, caseload_cohort_participant_get_person_id (before), TRUE, error))
        return FALSE;
      result = pg_query (self, "UPDATE stepps_participant SET joined_on = coalesce ($2, joined_on), left_on = $3 "
                               "WHERE id = $1 AND version = $4::integer RETURNING version", 4,
                         (const char *[]) { id, text_or_null (caseload_cohort_participant_get_joined_on (participant)),
                                            text_or_null (caseload_cohort_participant_get_left_on (participant)),
                                            version }, error);
      if (!pg_changed_one (self, result, "SELECT 1 FROM stepps_participant WHERE id = $1", id, error))
        return FALSE;
    }

  caseload_cohort_participant_set_id (participant, id);
  if (!replace_reinforcers (self, participant, error))
    return FALSE;
  *saved = G_OBJECT (get_participant_row (self, id, error));
  return *saved != NULL;
}

static gboolean
caseload_store_postgresql_save_cohort_participant (CaseloadStore              *store,
                                                   CaseloadStaff              *actor,
                                                   CaseloadCohortParticipant  *participant,
                                                   GError                    **error)
{
  g_autoptr(CaseloadCohortParticipant) saved = save_record (store, actor, save_participant_locked, participant, NULL,
                                                             error);

  return saved != NULL;
}

/* Open Dialogue */

/* A meeting's practitioners and network members, and whether one of @episode's core team
 * was there. */
static gboolean
fill_meeting (CaseloadStorePostgresql  *self,
              CaseloadOdEpisode        *episode,
              CaseloadOdMeeting        *meeting,
              GError                  **error)
{
  GPtrArray *members = caseload_od_meeting_get_members (meeting);
  guint first = members->len;

  if (!read_staff_list (self, PRACTITIONERS_SQL, caseload_od_meeting_get_id (meeting),
                        caseload_od_meeting_get_practitioners (meeting), error)
      || !read_rows (self, MEMBER_SELECT "WHERE mm.meeting_id = $1 ORDER BY lower (mm.name), mm.id", 1,
                     caseload_od_meeting_get_id (meeting), NULL, CASELOAD_TYPE_NETWORK_MEMBER, member_columns,
                     members, error))
    return FALSE;
  for (guint i = first; i < members->len; i++)
    caseload_network_member_set_person_id (g_ptr_array_index (members, i), caseload_od_episode_get_person_id (episode));
  caseload_od_meeting_set_has_core_member (meeting, caseload_od_meeting_has_core_member (episode, meeting));
  return TRUE;
}

/* An episode's core team and meetings (oldest first, each filled). */
static gboolean
fill_episode (CaseloadStorePostgresql  *self,
              CaseloadOdEpisode        *episode,
              GError                  **error)
{
  GPtrArray *meetings = caseload_od_episode_get_meetings (episode);
  const char *id = caseload_od_episode_get_id (episode);

  if (!read_staff_list (self, CORE_TEAM_SQL, id, caseload_od_episode_get_core_team (episode), error)
      || !read_rows (self, MEETING_SELECT "WHERE m.episode_id = $1 ORDER BY m.held_at::timestamptz, m.id", 1, id, NULL,
                     CASELOAD_TYPE_OD_MEETING, meeting_columns, meetings, error))
    return FALSE;
  for (guint i = 0; i < meetings->len; i++)
    if (!fill_meeting (self, episode, g_ptr_array_index (meetings, i), error))
      return FALSE;
  return TRUE;
}

static CaseloadOdEpisode *
get_episode_locked (CaseloadStorePostgresql  *self,
                    const char               *id,
                    GError                  **error)
{
  g_autoptr(CaseloadOdEpisode) episode =
    read_one (self, EPISODE_SELECT "WHERE e.id = $1", 1, id, NULL, CASELOAD_TYPE_OD_EPISODE, episode_columns,
              _("This Open Dialogue episode is not in the database."), error);

  if (episode == NULL || !fill_episode (self, episode, error))
    return NULL;
  return g_steal_pointer (&episode);
}

/* The links an episode makes: a referral of the same person, a responsible worker. */
static gboolean
check_episode_links (CaseloadStorePostgresql  *self,
                     CaseloadOdEpisode        *episode,
                     const char               *person_id,
                     GPtrArray                *problems,
                     GError                  **error)
{
  const char *params[] = {
    text_or_null (caseload_od_episode_get_referral_id (episode)), person_id,
    text_or_null (caseload_od_episode_get_responsible_id (episode)),
  };
  g_autoptr(PGresult) result =
    pg_query (self, "SELECT ($1::text IS NULL OR EXISTS (SELECT 1 FROM referral WHERE id = $1 AND person_id = $2)), "
                    "  ($3::text IS NULL OR EXISTS (SELECT 1 FROM staff WHERE id = $3))", 3, params, error);

  if (result == NULL)
    return FALSE;
  if (!pg_bool (result, 0, 0))
    caseload_field_errors_add (problems, "referral-id", _("Choose one of this person’s referrals."));
  if (!pg_bool (result, 0, 1))
    caseload_field_errors_add (problems, "responsible-id", _("Choose the worker from the team’s staff."));
  return TRUE;
}

static gboolean
save_episode_locked (CaseloadStorePostgresql  *self,
                     const PgActor            *info,
                     gpointer                  record,
                     gpointer                  data,
                     GObject                 **saved,
                     GError                  **error)
{
  CaseloadOdEpisode *episode = record;
  g_autoptr(GDateTime) now = caseload_clock_now (self->clock);
  g_autoptr(GPtrArray) problems = caseload_od_episode_check (episode, now);
  g_autoptr(CaseloadOdEpisode) before = NULL;
  g_autoptr(PGresult) result = NULL;
  g_autofree char *id = g_strdup (caseload_od_episode_get_id (episode));
  g_autofree char *version = g_strdup_printf ("%d", caseload_od_episode_get_version (episode));
  const char *person_id = caseload_od_episode_get_person_id (episode);
  gboolean creating = id == NULL;

  if (!creating)
    {
      before = get_episode_locked (self, id, error);
      if (before == NULL)
        return FALSE;
      person_id = caseload_od_episode_get_person_id (before);
    }
  if (person_id == NULL)
    return refuse ("person-id", _("An Open Dialogue episode must be about a person."), error);
  if (!pg_require_access (self, info, person_id, TRUE, error)
      || !check_episode_links (self, episode, person_id, problems, error)
      || !resolve_staff (self, caseload_od_episode_get_core_team (episode), "core-team", problems, error))
    return FALSE;
  if (caseload_field_errors_to_error (problems, error))
    return FALSE;

  if (creating)
    id = g_uuid_string_random ();
  {
    const char *params[] = {
      id, caseload_od_start_to_code (caseload_od_episode_get_start_kind (episode)),
      text_or_null (caseload_od_episode_get_referral_id (episode)), caseload_od_episode_get_contact_at (episode),
      text_or_null (caseload_od_episode_get_responsible_id (episode)),
      text_or_null (caseload_od_episode_get_ended_on (episode)), text_or_null (caseload_od_episode_get_end_note (episode)),
      creating ? person_id : version, info->organisation_id, info->staff_id,
    };

    if (creating)
      result = pg_query (self,
                         "INSERT INTO od_episode (id, person_id, person_pk, start_kind, referral_id, contact_at, "
                         "  responsible_id, ended_on, end_note, version, organisation_id, recorded_by, created_at) "
                         "SELECT $1, p.id, p.pk, $2, $3, $4, $5, $6, $7, 1, $9, $10, caseload.now_text () "
                         "FROM person p WHERE p.id = $8 RETURNING id", 10, params, error);
    else
      result = pg_query (self,
                         "UPDATE od_episode SET start_kind = $2, referral_id = $3, contact_at = $4, responsible_id = $5, "
                         "  ended_on = $6, end_note = $7 WHERE id = $1 AND version = $8::integer RETURNING id", 8, params,
                         error);
  }
  if (!pg_changed_one (self, result, "SELECT 1 FROM od_episode WHERE id = $1", id, error)
      || !replace_staff (self, "DELETE FROM od_core_member WHERE episode_id = $1",
                         "INSERT INTO od_core_member (episode_id, staff_id) VALUES ($1, $2) ON CONFLICT DO NOTHING", id,
                         caseload_od_episode_get_core_team (episode), error))
    return FALSE;
  *saved = G_OBJECT (get_episode_locked (self, id, error));
  return *saved != NULL;
}

static gboolean
caseload_store_postgresql_save_od_episode (CaseloadStore      *store,
                                           CaseloadStaff      *actor,
                                           CaseloadOdEpisode  *episode,
                                           GError            **error)
{
  g_autoptr(CaseloadOdEpisode) saved = save_record (store, actor, save_episode_locked, episode, NULL, error);

  if (saved == NULL)
    return FALSE;
  take_objects (caseload_od_episode_get_core_team (episode), caseload_od_episode_get_core_team (saved));
  take_objects (caseload_od_episode_get_meetings (episode), caseload_od_episode_get_meetings (saved));
  return TRUE;
}

/* Network members at the meeting: one of the person's network (checked, and named as
 * there) or someone named on the spot, kept with the meeting only. */
static gboolean
replace_meeting_members (CaseloadStorePostgresql  *self,
                         const char               *person_id,
                         CaseloadOdMeeting        *meeting,
                         GError                  **error)
{
  const char *id = caseload_od_meeting_get_id (meeting);
  GPtrArray *members = caseload_od_meeting_get_members (meeting);

  if (!run (self, "DELETE FROM od_meeting_member WHERE meeting_id = $1", 1, (const char *[]) { id }, error))
    return FALSE;
  for (guint i = 0; i < members->len; i++)
    {
      CaseloadNetworkMember *member = g_ptr_array_index (members, i);
      g_autofree char *row_id = g_uuid_string_random ();
      const char *params[] = {
        row_id, id, text_or_null (caseload_network_member_get_id (member)), caseload_network_member_get_name (member),
        caseload_relationship_to_code (caseload_network_member_get_relationship (member)),
        text_or_null (caseload_network_member_get_relationship_detail (member)), person_id,
      };
      g_autoptr(PGresult) result =
        pg_query (self, "INSERT INTO od_meeting_member (id, meeting_id, network_member_id, name, relationship, "
                        "  relationship_detail) "
                        "SELECT $1, $2, nm.id, nm.name, nm.relationship, nm.relationship_detail FROM network_member nm "
                        "WHERE $3::text IS NOT NULL AND nm.id = $3 AND nm.person_id = $7 "
                        "UNION ALL SELECT $1, $2, NULL, $4, $5, $6 WHERE $3::text IS NULL", 7, params, error);

      if (result == NULL)
        return FALSE;
      if (g_strcmp0 (PQcmdTuples (result), "1") != 0)
        return refuse ("members", _("Choose each network member from the person’s network, or type the name of "
                                    "someone there on the spot."), error);
    }
  return TRUE;
}

/* The episode's first meeting is its earliest, by the instant whatever the offset
 * (bookkeeping: no new version). */
static gboolean
update_first_meeting (CaseloadStorePostgresql  *self,
                      const char               *episode_id,
                      GError                  **error)
{
  return run (self, "UPDATE od_episode e SET first_meeting_at = (SELECT m.held_at FROM od_meeting m "
                    "  WHERE m.episode_id = $1 ORDER BY m.held_at::timestamptz, m.id LIMIT 1) "
                    "WHERE e.id = $1", 1, (const char *[]) { episode_id }, error);
}

static gboolean
save_meeting_locked (CaseloadStorePostgresql  *self,
                     const PgActor            *info,
                     gpointer                  record,
                     gpointer                  data,
                     GObject                 **saved,
                     GError                  **error)
{
  CaseloadOdMeeting *meeting = record;
  g_autoptr(GDateTime) now = caseload_clock_now (self->clock);
  g_autoptr(GPtrArray) problems = caseload_field_errors_new ();
  g_autoptr(CaseloadOdMeeting) before = NULL;
  g_autoptr(CaseloadOdEpisode) episode = NULL;
  g_autoptr(PGresult) result = NULL;
  g_autofree char *id = g_strdup (caseload_od_meeting_get_id (meeting));
  g_autofree char *version = g_strdup_printf ("%d", caseload_od_meeting_get_version (meeting));
  const char *episode_id = caseload_od_meeting_get_episode_id (meeting);
  const char *person_id;
  gboolean creating = id == NULL;

  if (!creating)
    {
      before = read_one (self, MEETING_SELECT "WHERE m.id = $1", 1, id, NULL, CASELOAD_TYPE_OD_MEETING,
                         meeting_columns, _("This network meeting is not in the database."), error);
      if (before == NULL)
        return FALSE;
      episode_id = caseload_od_meeting_get_episode_id (before);
      caseload_od_meeting_set_episode_id (meeting, episode_id);
    }
  if (episode_id == NULL)
    return refuse ("episode-id", _("A network meeting belongs to an Open Dialogue episode."), error);
  episode = get_episode_locked (self, episode_id, error);
  if (episode == NULL)
    return FALSE;
  person_id = caseload_od_episode_get_person_id (episode);
  if (!pg_require_access (self, info, person_id, TRUE, error)
      || !resolve_staff (self, caseload_od_meeting_get_practitioners (meeting), "practitioners", problems, error))
    return FALSE;
  take_problems (problems, caseload_od_meeting_check (episode, meeting, now));
  if (caseload_field_errors_to_error (problems, error))
    return FALSE;

  if (creating)
    id = g_uuid_string_random ();
  {
    const char *params[] = {
      id, caseload_od_meeting_get_held_at (meeting), caseload_od_place_to_code (caseload_od_meeting_get_place (meeting)),
      caseload_od_meeting_get_person_present (meeting) ? "true" : "false",
      text_or_null (caseload_od_meeting_get_decisions (meeting)), text_or_null (caseload_od_meeting_get_notes (meeting)),
      creating ? episode_id : version, info->organisation_id, info->staff_id,
    };

    if (creating)
      result = pg_query (self,
                         "INSERT INTO od_meeting (id, episode_id, person_pk, held_at, place, person_present, decisions, "
                         "  notes, version, organisation_id, recorded_by, created_at) "
                         "SELECT $1, e.id, e.person_pk, $2, $3, $4::boolean, $5, $6, 1, $8, $9, caseload.now_text () "
                         "FROM od_episode e WHERE e.id = $7 RETURNING id", 9, params, error);
    else
      result = pg_query (self,
                         "UPDATE od_meeting SET held_at = $2, place = $3, person_present = $4::boolean, decisions = $5, "
                         "  notes = $6 WHERE id = $1 AND version = $7::integer RETURNING id", 7, params, error);
  }
  if (!pg_changed_one (self, result, "SELECT 1 FROM od_meeting WHERE id = $1", id, error))
    return FALSE;
  caseload_od_meeting_set_id (meeting, id);
  if (!replace_staff (self, "DELETE FROM od_meeting_practitioner WHERE meeting_id = $1",
                      "INSERT INTO od_meeting_practitioner (meeting_id, staff_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                      id, caseload_od_meeting_get_practitioners (meeting), error)
      || !replace_meeting_members (self, person_id, meeting, error)
      || !update_first_meeting (self, episode_id, error))
    return FALSE;

  *saved = read_one (self, MEETING_SELECT "WHERE m.id = $1", 1, id, NULL, CASELOAD_TYPE_OD_MEETING,
                     meeting_columns, _("This network meeting is not in the database."), error);
  return *saved != NULL && fill_meeting (self, episode, CASELOAD_OD_MEETING (*saved), error);
}

static gboolean
caseload_store_postgresql_save_od_meeting (CaseloadStore      *store,
                                           CaseloadStaff      *actor,
                                           CaseloadOdMeeting  *meeting,
                                           GError            **error)
{
  g_autoptr(CaseloadOdMeeting) saved = save_record (store, actor, save_meeting_locked, meeting, NULL, error);

  if (saved == NULL)
    return FALSE;
  take_objects (caseload_od_meeting_get_practitioners (meeting), caseload_od_meeting_get_practitioners (saved));
  take_objects (caseload_od_meeting_get_members (meeting), caseload_od_meeting_get_members (saved));
  return TRUE;
}

/* The person's pathways, in one transaction: every part from the same moment. */
static CaseloadPathways *
caseload_store_postgresql_read_pathways (CaseloadStore  *store,
                                         CaseloadStaff  *actor,
                                         const char     *person_id,
                                         GError        **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_autoptr(CaseloadPathways) pathways = caseload_pathways_new (person_id);
  g_auto(PgActor) info = { 0 };
  gboolean ok;

  if (!pg_begin (self, actor, error))
    return NULL;
  ok = pg_acting (self, actor, &info, error)
       && pg_require_access (self, &info, person_id, FALSE, error)
       && read_participants (self, "WHERE sp.person_id = $2 ORDER BY c.start_on DESC, c.created_at DESC, sp.id",
                             person_id, pathways->cohorts, error)
       && read_rows (self, EPISODE_SELECT "WHERE e.person_id = $1 "
                                          "ORDER BY e.contact_at::timestamptz DESC, e.created_at DESC, e.id",
                     1, person_id, NULL, CASELOAD_TYPE_OD_EPISODE, episode_columns, pathways->od_episodes, error);
  for (guint i = 0; ok && i < pathways->od_episodes->len; i++)
    ok = fill_episode (self, g_ptr_array_index (pathways->od_episodes, i), error);
  ok = ok && pg_read_ips_housing (self, &info, person_id, pathways, error);
  if (!pg_end (self, ok, ok ? error : NULL) || !ok)
    return NULL;
  return g_steal_pointer (&pathways);
}

void
pg_groups_iface_init (CaseloadStoreInterface *iface)
{
  iface->list_cohorts = caseload_store_postgresql_list_cohorts;
  iface->get_cohort = caseload_store_postgresql_get_cohort;
  iface->save_cohort = caseload_store_postgresql_save_cohort;
  iface->save_cohort_session = caseload_store_postgresql_save_cohort_session;
  iface->save_cohort_participant = caseload_store_postgresql_save_cohort_participant;
  iface->save_od_episode = caseload_store_postgresql_save_od_episode;
  iface->save_od_meeting = caseload_store_postgresql_save_od_meeting;
  iface->read_pathways = caseload_store_postgresql_read_pathways;
}
