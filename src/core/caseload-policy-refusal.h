/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "caseload-policy.h"

G_BEGIN_DECLS

/*
 * What staff are told when the policy refuses them: the same words from every backend.
 * Pure functions; the stores pass in what they read.
 */

/* Why @organisation_name (of @kind) cannot see, or cannot add to (@to_add), the record of
 * the person called @call_name; NULL when @access allows it. @declined_on is the ISO date
 * of a decision to decline. */
char     *caseload_policy_explain_refusal      (const CaseloadAccess      *access,
                                                CaseloadOrganisationKind   kind,
                                                const char                *organisation_name,
                                                const char                *call_name,
                                                const char                *declined_on,
                                                gboolean                   to_add);

/* Each TRUE when allowed; otherwise FALSE with a CASELOAD_ERROR_PERMISSION @error. */
gboolean  caseload_policy_check_add_people     (CaseloadAccessRole         role,
                                                CaseloadOrganisationKind   kind,
                                                const char                *organisation_name,
                                                GError                   **error);
gboolean  caseload_policy_check_manage_staff   (CaseloadAccessRole         role,
                                                GError                   **error);
gboolean  caseload_policy_check_review_access  (CaseloadAccessRole         role,
                                                GError                   **error);

/* The refusals of a sign-in: a wrong username or password, a locked account (until the
 * ISO instant @locked_until, shown in local time; @just_locked when this attempt locked
 * it), a deactivated account. */
void      caseload_sign_in_set_wrong_password  (GError                   **error);
void      caseload_sign_in_set_locked          (const char                *locked_until,
                                                gboolean                   just_locked,
                                                GError                   **error);
void      caseload_sign_in_set_deactivated     (GError                   **error);

G_END_DECLS
