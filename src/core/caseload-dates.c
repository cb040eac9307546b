/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include <stdio.h>

#include "caseload-dates.h"
#include "caseload-validate.h"
#include "caseload-wait-clock.h"

char *
caseload_date_long_of (const char *iso_date)
{
  int year, month, day;
  g_autoptr(GDateTime) date = NULL;

  if (iso_date == NULL || sscanf (iso_date, "%d-%d-%d", &year, &month, &day) != 3)
    return g_strdup (iso_date != NULL ? iso_date : "");
  date = g_date_time_new_utc (year, month, day, 12, 0, 0);
  if (date == NULL)
    return g_strdup (iso_date);
  return g_date_time_format (date, "%-d %B %Y");
}

char *
caseload_time_local_of (const char *iso)
{
  g_autoptr(GDateTime) utc = iso != NULL ? g_date_time_new_from_iso8601 (iso, NULL) : NULL;
  g_autoptr(GDateTime) local = NULL;

  if (utc == NULL)
    return g_strdup (iso != NULL ? iso : "");
  local = g_date_time_to_local (utc);
  return g_date_time_format (local, "%H:%M");
}

char *
caseload_date_iso_day_after (const char *iso_date)
{
  GDate date;

  g_date_clear (&date, 1);
  if (!caseload_parse_date (iso_date, &date, NULL))
    return NULL;
  g_date_add_days (&date, 1);
  return caseload_date_to_iso (&date);
}

void
caseload_date_london_day (GDateTime *when,
                          GDate     *day)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (when, caseload_wait_clock_time_zone ());

  g_date_clear (day, 1);
  g_date_set_dmy (day, (GDateDay) g_date_time_get_day_of_month (local),
                  (GDateMonth) g_date_time_get_month (local),
                  (GDateYear) g_date_time_get_year (local));
}
