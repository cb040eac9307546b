/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include "caseload-cohort.h"
#include "caseload-property.h"
#include "caseload-enums.h"

struct _CaseloadCohort
{
  GObject parent_instance;

  GPtrArray *facilitators;
  GPtrArray *participants;
  GPtrArray *sessions;
  GPtrArray *attendance;

  char *id;
  char *name;
  CaseloadSteppsProgramme programme;
  int n_sessions;
  int session_minutes;
  char *venue;
  char *start_on;
  char *end_on;
  int completion_percent;
  int version;
  char *created_at;
  int n_participants;
  char *next_session_on;
  char *facilitator_names;
};

G_DEFINE_FINAL_TYPE (CaseloadCohort, caseload_cohort, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_PROGRAMME,
  PROP_N_SESSIONS,
  PROP_SESSION_MINUTES,
  PROP_VENUE,
  PROP_START_ON,
  PROP_END_ON,
  PROP_COMPLETION_PERCENT,
  PROP_VERSION,
  PROP_CREATED_AT,
  PROP_N_PARTICIPANTS,
  PROP_NEXT_SESSION_ON,
  PROP_FACILITATOR_NAMES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
caseload_cohort_finalize (GObject *object)
{
  CaseloadCohort *self = CASELOAD_COHORT (object);

  g_clear_pointer (&self->facilitators, g_ptr_array_unref);
  g_clear_pointer (&self->participants, g_ptr_array_unref);
  g_clear_pointer (&self->sessions, g_ptr_array_unref);
  g_clear_pointer (&self->attendance, g_ptr_array_unref);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->venue, g_free);
  g_clear_pointer (&self->start_on, g_free);
  g_clear_pointer (&self->end_on, g_free);
  g_clear_pointer (&self->created_at, g_free);
  g_clear_pointer (&self->next_session_on, g_free);
  g_clear_pointer (&self->facilitator_names, g_free);

  G_OBJECT_CLASS (caseload_cohort_parent_class)->finalize (object);
}

static void
caseload_cohort_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CaseloadCohort *self = CASELOAD_COHORT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_PROGRAMME:
      g_value_set_enum (value, self->programme);
      break;

    case PROP_N_SESSIONS:
      g_value_set_int (value, self->n_sessions);
      break;

    case PROP_SESSION_MINUTES:
      g_value_set_int (value, self->session_minutes);
      break;

    case PROP_VENUE:
      g_value_set_string (value, self->venue);
      break;

    case PROP_START_ON:
      g_value_set_string (value, self->start_on);
      break;

    case PROP_END_ON:
      g_value_set_string (value, self->end_on);
      break;

    case PROP_COMPLETION_PERCENT:
      g_value_set_int (value, self->completion_percent);
      break;

    case PROP_VERSION:
      g_value_set_int (value, self->version);
      break;

    case PROP_CREATED_AT:
      g_value_set_string (value, self->created_at);
      break;

    case PROP_N_PARTICIPANTS:
      g_value_set_int (value, self->n_participants);
      break;

    case PROP_NEXT_SESSION_ON:
      g_value_set_string (value, self->next_session_on);
      break;

    case PROP_FACILITATOR_NAMES:
      g_value_set_string (value, self->facilitator_names);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_cohort_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CaseloadCohort *self = CASELOAD_COHORT (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_cohort_set_id (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      caseload_cohort_set_name (self, g_value_get_string (value));
      break;

    case PROP_PROGRAMME:
      caseload_cohort_set_programme (self, g_value_get_enum (value));
      break;

    case PROP_N_SESSIONS:
      caseload_cohort_set_n_sessions (self, g_value_get_int (value));
      break;

    case PROP_SESSION_MINUTES:
      caseload_cohort_set_session_minutes (self, g_value_get_int (value));
      break;

    case PROP_VENUE:
      caseload_cohort_set_venue (self, g_value_get_string (value));
      break;

    case PROP_START_ON:
      caseload_cohort_set_start_on (self, g_value_get_string (value));
      break;

    case PROP_END_ON:
      caseload_cohort_set_end_on (self, g_value_get_string (value));
      break;

    case PROP_COMPLETION_PERCENT:
      caseload_cohort_set_completion_percent (self, g_value_get_int (value));
      break;

    case PROP_VERSION:
      caseload_cohort_set_version (self, g_value_get_int (value));
      break;

    case PROP_CREATED_AT:
      caseload_cohort_set_created_at (self, g_value_get_string (value));
      break;

    case PROP_N_PARTICIPANTS:
      caseload_cohort_set_n_participants (self, g_value_get_int (value));
      break;

    case PROP_NEXT_SESSION_ON:
      caseload_cohort_set_next_session_on (self, g_value_get_string (value));
      break;

    case PROP_FACILITATOR_NAMES:
      caseload_cohort_set_facilitator_names (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_cohort_class_init (CaseloadCohortClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_cohort_finalize;
  object_class->get_property = caseload_cohort_get_property;
  object_class->set_property = caseload_cohort_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PROGRAMME] =
    g_param_spec_enum ("programme", NULL, NULL,
                       CASELOAD_TYPE_STEPPS_PROGRAMME,
                       CASELOAD_STEPPS_ADULT_20,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_SESSIONS] =
    g_param_spec_int ("n-sessions", NULL, NULL,
                      G_MININT, G_MAXINT, 20,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SESSION_MINUTES] =
    g_param_spec_int ("session-minutes", NULL, NULL,
                      G_MININT, G_MAXINT, 120,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_VENUE] =
    g_param_spec_string ("venue", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_START_ON] =
    g_param_spec_string ("start-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_END_ON] =
    g_param_spec_string ("end-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_COMPLETION_PERCENT] =
    g_param_spec_int ("completion-percent", NULL, NULL,
                      G_MININT, G_MAXINT, 75,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_VERSION] =
    g_param_spec_int ("version", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CREATED_AT] =
    g_param_spec_string ("created-at", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_PARTICIPANTS] =
    g_param_spec_int ("n-participants", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NEXT_SESSION_ON] =
    g_param_spec_string ("next-session-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FACILITATOR_NAMES] =
    g_param_spec_string ("facilitator-names", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_cohort_init (CaseloadCohort *self)
{
  self->facilitators = g_ptr_array_new_with_free_func (g_object_unref);
  self->participants = g_ptr_array_new_with_free_func (g_object_unref);
  self->sessions = g_ptr_array_new_with_free_func (g_object_unref);
  self->attendance = g_ptr_array_new_with_free_func (g_object_unref);
  self->programme = CASELOAD_STEPPS_ADULT_20;
  self->n_sessions = 20;
  self->session_minutes = 120;
  self->completion_percent = 75;
}

CaseloadCohort *
caseload_cohort_new (void)
{
  return g_object_new (CASELOAD_TYPE_COHORT, NULL);
}

const char *
caseload_cohort_get_id (CaseloadCohort *self)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT (self), NULL);

  return self->id;
}

void
caseload_cohort_set_id (CaseloadCohort *self,
                        const char *id)
{
  g_return_if_fail (CASELOAD_IS_COHORT (self));

  if (caseload_property_set_string (&self->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
caseload_cohort_get_name (CaseloadCohort *self)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT (self), NULL);

  return self->name;
}

void
caseload_cohort_set_name (CaseloadCohort *self,
                          const char *name)
{
  g_return_if_fail (CASELOAD_IS_COHORT (self));

  if (caseload_property_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

CaseloadSteppsProgramme
caseload_cohort_get_programme (CaseloadCohort *self)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT (self), 0);

  return self->programme;
}

void
caseload_cohort_set_programme (CaseloadCohort *self,
                               CaseloadSteppsProgramme programme)
{
  g_return_if_fail (CASELOAD_IS_COHORT (self));

  if (self->programme == programme)
    return;

  self->programme = programme;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRAMME]);
}

int
caseload_cohort_get_n_sessions (CaseloadCohort *self)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT (self), 0);

  return self->n_sessions;
}

void
caseload_cohort_set_n_sessions (CaseloadCohort *self,
                                int n_sessions)
{
  g_return_if_fail (CASELOAD_IS_COHORT (self));

  if (self->n_sessions == n_sessions)
    return;

  self->n_sessions = n_sessions;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SESSIONS]);
}

int
caseload_cohort_get_session_minutes (CaseloadCohort *self)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT (self), 0);

  return self->session_minutes;
}

void
caseload_cohort_set_session_minutes (CaseloadCohort *self,
                                     int session_minutes)
{
  g_return_if_fail (CASELOAD_IS_COHORT (self));

  if (self->session_minutes == session_minutes)
    return;

  self->session_minutes = session_minutes;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION_MINUTES]);
}

const char *
caseload_cohort_get_venue (CaseloadCohort *self)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT (self), NULL);

  return self->venue;
}

void
caseload_cohort_set_venue (CaseloadCohort *self,
                           const char *venue)
{
  g_return_if_fail (CASELOAD_IS_COHORT (self));

  if (caseload_property_set_string (&self->venue, venue))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VENUE]);
}

const char *
caseload_cohort_get_start_on (CaseloadCohort *self)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT (self), NULL);

  return self->start_on;
}

void
caseload_cohort_set_start_on (CaseloadCohort *self,
                              const char *start_on)
{
  g_return_if_fail (CASELOAD_IS_COHORT (self));

  if (caseload_property_set_string (&self->start_on, start_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START_ON]);
}

const char *
caseload_cohort_get_end_on (CaseloadCohort *self)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT (self), NULL);

  return self->end_on;
}

void
caseload_cohort_set_end_on (CaseloadCohort *self,
                            const char *end_on)
{
  g_return_if_fail (CASELOAD_IS_COHORT (self));

  if (caseload_property_set_string (&self->end_on, end_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_ON]);
}

int
caseload_cohort_get_completion_percent (CaseloadCohort *self)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT (self), 0);

  return self->completion_percent;
}

void
caseload_cohort_set_completion_percent (CaseloadCohort *self,
                                        int completion_percent)
{
  g_return_if_fail (CASELOAD_IS_COHORT (self));

  if (self->completion_percent == completion_percent)
    return;

  self->completion_percent = completion_percent;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETION_PERCENT]);
}

int
caseload_cohort_get_version (CaseloadCohort *self)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT (self), 0);

  return self->version;
}

void
caseload_cohort_set_version (CaseloadCohort *self,
                             int version)
{
  g_return_if_fail (CASELOAD_IS_COHORT (self));

  if (self->version == version)
    return;

  self->version = version;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
}

const char *
caseload_cohort_get_created_at (CaseloadCohort *self)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT (self), NULL);

  return self->created_at;
}

void
caseload_cohort_set_created_at (CaseloadCohort *self,
                                const char *created_at)
{
  g_return_if_fail (CASELOAD_IS_COHORT (self));

  if (caseload_property_set_string (&self->created_at, created_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
}

int
caseload_cohort_get_n_participants (CaseloadCohort *self)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT (self), 0);

  return self->n_participants;
}

void
caseload_cohort_set_n_participants (CaseloadCohort *self,
                                    int n_participants)
{
  g_return_if_fail (CASELOAD_IS_COHORT (self));

  if (self->n_participants == n_participants)
    return;

  self->n_participants = n_participants;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PARTICIPANTS]);
}

const char *
caseload_cohort_get_next_session_on (CaseloadCohort *self)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT (self), NULL);

  return self->next_session_on;
}

void
caseload_cohort_set_next_session_on (CaseloadCohort *self,
                                     const char *next_session_on)
{
  g_return_if_fail (CASELOAD_IS_COHORT (self));

  if (caseload_property_set_string (&self->next_session_on, next_session_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEXT_SESSION_ON]);
}

const char *
caseload_cohort_get_facilitator_names (CaseloadCohort *self)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT (self), NULL);

  return self->facilitator_names;
}

void
caseload_cohort_set_facilitator_names (CaseloadCohort *self,
                                       const char *facilitator_names)
{
  g_return_if_fail (CASELOAD_IS_COHORT (self));

  if (caseload_property_set_string (&self->facilitator_names, facilitator_names))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FACILITATOR_NAMES]);
}

GPtrArray *
caseload_cohort_get_facilitators (CaseloadCohort *self)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT (self), NULL);

  return self->facilitators;
}

GPtrArray *
caseload_cohort_get_participants (CaseloadCohort *self)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT (self), NULL);

  return self->participants;
}

GPtrArray *
caseload_cohort_get_sessions (CaseloadCohort *self)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT (self), NULL);

  return self->sessions;
}

GPtrArray *
caseload_cohort_get_attendance (CaseloadCohort *self)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT (self), NULL);

  return self->attendance;
}
