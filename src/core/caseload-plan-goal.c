/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include "caseload-plan-goal.h"
#include "caseload-property.h"
#include "caseload-enums.h"

struct _CaseloadPlanGoal
{
  GObject parent_instance;

  GPtrArray *actions;
  char *id;
  char *words;
  CaseloadLifeArea life_area;
  char *target_on;
  CaseloadGoalProgress progress;
};

G_DEFINE_FINAL_TYPE (CaseloadPlanGoal, caseload_plan_goal, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_WORDS,
  PROP_LIFE_AREA,
  PROP_TARGET_ON,
  PROP_PROGRESS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
caseload_plan_goal_finalize (GObject *object)
{
  CaseloadPlanGoal *self = CASELOAD_PLAN_GOAL (object);

  g_clear_pointer (&self->actions, g_ptr_array_unref);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->words, g_free);
  g_clear_pointer (&self->target_on, g_free);

  G_OBJECT_CLASS (caseload_plan_goal_parent_class)->finalize (object);
}

static void
caseload_plan_goal_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CaseloadPlanGoal *self = CASELOAD_PLAN_GOAL (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_WORDS:
      g_value_set_string (value, self->words);
      break;

    case PROP_LIFE_AREA:
      g_value_set_enum (value, self->life_area);
      break;

    case PROP_TARGET_ON:
      g_value_set_string (value, self->target_on);
      break;

    case PROP_PROGRESS:
      g_value_set_enum (value, self->progress);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_plan_goal_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  CaseloadPlanGoal *self = CASELOAD_PLAN_GOAL (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_plan_goal_set_id (self, g_value_get_string (value));
      break;

    case PROP_WORDS:
      caseload_plan_goal_set_words (self, g_value_get_string (value));
      break;

    case PROP_LIFE_AREA:
      caseload_plan_goal_set_life_area (self, g_value_get_enum (value));
      break;

    case PROP_TARGET_ON:
      caseload_plan_goal_set_target_on (self, g_value_get_string (value));
      break;

    case PROP_PROGRESS:
      caseload_plan_goal_set_progress (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_plan_goal_class_init (CaseloadPlanGoalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_plan_goal_finalize;
  object_class->get_property = caseload_plan_goal_get_property;
  object_class->set_property = caseload_plan_goal_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_WORDS] =
    g_param_spec_string ("words", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LIFE_AREA] =
    g_param_spec_enum ("life-area", NULL, NULL,
                       CASELOAD_TYPE_LIFE_AREA,
                       CASELOAD_LIFE_AREA_MENTAL_HEALTH,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TARGET_ON] =
    g_param_spec_string ("target-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PROGRESS] =
    g_param_spec_enum ("progress", NULL, NULL,
                       CASELOAD_TYPE_GOAL_PROGRESS,
                       CASELOAD_GOAL_NOT_STARTED,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_plan_goal_init (CaseloadPlanGoal *self)
{
  self->actions = g_ptr_array_new_with_free_func (g_object_unref);
  self->id = g_uuid_string_random ();
  self->life_area = CASELOAD_LIFE_AREA_MENTAL_HEALTH;
  self->progress = CASELOAD_GOAL_NOT_STARTED;
}

CaseloadPlanGoal *
caseload_plan_goal_new (void)
{
  return g_object_new (CASELOAD_TYPE_PLAN_GOAL, NULL);
}

const char *
caseload_plan_goal_get_id (CaseloadPlanGoal *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN_GOAL (self), NULL);

  return self->id;
}

void
caseload_plan_goal_set_id (CaseloadPlanGoal *self,
                           const char *id)
{
  g_return_if_fail (CASELOAD_IS_PLAN_GOAL (self));

  if (caseload_property_set_string (&self->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
caseload_plan_goal_get_words (CaseloadPlanGoal *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN_GOAL (self), NULL);

  return self->words;
}

void
caseload_plan_goal_set_words (CaseloadPlanGoal *self,
                              const char *words)
{
  g_return_if_fail (CASELOAD_IS_PLAN_GOAL (self));

  if (caseload_property_set_string (&self->words, words))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORDS]);
}

CaseloadLifeArea
caseload_plan_goal_get_life_area (CaseloadPlanGoal *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN_GOAL (self), 0);

  return self->life_area;
}

void
caseload_plan_goal_set_life_area (CaseloadPlanGoal *self,
                                  CaseloadLifeArea life_area)
{
  g_return_if_fail (CASELOAD_IS_PLAN_GOAL (self));

  if (self->life_area == life_area)
    return;

  self->life_area = life_area;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIFE_AREA]);
}

const char *
caseload_plan_goal_get_target_on (CaseloadPlanGoal *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN_GOAL (self), NULL);

  return self->target_on;
}

void
caseload_plan_goal_set_target_on (CaseloadPlanGoal *self,
                                  const char *target_on)
{
  g_return_if_fail (CASELOAD_IS_PLAN_GOAL (self));

  if (caseload_property_set_string (&self->target_on, target_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET_ON]);
}

CaseloadGoalProgress
caseload_plan_goal_get_progress (CaseloadPlanGoal *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN_GOAL (self), 0);

  return self->progress;
}

void
caseload_plan_goal_set_progress (CaseloadPlanGoal *self,
                                 CaseloadGoalProgress progress)
{
  g_return_if_fail (CASELOAD_IS_PLAN_GOAL (self));

  if (self->progress == progress)
    return;

  self->progress = progress;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
}

GPtrArray *
caseload_plan_goal_get_actions (CaseloadPlanGoal *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN_GOAL (self), NULL);

  return self->actions;
}
