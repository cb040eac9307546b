/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "caseload-attendance.h"
#include "caseload-cohort-participant.h"
#include "caseload-cohort-session.h"
#include "caseload-pathways-private.h"
#include "caseload-stepps.h"

/* STEPPS's calendar, topics and figures (the header says which). The figures count only
 * sessions held on or before "today": a session in the calendar but not yet reached is
 * neither attended nor missed. */

#define DEFAULT_SESSIONS 20
#define MAX_SESSIONS     400

/* The adult programme's lessons in the manual's order (Blum et al.): awareness of the
 * illness, the emotion-management skills, the behaviour-management skills, relapse
 * prevention. */
static const char * const topics[] = {
  N_("Introduction and awareness of the illness"),
  N_("Awareness of the illness: the emotional intensity continuum"),
  N_("Cognitive filters"),
  N_("Cognitive filters: noticing them at work"),
  N_("Emotion management: distancing"),
  N_("Emotion management: communicating"),
  N_("Emotion management: challenging"),
  N_("Emotion management: distracting"),
  N_("Emotion management: managing problems"),
  N_("Emotion management: putting the skills together"),
  N_("Behaviour management: goal setting"),
  N_("Behaviour management: eating"),
  N_("Behaviour management: sleep"),
  N_("Behaviour management: exercise"),
  N_("Behaviour management: leisure"),
  N_("Behaviour management: physical health"),
  N_("Behaviour management: abuse avoidance"),
  N_("Behaviour management: interpersonal effectiveness"),
  N_("Interpersonal effectiveness: practising together"),
  N_("Relapse prevention and looking ahead"),
};

/**
 * caseload_stepps_programme_sessions:
 * @programme: a STEPPS programme
 *
 * Returns: its default number of weekly sessions
 */
int
caseload_stepps_programme_sessions (CaseloadSteppsProgramme programme)
{
  switch (programme)
    {
    case CASELOAD_STEPPS_THURROCK_21:
      return 21;
    case CASELOAD_STEPPS_EI_12:
      return 12;
    case CASELOAD_STEPPS_ADULT_20:
    case CASELOAD_STEPPS_CUSTOM:
    default:
      return DEFAULT_SESSIONS;
    }
}

/**
 * caseload_stepps_calendar:
 * @start_on: the ISO date of the first session
 * @n_sessions: how many weekly sessions
 *
 * Calendar weeks, so a change of the clocks moves nothing.
 *
 * Returns: (transfer full) (nullable): @n_sessions ISO dates, NULL-terminated, or NULL
 *   when @start_on is not a date or @n_sessions is out of range
 */
char **
caseload_stepps_calendar (const char *start_on,
                          int         n_sessions)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  GDate day;

  if (n_sessions < 1 || n_sessions > MAX_SESSIONS || !caseload_pathway_iso_date (start_on, &day))
    return NULL;

  builder = g_strv_builder_new ();
  for (int i = 0; i < n_sessions; i++)
    {
      char iso[16];

      g_snprintf (iso, sizeof iso, "%04u-%02u-%02u", (guint) g_date_get_year (&day),
                  (guint) g_date_get_month (&day), (guint) g_date_get_day (&day));
      g_strv_builder_add (builder, iso);
      g_date_add_days (&day, 7);
    }

  return g_strv_builder_end (builder);
}

/**
 * caseload_stepps_topics:
 *
 * Returns: (transfer none) (array zero-terminated=1): the session topics, translated
 */
const char * const *
caseload_stepps_topics (void)
{
  static const char **translated = NULL;

  if (g_once_init_enter (&translated))
    {
      const char **list = g_new0 (const char *, G_N_ELEMENTS (topics) + 1);

      for (guint i = 0; i < G_N_ELEMENTS (topics); i++)
        list[i] = _(topics[i]);
      g_once_init_leave (&translated, list);
    }

  return translated;
}

static CaseloadCohortParticipant *
find_participant (CaseloadCohort *cohort,
                  const char     *participant_id)
{
  GPtrArray *participants = caseload_cohort_get_participants (cohort);

  for (guint i = 0; i < participants->len; i++)
    {
      CaseloadCohortParticipant *participant = g_ptr_array_index (participants, i);

      if (g_strcmp0 (caseload_cohort_participant_get_id (participant), participant_id) == 0)
        return participant;
    }

  return NULL;
}

static CaseloadCohortSession *
find_session (CaseloadCohort *cohort,
              const char     *session_id)
{
  GPtrArray *sessions = caseload_cohort_get_sessions (cohort);

  for (guint i = 0; i < sessions->len; i++)
    {
      CaseloadCohortSession *session = g_ptr_array_index (sessions, i);

      if (g_strcmp0 (caseload_cohort_session_get_id (session), session_id) == 0)
        return session;
    }

  return NULL;
}

static gboolean
session_held (CaseloadCohortSession *session,
              const GDate           *today)
{
  GDate held;

  return caseload_pathway_iso_date (caseload_cohort_session_get_held_on (session), &held) &&
         g_date_compare (&held, today) <= 0;
}

static guint
count_sessions_held (CaseloadCohort *cohort,
                     const GDate    *today)
{
  GPtrArray *sessions = caseload_cohort_get_sessions (cohort);
  guint held = 0;

  for (guint i = 0; i < sessions->len; i++)
    {
      if (session_held (g_ptr_array_index (sessions, i), today))
        held++;
    }

  return held;
}

/* All the cohort's sessions: those in its calendar, or the number it was set up with
 * while the calendar is not there. */
static guint
count_sessions (CaseloadCohort *cohort)
{
  guint n = caseload_cohort_get_sessions (cohort)->len;

  return n > 0 ? n : (guint) MAX (caseload_cohort_get_n_sessions (cohort), 0);
}

typedef struct {
  int number;
  int best;
} BestPoint;

static int
compare_best_points (gconstpointer a,
                     gconstpointer b)
{
  const BestPoint *pa = a;
  const BestPoint *pb = b;

  return (pa->number > pb->number) - (pa->number < pb->number);
}

/* The participant's BEST totals with their session numbers, in session order. */
static GArray *
collect_best (CaseloadCohort *cohort,
              const char     *participant_id)
{
  GPtrArray *attendance = caseload_cohort_get_attendance (cohort);
  GArray *points = g_array_new (FALSE, FALSE, sizeof (BestPoint));

  for (guint i = 0; i < attendance->len; i++)
    {
      CaseloadAttendance *row = g_ptr_array_index (attendance, i);
      CaseloadCohortSession *session;
      BestPoint point;

      if (!caseload_attendance_get_has_best (row) ||
          g_strcmp0 (caseload_attendance_get_participant_id (row), participant_id) != 0)
        continue;
      session = find_session (cohort, caseload_attendance_get_session_id (row));
      point.number = session != NULL ? caseload_cohort_session_get_number (session) : G_MAXINT;
      point.best = caseload_attendance_get_best_total (row);
      g_array_append_val (points, point);
    }

  g_array_sort (points, compare_best_points);
  return points;
}

/**
 * caseload_stepps_participant_figures:
 * @cohort: a cohort with its participants, sessions and attendance
 * @participant_id: the participant's id (CaseloadCohortParticipant "id")
 * @today: (nullable): the day to count up to; NULL for the real today
 * @figures: (out caller-allocates): the figures
 *
 * Returns: FALSE when the participant is not in @cohort
 */
gboolean
caseload_stepps_participant_figures (CaseloadCohort             *cohort,
                                     const char                 *participant_id,
                                     const GDate                *today,
                                     CaseloadParticipantFigures *figures)
{
  CaseloadCohortParticipant *participant;
  GPtrArray *attendance;
  g_autoptr(GArray) best = NULL;
  GDate day;
  guint total;

  g_return_val_if_fail (CASELOAD_IS_COHORT (cohort), FALSE);
  g_return_val_if_fail (figures != NULL, FALSE);

  memset (figures, 0, sizeof *figures);
  participant = find_participant (cohort, participant_id);
  if (participant == NULL)
    return FALSE;

  caseload_pathway_today (today, &day);
  figures->participant_id = caseload_cohort_participant_get_id (participant);
  figures->sessions_held = count_sessions_held (cohort, &day);

  attendance = caseload_cohort_get_attendance (cohort);
  for (guint i = 0; i < attendance->len; i++)
    {
      CaseloadAttendance *row = g_ptr_array_index (attendance, i);
      CaseloadCohortSession *session;

      if (caseload_attendance_get_status (row) != CASELOAD_ATTENDANCE_ATTENDED ||
          g_strcmp0 (caseload_attendance_get_participant_id (row), participant_id) != 0)
        continue;
      session = find_session (cohort, caseload_attendance_get_session_id (row));
      if (session != NULL && session_held (session, &day))
        figures->attended++;
    }

  if (figures->sessions_held > 0)
    figures->attendance_rate = (double) figures->attended / figures->sessions_held;

  /* In whole numbers, so exactly 75% of 20 (15) completes and 14 does not. */
  total = count_sessions (cohort);
  figures->completed = total > 0 &&
                       (guint64) figures->attended * 100 >=
                       (guint64) caseload_cohort_get_completion_percent (cohort) * total;

  best = collect_best (cohort, participant_id);
  figures->n_best = best->len;
  if (best->len > 0)
    {
      figures->best_first = g_array_index (best, BestPoint, 0).best;
      figures->best_last = g_array_index (best, BestPoint, best->len - 1).best;
    }
  figures->has_best_change = best->len >= 2;
  if (figures->has_best_change)
    figures->best_change = figures->best_last - figures->best_first;

  return TRUE;
}

/**
 * caseload_stepps_cohort_figures:
 * @cohort: a cohort with its participants, sessions and attendance
 * @today: (nullable): the day to count up to; NULL for the real today
 * @figures: (out caller-allocates): the figures
 */
void
caseload_stepps_cohort_figures (CaseloadCohort        *cohort,
                                const GDate           *today,
                                CaseloadCohortFigures *figures)
{
  GPtrArray *participants;
  GDate day;
  int change_sum = 0;

  g_return_if_fail (CASELOAD_IS_COHORT (cohort));
  g_return_if_fail (figures != NULL);

  memset (figures, 0, sizeof *figures);
  caseload_pathway_today (today, &day);
  participants = caseload_cohort_get_participants (cohort);
  figures->participants = participants->len;
  figures->sessions_held = count_sessions_held (cohort, &day);

  for (guint i = 0; i < participants->len; i++)
    {
      CaseloadCohortParticipant *participant = g_ptr_array_index (participants, i);
      CaseloadParticipantFigures one;

      if (!caseload_stepps_participant_figures (cohort, caseload_cohort_participant_get_id (participant),
                                                &day, &one))
        continue;
      if (one.completed)
        figures->completers++;
      if (one.has_best_change)
        {
          figures->best_people++;
          change_sum += one.best_change;
        }
    }

  if (figures->participants > 0)
    figures->completion_rate = (double) figures->completers / figures->participants;
  if (figures->best_people > 0)
    figures->mean_best_change = (double) change_sum / figures->best_people;
}

/**
 * caseload_stepps_best_series:
 * @cohort: a cohort with its sessions and attendance
 * @participant_id: the participant's id
 * @session_numbers: (out) (optional) (transfer full): the session number of each total
 *
 * Returns: (transfer full) (element-type int): the BEST totals in session order
 */
GArray *
caseload_stepps_best_series (CaseloadCohort  *cohort,
                             const char      *participant_id,
                             GArray         **session_numbers)
{
  g_autoptr(GArray) points = NULL;
  GArray *totals;

  g_return_val_if_fail (CASELOAD_IS_COHORT (cohort), NULL);

  points = collect_best (cohort, participant_id);
  totals = g_array_sized_new (FALSE, FALSE, sizeof (int), points->len);
  if (session_numbers != NULL)
    *session_numbers = g_array_sized_new (FALSE, FALSE, sizeof (int), points->len);

  for (guint i = 0; i < points->len; i++)
    {
      const BestPoint *point = &g_array_index (points, BestPoint, i);

      g_array_append_val (totals, point->best);
      if (session_numbers != NULL)
        g_array_append_val (*session_numbers, point->number);
    }

  return totals;
}
