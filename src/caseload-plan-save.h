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

/* What became of a save, for the dialog's callback. */
typedef enum {
  CASELOAD_PLAN_SAVE_DONE,
  CASELOAD_PLAN_SAVE_CANCELLED,  /* the dialog went: nothing to do */
  CASELOAD_PLAN_SAVE_CONFLICT,   /* a newer version is in the save's "current" */
  CASELOAD_PLAN_SAVE_FAILED,     /* nothing saved: @message says why (reported to @context) */
} CaseloadPlanSaveOutcome;

/* Finishes caseload_worker_run (…, caseload_plan_save_thread, save, …): returns what
 * became of it; *@save is the call's CaseloadPlanSave (owned by the result) and, for
 * CASELOAD_PLAN_SAVE_FAILED, *@message the sentence for the dialog's banner. */
CaseloadPlanSaveOutcome caseload_plan_save_finish (GAsyncResult      *result,
                                                   CaseloadContext   *context,
                                                   CaseloadPlanSave **save,
                                                   char             **message);

G_END_DECLS
