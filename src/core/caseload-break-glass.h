/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CASELOAD_TYPE_BREAK_GLASS (caseload_break_glass_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadBreakGlass, caseload_break_glass, CASELOAD, BREAK_GLASS, GObject)

/* An emergency access to a record outside the policy, with the reason given.
 * Properties: "id", "staff-id", "staff-name", "organisation-name", "person-id",
 * "person-name" (filled for reviewers), "reason", "started-at", "expires-at",
 * "reviewed-by", "reviewed-by-name", "reviewed-at" (NULL until a manager reviews it). */
CaseloadBreakGlass *caseload_break_glass_new                   (void);
const char         *caseload_break_glass_get_id                (CaseloadBreakGlass *self);
void                caseload_break_glass_set_id                (CaseloadBreakGlass *self, const char *id);
const char         *caseload_break_glass_get_staff_id          (CaseloadBreakGlass *self);
void                caseload_break_glass_set_staff_id          (CaseloadBreakGlass *self, const char *staff_id);
const char         *caseload_break_glass_get_staff_name        (CaseloadBreakGlass *self);
void                caseload_break_glass_set_staff_name        (CaseloadBreakGlass *self, const char *staff_name);
const char         *caseload_break_glass_get_organisation_name (CaseloadBreakGlass *self);
void                caseload_break_glass_set_organisation_name (CaseloadBreakGlass *self, const char *name);
const char         *caseload_break_glass_get_person_id         (CaseloadBreakGlass *self);
void                caseload_break_glass_set_person_id         (CaseloadBreakGlass *self, const char *person_id);
const char         *caseload_break_glass_get_person_name       (CaseloadBreakGlass *self);
void                caseload_break_glass_set_person_name       (CaseloadBreakGlass *self, const char *person_name);
const char         *caseload_break_glass_get_reason            (CaseloadBreakGlass *self);
void                caseload_break_glass_set_reason            (CaseloadBreakGlass *self, const char *reason);
const char         *caseload_break_glass_get_started_at        (CaseloadBreakGlass *self);
void                caseload_break_glass_set_started_at        (CaseloadBreakGlass *self, const char *started_at);
const char         *caseload_break_glass_get_expires_at        (CaseloadBreakGlass *self);
void                caseload_break_glass_set_expires_at        (CaseloadBreakGlass *self, const char *expires_at);
const char         *caseload_break_glass_get_reviewed_by       (CaseloadBreakGlass *self);
void                caseload_break_glass_set_reviewed_by       (CaseloadBreakGlass *self, const char *reviewed_by);
const char         *caseload_break_glass_get_reviewed_by_name  (CaseloadBreakGlass *self);
void                caseload_break_glass_set_reviewed_by_name  (CaseloadBreakGlass *self, const char *name);
const char         *caseload_break_glass_get_reviewed_at       (CaseloadBreakGlass *self);
void                caseload_break_glass_set_reviewed_at       (CaseloadBreakGlass *self, const char *reviewed_at);

G_END_DECLS
