/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include "caseload-cohort-session.h"
#include "caseload-property.h"
#include "caseload-enums.h"

struct _CaseloadCohortSession
{
  GObject parent_instance;

  char *id;
  char *cohort_id;
  int number;
  char *held_on;
  char *topic;
  char *notes;
  int version;
};

G_DEFINE_FINAL_TYPE (CaseloadCohortSession, caseload_cohort_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_COHORT_ID,
  PROP_NUMBER,
  PROP_HELD_ON,
  PROP_TOPIC,
  PROP_NOTES,
  PROP_VERSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
caseload_cohort_session_finalize (GObject *object)
{
  CaseloadCohortSession *self = CASELOAD_COHORT_SESSION (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->cohort_id, g_free);
  g_clear_pointer (&self->held_on, g_free);
  g_clear_pointer (&self->topic, g_free);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (caseload_cohort_session_parent_class)->finalize (object);
}

static void
caseload_cohort_session_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  CaseloadCohortSession *self = CASELOAD_COHORT_SESSION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_COHORT_ID:
      g_value_set_string (value, self->cohort_id);
      break;

    case PROP_NUMBER:
      g_value_set_int (value, self->number);
      break;

    case PROP_HELD_ON:
      g_value_set_string (value, self->held_on);
      break;

    case PROP_TOPIC:
      g_value_set_string (value, self->topic);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    case PROP_VERSION:
      g_value_set_int (value, self->version);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_cohort_session_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  CaseloadCohortSession *self = CASELOAD_COHORT_SESSION (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_cohort_session_set_id (self, g_value_get_string (value));
      break;

    case PROP_COHORT_ID:
      caseload_cohort_session_set_cohort_id (self, g_value_get_string (value));
      break;

    case PROP_NUMBER:
      caseload_cohort_session_set_number (self, g_value_get_int (value));
      break;

    case PROP_HELD_ON:
      caseload_cohort_session_set_held_on (self, g_value_get_string (value));
      break;

    case PROP_TOPIC:
      caseload_cohort_session_set_topic (self, g_value_get_string (value));
      break;

    case PROP_NOTES:
      caseload_cohort_session_set_notes (self, g_value_get_string (value));
      break;

    case PROP_VERSION:
      caseload_cohort_session_set_version (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_cohort_session_class_init (CaseloadCohortSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_cohort_session_finalize;
  object_class->get_property = caseload_cohort_session_get_property;
  object_class->set_property = caseload_cohort_session_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_COHORT_ID] =
    g_param_spec_string ("cohort-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NUMBER] =
    g_param_spec_int ("number", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HELD_ON] =
    g_param_spec_string ("held-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TOPIC] =
    g_param_spec_string ("topic", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_VERSION] =
    g_param_spec_int ("version", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_cohort_session_init (CaseloadCohortSession *self)
{
}

CaseloadCohortSession *
caseload_cohort_session_new (void)
{
  return g_object_new (CASELOAD_TYPE_COHORT_SESSION, NULL);
}

const char *
caseload_cohort_session_get_id (CaseloadCohortSession *self)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT_SESSION (self), NULL);

  return self->id;
}

void
caseload_cohort_session_set_id (CaseloadCohortSession *self,
                                const char *id)
{
  g_return_if_fail (CASELOAD_IS_COHORT_SESSION (self));

  if (caseload_property_set_string (&self->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
caseload_cohort_session_get_cohort_id (CaseloadCohortSession *self)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT_SESSION (self), NULL);

  return self->cohort_id;
}

void
caseload_cohort_session_set_cohort_id (CaseloadCohortSession *self,
                                       const char *cohort_id)
{
  g_return_if_fail (CASELOAD_IS_COHORT_SESSION (self));

  if (caseload_property_set_string (&self->cohort_id, cohort_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COHORT_ID]);
}

int
caseload_cohort_session_get_number (CaseloadCohortSession *self)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT_SESSION (self), 0);

  return self->number;
}

void
caseload_cohort_session_set_number (CaseloadCohortSession *self,
                                    int number)
{
  g_return_if_fail (CASELOAD_IS_COHORT_SESSION (self));

  if (self->number == number)
    return;

  self->number = number;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMBER]);
}

const char *
caseload_cohort_session_get_held_on (CaseloadCohortSession *self)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT_SESSION (self), NULL);

  return self->held_on;
}

void
caseload_cohort_session_set_held_on (CaseloadCohortSession *self,
                                     const char *held_on)
{
  g_return_if_fail (CASELOAD_IS_COHORT_SESSION (self));

  if (caseload_property_set_string (&self->held_on, held_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HELD_ON]);
}

const char *
caseload_cohort_session_get_topic (CaseloadCohortSession *self)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT_SESSION (self), NULL);

  return self->topic;
}

void
caseload_cohort_session_set_topic (CaseloadCohortSession *self,
                                   const char *topic)
{
  g_return_if_fail (CASELOAD_IS_COHORT_SESSION (self));

  if (caseload_property_set_string (&self->topic, topic))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOPIC]);
}

const char *
caseload_cohort_session_get_notes (CaseloadCohortSession *self)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT_SESSION (self), NULL);

  return self->notes;
}

void
caseload_cohort_session_set_notes (CaseloadCohortSession *self,
                                   const char *notes)
{
  g_return_if_fail (CASELOAD_IS_COHORT_SESSION (self));

  if (caseload_property_set_string (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

int
caseload_cohort_session_get_version (CaseloadCohortSession *self)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT_SESSION (self), 0);

  return self->version;
}

void
caseload_cohort_session_set_version (CaseloadCohortSession *self,
                                     int version)
{
  g_return_if_fail (CASELOAD_IS_COHORT_SESSION (self));

  if (self->version == version)
    return;

  self->version = version;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
}
