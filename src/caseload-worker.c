/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-worker"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-worker.h"

typedef struct {
  CaseloadWorkerFunc func;
  gpointer           data;
  GDestroyNotify     data_free;
  GDestroyNotify     result_free;
} Call;

static void
call_free (Call *call)
{
  if (call->data_free != NULL && call->data != NULL)
    call->data_free (call->data);
  g_free (call);
}

static void
run_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  Call *call = task_data;
  g_autoptr(GError) error = NULL;
  gpointer result;

  if (g_task_return_error_if_cancelled (task))
    return;

  result = call->func (call->data, cancellable, &error);

  if (result == NULL)
    {
      /* A call that fails says why; one that doesn't is a bug, but still a failure. */
      if (error == NULL)
        g_set_error_literal (&error, CASELOAD_ERROR, CASELOAD_ERROR_STORAGE,
                             _("Something went wrong reading the records. Try again."));
      g_task_return_error (task, g_steal_pointer (&error));
    }
  else
    g_task_return_pointer (task, result, call->result_free);
}

void
caseload_worker_run (gpointer             source_object,
                     gpointer             source_tag,
                     CaseloadWorkerFunc   func,
                     gpointer             data,
                     GDestroyNotify       data_free,
                     GDestroyNotify       result_free,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Call *call;

  g_return_if_fail (G_IS_OBJECT (source_object));
  g_return_if_fail (func != NULL);

  call = g_new0 (Call, 1);
  call->func = func;
  call->data = data;
  call->data_free = data_free;
  call->result_free = result_free;

  task = g_task_new (source_object, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, call, (GDestroyNotify) call_free);
  g_task_run_in_thread (task, run_thread);
}

gpointer
caseload_worker_finish (GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

gpointer
caseload_worker_get_data (GAsyncResult *result)
{
  Call *call;

  g_return_val_if_fail (G_IS_TASK (result), NULL);

  call = g_task_get_task_data (G_TASK (result));
  return call->data;
}

CaseloadStaff *
caseload_worker_copy_staff (CaseloadStaff *staff)
{
  CaseloadStaff *copy;

  if (staff == NULL)
    return NULL;

  g_return_val_if_fail (CASELOAD_IS_STAFF (staff), NULL);

  copy = caseload_staff_new ();
  caseload_staff_set_id (copy, caseload_staff_get_id (staff));
  caseload_staff_set_version (copy, caseload_staff_get_version (staff));
  caseload_staff_set_display_name (copy, caseload_staff_get_display_name (staff));
  caseload_staff_set_role (copy, caseload_staff_get_role (staff));
  caseload_staff_set_access_role (copy, caseload_staff_get_access_role (staff));
  caseload_staff_set_organisation_id (copy, caseload_staff_get_organisation_id (staff));
  caseload_staff_set_organisation_name (copy, caseload_staff_get_organisation_name (staff));
  caseload_staff_set_organisation_kind (copy, caseload_staff_get_organisation_kind (staff));
  caseload_staff_set_email (copy, caseload_staff_get_email (staff));
  caseload_staff_set_username (copy, caseload_staff_get_username (staff));
  caseload_staff_set_active (copy, caseload_staff_get_active (staff));
  caseload_staff_set_must_change_password (copy, caseload_staff_get_must_change_password (staff));
  /* Saved with the account: a role changed keeps the working time */
  caseload_staff_set_fte (copy, caseload_staff_get_fte (staff));

  return copy;
}

typedef struct {
  CaseloadWorkerSaveFunc  save;
  CaseloadStore          *store;
  CaseloadStaff          *actor;
  GObject                *record;
} SaveCall;

static void
save_call_free (SaveCall *call)
{
  g_clear_object (&call->store);
  g_clear_object (&call->actor);
  g_clear_object (&call->record);
  g_free (call);
}

static gpointer
save_thread (gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  SaveCall *call = data;

  if (!call->save (call->store, call->actor, call->record, error))
    return NULL;
  return g_object_ref (call->record);
}

void
caseload_worker_save (gpointer                source_object,
                      gpointer                source_tag,
                      CaseloadWorkerSaveFunc  save,
                      CaseloadContext        *context,
                      gpointer                record,
                      GCancellable           *cancellable,
                      GAsyncReadyCallback     callback,
                      gpointer                user_data)
{
  SaveCall *call = g_new0 (SaveCall, 1);

  g_return_if_fail (CASELOAD_IS_CONTEXT (context));
  g_return_if_fail (G_IS_OBJECT (record));

  call->save = save;
  call->store = g_object_ref (caseload_context_get_store (context));
  call->actor = caseload_worker_copy_staff (caseload_context_get_actor (context));
  call->record = g_object_ref (record);
  caseload_worker_run (source_object, source_tag, save_thread, call, (GDestroyNotify) save_call_free,
                       g_object_unref, cancellable, callback, user_data);
}
