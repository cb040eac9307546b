/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "caseload-core.h"

G_BEGIN_DECLS

/*
 * Store calls for the widgets, off the main loop. A widget packs what the call needs
 * into @data, and @func runs in a worker thread; its result (non-NULL for success,
 * NULL with an error) comes back to @callback on the main loop. Each call takes the
 * widget's cancellable, which the widget cancels in dispose.
 */
typedef gpointer (*CaseloadWorkerFunc) (gpointer       data,
                                        GCancellable  *cancellable,
                                        GError       **error);

void      caseload_worker_run        (gpointer             source_object,
                                      gpointer             source_tag,
                                      CaseloadWorkerFunc   func,
                                      gpointer             data,
                                      GDestroyNotify       data_free,
                                      GDestroyNotify       result_free,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data);
/* (transfer full) (nullable): what @func returned, or NULL with @error set. */
gpointer  caseload_worker_finish     (GAsyncResult        *result,
                                      GError             **error);

/* What was passed as @data, for the callback to see what the call was about. */
gpointer  caseload_worker_get_data   (GAsyncResult        *result);

/* A private copy of @staff for a worker, so nothing the main thread does to the
 * original races with the call. */
CaseloadStaff *caseload_worker_copy_staff (CaseloadStaff *staff);

/* A store call that saves one record: caseload_store_save_fidelity_review () and its
 * kind. */
typedef gboolean (*CaseloadWorkerSaveFunc) (CaseloadStore  *store,
                                            CaseloadStaff  *actor,
                                            gpointer        record,
                                            GError        **error);

/* Saves @record with @save as @context's actor, off the main loop; the result is
 * @record (a new reference) once saved. */
void      caseload_worker_save       (gpointer                source_object,
                                      gpointer                source_tag,
                                      CaseloadWorkerSaveFunc  save,
                                      CaseloadContext        *context,
                                      gpointer                record,
                                      GCancellable           *cancellable,
                                      GAsyncReadyCallback     callback,
                                      gpointer                user_data);

/* The non-NULL "it worked" result of calls that return only a boolean. */
#define CASELOAD_WORKER_DONE GINT_TO_POINTER (1)

G_END_DECLS
