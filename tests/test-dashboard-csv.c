/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The dashboard's CSV against a hand-made dashboard: the exact text, quoting by RFC 4180,
 * and formulas defused. */

#include "config.h"

#include "caseload-dashboard.h"
#include "caseload-dashboard-csv.h"
#include "test-util.h"

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
                   "measure-change,swemwbs,better-or-worse,better\r\n");
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
  /* 1 header, 3 range, 7 waits, 3 attention, 5 outcomes, no measure changes, and the
   * empty string after the last CRLF */
  g_assert_cmpuint (g_strv_length (lines), ==, 20);
  g_assert_cmpstr (lines[19], ==, "");
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
  g_test_add_func ("/dashboard-csv/quoting", test_quoting);

  return g_test_run ();
}
