/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "caseload-core.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_PLAN_VIEW (caseload_plan_view_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadPlanView, caseload_plan_view, CASELOAD, PLAN_VIEW, GtkWidget)

/* The person page's Plan view. The page reads the person's outcomes (plan, versions,
 * reviews, measures) with the record and hands them over with caseload_plan_view_show();
 * the view keeps references to what it shows. After the view saved something, it emits
 * "changed" and the page reads the record again. */
GtkWidget *caseload_plan_view_new         (void);
void       caseload_plan_view_set_context (CaseloadPlanView *self,
                                 CaseloadContext   *context);
/* The person's network (CaseloadNetworkMember), offered as owners of actions; the view
 * keeps a reference and reads it when the editor opens. */
void       caseload_plan_view_set_network (CaseloadPlanView *self,
                                 GListModel        *network);
void       caseload_plan_view_show        (CaseloadPlanView *self,
                                 CaseloadPerson    *person,
                                 CaseloadOutcomes  *outcomes,
                                 gboolean           may_add);
/* The outcomes could not be read: says why instead. */
void       caseload_plan_view_show_error  (CaseloadPlanView *self,
                                 const char        *message);
/* Forgets the person (another record is opening, or none). */
void       caseload_plan_view_clear       (CaseloadPlanView *self);

/*
 * For the parts of the view others add (printing, giving a copy, reviews). The view
 * emits "shown" after each show, show_error and clear, so they can update; anything
 * that saved emits "changed" on the view (g_signal_emit_by_name) and the page reads the
 * record again.
 */
/* (transfer none): the row of buttons above the plan (end-aligned, beside "Edit
 * Plan…"); shown only while a saved plan is shown. Add buttons to it. */
GtkBox          *caseload_plan_view_get_actions_box (CaseloadPlanView *self);
/* (transfer none): a vertical box below the plan's sections and its versions, for
 * the "Reviews" group; shown only while a saved plan is shown. */
GtkBox          *caseload_plan_view_get_reviews_slot (CaseloadPlanView *self);
/* (transfer none) (nullable): what is shown now, NULL when nothing is. The plan is
 * version 0 and empty when the person has none yet. */
CaseloadContext *caseload_plan_view_get_context  (CaseloadPlanView *self);
CaseloadPerson  *caseload_plan_view_get_person   (CaseloadPlanView *self);
CaseloadPlan    *caseload_plan_view_get_plan     (CaseloadPlanView *self);
GPtrArray       *caseload_plan_view_get_reviews  (CaseloadPlanView *self);
GPtrArray       *caseload_plan_view_get_measures (CaseloadPlanView *self);
gboolean         caseload_plan_view_get_may_add  (CaseloadPlanView *self);

G_END_DECLS
