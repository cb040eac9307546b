/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* For the records' text properties: stores a copy of @value in @field, keeping empty
 * text as NULL. Returns TRUE if it changed (so the caller notifies). */
gboolean caseload_property_set_string (char       **field,
                                       const char  *value);

/* Copies every readable and writable property of @from onto @to (the same type), notifying
 * once: the caller's record takes what the store saved and read back. */
void     caseload_property_copy_all   (gpointer     from,
                                       gpointer     to);

G_END_DECLS
