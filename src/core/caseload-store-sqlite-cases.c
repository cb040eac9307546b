/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-store"

#include "config.h"

#include <glib/gi18n-lib.h>
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
 * organisation, ?7 urgency, ?8 and ?9 the search, ?10 limit, ?11 offset.
 */

#define URGENCY_RANK "(CASE r.urgency WHEN 'very-urgent' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END)"

#define LAST_CONTACT(person_id) \
  "(SELECT t.occurred_at FROM timeline_entry t WHERE t.person_id = " person_id \
  "   AND t.kind IN " STORE_CONTACT_KINDS " AND (t.sensitivity = 'standard' OR t.organisation_id = ?1) " \
  "   ORDER BY t.occurred_at DESC LIMIT 1)"

/* A row of any list, by referral (?2) and allocation (?3; NULL: the referral's first
 * allocation now, if any). */
#define CASE_ROW_SELECT \
  "SELECT p.id, " STORE_PERSON_NAME ", p.nhs_number, p.date_of_birth, p.pcn, g.name, r.id, r.urgency, " \
  "  r.status, r.received_at, " STORE_CLOCK_STATE ("?4") ", r.clock_due_at, " STORE_WAITED ("?4") ", " \
  "  s.id, s.display_name, so.name, al.role, r.next_review_on, " LAST_CONTACT ("p.id") ", " \
  "  (SELECT count(*) FROM task k WHERE k.person_id = p.id AND NOT k.done) " \
  "FROM referral r JOIN person p ON p.pk = r.person_pk LEFT JOIN organisation g ON g.id = p.gp_practice_id " \
  "LEFT JOIN allocation al ON al.id = coalesce (?3, (SELECT x.id FROM allocation x WHERE x.referral_id = r.id " \
  "  AND x.ended_on IS NULL ORDER BY x.started_on, x.id LIMIT 1)) " \
  "LEFT JOIN staff s ON s.id = al.staff_id LEFT JOIN organisation so ON so.id = s.organisation_id " \
  "WHERE r.id = ?2"

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
    g_string_append (sql, by_allocation ? "SELECT r.id, al.id" : "SELECT r.id, NULL");

  if (by_allocation)
    {
      g_string_append (sql, " FROM allocation al CROSS JOIN person_access a ON a.organisation_id = ?1 "
                            "AND a.pk = al.person_pk JOIN referral r ON r.id = al.referral_id");
      if (worker_sort && !counting)
        g_string_append (sql, " JOIN staff w ON w.id = al.staff_id");
      add_condition (where, "al.ended_on IS NULL");
      add_condition (where, "al.staff_id = coalesce (?3, al.staff_id)");
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
    g_string_append (sql, " JOIN person p ON p.pk = r.person_pk");

  if (query->pcn != NULL)
    add_condition (where, "r.pcn = ?4");
  if (query->practice_id != NULL)
    add_condition (where, "p.gp_practice_id = ?5");
  if (query->urgency >= 0)
    add_condition (where, "r.urgency = ?7");
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
      add_condition (where, "r.person_pk IN (SELECT rowid FROM person_search WHERE person_search MATCH ?8)");
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
            g_string_append (sql, "w.display_name, w.id, a.sort_key, r.id");
          else
            g_string_append (sql, "a.sort_key, r.id");
          break;
        case CASELOAD_CASE_SORT_WORKER:
          if (by_allocation)
            g_string_append (sql, "w.display_name, w.id, a.sort_key, r.id");
          else
            g_string_append (sql, "(SELECT min (xs.display_name) FROM allocation x JOIN staff xs ON xs.id = x.staff_id "
                                  "WHERE x.referral_id = r.id AND x.ended_on IS NULL) IS NULL, "
                                  "(SELECT min (xs.display_name) FROM allocation x JOIN staff xs ON xs.id = x.staff_id "
                                  "WHERE x.referral_id = r.id AND x.ended_on IS NULL), a.sort_key, r.id");
          break;
        case CASELOAD_CASE_SORT_WAIT:
          g_string_append (sql, "r.received_at, r.id");
          break;
        case CASELOAD_CASE_SORT_DUE:
          g_string_append (sql, "r.clock_due_at IS NULL, r.clock_due_at, r.id");
          break;
        case CASELOAD_CASE_SORT_NEXT_REVIEW:
          g_string_append (sql, "r.next_review_on IS NULL, r.next_review_on, a.sort_key, r.id");
          break;
        case CASELOAD_CASE_SORT_LAST_CONTACT:
          g_string_append (sql, LAST_CONTACT ("r.person_id") " IS NOT NULL, " LAST_CONTACT ("r.person_id")
                                ", a.sort_key, r.id");
          break;
        case CASELOAD_CASE_SORT_NAME:
        default:
          g_string_append (sql, "a.sort_key, r.id");
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
  sqlite3_stmt *stmt = store_prepare (self, build_sql (query, search, counting), error);

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

static CaseloadCaseRow *
read_case_row (sqlite3_stmt *stmt)
{
  CaseloadCaseRow *row = caseload_case_row_new ();
  CaseloadUrgency urgency = CASELOAD_URGENCY_ROUTINE;
  CaseloadReferralStatus status = CASELOAD_REFERRAL_STATUS_AWAITING_TRIAGE;
  CaseloadCaseRole role = CASELOAD_CASE_ROLE_OTHER;

  caseload_urgency_from_code (store_column_text (stmt, 7), &urgency);
  caseload_referral_status_from_code (store_column_text (stmt, 8), &status);
  caseload_case_role_from_code (store_column_text (stmt, 16), &role);
  caseload_case_row_set_person_id (row, store_column_text (stmt, 0));
  caseload_case_row_set_person_name (row, store_column_text (stmt, 1));
  caseload_case_row_set_nhs_number (row, store_column_text (stmt, 2));
  caseload_case_row_set_date_of_birth (row, store_column_text (stmt, 3));
  caseload_case_row_set_pcn (row, store_column_text (stmt, 4));
  caseload_case_row_set_practice_name (row, store_column_text (stmt, 5));
  caseload_case_row_set_referral_id (row, store_column_text (stmt, 6));
  caseload_case_row_set_urgency (row, urgency);
  caseload_case_row_set_status (row, status);
  caseload_case_row_set_received_at (row, store_column_text (stmt, 9));
  caseload_case_row_set_clock_state (row, (CaseloadClockState) sqlite3_column_int (stmt, 10));
  caseload_case_row_set_clock_due_at (row, store_column_text (stmt, 11));
  caseload_case_row_set_waited_seconds (row, sqlite3_column_int64 (stmt, 12));
  caseload_case_row_set_worker_id (row, store_column_text (stmt, 13));
  caseload_case_row_set_worker_name (row, store_column_text (stmt, 14));
  caseload_case_row_set_worker_organisation_name (row, store_column_text (stmt, 15));
  caseload_case_row_set_role (row, role);
  caseload_case_row_set_next_review_on (row, store_column_text (stmt, 17));
  caseload_case_row_set_last_contact_at (row, store_column_text (stmt, 18));
  caseload_case_row_set_open_tasks (row, sqlite3_column_int (stmt, 19));
  caseload_case_row_set_loaded (row, TRUE);
  return row;
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
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *now = store_now (self);
  g_auto(ActorInfo) info = { 0 };
  g_auto(CaseloadSearch) search;
  sqlite3_stmt *stmt;
  gboolean ok = FALSE;
  int rc;

  caseload_search_parse (query->search, &search);
  g_rec_mutex_lock (&self->lock);
  if (!store_load_actor (self, actor, &info, error) ||
      (stmt = prepare_query (self, &info, query, &search, FALSE, error)) == NULL)
    goto out;

  sqlite3_bind_int64 (stmt, 10, limit);
  sqlite3_bind_int64 (stmt, 11, offset);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_ptr_array_add (keys, g_strdup (store_column_text (stmt, 0)));
      g_ptr_array_add (keys, g_strdup (store_column_text (stmt, 1)));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      store_set_error (self, error);
      goto out;
    }

  for (guint i = 0; i < keys->len; i += 2)
    {
      stmt = store_prepare (self, CASE_ROW_SELECT, error);
      if (stmt == NULL)
        goto out;
      store_bind_text (stmt, 1, info.organisation_id);
      store_bind_text (stmt, 2, g_ptr_array_index (keys, i));
      store_bind_text (stmt, 3, g_ptr_array_index (keys, i + 1));
      store_bind_text (stmt, 4, now);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        g_ptr_array_add (rows, read_case_row (stmt));
      sqlite3_reset (stmt);
      if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        {
          store_set_error (self, error);
          goto out;
        }
    }
  ok = TRUE;

out:
  g_rec_mutex_unlock (&self->lock);
  return ok ? g_steal_pointer (&rows) : NULL;
}

/* The dashboard */

/* Referrals in the range and PCN among the people the organisation sees: ?1
 * organisation, ?2 from, ?3 to, ?4 PCN. */
#define IN_RANGE \
  "(?2 IS NULL OR r.received_at >= ?2) AND (?3 IS NULL OR r.received_at < date (?3, '+1 day')) " \
  "AND (?4 IS NULL OR r.pcn = ?4) " \
  "AND EXISTS (SELECT 1 FROM person_access a WHERE a.organisation_id = ?1 AND a.pk = r.person_pk)"

static void
bind_range (sqlite3_stmt      *stmt,
            const ActorInfo   *info,
            const char        *from,
            const char        *to,
            const char        *pcn)
{
  store_bind_text (stmt, 1, info->organisation_id);
  store_bind_text (stmt, 2, from);
  store_bind_text (stmt, 3, to);
  store_bind_text (stmt, 4, pcn);
}

/* Current caseloads (allocations now), whatever the range: by worker and organisation. */
static gboolean
read_caseloads (CaseloadStoreSqlite  *self,
                const ActorInfo      *info,
                CaseloadDashboard    *dashboard,
                GError              **error)
{
  sqlite3_stmt *stmt = store_prepare (self,
                                      "SELECT s.display_name, o.name, count(*) FROM allocation al "
                                      "JOIN referral r ON r.id = al.referral_id "
                                      "JOIN staff s ON s.id = al.staff_id JOIN organisation o ON o.id = s.organisation_id "
                                      "WHERE al.ended_on IS NULL AND (?4 IS NULL OR r.pcn = ?4) "
                                      "  AND EXISTS (SELECT 1 FROM person_access a WHERE a.organisation_id = ?1 "
                                      "              AND a.pk = al.person_pk) "
                                      "GROUP BY s.id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  bind_range (stmt, info, NULL, NULL, dashboard->pcn);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      guint n = (guint) sqlite3_column_int (stmt, 2);

      caseload_dashboard_count_add (dashboard->caseload_by_worker, store_column_text (stmt, 0),
                                    store_column_text (stmt, 1), n);
      caseload_dashboard_count_add (dashboard->caseload_by_organisation, store_column_text (stmt, 1), NULL, n);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      store_set_error (self, error);
      return FALSE;
    }
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

/* Counts @label/@detail pairs in @counts (key "label\x1fdetail"). */
static void
tally (GHashTable *counts,
       const char *label,
       const char *detail)
{
  char *key;

  if (label == NULL || detail == NULL)
    return;
  key = g_strconcat (label, "\x1f", detail, NULL);
  g_hash_table_insert (counts, key, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)) + 1));
}

static void
tally_into (GHashTable *counts,
            GArray     *table)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_auto(GStrv) parts = g_strsplit (key, "\x1f", 2);

      caseload_dashboard_count_add (table, parts[0], parts[1], GPOINTER_TO_UINT (value));
    }
}

/* One pass over the referrals in range: in and out by month, waits, and the state of
 * the clocks and allocations now. ?5 now, ?6 today. */
static gboolean
read_referral_figures (CaseloadStoreSqlite  *self,
                       const ActorInfo      *info,
                       CaseloadDashboard    *dashboard,
                       GError              **error)
{
  g_autoptr(GHashTable) in = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) out = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GArray) waits = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *now = store_now (self);
  GDate today;
  char today_iso[16];
  sqlite3_stmt *stmt;
  int rc;

  caseload_clock_today (self->clock, &today);
  g_date_strftime (today_iso, sizeof today_iso, "%Y-%m-%d", &today);

  stmt = store_prepare (self,
                        "SELECT substr (r.received_at, 1, 7), r.source, r.status, "
                        "  substr (coalesce (r.transferred_on, r.decided_on), 1, 7), r.transfer_kind, "
                        "  r.clock_stopped_at IS NOT NULL, r.clock_waited_seconds, r.clock_missed, "
                        "  " STORE_CLOCK_RUNS ", NOT r.clock_paused AND ?5 >= r.clock_due_at, "
                        "  NOT r.clock_paused AND ?5 >= r.clock_warn_at AND ?5 < r.clock_due_at, "
                        "  r.status = 'accepted' AND NOT EXISTS (SELECT 1 FROM allocation x "
                        "    WHERE x.referral_id = r.id AND x.ended_on IS NULL), "
                        "  r.status = 'accepted' AND r.next_review_on < ?6 "
                        "FROM referral r WHERE " IN_RANGE, error);
  if (stmt == NULL)
    return FALSE;
  bind_range (stmt, info, dashboard->from, dashboard->to, dashboard->pcn);
  store_bind_text (stmt, 5, now);
  store_bind_text (stmt, 6, today_iso);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *status = store_column_text (stmt, 2);

      tally (in, store_column_text (stmt, 0), store_column_text (stmt, 1));
      if (g_strcmp0 (status, "transferred") == 0)
        tally (out, store_column_text (stmt, 3), store_column_text (stmt, 4));
      else if (g_strcmp0 (status, "awaiting-triage") != 0 && g_strcmp0 (status, "accepted") != 0)
        tally (out, store_column_text (stmt, 3), status);

      if (sqlite3_column_int (stmt, 5))
        {
          gint64 waited = sqlite3_column_int64 (stmt, 6);

          g_array_append_val (waits, waited);
          dashboard->waits_missed += sqlite3_column_int (stmt, 7) != 0;
        }
      if (sqlite3_column_int (stmt, 8))
        {
          dashboard->waiting_now++;
          dashboard->breached_now += sqlite3_column_int (stmt, 9) != 0;
          dashboard->near_breach_now += sqlite3_column_int (stmt, 10) != 0;
        }
      dashboard->unallocated += sqlite3_column_int (stmt, 11) != 0;
      dashboard->overdue_reviews += sqlite3_column_int (stmt, 12) != 0;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      store_set_error (self, error);
      return FALSE;
    }

  tally_into (in, dashboard->referrals_in);
  tally_into (out, dashboard->referrals_out);
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
  sqlite3_stmt *stmt;
  gboolean ok = FALSE;

  g_rec_mutex_lock (&self->lock);
  if (store_load_actor (self, actor, &info, error) &&
      store_is_team_manager (&info, _("see the team’s dashboard"), error) &&
      read_caseloads (self, &info, dashboard, error) &&
      read_referral_figures (self, &info, dashboard, error) &&
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
