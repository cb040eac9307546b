/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define CASELOAD_ERROR (caseload_error_quark ())

/**
 * CaseloadError:
 * @CASELOAD_ERROR_VALIDATION: input failed a rule; the message says which and why
 * @CASELOAD_ERROR_CONFLICT: someone else saved this record since it was read
 * @CASELOAD_ERROR_PERMISSION: the acting staff member may not do this
 * @CASELOAD_ERROR_NOT_FOUND: no such record
 * @CASELOAD_ERROR_SCHEMA_TOO_NEW: the database was made by a newer Caseload
 * @CASELOAD_ERROR_STORAGE: the database itself failed (disk full, corrupt, locked)
 * @CASELOAD_ERROR_SIGN_IN: wrong username or password (the message never says which)
 * @CASELOAD_ERROR_ACCOUNT_LOCKED: too many failed sign-ins; the message says until when
 * @CASELOAD_ERROR_ACCOUNT_DEACTIVATED: the staff member was deactivated
 * @CASELOAD_ERROR_AUDIT_BROKEN: the audit trail was altered; the message names the event
 * @CASELOAD_ERROR_CONNECTION: the shared site's server can't be reached, or the connection
 *   was lost (nothing in flight was saved; the store reconnects on the next call)
 */
typedef enum {
  CASELOAD_ERROR_VALIDATION,
  CASELOAD_ERROR_CONFLICT,
  CASELOAD_ERROR_PERMISSION,
  CASELOAD_ERROR_NOT_FOUND,
  CASELOAD_ERROR_SCHEMA_TOO_NEW,
  CASELOAD_ERROR_STORAGE,
  CASELOAD_ERROR_SIGN_IN,
  CASELOAD_ERROR_ACCOUNT_LOCKED,
  CASELOAD_ERROR_ACCOUNT_DEACTIVATED,
  CASELOAD_ERROR_AUDIT_BROKEN,
  CASELOAD_ERROR_CONNECTION,
} CaseloadError;

GQuark caseload_error_quark (void);

G_END_DECLS
