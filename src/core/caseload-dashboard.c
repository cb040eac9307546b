/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include "caseload-dashboard.h"
#include "caseload-ips.h"

static void
count_clear (gpointer data)
{
  CaseloadDashboardCount *count = data;

  g_clear_pointer (&count->label, g_free);
  g_clear_pointer (&count->detail, g_free);
}

static GArray *
count_table_new (void)
{
  GArray *counts = g_array_new (FALSE, TRUE, sizeof (CaseloadDashboardCount));

  g_array_set_clear_func (counts, count_clear);

  return counts;
}

static void
clear_cohort (CaseloadDashboardCohort *cohort)
{
  g_clear_pointer (&cohort->cohort_id, g_free);
  g_clear_pointer (&cohort->name, g_free);
  g_clear_pointer (&cohort->start_on, g_free);
  g_clear_pointer (&cohort->end_on, g_free);
}

CaseloadDashboard *
caseload_dashboard_new (const char *from,
                        const char *to,
                        const char *pcn)
{
  CaseloadDashboard *dashboard = g_new0 (CaseloadDashboard, 1);

  dashboard->from = g_strdup (from);
  dashboard->to = g_strdup (to);
  dashboard->pcn = g_strdup (pcn);
  dashboard->caseload_by_worker = count_table_new ();
  dashboard->caseload_by_organisation = count_table_new ();
  dashboard->referrals_in = count_table_new ();
  dashboard->referrals_out = count_table_new ();
  dashboard->measure_change = g_array_new (FALSE, TRUE, sizeof (CaseloadDashboardChange));
  dashboard->cohorts = g_array_new (FALSE, TRUE, sizeof (CaseloadDashboardCohort));
  g_array_set_clear_func (dashboard->cohorts, (GDestroyNotify) clear_cohort);
  dashboard->ips = g_array_new (FALSE, TRUE, sizeof (CaseloadIpsFigures));
  g_array_set_clear_func (dashboard->ips, (GDestroyNotify) caseload_ips_figures_clear);

  return dashboard;
}

void
caseload_dashboard_free (CaseloadDashboard *dashboard)
{
  if (dashboard == NULL)
    return;

  g_free (dashboard->from);
  g_free (dashboard->to);
  g_free (dashboard->pcn);
  g_array_unref (dashboard->caseload_by_worker);
  g_array_unref (dashboard->caseload_by_organisation);
  g_array_unref (dashboard->referrals_in);
  g_array_unref (dashboard->referrals_out);
  g_array_unref (dashboard->measure_change);
  g_array_unref (dashboard->cohorts);
  g_array_unref (dashboard->ips);
  g_free (dashboard->fidelity_service);
  g_free (dashboard->fidelity_on);
  g_free (dashboard);
}

void
caseload_dashboard_count_add (GArray     *counts,
                              const char *label,
                              const char *detail,
                              guint       n)
{
  CaseloadDashboardCount count = { 0 };

  g_return_if_fail (counts != NULL);
  g_return_if_fail (label != NULL);

  for (guint i = 0; i < counts->len; i++)
    {
      CaseloadDashboardCount *existing = &g_array_index (counts, CaseloadDashboardCount, i);

      if (g_str_equal (existing->label, label) && g_strcmp0 (existing->detail, detail) == 0)
        {
          existing->count += n;
          return;
        }
    }

  count.label = g_strdup (label);
  count.detail = g_strdup (detail);
  count.count = n;
  g_array_append_val (counts, count);
}

/* Most first, then by name: for caseload sizes. */
static int
compare_by_count (gconstpointer a,
                  gconstpointer b)
{
  const CaseloadDashboardCount *x = a, *y = b;

  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;

  return g_utf8_collate (x->label, y->label);
}

/* By month, then by detail code: for referrals in and out. */
static int
compare_by_label (gconstpointer a,
                  gconstpointer b)
{
  const CaseloadDashboardCount *x = a, *y = b;
  int order = g_strcmp0 (x->label, y->label);

  return order != 0 ? order : g_strcmp0 (x->detail, y->detail);
}

void
caseload_dashboard_sort (CaseloadDashboard *dashboard)
{
  g_return_if_fail (dashboard != NULL);

  g_array_sort (dashboard->caseload_by_worker, compare_by_count);
  g_array_sort (dashboard->caseload_by_organisation, compare_by_count);
  g_array_sort (dashboard->referrals_in, compare_by_label);
  g_array_sort (dashboard->referrals_out, compare_by_label);
}
