/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* For the records' text properties: stores a copy of @value in @field, keeping empty
 * text as NULL. Returns TRUE if it changed (so the caller notifies). */
gboolean caseload_property_set_string (char       **field,
                                       const char  *value);

G_END_DECLS
