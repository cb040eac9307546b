/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <libpq-fe.h>

G_BEGIN_DECLS

/*
 * What caseload-admin does on a shared site with libpq itself, beside the store: counts
 * that must name nobody, the imported audit trails, and copying a desk's database in.
 * Every connection uses the URI's own credentials (the site's owner or a superuser).
 */

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PGresult, PQclear)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PGconn, PQfinish)

/* @location as it may be shown: a PostgreSQL URI without its password or options
 * ("postgresql://user@host:port/database"); a path as it is. */
char     *admin_site_display           (const char *location);
/* FALSE with CASELOAD_ERROR_VALIDATION if @uri cannot be parsed (no password shown). */
gboolean  admin_site_check_uri         (const char *uri, GError **error);

/* Connects with @uri's credentials and the caseload search path. */
PGconn   *admin_site_connect           (const char *uri, GError **error);
/* Runs @sql with text parameters; NULL with @error (the server's primary message, or
 * CASELOAD_ERROR_PERMISSION for SQLSTATE 42501) on failure. */
PGresult *admin_site_query             (PGconn *conn, const char *sql, int n_params,
                                        const char * const *params, GError **error);
gboolean  admin_site_exec              (PGconn *conn, const char *sql, GError **error);

gboolean  admin_site_count_people      (const char *uri, guint *n_people, GError **error);
gboolean  admin_site_role_exists       (const char *uri, const char *role, gboolean *exists, GError **error);

/* How many desk trails were copied into the site (import events); the store's
 * verify_audit() checks each against its import event. */
gboolean  admin_site_count_imports     (const char *uri, guint *n_trails, GError **error);

/* One hash chain being checked event by event, in order: a desk's file before it is
 * copied, read-only (the SQLite store would open it for writing). */
typedef struct {
  const char *trail;          /* NULL: the site's or file's own trail; else its name */
  gint64      expected_seq;
  char       *expected_prev;
  gint64      n_checked;
} AdminChainCheck;

void      admin_chain_check_init       (AdminChainCheck *check, const char *trail);
void      admin_chain_check_clear      (AdminChainCheck *check);
gboolean  admin_chain_check_event      (AdminChainCheck *check, gint64 seq, const char *occurred_at,
                                        const char *staff_id, const char *action, const char *person_id,
                                        const char *detail, const char *prev_hash, const char *hash,
                                        GError **error);

/* caseload-admin copy: see caseload-admin-copy.c. */
typedef struct {
  const char *from;           /* the desk's SQLite file */
  const char *to;             /* the site's URI */
  const char *decisions;      /* the decisions file, or NULL */
  int         site_version;   /* the site's schema version (= this build's) */
} AdminCopyOptions;

gboolean  admin_copy_run               (const AdminCopyOptions *options, GError **error);

G_END_DECLS
