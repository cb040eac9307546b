/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "caseload-core.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_PLAN_EDITOR (caseload_plan_editor_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadPlanEditor, caseload_plan_editor, CASELOAD, PLAN_EDITOR, AdwWindow)

/*
 * Writing or changing a person's support plan, section by section: what matters to
 * them, their strengths, their goals (in their words, each with a DIALOG life area, a
 * target date and progress) and the actions towards each (who does it: the person,
 * someone in their network, a named worker or an organisation; by when), staying well
 * and crisis, and the review date; for each section, whether the person wrote it or
 * agreed it. A new plan suggests NHS 111 option 2 and Mind's crisis sanctuary under
 * "who to contact".
 *
 * Problems show beside their fields (caseload_plan_check) and nothing typed is lost.
 * The save runs off the main loop; if someone saved the plan since it was read, the two
 * edits are merged (caseload_plan_merge) and a CaseloadPlanMergeDialog asks about each
 * field both changed, then the combined plan is saved. "saved" when the store has it.
 *
 * @plan: the plan as shown (version 0 and empty for a new one); never changed here.
 * @network: (nullable): the person's network (CaseloadNetworkMember).
 */
CaseloadPlanEditor *caseload_plan_editor_new (GtkWindow       *parent,
                                              CaseloadContext *context,
                                              CaseloadPerson  *person,
                                              CaseloadPlan    *plan,
                                              GListModel      *network);

/* For tests and the window: reading the lists or saving. */
gboolean    caseload_plan_editor_get_busy      (CaseloadPlanEditor *self);
/* The widget for a checked field ("what-matters", "goal:ID:words", …; see
 * caseload-validate-plan.h), or NULL. A text field's widget is its GtkScrolledWindow.
 * Also the controls no check names: "what-matters-by" (and the other "…-by"),
 * "goal:ID:life-area", "goal:ID:progress", "action:ID:owner-kind",
 * "action:ID:owner-name" (a name typed for someone in the network), "action:ID:done". */
GtkWidget  *caseload_plan_editor_get_field     (CaseloadPlanEditor *self,
                                                const char         *field);
/* The problem shown beside @field, or NULL. */
const char *caseload_plan_editor_get_error     (CaseloadPlanEditor *self,
                                                const char         *field);
/* The id of the @index-th goal in the form, or of its @action_index-th action; NULL
 * past the end. */
const char *caseload_plan_editor_get_goal_id   (CaseloadPlanEditor *self,
                                                guint               index);
const char *caseload_plan_editor_get_action_id (CaseloadPlanEditor *self,
                                                guint               goal_index,
                                                guint               action_index);

G_END_DECLS
