/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "caseload-accommodation-record.h"
#include "caseload-cohort-participant.h"
#include "caseload-dates.h"
#include "caseload-employer-contact.h"
#include "caseload-housing-referral.h"
#include "caseload-ips.h"
#include "caseload-open-dialogue.h"
#include "caseload-pathways.h"
#include "caseload-pathways-private.h"
#include "caseload-wait-clock.h"

gboolean
caseload_pathway_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  while (g_ascii_isspace (*text))
    text++;
  return *text == '\0';
}

gboolean
caseload_pathway_iso_date (const char *iso,
                           GDate      *date)
{
  guint year, month, day;

  g_date_clear (date, 1);
  if (iso == NULL || strlen (iso) != 10 || iso[4] != '-' || iso[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    {
      if (i != 4 && i != 7 && !g_ascii_isdigit (iso[i]))
        return FALSE;
    }

  year = (guint) g_ascii_strtoull (iso, NULL, 10);
  month = (guint) g_ascii_strtoull (iso + 5, NULL, 10);
  day = (guint) g_ascii_strtoull (iso + 8, NULL, 10);
  if (year < 1 || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;

  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

void
caseload_pathway_today (const GDate *today,
                        GDate       *out)
{
  g_autoptr(GDateTime) now = NULL;

  if (today != NULL && g_date_valid (today))
    {
      *out = *today;
      return;
    }

  now = g_date_time_new_now_utc ();
  caseload_date_london_day (now, out);
}

GDateTime *
caseload_pathway_parse_time (const char *iso)
{
  g_autoptr(GTimeZone) utc = NULL;

  if (caseload_pathway_blank (iso))
    return NULL;

  utc = g_time_zone_new_utc ();
  return g_date_time_new_from_iso8601 (iso, utc);
}

char *
caseload_pathway_show_date (const GDate *date)
{
  return g_strdup_printf ("%02u/%02u/%04u", (guint) g_date_get_day (date),
                          (guint) g_date_get_month (date), (guint) g_date_get_year (date));
}

char *
caseload_pathway_show_time (GDateTime *when)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (when, caseload_wait_clock_time_zone ());

  return g_date_time_format (local, "%d/%m/%Y %H:%M");
}

CaseloadPathways *
caseload_pathways_new (const char *person_id)
{
  CaseloadPathways *pathways = g_new0 (CaseloadPathways, 1);

  pathways->person_id = g_strdup (person_id);
  pathways->cohorts = g_ptr_array_new_with_free_func (g_object_unref);
  pathways->od_episodes = g_ptr_array_new_with_free_func (g_object_unref);
  pathways->ips_referrals = g_ptr_array_new_with_free_func (g_object_unref);
  pathways->housing_referrals = g_ptr_array_new_with_free_func (g_object_unref);
  pathways->accommodation = g_ptr_array_new_with_free_func (g_object_unref);

  return pathways;
}

void
caseload_pathways_free (CaseloadPathways *pathways)
{
  if (pathways == NULL)
    return;

  g_free (pathways->person_id);
  g_ptr_array_unref (pathways->cohorts);
  g_ptr_array_unref (pathways->od_episodes);
  g_ptr_array_unref (pathways->ips_referrals);
  g_ptr_array_unref (pathways->housing_referrals);
  g_ptr_array_unref (pathways->accommodation);
  g_free (pathways);
}

void
caseload_pathway_badge_free (CaseloadPathwayBadge *badge)
{
  if (badge == NULL)
    return;

  g_free (badge->label);
  g_free (badge->detail);
  g_free (badge);
}

/* The badges say where each active pathway is in a few words, with dates as "Tue 3 Mar"
 * (and the year when it is not this year's) on the London calendar. */

static const char * const ips_labels[] = {
  [CASELOAD_IPS_STAGE_REFERRED]   = N_("IPS: referred"),
  [CASELOAD_IPS_STAGE_ENGAGED]    = N_("IPS: engaged"),
  [CASELOAD_IPS_STAGE_JOB_SEARCH] = N_("IPS: job search"),
  [CASELOAD_IPS_STAGE_IN_WORK]    = N_("IPS: in work"),
  [CASELOAD_IPS_STAGE_CLOSED]     = N_("IPS: closed"),
};

static const char * const housing_labels[] = {
  [CASELOAD_HOUSING_SENT]         = N_("Housing: sent"),
  [CASELOAD_HOUSING_ACKNOWLEDGED] = N_("Housing: acknowledged"),
  [CASELOAD_HOUSING_ASSESSED]     = N_("Housing: assessed"),
  [CASELOAD_HOUSING_OFFERED]      = N_("Housing: offered"),
  [CASELOAD_HOUSING_IN_PLACE]     = N_("Housing: in place"),
  [CASELOAD_HOUSING_CLOSED]       = N_("Housing: closed"),
};

/* "Tue 3 Mar", or "Tue 3 Mar 2026" outside @today's year; NULL when @date is not valid. */
static char *
short_date (const GDate *date,
            const GDate *today)
{
  char text[64];
  const char *format;

  if (!g_date_valid (date))
    return NULL;

  /* TRANSLATORS: strftime formats for a date on a badge: "Tue 3 Mar", "Tue 3 Mar 2026".
   * xgettext:no-c-format */
  format = g_date_get_year (date) == g_date_get_year (today) ? _("%a %-d %b") : _("%a %-d %b %Y");
  if (g_date_strftime (text, sizeof text, format, date) == 0)
    return caseload_pathway_show_date (date);

  return g_strdup (text);
}

static char *
short_iso_date (const char  *iso,
                const GDate *today)
{
  GDate date;

  return caseload_pathway_iso_date (iso, &date) ? short_date (&date, today) : NULL;
}

static char *
short_time (GDateTime   *when,
            const GDate *today)
{
  GDate date;

  caseload_date_london_day (when, &date);
  return short_date (&date, today);
}

static void
add_badge (GPtrArray       *badges,
           CaseloadPathway  pathway,
           const char      *label,
           char            *detail,
           gboolean         urgent)
{
  CaseloadPathwayBadge *badge = g_new0 (CaseloadPathwayBadge, 1);

  badge->pathway = pathway;
  badge->label = g_strdup (label);
  /* Never NULL, so a label can show it as it is; empty when a date could not be read. */
  badge->detail = detail != NULL ? detail : g_strdup ("");
  badge->urgent = urgent;
  g_ptr_array_add (badges, badge);
}

/* Badge details are "Next session %s" and the like, with a date that may be missing:
 * then there is no detail. A macro, so the compiler checks each translated format. */
#define DATED(format, date_expr) \
  G_STMT_START { \
    g_autofree char *date_ = (date_expr); \
    detail = date_ != NULL ? g_strdup_printf ((format), date_) : NULL; \
  } G_STMT_END

static void
add_stepps_badges (GPtrArray        *badges,
                   CaseloadPathways *pathways,
                   const GDate      *today)
{
  for (guint i = 0; i < pathways->cohorts->len; i++)
    {
      CaseloadCohortParticipant *participant = g_ptr_array_index (pathways->cohorts, i);
      const char *next = caseload_cohort_participant_get_cohort_next_session_on (participant);
      GDate end;
      char *detail;

      if (!caseload_pathway_blank (caseload_cohort_participant_get_left_on (participant)))
        continue;
      if (caseload_pathway_iso_date (next, &end))
        {
          /* TRANSLATORS: "Next session Tue 3 Mar" */
          DATED (_("Next session %s"), short_iso_date (next, today));
        }
      else if (caseload_pathway_iso_date (caseload_cohort_participant_get_cohort_end_on (participant), &end) &&
               g_date_compare (&end, today) >= 0)
        {
          /* TRANSLATORS: "Last session Tue 3 Mar" */
          DATED (_("Last session %s"), short_date (&end, today));
        }
      else
        {
          continue;
        }
      add_badge (badges, CASELOAD_PATHWAY_STEPPS, _("STEPPS group"), detail, FALSE);
    }
}

/* After the first meeting: the next meeting if one is booked, else the last one. */
static char *
describe_meetings (CaseloadOdEpisode *episode,
                   GDateTime         *now,
                   const GDate       *today)
{
  GPtrArray *meetings = caseload_od_episode_get_meetings (episode);
  g_autoptr(GDateTime) next = NULL;
  g_autoptr(GDateTime) last = NULL;
  char *detail = NULL;

  for (guint i = 0; i < meetings->len; i++)
    {
      g_autoptr(GDateTime) held = caseload_pathway_parse_time (caseload_od_meeting_get_held_at (g_ptr_array_index (meetings, i)));

      if (held == NULL)
        continue;
      if (g_date_time_compare (held, now) > 0)
        {
          if (next == NULL || g_date_time_compare (held, next) < 0)
            {
              g_clear_pointer (&next, g_date_time_unref);
              next = g_date_time_ref (held);
            }
        }
      else if (last == NULL || g_date_time_compare (held, last) > 0)
        {
          g_clear_pointer (&last, g_date_time_unref);
          last = g_date_time_ref (held);
        }
    }

  /* TRANSLATORS: "Next meeting Tue 3 Mar" */
  if (next != NULL)
    DATED (_("Next meeting %s"), short_time (next, today));
  /* TRANSLATORS: "Last meeting Tue 3 Mar" */
  else if (last != NULL)
    DATED (_("Last meeting %s"), short_time (last, today));

  return detail;
}

static void
add_open_dialogue_badges (GPtrArray        *badges,
                          CaseloadPathways *pathways,
                          GDateTime        *now,
                          const GDate      *today)
{
  for (guint i = 0; i < pathways->od_episodes->len; i++)
    {
      CaseloadOdEpisode *episode = g_ptr_array_index (pathways->od_episodes, i);
      CaseloadOdClockState state;
      gint64 seconds;
      char *detail;

      if (!caseload_pathway_blank (caseload_od_episode_get_ended_on (episode)))
        continue;

      state = caseload_od_clock (episode, now, NULL, &seconds);
      if (state == CASELOAD_OD_CLOCK_RUNNING || state == CASELOAD_OD_CLOCK_BREACHED)
        detail = caseload_od_clock_describe (state, seconds);
      else
        detail = describe_meetings (episode, now, today);
      add_badge (badges, CASELOAD_PATHWAY_OPEN_DIALOGUE, _("Open Dialogue"), detail,
                 state == CASELOAD_OD_CLOCK_RUNNING || state == CASELOAD_OD_CLOCK_BREACHED);
    }
}

/* The earliest start of a counted job still going on. */
static const char *
in_work_since (CaseloadIpsReferral *referral)
{
  GPtrArray *jobs = caseload_ips_referral_get_jobs (referral);
  const char *since = NULL;

  for (guint i = 0; i < jobs->len; i++)
    {
      CaseloadIpsJob *job = g_ptr_array_index (jobs, i);

      if (caseload_ips_job_counts (job) && caseload_pathway_blank (caseload_ips_job_get_ended_on (job)) &&
          (since == NULL || g_strcmp0 (caseload_ips_job_get_started_on (job), since) < 0))
        since = caseload_ips_job_get_started_on (job);
    }

  return since;
}

static const char *
last_contact (CaseloadIpsReferral *referral)
{
  GPtrArray *contacts = caseload_ips_referral_get_contacts (referral);
  const char *last = NULL;

  for (guint i = 0; i < contacts->len; i++)
    {
      const char *on = caseload_employer_contact_get_contacted_on (g_ptr_array_index (contacts, i));

      if (g_strcmp0 (on, last) > 0)
        last = on;
    }

  return last;
}

static void
add_ips_badges (GPtrArray        *badges,
                CaseloadPathways *pathways,
                const GDate      *today)
{
  for (guint i = 0; i < pathways->ips_referrals->len; i++)
    {
      CaseloadIpsReferral *referral = g_ptr_array_index (pathways->ips_referrals, i);
      CaseloadIpsStage stage = caseload_ips_referral_stage (referral);
      char *detail = NULL;

      switch (stage)
        {
        case CASELOAD_IPS_STAGE_CLOSED:
          continue;
        case CASELOAD_IPS_STAGE_IN_WORK:
          /* TRANSLATORS: "In work since Mon 4 Jan" */
          DATED (_("In work since %s"), short_iso_date (in_work_since (referral), today));
          break;
        case CASELOAD_IPS_STAGE_JOB_SEARCH:
          /* TRANSLATORS: "Employer contact Tue 3 Mar", the latest */
          DATED (_("Employer contact %s"), short_iso_date (last_contact (referral), today));
          if (detail == NULL)
            /* TRANSLATORS: "Job search since Tue 3 Mar" */
            DATED (_("Job search since %s"), short_iso_date (caseload_ips_referral_get_job_search_on (referral), today));
          break;
        case CASELOAD_IPS_STAGE_ENGAGED:
          /* TRANSLATORS: "Engaged since Tue 3 Mar" */
          DATED (_("Engaged since %s"), short_iso_date (caseload_ips_referral_get_engaged_on (referral), today));
          break;
        case CASELOAD_IPS_STAGE_REFERRED:
        default:
          /* TRANSLATORS: "Referred Tue 3 Mar" */
          DATED (_("Referred %s"), short_iso_date (caseload_ips_referral_get_referred_on (referral), today));
          break;
        }
      add_badge (badges, CASELOAD_PATHWAY_IPS, _(ips_labels[stage]), detail, FALSE);
    }
}

static void
add_housing_badges (GPtrArray        *badges,
                    CaseloadPathways *pathways,
                    const GDate      *today)
{
  for (guint i = 0; i < pathways->housing_referrals->len; i++)
    {
      CaseloadHousingReferral *referral = g_ptr_array_index (pathways->housing_referrals, i);
      CaseloadHousingStatus status = caseload_housing_referral_get_status (referral);
      const char *since = caseload_housing_referral_get_status_on (referral);
      g_autofree char *date = NULL;
      char *detail;

      if (status == CASELOAD_HOUSING_CLOSED)
        continue;
      date = short_iso_date (caseload_pathway_blank (since) ? caseload_housing_referral_get_sent_on (referral) : since,
                             today);
      /* TRANSLATORS: "Floating support since Mon 4 Jan" */
      detail = date != NULL ? g_strdup_printf (_("%s since %s"),
                                               caseload_housing_kind_label (caseload_housing_referral_get_kind (referral)),
                                               date)
                            : g_strdup (caseload_housing_kind_label (caseload_housing_referral_get_kind (referral)));
      add_badge (badges, CASELOAD_PATHWAY_HOUSING, _(housing_labels[status]), detail, FALSE);
    }
}

/**
 * caseload_pathways_get_badges:
 * @pathways: a person's pathways
 * @now: (nullable): the time to read clocks at; NULL for the real now
 *
 * Returns: (transfer full) (element-type CaseloadPathwayBadge): the active pathways
 */
GPtrArray *
caseload_pathways_get_badges (CaseloadPathways *pathways,
                              GDateTime        *now)
{
  GPtrArray *badges = g_ptr_array_new_with_free_func ((GDestroyNotify) caseload_pathway_badge_free);
  g_autoptr(GDateTime) real_now = NULL;
  GDate today;

  g_return_val_if_fail (pathways != NULL, badges);

  if (now == NULL)
    now = real_now = g_date_time_new_now_utc ();
  caseload_date_london_day (now, &today);

  add_stepps_badges (badges, pathways, &today);
  add_open_dialogue_badges (badges, pathways, now, &today);
  add_ips_badges (badges, pathways, &today);
  add_housing_badges (badges, pathways, &today);

  return badges;
}

/**
 * caseload_pathways_get_accommodation:
 * @pathways: a person's pathways
 * @status: (out) (optional): the latest accommodation status
 *
 * Returns: FALSE when none is recorded
 */
gboolean
caseload_pathways_get_accommodation (CaseloadPathways      *pathways,
                                     CaseloadAccommodation *status)
{
  g_return_val_if_fail (pathways != NULL, FALSE);

  if (pathways->accommodation->len == 0)
    return FALSE;

  if (status != NULL)
    *status = caseload_accommodation_record_get_status (g_ptr_array_index (pathways->accommodation, 0));
  return TRUE;
}
