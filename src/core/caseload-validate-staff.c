/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "caseload-error.h"
#include "caseload-validate.h"
#include "caseload-validate-staff.h"

void
caseload_staff_record_clear (CaseloadStaffRecord *record)
{
  g_clear_pointer (&record->display_name, g_free);
  g_clear_pointer (&record->role, g_free);
  g_clear_pointer (&record->email, g_free);
  g_clear_pointer (&record->username, g_free);
}

static gboolean
username_is_valid (const char           *username,
                   CaseloadUsernameRule  rule)
{
  if (*username == '\0')
    return FALSE;
  if (rule == CASELOAD_USERNAME_PLAIN)
    return strpbrk (username, " \t\n") == NULL && g_utf8_strlen (username, -1) <= 64;
  return strpbrk (username, " \t\n\"") == NULL && g_utf8_strlen (username, -1) <= 63
         && strlen (username) <= 63 && !g_str_has_prefix (username, "pg_")
         && !g_str_has_prefix (username, "caseload_");
}

gboolean
caseload_staff_check_record (CaseloadStaff         *staff,
                             CaseloadUsernameRule   rule,
                             CaseloadStaffRecord   *record,
                             GError               **error)
{
  caseload_staff_record_clear (record);

  if ((record->display_name = caseload_validate_text (_("Name"), caseload_staff_get_display_name (staff), TRUE,
                                                      CASELOAD_MAX_NAME, error)) == NULL
      || (record->role = caseload_validate_text (_("Role"), caseload_staff_get_role (staff), TRUE,
                                                 CASELOAD_MAX_NAME, error)) == NULL
      || (caseload_staff_get_email (staff) != NULL
          && (record->email = caseload_validate_email (caseload_staff_get_email (staff), error)) == NULL))
    return FALSE;

  if (caseload_staff_get_organisation_id (staff) == NULL)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                   _("Choose the organisation this staff member works for."));
      return FALSE;
    }

  /* An employment specialist's caseload limit scales by it. */
  if (!(caseload_staff_get_fte (staff) > 0))
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                   _("Working time is more than 0 and at most 1 (full time), such as 0.6."));
      return FALSE;
    }

  if (caseload_staff_get_username (staff) != NULL)
    {
      record->username = g_utf8_strdown (caseload_staff_get_username (staff), -1);
      g_strstrip (record->username);
      if (!username_is_valid (record->username, rule))
        {
          if (rule == CASELOAD_USERNAME_PLAIN)
            g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                         _("A username is one word of up to 64 characters, such as priya.shah"));
          else
            g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                         _("A username is one word of up to 63 characters, such as priya.shah"));
          return FALSE;
        }
    }
  return TRUE;
}
