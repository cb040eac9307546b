/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "caseload-dashboard.h"

G_BEGIN_DECLS

/*
 * The dashboard's Pathways figures from rows a backend has read, so that both backends
 * count alike: each call walks its rows (the columns below, every value as text, NULL for
 * none) and fills the dashboard with the core's own arithmetic (caseload-stepps.h,
 * caseload-open-dialogue.h, caseload-ips.h). A backend reads only the rows of people the
 * actor may see, in the dashboard's PCN.
 */
typedef struct _CaseloadRows CaseloadRows;
struct _CaseloadRows
{
  /* Moves to the next row: FALSE after the last (or on an error, which the backend
   * notes and reports afterwards). */
  gboolean    (*next) (CaseloadRows *rows);
  const char *(*text) (CaseloadRows *rows, int column);
};

/* Cohorts running or finished in the range, by start date (id, name, start_on, end_on,
 * n_sessions, completion_percent); their participants (cohort_id, id, joined_on, left_on);
 * sessions (cohort_id, id, number, held_on); attendance (cohort_id, session_id,
 * participant_id, status code, best_total): dashboard->cohorts on @today. */
void caseload_pathway_figures_cohorts       (CaseloadDashboard *dashboard, CaseloadRows *cohorts,
                                             CaseloadRows *participants, CaseloadRows *sessions,
                                             CaseloadRows *attendance, const GDate *today);
/* Episodes whose contact is in the range (contact_at, first_meeting_at, ended_on): their
 * clocks at @now. */
void caseload_pathway_figures_open_dialogue (CaseloadDashboard *dashboard, CaseloadRows *episodes, GDateTime *now);
/* IPS referrals open at some time in the range (id, person_id, referred_on,
 * specialist_id, engaged_on, job_search_on, closed_on), their employer contacts
 * (referral_id, contacted_on, in any order: each referral's first counts) and jobs (referral_id, hours_per_week, started_on, ended_on),
 * the specialists (id, display_name, fte): dashboard->ips on @today. */
void caseload_pathway_figures_ips           (CaseloadDashboard *dashboard, CaseloadRows *referrals,
                                             CaseloadRows *contacts, CaseloadRows *jobs, CaseloadRows *specialists,
                                             const GDate *today);
/* The latest fidelity review, its row first (service, reviewed_on, total, band code). */
void caseload_pathway_figures_fidelity      (CaseloadDashboard *dashboard, CaseloadRows *reviews);
/* Housing referrals (status code, "1" when it changed status in the range): open ones by
 * status, closed ones changed in the range. */
void caseload_pathway_figures_housing       (CaseloadDashboard *dashboard, CaseloadRows *referrals);
/* Accommodation statuses (person key, status code, from_on, created_at), in any order:
 * the people by their latest status (the latest from_on, then created_at), and those not
 * settled. */
void caseload_pathway_figures_accommodation (CaseloadDashboard *dashboard, CaseloadRows *statuses);

G_END_DECLS
