/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include "caseload-allocation.h"
#include "caseload-property.h"
#include "caseload-enums.h"

struct _CaseloadAllocation
{
  GObject parent_instance;

  char *id;
  char *referral_id;
  char *person_id;
  char *person_name;
  char *staff_id;
  char *staff_name;
  char *organisation_id;
  char *organisation_name;
  CaseloadCaseRole role;
  char *started_on;
  char *ended_on;
  char *end_reason;
  int version;
  char *created_at;
  char *created_by;
};

G_DEFINE_FINAL_TYPE (CaseloadAllocation, caseload_allocation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_REFERRAL_ID,
  PROP_PERSON_ID,
  PROP_PERSON_NAME,
  PROP_STAFF_ID,
  PROP_STAFF_NAME,
  PROP_ORGANISATION_ID,
  PROP_ORGANISATION_NAME,
  PROP_ROLE,
  PROP_STARTED_ON,
  PROP_ENDED_ON,
  PROP_END_REASON,
  PROP_VERSION,
  PROP_CREATED_AT,
  PROP_CREATED_BY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
caseload_allocation_finalize (GObject *object)
{
  CaseloadAllocation *self = CASELOAD_ALLOCATION (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->referral_id, g_free);
  g_clear_pointer (&self->person_id, g_free);
  g_clear_pointer (&self->person_name, g_free);
  g_clear_pointer (&self->staff_id, g_free);
  g_clear_pointer (&self->staff_name, g_free);
  g_clear_pointer (&self->organisation_id, g_free);
  g_clear_pointer (&self->organisation_name, g_free);
  g_clear_pointer (&self->started_on, g_free);
  g_clear_pointer (&self->ended_on, g_free);
  g_clear_pointer (&self->end_reason, g_free);
  g_clear_pointer (&self->created_at, g_free);
  g_clear_pointer (&self->created_by, g_free);

  G_OBJECT_CLASS (caseload_allocation_parent_class)->finalize (object);
}

static void
caseload_allocation_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CaseloadAllocation *self = CASELOAD_ALLOCATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_REFERRAL_ID:
      g_value_set_string (value, self->referral_id);
      break;

    case PROP_PERSON_ID:
      g_value_set_string (value, self->person_id);
      break;

    case PROP_PERSON_NAME:
      g_value_set_string (value, self->person_name);
      break;

    case PROP_STAFF_ID:
      g_value_set_string (value, self->staff_id);
      break;

    case PROP_STAFF_NAME:
      g_value_set_string (value, self->staff_name);
      break;

    case PROP_ORGANISATION_ID:
      g_value_set_string (value, self->organisation_id);
      break;

    case PROP_ORGANISATION_NAME:
      g_value_set_string (value, self->organisation_name);
      break;

    case PROP_ROLE:
      g_value_set_enum (value, self->role);
      break;

    case PROP_STARTED_ON:
      g_value_set_string (value, self->started_on);
      break;

    case PROP_ENDED_ON:
      g_value_set_string (value, self->ended_on);
      break;

    case PROP_END_REASON:
      g_value_set_string (value, self->end_reason);
      break;

    case PROP_VERSION:
      g_value_set_int (value, self->version);
      break;

    case PROP_CREATED_AT:
      g_value_set_string (value, self->created_at);
      break;

    case PROP_CREATED_BY:
      g_value_set_string (value, self->created_by);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_allocation_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  CaseloadAllocation *self = CASELOAD_ALLOCATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_allocation_set_id (self, g_value_get_string (value));
      break;

    case PROP_REFERRAL_ID:
      caseload_allocation_set_referral_id (self, g_value_get_string (value));
      break;

    case PROP_PERSON_ID:
      caseload_allocation_set_person_id (self, g_value_get_string (value));
      break;

    case PROP_PERSON_NAME:
      caseload_allocation_set_person_name (self, g_value_get_string (value));
      break;

    case PROP_STAFF_ID:
      caseload_allocation_set_staff_id (self, g_value_get_string (value));
      break;

    case PROP_STAFF_NAME:
      caseload_allocation_set_staff_name (self, g_value_get_string (value));
      break;

    case PROP_ORGANISATION_ID:
      caseload_allocation_set_organisation_id (self, g_value_get_string (value));
      break;

    case PROP_ORGANISATION_NAME:
      caseload_allocation_set_organisation_name (self, g_value_get_string (value));
      break;

    case PROP_ROLE:
      caseload_allocation_set_role (self, g_value_get_enum (value));
      break;

    case PROP_STARTED_ON:
      caseload_allocation_set_started_on (self, g_value_get_string (value));
      break;

    case PROP_ENDED_ON:
      caseload_allocation_set_ended_on (self, g_value_get_string (value));
      break;

    case PROP_END_REASON:
      caseload_allocation_set_end_reason (self, g_value_get_string (value));
      break;

    case PROP_VERSION:
      caseload_allocation_set_version (self, g_value_get_int (value));
      break;

    case PROP_CREATED_AT:
      caseload_allocation_set_created_at (self, g_value_get_string (value));
      break;

    case PROP_CREATED_BY:
      caseload_allocation_set_created_by (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_allocation_class_init (CaseloadAllocationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_allocation_finalize;
  object_class->get_property = caseload_allocation_get_property;
  object_class->set_property = caseload_allocation_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_REFERRAL_ID] =
    g_param_spec_string ("referral-id", NULL, NULL,
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

  properties[PROP_STAFF_ID] =
    g_param_spec_string ("staff-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STAFF_NAME] =
    g_param_spec_string ("staff-name", NULL, NULL,
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

  properties[PROP_ROLE] =
    g_param_spec_enum ("role", NULL, NULL,
                       CASELOAD_TYPE_CASE_ROLE,
                       CASELOAD_CASE_ROLE_KEY_WORKER,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STARTED_ON] =
    g_param_spec_string ("started-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ENDED_ON] =
    g_param_spec_string ("ended-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_END_REASON] =
    g_param_spec_string ("end-reason", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_VERSION] =
    g_param_spec_int ("version", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CREATED_AT] =
    g_param_spec_string ("created-at", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CREATED_BY] =
    g_param_spec_string ("created-by", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_allocation_init (CaseloadAllocation *self)
{
  self->role = CASELOAD_CASE_ROLE_KEY_WORKER;
}

CaseloadAllocation *
caseload_allocation_new (void)
{
  return g_object_new (CASELOAD_TYPE_ALLOCATION, NULL);
}

const char *
caseload_allocation_get_id (CaseloadAllocation *self)
{
  g_return_val_if_fail (CASELOAD_IS_ALLOCATION (self), NULL);

  return self->id;
}

void
caseload_allocation_set_id (CaseloadAllocation *self,
                            const char *id)
{
  g_return_if_fail (CASELOAD_IS_ALLOCATION (self));

  if (caseload_property_set_string (&self->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
caseload_allocation_get_referral_id (CaseloadAllocation *self)
{
  g_return_val_if_fail (CASELOAD_IS_ALLOCATION (self), NULL);

  return self->referral_id;
}

void
caseload_allocation_set_referral_id (CaseloadAllocation *self,
                                     const char *referral_id)
{
  g_return_if_fail (CASELOAD_IS_ALLOCATION (self));

  if (caseload_property_set_string (&self->referral_id, referral_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERRAL_ID]);
}

const char *
caseload_allocation_get_person_id (CaseloadAllocation *self)
{
  g_return_val_if_fail (CASELOAD_IS_ALLOCATION (self), NULL);

  return self->person_id;
}

void
caseload_allocation_set_person_id (CaseloadAllocation *self,
                                   const char *person_id)
{
  g_return_if_fail (CASELOAD_IS_ALLOCATION (self));

  if (caseload_property_set_string (&self->person_id, person_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
}

const char *
caseload_allocation_get_person_name (CaseloadAllocation *self)
{
  g_return_val_if_fail (CASELOAD_IS_ALLOCATION (self), NULL);

  return self->person_name;
}

void
caseload_allocation_set_person_name (CaseloadAllocation *self,
                                     const char *person_name)
{
  g_return_if_fail (CASELOAD_IS_ALLOCATION (self));

  if (caseload_property_set_string (&self->person_name, person_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_NAME]);
}

const char *
caseload_allocation_get_staff_id (CaseloadAllocation *self)
{
  g_return_val_if_fail (CASELOAD_IS_ALLOCATION (self), NULL);

  return self->staff_id;
}

void
caseload_allocation_set_staff_id (CaseloadAllocation *self,
                                  const char *staff_id)
{
  g_return_if_fail (CASELOAD_IS_ALLOCATION (self));

  if (caseload_property_set_string (&self->staff_id, staff_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_ID]);
}

const char *
caseload_allocation_get_staff_name (CaseloadAllocation *self)
{
  g_return_val_if_fail (CASELOAD_IS_ALLOCATION (self), NULL);

  return self->staff_name;
}

void
caseload_allocation_set_staff_name (CaseloadAllocation *self,
                                    const char *staff_name)
{
  g_return_if_fail (CASELOAD_IS_ALLOCATION (self));

  if (caseload_property_set_string (&self->staff_name, staff_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_NAME]);
}

const char *
caseload_allocation_get_organisation_id (CaseloadAllocation *self)
{
  g_return_val_if_fail (CASELOAD_IS_ALLOCATION (self), NULL);

  return self->organisation_id;
}

void
caseload_allocation_set_organisation_id (CaseloadAllocation *self,
                                         const char *organisation_id)
{
  g_return_if_fail (CASELOAD_IS_ALLOCATION (self));

  if (caseload_property_set_string (&self->organisation_id, organisation_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANISATION_ID]);
}

const char *
caseload_allocation_get_organisation_name (CaseloadAllocation *self)
{
  g_return_val_if_fail (CASELOAD_IS_ALLOCATION (self), NULL);

  return self->organisation_name;
}

void
caseload_allocation_set_organisation_name (CaseloadAllocation *self,
                                           const char *organisation_name)
{
  g_return_if_fail (CASELOAD_IS_ALLOCATION (self));

  if (caseload_property_set_string (&self->organisation_name, organisation_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANISATION_NAME]);
}

CaseloadCaseRole
caseload_allocation_get_role (CaseloadAllocation *self)
{
  g_return_val_if_fail (CASELOAD_IS_ALLOCATION (self), 0);

  return self->role;
}

void
caseload_allocation_set_role (CaseloadAllocation *self,
                              CaseloadCaseRole role)
{
  g_return_if_fail (CASELOAD_IS_ALLOCATION (self));

  if (self->role == role)
    return;

  self->role = role;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

const char *
caseload_allocation_get_started_on (CaseloadAllocation *self)
{
  g_return_val_if_fail (CASELOAD_IS_ALLOCATION (self), NULL);

  return self->started_on;
}

void
caseload_allocation_set_started_on (CaseloadAllocation *self,
                                    const char *started_on)
{
  g_return_if_fail (CASELOAD_IS_ALLOCATION (self));

  if (caseload_property_set_string (&self->started_on, started_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STARTED_ON]);
}

const char *
caseload_allocation_get_ended_on (CaseloadAllocation *self)
{
  g_return_val_if_fail (CASELOAD_IS_ALLOCATION (self), NULL);

  return self->ended_on;
}

void
caseload_allocation_set_ended_on (CaseloadAllocation *self,
                                  const char *ended_on)
{
  g_return_if_fail (CASELOAD_IS_ALLOCATION (self));

  if (caseload_property_set_string (&self->ended_on, ended_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENDED_ON]);
}

const char *
caseload_allocation_get_end_reason (CaseloadAllocation *self)
{
  g_return_val_if_fail (CASELOAD_IS_ALLOCATION (self), NULL);

  return self->end_reason;
}

void
caseload_allocation_set_end_reason (CaseloadAllocation *self,
                                    const char *end_reason)
{
  g_return_if_fail (CASELOAD_IS_ALLOCATION (self));

  if (caseload_property_set_string (&self->end_reason, end_reason))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_REASON]);
}

int
caseload_allocation_get_version (CaseloadAllocation *self)
{
  g_return_val_if_fail (CASELOAD_IS_ALLOCATION (self), 0);

  return self->version;
}

void
caseload_allocation_set_version (CaseloadAllocation *self,
                                 int version)
{
  g_return_if_fail (CASELOAD_IS_ALLOCATION (self));

  if (self->version == version)
    return;

  self->version = version;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
}

const char *
caseload_allocation_get_created_at (CaseloadAllocation *self)
{
  g_return_val_if_fail (CASELOAD_IS_ALLOCATION (self), NULL);

  return self->created_at;
}

void
caseload_allocation_set_created_at (CaseloadAllocation *self,
                                    const char *created_at)
{
  g_return_if_fail (CASELOAD_IS_ALLOCATION (self));

  if (caseload_property_set_string (&self->created_at, created_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
}

const char *
caseload_allocation_get_created_by (CaseloadAllocation *self)
{
  g_return_val_if_fail (CASELOAD_IS_ALLOCATION (self), NULL);

  return self->created_by;
}

void
caseload_allocation_set_created_by (CaseloadAllocation *self,
                                    const char *created_by)
{
  g_return_if_fail (CASELOAD_IS_ALLOCATION (self));

  if (caseload_property_set_string (&self->created_by, created_by))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_BY]);
}
