/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include "caseload-threshold.h"
#include "caseload-property.h"
#include "caseload-enums.h"

struct _CaseloadThreshold
{
  GObject parent_instance;

  char *id;
  CaseloadTriageOutcome outcome;
  int position;
  char *criterion;
  int version;
  char *updated_at;
  char *updated_by_name;
};

G_DEFINE_FINAL_TYPE (CaseloadThreshold, caseload_threshold, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_OUTCOME,
  PROP_POSITION,
  PROP_CRITERION,
  PROP_VERSION,
  PROP_UPDATED_AT,
  PROP_UPDATED_BY_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
caseload_threshold_finalize (GObject *object)
{
  CaseloadThreshold *self = CASELOAD_THRESHOLD (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->criterion, g_free);
  g_clear_pointer (&self->updated_at, g_free);
  g_clear_pointer (&self->updated_by_name, g_free);

  G_OBJECT_CLASS (caseload_threshold_parent_class)->finalize (object);
}

static void
caseload_threshold_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CaseloadThreshold *self = CASELOAD_THRESHOLD (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_OUTCOME:
      g_value_set_enum (value, self->outcome);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    case PROP_CRITERION:
      g_value_set_string (value, self->criterion);
      break;

    case PROP_VERSION:
      g_value_set_int (value, self->version);
      break;

    case PROP_UPDATED_AT:
      g_value_set_string (value, self->updated_at);
      break;

    case PROP_UPDATED_BY_NAME:
      g_value_set_string (value, self->updated_by_name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_threshold_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  CaseloadThreshold *self = CASELOAD_THRESHOLD (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_threshold_set_id (self, g_value_get_string (value));
      break;

    case PROP_OUTCOME:
      caseload_threshold_set_outcome (self, g_value_get_enum (value));
      break;

    case PROP_POSITION:
      caseload_threshold_set_position (self, g_value_get_int (value));
      break;

    case PROP_CRITERION:
      caseload_threshold_set_criterion (self, g_value_get_string (value));
      break;

    case PROP_VERSION:
      caseload_threshold_set_version (self, g_value_get_int (value));
      break;

    case PROP_UPDATED_AT:
      caseload_threshold_set_updated_at (self, g_value_get_string (value));
      break;

    case PROP_UPDATED_BY_NAME:
      caseload_threshold_set_updated_by_name (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_threshold_class_init (CaseloadThresholdClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_threshold_finalize;
  object_class->get_property = caseload_threshold_get_property;
  object_class->set_property = caseload_threshold_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_OUTCOME] =
    g_param_spec_enum ("outcome", NULL, NULL,
                       CASELOAD_TYPE_TRIAGE_OUTCOME,
                       CASELOAD_TRIAGE_ACCEPT,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CRITERION] =
    g_param_spec_string ("criterion", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_VERSION] =
    g_param_spec_int ("version", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_UPDATED_AT] =
    g_param_spec_string ("updated-at", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_UPDATED_BY_NAME] =
    g_param_spec_string ("updated-by-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_threshold_init (CaseloadThreshold *self)
{
  self->outcome = CASELOAD_TRIAGE_ACCEPT;
}

CaseloadThreshold *
caseload_threshold_new (void)
{
  return g_object_new (CASELOAD_TYPE_THRESHOLD, NULL);
}

const char *
caseload_threshold_get_id (CaseloadThreshold *self)
{
  g_return_val_if_fail (CASELOAD_IS_THRESHOLD (self), NULL);

  return self->id;
}

void
caseload_threshold_set_id (CaseloadThreshold *self,
                           const char *id)
{
  g_return_if_fail (CASELOAD_IS_THRESHOLD (self));

  if (caseload_property_set_string (&self->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

CaseloadTriageOutcome
caseload_threshold_get_outcome (CaseloadThreshold *self)
{
  g_return_val_if_fail (CASELOAD_IS_THRESHOLD (self), 0);

  return self->outcome;
}

void
caseload_threshold_set_outcome (CaseloadThreshold *self,
                                CaseloadTriageOutcome outcome)
{
  g_return_if_fail (CASELOAD_IS_THRESHOLD (self));

  if (self->outcome == outcome)
    return;

  self->outcome = outcome;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTCOME]);
}

int
caseload_threshold_get_position (CaseloadThreshold *self)
{
  g_return_val_if_fail (CASELOAD_IS_THRESHOLD (self), 0);

  return self->position;
}

void
caseload_threshold_set_position (CaseloadThreshold *self,
                                 int position)
{
  g_return_if_fail (CASELOAD_IS_THRESHOLD (self));

  if (self->position == position)
    return;

  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

const char *
caseload_threshold_get_criterion (CaseloadThreshold *self)
{
  g_return_val_if_fail (CASELOAD_IS_THRESHOLD (self), NULL);

  return self->criterion;
}

void
caseload_threshold_set_criterion (CaseloadThreshold *self,
                                  const char *criterion)
{
  g_return_if_fail (CASELOAD_IS_THRESHOLD (self));

  if (caseload_property_set_string (&self->criterion, criterion))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CRITERION]);
}

int
caseload_threshold_get_version (CaseloadThreshold *self)
{
  g_return_val_if_fail (CASELOAD_IS_THRESHOLD (self), 0);

  return self->version;
}

void
caseload_threshold_set_version (CaseloadThreshold *self,
                                int version)
{
  g_return_if_fail (CASELOAD_IS_THRESHOLD (self));

  if (self->version == version)
    return;

  self->version = version;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
}

const char *
caseload_threshold_get_updated_at (CaseloadThreshold *self)
{
  g_return_val_if_fail (CASELOAD_IS_THRESHOLD (self), NULL);

  return self->updated_at;
}

void
caseload_threshold_set_updated_at (CaseloadThreshold *self,
                                   const char *updated_at)
{
  g_return_if_fail (CASELOAD_IS_THRESHOLD (self));

  if (caseload_property_set_string (&self->updated_at, updated_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED_AT]);
}

const char *
caseload_threshold_get_updated_by_name (CaseloadThreshold *self)
{
  g_return_val_if_fail (CASELOAD_IS_THRESHOLD (self), NULL);

  return self->updated_by_name;
}

void
caseload_threshold_set_updated_by_name (CaseloadThreshold *self,
                                        const char *updated_by_name)
{
  g_return_if_fail (CASELOAD_IS_THRESHOLD (self));

  if (caseload_property_set_string (&self->updated_by_name, updated_by_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED_BY_NAME]);
}
