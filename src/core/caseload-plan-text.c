/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "caseload-error.h"
#include "caseload-plan.h"
#include "caseload-plan-action.h"
#include "caseload-plan-goal.h"

/*
 * A plan's content as text, one per saved version: a GVariant dictionary printed as
 * text (readable in the audit trail and by hand), with enumerations as their stored
 * codes. Unknown keys are ignored, so a newer plan reads in an older build without loss
 * of what it knows.
 */

#define PLAN_TEXT_FORMAT 1

static const char * const plan_strings[] = {
  "what-matters", "strengths-personal", "strengths-people", "strengths-community",
  "warning-signs", "what-helps", "what-does-not-help", "who-to-contact",
  "review-on", "copy-given-on", "copy-language",
};

typedef struct {
  const char *property;
  const char *(*to_code) (int value);
  gboolean (*from_code) (const char *code, int *value);
} EnumField;

#define ENUM_FIELD(prop, name) \
  { prop, (const char *(*) (int)) caseload_##name##_to_code, (gboolean (*) (const char *, int *)) caseload_##name##_from_code }

static const EnumField plan_enums[] = {
  ENUM_FIELD ("what-matters-by", coproduction_kind),
  ENUM_FIELD ("strengths-by", coproduction_kind),
  ENUM_FIELD ("goals-by", coproduction_kind),
  ENUM_FIELD ("staying-well-by", coproduction_kind),
  ENUM_FIELD ("copy-format", copy_format),
};

static const char * const goal_strings[] = { "id", "words", "target-on" };
static const EnumField goal_enums[] = {
  ENUM_FIELD ("life-area", life_area),
  ENUM_FIELD ("progress", goal_progress),
};

static const char * const action_strings[] = {
  "id", "words", "owner-name", "owner-staff-id", "owner-organisation-id", "due-on",
};
static const EnumField action_enums[] = {
  ENUM_FIELD ("owner-kind", action_owner_kind),
};

static void
add_fields (GVariantDict       *dict,
            GObject            *object,
            const char * const *strings,
            guint               n_strings,
            const EnumField    *enums,
            guint               n_enums)
{
  for (guint i = 0; i < n_strings; i++)
    {
      g_autofree char *value = NULL;

      g_object_get (object, strings[i], &value, NULL);
      if (value != NULL)
        g_variant_dict_insert (dict, strings[i], "s", value);
    }

  for (guint i = 0; i < n_enums; i++)
    {
      int value;

      g_object_get (object, enums[i].property, &value, NULL);
      g_variant_dict_insert (dict, enums[i].property, "s", enums[i].to_code (value));
    }
}

static gboolean
read_fields (GVariantDict       *dict,
             GObject            *object,
             const char * const *strings,
             guint               n_strings,
             const EnumField    *enums,
             guint               n_enums,
             GError            **error)
{
  for (guint i = 0; i < n_strings; i++)
    {
      const char *value = NULL;

      if (g_variant_dict_lookup (dict, strings[i], "&s", &value))
        g_object_set (object, strings[i], value, NULL);
    }

  for (guint i = 0; i < n_enums; i++)
    {
      const char *code = NULL;
      int value;

      if (!g_variant_dict_lookup (dict, enums[i].property, "&s", &code))
        continue;

      if (!enums[i].from_code (code, &value))
        {
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_STORAGE,
                       _("A saved plan has an unknown value “%s” for “%s”."), code, enums[i].property);
          return FALSE;
        }

      g_object_set (object, enums[i].property, value, NULL);
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
  add_fields (&dict, G_OBJECT (self), plan_strings, G_N_ELEMENTS (plan_strings),
              plan_enums, G_N_ELEMENTS (plan_enums));

  plan_goals = caseload_plan_get_goals (self);
  for (guint i = 0; i < plan_goals->len; i++)
    {
      CaseloadPlanGoal *goal = g_ptr_array_index (plan_goals, i);
      GPtrArray *goal_actions = caseload_plan_goal_get_actions (goal);
      g_auto(GVariantDict) goal_dict = G_VARIANT_DICT_INIT (NULL);
      g_auto(GVariantBuilder) actions = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("aa{sv}"));

      add_fields (&goal_dict, G_OBJECT (goal), goal_strings, G_N_ELEMENTS (goal_strings),
                  goal_enums, G_N_ELEMENTS (goal_enums));

      for (guint j = 0; j < goal_actions->len; j++)
        {
          CaseloadPlanAction *action = g_ptr_array_index (goal_actions, j);
          g_auto(GVariantDict) action_dict = G_VARIANT_DICT_INIT (NULL);

          add_fields (&action_dict, G_OBJECT (action), action_strings, G_N_ELEMENTS (action_strings),
                      action_enums, G_N_ELEMENTS (action_enums));
          g_variant_dict_insert (&action_dict, "done", "b", caseload_plan_action_get_done (action));
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
  if (!read_fields (dict, G_OBJECT (self), plan_strings, G_N_ELEMENTS (plan_strings),
                    plan_enums, G_N_ELEMENTS (plan_enums), error))
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

          if (!read_fields (&goal_dict, G_OBJECT (goal), goal_strings, G_N_ELEMENTS (goal_strings),
                            goal_enums, G_N_ELEMENTS (goal_enums), error))
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
                  gboolean done = FALSE;

                  if (!read_fields (&action_dict, G_OBJECT (action), action_strings,
                                    G_N_ELEMENTS (action_strings), action_enums,
                                    G_N_ELEMENTS (action_enums), error))
                    return FALSE;
                  g_variant_dict_lookup (&action_dict, "done", "b", &done);
                  caseload_plan_action_set_done (action, done);
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
