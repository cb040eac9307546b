/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "caseload-od-episode.h"
#include "caseload-od-meeting.h"

G_BEGIN_DECLS

/*
 * Open Dialogue's immediate help: the first network meeting within 24 hours of contact.
 * Twenty-four hours of elapsed time from "contact-at", whatever the wall clock does (so a
 * contact on the night the clocks change is due at a different clock time the next day);
 * shown in Europe/London.
 */
#define CASELOAD_OD_FIRST_MEETING_HOURS 24

/* The clock of @episode at @now (NULL: the real now): RUNNING (no meeting yet, not yet
 * due), BREACHED (no meeting, past due), MET or MET_LATE (the first meeting, within 24
 * hours or after). @due_at (if not NULL) gets the due time (newly allocated, Europe/London,
 * NULL if "contact-at" is not a date-time); @seconds (if not NULL) the seconds left
 * (RUNNING), overdue (BREACHED) or taken to the first meeting (MET, MET_LATE). An ended
 * episode without a meeting counts as BREACHED. */
CaseloadOdClockState caseload_od_clock (CaseloadOdEpisode *episode,
                                        GDateTime         *now,
                                        GDateTime        **due_at,
                                        gint64            *seconds);

/* The words for the clock ("First meeting due in 5 hours", "First meeting overdue by 2
 * hours", "Met in 18 hours", "Met after 30 hours"), translated, newly allocated. */
char                *caseload_od_clock_describe (CaseloadOdClockState state, gint64 seconds);

/* TRUE when one of @episode's core team is among @meeting's practitioners. */
gboolean             caseload_od_meeting_has_core_member (CaseloadOdEpisode *episode,
                                                          CaseloadOdMeeting *meeting);

G_END_DECLS
