/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <libpq-fe.h>

#include "caseload-dashboard.h"
#include "caseload-policy.h"
#include "caseload-store-postgresql.h"

G_BEGIN_DECLS

/*
 * The PostgreSQL store is one class in several files: caseload-store-postgresql.c
 * (connections, migrations, errors, organisations, staff records, people, search,
 * networks, timelines) and caseload-store-postgresql-access.c (sign-in, roles and
 * passwords, consent, care relationships, break glass, access decisions, the audit
 * trail). docs/shared-site.md describes the design.
 */

struct _CaseloadStorePostgresql
{
  GObject        parent_instance;

  char          *uri;            /* as given, for connecting (may hold the owner's password) */
  char          *location;       /* "host:port/database", for messages */
  CaseloadClock *clock;
  gboolean       admin;          /* open_admin(): the URI's credentials, actors via SET ROLE */
  PGconn        *conn;           /* NULL until sign-in (desk) or open (admin), under lock */
  GRecMutex      lock;
  guint          outer_depth;    /* caseload_store_begin() nesting */
  guint          tx_depth;       /* pg_begin() nesting inside one transaction */
  /* pg_query()'s prepared statements (SQL text → name) on statements_conn only. */
  GHashTable    *statements;
  PGconn        *statements_conn;

  /* Desk mode: who the connection belongs to, and their password (sodium_malloc'd,
   * wiped on finalize) for reconnecting after a lost connection. */
  char          *username;
  char          *password;
  char          *signed_in_id;   /* staff id of the signed-in member */

  /* The sorted matches (person pks) of the last text search, for one staff member, at
   * one caseload.access_version: the count and the pages after it read them once. */
  struct {
    char        *staff_id;
    char        *match;
    gint64       version;
    GArray      *pks;
  } matches;
};

/* Who is acting, as the server knows them. */
typedef struct {
  char                     *staff_id;
  char                     *staff_name;
  char                     *username;
  char                     *organisation_id;
  char                     *organisation_name;
  CaseloadOrganisationKind  organisation_kind;
  CaseloadAccessRole        role;
  gint64                    access_version;  /* caseload.access_version when loaded */
} PgActor;

void          pg_actor_clear          (PgActor *actor);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PgActor, pg_actor_clear)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PGresult, PQclear)

/* caseload-store-postgresql.c. Everything below runs with self->lock held. */

/* Connects (admin) or reconnects (desk, after a lost connection). */
gboolean      pg_ensure_connected     (CaseloadStorePostgresql *self, GError **error);
/* Runs @sql with text parameters (NULL is SQL NULL) and text results, as a statement
 * prepared once per connection (planning row-level security costs more than running
 * it); on failure sets @error through pg_set_error() and returns NULL. Commands return PGRES_COMMAND_OK,
 * queries PGRES_TUPLES_OK: both succeed. */
PGresult     *pg_query                (CaseloadStorePostgresql *self, const char *sql, int n_params,
                                       const char * const *params, GError **error);
gboolean      pg_exec                 (CaseloadStorePostgresql *self, const char *sql, GError **error);
/* Maps a failed result (or, @result NULL, the connection's state) to CaseloadError as
 * the table in docs/shared-site.md says, with a translated message of our own. */
void          pg_set_error            (CaseloadStorePostgresql *self, const PGresult *result, GError **error);
/* A value, or NULL for SQL NULL. */
const char   *pg_text                 (const PGresult *result, int row, int column);
gboolean      pg_bool                 (const PGresult *result, int row, int column);
gint64        pg_int                  (const PGresult *result, int row, int column);
/* A new @type whose properties @columns (NULL-terminated, in the result's column order
 * from 0) are read from @row by their types; enumerations by their codes (the nicks). */
gpointer      pg_read_object          (const PGresult *result, int row, GType type,
                                       const char * const *columns);

/* One mutation or audited read: takes self->lock (pg_end() releases it), connects if
 * need be, BEGIN (or a SAVEPOINT inside caseload_store_begin() or another pg_begin()),
 * then, in admin mode, SET LOCAL ROLE for @actor and SET LOCAL caseload.fixed_now from
 * the store's clock; in desk mode, refuses an @actor other than the signed-in member.
 * @actor NULL: the owner in admin mode; the connection's own member in desk mode. */
gboolean      pg_begin                (CaseloadStorePostgresql *self, CaseloadStaff *actor, GError **error);
/* COMMIT (or RELEASE) when @ok, otherwise ROLLBACK; FALSE if @ok was FALSE or the commit
 * failed (then @error is set). */
gboolean      pg_end                  (CaseloadStorePostgresql *self, gboolean ok, GError **error);

/* pg_load_actor(), and the actor must be @actor (the signed-in member at a desk). */
gboolean      pg_acting               (CaseloadStorePostgresql *self, CaseloadStaff *actor, PgActor *info,
                                       GError **error);
/* pg_load_actor(), and the actor must be @actor (the signed-in member at a desk). */
gboolean      pg_acting               (CaseloadStorePostgresql *self, CaseloadStaff *actor, PgActor *info,
                                       GError **error);
/* STAFF_SELECT's columns, read by pg_read_staff(); "fte" (schema 6) last. */
#define PG_STAFF_SELECT \
  "SELECT s.id, s.version, s.display_name, s.role, s.organisation_id, o.name, s.email, " \
  "  s.access_role, o.kind, s.username, s.active, s.must_change_password, s.fte " \
  "FROM staff s JOIN organisation o ON o.id = s.organisation_id "
CaseloadStaff *pg_read_staff          (const PGresult *result, int row);
/* An UPDATE … RETURNING (or INSERT … RETURNING) of one row by id and version that
 * returned none: CASELOAD_ERROR_CONFLICT when @exists_sql ($1 @id) finds the row (someone
 * else saved it first), otherwise NOT_FOUND (gone, or hidden). TRUE when it returned a row. */
gboolean      pg_changed_one          (CaseloadStorePostgresql *self, const PGresult *result, const char *exists_sql,
                                       const char *id, GError **error);
char          *pg_now                 (CaseloadStorePostgresql *self);

/* caseload-store-postgresql-access.c; inside pg_begin()/pg_end(). */

/* Loads the actor as the server sees them (caseload.actor_*()), or fails with
 * CASELOAD_ERROR_PERMISSION (inactive, locked, password change pending). */
gboolean      pg_load_actor           (CaseloadStorePostgresql *self, PgActor *actor, GError **error);
gboolean      pg_decide_access        (CaseloadStorePostgresql *self, const PgActor *actor, const char *person_id,
                                       CaseloadAccess *access, char **explanation, GError **error);
gboolean      pg_require_access       (CaseloadStorePostgresql *self, const PgActor *actor, const char *person_id,
                                       gboolean to_add, GError **error);
/* caseload.audit_append(); @subject_pks: the person pks a search returned, or NULL. */
gboolean      pg_audit                (CaseloadStorePostgresql *self, const char *staff_id, const char *action,
                                       const char *person_id, const char *detail, GArray *subject_pks,
                                       GError **error);

void          pg_access_iface_init    (CaseloadStoreInterface *iface);

/* caseload-store-postgresql-referrals.c: referrals, pauses, allocations, tasks,
 * thresholds, standards; caseload-store-postgresql-cases.c: the caseload lists and the
 * dashboard. */
void          pg_referrals_iface_init (CaseloadStoreInterface *iface);
void          pg_cases_iface_init     (CaseloadStoreInterface *iface);
/* caseload-store-postgresql-plans.c: support plans, measures and reviews. */
void          pg_plans_iface_init     (CaseloadStoreInterface *iface);
/* caseload-store-postgresql-groups.c: STEPPS cohorts and Open Dialogue (schema 6), and
 * read_pathways, which calls pg_read_ips_housing for the rest of the person's pathways. */
void          pg_groups_iface_init    (CaseloadStoreInterface *iface);
/* caseload-store-postgresql-ips.c: IPS employment, fidelity reviews, housing and
 * accommodation (schema 6). Fills @pathways' ips_referrals, housing_referrals and
 * accommodation for @person_id (inside the caller's transaction). */
void          pg_ips_iface_init       (CaseloadStoreInterface *iface);
gboolean      pg_read_ips_housing     (CaseloadStorePostgresql *self, const PgActor *actor, const char *person_id,
                                       CaseloadPathways *pathways, GError **error);

/* caseload-store-postgresql-pathway-figures.c: the dashboard's Pathways figures, read in
 * the dashboard's transaction at @now (ISO 8601). */
gboolean      pg_read_pathway_figures (CaseloadStorePostgresql *self, CaseloadDashboard *dashboard,
                                       const char *now, GError **error);

G_END_DECLS
