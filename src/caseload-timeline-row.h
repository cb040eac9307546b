/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "caseload-core.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_TIMELINE_ROW (caseload_timeline_row_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadTimelineRow, caseload_timeline_row, CASELOAD, TIMELINE_ROW, GtkWidget)

/* One entry on a person's timeline; follows its entry's properties, so a placeholder
 * fills in place. */
GtkWidget             *caseload_timeline_row_new       (void);
CaseloadTimelineEntry *caseload_timeline_row_get_entry (CaseloadTimelineRow   *self);
void                   caseload_timeline_row_set_entry (CaseloadTimelineRow   *self,
                                                        CaseloadTimelineEntry *entry);

G_END_DECLS
