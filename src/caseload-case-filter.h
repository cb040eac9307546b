/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "caseload-core.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_CASE_FILTER (caseload_case_filter_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadCaseFilter, caseload_case_filter, CASELOAD, CASE_FILTER, GtkPopover)

/* The filters and sort of a caseload list (PCN, GP practice, organisation, worker,
 * urgency, waiting time), in a popover. It reads the choices (organisations and staff)
 * from the context's store off the main loop; "changed" when the user changes one. */
GtkWidget *caseload_case_filter_new          (void);
void       caseload_case_filter_set_context  (CaseloadCaseFilter *self,
                                              CaseloadContext    *context);
/* Writes the chosen filters and sort into @query (search and kind stay). */
void       caseload_case_filter_apply        (CaseloadCaseFilter *self,
                                              CaseloadCaseQuery  *query);
/* How many filters narrow the list (sort not counted). */
guint      caseload_case_filter_get_n_active (CaseloadCaseFilter *self);
/* The worker filter makes no sense on My caseload: hidden there. */
void       caseload_case_filter_set_show_worker (CaseloadCaseFilter *self,
                                                 gboolean            show);
void       caseload_case_filter_clear        (CaseloadCaseFilter *self);

G_END_DECLS
