/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "caseload-types.h"

G_BEGIN_DECLS

/*
 * Who may see and add to a person's record: one pure function, used by the store for
 * every read and write (and so by every backend), and tested as a table.
 *
 * - Administrators manage staff; they do not see records.
 * - A decision by the person to decline sharing with an organisation is respected,
 *   even where that organisation has a referral or allocation.
 * - NHS and council organisations in the person's direct care (their registered GP
 *   practice, a referral or an allocation) see and add under implied consent.
 * - Voluntary-sector, housing and employment organisations see only with consent
 *   recorded for them (view, or view and add), whatever their relationship.
 * - Any organisation may be given consent to view, or to view and add.
 * - Break glass (an emergency, with a reason, for a few hours) lets one staff member
 *   see and add to a record they otherwise could not, declined or not.
 * - Private entries are seen only by the organisation that wrote them.
 */

typedef enum {
  CASELOAD_CONSENT_NOT_RECORDED,
  CASELOAD_CONSENT_VIEW,
  CASELOAD_CONSENT_VIEW_AND_ADD,
  CASELOAD_CONSENT_DECLINED,
} CaseloadConsentState;

typedef enum {
  CASELOAD_ACCESS_BASIS_NONE,            /* no relationship and no consent: break glass only */
  CASELOAD_ACCESS_BASIS_DIRECT_CARE,     /* implied consent */
  CASELOAD_ACCESS_BASIS_CONSENT,         /* recorded consent */
  CASELOAD_ACCESS_BASIS_BREAK_GLASS,     /* emergency access, time-limited */
  CASELOAD_ACCESS_BASIS_DECLINED,        /* the person declined sharing with this organisation */
  CASELOAD_ACCESS_BASIS_ROLE,            /* the role has no access to records (administrator) */
} CaseloadAccessBasis;

typedef struct {
  CaseloadAccessRole        role;
  CaseloadOrganisationKind  organisation_kind;
  gboolean                  direct_care;   /* registered practice, referral or allocation */
  CaseloadConsentState      consent;       /* the decision recorded for this organisation */
  gboolean                  break_glass;   /* an unexpired break-glass access of this staff member */
} CaseloadAccessQuery;

typedef struct {
  gboolean             may_view;
  gboolean             may_add;
  CaseloadAccessBasis  basis;
} CaseloadAccess;

void     caseload_policy_decide              (const CaseloadAccessQuery *query,
                                              CaseloadAccess            *access);
/* The access an organisation has through relationship and consent alone (no role, no
 * break glass): what the store keeps per organisation so lists stay fast. */
void     caseload_policy_decide_organisation (CaseloadOrganisationKind   kind,
                                              gboolean                   direct_care,
                                              CaseloadConsentState       consent,
                                              CaseloadAccess            *access);
/* Whether an entry can be seen by someone who may view the record. */
gboolean caseload_policy_may_see_entry       (const CaseloadAccess      *access,
                                              CaseloadSensitivity        sensitivity,
                                              gboolean                   written_by_own_organisation);
/* TRUE for kinds that care under implied consent (NHS, council, talking therapies). */
gboolean caseload_policy_is_care_provider    (CaseloadOrganisationKind   kind);
gboolean caseload_policy_may_manage_staff    (CaseloadAccessRole         role);
gboolean caseload_policy_may_review_access   (CaseloadAccessRole         role);
gboolean caseload_policy_may_break_glass     (CaseloadAccessRole         role);

/* How long break glass lasts. */
#define CASELOAD_BREAK_GLASS_HOURS 4

G_END_DECLS
