/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload"

#include "config.h"

#include "caseload-secret.h"

void
caseload_secret_free (char *text)
{
  if (text == NULL)
    return;

  /* volatile, so the compiler cannot drop the writes as dead. */
  for (volatile char *p = text; *p != '\0'; p++)
    *p = '\0';
  g_free (text);
}

void
caseload_secret_use_password_buffer (AdwPasswordEntryRow *row)
{
  GtkEditable *delegate;
  g_autoptr(GtkEntryBuffer) buffer = NULL;

  g_return_if_fail (ADW_IS_PASSWORD_ENTRY_ROW (row));

  delegate = gtk_editable_get_delegate (GTK_EDITABLE (row));
  if (!GTK_IS_TEXT (delegate))
    return;
  buffer = gtk_password_entry_buffer_new ();
  gtk_text_set_buffer (GTK_TEXT (delegate), buffer);
}
