/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "caseload-types.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_COHORT (caseload_cohort_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadCohort, caseload_cohort, CASELOAD, COHORT, GObject)

/* A STEPPS group cohort. "programme" (CaseloadSteppsProgramme) sets the default
 * "n-sessions" (20, 21 or 12; editable), "session-minutes" (120 by default), "venue",
 * "start-on" (ISO date of session 1) and "name" ("Grays, spring 2027"). "completion-percent"
 * (75 by default): a participant completes by attending at least that share of the
 * sessions (caseload-stepps.h). The store fills "id", "version", "end-on" (the last
 * session's date), "created-at", "n-participants" (those who have not left, whether or
 * not the reader may see them), "next-session-on" (today or later; NULL when none is left)
 * and "facilitator-names" ("Adaeze Nwosu (EPUT), …", by name).
 * A cohort read with caseload_store_get_cohort() also has its facilitators, participants,
 * sessions and attendance (the arrays below); one from caseload_store_list_cohorts() has
 * only the facilitators. */
CaseloadCohort          *caseload_cohort_new                    (void);
const char              *caseload_cohort_get_id                 (CaseloadCohort *self);
void                     caseload_cohort_set_id                 (CaseloadCohort *self, const char *id);
const char              *caseload_cohort_get_name               (CaseloadCohort *self);
void                     caseload_cohort_set_name               (CaseloadCohort *self, const char *name);
CaseloadSteppsProgramme  caseload_cohort_get_programme          (CaseloadCohort *self);
void                     caseload_cohort_set_programme          (CaseloadCohort *self, CaseloadSteppsProgramme programme);
int                      caseload_cohort_get_n_sessions         (CaseloadCohort *self);
void                     caseload_cohort_set_n_sessions         (CaseloadCohort *self, int n_sessions);
int                      caseload_cohort_get_session_minutes    (CaseloadCohort *self);
void                     caseload_cohort_set_session_minutes    (CaseloadCohort *self, int session_minutes);
const char              *caseload_cohort_get_venue              (CaseloadCohort *self);
void                     caseload_cohort_set_venue              (CaseloadCohort *self, const char *venue);
const char              *caseload_cohort_get_start_on           (CaseloadCohort *self);
void                     caseload_cohort_set_start_on           (CaseloadCohort *self, const char *start_on);
const char              *caseload_cohort_get_end_on             (CaseloadCohort *self);
void                     caseload_cohort_set_end_on             (CaseloadCohort *self, const char *end_on);
int                      caseload_cohort_get_completion_percent (CaseloadCohort *self);
void                     caseload_cohort_set_completion_percent (CaseloadCohort *self, int completion_percent);
int                      caseload_cohort_get_version            (CaseloadCohort *self);
void                     caseload_cohort_set_version            (CaseloadCohort *self, int version);
const char              *caseload_cohort_get_created_at         (CaseloadCohort *self);
void                     caseload_cohort_set_created_at         (CaseloadCohort *self, const char *created_at);
int                      caseload_cohort_get_n_participants     (CaseloadCohort *self);
void                     caseload_cohort_set_n_participants     (CaseloadCohort *self, int n_participants);
const char              *caseload_cohort_get_next_session_on    (CaseloadCohort *self);
void                     caseload_cohort_set_next_session_on    (CaseloadCohort *self, const char *next_session_on);
const char              *caseload_cohort_get_facilitator_names  (CaseloadCohort *self);
void                     caseload_cohort_set_facilitator_names  (CaseloadCohort *self, const char *facilitator_names);

/* The facilitators (CaseloadStaff: two or more, from different organisations), the
 * participants (CaseloadCohortParticipant, by name), the sessions (CaseloadCohortSession,
 * by number) and the attendance (CaseloadAttendance, any order); the cohort owns them. */
GPtrArray *caseload_cohort_get_facilitators (CaseloadCohort *self);
GPtrArray *caseload_cohort_get_participants (CaseloadCohort *self);
GPtrArray *caseload_cohort_get_sessions     (CaseloadCohort *self);
GPtrArray *caseload_cohort_get_attendance   (CaseloadCohort *self);

G_END_DECLS
