/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "caseload-types.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_ATTENDANCE (caseload_attendance_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadAttendance, caseload_attendance, CASELOAD, ATTENDANCE, GObject)

/* A participant at one session: "status" (CaseloadAttendanceStatus), their emotional
 * "intensity" on STEPPS's 1–5 continuum (0: not rated) and, when "has-best", the BEST
 * total they scored that week ("best-total", 12–72). */
CaseloadAttendance       *caseload_attendance_new                (void);
const char               *caseload_attendance_get_session_id     (CaseloadAttendance *self);
void                      caseload_attendance_set_session_id     (CaseloadAttendance *self, const char *session_id);
const char               *caseload_attendance_get_participant_id (CaseloadAttendance *self);
void                      caseload_attendance_set_participant_id (CaseloadAttendance *self, const char *participant_id);
CaseloadAttendanceStatus  caseload_attendance_get_status         (CaseloadAttendance *self);
void                      caseload_attendance_set_status         (CaseloadAttendance *self, CaseloadAttendanceStatus status);
int                       caseload_attendance_get_intensity      (CaseloadAttendance *self);
void                      caseload_attendance_set_intensity      (CaseloadAttendance *self, int intensity);
gboolean                  caseload_attendance_get_has_best       (CaseloadAttendance *self);
void                      caseload_attendance_set_has_best       (CaseloadAttendance *self, gboolean has_best);
int                       caseload_attendance_get_best_total     (CaseloadAttendance *self);
void                      caseload_attendance_set_best_total     (CaseloadAttendance *self, int best_total);

G_END_DECLS
