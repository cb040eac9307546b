/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include "caseload-policy.h"

/* Who may see and add to a record. Every read and write in every store goes through
 * here, so the rules live in one place; tests/test-policy.c states them a second way
 * and checks every combination. The order of the rules in decide() matters: see the
 * comments there. */

static void
grant (CaseloadAccess      *access,
       gboolean             may_view,
       gboolean             may_add,
       CaseloadAccessBasis  basis)
{
  g_assert (may_view || !may_add);

  access->may_view = may_view;
  access->may_add = may_add;
  access->basis = basis;
}

/**
 * caseload_policy_is_care_provider:
 * @kind: an organisation kind
 *
 * Returns: %TRUE for kinds that care for people under implied consent: GP practices,
 *   mental health trusts, adult social care and talking therapies
 */
gboolean
caseload_policy_is_care_provider (CaseloadOrganisationKind kind)
{
  switch (kind)
    {
    case CASELOAD_ORGANISATION_GP_PRACTICE:
    case CASELOAD_ORGANISATION_MENTAL_HEALTH_TRUST:
    case CASELOAD_ORGANISATION_ADULT_SOCIAL_CARE:
    case CASELOAD_ORGANISATION_TALKING_THERAPIES:
      return TRUE;

    case CASELOAD_ORGANISATION_VCSE:
    case CASELOAD_ORGANISATION_HOUSING:
    case CASELOAD_ORGANISATION_EMPLOYMENT:
      return FALSE;

    default:
      g_return_val_if_reached (FALSE);
    }
}

/**
 * caseload_policy_decide_organisation:
 * @kind: the organisation's kind
 * @direct_care: whether the organisation is in the person's direct care (their
 *   registered practice, or it has a referral or an allocation)
 * @consent: the newest decision the person made about this organisation
 * @access: (out caller-allocates): where to put the access
 *
 * Decides what an organisation may do through its relationship and the person's
 * consent alone, before anything about the staff member is known.
 */
void
caseload_policy_decide_organisation (CaseloadOrganisationKind  kind,
                                     gboolean                  direct_care,
                                     CaseloadConsentState      consent,
                                     CaseloadAccess           *access)
{
  g_return_if_fail (access != NULL);

  grant (access, FALSE, FALSE, CASELOAD_ACCESS_BASIS_NONE);

  g_return_if_fail ((guint) kind <= CASELOAD_ORGANISATION_TALKING_THERAPIES);
  g_return_if_fail ((guint) consent <= CASELOAD_CONSENT_DECLINED);

  /* The person's refusal outranks any referral or allocation. */
  if (consent == CASELOAD_CONSENT_DECLINED)
    grant (access, FALSE, FALSE, CASELOAD_ACCESS_BASIS_DECLINED);
  /* Implied consent covers adding too, whatever narrower consent was also recorded. */
  else if (direct_care && caseload_policy_is_care_provider (kind))
    grant (access, TRUE, TRUE, CASELOAD_ACCESS_BASIS_DIRECT_CARE);
  else if (consent == CASELOAD_CONSENT_VIEW)
    grant (access, TRUE, FALSE, CASELOAD_ACCESS_BASIS_CONSENT);
  else if (consent == CASELOAD_CONSENT_VIEW_AND_ADD)
    grant (access, TRUE, TRUE, CASELOAD_ACCESS_BASIS_CONSENT);
  else
    grant (access, FALSE, FALSE, CASELOAD_ACCESS_BASIS_NONE);
}

/**
 * caseload_policy_decide:
 * @query: the staff member and their organisation's standing with the person
 * @access: (out caller-allocates): where to put the access
 *
 * Decides what one staff member may do with one person's record. On a bad @query,
 * @access denies everything.
 */
void
caseload_policy_decide (const CaseloadAccessQuery *query,
                        CaseloadAccess            *access)
{
  g_return_if_fail (access != NULL);

  grant (access, FALSE, FALSE, CASELOAD_ACCESS_BASIS_NONE);

  g_return_if_fail (query != NULL);
  g_return_if_fail ((guint) query->role <= CASELOAD_ROLE_ADMINISTRATOR);

  /* Administrators run accounts, not care: not even break glass opens a record. */
  if (query->role == CASELOAD_ROLE_ADMINISTRATOR)
    grant (access, FALSE, FALSE, CASELOAD_ACCESS_BASIS_ROLE);
  /* An emergency overrides a refusal; the access is audited and reviewed. */
  else if (query->break_glass)
    grant (access, TRUE, TRUE, CASELOAD_ACCESS_BASIS_BREAK_GLASS);
  else
    caseload_policy_decide_organisation (query->organisation_kind,
                                         query->direct_care,
                                         query->consent,
                                         access);
}

/**
 * caseload_policy_may_see_entry:
 * @access: the access decided for the reader
 * @sensitivity: the entry's sensitivity
 * @written_by_own_organisation: whether the entry's author works for the reader's
 *   organisation
 *
 * Private entries stay with the organisation that wrote them, under break glass too.
 *
 * Returns: %TRUE if the reader may see the entry
 */
gboolean
caseload_policy_may_see_entry (const CaseloadAccess *access,
                               CaseloadSensitivity   sensitivity,
                               gboolean              written_by_own_organisation)
{
  g_return_val_if_fail (access != NULL, FALSE);

  if (!access->may_view)
    return FALSE;

  switch (sensitivity)
    {
    case CASELOAD_SENSITIVITY_STANDARD:
      return TRUE;

    case CASELOAD_SENSITIVITY_PRIVATE:
      return written_by_own_organisation;

    default:
      g_return_val_if_reached (FALSE);
    }
}

/**
 * caseload_policy_may_manage_staff:
 * @role: an access role
 *
 * Returns: %TRUE if @role may add, change and deactivate staff accounts
 */
gboolean
caseload_policy_may_manage_staff (CaseloadAccessRole role)
{
  return role == CASELOAD_ROLE_ADMINISTRATOR;
}

/**
 * caseload_policy_may_review_access:
 * @role: an access role
 *
 * Administrators manage accounts but do not review who opened which record: that would
 * tell them who is on the caseload.
 *
 * Returns: %TRUE if @role may read the audit trail and review break-glass accesses
 */
gboolean
caseload_policy_may_review_access (CaseloadAccessRole role)
{
  return role == CASELOAD_ROLE_TEAM_MANAGER;
}

/**
 * caseload_policy_may_break_glass:
 * @role: an access role
 *
 * Returns: %TRUE if @role may open a record in an emergency
 */
gboolean
caseload_policy_may_break_glass (CaseloadAccessRole role)
{
  g_return_val_if_fail ((guint) role <= CASELOAD_ROLE_ADMINISTRATOR, FALSE);

  return role != CASELOAD_ROLE_ADMINISTRATOR;
}
