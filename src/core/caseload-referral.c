/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include "caseload-referral.h"
#include "caseload-property.h"
#include "caseload-enums.h"

struct _CaseloadReferral
{
  GObject parent_instance;

  char *id;
  char *person_id;
  char *person_name;
  char *pcn;
  CaseloadReferralSource source;
  char *source_detail;
  char *received_at;
  char *reason;
  CaseloadUrgency urgency;
  gboolean person_agreed;
  char *attachments;
  char *referred_by;
  char *referred_by_name;
  char *organisation_id;
  char *organisation_name;
  CaseloadReferralStatus status;
  CaseloadTriageOutcome triage_outcome;
  CaseloadSignpost signpost;
  char *destination;
  char *triage_reason;
  char *decided_by;
  char *decided_by_name;
  char *decided_on;
  char *first_contact_at;
  char *assessment_at;
  char *help_started_at;
  CaseloadHelpKind help_kind;
  char *next_review_on;
  CaseloadTransferKind transfer_kind;
  char *transfer_destination;
  char *transfer_summary;
  char *transferred_on;
  char *transferred_by;
  CaseloadClockState clock_state;
  char *clock_due_at;
  char *clock_warn_at;
  gint64 waited_seconds;
  int allocated_count;
  int version;
  char *created_at;
  char *updated_at;
};

G_DEFINE_FINAL_TYPE (CaseloadReferral, caseload_referral, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PERSON_ID,
  PROP_PERSON_NAME,
  PROP_PCN,
  PROP_SOURCE,
  PROP_SOURCE_DETAIL,
  PROP_RECEIVED_AT,
  PROP_REASON,
  PROP_URGENCY,
  PROP_PERSON_AGREED,
  PROP_ATTACHMENTS,
  PROP_REFERRED_BY,
  PROP_REFERRED_BY_NAME,
  PROP_ORGANISATION_ID,
  PROP_ORGANISATION_NAME,
  PROP_STATUS,
  PROP_TRIAGE_OUTCOME,
  PROP_SIGNPOST,
  PROP_DESTINATION,
  PROP_TRIAGE_REASON,
  PROP_DECIDED_BY,
  PROP_DECIDED_BY_NAME,
  PROP_DECIDED_ON,
  PROP_FIRST_CONTACT_AT,
  PROP_ASSESSMENT_AT,
  PROP_HELP_STARTED_AT,
  PROP_HELP_KIND,
  PROP_NEXT_REVIEW_ON,
  PROP_TRANSFER_KIND,
  PROP_TRANSFER_DESTINATION,
  PROP_TRANSFER_SUMMARY,
  PROP_TRANSFERRED_ON,
  PROP_TRANSFERRED_BY,
  PROP_CLOCK_STATE,
  PROP_CLOCK_DUE_AT,
  PROP_CLOCK_WARN_AT,
  PROP_WAITED_SECONDS,
  PROP_ALLOCATED_COUNT,
  PROP_VERSION,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
caseload_referral_finalize (GObject *object)
{
  CaseloadReferral *self = CASELOAD_REFERRAL (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->person_id, g_free);
  g_clear_pointer (&self->person_name, g_free);
  g_clear_pointer (&self->pcn, g_free);
  g_clear_pointer (&self->source_detail, g_free);
  g_clear_pointer (&self->received_at, g_free);
  g_clear_pointer (&self->reason, g_free);
  g_clear_pointer (&self->attachments, g_free);
  g_clear_pointer (&self->referred_by, g_free);
  g_clear_pointer (&self->referred_by_name, g_free);
  g_clear_pointer (&self->organisation_id, g_free);
  g_clear_pointer (&self->organisation_name, g_free);
  g_clear_pointer (&self->destination, g_free);
  g_clear_pointer (&self->triage_reason, g_free);
  g_clear_pointer (&self->decided_by, g_free);
  g_clear_pointer (&self->decided_by_name, g_free);
  g_clear_pointer (&self->decided_on, g_free);
  g_clear_pointer (&self->first_contact_at, g_free);
  g_clear_pointer (&self->assessment_at, g_free);
  g_clear_pointer (&self->help_started_at, g_free);
  g_clear_pointer (&self->next_review_on, g_free);
  g_clear_pointer (&self->transfer_destination, g_free);
  g_clear_pointer (&self->transfer_summary, g_free);
  g_clear_pointer (&self->transferred_on, g_free);
  g_clear_pointer (&self->transferred_by, g_free);
  g_clear_pointer (&self->clock_due_at, g_free);
  g_clear_pointer (&self->clock_warn_at, g_free);
  g_clear_pointer (&self->created_at, g_free);
  g_clear_pointer (&self->updated_at, g_free);

  G_OBJECT_CLASS (caseload_referral_parent_class)->finalize (object);
}

static void
caseload_referral_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CaseloadReferral *self = CASELOAD_REFERRAL (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_PERSON_ID:
      g_value_set_string (value, self->person_id);
      break;

    case PROP_PERSON_NAME:
      g_value_set_string (value, self->person_name);
      break;

    case PROP_PCN:
      g_value_set_string (value, self->pcn);
      break;

    case PROP_SOURCE:
      g_value_set_enum (value, self->source);
      break;

    case PROP_SOURCE_DETAIL:
      g_value_set_string (value, self->source_detail);
      break;

    case PROP_RECEIVED_AT:
      g_value_set_string (value, self->received_at);
      break;

    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;

    case PROP_URGENCY:
      g_value_set_enum (value, self->urgency);
      break;

    case PROP_PERSON_AGREED:
      g_value_set_boolean (value, self->person_agreed);
      break;

    case PROP_ATTACHMENTS:
      g_value_set_string (value, self->attachments);
      break;

    case PROP_REFERRED_BY:
      g_value_set_string (value, self->referred_by);
      break;

    case PROP_REFERRED_BY_NAME:
      g_value_set_string (value, self->referred_by_name);
      break;

    case PROP_ORGANISATION_ID:
      g_value_set_string (value, self->organisation_id);
      break;

    case PROP_ORGANISATION_NAME:
      g_value_set_string (value, self->organisation_name);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_TRIAGE_OUTCOME:
      g_value_set_enum (value, self->triage_outcome);
      break;

    case PROP_SIGNPOST:
      g_value_set_enum (value, self->signpost);
      break;

    case PROP_DESTINATION:
      g_value_set_string (value, self->destination);
      break;

    case PROP_TRIAGE_REASON:
      g_value_set_string (value, self->triage_reason);
      break;

    case PROP_DECIDED_BY:
      g_value_set_string (value, self->decided_by);
      break;

    case PROP_DECIDED_BY_NAME:
      g_value_set_string (value, self->decided_by_name);
      break;

    case PROP_DECIDED_ON:
      g_value_set_string (value, self->decided_on);
      break;

    case PROP_FIRST_CONTACT_AT:
      g_value_set_string (value, self->first_contact_at);
      break;

    case PROP_ASSESSMENT_AT:
      g_value_set_string (value, self->assessment_at);
      break;

    case PROP_HELP_STARTED_AT:
      g_value_set_string (value, self->help_started_at);
      break;

    case PROP_HELP_KIND:
      g_value_set_enum (value, self->help_kind);
      break;

    case PROP_NEXT_REVIEW_ON:
      g_value_set_string (value, self->next_review_on);
      break;

    case PROP_TRANSFER_KIND:
      g_value_set_enum (value, self->transfer_kind);
      break;

    case PROP_TRANSFER_DESTINATION:
      g_value_set_string (value, self->transfer_destination);
      break;

    case PROP_TRANSFER_SUMMARY:
      g_value_set_string (value, self->transfer_summary);
      break;

    case PROP_TRANSFERRED_ON:
      g_value_set_string (value, self->transferred_on);
      break;

    case PROP_TRANSFERRED_BY:
      g_value_set_string (value, self->transferred_by);
      break;

    case PROP_CLOCK_STATE:
      g_value_set_enum (value, self->clock_state);
      break;

    case PROP_CLOCK_DUE_AT:
      g_value_set_string (value, self->clock_due_at);
      break;

    case PROP_CLOCK_WARN_AT:
      g_value_set_string (value, self->clock_warn_at);
      break;

    case PROP_WAITED_SECONDS:
      g_value_set_int64 (value, self->waited_seconds);
      break;

    case PROP_ALLOCATED_COUNT:
      g_value_set_int (value, self->allocated_count);
      break;

    case PROP_VERSION:
      g_value_set_int (value, self->version);
      break;

    case PROP_CREATED_AT:
      g_value_set_string (value, self->created_at);
      break;

    case PROP_UPDATED_AT:
      g_value_set_string (value, self->updated_at);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_referral_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CaseloadReferral *self = CASELOAD_REFERRAL (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_referral_set_id (self, g_value_get_string (value));
      break;

    case PROP_PERSON_ID:
      caseload_referral_set_person_id (self, g_value_get_string (value));
      break;

    case PROP_PERSON_NAME:
      caseload_referral_set_person_name (self, g_value_get_string (value));
      break;

    case PROP_PCN:
      caseload_referral_set_pcn (self, g_value_get_string (value));
      break;

    case PROP_SOURCE:
      caseload_referral_set_source (self, g_value_get_enum (value));
      break;

    case PROP_SOURCE_DETAIL:
      caseload_referral_set_source_detail (self, g_value_get_string (value));
      break;

    case PROP_RECEIVED_AT:
      caseload_referral_set_received_at (self, g_value_get_string (value));
      break;

    case PROP_REASON:
      caseload_referral_set_reason (self, g_value_get_string (value));
      break;

    case PROP_URGENCY:
      caseload_referral_set_urgency (self, g_value_get_enum (value));
      break;

    case PROP_PERSON_AGREED:
      caseload_referral_set_person_agreed (self, g_value_get_boolean (value));
      break;

    case PROP_ATTACHMENTS:
      caseload_referral_set_attachments (self, g_value_get_string (value));
      break;

    case PROP_REFERRED_BY:
      caseload_referral_set_referred_by (self, g_value_get_string (value));
      break;

    case PROP_REFERRED_BY_NAME:
      caseload_referral_set_referred_by_name (self, g_value_get_string (value));
      break;

    case PROP_ORGANISATION_ID:
      caseload_referral_set_organisation_id (self, g_value_get_string (value));
      break;

    case PROP_ORGANISATION_NAME:
      caseload_referral_set_organisation_name (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      caseload_referral_set_status (self, g_value_get_enum (value));
      break;

    case PROP_TRIAGE_OUTCOME:
      caseload_referral_set_triage_outcome (self, g_value_get_enum (value));
      break;

    case PROP_SIGNPOST:
      caseload_referral_set_signpost (self, g_value_get_enum (value));
      break;

    case PROP_DESTINATION:
      caseload_referral_set_destination (self, g_value_get_string (value));
      break;

    case PROP_TRIAGE_REASON:
      caseload_referral_set_triage_reason (self, g_value_get_string (value));
      break;

    case PROP_DECIDED_BY:
      caseload_referral_set_decided_by (self, g_value_get_string (value));
      break;

    case PROP_DECIDED_BY_NAME:
      caseload_referral_set_decided_by_name (self, g_value_get_string (value));
      break;

    case PROP_DECIDED_ON:
      caseload_referral_set_decided_on (self, g_value_get_string (value));
      break;

    case PROP_FIRST_CONTACT_AT:
      caseload_referral_set_first_contact_at (self, g_value_get_string (value));
      break;

    case PROP_ASSESSMENT_AT:
      caseload_referral_set_assessment_at (self, g_value_get_string (value));
      break;

    case PROP_HELP_STARTED_AT:
      caseload_referral_set_help_started_at (self, g_value_get_string (value));
      break;

    case PROP_HELP_KIND:
      caseload_referral_set_help_kind (self, g_value_get_enum (value));
      break;

    case PROP_NEXT_REVIEW_ON:
      caseload_referral_set_next_review_on (self, g_value_get_string (value));
      break;

    case PROP_TRANSFER_KIND:
      caseload_referral_set_transfer_kind (self, g_value_get_enum (value));
      break;

    case PROP_TRANSFER_DESTINATION:
      caseload_referral_set_transfer_destination (self, g_value_get_string (value));
      break;

    case PROP_TRANSFER_SUMMARY:
      caseload_referral_set_transfer_summary (self, g_value_get_string (value));
      break;

    case PROP_TRANSFERRED_ON:
      caseload_referral_set_transferred_on (self, g_value_get_string (value));
      break;

    case PROP_TRANSFERRED_BY:
      caseload_referral_set_transferred_by (self, g_value_get_string (value));
      break;

    case PROP_CLOCK_STATE:
      caseload_referral_set_clock_state (self, g_value_get_enum (value));
      break;

    case PROP_CLOCK_DUE_AT:
      caseload_referral_set_clock_due_at (self, g_value_get_string (value));
      break;

    case PROP_CLOCK_WARN_AT:
      caseload_referral_set_clock_warn_at (self, g_value_get_string (value));
      break;

    case PROP_WAITED_SECONDS:
      caseload_referral_set_waited_seconds (self, g_value_get_int64 (value));
      break;

    case PROP_ALLOCATED_COUNT:
      caseload_referral_set_allocated_count (self, g_value_get_int (value));
      break;

    case PROP_VERSION:
      caseload_referral_set_version (self, g_value_get_int (value));
      break;

    case PROP_CREATED_AT:
      caseload_referral_set_created_at (self, g_value_get_string (value));
      break;

    case PROP_UPDATED_AT:
      caseload_referral_set_updated_at (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_referral_class_init (CaseloadReferralClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_referral_finalize;
  object_class->get_property = caseload_referral_get_property;
  object_class->set_property = caseload_referral_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PERSON_ID] =
    g_param_spec_string ("person-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PERSON_NAME] =
    g_param_spec_string ("person-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PCN] =
    g_param_spec_string ("pcn", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SOURCE] =
    g_param_spec_enum ("source", NULL, NULL,
                       CASELOAD_TYPE_REFERRAL_SOURCE,
                       CASELOAD_REFERRAL_SOURCE_GP,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SOURCE_DETAIL] =
    g_param_spec_string ("source-detail", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_RECEIVED_AT] =
    g_param_spec_string ("received-at", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_REASON] =
    g_param_spec_string ("reason", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_URGENCY] =
    g_param_spec_enum ("urgency", NULL, NULL,
                       CASELOAD_TYPE_URGENCY,
                       CASELOAD_URGENCY_ROUTINE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PERSON_AGREED] =
    g_param_spec_boolean ("person-agreed", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ATTACHMENTS] =
    g_param_spec_string ("attachments", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_REFERRED_BY] =
    g_param_spec_string ("referred-by", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_REFERRED_BY_NAME] =
    g_param_spec_string ("referred-by-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ORGANISATION_ID] =
    g_param_spec_string ("organisation-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ORGANISATION_NAME] =
    g_param_spec_string ("organisation-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       CASELOAD_TYPE_REFERRAL_STATUS,
                       CASELOAD_REFERRAL_STATUS_AWAITING_TRIAGE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TRIAGE_OUTCOME] =
    g_param_spec_enum ("triage-outcome", NULL, NULL,
                       CASELOAD_TYPE_TRIAGE_OUTCOME,
                       CASELOAD_TRIAGE_ACCEPT,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SIGNPOST] =
    g_param_spec_enum ("signpost", NULL, NULL,
                       CASELOAD_TYPE_SIGNPOST,
                       CASELOAD_SIGNPOST_VCSE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DESTINATION] =
    g_param_spec_string ("destination", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TRIAGE_REASON] =
    g_param_spec_string ("triage-reason", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DECIDED_BY] =
    g_param_spec_string ("decided-by", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DECIDED_BY_NAME] =
    g_param_spec_string ("decided-by-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DECIDED_ON] =
    g_param_spec_string ("decided-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FIRST_CONTACT_AT] =
    g_param_spec_string ("first-contact-at", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ASSESSMENT_AT] =
    g_param_spec_string ("assessment-at", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HELP_STARTED_AT] =
    g_param_spec_string ("help-started-at", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HELP_KIND] =
    g_param_spec_enum ("help-kind", NULL, NULL,
                       CASELOAD_TYPE_HELP_KIND,
                       CASELOAD_HELP_INTERVENTION,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NEXT_REVIEW_ON] =
    g_param_spec_string ("next-review-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TRANSFER_KIND] =
    g_param_spec_enum ("transfer-kind", NULL, NULL,
                       CASELOAD_TYPE_TRANSFER_KIND,
                       CASELOAD_TRANSFER_TO_GP,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TRANSFER_DESTINATION] =
    g_param_spec_string ("transfer-destination", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TRANSFER_SUMMARY] =
    g_param_spec_string ("transfer-summary", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TRANSFERRED_ON] =
    g_param_spec_string ("transferred-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TRANSFERRED_BY] =
    g_param_spec_string ("transferred-by", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CLOCK_STATE] =
    g_param_spec_enum ("clock-state", NULL, NULL,
                       CASELOAD_TYPE_CLOCK_STATE,
                       CASELOAD_CLOCK_NONE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CLOCK_DUE_AT] =
    g_param_spec_string ("clock-due-at", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CLOCK_WARN_AT] =
    g_param_spec_string ("clock-warn-at", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_WAITED_SECONDS] =
    g_param_spec_int64 ("waited-seconds", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ALLOCATED_COUNT] =
    g_param_spec_int ("allocated-count", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_VERSION] =
    g_param_spec_int ("version", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CREATED_AT] =
    g_param_spec_string ("created-at", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_UPDATED_AT] =
    g_param_spec_string ("updated-at", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_referral_init (CaseloadReferral *self)
{
  self->source = CASELOAD_REFERRAL_SOURCE_GP;
  self->urgency = CASELOAD_URGENCY_ROUTINE;
  self->status = CASELOAD_REFERRAL_STATUS_AWAITING_TRIAGE;
  self->triage_outcome = CASELOAD_TRIAGE_ACCEPT;
  self->signpost = CASELOAD_SIGNPOST_VCSE;
  self->help_kind = CASELOAD_HELP_INTERVENTION;
  self->transfer_kind = CASELOAD_TRANSFER_TO_GP;
  self->clock_state = CASELOAD_CLOCK_NONE;
}

CaseloadReferral *
caseload_referral_new (void)
{
  return g_object_new (CASELOAD_TYPE_REFERRAL, NULL);
}

const char *
caseload_referral_get_id (CaseloadReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_REFERRAL (self), NULL);

  return self->id;
}

void
caseload_referral_set_id (CaseloadReferral *self,
                          const char *id)
{
  g_return_if_fail (CASELOAD_IS_REFERRAL (self));

  if (caseload_property_set_string (&self->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
caseload_referral_get_person_id (CaseloadReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_REFERRAL (self), NULL);

  return self->person_id;
}

void
caseload_referral_set_person_id (CaseloadReferral *self,
                                 const char *person_id)
{
  g_return_if_fail (CASELOAD_IS_REFERRAL (self));

  if (caseload_property_set_string (&self->person_id, person_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
}

const char *
caseload_referral_get_person_name (CaseloadReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_REFERRAL (self), NULL);

  return self->person_name;
}

void
caseload_referral_set_person_name (CaseloadReferral *self,
                                   const char *person_name)
{
  g_return_if_fail (CASELOAD_IS_REFERRAL (self));

  if (caseload_property_set_string (&self->person_name, person_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_NAME]);
}

const char *
caseload_referral_get_pcn (CaseloadReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_REFERRAL (self), NULL);

  return self->pcn;
}

void
caseload_referral_set_pcn (CaseloadReferral *self,
                           const char *pcn)
{
  g_return_if_fail (CASELOAD_IS_REFERRAL (self));

  if (caseload_property_set_string (&self->pcn, pcn))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PCN]);
}

CaseloadReferralSource
caseload_referral_get_source (CaseloadReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_REFERRAL (self), 0);

  return self->source;
}

void
caseload_referral_set_source (CaseloadReferral *self,
                              CaseloadReferralSource source)
{
  g_return_if_fail (CASELOAD_IS_REFERRAL (self));

  if (self->source == source)
    return;

  self->source = source;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}

const char *
caseload_referral_get_source_detail (CaseloadReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_REFERRAL (self), NULL);

  return self->source_detail;
}

void
caseload_referral_set_source_detail (CaseloadReferral *self,
                                     const char *source_detail)
{
  g_return_if_fail (CASELOAD_IS_REFERRAL (self));

  if (caseload_property_set_string (&self->source_detail, source_detail))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE_DETAIL]);
}

const char *
caseload_referral_get_received_at (CaseloadReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_REFERRAL (self), NULL);

  return self->received_at;
}

void
caseload_referral_set_received_at (CaseloadReferral *self,
                                   const char *received_at)
{
  g_return_if_fail (CASELOAD_IS_REFERRAL (self));

  if (caseload_property_set_string (&self->received_at, received_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECEIVED_AT]);
}

const char *
caseload_referral_get_reason (CaseloadReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_REFERRAL (self), NULL);

  return self->reason;
}

void
caseload_referral_set_reason (CaseloadReferral *self,
                              const char *reason)
{
  g_return_if_fail (CASELOAD_IS_REFERRAL (self));

  if (caseload_property_set_string (&self->reason, reason))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REASON]);
}

CaseloadUrgency
caseload_referral_get_urgency (CaseloadReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_REFERRAL (self), 0);

  return self->urgency;
}

void
caseload_referral_set_urgency (CaseloadReferral *self,
                               CaseloadUrgency urgency)
{
  g_return_if_fail (CASELOAD_IS_REFERRAL (self));

  if (self->urgency == urgency)
    return;

  self->urgency = urgency;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URGENCY]);
}

gboolean
caseload_referral_get_person_agreed (CaseloadReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_REFERRAL (self), FALSE);

  return self->person_agreed;
}

void
caseload_referral_set_person_agreed (CaseloadReferral *self,
                                     gboolean person_agreed)
{
  g_return_if_fail (CASELOAD_IS_REFERRAL (self));

  person_agreed = !!person_agreed;

  if (self->person_agreed == person_agreed)
    return;

  self->person_agreed = person_agreed;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_AGREED]);
}

const char *
caseload_referral_get_attachments (CaseloadReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_REFERRAL (self), NULL);

  return self->attachments;
}

void
caseload_referral_set_attachments (CaseloadReferral *self,
                                   const char *attachments)
{
  g_return_if_fail (CASELOAD_IS_REFERRAL (self));

  if (caseload_property_set_string (&self->attachments, attachments))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ATTACHMENTS]);
}

const char *
caseload_referral_get_referred_by (CaseloadReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_REFERRAL (self), NULL);

  return self->referred_by;
}

void
caseload_referral_set_referred_by (CaseloadReferral *self,
                                   const char *referred_by)
{
  g_return_if_fail (CASELOAD_IS_REFERRAL (self));

  if (caseload_property_set_string (&self->referred_by, referred_by))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERRED_BY]);
}

const char *
caseload_referral_get_referred_by_name (CaseloadReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_REFERRAL (self), NULL);

  return self->referred_by_name;
}

void
caseload_referral_set_referred_by_name (CaseloadReferral *self,
                                        const char *referred_by_name)
{
  g_return_if_fail (CASELOAD_IS_REFERRAL (self));

  if (caseload_property_set_string (&self->referred_by_name, referred_by_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERRED_BY_NAME]);
}

const char *
caseload_referral_get_organisation_id (CaseloadReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_REFERRAL (self), NULL);

  return self->organisation_id;
}

void
caseload_referral_set_organisation_id (CaseloadReferral *self,
                                       const char *organisation_id)
{
  g_return_if_fail (CASELOAD_IS_REFERRAL (self));

  if (caseload_property_set_string (&self->organisation_id, organisation_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANISATION_ID]);
}

const char *
caseload_referral_get_organisation_name (CaseloadReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_REFERRAL (self), NULL);

  return self->organisation_name;
}

void
caseload_referral_set_organisation_name (CaseloadReferral *self,
                                         const char *organisation_name)
{
  g_return_if_fail (CASELOAD_IS_REFERRAL (self));

  if (caseload_property_set_string (&self->organisation_name, organisation_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANISATION_NAME]);
}

CaseloadReferralStatus
caseload_referral_get_status (CaseloadReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_REFERRAL (self), 0);

  return self->status;
}

void
caseload_referral_set_status (CaseloadReferral *self,
                              CaseloadReferralStatus status)
{
  g_return_if_fail (CASELOAD_IS_REFERRAL (self));

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

CaseloadTriageOutcome
caseload_referral_get_triage_outcome (CaseloadReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_REFERRAL (self), 0);

  return self->triage_outcome;
}

void
caseload_referral_set_triage_outcome (CaseloadReferral *self,
                                      CaseloadTriageOutcome triage_outcome)
{
  g_return_if_fail (CASELOAD_IS_REFERRAL (self));

  if (self->triage_outcome == triage_outcome)
    return;

  self->triage_outcome = triage_outcome;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRIAGE_OUTCOME]);
}

CaseloadSignpost
caseload_referral_get_signpost (CaseloadReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_REFERRAL (self), 0);

  return self->signpost;
}

void
caseload_referral_set_signpost (CaseloadReferral *self,
                                CaseloadSignpost signpost)
{
  g_return_if_fail (CASELOAD_IS_REFERRAL (self));

  if (self->signpost == signpost)
    return;

  self->signpost = signpost;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIGNPOST]);
}

const char *
caseload_referral_get_destination (CaseloadReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_REFERRAL (self), NULL);

  return self->destination;
}

void
caseload_referral_set_destination (CaseloadReferral *self,
                                   const char *destination)
{
  g_return_if_fail (CASELOAD_IS_REFERRAL (self));

  if (caseload_property_set_string (&self->destination, destination))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESTINATION]);
}

const char *
caseload_referral_get_triage_reason (CaseloadReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_REFERRAL (self), NULL);

  return self->triage_reason;
}

void
caseload_referral_set_triage_reason (CaseloadReferral *self,
                                     const char *triage_reason)
{
  g_return_if_fail (CASELOAD_IS_REFERRAL (self));

  if (caseload_property_set_string (&self->triage_reason, triage_reason))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRIAGE_REASON]);
}

const char *
caseload_referral_get_decided_by (CaseloadReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_REFERRAL (self), NULL);

  return self->decided_by;
}

void
caseload_referral_set_decided_by (CaseloadReferral *self,
                                  const char *decided_by)
{
  g_return_if_fail (CASELOAD_IS_REFERRAL (self));

  if (caseload_property_set_string (&self->decided_by, decided_by))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECIDED_BY]);
}

const char *
caseload_referral_get_decided_by_name (CaseloadReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_REFERRAL (self), NULL);

  return self->decided_by_name;
}

void
caseload_referral_set_decided_by_name (CaseloadReferral *self,
                                       const char *decided_by_name)
{
  g_return_if_fail (CASELOAD_IS_REFERRAL (self));

  if (caseload_property_set_string (&self->decided_by_name, decided_by_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECIDED_BY_NAME]);
}

const char *
caseload_referral_get_decided_on (CaseloadReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_REFERRAL (self), NULL);

  return self->decided_on;
}

void
caseload_referral_set_decided_on (CaseloadReferral *self,
                                  const char *decided_on)
{
  g_return_if_fail (CASELOAD_IS_REFERRAL (self));

  if (caseload_property_set_string (&self->decided_on, decided_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECIDED_ON]);
}

const char *
caseload_referral_get_first_contact_at (CaseloadReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_REFERRAL (self), NULL);

  return self->first_contact_at;
}

void
caseload_referral_set_first_contact_at (CaseloadReferral *self,
                                        const char *first_contact_at)
{
  g_return_if_fail (CASELOAD_IS_REFERRAL (self));

  if (caseload_property_set_string (&self->first_contact_at, first_contact_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_CONTACT_AT]);
}

const char *
caseload_referral_get_assessment_at (CaseloadReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_REFERRAL (self), NULL);

  return self->assessment_at;
}

void
caseload_referral_set_assessment_at (CaseloadReferral *self,
                                     const char *assessment_at)
{
  g_return_if_fail (CASELOAD_IS_REFERRAL (self));

  if (caseload_property_set_string (&self->assessment_at, assessment_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSESSMENT_AT]);
}

const char *
caseload_referral_get_help_started_at (CaseloadReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_REFERRAL (self), NULL);

  return self->help_started_at;
}

void
caseload_referral_set_help_started_at (CaseloadReferral *self,
                                       const char *help_started_at)
{
  g_return_if_fail (CASELOAD_IS_REFERRAL (self));

  if (caseload_property_set_string (&self->help_started_at, help_started_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HELP_STARTED_AT]);
}

CaseloadHelpKind
caseload_referral_get_help_kind (CaseloadReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_REFERRAL (self), 0);

  return self->help_kind;
}

void
caseload_referral_set_help_kind (CaseloadReferral *self,
                                 CaseloadHelpKind help_kind)
{
  g_return_if_fail (CASELOAD_IS_REFERRAL (self));

  if (self->help_kind == help_kind)
    return;

  self->help_kind = help_kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HELP_KIND]);
}

const char *
caseload_referral_get_next_review_on (CaseloadReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_REFERRAL (self), NULL);

  return self->next_review_on;
}

void
caseload_referral_set_next_review_on (CaseloadReferral *self,
                                      const char *next_review_on)
{
  g_return_if_fail (CASELOAD_IS_REFERRAL (self));

  if (caseload_property_set_string (&self->next_review_on, next_review_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEXT_REVIEW_ON]);
}

CaseloadTransferKind
caseload_referral_get_transfer_kind (CaseloadReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_REFERRAL (self), 0);

  return self->transfer_kind;
}

void
caseload_referral_set_transfer_kind (CaseloadReferral *self,
                                     CaseloadTransferKind transfer_kind)
{
  g_return_if_fail (CASELOAD_IS_REFERRAL (self));

  if (self->transfer_kind == transfer_kind)
    return;

  self->transfer_kind = transfer_kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRANSFER_KIND]);
}

const char *
caseload_referral_get_transfer_destination (CaseloadReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_REFERRAL (self), NULL);

  return self->transfer_destination;
}

void
caseload_referral_set_transfer_destination (CaseloadReferral *self,
                                            const char *transfer_destination)
{
  g_return_if_fail (CASELOAD_IS_REFERRAL (self));

  if (caseload_property_set_string (&self->transfer_destination, transfer_destination))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRANSFER_DESTINATION]);
}

const char *
caseload_referral_get_transfer_summary (CaseloadReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_REFERRAL (self), NULL);

  return self->transfer_summary;
}

void
caseload_referral_set_transfer_summary (CaseloadReferral *self,
                                        const char *transfer_summary)
{
  g_return_if_fail (CASELOAD_IS_REFERRAL (self));

  if (caseload_property_set_string (&self->transfer_summary, transfer_summary))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRANSFER_SUMMARY]);
}

const char *
caseload_referral_get_transferred_on (CaseloadReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_REFERRAL (self), NULL);

  return self->transferred_on;
}

void
caseload_referral_set_transferred_on (CaseloadReferral *self,
                                      const char *transferred_on)
{
  g_return_if_fail (CASELOAD_IS_REFERRAL (self));

  if (caseload_property_set_string (&self->transferred_on, transferred_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRANSFERRED_ON]);
}

const char *
caseload_referral_get_transferred_by (CaseloadReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_REFERRAL (self), NULL);

  return self->transferred_by;
}

void
caseload_referral_set_transferred_by (CaseloadReferral *self,
                                      const char *transferred_by)
{
  g_return_if_fail (CASELOAD_IS_REFERRAL (self));

  if (caseload_property_set_string (&self->transferred_by, transferred_by))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRANSFERRED_BY]);
}

CaseloadClockState
caseload_referral_get_clock_state (CaseloadReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_REFERRAL (self), 0);

  return self->clock_state;
}

void
caseload_referral_set_clock_state (CaseloadReferral *self,
                                   CaseloadClockState clock_state)
{
  g_return_if_fail (CASELOAD_IS_REFERRAL (self));

  if (self->clock_state == clock_state)
    return;

  self->clock_state = clock_state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLOCK_STATE]);
}

const char *
caseload_referral_get_clock_due_at (CaseloadReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_REFERRAL (self), NULL);

  return self->clock_due_at;
}

void
caseload_referral_set_clock_due_at (CaseloadReferral *self,
                                    const char *clock_due_at)
{
  g_return_if_fail (CASELOAD_IS_REFERRAL (self));

  if (caseload_property_set_string (&self->clock_due_at, clock_due_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLOCK_DUE_AT]);
}

const char *
caseload_referral_get_clock_warn_at (CaseloadReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_REFERRAL (self), NULL);

  return self->clock_warn_at;
}

void
caseload_referral_set_clock_warn_at (CaseloadReferral *self,
                                     const char *clock_warn_at)
{
  g_return_if_fail (CASELOAD_IS_REFERRAL (self));

  if (caseload_property_set_string (&self->clock_warn_at, clock_warn_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLOCK_WARN_AT]);
}

gint64
caseload_referral_get_waited_seconds (CaseloadReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_REFERRAL (self), 0);

  return self->waited_seconds;
}

void
caseload_referral_set_waited_seconds (CaseloadReferral *self,
                                      gint64 waited_seconds)
{
  g_return_if_fail (CASELOAD_IS_REFERRAL (self));

  if (self->waited_seconds == waited_seconds)
    return;

  self->waited_seconds = waited_seconds;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WAITED_SECONDS]);
}

int
caseload_referral_get_allocated_count (CaseloadReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_REFERRAL (self), 0);

  return self->allocated_count;
}

void
caseload_referral_set_allocated_count (CaseloadReferral *self,
                                       int allocated_count)
{
  g_return_if_fail (CASELOAD_IS_REFERRAL (self));

  if (self->allocated_count == allocated_count)
    return;

  self->allocated_count = allocated_count;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALLOCATED_COUNT]);
}

int
caseload_referral_get_version (CaseloadReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_REFERRAL (self), 0);

  return self->version;
}

void
caseload_referral_set_version (CaseloadReferral *self,
                               int version)
{
  g_return_if_fail (CASELOAD_IS_REFERRAL (self));

  if (self->version == version)
    return;

  self->version = version;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
}

const char *
caseload_referral_get_created_at (CaseloadReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_REFERRAL (self), NULL);

  return self->created_at;
}

void
caseload_referral_set_created_at (CaseloadReferral *self,
                                  const char *created_at)
{
  g_return_if_fail (CASELOAD_IS_REFERRAL (self));

  if (caseload_property_set_string (&self->created_at, created_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
}

const char *
caseload_referral_get_updated_at (CaseloadReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_REFERRAL (self), NULL);

  return self->updated_at;
}

void
caseload_referral_set_updated_at (CaseloadReferral *self,
                                  const char *updated_at)
{
  g_return_if_fail (CASELOAD_IS_REFERRAL (self));

  if (caseload_property_set_string (&self->updated_at, updated_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED_AT]);
}
