/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "caseload-error.h"
#include "caseload-plan.h"
#include "caseload-plan-action.h"
#include "caseload-plan-goal.h"
#include "caseload-plan-private.h"

/*
 * A plan's content as text, one per saved version: a GVariant dictionary printed as
 * text (readable in the audit trail and by hand), with enumerations as their stored
 * codes. Unknown keys are ignored, so a newer plan reads in an older build without loss
 * of what it knows.
 */

#define PLAN_TEXT_FORMAT 1

#define ENUM_FUNCS(name) \
  (const char *(*) (int)) caseload_##name##_to_code, \
  (gboolean (*) (const char *, int *)) caseload_##name##_from_code, \
  (const char *(*) (int)) caseload_##name##_label

#define TEXT(prop, section, label)  { prop, CASELOAD_PLAN_FIELD_TEXT, prop, section, label, NULL, NULL, NULL }
#define NAME(prop, section, label)  { prop, CASELOAD_PLAN_FIELD_NAME, prop, section, label, NULL, NULL, NULL }
#define DATE(prop, section, label)  { prop, CASELOAD_PLAN_FIELD_DATE, prop, section, label, NULL, NULL, NULL }
#define ENUM(prop, section, label, name) \
  { prop, CASELOAD_PLAN_FIELD_ENUM, prop, section, label, ENUM_FUNCS (name) }

static const CaseloadPlanField plan_fields[] = {
  TEXT ("what-matters", N_("What matters to me"), N_("What matters to me")),
  ENUM ("what-matters-by", N_("What matters to me"), N_("Who wrote it"), coproduction_kind),
  TEXT ("strengths-personal", N_("My strengths"), N_("My own strengths")),
  TEXT ("strengths-people", N_("My strengths"), N_("People around me")),
  TEXT ("strengths-community", N_("My strengths"), N_("Groups and community")),
  ENUM ("strengths-by", N_("My strengths"), N_("Who wrote it"), coproduction_kind),
  ENUM ("goals-by", N_("My goals"), N_("Who wrote it"), coproduction_kind),
  TEXT ("warning-signs", N_("Staying well and crisis"), N_("Warning signs")),
  TEXT ("what-helps", N_("Staying well and crisis"), N_("What helps")),
  TEXT ("what-does-not-help", N_("Staying well and crisis"), N_("What does not help")),
  TEXT ("who-to-contact", N_("Staying well and crisis"), N_("Who to contact")),
  ENUM ("staying-well-by", N_("Staying well and crisis"), N_("Who wrote it"), coproduction_kind),
  DATE ("review-on", N_("Review"), N_("Review date")),
  DATE ("copy-given-on", N_("The person’s copy"), N_("Copy given on")),
  ENUM ("copy-format", N_("The person’s copy"), N_("How it was given"), copy_format),
  NAME ("copy-language", N_("The person’s copy"), N_("Language")),
};

static const CaseloadPlanField goal_fields[] = {
  { "id", CASELOAD_PLAN_FIELD_ID, NULL, NULL, NULL, NULL, NULL, NULL },
  TEXT ("words", NULL, N_("In their words")),
  ENUM ("life-area", NULL, N_("Life area"), life_area),
  DATE ("target-on", NULL, N_("Target date")),
  ENUM ("progress", NULL, N_("Progress"), goal_progress),
};

static const CaseloadPlanField action_fields[] = {
  { "id", CASELOAD_PLAN_FIELD_ID, NULL, NULL, NULL, NULL, NULL, NULL },
  TEXT ("words", NULL, N_("What will be done")),
  { "owner-kind", CASELOAD_PLAN_FIELD_ENUM, "owner", NULL, N_("Who does it"), ENUM_FUNCS (action_owner_kind) },
  { "owner-name", CASELOAD_PLAN_FIELD_NAME, NULL, NULL, NULL, NULL, NULL, NULL },
  { "owner-staff-id", CASELOAD_PLAN_FIELD_NAME, NULL, NULL, NULL, NULL, NULL, NULL },
  { "owner-organisation-id", CASELOAD_PLAN_FIELD_NAME, NULL, NULL, NULL, NULL, NULL, NULL },
  DATE ("due-on", NULL, N_("Due date")),
  { "done", CASELOAD_PLAN_FIELD_BOOL, "done", NULL, N_("Done"), NULL, NULL, NULL },
};

const CaseloadPlanField *
caseload_plan_fields (CaseloadPlanPart  part,
                      guint            *n_fields)
{
  switch (part)
    {
    case CASELOAD_PLAN_PART_PLAN:
      *n_fields = G_N_ELEMENTS (plan_fields);
      return plan_fields;

    case CASELOAD_PLAN_PART_GOAL:
      *n_fields = G_N_ELEMENTS (goal_fields);
      return goal_fields;

    case CASELOAD_PLAN_PART_ACTION:
      *n_fields = G_N_ELEMENTS (action_fields);
      return action_fields;

    default:
      g_assert_not_reached ();
    }
}

static void
add_fields (GVariantDict     *dict,
            GObject          *object,
            CaseloadPlanPart  part)
{
  guint n_fields;
  const CaseloadPlanField *fields = caseload_plan_fields (part, &n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      const CaseloadPlanField *field = &fields[i];

      if (field->kind == CASELOAD_PLAN_FIELD_ENUM)
        {
          int value;

          g_object_get (object, field->property, &value, NULL);
          g_variant_dict_insert (dict, field->property, "s", field->to_code (value));
        }
      else if (field->kind == CASELOAD_PLAN_FIELD_BOOL)
        {
          gboolean value;

          g_object_get (object, field->property, &value, NULL);
          g_variant_dict_insert (dict, field->property, "b", value);
        }
      else
        {
          g_autofree char *value = NULL;

          g_object_get (object, field->property, &value, NULL);
          if (value != NULL)
            g_variant_dict_insert (dict, field->property, "s", value);
        }
    }
}

static gboolean
read_fields (GVariantDict      *dict,
             GObject           *object,
             CaseloadPlanPart   part,
             GError           **error)
{
  guint n_fields;
  const CaseloadPlanField *fields = caseload_plan_fields (part, &n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      const CaseloadPlanField *field = &fields[i];
      const char *value = NULL;
      gboolean flag;
      int number;

      if (field->kind == CASELOAD_PLAN_FIELD_BOOL)
        {
          if (g_variant_dict_lookup (dict, field->property, "b", &flag))
            g_object_set (object, field->property, flag, NULL);
          continue;
        }

      if (!g_variant_dict_lookup (dict, field->property, "&s", &value))
        continue;

      if (field->kind != CASELOAD_PLAN_FIELD_ENUM)
        {
          g_object_set (object, field->property, value, NULL);
          continue;
        }

      if (!field->from_code (value, &number))
        {
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_STORAGE,
                       _("A saved plan has an unknown value “%s” for “%s”."), value, field->property);
          return FALSE;
        }

      g_object_set (object, field->property, number, NULL);
    }

  return TRUE;
}

char *
caseload_plan_to_text (CaseloadPlan *self)
{
  g_auto(GVariantDict) dict = G_VARIANT_DICT_INIT (NULL);
  g_auto(GVariantBuilder) goals = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("aa{sv}"));
  g_autoptr(GVariant) variant = NULL;
  GPtrArray *plan_goals;

  g_return_val_if_fail (CASELOAD_IS_PLAN (self), NULL);

  g_variant_dict_insert (&dict, "format", "i", PLAN_TEXT_FORMAT);
  add_fields (&dict, G_OBJECT (self), CASELOAD_PLAN_PART_PLAN);

  plan_goals = caseload_plan_get_goals (self);
  for (guint i = 0; i < plan_goals->len; i++)
    {
      CaseloadPlanGoal *goal = g_ptr_array_index (plan_goals, i);
      GPtrArray *goal_actions = caseload_plan_goal_get_actions (goal);
      g_auto(GVariantDict) goal_dict = G_VARIANT_DICT_INIT (NULL);
      g_auto(GVariantBuilder) actions = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("aa{sv}"));

      add_fields (&goal_dict, G_OBJECT (goal), CASELOAD_PLAN_PART_GOAL);

      for (guint j = 0; j < goal_actions->len; j++)
        {
          CaseloadPlanAction *action = g_ptr_array_index (goal_actions, j);
          g_auto(GVariantDict) action_dict = G_VARIANT_DICT_INIT (NULL);

          add_fields (&action_dict, G_OBJECT (action), CASELOAD_PLAN_PART_ACTION);
          g_variant_builder_add_value (&actions, g_variant_dict_end (&action_dict));
        }

      g_variant_dict_insert_value (&goal_dict, "actions", g_variant_builder_end (&actions));
      g_variant_builder_add_value (&goals, g_variant_dict_end (&goal_dict));
    }

  g_variant_dict_insert_value (&dict, "goals", g_variant_builder_end (&goals));
  variant = g_variant_ref_sink (g_variant_dict_end (&dict));

  return g_variant_print (variant, FALSE);
}

gboolean
caseload_plan_set_from_text (CaseloadPlan  *self,
                             const char    *text,
                             GError       **error)
{
  g_autoptr(GVariant) variant = NULL;
  g_autoptr(GVariant) goals = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GVariantDict) dict = NULL;
  g_autoptr(GPtrArray) new_goals = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *plan_goals;
  GVariantIter iter;
  GVariant *goal_variant;

  g_return_val_if_fail (CASELOAD_IS_PLAN (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  variant = g_variant_parse (G_VARIANT_TYPE_VARDICT, text, NULL, NULL, &local_error);
  if (variant == NULL)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_STORAGE,
                   _("A saved plan could not be read: %s"), local_error->message);
      return FALSE;
    }

  dict = g_variant_dict_new (variant);
  if (!read_fields (dict, G_OBJECT (self), CASELOAD_PLAN_PART_PLAN, error))
    return FALSE;

  goals = g_variant_dict_lookup_value (dict, "goals", G_VARIANT_TYPE ("aa{sv}"));
  if (goals != NULL)
    {
      g_variant_iter_init (&iter, goals);
      while ((goal_variant = g_variant_iter_next_value (&iter)) != NULL)
        {
          g_autoptr(GVariant) owned_goal = goal_variant;
          g_autoptr(GVariant) actions = NULL;
          g_autoptr(CaseloadPlanGoal) goal = caseload_plan_goal_new ();
          g_auto(GVariantDict) goal_dict = G_VARIANT_DICT_INIT (owned_goal);

          if (!read_fields (&goal_dict, G_OBJECT (goal), CASELOAD_PLAN_PART_GOAL, error))
            return FALSE;

          actions = g_variant_dict_lookup_value (&goal_dict, "actions", G_VARIANT_TYPE ("aa{sv}"));
          if (actions != NULL)
            {
              GVariantIter action_iter;
              GVariant *action_variant;

              g_variant_iter_init (&action_iter, actions);
              while ((action_variant = g_variant_iter_next_value (&action_iter)) != NULL)
                {
                  g_autoptr(GVariant) owned_action = action_variant;
                  g_autoptr(CaseloadPlanAction) action = caseload_plan_action_new ();
                  g_auto(GVariantDict) action_dict = G_VARIANT_DICT_INIT (owned_action);

                  if (!read_fields (&action_dict, G_OBJECT (action), CASELOAD_PLAN_PART_ACTION, error))
                    return FALSE;
                  g_ptr_array_add (caseload_plan_goal_get_actions (goal), g_steal_pointer (&action));
                }
            }

          g_ptr_array_add (new_goals, g_steal_pointer (&goal));
        }
    }

  plan_goals = caseload_plan_get_goals (self);
  g_ptr_array_set_size (plan_goals, 0);
  g_ptr_array_extend_and_steal (plan_goals, g_steal_pointer (&new_goals));

  return TRUE;
}

CaseloadPlan *
caseload_plan_copy (CaseloadPlan *self)
{
  static const char * const metadata[] = {
    "id", "person-id", "version", "saved-at", "author-id", "author-name",
    "organisation-id", "organisation-name",
  };
  CaseloadPlan *copy;
  g_autofree char *text = NULL;

  g_return_val_if_fail (CASELOAD_IS_PLAN (self), NULL);

  copy = caseload_plan_new ();
  for (guint i = 0; i < G_N_ELEMENTS (metadata); i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_object_get_property (G_OBJECT (self), metadata[i], &value);
      g_object_set_property (G_OBJECT (copy), metadata[i], &value);
    }

  /* The content round-trips through its own text form: one definition of what it is. */
  text = caseload_plan_to_text (self);
  if (!caseload_plan_set_from_text (copy, text, NULL))
    g_assert_not_reached ();

  return copy;
}
