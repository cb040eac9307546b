/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "caseload-core.h"
#include "caseload-plan-compare.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_PLAN_MERGE_DIALOG (caseload_plan_merge_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadPlanMergeDialog, caseload_plan_merge_dialog, CASELOAD, PLAN_MERGE_DIALOG, AdwWindow)

/*
 * Someone saved the plan while it was being edited. Every change only one of the two
 * made is already in @merged (caseload_plan_merge); for each field both changed
 * (@conflicts, CaseloadPlanConflict) the dialog shows their version and mine side by
 * side and asks: Keep Mine, Keep Theirs or (for text) Keep Both. "Save Combined Plan"
 * is offered once every field has an answer; it emits "resolved" with the combined plan
 * (a copy of @merged with the answers applied), which the editor saves, and closes.
 * @theirs says who saved the other version, and when.
 */
CaseloadPlanMergeDialog *caseload_plan_merge_dialog_new (GtkWindow    *parent,
                                                         CaseloadPlan *merged,
                                                         CaseloadPlan *theirs,
                                                         GPtrArray    *conflicts);

/* For tests: how many fields ask for an answer, and answering the @index-th as its
 * buttons do. */
guint caseload_plan_merge_dialog_get_n_conflicts (CaseloadPlanMergeDialog *self);
void  caseload_plan_merge_dialog_choose          (CaseloadPlanMergeDialog *self,
                                                  guint                    index,
                                                  CaseloadMergeChoice      choice);

G_END_DECLS
