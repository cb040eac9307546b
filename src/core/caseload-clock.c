/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "caseload-clock.h"

/* The one source of "now" for the core, so tests can pin time. The store reads the clock
 * from worker threads, hence the lock around the fixed time. */

struct _CaseloadClock
{
  GObject    parent_instance;

  GMutex     lock;
  GDateTime *fixed;   /* owned; NULL follows the system clock */
};

G_DEFINE_FINAL_TYPE (CaseloadClock, caseload_clock, G_TYPE_OBJECT)

static void
caseload_clock_finalize (GObject *object)
{
  CaseloadClock *self = CASELOAD_CLOCK (object);

  g_clear_pointer (&self->fixed, g_date_time_unref);
  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (caseload_clock_parent_class)->finalize (object);
}

static void
caseload_clock_class_init (CaseloadClockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_clock_finalize;
}

static void
caseload_clock_init (CaseloadClock *self)
{
  g_mutex_init (&self->lock);
}

/**
 * caseload_clock_new_system:
 *
 * Returns: (transfer full): a clock that follows the system time
 */
CaseloadClock *
caseload_clock_new_system (void)
{
  return g_object_new (CASELOAD_TYPE_CLOCK, NULL);
}

/**
 * caseload_clock_new_fixed:
 * @now: the time the clock always reads
 *
 * Returns: (transfer full): a clock stopped at @now, for tests and demos
 */
CaseloadClock *
caseload_clock_new_fixed (GDateTime *now)
{
  CaseloadClock *self;

  g_return_val_if_fail (now != NULL, NULL);

  self = g_object_new (CASELOAD_TYPE_CLOCK, NULL);
  caseload_clock_set_fixed (self, now);

  return self;
}

/**
 * caseload_clock_set_fixed:
 * @self: a clock
 * @now: (nullable): the time to stop at, or %NULL to follow the system time again
 */
void
caseload_clock_set_fixed (CaseloadClock *self,
                          GDateTime     *now)
{
  g_autoptr(GDateTime) old = NULL;

  g_return_if_fail (CASELOAD_IS_CLOCK (self));

  g_mutex_lock (&self->lock);
  old = g_steal_pointer (&self->fixed);
  self->fixed = now != NULL ? g_date_time_to_utc (now) : NULL;
  g_mutex_unlock (&self->lock);
}

/**
 * caseload_clock_now:
 * @self: a clock
 *
 * Returns: (transfer full): the current time in UTC
 */
GDateTime *
caseload_clock_now (CaseloadClock *self)
{
  GDateTime *now = NULL;

  g_return_val_if_fail (CASELOAD_IS_CLOCK (self), NULL);

  g_mutex_lock (&self->lock);
  if (self->fixed != NULL)
    now = g_date_time_ref (self->fixed);
  g_mutex_unlock (&self->lock);

  if (now == NULL)
    now = g_date_time_new_now_utc ();

  return now;
}

/**
 * caseload_clock_today:
 * @self: a clock
 * @today: (out caller-allocates): the date to fill
 *
 * Sets @today to the clock's current date in the local time zone: a person's age and
 * "today" in the interface follow the wall calendar where the user is, not UTC.
 */
void
caseload_clock_today (CaseloadClock *self,
                      GDate         *today)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) local = NULL;
  int year, month, day;

  g_return_if_fail (CASELOAD_IS_CLOCK (self));
  g_return_if_fail (today != NULL);

  now = caseload_clock_now (self);
  local = g_date_time_to_local (now);
  g_date_time_get_ymd (local, &year, &month, &day);

  g_date_clear (today, 1);
  g_date_set_dmy (today, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

/**
 * caseload_clock_now_iso:
 * @self: a clock
 *
 * Returns: (transfer full): the current UTC time as "YYYY-MM-DDTHH:MM:SSZ"
 */
char *
caseload_clock_now_iso (CaseloadClock *self)
{
  g_autoptr(GDateTime) now = NULL;

  g_return_val_if_fail (CASELOAD_IS_CLOCK (self), NULL);

  now = caseload_clock_now (self);

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}
