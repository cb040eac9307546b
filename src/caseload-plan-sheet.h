/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "caseload-core.h"
#include "caseload-plan-action.h"
#include "caseload-plan-goal.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_PLAN_SHEET (caseload_plan_sheet_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadPlanSheet, caseload_plan_sheet, CASELOAD, PLAN_SHEET, GtkWidget)

/*
 * A support plan read as its sections, as the person would read it: What matters to me,
 * My strengths, My goals (with their actions, who does them and by when), Staying well
 * and crisis, and the review date. Each section says who wrote it ("Written by Alex",
 * "Agreed with Alex", "Not recorded yet"). Read-only: the Plan view shows the current
 * plan in one, a version window an older one.
 */
GtkWidget *caseload_plan_sheet_new  (void);
/* @person_name: what the person is called ("Alex"); @today: for an overdue review, or
 * NULL not to say (an older version). */
void       caseload_plan_sheet_show (CaseloadPlanSheet *self,
                                     CaseloadPlan      *plan,
                                     const char        *person_name,
                                     const GDate       *today);

/* "Written by Alex" and the others, for @kind. */
char      *caseload_plan_sheet_describe_by    (CaseloadCoproductionKind kind,
                                               const char              *person_name);
/* Who does @action, in words ("Alex", "Sam (their network)", "Thurrock Mind"). */
char      *caseload_plan_sheet_describe_owner (CaseloadPlanAction      *action,
                                               const char              *person_name);

G_END_DECLS
