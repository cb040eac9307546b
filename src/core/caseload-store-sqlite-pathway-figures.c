/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-store"

#include "config.h"

#include "caseload-dates.h"
#include "caseload-pathway-figures.h"
#include "caseload-store-sqlite-private.h"

/*
 * The dashboard's Pathways figures on the embedded store (caseload-pathway-figures.h
 * does the counting): STEPPS cohorts running or finished in the range, Open Dialogue
 * episodes whose contact is in the range, IPS referrals open during it with the latest
 * fidelity review, housing referrals and accommodation. Each table is read once, by its
 * index, a few columns a row; a row about a person counts only when the manager's
 * organisation may see them (@visible, by the pk in the row's last column) and, with a
 * PCN, when the person's PCN is that one.
 *
 * Parameters: ?1 from, ?2 the day after to (ISO dates), ?3 PCN.
 */

#define IN_PCN(pk) "(?3 IS NULL OR (SELECT p.pcn FROM person p WHERE p.pk = " pk ") = ?3)"
#define COHORT_IN_RANGE "c.start_on < ?2 AND c.end_on >= ?1"
/* Read in table order ("+": not by the date index), few rows a page being skipped */
#define IPS_IN_RANGE "+r.referred_on < ?2 AND (r.closed_on IS NULL OR r.closed_on >= ?1)"

typedef struct {
  CaseloadRows   rows;
  sqlite3_stmt  *stmt;
  const PkSet   *visible;
  int            pk_column;   /* -1: every row */
  int            rc;
} SqliteRows;

static gboolean
sqlite_rows_next (CaseloadRows *rows)
{
  SqliteRows *self = (SqliteRows *) rows;

  while ((self->rc = sqlite3_step (self->stmt)) == SQLITE_ROW)
    if (self->pk_column < 0 || store_pk_set_has (self->visible, sqlite3_column_int64 (self->stmt, self->pk_column)))
      return TRUE;
  return FALSE;
}

static const char *
sqlite_rows_text (CaseloadRows *rows,
                  int           column)
{
  return store_column_text (((SqliteRows *) rows)->stmt, column);
}

typedef struct {
  CaseloadStoreSqlite *self;
  const PkSet         *visible;
  CaseloadDashboard   *dashboard;
  char                *after;       /* the day after the range */
  GDate                today;
  GDateTime           *now;
  SqliteRows           rows[5];
  guint                n_rows;
} Figures;

static void
figures_clear (Figures *figures)
{
  g_clear_pointer (&figures->after, g_free);
  g_clear_pointer (&figures->now, g_date_time_unref);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Figures, figures_clear)

/* The rows of @sql, the person's pk in column @pk_column (-1: not about a person). */
static CaseloadRows *
open_rows (Figures     *figures,
           const char  *sql,
           int          pk_column,
           GError     **error)
{
  SqliteRows *rows = &figures->rows[figures->n_rows];
  sqlite3_stmt *stmt = store_prepare (figures->self, sql, error);

  g_assert (figures->n_rows < G_N_ELEMENTS (figures->rows));
  if (stmt == NULL)
    return NULL;
  store_bind_text (stmt, 1, figures->dashboard->from);
  store_bind_text (stmt, 2, figures->after);
  store_bind_text (stmt, 3, figures->dashboard->pcn);
  rows->rows.next = sqlite_rows_next;
  rows->rows.text = sqlite_rows_text;
  rows->stmt = stmt;
  rows->visible = figures->visible;
  rows->pk_column = pk_column;
  rows->rc = SQLITE_DONE;
  figures->n_rows++;
  return &rows->rows;
}

/* Resets every statement opened since the last call; FALSE when one of them failed. */
static gboolean
close_rows (Figures  *figures,
            gboolean  opened,
            GError  **error)
{
  gboolean ok = opened;

  for (guint i = 0; i < figures->n_rows; i++)
    {
      SqliteRows *rows = &figures->rows[i];

      /* The first failure is the one reported */
      if (!store_finish_rows (figures->self, rows->stmt, rows->rc, ok ? error : NULL))
        ok = FALSE;
    }
  figures->n_rows = 0;
  return ok;
}

static gboolean
read_cohorts (Figures  *figures,
              GError  **error)
{
  CaseloadRows *cohorts, *participants = NULL, *sessions = NULL, *attendance = NULL;

  cohorts = open_rows (figures, "SELECT c.id, c.name, c.start_on, c.end_on, c.n_sessions, c.completion_percent "
                                "FROM stepps_cohort c WHERE " COHORT_IN_RANGE " ORDER BY c.start_on, c.name, c.id",
                       -1, error);
  if (cohorts != NULL)
    participants = open_rows (figures, "SELECT sp.cohort_id, sp.id, sp.joined_on, sp.left_on, sp.person_pk "
                                       "FROM stepps_participant sp JOIN stepps_cohort c ON c.id = sp.cohort_id "
                                       "WHERE " COHORT_IN_RANGE " AND " IN_PCN ("sp.person_pk"), 4, error);
  if (participants != NULL)
    sessions = open_rows (figures, "SELECT s.cohort_id, s.id, s.number, s.held_on FROM stepps_session s "
                                   "JOIN stepps_cohort c ON c.id = s.cohort_id WHERE " COHORT_IN_RANGE, -1, error);
  if (sessions != NULL)
    attendance = open_rows (figures, "SELECT s.cohort_id, a.session_id, a.participant_id, a.status, a.best_total, "
                                     "a.person_pk FROM stepps_attendance a JOIN stepps_session s ON s.id = a.session_id "
                                     "JOIN stepps_cohort c ON c.id = s.cohort_id WHERE " COHORT_IN_RANGE, 5, error);
  if (attendance != NULL)
    caseload_pathway_figures_cohorts (figures->dashboard, cohorts, participants, sessions, attendance, &figures->today);
  return close_rows (figures, attendance != NULL, error);
}

static gboolean
read_open_dialogue (Figures  *figures,
                    GError  **error)
{
  CaseloadRows *episodes = open_rows (figures,
                                      "SELECT contact_at, first_meeting_at, ended_on, person_pk FROM od_episode "
                                      "WHERE contact_at >= ?1 AND contact_at < ?2 AND " IN_PCN ("person_pk"), 3, error);

  if (episodes != NULL)
    caseload_pathway_figures_open_dialogue (figures->dashboard, episodes, figures->now);
  return close_rows (figures, episodes != NULL, error);
}

static gboolean
read_ips (Figures  *figures,
          GError  **error)
{
  CaseloadRows *referrals, *contacts = NULL, *jobs = NULL, *specialists = NULL, *reviews = NULL;

  referrals = open_rows (figures, "SELECT r.id, r.person_id, r.referred_on, r.specialist_id, r.engaged_on, "
                                  "r.job_search_on, r.closed_on, r.person_pk FROM ips_referral r "
                                  "WHERE " IPS_IN_RANGE " AND " IN_PCN ("r.person_pk"), 7, error);
  if (referrals != NULL)
    /* Contacts and jobs in table order: those of referrals not read are passed over */
    contacts = open_rows (figures, "SELECT referral_id, contacted_on FROM ips_employer_contact", -1, error);
  if (contacts != NULL)
    jobs = open_rows (figures, "SELECT referral_id, hours_per_week, started_on, ended_on FROM ips_job", -1, error);
  if (jobs != NULL)
    specialists = open_rows (figures, "SELECT s.id, s.display_name, s.fte FROM staff s "
                                      "WHERE s.id IN (SELECT specialist_id FROM ips_referral)", -1, error);
  if (specialists != NULL)
    reviews = open_rows (figures, "SELECT service, reviewed_on, total, band FROM ips_fidelity_review "
                                  "ORDER BY reviewed_on DESC, created_at DESC LIMIT 1", -1, error);
  if (reviews != NULL)
    {
      caseload_pathway_figures_ips (figures->dashboard, referrals, contacts, jobs, specialists, &figures->today);
      caseload_pathway_figures_fidelity (figures->dashboard, reviews);
    }
  return close_rows (figures, reviews != NULL, error);
}

static gboolean
read_housing (Figures  *figures,
              GError  **error)
{
  CaseloadRows *referrals, *statuses = NULL;

  referrals = open_rows (figures, "SELECT status, status_on >= ?1 AND status_on < ?2, person_pk FROM housing_referral "
                                  "WHERE " IN_PCN ("person_pk"), 2, error);
  /* In table order: the latest of each person is found as they come */
  if (referrals != NULL)
    statuses = open_rows (figures, "SELECT person_pk, status, from_on, created_at FROM accommodation_status "
                                   "WHERE " IN_PCN ("person_pk"), 0, error);
  if (statuses != NULL)
    {
      caseload_pathway_figures_housing (figures->dashboard, referrals);
      caseload_pathway_figures_accommodation (figures->dashboard, statuses);
    }
  return close_rows (figures, statuses != NULL, error);
}

gboolean
store_read_pathway_figures (CaseloadStoreSqlite  *self,
                            const PkSet          *visible,
                            CaseloadDashboard    *dashboard,
                            GError              **error)
{
  g_auto(Figures) figures = { 0 };

  figures.self = self;
  figures.visible = visible;
  figures.dashboard = dashboard;
  figures.after = caseload_date_iso_day_after (dashboard->to);
  figures.now = caseload_clock_now (self->clock);
  caseload_clock_today (self->clock, &figures.today);

  return read_cohorts (&figures, error) &&
         read_open_dialogue (&figures, error) &&
         read_ips (&figures, error) &&
         read_housing (&figures, error);
}
