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
  "     WHEN " r ".clock_due_at <= $14 THEN 'breached' WHEN " r ".clock_warn_at <= $14 THEN 'near-breach' " \
  "     ELSE 'running' END"

/* The person p's pathways now as flags (1 << CaseloadPathway: a cohort place not left in
 * a cohort not finished, an Open Dialogue episode not ended, an IPS or housing referral
 * not closed), and when the first network meeting of an episode not met yet is due (UTC).
 * Read in the page's own query, through row-level security, whose checks are then made
 * once for the page rather than once a row in a function. */
#define LONDON_TODAY "((($14::timestamptz) AT TIME ZONE 'Europe/London')::date::text)"
#define PATHWAY_FLAGS \
  "(CASE WHEN EXISTS (SELECT 1 FROM stepps_participant sp JOIN stepps_cohort sc ON sc.id = sp.cohort_id " \
  "    WHERE sp.person_pk = p.pk AND (sp.left_on IS NULL OR sp.left_on > " LONDON_TODAY ") " \
  "    AND sc.end_on >= " LONDON_TODAY ") THEN 1 ELSE 0 END " \
  " | CASE WHEN EXISTS (SELECT 1 FROM od_episode oe WHERE oe.person_pk = p.pk AND oe.ended_on IS NULL) " \
  "    THEN 2 ELSE 0 END " \
  " | CASE WHEN EXISTS (SELECT 1 FROM ips_referral ir WHERE ir.person_pk = p.pk AND ir.closed_on IS NULL) " \
  "    THEN 4 ELSE 0 END " \
  " | CASE WHEN EXISTS (SELECT 1 FROM housing_referral hr WHERE hr.person_pk = p.pk AND hr.status <> 'closed') " \
  "    THEN 8 ELSE 0 END)"
#define OD_DUE_AT \
  "(SELECT to_char (min (oe.contact_at::timestamptz + interval '24 hours') AT TIME ZONE 'UTC', " \
  "    'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM od_episode oe " \
  "  WHERE oe.person_pk = p.pk AND oe.ended_on IS NULL AND oe.first_meeting_at IS NULL)"

/* caseload.case_keys ()'s parameters: $1 staff, $2 kind, $3 worker, $4 pcn, $5 practice,
 * $6 worker's organisation, $7 urgency, $8 the search's words (a text[] of folded
 * prefixes), $9 $10 an NHS number's range, $11 a date of birth, $12 breach, $13 sort,
 * $14 now, $15 limit, $16 offset, $17 pathway (0006-pathways.sql). */
typedef struct {
  char *params[17];
} CaseParams;

static void
case_params_clear (CaseParams *p)
{
  for (guint i = 0; i < G_N_ELEMENTS (p->params); i++)
    g_free (p->params[i]);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CaseParams, case_params_clear)

#define CASE_KEYS "caseload.case_keys ($1, $2, $3, $4, $5, $6, $7, $8::text[], $9, $10, $11, $12, $13, $14, " \
                  "$15::bigint, $16::bigint, %s, $17)"

/* The search's words as a text[] literal (each a folded prefix, quoted; LIKE's wildcards
 * escaped). */
static char *
fragments_of (const CaseloadSearch *search)
{
  GString *array = g_string_new ("{");

  for (guint i = 0; search->tokens != NULL && search->tokens[i] != NULL; i++)
    {
      g_string_append (array, array->len > 1 ? ",\"" : "\"");
      for (const char *c = search->tokens[i]; *c != '\0'; c++)
        {
          if (*c == '%' || *c == '_')
            g_string_append (array, "\\\\");
          else if (*c == '"' || *c == '\\')
            g_string_append_c (array, '\\');
          g_string_append_c (array, *c);
        }
      g_string_append_c (array, '"');
    }
  g_string_append_c (array, '}');
  return g_string_free (array, FALSE);
}

static const char *
kind_code (CaseloadCaseListKind kind)
{
  switch (kind)
    {
    case CASELOAD_LIST_MY_CASELOAD: return "my-caseload";
    case CASELOAD_LIST_TEAM_CASELOAD: return "team-caseload";
    case CASELOAD_LIST_WAITING: return "waiting";
    case CASELOAD_LIST_UNALLOCATED:
    default: return "unallocated";
    }
}

static const char *
sort_code (CaseloadCaseSort sort)
{
  switch (sort)
    {
    case CASELOAD_CASE_SORT_NAME: return "name";
    case CASELOAD_CASE_SORT_WORKER: return "worker";
    case CASELOAD_CASE_SORT_WAIT: return "wait";
    case CASELOAD_CASE_SORT_DUE: return "due";
    case CASELOAD_CASE_SORT_NEXT_REVIEW: return "next-review";
    case CASELOAD_CASE_SORT_LAST_CONTACT: return "last-contact";
    case CASELOAD_CASE_SORT_DEFAULT:
    default: return "default";
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
  p->params[0] = g_strdup (info->staff_id);
  p->params[1] = g_strdup (kind_code (query->kind));
  p->params[2] = g_strdup (query->worker_id);
  p->params[3] = g_strdup (query->pcn);
  p->params[4] = g_strdup (query->practice_id);
  p->params[5] = g_strdup (query->organisation_id);
  p->params[6] = query->urgency >= 0 ? g_strdup (caseload_urgency_to_code ((CaseloadUrgency) query->urgency)) : NULL;
  {
    g_auto(CaseloadSearch) search;

    caseload_search_parse (query->search, &search);
    if (search.kind == CASELOAD_SEARCH_TEXT)
      p->params[7] = fragments_of (&search);
    else if (search.kind == CASELOAD_SEARCH_NHS_NUMBER)
      {
        p->params[8] = g_strdup (search.match);
        p->params[9] = g_strdup (search.upper);
      }
    else if (search.kind == CASELOAD_SEARCH_DATE_OF_BIRTH)
      p->params[10] = g_strdup (search.match);
  }
  p->params[11] = g_strdup (query->breach == CASELOAD_BREACH_FILTER_BREACHED ? "breached"
                            : query->breach == CASELOAD_BREACH_FILTER_NEAR_OR_BREACHED ? "near" : "any");
  p->params[12] = g_strdup (sort_code (query->sort));
  p->params[13] = pg_now (self);
  p->params[14] = g_strdup ("0");
  p->params[15] = g_strdup ("0");
  p->params[16] = query->pathway >= 0 ? g_strdup (caseload_pathway_to_code ((CaseloadPathway) query->pathway)) : NULL;
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
  g_autoptr(PGresult) result = NULL;
  gboolean ok;

  *count = 0;
  if (!begin_cases (self, actor, query, &info, &p, error))
    return FALSE;
  {
    g_autofree char *sql = g_strdup_printf ("SELECT coalesce (sum (n), 0) FROM " CASE_KEYS, "true");

    result = pg_query (self, sql, 17, (const char * const *) p.params, error);
  }
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
  g_autofree char *keys = g_strdup_printf (CASE_KEYS, "false");
  g_autofree char *sql = NULL;
  g_autoptr(PGresult) result = NULL;
  gboolean ok;

  /* The page's keys, then its rows, each through row-level security. */
  sql = g_strdup_printf (
    "SELECT p.id, p.given_name || ' ' || p.family_name, p.nhs_number, p.date_of_birth, r.pcn, g.name, r.id, "
    "  r.urgency, r.status, r.received_at, " CLOCK_STATE ("r") ", r.clock_due_at, "
    "  coalesce (r.clock_waited_seconds, greatest (0, extract (epoch FROM $14::timestamptz - r.received_at::timestamptz) "
    "    - coalesce ((SELECT sum (extract (epoch FROM coalesce (c.ended_at, $14)::timestamptz - c.started_at::timestamptz)) "
    "                 FROM clock_pause c WHERE c.referral_id = r.id), 0)))::bigint, "
    "  a.staff_id, s.display_name, so.name, a.role, r.next_review_on, "
    "  (SELECT max (t.occurred_at) FROM timeline_entry t WHERE t.person_id = p.id AND t.kind IN ('appointment', "
    "     'phone-call', 'home-visit', 'network-meeting', 'video-call', 'message')), "
    "  (SELECT count(*) FROM task t WHERE t.person_id = p.id AND NOT t.done), "
    "  " PATHWAY_FLAGS ", " OD_DUE_AT " "
    "FROM %s o "
    "JOIN referral r ON r.id = o.rid JOIN person p ON p.id = r.person_id "
    "LEFT JOIN organisation g ON g.id = p.gp_practice_id "
    "LEFT JOIN allocation a ON a.id = o.aid LEFT JOIN staff s ON s.id = a.staff_id "
    "LEFT JOIN organisation so ON so.id = s.organisation_id ORDER BY o.n", keys);

  if (!begin_cases (self, actor, query, &info, &p, error))
    return NULL;
  g_free (p.params[14]);
  g_free (p.params[15]);
  p.params[14] = g_strdup_printf ("%u", limit);
  p.params[15] = g_strdup_printf ("%u", offset);
  result = pg_query (self, sql, 17, (const char * const *) p.params, error);
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
      caseload_case_row_set_pathways (row, (guint) pg_int (result, i, 20));
      caseload_case_row_set_od_due_at (row, pg_text (result, i, 21));
      caseload_case_row_set_loaded (row, TRUE);
      g_ptr_array_add (rows, row);
    }
  return g_steal_pointer (&rows);
}

/* The dashboard: caseload.dashboard_counts () reads the figures (team managers only). */
static int
by_instrument (gconstpointer a,
               gconstpointer b)
{
  return (int) ((const CaseloadDashboardChange *) a)->instrument - (int) ((const CaseloadDashboardChange *) b)->instrument;
}

/* The outcome figures (outcome_counts () of 0005-plans.sql). */
static void
read_outcomes (CaseloadDashboard *dashboard,
               const PGresult    *result)
{
  for (int i = 0; i < PQntuples (result); i++)
    {
      const char *section = pg_text (result, i, 0);
      guint n = (guint) pg_int (result, i, 2);

      if (g_str_equal (section, "measured"))
        dashboard->people_measured = n;
      else if (g_str_equal (section, "twice"))
        dashboard->people_measured_twice = n;
      else if (g_str_equal (section, "goals"))
        dashboard->goals = n;
      else if (g_str_equal (section, "achieved"))
        dashboard->goals_achieved = n;
      else if (g_str_equal (section, "overdue"))
        dashboard->plan_reviews_overdue = n;
      else if (g_str_equal (section, "change"))
        {
          CaseloadDashboardChange change = { 0 };

          if (!caseload_instrument_from_code (pg_text (result, i, 1), &change.instrument))
            continue;
          change.people = n;
          change.median_change = g_ascii_strtod (pg_text (result, i, 3), NULL);
          g_array_append_val (dashboard->measure_change, change);
        }
    }
  g_array_sort (dashboard->measure_change, by_instrument);
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
  g_autofree char *today = g_strndup (now, 10);
  g_autoptr(PGresult) result = NULL;
  g_autoptr(PGresult) outcomes = NULL;
  g_auto(PgActor) info = { 0 };
  gboolean ok = FALSE;

  if (!pg_begin (self, actor, error))
    return NULL;
  if (pg_acting (self, actor, &info, error))
    {
      const char *params[] = { info.username, from, after, pcn, now };

      if (info.role != CASELOAD_ROLE_TEAM_MANAGER)
        g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION, _("Only a team manager can see the dashboard."));
      else if ((result = pg_query (self, "SELECT section, label, detail, n FROM caseload.dashboard_counts ($1, $2, $3, $4, $5)",
                                   5, params, error)) != NULL)
        outcomes = pg_query (self, "SELECT section, instrument, n, x FROM caseload.outcome_counts ($1, $2, $3, $4, $5)",
                             5, (const char *[]) { info.username, from, to, pcn, today }, error);
      ok = outcomes != NULL && pg_read_pathway_figures (self, dashboard, now, error);
    }
  if (!pg_end (self, ok, ok ? error : NULL) || !ok)
    return NULL;

  for (int i = 0; i < PQntuples (result); i++)
    {
      const char *section = pg_text (result, i, 0);
      const char *label = pg_text (result, i, 1);
      const char *detail = pg_text (result, i, 2);
      gint64 n = pg_int (result, i, 3);

      if (g_str_equal (section, "in"))
        caseload_dashboard_count_add (dashboard->referrals_in, label, detail, (guint) n);
      else if (g_str_equal (section, "out"))
        caseload_dashboard_count_add (dashboard->referrals_out, label, detail, (guint) n);
      else if (g_str_equal (section, "worker"))
        {
          caseload_dashboard_count_add (dashboard->caseload_by_worker, label, detail, (guint) n);
          caseload_dashboard_count_add (dashboard->caseload_by_organisation, detail, NULL, (guint) n);
        }
      else if (g_str_equal (section, "measured"))
        dashboard->waits_measured = (guint) n;
      else if (g_str_equal (section, "median"))
        dashboard->wait_median_seconds = n;
      else if (g_str_equal (section, "p90"))
        dashboard->wait_p90_seconds = n;
      else if (g_str_equal (section, "missed"))
        dashboard->waits_missed = (guint) n;
      else if (g_str_equal (section, "waiting"))
        dashboard->waiting_now = (guint) n;
      else if (g_str_equal (section, "breached"))
        dashboard->breached_now = (guint) n;
      else if (g_str_equal (section, "near"))
        dashboard->near_breach_now = (guint) n;
      else if (g_str_equal (section, "unallocated"))
        dashboard->unallocated = (guint) n;
      else if (g_str_equal (section, "overdue"))
        dashboard->overdue_reviews = (guint) n;
      else if (g_str_equal (section, "glass"))
        dashboard->break_glass_to_review = (guint) n;
    }
  read_outcomes (dashboard, outcomes);
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
