/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "caseload-clock.h"
#include "caseload-store.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_STORE_POSTGRESQL (caseload_store_postgresql_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadStorePostgresql, caseload_store_postgresql, CASELOAD, STORE_POSTGRESQL, GObject)

/*
 * The shared site: a PostgreSQL server every desk connects to. The server enforces who
 * sees what (each staff member is their own database role; row-level security applies
 * the same policy as the embedded store) and writes the audit trail itself. See
 * docs/shared-site.md for the design.
 */

/* TRUE if @location is a PostgreSQL connection URI ("postgresql://…" or "postgres://…")
 * rather than a path to an embedded database. */
gboolean       caseload_store_postgresql_is_uri        (const char *location);

/* For a desk: checks @uri (a wrong one fails with CASELOAD_ERROR_VALIDATION saying
 * what is wrong) but connects only at caseload_store_sign_in(), as the staff member's
 * own database role. Any user name or password in @uri is ignored. */
CaseloadStore *caseload_store_postgresql_new           (const char *uri, CaseloadClock *clock, GError **error);

/* For caseload-admin and tests: connects at once with @uri's own credentials (the site's
 * owner, or a superuser) and acts for each actor with SET ROLE, so the server's rules
 * still apply to them. With @migrate, brings the schema up to date first (creating it in
 * an empty database); without, a database that is not up to date fails. A schema from a
 * newer Caseload fails with CASELOAD_ERROR_SCHEMA_TOO_NEW and is left untouched. */
CaseloadStore *caseload_store_postgresql_open_admin    (const char *uri, CaseloadClock *clock,
                                                        gboolean migrate, GError **error);

/* "host:port/database" for messages and the window (never a password). */
const char    *caseload_store_postgresql_get_location  (CaseloadStorePostgresql *self);

G_END_DECLS
