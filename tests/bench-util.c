/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
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
