/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "caseload-attendance.h"
#include "caseload-cohort.h"
#include "caseload-cohort-participant.h"
#include "caseload-cohort-session.h"
#include "caseload-employer-contact.h"
#include "caseload-fidelity.h"
#include "caseload-ips.h"
#include "caseload-ips-job.h"
#include "caseload-ips-referral.h"
#include "caseload-od-episode.h"
#include "caseload-open-dialogue.h"
#include "caseload-pathway-figures.h"
#include "caseload-staff.h"
#include "caseload-stepps.h"

static int
int_of (CaseloadRows *rows,
        int           column)
{
  const char *text = rows->text (rows, column);

  return text != NULL ? atoi (text) : 0;
}

static double
double_of (CaseloadRows *rows,
           int           column)
{
  const char *text = rows->text (rows, column);

  return text != NULL ? g_ascii_strtod (text, NULL) : 0;
}

/* STEPPS */

static CaseloadCohort *
cohort_of (GHashTable   *cohorts,
           CaseloadRows *rows)
{
  const char *id = rows->text (rows, 0);

  return id != NULL ? g_hash_table_lookup (cohorts, id) : NULL;
}

static void
add_cohort (CaseloadDashboard *dashboard,
            CaseloadCohort    *cohort,
            const GDate       *today)
{
  CaseloadCohortFigures figures = { 0 };
  CaseloadDashboardCohort row = { 0 };
  char today_iso[16];

  caseload_stepps_cohort_figures (cohort, today, &figures);
  g_date_strftime (today_iso, sizeof today_iso, "%Y-%m-%d", today);
  row.cohort_id = g_strdup (caseload_cohort_get_id (cohort));
  row.name = g_strdup (caseload_cohort_get_name (cohort));
  row.start_on = g_strdup (caseload_cohort_get_start_on (cohort));
  row.end_on = g_strdup (caseload_cohort_get_end_on (cohort));
  /* ISO dates compare as text */
  row.finished = row.end_on != NULL && strcmp (row.end_on, today_iso) < 0;
  row.participants = figures.participants;
  row.completers = figures.completers;
  row.completion_rate = figures.completion_rate;
  row.best_people = figures.best_people;
  row.mean_best_change = figures.mean_best_change;
  g_array_append_val (dashboard->cohorts, row);
}

void
caseload_pathway_figures_cohorts (CaseloadDashboard *dashboard,
                                  CaseloadRows      *cohorts,
                                  CaseloadRows      *participants,
                                  CaseloadRows      *sessions,
                                  CaseloadRows      *attendance,
                                  const GDate       *today)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (g_object_unref);
  CaseloadCohort *cohort;

  g_return_if_fail (dashboard != NULL);

  while (cohorts->next (cohorts))
    {
      cohort = caseload_cohort_new ();
      caseload_cohort_set_id (cohort, cohorts->text (cohorts, 0));
      caseload_cohort_set_name (cohort, cohorts->text (cohorts, 1));
      caseload_cohort_set_start_on (cohort, cohorts->text (cohorts, 2));
      caseload_cohort_set_end_on (cohort, cohorts->text (cohorts, 3));
      caseload_cohort_set_n_sessions (cohort, int_of (cohorts, 4));
      caseload_cohort_set_completion_percent (cohort, int_of (cohorts, 5));
      if (caseload_cohort_get_id (cohort) == NULL)
        {
          g_object_unref (cohort);
          continue;
        }
      g_hash_table_insert (by_id, (gpointer) caseload_cohort_get_id (cohort), cohort);
      g_ptr_array_add (order, cohort);
    }

  while (participants->next (participants))
    {
      CaseloadCohortParticipant *participant;

      if ((cohort = cohort_of (by_id, participants)) == NULL)
        continue;
      participant = caseload_cohort_participant_new ();
      caseload_cohort_participant_set_cohort_id (participant, participants->text (participants, 0));
      caseload_cohort_participant_set_id (participant, participants->text (participants, 1));
      caseload_cohort_participant_set_joined_on (participant, participants->text (participants, 2));
      caseload_cohort_participant_set_left_on (participant, participants->text (participants, 3));
      g_ptr_array_add (caseload_cohort_get_participants (cohort), participant);
    }

  while (sessions->next (sessions))
    {
      CaseloadCohortSession *session;

      if ((cohort = cohort_of (by_id, sessions)) == NULL)
        continue;
      session = caseload_cohort_session_new ();
      caseload_cohort_session_set_cohort_id (session, sessions->text (sessions, 0));
      caseload_cohort_session_set_id (session, sessions->text (sessions, 1));
      caseload_cohort_session_set_number (session, int_of (sessions, 2));
      caseload_cohort_session_set_held_on (session, sessions->text (sessions, 3));
      g_ptr_array_add (caseload_cohort_get_sessions (cohort), session);
    }

  while (attendance->next (attendance))
    {
      CaseloadAttendanceStatus status;
      CaseloadAttendance *record;

      if ((cohort = cohort_of (by_id, attendance)) == NULL ||
          !caseload_attendance_status_from_code (attendance->text (attendance, 3), &status))
        continue;
      record = caseload_attendance_new ();
      caseload_attendance_set_session_id (record, attendance->text (attendance, 1));
      caseload_attendance_set_participant_id (record, attendance->text (attendance, 2));
      caseload_attendance_set_status (record, status);
      if (attendance->text (attendance, 4) != NULL)
        {
          caseload_attendance_set_has_best (record, TRUE);
          caseload_attendance_set_best_total (record, int_of (attendance, 4));
        }
      g_ptr_array_add (caseload_cohort_get_attendance (cohort), record);
    }

  for (guint i = 0; i < order->len; i++)
    add_cohort (dashboard, g_ptr_array_index (order, i), today);
}

/* Open Dialogue */

void
caseload_pathway_figures_open_dialogue (CaseloadDashboard *dashboard,
                                        CaseloadRows      *episodes,
                                        GDateTime         *now)
{
  g_autoptr(CaseloadOdEpisode) episode = caseload_od_episode_new ();

  g_return_if_fail (dashboard != NULL);

  while (episodes->next (episodes))
    {
      caseload_od_episode_set_contact_at (episode, episodes->text (episodes, 0));
      caseload_od_episode_set_first_meeting_at (episode, episodes->text (episodes, 1));
      caseload_od_episode_set_ended_on (episode, episodes->text (episodes, 2));
      dashboard->od_episodes++;
      switch (caseload_od_clock (episode, now, NULL, NULL))
        {
        case CASELOAD_OD_CLOCK_MET:
          dashboard->od_met++;
          break;
        case CASELOAD_OD_CLOCK_MET_LATE:
          dashboard->od_met_late++;
          break;
        case CASELOAD_OD_CLOCK_RUNNING:
          dashboard->od_running++;
          break;
        case CASELOAD_OD_CLOCK_BREACHED:
        default:
          dashboard->od_breached++;
          break;
        }
    }
}

/* IPS */

static CaseloadIpsReferral *
referral_of (GHashTable   *referrals,
             CaseloadRows *rows)
{
  const char *id = rows->text (rows, 0);

  return id != NULL ? g_hash_table_lookup (referrals, id) : NULL;
}

void
caseload_pathway_figures_ips (CaseloadDashboard *dashboard,
                              CaseloadRows      *referrals,
                              CaseloadRows      *contacts,
                              CaseloadRows      *jobs,
                              CaseloadRows      *specialists,
                              const GDate       *today)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) staff = g_ptr_array_new_with_free_func (g_object_unref);
  CaseloadIpsReferral *referral;

  g_return_if_fail (dashboard != NULL);

  while (referrals->next (referrals))
    {
      if (referrals->text (referrals, 0) == NULL)
        continue;
      referral = caseload_ips_referral_new ();
      caseload_ips_referral_set_id (referral, referrals->text (referrals, 0));
      caseload_ips_referral_set_person_id (referral, referrals->text (referrals, 1));
      caseload_ips_referral_set_referred_on (referral, referrals->text (referrals, 2));
      caseload_ips_referral_set_specialist_id (referral, referrals->text (referrals, 3));
      caseload_ips_referral_set_engaged_on (referral, referrals->text (referrals, 4));
      caseload_ips_referral_set_job_search_on (referral, referrals->text (referrals, 5));
      caseload_ips_referral_set_closed_on (referral, referrals->text (referrals, 6));
      g_hash_table_insert (by_id, (gpointer) caseload_ips_referral_get_id (referral), referral);
      g_ptr_array_add (list, referral);
    }

  /* Only each referral's first contact counts (stage and days to first contact) */
  while (contacts->next (contacts))
    {
      const char *on = contacts->text (contacts, 1);
      GPtrArray *firsts;

      if ((referral = referral_of (by_id, contacts)) == NULL || on == NULL)
        continue;
      firsts = caseload_ips_referral_get_contacts (referral);
      if (firsts->len == 0)
        g_ptr_array_add (firsts, caseload_employer_contact_new ());
      if (caseload_employer_contact_get_contacted_on (g_ptr_array_index (firsts, 0)) == NULL ||
          strcmp (on, caseload_employer_contact_get_contacted_on (g_ptr_array_index (firsts, 0))) < 0)
        caseload_employer_contact_set_contacted_on (g_ptr_array_index (firsts, 0), on);
    }

  while (jobs->next (jobs))
    {
      CaseloadIpsJob *job;

      if ((referral = referral_of (by_id, jobs)) == NULL)
        continue;
      job = caseload_ips_job_new ();
      caseload_ips_job_set_hours_per_week (job, double_of (jobs, 1));
      caseload_ips_job_set_started_on (job, jobs->text (jobs, 2));
      caseload_ips_job_set_ended_on (job, jobs->text (jobs, 3));
      g_ptr_array_add (caseload_ips_referral_get_jobs (referral), job);
    }

  while (specialists->next (specialists))
    {
      CaseloadStaff *specialist = caseload_staff_new ();

      caseload_staff_set_id (specialist, specialists->text (specialists, 0));
      caseload_staff_set_display_name (specialist, specialists->text (specialists, 1));
      caseload_staff_set_fte (specialist, specialists->text (specialists, 2) != NULL ? double_of (specialists, 2) : 1.0);
      g_ptr_array_add (staff, specialist);
    }

  g_array_unref (dashboard->ips);
  dashboard->ips = caseload_ips_figures (list, staff, dashboard->from, dashboard->to, today);
  g_array_set_clear_func (dashboard->ips, (GDestroyNotify) caseload_ips_figures_clear);
}

void
caseload_pathway_figures_fidelity (CaseloadDashboard *dashboard,
                                   CaseloadRows      *reviews)
{
  g_return_if_fail (dashboard != NULL);

  if (!reviews->next (reviews))
    return;
  g_free (dashboard->fidelity_service);
  g_free (dashboard->fidelity_on);
  dashboard->fidelity_service = g_strdup (reviews->text (reviews, 0));
  dashboard->fidelity_on = g_strdup (reviews->text (reviews, 1));
  dashboard->fidelity_total = int_of (reviews, 2);
  if (!caseload_fidelity_band_from_code (reviews->text (reviews, 3), &dashboard->fidelity_band))
    dashboard->fidelity_band = caseload_fidelity_band (dashboard->fidelity_total);
  /* The rest are older */
  while (reviews->next (reviews))
    ;
}

/* Housing and accommodation */

void
caseload_pathway_figures_housing (CaseloadDashboard *dashboard,
                                  CaseloadRows      *referrals)
{
  g_return_if_fail (dashboard != NULL);

  while (referrals->next (referrals))
    {
      CaseloadHousingStatus status;

      if (!caseload_housing_status_from_code (referrals->text (referrals, 0), &status) ||
          (status == CASELOAD_HOUSING_CLOSED && int_of (referrals, 1) == 0))
        continue;
      dashboard->housing_by_status[status]++;
    }
}

typedef struct {
  char                  *from_on;
  char                  *created_at;
  CaseloadAccommodation  status;
} Latest;

static void
latest_free (Latest *latest)
{
  g_free (latest->from_on);
  g_free (latest->created_at);
  g_free (latest);
}

/* Whether a status from @from_on, recorded at @created_at, comes after @latest. */
static gboolean
is_later (const Latest *latest,
          const char   *from_on,
          const char   *created_at)
{
  int order = g_strcmp0 (from_on, latest->from_on);

  return order > 0 || (order == 0 && g_strcmp0 (created_at, latest->created_at) >= 0);
}

void
caseload_pathway_figures_accommodation (CaseloadDashboard *dashboard,
                                        CaseloadRows      *statuses)
{
  g_autoptr(GHashTable) people = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                        (GDestroyNotify) latest_free);
  GHashTableIter iter;
  gpointer value;

  g_return_if_fail (dashboard != NULL);

  while (statuses->next (statuses))
    {
      const char *person = statuses->text (statuses, 0);
      const char *from_on = statuses->text (statuses, 2);
      const char *created_at = statuses->text (statuses, 3);
      CaseloadAccommodation status;
      Latest *latest;

      if (person == NULL || !caseload_accommodation_from_code (statuses->text (statuses, 1), &status))
        continue;
      latest = g_hash_table_lookup (people, person);
      if (latest == NULL)
        {
          latest = g_new0 (Latest, 1);
          g_hash_table_insert (people, g_strdup (person), latest);
        }
      else if (!is_later (latest, from_on, created_at))
        continue;
      g_free (latest->from_on);
      g_free (latest->created_at);
      latest->from_on = g_strdup (from_on);
      latest->created_at = g_strdup (created_at);
      latest->status = status;
    }

  g_hash_table_iter_init (&iter, people);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Latest *latest = value;

      dashboard->accommodation_by_status[latest->status]++;
      dashboard->not_settled += latest->status != CASELOAD_ACCOMMODATION_SETTLED;
    }
}
