/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "caseload-core.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_PLAN_VERSION_WINDOW (caseload_plan_version_window_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadPlanVersionWindow, caseload_plan_version_window, CASELOAD, PLAN_VERSION_WINDOW,
                      AdwWindow)

/*
 * An older version of a person's plan, read-only, as it was saved (read off the main
 * loop). "Compare with Current" shows what changed from it to @current
 * (caseload_plan_diff), section by section: each change says Added, Removed or Changed
 * in words and with an icon, with the words before and after.
 */
CaseloadPlanVersionWindow *caseload_plan_version_window_new (GtkWindow       *parent,
                                                             CaseloadContext *context,
                                                             CaseloadPerson  *person,
                                                             CaseloadPlan    *current,
                                                             int              version);

/* For tests: reading the version. */
gboolean caseload_plan_version_window_get_busy    (CaseloadPlanVersionWindow *self);
/* Shows the comparison (TRUE) or the version (FALSE), as the toggle does. */
void     caseload_plan_version_window_set_compare (CaseloadPlanVersionWindow *self,
                                                   gboolean                   compare);

G_END_DECLS
