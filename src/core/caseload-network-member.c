/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "caseload-enums.h"
#include "caseload-property.h"
#include "caseload-network-member.h"

/* Someone in a person's own network; they need not be users of Caseload. */

struct _CaseloadNetworkMember
{
  GObject parent_instance;

  char                 *id;
  gint64                version;
  char                 *person_id;
  char                 *name;
  CaseloadRelationship  relationship;
  char                 *relationship_detail;
  gboolean              is_carer;
  char                 *phone;
  char                 *email;
  char                 *notes;
};

G_DEFINE_FINAL_TYPE (CaseloadNetworkMember, caseload_network_member, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_VERSION,
  PROP_PERSON_ID,
  PROP_NAME,
  PROP_RELATIONSHIP,
  PROP_RELATIONSHIP_DETAIL,
  PROP_IS_CARER,
  PROP_PHONE,
  PROP_EMAIL,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
caseload_network_member_finalize (GObject *object)
{
  CaseloadNetworkMember *self = CASELOAD_NETWORK_MEMBER (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->person_id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->relationship_detail, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (caseload_network_member_parent_class)->finalize (object);
}

static void
caseload_network_member_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  CaseloadNetworkMember *self = CASELOAD_NETWORK_MEMBER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_VERSION:
      g_value_set_int64 (value, self->version);
      break;

    case PROP_PERSON_ID:
      g_value_set_string (value, self->person_id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_RELATIONSHIP:
      g_value_set_enum (value, self->relationship);
      break;

    case PROP_RELATIONSHIP_DETAIL:
      g_value_set_string (value, self->relationship_detail);
      break;

    case PROP_IS_CARER:
      g_value_set_boolean (value, self->is_carer);
      break;

    case PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;

    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_network_member_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  CaseloadNetworkMember *self = CASELOAD_NETWORK_MEMBER (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_network_member_set_id (self, g_value_get_string (value));
      break;

    case PROP_VERSION:
      caseload_network_member_set_version (self, g_value_get_int64 (value));
      break;

    case PROP_PERSON_ID:
      caseload_network_member_set_person_id (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      caseload_network_member_set_name (self, g_value_get_string (value));
      break;

    case PROP_RELATIONSHIP:
      caseload_network_member_set_relationship (self, g_value_get_enum (value));
      break;

    case PROP_RELATIONSHIP_DETAIL:
      caseload_network_member_set_relationship_detail (self, g_value_get_string (value));
      break;

    case PROP_IS_CARER:
      caseload_network_member_set_is_carer (self, g_value_get_boolean (value));
      break;

    case PROP_PHONE:
      caseload_network_member_set_phone (self, g_value_get_string (value));
      break;

    case PROP_EMAIL:
      caseload_network_member_set_email (self, g_value_get_string (value));
      break;

    case PROP_NOTES:
      caseload_network_member_set_notes (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_network_member_class_init (CaseloadNetworkMemberClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_network_member_finalize;
  object_class->get_property = caseload_network_member_get_property;
  object_class->set_property = caseload_network_member_set_property;

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

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_RELATIONSHIP] =
    g_param_spec_enum ("relationship", NULL, NULL,
                       CASELOAD_TYPE_RELATIONSHIP,
                       CASELOAD_RELATIONSHIP_CARER,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_RELATIONSHIP_DETAIL] =
    g_param_spec_string ("relationship-detail", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_IS_CARER] =
    g_param_spec_boolean ("is-carer", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_network_member_init (CaseloadNetworkMember *self)
{
}

/**
 * caseload_network_member_new:
 *
 * Returns: (transfer full): a new, empty network member
 */
CaseloadNetworkMember *
caseload_network_member_new (void)
{
  return g_object_new (CASELOAD_TYPE_NETWORK_MEMBER, NULL);
}

/**
 * caseload_network_member_get_id:
 * @self: a network member
 *
 * Returns: (nullable): the stored id, or %NULL before the first save
 */
const char *
caseload_network_member_get_id (CaseloadNetworkMember *self)
{
  g_return_val_if_fail (CASELOAD_IS_NETWORK_MEMBER (self), NULL);

  return self->id;
}

void
caseload_network_member_set_id (CaseloadNetworkMember *self,
                                const char            *id)
{
  g_return_if_fail (CASELOAD_IS_NETWORK_MEMBER (self));

  if (caseload_property_set_string (&self->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

/**
 * caseload_network_member_get_version:
 * @self: a network member
 *
 * Returns: the version read from the store; 0 before the first save
 */
gint64
caseload_network_member_get_version (CaseloadNetworkMember *self)
{
  g_return_val_if_fail (CASELOAD_IS_NETWORK_MEMBER (self), 0);

  return self->version;
}

void
caseload_network_member_set_version (CaseloadNetworkMember *self,
                                     gint64                 version)
{
  g_return_if_fail (CASELOAD_IS_NETWORK_MEMBER (self));
  g_return_if_fail (version >= 0);

  if (self->version == version)
    return;

  self->version = version;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
}

/**
 * caseload_network_member_get_person_id:
 * @self: a network member
 *
 * Returns: (nullable): the id of the person whose network this is
 */
const char *
caseload_network_member_get_person_id (CaseloadNetworkMember *self)
{
  g_return_val_if_fail (CASELOAD_IS_NETWORK_MEMBER (self), NULL);

  return self->person_id;
}

void
caseload_network_member_set_person_id (CaseloadNetworkMember *self,
                                       const char            *person_id)
{
  g_return_if_fail (CASELOAD_IS_NETWORK_MEMBER (self));

  if (caseload_property_set_string (&self->person_id, person_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
}

/**
 * caseload_network_member_get_name:
 * @self: a network member
 *
 * Returns: (nullable): the member's name
 */
const char *
caseload_network_member_get_name (CaseloadNetworkMember *self)
{
  g_return_val_if_fail (CASELOAD_IS_NETWORK_MEMBER (self), NULL);

  return self->name;
}

void
caseload_network_member_set_name (CaseloadNetworkMember *self,
                                  const char            *name)
{
  g_return_if_fail (CASELOAD_IS_NETWORK_MEMBER (self));

  if (caseload_property_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

/**
 * caseload_network_member_get_relationship:
 * @self: a network member
 *
 * Returns: how the member is related to the person
 */
CaseloadRelationship
caseload_network_member_get_relationship (CaseloadNetworkMember *self)
{
  g_return_val_if_fail (CASELOAD_IS_NETWORK_MEMBER (self), CASELOAD_RELATIONSHIP_CARER);

  return self->relationship;
}

void
caseload_network_member_set_relationship (CaseloadNetworkMember *self,
                                          CaseloadRelationship   relationship)
{
  g_return_if_fail (CASELOAD_IS_NETWORK_MEMBER (self));
  g_return_if_fail ((guint) relationship <= CASELOAD_RELATIONSHIP_PROFESSIONAL);

  if (self->relationship == relationship)
    return;

  self->relationship = relationship;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RELATIONSHIP]);
}

/**
 * caseload_network_member_get_relationship_detail:
 * @self: a network member
 *
 * Returns: (nullable): the relationship in words ("mother", "neighbour")
 */
const char *
caseload_network_member_get_relationship_detail (CaseloadNetworkMember *self)
{
  g_return_val_if_fail (CASELOAD_IS_NETWORK_MEMBER (self), NULL);

  return self->relationship_detail;
}

void
caseload_network_member_set_relationship_detail (CaseloadNetworkMember *self,
                                                 const char            *detail)
{
  g_return_if_fail (CASELOAD_IS_NETWORK_MEMBER (self));

  if (caseload_property_set_string (&self->relationship_detail, detail))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RELATIONSHIP_DETAIL]);
}

/**
 * caseload_network_member_get_is_carer:
 * @self: a network member
 *
 * Returns: %TRUE if the member cares for the person
 */
gboolean
caseload_network_member_get_is_carer (CaseloadNetworkMember *self)
{
  g_return_val_if_fail (CASELOAD_IS_NETWORK_MEMBER (self), FALSE);

  return self->is_carer;
}

void
caseload_network_member_set_is_carer (CaseloadNetworkMember *self,
                                      gboolean               is_carer)
{
  g_return_if_fail (CASELOAD_IS_NETWORK_MEMBER (self));

  is_carer = !!is_carer;

  if (self->is_carer == is_carer)
    return;

  self->is_carer = is_carer;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IS_CARER]);
}

/**
 * caseload_network_member_get_phone:
 * @self: a network member
 *
 * Returns: (nullable): a phone number
 */
const char *
caseload_network_member_get_phone (CaseloadNetworkMember *self)
{
  g_return_val_if_fail (CASELOAD_IS_NETWORK_MEMBER (self), NULL);

  return self->phone;
}

void
caseload_network_member_set_phone (CaseloadNetworkMember *self,
                                   const char            *phone)
{
  g_return_if_fail (CASELOAD_IS_NETWORK_MEMBER (self));

  if (caseload_property_set_string (&self->phone, phone))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONE]);
}

/**
 * caseload_network_member_get_email:
 * @self: a network member
 *
 * Returns: (nullable): an email address
 */
const char *
caseload_network_member_get_email (CaseloadNetworkMember *self)
{
  g_return_val_if_fail (CASELOAD_IS_NETWORK_MEMBER (self), NULL);

  return self->email;
}

void
caseload_network_member_set_email (CaseloadNetworkMember *self,
                                   const char            *email)
{
  g_return_if_fail (CASELOAD_IS_NETWORK_MEMBER (self));

  if (caseload_property_set_string (&self->email, email))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMAIL]);
}

/**
 * caseload_network_member_get_notes:
 * @self: a network member
 *
 * Returns: (nullable): free notes
 */
const char *
caseload_network_member_get_notes (CaseloadNetworkMember *self)
{
  g_return_val_if_fail (CASELOAD_IS_NETWORK_MEMBER (self), NULL);

  return self->notes;
}

void
caseload_network_member_set_notes (CaseloadNetworkMember *self,
                                   const char            *notes)
{
  g_return_if_fail (CASELOAD_IS_NETWORK_MEMBER (self));

  if (caseload_property_set_string (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}
