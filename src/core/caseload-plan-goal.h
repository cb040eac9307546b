/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "caseload-types.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_PLAN_GOAL (caseload_plan_goal_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadPlanGoal, caseload_plan_goal, CASELOAD, PLAN_GOAL, GObject)

/* A goal in a support plan, in the person's words ("words"), linked to one DIALOG life
 * area ("life-area"), with a "target-on" date (ISO, may be NULL) and "progress". "id"
 * (a new goal has a random one) is kept across versions (compare and merge match goals
 * by it). The actions under it
 * are caseload_plan_goal_get_actions(). */
CaseloadPlanGoal     *caseload_plan_goal_new           (void);
const char           *caseload_plan_goal_get_id        (CaseloadPlanGoal *self);
void                  caseload_plan_goal_set_id        (CaseloadPlanGoal *self, const char *id);
const char           *caseload_plan_goal_get_words     (CaseloadPlanGoal *self);
void                  caseload_plan_goal_set_words     (CaseloadPlanGoal *self, const char *words);
CaseloadLifeArea      caseload_plan_goal_get_life_area (CaseloadPlanGoal *self);
void                  caseload_plan_goal_set_life_area (CaseloadPlanGoal *self, CaseloadLifeArea life_area);
const char           *caseload_plan_goal_get_target_on (CaseloadPlanGoal *self);
void                  caseload_plan_goal_set_target_on (CaseloadPlanGoal *self, const char *target_on);
CaseloadGoalProgress  caseload_plan_goal_get_progress  (CaseloadPlanGoal *self);
void                  caseload_plan_goal_set_progress  (CaseloadPlanGoal *self, CaseloadGoalProgress progress);

/* The actions under the goal (CaseloadPlanAction), in order; the goal owns the array. */
GPtrArray        *caseload_plan_goal_get_actions      (CaseloadPlanGoal *self);

G_END_DECLS
