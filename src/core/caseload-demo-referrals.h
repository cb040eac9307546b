/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "caseload-clock.h"
#include "caseload-store.h"

G_BEGIN_DECLS

/* Referrals in every state, with allocations, pauses and tasks, for the demo people in
 * @person_ids that the demo team manager's organisation may add to (at most a few
 * dozen). Does nothing for a team without the demo staff. */
gboolean caseload_demo_seed_referrals (CaseloadStore *store, CaseloadClock *clock, GPtrArray *person_ids,
                                       GError **error);

G_END_DECLS
