/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "caseload-wait-clock.h"

/* Every case reads a clock at an injected "now". Times are ISO 8601; due and warning
 * times are compared as instants, so "Z" and "+01:00" are interchangeable. 2026: British
 * Summer Time starts on Sunday 29 March (01:00 UTC) and ends on Sunday 25 October
 * (01:00 UTC). */

#define HOURS CASELOAD_WAIT_UNIT_HOURS
#define DAYS  CASELOAD_WAIT_UNIT_DAYS
#define H     (G_GINT64_CONSTANT (3600))
#define D     (24 * H)

typedef struct {
  const char *started;
  const char *ended;  /* NULL: open */
} PauseText;

typedef struct {
  const char         *name;
  int                 target;
  CaseloadWaitUnit    unit;
  int                 warn;
  const char         *received;
  const char         *stopped;
  const char         *now;
  PauseText           pauses[4];
  CaseloadClockState  state;
  const char         *due;
  const char         *warn_from;
  gint64              waited;
  gint64              paused;
} ClockCase;

static const ClockCase clock_cases[] = {
  { "running", 24, HOURS, 4,
    "2026-06-01T10:00:00Z", NULL, "2026-06-01T12:00:00Z", { { NULL } },
    CASELOAD_CLOCK_RUNNING, "2026-06-02T10:00:00Z", "2026-06-02T06:00:00Z", 2 * H, 0 },
  { "running-just-before-warning", 24, HOURS, 4,
    "2026-06-01T10:00:00Z", NULL, "2026-06-02T05:59:59Z", { { NULL } },
    CASELOAD_CLOCK_RUNNING, "2026-06-02T10:00:00Z", "2026-06-02T06:00:00Z", 20 * H - 1, 0 },
  { "near-breach-at-warning", 24, HOURS, 4,
    "2026-06-01T10:00:00Z", NULL, "2026-06-02T06:00:00Z", { { NULL } },
    CASELOAD_CLOCK_NEAR_BREACH, "2026-06-02T10:00:00Z", "2026-06-02T06:00:00Z", 20 * H, 0 },
  { "near-breach-just-before-due", 24, HOURS, 4,
    "2026-06-01T10:00:00Z", NULL, "2026-06-02T09:59:59Z", { { NULL } },
    CASELOAD_CLOCK_NEAR_BREACH, "2026-06-02T10:00:00Z", "2026-06-02T06:00:00Z", D - 1, 0 },
  { "breached-at-due", 24, HOURS, 4,
    "2026-06-01T10:00:00Z", NULL, "2026-06-02T10:00:00Z", { { NULL } },
    CASELOAD_CLOCK_BREACHED, "2026-06-02T10:00:00Z", "2026-06-02T06:00:00Z", D, 0 },
  { "met-at-due", 24, HOURS, 4,
    "2026-06-01T10:00:00Z", "2026-06-02T10:00:00Z", "2026-06-09T10:00:00Z", { { NULL } },
    CASELOAD_CLOCK_MET, "2026-06-02T10:00:00Z", "2026-06-02T06:00:00Z", D, 0 },
  { "missed-a-second-after-due", 24, HOURS, 4,
    "2026-06-01T10:00:00Z", "2026-06-02T10:00:01Z", "2026-06-09T10:00:00Z", { { NULL } },
    CASELOAD_CLOCK_MISSED, "2026-06-02T10:00:00Z", "2026-06-02T06:00:00Z", D + 1, 0 },
  { "read-before-received", 24, HOURS, 4,
    "2026-06-01T10:00:00Z", NULL, "2026-06-01T09:00:00Z", { { NULL } },
    CASELOAD_CLOCK_RUNNING, "2026-06-02T10:00:00Z", "2026-06-02T06:00:00Z", 0, 0 },
  { "open-pause", 24, HOURS, 4,
    "2026-06-01T10:00:00Z", NULL, "2026-06-01T20:00:00Z",
    { { "2026-06-01T14:00:00Z", NULL } },
    CASELOAD_CLOCK_PAUSED, "2026-06-02T16:00:00Z", "2026-06-02T12:00:00Z", 4 * H, 6 * H },
  { "open-pause-after-breach", 24, HOURS, 4,
    "2026-06-01T10:00:00Z", NULL, "2026-06-03T12:00:00Z",
    { { "2026-06-02T11:00:00Z", NULL } },
    CASELOAD_CLOCK_BREACHED, "2026-06-02T10:00:00Z", "2026-06-02T06:00:00Z", 25 * H, 25 * H },
  { "open-pause-near-breach", 24, HOURS, 4,
    "2026-06-01T10:00:00Z", NULL, "2026-06-02T09:00:00Z",
    { { "2026-06-02T08:00:00Z", NULL } },
    CASELOAD_CLOCK_PAUSED, "2026-06-02T11:00:00Z", "2026-06-02T07:00:00Z", 22 * H, H },
  { "pause-ended-at-now-is-over", 24, HOURS, 4,
    "2026-06-01T10:00:00Z", NULL, "2026-06-01T20:00:00Z",
    { { "2026-06-01T14:00:00Z", "2026-06-01T20:00:00Z" } },
    CASELOAD_CLOCK_RUNNING, "2026-06-02T16:00:00Z", "2026-06-02T12:00:00Z", 4 * H, 6 * H },
  { "pause-in-the-future-is-not-yet-counted", 24, HOURS, 4,
    "2026-06-01T10:00:00Z", NULL, "2026-06-01T20:00:00Z",
    { { "2026-06-01T21:00:00Z", NULL } },
    CASELOAD_CLOCK_RUNNING, "2026-06-02T10:00:00Z", "2026-06-02T06:00:00Z", 10 * H, 0 },
  { "pauses-before-received-and-after-stop-ignored", 24, HOURS, 4,
    "2026-06-01T10:00:00Z", "2026-06-01T18:00:00Z", "2026-06-05T10:00:00Z",
    { { "2026-05-30T00:00:00Z", "2026-06-01T09:00:00Z" },   /* all before */
      { "2026-06-01T09:00:00Z", "2026-06-01T11:00:00Z" },   /* one hour counts */
      { "2026-06-01T19:00:00Z", "2026-06-01T20:00:00Z" },   /* after the stop */
      { "2026-06-01T17:30:00Z", NULL } },                   /* half an hour counts */
    CASELOAD_CLOCK_MET, "2026-06-02T11:30:00Z", "2026-06-02T07:30:00Z",
    8 * H - 3 * H / 2, 3 * H / 2 },
  { "overlapping-pauses-merged", 24, HOURS, 4,
    "2026-06-01T10:00:00Z", NULL, "2026-06-01T20:00:00Z",
    { { "2026-06-01T13:30:00Z", "2026-06-01T15:00:00Z" },
      { "2026-06-01T11:00:00Z", "2026-06-01T13:00:00Z" },
      { "2026-06-01T12:00:00Z", "2026-06-01T14:00:00Z" },
      { "2026-06-01T11:30:00Z", "2026-06-01T12:30:00Z" } },
    CASELOAD_CLOCK_RUNNING, "2026-06-02T14:00:00Z", "2026-06-02T10:00:00Z", 6 * H, 4 * H },
  /* 10:00 GMT on 10 March: due 10:00 BST on 7 April, warned 10:00 BST on 31 March. */
  { "28-days-across-bst-start", 28, DAYS, 7,
    "2026-03-10T10:00:00Z", NULL, "2026-03-20T10:00:00Z", { { NULL } },
    CASELOAD_CLOCK_RUNNING, "2026-04-07T10:00:00+01:00", "2026-03-31T10:00:00+01:00", 10 * D, 0 },
  { "28-days-across-bst-start-breached-at-wall-time", 28, DAYS, 7,
    "2026-03-10T10:00:00Z", NULL, "2026-04-07T09:00:00Z", { { NULL } },
    CASELOAD_CLOCK_BREACHED, "2026-04-07T10:00:00+01:00", "2026-03-31T10:00:00+01:00", 28 * D - H, 0 },
  /* 10:00 BST on 10 October: due 10:00 GMT on 7 November, warned 10:00 GMT on 31 October. */
  { "28-days-across-bst-end-near-breach", 28, DAYS, 7,
    "2026-10-10T09:00:00Z", NULL, "2026-11-07T09:59:59Z", { { NULL } },
    CASELOAD_CLOCK_NEAR_BREACH, "2026-11-07T10:00:00Z", "2026-10-31T10:00:00Z", 28 * D + H - 1, 0 },
  { "28-days-across-bst-end-breached", 28, DAYS, 7,
    "2026-10-10T10:00:00+01:00", NULL, "2026-11-07T10:00:00Z", { { NULL } },
    CASELOAD_CLOCK_BREACHED, "2026-11-07T10:00:00Z", "2026-10-31T10:00:00Z", 28 * D + H, 0 },
  /* Hours are elapsed time: 12:00 GMT to 13:00 BST is 24 hours. */
  { "24-hours-across-bst-start", 24, HOURS, 4,
    "2026-03-28T12:00:00Z", NULL, "2026-03-29T11:00:00Z", { { NULL } },
    CASELOAD_CLOCK_NEAR_BREACH, "2026-03-29T13:00:00+01:00", "2026-03-29T09:00:00+01:00", 23 * H, 0 },
  { "24-hours-across-bst-end", 24, HOURS, 4,
    "2026-10-24T12:00:00+01:00", "2026-10-25T11:00:00Z", "2026-10-26T00:00:00Z", { { NULL } },
    CASELOAD_CLOCK_MET, "2026-10-25T11:00:00Z", "2026-10-25T07:00:00Z", D, 0 },
  /* Received at 00:30 BST on 25 October, written either way: the London day is the
   * 25th, so one day later is 00:30 GMT on the 26th, 25 hours on. */
  { "received-in-utc-at-local-midnight", 1, DAYS, 0,
    "2026-10-24T23:30:00Z", NULL, "2026-10-25T12:00:00Z", { { NULL } },
    CASELOAD_CLOCK_RUNNING, "2026-10-26T00:30:00Z", "2026-10-26T00:30:00Z", 12 * H + 30 * 60, 0 },
  { "received-in-local-time-at-midnight", 1, DAYS, 0,
    "2026-10-25T00:30:00+01:00", NULL, "2026-10-25T12:00:00Z", { { NULL } },
    CASELOAD_CLOCK_RUNNING, "2026-10-26T00:30:00Z", "2026-10-26T00:30:00Z", 12 * H + 30 * 60, 0 },
  /* 23:30 GMT on 28 March: one day later is 23:30 BST, 23 hours on. */
  { "one-day-across-bst-start-is-23-hours", 1, DAYS, 0,
    "2026-03-28T23:30:00Z", NULL, "2026-03-29T22:30:00Z", { { NULL } },
    CASELOAD_CLOCK_BREACHED, "2026-03-29T22:30:00Z", "2026-03-29T22:30:00Z", 23 * H, 0 },
  /* 01:30 on 29 March does not exist: the due time is 02:30 BST, the moment 01:30 GMT
   * would have been; the warning is 7 days before that wall-clock time. */
  { "due-in-the-skipped-hour", 28, DAYS, 7,
    "2026-03-01T01:30:00Z", NULL, "2026-03-02T00:00:00Z", { { NULL } },
    CASELOAD_CLOCK_RUNNING, "2026-03-29T02:30:00+01:00", "2026-03-22T02:30:00Z", D - 90 * 60, 0 },
  /* 01:30 on 25 October happens twice: the due time is the first, 01:30 BST. */
  { "due-in-the-repeated-hour", 28, DAYS, 7,
    "2026-09-27T01:30:00+01:00", NULL, "2026-09-28T00:30:00Z", { { NULL } },
    CASELOAD_CLOCK_RUNNING, "2026-10-25T01:30:00+01:00", "2026-10-18T01:30:00+01:00", D, 0 },
  /* A pause moves a days target on by its elapsed length. */
  { "days-with-a-pause", 28, DAYS, 7,
    "2026-06-01T09:00:00Z", NULL, "2026-06-20T09:00:00Z",
    { { "2026-06-05T09:00:00Z", "2026-06-07T21:00:00Z" } },
    CASELOAD_CLOCK_RUNNING, "2026-07-01T21:00:00Z", "2026-06-24T21:00:00Z", 19 * D - 60 * H, 60 * H },
};

static GDateTime *
parse (const char *text)
{
  GDateTime *when;

  if (text == NULL)
    return NULL;
  when = g_date_time_new_from_iso8601 (text, NULL);
  g_assert_nonnull (when);
  return when;
}

static void
assert_same_instant (GDateTime  *actual,
                     const char *expected,
                     const char *what)
{
  g_autoptr(GDateTime) wanted = parse (expected);

  if (!g_date_time_equal (actual, wanted))
    {
      g_autofree char *shown = g_date_time_format_iso8601 (actual);

      g_error ("%s is %s, expected %s", what, shown, expected);
    }
}

static void
test_clock_case (gconstpointer data)
{
  const ClockCase *c = data;
  g_autoptr(CaseloadWaitStandard) standard = caseload_wait_standard_new ();
  g_autoptr(GDateTime) received = parse (c->received);
  g_autoptr(GDateTime) stopped = parse (c->stopped);
  g_autoptr(GDateTime) now = parse (c->now);
  CaseloadPauseSpan pauses[G_N_ELEMENTS (c->pauses)];
  CaseloadClockReading reading = { 0 };
  guint n_pauses = 0;

  caseload_wait_standard_set_target (standard, c->target);
  caseload_wait_standard_set_unit (standard, c->unit);
  caseload_wait_standard_set_warn (standard, c->warn);

  for (guint i = 0; i < G_N_ELEMENTS (c->pauses) && c->pauses[i].started != NULL; i++)
    {
      pauses[i].started = parse (c->pauses[i].started);
      pauses[i].ended = parse (c->pauses[i].ended);
      n_pauses++;
    }

  caseload_wait_clock_read (standard, received, stopped, pauses, n_pauses, now, &reading);

  g_assert_cmpint (reading.state, ==, c->state);
  assert_same_instant (reading.due, c->due, "due");
  assert_same_instant (reading.warn_from, c->warn_from, "warn from");
  g_assert_cmpint (reading.waited_seconds, ==, c->waited);
  g_assert_cmpint (reading.paused_seconds, ==, c->paused);

  caseload_clock_reading_clear (&reading);
  g_assert_null (reading.due);
  g_assert_null (reading.warn_from);

  for (guint i = 0; i < n_pauses; i++)
    {
      g_date_time_unref (pauses[i].started);
      g_clear_pointer (&pauses[i].ended, g_date_time_unref);
    }
}

static void
test_defaults (void)
{
  static const struct {
    CaseloadUrgency   urgency;
    int               target;
    CaseloadWaitUnit  unit;
    int               warn;
    CaseloadMilestone stops_at;
  } cases[] = {
    { CASELOAD_URGENCY_ROUTINE, 28, DAYS, 7, CASELOAD_MILESTONE_HELP_STARTED },
    { CASELOAD_URGENCY_URGENT, 24, HOURS, 4, CASELOAD_MILESTONE_FIRST_CONTACT },
    { CASELOAD_URGENCY_VERY_URGENT, 4, HOURS, 1, CASELOAD_MILESTONE_FIRST_CONTACT },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CaseloadWaitStandard) standard = caseload_wait_standard_new_default (cases[i].urgency);

      g_assert_cmpint (caseload_wait_standard_get_urgency (standard), ==, cases[i].urgency);
      g_assert_cmpint (caseload_wait_standard_get_target (standard), ==, cases[i].target);
      g_assert_cmpint (caseload_wait_standard_get_unit (standard), ==, cases[i].unit);
      g_assert_cmpint (caseload_wait_standard_get_warn (standard), ==, cases[i].warn);
      g_assert_cmpint (caseload_wait_standard_get_stops_at (standard), ==, cases[i].stops_at);
    }
}

static void
test_percentile (void)
{
  static const gint64 one[] = { 7 };
  static const gint64 two[] = { 3, 9 };
  static const gint64 ten[] = { 10, 20, 30, 40, 50, 60, 70, 80, 90, 100 };
  static const struct {
    const gint64 *values;
    gsize         n;
    double        fraction;
    gint64        expected;
  } cases[] = {
    { NULL, 0, 0.5, 0 },
    { NULL, 0, 0.9, 0 },
    { one, 1, 0.5, 7 },
    { one, 1, 0.9, 7 },
    { two, 2, 0.5, 3 },
    { two, 2, 0.9, 9 },
    { ten, 10, 0.5, 50 },
    { ten, 10, 0.9, 90 },
    { ten, 10, 0.95, 100 },
    { ten, 10, 0.0, 10 },
    { ten, 10, 1.0, 100 },
    { ten, 10, -0.5, 10 },
    { ten, 10, 1.5, 100 },
    { ten, 10, NAN, 10 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("n=%" G_GSIZE_FORMAT " fraction=%g", cases[i].n, cases[i].fraction);
      g_assert_cmpint (caseload_percentile (cases[i].values, cases[i].n, cases[i].fraction),
                       ==, cases[i].expected);
    }
}

static void
test_time_zone (void)
{
  GTimeZone *tz = caseload_wait_clock_time_zone ();

  g_assert_nonnull (tz);
  g_assert_true (tz == caseload_wait_clock_time_zone ());
  g_assert_cmpstr (g_time_zone_get_identifier (tz), ==, "Europe/London");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (clock_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/wait-clock/read/%s", clock_cases[i].name);

      g_test_add_data_func (path, &clock_cases[i], test_clock_case);
    }
  g_test_add_func ("/wait-clock/defaults", test_defaults);
  g_test_add_func ("/wait-clock/percentile", test_percentile);
  g_test_add_func ("/wait-clock/time-zone", test_time_zone);

  return g_test_run ();
}
