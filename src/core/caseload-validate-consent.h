/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "caseload-consent.h"

G_BEGIN_DECLS

/* The checks on a consent decision before any store records it: the organisation is
 * chosen, the decision is dated (not after @today), and a review date, if any, comes
 * after it. On success @decided_on and @review_date (NULL when there is none) are the
 * ISO dates to store; otherwise FALSE with a CASELOAD_ERROR_VALIDATION @error. */
gboolean caseload_consent_check_decision (CaseloadConsent  *consent,
                                          const GDate      *today,
                                          char            **decided_on,
                                          char            **review_date,
                                          GError          **error);

G_END_DECLS
