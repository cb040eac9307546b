/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include "caseload-plan-action.h"
#include "caseload-property.h"
#include "caseload-enums.h"

struct _CaseloadPlanAction
{
  GObject parent_instance;

  char *id;
  char *words;
  CaseloadActionOwnerKind owner_kind;
  char *owner_name;
  char *owner_staff_id;
  char *owner_organisation_id;
  char *due_on;
  gboolean done;
};

G_DEFINE_FINAL_TYPE (CaseloadPlanAction, caseload_plan_action, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_WORDS,
  PROP_OWNER_KIND,
  PROP_OWNER_NAME,
  PROP_OWNER_STAFF_ID,
  PROP_OWNER_ORGANISATION_ID,
  PROP_DUE_ON,
  PROP_DONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
caseload_plan_action_finalize (GObject *object)
{
  CaseloadPlanAction *self = CASELOAD_PLAN_ACTION (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->words, g_free);
  g_clear_pointer (&self->owner_name, g_free);
  g_clear_pointer (&self->owner_staff_id, g_free);
  g_clear_pointer (&self->owner_organisation_id, g_free);
  g_clear_pointer (&self->due_on, g_free);

  G_OBJECT_CLASS (caseload_plan_action_parent_class)->finalize (object);
}

static void
caseload_plan_action_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CaseloadPlanAction *self = CASELOAD_PLAN_ACTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_WORDS:
      g_value_set_string (value, self->words);
      break;

    case PROP_OWNER_KIND:
      g_value_set_enum (value, self->owner_kind);
      break;

    case PROP_OWNER_NAME:
      g_value_set_string (value, self->owner_name);
      break;

    case PROP_OWNER_STAFF_ID:
      g_value_set_string (value, self->owner_staff_id);
      break;

    case PROP_OWNER_ORGANISATION_ID:
      g_value_set_string (value, self->owner_organisation_id);
      break;

    case PROP_DUE_ON:
      g_value_set_string (value, self->due_on);
      break;

    case PROP_DONE:
      g_value_set_boolean (value, self->done);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_plan_action_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  CaseloadPlanAction *self = CASELOAD_PLAN_ACTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_plan_action_set_id (self, g_value_get_string (value));
      break;

    case PROP_WORDS:
      caseload_plan_action_set_words (self, g_value_get_string (value));
      break;

    case PROP_OWNER_KIND:
      caseload_plan_action_set_owner_kind (self, g_value_get_enum (value));
      break;

    case PROP_OWNER_NAME:
      caseload_plan_action_set_owner_name (self, g_value_get_string (value));
      break;

    case PROP_OWNER_STAFF_ID:
      caseload_plan_action_set_owner_staff_id (self, g_value_get_string (value));
      break;

    case PROP_OWNER_ORGANISATION_ID:
      caseload_plan_action_set_owner_organisation_id (self, g_value_get_string (value));
      break;

    case PROP_DUE_ON:
      caseload_plan_action_set_due_on (self, g_value_get_string (value));
      break;

    case PROP_DONE:
      caseload_plan_action_set_done (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_plan_action_class_init (CaseloadPlanActionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_plan_action_finalize;
  object_class->get_property = caseload_plan_action_get_property;
  object_class->set_property = caseload_plan_action_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_WORDS] =
    g_param_spec_string ("words", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_OWNER_KIND] =
    g_param_spec_enum ("owner-kind", NULL, NULL,
                       CASELOAD_TYPE_ACTION_OWNER_KIND,
                       CASELOAD_ACTION_OWNER_PERSON,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_OWNER_NAME] =
    g_param_spec_string ("owner-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_OWNER_STAFF_ID] =
    g_param_spec_string ("owner-staff-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_OWNER_ORGANISATION_ID] =
    g_param_spec_string ("owner-organisation-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DUE_ON] =
    g_param_spec_string ("due-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DONE] =
    g_param_spec_boolean ("done", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_plan_action_init (CaseloadPlanAction *self)
{
  self->id = g_uuid_string_random ();
  self->owner_kind = CASELOAD_ACTION_OWNER_PERSON;
}

CaseloadPlanAction *
caseload_plan_action_new (void)
{
  return g_object_new (CASELOAD_TYPE_PLAN_ACTION, NULL);
}

const char *
caseload_plan_action_get_id (CaseloadPlanAction *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN_ACTION (self), NULL);

  return self->id;
}

void
caseload_plan_action_set_id (CaseloadPlanAction *self,
                             const char *id)
{
  g_return_if_fail (CASELOAD_IS_PLAN_ACTION (self));

  if (caseload_property_set_string (&self->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
caseload_plan_action_get_words (CaseloadPlanAction *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN_ACTION (self), NULL);

  return self->words;
}

void
caseload_plan_action_set_words (CaseloadPlanAction *self,
                                const char *words)
{
  g_return_if_fail (CASELOAD_IS_PLAN_ACTION (self));

  if (caseload_property_set_string (&self->words, words))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORDS]);
}

CaseloadActionOwnerKind
caseload_plan_action_get_owner_kind (CaseloadPlanAction *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN_ACTION (self), 0);

  return self->owner_kind;
}

void
caseload_plan_action_set_owner_kind (CaseloadPlanAction *self,
                                     CaseloadActionOwnerKind owner_kind)
{
  g_return_if_fail (CASELOAD_IS_PLAN_ACTION (self));

  if (self->owner_kind == owner_kind)
    return;

  self->owner_kind = owner_kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER_KIND]);
}

const char *
caseload_plan_action_get_owner_name (CaseloadPlanAction *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN_ACTION (self), NULL);

  return self->owner_name;
}

void
caseload_plan_action_set_owner_name (CaseloadPlanAction *self,
                                     const char *owner_name)
{
  g_return_if_fail (CASELOAD_IS_PLAN_ACTION (self));

  if (caseload_property_set_string (&self->owner_name, owner_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER_NAME]);
}

const char *
caseload_plan_action_get_owner_staff_id (CaseloadPlanAction *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN_ACTION (self), NULL);

  return self->owner_staff_id;
}

void
caseload_plan_action_set_owner_staff_id (CaseloadPlanAction *self,
                                         const char *owner_staff_id)
{
  g_return_if_fail (CASELOAD_IS_PLAN_ACTION (self));

  if (caseload_property_set_string (&self->owner_staff_id, owner_staff_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER_STAFF_ID]);
}

const char *
caseload_plan_action_get_owner_organisation_id (CaseloadPlanAction *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN_ACTION (self), NULL);

  return self->owner_organisation_id;
}

void
caseload_plan_action_set_owner_organisation_id (CaseloadPlanAction *self,
                                                const char *owner_organisation_id)
{
  g_return_if_fail (CASELOAD_IS_PLAN_ACTION (self));

  if (caseload_property_set_string (&self->owner_organisation_id, owner_organisation_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER_ORGANISATION_ID]);
}

const char *
caseload_plan_action_get_due_on (CaseloadPlanAction *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN_ACTION (self), NULL);

  return self->due_on;
}

void
caseload_plan_action_set_due_on (CaseloadPlanAction *self,
                                 const char *due_on)
{
  g_return_if_fail (CASELOAD_IS_PLAN_ACTION (self));

  if (caseload_property_set_string (&self->due_on, due_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUE_ON]);
}

gboolean
caseload_plan_action_get_done (CaseloadPlanAction *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN_ACTION (self), FALSE);

  return self->done;
}

void
caseload_plan_action_set_done (CaseloadPlanAction *self,
                               gboolean done)
{
  g_return_if_fail (CASELOAD_IS_PLAN_ACTION (self));

  done = !!done;

  if (self->done == done)
    return;

  self->done = done;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DONE]);
}

/**
 * caseload_plan_action_get_task_title:
 * @self: the action
 *
 * The title of the action's task on a worker's or organisation's list: its words on
 * one line, cut at a word to at most %CASELOAD_PLAN_ACTION_TASK_TITLE_CHARS characters
 * ending "…". Both stores title plan-action tasks with it.
 *
 * Returns: (transfer full): the title
 */
char *
caseload_plan_action_get_task_title (CaseloadPlanAction *self)
{
  g_autofree char *line = NULL;
  const char *cut, *space;

  g_return_val_if_fail (CASELOAD_IS_PLAN_ACTION (self), NULL);

  line = g_strdup (self->words != NULL ? self->words : "");
  g_strdelimit (line, "\r\n\t", ' ');
  g_strstrip (line);
  if (g_utf8_strlen (line, -1) <= CASELOAD_PLAN_ACTION_TASK_TITLE_CHARS)
    return g_steal_pointer (&line);

  /* Room for the ellipsis; back to a space in the second half, if there is one. */
  cut = g_utf8_offset_to_pointer (line, CASELOAD_PLAN_ACTION_TASK_TITLE_CHARS - 1);
  for (space = cut; space > line + (cut - line) / 2 && *space != ' '; space--)
    ;
  if (*space == ' ')
    cut = space;
  while (cut > line && cut[-1] == ' ')
    cut--;
  return g_strdup_printf ("%.*s…", (int) (cut - line), line);
}
