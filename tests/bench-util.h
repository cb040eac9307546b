/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <sqlite3.h>

#include "caseload-core.h"

G_BEGIN_DECLS

/* Milliseconds since @start (g_get_monotonic_time ()). */
double bench_elapsed_ms (gint64 start);
/* The process's CPU time in µs: on a shared machine the wall clock also counts waiting
 * for a core, so benchmarks show both. */
gint64 bench_cpu_now    (void);
/* The value at @fraction (0…1) of @samples (doubles), which it sorts. */
double bench_percentile (GArray *samples, double fraction);

/* Removes the SQLite database @path (and its -wal and -shm) and the folder @dir it was made
 * in; nothing when @dir is NULL (a database the caller asked to keep). */
void   bench_remove_database (const char *dir, const char *path);

/* The benchmark database: CASELOAD_BENCH_DB when set (@dir NULL: kept), else a new file
 * in a new folder (@dir: remove both with bench_remove_database ()). */
char  *bench_database_path   (char **dir);
/* Fills the database at @path with CASELOAD_BENCH_PEOPLE (or @n_people) demo people with
 * @entries_per_person timeline entries, unless it already has staff. */
void   bench_seed_demo       (const char *path, CaseloadClock *clock, guint n_people, guint entries_per_person);

/* Straight on a database file, outside the store; each fails the program on an error:
 * runs @sql, prepares it, or gives the first column of its first row (NULL: none). */
void          bench_exec    (sqlite3 *db, const char *sql);
sqlite3_stmt *bench_prepare (sqlite3 *db, const char *sql);
char         *bench_scalar  (sqlite3 *db, const char *sql);

G_END_DECLS
