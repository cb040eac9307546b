/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "caseload-types.h"
#include "caseload-wait-standard.h"

G_BEGIN_DECLS

/*
 * Waiting-time clocks: pure arithmetic, tested with injected times.
 *
 * A clock starts when the referral is received and stops at the milestone its standard
 * names (first contact, assessment or start of help). It counts every second except
 * those inside a recorded pause. The target is a number of hours (elapsed time) or of
 * days (the Europe/London calendar: a 28-day clock started at 10:00 falls due at 10:00,
 * whether or not the clocks changed in between), extended by the length of every pause
 * that began before it fell due.
 *
 * State at @now: MET or MISSED once stopped (stopped at or before the due time, or
 * after it); BREACHED at or after the due time (a pause begun after the breach does not
 * hide it); PAUSED inside an open pause; NEAR_BREACH from "warn" units before the due
 * time; RUNNING otherwise.
 */

typedef struct {
  GDateTime *started;  /* start of the pause */
  GDateTime *ended;    /* NULL: the clock is paused now */
} CaseloadPauseSpan;

typedef struct {
  CaseloadClockState  state;
  GDateTime          *due;              /* when the standard is breached (with pauses so far) */
  GDateTime          *warn_from;        /* when it is near breach */
  gint64              waited_seconds;   /* counted time, up to the stop or @now */
  gint64              paused_seconds;   /* time inside pauses, up to the stop or @now */
} CaseloadClockReading;

/* Reads the clock. @stopped: the stopping milestone's time, or NULL. Pauses may be in any
 * order; parts of a pause before @received or after the stop (or @now) do not count.
 * Fill @reading; free it with caseload_clock_reading_clear(). */
void     caseload_wait_clock_read          (CaseloadWaitStandard     *standard,
                                            GDateTime                *received,
                                            GDateTime                *stopped,
                                            const CaseloadPauseSpan  *pauses,
                                            guint                     n_pauses,
                                            GDateTime                *now,
                                            CaseloadClockReading     *reading);
void     caseload_clock_reading_clear      (CaseloadClockReading     *reading);

/* The standard's default for @urgency (DOMAIN.md): routine 28 days to the start of help,
 * warned 7 days before; urgent 24 hours to first contact, warned 4 hours before; very
 * urgent 4 hours to first contact, warned 1 hour before. */
CaseloadWaitStandard *caseload_wait_standard_new_default (CaseloadUrgency urgency);

/* The value at @fraction (0…1) of @values sorted ascending, by the nearest-rank method
 * (the median is fraction 0.5, the 90th percentile 0.9); 0 when @n_values is 0. */
gint64   caseload_percentile               (const gint64             *sorted_values,
                                            gsize                     n_values,
                                            double                    fraction);

/* Europe/London, where every clock and calendar date in Caseload is counted. */
GTimeZone *caseload_wait_clock_time_zone   (void);

G_END_DECLS
