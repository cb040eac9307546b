/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "caseload-core.h"

G_BEGIN_DECLS

/* The heavy person's record (bench-plans-util.c). */
#define BENCH_PLANS_VERSIONS 50
#define BENCH_PLANS_GOALS    5
#define BENCH_PLANS_MEASURES 200

/* The demo people (CASELOAD_BENCH_PEOPLE, else @default_people), one timeline entry each. */
void  bench_plans_seed_demo        (CaseloadStore *store,
                                    CaseloadClock *clock,
                                    guint          default_people);
/* Picks a person @nurse may add to without a plan, at @nurse_desk, and saves their plan
 * 50 times (five goals of three actions, owned by the person, their network, the nurse
 * and Mind) and 200 measures over two years there; @store (the administration store on
 * the shared site, else the same) lists the staff. Returns the person's id. */
char *bench_plans_add_heavy_person (CaseloadStore *store,
                                    CaseloadStore *nurse_desk,
                                    CaseloadStaff *nurse,
                                    GDateTime     *now);

G_END_DECLS
