/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include "caseload-ips-job.h"
#include "caseload-property.h"
#include "caseload-enums.h"

struct _CaseloadIpsJob
{
  GObject parent_instance;

  char *id;
  char *referral_id;
  char *employer;
  char *role;
  double hours_per_week;
  CaseloadPayType pay_type;
  char *started_on;
  gboolean in_work_support;
  char *ended_on;
  CaseloadJobEndReason end_reason;
  char *end_note;
  int version;
};

G_DEFINE_FINAL_TYPE (CaseloadIpsJob, caseload_ips_job, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_REFERRAL_ID,
  PROP_EMPLOYER,
  PROP_ROLE,
  PROP_HOURS_PER_WEEK,
  PROP_PAY_TYPE,
  PROP_STARTED_ON,
  PROP_IN_WORK_SUPPORT,
  PROP_ENDED_ON,
  PROP_END_REASON,
  PROP_END_NOTE,
  PROP_VERSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
caseload_ips_job_finalize (GObject *object)
{
  CaseloadIpsJob *self = CASELOAD_IPS_JOB (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->referral_id, g_free);
  g_clear_pointer (&self->employer, g_free);
  g_clear_pointer (&self->role, g_free);
  g_clear_pointer (&self->started_on, g_free);
  g_clear_pointer (&self->ended_on, g_free);
  g_clear_pointer (&self->end_note, g_free);

  G_OBJECT_CLASS (caseload_ips_job_parent_class)->finalize (object);
}

static void
caseload_ips_job_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CaseloadIpsJob *self = CASELOAD_IPS_JOB (object);

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

    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;

    case PROP_HOURS_PER_WEEK:
      g_value_set_double (value, self->hours_per_week);
      break;

    case PROP_PAY_TYPE:
      g_value_set_enum (value, self->pay_type);
      break;

    case PROP_STARTED_ON:
      g_value_set_string (value, self->started_on);
      break;

    case PROP_IN_WORK_SUPPORT:
      g_value_set_boolean (value, self->in_work_support);
      break;

    case PROP_ENDED_ON:
      g_value_set_string (value, self->ended_on);
      break;

    case PROP_END_REASON:
      g_value_set_enum (value, self->end_reason);
      break;

    case PROP_END_NOTE:
      g_value_set_string (value, self->end_note);
      break;

    case PROP_VERSION:
      g_value_set_int (value, self->version);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_ips_job_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CaseloadIpsJob *self = CASELOAD_IPS_JOB (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_ips_job_set_id (self, g_value_get_string (value));
      break;

    case PROP_REFERRAL_ID:
      caseload_ips_job_set_referral_id (self, g_value_get_string (value));
      break;

    case PROP_EMPLOYER:
      caseload_ips_job_set_employer (self, g_value_get_string (value));
      break;

    case PROP_ROLE:
      caseload_ips_job_set_role (self, g_value_get_string (value));
      break;

    case PROP_HOURS_PER_WEEK:
      caseload_ips_job_set_hours_per_week (self, g_value_get_double (value));
      break;

    case PROP_PAY_TYPE:
      caseload_ips_job_set_pay_type (self, g_value_get_enum (value));
      break;

    case PROP_STARTED_ON:
      caseload_ips_job_set_started_on (self, g_value_get_string (value));
      break;

    case PROP_IN_WORK_SUPPORT:
      caseload_ips_job_set_in_work_support (self, g_value_get_boolean (value));
      break;

    case PROP_ENDED_ON:
      caseload_ips_job_set_ended_on (self, g_value_get_string (value));
      break;

    case PROP_END_REASON:
      caseload_ips_job_set_end_reason (self, g_value_get_enum (value));
      break;

    case PROP_END_NOTE:
      caseload_ips_job_set_end_note (self, g_value_get_string (value));
      break;

    case PROP_VERSION:
      caseload_ips_job_set_version (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_ips_job_class_init (CaseloadIpsJobClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_ips_job_finalize;
  object_class->get_property = caseload_ips_job_get_property;
  object_class->set_property = caseload_ips_job_set_property;

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

  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HOURS_PER_WEEK] =
    g_param_spec_double ("hours-per-week", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PAY_TYPE] =
    g_param_spec_enum ("pay-type", NULL, NULL,
                       CASELOAD_TYPE_PAY_TYPE,
                       CASELOAD_PAY_HOURLY,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STARTED_ON] =
    g_param_spec_string ("started-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_IN_WORK_SUPPORT] =
    g_param_spec_boolean ("in-work-support", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ENDED_ON] =
    g_param_spec_string ("ended-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_END_REASON] =
    g_param_spec_enum ("end-reason", NULL, NULL,
                       CASELOAD_TYPE_JOB_END_REASON,
                       CASELOAD_JOB_NOT_ENDED,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_END_NOTE] =
    g_param_spec_string ("end-note", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_VERSION] =
    g_param_spec_int ("version", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_ips_job_init (CaseloadIpsJob *self)
{
  self->pay_type = CASELOAD_PAY_HOURLY;
  self->end_reason = CASELOAD_JOB_NOT_ENDED;
}

CaseloadIpsJob *
caseload_ips_job_new (void)
{
  return g_object_new (CASELOAD_TYPE_IPS_JOB, NULL);
}

const char *
caseload_ips_job_get_id (CaseloadIpsJob *self)
{
  g_return_val_if_fail (CASELOAD_IS_IPS_JOB (self), NULL);

  return self->id;
}

void
caseload_ips_job_set_id (CaseloadIpsJob *self,
                         const char *id)
{
  g_return_if_fail (CASELOAD_IS_IPS_JOB (self));

  if (caseload_property_set_string (&self->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
caseload_ips_job_get_referral_id (CaseloadIpsJob *self)
{
  g_return_val_if_fail (CASELOAD_IS_IPS_JOB (self), NULL);

  return self->referral_id;
}

void
caseload_ips_job_set_referral_id (CaseloadIpsJob *self,
                                  const char *referral_id)
{
  g_return_if_fail (CASELOAD_IS_IPS_JOB (self));

  if (caseload_property_set_string (&self->referral_id, referral_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERRAL_ID]);
}

const char *
caseload_ips_job_get_employer (CaseloadIpsJob *self)
{
  g_return_val_if_fail (CASELOAD_IS_IPS_JOB (self), NULL);

  return self->employer;
}

void
caseload_ips_job_set_employer (CaseloadIpsJob *self,
                               const char *employer)
{
  g_return_if_fail (CASELOAD_IS_IPS_JOB (self));

  if (caseload_property_set_string (&self->employer, employer))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMPLOYER]);
}

const char *
caseload_ips_job_get_role (CaseloadIpsJob *self)
{
  g_return_val_if_fail (CASELOAD_IS_IPS_JOB (self), NULL);

  return self->role;
}

void
caseload_ips_job_set_role (CaseloadIpsJob *self,
                           const char *role)
{
  g_return_if_fail (CASELOAD_IS_IPS_JOB (self));

  if (caseload_property_set_string (&self->role, role))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

double
caseload_ips_job_get_hours_per_week (CaseloadIpsJob *self)
{
  g_return_val_if_fail (CASELOAD_IS_IPS_JOB (self), 0);

  return self->hours_per_week;
}

void
caseload_ips_job_set_hours_per_week (CaseloadIpsJob *self,
                                     double hours_per_week)
{
  g_return_if_fail (CASELOAD_IS_IPS_JOB (self));

  if (self->hours_per_week == hours_per_week)
    return;

  self->hours_per_week = hours_per_week;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOURS_PER_WEEK]);
}

CaseloadPayType
caseload_ips_job_get_pay_type (CaseloadIpsJob *self)
{
  g_return_val_if_fail (CASELOAD_IS_IPS_JOB (self), 0);

  return self->pay_type;
}

void
caseload_ips_job_set_pay_type (CaseloadIpsJob *self,
                               CaseloadPayType pay_type)
{
  g_return_if_fail (CASELOAD_IS_IPS_JOB (self));

  if (self->pay_type == pay_type)
    return;

  self->pay_type = pay_type;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAY_TYPE]);
}

const char *
caseload_ips_job_get_started_on (CaseloadIpsJob *self)
{
  g_return_val_if_fail (CASELOAD_IS_IPS_JOB (self), NULL);

  return self->started_on;
}

void
caseload_ips_job_set_started_on (CaseloadIpsJob *self,
                                 const char *started_on)
{
  g_return_if_fail (CASELOAD_IS_IPS_JOB (self));

  if (caseload_property_set_string (&self->started_on, started_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STARTED_ON]);
}

gboolean
caseload_ips_job_get_in_work_support (CaseloadIpsJob *self)
{
  g_return_val_if_fail (CASELOAD_IS_IPS_JOB (self), FALSE);

  return self->in_work_support;
}

void
caseload_ips_job_set_in_work_support (CaseloadIpsJob *self,
                                      gboolean in_work_support)
{
  g_return_if_fail (CASELOAD_IS_IPS_JOB (self));

  in_work_support = !!in_work_support;

  if (self->in_work_support == in_work_support)
    return;

  self->in_work_support = in_work_support;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IN_WORK_SUPPORT]);
}

const char *
caseload_ips_job_get_ended_on (CaseloadIpsJob *self)
{
  g_return_val_if_fail (CASELOAD_IS_IPS_JOB (self), NULL);

  return self->ended_on;
}

void
caseload_ips_job_set_ended_on (CaseloadIpsJob *self,
                               const char *ended_on)
{
  g_return_if_fail (CASELOAD_IS_IPS_JOB (self));

  if (caseload_property_set_string (&self->ended_on, ended_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENDED_ON]);
}

CaseloadJobEndReason
caseload_ips_job_get_end_reason (CaseloadIpsJob *self)
{
  g_return_val_if_fail (CASELOAD_IS_IPS_JOB (self), 0);

  return self->end_reason;
}

void
caseload_ips_job_set_end_reason (CaseloadIpsJob *self,
                                 CaseloadJobEndReason end_reason)
{
  g_return_if_fail (CASELOAD_IS_IPS_JOB (self));

  if (self->end_reason == end_reason)
    return;

  self->end_reason = end_reason;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_REASON]);
}

const char *
caseload_ips_job_get_end_note (CaseloadIpsJob *self)
{
  g_return_val_if_fail (CASELOAD_IS_IPS_JOB (self), NULL);

  return self->end_note;
}

void
caseload_ips_job_set_end_note (CaseloadIpsJob *self,
                               const char *end_note)
{
  g_return_if_fail (CASELOAD_IS_IPS_JOB (self));

  if (caseload_property_set_string (&self->end_note, end_note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_NOTE]);
}

int
caseload_ips_job_get_version (CaseloadIpsJob *self)
{
  g_return_val_if_fail (CASELOAD_IS_IPS_JOB (self), 0);

  return self->version;
}

void
caseload_ips_job_set_version (CaseloadIpsJob *self,
                              int version)
{
  g_return_if_fail (CASELOAD_IS_IPS_JOB (self));

  if (self->version == version)
    return;

  self->version = version;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
}
