/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "caseload-types.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_CASE_ROW (caseload_case_row_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadCaseRow, caseload_case_row, CASELOAD, CASE_ROW, GObject)

/* One row of a caseload list: the person, the referral and, for the caseload lists, the
 * allocated worker. A placeholder ("loaded" FALSE) until its page is read.
 * Properties: "loaded", "person-id", "person-name", "nhs-number", "date-of-birth", "pcn",
 * "practice-name", "referral-id", "urgency", "status", "received-at", "clock-state",
 * "clock-due-at", "waited-seconds", "worker-id", "worker-name",
 * "worker-organisation-name", "role", "next-review-on", "last-contact-at" (NULL: none
 * yet), "open-tasks", "pathways" (the pathways the person is on now, as flags
 * 1 << CaseloadPathway) and "od-due-at" (when an Open Dialogue episode's first network
 * meeting is or was due, while it has not been met: ISO 8601 UTC; NULL otherwise). */
CaseloadCaseRow        *caseload_case_row_new                          (void);
/* Fills a placeholder with @other's fields, "loaded" included; notifies what changed. */
void                    caseload_case_row_update_from                  (CaseloadCaseRow *self, CaseloadCaseRow *other);
gboolean                caseload_case_row_get_loaded                   (CaseloadCaseRow *self);
void                    caseload_case_row_set_loaded                   (CaseloadCaseRow *self, gboolean loaded);
const char             *caseload_case_row_get_person_id                (CaseloadCaseRow *self);
void                    caseload_case_row_set_person_id                (CaseloadCaseRow *self, const char *person_id);
const char             *caseload_case_row_get_person_name              (CaseloadCaseRow *self);
void                    caseload_case_row_set_person_name              (CaseloadCaseRow *self, const char *person_name);
const char             *caseload_case_row_get_nhs_number               (CaseloadCaseRow *self);
void                    caseload_case_row_set_nhs_number               (CaseloadCaseRow *self, const char *nhs_number);
const char             *caseload_case_row_get_date_of_birth            (CaseloadCaseRow *self);
void                    caseload_case_row_set_date_of_birth            (CaseloadCaseRow *self, const char *date_of_birth);
const char             *caseload_case_row_get_pcn                      (CaseloadCaseRow *self);
void                    caseload_case_row_set_pcn                      (CaseloadCaseRow *self, const char *pcn);
const char             *caseload_case_row_get_practice_name            (CaseloadCaseRow *self);
void                    caseload_case_row_set_practice_name            (CaseloadCaseRow *self, const char *practice_name);
const char             *caseload_case_row_get_referral_id              (CaseloadCaseRow *self);
void                    caseload_case_row_set_referral_id              (CaseloadCaseRow *self, const char *referral_id);
CaseloadUrgency         caseload_case_row_get_urgency                  (CaseloadCaseRow *self);
void                    caseload_case_row_set_urgency                  (CaseloadCaseRow *self, CaseloadUrgency urgency);
CaseloadReferralStatus  caseload_case_row_get_status                   (CaseloadCaseRow *self);
void                    caseload_case_row_set_status                   (CaseloadCaseRow *self, CaseloadReferralStatus status);
const char             *caseload_case_row_get_received_at              (CaseloadCaseRow *self);
void                    caseload_case_row_set_received_at              (CaseloadCaseRow *self, const char *received_at);
CaseloadClockState      caseload_case_row_get_clock_state              (CaseloadCaseRow *self);
void                    caseload_case_row_set_clock_state              (CaseloadCaseRow *self, CaseloadClockState clock_state);
const char             *caseload_case_row_get_clock_due_at             (CaseloadCaseRow *self);
void                    caseload_case_row_set_clock_due_at             (CaseloadCaseRow *self, const char *clock_due_at);
gint64                  caseload_case_row_get_waited_seconds           (CaseloadCaseRow *self);
void                    caseload_case_row_set_waited_seconds           (CaseloadCaseRow *self, gint64 waited_seconds);
const char             *caseload_case_row_get_worker_id                (CaseloadCaseRow *self);
void                    caseload_case_row_set_worker_id                (CaseloadCaseRow *self, const char *worker_id);
const char             *caseload_case_row_get_worker_name              (CaseloadCaseRow *self);
void                    caseload_case_row_set_worker_name              (CaseloadCaseRow *self, const char *worker_name);
const char             *caseload_case_row_get_worker_organisation_name (CaseloadCaseRow *self);
void                    caseload_case_row_set_worker_organisation_name (CaseloadCaseRow *self, const char *worker_organisation_name);
CaseloadCaseRole        caseload_case_row_get_role                     (CaseloadCaseRow *self);
void                    caseload_case_row_set_role                     (CaseloadCaseRow *self, CaseloadCaseRole role);
const char             *caseload_case_row_get_next_review_on           (CaseloadCaseRow *self);
void                    caseload_case_row_set_next_review_on           (CaseloadCaseRow *self, const char *next_review_on);
const char             *caseload_case_row_get_last_contact_at          (CaseloadCaseRow *self);
void                    caseload_case_row_set_last_contact_at          (CaseloadCaseRow *self, const char *last_contact_at);
int                     caseload_case_row_get_open_tasks               (CaseloadCaseRow *self);
void                    caseload_case_row_set_open_tasks               (CaseloadCaseRow *self, int open_tasks);
guint                   caseload_case_row_get_pathways                 (CaseloadCaseRow *self);
void                    caseload_case_row_set_pathways                 (CaseloadCaseRow *self, guint pathways);
const char             *caseload_case_row_get_od_due_at                (CaseloadCaseRow *self);
void                    caseload_case_row_set_od_due_at                (CaseloadCaseRow *self, const char *od_due_at);

G_END_DECLS
