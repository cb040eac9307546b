/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "caseload-open-dialogue.h"
#include "caseload-pathways-private.h"
#include "caseload-staff.h"
#include "caseload-wait-clock.h"

/* Open Dialogue's 24-hour clock: elapsed time, so it is the same 86,400 seconds whether
 * or not the clocks change that night; the due time is shown in London time. */

/* The time of the first meeting: the store's "first-meeting-at", or the earliest meeting
 * when it has not been filled (a record being built by a form). */
static GDateTime *
first_meeting_time (CaseloadOdEpisode *episode)
{
  GPtrArray *meetings = caseload_od_episode_get_meetings (episode);
  GDateTime *first = caseload_pathway_parse_time (caseload_od_episode_get_first_meeting_at (episode));

  if (first != NULL)
    return first;

  for (guint i = 0; i < meetings->len; i++)
    {
      GDateTime *held = caseload_pathway_parse_time (caseload_od_meeting_get_held_at (g_ptr_array_index (meetings, i)));

      if (held == NULL)
        continue;
      if (first == NULL || g_date_time_compare (held, first) < 0)
        {
          g_clear_pointer (&first, g_date_time_unref);
          first = held;
        }
      else
        {
          g_date_time_unref (held);
        }
    }

  return first;
}

/**
 * caseload_od_clock:
 * @episode: an Open Dialogue episode (with its meetings, or "first-meeting-at")
 * @now: (nullable): the time to read the clock at; NULL for the real now
 * @due_at: (out) (optional) (transfer full) (nullable): the due time in London time
 * @seconds: (out) (optional): seconds left, overdue, or taken to the first meeting
 *
 * Returns: the clock's state
 */
CaseloadOdClockState
caseload_od_clock (CaseloadOdEpisode  *episode,
                   GDateTime          *now,
                   GDateTime         **due_at,
                   gint64             *seconds)
{
  g_autoptr(GDateTime) contact = NULL;
  g_autoptr(GDateTime) due = NULL;
  g_autoptr(GDateTime) first = NULL;
  g_autoptr(GDateTime) real_now = NULL;
  CaseloadOdClockState state;
  gint64 taken;

  if (due_at != NULL)
    *due_at = NULL;
  if (seconds != NULL)
    *seconds = 0;

  g_return_val_if_fail (CASELOAD_IS_OD_EPISODE (episode), CASELOAD_OD_CLOCK_RUNNING);

  contact = caseload_pathway_parse_time (caseload_od_episode_get_contact_at (episode));
  if (contact == NULL)
    return CASELOAD_OD_CLOCK_RUNNING;

  due = g_date_time_add_hours (contact, CASELOAD_OD_FIRST_MEETING_HOURS);
  if (due_at != NULL)
    *due_at = g_date_time_to_timezone (due, caseload_wait_clock_time_zone ());

  first = first_meeting_time (episode);
  if (first != NULL)
    {
      taken = g_date_time_difference (first, contact) / G_TIME_SPAN_SECOND;
      state = g_date_time_compare (first, due) <= 0 ? CASELOAD_OD_CLOCK_MET : CASELOAD_OD_CLOCK_MET_LATE;
      if (seconds != NULL)
        *seconds = taken;
      return state;
    }

  if (now == NULL)
    now = real_now = g_date_time_new_now_utc ();

  if (g_date_time_compare (now, due) < 0 && caseload_pathway_blank (caseload_od_episode_get_ended_on (episode)))
    {
      if (seconds != NULL)
        *seconds = g_date_time_difference (due, now) / G_TIME_SPAN_SECOND;
      return CASELOAD_OD_CLOCK_RUNNING;
    }

  if (seconds != NULL)
    *seconds = MAX (g_date_time_difference (now, due) / G_TIME_SPAN_SECOND, 0);
  return CASELOAD_OD_CLOCK_BREACHED;
}

/* "5 hours", "40 minutes", "3 days": the largest unit that reads well, rounded down. */
static char *
describe_span (gint64 seconds)
{
  gint64 minutes = MAX (seconds, 0) / 60;
  gint64 hours = minutes / 60;

  if (hours >= 48)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day", "%d days", (gulong) (hours / 24)),
                            (int) (hours / 24));
  if (hours >= 1)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d hour", "%d hours", (gulong) hours),
                            (int) hours);
  if (minutes >= 1)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d minute", "%d minutes", (gulong) minutes),
                            (int) minutes);
  return g_strdup (_("less than a minute"));
}

/**
 * caseload_od_clock_describe:
 * @state: the clock's state
 * @seconds: as caseload_od_clock() gave it
 *
 * Returns: (transfer full): the clock in words, translated
 */
char *
caseload_od_clock_describe (CaseloadOdClockState state,
                            gint64               seconds)
{
  g_autofree char *span = describe_span (seconds);

  switch (state)
    {
    case CASELOAD_OD_CLOCK_MET:
      /* TRANSLATORS: the first network meeting was held within 24 hours: "Met in 18 hours" */
      return g_strdup_printf (_("Met in %s"), span);
    case CASELOAD_OD_CLOCK_MET_LATE:
      /* TRANSLATORS: the first network meeting was late: "Met after 30 hours" */
      return g_strdup_printf (_("Met after %s"), span);
    case CASELOAD_OD_CLOCK_BREACHED:
      /* TRANSLATORS: "First meeting overdue by 2 hours" */
      return g_strdup_printf (_("First meeting overdue by %s"), span);
    case CASELOAD_OD_CLOCK_RUNNING:
    default:
      /* TRANSLATORS: "First meeting due in 5 hours" */
      return g_strdup_printf (_("First meeting due in %s"), span);
    }
}

/**
 * caseload_od_meeting_has_core_member:
 * @episode: an episode with its core team
 * @meeting: one of its meetings, with its practitioners
 *
 * Returns: TRUE when one of the core team was at @meeting
 */
gboolean
caseload_od_meeting_has_core_member (CaseloadOdEpisode *episode,
                                     CaseloadOdMeeting *meeting)
{
  GPtrArray *team;
  GPtrArray *practitioners;

  g_return_val_if_fail (CASELOAD_IS_OD_EPISODE (episode), FALSE);
  g_return_val_if_fail (CASELOAD_IS_OD_MEETING (meeting), FALSE);

  team = caseload_od_episode_get_core_team (episode);
  practitioners = caseload_od_meeting_get_practitioners (meeting);
  for (guint i = 0; i < team->len; i++)
    {
      const char *id = caseload_staff_get_id (g_ptr_array_index (team, i));

      for (guint j = 0; id != NULL && j < practitioners->len; j++)
        {
          if (g_strcmp0 (id, caseload_staff_get_id (g_ptr_array_index (practitioners, j))) == 0)
            return TRUE;
        }
    }

  return FALSE;
}
