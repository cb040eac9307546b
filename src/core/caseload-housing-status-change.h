/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "caseload-types.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_HOUSING_STATUS_CHANGE (caseload_housing_status_change_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadHousingStatusChange, caseload_housing_status_change, CASELOAD, HOUSING_STATUS_CHANGE, GObject)

/* One step in a housing referral's history: "from-status" (for the first step, the same as
 * "to-status"), "to-status", "changed-on", "reason", "changed-by-name", "created-at". */
CaseloadHousingStatusChange  *caseload_housing_status_change_new                 (void);
const char                   *caseload_housing_status_change_get_id              (CaseloadHousingStatusChange *self);
void                          caseload_housing_status_change_set_id              (CaseloadHousingStatusChange *self, const char *id);
const char                   *caseload_housing_status_change_get_referral_id     (CaseloadHousingStatusChange *self);
void                          caseload_housing_status_change_set_referral_id     (CaseloadHousingStatusChange *self, const char *referral_id);
CaseloadHousingStatus         caseload_housing_status_change_get_from_status     (CaseloadHousingStatusChange *self);
void                          caseload_housing_status_change_set_from_status     (CaseloadHousingStatusChange *self, CaseloadHousingStatus from_status);
CaseloadHousingStatus         caseload_housing_status_change_get_to_status       (CaseloadHousingStatusChange *self);
void                          caseload_housing_status_change_set_to_status       (CaseloadHousingStatusChange *self, CaseloadHousingStatus to_status);
const char                   *caseload_housing_status_change_get_changed_on      (CaseloadHousingStatusChange *self);
void                          caseload_housing_status_change_set_changed_on      (CaseloadHousingStatusChange *self, const char *changed_on);
const char                   *caseload_housing_status_change_get_reason          (CaseloadHousingStatusChange *self);
void                          caseload_housing_status_change_set_reason          (CaseloadHousingStatusChange *self, const char *reason);
const char                   *caseload_housing_status_change_get_changed_by_name (CaseloadHousingStatusChange *self);
void                          caseload_housing_status_change_set_changed_by_name (CaseloadHousingStatusChange *self, const char *changed_by_name);
const char                   *caseload_housing_status_change_get_created_at      (CaseloadHousingStatusChange *self);
void                          caseload_housing_status_change_set_created_at      (CaseloadHousingStatusChange *self, const char *created_at);

G_END_DECLS
