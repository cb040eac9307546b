/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include "caseload-od-episode.h"
#include "caseload-property.h"
#include "caseload-enums.h"

struct _CaseloadOdEpisode
{
  GObject parent_instance;

  GPtrArray *core_team;
  GPtrArray *meetings;

  char *id;
  char *person_id;
  CaseloadOdStart start_kind;
  char *referral_id;
  char *contact_at;
  char *responsible_id;
  char *responsible_name;
  char *first_meeting_at;
  char *ended_on;
  char *end_note;
  int version;
  char *recorded_by_name;
  char *created_at;
};

G_DEFINE_FINAL_TYPE (CaseloadOdEpisode, caseload_od_episode, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PERSON_ID,
  PROP_START_KIND,
  PROP_REFERRAL_ID,
  PROP_CONTACT_AT,
  PROP_RESPONSIBLE_ID,
  PROP_RESPONSIBLE_NAME,
  PROP_FIRST_MEETING_AT,
  PROP_ENDED_ON,
  PROP_END_NOTE,
  PROP_VERSION,
  PROP_RECORDED_BY_NAME,
  PROP_CREATED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
caseload_od_episode_finalize (GObject *object)
{
  CaseloadOdEpisode *self = CASELOAD_OD_EPISODE (object);

  g_clear_pointer (&self->core_team, g_ptr_array_unref);
  g_clear_pointer (&self->meetings, g_ptr_array_unref);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->person_id, g_free);
  g_clear_pointer (&self->referral_id, g_free);
  g_clear_pointer (&self->contact_at, g_free);
  g_clear_pointer (&self->responsible_id, g_free);
  g_clear_pointer (&self->responsible_name, g_free);
  g_clear_pointer (&self->first_meeting_at, g_free);
  g_clear_pointer (&self->ended_on, g_free);
  g_clear_pointer (&self->end_note, g_free);
  g_clear_pointer (&self->recorded_by_name, g_free);
  g_clear_pointer (&self->created_at, g_free);

  G_OBJECT_CLASS (caseload_od_episode_parent_class)->finalize (object);
}

static void
caseload_od_episode_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CaseloadOdEpisode *self = CASELOAD_OD_EPISODE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_PERSON_ID:
      g_value_set_string (value, self->person_id);
      break;

    case PROP_START_KIND:
      g_value_set_enum (value, self->start_kind);
      break;

    case PROP_REFERRAL_ID:
      g_value_set_string (value, self->referral_id);
      break;

    case PROP_CONTACT_AT:
      g_value_set_string (value, self->contact_at);
      break;

    case PROP_RESPONSIBLE_ID:
      g_value_set_string (value, self->responsible_id);
      break;

    case PROP_RESPONSIBLE_NAME:
      g_value_set_string (value, self->responsible_name);
      break;

    case PROP_FIRST_MEETING_AT:
      g_value_set_string (value, self->first_meeting_at);
      break;

    case PROP_ENDED_ON:
      g_value_set_string (value, self->ended_on);
      break;

    case PROP_END_NOTE:
      g_value_set_string (value, self->end_note);
      break;

    case PROP_VERSION:
      g_value_set_int (value, self->version);
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
caseload_od_episode_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  CaseloadOdEpisode *self = CASELOAD_OD_EPISODE (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_od_episode_set_id (self, g_value_get_string (value));
      break;

    case PROP_PERSON_ID:
      caseload_od_episode_set_person_id (self, g_value_get_string (value));
      break;

    case PROP_START_KIND:
      caseload_od_episode_set_start_kind (self, g_value_get_enum (value));
      break;

    case PROP_REFERRAL_ID:
      caseload_od_episode_set_referral_id (self, g_value_get_string (value));
      break;

    case PROP_CONTACT_AT:
      caseload_od_episode_set_contact_at (self, g_value_get_string (value));
      break;

    case PROP_RESPONSIBLE_ID:
      caseload_od_episode_set_responsible_id (self, g_value_get_string (value));
      break;

    case PROP_RESPONSIBLE_NAME:
      caseload_od_episode_set_responsible_name (self, g_value_get_string (value));
      break;

    case PROP_FIRST_MEETING_AT:
      caseload_od_episode_set_first_meeting_at (self, g_value_get_string (value));
      break;

    case PROP_ENDED_ON:
      caseload_od_episode_set_ended_on (self, g_value_get_string (value));
      break;

    case PROP_END_NOTE:
      caseload_od_episode_set_end_note (self, g_value_get_string (value));
      break;

    case PROP_VERSION:
      caseload_od_episode_set_version (self, g_value_get_int (value));
      break;

    case PROP_RECORDED_BY_NAME:
      caseload_od_episode_set_recorded_by_name (self, g_value_get_string (value));
      break;

    case PROP_CREATED_AT:
      caseload_od_episode_set_created_at (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_od_episode_class_init (CaseloadOdEpisodeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_od_episode_finalize;
  object_class->get_property = caseload_od_episode_get_property;
  object_class->set_property = caseload_od_episode_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PERSON_ID] =
    g_param_spec_string ("person-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_START_KIND] =
    g_param_spec_enum ("start-kind", NULL, NULL,
                       CASELOAD_TYPE_OD_START,
                       CASELOAD_OD_START_REFERRAL,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_REFERRAL_ID] =
    g_param_spec_string ("referral-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CONTACT_AT] =
    g_param_spec_string ("contact-at", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_RESPONSIBLE_ID] =
    g_param_spec_string ("responsible-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_RESPONSIBLE_NAME] =
    g_param_spec_string ("responsible-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FIRST_MEETING_AT] =
    g_param_spec_string ("first-meeting-at", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ENDED_ON] =
    g_param_spec_string ("ended-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_END_NOTE] =
    g_param_spec_string ("end-note", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_VERSION] =
    g_param_spec_int ("version", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
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
caseload_od_episode_init (CaseloadOdEpisode *self)
{
  self->core_team = g_ptr_array_new_with_free_func (g_object_unref);
  self->meetings = g_ptr_array_new_with_free_func (g_object_unref);
  self->start_kind = CASELOAD_OD_START_REFERRAL;
}

CaseloadOdEpisode *
caseload_od_episode_new (void)
{
  return g_object_new (CASELOAD_TYPE_OD_EPISODE, NULL);
}

const char *
caseload_od_episode_get_id (CaseloadOdEpisode *self)
{
  g_return_val_if_fail (CASELOAD_IS_OD_EPISODE (self), NULL);

  return self->id;
}

void
caseload_od_episode_set_id (CaseloadOdEpisode *self,
                            const char *id)
{
  g_return_if_fail (CASELOAD_IS_OD_EPISODE (self));

  if (caseload_property_set_string (&self->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
caseload_od_episode_get_person_id (CaseloadOdEpisode *self)
{
  g_return_val_if_fail (CASELOAD_IS_OD_EPISODE (self), NULL);

  return self->person_id;
}

void
caseload_od_episode_set_person_id (CaseloadOdEpisode *self,
                                   const char *person_id)
{
  g_return_if_fail (CASELOAD_IS_OD_EPISODE (self));

  if (caseload_property_set_string (&self->person_id, person_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
}

CaseloadOdStart
caseload_od_episode_get_start_kind (CaseloadOdEpisode *self)
{
  g_return_val_if_fail (CASELOAD_IS_OD_EPISODE (self), 0);

  return self->start_kind;
}

void
caseload_od_episode_set_start_kind (CaseloadOdEpisode *self,
                                    CaseloadOdStart start_kind)
{
  g_return_if_fail (CASELOAD_IS_OD_EPISODE (self));

  if (self->start_kind == start_kind)
    return;

  self->start_kind = start_kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START_KIND]);
}

const char *
caseload_od_episode_get_referral_id (CaseloadOdEpisode *self)
{
  g_return_val_if_fail (CASELOAD_IS_OD_EPISODE (self), NULL);

  return self->referral_id;
}

void
caseload_od_episode_set_referral_id (CaseloadOdEpisode *self,
                                     const char *referral_id)
{
  g_return_if_fail (CASELOAD_IS_OD_EPISODE (self));

  if (caseload_property_set_string (&self->referral_id, referral_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERRAL_ID]);
}

const char *
caseload_od_episode_get_contact_at (CaseloadOdEpisode *self)
{
  g_return_val_if_fail (CASELOAD_IS_OD_EPISODE (self), NULL);

  return self->contact_at;
}

void
caseload_od_episode_set_contact_at (CaseloadOdEpisode *self,
                                    const char *contact_at)
{
  g_return_if_fail (CASELOAD_IS_OD_EPISODE (self));

  if (caseload_property_set_string (&self->contact_at, contact_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTACT_AT]);
}

const char *
caseload_od_episode_get_responsible_id (CaseloadOdEpisode *self)
{
  g_return_val_if_fail (CASELOAD_IS_OD_EPISODE (self), NULL);

  return self->responsible_id;
}

void
caseload_od_episode_set_responsible_id (CaseloadOdEpisode *self,
                                        const char *responsible_id)
{
  g_return_if_fail (CASELOAD_IS_OD_EPISODE (self));

  if (caseload_property_set_string (&self->responsible_id, responsible_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESPONSIBLE_ID]);
}

const char *
caseload_od_episode_get_responsible_name (CaseloadOdEpisode *self)
{
  g_return_val_if_fail (CASELOAD_IS_OD_EPISODE (self), NULL);

  return self->responsible_name;
}

void
caseload_od_episode_set_responsible_name (CaseloadOdEpisode *self,
                                          const char *responsible_name)
{
  g_return_if_fail (CASELOAD_IS_OD_EPISODE (self));

  if (caseload_property_set_string (&self->responsible_name, responsible_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESPONSIBLE_NAME]);
}

const char *
caseload_od_episode_get_first_meeting_at (CaseloadOdEpisode *self)
{
  g_return_val_if_fail (CASELOAD_IS_OD_EPISODE (self), NULL);

  return self->first_meeting_at;
}

void
caseload_od_episode_set_first_meeting_at (CaseloadOdEpisode *self,
                                          const char *first_meeting_at)
{
  g_return_if_fail (CASELOAD_IS_OD_EPISODE (self));

  if (caseload_property_set_string (&self->first_meeting_at, first_meeting_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_MEETING_AT]);
}

const char *
caseload_od_episode_get_ended_on (CaseloadOdEpisode *self)
{
  g_return_val_if_fail (CASELOAD_IS_OD_EPISODE (self), NULL);

  return self->ended_on;
}

void
caseload_od_episode_set_ended_on (CaseloadOdEpisode *self,
                                  const char *ended_on)
{
  g_return_if_fail (CASELOAD_IS_OD_EPISODE (self));

  if (caseload_property_set_string (&self->ended_on, ended_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENDED_ON]);
}

const char *
caseload_od_episode_get_end_note (CaseloadOdEpisode *self)
{
  g_return_val_if_fail (CASELOAD_IS_OD_EPISODE (self), NULL);

  return self->end_note;
}

void
caseload_od_episode_set_end_note (CaseloadOdEpisode *self,
                                  const char *end_note)
{
  g_return_if_fail (CASELOAD_IS_OD_EPISODE (self));

  if (caseload_property_set_string (&self->end_note, end_note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_NOTE]);
}

int
caseload_od_episode_get_version (CaseloadOdEpisode *self)
{
  g_return_val_if_fail (CASELOAD_IS_OD_EPISODE (self), 0);

  return self->version;
}

void
caseload_od_episode_set_version (CaseloadOdEpisode *self,
                                 int version)
{
  g_return_if_fail (CASELOAD_IS_OD_EPISODE (self));

  if (self->version == version)
    return;

  self->version = version;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
}

const char *
caseload_od_episode_get_recorded_by_name (CaseloadOdEpisode *self)
{
  g_return_val_if_fail (CASELOAD_IS_OD_EPISODE (self), NULL);

  return self->recorded_by_name;
}

void
caseload_od_episode_set_recorded_by_name (CaseloadOdEpisode *self,
                                          const char *recorded_by_name)
{
  g_return_if_fail (CASELOAD_IS_OD_EPISODE (self));

  if (caseload_property_set_string (&self->recorded_by_name, recorded_by_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORDED_BY_NAME]);
}

const char *
caseload_od_episode_get_created_at (CaseloadOdEpisode *self)
{
  g_return_val_if_fail (CASELOAD_IS_OD_EPISODE (self), NULL);

  return self->created_at;
}

void
caseload_od_episode_set_created_at (CaseloadOdEpisode *self,
                                    const char *created_at)
{
  g_return_if_fail (CASELOAD_IS_OD_EPISODE (self));

  if (caseload_property_set_string (&self->created_at, created_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
}

GPtrArray *
caseload_od_episode_get_core_team (CaseloadOdEpisode *self)
{
  g_return_val_if_fail (CASELOAD_IS_OD_EPISODE (self), NULL);

  return self->core_team;
}

GPtrArray *
caseload_od_episode_get_meetings (CaseloadOdEpisode *self)
{
  g_return_val_if_fail (CASELOAD_IS_OD_EPISODE (self), NULL);

  return self->meetings;
}
