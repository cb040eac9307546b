/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "caseload-consent.h"
#include "caseload-property.h"
#include "caseload-enums.h"

/* A person's decision about sharing their record with one organisation. Decisions are
 * never edited, only followed by newer ones. "may-add" implies "may-view": the setters
 * keep the pair consistent, so no decision allows adding without viewing; both FALSE
 * is the person declining. */

struct _CaseloadConsent
{
  GObject parent_instance;

  char                     *id;
  char                     *person_id;
  char                     *organisation_id;
  char                     *organisation_name;
  CaseloadOrganisationKind  organisation_kind;
  gboolean                  may_view;
  gboolean                  may_add;
  CaseloadConsentMethod     method;
  char                     *decided_on;
  char                     *review_date;
  char                     *note;
  char                     *recorded_by;
  char                     *recorded_by_name;
  char                     *recorded_at;
};

G_DEFINE_FINAL_TYPE (CaseloadConsent, caseload_consent, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PERSON_ID,
  PROP_ORGANISATION_ID,
  PROP_ORGANISATION_NAME,
  PROP_ORGANISATION_KIND,
  PROP_MAY_VIEW,
  PROP_MAY_ADD,
  PROP_METHOD,
  PROP_DECIDED_ON,
  PROP_REVIEW_DATE,
  PROP_NOTE,
  PROP_RECORDED_BY,
  PROP_RECORDED_BY_NAME,
  PROP_RECORDED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
caseload_consent_finalize (GObject *object)
{
  CaseloadConsent *self = CASELOAD_CONSENT (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->person_id, g_free);
  g_clear_pointer (&self->organisation_id, g_free);
  g_clear_pointer (&self->organisation_name, g_free);
  g_clear_pointer (&self->decided_on, g_free);
  g_clear_pointer (&self->review_date, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->recorded_by, g_free);
  g_clear_pointer (&self->recorded_by_name, g_free);
  g_clear_pointer (&self->recorded_at, g_free);

  G_OBJECT_CLASS (caseload_consent_parent_class)->finalize (object);
}

static void
caseload_consent_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CaseloadConsent *self = CASELOAD_CONSENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_PERSON_ID:
      g_value_set_string (value, self->person_id);
      break;

    case PROP_ORGANISATION_ID:
      g_value_set_string (value, self->organisation_id);
      break;

    case PROP_ORGANISATION_NAME:
      g_value_set_string (value, self->organisation_name);
      break;

    case PROP_ORGANISATION_KIND:
      g_value_set_enum (value, self->organisation_kind);
      break;

    case PROP_MAY_VIEW:
      g_value_set_boolean (value, self->may_view);
      break;

    case PROP_MAY_ADD:
      g_value_set_boolean (value, self->may_add);
      break;

    case PROP_METHOD:
      g_value_set_enum (value, self->method);
      break;

    case PROP_DECIDED_ON:
      g_value_set_string (value, self->decided_on);
      break;

    case PROP_REVIEW_DATE:
      g_value_set_string (value, self->review_date);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    case PROP_RECORDED_BY:
      g_value_set_string (value, self->recorded_by);
      break;

    case PROP_RECORDED_BY_NAME:
      g_value_set_string (value, self->recorded_by_name);
      break;

    case PROP_RECORDED_AT:
      g_value_set_string (value, self->recorded_at);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_consent_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CaseloadConsent *self = CASELOAD_CONSENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_consent_set_id (self, g_value_get_string (value));
      break;

    case PROP_PERSON_ID:
      caseload_consent_set_person_id (self, g_value_get_string (value));
      break;

    case PROP_ORGANISATION_ID:
      caseload_consent_set_organisation_id (self, g_value_get_string (value));
      break;

    case PROP_ORGANISATION_NAME:
      caseload_consent_set_organisation_name (self, g_value_get_string (value));
      break;

    case PROP_ORGANISATION_KIND:
      caseload_consent_set_organisation_kind (self, g_value_get_enum (value));
      break;

    case PROP_MAY_VIEW:
      caseload_consent_set_may_view (self, g_value_get_boolean (value));
      break;

    case PROP_MAY_ADD:
      caseload_consent_set_may_add (self, g_value_get_boolean (value));
      break;

    case PROP_METHOD:
      caseload_consent_set_method (self, g_value_get_enum (value));
      break;

    case PROP_DECIDED_ON:
      caseload_consent_set_decided_on (self, g_value_get_string (value));
      break;

    case PROP_REVIEW_DATE:
      caseload_consent_set_review_date (self, g_value_get_string (value));
      break;

    case PROP_NOTE:
      caseload_consent_set_note (self, g_value_get_string (value));
      break;

    case PROP_RECORDED_BY:
      caseload_consent_set_recorded_by (self, g_value_get_string (value));
      break;

    case PROP_RECORDED_BY_NAME:
      caseload_consent_set_recorded_by_name (self, g_value_get_string (value));
      break;

    case PROP_RECORDED_AT:
      caseload_consent_set_recorded_at (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_consent_class_init (CaseloadConsentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_consent_finalize;
  object_class->get_property = caseload_consent_get_property;
  object_class->set_property = caseload_consent_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PERSON_ID] =
    g_param_spec_string ("person-id", NULL, NULL,
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

  properties[PROP_ORGANISATION_KIND] =
    g_param_spec_enum ("organisation-kind", NULL, NULL,
                       CASELOAD_TYPE_ORGANISATION_KIND,
                       CASELOAD_ORGANISATION_GP_PRACTICE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MAY_VIEW] =
    g_param_spec_boolean ("may-view", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MAY_ADD] =
    g_param_spec_boolean ("may-add", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_METHOD] =
    g_param_spec_enum ("method", NULL, NULL,
                       CASELOAD_TYPE_CONSENT_METHOD,
                       CASELOAD_CONSENT_METHOD_VERBAL,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DECIDED_ON] =
    g_param_spec_string ("decided-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_REVIEW_DATE] =
    g_param_spec_string ("review-date", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_RECORDED_BY] =
    g_param_spec_string ("recorded-by", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_RECORDED_BY_NAME] =
    g_param_spec_string ("recorded-by-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_RECORDED_AT] =
    g_param_spec_string ("recorded-at", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_consent_init (CaseloadConsent *self)
{
}

/**
 * caseload_consent_new:
 *
 * Returns: (transfer full): a new, empty consent
 */
CaseloadConsent *
caseload_consent_new (void)
{
  return g_object_new (CASELOAD_TYPE_CONSENT, NULL);
}

/**
 * caseload_consent_get_id:
 * @self: a consent
 *
 * Returns: (nullable): the stored id, or %NULL before the first save
 */
const char *
caseload_consent_get_id (CaseloadConsent *self)
{
  g_return_val_if_fail (CASELOAD_IS_CONSENT (self), NULL);

  return self->id;
}

void
caseload_consent_set_id (CaseloadConsent *self,
                         const char      *id)
{
  g_return_if_fail (CASELOAD_IS_CONSENT (self));

  if (caseload_property_set_string (&self->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

/**
 * caseload_consent_get_person_id:
 * @self: a consent
 *
 * Returns: (nullable): the id of the person who decided
 */
const char *
caseload_consent_get_person_id (CaseloadConsent *self)
{
  g_return_val_if_fail (CASELOAD_IS_CONSENT (self), NULL);

  return self->person_id;
}

void
caseload_consent_set_person_id (CaseloadConsent *self,
                                const char      *person_id)
{
  g_return_if_fail (CASELOAD_IS_CONSENT (self));

  if (caseload_property_set_string (&self->person_id, person_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
}

/**
 * caseload_consent_get_organisation_id:
 * @self: a consent
 *
 * Returns: (nullable): the id of the organisation the decision is about
 */
const char *
caseload_consent_get_organisation_id (CaseloadConsent *self)
{
  g_return_val_if_fail (CASELOAD_IS_CONSENT (self), NULL);

  return self->organisation_id;
}

void
caseload_consent_set_organisation_id (CaseloadConsent *self,
                                      const char      *organisation_id)
{
  g_return_if_fail (CASELOAD_IS_CONSENT (self));

  if (caseload_property_set_string (&self->organisation_id, organisation_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANISATION_ID]);
}

/**
 * caseload_consent_get_organisation_name:
 * @self: a consent
 *
 * Returns: (nullable): the organisation's name, filled by the store on read
 */
const char *
caseload_consent_get_organisation_name (CaseloadConsent *self)
{
  g_return_val_if_fail (CASELOAD_IS_CONSENT (self), NULL);

  return self->organisation_name;
}

void
caseload_consent_set_organisation_name (CaseloadConsent *self,
                                        const char      *organisation_name)
{
  g_return_if_fail (CASELOAD_IS_CONSENT (self));

  if (caseload_property_set_string (&self->organisation_name, organisation_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANISATION_NAME]);
}

/**
 * caseload_consent_get_organisation_kind:
 * @self: a consent
 *
 * Returns: the organisation's kind, filled by the store on read
 */
CaseloadOrganisationKind
caseload_consent_get_organisation_kind (CaseloadConsent *self)
{
  g_return_val_if_fail (CASELOAD_IS_CONSENT (self), CASELOAD_ORGANISATION_GP_PRACTICE);

  return self->organisation_kind;
}

void
caseload_consent_set_organisation_kind (CaseloadConsent          *self,
                                        CaseloadOrganisationKind  kind)
{
  g_return_if_fail (CASELOAD_IS_CONSENT (self));
  g_return_if_fail ((guint) kind <= CASELOAD_ORGANISATION_TALKING_THERAPIES);

  if (self->organisation_kind == kind)
    return;

  self->organisation_kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANISATION_KIND]);
}

/**
 * caseload_consent_get_may_view:
 * @self: a consent
 *
 * Returns: %TRUE if the organisation may see the record
 */
gboolean
caseload_consent_get_may_view (CaseloadConsent *self)
{
  g_return_val_if_fail (CASELOAD_IS_CONSENT (self), FALSE);

  return self->may_view;
}

/**
 * caseload_consent_set_may_view:
 * @self: a consent
 * @may_view: whether the organisation may see the record
 *
 * Withdrawing the view withdraws adding too ("may-add" becomes %FALSE).
 */
void
caseload_consent_set_may_view (CaseloadConsent *self,
                               gboolean         may_view)
{
  g_return_if_fail (CASELOAD_IS_CONSENT (self));

  may_view = !!may_view;

  if (self->may_view == may_view)
    return;

  g_object_freeze_notify (G_OBJECT (self));

  self->may_view = may_view;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAY_VIEW]);

  if (!may_view && self->may_add)
    {
      self->may_add = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAY_ADD]);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * caseload_consent_get_may_add:
 * @self: a consent
 *
 * Returns: %TRUE if the organisation may add to the record (and so may see it)
 */
gboolean
caseload_consent_get_may_add (CaseloadConsent *self)
{
  g_return_val_if_fail (CASELOAD_IS_CONSENT (self), FALSE);

  return self->may_add;
}

/**
 * caseload_consent_set_may_add:
 * @self: a consent
 * @may_add: whether the organisation may add to the record
 *
 * Allowing adding allows viewing too ("may-view" becomes %TRUE); withdrawing it leaves
 * the view as it was.
 */
void
caseload_consent_set_may_add (CaseloadConsent *self,
                              gboolean         may_add)
{
  g_return_if_fail (CASELOAD_IS_CONSENT (self));

  may_add = !!may_add;

  if (self->may_add == may_add)
    return;

  g_object_freeze_notify (G_OBJECT (self));

  self->may_add = may_add;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAY_ADD]);

  if (may_add && !self->may_view)
    {
      self->may_view = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAY_VIEW]);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * caseload_consent_get_method:
 * @self: a consent
 *
 * Returns: how the decision was given
 */
CaseloadConsentMethod
caseload_consent_get_method (CaseloadConsent *self)
{
  g_return_val_if_fail (CASELOAD_IS_CONSENT (self), CASELOAD_CONSENT_METHOD_VERBAL);

  return self->method;
}

void
caseload_consent_set_method (CaseloadConsent       *self,
                             CaseloadConsentMethod  method)
{
  g_return_if_fail (CASELOAD_IS_CONSENT (self));
  g_return_if_fail ((guint) method <= CASELOAD_CONSENT_METHOD_BEST_INTERESTS);

  if (self->method == method)
    return;

  self->method = method;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_METHOD]);
}

/**
 * caseload_consent_get_decided_on:
 * @self: a consent
 *
 * Returns: (nullable): the date of the decision, ISO 8601 ("2026-11-22")
 */
const char *
caseload_consent_get_decided_on (CaseloadConsent *self)
{
  g_return_val_if_fail (CASELOAD_IS_CONSENT (self), NULL);

  return self->decided_on;
}

void
caseload_consent_set_decided_on (CaseloadConsent *self,
                                 const char      *decided_on)
{
  g_return_if_fail (CASELOAD_IS_CONSENT (self));

  if (caseload_property_set_string (&self->decided_on, decided_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECIDED_ON]);
}

/**
 * caseload_consent_get_review_date:
 * @self: a consent
 *
 * Returns: (nullable): when to ask again, ISO 8601, or %NULL
 */
const char *
caseload_consent_get_review_date (CaseloadConsent *self)
{
  g_return_val_if_fail (CASELOAD_IS_CONSENT (self), NULL);

  return self->review_date;
}

void
caseload_consent_set_review_date (CaseloadConsent *self,
                                  const char      *review_date)
{
  g_return_if_fail (CASELOAD_IS_CONSENT (self));

  if (caseload_property_set_string (&self->review_date, review_date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW_DATE]);
}

/**
 * caseload_consent_get_note:
 * @self: a consent
 *
 * Returns: (nullable): what the person said, in the recorder's words
 */
const char *
caseload_consent_get_note (CaseloadConsent *self)
{
  g_return_val_if_fail (CASELOAD_IS_CONSENT (self), NULL);

  return self->note;
}

void
caseload_consent_set_note (CaseloadConsent *self,
                           const char      *note)
{
  g_return_if_fail (CASELOAD_IS_CONSENT (self));

  if (caseload_property_set_string (&self->note, note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}

/**
 * caseload_consent_get_recorded_by:
 * @self: a consent
 *
 * Returns: (nullable): the id of the staff member who recorded it, filled by the store
 */
const char *
caseload_consent_get_recorded_by (CaseloadConsent *self)
{
  g_return_val_if_fail (CASELOAD_IS_CONSENT (self), NULL);

  return self->recorded_by;
}

void
caseload_consent_set_recorded_by (CaseloadConsent *self,
                                  const char      *recorded_by)
{
  g_return_if_fail (CASELOAD_IS_CONSENT (self));

  if (caseload_property_set_string (&self->recorded_by, recorded_by))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORDED_BY]);
}

/**
 * caseload_consent_get_recorded_by_name:
 * @self: a consent
 *
 * Returns: (nullable): the recorder's name, filled by the store on read
 */
const char *
caseload_consent_get_recorded_by_name (CaseloadConsent *self)
{
  g_return_val_if_fail (CASELOAD_IS_CONSENT (self), NULL);

  return self->recorded_by_name;
}

void
caseload_consent_set_recorded_by_name (CaseloadConsent *self,
                                       const char      *name)
{
  g_return_if_fail (CASELOAD_IS_CONSENT (self));

  if (caseload_property_set_string (&self->recorded_by_name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORDED_BY_NAME]);
}

/**
 * caseload_consent_get_recorded_at:
 * @self: a consent
 *
 * Returns: (nullable): when it was recorded, ISO 8601 UTC, filled by the store
 */
const char *
caseload_consent_get_recorded_at (CaseloadConsent *self)
{
  g_return_val_if_fail (CASELOAD_IS_CONSENT (self), NULL);

  return self->recorded_at;
}

void
caseload_consent_set_recorded_at (CaseloadConsent *self,
                                  const char      *recorded_at)
{
  g_return_if_fail (CASELOAD_IS_CONSENT (self));

  if (caseload_property_set_string (&self->recorded_at, recorded_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORDED_AT]);
}
