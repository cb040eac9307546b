/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <time.h>

#include "bench-util.h"

double
bench_elapsed_ms (gint64 start)
{
  return (double) (g_get_monotonic_time () - start) / 1000.0;
}

gint64
bench_cpu_now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

double
bench_percentile (GArray *samples,
                  double  fraction)
{
  g_array_sort (samples, compare_doubles);
  return g_array_index (samples, double, (guint) (fraction * (samples->len - 1) + 0.5));
}

void
bench_remove_database (const char *dir,
                       const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm" };

  if (dir == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_remove (file);
    }
  g_rmdir (dir);
}

void
bench_exec (sqlite3    *db,
            const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

sqlite3_stmt *
bench_prepare (sqlite3    *db,
               const char *sql)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  return stmt;
}

char *
bench_scalar (sqlite3    *db,
              const char *sql)
{
  sqlite3_stmt *stmt = bench_prepare (db, sql);
  char *value = NULL;

  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

char *
bench_database_path (char **dir)
{
  g_autoptr(GError) error = NULL;
  const char *keep = g_getenv ("CASELOAD_BENCH_DB");

  *dir = NULL;
  if (keep != NULL)
    return g_strdup (keep);
  *dir = g_dir_make_tmp ("caseload-bench-XXXXXX", &error);
  g_assert_no_error (error);
  return g_build_filename (*dir, "bench.db", NULL);
}

void
bench_seed_demo (const char    *path,
                 CaseloadClock *clock,
                 guint          n_people,
                 guint          entries_per_person)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStore) store = caseload_store_sqlite_new (path, clock, &error);
  g_autoptr(GPtrArray) staff = NULL;
  const char *people_env = g_getenv ("CASELOAD_BENCH_PEOPLE");
  CaseloadDemoOptions options;

  g_assert_no_error (error);
  staff = caseload_store_list_staff (store, &error);
  g_assert_no_error (error);
  if (staff->len > 0)
    return;
  caseload_demo_options_init (&options);
  options.n_people = people_env != NULL ? (guint) atoi (people_env) : n_people;
  options.entries_per_person = entries_per_person;
  g_print ("Building %u people…\n", options.n_people);
  if (!caseload_demo_seed (store, clock, &options, &error))
    g_error ("Could not build the benchmark database: %s", error->message);
}
