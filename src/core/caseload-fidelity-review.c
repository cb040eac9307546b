/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include "caseload-fidelity-review.h"
#include "caseload-property.h"
#include "caseload-enums.h"

struct _CaseloadFidelityReview
{
  GObject parent_instance;

  char *id;
  char *service;
  char *reviewed_on;
  char *reviewers;
  char *scores;
  int total;
  CaseloadFidelityBand band;
  char *note;
  char *recorded_by_name;
  char *created_at;
};

G_DEFINE_FINAL_TYPE (CaseloadFidelityReview, caseload_fidelity_review, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_SERVICE,
  PROP_REVIEWED_ON,
  PROP_REVIEWERS,
  PROP_SCORES,
  PROP_TOTAL,
  PROP_BAND,
  PROP_NOTE,
  PROP_RECORDED_BY_NAME,
  PROP_CREATED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
caseload_fidelity_review_finalize (GObject *object)
{
  CaseloadFidelityReview *self = CASELOAD_FIDELITY_REVIEW (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->service, g_free);
  g_clear_pointer (&self->reviewed_on, g_free);
  g_clear_pointer (&self->reviewers, g_free);
  g_clear_pointer (&self->scores, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->recorded_by_name, g_free);
  g_clear_pointer (&self->created_at, g_free);

  G_OBJECT_CLASS (caseload_fidelity_review_parent_class)->finalize (object);
}

static void
caseload_fidelity_review_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  CaseloadFidelityReview *self = CASELOAD_FIDELITY_REVIEW (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_SERVICE:
      g_value_set_string (value, self->service);
      break;

    case PROP_REVIEWED_ON:
      g_value_set_string (value, self->reviewed_on);
      break;

    case PROP_REVIEWERS:
      g_value_set_string (value, self->reviewers);
      break;

    case PROP_SCORES:
      g_value_set_string (value, self->scores);
      break;

    case PROP_TOTAL:
      g_value_set_int (value, self->total);
      break;

    case PROP_BAND:
      g_value_set_enum (value, self->band);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    case PROP_RECORDED_BY_NAME:
      g_value_set_string (value, self->recorded_by_name);
      break;

    case PROP_CREATED_AT:
      g_value_set_string (value, self->created_at);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_fidelity_review_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  CaseloadFidelityReview *self = CASELOAD_FIDELITY_REVIEW (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_fidelity_review_set_id (self, g_value_get_string (value));
      break;

    case PROP_SERVICE:
      caseload_fidelity_review_set_service (self, g_value_get_string (value));
      break;

    case PROP_REVIEWED_ON:
      caseload_fidelity_review_set_reviewed_on (self, g_value_get_string (value));
      break;

    case PROP_REVIEWERS:
      caseload_fidelity_review_set_reviewers (self, g_value_get_string (value));
      break;

    case PROP_SCORES:
      caseload_fidelity_review_set_scores (self, g_value_get_string (value));
      break;

    case PROP_TOTAL:
      caseload_fidelity_review_set_total (self, g_value_get_int (value));
      break;

    case PROP_BAND:
      caseload_fidelity_review_set_band (self, g_value_get_enum (value));
      break;

    case PROP_NOTE:
      caseload_fidelity_review_set_note (self, g_value_get_string (value));
      break;

    case PROP_RECORDED_BY_NAME:
      caseload_fidelity_review_set_recorded_by_name (self, g_value_get_string (value));
      break;

    case PROP_CREATED_AT:
      caseload_fidelity_review_set_created_at (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_fidelity_review_class_init (CaseloadFidelityReviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_fidelity_review_finalize;
  object_class->get_property = caseload_fidelity_review_get_property;
  object_class->set_property = caseload_fidelity_review_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SERVICE] =
    g_param_spec_string ("service", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_REVIEWED_ON] =
    g_param_spec_string ("reviewed-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_REVIEWERS] =
    g_param_spec_string ("reviewers", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SCORES] =
    g_param_spec_string ("scores", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TOTAL] =
    g_param_spec_int ("total", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_BAND] =
    g_param_spec_enum ("band", NULL, NULL,
                       CASELOAD_TYPE_FIDELITY_BAND,
                       CASELOAD_FIDELITY_NOT_IPS,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_RECORDED_BY_NAME] =
    g_param_spec_string ("recorded-by-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CREATED_AT] =
    g_param_spec_string ("created-at", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_fidelity_review_init (CaseloadFidelityReview *self)
{
  self->band = CASELOAD_FIDELITY_NOT_IPS;
}

CaseloadFidelityReview *
caseload_fidelity_review_new (void)
{
  return g_object_new (CASELOAD_TYPE_FIDELITY_REVIEW, NULL);
}

const char *
caseload_fidelity_review_get_id (CaseloadFidelityReview *self)
{
  g_return_val_if_fail (CASELOAD_IS_FIDELITY_REVIEW (self), NULL);

  return self->id;
}

void
caseload_fidelity_review_set_id (CaseloadFidelityReview *self,
                                 const char *id)
{
  g_return_if_fail (CASELOAD_IS_FIDELITY_REVIEW (self));

  if (caseload_property_set_string (&self->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
caseload_fidelity_review_get_service (CaseloadFidelityReview *self)
{
  g_return_val_if_fail (CASELOAD_IS_FIDELITY_REVIEW (self), NULL);

  return self->service;
}

void
caseload_fidelity_review_set_service (CaseloadFidelityReview *self,
                                      const char *service)
{
  g_return_if_fail (CASELOAD_IS_FIDELITY_REVIEW (self));

  if (caseload_property_set_string (&self->service, service))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERVICE]);
}

const char *
caseload_fidelity_review_get_reviewed_on (CaseloadFidelityReview *self)
{
  g_return_val_if_fail (CASELOAD_IS_FIDELITY_REVIEW (self), NULL);

  return self->reviewed_on;
}

void
caseload_fidelity_review_set_reviewed_on (CaseloadFidelityReview *self,
                                          const char *reviewed_on)
{
  g_return_if_fail (CASELOAD_IS_FIDELITY_REVIEW (self));

  if (caseload_property_set_string (&self->reviewed_on, reviewed_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEWED_ON]);
}

const char *
caseload_fidelity_review_get_reviewers (CaseloadFidelityReview *self)
{
  g_return_val_if_fail (CASELOAD_IS_FIDELITY_REVIEW (self), NULL);

  return self->reviewers;
}

void
caseload_fidelity_review_set_reviewers (CaseloadFidelityReview *self,
                                        const char *reviewers)
{
  g_return_if_fail (CASELOAD_IS_FIDELITY_REVIEW (self));

  if (caseload_property_set_string (&self->reviewers, reviewers))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEWERS]);
}

const char *
caseload_fidelity_review_get_scores (CaseloadFidelityReview *self)
{
  g_return_val_if_fail (CASELOAD_IS_FIDELITY_REVIEW (self), NULL);

  return self->scores;
}

void
caseload_fidelity_review_set_scores (CaseloadFidelityReview *self,
                                     const char *scores)
{
  g_return_if_fail (CASELOAD_IS_FIDELITY_REVIEW (self));

  if (caseload_property_set_string (&self->scores, scores))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCORES]);
}

int
caseload_fidelity_review_get_total (CaseloadFidelityReview *self)
{
  g_return_val_if_fail (CASELOAD_IS_FIDELITY_REVIEW (self), 0);

  return self->total;
}

void
caseload_fidelity_review_set_total (CaseloadFidelityReview *self,
                                    int total)
{
  g_return_if_fail (CASELOAD_IS_FIDELITY_REVIEW (self));

  if (self->total == total)
    return;

  self->total = total;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL]);
}

CaseloadFidelityBand
caseload_fidelity_review_get_band (CaseloadFidelityReview *self)
{
  g_return_val_if_fail (CASELOAD_IS_FIDELITY_REVIEW (self), 0);

  return self->band;
}

void
caseload_fidelity_review_set_band (CaseloadFidelityReview *self,
                                   CaseloadFidelityBand band)
{
  g_return_if_fail (CASELOAD_IS_FIDELITY_REVIEW (self));

  if (self->band == band)
    return;

  self->band = band;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BAND]);
}

const char *
caseload_fidelity_review_get_note (CaseloadFidelityReview *self)
{
  g_return_val_if_fail (CASELOAD_IS_FIDELITY_REVIEW (self), NULL);

  return self->note;
}

void
caseload_fidelity_review_set_note (CaseloadFidelityReview *self,
                                   const char *note)
{
  g_return_if_fail (CASELOAD_IS_FIDELITY_REVIEW (self));

  if (caseload_property_set_string (&self->note, note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}

const char *
caseload_fidelity_review_get_recorded_by_name (CaseloadFidelityReview *self)
{
  g_return_val_if_fail (CASELOAD_IS_FIDELITY_REVIEW (self), NULL);

  return self->recorded_by_name;
}

void
caseload_fidelity_review_set_recorded_by_name (CaseloadFidelityReview *self,
                                               const char *recorded_by_name)
{
  g_return_if_fail (CASELOAD_IS_FIDELITY_REVIEW (self));

  if (caseload_property_set_string (&self->recorded_by_name, recorded_by_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORDED_BY_NAME]);
}

const char *
caseload_fidelity_review_get_created_at (CaseloadFidelityReview *self)
{
  g_return_val_if_fail (CASELOAD_IS_FIDELITY_REVIEW (self), NULL);

  return self->created_at;
}

void
caseload_fidelity_review_set_created_at (CaseloadFidelityReview *self,
                                         const char *created_at)
{
  g_return_if_fail (CASELOAD_IS_FIDELITY_REVIEW (self));

  if (caseload_property_set_string (&self->created_at, created_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
}

GArray *
caseload_fidelity_review_get_score_values (CaseloadFidelityReview *self)
{
  g_auto(GStrv) fields = NULL;
  GArray *scores;

  g_return_val_if_fail (CASELOAD_IS_FIDELITY_REVIEW (self), NULL);

  scores = g_array_new (FALSE, FALSE, sizeof (int));
  if (self->scores == NULL)
    return scores;

  fields = g_strsplit (self->scores, ",", -1);
  for (guint i = 0; fields[i] != NULL; i++)
    {
      const char *field = g_strstrip (fields[i]);
      gint64 value = 0;

      /* Anything that is not a whole number reads as not scored. */
      if (field[0] != '\0' && !g_ascii_string_to_signed (field, 10, G_MININT, G_MAXINT, &value, NULL))
        value = 0;
      int score = (int) value;

      g_array_append_val (scores, score);
    }

  return scores;
}

void
caseload_fidelity_review_set_score_values (CaseloadFidelityReview *self,
                                           const int              *scores,
                                           guint                   n_scores)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_if_fail (CASELOAD_IS_FIDELITY_REVIEW (self));
  g_return_if_fail (scores != NULL || n_scores == 0);

  for (guint i = 0; i < n_scores; i++)
    {
      if (i > 0)
        g_string_append_c (text, ',');
      if (scores[i] > 0)
        g_string_append_printf (text, "%d", scores[i]);
    }

  caseload_fidelity_review_set_scores (self, text->str);
}
