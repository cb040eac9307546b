/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The referrals benchmark (meson test --benchmark referrals): adds 150,000 referrals
 * over five years (waiting, accepted and allocated, unallocated, paused, signposted,
 * referred on, declined, transferred, with allocation histories and pauses) to the
 * 100,000-person benchmark database, then times the first page of every caseload list
 * (its count and first 100 rows, as the window asks for them), default and filtered or
 * sorted, and the team manager's dashboard. Some people are on pathways too (a few
 * thousand STEPPS places, Open Dialogue episodes, IPS and housing referrals, open and
 * closed): My caseload, Team caseload and the Waiting list are timed filtered by each.
 *
 * CASELOAD_BENCH_DB: the database to use (made with 100,000 demo people if missing;
 * bench-store makes the same one); it is changed, so point it at a copy.
 * CASELOAD_BENCH_PEOPLE: people for a new database; CASELOAD_BENCH_REFERRALS: how many.
 * CASELOAD_BENCH_ONLY: time only the lines whose name contains it.
 *
 * The shared site (meson test --benchmark referrals-postgresql, CASELOAD_BENCH_BACKEND=
 * postgresql): the same lists and dashboard, timed through the PostgreSQL store with the
 * manager and the nurse each signed in at their own desk, on the server
 * CASELOAD_TEST_POSTGRESQL names (build-aux/pg-throwaway; PG_THROWAWAY_OPTIONS=
 * '-c shared_buffers=1GB' gives it a site's memory). The desk database above is copied
 * into a new database there with caseload-admin copy (minutes), which is dropped at the
 * end; CASELOAD_BENCH_PG_DATABASE names an already filled database to use and keep
 * instead (its manager's and nurse's passwords are set to the demo one).
 */
#include "config.h"

#include <locale.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "bench-util.h"
#include "caseload-core.h"
#include "caseload-store-postgresql.h"
#include "test-util.h"

#define PAGE     100
#define N_RUNS   40

static void
step (sqlite3      *db,
      sqlite3_stmt *stmt)
{
  if (sqlite3_step (stmt) != SQLITE_DONE)
    g_error ("Insert failed: %s", sqlite3_errmsg (db));
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

static char *
iso (gint64 unix_time)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (unix_time);

  return g_date_time_format (time, "%Y-%m-%dT%H:%M:%SZ");
}

static void
bind_time (sqlite3_stmt *stmt,
           int           index,
           gint64        unix_time)
{
  if (unix_time > 0)
    sqlite3_bind_text (stmt, index, iso (unix_time), -1, g_free);
}

static void
bind_date (sqlite3_stmt *stmt,
           int           index,
           gint64        unix_time)
{
  g_autofree char *full = unix_time > 0 ? iso (unix_time) : NULL;

  if (full != NULL)
    sqlite3_bind_text (stmt, index, g_strndup (full, 10), -1, g_free);
}

#define DAY  86400
#define HOUR 3600

/* The file at @path opened for filling, in a transaction, with the trust's id (@eput)
 * and a team manager's (@manager). */
static sqlite3 *
open_to_fill (const char  *path,
              char       **eput,
              char       **manager)
{
  sqlite3 *db = NULL;

  if (sqlite3_open (path, &db) != SQLITE_OK)
    g_error ("Could not open %s", path);
  bench_exec (db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF; BEGIN");
  *eput = bench_scalar (db, "SELECT id FROM organisation WHERE kind = 'mental-health-trust' LIMIT 1");
  *manager = bench_scalar (db, "SELECT id FROM staff WHERE access_role = 'team-manager' LIMIT 1");
  g_assert_nonnull (*eput);
  g_assert_nonnull (*manager);
  return db;
}

/*
 * Straight into the file (the store's own calls would take an hour for this many): the
 * same rows the store writes, with the clock columns as the store keeps them (due and
 * near-breach times with pauses, stop, counted time, missed). The referrals are EPUT's,
 * so EPUT is in each person's direct care.
 */
static void
add_referrals (const char *path,
               guint       n_referrals,
               gint64      now)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (150000);
  g_autoptr(GArray) pks = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) person_ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) workers = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *eput = NULL;
  g_autofree char *manager = NULL;
  sqlite3 *db = open_to_fill (path, &eput, &manager);
  sqlite3_stmt *stmt, *referral, *allocation, *pause, *task, *relationship;
  static const char * const sources[] = { "gp", "gp", "gp", "self", "thurrock-first", "crisis-service",
                                          "social-care", "vcse", "housing", "other" };
  static const char * const roles[] = { "care-coordinator", "key-worker", "therapist", "peer-support",
                                        "social-worker" };

  stmt = bench_prepare (db, "SELECT id FROM staff WHERE active AND access_role NOT IN ('team-manager', 'administrator')");
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (workers, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  stmt = bench_prepare (db, "SELECT pk, id FROM person ORDER BY pk");
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 pk = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (pks, pk);
      g_ptr_array_add (person_ids, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  sqlite3_finalize (stmt);

  referral = bench_prepare (db,
                      "INSERT INTO referral (id, person_id, person_pk, pcn, source, received_at, reason, urgency, "
                      "  person_agreed, organisation_id, status, triage_outcome, signpost, destination, triage_reason, "
                      "  decided_by, decided_on, first_contact_at, assessment_at, help_started_at, help_kind, "
                      "  next_review_on, transfer_kind, transfer_destination, transfer_summary, transferred_on, "
                      "  transferred_by, clock_due_at, clock_warn_at, clock_paused, clock_stopped_at, "
                      "  clock_waited_seconds, clock_missed, created_at, created_by, updated_at, updated_by) "
                      "SELECT ?1, p.id, p.pk, p.pcn, ?2, ?3, 'Low mood and anxiety; asks for support.', ?4, 1, ?5, "
                      "  ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, "
                      "  ?25, ?26, ?27, ?28, ?3, ?11, ?3, ?11 FROM person p WHERE p.pk = ?29");
  allocation = bench_prepare (db,
                        "INSERT INTO allocation (id, referral_id, person_id, person_pk, staff_id, role, started_on, "
                        "  ended_on, end_reason, created_at, created_by, updated_at, updated_by) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?10, ?11)");
  pause = bench_prepare (db,
                   "INSERT INTO clock_pause (id, referral_id, reason, started_at, ended_at, created_at, created_by, "
                   "  updated_at, updated_by) VALUES (?1, ?2, 'person-asked-to-wait', ?3, ?4, ?3, ?5, ?3, ?5)");
  task = bench_prepare (db,
                  "INSERT INTO task (id, person_id, person_pk, owner_id, title, due_on, done, origin, source_id, "
                  "  created_at, created_by, updated_at, updated_by) "
                  "VALUES (?1, ?2, ?3, ?4, 'New allocation: make contact', ?5, ?6, 'new-allocation', ?7, ?8, ?9, ?8, ?9)");
  relationship = bench_prepare (db,
                          "INSERT INTO care_relationship (id, person_id, organisation_id, kind, started_at, "
                          "  created_at, created_by) VALUES (?1, ?2, ?3, 'referral', ?4, ?4, ?5)");

  for (guint i = 0; i < n_referrals; i++)
    {
      guint p = (guint) g_rand_int_range (rand, 0, (gint32) pks->len);
      g_autofree char *id = g_uuid_string_random ();
      /* Most of five years' referrals are long closed; the last five weeks are open. */
      gint64 received = i % 50 == 0 ? now - g_rand_int_range (rand, HOUR, 35 * DAY)
                                    : now - g_rand_int_range (rand, 35 * DAY, 5 * 365 * DAY);
      gboolean recent = now - received < 35 * DAY;
      int roll = g_rand_int_range (rand, 0, 100);
      int urgency_roll = g_rand_int_range (rand, 0, 100);
      const char *urgency = urgency_roll < 85 ? "routine" : urgency_roll < 97 ? "urgent" : "very-urgent";
      gint64 target = urgency_roll < 85 ? 28 * DAY : urgency_roll < 97 ? 24 * HOUR : 4 * HOUR;
      gint64 warn = urgency_roll < 85 ? 7 * DAY : urgency_roll < 97 ? 4 * HOUR : HOUR;
      const char *status;
      gint64 decided = received + g_rand_int_range (rand, HOUR, 3 * DAY);
      gint64 contact = 0, assessment = 0, help = 0, stop = 0, transferred = 0, review = 0;
      gint64 paused_for = 0, pause_start = 0;
      gboolean open_pause = FALSE, allocated = FALSE, transferred_kind = FALSE;
      const char *outcome = NULL;

      if (recent)
        status = roll < 40 ? "awaiting-triage" : "accepted";
      else
        status = roll < 55 ? "transferred" : roll < 75 ? "signposted" : roll < 83 ? "declined"
                 : roll < 90 ? "referred-on" : roll < 93 ? "accepted" : "transferred";
      if (g_str_equal (status, "accepted") || g_str_equal (status, "transferred"))
        outcome = "accept";
      else if (g_str_equal (status, "signposted"))
        outcome = "signpost";
      else if (g_str_equal (status, "declined"))
        outcome = "decline";
      else if (g_str_equal (status, "referred-on"))
        outcome = "refer-on";

      if (outcome != NULL && g_str_equal (outcome, "accept"))
        {
          contact = received + g_rand_int_range (rand, 2 * HOUR, (gint32) MIN (target + 3 * DAY, 30 * DAY));
          assessment = contact + g_rand_int_range (rand, HOUR, 10 * DAY);
          help = assessment + g_rand_int_range (rand, HOUR, 20 * DAY);
          if (help > now)
            help = 0;
          if (assessment > now)
            assessment = 0, help = 0;
          if (contact > now)
            contact = 0, assessment = 0, help = 0;
          allocated = recent ? roll < 85 : TRUE;
          review = now + g_rand_int_range (rand, -20 * DAY, 60 * DAY);
        }
      if (g_str_equal (status, "transferred"))
        {
          transferred = MAX (help, received + 20 * DAY) + g_rand_int_range (rand, 10 * DAY, 200 * DAY);
          if (transferred > now - DAY)
            transferred = now - DAY;
          transferred_kind = TRUE;
        }

      /* One in twenty waited with a pause; a few open ones are paused now. */
      if (g_rand_int_range (rand, 0, 20) == 0)
        {
          pause_start = received + g_rand_int_range (rand, HOUR, 5 * DAY);
          paused_for = g_rand_int_range (rand, 2 * DAY, 10 * DAY);
          if (recent && pause_start < now && pause_start + paused_for > now)
            open_pause = TRUE;
          if (pause_start > now)
            pause_start = 0, paused_for = 0;
        }

      /* The clock: it stops at the milestone its standard names. */
      stop = urgency_roll < 85 ? help : contact;
      {
        gint64 due = received + target + (open_pause ? 0 : paused_for);
        gboolean open = g_str_equal (status, "awaiting-triage") || g_str_equal (status, "accepted");
        gint64 waited = (stop > 0 ? stop : (open ? 0 : decided)) - received - paused_for;

        sqlite3_bind_text (referral, 1, id, -1, SQLITE_STATIC);
        sqlite3_bind_text (referral, 2, sources[g_rand_int_range (rand, 0, G_N_ELEMENTS (sources))], -1, SQLITE_STATIC);
        bind_time (referral, 3, received);
        sqlite3_bind_text (referral, 4, urgency, -1, SQLITE_STATIC);
        sqlite3_bind_text (referral, 5, eput, -1, SQLITE_STATIC);
        sqlite3_bind_text (referral, 6, status, -1, SQLITE_STATIC);
        if (outcome != NULL)
          {
            sqlite3_bind_text (referral, 7, outcome, -1, SQLITE_STATIC);
            if (g_str_equal (outcome, "signpost"))
              {
                sqlite3_bind_text (referral, 8, "talking-therapies", -1, SQLITE_STATIC);
                sqlite3_bind_text (referral, 9, "Inclusion Thurrock", -1, SQLITE_STATIC);
              }
            else if (g_str_equal (outcome, "refer-on"))
              sqlite3_bind_text (referral, 9, "EPUT secondary care", -1, SQLITE_STATIC);
            else if (g_str_equal (outcome, "decline"))
              sqlite3_bind_text (referral, 10, "Not a service the team offers.", -1, SQLITE_STATIC);
            bind_date (referral, 12, decided);
          }
        sqlite3_bind_text (referral, 11, manager, -1, SQLITE_STATIC);
        bind_time (referral, 13, contact);
        bind_time (referral, 14, assessment);
        bind_time (referral, 15, help);
        if (help > 0)
          sqlite3_bind_text (referral, 16, "intervention", -1, SQLITE_STATIC);
        if (g_str_equal (status, "accepted"))
          bind_date (referral, 17, review);
        if (transferred_kind)
          {
            sqlite3_bind_text (referral, 18, "to-gp", -1, SQLITE_STATIC);
            sqlite3_bind_text (referral, 19, "The person's GP", -1, SQLITE_STATIC);
            sqlite3_bind_text (referral, 20, "Support ended well; the GP continues reviews.", -1, SQLITE_STATIC);
            bind_date (referral, 21, transferred);
            sqlite3_bind_text (referral, 22, manager, -1, SQLITE_STATIC);
          }
        if (!open_pause)
          {
            bind_time (referral, 23, due);
            bind_time (referral, 24, due - warn);
          }
        sqlite3_bind_int (referral, 25, open_pause ? 1 : 0);
        bind_time (referral, 26, stop);
        if (stop > 0 || !open)
          sqlite3_bind_int64 (referral, 27, MAX (waited, 0));
        if (stop > 0)
          sqlite3_bind_int (referral, 28, stop > due);
        sqlite3_bind_int64 (referral, 29, g_array_index (pks, gint64, p));
        step (db, referral);
      }

      if (pause_start > 0)
        {
          g_autofree char *pause_id = g_uuid_string_random ();

          sqlite3_bind_text (pause, 1, pause_id, -1, SQLITE_STATIC);
          sqlite3_bind_text (pause, 2, id, -1, SQLITE_STATIC);
          bind_time (pause, 3, pause_start);
          if (!open_pause)
            bind_time (pause, 4, pause_start + paused_for);
          sqlite3_bind_text (pause, 5, manager, -1, SQLITE_STATIC);
          step (db, pause);
        }

      /* The worker now (or, once transferred, until then), after a reallocation for some. */
      if (allocated)
        {
          gint64 started = decided + DAY;
          guint n_allocations = g_rand_int_range (rand, 0, 5) == 0 ? 2 : 1;

          for (guint a = 0; a < n_allocations; a++)
            {
              g_autofree char *allocation_id = g_uuid_string_random ();
              gboolean last = a + 1 == n_allocations;
              gint64 ended = !last ? started + g_rand_int_range (rand, 5 * DAY, 30 * DAY)
                                   : transferred_kind ? MAX (transferred, started) : 0;
              const char *worker = g_ptr_array_index (workers, g_rand_int_range (rand, 0, (gint32) workers->len));

              if (started > now)
                started = now;
              if (ended > now)
                ended = now;
              sqlite3_bind_text (allocation, 1, allocation_id, -1, SQLITE_STATIC);
              sqlite3_bind_text (allocation, 2, id, -1, SQLITE_STATIC);
              sqlite3_bind_text (allocation, 3, g_ptr_array_index (person_ids, p), -1, SQLITE_STATIC);
              sqlite3_bind_int64 (allocation, 4, g_array_index (pks, gint64, p));
              sqlite3_bind_text (allocation, 5, worker, -1, SQLITE_STATIC);
              sqlite3_bind_text (allocation, 6, roles[g_rand_int_range (rand, 0, G_N_ELEMENTS (roles))], -1, SQLITE_STATIC);
              bind_date (allocation, 7, started);
              bind_date (allocation, 8, ended);
              if (ended > 0)
                sqlite3_bind_text (allocation, 9, last ? "The referral was transferred." : "Reallocated.", -1,
                                   SQLITE_STATIC);
              bind_time (allocation, 10, started);
              sqlite3_bind_text (allocation, 11, manager, -1, SQLITE_STATIC);
              step (db, allocation);

              if (last)
                {
                  g_autofree char *task_id = g_uuid_string_random ();

                  sqlite3_bind_text (task, 1, task_id, -1, SQLITE_STATIC);
                  sqlite3_bind_text (task, 2, g_ptr_array_index (person_ids, p), -1, SQLITE_STATIC);
                  sqlite3_bind_int64 (task, 3, g_array_index (pks, gint64, p));
                  sqlite3_bind_text (task, 4, worker, -1, SQLITE_STATIC);
                  bind_date (task, 5, started);
                  sqlite3_bind_int (task, 6, ended > 0 || started < now - 7 * DAY);
                  sqlite3_bind_text (task, 7, allocation_id, -1, SQLITE_STATIC);
                  bind_time (task, 8, started);
                  sqlite3_bind_text (task, 9, manager, -1, SQLITE_STATIC);
                  step (db, task);
                }
              started = ended;
            }
        }

      {
        g_autofree char *relationship_id = g_uuid_string_random ();

        sqlite3_bind_text (relationship, 1, relationship_id, -1, SQLITE_STATIC);
        sqlite3_bind_text (relationship, 2, g_ptr_array_index (person_ids, p), -1, SQLITE_STATIC);
        sqlite3_bind_text (relationship, 3, eput, -1, SQLITE_STATIC);
        bind_time (relationship, 4, received);
        sqlite3_bind_text (relationship, 5, manager, -1, SQLITE_STATIC);
        step (db, relationship);
      }
    }
  sqlite3_finalize (referral);
  sqlite3_finalize (allocation);
  sqlite3_finalize (pause);
  sqlite3_finalize (task);
  sqlite3_finalize (relationship);

  /* EPUT is now in the direct care of everyone referred (what the store's refresh does). */
  {
    g_autofree char *sql = g_strdup_printf ("INSERT OR IGNORE INTO person_access (organisation_id, pk, sort_key, may_add) "
                                            "SELECT '%s', r.person_pk, o.sort_key, 1 FROM referral r "
                                            "JOIN person_order o ON o.pk = r.person_pk", eput);
    bench_exec (db, sql);
  }
  bench_exec (db, "COMMIT; PRAGMA wal_checkpoint (TRUNCATE)");
  sqlite3_close (db);
}

/*
 * Pathway rows for a few thousand people, as the saves would leave them (ids
 * "bench-list-…"): eight STEPPS cohorts running now (a place or two left) and 30
 * finished; Open Dialogue episodes open (one in fifteen with no first meeting yet, its
 * 24 hours running or breached) and ended; IPS and housing referrals open (every stage
 * and status) and closed. The open ones go mostly to people with an open referral (the
 * lists' people), some of them on two pathways; the rest to anyone.
 */
static void
add_pathways (const char *path,
              gint64      now)
{
  g_autofree char *now_text = iso (now);
  g_autofree char *eput = NULL;
  g_autofree char *manager = NULL;
  g_autofree char *sql = NULL;
  gint64 start = g_get_monotonic_time ();
  sqlite3 *db = open_to_fill (path, &eput, &manager);

  g_print ("Adding pathway rows…\n");

  /* The people, each in a fixed shuffled order: those with an open referral, and anyone;
   * the workers who may be IPS specialists. */
  bench_exec (db,
              "CREATE TEMP TABLE care AS SELECT row_number () OVER (ORDER BY (p.pk * 48271) % 2147483647) AS n, "
              "  p.pk, p.id FROM person p WHERE EXISTS (SELECT 1 FROM referral r WHERE r.person_pk = p.pk "
              "  AND r.status IN ('awaiting-triage', 'accepted')); "
              "CREATE TEMP TABLE anyone AS SELECT row_number () OVER (ORDER BY (p.pk * 69621) % 2147483647) AS n, "
              "  p.pk, p.id FROM person p; "
              "CREATE TEMP TABLE worker AS SELECT row_number () OVER (ORDER BY id) - 1 AS n, id FROM staff "
              "  WHERE active AND access_role NOT IN ('team-manager', 'administrator')");

  sql = g_strdup_printf (
    /* STEPPS: cohorts k 0–7 started 0–14 weeks ago and run 20 weeks; 8–37 are over. */
    "WITH RECURSIVE c (k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM c WHERE k < 37), "
    "  d (k, start_on) AS (SELECT k, date ('%1$s', '-' || CASE WHEN k < 8 THEN k * 14 ELSE 200 + (k - 8) * 40 END "
    "    || ' days') FROM c) "
    "INSERT INTO stepps_cohort (id, name, programme, n_sessions, session_minutes, start_on, end_on, "
    "  completion_percent, organisation_id, created_by, created_at) "
    "SELECT 'bench-list-cohort-' || k, 'Cohort ' || (k + 1), 'stepps-20', 20, 120, start_on, "
    "  date (start_on, '+133 days'), 75, '%2$s', '%3$s', start_on || 'T09:00:00Z' FROM d; "
    "INSERT OR IGNORE INTO stepps_participant (id, cohort_id, person_id, person_pk, joined_on, left_on, created_by, "
    "  created_at) "
    "SELECT 'bench-list-sp-' || x.k || '-' || x.pk, sc.id, x.id, x.pk, sc.start_on, "
    "  CASE WHEN x.n %% 10 = 0 THEN sc.start_on END, '%3$s', sc.start_on || 'T09:00:00Z' "
    "  FROM (SELECT n, pk, id, n %% 8 AS k FROM care WHERE n <= 60 "
    "        UNION ALL SELECT n, pk, id, n %% 8 FROM anyone WHERE n <= 20 "
    "        UNION ALL SELECT n, pk, id, 8 + n %% 30 FROM anyone WHERE n BETWEEN 21 AND 320) x "
    "  JOIN stepps_cohort sc ON sc.id = 'bench-list-cohort-' || x.k; "
    /* Open Dialogue: open for care 61–760 and anyone 321–1020, ended for anyone 1021–3020. */
    "INSERT INTO od_episode (id, person_id, person_pk, start_kind, contact_at, first_meeting_at, ended_on, "
    "  organisation_id, recorded_by, created_at) "
    "SELECT 'bench-list-od-' || x.w || x.n, x.id, x.pk, CASE WHEN x.n %% 3 = 0 THEN 'referral' ELSE 'crisis-contact' END, "
    "  x.contact_at, CASE WHEN NOT x.waiting THEN strftime ('%%Y-%%m-%%dT%%H:%%M:%%SZ', x.contact_at, "
    "  '+' || (2 + x.n %% 30) || ' hours') END, CASE WHEN x.ended THEN date (x.contact_at, '+90 days') END, "
    "  '%2$s', '%3$s', x.contact_at "
    "  FROM (SELECT y.*, strftime ('%%Y-%%m-%%dT%%H:%%M:%%SZ', '%1$s', CASE WHEN y.waiting "
    "          THEN '-' || (1 + y.n * 7 %% 47) || ' hours' WHEN y.ended THEN '-' || (200 + y.n %% 1500) || ' days' "
    "          ELSE '-' || (2 + y.n * 37 %% 120) || ' days' END) AS contact_at "
    "          FROM (SELECT 'c' AS w, n, pk, id, n %% 15 = 0 AS waiting, 0 AS ended FROM care WHERE n BETWEEN 61 AND 760 "
    "                UNION ALL SELECT 'a', n, pk, id, n %% 15 = 0, 0 FROM anyone WHERE n BETWEEN 321 AND 1020 "
    "                UNION ALL SELECT 'a', n, pk, id, 0, 1 FROM anyone WHERE n BETWEEN 1021 AND 3020) y) x; "
    /* IPS: open for care 400–1100 (some also in Open Dialogue) and anyone 3021–3720, every
     * stage; closed for anyone 3721–5720. */
    "INSERT INTO ips_referral (id, person_id, person_pk, wants_work, referred_on, referred_by, specialist_id, "
    "  engaged_on, job_search_on, closed_on, organisation_id, created_at) "
    "SELECT 'bench-list-ips-' || x.w || x.n, x.id, x.pk, 1, x.referred_on, '%3$s', "
    "  (SELECT id FROM worker WHERE n = x.n %% 6), CASE WHEN x.n %% 4 > 0 THEN date (x.referred_on, '+10 days') END, "
    "  CASE WHEN x.n %% 4 > 1 THEN date (x.referred_on, '+25 days') END, "
    "  CASE WHEN x.closed THEN date (x.referred_on, '+300 days') END, '%2$s', x.referred_on || 'T12:00:00Z' "
    "  FROM (SELECT y.*, date ('%1$s', '-' || CASE WHEN y.closed THEN 400 + y.n %% 1400 ELSE 30 + y.n * 13 %% 300 END "
    "          || ' days') AS referred_on "
    "          FROM (SELECT 'c' AS w, n, pk, id, 0 AS closed FROM care WHERE n BETWEEN 400 AND 1100 "
    "                UNION ALL SELECT 'a', n, pk, id, 0 FROM anyone WHERE n BETWEEN 3021 AND 3720 "
    "                UNION ALL SELECT 'a', n, pk, id, 1 FROM anyone WHERE n BETWEEN 3721 AND 5720) y) x; "
    /* Housing: open for care 1000–1500 and anyone 5721–6220 (each status in turn), closed
     * for anyone 6221–8220. */
    "INSERT INTO housing_referral (id, person_id, person_pk, kind, organisation_id, sent_on, status, status_on, "
    "  outcome, referred_by, created_at) "
    "SELECT 'bench-list-housing-' || x.w || x.n, x.id, x.pk, "
    "  CASE x.n %% 5 WHEN 0 THEN 'prevention' WHEN 1 THEN 'relief' WHEN 2 THEN 'floating-support' "
    "    WHEN 3 THEN 'supported-accommodation' ELSE 'adaptations' END, '%2$s', x.sent_on, "
    "  CASE WHEN x.closed THEN 'closed' ELSE CASE x.n %% 5 WHEN 0 THEN 'sent' WHEN 1 THEN 'acknowledged' "
    "    WHEN 2 THEN 'assessed' WHEN 3 THEN 'offered' ELSE 'in-place' END END, date (x.sent_on, '+7 days'), "
    "  CASE WHEN x.closed THEN 'home-kept' ELSE 'none' END, '%3$s', x.sent_on || 'T12:00:00Z' "
    "  FROM (SELECT y.*, date ('%1$s', '-' || CASE WHEN y.closed THEN 200 + y.n %% 1500 ELSE 10 + y.n * 11 %% 150 END "
    "          || ' days') AS sent_on "
    "          FROM (SELECT 'c' AS w, n, pk, id, 0 AS closed FROM care WHERE n BETWEEN 1000 AND 1500 "
    "                UNION ALL SELECT 'a', n, pk, id, 0 FROM anyone WHERE n BETWEEN 5721 AND 6220 "
    "                UNION ALL SELECT 'a', n, pk, id, 1 FROM anyone WHERE n BETWEEN 6221 AND 8220) y) x",
    now_text, eput, manager);
  bench_exec (db, sql);
  bench_exec (db, "DROP TABLE care; DROP TABLE anyone; DROP TABLE worker; COMMIT; PRAGMA wal_checkpoint (TRUNCATE)");
  sqlite3_close (db);
  g_print ("Added in %.1f s\n", bench_elapsed_ms (start) / 1000.0);
}

/* The desk file at @path, with its demo people and CASELOAD_BENCH_REFERRALS referrals
 * (made or added as missing). */
static void
prepare_desk_file (const char    *path,
                   CaseloadClock *clock,
                   GDateTime     *now)
{
  const char *referrals_env = g_getenv ("CASELOAD_BENCH_REFERRALS");
  guint n_referrals = referrals_env != NULL ? (guint) atoi (referrals_env) : 150000;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autofree char *pathway_rows = NULL;
  gint64 existing = 0;

  bench_seed_demo (path, clock, 100000, 10);

  sqlite3_open (path, &db);
  sqlite3_prepare_v2 (db, "SELECT count(*) FROM referral", -1, &stmt, NULL);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    existing = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  if (existing < n_referrals)
    {
      gint64 start = g_get_monotonic_time ();

      g_print ("Adding %u referrals…\n", n_referrals - (guint) existing);
      add_referrals (path, n_referrals - (guint) existing, g_date_time_to_unix (now));
      g_print ("Added in %.1f s\n", bench_elapsed_ms (start) / 1000.0);
    }

  sqlite3_open (path, &db);
  pathway_rows = bench_scalar (db, "SELECT count(*) FROM od_episode WHERE id LIKE 'bench-list-%'");
  sqlite3_close (db);
  if (g_strcmp0 (pathway_rows, "0") == 0)
    add_pathways (path, g_date_time_to_unix (now));
}

/* Who the benchmark acts as: on SQLite one store for both, on the site a desk each. */
typedef struct {
  CaseloadStore *manager_store;
  CaseloadStaff *manager;
  CaseloadStore *nurse_store;
  CaseloadStaff *nurse;
  const char    *worker_id;
} Desks;

typedef struct {
  const char         *name;
  CaseloadStore      *store;
  CaseloadStaff      *actor;
  CaseloadCaseQuery  *query;
} ListCase;

static gboolean
wanted (const char *name)
{
  const char *only = g_getenv ("CASELOAD_BENCH_ONLY");

  return only == NULL || strstr (name, only) != NULL;
}

static void
report (const char *name,
        const char *what,
        guint       n,
        GArray     *samples,
        GArray     *cpu,
        double      target,
        gboolean   *all_met)
{
  double p50 = bench_percentile (samples, 0.5);
  double p95 = bench_percentile (samples, 0.95);

  g_print ("  %-44s %6u %s  p50 %6.2f  p95 %6.2f ms (CPU p50 %6.2f  p95 %6.2f)  target ≤ %.0f ms: %s\n",
           name, n, what, p50, p95, bench_percentile (cpu, 0.5), bench_percentile (cpu, 0.95), target,
           p95 <= target ? "met" : "MISSED");
  *all_met = *all_met && p95 <= target;
}

static void
time_list (ListCase *list,
           gboolean *all_met)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  guint count = 0;

  for (guint i = 0; i < N_RUNS; i++)
    {
      g_autoptr(GPtrArray) page = NULL;
      gint64 start = g_get_monotonic_time ();
      gint64 cpu_start = bench_cpu_now ();
      double ms, cpu_ms;

      if (!caseload_store_count_cases (list->store, list->actor, list->query, &count, &error))
        g_error ("%s: %s", list->name, error->message);
      page = caseload_store_list_cases (list->store, list->actor, list->query, 0, PAGE, &error);
      ms = bench_elapsed_ms (start);
      if (page == NULL)
        g_error ("%s: %s", list->name, error->message);
      cpu_ms = (double) (bench_cpu_now () - cpu_start) / 1000.0;
      g_assert_cmpuint (page->len, ==, MIN (count, PAGE));
      g_array_append_val (samples, ms);
      g_array_append_val (cpu, cpu_ms);
    }
  report (list->name, "rows", count, samples, cpu, 20, all_met);
}

static void
time_tasks (Desks    *desks,
            gboolean *all_met)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  guint n = 0;

  for (guint i = 0; i < N_RUNS; i++)
    {
      g_autoptr(GPtrArray) tasks = NULL;
      gint64 start = g_get_monotonic_time ();
      gint64 cpu_start = bench_cpu_now ();
      double ms, cpu_ms;

      tasks = caseload_store_list_tasks (desks->nurse_store, desks->nurse, caseload_staff_get_id (desks->nurse),
                                         NULL, FALSE, 0, PAGE, &error);
      ms = bench_elapsed_ms (start);
      cpu_ms = (double) (bench_cpu_now () - cpu_start) / 1000.0;
      if (tasks == NULL)
        g_error ("My tasks: %s", error->message);
      g_array_append_val (samples, ms);
      g_array_append_val (cpu, cpu_ms);
      n = tasks->len;
    }
  report ("My tasks (nurse), first page", "rows", n, samples, cpu, 20, all_met);
}

static void
time_dashboard (Desks      *desks,
                const char *name,
                const char *from,
                const char *to,
                const char *pcn,
                gboolean   *all_met)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  guint referrals_in = 0;

  for (guint i = 0; i < N_RUNS / 4; i++)
    {
      g_autoptr(CaseloadDashboard) dashboard = NULL;
      gint64 start = g_get_monotonic_time ();
      gint64 cpu_start = bench_cpu_now ();
      double ms, cpu_ms;

      dashboard = caseload_store_read_dashboard (desks->manager_store, desks->manager, from, to, pcn, &error);
      ms = bench_elapsed_ms (start);
      cpu_ms = (double) (bench_cpu_now () - cpu_start) / 1000.0;
      if (dashboard == NULL)
        g_error ("Dashboard: %s", error->message);
      g_array_append_val (samples, ms);
      g_array_append_val (cpu, cpu_ms);
      referrals_in = 0;
      for (guint j = 0; j < dashboard->referrals_in->len; j++)
        referrals_in += g_array_index (dashboard->referrals_in, CaseloadDashboardCount, j).count;
    }
  report (name, "in  ", referrals_in, samples, cpu, 150, all_met);
}

/* Every list's first page and the dashboard; FALSE if any missed its target. */
static gboolean
measure (Desks *desks)
{
  g_autoptr(GPtrArray) queries = g_ptr_array_new_with_free_func ((GDestroyNotify) caseload_case_query_free);
  CaseloadStore *m = desks->manager_store, *n = desks->nurse_store;
  gboolean all_met = TRUE;
  ListCase lists[] = {
    { "My caseload (nurse)", n, desks->nurse, caseload_case_query_new (CASELOAD_LIST_MY_CASELOAD) },
    { "My caseload, by next review", n, desks->nurse, caseload_case_query_new (CASELOAD_LIST_MY_CASELOAD) },
    { "Team caseload (by worker)", m, desks->manager, caseload_case_query_new (CASELOAD_LIST_TEAM_CASELOAD) },
    { "Team caseload, one worker, by last contact", m, desks->manager, caseload_case_query_new (CASELOAD_LIST_TEAM_CASELOAD) },
    { "Team caseload, Grays PCN, by name", m, desks->manager, caseload_case_query_new (CASELOAD_LIST_TEAM_CASELOAD) },
    { "Waiting list", m, desks->manager, caseload_case_query_new (CASELOAD_LIST_WAITING) },
    { "Waiting list, breached, by due", m, desks->manager, caseload_case_query_new (CASELOAD_LIST_WAITING) },
    { "Waiting list, urgent, Grays PCN", m, desks->manager, caseload_case_query_new (CASELOAD_LIST_WAITING) },
    { "Waiting list, search \"smi\"", m, desks->manager, caseload_case_query_new (CASELOAD_LIST_WAITING) },
    { "Unallocated", m, desks->manager, caseload_case_query_new (CASELOAD_LIST_UNALLOCATED) },
    { "Unallocated, near breach, by wait", m, desks->manager, caseload_case_query_new (CASELOAD_LIST_UNALLOCATED) },
  };
  const struct { const char *name; const char *from; const char *to; const char *pcn; } ranges[] = {
    { "Dashboard, last 12 months", "2025-11-23", "2026-11-22", NULL },
    { "Dashboard, last 12 months, Grays PCN", "2025-11-23", "2026-11-22", "Grays" },
    { "Dashboard, five years", "2021-11-23", "2026-11-22", NULL },
  };

  lists[1].query->sort = CASELOAD_CASE_SORT_NEXT_REVIEW;
  lists[3].query->worker_id = g_strdup (desks->worker_id);
  lists[3].query->sort = CASELOAD_CASE_SORT_LAST_CONTACT;
  lists[4].query->pcn = g_strdup ("Grays");
  lists[4].query->sort = CASELOAD_CASE_SORT_NAME;
  lists[6].query->breach = CASELOAD_BREACH_FILTER_BREACHED;
  lists[6].query->sort = CASELOAD_CASE_SORT_DUE;
  lists[7].query->urgency = CASELOAD_URGENCY_URGENT;
  lists[7].query->pcn = g_strdup ("Grays");
  lists[8].query->search = g_strdup ("smi");
  lists[10].query->breach = CASELOAD_BREACH_FILTER_NEAR_OR_BREACHED;
  lists[10].query->sort = CASELOAD_CASE_SORT_WAIT;

  g_print ("\nCaseload lists: count and first %u rows (%u runs each)\n", PAGE, N_RUNS);
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      if (wanted (lists[i].name))
        time_list (&lists[i], &all_met);
      g_ptr_array_add (queries, lists[i].query);
    }
  /* Each list the pathway filter is offered on, for each pathway. */
  g_print ("\nFiltered by pathway: count and first %u rows (%u runs each)\n", PAGE, N_RUNS);
  for (guint l = 0; l < 3; l++)
    for (int p = CASELOAD_PATHWAY_STEPPS; p <= CASELOAD_PATHWAY_HOUSING; p++)
      {
        ListCase *base = &lists[l == 0 ? 0 : l == 1 ? 2 : 5];
        g_autofree char *name = g_strdup_printf ("%s, %s", l == 0 ? "My caseload (nurse)" : l == 1 ? "Team caseload"
                                                                                             : "Waiting list",
                                                 caseload_pathway_to_code ((CaseloadPathway) p));
        ListCase list = { name, base->store, base->actor, caseload_case_query_new (base->query->kind) };

        list.query->pathway = p;
        if (wanted (name))
          time_list (&list, &all_met);
        g_ptr_array_add (queries, list.query);
      }
  /* My tasks: the nurse's open tasks, soonest first. */
  if (wanted ("My tasks"))
    time_tasks (desks, &all_met);

  g_print ("\nDashboard (%u runs each)\n", N_RUNS / 4);
  for (guint r = 0; r < G_N_ELEMENTS (ranges); r++)
    if (wanted (ranges[r].name))
      time_dashboard (desks, ranges[r].name, ranges[r].from, ranges[r].to, ranges[r].pcn, &all_met);
  return all_met;
}

static gboolean
measure_desk_file (const char    *path,
                   CaseloadClock *clock)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStore) store = caseload_store_sqlite_new (path, clock, &error);
  g_autoptr(GPtrArray) staff = NULL;
  Desks desks = { store, NULL, store, NULL, NULL };

  g_assert_no_error (error);
  staff = caseload_store_list_staff (store, &error);
  g_assert_no_error (error);
  desks.manager = test_staff_named (staff, "morven.adeyinka");
  desks.nurse = test_staff_named (staff, "adaeze.nwosu");
  desks.worker_id = caseload_staff_get_id (test_staff_named (staff, "marcus.campbell"));
  return measure (&desks);
}

static void
run_admin (const char *const *argv)
{
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, &error)
      || !g_spawn_check_wait_status (status, &error))
    g_error ("caseload-admin %s: %s", argv[1], error != NULL ? error->message : "failed");
}

/* The same figures on the shared site: @database already filled, or (NULL) a new one
 * filled from the desk file @path and dropped afterwards. */
static gboolean
measure_site (const char    *server,
              const char    *database,
              const char    *path,
              CaseloadClock *clock)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *made = database == NULL ? test_pg_create_database () : NULL;
  g_autofree char *uri = test_pg_uri_for_database (server, made != NULL ? made : database);
  g_autoptr(CaseloadStore) admin = NULL;
  g_autoptr(CaseloadStore) manager_desk = NULL;
  g_autoptr(CaseloadStore) nurse_desk = NULL;
  g_autoptr(CaseloadStaff) manager = NULL;
  g_autoptr(CaseloadStaff) nurse = NULL;
  g_autoptr(GPtrArray) staff = NULL;
  static const char * const users[] = { "morven.adeyinka", "adaeze.nwosu" };
  Desks desks = { NULL };
  gboolean all_met;

  if (made != NULL)
    {
      const char *admin_exe = g_getenv ("CASELOAD_ADMIN");
      const char *migrate[] = { admin_exe, "--database", uri, "migrate", NULL };
      const char *copy[] = { admin_exe, "copy", "--from", path, "--to", uri, NULL };
      gint64 start = g_get_monotonic_time ();
      PGconn *owner;

      if (admin_exe == NULL)
        g_error ("CASELOAD_ADMIN must name caseload-admin (meson sets it)");
      g_print ("Copying the desk into the site…\n");
      run_admin (migrate);
      run_admin (copy);
      owner = test_pg_connect (uri, NULL, NULL);
      test_pg_exec (owner, "VACUUM ANALYZE");
      PQfinish (owner);
      g_print ("Copied in %.1f s\n", bench_elapsed_ms (start) / 1000.0);
    }

  admin = caseload_store_postgresql_open_admin (uri, clock, TRUE, &error);
  if (admin == NULL)
    g_error ("Could not open the benchmark database: %s", error->message);
  staff = caseload_store_list_staff (admin, &error);
  g_assert_no_error (error);
  /* Staff moved from a desk have no password on the site yet. */
  for (guint i = 0; i < G_N_ELEMENTS (users); i++)
    if (!caseload_store_set_password (admin, NULL, caseload_staff_get_id (test_staff_named (staff, users[i])),
                                      TEST_DEMO_PASSWORD, FALSE, &error))
      g_error ("Could not set %s's password: %s", users[i], error->message);
  manager_desk = test_pg_desk_open (uri, clock, users[0], &manager);
  nurse_desk = test_pg_desk_open (uri, clock, users[1], &nurse);
  desks.manager_store = manager_desk;
  desks.manager = manager;
  desks.nurse_store = nurse_desk;
  desks.nurse = nurse;
  desks.worker_id = caseload_staff_get_id (test_staff_named (staff, "marcus.campbell"));
  all_met = measure (&desks);

  g_clear_object (&manager_desk);
  g_clear_object (&nurse_desk);
  g_clear_object (&admin);
  if (made != NULL)
    test_pg_drop_database (made);
  return all_met;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 22, 10, 0, 0);
  g_autoptr(CaseloadClock) clock = caseload_clock_new_fixed (now);
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  const char *pg_database = g_getenv ("CASELOAD_BENCH_PG_DATABASE");
  const char *server = g_getenv ("CASELOAD_TEST_POSTGRESQL");
  gboolean site = g_strcmp0 (g_getenv ("CASELOAD_BENCH_BACKEND"), "postgresql") == 0
                  || (pg_database != NULL && *pg_database != '\0');
  gboolean all_met;

  setlocale (LC_ALL, "");

  if (site && (server == NULL || *server == '\0'))
    {
      g_printerr ("CASELOAD_TEST_POSTGRESQL is not set: no server to benchmark (see build-aux/pg-throwaway)\n");
      return 77;
    }
  if (pg_database != NULL && *pg_database == '\0')
    pg_database = NULL;

  path = bench_database_path (&dir);
  /* An already filled site needs no desk file. */
  if (pg_database == NULL)
    prepare_desk_file (path, clock, now);

  all_met = site ? measure_site (server, pg_database, path, clock) : measure_desk_file (path, clock);
  bench_remove_database (dir, path);
  return all_met ? EXIT_SUCCESS : EXIT_FAILURE;
}
