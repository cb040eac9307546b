/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "caseload-case-query.h"
#include "caseload-store.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_CASE_LIST (caseload_case_list_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadCaseList, caseload_case_list, CASELOAD, CASE_LIST, GObject)

/*
 * A GListModel of CaseloadCaseRow over the store: one of the caseload lists (My
 * caseload, Team caseload, Waiting list, Unallocated) as a CaseloadCaseQuery says,
 * filled lazily like CaseloadPersonList: the count first, then pages as the view asks,
 * each read in a worker thread, placeholders ("loaded" FALSE) filled in place.
 * Properties: "query" (rw, boxed CaseloadCaseQuery), "loading" (ro), "n-items" (ro),
 * "error" (ro: why reading failed, or NULL).
 */
CaseloadCaseList        *caseload_case_list_new           (CaseloadStore           *store,
                                                           CaseloadStaff           *actor,
                                                           const CaseloadCaseQuery *query);
const CaseloadCaseQuery *caseload_case_list_get_query     (CaseloadCaseList        *self);
/* Counts again when @query differs from the one shown. */
void                     caseload_case_list_set_query     (CaseloadCaseList        *self,
                                                           const CaseloadCaseQuery *query);
gboolean                 caseload_case_list_get_loading   (CaseloadCaseList        *self);
const char              *caseload_case_list_get_error     (CaseloadCaseList        *self);
gboolean                 caseload_case_list_error_matches (CaseloadCaseList        *self,
                                                           GQuark                   domain,
                                                           int                      code);
/* Reads the count again and drops cached pages (after a save). */
void                     caseload_case_list_reload        (CaseloadCaseList        *self);

G_END_DECLS
