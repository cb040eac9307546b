/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-store"

#include "config.h"

#include "caseload-dates.h"
#include "caseload-pathway-figures.h"
#include "caseload-store-postgresql-private.h"

/*
 * The dashboard's Pathways figures on the shared site, in the dashboard's transaction:
 * the same rows as the embedded store reads (caseload-store-sqlite-pathway-figures.c),
 * counted by caseload-pathway-figures.c. Row-level security decides whose rows the
 * manager reads (the people their organisation may see); the PCN is the person's.
 */

#define IN_PCN(pk) "($3::text IS NULL OR EXISTS (SELECT 1 FROM person p WHERE p.pk = " pk " AND p.pcn = $3))"
#define COHORT_IN_RANGE "c.start_on < $2 AND c.end_on >= $1"
#define IPS_IN_RANGE "r.referred_on < $2 AND (r.closed_on IS NULL OR r.closed_on >= $1)"

typedef struct {
  CaseloadRows  rows;
  PGresult     *result;
  int           row;
} PgRows;

static gboolean
pg_rows_next (CaseloadRows *rows)
{
  PgRows *self = (PgRows *) rows;

  return ++self->row < PQntuples (self->result);
}

static const char *
pg_rows_text (CaseloadRows *rows,
              int           column)
{
  PgRows *self = (PgRows *) rows;

  return pg_text (self->result, self->row, column);
}

typedef struct {
  CaseloadStorePostgresql *self;
  const char              *params[3];   /* from, the day after to, PCN */
  PgRows                   rows[5];
  guint                    n_rows;
} Figures;

static void
figures_clear (Figures *figures)
{
  for (guint i = 0; i < figures->n_rows; i++)
    g_clear_pointer (&figures->rows[i].result, PQclear);
  figures->n_rows = 0;
}

/* The rows of @sql, given the first @n_params of from, the day after to and the PCN. */
static CaseloadRows *
open_rows (Figures     *figures,
           const char  *sql,
           int          n_params,
           GError     **error)
{
  PgRows *rows = &figures->rows[figures->n_rows];

  g_assert (figures->n_rows < G_N_ELEMENTS (figures->rows));
  rows->result = pg_query (figures->self, sql, n_params, figures->params, error);
  if (rows->result == NULL)
    return NULL;
  rows->rows.next = pg_rows_next;
  rows->rows.text = pg_rows_text;
  rows->row = -1;
  figures->n_rows++;
  return &rows->rows;
}

static gboolean
read_cohorts (Figures            *figures,
              CaseloadDashboard  *dashboard,
              const GDate        *today,
              GError            **error)
{
  CaseloadRows *cohorts, *participants = NULL, *sessions = NULL, *attendance = NULL;

  cohorts = open_rows (figures, "SELECT c.id, c.name, c.start_on, c.end_on, c.n_sessions, c.completion_percent "
                                "FROM stepps_cohort c WHERE " COHORT_IN_RANGE " ORDER BY c.start_on, c.name, c.id",
                       2, error);
  if (cohorts != NULL)
    participants = open_rows (figures, "SELECT sp.cohort_id, sp.id, sp.joined_on, sp.left_on "
                                       "FROM stepps_participant sp JOIN stepps_cohort c ON c.id = sp.cohort_id "
                                       "WHERE " COHORT_IN_RANGE " AND " IN_PCN ("sp.person_pk"), 3, error);
  if (participants != NULL)
    sessions = open_rows (figures, "SELECT s.cohort_id, s.id, s.number, s.held_on FROM stepps_session s "
                                   "JOIN stepps_cohort c ON c.id = s.cohort_id WHERE " COHORT_IN_RANGE, 2, error);
  if (sessions != NULL)
    attendance = open_rows (figures, "SELECT s.cohort_id, a.session_id, a.participant_id, a.status, a.best_total "
                                     "FROM stepps_attendance a JOIN stepps_session s ON s.id = a.session_id "
                                     "JOIN stepps_cohort c ON c.id = s.cohort_id WHERE " COHORT_IN_RANGE, 2, error);
  if (attendance != NULL)
    caseload_pathway_figures_cohorts (dashboard, cohorts, participants, sessions, attendance, today);
  figures_clear (figures);
  return attendance != NULL;
}

static gboolean
read_ips (Figures            *figures,
          CaseloadDashboard  *dashboard,
          const GDate        *today,
          GError            **error)
{
  CaseloadRows *referrals, *contacts = NULL, *jobs = NULL, *specialists = NULL, *reviews = NULL;

  referrals = open_rows (figures, "SELECT r.id, r.person_id, r.referred_on, r.specialist_id, r.engaged_on, "
                                  "r.job_search_on, r.closed_on FROM ips_referral r "
                                  "WHERE " IPS_IN_RANGE " AND " IN_PCN ("r.person_pk"), 3, error);
  if (referrals != NULL)
    /* Those of referrals not read are passed over */
    contacts = open_rows (figures, "SELECT referral_id, contacted_on FROM ips_employer_contact", 0, error);
  if (contacts != NULL)
    jobs = open_rows (figures, "SELECT referral_id, hours_per_week, started_on, ended_on FROM ips_job", 0, error);
  if (jobs != NULL)
    specialists = open_rows (figures, "SELECT s.id, s.display_name, s.fte FROM staff s "
                                      "WHERE s.id IN (SELECT specialist_id FROM ips_referral)", 0, error);
  if (specialists != NULL)
    reviews = open_rows (figures, "SELECT service, reviewed_on, total, band FROM ips_fidelity_review "
                                  "ORDER BY reviewed_on DESC, created_at DESC LIMIT 1", 0, error);
  if (reviews != NULL)
    {
      caseload_pathway_figures_ips (dashboard, referrals, contacts, jobs, specialists, today);
      caseload_pathway_figures_fidelity (dashboard, reviews);
    }
  figures_clear (figures);
  return reviews != NULL;
}

static gboolean
read_episodes_and_housing (Figures            *figures,
                           CaseloadDashboard  *dashboard,
                           GDateTime          *now,
                           GError            **error)
{
  CaseloadRows *episodes, *referrals = NULL, *statuses = NULL;

  episodes = open_rows (figures, "SELECT contact_at, first_meeting_at, ended_on FROM od_episode "
                                 "WHERE contact_at >= $1 AND contact_at < $2 AND " IN_PCN ("person_pk"), 3, error);
  if (episodes != NULL)
    referrals = open_rows (figures, "SELECT status, (status_on >= $1 AND status_on < $2)::integer FROM housing_referral "
                                    "WHERE " IN_PCN ("person_pk"), 3, error);
  if (referrals != NULL)
    statuses = open_rows (figures, "SELECT person_pk::text, status, from_on, created_at FROM accommodation_status "
                                   "WHERE $1::text IS NOT NULL AND $2::text IS NOT NULL AND " IN_PCN ("person_pk"),
                          3, error);
  if (statuses != NULL)
    {
      caseload_pathway_figures_open_dialogue (dashboard, episodes, now);
      caseload_pathway_figures_housing (dashboard, referrals);
      caseload_pathway_figures_accommodation (dashboard, statuses);
    }
  figures_clear (figures);
  return statuses != NULL;
}

gboolean
pg_read_pathway_figures (CaseloadStorePostgresql  *self,
                         CaseloadDashboard        *dashboard,
                         const char               *now_iso,
                         GError                  **error)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GTimeZone) london = g_time_zone_new_identifier ("Europe/London");
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 (now_iso, utc);
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *after = caseload_date_iso_day_after (dashboard->to);
  Figures figures = { 0 };
  GDate today;

  if (now == NULL)
    now = g_date_time_new_now_utc ();
  local = g_date_time_to_timezone (now, london != NULL ? london : utc);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, (GDateDay) g_date_time_get_day_of_month (local),
                  (GDateMonth) g_date_time_get_month (local), (GDateYear) g_date_time_get_year (local));

  figures.self = self;
  figures.params[0] = dashboard->from;
  figures.params[1] = after;
  figures.params[2] = dashboard->pcn;
  return read_cohorts (&figures, dashboard, &today, error) &&
         read_ips (&figures, dashboard, &today, error) &&
         read_episodes_and_housing (&figures, dashboard, now, error);
}
