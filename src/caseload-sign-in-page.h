/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "caseload-core.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_SIGN_IN_PAGE (caseload_sign_in_page_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadSignInPage, caseload_sign_in_page, CASELOAD, SIGN_IN_PAGE, GtkWidget)

/*
 * "Sign In to Caseload": a username, a password and a Sign In button; Enter signs in.
 * The password is checked by the store in a worker (Argon2id is slow on purpose); a
 * refusal is shown under the form, the password is cleared and the username kept. On
 * success the page emits "signed-in" with the CaseloadStaff the store returned, and
 * clears itself. Locked, the page says so and may hold the username of whoever locked
 * it. Under the form it says where it connects ("Shared site: host:port/database" or
 * "This desk"); a shared site out of reach is said so, with Try Again, and the password
 * kept. Properties: "context" (rw), "busy" (ro: a sign-in is being checked),
 * "locked" (ro).
 */
GtkWidget   *caseload_sign_in_page_new          (void);
void         caseload_sign_in_page_set_context  (CaseloadSignInPage *self,
                                                 CaseloadContext    *context);
/* Empties the form and shows it as a fresh sign-in, or (@locked) as a locked desk,
 * with @username filled in (NULL for none), then focuses the first empty field. */
void         caseload_sign_in_page_reset        (CaseloadSignInPage *self,
                                                 gboolean            locked,
                                                 const char         *username);
/* Puts the keyboard focus in the first empty field. */
void         caseload_sign_in_page_focus        (CaseloadSignInPage *self);
gboolean     caseload_sign_in_page_get_busy     (CaseloadSignInPage *self);
gboolean     caseload_sign_in_page_get_locked   (CaseloadSignInPage *self);

/* For tests: the fields, and the message under the form (NULL when none). */
GtkEditable *caseload_sign_in_page_get_username (CaseloadSignInPage *self);
GtkEditable *caseload_sign_in_page_get_password (CaseloadSignInPage *self);
const char  *caseload_sign_in_page_get_error    (CaseloadSignInPage *self);
/* Where it signs in: "Shared site: host:port/database" or "This desk". */
const char  *caseload_sign_in_page_get_location (CaseloadSignInPage *self);

G_END_DECLS
