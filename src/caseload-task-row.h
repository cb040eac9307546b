/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "caseload-core.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_TASK_ROW (caseload_task_row_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadTaskRow, caseload_task_row, CASELOAD, TASK_ROW, AdwActionRow)

/* One open task in My Tasks: a check button to mark it done ("done" signal), the title,
 * whose it is for, and the due date (overdue: the theme's error colour, an icon and the
 * word). Activating the row opens the person. @today is an ISO date. */
GtkWidget    *caseload_task_row_new      (CaseloadTask    *task,
                                          const char      *today);
CaseloadTask *caseload_task_row_get_task (CaseloadTaskRow *self);
/* Back to not done (the save failed); no "done" is emitted. */
void          caseload_task_row_undo     (CaseloadTaskRow *self);

G_END_DECLS
