/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include "caseload-review.h"
#include "caseload-property.h"
#include "caseload-enums.h"

struct _CaseloadReview
{
  GObject parent_instance;

  char *id;
  char *person_id;
  char *reviewed_on;
  char *person_said;
  char *goal_progress;
  char *measure_changes;
  int plan_version;
  char *next_review_on;
  char *reviewed_by;
  char *reviewed_by_name;
  char *organisation_name;
  char *created_at;
};

G_DEFINE_FINAL_TYPE (CaseloadReview, caseload_review, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PERSON_ID,
  PROP_REVIEWED_ON,
  PROP_PERSON_SAID,
  PROP_GOAL_PROGRESS,
  PROP_MEASURE_CHANGES,
  PROP_PLAN_VERSION,
  PROP_NEXT_REVIEW_ON,
  PROP_REVIEWED_BY,
  PROP_REVIEWED_BY_NAME,
  PROP_ORGANISATION_NAME,
  PROP_CREATED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
caseload_review_finalize (GObject *object)
{
  CaseloadReview *self = CASELOAD_REVIEW (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->person_id, g_free);
  g_clear_pointer (&self->reviewed_on, g_free);
  g_clear_pointer (&self->person_said, g_free);
  g_clear_pointer (&self->goal_progress, g_free);
  g_clear_pointer (&self->measure_changes, g_free);
  g_clear_pointer (&self->next_review_on, g_free);
  g_clear_pointer (&self->reviewed_by, g_free);
  g_clear_pointer (&self->reviewed_by_name, g_free);
  g_clear_pointer (&self->organisation_name, g_free);
  g_clear_pointer (&self->created_at, g_free);

  G_OBJECT_CLASS (caseload_review_parent_class)->finalize (object);
}

static void
caseload_review_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CaseloadReview *self = CASELOAD_REVIEW (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_PERSON_ID:
      g_value_set_string (value, self->person_id);
      break;

    case PROP_REVIEWED_ON:
      g_value_set_string (value, self->reviewed_on);
      break;

    case PROP_PERSON_SAID:
      g_value_set_string (value, self->person_said);
      break;

    case PROP_GOAL_PROGRESS:
      g_value_set_string (value, self->goal_progress);
      break;

    case PROP_MEASURE_CHANGES:
      g_value_set_string (value, self->measure_changes);
      break;

    case PROP_PLAN_VERSION:
      g_value_set_int (value, self->plan_version);
      break;

    case PROP_NEXT_REVIEW_ON:
      g_value_set_string (value, self->next_review_on);
      break;

    case PROP_REVIEWED_BY:
      g_value_set_string (value, self->reviewed_by);
      break;

    case PROP_REVIEWED_BY_NAME:
      g_value_set_string (value, self->reviewed_by_name);
      break;

    case PROP_ORGANISATION_NAME:
      g_value_set_string (value, self->organisation_name);
      break;

    case PROP_CREATED_AT:
      g_value_set_string (value, self->created_at);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_review_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CaseloadReview *self = CASELOAD_REVIEW (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_review_set_id (self, g_value_get_string (value));
      break;

    case PROP_PERSON_ID:
      caseload_review_set_person_id (self, g_value_get_string (value));
      break;

    case PROP_REVIEWED_ON:
      caseload_review_set_reviewed_on (self, g_value_get_string (value));
      break;

    case PROP_PERSON_SAID:
      caseload_review_set_person_said (self, g_value_get_string (value));
      break;

    case PROP_GOAL_PROGRESS:
      caseload_review_set_goal_progress (self, g_value_get_string (value));
      break;

    case PROP_MEASURE_CHANGES:
      caseload_review_set_measure_changes (self, g_value_get_string (value));
      break;

    case PROP_PLAN_VERSION:
      caseload_review_set_plan_version (self, g_value_get_int (value));
      break;

    case PROP_NEXT_REVIEW_ON:
      caseload_review_set_next_review_on (self, g_value_get_string (value));
      break;

    case PROP_REVIEWED_BY:
      caseload_review_set_reviewed_by (self, g_value_get_string (value));
      break;

    case PROP_REVIEWED_BY_NAME:
      caseload_review_set_reviewed_by_name (self, g_value_get_string (value));
      break;

    case PROP_ORGANISATION_NAME:
      caseload_review_set_organisation_name (self, g_value_get_string (value));
      break;

    case PROP_CREATED_AT:
      caseload_review_set_created_at (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_review_class_init (CaseloadReviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_review_finalize;
  object_class->get_property = caseload_review_get_property;
  object_class->set_property = caseload_review_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PERSON_ID] =
    g_param_spec_string ("person-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_REVIEWED_ON] =
    g_param_spec_string ("reviewed-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PERSON_SAID] =
    g_param_spec_string ("person-said", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_GOAL_PROGRESS] =
    g_param_spec_string ("goal-progress", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MEASURE_CHANGES] =
    g_param_spec_string ("measure-changes", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PLAN_VERSION] =
    g_param_spec_int ("plan-version", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NEXT_REVIEW_ON] =
    g_param_spec_string ("next-review-on", NULL, NULL,
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

  properties[PROP_ORGANISATION_NAME] =
    g_param_spec_string ("organisation-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CREATED_AT] =
    g_param_spec_string ("created-at", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_review_init (CaseloadReview *self)
{
}

CaseloadReview *
caseload_review_new (void)
{
  return g_object_new (CASELOAD_TYPE_REVIEW, NULL);
}

const char *
caseload_review_get_id (CaseloadReview *self)
{
  g_return_val_if_fail (CASELOAD_IS_REVIEW (self), NULL);

  return self->id;
}

void
caseload_review_set_id (CaseloadReview *self,
                        const char *id)
{
  g_return_if_fail (CASELOAD_IS_REVIEW (self));

  if (caseload_property_set_string (&self->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
caseload_review_get_person_id (CaseloadReview *self)
{
  g_return_val_if_fail (CASELOAD_IS_REVIEW (self), NULL);

  return self->person_id;
}

void
caseload_review_set_person_id (CaseloadReview *self,
                               const char *person_id)
{
  g_return_if_fail (CASELOAD_IS_REVIEW (self));

  if (caseload_property_set_string (&self->person_id, person_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
}

const char *
caseload_review_get_reviewed_on (CaseloadReview *self)
{
  g_return_val_if_fail (CASELOAD_IS_REVIEW (self), NULL);

  return self->reviewed_on;
}

void
caseload_review_set_reviewed_on (CaseloadReview *self,
                                 const char *reviewed_on)
{
  g_return_if_fail (CASELOAD_IS_REVIEW (self));

  if (caseload_property_set_string (&self->reviewed_on, reviewed_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEWED_ON]);
}

const char *
caseload_review_get_person_said (CaseloadReview *self)
{
  g_return_val_if_fail (CASELOAD_IS_REVIEW (self), NULL);

  return self->person_said;
}

void
caseload_review_set_person_said (CaseloadReview *self,
                                 const char *person_said)
{
  g_return_if_fail (CASELOAD_IS_REVIEW (self));

  if (caseload_property_set_string (&self->person_said, person_said))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_SAID]);
}

const char *
caseload_review_get_goal_progress (CaseloadReview *self)
{
  g_return_val_if_fail (CASELOAD_IS_REVIEW (self), NULL);

  return self->goal_progress;
}

void
caseload_review_set_goal_progress (CaseloadReview *self,
                                   const char *goal_progress)
{
  g_return_if_fail (CASELOAD_IS_REVIEW (self));

  if (caseload_property_set_string (&self->goal_progress, goal_progress))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GOAL_PROGRESS]);
}

const char *
caseload_review_get_measure_changes (CaseloadReview *self)
{
  g_return_val_if_fail (CASELOAD_IS_REVIEW (self), NULL);

  return self->measure_changes;
}

void
caseload_review_set_measure_changes (CaseloadReview *self,
                                     const char *measure_changes)
{
  g_return_if_fail (CASELOAD_IS_REVIEW (self));

  if (caseload_property_set_string (&self->measure_changes, measure_changes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEASURE_CHANGES]);
}

int
caseload_review_get_plan_version (CaseloadReview *self)
{
  g_return_val_if_fail (CASELOAD_IS_REVIEW (self), 0);

  return self->plan_version;
}

void
caseload_review_set_plan_version (CaseloadReview *self,
                                  int plan_version)
{
  g_return_if_fail (CASELOAD_IS_REVIEW (self));

  if (self->plan_version == plan_version)
    return;

  self->plan_version = plan_version;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN_VERSION]);
}

const char *
caseload_review_get_next_review_on (CaseloadReview *self)
{
  g_return_val_if_fail (CASELOAD_IS_REVIEW (self), NULL);

  return self->next_review_on;
}

void
caseload_review_set_next_review_on (CaseloadReview *self,
                                    const char *next_review_on)
{
  g_return_if_fail (CASELOAD_IS_REVIEW (self));

  if (caseload_property_set_string (&self->next_review_on, next_review_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEXT_REVIEW_ON]);
}

const char *
caseload_review_get_reviewed_by (CaseloadReview *self)
{
  g_return_val_if_fail (CASELOAD_IS_REVIEW (self), NULL);

  return self->reviewed_by;
}

void
caseload_review_set_reviewed_by (CaseloadReview *self,
                                 const char *reviewed_by)
{
  g_return_if_fail (CASELOAD_IS_REVIEW (self));

  if (caseload_property_set_string (&self->reviewed_by, reviewed_by))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEWED_BY]);
}

const char *
caseload_review_get_reviewed_by_name (CaseloadReview *self)
{
  g_return_val_if_fail (CASELOAD_IS_REVIEW (self), NULL);

  return self->reviewed_by_name;
}

void
caseload_review_set_reviewed_by_name (CaseloadReview *self,
                                      const char *reviewed_by_name)
{
  g_return_if_fail (CASELOAD_IS_REVIEW (self));

  if (caseload_property_set_string (&self->reviewed_by_name, reviewed_by_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEWED_BY_NAME]);
}

const char *
caseload_review_get_organisation_name (CaseloadReview *self)
{
  g_return_val_if_fail (CASELOAD_IS_REVIEW (self), NULL);

  return self->organisation_name;
}

void
caseload_review_set_organisation_name (CaseloadReview *self,
                                       const char *organisation_name)
{
  g_return_if_fail (CASELOAD_IS_REVIEW (self));

  if (caseload_property_set_string (&self->organisation_name, organisation_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANISATION_NAME]);
}

const char *
caseload_review_get_created_at (CaseloadReview *self)
{
  g_return_val_if_fail (CASELOAD_IS_REVIEW (self), NULL);

  return self->created_at;
}

void
caseload_review_set_created_at (CaseloadReview *self,
                                const char *created_at)
{
  g_return_if_fail (CASELOAD_IS_REVIEW (self));

  if (caseload_property_set_string (&self->created_at, created_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
}
