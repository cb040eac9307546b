/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "caseload-types.h"

/* The codes are stored in the database and used in interchange: never change one.
 * Each table is indexed by the enum value. */

typedef struct {
  const char *code;
  const char *label;
  const char *icon_name;
} TypeInfo;

static const TypeInfo organisation_kinds[] = {
  [CASELOAD_ORGANISATION_GP_PRACTICE]         = { "gp-practice",         N_("GP practice"),             NULL },
  [CASELOAD_ORGANISATION_MENTAL_HEALTH_TRUST] = { "mental-health-trust", N_("NHS mental health trust"), NULL },
  [CASELOAD_ORGANISATION_ADULT_SOCIAL_CARE]   = { "adult-social-care",   N_("Adult social care"),       NULL },
  [CASELOAD_ORGANISATION_VCSE]                = { "vcse",                N_("Voluntary sector"),        NULL },
  [CASELOAD_ORGANISATION_HOUSING]             = { "housing",             N_("Housing"),                 NULL },
  [CASELOAD_ORGANISATION_EMPLOYMENT]          = { "employment",          N_("Employment support"),      NULL },
  [CASELOAD_ORGANISATION_TALKING_THERAPIES]   = { "talking-therapies",   N_("Talking therapies"),       NULL },
};

static const TypeInfo relationships[] = {
  [CASELOAD_RELATIONSHIP_CARER]        = { "carer",        N_("Carer"),        NULL },
  [CASELOAD_RELATIONSHIP_FAMILY]       = { "family",       N_("Family"),       NULL },
  [CASELOAD_RELATIONSHIP_FRIEND]       = { "friend",       N_("Friend"),       NULL },
  [CASELOAD_RELATIONSHIP_PROFESSIONAL] = { "professional", N_("Professional"), NULL },
};

/* Icon names are symbolic icons shipped by the Adwaita icon theme that GTK 4.8 uses. */
static const TypeInfo entry_kinds[] = {
  [CASELOAD_ENTRY_APPOINTMENT]     = { "appointment",     N_("Appointment"),     "x-office-calendar-symbolic" },
  [CASELOAD_ENTRY_PHONE_CALL]      = { "phone-call",      N_("Phone call"),      "call-start-symbolic" },
  [CASELOAD_ENTRY_HOME_VISIT]      = { "home-visit",      N_("Home visit"),      "go-home-symbolic" },
  [CASELOAD_ENTRY_NOTE]            = { "note",            N_("Note"),            "document-edit-symbolic" },
  [CASELOAD_ENTRY_LETTER]          = { "letter",          N_("Letter"),          "mail-unread-symbolic" },
  [CASELOAD_ENTRY_NETWORK_MEETING] = { "network-meeting", N_("Network meeting"), "system-users-symbolic" },
  [CASELOAD_ENTRY_VIDEO_CALL]      = { "video-call",      N_("Video call"),      "camera-web-symbolic" },
  [CASELOAD_ENTRY_MESSAGE]         = { "message",         N_("Message"),         "mail-send-symbolic" },
};

static const TypeInfo access_roles[] = {
  [CASELOAD_ROLE_PRIMARY_CARE_CLINICIAN]     = { "primary-care-clinician",     N_("GP or primary care clinician"),               NULL },
  [CASELOAD_ROLE_MENTAL_HEALTH_PRACTITIONER] = { "mental-health-practitioner", N_("Mental health practitioner"),                 NULL },
  [CASELOAD_ROLE_PSYCHIATRIST]               = { "psychiatrist",               N_("Psychiatrist"),                               NULL },
  [CASELOAD_ROLE_SOCIAL_WORKER]              = { "social-worker",              N_("Social worker"),                              NULL },
  [CASELOAD_ROLE_AMHP]                       = { "amhp",                       N_("Approved mental health professional (AMHP)"), NULL },
  [CASELOAD_ROLE_VCSE_WORKER]                = { "vcse-worker",                N_("Voluntary sector worker"),                    NULL },
  [CASELOAD_ROLE_PEER_SUPPORT_WORKER]        = { "peer-support-worker",        N_("Peer support worker"),                        NULL },
  [CASELOAD_ROLE_HOUSING_OFFICER]            = { "housing-officer",            N_("Housing officer"),                            NULL },
  [CASELOAD_ROLE_EMPLOYMENT_SPECIALIST]      = { "employment-specialist",      N_("Employment specialist"),                      NULL },
  [CASELOAD_ROLE_TEAM_MANAGER]               = { "team-manager",               N_("Team manager"),                               NULL },
  [CASELOAD_ROLE_ADMINISTRATOR]              = { "administrator",              N_("Administrator"),                              NULL },
};

static const TypeInfo consent_methods[] = {
  [CASELOAD_CONSENT_METHOD_VERBAL]         = { "verbal",         N_("Verbal"),                  NULL },
  [CASELOAD_CONSENT_METHOD_WRITTEN]        = { "written",        N_("Written"),                 NULL },
  [CASELOAD_CONSENT_METHOD_BEST_INTERESTS] = { "best-interests", N_("Best-interests decision"), NULL },
};

static const TypeInfo sensitivities[] = {
  [CASELOAD_SENSITIVITY_STANDARD] = { "standard", NULL, NULL },
  [CASELOAD_SENSITIVITY_PRIVATE]  = { "private",  NULL, NULL },
};

static const TypeInfo referral_sources[] = {
  [CASELOAD_REFERRAL_SOURCE_GP]              = { "gp", N_("GP"), NULL },
  [CASELOAD_REFERRAL_SOURCE_SELF]            = { "self", N_("Self-referral"), NULL },
  [CASELOAD_REFERRAL_SOURCE_THURROCK_FIRST]  = { "thurrock-first", N_("Thurrock First"), NULL },
  [CASELOAD_REFERRAL_SOURCE_CRISIS_SERVICE]  = { "crisis-service", N_("Crisis service"), NULL },
  [CASELOAD_REFERRAL_SOURCE_SOCIAL_CARE]     = { "social-care", N_("Social care"), NULL },
  [CASELOAD_REFERRAL_SOURCE_VCSE]            = { "vcse", N_("Voluntary sector"), NULL },
  [CASELOAD_REFERRAL_SOURCE_HOUSING]         = { "housing", N_("Housing"), NULL },
  [CASELOAD_REFERRAL_SOURCE_OTHER]           = { "other", N_("Other"), NULL },
};

static const TypeInfo urgencies[] = {
  [CASELOAD_URGENCY_ROUTINE]      = { "routine", N_("Routine"), NULL },
  [CASELOAD_URGENCY_URGENT]       = { "urgent", N_("Urgent"), NULL },
  [CASELOAD_URGENCY_VERY_URGENT]  = { "very-urgent", N_("Very urgent"), NULL },
};

static const TypeInfo referral_statuses[] = {
  [CASELOAD_REFERRAL_STATUS_AWAITING_TRIAGE]  = { "awaiting-triage", N_("Awaiting triage"), NULL },
  [CASELOAD_REFERRAL_STATUS_ACCEPTED]         = { "accepted", N_("Accepted"), NULL },
  [CASELOAD_REFERRAL_STATUS_SIGNPOSTED]       = { "signposted", N_("Signposted"), NULL },
  [CASELOAD_REFERRAL_STATUS_REFERRED_ON]      = { "referred-on", N_("Referred on to secondary care"), NULL },
  [CASELOAD_REFERRAL_STATUS_DECLINED]         = { "declined", N_("Declined"), NULL },
  [CASELOAD_REFERRAL_STATUS_TRANSFERRED]      = { "transferred", N_("Transferred"), NULL },
};

static const TypeInfo triage_outcomes[] = {
  [CASELOAD_TRIAGE_ACCEPT]    = { "accept", N_("Accept into the PCN team"), NULL },
  [CASELOAD_TRIAGE_SIGNPOST]  = { "signpost", N_("Signpost"), NULL },
  [CASELOAD_TRIAGE_REFER_ON]  = { "refer-on", N_("Refer on to EPUT secondary care"), NULL },
  [CASELOAD_TRIAGE_DECLINE]   = { "decline", N_("Decline"), NULL },
};

static const TypeInfo signposts[] = {
  [CASELOAD_SIGNPOST_VCSE]                    = { "vcse", N_("Voluntary sector"), NULL },
  [CASELOAD_SIGNPOST_TALKING_THERAPIES]       = { "talking-therapies", N_("Talking therapies"), NULL },
  [CASELOAD_SIGNPOST_SOCIAL_PRESCRIBING]      = { "social-prescribing", N_("Social prescribing"), NULL },
  [CASELOAD_SIGNPOST_LOCAL_AREA_COORDINATOR]  = { "local-area-coordinator", N_("Local Area Coordinator"), NULL },
  [CASELOAD_SIGNPOST_RECOVERY_COLLEGE]        = { "recovery-college", N_("Recovery College"), NULL },
  [CASELOAD_SIGNPOST_OTHER]                   = { "other", N_("Somewhere else"), NULL },
};

static const TypeInfo transfer_kinds[] = {
  [CASELOAD_TRANSFER_TO_GP]               = { "to-gp", N_("Back to the GP"), NULL },
  [CASELOAD_TRANSFER_TO_ANOTHER_SERVICE]  = { "to-another-service", N_("To another service"), NULL },
  [CASELOAD_TRANSFER_ENDED_BY_CHOICE]     = { "ended-by-choice", N_("Support ended by choice"), NULL },
};

static const TypeInfo pause_reasons[] = {
  [CASELOAD_PAUSE_PERSON_ASKED_TO_WAIT]  = { "person-asked-to-wait", N_("The person asked to wait"), NULL },
  [CASELOAD_PAUSE_IN_HOSPITAL]           = { "in-hospital", N_("In hospital"), NULL },
};

static const TypeInfo milestones[] = {
  [CASELOAD_MILESTONE_FIRST_CONTACT]  = { "first-contact", N_("First contact"), NULL },
  [CASELOAD_MILESTONE_ASSESSMENT]     = { "assessment", N_("Assessment"), NULL },
  [CASELOAD_MILESTONE_HELP_STARTED]   = { "help-started", N_("Start of help"), NULL },
};

static const TypeInfo help_kinds[] = {
  [CASELOAD_HELP_INTERVENTION]  = { "intervention", N_("An intervention"), NULL },
  [CASELOAD_HELP_SUPPORT_PLAN]  = { "support-plan", N_("An agreed support plan"), NULL },
};

static const TypeInfo wait_units[] = {
  [CASELOAD_WAIT_UNIT_HOURS]  = { "hours", N_("Hours"), NULL },
  [CASELOAD_WAIT_UNIT_DAYS]   = { "days", N_("Days"), NULL },
};

static const TypeInfo clock_states[] = {
  [CASELOAD_CLOCK_RUNNING]      = { "running", N_("Waiting"), NULL },
  [CASELOAD_CLOCK_NEAR_BREACH]  = { "near-breach", N_("Near breach"), NULL },
  [CASELOAD_CLOCK_BREACHED]     = { "breached", N_("Breached"), NULL },
  [CASELOAD_CLOCK_PAUSED]       = { "paused", N_("Paused"), NULL },
  [CASELOAD_CLOCK_MET]          = { "met", N_("Met"), NULL },
  [CASELOAD_CLOCK_MISSED]       = { "missed", N_("Missed"), NULL },
  [CASELOAD_CLOCK_NONE]         = { "none", N_("No clock"), NULL },
};

static const TypeInfo case_roles[] = {
  [CASELOAD_CASE_ROLE_CARE_COORDINATOR]       = { "care-coordinator", N_("Care coordinator"), NULL },
  [CASELOAD_CASE_ROLE_KEY_WORKER]             = { "key-worker", N_("Key worker"), NULL },
  [CASELOAD_CASE_ROLE_THERAPIST]              = { "therapist", N_("Therapist"), NULL },
  [CASELOAD_CASE_ROLE_PEER_SUPPORT]           = { "peer-support", N_("Peer support"), NULL },
  [CASELOAD_CASE_ROLE_SOCIAL_WORKER]          = { "social-worker", N_("Social worker"), NULL },
  [CASELOAD_CASE_ROLE_EMPLOYMENT_SPECIALIST]  = { "employment-specialist", N_("Employment specialist"), NULL },
  [CASELOAD_CASE_ROLE_PSYCHIATRIST]           = { "psychiatrist", N_("Psychiatrist"), NULL },
  [CASELOAD_CASE_ROLE_HOUSING_WORKER]         = { "housing-worker", N_("Housing worker"), NULL },
  [CASELOAD_CASE_ROLE_OTHER]                  = { "other", N_("Other role"), NULL },
};

static const TypeInfo task_origins[] = {
  [CASELOAD_TASK_ORIGIN_MANUAL]             = { "manual", N_("Added by hand"), NULL },
  [CASELOAD_TASK_ORIGIN_REVIEW_DUE]         = { "review-due", N_("Review due"), NULL },
  [CASELOAD_TASK_ORIGIN_CLOCK_NEAR_BREACH]  = { "clock-near-breach", N_("Waiting time near breach"), NULL },
  [CASELOAD_TASK_ORIGIN_NEW_ALLOCATION]     = { "new-allocation", N_("New allocation"), NULL },
  [CASELOAD_TASK_ORIGIN_PLAN_ACTION]        = { "plan-action", N_("Support plan action"), NULL },
};

static const TypeInfo coproduction_kinds[] = {
  [CASELOAD_COPRODUCTION_NOT_RECORDED]  = { "not-recorded", N_("Not recorded yet"), NULL },
  [CASELOAD_COPRODUCTION_PERSON_WROTE]  = { "person-wrote", N_("Written by the person"), NULL },
  [CASELOAD_COPRODUCTION_PERSON_AGREED] = { "person-agreed", N_("Agreed with the person"), NULL },
};

static const TypeInfo copy_formats[] = {
  [CASELOAD_COPY_NOT_GIVEN]  = { "not-given", N_("Not given yet"), NULL },
  [CASELOAD_COPY_PRINTED]    = { "printed", N_("Printed"), NULL },
  [CASELOAD_COPY_EMAILED]    = { "emailed", N_("Emailed"), NULL },
  [CASELOAD_COPY_READ_ALOUD] = { "read-aloud", N_("Read aloud"), NULL },
  [CASELOAD_COPY_TRANSLATED] = { "translated", N_("Translated"), NULL },
};

static const TypeInfo goal_progresss[] = {
  [CASELOAD_GOAL_NOT_STARTED]  = { "not-started", N_("Not started"), NULL },
  [CASELOAD_GOAL_UNDER_WAY]    = { "under-way", N_("Under way"), NULL },
  [CASELOAD_GOAL_ACHIEVED]     = { "achieved", N_("Achieved"), NULL },
  [CASELOAD_GOAL_CHANGED_MIND] = { "changed-mind", N_("Changed my mind"), NULL },
};

static const TypeInfo action_owner_kinds[] = {
  [CASELOAD_ACTION_OWNER_PERSON]       = { "person", N_("The person"), NULL },
  [CASELOAD_ACTION_OWNER_NETWORK]      = { "network", N_("Someone in their network"), NULL },
  [CASELOAD_ACTION_OWNER_WORKER]       = { "worker", N_("A named worker"), NULL },
  [CASELOAD_ACTION_OWNER_ORGANISATION] = { "organisation", N_("An organisation"), NULL },
};

static const TypeInfo life_areas[] = {
  [CASELOAD_LIFE_AREA_MENTAL_HEALTH]   = { "mental-health", N_("Mental health"), NULL },
  [CASELOAD_LIFE_AREA_PHYSICAL_HEALTH] = { "physical-health", N_("Physical health"), NULL },
  [CASELOAD_LIFE_AREA_JOB]             = { "job", N_("Job situation"), NULL },
  [CASELOAD_LIFE_AREA_ACCOMMODATION]   = { "accommodation", N_("Accommodation"), NULL },
  [CASELOAD_LIFE_AREA_LEISURE]         = { "leisure", N_("Leisure activities"), NULL },
  [CASELOAD_LIFE_AREA_FRIENDSHIPS]     = { "friendships", N_("Friendships"), NULL },
  [CASELOAD_LIFE_AREA_PARTNER_FAMILY]  = { "partner-family", N_("Partner or family"), NULL },
  [CASELOAD_LIFE_AREA_PERSONAL_SAFETY] = { "personal-safety", N_("Personal safety"), NULL },
  [CASELOAD_LIFE_AREA_MEDICATION]      = { "medication", N_("Medication"), NULL },
  [CASELOAD_LIFE_AREA_PRACTICAL_HELP]  = { "practical-help", N_("Practical help"), NULL },
  [CASELOAD_LIFE_AREA_MEETINGS]        = { "meetings", N_("Meetings with professionals"), NULL },
};

static const TypeInfo instruments[] = {
  [CASELOAD_INSTRUMENT_PHQ9]    = { "phq-9", N_("PHQ-9"), NULL },
  [CASELOAD_INSTRUMENT_GAD7]    = { "gad-7", N_("GAD-7"), NULL },
  [CASELOAD_INSTRUMENT_DIALOG]  = { "dialog", N_("DIALOG"), NULL },
  [CASELOAD_INSTRUMENT_SWEMWBS] = { "swemwbs", N_("SWEMWBS"), NULL },
  [CASELOAD_INSTRUMENT_CORE10]  = { "core-10", N_("CORE-10"), NULL },
  [CASELOAD_INSTRUMENT_BEST]    = { "best", N_("BEST"), NULL },
  [CASELOAD_INSTRUMENT_REQOL10] = { "reqol-10", N_("ReQoL-10"), NULL },
};

static const TypeInfo completed_bys[] = {
  [CASELOAD_COMPLETED_BY_PERSON]             = { "person", N_("The person"), NULL },
  [CASELOAD_COMPLETED_BY_WORKER_WITH_PERSON] = { "worker-with-person", N_("A worker with the person"), NULL },
};

static const TypeInfo pathways[] = {
  [CASELOAD_PATHWAY_STEPPS]         = { "stepps", N_("STEPPS group"), NULL },
  [CASELOAD_PATHWAY_OPEN_DIALOGUE]  = { "open-dialogue", N_("Open Dialogue"), NULL },
  [CASELOAD_PATHWAY_IPS]            = { "ips", N_("IPS employment"), NULL },
  [CASELOAD_PATHWAY_HOUSING]        = { "housing", N_("Housing"), NULL },
};

static const TypeInfo stepps_programmes[] = {
  [CASELOAD_STEPPS_ADULT_20]     = { "stepps-20", N_("STEPPS, 20 weekly sessions"), NULL },
  [CASELOAD_STEPPS_THURROCK_21]  = { "stepps-21", N_("STEPPS, 21 weekly sessions (Thurrock)"), NULL },
  [CASELOAD_STEPPS_EI_12]        = { "stepps-ei-12", N_("STEPPS EI, 12 lessons"), NULL },
  [CASELOAD_STEPPS_CUSTOM]       = { "custom", N_("Another length"), NULL },
};

static const TypeInfo attendance_statuses[] = {
  [CASELOAD_ATTENDANCE_ATTENDED]        = { "attended", N_("Attended"), NULL },
  [CASELOAD_ATTENDANCE_APOLOGIES]       = { "apologies", N_("Apologies"), NULL },
  [CASELOAD_ATTENDANCE_DID_NOT_ATTEND]  = { "did-not-attend", N_("Did not attend"), NULL },
};

static const TypeInfo od_starts[] = {
  [CASELOAD_OD_START_REFERRAL]        = { "referral", N_("A referral"), NULL },
  [CASELOAD_OD_START_CRISIS_CONTACT]  = { "crisis-contact", N_("A crisis contact"), NULL },
};

static const TypeInfo od_places[] = {
  [CASELOAD_OD_PLACE_HOME]    = { "home", N_("At home"), NULL },
  [CASELOAD_OD_PLACE_CLINIC]  = { "clinic", N_("At a clinic"), NULL },
  [CASELOAD_OD_PLACE_VIDEO]   = { "video", N_("By video"), NULL },
};

static const TypeInfo od_clock_states[] = {
  [CASELOAD_OD_CLOCK_RUNNING]   = { "running", N_("First meeting due"), NULL },
  [CASELOAD_OD_CLOCK_MET]       = { "met", N_("Met within 24 hours"), NULL },
  [CASELOAD_OD_CLOCK_MET_LATE]  = { "met-late", N_("Met after 24 hours"), NULL },
  [CASELOAD_OD_CLOCK_BREACHED]  = { "breached", N_("First meeting overdue"), NULL },
};

static const TypeInfo ips_stages[] = {
  [CASELOAD_IPS_STAGE_REFERRED]    = { "referred", N_("Referred"), NULL },
  [CASELOAD_IPS_STAGE_ENGAGED]     = { "engaged", N_("Engaged: vocational profile"), NULL },
  [CASELOAD_IPS_STAGE_JOB_SEARCH]  = { "job-search", N_("Job search"), NULL },
  [CASELOAD_IPS_STAGE_IN_WORK]     = { "in-work", N_("In work"), NULL },
  [CASELOAD_IPS_STAGE_CLOSED]      = { "closed", N_("Closed"), NULL },
};

static const TypeInfo employer_outcomes[] = {
  [CASELOAD_EMPLOYER_FOLLOW_UP]     = { "follow-up", N_("Follow up later"), NULL },
  [CASELOAD_EMPLOYER_INTERVIEW]     = { "interview", N_("Interview arranged"), NULL },
  [CASELOAD_EMPLOYER_JOB_OFFER]     = { "job-offer", N_("Job offered"), NULL },
  [CASELOAD_EMPLOYER_NO_VACANCY]    = { "no-vacancy", N_("No vacancy now"), NULL },
  [CASELOAD_EMPLOYER_NOT_SUITABLE]  = { "not-suitable", N_("Not a good fit"), NULL },
};

static const TypeInfo pay_types[] = {
  [CASELOAD_PAY_HOURLY]         = { "hourly", N_("Paid by the hour"), NULL },
  [CASELOAD_PAY_SALARIED]       = { "salaried", N_("Salary"), NULL },
  [CASELOAD_PAY_SELF_EMPLOYED]  = { "self-employed", N_("Self-employed"), NULL },
};

static const TypeInfo job_end_reasons[] = {
  [CASELOAD_JOB_NOT_ENDED]       = { "not-ended", N_("Still in this job"), NULL },
  [CASELOAD_JOB_LEFT_BY_CHOICE]  = { "left-by-choice", N_("Left by choice"), NULL },
  [CASELOAD_JOB_CONTRACT_ENDED]  = { "contract-ended", N_("The contract ended"), NULL },
  [CASELOAD_JOB_DISMISSED]       = { "dismissed", N_("Dismissed"), NULL },
  [CASELOAD_JOB_HEALTH]          = { "health", N_("Health reasons"), NULL },
  [CASELOAD_JOB_NEW_JOB]         = { "new-job", N_("Moved to another job"), NULL },
  [CASELOAD_JOB_OTHER]           = { "other", N_("Another reason"), NULL },
};

static const TypeInfo housing_kinds[] = {
  [CASELOAD_HOUSING_PREVENTION]               = { "prevention", N_("Housing Solutions: prevention"), NULL },
  [CASELOAD_HOUSING_RELIEF]                   = { "relief", N_("Housing Solutions: relief"), NULL },
  [CASELOAD_HOUSING_FLOATING_SUPPORT]         = { "floating-support", N_("Floating support"), NULL },
  [CASELOAD_HOUSING_SUPPORTED_ACCOMMODATION]  = { "supported-accommodation", N_("Supported accommodation"), NULL },
  [CASELOAD_HOUSING_ADAPTATIONS]              = { "adaptations", N_("Adaptations"), NULL },
};

static const TypeInfo housing_statuses[] = {
  [CASELOAD_HOUSING_SENT]          = { "sent", N_("Sent"), NULL },
  [CASELOAD_HOUSING_ACKNOWLEDGED]  = { "acknowledged", N_("Acknowledged"), NULL },
  [CASELOAD_HOUSING_ASSESSED]      = { "assessed", N_("Assessed"), NULL },
  [CASELOAD_HOUSING_OFFERED]       = { "offered", N_("Offered"), NULL },
  [CASELOAD_HOUSING_IN_PLACE]      = { "in-place", N_("In place"), NULL },
  [CASELOAD_HOUSING_CLOSED]        = { "closed", N_("Closed"), NULL },
};

static const TypeInfo housing_outcomes[] = {
  [CASELOAD_HOUSING_OUTCOME_NONE]               = { "none", N_("Not closed"), NULL },
  [CASELOAD_HOUSING_OUTCOME_HOME_KEPT]          = { "home-kept", N_("Kept their home"), NULL },
  [CASELOAD_HOUSING_OUTCOME_REHOUSED]           = { "rehoused", N_("Found a new home"), NULL },
  [CASELOAD_HOUSING_OUTCOME_SUPPORT_COMPLETED]  = { "support-completed", N_("Support completed"), NULL },
  [CASELOAD_HOUSING_OUTCOME_NOT_ELIGIBLE]       = { "not-eligible", N_("Not eligible"), NULL },
  [CASELOAD_HOUSING_OUTCOME_DECLINED]           = { "declined", N_("Declined by the person"), NULL },
  [CASELOAD_HOUSING_OUTCOME_WITHDRAWN]          = { "withdrawn", N_("Withdrawn"), NULL },
  [CASELOAD_HOUSING_OUTCOME_OTHER]              = { "other", N_("Another outcome"), NULL },
};

static const TypeInfo accommodations[] = {
  [CASELOAD_ACCOMMODATION_SETTLED]    = { "settled", N_("Settled"), NULL },
  [CASELOAD_ACCOMMODATION_AT_RISK]    = { "at-risk", N_("At risk"), NULL },
  [CASELOAD_ACCOMMODATION_TEMPORARY]  = { "temporary", N_("Temporary"), NULL },
  [CASELOAD_ACCOMMODATION_HOMELESS]   = { "homeless", N_("Homeless"), NULL },
  [CASELOAD_ACCOMMODATION_SUPPORTED]  = { "supported", N_("Supported accommodation"), NULL },
  [CASELOAD_ACCOMMODATION_HOSPITAL]   = { "hospital", N_("In hospital"), NULL },
};

static const TypeInfo fidelity_bands[] = {
  [CASELOAD_FIDELITY_NOT_IPS]    = { "not-ips", N_("Not IPS"), NULL },
  [CASELOAD_FIDELITY_FAIR]       = { "fair", N_("Fair fidelity"), NULL },
  [CASELOAD_FIDELITY_GOOD]       = { "good", N_("Good fidelity"), NULL },
  [CASELOAD_FIDELITY_EXEMPLARY]  = { "exemplary", N_("Exemplary fidelity"), NULL },
};

static gboolean
find_code (const TypeInfo *table,
           guint           n_entries,
           const char     *code,
           guint          *index)
{
  if (code == NULL)
    return FALSE;

  for (guint i = 0; i < n_entries; i++)
    {
      if (g_str_equal (table[i].code, code))
        {
          *index = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
caseload_organisation_kind_to_code (CaseloadOrganisationKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (organisation_kinds), NULL);

  return organisation_kinds[kind].code;
}

/**
 * caseload_organisation_kind_from_code:
 * @code: (nullable): a stored code such as "gp-practice"
 * @kind: (out) (optional): where to put the kind
 *
 * Returns: %TRUE if @code is known; @kind is left alone otherwise
 */
gboolean
caseload_organisation_kind_from_code (const char               *code,
                                      CaseloadOrganisationKind *kind)
{
  guint index;

  if (!find_code (organisation_kinds, G_N_ELEMENTS (organisation_kinds), code, &index))
    return FALSE;

  if (kind != NULL)
    *kind = (CaseloadOrganisationKind) index;

  return TRUE;
}

/**
 * caseload_organisation_kind_label:
 * @kind: a kind
 *
 * Returns: (transfer none): the translated name of @kind, "GP practice"
 */
const char *
caseload_organisation_kind_label (CaseloadOrganisationKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (organisation_kinds), NULL);

  return _(organisation_kinds[kind].label);
}

const char *
caseload_relationship_to_code (CaseloadRelationship relationship)
{
  g_return_val_if_fail ((guint) relationship < G_N_ELEMENTS (relationships), NULL);

  return relationships[relationship].code;
}

/**
 * caseload_relationship_from_code:
 * @code: (nullable): a stored code such as "carer"
 * @relationship: (out) (optional): where to put the relationship
 *
 * Returns: %TRUE if @code is known; @relationship is left alone otherwise
 */
gboolean
caseload_relationship_from_code (const char           *code,
                                 CaseloadRelationship *relationship)
{
  guint index;

  if (!find_code (relationships, G_N_ELEMENTS (relationships), code, &index))
    return FALSE;

  if (relationship != NULL)
    *relationship = (CaseloadRelationship) index;

  return TRUE;
}

const char *
caseload_relationship_label (CaseloadRelationship relationship)
{
  g_return_val_if_fail ((guint) relationship < G_N_ELEMENTS (relationships), NULL);

  return _(relationships[relationship].label);
}

const char *
caseload_entry_kind_to_code (CaseloadEntryKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (entry_kinds), NULL);

  return entry_kinds[kind].code;
}

/**
 * caseload_entry_kind_from_code:
 * @code: (nullable): a stored code such as "home-visit"
 * @kind: (out) (optional): where to put the kind
 *
 * Returns: %TRUE if @code is known; @kind is left alone otherwise
 */
gboolean
caseload_entry_kind_from_code (const char        *code,
                               CaseloadEntryKind *kind)
{
  guint index;

  if (!find_code (entry_kinds, G_N_ELEMENTS (entry_kinds), code, &index))
    return FALSE;

  if (kind != NULL)
    *kind = (CaseloadEntryKind) index;

  return TRUE;
}

const char *
caseload_entry_kind_label (CaseloadEntryKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (entry_kinds), NULL);

  return _(entry_kinds[kind].label);
}

/**
 * caseload_entry_kind_icon_name:
 * @kind: a kind
 *
 * Returns: (transfer none): a symbolic icon name from the Adwaita theme
 */
const char *
caseload_entry_kind_icon_name (CaseloadEntryKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (entry_kinds), NULL);

  return entry_kinds[kind].icon_name;
}

const char *
caseload_access_role_to_code (CaseloadAccessRole role)
{
  g_return_val_if_fail ((guint) role < G_N_ELEMENTS (access_roles), NULL);

  return access_roles[role].code;
}

/**
 * caseload_access_role_from_code:
 * @code: (nullable): a stored code such as "social-worker"
 * @role: (out) (optional): where to put the role
 *
 * Returns: %TRUE if @code is known; @role is left alone otherwise
 */
gboolean
caseload_access_role_from_code (const char         *code,
                                CaseloadAccessRole *role)
{
  guint index;

  if (!find_code (access_roles, G_N_ELEMENTS (access_roles), code, &index))
    return FALSE;

  if (role != NULL)
    *role = (CaseloadAccessRole) index;

  return TRUE;
}

/**
 * caseload_access_role_label:
 * @role: a role
 *
 * Returns: (transfer none): the translated name of @role, "Social worker"
 */
const char *
caseload_access_role_label (CaseloadAccessRole role)
{
  g_return_val_if_fail ((guint) role < G_N_ELEMENTS (access_roles), NULL);

  return _(access_roles[role].label);
}

const char *
caseload_consent_method_to_code (CaseloadConsentMethod method)
{
  g_return_val_if_fail ((guint) method < G_N_ELEMENTS (consent_methods), NULL);

  return consent_methods[method].code;
}

/**
 * caseload_consent_method_from_code:
 * @code: (nullable): a stored code such as "written"
 * @method: (out) (optional): where to put the method
 *
 * Returns: %TRUE if @code is known; @method is left alone otherwise
 */
gboolean
caseload_consent_method_from_code (const char            *code,
                                   CaseloadConsentMethod *method)
{
  guint index;

  if (!find_code (consent_methods, G_N_ELEMENTS (consent_methods), code, &index))
    return FALSE;

  if (method != NULL)
    *method = (CaseloadConsentMethod) index;

  return TRUE;
}

/**
 * caseload_consent_method_label:
 * @method: a method
 *
 * Returns: (transfer none): the translated name of @method, "Written"
 */
const char *
caseload_consent_method_label (CaseloadConsentMethod method)
{
  g_return_val_if_fail ((guint) method < G_N_ELEMENTS (consent_methods), NULL);

  return _(consent_methods[method].label);
}

const char *
caseload_sensitivity_to_code (CaseloadSensitivity sensitivity)
{
  g_return_val_if_fail ((guint) sensitivity < G_N_ELEMENTS (sensitivities), NULL);

  return sensitivities[sensitivity].code;
}

/**
 * caseload_sensitivity_from_code:
 * @code: (nullable): a stored code, "standard" or "private"
 * @sensitivity: (out) (optional): where to put the sensitivity
 *
 * Returns: %TRUE if @code is known; @sensitivity is left alone otherwise
 */
gboolean
caseload_sensitivity_from_code (const char          *code,
                                CaseloadSensitivity *sensitivity)
{
  guint index;

  if (!find_code (sensitivities, G_N_ELEMENTS (sensitivities), code, &index))
    return FALSE;

  if (sensitivity != NULL)
    *sensitivity = (CaseloadSensitivity) index;

  return TRUE;
}

const char *
caseload_referral_source_to_code (CaseloadReferralSource value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (referral_sources), NULL);

  return referral_sources[value].code;
}

gboolean
caseload_referral_source_from_code (const char *code,
                                    CaseloadReferralSource *value)
{
  guint index;

  if (!find_code (referral_sources, G_N_ELEMENTS (referral_sources), code, &index))
    return FALSE;

  if (value != NULL)
    *value = (CaseloadReferralSource) index;

  return TRUE;
}

const char *
caseload_referral_source_label (CaseloadReferralSource value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (referral_sources), NULL);

  return _(referral_sources[value].label);
}

const char *
caseload_urgency_to_code (CaseloadUrgency value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (urgencies), NULL);

  return urgencies[value].code;
}

gboolean
caseload_urgency_from_code (const char *code,
                            CaseloadUrgency *value)
{
  guint index;

  if (!find_code (urgencies, G_N_ELEMENTS (urgencies), code, &index))
    return FALSE;

  if (value != NULL)
    *value = (CaseloadUrgency) index;

  return TRUE;
}

const char *
caseload_urgency_label (CaseloadUrgency value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (urgencies), NULL);

  return _(urgencies[value].label);
}

const char *
caseload_referral_status_to_code (CaseloadReferralStatus value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (referral_statuses), NULL);

  return referral_statuses[value].code;
}

gboolean
caseload_referral_status_from_code (const char *code,
                                    CaseloadReferralStatus *value)
{
  guint index;

  if (!find_code (referral_statuses, G_N_ELEMENTS (referral_statuses), code, &index))
    return FALSE;

  if (value != NULL)
    *value = (CaseloadReferralStatus) index;

  return TRUE;
}

const char *
caseload_referral_status_label (CaseloadReferralStatus value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (referral_statuses), NULL);

  return _(referral_statuses[value].label);
}

const char *
caseload_triage_outcome_to_code (CaseloadTriageOutcome value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (triage_outcomes), NULL);

  return triage_outcomes[value].code;
}

gboolean
caseload_triage_outcome_from_code (const char *code,
                                   CaseloadTriageOutcome *value)
{
  guint index;

  if (!find_code (triage_outcomes, G_N_ELEMENTS (triage_outcomes), code, &index))
    return FALSE;

  if (value != NULL)
    *value = (CaseloadTriageOutcome) index;

  return TRUE;
}

const char *
caseload_triage_outcome_label (CaseloadTriageOutcome value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (triage_outcomes), NULL);

  return _(triage_outcomes[value].label);
}

const char *
caseload_signpost_to_code (CaseloadSignpost value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (signposts), NULL);

  return signposts[value].code;
}

gboolean
caseload_signpost_from_code (const char *code,
                             CaseloadSignpost *value)
{
  guint index;

  if (!find_code (signposts, G_N_ELEMENTS (signposts), code, &index))
    return FALSE;

  if (value != NULL)
    *value = (CaseloadSignpost) index;

  return TRUE;
}

const char *
caseload_signpost_label (CaseloadSignpost value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (signposts), NULL);

  return _(signposts[value].label);
}

const char *
caseload_transfer_kind_to_code (CaseloadTransferKind value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (transfer_kinds), NULL);

  return transfer_kinds[value].code;
}

gboolean
caseload_transfer_kind_from_code (const char *code,
                                  CaseloadTransferKind *value)
{
  guint index;

  if (!find_code (transfer_kinds, G_N_ELEMENTS (transfer_kinds), code, &index))
    return FALSE;

  if (value != NULL)
    *value = (CaseloadTransferKind) index;

  return TRUE;
}

const char *
caseload_transfer_kind_label (CaseloadTransferKind value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (transfer_kinds), NULL);

  return _(transfer_kinds[value].label);
}

const char *
caseload_pause_reason_to_code (CaseloadPauseReason value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (pause_reasons), NULL);

  return pause_reasons[value].code;
}

gboolean
caseload_pause_reason_from_code (const char *code,
                                 CaseloadPauseReason *value)
{
  guint index;

  if (!find_code (pause_reasons, G_N_ELEMENTS (pause_reasons), code, &index))
    return FALSE;

  if (value != NULL)
    *value = (CaseloadPauseReason) index;

  return TRUE;
}

const char *
caseload_pause_reason_label (CaseloadPauseReason value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (pause_reasons), NULL);

  return _(pause_reasons[value].label);
}

const char *
caseload_milestone_to_code (CaseloadMilestone value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (milestones), NULL);

  return milestones[value].code;
}

gboolean
caseload_milestone_from_code (const char *code,
                              CaseloadMilestone *value)
{
  guint index;

  if (!find_code (milestones, G_N_ELEMENTS (milestones), code, &index))
    return FALSE;

  if (value != NULL)
    *value = (CaseloadMilestone) index;

  return TRUE;
}

const char *
caseload_milestone_label (CaseloadMilestone value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (milestones), NULL);

  return _(milestones[value].label);
}

const char *
caseload_help_kind_to_code (CaseloadHelpKind value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (help_kinds), NULL);

  return help_kinds[value].code;
}

gboolean
caseload_help_kind_from_code (const char *code,
                              CaseloadHelpKind *value)
{
  guint index;

  if (!find_code (help_kinds, G_N_ELEMENTS (help_kinds), code, &index))
    return FALSE;

  if (value != NULL)
    *value = (CaseloadHelpKind) index;

  return TRUE;
}

const char *
caseload_help_kind_label (CaseloadHelpKind value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (help_kinds), NULL);

  return _(help_kinds[value].label);
}

const char *
caseload_wait_unit_to_code (CaseloadWaitUnit value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (wait_units), NULL);

  return wait_units[value].code;
}

gboolean
caseload_wait_unit_from_code (const char *code,
                              CaseloadWaitUnit *value)
{
  guint index;

  if (!find_code (wait_units, G_N_ELEMENTS (wait_units), code, &index))
    return FALSE;

  if (value != NULL)
    *value = (CaseloadWaitUnit) index;

  return TRUE;
}

const char *
caseload_wait_unit_label (CaseloadWaitUnit value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (wait_units), NULL);

  return _(wait_units[value].label);
}

const char *
caseload_clock_state_to_code (CaseloadClockState value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (clock_states), NULL);

  return clock_states[value].code;
}

gboolean
caseload_clock_state_from_code (const char *code,
                                CaseloadClockState *value)
{
  guint index;

  if (!find_code (clock_states, G_N_ELEMENTS (clock_states), code, &index))
    return FALSE;

  if (value != NULL)
    *value = (CaseloadClockState) index;

  return TRUE;
}

const char *
caseload_clock_state_label (CaseloadClockState value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (clock_states), NULL);

  return _(clock_states[value].label);
}

const char *
caseload_case_role_to_code (CaseloadCaseRole value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (case_roles), NULL);

  return case_roles[value].code;
}

gboolean
caseload_case_role_from_code (const char *code,
                              CaseloadCaseRole *value)
{
  guint index;

  if (!find_code (case_roles, G_N_ELEMENTS (case_roles), code, &index))
    return FALSE;

  if (value != NULL)
    *value = (CaseloadCaseRole) index;

  return TRUE;
}

const char *
caseload_case_role_label (CaseloadCaseRole value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (case_roles), NULL);

  return _(case_roles[value].label);
}

const char *
caseload_task_origin_to_code (CaseloadTaskOrigin value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (task_origins), NULL);

  return task_origins[value].code;
}

gboolean
caseload_task_origin_from_code (const char *code,
                                CaseloadTaskOrigin *value)
{
  guint index;

  if (!find_code (task_origins, G_N_ELEMENTS (task_origins), code, &index))
    return FALSE;

  if (value != NULL)
    *value = (CaseloadTaskOrigin) index;

  return TRUE;
}

const char *
caseload_task_origin_label (CaseloadTaskOrigin value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (task_origins), NULL);

  return _(task_origins[value].label);
}

const char *
caseload_coproduction_kind_to_code (CaseloadCoproductionKind value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (coproduction_kinds), NULL);

  return coproduction_kinds[value].code;
}

gboolean
caseload_coproduction_kind_from_code (const char *code,
                                      CaseloadCoproductionKind *value)
{
  guint index;

  if (!find_code (coproduction_kinds, G_N_ELEMENTS (coproduction_kinds), code, &index))
    return FALSE;

  if (value != NULL)
    *value = (CaseloadCoproductionKind) index;

  return TRUE;
}

const char *
caseload_coproduction_kind_label (CaseloadCoproductionKind value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (coproduction_kinds), NULL);

  return _(coproduction_kinds[value].label);
}

const char *
caseload_copy_format_to_code (CaseloadCopyFormat value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (copy_formats), NULL);

  return copy_formats[value].code;
}

gboolean
caseload_copy_format_from_code (const char *code,
                                CaseloadCopyFormat *value)
{
  guint index;

  if (!find_code (copy_formats, G_N_ELEMENTS (copy_formats), code, &index))
    return FALSE;

  if (value != NULL)
    *value = (CaseloadCopyFormat) index;

  return TRUE;
}

const char *
caseload_copy_format_label (CaseloadCopyFormat value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (copy_formats), NULL);

  return _(copy_formats[value].label);
}

const char *
caseload_goal_progress_to_code (CaseloadGoalProgress value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (goal_progresss), NULL);

  return goal_progresss[value].code;
}

gboolean
caseload_goal_progress_from_code (const char *code,
                                  CaseloadGoalProgress *value)
{
  guint index;

  if (!find_code (goal_progresss, G_N_ELEMENTS (goal_progresss), code, &index))
    return FALSE;

  if (value != NULL)
    *value = (CaseloadGoalProgress) index;

  return TRUE;
}

const char *
caseload_goal_progress_label (CaseloadGoalProgress value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (goal_progresss), NULL);

  return _(goal_progresss[value].label);
}

const char *
caseload_action_owner_kind_to_code (CaseloadActionOwnerKind value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (action_owner_kinds), NULL);

  return action_owner_kinds[value].code;
}

gboolean
caseload_action_owner_kind_from_code (const char *code,
                                      CaseloadActionOwnerKind *value)
{
  guint index;

  if (!find_code (action_owner_kinds, G_N_ELEMENTS (action_owner_kinds), code, &index))
    return FALSE;

  if (value != NULL)
    *value = (CaseloadActionOwnerKind) index;

  return TRUE;
}

const char *
caseload_action_owner_kind_label (CaseloadActionOwnerKind value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (action_owner_kinds), NULL);

  return _(action_owner_kinds[value].label);
}

const char *
caseload_life_area_to_code (CaseloadLifeArea value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (life_areas), NULL);

  return life_areas[value].code;
}

gboolean
caseload_life_area_from_code (const char *code,
                              CaseloadLifeArea *value)
{
  guint index;

  if (!find_code (life_areas, G_N_ELEMENTS (life_areas), code, &index))
    return FALSE;

  if (value != NULL)
    *value = (CaseloadLifeArea) index;

  return TRUE;
}

const char *
caseload_life_area_label (CaseloadLifeArea value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (life_areas), NULL);

  return _(life_areas[value].label);
}

const char *
caseload_instrument_to_code (CaseloadInstrument value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (instruments), NULL);

  return instruments[value].code;
}

gboolean
caseload_instrument_from_code (const char *code,
                               CaseloadInstrument *value)
{
  guint index;

  if (!find_code (instruments, G_N_ELEMENTS (instruments), code, &index))
    return FALSE;

  if (value != NULL)
    *value = (CaseloadInstrument) index;

  return TRUE;
}

const char *
caseload_instrument_label (CaseloadInstrument value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (instruments), NULL);

  return _(instruments[value].label);
}

const char *
caseload_completed_by_to_code (CaseloadCompletedBy value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (completed_bys), NULL);

  return completed_bys[value].code;
}

gboolean
caseload_completed_by_from_code (const char *code,
                                 CaseloadCompletedBy *value)
{
  guint index;

  if (!find_code (completed_bys, G_N_ELEMENTS (completed_bys), code, &index))
    return FALSE;

  if (value != NULL)
    *value = (CaseloadCompletedBy) index;

  return TRUE;
}

const char *
caseload_completed_by_label (CaseloadCompletedBy value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (completed_bys), NULL);

  return _(completed_bys[value].label);
}

const char *
caseload_pathway_to_code (CaseloadPathway value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (pathways), NULL);

  return pathways[value].code;
}

gboolean
caseload_pathway_from_code (const char *code,
                            CaseloadPathway *value)
{
  guint index;

  if (!find_code (pathways, G_N_ELEMENTS (pathways), code, &index))
    return FALSE;

  if (value != NULL)
    *value = (CaseloadPathway) index;

  return TRUE;
}

const char *
caseload_pathway_label (CaseloadPathway value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (pathways), NULL);

  return _(pathways[value].label);
}

const char *
caseload_stepps_programme_to_code (CaseloadSteppsProgramme value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (stepps_programmes), NULL);

  return stepps_programmes[value].code;
}

gboolean
caseload_stepps_programme_from_code (const char *code,
                                     CaseloadSteppsProgramme *value)
{
  guint index;

  if (!find_code (stepps_programmes, G_N_ELEMENTS (stepps_programmes), code, &index))
    return FALSE;

  if (value != NULL)
    *value = (CaseloadSteppsProgramme) index;

  return TRUE;
}

const char *
caseload_stepps_programme_label (CaseloadSteppsProgramme value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (stepps_programmes), NULL);

  return _(stepps_programmes[value].label);
}

const char *
caseload_attendance_status_to_code (CaseloadAttendanceStatus value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (attendance_statuses), NULL);

  return attendance_statuses[value].code;
}

gboolean
caseload_attendance_status_from_code (const char *code,
                                      CaseloadAttendanceStatus *value)
{
  guint index;

  if (!find_code (attendance_statuses, G_N_ELEMENTS (attendance_statuses), code, &index))
    return FALSE;

  if (value != NULL)
    *value = (CaseloadAttendanceStatus) index;

  return TRUE;
}

const char *
caseload_attendance_status_label (CaseloadAttendanceStatus value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (attendance_statuses), NULL);

  return _(attendance_statuses[value].label);
}

const char *
caseload_od_start_to_code (CaseloadOdStart value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (od_starts), NULL);

  return od_starts[value].code;
}

gboolean
caseload_od_start_from_code (const char *code,
                             CaseloadOdStart *value)
{
  guint index;

  if (!find_code (od_starts, G_N_ELEMENTS (od_starts), code, &index))
    return FALSE;

  if (value != NULL)
    *value = (CaseloadOdStart) index;

  return TRUE;
}

const char *
caseload_od_start_label (CaseloadOdStart value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (od_starts), NULL);

  return _(od_starts[value].label);
}

const char *
caseload_od_place_to_code (CaseloadOdPlace value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (od_places), NULL);

  return od_places[value].code;
}

gboolean
caseload_od_place_from_code (const char *code,
                             CaseloadOdPlace *value)
{
  guint index;

  if (!find_code (od_places, G_N_ELEMENTS (od_places), code, &index))
    return FALSE;

  if (value != NULL)
    *value = (CaseloadOdPlace) index;

  return TRUE;
}

const char *
caseload_od_place_label (CaseloadOdPlace value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (od_places), NULL);

  return _(od_places[value].label);
}

const char *
caseload_od_clock_state_to_code (CaseloadOdClockState value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (od_clock_states), NULL);

  return od_clock_states[value].code;
}

gboolean
caseload_od_clock_state_from_code (const char *code,
                                   CaseloadOdClockState *value)
{
  guint index;

  if (!find_code (od_clock_states, G_N_ELEMENTS (od_clock_states), code, &index))
    return FALSE;

  if (value != NULL)
    *value = (CaseloadOdClockState) index;

  return TRUE;
}

const char *
caseload_od_clock_state_label (CaseloadOdClockState value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (od_clock_states), NULL);

  return _(od_clock_states[value].label);
}

const char *
caseload_ips_stage_to_code (CaseloadIpsStage value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (ips_stages), NULL);

  return ips_stages[value].code;
}

gboolean
caseload_ips_stage_from_code (const char *code,
                              CaseloadIpsStage *value)
{
  guint index;

  if (!find_code (ips_stages, G_N_ELEMENTS (ips_stages), code, &index))
    return FALSE;

  if (value != NULL)
    *value = (CaseloadIpsStage) index;

  return TRUE;
}

const char *
caseload_ips_stage_label (CaseloadIpsStage value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (ips_stages), NULL);

  return _(ips_stages[value].label);
}

const char *
caseload_employer_outcome_to_code (CaseloadEmployerOutcome value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (employer_outcomes), NULL);

  return employer_outcomes[value].code;
}

gboolean
caseload_employer_outcome_from_code (const char *code,
                                     CaseloadEmployerOutcome *value)
{
  guint index;

  if (!find_code (employer_outcomes, G_N_ELEMENTS (employer_outcomes), code, &index))
    return FALSE;

  if (value != NULL)
    *value = (CaseloadEmployerOutcome) index;

  return TRUE;
}

const char *
caseload_employer_outcome_label (CaseloadEmployerOutcome value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (employer_outcomes), NULL);

  return _(employer_outcomes[value].label);
}

const char *
caseload_pay_type_to_code (CaseloadPayType value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (pay_types), NULL);

  return pay_types[value].code;
}

gboolean
caseload_pay_type_from_code (const char *code,
                             CaseloadPayType *value)
{
  guint index;

  if (!find_code (pay_types, G_N_ELEMENTS (pay_types), code, &index))
    return FALSE;

  if (value != NULL)
    *value = (CaseloadPayType) index;

  return TRUE;
}

const char *
caseload_pay_type_label (CaseloadPayType value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (pay_types), NULL);

  return _(pay_types[value].label);
}

const char *
caseload_job_end_reason_to_code (CaseloadJobEndReason value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (job_end_reasons), NULL);

  return job_end_reasons[value].code;
}

gboolean
caseload_job_end_reason_from_code (const char *code,
                                   CaseloadJobEndReason *value)
{
  guint index;

  if (!find_code (job_end_reasons, G_N_ELEMENTS (job_end_reasons), code, &index))
    return FALSE;

  if (value != NULL)
    *value = (CaseloadJobEndReason) index;

  return TRUE;
}

const char *
caseload_job_end_reason_label (CaseloadJobEndReason value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (job_end_reasons), NULL);

  return _(job_end_reasons[value].label);
}

const char *
caseload_housing_kind_to_code (CaseloadHousingKind value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (housing_kinds), NULL);

  return housing_kinds[value].code;
}

gboolean
caseload_housing_kind_from_code (const char *code,
                                 CaseloadHousingKind *value)
{
  guint index;

  if (!find_code (housing_kinds, G_N_ELEMENTS (housing_kinds), code, &index))
    return FALSE;

  if (value != NULL)
    *value = (CaseloadHousingKind) index;

  return TRUE;
}

const char *
caseload_housing_kind_label (CaseloadHousingKind value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (housing_kinds), NULL);

  return _(housing_kinds[value].label);
}

const char *
caseload_housing_status_to_code (CaseloadHousingStatus value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (housing_statuses), NULL);

  return housing_statuses[value].code;
}

gboolean
caseload_housing_status_from_code (const char *code,
                                   CaseloadHousingStatus *value)
{
  guint index;

  if (!find_code (housing_statuses, G_N_ELEMENTS (housing_statuses), code, &index))
    return FALSE;

  if (value != NULL)
    *value = (CaseloadHousingStatus) index;

  return TRUE;
}

const char *
caseload_housing_status_label (CaseloadHousingStatus value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (housing_statuses), NULL);

  return _(housing_statuses[value].label);
}

const char *
caseload_housing_outcome_to_code (CaseloadHousingOutcome value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (housing_outcomes), NULL);

  return housing_outcomes[value].code;
}

gboolean
caseload_housing_outcome_from_code (const char *code,
                                    CaseloadHousingOutcome *value)
{
  guint index;

  if (!find_code (housing_outcomes, G_N_ELEMENTS (housing_outcomes), code, &index))
    return FALSE;

  if (value != NULL)
    *value = (CaseloadHousingOutcome) index;

  return TRUE;
}

const char *
caseload_housing_outcome_label (CaseloadHousingOutcome value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (housing_outcomes), NULL);

  return _(housing_outcomes[value].label);
}

const char *
caseload_accommodation_to_code (CaseloadAccommodation value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (accommodations), NULL);

  return accommodations[value].code;
}

gboolean
caseload_accommodation_from_code (const char *code,
                                  CaseloadAccommodation *value)
{
  guint index;

  if (!find_code (accommodations, G_N_ELEMENTS (accommodations), code, &index))
    return FALSE;

  if (value != NULL)
    *value = (CaseloadAccommodation) index;

  return TRUE;
}

const char *
caseload_accommodation_label (CaseloadAccommodation value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (accommodations), NULL);

  return _(accommodations[value].label);
}

const char *
caseload_fidelity_band_to_code (CaseloadFidelityBand value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (fidelity_bands), NULL);

  return fidelity_bands[value].code;
}

gboolean
caseload_fidelity_band_from_code (const char *code,
                                  CaseloadFidelityBand *value)
{
  guint index;

  if (!find_code (fidelity_bands, G_N_ELEMENTS (fidelity_bands), code, &index))
    return FALSE;

  if (value != NULL)
    *value = (CaseloadFidelityBand) index;

  return TRUE;
}

const char *
caseload_fidelity_band_label (CaseloadFidelityBand value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (fidelity_bands), NULL);

  return _(fidelity_bands[value].label);
}
