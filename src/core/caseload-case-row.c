/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include "caseload-case-row.h"
#include "caseload-property.h"
#include "caseload-enums.h"

struct _CaseloadCaseRow
{
  GObject parent_instance;

  gboolean loaded;
  char *person_id;
  char *person_name;
  char *nhs_number;
  char *date_of_birth;
  char *pcn;
  char *practice_name;
  char *referral_id;
  CaseloadUrgency urgency;
  CaseloadReferralStatus status;
  char *received_at;
  CaseloadClockState clock_state;
  char *clock_due_at;
  gint64 waited_seconds;
  char *worker_id;
  char *worker_name;
  char *worker_organisation_name;
  CaseloadCaseRole role;
  char *next_review_on;
  char *last_contact_at;
  int open_tasks;
  guint pathways;
  char *od_due_at;
};

G_DEFINE_FINAL_TYPE (CaseloadCaseRow, caseload_case_row, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LOADED,
  PROP_PERSON_ID,
  PROP_PERSON_NAME,
  PROP_NHS_NUMBER,
  PROP_DATE_OF_BIRTH,
  PROP_PCN,
  PROP_PRACTICE_NAME,
  PROP_REFERRAL_ID,
  PROP_URGENCY,
  PROP_STATUS,
  PROP_RECEIVED_AT,
  PROP_CLOCK_STATE,
  PROP_CLOCK_DUE_AT,
  PROP_WAITED_SECONDS,
  PROP_WORKER_ID,
  PROP_WORKER_NAME,
  PROP_WORKER_ORGANISATION_NAME,
  PROP_ROLE,
  PROP_NEXT_REVIEW_ON,
  PROP_LAST_CONTACT_AT,
  PROP_OPEN_TASKS,
  PROP_PATHWAYS,
  PROP_OD_DUE_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
caseload_case_row_finalize (GObject *object)
{
  CaseloadCaseRow *self = CASELOAD_CASE_ROW (object);

  g_clear_pointer (&self->person_id, g_free);
  g_clear_pointer (&self->person_name, g_free);
  g_clear_pointer (&self->nhs_number, g_free);
  g_clear_pointer (&self->date_of_birth, g_free);
  g_clear_pointer (&self->pcn, g_free);
  g_clear_pointer (&self->practice_name, g_free);
  g_clear_pointer (&self->referral_id, g_free);
  g_clear_pointer (&self->received_at, g_free);
  g_clear_pointer (&self->clock_due_at, g_free);
  g_clear_pointer (&self->worker_id, g_free);
  g_clear_pointer (&self->worker_name, g_free);
  g_clear_pointer (&self->worker_organisation_name, g_free);
  g_clear_pointer (&self->next_review_on, g_free);
  g_clear_pointer (&self->last_contact_at, g_free);
  g_clear_pointer (&self->od_due_at, g_free);

  G_OBJECT_CLASS (caseload_case_row_parent_class)->finalize (object);
}

static void
caseload_case_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CaseloadCaseRow *self = CASELOAD_CASE_ROW (object);

  switch (prop_id)
    {
    case PROP_LOADED:
      g_value_set_boolean (value, self->loaded);
      break;

    case PROP_PERSON_ID:
      g_value_set_string (value, self->person_id);
      break;

    case PROP_PERSON_NAME:
      g_value_set_string (value, self->person_name);
      break;

    case PROP_NHS_NUMBER:
      g_value_set_string (value, self->nhs_number);
      break;

    case PROP_DATE_OF_BIRTH:
      g_value_set_string (value, self->date_of_birth);
      break;

    case PROP_PCN:
      g_value_set_string (value, self->pcn);
      break;

    case PROP_PRACTICE_NAME:
      g_value_set_string (value, self->practice_name);
      break;

    case PROP_REFERRAL_ID:
      g_value_set_string (value, self->referral_id);
      break;

    case PROP_URGENCY:
      g_value_set_enum (value, self->urgency);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_RECEIVED_AT:
      g_value_set_string (value, self->received_at);
      break;

    case PROP_CLOCK_STATE:
      g_value_set_enum (value, self->clock_state);
      break;

    case PROP_CLOCK_DUE_AT:
      g_value_set_string (value, self->clock_due_at);
      break;

    case PROP_WAITED_SECONDS:
      g_value_set_int64 (value, self->waited_seconds);
      break;

    case PROP_WORKER_ID:
      g_value_set_string (value, self->worker_id);
      break;

    case PROP_WORKER_NAME:
      g_value_set_string (value, self->worker_name);
      break;

    case PROP_WORKER_ORGANISATION_NAME:
      g_value_set_string (value, self->worker_organisation_name);
      break;

    case PROP_ROLE:
      g_value_set_enum (value, self->role);
      break;

    case PROP_NEXT_REVIEW_ON:
      g_value_set_string (value, self->next_review_on);
      break;

    case PROP_LAST_CONTACT_AT:
      g_value_set_string (value, self->last_contact_at);
      break;

    case PROP_OPEN_TASKS:
      g_value_set_int (value, self->open_tasks);
      break;

    case PROP_PATHWAYS:
      g_value_set_uint (value, self->pathways);
      break;

    case PROP_OD_DUE_AT:
      g_value_set_string (value, self->od_due_at);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_case_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CaseloadCaseRow *self = CASELOAD_CASE_ROW (object);

  switch (prop_id)
    {
    case PROP_LOADED:
      caseload_case_row_set_loaded (self, g_value_get_boolean (value));
      break;

    case PROP_PERSON_ID:
      caseload_case_row_set_person_id (self, g_value_get_string (value));
      break;

    case PROP_PERSON_NAME:
      caseload_case_row_set_person_name (self, g_value_get_string (value));
      break;

    case PROP_NHS_NUMBER:
      caseload_case_row_set_nhs_number (self, g_value_get_string (value));
      break;

    case PROP_DATE_OF_BIRTH:
      caseload_case_row_set_date_of_birth (self, g_value_get_string (value));
      break;

    case PROP_PCN:
      caseload_case_row_set_pcn (self, g_value_get_string (value));
      break;

    case PROP_PRACTICE_NAME:
      caseload_case_row_set_practice_name (self, g_value_get_string (value));
      break;

    case PROP_REFERRAL_ID:
      caseload_case_row_set_referral_id (self, g_value_get_string (value));
      break;

    case PROP_URGENCY:
      caseload_case_row_set_urgency (self, g_value_get_enum (value));
      break;

    case PROP_STATUS:
      caseload_case_row_set_status (self, g_value_get_enum (value));
      break;

    case PROP_RECEIVED_AT:
      caseload_case_row_set_received_at (self, g_value_get_string (value));
      break;

    case PROP_CLOCK_STATE:
      caseload_case_row_set_clock_state (self, g_value_get_enum (value));
      break;

    case PROP_CLOCK_DUE_AT:
      caseload_case_row_set_clock_due_at (self, g_value_get_string (value));
      break;

    case PROP_WAITED_SECONDS:
      caseload_case_row_set_waited_seconds (self, g_value_get_int64 (value));
      break;

    case PROP_WORKER_ID:
      caseload_case_row_set_worker_id (self, g_value_get_string (value));
      break;

    case PROP_WORKER_NAME:
      caseload_case_row_set_worker_name (self, g_value_get_string (value));
      break;

    case PROP_WORKER_ORGANISATION_NAME:
      caseload_case_row_set_worker_organisation_name (self, g_value_get_string (value));
      break;

    case PROP_ROLE:
      caseload_case_row_set_role (self, g_value_get_enum (value));
      break;

    case PROP_NEXT_REVIEW_ON:
      caseload_case_row_set_next_review_on (self, g_value_get_string (value));
      break;

    case PROP_LAST_CONTACT_AT:
      caseload_case_row_set_last_contact_at (self, g_value_get_string (value));
      break;

    case PROP_OPEN_TASKS:
      caseload_case_row_set_open_tasks (self, g_value_get_int (value));
      break;

    case PROP_PATHWAYS:
      caseload_case_row_set_pathways (self, g_value_get_uint (value));
      break;

    case PROP_OD_DUE_AT:
      caseload_case_row_set_od_due_at (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_case_row_class_init (CaseloadCaseRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_case_row_finalize;
  object_class->get_property = caseload_case_row_get_property;
  object_class->set_property = caseload_case_row_set_property;

  properties[PROP_LOADED] =
    g_param_spec_boolean ("loaded", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PERSON_ID] =
    g_param_spec_string ("person-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PERSON_NAME] =
    g_param_spec_string ("person-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NHS_NUMBER] =
    g_param_spec_string ("nhs-number", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DATE_OF_BIRTH] =
    g_param_spec_string ("date-of-birth", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PCN] =
    g_param_spec_string ("pcn", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PRACTICE_NAME] =
    g_param_spec_string ("practice-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_REFERRAL_ID] =
    g_param_spec_string ("referral-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_URGENCY] =
    g_param_spec_enum ("urgency", NULL, NULL,
                       CASELOAD_TYPE_URGENCY,
                       CASELOAD_URGENCY_ROUTINE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       CASELOAD_TYPE_REFERRAL_STATUS,
                       CASELOAD_REFERRAL_STATUS_AWAITING_TRIAGE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_RECEIVED_AT] =
    g_param_spec_string ("received-at", NULL, NULL,
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

  properties[PROP_WAITED_SECONDS] =
    g_param_spec_int64 ("waited-seconds", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_WORKER_ID] =
    g_param_spec_string ("worker-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_WORKER_NAME] =
    g_param_spec_string ("worker-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_WORKER_ORGANISATION_NAME] =
    g_param_spec_string ("worker-organisation-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ROLE] =
    g_param_spec_enum ("role", NULL, NULL,
                       CASELOAD_TYPE_CASE_ROLE,
                       CASELOAD_CASE_ROLE_KEY_WORKER,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NEXT_REVIEW_ON] =
    g_param_spec_string ("next-review-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LAST_CONTACT_AT] =
    g_param_spec_string ("last-contact-at", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_OPEN_TASKS] =
    g_param_spec_int ("open-tasks", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PATHWAYS] =
    g_param_spec_uint ("pathways", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_OD_DUE_AT] =
    g_param_spec_string ("od-due-at", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_case_row_init (CaseloadCaseRow *self)
{
  self->urgency = CASELOAD_URGENCY_ROUTINE;
  self->status = CASELOAD_REFERRAL_STATUS_AWAITING_TRIAGE;
  self->clock_state = CASELOAD_CLOCK_NONE;
  self->role = CASELOAD_CASE_ROLE_KEY_WORKER;
}

CaseloadCaseRow *
caseload_case_row_new (void)
{
  return g_object_new (CASELOAD_TYPE_CASE_ROW, NULL);
}

gboolean
caseload_case_row_get_loaded (CaseloadCaseRow *self)
{
  g_return_val_if_fail (CASELOAD_IS_CASE_ROW (self), FALSE);

  return self->loaded;
}

void
caseload_case_row_set_loaded (CaseloadCaseRow *self,
                              gboolean loaded)
{
  g_return_if_fail (CASELOAD_IS_CASE_ROW (self));

  loaded = !!loaded;

  if (self->loaded == loaded)
    return;

  self->loaded = loaded;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);
}

/**
 * caseload_case_row_update_from:
 * @self: the row to change (a placeholder)
 * @other: the row read from the store
 *
 * Copies every property of @other into @self; only those that really change are
 * notified, once each, after all of them are set.
 */
void
caseload_case_row_update_from (CaseloadCaseRow *self,
                               CaseloadCaseRow *other)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  g_return_if_fail (CASELOAD_IS_CASE_ROW (self));
  g_return_if_fail (CASELOAD_IS_CASE_ROW (other));

  if (self == other)
    return;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (self), &n_pspecs);
  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (other), pspecs[i]->name, &value);
      g_object_set_property (G_OBJECT (self), pspecs[i]->name, &value);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

const char *
caseload_case_row_get_person_id (CaseloadCaseRow *self)
{
  g_return_val_if_fail (CASELOAD_IS_CASE_ROW (self), NULL);

  return self->person_id;
}

void
caseload_case_row_set_person_id (CaseloadCaseRow *self,
                                 const char *person_id)
{
  g_return_if_fail (CASELOAD_IS_CASE_ROW (self));

  if (caseload_property_set_string (&self->person_id, person_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
}

const char *
caseload_case_row_get_person_name (CaseloadCaseRow *self)
{
  g_return_val_if_fail (CASELOAD_IS_CASE_ROW (self), NULL);

  return self->person_name;
}

void
caseload_case_row_set_person_name (CaseloadCaseRow *self,
                                   const char *person_name)
{
  g_return_if_fail (CASELOAD_IS_CASE_ROW (self));

  if (caseload_property_set_string (&self->person_name, person_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_NAME]);
}

const char *
caseload_case_row_get_nhs_number (CaseloadCaseRow *self)
{
  g_return_val_if_fail (CASELOAD_IS_CASE_ROW (self), NULL);

  return self->nhs_number;
}

void
caseload_case_row_set_nhs_number (CaseloadCaseRow *self,
                                  const char *nhs_number)
{
  g_return_if_fail (CASELOAD_IS_CASE_ROW (self));

  if (caseload_property_set_string (&self->nhs_number, nhs_number))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NHS_NUMBER]);
}

const char *
caseload_case_row_get_date_of_birth (CaseloadCaseRow *self)
{
  g_return_val_if_fail (CASELOAD_IS_CASE_ROW (self), NULL);

  return self->date_of_birth;
}

void
caseload_case_row_set_date_of_birth (CaseloadCaseRow *self,
                                     const char *date_of_birth)
{
  g_return_if_fail (CASELOAD_IS_CASE_ROW (self));

  if (caseload_property_set_string (&self->date_of_birth, date_of_birth))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE_OF_BIRTH]);
}

const char *
caseload_case_row_get_pcn (CaseloadCaseRow *self)
{
  g_return_val_if_fail (CASELOAD_IS_CASE_ROW (self), NULL);

  return self->pcn;
}

void
caseload_case_row_set_pcn (CaseloadCaseRow *self,
                           const char *pcn)
{
  g_return_if_fail (CASELOAD_IS_CASE_ROW (self));

  if (caseload_property_set_string (&self->pcn, pcn))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PCN]);
}

const char *
caseload_case_row_get_practice_name (CaseloadCaseRow *self)
{
  g_return_val_if_fail (CASELOAD_IS_CASE_ROW (self), NULL);

  return self->practice_name;
}

void
caseload_case_row_set_practice_name (CaseloadCaseRow *self,
                                     const char *practice_name)
{
  g_return_if_fail (CASELOAD_IS_CASE_ROW (self));

  if (caseload_property_set_string (&self->practice_name, practice_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRACTICE_NAME]);
}

const char *
caseload_case_row_get_referral_id (CaseloadCaseRow *self)
{
  g_return_val_if_fail (CASELOAD_IS_CASE_ROW (self), NULL);

  return self->referral_id;
}

void
caseload_case_row_set_referral_id (CaseloadCaseRow *self,
                                   const char *referral_id)
{
  g_return_if_fail (CASELOAD_IS_CASE_ROW (self));

  if (caseload_property_set_string (&self->referral_id, referral_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERRAL_ID]);
}

CaseloadUrgency
caseload_case_row_get_urgency (CaseloadCaseRow *self)
{
  g_return_val_if_fail (CASELOAD_IS_CASE_ROW (self), 0);

  return self->urgency;
}

void
caseload_case_row_set_urgency (CaseloadCaseRow *self,
                               CaseloadUrgency urgency)
{
  g_return_if_fail (CASELOAD_IS_CASE_ROW (self));

  if (self->urgency == urgency)
    return;

  self->urgency = urgency;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URGENCY]);
}

CaseloadReferralStatus
caseload_case_row_get_status (CaseloadCaseRow *self)
{
  g_return_val_if_fail (CASELOAD_IS_CASE_ROW (self), 0);

  return self->status;
}

void
caseload_case_row_set_status (CaseloadCaseRow *self,
                              CaseloadReferralStatus status)
{
  g_return_if_fail (CASELOAD_IS_CASE_ROW (self));

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

const char *
caseload_case_row_get_received_at (CaseloadCaseRow *self)
{
  g_return_val_if_fail (CASELOAD_IS_CASE_ROW (self), NULL);

  return self->received_at;
}

void
caseload_case_row_set_received_at (CaseloadCaseRow *self,
                                   const char *received_at)
{
  g_return_if_fail (CASELOAD_IS_CASE_ROW (self));

  if (caseload_property_set_string (&self->received_at, received_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECEIVED_AT]);
}

CaseloadClockState
caseload_case_row_get_clock_state (CaseloadCaseRow *self)
{
  g_return_val_if_fail (CASELOAD_IS_CASE_ROW (self), 0);

  return self->clock_state;
}

void
caseload_case_row_set_clock_state (CaseloadCaseRow *self,
                                   CaseloadClockState clock_state)
{
  g_return_if_fail (CASELOAD_IS_CASE_ROW (self));

  if (self->clock_state == clock_state)
    return;

  self->clock_state = clock_state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLOCK_STATE]);
}

const char *
caseload_case_row_get_clock_due_at (CaseloadCaseRow *self)
{
  g_return_val_if_fail (CASELOAD_IS_CASE_ROW (self), NULL);

  return self->clock_due_at;
}

void
caseload_case_row_set_clock_due_at (CaseloadCaseRow *self,
                                    const char *clock_due_at)
{
  g_return_if_fail (CASELOAD_IS_CASE_ROW (self));

  if (caseload_property_set_string (&self->clock_due_at, clock_due_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLOCK_DUE_AT]);
}

gint64
caseload_case_row_get_waited_seconds (CaseloadCaseRow *self)
{
  g_return_val_if_fail (CASELOAD_IS_CASE_ROW (self), 0);

  return self->waited_seconds;
}

void
caseload_case_row_set_waited_seconds (CaseloadCaseRow *self,
                                      gint64 waited_seconds)
{
  g_return_if_fail (CASELOAD_IS_CASE_ROW (self));

  if (self->waited_seconds == waited_seconds)
    return;

  self->waited_seconds = waited_seconds;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WAITED_SECONDS]);
}

const char *
caseload_case_row_get_worker_id (CaseloadCaseRow *self)
{
  g_return_val_if_fail (CASELOAD_IS_CASE_ROW (self), NULL);

  return self->worker_id;
}

void
caseload_case_row_set_worker_id (CaseloadCaseRow *self,
                                 const char *worker_id)
{
  g_return_if_fail (CASELOAD_IS_CASE_ROW (self));

  if (caseload_property_set_string (&self->worker_id, worker_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKER_ID]);
}

const char *
caseload_case_row_get_worker_name (CaseloadCaseRow *self)
{
  g_return_val_if_fail (CASELOAD_IS_CASE_ROW (self), NULL);

  return self->worker_name;
}

void
caseload_case_row_set_worker_name (CaseloadCaseRow *self,
                                   const char *worker_name)
{
  g_return_if_fail (CASELOAD_IS_CASE_ROW (self));

  if (caseload_property_set_string (&self->worker_name, worker_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKER_NAME]);
}

const char *
caseload_case_row_get_worker_organisation_name (CaseloadCaseRow *self)
{
  g_return_val_if_fail (CASELOAD_IS_CASE_ROW (self), NULL);

  return self->worker_organisation_name;
}

void
caseload_case_row_set_worker_organisation_name (CaseloadCaseRow *self,
                                                const char *worker_organisation_name)
{
  g_return_if_fail (CASELOAD_IS_CASE_ROW (self));

  if (caseload_property_set_string (&self->worker_organisation_name, worker_organisation_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKER_ORGANISATION_NAME]);
}

CaseloadCaseRole
caseload_case_row_get_role (CaseloadCaseRow *self)
{
  g_return_val_if_fail (CASELOAD_IS_CASE_ROW (self), 0);

  return self->role;
}

void
caseload_case_row_set_role (CaseloadCaseRow *self,
                            CaseloadCaseRole role)
{
  g_return_if_fail (CASELOAD_IS_CASE_ROW (self));

  if (self->role == role)
    return;

  self->role = role;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

const char *
caseload_case_row_get_next_review_on (CaseloadCaseRow *self)
{
  g_return_val_if_fail (CASELOAD_IS_CASE_ROW (self), NULL);

  return self->next_review_on;
}

void
caseload_case_row_set_next_review_on (CaseloadCaseRow *self,
                                      const char *next_review_on)
{
  g_return_if_fail (CASELOAD_IS_CASE_ROW (self));

  if (caseload_property_set_string (&self->next_review_on, next_review_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEXT_REVIEW_ON]);
}

const char *
caseload_case_row_get_last_contact_at (CaseloadCaseRow *self)
{
  g_return_val_if_fail (CASELOAD_IS_CASE_ROW (self), NULL);

  return self->last_contact_at;
}

void
caseload_case_row_set_last_contact_at (CaseloadCaseRow *self,
                                       const char *last_contact_at)
{
  g_return_if_fail (CASELOAD_IS_CASE_ROW (self));

  if (caseload_property_set_string (&self->last_contact_at, last_contact_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_CONTACT_AT]);
}

int
caseload_case_row_get_open_tasks (CaseloadCaseRow *self)
{
  g_return_val_if_fail (CASELOAD_IS_CASE_ROW (self), 0);

  return self->open_tasks;
}

void
caseload_case_row_set_open_tasks (CaseloadCaseRow *self,
                                  int open_tasks)
{
  g_return_if_fail (CASELOAD_IS_CASE_ROW (self));

  if (self->open_tasks == open_tasks)
    return;

  self->open_tasks = open_tasks;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OPEN_TASKS]);
}

guint
caseload_case_row_get_pathways (CaseloadCaseRow *self)
{
  g_return_val_if_fail (CASELOAD_IS_CASE_ROW (self), 0);

  return self->pathways;
}

void
caseload_case_row_set_pathways (CaseloadCaseRow *self,
                                guint pathways)
{
  g_return_if_fail (CASELOAD_IS_CASE_ROW (self));

  if (self->pathways == pathways)
    return;

  self->pathways = pathways;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PATHWAYS]);
}

const char *
caseload_case_row_get_od_due_at (CaseloadCaseRow *self)
{
  g_return_val_if_fail (CASELOAD_IS_CASE_ROW (self), NULL);

  return self->od_due_at;
}

void
caseload_case_row_set_od_due_at (CaseloadCaseRow *self,
                                 const char *od_due_at)
{
  g_return_if_fail (CASELOAD_IS_CASE_ROW (self));

  if (caseload_property_set_string (&self->od_due_at, od_due_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OD_DUE_AT]);
}
