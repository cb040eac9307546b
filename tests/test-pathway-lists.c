/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The caseload lists by pathway, the pathways each row carries (with the Open Dialogue
 * clock until met), and the dashboard's Pathways figures, through the store interface:
 * the same cases run on SQLite and PostgreSQL. The pathway rows are written straight into
 * the database (the pathway saves have tests of their own), so what is checked here is
 * what the lists and the dashboard read. The clock is fixed at 2026-11-22 10:00 UTC.
 */
#include "config.h"

#include <string.h>

#include "caseload-ips.h"
#include "test-util.h"

typedef struct {
  TestStore             base;
  CaseloadOrganisation *eput;
  CaseloadStaff        *nurse;      /* at EPUT: the employment specialist here */
  CaseloadStaff        *arrs;
  CaseloadStaff        *manager;    /* the team manager, at the practice */
  CaseloadPerson       *people[5];  /* A–E, at the practice, each referred */
} Fixture;

enum { A, B, C, D, E };

static const char *
id_of (Fixture *f,
       guint    who)
{
  return caseload_person_get_id (f->people[who]);
}

static void
exec_printf (Fixture    *f,
             const char *format,
             ...) G_GNUC_PRINTF (2, 3);

static void
exec_printf (Fixture    *f,
             const char *format,
             ...)
{
  g_autofree char *sql = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  test_raw_exec (&f->base, sql);
}


/* A: in a running STEPPS cohort (BEST 50 then 40), a closed housing referral, and
 * settled then temporary accommodation. B: an Open Dialogue episode three hours old with
 * no meeting, settled. C: an episode met in 12 hours and an IPS referral with a contact
 * and a 10-hour job. D: an episode a day past due. E: an open housing referral. */
static void
add_pathways (Fixture *f)
{
  const char *gp = caseload_staff_get_id (f->base.gp);
  const char *practice = caseload_organisation_get_id (f->base.practice);
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 10, 6, 0, 0, 0);

  exec_printf (f, "INSERT INTO stepps_cohort (id, name, programme, n_sessions, session_minutes, start_on, end_on, "
                  "completion_percent, organisation_id, created_by, created_at) VALUES ('cohort-1', 'Grays autumn', "
                  "'stepps-20', 20, 120, '2026-10-06', '2027-02-16', 75, '%s', '%s', '2026-10-01T09:00:00Z')",
               practice, gp);
  exec_printf (f, "INSERT INTO stepps_participant (id, cohort_id, person_id, person_pk, joined_on, created_by, "
                  "created_at) VALUES ('participant-a', 'cohort-1', '%s', (SELECT pk FROM person WHERE id = '%s'), "
                  "'2026-10-06', '%s', '2026-10-01T09:00:00Z')", id_of (f, A), id_of (f, A), gp);
  /* Twenty weekly sessions from 6 October */
  for (guint n = 1; n <= 20; n++)
    {
      g_autoptr(GDateTime) held = g_date_time_add_weeks (start, (int) n - 1);
      g_autofree char *on = g_date_time_format (held, "%Y-%m-%d");

      exec_printf (f, "INSERT INTO stepps_session (id, cohort_id, number, held_on) VALUES "
                      "('session-%u', 'cohort-1', %u, '%s')", n, n, on);
    }
  exec_printf (f, "INSERT INTO stepps_attendance (session_id, participant_id, person_pk, status, best_total, recorded_by, "
                  "recorded_at) VALUES "
                  "('session-1', 'participant-a', (SELECT pk FROM person WHERE id = '%s'), 'attended', 50, '%s', "
                  "'2026-10-06T12:00:00Z'), "
                  "('session-2', 'participant-a', (SELECT pk FROM person WHERE id = '%s'), 'attended', 40, '%s', "
                  "'2026-10-13T12:00:00Z')", id_of (f, A), gp, id_of (f, A), gp);

  /* Open Dialogue: B running, C met, D breached */
  exec_printf (f, "INSERT INTO od_episode (id, person_id, person_pk, start_kind, contact_at, first_meeting_at, "
                  "organisation_id, recorded_by, created_at) VALUES "
                  "('episode-b', '%s', (SELECT pk FROM person WHERE id = '%s'), 'crisis-contact', "
                  "'2026-11-22T07:00:00+00:00', NULL, '%s', '%s', '2026-11-22T07:05:00Z'), "
                  "('episode-c', '%s', (SELECT pk FROM person WHERE id = '%s'), 'crisis-contact', "
                  "'2026-11-20T08:00:00+00:00', '2026-11-20T20:00:00+00:00', '%s', '%s', '2026-11-20T08:05:00Z'), "
                  "('episode-d', '%s', (SELECT pk FROM person WHERE id = '%s'), 'crisis-contact', "
                  "'2026-11-19T09:00:00+00:00', NULL, '%s', '%s', '2026-11-19T09:05:00Z')",
               id_of (f, B), id_of (f, B), practice, gp, id_of (f, C), id_of (f, C), practice, gp,
               id_of (f, D), id_of (f, D), practice, gp);

  /* IPS: C with the nurse as specialist (half time) */
  exec_printf (f, "UPDATE staff SET fte = 0.5 WHERE id = '%s'", caseload_staff_get_id (f->nurse));
  exec_printf (f, "INSERT INTO ips_referral (id, person_id, person_pk, wants_work, referred_on, referred_by, "
                  "specialist_id, engaged_on, organisation_id, created_at) VALUES ('ips-c', '%s', "
                  "(SELECT pk FROM person WHERE id = '%s'), TRUE, '2026-10-01', '%s', '%s', '2026-10-08', '%s', "
                  "'2026-10-01T09:00:00Z')", id_of (f, C), id_of (f, C), gp, caseload_staff_get_id (f->nurse), practice);
  exec_printf (f, "INSERT INTO ips_employer_contact (id, referral_id, person_pk, employer, contacted_on, outcome, "
                  "recorded_by, created_at) VALUES ('contact-c', 'ips-c', (SELECT pk FROM person WHERE id = '%s'), "
                  "'Thurrock Garden Centre', '2026-10-15', 'interview', '%s', '2026-10-15T09:00:00Z')", id_of (f, C), gp);
  exec_printf (f, "INSERT INTO ips_job (id, referral_id, person_pk, employer, role, hours_per_week, pay_type, started_on, "
                  "recorded_by, created_at) VALUES ('job-c', 'ips-c', (SELECT pk FROM person WHERE id = '%s'), "
                  "'Thurrock Garden Centre', 'Sales assistant', 10, 'hourly', '2026-11-01', '%s', "
                  "'2026-11-01T09:00:00Z')", id_of (f, C), gp);
  exec_printf (f, "INSERT INTO ips_fidelity_review (id, service, reviewed_on, scores, total, band, recorded_by, "
                  "created_at) VALUES ('review-1', 'Thurrock IPS', '2026-06-30', '4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,"
                  "4,4,4,4,4,4,5', 101, 'good', '%s', '2026-06-30T15:00:00Z')", gp);

  /* Housing: E open (offered), A closed in the range */
  exec_printf (f, "INSERT INTO housing_referral (id, person_id, person_pk, kind, organisation_id, sent_on, status, "
                  "status_on, referred_by, created_at) VALUES "
                  "('housing-e', '%s', (SELECT pk FROM person WHERE id = '%s'), 'prevention', '%s', '2026-11-03', "
                  "'offered', '2026-11-18', '%s', '2026-11-03T09:00:00Z'), "
                  "('housing-a', '%s', (SELECT pk FROM person WHERE id = '%s'), 'floating-support', '%s', '2026-10-03', "
                  "'closed', '2026-11-10', '%s', '2026-10-03T09:00:00Z')",
               id_of (f, E), id_of (f, E), practice, gp, id_of (f, A), id_of (f, A), practice, gp);
  exec_printf (f, "INSERT INTO accommodation_status (id, person_id, person_pk, status, from_on, recorded_by, created_at) "
                  "VALUES ('home-a1', '%s', (SELECT pk FROM person WHERE id = '%s'), 'settled', '2026-01-01', '%s', "
                  "'2026-01-01T09:00:00Z'), "
                  "('home-a2', '%s', (SELECT pk FROM person WHERE id = '%s'), 'temporary', '2026-11-01', '%s', "
                  "'2026-11-01T09:00:00Z'), "
                  "('home-b', '%s', (SELECT pk FROM person WHERE id = '%s'), 'settled', '2026-05-01', '%s', "
                  "'2026-05-01T09:00:00Z'), "
                  /* Recorded last, but from an earlier date: not Aisha's latest */
                  "('home-a0', '%s', (SELECT pk FROM person WHERE id = '%s'), 'at-risk', '2025-06-01', '%s', "
                  "'2026-11-21T09:00:00Z')",
               id_of (f, A), id_of (f, A), gp, id_of (f, A), id_of (f, A), gp, id_of (f, B), id_of (f, B), gp,
               id_of (f, A), id_of (f, A), gp);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  static const char * const names[] = { "Aisha", "Bilal", "Chloe", "Dmitri", "Efua" };

  test_store_setup (&f->base, data);
  test_add_team (&f->base, &f->eput, &f->nurse, &f->arrs, &f->manager);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      f->people[i] = test_add_practice_person (&f->base, names[i], "Okoro");
      g_object_unref (test_refer (&f->base, f->people[i], "2026-11-02T09:00:00Z", CASELOAD_URGENCY_ROUTINE,
                                  CASELOAD_REFERRAL_SOURCE_GP));
    }
  add_pathways (f);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (f->people); i++)
    g_clear_object (&f->people[i]);
  g_clear_object (&f->eput);
  g_clear_object (&f->nurse);
  g_clear_object (&f->arrs);
  g_clear_object (&f->manager);
  test_store_teardown (&f->base, data);
}

#define TEST(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

/* The waiting list on @pathway (-1: any), by name: the given names, space-separated. */
static char *
listed (Fixture *f,
        int      pathway,
        guint   *count)
{
  g_autoptr(CaseloadCaseQuery) query = caseload_case_query_new (CASELOAD_LIST_WAITING);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) names = g_string_new (NULL);

  query->pathway = pathway;
  query->sort = CASELOAD_CASE_SORT_NAME;
  g_assert_true (caseload_store_count_cases (f->base.store, f->manager, query, count, &error));
  g_assert_no_error (error);
  rows = caseload_store_list_cases (f->base.store, f->manager, query, 0, 50, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < rows->len; i++)
    {
      const char *name = caseload_case_row_get_person_name (g_ptr_array_index (rows, i));

      g_string_append_printf (names, "%s%.*s", names->len > 0 ? " " : "", (int) strcspn (name, " "), name);
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static void
test_filter (Fixture       *f,
             gconstpointer  data)
{
  static const struct {
    int         pathway;
    const char *names;
  } cases[] = {
    { -1, "Aisha Bilal Chloe Dmitri Efua" },
    { CASELOAD_PATHWAY_STEPPS, "Aisha" },
    { CASELOAD_PATHWAY_OPEN_DIALOGUE, "Bilal Chloe Dmitri" },
    { CASELOAD_PATHWAY_IPS, "Chloe" },
    /* Aisha's housing referral is closed */
    { CASELOAD_PATHWAY_HOUSING, "Efua" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      guint count = 0;
      g_autofree char *names = listed (f, cases[i].pathway, &count);
      g_auto(GStrv) words = NULL;

      g_test_message ("pathway %d", cases[i].pathway);
      g_assert_cmpstr (names, ==, cases[i].names);
      words = g_strsplit (cases[i].names, " ", -1);
      g_assert_cmpuint (count, ==, g_strv_length (words));
    }

  /* Once the cohort has finished, Aisha is no longer on STEPPS */
  test_raw_exec (&f->base, "UPDATE stepps_cohort SET end_on = '2026-11-21'");
  {
    guint count = 1;
    g_autofree char *names = listed (f, CASELOAD_PATHWAY_STEPPS, &count);

    g_assert_cmpstr (names, ==, "");
    g_assert_cmpuint (count, ==, 0);
  }
}

static CaseloadCaseRow *
row_of (GPtrArray  *rows,
        const char *person_id)
{
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (caseload_case_row_get_person_id (g_ptr_array_index (rows, i)), person_id) == 0)
      return g_ptr_array_index (rows, i);
  g_assert_not_reached ();
}

static void
test_rows (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(CaseloadCaseQuery) query = caseload_case_query_new (CASELOAD_LIST_WAITING);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  CaseloadCaseRow *row;

  rows = caseload_store_list_cases (f->base.store, f->manager, query, 0, 50, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 5);

  row = row_of (rows, id_of (f, A));
  g_assert_cmpuint (caseload_case_row_get_pathways (row), ==, 1u << CASELOAD_PATHWAY_STEPPS);
  g_assert_null (caseload_case_row_get_od_due_at (row));
  /* Not met: due 24 hours after contact, until met */
  row = row_of (rows, id_of (f, B));
  g_assert_cmpuint (caseload_case_row_get_pathways (row), ==, 1u << CASELOAD_PATHWAY_OPEN_DIALOGUE);
  g_assert_cmpstr (caseload_case_row_get_od_due_at (row), ==, "2026-11-23T07:00:00Z");
  row = row_of (rows, id_of (f, C));
  g_assert_cmpuint (caseload_case_row_get_pathways (row), ==,
                    (1u << CASELOAD_PATHWAY_OPEN_DIALOGUE) | (1u << CASELOAD_PATHWAY_IPS));
  g_assert_null (caseload_case_row_get_od_due_at (row));
  row = row_of (rows, id_of (f, D));
  g_assert_cmpstr (caseload_case_row_get_od_due_at (row), ==, "2026-11-20T09:00:00Z");
  row = row_of (rows, id_of (f, E));
  g_assert_cmpuint (caseload_case_row_get_pathways (row), ==, 1u << CASELOAD_PATHWAY_HOUSING);

  /* Met: the clock goes */
  test_raw_exec (&f->base, "UPDATE od_episode SET first_meeting_at = '2026-11-21T09:00:00+00:00' WHERE id = 'episode-d'");
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = caseload_store_list_cases (f->base.store, f->manager, query, 0, 50, &error);
  g_assert_no_error (error);
  g_assert_null (caseload_case_row_get_od_due_at (row_of (rows, id_of (f, D))));
}

static void
test_dashboard (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(CaseloadDashboard) dashboard = NULL;
  g_autoptr(CaseloadDashboard) elsewhere = NULL;
  g_autoptr(GError) error = NULL;
  const CaseloadDashboardCohort *cohort;
  const CaseloadIpsFigures *specialist, *service;

  dashboard = caseload_store_read_dashboard (f->base.store, f->manager, "2026-10-01", "2026-11-30", NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (dashboard->cohorts->len, ==, 1);
  cohort = &g_array_index (dashboard->cohorts, CaseloadDashboardCohort, 0);
  g_assert_cmpstr (cohort->name, ==, "Grays autumn");
  g_assert_false (cohort->finished);
  g_assert_cmpuint (cohort->participants, ==, 1);
  g_assert_cmpuint (cohort->completers, ==, 0);
  g_assert_cmpuint (cohort->best_people, ==, 1);
  g_assert_cmpfloat (cohort->mean_best_change, ==, -10);

  g_assert_cmpuint (dashboard->od_episodes, ==, 3);
  g_assert_cmpuint (dashboard->od_met, ==, 1);
  g_assert_cmpuint (dashboard->od_met_late, ==, 0);
  g_assert_cmpuint (dashboard->od_running, ==, 1);
  g_assert_cmpuint (dashboard->od_breached, ==, 1);

  /* The nurse, then the service */
  g_assert_cmpuint (dashboard->ips->len, ==, 2);
  specialist = &g_array_index (dashboard->ips, CaseloadIpsFigures, 0);
  service = &g_array_index (dashboard->ips, CaseloadIpsFigures, 1);
  g_assert_cmpstr (specialist->specialist_id, ==, caseload_staff_get_id (f->nurse));
  g_assert_cmpfloat (specialist->fte, ==, 0.5);
  g_assert_cmpuint (specialist->caseload, ==, 1);
  g_assert_false (specialist->over_caseload);
  g_assert_null (service->specialist_id);
  g_assert_cmpuint (service->referrals, ==, 1);
  g_assert_cmpuint (service->engaged, ==, 1);
  g_assert_cmpuint (service->job_starts, ==, 1);
  g_assert_cmpuint (service->first_job_starts, ==, 1);
  g_assert_cmpuint (service->first_contacts, ==, 1);
  g_assert_cmpfloat (service->median_days_to_contact, ==, 14);
  g_assert_cmpuint (service->contacts_within_target, ==, 1);
  g_assert_cmpint (dashboard->fidelity_total, ==, 101);
  g_assert_cmpint (dashboard->fidelity_band, ==, CASELOAD_FIDELITY_GOOD);
  g_assert_cmpstr (dashboard->fidelity_service, ==, "Thurrock IPS");
  g_assert_cmpstr (dashboard->fidelity_on, ==, "2026-06-30");

  g_assert_cmpuint (dashboard->housing_by_status[CASELOAD_HOUSING_OFFERED], ==, 1);
  g_assert_cmpuint (dashboard->housing_by_status[CASELOAD_HOUSING_SENT], ==, 0);
  g_assert_cmpuint (dashboard->housing_by_status[CASELOAD_HOUSING_CLOSED], ==, 1);
  /* Aisha's latest is temporary; Bilal settled */
  g_assert_cmpuint (dashboard->accommodation_by_status[CASELOAD_ACCOMMODATION_TEMPORARY], ==, 1);
  g_assert_cmpuint (dashboard->accommodation_by_status[CASELOAD_ACCOMMODATION_SETTLED], ==, 1);
  g_assert_cmpuint (dashboard->accommodation_by_status[CASELOAD_ACCOMMODATION_AT_RISK], ==, 0);
  g_assert_cmpuint (dashboard->not_settled, ==, 1);

  /* Another PCN: none of these people; the service's review still shows */
  elsewhere = caseload_store_read_dashboard (f->base.store, f->manager, "2026-10-01", "2026-11-30",
                                             "Tilbury and Chadwell", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (elsewhere->cohorts->len, ==, 1);
  g_assert_cmpuint (g_array_index (elsewhere->cohorts, CaseloadDashboardCohort, 0).participants, ==, 0);
  g_assert_cmpuint (elsewhere->od_episodes, ==, 0);
  g_assert_cmpuint (g_array_index (elsewhere->ips, CaseloadIpsFigures, elsewhere->ips->len - 1).caseload, ==, 0);
  g_assert_cmpuint (elsewhere->housing_by_status[CASELOAD_HOUSING_OFFERED], ==, 0);
  g_assert_cmpuint (elsewhere->not_settled, ==, 0);
  g_assert_cmpint (elsewhere->fidelity_total, ==, 101);
}

/* Figures count only the people the manager's organisation may see. */
static void
test_dashboard_sees (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(CaseloadDashboard) dashboard = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadPerson) hidden = test_person_new ("Hana", "Sato", NULL);

  /* Added at EPUT: the practice is not in her care */
  g_assert_true (caseload_store_create_person (f->base.store, f->nurse, hidden, &error));
  g_assert_no_error (error);

  exec_printf (f, "INSERT INTO od_episode (id, person_id, person_pk, start_kind, contact_at, organisation_id, "
                  "recorded_by, created_at) VALUES ('episode-h', '%s', (SELECT pk FROM person WHERE id = '%s'), "
                  "'crisis-contact', '2026-11-21T07:00:00+00:00', '%s', '%s', '2026-11-21T07:05:00Z')",
               caseload_person_get_id (hidden), caseload_person_get_id (hidden),
               caseload_organisation_get_id (f->base.mind), caseload_staff_get_id (f->base.worker));
  dashboard = caseload_store_read_dashboard (f->base.store, f->manager, "2026-10-01", "2026-11-30", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dashboard->od_episodes, ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  test_init_backend ();

  TEST ("/pathway-lists/filter", test_filter);
  TEST ("/pathway-lists/rows", test_rows);
  TEST ("/pathway-lists/dashboard", test_dashboard);
  TEST ("/pathway-lists/dashboard-sees", test_dashboard_sees);

  return g_test_run ();
}
