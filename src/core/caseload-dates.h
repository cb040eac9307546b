/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * Dates and times as the stores write them in messages and queries: pure, the same
 * for every backend.
 */

/* "3 March 2026" from "2026-03-03"; text that is not a date comes back as it is. */
char *caseload_date_long_of       (const char *iso_date);
/* "15:42" in local time from an ISO 8601 instant; anything else comes back as it is. */
char *caseload_time_local_of      (const char *iso);
/* "2026-11-23" from "2026-11-22" (the exclusive end of a day range), NULL if not a date. */
char *caseload_date_iso_day_after (const char *iso_date);
/* The Europe/London calendar day of @when (see caseload_wait_clock_time_zone()). */
void  caseload_date_london_day    (GDateTime *when, GDate *day);

G_END_DECLS
