/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "caseload-enums.h"
#include "caseload-property.h"
#include "caseload-involvement.h"

/* A summary the store builds when it opens a person; it is never saved back. */

struct _CaseloadInvolvement
{
  GObject parent_instance;

  char                     *staff_id;
  char                     *staff_name;
  char                     *role;
  char                     *organisation_id;
  char                     *organisation_name;
  CaseloadOrganisationKind  organisation_kind;
  guint                     entry_count;
  char                     *last_contact;
};

G_DEFINE_FINAL_TYPE (CaseloadInvolvement, caseload_involvement, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STAFF_ID,
  PROP_STAFF_NAME,
  PROP_ROLE,
  PROP_ORGANISATION_ID,
  PROP_ORGANISATION_NAME,
  PROP_ORGANISATION_KIND,
  PROP_ENTRY_COUNT,
  PROP_LAST_CONTACT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
caseload_involvement_finalize (GObject *object)
{
  CaseloadInvolvement *self = CASELOAD_INVOLVEMENT (object);

  g_clear_pointer (&self->staff_id, g_free);
  g_clear_pointer (&self->staff_name, g_free);
  g_clear_pointer (&self->role, g_free);
  g_clear_pointer (&self->organisation_id, g_free);
  g_clear_pointer (&self->organisation_name, g_free);
  g_clear_pointer (&self->last_contact, g_free);

  G_OBJECT_CLASS (caseload_involvement_parent_class)->finalize (object);
}

static void
caseload_involvement_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CaseloadInvolvement *self = CASELOAD_INVOLVEMENT (object);

  switch (prop_id)
    {
    case PROP_STAFF_ID:
      g_value_set_string (value, self->staff_id);
      break;

    case PROP_STAFF_NAME:
      g_value_set_string (value, self->staff_name);
      break;

    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;

    case PROP_ORGANISATION_ID:
      g_value_set_string (value, self->organisation_id);
      break;

    case PROP_ORGANISATION_NAME:
      g_value_set_string (value, self->organisation_name);
      break;

    case PROP_ORGANISATION_KIND:
      g_value_set_enum (value, self->organisation_kind);
      break;

    case PROP_ENTRY_COUNT:
      g_value_set_uint (value, self->entry_count);
      break;

    case PROP_LAST_CONTACT:
      g_value_set_string (value, self->last_contact);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_involvement_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  CaseloadInvolvement *self = CASELOAD_INVOLVEMENT (object);

  switch (prop_id)
    {
    case PROP_STAFF_ID:
      caseload_involvement_set_staff_id (self, g_value_get_string (value));
      break;

    case PROP_STAFF_NAME:
      caseload_involvement_set_staff_name (self, g_value_get_string (value));
      break;

    case PROP_ROLE:
      caseload_involvement_set_role (self, g_value_get_string (value));
      break;

    case PROP_ORGANISATION_ID:
      caseload_involvement_set_organisation_id (self, g_value_get_string (value));
      break;

    case PROP_ORGANISATION_NAME:
      caseload_involvement_set_organisation_name (self, g_value_get_string (value));
      break;

    case PROP_ORGANISATION_KIND:
      caseload_involvement_set_organisation_kind (self, g_value_get_enum (value));
      break;

    case PROP_ENTRY_COUNT:
      caseload_involvement_set_entry_count (self, g_value_get_uint (value));
      break;

    case PROP_LAST_CONTACT:
      caseload_involvement_set_last_contact (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_involvement_class_init (CaseloadInvolvementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_involvement_finalize;
  object_class->get_property = caseload_involvement_get_property;
  object_class->set_property = caseload_involvement_set_property;

  properties[PROP_STAFF_ID] =
    g_param_spec_string ("staff-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STAFF_NAME] =
    g_param_spec_string ("staff-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL,
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

  properties[PROP_ORGANISATION_KIND] =
    g_param_spec_enum ("organisation-kind", NULL, NULL,
                       CASELOAD_TYPE_ORGANISATION_KIND,
                       CASELOAD_ORGANISATION_GP_PRACTICE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ENTRY_COUNT] =
    g_param_spec_uint ("entry-count", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LAST_CONTACT] =
    g_param_spec_string ("last-contact", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_involvement_init (CaseloadInvolvement *self)
{
}

/**
 * caseload_involvement_new:
 *
 * Returns: (transfer full): a new, empty involvement
 */
CaseloadInvolvement *
caseload_involvement_new (void)
{
  return g_object_new (CASELOAD_TYPE_INVOLVEMENT, NULL);
}

/**
 * caseload_involvement_get_staff_id:
 * @self: an involvement
 *
 * Returns: (nullable): the staff member's id
 */
const char *
caseload_involvement_get_staff_id (CaseloadInvolvement *self)
{
  g_return_val_if_fail (CASELOAD_IS_INVOLVEMENT (self), NULL);

  return self->staff_id;
}

void
caseload_involvement_set_staff_id (CaseloadInvolvement *self,
                                   const char          *staff_id)
{
  g_return_if_fail (CASELOAD_IS_INVOLVEMENT (self));

  if (caseload_property_set_string (&self->staff_id, staff_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_ID]);
}

/**
 * caseload_involvement_get_staff_name:
 * @self: an involvement
 *
 * Returns: (nullable): the staff member's name
 */
const char *
caseload_involvement_get_staff_name (CaseloadInvolvement *self)
{
  g_return_val_if_fail (CASELOAD_IS_INVOLVEMENT (self), NULL);

  return self->staff_name;
}

void
caseload_involvement_set_staff_name (CaseloadInvolvement *self,
                                     const char          *staff_name)
{
  g_return_if_fail (CASELOAD_IS_INVOLVEMENT (self));

  if (caseload_property_set_string (&self->staff_name, staff_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_NAME]);
}

/**
 * caseload_involvement_get_role:
 * @self: an involvement
 *
 * Returns: (nullable): the staff member's role
 */
const char *
caseload_involvement_get_role (CaseloadInvolvement *self)
{
  g_return_val_if_fail (CASELOAD_IS_INVOLVEMENT (self), NULL);

  return self->role;
}

void
caseload_involvement_set_role (CaseloadInvolvement *self,
                               const char          *role)
{
  g_return_if_fail (CASELOAD_IS_INVOLVEMENT (self));

  if (caseload_property_set_string (&self->role, role))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

/**
 * caseload_involvement_get_organisation_id:
 * @self: an involvement
 *
 * Returns: (nullable): the id of the staff member's organisation
 */
const char *
caseload_involvement_get_organisation_id (CaseloadInvolvement *self)
{
  g_return_val_if_fail (CASELOAD_IS_INVOLVEMENT (self), NULL);

  return self->organisation_id;
}

void
caseload_involvement_set_organisation_id (CaseloadInvolvement *self,
                                          const char          *organisation_id)
{
  g_return_if_fail (CASELOAD_IS_INVOLVEMENT (self));

  if (caseload_property_set_string (&self->organisation_id, organisation_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANISATION_ID]);
}

/**
 * caseload_involvement_get_organisation_name:
 * @self: an involvement
 *
 * Returns: (nullable): the name of the staff member's organisation
 */
const char *
caseload_involvement_get_organisation_name (CaseloadInvolvement *self)
{
  g_return_val_if_fail (CASELOAD_IS_INVOLVEMENT (self), NULL);

  return self->organisation_name;
}

void
caseload_involvement_set_organisation_name (CaseloadInvolvement *self,
                                            const char          *organisation_name)
{
  g_return_if_fail (CASELOAD_IS_INVOLVEMENT (self));

  if (caseload_property_set_string (&self->organisation_name, organisation_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANISATION_NAME]);
}

/**
 * caseload_involvement_get_organisation_kind:
 * @self: an involvement
 *
 * Returns: the kind of the staff member's organisation
 */
CaseloadOrganisationKind
caseload_involvement_get_organisation_kind (CaseloadInvolvement *self)
{
  g_return_val_if_fail (CASELOAD_IS_INVOLVEMENT (self), CASELOAD_ORGANISATION_GP_PRACTICE);

  return self->organisation_kind;
}

void
caseload_involvement_set_organisation_kind (CaseloadInvolvement      *self,
                                            CaseloadOrganisationKind  kind)
{
  g_return_if_fail (CASELOAD_IS_INVOLVEMENT (self));
  g_return_if_fail ((guint) kind <= CASELOAD_ORGANISATION_TALKING_THERAPIES);

  if (self->organisation_kind == kind)
    return;

  self->organisation_kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANISATION_KIND]);
}

/**
 * caseload_involvement_get_entry_count:
 * @self: an involvement
 *
 * Returns: how many timeline entries the staff member wrote
 */
guint
caseload_involvement_get_entry_count (CaseloadInvolvement *self)
{
  g_return_val_if_fail (CASELOAD_IS_INVOLVEMENT (self), 0);

  return self->entry_count;
}

void
caseload_involvement_set_entry_count (CaseloadInvolvement *self,
                                      guint                entry_count)
{
  g_return_if_fail (CASELOAD_IS_INVOLVEMENT (self));

  if (self->entry_count == entry_count)
    return;

  self->entry_count = entry_count;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTRY_COUNT]);
}

/**
 * caseload_involvement_get_last_contact:
 * @self: an involvement
 *
 * Returns: (nullable): when the staff member last wrote an entry, ISO 8601 UTC
 */
const char *
caseload_involvement_get_last_contact (CaseloadInvolvement *self)
{
  g_return_val_if_fail (CASELOAD_IS_INVOLVEMENT (self), NULL);

  return self->last_contact;
}

void
caseload_involvement_set_last_contact (CaseloadInvolvement *self,
                                       const char          *last_contact)
{
  g_return_if_fail (CASELOAD_IS_INVOLVEMENT (self));

  if (caseload_property_set_string (&self->last_contact, last_contact))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_CONTACT]);
}
