/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "caseload-error.h"
#include "caseload-validate.h"
#include "caseload-validate-consent.h"

gboolean
caseload_consent_check_decision (CaseloadConsent  *consent,
                                 const GDate      *today,
                                 char            **decided_on,
                                 char            **review_date,
                                 GError          **error)
{
  GDate decided, review;

  g_date_clear (&decided, 1);
  g_date_clear (&review, 1);
  *decided_on = NULL;
  *review_date = NULL;

  if (caseload_consent_get_person_id (consent) == NULL || caseload_consent_get_organisation_id (consent) == NULL)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                   _("Choose the organisation the decision is about."));
      return FALSE;
    }
  if (caseload_consent_get_decided_on (consent) == NULL ||
      !caseload_parse_date (caseload_consent_get_decided_on (consent), &decided, NULL))
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                   _("Enter the date of the decision, as dd/mm/yyyy."));
      return FALSE;
    }
  if (g_date_compare (&decided, today) > 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                   _("A decision cannot be dated in the future."));
      return FALSE;
    }
  if (caseload_consent_get_review_date (consent) != NULL)
    {
      if (!caseload_parse_date (caseload_consent_get_review_date (consent), &review, NULL))
        {
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                       _("Enter the review date as dd/mm/yyyy, or leave it empty."));
          return FALSE;
        }
      if (g_date_compare (&review, &decided) <= 0)
        {
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                       _("The review date must come after the decision."));
          return FALSE;
        }
      *review_date = caseload_date_to_iso (&review);
    }
  *decided_on = caseload_date_to_iso (&decided);
  return TRUE;
}
