/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "caseload-core.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_PASSWORD_PAGE (caseload_password_page_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadPasswordPage, caseload_password_page, CASELOAD, PASSWORD_PAGE, GtkWidget)

/*
 * "Choose a New Password", after signing in with a password an administrator set: the
 * current password, the new one twice. The rules (caseload_password_check) are shown
 * under the form as soon as they are broken; the change runs in a worker. Emits
 * "changed" once the store has the new password, or "cancelled" when the person would
 * rather not go on (back to the sign-in page). Properties: "context" (rw), "staff"
 * (ro: who is changing their password), "busy" (ro).
 */
GtkWidget     *caseload_password_page_new          (void);
void           caseload_password_page_set_context  (CaseloadPasswordPage *self,
                                                    CaseloadContext      *context);
/* Empties the form for @staff, who has just signed in. NULL empties it for nobody. */
void           caseload_password_page_start        (CaseloadPasswordPage *self,
                                                    CaseloadStaff        *staff);
CaseloadStaff *caseload_password_page_get_staff    (CaseloadPasswordPage *self);
gboolean       caseload_password_page_get_busy     (CaseloadPasswordPage *self);

/* For tests: a field ("current", "new", "repeat"), and the message under the form
 * (NULL when none). */
GtkEditable   *caseload_password_page_get_field    (CaseloadPasswordPage *self,
                                                    const char           *field);
const char    *caseload_password_page_get_error    (CaseloadPasswordPage *self);

G_END_DECLS
