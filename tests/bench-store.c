/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The store benchmark (meson test --benchmark, not the test suite): builds a database of
 * 100,000 people with about 1,000,000 timeline entries, one person with 500, and times
 * what a desk does most. Set CASELOAD_BENCH_PEOPLE for a smaller run, and
 * CASELOAD_BENCH_DB to keep (and reuse) the database at that path.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>
#include <stdlib.h>

#include "caseload-core.h"

#define N_QUERIES 200
#define N_SAVES   200
#define PAGE      100

typedef struct {
  const char *name;
  double      target_ms;
  double      value_ms;
} Figure;

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

  g_array_sort (samples, compare_doubles);
  index = (guint) (fraction * (samples->len - 1) + 0.5);
  return g_array_index (samples, double, index);
}

static double
elapsed_ms (gint64 start)
{
  return (double) (g_get_monotonic_time () - start) / 1000.0;
}

static CaseloadStore *
open_store (const char    *path,
            CaseloadClock *clock)
{
  g_autoptr(GError) error = NULL;
  CaseloadStore *store = caseload_store_sqlite_new (path, clock, &error);

  if (store == NULL)
    g_error ("Could not open the benchmark database: %s", error->message);
  return store;
}

/* Realistic searches: family-name prefixes, full names, NHS numbers with and without
 * spaces, postcodes and dates of birth of people who are in the database. */
static GPtrArray *
make_queries (CaseloadStore *store,
              CaseloadStaff *actor,
              guint          n_people)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (4242);
  GPtrArray *queries = g_ptr_array_new_with_free_func (g_free);

  while (queries->len < N_QUERIES)
    {
      guint offset = (guint) g_rand_int_range (rand, 0, (gint32) n_people);
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

/* The benchmark's own look into the file, outside the store's API. */
static char *
find_heaviest_person (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *id = NULL;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK
      && sqlite3_prepare_v2 (db, "SELECT person_id FROM timeline_entry GROUP BY person_id "
                                 "ORDER BY count(*) DESC LIMIT 1", -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  g_assert_nonnull (id);
  return id;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 22, 10, 0, 0);
  g_autoptr(CaseloadClock) clock = caseload_clock_new_fixed (now);
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(GPtrArray) staff = NULL;
  g_autoptr(GPtrArray) queries = NULL;
  g_autoptr(GPtrArray) page = NULL;
  g_autoptr(GArray) search_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) save_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) open_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  const char *people_env = g_getenv ("CASELOAD_BENCH_PEOPLE");
  const char *keep = g_getenv ("CASELOAD_BENCH_DB");
  guint n_people = people_env != NULL ? (guint) atoi (people_env) : 100000;
  CaseloadStaff *actor;
  CaseloadPerson *heavy;
  double open_time, first_page;
  gboolean all_met = TRUE;
  guint total = 0;
  gint64 start;
  Figure figures[6];

  setlocale (LC_ALL, "");

  if (keep != NULL)
    path = g_strdup (keep);
  else
    {
      dir = g_dir_make_tmp ("caseload-bench-XXXXXX", &error);
      g_assert_no_error (error);
      path = g_build_filename (dir, "bench.db", NULL);
    }

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      CaseloadDemoOptions options;

      caseload_demo_options_init (&options);
      options.n_people = n_people;
      options.entries_per_person = 10;
      options.heavy_people = 1;
      options.heavy_entries = 500;

      g_print ("Building %u people with about %u timeline entries…\n", n_people, n_people * 10);
      start = g_get_monotonic_time ();
      store = open_store (path, clock);
      if (!caseload_demo_seed (store, clock, &options, &error))
        g_error ("Could not build the benchmark database: %s", error->message);
      g_print ("Built in %.1f s\n", elapsed_ms (start) / 1000.0);
      g_clear_object (&store);
    }

  /* Open: schema check and pragmas on an existing database. */
  start = g_get_monotonic_time ();
  store = open_store (path, clock);
  open_time = elapsed_ms (start);

  staff = caseload_store_list_staff (store, &error);
  g_assert_no_error (error);
  actor = g_ptr_array_index (staff, 0);

  /* The caseload as the window first shows it: the count, then the first page. */
  start = g_get_monotonic_time ();
  g_assert_true (caseload_store_count_people (store, actor, NULL, &total, &error));
  page = caseload_store_list_people (store, actor, NULL, 0, PAGE, &error);
  first_page = elapsed_ms (start);
  g_assert_no_error (error);
  g_assert_cmpuint (page->len, ==, MIN (PAGE, total));

  /* Search as typed: the count and the first page of matches. */
  queries = make_queries (store, actor, total);
  for (guint i = 0; i < queries->len; i++)
    {
      const char *query = g_ptr_array_index (queries, i);
      g_autoptr(GPtrArray) matches = NULL;
      guint n = 0;
      double ms;

      start = g_get_monotonic_time ();
      g_assert_true (caseload_store_count_people (store, actor, query, &n, &error));
      matches = caseload_store_list_people (store, actor, query, 0, PAGE, &error);
      ms = elapsed_ms (start);
      g_assert_no_error (error);
      g_assert_cmpuint (n, >, 0);
      g_array_append_val (search_ms, ms);
      if (g_getenv ("CASELOAD_BENCH_VERBOSE") != NULL)
        g_print ("  search %-24s %6u matches %8.2f ms\n", query, n, ms);
    }

  /* Opening the person with 500 entries: the page above the timeline and its first
   * screenful of entries. */
  {
    g_autofree char *heavy_id = find_heaviest_person (path);

    for (guint i = 0; i < 20; i++)
      {
        g_autoptr(CaseloadPersonDetail) detail = NULL;
        g_autoptr(GPtrArray) entries = NULL;
        double ms;

        start = g_get_monotonic_time ();
        detail = caseload_store_open_person (store, actor, heavy_id, &error);
        entries = caseload_store_list_timeline_entries (store, actor, heavy_id, 0, 50, &error);
        ms = elapsed_ms (start);
        g_assert_no_error (error);
        g_array_append_val (open_ms, ms);
        if (i == 0)
          g_print ("Opening a person with %u entries\n", detail->entry_count);
      }
    heavy = caseload_person_new ();
    caseload_person_set_id (heavy, heavy_id);
  }

  /* A durable save of one entry: its own transaction, synchronous=FULL. */
  for (guint i = 0; i < N_SAVES; i++)
    {
      g_autoptr(CaseloadTimelineEntry) entry = caseload_timeline_entry_new ();
      double ms;

      caseload_timeline_entry_set_person_id (entry, caseload_person_get_id (heavy));
      caseload_timeline_entry_set_kind (entry, CASELOAD_ENTRY_PHONE_CALL);
      caseload_timeline_entry_set_occurred_at (entry, "2026-11-22T09:30:00Z");
      caseload_timeline_entry_set_text (entry, "Phoned to agree the time of next week's visit.");

      start = g_get_monotonic_time ();
      if (!caseload_store_add_timeline_entry (store, actor, entry, &error))
        g_error ("Save failed: %s", error->message);
      ms = elapsed_ms (start);
      g_array_append_val (save_ms, ms);
    }
  g_object_unref (heavy);

  figures[0] = (Figure) { "open database", 0, open_time };
  figures[1] = (Figure) { "first caseload page", 20, first_page };
  figures[2] = (Figure) { "search p50", 0, percentile (search_ms, 0.50) };
  figures[3] = (Figure) { "search p95", 8, percentile (search_ms, 0.95) };
  figures[4] = (Figure) { "open person, 500 entries (p50)", 30, percentile (open_ms, 0.50) };
  figures[5] = (Figure) { "save entry p95", 10, percentile (save_ms, 0.95) };

  g_print ("\nCaseload store benchmark: %u people\n", total);
  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    {
      gboolean met = figures[i].target_ms == 0 || figures[i].value_ms <= figures[i].target_ms;

      if (figures[i].target_ms > 0)
        g_print ("  %-32s %8.2f ms   (target ≤ %.0f ms: %s)\n", figures[i].name, figures[i].value_ms,
                 figures[i].target_ms, met ? "met" : "MISSED");
      else
        g_print ("  %-32s %8.2f ms\n", figures[i].name, figures[i].value_ms);
      all_met = all_met && met;
    }
  g_print ("  %-32s %8.2f ms\n", "search max", percentile (search_ms, 1.0));
  g_print ("  %-32s %8.2f ms\n", "save entry p50", percentile (save_ms, 0.50));

  g_clear_object (&store);
  if (dir != NULL)
    {
      const char *suffixes[] = { "", "-wal", "-shm" };

      for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
        {
          g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
          g_remove (file);
        }
      g_rmdir (dir);
    }

  return all_met ? EXIT_SUCCESS : EXIT_FAILURE;
}
