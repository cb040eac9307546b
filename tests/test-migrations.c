/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <sqlite3.h>

#include "test-util.h"

#include "caseload-store-postgresql.h"

/* SQLite: @path is a file in @dir. PostgreSQL: @database, empty, at @uri; @path is
 * NULL. */
typedef struct {
  char *dir;
  char *path;
  char *database;
  char *uri;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->dir = g_dir_make_tmp ("caseload-migrations-XXXXXX", NULL);
  if (test_backend_is_postgresql ())
    {
      fixture->database = test_pg_create_database ();
      fixture->uri = test_pg_uri_for_database (test_require_postgresql (), fixture->database);
    }
  else
    fixture->path = g_build_filename (fixture->dir, "caseload.db", NULL);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  if (fixture->database != NULL)
    test_pg_drop_database (fixture->database);
  test_remove_dir (fixture->dir);
  g_free (fixture->database);
  g_free (fixture->uri);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static gboolean
skip_on_postgresql (const char *reason)
{
  if (!test_backend_is_postgresql ())
    return FALSE;
  g_test_skip (reason);
  return TRUE;
}

/* PostgreSQL: runs @sql as the superuser in the fixture's database. */
static void
pg_run (Fixture    *fixture,
        const char *sql)
{
  PGconn *conn = test_pg_connect (fixture->uri, NULL, NULL);

  test_pg_exec (conn, "SET search_path = caseload, public");
  test_pg_exec (conn, sql);
  PQfinish (conn);
}

/* PostgreSQL: the single text value @sql returns (NULL for SQL NULL). */
static char *
pg_value (Fixture    *fixture,
          const char *sql)
{
  PGconn *conn = test_pg_connect (fixture->uri, NULL, NULL);
  PGresult *result;
  char *value = NULL;

  test_pg_exec (conn, "SET search_path = caseload, public");
  result = PQexec (conn, sql);
  if (PQresultStatus (result) != PGRES_TUPLES_OK || PQntuples (result) != 1)
    g_error ("%s: %s", sql, PQresultErrorMessage (result));
  if (!PQgetisnull (result, 0, 0))
    value = g_strdup (PQgetvalue (result, 0, 0));
  PQclear (result);
  PQfinish (conn);
  return value;
}

/* Everything a refused open must leave as it was. */
static char *
pg_snapshot (Fixture *fixture)
{
  return pg_value (fixture,
                   "SELECT (SELECT string_agg (version || '@' || applied_at, ',' ORDER BY version) FROM schema_migration)"
                   " || '|' || (SELECT count(*) FROM organisation)"
                   " || '|' || (SELECT string_agg (table_name, ',' ORDER BY table_name) FROM information_schema.tables"
                   "            WHERE table_schema = 'caseload')");
}

static void
run_sql (const char *path,
         const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("SQL failed: %s", message);
  sqlite3_close (db);
}

static int
pragma_int (const char *path,
            const char *pragma)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int value;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, pragma, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static char *
file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static CaseloadStore *
open_store (Fixture  *fixture,
            GError  **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 22, 10, 0, 0);
  g_autoptr(CaseloadClock) clock = caseload_clock_new_fixed (now);

  if (fixture->uri != NULL)
    return caseload_store_postgresql_open_admin (fixture->uri, clock, TRUE, error);
  return caseload_store_sqlite_new (fixture->path, clock, error);
}

static void
test_fresh (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStore) store = open_store (fixture, &error);

  g_assert_no_error (error);
  g_assert_cmpint (caseload_store_get_schema_version (store), ==, 6);
  if (test_backend_is_postgresql ())
    {
      g_autofree char *versions = pg_value (fixture, "SELECT string_agg (version::text, ',' ORDER BY version) FROM schema_migration");

      g_assert_cmpstr (versions, ==, "1,2,3,4,5,6");
      return;
    }
  g_assert_cmpint (pragma_int (fixture->path, "PRAGMA user_version"), ==, 6);
  g_assert_cmpint (pragma_int (fixture->path, "PRAGMA application_id"), ==, 0x43534c44);
}

static void
test_from_first_schema (Fixture       *fixture,
                        gconstpointer  data)
{
  gboolean pg = test_backend_is_postgresql ();
  g_autoptr(GBytes) first = g_resources_lookup_data (pg ? "/io/github/pcnmh/Caseload/sql/postgresql/0001-initial.sql"
                                                        : "/io/github/pcnmh/Caseload/sql/0001-initial.sql", 0, NULL);
  const char *rows =
    "INSERT INTO organisation VALUES ('org-1', 'Tilbury Health Centre', 'gp-practice', 'Tilbury and Chadwell', 1, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z');"
    "INSERT INTO staff VALUES ('staff-1', 'Sam Patel', 'Mental health practitioner', 'org-1', NULL, 1, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z');"
    "INSERT INTO person (id, nhs_number, given_name, family_name, preferred_name, postcode, gp_practice_id, version, created_at, created_by, updated_at, updated_by) "
    "  VALUES ('person-1', '9990000026', 'Bartholomew', 'Adebayo', 'Bart', 'RM18 7NR', 'org-1', 3, '2025-01-01T00:00:00Z', 'staff-1', '2025-02-01T00:00:00Z', 'staff-1');"
    "INSERT INTO timeline_entry VALUES ('entry-1', 'person-1', 'staff-1', 'org-1', 'note', 'standard', '2025-02-01T10:00:00Z', 'First meeting.', 1, '2025-02-01T10:00:00Z', 'staff-1', '2025-02-01T10:00:00Z', 'staff-1');";
  g_autofree char *sql = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(CaseloadStaff) actor = NULL;
  g_autoptr(GPtrArray) found = NULL;
  guint n = 0;

  /* A database exactly as the first release left it, with someone in it. */
  g_assert_nonnull (first);
  sql = g_strndup (g_bytes_get_data (first, NULL), g_bytes_get_size (first));
  if (pg)
    {
      /* A site as the first migration left it (the runner's own record of it too). */
      g_autofree char *all = g_strconcat ("BEGIN;", sql, ";SET search_path = caseload, public;",
                                          "INSERT INTO schema_migration VALUES (1, '2025-01-01T00:00:00Z');",
                                          rows, "COMMIT;", NULL);
      pg_run (fixture, all);
    }
  else
    {
      g_autofree char *all = g_strconcat ("PRAGMA user_version = 1;", rows, NULL);

      run_sql (fixture->path, sql);
      run_sql (fixture->path, all);
    }

  store = open_store (fixture, &error);
  g_assert_no_error (error);
  g_assert_cmpint (caseload_store_get_schema_version (store), ==, 6);
  if (!pg)
    g_assert_cmpint (pragma_int (fixture->path, "PRAGMA user_version"), ==, 6);

  actor = caseload_store_get_staff (store, "staff-1", &error);
  g_assert_no_error (error);
  /* Staff from before sign-in get a username from their name, and no password yet. */
  g_assert_cmpstr (caseload_staff_get_username (actor), ==, "sam.patel");
  if (!pg)
    {
      g_assert_null (caseload_store_sign_in (store, "sam.patel", "", &error));
      g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_SIGN_IN);
      g_clear_error (&error);
    }

  /* The search index was built for the people already there. */
  g_assert_true (caseload_store_count_people (store, actor, "bart", &n, &error));
  g_assert_cmpuint (n, ==, 1);
  found = caseload_store_list_people (store, actor, "rm18 7nr", 0, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpstr (caseload_person_get_id (g_ptr_array_index (found, 0)), ==, "person-1");
  g_assert_cmpint (caseload_person_get_version (g_ptr_array_index (found, 0)), ==, 3);
  g_assert_cmpstr (caseload_person_get_last_contact (g_ptr_array_index (found, 0)), ==, "2025-02-01T10:00:00Z");

  /* Schema 4 starts with the standards of DOMAIN.md and a set of thresholds. */
  {
    g_autoptr(GPtrArray) standards = caseload_store_list_wait_standards (store, &error);
    g_autoptr(GPtrArray) thresholds = caseload_store_list_thresholds (store, &error);
    g_autoptr(GPtrArray) referrals = caseload_store_list_referrals (store, actor, "person-1", &error);

    g_assert_no_error (error);
    g_assert_cmpuint (standards->len, ==, 3);
    g_assert_cmpint (caseload_wait_standard_get_target (g_ptr_array_index (standards, 0)), ==, 28);
    g_assert_cmpuint (thresholds->len, >=, 8);
    g_assert_cmpuint (referrals->len, ==, 0);
  }

  /* Schema 6: pathways, with no one on them yet. */
  {
    g_autoptr(GPtrArray) cohorts = caseload_store_list_cohorts (store, actor, TRUE, &error);
    g_autoptr(CaseloadPathways) pathways = NULL;

    g_assert_no_error (error);
    g_assert_cmpuint (cohorts->len, ==, 0);
    pathways = caseload_store_read_pathways (store, actor, "person-1", &error);
    g_assert_no_error (error);
    g_assert_cmpuint (pathways->cohorts->len + pathways->od_episodes->len + pathways->ips_referrals->len +
                      pathways->housing_referrals->len + pathways->accommodation->len, ==, 0);
  }
}

static void
test_newer_refused (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  CaseloadStore *store;

  if (test_backend_is_postgresql ())
    {
      g_autoptr(CaseloadOrganisation) organisation = caseload_organisation_new ();

      /* A site a newer Caseload has moved on: its data and schema stay as they are. */
      store = open_store (fixture, &error);
      g_assert_no_error (error);
      caseload_organisation_set_name (organisation, "Inclusion Thurrock");
      caseload_organisation_set_kind (organisation, CASELOAD_ORGANISATION_TALKING_THERAPIES);
      g_assert_true (caseload_store_save_organisation (store, organisation, &error));
      g_assert_finalize_object (store);
      pg_run (fixture, "INSERT INTO schema_migration VALUES (99, '2027-01-01T00:00:00Z')");
      before = pg_snapshot (fixture);

      store = open_store (fixture, &error);
      g_assert_null (store);
      g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_SCHEMA_TOO_NEW);
      after = pg_snapshot (fixture);
      g_assert_cmpstr (before, ==, after);
      g_assert_nonnull (strstr (after, "|1|"));
      return;
    }

  store = open_store (fixture, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (store);

  run_sql (fixture->path, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;");
  before = file_checksum (fixture->path);

  store = open_store (fixture, &error);
  g_assert_null (store);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_SCHEMA_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "newer version"));

  after = file_checksum (fixture->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_cmpint (pragma_int (fixture->path, "PRAGMA user_version"), ==, 99);
}

static void
test_foreign_refused (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  CaseloadStore *store;

  if (skip_on_postgresql ("A file another program made: no PostgreSQL equivalent"))
    return;
  run_sql (fixture->path, "PRAGMA application_id = 1234; CREATE TABLE ledger (amount INTEGER);");
  before = file_checksum (fixture->path);

  store = open_store (fixture, &error);
  g_assert_null (store);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_STORAGE);
  g_assert_nonnull (strstr (error->message, "another program"));
  after = file_checksum (fixture->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_not_a_database (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *text = "These are somebody's notes, not a database.\n";
  g_autofree char *after = NULL;
  CaseloadStore *store;

  if (skip_on_postgresql ("A file that is not a database: no PostgreSQL equivalent"))
    return;
  g_assert_true (g_file_set_contents (fixture->path, text, -1, NULL));
  store = open_store (fixture, &error);
  g_assert_null (store);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_STORAGE);
  g_assert_true (g_file_get_contents (fixture->path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, text);
}

static void
test_reopen (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CaseloadStore *store = open_store (fixture, &error);
  g_autoptr(CaseloadOrganisation) organisation = caseload_organisation_new ();
  g_autoptr(GPtrArray) organisations = NULL;

  g_assert_no_error (error);
  caseload_organisation_set_name (organisation, "Inclusion Thurrock");
  caseload_organisation_set_kind (organisation, CASELOAD_ORGANISATION_TALKING_THERAPIES);
  g_assert_true (caseload_store_save_organisation (store, organisation, &error));
  g_assert_finalize_object (store);

  store = open_store (fixture, &error);
  g_assert_no_error (error);
  organisations = caseload_store_list_organisations (store, &error);
  g_assert_cmpuint (organisations->len, ==, 1);
  g_assert_cmpint (caseload_organisation_get_kind (g_ptr_array_index (organisations, 0)), ==,
                   CASELOAD_ORGANISATION_TALKING_THERAPIES);
  g_assert_finalize_object (store);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  test_init_backend ();

  g_test_add ("/migrations/fresh", Fixture, NULL, fixture_setup, test_fresh, fixture_teardown);
  g_test_add ("/migrations/from-first-schema", Fixture, NULL, fixture_setup, test_from_first_schema, fixture_teardown);
  g_test_add ("/migrations/newer-refused", Fixture, NULL, fixture_setup, test_newer_refused, fixture_teardown);
  g_test_add ("/migrations/foreign-refused", Fixture, NULL, fixture_setup, test_foreign_refused, fixture_teardown);
  g_test_add ("/migrations/not-a-database", Fixture, NULL, fixture_setup, test_not_a_database, fixture_teardown);
  g_test_add ("/migrations/reopen", Fixture, NULL, fixture_setup, test_reopen, fixture_teardown);

  return g_test_run ();
}
