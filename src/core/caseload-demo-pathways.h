/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "caseload-clock.h"
#include "caseload-store.h"

G_BEGIN_DECLS

/* Adds STEPPS groups, Open Dialogue episodes, IPS referrals, a fidelity review, housing
 * referrals and accommodation for some of @person_ids (people with referrals, who the
 * team knows), inside the caller's transaction. */
gboolean caseload_demo_seed_pathways (CaseloadStore  *store,
                                      CaseloadClock  *clock,
                                      GPtrArray      *person_ids,
                                      GError        **error);

G_END_DECLS
