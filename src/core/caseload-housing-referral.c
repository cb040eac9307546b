/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include "caseload-housing-referral.h"
#include "caseload-property.h"
#include "caseload-enums.h"

struct _CaseloadHousingReferral
{
  GObject parent_instance;

  GPtrArray *history;

  char *id;
  char *person_id;
  CaseloadHousingKind kind;
  char *organisation_id;
  char *organisation_name;
  char *sent_on;
  CaseloadHousingStatus status;
  char *status_on;
  CaseloadHousingOutcome outcome;
  char *reason;
  int version;
  char *referred_by_name;
  char *created_at;
};

G_DEFINE_FINAL_TYPE (CaseloadHousingReferral, caseload_housing_referral, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PERSON_ID,
  PROP_KIND,
  PROP_ORGANISATION_ID,
  PROP_ORGANISATION_NAME,
  PROP_SENT_ON,
  PROP_STATUS,
  PROP_STATUS_ON,
  PROP_OUTCOME,
  PROP_REASON,
  PROP_VERSION,
  PROP_REFERRED_BY_NAME,
  PROP_CREATED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
caseload_housing_referral_finalize (GObject *object)
{
  CaseloadHousingReferral *self = CASELOAD_HOUSING_REFERRAL (object);

  g_clear_pointer (&self->history, g_ptr_array_unref);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->person_id, g_free);
  g_clear_pointer (&self->organisation_id, g_free);
  g_clear_pointer (&self->organisation_name, g_free);
  g_clear_pointer (&self->sent_on, g_free);
  g_clear_pointer (&self->status_on, g_free);
  g_clear_pointer (&self->reason, g_free);
  g_clear_pointer (&self->referred_by_name, g_free);
  g_clear_pointer (&self->created_at, g_free);

  G_OBJECT_CLASS (caseload_housing_referral_parent_class)->finalize (object);
}

static void
caseload_housing_referral_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  CaseloadHousingReferral *self = CASELOAD_HOUSING_REFERRAL (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_PERSON_ID:
      g_value_set_string (value, self->person_id);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_ORGANISATION_ID:
      g_value_set_string (value, self->organisation_id);
      break;

    case PROP_ORGANISATION_NAME:
      g_value_set_string (value, self->organisation_name);
      break;

    case PROP_SENT_ON:
      g_value_set_string (value, self->sent_on);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_STATUS_ON:
      g_value_set_string (value, self->status_on);
      break;

    case PROP_OUTCOME:
      g_value_set_enum (value, self->outcome);
      break;

    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;

    case PROP_VERSION:
      g_value_set_int (value, self->version);
      break;

    case PROP_REFERRED_BY_NAME:
      g_value_set_string (value, self->referred_by_name);
      break;

    case PROP_CREATED_AT:
      g_value_set_string (value, self->created_at);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_housing_referral_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  CaseloadHousingReferral *self = CASELOAD_HOUSING_REFERRAL (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_housing_referral_set_id (self, g_value_get_string (value));
      break;

    case PROP_PERSON_ID:
      caseload_housing_referral_set_person_id (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      caseload_housing_referral_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_ORGANISATION_ID:
      caseload_housing_referral_set_organisation_id (self, g_value_get_string (value));
      break;

    case PROP_ORGANISATION_NAME:
      caseload_housing_referral_set_organisation_name (self, g_value_get_string (value));
      break;

    case PROP_SENT_ON:
      caseload_housing_referral_set_sent_on (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      caseload_housing_referral_set_status (self, g_value_get_enum (value));
      break;

    case PROP_STATUS_ON:
      caseload_housing_referral_set_status_on (self, g_value_get_string (value));
      break;

    case PROP_OUTCOME:
      caseload_housing_referral_set_outcome (self, g_value_get_enum (value));
      break;

    case PROP_REASON:
      caseload_housing_referral_set_reason (self, g_value_get_string (value));
      break;

    case PROP_VERSION:
      caseload_housing_referral_set_version (self, g_value_get_int (value));
      break;

    case PROP_REFERRED_BY_NAME:
      caseload_housing_referral_set_referred_by_name (self, g_value_get_string (value));
      break;

    case PROP_CREATED_AT:
      caseload_housing_referral_set_created_at (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_housing_referral_class_init (CaseloadHousingReferralClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_housing_referral_finalize;
  object_class->get_property = caseload_housing_referral_get_property;
  object_class->set_property = caseload_housing_referral_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PERSON_ID] =
    g_param_spec_string ("person-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       CASELOAD_TYPE_HOUSING_KIND,
                       CASELOAD_HOUSING_PREVENTION,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ORGANISATION_ID] =
    g_param_spec_string ("organisation-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ORGANISATION_NAME] =
    g_param_spec_string ("organisation-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SENT_ON] =
    g_param_spec_string ("sent-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       CASELOAD_TYPE_HOUSING_STATUS,
                       CASELOAD_HOUSING_SENT,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STATUS_ON] =
    g_param_spec_string ("status-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_OUTCOME] =
    g_param_spec_enum ("outcome", NULL, NULL,
                       CASELOAD_TYPE_HOUSING_OUTCOME,
                       CASELOAD_HOUSING_OUTCOME_NONE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_REASON] =
    g_param_spec_string ("reason", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_VERSION] =
    g_param_spec_int ("version", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_REFERRED_BY_NAME] =
    g_param_spec_string ("referred-by-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CREATED_AT] =
    g_param_spec_string ("created-at", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_housing_referral_init (CaseloadHousingReferral *self)
{
  self->history = g_ptr_array_new_with_free_func (g_object_unref);
  self->kind = CASELOAD_HOUSING_PREVENTION;
  self->status = CASELOAD_HOUSING_SENT;
  self->outcome = CASELOAD_HOUSING_OUTCOME_NONE;
}

CaseloadHousingReferral *
caseload_housing_referral_new (void)
{
  return g_object_new (CASELOAD_TYPE_HOUSING_REFERRAL, NULL);
}

const char *
caseload_housing_referral_get_id (CaseloadHousingReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_HOUSING_REFERRAL (self), NULL);

  return self->id;
}

void
caseload_housing_referral_set_id (CaseloadHousingReferral *self,
                                  const char *id)
{
  g_return_if_fail (CASELOAD_IS_HOUSING_REFERRAL (self));

  if (caseload_property_set_string (&self->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
caseload_housing_referral_get_person_id (CaseloadHousingReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_HOUSING_REFERRAL (self), NULL);

  return self->person_id;
}

void
caseload_housing_referral_set_person_id (CaseloadHousingReferral *self,
                                         const char *person_id)
{
  g_return_if_fail (CASELOAD_IS_HOUSING_REFERRAL (self));

  if (caseload_property_set_string (&self->person_id, person_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
}

CaseloadHousingKind
caseload_housing_referral_get_kind (CaseloadHousingReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_HOUSING_REFERRAL (self), 0);

  return self->kind;
}

void
caseload_housing_referral_set_kind (CaseloadHousingReferral *self,
                                    CaseloadHousingKind kind)
{
  g_return_if_fail (CASELOAD_IS_HOUSING_REFERRAL (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
caseload_housing_referral_get_organisation_id (CaseloadHousingReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_HOUSING_REFERRAL (self), NULL);

  return self->organisation_id;
}

void
caseload_housing_referral_set_organisation_id (CaseloadHousingReferral *self,
                                               const char *organisation_id)
{
  g_return_if_fail (CASELOAD_IS_HOUSING_REFERRAL (self));

  if (caseload_property_set_string (&self->organisation_id, organisation_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANISATION_ID]);
}

const char *
caseload_housing_referral_get_organisation_name (CaseloadHousingReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_HOUSING_REFERRAL (self), NULL);

  return self->organisation_name;
}

void
caseload_housing_referral_set_organisation_name (CaseloadHousingReferral *self,
                                                 const char *organisation_name)
{
  g_return_if_fail (CASELOAD_IS_HOUSING_REFERRAL (self));

  if (caseload_property_set_string (&self->organisation_name, organisation_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANISATION_NAME]);
}

const char *
caseload_housing_referral_get_sent_on (CaseloadHousingReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_HOUSING_REFERRAL (self), NULL);

  return self->sent_on;
}

void
caseload_housing_referral_set_sent_on (CaseloadHousingReferral *self,
                                       const char *sent_on)
{
  g_return_if_fail (CASELOAD_IS_HOUSING_REFERRAL (self));

  if (caseload_property_set_string (&self->sent_on, sent_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SENT_ON]);
}

CaseloadHousingStatus
caseload_housing_referral_get_status (CaseloadHousingReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_HOUSING_REFERRAL (self), 0);

  return self->status;
}

void
caseload_housing_referral_set_status (CaseloadHousingReferral *self,
                                      CaseloadHousingStatus status)
{
  g_return_if_fail (CASELOAD_IS_HOUSING_REFERRAL (self));

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

const char *
caseload_housing_referral_get_status_on (CaseloadHousingReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_HOUSING_REFERRAL (self), NULL);

  return self->status_on;
}

void
caseload_housing_referral_set_status_on (CaseloadHousingReferral *self,
                                         const char *status_on)
{
  g_return_if_fail (CASELOAD_IS_HOUSING_REFERRAL (self));

  if (caseload_property_set_string (&self->status_on, status_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS_ON]);
}

CaseloadHousingOutcome
caseload_housing_referral_get_outcome (CaseloadHousingReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_HOUSING_REFERRAL (self), 0);

  return self->outcome;
}

void
caseload_housing_referral_set_outcome (CaseloadHousingReferral *self,
                                       CaseloadHousingOutcome outcome)
{
  g_return_if_fail (CASELOAD_IS_HOUSING_REFERRAL (self));

  if (self->outcome == outcome)
    return;

  self->outcome = outcome;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTCOME]);
}

const char *
caseload_housing_referral_get_reason (CaseloadHousingReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_HOUSING_REFERRAL (self), NULL);

  return self->reason;
}

void
caseload_housing_referral_set_reason (CaseloadHousingReferral *self,
                                      const char *reason)
{
  g_return_if_fail (CASELOAD_IS_HOUSING_REFERRAL (self));

  if (caseload_property_set_string (&self->reason, reason))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REASON]);
}

int
caseload_housing_referral_get_version (CaseloadHousingReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_HOUSING_REFERRAL (self), 0);

  return self->version;
}

void
caseload_housing_referral_set_version (CaseloadHousingReferral *self,
                                       int version)
{
  g_return_if_fail (CASELOAD_IS_HOUSING_REFERRAL (self));

  if (self->version == version)
    return;

  self->version = version;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
}

const char *
caseload_housing_referral_get_referred_by_name (CaseloadHousingReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_HOUSING_REFERRAL (self), NULL);

  return self->referred_by_name;
}

void
caseload_housing_referral_set_referred_by_name (CaseloadHousingReferral *self,
                                                const char *referred_by_name)
{
  g_return_if_fail (CASELOAD_IS_HOUSING_REFERRAL (self));

  if (caseload_property_set_string (&self->referred_by_name, referred_by_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERRED_BY_NAME]);
}

const char *
caseload_housing_referral_get_created_at (CaseloadHousingReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_HOUSING_REFERRAL (self), NULL);

  return self->created_at;
}

void
caseload_housing_referral_set_created_at (CaseloadHousingReferral *self,
                                          const char *created_at)
{
  g_return_if_fail (CASELOAD_IS_HOUSING_REFERRAL (self));

  if (caseload_property_set_string (&self->created_at, created_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
}

GPtrArray *
caseload_housing_referral_get_history (CaseloadHousingReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_HOUSING_REFERRAL (self), NULL);

  return self->history;
}
