/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include "caseload-employer-contact.h"
#include "caseload-property.h"
#include "caseload-enums.h"

struct _CaseloadEmployerContact
{
  GObject parent_instance;

  char *id;
  char *referral_id;
  char *employer;
  char *contacted_on;
  CaseloadEmployerOutcome outcome;
  char *note;
};

G_DEFINE_FINAL_TYPE (CaseloadEmployerContact, caseload_employer_contact, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_REFERRAL_ID,
  PROP_EMPLOYER,
  PROP_CONTACTED_ON,
  PROP_OUTCOME,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
caseload_employer_contact_finalize (GObject *object)
{
  CaseloadEmployerContact *self = CASELOAD_EMPLOYER_CONTACT (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->referral_id, g_free);
  g_clear_pointer (&self->employer, g_free);
  g_clear_pointer (&self->contacted_on, g_free);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (caseload_employer_contact_parent_class)->finalize (object);
}

static void
caseload_employer_contact_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  CaseloadEmployerContact *self = CASELOAD_EMPLOYER_CONTACT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_REFERRAL_ID:
      g_value_set_string (value, self->referral_id);
      break;

    case PROP_EMPLOYER:
      g_value_set_string (value, self->employer);
      break;

    case PROP_CONTACTED_ON:
      g_value_set_string (value, self->contacted_on);
      break;

    case PROP_OUTCOME:
      g_value_set_enum (value, self->outcome);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_employer_contact_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  CaseloadEmployerContact *self = CASELOAD_EMPLOYER_CONTACT (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_employer_contact_set_id (self, g_value_get_string (value));
      break;

    case PROP_REFERRAL_ID:
      caseload_employer_contact_set_referral_id (self, g_value_get_string (value));
      break;

    case PROP_EMPLOYER:
      caseload_employer_contact_set_employer (self, g_value_get_string (value));
      break;

    case PROP_CONTACTED_ON:
      caseload_employer_contact_set_contacted_on (self, g_value_get_string (value));
      break;

    case PROP_OUTCOME:
      caseload_employer_contact_set_outcome (self, g_value_get_enum (value));
      break;

    case PROP_NOTE:
      caseload_employer_contact_set_note (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_employer_contact_class_init (CaseloadEmployerContactClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_employer_contact_finalize;
  object_class->get_property = caseload_employer_contact_get_property;
  object_class->set_property = caseload_employer_contact_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_REFERRAL_ID] =
    g_param_spec_string ("referral-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_EMPLOYER] =
    g_param_spec_string ("employer", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CONTACTED_ON] =
    g_param_spec_string ("contacted-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_OUTCOME] =
    g_param_spec_enum ("outcome", NULL, NULL,
                       CASELOAD_TYPE_EMPLOYER_OUTCOME,
                       CASELOAD_EMPLOYER_FOLLOW_UP,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_employer_contact_init (CaseloadEmployerContact *self)
{
  self->outcome = CASELOAD_EMPLOYER_FOLLOW_UP;
}

CaseloadEmployerContact *
caseload_employer_contact_new (void)
{
  return g_object_new (CASELOAD_TYPE_EMPLOYER_CONTACT, NULL);
}

const char *
caseload_employer_contact_get_id (CaseloadEmployerContact *self)
{
  g_return_val_if_fail (CASELOAD_IS_EMPLOYER_CONTACT (self), NULL);

  return self->id;
}

void
caseload_employer_contact_set_id (CaseloadEmployerContact *self,
                                  const char *id)
{
  g_return_if_fail (CASELOAD_IS_EMPLOYER_CONTACT (self));

  if (caseload_property_set_string (&self->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
caseload_employer_contact_get_referral_id (CaseloadEmployerContact *self)
{
  g_return_val_if_fail (CASELOAD_IS_EMPLOYER_CONTACT (self), NULL);

  return self->referral_id;
}

void
caseload_employer_contact_set_referral_id (CaseloadEmployerContact *self,
                                           const char *referral_id)
{
  g_return_if_fail (CASELOAD_IS_EMPLOYER_CONTACT (self));

  if (caseload_property_set_string (&self->referral_id, referral_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERRAL_ID]);
}

const char *
caseload_employer_contact_get_employer (CaseloadEmployerContact *self)
{
  g_return_val_if_fail (CASELOAD_IS_EMPLOYER_CONTACT (self), NULL);

  return self->employer;
}

void
caseload_employer_contact_set_employer (CaseloadEmployerContact *self,
                                        const char *employer)
{
  g_return_if_fail (CASELOAD_IS_EMPLOYER_CONTACT (self));

  if (caseload_property_set_string (&self->employer, employer))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMPLOYER]);
}

const char *
caseload_employer_contact_get_contacted_on (CaseloadEmployerContact *self)
{
  g_return_val_if_fail (CASELOAD_IS_EMPLOYER_CONTACT (self), NULL);

  return self->contacted_on;
}

void
caseload_employer_contact_set_contacted_on (CaseloadEmployerContact *self,
                                            const char *contacted_on)
{
  g_return_if_fail (CASELOAD_IS_EMPLOYER_CONTACT (self));

  if (caseload_property_set_string (&self->contacted_on, contacted_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTACTED_ON]);
}

CaseloadEmployerOutcome
caseload_employer_contact_get_outcome (CaseloadEmployerContact *self)
{
  g_return_val_if_fail (CASELOAD_IS_EMPLOYER_CONTACT (self), 0);

  return self->outcome;
}

void
caseload_employer_contact_set_outcome (CaseloadEmployerContact *self,
                                       CaseloadEmployerOutcome outcome)
{
  g_return_if_fail (CASELOAD_IS_EMPLOYER_CONTACT (self));

  if (self->outcome == outcome)
    return;

  self->outcome = outcome;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTCOME]);
}

const char *
caseload_employer_contact_get_note (CaseloadEmployerContact *self)
{
  g_return_val_if_fail (CASELOAD_IS_EMPLOYER_CONTACT (self), NULL);

  return self->note;
}

void
caseload_employer_contact_set_note (CaseloadEmployerContact *self,
                                    const char *note)
{
  g_return_if_fail (CASELOAD_IS_EMPLOYER_CONTACT (self));

  if (caseload_property_set_string (&self->note, note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}
