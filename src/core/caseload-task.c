/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include "caseload-task.h"
#include "caseload-property.h"
#include "caseload-enums.h"

struct _CaseloadTask
{
  GObject parent_instance;

  char *id;
  char *person_id;
  char *person_name;
  char *owner_id;
  char *owner_name;
  char *owner_organisation_id;
  char *owner_organisation_name;
  char *title;
  char *due_on;
  gboolean done;
  char *done_at;
  char *done_by;
  CaseloadTaskOrigin origin;
  char *source_id;
  int version;
  char *created_at;
  char *created_by;
};

G_DEFINE_FINAL_TYPE (CaseloadTask, caseload_task, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PERSON_ID,
  PROP_PERSON_NAME,
  PROP_OWNER_ID,
  PROP_OWNER_NAME,
  PROP_OWNER_ORGANISATION_ID,
  PROP_OWNER_ORGANISATION_NAME,
  PROP_TITLE,
  PROP_DUE_ON,
  PROP_DONE,
  PROP_DONE_AT,
  PROP_DONE_BY,
  PROP_ORIGIN,
  PROP_SOURCE_ID,
  PROP_VERSION,
  PROP_CREATED_AT,
  PROP_CREATED_BY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
caseload_task_finalize (GObject *object)
{
  CaseloadTask *self = CASELOAD_TASK (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->person_id, g_free);
  g_clear_pointer (&self->person_name, g_free);
  g_clear_pointer (&self->owner_id, g_free);
  g_clear_pointer (&self->owner_name, g_free);
  g_clear_pointer (&self->owner_organisation_id, g_free);
  g_clear_pointer (&self->owner_organisation_name, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->due_on, g_free);
  g_clear_pointer (&self->done_at, g_free);
  g_clear_pointer (&self->done_by, g_free);
  g_clear_pointer (&self->source_id, g_free);
  g_clear_pointer (&self->created_at, g_free);
  g_clear_pointer (&self->created_by, g_free);

  G_OBJECT_CLASS (caseload_task_parent_class)->finalize (object);
}

static void
caseload_task_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CaseloadTask *self = CASELOAD_TASK (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_PERSON_ID:
      g_value_set_string (value, self->person_id);
      break;

    case PROP_PERSON_NAME:
      g_value_set_string (value, self->person_name);
      break;

    case PROP_OWNER_ID:
      g_value_set_string (value, self->owner_id);
      break;

    case PROP_OWNER_NAME:
      g_value_set_string (value, self->owner_name);
      break;

    case PROP_OWNER_ORGANISATION_ID:
      g_value_set_string (value, self->owner_organisation_id);
      break;

    case PROP_OWNER_ORGANISATION_NAME:
      g_value_set_string (value, self->owner_organisation_name);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_DUE_ON:
      g_value_set_string (value, self->due_on);
      break;

    case PROP_DONE:
      g_value_set_boolean (value, self->done);
      break;

    case PROP_DONE_AT:
      g_value_set_string (value, self->done_at);
      break;

    case PROP_DONE_BY:
      g_value_set_string (value, self->done_by);
      break;

    case PROP_ORIGIN:
      g_value_set_enum (value, self->origin);
      break;

    case PROP_SOURCE_ID:
      g_value_set_string (value, self->source_id);
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
caseload_task_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CaseloadTask *self = CASELOAD_TASK (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_task_set_id (self, g_value_get_string (value));
      break;

    case PROP_PERSON_ID:
      caseload_task_set_person_id (self, g_value_get_string (value));
      break;

    case PROP_PERSON_NAME:
      caseload_task_set_person_name (self, g_value_get_string (value));
      break;

    case PROP_OWNER_ID:
      caseload_task_set_owner_id (self, g_value_get_string (value));
      break;

    case PROP_OWNER_NAME:
      caseload_task_set_owner_name (self, g_value_get_string (value));
      break;

    case PROP_OWNER_ORGANISATION_ID:
      caseload_task_set_owner_organisation_id (self, g_value_get_string (value));
      break;

    case PROP_OWNER_ORGANISATION_NAME:
      caseload_task_set_owner_organisation_name (self, g_value_get_string (value));
      break;

    case PROP_TITLE:
      caseload_task_set_title (self, g_value_get_string (value));
      break;

    case PROP_DUE_ON:
      caseload_task_set_due_on (self, g_value_get_string (value));
      break;

    case PROP_DONE:
      caseload_task_set_done (self, g_value_get_boolean (value));
      break;

    case PROP_DONE_AT:
      caseload_task_set_done_at (self, g_value_get_string (value));
      break;

    case PROP_DONE_BY:
      caseload_task_set_done_by (self, g_value_get_string (value));
      break;

    case PROP_ORIGIN:
      caseload_task_set_origin (self, g_value_get_enum (value));
      break;

    case PROP_SOURCE_ID:
      caseload_task_set_source_id (self, g_value_get_string (value));
      break;

    case PROP_VERSION:
      caseload_task_set_version (self, g_value_get_int (value));
      break;

    case PROP_CREATED_AT:
      caseload_task_set_created_at (self, g_value_get_string (value));
      break;

    case PROP_CREATED_BY:
      caseload_task_set_created_by (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_task_class_init (CaseloadTaskClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_task_finalize;
  object_class->get_property = caseload_task_get_property;
  object_class->set_property = caseload_task_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
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

  properties[PROP_OWNER_ID] =
    g_param_spec_string ("owner-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_OWNER_NAME] =
    g_param_spec_string ("owner-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_OWNER_ORGANISATION_ID] =
    g_param_spec_string ("owner-organisation-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_OWNER_ORGANISATION_NAME] =
    g_param_spec_string ("owner-organisation-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DUE_ON] =
    g_param_spec_string ("due-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DONE] =
    g_param_spec_boolean ("done", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DONE_AT] =
    g_param_spec_string ("done-at", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DONE_BY] =
    g_param_spec_string ("done-by", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ORIGIN] =
    g_param_spec_enum ("origin", NULL, NULL,
                       CASELOAD_TYPE_TASK_ORIGIN,
                       CASELOAD_TASK_ORIGIN_MANUAL,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SOURCE_ID] =
    g_param_spec_string ("source-id", NULL, NULL,
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
caseload_task_init (CaseloadTask *self)
{
  self->origin = CASELOAD_TASK_ORIGIN_MANUAL;
}

CaseloadTask *
caseload_task_new (void)
{
  return g_object_new (CASELOAD_TYPE_TASK, NULL);
}

const char *
caseload_task_get_id (CaseloadTask *self)
{
  g_return_val_if_fail (CASELOAD_IS_TASK (self), NULL);

  return self->id;
}

void
caseload_task_set_id (CaseloadTask *self,
                      const char *id)
{
  g_return_if_fail (CASELOAD_IS_TASK (self));

  if (caseload_property_set_string (&self->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
caseload_task_get_person_id (CaseloadTask *self)
{
  g_return_val_if_fail (CASELOAD_IS_TASK (self), NULL);

  return self->person_id;
}

void
caseload_task_set_person_id (CaseloadTask *self,
                             const char *person_id)
{
  g_return_if_fail (CASELOAD_IS_TASK (self));

  if (caseload_property_set_string (&self->person_id, person_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
}

const char *
caseload_task_get_person_name (CaseloadTask *self)
{
  g_return_val_if_fail (CASELOAD_IS_TASK (self), NULL);

  return self->person_name;
}

void
caseload_task_set_person_name (CaseloadTask *self,
                               const char *person_name)
{
  g_return_if_fail (CASELOAD_IS_TASK (self));

  if (caseload_property_set_string (&self->person_name, person_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_NAME]);
}

const char *
caseload_task_get_owner_id (CaseloadTask *self)
{
  g_return_val_if_fail (CASELOAD_IS_TASK (self), NULL);

  return self->owner_id;
}

void
caseload_task_set_owner_id (CaseloadTask *self,
                            const char *owner_id)
{
  g_return_if_fail (CASELOAD_IS_TASK (self));

  if (caseload_property_set_string (&self->owner_id, owner_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER_ID]);
}

const char *
caseload_task_get_owner_name (CaseloadTask *self)
{
  g_return_val_if_fail (CASELOAD_IS_TASK (self), NULL);

  return self->owner_name;
}

void
caseload_task_set_owner_name (CaseloadTask *self,
                              const char *owner_name)
{
  g_return_if_fail (CASELOAD_IS_TASK (self));

  if (caseload_property_set_string (&self->owner_name, owner_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER_NAME]);
}

const char *
caseload_task_get_owner_organisation_id (CaseloadTask *self)
{
  g_return_val_if_fail (CASELOAD_IS_TASK (self), NULL);

  return self->owner_organisation_id;
}

void
caseload_task_set_owner_organisation_id (CaseloadTask *self,
                                         const char *owner_organisation_id)
{
  g_return_if_fail (CASELOAD_IS_TASK (self));

  if (caseload_property_set_string (&self->owner_organisation_id, owner_organisation_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER_ORGANISATION_ID]);
}

const char *
caseload_task_get_owner_organisation_name (CaseloadTask *self)
{
  g_return_val_if_fail (CASELOAD_IS_TASK (self), NULL);

  return self->owner_organisation_name;
}

void
caseload_task_set_owner_organisation_name (CaseloadTask *self,
                                           const char *owner_organisation_name)
{
  g_return_if_fail (CASELOAD_IS_TASK (self));

  if (caseload_property_set_string (&self->owner_organisation_name, owner_organisation_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER_ORGANISATION_NAME]);
}

const char *
caseload_task_get_title (CaseloadTask *self)
{
  g_return_val_if_fail (CASELOAD_IS_TASK (self), NULL);

  return self->title;
}

void
caseload_task_set_title (CaseloadTask *self,
                         const char *title)
{
  g_return_if_fail (CASELOAD_IS_TASK (self));

  if (caseload_property_set_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
caseload_task_get_due_on (CaseloadTask *self)
{
  g_return_val_if_fail (CASELOAD_IS_TASK (self), NULL);

  return self->due_on;
}

void
caseload_task_set_due_on (CaseloadTask *self,
                          const char *due_on)
{
  g_return_if_fail (CASELOAD_IS_TASK (self));

  if (caseload_property_set_string (&self->due_on, due_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUE_ON]);
}

gboolean
caseload_task_get_done (CaseloadTask *self)
{
  g_return_val_if_fail (CASELOAD_IS_TASK (self), FALSE);

  return self->done;
}

void
caseload_task_set_done (CaseloadTask *self,
                        gboolean done)
{
  g_return_if_fail (CASELOAD_IS_TASK (self));

  done = !!done;

  if (self->done == done)
    return;

  self->done = done;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DONE]);
}

const char *
caseload_task_get_done_at (CaseloadTask *self)
{
  g_return_val_if_fail (CASELOAD_IS_TASK (self), NULL);

  return self->done_at;
}

void
caseload_task_set_done_at (CaseloadTask *self,
                           const char *done_at)
{
  g_return_if_fail (CASELOAD_IS_TASK (self));

  if (caseload_property_set_string (&self->done_at, done_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DONE_AT]);
}

const char *
caseload_task_get_done_by (CaseloadTask *self)
{
  g_return_val_if_fail (CASELOAD_IS_TASK (self), NULL);

  return self->done_by;
}

void
caseload_task_set_done_by (CaseloadTask *self,
                           const char *done_by)
{
  g_return_if_fail (CASELOAD_IS_TASK (self));

  if (caseload_property_set_string (&self->done_by, done_by))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DONE_BY]);
}

CaseloadTaskOrigin
caseload_task_get_origin (CaseloadTask *self)
{
  g_return_val_if_fail (CASELOAD_IS_TASK (self), 0);

  return self->origin;
}

void
caseload_task_set_origin (CaseloadTask *self,
                          CaseloadTaskOrigin origin)
{
  g_return_if_fail (CASELOAD_IS_TASK (self));

  if (self->origin == origin)
    return;

  self->origin = origin;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORIGIN]);
}

const char *
caseload_task_get_source_id (CaseloadTask *self)
{
  g_return_val_if_fail (CASELOAD_IS_TASK (self), NULL);

  return self->source_id;
}

void
caseload_task_set_source_id (CaseloadTask *self,
                             const char *source_id)
{
  g_return_if_fail (CASELOAD_IS_TASK (self));

  if (caseload_property_set_string (&self->source_id, source_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE_ID]);
}

int
caseload_task_get_version (CaseloadTask *self)
{
  g_return_val_if_fail (CASELOAD_IS_TASK (self), 0);

  return self->version;
}

void
caseload_task_set_version (CaseloadTask *self,
                           int version)
{
  g_return_if_fail (CASELOAD_IS_TASK (self));

  if (self->version == version)
    return;

  self->version = version;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
}

const char *
caseload_task_get_created_at (CaseloadTask *self)
{
  g_return_val_if_fail (CASELOAD_IS_TASK (self), NULL);

  return self->created_at;
}

void
caseload_task_set_created_at (CaseloadTask *self,
                              const char *created_at)
{
  g_return_if_fail (CASELOAD_IS_TASK (self));

  if (caseload_property_set_string (&self->created_at, created_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
}

const char *
caseload_task_get_created_by (CaseloadTask *self)
{
  g_return_val_if_fail (CASELOAD_IS_TASK (self), NULL);

  return self->created_by;
}

void
caseload_task_set_created_by (CaseloadTask *self,
                              const char *created_by)
{
  g_return_if_fail (CASELOAD_IS_TASK (self));

  if (caseload_property_set_string (&self->created_by, created_by))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_BY]);
}
