/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include "caseload-housing-status-change.h"
#include "caseload-property.h"
#include "caseload-enums.h"

struct _CaseloadHousingStatusChange
{
  GObject parent_instance;

  char *id;
  char *referral_id;
  CaseloadHousingStatus from_status;
  CaseloadHousingStatus to_status;
  char *changed_on;
  char *reason;
  char *changed_by_name;
  char *created_at;
};

G_DEFINE_FINAL_TYPE (CaseloadHousingStatusChange, caseload_housing_status_change, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_REFERRAL_ID,
  PROP_FROM_STATUS,
  PROP_TO_STATUS,
  PROP_CHANGED_ON,
  PROP_REASON,
  PROP_CHANGED_BY_NAME,
  PROP_CREATED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
caseload_housing_status_change_finalize (GObject *object)
{
  CaseloadHousingStatusChange *self = CASELOAD_HOUSING_STATUS_CHANGE (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->referral_id, g_free);
  g_clear_pointer (&self->changed_on, g_free);
  g_clear_pointer (&self->reason, g_free);
  g_clear_pointer (&self->changed_by_name, g_free);
  g_clear_pointer (&self->created_at, g_free);

  G_OBJECT_CLASS (caseload_housing_status_change_parent_class)->finalize (object);
}

static void
caseload_housing_status_change_get_property (GObject    *object,
                                             guint       prop_id,
                                             GValue     *value,
                                             GParamSpec *pspec)
{
  CaseloadHousingStatusChange *self = CASELOAD_HOUSING_STATUS_CHANGE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_REFERRAL_ID:
      g_value_set_string (value, self->referral_id);
      break;

    case PROP_FROM_STATUS:
      g_value_set_enum (value, self->from_status);
      break;

    case PROP_TO_STATUS:
      g_value_set_enum (value, self->to_status);
      break;

    case PROP_CHANGED_ON:
      g_value_set_string (value, self->changed_on);
      break;

    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;

    case PROP_CHANGED_BY_NAME:
      g_value_set_string (value, self->changed_by_name);
      break;

    case PROP_CREATED_AT:
      g_value_set_string (value, self->created_at);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_housing_status_change_set_property (GObject      *object,
                                             guint         prop_id,
                                             const GValue *value,
                                             GParamSpec   *pspec)
{
  CaseloadHousingStatusChange *self = CASELOAD_HOUSING_STATUS_CHANGE (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_housing_status_change_set_id (self, g_value_get_string (value));
      break;

    case PROP_REFERRAL_ID:
      caseload_housing_status_change_set_referral_id (self, g_value_get_string (value));
      break;

    case PROP_FROM_STATUS:
      caseload_housing_status_change_set_from_status (self, g_value_get_enum (value));
      break;

    case PROP_TO_STATUS:
      caseload_housing_status_change_set_to_status (self, g_value_get_enum (value));
      break;

    case PROP_CHANGED_ON:
      caseload_housing_status_change_set_changed_on (self, g_value_get_string (value));
      break;

    case PROP_REASON:
      caseload_housing_status_change_set_reason (self, g_value_get_string (value));
      break;

    case PROP_CHANGED_BY_NAME:
      caseload_housing_status_change_set_changed_by_name (self, g_value_get_string (value));
      break;

    case PROP_CREATED_AT:
      caseload_housing_status_change_set_created_at (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_housing_status_change_class_init (CaseloadHousingStatusChangeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_housing_status_change_finalize;
  object_class->get_property = caseload_housing_status_change_get_property;
  object_class->set_property = caseload_housing_status_change_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_REFERRAL_ID] =
    g_param_spec_string ("referral-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FROM_STATUS] =
    g_param_spec_enum ("from-status", NULL, NULL,
                       CASELOAD_TYPE_HOUSING_STATUS,
                       CASELOAD_HOUSING_SENT,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TO_STATUS] =
    g_param_spec_enum ("to-status", NULL, NULL,
                       CASELOAD_TYPE_HOUSING_STATUS,
                       CASELOAD_HOUSING_SENT,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CHANGED_ON] =
    g_param_spec_string ("changed-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_REASON] =
    g_param_spec_string ("reason", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CHANGED_BY_NAME] =
    g_param_spec_string ("changed-by-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CREATED_AT] =
    g_param_spec_string ("created-at", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_housing_status_change_init (CaseloadHousingStatusChange *self)
{
  self->from_status = CASELOAD_HOUSING_SENT;
  self->to_status = CASELOAD_HOUSING_SENT;
}

CaseloadHousingStatusChange *
caseload_housing_status_change_new (void)
{
  return g_object_new (CASELOAD_TYPE_HOUSING_STATUS_CHANGE, NULL);
}

const char *
caseload_housing_status_change_get_id (CaseloadHousingStatusChange *self)
{
  g_return_val_if_fail (CASELOAD_IS_HOUSING_STATUS_CHANGE (self), NULL);

  return self->id;
}

void
caseload_housing_status_change_set_id (CaseloadHousingStatusChange *self,
                                       const char *id)
{
  g_return_if_fail (CASELOAD_IS_HOUSING_STATUS_CHANGE (self));

  if (caseload_property_set_string (&self->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
caseload_housing_status_change_get_referral_id (CaseloadHousingStatusChange *self)
{
  g_return_val_if_fail (CASELOAD_IS_HOUSING_STATUS_CHANGE (self), NULL);

  return self->referral_id;
}

void
caseload_housing_status_change_set_referral_id (CaseloadHousingStatusChange *self,
                                                const char *referral_id)
{
  g_return_if_fail (CASELOAD_IS_HOUSING_STATUS_CHANGE (self));

  if (caseload_property_set_string (&self->referral_id, referral_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERRAL_ID]);
}

CaseloadHousingStatus
caseload_housing_status_change_get_from_status (CaseloadHousingStatusChange *self)
{
  g_return_val_if_fail (CASELOAD_IS_HOUSING_STATUS_CHANGE (self), 0);

  return self->from_status;
}

void
caseload_housing_status_change_set_from_status (CaseloadHousingStatusChange *self,
                                                CaseloadHousingStatus from_status)
{
  g_return_if_fail (CASELOAD_IS_HOUSING_STATUS_CHANGE (self));

  if (self->from_status == from_status)
    return;

  self->from_status = from_status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FROM_STATUS]);
}

CaseloadHousingStatus
caseload_housing_status_change_get_to_status (CaseloadHousingStatusChange *self)
{
  g_return_val_if_fail (CASELOAD_IS_HOUSING_STATUS_CHANGE (self), 0);

  return self->to_status;
}

void
caseload_housing_status_change_set_to_status (CaseloadHousingStatusChange *self,
                                              CaseloadHousingStatus to_status)
{
  g_return_if_fail (CASELOAD_IS_HOUSING_STATUS_CHANGE (self));

  if (self->to_status == to_status)
    return;

  self->to_status = to_status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TO_STATUS]);
}

const char *
caseload_housing_status_change_get_changed_on (CaseloadHousingStatusChange *self)
{
  g_return_val_if_fail (CASELOAD_IS_HOUSING_STATUS_CHANGE (self), NULL);

  return self->changed_on;
}

void
caseload_housing_status_change_set_changed_on (CaseloadHousingStatusChange *self,
                                               const char *changed_on)
{
  g_return_if_fail (CASELOAD_IS_HOUSING_STATUS_CHANGE (self));

  if (caseload_property_set_string (&self->changed_on, changed_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANGED_ON]);
}

const char *
caseload_housing_status_change_get_reason (CaseloadHousingStatusChange *self)
{
  g_return_val_if_fail (CASELOAD_IS_HOUSING_STATUS_CHANGE (self), NULL);

  return self->reason;
}

void
caseload_housing_status_change_set_reason (CaseloadHousingStatusChange *self,
                                           const char *reason)
{
  g_return_if_fail (CASELOAD_IS_HOUSING_STATUS_CHANGE (self));

  if (caseload_property_set_string (&self->reason, reason))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REASON]);
}

const char *
caseload_housing_status_change_get_changed_by_name (CaseloadHousingStatusChange *self)
{
  g_return_val_if_fail (CASELOAD_IS_HOUSING_STATUS_CHANGE (self), NULL);

  return self->changed_by_name;
}

void
caseload_housing_status_change_set_changed_by_name (CaseloadHousingStatusChange *self,
                                                    const char *changed_by_name)
{
  g_return_if_fail (CASELOAD_IS_HOUSING_STATUS_CHANGE (self));

  if (caseload_property_set_string (&self->changed_by_name, changed_by_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANGED_BY_NAME]);
}

const char *
caseload_housing_status_change_get_created_at (CaseloadHousingStatusChange *self)
{
  g_return_val_if_fail (CASELOAD_IS_HOUSING_STATUS_CHANGE (self), NULL);

  return self->created_at;
}

void
caseload_housing_status_change_set_created_at (CaseloadHousingStatusChange *self,
                                               const char *created_at)
{
  g_return_if_fail (CASELOAD_IS_HOUSING_STATUS_CHANGE (self));

  if (caseload_property_set_string (&self->created_at, created_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
}
