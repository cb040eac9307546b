/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "caseload-staff.h"
#include "caseload-store.h"

G_BEGIN_DECLS

/* Helpers the demo's files share. */

/* The staff member in @staff (CaseloadStaff) with @username, or NULL. */
CaseloadStaff *caseload_demo_find_staff (GPtrArray *staff, const char *username);
/* The ISO date @days from @now (negative: before). */
char          *caseload_demo_day        (GDateTime *now, int days);

/* What @actor may do with the person's record (nothing, if it cannot be read). */
CaseloadAccess caseload_demo_access     (CaseloadStore *store, CaseloadStaff *actor, const char *person_id);

G_END_DECLS
