/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "caseload-audit-event.h"
#include "caseload-property.h"

/* One line of the audit trail, as the store reads it back. Events are only ever
 * appended; each one's hash chains it to the one before, so an edit shows. */

struct _CaseloadAuditEvent
{
  GObject parent_instance;

  gint64  seq;
  char   *occurred_at;
  char   *staff_id;
  char   *staff_name;
  char   *action;
  char   *person_id;
  char   *person_name;
  char   *detail;
  char   *hash;
};

G_DEFINE_FINAL_TYPE (CaseloadAuditEvent, caseload_audit_event, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SEQ,
  PROP_OCCURRED_AT,
  PROP_STAFF_ID,
  PROP_STAFF_NAME,
  PROP_ACTION,
  PROP_PERSON_ID,
  PROP_PERSON_NAME,
  PROP_DETAIL,
  PROP_HASH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
caseload_audit_event_finalize (GObject *object)
{
  CaseloadAuditEvent *self = CASELOAD_AUDIT_EVENT (object);

  g_clear_pointer (&self->occurred_at, g_free);
  g_clear_pointer (&self->staff_id, g_free);
  g_clear_pointer (&self->staff_name, g_free);
  g_clear_pointer (&self->action, g_free);
  g_clear_pointer (&self->person_id, g_free);
  g_clear_pointer (&self->person_name, g_free);
  g_clear_pointer (&self->detail, g_free);
  g_clear_pointer (&self->hash, g_free);

  G_OBJECT_CLASS (caseload_audit_event_parent_class)->finalize (object);
}

static void
caseload_audit_event_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CaseloadAuditEvent *self = CASELOAD_AUDIT_EVENT (object);

  switch (prop_id)
    {
    case PROP_SEQ:
      g_value_set_int64 (value, self->seq);
      break;

    case PROP_OCCURRED_AT:
      g_value_set_string (value, self->occurred_at);
      break;

    case PROP_STAFF_ID:
      g_value_set_string (value, self->staff_id);
      break;

    case PROP_STAFF_NAME:
      g_value_set_string (value, self->staff_name);
      break;

    case PROP_ACTION:
      g_value_set_string (value, self->action);
      break;

    case PROP_PERSON_ID:
      g_value_set_string (value, self->person_id);
      break;

    case PROP_PERSON_NAME:
      g_value_set_string (value, self->person_name);
      break;

    case PROP_DETAIL:
      g_value_set_string (value, self->detail);
      break;

    case PROP_HASH:
      g_value_set_string (value, self->hash);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_audit_event_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  CaseloadAuditEvent *self = CASELOAD_AUDIT_EVENT (object);

  switch (prop_id)
    {
    case PROP_SEQ:
      caseload_audit_event_set_seq (self, g_value_get_int64 (value));
      break;

    case PROP_OCCURRED_AT:
      caseload_audit_event_set_occurred_at (self, g_value_get_string (value));
      break;

    case PROP_STAFF_ID:
      caseload_audit_event_set_staff_id (self, g_value_get_string (value));
      break;

    case PROP_STAFF_NAME:
      caseload_audit_event_set_staff_name (self, g_value_get_string (value));
      break;

    case PROP_ACTION:
      caseload_audit_event_set_action (self, g_value_get_string (value));
      break;

    case PROP_PERSON_ID:
      caseload_audit_event_set_person_id (self, g_value_get_string (value));
      break;

    case PROP_PERSON_NAME:
      caseload_audit_event_set_person_name (self, g_value_get_string (value));
      break;

    case PROP_DETAIL:
      caseload_audit_event_set_detail (self, g_value_get_string (value));
      break;

    case PROP_HASH:
      caseload_audit_event_set_hash (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_audit_event_class_init (CaseloadAuditEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_audit_event_finalize;
  object_class->get_property = caseload_audit_event_get_property;
  object_class->set_property = caseload_audit_event_set_property;

  properties[PROP_SEQ] =
    g_param_spec_int64 ("seq", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_OCCURRED_AT] =
    g_param_spec_string ("occurred-at", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STAFF_ID] =
    g_param_spec_string ("staff-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STAFF_NAME] =
    g_param_spec_string ("staff-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ACTION] =
    g_param_spec_string ("action", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PERSON_ID] =
    g_param_spec_string ("person-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PERSON_NAME] =
    g_param_spec_string ("person-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DETAIL] =
    g_param_spec_string ("detail", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HASH] =
    g_param_spec_string ("hash", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_audit_event_init (CaseloadAuditEvent *self)
{
}

/**
 * caseload_audit_event_new:
 *
 * Returns: (transfer full): a new, empty audit event
 */
CaseloadAuditEvent *
caseload_audit_event_new (void)
{
  return g_object_new (CASELOAD_TYPE_AUDIT_EVENT, NULL);
}

/**
 * caseload_audit_event_get_seq:
 * @self: an audit event
 *
 * Returns: the position in the audit trail; 0 before the store writes it
 */
gint64
caseload_audit_event_get_seq (CaseloadAuditEvent *self)
{
  g_return_val_if_fail (CASELOAD_IS_AUDIT_EVENT (self), 0);

  return self->seq;
}

void
caseload_audit_event_set_seq (CaseloadAuditEvent *self,
                              gint64              seq)
{
  g_return_if_fail (CASELOAD_IS_AUDIT_EVENT (self));
  g_return_if_fail (seq >= 0);

  if (self->seq == seq)
    return;

  self->seq = seq;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEQ]);
}

/**
 * caseload_audit_event_get_occurred_at:
 * @self: an audit event
 *
 * Returns: (nullable): when it happened, ISO 8601 UTC
 */
const char *
caseload_audit_event_get_occurred_at (CaseloadAuditEvent *self)
{
  g_return_val_if_fail (CASELOAD_IS_AUDIT_EVENT (self), NULL);

  return self->occurred_at;
}

void
caseload_audit_event_set_occurred_at (CaseloadAuditEvent *self,
                                      const char         *occurred_at)
{
  g_return_if_fail (CASELOAD_IS_AUDIT_EVENT (self));

  if (caseload_property_set_string (&self->occurred_at, occurred_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OCCURRED_AT]);
}

/**
 * caseload_audit_event_get_staff_id:
 * @self: an audit event
 *
 * Returns: (nullable): the id of the staff member who acted, or %NULL when no staff
 *   member is known (a sign-in with an unknown username)
 */
const char *
caseload_audit_event_get_staff_id (CaseloadAuditEvent *self)
{
  g_return_val_if_fail (CASELOAD_IS_AUDIT_EVENT (self), NULL);

  return self->staff_id;
}

void
caseload_audit_event_set_staff_id (CaseloadAuditEvent *self,
                                   const char         *staff_id)
{
  g_return_if_fail (CASELOAD_IS_AUDIT_EVENT (self));

  if (caseload_property_set_string (&self->staff_id, staff_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_ID]);
}

/**
 * caseload_audit_event_get_staff_name:
 * @self: an audit event
 *
 * Returns: (nullable): the staff member's name, filled by the store on read
 */
const char *
caseload_audit_event_get_staff_name (CaseloadAuditEvent *self)
{
  g_return_val_if_fail (CASELOAD_IS_AUDIT_EVENT (self), NULL);

  return self->staff_name;
}

void
caseload_audit_event_set_staff_name (CaseloadAuditEvent *self,
                                     const char         *staff_name)
{
  g_return_if_fail (CASELOAD_IS_AUDIT_EVENT (self));

  if (caseload_property_set_string (&self->staff_name, staff_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAFF_NAME]);
}

/**
 * caseload_audit_event_get_action:
 * @self: an audit event
 *
 * Returns: (nullable): the stable code of what happened, such as "view-record"
 */
const char *
caseload_audit_event_get_action (CaseloadAuditEvent *self)
{
  g_return_val_if_fail (CASELOAD_IS_AUDIT_EVENT (self), NULL);

  return self->action;
}

void
caseload_audit_event_set_action (CaseloadAuditEvent *self,
                                 const char         *action)
{
  g_return_if_fail (CASELOAD_IS_AUDIT_EVENT (self));

  if (caseload_property_set_string (&self->action, action))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTION]);
}

/**
 * caseload_audit_event_get_person_id:
 * @self: an audit event
 *
 * Returns: (nullable): the id of the person whose record was involved, if any
 */
const char *
caseload_audit_event_get_person_id (CaseloadAuditEvent *self)
{
  g_return_val_if_fail (CASELOAD_IS_AUDIT_EVENT (self), NULL);

  return self->person_id;
}

void
caseload_audit_event_set_person_id (CaseloadAuditEvent *self,
                                    const char         *person_id)
{
  g_return_if_fail (CASELOAD_IS_AUDIT_EVENT (self));

  if (caseload_property_set_string (&self->person_id, person_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
}

/**
 * caseload_audit_event_get_person_name:
 * @self: an audit event
 *
 * Returns: (nullable): the person's name, filled only for reviewers
 */
const char *
caseload_audit_event_get_person_name (CaseloadAuditEvent *self)
{
  g_return_val_if_fail (CASELOAD_IS_AUDIT_EVENT (self), NULL);

  return self->person_name;
}

void
caseload_audit_event_set_person_name (CaseloadAuditEvent *self,
                                      const char         *person_name)
{
  g_return_if_fail (CASELOAD_IS_AUDIT_EVENT (self));

  if (caseload_property_set_string (&self->person_name, person_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_NAME]);
}

/**
 * caseload_audit_event_get_detail:
 * @self: an audit event
 *
 * Returns: (nullable): JSON text: the before and after of a change, a search's result count
 */
const char *
caseload_audit_event_get_detail (CaseloadAuditEvent *self)
{
  g_return_val_if_fail (CASELOAD_IS_AUDIT_EVENT (self), NULL);

  return self->detail;
}

void
caseload_audit_event_set_detail (CaseloadAuditEvent *self,
                                 const char         *detail)
{
  g_return_if_fail (CASELOAD_IS_AUDIT_EVENT (self));

  if (caseload_property_set_string (&self->detail, detail))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DETAIL]);
}

/**
 * caseload_audit_event_get_hash:
 * @self: an audit event
 *
 * Returns: (nullable): hex SHA-256 of the previous event's hash and this event
 */
const char *
caseload_audit_event_get_hash (CaseloadAuditEvent *self)
{
  g_return_val_if_fail (CASELOAD_IS_AUDIT_EVENT (self), NULL);

  return self->hash;
}

void
caseload_audit_event_set_hash (CaseloadAuditEvent *self,
                               const char         *hash)
{
  g_return_if_fail (CASELOAD_IS_AUDIT_EVENT (self));

  if (caseload_property_set_string (&self->hash, hash))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HASH]);
}
