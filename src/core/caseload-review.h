/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "caseload-types.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_REVIEW (caseload_review_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadReview, caseload_review, CASELOAD, REVIEW, GObject)

/* A review of a person's plan: when ("reviewed-on", ISO date), what the person said
 * ("person-said", their words), the progress of each goal and the change in each measure
 * since the last review as the reviewer saw them ("goal-progress" and "measure-changes":
 * plain-language lines made by caseload_review_summarise()), the plan version it
 * produced ("plan-version") and the next review ("next-review-on"). The store fills
 * "id", "person-id", "reviewed-by", "reviewed-by-name", "organisation-name",
 * "created-at". */
CaseloadReview  *caseload_review_new                   (void);
const char      *caseload_review_get_id                (CaseloadReview *self);
void             caseload_review_set_id                (CaseloadReview *self, const char *id);
const char      *caseload_review_get_person_id         (CaseloadReview *self);
void             caseload_review_set_person_id         (CaseloadReview *self, const char *person_id);
const char      *caseload_review_get_reviewed_on       (CaseloadReview *self);
void             caseload_review_set_reviewed_on       (CaseloadReview *self, const char *reviewed_on);
const char      *caseload_review_get_person_said       (CaseloadReview *self);
void             caseload_review_set_person_said       (CaseloadReview *self, const char *person_said);
const char      *caseload_review_get_goal_progress     (CaseloadReview *self);
void             caseload_review_set_goal_progress     (CaseloadReview *self, const char *goal_progress);
const char      *caseload_review_get_measure_changes   (CaseloadReview *self);
void             caseload_review_set_measure_changes   (CaseloadReview *self, const char *measure_changes);
int              caseload_review_get_plan_version      (CaseloadReview *self);
void             caseload_review_set_plan_version      (CaseloadReview *self, int plan_version);
const char      *caseload_review_get_next_review_on    (CaseloadReview *self);
void             caseload_review_set_next_review_on    (CaseloadReview *self, const char *next_review_on);
const char      *caseload_review_get_reviewed_by       (CaseloadReview *self);
void             caseload_review_set_reviewed_by       (CaseloadReview *self, const char *reviewed_by);
const char      *caseload_review_get_reviewed_by_name  (CaseloadReview *self);
void             caseload_review_set_reviewed_by_name  (CaseloadReview *self, const char *reviewed_by_name);
const char      *caseload_review_get_organisation_name (CaseloadReview *self);
void             caseload_review_set_organisation_name (CaseloadReview *self, const char *organisation_name);
const char      *caseload_review_get_created_at        (CaseloadReview *self);
void             caseload_review_set_created_at        (CaseloadReview *self, const char *created_at);

G_END_DECLS
