/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "caseload-dates.h"
#include "caseload-error.h"
#include "caseload-password.h"
#include "caseload-policy-refusal.h"

char *
caseload_policy_explain_refusal (const CaseloadAccess      *access,
                                 CaseloadOrganisationKind   kind,
                                 const char                *organisation_name,
                                 const char                *call_name,
                                 const char                *declined_on,
                                 gboolean                   to_add)
{
  g_autofree char *when = NULL;

  switch (access->basis)
    {
    case CASELOAD_ACCESS_BASIS_ROLE:
      return g_strdup (_("Administrators manage staff accounts; they do not see people’s records."));
    case CASELOAD_ACCESS_BASIS_DECLINED:
      when = caseload_date_long_of (declined_on);
      /* Translators: "Thurrock & Brentwood Mind cannot see this record: Alex declined sharing on 3 March 2026." */
      return g_strdup_printf (_("%s cannot see this record: %s declined sharing on %s."),
                              organisation_name, call_name, when);
    case CASELOAD_ACCESS_BASIS_NONE:
      if (caseload_policy_is_care_provider (kind))
        return g_strdup_printf (_("%s cannot see this record: it has no referral or allocation for %s, "
                                  "and no decision by %s to share it."),
                                organisation_name, call_name, call_name);
      return g_strdup_printf (_("%s cannot see this record: %s has not agreed to share it with %s."),
                              organisation_name, call_name, organisation_name);
    case CASELOAD_ACCESS_BASIS_CONSENT:
    case CASELOAD_ACCESS_BASIS_DIRECT_CARE:
    case CASELOAD_ACCESS_BASIS_BREAK_GLASS:
    default:
      if (to_add && !access->may_add)
        return g_strdup_printf (_("%s may see this record but not add to it: %s agreed to share it for viewing only."),
                                organisation_name, call_name);
      return NULL;
    }
}

/* Adding a person record is for NHS and council teams (who then care for them); the
 * voluntary sector, housing and employment services join through the person's consent. */
gboolean
caseload_policy_check_add_people (CaseloadAccessRole         role,
                                  CaseloadOrganisationKind   kind,
                                  const char                *organisation_name,
                                  GError                   **error)
{
  if (role == CASELOAD_ROLE_ADMINISTRATOR)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION,
                   _("Administrators manage staff accounts; they do not add people."));
      return FALSE;
    }
  if (!caseload_policy_is_care_provider (kind))
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION,
                   _("%s cannot add people: ask the person’s GP practice or mental health team to add them, "
                     "and to record whether they agree to share their record with %s."),
                   organisation_name, organisation_name);
      return FALSE;
    }
  return TRUE;
}

gboolean
caseload_policy_check_manage_staff (CaseloadAccessRole   role,
                                    GError             **error)
{
  if (caseload_policy_may_manage_staff (role))
    return TRUE;
  g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION,
               _("Only an administrator can manage staff accounts."));
  return FALSE;
}

gboolean
caseload_policy_check_review_access (CaseloadAccessRole   role,
                                     GError             **error)
{
  if (caseload_policy_may_review_access (role))
    return TRUE;
  g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION,
               _("Only a team manager can review who has seen records."));
  return FALSE;
}

void
caseload_sign_in_set_wrong_password (GError **error)
{
  g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_SIGN_IN,
               _("The username or password is not right. Check them and try again."));
}

void
caseload_sign_in_set_locked (const char  *locked_until,
                             gboolean     just_locked,
                             GError     **error)
{
  g_autofree char *until = caseload_time_local_of (locked_until);

  if (just_locked)
    g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_ACCOUNT_LOCKED,
                 _("After %d failed sign-ins in a row this account is locked until %s. "
                   "Try again then, or ask an administrator."),
                 CASELOAD_MAX_FAILED_SIGN_INS, until);
  else
    g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_ACCOUNT_LOCKED,
                 _("This account is locked after %d failed sign-ins, until %s. Try again then, or ask an administrator."),
                 CASELOAD_MAX_FAILED_SIGN_INS, until);
}

void
caseload_sign_in_set_deactivated (GError **error)
{
  g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_ACCOUNT_DEACTIVATED,
               _("This account has been deactivated. Ask an administrator if you need it again."));
}
