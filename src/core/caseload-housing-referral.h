/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "caseload-types.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_HOUSING_REFERRAL (caseload_housing_referral_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadHousingReferral, caseload_housing_referral, CASELOAD, HOUSING_REFERRAL, GObject)

/* A housing referral: "kind" (CaseloadHousingKind) to an organisation ("organisation-id" /
 * "-name": Housing Solutions, a floating support provider…), "sent-on"; its "status"
 * (CaseloadHousingStatus) since "status-on", updated by whoever holds the referral (a
 * housing officer in Caseload itself); "outcome" (CaseloadHousingOutcome) once closed.
 * "reason": why, for a change being saved (needed when the status moves backwards); the
 * history keeps it. The store fills "id", "version", "referred-by-name", "created-at";
 * the history of statuses is caseload_housing_referral_get_history()
 * (CaseloadHousingStatusChange, oldest first; the first is the referral being sent). */
CaseloadHousingReferral  *caseload_housing_referral_new                   (void);
const char               *caseload_housing_referral_get_id                (CaseloadHousingReferral *self);
void                      caseload_housing_referral_set_id                (CaseloadHousingReferral *self, const char *id);
const char               *caseload_housing_referral_get_person_id         (CaseloadHousingReferral *self);
void                      caseload_housing_referral_set_person_id         (CaseloadHousingReferral *self, const char *person_id);
CaseloadHousingKind       caseload_housing_referral_get_kind              (CaseloadHousingReferral *self);
void                      caseload_housing_referral_set_kind              (CaseloadHousingReferral *self, CaseloadHousingKind kind);
const char               *caseload_housing_referral_get_organisation_id   (CaseloadHousingReferral *self);
void                      caseload_housing_referral_set_organisation_id   (CaseloadHousingReferral *self, const char *organisation_id);
const char               *caseload_housing_referral_get_organisation_name (CaseloadHousingReferral *self);
void                      caseload_housing_referral_set_organisation_name (CaseloadHousingReferral *self, const char *organisation_name);
const char               *caseload_housing_referral_get_sent_on           (CaseloadHousingReferral *self);
void                      caseload_housing_referral_set_sent_on           (CaseloadHousingReferral *self, const char *sent_on);
CaseloadHousingStatus     caseload_housing_referral_get_status            (CaseloadHousingReferral *self);
void                      caseload_housing_referral_set_status            (CaseloadHousingReferral *self, CaseloadHousingStatus status);
const char               *caseload_housing_referral_get_status_on         (CaseloadHousingReferral *self);
void                      caseload_housing_referral_set_status_on         (CaseloadHousingReferral *self, const char *status_on);
CaseloadHousingOutcome    caseload_housing_referral_get_outcome           (CaseloadHousingReferral *self);
void                      caseload_housing_referral_set_outcome           (CaseloadHousingReferral *self, CaseloadHousingOutcome outcome);
const char               *caseload_housing_referral_get_reason            (CaseloadHousingReferral *self);
void                      caseload_housing_referral_set_reason            (CaseloadHousingReferral *self, const char *reason);
int                       caseload_housing_referral_get_version           (CaseloadHousingReferral *self);
void                      caseload_housing_referral_set_version           (CaseloadHousingReferral *self, int version);
const char               *caseload_housing_referral_get_referred_by_name  (CaseloadHousingReferral *self);
void                      caseload_housing_referral_set_referred_by_name  (CaseloadHousingReferral *self, const char *referred_by_name);
const char               *caseload_housing_referral_get_created_at        (CaseloadHousingReferral *self);
void                      caseload_housing_referral_set_created_at        (CaseloadHousingReferral *self, const char *created_at);

/* The history (CaseloadHousingStatusChange), oldest first; the referral owns it. */
GPtrArray *caseload_housing_referral_get_history (CaseloadHousingReferral *self);

G_END_DECLS
