/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "caseload-pathways.h"
#include "caseload-pathways-private.h"
#include "caseload-wait-clock.h"

gboolean
caseload_pathway_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  while (g_ascii_isspace (*text))
    text++;
  return *text == '\0';
}

gboolean
caseload_pathway_iso_date (const char *iso,
                           GDate      *date)
{
  guint year, month, day;

  g_date_clear (date, 1);
  if (iso == NULL || strlen (iso) != 10 || iso[4] != '-' || iso[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    {
      if (i != 4 && i != 7 && !g_ascii_isdigit (iso[i]))
        return FALSE;
    }

  year = (guint) g_ascii_strtoull (iso, NULL, 10);
  month = (guint) g_ascii_strtoull (iso + 5, NULL, 10);
  day = (guint) g_ascii_strtoull (iso + 8, NULL, 10);
  if (year < 1 || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;

  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

void
caseload_pathway_london_day (GDateTime *when,
                             GDate     *day)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (when, caseload_wait_clock_time_zone ());

  g_date_clear (day, 1);
  g_date_set_dmy (day, (GDateDay) g_date_time_get_day_of_month (local),
                  (GDateMonth) g_date_time_get_month (local),
                  (GDateYear) g_date_time_get_year (local));
}

void
caseload_pathway_today (const GDate *today,
                        GDate       *out)
{
  g_autoptr(GDateTime) now = NULL;

  if (today != NULL && g_date_valid (today))
    {
      *out = *today;
      return;
    }

  now = g_date_time_new_now_utc ();
  caseload_pathway_london_day (now, out);
}

GDateTime *
caseload_pathway_parse_time (const char *iso)
{
  g_autoptr(GTimeZone) utc = NULL;

  if (caseload_pathway_blank (iso))
    return NULL;

  utc = g_time_zone_new_utc ();
  return g_date_time_new_from_iso8601 (iso, utc);
}

char *
caseload_pathway_show_date (const GDate *date)
{
  return g_strdup_printf ("%02u/%02u/%04u", (guint) g_date_get_day (date),
                          (guint) g_date_get_month (date), (guint) g_date_get_year (date));
}

char *
caseload_pathway_show_time (GDateTime *when)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (when, caseload_wait_clock_time_zone ());

  return g_date_time_format (local, "%d/%m/%Y %H:%M");
}

CaseloadPathways *
caseload_pathways_new (const char *person_id)
{
  CaseloadPathways *pathways = g_new0 (CaseloadPathways, 1);

  pathways->person_id = g_strdup (person_id);
  pathways->cohorts = g_ptr_array_new_with_free_func (g_object_unref);
  pathways->od_episodes = g_ptr_array_new_with_free_func (g_object_unref);
  pathways->ips_referrals = g_ptr_array_new_with_free_func (g_object_unref);
  pathways->housing_referrals = g_ptr_array_new_with_free_func (g_object_unref);
  pathways->accommodation = g_ptr_array_new_with_free_func (g_object_unref);

  return pathways;
}

void
caseload_pathways_free (CaseloadPathways *pathways)
{
  if (pathways == NULL)
    return;

  g_free (pathways->person_id);
  g_ptr_array_unref (pathways->cohorts);
  g_ptr_array_unref (pathways->od_episodes);
  g_ptr_array_unref (pathways->ips_referrals);
  g_ptr_array_unref (pathways->housing_referrals);
  g_ptr_array_unref (pathways->accommodation);
  g_free (pathways);
}

void
caseload_pathway_badge_free (CaseloadPathwayBadge *badge)
{
  if (badge == NULL)
    return;

  g_free (badge->label);
  g_free (badge->detail);
  g_free (badge);
}
