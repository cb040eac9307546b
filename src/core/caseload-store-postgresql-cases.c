/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "caseload-case-query.h"
#include "caseload-case-row.h"
#include "caseload-dashboard.h"
#include "caseload-dates.h"
#include "caseload-error.h"
#include "caseload-search.h"
#include "caseload-store-postgresql-private.h"

/*
 * The caseload lists and the manager's dashboard on the shared site. Like the people
 * list, each reads one organisation's people through person_access (its primary key is
 * (organisation, pk)), so a page is found among the people the actor may see without
 * checking everyone; row-level security still applies to every row read. A page's keys
 * are found first and its full rows read for the page alone.
 */

/* The clock's state at $now, from the columns the store keeps. */
#define CLOCK_STATE(r) \
  "CASE WHEN " r ".clock_stopped_at IS NOT NULL THEN CASE WHEN " r ".clock_missed THEN 'missed' ELSE 'met' END " \
  "     WHEN " r ".status NOT IN ('awaiting-triage', 'accepted') THEN 'none' " \
  "     WHEN " r ".clock_paused THEN 'paused' WHEN " r ".clock_due_at IS NULL THEN 'none' " \
  "     WHEN " r ".clock_due_at <= $1 THEN 'breached' WHEN " r ".clock_warn_at <= $1 THEN 'near-breach' " \
  "     ELSE 'running' END"

#define RUNNING "r.clock_stopped_at IS NULL AND r.status IN ('awaiting-triage', 'accepted')"

/* Parameters: $1 now, $2 the actor's organisation, $3 worker, $4 pcn, $5 practice,
 * $6 worker's organisation, $7 urgency, $8 the search's words (a text[] of folded
 * fragments), then the page ($9 limit, $10 offset). */
typedef struct {
  char *params[10];
} CaseParams;

static void
case_params_clear (CaseParams *p)
{
  for (guint i = 0; i < G_N_ELEMENTS (p->params); i++)
    g_free (p->params[i]);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CaseParams, case_params_clear)

static char *
fragments_of (const char *search)
{
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;
  GString *array;

  if (search == NULL || *search == '\0')
    return NULL;
  folded = g_utf8_casefold (search, -1);
  words = g_strsplit_set (folded, " \t,", -1);
  array = g_string_new ("{");
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autoptr(GString) word = g_string_new (NULL);

      if (*words[i] == '\0')
        continue;
      for (const char *c = words[i]; *c != '\0'; c++)
        {
          if (*c == '"' || *c == '\\' || *c == '%' || *c == '_')
            g_string_append_c (word, '\\');
          if (*c == '%' || *c == '_')
            g_string_append_c (word, '\\');
          g_string_append_c (word, *c);
        }
      g_string_append_printf (array, "%s\"%s\"", array->len > 1 ? "," : "", word->str);
    }
  g_string_append_c (array, '}');
  return g_string_free (array, FALSE);
}

/* The keys of the rows a query lists, and what they sort by: r (referral), a
 * (allocation, or NULL), pa (person_access), s (the worker). */
static char *
case_keys (const CaseloadCaseQuery *query)
{
  GString *sql = g_string_new (NULL);
  const char *filters =
    " AND $1::text IS NOT NULL AND ($4::text IS NULL OR r.pcn = $4)"
    " AND ($5::text IS NULL OR EXISTS (SELECT 1 FROM person pp WHERE pp.pk = r.person_pk AND pp.gp_practice_id = $5))"
    " AND ($7::text IS NULL OR r.urgency = $7)"
    " AND ($8::text[] IS NULL OR (SELECT bool_and (pa.names LIKE '%' || caseload.fold (w) || '%' "
    "                                              OR replace (pa.names, ' ', '') LIKE '%' || w || '%') "
    "                             FROM unnest ($8::text[]) w))";

  switch (query->kind)
    {
    case CASELOAD_LIST_MY_CASELOAD:
    case CASELOAD_LIST_TEAM_CASELOAD:
      g_string_append (sql, query->kind == CASELOAD_LIST_MY_CASELOAD
                            ? "SELECT DISTINCT ON (a.person_pk) r.id AS rid, a.id AS aid, "
                            : "SELECT r.id AS rid, a.id AS aid, ");
      g_string_append (sql, "pa.sort_key, r.urgency, r.received_at, r.clock_due_at, r.next_review_on, "
                            "  s.display_name AS worker, r.person_id "
                            "FROM allocation a JOIN referral r ON r.id = a.referral_id AND r.status = 'accepted' "
                            "JOIN person_access pa ON pa.organisation_id = $2 AND pa.pk = a.person_pk "
                            "JOIN staff s ON s.id = a.staff_id "
                            "WHERE a.ended_on IS NULL AND ($3::text IS NULL OR a.staff_id = $3) "
                            "  AND ($6::text IS NULL OR s.organisation_id = $6)");
      break;
    case CASELOAD_LIST_WAITING:
    case CASELOAD_LIST_UNALLOCATED:
    default:
      g_string_append (sql, "SELECT r.id AS rid, w.id AS aid, pa.sort_key, r.urgency, r.received_at, r.clock_due_at, "
                            "  r.next_review_on, s.display_name AS worker, r.person_id "
                            "FROM referral r JOIN person_access pa ON pa.organisation_id = $2 AND pa.pk = r.person_pk "
                            "LEFT JOIN LATERAL (SELECT a.id, a.staff_id FROM allocation a "
                            "  WHERE a.referral_id = r.id AND a.ended_on IS NULL ORDER BY a.started_on DESC, a.id LIMIT 1) w ON true "
                            "LEFT JOIN staff s ON s.id = w.staff_id WHERE ");
      g_string_append (sql, query->kind == CASELOAD_LIST_WAITING
                            ? RUNNING " AND ($3::text IS NULL OR w.staff_id = $3) "
                              "AND ($6::text IS NULL OR s.organisation_id = $6)"
                            : "r.status = 'accepted' AND w.id IS NULL AND $3::text IS NULL AND $6::text IS NULL");
      break;
    }
  g_string_append (sql, filters);
  if (query->breach == CASELOAD_BREACH_FILTER_BREACHED)
    g_string_append (sql, " AND " RUNNING " AND NOT r.clock_paused AND r.clock_due_at <= $1");
  else if (query->breach == CASELOAD_BREACH_FILTER_NEAR_OR_BREACHED)
    g_string_append (sql, " AND " RUNNING " AND NOT r.clock_paused AND r.clock_warn_at <= $1");
  if (query->kind == CASELOAD_LIST_MY_CASELOAD)
    g_string_append (sql, " ORDER BY a.person_pk, a.started_on, a.id");
  return g_string_free (sql, FALSE);
}

static const char *
case_order (const CaseloadCaseQuery *query)
{
  switch (query->sort)
    {
    case CASELOAD_CASE_SORT_NAME:
      return "k.sort_key, k.received_at, k.rid";
    case CASELOAD_CASE_SORT_WORKER:
      return "k.worker NULLS LAST, k.sort_key, k.rid";
    case CASELOAD_CASE_SORT_WAIT:
      return "k.received_at, k.rid";
    case CASELOAD_CASE_SORT_DUE:
      return "k.clock_due_at NULLS LAST, k.received_at, k.rid";
    case CASELOAD_CASE_SORT_NEXT_REVIEW:
      return "k.next_review_on NULLS LAST, k.sort_key, k.rid";
    case CASELOAD_CASE_SORT_LAST_CONTACT:
      return "(SELECT max (t.occurred_at) FROM timeline_entry t WHERE t.person_id = k.person_id) NULLS FIRST, "
             "k.sort_key, k.rid";
    case CASELOAD_CASE_SORT_DEFAULT:
    default:
      return query->kind == CASELOAD_LIST_WAITING
             ? "array_position (ARRAY['very-urgent', 'urgent', 'routine'], k.urgency), k.received_at, k.rid"
             : "k.sort_key, k.received_at, k.rid";
    }
}

static gboolean
begin_cases (CaseloadStorePostgresql  *self,
             CaseloadStaff            *actor,
             const CaseloadCaseQuery  *query,
             PgActor                  *info,
             CaseParams               *p,
             GError                  **error)
{
  if (!pg_begin (self, actor, error))
    return FALSE;
  if (!pg_acting (self, actor, info, error))
    {
      pg_end (self, FALSE, NULL);
      return FALSE;
    }
  p->params[0] = pg_now (self);
  p->params[1] = g_strdup (info->organisation_id);
  p->params[2] = g_strdup (query->kind == CASELOAD_LIST_MY_CASELOAD && query->worker_id == NULL
                           ? info->staff_id : query->worker_id);
  p->params[3] = g_strdup (query->pcn);
  p->params[4] = g_strdup (query->practice_id);
  p->params[5] = g_strdup (query->organisation_id);
  p->params[6] = query->urgency >= 0 ? g_strdup (caseload_urgency_to_code ((CaseloadUrgency) query->urgency)) : NULL;
  p->params[7] = fragments_of (query->search);
  return TRUE;
}

static gboolean
caseload_store_postgresql_count_cases (CaseloadStore            *store,
                                       CaseloadStaff            *actor,
                                       const CaseloadCaseQuery  *query,
                                       guint                    *count,
                                       GError                  **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_auto(CaseParams) p = { { NULL } };
  g_auto(PgActor) info = { 0 };
  g_autofree char *keys = case_keys (query);
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM (%s) k", keys);
  g_autoptr(PGresult) result = NULL;
  gboolean ok;

  *count = 0;
  if (!begin_cases (self, actor, query, &info, &p, error))
    return FALSE;
  result = pg_query (self, sql, 8, (const char * const *) p.params, error);
  ok = result != NULL;
  if (!pg_end (self, ok, ok ? error : NULL) || !ok)
    return FALSE;
  *count = (guint) pg_int (result, 0, 0);
  return TRUE;
}

static GPtrArray *
caseload_store_postgresql_list_cases (CaseloadStore            *store,
                                      CaseloadStaff            *actor,
                                      const CaseloadCaseQuery  *query,
                                      guint                     offset,
                                      guint                     limit,
                                      GError                  **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(CaseParams) p = { { NULL } };
  g_auto(PgActor) info = { 0 };
  g_autofree char *keys = case_keys (query);
  g_autofree char *sql = NULL;
  g_autoptr(PGresult) result = NULL;
  gboolean ok;

  sql = g_strdup_printf (
    "SELECT p.id, p.given_name || ' ' || p.family_name, p.nhs_number, p.date_of_birth, r.pcn, g.name, r.id, "
    "  r.urgency, r.status, r.received_at, " CLOCK_STATE ("r") ", r.clock_due_at, "
    "  coalesce (r.clock_waited_seconds, greatest (0, extract (epoch FROM $1::timestamptz - r.received_at::timestamptz) "
    "    - coalesce ((SELECT sum (extract (epoch FROM coalesce (c.ended_at, $1)::timestamptz - c.started_at::timestamptz)) "
    "                 FROM clock_pause c WHERE c.referral_id = r.id), 0)))::bigint, "
    "  a.staff_id, s.display_name, so.name, a.role, r.next_review_on, "
    "  (SELECT max (t.occurred_at) FROM timeline_entry t WHERE t.person_id = p.id), "
    "  (SELECT count(*) FROM task t WHERE t.person_id = p.id AND NOT t.done) "
    "FROM (SELECT k.rid, k.aid, row_number () OVER () AS n FROM (SELECT k.* FROM (%s) k ORDER BY %s "
    "      LIMIT $9::bigint OFFSET $10::bigint) k) o "
    "JOIN referral r ON r.id = o.rid JOIN person p ON p.id = r.person_id "
    "LEFT JOIN organisation g ON g.id = p.gp_practice_id "
    "LEFT JOIN allocation a ON a.id = o.aid LEFT JOIN staff s ON s.id = a.staff_id "
    "LEFT JOIN organisation so ON so.id = s.organisation_id ORDER BY o.n",
    keys, case_order (query));

  if (!begin_cases (self, actor, query, &info, &p, error))
    return NULL;
  p.params[8] = g_strdup_printf ("%u", limit);
  p.params[9] = g_strdup_printf ("%u", offset);
  result = pg_query (self, sql, 10, (const char * const *) p.params, error);
  ok = result != NULL;
  if (!pg_end (self, ok, ok ? error : NULL) || !ok)
    return NULL;

  for (int i = 0; i < PQntuples (result); i++)
    {
      CaseloadCaseRow *row = caseload_case_row_new ();
      CaseloadUrgency urgency = CASELOAD_URGENCY_ROUTINE;
      CaseloadReferralStatus status = CASELOAD_REFERRAL_STATUS_AWAITING_TRIAGE;
      CaseloadClockState state = CASELOAD_CLOCK_NONE;
      CaseloadCaseRole role = CASELOAD_CASE_ROLE_OTHER;

      caseload_urgency_from_code (pg_text (result, i, 7), &urgency);
      caseload_referral_status_from_code (pg_text (result, i, 8), &status);
      caseload_clock_state_from_code (pg_text (result, i, 10), &state);
      caseload_case_role_from_code (pg_text (result, i, 16), &role);
      caseload_case_row_set_person_id (row, pg_text (result, i, 0));
      caseload_case_row_set_person_name (row, pg_text (result, i, 1));
      caseload_case_row_set_nhs_number (row, pg_text (result, i, 2));
      caseload_case_row_set_date_of_birth (row, pg_text (result, i, 3));
      caseload_case_row_set_pcn (row, pg_text (result, i, 4));
      caseload_case_row_set_practice_name (row, pg_text (result, i, 5));
      caseload_case_row_set_referral_id (row, pg_text (result, i, 6));
      caseload_case_row_set_urgency (row, urgency);
      caseload_case_row_set_status (row, status);
      caseload_case_row_set_received_at (row, pg_text (result, i, 9));
      caseload_case_row_set_clock_state (row, state);
      caseload_case_row_set_clock_due_at (row, pg_text (result, i, 11));
      caseload_case_row_set_waited_seconds (row, pg_int (result, i, 12));
      caseload_case_row_set_worker_id (row, pg_text (result, i, 13));
      caseload_case_row_set_worker_name (row, pg_text (result, i, 14));
      caseload_case_row_set_worker_organisation_name (row, pg_text (result, i, 15));
      caseload_case_row_set_role (row, role);
      caseload_case_row_set_next_review_on (row, pg_text (result, i, 17));
      caseload_case_row_set_last_contact_at (row, pg_text (result, i, 18));
      caseload_case_row_set_open_tasks (row, (int) pg_int (result, i, 19));
      caseload_case_row_set_loaded (row, TRUE);
      g_ptr_array_add (rows, row);
    }
  return g_steal_pointer (&rows);
}

/* The dashboard: $1 organisation, $2 from, $3 the day after to, $4 pcn, $5 now. */

#define IN_RANGE \
  "FROM referral r JOIN person_access pa ON pa.organisation_id = $1 AND pa.pk = r.person_pk " \
  "WHERE r.received_at >= $2 AND r.received_at < $3 AND ($4::text IS NULL OR r.pcn = $4) " \
  "  AND length ($5) > 0 "

static void
add_counts (GArray         *counts,
            const PGresult *result)
{
  for (int i = 0; i < PQntuples (result); i++)
    caseload_dashboard_count_add (counts, pg_text (result, i, 0), pg_text (result, i, 1), (guint) pg_int (result, i, 2));
}

static CaseloadDashboard *
caseload_store_postgresql_read_dashboard (CaseloadStore  *store,
                                          CaseloadStaff  *actor,
                                          const char     *from,
                                          const char     *to,
                                          const char     *pcn,
                                          GError        **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_autoptr(CaseloadDashboard) dashboard = caseload_dashboard_new (from, to, pcn);
  g_autofree char *after = caseload_date_iso_day_after (to);
  g_autofree char *now = pg_now (self);
  g_autoptr(PGresult) by_worker = NULL;
  g_autoptr(PGresult) in = NULL;
  g_autoptr(PGresult) out = NULL;
  g_autoptr(PGresult) figures = NULL;
  g_auto(PgActor) info = { 0 };
  gboolean ok = FALSE;

  if (!pg_begin (self, actor, error))
    return NULL;
  if (pg_acting (self, actor, &info, error))
    {
      const char *params[] = { info.organisation_id, from, after, pcn, now };

      if (info.role != CASELOAD_ROLE_TEAM_MANAGER)
        g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION, _("Only a team manager can see the dashboard."));
      else if ((by_worker = pg_query (self,
                  "SELECT s.display_name, o.name, count(*) "
                  "FROM allocation a JOIN referral r ON r.id = a.referral_id AND r.status = 'accepted' "
                  "JOIN person_access pa ON pa.organisation_id = $1 AND pa.pk = a.person_pk "
                  "JOIN staff s ON s.id = a.staff_id JOIN organisation o ON o.id = s.organisation_id "
                  "WHERE a.ended_on IS NULL AND ($4::text IS NULL OR r.pcn = $4) "
                  "  AND length ($2 || $3 || $5) > 0 "
                  "GROUP BY s.id, s.display_name, o.name", 5, params, error)) != NULL
               && (in = pg_query (self, "SELECT left (r.received_at, 7), r.source, count(*) " IN_RANGE
                                        "GROUP BY 1, 2", 5, params, error)) != NULL
               && (out = pg_query (self,
                     "SELECT left (CASE WHEN r.status = 'transferred' THEN r.transferred_on ELSE r.decided_on END, 7), "
                     "  CASE WHEN r.status = 'transferred' THEN r.transfer_kind ELSE r.status END, count(*) " IN_RANGE
                     "  AND r.status IN ('signposted', 'referred-on', 'declined', 'transferred') GROUP BY 1, 2",
                     5, params, error)) != NULL)
        {
          figures = pg_query (self,
            "SELECT count(*) FILTER (WHERE r.clock_stopped_at IS NOT NULL), "
            "  coalesce (percentile_disc (0.5) WITHIN GROUP (ORDER BY r.clock_waited_seconds) "
            "            FILTER (WHERE r.clock_stopped_at IS NOT NULL), 0), "
            "  coalesce (percentile_disc (0.9) WITHIN GROUP (ORDER BY r.clock_waited_seconds) "
            "            FILTER (WHERE r.clock_stopped_at IS NOT NULL), 0), "
            "  count(*) FILTER (WHERE r.clock_stopped_at IS NOT NULL AND r.clock_missed), "
            "  count(*) FILTER (WHERE " RUNNING "), "
            "  count(*) FILTER (WHERE " RUNNING " AND NOT r.clock_paused AND r.clock_due_at <= $5), "
            "  count(*) FILTER (WHERE " RUNNING " AND NOT r.clock_paused AND r.clock_warn_at <= $5 "
            "                   AND r.clock_due_at > $5), "
            "  count(*) FILTER (WHERE r.status = 'accepted' AND NOT EXISTS (SELECT 1 FROM allocation a "
            "                   WHERE a.referral_id = r.id AND a.ended_on IS NULL)), "
            "  count(*) FILTER (WHERE r.status = 'accepted' AND r.next_review_on < left ($5, 10)), "
            "  (SELECT count(*) FROM break_glass b WHERE b.reviewed_at IS NULL) " IN_RANGE,
            5, params, error);
          ok = figures != NULL;
        }
    }
  if (!pg_end (self, ok, ok ? error : NULL) || !ok)
    return NULL;

  add_counts (dashboard->caseload_by_worker, by_worker);
  for (int i = 0; i < PQntuples (by_worker); i++)
    caseload_dashboard_count_add (dashboard->caseload_by_organisation, pg_text (by_worker, i, 1), NULL,
                                  (guint) pg_int (by_worker, i, 2));
  add_counts (dashboard->referrals_in, in);
  add_counts (dashboard->referrals_out, out);
  dashboard->waits_measured = (guint) pg_int (figures, 0, 0);
  dashboard->wait_median_seconds = pg_int (figures, 0, 1);
  dashboard->wait_p90_seconds = pg_int (figures, 0, 2);
  dashboard->waits_missed = (guint) pg_int (figures, 0, 3);
  dashboard->waiting_now = (guint) pg_int (figures, 0, 4);
  dashboard->breached_now = (guint) pg_int (figures, 0, 5);
  dashboard->near_breach_now = (guint) pg_int (figures, 0, 6);
  dashboard->unallocated = (guint) pg_int (figures, 0, 7);
  dashboard->overdue_reviews = (guint) pg_int (figures, 0, 8);
  dashboard->break_glass_to_review = (guint) pg_int (figures, 0, 9);
  caseload_dashboard_sort (dashboard);
  return g_steal_pointer (&dashboard);
}

void
pg_cases_iface_init (CaseloadStoreInterface *iface)
{
  iface->count_cases = caseload_store_postgresql_count_cases;
  iface->list_cases = caseload_store_postgresql_list_cases;
  iface->read_dashboard = caseload_store_postgresql_read_dashboard;
}
