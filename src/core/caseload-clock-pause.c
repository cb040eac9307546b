/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include "caseload-clock-pause.h"
#include "caseload-property.h"
#include "caseload-enums.h"

struct _CaseloadClockPause
{
  GObject parent_instance;

  char *id;
  char *referral_id;
  CaseloadPauseReason reason;
  char *started_at;
  char *ended_at;
  char *note;
  char *recorded_by;
  char *recorded_by_name;
  int version;
  char *created_at;
};

G_DEFINE_FINAL_TYPE (CaseloadClockPause, caseload_clock_pause, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_REFERRAL_ID,
  PROP_REASON,
  PROP_STARTED_AT,
  PROP_ENDED_AT,
  PROP_NOTE,
  PROP_RECORDED_BY,
  PROP_RECORDED_BY_NAME,
  PROP_VERSION,
  PROP_CREATED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
caseload_clock_pause_finalize (GObject *object)
{
  CaseloadClockPause *self = CASELOAD_CLOCK_PAUSE (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->referral_id, g_free);
  g_clear_pointer (&self->started_at, g_free);
  g_clear_pointer (&self->ended_at, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->recorded_by, g_free);
  g_clear_pointer (&self->recorded_by_name, g_free);
  g_clear_pointer (&self->created_at, g_free);

  G_OBJECT_CLASS (caseload_clock_pause_parent_class)->finalize (object);
}

static void
caseload_clock_pause_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CaseloadClockPause *self = CASELOAD_CLOCK_PAUSE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_REFERRAL_ID:
      g_value_set_string (value, self->referral_id);
      break;

    case PROP_REASON:
      g_value_set_enum (value, self->reason);
      break;

    case PROP_STARTED_AT:
      g_value_set_string (value, self->started_at);
      break;

    case PROP_ENDED_AT:
      g_value_set_string (value, self->ended_at);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    case PROP_RECORDED_BY:
      g_value_set_string (value, self->recorded_by);
      break;

    case PROP_RECORDED_BY_NAME:
      g_value_set_string (value, self->recorded_by_name);
      break;

    case PROP_VERSION:
      g_value_set_int (value, self->version);
      break;

    case PROP_CREATED_AT:
      g_value_set_string (value, self->created_at);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_clock_pause_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  CaseloadClockPause *self = CASELOAD_CLOCK_PAUSE (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_clock_pause_set_id (self, g_value_get_string (value));
      break;

    case PROP_REFERRAL_ID:
      caseload_clock_pause_set_referral_id (self, g_value_get_string (value));
      break;

    case PROP_REASON:
      caseload_clock_pause_set_reason (self, g_value_get_enum (value));
      break;

    case PROP_STARTED_AT:
      caseload_clock_pause_set_started_at (self, g_value_get_string (value));
      break;

    case PROP_ENDED_AT:
      caseload_clock_pause_set_ended_at (self, g_value_get_string (value));
      break;

    case PROP_NOTE:
      caseload_clock_pause_set_note (self, g_value_get_string (value));
      break;

    case PROP_RECORDED_BY:
      caseload_clock_pause_set_recorded_by (self, g_value_get_string (value));
      break;

    case PROP_RECORDED_BY_NAME:
      caseload_clock_pause_set_recorded_by_name (self, g_value_get_string (value));
      break;

    case PROP_VERSION:
      caseload_clock_pause_set_version (self, g_value_get_int (value));
      break;

    case PROP_CREATED_AT:
      caseload_clock_pause_set_created_at (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_clock_pause_class_init (CaseloadClockPauseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_clock_pause_finalize;
  object_class->get_property = caseload_clock_pause_get_property;
  object_class->set_property = caseload_clock_pause_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_REFERRAL_ID] =
    g_param_spec_string ("referral-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_REASON] =
    g_param_spec_enum ("reason", NULL, NULL,
                       CASELOAD_TYPE_PAUSE_REASON,
                       CASELOAD_PAUSE_PERSON_ASKED_TO_WAIT,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STARTED_AT] =
    g_param_spec_string ("started-at", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ENDED_AT] =
    g_param_spec_string ("ended-at", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_RECORDED_BY] =
    g_param_spec_string ("recorded-by", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_RECORDED_BY_NAME] =
    g_param_spec_string ("recorded-by-name", NULL, NULL,
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

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_clock_pause_init (CaseloadClockPause *self)
{
  self->reason = CASELOAD_PAUSE_PERSON_ASKED_TO_WAIT;
}

CaseloadClockPause *
caseload_clock_pause_new (void)
{
  return g_object_new (CASELOAD_TYPE_CLOCK_PAUSE, NULL);
}

const char *
caseload_clock_pause_get_id (CaseloadClockPause *self)
{
  g_return_val_if_fail (CASELOAD_IS_CLOCK_PAUSE (self), NULL);

  return self->id;
}

void
caseload_clock_pause_set_id (CaseloadClockPause *self,
                             const char *id)
{
  g_return_if_fail (CASELOAD_IS_CLOCK_PAUSE (self));

  if (caseload_property_set_string (&self->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
caseload_clock_pause_get_referral_id (CaseloadClockPause *self)
{
  g_return_val_if_fail (CASELOAD_IS_CLOCK_PAUSE (self), NULL);

  return self->referral_id;
}

void
caseload_clock_pause_set_referral_id (CaseloadClockPause *self,
                                      const char *referral_id)
{
  g_return_if_fail (CASELOAD_IS_CLOCK_PAUSE (self));

  if (caseload_property_set_string (&self->referral_id, referral_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERRAL_ID]);
}

CaseloadPauseReason
caseload_clock_pause_get_reason (CaseloadClockPause *self)
{
  g_return_val_if_fail (CASELOAD_IS_CLOCK_PAUSE (self), 0);

  return self->reason;
}

void
caseload_clock_pause_set_reason (CaseloadClockPause *self,
                                 CaseloadPauseReason reason)
{
  g_return_if_fail (CASELOAD_IS_CLOCK_PAUSE (self));

  if (self->reason == reason)
    return;

  self->reason = reason;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REASON]);
}

const char *
caseload_clock_pause_get_started_at (CaseloadClockPause *self)
{
  g_return_val_if_fail (CASELOAD_IS_CLOCK_PAUSE (self), NULL);

  return self->started_at;
}

void
caseload_clock_pause_set_started_at (CaseloadClockPause *self,
                                     const char *started_at)
{
  g_return_if_fail (CASELOAD_IS_CLOCK_PAUSE (self));

  if (caseload_property_set_string (&self->started_at, started_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STARTED_AT]);
}

const char *
caseload_clock_pause_get_ended_at (CaseloadClockPause *self)
{
  g_return_val_if_fail (CASELOAD_IS_CLOCK_PAUSE (self), NULL);

  return self->ended_at;
}

void
caseload_clock_pause_set_ended_at (CaseloadClockPause *self,
                                   const char *ended_at)
{
  g_return_if_fail (CASELOAD_IS_CLOCK_PAUSE (self));

  if (caseload_property_set_string (&self->ended_at, ended_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENDED_AT]);
}

const char *
caseload_clock_pause_get_note (CaseloadClockPause *self)
{
  g_return_val_if_fail (CASELOAD_IS_CLOCK_PAUSE (self), NULL);

  return self->note;
}

void
caseload_clock_pause_set_note (CaseloadClockPause *self,
                               const char *note)
{
  g_return_if_fail (CASELOAD_IS_CLOCK_PAUSE (self));

  if (caseload_property_set_string (&self->note, note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}

const char *
caseload_clock_pause_get_recorded_by (CaseloadClockPause *self)
{
  g_return_val_if_fail (CASELOAD_IS_CLOCK_PAUSE (self), NULL);

  return self->recorded_by;
}

void
caseload_clock_pause_set_recorded_by (CaseloadClockPause *self,
                                      const char *recorded_by)
{
  g_return_if_fail (CASELOAD_IS_CLOCK_PAUSE (self));

  if (caseload_property_set_string (&self->recorded_by, recorded_by))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORDED_BY]);
}

const char *
caseload_clock_pause_get_recorded_by_name (CaseloadClockPause *self)
{
  g_return_val_if_fail (CASELOAD_IS_CLOCK_PAUSE (self), NULL);

  return self->recorded_by_name;
}

void
caseload_clock_pause_set_recorded_by_name (CaseloadClockPause *self,
                                           const char *recorded_by_name)
{
  g_return_if_fail (CASELOAD_IS_CLOCK_PAUSE (self));

  if (caseload_property_set_string (&self->recorded_by_name, recorded_by_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORDED_BY_NAME]);
}

int
caseload_clock_pause_get_version (CaseloadClockPause *self)
{
  g_return_val_if_fail (CASELOAD_IS_CLOCK_PAUSE (self), 0);

  return self->version;
}

void
caseload_clock_pause_set_version (CaseloadClockPause *self,
                                  int version)
{
  g_return_if_fail (CASELOAD_IS_CLOCK_PAUSE (self));

  if (self->version == version)
    return;

  self->version = version;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
}

const char *
caseload_clock_pause_get_created_at (CaseloadClockPause *self)
{
  g_return_val_if_fail (CASELOAD_IS_CLOCK_PAUSE (self), NULL);

  return self->created_at;
}

void
caseload_clock_pause_set_created_at (CaseloadClockPause *self,
                                     const char *created_at)
{
  g_return_if_fail (CASELOAD_IS_CLOCK_PAUSE (self));

  if (caseload_property_set_string (&self->created_at, created_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
}
