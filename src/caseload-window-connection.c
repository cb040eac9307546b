/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-window"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-window-private.h"

/* A lost connection to the shared site. Any store call that fails with
 * CASELOAD_ERROR_CONNECTION is reported to the context; the window then shows a banner
 * across its top and tries a cheap read (counting the actor's caseload) every few
 * seconds, and on Try Now, until one works. Nothing is closed or cleared meanwhile:
 * lists keep what they show, and forms keep what was typed. */

#define RECONNECT_SECONDS 5

static void
set_connection_lost (CaseloadWindow *self,
                     gboolean        lost)
{
  lost = !!lost;

  gtk_revealer_set_reveal_child (self->connection_revealer, lost);
  gtk_spinner_set_spinning (self->connection_spinner, lost);

  if (self->connection_lost == lost)
    return;

  self->connection_lost = lost;
  g_object_notify (G_OBJECT (self), "connection-lost");
}

static void
on_probe_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(CaseloadWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  guint count = 0;

  if (!caseload_store_count_people_finish (CASELOAD_STORE (source), result, &count, &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->probing = FALSE;

  /* Anything but a lost connection means the server answered. */
  if (g_error_matches (error, CASELOAD_ERROR, CASELOAD_ERROR_CONNECTION))
    {
      g_debug ("Still no connection to the shared site");
      return;
    }

  g_debug ("The connection to the shared site is back");
  g_clear_handle_id (&self->reconnect_source, g_source_remove);
  set_connection_lost (self, FALSE);

  /* What failed to read while it was gone is read again; what is shown stays. */
  if (self->people != NULL && caseload_person_list_get_error (self->people) != NULL)
    caseload_person_list_reload (self->people);
  if (self->person_page != NULL)
    caseload_person_page_read_again (self->person_page);

  /* The person page, the audit and staff windows and the dialogs re-read theirs. */
  caseload_context_report_connection_restored (self->context);
}

static void
probe (CaseloadWindow *self)
{
  CaseloadStaff *actor = caseload_context_get_actor (self->context);

  if (self->probing || actor == NULL)
    return;

  self->probing = TRUE;
  g_clear_object (&self->reconnect_cancellable);
  self->reconnect_cancellable = g_cancellable_new ();
  caseload_store_count_people_async (caseload_context_get_store (self->context), actor, NULL,
                                     self->reconnect_cancellable, on_probe_done_cb, g_object_ref (self));
}

static gboolean
reconnect_cb (gpointer user_data)
{
  probe (CASELOAD_WINDOW (user_data));

  return G_SOURCE_CONTINUE;
}

static void
on_connection_lost_cb (CaseloadWindow  *self,
                       CaseloadContext *context)
{
  g_debug ("A store call lost the connection to the shared site");

  set_connection_lost (self, TRUE);

  if (self->reconnect_source == 0)
    self->reconnect_source = g_timeout_add_seconds (RECONNECT_SECONDS, reconnect_cb, self);
}

static void
reconnect_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  probe (CASELOAD_WINDOW (widget));
}

void
_caseload_window_class_connection_init (CaseloadWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.reconnect", NULL, reconnect_action);
}

void
_caseload_window_connection_init (CaseloadWindow *self)
{
  g_signal_connect_object (self->context, "connection-lost", G_CALLBACK (on_connection_lost_cb),
                           self, G_CONNECT_SWAPPED);
}

void
_caseload_window_connection_dispose (CaseloadWindow *self)
{
  g_cancellable_cancel (self->reconnect_cancellable);
  g_clear_object (&self->reconnect_cancellable);
  g_clear_handle_id (&self->reconnect_source, g_source_remove);
  self->probing = FALSE;
}

/* The person list's read failed: a lost connection is the banner's to tell. Not while
 * it reads again: its last error stays until that read ends, and would bring back the
 * banner the moment the connection is back. */
void
_caseload_window_connection_check_list (CaseloadWindow *self)
{
  if (self->people != NULL && !caseload_person_list_get_loading (self->people) &&
      caseload_person_list_error_matches (self->people, CASELOAD_ERROR, CASELOAD_ERROR_CONNECTION))
    on_connection_lost_cb (self, self->context);
}

/* A new session starts with no banner: the next failing call brings it back. */
void
_caseload_window_connection_reset (CaseloadWindow *self)
{
  _caseload_window_connection_dispose (self);
  set_connection_lost (self, FALSE);
}

gboolean
caseload_window_get_connection_lost (CaseloadWindow *self)
{
  g_return_val_if_fail (CASELOAD_IS_WINDOW (self), FALSE);

  return self->connection_lost;
}
