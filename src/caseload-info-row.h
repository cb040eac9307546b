/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A row of words for a boxed list (an AdwPreferencesRow, so an AdwPreferencesGroup
 * puts it in its list), looking like an AdwActionRow — the same CSS nodes (box.header, box.title, label.title,
 * label.subtitle), so the theme draws it the same — but lighter to lay out: its labels
 * wrap only when their text is long, so a short row asks for its size once instead of
 * for every width. The row is labelled by its title and described by its subtitle, as
 * an action row is; not activatable. Prefixes and suffixes go at the start and end. */
GtkWidget *caseload_info_row_new        (const char *title,
                                         const char *subtitle);
void       caseload_info_row_add_prefix (GtkWidget  *row,
                                         GtkWidget  *widget);
void       caseload_info_row_add_suffix (GtkWidget  *row,
                                         GtkWidget  *widget);

G_END_DECLS
