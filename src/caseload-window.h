/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "caseload-core.h"
#include "caseload-person-page.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_WINDOW (caseload_window_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadWindow, caseload_window, CASELOAD, WINDOW, AdwApplicationWindow)

/* The main window: the caseload on the left, the open person on the right.
 * @app may be NULL (tests). */
CaseloadWindow     *caseload_window_new              (GtkApplication  *app,
                                                      CaseloadContext *context);
CaseloadContext    *caseload_window_get_context      (CaseloadWindow  *self);
/* Shows a short message over the window ("Entry added"). */
void                caseload_window_add_toast        (CaseloadWindow  *self,
                                                      const char      *title);

/* For tests: the parts a test drives or reads. */
CaseloadPersonList *caseload_window_get_person_list  (CaseloadWindow  *self);
GtkSingleSelection *caseload_window_get_selection    (CaseloadWindow  *self);
GtkSearchEntry     *caseload_window_get_search_entry (CaseloadWindow  *self);
CaseloadPersonPage *caseload_window_get_person_page  (CaseloadWindow  *self);

G_END_DECLS
