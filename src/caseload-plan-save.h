/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "caseload-core.h"

G_BEGIN_DECLS

/*
 * A save of a plan (or of a review with its plan) for caseload_worker_run(), shared by
 * "Give a Copy…" and the Review dialog. On CASELOAD_ERROR_CONFLICT the thread also reads
 * the newest version into @current, so the dialog can put what was entered on it and
 * let the user save again.
 */
typedef struct {
  CaseloadStore  *store;
  CaseloadStaff  *actor;
  CaseloadPlan   *plan;
  CaseloadReview *review;    /* NULL: the plan alone */
  CaseloadPlan   *current;   /* after a conflict: the newest version, or NULL */
} CaseloadPlanSave;

/* Takes references to @plan and @review (nullable) and a copy of the actor. */
CaseloadPlanSave *caseload_plan_save_new    (CaseloadContext  *context,
                                             CaseloadPlan     *plan,
                                             CaseloadReview   *review);
void              caseload_plan_save_free   (CaseloadPlanSave *save);
/* A CaseloadWorkerFunc: CASELOAD_WORKER_DONE, or NULL with the error. */
gpointer          caseload_plan_save_thread (gpointer          data,
                                             GCancellable     *cancellable,
                                             GError          **error);

G_END_DECLS
