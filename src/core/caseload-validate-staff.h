/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "caseload-staff.h"

G_BEGIN_DECLS

/* What a username must be. */
typedef enum {
  CASELOAD_USERNAME_PLAIN,          /* one word of up to 64 characters */
  CASELOAD_USERNAME_DATABASE_ROLE,  /* also the member's database role: one word of up to 63
                                     * bytes, no quotes, not pg_ or caseload_ */
} CaseloadUsernameRule;

/* A staff record's fields as a store writes them, checked and tidied. */
typedef struct {
  char *display_name;
  char *role;
  char *email;     /* NULL when none */
  char *username;  /* lower case, trimmed; NULL when none */
} CaseloadStaffRecord;

void     caseload_staff_record_clear (CaseloadStaffRecord *record);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CaseloadStaffRecord, caseload_staff_record_clear)

/* The checks on a staff member before any store saves them: name, role, email,
 * organisation and username (under @rule), in that order. TRUE with @record (zeroed or
 * filled before; cleared first) filled, or
 * FALSE with a CASELOAD_ERROR_VALIDATION @error. */
gboolean caseload_staff_check_record (CaseloadStaff         *staff,
                                      CaseloadUsernameRule   rule,
                                      CaseloadStaffRecord   *record,
                                      GError               **error);

G_END_DECLS
