/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-print-run"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "caseload-print-run.h"
#include "caseload-worker.h"

typedef struct {
  CaseloadStore     *store;
  CaseloadStaff     *actor;
  char              *person_id;
  char              *detail;
  GWeakRef           parent;
  CaseloadPrintDone  done;
  gpointer           user_data;
} PrintCall;

static void
print_call_free (PrintCall *call)
{
  g_clear_object (&call->store);
  g_clear_object (&call->actor);
  g_weak_ref_clear (&call->parent);
  g_free (call->person_id);
  g_free (call->detail);
  g_free (call);
}

static gpointer
audit_thread (gpointer       data,
              GCancellable  *cancellable,
              GError       **error)
{
  PrintCall *call = data;

  return caseload_store_record_event (call->store, call->actor, "print", call->person_id, call->detail, error)
    ? CASELOAD_WORKER_DONE : NULL;
}

static void
show_failure (GtkWidget  *parent,
              const char *message)
{
  GtkRoot *root = parent != NULL ? gtk_widget_get_root (parent) : NULL;
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, _("Could Not Print"), message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_audited_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  PrintCall *call = caseload_worker_get_data (result);

  if (caseload_worker_finish (result, &error) == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_warning ("Auditing a print failed: %s %d", g_quark_to_string (error->domain), error->code);
  /* It went to the printer either way. */
  if (call->done != NULL)
    call->done (call->user_data, TRUE);
}

static void
on_done_cb (GtkPrintOperation       *operation,
            GtkPrintOperationResult  result,
            gpointer                 user_data)
{
  PrintCall *call = g_object_steal_data (G_OBJECT (operation), "caseload-print-call");
  g_autoptr(GtkWidget) parent = NULL;

  if (call == NULL)
    return;
  parent = g_weak_ref_get (&call->parent);

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      show_failure (parent, error != NULL ? error->message : "");
    }
  if (result != GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      if (call->done != NULL)
        call->done (call->user_data, FALSE);
      print_call_free (call);
      return;
    }

  caseload_worker_run (operation, caseload_print_run, audit_thread, call, (GDestroyNotify) print_call_free,
                       NULL, NULL, on_audited_cb, NULL);
}

void
caseload_print_run (GtkWidget         *parent,
                    CaseloadContext   *context,
                    GtkPrintOperation *operation,
                    const char        *person_id,
                    const char        *detail,
                    const char        *pdf_path,
                    CaseloadPrintDone  done,
                    gpointer           user_data)
{
  g_autoptr(GError) error = NULL;
  GtkRoot *root;
  PrintCall *call;

  g_return_if_fail (parent == NULL || GTK_IS_WIDGET (parent));
  g_return_if_fail (CASELOAD_IS_CONTEXT (context));
  g_return_if_fail (GTK_IS_PRINT_OPERATION (operation));
  g_return_if_fail (person_id != NULL);

  call = g_new0 (PrintCall, 1);
  call->store = g_object_ref (caseload_context_get_store (context));
  call->actor = caseload_worker_copy_staff (caseload_context_get_actor (context));
  call->person_id = g_strdup (person_id);
  call->detail = g_strdup (detail);
  g_weak_ref_init (&call->parent, parent);
  call->done = done;
  call->user_data = user_data;
  g_object_set_data_full (G_OBJECT (operation), "caseload-print-call", call, (GDestroyNotify) print_call_free);
  g_signal_connect (operation, "done", G_CALLBACK (on_done_cb), NULL);

  root = parent != NULL ? gtk_widget_get_root (parent) : NULL;
  if (pdf_path != NULL)
    gtk_print_operation_set_export_filename (operation, pdf_path);
  else
    gtk_print_operation_set_allow_async (operation, TRUE);

  if (gtk_print_operation_run (operation,
                               pdf_path != NULL ? GTK_PRINT_OPERATION_ACTION_EXPORT : GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_failure (parent, error->message);
}
