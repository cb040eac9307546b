/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  CASELOAD_ORGANISATION_GP_PRACTICE,
  CASELOAD_ORGANISATION_MENTAL_HEALTH_TRUST,
  CASELOAD_ORGANISATION_ADULT_SOCIAL_CARE,
  CASELOAD_ORGANISATION_VCSE,
  CASELOAD_ORGANISATION_HOUSING,
  CASELOAD_ORGANISATION_EMPLOYMENT,
  CASELOAD_ORGANISATION_TALKING_THERAPIES,
} CaseloadOrganisationKind;

typedef enum {
  CASELOAD_RELATIONSHIP_CARER,
  CASELOAD_RELATIONSHIP_FAMILY,
  CASELOAD_RELATIONSHIP_FRIEND,
  CASELOAD_RELATIONSHIP_PROFESSIONAL,
} CaseloadRelationship;

typedef enum {
  CASELOAD_ENTRY_APPOINTMENT,
  CASELOAD_ENTRY_PHONE_CALL,
  CASELOAD_ENTRY_HOME_VISIT,
  CASELOAD_ENTRY_NOTE,
  CASELOAD_ENTRY_LETTER,
  CASELOAD_ENTRY_NETWORK_MEETING,
  CASELOAD_ENTRY_VIDEO_CALL,
  CASELOAD_ENTRY_MESSAGE,
} CaseloadEntryKind;

typedef enum {
  CASELOAD_SENSITIVITY_STANDARD,
  CASELOAD_SENSITIVITY_PRIVATE,
} CaseloadSensitivity;

/* What a staff member does, for the access policy (their job title is free text). */
typedef enum {
  CASELOAD_ROLE_PRIMARY_CARE_CLINICIAN,
  CASELOAD_ROLE_MENTAL_HEALTH_PRACTITIONER,
  CASELOAD_ROLE_PSYCHIATRIST,
  CASELOAD_ROLE_SOCIAL_WORKER,
  CASELOAD_ROLE_AMHP,
  CASELOAD_ROLE_VCSE_WORKER,
  CASELOAD_ROLE_PEER_SUPPORT_WORKER,
  CASELOAD_ROLE_HOUSING_OFFICER,
  CASELOAD_ROLE_EMPLOYMENT_SPECIALIST,
  CASELOAD_ROLE_TEAM_MANAGER,
  CASELOAD_ROLE_ADMINISTRATOR,
} CaseloadAccessRole;

typedef enum {
  CASELOAD_CONSENT_METHOD_VERBAL,
  CASELOAD_CONSENT_METHOD_WRITTEN,
  CASELOAD_CONSENT_METHOD_BEST_INTERESTS,
} CaseloadConsentMethod;

/* Stable codes stored in the database and used in interchange. */
const char *caseload_organisation_kind_to_code (CaseloadOrganisationKind kind);
gboolean    caseload_organisation_kind_from_code (const char *code, CaseloadOrganisationKind *kind);
const char *caseload_organisation_kind_label (CaseloadOrganisationKind kind);

const char *caseload_relationship_to_code (CaseloadRelationship relationship);
gboolean    caseload_relationship_from_code (const char *code, CaseloadRelationship *relationship);
const char *caseload_relationship_label (CaseloadRelationship relationship);

const char *caseload_entry_kind_to_code (CaseloadEntryKind kind);
gboolean    caseload_entry_kind_from_code (const char *code, CaseloadEntryKind *kind);
const char *caseload_entry_kind_label (CaseloadEntryKind kind);
const char *caseload_entry_kind_icon_name (CaseloadEntryKind kind);

const char *caseload_access_role_to_code (CaseloadAccessRole role);
gboolean    caseload_access_role_from_code (const char *code, CaseloadAccessRole *role);
const char *caseload_access_role_label (CaseloadAccessRole role);

const char *caseload_consent_method_to_code (CaseloadConsentMethod method);
gboolean    caseload_consent_method_from_code (const char *code, CaseloadConsentMethod *method);
const char *caseload_consent_method_label (CaseloadConsentMethod method);

const char *caseload_sensitivity_to_code (CaseloadSensitivity sensitivity);
gboolean    caseload_sensitivity_from_code (const char *code, CaseloadSensitivity *sensitivity);

G_END_DECLS
