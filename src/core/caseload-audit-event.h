/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CASELOAD_TYPE_AUDIT_EVENT (caseload_audit_event_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadAuditEvent, caseload_audit_event, CASELOAD, AUDIT_EVENT, GObject)

/* One line of the audit trail. "action" is a stable code: "sign-in", "sign-in-failed",
 * "lockout", "sign-out", "lock", "view-record", "search", "create-person",
 * "update-person", "add-entry", "add-network-member", "consent", "break-glass",
 * "break-glass-reviewed", "print", "export", "staff-change", "password-change".
 * Properties: "seq" (int64, the order), "occurred-at", "staff-id", "staff-name" (store
 * fills), "action", "person-id", "person-name" (filled for reviewers), "detail" (JSON
 * text: before/after of a change, the search's result count; never note text in
 * search events), "hash" (hex SHA-256 of the previous hash and this event). */
CaseloadAuditEvent *caseload_audit_event_new             (void);
gint64              caseload_audit_event_get_seq         (CaseloadAuditEvent *self);
void                caseload_audit_event_set_seq         (CaseloadAuditEvent *self, gint64 seq);
const char         *caseload_audit_event_get_occurred_at (CaseloadAuditEvent *self);
void                caseload_audit_event_set_occurred_at (CaseloadAuditEvent *self, const char *occurred_at);
const char         *caseload_audit_event_get_staff_id    (CaseloadAuditEvent *self);
void                caseload_audit_event_set_staff_id    (CaseloadAuditEvent *self, const char *staff_id);
const char         *caseload_audit_event_get_staff_name  (CaseloadAuditEvent *self);
void                caseload_audit_event_set_staff_name  (CaseloadAuditEvent *self, const char *staff_name);
const char         *caseload_audit_event_get_action      (CaseloadAuditEvent *self);
void                caseload_audit_event_set_action      (CaseloadAuditEvent *self, const char *action);
const char         *caseload_audit_event_get_person_id   (CaseloadAuditEvent *self);
void                caseload_audit_event_set_person_id   (CaseloadAuditEvent *self, const char *person_id);
const char         *caseload_audit_event_get_person_name (CaseloadAuditEvent *self);
void                caseload_audit_event_set_person_name (CaseloadAuditEvent *self, const char *person_name);
const char         *caseload_audit_event_get_detail      (CaseloadAuditEvent *self);
void                caseload_audit_event_set_detail      (CaseloadAuditEvent *self, const char *detail);
const char         *caseload_audit_event_get_hash        (CaseloadAuditEvent *self);
void                caseload_audit_event_set_hash        (CaseloadAuditEvent *self, const char *hash);

G_END_DECLS
