/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include "caseload-attendance.h"
#include "caseload-property.h"
#include "caseload-enums.h"

struct _CaseloadAttendance
{
  GObject parent_instance;

  char *session_id;
  char *participant_id;
  CaseloadAttendanceStatus status;
  int intensity;
  gboolean has_best;
  int best_total;
};

G_DEFINE_FINAL_TYPE (CaseloadAttendance, caseload_attendance, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SESSION_ID,
  PROP_PARTICIPANT_ID,
  PROP_STATUS,
  PROP_INTENSITY,
  PROP_HAS_BEST,
  PROP_BEST_TOTAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
caseload_attendance_finalize (GObject *object)
{
  CaseloadAttendance *self = CASELOAD_ATTENDANCE (object);

  g_clear_pointer (&self->session_id, g_free);
  g_clear_pointer (&self->participant_id, g_free);

  G_OBJECT_CLASS (caseload_attendance_parent_class)->finalize (object);
}

static void
caseload_attendance_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CaseloadAttendance *self = CASELOAD_ATTENDANCE (object);

  switch (prop_id)
    {
    case PROP_SESSION_ID:
      g_value_set_string (value, self->session_id);
      break;

    case PROP_PARTICIPANT_ID:
      g_value_set_string (value, self->participant_id);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_INTENSITY:
      g_value_set_int (value, self->intensity);
      break;

    case PROP_HAS_BEST:
      g_value_set_boolean (value, self->has_best);
      break;

    case PROP_BEST_TOTAL:
      g_value_set_int (value, self->best_total);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_attendance_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  CaseloadAttendance *self = CASELOAD_ATTENDANCE (object);

  switch (prop_id)
    {
    case PROP_SESSION_ID:
      caseload_attendance_set_session_id (self, g_value_get_string (value));
      break;

    case PROP_PARTICIPANT_ID:
      caseload_attendance_set_participant_id (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      caseload_attendance_set_status (self, g_value_get_enum (value));
      break;

    case PROP_INTENSITY:
      caseload_attendance_set_intensity (self, g_value_get_int (value));
      break;

    case PROP_HAS_BEST:
      caseload_attendance_set_has_best (self, g_value_get_boolean (value));
      break;

    case PROP_BEST_TOTAL:
      caseload_attendance_set_best_total (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_attendance_class_init (CaseloadAttendanceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_attendance_finalize;
  object_class->get_property = caseload_attendance_get_property;
  object_class->set_property = caseload_attendance_set_property;

  properties[PROP_SESSION_ID] =
    g_param_spec_string ("session-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PARTICIPANT_ID] =
    g_param_spec_string ("participant-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       CASELOAD_TYPE_ATTENDANCE_STATUS,
                       CASELOAD_ATTENDANCE_ATTENDED,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_INTENSITY] =
    g_param_spec_int ("intensity", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HAS_BEST] =
    g_param_spec_boolean ("has-best", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_BEST_TOTAL] =
    g_param_spec_int ("best-total", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_attendance_init (CaseloadAttendance *self)
{
  self->status = CASELOAD_ATTENDANCE_ATTENDED;
}

CaseloadAttendance *
caseload_attendance_new (void)
{
  return g_object_new (CASELOAD_TYPE_ATTENDANCE, NULL);
}

const char *
caseload_attendance_get_session_id (CaseloadAttendance *self)
{
  g_return_val_if_fail (CASELOAD_IS_ATTENDANCE (self), NULL);

  return self->session_id;
}

void
caseload_attendance_set_session_id (CaseloadAttendance *self,
                                    const char *session_id)
{
  g_return_if_fail (CASELOAD_IS_ATTENDANCE (self));

  if (caseload_property_set_string (&self->session_id, session_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION_ID]);
}

const char *
caseload_attendance_get_participant_id (CaseloadAttendance *self)
{
  g_return_val_if_fail (CASELOAD_IS_ATTENDANCE (self), NULL);

  return self->participant_id;
}

void
caseload_attendance_set_participant_id (CaseloadAttendance *self,
                                        const char *participant_id)
{
  g_return_if_fail (CASELOAD_IS_ATTENDANCE (self));

  if (caseload_property_set_string (&self->participant_id, participant_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTICIPANT_ID]);
}

CaseloadAttendanceStatus
caseload_attendance_get_status (CaseloadAttendance *self)
{
  g_return_val_if_fail (CASELOAD_IS_ATTENDANCE (self), 0);

  return self->status;
}

void
caseload_attendance_set_status (CaseloadAttendance *self,
                                CaseloadAttendanceStatus status)
{
  g_return_if_fail (CASELOAD_IS_ATTENDANCE (self));

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

int
caseload_attendance_get_intensity (CaseloadAttendance *self)
{
  g_return_val_if_fail (CASELOAD_IS_ATTENDANCE (self), 0);

  return self->intensity;
}

void
caseload_attendance_set_intensity (CaseloadAttendance *self,
                                   int intensity)
{
  g_return_if_fail (CASELOAD_IS_ATTENDANCE (self));

  if (self->intensity == intensity)
    return;

  self->intensity = intensity;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTENSITY]);
}

gboolean
caseload_attendance_get_has_best (CaseloadAttendance *self)
{
  g_return_val_if_fail (CASELOAD_IS_ATTENDANCE (self), FALSE);

  return self->has_best;
}

void
caseload_attendance_set_has_best (CaseloadAttendance *self,
                                  gboolean has_best)
{
  g_return_if_fail (CASELOAD_IS_ATTENDANCE (self));

  has_best = !!has_best;

  if (self->has_best == has_best)
    return;

  self->has_best = has_best;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_BEST]);
}

int
caseload_attendance_get_best_total (CaseloadAttendance *self)
{
  g_return_val_if_fail (CASELOAD_IS_ATTENDANCE (self), 0);

  return self->best_total;
}

void
caseload_attendance_set_best_total (CaseloadAttendance *self,
                                    int best_total)
{
  g_return_if_fail (CASELOAD_IS_ATTENDANCE (self));

  if (self->best_total == best_total)
    return;

  self->best_total = best_total;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BEST_TOTAL]);
}
