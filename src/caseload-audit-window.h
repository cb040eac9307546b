/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "caseload-core.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_AUDIT_WINDOW (caseload_audit_window_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadAuditWindow, caseload_audit_window, CASELOAD, AUDIT_WINDOW, AdwWindow)

/*
 * For team managers: "Audit Search" (what a staff member did between two dates, the
 * last week to begin with) and "Emergency Access Review" (break-glass accesses awaiting
 * review, each with "Mark Reviewed"; the count shows on the tab). Every read runs in a
 * worker; the store refuses anyone else. Actions: "audit-window.search",
 * "audit-window.more", "audit-window.review" (s: a break-glass id).
 */
CaseloadAuditWindow *caseload_audit_window_new              (GtkWindow           *parent,
                                                             CaseloadContext     *context);

/* Brings the "Emergency Access Review" tab forward. */
void                 caseload_audit_window_show_review      (CaseloadAuditWindow *self);

/* For tests: TRUE while a search or a list is being read; how many accesses await
 * review; the events the search shows. */
gboolean             caseload_audit_window_get_busy         (CaseloadAuditWindow *self);
guint                caseload_audit_window_get_review_count (CaseloadAuditWindow *self);
guint                caseload_audit_window_get_n_results    (CaseloadAuditWindow *self);

G_END_DECLS
