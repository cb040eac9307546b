/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "caseload-ips-referral.h"
#include "caseload-ips-job.h"
#include "caseload-staff.h"

G_BEGIN_DECLS

/*
 * IPS employment: the journey stage and the figures per employment specialist and for the
 * service (DOMAIN.md "IPS"). Pure functions over referrals read with their contacts and
 * jobs.
 */
#define CASELOAD_IPS_MIN_JOB_HOURS        4.0  /* a job start counts from 4 hours a week */
#define CASELOAD_IPS_CASELOAD_PER_FTE     20   /* a full-time specialist's caseload, at most */
#define CASELOAD_IPS_FIRST_CONTACT_DAYS   28   /* referral to first employer contact, target */

/* Where the person is: CLOSED once closed; IN_WORK with a counted job not ended;
 * JOB_SEARCH with a job-search date or an employer contact; ENGAGED with an engaged date;
 * else REFERRED. */
CaseloadIpsStage caseload_ips_referral_stage (CaseloadIpsReferral *referral);
/* Whether a job counts as a job start (4 hours a week or more). */
gboolean         caseload_ips_job_counts     (CaseloadIpsJob *job);

typedef struct {
  char     *specialist_id;            /* NULL for the service's row */
  char     *specialist_name;
  double    fte;                      /* the specialist's working time (1.0 full time) */
  guint     caseload;                 /* referrals open now (not closed) */
  gboolean  over_caseload;            /* caseload > 20 × fte */
  guint     referrals;                /* referred in the range */
  guint     engaged;                  /* of those, engaged (vocational profile) */
  guint     first_job_starts;         /* people whose first counted job started in the range */
  guint     job_starts;               /* counted jobs started in the range */
  guint     first_contacts;           /* referrals in the range with an employer contact */
  double    median_days_to_contact;   /* referral → first employer contact, of those */
  guint     contacts_within_target;   /* of those, within 28 days */
} CaseloadIpsFigures;

/* The figures over @referrals (CaseloadIpsReferral with contacts and jobs) for the range
 * @from–@to (ISO dates, inclusive; NULL: open at that end) at @today (NULL: the real
 * today): one row per specialist in @specialists (CaseloadStaff; "fte" their working
 * time) or named on a referral (full time), by name, then the service's row
 * (specialist_id NULL, fte the sum) last. "First job starts" count each person once, by
 * their earliest counted job over all of @referrals. GArray of CaseloadIpsFigures,
 * cleared with caseload_ips_figures_clear. */
GArray          *caseload_ips_figures (GPtrArray *referrals, GPtrArray *specialists,
                                       const char *from, const char *to, const GDate *today);
void             caseload_ips_figures_clear (CaseloadIpsFigures *figures);

G_END_DECLS
