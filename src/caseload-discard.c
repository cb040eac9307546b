/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "caseload-discard.h"

#define DISCARDED_KEY "caseload-discarded"

static gboolean
close_discarded_cb (gpointer user_data)
{
  g_autoptr(GtkWindow) form = user_data;

  gtk_window_close (form);
  return G_SOURCE_REMOVE;
}

static void
on_discard_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        GtkWindow        *form)
{
  if (g_strcmp0 (response, "discard") != 0)
    return;

  /* Close once the question has finished closing: it is transient for the form. */
  g_object_set_data (G_OBJECT (form), DISCARDED_KEY, GINT_TO_POINTER (TRUE));
  g_idle_add (close_discarded_cb, g_object_ref (form));
}

void
caseload_discard_ask (GtkWindow  *form,
                      const char *heading,
                      const char *body,
                      const char *keep_label)
{
  AdwMessageDialog *dialog;

  g_return_if_fail (GTK_IS_WINDOW (form));

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (form, heading, body));
  adw_message_dialog_add_responses (dialog,
                                    "keep", keep_label,
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "keep");
  adw_message_dialog_set_close_response (dialog, "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_discard_response_cb), form, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
caseload_discard_is_confirmed (GtkWindow *form)
{
  g_return_val_if_fail (GTK_IS_WINDOW (form), FALSE);
  return g_object_get_data (G_OBJECT (form), DISCARDED_KEY) != NULL;
}
