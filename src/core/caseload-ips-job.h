/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "caseload-types.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_IPS_JOB (caseload_ips_job_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadIpsJob, caseload_ips_job, CASELOAD, IPS_JOB, GObject)

/* A job a person started on IPS: "employer", "role", "hours-per-week" (4 or more counts
 * as a job start), "pay-type" (CaseloadPayType), "started-on" (not before the referral),
 * "in-work-support" (the specialist supports them in work), "ended-on" and "end-reason"
 * (CaseloadJobEndReason) + "end-note" when it ends. */
CaseloadIpsJob       *caseload_ips_job_new                 (void);
const char           *caseload_ips_job_get_id              (CaseloadIpsJob *self);
void                  caseload_ips_job_set_id              (CaseloadIpsJob *self, const char *id);
const char           *caseload_ips_job_get_referral_id     (CaseloadIpsJob *self);
void                  caseload_ips_job_set_referral_id     (CaseloadIpsJob *self, const char *referral_id);
const char           *caseload_ips_job_get_employer        (CaseloadIpsJob *self);
void                  caseload_ips_job_set_employer        (CaseloadIpsJob *self, const char *employer);
const char           *caseload_ips_job_get_role            (CaseloadIpsJob *self);
void                  caseload_ips_job_set_role            (CaseloadIpsJob *self, const char *role);
double                caseload_ips_job_get_hours_per_week  (CaseloadIpsJob *self);
void                  caseload_ips_job_set_hours_per_week  (CaseloadIpsJob *self, double hours_per_week);
CaseloadPayType       caseload_ips_job_get_pay_type        (CaseloadIpsJob *self);
void                  caseload_ips_job_set_pay_type        (CaseloadIpsJob *self, CaseloadPayType pay_type);
const char           *caseload_ips_job_get_started_on      (CaseloadIpsJob *self);
void                  caseload_ips_job_set_started_on      (CaseloadIpsJob *self, const char *started_on);
gboolean              caseload_ips_job_get_in_work_support (CaseloadIpsJob *self);
void                  caseload_ips_job_set_in_work_support (CaseloadIpsJob *self, gboolean in_work_support);
const char           *caseload_ips_job_get_ended_on        (CaseloadIpsJob *self);
void                  caseload_ips_job_set_ended_on        (CaseloadIpsJob *self, const char *ended_on);
CaseloadJobEndReason  caseload_ips_job_get_end_reason      (CaseloadIpsJob *self);
void                  caseload_ips_job_set_end_reason      (CaseloadIpsJob *self, CaseloadJobEndReason end_reason);
const char           *caseload_ips_job_get_end_note        (CaseloadIpsJob *self);
void                  caseload_ips_job_set_end_note        (CaseloadIpsJob *self, const char *end_note);
int                   caseload_ips_job_get_version         (CaseloadIpsJob *self);
void                  caseload_ips_job_set_version         (CaseloadIpsJob *self, int version);

G_END_DECLS
