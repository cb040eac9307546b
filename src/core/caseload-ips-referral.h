/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "caseload-types.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_IPS_REFERRAL (caseload_ips_referral_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadIpsReferral, caseload_ips_referral, CASELOAD, IPS_REFERRAL, GObject)

/* A referral to an IPS employment specialist. Zero exclusion: any organisation can refer
 * and the only criterion is that the person wants to work ("wants-work"). "referred-on",
 * "specialist-id" / "-name" (the employment specialist), the journey's dates: "engaged-on"
 * (vocational profile done), "job-search-on"; "benefits-advice" given and
 * "benefits-advice-on"; "closed-on" and "close-reason" when it ends. The store fills "id",
 * "version", "referred-by-id", "referred-by-name", "referred-by-organisation-name",
 * "created-at". Its employer contacts are caseload_ips_referral_get_contacts()
 * (CaseloadEmployerContact, oldest first) and its jobs caseload_ips_referral_get_jobs()
 * (CaseloadIpsJob, oldest first). */
CaseloadIpsReferral  *caseload_ips_referral_new                               (void);
const char           *caseload_ips_referral_get_id                            (CaseloadIpsReferral *self);
void                  caseload_ips_referral_set_id                            (CaseloadIpsReferral *self, const char *id);
const char           *caseload_ips_referral_get_person_id                     (CaseloadIpsReferral *self);
void                  caseload_ips_referral_set_person_id                     (CaseloadIpsReferral *self, const char *person_id);
gboolean              caseload_ips_referral_get_wants_work                    (CaseloadIpsReferral *self);
void                  caseload_ips_referral_set_wants_work                    (CaseloadIpsReferral *self, gboolean wants_work);
const char           *caseload_ips_referral_get_referred_on                   (CaseloadIpsReferral *self);
void                  caseload_ips_referral_set_referred_on                   (CaseloadIpsReferral *self, const char *referred_on);
const char           *caseload_ips_referral_get_specialist_id                 (CaseloadIpsReferral *self);
void                  caseload_ips_referral_set_specialist_id                 (CaseloadIpsReferral *self, const char *specialist_id);
const char           *caseload_ips_referral_get_specialist_name               (CaseloadIpsReferral *self);
void                  caseload_ips_referral_set_specialist_name               (CaseloadIpsReferral *self, const char *specialist_name);
const char           *caseload_ips_referral_get_engaged_on                    (CaseloadIpsReferral *self);
void                  caseload_ips_referral_set_engaged_on                    (CaseloadIpsReferral *self, const char *engaged_on);
const char           *caseload_ips_referral_get_job_search_on                 (CaseloadIpsReferral *self);
void                  caseload_ips_referral_set_job_search_on                 (CaseloadIpsReferral *self, const char *job_search_on);
gboolean              caseload_ips_referral_get_benefits_advice               (CaseloadIpsReferral *self);
void                  caseload_ips_referral_set_benefits_advice               (CaseloadIpsReferral *self, gboolean benefits_advice);
const char           *caseload_ips_referral_get_benefits_advice_on            (CaseloadIpsReferral *self);
void                  caseload_ips_referral_set_benefits_advice_on            (CaseloadIpsReferral *self, const char *benefits_advice_on);
const char           *caseload_ips_referral_get_closed_on                     (CaseloadIpsReferral *self);
void                  caseload_ips_referral_set_closed_on                     (CaseloadIpsReferral *self, const char *closed_on);
const char           *caseload_ips_referral_get_close_reason                  (CaseloadIpsReferral *self);
void                  caseload_ips_referral_set_close_reason                  (CaseloadIpsReferral *self, const char *close_reason);
int                   caseload_ips_referral_get_version                       (CaseloadIpsReferral *self);
void                  caseload_ips_referral_set_version                       (CaseloadIpsReferral *self, int version);
const char           *caseload_ips_referral_get_referred_by_id                (CaseloadIpsReferral *self);
void                  caseload_ips_referral_set_referred_by_id                (CaseloadIpsReferral *self, const char *referred_by_id);
const char           *caseload_ips_referral_get_referred_by_name              (CaseloadIpsReferral *self);
void                  caseload_ips_referral_set_referred_by_name              (CaseloadIpsReferral *self, const char *referred_by_name);
const char           *caseload_ips_referral_get_referred_by_organisation_name (CaseloadIpsReferral *self);
void                  caseload_ips_referral_set_referred_by_organisation_name (CaseloadIpsReferral *self, const char *referred_by_organisation_name);
const char           *caseload_ips_referral_get_created_at                    (CaseloadIpsReferral *self);
void                  caseload_ips_referral_set_created_at                    (CaseloadIpsReferral *self, const char *created_at);

/* Employer contacts (CaseloadEmployerContact) and jobs (CaseloadIpsJob), oldest first. */
GPtrArray *caseload_ips_referral_get_contacts (CaseloadIpsReferral *self);
GPtrArray *caseload_ips_referral_get_jobs     (CaseloadIpsReferral *self);

G_END_DECLS
