/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include "caseload-od-meeting.h"
#include "caseload-property.h"
#include "caseload-enums.h"

struct _CaseloadOdMeeting
{
  GObject parent_instance;

  GPtrArray *practitioners;
  GPtrArray *members;

  char *id;
  char *episode_id;
  char *held_at;
  CaseloadOdPlace place;
  gboolean person_present;
  char *decisions;
  char *notes;
  gboolean has_core_member;
  int version;
  char *recorded_by_name;
  char *created_at;
};

G_DEFINE_FINAL_TYPE (CaseloadOdMeeting, caseload_od_meeting, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_EPISODE_ID,
  PROP_HELD_AT,
  PROP_PLACE,
  PROP_PERSON_PRESENT,
  PROP_DECISIONS,
  PROP_NOTES,
  PROP_HAS_CORE_MEMBER,
  PROP_VERSION,
  PROP_RECORDED_BY_NAME,
  PROP_CREATED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
caseload_od_meeting_finalize (GObject *object)
{
  CaseloadOdMeeting *self = CASELOAD_OD_MEETING (object);

  g_clear_pointer (&self->practitioners, g_ptr_array_unref);
  g_clear_pointer (&self->members, g_ptr_array_unref);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->episode_id, g_free);
  g_clear_pointer (&self->held_at, g_free);
  g_clear_pointer (&self->decisions, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->recorded_by_name, g_free);
  g_clear_pointer (&self->created_at, g_free);

  G_OBJECT_CLASS (caseload_od_meeting_parent_class)->finalize (object);
}

static void
caseload_od_meeting_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CaseloadOdMeeting *self = CASELOAD_OD_MEETING (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_EPISODE_ID:
      g_value_set_string (value, self->episode_id);
      break;

    case PROP_HELD_AT:
      g_value_set_string (value, self->held_at);
      break;

    case PROP_PLACE:
      g_value_set_enum (value, self->place);
      break;

    case PROP_PERSON_PRESENT:
      g_value_set_boolean (value, self->person_present);
      break;

    case PROP_DECISIONS:
      g_value_set_string (value, self->decisions);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    case PROP_HAS_CORE_MEMBER:
      g_value_set_boolean (value, self->has_core_member);
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
caseload_od_meeting_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  CaseloadOdMeeting *self = CASELOAD_OD_MEETING (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_od_meeting_set_id (self, g_value_get_string (value));
      break;

    case PROP_EPISODE_ID:
      caseload_od_meeting_set_episode_id (self, g_value_get_string (value));
      break;

    case PROP_HELD_AT:
      caseload_od_meeting_set_held_at (self, g_value_get_string (value));
      break;

    case PROP_PLACE:
      caseload_od_meeting_set_place (self, g_value_get_enum (value));
      break;

    case PROP_PERSON_PRESENT:
      caseload_od_meeting_set_person_present (self, g_value_get_boolean (value));
      break;

    case PROP_DECISIONS:
      caseload_od_meeting_set_decisions (self, g_value_get_string (value));
      break;

    case PROP_NOTES:
      caseload_od_meeting_set_notes (self, g_value_get_string (value));
      break;

    case PROP_HAS_CORE_MEMBER:
      caseload_od_meeting_set_has_core_member (self, g_value_get_boolean (value));
      break;

    case PROP_VERSION:
      caseload_od_meeting_set_version (self, g_value_get_int (value));
      break;

    case PROP_RECORDED_BY_NAME:
      caseload_od_meeting_set_recorded_by_name (self, g_value_get_string (value));
      break;

    case PROP_CREATED_AT:
      caseload_od_meeting_set_created_at (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_od_meeting_class_init (CaseloadOdMeetingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_od_meeting_finalize;
  object_class->get_property = caseload_od_meeting_get_property;
  object_class->set_property = caseload_od_meeting_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_EPISODE_ID] =
    g_param_spec_string ("episode-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HELD_AT] =
    g_param_spec_string ("held-at", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PLACE] =
    g_param_spec_enum ("place", NULL, NULL,
                       CASELOAD_TYPE_OD_PLACE,
                       CASELOAD_OD_PLACE_HOME,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PERSON_PRESENT] =
    g_param_spec_boolean ("person-present", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DECISIONS] =
    g_param_spec_string ("decisions", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HAS_CORE_MEMBER] =
    g_param_spec_boolean ("has-core-member", NULL, NULL,
                          FALSE,
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
caseload_od_meeting_init (CaseloadOdMeeting *self)
{
  self->practitioners = g_ptr_array_new_with_free_func (g_object_unref);
  self->members = g_ptr_array_new_with_free_func (g_object_unref);
  self->place = CASELOAD_OD_PLACE_HOME;
  self->person_present = TRUE;
}

CaseloadOdMeeting *
caseload_od_meeting_new (void)
{
  return g_object_new (CASELOAD_TYPE_OD_MEETING, NULL);
}

const char *
caseload_od_meeting_get_id (CaseloadOdMeeting *self)
{
  g_return_val_if_fail (CASELOAD_IS_OD_MEETING (self), NULL);

  return self->id;
}

void
caseload_od_meeting_set_id (CaseloadOdMeeting *self,
                            const char *id)
{
  g_return_if_fail (CASELOAD_IS_OD_MEETING (self));

  if (caseload_property_set_string (&self->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
caseload_od_meeting_get_episode_id (CaseloadOdMeeting *self)
{
  g_return_val_if_fail (CASELOAD_IS_OD_MEETING (self), NULL);

  return self->episode_id;
}

void
caseload_od_meeting_set_episode_id (CaseloadOdMeeting *self,
                                    const char *episode_id)
{
  g_return_if_fail (CASELOAD_IS_OD_MEETING (self));

  if (caseload_property_set_string (&self->episode_id, episode_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EPISODE_ID]);
}

const char *
caseload_od_meeting_get_held_at (CaseloadOdMeeting *self)
{
  g_return_val_if_fail (CASELOAD_IS_OD_MEETING (self), NULL);

  return self->held_at;
}

void
caseload_od_meeting_set_held_at (CaseloadOdMeeting *self,
                                 const char *held_at)
{
  g_return_if_fail (CASELOAD_IS_OD_MEETING (self));

  if (caseload_property_set_string (&self->held_at, held_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HELD_AT]);
}

CaseloadOdPlace
caseload_od_meeting_get_place (CaseloadOdMeeting *self)
{
  g_return_val_if_fail (CASELOAD_IS_OD_MEETING (self), 0);

  return self->place;
}

void
caseload_od_meeting_set_place (CaseloadOdMeeting *self,
                               CaseloadOdPlace place)
{
  g_return_if_fail (CASELOAD_IS_OD_MEETING (self));

  if (self->place == place)
    return;

  self->place = place;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACE]);
}

gboolean
caseload_od_meeting_get_person_present (CaseloadOdMeeting *self)
{
  g_return_val_if_fail (CASELOAD_IS_OD_MEETING (self), FALSE);

  return self->person_present;
}

void
caseload_od_meeting_set_person_present (CaseloadOdMeeting *self,
                                        gboolean person_present)
{
  g_return_if_fail (CASELOAD_IS_OD_MEETING (self));

  person_present = !!person_present;

  if (self->person_present == person_present)
    return;

  self->person_present = person_present;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_PRESENT]);
}

const char *
caseload_od_meeting_get_decisions (CaseloadOdMeeting *self)
{
  g_return_val_if_fail (CASELOAD_IS_OD_MEETING (self), NULL);

  return self->decisions;
}

void
caseload_od_meeting_set_decisions (CaseloadOdMeeting *self,
                                   const char *decisions)
{
  g_return_if_fail (CASELOAD_IS_OD_MEETING (self));

  if (caseload_property_set_string (&self->decisions, decisions))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECISIONS]);
}

const char *
caseload_od_meeting_get_notes (CaseloadOdMeeting *self)
{
  g_return_val_if_fail (CASELOAD_IS_OD_MEETING (self), NULL);

  return self->notes;
}

void
caseload_od_meeting_set_notes (CaseloadOdMeeting *self,
                               const char *notes)
{
  g_return_if_fail (CASELOAD_IS_OD_MEETING (self));

  if (caseload_property_set_string (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

gboolean
caseload_od_meeting_get_has_core_member (CaseloadOdMeeting *self)
{
  g_return_val_if_fail (CASELOAD_IS_OD_MEETING (self), FALSE);

  return self->has_core_member;
}

void
caseload_od_meeting_set_has_core_member (CaseloadOdMeeting *self,
                                         gboolean has_core_member)
{
  g_return_if_fail (CASELOAD_IS_OD_MEETING (self));

  has_core_member = !!has_core_member;

  if (self->has_core_member == has_core_member)
    return;

  self->has_core_member = has_core_member;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_CORE_MEMBER]);
}

int
caseload_od_meeting_get_version (CaseloadOdMeeting *self)
{
  g_return_val_if_fail (CASELOAD_IS_OD_MEETING (self), 0);

  return self->version;
}

void
caseload_od_meeting_set_version (CaseloadOdMeeting *self,
                                 int version)
{
  g_return_if_fail (CASELOAD_IS_OD_MEETING (self));

  if (self->version == version)
    return;

  self->version = version;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
}

const char *
caseload_od_meeting_get_recorded_by_name (CaseloadOdMeeting *self)
{
  g_return_val_if_fail (CASELOAD_IS_OD_MEETING (self), NULL);

  return self->recorded_by_name;
}

void
caseload_od_meeting_set_recorded_by_name (CaseloadOdMeeting *self,
                                          const char *recorded_by_name)
{
  g_return_if_fail (CASELOAD_IS_OD_MEETING (self));

  if (caseload_property_set_string (&self->recorded_by_name, recorded_by_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORDED_BY_NAME]);
}

const char *
caseload_od_meeting_get_created_at (CaseloadOdMeeting *self)
{
  g_return_val_if_fail (CASELOAD_IS_OD_MEETING (self), NULL);

  return self->created_at;
}

void
caseload_od_meeting_set_created_at (CaseloadOdMeeting *self,
                                    const char *created_at)
{
  g_return_if_fail (CASELOAD_IS_OD_MEETING (self));

  if (caseload_property_set_string (&self->created_at, created_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
}

GPtrArray *
caseload_od_meeting_get_practitioners (CaseloadOdMeeting *self)
{
  g_return_val_if_fail (CASELOAD_IS_OD_MEETING (self), NULL);

  return self->practitioners;
}

GPtrArray *
caseload_od_meeting_get_members (CaseloadOdMeeting *self)
{
  g_return_val_if_fail (CASELOAD_IS_OD_MEETING (self), NULL);

  return self->members;
}
