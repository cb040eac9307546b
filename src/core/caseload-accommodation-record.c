/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include "caseload-accommodation-record.h"
#include "caseload-property.h"
#include "caseload-enums.h"

struct _CaseloadAccommodationRecord
{
  GObject parent_instance;

  char *id;
  char *person_id;
  CaseloadAccommodation status;
  char *from_on;
  char *note;
  char *recorded_by_name;
  char *created_at;
};

G_DEFINE_FINAL_TYPE (CaseloadAccommodationRecord, caseload_accommodation_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PERSON_ID,
  PROP_STATUS,
  PROP_FROM_ON,
  PROP_NOTE,
  PROP_RECORDED_BY_NAME,
  PROP_CREATED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
caseload_accommodation_record_finalize (GObject *object)
{
  CaseloadAccommodationRecord *self = CASELOAD_ACCOMMODATION_RECORD (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->person_id, g_free);
  g_clear_pointer (&self->from_on, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->recorded_by_name, g_free);
  g_clear_pointer (&self->created_at, g_free);

  G_OBJECT_CLASS (caseload_accommodation_record_parent_class)->finalize (object);
}

static void
caseload_accommodation_record_get_property (GObject    *object,
                                            guint       prop_id,
                                            GValue     *value,
                                            GParamSpec *pspec)
{
  CaseloadAccommodationRecord *self = CASELOAD_ACCOMMODATION_RECORD (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_PERSON_ID:
      g_value_set_string (value, self->person_id);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_FROM_ON:
      g_value_set_string (value, self->from_on);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    case PROP_RECORDED_BY_NAME:
      g_value_set_string (value, self->recorded_by_name);
      break;

    case PROP_CREATED_AT:
      g_value_set_string (value, self->created_at);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_accommodation_record_set_property (GObject      *object,
                                            guint         prop_id,
                                            const GValue *value,
                                            GParamSpec   *pspec)
{
  CaseloadAccommodationRecord *self = CASELOAD_ACCOMMODATION_RECORD (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_accommodation_record_set_id (self, g_value_get_string (value));
      break;

    case PROP_PERSON_ID:
      caseload_accommodation_record_set_person_id (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      caseload_accommodation_record_set_status (self, g_value_get_enum (value));
      break;

    case PROP_FROM_ON:
      caseload_accommodation_record_set_from_on (self, g_value_get_string (value));
      break;

    case PROP_NOTE:
      caseload_accommodation_record_set_note (self, g_value_get_string (value));
      break;

    case PROP_RECORDED_BY_NAME:
      caseload_accommodation_record_set_recorded_by_name (self, g_value_get_string (value));
      break;

    case PROP_CREATED_AT:
      caseload_accommodation_record_set_created_at (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_accommodation_record_class_init (CaseloadAccommodationRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_accommodation_record_finalize;
  object_class->get_property = caseload_accommodation_record_get_property;
  object_class->set_property = caseload_accommodation_record_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PERSON_ID] =
    g_param_spec_string ("person-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       CASELOAD_TYPE_ACCOMMODATION,
                       CASELOAD_ACCOMMODATION_SETTLED,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FROM_ON] =
    g_param_spec_string ("from-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_RECORDED_BY_NAME] =
    g_param_spec_string ("recorded-by-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CREATED_AT] =
    g_param_spec_string ("created-at", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_accommodation_record_init (CaseloadAccommodationRecord *self)
{
  self->status = CASELOAD_ACCOMMODATION_SETTLED;
}

CaseloadAccommodationRecord *
caseload_accommodation_record_new (void)
{
  return g_object_new (CASELOAD_TYPE_ACCOMMODATION_RECORD, NULL);
}

const char *
caseload_accommodation_record_get_id (CaseloadAccommodationRecord *self)
{
  g_return_val_if_fail (CASELOAD_IS_ACCOMMODATION_RECORD (self), NULL);

  return self->id;
}

void
caseload_accommodation_record_set_id (CaseloadAccommodationRecord *self,
                                      const char *id)
{
  g_return_if_fail (CASELOAD_IS_ACCOMMODATION_RECORD (self));

  if (caseload_property_set_string (&self->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
caseload_accommodation_record_get_person_id (CaseloadAccommodationRecord *self)
{
  g_return_val_if_fail (CASELOAD_IS_ACCOMMODATION_RECORD (self), NULL);

  return self->person_id;
}

void
caseload_accommodation_record_set_person_id (CaseloadAccommodationRecord *self,
                                             const char *person_id)
{
  g_return_if_fail (CASELOAD_IS_ACCOMMODATION_RECORD (self));

  if (caseload_property_set_string (&self->person_id, person_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
}

CaseloadAccommodation
caseload_accommodation_record_get_status (CaseloadAccommodationRecord *self)
{
  g_return_val_if_fail (CASELOAD_IS_ACCOMMODATION_RECORD (self), 0);

  return self->status;
}

void
caseload_accommodation_record_set_status (CaseloadAccommodationRecord *self,
                                          CaseloadAccommodation status)
{
  g_return_if_fail (CASELOAD_IS_ACCOMMODATION_RECORD (self));

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

const char *
caseload_accommodation_record_get_from_on (CaseloadAccommodationRecord *self)
{
  g_return_val_if_fail (CASELOAD_IS_ACCOMMODATION_RECORD (self), NULL);

  return self->from_on;
}

void
caseload_accommodation_record_set_from_on (CaseloadAccommodationRecord *self,
                                           const char *from_on)
{
  g_return_if_fail (CASELOAD_IS_ACCOMMODATION_RECORD (self));

  if (caseload_property_set_string (&self->from_on, from_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FROM_ON]);
}

const char *
caseload_accommodation_record_get_note (CaseloadAccommodationRecord *self)
{
  g_return_val_if_fail (CASELOAD_IS_ACCOMMODATION_RECORD (self), NULL);

  return self->note;
}

void
caseload_accommodation_record_set_note (CaseloadAccommodationRecord *self,
                                        const char *note)
{
  g_return_if_fail (CASELOAD_IS_ACCOMMODATION_RECORD (self));

  if (caseload_property_set_string (&self->note, note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}

const char *
caseload_accommodation_record_get_recorded_by_name (CaseloadAccommodationRecord *self)
{
  g_return_val_if_fail (CASELOAD_IS_ACCOMMODATION_RECORD (self), NULL);

  return self->recorded_by_name;
}

void
caseload_accommodation_record_set_recorded_by_name (CaseloadAccommodationRecord *self,
                                                    const char *recorded_by_name)
{
  g_return_if_fail (CASELOAD_IS_ACCOMMODATION_RECORD (self));

  if (caseload_property_set_string (&self->recorded_by_name, recorded_by_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORDED_BY_NAME]);
}

const char *
caseload_accommodation_record_get_created_at (CaseloadAccommodationRecord *self)
{
  g_return_val_if_fail (CASELOAD_IS_ACCOMMODATION_RECORD (self), NULL);

  return self->created_at;
}

void
caseload_accommodation_record_set_created_at (CaseloadAccommodationRecord *self,
                                              const char *created_at)
{
  g_return_if_fail (CASELOAD_IS_ACCOMMODATION_RECORD (self));

  if (caseload_property_set_string (&self->created_at, created_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
}
