/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Passwords in the window: overwritten before they are freed, and typed into buffers
 * that GTK keeps out of swap and clears. */

/* Overwrites @text, then frees it; NULL is fine. */
void caseload_secret_free                (char *text);
/* Gives @row a GtkPasswordEntryBuffer in place of an ordinary text buffer. */
void caseload_secret_use_password_buffer (AdwPasswordEntryRow *row);

G_END_DECLS
