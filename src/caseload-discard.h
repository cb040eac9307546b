/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Asks before throwing away what was typed in @form (a modal form window). "Keep" is
 * the default, and what Escape answers. "Discard" marks the form as discarded and
 * closes it once the question has gone; its close-request handler lets it close when
 * caseload_discard_is_confirmed() says so. */
void     caseload_discard_ask          (GtkWindow  *form,
                                        const char *heading,
                                        const char *body,
                                        const char *keep_label);
gboolean caseload_discard_is_confirmed (GtkWindow  *form);

G_END_DECLS
