/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "caseload-employer-contact.h"
#include "caseload-ips.h"

/* IPS: the journey stage, which jobs count, and the figures against a fixture worked out
 * by hand (below). */

typedef struct {
  const char *started_on;
  double      hours;
  const char *ended_on;
} Job;

typedef struct {
  const char *person;
  const char *specialist;       /* id; the name is the id with a capital */
  const char *referred_on;
  const char *engaged_on;
  const char *job_search_on;
  const char *closed_on;
  const char *contacts[3];
  Job         jobs[3];
} Referral;

static CaseloadIpsReferral *
make_referral (const Referral *r)
{
  CaseloadIpsReferral *referral = caseload_ips_referral_new ();

  caseload_ips_referral_set_person_id (referral, r->person);
  caseload_ips_referral_set_wants_work (referral, TRUE);
  caseload_ips_referral_set_specialist_id (referral, r->specialist);
  if (r->specialist != NULL)
    {
      g_autofree char *name = g_strdup (r->specialist);

      name[0] = g_ascii_toupper (name[0]);
      caseload_ips_referral_set_specialist_name (referral, name);
    }
  caseload_ips_referral_set_referred_on (referral, r->referred_on);
  caseload_ips_referral_set_engaged_on (referral, r->engaged_on);
  caseload_ips_referral_set_job_search_on (referral, r->job_search_on);
  caseload_ips_referral_set_closed_on (referral, r->closed_on);

  for (guint i = 0; i < G_N_ELEMENTS (r->contacts) && r->contacts[i] != NULL; i++)
    {
      CaseloadEmployerContact *contact = caseload_employer_contact_new ();

      caseload_employer_contact_set_employer (contact, "Lakeside Retail");
      caseload_employer_contact_set_contacted_on (contact, r->contacts[i]);
      g_ptr_array_add (caseload_ips_referral_get_contacts (referral), contact);
    }
  for (guint i = 0; i < G_N_ELEMENTS (r->jobs) && r->jobs[i].started_on != NULL; i++)
    {
      CaseloadIpsJob *job = caseload_ips_job_new ();

      caseload_ips_job_set_started_on (job, r->jobs[i].started_on);
      caseload_ips_job_set_hours_per_week (job, r->jobs[i].hours);
      caseload_ips_job_set_ended_on (job, r->jobs[i].ended_on);
      if (r->jobs[i].ended_on != NULL)
        caseload_ips_job_set_end_reason (job, CASELOAD_JOB_CONTRACT_ENDED);
      g_ptr_array_add (caseload_ips_referral_get_jobs (referral), job);
    }

  return referral;
}

typedef struct {
  const char       *name;
  Referral          referral;
  CaseloadIpsStage  stage;
} StageCase;

static const StageCase stage_cases[] = {
  { "referred", { "p1", "ada", "2027-01-05" }, CASELOAD_IPS_STAGE_REFERRED },
  { "engaged", { "p1", "ada", "2027-01-05", "2027-01-10" }, CASELOAD_IPS_STAGE_ENGAGED },
  { "job-search-date", { "p1", "ada", "2027-01-05", "2027-01-10", "2027-01-12" }, CASELOAD_IPS_STAGE_JOB_SEARCH },
  { "employer-contact", { "p1", "ada", "2027-01-05", "2027-01-10", NULL, NULL, { "2027-01-12" } },
    CASELOAD_IPS_STAGE_JOB_SEARCH },
  { "in-work", { "p1", "ada", "2027-01-05", "2027-01-10", "2027-01-12", NULL, { NULL },
                 { { "2027-02-01", 16.0, NULL } } }, CASELOAD_IPS_STAGE_IN_WORK },
  { "in-work-at-4-hours", { "p1", "ada", "2027-01-05", NULL, NULL, NULL, { NULL },
                            { { "2027-02-01", 4.0, NULL } } }, CASELOAD_IPS_STAGE_IN_WORK },
  { "3-hour-job-is-not-in-work", { "p1", "ada", "2027-01-05", "2027-01-10", "2027-01-12", NULL, { NULL },
                                   { { "2027-02-01", 3.0, NULL } } }, CASELOAD_IPS_STAGE_JOB_SEARCH },
  { "job-ended", { "p1", "ada", "2027-01-05", "2027-01-10", NULL, NULL, { "2027-01-12" },
                   { { "2027-02-01", 16.0, "2027-03-01" } } }, CASELOAD_IPS_STAGE_JOB_SEARCH },
  { "second-job-ongoing", { "p1", "ada", "2027-01-05", "2027-01-10", NULL, NULL, { NULL },
                            { { "2027-02-01", 16.0, "2027-03-01" }, { "2027-03-08", 20.0, NULL } } },
    CASELOAD_IPS_STAGE_IN_WORK },
  { "closed-in-work", { "p1", "ada", "2027-01-05", "2027-01-10", NULL, "2027-06-01", { NULL },
                        { { "2027-02-01", 16.0, NULL } } }, CASELOAD_IPS_STAGE_CLOSED },
};

static void
test_stage (gconstpointer data)
{
  const StageCase *c = data;
  g_autoptr(CaseloadIpsReferral) referral = make_referral (&c->referral);

  g_assert_cmpint (caseload_ips_referral_stage (referral), ==, c->stage);
}

static void
test_job_counts (void)
{
  static const struct {
    double   hours;
    gboolean counts;
  } cases[] = {
    { 0.0, FALSE }, { 3.0, FALSE }, { 3.99, FALSE }, { 4.0, TRUE }, { 4.5, TRUE }, { 37.5, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CaseloadIpsJob) job = caseload_ips_job_new ();

      caseload_ips_job_set_hours_per_week (job, cases[i].hours);
      g_assert_cmpint (caseload_ips_job_counts (job), ==, cases[i].counts);
    }
}

/* The fixture: figures for 1 January to 31 March 2027, counted on 15 April 2027.
 * Specialists: Ada full time, Ben half time (a caseload of 10 at most); Cat is named only
 * on a referral (full time, as staff are by default).
 *
 *   r1 p1 Ada  ref 05/01 engaged, contacts 20/01 and 12/01 (first: 7 days), job 16 h 01/02
 *   r2 p2 Ada  ref 10/01 engaged, contact 17/02 (38 days), job 3 h 01/03 (does not
 *              count), job 10 h 10/03
 *   r3 p3 Ada  ref 01/02, closed 01/03
 *   r4 p4 Ben  ref 01/11/2026 engaged, contact 20/11/2026, job 20 h 01/12/2026 ended
 *              15/01 (p4's first job, before the range), job 30 h 15/02 (not a first)
 *   r5 p5 Ben  ref 01/03 engaged, contact 29/03 (28 days: within target)
 *   r6 p1 Ben  ref 20/03, job 8 h 25/03 (p1's second job: not a first)
 *   r7 p6 Cat  ref 20/01
 *   nine more open referrals for Ben from 01/10/2026: his caseload 12 > 20 × 0.5
 *
 *           caseload over referrals engaged first-jobs jobs contacts median within
 *   Ada         2     no      3        2         2        2      2      22.5     1
 *   Ben        12     yes     2        1         0        2      1      28       1
 *   Cat         1     no      1        0         0        0      0       0       0
 *   service    15     no      6        3         2        4      3      28       2
 */
static const Referral fixture[] = {
  { "p1", "ada", "2027-01-05", "2027-01-10", NULL, NULL, { "2027-01-20", "2027-01-12" },
    { { "2027-02-01", 16.0, NULL } } },
  { "p2", "ada", "2027-01-10", "2027-01-15", NULL, NULL, { "2027-02-17" },
    { { "2027-03-01", 3.0, NULL }, { "2027-03-10", 10.0, NULL } } },
  { "p3", "ada", "2027-02-01", NULL, NULL, "2027-03-01" },
  { "p4", "ben", "2026-11-01", "2026-11-10", NULL, NULL, { "2026-11-20" },
    { { "2026-12-01", 20.0, "2027-01-15" }, { "2027-02-15", 30.0, NULL } } },
  { "p5", "ben", "2027-03-01", "2027-03-05", NULL, NULL, { "2027-03-29" } },
  { "p1", "ben", "2027-03-20", NULL, NULL, NULL, { NULL }, { { "2027-03-25", 8.0, NULL } } },
  { "p6", "cat", "2027-01-20" },
  { "p10", "ben", "2026-10-01" }, { "p11", "ben", "2026-10-01" }, { "p12", "ben", "2026-10-01" },
  { "p13", "ben", "2026-10-01" }, { "p14", "ben", "2026-10-01" }, { "p15", "ben", "2026-10-01" },
  { "p16", "ben", "2026-10-01" }, { "p17", "ben", "2026-10-01" }, { "p18", "ben", "2026-10-01" },
};

typedef struct {
  const char *id;
  const char *name;
  double      fte;
  guint       caseload;
  gboolean    over;
  guint       referrals;
  guint       engaged;
  guint       first_job_starts;
  guint       job_starts;
  guint       first_contacts;
  double      median;
  guint       within;
} Expected;

static const Expected expected_rows[] = {
  { "ada", "Ada", 1.0, 2, FALSE, 3, 2, 2, 2, 2, 22.5, 1 },
  { "ben", "Ben", 0.5, 12, TRUE, 2, 1, 0, 2, 1, 28.0, 1 },
  { "cat", "Cat", 1.0, 1, FALSE, 1, 0, 0, 0, 0, 0.0, 0 },
  { NULL, NULL, 2.5, 15, FALSE, 6, 3, 2, 4, 3, 28.0, 2 },
};

static CaseloadStaff *
specialist (const char *id,
            const char *name,
            double      fte)
{
  CaseloadStaff *staff = caseload_staff_new ();

  caseload_staff_set_id (staff, id);
  caseload_staff_set_display_name (staff, name);
  caseload_staff_set_fte (staff, fte);
  return staff;
}

static GPtrArray *
make_referrals (const Referral *referrals,
                guint           n)
{
  GPtrArray *array = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (array, make_referral (&referrals[i]));
  return array;
}

static void
assert_row (const CaseloadIpsFigures *row,
            const Expected           *e)
{
  g_test_message ("row %s", e->id != NULL ? e->id : "service");
  g_assert_cmpstr (row->specialist_id, ==, e->id);
  g_assert_cmpstr (row->specialist_name, ==, e->name);
  g_assert_cmpfloat_with_epsilon (row->fte, e->fte, 1e-9);
  g_assert_cmpuint (row->caseload, ==, e->caseload);
  g_assert_cmpint (row->over_caseload, ==, e->over);
  g_assert_cmpuint (row->referrals, ==, e->referrals);
  g_assert_cmpuint (row->engaged, ==, e->engaged);
  g_assert_cmpuint (row->first_job_starts, ==, e->first_job_starts);
  g_assert_cmpuint (row->job_starts, ==, e->job_starts);
  g_assert_cmpuint (row->first_contacts, ==, e->first_contacts);
  g_assert_cmpfloat_with_epsilon (row->median_days_to_contact, e->median, 1e-9);
  g_assert_cmpuint (row->contacts_within_target, ==, e->within);
}

static void
test_figures (void)
{
  g_autoptr(GPtrArray) referrals = make_referrals (fixture, G_N_ELEMENTS (fixture));
  g_autoptr(GPtrArray) specialists = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) rows = NULL;
  GDate today;

  /* Given out of name order: the rows come back by name. */
  g_ptr_array_add (specialists, specialist ("ben", "Ben", 0.5));
  g_ptr_array_add (specialists, specialist ("ada", "Ada", 1.0));
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 15, G_DATE_APRIL, 2027);

  rows = caseload_ips_figures (referrals, specialists, "2027-01-01", "2027-03-31", &today);
  g_assert_cmpuint (rows->len, ==, G_N_ELEMENTS (expected_rows));
  for (guint i = 0; i < rows->len; i++)
    assert_row (&g_array_index (rows, CaseloadIpsFigures, i), &expected_rows[i]);
}

/* A specialist with no referrals still has a row; the service row is last. */
static void
test_figures_empty (void)
{
  g_autoptr(GPtrArray) referrals = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) specialists = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) rows = NULL;
  static const Expected empty[] = {
    { "ada", "Ada", 0.8, 0, FALSE, 0, 0, 0, 0, 0, 0.0, 0 },
    { NULL, NULL, 0.8, 0, FALSE, 0, 0, 0, 0, 0, 0.0, 0 },
  };

  g_ptr_array_add (specialists, specialist ("ada", "Ada", 0.8));
  rows = caseload_ips_figures (referrals, specialists, NULL, NULL, NULL);
  g_assert_cmpuint (rows->len, ==, 2);
  assert_row (&g_array_index (rows, CaseloadIpsFigures, 0), &empty[0]);
  assert_row (&g_array_index (rows, CaseloadIpsFigures, 1), &empty[1]);
}

/* 20 open referrals for a full-time specialist is the limit; 21 is over it. At 0.5 the
 * limit is 10. */
static void
test_caseload_limit (void)
{
  static const struct {
    double   fte;
    guint    open;
    gboolean over;
  } cases[] = {
    { 1.0, 20, FALSE }, { 1.0, 21, TRUE }, { 0.5, 10, FALSE }, { 0.5, 11, TRUE }, { 0.0, 1, TRUE },
  };
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 15, G_DATE_APRIL, 2027);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) referrals = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GPtrArray) specialists = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GArray) rows = NULL;
      const CaseloadIpsFigures *row;

      g_ptr_array_add (specialists, specialist ("ada", "Ada", cases[i].fte));
      for (guint j = 0; j < cases[i].open; j++)
        {
          g_autofree char *person = g_strdup_printf ("p%u", j);
          Referral r = { person, "ada", "2027-01-05" };

          g_ptr_array_add (referrals, make_referral (&r));
        }
      /* Closed referrals and referrals not yet made are not on the caseload. */
      {
        Referral closed = { "px", "ada", "2027-01-05", NULL, NULL, "2027-04-01" };
        Referral later = { "py", "ada", "2027-05-01" };

        g_ptr_array_add (referrals, make_referral (&closed));
        g_ptr_array_add (referrals, make_referral (&later));
      }

      rows = caseload_ips_figures (referrals, specialists, NULL, NULL, &today);
      row = &g_array_index (rows, CaseloadIpsFigures, 0);
      g_test_message ("case %u", i);
      g_assert_cmpuint (row->caseload, ==, cases[i].open);
      g_assert_cmpint (row->over_caseload, ==, cases[i].over);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (stage_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/ips/stage/%s", stage_cases[i].name);

      g_test_add_data_func (path, &stage_cases[i], test_stage);
    }
  g_test_add_func ("/ips/job-counts", test_job_counts);
  g_test_add_func ("/ips/figures/fixture", test_figures);
  g_test_add_func ("/ips/figures/empty", test_figures_empty);
  g_test_add_func ("/ips/figures/caseload-limit", test_caseload_limit);

  return g_test_run ();
}
