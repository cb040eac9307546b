/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "caseload-types.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_WAIT_STANDARD (caseload_wait_standard_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadWaitStandard, caseload_wait_standard, CASELOAD, WAIT_STANDARD, GObject)

/* The waiting-time standard for one urgency: from referral received to "stops-at", at
 * most "target" hours or days ("unit"; days are counted on the Europe/London calendar, so
 * a clock crossing a clock change keeps its wall-clock time), warned "warn" units before
 * ("near breach"). Edited by a team manager. Properties: "urgency", "target", "unit",
 * "warn", "stops-at" (CaseloadMilestone), "version", "updated-at", "updated-by-name". */
CaseloadWaitStandard  *caseload_wait_standard_new                 (void);
CaseloadUrgency        caseload_wait_standard_get_urgency         (CaseloadWaitStandard *self);
void                   caseload_wait_standard_set_urgency         (CaseloadWaitStandard *self, CaseloadUrgency urgency);
int                    caseload_wait_standard_get_target          (CaseloadWaitStandard *self);
void                   caseload_wait_standard_set_target          (CaseloadWaitStandard *self, int target);
CaseloadWaitUnit       caseload_wait_standard_get_unit            (CaseloadWaitStandard *self);
void                   caseload_wait_standard_set_unit            (CaseloadWaitStandard *self, CaseloadWaitUnit unit);
int                    caseload_wait_standard_get_warn            (CaseloadWaitStandard *self);
void                   caseload_wait_standard_set_warn            (CaseloadWaitStandard *self, int warn);
CaseloadMilestone      caseload_wait_standard_get_stops_at        (CaseloadWaitStandard *self);
void                   caseload_wait_standard_set_stops_at        (CaseloadWaitStandard *self, CaseloadMilestone stops_at);
int                    caseload_wait_standard_get_version         (CaseloadWaitStandard *self);
void                   caseload_wait_standard_set_version         (CaseloadWaitStandard *self, int version);
const char            *caseload_wait_standard_get_updated_at      (CaseloadWaitStandard *self);
void                   caseload_wait_standard_set_updated_at      (CaseloadWaitStandard *self, const char *updated_at);
const char            *caseload_wait_standard_get_updated_by_name (CaseloadWaitStandard *self);
void                   caseload_wait_standard_set_updated_by_name (CaseloadWaitStandard *self, const char *updated_by_name);

G_END_DECLS
