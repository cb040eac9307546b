/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <unistd.h>

#include "caseload-ips.h"
#include "caseload-measure.h"
#include "caseload-store-postgresql.h"
#include "test-util.h"

gboolean
test_backend_is_postgresql (void)
{
  return g_strcmp0 (g_getenv ("CASELOAD_TEST_BACKEND"), "postgresql") == 0;
}

/* GLib writes TAP, and meson counts a TAP program that exits 77 as an error; a plan of
 * nothing, skipped, is how TAP says "skipped". */
G_GNUC_NORETURN static void
skip_program (const char *reason)
{
  g_printerr ("%s\n", reason);
  g_print ("1..0 # SKIP %s\n", reason);
  exit (EXIT_SUCCESS);
}

void
test_init_backend (void)
{
  const char *backend = g_getenv ("CASELOAD_TEST_BACKEND");

  if (backend != NULL && *backend != '\0'
      && g_strcmp0 (backend, "sqlite") != 0 && g_strcmp0 (backend, "postgresql") != 0)
    g_error ("CASELOAD_TEST_BACKEND must be sqlite or postgresql, not %s", backend);
  if (test_backend_is_postgresql ())
    test_require_postgresql ();
}

const char *
test_require_postgresql (void)
{
  const char *uri = g_getenv ("CASELOAD_TEST_POSTGRESQL");

  if (uri == NULL || *uri == '\0')
    skip_program ("CASELOAD_TEST_POSTGRESQL is not set: no PostgreSQL server to test against "
                  "(build-aux/check starts one)");
  return uri;
}

char *
test_pg_uri_for_database (const char *server_uri,
                          const char *database)
{
  const GUriFlags flags = G_URI_FLAGS_ENCODED | G_URI_FLAGS_HAS_PASSWORD | G_URI_FLAGS_NON_DNS;
  g_autoptr(GError) error = NULL;
  g_autoptr(GUri) server = g_uri_parse (server_uri, flags, &error);
  g_autoptr(GUri) uri = NULL;
  g_autofree char *path = NULL;

  g_assert_no_error (error);
  path = g_strconcat ("/", database, NULL);
  uri = g_uri_build_with_user (flags, g_uri_get_scheme (server), g_uri_get_user (server),
                               g_uri_get_password (server), NULL, g_uri_get_host (server),
                               g_uri_get_port (server), path, g_uri_get_query (server), NULL);
  return g_uri_to_string (uri);
}

PGconn *
test_pg_connect (const char *uri,
                 const char *user,
                 const char *password)
{
  const char *keywords[] = { "dbname", "user", "password", NULL };
  const char *values[] = { uri, user, password, NULL };
  PGconn *conn;

  if (user == NULL)
    keywords[1] = NULL;
  conn = PQconnectdbParams (keywords, values, 1);
  if (PQstatus (conn) != CONNECTION_OK)
    g_error ("Could not connect to the test server%s%s: %s", user != NULL ? " as " : "",
             user != NULL ? user : "", PQerrorMessage (conn));
  return conn;
}

void
test_pg_exec (PGconn     *conn,
              const char *sql)
{
  PGresult *result = PQexec (conn, sql);
  ExecStatusType status = PQresultStatus (result);

  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
    g_error ("%s failed: %s", sql, PQresultErrorMessage (result));
  PQclear (result);
}

char *
test_pg_create_database (void)
{
  static gint counter;
  char *database = g_strdup_printf ("caseload_t_%d_%d", (int) getpid (), g_atomic_int_add (&counter, 1));
  g_autofree char *sql = g_strdup_printf ("CREATE DATABASE \"%s\"", database);
  PGconn *conn = test_pg_connect (test_require_postgresql (), NULL, NULL);

  /* A database left by an earlier run that died with this process id. */
  {
    g_autofree char *drop = g_strdup_printf ("DROP DATABASE IF EXISTS \"%s\" WITH (FORCE)", database);
    test_pg_exec (conn, drop);
  }
  test_pg_exec (conn, sql);
  PQfinish (conn);
  return database;
}

void
test_pg_drop_database (const char *database)
{
  g_autofree char *sql = g_strdup_printf ("DROP DATABASE IF EXISTS \"%s\" WITH (FORCE)", database);
  PGconn *conn = test_pg_connect (test_require_postgresql (), NULL, NULL);

  test_pg_exec (conn, sql);
  PQfinish (conn);
}

CaseloadStore *
test_pg_desk_open (const char     *uri,
                   CaseloadClock  *clock,
                   const char     *username,
                   CaseloadStaff **staff)
{
  g_autoptr(GError) error = NULL;
  CaseloadStore *desk = caseload_store_postgresql_new (uri, clock, &error);

  if (desk == NULL)
    g_error ("Could not open a desk: %s", error->message);
  *staff = caseload_store_sign_in (desk, username, TEST_DEMO_PASSWORD, &error);
  if (*staff == NULL)
    g_error ("%s could not sign in: %s", username, error->message);
  return desk;
}

void
test_remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  if (handle == NULL)
    return;
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (dir);
}

static gboolean
timed_out_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

void
test_store_setup (TestStore     *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 22, 10, 0, 0);

  fixture->dir = g_dir_make_tmp ("caseload-test-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->clock = caseload_clock_new_fixed (now);
  if (test_backend_is_postgresql ())
    {
      fixture->database = test_pg_create_database ();
      fixture->uri = test_pg_uri_for_database (test_require_postgresql (), fixture->database);
      fixture->store = caseload_store_postgresql_open_admin (fixture->uri, fixture->clock, TRUE, &error);
    }
  else
    {
      fixture->path = g_build_filename (fixture->dir, "caseload.db", NULL);
      fixture->store = caseload_store_sqlite_new (fixture->path, fixture->clock, &error);
    }
  g_assert_no_error (error);
  g_assert_nonnull (fixture->store);

  fixture->practice = caseload_organisation_new ();
  caseload_organisation_set_name (fixture->practice, "Grays Hall Surgery");
  caseload_organisation_set_kind (fixture->practice, CASELOAD_ORGANISATION_GP_PRACTICE);
  caseload_organisation_set_pcn (fixture->practice, "Grays");
  g_assert_true (caseload_store_save_organisation (fixture->store, fixture->practice, &error));
  g_assert_no_error (error);

  fixture->mind = caseload_organisation_new ();
  caseload_organisation_set_name (fixture->mind, "Thurrock & Brentwood Mind");
  caseload_organisation_set_kind (fixture->mind, CASELOAD_ORGANISATION_VCSE);
  g_assert_true (caseload_store_save_organisation (fixture->store, fixture->mind, &error));
  g_assert_no_error (error);

  fixture->gp = caseload_staff_new ();
  caseload_staff_set_display_name (fixture->gp, "Dr Amara Okonkwo");
  caseload_staff_set_role (fixture->gp, "GP");
  caseload_staff_set_access_role (fixture->gp, CASELOAD_ROLE_PRIMARY_CARE_CLINICIAN);
  caseload_staff_set_username (fixture->gp, "amara.okonkwo");
  caseload_staff_set_organisation_id (fixture->gp, caseload_organisation_get_id (fixture->practice));
  g_assert_true (caseload_store_save_staff (fixture->store, NULL, fixture->gp, &error));
  g_assert_no_error (error);

  fixture->worker = caseload_staff_new ();
  caseload_staff_set_display_name (fixture->worker, "Jordan Reeves");
  caseload_staff_set_role (fixture->worker, "Peer support worker");
  caseload_staff_set_access_role (fixture->worker, CASELOAD_ROLE_PEER_SUPPORT_WORKER);
  caseload_staff_set_username (fixture->worker, "jordan.reeves");
  caseload_staff_set_organisation_id (fixture->worker, caseload_organisation_get_id (fixture->mind));
  g_assert_true (caseload_store_save_staff (fixture->store, NULL, fixture->worker, &error));
  g_assert_no_error (error);
}

void
test_store_teardown (TestStore     *fixture,
                     gconstpointer  data)
{
  g_clear_object (&fixture->gp);
  g_clear_object (&fixture->worker);
  g_clear_object (&fixture->practice);
  g_clear_object (&fixture->mind);

  /* Reads still in flight hold the store until their tasks are done; a worker thread
   * may drop the last reference, so poll rather than block on the main loop. */
  {
    gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

    g_object_add_weak_pointer (G_OBJECT (fixture->store), (gpointer *) &fixture->store);
    g_object_unref (fixture->store);
    while (g_atomic_pointer_get (&fixture->store) != NULL && g_get_monotonic_time () < deadline)
      {
        g_main_context_iteration (NULL, FALSE);
        g_usleep (1000);
      }
    g_assert_null (fixture->store);
  }
  g_clear_object (&fixture->clock);
  if (fixture->database != NULL)
    test_pg_drop_database (fixture->database);
  g_clear_pointer (&fixture->database, g_free);
  g_clear_pointer (&fixture->uri, g_free);
  test_remove_dir (fixture->dir);
  g_clear_pointer (&fixture->path, g_free);
  g_clear_pointer (&fixture->dir, g_free);
}

gboolean
test_raw_try (TestStore  *fixture,
              const char *sql)
{
  gboolean ok;

  if (fixture->uri != NULL)
    {
      PGconn *conn = test_pg_connect (fixture->uri, NULL, NULL);
      PGresult *result;

      test_pg_exec (conn, "SET search_path = caseload, public");
      result = PQexec (conn, sql);
      ok = PQresultStatus (result) == PGRES_COMMAND_OK || PQresultStatus (result) == PGRES_TUPLES_OK;
      if (!ok)
        g_test_message ("%s: %s", sql, PQresultErrorMessage (result));
      PQclear (result);
      PQfinish (conn);
    }
  else
    {
      sqlite3 *db = NULL;
      char *message = NULL;

      g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
      ok = sqlite3_exec (db, sql, NULL, NULL, &message) == SQLITE_OK;
      if (!ok)
        g_test_message ("%s: %s", sql, message);
      sqlite3_free (message);
      sqlite3_close (db);
    }
  return ok;
}

void
test_raw_exec (TestStore  *fixture,
               const char *sql)
{
  if (!test_raw_try (fixture, sql))
    g_error ("SQL failed: %s", sql);
}

CaseloadPerson *
test_person_new (const char *given,
                 const char *family,
                 const char *nhs_number)
{
  CaseloadPerson *person = caseload_person_new ();

  caseload_person_set_given_name (person, given);
  caseload_person_set_family_name (person, family);
  caseload_person_set_nhs_number (person, nhs_number);
  caseload_person_set_date_of_birth (person, "1984-03-12");
  caseload_person_set_postcode (person, "RM17 6SL");
  return person;
}

CaseloadStaff *
test_new_staff (TestStore            *fixture,
                const char           *name,
                const char           *username,
                CaseloadAccessRole    role,
                CaseloadOrganisation *organisation)
{
  g_autoptr(GError) error = NULL;
  CaseloadStaff *staff = caseload_staff_new ();

  caseload_staff_set_display_name (staff, name);
  caseload_staff_set_role (staff, "Mental health practitioner");
  caseload_staff_set_access_role (staff, role);
  caseload_staff_set_username (staff, username);
  caseload_staff_set_organisation_id (staff, caseload_organisation_get_id (organisation));
  g_assert_true (caseload_store_save_staff (fixture->store, NULL, staff, &error));
  g_assert_no_error (error);
  return staff;
}

void
test_add_team (TestStore             *fixture,
               CaseloadOrganisation **eput,
               CaseloadStaff        **nurse,
               CaseloadStaff        **arrs,
               CaseloadStaff        **manager)
{
  g_autoptr(GError) error = NULL;

  *eput = caseload_organisation_new ();
  caseload_organisation_set_name (*eput, "EPUT Community Mental Health");
  caseload_organisation_set_kind (*eput, CASELOAD_ORGANISATION_MENTAL_HEALTH_TRUST);
  g_assert_true (caseload_store_save_organisation (fixture->store, *eput, &error));
  g_assert_no_error (error);
  *nurse = test_new_staff (fixture, "Ngozi Eze", "ngozi.eze", CASELOAD_ROLE_MENTAL_HEALTH_PRACTITIONER, *eput);
  *arrs = test_new_staff (fixture, "Tom Harris", "tom.harris", CASELOAD_ROLE_MENTAL_HEALTH_PRACTITIONER,
                          fixture->practice);
  *manager = test_new_staff (fixture, "Morven Adeyinka", "morven.adeyinka", CASELOAD_ROLE_TEAM_MANAGER,
                             fixture->practice);
}

CaseloadPerson *
test_add_person (TestStore  *fixture,
                 const char *given,
                 const char *family,
                 const char *nhs_number)
{
  g_autoptr(GError) error = NULL;
  CaseloadPerson *person = test_person_new (given, family, nhs_number);

  g_assert_true (caseload_store_create_person (fixture->store, fixture->gp, person, &error));
  g_assert_no_error (error);
  return person;
}

CaseloadPerson *
test_add_practice_person (TestStore  *fixture,
                          const char *given,
                          const char *family)
{
  g_autoptr(GError) error = NULL;
  CaseloadPerson *person = test_person_new (given, family, NULL);

  caseload_person_set_gp_practice_id (person, caseload_organisation_get_id (fixture->practice));
  g_assert_true (caseload_store_create_person (fixture->store, fixture->gp, person, &error));
  g_assert_no_error (error);
  return person;
}

void
test_share (TestStore            *fixture,
            CaseloadPerson       *person,
            CaseloadOrganisation *organisation,
            gboolean              may_view,
            gboolean              may_add)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadConsent) consent = caseload_consent_new ();

  caseload_consent_set_person_id (consent, caseload_person_get_id (person));
  caseload_consent_set_organisation_id (consent, caseload_organisation_get_id (organisation));
  caseload_consent_set_may_view (consent, may_view);
  caseload_consent_set_may_add (consent, may_add);
  caseload_consent_set_method (consent, CASELOAD_CONSENT_METHOD_VERBAL);
  caseload_consent_set_decided_on (consent, "2026-11-01");
  g_assert_true (caseload_store_record_consent (fixture->store, fixture->gp, consent, &error));
  g_assert_no_error (error);
}

CaseloadTimelineEntry *
test_add_entry (TestStore           *fixture,
                CaseloadStaff       *author,
                CaseloadPerson      *person,
                const char          *occurred_at,
                const char          *text,
                CaseloadSensitivity  sensitivity)
{
  g_autoptr(GError) error = NULL;
  CaseloadTimelineEntry *entry = caseload_timeline_entry_new ();

  caseload_timeline_entry_set_person_id (entry, caseload_person_get_id (person));
  caseload_timeline_entry_set_kind (entry, CASELOAD_ENTRY_PHONE_CALL);
  caseload_timeline_entry_set_occurred_at (entry, occurred_at);
  caseload_timeline_entry_set_text (entry, text);
  caseload_timeline_entry_set_sensitivity (entry, sensitivity);
  g_assert_true (caseload_store_add_timeline_entry (fixture->store, author, entry, &error));
  g_assert_no_error (error);
  return entry;
}

void
test_wait_for (gboolean *flag,
               guint     timeout_ms)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (timeout_ms, timed_out_cb, &timed_out);

  while (!*flag && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (!timed_out)
    g_source_remove (id);
  g_assert_false (timed_out);
}

void
test_on_items_changed_cb (GListModel  *model,
                          guint        position,
                          guint        removed,
                          guint        added,
                          TestChanges *changes)
{
  changes->n_signals++;
  changes->last_position = position;
  changes->last_removed = removed;
  changes->last_added = added;
}

void
test_on_notify_set_flag_cb (GObject    *object,
                            GParamSpec *pspec,
                            gboolean   *flag)
{
  *flag = TRUE;
}

/* The dashboard tests' figures, worked out by hand:
 *   by worker: Adaeze Nwosu 12 + 1 = 13 (EPUT), Ioana Popescu 9 (Mind)
 *   by organisation: EPUT 13, Mind 9
 *   in: Mar 2026 GP 3, self 2; Apr 2026 GP 1    out: Apr 2026 to the GP 1, signposted 2
 *   median 3 days 1 hour = 262800 s (73 hours), 90th percentile 20 days = 1728000 s */
CaseloadDashboard *
test_make_dashboard (const char *from,
                     const char *to,
                     const char *pcn)
{
  static const CaseloadDashboardChange changes[] = {
    { CASELOAD_INSTRUMENT_PHQ9, 12, -4 },      /* down: better */
    { CASELOAD_INSTRUMENT_GAD7, 3, 1.5 },      /* up: worse */
    { CASELOAD_INSTRUMENT_SWEMWBS, 9, 2.25 },  /* up: better */
  };
  CaseloadDashboard *dashboard = caseload_dashboard_new (from, to, pcn);

  caseload_dashboard_count_add (dashboard->caseload_by_worker, "Ioana Popescu", "Thurrock & Brentwood Mind", 9);
  caseload_dashboard_count_add (dashboard->caseload_by_worker, "Adaeze Nwosu", "EPUT", 12);
  caseload_dashboard_count_add (dashboard->caseload_by_worker, "Adaeze Nwosu", "EPUT", 1);
  caseload_dashboard_count_add (dashboard->caseload_by_organisation, "Thurrock & Brentwood Mind", NULL, 9);
  caseload_dashboard_count_add (dashboard->caseload_by_organisation, "EPUT", NULL, 13);
  caseload_dashboard_count_add (dashboard->referrals_in, "2026-03", "gp", 3);
  caseload_dashboard_count_add (dashboard->referrals_in, "2026-03", "self", 2);
  caseload_dashboard_count_add (dashboard->referrals_in, "2026-04", "gp", 1);
  caseload_dashboard_count_add (dashboard->referrals_out, "2026-04", "to-gp", 1);
  caseload_dashboard_count_add (dashboard->referrals_out, "2026-04", "signposted", 2);
  caseload_dashboard_sort (dashboard);

  dashboard->waits_measured = 10;
  dashboard->wait_median_seconds = 3 * 86400 + 3600;
  dashboard->wait_p90_seconds = 20 * 86400;
  dashboard->waits_missed = 2;
  dashboard->waiting_now = 5;
  dashboard->breached_now = 1;
  dashboard->near_breach_now = 2;
  dashboard->unallocated = 3;
  dashboard->overdue_reviews = 4;
  dashboard->break_glass_to_review = 1;

  dashboard->people_measured = 40;
  dashboard->people_measured_twice = 18;
  dashboard->goals = 30;
  dashboard->goals_achieved = 12;
  dashboard->plan_reviews_overdue = 2;
  for (guint i = 0; i < G_N_ELEMENTS (changes); i++)
    g_array_append_val (dashboard->measure_change, changes[i]);

  return dashboard;
}

static void
add_cohort (CaseloadDashboard *dashboard,
            const char        *name,
            const char        *start_on,
            const char        *end_on,
            guint              participants,
            guint              completers,
            guint              best_people,
            double             mean_best_change)
{
  CaseloadDashboardCohort cohort = { 0 };

  cohort.cohort_id = g_strdup_printf ("cohort-%s", start_on);
  cohort.name = g_strdup (name);
  cohort.start_on = g_strdup (start_on);
  cohort.end_on = g_strdup (end_on);
  cohort.finished = g_strcmp0 (end_on, "2026-11-22") < 0;
  cohort.participants = participants;
  cohort.completers = completers;
  cohort.completion_rate = participants > 0 ? (double) completers / participants : 0;
  cohort.best_people = best_people;
  cohort.mean_best_change = mean_best_change;
  g_array_append_val (dashboard->cohorts, cohort);
}

static void
add_ips (CaseloadDashboard *dashboard,
         const char        *id,
         const char        *name,
         double             fte,
         guint              caseload,
         guint              job_starts)
{
  CaseloadIpsFigures row = { 0 };

  row.specialist_id = g_strdup (id);
  row.specialist_name = g_strdup (name);
  row.fte = fte;
  row.caseload = caseload;
  row.over_caseload = caseload > CASELOAD_IPS_CASELOAD_PER_FTE * fte;
  row.referrals = caseload / 2;
  row.engaged = caseload / 3;
  row.first_job_starts = job_starts;
  row.job_starts = job_starts + 1;
  row.first_contacts = caseload / 4;
  row.median_days_to_contact = 21.5;
  row.contacts_within_target = caseload / 5;
  g_array_append_val (dashboard->ips, row);
}

void
test_add_pathway_figures (CaseloadDashboard *dashboard)
{
  add_cohort (dashboard, "Grays spring", "2026-03-03", "2026-07-14", 10, 7, 8, -9.5);
  add_cohort (dashboard, "Tilbury autumn", "2026-09-08", "2027-01-19", 9, 0, 4, -2.25);

  dashboard->od_episodes = 12;
  dashboard->od_met = 8;
  dashboard->od_met_late = 2;
  dashboard->od_running = 1;
  dashboard->od_breached = 1;

  add_ips (dashboard, "staff-tomasz", "Tomasz Nowak", 0.5, 12, 2);  /* over 10 */
  add_ips (dashboard, "staff-grace", "Grace Mensah", 1.0, 18, 4);
  add_ips (dashboard, NULL, NULL, 1.5, 30, 6);
  dashboard->fidelity_total = 101;
  dashboard->fidelity_band = CASELOAD_FIDELITY_GOOD;
  dashboard->fidelity_service = g_strdup ("Thurrock IPS");
  dashboard->fidelity_on = g_strdup ("2026-06-30");

  dashboard->housing_by_status[CASELOAD_HOUSING_SENT] = 3;
  dashboard->housing_by_status[CASELOAD_HOUSING_OFFERED] = 1;
  dashboard->housing_by_status[CASELOAD_HOUSING_CLOSED] = 2;
  dashboard->accommodation_by_status[CASELOAD_ACCOMMODATION_SETTLED] = 20;
  dashboard->accommodation_by_status[CASELOAD_ACCOMMODATION_TEMPORARY] = 3;
  dashboard->accommodation_by_status[CASELOAD_ACCOMMODATION_HOMELESS] = 1;
  dashboard->not_settled = 4;
}

CaseloadReferral *
test_refer (TestStore              *fixture,
            CaseloadPerson         *person,
            const char             *received_at,
            CaseloadUrgency         urgency,
            CaseloadReferralSource  source)
{
  g_autoptr(GError) error = NULL;
  CaseloadReferral *referral = caseload_referral_new ();

  caseload_referral_set_person_id (referral, caseload_person_get_id (person));
  caseload_referral_set_source (referral, source);
  caseload_referral_set_received_at (referral, received_at);
  caseload_referral_set_reason (referral, "Low mood for three months, struggling to work; asks for support.");
  caseload_referral_set_urgency (referral, urgency);
  caseload_referral_set_person_agreed (referral, TRUE);
  g_assert_true (caseload_store_create_referral (fixture->store, fixture->gp, referral, &error));
  g_assert_no_error (error);
  return referral;
}

CaseloadStaff *
test_staff_named (GPtrArray  *staff,
                  const char *username)
{
  for (guint i = 0; i < staff->len; i++)
    if (g_strcmp0 (caseload_staff_get_username (g_ptr_array_index (staff, i)), username) == 0)
      return g_ptr_array_index (staff, i);
  g_error ("No staff member %s", username);
}

void
test_add_measure (GPtrArray          *measures,
                  CaseloadInstrument  instrument,
                  const char         *completed_on,
                  const char         *answers)
{
  CaseloadMeasure *measure = caseload_measure_new ();

  caseload_measure_set_instrument (measure, instrument);
  caseload_measure_set_completed_on (measure, completed_on);
  caseload_measure_set_answers (measure, answers);
  g_ptr_array_add (measures, measure);
}
