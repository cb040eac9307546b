/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "caseload-types.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_PLAN_ACTION (caseload_plan_action_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadPlanAction, caseload_plan_action, CASELOAD, PLAN_ACTION, GObject)

/* One action under a goal in a support plan: what will be done ("words"), who does it
 * ("owner-kind": the person, someone in their network, a named worker or an
 * organisation), and by when ("due-on", an ISO date). "owner-name" is the network
 * member's name for NETWORK and, for WORKER and ORGANISATION, the store fills it from
 * "owner-staff-id" or "owner-organisation-id" when the plan is saved, so an old version
 * reads as it was. "id" (a new action has a random one) is kept across versions (compare
 * and merge match actions by it).
 * "done" marks it done. An action owned by a worker or an organisation is also a task on
 * their list (CASELOAD_TASK_ORIGIN_PLAN_ACTION, "source-id" this id). */
CaseloadPlanAction      *caseload_plan_action_new                       (void);
const char              *caseload_plan_action_get_id                    (CaseloadPlanAction *self);
void                     caseload_plan_action_set_id                    (CaseloadPlanAction *self, const char *id);
const char              *caseload_plan_action_get_words                 (CaseloadPlanAction *self);
void                     caseload_plan_action_set_words                 (CaseloadPlanAction *self, const char *words);
CaseloadActionOwnerKind  caseload_plan_action_get_owner_kind            (CaseloadPlanAction *self);
void                     caseload_plan_action_set_owner_kind            (CaseloadPlanAction *self, CaseloadActionOwnerKind owner_kind);
const char              *caseload_plan_action_get_owner_name            (CaseloadPlanAction *self);
void                     caseload_plan_action_set_owner_name            (CaseloadPlanAction *self, const char *owner_name);
const char              *caseload_plan_action_get_owner_staff_id        (CaseloadPlanAction *self);
void                     caseload_plan_action_set_owner_staff_id        (CaseloadPlanAction *self, const char *owner_staff_id);
const char              *caseload_plan_action_get_owner_organisation_id (CaseloadPlanAction *self);
void                     caseload_plan_action_set_owner_organisation_id (CaseloadPlanAction *self, const char *owner_organisation_id);
const char              *caseload_plan_action_get_due_on                (CaseloadPlanAction *self);
void                     caseload_plan_action_set_due_on                (CaseloadPlanAction *self, const char *due_on);
gboolean                 caseload_plan_action_get_done                  (CaseloadPlanAction *self);
void                     caseload_plan_action_set_done                  (CaseloadPlanAction *self, gboolean done);

/* The title of the action's task: its words on one line, cut at a word to at most
 * CASELOAD_PLAN_ACTION_TASK_TITLE_CHARS characters ending "…" (both stores use it). */
#define CASELOAD_PLAN_ACTION_TASK_TITLE_CHARS 120
char                    *caseload_plan_action_get_task_title            (CaseloadPlanAction *self);

G_END_DECLS
