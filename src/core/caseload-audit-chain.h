/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The hash before the first event. */
#define CASELOAD_AUDIT_GENESIS "0000000000000000000000000000000000000000000000000000000000000000"

/* The canonical form of an event: its fields joined by unit separators (U+001F), absent
 * ones empty. The sequence number is part of it, so reordering shows as well as editing. */
char *caseload_audit_chain_canonical (gint64      seq,
                                      const char *occurred_at,
                                      const char *staff_id,
                                      const char *action,
                                      const char *person_id,
                                      const char *detail);
/* Lower-case hex SHA-256 of @prev_hash, a newline and @canonical. */
char *caseload_audit_chain_hash      (const char *prev_hash,
                                      const char *canonical);
/* JSON string literal for @text, quotes included ("null" for NULL). */
char *caseload_audit_json_string     (const char *text);

G_END_DECLS
