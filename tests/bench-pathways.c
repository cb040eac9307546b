/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The pathways dashboard benchmark (meson test --benchmark pathways-dashboard): adds
 * five years of pathway records to the 100,000-person benchmark database (60 STEPPS
 * cohorts of 10 with their 20 sessions and attendance, 6,000 Open Dialogue episodes,
 * 8,000 IPS referrals with employer contacts and jobs, fidelity reviews, 10,000 housing
 * referrals and 30,000 accommodation statuses), then times the team manager's dashboard,
 * whose Pathways section reads them all. Target: 150 ms (p50 and p95); the CPU time is
 * shown too, since on a shared machine the wall clock also counts waiting for a core.
 *
 * CASELOAD_BENCH_DB: the database to use (made with 100,000 demo people if missing, as
 * bench-store and bench-referrals make it); it is changed, so point it at a copy.
 * CASELOAD_BENCH_PEOPLE: people for a new database.
 */
#include "config.h"

#include <locale.h>
#include <sqlite3.h>
#include <stdlib.h>

#include "bench-util.h"
#include "caseload-core.h"
#include "test-util.h"

#define N_RUNS       20
#define DAY          86400
#define N_COHORTS    60
#define N_EPISODES   6000
#define N_IPS        8000
#define N_HOUSING    10000
#define N_HOMES      30000

/* Binds the texts (NULL: SQL NULL), one per parameter, then runs the statement. */
static void
run (sqlite3      *db,
     sqlite3_stmt *stmt,
     ...)
{
  va_list args;

  va_start (args, stmt);
  for (int i = 1; i <= sqlite3_bind_parameter_count (stmt); i++)
    {
      const char *text = va_arg (args, const char *);

      if (text != NULL)
        sqlite3_bind_text (stmt, i, text, -1, SQLITE_TRANSIENT);
    }
  va_end (args);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    g_error ("Insert failed: %s", sqlite3_errmsg (db));
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

/* "2026-11-22" or "2026-11-22T10:00:00Z", @days before @now (negative: after). */
static char *
day_text (gint64 now,
          double days,
          gboolean with_time)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (now - (gint64) (days * DAY));

  return g_date_time_format (time, with_time ? "%Y-%m-%dT%H:%M:%SZ" : "%Y-%m-%d");
}

typedef struct {
  sqlite3   *db;
  GRand     *rand;
  GPtrArray *person_ids;
  GPtrArray *staff_ids;
  char      *organisation;   /* the manager's */
  char      *manager;
  gint64     now;
} Filler;

static const char *
some_person (Filler *f)
{
  return g_ptr_array_index (f->person_ids, g_rand_int_range (f->rand, 0, (gint32) f->person_ids->len));
}

static const char *
some_staff (Filler *f)
{
  return g_ptr_array_index (f->staff_ids, g_rand_int_range (f->rand, 0, (gint32) f->staff_ids->len));
}

#define PK "(SELECT pk FROM person WHERE id = ?1)"

static void
add_cohorts (Filler *f)
{
  sqlite3_stmt *cohort = bench_prepare (f->db, "INSERT INTO stepps_cohort (id, name, programme, n_sessions, session_minutes, "
                                         "start_on, end_on, completion_percent, organisation_id, created_by, created_at) "
                                         "VALUES (?1, ?2, 'stepps-20', 20, 120, ?3, ?4, 75, ?5, ?6, ?3)");
  sqlite3_stmt *participant = bench_prepare (f->db, "INSERT INTO stepps_participant (person_id, id, cohort_id, person_pk, "
                                              "joined_on, created_by, created_at) VALUES (?1, ?2, ?3, " PK ", ?4, ?5, ?4)");
  sqlite3_stmt *session = bench_prepare (f->db, "INSERT INTO stepps_session (id, cohort_id, number, held_on) "
                                          "VALUES (?1, ?2, ?3, ?4)");
  sqlite3_stmt *attendance = bench_prepare (f->db, "INSERT INTO stepps_attendance (session_id, participant_id, person_pk, "
                                             "status, best_total, recorded_by, recorded_at) "
                                             "VALUES (?1, ?2, (SELECT person_pk FROM stepps_participant WHERE id = ?2), "
                                             "?3, ?4, ?5, ?6)");

  for (guint c = 0; c < N_COHORTS; c++)
    {
      /* One a month, the last still running */
      double start_days = 5 * 365 - c * 30.0;
      g_autofree char *id = g_strdup_printf ("bench-cohort-%u", c);
      g_autofree char *name = g_strdup_printf ("Cohort %u", c + 1);
      g_autofree char *start = day_text (f->now, start_days, FALSE);
      g_autofree char *end = day_text (f->now, start_days - 19 * 7, FALSE);
      g_autofree char *participants[10] = { NULL };

      run (f->db, cohort, id, name, start, end, f->organisation, f->manager);
      for (guint p = 0; p < 10; p++)
        {
          participants[p] = g_strdup_printf ("%s-p%u", id, p);
          run (f->db, participant, some_person (f), participants[p], id, start, f->manager);
        }
      for (guint s = 1; s <= 20; s++)
        {
          g_autofree char *session_id = g_strdup_printf ("%s-s%u", id, s);
          g_autofree char *number = g_strdup_printf ("%u", s);
          g_autofree char *held = day_text (f->now, start_days - (s - 1) * 7, FALSE);
          g_autofree char *at = day_text (f->now, start_days - (s - 1) * 7 - 0.1, TRUE);

          run (f->db, session, session_id, id, number, held);
          if (start_days - (s - 1) * 7 < 0)
            continue;
          for (guint p = 0; p < 10; p++)
            {
              int roll = g_rand_int_range (f->rand, 0, 10);
              g_autofree char *best = s % 2 == 1 ? g_strdup_printf ("%d", 60 - (int) s + g_rand_int_range (f->rand, -5, 5))
                                                 : NULL;

              run (f->db, attendance, session_id, participants[p],
                   roll < 8 ? "attended" : roll < 9 ? "apologies" : "did-not-attend", best, f->manager, at);
            }
        }
    }
  sqlite3_finalize (cohort);
  sqlite3_finalize (participant);
  sqlite3_finalize (session);
  sqlite3_finalize (attendance);
}

static void
add_open_dialogue (Filler *f)
{
  sqlite3_stmt *episode = bench_prepare (f->db, "INSERT INTO od_episode (person_id, id, person_pk, start_kind, contact_at, "
                                          "first_meeting_at, ended_on, organisation_id, recorded_by, created_at) "
                                          "VALUES (?1, ?2, " PK ", 'crisis-contact', ?3, ?4, ?5, ?6, ?7, ?3)");

  for (guint i = 0; i < N_EPISODES; i++)
    {
      double days = g_rand_double_range (f->rand, 0.05, 5 * 365);
      g_autofree char *id = g_strdup_printf ("bench-episode-%u", i);
      g_autofree char *contact = day_text (f->now, days, TRUE);
      /* Most met within a day, some late, a few not yet */
      double hours = g_rand_int_range (f->rand, 0, 50) == 0 ? -1 : g_rand_double_range (f->rand, 2, 30);
      g_autofree char *met = hours > 0 && days * 24 > hours ? day_text (f->now, days - hours / 24, TRUE) : NULL;
      g_autofree char *ended = days > 120 ? day_text (f->now, days - 90, FALSE) : NULL;

      run (f->db, episode, some_person (f), id, contact, met, ended, f->organisation, f->manager);
    }
  sqlite3_finalize (episode);
}

static void
add_ips (Filler *f)
{
  sqlite3_stmt *referral = bench_prepare (f->db, "INSERT INTO ips_referral (person_id, id, person_pk, wants_work, referred_on, "
                                           "referred_by, specialist_id, engaged_on, job_search_on, closed_on, "
                                           "organisation_id, created_at) "
                                           "VALUES (?1, ?2, " PK ", 1, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?3)");
  sqlite3_stmt *contact = bench_prepare (f->db, "INSERT INTO ips_employer_contact (person_pk, id, referral_id, employer, "
                                          "contacted_on, outcome, recorded_by, created_at) "
                                          "VALUES ((SELECT person_pk FROM ips_referral WHERE id = ?3), ?2, ?3, "
                                          "'Thurrock Garden Centre', ?4, 'follow-up', ?5, ?4)");
  sqlite3_stmt *job = bench_prepare (f->db, "INSERT INTO ips_job (person_pk, id, referral_id, employer, role, hours_per_week, "
                                      "pay_type, started_on, recorded_by, created_at) "
                                      "VALUES ((SELECT person_pk FROM ips_referral WHERE id = ?3), ?2, ?3, "
                                      "'Lakeside', 'Sales assistant', ?4, 'hourly', ?5, ?6, ?5)");
  const char *specialists[6];

  for (guint s = 0; s < G_N_ELEMENTS (specialists); s++)
    specialists[s] = some_staff (f);
  for (guint i = 0; i < N_IPS; i++)
    {
      double days = g_rand_double_range (f->rand, 1, 5 * 365);
      g_autofree char *id = g_strdup_printf ("bench-ips-%u", i);
      g_autofree char *referred = day_text (f->now, days, FALSE);
      g_autofree char *engaged = days > 14 ? day_text (f->now, days - 10, FALSE) : NULL;
      g_autofree char *search = days > 30 ? day_text (f->now, days - 25, FALSE) : NULL;
      g_autofree char *closed = days > 400 ? day_text (f->now, days - 365, FALSE) : NULL;
      guint n_contacts = days > 30 ? (guint) g_rand_int_range (f->rand, 0, 6) : 0;

      run (f->db, referral, some_person (f), id, referred, f->manager,
           specialists[g_rand_int_range (f->rand, 0, G_N_ELEMENTS (specialists))], engaged, search, closed,
           f->organisation);
      for (guint c = 0; c < n_contacts; c++)
        {
          g_autofree char *contact_id = g_strdup_printf ("%s-c%u", id, c);
          g_autofree char *on = day_text (f->now, days - 20 - c * 5, FALSE);

          run (f->db, contact, NULL, contact_id, id, on, f->manager);
        }
      if (n_contacts > 2)
        {
          g_autofree char *job_id = g_strdup_printf ("%s-j", id);
          g_autofree char *hours = g_strdup_printf ("%d", g_rand_int_range (f->rand, 2, 38));
          g_autofree char *on = day_text (f->now, days - 60 > 0 ? days - 60 : 0, FALSE);

          run (f->db, job, NULL, job_id, id, hours, on, f->manager);
        }
    }
  sqlite3_finalize (referral);
  sqlite3_finalize (contact);
  sqlite3_finalize (job);

  for (guint r = 0; r < 10; r++)
    {
      g_autofree char *sql = NULL;
      g_autofree char *on = day_text (f->now, 30 + r * 180, FALSE);

      sql = g_strdup_printf ("INSERT INTO ips_fidelity_review (id, service, reviewed_on, scores, total, band, "
                             "recorded_by, created_at) VALUES ('bench-review-%u', 'Thurrock IPS', '%s', "
                             "'4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4', 100, 'good', '%s', '%sT12:00:00Z')",
                             r, on, f->manager, on);
      bench_exec (f->db, sql);
    }
}

static void
add_housing (Filler *f)
{
  static const char * const statuses[] = { "sent", "acknowledged", "assessed", "offered", "in-place" };
  static const char * const homes[] = { "settled", "settled", "settled", "at-risk", "temporary", "homeless",
                                        "supported", "hospital" };
  sqlite3_stmt *referral = bench_prepare (f->db, "INSERT INTO housing_referral (person_id, id, person_pk, kind, "
                                           "organisation_id, sent_on, status, status_on, outcome, referred_by, "
                                           "created_at) VALUES (?1, ?2, " PK ", 'prevention', ?3, ?4, ?5, ?6, ?7, ?8, ?4)");
  sqlite3_stmt *home = bench_prepare (f->db, "INSERT INTO accommodation_status (person_id, id, person_pk, status, from_on, "
                                       "recorded_by, created_at) VALUES (?1, ?2, " PK ", ?3, ?4, ?5, ?4)");
  const char *person = NULL;

  for (guint i = 0; i < N_HOUSING; i++)
    {
      double days = g_rand_double_range (f->rand, 1, 5 * 365);
      g_autofree char *id = g_strdup_printf ("bench-housing-%u", i);
      g_autofree char *sent = day_text (f->now, days, FALSE);
      gboolean closed = days > 180 || g_rand_int_range (f->rand, 0, 3) == 0;
      g_autofree char *status_on = day_text (f->now, days * 0.7, FALSE);

      run (f->db, referral, some_person (f), id, f->organisation, sent,
           closed ? "closed" : statuses[g_rand_int_range (f->rand, 0, G_N_ELEMENTS (statuses))], status_on,
           closed ? "home-kept" : "none", f->manager);
    }
  /* Two thirds of the statuses are a person's first; the rest follow someone's */
  for (guint i = 0; i < N_HOMES; i++)
    {
      g_autofree char *id = g_strdup_printf ("bench-home-%u", i);
      g_autofree char *from = day_text (f->now, g_rand_double_range (f->rand, 1, 5 * 365), FALSE);

      if (person == NULL || g_rand_int_range (f->rand, 0, 3) != 0)
        person = some_person (f);
      run (f->db, home, person, id, homes[g_rand_int_range (f->rand, 0, G_N_ELEMENTS (homes))], from, f->manager);
    }
  sqlite3_finalize (referral);
  sqlite3_finalize (home);
}

/* Straight into the file, as the saves would leave the tables; the manager's organisation
 * may see everyone on a pathway (as its referrals and allocations would make it). */
static void
add_pathways (const char *path,
              gint64      now)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(GPtrArray) person_ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) staff_ids = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *access = NULL;
  Filler f = { 0 };
  sqlite3_stmt *stmt;

  if (sqlite3_open (path, &f.db) != SQLITE_OK)
    g_error ("Could not open %s", path);
  bench_exec (f.db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF; BEGIN");
  f.rand = rand;
  f.now = now;
  f.person_ids = person_ids;
  f.staff_ids = staff_ids;
  f.manager = bench_scalar (f.db, "SELECT id FROM staff WHERE username = 'morven.adeyinka'");
  g_assert_nonnull (f.manager);
  f.organisation = bench_scalar (f.db, "SELECT organisation_id FROM staff WHERE username = 'morven.adeyinka'");
  stmt = bench_prepare (f.db, "SELECT id FROM person ORDER BY pk");
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (person_ids, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  stmt = bench_prepare (f.db, "SELECT id FROM staff WHERE active AND access_role NOT IN ('team-manager', 'administrator')");
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (staff_ids, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  add_cohorts (&f);
  add_open_dialogue (&f);
  add_ips (&f);
  add_housing (&f);

  access = g_strdup_printf ("INSERT OR IGNORE INTO person_access (organisation_id, pk, sort_key, may_add) "
                            "SELECT '%1$s', x.pk, o.sort_key, 1 FROM (SELECT person_pk AS pk FROM stepps_participant "
                            "UNION SELECT person_pk FROM od_episode UNION SELECT person_pk FROM ips_referral "
                            "UNION SELECT person_pk FROM housing_referral UNION SELECT person_pk FROM accommodation_status) x "
                            "JOIN person_order o ON o.pk = x.pk", f.organisation);
  bench_exec (f.db, access);
  bench_exec (f.db, "COMMIT; ANALYZE; PRAGMA wal_checkpoint (TRUNCATE)");
  sqlite3_close (f.db);
  g_free (f.manager);
  g_free (f.organisation);
}

/* The team manager the dashboard is read as, at the trust, when an older benchmark
 * database has none. */
static void
add_manager (CaseloadStore *store,
             GPtrArray     *staff)
{
  g_autoptr(CaseloadStaff) manager = NULL;
  g_autoptr(GPtrArray) organisations = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < staff->len; i++)
    if (g_strcmp0 (caseload_staff_get_username (g_ptr_array_index (staff, i)), "morven.adeyinka") == 0)
      return;
  organisations = caseload_store_list_organisations (store, &error);
  g_assert_no_error (error);
  manager = caseload_staff_new ();
  caseload_staff_set_display_name (manager, "Morven Adeyinka");
  caseload_staff_set_role (manager, "Team manager");
  caseload_staff_set_access_role (manager, CASELOAD_ROLE_TEAM_MANAGER);
  caseload_staff_set_username (manager, "morven.adeyinka");
  for (guint i = 0; i < organisations->len; i++)
    if (caseload_organisation_get_kind (g_ptr_array_index (organisations, i)) == CASELOAD_ORGANISATION_MENTAL_HEALTH_TRUST)
      caseload_staff_set_organisation_id (manager, caseload_organisation_get_id (g_ptr_array_index (organisations, i)));
  if (!caseload_store_save_staff (store, NULL, manager, &error))
    g_error ("Could not add the team manager: %s", error->message);
}

static void
prepare_file (const char    *path,
              CaseloadClock *clock,
              GDateTime     *now)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(GPtrArray) staff = NULL;
  g_autofree char *episodes = NULL;
  sqlite3 *db = NULL;

  bench_seed_demo (path, clock, 100000, 2);
  store = caseload_store_sqlite_new (path, clock, &error);
  g_assert_no_error (error);
  staff = caseload_store_list_staff (store, &error);
  g_assert_no_error (error);
  add_manager (store, staff);
  g_clear_object (&store);

  sqlite3_open (path, &db);
  episodes = bench_scalar (db, "SELECT count(*) FROM od_episode WHERE id LIKE 'bench-%'");
  sqlite3_close (db);
  if (g_strcmp0 (episodes, "0") == 0)
    {
      gint64 start = g_get_monotonic_time ();

      g_print ("Adding pathway records…\n");
      add_pathways (path, g_date_time_to_unix (now));
      g_print ("Added in %.1f s\n", bench_elapsed_ms (start) / 1000.0);
    }
}

static void
report (const char *name,
        GArray     *samples,
        GArray     *cpu,
        double      target,
        gboolean   *all_met)
{
  double p50 = bench_percentile (samples, 0.5);
  double p95 = bench_percentile (samples, 0.95);

  g_print ("  %-46s p50 %7.2f  p95 %7.2f ms (CPU p50 %7.2f  p95 %7.2f)  target ≤ %.0f ms: %s\n",
           name, p50, p95, bench_percentile (cpu, 0.5), bench_percentile (cpu, 0.95), target,
           p50 <= target && p95 <= target ? "met" : "MISSED");
  *all_met = *all_met && p50 <= target && p95 <= target;
}

static void
time_dashboard (CaseloadStore *store,
                CaseloadStaff *manager,
                const char    *name,
                const char    *from,
                const char    *to,
                const char    *pcn,
                gboolean      *all_met)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadDashboard) last = NULL;

  for (guint i = 0; i < N_RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      gint64 cpu_start = bench_cpu_now ();
      double ms, cpu_ms;

      g_clear_pointer (&last, caseload_dashboard_free);
      last = caseload_store_read_dashboard (store, manager, from, to, pcn, &error);
      ms = bench_elapsed_ms (start);
      cpu_ms = (double) (bench_cpu_now () - cpu_start) / 1000.0;
      if (last == NULL)
        g_error ("Dashboard: %s", error->message);
      g_array_append_val (samples, ms);
      g_array_append_val (cpu, cpu_ms);
    }
  report (name, samples, cpu, 150, all_met);
  g_print ("    %u cohorts, %u Open Dialogue episodes (%u met in 24 hours), %u IPS rows, %u open housing "
           "referrals sent, %u people not settled\n",
           last->cohorts->len, last->od_episodes, last->od_met, last->ips->len,
           last->housing_by_status[CASELOAD_HOUSING_SENT], last->not_settled);
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
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  CaseloadStaff *manager;
  gboolean all_met = TRUE;

  setlocale (LC_ALL, "");
  path = bench_database_path (&dir);
  prepare_file (path, clock, now);

  store = caseload_store_sqlite_new (path, clock, &error);
  g_assert_no_error (error);
  staff = caseload_store_list_staff (store, &error);
  g_assert_no_error (error);
  manager = test_staff_named (staff, "morven.adeyinka");

  g_print ("\nDashboard with its Pathways section (%u runs each)\n", N_RUNS);
  time_dashboard (store, manager, "Dashboard, last 12 months", "2025-11-23", "2026-11-22", NULL, &all_met);
  time_dashboard (store, manager, "Dashboard, last 12 months, Grays PCN", "2025-11-23", "2026-11-22", "Grays", &all_met);
  time_dashboard (store, manager, "Dashboard, five years", "2021-11-23", "2026-11-22", NULL, &all_met);

  g_clear_object (&store);
  bench_remove_database (dir, path);
  return all_met ? EXIT_SUCCESS : EXIT_FAILURE;
}
