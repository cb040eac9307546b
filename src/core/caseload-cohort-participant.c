/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include "caseload-cohort-participant.h"
#include "caseload-property.h"
#include "caseload-enums.h"

struct _CaseloadCohortParticipant
{
  GObject parent_instance;

  GPtrArray *reinforcers;

  char *id;
  char *cohort_id;
  char *person_id;
  char *person_name;
  char *joined_on;
  char *left_on;
  int version;
  char *cohort_name;
  char *cohort_next_session_on;
  char *cohort_end_on;
};

G_DEFINE_FINAL_TYPE (CaseloadCohortParticipant, caseload_cohort_participant, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_COHORT_ID,
  PROP_PERSON_ID,
  PROP_PERSON_NAME,
  PROP_JOINED_ON,
  PROP_LEFT_ON,
  PROP_VERSION,
  PROP_COHORT_NAME,
  PROP_COHORT_NEXT_SESSION_ON,
  PROP_COHORT_END_ON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
caseload_cohort_participant_finalize (GObject *object)
{
  CaseloadCohortParticipant *self = CASELOAD_COHORT_PARTICIPANT (object);

  g_clear_pointer (&self->reinforcers, g_ptr_array_unref);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->cohort_id, g_free);
  g_clear_pointer (&self->person_id, g_free);
  g_clear_pointer (&self->person_name, g_free);
  g_clear_pointer (&self->joined_on, g_free);
  g_clear_pointer (&self->left_on, g_free);
  g_clear_pointer (&self->cohort_name, g_free);
  g_clear_pointer (&self->cohort_next_session_on, g_free);
  g_clear_pointer (&self->cohort_end_on, g_free);

  G_OBJECT_CLASS (caseload_cohort_participant_parent_class)->finalize (object);
}

static void
caseload_cohort_participant_get_property (GObject    *object,
                                          guint       prop_id,
                                          GValue     *value,
                                          GParamSpec *pspec)
{
  CaseloadCohortParticipant *self = CASELOAD_COHORT_PARTICIPANT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_COHORT_ID:
      g_value_set_string (value, self->cohort_id);
      break;

    case PROP_PERSON_ID:
      g_value_set_string (value, self->person_id);
      break;

    case PROP_PERSON_NAME:
      g_value_set_string (value, self->person_name);
      break;

    case PROP_JOINED_ON:
      g_value_set_string (value, self->joined_on);
      break;

    case PROP_LEFT_ON:
      g_value_set_string (value, self->left_on);
      break;

    case PROP_VERSION:
      g_value_set_int (value, self->version);
      break;

    case PROP_COHORT_NAME:
      g_value_set_string (value, self->cohort_name);
      break;

    case PROP_COHORT_NEXT_SESSION_ON:
      g_value_set_string (value, self->cohort_next_session_on);
      break;

    case PROP_COHORT_END_ON:
      g_value_set_string (value, self->cohort_end_on);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_cohort_participant_set_property (GObject      *object,
                                          guint         prop_id,
                                          const GValue *value,
                                          GParamSpec   *pspec)
{
  CaseloadCohortParticipant *self = CASELOAD_COHORT_PARTICIPANT (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_cohort_participant_set_id (self, g_value_get_string (value));
      break;

    case PROP_COHORT_ID:
      caseload_cohort_participant_set_cohort_id (self, g_value_get_string (value));
      break;

    case PROP_PERSON_ID:
      caseload_cohort_participant_set_person_id (self, g_value_get_string (value));
      break;

    case PROP_PERSON_NAME:
      caseload_cohort_participant_set_person_name (self, g_value_get_string (value));
      break;

    case PROP_JOINED_ON:
      caseload_cohort_participant_set_joined_on (self, g_value_get_string (value));
      break;

    case PROP_LEFT_ON:
      caseload_cohort_participant_set_left_on (self, g_value_get_string (value));
      break;

    case PROP_VERSION:
      caseload_cohort_participant_set_version (self, g_value_get_int (value));
      break;

    case PROP_COHORT_NAME:
      caseload_cohort_participant_set_cohort_name (self, g_value_get_string (value));
      break;

    case PROP_COHORT_NEXT_SESSION_ON:
      caseload_cohort_participant_set_cohort_next_session_on (self, g_value_get_string (value));
      break;

    case PROP_COHORT_END_ON:
      caseload_cohort_participant_set_cohort_end_on (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_cohort_participant_class_init (CaseloadCohortParticipantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_cohort_participant_finalize;
  object_class->get_property = caseload_cohort_participant_get_property;
  object_class->set_property = caseload_cohort_participant_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_COHORT_ID] =
    g_param_spec_string ("cohort-id", NULL, NULL,
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

  properties[PROP_JOINED_ON] =
    g_param_spec_string ("joined-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LEFT_ON] =
    g_param_spec_string ("left-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_VERSION] =
    g_param_spec_int ("version", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_COHORT_NAME] =
    g_param_spec_string ("cohort-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_COHORT_NEXT_SESSION_ON] =
    g_param_spec_string ("cohort-next-session-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_COHORT_END_ON] =
    g_param_spec_string ("cohort-end-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_cohort_participant_init (CaseloadCohortParticipant *self)
{
  self->reinforcers = g_ptr_array_new_with_free_func (g_object_unref);
}

CaseloadCohortParticipant *
caseload_cohort_participant_new (void)
{
  return g_object_new (CASELOAD_TYPE_COHORT_PARTICIPANT, NULL);
}

const char *
caseload_cohort_participant_get_id (CaseloadCohortParticipant *self)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT_PARTICIPANT (self), NULL);

  return self->id;
}

void
caseload_cohort_participant_set_id (CaseloadCohortParticipant *self,
                                    const char *id)
{
  g_return_if_fail (CASELOAD_IS_COHORT_PARTICIPANT (self));

  if (caseload_property_set_string (&self->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
caseload_cohort_participant_get_cohort_id (CaseloadCohortParticipant *self)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT_PARTICIPANT (self), NULL);

  return self->cohort_id;
}

void
caseload_cohort_participant_set_cohort_id (CaseloadCohortParticipant *self,
                                           const char *cohort_id)
{
  g_return_if_fail (CASELOAD_IS_COHORT_PARTICIPANT (self));

  if (caseload_property_set_string (&self->cohort_id, cohort_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COHORT_ID]);
}

const char *
caseload_cohort_participant_get_person_id (CaseloadCohortParticipant *self)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT_PARTICIPANT (self), NULL);

  return self->person_id;
}

void
caseload_cohort_participant_set_person_id (CaseloadCohortParticipant *self,
                                           const char *person_id)
{
  g_return_if_fail (CASELOAD_IS_COHORT_PARTICIPANT (self));

  if (caseload_property_set_string (&self->person_id, person_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
}

const char *
caseload_cohort_participant_get_person_name (CaseloadCohortParticipant *self)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT_PARTICIPANT (self), NULL);

  return self->person_name;
}

void
caseload_cohort_participant_set_person_name (CaseloadCohortParticipant *self,
                                             const char *person_name)
{
  g_return_if_fail (CASELOAD_IS_COHORT_PARTICIPANT (self));

  if (caseload_property_set_string (&self->person_name, person_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_NAME]);
}

const char *
caseload_cohort_participant_get_joined_on (CaseloadCohortParticipant *self)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT_PARTICIPANT (self), NULL);

  return self->joined_on;
}

void
caseload_cohort_participant_set_joined_on (CaseloadCohortParticipant *self,
                                           const char *joined_on)
{
  g_return_if_fail (CASELOAD_IS_COHORT_PARTICIPANT (self));

  if (caseload_property_set_string (&self->joined_on, joined_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOINED_ON]);
}

const char *
caseload_cohort_participant_get_left_on (CaseloadCohortParticipant *self)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT_PARTICIPANT (self), NULL);

  return self->left_on;
}

void
caseload_cohort_participant_set_left_on (CaseloadCohortParticipant *self,
                                         const char *left_on)
{
  g_return_if_fail (CASELOAD_IS_COHORT_PARTICIPANT (self));

  if (caseload_property_set_string (&self->left_on, left_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEFT_ON]);
}

int
caseload_cohort_participant_get_version (CaseloadCohortParticipant *self)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT_PARTICIPANT (self), 0);

  return self->version;
}

void
caseload_cohort_participant_set_version (CaseloadCohortParticipant *self,
                                         int version)
{
  g_return_if_fail (CASELOAD_IS_COHORT_PARTICIPANT (self));

  if (self->version == version)
    return;

  self->version = version;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
}

const char *
caseload_cohort_participant_get_cohort_name (CaseloadCohortParticipant *self)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT_PARTICIPANT (self), NULL);

  return self->cohort_name;
}

void
caseload_cohort_participant_set_cohort_name (CaseloadCohortParticipant *self,
                                             const char *cohort_name)
{
  g_return_if_fail (CASELOAD_IS_COHORT_PARTICIPANT (self));

  if (caseload_property_set_string (&self->cohort_name, cohort_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COHORT_NAME]);
}

const char *
caseload_cohort_participant_get_cohort_next_session_on (CaseloadCohortParticipant *self)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT_PARTICIPANT (self), NULL);

  return self->cohort_next_session_on;
}

void
caseload_cohort_participant_set_cohort_next_session_on (CaseloadCohortParticipant *self,
                                                        const char *cohort_next_session_on)
{
  g_return_if_fail (CASELOAD_IS_COHORT_PARTICIPANT (self));

  if (caseload_property_set_string (&self->cohort_next_session_on, cohort_next_session_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COHORT_NEXT_SESSION_ON]);
}

const char *
caseload_cohort_participant_get_cohort_end_on (CaseloadCohortParticipant *self)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT_PARTICIPANT (self), NULL);

  return self->cohort_end_on;
}

void
caseload_cohort_participant_set_cohort_end_on (CaseloadCohortParticipant *self,
                                               const char *cohort_end_on)
{
  g_return_if_fail (CASELOAD_IS_COHORT_PARTICIPANT (self));

  if (caseload_property_set_string (&self->cohort_end_on, cohort_end_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COHORT_END_ON]);
}

GPtrArray *
caseload_cohort_participant_get_reinforcers (CaseloadCohortParticipant *self)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT_PARTICIPANT (self), NULL);

  return self->reinforcers;
}
