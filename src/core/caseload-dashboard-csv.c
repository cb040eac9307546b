/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include <string.h>

#include "caseload-dashboard-csv.h"
#include "caseload-instrument.h"
#include "caseload-ips.h"

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

/* A fraction or a mean, to two decimal places, whatever the locale. */
static void
append_decimal (GString    *csv,
                const char *section,
                const char *label,
                const char *detail,
                double      value)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  append_number_text (csv, section, label, detail, g_ascii_formatd (number, sizeof number, "%.2f", value));
}

static void
append_cohorts (GString *csv,
                GArray  *cohorts)
{
  for (guint i = 0; cohorts != NULL && i < cohorts->len; i++)
    {
      const CaseloadDashboardCohort *cohort = &g_array_index (cohorts, CaseloadDashboardCohort, i);

      append_row (csv, "stepps-cohort", cohort->name, "start-on", cohort->start_on);
      append_row (csv, "stepps-cohort", cohort->name, "end-on", cohort->end_on);
      append_row (csv, "stepps-cohort", cohort->name, "finished", cohort->finished ? "yes" : "no");
      append_number (csv, "stepps-cohort", cohort->name, "participants", cohort->participants);
      append_number (csv, "stepps-cohort", cohort->name, "completers", cohort->completers);
      append_decimal (csv, "stepps-cohort", cohort->name, "completion-rate", cohort->completion_rate);
      append_number (csv, "stepps-cohort", cohort->name, "best-people", cohort->best_people);
      append_decimal (csv, "stepps-cohort", cohort->name, "mean-best-change", cohort->mean_best_change);
    }
}

/* One row of figures per employment specialist, then "service". */
static void
append_ips (GString *csv,
            GArray  *ips)
{
  for (guint i = 0; ips != NULL && i < ips->len; i++)
    {
      const CaseloadIpsFigures *row = &g_array_index (ips, CaseloadIpsFigures, i);
      const char *who = row->specialist_id == NULL ? "service" : row->specialist_name;

      append_decimal (csv, "ips", who, "fte", row->fte);
      append_number (csv, "ips", who, "caseload", row->caseload);
      append_row (csv, "ips", who, "over-caseload", row->over_caseload ? "yes" : "no");
      append_number (csv, "ips", who, "referrals", row->referrals);
      append_number (csv, "ips", who, "engaged", row->engaged);
      append_number (csv, "ips", who, "first-job-starts", row->first_job_starts);
      append_number (csv, "ips", who, "job-starts", row->job_starts);
      append_number (csv, "ips", who, "first-employer-contacts", row->first_contacts);
      append_decimal (csv, "ips", who, "median-days-to-first-contact", row->median_days_to_contact);
      append_number (csv, "ips", who, "first-contacts-within-28-days", row->contacts_within_target);
    }
}

static void
append_pathways (GString                 *csv,
                 const CaseloadDashboard *dashboard)
{
  append_cohorts (csv, dashboard->cohorts);

  append_number (csv, "open-dialogue", "episodes", NULL, dashboard->od_episodes);
  append_number (csv, "open-dialogue", "met-within-24-hours", NULL, dashboard->od_met);
  append_number (csv, "open-dialogue", "met-after-24-hours", NULL, dashboard->od_met_late);
  append_number (csv, "open-dialogue", "running", NULL, dashboard->od_running);
  append_number (csv, "open-dialogue", "breached", NULL, dashboard->od_breached);

  append_ips (csv, dashboard->ips);
  if (dashboard->fidelity_total > 0)
    {
      append_row (csv, "ips-fidelity", dashboard->fidelity_service, "reviewed-on", dashboard->fidelity_on);
      append_number (csv, "ips-fidelity", dashboard->fidelity_service, "total", dashboard->fidelity_total);
      append_row (csv, "ips-fidelity", dashboard->fidelity_service, "band",
                  caseload_fidelity_band_to_code (dashboard->fidelity_band));
    }

  for (guint i = 0; i < G_N_ELEMENTS (dashboard->housing_by_status); i++)
    append_number (csv, "housing-by-status", caseload_housing_status_to_code ((CaseloadHousingStatus) i), NULL,
                   dashboard->housing_by_status[i]);
  for (guint i = 0; i < G_N_ELEMENTS (dashboard->accommodation_by_status); i++)
    append_number (csv, "accommodation-by-status", caseload_accommodation_to_code ((CaseloadAccommodation) i), NULL,
                   dashboard->accommodation_by_status[i]);
  append_number (csv, "accommodation", "not-settled", NULL, dashboard->not_settled);
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
  append_pathways (csv, dashboard);

  return g_string_free (csv, FALSE);
}
