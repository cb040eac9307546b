/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "caseload-types.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_COHORT_PARTICIPANT (caseload_cohort_participant_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadCohortParticipant, caseload_cohort_participant, CASELOAD, COHORT_PARTICIPANT, GObject)

/* A person in a STEPPS cohort: "person-id", "person-name" (filled by the store), "joined-on",
 * "left-on" (NULL while in the group). "cohort-name", "cohort-next-session-on" and
 * "cohort-end-on" are filled when read for a person's Pathways (CaseloadPathways). Their
 * reinforcement team is caseload_cohort_participant_get_reinforcers(). */
CaseloadCohortParticipant  *caseload_cohort_participant_new                        (void);
const char                 *caseload_cohort_participant_get_id                     (CaseloadCohortParticipant *self);
void                        caseload_cohort_participant_set_id                     (CaseloadCohortParticipant *self, const char *id);
const char                 *caseload_cohort_participant_get_cohort_id              (CaseloadCohortParticipant *self);
void                        caseload_cohort_participant_set_cohort_id              (CaseloadCohortParticipant *self, const char *cohort_id);
const char                 *caseload_cohort_participant_get_person_id              (CaseloadCohortParticipant *self);
void                        caseload_cohort_participant_set_person_id              (CaseloadCohortParticipant *self, const char *person_id);
const char                 *caseload_cohort_participant_get_person_name            (CaseloadCohortParticipant *self);
void                        caseload_cohort_participant_set_person_name            (CaseloadCohortParticipant *self, const char *person_name);
const char                 *caseload_cohort_participant_get_joined_on              (CaseloadCohortParticipant *self);
void                        caseload_cohort_participant_set_joined_on              (CaseloadCohortParticipant *self, const char *joined_on);
const char                 *caseload_cohort_participant_get_left_on                (CaseloadCohortParticipant *self);
void                        caseload_cohort_participant_set_left_on                (CaseloadCohortParticipant *self, const char *left_on);
int                         caseload_cohort_participant_get_version                (CaseloadCohortParticipant *self);
void                        caseload_cohort_participant_set_version                (CaseloadCohortParticipant *self, int version);
const char                 *caseload_cohort_participant_get_cohort_name            (CaseloadCohortParticipant *self);
void                        caseload_cohort_participant_set_cohort_name            (CaseloadCohortParticipant *self, const char *cohort_name);
const char                 *caseload_cohort_participant_get_cohort_next_session_on (CaseloadCohortParticipant *self);
void                        caseload_cohort_participant_set_cohort_next_session_on (CaseloadCohortParticipant *self, const char *cohort_next_session_on);
const char                 *caseload_cohort_participant_get_cohort_end_on          (CaseloadCohortParticipant *self);
void                        caseload_cohort_participant_set_cohort_end_on          (CaseloadCohortParticipant *self, const char *cohort_end_on);

/* The reinforcement team (CaseloadReinforcer); the participant owns the array. */
GPtrArray *caseload_cohort_participant_get_reinforcers (CaseloadCohortParticipant *self);

G_END_DECLS
