/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "caseload-open-dialogue.h"
#include "caseload-staff.h"

/* The 24-hour clock to the first network meeting: elapsed time, read at an injected "now".
 * 2026: British Summer Time starts on Sunday 29 March at 01:00 UTC and ends on Sunday
 * 25 October at 01:00 UTC. "due_local" is the due time on the London wall clock. */

#define H (G_GINT64_CONSTANT (3600))

typedef struct {
  const char           *name;
  const char           *contact_at;
  const char           *first_meeting_at;  /* the store's field; NULL: see "meetings" */
  const char           *meetings[3];       /* held-at of meetings, any order */
  const char           *ended_on;
  const char           *now;
  CaseloadOdClockState  state;
  const char           *due;               /* an instant; NULL: none */
  const char           *due_local;         /* "YYYY-MM-DD HH:MM" in London */
  gint64                seconds;
} ClockCase;

static const ClockCase clock_cases[] = {
  { "running", "2026-06-01T10:00:00Z", NULL, { NULL }, NULL, "2026-06-01T15:00:00Z",
    CASELOAD_OD_CLOCK_RUNNING, "2026-06-02T10:00:00Z", "2026-06-02 11:00", 19 * H },
  { "running-across-midnight", "2026-06-01T22:30:00+01:00", NULL, { NULL }, NULL, "2026-06-02T01:00:00+01:00",
    CASELOAD_OD_CLOCK_RUNNING, "2026-06-02T21:30:00Z", "2026-06-02 22:30", 21 * H + 30 * 60 },
  { "a-second-before-due", "2026-06-01T10:00:00Z", NULL, { NULL }, NULL, "2026-06-02T09:59:59Z",
    CASELOAD_OD_CLOCK_RUNNING, "2026-06-02T10:00:00Z", "2026-06-02 11:00", 1 },
  { "breached-at-due", "2026-06-01T10:00:00Z", NULL, { NULL }, NULL, "2026-06-02T10:00:00Z",
    CASELOAD_OD_CLOCK_BREACHED, "2026-06-02T10:00:00Z", "2026-06-02 11:00", 0 },
  { "breached-by-two-hours", "2026-06-01T10:00:00Z", NULL, { NULL }, NULL, "2026-06-02T12:00:00Z",
    CASELOAD_OD_CLOCK_BREACHED, "2026-06-02T10:00:00Z", "2026-06-02 11:00", 2 * H },
  /* Spring: the night has 23 hours, so the clock falls due an hour later by the wall. */
  { "running-across-spring-change", "2026-03-28T10:00:00Z", NULL, { NULL }, NULL, "2026-03-29T09:00:00+01:00",
    CASELOAD_OD_CLOCK_RUNNING, "2026-03-29T10:00:00Z", "2026-03-29 11:00", 2 * H },
  { "not-yet-due-though-past-the-wall-time", "2026-03-28T10:00:00Z", NULL, { NULL }, NULL, "2026-03-29T10:30:00+01:00",
    CASELOAD_OD_CLOCK_RUNNING, "2026-03-29T10:00:00Z", "2026-03-29 11:00", 30 * 60 },
  { "met-on-the-spring-night", "2026-03-28T23:30:00Z", "2026-03-30T00:30:00+01:00", { NULL }, NULL,
    "2026-04-01T00:00:00Z", CASELOAD_OD_CLOCK_MET, "2026-03-29T23:30:00Z", "2026-03-30 00:30", 24 * H },
  /* Autumn: the night has 25 hours, so it falls due an hour earlier by the wall. */
  { "running-across-autumn-change", "2026-10-24T10:00:00+01:00", NULL, { NULL }, NULL, "2026-10-25T08:00:00Z",
    CASELOAD_OD_CLOCK_RUNNING, "2026-10-25T09:00:00Z", "2026-10-25 09:00", 1 * H },
  { "breached-across-autumn-change", "2026-10-24T10:00:00+01:00", NULL, { NULL }, NULL, "2026-10-25T09:30:00Z",
    CASELOAD_OD_CLOCK_BREACHED, "2026-10-25T09:00:00Z", "2026-10-25 09:00", 30 * 60 },
  { "late-on-the-autumn-night", "2026-10-24T23:30:00+01:00", "2026-10-25T23:00:00Z", { NULL }, NULL,
    "2026-10-27T00:00:00Z", CASELOAD_OD_CLOCK_MET_LATE, "2026-10-25T22:30:00Z", "2026-10-25 22:30", 24 * H + 30 * 60 },
  { "met", "2026-06-01T10:00:00Z", "2026-06-02T04:00:00Z", { NULL }, NULL, "2026-06-09T00:00:00Z",
    CASELOAD_OD_CLOCK_MET, "2026-06-02T10:00:00Z", "2026-06-02 11:00", 18 * H },
  { "met-at-24-hours", "2026-06-01T10:00:00Z", "2026-06-02T10:00:00Z", { NULL }, NULL, "2026-06-09T00:00:00Z",
    CASELOAD_OD_CLOCK_MET, "2026-06-02T10:00:00Z", "2026-06-02 11:00", 24 * H },
  { "met-late-by-a-second", "2026-06-01T10:00:00Z", "2026-06-02T10:00:01Z", { NULL }, NULL, "2026-06-09T00:00:00Z",
    CASELOAD_OD_CLOCK_MET_LATE, "2026-06-02T10:00:00Z", "2026-06-02 11:00", 24 * H + 1 },
  { "met-late", "2026-06-01T10:00:00Z", "2026-06-02T16:00:00Z", { NULL }, NULL, "2026-06-02T12:00:00Z",
    CASELOAD_OD_CLOCK_MET_LATE, "2026-06-02T10:00:00Z", "2026-06-02 11:00", 30 * H },
  { "met-from-the-meetings", "2026-06-01T10:00:00Z", NULL,
    { "2026-06-05T10:00:00Z", "2026-06-01T20:00:00Z", "2026-06-03T10:00:00Z" }, NULL, "2026-06-09T00:00:00Z",
    CASELOAD_OD_CLOCK_MET, "2026-06-02T10:00:00Z", "2026-06-02 11:00", 10 * H },
  { "ended-without-a-meeting", "2026-06-01T10:00:00Z", NULL, { NULL }, "2026-06-01", "2026-06-01T12:00:00Z",
    CASELOAD_OD_CLOCK_BREACHED, "2026-06-02T10:00:00Z", "2026-06-02 11:00", 0 },
  { "no-contact-time", NULL, NULL, { NULL }, NULL, "2026-06-01T12:00:00Z",
    CASELOAD_OD_CLOCK_RUNNING, NULL, NULL, 0 },
  { "contact-not-a-time", "yesterday", NULL, { NULL }, NULL, "2026-06-01T12:00:00Z",
    CASELOAD_OD_CLOCK_RUNNING, NULL, NULL, 0 },
};

static GDateTime *
parse (const char *iso)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  GDateTime *when = g_date_time_new_from_iso8601 (iso, utc);

  g_assert_nonnull (when);
  return when;
}

static void
test_clock (gconstpointer data)
{
  const ClockCase *c = data;
  g_autoptr(CaseloadOdEpisode) episode = caseload_od_episode_new ();
  g_autoptr(GDateTime) now = parse (c->now);
  g_autoptr(GDateTime) due = NULL;
  gint64 seconds = -1;

  caseload_od_episode_set_contact_at (episode, c->contact_at);
  caseload_od_episode_set_first_meeting_at (episode, c->first_meeting_at);
  caseload_od_episode_set_ended_on (episode, c->ended_on);
  for (guint i = 0; i < G_N_ELEMENTS (c->meetings) && c->meetings[i] != NULL; i++)
    {
      CaseloadOdMeeting *meeting = caseload_od_meeting_new ();

      caseload_od_meeting_set_held_at (meeting, c->meetings[i]);
      g_ptr_array_add (caseload_od_episode_get_meetings (episode), meeting);
    }

  g_assert_cmpint (caseload_od_clock (episode, now, &due, &seconds), ==, c->state);
  g_assert_cmpint (seconds, ==, c->seconds);
  if (c->due == NULL)
    {
      g_assert_null (due);
    }
  else
    {
      g_autoptr(GDateTime) expected = parse (c->due);
      g_autofree char *local = g_date_time_format (due, "%Y-%m-%d %H:%M");

      g_assert_nonnull (due);
      g_assert_true (g_date_time_equal (due, expected));
      g_assert_cmpstr (local, ==, c->due_local);
    }

  /* The optional outputs may be left out. */
  g_assert_cmpint (caseload_od_clock (episode, now, NULL, NULL), ==, c->state);
}

typedef struct {
  const char           *name;
  CaseloadOdClockState  state;
  gint64                seconds;
  const char           *words;
} WordsCase;

static const WordsCase words_cases[] = {
  { "due-in-hours", CASELOAD_OD_CLOCK_RUNNING, 5 * H, "First meeting due in 5 hours" },
  { "due-in-hours-rounded-down", CASELOAD_OD_CLOCK_RUNNING, 5 * H + 59 * 60, "First meeting due in 5 hours" },
  { "due-in-an-hour", CASELOAD_OD_CLOCK_RUNNING, 1 * H, "First meeting due in 1 hour" },
  { "due-in-minutes", CASELOAD_OD_CLOCK_RUNNING, 40 * 60, "First meeting due in 40 minutes" },
  { "due-in-a-minute", CASELOAD_OD_CLOCK_RUNNING, 60, "First meeting due in 1 minute" },
  { "due-in-seconds", CASELOAD_OD_CLOCK_RUNNING, 30, "First meeting due in less than a minute" },
  { "overdue-by-hours", CASELOAD_OD_CLOCK_BREACHED, 2 * H, "First meeting overdue by 2 hours" },
  { "overdue-at-due", CASELOAD_OD_CLOCK_BREACHED, 0, "First meeting overdue by less than a minute" },
  { "overdue-by-47-hours", CASELOAD_OD_CLOCK_BREACHED, 47 * H, "First meeting overdue by 47 hours" },
  { "overdue-by-days", CASELOAD_OD_CLOCK_BREACHED, 72 * H + 5 * H, "First meeting overdue by 3 days" },
  { "met", CASELOAD_OD_CLOCK_MET, 18 * H, "Met in 18 hours" },
  { "met-at-24", CASELOAD_OD_CLOCK_MET, 24 * H, "Met in 24 hours" },
  { "met-late", CASELOAD_OD_CLOCK_MET_LATE, 30 * H, "Met after 30 hours" },
  { "met-late-days", CASELOAD_OD_CLOCK_MET_LATE, 48 * H, "Met after 2 days" },
};

static void
test_words (gconstpointer data)
{
  const WordsCase *c = data;
  g_autofree char *words = caseload_od_clock_describe (c->state, c->seconds);

  g_assert_cmpstr (words, ==, c->words);
}

static CaseloadStaff *
staff (const char *id)
{
  CaseloadStaff *member = caseload_staff_new ();

  caseload_staff_set_id (member, id);
  return member;
}

static void
test_core_member (void)
{
  static const struct {
    const char *team[3];
    const char *there[3];
    gboolean    expected;
  } cases[] = {
    { { "s1", "s2" }, { "s3", "s2" }, TRUE },
    { { "s1", "s2" }, { "s1" }, TRUE },
    { { "s1", "s2" }, { "s3", "s4" }, FALSE },
    { { "s1", "s2" }, { NULL }, FALSE },
    { { NULL }, { "s1", "s2" }, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CaseloadOdEpisode) episode = caseload_od_episode_new ();
      g_autoptr(CaseloadOdMeeting) meeting = caseload_od_meeting_new ();

      for (guint j = 0; cases[i].team[j] != NULL; j++)
        g_ptr_array_add (caseload_od_episode_get_core_team (episode), staff (cases[i].team[j]));
      for (guint j = 0; cases[i].there[j] != NULL; j++)
        g_ptr_array_add (caseload_od_meeting_get_practitioners (meeting), staff (cases[i].there[j]));

      g_test_message ("case %u", i);
      g_assert_cmpint (caseload_od_meeting_has_core_member (episode, meeting), ==, cases[i].expected);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (clock_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/open-dialogue/clock/%s", clock_cases[i].name);

      g_test_add_data_func (path, &clock_cases[i], test_clock);
    }
  for (guint i = 0; i < G_N_ELEMENTS (words_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/open-dialogue/words/%s", words_cases[i].name);

      g_test_add_data_func (path, &words_cases[i], test_words);
    }
  g_test_add_func ("/open-dialogue/core-member", test_core_member);

  return g_test_run ();
}
