/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <sqlite3.h>
#include <errno.h>
#include <string.h>

#include "caseload-audit-chain.h"
#include "caseload-error.h"
#include "caseload-nhs-number.h"
#include "caseload-search.h"
#include "caseload-store-sqlite-private.h"
#include "caseload-policy-refusal.h"
#include "caseload-validate.h"
#include "caseload-validate-staff.h"

/*
 * The embedded store: one SQLite file per desk. One connection, guarded by a recursive
 * mutex so worker threads and an outer bulk transaction never interleave statements.
 * Every mutation runs inside a SAVEPOINT, so it is whole on its own and nests inside
 * caseload_store_begin()/commit() for bulk work. Logs never carry record contents.
 */

/* "CSLD": marks a file as Caseload's so we never migrate someone else's database. */
#define CASELOAD_APPLICATION_ID 0x43534c44

static const char * const migrations[] = {
  "0001-initial.sql",
  "0002-search.sql",
  "0003-access.sql",
  "0004-referrals.sql",
  "0005-plans.sql",
  "0006-pathways.sql",
};


static void caseload_store_sqlite_iface_init (CaseloadStoreInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CaseloadStoreSqlite, caseload_store_sqlite, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (CASELOAD_TYPE_STORE, caseload_store_sqlite_iface_init))

#define PERSON_COLUMNS \
  "p.id, p.version, p.nhs_number, p.given_name, p.family_name, p.preferred_name, " \
  "p.pronouns, p.date_of_birth, p.gender, p.address, p.postcode, p.phone, " \
  "p.gp_practice_id, g.name, p.pcn, p.first_language, p.interpreter_needed, " \
  "p.communication_needs, p.created_at, p.updated_at, p.created_by, p.updated_by, " \
  "(SELECT t.occurred_at FROM timeline_entry t WHERE t.person_id = p.id " \
  "   AND (t.sensitivity = 'standard' OR t.organisation_id = ?1) " \
  "   ORDER BY t.occurred_at DESC LIMIT 1)"

#define PERSON_FROM " FROM person p LEFT JOIN organisation g ON g.id = p.gp_practice_id "

/* A listed person's most pressing open clock at ?7 (now), as a CaseloadClockState number:
 * 2 breached, 1 near breach, 6 none. Read through referral_person, for a page's rows alone. */
#define PERSON_CLOCK \
  "coalesce ((SELECT max (CASE WHEN ?7 >= r.clock_due_at THEN 2 WHEN ?7 >= r.clock_warn_at THEN 1 END) " \
  "  FROM referral r WHERE r.person_id = p.id AND r.status IN ('awaiting-triage', 'accepted') " \
  "   AND r.clock_stopped_at IS NULL AND NOT r.clock_paused), 6)"

#define PERSON_LIST_COLUMNS PERSON_COLUMNS ", " PERSON_CLOCK

/* A page of people in caseload order: @inner picks the page's pk and sort_key, sorted
 * and limited; the outer query reads the full rows (last contact, clock) for it alone. */
#define PERSON_PAGE(inner) \
  "SELECT " PERSON_LIST_COLUMNS " FROM (" inner ") AS o JOIN person p ON p.pk = o.pk " \
  "LEFT JOIN organisation g ON g.id = p.gp_practice_id ORDER BY o.sort_key"

#define ENTRY_VISIBLE "(t.sensitivity = 'standard' OR t.organisation_id = ?1)"

void
store_set_error (CaseloadStoreSqlite  *self,
                   GError              **error)
{
  int code = sqlite3_extended_errcode (self->db);

  /* SQLite's messages name tables and constraints, never row values. */
  switch (code & 0xff)
    {
    case SQLITE_FULL:
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_STORAGE,
                   _("The disk is full, so nothing was saved. Free some space and try again."));
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_STORAGE,
                   _("The database is busy in another program. Nothing was saved; try again in a moment."));
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_STORAGE,
                   _("The database file cannot be written. Check that it is not read-only."));
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_STORAGE,
                   _("The database file is damaged or is not a Caseload database."));
      break;
    default:
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_STORAGE,
                   _("The database reported an error: %s"), sqlite3_errmsg (self->db));
      break;
    }
}

gboolean
store_exec (CaseloadStoreSqlite  *self,
      const char           *sql,
      GError              **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      store_set_error (self, error);
      return FALSE;
    }
  return TRUE;
}

/* A cached prepared statement, reset and ready to bind. @sql must be a literal. */
sqlite3_stmt *
store_prepare (CaseloadStoreSqlite  *self,
         const char           *sql,
         GError              **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);

  if (stmt == NULL)
    {
      if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
        {
          store_set_error (self, error);
          return NULL;
        }
      g_hash_table_insert (self->statements, (gpointer) sql, stmt);
    }
  else
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
    }
  return stmt;
}

void
store_bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text)
{
  if (text == NULL || *text == '\0')
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

const char *
store_column_text (sqlite3_stmt *stmt,
             int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

/* Runs a statement that returns no rows; resets it afterwards. */
gboolean
store_step_done (CaseloadStoreSqlite  *self,
           sqlite3_stmt         *stmt,
           GError              **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      store_set_error (self, error);
      return FALSE;
    }
  return TRUE;
}

gboolean
store_begin_mutation (CaseloadStoreSqlite  *self,
                GError              **error)
{
  g_rec_mutex_lock (&self->lock);
  if (!store_exec (self, "SAVEPOINT mutation", error))
    {
      g_rec_mutex_unlock (&self->lock);
      return FALSE;
    }
  return TRUE;
}

gboolean
store_end_mutation (CaseloadStoreSqlite  *self,
              gboolean              ok,
              GError              **error)
{
  if (ok)
    ok = store_exec (self, "RELEASE mutation", error);
  if (!ok)
    {
      sqlite3_exec (self->db, "ROLLBACK TO mutation", NULL, NULL, NULL);
      sqlite3_exec (self->db, "RELEASE mutation", NULL, NULL, NULL);
    }
  g_rec_mutex_unlock (&self->lock);
  return ok;
}

static void
sql_fold (sqlite3_context *context,
          int              argc,
          sqlite3_value  **argv)
{
  const char *text = (const char *) sqlite3_value_text (argv[0]);

  if (text == NULL)
    sqlite3_result_null (context);
  else
    sqlite3_result_text (context, caseload_search_fold (text), -1, g_free);
}

static CaseloadPerson *
read_person (sqlite3_stmt *stmt)
{
  CaseloadPerson *person = caseload_person_new ();

  caseload_person_set_id (person, store_column_text (stmt, 0));
  caseload_person_set_version (person, sqlite3_column_int64 (stmt, 1));
  caseload_person_set_nhs_number (person, store_column_text (stmt, 2));
  caseload_person_set_given_name (person, store_column_text (stmt, 3));
  caseload_person_set_family_name (person, store_column_text (stmt, 4));
  caseload_person_set_preferred_name (person, store_column_text (stmt, 5));
  caseload_person_set_pronouns (person, store_column_text (stmt, 6));
  caseload_person_set_date_of_birth (person, store_column_text (stmt, 7));
  caseload_person_set_gender (person, store_column_text (stmt, 8));
  caseload_person_set_address (person, store_column_text (stmt, 9));
  caseload_person_set_postcode (person, store_column_text (stmt, 10));
  caseload_person_set_phone (person, store_column_text (stmt, 11));
  caseload_person_set_gp_practice_id (person, store_column_text (stmt, 12));
  caseload_person_set_gp_practice_name (person, store_column_text (stmt, 13));
  caseload_person_set_pcn (person, store_column_text (stmt, 14));
  caseload_person_set_first_language (person, store_column_text (stmt, 15));
  caseload_person_set_interpreter_needed (person, sqlite3_column_int (stmt, 16) != 0);
  caseload_person_set_communication_needs (person, store_column_text (stmt, 17));
  caseload_person_set_created_at (person, store_column_text (stmt, 18));
  caseload_person_set_updated_at (person, store_column_text (stmt, 19));
  caseload_person_set_created_by (person, store_column_text (stmt, 20));
  caseload_person_set_updated_by (person, store_column_text (stmt, 21));
  caseload_person_set_last_contact (person, store_column_text (stmt, 22));
  caseload_person_set_loaded (person, TRUE);
  return person;
}

/* A row of PERSON_LIST_COLUMNS. */
static CaseloadPerson *
read_listed_person (sqlite3_stmt *stmt)
{
  CaseloadPerson *person = read_person (stmt);

  caseload_person_set_clock_state (person, sqlite3_column_int (stmt, 23));
  return person;
}

static CaseloadTimelineEntry *
read_entry (sqlite3_stmt *stmt)
{
  CaseloadTimelineEntry *entry = caseload_timeline_entry_new ();
  CaseloadEntryKind kind = CASELOAD_ENTRY_NOTE;
  CaseloadSensitivity sensitivity = CASELOAD_SENSITIVITY_STANDARD;

  caseload_entry_kind_from_code (store_column_text (stmt, 7), &kind);
  caseload_sensitivity_from_code (store_column_text (stmt, 8), &sensitivity);

  caseload_timeline_entry_set_id (entry, store_column_text (stmt, 0));
  caseload_timeline_entry_set_version (entry, sqlite3_column_int64 (stmt, 1));
  caseload_timeline_entry_set_person_id (entry, store_column_text (stmt, 2));
  caseload_timeline_entry_set_author_id (entry, store_column_text (stmt, 3));
  caseload_timeline_entry_set_author_name (entry, store_column_text (stmt, 4));
  caseload_timeline_entry_set_organisation_id (entry, store_column_text (stmt, 5));
  caseload_timeline_entry_set_organisation_name (entry, store_column_text (stmt, 6));
  caseload_timeline_entry_set_kind (entry, kind);
  caseload_timeline_entry_set_sensitivity (entry, sensitivity);
  caseload_timeline_entry_set_occurred_at (entry, store_column_text (stmt, 9));
  caseload_timeline_entry_set_text (entry, store_column_text (stmt, 10));
  caseload_timeline_entry_set_created_at (entry, store_column_text (stmt, 11));
  caseload_timeline_entry_set_loaded (entry, TRUE);
  return entry;
}

static CaseloadOrganisation *
read_organisation (sqlite3_stmt *stmt)
{
  CaseloadOrganisation *organisation = caseload_organisation_new ();
  CaseloadOrganisationKind kind = CASELOAD_ORGANISATION_GP_PRACTICE;

  caseload_organisation_kind_from_code (store_column_text (stmt, 3), &kind);
  caseload_organisation_set_id (organisation, store_column_text (stmt, 0));
  caseload_organisation_set_version (organisation, sqlite3_column_int64 (stmt, 1));
  caseload_organisation_set_name (organisation, store_column_text (stmt, 2));
  caseload_organisation_set_kind (organisation, kind);
  caseload_organisation_set_pcn (organisation, store_column_text (stmt, 4));
  return organisation;
}

CaseloadStaff *
store_read_staff (sqlite3_stmt *stmt)
{
  CaseloadStaff *staff = caseload_staff_new ();

  caseload_staff_set_id (staff, store_column_text (stmt, 0));
  caseload_staff_set_version (staff, sqlite3_column_int64 (stmt, 1));
  caseload_staff_set_display_name (staff, store_column_text (stmt, 2));
  caseload_staff_set_role (staff, store_column_text (stmt, 3));
  caseload_staff_set_organisation_id (staff, store_column_text (stmt, 4));
  caseload_staff_set_organisation_name (staff, store_column_text (stmt, 5));
  caseload_staff_set_email (staff, store_column_text (stmt, 6));
  {
    CaseloadAccessRole role = CASELOAD_ROLE_MENTAL_HEALTH_PRACTITIONER;
    CaseloadOrganisationKind kind = CASELOAD_ORGANISATION_VCSE;

    caseload_access_role_from_code (store_column_text (stmt, 7), &role);
    caseload_organisation_kind_from_code (store_column_text (stmt, 8), &kind);
    caseload_staff_set_access_role (staff, role);
    caseload_staff_set_organisation_kind (staff, kind);
  }
  caseload_staff_set_username (staff, store_column_text (stmt, 9));
  caseload_staff_set_active (staff, sqlite3_column_int (stmt, 10) != 0);
  caseload_staff_set_must_change_password (staff, sqlite3_column_int (stmt, 11) != 0);
  caseload_staff_set_fte (staff, sqlite3_column_double (stmt, 12));
  return staff;
}

static gboolean
migrate (CaseloadStoreSqlite  *self,
         int                   from,
         GError              **error)
{
  g_autofree char *pragma = NULL;

  if (from == (int) G_N_ELEMENTS (migrations))
    return TRUE;

  if (!store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  for (int version = from + 1; version <= (int) G_N_ELEMENTS (migrations); version++)
    {
      g_autofree char *resource = g_strconcat ("/io/github/pcnmh/Caseload/sql/",
                                               migrations[version - 1], NULL);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (resource, 0, NULL);
      g_autofree char *sql = NULL;

      g_assert (bytes != NULL);
      sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      if (!store_exec (self, sql, error))
        {
          g_prefix_error (error, _("Could not update the database to version %d: "), version);
          sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }
      g_debug ("Applied migration %d", version);
    }

  pragma = g_strdup_printf ("PRAGMA user_version = %u; PRAGMA application_id = %d;",
                            (guint) G_N_ELEMENTS (migrations), CASELOAD_APPLICATION_ID);
  if (!store_exec (self, pragma, error) || !store_exec (self, "COMMIT", error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_pragma_int (CaseloadStoreSqlite  *self,
                 const char           *sql,
                 int                  *value,
                 GError              **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      store_set_error (self, error);
      return FALSE;
    }
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *value = sqlite3_column_int (stmt, 0);
  else
    store_set_error (self, error);
  sqlite3_finalize (stmt);
  return rc == SQLITE_ROW;
}

static gboolean
open_database (CaseloadStoreSqlite  *self,
               GError              **error)
{
  int version = 0;
  int application_id = 0;

  /* Health records: the folder is the desk user's alone. */
  {
    g_autofree char *folder = g_path_get_dirname (self->path);

    if (g_mkdir_with_parents (folder, 0700) != 0)
      {
        int saved_errno = errno;

        g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_STORAGE,
                     _("Could not create the folder “%s” for the database: %s"),
                     folder, g_strerror (saved_errno));
        return FALSE;
      }
  }

  if (sqlite3_open_v2 (self->path, &self->db,
                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                       NULL) != SQLITE_OK)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_STORAGE,
                   _("Could not open the database “%s”: %s"),
                   self->path, self->db != NULL ? sqlite3_errmsg (self->db) : g_strerror (ENOMEM));
      return FALSE;
    }

  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, 5000);
  sqlite3_create_function (self->db, "caseload_fold", 1,
                           SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                           NULL, sql_fold, NULL, NULL);

  /* Look before touching: a newer schema, or another program's file, is left as it is. */
  if (!read_pragma_int (self, "PRAGMA user_version", &version, error)
      || !read_pragma_int (self, "PRAGMA application_id", &application_id, error))
    {
      g_prefix_error (error, _("Could not open “%s”: "), self->path);
      return FALSE;
    }

  if (application_id != 0 && application_id != CASELOAD_APPLICATION_ID)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_STORAGE,
                   _("“%s” is a database of another program, not Caseload. It has not been changed."),
                   self->path);
      return FALSE;
    }

  if (version > (int) G_N_ELEMENTS (migrations))
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_SCHEMA_TOO_NEW,
                   _("This database was made by a newer version of Caseload (schema %d; this version knows up to %d). "
                     "It has not been changed: update Caseload to open it."),
                   version, (int) G_N_ELEMENTS (migrations));
      return FALSE;
    }

  /* WAL and FULL: a save reported done survives a power cut. Reads go through a
   * memory map and a 64 MiB cache, so searching a large caseload costs no system calls. */
  if (!store_exec (self, "PRAGMA journal_mode = WAL", error)
      || !store_exec (self, "PRAGMA foreign_keys = ON", error)
      || !store_exec (self, "PRAGMA synchronous = FULL", error)
      || !store_exec (self, "PRAGMA mmap_size = 1073741824", error)
      || !store_exec (self, "PRAGMA cache_size = -65536", error))
    return FALSE;

  return migrate (self, version, error);
}

static int
caseload_store_sqlite_get_schema_version (CaseloadStore *store)
{
  return (int) G_N_ELEMENTS (migrations);
}

static gboolean
caseload_store_sqlite_begin (CaseloadStore  *store,
                             GError        **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);

  g_rec_mutex_lock (&self->lock);
  if (self->outer_depth == 0 && !store_exec (self, "BEGIN IMMEDIATE", error))
    {
      g_rec_mutex_unlock (&self->lock);
      return FALSE;
    }
  self->outer_depth++;
  return TRUE;
}

static gboolean
caseload_store_sqlite_commit (CaseloadStore  *store,
                              GError        **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  gboolean ok = TRUE;

  g_return_val_if_fail (self->outer_depth > 0, FALSE);

  if (self->outer_depth == 1)
    {
      ok = store_exec (self, "COMMIT", error);
      if (!ok)
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
    }
  self->outer_depth--;
  g_rec_mutex_unlock (&self->lock);
  return ok;
}

static void
caseload_store_sqlite_rollback (CaseloadStore *store)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);

  g_return_if_fail (self->outer_depth > 0);

  if (self->outer_depth == 1)
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  self->outer_depth--;
  g_rec_mutex_unlock (&self->lock);
}

static gboolean
caseload_store_sqlite_save_organisation (CaseloadStore         *store,
                                         CaseloadOrganisation  *organisation,
                                         GError               **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_autofree char *now = caseload_clock_now_iso (self->clock);
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  sqlite3_stmt *stmt;
  gboolean creating = caseload_organisation_get_id (organisation) == NULL;
  gboolean ok = FALSE;

  name = caseload_validate_text (_("Organisation name"), caseload_organisation_get_name (organisation),
                                 TRUE, CASELOAD_MAX_NAME, error);
  if (name == NULL)
    return FALSE;

  if (!store_begin_mutation (self, error))
    return FALSE;

  if (creating)
    {
      id = g_uuid_string_random ();
      stmt = store_prepare (self,
                      "INSERT INTO organisation (id, name, kind, pcn, version, created_at, updated_at) "
                      "VALUES (?1, ?2, ?3, ?4, 1, ?5, ?5)", error);
    }
  else
    {
      id = g_strdup (caseload_organisation_get_id (organisation));
      stmt = store_prepare (self,
                      "UPDATE organisation SET name = ?2, kind = ?3, pcn = ?4, updated_at = ?5, "
                      "version = version + 1 WHERE id = ?1 AND version = ?6", error);
    }

  if (stmt != NULL)
    {
      store_bind_text (stmt, 1, id);
      store_bind_text (stmt, 2, name);
      store_bind_text (stmt, 3, caseload_organisation_kind_to_code (caseload_organisation_get_kind (organisation)));
      store_bind_text (stmt, 4, caseload_organisation_get_pcn (organisation));
      store_bind_text (stmt, 5, now);
      if (!creating)
        sqlite3_bind_int64 (stmt, 6, caseload_organisation_get_version (organisation));
      ok = store_step_done (self, stmt, error);
      if (ok && !creating && sqlite3_changes (self->db) == 0)
        {
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_CONFLICT,
                       _("Someone else changed this organisation since you opened it. Nothing was saved: reopen it and try again."));
          ok = FALSE;
        }
    }

  if (!store_end_mutation (self, ok, ok ? error : NULL))
    return FALSE;

  caseload_organisation_set_id (organisation, id);
  caseload_organisation_set_version (organisation, creating ? 1 : caseload_organisation_get_version (organisation) + 1);
  return TRUE;
}

static GPtrArray *
caseload_store_sqlite_list_organisations (CaseloadStore  *store,
                                          GError        **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_autoptr(GPtrArray) organisations = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  g_rec_mutex_lock (&self->lock);
  stmt = store_prepare (self, "SELECT id, version, name, kind, pcn FROM organisation ORDER BY name COLLATE NOCASE", error);
  if (stmt == NULL)
    {
      g_rec_mutex_unlock (&self->lock);
      return NULL;
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (organisations, read_organisation (stmt));
  if (rc != SQLITE_DONE)
    store_set_error (self, error);
  sqlite3_reset (stmt);
  g_rec_mutex_unlock (&self->lock);

  return rc == SQLITE_DONE ? g_steal_pointer (&organisations) : NULL;
}

static gboolean
caseload_store_sqlite_save_staff (CaseloadStore  *store,
                                  CaseloadStaff  *actor,
                                  CaseloadStaff  *staff,
                                  GError        **error)
{
  g_auto(ActorInfo) info = { 0 };
  g_autofree char *detail = NULL;
  g_autofree char *quoted = NULL;
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_autofree char *now = caseload_clock_now_iso (self->clock);
  g_autofree char *id = NULL;
  g_auto(CaseloadStaffRecord) record = { 0 };
  const char *username, *name, *role, *email;
  sqlite3_stmt *stmt;
  gboolean creating = caseload_staff_get_id (staff) == NULL;
  gboolean ok = FALSE;

  if (!caseload_staff_check_record (staff, CASELOAD_USERNAME_PLAIN, &record, error))
    return FALSE;
  username = record.username;
  name = record.display_name;
  role = record.role;
  email = record.email;

  if (!store_begin_mutation (self, error))
    return FALSE;

  if (!caseload_store_sqlite_require_administrator (self, actor, &info, error))
    {
      store_end_mutation (self, FALSE, NULL);
      return FALSE;
    }

  if (username != NULL)
    {
      stmt = store_prepare (self, "SELECT 1 FROM staff WHERE username = ?1 AND id IS NOT ?2", error);
      if (stmt == NULL)
        {
          store_end_mutation (self, FALSE, NULL);
          return FALSE;
        }
      store_bind_text (stmt, 1, username);
      store_bind_text (stmt, 2, caseload_staff_get_id (staff));
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          sqlite3_reset (stmt);
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                       _("The username “%s” is taken: choose another."), username);
          store_end_mutation (self, FALSE, NULL);
          return FALSE;
        }
      sqlite3_reset (stmt);
    }

  if (creating)
    {
      id = g_uuid_string_random ();
      stmt = store_prepare (self,
                      "INSERT INTO staff (id, display_name, role, organisation_id, email, access_role, username, "
                      "  fte, version, created_at, updated_at) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?8, ?9, ?10, 1, ?6, ?6)", error);
    }
  else
    {
      id = g_strdup (caseload_staff_get_id (staff));
      stmt = store_prepare (self,
                      "UPDATE staff SET display_name = ?2, role = ?3, organisation_id = ?4, email = ?5, "
                      "access_role = ?8, username = ?9, fte = ?10, "
                      "updated_at = ?6, version = version + 1 WHERE id = ?1 AND version = ?7", error);
    }

  if (stmt != NULL)
    {
      store_bind_text (stmt, 8, caseload_access_role_to_code (caseload_staff_get_access_role (staff)));
      store_bind_text (stmt, 9, username);
      sqlite3_bind_double (stmt, 10, caseload_staff_get_fte (staff));
      store_bind_text (stmt, 1, id);
      store_bind_text (stmt, 2, name);
      store_bind_text (stmt, 3, role);
      store_bind_text (stmt, 4, caseload_staff_get_organisation_id (staff));
      store_bind_text (stmt, 5, email);
      store_bind_text (stmt, 6, now);
      if (!creating)
        sqlite3_bind_int64 (stmt, 7, caseload_staff_get_version (staff));
      ok = store_step_done (self, stmt, error);
      if (ok && !creating && sqlite3_changes (self->db) == 0)
        {
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_CONFLICT,
                       _("Someone else changed this staff member since you opened them. Nothing was saved: reopen and try again."));
          ok = FALSE;
        }
      quoted = caseload_audit_json_string (id);
      detail = g_strdup_printf ("{\"staff\":%s,\"change\":\"%s\",\"role\":\"%s\"}", quoted,
                                creating ? "created" : "updated",
                                caseload_access_role_to_code (caseload_staff_get_access_role (staff)));
      ok = ok && store_audit (self, info.staff_id, "staff-change", NULL, detail, NULL, error);
    }

  if (!store_end_mutation (self, ok, ok ? error : NULL))
    return FALSE;

  caseload_staff_set_id (staff, id);
  caseload_staff_set_username (staff, username);
  caseload_staff_set_version (staff, creating ? 1 : caseload_staff_get_version (staff) + 1);
  return TRUE;
}

#define STAFF_SELECT \
  "SELECT s.id, s.version, s.display_name, s.role, s.organisation_id, o.name, s.email, " \
  "  s.access_role, o.kind, s.username, s.active, s.must_change_password, s.fte " \
  "FROM staff s JOIN organisation o ON o.id = s.organisation_id "

static GPtrArray *
caseload_store_sqlite_list_staff (CaseloadStore  *store,
                                  GError        **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_autoptr(GPtrArray) staff = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  g_rec_mutex_lock (&self->lock);
  stmt = store_prepare (self, STAFF_SELECT "ORDER BY s.rowid", error);
  if (stmt == NULL)
    {
      g_rec_mutex_unlock (&self->lock);
      return NULL;
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (staff, store_read_staff (stmt));
  if (rc != SQLITE_DONE)
    store_set_error (self, error);
  sqlite3_reset (stmt);
  g_rec_mutex_unlock (&self->lock);

  return rc == SQLITE_DONE ? g_steal_pointer (&staff) : NULL;
}

static CaseloadStaff *
caseload_store_sqlite_get_staff (CaseloadStore  *store,
                                 const char     *id,
                                 GError        **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  CaseloadStaff *staff = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_rec_mutex_lock (&self->lock);
  stmt = store_prepare (self, STAFF_SELECT "WHERE s.id = ?1", error);
  if (stmt != NULL)
    {
      store_bind_text (stmt, 1, id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        staff = store_read_staff (stmt);
      else if (rc == SQLITE_DONE)
        g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                     _("That staff member is not in this database."));
      else
        store_set_error (self, error);
      sqlite3_reset (stmt);
    }
  g_rec_mutex_unlock (&self->lock);
  return staff;
}

/* Checks that apply to a person on create and update, against the database:
 * a unique NHS number and a known GP practice (whose PCN the person takes). */
static gboolean
check_person_links (CaseloadStoreSqlite  *self,
                    CaseloadPerson       *person,
                    char                **pcn,
                    GError              **error)
{
  const char *nhs_number = caseload_person_get_nhs_number (person);
  const char *practice_id = caseload_person_get_gp_practice_id (person);
  sqlite3_stmt *stmt;
  int rc;

  *pcn = g_strdup (caseload_person_get_pcn (person));

  if (nhs_number != NULL && *nhs_number != '\0')
    {
      stmt = store_prepare (self, "SELECT 1 FROM person WHERE nhs_number = ?1 AND id IS NOT ?2", error);
      if (stmt == NULL)
        return FALSE;
      store_bind_text (stmt, 1, nhs_number);
      store_bind_text (stmt, 2, caseload_person_get_id (person));
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      if (rc == SQLITE_ROW)
        {
          g_autofree char *shown = caseload_nhs_number_format (nhs_number);

          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                       _("NHS number %s is already recorded for someone else. Search for it to open their record instead."),
                       shown);
          return FALSE;
        }
      if (rc != SQLITE_DONE)
        {
          store_set_error (self, error);
          return FALSE;
        }
    }

  if (practice_id != NULL && *practice_id != '\0')
    {
      stmt = store_prepare (self, "SELECT pcn FROM organisation WHERE id = ?1 AND kind = 'gp-practice'", error);
      if (stmt == NULL)
        return FALSE;
      store_bind_text (stmt, 1, practice_id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          g_free (*pcn);
          *pcn = g_strdup (store_column_text (stmt, 0));
        }
      sqlite3_reset (stmt);
      if (rc == SQLITE_DONE)
        {
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                       _("The GP practice chosen is not in this database. Choose one from the list."));
          return FALSE;
        }
      if (rc != SQLITE_ROW)
        {
          store_set_error (self, error);
          return FALSE;
        }
    }
  return TRUE;
}

static void
bind_person_fields (sqlite3_stmt   *stmt,
                    CaseloadPerson *person,
                    const char     *pcn)
{
  store_bind_text (stmt, 2, caseload_person_get_nhs_number (person));
  store_bind_text (stmt, 3, caseload_person_get_given_name (person));
  store_bind_text (stmt, 4, caseload_person_get_family_name (person));
  store_bind_text (stmt, 5, caseload_person_get_preferred_name (person));
  store_bind_text (stmt, 6, caseload_person_get_pronouns (person));
  store_bind_text (stmt, 7, caseload_person_get_date_of_birth (person));
  store_bind_text (stmt, 8, caseload_person_get_gender (person));
  store_bind_text (stmt, 9, caseload_person_get_address (person));
  store_bind_text (stmt, 10, caseload_person_get_postcode (person));
  store_bind_text (stmt, 11, caseload_person_get_phone (person));
  store_bind_text (stmt, 12, caseload_person_get_gp_practice_id (person));
  store_bind_text (stmt, 13, pcn);
  store_bind_text (stmt, 14, caseload_person_get_first_language (person));
  sqlite3_bind_int (stmt, 15, caseload_person_get_interpreter_needed (person) ? 1 : 0);
  store_bind_text (stmt, 16, caseload_person_get_communication_needs (person));
}

static gboolean
check_person (CaseloadStoreSqlite  *self,
              CaseloadPerson       *person,
              GError              **error)
{
  GDate today;

  caseload_clock_today (self->clock, &today);
  return caseload_person_validate (person, &today, error);
}

static CaseloadPerson *get_person_locked (CaseloadStoreSqlite *self, const char *organisation_id,
                                          const char *person_id, GError **error);

/* Adding a person record is for NHS and council teams (who then care for them); the
 * voluntary sector, housing and employment services join through the person's consent. */
static gboolean
may_add_people (const ActorInfo  *info,
                GError          **error)
{
  return caseload_policy_check_add_people (info->role, info->organisation_kind, info->organisation_name, error);
}

gboolean
store_insert_relationship (CaseloadStoreSqlite  *self,
                           const char           *person_id,
                           const char           *organisation_id,
                           const char           *kind,
                           const char           *staff_id,
                           const char           *now,
                           GError              **error)
{
  g_autofree char *id = g_uuid_string_random ();
  sqlite3_stmt *stmt = store_prepare (self,
                                      "INSERT INTO care_relationship (id, person_id, organisation_id, kind, "
                                      "  started_at, created_at, created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6)",
                                      error);

  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, id);
  store_bind_text (stmt, 2, person_id);
  store_bind_text (stmt, 3, organisation_id);
  store_bind_text (stmt, 4, kind);
  store_bind_text (stmt, 5, now);
  store_bind_text (stmt, 6, staff_id);
  return store_step_done (self, stmt, error);
}

/* The audited form of a person's details, as JSON text. */
static char *
person_json (CaseloadPerson *person)
{
  const struct { const char *key; const char *value; } fields[] = {
    { "nhs_number", caseload_person_get_nhs_number (person) },
    { "given_name", caseload_person_get_given_name (person) },
    { "family_name", caseload_person_get_family_name (person) },
    { "preferred_name", caseload_person_get_preferred_name (person) },
    { "pronouns", caseload_person_get_pronouns (person) },
    { "date_of_birth", caseload_person_get_date_of_birth (person) },
    { "gender", caseload_person_get_gender (person) },
    { "address", caseload_person_get_address (person) },
    { "postcode", caseload_person_get_postcode (person) },
    { "phone", caseload_person_get_phone (person) },
    { "gp_practice_id", caseload_person_get_gp_practice_id (person) },
    { "first_language", caseload_person_get_first_language (person) },
    { "communication_needs", caseload_person_get_communication_needs (person) },
  };
  GString *json = g_string_new ("{");

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *value = caseload_audit_json_string (fields[i].value);

      g_string_append_printf (json, "%s\"%s\":%s", i > 0 ? "," : "", fields[i].key, value);
    }
  g_string_append_printf (json, ",\"interpreter_needed\":%s}",
                          caseload_person_get_interpreter_needed (person) ? "true" : "false");
  return g_string_free (json, FALSE);
}

static gboolean
caseload_store_sqlite_create_person (CaseloadStore   *store,
                                     CaseloadStaff   *actor,
                                     CaseloadPerson  *person,
                                     GError         **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_autofree char *now = caseload_clock_now_iso (self->clock);
  g_autofree char *id = g_uuid_string_random ();
  g_auto(ActorInfo) info = { 0 };
  g_autofree char *pcn = NULL;
  sqlite3_stmt *stmt;
  gboolean ok = FALSE;

  if (!check_person (self, person, error))
    return FALSE;

  if (!store_begin_mutation (self, error))
    return FALSE;

  if (store_load_actor (self, actor, &info, error) && !may_add_people (&info, error))
    actor_info_clear (&info);
  if (info.staff_id != NULL && check_person_links (self, person, &pcn, error))
    {
      stmt = store_prepare (self,
                      "INSERT INTO person (id, nhs_number, given_name, family_name, preferred_name, "
                      "  pronouns, date_of_birth, gender, address, postcode, phone, gp_practice_id, pcn, "
                      "  first_language, interpreter_needed, communication_needs, version, "
                      "  created_at, created_by, updated_at, updated_by) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, 1, "
                      "  ?17, ?18, ?17, ?18)", error);
      if (stmt != NULL)
        {
          store_bind_text (stmt, 1, id);
          bind_person_fields (stmt, person, pcn);
          store_bind_text (stmt, 17, now);
          store_bind_text (stmt, 18, caseload_staff_get_id (actor));
          ok = store_step_done (self, stmt, error);
        }
      /* Whoever adds a person takes them on: their organisation has a referral, unless it
       * is the person's own practice, which is in their care already. */
      if (ok && g_strcmp0 (info.organisation_id, caseload_person_get_gp_practice_id (person)) != 0)
        ok = store_insert_relationship (self, id, info.organisation_id, "referral", info.staff_id, now, error);
      if (ok)
        {
          g_autofree char *after = person_json (person);
          g_autofree char *detail = g_strdup_printf ("{\"after\":%s}", after);

          ok = store_refresh_access (self, id, error) &&
               store_audit (self, info.staff_id, "create-person", id, detail, NULL, error);
        }
    }

  if (!store_end_mutation (self, ok, ok ? error : NULL) || !ok)
    return FALSE;

  caseload_person_set_id (person, id);
  caseload_person_set_version (person, 1);
  caseload_person_set_pcn (person, pcn);
  caseload_person_set_created_at (person, now);
  caseload_person_set_updated_at (person, now);
  caseload_person_set_created_by (person, caseload_staff_get_id (actor));
  caseload_person_set_updated_by (person, caseload_staff_get_id (actor));
  caseload_person_set_loaded (person, TRUE);
  return TRUE;
}

static gboolean
caseload_store_sqlite_update_person (CaseloadStore   *store,
                                     CaseloadStaff   *actor,
                                     CaseloadPerson  *person,
                                     GError         **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_autofree char *now = caseload_clock_now_iso (self->clock);
  g_auto(ActorInfo) info = { 0 };
  g_autoptr(CaseloadPerson) before = NULL;
  g_autofree char *pcn = NULL;
  const char *id = caseload_person_get_id (person);
  sqlite3_stmt *stmt;
  gboolean ok = FALSE;

  if (id == NULL)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                   _("This person has not been saved yet, so there is nothing to update."));
      return FALSE;
    }

  if (!check_person (self, person, error))
    return FALSE;

  if (!store_begin_mutation (self, error))
    return FALSE;

  if (store_load_actor (self, actor, &info, error) &&
      store_require_access (self, &info, id, TRUE, error) &&
      (before = get_person_locked (self, info.organisation_id, id, error)) != NULL &&
      check_person_links (self, person, &pcn, error))
    {
      stmt = store_prepare (self,
                      "UPDATE person SET nhs_number = ?2, given_name = ?3, family_name = ?4, "
                      "  preferred_name = ?5, pronouns = ?6, date_of_birth = ?7, gender = ?8, "
                      "  address = ?9, postcode = ?10, phone = ?11, gp_practice_id = ?12, pcn = ?13, "
                      "  first_language = ?14, interpreter_needed = ?15, communication_needs = ?16, "
                      "  version = version + 1, updated_at = ?17, updated_by = ?18 "
                      "WHERE id = ?1 AND version = ?19", error);
      if (stmt != NULL)
        {
          store_bind_text (stmt, 1, id);
          bind_person_fields (stmt, person, pcn);
          store_bind_text (stmt, 17, now);
          store_bind_text (stmt, 18, caseload_staff_get_id (actor));
          sqlite3_bind_int64 (stmt, 19, caseload_person_get_version (person));
          ok = store_step_done (self, stmt, error);
        }

      if (ok && sqlite3_changes (self->db) == 0)
        {
          sqlite3_stmt *exists = store_prepare (self, "SELECT 1 FROM person WHERE id = ?1", NULL);
          gboolean found = FALSE;

          if (exists != NULL)
            {
              store_bind_text (exists, 1, id);
              found = sqlite3_step (exists) == SQLITE_ROW;
              sqlite3_reset (exists);
            }
          if (found)
            g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_CONFLICT,
                         _("Someone else saved changes to this person after you opened the record. "
                           "Your changes have not been saved: compare both versions, then save again."));
          else
            g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                         _("This person’s record is no longer in the database."));
          ok = FALSE;
        }

      if (ok)
        {
          g_autofree char *old_json = person_json (before);
          g_autofree char *new_json = person_json (person);
          g_autofree char *detail = g_strdup_printf ("{\"before\":%s,\"after\":%s}", old_json, new_json);

          ok = store_refresh_access (self, id, error) &&
               store_audit (self, info.staff_id, "update-person", id, detail, NULL, error);
        }
    }

  if (!store_end_mutation (self, ok, ok ? error : NULL) || !ok)
    return FALSE;

  caseload_person_set_version (person, caseload_person_get_version (person) + 1);
  caseload_person_set_pcn (person, pcn);
  caseload_person_set_updated_at (person, now);
  caseload_person_set_updated_by (person, caseload_staff_get_id (actor));
  return TRUE;
}

static CaseloadPerson *
get_person_locked (CaseloadStoreSqlite  *self,
                   const char           *organisation_id,
                   const char           *person_id,
                   GError              **error)
{
  CaseloadPerson *person = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = store_prepare (self, "SELECT " PERSON_COLUMNS PERSON_FROM "WHERE p.id = ?2", error);
  if (stmt == NULL)
    return NULL;
  store_bind_text (stmt, 1, organisation_id);
  store_bind_text (stmt, 2, person_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    person = read_person (stmt);
  else if (rc == SQLITE_DONE)
    g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                 _("This person’s record is not in the database."));
  else
    store_set_error (self, error);
  sqlite3_reset (stmt);
  return person;
}

static GPtrArray *
list_network_locked (CaseloadStoreSqlite  *self,
                     const char           *person_id,
                     GError              **error)
{
  g_autoptr(GPtrArray) members = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  stmt = store_prepare (self,
                  "SELECT id, version, person_id, name, relationship, relationship_detail, is_carer, "
                  "  phone, email, notes FROM network_member WHERE person_id = ?1 "
                  "ORDER BY is_carer DESC, name COLLATE NOCASE", error);
  if (stmt == NULL)
    return NULL;
  store_bind_text (stmt, 1, person_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CaseloadNetworkMember *member = caseload_network_member_new ();
      CaseloadRelationship relationship = CASELOAD_RELATIONSHIP_FAMILY;

      caseload_relationship_from_code (store_column_text (stmt, 4), &relationship);
      caseload_network_member_set_id (member, store_column_text (stmt, 0));
      caseload_network_member_set_version (member, sqlite3_column_int64 (stmt, 1));
      caseload_network_member_set_person_id (member, store_column_text (stmt, 2));
      caseload_network_member_set_name (member, store_column_text (stmt, 3));
      caseload_network_member_set_relationship (member, relationship);
      caseload_network_member_set_relationship_detail (member, store_column_text (stmt, 5));
      caseload_network_member_set_is_carer (member, sqlite3_column_int (stmt, 6) != 0);
      caseload_network_member_set_phone (member, store_column_text (stmt, 7));
      caseload_network_member_set_email (member, store_column_text (stmt, 8));
      caseload_network_member_set_notes (member, store_column_text (stmt, 9));
      g_ptr_array_add (members, member);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      store_set_error (self, error);
      return NULL;
    }
  return g_steal_pointer (&members);
}

static GPtrArray *
list_involvement_locked (CaseloadStoreSqlite  *self,
                         const char           *organisation_id,
                         const char           *person_id,
                         guint                *entry_count,
                         GError              **error)
{
  g_autoptr(GPtrArray) involvement = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  *entry_count = 0;
  stmt = store_prepare (self,
                  "SELECT s.id, s.display_name, s.role, o.id, o.name, o.kind, count(*), max(t.occurred_at) "
                  "FROM timeline_entry t "
                  "JOIN staff s ON s.id = t.author_id "
                  "JOIN organisation o ON o.id = t.organisation_id "
                  "WHERE t.person_id = ?2 AND " ENTRY_VISIBLE " "
                  "GROUP BY t.author_id, t.organisation_id "
                  "ORDER BY o.name COLLATE NOCASE, max(t.occurred_at) DESC", error);
  if (stmt == NULL)
    return NULL;
  store_bind_text (stmt, 1, organisation_id);
  store_bind_text (stmt, 2, person_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CaseloadInvolvement *item = caseload_involvement_new ();
      CaseloadOrganisationKind kind = CASELOAD_ORGANISATION_GP_PRACTICE;
      guint count = (guint) sqlite3_column_int (stmt, 6);

      caseload_organisation_kind_from_code (store_column_text (stmt, 5), &kind);
      caseload_involvement_set_staff_id (item, store_column_text (stmt, 0));
      caseload_involvement_set_staff_name (item, store_column_text (stmt, 1));
      caseload_involvement_set_role (item, store_column_text (stmt, 2));
      caseload_involvement_set_organisation_id (item, store_column_text (stmt, 3));
      caseload_involvement_set_organisation_name (item, store_column_text (stmt, 4));
      caseload_involvement_set_organisation_kind (item, kind);
      caseload_involvement_set_entry_count (item, count);
      caseload_involvement_set_last_contact (item, store_column_text (stmt, 7));
      *entry_count += count;
      g_ptr_array_add (involvement, item);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      store_set_error (self, error);
      return NULL;
    }
  return g_steal_pointer (&involvement);
}

static CaseloadPersonDetail *
caseload_store_sqlite_open_person (CaseloadStore  *store,
                                   CaseloadStaff  *actor,
                                   const char     *person_id,
                                   GError        **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_autoptr(CaseloadPersonDetail) detail = g_new0 (CaseloadPersonDetail, 1);
  g_autoptr(GError) refusal = NULL;
  g_auto(ActorInfo) info = { 0 };
  gboolean ok;

  /* One transaction: the page never mixes two moments, and the view is audited with it. */
  if (!store_begin_mutation (self, error))
    return NULL;

  ok = store_load_actor (self, actor, &info, error);
  if (ok && !store_require_access (self, &info, person_id, FALSE, &refusal))
    {
      /* A refused look is kept too; the refusal goes back to the caller. */
      if (g_error_matches (refusal, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION))
        store_end_mutation (self, store_audit (self, info.staff_id, "view-refused", person_id, NULL, NULL, NULL), NULL);
      else
        store_end_mutation (self, FALSE, NULL);
      g_propagate_error (error, g_steal_pointer (&refusal));
      return NULL;
    }

  ok = ok
       && (detail->person = get_person_locked (self, info.organisation_id, person_id, error)) != NULL
       && (detail->network = list_network_locked (self, person_id, error)) != NULL
       && (detail->involvement = list_involvement_locked (self, info.organisation_id, person_id,
                                                          &detail->entry_count, error)) != NULL
       && store_audit (self, info.staff_id, "view-record", person_id, NULL, NULL, error);

  if (!store_end_mutation (self, ok, ok ? error : NULL) || !ok)
    return NULL;
  return g_steal_pointer (&detail);
}

static void
clear_matches (CaseloadStoreSqlite *self)
{
  g_clear_pointer (&self->matches.organisation_id, g_free);
  g_clear_pointer (&self->matches.match, g_free);
  g_clear_pointer (&self->matches.pks, g_array_unref);
}

static int
data_version (CaseloadStoreSqlite *self)
{
  sqlite3_stmt *stmt = store_prepare (self, "PRAGMA data_version", NULL);
  int version = -1;

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return version;
}

/* The people a text search finds among those the organisation may see, in caseload
 * order. The window counts a search and then reads its first page: keeping the last
 * result means one pass over the matches instead of two. It is dropped when people or
 * access change here (generation) or another connection commits (data_version). */
static GArray *
text_matches (CaseloadStoreSqlite  *self,
              const ActorInfo      *info,
              const CaseloadSearch  *search,
              GError              **error)
{
  int version = data_version (self);
  g_autoptr(GArray) pks = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (self->matches.pks != NULL && self->matches.generation == self->generation &&
      self->matches.data_version == version &&
      g_strcmp0 (self->matches.organisation_id, info->organisation_id) == 0 &&
      g_strcmp0 (self->matches.match, search->match) == 0)
    return self->matches.pks;

  clear_matches (self);

  /* CROSS JOIN keeps the matches as the outer loop; led by the organisation's whole
   * caseload instead, SQLite would run the match once per person. */
  stmt = store_prepare (self,
                        "SELECT a.pk FROM person_search s "
                        "CROSS JOIN person_access a ON a.organisation_id = ?1 AND a.pk = s.rowid "
                        "WHERE person_search MATCH ?4 ORDER BY a.sort_key", error);
  if (stmt == NULL)
    return NULL;
  store_bind_text (stmt, 1, info->organisation_id);
  store_bind_text (stmt, 4, search->match);
  pks = g_array_new (FALSE, FALSE, sizeof (gint64));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 pk = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (pks, pk);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      store_set_error (self, error);
      return NULL;
    }

  self->matches.organisation_id = g_strdup (info->organisation_id);
  self->matches.match = g_strdup (search->match);
  self->matches.generation = self->generation;
  self->matches.data_version = version;
  self->matches.pks = g_steal_pointer (&pks);
  return self->matches.pks;
}

/* Whether a person (by pk) is visible to the actor: through their organisation's access,
 * or this staff member's unexpired break glass. ?1 organisation, ?6 staff, ?7 now. */
#define VISIBLE(pk) \
  "(EXISTS (SELECT 1 FROM person_access a WHERE a.organisation_id = ?1 AND a.pk = " pk ") " \
  " OR " pk " IN (SELECT bp.pk FROM break_glass b JOIN person bp ON bp.id = b.person_id " \
  "               WHERE b.staff_id = ?6 AND b.expires_at > ?7))"

static void
bind_visibility (sqlite3_stmt    *stmt,
                 const ActorInfo *info,
                 const char      *now)
{
  store_bind_text (stmt, 1, info->organisation_id);
  store_bind_text (stmt, 6, info->staff_id);
  store_bind_text (stmt, 7, now);
}

/* TRUE if the staff member has break-glass access to someone their organisation cannot
 * see; rare, and the only case the caseload list needs more than one index range for. */
static gboolean
has_extra_break_glass (CaseloadStoreSqlite *self,
                       const ActorInfo     *info,
                       const char          *now)
{
  sqlite3_stmt *stmt = store_prepare (self,
                                      "SELECT 1 FROM break_glass b JOIN person bp ON bp.id = b.person_id "
                                      "WHERE b.staff_id = ?6 AND b.expires_at > ?7 AND NOT EXISTS "
                                      "  (SELECT 1 FROM person_access a WHERE a.organisation_id = ?1 AND a.pk = bp.pk)",
                                      NULL);
  gboolean found;

  if (stmt == NULL)
    return TRUE;
  bind_visibility (stmt, info, now);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return found;
}

/* A full NHS number finds a person the actor cannot see, so that emergency access is
 * possible; they come back marked "restricted", with nothing but who they are. */
static gboolean
is_restricted_lookup (const CaseloadSearch  *search,
                      const ActorInfo *info)
{
  return caseload_search_is_full_nhs_number (search) &&
         caseload_policy_may_break_glass (info->role);
}

static sqlite3_stmt *
prepare_count (CaseloadStoreSqlite  *self,
               const CaseloadSearch  *search,
               gboolean              restricted,
               GError              **error)
{
  if (restricted)
    return store_prepare (self, "SELECT count(*) FROM person WHERE nhs_number = ?4", error);

  switch (search->kind)
    {
    case CASELOAD_SEARCH_ALL:
      return store_prepare (self,
                            "SELECT (SELECT count(*) FROM person_access WHERE organisation_id = ?1) + "
                            "  (SELECT count(DISTINCT bp.pk) FROM break_glass b JOIN person bp ON bp.id = b.person_id "
                            "   WHERE b.staff_id = ?6 AND b.expires_at > ?7 AND NOT EXISTS "
                            "     (SELECT 1 FROM person_access a WHERE a.organisation_id = ?1 AND a.pk = bp.pk))",
                            error);
    case CASELOAD_SEARCH_TEXT:
      return store_prepare (self,
                            "SELECT count(*) FROM person_search s WHERE person_search MATCH ?4 AND " VISIBLE ("s.rowid"),
                            error);
    case CASELOAD_SEARCH_NHS_NUMBER:
      return store_prepare (self,
                            "SELECT count(*) FROM person p WHERE p.nhs_number >= ?4 AND p.nhs_number < ?5 AND "
                            VISIBLE ("p.pk"), error);
    case CASELOAD_SEARCH_DATE_OF_BIRTH:
      return store_prepare (self,
                            "SELECT count(*) FROM person p WHERE p.date_of_birth = ?4 AND " VISIBLE ("p.pk"), error);
    default:
      g_assert_not_reached ();
    }
}

/* Counts what the actor may see; with the lock held. */
static gboolean
count_visible (CaseloadStoreSqlite  *self,
               const ActorInfo      *info,
               const CaseloadSearch  *search,
               gboolean              restricted,
               guint                *count,
               GError              **error)
{
  g_autofree char *now = store_now (self);
  sqlite3_stmt *stmt;
  int rc;

  *count = 0;
  if (info->role == CASELOAD_ROLE_ADMINISTRATOR)
    return TRUE;

  /* Nearly always: the organisation's own matches, kept for the page that follows. */
  if (!restricted && search->kind == CASELOAD_SEARCH_TEXT && !has_extra_break_glass (self, info, now))
    {
      GArray *pks = text_matches (self, info, search, error);

      if (pks == NULL)
        return FALSE;
      *count = pks->len;
      return TRUE;
    }

  stmt = prepare_count (self, search, restricted, error);
  if (stmt == NULL)
    return FALSE;
  bind_visibility (stmt, info, now);
  store_bind_text (stmt, 4, search->match);
  store_bind_text (stmt, 5, search->upper);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *count = (guint) sqlite3_column_int64 (stmt, 0);
  else
    store_set_error (self, error);
  sqlite3_reset (stmt);
  return rc == SQLITE_ROW;
}

static gboolean
caseload_store_sqlite_count_people (CaseloadStore  *store,
                                    CaseloadStaff  *actor,
                                    const char     *text,
                                    guint          *count,
                                    GError        **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_auto(ActorInfo) info = { 0 };
  g_auto(CaseloadSearch) search;
  gboolean ok;

  caseload_search_parse (text, &search);

  g_rec_mutex_lock (&self->lock);
  ok = store_load_actor (self, actor, &info, error) &&
       count_visible (self, &info, &search, FALSE, count, error);
  if (ok && *count == 0 && is_restricted_lookup (&search, &info))
    ok = count_visible (self, &info, &search, TRUE, count, error);
  g_rec_mutex_unlock (&self->lock);

  return ok;
}

static sqlite3_stmt *
prepare_page (CaseloadStoreSqlite  *self,
              const ActorInfo      *info,
              const CaseloadSearch  *search,
              const char           *now,
              gboolean              restricted,
              GError              **error)
{
  if (restricted)
    return store_prepare (self,
                          "SELECT p.id, p.given_name, p.family_name, p.preferred_name, p.nhs_number, p.date_of_birth "
                          "FROM person p WHERE p.nhs_number = ?4 LIMIT ?2 OFFSET ?3", error);

  switch (search->kind)
    {
    case CASELOAD_SEARCH_ALL:
      if (!has_extra_break_glass (self, info, now))
        return store_prepare (self, PERSON_PAGE ("SELECT pk, sort_key FROM person_access WHERE organisation_id = ?1 "
                                                 "ORDER BY sort_key LIMIT ?2 OFFSET ?3"), error);
      return store_prepare (self, PERSON_PAGE ("SELECT o.pk, o.sort_key FROM person_order o WHERE " VISIBLE ("o.pk")
                                               " ORDER BY o.sort_key LIMIT ?2 OFFSET ?3"), error);
    case CASELOAD_SEARCH_TEXT:
      return store_prepare (self, PERSON_PAGE ("SELECT o.pk, o.sort_key FROM person_search s "
                                               "JOIN person_order o ON o.pk = s.rowid "
                                               "WHERE person_search MATCH ?4 AND " VISIBLE ("s.rowid")
                                               " ORDER BY o.sort_key LIMIT ?2 OFFSET ?3"), error);
    case CASELOAD_SEARCH_NHS_NUMBER:
      return store_prepare (self, "SELECT " PERSON_LIST_COLUMNS PERSON_FROM
                            "WHERE p.nhs_number >= ?4 AND p.nhs_number < ?5 AND " VISIBLE ("p.pk")
                            " ORDER BY p.nhs_number LIMIT ?2 OFFSET ?3", error);
    case CASELOAD_SEARCH_DATE_OF_BIRTH:
      return store_prepare (self, PERSON_PAGE ("SELECT o.pk, o.sort_key FROM person p "
                                               "JOIN person_order o ON o.pk = p.pk "
                                               "WHERE p.date_of_birth = ?4 AND " VISIBLE ("p.pk")
                                               " ORDER BY o.sort_key LIMIT ?2 OFFSET ?3"), error);
    default:
      g_assert_not_reached ();
    }
}

/* A page of a text search from its kept matches: each row read by its key. */
static gboolean
read_text_page (CaseloadStoreSqlite  *self,
                const ActorInfo      *info,
                const CaseloadSearch  *search,
                const char           *now,
                guint                 offset,
                guint                 limit,
                GPtrArray            *people,
                GError              **error)
{
  GArray *pks = text_matches (self, info, search, error);

  if (pks == NULL)
    return FALSE;

  for (guint i = offset; i < pks->len && i - offset < limit; i++)
    {
      sqlite3_stmt *stmt = store_prepare (self, "SELECT " PERSON_LIST_COLUMNS PERSON_FROM "WHERE p.pk = ?2", error);
      int rc;

      if (stmt == NULL)
        return FALSE;
      store_bind_text (stmt, 1, info->organisation_id);
      sqlite3_bind_int64 (stmt, 2, g_array_index (pks, gint64, i));
      store_bind_text (stmt, 7, now);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          CaseloadPerson *person = read_listed_person (stmt);

          caseload_person_set_match_field (person, caseload_search_explain_match (search, person));
          g_ptr_array_add (people, person);
        }
      sqlite3_reset (stmt);
      if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        {
          store_set_error (self, error);
          return FALSE;
        }
    }
  return TRUE;
}

static GPtrArray *
caseload_store_sqlite_list_people (CaseloadStore  *store,
                                   CaseloadStaff  *actor,
                                   const char     *text,
                                   guint           offset,
                                   guint           limit,
                                   GError        **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) subjects = NULL;
  g_autofree char *now = store_now (self);
  g_auto(ActorInfo) info = { 0 };
  g_auto(CaseloadSearch) search;
  sqlite3_stmt *stmt = NULL;
  gboolean restricted = FALSE;
  gboolean ok;
  int rc = SQLITE_DONE;

  caseload_search_parse (text, &search);

  /* A search is audited with the people it returned, in the same transaction. Searching
   * as someone types must stay within a frame, so this commit does not wait for the
   * disk (WAL keeps it whole, and the next durable write takes it with it); a power cut
   * can lose the last moment of searches, never a change or a view of a record. */
  g_rec_mutex_lock (&self->lock);
  if (search.kind != CASELOAD_SEARCH_ALL && self->outer_depth == 0)
    store_exec (self, "PRAGMA synchronous = NORMAL", NULL);
  if (!store_begin_mutation (self, error))
    {
      store_exec (self, "PRAGMA synchronous = FULL", NULL);
      g_rec_mutex_unlock (&self->lock);
      return NULL;
    }

  ok = store_load_actor (self, actor, &info, error);
  if (ok && is_restricted_lookup (&search, &info))
    {
      guint visible = 0;

      ok = count_visible (self, &info, &search, FALSE, &visible, error);
      restricted = ok && visible == 0;
    }

  if (ok && info.role != CASELOAD_ROLE_ADMINISTRATOR && search.kind == CASELOAD_SEARCH_TEXT &&
      !has_extra_break_glass (self, &info, now))
    ok = read_text_page (self, &info, &search, now, offset, limit, people, error);
  else if (ok && info.role != CASELOAD_ROLE_ADMINISTRATOR)
    {
      stmt = prepare_page (self, &info, &search, now, restricted, error);
      ok = stmt != NULL;
    }

  if (ok && stmt != NULL)
    {
      bind_visibility (stmt, &info, now);
      sqlite3_bind_int64 (stmt, 2, limit);
      sqlite3_bind_int64 (stmt, 3, offset);
      store_bind_text (stmt, 4, search.match);
      store_bind_text (stmt, 5, search.upper);

      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          CaseloadPerson *person;

          if (restricted)
            {
              person = caseload_person_new ();
              caseload_person_set_id (person, store_column_text (stmt, 0));
              caseload_person_set_given_name (person, store_column_text (stmt, 1));
              caseload_person_set_family_name (person, store_column_text (stmt, 2));
              caseload_person_set_preferred_name (person, store_column_text (stmt, 3));
              caseload_person_set_nhs_number (person, store_column_text (stmt, 4));
              caseload_person_set_date_of_birth (person, store_column_text (stmt, 5));
              caseload_person_set_match_field (person, "restricted");
            }
          else
            {
              person = read_listed_person (stmt);
              caseload_person_set_match_field (person, caseload_search_explain_match (&search, person));
            }
          g_ptr_array_add (people, person);
        }
      if (rc != SQLITE_DONE)
        {
          store_set_error (self, error);
          ok = FALSE;
        }
      sqlite3_reset (stmt);
    }

  if (ok && search.kind != CASELOAD_SEARCH_ALL)
    {
      g_autofree char *detail = caseload_search_audit_detail (&search, offset, people->len, restricted);

      subjects = g_ptr_array_new ();
      for (guint i = 0; i < people->len; i++)
        g_ptr_array_add (subjects, (gpointer) caseload_person_get_id (g_ptr_array_index (people, i)));
      ok = store_audit (self, info.staff_id, "search", NULL, detail, subjects, error);
    }

  ok = store_end_mutation (self, ok, ok ? error : NULL) && ok;
  store_exec (self, "PRAGMA synchronous = FULL", NULL);
  g_rec_mutex_unlock (&self->lock);
  return ok ? g_steal_pointer (&people) : NULL;
}

static gboolean
caseload_store_sqlite_add_network_member (CaseloadStore          *store,
                                          CaseloadStaff          *actor,
                                          CaseloadNetworkMember  *member,
                                          GError                **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_autoptr(GPtrArray) problems = caseload_network_member_check (member);
  g_autofree char *now = caseload_clock_now_iso (self->clock);
  g_autofree char *id = g_uuid_string_random ();
  g_auto(ActorInfo) info = { 0 };
  sqlite3_stmt *stmt;
  gboolean ok = FALSE;

  if (caseload_field_errors_to_error (problems, error))
    return FALSE;

  if (!store_begin_mutation (self, error))
    return FALSE;

  if (store_load_actor (self, actor, &info, error) &&
      store_require_access (self, &info, caseload_network_member_get_person_id (member), TRUE, error))
    {
      gboolean found = TRUE;

      if (found
          && (stmt = store_prepare (self,
                              "INSERT INTO network_member (id, person_id, name, relationship, relationship_detail, "
                              "  is_carer, phone, email, notes, version, created_at, created_by, updated_at, updated_by) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 1, ?10, ?11, ?10, ?11)", error)) != NULL)
        {
          store_bind_text (stmt, 1, id);
          store_bind_text (stmt, 2, caseload_network_member_get_person_id (member));
          store_bind_text (stmt, 3, caseload_network_member_get_name (member));
          store_bind_text (stmt, 4, caseload_relationship_to_code (caseload_network_member_get_relationship (member)));
          store_bind_text (stmt, 5, caseload_network_member_get_relationship_detail (member));
          sqlite3_bind_int (stmt, 6, caseload_network_member_get_is_carer (member) ? 1 : 0);
          store_bind_text (stmt, 7, caseload_network_member_get_phone (member));
          store_bind_text (stmt, 8, caseload_network_member_get_email (member));
          store_bind_text (stmt, 9, caseload_network_member_get_notes (member));
          store_bind_text (stmt, 10, now);
          store_bind_text (stmt, 11, caseload_staff_get_id (actor));
          ok = store_step_done (self, stmt, error);
        }
      if (ok)
        {
          g_autofree char *quoted = caseload_audit_json_string (id);
          g_autofree char *name = caseload_audit_json_string (caseload_network_member_get_name (member));
          g_autofree char *detail = g_strdup_printf ("{\"network_member\":%s,\"after\":{\"name\":%s,\"relationship\":\"%s\"}}",
                                                     quoted, name,
                                                     caseload_relationship_to_code (caseload_network_member_get_relationship (member)));

          ok = store_audit (self, info.staff_id, "add-network-member",
                            caseload_network_member_get_person_id (member), detail, NULL, error);
        }
    }

  if (!store_end_mutation (self, ok, ok ? error : NULL) || !ok)
    return FALSE;

  caseload_network_member_set_id (member, id);
  caseload_network_member_set_version (member, 1);
  return TRUE;
}

static gboolean
caseload_store_sqlite_add_timeline_entry (CaseloadStore          *store,
                                          CaseloadStaff          *actor,
                                          CaseloadTimelineEntry  *entry,
                                          GError                **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_autoptr(GDateTime) now_time = caseload_clock_now (self->clock);
  g_autoptr(GPtrArray) problems = caseload_timeline_entry_check (entry, now_time);
  g_autofree char *now = caseload_clock_now_iso (self->clock);
  g_autofree char *id = g_uuid_string_random ();
  g_auto(ActorInfo) info = { 0 };
  sqlite3_stmt *stmt;
  gboolean ok = FALSE;

  if (caseload_field_errors_to_error (problems, error))
    return FALSE;

  if (!store_begin_mutation (self, error))
    return FALSE;

  /* The author and their organisation come from the database, never from the entry. */
  if (!store_load_actor (self, actor, &info, error) ||
      !store_require_access (self, &info, caseload_timeline_entry_get_person_id (entry), TRUE, error))
    actor_info_clear (&info);

  if (info.staff_id != NULL
      && (stmt = store_prepare (self,
                          "INSERT INTO timeline_entry (id, person_id, author_id, organisation_id, kind, "
                          "  sensitivity, occurred_at, text, version, created_at, created_by, updated_at, updated_by) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 1, ?9, ?3, ?9, ?3)", error)) != NULL)
    {
      store_bind_text (stmt, 1, id);
      store_bind_text (stmt, 2, caseload_timeline_entry_get_person_id (entry));
      store_bind_text (stmt, 3, caseload_staff_get_id (actor));
      store_bind_text (stmt, 4, info.organisation_id);
      store_bind_text (stmt, 5, caseload_entry_kind_to_code (caseload_timeline_entry_get_kind (entry)));
      store_bind_text (stmt, 6, caseload_sensitivity_to_code (caseload_timeline_entry_get_sensitivity (entry)));
      store_bind_text (stmt, 7, caseload_timeline_entry_get_occurred_at (entry));
      store_bind_text (stmt, 8, caseload_timeline_entry_get_text (entry));
      store_bind_text (stmt, 9, now);
      ok = store_step_done (self, stmt, error);
      if (ok)
        {
          /* The entry itself is the "after"; the audit names it, not its text. */
          g_autofree char *quoted = caseload_audit_json_string (id);
          g_autofree char *detail =
            g_strdup_printf ("{\"entry\":%s,\"kind\":\"%s\",\"sensitivity\":\"%s\",\"occurred_at\":\"%s\"}",
                             quoted, caseload_entry_kind_to_code (caseload_timeline_entry_get_kind (entry)),
                             caseload_sensitivity_to_code (caseload_timeline_entry_get_sensitivity (entry)),
                             caseload_timeline_entry_get_occurred_at (entry));

          ok = store_audit (self, info.staff_id, "add-entry", caseload_timeline_entry_get_person_id (entry),
                            detail, NULL, error);
        }
    }

  if (!store_end_mutation (self, ok, ok ? error : NULL) || !ok)
    return FALSE;

  caseload_timeline_entry_set_id (entry, id);
  caseload_timeline_entry_set_version (entry, 1);
  caseload_timeline_entry_set_author_id (entry, caseload_staff_get_id (actor));
  caseload_timeline_entry_set_author_name (entry, info.staff_name);
  caseload_timeline_entry_set_organisation_id (entry, info.organisation_id);
  caseload_timeline_entry_set_organisation_name (entry, info.organisation_name);
  caseload_timeline_entry_set_created_at (entry, now);
  caseload_timeline_entry_set_loaded (entry, TRUE);
  return TRUE;
}

static GPtrArray *
caseload_store_sqlite_list_timeline_entries (CaseloadStore  *store,
                                             CaseloadStaff  *actor,
                                             const char     *person_id,
                                             guint           offset,
                                             guint           limit,
                                             GError        **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(ActorInfo) info = { 0 };
  sqlite3_stmt *stmt;
  int rc = SQLITE_ERROR;

  g_rec_mutex_lock (&self->lock);
  if (store_load_actor (self, actor, &info, error)
      && store_require_access (self, &info, person_id, FALSE, error)
      && (stmt = store_prepare (self,
                          "SELECT t.id, t.version, t.person_id, t.author_id, s.display_name, "
                          "  t.organisation_id, o.name, t.kind, t.sensitivity, t.occurred_at, t.text, t.created_at "
                          "FROM timeline_entry t "
                          "JOIN staff s ON s.id = t.author_id "
                          "JOIN organisation o ON o.id = t.organisation_id "
                          "WHERE t.person_id = ?2 AND " ENTRY_VISIBLE " "
                          "ORDER BY t.occurred_at DESC, t.id DESC LIMIT ?3 OFFSET ?4", error)) != NULL)
    {
      store_bind_text (stmt, 1, info.organisation_id);
      store_bind_text (stmt, 2, person_id);
      sqlite3_bind_int64 (stmt, 3, limit);
      sqlite3_bind_int64 (stmt, 4, offset);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        g_ptr_array_add (entries, read_entry (stmt));
      if (rc != SQLITE_DONE)
        store_set_error (self, error);
      sqlite3_reset (stmt);
    }
  g_rec_mutex_unlock (&self->lock);

  return rc == SQLITE_DONE ? g_steal_pointer (&entries) : NULL;
}

static void
caseload_store_sqlite_iface_init (CaseloadStoreInterface *iface)
{
  iface->get_schema_version = caseload_store_sqlite_get_schema_version;
  iface->begin = caseload_store_sqlite_begin;
  iface->commit = caseload_store_sqlite_commit;
  iface->rollback = caseload_store_sqlite_rollback;
  iface->save_organisation = caseload_store_sqlite_save_organisation;
  iface->list_organisations = caseload_store_sqlite_list_organisations;
  iface->save_staff = caseload_store_sqlite_save_staff;
  iface->list_staff = caseload_store_sqlite_list_staff;
  iface->get_staff = caseload_store_sqlite_get_staff;
  iface->create_person = caseload_store_sqlite_create_person;
  iface->update_person = caseload_store_sqlite_update_person;
  iface->open_person = caseload_store_sqlite_open_person;
  iface->count_people = caseload_store_sqlite_count_people;
  iface->list_people = caseload_store_sqlite_list_people;
  iface->add_network_member = caseload_store_sqlite_add_network_member;
  iface->add_timeline_entry = caseload_store_sqlite_add_timeline_entry;
  iface->list_timeline_entries = caseload_store_sqlite_list_timeline_entries;
  store_access_iface_init (iface);
  store_referrals_iface_init (iface);
  store_cases_iface_init (iface);
  store_plans_iface_init (iface);
  store_groups_iface_init (iface);
  store_ips_iface_init (iface);
}

static void
caseload_store_sqlite_finalize (GObject *object)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (object);

  clear_matches (self);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_clear_pointer (&self->path, g_free);
  g_clear_object (&self->clock);
  g_rec_mutex_clear (&self->lock);

  G_OBJECT_CLASS (caseload_store_sqlite_parent_class)->finalize (object);
}

static void
caseload_store_sqlite_class_init (CaseloadStoreSqliteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_store_sqlite_finalize;
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
caseload_store_sqlite_init (CaseloadStoreSqlite *self)
{
  g_rec_mutex_init (&self->lock);
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, finalize_statement);
}

/**
 * caseload_store_sqlite_new:
 * @path: the database file
 * @clock: (nullable): the clock that stamps changes; the system clock if %NULL
 *
 * Returns: (transfer full) (nullable): the store, or %NULL with @error set
 */
CaseloadStore *
caseload_store_sqlite_new (const char     *path,
                           CaseloadClock  *clock,
                           GError        **error)
{
  g_autoptr(CaseloadStoreSqlite) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (clock == NULL || CASELOAD_IS_CLOCK (clock), NULL);

  self = g_object_new (CASELOAD_TYPE_STORE_SQLITE, NULL);
  self->path = g_strdup (path);
  self->clock = clock != NULL ? g_object_ref (clock) : caseload_clock_new_system ();

  if (!open_database (self, error))
    return NULL;

  return CASELOAD_STORE (g_steal_pointer (&self));
}

/**
 * caseload_store_sqlite_default_path:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/caseload/caseload.db`
 */
char *
caseload_store_sqlite_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "caseload", "caseload.db", NULL);
}

const char *
caseload_store_sqlite_get_path (CaseloadStoreSqlite *self)
{
  g_return_val_if_fail (CASELOAD_IS_STORE_SQLITE (self), NULL);
  return self->path;
}
