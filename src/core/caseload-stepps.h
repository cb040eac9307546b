/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "caseload-cohort.h"

G_BEGIN_DECLS

/*
 * STEPPS groups: the programme's defaults, the session calendar, the topics and the
 * figures a cohort page and the dashboard show. Pure functions over a cohort read with
 * caseload_store_get_cohort() (its participants, sessions and attendance).
 */

/* The default number of weekly sessions of a programme (20, 21, 12; CUSTOM: 20). */
int         caseload_stepps_programme_sessions (CaseloadSteppsProgramme programme);

/* The session dates: @n_sessions ISO dates, one a week from @start_on (an ISO date), the
 * same weekday each week (a calendar week, so British Summer Time does not move it).
 * NULL when @start_on is not a strict ISO date or @n_sessions is below 1 (or above 400).
 * Free with g_strfreev(). */
char      **caseload_stepps_calendar (const char *start_on, int n_sessions);

/* STEPPS's session topics, in the manual's order for the adult 20-session programme
 * (awareness of the illness; the emotion-management skills: distancing, communicating,
 * challenging, distracting, managing problems; the behaviour-management skills: goal
 * setting, eating, sleep, exercise, leisure, physical health, abuse avoidance,
 * interpersonal effectiveness; relapse prevention), translated; NULL-terminated. The
 * calendar gives session N topic N-1 while there are topics; later sessions get none. */
const char *const *caseload_stepps_topics (void);

typedef struct {
  const char *participant_id;
  guint       sessions_held;      /* sessions of the cohort on or before @today */
  guint       attended;           /* of those, sessions the participant attended */
  double      attendance_rate;    /* attended / sessions held (0 when none held) */
  gboolean    completed;          /* attended ≥ the cohort's completion share of ALL its
                                     sessions (so only once enough have been held) */
  guint       n_best;             /* BEST totals recorded */
  int         best_first;         /* the earliest and latest BEST totals (when n_best ≥ 1) */
  int         best_last;
  gboolean    has_best_change;    /* two or more totals */
  int         best_change;        /* last − first: lower is better for BEST */
} CaseloadParticipantFigures;

typedef struct {
  guint       participants;       /* in the cohort (left or not) */
  guint       completers;         /* participants who completed */
  double      completion_rate;    /* completers / participants (0 when none) */
  guint       best_people;        /* participants with a BEST change */
  double      mean_best_change;   /* mean of their changes (0 when none) */
  guint       sessions_held;      /* on or before @today */
} CaseloadCohortFigures;

/* A participant's figures in @cohort on @today (NULL: the real today). FALSE when the
 * participant is not in the cohort. */
gboolean    caseload_stepps_participant_figures (CaseloadCohort             *cohort,
                                                 const char                 *participant_id,
                                                 const GDate                *today,
                                                 CaseloadParticipantFigures *figures);
void        caseload_stepps_cohort_figures      (CaseloadCohort             *cohort,
                                                 const GDate                *today,
                                                 CaseloadCohortFigures      *figures);

/* The participant's BEST totals in session order, for a trend chart: GArray of int, and the
 * session numbers they belong to in @session_numbers (GArray of int) if not NULL. */
GArray     *caseload_stepps_best_series (CaseloadCohort *cohort,
                                         const char     *participant_id,
                                         GArray        **session_numbers);

G_END_DECLS
