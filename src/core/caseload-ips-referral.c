/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include "caseload-ips-referral.h"
#include "caseload-property.h"
#include "caseload-enums.h"

struct _CaseloadIpsReferral
{
  GObject parent_instance;

  GPtrArray *contacts;
  GPtrArray *jobs;

  char *id;
  char *person_id;
  gboolean wants_work;
  char *referred_on;
  char *specialist_id;
  char *specialist_name;
  char *engaged_on;
  char *job_search_on;
  gboolean benefits_advice;
  char *benefits_advice_on;
  char *closed_on;
  char *close_reason;
  int version;
  char *referred_by_id;
  char *referred_by_name;
  char *referred_by_organisation_name;
  char *created_at;
};

G_DEFINE_FINAL_TYPE (CaseloadIpsReferral, caseload_ips_referral, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PERSON_ID,
  PROP_WANTS_WORK,
  PROP_REFERRED_ON,
  PROP_SPECIALIST_ID,
  PROP_SPECIALIST_NAME,
  PROP_ENGAGED_ON,
  PROP_JOB_SEARCH_ON,
  PROP_BENEFITS_ADVICE,
  PROP_BENEFITS_ADVICE_ON,
  PROP_CLOSED_ON,
  PROP_CLOSE_REASON,
  PROP_VERSION,
  PROP_REFERRED_BY_ID,
  PROP_REFERRED_BY_NAME,
  PROP_REFERRED_BY_ORGANISATION_NAME,
  PROP_CREATED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
caseload_ips_referral_finalize (GObject *object)
{
  CaseloadIpsReferral *self = CASELOAD_IPS_REFERRAL (object);

  g_clear_pointer (&self->contacts, g_ptr_array_unref);
  g_clear_pointer (&self->jobs, g_ptr_array_unref);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->person_id, g_free);
  g_clear_pointer (&self->referred_on, g_free);
  g_clear_pointer (&self->specialist_id, g_free);
  g_clear_pointer (&self->specialist_name, g_free);
  g_clear_pointer (&self->engaged_on, g_free);
  g_clear_pointer (&self->job_search_on, g_free);
  g_clear_pointer (&self->benefits_advice_on, g_free);
  g_clear_pointer (&self->closed_on, g_free);
  g_clear_pointer (&self->close_reason, g_free);
  g_clear_pointer (&self->referred_by_id, g_free);
  g_clear_pointer (&self->referred_by_name, g_free);
  g_clear_pointer (&self->referred_by_organisation_name, g_free);
  g_clear_pointer (&self->created_at, g_free);

  G_OBJECT_CLASS (caseload_ips_referral_parent_class)->finalize (object);
}

static void
caseload_ips_referral_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  CaseloadIpsReferral *self = CASELOAD_IPS_REFERRAL (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_PERSON_ID:
      g_value_set_string (value, self->person_id);
      break;

    case PROP_WANTS_WORK:
      g_value_set_boolean (value, self->wants_work);
      break;

    case PROP_REFERRED_ON:
      g_value_set_string (value, self->referred_on);
      break;

    case PROP_SPECIALIST_ID:
      g_value_set_string (value, self->specialist_id);
      break;

    case PROP_SPECIALIST_NAME:
      g_value_set_string (value, self->specialist_name);
      break;

    case PROP_ENGAGED_ON:
      g_value_set_string (value, self->engaged_on);
      break;

    case PROP_JOB_SEARCH_ON:
      g_value_set_string (value, self->job_search_on);
      break;

    case PROP_BENEFITS_ADVICE:
      g_value_set_boolean (value, self->benefits_advice);
      break;

    case PROP_BENEFITS_ADVICE_ON:
      g_value_set_string (value, self->benefits_advice_on);
      break;

    case PROP_CLOSED_ON:
      g_value_set_string (value, self->closed_on);
      break;

    case PROP_CLOSE_REASON:
      g_value_set_string (value, self->close_reason);
      break;

    case PROP_VERSION:
      g_value_set_int (value, self->version);
      break;

    case PROP_REFERRED_BY_ID:
      g_value_set_string (value, self->referred_by_id);
      break;

    case PROP_REFERRED_BY_NAME:
      g_value_set_string (value, self->referred_by_name);
      break;

    case PROP_REFERRED_BY_ORGANISATION_NAME:
      g_value_set_string (value, self->referred_by_organisation_name);
      break;

    case PROP_CREATED_AT:
      g_value_set_string (value, self->created_at);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_ips_referral_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  CaseloadIpsReferral *self = CASELOAD_IPS_REFERRAL (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_ips_referral_set_id (self, g_value_get_string (value));
      break;

    case PROP_PERSON_ID:
      caseload_ips_referral_set_person_id (self, g_value_get_string (value));
      break;

    case PROP_WANTS_WORK:
      caseload_ips_referral_set_wants_work (self, g_value_get_boolean (value));
      break;

    case PROP_REFERRED_ON:
      caseload_ips_referral_set_referred_on (self, g_value_get_string (value));
      break;

    case PROP_SPECIALIST_ID:
      caseload_ips_referral_set_specialist_id (self, g_value_get_string (value));
      break;

    case PROP_SPECIALIST_NAME:
      caseload_ips_referral_set_specialist_name (self, g_value_get_string (value));
      break;

    case PROP_ENGAGED_ON:
      caseload_ips_referral_set_engaged_on (self, g_value_get_string (value));
      break;

    case PROP_JOB_SEARCH_ON:
      caseload_ips_referral_set_job_search_on (self, g_value_get_string (value));
      break;

    case PROP_BENEFITS_ADVICE:
      caseload_ips_referral_set_benefits_advice (self, g_value_get_boolean (value));
      break;

    case PROP_BENEFITS_ADVICE_ON:
      caseload_ips_referral_set_benefits_advice_on (self, g_value_get_string (value));
      break;

    case PROP_CLOSED_ON:
      caseload_ips_referral_set_closed_on (self, g_value_get_string (value));
      break;

    case PROP_CLOSE_REASON:
      caseload_ips_referral_set_close_reason (self, g_value_get_string (value));
      break;

    case PROP_VERSION:
      caseload_ips_referral_set_version (self, g_value_get_int (value));
      break;

    case PROP_REFERRED_BY_ID:
      caseload_ips_referral_set_referred_by_id (self, g_value_get_string (value));
      break;

    case PROP_REFERRED_BY_NAME:
      caseload_ips_referral_set_referred_by_name (self, g_value_get_string (value));
      break;

    case PROP_REFERRED_BY_ORGANISATION_NAME:
      caseload_ips_referral_set_referred_by_organisation_name (self, g_value_get_string (value));
      break;

    case PROP_CREATED_AT:
      caseload_ips_referral_set_created_at (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_ips_referral_class_init (CaseloadIpsReferralClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_ips_referral_finalize;
  object_class->get_property = caseload_ips_referral_get_property;
  object_class->set_property = caseload_ips_referral_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PERSON_ID] =
    g_param_spec_string ("person-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_WANTS_WORK] =
    g_param_spec_boolean ("wants-work", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_REFERRED_ON] =
    g_param_spec_string ("referred-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SPECIALIST_ID] =
    g_param_spec_string ("specialist-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SPECIALIST_NAME] =
    g_param_spec_string ("specialist-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ENGAGED_ON] =
    g_param_spec_string ("engaged-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_JOB_SEARCH_ON] =
    g_param_spec_string ("job-search-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_BENEFITS_ADVICE] =
    g_param_spec_boolean ("benefits-advice", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_BENEFITS_ADVICE_ON] =
    g_param_spec_string ("benefits-advice-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CLOSED_ON] =
    g_param_spec_string ("closed-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CLOSE_REASON] =
    g_param_spec_string ("close-reason", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_VERSION] =
    g_param_spec_int ("version", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_REFERRED_BY_ID] =
    g_param_spec_string ("referred-by-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_REFERRED_BY_NAME] =
    g_param_spec_string ("referred-by-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_REFERRED_BY_ORGANISATION_NAME] =
    g_param_spec_string ("referred-by-organisation-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CREATED_AT] =
    g_param_spec_string ("created-at", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_ips_referral_init (CaseloadIpsReferral *self)
{
  self->contacts = g_ptr_array_new_with_free_func (g_object_unref);
  self->jobs = g_ptr_array_new_with_free_func (g_object_unref);
  self->wants_work = TRUE;
}

CaseloadIpsReferral *
caseload_ips_referral_new (void)
{
  return g_object_new (CASELOAD_TYPE_IPS_REFERRAL, NULL);
}

const char *
caseload_ips_referral_get_id (CaseloadIpsReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_IPS_REFERRAL (self), NULL);

  return self->id;
}

void
caseload_ips_referral_set_id (CaseloadIpsReferral *self,
                              const char *id)
{
  g_return_if_fail (CASELOAD_IS_IPS_REFERRAL (self));

  if (caseload_property_set_string (&self->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
caseload_ips_referral_get_person_id (CaseloadIpsReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_IPS_REFERRAL (self), NULL);

  return self->person_id;
}

void
caseload_ips_referral_set_person_id (CaseloadIpsReferral *self,
                                     const char *person_id)
{
  g_return_if_fail (CASELOAD_IS_IPS_REFERRAL (self));

  if (caseload_property_set_string (&self->person_id, person_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
}

gboolean
caseload_ips_referral_get_wants_work (CaseloadIpsReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_IPS_REFERRAL (self), FALSE);

  return self->wants_work;
}

void
caseload_ips_referral_set_wants_work (CaseloadIpsReferral *self,
                                      gboolean wants_work)
{
  g_return_if_fail (CASELOAD_IS_IPS_REFERRAL (self));

  wants_work = !!wants_work;

  if (self->wants_work == wants_work)
    return;

  self->wants_work = wants_work;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WANTS_WORK]);
}

const char *
caseload_ips_referral_get_referred_on (CaseloadIpsReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_IPS_REFERRAL (self), NULL);

  return self->referred_on;
}

void
caseload_ips_referral_set_referred_on (CaseloadIpsReferral *self,
                                       const char *referred_on)
{
  g_return_if_fail (CASELOAD_IS_IPS_REFERRAL (self));

  if (caseload_property_set_string (&self->referred_on, referred_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERRED_ON]);
}

const char *
caseload_ips_referral_get_specialist_id (CaseloadIpsReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_IPS_REFERRAL (self), NULL);

  return self->specialist_id;
}

void
caseload_ips_referral_set_specialist_id (CaseloadIpsReferral *self,
                                         const char *specialist_id)
{
  g_return_if_fail (CASELOAD_IS_IPS_REFERRAL (self));

  if (caseload_property_set_string (&self->specialist_id, specialist_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPECIALIST_ID]);
}

const char *
caseload_ips_referral_get_specialist_name (CaseloadIpsReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_IPS_REFERRAL (self), NULL);

  return self->specialist_name;
}

void
caseload_ips_referral_set_specialist_name (CaseloadIpsReferral *self,
                                           const char *specialist_name)
{
  g_return_if_fail (CASELOAD_IS_IPS_REFERRAL (self));

  if (caseload_property_set_string (&self->specialist_name, specialist_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPECIALIST_NAME]);
}

const char *
caseload_ips_referral_get_engaged_on (CaseloadIpsReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_IPS_REFERRAL (self), NULL);

  return self->engaged_on;
}

void
caseload_ips_referral_set_engaged_on (CaseloadIpsReferral *self,
                                      const char *engaged_on)
{
  g_return_if_fail (CASELOAD_IS_IPS_REFERRAL (self));

  if (caseload_property_set_string (&self->engaged_on, engaged_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENGAGED_ON]);
}

const char *
caseload_ips_referral_get_job_search_on (CaseloadIpsReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_IPS_REFERRAL (self), NULL);

  return self->job_search_on;
}

void
caseload_ips_referral_set_job_search_on (CaseloadIpsReferral *self,
                                         const char *job_search_on)
{
  g_return_if_fail (CASELOAD_IS_IPS_REFERRAL (self));

  if (caseload_property_set_string (&self->job_search_on, job_search_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOB_SEARCH_ON]);
}

gboolean
caseload_ips_referral_get_benefits_advice (CaseloadIpsReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_IPS_REFERRAL (self), FALSE);

  return self->benefits_advice;
}

void
caseload_ips_referral_set_benefits_advice (CaseloadIpsReferral *self,
                                           gboolean benefits_advice)
{
  g_return_if_fail (CASELOAD_IS_IPS_REFERRAL (self));

  benefits_advice = !!benefits_advice;

  if (self->benefits_advice == benefits_advice)
    return;

  self->benefits_advice = benefits_advice;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BENEFITS_ADVICE]);
}

const char *
caseload_ips_referral_get_benefits_advice_on (CaseloadIpsReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_IPS_REFERRAL (self), NULL);

  return self->benefits_advice_on;
}

void
caseload_ips_referral_set_benefits_advice_on (CaseloadIpsReferral *self,
                                              const char *benefits_advice_on)
{
  g_return_if_fail (CASELOAD_IS_IPS_REFERRAL (self));

  if (caseload_property_set_string (&self->benefits_advice_on, benefits_advice_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BENEFITS_ADVICE_ON]);
}

const char *
caseload_ips_referral_get_closed_on (CaseloadIpsReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_IPS_REFERRAL (self), NULL);

  return self->closed_on;
}

void
caseload_ips_referral_set_closed_on (CaseloadIpsReferral *self,
                                     const char *closed_on)
{
  g_return_if_fail (CASELOAD_IS_IPS_REFERRAL (self));

  if (caseload_property_set_string (&self->closed_on, closed_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLOSED_ON]);
}

const char *
caseload_ips_referral_get_close_reason (CaseloadIpsReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_IPS_REFERRAL (self), NULL);

  return self->close_reason;
}

void
caseload_ips_referral_set_close_reason (CaseloadIpsReferral *self,
                                        const char *close_reason)
{
  g_return_if_fail (CASELOAD_IS_IPS_REFERRAL (self));

  if (caseload_property_set_string (&self->close_reason, close_reason))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLOSE_REASON]);
}

int
caseload_ips_referral_get_version (CaseloadIpsReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_IPS_REFERRAL (self), 0);

  return self->version;
}

void
caseload_ips_referral_set_version (CaseloadIpsReferral *self,
                                   int version)
{
  g_return_if_fail (CASELOAD_IS_IPS_REFERRAL (self));

  if (self->version == version)
    return;

  self->version = version;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
}

const char *
caseload_ips_referral_get_referred_by_id (CaseloadIpsReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_IPS_REFERRAL (self), NULL);

  return self->referred_by_id;
}

void
caseload_ips_referral_set_referred_by_id (CaseloadIpsReferral *self,
                                          const char *referred_by_id)
{
  g_return_if_fail (CASELOAD_IS_IPS_REFERRAL (self));

  if (caseload_property_set_string (&self->referred_by_id, referred_by_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERRED_BY_ID]);
}

const char *
caseload_ips_referral_get_referred_by_name (CaseloadIpsReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_IPS_REFERRAL (self), NULL);

  return self->referred_by_name;
}

void
caseload_ips_referral_set_referred_by_name (CaseloadIpsReferral *self,
                                            const char *referred_by_name)
{
  g_return_if_fail (CASELOAD_IS_IPS_REFERRAL (self));

  if (caseload_property_set_string (&self->referred_by_name, referred_by_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERRED_BY_NAME]);
}

const char *
caseload_ips_referral_get_referred_by_organisation_name (CaseloadIpsReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_IPS_REFERRAL (self), NULL);

  return self->referred_by_organisation_name;
}

void
caseload_ips_referral_set_referred_by_organisation_name (CaseloadIpsReferral *self,
                                                         const char *referred_by_organisation_name)
{
  g_return_if_fail (CASELOAD_IS_IPS_REFERRAL (self));

  if (caseload_property_set_string (&self->referred_by_organisation_name, referred_by_organisation_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERRED_BY_ORGANISATION_NAME]);
}

const char *
caseload_ips_referral_get_created_at (CaseloadIpsReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_IPS_REFERRAL (self), NULL);

  return self->created_at;
}

void
caseload_ips_referral_set_created_at (CaseloadIpsReferral *self,
                                      const char *created_at)
{
  g_return_if_fail (CASELOAD_IS_IPS_REFERRAL (self));

  if (caseload_property_set_string (&self->created_at, created_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
}

GPtrArray *
caseload_ips_referral_get_contacts (CaseloadIpsReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_IPS_REFERRAL (self), NULL);

  return self->contacts;
}

GPtrArray *
caseload_ips_referral_get_jobs (CaseloadIpsReferral *self)
{
  g_return_val_if_fail (CASELOAD_IS_IPS_REFERRAL (self), NULL);

  return self->jobs;
}
