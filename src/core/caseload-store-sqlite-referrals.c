/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "caseload-audit-chain.h"
#include "caseload-error.h"
#include "caseload-property.h"
#include "caseload-store-sqlite-private.h"
#include "caseload-validate.h"
#include "caseload-validate-referral.h"
#include "caseload-wait-clock.h"

/*
 * Referrals, triage, waiting-time clocks and their pauses, allocation, transfer, tasks,
 * the team's thresholds and standards. Each write is validated first (the core checks),
 * then runs in one mutation (SAVEPOINT) with its audit event, its care relationships and
 * its clock columns. The clock columns are derived: recomputing them never bumps the
 * referral's version.
 */

#define REFERRAL_SELECT \
  "SELECT r.id, r.person_id, " STORE_PERSON_NAME ", r.pcn, r.source, r.source_detail, r.received_at, " \
  "  r.reason, r.urgency, r.person_agreed, r.attachments, r.created_by, cs.display_name, r.organisation_id, " \
  "  o.name, r.status, r.triage_outcome, r.signpost, r.destination, r.triage_reason, r.decided_by, " \
  "  ds.display_name, r.decided_on, r.first_contact_at, r.assessment_at, r.help_started_at, r.help_kind, " \
  "  r.next_review_on, r.transfer_kind, r.transfer_destination, r.transfer_summary, r.transferred_on, " \
  "  r.transferred_by, " STORE_CLOCK_STATE ("?1") ", r.clock_due_at, r.clock_warn_at, " STORE_WAITED ("?1") ", " \
  "  (SELECT count(*) FROM allocation al WHERE al.referral_id = r.id AND al.ended_on IS NULL), " \
  "  r.version, r.created_at, r.updated_at " \
  "FROM referral r JOIN person p ON p.pk = r.person_pk JOIN staff cs ON cs.id = r.created_by " \
  "JOIN organisation o ON o.id = r.organisation_id LEFT JOIN staff ds ON ds.id = r.decided_by "

#define PAUSE_SELECT \
  "SELECT c.id, c.referral_id, c.reason, c.started_at, c.ended_at, c.note, c.created_by, s.display_name, " \
  "  c.version, c.created_at FROM clock_pause c JOIN staff s ON s.id = c.created_by "

#define ALLOCATION_SELECT \
  "SELECT al.id, al.referral_id, al.person_id, " STORE_PERSON_NAME ", al.staff_id, s.display_name, " \
  "  s.organisation_id, o.name, al.role, al.started_on, al.ended_on, al.end_reason, al.version, " \
  "  al.created_at, al.created_by " \
  "FROM allocation al JOIN person p ON p.pk = al.person_pk JOIN staff s ON s.id = al.staff_id " \
  "JOIN organisation o ON o.id = s.organisation_id "

#define TASK_SELECT \
  "SELECT t.id, t.person_id, " STORE_PERSON_NAME ", t.owner_id, s.display_name, t.owner_organisation_id, " \
  "  oo.name, t.title, t.due_on, t.done, t.done_at, t.done_by, t.origin, t.source_id, t.version, t.created_at, " \
  "  t.created_by " \
  "FROM task t JOIN person p ON p.pk = t.person_pk LEFT JOIN staff s ON s.id = t.owner_id " \
  "LEFT JOIN organisation oo ON oo.id = t.owner_organisation_id "

#define STANDARD_SELECT \
  "SELECT w.urgency, w.target, w.unit, w.warn, w.stops_at, w.version, w.updated_at, s.display_name " \
  "FROM wait_standard w LEFT JOIN staff s ON s.id = w.updated_by "

/* Helpers shared by every call */

gboolean
store_finish_rows (CaseloadStoreSqlite  *self,
                   sqlite3_stmt         *stmt,
                   int                   rc,
                   GError              **error)
{
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  store_set_error (self, error);
  return FALSE;
}

/* One column into one property: text, numbers, booleans, and enums by their nick (the
 * stored codes of caseload-types.c are the nicks) or, from SQL arithmetic, by number.
 * A NULL leaves the property's default. */
static void
set_from_column (GObject      *object,
                 GParamSpec   *spec,
                 sqlite3_stmt *stmt,
                 int           column)
{
  g_auto(GValue) value = G_VALUE_INIT;
  int type = sqlite3_column_type (stmt, column);

  if (type == SQLITE_NULL)
    return;
  g_value_init (&value, spec->value_type);
  if (G_VALUE_HOLDS_STRING (&value))
    g_value_set_string (&value, store_column_text (stmt, column));
  else if (G_VALUE_HOLDS_BOOLEAN (&value))
    g_value_set_boolean (&value, sqlite3_column_int (stmt, column) != 0);
  else if (G_VALUE_HOLDS_INT (&value))
    g_value_set_int (&value, sqlite3_column_int (stmt, column));
  else if (G_VALUE_HOLDS_UINT (&value))
    g_value_set_uint (&value, (guint) sqlite3_column_int64 (stmt, column));
  else if (G_VALUE_HOLDS_INT64 (&value))
    g_value_set_int64 (&value, sqlite3_column_int64 (stmt, column));
  else if (G_VALUE_HOLDS_DOUBLE (&value))
    g_value_set_double (&value, sqlite3_column_double (stmt, column));
  else if (G_VALUE_HOLDS_ENUM (&value) && type == SQLITE_INTEGER)
    g_value_set_enum (&value, sqlite3_column_int (stmt, column));
  else if (G_VALUE_HOLDS_ENUM (&value))
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (spec->value_type);
      GEnumValue *nick = g_enum_get_value_by_nick (klass, store_column_text (stmt, column));

      if (nick == NULL)
        return;
      g_value_set_enum (&value, nick->value);
    }
  else
    g_return_if_reached ();
  g_object_set_property (object, spec->name, &value);
}

gpointer
store_read_object (sqlite3_stmt       *stmt,
                   GType               type,
                   const char * const *columns)
{
  GObject *object = g_object_new (type, NULL);

  g_object_freeze_notify (object);
  for (int i = 0; columns[i] != NULL; i++)
    {
      GParamSpec *spec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), columns[i]);

      g_assert (spec != NULL);
      set_from_column (object, spec, stmt, i);
    }
  g_object_thaw_notify (object);
  return object;
}

gboolean
store_is_team_manager (const ActorInfo  *info,
                       const char       *what,
                       GError          **error)
{
  if (info->role == CASELOAD_ROLE_TEAM_MANAGER)
    return TRUE;
  g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION,
               _("Only a team manager can %s."), what);
  return FALSE;
}

static char *
iso_of (GDateTime *time)
{
  g_autoptr(GDateTime) utc = NULL;

  if (time == NULL)
    return NULL;
  utc = g_date_time_to_utc (time);
  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

static GDateTime *
time_of (const char *iso)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  return iso != NULL && *iso != '\0' ? g_date_time_new_from_iso8601 (iso, utc) : NULL;
}

/* The audited form of an object: @names' properties as JSON (enums by their nick). */
static char *
object_json (gpointer           object,
             const char * const *names)
{
  GString *json = g_string_new ("{");

  for (guint i = 0; names[i] != NULL; i++)
    {
      GParamSpec *spec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), names[i]);
      g_auto(GValue) value = G_VALUE_INIT;
      g_autofree char *text = NULL;

      g_assert (spec != NULL);
      g_value_init (&value, spec->value_type);
      g_object_get_property (object, names[i], &value);
      if (G_VALUE_HOLDS_STRING (&value))
        text = caseload_audit_json_string (g_value_get_string (&value));
      else if (G_VALUE_HOLDS_BOOLEAN (&value))
        text = g_strdup (g_value_get_boolean (&value) ? "true" : "false");
      else if (G_VALUE_HOLDS_INT (&value))
        text = g_strdup_printf ("%d", g_value_get_int (&value));
      else if (G_VALUE_HOLDS_INT64 (&value))
        text = g_strdup_printf ("%" G_GINT64_FORMAT, g_value_get_int64 (&value));
      else if (G_VALUE_HOLDS_DOUBLE (&value))
        {
          char number[G_ASCII_DTOSTR_BUF_SIZE];

          text = g_strdup (g_ascii_dtostr (number, sizeof number, g_value_get_double (&value)));
        }
      else if (G_VALUE_HOLDS_ENUM (&value))
        {
          g_autoptr(GEnumClass) klass = g_type_class_ref (spec->value_type);
          GEnumValue *nick = g_enum_get_value (klass, g_value_get_enum (&value));

          text = caseload_audit_json_string (nick != NULL ? nick->value_nick : NULL);
        }
      else
        text = g_strdup ("null");
      g_string_append_printf (json, "%s\"%s\":%s", i > 0 ? "," : "", names[i], text);
    }
  g_string_append_c (json, '}');
  return g_string_free (json, FALSE);
}

gboolean
store_audit_change (CaseloadStoreSqlite  *self,
                    const ActorInfo      *info,
                    const char           *action,
                    const char           *person_id,
                    const char           *key,
                    const char           *id,
                    gpointer              before,
                    gpointer              after,
                    const char * const   *names,
                    GError              **error)
{
  g_autofree char *quoted = caseload_audit_json_string (id);
  g_autofree char *old_json = before != NULL ? object_json (before, names) : NULL;
  g_autofree char *new_json = after != NULL ? object_json (after, names) : NULL;
  g_autofree char *detail = NULL;

  if (old_json != NULL)
    detail = g_strdup_printf ("{\"%s\":%s,\"before\":%s,\"after\":%s}", key, quoted, old_json, new_json);
  else
    detail = g_strdup_printf ("{\"%s\":%s,\"after\":%s}", key, quoted, new_json);
  return store_audit (self, info->staff_id, action, person_id, detail, NULL, error);
}

static gboolean
set_field_errors (GPtrArray  *problems,
                  GError    **error)
{
  return caseload_field_errors_to_error (problems, error);
}

void
store_conflict (GError     **error,
                const char  *what)
{
  g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_CONFLICT,
               _("Someone else changed this %s since you opened it. Nothing was saved: reopen it and try again."),
               what);
}

static gpointer
read_row (sqlite3_stmt  *stmt,
          const RowKind *kind)
{
  return store_read_object (stmt, kind->get_type (), kind->columns);
}

gboolean
store_collect_rows (CaseloadStoreSqlite  *self,
                    sqlite3_stmt         *stmt,
                    const RowKind        *kind,
                    GPtrArray            *items,
                    GError              **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (items, read_row (stmt, kind));
  return store_finish_rows (self, stmt, rc, error);
}

/* One row or NOT_FOUND with @missing. */
gpointer
store_one_row (CaseloadStoreSqlite  *self,
               sqlite3_stmt         *stmt,
               const RowKind        *kind,
               const char           *missing,
               GError              **error)
{
  gpointer item = NULL;
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    item = read_row (stmt, kind);
  else if (rc == SQLITE_DONE)
    g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND, missing);
  else
    store_set_error (self, error);
  sqlite3_reset (stmt);
  return item;
}

/* The one row @sql finds by @key (?2), with the clock's now as ?1. */
gpointer
store_get_one (CaseloadStoreSqlite  *self,
               const char           *sql,
               const char           *key,
               const RowKind        *kind,
               const char           *missing,
               GError              **error)
{
  g_autofree char *now = store_now (self);
  sqlite3_stmt *stmt = store_prepare (self, sql, error);

  if (stmt == NULL)
    return NULL;
  store_bind_text (stmt, 1, now);
  store_bind_text (stmt, 2, key);
  return store_one_row (self, stmt, kind, missing, error);
}

/* Referrals */

/* The columns of REFERRAL_SELECT, as the referral's properties. */
static const char * const referral_columns[] = {
  "id", "person-id", "person-name", "pcn", "source", "source-detail", "received-at", "reason", "urgency",
  "person-agreed", "attachments", "referred-by", "referred-by-name", "organisation-id", "organisation-name",
  "status", "triage-outcome", "signpost", "destination", "triage-reason", "decided-by", "decided-by-name",
  "decided-on", "first-contact-at", "assessment-at", "help-started-at", "help-kind", "next-review-on",
  "transfer-kind", "transfer-destination", "transfer-summary", "transferred-on", "transferred-by", "clock-state",
  "clock-due-at", "clock-warn-at", "waited-seconds", "allocated-count", "version", "created-at", "updated-at", NULL
};

static const RowKind referral_row = { caseload_referral_get_type, referral_columns };

static CaseloadReferral *
get_referral_locked (CaseloadStoreSqlite  *self,
                     const char           *id,
                     GError              **error)
{
  return store_get_one (self, REFERRAL_SELECT "WHERE r.id = ?2", id, &referral_row,
                  _("This referral is not in the database."), error);
}

/* Reads the referral and checks the actor may see (or, @to_add, add to) its person. */
static CaseloadReferral *
require_referral (CaseloadStoreSqlite  *self,
                  const ActorInfo      *info,
                  const char           *id,
                  gboolean              to_add,
                  GError              **error)
{
  g_autoptr(CaseloadReferral) referral = NULL;

  if (id == NULL)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                   _("This referral has not been saved yet."));
      return NULL;
    }
  referral = get_referral_locked (self, id, error);
  if (referral == NULL ||
      !store_require_access (self, info, caseload_referral_get_person_id (referral), to_add, error))
    return NULL;
  return g_steal_pointer (&referral);
}

static const char * const referral_fields[] = {
  "source", "source-detail", "received-at", "reason", "urgency", "person-agreed", "attachments",
  "status", "triage-outcome", "signpost", "destination", "triage-reason", "decided-by", "decided-on",
  "first-contact-at", "assessment-at", "help-started-at", "help-kind", "next-review-on",
  "transfer-kind", "transfer-destination", "transfer-summary", "transferred-on", "transferred-by", NULL
};

static const char * const standard_columns[] = {
  "urgency", "target", "unit", "warn", "stops-at", "version", "updated-at", "updated-by-name", NULL
};

static const RowKind standard_row = { caseload_wait_standard_get_type, standard_columns };

static CaseloadWaitStandard *
get_standard_locked (CaseloadStoreSqlite  *self,
                     const char           *urgency,
                     GError              **error)
{
  return store_get_one (self, STANDARD_SELECT "WHERE w.urgency = ?2", urgency, &standard_row,
                  _("There is no waiting-time standard for this urgency."), error);
}

static void
clear_pause_span (gpointer data)
{
  CaseloadPauseSpan *span = data;

  g_clear_pointer (&span->started, g_date_time_unref);
  g_clear_pointer (&span->ended, g_date_time_unref);
}

/* Recomputes the referral's clock columns from its standard, milestones and pauses, at
 * the store clock's now. A referral closed by triage or transfer keeps its counted time
 * up to now; its clock runs no more. */
static gboolean
refresh_clock (CaseloadStoreSqlite  *self,
               const char           *referral_id,
               GError              **error)
{
  g_autoptr(CaseloadWaitStandard) standard = NULL;
  g_autoptr(GArray) pauses = g_array_new (FALSE, TRUE, sizeof (CaseloadPauseSpan));
  g_autoptr(GDateTime) now = caseload_clock_now (self->clock);
  g_autoptr(GDateTime) received = NULL;
  g_autoptr(GDateTime) stopped = NULL;
  g_autofree char *urgency = NULL;
  g_autofree char *stop_text = NULL;
  g_autofree char *due = NULL;
  g_autofree char *warn = NULL;
  CaseloadClockReading reading = { 0 };
  gboolean open, paused;
  sqlite3_stmt *stmt;
  int rc;

  g_array_set_clear_func (pauses, clear_pause_span);

  stmt = store_prepare (self,
                        "SELECT received_at, urgency, status IN ('awaiting-triage', 'accepted'), "
                        "  first_contact_at, assessment_at, help_started_at FROM referral WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, referral_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      received = time_of (store_column_text (stmt, 0));
      urgency = g_strdup (store_column_text (stmt, 1));
      open = sqlite3_column_int (stmt, 2) != 0;
      standard = get_standard_locked (self, urgency, NULL);
      if (standard != NULL)
        stop_text = g_strdup (store_column_text (stmt, 3 + caseload_wait_standard_get_stops_at (standard)));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW || standard == NULL || received == NULL)
    {
      if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        store_set_error (self, error);
      else
        g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND, _("This referral is not in the database."));
      return FALSE;
    }
  stopped = time_of (stop_text);

  stmt = store_prepare (self, "SELECT started_at, ended_at FROM clock_pause WHERE referral_id = ?1 ORDER BY started_at",
                        error);
  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, referral_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CaseloadPauseSpan span = { time_of (store_column_text (stmt, 0)), time_of (store_column_text (stmt, 1)) };

      g_array_append_val (pauses, span);
    }
  if (!store_finish_rows (self, stmt, rc, error))
    return FALSE;

  caseload_wait_clock_read (standard, received, stopped, (CaseloadPauseSpan *) pauses->data, pauses->len, now,
                            &reading);
  paused = stopped == NULL && reading.state == CASELOAD_CLOCK_PAUSED;
  if (!paused)
    {
      due = iso_of (reading.due);
      warn = iso_of (reading.warn_from);
    }

  stmt = store_prepare (self,
                        "UPDATE referral SET clock_due_at = ?2, clock_warn_at = ?3, clock_paused = ?4, "
                        "  clock_stopped_at = ?5, clock_waited_seconds = ?6, clock_missed = ?7 WHERE id = ?1", error);
  if (stmt == NULL)
    {
      caseload_clock_reading_clear (&reading);
      return FALSE;
    }
  store_bind_text (stmt, 1, referral_id);
  store_bind_text (stmt, 2, due);
  store_bind_text (stmt, 3, warn);
  sqlite3_bind_int (stmt, 4, paused ? 1 : 0);
  store_bind_text (stmt, 5, stop_text);
  if (stopped != NULL || !open)
    sqlite3_bind_int64 (stmt, 6, reading.waited_seconds);
  if (stopped != NULL)
    sqlite3_bind_int (stmt, 7, reading.state == CASELOAD_CLOCK_MISSED ? 1 : 0);
  caseload_clock_reading_clear (&reading);
  return store_step_done (self, stmt, error);
}

/* Puts @organisation_id in the person's direct care unless it is already, that way. */
static gboolean
ensure_relationship (CaseloadStoreSqlite  *self,
                     const char           *person_id,
                     const char           *organisation_id,
                     const char           *kind,
                     const ActorInfo      *info,
                     GError              **error)
{
  g_autofree char *now = store_now (self);
  sqlite3_stmt *stmt = store_prepare (self,
                                      "SELECT 1 FROM care_relationship WHERE person_id = ?1 AND organisation_id = ?2 "
                                      "AND kind = ?3 AND ended_at IS NULL", error);
  gboolean exists;

  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, person_id);
  store_bind_text (stmt, 2, organisation_id);
  store_bind_text (stmt, 3, kind);
  exists = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  if (exists)
    return TRUE;
  return store_insert_relationship (self, person_id, organisation_id, kind, info->staff_id, now, error) &&
         store_refresh_access (self, person_id, error);
}

/* A note on the person's timeline, written by the actor now, in this transaction. */
static gboolean
add_note (CaseloadStoreSqlite  *self,
          CaseloadStaff        *actor,
          const char           *person_id,
          const char           *text,
          GError              **error)
{
  g_autoptr(CaseloadTimelineEntry) entry = caseload_timeline_entry_new ();
  g_autofree char *now = store_now (self);

  caseload_timeline_entry_set_person_id (entry, person_id);
  caseload_timeline_entry_set_kind (entry, CASELOAD_ENTRY_NOTE);
  caseload_timeline_entry_set_sensitivity (entry, CASELOAD_SENSITIVITY_STANDARD);
  caseload_timeline_entry_set_occurred_at (entry, now);
  caseload_timeline_entry_set_text (entry, text);
  return caseload_store_add_timeline_entry (CASELOAD_STORE (self), actor, entry, error);
}

typedef gpointer (*GetLocked) (CaseloadStoreSqlite *self, const char *id, GError **error);

/* After a write: the caller's @object becomes the saved record, read by @get. */
static void
reload (CaseloadStoreSqlite *self,
        GetLocked            get,
        const char          *id,
        gpointer             object)
{
  g_autoptr(GObject) saved = NULL;

  g_rec_mutex_lock (&self->lock);
  saved = get (self, id, NULL);
  g_rec_mutex_unlock (&self->lock);
  if (saved != NULL)
    caseload_property_copy_all (saved, object);
}

static gboolean
caseload_store_sqlite_create_referral (CaseloadStore     *store,
                                       CaseloadStaff     *actor,
                                       CaseloadReferral  *referral,
                                       GError           **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_autoptr(GDateTime) now_time = caseload_clock_now (self->clock);
  g_autoptr(GPtrArray) problems = caseload_referral_check (referral, now_time);
  g_autofree char *now = store_now (self);
  g_autofree char *id = g_uuid_string_random ();
  g_auto(ActorInfo) info = { 0 };
  const char *person_id = caseload_referral_get_person_id (referral);
  sqlite3_stmt *stmt;
  gboolean ok = FALSE;

  if (set_field_errors (problems, error))
    return FALSE;
  if (!store_begin_mutation (self, error))
    return FALSE;

  if (store_load_actor (self, actor, &info, error) &&
      store_require_access (self, &info, person_id, TRUE, error) &&
      (stmt = store_prepare (self,
                             "INSERT INTO referral (id, person_id, person_pk, pcn, source, source_detail, received_at, "
                             "  reason, urgency, person_agreed, attachments, organisation_id, status, version, "
                             "  created_at, created_by, updated_at, updated_by) "
                             "SELECT ?1, p.id, p.pk, p.pcn, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'awaiting-triage', 1, "
                             "  ?10, ?11, ?10, ?11 FROM person p WHERE p.id = ?12", error)) != NULL)
    {
      store_bind_text (stmt, 1, id);
      store_bind_text (stmt, 2, caseload_referral_source_to_code (caseload_referral_get_source (referral)));
      store_bind_text (stmt, 3, caseload_referral_get_source_detail (referral));
      store_bind_text (stmt, 4, caseload_referral_get_received_at (referral));
      store_bind_text (stmt, 5, caseload_referral_get_reason (referral));
      store_bind_text (stmt, 6, caseload_urgency_to_code (caseload_referral_get_urgency (referral)));
      sqlite3_bind_int (stmt, 7, caseload_referral_get_person_agreed (referral) ? 1 : 0);
      store_bind_text (stmt, 8, caseload_referral_get_attachments (referral));
      store_bind_text (stmt, 9, info.organisation_id);
      store_bind_text (stmt, 10, now);
      store_bind_text (stmt, 11, info.staff_id);
      store_bind_text (stmt, 12, person_id);
      ok = store_step_done (self, stmt, error) &&
           ensure_relationship (self, person_id, info.organisation_id, "referral", &info, error) &&
           refresh_clock (self, id, error) &&
           store_audit_change (self, &info, "create-referral", person_id, "referral", id, NULL, referral,
                         referral_fields, error);
    }

  if (!store_end_mutation (self, ok, ok ? error : NULL) || !ok)
    return FALSE;
  reload (self, (GetLocked) get_referral_locked, id, referral);
  return TRUE;
}

/* The UPDATE changed nothing: someone saved first (the version read is not @before's),
 * or the referral is not in the state this call needs (@wrong_state says which). */
static gboolean
explain_no_change (CaseloadReferral  *before,
                   CaseloadReferral  *referral,
                   const char        *wrong_state,
                   GError           **error)
{
  if (caseload_referral_get_version (before) != caseload_referral_get_version (referral))
    store_conflict (error, _("referral"));
  else
    g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION, wrong_state);
  return FALSE;
}

static gboolean
caseload_store_sqlite_update_referral (CaseloadStore     *store,
                                       CaseloadStaff     *actor,
                                       CaseloadReferral  *referral,
                                       GError           **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_autoptr(GDateTime) now_time = caseload_clock_now (self->clock);
  g_autoptr(GPtrArray) problems = caseload_referral_check (referral, now_time);
  g_autoptr(GPtrArray) steps = caseload_referral_check_milestones (referral, now_time);
  g_autoptr(CaseloadReferral) before = NULL;
  g_autofree char *now = store_now (self);
  g_auto(ActorInfo) info = { 0 };
  const char *id = caseload_referral_get_id (referral);
  sqlite3_stmt *stmt;
  gboolean ok = FALSE;

  if (set_field_errors (problems, error) || set_field_errors (steps, error))
    return FALSE;
  if (!store_begin_mutation (self, error))
    return FALSE;

  if (store_load_actor (self, actor, &info, error) &&
      (before = require_referral (self, &info, id, TRUE, error)) != NULL &&
      (stmt = store_prepare (self,
                             "UPDATE referral SET source = ?2, source_detail = ?3, received_at = ?4, reason = ?5, "
                             "  urgency = ?6, person_agreed = ?7, attachments = ?8, first_contact_at = ?9, "
                             "  assessment_at = ?10, help_started_at = ?11, help_kind = ?12, next_review_on = ?13, "
                             "  version = version + 1, updated_at = ?14, updated_by = ?15 "
                             "WHERE id = ?1 AND version = ?16", error)) != NULL)
    {
      const char *help_started = caseload_referral_get_help_started_at (referral);

      store_bind_text (stmt, 1, id);
      store_bind_text (stmt, 2, caseload_referral_source_to_code (caseload_referral_get_source (referral)));
      store_bind_text (stmt, 3, caseload_referral_get_source_detail (referral));
      store_bind_text (stmt, 4, caseload_referral_get_received_at (referral));
      store_bind_text (stmt, 5, caseload_referral_get_reason (referral));
      store_bind_text (stmt, 6, caseload_urgency_to_code (caseload_referral_get_urgency (referral)));
      sqlite3_bind_int (stmt, 7, caseload_referral_get_person_agreed (referral) ? 1 : 0);
      store_bind_text (stmt, 8, caseload_referral_get_attachments (referral));
      store_bind_text (stmt, 9, caseload_referral_get_first_contact_at (referral));
      store_bind_text (stmt, 10, caseload_referral_get_assessment_at (referral));
      store_bind_text (stmt, 11, help_started);
      if (help_started != NULL && *help_started != '\0')
        store_bind_text (stmt, 12, caseload_help_kind_to_code (caseload_referral_get_help_kind (referral)));
      store_bind_text (stmt, 13, caseload_referral_get_next_review_on (referral));
      store_bind_text (stmt, 14, now);
      store_bind_text (stmt, 15, info.staff_id);
      sqlite3_bind_int (stmt, 16, caseload_referral_get_version (referral));
      ok = store_step_done (self, stmt, error);
      if (ok && sqlite3_changes (self->db) == 0)
        ok = explain_no_change (before, referral, _("This referral could not be saved: reopen it and try again."),
                                error);
      ok = ok && refresh_clock (self, id, error) &&
           store_audit_change (self, &info, "update-referral", caseload_referral_get_person_id (before), "referral", id,
                         before, referral, referral_fields, error);
    }

  if (!store_end_mutation (self, ok, ok ? error : NULL) || !ok)
    return FALSE;
  reload (self, (GetLocked) get_referral_locked, id, referral);
  return TRUE;
}

static CaseloadReferralStatus
status_after_triage (CaseloadTriageOutcome outcome)
{
  switch (outcome)
    {
    case CASELOAD_TRIAGE_ACCEPT:
      return CASELOAD_REFERRAL_STATUS_ACCEPTED;
    case CASELOAD_TRIAGE_SIGNPOST:
      return CASELOAD_REFERRAL_STATUS_SIGNPOSTED;
    case CASELOAD_TRIAGE_REFER_ON:
      return CASELOAD_REFERRAL_STATUS_REFERRED_ON;
    case CASELOAD_TRIAGE_DECLINE:
    default:
      return CASELOAD_REFERRAL_STATUS_DECLINED;
    }
}

/* What the timeline says about a triage decision, in words. */
static char *
triage_note (CaseloadReferral *referral,
             const char       *decided_by_name)
{
  const char *destination = caseload_referral_get_destination (referral);
  const char *reason = caseload_referral_get_triage_reason (referral);
  g_autofree char *decision = NULL;
  g_autofree char *date = caseload_date_iso_to_display (caseload_referral_get_decided_on (referral));

  switch (caseload_referral_get_triage_outcome (referral))
    {
    case CASELOAD_TRIAGE_ACCEPT:
      decision = g_strdup (_("Referral accepted into the PCN team."));
      break;
    case CASELOAD_TRIAGE_SIGNPOST:
      decision = g_strdup_printf (_("Signposted to %s: %s."),
                                  _(caseload_signpost_label (caseload_referral_get_signpost (referral))),
                                  destination);
      break;
    case CASELOAD_TRIAGE_REFER_ON:
      decision = g_strdup_printf (_("Referred on to secondary care: %s."), destination);
      break;
    case CASELOAD_TRIAGE_DECLINE:
    default:
      decision = g_strdup (_("Referral declined."));
      break;
    }
  if (reason != NULL && *reason != '\0')
    return g_strdup_printf (_("%s Reason: %s\nDecided by %s on %s."), decision, reason, decided_by_name, date);
  return g_strdup_printf (_("%s\nDecided by %s on %s."), decision, decided_by_name, date);
}

/* The name (@sql's one column) of the row @id (?1), or NULL. */
static char *
name_of (CaseloadStoreSqlite *self,
         const char          *sql,
         const char          *id)
{
  sqlite3_stmt *stmt = store_prepare (self, sql, NULL);
  char *name = NULL;

  if (stmt == NULL || id == NULL)
    return NULL;
  store_bind_text (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    name = g_strdup (store_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return name;
}

char *
store_staff_name (CaseloadStoreSqlite *self,
                  const char          *staff_id)
{
  return name_of (self, "SELECT display_name FROM staff WHERE id = ?1", staff_id);
}

char *
store_organisation_name (CaseloadStoreSqlite *self,
                         const char          *organisation_id)
{
  return name_of (self, "SELECT name FROM organisation WHERE id = ?1", organisation_id);
}

static gboolean
caseload_store_sqlite_triage_referral (CaseloadStore     *store,
                                       CaseloadStaff     *actor,
                                       CaseloadReferral  *referral,
                                       GError           **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_autoptr(GDateTime) now_time = caseload_clock_now (self->clock);
  g_autoptr(GPtrArray) problems = caseload_referral_check_triage (referral, now_time);
  g_autoptr(CaseloadReferral) before = NULL;
  g_autofree char *now = store_now (self);
  g_autofree char *decider = NULL;
  g_auto(ActorInfo) info = { 0 };
  const char *id = caseload_referral_get_id (referral);
  CaseloadTriageOutcome outcome = caseload_referral_get_triage_outcome (referral);
  CaseloadReferralStatus status = status_after_triage (outcome);
  sqlite3_stmt *stmt;
  gboolean ok = FALSE;

  if (set_field_errors (problems, error))
    return FALSE;
  if (!store_begin_mutation (self, error))
    return FALSE;

  if (store_load_actor (self, actor, &info, error) &&
      (before = require_referral (self, &info, id, TRUE, error)) != NULL)
    {
      decider = store_staff_name (self, caseload_referral_get_decided_by (referral));
      if (decider == NULL)
        g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                     _("Choose who made the decision from the team’s staff."));
      else
        ok = TRUE;
    }
  if (ok && (stmt = store_prepare (self,
                                   "UPDATE referral SET triage_outcome = ?2, signpost = ?3, destination = ?4, "
                                   "  triage_reason = ?5, decided_by = ?6, decided_on = ?7, status = ?8, "
                                   "  version = version + 1, updated_at = ?9, updated_by = ?10 "
                                   "WHERE id = ?1 AND version = ?11 AND status = 'awaiting-triage'", error)) != NULL)
    {
      g_autofree char *note = NULL;

      store_bind_text (stmt, 1, id);
      store_bind_text (stmt, 2, caseload_triage_outcome_to_code (outcome));
      if (outcome == CASELOAD_TRIAGE_SIGNPOST)
        store_bind_text (stmt, 3, caseload_signpost_to_code (caseload_referral_get_signpost (referral)));
      if (outcome == CASELOAD_TRIAGE_SIGNPOST || outcome == CASELOAD_TRIAGE_REFER_ON)
        store_bind_text (stmt, 4, caseload_referral_get_destination (referral));
      store_bind_text (stmt, 5, caseload_referral_get_triage_reason (referral));
      store_bind_text (stmt, 6, caseload_referral_get_decided_by (referral));
      store_bind_text (stmt, 7, caseload_referral_get_decided_on (referral));
      store_bind_text (stmt, 8, caseload_referral_status_to_code (status));
      store_bind_text (stmt, 9, now);
      store_bind_text (stmt, 10, info.staff_id);
      sqlite3_bind_int (stmt, 11, caseload_referral_get_version (referral));
      ok = store_step_done (self, stmt, error);
      if (ok && sqlite3_changes (self->db) == 0)
        ok = explain_no_change (before, referral, _("This referral has been triaged already."), error);
      caseload_referral_set_status (referral, status);
      note = triage_note (referral, decider);
      ok = ok && refresh_clock (self, id, error) &&
           add_note (self, actor, caseload_referral_get_person_id (before), note, error) &&
           store_audit_change (self, &info, "triage-referral", caseload_referral_get_person_id (before), "referral", id,
                         before, referral, referral_fields, error);
    }
  else
    ok = FALSE;

  if (!store_end_mutation (self, ok, ok ? error : NULL) || !ok)
    {
      if (before != NULL)
        caseload_referral_set_status (referral, caseload_referral_get_status (before));
      return FALSE;
    }
  reload (self, (GetLocked) get_referral_locked, id, referral);
  return TRUE;
}

static gboolean
caseload_store_sqlite_transfer_referral (CaseloadStore     *store,
                                         CaseloadStaff     *actor,
                                         CaseloadReferral  *referral,
                                         GError           **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_autoptr(GDateTime) now_time = caseload_clock_now (self->clock);
  g_autoptr(GPtrArray) problems = caseload_referral_check_transfer (referral, now_time);
  g_autoptr(CaseloadReferral) before = NULL;
  g_autofree char *now = store_now (self);
  g_auto(ActorInfo) info = { 0 };
  const char *id = caseload_referral_get_id (referral);
  const char *by = caseload_referral_get_transferred_by (referral);
  sqlite3_stmt *stmt;
  gboolean ok = FALSE;

  if (set_field_errors (problems, error))
    return FALSE;
  if (!store_begin_mutation (self, error))
    return FALSE;

  if (store_load_actor (self, actor, &info, error) &&
      (before = require_referral (self, &info, id, TRUE, error)) != NULL &&
      (stmt = store_prepare (self,
                             "UPDATE referral SET transfer_kind = ?2, transfer_destination = ?3, "
                             "  transfer_summary = ?4, "
                             "  transferred_on = ?5, transferred_by = ?6, status = 'transferred', "
                             "  version = version + 1, updated_at = ?7, updated_by = ?8 "
                             "WHERE id = ?1 AND version = ?9 AND status = 'accepted'", error)) != NULL)
    {
      g_autofree char *note = NULL;
      g_autofree char *kind = NULL;

      if (by == NULL || *by == '\0')
        by = info.staff_id;
      store_bind_text (stmt, 1, id);
      store_bind_text (stmt, 2, caseload_transfer_kind_to_code (caseload_referral_get_transfer_kind (referral)));
      store_bind_text (stmt, 3, caseload_referral_get_transfer_destination (referral));
      store_bind_text (stmt, 4, caseload_referral_get_transfer_summary (referral));
      store_bind_text (stmt, 5, caseload_referral_get_transferred_on (referral));
      store_bind_text (stmt, 6, by);
      store_bind_text (stmt, 7, now);
      store_bind_text (stmt, 8, info.staff_id);
      sqlite3_bind_int (stmt, 9, caseload_referral_get_version (referral));
      ok = store_step_done (self, stmt, error);
      if (ok && sqlite3_changes (self->db) == 0)
        ok = explain_no_change (before, referral, _("Only an accepted referral can be transferred."), error);

      /* Every allocation on it ends the day of the transfer. */
      if (ok && (stmt = store_prepare (self,
                                       "UPDATE allocation SET ended_on = max (started_on, ?2), "
                                       "  end_reason = coalesce (end_reason, ?3), version = version + 1, "
                                       "  updated_at = ?4, updated_by = ?5 "
                                       "WHERE referral_id = ?1 AND ended_on IS NULL", error)) != NULL)
        {
          store_bind_text (stmt, 1, id);
          store_bind_text (stmt, 2, caseload_referral_get_transferred_on (referral));
          store_bind_text (stmt, 3, _("The referral was transferred."));
          store_bind_text (stmt, 4, now);
          store_bind_text (stmt, 5, info.staff_id);
          ok = store_step_done (self, stmt, error);
        }
      else
        ok = FALSE;

      kind = g_utf8_strdown (_(caseload_transfer_kind_label (caseload_referral_get_transfer_kind (referral))), -1);
      note = g_strdup_printf (_("Transferred (%s) to %s.\n%s"), kind,
                              caseload_referral_get_transfer_destination (referral),
                              caseload_referral_get_transfer_summary (referral));
      caseload_referral_set_status (referral, CASELOAD_REFERRAL_STATUS_TRANSFERRED);
      caseload_referral_set_transferred_by (referral, by);
      ok = ok && refresh_clock (self, id, error) &&
           add_note (self, actor, caseload_referral_get_person_id (before), note, error) &&
           store_audit_change (self, &info, "transfer-referral", caseload_referral_get_person_id (before), "referral", id,
                         before, referral, referral_fields, error);
    }

  if (!store_end_mutation (self, ok, ok ? error : NULL) || !ok)
    {
      if (before != NULL)
        caseload_referral_set_status (referral, caseload_referral_get_status (before));
      return FALSE;
    }
  reload (self, (GetLocked) get_referral_locked, id, referral);
  return TRUE;
}

static CaseloadReferral *
caseload_store_sqlite_get_referral (CaseloadStore  *store,
                                    CaseloadStaff  *actor,
                                    const char     *id,
                                    GError        **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_auto(ActorInfo) info = { 0 };
  CaseloadReferral *referral = NULL;

  g_rec_mutex_lock (&self->lock);
  if (store_load_actor (self, actor, &info, error))
    referral = require_referral (self, &info, id, FALSE, error);
  g_rec_mutex_unlock (&self->lock);
  return referral;
}

static GPtrArray *
caseload_store_sqlite_list_referrals (CaseloadStore  *store,
                                      CaseloadStaff  *actor,
                                      const char     *person_id,
                                      GError        **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_autoptr(GPtrArray) referrals = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *now = store_now (self);
  g_auto(ActorInfo) info = { 0 };
  sqlite3_stmt *stmt;
  gboolean ok = FALSE;

  g_rec_mutex_lock (&self->lock);
  if (store_load_actor (self, actor, &info, error) &&
      store_require_access (self, &info, person_id, FALSE, error) &&
      (stmt = store_prepare (self, REFERRAL_SELECT "WHERE r.person_id = ?2 ORDER BY r.received_at DESC, r.id",
                             error)) != NULL)
    {
      store_bind_text (stmt, 1, now);
      store_bind_text (stmt, 2, person_id);
      ok = store_collect_rows (self, stmt, &referral_row, referrals, error);
    }
  g_rec_mutex_unlock (&self->lock);
  return ok ? g_steal_pointer (&referrals) : NULL;
}

/* Clock pauses */

static const char * const pause_columns[] = {
  "id", "referral-id", "reason", "started-at", "ended-at", "note", "recorded-by", "recorded-by-name", "version",
  "created-at", NULL
};

static const RowKind pause_row = { caseload_clock_pause_get_type, pause_columns };

static const char * const pause_fields[] = { "referral-id", "reason", "started-at", "ended-at", "note", NULL };

/* Starts (@starting) or ends a pause: the referral read, checked and its clock recomputed
 * in one mutation. */
static gboolean
write_pause_locked (CaseloadStoreSqlite  *self,
                    const ActorInfo      *info,
                    CaseloadClockPause   *pause,
                    gboolean              starting,
                    char                **id_out,
                    GError              **error)
{
  g_autoptr(GDateTime) now_time = caseload_clock_now (self->clock);
  g_autoptr(CaseloadReferral) referral = NULL;
  g_autoptr(CaseloadClockPause) before = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *now = store_now (self);
  g_autofree char *id = NULL;
  sqlite3_stmt *stmt;

  referral = require_referral (self, info, caseload_clock_pause_get_referral_id (pause), TRUE, error);
  if (referral == NULL)
    return FALSE;
  problems = caseload_clock_pause_check (pause, referral, now_time);
  if (set_field_errors (problems, error))
    return FALSE;

  if (starting)
    {
      gboolean paused;

      stmt = store_prepare (self, "SELECT 1 FROM clock_pause WHERE referral_id = ?1 AND ended_at IS NULL", error);
      if (stmt == NULL)
        return FALSE;
      store_bind_text (stmt, 1, caseload_referral_get_id (referral));
      paused = sqlite3_step (stmt) == SQLITE_ROW;
      sqlite3_reset (stmt);
      if (paused)
        {
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                       _("The clock is paused already: end that pause before starting another."));
          return FALSE;
        }
      id = g_uuid_string_random ();
      stmt = store_prepare (self,
                            "INSERT INTO clock_pause (id, referral_id, reason, started_at, ended_at, note, version, "
                            "  created_at, created_by, updated_at, updated_by) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1, ?7, ?8, ?7, ?8)", error);
    }
  else
    {
      id = g_strdup (caseload_clock_pause_get_id (pause));
      before = store_get_one (self, PAUSE_SELECT "WHERE c.id = ?2", id, &pause_row, _("This pause is not in the database."),
                        error);
      if (before == NULL)
        return FALSE;
      stmt = store_prepare (self,
                            "UPDATE clock_pause SET reason = ?3, started_at = ?4, ended_at = ?5, note = ?6, "
                            "  version = version + 1, updated_at = ?7, updated_by = ?8 "
                            "WHERE id = ?1 AND referral_id = ?2 AND version = ?9", error);
    }
  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, id);
  store_bind_text (stmt, 2, caseload_referral_get_id (referral));
  store_bind_text (stmt, 3, caseload_pause_reason_to_code (caseload_clock_pause_get_reason (pause)));
  store_bind_text (stmt, 4, caseload_clock_pause_get_started_at (pause));
  store_bind_text (stmt, 5, caseload_clock_pause_get_ended_at (pause));
  store_bind_text (stmt, 6, caseload_clock_pause_get_note (pause));
  store_bind_text (stmt, 7, now);
  store_bind_text (stmt, 8, info->staff_id);
  if (!starting)
    sqlite3_bind_int (stmt, 9, caseload_clock_pause_get_version (pause));
  if (!store_step_done (self, stmt, error))
    return FALSE;
  if (!starting && sqlite3_changes (self->db) == 0)
    {
      store_conflict (error, _("pause"));
      return FALSE;
    }
  if (!refresh_clock (self, caseload_referral_get_id (referral), error) ||
      !store_audit_change (self, info, starting ? "start-clock-pause" : "end-clock-pause",
                     caseload_referral_get_person_id (referral), "pause", id, before, pause, pause_fields, error))
    return FALSE;
  *id_out = g_steal_pointer (&id);
  return TRUE;
}

static gboolean
write_pause (CaseloadStoreSqlite  *self,
             CaseloadStaff        *actor,
             CaseloadClockPause   *pause,
             gboolean              starting,
             GError              **error)
{
  g_autofree char *now = store_now (self);
  g_autofree char *id = NULL;
  g_auto(ActorInfo) info = { 0 };
  gboolean ok;

  if (!store_begin_mutation (self, error))
    return FALSE;
  ok = store_load_actor (self, actor, &info, error) &&
       write_pause_locked (self, &info, pause, starting, &id, error);
  if (!store_end_mutation (self, ok, ok ? error : NULL) || !ok)
    return FALSE;

  caseload_clock_pause_set_id (pause, id);
  caseload_clock_pause_set_version (pause, starting ? 1 : caseload_clock_pause_get_version (pause) + 1);
  if (starting)
    {
      caseload_clock_pause_set_recorded_by (pause, info.staff_id);
      caseload_clock_pause_set_recorded_by_name (pause, info.staff_name);
      caseload_clock_pause_set_created_at (pause, now);
    }
  return TRUE;
}

static gboolean
caseload_store_sqlite_start_clock_pause (CaseloadStore       *store,
                                         CaseloadStaff       *actor,
                                         CaseloadClockPause  *pause,
                                         GError             **error)
{
  return write_pause (CASELOAD_STORE_SQLITE (store), actor, pause, TRUE, error);
}

static gboolean
caseload_store_sqlite_end_clock_pause (CaseloadStore       *store,
                                       CaseloadStaff       *actor,
                                       CaseloadClockPause  *pause,
                                       GError             **error)
{
  if (caseload_clock_pause_get_id (pause) == NULL)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND, _("This pause has not been saved yet."));
      return FALSE;
    }
  if (caseload_clock_pause_get_ended_at (pause) == NULL)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION, _("Enter when the pause ended."));
      return FALSE;
    }
  return write_pause (CASELOAD_STORE_SQLITE (store), actor, pause, FALSE, error);
}

/* The rows of one referral's @sql (?1 referral id), after checking the actor may see it. */
GPtrArray *
store_list_by_key (CaseloadStoreSqlite  *self,
                   CaseloadStaff        *actor,
                   const char           *key,
                   StoreKeyCheck         check,
                   const char           *sql,
                   const RowKind        *kind,
                   GError              **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(ActorInfo) info = { 0 };
  sqlite3_stmt *stmt;
  gboolean ok = FALSE;

  g_rec_mutex_lock (&self->lock);
  if (store_load_actor (self, actor, &info, error) &&
      check (self, &info, key, error) &&
      (stmt = store_prepare (self, sql, error)) != NULL)
    {
      store_bind_text (stmt, 1, key);
      ok = store_collect_rows (self, stmt, kind, items, error);
    }
  g_rec_mutex_unlock (&self->lock);
  return ok ? g_steal_pointer (&items) : NULL;
}

/* The actor may see the referral's person. */
static gboolean
may_see_referral (CaseloadStoreSqlite  *self,
                  const ActorInfo      *info,
                  const char           *referral_id,
                  GError              **error)
{
  g_autoptr(CaseloadReferral) referral = require_referral (self, info, referral_id, FALSE, error);

  return referral != NULL;
}

static GPtrArray *
list_for_referral (CaseloadStoreSqlite  *self,
                   CaseloadStaff        *actor,
                   const char           *referral_id,
                   const char           *sql,
                   const RowKind        *kind,
                   GError              **error)
{
  return store_list_by_key (self, actor, referral_id, may_see_referral, sql, kind, error);
}

static GPtrArray *
caseload_store_sqlite_list_clock_pauses (CaseloadStore  *store,
                                         CaseloadStaff  *actor,
                                         const char     *referral_id,
                                         GError        **error)
{
  return list_for_referral (CASELOAD_STORE_SQLITE (store), actor, referral_id,
                            PAUSE_SELECT "WHERE c.referral_id = ?1 ORDER BY c.started_at DESC", &pause_row, error);
}

/* Allocation */

static const char * const allocation_columns[] = {
  "id", "referral-id", "person-id", "person-name", "staff-id", "staff-name", "organisation-id",
  "organisation-name", "role", "started-on", "ended-on", "end-reason", "version", "created-at", "created-by", NULL
};

static const RowKind allocation_row = { caseload_allocation_get_type, allocation_columns };

static const char * const allocation_fields[] = {
  "referral-id", "staff-id", "role", "started-on", "ended-on", "end-reason", NULL
};

static CaseloadAllocation *
get_allocation_locked (CaseloadStoreSqlite  *self,
                       const char           *id,
                       GError              **error)
{
  return store_get_one (self, ALLOCATION_SELECT "WHERE al.id = ?2", id, &allocation_row,
                  _("This allocation is not in the database."), error);
}

/* Checks an allocation against its worker (as the store has them) and referral; with
 * @ending, a worker who has since been deactivated is no reason to refuse. */
static gboolean
check_allocation (CaseloadStoreSqlite  *self,
                  CaseloadAllocation   *allocation,
                  CaseloadReferral     *referral,
                  gboolean              ending,
                  CaseloadStaff       **worker_out,
                  GError              **error)
{
  g_autoptr(CaseloadStaff) worker = caseload_store_get_staff (CASELOAD_STORE (self),
                                                              caseload_allocation_get_staff_id (allocation), NULL);
  g_autoptr(GPtrArray) problems = caseload_allocation_check (allocation, worker, referral);

  for (guint i = problems->len; ending && i > 0; i--)
    {
      CaseloadFieldError *problem = g_ptr_array_index (problems, i - 1);

      if (g_strcmp0 (problem->field, "staff-id") == 0 && worker != NULL)
        g_ptr_array_remove_index (problems, i - 1);
    }
  if (set_field_errors (problems, error))
    return FALSE;
  if (worker_out != NULL)
    *worker_out = g_steal_pointer (&worker);
  return TRUE;
}

static gboolean
allocate_locked (CaseloadStoreSqlite  *self,
                 CaseloadStaff        *actor,
                 const ActorInfo      *info,
                 CaseloadAllocation   *allocation,
                 char                **id_out,
                 GError              **error)
{
  g_autoptr(CaseloadReferral) referral = NULL;
  g_autoptr(CaseloadStaff) worker = NULL;
  g_autofree char *now = store_now (self);
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *task_id = g_uuid_string_random ();
  g_autofree char *title = NULL;
  g_autofree char *role = NULL;
  GDate today;
  char today_iso[16];
  sqlite3_stmt *stmt;
  const char *person_id;

  referral = require_referral (self, info, caseload_allocation_get_referral_id (allocation), TRUE, error);
  if (referral == NULL ||
      !check_allocation (self, allocation, referral, FALSE, &worker, error))
    return FALSE;
  if (caseload_referral_get_status (referral) != CASELOAD_REFERRAL_STATUS_ACCEPTED)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                   _("Only an accepted referral that has not been transferred can have workers allocated."));
      return FALSE;
    }
  person_id = caseload_referral_get_person_id (referral);

  stmt = store_prepare (self,
                        "INSERT INTO allocation (id, referral_id, person_id, person_pk, staff_id, role, started_on, "
                        "  ended_on, end_reason, version, created_at, created_by, updated_at, updated_by) "
                        "SELECT ?1, r.id, r.person_id, r.person_pk, ?3, ?4, ?5, ?6, ?7, 1, ?8, ?9, ?8, ?9 "
                        "FROM referral r WHERE r.id = ?2", error);
  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, id);
  store_bind_text (stmt, 2, caseload_referral_get_id (referral));
  store_bind_text (stmt, 3, caseload_staff_get_id (worker));
  store_bind_text (stmt, 4, caseload_case_role_to_code (caseload_allocation_get_role (allocation)));
  store_bind_text (stmt, 5, caseload_allocation_get_started_on (allocation));
  store_bind_text (stmt, 6, caseload_allocation_get_ended_on (allocation));
  store_bind_text (stmt, 7, caseload_allocation_get_end_reason (allocation));
  store_bind_text (stmt, 8, now);
  store_bind_text (stmt, 9, info->staff_id);
  if (!store_step_done (self, stmt, error) ||
      !ensure_relationship (self, person_id, caseload_staff_get_organisation_id (worker), "allocation", info, error))
    return FALSE;

  /* The worker's "new allocation" task, due today. */
  caseload_clock_today (self->clock, &today);
  g_date_strftime (today_iso, sizeof today_iso, "%Y-%m-%d", &today);
  role = g_utf8_strdown (_(caseload_case_role_label (caseload_allocation_get_role (allocation))), -1);
  title = g_strdup_printf (_("New allocation as %s: make contact"), role);
  stmt = store_prepare (self,
                        "INSERT OR IGNORE INTO task (id, person_id, person_pk, owner_id, title, due_on, origin, "
                        "  source_id, version, created_at, created_by, updated_at, updated_by) "
                        "SELECT ?1, p.id, p.pk, ?3, ?4, ?5, 'new-allocation', ?6, 1, ?7, ?8, ?7, ?8 "
                        "FROM person p WHERE p.id = ?2", error);
  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, task_id);
  store_bind_text (stmt, 2, person_id);
  store_bind_text (stmt, 3, caseload_staff_get_id (worker));
  store_bind_text (stmt, 4, title);
  store_bind_text (stmt, 5, today_iso);
  store_bind_text (stmt, 6, id);
  store_bind_text (stmt, 7, now);
  store_bind_text (stmt, 8, info->staff_id);
  if (!store_step_done (self, stmt, error) ||
      !store_audit_change (self, info, "allocate", person_id, "allocation", id, NULL, allocation, allocation_fields, error))
    return FALSE;
  *id_out = g_steal_pointer (&id);
  return TRUE;
}

static gboolean
end_allocation_locked (CaseloadStoreSqlite  *self,
                       const ActorInfo      *info,
                       CaseloadAllocation   *allocation,
                       GError              **error)
{
  g_autoptr(CaseloadAllocation) before = NULL;
  g_autoptr(CaseloadReferral) referral = NULL;
  g_autofree char *now = store_now (self);
  const char *id = caseload_allocation_get_id (allocation);
  sqlite3_stmt *stmt;

  if (caseload_allocation_get_ended_on (allocation) == NULL)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION, _("Enter the date the allocation ends."));
      return FALSE;
    }
  if ((before = get_allocation_locked (self, id, error)) == NULL ||
      (referral = require_referral (self, info, caseload_allocation_get_referral_id (before), TRUE, error)) == NULL ||
      !check_allocation (self, allocation, referral, TRUE, NULL, error))
    return FALSE;

  stmt = store_prepare (self,
                        "UPDATE allocation SET ended_on = ?2, end_reason = ?3, version = version + 1, "
                        "  updated_at = ?4, updated_by = ?5 "
                        "WHERE id = ?1 AND version = ?6 AND ended_on IS NULL", error);
  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, id);
  store_bind_text (stmt, 2, caseload_allocation_get_ended_on (allocation));
  store_bind_text (stmt, 3, caseload_allocation_get_end_reason (allocation));
  store_bind_text (stmt, 4, now);
  store_bind_text (stmt, 5, info->staff_id);
  sqlite3_bind_int (stmt, 6, caseload_allocation_get_version (allocation));
  if (!store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    {
      store_conflict (error, _("allocation"));
      return FALSE;
    }
  return store_audit_change (self, info, "end-allocation", caseload_referral_get_person_id (referral), "allocation", id,
                       before, allocation, allocation_fields, error);
}

/* Ends @ending (if not NULL) and allocates @next (if not NULL) in one mutation. */
static gboolean
change_allocations (CaseloadStoreSqlite  *self,
                    CaseloadStaff        *actor,
                    CaseloadAllocation   *ending,
                    CaseloadAllocation   *next,
                    GError              **error)
{
  g_auto(ActorInfo) info = { 0 };
  g_autofree char *id = NULL;
  gboolean ok;

  if (!store_begin_mutation (self, error))
    return FALSE;
  ok = store_load_actor (self, actor, &info, error) &&
       (ending == NULL || end_allocation_locked (self, &info, ending, error)) &&
       (next == NULL || allocate_locked (self, actor, &info, next, &id, error));
  if (!store_end_mutation (self, ok, ok ? error : NULL) || !ok)
    return FALSE;

  if (ending != NULL)
    reload (self, (GetLocked) get_allocation_locked, caseload_allocation_get_id (ending), ending);
  if (next != NULL)
    reload (self, (GetLocked) get_allocation_locked, id, next);
  return TRUE;
}

static gboolean
caseload_store_sqlite_allocate (CaseloadStore       *store,
                                CaseloadStaff       *actor,
                                CaseloadAllocation  *allocation,
                                GError             **error)
{
  return change_allocations (CASELOAD_STORE_SQLITE (store), actor, NULL, allocation, error);
}

static gboolean
caseload_store_sqlite_end_allocation (CaseloadStore       *store,
                                      CaseloadStaff       *actor,
                                      CaseloadAllocation  *allocation,
                                      GError             **error)
{
  return change_allocations (CASELOAD_STORE_SQLITE (store), actor, allocation, NULL, error);
}

static gboolean
caseload_store_sqlite_reallocate (CaseloadStore       *store,
                                  CaseloadStaff       *actor,
                                  CaseloadAllocation  *ending,
                                  CaseloadAllocation  *next,
                                  GError             **error)
{
  return change_allocations (CASELOAD_STORE_SQLITE (store), actor, ending, next, error);
}

static GPtrArray *
caseload_store_sqlite_list_allocations (CaseloadStore  *store,
                                        CaseloadStaff  *actor,
                                        const char     *referral_id,
                                        gboolean        history,
                                        GError        **error)
{
  return list_for_referral (CASELOAD_STORE_SQLITE (store), actor, referral_id,
                            history
                            ? ALLOCATION_SELECT "WHERE al.referral_id = ?1 "
                              "ORDER BY al.started_on DESC, al.created_at DESC"
                            : ALLOCATION_SELECT "WHERE al.referral_id = ?1 AND al.ended_on IS NULL "
                              "ORDER BY al.started_on DESC, al.created_at DESC",
                            &allocation_row, error);
}

/* Tasks */

static const char * const task_columns[] = {
  "id", "person-id", "person-name", "owner-id", "owner-name", "owner-organisation-id", "owner-organisation-name",
  "title", "due-on", "done", "done-at", "done-by", "origin", "source-id", "version", "created-at", "created-by", NULL
};

static const RowKind task_row = { caseload_task_get_type, task_columns };

static const char * const task_fields[] = {
  "person-id", "owner-id", "owner-organisation-id", "title", "due-on", "done", "origin", NULL
};

static CaseloadTask *
get_task_locked (CaseloadStoreSqlite  *self,
                 const char           *id,
                 GError              **error)
{
  return store_get_one (self, TASK_SELECT "WHERE t.id = ?2", id, &task_row, _("This task is not in the database."), error);
}

/* Creates or updates the task; @saved: the task as stored. */
static gboolean
save_task_locked (CaseloadStoreSqlite  *self,
                  const ActorInfo      *info,
                  CaseloadTask         *task,
                  CaseloadTask        **saved,
                  GError              **error)
{
  g_autoptr(CaseloadTask) before = NULL;
  g_autofree char *now = store_now (self);
  g_autofree char *id = NULL;
  g_autofree char *owner = NULL;
  gboolean creating = caseload_task_get_id (task) == NULL;
  const char *person_id = caseload_task_get_person_id (task);
  /* A task owned by an organisation (a plan action) rather than one staff member. */
  const char *owner_organisation_id = caseload_task_get_owner_id (task) == NULL
                                      ? caseload_task_get_owner_organisation_id (task) : NULL;
  gboolean on_own_list = FALSE;
  sqlite3_stmt *stmt;

  if (!creating)
    {
      if ((before = get_task_locked (self, caseload_task_get_id (task), error)) == NULL)
        return FALSE;
      person_id = caseload_task_get_person_id (before);
      on_own_list = g_strcmp0 (caseload_task_get_owner_organisation_id (before), info->organisation_id) == 0;
    }
  /* Anyone in the organisation whose list a task is on may mark it done while they see
   * the person; other changes need leave to add to the record. */
  if (!store_require_access (self, info, person_id, !on_own_list, error))
    return FALSE;
  if (owner_organisation_id != NULL)
    owner = store_organisation_name (self, owner_organisation_id);
  else
    owner = store_staff_name (self, caseload_task_get_owner_id (task));
  if (owner == NULL)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                   _("Choose who the task is for from the team’s staff."));
      return FALSE;
    }

  if (creating)
    {
      id = g_uuid_string_random ();
      stmt = store_prepare (self,
                            "INSERT INTO task (id, person_id, person_pk, owner_id, owner_organisation_id, title, "
                            "  due_on, done, done_at, done_by, origin, source_id, version, created_at, created_by, "
                            "  updated_at, updated_by) "
                            "SELECT ?1, p.id, p.pk, ?3, ?12, ?4, ?5, ?6, CASE WHEN ?6 THEN ?7 END, "
                            "  CASE WHEN ?6 THEN ?8 END, ?9, ?10, 1, ?7, ?8, ?7, ?8 FROM person p WHERE p.id = ?2", error);
    }
  else
    {
      id = g_strdup (caseload_task_get_id (task));
      stmt = store_prepare (self,
                            "UPDATE task SET owner_id = ?3, owner_organisation_id = ?12, title = ?4, due_on = ?5, "
                            "  done = ?6, "
                            "  done_at = CASE WHEN ?6 THEN coalesce (done_at, ?7) END, "
                            "  done_by = CASE WHEN ?6 THEN coalesce (done_by, ?8) END, "
                            "  version = version + 1, updated_at = ?7, updated_by = ?8 "
                            "WHERE id = ?1 AND version = ?11", error);
    }
  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, id);
  store_bind_text (stmt, 2, person_id);
  store_bind_text (stmt, 3, caseload_task_get_owner_id (task));
  store_bind_text (stmt, 12, owner_organisation_id);
  store_bind_text (stmt, 4, caseload_task_get_title (task));
  store_bind_text (stmt, 5, caseload_task_get_due_on (task));
  sqlite3_bind_int (stmt, 6, caseload_task_get_done (task) ? 1 : 0);
  store_bind_text (stmt, 7, now);
  store_bind_text (stmt, 8, info->staff_id);
  if (creating)
    {
      store_bind_text (stmt, 9, caseload_task_origin_to_code (caseload_task_get_origin (task)));
      store_bind_text (stmt, 10, caseload_task_get_source_id (task));
    }
  else
    sqlite3_bind_int (stmt, 11, caseload_task_get_version (task));
  if (!store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    {
      store_conflict (error, _("task"));
      return FALSE;
    }
  return store_audit_change (self, info, creating ? "create-task" : "update-task", person_id, "task", id,
                       before, task, task_fields, error) &&
         (*saved = get_task_locked (self, id, error)) != NULL;
}

static gboolean
caseload_store_sqlite_save_task (CaseloadStore  *store,
                                 CaseloadStaff  *actor,
                                 CaseloadTask   *task,
                                 GError        **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_autoptr(GPtrArray) problems = caseload_task_check (task);
  g_autoptr(CaseloadTask) saved = NULL;
  g_auto(ActorInfo) info = { 0 };
  gboolean ok;

  if (set_field_errors (problems, error))
    return FALSE;
  if (!store_begin_mutation (self, error))
    return FALSE;
  ok = store_load_actor (self, actor, &info, error) &&
       save_task_locked (self, &info, task, &saved, error);
  if (!store_end_mutation (self, ok, ok ? error : NULL) || !ok)
    return FALSE;
  caseload_property_copy_all (saved, task);
  return TRUE;
}

/* Tasks @where (owner ?2, person ?3), open ones unless ?4, among the people the
 * organisation (?1) sees; one statement per shape, so the owner's or person's index leads. */
/* The owner's tasks, and the open ones of the owner's organisation (plan actions it owns). */
#define OWNED_BY \
  "(t.owner_id = ?2 OR (t.owner_organisation_id = (SELECT organisation_id FROM staff WHERE id = ?2) AND NOT t.done))"
#define TASK_LIST(where) \
  TASK_SELECT "WHERE " where " AND (?4 OR NOT t.done) " \
  "  AND EXISTS (SELECT 1 FROM person_access a WHERE a.organisation_id = ?1 AND a.pk = t.person_pk) " \
  "ORDER BY t.done, t.due_on, t.created_at, t.id LIMIT ?5 OFFSET ?6"

static GPtrArray *
caseload_store_sqlite_list_tasks (CaseloadStore  *store,
                                  CaseloadStaff  *actor,
                                  const char     *owner_id,
                                  const char     *person_id,
                                  gboolean        include_done,
                                  guint           offset,
                                  guint           limit,
                                  GError        **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_autoptr(GPtrArray) tasks = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(ActorInfo) info = { 0 };
  sqlite3_stmt *stmt;
  const char *sql = owner_id != NULL && person_id != NULL ? TASK_LIST (OWNED_BY " AND t.person_id = ?3")
                    : owner_id != NULL ? TASK_LIST (OWNED_BY)
                    : person_id != NULL ? TASK_LIST ("t.person_id = ?3")
                    : TASK_LIST ("1");
  gboolean ok = FALSE;

  g_rec_mutex_lock (&self->lock);
  if (store_load_actor (self, actor, &info, error) &&
      (person_id == NULL || store_require_access (self, &info, person_id, FALSE, error)) &&
      (stmt = store_prepare (self, sql, error)) != NULL)
    {
      store_bind_text (stmt, 1, info.organisation_id);
      store_bind_text (stmt, 2, owner_id);
      store_bind_text (stmt, 3, person_id);
      sqlite3_bind_int (stmt, 4, include_done ? 1 : 0);
      sqlite3_bind_int64 (stmt, 5, limit);
      sqlite3_bind_int64 (stmt, 6, offset);
      ok = store_collect_rows (self, stmt, &task_row, tasks, error);
    }
  g_rec_mutex_unlock (&self->lock);
  return ok ? g_steal_pointer (&tasks) : NULL;
}

/* Reminders */

/* The referrals whose clocks are near breach or breached now, for the actor: those
 * allocated to them, or for a team manager, every unallocated one they see. ?1 now,
 * ?2 staff, ?3 organisation, ?4 TRUE for a manager. */
#define NEAR_BREACH_REFERRALS \
  "SELECT r.id, r.person_id, date (r.clock_due_at) FROM referral r " \
  "WHERE " STORE_CLOCK_RUNS " AND NOT r.clock_paused AND ?1 >= r.clock_warn_at AND (" \
  "  EXISTS (SELECT 1 FROM allocation al WHERE al.referral_id = r.id AND al.staff_id = ?2 AND al.ended_on IS NULL) " \
  "  OR (?4 AND NOT EXISTS (SELECT 1 FROM allocation al WHERE al.referral_id = r.id AND al.ended_on IS NULL) " \
  "      AND EXISTS (SELECT 1 FROM person_access a WHERE a.organisation_id = ?3 AND a.pk = r.person_pk)))"

static gboolean
insert_reminder (CaseloadStoreSqlite  *self,
                 const ActorInfo      *info,
                 const char           *origin,
                 const char           *source_id,
                 const char           *person_id,
                 const char           *due_on,
                 const char           *title,
                 guint                *n_created,
                 GError              **error)
{
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *now = store_now (self);
  sqlite3_stmt *stmt = store_prepare (self,
                                      "INSERT OR IGNORE INTO task (id, person_id, person_pk, owner_id, title, due_on, "
                                      "  origin, source_id, version, created_at, created_by, updated_at, updated_by) "
                                      "SELECT ?1, p.id, p.pk, ?3, ?4, ?5, ?6, ?7, 1, ?8, ?3, ?8, ?3 "
                                      "FROM person p WHERE p.id = ?2", error);

  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, id);
  store_bind_text (stmt, 2, person_id);
  store_bind_text (stmt, 3, info->staff_id);
  store_bind_text (stmt, 4, title);
  store_bind_text (stmt, 5, due_on);
  store_bind_text (stmt, 6, origin);
  store_bind_text (stmt, 7, source_id);
  store_bind_text (stmt, 8, now);
  if (!store_step_done (self, stmt, error))
    return FALSE;
  *n_created += sqlite3_changes (self->db);
  return TRUE;
}

typedef struct {
  char *id;
  char *person_id;
  char *due_on;
} Reminder;

static void
reminder_clear (gpointer data)
{
  Reminder *reminder = data;

  g_free (reminder->id);
  g_free (reminder->person_id);
  g_free (reminder->due_on);
}

static GArray *
collect_reminders (CaseloadStoreSqlite  *self,
                   sqlite3_stmt         *stmt,
                   GError              **error)
{
  g_autoptr(GArray) found = g_array_new (FALSE, TRUE, sizeof (Reminder));
  int rc;

  g_array_set_clear_func (found, reminder_clear);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Reminder reminder = { g_strdup (store_column_text (stmt, 0)), g_strdup (store_column_text (stmt, 1)),
                            g_strdup (store_column_text (stmt, 2)) };

      g_array_append_val (found, reminder);
    }
  if (!store_finish_rows (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&found);
}

static gboolean
refresh_reminders_locked (CaseloadStoreSqlite  *self,
                          const ActorInfo      *info,
                          guint                *created,
                          GError              **error)
{
  g_autofree char *now = store_now (self);
  g_autoptr(GArray) reviews = NULL;
  g_autoptr(GArray) clocks = NULL;
  GDate today;
  char today_iso[16];
  sqlite3_stmt *stmt;

  caseload_clock_today (self->clock, &today);
  g_date_strftime (today_iso, sizeof today_iso, "%Y-%m-%d", &today);

  /* Reviews within a week, on referrals allocated to the actor. */
  stmt = store_prepare (self,
                        "SELECT DISTINCT r.id, r.person_id, r.next_review_on FROM allocation al "
                        "JOIN referral r ON r.id = al.referral_id "
                        "WHERE al.staff_id = ?1 AND al.ended_on IS NULL AND r.status = 'accepted' "
                        "  AND r.next_review_on IS NOT NULL AND r.next_review_on <= date (?2, '+7 days')", error);
  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, info->staff_id);
  store_bind_text (stmt, 2, today_iso);
  if ((reviews = collect_reminders (self, stmt, error)) == NULL)
    return FALSE;

  stmt = store_prepare (self, NEAR_BREACH_REFERRALS, error);
  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, now);
  store_bind_text (stmt, 2, info->staff_id);
  store_bind_text (stmt, 3, info->organisation_id);
  sqlite3_bind_int (stmt, 4, info->role == CASELOAD_ROLE_TEAM_MANAGER);
  if ((clocks = collect_reminders (self, stmt, error)) == NULL)
    return FALSE;

  for (guint i = 0; i < reviews->len; i++)
    {
      Reminder *r = &g_array_index (reviews, Reminder, i);
      g_autofree char *date = caseload_date_iso_to_display (r->due_on);
      g_autofree char *title = g_strdup_printf (_("Review due on %s"), date);

      if (!insert_reminder (self, info, "review-due", r->id, r->person_id, r->due_on, title, created, error))
        return FALSE;
    }
  for (guint i = 0; i < clocks->len; i++)
    {
      Reminder *r = &g_array_index (clocks, Reminder, i);

      if (!insert_reminder (self, info, "clock-near-breach", r->id, r->person_id, r->due_on,
                            _("Waiting time near breach: make contact"), created, error))
        return FALSE;
    }
  if (*created > 0)
    {
      g_autofree char *detail = g_strdup_printf ("{\"created\":%u}", *created);

      return store_audit (self, info->staff_id, "refresh-reminders", NULL, detail, NULL, error);
    }
  return TRUE;
}

static gboolean
caseload_store_sqlite_refresh_reminders (CaseloadStore  *store,
                                         CaseloadStaff  *actor,
                                         guint          *n_created,
                                         GError        **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_auto(ActorInfo) info = { 0 };
  guint created = 0;
  gboolean ok;

  if (!store_begin_mutation (self, error))
    return FALSE;
  ok = store_load_actor (self, actor, &info, error) &&
       refresh_reminders_locked (self, &info, &created, error);
  if (!store_end_mutation (self, ok, ok ? error : NULL) || !ok)
    return FALSE;
  if (n_created != NULL)
    *n_created = created;
  return TRUE;
}

static gboolean
caseload_store_sqlite_count_reminders (CaseloadStore           *store,
                                       CaseloadStaff           *actor,
                                       const char              *since,
                                       CaseloadReminderCounts  *counts,
                                       GError                 **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_autofree char *now = store_now (self);
  g_auto(ActorInfo) info = { 0 };
  GDate today;
  char today_iso[16];
  sqlite3_stmt *stmt;
  gboolean ok = FALSE;

  memset (counts, 0, sizeof *counts);
  caseload_clock_today (self->clock, &today);
  g_date_strftime (today_iso, sizeof today_iso, "%Y-%m-%d", &today);

  g_rec_mutex_lock (&self->lock);
  if (store_load_actor (self, actor, &info, error) &&
      (stmt = store_prepare (self,
                             "SELECT (SELECT count(*) FROM allocation WHERE staff_id = ?2 AND ended_on IS NULL "
                             "          AND ?5 IS NOT NULL AND created_at > ?5), "
                             "  (SELECT count(*) FROM task WHERE (owner_id = ?2 OR owner_organisation_id = ?3) "
                             "     AND NOT done AND due_on <= ?6), "
                             "  (SELECT count(*) FROM (" NEAR_BREACH_REFERRALS "))", error)) != NULL)
    {
      store_bind_text (stmt, 1, now);
      store_bind_text (stmt, 2, info.staff_id);
      store_bind_text (stmt, 3, info.organisation_id);
      sqlite3_bind_int (stmt, 4, info.role == CASELOAD_ROLE_TEAM_MANAGER);
      store_bind_text (stmt, 5, since);
      store_bind_text (stmt, 6, today_iso);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          counts->new_allocations = sqlite3_column_int (stmt, 0);
          counts->tasks_due = sqlite3_column_int (stmt, 1);
          counts->clocks_near_breach = sqlite3_column_int (stmt, 2);
          ok = TRUE;
        }
      else
        store_set_error (self, error);
      sqlite3_reset (stmt);
    }
  g_rec_mutex_unlock (&self->lock);
  return ok;
}

/* Thresholds */

static const char * const threshold_columns[] = {
  "id", "outcome", "position", "criterion", "version", "updated-at", "updated-by-name", NULL
};

static const RowKind threshold_row = { caseload_threshold_get_type, threshold_columns };

#define THRESHOLD_SELECT \
  "SELECT t.id, t.outcome, t.position, t.criterion, t.version, t.updated_at, s.display_name " \
  "FROM threshold t LEFT JOIN staff s ON s.id = t.updated_by " \
  "ORDER BY CASE t.outcome WHEN 'accept' THEN 0 WHEN 'signpost' THEN 1 WHEN 'refer-on' THEN 2 ELSE 3 END, " \
  "  t.position, t.id"

static GPtrArray *
list_simple (CaseloadStoreSqlite  *self,
             const char           *sql,
             const RowKind        *kind,
             GError              **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  gboolean ok = FALSE;

  g_rec_mutex_lock (&self->lock);
  if ((stmt = store_prepare (self, sql, error)) != NULL)
    ok = store_collect_rows (self, stmt, kind, items, error);
  g_rec_mutex_unlock (&self->lock);
  return ok ? g_steal_pointer (&items) : NULL;
}

static GPtrArray *
caseload_store_sqlite_list_thresholds (CaseloadStore  *store,
                                       GError        **error)
{
  return list_simple (CASELOAD_STORE_SQLITE (store), THRESHOLD_SELECT, &threshold_row, error);
}

static char *
thresholds_json (GPtrArray *thresholds)
{
  static const char * const fields[] = { "id", "outcome", "position", "criterion", NULL };
  GString *json = g_string_new ("[");

  for (guint i = 0; i < thresholds->len; i++)
    {
      g_autofree char *one = object_json (g_ptr_array_index (thresholds, i), fields);

      g_string_append_printf (json, "%s%s", i > 0 ? "," : "", one);
    }
  g_string_append_c (json, ']');
  return g_string_free (json, FALSE);
}

static gboolean
save_thresholds_locked (CaseloadStoreSqlite  *self,
                        const ActorInfo      *info,
                        GPtrArray            *thresholds,
                        GPtrArray            *kept,
                        GError              **error)
{
  g_autofree char *now = store_now (self);
  sqlite3_stmt *stmt;

  for (guint i = 0; i < thresholds->len; i++)
    {
      CaseloadThreshold *threshold = g_ptr_array_index (thresholds, i);
      const char *id = caseload_threshold_get_id (threshold);
      g_autofree char *new_id = NULL;

      if (id == NULL)
        {
          new_id = g_uuid_string_random ();
          stmt = store_prepare (self,
                                "INSERT INTO threshold (id, outcome, position, criterion, version, created_at, "
                                "  updated_at, updated_by) VALUES (?1, ?2, ?3, ?4, 1, ?5, ?5, ?6)", error);
        }
      else
        stmt = store_prepare (self,
                              "UPDATE threshold SET outcome = ?2, position = ?3, criterion = ?4, "
                              "  version = version + (outcome IS NOT ?2 OR position IS NOT ?3 OR criterion IS NOT ?4), "
                              "  updated_at = CASE WHEN outcome IS NOT ?2 OR position IS NOT ?3 OR criterion IS NOT ?4 "
                              "    THEN ?5 ELSE updated_at END, "
                              "  updated_by = CASE WHEN outcome IS NOT ?2 OR position IS NOT ?3 OR criterion IS NOT ?4 "
                              "    THEN ?6 ELSE updated_by END "
                              "WHERE id = ?1 AND version = ?7", error);
      if (stmt == NULL)
        return FALSE;
      store_bind_text (stmt, 1, id != NULL ? id : new_id);
      store_bind_text (stmt, 2, caseload_triage_outcome_to_code (caseload_threshold_get_outcome (threshold)));
      sqlite3_bind_int (stmt, 3, caseload_threshold_get_position (threshold));
      store_bind_text (stmt, 4, caseload_threshold_get_criterion (threshold));
      store_bind_text (stmt, 5, now);
      store_bind_text (stmt, 6, info->staff_id);
      if (id != NULL)
        sqlite3_bind_int (stmt, 7, caseload_threshold_get_version (threshold));
      if (!store_step_done (self, stmt, error))
        return FALSE;
      if (sqlite3_changes (self->db) == 0)
        {
          store_conflict (error, _("list of thresholds"));
          return FALSE;
        }
      g_ptr_array_add (kept, g_strdup (id != NULL ? id : new_id));
    }

  /* Those no longer in the list go. */
  stmt = store_prepare (self, "SELECT id FROM threshold", error);
  if (stmt == NULL)
    return FALSE;
  {
    g_autoptr(GPtrArray) gone = g_ptr_array_new_with_free_func (g_free);
    int rc;

    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      if (!g_ptr_array_find_with_equal_func (kept, store_column_text (stmt, 0), g_str_equal, NULL))
        g_ptr_array_add (gone, g_strdup (store_column_text (stmt, 0)));
    if (!store_finish_rows (self, stmt, rc, error))
      return FALSE;
    for (guint i = 0; i < gone->len; i++)
      {
        stmt = store_prepare (self, "DELETE FROM threshold WHERE id = ?1", error);
        if (stmt == NULL)
          return FALSE;
        store_bind_text (stmt, 1, g_ptr_array_index (gone, i));
        if (!store_step_done (self, stmt, error))
          return FALSE;
      }
  }
  return TRUE;
}

static gboolean
caseload_store_sqlite_save_thresholds (CaseloadStore  *store,
                                       CaseloadStaff  *actor,
                                       GPtrArray      *thresholds,
                                       GError        **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_auto(ActorInfo) info = { 0 };
  gboolean ok = FALSE;

  for (guint i = 0; i < thresholds->len; i++)
    {
      g_autoptr(GPtrArray) problems = caseload_threshold_check (g_ptr_array_index (thresholds, i));

      if (set_field_errors (problems, error))
        return FALSE;
    }

  if (!store_begin_mutation (self, error))
    return FALSE;
  if (store_load_actor (self, actor, &info, error) &&
      store_is_team_manager (&info, _("change the team’s thresholds"), error) &&
      (before = caseload_store_sqlite_list_thresholds (store, error)) != NULL &&
      save_thresholds_locked (self, &info, thresholds, kept, error) &&
      (after = caseload_store_sqlite_list_thresholds (store, error)) != NULL)
    {
      g_autofree char *old_json = thresholds_json (before);
      g_autofree char *new_json = thresholds_json (after);
      g_autofree char *detail = g_strdup_printf ("{\"before\":%s,\"after\":%s}", old_json, new_json);

      ok = store_audit (self, info.staff_id, "save-thresholds", NULL, detail, NULL, error);
    }
  if (!store_end_mutation (self, ok, ok ? error : NULL) || !ok)
    return FALSE;

  /* The caller's list becomes what was saved. */
  for (guint i = 0; i < thresholds->len; i++)
    for (guint j = 0; j < after->len; j++)
      if (g_strcmp0 (g_ptr_array_index (kept, i), caseload_threshold_get_id (g_ptr_array_index (after, j))) == 0)
        caseload_property_copy_all (g_ptr_array_index (after, j), g_ptr_array_index (thresholds, i));
  return TRUE;
}

/* Waiting-time standards */

static GPtrArray *
caseload_store_sqlite_list_wait_standards (CaseloadStore  *store,
                                           GError        **error)
{
  return list_simple (CASELOAD_STORE_SQLITE (store),
                      STANDARD_SELECT "ORDER BY CASE w.urgency WHEN 'routine' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END",
                      &standard_row, error);
}

/* Every open referral of @urgency follows its standard. */
static gboolean
refresh_clocks_of (CaseloadStoreSqlite  *self,
                   const char           *urgency,
                   GError              **error)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = store_prepare (self,
                                      "SELECT id FROM referral WHERE urgency = ?1 "
                                      "AND status IN ('awaiting-triage', 'accepted')", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, urgency);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (ids, g_strdup (store_column_text (stmt, 0)));
  if (!store_finish_rows (self, stmt, rc, error))
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    if (!refresh_clock (self, g_ptr_array_index (ids, i), error))
      return FALSE;
  return TRUE;
}

static const char * const standard_fields[] = { "urgency", "target", "unit", "warn", "stops-at", NULL };

static gboolean
caseload_store_sqlite_save_wait_standard (CaseloadStore         *store,
                                          CaseloadStaff         *actor,
                                          CaseloadWaitStandard  *standard,
                                          GError               **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_autoptr(GPtrArray) problems = caseload_wait_standard_check (standard);
  g_autoptr(CaseloadWaitStandard) before = NULL;
  g_autoptr(CaseloadWaitStandard) saved = NULL;
  g_autofree char *now = store_now (self);
  g_auto(ActorInfo) info = { 0 };
  const char *urgency = caseload_urgency_to_code (caseload_wait_standard_get_urgency (standard));
  sqlite3_stmt *stmt;
  gboolean ok = FALSE;

  if (set_field_errors (problems, error))
    return FALSE;
  if (!store_begin_mutation (self, error))
    return FALSE;

  if (store_load_actor (self, actor, &info, error) &&
      store_is_team_manager (&info, _("change the waiting-time standards"), error) &&
      (before = get_standard_locked (self, urgency, error)) != NULL &&
      (stmt = store_prepare (self,
                             "UPDATE wait_standard SET target = ?2, unit = ?3, warn = ?4, stops_at = ?5, "
                             "  version = version + 1, updated_at = ?6, updated_by = ?7 "
                             "WHERE urgency = ?1 AND version = ?8", error)) != NULL)
    {
      store_bind_text (stmt, 1, urgency);
      sqlite3_bind_int (stmt, 2, caseload_wait_standard_get_target (standard));
      store_bind_text (stmt, 3, caseload_wait_unit_to_code (caseload_wait_standard_get_unit (standard)));
      sqlite3_bind_int (stmt, 4, caseload_wait_standard_get_warn (standard));
      store_bind_text (stmt, 5, caseload_milestone_to_code (caseload_wait_standard_get_stops_at (standard)));
      store_bind_text (stmt, 6, now);
      store_bind_text (stmt, 7, info.staff_id);
      sqlite3_bind_int (stmt, 8, caseload_wait_standard_get_version (standard));
      ok = store_step_done (self, stmt, error);
      if (ok && sqlite3_changes (self->db) == 0)
        {
          store_conflict (error, _("waiting-time standard"));
          ok = FALSE;
        }
      ok = ok && refresh_clocks_of (self, urgency, error) &&
           store_audit_change (self, &info, "save-wait-standard", NULL, "urgency", urgency, before, standard,
                         standard_fields, error) &&
           (saved = get_standard_locked (self, urgency, error)) != NULL;
    }

  if (!store_end_mutation (self, ok, ok ? error : NULL) || !ok)
    return FALSE;
  caseload_property_copy_all (saved, standard);
  return TRUE;
}

void
store_referrals_iface_init (CaseloadStoreInterface *iface)
{
  iface->create_referral = caseload_store_sqlite_create_referral;
  iface->update_referral = caseload_store_sqlite_update_referral;
  iface->triage_referral = caseload_store_sqlite_triage_referral;
  iface->transfer_referral = caseload_store_sqlite_transfer_referral;
  iface->get_referral = caseload_store_sqlite_get_referral;
  iface->list_referrals = caseload_store_sqlite_list_referrals;
  iface->start_clock_pause = caseload_store_sqlite_start_clock_pause;
  iface->end_clock_pause = caseload_store_sqlite_end_clock_pause;
  iface->list_clock_pauses = caseload_store_sqlite_list_clock_pauses;
  iface->allocate = caseload_store_sqlite_allocate;
  iface->end_allocation = caseload_store_sqlite_end_allocation;
  iface->reallocate = caseload_store_sqlite_reallocate;
  iface->list_allocations = caseload_store_sqlite_list_allocations;
  iface->save_task = caseload_store_sqlite_save_task;
  iface->list_tasks = caseload_store_sqlite_list_tasks;
  iface->refresh_reminders = caseload_store_sqlite_refresh_reminders;
  iface->count_reminders = caseload_store_sqlite_count_reminders;
  iface->list_thresholds = caseload_store_sqlite_list_thresholds;
  iface->save_thresholds = caseload_store_sqlite_save_thresholds;
  iface->list_wait_standards = caseload_store_sqlite_list_wait_standards;
  iface->save_wait_standard = caseload_store_sqlite_save_wait_standard;
}
