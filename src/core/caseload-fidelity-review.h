/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "caseload-types.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_FIDELITY_REVIEW (caseload_fidelity_review_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadFidelityReview, caseload_fidelity_review, CASELOAD, FIDELITY_REVIEW, GObject)

/* An IPS-25 fidelity review of a service: "service" (its name), "reviewed-on", the
 * "reviewers", the 25 item scores (1–5, caseload_fidelity_review_get_score_values()) and a
 * "note". The store fills, scoring with caseload_fidelity_score(): "total" (25–125; 0 while
 * an item is unscored) and "band" (CaseloadFidelityBand), and "id", "recorded-by-name",
 * "created-at". */
CaseloadFidelityReview  *caseload_fidelity_review_new                  (void);
const char              *caseload_fidelity_review_get_id               (CaseloadFidelityReview *self);
void                     caseload_fidelity_review_set_id               (CaseloadFidelityReview *self, const char *id);
const char              *caseload_fidelity_review_get_service          (CaseloadFidelityReview *self);
void                     caseload_fidelity_review_set_service          (CaseloadFidelityReview *self, const char *service);
const char              *caseload_fidelity_review_get_reviewed_on      (CaseloadFidelityReview *self);
void                     caseload_fidelity_review_set_reviewed_on      (CaseloadFidelityReview *self, const char *reviewed_on);
const char              *caseload_fidelity_review_get_reviewers        (CaseloadFidelityReview *self);
void                     caseload_fidelity_review_set_reviewers        (CaseloadFidelityReview *self, const char *reviewers);
const char              *caseload_fidelity_review_get_scores           (CaseloadFidelityReview *self);
void                     caseload_fidelity_review_set_scores           (CaseloadFidelityReview *self, const char *scores);
int                      caseload_fidelity_review_get_total            (CaseloadFidelityReview *self);
void                     caseload_fidelity_review_set_total            (CaseloadFidelityReview *self, int total);
CaseloadFidelityBand     caseload_fidelity_review_get_band             (CaseloadFidelityReview *self);
void                     caseload_fidelity_review_set_band             (CaseloadFidelityReview *self, CaseloadFidelityBand band);
const char              *caseload_fidelity_review_get_note             (CaseloadFidelityReview *self);
void                     caseload_fidelity_review_set_note             (CaseloadFidelityReview *self, const char *note);
const char              *caseload_fidelity_review_get_recorded_by_name (CaseloadFidelityReview *self);
void                     caseload_fidelity_review_set_recorded_by_name (CaseloadFidelityReview *self, const char *recorded_by_name);
const char              *caseload_fidelity_review_get_created_at       (CaseloadFidelityReview *self);
void                     caseload_fidelity_review_set_created_at       (CaseloadFidelityReview *self, const char *created_at);

/* The 25 item scores as numbers, 0 where not scored yet. */
GArray *caseload_fidelity_review_get_score_values (CaseloadFidelityReview *self);
void    caseload_fidelity_review_set_score_values (CaseloadFidelityReview *self, const int *scores, guint n_scores);

G_END_DECLS
