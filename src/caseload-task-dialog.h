/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "caseload-core.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_TASK_DIALOG (caseload_task_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadTaskDialog, caseload_task_dialog, CASELOAD, TASK_DIALOG, AdwWindow)

/* New Task for one person: what needs doing, whose task it is (the signed-in worker
 * unless changed) and the due date, each checked beside its field; saved off the main
 * loop. "saved" (CaseloadTask) when it is. */
GtkWidget *caseload_task_dialog_new       (GtkWindow          *parent,
                                           CaseloadContext    *context,
                                           CaseloadPerson     *person);
/* The message shown beside @field ("title", "due-on"), or NULL. */
const char *caseload_task_dialog_get_error (CaseloadTaskDialog *self,
                                            const char         *field);

G_END_DECLS
