/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The dashboard's CSV against a hand-made dashboard: the exact text, quoting by RFC 4180,
 * and formulas defused. */

#include "config.h"

#include <string.h>

#include "caseload-dashboard.h"
#include "caseload-dashboard-csv.h"
#include "test-util.h"

/* The Pathways rows of a dashboard with no pathway figures. */
#define NO_PATHWAYS \
  "open-dialogue,episodes,,0\r\n" \
  "open-dialogue,met-within-24-hours,,0\r\n" \
  "open-dialogue,met-after-24-hours,,0\r\n" \
  "open-dialogue,running,,0\r\n" \
  "open-dialogue,breached,,0\r\n" \
  "housing-by-status,sent,,0\r\n" \
  "housing-by-status,acknowledged,,0\r\n" \
  "housing-by-status,assessed,,0\r\n" \
  "housing-by-status,offered,,0\r\n" \
  "housing-by-status,in-place,,0\r\n" \
  "housing-by-status,closed,,0\r\n" \
  "accommodation-by-status,settled,,0\r\n" \
  "accommodation-by-status,at-risk,,0\r\n" \
  "accommodation-by-status,temporary,,0\r\n" \
  "accommodation-by-status,homeless,,0\r\n" \
  "accommodation-by-status,supported,,0\r\n" \
  "accommodation-by-status,hospital,,0\r\n" \
  "accommodation,not-settled,,0\r\n"

static void
test_every_figure (void)
{
  g_autoptr(CaseloadDashboard) dashboard = test_make_dashboard ("2025-12-01", "2026-11-22", "Grays");
  g_autofree char *csv = NULL;

  /* A name to quote */
  caseload_dashboard_count_add (dashboard->caseload_by_organisation, "Inclusion Thurrock, \"Recovery College\"", NULL, 1);
  caseload_dashboard_sort (dashboard);
  csv = caseload_dashboard_to_csv (dashboard);

  g_assert_cmpstr (csv, ==,
                   "section,label,detail,value\r\n"
                   "range,from,,2025-12-01\r\n"
                   "range,to,,2026-11-22\r\n"
                   "range,pcn,,Grays\r\n"
                   "caseload-by-worker,Adaeze Nwosu,EPUT,13\r\n"
                   "caseload-by-worker,Ioana Popescu,Thurrock & Brentwood Mind,9\r\n"
                   "caseload-by-organisation,EPUT,,13\r\n"
                   "caseload-by-organisation,Thurrock & Brentwood Mind,,9\r\n"
                   "caseload-by-organisation,\"Inclusion Thurrock, \"\"Recovery College\"\"\",,1\r\n"
                   "referrals-in,2026-03,gp,3\r\n"
                   "referrals-in,2026-03,self,2\r\n"
                   "referrals-in,2026-04,gp,1\r\n"
                   "referrals-out,2026-04,signposted,2\r\n"
                   "referrals-out,2026-04,to-gp,1\r\n"
                   "waits,measured,,10\r\n"
                   "waits,median,seconds,262800\r\n"
                   "waits,90th-percentile,seconds,1728000\r\n"
                   "waits,missed,,2\r\n"
                   "waits,waiting-now,,5\r\n"
                   "waits,breached-now,,1\r\n"
                   "waits,near-breach-now,,2\r\n"
                   "attention,unallocated,,3\r\n"
                   "attention,overdue-reviews,,4\r\n"
                   "attention,break-glass-to-review,,1\r\n"
                   "outcomes,people-measured,,40\r\n"
                   "outcomes,people-measured-twice,,18\r\n"
                   "outcomes,goals,,30\r\n"
                   "outcomes,goals-achieved,,12\r\n"
                   "outcomes,plan-reviews-overdue,,2\r\n"
                   "measure-change,phq-9,people,12\r\n"
                   "measure-change,phq-9,median-change,-4\r\n"
                   "measure-change,phq-9,better-or-worse,better\r\n"
                   "measure-change,gad-7,people,3\r\n"
                   "measure-change,gad-7,median-change,1.5\r\n"
                   "measure-change,gad-7,better-or-worse,worse\r\n"
                   "measure-change,swemwbs,people,9\r\n"
                   "measure-change,swemwbs,median-change,2.25\r\n"
                   "measure-change,swemwbs,better-or-worse,better\r\n"
                   NO_PATHWAYS);
}

/* The Pathways section: cohorts, Open Dialogue, IPS per specialist then the service, the
 * latest fidelity review, housing and accommodation, exactly. */
static void
test_pathways (void)
{
  g_autoptr(CaseloadDashboard) dashboard = caseload_dashboard_new ("2026-01-01", "2026-11-22", NULL);
  g_autofree char *csv = NULL;
  const char *pathways;

  test_add_pathway_figures (dashboard);
  csv = caseload_dashboard_to_csv (dashboard);
  pathways = strstr (csv, "stepps-cohort,");
  g_assert_nonnull (pathways);
  g_assert_cmpstr (pathways, ==,
                   "stepps-cohort,Grays spring,start-on,2026-03-03\r\n"
                   "stepps-cohort,Grays spring,end-on,2026-07-14\r\n"
                   "stepps-cohort,Grays spring,finished,yes\r\n"
                   "stepps-cohort,Grays spring,participants,10\r\n"
                   "stepps-cohort,Grays spring,completers,7\r\n"
                   "stepps-cohort,Grays spring,completion-rate,0.70\r\n"
                   "stepps-cohort,Grays spring,best-people,8\r\n"
                   "stepps-cohort,Grays spring,mean-best-change,-9.50\r\n"
                   "stepps-cohort,Tilbury autumn,start-on,2026-09-08\r\n"
                   "stepps-cohort,Tilbury autumn,end-on,2027-01-19\r\n"
                   "stepps-cohort,Tilbury autumn,finished,no\r\n"
                   "stepps-cohort,Tilbury autumn,participants,9\r\n"
                   "stepps-cohort,Tilbury autumn,completers,0\r\n"
                   "stepps-cohort,Tilbury autumn,completion-rate,0.00\r\n"
                   "stepps-cohort,Tilbury autumn,best-people,4\r\n"
                   "stepps-cohort,Tilbury autumn,mean-best-change,-2.25\r\n"
                   "open-dialogue,episodes,,12\r\n"
                   "open-dialogue,met-within-24-hours,,8\r\n"
                   "open-dialogue,met-after-24-hours,,2\r\n"
                   "open-dialogue,running,,1\r\n"
                   "open-dialogue,breached,,1\r\n"
                   "ips,Tomasz Nowak,fte,0.50\r\n"
                   "ips,Tomasz Nowak,caseload,12\r\n"
                   "ips,Tomasz Nowak,over-caseload,yes\r\n"
                   "ips,Tomasz Nowak,referrals,6\r\n"
                   "ips,Tomasz Nowak,engaged,4\r\n"
                   "ips,Tomasz Nowak,first-job-starts,2\r\n"
                   "ips,Tomasz Nowak,job-starts,3\r\n"
                   "ips,Tomasz Nowak,first-employer-contacts,3\r\n"
                   "ips,Tomasz Nowak,median-days-to-first-contact,21.50\r\n"
                   "ips,Tomasz Nowak,first-contacts-within-28-days,2\r\n"
                   "ips,Grace Mensah,fte,1.00\r\n"
                   "ips,Grace Mensah,caseload,18\r\n"
                   "ips,Grace Mensah,over-caseload,no\r\n"
                   "ips,Grace Mensah,referrals,9\r\n"
                   "ips,Grace Mensah,engaged,6\r\n"
                   "ips,Grace Mensah,first-job-starts,4\r\n"
                   "ips,Grace Mensah,job-starts,5\r\n"
                   "ips,Grace Mensah,first-employer-contacts,4\r\n"
                   "ips,Grace Mensah,median-days-to-first-contact,21.50\r\n"
                   "ips,Grace Mensah,first-contacts-within-28-days,3\r\n"
                   "ips,service,fte,1.50\r\n"
                   "ips,service,caseload,30\r\n"
                   "ips,service,over-caseload,no\r\n"
                   "ips,service,referrals,15\r\n"
                   "ips,service,engaged,10\r\n"
                   "ips,service,first-job-starts,6\r\n"
                   "ips,service,job-starts,7\r\n"
                   "ips,service,first-employer-contacts,7\r\n"
                   "ips,service,median-days-to-first-contact,21.50\r\n"
                   "ips,service,first-contacts-within-28-days,6\r\n"
                   "ips-fidelity,Thurrock IPS,reviewed-on,2026-06-30\r\n"
                   "ips-fidelity,Thurrock IPS,total,101\r\n"
                   "ips-fidelity,Thurrock IPS,band,good\r\n"
                   "housing-by-status,sent,,3\r\n"
                   "housing-by-status,acknowledged,,0\r\n"
                   "housing-by-status,assessed,,0\r\n"
                   "housing-by-status,offered,,1\r\n"
                   "housing-by-status,in-place,,0\r\n"
                   "housing-by-status,closed,,2\r\n"
                   "accommodation-by-status,settled,,20\r\n"
                   "accommodation-by-status,at-risk,,0\r\n"
                   "accommodation-by-status,temporary,,3\r\n"
                   "accommodation-by-status,homeless,,1\r\n"
                   "accommodation-by-status,supported,,0\r\n"
                   "accommodation-by-status,hospital,,0\r\n"
                   "accommodation,not-settled,,4\r\n");
}

static void
test_all_pcns_and_empty (void)
{
  g_autoptr(CaseloadDashboard) dashboard = caseload_dashboard_new ("2026-01-01", "2026-01-31", NULL);
  g_autofree char *csv = caseload_dashboard_to_csv (dashboard);
  g_auto(GStrv) lines = g_strsplit (csv, "\r\n", -1);

  g_assert_cmpstr (lines[0], ==, "section,label,detail,value");
  g_assert_cmpstr (lines[3], ==, "range,pcn,,all");
  g_assert_cmpstr (lines[4], ==, "waits,measured,,0");
  g_assert_cmpstr (lines[14], ==, "outcomes,people-measured,,0");
  g_assert_cmpstr (lines[19], ==, "open-dialogue,episodes,,0");
  /* 1 header, 3 range, 7 waits, 3 attention, 5 outcomes, no measure changes, 5 Open
   * Dialogue, 6 housing, 6 accommodation and not settled (no cohorts, IPS or fidelity
   * review), and the empty string after the last CRLF */
  g_assert_cmpuint (g_strv_length (lines), ==, 38);
  g_assert_cmpstr (lines[37], ==, "");
}

static void
test_quoting (void)
{
  const struct {
    const char *field;
    const char *expected;
  } cases[] = {
    { "plain", "plain" },
    { "", "" },
    { "a,b", "\"a,b\"" },
    { "say \"hi\"", "\"say \"\"hi\"\"\"" },
    { "two\nlines", "\"two\nlines\"" },
    { "cr\rhere", "\"cr\rhere\"" },
    { "=SUM(A1:A9)", "\"'=SUM(A1:A9)\"" },
    { "+44", "\"'+44\"" },
    { "-1", "\"'-1\"" },
    { "@cmd", "\"'@cmd\"" },
    { "O'Brien", "O'Brien" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) csv = g_string_new (NULL);

      caseload_csv_append_field (csv, cases[i].field);
      g_assert_cmpstr (csv->str, ==, cases[i].expected);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dashboard-csv/every-figure", test_every_figure);
  g_test_add_func ("/dashboard-csv/all-pcns-and-empty", test_all_pcns_and_empty);
  g_test_add_func ("/dashboard-csv/pathways", test_pathways);
  g_test_add_func ("/dashboard-csv/quoting", test_quoting);

  return g_test_run ();
}
