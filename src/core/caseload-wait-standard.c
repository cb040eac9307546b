/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include "caseload-wait-standard.h"
#include "caseload-property.h"
#include "caseload-enums.h"

struct _CaseloadWaitStandard
{
  GObject parent_instance;

  CaseloadUrgency urgency;
  int target;
  CaseloadWaitUnit unit;
  int warn;
  CaseloadMilestone stops_at;
  int version;
  char *updated_at;
  char *updated_by_name;
};

G_DEFINE_FINAL_TYPE (CaseloadWaitStandard, caseload_wait_standard, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_URGENCY,
  PROP_TARGET,
  PROP_UNIT,
  PROP_WARN,
  PROP_STOPS_AT,
  PROP_VERSION,
  PROP_UPDATED_AT,
  PROP_UPDATED_BY_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
caseload_wait_standard_finalize (GObject *object)
{
  CaseloadWaitStandard *self = CASELOAD_WAIT_STANDARD (object);

  g_clear_pointer (&self->updated_at, g_free);
  g_clear_pointer (&self->updated_by_name, g_free);

  G_OBJECT_CLASS (caseload_wait_standard_parent_class)->finalize (object);
}

static void
caseload_wait_standard_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  CaseloadWaitStandard *self = CASELOAD_WAIT_STANDARD (object);

  switch (prop_id)
    {
    case PROP_URGENCY:
      g_value_set_enum (value, self->urgency);
      break;

    case PROP_TARGET:
      g_value_set_int (value, self->target);
      break;

    case PROP_UNIT:
      g_value_set_enum (value, self->unit);
      break;

    case PROP_WARN:
      g_value_set_int (value, self->warn);
      break;

    case PROP_STOPS_AT:
      g_value_set_enum (value, self->stops_at);
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
caseload_wait_standard_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  CaseloadWaitStandard *self = CASELOAD_WAIT_STANDARD (object);

  switch (prop_id)
    {
    case PROP_URGENCY:
      caseload_wait_standard_set_urgency (self, g_value_get_enum (value));
      break;

    case PROP_TARGET:
      caseload_wait_standard_set_target (self, g_value_get_int (value));
      break;

    case PROP_UNIT:
      caseload_wait_standard_set_unit (self, g_value_get_enum (value));
      break;

    case PROP_WARN:
      caseload_wait_standard_set_warn (self, g_value_get_int (value));
      break;

    case PROP_STOPS_AT:
      caseload_wait_standard_set_stops_at (self, g_value_get_enum (value));
      break;

    case PROP_VERSION:
      caseload_wait_standard_set_version (self, g_value_get_int (value));
      break;

    case PROP_UPDATED_AT:
      caseload_wait_standard_set_updated_at (self, g_value_get_string (value));
      break;

    case PROP_UPDATED_BY_NAME:
      caseload_wait_standard_set_updated_by_name (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_wait_standard_class_init (CaseloadWaitStandardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_wait_standard_finalize;
  object_class->get_property = caseload_wait_standard_get_property;
  object_class->set_property = caseload_wait_standard_set_property;

  properties[PROP_URGENCY] =
    g_param_spec_enum ("urgency", NULL, NULL,
                       CASELOAD_TYPE_URGENCY,
                       CASELOAD_URGENCY_ROUTINE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TARGET] =
    g_param_spec_int ("target", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_UNIT] =
    g_param_spec_enum ("unit", NULL, NULL,
                       CASELOAD_TYPE_WAIT_UNIT,
                       CASELOAD_WAIT_UNIT_DAYS,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_WARN] =
    g_param_spec_int ("warn", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STOPS_AT] =
    g_param_spec_enum ("stops-at", NULL, NULL,
                       CASELOAD_TYPE_MILESTONE,
                       CASELOAD_MILESTONE_HELP_STARTED,
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
caseload_wait_standard_init (CaseloadWaitStandard *self)
{
  self->urgency = CASELOAD_URGENCY_ROUTINE;
  self->unit = CASELOAD_WAIT_UNIT_DAYS;
  self->stops_at = CASELOAD_MILESTONE_HELP_STARTED;
}

CaseloadWaitStandard *
caseload_wait_standard_new (void)
{
  return g_object_new (CASELOAD_TYPE_WAIT_STANDARD, NULL);
}

CaseloadUrgency
caseload_wait_standard_get_urgency (CaseloadWaitStandard *self)
{
  g_return_val_if_fail (CASELOAD_IS_WAIT_STANDARD (self), 0);

  return self->urgency;
}

void
caseload_wait_standard_set_urgency (CaseloadWaitStandard *self,
                                    CaseloadUrgency urgency)
{
  g_return_if_fail (CASELOAD_IS_WAIT_STANDARD (self));

  if (self->urgency == urgency)
    return;

  self->urgency = urgency;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URGENCY]);
}

int
caseload_wait_standard_get_target (CaseloadWaitStandard *self)
{
  g_return_val_if_fail (CASELOAD_IS_WAIT_STANDARD (self), 0);

  return self->target;
}

void
caseload_wait_standard_set_target (CaseloadWaitStandard *self,
                                   int target)
{
  g_return_if_fail (CASELOAD_IS_WAIT_STANDARD (self));

  if (self->target == target)
    return;

  self->target = target;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET]);
}

CaseloadWaitUnit
caseload_wait_standard_get_unit (CaseloadWaitStandard *self)
{
  g_return_val_if_fail (CASELOAD_IS_WAIT_STANDARD (self), 0);

  return self->unit;
}

void
caseload_wait_standard_set_unit (CaseloadWaitStandard *self,
                                 CaseloadWaitUnit unit)
{
  g_return_if_fail (CASELOAD_IS_WAIT_STANDARD (self));

  if (self->unit == unit)
    return;

  self->unit = unit;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT]);
}

int
caseload_wait_standard_get_warn (CaseloadWaitStandard *self)
{
  g_return_val_if_fail (CASELOAD_IS_WAIT_STANDARD (self), 0);

  return self->warn;
}

void
caseload_wait_standard_set_warn (CaseloadWaitStandard *self,
                                 int warn)
{
  g_return_if_fail (CASELOAD_IS_WAIT_STANDARD (self));

  if (self->warn == warn)
    return;

  self->warn = warn;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WARN]);
}

CaseloadMilestone
caseload_wait_standard_get_stops_at (CaseloadWaitStandard *self)
{
  g_return_val_if_fail (CASELOAD_IS_WAIT_STANDARD (self), 0);

  return self->stops_at;
}

void
caseload_wait_standard_set_stops_at (CaseloadWaitStandard *self,
                                     CaseloadMilestone stops_at)
{
  g_return_if_fail (CASELOAD_IS_WAIT_STANDARD (self));

  if (self->stops_at == stops_at)
    return;

  self->stops_at = stops_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STOPS_AT]);
}

int
caseload_wait_standard_get_version (CaseloadWaitStandard *self)
{
  g_return_val_if_fail (CASELOAD_IS_WAIT_STANDARD (self), 0);

  return self->version;
}

void
caseload_wait_standard_set_version (CaseloadWaitStandard *self,
                                    int version)
{
  g_return_if_fail (CASELOAD_IS_WAIT_STANDARD (self));

  if (self->version == version)
    return;

  self->version = version;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
}

const char *
caseload_wait_standard_get_updated_at (CaseloadWaitStandard *self)
{
  g_return_val_if_fail (CASELOAD_IS_WAIT_STANDARD (self), NULL);

  return self->updated_at;
}

void
caseload_wait_standard_set_updated_at (CaseloadWaitStandard *self,
                                       const char *updated_at)
{
  g_return_if_fail (CASELOAD_IS_WAIT_STANDARD (self));

  if (caseload_property_set_string (&self->updated_at, updated_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED_AT]);
}

const char *
caseload_wait_standard_get_updated_by_name (CaseloadWaitStandard *self)
{
  g_return_val_if_fail (CASELOAD_IS_WAIT_STANDARD (self), NULL);

  return self->updated_by_name;
}

void
caseload_wait_standard_set_updated_by_name (CaseloadWaitStandard *self,
                                            const char *updated_by_name)
{
  g_return_if_fail (CASELOAD_IS_WAIT_STANDARD (self));

  if (caseload_property_set_string (&self->updated_by_name, updated_by_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED_BY_NAME]);
}
