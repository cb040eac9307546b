/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include "caseload-measure.h"
#include "caseload-property.h"
#include "caseload-enums.h"

struct _CaseloadMeasure
{
  GObject parent_instance;

  char *id;
  char *person_id;
  CaseloadInstrument instrument;
  char *answers;
  char *completed_on;
  CaseloadCompletedBy completed_by;
  char *chosen_areas;
  char *note;
  gboolean complete;
  gboolean has_total;
  double total;
  gboolean has_secondary;
  double secondary;
  char *band;
  gboolean risk;
  char *recorded_by;
  char *recorded_by_name;
  char *organisation_id;
  char *organisation_name;
  int version;
  char *created_at;
};

G_DEFINE_FINAL_TYPE (CaseloadMeasure, caseload_measure, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PERSON_ID,
  PROP_INSTRUMENT,
  PROP_ANSWERS,
  PROP_COMPLETED_ON,
  PROP_COMPLETED_BY,
  PROP_CHOSEN_AREAS,
  PROP_NOTE,
  PROP_COMPLETE,
  PROP_HAS_TOTAL,
  PROP_TOTAL,
  PROP_HAS_SECONDARY,
  PROP_SECONDARY,
  PROP_BAND,
  PROP_RISK,
  PROP_RECORDED_BY,
  PROP_RECORDED_BY_NAME,
  PROP_ORGANISATION_ID,
  PROP_ORGANISATION_NAME,
  PROP_VERSION,
  PROP_CREATED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
caseload_measure_finalize (GObject *object)
{
  CaseloadMeasure *self = CASELOAD_MEASURE (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->person_id, g_free);
  g_clear_pointer (&self->answers, g_free);
  g_clear_pointer (&self->completed_on, g_free);
  g_clear_pointer (&self->chosen_areas, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->band, g_free);
  g_clear_pointer (&self->recorded_by, g_free);
  g_clear_pointer (&self->recorded_by_name, g_free);
  g_clear_pointer (&self->organisation_id, g_free);
  g_clear_pointer (&self->organisation_name, g_free);
  g_clear_pointer (&self->created_at, g_free);

  G_OBJECT_CLASS (caseload_measure_parent_class)->finalize (object);
}

static void
caseload_measure_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CaseloadMeasure *self = CASELOAD_MEASURE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_PERSON_ID:
      g_value_set_string (value, self->person_id);
      break;

    case PROP_INSTRUMENT:
      g_value_set_enum (value, self->instrument);
      break;

    case PROP_ANSWERS:
      g_value_set_string (value, self->answers);
      break;

    case PROP_COMPLETED_ON:
      g_value_set_string (value, self->completed_on);
      break;

    case PROP_COMPLETED_BY:
      g_value_set_enum (value, self->completed_by);
      break;

    case PROP_CHOSEN_AREAS:
      g_value_set_string (value, self->chosen_areas);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    case PROP_COMPLETE:
      g_value_set_boolean (value, self->complete);
      break;

    case PROP_HAS_TOTAL:
      g_value_set_boolean (value, self->has_total);
      break;

    case PROP_TOTAL:
      g_value_set_double (value, self->total);
      break;

    case PROP_HAS_SECONDARY:
      g_value_set_boolean (value, self->has_secondary);
      break;

    case PROP_SECONDARY:
      g_value_set_double (value, self->secondary);
      break;

    case PROP_BAND:
      g_value_set_string (value, self->band);
      break;

    case PROP_RISK:
      g_value_set_boolean (value, self->risk);
      break;

    case PROP_RECORDED_BY:
      g_value_set_string (value, self->recorded_by);
      break;

    case PROP_RECORDED_BY_NAME:
      g_value_set_string (value, self->recorded_by_name);
      break;

    case PROP_ORGANISATION_ID:
      g_value_set_string (value, self->organisation_id);
      break;

    case PROP_ORGANISATION_NAME:
      g_value_set_string (value, self->organisation_name);
      break;

    case PROP_VERSION:
      g_value_set_int (value, self->version);
      break;

    case PROP_CREATED_AT:
      g_value_set_string (value, self->created_at);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_measure_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CaseloadMeasure *self = CASELOAD_MEASURE (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_measure_set_id (self, g_value_get_string (value));
      break;

    case PROP_PERSON_ID:
      caseload_measure_set_person_id (self, g_value_get_string (value));
      break;

    case PROP_INSTRUMENT:
      caseload_measure_set_instrument (self, g_value_get_enum (value));
      break;

    case PROP_ANSWERS:
      caseload_measure_set_answers (self, g_value_get_string (value));
      break;

    case PROP_COMPLETED_ON:
      caseload_measure_set_completed_on (self, g_value_get_string (value));
      break;

    case PROP_COMPLETED_BY:
      caseload_measure_set_completed_by (self, g_value_get_enum (value));
      break;

    case PROP_CHOSEN_AREAS:
      caseload_measure_set_chosen_areas (self, g_value_get_string (value));
      break;

    case PROP_NOTE:
      caseload_measure_set_note (self, g_value_get_string (value));
      break;

    case PROP_COMPLETE:
      caseload_measure_set_complete (self, g_value_get_boolean (value));
      break;

    case PROP_HAS_TOTAL:
      caseload_measure_set_has_total (self, g_value_get_boolean (value));
      break;

    case PROP_TOTAL:
      caseload_measure_set_total (self, g_value_get_double (value));
      break;

    case PROP_HAS_SECONDARY:
      caseload_measure_set_has_secondary (self, g_value_get_boolean (value));
      break;

    case PROP_SECONDARY:
      caseload_measure_set_secondary (self, g_value_get_double (value));
      break;

    case PROP_BAND:
      caseload_measure_set_band (self, g_value_get_string (value));
      break;

    case PROP_RISK:
      caseload_measure_set_risk (self, g_value_get_boolean (value));
      break;

    case PROP_RECORDED_BY:
      caseload_measure_set_recorded_by (self, g_value_get_string (value));
      break;

    case PROP_RECORDED_BY_NAME:
      caseload_measure_set_recorded_by_name (self, g_value_get_string (value));
      break;

    case PROP_ORGANISATION_ID:
      caseload_measure_set_organisation_id (self, g_value_get_string (value));
      break;

    case PROP_ORGANISATION_NAME:
      caseload_measure_set_organisation_name (self, g_value_get_string (value));
      break;

    case PROP_VERSION:
      caseload_measure_set_version (self, g_value_get_int (value));
      break;

    case PROP_CREATED_AT:
      caseload_measure_set_created_at (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_measure_class_init (CaseloadMeasureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_measure_finalize;
  object_class->get_property = caseload_measure_get_property;
  object_class->set_property = caseload_measure_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PERSON_ID] =
    g_param_spec_string ("person-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_INSTRUMENT] =
    g_param_spec_enum ("instrument", NULL, NULL,
                       CASELOAD_TYPE_INSTRUMENT,
                       CASELOAD_INSTRUMENT_PHQ9,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ANSWERS] =
    g_param_spec_string ("answers", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_COMPLETED_ON] =
    g_param_spec_string ("completed-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_COMPLETED_BY] =
    g_param_spec_enum ("completed-by", NULL, NULL,
                       CASELOAD_TYPE_COMPLETED_BY,
                       CASELOAD_COMPLETED_BY_PERSON,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CHOSEN_AREAS] =
    g_param_spec_string ("chosen-areas", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_COMPLETE] =
    g_param_spec_boolean ("complete", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HAS_TOTAL] =
    g_param_spec_boolean ("has-total", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TOTAL] =
    g_param_spec_double ("total", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HAS_SECONDARY] =
    g_param_spec_boolean ("has-secondary", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SECONDARY] =
    g_param_spec_double ("secondary", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_BAND] =
    g_param_spec_string ("band", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_RISK] =
    g_param_spec_boolean ("risk", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_RECORDED_BY] =
    g_param_spec_string ("recorded-by", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_RECORDED_BY_NAME] =
    g_param_spec_string ("recorded-by-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ORGANISATION_ID] =
    g_param_spec_string ("organisation-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ORGANISATION_NAME] =
    g_param_spec_string ("organisation-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_VERSION] =
    g_param_spec_int ("version", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CREATED_AT] =
    g_param_spec_string ("created-at", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_measure_init (CaseloadMeasure *self)
{
  self->instrument = CASELOAD_INSTRUMENT_PHQ9;
  self->completed_by = CASELOAD_COMPLETED_BY_PERSON;
}

CaseloadMeasure *
caseload_measure_new (void)
{
  return g_object_new (CASELOAD_TYPE_MEASURE, NULL);
}

const char *
caseload_measure_get_id (CaseloadMeasure *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEASURE (self), NULL);

  return self->id;
}

void
caseload_measure_set_id (CaseloadMeasure *self,
                         const char *id)
{
  g_return_if_fail (CASELOAD_IS_MEASURE (self));

  if (caseload_property_set_string (&self->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
caseload_measure_get_person_id (CaseloadMeasure *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEASURE (self), NULL);

  return self->person_id;
}

void
caseload_measure_set_person_id (CaseloadMeasure *self,
                                const char *person_id)
{
  g_return_if_fail (CASELOAD_IS_MEASURE (self));

  if (caseload_property_set_string (&self->person_id, person_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
}

CaseloadInstrument
caseload_measure_get_instrument (CaseloadMeasure *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEASURE (self), 0);

  return self->instrument;
}

void
caseload_measure_set_instrument (CaseloadMeasure *self,
                                 CaseloadInstrument instrument)
{
  g_return_if_fail (CASELOAD_IS_MEASURE (self));

  if (self->instrument == instrument)
    return;

  self->instrument = instrument;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INSTRUMENT]);
}

const char *
caseload_measure_get_answers (CaseloadMeasure *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEASURE (self), NULL);

  return self->answers;
}

void
caseload_measure_set_answers (CaseloadMeasure *self,
                              const char *answers)
{
  g_return_if_fail (CASELOAD_IS_MEASURE (self));

  if (caseload_property_set_string (&self->answers, answers))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANSWERS]);
}

const char *
caseload_measure_get_completed_on (CaseloadMeasure *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEASURE (self), NULL);

  return self->completed_on;
}

void
caseload_measure_set_completed_on (CaseloadMeasure *self,
                                   const char *completed_on)
{
  g_return_if_fail (CASELOAD_IS_MEASURE (self));

  if (caseload_property_set_string (&self->completed_on, completed_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETED_ON]);
}

CaseloadCompletedBy
caseload_measure_get_completed_by (CaseloadMeasure *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEASURE (self), 0);

  return self->completed_by;
}

void
caseload_measure_set_completed_by (CaseloadMeasure *self,
                                   CaseloadCompletedBy completed_by)
{
  g_return_if_fail (CASELOAD_IS_MEASURE (self));

  if (self->completed_by == completed_by)
    return;

  self->completed_by = completed_by;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETED_BY]);
}

const char *
caseload_measure_get_chosen_areas (CaseloadMeasure *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEASURE (self), NULL);

  return self->chosen_areas;
}

void
caseload_measure_set_chosen_areas (CaseloadMeasure *self,
                                   const char *chosen_areas)
{
  g_return_if_fail (CASELOAD_IS_MEASURE (self));

  if (caseload_property_set_string (&self->chosen_areas, chosen_areas))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHOSEN_AREAS]);
}

const char *
caseload_measure_get_note (CaseloadMeasure *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEASURE (self), NULL);

  return self->note;
}

void
caseload_measure_set_note (CaseloadMeasure *self,
                           const char *note)
{
  g_return_if_fail (CASELOAD_IS_MEASURE (self));

  if (caseload_property_set_string (&self->note, note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}

gboolean
caseload_measure_get_complete (CaseloadMeasure *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEASURE (self), FALSE);

  return self->complete;
}

void
caseload_measure_set_complete (CaseloadMeasure *self,
                               gboolean complete)
{
  g_return_if_fail (CASELOAD_IS_MEASURE (self));

  complete = !!complete;

  if (self->complete == complete)
    return;

  self->complete = complete;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETE]);
}

gboolean
caseload_measure_get_has_total (CaseloadMeasure *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEASURE (self), FALSE);

  return self->has_total;
}

void
caseload_measure_set_has_total (CaseloadMeasure *self,
                                gboolean has_total)
{
  g_return_if_fail (CASELOAD_IS_MEASURE (self));

  has_total = !!has_total;

  if (self->has_total == has_total)
    return;

  self->has_total = has_total;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_TOTAL]);
}

double
caseload_measure_get_total (CaseloadMeasure *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEASURE (self), 0);

  return self->total;
}

void
caseload_measure_set_total (CaseloadMeasure *self,
                            double total)
{
  g_return_if_fail (CASELOAD_IS_MEASURE (self));

  if (self->total == total)
    return;

  self->total = total;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL]);
}

gboolean
caseload_measure_get_has_secondary (CaseloadMeasure *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEASURE (self), FALSE);

  return self->has_secondary;
}

void
caseload_measure_set_has_secondary (CaseloadMeasure *self,
                                    gboolean has_secondary)
{
  g_return_if_fail (CASELOAD_IS_MEASURE (self));

  has_secondary = !!has_secondary;

  if (self->has_secondary == has_secondary)
    return;

  self->has_secondary = has_secondary;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_SECONDARY]);
}

double
caseload_measure_get_secondary (CaseloadMeasure *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEASURE (self), 0);

  return self->secondary;
}

void
caseload_measure_set_secondary (CaseloadMeasure *self,
                                double secondary)
{
  g_return_if_fail (CASELOAD_IS_MEASURE (self));

  if (self->secondary == secondary)
    return;

  self->secondary = secondary;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECONDARY]);
}

const char *
caseload_measure_get_band (CaseloadMeasure *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEASURE (self), NULL);

  return self->band;
}

void
caseload_measure_set_band (CaseloadMeasure *self,
                           const char *band)
{
  g_return_if_fail (CASELOAD_IS_MEASURE (self));

  if (caseload_property_set_string (&self->band, band))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BAND]);
}

gboolean
caseload_measure_get_risk (CaseloadMeasure *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEASURE (self), FALSE);

  return self->risk;
}

void
caseload_measure_set_risk (CaseloadMeasure *self,
                           gboolean risk)
{
  g_return_if_fail (CASELOAD_IS_MEASURE (self));

  risk = !!risk;

  if (self->risk == risk)
    return;

  self->risk = risk;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RISK]);
}

const char *
caseload_measure_get_recorded_by (CaseloadMeasure *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEASURE (self), NULL);

  return self->recorded_by;
}

void
caseload_measure_set_recorded_by (CaseloadMeasure *self,
                                  const char *recorded_by)
{
  g_return_if_fail (CASELOAD_IS_MEASURE (self));

  if (caseload_property_set_string (&self->recorded_by, recorded_by))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORDED_BY]);
}

const char *
caseload_measure_get_recorded_by_name (CaseloadMeasure *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEASURE (self), NULL);

  return self->recorded_by_name;
}

void
caseload_measure_set_recorded_by_name (CaseloadMeasure *self,
                                       const char *recorded_by_name)
{
  g_return_if_fail (CASELOAD_IS_MEASURE (self));

  if (caseload_property_set_string (&self->recorded_by_name, recorded_by_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORDED_BY_NAME]);
}

const char *
caseload_measure_get_organisation_id (CaseloadMeasure *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEASURE (self), NULL);

  return self->organisation_id;
}

void
caseload_measure_set_organisation_id (CaseloadMeasure *self,
                                      const char *organisation_id)
{
  g_return_if_fail (CASELOAD_IS_MEASURE (self));

  if (caseload_property_set_string (&self->organisation_id, organisation_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANISATION_ID]);
}

const char *
caseload_measure_get_organisation_name (CaseloadMeasure *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEASURE (self), NULL);

  return self->organisation_name;
}

void
caseload_measure_set_organisation_name (CaseloadMeasure *self,
                                        const char *organisation_name)
{
  g_return_if_fail (CASELOAD_IS_MEASURE (self));

  if (caseload_property_set_string (&self->organisation_name, organisation_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANISATION_NAME]);
}

int
caseload_measure_get_version (CaseloadMeasure *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEASURE (self), 0);

  return self->version;
}

void
caseload_measure_set_version (CaseloadMeasure *self,
                              int version)
{
  g_return_if_fail (CASELOAD_IS_MEASURE (self));

  if (self->version == version)
    return;

  self->version = version;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
}

const char *
caseload_measure_get_created_at (CaseloadMeasure *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEASURE (self), NULL);

  return self->created_at;
}

void
caseload_measure_set_created_at (CaseloadMeasure *self,
                                 const char *created_at)
{
  g_return_if_fail (CASELOAD_IS_MEASURE (self));

  if (caseload_property_set_string (&self->created_at, created_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
}

GArray *
caseload_measure_get_answer_values (CaseloadMeasure *self)
{
  g_auto(GStrv) fields = NULL;
  GArray *answers;

  g_return_val_if_fail (CASELOAD_IS_MEASURE (self), NULL);

  answers = g_array_new (FALSE, FALSE, sizeof (int));
  if (self->answers == NULL)
    return answers;

  fields = g_strsplit (self->answers, ",", -1);
  for (guint i = 0; fields[i] != NULL; i++)
    {
      const char *field = g_strstrip (fields[i]);
      gint64 value = -1;

      /* Anything that is not a whole number reads as missing: never as zero. */
      if (field[0] != '\0' && !g_ascii_string_to_signed (field, 10, G_MININT, G_MAXINT, &value, NULL))
        value = -1;
      int answer = (int) value;

      g_array_append_val (answers, answer);
    }

  return answers;
}

void
caseload_measure_set_answer_values (CaseloadMeasure *self,
                                    const int       *answers,
                                    guint            n_answers)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_if_fail (CASELOAD_IS_MEASURE (self));
  g_return_if_fail (answers != NULL || n_answers == 0);

  for (guint i = 0; i < n_answers; i++)
    {
      if (i > 0)
        g_string_append_c (text, ',');
      if (answers[i] >= 0)
        g_string_append_printf (text, "%d", answers[i]);
    }

  caseload_measure_set_answers (self, text->str);
}
