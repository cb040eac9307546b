/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "caseload-clock.h"
#include "caseload-store.h"

G_BEGIN_DECLS

/* Support plans in the person's own words (several versions, by workers of different
 * organisations), outcome measures over the last months showing change, and a review,
 * for the demo people in @person_ids (people with an accepted referral; at most a few
 * dozen). Written through the store, so the tasks of actions, the audit trail and the
 * dashboard's outcome figures are real. Does nothing for a team without the demo staff. */
gboolean caseload_demo_seed_plans (CaseloadStore *store, CaseloadClock *clock, GPtrArray *person_ids,
                                   GError **error);

G_END_DECLS
