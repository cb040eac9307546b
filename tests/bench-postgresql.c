/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The shared-site benchmark (meson test --benchmark, not the test suite). On the server
 * CASELOAD_TEST_POSTGRESQL names (a superuser URI; build-aux/pg-throwaway starts one) it
 * makes a database, seeds CASELOAD_BENCH_PEOPLE people (default 100,000) with the demo
 * seeder in one transaction, then times, as signed-in desks: the first caseload page,
 * searches as typed, and CASELOAD_BENCH_DESKS desks (default 20, each its own store and
 * connection) saving timeline entries for CASELOAD_BENCH_SECONDS (default 30), checking
 * afterwards that every acknowledged save is there exactly once. The database is dropped
 * at the end. CASELOAD_BENCH_ENTRIES: mean entries per person (default 5).
 * CASELOAD_BENCH_PAUSE_MS: how long a desk pauses between saves at most (a random pause
 * from half of it to it; default 500 — each desk saving two or three entries a second,
 * far more than a clinician does); 0 saves back to back, measuring the server flat out.
 * CASELOAD_BENCH_PG_DATABASE: measure an existing, filled database instead, and keep it.
 */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "caseload-store-postgresql.h"
#include "test-util.h"

#define N_QUERIES     200
#define PAGE          100

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
percentile (GArray *samples,
            double  fraction)
{
  guint index;

  if (samples->len == 0)
    return 0;
  g_array_sort (samples, compare_doubles);
  index = (guint) (fraction * (samples->len - 1) + 0.5);
  return g_array_index (samples, double, index);
}

static double
elapsed_ms (gint64 start)
{
  return (double) (g_get_monotonic_time () - start) / 1000.0;
}

static guint
env_uint (const char *name,
          guint       fallback)
{
  const char *value = g_getenv (name);

  return value != NULL && *value != '\0' ? (guint) atoi (value) : fallback;
}

/* Realistic searches, as bench-store.c makes them. */
static GPtrArray *
make_queries (CaseloadStore *store,
              CaseloadStaff *actor,
              guint          n_people)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (4242);
  GPtrArray *queries = g_ptr_array_new_with_free_func (g_free);

  while (queries->len < N_QUERIES)
    {
      guint offset = (guint) g_rand_int_range (rand, 0, (gint32) MAX (n_people, 1));
      g_autoptr(GPtrArray) one = caseload_store_list_people (store, actor, NULL, offset, 1, NULL);
      CaseloadPerson *person;
      const char *family;
      guint kind = queries->len % 10;

      if (one == NULL || one->len == 0)
        continue;
      person = g_ptr_array_index (one, 0);
      family = caseload_person_get_family_name (person);

      if (kind < 5)
        g_ptr_array_add (queries, g_utf8_substring (family, 0, MIN (3 + kind % 3, g_utf8_strlen (family, -1))));
      else if (kind == 5)
        g_ptr_array_add (queries, g_strdup_printf ("%s %s", caseload_person_get_given_name (person), family));
      else if (kind == 6 && caseload_person_get_nhs_number (person) != NULL)
        g_ptr_array_add (queries, caseload_nhs_number_format (caseload_person_get_nhs_number (person)));
      else if (kind == 7 && caseload_person_get_postcode (person) != NULL)
        g_ptr_array_add (queries, g_strdup (caseload_person_get_postcode (person)));
      else if (kind == 8 && caseload_person_get_date_of_birth (person) != NULL)
        g_ptr_array_add (queries, caseload_date_iso_to_display (caseload_person_get_date_of_birth (person)));
      else
        g_ptr_array_add (queries, g_strndup (caseload_person_get_nhs_number (person), 6));
    }
  return queries;
}

typedef struct {
  guint          index;
  const char    *uri;
  CaseloadClock *clock;
  char          *username;
  gint64         until;
  GArray        *save_ms;     /* this desk's latencies */
  GPtrArray     *saved;       /* texts of acknowledged saves */
  guint          n_failed;
  gint32         pause_ms;
  const char    *run;
} Desk;

static gpointer
desk_thread (gpointer data)
{
  Desk *desk = data;
  CaseloadStaff *staff = NULL;
  g_autoptr(CaseloadStore) store = test_pg_desk_open (desk->uri, desk->clock, desk->username, &staff);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) people = caseload_store_list_people (store, staff, NULL, desk->index * 7, 50, &error);
  g_autoptr(GPtrArray) addable = g_ptr_array_new ();

  if (people == NULL)
    g_error ("Desk %u could not list its caseload: %s", desk->index, error->message);
  for (guint i = 0; i < people->len; i++)
    {
      CaseloadAccess access;

      if (caseload_store_check_access (store, staff, caseload_person_get_id (g_ptr_array_index (people, i)),
                                       &access, NULL, NULL) && access.may_add)
        g_ptr_array_add (addable, g_ptr_array_index (people, i));
    }
  if (addable->len == 0)
    g_error ("Desk %u (%s) may add to nobody", desk->index, desk->username);

  for (guint n = 0; g_get_monotonic_time () < desk->until; n++)
    {
      g_autoptr(CaseloadTimelineEntry) entry = caseload_timeline_entry_new ();
      char *text = g_strdup_printf ("Bench run %s desk %u entry %u: phoned to agree next week's visit.",
                                    desk->run, desk->index, n);
      gint64 start;
      double ms;

      caseload_timeline_entry_set_person_id (entry, caseload_person_get_id (g_ptr_array_index (addable, n % addable->len)));
      caseload_timeline_entry_set_kind (entry, CASELOAD_ENTRY_PHONE_CALL);
      caseload_timeline_entry_set_occurred_at (entry, "2026-11-22T09:30:00Z");
      caseload_timeline_entry_set_text (entry, text);
      /* A desk types between saves: CASELOAD_BENCH_PAUSE_MS at most (a random pause up
       * to it; 0: save back to back, which measures the server flat out). */
      if (desk->pause_ms > 0)
        g_usleep ((gulong) g_random_int_range (desk->pause_ms / 2, desk->pause_ms + 1) * 1000);
      start = g_get_monotonic_time ();
      if (caseload_store_add_timeline_entry (store, staff, entry, &error))
        {
          ms = elapsed_ms (start);
          g_array_append_val (desk->save_ms, ms);
          g_ptr_array_add (desk->saved, text);
        }
      else
        {
          g_printerr ("Desk %u: save failed: %s\n", desk->index, error->message);
          g_clear_error (&error);
          g_free (text);
          desk->n_failed++;
        }
    }
  g_object_unref (staff);
  return NULL;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 22, 10, 0, 0);
  g_autoptr(CaseloadClock) clock = caseload_clock_new_fixed (now);
  g_autoptr(CaseloadStore) admin = NULL;
  g_autoptr(CaseloadStore) desk = NULL;
  g_autoptr(CaseloadStaff) gp = NULL;
  g_autoptr(GPtrArray) staff = NULL;
  g_autoptr(GPtrArray) clinicians = g_ptr_array_new ();
  g_autoptr(GPtrArray) queries = NULL;
  g_autoptr(GPtrArray) page = NULL;
  g_autoptr(GArray) search_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) save_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *server = g_getenv ("CASELOAD_TEST_POSTGRESQL");
  const char *existing;
  guint n_people = env_uint ("CASELOAD_BENCH_PEOPLE", 100000);
  guint n_entries = env_uint ("CASELOAD_BENCH_ENTRIES", 5);
  guint n_desks = env_uint ("CASELOAD_BENCH_DESKS", 20);
  guint seconds = env_uint ("CASELOAD_BENCH_SECONDS", 30);
  guint pause_ms = env_uint ("CASELOAD_BENCH_PAUSE_MS", 500);
  g_autofree char *run = g_strdup_printf ("%" G_GINT64_FORMAT, g_get_real_time ());
  g_autofree char *database = NULL;
  g_autofree char *uri = NULL;
  Desk *desks;
  GThread **threads;
  guint total = 0, n_saved = 0, n_failed = 0, n_lost = 0, n_duplicated = 0, n_rows = 0;
  double first_page;
  gint64 start;
  PGconn *owner;
  PGresult *result;

  setlocale (LC_ALL, "");
  if (server == NULL || *server == '\0')
    {
      g_printerr ("CASELOAD_TEST_POSTGRESQL is not set: no server to benchmark (see build-aux/pg-throwaway)\n");
      return 77;
    }

  /* CASELOAD_BENCH_PG_DATABASE: an existing, already filled database on the server (for
   * instance a desk's 100,000-person benchmark file moved there with caseload-admin
   * copy), used as it is and kept afterwards. */
  existing = g_getenv ("CASELOAD_BENCH_PG_DATABASE");
  database = existing != NULL && *existing != '\0' ? g_strdup (existing) : test_pg_create_database ();
  uri = test_pg_uri_for_database (server, database);

  admin = caseload_store_postgresql_open_admin (uri, clock, TRUE, &error);
  if (admin == NULL)
    g_error ("Could not open the benchmark database: %s", error->message);

  if (existing == NULL || *existing == '\0')
  {
    CaseloadDemoOptions options;

    caseload_demo_options_init (&options);
    options.n_people = n_people;
    options.entries_per_person = n_entries;
    options.heavy_people = 0;
    g_print ("Building %u people with about %u timeline entries…\n", n_people, n_people * n_entries);
    start = g_get_monotonic_time ();
    /* The seeder runs in one transaction of its own. */
    if (!caseload_demo_seed (admin, clock, &options, &error))
      g_error ("Could not build the benchmark database: %s", error->message);
    g_print ("Built in %.1f s\n", elapsed_ms (start) / 1000.0);
    owner = test_pg_connect (uri, NULL, NULL);
    test_pg_exec (owner, "VACUUM ANALYZE");
    PQfinish (owner);
  }

  /* Desks sign in as demo clinicians (not managers or administrators). */
  staff = caseload_store_list_staff (admin, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < staff->len; i++)
    {
      CaseloadStaff *member = g_ptr_array_index (staff, i);
      CaseloadAccessRole role = caseload_staff_get_access_role (member);
      CaseloadOrganisationKind kind = CASELOAD_ORGANISATION_VCSE;
      g_autoptr(GPtrArray) organisations = caseload_store_list_organisations (admin, NULL);

      for (guint o = 0; organisations != NULL && o < organisations->len; o++)
        if (g_strcmp0 (caseload_organisation_get_id (g_ptr_array_index (organisations, o)),
                       caseload_staff_get_organisation_id (member)) == 0)
          kind = caseload_organisation_get_kind (g_ptr_array_index (organisations, o));
      if (caseload_staff_get_active (member) && role != CASELOAD_ROLE_ADMINISTRATOR
          && role != CASELOAD_ROLE_TEAM_MANAGER && caseload_policy_is_care_provider (kind))
        g_ptr_array_add (clinicians, member);
    }
  g_assert_cmpuint (clinicians->len, >, 0);
  /* Staff moved from a desk have no password on the site yet: give the desks theirs. */
  if (existing != NULL && *existing != '\0')
    for (guint i = 0; i < clinicians->len; i++)
      if (!caseload_store_set_password (admin, NULL, caseload_staff_get_id (g_ptr_array_index (clinicians, i)),
                                        TEST_DEMO_PASSWORD, FALSE, &error))
        g_error ("Could not set a desk's password: %s", error->message);

  /* The caseload as the window first shows it, for the clinician with the most people
   * to see (the hardest case: the mental health trust's, on the demo data). */
  {
    guint busiest = 0, most = 0;

    for (guint i = 0; i < clinicians->len; i++)
      {
        guint n = 0;

        if (caseload_store_count_people (admin, g_ptr_array_index (clinicians, i), NULL, &n, NULL) && n > most)
          {
            most = n;
            busiest = i;
          }
      }
    desk = test_pg_desk_open (uri, clock, caseload_staff_get_username (g_ptr_array_index (clinicians, busiest)), &gp);
  }
  start = g_get_monotonic_time ();
  g_assert_true (caseload_store_count_people (desk, gp, NULL, &total, &error));
  page = caseload_store_list_people (desk, gp, NULL, 0, PAGE, &error);
  first_page = elapsed_ms (start);
  g_assert_no_error (error);
  g_assert_cmpuint (page->len, ==, MIN (PAGE, total));

  /* Search as typed: the count and the first page of matches. */
  queries = make_queries (desk, gp, total);
  for (guint i = 0; i < queries->len; i++)
    {
      const char *text = g_ptr_array_index (queries, i);
      g_autoptr(GPtrArray) matches = NULL;
      guint n = 0;
      double ms;

      start = g_get_monotonic_time ();
      g_assert_true (caseload_store_count_people (desk, gp, text, &n, &error));
      matches = caseload_store_list_people (desk, gp, text, 0, PAGE, &error);
      ms = elapsed_ms (start);
      g_assert_no_error (error);
      g_assert_cmpuint (n, >, 0);
      g_array_append_val (search_ms, ms);
      if (g_getenv ("CASELOAD_BENCH_VERBOSE") != NULL)
        g_print ("  search %-24s %6u matches %8.2f ms\n", text, n, ms);
    }
  g_clear_object (&desk);

  /* Concurrent desks saving. */
  g_print ("%u desks saving for %u s, pausing up to %u ms between saves…\n", n_desks, seconds, pause_ms);
  desks = g_new0 (Desk, n_desks);
  threads = g_new0 (GThread *, n_desks);
  start = g_get_monotonic_time ();
  for (guint i = 0; i < n_desks; i++)
    {
      desks[i].index = i;
      desks[i].uri = uri;
      desks[i].clock = clock;
      desks[i].username = g_strdup (caseload_staff_get_username (g_ptr_array_index (clinicians, i % clinicians->len)));
      desks[i].until = start + (gint64) seconds * G_USEC_PER_SEC;
      desks[i].pause_ms = (gint32) pause_ms;
      desks[i].run = run;
      desks[i].save_ms = g_array_new (FALSE, FALSE, sizeof (double));
      desks[i].saved = g_ptr_array_new_with_free_func (g_free);
      threads[i] = g_thread_new ("desk", desk_thread, &desks[i]);
    }
  for (guint i = 0; i < n_desks; i++)
    g_thread_join (threads[i]);

  /* Every acknowledged save is in the database exactly once, and nothing else is. */
  owner = test_pg_connect (uri, NULL, NULL);
  {
    /* This run's entries only: a kept database has earlier runs' too. */
    g_autofree char *like = g_strdup_printf ("Bench run %s desk %%", run);
    const char *params[] = { like };

    result = PQexecParams (owner, "SELECT text, count(*) FROM caseload.timeline_entry WHERE text LIKE $1 GROUP BY text",
                           1, NULL, params, NULL, NULL, 0);
  }
  g_assert_cmpint (PQresultStatus (result), ==, PGRES_TUPLES_OK);
  for (int i = 0; i < PQntuples (result); i++)
    {
      guint count = (guint) atoi (PQgetvalue (result, i, 1));

      g_hash_table_insert (counts, g_strdup (PQgetvalue (result, i, 0)), GUINT_TO_POINTER (count));
      n_rows += count;
      n_duplicated += count > 1 ? count - 1 : 0;
    }
  PQclear (result);
  PQfinish (owner);
  for (guint i = 0; i < n_desks; i++)
    {
      for (guint j = 0; j < desks[i].saved->len; j++)
        if (!g_hash_table_contains (counts, g_ptr_array_index (desks[i].saved, j)))
          n_lost++;
      n_saved += desks[i].saved->len;
      n_failed += desks[i].n_failed;
      g_array_append_vals (save_ms, desks[i].save_ms->data, desks[i].save_ms->len);
      g_array_unref (desks[i].save_ms);
      g_ptr_array_unref (desks[i].saved);
      g_free (desks[i].username);
    }
  g_free (desks);
  g_free (threads);

  g_print ("\nCaseload shared-site benchmark: %u people, the busiest desk sees %u\n", n_people, total);
  g_print ("  %-36s %8.2f ms\n", "first caseload page (count + 100)", first_page);
  g_print ("  %-36s %8.2f ms\n", "search p50", percentile (search_ms, 0.50));
  g_print ("  %-36s %8.2f ms\n", "search p95", percentile (search_ms, 0.95));
  g_print ("  %-36s %8.2f ms\n", "search max", percentile (search_ms, 1.0));
  g_print ("  %-36s %8u\n", "desks saving at once", n_desks);
  g_print ("  %-36s %8u (%.1f a second)\n", "entries saved", n_saved, (double) n_saved / MAX (seconds, 1));
  g_print ("  %-36s %8.2f ms\n", "save entry p50", percentile (save_ms, 0.50));
  g_print ("  %-36s %8.2f ms\n", "save entry p95", percentile (save_ms, 0.95));
  g_print ("  %-36s %8u\n", "saves failed", n_failed);
  g_print ("  %-36s %8u\n", "acknowledged but lost", n_lost);
  g_print ("  %-36s %8u\n", "duplicated", n_duplicated);
  g_print ("  %-36s %8u\n", "in the database, not acknowledged", n_rows - n_duplicated - (n_saved - n_lost));

  g_clear_object (&admin);
  if (existing == NULL || *existing == '\0')
    test_pg_drop_database (database);

  return n_lost == 0 && n_duplicated == 0 && n_failed == 0 && n_rows == n_saved ? EXIT_SUCCESS : EXIT_FAILURE;
}
