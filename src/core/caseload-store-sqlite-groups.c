/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "caseload-attendance.h"
#include "caseload-audit-chain.h"
#include "caseload-error.h"
#include "caseload-open-dialogue.h"
#include "caseload-property.h"
#include "caseload-reinforcer.h"
#include "caseload-stepps.h"
#include "caseload-store-sqlite-private.h"
#include "caseload-validate-pathway.h"

/*
 * STEPPS groups and Open Dialogue on the embedded store (schema 6), and read_pathways.
 * Cohorts, their facilitators and sessions are the team's: every signed-in member of
 * staff reads and writes them. Participants, attendance and reinforcers, and Open
 * Dialogue episodes and meetings, are read with the person and written by staff who may
 * add to the person's record. Staff (facilitators, core teams, practitioners) are read
 * whole with caseload_store_get_staff(), once per call. Each save is audited under the
 * shared site's names for the record it writes ("add-stepps-cohort", "update-od-meeting",
 * "add-stepps-attendance" per person marked), with ids, dates and codes, never names or
 * text.
 */

/* ?1: today (an ISO date). The programme, read by its code, is the last column. */
#define COHORT_SELECT \
  "SELECT c.id, c.name, c.n_sessions, c.session_minutes, c.venue, c.start_on, c.end_on, c.completion_percent, " \
  "  c.version, c.created_at, " \
  "  (SELECT count (*) FROM stepps_participant sp WHERE sp.cohort_id = c.id AND sp.left_on IS NULL), " \
  "  (SELECT min (ss.held_on) FROM stepps_session ss WHERE ss.cohort_id = c.id AND ss.held_on >= ?1), " \
  "  (SELECT group_concat (n, ', ') FROM (SELECT s.display_name || ' (' || o.name || ')' AS n " \
  "     FROM stepps_facilitator f JOIN staff s ON s.id = f.staff_id JOIN organisation o ON o.id = s.organisation_id " \
  "     WHERE f.cohort_id = c.id ORDER BY s.display_name)), " \
  "  c.programme " \
  "FROM stepps_cohort c "

static const char * const cohort_columns[] = {
  "id", "name", "n-sessions", "session-minutes", "venue", "start-on", "end-on", "completion-percent", "version",
  "created-at", "n-participants", "next-session-on", "facilitator-names", NULL
};
#define COHORT_PROGRAMME_COLUMN 13

/* ?1: today. */
#define PARTICIPANT_SELECT \
  "SELECT sp.id, sp.cohort_id, sp.person_id, " STORE_PERSON_NAME ", sp.joined_on, sp.left_on, sp.version, " \
  "  c.name, (SELECT min (ss.held_on) FROM stepps_session ss WHERE ss.cohort_id = c.id AND ss.held_on >= ?1), " \
  "  c.end_on " \
  "FROM stepps_participant sp JOIN person p ON p.id = sp.person_id JOIN stepps_cohort c ON c.id = sp.cohort_id "

static const char * const participant_columns[] = {
  "id", "cohort-id", "person-id", "person-name", "joined-on", "left-on", "version", "cohort-name",
  "cohort-next-session-on", "cohort-end-on", NULL
};
static const RowKind participant_row = { caseload_cohort_participant_get_type, participant_columns };

static const char * const reinforcer_columns[] = {
  "id", "participant-id", "network-member-id", "name", "role", "professional", "summary-given-on", NULL
};
static const RowKind reinforcer_row = { caseload_reinforcer_get_type, reinforcer_columns };

#define SESSION_SELECT "SELECT ss.id, ss.cohort_id, ss.number, ss.held_on, ss.topic, ss.notes, ss.version " \
                       "FROM stepps_session ss "

static const char * const session_columns[] = {
  "id", "cohort-id", "number", "held-on", "topic", "notes", "version", NULL
};
static const RowKind session_row = { caseload_cohort_session_get_type, session_columns };

static const char * const attendance_columns[] = {
  "session-id", "participant-id", "status", "intensity", "has-best", "best-total", NULL
};
static const RowKind attendance_row = { caseload_attendance_get_type, attendance_columns };

#define EPISODE_SELECT \
  "SELECT e.id, e.person_id, e.start_kind, e.referral_id, e.contact_at, e.responsible_id, rs.display_name, " \
  "  e.first_meeting_at, e.ended_on, e.end_note, e.version, s.display_name, e.created_at " \
  "FROM od_episode e JOIN staff s ON s.id = e.recorded_by LEFT JOIN staff rs ON rs.id = e.responsible_id "

static const char * const episode_columns[] = {
  "id", "person-id", "start-kind", "referral-id", "contact-at", "responsible-id", "responsible-name",
  "first-meeting-at", "ended-on", "end-note", "version", "recorded-by-name", "created-at", NULL
};
static const RowKind episode_row = { caseload_od_episode_get_type, episode_columns };

#define MEETING_SELECT \
  "SELECT m.id, m.episode_id, m.held_at, m.place, m.person_present, m.decisions, m.notes, m.version, " \
  "  s.display_name, m.created_at " \
  "FROM od_meeting m JOIN staff s ON s.id = m.recorded_by "

static const char * const meeting_columns[] = {
  "id", "episode-id", "held-at", "place", "person-present", "decisions", "notes", "version", "recorded-by-name",
  "created-at", NULL
};
static const RowKind meeting_row = { caseload_od_meeting_get_type, meeting_columns };

/* What the audit trail keeps of each record: no names and no free text. */
static const char * const cohort_fields[] = {
  "programme", "n-sessions", "session-minutes", "start-on", "end-on", "completion-percent", "version", NULL
};
static const char * const participant_fields[] = { "cohort-id", "joined-on", "left-on", "version", NULL };
static const char * const episode_fields[] = {
  "start-kind", "referral-id", "contact-at", "responsible-id", "ended-on", "version", NULL
};
static const char * const meeting_fields[] = {
  "episode-id", "held-at", "place", "person-present", "has-core-member", "version", NULL
};

static void
today_iso (CaseloadStoreSqlite *self,
           GDate               *today,
           char                 iso[16])
{
  caseload_clock_today (self->clock, today);
  g_date_strftime (iso, 16, "%Y-%m-%d", today);
}

static char *
new_id (void)
{
  return g_uuid_string_random ();
}

/* CASELOAD_ERROR_VALIDATION with @message on @field; FALSE, for returning. */
static gboolean
validation_error (GError     **error,
                  const char  *field,
                  const char  *message)
{
  g_autoptr(GPtrArray) problems = caseload_field_errors_new ();

  caseload_field_errors_add (problems, field, message);
  caseload_field_errors_to_error (problems, error);
  return FALSE;
}

/* Adds @more's problems to @problems. */
static void
append_problems (GPtrArray *problems,
                 GPtrArray *more)
{
  for (guint i = 0; i < more->len; i++)
    {
      CaseloadFieldError *problem = g_ptr_array_index (more, i);

      caseload_field_errors_add (problems, problem->field, problem->message);
    }
}

typedef void (*BindRecord) (sqlite3_stmt *stmt, gpointer record);

/* Writes @record: a new one (no "id" before; it gets one and version 1) with
 * @insert_sql, the stamps bound after @bind's parameters from @first_stamp (the actor's
 * organisation, the actor, now) and @owner (the person or episode) before them; or an
 * update with @update_sql against its version. A stale version is a conflict on @what. */
static gboolean
write_record (CaseloadStoreSqlite  *self,
              const ActorInfo      *info,
              gpointer              record,
              gboolean              creating,
              const char           *insert_sql,
              const char           *update_sql,
              BindRecord            bind,
              const char           *owner,
              int                   first_stamp,
              const char           *what,
              GError              **error)
{
  g_autofree char *now = store_now (self);
  sqlite3_stmt *stmt;

  if (creating)
    {
      g_autofree char *id = new_id ();

      g_object_set (record, "id", id, "version", 1, NULL);
    }
  stmt = store_prepare (self, creating ? insert_sql : update_sql, error);
  if (stmt == NULL)
    return FALSE;
  bind (stmt, record);
  if (creating)
    {
      store_bind_text (stmt, first_stamp - 1, owner);
      store_bind_text (stmt, first_stamp, info->organisation_id);
      store_bind_text (stmt, first_stamp + 1, info->staff_id);
      store_bind_text (stmt, first_stamp + 2, now);
    }
  if (!store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    {
      store_conflict (error, what);
      return FALSE;
    }
  return TRUE;
}

typedef gboolean (*SaveLocked) (CaseloadStoreSqlite *self, const ActorInfo *info, gpointer record,
                                GHashTable *cache, gpointer *saved, GError **error);

/* Runs @save in one mutation; the caller's @record takes the saved record's properties,
 * or keeps its "id" and "version" when nothing was saved. Returns the saved record. */
static gpointer
run_save (CaseloadStoreSqlite  *self,
          CaseloadStaff        *actor,
          gpointer              record,
          SaveLocked            save,
          GError              **error)
{
  g_autoptr(GHashTable) cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  g_autofree char *old_id = NULL;
  g_auto(ActorInfo) info = { 0 };
  gpointer saved = NULL;
  int old_version = 0;
  gboolean ok;

  g_object_get (record, "id", &old_id, "version", &old_version, NULL);
  if (!store_begin_mutation (self, error))
    return NULL;
  ok = store_load_actor (self, actor, &info, error) &&
       save (self, &info, record, cache, &saved, error);
  if (!store_end_mutation (self, ok, ok ? error : NULL) || !ok)
    {
      g_clear_object (&saved);
      g_object_set (record, "id", old_id, "version", old_version, NULL);
      return NULL;
    }
  caseload_property_copy_all (saved, record);
  return saved;
}

static void
take_objects (GPtrArray *to,
              GPtrArray *from)
{
  g_ptr_array_set_size (to, 0);
  g_ptr_array_extend (to, from, (GCopyFunc) (void (*) (void)) g_object_ref, NULL);
}

/* Staff */

/* The staff member @id as the store has them, read once per call (@cache: id → staff). */
static CaseloadStaff *
cached_staff (CaseloadStoreSqlite  *self,
              GHashTable           *cache,
              const char           *id,
              GError              **error)
{
  CaseloadStaff *staff = g_hash_table_lookup (cache, id);

  if (staff != NULL)
    return staff;
  staff = caseload_store_get_staff (CASELOAD_STORE (self), id, error);
  if (staff != NULL)
    g_hash_table_insert (cache, g_strdup (id), staff);
  return staff;
}

static GHashTable *
staff_cache_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}

/* The staff whose ids @sql (?1 @key) returns, in its order, appended to @into. */
static gboolean
read_staff_list (CaseloadStoreSqlite  *self,
                 const char           *sql,
                 const char           *key,
                 GHashTable           *cache,
                 GPtrArray            *into,
                 GError              **error)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, key);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (ids, g_strdup (store_column_text (stmt, 0)));
  if (!store_finish_rows (self, stmt, rc, error))
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    {
      CaseloadStaff *staff = cached_staff (self, cache, g_ptr_array_index (ids, i), error);

      if (staff == NULL)
        return FALSE;
      g_ptr_array_add (into, g_object_ref (staff));
    }
  return TRUE;
}

/* Replaces the staff a caller chose in @staff with the store's own records of them (so
 * their organisations are the store's); someone the store does not know is a problem on
 * @field. */
static gboolean
resolve_staff (CaseloadStoreSqlite  *self,
               GHashTable           *cache,
               GPtrArray            *staff,
               const char           *field,
               GPtrArray            *problems)
{
  for (guint i = 0; i < staff->len; i++)
    {
      const char *id = caseload_staff_get_id (g_ptr_array_index (staff, i));
      CaseloadStaff *stored = id != NULL ? cached_staff (self, cache, id, NULL) : NULL;

      if (stored == NULL)
        {
          caseload_field_errors_add (problems, field, _("Choose each member of staff from the team’s list."));
          return FALSE;
        }
      g_object_ref (stored);
      g_object_unref (g_ptr_array_index (staff, i));
      g_ptr_array_index (staff, i) = stored;
    }
  return TRUE;
}

/* Deletes the rows of @delete_sql (?1 @key), then inserts (@key, staff id) with
 * @insert_sql for each of @staff. */
static gboolean
replace_staff (CaseloadStoreSqlite  *self,
               const char           *delete_sql,
               const char           *insert_sql,
               const char           *key,
               GPtrArray            *staff,
               GError              **error)
{
  sqlite3_stmt *stmt = store_prepare (self, delete_sql, error);

  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, key);
  if (!store_step_done (self, stmt, error))
    return FALSE;
  for (guint i = 0; i < staff->len; i++)
    {
      stmt = store_prepare (self, insert_sql, error);
      if (stmt == NULL)
        return FALSE;
      store_bind_text (stmt, 1, key);
      store_bind_text (stmt, 2, caseload_staff_get_id (g_ptr_array_index (staff, i)));
      if (!store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* Rows of @sql (?1 today, ?2 @key) into @items. */
static gboolean
collect_by_key (CaseloadStoreSqlite  *self,
                const char           *sql,
                const char           *today,
                const char           *key,
                const RowKind        *kind,
                GPtrArray            *items,
                GError              **error)
{
  sqlite3_stmt *stmt = store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, today);
  store_bind_text (stmt, 2, key);
  return store_collect_rows (self, stmt, kind, items, error);
}

/* Cohorts */

static CaseloadCohort *
read_cohort (sqlite3_stmt *stmt)
{
  CaseloadCohort *cohort = store_read_object (stmt, CASELOAD_TYPE_COHORT, cohort_columns);
  CaseloadSteppsProgramme programme;

  if (caseload_stepps_programme_from_code (store_column_text (stmt, COHORT_PROGRAMME_COLUMN), &programme))
    caseload_cohort_set_programme (cohort, programme);
  return cohort;
}

#define FACILITATORS_SQL \
  "SELECT f.staff_id FROM stepps_facilitator f JOIN staff s ON s.id = f.staff_id WHERE f.cohort_id = ?1 " \
  "ORDER BY s.display_name, s.id"

/* The cohort row alone (no arrays), or NOT_FOUND. */
static CaseloadCohort *
get_cohort_row (CaseloadStoreSqlite  *self,
                const char           *id,
                const char           *today,
                GError              **error)
{
  CaseloadCohort *cohort = NULL;
  sqlite3_stmt *stmt = store_prepare (self, COHORT_SELECT "WHERE c.id = ?2", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  store_bind_text (stmt, 1, today);
  store_bind_text (stmt, 2, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    cohort = read_cohort (stmt);
  else if (rc == SQLITE_DONE)
    g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND, _("This group is not in the database."));
  else
    store_set_error (self, error);
  sqlite3_reset (stmt);
  return cohort;
}

static gboolean
read_reinforcers (CaseloadStoreSqlite        *self,
                  CaseloadCohortParticipant  *participant,
                  GError                    **error)
{
  GPtrArray *reinforcers = caseload_cohort_participant_get_reinforcers (participant);

  g_ptr_array_set_size (reinforcers, 0);
  return collect_by_key (self,
                         "SELECT id, participant_id, network_member_id, name, role, professional, summary_given_on "
                         "FROM stepps_reinforcer WHERE participant_id = ?2 "
                         "ORDER BY professional, name COLLATE NOCASE, id",
                         NULL, caseload_cohort_participant_get_id (participant), &reinforcer_row, reinforcers, error);
}

/* A cohort with its facilitators, sessions, and the participants (with reinforcers) and
 * attendance the actor may see; with @everyone, every participant (without reinforcers),
 * for checking a session against the whole group. */
static CaseloadCohort *
get_cohort_locked (CaseloadStoreSqlite  *self,
                   const ActorInfo      *info,
                   const char           *id,
                   gboolean              everyone,
                   GHashTable           *cache,
                   GError              **error)
{
  g_autoptr(CaseloadCohort) cohort = NULL;
  g_autoptr(GPtrArray) participants = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) attendance = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) shown = g_hash_table_new (g_str_hash, g_str_equal);
  GDate today;
  char today_text[16];

  today_iso (self, &today, today_text);
  cohort = get_cohort_row (self, id, today_text, error);
  if (cohort == NULL ||
      !read_staff_list (self, FACILITATORS_SQL, id, cache, caseload_cohort_get_facilitators (cohort), error) ||
      !collect_by_key (self, SESSION_SELECT "WHERE ss.cohort_id = ?2 ORDER BY ss.number",
                       today_text, id, &session_row, caseload_cohort_get_sessions (cohort), error) ||
      !collect_by_key (self,
                       PARTICIPANT_SELECT "WHERE sp.cohort_id = ?2 "
                       "ORDER BY p.given_name COLLATE NOCASE, p.family_name COLLATE NOCASE, sp.id",
                       today_text, id, &participant_row, participants, error) ||
      !collect_by_key (self,
                       "SELECT a.session_id, a.participant_id, a.status, a.intensity, a.best_total IS NOT NULL, "
                       "  a.best_total "
                       "FROM stepps_attendance a JOIN stepps_session ss ON ss.id = a.session_id "
                       "WHERE ss.cohort_id = ?2 ORDER BY ss.number, a.participant_id",
                       today_text, id, &attendance_row, attendance, error))
    return NULL;

  for (guint i = 0; i < participants->len; i++)
    {
      CaseloadCohortParticipant *participant = g_ptr_array_index (participants, i);
      CaseloadAccess access;

      if (!everyone)
        {
          if (!store_decide_access (self, info, caseload_cohort_participant_get_person_id (participant), &access,
                                    NULL, error))
            return NULL;
          if (!access.may_view)
            continue;
          if (!read_reinforcers (self, participant, error))
            return NULL;
        }
      g_hash_table_add (shown, (gpointer) caseload_cohort_participant_get_id (participant));
      g_ptr_array_add (caseload_cohort_get_participants (cohort), g_object_ref (participant));
    }
  for (guint i = 0; i < attendance->len; i++)
    {
      CaseloadAttendance *mark = g_ptr_array_index (attendance, i);

      if (g_hash_table_contains (shown, caseload_attendance_get_participant_id (mark)))
        g_ptr_array_add (caseload_cohort_get_attendance (cohort), g_object_ref (mark));
    }
  return g_steal_pointer (&cohort);
}

static GPtrArray *
caseload_store_sqlite_list_cohorts (CaseloadStore  *store,
                                    CaseloadStaff  *actor,
                                    gboolean        include_finished,
                                    GError        **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_autoptr(GPtrArray) cohorts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) cache = staff_cache_new ();
  g_auto(ActorInfo) info = { 0 };
  sqlite3_stmt *stmt;
  gboolean ok = FALSE;
  GDate today;
  char today_text[16];
  int rc;

  today_iso (self, &today, today_text);
  g_rec_mutex_lock (&self->lock);
  if (store_load_actor (self, actor, &info, error) &&
      (stmt = store_prepare (self,
                             COHORT_SELECT "WHERE ?2 OR c.end_on >= ?1 ORDER BY c.start_on DESC, c.created_at DESC, c.id",
                             error)) != NULL)
    {
      store_bind_text (stmt, 1, today_text);
      sqlite3_bind_int (stmt, 2, include_finished ? 1 : 0);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        g_ptr_array_add (cohorts, read_cohort (stmt));
      ok = store_finish_rows (self, stmt, rc, error);
      for (guint i = 0; ok && i < cohorts->len; i++)
        {
          CaseloadCohort *cohort = g_ptr_array_index (cohorts, i);

          ok = read_staff_list (self, FACILITATORS_SQL, caseload_cohort_get_id (cohort), cache,
                                caseload_cohort_get_facilitators (cohort), error);
        }
    }
  g_rec_mutex_unlock (&self->lock);
  return ok ? g_steal_pointer (&cohorts) : NULL;
}

static CaseloadCohort *
caseload_store_sqlite_get_cohort (CaseloadStore  *store,
                                  CaseloadStaff  *actor,
                                  const char     *id,
                                  GError        **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_autoptr(GHashTable) cache = staff_cache_new ();
  g_auto(ActorInfo) info = { 0 };
  CaseloadCohort *cohort = NULL;

  g_rec_mutex_lock (&self->lock);
  if (store_load_actor (self, actor, &info, error))
    cohort = get_cohort_locked (self, &info, id, FALSE, cache, error);
  g_rec_mutex_unlock (&self->lock);
  return cohort;
}

static gboolean
insert_session (CaseloadStoreSqlite  *self,
                const char           *cohort_id,
                int                   number,
                const char           *held_on,
                const char           *topic,
                GError              **error)
{
  g_autofree char *id = new_id ();
  sqlite3_stmt *stmt = store_prepare (self,
                                      "INSERT OR IGNORE INTO stepps_session (id, cohort_id, number, held_on, topic, "
                                      "  version) VALUES (?1, ?2, ?3, ?4, ?5, 1)", error);

  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, id);
  store_bind_text (stmt, 2, cohort_id);
  sqlite3_bind_int (stmt, 3, number);
  store_bind_text (stmt, 4, held_on);
  store_bind_text (stmt, 5, topic);
  return store_step_done (self, stmt, error);
}

/* The session calendar of @cohort from its start date: sessions 1…n-sessions exist (new
 * ones with their topic), and with @redate the sessions without attendance take their
 * weekly date. Sessions after the last are removed unless attendance was recorded. */
static gboolean
write_calendar (CaseloadStoreSqlite  *self,
                CaseloadCohort       *cohort,
                gboolean              redate,
                GError              **error)
{
  const char *id = caseload_cohort_get_id (cohort);
  int n = caseload_cohort_get_n_sessions (cohort);
  g_auto(GStrv) dates = caseload_stepps_calendar (caseload_cohort_get_start_on (cohort), n);
  const char *const *topics = caseload_stepps_topics ();
  guint n_topics = topics != NULL ? g_strv_length ((char **) topics) : 0;
  sqlite3_stmt *stmt;
  int rc, recorded = 0;

  if (dates == NULL)
    return validation_error (error, "start-on", _("Enter the date of the first session."));

  stmt = store_prepare (self,
                        "SELECT max (ss.number) FROM stepps_session ss WHERE ss.cohort_id = ?1 AND ss.number > ?2 "
                        "  AND EXISTS (SELECT 1 FROM stepps_attendance a WHERE a.session_id = ss.id)", error);
  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, id);
  sqlite3_bind_int (stmt, 2, n);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    recorded = sqlite3_column_int (stmt, 0);
  if (!store_finish_rows (self, stmt, rc == SQLITE_ROW ? SQLITE_DONE : rc, error))
    return FALSE;
  if (recorded > 0)
    {
      g_autofree char *message =
        g_strdup_printf (_("Session %d already has attendance recorded, so the group needs at least %d sessions."),
                         recorded, recorded);

      return validation_error (error, "n-sessions", message);
    }

  stmt = store_prepare (self, "DELETE FROM stepps_session WHERE cohort_id = ?1 AND number > ?2", error);
  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, id);
  sqlite3_bind_int (stmt, 2, n);
  if (!store_step_done (self, stmt, error))
    return FALSE;

  for (int i = 0; i < n; i++)
    {
      if (!insert_session (self, id, i + 1, dates[i], (guint) i < n_topics ? topics[i] : NULL, error))
        return FALSE;
      if (!redate)
        continue;
      stmt = store_prepare (self,
                            "UPDATE stepps_session SET held_on = ?3, version = version + 1 "
                            "WHERE cohort_id = ?1 AND number = ?2 AND held_on <> ?3 "
                            "  AND NOT EXISTS (SELECT 1 FROM stepps_attendance a WHERE a.session_id = stepps_session.id)",
                            error);
      if (stmt == NULL)
        return FALSE;
      store_bind_text (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, i + 1);
      store_bind_text (stmt, 3, dates[i]);
      if (!store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* The cohort's "end-on" follows its last session. */
static gboolean
update_end_on (CaseloadStoreSqlite  *self,
               const char           *cohort_id,
               GError              **error)
{
  sqlite3_stmt *stmt = store_prepare (self,
                                      "UPDATE stepps_cohort SET end_on = coalesce ((SELECT max (held_on) "
                                      "  FROM stepps_session WHERE cohort_id = ?1), start_on) WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, cohort_id);
  return store_step_done (self, stmt, error);
}

static void
bind_cohort (sqlite3_stmt   *stmt,
             CaseloadCohort *cohort)
{
  store_bind_text (stmt, 1, caseload_cohort_get_id (cohort));
  store_bind_text (stmt, 2, caseload_cohort_get_name (cohort));
  store_bind_text (stmt, 3, caseload_stepps_programme_to_code (caseload_cohort_get_programme (cohort)));
  sqlite3_bind_int (stmt, 4, caseload_cohort_get_n_sessions (cohort));
  sqlite3_bind_int (stmt, 5, caseload_cohort_get_session_minutes (cohort));
  store_bind_text (stmt, 6, caseload_cohort_get_venue (cohort));
  store_bind_text (stmt, 7, caseload_cohort_get_start_on (cohort));
  sqlite3_bind_int (stmt, 8, caseload_cohort_get_completion_percent (cohort));
  sqlite3_bind_int (stmt, 9, caseload_cohort_get_version (cohort));
}

static gboolean
save_cohort_locked (CaseloadStoreSqlite  *self,
                    const ActorInfo      *info,
                    CaseloadCohort       *cohort,
                    GHashTable           *cache,
                    GError              **error)
{
  g_autoptr(GPtrArray) problems = caseload_field_errors_new ();
  g_autoptr(CaseloadCohort) before = NULL;
  g_autoptr(CaseloadCohort) after = NULL;
  g_autofree char *now = store_now (self);
  g_autofree char *id = NULL;
  gboolean creating = caseload_cohort_get_id (cohort) == NULL;
  GDate today;
  char today_text[16];
  sqlite3_stmt *stmt;

  today_iso (self, &today, today_text);
  if (resolve_staff (self, cache, caseload_cohort_get_facilitators (cohort), "facilitators", problems))
    {
      g_autoptr(GPtrArray) checked = caseload_cohort_check (cohort);

      append_problems (problems, checked);
    }
  if (caseload_field_errors_to_error (problems, error))
    return FALSE;

  if (creating)
    {
      id = new_id ();
      caseload_cohort_set_id (cohort, id);
      caseload_cohort_set_version (cohort, 1);
      stmt = store_prepare (self,
                            "INSERT INTO stepps_cohort (id, name, programme, n_sessions, session_minutes, venue, "
                            "  start_on, end_on, completion_percent, version, organisation_id, created_by, created_at) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?8, ?9, ?10, ?11, ?12)", error);
      if (stmt == NULL)
        return FALSE;
      bind_cohort (stmt, cohort);
      store_bind_text (stmt, 10, info->organisation_id);
      store_bind_text (stmt, 11, info->staff_id);
      store_bind_text (stmt, 12, now);
      if (!store_step_done (self, stmt, error))
        return FALSE;
    }
  else
    {
      id = g_strdup (caseload_cohort_get_id (cohort));
      before = get_cohort_row (self, id, today_text, error);
      if (before == NULL)
        return FALSE;
      stmt = store_prepare (self,
                            "UPDATE stepps_cohort SET name = ?2, programme = ?3, n_sessions = ?4, session_minutes = ?5, "
                            "  venue = ?6, start_on = ?7, completion_percent = ?8, version = version + 1 "
                            "WHERE id = ?1 AND version = ?9", error);
      if (stmt == NULL)
        return FALSE;
      bind_cohort (stmt, cohort);
      if (!store_step_done (self, stmt, error))
        return FALSE;
      if (sqlite3_changes (self->db) == 0)
        {
          store_conflict (error, _("group"));
          return FALSE;
        }
    }

  if (!write_calendar (self, cohort,
                       !creating && g_strcmp0 (caseload_cohort_get_start_on (before),
                                               caseload_cohort_get_start_on (cohort)) != 0, error) ||
      !update_end_on (self, id, error) ||
      !replace_staff (self, "DELETE FROM stepps_facilitator WHERE cohort_id = ?1",
                      "INSERT OR IGNORE INTO stepps_facilitator (cohort_id, staff_id) VALUES (?1, ?2)", id,
                      caseload_cohort_get_facilitators (cohort), error))
    return FALSE;

  after = get_cohort_row (self, id, today_text, error);
  return after != NULL &&
         store_audit_change (self, info, creating ? "add-stepps-cohort" : "update-stepps-cohort", NULL, "stepps_cohort", id, before,
                             after, cohort_fields, error);
}

static gboolean
save_and_read_cohort (CaseloadStoreSqlite  *self,
                      const ActorInfo      *info,
                      CaseloadCohort       *cohort,
                      GHashTable           *cache,
                      CaseloadCohort      **saved,
                      GError              **error)
{
  if (!save_cohort_locked (self, info, cohort, cache, error))
    return FALSE;
  *saved = get_cohort_locked (self, info, caseload_cohort_get_id (cohort), FALSE, cache, error);
  return *saved != NULL;
}

static gboolean
caseload_store_sqlite_save_cohort (CaseloadStore   *store,
                                   CaseloadStaff   *actor,
                                   CaseloadCohort  *cohort,
                                   GError         **error)
{
  g_autoptr(CaseloadCohort) saved = run_save (CASELOAD_STORE_SQLITE (store), actor, cohort,
                                              (SaveLocked) save_and_read_cohort, error);

  if (saved == NULL)
    return FALSE;
  take_objects (caseload_cohort_get_sessions (cohort), caseload_cohort_get_sessions (saved));
  return TRUE;
}

/* Sessions and attendance */

static gboolean
find_session (CaseloadStoreSqlite    *self,
              CaseloadCohortSession  *session,
              CaseloadCohortSession **stored,
              GError                **error)
{
  sqlite3_stmt *stmt = store_prepare (self,
                                      SESSION_SELECT "WHERE ss.id = ?1 OR (?1 IS NULL AND ss.cohort_id = ?2 "
                                      "AND ss.number = ?3)", error);

  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, caseload_cohort_session_get_id (session));
  store_bind_text (stmt, 2, caseload_cohort_session_get_cohort_id (session));
  sqlite3_bind_int (stmt, 3, caseload_cohort_session_get_number (session));
  *stored = store_one_row (self, stmt, &session_row, _("This session is not in the group’s calendar."), error);
  return *stored != NULL;
}

static gboolean
insert_attendance (CaseloadStoreSqlite  *self,
                   const ActorInfo      *info,
                   const char           *session_id,
                   CaseloadAttendance   *mark,
                   const char           *now,
                   GError              **error)
{
  int intensity = caseload_attendance_get_intensity (mark);
  sqlite3_stmt *stmt = store_prepare (self,
                                      "INSERT INTO stepps_attendance (session_id, participant_id, person_pk, status, "
                                      "  intensity, best_total, recorded_by, recorded_at) "
                                      "SELECT ?1, sp.id, sp.person_pk, ?3, ?4, ?5, ?6, ?7 FROM stepps_participant sp "
                                      "WHERE sp.id = ?2", error);

  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, session_id);
  store_bind_text (stmt, 2, caseload_attendance_get_participant_id (mark));
  store_bind_text (stmt, 3, caseload_attendance_status_to_code (caseload_attendance_get_status (mark)));
  if (intensity > 0)
    sqlite3_bind_int (stmt, 4, intensity);
  if (caseload_attendance_get_has_best (mark))
    sqlite3_bind_int (stmt, 5, caseload_attendance_get_best_total (mark));
  store_bind_text (stmt, 6, info->staff_id);
  store_bind_text (stmt, 7, now);
  return store_step_done (self, stmt, error);
}

/* One audit event per person whose attendance was recorded: the session and the codes. */
static gboolean
audit_attendance (CaseloadStoreSqlite  *self,
                  const ActorInfo      *info,
                  const char           *session_id,
                  const char           *person_id,
                  CaseloadAttendance   *mark,
                  GError              **error)
{
  g_autofree char *quoted = caseload_audit_json_string (session_id);
  g_autofree char *best = caseload_attendance_get_has_best (mark)
                          ? g_strdup_printf ("%d", caseload_attendance_get_best_total (mark))
                          : g_strdup ("null");
  g_autofree char *detail =
    g_strdup_printf ("{\"stepps_session\":%s,\"status\":\"%s\",\"intensity\":%d,\"best_total\":%s}", quoted,
                     caseload_attendance_status_to_code (caseload_attendance_get_status (mark)),
                     caseload_attendance_get_intensity (mark), best);

  return store_audit (self, info->staff_id, "add-stepps-attendance", person_id, detail, NULL, error);
}

static gboolean
save_session_locked (CaseloadStoreSqlite    *self,
                     const ActorInfo        *info,
                     CaseloadCohortSession  *session,
                     GPtrArray              *attendance,
                     GHashTable             *cache,
                     GError                **error)
{
  g_autoptr(CaseloadCohortSession) stored = NULL;
  g_autoptr(CaseloadCohort) cohort = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GHashTable) people = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) writable = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) marked = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *now = store_now (self);
  g_autofree char *detail = NULL;
  g_autofree char *quoted = NULL;
  g_autofree char *held_on = NULL;
  GPtrArray *participants;
  const char *id;
  sqlite3_stmt *stmt;

  if (!find_session (self, session, &stored, error))
    return FALSE;
  id = caseload_cohort_session_get_id (stored);
  caseload_cohort_session_set_id (session, id);
  caseload_cohort_session_set_cohort_id (session, caseload_cohort_session_get_cohort_id (stored));
  caseload_cohort_session_set_number (session, caseload_cohort_session_get_number (stored));

  cohort = get_cohort_locked (self, info, caseload_cohort_session_get_cohort_id (stored), TRUE, cache, error);
  if (cohort == NULL)
    return FALSE;
  problems = caseload_cohort_session_check (cohort, session, attendance);
  if (caseload_field_errors_to_error (problems, error))
    return FALSE;
  if (caseload_cohort_session_get_version (session) != caseload_cohort_session_get_version (stored))
    {
      store_conflict (error, _("session"));
      return FALSE;
    }

  /* The actor replaces the attendance of the people whose records they may add to; a
   * mark for anyone else is refused with the reason. Participant id → person id. */
  participants = caseload_cohort_get_participants (cohort);
  for (guint i = 0; i < participants->len; i++)
    {
      CaseloadCohortParticipant *participant = g_ptr_array_index (participants, i);
      const char *person_id = caseload_cohort_participant_get_person_id (participant);
      CaseloadAccess access;

      if (!store_decide_access (self, info, person_id, &access, NULL, error))
        return FALSE;
      g_hash_table_insert (people, (gpointer) caseload_cohort_participant_get_id (participant), (gpointer) person_id);
      if (access.may_view && access.may_add)
        g_hash_table_insert (writable, (gpointer) caseload_cohort_participant_get_id (participant),
                             (gpointer) person_id);
    }
  for (guint i = 0; i < attendance->len; i++)
    {
      const char *participant_id = caseload_attendance_get_participant_id (g_ptr_array_index (attendance, i));
      const char *person_id = participant_id != NULL ? g_hash_table_lookup (people, participant_id) : NULL;
      g_autofree char *field = g_strconcat ("attendance:", participant_id, NULL);

      if (person_id == NULL)
        return validation_error (error, field, _("This person is not in this group."));
      if (!g_hash_table_add (marked, (gpointer) participant_id))
        return validation_error (error, field, _("This person’s attendance is given twice: keep one."));
      if (g_hash_table_contains (writable, participant_id))
        continue;
      if (store_require_access (self, info, person_id, TRUE, error))
        g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION,
                             _("You may not record attendance for everyone in this group."));
      return FALSE;
    }

  stmt = store_prepare (self,
                        "UPDATE stepps_session SET held_on = ?2, topic = ?3, notes = ?4, version = version + 1 "
                        "WHERE id = ?1 AND version = ?5", error);
  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, id);
  store_bind_text (stmt, 2, caseload_cohort_session_get_held_on (session));
  store_bind_text (stmt, 3, caseload_cohort_session_get_topic (session));
  store_bind_text (stmt, 4, caseload_cohort_session_get_notes (session));
  sqlite3_bind_int (stmt, 5, caseload_cohort_session_get_version (session));
  if (!store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    {
      store_conflict (error, _("session"));
      return FALSE;
    }

  for (guint i = 0; i < participants->len; i++)
    {
      const char *participant_id = caseload_cohort_participant_get_id (g_ptr_array_index (participants, i));

      if (!g_hash_table_contains (writable, participant_id))
        continue;
      stmt = store_prepare (self, "DELETE FROM stepps_attendance WHERE session_id = ?1 AND participant_id = ?2", error);
      if (stmt == NULL)
        return FALSE;
      store_bind_text (stmt, 1, id);
      store_bind_text (stmt, 2, participant_id);
      if (!store_step_done (self, stmt, error))
        return FALSE;
    }
  for (guint i = 0; i < attendance->len; i++)
    {
      CaseloadAttendance *mark = g_ptr_array_index (attendance, i);
      const char *person_id = g_hash_table_lookup (writable, caseload_attendance_get_participant_id (mark));

      caseload_attendance_set_session_id (mark, id);
      if (!insert_attendance (self, info, id, mark, now, error) ||
          !audit_attendance (self, info, id, person_id, mark, error))
        return FALSE;
    }

  quoted = caseload_audit_json_string (id);
  held_on = caseload_audit_json_string (caseload_cohort_session_get_held_on (session));
  detail = g_strdup_printf ("{\"stepps_session\":%s,\"number\":%d,\"held_on\":%s,\"attendance\":%u}", quoted,
                            caseload_cohort_session_get_number (session), held_on, attendance->len);
  return update_end_on (self, caseload_cohort_session_get_cohort_id (stored), error) &&
         store_audit (self, info->staff_id, "update-stepps-session", NULL, detail, NULL, error);
}

static gboolean
caseload_store_sqlite_save_cohort_session (CaseloadStore          *store,
                                           CaseloadStaff          *actor,
                                           CaseloadCohortSession  *session,
                                           GPtrArray              *attendance,
                                           GError                **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_autoptr(GHashTable) cache = staff_cache_new ();
  g_autoptr(CaseloadCohortSession) saved = NULL;
  g_auto(ActorInfo) info = { 0 };
  gboolean ok;

  if (!store_begin_mutation (self, error))
    return FALSE;
  ok = store_load_actor (self, actor, &info, error) &&
       save_session_locked (self, &info, session, attendance, cache, error) &&
       find_session (self, session, &saved, error);
  if (!store_end_mutation (self, ok, ok ? error : NULL) || !ok)
    return FALSE;
  caseload_property_copy_all (saved, session);
  return TRUE;
}

/* Participants */

/* A participant's own rules: dates, and a reinforcement team with names. */
static GPtrArray *
check_participant (CaseloadCohortParticipant *participant)
{
  GPtrArray *problems = caseload_field_errors_new ();
  GPtrArray *reinforcers = caseload_cohort_participant_get_reinforcers (participant);
  const char *joined_on = caseload_cohort_participant_get_joined_on (participant);
  const char *left_on = caseload_cohort_participant_get_left_on (participant);
  GDate date;

  if (joined_on != NULL && *joined_on != '\0' && !caseload_parse_date (joined_on, &date, NULL))
    caseload_field_errors_add (problems, "joined-on", _("Enter the date they joined as dd/mm/yyyy."));
  if (left_on != NULL && *left_on != '\0' && !caseload_parse_date (left_on, &date, NULL))
    caseload_field_errors_add (problems, "left-on", _("Enter the date they left as dd/mm/yyyy."));
  else if (left_on != NULL && *left_on != '\0' && joined_on != NULL && g_strcmp0 (left_on, joined_on) < 0)
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
  return problems;
}

/* The participant's reinforcement team replaces the stored one; a network member must be
 * one of the person's own. */
static gboolean
replace_reinforcers (CaseloadStoreSqlite        *self,
                     CaseloadCohortParticipant  *participant,
                     GError                    **error)
{
  const char *id = caseload_cohort_participant_get_id (participant);
  GPtrArray *reinforcers = caseload_cohort_participant_get_reinforcers (participant);
  sqlite3_stmt *stmt = store_prepare (self, "DELETE FROM stepps_reinforcer WHERE participant_id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, id);
  if (!store_step_done (self, stmt, error))
    return FALSE;
  for (guint i = 0; i < reinforcers->len; i++)
    {
      CaseloadReinforcer *reinforcer = g_ptr_array_index (reinforcers, i);
      g_autofree char *reinforcer_id = new_id ();

      stmt = store_prepare (self,
                            "INSERT INTO stepps_reinforcer (id, participant_id, network_member_id, name, role, "
                            "  professional, summary_given_on) "
                            "SELECT ?1, sp.id, ?3, ?4, ?5, ?6, ?7 FROM stepps_participant sp WHERE sp.id = ?2 "
                            "  AND (?3 IS NULL OR EXISTS (SELECT 1 FROM network_member nm WHERE nm.id = ?3 "
                            "                             AND nm.person_id = sp.person_id))", error);
      if (stmt == NULL)
        return FALSE;
      store_bind_text (stmt, 1, reinforcer_id);
      store_bind_text (stmt, 2, id);
      store_bind_text (stmt, 3, caseload_reinforcer_get_network_member_id (reinforcer));
      store_bind_text (stmt, 4, caseload_reinforcer_get_name (reinforcer));
      store_bind_text (stmt, 5, caseload_reinforcer_get_role (reinforcer));
      sqlite3_bind_int (stmt, 6, caseload_reinforcer_get_professional (reinforcer) ? 1 : 0);
      store_bind_text (stmt, 7, caseload_reinforcer_get_summary_given_on (reinforcer));
      if (!store_step_done (self, stmt, error))
        return FALSE;
      if (sqlite3_changes (self->db) == 0)
        {
          g_autofree char *field = g_strdup_printf ("reinforcer:%u", i + 1);

          return validation_error (error, field, _("Choose someone from the person’s network, or type their name."));
        }
      caseload_reinforcer_set_id (reinforcer, reinforcer_id);
      caseload_reinforcer_set_participant_id (reinforcer, id);
    }
  return TRUE;
}

static CaseloadCohortParticipant *
get_participant_row (CaseloadStoreSqlite  *self,
                     const char           *id,
                     GError              **error)
{
  GDate today;
  char today_text[16];
  sqlite3_stmt *stmt;

  today_iso (self, &today, today_text);
  stmt = store_prepare (self, PARTICIPANT_SELECT "WHERE sp.id = ?2", error);
  if (stmt == NULL)
    return NULL;
  store_bind_text (stmt, 1, today_text);
  store_bind_text (stmt, 2, id);
  return store_one_row (self, stmt, &participant_row, _("This person is not in the group."), error);
}

static gboolean
add_participant_locked (CaseloadStoreSqlite        *self,
                        const ActorInfo            *info,
                        CaseloadCohortParticipant  *participant,
                        const char                 *id,
                        GError                    **error)
{
  const char *person_id = caseload_cohort_participant_get_person_id (participant);
  const char *cohort_id = caseload_cohort_participant_get_cohort_id (participant);
  g_autofree char *now = store_now (self);
  GDate today;
  char today_text[16];
  sqlite3_stmt *stmt;
  int rc;

  if (person_id == NULL)
    return validation_error (error, "person-id", _("Choose the person joining the group."));
  /* Whether someone is in a group is theirs to know: access first. */
  if (!store_require_access (self, info, person_id, TRUE, error))
    return FALSE;
  stmt = store_prepare (self,
                        "SELECT EXISTS (SELECT 1 FROM stepps_cohort WHERE id = ?1), "
                        "  EXISTS (SELECT 1 FROM stepps_participant WHERE cohort_id = ?1 AND person_id = ?2)", error);
  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, cohort_id);
  store_bind_text (stmt, 2, person_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && sqlite3_column_int (stmt, 0) == 0)
    {
      sqlite3_reset (stmt);
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND, _("This group is not in the database."));
      return FALSE;
    }
  if (rc == SQLITE_ROW && sqlite3_column_int (stmt, 1) != 0)
    {
      sqlite3_reset (stmt);
      return validation_error (error, "person-id", _("This person is already in the group."));
    }
  if (!store_finish_rows (self, stmt, rc == SQLITE_ROW ? SQLITE_DONE : rc, error))
    return FALSE;

  today_iso (self, &today, today_text);
  stmt = store_prepare (self,
                        "INSERT INTO stepps_participant (id, cohort_id, person_id, person_pk, joined_on, left_on, "
                        "  version, created_by, created_at) "
                        "SELECT ?1, ?2, p.id, p.pk, coalesce (?4, ?7), ?5, 1, ?6, ?8 FROM person p WHERE p.id = ?3",
                        error);
  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, id);
  store_bind_text (stmt, 2, cohort_id);
  store_bind_text (stmt, 3, person_id);
  store_bind_text (stmt, 4, caseload_cohort_participant_get_joined_on (participant));
  store_bind_text (stmt, 5, caseload_cohort_participant_get_left_on (participant));
  store_bind_text (stmt, 6, info->staff_id);
  store_bind_text (stmt, 7, today_text);
  store_bind_text (stmt, 8, now);
  return store_step_done (self, stmt, error);
}

static gboolean
save_participant_locked (CaseloadStoreSqlite        *self,
                         const ActorInfo            *info,
                         CaseloadCohortParticipant  *participant,
                         GHashTable                 *cache,
                         CaseloadCohortParticipant **saved,
                         GError                    **error)
{
  g_autoptr(GPtrArray) problems = check_participant (participant);
  g_autoptr(CaseloadCohortParticipant) before = NULL;
  g_autofree char *id = g_strdup (caseload_cohort_participant_get_id (participant));
  gboolean creating = id == NULL;
  sqlite3_stmt *stmt;

  if (caseload_field_errors_to_error (problems, error))
    return FALSE;
  if (creating)
    {
      id = new_id ();
      if (!add_participant_locked (self, info, participant, id, error))
        return FALSE;
    }
  else
    {
      before = get_participant_row (self, id, error);
      if (before == NULL ||
          !store_require_access (self, info, caseload_cohort_participant_get_person_id (before), TRUE, error))
        return FALSE;
      stmt = store_prepare (self,
                            "UPDATE stepps_participant SET joined_on = coalesce (?2, joined_on), left_on = ?3, "
                            "  version = version + 1 WHERE id = ?1 AND version = ?4", error);
      if (stmt == NULL)
        return FALSE;
      store_bind_text (stmt, 1, id);
      store_bind_text (stmt, 2, caseload_cohort_participant_get_joined_on (participant));
      store_bind_text (stmt, 3, caseload_cohort_participant_get_left_on (participant));
      sqlite3_bind_int (stmt, 4, caseload_cohort_participant_get_version (participant));
      if (!store_step_done (self, stmt, error))
        return FALSE;
      if (sqlite3_changes (self->db) == 0)
        {
          store_conflict (error, _("group membership"));
          return FALSE;
        }
    }

  caseload_cohort_participant_set_id (participant, id);
  if (!replace_reinforcers (self, participant, error))
    return FALSE;
  *saved = get_participant_row (self, id, error);
  return *saved != NULL &&
         store_audit_change (self, info, creating ? "add-stepps-participant" : "update-stepps-participant",
                             caseload_cohort_participant_get_person_id (*saved), "stepps_participant", id, before, *saved,
                             participant_fields, error);
}

static gboolean
caseload_store_sqlite_save_cohort_participant (CaseloadStore              *store,
                                               CaseloadStaff              *actor,
                                               CaseloadCohortParticipant  *participant,
                                               GError                    **error)
{
  g_autoptr(CaseloadCohortParticipant) saved = run_save (CASELOAD_STORE_SQLITE (store), actor, participant,
                                                         (SaveLocked) save_participant_locked, error);

  return saved != NULL;
}

/* Open Dialogue */

#define CORE_TEAM_SQL \
  "SELECT m.staff_id FROM od_core_member m JOIN staff s ON s.id = m.staff_id WHERE m.episode_id = ?1 " \
  "ORDER BY s.display_name, s.id"
#define PRACTITIONERS_SQL \
  "SELECT m.staff_id FROM od_meeting_practitioner m JOIN staff s ON s.id = m.staff_id WHERE m.meeting_id = ?1 " \
  "ORDER BY s.display_name, s.id"

static gboolean
read_meeting_members (CaseloadStoreSqlite  *self,
                      const char           *person_id,
                      CaseloadOdMeeting    *meeting,
                      GError              **error)
{
  GPtrArray *members = caseload_od_meeting_get_members (meeting);
  sqlite3_stmt *stmt = store_prepare (self,
                                      "SELECT network_member_id, name, relationship, relationship_detail "
                                      "FROM od_meeting_member WHERE meeting_id = ?1 ORDER BY name COLLATE NOCASE, id",
                                      error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, caseload_od_meeting_get_id (meeting));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CaseloadNetworkMember *member = caseload_network_member_new ();
      CaseloadRelationship relationship = CASELOAD_RELATIONSHIP_FAMILY;

      caseload_relationship_from_code (store_column_text (stmt, 2), &relationship);
      caseload_network_member_set_id (member, store_column_text (stmt, 0));
      caseload_network_member_set_person_id (member, person_id);
      caseload_network_member_set_name (member, store_column_text (stmt, 1));
      caseload_network_member_set_relationship (member, relationship);
      caseload_network_member_set_relationship_detail (member, store_column_text (stmt, 3));
      g_ptr_array_add (members, member);
    }
  return store_finish_rows (self, stmt, rc, error);
}

/* A meeting's practitioners and members, and whether one of @episode's core team was there. */
static gboolean
fill_meeting (CaseloadStoreSqlite  *self,
              CaseloadOdEpisode    *episode,
              CaseloadOdMeeting    *meeting,
              GHashTable           *cache,
              GError              **error)
{
  if (!read_staff_list (self, PRACTITIONERS_SQL, caseload_od_meeting_get_id (meeting), cache,
                        caseload_od_meeting_get_practitioners (meeting), error) ||
      !read_meeting_members (self, caseload_od_episode_get_person_id (episode), meeting, error))
    return FALSE;
  caseload_od_meeting_set_has_core_member (meeting, caseload_od_meeting_has_core_member (episode, meeting));
  return TRUE;
}

/* An episode with its core team and meetings (oldest first, each filled). */
static gboolean
fill_episode (CaseloadStoreSqlite  *self,
              CaseloadOdEpisode    *episode,
              GHashTable           *cache,
              GError              **error)
{
  GPtrArray *meetings = caseload_od_episode_get_meetings (episode);
  const char *id = caseload_od_episode_get_id (episode);

  if (!read_staff_list (self, CORE_TEAM_SQL, id, cache, caseload_od_episode_get_core_team (episode), error) ||
      !collect_by_key (self,
                       MEETING_SELECT "WHERE m.episode_id = ?2 ORDER BY julianday (m.held_at), m.id",
                       NULL, id, &meeting_row, meetings, error))
    return FALSE;
  for (guint i = 0; i < meetings->len; i++)
    if (!fill_meeting (self, episode, g_ptr_array_index (meetings, i), cache, error))
      return FALSE;
  return TRUE;
}

static CaseloadOdEpisode *
get_episode_locked (CaseloadStoreSqlite  *self,
                    const char           *id,
                    GHashTable           *cache,
                    GError              **error)
{
  g_autoptr(CaseloadOdEpisode) episode = NULL;
  sqlite3_stmt *stmt = store_prepare (self, EPISODE_SELECT "WHERE e.id = ?1", error);

  if (stmt == NULL)
    return NULL;
  store_bind_text (stmt, 1, id);
  episode = store_one_row (self, stmt, &episode_row, _("This Open Dialogue episode is not in the database."), error);
  if (episode == NULL || !fill_episode (self, episode, cache, error))
    return NULL;
  return g_steal_pointer (&episode);
}

/* The links an episode makes: a referral of the same person, a responsible worker. */
static void
check_episode_links (CaseloadStoreSqlite *self,
                     CaseloadOdEpisode   *episode,
                     const char          *person_id,
                     GPtrArray           *problems)
{
  const char *referral_id = caseload_od_episode_get_referral_id (episode);
  const char *responsible_id = caseload_od_episode_get_responsible_id (episode);
  sqlite3_stmt *stmt = store_prepare (self,
                                      "SELECT (?1 IS NULL OR EXISTS (SELECT 1 FROM referral WHERE id = ?1 "
                                      "                              AND person_id = ?2)), "
                                      "  (?3 IS NULL OR EXISTS (SELECT 1 FROM staff WHERE id = ?3))", NULL);

  if (stmt == NULL)
    return;
  store_bind_text (stmt, 1, referral_id);
  store_bind_text (stmt, 2, person_id);
  store_bind_text (stmt, 3, responsible_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      if (sqlite3_column_int (stmt, 0) == 0)
        caseload_field_errors_add (problems, "referral-id", _("Choose one of this person’s referrals."));
      if (sqlite3_column_int (stmt, 1) == 0)
        caseload_field_errors_add (problems, "responsible-id", _("Choose the worker from the team’s staff."));
    }
  sqlite3_reset (stmt);
}

static void
bind_episode (sqlite3_stmt      *stmt,
              CaseloadOdEpisode *episode)
{
  store_bind_text (stmt, 1, caseload_od_episode_get_id (episode));
  store_bind_text (stmt, 2, caseload_od_start_to_code (caseload_od_episode_get_start_kind (episode)));
  store_bind_text (stmt, 3, caseload_od_episode_get_referral_id (episode));
  store_bind_text (stmt, 4, caseload_od_episode_get_contact_at (episode));
  store_bind_text (stmt, 5, caseload_od_episode_get_responsible_id (episode));
  store_bind_text (stmt, 6, caseload_od_episode_get_ended_on (episode));
  store_bind_text (stmt, 7, caseload_od_episode_get_end_note (episode));
  sqlite3_bind_int (stmt, 8, caseload_od_episode_get_version (episode));
}

static gboolean
save_episode_locked (CaseloadStoreSqlite  *self,
                     const ActorInfo      *info,
                     CaseloadOdEpisode    *episode,
                     GHashTable           *cache,
                     CaseloadOdEpisode   **saved,
                     GError              **error)
{
  g_autoptr(GDateTime) now_time = caseload_clock_now (self->clock);
  g_autoptr(GPtrArray) problems = caseload_od_episode_check (episode, now_time);
  g_autoptr(CaseloadOdEpisode) before = NULL;
  g_autofree char *id = g_strdup (caseload_od_episode_get_id (episode));
  const char *person_id = caseload_od_episode_get_person_id (episode);
  gboolean creating = id == NULL;

  if (!creating)
    {
      before = get_episode_locked (self, id, cache, error);
      if (before == NULL)
        return FALSE;
      person_id = caseload_od_episode_get_person_id (before);
    }
  if (person_id == NULL)
    return validation_error (error, "person-id", _("An Open Dialogue episode must be about a person."));
  if (!store_require_access (self, info, person_id, TRUE, error))
    return FALSE;
  check_episode_links (self, episode, person_id, problems);
  resolve_staff (self, cache, caseload_od_episode_get_core_team (episode), "core-team", problems);
  if (caseload_field_errors_to_error (problems, error))
    return FALSE;

  if (!write_record (self, info, episode, creating,
                     "INSERT INTO od_episode (id, person_id, person_pk, start_kind, referral_id, contact_at, "
                     "  responsible_id, ended_on, end_note, version, organisation_id, recorded_by, created_at) "
                     "SELECT ?1, p.id, p.pk, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?10, ?11, ?12 FROM person p WHERE p.id = ?9",
                     "UPDATE od_episode SET start_kind = ?2, referral_id = ?3, contact_at = ?4, responsible_id = ?5, "
                     "  ended_on = ?6, end_note = ?7, version = version + 1 WHERE id = ?1 AND version = ?8",
                     (BindRecord) bind_episode, person_id, 10, _("Open Dialogue episode"), error))
    return FALSE;
  g_free (id);
  id = g_strdup (caseload_od_episode_get_id (episode));

  if (!replace_staff (self, "DELETE FROM od_core_member WHERE episode_id = ?1",
                      "INSERT OR IGNORE INTO od_core_member (episode_id, staff_id) VALUES (?1, ?2)", id,
                      caseload_od_episode_get_core_team (episode), error))
    return FALSE;
  *saved = get_episode_locked (self, id, cache, error);
  return *saved != NULL &&
         store_audit_change (self, info, creating ? "add-od-episode" : "update-od-episode", person_id, "od_episode", id,
                             before, *saved, episode_fields, error);
}

static gboolean
caseload_store_sqlite_save_od_episode (CaseloadStore      *store,
                                       CaseloadStaff      *actor,
                                       CaseloadOdEpisode  *episode,
                                       GError            **error)
{
  g_autoptr(CaseloadOdEpisode) saved = run_save (CASELOAD_STORE_SQLITE (store), actor, episode,
                                                 (SaveLocked) save_episode_locked, error);

  if (saved == NULL)
    return FALSE;
  take_objects (caseload_od_episode_get_core_team (episode), caseload_od_episode_get_core_team (saved));
  take_objects (caseload_od_episode_get_meetings (episode), caseload_od_episode_get_meetings (saved));
  return TRUE;
}

/* Network members at the meeting: one of the person's network (checked, and named as
 * there) or someone named on the spot. */
static gboolean
replace_meeting_members (CaseloadStoreSqlite  *self,
                         const char           *person_id,
                         CaseloadOdMeeting    *meeting,
                         GError              **error)
{
  const char *id = caseload_od_meeting_get_id (meeting);
  GPtrArray *members = caseload_od_meeting_get_members (meeting);
  sqlite3_stmt *stmt = store_prepare (self, "DELETE FROM od_meeting_member WHERE meeting_id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, id);
  if (!store_step_done (self, stmt, error))
    return FALSE;
  for (guint i = 0; i < members->len; i++)
    {
      CaseloadNetworkMember *member = g_ptr_array_index (members, i);
      const char *member_id = caseload_network_member_get_id (member);
      g_autofree char *row_id = new_id ();

      stmt = store_prepare (self,
                            "INSERT INTO od_meeting_member (id, meeting_id, network_member_id, name, relationship, "
                            "  relationship_detail) "
                            "SELECT ?1, ?2, nm.id, nm.name, nm.relationship, nm.relationship_detail "
                            "FROM network_member nm WHERE ?3 IS NOT NULL AND nm.id = ?3 AND nm.person_id = ?7 "
                            "UNION ALL SELECT ?1, ?2, NULL, ?4, ?5, ?6 WHERE ?3 IS NULL", error);
      if (stmt == NULL)
        return FALSE;
      store_bind_text (stmt, 1, row_id);
      store_bind_text (stmt, 2, id);
      store_bind_text (stmt, 3, member_id);
      store_bind_text (stmt, 4, caseload_network_member_get_name (member));
      store_bind_text (stmt, 5, caseload_relationship_to_code (caseload_network_member_get_relationship (member)));
      store_bind_text (stmt, 6, caseload_network_member_get_relationship_detail (member));
      store_bind_text (stmt, 7, person_id);
      if (!store_step_done (self, stmt, error))
        return FALSE;
      if (sqlite3_changes (self->db) == 0)
        return validation_error (error, "members", _("Choose each network member from the person’s network, or "
                                                     "type the name of someone there on the spot."));
    }
  return TRUE;
}

/* The episode's first meeting is its earliest (by the instant, whatever the offset). */
static gboolean
update_first_meeting (CaseloadStoreSqlite  *self,
                      const char           *episode_id,
                      GError              **error)
{
  sqlite3_stmt *stmt = store_prepare (self,
                                      "UPDATE od_episode SET first_meeting_at = (SELECT m.held_at FROM od_meeting m "
                                      "  WHERE m.episode_id = ?1 ORDER BY julianday (m.held_at), m.id LIMIT 1) "
                                      "WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, episode_id);
  return store_step_done (self, stmt, error);
}

static CaseloadOdMeeting *
get_meeting_row (CaseloadStoreSqlite  *self,
                 const char           *id,
                 GError              **error)
{
  sqlite3_stmt *stmt = store_prepare (self, MEETING_SELECT "WHERE m.id = ?1", error);

  if (stmt == NULL)
    return NULL;
  store_bind_text (stmt, 1, id);
  return store_one_row (self, stmt, &meeting_row, _("This network meeting is not in the database."), error);
}

static void
bind_meeting (sqlite3_stmt      *stmt,
              CaseloadOdMeeting *meeting)
{
  store_bind_text (stmt, 1, caseload_od_meeting_get_id (meeting));
  store_bind_text (stmt, 2, caseload_od_meeting_get_held_at (meeting));
  store_bind_text (stmt, 3, caseload_od_place_to_code (caseload_od_meeting_get_place (meeting)));
  sqlite3_bind_int (stmt, 4, caseload_od_meeting_get_person_present (meeting) ? 1 : 0);
  store_bind_text (stmt, 5, caseload_od_meeting_get_decisions (meeting));
  store_bind_text (stmt, 6, caseload_od_meeting_get_notes (meeting));
  sqlite3_bind_int (stmt, 7, caseload_od_meeting_get_version (meeting));
}

static gboolean
save_meeting_locked (CaseloadStoreSqlite  *self,
                     const ActorInfo      *info,
                     CaseloadOdMeeting    *meeting,
                     GHashTable           *cache,
                     CaseloadOdMeeting   **saved,
                     GError              **error)
{
  g_autoptr(GDateTime) now_time = caseload_clock_now (self->clock);
  g_autoptr(GPtrArray) problems = caseload_field_errors_new ();
  g_autoptr(GPtrArray) checked = NULL;
  g_autoptr(CaseloadOdMeeting) before = NULL;
  g_autoptr(CaseloadOdEpisode) episode = NULL;
  g_autofree char *id = g_strdup (caseload_od_meeting_get_id (meeting));
  const char *episode_id = caseload_od_meeting_get_episode_id (meeting);
  const char *person_id;
  gboolean creating = id == NULL;

  if (!creating)
    {
      before = get_meeting_row (self, id, error);
      if (before == NULL)
        return FALSE;
      episode_id = caseload_od_meeting_get_episode_id (before);
      caseload_od_meeting_set_episode_id (meeting, episode_id);
    }
  if (episode_id == NULL)
    return validation_error (error, "episode-id", _("A network meeting belongs to an Open Dialogue episode."));
  episode = get_episode_locked (self, episode_id, cache, error);
  if (episode == NULL)
    return FALSE;
  person_id = caseload_od_episode_get_person_id (episode);
  if (!store_require_access (self, info, person_id, TRUE, error) ||
      (before != NULL && !fill_meeting (self, episode, before, cache, error)))
    return FALSE;

  resolve_staff (self, cache, caseload_od_meeting_get_practitioners (meeting), "practitioners", problems);
  checked = caseload_od_meeting_check (episode, meeting, now_time);
  append_problems (problems, checked);
  if (caseload_field_errors_to_error (problems, error))
    return FALSE;

  if (!write_record (self, info, meeting, creating,
                     "INSERT INTO od_meeting (id, episode_id, person_pk, held_at, place, person_present, decisions, "
                     "  notes, version, organisation_id, recorded_by, created_at) "
                     "SELECT ?1, e.id, e.person_pk, ?2, ?3, ?4, ?5, ?6, ?7, ?9, ?10, ?11 FROM od_episode e "
                     "WHERE e.id = ?8",
                     "UPDATE od_meeting SET held_at = ?2, place = ?3, person_present = ?4, decisions = ?5, "
                     "  notes = ?6, version = version + 1 WHERE id = ?1 AND version = ?7",
                     (BindRecord) bind_meeting, episode_id, 9, _("network meeting"), error))
    return FALSE;
  g_free (id);
  id = g_strdup (caseload_od_meeting_get_id (meeting));

  if (!replace_staff (self, "DELETE FROM od_meeting_practitioner WHERE meeting_id = ?1",
                      "INSERT OR IGNORE INTO od_meeting_practitioner (meeting_id, staff_id) VALUES (?1, ?2)", id,
                      caseload_od_meeting_get_practitioners (meeting), error) ||
      !replace_meeting_members (self, person_id, meeting, error) ||
      !update_first_meeting (self, episode_id, error))
    return FALSE;

  *saved = get_meeting_row (self, id, error);
  if (*saved == NULL || !fill_meeting (self, episode, *saved, cache, error))
    return FALSE;
  return store_audit_change (self, info, creating ? "add-od-meeting" : "update-od-meeting", person_id, "od_meeting", id,
                             before, *saved, meeting_fields, error);
}

static gboolean
caseload_store_sqlite_save_od_meeting (CaseloadStore      *store,
                                       CaseloadStaff      *actor,
                                       CaseloadOdMeeting  *meeting,
                                       GError            **error)
{
  g_autoptr(CaseloadOdMeeting) saved = run_save (CASELOAD_STORE_SQLITE (store), actor, meeting,
                                                 (SaveLocked) save_meeting_locked, error);

  if (saved == NULL)
    return FALSE;
  take_objects (caseload_od_meeting_get_practitioners (meeting), caseload_od_meeting_get_practitioners (saved));
  take_objects (caseload_od_meeting_get_members (meeting), caseload_od_meeting_get_members (saved));
  return TRUE;
}

/* The person's pathways */

static gboolean
read_pathways_locked (CaseloadStoreSqlite  *self,
                      const ActorInfo      *info,
                      CaseloadPathways     *pathways,
                      GError              **error)
{
  g_autoptr(GHashTable) cache = staff_cache_new ();
  const char *person_id = pathways->person_id;
  GDate today;
  char today_text[16];

  today_iso (self, &today, today_text);
  if (!store_require_access (self, info, person_id, FALSE, error) ||
      !collect_by_key (self, PARTICIPANT_SELECT "WHERE sp.person_id = ?2 ORDER BY c.start_on DESC, c.created_at DESC, sp.id",
                       today_text, person_id, &participant_row, pathways->cohorts, error) ||
      !collect_by_key (self,
                       EPISODE_SELECT "WHERE e.person_id = ?2 "
                       "ORDER BY julianday (e.contact_at) DESC, e.created_at DESC, e.id",
                       today_text, person_id, &episode_row, pathways->od_episodes, error))
    return FALSE;
  for (guint i = 0; i < pathways->cohorts->len; i++)
    if (!read_reinforcers (self, g_ptr_array_index (pathways->cohorts, i), error))
      return FALSE;
  for (guint i = 0; i < pathways->od_episodes->len; i++)
    if (!fill_episode (self, g_ptr_array_index (pathways->od_episodes, i), cache, error))
      return FALSE;
  return store_read_ips_housing (self, info, person_id, pathways, error);
}

static CaseloadPathways *
caseload_store_sqlite_read_pathways (CaseloadStore  *store,
                                     CaseloadStaff  *actor,
                                     const char     *person_id,
                                     GError        **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_autoptr(CaseloadPathways) pathways = caseload_pathways_new (person_id);
  g_auto(ActorInfo) info = { 0 };
  gboolean ok;

  /* One read transaction, so every part is from the same moment. */
  if (!store_begin_mutation (self, error))
    return NULL;
  ok = store_load_actor (self, actor, &info, error) &&
       read_pathways_locked (self, &info, pathways, error);
  if (!store_end_mutation (self, ok, ok ? error : NULL) || !ok)
    return NULL;
  return g_steal_pointer (&pathways);
}

void
store_groups_iface_init (CaseloadStoreInterface *iface)
{
  iface->list_cohorts = caseload_store_sqlite_list_cohorts;
  iface->get_cohort = caseload_store_sqlite_get_cohort;
  iface->save_cohort = caseload_store_sqlite_save_cohort;
  iface->save_cohort_session = caseload_store_sqlite_save_cohort_session;
  iface->save_cohort_participant = caseload_store_sqlite_save_cohort_participant;
  iface->save_od_episode = caseload_store_sqlite_save_od_episode;
  iface->save_od_meeting = caseload_store_sqlite_save_od_meeting;
  iface->read_pathways = caseload_store_sqlite_read_pathways;
}
