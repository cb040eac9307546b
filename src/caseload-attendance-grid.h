/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "caseload-attendance.h"
#include "caseload-core.h"
#include "caseload-reinforcer.h"
#include "caseload-stepps.h"
#include "caseload-validate-pathway.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_ATTENDANCE_GRID (caseload_attendance_grid_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadAttendanceGrid, caseload_attendance_grid, CASELOAD, ATTENDANCE_GRID, GtkWidget)

/*
 * A STEPPS cohort's session calendar as a grid drawn in one widget: a row per session
 * (its number, date and topic) and a column per participant, each cell the attendance
 * recorded with an icon and a word ("Attended", "Apologies", "Did not attend"), not
 * colour alone; sessions still to come are dimmed. Drawn rather than built of a widget
 * per cell, so a 20 × 10 calendar lays out and paints in one pass.
 *
 * Clicking a session's row, or Enter on it (Up and Down move between sessions), emits
 * "session-activated" with the session's number. For screen readers the grid is named
 * "Session calendar" and its description says each session's attendance in words.
 */
GtkWidget  *caseload_attendance_grid_new           (void);
/* Shows @cohort's sessions, participants and attendance as of @today (ISO date); @cohort
 * is kept, not copied. NULL empties the grid. */
void        caseload_attendance_grid_set_cohort    (CaseloadAttendanceGrid *self,
                                                    CaseloadCohort         *cohort,
                                                    const char             *today);
guint       caseload_attendance_grid_get_n_sessions     (CaseloadAttendanceGrid *self);
guint       caseload_attendance_grid_get_n_participants (CaseloadAttendanceGrid *self);
/* The words in a cell ("Attended", "Did not attend", "Not recorded", "To come"), the
 * session by its row and the participant by their column, from 0. */
const char *caseload_attendance_grid_get_cell_text (CaseloadAttendanceGrid *self,
                                                    guint                   session_row,
                                                    guint                   participant_column);
/* The description screen readers get. (transfer none) */
const char *caseload_attendance_grid_get_description (CaseloadAttendanceGrid *self);

G_END_DECLS
