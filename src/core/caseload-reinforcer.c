/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include "caseload-reinforcer.h"
#include "caseload-property.h"
#include "caseload-enums.h"

struct _CaseloadReinforcer
{
  GObject parent_instance;

  char *id;
  char *participant_id;
  char *network_member_id;
  char *name;
  char *role;
  gboolean professional;
  char *summary_given_on;
};

G_DEFINE_FINAL_TYPE (CaseloadReinforcer, caseload_reinforcer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PARTICIPANT_ID,
  PROP_NETWORK_MEMBER_ID,
  PROP_NAME,
  PROP_ROLE,
  PROP_PROFESSIONAL,
  PROP_SUMMARY_GIVEN_ON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
caseload_reinforcer_finalize (GObject *object)
{
  CaseloadReinforcer *self = CASELOAD_REINFORCER (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->participant_id, g_free);
  g_clear_pointer (&self->network_member_id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->role, g_free);
  g_clear_pointer (&self->summary_given_on, g_free);

  G_OBJECT_CLASS (caseload_reinforcer_parent_class)->finalize (object);
}

static void
caseload_reinforcer_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CaseloadReinforcer *self = CASELOAD_REINFORCER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_PARTICIPANT_ID:
      g_value_set_string (value, self->participant_id);
      break;

    case PROP_NETWORK_MEMBER_ID:
      g_value_set_string (value, self->network_member_id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;

    case PROP_PROFESSIONAL:
      g_value_set_boolean (value, self->professional);
      break;

    case PROP_SUMMARY_GIVEN_ON:
      g_value_set_string (value, self->summary_given_on);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_reinforcer_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  CaseloadReinforcer *self = CASELOAD_REINFORCER (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_reinforcer_set_id (self, g_value_get_string (value));
      break;

    case PROP_PARTICIPANT_ID:
      caseload_reinforcer_set_participant_id (self, g_value_get_string (value));
      break;

    case PROP_NETWORK_MEMBER_ID:
      caseload_reinforcer_set_network_member_id (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      caseload_reinforcer_set_name (self, g_value_get_string (value));
      break;

    case PROP_ROLE:
      caseload_reinforcer_set_role (self, g_value_get_string (value));
      break;

    case PROP_PROFESSIONAL:
      caseload_reinforcer_set_professional (self, g_value_get_boolean (value));
      break;

    case PROP_SUMMARY_GIVEN_ON:
      caseload_reinforcer_set_summary_given_on (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_reinforcer_class_init (CaseloadReinforcerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_reinforcer_finalize;
  object_class->get_property = caseload_reinforcer_get_property;
  object_class->set_property = caseload_reinforcer_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PARTICIPANT_ID] =
    g_param_spec_string ("participant-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NETWORK_MEMBER_ID] =
    g_param_spec_string ("network-member-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PROFESSIONAL] =
    g_param_spec_boolean ("professional", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SUMMARY_GIVEN_ON] =
    g_param_spec_string ("summary-given-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_reinforcer_init (CaseloadReinforcer *self)
{
}

CaseloadReinforcer *
caseload_reinforcer_new (void)
{
  return g_object_new (CASELOAD_TYPE_REINFORCER, NULL);
}

const char *
caseload_reinforcer_get_id (CaseloadReinforcer *self)
{
  g_return_val_if_fail (CASELOAD_IS_REINFORCER (self), NULL);

  return self->id;
}

void
caseload_reinforcer_set_id (CaseloadReinforcer *self,
                            const char *id)
{
  g_return_if_fail (CASELOAD_IS_REINFORCER (self));

  if (caseload_property_set_string (&self->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
caseload_reinforcer_get_participant_id (CaseloadReinforcer *self)
{
  g_return_val_if_fail (CASELOAD_IS_REINFORCER (self), NULL);

  return self->participant_id;
}

void
caseload_reinforcer_set_participant_id (CaseloadReinforcer *self,
                                        const char *participant_id)
{
  g_return_if_fail (CASELOAD_IS_REINFORCER (self));

  if (caseload_property_set_string (&self->participant_id, participant_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTICIPANT_ID]);
}

const char *
caseload_reinforcer_get_network_member_id (CaseloadReinforcer *self)
{
  g_return_val_if_fail (CASELOAD_IS_REINFORCER (self), NULL);

  return self->network_member_id;
}

void
caseload_reinforcer_set_network_member_id (CaseloadReinforcer *self,
                                           const char *network_member_id)
{
  g_return_if_fail (CASELOAD_IS_REINFORCER (self));

  if (caseload_property_set_string (&self->network_member_id, network_member_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NETWORK_MEMBER_ID]);
}

const char *
caseload_reinforcer_get_name (CaseloadReinforcer *self)
{
  g_return_val_if_fail (CASELOAD_IS_REINFORCER (self), NULL);

  return self->name;
}

void
caseload_reinforcer_set_name (CaseloadReinforcer *self,
                              const char *name)
{
  g_return_if_fail (CASELOAD_IS_REINFORCER (self));

  if (caseload_property_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
caseload_reinforcer_get_role (CaseloadReinforcer *self)
{
  g_return_val_if_fail (CASELOAD_IS_REINFORCER (self), NULL);

  return self->role;
}

void
caseload_reinforcer_set_role (CaseloadReinforcer *self,
                              const char *role)
{
  g_return_if_fail (CASELOAD_IS_REINFORCER (self));

  if (caseload_property_set_string (&self->role, role))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

gboolean
caseload_reinforcer_get_professional (CaseloadReinforcer *self)
{
  g_return_val_if_fail (CASELOAD_IS_REINFORCER (self), FALSE);

  return self->professional;
}

void
caseload_reinforcer_set_professional (CaseloadReinforcer *self,
                                      gboolean professional)
{
  g_return_if_fail (CASELOAD_IS_REINFORCER (self));

  professional = !!professional;

  if (self->professional == professional)
    return;

  self->professional = professional;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROFESSIONAL]);
}

const char *
caseload_reinforcer_get_summary_given_on (CaseloadReinforcer *self)
{
  g_return_val_if_fail (CASELOAD_IS_REINFORCER (self), NULL);

  return self->summary_given_on;
}

void
caseload_reinforcer_set_summary_given_on (CaseloadReinforcer *self,
                                          const char *summary_given_on)
{
  g_return_if_fail (CASELOAD_IS_REINFORCER (self));

  if (caseload_property_set_string (&self->summary_given_on, summary_given_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY_GIVEN_ON]);
}
