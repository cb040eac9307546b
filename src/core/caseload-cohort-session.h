/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "caseload-types.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_COHORT_SESSION (caseload_cohort_session_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadCohortSession, caseload_cohort_session, CASELOAD, COHORT_SESSION, GObject)

/* One session of a STEPPS cohort: "number" (from 1), "held-on" (ISO date; generated
 * weekly from the cohort's start, editable within the cohort's dates), "topic" (from
 * caseload_stepps_topics() or typed) and the facilitators' "notes" about the session (about
 * the group and the skills taught; a person's own notes go on their record). */
CaseloadCohortSession  *caseload_cohort_session_new           (void);
const char             *caseload_cohort_session_get_id        (CaseloadCohortSession *self);
void                    caseload_cohort_session_set_id        (CaseloadCohortSession *self, const char *id);
const char             *caseload_cohort_session_get_cohort_id (CaseloadCohortSession *self);
void                    caseload_cohort_session_set_cohort_id (CaseloadCohortSession *self, const char *cohort_id);
int                     caseload_cohort_session_get_number    (CaseloadCohortSession *self);
void                    caseload_cohort_session_set_number    (CaseloadCohortSession *self, int number);
const char             *caseload_cohort_session_get_held_on   (CaseloadCohortSession *self);
void                    caseload_cohort_session_set_held_on   (CaseloadCohortSession *self, const char *held_on);
const char             *caseload_cohort_session_get_topic     (CaseloadCohortSession *self);
void                    caseload_cohort_session_set_topic     (CaseloadCohortSession *self, const char *topic);
const char             *caseload_cohort_session_get_notes     (CaseloadCohortSession *self);
void                    caseload_cohort_session_set_notes     (CaseloadCohortSession *self, const char *notes);
int                     caseload_cohort_session_get_version   (CaseloadCohortSession *self);
void                    caseload_cohort_session_set_version   (CaseloadCohortSession *self, int version);

G_END_DECLS
