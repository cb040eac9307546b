/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "caseload-plan-view.h"

G_BEGIN_DECLS

/*
 * The Plan view's printed copy and reviews: "Print Copy…", "Give a Copy…" and
 * "Review…" in the view's actions box, and below the plan a "The Person's Copy" group
 * (when and how they were given one) and the "Reviews" group (CaseloadReviewList).
 * They follow what the view shows ("shown"); a copy recorded or a review saved emits
 * "changed" on the view, so the page reads the record again. Giving a copy and
 * reviewing need the right to add to the record; printing does not. The buttons'
 * actions are on the view: "plan-copy.print", "plan-copy.give-copy", "plan-copy.review".
 */
void  caseload_plan_outcome_actions_attach (CaseloadPlanView *view);

/* "Printed and given on 20 November 2026", "Translated into Polish, given on …", …, or
 * "No copy recorded yet". */
char *caseload_plan_describe_copy          (CaseloadPlan     *plan);

G_END_DECLS
