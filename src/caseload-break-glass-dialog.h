/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "caseload-core.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_BREAK_GLASS_DIALOG (caseload_break_glass_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadBreakGlassDialog, caseload_break_glass_dialog, CASELOAD, BREAK_GLASS_DIALOG, AdwWindow)

/*
 * Emergency access to a record the actor may not see: a modal form over @parent that
 * says the access is recorded, reviewed and time-limited, and asks for the reason. The
 * store decides; on success the dialog emits "opened" (with the CaseloadBreakGlass) and
 * closes itself. A reason the store finds too thin is shown under the reason.
 */
CaseloadBreakGlassDialog *caseload_break_glass_dialog_new           (GtkWindow                *parent,
                                                                     CaseloadContext          *context,
                                                                     const char               *person_id);
const char               *caseload_break_glass_dialog_get_person_id (CaseloadBreakGlassDialog *self);

/* For tests: the reason being written, and the problem shown for "reason" (or NULL for
 * the message at the top), or NULL. */
GtkTextView              *caseload_break_glass_dialog_get_text_view (CaseloadBreakGlassDialog *self);
const char               *caseload_break_glass_dialog_get_error     (CaseloadBreakGlassDialog *self,
                                                                     const char               *field);

G_END_DECLS
