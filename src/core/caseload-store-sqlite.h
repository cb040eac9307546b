/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "caseload-clock.h"
#include "caseload-store.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_STORE_SQLITE (caseload_store_sqlite_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadStoreSqlite, caseload_store_sqlite, CASELOAD, STORE_SQLITE, GObject)

/* Opens (creating if need be) the database at @path and brings its schema up to date in
 * one transaction. A database from a newer Caseload fails with
 * CASELOAD_ERROR_SCHEMA_TOO_NEW and is left untouched. */
CaseloadStore *caseload_store_sqlite_new          (const char *path, CaseloadClock *clock, GError **error);
/* $XDG_DATA_HOME/caseload/caseload.db */
char          *caseload_store_sqlite_default_path (void);
const char    *caseload_store_sqlite_get_path     (CaseloadStoreSqlite *self);

G_END_DECLS
