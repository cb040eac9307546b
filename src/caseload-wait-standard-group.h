/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "caseload-core.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_WAIT_STANDARD_GROUP (caseload_wait_standard_group_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadWaitStandardGroup, caseload_wait_standard_group, CASELOAD, WAIT_STANDARD_GROUP,
                      AdwPreferencesGroup)

/*
 * Preferences → Waiting Times: the standard for one urgency (target, unit, warning,
 * where the clock stops). A team manager saves it; a value the core refuses shows its
 * problem beside the field and nothing is saved. Others read it. Emits "saved" once the
 * store has it.
 */
GtkWidget            *caseload_wait_standard_group_new          (void);
void                  caseload_wait_standard_group_set_standard (CaseloadWaitStandardGroup *self,
                                                                 CaseloadContext           *context,
                                                                 CaseloadWaitStandard      *standard,
                                                                 gboolean                   editable);
CaseloadWaitStandard *caseload_wait_standard_group_get_standard (CaseloadWaitStandardGroup *self);
/* For tests: the spin buttons, the problem beside a field, and whether a save runs. */
GtkSpinButton        *caseload_wait_standard_group_get_spin     (CaseloadWaitStandardGroup *self,
                                                                 const char                *field);
const char           *caseload_wait_standard_group_get_error    (CaseloadWaitStandardGroup *self,
                                                                 const char                *field);
gboolean              caseload_wait_standard_group_get_busy     (CaseloadWaitStandardGroup *self);

G_END_DECLS
