/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "caseload-enums.h"
#include "caseload-property.h"
#include "caseload-staff.h"

/* A named member of staff: every access and change is attributed to one. */

struct _CaseloadStaff
{
  GObject parent_instance;

  char                     *id;
  gint64                    version;
  char                     *display_name;
  char                     *role;
  CaseloadAccessRole        access_role;
  char                     *organisation_id;
  char                     *organisation_name;
  CaseloadOrganisationKind  organisation_kind;
  char                     *email;
  char                     *username;
  gboolean                  active;
  gboolean                  must_change_password;
  double                    fte;
};

G_DEFINE_FINAL_TYPE (CaseloadStaff, caseload_staff, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_VERSION,
  PROP_DISPLAY_NAME,
  PROP_ROLE,
  PROP_ORGANISATION_ID,
  PROP_ORGANISATION_NAME,
  PROP_EMAIL,
  PROP_ACCESS_ROLE,
  PROP_ORGANISATION_KIND,
  PROP_USERNAME,
  PROP_ACTIVE,
  PROP_MUST_CHANGE_PASSWORD,
  PROP_FTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
caseload_staff_finalize (GObject *object)
{
  CaseloadStaff *self = CASELOAD_STAFF (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->display_name, g_free);
  g_clear_pointer (&self->role, g_free);
  g_clear_pointer (&self->organisation_id, g_free);
  g_clear_pointer (&self->organisation_name, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->username, g_free);

  G_OBJECT_CLASS (caseload_staff_parent_class)->finalize (object);
}

static void
caseload_staff_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CaseloadStaff *self = CASELOAD_STAFF (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_VERSION:
      g_value_set_int64 (value, self->version);
      break;

    case PROP_DISPLAY_NAME:
      g_value_set_string (value, self->display_name);
      break;

    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;

    case PROP_ORGANISATION_ID:
      g_value_set_string (value, self->organisation_id);
      break;

    case PROP_ORGANISATION_NAME:
      g_value_set_string (value, self->organisation_name);
      break;

    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;

    case PROP_ACCESS_ROLE:
      g_value_set_enum (value, self->access_role);
      break;

    case PROP_ORGANISATION_KIND:
      g_value_set_enum (value, self->organisation_kind);
      break;

    case PROP_USERNAME:
      g_value_set_string (value, self->username);
      break;

    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;

    case PROP_MUST_CHANGE_PASSWORD:
      g_value_set_boolean (value, self->must_change_password);
      break;

    case PROP_FTE:
      g_value_set_double (value, self->fte);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_staff_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CaseloadStaff *self = CASELOAD_STAFF (object);

  switch (prop_id)
    {
    case PROP_ID:
      caseload_staff_set_id (self, g_value_get_string (value));
      break;

    case PROP_VERSION:
      caseload_staff_set_version (self, g_value_get_int64 (value));
      break;

    case PROP_DISPLAY_NAME:
      caseload_staff_set_display_name (self, g_value_get_string (value));
      break;

    case PROP_ROLE:
      caseload_staff_set_role (self, g_value_get_string (value));
      break;

    case PROP_ORGANISATION_ID:
      caseload_staff_set_organisation_id (self, g_value_get_string (value));
      break;

    case PROP_ORGANISATION_NAME:
      caseload_staff_set_organisation_name (self, g_value_get_string (value));
      break;

    case PROP_EMAIL:
      caseload_staff_set_email (self, g_value_get_string (value));
      break;

    case PROP_ACCESS_ROLE:
      caseload_staff_set_access_role (self, g_value_get_enum (value));
      break;

    case PROP_ORGANISATION_KIND:
      caseload_staff_set_organisation_kind (self, g_value_get_enum (value));
      break;

    case PROP_USERNAME:
      caseload_staff_set_username (self, g_value_get_string (value));
      break;

    case PROP_ACTIVE:
      caseload_staff_set_active (self, g_value_get_boolean (value));
      break;

    case PROP_MUST_CHANGE_PASSWORD:
      caseload_staff_set_must_change_password (self, g_value_get_boolean (value));
      break;

    case PROP_FTE:
      caseload_staff_set_fte (self, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_staff_class_init (CaseloadStaffClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_staff_finalize;
  object_class->get_property = caseload_staff_get_property;
  object_class->set_property = caseload_staff_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_VERSION] =
    g_param_spec_int64 ("version", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DISPLAY_NAME] =
    g_param_spec_string ("display-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL,
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

  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ACCESS_ROLE] =
    g_param_spec_enum ("access-role", NULL, NULL,
                       CASELOAD_TYPE_ACCESS_ROLE,
                       CASELOAD_ROLE_PRIMARY_CARE_CLINICIAN,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ORGANISATION_KIND] =
    g_param_spec_enum ("organisation-kind", NULL, NULL,
                       CASELOAD_TYPE_ORGANISATION_KIND,
                       CASELOAD_ORGANISATION_GP_PRACTICE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_USERNAME] =
    g_param_spec_string ("username", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MUST_CHANGE_PASSWORD] =
    g_param_spec_boolean ("must-change-password", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FTE] =
    g_param_spec_double ("fte", NULL, NULL,
                         0.0, 1.0, 1.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_staff_init (CaseloadStaff *self)
{
  self->active = TRUE;
  self->fte = 1.0;
}

/**
 * caseload_staff_new:
 *
 * Returns: (transfer full): a new, empty staff member
 */
CaseloadStaff *
caseload_staff_new (void)
{
  return g_object_new (CASELOAD_TYPE_STAFF, NULL);
}

/**
 * caseload_staff_get_id:
 * @self: a staff member
 *
 * Returns: (nullable): the stored id, or %NULL before the first save
 */
const char *
caseload_staff_get_id (CaseloadStaff *self)
{
  g_return_val_if_fail (CASELOAD_IS_STAFF (self), NULL);

  return self->id;
}

void
caseload_staff_set_id (CaseloadStaff *self,
                       const char    *id)
{
  g_return_if_fail (CASELOAD_IS_STAFF (self));

  if (caseload_property_set_string (&self->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

/**
 * caseload_staff_get_version:
 * @self: a staff member
 *
 * Returns: the version read from the store; 0 before the first save
 */
gint64
caseload_staff_get_version (CaseloadStaff *self)
{
  g_return_val_if_fail (CASELOAD_IS_STAFF (self), 0);

  return self->version;
}

void
caseload_staff_set_version (CaseloadStaff *self,
                            gint64         version)
{
  g_return_if_fail (CASELOAD_IS_STAFF (self));
  g_return_if_fail (version >= 0);

  if (self->version == version)
    return;

  self->version = version;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
}

/**
 * caseload_staff_get_display_name:
 * @self: a staff member
 *
 * Returns: (nullable): the name shown to colleagues
 */
const char *
caseload_staff_get_display_name (CaseloadStaff *self)
{
  g_return_val_if_fail (CASELOAD_IS_STAFF (self), NULL);

  return self->display_name;
}

void
caseload_staff_set_display_name (CaseloadStaff *self,
                                 const char    *display_name)
{
  g_return_if_fail (CASELOAD_IS_STAFF (self));

  if (caseload_property_set_string (&self->display_name, display_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISPLAY_NAME]);
}

/**
 * caseload_staff_get_role:
 * @self: a staff member
 *
 * Returns: (nullable): the job, in the staff member's own words ("Social worker")
 */
const char *
caseload_staff_get_role (CaseloadStaff *self)
{
  g_return_val_if_fail (CASELOAD_IS_STAFF (self), NULL);

  return self->role;
}

void
caseload_staff_set_role (CaseloadStaff *self,
                         const char    *role)
{
  g_return_if_fail (CASELOAD_IS_STAFF (self));

  if (caseload_property_set_string (&self->role, role))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

/**
 * caseload_staff_get_organisation_id:
 * @self: a staff member
 *
 * Returns: (nullable): the id of the employing organisation
 */
const char *
caseload_staff_get_organisation_id (CaseloadStaff *self)
{
  g_return_val_if_fail (CASELOAD_IS_STAFF (self), NULL);

  return self->organisation_id;
}

void
caseload_staff_set_organisation_id (CaseloadStaff *self,
                                    const char    *organisation_id)
{
  g_return_if_fail (CASELOAD_IS_STAFF (self));

  if (caseload_property_set_string (&self->organisation_id, organisation_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANISATION_ID]);
}

/**
 * caseload_staff_get_organisation_name:
 * @self: a staff member
 *
 * Returns: (nullable): the employing organisation's name, filled by the store on read
 */
const char *
caseload_staff_get_organisation_name (CaseloadStaff *self)
{
  g_return_val_if_fail (CASELOAD_IS_STAFF (self), NULL);

  return self->organisation_name;
}

void
caseload_staff_set_organisation_name (CaseloadStaff *self,
                                      const char    *organisation_name)
{
  g_return_if_fail (CASELOAD_IS_STAFF (self));

  if (caseload_property_set_string (&self->organisation_name, organisation_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANISATION_NAME]);
}

/**
 * caseload_staff_get_email:
 * @self: a staff member
 *
 * Returns: (nullable): the work email address
 */
const char *
caseload_staff_get_email (CaseloadStaff *self)
{
  g_return_val_if_fail (CASELOAD_IS_STAFF (self), NULL);

  return self->email;
}

void
caseload_staff_set_email (CaseloadStaff *self,
                          const char    *email)
{
  g_return_if_fail (CASELOAD_IS_STAFF (self));

  if (caseload_property_set_string (&self->email, email))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMAIL]);
}

/**
 * caseload_staff_get_access_role:
 * @self: a staff member
 *
 * Returns: what the access policy knows the staff member as
 */
CaseloadAccessRole
caseload_staff_get_access_role (CaseloadStaff *self)
{
  g_return_val_if_fail (CASELOAD_IS_STAFF (self), CASELOAD_ROLE_PRIMARY_CARE_CLINICIAN);

  return self->access_role;
}

void
caseload_staff_set_access_role (CaseloadStaff      *self,
                                CaseloadAccessRole  role)
{
  g_return_if_fail (CASELOAD_IS_STAFF (self));
  g_return_if_fail ((guint) role <= CASELOAD_ROLE_ADMINISTRATOR);

  if (self->access_role == role)
    return;

  self->access_role = role;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACCESS_ROLE]);
}

/**
 * caseload_staff_get_organisation_kind:
 * @self: a staff member
 *
 * Returns: the kind of the employing organisation, filled by the store on read
 */
CaseloadOrganisationKind
caseload_staff_get_organisation_kind (CaseloadStaff *self)
{
  g_return_val_if_fail (CASELOAD_IS_STAFF (self), CASELOAD_ORGANISATION_GP_PRACTICE);

  return self->organisation_kind;
}

void
caseload_staff_set_organisation_kind (CaseloadStaff            *self,
                                      CaseloadOrganisationKind  kind)
{
  g_return_if_fail (CASELOAD_IS_STAFF (self));
  g_return_if_fail ((guint) kind <= CASELOAD_ORGANISATION_TALKING_THERAPIES);

  if (self->organisation_kind == kind)
    return;

  self->organisation_kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANISATION_KIND]);
}

/**
 * caseload_staff_get_username:
 * @self: a staff member
 *
 * Returns: (nullable): the name the staff member signs in with
 */
const char *
caseload_staff_get_username (CaseloadStaff *self)
{
  g_return_val_if_fail (CASELOAD_IS_STAFF (self), NULL);

  return self->username;
}

void
caseload_staff_set_username (CaseloadStaff *self,
                             const char    *username)
{
  g_return_if_fail (CASELOAD_IS_STAFF (self));

  if (caseload_property_set_string (&self->username, username))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_USERNAME]);
}

/**
 * caseload_staff_get_active:
 * @self: a staff member
 *
 * Returns: %FALSE once the staff member was deactivated and can no longer sign in
 */
gboolean
caseload_staff_get_active (CaseloadStaff *self)
{
  g_return_val_if_fail (CASELOAD_IS_STAFF (self), FALSE);

  return self->active;
}

void
caseload_staff_set_active (CaseloadStaff *self,
                           gboolean       active)
{
  g_return_if_fail (CASELOAD_IS_STAFF (self));

  active = !!active;
  if (self->active == active)
    return;

  self->active = active;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

/**
 * caseload_staff_get_must_change_password:
 * @self: a staff member
 *
 * Returns: %TRUE if an administrator set the password and the staff member must choose
 *   their own at the next sign-in
 */
gboolean
caseload_staff_get_must_change_password (CaseloadStaff *self)
{
  g_return_val_if_fail (CASELOAD_IS_STAFF (self), FALSE);

  return self->must_change_password;
}

void
caseload_staff_set_must_change_password (CaseloadStaff *self,
                                         gboolean       must_change)
{
  g_return_if_fail (CASELOAD_IS_STAFF (self));

  must_change = !!must_change;
  if (self->must_change_password == must_change)
    return;

  self->must_change_password = must_change;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MUST_CHANGE_PASSWORD]);
}

/* The working time (1.0: full time); an IPS specialist's caseload limit scales by it. */
double
caseload_staff_get_fte (CaseloadStaff *self)
{
  g_return_val_if_fail (CASELOAD_IS_STAFF (self), 1.0);

  return self->fte;
}

void
caseload_staff_set_fte (CaseloadStaff *self,
                        double         fte)
{
  g_return_if_fail (CASELOAD_IS_STAFF (self));

  fte = CLAMP (fte, 0.0, 1.0);
  if (self->fte == fte)
    return;

  self->fte = fte;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FTE]);
}
