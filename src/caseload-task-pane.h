/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "caseload-core.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_TASK_PANE (caseload_task_pane_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadTaskPane, caseload_task_pane, CASELOAD, TASK_PANE, GtkWidget)

/* My Tasks: the signed-in worker's open tasks, soonest due first, read off the main
 * loop. The check button marks one done (against its version: a task changed
 * elsewhere is a conflict, said in a banner, and the list is read again); activating a
 * row opens the person through "win.open-person". Property "summary" (ro): the count
 * line ("5 open tasks · 2 overdue"). */
void        caseload_task_pane_set_context (CaseloadTaskPane *self,
                                            CaseloadContext  *context);
/* Shows only tasks whose title or person matches @search. */
void        caseload_task_pane_set_search  (CaseloadTaskPane *self,
                                            const char       *search);
void        caseload_task_pane_reload      (CaseloadTaskPane *self);
const char *caseload_task_pane_get_summary (CaseloadTaskPane *self);
/* The tasks shown (CaseloadTask), for tests. */
GListModel *caseload_task_pane_get_tasks   (CaseloadTaskPane *self);
gboolean    caseload_task_pane_get_loading (CaseloadTaskPane *self);

G_END_DECLS
