/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "caseload-error.h"
#include "caseload-search.h"
#include "caseload-store-sqlite-private.h"
#include "caseload-wait-clock.h"

/*
 * The caseload lists and the team manager's dashboard. A list is one query built from
 * the CaseloadCaseQuery (kind, filters, sort, search), led by the table that makes its
 * page cheapest and joined through person_access for the actor's organisation, so only
 * people the organisation may see are ever counted or listed. The page's keys come from
 * that query; each row is then read by its key (person, referral, worker, last contact,
 * open tasks), so the costly columns are read for one page alone.
 *
 * Parameters: ?1 organisation, ?2 now, ?3 worker, ?4 PCN, ?5 practice, ?6 worker's
 * organisation, ?7 urgency, ?8 and ?9 the search, ?10 limit, ?11 offset, ?12 today.
 */

#define URGENCY_RANK "(CASE r.urgency WHEN 'very-urgent' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END)"

#define LAST_CONTACT(person_id) \
  "(SELECT t.occurred_at FROM timeline_entry t WHERE t.person_id = " person_id \
  "   AND t.kind IN " STORE_CONTACT_KINDS " AND (t.sensitivity = 'standard' OR t.organisation_id = ?1) " \
  "   ORDER BY t.occurred_at DESC LIMIT 1)"

/* Whether the person @pk is on each pathway now (@today an ISO date): in a cohort not left
 * and not finished; an Open Dialogue episode, an IPS referral, a housing referral not
 * ended or closed. Each reads its table's person index. */
#define ON_STEPPS(pk, today) \
  "EXISTS (SELECT 1 FROM stepps_participant sp JOIN stepps_cohort sc ON sc.id = sp.cohort_id " \
  "  WHERE sp.person_pk = " pk " AND (sp.left_on IS NULL OR sp.left_on > " today ") AND sc.end_on >= " today ")"
#define ON_OPEN_DIALOGUE(pk) \
  "EXISTS (SELECT 1 FROM od_episode oe WHERE oe.person_pk = " pk " AND oe.ended_on IS NULL)"
#define ON_IPS(pk) \
  "EXISTS (SELECT 1 FROM ips_referral ir WHERE ir.person_pk = " pk " AND ir.closed_on IS NULL)"
#define ON_HOUSING(pk) \
  "EXISTS (SELECT 1 FROM housing_referral hr WHERE hr.person_pk = " pk " AND hr.status <> 'closed')"

/* The pathways as flags (1 << CaseloadPathway), and when the first network meeting of an
 * Open Dialogue episode not met yet is due (UTC; SQLite reads the contact's offset). */
#define PATHWAY_FLAGS(pk, today) \
  "(" ON_STEPPS (pk, today) " | (" ON_OPEN_DIALOGUE (pk) " << 1) | (" ON_IPS (pk) " << 2) " \
  "  | (" ON_HOUSING (pk) " << 3))"
#define OD_DUE_AT(pk) \
  "(SELECT min (strftime ('%Y-%m-%dT%H:%M:%SZ', oe.contact_at, '+24 hours')) FROM od_episode oe " \
  "  WHERE oe.person_pk = " pk " AND oe.ended_on IS NULL AND oe.first_meeting_at IS NULL)"

/* A row of any list, by referral (?2) and allocation (?3; NULL: the referral's first
 * allocation now, if any); ?5 today. */
#define CASE_ROW_SELECT \
  "SELECT p.id, " STORE_PERSON_NAME ", p.nhs_number, p.date_of_birth, p.pcn, g.name, r.id, r.urgency, " \
  "  r.status, r.received_at, " STORE_CLOCK_STATE ("?4") ", r.clock_due_at, " STORE_WAITED ("?4") ", " \
  "  s.id, s.display_name, so.name, al.role, r.next_review_on, " LAST_CONTACT ("p.id") ", " \
  "  (SELECT count(*) FROM task k WHERE k.person_id = p.id AND NOT k.done), " \
  "  " PATHWAY_FLAGS ("p.pk", "?5") ", " OD_DUE_AT ("p.pk") " " \
  "FROM referral r JOIN person p ON p.pk = r.person_pk LEFT JOIN organisation g ON g.id = p.gp_practice_id " \
  "LEFT JOIN allocation al ON al.id = coalesce (?3, (SELECT x.id FROM allocation x WHERE x.referral_id = r.id " \
  "  AND x.ended_on IS NULL ORDER BY x.started_on, x.id LIMIT 1)) " \
  "LEFT JOIN staff s ON s.id = al.staff_id LEFT JOIN organisation so ON so.id = s.organisation_id " \
  "WHERE r.id = ?2"

/* Today (Europe/London) as an ISO date. */
static void
today_iso (CaseloadStoreSqlite *self,
           char                 iso[16])
{
  GDate today;

  caseload_clock_today (self->clock, &today);
  g_date_strftime (iso, 16, "%Y-%m-%d", &today);
}

static gboolean
is_allocation_list (const CaseloadCaseQuery *query)
{
  return query->kind == CASELOAD_LIST_MY_CASELOAD || query->kind == CASELOAD_LIST_TEAM_CASELOAD;
}

static void
add_condition (GString    *where,
               const char *condition)
{
  g_string_append (where, where->len == 0 ? " WHERE " : " AND ");
  g_string_append (where, condition);
}

/* The condition that the list's person is on @pathway now. */
static const char *
pathway_condition (CaseloadPathway pathway,
                   gboolean        by_allocation)
{
  switch (pathway)
    {
    case CASELOAD_PATHWAY_STEPPS:
      return by_allocation ? ON_STEPPS ("al.person_pk", "?12") : ON_STEPPS ("r.person_pk", "?12");
    case CASELOAD_PATHWAY_OPEN_DIALOGUE:
      return by_allocation ? ON_OPEN_DIALOGUE ("al.person_pk") : ON_OPEN_DIALOGUE ("r.person_pk");
    case CASELOAD_PATHWAY_IPS:
      return by_allocation ? ON_IPS ("al.person_pk") : ON_IPS ("r.person_pk");
    case CASELOAD_PATHWAY_HOUSING:
    default:
      return by_allocation ? ON_HOUSING ("al.person_pk") : ON_HOUSING ("r.person_pk");
    }
}

/* The query's SQL, interned so that the statement cache keeps it: one per shape of
 * query, never per value. */
static const char *
build_sql (const CaseloadCaseQuery *query,
           const CaseloadSearch    *search,
           gboolean                 counting)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GString) where = g_string_new (NULL);
  gboolean by_allocation = is_allocation_list (query);
  gboolean worker_sort = query->sort == CASELOAD_CASE_SORT_WORKER ||
                         (query->sort == CASELOAD_CASE_SORT_DEFAULT && query->kind == CASELOAD_LIST_TEAM_CASELOAD);
  gboolean need_person = query->practice_id != NULL || search->kind == CASELOAD_SEARCH_NHS_NUMBER ||
                         search->kind == CASELOAD_SEARCH_DATE_OF_BIRTH;

  if (counting)
    g_string_append (sql, "SELECT count(*)");
  else
    g_string_append (sql, by_allocation ? "SELECT al.referral_id, al.id" : "SELECT r.id, NULL");

  if (by_allocation)
    {
      /* The allocation index covers the worker, the person and the referral; the referral
       * row is read only to filter or sort on it. */
      gboolean need_referral = query->pcn != NULL || query->urgency >= 0 ||
                               query->breach != CASELOAD_BREACH_FILTER_ANY ||
                               (!counting && (query->sort == CASELOAD_CASE_SORT_WAIT ||
                                              query->sort == CASELOAD_CASE_SORT_DUE ||
                                              query->sort == CASELOAD_CASE_SORT_NEXT_REVIEW));

      /* Led by what the page is sorted on, so that SQLite stops after the page: the
       * workers in name order, or the people in name order. */
      if (worker_sort && !counting)
        g_string_append (sql, " FROM staff w INDEXED BY staff_name CROSS JOIN allocation al ON al.staff_id = w.id "
                              "CROSS JOIN person_access a ON a.organisation_id = ?1 AND a.pk = al.person_pk");
      else if (query->kind == CASELOAD_LIST_TEAM_CASELOAD && query->sort == CASELOAD_CASE_SORT_NAME && !counting)
        g_string_append (sql, " FROM person_access a INDEXED BY person_access_order "
                              "CROSS JOIN allocation al INDEXED BY allocation_person ON al.person_pk = a.pk");
      else
        g_string_append (sql, " FROM allocation al CROSS JOIN person_access a ON a.organisation_id = ?1 "
                              "AND a.pk = al.person_pk");
      if (query->kind == CASELOAD_LIST_TEAM_CASELOAD && query->sort == CASELOAD_CASE_SORT_NAME && !counting)
        add_condition (where, "a.organisation_id = ?1");
      /* A current allocation is always on an accepted referral: read from its index. */
      if (need_referral || need_person)
        g_string_append (sql, " JOIN referral r INDEXED BY referral_open ON r.person_pk = al.person_pk "
                              "AND r.id = al.referral_id AND r.status = 'accepted'");
      add_condition (where, "al.ended_on IS NULL");
      if (query->kind == CASELOAD_LIST_MY_CASELOAD || query->worker_id != NULL)
        add_condition (where, "al.staff_id = ?3");
      if (query->kind == CASELOAD_LIST_MY_CASELOAD)
        add_condition (where, "al.id = (SELECT x.id FROM allocation x WHERE x.staff_id = al.staff_id "
                              "AND x.person_pk = al.person_pk AND x.ended_on IS NULL "
                              "ORDER BY x.started_on DESC, x.id LIMIT 1)");
      if (query->organisation_id != NULL)
        add_condition (where, "al.staff_id IN (SELECT id FROM staff WHERE organisation_id = ?6)");
    }
  else
    {
      g_string_append (sql, " FROM referral r CROSS JOIN person_access a ON a.organisation_id = ?1 "
                            "AND a.pk = r.person_pk");
      if (query->kind == CASELOAD_LIST_WAITING)
        add_condition (where, "r.status IN ('awaiting-triage', 'accepted') AND r.clock_stopped_at IS NULL");
      else
        {
          add_condition (where, "r.status = 'accepted'");
          add_condition (where, "NOT EXISTS (SELECT 1 FROM allocation x WHERE x.referral_id = r.id "
                                "AND x.ended_on IS NULL)");
        }
      if (query->worker_id != NULL)
        add_condition (where, "EXISTS (SELECT 1 FROM allocation x WHERE x.referral_id = r.id "
                              "AND x.ended_on IS NULL AND x.staff_id = ?3)");
      if (query->organisation_id != NULL)
        add_condition (where, "EXISTS (SELECT 1 FROM allocation x JOIN staff xs ON xs.id = x.staff_id "
                              "WHERE x.referral_id = r.id AND x.ended_on IS NULL AND xs.organisation_id = ?6)");
    }
  if (need_person)
    g_string_append (sql, by_allocation ? " JOIN person p ON p.pk = al.person_pk"
                                        : " JOIN person p ON p.pk = r.person_pk");

  if (query->pcn != NULL)
    add_condition (where, "r.pcn = ?4");
  if (query->practice_id != NULL)
    add_condition (where, "p.gp_practice_id = ?5");
  if (query->urgency >= 0)
    add_condition (where, "r.urgency = ?7");
  if (query->pathway >= 0)
    add_condition (where, pathway_condition ((CaseloadPathway) query->pathway, by_allocation));
  if (query->breach != CASELOAD_BREACH_FILTER_ANY)
    {
      add_condition (where, STORE_CLOCK_RUNS);
      add_condition (where, "NOT r.clock_paused");
      add_condition (where, query->breach == CASELOAD_BREACH_FILTER_BREACHED
                            ? "?2 >= r.clock_due_at" : "?2 >= r.clock_warn_at");
    }
  switch (search->kind)
    {
    case CASELOAD_SEARCH_TEXT:
      add_condition (where, by_allocation
                            ? "al.person_pk IN (SELECT rowid FROM person_search WHERE person_search MATCH ?8)"
                            : "r.person_pk IN (SELECT rowid FROM person_search WHERE person_search MATCH ?8)");
      break;
    case CASELOAD_SEARCH_NHS_NUMBER:
      add_condition (where, "p.nhs_number >= ?8 AND p.nhs_number < ?9");
      break;
    case CASELOAD_SEARCH_DATE_OF_BIRTH:
      add_condition (where, "p.date_of_birth = ?8");
      break;
    case CASELOAD_SEARCH_ALL:
    default:
      break;
    }
  g_string_append (sql, where->str);

  if (!counting)
    {
      g_string_append (sql, " ORDER BY ");
      switch (query->sort)
        {
        case CASELOAD_CASE_SORT_DEFAULT:
          if (query->kind == CASELOAD_LIST_WAITING)
            g_string_append (sql, URGENCY_RANK ", r.received_at, r.id");
          else if (query->kind == CASELOAD_LIST_TEAM_CASELOAD)
            g_string_append (sql, "w.display_name, w.id, a.sort_key, al.id");
          else
            g_string_append (sql, by_allocation ? "a.sort_key, al.id" : "a.sort_key, r.id");
          break;
        case CASELOAD_CASE_SORT_WORKER:
          if (by_allocation)
            g_string_append (sql, "w.display_name, w.id, a.sort_key, al.id");
          else
            g_string_append (sql, "(SELECT min (xs.display_name) FROM allocation x JOIN staff xs ON xs.id = x.staff_id "
                                  "WHERE x.referral_id = r.id AND x.ended_on IS NULL) IS NULL, "
                                  "(SELECT min (xs.display_name) FROM allocation x JOIN staff xs ON xs.id = x.staff_id "
                                  "WHERE x.referral_id = r.id AND x.ended_on IS NULL), a.sort_key, r.id");
          break;
        case CASELOAD_CASE_SORT_WAIT:
          /* "+": sort the few rows found rather than walk every referral by date. */
          g_string_append (sql, "+r.received_at, r.id");
          break;
        case CASELOAD_CASE_SORT_DUE:
          g_string_append (sql, "r.clock_due_at IS NULL, +r.clock_due_at, r.id");
          break;
        case CASELOAD_CASE_SORT_NEXT_REVIEW:
          g_string_append (sql, "r.next_review_on IS NULL, +r.next_review_on, a.sort_key, r.id");
          break;
        case CASELOAD_CASE_SORT_LAST_CONTACT:
          if (by_allocation)
            g_string_append (sql, LAST_CONTACT ("al.person_id") " IS NOT NULL, " LAST_CONTACT ("al.person_id")
                                  ", a.sort_key, al.id");
          else
            g_string_append (sql, LAST_CONTACT ("r.person_id") " IS NOT NULL, " LAST_CONTACT ("r.person_id")
                                  ", a.sort_key, r.id");
          break;
        case CASELOAD_CASE_SORT_NAME:
        default:
          g_string_append (sql, by_allocation ? "a.sort_key, al.id" : "a.sort_key, r.id");
          break;
        }
      g_string_append (sql, " LIMIT ?10 OFFSET ?11");
    }
  return g_intern_string (sql->str);
}

static sqlite3_stmt *
prepare_query (CaseloadStoreSqlite      *self,
               const ActorInfo          *info,
               const CaseloadCaseQuery  *query,
               const CaseloadSearch     *search,
               gboolean                  counting,
               GError                  **error)
{
  g_autofree char *now = store_now (self);
  const char *worker = query->worker_id;
  const char *sql_text = build_sql (query, search, counting);
  sqlite3_stmt *stmt = store_prepare (self, sql_text, error);
  char today[16];

  if (stmt == NULL)
    return NULL;
  if (worker == NULL && query->kind == CASELOAD_LIST_MY_CASELOAD)
    worker = info->staff_id;
  store_bind_text (stmt, 1, info->organisation_id);
  store_bind_text (stmt, 2, now);
  store_bind_text (stmt, 3, worker);
  store_bind_text (stmt, 4, query->pcn);
  store_bind_text (stmt, 5, query->practice_id);
  store_bind_text (stmt, 6, query->organisation_id);
  if (query->urgency >= 0)
    store_bind_text (stmt, 7, caseload_urgency_to_code ((CaseloadUrgency) query->urgency));
  store_bind_text (stmt, 8, search->match);
  store_bind_text (stmt, 9, search->upper);
  if (query->pathway == CASELOAD_PATHWAY_STEPPS)
    {
      today_iso (self, today);
      store_bind_text (stmt, 12, today);
    }
  return stmt;
}

static gboolean
caseload_store_sqlite_count_cases (CaseloadStore            *store,
                                   CaseloadStaff            *actor,
                                   const CaseloadCaseQuery  *query,
                                   guint                    *count,
                                   GError                  **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_auto(ActorInfo) info = { 0 };
  g_auto(CaseloadSearch) search;
  sqlite3_stmt *stmt;
  gboolean ok = FALSE;

  *count = 0;
  caseload_search_parse (query->search, &search);
  g_rec_mutex_lock (&self->lock);
  if (store_load_actor (self, actor, &info, error) &&
      (stmt = prepare_query (self, &info, query, &search, TRUE, error)) != NULL)
    {
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          *count = (guint) sqlite3_column_int64 (stmt, 0);
          ok = TRUE;
        }
      else
        store_set_error (self, error);
      sqlite3_reset (stmt);
    }
  g_rec_mutex_unlock (&self->lock);
  return ok;
}

/* The columns of CASE_ROW_SELECT, as the row's properties. */
static const char * const case_row_columns[] = {
  "person-id", "person-name", "nhs-number", "date-of-birth", "pcn", "practice-name", "referral-id", "urgency",
  "status", "received-at", "clock-state", "clock-due-at", "waited-seconds", "worker-id", "worker-name",
  "worker-organisation-name", "role", "next-review-on", "last-contact-at", "open-tasks", "pathways", "od-due-at",
  NULL
};

static CaseloadCaseRow *
read_case_row (sqlite3_stmt *stmt)
{
  CaseloadCaseRow *row = store_read_object (stmt, CASELOAD_TYPE_CASE_ROW, case_row_columns);

  caseload_case_row_set_loaded (row, TRUE);
  return row;
}

/* The page's keys from the list's query, then each row by its key. */
static gboolean
list_cases_locked (CaseloadStoreSqlite      *self,
                   const ActorInfo          *info,
                   const CaseloadCaseQuery  *query,
                   guint                     offset,
                   guint                     limit,
                   GPtrArray                *rows,
                   GError                  **error)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *now = store_now (self);
  g_auto(CaseloadSearch) search;
  sqlite3_stmt *stmt;
  char today[16];
  int rc;

  today_iso (self, today);

  caseload_search_parse (query->search, &search);
  stmt = prepare_query (self, info, query, &search, FALSE, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 10, limit);
  sqlite3_bind_int64 (stmt, 11, offset);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_ptr_array_add (keys, g_strdup (store_column_text (stmt, 0)));
      g_ptr_array_add (keys, g_strdup (store_column_text (stmt, 1)));
    }
  if (!store_finish_rows (self, stmt, rc, error))
    return FALSE;

  for (guint i = 0; i < keys->len; i += 2)
    {
      stmt = store_prepare (self, CASE_ROW_SELECT, error);
      if (stmt == NULL)
        return FALSE;
      store_bind_text (stmt, 1, info->organisation_id);
      store_bind_text (stmt, 2, g_ptr_array_index (keys, i));
      store_bind_text (stmt, 3, g_ptr_array_index (keys, i + 1));
      store_bind_text (stmt, 4, now);
      store_bind_text (stmt, 5, today);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        g_ptr_array_add (rows, read_case_row (stmt));
      if (!store_finish_rows (self, stmt, rc, error))
        return FALSE;
    }
  return TRUE;
}

static GPtrArray *
caseload_store_sqlite_list_cases (CaseloadStore            *store,
                                  CaseloadStaff            *actor,
                                  const CaseloadCaseQuery  *query,
                                  guint                     offset,
                                  guint                     limit,
                                  GError                  **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(ActorInfo) info = { 0 };
  gboolean ok;

  g_rec_mutex_lock (&self->lock);
  ok = store_load_actor (self, actor, &info, error) &&
       list_cases_locked (self, &info, query, offset, limit, rows, error);
  g_rec_mutex_unlock (&self->lock);
  return ok ? g_steal_pointer (&rows) : NULL;
}

/* The dashboard */

/* Referrals in the range and PCN: ?2 from, ?3 to (ISO dates, inclusive; NULL: open),
 * ?4 PCN. Written as a range on received_at so that the index is used. */
/* "2026-03-…" as 2026 × 12 + 3. */
#define MONTH_OF(text) \
  "(CAST (substr (" text ", 1, 4) AS INTEGER) * 12 + CAST (substr (" text ", 6, 2) AS INTEGER))"

#define IN_RANGE \
  "r.received_at >= coalesce (?2, '') AND r.received_at < coalesce (date (?3, '+1 day'), '9999') " \
  "AND (?4 IS NULL OR r.pcn = ?4)"

/* The people (by pk) the organisation may see, as a bit set: one pass over its
 * person_access range instead of a lookup per referral counted. */
static void
pk_set_clear (PkSet *set)
{
  g_clear_pointer (&set->bits, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PkSet, pk_set_clear)

gboolean
store_pk_set_has (const PkSet *set,
                  gint64       pk)
{
  return pk >= 0 && pk < set->n_bits && (set->bits[pk >> 3] & (1u << (pk & 7))) != 0;
}

static gboolean
read_visible (CaseloadStoreSqlite  *self,
              const ActorInfo      *info,
              PkSet                *set,
              GError              **error)
{
  sqlite3_stmt *stmt = store_prepare (self, "SELECT coalesce (max (pk), 0) + 1 FROM person", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  set->n_bits = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  set->bits = g_malloc0 ((gsize) (set->n_bits >> 3) + 1);

  stmt = store_prepare (self, "SELECT pk FROM person_access WHERE organisation_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, info->organisation_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 pk = sqlite3_column_int64 (stmt, 0);

      if (pk >= 0 && pk < set->n_bits)
        set->bits[pk >> 3] |= 1u << (pk & 7);
    }
  if (!store_finish_rows (self, stmt, rc, error))
    return FALSE;
  return TRUE;
}

/* Current caseloads (allocations now), whatever the range: by worker and organisation. */
static gboolean
read_caseloads (CaseloadStoreSqlite  *self,
                const PkSet          *visible,
                CaseloadDashboard    *dashboard,
                GError              **error)
{
  g_autoptr(GHashTable) per_worker = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt = store_prepare (self,
                                      "SELECT al.person_pk, al.staff_id FROM allocation al WHERE al.ended_on IS NULL "
                                      "AND (?4 IS NULL OR "
                                      "     (SELECT r.pcn FROM referral r WHERE r.id = al.referral_id) = ?4)",
                                      error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 4, dashboard->pcn);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *staff_id = store_column_text (stmt, 1);

      if (store_pk_set_has (visible, sqlite3_column_int64 (stmt, 0)))
        g_hash_table_insert (per_worker, g_strdup (staff_id),
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (per_worker, staff_id)) + 1));
    }
  if (!store_finish_rows (self, stmt, rc, error))
    return FALSE;

  stmt = store_prepare (self,
                        "SELECT s.id, s.display_name, o.name FROM staff s "
                        "JOIN organisation o ON o.id = s.organisation_id",
                        error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (per_worker, store_column_text (stmt, 0)));

      if (n == 0)
        continue;
      caseload_dashboard_count_add (dashboard->caseload_by_worker, store_column_text (stmt, 1),
                                    store_column_text (stmt, 2), n);
      caseload_dashboard_count_add (dashboard->caseload_by_organisation, store_column_text (stmt, 2), NULL, n);
    }
  if (!store_finish_rows (self, stmt, rc, error))
    return FALSE;
  return TRUE;
}

static int
compare_int64 (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

/* The outcomes the dashboard counts, as codes; a month and an outcome (or source) make
 * one integer key, so counting a referral allocates nothing. */
static const char * const outcomes[] = {
  "signposted", "referred-on", "declined", "to-gp", "to-another-service", "ended-by-choice",
};

static int
code_index (const char         *code,
            const char * const *codes,
            guint               n_codes)
{
  for (guint i = 0; code != NULL && i < n_codes; i++)
    if (g_str_equal (code, codes[i]))
      return (int) i;
  return -1;
}

/* A month (year × 12 + month, 0: none) and a code index → one key. */
static void
tally (GHashTable *counts,
       int         month,
       int         code)
{
  int key;

  if (month <= 0 || code < 0)
    return;
  key = (month << 4) | code;
  g_hash_table_insert (counts, GINT_TO_POINTER (key),
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, GINT_TO_POINTER (key))) + 1));
}

static void
tally_into (GHashTable         *counts,
            GArray             *table,
            const char         *(*code_of) (int))
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      int k = GPOINTER_TO_INT (key);
      int months = k >> 4;
      g_autofree char *label = g_strdup_printf ("%04d-%02d", (months - 1) / 12, (months - 1) % 12 + 1);

      caseload_dashboard_count_add (table, label, code_of (k & 15), GPOINTER_TO_UINT (value));
    }
}

static const char *
source_code (int index)
{
  return caseload_referral_source_to_code ((CaseloadReferralSource) index);
}

static const char *
outcome_code (int index)
{
  return outcomes[index];
}

/* One pass over the referrals in range: in and out by month, waits, and the state of
 * the clocks and allocations now. ?5 now, ?6 today. */
static gboolean
read_referral_figures (CaseloadStoreSqlite  *self,
                       const PkSet          *visible,
                       CaseloadDashboard    *dashboard,
                       GError              **error)
{
  g_autoptr(GHashTable) in = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) out = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) waits = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *now = store_now (self);
  GDate today;
  char today_iso[16];
  sqlite3_stmt *stmt;
  int rc;

  caseload_clock_today (self->clock, &today);
  g_date_strftime (today_iso, sizeof today_iso, "%Y-%m-%d", &today);

  /* Few columns a row (each read takes the connection's mutex): the months as numbers,
   * and what is true of the referral now as bits. */
  stmt = store_prepare (self,
                        "SELECT r.person_pk, " MONTH_OF ("r.received_at") ", r.source, "
                        "  CASE WHEN r.status IN ('signposted', 'referred-on', 'declined', 'transferred') "
                        "    THEN " MONTH_OF ("coalesce (r.transferred_on, r.decided_on)") " END, "
                        "  CASE r.status WHEN 'transferred' THEN r.transfer_kind ELSE r.status END, "
                        "  r.clock_waited_seconds, "
                        "  (r.clock_stopped_at IS NOT NULL) | (coalesce (r.clock_missed, 0) << 1) "
                        "  | CASE WHEN r.status NOT IN ('awaiting-triage', 'accepted') THEN 0 ELSE "
                        "      ((r.clock_stopped_at IS NULL) << 2) "
                        "      | (coalesce (NOT r.clock_paused AND ?5 >= r.clock_due_at, 0) << 3) "
                        "      | (coalesce (NOT r.clock_paused AND ?5 >= r.clock_warn_at "
                        "                   AND ?5 < r.clock_due_at, 0) << 4) "
                        "      | (CASE WHEN r.status = 'accepted' THEN NOT EXISTS (SELECT 1 FROM allocation x "
                        "          WHERE x.referral_id = r.id AND x.ended_on IS NULL) ELSE 0 END << 5) "
                        "      | (coalesce (r.status = 'accepted' AND r.next_review_on < ?6, 0) << 6) END "
                        "FROM referral r INDEXED BY referral_received WHERE " IN_RANGE, error);
  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 2, dashboard->from);
  store_bind_text (stmt, 3, dashboard->to);
  store_bind_text (stmt, 4, dashboard->pcn);
  store_bind_text (stmt, 5, now);
  store_bind_text (stmt, 6, today_iso);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CaseloadReferralSource source;
      int flags;

      if (!store_pk_set_has (visible, sqlite3_column_int64 (stmt, 0)))
        continue;
      if (caseload_referral_source_from_code (store_column_text (stmt, 2), &source))
        tally (in, sqlite3_column_int (stmt, 1), (int) source);
      tally (out, sqlite3_column_int (stmt, 3),
             code_index (store_column_text (stmt, 4), outcomes, G_N_ELEMENTS (outcomes)));

      flags = sqlite3_column_int (stmt, 6);
      if (flags & 1)
        {
          gint64 waited = sqlite3_column_int64 (stmt, 5);

          g_array_append_val (waits, waited);
          dashboard->waits_missed += (flags >> 1) & 1;
        }
      if (flags & 4)
        {
          dashboard->waiting_now++;
          dashboard->breached_now += (flags >> 3) & 1;
          dashboard->near_breach_now += (flags >> 4) & 1;
        }
      dashboard->unallocated += (flags >> 5) & 1;
      dashboard->overdue_reviews += (flags >> 6) & 1;
    }
  if (!store_finish_rows (self, stmt, rc, error))
    return FALSE;

  tally_into (in, dashboard->referrals_in, source_code);
  tally_into (out, dashboard->referrals_out, outcome_code);
  g_array_sort (waits, compare_int64);
  dashboard->waits_measured = waits->len;
  dashboard->wait_median_seconds = caseload_percentile ((gint64 *) waits->data, waits->len, 0.5);
  dashboard->wait_p90_seconds = caseload_percentile ((gint64 *) waits->data, waits->len, 0.9);
  return TRUE;
}

static CaseloadDashboard *
caseload_store_sqlite_read_dashboard (CaseloadStore  *store,
                                      CaseloadStaff  *actor,
                                      const char     *from,
                                      const char     *to,
                                      const char     *pcn,
                                      GError        **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_autoptr(CaseloadDashboard) dashboard = caseload_dashboard_new (from, to, pcn);
  g_auto(ActorInfo) info = { 0 };
  g_auto(PkSet) visible = { NULL, 0 };
  sqlite3_stmt *stmt;
  gboolean ok = FALSE;

  g_rec_mutex_lock (&self->lock);
  if (store_load_actor (self, actor, &info, error) &&
      store_is_team_manager (&info, _("see the team’s dashboard"), error) &&
      read_visible (self, &info, &visible, error) &&
      read_caseloads (self, &visible, dashboard, error) &&
      read_referral_figures (self, &visible, dashboard, error) &&
      store_read_outcome_figures (self, &visible, dashboard, error) &&
      store_read_pathway_figures (self, &visible, dashboard, error) &&
      (stmt = store_prepare (self, "SELECT count(*) FROM break_glass WHERE reviewed_at IS NULL", error)) != NULL)
    {
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          dashboard->break_glass_to_review = (guint) sqlite3_column_int (stmt, 0);
          ok = TRUE;
        }
      else
        store_set_error (self, error);
      sqlite3_reset (stmt);
    }
  g_rec_mutex_unlock (&self->lock);

  if (!ok)
    return NULL;
  caseload_dashboard_sort (dashboard);
  return g_steal_pointer (&dashboard);
}

void
store_cases_iface_init (CaseloadStoreInterface *iface)
{
  iface->count_cases = caseload_store_sqlite_count_cases;
  iface->list_cases = caseload_store_sqlite_list_cases;
  iface->read_dashboard = caseload_store_sqlite_read_dashboard;
}
