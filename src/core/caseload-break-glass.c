/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "caseload-break-glass.h"
#include "caseload-property.h"

/* An emergency access to a record the policy would not otherwise open. Each one lasts
 * CASELOAD_BREAK_GLASS_HOURS and waits for a team manager to review it. */

struct _CaseloadBreakGlass
{
  GObject parent_instance;

  char *id;
  char *staff_id;
  char *staff_name;
  char *organisation_name;
  char *person_id;
  char *person_name;
  char *reason;
  char *started_at;
  char *expires_at;
  char *reviewed_by;
  char *reviewed_by_name;
  char *reviewed_at;
};

G_DEFINE_FINAL_TYPE (CaseloadBreakGlass, caseload_break_glass, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_STAFF_ID,
  PROP_STAFF_NAME,
  PROP_ORGANISATION_NAME,
  PROP_PERSON_ID,
  PROP_PERSON_NAME,
  PROP_REASON,
  PROP_STARTED_AT,
  PROP_EXPIRES_AT,
  PROP_REVIEWED_BY,
  PROP_REVIEWED_BY_NAME,
  PROP_REVIEWED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
caseload_break_glass_finalize (GObject *object)
{
  CaseloadBreakGlass *self = CASELOAD_BREAK_GLASS (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->staff_id, g_free);
  g_clear_pointer (&self->staff_name, g_free);
  g_clear_pointer (&self->organisation_name, g_free);
  g_clear_pointer (&self->person_id, g_free);
  g_clear_pointer (&self->person_name, g_free);
  g_clear_pointer (&self->reason, g_free);
  g_clear_pointer (&self->started_at, g_free);
  g_clear_pointer (&self->expires_at, g_free);
  g_clear_pointer (&self->reviewed_by, g_free);
  g_clear_pointer (&self->reviewed_by_name, g_free);
  g_clear_pointer (&self->reviewed_at, g_free);

  G_OBJECT_CLASS (caseload_break_glass_parent_class)->finalize (object);
}

static void
caseload_break_glass_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CaseloadBreakGlass *self = CASELOAD_BREAK_GLASS (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_STAFF_ID:
      g_value_set_string (value, self->staff_id);
      break;

    case PROP_STAFF_NAME:
      g_value_set_string (value, self->staff_name);
      break;

    case PROP_ORGANISATION_NAME:
      g_value_set_string (value, self->organisation_name);
      break;

    case PROP_PERSON_ID:
      g_value_set_string (value, self->person_id);
      break;

    case PROP_PERSON_NAME:
      g_value_set_string (value, self->person_name);
      break;

    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;

    case PROP_STARTED_AT:
      g_value_set_string (value, self->started_at);
      break;

    case PROP_EXPIRES_AT:
      g_value_set_string (value, self->expires_at);
      break;

    case PROP_REVIEWED_BY:
      g_value_set_string (value, self->reviewed_by);
      break;

    case PROP_REVIEWED_BY_NAME:
      g_value_set_string (value, self->reviewed_by_name);
      break;

    case PROP_REVIEWED_AT:
      g_value_set_string (value, self->reviewed_at);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_break_glass_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  CaseloadBreakGlass *self = CASELOAD_BREAK_GLASS (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_break_glass_set_id (self, g_value_get_string (value));
      break;

    case PROP_STAFF_ID:
      caseload_break_glass_set_staff_id (self, g_value_get_string (value));
      break;

    case PROP_STAFF_NAME:
      caseload_break_glass_set_staff_name (self, g_value_get_string (value));
      break;

    case PROP_ORGANISATION_NAME:
      caseload_break_glass_set_organisation_name (self, g_value_get_string (value));
      break;

    case PROP_PERSON_ID:
      caseload_break_glass_set_person_id (self, g_value_get_string (value));
      break;

    case PROP_PERSON_NAME:
      caseload_break_glass_set_person_name (self, g_value_get_string (value));
      break;

    case PROP_REASON:
      caseload_break_glass_set_reason (self, g_value_get_string (value));
      break;

    case PROP_STARTED_AT:
      caseload_break_glass_set_started_at (self, g_value_get_string (value));
      break;

    case PROP_EXPIRES_AT:
      caseload_break_glass_set_expires_at (self, g_value_get_string (value));
      break;

    case PROP_REVIEWED_BY:
      caseload_break_glass_set_reviewed_by (self, g_value_get_string (value));
      break;

    case PROP_REVIEWED_BY_NAME:
      caseload_break_glass_set_reviewed_by_name (self, g_value_get_string (value));
      break;

    case PROP_REVIEWED_AT:
      caseload_break_glass_set_reviewed_at (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_break_glass_class_init (CaseloadBreakGlassClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_break_glass_finalize;
  object_class->get_property = caseload_break_glass_get_property;
  object_class->set_property = caseload_break_glass_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
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

  properties[PROP_ORGANISATION_NAME] =
    g_param_spec_string ("organisation-name", NULL, NULL,
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

  properties[PROP_REASON] =
    g_param_spec_string ("reason", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STARTED_AT] =
    g_param_spec_string ("started-at", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_EXPIRES_AT] =
    g_param_spec_string ("expires-at", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_REVIEWED_BY] =
    g_param_spec_string ("reviewed-by", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_REVIEWED_BY_NAME] =
    g_param_spec_string ("reviewed-by-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_REVIEWED_AT] =
    g_param_spec_string ("reviewed-at", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_break_glass_init (CaseloadBreakGlass *self)
{
}

/**
 * caseload_break_glass_new:
 *
 * Returns: (transfer full): a new, empty break-glass access
 */
CaseloadBreakGlass *
caseload_break_glass_new (void)
{
  return g_object_new (CASELOAD_TYPE_BREAK_GLASS, NULL);
}

/**
 * caseload_break_glass_get_id:
 * @self: a break-glass access
 *
 * Returns: (nullable): the stored id, or %NULL before the first save
 */
const char *
caseload_break_glass_get_id (CaseloadBreakGlass *self)
{
  g_return_val_if_fail (CASELOAD_IS_BREAK_GLASS (self), NULL);

  return self->id;
}

void
caseload_break_glass_set_id (CaseloadBreakGlass *self,
                             const char         *id)
{
  g_return_if_fail (CASELOAD_IS_BREAK_GLASS (self));

  if (caseload_property_set_string (&self->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

/**
 * caseload_break_glass_get_staff_id:
 * @self: a break-glass access
 *
 * Returns: (nullable): the id of the staff member who broke the glass
 */
const char *
caseload_break_glass_get_staff_id (CaseloadBreakGlass *self)
{
  g_return_val_if_fail (CASELOAD_IS_BREAK_GLASS (self), NULL);

  return self->staff_id;
}

void
caseload_break_glass_set_staff_id (CaseloadBreakGlass *self,
                                   const char         *staff_id)
{
  g_return_if_fail (CASELOAD_IS_BREAK_GLASS (self));

  if (caseload_property_set_string (&self->staff_id, staff_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_ID]);
}

/**
 * caseload_break_glass_get_staff_name:
 * @self: a break-glass access
 *
 * Returns: (nullable): the staff member's name, filled by the store on read
 */
const char *
caseload_break_glass_get_staff_name (CaseloadBreakGlass *self)
{
  g_return_val_if_fail (CASELOAD_IS_BREAK_GLASS (self), NULL);

  return self->staff_name;
}

void
caseload_break_glass_set_staff_name (CaseloadBreakGlass *self,
                                     const char         *staff_name)
{
  g_return_if_fail (CASELOAD_IS_BREAK_GLASS (self));

  if (caseload_property_set_string (&self->staff_name, staff_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_NAME]);
}

/**
 * caseload_break_glass_get_organisation_name:
 * @self: a break-glass access
 *
 * Returns: (nullable): the staff member's organisation, filled by the store on read
 */
const char *
caseload_break_glass_get_organisation_name (CaseloadBreakGlass *self)
{
  g_return_val_if_fail (CASELOAD_IS_BREAK_GLASS (self), NULL);

  return self->organisation_name;
}

void
caseload_break_glass_set_organisation_name (CaseloadBreakGlass *self,
                                            const char         *name)
{
  g_return_if_fail (CASELOAD_IS_BREAK_GLASS (self));

  if (caseload_property_set_string (&self->organisation_name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANISATION_NAME]);
}

/**
 * caseload_break_glass_get_person_id:
 * @self: a break-glass access
 *
 * Returns: (nullable): the id of the person whose record was opened
 */
const char *
caseload_break_glass_get_person_id (CaseloadBreakGlass *self)
{
  g_return_val_if_fail (CASELOAD_IS_BREAK_GLASS (self), NULL);

  return self->person_id;
}

void
caseload_break_glass_set_person_id (CaseloadBreakGlass *self,
                                    const char         *person_id)
{
  g_return_if_fail (CASELOAD_IS_BREAK_GLASS (self));

  if (caseload_property_set_string (&self->person_id, person_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
}

/**
 * caseload_break_glass_get_person_name:
 * @self: a break-glass access
 *
 * Returns: (nullable): the person's name, filled only for reviewers
 */
const char *
caseload_break_glass_get_person_name (CaseloadBreakGlass *self)
{
  g_return_val_if_fail (CASELOAD_IS_BREAK_GLASS (self), NULL);

  return self->person_name;
}

void
caseload_break_glass_set_person_name (CaseloadBreakGlass *self,
                                      const char         *person_name)
{
  g_return_if_fail (CASELOAD_IS_BREAK_GLASS (self));

  if (caseload_property_set_string (&self->person_name, person_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_NAME]);
}

/**
 * caseload_break_glass_get_reason:
 * @self: a break-glass access
 *
 * Returns: (nullable): why the staff member needed the record, in their words
 */
const char *
caseload_break_glass_get_reason (CaseloadBreakGlass *self)
{
  g_return_val_if_fail (CASELOAD_IS_BREAK_GLASS (self), NULL);

  return self->reason;
}

void
caseload_break_glass_set_reason (CaseloadBreakGlass *self,
                                 const char         *reason)
{
  g_return_if_fail (CASELOAD_IS_BREAK_GLASS (self));

  if (caseload_property_set_string (&self->reason, reason))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REASON]);
}

/**
 * caseload_break_glass_get_started_at:
 * @self: a break-glass access
 *
 * Returns: (nullable): when the access began, ISO 8601 UTC
 */
const char *
caseload_break_glass_get_started_at (CaseloadBreakGlass *self)
{
  g_return_val_if_fail (CASELOAD_IS_BREAK_GLASS (self), NULL);

  return self->started_at;
}

void
caseload_break_glass_set_started_at (CaseloadBreakGlass *self,
                                     const char         *started_at)
{
  g_return_if_fail (CASELOAD_IS_BREAK_GLASS (self));

  if (caseload_property_set_string (&self->started_at, started_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STARTED_AT]);
}

/**
 * caseload_break_glass_get_expires_at:
 * @self: a break-glass access
 *
 * Returns: (nullable): when the access ends, ISO 8601 UTC
 */
const char *
caseload_break_glass_get_expires_at (CaseloadBreakGlass *self)
{
  g_return_val_if_fail (CASELOAD_IS_BREAK_GLASS (self), NULL);

  return self->expires_at;
}

void
caseload_break_glass_set_expires_at (CaseloadBreakGlass *self,
                                     const char         *expires_at)
{
  g_return_if_fail (CASELOAD_IS_BREAK_GLASS (self));

  if (caseload_property_set_string (&self->expires_at, expires_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPIRES_AT]);
}

/**
 * caseload_break_glass_get_reviewed_by:
 * @self: a break-glass access
 *
 * Returns: (nullable): the id of the manager who reviewed it, or %NULL until then
 */
const char *
caseload_break_glass_get_reviewed_by (CaseloadBreakGlass *self)
{
  g_return_val_if_fail (CASELOAD_IS_BREAK_GLASS (self), NULL);

  return self->reviewed_by;
}

void
caseload_break_glass_set_reviewed_by (CaseloadBreakGlass *self,
                                      const char         *reviewed_by)
{
  g_return_if_fail (CASELOAD_IS_BREAK_GLASS (self));

  if (caseload_property_set_string (&self->reviewed_by, reviewed_by))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEWED_BY]);
}

/**
 * caseload_break_glass_get_reviewed_by_name:
 * @self: a break-glass access
 *
 * Returns: (nullable): the reviewer's name, filled by the store on read
 */
const char *
caseload_break_glass_get_reviewed_by_name (CaseloadBreakGlass *self)
{
  g_return_val_if_fail (CASELOAD_IS_BREAK_GLASS (self), NULL);

  return self->reviewed_by_name;
}

void
caseload_break_glass_set_reviewed_by_name (CaseloadBreakGlass *self,
                                           const char         *name)
{
  g_return_if_fail (CASELOAD_IS_BREAK_GLASS (self));

  if (caseload_property_set_string (&self->reviewed_by_name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEWED_BY_NAME]);
}

/**
 * caseload_break_glass_get_reviewed_at:
 * @self: a break-glass access
 *
 * Returns: (nullable): when it was reviewed, ISO 8601 UTC, or %NULL until then
 */
const char *
caseload_break_glass_get_reviewed_at (CaseloadBreakGlass *self)
{
  g_return_val_if_fail (CASELOAD_IS_BREAK_GLASS (self), NULL);

  return self->reviewed_at;
}

void
caseload_break_glass_set_reviewed_at (CaseloadBreakGlass *self,
                                      const char         *reviewed_at)
{
  g_return_if_fail (CASELOAD_IS_BREAK_GLASS (self));

  if (caseload_property_set_string (&self->reviewed_at, reviewed_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEWED_AT]);
}
