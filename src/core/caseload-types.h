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

/* Referrals, waiting times and allocation (schema 4). */
typedef enum {
  CASELOAD_REFERRAL_SOURCE_GP,
  CASELOAD_REFERRAL_SOURCE_SELF,
  CASELOAD_REFERRAL_SOURCE_THURROCK_FIRST,
  CASELOAD_REFERRAL_SOURCE_CRISIS_SERVICE,
  CASELOAD_REFERRAL_SOURCE_SOCIAL_CARE,
  CASELOAD_REFERRAL_SOURCE_VCSE,
  CASELOAD_REFERRAL_SOURCE_HOUSING,
  CASELOAD_REFERRAL_SOURCE_OTHER,
} CaseloadReferralSource;

typedef enum {
  CASELOAD_URGENCY_ROUTINE,
  CASELOAD_URGENCY_URGENT,
  CASELOAD_URGENCY_VERY_URGENT,
} CaseloadUrgency;

/* Where a referral is: waiting for triage, then one of the triage outcomes, then (for
 * an accepted referral) transferred when the team's part ends. Never "discharged". */
typedef enum {
  CASELOAD_REFERRAL_STATUS_AWAITING_TRIAGE,
  CASELOAD_REFERRAL_STATUS_ACCEPTED,
  CASELOAD_REFERRAL_STATUS_SIGNPOSTED,
  CASELOAD_REFERRAL_STATUS_REFERRED_ON,
  CASELOAD_REFERRAL_STATUS_DECLINED,
  CASELOAD_REFERRAL_STATUS_TRANSFERRED,
} CaseloadReferralStatus;

typedef enum {
  CASELOAD_TRIAGE_ACCEPT,
  CASELOAD_TRIAGE_SIGNPOST,
  CASELOAD_TRIAGE_REFER_ON,
  CASELOAD_TRIAGE_DECLINE,
} CaseloadTriageOutcome;

/* "No wrong door": where a signposted person was pointed. */
typedef enum {
  CASELOAD_SIGNPOST_VCSE,
  CASELOAD_SIGNPOST_TALKING_THERAPIES,
  CASELOAD_SIGNPOST_SOCIAL_PRESCRIBING,
  CASELOAD_SIGNPOST_LOCAL_AREA_COORDINATOR,
  CASELOAD_SIGNPOST_RECOVERY_COLLEGE,
  CASELOAD_SIGNPOST_OTHER,
} CaseloadSignpost;

typedef enum {
  CASELOAD_TRANSFER_TO_GP,
  CASELOAD_TRANSFER_TO_ANOTHER_SERVICE,
  CASELOAD_TRANSFER_ENDED_BY_CHOICE,
} CaseloadTransferKind;

/* The only reasons a waiting-time clock may stop counting. */
typedef enum {
  CASELOAD_PAUSE_PERSON_ASKED_TO_WAIT,
  CASELOAD_PAUSE_IN_HOSPITAL,
} CaseloadPauseReason;

/* The steps of a referral's wait, in order; a standard's clock stops at one of them. */
typedef enum {
  CASELOAD_MILESTONE_FIRST_CONTACT,
  CASELOAD_MILESTONE_ASSESSMENT,
  CASELOAD_MILESTONE_HELP_STARTED,
} CaseloadMilestone;

typedef enum {
  CASELOAD_HELP_INTERVENTION,
  CASELOAD_HELP_SUPPORT_PLAN,
} CaseloadHelpKind;

typedef enum {
  CASELOAD_WAIT_UNIT_HOURS,
  CASELOAD_WAIT_UNIT_DAYS,
} CaseloadWaitUnit;

/* A waiting-time clock as read at one moment. */
typedef enum {
  CASELOAD_CLOCK_RUNNING,
  CASELOAD_CLOCK_NEAR_BREACH,
  CASELOAD_CLOCK_BREACHED,
  CASELOAD_CLOCK_PAUSED,
  CASELOAD_CLOCK_MET,
  CASELOAD_CLOCK_MISSED,
  CASELOAD_CLOCK_NONE,
} CaseloadClockState;

/* A named worker's role on a case. */
typedef enum {
  CASELOAD_CASE_ROLE_CARE_COORDINATOR,
  CASELOAD_CASE_ROLE_KEY_WORKER,
  CASELOAD_CASE_ROLE_THERAPIST,
  CASELOAD_CASE_ROLE_PEER_SUPPORT,
  CASELOAD_CASE_ROLE_SOCIAL_WORKER,
  CASELOAD_CASE_ROLE_EMPLOYMENT_SPECIALIST,
  CASELOAD_CASE_ROLE_PSYCHIATRIST,
  CASELOAD_CASE_ROLE_HOUSING_WORKER,
  CASELOAD_CASE_ROLE_OTHER,
} CaseloadCaseRole;

typedef enum {
  CASELOAD_TASK_ORIGIN_MANUAL,
  CASELOAD_TASK_ORIGIN_REVIEW_DUE,
  CASELOAD_TASK_ORIGIN_CLOCK_NEAR_BREACH,
  CASELOAD_TASK_ORIGIN_NEW_ALLOCATION,
  CASELOAD_TASK_ORIGIN_PLAN_ACTION,
} CaseloadTaskOrigin;

/* Whether the person wrote a part of their plan, or agreed it as written with them. */
typedef enum {
  CASELOAD_COPRODUCTION_NOT_RECORDED,
  CASELOAD_COPRODUCTION_PERSON_WROTE,
  CASELOAD_COPRODUCTION_PERSON_AGREED,
} CaseloadCoproductionKind;

/* How the person was given a copy of their plan. */
typedef enum {
  CASELOAD_COPY_NOT_GIVEN,
  CASELOAD_COPY_PRINTED,
  CASELOAD_COPY_EMAILED,
  CASELOAD_COPY_READ_ALOUD,
  CASELOAD_COPY_TRANSLATED,
} CaseloadCopyFormat;

/* Progress towards a goal, in the person's terms. */
typedef enum {
  CASELOAD_GOAL_NOT_STARTED,
  CASELOAD_GOAL_UNDER_WAY,
  CASELOAD_GOAL_ACHIEVED,
  CASELOAD_GOAL_CHANGED_MIND,
} CaseloadGoalProgress;

/* Who does an action in a plan. */
typedef enum {
  CASELOAD_ACTION_OWNER_PERSON,
  CASELOAD_ACTION_OWNER_NETWORK,
  CASELOAD_ACTION_OWNER_WORKER,
  CASELOAD_ACTION_OWNER_ORGANISATION,
} CaseloadActionOwnerKind;

/* The eleven DIALOG areas, in DIALOG's order: eight life areas, then three about
 * treatment (DOMAIN.md). A goal is linked to one. */
typedef enum {
  CASELOAD_LIFE_AREA_MENTAL_HEALTH,
  CASELOAD_LIFE_AREA_PHYSICAL_HEALTH,
  CASELOAD_LIFE_AREA_JOB,
  CASELOAD_LIFE_AREA_ACCOMMODATION,
  CASELOAD_LIFE_AREA_LEISURE,
  CASELOAD_LIFE_AREA_FRIENDSHIPS,
  CASELOAD_LIFE_AREA_PARTNER_FAMILY,
  CASELOAD_LIFE_AREA_PERSONAL_SAFETY,
  CASELOAD_LIFE_AREA_MEDICATION,
  CASELOAD_LIFE_AREA_PRACTICAL_HELP,
  CASELOAD_LIFE_AREA_MEETINGS,
} CaseloadLifeArea;

/* The outcome measures (see caseload-instrument.h for their definitions). */
typedef enum {
  CASELOAD_INSTRUMENT_PHQ9,
  CASELOAD_INSTRUMENT_GAD7,
  CASELOAD_INSTRUMENT_DIALOG,
  CASELOAD_INSTRUMENT_SWEMWBS,
  CASELOAD_INSTRUMENT_CORE10,
  CASELOAD_INSTRUMENT_BEST,
  CASELOAD_INSTRUMENT_REQOL10,
} CaseloadInstrument;

/* Who filled in a measure. */
typedef enum {
  CASELOAD_COMPLETED_BY_PERSON,
  CASELOAD_COMPLETED_BY_WORKER_WITH_PERSON,
} CaseloadCompletedBy;

/* The pathways a person can be on (lists filter by them; the Overview shows them). */
typedef enum {
  CASELOAD_PATHWAY_STEPPS,
  CASELOAD_PATHWAY_OPEN_DIALOGUE,
  CASELOAD_PATHWAY_IPS,
  CASELOAD_PATHWAY_HOUSING,
} CaseloadPathway;

/* A STEPPS cohort's programme; each has a default number of weekly sessions. */
typedef enum {
  CASELOAD_STEPPS_ADULT_20,
  CASELOAD_STEPPS_THURROCK_21,
  CASELOAD_STEPPS_EI_12,
  CASELOAD_STEPPS_CUSTOM,
} CaseloadSteppsProgramme;

/* A participant at one group session. */
typedef enum {
  CASELOAD_ATTENDANCE_ATTENDED,
  CASELOAD_ATTENDANCE_APOLOGIES,
  CASELOAD_ATTENDANCE_DID_NOT_ATTEND,
} CaseloadAttendanceStatus;

/* How an Open Dialogue episode began. */
typedef enum {
  CASELOAD_OD_START_REFERRAL,
  CASELOAD_OD_START_CRISIS_CONTACT,
} CaseloadOdStart;

/* Where a network meeting was held. */
typedef enum {
  CASELOAD_OD_PLACE_HOME,
  CASELOAD_OD_PLACE_CLINIC,
  CASELOAD_OD_PLACE_VIDEO,
} CaseloadOdPlace;

/* The 24 hours from first contact to the first network meeting. */
typedef enum {
  CASELOAD_OD_CLOCK_RUNNING,
  CASELOAD_OD_CLOCK_MET,
  CASELOAD_OD_CLOCK_MET_LATE,
  CASELOAD_OD_CLOCK_BREACHED,
} CaseloadOdClockState;

/* Where a person is on the IPS journey (worked out from the dates; see caseload-ips.h). */
typedef enum {
  CASELOAD_IPS_STAGE_REFERRED,
  CASELOAD_IPS_STAGE_ENGAGED,
  CASELOAD_IPS_STAGE_JOB_SEARCH,
  CASELOAD_IPS_STAGE_IN_WORK,
  CASELOAD_IPS_STAGE_CLOSED,
} CaseloadIpsStage;

/* What came of a contact with an employer. */
typedef enum {
  CASELOAD_EMPLOYER_FOLLOW_UP,
  CASELOAD_EMPLOYER_INTERVIEW,
  CASELOAD_EMPLOYER_JOB_OFFER,
  CASELOAD_EMPLOYER_NO_VACANCY,
  CASELOAD_EMPLOYER_NOT_SUITABLE,
} CaseloadEmployerOutcome;

/* How a job is paid (competitive employment). */
typedef enum {
  CASELOAD_PAY_HOURLY,
  CASELOAD_PAY_SALARIED,
  CASELOAD_PAY_SELF_EMPLOYED,
} CaseloadPayType;

/* Why a job ended (NOT_ENDED while it goes on). */
typedef enum {
  CASELOAD_JOB_NOT_ENDED,
  CASELOAD_JOB_LEFT_BY_CHOICE,
  CASELOAD_JOB_CONTRACT_ENDED,
  CASELOAD_JOB_DISMISSED,
  CASELOAD_JOB_HEALTH,
  CASELOAD_JOB_NEW_JOB,
  CASELOAD_JOB_OTHER,
} CaseloadJobEndReason;

/* What a housing referral is for. */
typedef enum {
  CASELOAD_HOUSING_PREVENTION,
  CASELOAD_HOUSING_RELIEF,
  CASELOAD_HOUSING_FLOATING_SUPPORT,
  CASELOAD_HOUSING_SUPPORTED_ACCOMMODATION,
  CASELOAD_HOUSING_ADAPTATIONS,
} CaseloadHousingKind;

/* A housing referral's status, in the order it moves forward. */
typedef enum {
  CASELOAD_HOUSING_SENT,
  CASELOAD_HOUSING_ACKNOWLEDGED,
  CASELOAD_HOUSING_ASSESSED,
  CASELOAD_HOUSING_OFFERED,
  CASELOAD_HOUSING_IN_PLACE,
  CASELOAD_HOUSING_CLOSED,
} CaseloadHousingStatus;

/* How a closed housing referral ended (NONE while open). */
typedef enum {
  CASELOAD_HOUSING_OUTCOME_NONE,
  CASELOAD_HOUSING_OUTCOME_HOME_KEPT,
  CASELOAD_HOUSING_OUTCOME_REHOUSED,
  CASELOAD_HOUSING_OUTCOME_SUPPORT_COMPLETED,
  CASELOAD_HOUSING_OUTCOME_NOT_ELIGIBLE,
  CASELOAD_HOUSING_OUTCOME_DECLINED,
  CASELOAD_HOUSING_OUTCOME_WITHDRAWN,
  CASELOAD_HOUSING_OUTCOME_OTHER,
} CaseloadHousingOutcome;

/* A person's accommodation status (DOMAIN.md). */
typedef enum {
  CASELOAD_ACCOMMODATION_SETTLED,
  CASELOAD_ACCOMMODATION_AT_RISK,
  CASELOAD_ACCOMMODATION_TEMPORARY,
  CASELOAD_ACCOMMODATION_HOMELESS,
  CASELOAD_ACCOMMODATION_SUPPORTED,
  CASELOAD_ACCOMMODATION_HOSPITAL,
} CaseloadAccommodation;

/* An IPS-25 fidelity total's band (caseload-fidelity.h). */
typedef enum {
  CASELOAD_FIDELITY_NOT_IPS,
  CASELOAD_FIDELITY_FAIR,
  CASELOAD_FIDELITY_GOOD,
  CASELOAD_FIDELITY_EXEMPLARY,
} CaseloadFidelityBand;

/* The caseload lists (see CaseloadCaseQuery). */
typedef enum {
  CASELOAD_LIST_MY_CASELOAD,
  CASELOAD_LIST_TEAM_CASELOAD,
  CASELOAD_LIST_WAITING,
  CASELOAD_LIST_UNALLOCATED,
} CaseloadCaseListKind;

typedef enum {
  CASELOAD_CASE_SORT_DEFAULT,      /* waiting: urgency then longest wait; others: name */
  CASELOAD_CASE_SORT_NAME,
  CASELOAD_CASE_SORT_WORKER,
  CASELOAD_CASE_SORT_WAIT,         /* longest wait first */
  CASELOAD_CASE_SORT_DUE,          /* soonest clock due first */
  CASELOAD_CASE_SORT_NEXT_REVIEW,  /* soonest review first */
  CASELOAD_CASE_SORT_LAST_CONTACT, /* longest since last contact first */
} CaseloadCaseSort;

typedef enum {
  CASELOAD_BREACH_FILTER_ANY,
  CASELOAD_BREACH_FILTER_NEAR_OR_BREACHED,
  CASELOAD_BREACH_FILTER_BREACHED,
} CaseloadBreachFilter;

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

const char *caseload_referral_source_to_code (CaseloadReferralSource value);
gboolean    caseload_referral_source_from_code (const char *code, CaseloadReferralSource *value);
const char *caseload_referral_source_label (CaseloadReferralSource value);
const char *caseload_urgency_to_code (CaseloadUrgency value);
gboolean    caseload_urgency_from_code (const char *code, CaseloadUrgency *value);
const char *caseload_urgency_label (CaseloadUrgency value);
const char *caseload_referral_status_to_code (CaseloadReferralStatus value);
gboolean    caseload_referral_status_from_code (const char *code, CaseloadReferralStatus *value);
const char *caseload_referral_status_label (CaseloadReferralStatus value);
const char *caseload_triage_outcome_to_code (CaseloadTriageOutcome value);
gboolean    caseload_triage_outcome_from_code (const char *code, CaseloadTriageOutcome *value);
const char *caseload_triage_outcome_label (CaseloadTriageOutcome value);
const char *caseload_signpost_to_code (CaseloadSignpost value);
gboolean    caseload_signpost_from_code (const char *code, CaseloadSignpost *value);
const char *caseload_signpost_label (CaseloadSignpost value);
const char *caseload_transfer_kind_to_code (CaseloadTransferKind value);
gboolean    caseload_transfer_kind_from_code (const char *code, CaseloadTransferKind *value);
const char *caseload_transfer_kind_label (CaseloadTransferKind value);
const char *caseload_pause_reason_to_code (CaseloadPauseReason value);
gboolean    caseload_pause_reason_from_code (const char *code, CaseloadPauseReason *value);
const char *caseload_pause_reason_label (CaseloadPauseReason value);
const char *caseload_milestone_to_code (CaseloadMilestone value);
gboolean    caseload_milestone_from_code (const char *code, CaseloadMilestone *value);
const char *caseload_milestone_label (CaseloadMilestone value);
const char *caseload_help_kind_to_code (CaseloadHelpKind value);
gboolean    caseload_help_kind_from_code (const char *code, CaseloadHelpKind *value);
const char *caseload_help_kind_label (CaseloadHelpKind value);
const char *caseload_wait_unit_to_code (CaseloadWaitUnit value);
gboolean    caseload_wait_unit_from_code (const char *code, CaseloadWaitUnit *value);
const char *caseload_wait_unit_label (CaseloadWaitUnit value);
const char *caseload_clock_state_to_code (CaseloadClockState value);
gboolean    caseload_clock_state_from_code (const char *code, CaseloadClockState *value);
const char *caseload_clock_state_label (CaseloadClockState value);
const char *caseload_case_role_to_code (CaseloadCaseRole value);
gboolean    caseload_case_role_from_code (const char *code, CaseloadCaseRole *value);
const char *caseload_case_role_label (CaseloadCaseRole value);
const char *caseload_task_origin_to_code (CaseloadTaskOrigin value);
gboolean    caseload_task_origin_from_code (const char *code, CaseloadTaskOrigin *value);
const char *caseload_task_origin_label (CaseloadTaskOrigin value);
const char *caseload_coproduction_kind_to_code (CaseloadCoproductionKind value);
gboolean    caseload_coproduction_kind_from_code (const char *code, CaseloadCoproductionKind *value);
const char *caseload_coproduction_kind_label (CaseloadCoproductionKind value);
const char *caseload_copy_format_to_code (CaseloadCopyFormat value);
gboolean    caseload_copy_format_from_code (const char *code, CaseloadCopyFormat *value);
const char *caseload_copy_format_label (CaseloadCopyFormat value);
const char *caseload_goal_progress_to_code (CaseloadGoalProgress value);
gboolean    caseload_goal_progress_from_code (const char *code, CaseloadGoalProgress *value);
const char *caseload_goal_progress_label (CaseloadGoalProgress value);
const char *caseload_action_owner_kind_to_code (CaseloadActionOwnerKind value);
gboolean    caseload_action_owner_kind_from_code (const char *code, CaseloadActionOwnerKind *value);
const char *caseload_action_owner_kind_label (CaseloadActionOwnerKind value);
const char *caseload_life_area_to_code (CaseloadLifeArea value);
gboolean    caseload_life_area_from_code (const char *code, CaseloadLifeArea *value);
const char *caseload_life_area_label (CaseloadLifeArea value);
const char *caseload_instrument_to_code (CaseloadInstrument value);
gboolean    caseload_instrument_from_code (const char *code, CaseloadInstrument *value);
const char *caseload_instrument_label (CaseloadInstrument value);
const char *caseload_completed_by_to_code (CaseloadCompletedBy value);
gboolean    caseload_completed_by_from_code (const char *code, CaseloadCompletedBy *value);
const char *caseload_completed_by_label (CaseloadCompletedBy value);
const char *caseload_pathway_to_code (CaseloadPathway value);
gboolean    caseload_pathway_from_code (const char *code, CaseloadPathway *value);
const char *caseload_pathway_label (CaseloadPathway value);
const char *caseload_stepps_programme_to_code (CaseloadSteppsProgramme value);
gboolean    caseload_stepps_programme_from_code (const char *code, CaseloadSteppsProgramme *value);
const char *caseload_stepps_programme_label (CaseloadSteppsProgramme value);
const char *caseload_attendance_status_to_code (CaseloadAttendanceStatus value);
gboolean    caseload_attendance_status_from_code (const char *code, CaseloadAttendanceStatus *value);
const char *caseload_attendance_status_label (CaseloadAttendanceStatus value);
const char *caseload_od_start_to_code (CaseloadOdStart value);
gboolean    caseload_od_start_from_code (const char *code, CaseloadOdStart *value);
const char *caseload_od_start_label (CaseloadOdStart value);
const char *caseload_od_place_to_code (CaseloadOdPlace value);
gboolean    caseload_od_place_from_code (const char *code, CaseloadOdPlace *value);
const char *caseload_od_place_label (CaseloadOdPlace value);
const char *caseload_od_clock_state_to_code (CaseloadOdClockState value);
gboolean    caseload_od_clock_state_from_code (const char *code, CaseloadOdClockState *value);
const char *caseload_od_clock_state_label (CaseloadOdClockState value);
const char *caseload_ips_stage_to_code (CaseloadIpsStage value);
gboolean    caseload_ips_stage_from_code (const char *code, CaseloadIpsStage *value);
const char *caseload_ips_stage_label (CaseloadIpsStage value);
const char *caseload_employer_outcome_to_code (CaseloadEmployerOutcome value);
gboolean    caseload_employer_outcome_from_code (const char *code, CaseloadEmployerOutcome *value);
const char *caseload_employer_outcome_label (CaseloadEmployerOutcome value);
const char *caseload_pay_type_to_code (CaseloadPayType value);
gboolean    caseload_pay_type_from_code (const char *code, CaseloadPayType *value);
const char *caseload_pay_type_label (CaseloadPayType value);
const char *caseload_job_end_reason_to_code (CaseloadJobEndReason value);
gboolean    caseload_job_end_reason_from_code (const char *code, CaseloadJobEndReason *value);
const char *caseload_job_end_reason_label (CaseloadJobEndReason value);
const char *caseload_housing_kind_to_code (CaseloadHousingKind value);
gboolean    caseload_housing_kind_from_code (const char *code, CaseloadHousingKind *value);
const char *caseload_housing_kind_label (CaseloadHousingKind value);
const char *caseload_housing_status_to_code (CaseloadHousingStatus value);
gboolean    caseload_housing_status_from_code (const char *code, CaseloadHousingStatus *value);
const char *caseload_housing_status_label (CaseloadHousingStatus value);
const char *caseload_housing_outcome_to_code (CaseloadHousingOutcome value);
gboolean    caseload_housing_outcome_from_code (const char *code, CaseloadHousingOutcome *value);
const char *caseload_housing_outcome_label (CaseloadHousingOutcome value);
const char *caseload_accommodation_to_code (CaseloadAccommodation value);
gboolean    caseload_accommodation_from_code (const char *code, CaseloadAccommodation *value);
const char *caseload_accommodation_label (CaseloadAccommodation value);
const char *caseload_fidelity_band_to_code (CaseloadFidelityBand value);
gboolean    caseload_fidelity_band_from_code (const char *code, CaseloadFidelityBand *value);
const char *caseload_fidelity_band_label (CaseloadFidelityBand value);

G_END_DECLS
