/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "caseload-core.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_CASE_ROW_WIDGET (caseload_case_row_widget_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadCaseRowWidget, caseload_case_row_widget, CASELOAD, CASE_ROW_WIDGET, GtkWidget)

/* One row of a caseload list (My caseload, Team caseload, Waiting list, Unallocated):
 * the person, who holds the case, the waiting-time clock in words with an icon and the
 * theme's colour, the next review and the last contact. It follows its row's
 * properties, so a placeholder fills in place. @clock gives "today". */
GtkWidget       *caseload_case_row_widget_new     (CaseloadClock         *clock);
CaseloadCaseRow *caseload_case_row_widget_get_row (CaseloadCaseRowWidget *self);
void             caseload_case_row_widget_set_row (CaseloadCaseRowWidget *self,
                                                   CaseloadCaseRow       *row);

void             caseload_case_row_widget_set_mine (CaseloadCaseRowWidget *self,
                                                    gboolean               mine);

G_END_DECLS
