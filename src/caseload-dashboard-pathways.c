/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-dashboard"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-dashboard-pathways.h"
#include "caseload-format.h"
#include "caseload-ips.h"

void
caseload_dashboard_line_free (CaseloadDashboardLine *line)
{
  if (line == NULL)
    return;
  g_free (line->title);
  g_free (line->subtitle);
  g_free (line->value);
  g_free (line);
}

/* Takes @subtitle and @value. */
static CaseloadDashboardLine *
add_line (GPtrArray  *lines,
          const char *title,
          char       *subtitle,
          char       *value)
{
  CaseloadDashboardLine *line = g_new0 (CaseloadDashboardLine, 1);

  line->title = g_strdup (title);
  line->subtitle = subtitle;
  line->value = value;
  g_ptr_array_add (lines, line);
  return line;
}

static char *
count_text (guint count)
{
  return g_strdup_printf ("%u", count);
}

/* Part of a whole, rounded to the nearest whole per cent. */
static guint
percent_of (guint part,
            guint whole)
{
  return whole == 0 ? 0 : (guint) (((guint64) part * 200 + whole) / (2 * (guint64) whole));
}

const char *
caseload_dashboard_pathway_title (CaseloadPathway pathway)
{
  switch (pathway)
    {
    case CASELOAD_PATHWAY_STEPPS:
      return _("STEPPS Groups");
    case CASELOAD_PATHWAY_OPEN_DIALOGUE:
      return _("Open Dialogue");
    case CASELOAD_PATHWAY_IPS:
      return _("IPS Employment");
    case CASELOAD_PATHWAY_HOUSING:
    default:
      return _("Housing and Accommodation");
    }
}

/* "BEST down 9.5 on average over 8 people: better" */
static char *
best_change_text (const CaseloadDashboardCohort *cohort)
{
  double change = cohort->mean_best_change;

  if (cohort->best_people == 0)
    return g_strdup (_("No change in BEST to show yet"));
  if (change > -0.05 && change < 0.05)
    /* Translators: the mean change in BEST scores, as in "No change in BEST on average over 8 people" */
    return g_strdup_printf (ngettext ("No change in BEST on average over %u person",
                                      "No change in BEST on average over %u people", cohort->best_people),
                            cohort->best_people);
  if (change < 0)
    /* Translators: lower BEST scores are better; as in "BEST down 9.5 on average over 8 people: better" */
    return g_strdup_printf (ngettext ("BEST down %.1f on average over %u person: better",
                                      "BEST down %.1f on average over %u people: better", cohort->best_people),
                            -change, cohort->best_people);
  /* Translators: higher BEST scores are worse; as in "BEST up 2.5 on average over 4 people: worse" */
  return g_strdup_printf (ngettext ("BEST up %.1f on average over %u person: worse",
                                    "BEST up %.1f on average over %u people: worse", cohort->best_people),
                          change, cohort->best_people);
}

static void
add_cohorts (GPtrArray               *lines,
             const CaseloadDashboard *dashboard)
{
  for (guint i = 0; dashboard->cohorts != NULL && i < dashboard->cohorts->len; i++)
    {
      const CaseloadDashboardCohort *cohort = &g_array_index (dashboard->cohorts, CaseloadDashboardCohort, i);
      g_autofree char *start = caseload_format_date (cohort->start_on);
      g_autofree char *end = caseload_format_date (cohort->end_on);
      g_autofree char *best = best_change_text (cohort);
      char *subtitle, *value;

      subtitle = cohort->finished
                 /* Translators: a group's dates, then its BEST change: "3 Mar 2026 to 14 Jul 2026, finished · BEST down…" */
                 ? g_strdup_printf (_("%s to %s, finished · %s"), start, end, best)
                 /* Translators: a group's dates, then its BEST change: "8 Sep 2026 to 19 Jan 2027, running · BEST down…" */
                 : g_strdup_printf (_("%s to %s, running · %s"), start, end, best);
      /* Translators: a group's completion, as in "7 of 10 completed (70%)" */
      value = g_strdup_printf (ngettext ("%u of %u completed (%u%%)", "%u of %u completed (%u%%)", cohort->participants),
                               cohort->completers, cohort->participants,
                               percent_of (cohort->completers, cohort->participants));
      add_line (lines, cohort->name, subtitle, value);
    }

  if (lines->len == 0)
    add_line (lines, _("No groups ran in the range"), NULL, NULL);
}

static void
add_open_dialogue (GPtrArray               *lines,
                   const CaseloadDashboard *dashboard)
{
  guint decided = dashboard->od_met + dashboard->od_met_late + dashboard->od_breached;
  CaseloadDashboardLine *line;

  add_line (lines, _("Episodes"), g_strdup (_("Open Dialogue episodes whose first contact was in the range")),
            count_text (dashboard->od_episodes));
  add_line (lines, _("First meeting within 24 hours"),
            g_strdup (_("Of the episodes met, or past their 24 hours")),
            decided == 0 ? g_strdup (_("None yet"))
            /* Translators: the 24-hour standard, as in "8 of 11 (73%)" */
            : g_strdup_printf (_("%u of %u (%u%%)"), dashboard->od_met, decided,
                               percent_of (dashboard->od_met, decided)));
  add_line (lines, _("First meeting after 24 hours"), NULL, count_text (dashboard->od_met_late));
  line = add_line (lines, _("No first meeting after 24 hours"),
                   g_strdup (_("The first network meeting is overdue")), count_text (dashboard->od_breached));
  line->warning = dashboard->od_breached > 0;
  add_line (lines, _("Within their first 24 hours now"), g_strdup (_("The first network meeting is still to come")),
            count_text (dashboard->od_running));
}

static char *
ips_subtitle (const CaseloadIpsFigures *figures)
{
  g_autoptr(GString) text = g_string_new (NULL);
  double limit = CASELOAD_IPS_CASELOAD_PER_FTE * figures->fte;

  if (figures->over_caseload)
    /* Translators: an employment specialist's caseload over the limit, as in
     * "Over caseload: 12 people, limit 10 at 0.5 full time" */
    g_string_append_printf (text, _("Over caseload: %u people, limit %.0f at %.1f full time"),
                            figures->caseload, limit, figures->fte);
  else
    /* Translators: as in "Caseload 8 people, limit 20 at 1.0 full time" */
    g_string_append_printf (text, _("Caseload %u people, limit %.0f at %.1f full time"),
                            figures->caseload, limit, figures->fte);
  /* Translators: referrals in the range and how many engaged, as in " · 6 referred, 4 engaged" */
  g_string_append_printf (text, _(" · %u referred, %u engaged"), figures->referrals, figures->engaged);
  if (figures->first_contacts > 0)
    /* Translators: as in " · first employer contact after 21.5 days (median), 3 of 4 within 28 days" */
    g_string_append_printf (text, _(" · first employer contact after %.1f days (median), %u of %u within %u days"),
                            figures->median_days_to_contact, figures->contacts_within_target,
                            figures->first_contacts, CASELOAD_IPS_FIRST_CONTACT_DAYS);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
add_ips (GPtrArray               *lines,
         const CaseloadDashboard *dashboard)
{
  CaseloadDashboardLine *line;

  for (guint i = 0; dashboard->ips != NULL && i < dashboard->ips->len; i++)
    {
      const CaseloadIpsFigures *figures = &g_array_index (dashboard->ips, CaseloadIpsFigures, i);

      line = add_line (lines, figures->specialist_id != NULL ? figures->specialist_name : _("Whole service"),
                       ips_subtitle (figures),
                       /* Translators: job starts in the range, as in "2 first job starts, 3 in all" */
                       g_strdup_printf (ngettext ("%u first job start, %u in all", "%u first job starts, %u in all",
                                                  figures->first_job_starts),
                                        figures->first_job_starts, figures->job_starts));
      line->warning = figures->over_caseload;
    }
  if (lines->len == 0)
    add_line (lines, _("No IPS referrals"), NULL, NULL);

  if (dashboard->fidelity_total <= 0)
    {
      add_line (lines, _("Latest IPS-25 fidelity review"), NULL, g_strdup (_("None recorded")));
      return;
    }
  {
    g_autofree char *on = caseload_format_date (dashboard->fidelity_on);

    line = add_line (lines, _("Latest IPS-25 fidelity review"),
                     /* Translators: the service reviewed and when, as in "Thurrock IPS, 30 Jun 2026" */
                     g_strdup_printf (_("%s, %s"), dashboard->fidelity_service != NULL ? dashboard->fidelity_service : "",
                                      on != NULL ? on : ""),
                     /* Translators: a fidelity total and its band, as in "101 of 125: Good fidelity" */
                     g_strdup_printf (_("%d of 125: %s"), dashboard->fidelity_total,
                                      caseload_fidelity_band_label (dashboard->fidelity_band)));
    line->warning = dashboard->fidelity_band == CASELOAD_FIDELITY_NOT_IPS;
  }
}

static void
add_housing (GPtrArray               *lines,
             const CaseloadDashboard *dashboard)
{
  CaseloadDashboardLine *line;

  for (guint s = CASELOAD_HOUSING_SENT; s < CASELOAD_HOUSING_CLOSED; s++)
    {
      /* Translators: open housing referrals by their status, as in "Housing referrals: Offered" */
      g_autofree char *title = g_strdup_printf (_("Housing referrals: %s"), caseload_housing_status_label (s));

      add_line (lines, title, g_strdup (_("Open now")), count_text (dashboard->housing_by_status[s]));
    }
  add_line (lines, _("Housing referrals closed"), g_strdup (_("Closed in the range")),
            count_text (dashboard->housing_by_status[CASELOAD_HOUSING_CLOSED]));

  line = add_line (lines, _("Not in settled accommodation"),
                   g_strdup (_("People whose latest accommodation status is not settled")),
                   count_text (dashboard->not_settled));
  line->warning = dashboard->not_settled > 0;
  for (guint a = CASELOAD_ACCOMMODATION_SETTLED; a <= CASELOAD_ACCOMMODATION_HOSPITAL; a++)
    {
      /* Translators: people by their accommodation now, as in "Accommodation: Temporary" */
      g_autofree char *title = g_strdup_printf (_("Accommodation: %s"), caseload_accommodation_label (a));

      add_line (lines, title, g_strdup (_("People, by their latest status")),
                count_text (dashboard->accommodation_by_status[a]));
    }
}

GPtrArray *
caseload_dashboard_pathway_lines (const CaseloadDashboard *dashboard,
                                  CaseloadPathway          pathway)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func ((GDestroyNotify) caseload_dashboard_line_free);

  g_return_val_if_fail (dashboard != NULL, lines);

  switch (pathway)
    {
    case CASELOAD_PATHWAY_STEPPS:
      add_cohorts (lines, dashboard);
      break;
    case CASELOAD_PATHWAY_OPEN_DIALOGUE:
      add_open_dialogue (lines, dashboard);
      break;
    case CASELOAD_PATHWAY_IPS:
      add_ips (lines, dashboard);
      break;
    case CASELOAD_PATHWAY_HOUSING:
    default:
      add_housing (lines, dashboard);
      break;
    }
  return lines;
}
