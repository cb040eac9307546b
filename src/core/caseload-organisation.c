/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "caseload-enums.h"
#include "caseload-property.h"
#include "caseload-organisation.h"

/* An organisation in the team: a GP practice, the trust, the council, a charity. */

struct _CaseloadOrganisation
{
  GObject parent_instance;

  char                     *id;
  gint64                    version;
  char                     *name;
  CaseloadOrganisationKind  kind;
  char                     *pcn;
};

G_DEFINE_FINAL_TYPE (CaseloadOrganisation, caseload_organisation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_VERSION,
  PROP_NAME,
  PROP_KIND,
  PROP_PCN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
caseload_organisation_finalize (GObject *object)
{
  CaseloadOrganisation *self = CASELOAD_ORGANISATION (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->pcn, g_free);

  G_OBJECT_CLASS (caseload_organisation_parent_class)->finalize (object);
}

static void
caseload_organisation_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  CaseloadOrganisation *self = CASELOAD_ORGANISATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_VERSION:
      g_value_set_int64 (value, self->version);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_PCN:
      g_value_set_string (value, self->pcn);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_organisation_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  CaseloadOrganisation *self = CASELOAD_ORGANISATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_organisation_set_id (self, g_value_get_string (value));
      break;

    case PROP_VERSION:
      caseload_organisation_set_version (self, g_value_get_int64 (value));
      break;

    case PROP_NAME:
      caseload_organisation_set_name (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      caseload_organisation_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_PCN:
      caseload_organisation_set_pcn (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_organisation_class_init (CaseloadOrganisationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_organisation_finalize;
  object_class->get_property = caseload_organisation_get_property;
  object_class->set_property = caseload_organisation_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_VERSION] =
    g_param_spec_int64 ("version", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       CASELOAD_TYPE_ORGANISATION_KIND,
                       CASELOAD_ORGANISATION_GP_PRACTICE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PCN] =
    g_param_spec_string ("pcn", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_organisation_init (CaseloadOrganisation *self)
{
}

/**
 * caseload_organisation_new:
 *
 * Returns: (transfer full): a new, empty organisation
 */
CaseloadOrganisation *
caseload_organisation_new (void)
{
  return g_object_new (CASELOAD_TYPE_ORGANISATION, NULL);
}

/**
 * caseload_organisation_get_id:
 * @self: an organisation
 *
 * Returns: (nullable): the stored id, or %NULL before the first save
 */
const char *
caseload_organisation_get_id (CaseloadOrganisation *self)
{
  g_return_val_if_fail (CASELOAD_IS_ORGANISATION (self), NULL);

  return self->id;
}

void
caseload_organisation_set_id (CaseloadOrganisation *self,
                              const char           *id)
{
  g_return_if_fail (CASELOAD_IS_ORGANISATION (self));

  if (caseload_property_set_string (&self->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

/**
 * caseload_organisation_get_version:
 * @self: an organisation
 *
 * Returns: the version read from the store; 0 before the first save
 */
gint64
caseload_organisation_get_version (CaseloadOrganisation *self)
{
  g_return_val_if_fail (CASELOAD_IS_ORGANISATION (self), 0);

  return self->version;
}

void
caseload_organisation_set_version (CaseloadOrganisation *self,
                                   gint64                version)
{
  g_return_if_fail (CASELOAD_IS_ORGANISATION (self));
  g_return_if_fail (version >= 0);

  if (self->version == version)
    return;

  self->version = version;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
}

/**
 * caseload_organisation_get_name:
 * @self: an organisation
 *
 * Returns: (nullable): the organisation's name
 */
const char *
caseload_organisation_get_name (CaseloadOrganisation *self)
{
  g_return_val_if_fail (CASELOAD_IS_ORGANISATION (self), NULL);

  return self->name;
}

void
caseload_organisation_set_name (CaseloadOrganisation *self,
                                const char           *name)
{
  g_return_if_fail (CASELOAD_IS_ORGANISATION (self));

  if (caseload_property_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

/**
 * caseload_organisation_get_kind:
 * @self: an organisation
 *
 * Returns: what sort of organisation this is
 */
CaseloadOrganisationKind
caseload_organisation_get_kind (CaseloadOrganisation *self)
{
  g_return_val_if_fail (CASELOAD_IS_ORGANISATION (self), CASELOAD_ORGANISATION_GP_PRACTICE);

  return self->kind;
}

void
caseload_organisation_set_kind (CaseloadOrganisation     *self,
                                CaseloadOrganisationKind  kind)
{
  g_return_if_fail (CASELOAD_IS_ORGANISATION (self));
  g_return_if_fail ((guint) kind <= CASELOAD_ORGANISATION_TALKING_THERAPIES);

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

/**
 * caseload_organisation_get_pcn:
 * @self: an organisation
 *
 * Returns: (nullable): the Primary Care Network of a GP practice; %NULL for others
 */
const char *
caseload_organisation_get_pcn (CaseloadOrganisation *self)
{
  g_return_val_if_fail (CASELOAD_IS_ORGANISATION (self), NULL);

  return self->pcn;
}

void
caseload_organisation_set_pcn (CaseloadOrganisation *self,
                               const char           *pcn)
{
  g_return_if_fail (CASELOAD_IS_ORGANISATION (self));

  if (caseload_property_set_string (&self->pcn, pcn))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PCN]);
}
