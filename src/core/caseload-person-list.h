/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "caseload-paged-list.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_PERSON_LIST (caseload_person_list_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadPersonList, caseload_person_list, CASELOAD, PERSON_LIST, CaseloadPagedList)

/*
 * A GListModel of CaseloadPerson over the store, filled lazily (CaseloadPagedList): the
 * count comes first, then pages of rows as the view asks for them, each read in a
 * worker thread. Until its page arrives an item is a placeholder ("loaded" FALSE) that
 * is filled in place. Properties: "search" (rw), and those of CaseloadPagedList.
 */
CaseloadPersonList *caseload_person_list_new        (CaseloadStore *store, CaseloadStaff *actor);
const char         *caseload_person_list_get_search (CaseloadPersonList *self);
void                caseload_person_list_set_search (CaseloadPersonList *self, const char *search);
gboolean            caseload_person_list_get_loading (CaseloadPersonList *self);
const char         *caseload_person_list_get_error  (CaseloadPersonList *self);
gboolean            caseload_person_list_error_matches (CaseloadPersonList *self, GQuark domain, int code);
/* Reads the count again and drops cached pages (after a save). */
void                caseload_person_list_reload     (CaseloadPersonList *self);

G_END_DECLS
