/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "caseload-dates.h"
#include "caseload-error.h"
#include "caseload-fidelity.h"
#include "caseload-housing-status-change.h"
#include "caseload-pathways.h"
#include "caseload-property.h"
#include "caseload-store-ips-rows.h"
#include "caseload-store-sqlite-private.h"
#include "caseload-validate-pathway.h"

/*
 * IPS employment (referrals, employer contacts, jobs), IPS-25 fidelity reviews, housing
 * referrals with their status history, and accommodation status on the embedded store
 * (schema 6). Every save is one mutation: checked by caseload-validate-pathway.h against
 * what is stored, version-checked where the record has a version, audited without
 * identifying text (no employer, no reasons, no notes). Person records need the actor to
 * add to the person's record; fidelity reviews are the service's.
 *
 * A housing referral sent to an organisation puts it in the person's care while the
 * referral is open: a care relationship that has the referral's id, ended when the
 * referral closes and taken up again if it reopens. caseload-store-sqlite-access.c lets
 * the receiving organisation, and the organisation of an open IPS referral's specialist,
 * view and add while the referral is open, unless the person declined sharing with it.
 */

/* The person's pk, for the person_pk indexes: ?1 is the person's id. */
#define PERSON_PK "(SELECT pk FROM person WHERE id = ?1)"

static const RowKind ips_referral_row = { caseload_ips_referral_get_type, ips_referral_columns };

static const RowKind contact_row = { caseload_employer_contact_get_type, contact_columns };

static const RowKind job_row = { caseload_ips_job_get_type, job_columns };

static const RowKind fidelity_row = { caseload_fidelity_review_get_type, fidelity_columns };

static const RowKind housing_row = { caseload_housing_referral_get_type, housing_columns };

static const RowKind history_row = { caseload_housing_status_change_get_type, history_columns };

static const RowKind accommodation_row = { caseload_accommodation_record_get_type, accommodation_columns };

/* What the audit trail keeps of each record: dates, codes and ids, never free text. */
static const char * const ips_referral_fields[] = {
  "person-id", "referred-on", "specialist-id", "engaged-on", "job-search-on", "benefits-advice",
  "benefits-advice-on", "closed-on", "version", NULL
};
static const char * const contact_fields[] = { "referral-id", "contacted-on", "outcome", NULL };
static const char * const job_fields[] = {
  "referral-id", "hours-per-week", "pay-type", "started-on", "in-work-support", "ended-on", "end-reason",
  "version", NULL
};
static const char * const fidelity_fields[] = { "reviewed-on", "total", "band", NULL };
static const char * const housing_fields[] = {
  "person-id", "kind", "organisation-id", "sent-on", "status", "status-on", "outcome", "version", NULL
};
static const char * const accommodation_fields[] = { "person-id", "status", "from-on", NULL };

/* A kind of record as one save reads it back and audits it: under the shared site's name
 * for the record written ("add-ips-job", "update-ips-referral"), keyed by its table. */
typedef struct {
  const char         *select_one;  /* its row by id (?2) */
  const RowKind      *row;
  const char         *missing;     /* N_(): not in the database */
  const char         *what;        /* N_(): the record, in a conflict */
  const char         *added;       /* audit actions */
  const char         *changed;
  const char         *key;         /* the audit detail's key for its id */
  const char * const *fields;
} RecordKind;

static const RecordKind ips_referral_kind = {
  IPS_REFERRAL_SELECT "WHERE r.id = ?2", &ips_referral_row, N_("This IPS referral is not in the database."),
  N_("IPS referral"), "add-ips-referral", "update-ips-referral", "ips_referral", ips_referral_fields
};
static const RecordKind contact_kind = {
  CONTACT_SELECT "WHERE c.id = ?2", &contact_row, N_("This employer contact is not in the database."),
  N_("employer contact"), "add-ips-employer-contact", "update-ips-employer-contact", "ips_employer_contact",
  contact_fields
};
static const RecordKind job_kind = {
  JOB_SELECT "WHERE j.id = ?2", &job_row, N_("This job is not in the database."), N_("job"), "add-ips-job",
  "update-ips-job", "ips_job", job_fields
};
static const RecordKind fidelity_kind = {
  FIDELITY_SELECT "WHERE f.id = ?2", &fidelity_row, N_("This fidelity review is not in the database."),
  N_("fidelity review"), "add-ips-fidelity-review", "update-ips-fidelity-review", "ips_fidelity_review",
  fidelity_fields
};
static const RecordKind accommodation_kind = {
  ACCOMMODATION_SELECT "WHERE a.id = ?2", &accommodation_row,
  N_("This accommodation status is not in the database."), N_("accommodation status"), "add-accommodation-status",
  "update-accommodation-status", "accommodation_status", accommodation_fields
};

/* Helpers */

static gboolean
refuse_problems (GPtrArray  *problems,
                 GError    **error)
{
  return !caseload_field_errors_to_error (problems, error);
}

/* A record about no one. */
static gboolean
require_person (const char  *person_id,
                GError     **error)
{
  if (person_id != NULL)
    return TRUE;
  g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                       _("Choose the person this record is about."));
  return FALSE;
}

/* Runs @stmt (its parameters bound) and fails with CASELOAD_ERROR_CONFLICT on @what when
 * it changed nothing: the version read is no longer the stored one. */
static gboolean
step_versioned (CaseloadStoreSqlite  *self,
                sqlite3_stmt         *stmt,
                const char           *what,
                GError              **error)
{
  if (!store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) > 0)
    return TRUE;
  store_conflict (error, what);
  return FALSE;
}

/* The stored record @id of @kind, or NOT_FOUND. */
static gpointer
get_record (CaseloadStoreSqlite  *self,
            const RecordKind     *kind,
            const char           *id,
            GError              **error)
{
  return store_get_one (self, kind->select_one, id, kind->row, _(kind->missing), error);
}

/* Runs the insert or update @stmt of record @id (CONFLICT when it changed nothing), reads
 * the row back into @saved and audits the change from @before (NULL: added) on @person_id
 * (NULL: the service's). */
static gboolean
finish_save (CaseloadStoreSqlite  *self,
             const ActorInfo      *info,
             const RecordKind     *kind,
             sqlite3_stmt         *stmt,
             const char           *id,
             const char           *person_id,
             gpointer              before,
             gpointer             *saved,
             GError              **error)
{
  if (!step_versioned (self, stmt, _(kind->what), error) ||
      (*saved = get_record (self, kind, id, error)) == NULL)
    return FALSE;
  return store_audit_change (self, info, before == NULL ? kind->added : kind->changed, person_id, kind->key, id,
                             before, *saved, kind->fields, error);
}

/* Saves @record in a mutation with the actor loaded, then the caller's @record takes
 * what @save read back (with @take, caseload_property_copy_all when NULL). */
typedef gboolean (*SaveLocked) (CaseloadStoreSqlite *self, const ActorInfo *info, gpointer record, gpointer *saved,
                                GError **error);

static gboolean
save_record (CaseloadStore  *store,
             CaseloadStaff  *actor,
             gpointer        record,
             SaveLocked      save,
             void          (*take) (gpointer saved, gpointer record),
             GError        **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_autoptr(GObject) saved = NULL;
  g_auto(ActorInfo) info = { 0 };
  gboolean ok;

  if (!store_begin_mutation (self, error))
    return FALSE;
  ok = store_load_actor (self, actor, &info, error) &&
       save (self, &info, record, (gpointer *) &saved, error);
  if (!store_end_mutation (self, ok, ok ? error : NULL) || !ok)
    return FALSE;
  (take != NULL ? take : caseload_property_copy_all) (saved, record);
  return TRUE;
}

/* Each row of @stmt into its parent's array: column 1 is the parent's id, a key of
 * @parents; @children gives the parent's array. */
static gboolean
collect_children (CaseloadStoreSqlite  *self,
                  sqlite3_stmt         *stmt,
                  const RowKind        *kind,
                  GHashTable           *parents,
                  GPtrArray          *(*children) (gpointer parent),
                  GError              **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gpointer parent = g_hash_table_lookup (parents, store_column_text (stmt, 1));

      if (parent != NULL)
        g_ptr_array_add (children (parent), store_read_object (stmt, kind->get_type (), kind->columns));
    }
  return store_finish_rows (self, stmt, rc, error);
}

/* The rows @sql finds with ?1 bound to @key, into @items. */
static gboolean
collect_by_key (CaseloadStoreSqlite  *self,
                const char           *sql,
                const char           *key,
                const RowKind        *kind,
                GPtrArray            *items,
                GError              **error)
{
  sqlite3_stmt *stmt = store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, key);
  return store_collect_rows (self, stmt, kind, items, error);
}

/* The children @sql finds with ?1 bound to @key, into the arrays of @parents. */
static gboolean
collect_children_by_key (CaseloadStoreSqlite  *self,
                         const char           *sql,
                         const char           *key,
                         const RowKind        *kind,
                         GHashTable           *parents,
                         GPtrArray          *(*children) (gpointer parent),
                         GError              **error)
{
  sqlite3_stmt *stmt = store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, key);
  return collect_children (self, stmt, kind, parents, children, error);
}

static GPtrArray *
ips_contacts_of (gpointer referral)
{
  return caseload_ips_referral_get_contacts (referral);
}

static GPtrArray *
ips_jobs_of (gpointer referral)
{
  return caseload_ips_referral_get_jobs (referral);
}

static GPtrArray *
housing_history_of (gpointer referral)
{
  return caseload_housing_referral_get_history (referral);
}

/* @items (records with an "id") by id. */
static GHashTable *
index_by_id (GPtrArray *items)
{
  GHashTable *index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < items->len; i++)
    {
      char *id = NULL;

      g_object_get (g_ptr_array_index (items, i), "id", &id, NULL);
      g_hash_table_insert (index, id, g_ptr_array_index (items, i));
    }
  return index;
}

/* An active staff member, by name, or NULL. */
static char *
active_staff_name (CaseloadStoreSqlite *self,
                   const char          *staff_id)
{
  sqlite3_stmt *stmt = store_prepare (self, "SELECT display_name FROM staff WHERE id = ?1 AND active", NULL);
  char *name = NULL;

  if (stmt == NULL || staff_id == NULL)
    return NULL;
  store_bind_text (stmt, 1, staff_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    name = g_strdup (store_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return name;
}

/* IPS referrals */

/* The earliest employer contact or job start of a stored referral, or NULL. */
static char *
first_activity_on (CaseloadStoreSqlite *self,
                   const char          *referral_id)
{
  sqlite3_stmt *stmt = store_prepare (self,
                                      "SELECT min (d) FROM (SELECT contacted_on AS d FROM ips_employer_contact "
                                      "  WHERE referral_id = ?1 UNION ALL SELECT started_on FROM ips_job "
                                      "  WHERE referral_id = ?1)", NULL);
  char *first = NULL;

  if (stmt == NULL)
    return NULL;
  store_bind_text (stmt, 1, referral_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    first = g_strdup (store_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return first;
}

/* The checks that need the database: a specialist on the team (active when newly named),
 * and, for a stored referral, no referral date after its first contact or job. */
static gboolean
check_ips_referral_links (CaseloadStoreSqlite  *self,
                          CaseloadIpsReferral  *referral,
                          CaseloadIpsReferral  *stored,
                          GError              **error)
{
  g_autoptr(GPtrArray) problems = caseload_field_errors_new ();
  const char *specialist_id = caseload_ips_referral_get_specialist_id (referral);
  const char *referred_on = caseload_ips_referral_get_referred_on (referral);
  g_autofree char *specialist = NULL;
  g_autofree char *first = NULL;

  if (stored != NULL && g_strcmp0 (specialist_id, caseload_ips_referral_get_specialist_id (stored)) == 0)
    specialist = store_staff_name (self, specialist_id);
  else
    specialist = active_staff_name (self, specialist_id);
  if (specialist == NULL)
    caseload_field_errors_add (problems, "specialist-id",
                               _("Choose the employment specialist from the team’s active staff."));

  if (stored != NULL)
    first = first_activity_on (self, caseload_ips_referral_get_id (stored));
  if (first != NULL && referred_on != NULL && g_strcmp0 (referred_on, first) > 0)
    {
      g_autofree char *when = caseload_date_long_of (first);
      g_autofree char *message = g_strdup_printf (_("The referral date cannot be after its first employer "
                                                    "contact or job start, on %s."), when);

      caseload_field_errors_add (problems, "referred-on", message);
    }
  return refuse_problems (problems, error);
}

static gboolean
save_ips_referral_locked (CaseloadStoreSqlite  *self,
                          const ActorInfo      *info,
                          gpointer              record,
                          gpointer             *saved,
                          GError              **error)
{
  CaseloadIpsReferral *referral = record;
  const char *id = caseload_ips_referral_get_id (referral);
  g_autoptr(CaseloadIpsReferral) stored = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *now = store_now (self);
  g_autofree char *new_id = NULL;
  const char *person_id;
  GDate today;
  sqlite3_stmt *stmt;

  if (id != NULL)
    {
      if ((stored = get_record (self, &ips_referral_kind, id, error)) == NULL)
        return FALSE;
      person_id = caseload_ips_referral_get_person_id (stored);
    }
  else
    person_id = caseload_ips_referral_get_person_id (referral);
  if (!require_person (person_id, error) ||
      !store_require_access (self, info, person_id, TRUE, error))
    return FALSE;

  caseload_clock_today (self->clock, &today);
  problems = caseload_ips_referral_check (referral, &today);
  if (!refuse_problems (problems, error) ||
      !check_ips_referral_links (self, referral, stored, error))
    return FALSE;

  if (stored == NULL)
    {
      id = new_id = g_uuid_string_random ();
      stmt = store_prepare (self,
                            "INSERT INTO ips_referral (id, person_id, person_pk, wants_work, referred_on, referred_by, "
                            "  specialist_id, engaged_on, job_search_on, benefits_advice, benefits_advice_on, "
                            "  closed_on, close_reason, organisation_id, version, created_at) "
                            "SELECT ?1, p.id, p.pk, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, 1, ?14 "
                            "FROM person p WHERE p.id = ?2", error);
      if (stmt == NULL)
        return FALSE;
      store_bind_text (stmt, 2, person_id);
      store_bind_text (stmt, 5, info->staff_id);
      store_bind_text (stmt, 13, info->organisation_id);
      store_bind_text (stmt, 14, now);
    }
  else
    {
      stmt = store_prepare (self,
                            "UPDATE ips_referral SET wants_work = ?3, referred_on = ?4, specialist_id = ?6, "
                            "  engaged_on = ?7, job_search_on = ?8, benefits_advice = ?9, benefits_advice_on = ?10, "
                            "  closed_on = ?11, close_reason = ?12, version = version + 1 "
                            "WHERE id = ?1 AND version = ?15", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int (stmt, 15, caseload_ips_referral_get_version (referral));
    }
  store_bind_text (stmt, 1, id);
  sqlite3_bind_int (stmt, 3, caseload_ips_referral_get_wants_work (referral) ? 1 : 0);
  store_bind_text (stmt, 4, caseload_ips_referral_get_referred_on (referral));
  store_bind_text (stmt, 6, caseload_ips_referral_get_specialist_id (referral));
  store_bind_text (stmt, 7, caseload_ips_referral_get_engaged_on (referral));
  store_bind_text (stmt, 8, caseload_ips_referral_get_job_search_on (referral));
  sqlite3_bind_int (stmt, 9, caseload_ips_referral_get_benefits_advice (referral) ? 1 : 0);
  store_bind_text (stmt, 10, caseload_ips_referral_get_benefits_advice_on (referral));
  store_bind_text (stmt, 11, caseload_ips_referral_get_closed_on (referral));
  store_bind_text (stmt, 12, caseload_ips_referral_get_close_reason (referral));
  /* The specialist's organisation sees the person while the referral is open. */
  return finish_save (self, info, &ips_referral_kind, stmt, id, person_id, stored, saved, error) &&
         store_refresh_access (self, person_id, error);
}

static gboolean
caseload_store_sqlite_save_ips_referral (CaseloadStore        *store,
                                         CaseloadStaff        *actor,
                                         CaseloadIpsReferral  *referral,
                                         GError              **error)
{
  return save_record (store, actor, referral, save_ips_referral_locked, NULL, error);
}

/* Employer contacts and jobs: records on a referral */

/* What saving a record on a referral starts with: the stored referral (the actor may add
 * to the person's record), today, and for a stored record (@id) its row as it was, which
 * must be on that referral. */
static gboolean
begin_on_referral (CaseloadStoreSqlite   *self,
                   const ActorInfo       *info,
                   const RecordKind      *kind,
                   const char            *referral_id,
                   const char            *id,
                   CaseloadIpsReferral  **referral,
                   gpointer              *before,
                   GDate                 *today,
                   GError               **error)
{
  g_autofree char *on = NULL;

  if (referral_id == NULL)
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                           _("Choose the IPS referral this belongs to."));
      return FALSE;
    }
  if ((*referral = get_record (self, &ips_referral_kind, referral_id, error)) == NULL ||
      !store_require_access (self, info, caseload_ips_referral_get_person_id (*referral), TRUE, error))
    return FALSE;
  caseload_clock_today (self->clock, today);
  if (id == NULL)
    return TRUE;
  if ((*before = get_record (self, kind, id, error)) == NULL)
    return FALSE;
  g_object_get (*before, "referral-id", &on, NULL);
  if (g_strcmp0 (on, referral_id) == 0)
    return TRUE;
  g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND, _(kind->missing));
  return FALSE;
}

static gboolean
save_contact_locked (CaseloadStoreSqlite  *self,
                     const ActorInfo      *info,
                     gpointer              record,
                     gpointer             *saved,
                     GError              **error)
{
  CaseloadEmployerContact *contact = record;
  const char *id = caseload_employer_contact_get_id (contact);
  const char *referral_id = caseload_employer_contact_get_referral_id (contact);
  g_autoptr(CaseloadIpsReferral) referral = NULL;
  g_autoptr(CaseloadEmployerContact) before = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *now = store_now (self);
  g_autofree char *new_id = NULL;
  GDate today;
  sqlite3_stmt *stmt;

  if (!begin_on_referral (self, info, &contact_kind, referral_id, id, &referral, (gpointer *) &before, &today,
                          error))
    return FALSE;
  problems = caseload_employer_contact_check (referral, contact, &today);
  if (!refuse_problems (problems, error))
    return FALSE;

  if (id != NULL)
    stmt = store_prepare (self,
                          "UPDATE ips_employer_contact SET employer = ?3, contacted_on = ?4, outcome = ?5, note = ?6 "
                          "WHERE id = ?1 AND referral_id = ?2", error);
  else
    {
      id = new_id = g_uuid_string_random ();
      stmt = store_prepare (self,
                            "INSERT INTO ips_employer_contact (id, referral_id, person_pk, employer, contacted_on, "
                            "  outcome, note, recorded_by, created_at) "
                            "SELECT ?1, r.id, r.person_pk, ?3, ?4, ?5, ?6, ?7, ?8 FROM ips_referral r WHERE r.id = ?2",
                            error);
    }
  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, id);
  store_bind_text (stmt, 2, referral_id);
  store_bind_text (stmt, 3, caseload_employer_contact_get_employer (contact));
  store_bind_text (stmt, 4, caseload_employer_contact_get_contacted_on (contact));
  store_bind_text (stmt, 5, caseload_employer_outcome_to_code (caseload_employer_contact_get_outcome (contact)));
  store_bind_text (stmt, 6, caseload_employer_contact_get_note (contact));
  if (new_id != NULL)
    {
      store_bind_text (stmt, 7, info->staff_id);
      store_bind_text (stmt, 8, now);
    }
  return finish_save (self, info, &contact_kind, stmt, id, caseload_ips_referral_get_person_id (referral), before,
                      saved, error);
}

static gboolean
caseload_store_sqlite_save_employer_contact (CaseloadStore            *store,
                                             CaseloadStaff            *actor,
                                             CaseloadEmployerContact  *contact,
                                             GError                  **error)
{
  return save_record (store, actor, contact, save_contact_locked, NULL, error);
}

static gboolean
save_job_locked (CaseloadStoreSqlite  *self,
                 const ActorInfo      *info,
                 gpointer              record,
                 gpointer             *saved,
                 GError              **error)
{
  CaseloadIpsJob *job = record;
  const char *id = caseload_ips_job_get_id (job);
  const char *referral_id = caseload_ips_job_get_referral_id (job);
  g_autoptr(CaseloadIpsReferral) referral = NULL;
  g_autoptr(CaseloadIpsJob) before = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *now = store_now (self);
  g_autofree char *new_id = NULL;
  GDate today;
  sqlite3_stmt *stmt;

  if (!begin_on_referral (self, info, &job_kind, referral_id, id, &referral, (gpointer *) &before, &today, error))
    return FALSE;
  problems = caseload_ips_job_check (referral, job, &today);
  if (!refuse_problems (problems, error))
    return FALSE;

  if (id != NULL)
    {
      stmt = store_prepare (self,
                            "UPDATE ips_job SET employer = ?3, role = ?4, hours_per_week = ?5, pay_type = ?6, "
                            "  started_on = ?7, in_work_support = ?8, ended_on = ?9, end_reason = ?10, "
                            "  end_note = ?11, version = version + 1 "
                            "WHERE id = ?1 AND referral_id = ?2 AND version = ?12", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int (stmt, 12, caseload_ips_job_get_version (job));
    }
  else
    {
      id = new_id = g_uuid_string_random ();
      stmt = store_prepare (self,
                            "INSERT INTO ips_job (id, referral_id, person_pk, employer, role, hours_per_week, "
                            "  pay_type, started_on, in_work_support, ended_on, end_reason, end_note, version, "
                            "  recorded_by, created_at) "
                            "SELECT ?1, r.id, r.person_pk, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 1, ?12, ?13 "
                            "FROM ips_referral r WHERE r.id = ?2", error);
      if (stmt == NULL)
        return FALSE;
      store_bind_text (stmt, 12, info->staff_id);
      store_bind_text (stmt, 13, now);
    }
  store_bind_text (stmt, 1, id);
  store_bind_text (stmt, 2, referral_id);
  store_bind_text (stmt, 3, caseload_ips_job_get_employer (job));
  store_bind_text (stmt, 4, caseload_ips_job_get_role (job));
  sqlite3_bind_double (stmt, 5, caseload_ips_job_get_hours_per_week (job));
  store_bind_text (stmt, 6, caseload_pay_type_to_code (caseload_ips_job_get_pay_type (job)));
  store_bind_text (stmt, 7, caseload_ips_job_get_started_on (job));
  sqlite3_bind_int (stmt, 8, caseload_ips_job_get_in_work_support (job) ? 1 : 0);
  store_bind_text (stmt, 9, caseload_ips_job_get_ended_on (job));
  store_bind_text (stmt, 10, caseload_job_end_reason_to_code (caseload_ips_job_get_end_reason (job)));
  store_bind_text (stmt, 11, caseload_ips_job_get_end_note (job));
  return finish_save (self, info, &job_kind, stmt, id, caseload_ips_referral_get_person_id (referral), before, saved,
                      error);
}

static gboolean
caseload_store_sqlite_save_ips_job (CaseloadStore   *store,
                                    CaseloadStaff   *actor,
                                    CaseloadIpsJob  *job,
                                    GError         **error)
{
  return save_record (store, actor, job, save_job_locked, NULL, error);
}

/* Fidelity reviews */

static gboolean
may_record_fidelity (const ActorInfo  *info,
                     GError          **error)
{
  if (info->role == CASELOAD_ROLE_TEAM_MANAGER || info->role == CASELOAD_ROLE_ADMINISTRATOR)
    return TRUE;
  g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION,
                       _("Only a team manager or an administrator can record a fidelity review."));
  return FALSE;
}

static gboolean
save_fidelity_locked (CaseloadStoreSqlite  *self,
                      const ActorInfo      *info,
                      gpointer              record,
                      gpointer             *saved,
                      GError              **error)
{
  CaseloadFidelityReview *review = record;
  const char *id = caseload_fidelity_review_get_id (review);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GArray) scores = NULL;
  g_autofree char *now = store_now (self);
  g_autofree char *new_id = NULL;
  int total = 0, bad_item = -1;
  guint missing = 0;
  GDate today;
  sqlite3_stmt *stmt;

  if (!may_record_fidelity (info, error))
    return FALSE;
  caseload_clock_today (self->clock, &today);
  problems = caseload_fidelity_review_check (review, &today);
  if (!refuse_problems (problems, error))
    return FALSE;
  scores = caseload_fidelity_review_get_score_values (review);
  if (scores->len != CASELOAD_FIDELITY_ITEMS ||
      !caseload_fidelity_score ((const int *) (gpointer) scores->data, scores->len, &total, &missing, &bad_item))
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                           _("Score every one of the 25 items from 1 to 5."));
      return FALSE;
    }

  /* A review is of the service as it was on its date: recorded once, as on the shared site. */
  if (id != NULL)
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                           _("This fidelity review is already recorded: record a new review instead."));
      return FALSE;
    }
  id = new_id = g_uuid_string_random ();
  stmt = store_prepare (self,
                        "INSERT INTO ips_fidelity_review (id, service, reviewed_on, reviewers, scores, total, "
                        "  band, note, recorded_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                        error);
  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, id);
  store_bind_text (stmt, 2, caseload_fidelity_review_get_service (review));
  store_bind_text (stmt, 3, caseload_fidelity_review_get_reviewed_on (review));
  store_bind_text (stmt, 4, caseload_fidelity_review_get_reviewers (review));
  store_bind_text (stmt, 5, caseload_fidelity_review_get_scores (review));
  sqlite3_bind_int (stmt, 6, total);
  store_bind_text (stmt, 7, caseload_fidelity_band_to_code (caseload_fidelity_band (total)));
  store_bind_text (stmt, 8, caseload_fidelity_review_get_note (review));
  store_bind_text (stmt, 9, info->staff_id);
  store_bind_text (stmt, 10, now);
  return finish_save (self, info, &fidelity_kind, stmt, id, NULL, NULL, saved, error);
}

static gboolean
caseload_store_sqlite_save_fidelity_review (CaseloadStore           *store,
                                            CaseloadStaff           *actor,
                                            CaseloadFidelityReview  *review,
                                            GError                 **error)
{
  return save_record (store, actor, review, save_fidelity_locked, NULL, error);
}

static GPtrArray *
caseload_store_sqlite_list_fidelity_reviews (CaseloadStore  *store,
                                             CaseloadStaff  *actor,
                                             GError        **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_autoptr(GPtrArray) reviews = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(ActorInfo) info = { 0 };
  sqlite3_stmt *stmt;
  gboolean ok = FALSE;

  g_rec_mutex_lock (&self->lock);
  if (store_load_actor (self, actor, &info, error) &&
      (stmt = store_prepare (self, FIDELITY_SELECT "ORDER BY f.reviewed_on DESC, f.created_at DESC, f.id", error))
      != NULL)
    ok = store_collect_rows (self, stmt, &fidelity_row, reviews, error);
  g_rec_mutex_unlock (&self->lock);
  return ok ? g_steal_pointer (&reviews) : NULL;
}

/* Housing */

static CaseloadHousingReferral *
get_housing_locked (CaseloadStoreSqlite  *self,
                    const char           *id,
                    GError              **error)
{
  g_autoptr(CaseloadHousingReferral) referral = store_get_one (self, HOUSING_SELECT "WHERE h.id = ?2", id,
                                                               &housing_row,
                                                               _("This housing referral is not in the database."),
                                                               error);

  if (referral == NULL ||
      !collect_by_key (self, HISTORY_SELECT "WHERE c.referral_id = ?1 ORDER BY c.created_at, c.rowid", id,
                       &history_row, caseload_housing_referral_get_history (referral), error))
    return NULL;
  return g_steal_pointer (&referral);
}

/* One step in the history of referral @id. */
static gboolean
add_history (CaseloadStoreSqlite      *self,
             const ActorInfo          *info,
             const char               *id,
             CaseloadHousingStatus     from,
             CaseloadHousingReferral  *referral,
             const char               *now,
             GError                  **error)
{
  g_autofree char *step_id = g_uuid_string_random ();
  sqlite3_stmt *stmt = store_prepare (self,
                                      "INSERT INTO housing_status_change (id, referral_id, from_status, to_status, "
                                      "  changed_on, reason, changed_by, created_at) "
                                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", error);

  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, step_id);
  store_bind_text (stmt, 2, id);
  store_bind_text (stmt, 3, caseload_housing_status_to_code (from));
  store_bind_text (stmt, 4, caseload_housing_status_to_code (caseload_housing_referral_get_status (referral)));
  store_bind_text (stmt, 5, caseload_housing_referral_get_status_on (referral));
  store_bind_text (stmt, 6, caseload_housing_referral_get_reason (referral));
  store_bind_text (stmt, 7, info->staff_id);
  store_bind_text (stmt, 8, now);
  return store_step_done (self, stmt, error);
}

/* The receiving organisation's care relationship, whose id is the referral's: started
 * when it is sent, ended when it closes, taken up again when it reopens. */
static gboolean
follow_relationship (CaseloadStoreSqlite      *self,
                     const ActorInfo          *info,
                     CaseloadHousingReferral  *referral,
                     gboolean                  sending,
                     const char               *now,
                     GError                  **error)
{
  gboolean open = caseload_housing_referral_get_status (referral) != CASELOAD_HOUSING_CLOSED;
  sqlite3_stmt *stmt;

  if (sending)
    stmt = store_prepare (self,
                          "INSERT INTO care_relationship (id, person_id, organisation_id, kind, started_at, "
                          "  created_at, created_by) VALUES (?1, ?2, ?3, 'referral', ?4, ?4, ?5)", error);
  else
    stmt = store_prepare (self,
                          "UPDATE care_relationship SET ended_at = CASE WHEN ?6 THEN NULL ELSE ?4 END "
                          "WHERE id = ?1 AND (ended_at IS NULL) = NOT ?6", error);
  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, caseload_housing_referral_get_id (referral));
  store_bind_text (stmt, 2, caseload_housing_referral_get_person_id (referral));
  store_bind_text (stmt, 3, caseload_housing_referral_get_organisation_id (referral));
  store_bind_text (stmt, 4, now);
  store_bind_text (stmt, 5, info->staff_id);
  sqlite3_bind_int (stmt, 6, open ? 1 : 0);
  return store_step_done (self, stmt, error);
}

static gboolean
send_housing_locked (CaseloadStoreSqlite      *self,
                     const ActorInfo          *info,
                     CaseloadHousingReferral  *referral,
                     const char               *id,
                     const char               *now,
                     GError                  **error)
{
  const char *person_id = caseload_housing_referral_get_person_id (referral);
  g_autofree char *organisation = NULL;
  sqlite3_stmt *stmt;

  if (!require_person (person_id, error) ||
      !store_require_access (self, info, person_id, TRUE, error))
    return FALSE;
  organisation = store_organisation_name (self, caseload_housing_referral_get_organisation_id (referral));
  if (organisation == NULL)
    {
      g_autoptr(GPtrArray) problems = caseload_field_errors_new ();

      caseload_field_errors_add (problems, "organisation-id", _("Choose the organisation the referral goes to."));
      return refuse_problems (problems, error);
    }

  stmt = store_prepare (self,
                        "INSERT INTO housing_referral (id, person_id, person_pk, kind, organisation_id, sent_on, "
                        "  status, status_on, outcome, referred_by, version, created_at) "
                        "SELECT ?1, p.id, p.pk, ?3, ?4, ?5, 'sent', ?5, 'none', ?6, 1, ?7 FROM person p "
                        "WHERE p.id = ?2", error);
  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, id);
  store_bind_text (stmt, 2, person_id);
  store_bind_text (stmt, 3, caseload_housing_kind_to_code (caseload_housing_referral_get_kind (referral)));
  store_bind_text (stmt, 4, caseload_housing_referral_get_organisation_id (referral));
  store_bind_text (stmt, 5, caseload_housing_referral_get_sent_on (referral));
  store_bind_text (stmt, 6, info->staff_id);
  store_bind_text (stmt, 7, now);
  return store_step_done (self, stmt, error);
}

static gboolean
save_housing_locked (CaseloadStoreSqlite  *self,
                     const ActorInfo      *info,
                     gpointer              record,
                     gpointer             *saved,
                     GError              **error)
{
  CaseloadHousingReferral *referral = record;
  const char *id = caseload_housing_referral_get_id (referral);
  g_autoptr(CaseloadHousingReferral) stored = NULL;
  g_autoptr(CaseloadHousingReferral) work = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *now = store_now (self);
  g_autofree char *new_id = NULL;
  CaseloadHousingStatus from = CASELOAD_HOUSING_SENT;
  gboolean was_open = FALSE;
  GDate today;
  sqlite3_stmt *stmt;

  /* What is saved: a new referral is sent; a stored one keeps its person, kind,
   * organisation and sending date, and takes the status (and outcome) being saved. */
  work = caseload_housing_referral_new ();
  caseload_property_copy_all (referral, work);
  if (id != NULL)
    {
      if ((stored = get_housing_locked (self, id, error)) == NULL ||
          !store_require_access (self, info, caseload_housing_referral_get_person_id (stored), TRUE, error))
        return FALSE;
      from = caseload_housing_referral_get_status (stored);
      was_open = from != CASELOAD_HOUSING_CLOSED;
      caseload_housing_referral_set_person_id (work, caseload_housing_referral_get_person_id (stored));
      caseload_housing_referral_set_kind (work, caseload_housing_referral_get_kind (stored));
      caseload_housing_referral_set_organisation_id (work, caseload_housing_referral_get_organisation_id (stored));
      caseload_housing_referral_set_sent_on (work, caseload_housing_referral_get_sent_on (stored));
    }
  else
    {
      caseload_housing_referral_set_status (work, CASELOAD_HOUSING_SENT);
      caseload_housing_referral_set_status_on (work, caseload_housing_referral_get_sent_on (work));
    }
  /* An outcome is the close's: a referral reopened waits for the next one. */
  if (caseload_housing_referral_get_status (work) != CASELOAD_HOUSING_CLOSED)
    caseload_housing_referral_set_outcome (work, CASELOAD_HOUSING_OUTCOME_NONE);

  caseload_clock_today (self->clock, &today);
  problems = caseload_housing_referral_check (stored, work, &today);
  if (!refuse_problems (problems, error))
    return FALSE;

  if (stored == NULL)
    {
      id = new_id = g_uuid_string_random ();
      caseload_housing_referral_set_id (work, id);
      if (!send_housing_locked (self, info, work, id, now, error) ||
          !add_history (self, info, id, CASELOAD_HOUSING_SENT, work, now, error))
        return FALSE;
    }
  else
    {
      stmt = store_prepare (self,
                            "UPDATE housing_referral SET status = ?2, status_on = ?3, outcome = ?4, "
                            "  version = version + 1 WHERE id = ?1 AND version = ?5", error);
      if (stmt == NULL)
        return FALSE;
      store_bind_text (stmt, 1, id);
      store_bind_text (stmt, 2, caseload_housing_status_to_code (caseload_housing_referral_get_status (work)));
      store_bind_text (stmt, 3, caseload_housing_referral_get_status_on (work));
      store_bind_text (stmt, 4, caseload_housing_outcome_to_code (caseload_housing_referral_get_outcome (work)));
      sqlite3_bind_int (stmt, 5, caseload_housing_referral_get_version (referral));
      if (!step_versioned (self, stmt, _("housing referral"), error))
        return FALSE;
      if (from != caseload_housing_referral_get_status (work) &&
          !add_history (self, info, id, from, work, now, error))
        return FALSE;
    }

  if ((stored == NULL || was_open != (caseload_housing_referral_get_status (work) != CASELOAD_HOUSING_CLOSED)) &&
      (!follow_relationship (self, info, work, stored == NULL, now, error) ||
       !store_refresh_access (self, caseload_housing_referral_get_person_id (work), error)))
    return FALSE;

  if ((*saved = get_housing_locked (self, id, error)) == NULL)
    return FALSE;
  return store_audit_change (self, info, stored == NULL ? "add-housing-referral" : "update-housing-referral",
                             caseload_housing_referral_get_person_id (work), "housing_referral", id, stored, *saved,
                             housing_fields, error);
}

/* The caller's @referral takes what was saved, its history included. */
static void
take_saved_housing (gpointer saved,
                    gpointer referral)
{
  GPtrArray *history = caseload_housing_referral_get_history (referral);
  GPtrArray *steps = caseload_housing_referral_get_history (saved);

  caseload_property_copy_all (saved, referral);
  g_ptr_array_set_size (history, 0);
  for (guint i = 0; i < steps->len; i++)
    g_ptr_array_add (history, g_object_ref (g_ptr_array_index (steps, i)));
}

static gboolean
caseload_store_sqlite_save_housing_referral (CaseloadStore            *store,
                                             CaseloadStaff            *actor,
                                             CaseloadHousingReferral  *referral,
                                             GError                  **error)
{
  return save_record (store, actor, referral, save_housing_locked, take_saved_housing, error);
}

/* Accommodation */

static gboolean
record_accommodation_locked (CaseloadStoreSqlite  *self,
                             const ActorInfo      *info,
                             gpointer              entry,
                             gpointer             *saved,
                             GError              **error)
{
  CaseloadAccommodationRecord *record = entry;
  const char *person_id = caseload_accommodation_record_get_person_id (record);
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *now = store_now (self);
  g_autofree char *id = g_uuid_string_random ();
  GDate today;
  sqlite3_stmt *stmt;

  if (!require_person (person_id, error) ||
      !store_require_access (self, info, person_id, TRUE, error))
    return FALSE;
  caseload_clock_today (self->clock, &today);
  problems = caseload_accommodation_check (record, &today);
  if (!refuse_problems (problems, error))
    return FALSE;

  stmt = store_prepare (self,
                        "INSERT INTO accommodation_status (id, person_id, person_pk, status, from_on, note, "
                        "  recorded_by, created_at) "
                        "SELECT ?1, p.id, p.pk, ?3, ?4, ?5, ?6, ?7 FROM person p WHERE p.id = ?2", error);
  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, id);
  store_bind_text (stmt, 2, person_id);
  store_bind_text (stmt, 3, caseload_accommodation_to_code (caseload_accommodation_record_get_status (record)));
  store_bind_text (stmt, 4, caseload_accommodation_record_get_from_on (record));
  store_bind_text (stmt, 5, caseload_accommodation_record_get_note (record));
  store_bind_text (stmt, 6, info->staff_id);
  store_bind_text (stmt, 7, now);
  return finish_save (self, info, &accommodation_kind, stmt, id, person_id, NULL, saved, error);
}

static gboolean
caseload_store_sqlite_record_accommodation (CaseloadStore                *store,
                                            CaseloadStaff                *actor,
                                            CaseloadAccommodationRecord  *record,
                                            GError                      **error)
{
  if (caseload_accommodation_record_get_id (record) != NULL)
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                           _("An accommodation status is recorded once; record a change as a new one."));
      return FALSE;
    }
  return save_record (store, actor, record, record_accommodation_locked, NULL, error);
}

/* The person's IPS, housing and accommodation records, for read_pathways */

gboolean
store_read_ips_housing (CaseloadStoreSqlite  *self,
                        const ActorInfo      *info,
                        const char           *person_id,
                        CaseloadPathways     *pathways,
                        GError              **error)
{
  g_autoptr(GHashTable) ips = NULL;
  g_autoptr(GHashTable) housing = NULL;

  (void) info;
  if (!collect_by_key (self, IPS_REFERRAL_SELECT "WHERE r.person_pk = " PERSON_PK " "
                       "ORDER BY r.referred_on DESC, r.created_at DESC, r.id", person_id, &ips_referral_row,
                       pathways->ips_referrals, error))
    return FALSE;
  ips = index_by_id (pathways->ips_referrals);
  if (!collect_children_by_key (self, CONTACT_SELECT "WHERE c.person_pk = " PERSON_PK " "
                                "ORDER BY c.contacted_on, c.created_at, c.rowid", person_id, &contact_row, ips,
                                ips_contacts_of, error) ||
      !collect_children_by_key (self, JOB_SELECT "WHERE j.person_pk = " PERSON_PK " "
                                "ORDER BY j.started_on, j.created_at, j.rowid", person_id, &job_row, ips,
                                ips_jobs_of, error))
    return FALSE;

  if (!collect_by_key (self, HOUSING_SELECT "WHERE h.person_pk = " PERSON_PK " "
                       "ORDER BY h.sent_on DESC, h.created_at DESC, h.id", person_id, &housing_row,
                       pathways->housing_referrals, error))
    return FALSE;
  housing = index_by_id (pathways->housing_referrals);
  if (!collect_children_by_key (self, HISTORY_SELECT "JOIN housing_referral h ON h.id = c.referral_id "
                                "WHERE h.person_pk = " PERSON_PK " ORDER BY c.created_at, c.rowid", person_id,
                                &history_row, housing, housing_history_of, error))
    return FALSE;

  return collect_by_key (self, ACCOMMODATION_SELECT "WHERE a.person_pk = " PERSON_PK " "
                         "ORDER BY a.from_on DESC, a.created_at DESC, a.rowid DESC", person_id, &accommodation_row,
                         pathways->accommodation, error);
}

void
store_ips_iface_init (CaseloadStoreInterface *iface)
{
  iface->save_ips_referral = caseload_store_sqlite_save_ips_referral;
  iface->save_employer_contact = caseload_store_sqlite_save_employer_contact;
  iface->save_ips_job = caseload_store_sqlite_save_ips_job;
  iface->save_fidelity_review = caseload_store_sqlite_save_fidelity_review;
  iface->list_fidelity_reviews = caseload_store_sqlite_list_fidelity_reviews;
  iface->save_housing_referral = caseload_store_sqlite_save_housing_referral;
  iface->record_accommodation = caseload_store_sqlite_record_accommodation;
}
