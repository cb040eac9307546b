/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include <string.h>

#include "caseload-dashboard-csv.h"
#include "caseload-instrument.h"

void
caseload_csv_append_field (GString    *csv,
                           const char *field)
{
  g_return_if_fail (csv != NULL);

  if (field == NULL || *field == '\0')
    return;

  if (strchr ("=+-@\t\r", field[0]) == NULL && strpbrk (field, ",\"\r\n") == NULL)
    {
      g_string_append (csv, field);
      return;
    }

  g_string_append_c (csv, '"');
  if (strchr ("=+-@\t\r", field[0]) != NULL)
    g_string_append_c (csv, '\'');
  for (const char *c = field; *c != '\0'; c++)
    {
      if (*c == '"')
        g_string_append_c (csv, '"');
      g_string_append_c (csv, *c);
    }
  g_string_append_c (csv, '"');
}

/* A row's first three fields and the comma before its value. */
static void
append_key (GString    *csv,
            const char *section,
            const char *label,
            const char *detail)
{
  caseload_csv_append_field (csv, section);
  g_string_append_c (csv, ',');
  caseload_csv_append_field (csv, label);
  g_string_append_c (csv, ',');
  caseload_csv_append_field (csv, detail);
  g_string_append_c (csv, ',');
}

static void
append_row (GString    *csv,
            const char *section,
            const char *label,
            const char *detail,
            const char *value)
{
  append_key (csv, section, label, detail);
  caseload_csv_append_field (csv, value);
  g_string_append (csv, "\r\n");
}

/* A number this file wrote itself: a negative one is a number, not a formula, so it
 * goes unquoted. */
static void
append_number_text (GString    *csv,
                    const char *section,
                    const char *label,
                    const char *detail,
                    const char *number)
{
  append_key (csv, section, label, detail);
  g_string_append_printf (csv, "%s\r\n", number);
}

static void
append_number (GString    *csv,
               const char *section,
               const char *label,
               const char *detail,
               gint64      value)
{
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, value);

  append_number_text (csv, section, label, detail, number);
}

static void
append_counts (GString    *csv,
               const char *section,
               GArray     *counts)
{
  for (guint i = 0; counts != NULL && i < counts->len; i++)
    {
      const CaseloadDashboardCount *count = &g_array_index (counts, CaseloadDashboardCount, i);

      append_number (csv, section, count->label, count->detail, count->count);
    }
}

/* Whether @change is better or worse for its instrument, as a code. */
static const char *
change_direction (const CaseloadDashboardChange *change)
{
  const CaseloadInstrumentDef *def = caseload_instrument_get (change->instrument);

  if (change->median_change > -0.005 && change->median_change < 0.005)
    return "no-change";
  return (change->median_change > 0) == def->higher_is_better ? "better" : "worse";
}

static void
append_changes (GString *csv,
                GArray  *changes)
{
  for (guint i = 0; changes != NULL && i < changes->len; i++)
    {
      const CaseloadDashboardChange *change = &g_array_index (changes, CaseloadDashboardChange, i);
      const char *code = caseload_instrument_to_code (change->instrument);
      g_autofree char *median = caseload_instrument_format_total (change->median_change);

      append_number (csv, "measure-change", code, "people", change->people);
      /* "-4", "0.5": two decimal places at most */
      append_number_text (csv, "measure-change", code, "median-change", median);
      append_row (csv, "measure-change", code, "better-or-worse", change_direction (change));
    }
}

char *
caseload_dashboard_to_csv (const CaseloadDashboard *dashboard)
{
  GString *csv;

  g_return_val_if_fail (dashboard != NULL, NULL);

  csv = g_string_new ("section,label,detail,value\r\n");

  append_row (csv, "range", "from", NULL, dashboard->from);
  append_row (csv, "range", "to", NULL, dashboard->to);
  append_row (csv, "range", "pcn", NULL, dashboard->pcn != NULL ? dashboard->pcn : "all");

  append_counts (csv, "caseload-by-worker", dashboard->caseload_by_worker);
  append_counts (csv, "caseload-by-organisation", dashboard->caseload_by_organisation);
  append_counts (csv, "referrals-in", dashboard->referrals_in);
  append_counts (csv, "referrals-out", dashboard->referrals_out);

  append_number (csv, "waits", "measured", NULL, dashboard->waits_measured);
  append_number (csv, "waits", "median", "seconds", dashboard->wait_median_seconds);
  append_number (csv, "waits", "90th-percentile", "seconds", dashboard->wait_p90_seconds);
  append_number (csv, "waits", "missed", NULL, dashboard->waits_missed);
  append_number (csv, "waits", "waiting-now", NULL, dashboard->waiting_now);
  append_number (csv, "waits", "breached-now", NULL, dashboard->breached_now);
  append_number (csv, "waits", "near-breach-now", NULL, dashboard->near_breach_now);

  append_number (csv, "attention", "unallocated", NULL, dashboard->unallocated);
  append_number (csv, "attention", "overdue-reviews", NULL, dashboard->overdue_reviews);
  append_number (csv, "attention", "break-glass-to-review", NULL, dashboard->break_glass_to_review);

  append_number (csv, "outcomes", "people-measured", NULL, dashboard->people_measured);
  append_number (csv, "outcomes", "people-measured-twice", NULL, dashboard->people_measured_twice);
  append_number (csv, "outcomes", "goals", NULL, dashboard->goals);
  append_number (csv, "outcomes", "goals-achieved", NULL, dashboard->goals_achieved);
  append_number (csv, "outcomes", "plan-reviews-overdue", NULL, dashboard->plan_reviews_overdue);
  append_changes (csv, dashboard->measure_change);

  return g_string_free (csv, FALSE);
}
