/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include "caseload-plan.h"
#include "caseload-property.h"
#include "caseload-enums.h"

struct _CaseloadPlan
{
  GObject parent_instance;

  GPtrArray *goals;
  char *id;
  char *person_id;
  int version;
  char *saved_at;
  char *author_id;
  char *author_name;
  char *organisation_id;
  char *organisation_name;
  char *what_matters;
  CaseloadCoproductionKind what_matters_by;
  char *strengths_personal;
  char *strengths_people;
  char *strengths_community;
  CaseloadCoproductionKind strengths_by;
  CaseloadCoproductionKind goals_by;
  char *warning_signs;
  char *what_helps;
  char *what_does_not_help;
  char *who_to_contact;
  CaseloadCoproductionKind staying_well_by;
  char *review_on;
  char *copy_given_on;
  CaseloadCopyFormat copy_format;
  char *copy_language;
};

G_DEFINE_FINAL_TYPE (CaseloadPlan, caseload_plan, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PERSON_ID,
  PROP_VERSION,
  PROP_SAVED_AT,
  PROP_AUTHOR_ID,
  PROP_AUTHOR_NAME,
  PROP_ORGANISATION_ID,
  PROP_ORGANISATION_NAME,
  PROP_WHAT_MATTERS,
  PROP_WHAT_MATTERS_BY,
  PROP_STRENGTHS_PERSONAL,
  PROP_STRENGTHS_PEOPLE,
  PROP_STRENGTHS_COMMUNITY,
  PROP_STRENGTHS_BY,
  PROP_GOALS_BY,
  PROP_WARNING_SIGNS,
  PROP_WHAT_HELPS,
  PROP_WHAT_DOES_NOT_HELP,
  PROP_WHO_TO_CONTACT,
  PROP_STAYING_WELL_BY,
  PROP_REVIEW_ON,
  PROP_COPY_GIVEN_ON,
  PROP_COPY_FORMAT,
  PROP_COPY_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
caseload_plan_finalize (GObject *object)
{
  CaseloadPlan *self = CASELOAD_PLAN (object);

  g_clear_pointer (&self->goals, g_ptr_array_unref);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->person_id, g_free);
  g_clear_pointer (&self->saved_at, g_free);
  g_clear_pointer (&self->author_id, g_free);
  g_clear_pointer (&self->author_name, g_free);
  g_clear_pointer (&self->organisation_id, g_free);
  g_clear_pointer (&self->organisation_name, g_free);
  g_clear_pointer (&self->what_matters, g_free);
  g_clear_pointer (&self->strengths_personal, g_free);
  g_clear_pointer (&self->strengths_people, g_free);
  g_clear_pointer (&self->strengths_community, g_free);
  g_clear_pointer (&self->warning_signs, g_free);
  g_clear_pointer (&self->what_helps, g_free);
  g_clear_pointer (&self->what_does_not_help, g_free);
  g_clear_pointer (&self->who_to_contact, g_free);
  g_clear_pointer (&self->review_on, g_free);
  g_clear_pointer (&self->copy_given_on, g_free);
  g_clear_pointer (&self->copy_language, g_free);

  G_OBJECT_CLASS (caseload_plan_parent_class)->finalize (object);
}

static void
caseload_plan_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CaseloadPlan *self = CASELOAD_PLAN (object);

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

    case PROP_WHAT_MATTERS:
      g_value_set_string (value, self->what_matters);
      break;

    case PROP_WHAT_MATTERS_BY:
      g_value_set_enum (value, self->what_matters_by);
      break;

    case PROP_STRENGTHS_PERSONAL:
      g_value_set_string (value, self->strengths_personal);
      break;

    case PROP_STRENGTHS_PEOPLE:
      g_value_set_string (value, self->strengths_people);
      break;

    case PROP_STRENGTHS_COMMUNITY:
      g_value_set_string (value, self->strengths_community);
      break;

    case PROP_STRENGTHS_BY:
      g_value_set_enum (value, self->strengths_by);
      break;

    case PROP_GOALS_BY:
      g_value_set_enum (value, self->goals_by);
      break;

    case PROP_WARNING_SIGNS:
      g_value_set_string (value, self->warning_signs);
      break;

    case PROP_WHAT_HELPS:
      g_value_set_string (value, self->what_helps);
      break;

    case PROP_WHAT_DOES_NOT_HELP:
      g_value_set_string (value, self->what_does_not_help);
      break;

    case PROP_WHO_TO_CONTACT:
      g_value_set_string (value, self->who_to_contact);
      break;

    case PROP_STAYING_WELL_BY:
      g_value_set_enum (value, self->staying_well_by);
      break;

    case PROP_REVIEW_ON:
      g_value_set_string (value, self->review_on);
      break;

    case PROP_COPY_GIVEN_ON:
      g_value_set_string (value, self->copy_given_on);
      break;

    case PROP_COPY_FORMAT:
      g_value_set_enum (value, self->copy_format);
      break;

    case PROP_COPY_LANGUAGE:
      g_value_set_string (value, self->copy_language);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_plan_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CaseloadPlan *self = CASELOAD_PLAN (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_plan_set_id (self, g_value_get_string (value));
      break;

    case PROP_PERSON_ID:
      caseload_plan_set_person_id (self, g_value_get_string (value));
      break;

    case PROP_VERSION:
      caseload_plan_set_version (self, g_value_get_int (value));
      break;

    case PROP_SAVED_AT:
      caseload_plan_set_saved_at (self, g_value_get_string (value));
      break;

    case PROP_AUTHOR_ID:
      caseload_plan_set_author_id (self, g_value_get_string (value));
      break;

    case PROP_AUTHOR_NAME:
      caseload_plan_set_author_name (self, g_value_get_string (value));
      break;

    case PROP_ORGANISATION_ID:
      caseload_plan_set_organisation_id (self, g_value_get_string (value));
      break;

    case PROP_ORGANISATION_NAME:
      caseload_plan_set_organisation_name (self, g_value_get_string (value));
      break;

    case PROP_WHAT_MATTERS:
      caseload_plan_set_what_matters (self, g_value_get_string (value));
      break;

    case PROP_WHAT_MATTERS_BY:
      caseload_plan_set_what_matters_by (self, g_value_get_enum (value));
      break;

    case PROP_STRENGTHS_PERSONAL:
      caseload_plan_set_strengths_personal (self, g_value_get_string (value));
      break;

    case PROP_STRENGTHS_PEOPLE:
      caseload_plan_set_strengths_people (self, g_value_get_string (value));
      break;

    case PROP_STRENGTHS_COMMUNITY:
      caseload_plan_set_strengths_community (self, g_value_get_string (value));
      break;

    case PROP_STRENGTHS_BY:
      caseload_plan_set_strengths_by (self, g_value_get_enum (value));
      break;

    case PROP_GOALS_BY:
      caseload_plan_set_goals_by (self, g_value_get_enum (value));
      break;

    case PROP_WARNING_SIGNS:
      caseload_plan_set_warning_signs (self, g_value_get_string (value));
      break;

    case PROP_WHAT_HELPS:
      caseload_plan_set_what_helps (self, g_value_get_string (value));
      break;

    case PROP_WHAT_DOES_NOT_HELP:
      caseload_plan_set_what_does_not_help (self, g_value_get_string (value));
      break;

    case PROP_WHO_TO_CONTACT:
      caseload_plan_set_who_to_contact (self, g_value_get_string (value));
      break;

    case PROP_STAYING_WELL_BY:
      caseload_plan_set_staying_well_by (self, g_value_get_enum (value));
      break;

    case PROP_REVIEW_ON:
      caseload_plan_set_review_on (self, g_value_get_string (value));
      break;

    case PROP_COPY_GIVEN_ON:
      caseload_plan_set_copy_given_on (self, g_value_get_string (value));
      break;

    case PROP_COPY_FORMAT:
      caseload_plan_set_copy_format (self, g_value_get_enum (value));
      break;

    case PROP_COPY_LANGUAGE:
      caseload_plan_set_copy_language (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_plan_class_init (CaseloadPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_plan_finalize;
  object_class->get_property = caseload_plan_get_property;
  object_class->set_property = caseload_plan_set_property;

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

  properties[PROP_WHAT_MATTERS] =
    g_param_spec_string ("what-matters", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_WHAT_MATTERS_BY] =
    g_param_spec_enum ("what-matters-by", NULL, NULL,
                       CASELOAD_TYPE_COPRODUCTION_KIND,
                       CASELOAD_COPRODUCTION_NOT_RECORDED,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STRENGTHS_PERSONAL] =
    g_param_spec_string ("strengths-personal", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STRENGTHS_PEOPLE] =
    g_param_spec_string ("strengths-people", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STRENGTHS_COMMUNITY] =
    g_param_spec_string ("strengths-community", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STRENGTHS_BY] =
    g_param_spec_enum ("strengths-by", NULL, NULL,
                       CASELOAD_TYPE_COPRODUCTION_KIND,
                       CASELOAD_COPRODUCTION_NOT_RECORDED,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_GOALS_BY] =
    g_param_spec_enum ("goals-by", NULL, NULL,
                       CASELOAD_TYPE_COPRODUCTION_KIND,
                       CASELOAD_COPRODUCTION_NOT_RECORDED,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_WARNING_SIGNS] =
    g_param_spec_string ("warning-signs", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_WHAT_HELPS] =
    g_param_spec_string ("what-helps", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_WHAT_DOES_NOT_HELP] =
    g_param_spec_string ("what-does-not-help", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_WHO_TO_CONTACT] =
    g_param_spec_string ("who-to-contact", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STAYING_WELL_BY] =
    g_param_spec_enum ("staying-well-by", NULL, NULL,
                       CASELOAD_TYPE_COPRODUCTION_KIND,
                       CASELOAD_COPRODUCTION_NOT_RECORDED,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_REVIEW_ON] =
    g_param_spec_string ("review-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_COPY_GIVEN_ON] =
    g_param_spec_string ("copy-given-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_COPY_FORMAT] =
    g_param_spec_enum ("copy-format", NULL, NULL,
                       CASELOAD_TYPE_COPY_FORMAT,
                       CASELOAD_COPY_NOT_GIVEN,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_COPY_LANGUAGE] =
    g_param_spec_string ("copy-language", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_plan_init (CaseloadPlan *self)
{
  self->goals = g_ptr_array_new_with_free_func (g_object_unref);
  self->what_matters_by = CASELOAD_COPRODUCTION_NOT_RECORDED;
  self->strengths_by = CASELOAD_COPRODUCTION_NOT_RECORDED;
  self->goals_by = CASELOAD_COPRODUCTION_NOT_RECORDED;
  self->staying_well_by = CASELOAD_COPRODUCTION_NOT_RECORDED;
  self->copy_format = CASELOAD_COPY_NOT_GIVEN;
}

CaseloadPlan *
caseload_plan_new (void)
{
  return g_object_new (CASELOAD_TYPE_PLAN, NULL);
}

const char *
caseload_plan_get_id (CaseloadPlan *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN (self), NULL);

  return self->id;
}

void
caseload_plan_set_id (CaseloadPlan *self,
                      const char *id)
{
  g_return_if_fail (CASELOAD_IS_PLAN (self));

  if (caseload_property_set_string (&self->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
caseload_plan_get_person_id (CaseloadPlan *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN (self), NULL);

  return self->person_id;
}

void
caseload_plan_set_person_id (CaseloadPlan *self,
                             const char *person_id)
{
  g_return_if_fail (CASELOAD_IS_PLAN (self));

  if (caseload_property_set_string (&self->person_id, person_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
}

int
caseload_plan_get_version (CaseloadPlan *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN (self), 0);

  return self->version;
}

void
caseload_plan_set_version (CaseloadPlan *self,
                           int version)
{
  g_return_if_fail (CASELOAD_IS_PLAN (self));

  if (self->version == version)
    return;

  self->version = version;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
}

const char *
caseload_plan_get_saved_at (CaseloadPlan *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN (self), NULL);

  return self->saved_at;
}

void
caseload_plan_set_saved_at (CaseloadPlan *self,
                            const char *saved_at)
{
  g_return_if_fail (CASELOAD_IS_PLAN (self));

  if (caseload_property_set_string (&self->saved_at, saved_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVED_AT]);
}

const char *
caseload_plan_get_author_id (CaseloadPlan *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN (self), NULL);

  return self->author_id;
}

void
caseload_plan_set_author_id (CaseloadPlan *self,
                             const char *author_id)
{
  g_return_if_fail (CASELOAD_IS_PLAN (self));

  if (caseload_property_set_string (&self->author_id, author_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR_ID]);
}

const char *
caseload_plan_get_author_name (CaseloadPlan *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN (self), NULL);

  return self->author_name;
}

void
caseload_plan_set_author_name (CaseloadPlan *self,
                               const char *author_name)
{
  g_return_if_fail (CASELOAD_IS_PLAN (self));

  if (caseload_property_set_string (&self->author_name, author_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR_NAME]);
}

const char *
caseload_plan_get_organisation_id (CaseloadPlan *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN (self), NULL);

  return self->organisation_id;
}

void
caseload_plan_set_organisation_id (CaseloadPlan *self,
                                   const char *organisation_id)
{
  g_return_if_fail (CASELOAD_IS_PLAN (self));

  if (caseload_property_set_string (&self->organisation_id, organisation_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANISATION_ID]);
}

const char *
caseload_plan_get_organisation_name (CaseloadPlan *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN (self), NULL);

  return self->organisation_name;
}

void
caseload_plan_set_organisation_name (CaseloadPlan *self,
                                     const char *organisation_name)
{
  g_return_if_fail (CASELOAD_IS_PLAN (self));

  if (caseload_property_set_string (&self->organisation_name, organisation_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANISATION_NAME]);
}

const char *
caseload_plan_get_what_matters (CaseloadPlan *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN (self), NULL);

  return self->what_matters;
}

void
caseload_plan_set_what_matters (CaseloadPlan *self,
                                const char *what_matters)
{
  g_return_if_fail (CASELOAD_IS_PLAN (self));

  if (caseload_property_set_string (&self->what_matters, what_matters))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WHAT_MATTERS]);
}

CaseloadCoproductionKind
caseload_plan_get_what_matters_by (CaseloadPlan *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN (self), 0);

  return self->what_matters_by;
}

void
caseload_plan_set_what_matters_by (CaseloadPlan *self,
                                   CaseloadCoproductionKind what_matters_by)
{
  g_return_if_fail (CASELOAD_IS_PLAN (self));

  if (self->what_matters_by == what_matters_by)
    return;

  self->what_matters_by = what_matters_by;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WHAT_MATTERS_BY]);
}

const char *
caseload_plan_get_strengths_personal (CaseloadPlan *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN (self), NULL);

  return self->strengths_personal;
}

void
caseload_plan_set_strengths_personal (CaseloadPlan *self,
                                      const char *strengths_personal)
{
  g_return_if_fail (CASELOAD_IS_PLAN (self));

  if (caseload_property_set_string (&self->strengths_personal, strengths_personal))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STRENGTHS_PERSONAL]);
}

const char *
caseload_plan_get_strengths_people (CaseloadPlan *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN (self), NULL);

  return self->strengths_people;
}

void
caseload_plan_set_strengths_people (CaseloadPlan *self,
                                    const char *strengths_people)
{
  g_return_if_fail (CASELOAD_IS_PLAN (self));

  if (caseload_property_set_string (&self->strengths_people, strengths_people))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STRENGTHS_PEOPLE]);
}

const char *
caseload_plan_get_strengths_community (CaseloadPlan *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN (self), NULL);

  return self->strengths_community;
}

void
caseload_plan_set_strengths_community (CaseloadPlan *self,
                                       const char *strengths_community)
{
  g_return_if_fail (CASELOAD_IS_PLAN (self));

  if (caseload_property_set_string (&self->strengths_community, strengths_community))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STRENGTHS_COMMUNITY]);
}

CaseloadCoproductionKind
caseload_plan_get_strengths_by (CaseloadPlan *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN (self), 0);

  return self->strengths_by;
}

void
caseload_plan_set_strengths_by (CaseloadPlan *self,
                                CaseloadCoproductionKind strengths_by)
{
  g_return_if_fail (CASELOAD_IS_PLAN (self));

  if (self->strengths_by == strengths_by)
    return;

  self->strengths_by = strengths_by;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STRENGTHS_BY]);
}

CaseloadCoproductionKind
caseload_plan_get_goals_by (CaseloadPlan *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN (self), 0);

  return self->goals_by;
}

void
caseload_plan_set_goals_by (CaseloadPlan *self,
                            CaseloadCoproductionKind goals_by)
{
  g_return_if_fail (CASELOAD_IS_PLAN (self));

  if (self->goals_by == goals_by)
    return;

  self->goals_by = goals_by;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GOALS_BY]);
}

const char *
caseload_plan_get_warning_signs (CaseloadPlan *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN (self), NULL);

  return self->warning_signs;
}

void
caseload_plan_set_warning_signs (CaseloadPlan *self,
                                 const char *warning_signs)
{
  g_return_if_fail (CASELOAD_IS_PLAN (self));

  if (caseload_property_set_string (&self->warning_signs, warning_signs))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WARNING_SIGNS]);
}

const char *
caseload_plan_get_what_helps (CaseloadPlan *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN (self), NULL);

  return self->what_helps;
}

void
caseload_plan_set_what_helps (CaseloadPlan *self,
                              const char *what_helps)
{
  g_return_if_fail (CASELOAD_IS_PLAN (self));

  if (caseload_property_set_string (&self->what_helps, what_helps))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WHAT_HELPS]);
}

const char *
caseload_plan_get_what_does_not_help (CaseloadPlan *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN (self), NULL);

  return self->what_does_not_help;
}

void
caseload_plan_set_what_does_not_help (CaseloadPlan *self,
                                      const char *what_does_not_help)
{
  g_return_if_fail (CASELOAD_IS_PLAN (self));

  if (caseload_property_set_string (&self->what_does_not_help, what_does_not_help))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WHAT_DOES_NOT_HELP]);
}

const char *
caseload_plan_get_who_to_contact (CaseloadPlan *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN (self), NULL);

  return self->who_to_contact;
}

void
caseload_plan_set_who_to_contact (CaseloadPlan *self,
                                  const char *who_to_contact)
{
  g_return_if_fail (CASELOAD_IS_PLAN (self));

  if (caseload_property_set_string (&self->who_to_contact, who_to_contact))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WHO_TO_CONTACT]);
}

CaseloadCoproductionKind
caseload_plan_get_staying_well_by (CaseloadPlan *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN (self), 0);

  return self->staying_well_by;
}

void
caseload_plan_set_staying_well_by (CaseloadPlan *self,
                                   CaseloadCoproductionKind staying_well_by)
{
  g_return_if_fail (CASELOAD_IS_PLAN (self));

  if (self->staying_well_by == staying_well_by)
    return;

  self->staying_well_by = staying_well_by;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAYING_WELL_BY]);
}

const char *
caseload_plan_get_review_on (CaseloadPlan *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN (self), NULL);

  return self->review_on;
}

void
caseload_plan_set_review_on (CaseloadPlan *self,
                             const char *review_on)
{
  g_return_if_fail (CASELOAD_IS_PLAN (self));

  if (caseload_property_set_string (&self->review_on, review_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW_ON]);
}

const char *
caseload_plan_get_copy_given_on (CaseloadPlan *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN (self), NULL);

  return self->copy_given_on;
}

void
caseload_plan_set_copy_given_on (CaseloadPlan *self,
                                 const char *copy_given_on)
{
  g_return_if_fail (CASELOAD_IS_PLAN (self));

  if (caseload_property_set_string (&self->copy_given_on, copy_given_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COPY_GIVEN_ON]);
}

CaseloadCopyFormat
caseload_plan_get_copy_format (CaseloadPlan *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN (self), 0);

  return self->copy_format;
}

void
caseload_plan_set_copy_format (CaseloadPlan *self,
                               CaseloadCopyFormat copy_format)
{
  g_return_if_fail (CASELOAD_IS_PLAN (self));

  if (self->copy_format == copy_format)
    return;

  self->copy_format = copy_format;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COPY_FORMAT]);
}

const char *
caseload_plan_get_copy_language (CaseloadPlan *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN (self), NULL);

  return self->copy_language;
}

void
caseload_plan_set_copy_language (CaseloadPlan *self,
                                 const char *copy_language)
{
  g_return_if_fail (CASELOAD_IS_PLAN (self));

  if (caseload_property_set_string (&self->copy_language, copy_language))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COPY_LANGUAGE]);
}

GPtrArray *
caseload_plan_get_goals (CaseloadPlan *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN (self), NULL);

  return self->goals;
}
