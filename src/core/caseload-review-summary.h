/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "caseload-plan.h"
#include "caseload-review.h"

G_BEGIN_DECLS

/* Fills @review's "goal-progress" and "measure-changes" with plain-language lines, as the
 * reviewer sees them now: each goal of @after with its progress, and where it changed
 * since @before ("Find part-time work: Under way → Achieved"); each instrument with a
 * measure (CaseloadMeasure, any order) completed since @since (an ISO date; NULL: ever)
 * and one before it to compare with, its latest total, band and change ("PHQ-9: 18
 * (moderately severe) → 11 (moderate), down 7: better"). */
void caseload_review_summarise (CaseloadReview *review,
                                CaseloadPlan   *before,
                                CaseloadPlan   *after,
                                GPtrArray      *measures,
                                const char     *since);

G_END_DECLS
