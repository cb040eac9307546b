/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "caseload-types.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_THRESHOLD (caseload_threshold_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadThreshold, caseload_threshold, CASELOAD, THRESHOLD, GObject)

/* One of the team's written triage criteria, shown beside a referral during triage:
 * the outcome it points to and the criterion in words. A team manager edits the list.
 * Properties: "id", "outcome" (CaseloadTriageOutcome), "position" (order within the
 * list), "criterion", "version", "updated-at", "updated-by-name" (store fills). */
CaseloadThreshold     *caseload_threshold_new                 (void);
const char            *caseload_threshold_get_id              (CaseloadThreshold *self);
void                   caseload_threshold_set_id              (CaseloadThreshold *self, const char *id);
CaseloadTriageOutcome  caseload_threshold_get_outcome         (CaseloadThreshold *self);
void                   caseload_threshold_set_outcome         (CaseloadThreshold *self, CaseloadTriageOutcome outcome);
int                    caseload_threshold_get_position        (CaseloadThreshold *self);
void                   caseload_threshold_set_position        (CaseloadThreshold *self, int position);
const char            *caseload_threshold_get_criterion       (CaseloadThreshold *self);
void                   caseload_threshold_set_criterion       (CaseloadThreshold *self, const char *criterion);
int                    caseload_threshold_get_version         (CaseloadThreshold *self);
void                   caseload_threshold_set_version         (CaseloadThreshold *self, int version);
const char            *caseload_threshold_get_updated_at      (CaseloadThreshold *self);
void                   caseload_threshold_set_updated_at      (CaseloadThreshold *self, const char *updated_at);
const char            *caseload_threshold_get_updated_by_name (CaseloadThreshold *self);
void                   caseload_threshold_set_updated_by_name (CaseloadThreshold *self, const char *updated_by_name);

G_END_DECLS
