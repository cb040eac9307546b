/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "caseload-types.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_ALLOCATION (caseload_allocation_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadAllocation, caseload_allocation, CASELOAD, ALLOCATION, GObject)

/* A named worker, from any organisation, with a role on a referral's case from
 * "started-on" until "ended-on" (NULL: allocated now). Reallocation ends one allocation
 * and starts another, so the history stays. Properties: "id", "referral-id", "person-id",
 * "person-name", "staff-id", "staff-name", "organisation-id", "organisation-name" (the
 * worker's; store fills), "role" (CaseloadCaseRole), "started-on", "ended-on",
 * "end-reason", "version", "created-at", "created-by". */
CaseloadAllocation  *caseload_allocation_new                   (void);
const char          *caseload_allocation_get_id                (CaseloadAllocation *self);
void                 caseload_allocation_set_id                (CaseloadAllocation *self, const char *id);
const char          *caseload_allocation_get_referral_id       (CaseloadAllocation *self);
void                 caseload_allocation_set_referral_id       (CaseloadAllocation *self, const char *referral_id);
const char          *caseload_allocation_get_person_id         (CaseloadAllocation *self);
void                 caseload_allocation_set_person_id         (CaseloadAllocation *self, const char *person_id);
const char          *caseload_allocation_get_person_name       (CaseloadAllocation *self);
void                 caseload_allocation_set_person_name       (CaseloadAllocation *self, const char *person_name);
const char          *caseload_allocation_get_staff_id          (CaseloadAllocation *self);
void                 caseload_allocation_set_staff_id          (CaseloadAllocation *self, const char *staff_id);
const char          *caseload_allocation_get_staff_name        (CaseloadAllocation *self);
void                 caseload_allocation_set_staff_name        (CaseloadAllocation *self, const char *staff_name);
const char          *caseload_allocation_get_organisation_id   (CaseloadAllocation *self);
void                 caseload_allocation_set_organisation_id   (CaseloadAllocation *self, const char *organisation_id);
const char          *caseload_allocation_get_organisation_name (CaseloadAllocation *self);
void                 caseload_allocation_set_organisation_name (CaseloadAllocation *self, const char *organisation_name);
CaseloadCaseRole     caseload_allocation_get_role              (CaseloadAllocation *self);
void                 caseload_allocation_set_role              (CaseloadAllocation *self, CaseloadCaseRole role);
const char          *caseload_allocation_get_started_on        (CaseloadAllocation *self);
void                 caseload_allocation_set_started_on        (CaseloadAllocation *self, const char *started_on);
const char          *caseload_allocation_get_ended_on          (CaseloadAllocation *self);
void                 caseload_allocation_set_ended_on          (CaseloadAllocation *self, const char *ended_on);
const char          *caseload_allocation_get_end_reason        (CaseloadAllocation *self);
void                 caseload_allocation_set_end_reason        (CaseloadAllocation *self, const char *end_reason);
int                  caseload_allocation_get_version           (CaseloadAllocation *self);
void                 caseload_allocation_set_version           (CaseloadAllocation *self, int version);
const char          *caseload_allocation_get_created_at        (CaseloadAllocation *self);
void                 caseload_allocation_set_created_at        (CaseloadAllocation *self, const char *created_at);
const char          *caseload_allocation_get_created_by        (CaseloadAllocation *self);
void                 caseload_allocation_set_created_by        (CaseloadAllocation *self, const char *created_by);

G_END_DECLS
