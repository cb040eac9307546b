/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "caseload-enums.h"
#include "caseload-property.h"
#include "caseload-timeline-entry.h"

/* One contact or note on a person's timeline. A new object is "loaded"; lazy lists
 * make placeholders by setting "loaded" to FALSE and fill them with update_from(). */

struct _CaseloadTimelineEntry
{
  GObject parent_instance;

  gboolean             loaded;
  char                *id;
  gint64               version;
  char                *person_id;
  char                *author_id;
  char                *author_name;
  char                *organisation_id;
  char                *organisation_name;
  CaseloadEntryKind    kind;
  CaseloadSensitivity  sensitivity;
  char                *occurred_at;
  char                *text;
  char                *created_at;
};

G_DEFINE_FINAL_TYPE (CaseloadTimelineEntry, caseload_timeline_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LOADED,
  PROP_ID,
  PROP_VERSION,
  PROP_PERSON_ID,
  PROP_AUTHOR_ID,
  PROP_AUTHOR_NAME,
  PROP_ORGANISATION_ID,
  PROP_ORGANISATION_NAME,
  PROP_KIND,
  PROP_SENSITIVITY,
  PROP_OCCURRED_AT,
  PROP_TEXT,
  PROP_CREATED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
caseload_timeline_entry_finalize (GObject *object)
{
  CaseloadTimelineEntry *self = CASELOAD_TIMELINE_ENTRY (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->person_id, g_free);
  g_clear_pointer (&self->author_id, g_free);
  g_clear_pointer (&self->author_name, g_free);
  g_clear_pointer (&self->organisation_id, g_free);
  g_clear_pointer (&self->organisation_name, g_free);
  g_clear_pointer (&self->occurred_at, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->created_at, g_free);

  G_OBJECT_CLASS (caseload_timeline_entry_parent_class)->finalize (object);
}

static void
caseload_timeline_entry_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  CaseloadTimelineEntry *self = CASELOAD_TIMELINE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_LOADED:
      g_value_set_boolean (value, self->loaded);
      break;

    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_VERSION:
      g_value_set_int64 (value, self->version);
      break;

    case PROP_PERSON_ID:
      g_value_set_string (value, self->person_id);
      break;

    case PROP_AUTHOR_ID:
      g_value_set_string (value, self->author_id);
      break;

    case PROP_AUTHOR_NAME:
      g_value_set_string (value, self->author_name);
      break;

    case PROP_ORGANISATION_ID:
      g_value_set_string (value, self->organisation_id);
      break;

    case PROP_ORGANISATION_NAME:
      g_value_set_string (value, self->organisation_name);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_SENSITIVITY:
      g_value_set_enum (value, self->sensitivity);
      break;

    case PROP_OCCURRED_AT:
      g_value_set_string (value, self->occurred_at);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_CREATED_AT:
      g_value_set_string (value, self->created_at);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_timeline_entry_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  CaseloadTimelineEntry *self = CASELOAD_TIMELINE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_LOADED:
      caseload_timeline_entry_set_loaded (self, g_value_get_boolean (value));
      break;

    case PROP_ID:
      caseload_timeline_entry_set_id (self, g_value_get_string (value));
      break;

    case PROP_VERSION:
      caseload_timeline_entry_set_version (self, g_value_get_int64 (value));
      break;

    case PROP_PERSON_ID:
      caseload_timeline_entry_set_person_id (self, g_value_get_string (value));
      break;

    case PROP_AUTHOR_ID:
      caseload_timeline_entry_set_author_id (self, g_value_get_string (value));
      break;

    case PROP_AUTHOR_NAME:
      caseload_timeline_entry_set_author_name (self, g_value_get_string (value));
      break;

    case PROP_ORGANISATION_ID:
      caseload_timeline_entry_set_organisation_id (self, g_value_get_string (value));
      break;

    case PROP_ORGANISATION_NAME:
      caseload_timeline_entry_set_organisation_name (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      caseload_timeline_entry_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_SENSITIVITY:
      caseload_timeline_entry_set_sensitivity (self, g_value_get_enum (value));
      break;

    case PROP_OCCURRED_AT:
      caseload_timeline_entry_set_occurred_at (self, g_value_get_string (value));
      break;

    case PROP_TEXT:
      caseload_timeline_entry_set_text (self, g_value_get_string (value));
      break;

    case PROP_CREATED_AT:
      caseload_timeline_entry_set_created_at (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_timeline_entry_class_init (CaseloadTimelineEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_timeline_entry_finalize;
  object_class->get_property = caseload_timeline_entry_get_property;
  object_class->set_property = caseload_timeline_entry_set_property;

  properties[PROP_LOADED] =
    g_param_spec_boolean ("loaded", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_VERSION] =
    g_param_spec_int64 ("version", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PERSON_ID] =
    g_param_spec_string ("person-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_AUTHOR_ID] =
    g_param_spec_string ("author-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_AUTHOR_NAME] =
    g_param_spec_string ("author-name", NULL, NULL,
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

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       CASELOAD_TYPE_ENTRY_KIND,
                       CASELOAD_ENTRY_APPOINTMENT,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SENSITIVITY] =
    g_param_spec_enum ("sensitivity", NULL, NULL,
                       CASELOAD_TYPE_SENSITIVITY,
                       CASELOAD_SENSITIVITY_STANDARD,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_OCCURRED_AT] =
    g_param_spec_string ("occurred-at", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CREATED_AT] =
    g_param_spec_string ("created-at", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_timeline_entry_init (CaseloadTimelineEntry *self)
{
  self->loaded = TRUE;
}

/**
 * caseload_timeline_entry_new:
 *
 * Returns: (transfer full): a new, empty timeline entry
 */
CaseloadTimelineEntry *
caseload_timeline_entry_new (void)
{
  return g_object_new (CASELOAD_TYPE_TIMELINE_ENTRY, NULL);
}

/**
 * caseload_timeline_entry_update_from:
 * @self: the timeline entry to change
 * @other: the timeline entry to copy from
 *
 * Copies every field of @other into @self, including "loaded" and the fields the
 * store fills on read. Only the properties that really change are notified, once
 * each, after all of them are set.
 */
void
caseload_timeline_entry_update_from (CaseloadTimelineEntry *self,
                                     CaseloadTimelineEntry *other)
{
  g_return_if_fail (CASELOAD_IS_TIMELINE_ENTRY (self));
  g_return_if_fail (CASELOAD_IS_TIMELINE_ENTRY (other));

  if (self == other)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  caseload_timeline_entry_set_loaded (self, other->loaded);
  caseload_timeline_entry_set_id (self, other->id);
  caseload_timeline_entry_set_version (self, other->version);
  caseload_timeline_entry_set_person_id (self, other->person_id);
  caseload_timeline_entry_set_author_id (self, other->author_id);
  caseload_timeline_entry_set_author_name (self, other->author_name);
  caseload_timeline_entry_set_organisation_id (self, other->organisation_id);
  caseload_timeline_entry_set_organisation_name (self, other->organisation_name);
  caseload_timeline_entry_set_kind (self, other->kind);
  caseload_timeline_entry_set_sensitivity (self, other->sensitivity);
  caseload_timeline_entry_set_occurred_at (self, other->occurred_at);
  caseload_timeline_entry_set_text (self, other->text);
  caseload_timeline_entry_set_created_at (self, other->created_at);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * caseload_timeline_entry_get_loaded:
 * @self: a timeline entry
 *
 * Returns: %FALSE while this is a placeholder waiting for its page
 */
gboolean
caseload_timeline_entry_get_loaded (CaseloadTimelineEntry *self)
{
  g_return_val_if_fail (CASELOAD_IS_TIMELINE_ENTRY (self), FALSE);

  return self->loaded;
}

void
caseload_timeline_entry_set_loaded (CaseloadTimelineEntry *self,
                                    gboolean               loaded)
{
  g_return_if_fail (CASELOAD_IS_TIMELINE_ENTRY (self));

  loaded = !!loaded;

  if (self->loaded == loaded)
    return;

  self->loaded = loaded;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);
}

/**
 * caseload_timeline_entry_get_id:
 * @self: a timeline entry
 *
 * Returns: (nullable): the stored id, or %NULL before the first save
 */
const char *
caseload_timeline_entry_get_id (CaseloadTimelineEntry *self)
{
  g_return_val_if_fail (CASELOAD_IS_TIMELINE_ENTRY (self), NULL);

  return self->id;
}

void
caseload_timeline_entry_set_id (CaseloadTimelineEntry *self,
                                const char            *id)
{
  g_return_if_fail (CASELOAD_IS_TIMELINE_ENTRY (self));

  if (caseload_property_set_string (&self->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

/**
 * caseload_timeline_entry_get_version:
 * @self: a timeline entry
 *
 * Returns: the version read from the store; 0 before the first save
 */
gint64
caseload_timeline_entry_get_version (CaseloadTimelineEntry *self)
{
  g_return_val_if_fail (CASELOAD_IS_TIMELINE_ENTRY (self), 0);

  return self->version;
}

void
caseload_timeline_entry_set_version (CaseloadTimelineEntry *self,
                                     gint64                 version)
{
  g_return_if_fail (CASELOAD_IS_TIMELINE_ENTRY (self));
  g_return_if_fail (version >= 0);

  if (self->version == version)
    return;

  self->version = version;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
}

/**
 * caseload_timeline_entry_get_person_id:
 * @self: a timeline entry
 *
 * Returns: (nullable): the id of the person the entry is about
 */
const char *
caseload_timeline_entry_get_person_id (CaseloadTimelineEntry *self)
{
  g_return_val_if_fail (CASELOAD_IS_TIMELINE_ENTRY (self), NULL);

  return self->person_id;
}

void
caseload_timeline_entry_set_person_id (CaseloadTimelineEntry *self,
                                       const char            *person_id)
{
  g_return_if_fail (CASELOAD_IS_TIMELINE_ENTRY (self));

  if (caseload_property_set_string (&self->person_id, person_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
}

/**
 * caseload_timeline_entry_get_author_id:
 * @self: a timeline entry
 *
 * Returns: (nullable): the id of the staff member who wrote the entry
 */
const char *
caseload_timeline_entry_get_author_id (CaseloadTimelineEntry *self)
{
  g_return_val_if_fail (CASELOAD_IS_TIMELINE_ENTRY (self), NULL);

  return self->author_id;
}

void
caseload_timeline_entry_set_author_id (CaseloadTimelineEntry *self,
                                       const char            *author_id)
{
  g_return_if_fail (CASELOAD_IS_TIMELINE_ENTRY (self));

  if (caseload_property_set_string (&self->author_id, author_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR_ID]);
}

/**
 * caseload_timeline_entry_get_author_name:
 * @self: a timeline entry
 *
 * Returns: (nullable): the author's name, filled by the store on read
 */
const char *
caseload_timeline_entry_get_author_name (CaseloadTimelineEntry *self)
{
  g_return_val_if_fail (CASELOAD_IS_TIMELINE_ENTRY (self), NULL);

  return self->author_name;
}

void
caseload_timeline_entry_set_author_name (CaseloadTimelineEntry *self,
                                         const char            *author_name)
{
  g_return_if_fail (CASELOAD_IS_TIMELINE_ENTRY (self));

  if (caseload_property_set_string (&self->author_name, author_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR_NAME]);
}

/**
 * caseload_timeline_entry_get_organisation_id:
 * @self: a timeline entry
 *
 * Returns: (nullable): the id of the author's organisation
 */
const char *
caseload_timeline_entry_get_organisation_id (CaseloadTimelineEntry *self)
{
  g_return_val_if_fail (CASELOAD_IS_TIMELINE_ENTRY (self), NULL);

  return self->organisation_id;
}

void
caseload_timeline_entry_set_organisation_id (CaseloadTimelineEntry *self,
                                             const char            *organisation_id)
{
  g_return_if_fail (CASELOAD_IS_TIMELINE_ENTRY (self));

  if (caseload_property_set_string (&self->organisation_id, organisation_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANISATION_ID]);
}

/**
 * caseload_timeline_entry_get_organisation_name:
 * @self: a timeline entry
 *
 * Returns: (nullable): the author's organisation's name, filled by the store on read
 */
const char *
caseload_timeline_entry_get_organisation_name (CaseloadTimelineEntry *self)
{
  g_return_val_if_fail (CASELOAD_IS_TIMELINE_ENTRY (self), NULL);

  return self->organisation_name;
}

void
caseload_timeline_entry_set_organisation_name (CaseloadTimelineEntry *self,
                                               const char            *organisation_name)
{
  g_return_if_fail (CASELOAD_IS_TIMELINE_ENTRY (self));

  if (caseload_property_set_string (&self->organisation_name, organisation_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANISATION_NAME]);
}

/**
 * caseload_timeline_entry_get_kind:
 * @self: a timeline entry
 *
 * Returns: what sort of contact the entry records
 */
CaseloadEntryKind
caseload_timeline_entry_get_kind (CaseloadTimelineEntry *self)
{
  g_return_val_if_fail (CASELOAD_IS_TIMELINE_ENTRY (self), CASELOAD_ENTRY_APPOINTMENT);

  return self->kind;
}

void
caseload_timeline_entry_set_kind (CaseloadTimelineEntry *self,
                                  CaseloadEntryKind      kind)
{
  g_return_if_fail (CASELOAD_IS_TIMELINE_ENTRY (self));
  g_return_if_fail ((guint) kind <= CASELOAD_ENTRY_MESSAGE);

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

/**
 * caseload_timeline_entry_get_sensitivity:
 * @self: a timeline entry
 *
 * Returns: who may read the entry
 */
CaseloadSensitivity
caseload_timeline_entry_get_sensitivity (CaseloadTimelineEntry *self)
{
  g_return_val_if_fail (CASELOAD_IS_TIMELINE_ENTRY (self), CASELOAD_SENSITIVITY_STANDARD);

  return self->sensitivity;
}

void
caseload_timeline_entry_set_sensitivity (CaseloadTimelineEntry *self,
                                         CaseloadSensitivity    sensitivity)
{
  g_return_if_fail (CASELOAD_IS_TIMELINE_ENTRY (self));
  g_return_if_fail ((guint) sensitivity <= CASELOAD_SENSITIVITY_PRIVATE);

  if (self->sensitivity == sensitivity)
    return;

  self->sensitivity = sensitivity;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SENSITIVITY]);
}

/**
 * caseload_timeline_entry_get_occurred_at:
 * @self: a timeline entry
 *
 * Returns: (nullable): when the contact happened, ISO 8601 UTC
 */
const char *
caseload_timeline_entry_get_occurred_at (CaseloadTimelineEntry *self)
{
  g_return_val_if_fail (CASELOAD_IS_TIMELINE_ENTRY (self), NULL);

  return self->occurred_at;
}

void
caseload_timeline_entry_set_occurred_at (CaseloadTimelineEntry *self,
                                         const char            *occurred_at)
{
  g_return_if_fail (CASELOAD_IS_TIMELINE_ENTRY (self));

  if (caseload_property_set_string (&self->occurred_at, occurred_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OCCURRED_AT]);
}

/**
 * caseload_timeline_entry_get_text:
 * @self: a timeline entry
 *
 * Returns: (nullable): what happened, in the author's words
 */
const char *
caseload_timeline_entry_get_text (CaseloadTimelineEntry *self)
{
  g_return_val_if_fail (CASELOAD_IS_TIMELINE_ENTRY (self), NULL);

  return self->text;
}

void
caseload_timeline_entry_set_text (CaseloadTimelineEntry *self,
                                  const char            *text)
{
  g_return_if_fail (CASELOAD_IS_TIMELINE_ENTRY (self));

  if (caseload_property_set_string (&self->text, text))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

/**
 * caseload_timeline_entry_get_created_at:
 * @self: a timeline entry
 *
 * Returns: (nullable): when the entry was saved, ISO 8601 UTC
 */
const char *
caseload_timeline_entry_get_created_at (CaseloadTimelineEntry *self)
{
  g_return_val_if_fail (CASELOAD_IS_TIMELINE_ENTRY (self), NULL);

  return self->created_at;
}

void
caseload_timeline_entry_set_created_at (CaseloadTimelineEntry *self,
                                        const char            *created_at)
{
  g_return_if_fail (CASELOAD_IS_TIMELINE_ENTRY (self));

  if (caseload_property_set_string (&self->created_at, created_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
}
