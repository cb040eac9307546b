/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "caseload-case-query.h"
#include "caseload-paged-list.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_CASE_LIST (caseload_case_list_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadCaseList, caseload_case_list, CASELOAD, CASE_LIST, CaseloadPagedList)

/*
 * A GListModel of CaseloadCaseRow over the store: one of the caseload lists (My
 * caseload, Team caseload, Waiting list, Unallocated) as a CaseloadCaseQuery says,
 * filled lazily like the person list (CaseloadPagedList: the count first, then pages as
 * the view asks, placeholders filled in place; "loading", "error", reload).
 * Property "query" (rw, boxed CaseloadCaseQuery).
 */
CaseloadCaseList        *caseload_case_list_new       (CaseloadStore           *store,
                                                       CaseloadStaff           *actor,
                                                       const CaseloadCaseQuery *query);
const CaseloadCaseQuery *caseload_case_list_get_query (CaseloadCaseList        *self);
/* Counts again when @query differs from the one shown. */
void                     caseload_case_list_set_query (CaseloadCaseList        *self,
                                                       const CaseloadCaseQuery *query);

G_END_DECLS
