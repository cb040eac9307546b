/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-plan-save"

#include "config.h"

#include "caseload-format.h"
#include "caseload-plan-save.h"
#include "caseload-worker.h"

CaseloadPlanSave *
caseload_plan_save_new (CaseloadContext *context,
                        CaseloadPlan    *plan,
                        CaseloadReview  *review)
{
  CaseloadPlanSave *save;

  g_return_val_if_fail (CASELOAD_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (CASELOAD_IS_PLAN (plan), NULL);
  g_return_val_if_fail (review == NULL || CASELOAD_IS_REVIEW (review), NULL);

  save = g_new0 (CaseloadPlanSave, 1);
  save->store = g_object_ref (caseload_context_get_store (context));
  save->actor = caseload_worker_copy_staff (caseload_context_get_actor (context));
  save->plan = g_object_ref (plan);
  save->review = review != NULL ? g_object_ref (review) : NULL;

  return save;
}

void
caseload_plan_save_free (CaseloadPlanSave *save)
{
  g_clear_object (&save->store);
  g_clear_object (&save->actor);
  g_clear_object (&save->plan);
  g_clear_object (&save->review);
  g_clear_object (&save->current);
  g_free (save);
}

gpointer
caseload_plan_save_thread (gpointer       data,
                           GCancellable  *cancellable,
                           GError       **error)
{
  CaseloadPlanSave *save = data;
  g_autoptr(GError) local_error = NULL;
  gboolean saved;

  if (save->review != NULL)
    saved = caseload_store_save_review (save->store, save->actor, save->review, save->plan, &local_error);
  else
    saved = caseload_store_save_plan (save->store, save->actor, save->plan, &local_error);

  if (saved)
    return CASELOAD_WORKER_DONE;

  /* Someone saved a newer version meanwhile: read it for the dialog. If that fails too,
   * the conflict is still what to say. */
  if (g_error_matches (local_error, CASELOAD_ERROR, CASELOAD_ERROR_CONFLICT))
    save->current = caseload_store_get_plan (save->store, save->actor, caseload_plan_get_person_id (save->plan), 0,
                                             NULL);

  g_propagate_error (error, g_steal_pointer (&local_error));
  return NULL;
}

CaseloadPlanSaveOutcome
caseload_plan_save_finish (GAsyncResult      *result,
                           CaseloadContext   *context,
                           CaseloadPlanSave **save,
                           char             **message)
{
  g_autoptr(GError) error = NULL;

  *save = caseload_worker_get_data (result);
  *message = NULL;

  if (caseload_worker_finish (result, &error) != NULL)
    return CASELOAD_PLAN_SAVE_DONE;
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return CASELOAD_PLAN_SAVE_CANCELLED;

  /* The message may quote what was typed: on screen, never in the log. */
  g_debug ("Saving a plan failed: %s %d", g_quark_to_string (error->domain), error->code);
  if (g_error_matches (error, CASELOAD_ERROR, CASELOAD_ERROR_CONFLICT) && (*save)->current != NULL)
    return CASELOAD_PLAN_SAVE_CONFLICT;

  caseload_context_report_error (context, error);
  *message = caseload_format_save_error (error);
  return CASELOAD_PLAN_SAVE_FAILED;
}
