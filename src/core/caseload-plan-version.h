/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "caseload-types.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_PLAN_VERSION (caseload_plan_version_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadPlanVersion, caseload_plan_version, CASELOAD, PLAN_VERSION, GObject)

/* One saved version of a person's plan, for the list of versions: "version", "id",
 * "saved-at", "author-name", "organisation-name", and "review-on" as saved. */
CaseloadPlanVersion  *caseload_plan_version_new                   (void);
const char           *caseload_plan_version_get_id                (CaseloadPlanVersion *self);
void                  caseload_plan_version_set_id                (CaseloadPlanVersion *self, const char *id);
const char           *caseload_plan_version_get_person_id         (CaseloadPlanVersion *self);
void                  caseload_plan_version_set_person_id         (CaseloadPlanVersion *self, const char *person_id);
int                   caseload_plan_version_get_version           (CaseloadPlanVersion *self);
void                  caseload_plan_version_set_version           (CaseloadPlanVersion *self, int version);
const char           *caseload_plan_version_get_saved_at          (CaseloadPlanVersion *self);
void                  caseload_plan_version_set_saved_at          (CaseloadPlanVersion *self, const char *saved_at);
const char           *caseload_plan_version_get_author_name       (CaseloadPlanVersion *self);
void                  caseload_plan_version_set_author_name       (CaseloadPlanVersion *self, const char *author_name);
const char           *caseload_plan_version_get_organisation_name (CaseloadPlanVersion *self);
void                  caseload_plan_version_set_organisation_name (CaseloadPlanVersion *self, const char *organisation_name);
const char           *caseload_plan_version_get_review_on         (CaseloadPlanVersion *self);
void                  caseload_plan_version_set_review_on         (CaseloadPlanVersion *self, const char *review_on);

G_END_DECLS
