/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "caseload-types.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_CONSENT (caseload_consent_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadConsent, caseload_consent, CASELOAD, CONSENT, GObject)

/* A person's decision about sharing their record with one organisation. Decisions are
 * never changed, only followed by newer ones; the newest per organisation counts.
 * Properties: "id", "person-id", "organisation-id", "organisation-name" (store fills),
 * "organisation-kind" (store fills), "may-view", "may-add" (implies may-view; both FALSE:
 * the person declined), "method" (CaseloadConsentMethod), "decided-on" (ISO date),
 * "review-date" (ISO date or NULL), "note", "recorded-by" (staff id, store fills),
 * "recorded-by-name" (store fills), "recorded-at" (ISO UTC, store fills). */
CaseloadConsent         *caseload_consent_new                       (void);
const char              *caseload_consent_get_id                    (CaseloadConsent *self);
void                     caseload_consent_set_id                    (CaseloadConsent *self, const char *id);
const char              *caseload_consent_get_person_id             (CaseloadConsent *self);
void                     caseload_consent_set_person_id             (CaseloadConsent *self, const char *person_id);
const char              *caseload_consent_get_organisation_id       (CaseloadConsent *self);
void                     caseload_consent_set_organisation_id       (CaseloadConsent *self, const char *organisation_id);
const char              *caseload_consent_get_organisation_name     (CaseloadConsent *self);
void                     caseload_consent_set_organisation_name     (CaseloadConsent *self, const char *organisation_name);
CaseloadOrganisationKind caseload_consent_get_organisation_kind     (CaseloadConsent *self);
void                     caseload_consent_set_organisation_kind     (CaseloadConsent *self, CaseloadOrganisationKind kind);
gboolean                 caseload_consent_get_may_view              (CaseloadConsent *self);
void                     caseload_consent_set_may_view              (CaseloadConsent *self, gboolean may_view);
gboolean                 caseload_consent_get_may_add               (CaseloadConsent *self);
void                     caseload_consent_set_may_add               (CaseloadConsent *self, gboolean may_add);
CaseloadConsentMethod    caseload_consent_get_method                (CaseloadConsent *self);
void                     caseload_consent_set_method                (CaseloadConsent *self, CaseloadConsentMethod method);
const char              *caseload_consent_get_decided_on            (CaseloadConsent *self);
void                     caseload_consent_set_decided_on            (CaseloadConsent *self, const char *decided_on);
const char              *caseload_consent_get_review_date           (CaseloadConsent *self);
void                     caseload_consent_set_review_date           (CaseloadConsent *self, const char *review_date);
const char              *caseload_consent_get_note                  (CaseloadConsent *self);
void                     caseload_consent_set_note                  (CaseloadConsent *self, const char *note);
const char              *caseload_consent_get_recorded_by           (CaseloadConsent *self);
void                     caseload_consent_set_recorded_by           (CaseloadConsent *self, const char *recorded_by);
const char              *caseload_consent_get_recorded_by_name      (CaseloadConsent *self);
void                     caseload_consent_set_recorded_by_name      (CaseloadConsent *self, const char *name);
const char              *caseload_consent_get_recorded_at           (CaseloadConsent *self);
void                     caseload_consent_set_recorded_at           (CaseloadConsent *self, const char *recorded_at);

G_END_DECLS
