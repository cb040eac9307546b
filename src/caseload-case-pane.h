/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "caseload-core.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_CASE_PANE (caseload_case_pane_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadCasePane, caseload_case_pane, CASELOAD, CASE_PANE, GtkWidget)

/* The sidebar's caseload lists (My caseload, Team caseload, Waiting list, Unallocated):
 * the rows, their filters and sort, and what to say when there are none. Choosing a row
 * opens the person through "win.open-person". Property "summary" (ro): the count line
 * for under the list ("37 waiting · 4 breached"). */
void               caseload_case_pane_set_context (CaseloadCasePane     *self,
                                                   CaseloadContext      *context);
void               caseload_case_pane_set_kind    (CaseloadCasePane     *self,
                                                   CaseloadCaseListKind  kind);
void               caseload_case_pane_set_search  (CaseloadCasePane     *self,
                                                   const char           *search);
const char        *caseload_case_pane_get_summary (CaseloadCasePane     *self);
/* Moves the keyboard focus to the rows; FALSE when there are none. */
gboolean           caseload_case_pane_focus_list  (CaseloadCasePane     *self);
void               caseload_case_pane_reload      (CaseloadCasePane     *self);
/* NULL until the list is first shown. */
CaseloadCaseList  *caseload_case_pane_get_list    (CaseloadCasePane     *self);
GtkWidget         *caseload_case_pane_get_filter  (CaseloadCasePane     *self);

G_END_DECLS
