/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "caseload-types.h"

G_BEGIN_DECLS

/*
 * The team manager's figures, over the people the manager may see, for referrals
 * received from @from to @to (ISO dates, inclusive) and one PCN or all. The PCN is the
 * referral's (the person's when referred). The caseload sizes count allocations now,
 * whatever the range; every other figure counts referrals received in the range.
 */

typedef struct {
  char  *label;        /* a worker's name, an organisation's name, a month ("2026-03") */
  char  *detail;       /* the worker's organisation, a source or outcome code; or NULL */
  guint  count;
} CaseloadDashboardCount;

/* The change in one instrument's totals over the range. */
typedef struct {
  CaseloadInstrument instrument;
  guint              people;          /* people with two or more totals of it in the range */
  double             median_change;   /* of (last − first) per person; the instrument's
                                         direction says whether that is better */
} CaseloadDashboardChange;

/* One STEPPS cohort's figures (caseload_stepps_cohort_figures). */
typedef struct {
  char       *cohort_id;
  char       *name;
  char       *start_on;
  char       *end_on;
  gboolean    finished;               /* its last session is before today */
  guint       participants;
  guint       completers;
  double      completion_rate;        /* completers / participants */
  guint       best_people;            /* participants with two or more BEST totals */
  double      mean_best_change;       /* their mean change (last − first; lower is better) */
} CaseloadDashboardCohort;

typedef struct {
  char       *from;                 /* the range, as asked */
  char       *to;
  char       *pcn;                  /* NULL: all PCNs */

  GArray     *caseload_by_worker;        /* of CaseloadDashboardCount: label worker, detail organisation; most first */
  GArray     *caseload_by_organisation;  /* label organisation; most first */
  GArray     *referrals_in;              /* label month, detail CaseloadReferralSource code; by month then source */
  GArray     *referrals_out;             /* label month, detail outcome: "signposted", "referred-on", "declined",
                                            or a CaseloadTransferKind code; by month then outcome */

  guint       waits_measured;       /* referrals in range whose clock stopped */
  gint64      wait_median_seconds;  /* of those, counted time (pauses excluded), nearest rank */
  gint64      wait_p90_seconds;
  guint       waits_missed;         /* stopped after the due time */
  guint       waiting_now;          /* clocks running now (in range) */
  guint       breached_now;         /* of those, past due */
  guint       near_breach_now;      /* of those, near breach */
  guint       unallocated;          /* accepted, not transferred, nobody allocated */
  guint       overdue_reviews;      /* next review date before today on an open referral */
  guint       break_glass_to_review;
  /* Outcomes (schema 5): measures completed in the range, goals in the current plans of
   * the people the manager sees (the person's PCN for the PCN filter). */
  guint       people_measured;        /* people with a measure completed in the range */
  guint       people_measured_twice;  /* of those, people with two or more totals of one
                                         instrument: change can be seen */
  GArray     *measure_change;         /* of CaseloadDashboardChange, in instrument order,
                                         only instruments with people */
  guint       goals;                  /* goals in current plans */
  guint       goals_achieved;         /* of those, achieved */
  guint       plan_reviews_overdue;   /* current plans whose review date is before today */
  /* Pathways (schema 6). STEPPS: cohorts running in the range or finished in it. */
  GArray     *cohorts;                /* of CaseloadDashboardCohort, by start date */
  /* Open Dialogue: episodes whose contact is in the range (caseload_od_clock at now). */
  guint       od_episodes;
  guint       od_met;                 /* first network meeting within 24 hours */
  guint       od_met_late;            /* after 24 hours */
  guint       od_running;             /* no meeting yet, within 24 hours */
  guint       od_breached;            /* no meeting, past 24 hours */
  /* IPS: per specialist, then the service (caseload_ips_figures); the latest fidelity
   * review (fidelity_total 0: none). */
  GArray     *ips;                    /* of CaseloadIpsFigures */
  int         fidelity_total;
  CaseloadFidelityBand fidelity_band;
  char       *fidelity_service;
  char       *fidelity_on;
  /* Housing: open referrals by status, and referrals closed in the range in the CLOSED
   * slot; people by their latest accommodation status, and those not settled. */
  guint       housing_by_status[CASELOAD_HOUSING_CLOSED + 1];
  guint       accommodation_by_status[CASELOAD_ACCOMMODATION_HOSPITAL + 1];
  guint       not_settled;            /* people whose latest status is not settled */
} CaseloadDashboard;

CaseloadDashboard *caseload_dashboard_new  (const char *from, const char *to, const char *pcn);
void               caseload_dashboard_free (CaseloadDashboard *dashboard);
/* Adds one to a count table, keeping it unsorted; caseload_dashboard_sort() orders them. */
void               caseload_dashboard_count_add (GArray *counts, const char *label, const char *detail, guint n);
void               caseload_dashboard_sort (CaseloadDashboard *dashboard);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CaseloadDashboard, caseload_dashboard_free)

G_END_DECLS
