/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "caseload-attendance.h"
#include "caseload-cohort-participant.h"
#include "caseload-cohort-session.h"
#include "caseload-stepps.h"

/* STEPPS: the weekly calendar (2027: British Summer Time starts on Sunday 28 March and
 * ends on Sunday 31 October), the topics, and the figures over a cohort built by hand.
 * A participant's attendance is written as one letter a session: "A" attended, "p"
 * apologies, "d" did not attend, "." nothing recorded. */

typedef struct {
  const char *name;
  const char *start_on;
  int         n_sessions;
  const char *first;      /* NULL: no calendar */
  const char *second;
  const char *last;
} CalendarCase;

static const CalendarCase calendar_cases[] = {
  { "adult-20", "2027-01-12", 20, "2027-01-12", "2027-01-19", "2027-05-25" },
  { "thurrock-21", "2027-01-12", 21, "2027-01-12", "2027-01-19", "2027-06-01" },
  { "across-march-clock-change", "2027-03-23", 2, "2027-03-23", "2027-03-30", "2027-03-30" },
  { "on-the-march-change", "2027-03-28", 2, "2027-03-28", "2027-04-04", "2027-04-04" },
  { "across-october-clock-change", "2027-10-26", 3, "2027-10-26", "2027-11-02", "2027-11-09" },
  { "on-the-october-change", "2027-10-31", 2, "2027-10-31", "2027-11-07", "2027-11-07" },
  { "across-leap-day", "2028-02-22", 3, "2028-02-22", "2028-02-29", "2028-03-07" },
  { "across-new-year", "2027-12-28", 2, "2027-12-28", "2028-01-04", "2028-01-04" },
  { "one-session", "2027-01-12", 1, "2027-01-12", NULL, "2027-01-12" },
  { "no-sessions", "2027-01-12", 0, NULL, NULL, NULL },
  { "negative-sessions", "2027-01-12", -3, NULL, NULL, NULL },
  { "no-start", NULL, 20, NULL, NULL, NULL },
  { "empty-start", "", 20, NULL, NULL, NULL },
  { "not-a-date", "next Tuesday", 20, NULL, NULL, NULL },
  { "impossible-day", "2027-02-30", 20, NULL, NULL, NULL },
  { "not-iso", "12/01/2027", 20, NULL, NULL, NULL },
  { "short-month", "2027-1-12", 20, NULL, NULL, NULL },
  { "trailing-text", "2027-01-12x", 20, NULL, NULL, NULL },
};

static void
test_calendar (gconstpointer data)
{
  const CalendarCase *c = data;
  g_auto(GStrv) dates = caseload_stepps_calendar (c->start_on, c->n_sessions);
  GDate previous;

  if (c->first == NULL)
    {
      g_assert_null (dates);
      return;
    }

  g_assert_nonnull (dates);
  g_assert_cmpuint (g_strv_length (dates), ==, (guint) c->n_sessions);
  g_assert_cmpstr (dates[0], ==, c->first);
  g_assert_cmpstr (dates[1], ==, c->second);
  g_assert_cmpstr (dates[c->n_sessions - 1], ==, c->last);

  /* Every date a week after the one before, on the same weekday. */
  g_date_clear (&previous, 1);
  for (guint i = 0; dates[i] != NULL; i++)
    {
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_parse (&date, dates[i]);
      g_assert_true (g_date_valid (&date));
      if (i > 0)
        {
          g_assert_cmpint (g_date_days_between (&previous, &date), ==, 7);
          g_assert_cmpint (g_date_get_weekday (&previous), ==, g_date_get_weekday (&date));
        }
      previous = date;
    }
}

static void
test_programme_sessions (void)
{
  g_assert_cmpint (caseload_stepps_programme_sessions (CASELOAD_STEPPS_ADULT_20), ==, 20);
  g_assert_cmpint (caseload_stepps_programme_sessions (CASELOAD_STEPPS_THURROCK_21), ==, 21);
  g_assert_cmpint (caseload_stepps_programme_sessions (CASELOAD_STEPPS_EI_12), ==, 12);
  g_assert_cmpint (caseload_stepps_programme_sessions (CASELOAD_STEPPS_CUSTOM), ==, 20);
}

static void
test_topics (void)
{
  const char * const *topics = caseload_stepps_topics ();
  guint n = g_strv_length ((char **) topics);

  /* One for each session of the adult programme, in the manual's order. */
  g_assert_cmpuint (n, ==, 20);
  for (guint i = 0; i < n; i++)
    g_assert_cmpuint (strlen (topics[i]), >, 0);
  g_assert_nonnull (strstr (topics[0], "awareness of the illness"));
  g_assert_nonnull (strstr (topics[4], "distancing"));
  g_assert_nonnull (strstr (topics[5], "communicating"));
  g_assert_nonnull (strstr (topics[6], "challenging"));
  g_assert_nonnull (strstr (topics[7], "distracting"));
  g_assert_nonnull (strstr (topics[8], "managing problems"));
  g_assert_nonnull (strstr (topics[10], "goal setting"));
  g_assert_nonnull (strstr (topics[16], "abuse avoidance"));
  g_assert_nonnull (strstr (topics[17], "interpersonal effectiveness"));
  g_assert_nonnull (strstr (topics[19], "Relapse prevention"));
  g_assert_true (caseload_stepps_topics () == topics);
}

/* A cohort of @n_sessions from 12 January 2027, each participant "pN" with the attendance
 * in @patterns[N-1] and the BEST totals in @best (participant, session number, total). */
typedef struct {
  const char *participant;
  int         session;
  int         total;
} Best;

static CaseloadCohort *
make_cohort (int                n_sessions,
             int                completion_percent,
             const char * const *patterns,
             const Best         *best)
{
  CaseloadCohort *cohort = caseload_cohort_new ();
  g_auto(GStrv) dates = caseload_stepps_calendar ("2027-01-12", n_sessions);

  caseload_cohort_set_start_on (cohort, "2027-01-12");
  caseload_cohort_set_end_on (cohort, dates[n_sessions - 1]);
  caseload_cohort_set_n_sessions (cohort, n_sessions);
  caseload_cohort_set_completion_percent (cohort, completion_percent);

  for (int s = 0; s < n_sessions; s++)
    {
      CaseloadCohortSession *session = caseload_cohort_session_new ();
      g_autofree char *id = g_strdup_printf ("s%d", s + 1);

      caseload_cohort_session_set_id (session, id);
      caseload_cohort_session_set_number (session, s + 1);
      caseload_cohort_session_set_held_on (session, dates[s]);
      g_ptr_array_add (caseload_cohort_get_sessions (cohort), session);
    }

  for (guint p = 0; patterns[p] != NULL; p++)
    {
      CaseloadCohortParticipant *participant = caseload_cohort_participant_new ();
      g_autofree char *pid = g_strdup_printf ("p%u", p + 1);

      caseload_cohort_participant_set_id (participant, pid);
      g_ptr_array_add (caseload_cohort_get_participants (cohort), participant);
      for (int s = 0; patterns[p][s] != '\0'; s++)
        {
          CaseloadAttendance *row;
          g_autofree char *sid = g_strdup_printf ("s%d", s + 1);

          if (patterns[p][s] == '.')
            continue;
          row = caseload_attendance_new ();
          caseload_attendance_set_session_id (row, sid);
          caseload_attendance_set_participant_id (row, pid);
          caseload_attendance_set_status (row, patterns[p][s] == 'A' ? CASELOAD_ATTENDANCE_ATTENDED
                                               : patterns[p][s] == 'p' ? CASELOAD_ATTENDANCE_APOLOGIES
                                               : CASELOAD_ATTENDANCE_DID_NOT_ATTEND);
          g_ptr_array_add (caseload_cohort_get_attendance (cohort), row);
        }
    }

  for (guint i = 0; best != NULL && best[i].participant != NULL; i++)
    {
      CaseloadAttendance *row = caseload_attendance_new ();
      g_autofree char *sid = g_strdup_printf ("s%d", best[i].session);

      /* A BEST total on a row of its own (as if given without attending): it still counts. */
      caseload_attendance_set_session_id (row, sid);
      caseload_attendance_set_participant_id (row, best[i].participant);
      caseload_attendance_set_status (row, CASELOAD_ATTENDANCE_APOLOGIES);
      caseload_attendance_set_has_best (row, TRUE);
      caseload_attendance_set_best_total (row, best[i].total);
      g_ptr_array_add (caseload_cohort_get_attendance (cohort), row);
    }

  return cohort;
}

typedef struct {
  const char *name;
  int         n_sessions;
  int         percent;
  int         attended;  /* the first N sessions, the rest "did not attend" */
  gboolean    completed;
} CompletionCase;

static const CompletionCase completion_cases[] = {
  { "20-exactly-75", 20, 75, 15, TRUE },
  { "20-just-under-75", 20, 75, 14, FALSE },
  { "20-all", 20, 75, 20, TRUE },
  { "20-none", 20, 75, 0, FALSE },
  { "21-needs-16", 21, 75, 16, TRUE },
  { "21-15-is-under", 21, 75, 15, FALSE },
  { "12-exactly-75", 12, 75, 9, TRUE },
  { "12-just-under-75", 12, 75, 8, FALSE },
  { "20-edited-to-80", 20, 80, 16, TRUE },
  { "20-edited-to-80-under", 20, 80, 15, FALSE },
  { "20-edited-to-100-under", 20, 100, 19, FALSE },
};

static void
test_completion (gconstpointer data)
{
  const CompletionCase *c = data;
  g_autofree char *pattern = g_strnfill ((gsize) c->n_sessions, 'd');
  const char *patterns[] = { pattern, NULL };
  g_autoptr(CaseloadCohort) cohort = NULL;
  CaseloadParticipantFigures figures;
  GDate today;

  memset (pattern, 'A', (gsize) c->attended);
  cohort = make_cohort (c->n_sessions, c->percent, patterns, NULL);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 1, G_DATE_JULY, 2027);

  g_assert_true (caseload_stepps_participant_figures (cohort, "p1", &today, &figures));
  g_assert_cmpuint (figures.sessions_held, ==, (guint) c->n_sessions);
  g_assert_cmpuint (figures.attended, ==, (guint) c->attended);
  g_assert_cmpfloat_with_epsilon (figures.attendance_rate, (double) c->attended / c->n_sessions, 1e-9);
  g_assert_cmpint (figures.completed, ==, c->completed);
}

/* Four participants over 20 sessions. p1 attends 15 (exactly 75%) with BEST 60 → 56;
 * p2 attends 14 with two apologies; p3 attends all, BEST 50 → 40 → 30 (given out of order);
 * p4 attends none and has one BEST. */
static const char * const group[] = {
  "AAAAAAAAAAAAAAAddddd",
  "AAAAAAAAAAAAAAppdddd",
  "AAAAAAAAAAAAAAAAAAAA",
  "dddd................",
  NULL,
};

static const Best group_best[] = {
  { "p3", 20, 30 },
  { "p1", 2, 60 },
  { "p3", 1, 50 },
  { "p4", 3, 45 },
  { "p3", 10, 40 },
  { "p1", 19, 56 },
  { NULL, 0, 0 },
};

typedef struct {
  const char *participant;
  guint       attended;
  double      rate;
  gboolean    completed;
  guint       n_best;
  int         first;
  int         last;
  gboolean    has_change;
  int         change;
} ParticipantExpect;

static void
test_participant_figures (void)
{
  static const ParticipantExpect expected[] = {
    { "p1", 15, 0.75, TRUE, 2, 60, 56, TRUE, -4 },
    { "p2", 14, 0.70, FALSE, 0, 0, 0, FALSE, 0 },
    { "p3", 20, 1.00, TRUE, 3, 50, 30, TRUE, -20 },
    { "p4", 0, 0.00, FALSE, 1, 45, 45, FALSE, 0 },
  };
  g_autoptr(CaseloadCohort) cohort = make_cohort (20, 75, group, group_best);
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 1, G_DATE_JULY, 2027);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const ParticipantExpect *e = &expected[i];
      CaseloadParticipantFigures figures;

      g_test_message ("participant %s", e->participant);
      g_assert_true (caseload_stepps_participant_figures (cohort, e->participant, &today, &figures));
      g_assert_cmpstr (figures.participant_id, ==, e->participant);
      g_assert_cmpuint (figures.sessions_held, ==, 20);
      g_assert_cmpuint (figures.attended, ==, e->attended);
      g_assert_cmpfloat_with_epsilon (figures.attendance_rate, e->rate, 1e-9);
      g_assert_cmpint (figures.completed, ==, e->completed);
      g_assert_cmpuint (figures.n_best, ==, e->n_best);
      if (e->n_best > 0)
        {
          g_assert_cmpint (figures.best_first, ==, e->first);
          g_assert_cmpint (figures.best_last, ==, e->last);
        }
      g_assert_cmpint (figures.has_best_change, ==, e->has_change);
      g_assert_cmpint (figures.best_change, ==, e->change);
    }
}

static void
test_participant_not_in_cohort (void)
{
  g_autoptr(CaseloadCohort) cohort = make_cohort (20, 75, group, NULL);
  CaseloadParticipantFigures figures;

  g_assert_false (caseload_stepps_participant_figures (cohort, "p9", NULL, &figures));
  g_assert_false (caseload_stepps_participant_figures (cohort, NULL, NULL, &figures));
}

static void
test_cohort_figures (void)
{
  g_autoptr(CaseloadCohort) cohort = make_cohort (20, 75, group, group_best);
  CaseloadCohortFigures figures;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 1, G_DATE_JULY, 2027);
  caseload_stepps_cohort_figures (cohort, &today, &figures);

  g_assert_cmpuint (figures.participants, ==, 4);
  g_assert_cmpuint (figures.completers, ==, 2);
  g_assert_cmpfloat_with_epsilon (figures.completion_rate, 0.5, 1e-9);
  /* p1 −4 and p3 −20; p4's one BEST makes no change. */
  g_assert_cmpuint (figures.best_people, ==, 2);
  g_assert_cmpfloat_with_epsilon (figures.mean_best_change, -12.0, 1e-9);
  g_assert_cmpuint (figures.sessions_held, ==, 20);
}

/* Three weeks in (sessions on 12, 19 and 26 January; the fourth on 2 February is to
 * come), nobody has completed yet and rates count only the sessions held. */
static void
test_figures_mid_course (void)
{
  g_autoptr(CaseloadCohort) cohort = make_cohort (20, 75, group, group_best);
  CaseloadParticipantFigures figures;
  CaseloadCohortFigures cohort_figures;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 1, G_DATE_FEBRUARY, 2027);
  g_assert_true (caseload_stepps_participant_figures (cohort, "p1", &today, &figures));
  g_assert_cmpuint (figures.sessions_held, ==, 3);
  g_assert_cmpuint (figures.attended, ==, 3);
  g_assert_cmpfloat_with_epsilon (figures.attendance_rate, 1.0, 1e-9);
  g_assert_false (figures.completed);

  g_assert_true (caseload_stepps_participant_figures (cohort, "p4", &today, &figures));
  g_assert_cmpfloat_with_epsilon (figures.attendance_rate, 0.0, 1e-9);

  caseload_stepps_cohort_figures (cohort, &today, &cohort_figures);
  g_assert_cmpuint (cohort_figures.sessions_held, ==, 3);
  g_assert_cmpuint (cohort_figures.completers, ==, 0);

  /* Before the first session: nothing held, a rate of 0, not a division by zero. */
  g_date_set_dmy (&today, 1, G_DATE_JANUARY, 2027);
  g_assert_true (caseload_stepps_participant_figures (cohort, "p3", &today, &figures));
  g_assert_cmpuint (figures.sessions_held, ==, 0);
  g_assert_cmpfloat_with_epsilon (figures.attendance_rate, 0.0, 1e-9);
}

static void
test_empty_cohort (void)
{
  const char *none[] = { NULL };
  g_autoptr(CaseloadCohort) cohort = make_cohort (20, 75, none, NULL);
  CaseloadCohortFigures figures;

  caseload_stepps_cohort_figures (cohort, NULL, &figures);
  g_assert_cmpuint (figures.participants, ==, 0);
  g_assert_cmpfloat_with_epsilon (figures.completion_rate, 0.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (figures.mean_best_change, 0.0, 1e-9);
}

static void
test_best_series (void)
{
  g_autoptr(CaseloadCohort) cohort = make_cohort (20, 75, group, group_best);
  g_autoptr(GArray) numbers = NULL;
  g_autoptr(GArray) totals = caseload_stepps_best_series (cohort, "p3", &numbers);
  g_autoptr(GArray) none = caseload_stepps_best_series (cohort, "p2", NULL);
  g_autoptr(GArray) one = caseload_stepps_best_series (cohort, "p4", NULL);

  g_assert_cmpuint (totals->len, ==, 3);
  g_assert_cmpuint (numbers->len, ==, 3);
  g_assert_cmpint (g_array_index (totals, int, 0), ==, 50);
  g_assert_cmpint (g_array_index (totals, int, 1), ==, 40);
  g_assert_cmpint (g_array_index (totals, int, 2), ==, 30);
  g_assert_cmpint (g_array_index (numbers, int, 0), ==, 1);
  g_assert_cmpint (g_array_index (numbers, int, 1), ==, 10);
  g_assert_cmpint (g_array_index (numbers, int, 2), ==, 20);
  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpuint (one->len, ==, 1);
  g_assert_cmpint (g_array_index (one, int, 0), ==, 45);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (calendar_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/stepps/calendar/%s", calendar_cases[i].name);

      g_test_add_data_func (path, &calendar_cases[i], test_calendar);
    }
  for (guint i = 0; i < G_N_ELEMENTS (completion_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/stepps/completion/%s", completion_cases[i].name);

      g_test_add_data_func (path, &completion_cases[i], test_completion);
    }
  g_test_add_func ("/stepps/programme-sessions", test_programme_sessions);
  g_test_add_func ("/stepps/topics", test_topics);
  g_test_add_func ("/stepps/figures/participants", test_participant_figures);
  g_test_add_func ("/stepps/figures/not-in-cohort", test_participant_not_in_cohort);
  g_test_add_func ("/stepps/figures/cohort", test_cohort_figures);
  g_test_add_func ("/stepps/figures/mid-course", test_figures_mid_course);
  g_test_add_func ("/stepps/figures/empty-cohort", test_empty_cohort);
  g_test_add_func ("/stepps/best-series", test_best_series);

  return g_test_run ();
}
