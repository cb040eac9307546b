/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "caseload-policy.h"
#include "caseload-store-sqlite.h"

G_BEGIN_DECLS

/*
 * The SQLite store is one class in several files: caseload-store-sqlite.c (opening,
 * migrations, people, networks, timelines), caseload-store-sqlite-access.c (sign-in,
 * staff accounts, consent, break glass, the policy applied to records, the audit trail),
 * caseload-store-sqlite-referrals.c (referrals, triage, clocks, allocation, transfer,
 * tasks, thresholds and standards), caseload-store-sqlite-cases.c (the caseload lists
 * and the dashboard), caseload-store-sqlite-plans.c (support plans, measures, reviews
 * and the dashboard's outcome figures), caseload-store-sqlite-groups.c (STEPPS groups,
 * Open Dialogue, a person's pathways) and caseload-store-sqlite-ips.c (IPS, fidelity,
 * housing, accommodation).
 */

struct _CaseloadStoreSqlite
{
  GObject        parent_instance;

  char          *path;
  CaseloadClock *clock;
  sqlite3       *db;
  GHashTable    *statements;   /* SQL text (static) → sqlite3_stmt*, under lock */
  GRecMutex      lock;
  guint          outer_depth;  /* caseload_store_begin() nesting */

  /* Bumped whenever people or access change (store_refresh_access). */
  guint64        generation;
  /* The sorted matches (person pks) of the last text search, for one organisation. */
  struct {
    char        *organisation_id;
    char        *match;
    guint64      generation;
    int          data_version;
    GArray      *pks;
  } matches;
};

/* Who is acting, as the database knows them (never as the caller claims). */
typedef struct {
  char                     *staff_id;
  char                     *staff_name;
  char                     *organisation_id;
  char                     *organisation_name;
  CaseloadOrganisationKind  organisation_kind;
  CaseloadAccessRole        role;
} ActorInfo;

void          actor_info_clear        (ActorInfo *info);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ActorInfo, actor_info_clear)

/* Statements and transactions; all under self->lock. */
void          store_set_error         (CaseloadStoreSqlite *self, GError **error);
gboolean      store_exec              (CaseloadStoreSqlite *self, const char *sql, GError **error);
sqlite3_stmt *store_prepare           (CaseloadStoreSqlite *self, const char *sql, GError **error);
void          store_bind_text         (sqlite3_stmt *stmt, int index, const char *text);
const char   *store_column_text       (sqlite3_stmt *stmt, int column);
gboolean      store_step_done         (CaseloadStoreSqlite *self, sqlite3_stmt *stmt, GError **error);
gboolean      store_begin_mutation    (CaseloadStoreSqlite *self, GError **error);
gboolean      store_end_mutation      (CaseloadStoreSqlite *self, gboolean ok, GError **error);
CaseloadStaff *store_read_staff       (sqlite3_stmt *stmt);

/* caseload-store-sqlite-access.c; the lock is held for all of these. */
gboolean      store_load_actor        (CaseloadStoreSqlite *self, CaseloadStaff *actor, ActorInfo *info,
                                       GError **error);
gboolean      store_decide_access     (CaseloadStoreSqlite *self, const ActorInfo *actor, const char *person_id,
                                       CaseloadAccess *access, char **explanation, GError **error);
/* Fails with CASELOAD_ERROR_PERMISSION (and the reason) unless @actor may view, or with
 * @to_add, add to, the record. */
gboolean      store_require_access    (CaseloadStoreSqlite *self, const ActorInfo *actor, const char *person_id,
                                       gboolean to_add, GError **error);
/* An administrator, or @actor NULL (the local tool); @info is filled for an actor. */
gboolean      caseload_store_sqlite_require_administrator (CaseloadStoreSqlite *self, CaseloadStaff *actor,
                                                           ActorInfo *info, GError **error);
/* Recomputes which organisations may see the person, after anything it depends on changed. */
gboolean      store_refresh_access    (CaseloadStoreSqlite *self, const char *person_id, GError **error);
/* Appends an event to the chain. @subjects: person ids a search returned, or NULL. */
gboolean      store_audit             (CaseloadStoreSqlite *self, const char *staff_id, const char *action,
                                       const char *person_id, const char *detail, GPtrArray *subjects,
                                       GError **error);
char         *store_now               (CaseloadStoreSqlite *self);
/* Puts @organisation_id in the person's direct care ("referral" or "allocation"). */
gboolean      store_insert_relationship (CaseloadStoreSqlite *self, const char *person_id,
                                         const char *organisation_id, const char *kind,
                                         const char *staff_id, const char *now, GError **error);

/* A referral's clock state read at ?N (now) from its stored clock columns, as a
 * CaseloadClockState number; the referral is "r". Running states need an open referral. */
#define STORE_CLOCK_STATE(now) \
  "(CASE WHEN r.clock_stopped_at IS NOT NULL THEN (CASE WHEN r.clock_missed THEN 5 ELSE 4 END) " \
  "  WHEN r.status NOT IN ('awaiting-triage', 'accepted') THEN 6 " \
  "  WHEN r.clock_paused THEN 3 WHEN r.clock_due_at IS NULL THEN 6 " \
  "  WHEN " now " >= r.clock_due_at THEN 2 WHEN " now " >= r.clock_warn_at THEN 1 ELSE 0 END)"
/* The person "p" as caseload_person_get_display_name() shows them. */
#define STORE_PERSON_NAME \
  "(p.given_name || CASE WHEN p.preferred_name IS NOT NULL AND p.preferred_name <> p.given_name " \
  "  THEN ' (' || p.preferred_name || ')' ELSE '' END || ' ' || p.family_name)"
/* Counted seconds of referral "r" at ?N (now): stored once stopped, else less its pauses. */
#define STORE_WAITED(now) \
  "coalesce (r.clock_waited_seconds, max (0, strftime ('%s', " now ") - strftime ('%s', r.received_at) - " \
  "  coalesce ((SELECT sum (strftime ('%s', coalesce (cp.ended_at, " now ")) - strftime ('%s', cp.started_at)) " \
  "             FROM clock_pause cp WHERE cp.referral_id = r.id), 0)))"
/* A referral whose clock still runs (the waiting list). */
#define STORE_CLOCK_RUNS "(r.status IN ('awaiting-triage', 'accepted') AND r.clock_stopped_at IS NULL)"
/* The timeline kinds that are contact with the person. */
#define STORE_CONTACT_KINDS "('appointment', 'phone-call', 'home-visit', 'network-meeting', 'video-call', 'message')"

/* After stepping through a statement's rows: resets it; FALSE (and @error) unless the
 * last step, @rc, was SQLITE_DONE. */
gboolean      store_finish_rows       (CaseloadStoreSqlite *self, sqlite3_stmt *stmt, int rc, GError **error);
/* A new @type with its properties @columns (NULL-terminated) set from the row's columns
 * in order. */
gpointer      store_read_object       (sqlite3_stmt *stmt, GType type, const char * const *columns);
gboolean      store_is_team_manager   (const ActorInfo *info, const char *what, GError **error);

/* What a row is read into: an object type and its properties, column by column. */
typedef struct {
  GType             (*get_type) (void);
  const char * const *columns;
} RowKind;

/* Every row of @stmt into @items. */
gboolean      store_collect_rows      (CaseloadStoreSqlite *self, sqlite3_stmt *stmt, const RowKind *kind,
                                       GPtrArray *items, GError **error);
/* One row, or CASELOAD_ERROR_NOT_FOUND with @missing. */
gpointer      store_one_row           (CaseloadStoreSqlite *self, sqlite3_stmt *stmt, const RowKind *kind,
                                       const char *missing, GError **error);
/* The one row @sql finds by @key (?2), with the clock's now as ?1. */
gpointer      store_get_one           (CaseloadStoreSqlite *self, const char *sql, const char *key,
                                       const RowKind *kind, const char *missing, GError **error);
/* Whether @info may read what @key (a person, a referral) names; else @error. */
typedef gboolean (*StoreKeyCheck) (CaseloadStoreSqlite *self, const ActorInfo *info, const char *key,
                                   GError **error);
/* Under the lock: the rows of @sql (?1 @key) when @check lets the actor read them. */
GPtrArray    *store_list_by_key       (CaseloadStoreSqlite *self, CaseloadStaff *actor, const char *key,
                                       StoreKeyCheck check, const char *sql, const RowKind *kind, GError **error);
/* Copies every readable and writable property of @from onto @to (same type). */
/* Audits @action on @person_id: {"@key": @id, "before": …, "after": …} with @names'
 * properties of @before (may be NULL) and @after. */
gboolean      store_audit_change      (CaseloadStoreSqlite *self, const ActorInfo *info, const char *action,
                                       const char *person_id, const char *key, const char *id, gpointer before,
                                       gpointer after, const char * const *names, GError **error);
/* CASELOAD_ERROR_CONFLICT: someone else saved @what first. */
void          store_conflict          (GError **error, const char *what);
/* A staff member's display name, or NULL. */
char         *store_staff_name        (CaseloadStoreSqlite *self, const char *staff_id);
/* An organisation's name, or NULL. */
char         *store_organisation_name (CaseloadStoreSqlite *self, const char *organisation_id);

void          store_access_iface_init (CaseloadStoreInterface *iface);
void          store_referrals_iface_init (CaseloadStoreInterface *iface);
void          store_cases_iface_init  (CaseloadStoreInterface *iface);
void          store_plans_iface_init  (CaseloadStoreInterface *iface);
/* caseload-store-sqlite-groups.c: STEPPS cohorts and Open Dialogue (schema 6), and
 * read_pathways, which calls store_read_ips_housing for the rest of the person's pathways. */
void          store_groups_iface_init (CaseloadStoreInterface *iface);
/* caseload-store-sqlite-ips.c: IPS employment, fidelity reviews, housing and
 * accommodation (schema 6). Fills @pathways' ips_referrals, housing_referrals and
 * accommodation for @person_id (the caller has checked access, inside its transaction). */
void          store_ips_iface_init    (CaseloadStoreInterface *iface);
gboolean      store_read_ips_housing  (CaseloadStoreSqlite *self, const ActorInfo *info, const char *person_id,
                                       CaseloadPathways *pathways, GError **error);

/* The people (by pk) an organisation may see, as a bit set (caseload-store-sqlite-cases.c). */
typedef struct {
  guint8 *bits;
  gint64  n_bits;
} PkSet;

gboolean      store_pk_set_has        (const PkSet *set, gint64 pk);
/* caseload-store-sqlite-plans.c: the dashboard's outcome figures (measures completed in
 * its range, goals and reviews of current plans) over the people in @visible, with the
 * dashboard's PCN filter on the person's PCN. */
gboolean      store_read_outcome_figures (CaseloadStoreSqlite *self, const PkSet *visible,
                                          CaseloadDashboard *dashboard, GError **error);
/* caseload-store-sqlite-pathway-figures.c: the dashboard's Pathways figures (STEPPS,
 * Open Dialogue, IPS and fidelity, housing and accommodation) over the people in @visible. */
gboolean      store_read_pathway_figures (CaseloadStoreSqlite *self, const PkSet *visible,
                                          CaseloadDashboard *dashboard, GError **error);

G_END_DECLS
