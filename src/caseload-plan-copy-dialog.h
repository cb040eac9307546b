/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "caseload-core.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_PLAN_COPY_DIALOG (caseload_plan_copy_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadPlanCopyDialog, caseload_plan_copy_dialog, CASELOAD, PLAN_COPY_DIALOG, AdwWindow)

/*
 * "Give a Copy…": records that the person has a copy of their plan — the date (today
 * unless changed, not in the future) and how (printed, emailed, read aloud, translated,
 * with the language) — as a new version of @plan, saved off the main loop. If someone
 * saved a newer version meanwhile, the dialog says so, takes the newest version and
 * keeps what was entered for saving again. "saved" (CaseloadPlan, as saved) when done.
 */
CaseloadPlanCopyDialog *caseload_plan_copy_dialog_new       (GtkWindow              *parent,
                                                             CaseloadContext        *context,
                                                             CaseloadPerson         *person,
                                                             CaseloadPlan           *plan);
/* For tests: the widget for a field ("copy-given-on", "copy-language": AdwEntryRow;
 * "copy-format": AdwComboRow over the formats from CASELOAD_COPY_PRINTED on) and the
 * problem shown beside it (@field NULL: the banner), or NULL. */
GtkWidget              *caseload_plan_copy_dialog_get_field (CaseloadPlanCopyDialog *self,
                                                             const char             *field);
const char             *caseload_plan_copy_dialog_get_error (CaseloadPlanCopyDialog *self,
                                                             const char             *field);

G_END_DECLS
