/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "caseload-store.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_TIMELINE_LIST (caseload_timeline_list_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadTimelineList, caseload_timeline_list, CASELOAD, TIMELINE_LIST, GObject)

/* A lazily paged GListModel of CaseloadTimelineEntry for one person, newest first,
 * with placeholders like CaseloadPersonList, and an "error" property (ro) saying why a
 * page could not be read. @n_items is the count the caller already
 * has (from CaseloadPersonDetail). */
CaseloadTimelineList *caseload_timeline_list_new        (CaseloadStore *store, CaseloadStaff *actor,
                                                         const char *person_id, guint n_items);
const char           *caseload_timeline_list_get_person_id (CaseloadTimelineList *self);
const char           *caseload_timeline_list_get_error  (CaseloadTimelineList *self);
gboolean              caseload_timeline_list_error_matches (CaseloadTimelineList *self,
                                                            GQuark domain, int code);
/* Reads again the pages that failed, into the placeholders shown; clears the error. */
void                  caseload_timeline_list_read_again (CaseloadTimelineList *self);
/* Replaces the contents with @n_items entries (after a save); clears the error. */
void                  caseload_timeline_list_reset      (CaseloadTimelineList *self, guint n_items);

G_END_DECLS
