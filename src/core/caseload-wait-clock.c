/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include <math.h>

#include "caseload-wait-clock.h"

/* Waiting-time clocks. Everything here is arithmetic on instants (GDateTime in UTC);
 * only a target in days looks at the Europe/London calendar. */

#define LONDON "Europe/London"

typedef struct {
  gint64 from;  /* unix seconds */
  gint64 to;
} Span;

/**
 * caseload_wait_clock_time_zone:
 *
 * Europe/London, read once. Should the system have no tzdata, UTC stands in for it
 * (with a warning), and days are then counted on the UTC calendar.
 *
 * Returns: (transfer none): the time zone
 */
GTimeZone *
caseload_wait_clock_time_zone (void)
{
  static GTimeZone *london = NULL;

  if (g_once_init_enter (&london))
    {
      GTimeZone *tz = g_time_zone_new_identifier (LONDON);

      if (tz == NULL)
        {
          g_warning ("No time zone data for %s: waiting times are counted in UTC", LONDON);
          tz = g_time_zone_new_utc ();
        }
      g_once_init_leave (&london, tz);
    }

  return london;
}

static gint32
london_offset_at (gint64 unix_time)
{
  GTimeZone *tz = caseload_wait_clock_time_zone ();
  int interval = g_time_zone_find_interval (tz, G_TIME_TYPE_UNIVERSAL, unix_time);

  return interval < 0 ? 0 : g_time_zone_get_offset (tz, interval);
}

/* @when moved by @days on the London calendar, keeping its wall-clock time. Should that
 * time not exist on the new day (it falls in the hour skipped when British Summer Time
 * starts), the offset in force before the change is used: 01:30 becomes 02:30 BST, the
 * same moment 01:30 GMT would have been. Should it happen twice (the hour repeated when
 * BST ends), the earlier of the two is used, so the deadline is never later than the
 * wall clock says. */
static gint64
add_london_days (gint64 when,
                 int    days)
{
  g_autoptr(GDateTime) instant = g_date_time_new_from_unix_utc (when);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (instant, caseload_wait_clock_time_zone ());
  g_autoptr(GDateTime) naive = NULL;
  gint64 naive_unix;
  gint32 before, after;
  gboolean before_fits, after_fits;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date,
                  (GDateDay) g_date_time_get_day_of_month (local),
                  (GDateMonth) g_date_time_get_month (local),
                  (GDateYear) g_date_time_get_year (local));
  if (days >= 0)
    g_date_add_days (&date, (guint) days);
  else
    g_date_subtract_days (&date, (guint) -days);

  /* The wall-clock time on the new day read as if it were UTC; then find the offsets
   * that make it a real London time. Changes are months apart, so the offsets a day
   * either side are the only candidates. */
  naive = g_date_time_new_utc ((int) g_date_get_year (&date), (int) g_date_get_month (&date),
                               (int) g_date_get_day (&date),
                               g_date_time_get_hour (local), g_date_time_get_minute (local),
                               g_date_time_get_second (local));
  naive_unix = g_date_time_to_unix (naive);
  before = london_offset_at (naive_unix - G_TIME_SPAN_DAY / G_USEC_PER_SEC);
  after = london_offset_at (naive_unix + G_TIME_SPAN_DAY / G_USEC_PER_SEC);
  before_fits = london_offset_at (naive_unix - before) == before;
  after_fits = london_offset_at (naive_unix - after) == after;

  if (before_fits && after_fits)
    return MIN (naive_unix - before, naive_unix - after);
  if (after_fits)
    return naive_unix - after;
  return naive_unix - before;
}

static gint64
add_units (gint64           when,
           int              amount,
           CaseloadWaitUnit unit)
{
  if (unit == CASELOAD_WAIT_UNIT_DAYS)
    return add_london_days (when, amount);
  return when + (gint64) amount * 3600;
}

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const Span *x = a;
  const Span *y = b;

  return (x->from > y->from) - (x->from < y->from);
}

/* The pauses clipped to [@from, @to], in order and merged where they overlap or touch.
 * Sets *@open when @to lies inside one, counting its end as outside: a pause that ended
 * at @to is over. */
static GArray *
clip_pauses (const CaseloadPauseSpan *pauses,
             guint                    n_pauses,
             gint64                   from,
             gint64                   to,
             gboolean                *open)
{
  g_autoptr(GArray) clipped = g_array_new (FALSE, FALSE, sizeof (Span));
  GArray *merged = g_array_new (FALSE, FALSE, sizeof (Span));

  *open = FALSE;

  for (guint i = 0; i < n_pauses; i++)
    {
      gint64 started, ended;
      Span span;

      if (pauses[i].started == NULL)
        continue;
      started = g_date_time_to_unix (pauses[i].started);
      ended = pauses[i].ended != NULL ? g_date_time_to_unix (pauses[i].ended) : G_MAXINT64;

      if (started <= to && ended > to)
        *open = TRUE;

      span.from = MAX (started, from);
      span.to = MIN (ended, to);
      if (span.to > span.from)
        g_array_append_val (clipped, span);
    }

  g_array_sort (clipped, compare_spans);

  for (guint i = 0; i < clipped->len; i++)
    {
      Span *span = &g_array_index (clipped, Span, i);
      Span *last = merged->len > 0 ? &g_array_index (merged, Span, merged->len - 1) : NULL;

      if (last != NULL && span->from <= last->to)
        last->to = MAX (last->to, span->to);
      else
        g_array_append_val (merged, *span);
    }

  return merged;
}

/**
 * caseload_wait_clock_read:
 * @standard: the standard the clock runs to
 * @received: when the referral was received
 * @stopped: (nullable): when the standard's milestone was reached
 * @pauses: (array length=n_pauses): the recorded pauses, in any order
 * @n_pauses: how many
 * @now: the time to read the clock at
 * @reading: (out caller-allocates): the reading
 *
 * The clock runs from @received to @stopped (or @now). The due time is @received plus
 * the target (hours: elapsed time; days: the London calendar, see add_london_days()),
 * plus every second paused so far in pauses that began before it fell due; the warning
 * comes "warn" units (by the same rule) before the due time. A clock read before it was
 * received has waited nothing. A breach stays a breach in a later pause.
 */
void
caseload_wait_clock_read (CaseloadWaitStandard    *standard,
                          GDateTime               *received,
                          GDateTime               *stopped,
                          const CaseloadPauseSpan *pauses,
                          guint                    n_pauses,
                          GDateTime               *now,
                          CaseloadClockReading    *reading)
{
  g_autoptr(GArray) spans = NULL;
  CaseloadWaitUnit unit;
  gint64 start, end, due, warn_from;
  gint64 paused = 0;
  gboolean open;

  g_return_if_fail (CASELOAD_IS_WAIT_STANDARD (standard));
  g_return_if_fail (received != NULL);
  g_return_if_fail (now != NULL);
  g_return_if_fail (pauses != NULL || n_pauses == 0);
  g_return_if_fail (reading != NULL);

  unit = caseload_wait_standard_get_unit (standard);
  start = g_date_time_to_unix (received);
  end = g_date_time_to_unix (stopped != NULL ? stopped : now);
  end = MAX (end, start);

  /* A pause that starts before the due time moves it on by its length; one that starts
   * after it cannot undo the breach. */
  due = add_units (start, caseload_wait_standard_get_target (standard), unit);
  spans = clip_pauses (pauses, n_pauses, start, end, &open);
  for (guint i = 0; i < spans->len; i++)
    {
      const Span *span = &g_array_index (spans, Span, i);

      if (span->from < due)
        due += span->to - span->from;
      paused += span->to - span->from;
    }

  warn_from = add_units (due, -caseload_wait_standard_get_warn (standard), unit);

  reading->due = g_date_time_new_from_unix_utc (due);
  reading->warn_from = g_date_time_new_from_unix_utc (warn_from);
  reading->paused_seconds = paused;
  reading->waited_seconds = end - start - paused;

  if (stopped != NULL)
    reading->state = end <= due ? CASELOAD_CLOCK_MET : CASELOAD_CLOCK_MISSED;
  else if (end >= due)
    reading->state = CASELOAD_CLOCK_BREACHED;
  else if (open && g_date_time_to_unix (now) >= start)
    reading->state = CASELOAD_CLOCK_PAUSED;
  else if (end >= warn_from)
    reading->state = CASELOAD_CLOCK_NEAR_BREACH;
  else
    reading->state = CASELOAD_CLOCK_RUNNING;
}

void
caseload_clock_reading_clear (CaseloadClockReading *reading)
{
  g_return_if_fail (reading != NULL);

  g_clear_pointer (&reading->due, g_date_time_unref);
  g_clear_pointer (&reading->warn_from, g_date_time_unref);
  reading->state = CASELOAD_CLOCK_NONE;
  reading->waited_seconds = 0;
  reading->paused_seconds = 0;
}

/**
 * caseload_wait_standard_new_default:
 * @urgency: the urgency
 *
 * Returns: (transfer full): the standard a new team starts with for @urgency
 */
CaseloadWaitStandard *
caseload_wait_standard_new_default (CaseloadUrgency urgency)
{
  CaseloadWaitStandard *standard = caseload_wait_standard_new ();

  caseload_wait_standard_set_urgency (standard, urgency);

  switch (urgency)
    {
    case CASELOAD_URGENCY_URGENT:
      caseload_wait_standard_set_target (standard, 24);
      caseload_wait_standard_set_unit (standard, CASELOAD_WAIT_UNIT_HOURS);
      caseload_wait_standard_set_warn (standard, 4);
      caseload_wait_standard_set_stops_at (standard, CASELOAD_MILESTONE_FIRST_CONTACT);
      break;
    case CASELOAD_URGENCY_VERY_URGENT:
      caseload_wait_standard_set_target (standard, 4);
      caseload_wait_standard_set_unit (standard, CASELOAD_WAIT_UNIT_HOURS);
      caseload_wait_standard_set_warn (standard, 1);
      caseload_wait_standard_set_stops_at (standard, CASELOAD_MILESTONE_FIRST_CONTACT);
      break;
    case CASELOAD_URGENCY_ROUTINE:
    default:
      caseload_wait_standard_set_target (standard, 28);
      caseload_wait_standard_set_unit (standard, CASELOAD_WAIT_UNIT_DAYS);
      caseload_wait_standard_set_warn (standard, 7);
      caseload_wait_standard_set_stops_at (standard, CASELOAD_MILESTONE_HELP_STARTED);
      break;
    }

  return standard;
}

/**
 * caseload_percentile:
 * @sorted_values: (array length=n_values): values in ascending order
 * @n_values: how many
 * @fraction: 0…1
 *
 * The nearest-rank method: the value at rank ⌈@fraction × @n_values⌉ (counting from 1),
 * clamped to the first and last.
 *
 * Returns: the value, or 0 for no values
 */
gint64
caseload_percentile (const gint64 *sorted_values,
                     gsize         n_values,
                     double        fraction)
{
  double rank;
  gsize index;

  if (n_values == 0)
    return 0;
  g_return_val_if_fail (sorted_values != NULL, 0);

  /* The small allowance keeps 0.9 × 10 at rank 9 despite binary fractions. */
  if (!(fraction >= 0.0))  /* also NaN */
    fraction = 0.0;
  rank = ceil (MIN (fraction, 1.0) * (double) n_values - 1e-9);
  index = rank < 1.0 ? 0 : (gsize) rank - 1;

  return sorted_values[MIN (index, n_values - 1)];
}
