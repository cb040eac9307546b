/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-dashboard"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-dashboard-figures.h"
#include "caseload-format.h"
#include "caseload-instrument.h"

/* A month axis longer than this shows only the months that have referrals. */
#define MAX_MONTHS 60

static const char *const pcns[] = {
  "ASOP",
  "Grays",
  "Stanford-le-Hope and Corringham",
  "Tilbury and Chadwell",
  NULL
};

static const struct {
  const char *group;
  const char *title;
  const char *subtitle;
} figures[] = {
  [CASELOAD_DASHBOARD_FIGURE_MEDIAN_WAIT] =
    { N_("Waiting Times"), N_("Median wait"), N_("Counted time to the standard’s milestone, pauses excluded") },
  [CASELOAD_DASHBOARD_FIGURE_P90_WAIT] =
    { N_("Waiting Times"), N_("90th percentile wait"), N_("Nine in ten waits were this long or shorter") },
  [CASELOAD_DASHBOARD_FIGURE_WAITS_MEASURED] =
    { N_("Waiting Times"), N_("Waits measured"), N_("Referrals in the range whose clock has stopped") },
  [CASELOAD_DASHBOARD_FIGURE_WAITS_MISSED] =
    { N_("Waiting Times"), N_("Waits that missed the standard"), N_("Clock stopped after the time due") },
  [CASELOAD_DASHBOARD_FIGURE_WAITING_NOW] =
    { N_("Waiting Times"), N_("Waiting now"), N_("Clocks running now") },
  [CASELOAD_DASHBOARD_FIGURE_BREACHED_NOW] =
    { N_("Waiting Times"), N_("Past the standard now"), N_("Still waiting after the time due") },
  [CASELOAD_DASHBOARD_FIGURE_NEAR_BREACH_NOW] =
    { N_("Waiting Times"), N_("Near the standard now"), N_("Still waiting, close to the time due") },
  [CASELOAD_DASHBOARD_FIGURE_UNALLOCATED] =
    { N_("Needs Attention"), N_("Unallocated"), N_("Accepted, with nobody allocated") },
  [CASELOAD_DASHBOARD_FIGURE_OVERDUE_REVIEWS] =
    { N_("Needs Attention"), N_("Overdue reviews"), N_("Open referrals whose review date has passed") },
  [CASELOAD_DASHBOARD_FIGURE_BREAK_GLASS] =
    { N_("Needs Attention"), N_("Emergency accesses to review"), N_("Records opened in an emergency, not yet reviewed") },
  [CASELOAD_DASHBOARD_FIGURE_PEOPLE_MEASURED] =
    { N_("Outcomes"), N_("People measured"), N_("People with an outcome measure completed in the range") },
  [CASELOAD_DASHBOARD_FIGURE_MEASURED_TWICE] =
    { N_("Outcomes"), N_("Measured twice or more"), N_("People with two or more scores on one measure, so change can be seen") },
  [CASELOAD_DASHBOARD_FIGURE_GOALS_ACHIEVED] =
    { N_("Outcomes"), N_("Goals achieved"), N_("Goals marked achieved in people’s current plans") },
  [CASELOAD_DASHBOARD_FIGURE_PLAN_REVIEWS_OVERDUE] =
    { N_("Outcomes"), N_("Plan reviews overdue"), N_("Current plans whose review date has passed") },
};

static const struct {
  const char        *title;
  CaseloadChartKind  kind;
} charts[] = {
  [CASELOAD_DASHBOARD_CHART_BY_WORKER]       = { N_("Caseload by Worker"), CASELOAD_CHART_BARS },
  [CASELOAD_DASHBOARD_CHART_BY_ORGANISATION] = { N_("Caseload by Organisation"), CASELOAD_CHART_BARS },
  [CASELOAD_DASHBOARD_CHART_REFERRALS_IN]    = { N_("Referrals In by Month and Source"), CASELOAD_CHART_COLUMNS },
  [CASELOAD_DASHBOARD_CHART_REFERRALS_OUT]   = { N_("Referrals Out by Month and Outcome"), CASELOAD_CHART_COLUMNS },
};

/* Where referrals went, in the order the chart stacks them. */
static const struct {
  const char *code;
  const char *label;
} outcomes[] = {
  { "signposted",         N_("Signposted") },
  { "referred-on",        N_("Referred on") },
  { "declined",           N_("Declined") },
  { "to-gp",              N_("Transferred to the GP") },
  { "to-another-service", N_("Transferred to another service") },
  { "ended-by-choice",    N_("Ended by choice") },
};

const char * const *
caseload_dashboard_pcns (void)
{
  return pcns;
}

const char *
caseload_dashboard_figure_group (CaseloadDashboardFigure figure)
{
  g_return_val_if_fail (figure < CASELOAD_DASHBOARD_N_FIGURES, NULL);

  return _(figures[figure].group);
}

const char *
caseload_dashboard_figure_title (CaseloadDashboardFigure figure)
{
  g_return_val_if_fail (figure < CASELOAD_DASHBOARD_N_FIGURES, NULL);

  return _(figures[figure].title);
}

const char *
caseload_dashboard_figure_subtitle (CaseloadDashboardFigure figure)
{
  g_return_val_if_fail (figure < CASELOAD_DASHBOARD_N_FIGURES, NULL);

  return _(figures[figure].subtitle);
}

static char *
format_wait (const CaseloadDashboard *dashboard,
             gint64                   seconds)
{
  guint64 hours_in_all = (MAX (seconds, 0) + 1800) / 3600;
  guint64 days = hours_in_all / 24, hours = hours_in_all % 24;
  g_autofree char *days_text = NULL;
  g_autofree char *hours_text = NULL;
  g_autofree char *total_text = NULL;

  if (dashboard->waits_measured == 0)
    return g_strdup (_("None measured"));

  /* Translators: part of a wait, as in "3 days, 1 hour (73 hours)" */
  hours_text = g_strdup_printf (ngettext ("%" G_GUINT64_FORMAT " hour", "%" G_GUINT64_FORMAT " hours", hours), hours);
  if (days == 0)
    return g_steal_pointer (&hours_text);

  /* Translators: part of a wait, as in "3 days, 1 hour (73 hours)" */
  days_text = g_strdup_printf (ngettext ("%" G_GUINT64_FORMAT " day", "%" G_GUINT64_FORMAT " days", days), days);
  /* Translators: part of a wait, as in "3 days, 1 hour (73 hours)" */
  total_text = g_strdup_printf (ngettext ("%" G_GUINT64_FORMAT " hour", "%" G_GUINT64_FORMAT " hours", hours_in_all),
                                hours_in_all);
  if (hours == 0)
    /* Translators: a wait in days, then in hours, as in "20 days (480 hours)" */
    return g_strdup_printf (_("%s (%s)"), days_text, total_text);

  /* Translators: a wait in days and hours, then in hours, as in "3 days, 1 hour (73 hours)" */
  return g_strdup_printf (_("%s, %s (%s)"), days_text, hours_text, total_text);
}

/* Part of a whole, rounded to the nearest whole per cent. */
static guint
percent_of (guint part,
            guint whole)
{
  return whole == 0 ? 0 : (guint) (((guint64) part * 200 + whole) / (2 * (guint64) whole));
}

/* "18 of 40 people (45%)" or "12 of 30 goals (40%)"; words of their own for none. */
static char *
format_share (guint    part,
              guint    whole,
              gboolean goals)
{
  guint percent = percent_of (part, whole);

  if (whole == 0)
    return g_strdup (goals ? _("No goals yet") : _("None measured"));

  if (goals)
    /* Translators: a share of goals, as in "12 of 30 goals (40%)" */
    return g_strdup_printf (ngettext ("%u of %u goal (%u%%)", "%u of %u goals (%u%%)", whole), part, whole, percent);

  /* Translators: a share of people, as in "18 of 40 people (45%)" */
  return g_strdup_printf (ngettext ("%u of %u person (%u%%)", "%u of %u people (%u%%)", whole), part, whole, percent);
}

char *
caseload_dashboard_figure_value (const CaseloadDashboard *dashboard,
                                 CaseloadDashboardFigure  figure)
{
  guint count = 0;

  g_return_val_if_fail (dashboard != NULL, NULL);

  switch (figure)
    {
    case CASELOAD_DASHBOARD_FIGURE_MEDIAN_WAIT:
      return format_wait (dashboard, dashboard->wait_median_seconds);
    case CASELOAD_DASHBOARD_FIGURE_P90_WAIT:
      return format_wait (dashboard, dashboard->wait_p90_seconds);
    case CASELOAD_DASHBOARD_FIGURE_WAITS_MEASURED:
      count = dashboard->waits_measured;
      break;
    case CASELOAD_DASHBOARD_FIGURE_WAITS_MISSED:
      count = dashboard->waits_missed;
      break;
    case CASELOAD_DASHBOARD_FIGURE_WAITING_NOW:
      count = dashboard->waiting_now;
      break;
    case CASELOAD_DASHBOARD_FIGURE_BREACHED_NOW:
      count = dashboard->breached_now;
      break;
    case CASELOAD_DASHBOARD_FIGURE_NEAR_BREACH_NOW:
      count = dashboard->near_breach_now;
      break;
    case CASELOAD_DASHBOARD_FIGURE_UNALLOCATED:
      count = dashboard->unallocated;
      break;
    case CASELOAD_DASHBOARD_FIGURE_OVERDUE_REVIEWS:
      count = dashboard->overdue_reviews;
      break;
    case CASELOAD_DASHBOARD_FIGURE_BREAK_GLASS:
      count = dashboard->break_glass_to_review;
      break;
    case CASELOAD_DASHBOARD_FIGURE_PEOPLE_MEASURED:
      count = dashboard->people_measured;
      break;
    case CASELOAD_DASHBOARD_FIGURE_MEASURED_TWICE:
      return format_share (dashboard->people_measured_twice, dashboard->people_measured, FALSE);
    case CASELOAD_DASHBOARD_FIGURE_GOALS_ACHIEVED:
      return format_share (dashboard->goals_achieved, dashboard->goals, TRUE);
    case CASELOAD_DASHBOARD_FIGURE_PLAN_REVIEWS_OVERDUE:
      count = dashboard->plan_reviews_overdue;
      break;
    case CASELOAD_DASHBOARD_N_FIGURES:
    default:
      g_return_val_if_reached (NULL);
    }

  return g_strdup_printf ("%u", count);
}

const char *
caseload_dashboard_change_title (const CaseloadDashboardChange *change)
{
  g_return_val_if_fail (change != NULL, NULL);

  return caseload_instrument_get (change->instrument)->name;
}

char *
caseload_dashboard_change_subtitle (const CaseloadDashboardChange *change)
{
  g_return_val_if_fail (change != NULL, NULL);

  /* Translators: under a measure's name on the dashboard, as in "Median change over 12 people" */
  return g_strdup_printf (ngettext ("Median change over %u person", "Median change over %u people", change->people),
                          change->people);
}

char *
caseload_dashboard_change_value (const CaseloadDashboardChange *change)
{
  g_return_val_if_fail (change != NULL, NULL);

  /* From nothing to the median change: the words say up or down, better or worse */
  return caseload_instrument_describe_change (caseload_instrument_get (change->instrument), 0, change->median_change);
}

const char *
caseload_dashboard_chart_title (CaseloadDashboardChart chart)
{
  g_return_val_if_fail (chart < CASELOAD_DASHBOARD_N_CHARTS, NULL);

  return _(charts[chart].title);
}

CaseloadChartKind
caseload_dashboard_chart_kind (CaseloadDashboardChart chart)
{
  g_return_val_if_fail (chart < CASELOAD_DASHBOARD_N_CHARTS, CASELOAD_CHART_BARS);

  return charts[chart].kind;
}

static GArray *
chart_counts (const CaseloadDashboard *dashboard,
              CaseloadDashboardChart   which)
{
  switch (which)
    {
    case CASELOAD_DASHBOARD_CHART_BY_WORKER:
      return dashboard->caseload_by_worker;
    case CASELOAD_DASHBOARD_CHART_BY_ORGANISATION:
      return dashboard->caseload_by_organisation;
    case CASELOAD_DASHBOARD_CHART_REFERRALS_IN:
      return dashboard->referrals_in;
    case CASELOAD_DASHBOARD_CHART_REFERRALS_OUT:
      return dashboard->referrals_out;
    case CASELOAD_DASHBOARD_N_CHARTS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
fill_bars (CaseloadChart *chart,
           GArray        *counts)
{
  g_autofree const char **labels = g_new0 (const char *, counts->len + 1);
  g_autofree double *values = g_new0 (double, counts->len + 1);

  for (guint i = 0; i < counts->len; i++)
    {
      CaseloadDashboardCount *count = &g_array_index (counts, CaseloadDashboardCount, i);

      labels[i] = count->label;
      values[i] = count->count;
    }

  caseload_chart_set_data (chart, labels, counts->len, NULL, 1, values);
}

/* The series' codes in the order the chart stacks them: known codes first, in their
 * order, then any other code as it comes. */
static GPtrArray *
series_codes (GArray                 *counts,
              CaseloadDashboardChart  which)
{
  GPtrArray *codes = g_ptr_array_new ();
  gboolean used;

  if (which == CASELOAD_DASHBOARD_CHART_REFERRALS_IN)
    for (CaseloadReferralSource source = CASELOAD_REFERRAL_SOURCE_GP; source <= CASELOAD_REFERRAL_SOURCE_OTHER; source++)
      g_ptr_array_add (codes, (gpointer) caseload_referral_source_to_code (source));
  else
    for (guint i = 0; i < G_N_ELEMENTS (outcomes); i++)
      g_ptr_array_add (codes, (gpointer) outcomes[i].code);

  for (guint i = 0; i < counts->len; i++)
    {
      CaseloadDashboardCount *count = &g_array_index (counts, CaseloadDashboardCount, i);

      if (count->detail != NULL && !g_ptr_array_find_with_equal_func (codes, count->detail, g_str_equal, NULL))
        g_ptr_array_add (codes, count->detail);
    }

  /* Only the series that have something */
  for (guint s = codes->len; s > 0; s--)
    {
      used = FALSE;
      for (guint i = 0; i < counts->len && !used; i++)
        used = g_strcmp0 (g_array_index (counts, CaseloadDashboardCount, i).detail,
                          g_ptr_array_index (codes, s - 1)) == 0;
      if (!used)
        g_ptr_array_remove_index (codes, s - 1);
    }

  return codes;
}

static const char *
series_label (CaseloadDashboardChart  which,
              const char             *code)
{
  CaseloadReferralSource source;

  if (which == CASELOAD_DASHBOARD_CHART_REFERRALS_IN)
    return caseload_referral_source_from_code (code, &source) ? caseload_referral_source_label (source) : code;

  for (guint i = 0; i < G_N_ELEMENTS (outcomes); i++)
    if (g_str_equal (outcomes[i].code, code))
      return _(outcomes[i].label);

  return code;
}

static gboolean
parse_month (const char *iso,
             int        *year,
             int        *month)
{
  return iso != NULL && sscanf (iso, "%4d-%2d", year, month) == 2 && *month >= 1 && *month <= 12;
}

/* Every month from the range's start to its end, so that empty months show; only the
 * months with figures when the range is too long or unknown. */
static GPtrArray *
month_codes (const CaseloadDashboard *dashboard,
             GArray                  *counts)
{
  GPtrArray *months = g_ptr_array_new_with_free_func (g_free);
  int year, month, to_year, to_month;

  if (parse_month (dashboard->from, &year, &month) && parse_month (dashboard->to, &to_year, &to_month) &&
      (to_year * 12 + to_month) - (year * 12 + month) < MAX_MONTHS)
    {
      for (; year * 12 + month <= to_year * 12 + to_month; month = month % 12 + 1, year += month == 1)
        g_ptr_array_add (months, g_strdup_printf ("%04d-%02d", year, month));
      return months;
    }

  for (guint i = 0; i < counts->len; i++)
    {
      const char *label = g_array_index (counts, CaseloadDashboardCount, i).label;

      if (!g_ptr_array_find_with_equal_func (months, label, g_str_equal, NULL))
        g_ptr_array_add (months, g_strdup (label));
    }

  return months;
}

static char *
format_month (const char *code)
{
  g_autoptr(GDateTime) date = NULL;
  int year, month;

  if (!parse_month (code, &year, &month) || (date = g_date_time_new_utc (year, month, 1, 0, 0, 0)) == NULL)
    return g_strdup (code);

  /* Translators: a month on a chart, as in "Mar 2026"; see g_date_time_format() */
  return g_date_time_format (date, _("%b %Y"));
}

static void
fill_months (CaseloadChart           *chart,
             const CaseloadDashboard *dashboard,
             CaseloadDashboardChart   which)
{
  GArray *counts = chart_counts (dashboard, which);
  g_autoptr(GPtrArray) months = month_codes (dashboard, counts);
  g_autoptr(GPtrArray) codes = series_codes (counts, which);
  g_autoptr(GPtrArray) month_labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree const char **series = NULL;
  g_autofree double *values = NULL;
  guint n_series = MAX (codes->len, 1);

  series = g_new0 (const char *, n_series + 1);
  for (guint s = 0; s < codes->len; s++)
    series[s] = series_label (which, g_ptr_array_index (codes, s));
  if (codes->len == 0)
    series[0] = "";

  values = g_new0 (double, months->len * n_series + 1);
  for (guint i = 0; i < counts->len; i++)
    {
      CaseloadDashboardCount *count = &g_array_index (counts, CaseloadDashboardCount, i);
      guint m, s;

      if (count->detail != NULL &&
          g_ptr_array_find_with_equal_func (months, count->label, g_str_equal, &m) &&
          g_ptr_array_find_with_equal_func (codes, count->detail, g_str_equal, &s))
        values[m * n_series + s] += count->count;
    }

  for (guint m = 0; m < months->len; m++)
    g_ptr_array_add (month_labels, format_month (g_ptr_array_index (months, m)));

  caseload_chart_set_data (chart, (const char * const *) month_labels->pdata, months->len,
                           codes->len > 0 ? series : NULL, n_series, values);
}

void
caseload_dashboard_fill_chart (CaseloadChart           *chart,
                               const CaseloadDashboard *dashboard,
                               CaseloadDashboardChart   which)
{
  g_return_if_fail (CASELOAD_IS_CHART (chart));
  g_return_if_fail (dashboard != NULL);

  if (which == CASELOAD_DASHBOARD_CHART_BY_WORKER || which == CASELOAD_DASHBOARD_CHART_BY_ORGANISATION)
    fill_bars (chart, chart_counts (dashboard, which));
  else
    fill_months (chart, dashboard, which);
}

char *
caseload_dashboard_format_range (const CaseloadDashboard *dashboard)
{
  g_autofree char *from = caseload_format_date (dashboard->from);
  g_autofree char *to = caseload_format_date (dashboard->to);

  /* Translators: the dashboard's range of dates, as in "1 Dec 2025 to 22 Nov 2026" */
  return g_strdup_printf (_("%s to %s"), from != NULL ? from : "…", to != NULL ? to : "…");
}

const char *
caseload_dashboard_format_pcn (const char *pcn)
{
  return pcn != NULL ? pcn : _("All PCNs");
}
