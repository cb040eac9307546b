/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "caseload-core.h"
#include "caseload-attendance.h"

G_BEGIN_DECLS

/* A STEPPS cohort for the Groups tests and benchmark, saved by @actor: @n_sessions weekly
 * sessions from @start_on, facilitated by @first and @second, with @people (CaseloadPerson
 * @actor may add to) in it from the start and, for every session on or before @today,
 * attendance recorded for each of them (mostly attended, some apologies and absences, an
 * intensity and a BEST total that falls over the weeks). Returns the cohort's id. */
char *groups_ui_add_cohort (CaseloadStore *store,
                            CaseloadStaff *actor,
                            const char    *name,
                            const char    *start_on,
                            int            n_sessions,
                            CaseloadStaff *first,
                            CaseloadStaff *second,
                            GPtrArray     *people,
                            const char    *today);

G_END_DECLS
