/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The shared site when things go wrong: no server, a wrong address, a database role that
 * is not Caseload staff, and the server restarting while a desk saves.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <unistd.h>

#include "caseload-store-postgresql.h"
#include "test-util.h"

#define PASSWORD "t-faults-password"

static CaseloadClock *
fixed_clock (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 22, 10, 0, 0);

  return caseload_clock_new_fixed (now);
}

/* A loopback port nothing listens on: bound, then closed. */
static guint
closed_port (void)
{
  struct sockaddr_in address = { 0 };
  socklen_t length = sizeof address;
  int fd = socket (AF_INET, SOCK_STREAM, 0);
  guint port;

  g_assert_cmpint (fd, >=, 0);
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl (INADDR_LOOPBACK);
  g_assert_cmpint (bind (fd, (struct sockaddr *) &address, sizeof address), ==, 0);
  g_assert_cmpint (getsockname (fd, (struct sockaddr *) &address, &length), ==, 0);
  port = ntohs (address.sin_port);
  close (fd);
  return port;
}

static void
test_unreachable (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadClock) clock = fixed_clock ();
  g_autofree char *uri = g_strdup_printf ("postgresql://postgres:secret@127.0.0.1:%u/caseload", closed_port ());
  g_autoptr(CaseloadStore) desk = NULL;
  CaseloadStore *store;
  CaseloadStaff *staff;

  store = caseload_store_postgresql_open_admin (uri, clock, TRUE, &error);
  g_assert_null (store);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_CONNECTION);
  /* Never the password. */
  g_assert_null (strstr (error->message, "secret"));
  g_clear_error (&error);

  /* A desk checks the address at once but connects only to sign in. */
  desk = caseload_store_postgresql_new (uri, clock, &error);
  g_assert_no_error (error);
  g_assert_nonnull (desk);
  staff = caseload_store_sign_in (desk, "amara.okonkwo", "whatever", &error);
  g_assert_null (staff);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_CONNECTION);
}

static void
test_wrong_uri (void)
{
  const char *wrong[] = {
    "postgresql://127.0.0.1:5432/caseload?nosuchoption=1",
    "postgresql://127.0.0.1:5432/caseload?sslmode=sometimes",
    "postgresql://%zz@127.0.0.1/caseload",
    "postgresql://127.0.0.1:port/caseload",
  };
  g_autoptr(CaseloadClock) clock = fixed_clock ();

  for (guint i = 0; i < G_N_ELEMENTS (wrong); i++)
    {
      g_autoptr(GError) error = NULL;
      CaseloadStore *store;

      g_test_message ("%s", wrong[i]);
      store = caseload_store_postgresql_new (wrong[i], clock, &error);
      g_assert_null (store);
      g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
      g_clear_error (&error);

      store = caseload_store_postgresql_open_admin (wrong[i], clock, TRUE, &error);
      g_assert_null (store);
      g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
    }
}

/* A site with one organisation and one GP who has a password; returns the database. */
static char *
make_site (char          **uri,
           CaseloadClock  *clock,
           CaseloadStaff **gp)
{
  g_autoptr(GError) error = NULL;
  char *database = test_pg_create_database ();
  g_autoptr(CaseloadStore) admin = NULL;
  g_autoptr(CaseloadOrganisation) practice = caseload_organisation_new ();
  CaseloadStaff *staff = caseload_staff_new ();

  *uri = test_pg_uri_for_database (test_require_postgresql (), database);
  admin = caseload_store_postgresql_open_admin (*uri, clock, TRUE, &error);
  g_assert_no_error (error);

  caseload_organisation_set_name (practice, "Grays Hall Surgery");
  caseload_organisation_set_kind (practice, CASELOAD_ORGANISATION_GP_PRACTICE);
  g_assert_true (caseload_store_save_organisation (admin, practice, &error));
  g_assert_no_error (error);

  caseload_staff_set_display_name (staff, "Dr Amara Okonkwo");
  caseload_staff_set_role (staff, "GP");
  caseload_staff_set_access_role (staff, CASELOAD_ROLE_PRIMARY_CARE_CLINICIAN);
  caseload_staff_set_username (staff, "amara.okonkwo");
  caseload_staff_set_organisation_id (staff, caseload_organisation_get_id (practice));
  g_assert_true (caseload_store_save_staff (admin, NULL, staff, &error));
  g_assert_no_error (error);
  g_assert_true (caseload_store_set_password (admin, NULL, caseload_staff_get_id (staff), PASSWORD, FALSE, &error));
  g_assert_no_error (error);
  *gp = staff;
  return database;
}

/* A LOGIN role that is not Caseload staff gets in to PostgreSQL but not to Caseload: to
 * the person at the sign-in screen that is the same as an unknown username. */
static void
test_not_staff (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadClock) clock = fixed_clock ();
  g_autoptr(CaseloadStaff) gp = NULL;
  g_autoptr(CaseloadStore) desk = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *database = make_site (&uri, clock, &gp);
  g_autofree char *role = g_strdup_printf ("caseload_t_norights_%d", (int) getpid ());
  g_autofree char *create = g_strdup_printf ("CREATE ROLE \"%s\" LOGIN PASSWORD '%s'", role, PASSWORD);
  g_autofree char *drop = g_strdup_printf ("DROP ROLE IF EXISTS \"%s\"", role);
  PGconn *owner = test_pg_connect (test_require_postgresql (), NULL, NULL);
  CaseloadStaff *staff;

  test_pg_exec (owner, drop);
  test_pg_exec (owner, create);

  /* The role itself can connect: what refuses it is Caseload. */
  PQfinish (test_pg_connect (uri, role, PASSWORD));

  desk = caseload_store_postgresql_new (uri, clock, &error);
  g_assert_no_error (error);
  staff = caseload_store_sign_in (desk, role, PASSWORD, &error);
  g_assert_null (staff);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_SIGN_IN);
  g_clear_object (&desk);

  test_pg_drop_database (database);
  test_pg_exec (owner, drop);
  PQfinish (owner);
}

/* A desk saving as fast as it can while the server restarts. */
typedef struct {
  CaseloadStore *desk;
  CaseloadStaff *staff;
  char          *person_id;
  gint           stop;
  gint           n_saved;
  GPtrArray     *saved;      /* texts of entries whose add returned TRUE */
  GPtrArray     *failed;     /* texts of entries whose add failed */
  GMutex         lock;
  guint          n_other_errors;
} Burst;

static gpointer
burst_thread (gpointer data)
{
  Burst *burst = data;

  for (guint i = 0; !g_atomic_int_get (&burst->stop); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CaseloadTimelineEntry) entry = caseload_timeline_entry_new ();
      char *text = g_strdup_printf ("Burst entry %u", i);
      gboolean ok;

      caseload_timeline_entry_set_person_id (entry, burst->person_id);
      caseload_timeline_entry_set_kind (entry, CASELOAD_ENTRY_NOTE);
      caseload_timeline_entry_set_occurred_at (entry, "2026-11-22T09:00:00Z");
      caseload_timeline_entry_set_text (entry, text);
      ok = caseload_store_add_timeline_entry (burst->desk, burst->staff, entry, &error);

      g_mutex_lock (&burst->lock);
      if (ok)
        {
          g_ptr_array_add (burst->saved, text);
          g_atomic_int_inc (&burst->n_saved);
        }
      else
        {
          g_ptr_array_add (burst->failed, text);
          if (!g_error_matches (error, CASELOAD_ERROR, CASELOAD_ERROR_CONNECTION))
            {
              g_printerr ("unexpected error during the restart: %s %d: %s\n",
                          g_quark_to_string (error->domain), error->code, error->message);
              burst->n_other_errors++;
            }
          /* The server is away: do not spin. */
          g_usleep (20 * 1000);
        }
      g_mutex_unlock (&burst->lock);
    }
  return NULL;
}

static void
wait_saved (Burst *burst,
            gint   target)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (g_atomic_int_get (&burst->n_saved) < target)
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("Only %d saves in a minute, wanted %d", g_atomic_int_get (&burst->n_saved), target);
      g_usleep (10 * 1000);
    }
}

static void
restart_server (void)
{
  const char *pg_ctl = g_getenv ("CASELOAD_TEST_PG_CTL");
  const char *pgdata = g_getenv ("CASELOAD_TEST_PGDATA");
  g_autofree char *parent = g_path_get_dirname (pgdata);
  g_autofree char *log = g_build_filename (parent, "log", NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status = 0;

  /* initdb refuses root, so as root the server belongs to postgres (build-aux/pg-throwaway). */
  if (getuid () == 0)
    {
      g_ptr_array_add (argv, (gpointer) "runuser");
      g_ptr_array_add (argv, (gpointer) "-u");
      g_ptr_array_add (argv, (gpointer) "postgres");
      g_ptr_array_add (argv, (gpointer) "--");
    }
  g_ptr_array_add (argv, (gpointer) pg_ctl);
  g_ptr_array_add (argv, (gpointer) "-D");
  g_ptr_array_add (argv, (gpointer) pgdata);
  /* With -l the server's output goes to the log, not to this test's pipes. */
  g_ptr_array_add (argv, (gpointer) "-l");
  g_ptr_array_add (argv, (gpointer) log);
  g_ptr_array_add (argv, (gpointer) "-m");
  g_ptr_array_add (argv, (gpointer) "fast");
  g_ptr_array_add (argv, (gpointer) "-w");
  g_ptr_array_add (argv, (gpointer) "restart");
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL,
                               G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);
}

static void
test_restart (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadClock) clock = fixed_clock ();
  g_autoptr(CaseloadStaff) gp = NULL;
  g_autoptr(CaseloadPerson) person = test_person_new ("Mia", "Kowalska", NULL);
  g_autofree char *uri = NULL;
  g_autofree char *database = NULL;
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Burst burst = { 0 };
  GThread *thread;
  gint before_restart;
  PGconn *owner;
  PGresult *result;

  if (g_getenv ("CASELOAD_TEST_PG_CTL") == NULL || g_getenv ("CASELOAD_TEST_PGDATA") == NULL)
    {
      g_test_skip ("CASELOAD_TEST_PG_CTL and CASELOAD_TEST_PGDATA are not set: no server this test may restart");
      return;
    }

  database = make_site (&uri, clock, &gp);
  burst.desk = caseload_store_postgresql_new (uri, clock, &error);
  g_assert_no_error (error);
  burst.staff = caseload_store_sign_in (burst.desk, "amara.okonkwo", PASSWORD, &error);
  g_assert_no_error (error);
  g_assert_nonnull (burst.staff);
  g_assert_true (caseload_store_create_person (burst.desk, burst.staff, person, &error));
  g_assert_no_error (error);
  burst.person_id = g_strdup (caseload_person_get_id (person));
  burst.saved = g_ptr_array_new_with_free_func (g_free);
  burst.failed = g_ptr_array_new_with_free_func (g_free);
  g_mutex_init (&burst.lock);

  thread = g_thread_new ("burst", burst_thread, &burst);
  wait_saved (&burst, 30);
  before_restart = g_atomic_int_get (&burst.n_saved);
  restart_server ();
  /* The desk reconnects by itself and goes on saving. */
  wait_saved (&burst, before_restart + 30);
  g_atomic_int_set (&burst.stop, 1);
  g_thread_join (thread);

  g_test_message ("%u saved, %u failed during the restart", burst.saved->len, burst.failed->len);
  g_assert_cmpuint (burst.n_other_errors, ==, 0);

  owner = test_pg_connect (uri, NULL, NULL);
  result = PQexecParams (owner, "SELECT text, count(*) FROM caseload.timeline_entry WHERE person_id = $1 GROUP BY text",
                         1, NULL, (const char *[]) { burst.person_id }, NULL, NULL, 0);
  g_assert_cmpint (PQresultStatus (result), ==, PGRES_TUPLES_OK);
  for (int i = 0; i < PQntuples (result); i++)
    g_hash_table_insert (counts, g_strdup (PQgetvalue (result, i, 0)),
                         GINT_TO_POINTER (atoi (PQgetvalue (result, i, 1))));
  PQclear (result);
  PQfinish (owner);

  /* Every acknowledged save is there exactly once… */
  for (guint i = 0; i < burst.saved->len; i++)
    {
      const char *text = g_ptr_array_index (burst.saved, i);

      if (GPOINTER_TO_INT (g_hash_table_lookup (counts, text)) != 1)
        g_error ("“%s” was acknowledged but is in the database %d times", text,
                 GPOINTER_TO_INT (g_hash_table_lookup (counts, text)));
    }
  /* …and nothing was saved twice, or saved without being asked. */
  {
    GHashTableIter iter;
    gpointer key, value;
    guint n_failed_but_there = 0;

    g_hash_table_iter_init (&iter, counts);
    while (g_hash_table_iter_next (&iter, &key, &value))
      {
        g_assert_cmpint (GPOINTER_TO_INT (value), ==, 1);
        if (g_ptr_array_find_with_equal_func (burst.failed, key, g_str_equal, NULL))
          n_failed_but_there++;
      }
    g_assert_cmpuint (g_hash_table_size (counts), <=, burst.saved->len + burst.failed->len);
    g_test_message ("%u saves reported as failed were committed", n_failed_but_there);
  }

  g_clear_object (&burst.staff);
  g_clear_object (&burst.desk);
  g_ptr_array_unref (burst.saved);
  g_ptr_array_unref (burst.failed);
  g_free (burst.person_id);
  g_mutex_clear (&burst.lock);
  test_pg_drop_database (database);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/postgresql/faults/unreachable", test_unreachable);
  g_test_add_func ("/postgresql/faults/wrong-uri", test_wrong_uri);
  if (g_getenv ("CASELOAD_TEST_POSTGRESQL") != NULL)
    {
      g_test_add_func ("/postgresql/faults/not-staff", test_not_staff);
      g_test_add_func ("/postgresql/faults/restart", test_restart);
    }

  return g_test_run ();
}
