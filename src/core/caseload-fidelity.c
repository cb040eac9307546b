/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "caseload-fidelity.h"

/* The IPS-25 supported employment fidelity scale, its 25 items in the scale's order with
 * what a score of 1 and of 5 look like, in short (the full anchors are in the scale's
 * manual). Bands from DOMAIN.md. */

#define BAND_EXEMPLARY 115
#define BAND_GOOD      100
#define BAND_FAIR      74

#define STAFFING     N_("Staffing")
#define ORGANISATION N_("Organisation")
#define SERVICES     N_("Services")

static const CaseloadFidelityItem items[CASELOAD_FIDELITY_ITEMS] = {
  { STAFFING, N_("Caseload size"),
    N_("41 or more people per employment specialist"),
    N_("20 or fewer people per full-time employment specialist") },
  { STAFFING, N_("Employment services staff"),
    N_("Specialists spend 55% or less of their time on employment services"),
    N_("Specialists spend 96% or more of their time on employment services") },
  { STAFFING, N_("Vocational generalists"),
    N_("Specialists provide only vocational referral to other services"),
    N_("Each specialist carries out every phase, from engagement to follow-along support") },
  { ORGANISATION, N_("Integration with mental health treatment through team assignment"),
    N_("Specialists are not part of any mental health team"),
    N_("Specialists are attached to one or two mental health teams, from which 90% or more of their caseload comes") },
  { ORGANISATION, N_("Integration with mental health treatment through frequent team contact"),
    N_("One or none of the five elements of team contact"),
    N_("All five: team meetings weekly, shared decisions, shared records, office nearby, help with engagement") },
  { ORGANISATION, N_("Collaboration between specialists and vocational rehabilitation"),
    N_("Specialists and rehabilitation counsellors have no contact"),
    N_("Monthly meetings and frequent contact about shared clients") },
  { ORGANISATION, N_("Vocational unit"),
    N_("Specialists work alone, not as a unit"),
    N_("At least two full-time specialists and a leader meet weekly, cover for each other and share job leads") },
  { ORGANISATION, N_("Role of employment supervisor"),
    N_("No supervisor, or one without the five elements"),
    N_("All five: one supervisor for ten or fewer specialists, weekly supervision, outcome review, field mentoring, goals set") },
  { ORGANISATION, N_("Zero exclusion criteria"),
    N_("People are screened out for job readiness, substance use, symptoms or history"),
    N_("Everyone who wants to work is eligible; staff actively seek referrals") },
  { ORGANISATION, N_("Agency focus on competitive employment"),
    N_("One or none of the ways of promoting work"),
    N_("All six: intake asks about work, written policy, leadership talks of work, tours, success stories, outcomes shared") },
  { ORGANISATION, N_("Executive team support for supported employment"),
    N_("One or none of the five elements of leadership support"),
    N_("All five: leadership knows IPS, steering group, quality improvement, service plans, leadership champions it") },
  { SERVICES, N_("Work incentives planning"),
    N_("No help with benefits, incentives or the effect of work on them"),
    N_("Everyone is offered comprehensive, individual benefits and work incentives planning before starting a job") },
  { SERVICES, N_("Disclosure"),
    N_("No information or choices about disclosing a condition to employers"),
    N_("Specialists give accurate information, help people weigh up disclosure, and talk it through more than once") },
  { SERVICES, N_("Ongoing, work-based vocational assessment"),
    N_("Assessment by tests, work samples or sheltered work before a job search"),
    N_("A vocational profile updated from real work experience in competitive jobs") },
  { SERVICES, N_("Rapid job search for competitive employment"),
    N_("First face-to-face employer contact takes 271 days or more on average"),
    N_("First face-to-face employer contact within 30 days on average") },
  { SERVICES, N_("Individualised job search"),
    N_("Jobs are chosen by what is available, not by the person's preferences"),
    N_("Employer contacts follow the person's preferences, strengths, symptoms and work history") },
  { SERVICES, N_("Job development: frequent employer contact"),
    N_("Fewer than one face-to-face employer contact a week per specialist"),
    N_("Six or more face-to-face employer contacts a week per specialist, tracked") },
  { SERVICES, N_("Job development: quality of employer contact"),
    N_("Specialists meet employers only to ask about openings"),
    N_("Repeated contacts that build relationships and learn the employer's needs") },
  { SERVICES, N_("Diversity of job types"),
    N_("Fewer than 50% of jobs are of different types"),
    N_("85% or more of jobs are of different types") },
  { SERVICES, N_("Diversity of employers"),
    N_("Fewer than 50% of jobs are with different employers"),
    N_("85% or more of jobs are with different employers") },
  { SERVICES, N_("Competitive jobs"),
    N_("64% or fewer of the jobs are competitive"),
    N_("95% or more of the jobs are competitive: open to anyone, at least the minimum wage") },
  { SERVICES, N_("Individualised follow-along supports"),
    N_("Most people get no support once in work"),
    N_("Varied support tailored to each person and job, including employer support when wanted") },
  { SERVICES, N_("Time-unlimited follow-along supports"),
    N_("No face-to-face contact after starting a job"),
    N_("Contact within a week before and after starting, and support for as long as wanted") },
  { SERVICES, N_("Community-based services"),
    N_("Specialists spend 30% or less of their time in the community"),
    N_("Specialists spend 65% or more of their time in the community") },
  { SERVICES, N_("Assertive engagement and outreach by the integrated team"),
    N_("No outreach when people stop coming"),
    N_("Systematic outreach by the team, with several attempts, before anyone is closed") },
};

/**
 * caseload_fidelity_item:
 * @index: 0–24
 *
 * Returns: (transfer none) (nullable): the item, untranslated; NULL past the end
 */
const CaseloadFidelityItem *
caseload_fidelity_item (guint index)
{
  g_return_val_if_fail (index < CASELOAD_FIDELITY_ITEMS, NULL);

  return &items[index];
}

/**
 * caseload_fidelity_score:
 * @scores: (array length=n_scores): the item scores, 0 where not scored
 * @n_scores: how many there are (25; fewer count the rest as missing, more are ignored)
 * @total: (out) (optional): the total, 25–125, when it can be given (else 0)
 * @missing: (out) (optional): the number of items not scored
 * @bad_item: (out) (optional): the index of the first score outside 1–5, or -1
 *
 * Returns: TRUE with @total when every item has a score of 1–5
 */
gboolean
caseload_fidelity_score (const int *scores,
                         guint      n_scores,
                         int       *total,
                         guint     *missing,
                         int       *bad_item)
{
  guint n_missing = 0;
  int first_bad = -1;
  int sum = 0;

  for (guint i = 0; i < CASELOAD_FIDELITY_ITEMS; i++)
    {
      int score = scores != NULL && i < n_scores ? scores[i] : 0;

      if (score == 0)
        n_missing++;
      else if (score < 1 || score > 5)
        first_bad = first_bad < 0 ? (int) i : first_bad;
      else
        sum += score;
    }
  if (missing != NULL)
    *missing = n_missing;
  if (bad_item != NULL)
    *bad_item = first_bad;
  if (total != NULL)
    *total = n_missing == 0 && first_bad < 0 ? sum : 0;

  return n_missing == 0 && first_bad < 0;
}

/**
 * caseload_fidelity_band:
 * @total: an IPS-25 total
 *
 * Returns: 115 and above exemplary, 100–114 good, 74–99 fair, 73 and below not IPS
 */
CaseloadFidelityBand
caseload_fidelity_band (int total)
{
  if (total >= BAND_EXEMPLARY)
    return CASELOAD_FIDELITY_EXEMPLARY;
  if (total >= BAND_GOOD)
    return CASELOAD_FIDELITY_GOOD;
  if (total >= BAND_FAIR)
    return CASELOAD_FIDELITY_FAIR;
  return CASELOAD_FIDELITY_NOT_IPS;
}
