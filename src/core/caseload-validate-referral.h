/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "caseload-allocation.h"
#include "caseload-clock-pause.h"
#include "caseload-referral.h"
#include "caseload-staff.h"
#include "caseload-task.h"
#include "caseload-threshold.h"
#include "caseload-validate.h"
#include "caseload-wait-standard.h"

G_BEGIN_DECLS

/*
 * The checks on referrals, triage, the steps of a wait, pauses, allocation, transfer,
 * tasks and the team's thresholds and standards. Each returns an array of
 * CaseloadFieldError (see caseload-validate.h), one per field at fault, named by the
 * object's property ("received-at", "destination", "staff-id", …), with a specific,
 * translated sentence; an empty array when all is well. Nothing is changed. Every store
 * runs them before writing anything.
 */

#define CASELOAD_MAX_THRESHOLD_TEXT 500

/* A new referral: a reason in the referrer's words, received not in the future. */
GPtrArray *caseload_referral_check            (CaseloadReferral *referral, GDateTime *now);
/* A triage decision: a named decision-maker and a date (not before the referral was
 * received, not in the future); where, for a signpost or a referral on; a reason, for a
 * decline. */
GPtrArray *caseload_referral_check_triage     (CaseloadReferral *referral, GDateTime *now);
/* The steps of the wait, in order: received ≤ first contact ≤ assessment ≤ start of help,
 * none in the future, and a later step only after the earlier ones. A review date, if
 * any, not before the referral was received. */
GPtrArray *caseload_referral_check_milestones (CaseloadReferral *referral, GDateTime *now);
/* A transfer: a kind, a destination (for "ended by choice", the person's choice in words),
 * a summary, and a date not before the referral was received and not in the future. */
GPtrArray *caseload_referral_check_transfer   (CaseloadReferral *referral, GDateTime *now);
/* An allocation: an active worker (@worker as the store read them; NULL: not found), a
 * start date not before the referral was received, an end date, if any, not before it. */
GPtrArray *caseload_allocation_check          (CaseloadAllocation *allocation, CaseloadStaff *worker,
                                               CaseloadReferral *referral);
/* A pause: one of the recorded reasons, starting after the referral was received and
 * not in the future, ending (if it has) after it starts. */
GPtrArray *caseload_clock_pause_check         (CaseloadClockPause *pause, CaseloadReferral *referral,
                                               GDateTime *now);
GPtrArray *caseload_task_check                (CaseloadTask *task);
/* A criterion in words, at most CASELOAD_MAX_THRESHOLD_TEXT characters. */
GPtrArray *caseload_threshold_check           (CaseloadThreshold *threshold);
/* A target of at least one unit (at most 365 days or 336 hours), a warning shorter than
 * the target. */
GPtrArray *caseload_wait_standard_check       (CaseloadWaitStandard *standard);

G_END_DECLS
