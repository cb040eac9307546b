/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "caseload-measure.h"
#include "caseload-plan.h"
#include "caseload-review.h"
#include "caseload-validate.h"

G_BEGIN_DECLS

/*
 * The rules for support plans, measures and reviews. Each returns an array of
 * CaseloadFieldError (empty when fine); nothing is changed. Field names for a plan's own
 * fields are its property names ("what-matters", "review-on", …); for a goal
 * "goal:ID:words" / "goal:ID:target-on", for an action "action:ID:words" /
 * "action:ID:owner" / "action:ID:due-on" (ID: the goal's or action's "id"), so the
 * editor can put each message beside its row.
 *
 * A plan: every goal has words (at most CASELOAD_MAX_LONG_TEXT) and, if set, a valid
 * target date; every action has words, an owner (a network member's name, a worker's
 * staff id, an organisation's id for those kinds) and a due date; texts are within
 * CASELOAD_MAX_ENTRY_TEXT; a translated copy names its language; the copy's date is not
 * in the future; and the review date is not in the past (@today) unless it is the one
 * @previous_review_on already had (an overdue review can stay overdue while the plan is
 * edited for other reasons).
 */
#define CASELOAD_MAX_PLAN_TEXT 20000

GPtrArray *caseload_plan_check    (CaseloadPlan *plan, const char *previous_review_on, const GDate *today);

/* A measure: the instrument's number of answers, each on its scale or missing
 * ("answers" / "answer:N", N from 1), a completion date not in the future, up to three
 * DIALOG+ areas (DIALOG only). */
GPtrArray *caseload_measure_check (CaseloadMeasure *measure, const GDate *today);

/* A review: a date not in the future, and a next review date after it and not in the
 * past. */
GPtrArray *caseload_review_check  (CaseloadReview *review, const GDate *today);

G_END_DECLS
