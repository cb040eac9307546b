/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include "caseload-plan-version.h"
#include "caseload-property.h"
#include "caseload-enums.h"

struct _CaseloadPlanVersion
{
  GObject parent_instance;

  char *id;
  char *person_id;
  int version;
  char *saved_at;
  char *author_name;
  char *organisation_name;
  char *review_on;
};

G_DEFINE_FINAL_TYPE (CaseloadPlanVersion, caseload_plan_version, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PERSON_ID,
  PROP_VERSION,
  PROP_SAVED_AT,
  PROP_AUTHOR_NAME,
  PROP_ORGANISATION_NAME,
  PROP_REVIEW_ON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
caseload_plan_version_finalize (GObject *object)
{
  CaseloadPlanVersion *self = CASELOAD_PLAN_VERSION (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->person_id, g_free);
  g_clear_pointer (&self->saved_at, g_free);
  g_clear_pointer (&self->author_name, g_free);
  g_clear_pointer (&self->organisation_name, g_free);
  g_clear_pointer (&self->review_on, g_free);

  G_OBJECT_CLASS (caseload_plan_version_parent_class)->finalize (object);
}

static void
caseload_plan_version_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  CaseloadPlanVersion *self = CASELOAD_PLAN_VERSION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_PERSON_ID:
      g_value_set_string (value, self->person_id);
      break;

    case PROP_VERSION:
      g_value_set_int (value, self->version);
      break;

    case PROP_SAVED_AT:
      g_value_set_string (value, self->saved_at);
      break;

    case PROP_AUTHOR_NAME:
      g_value_set_string (value, self->author_name);
      break;

    case PROP_ORGANISATION_NAME:
      g_value_set_string (value, self->organisation_name);
      break;

    case PROP_REVIEW_ON:
      g_value_set_string (value, self->review_on);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_plan_version_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  CaseloadPlanVersion *self = CASELOAD_PLAN_VERSION (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_plan_version_set_id (self, g_value_get_string (value));
      break;

    case PROP_PERSON_ID:
      caseload_plan_version_set_person_id (self, g_value_get_string (value));
      break;

    case PROP_VERSION:
      caseload_plan_version_set_version (self, g_value_get_int (value));
      break;

    case PROP_SAVED_AT:
      caseload_plan_version_set_saved_at (self, g_value_get_string (value));
      break;

    case PROP_AUTHOR_NAME:
      caseload_plan_version_set_author_name (self, g_value_get_string (value));
      break;

    case PROP_ORGANISATION_NAME:
      caseload_plan_version_set_organisation_name (self, g_value_get_string (value));
      break;

    case PROP_REVIEW_ON:
      caseload_plan_version_set_review_on (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_plan_version_class_init (CaseloadPlanVersionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_plan_version_finalize;
  object_class->get_property = caseload_plan_version_get_property;
  object_class->set_property = caseload_plan_version_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PERSON_ID] =
    g_param_spec_string ("person-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_VERSION] =
    g_param_spec_int ("version", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SAVED_AT] =
    g_param_spec_string ("saved-at", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_AUTHOR_NAME] =
    g_param_spec_string ("author-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ORGANISATION_NAME] =
    g_param_spec_string ("organisation-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_REVIEW_ON] =
    g_param_spec_string ("review-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_plan_version_init (CaseloadPlanVersion *self)
{
}

CaseloadPlanVersion *
caseload_plan_version_new (void)
{
  return g_object_new (CASELOAD_TYPE_PLAN_VERSION, NULL);
}

const char *
caseload_plan_version_get_id (CaseloadPlanVersion *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN_VERSION (self), NULL);

  return self->id;
}

void
caseload_plan_version_set_id (CaseloadPlanVersion *self,
                              const char *id)
{
  g_return_if_fail (CASELOAD_IS_PLAN_VERSION (self));

  if (caseload_property_set_string (&self->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
caseload_plan_version_get_person_id (CaseloadPlanVersion *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN_VERSION (self), NULL);

  return self->person_id;
}

void
caseload_plan_version_set_person_id (CaseloadPlanVersion *self,
                                     const char *person_id)
{
  g_return_if_fail (CASELOAD_IS_PLAN_VERSION (self));

  if (caseload_property_set_string (&self->person_id, person_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
}

int
caseload_plan_version_get_version (CaseloadPlanVersion *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN_VERSION (self), 0);

  return self->version;
}

void
caseload_plan_version_set_version (CaseloadPlanVersion *self,
                                   int version)
{
  g_return_if_fail (CASELOAD_IS_PLAN_VERSION (self));

  if (self->version == version)
    return;

  self->version = version;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
}

const char *
caseload_plan_version_get_saved_at (CaseloadPlanVersion *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN_VERSION (self), NULL);

  return self->saved_at;
}

void
caseload_plan_version_set_saved_at (CaseloadPlanVersion *self,
                                    const char *saved_at)
{
  g_return_if_fail (CASELOAD_IS_PLAN_VERSION (self));

  if (caseload_property_set_string (&self->saved_at, saved_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVED_AT]);
}

const char *
caseload_plan_version_get_author_name (CaseloadPlanVersion *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN_VERSION (self), NULL);

  return self->author_name;
}

void
caseload_plan_version_set_author_name (CaseloadPlanVersion *self,
                                       const char *author_name)
{
  g_return_if_fail (CASELOAD_IS_PLAN_VERSION (self));

  if (caseload_property_set_string (&self->author_name, author_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR_NAME]);
}

const char *
caseload_plan_version_get_organisation_name (CaseloadPlanVersion *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN_VERSION (self), NULL);

  return self->organisation_name;
}

void
caseload_plan_version_set_organisation_name (CaseloadPlanVersion *self,
                                             const char *organisation_name)
{
  g_return_if_fail (CASELOAD_IS_PLAN_VERSION (self));

  if (caseload_property_set_string (&self->organisation_name, organisation_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANISATION_NAME]);
}

const char *
caseload_plan_version_get_review_on (CaseloadPlanVersion *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN_VERSION (self), NULL);

  return self->review_on;
}

void
caseload_plan_version_set_review_on (CaseloadPlanVersion *self,
                                     const char *review_on)
{
  g_return_if_fail (CASELOAD_IS_PLAN_VERSION (self));

  if (caseload_property_set_string (&self->review_on, review_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW_ON]);
}
