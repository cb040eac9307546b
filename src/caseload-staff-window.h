/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "caseload-core.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_STAFF_WINDOW (caseload_staff_window_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadStaffWindow, caseload_staff_window, CASELOAD, STAFF_WINDOW, AdwPreferencesWindow)

/*
 * Staff (main menu), for administrators: every staff member with their username,
 * role, organisation, working time and whether they can sign in. "Add Staff…" creates an
 * account with a temporary password shown once; each row changes the role or the working
 * time ("Working time (FTE)", 0.1–1: an IPS specialist's caseload limit), resets the password
 * (again shown once) or deactivates the account after asking. The store refuses anyone
 * but an administrator. Actions: "staff-window.add", "staff-window.save-new",
 * "staff-window.cancel-add", and with a staff id (s): "staff-window.reset-password",
 * "staff-window.deactivate", "staff-window.reactivate".
 */
CaseloadStaffWindow *caseload_staff_window_new       (GtkWindow           *parent,
                                                      CaseloadContext     *context);

/* For tests: TRUE while the list or a change is in flight; the entry, combo row or spin
 * button for a field of "Add Staff" ("username", "display-name", "job-title", "role",
 * "organisation", "fte") and the problem shown for it (@field NULL: the message at the top). */
gboolean             caseload_staff_window_get_busy  (CaseloadStaffWindow *self);
GtkWidget           *caseload_staff_window_get_field (CaseloadStaffWindow *self,
                                                      const char          *field);
const char          *caseload_staff_window_get_error (CaseloadStaffWindow *self,
                                                      const char          *field);

G_END_DECLS
