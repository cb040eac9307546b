/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "caseload-attendance.h"
#include "caseload-core.h"
#include "caseload-reinforcer.h"
#include "caseload-stepps.h"
#include "caseload-validate-pathway.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_GROUPS_PANE (caseload_groups_pane_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadGroupsPane, caseload_groups_pane, CASELOAD, GROUPS_PANE, GtkWidget)

/* Groups: the team's STEPPS cohorts, newest start first (finished ones when asked), read
 * off the main loop. Each row says the cohort's name, programme, dates, next session,
 * facilitators and how many people are in it; activating one opens it through
 * "win.open-cohort". New Group… is "win.new-cohort". Property "summary" (ro): the count
 * line ("3 groups"). */
void        caseload_groups_pane_set_context (CaseloadGroupsPane *self,
                                              CaseloadContext    *context);
/* Shows only cohorts whose name, venue or facilitators match @search. */
void        caseload_groups_pane_set_search  (CaseloadGroupsPane *self,
                                              const char         *search);
void        caseload_groups_pane_reload      (CaseloadGroupsPane *self);
/* Shows @cohorts (CaseloadCohort, as caseload_store_list_cohorts() gives them) as read. */
void        caseload_groups_pane_show        (CaseloadGroupsPane *self,
                                              GPtrArray          *cohorts);
const char *caseload_groups_pane_get_summary (CaseloadGroupsPane *self);
/* The cohorts shown (CaseloadCohort), for tests. */
GListModel *caseload_groups_pane_get_cohorts (CaseloadGroupsPane *self);
gboolean    caseload_groups_pane_get_loading (CaseloadGroupsPane *self);

G_END_DECLS
