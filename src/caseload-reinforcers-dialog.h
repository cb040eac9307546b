/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "caseload-attendance.h"
#include "caseload-core.h"
#include "caseload-reinforcer.h"
#include "caseload-stepps.h"
#include "caseload-validate-pathway.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_REINFORCERS_DIALOG (caseload_reinforcers_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadReinforcersDialog, caseload_reinforcers_dialog, CASELOAD, REINFORCERS_DIALOG, AdwWindow)

/* A STEPPS participant's reinforcement team: who is in it (from the person's network,
 * read off the main loop, or a professional typed with their role), and for each the
 * printed skills summary (caseload-stepps-print.h; printing it marks it given today).
 * Saved with caseload_store_save_cohort_participant() (the team replaces the stored one);
 * "saved" when it is. */
GtkWidget  *caseload_reinforcers_dialog_new         (GtkWindow                 *parent,
                                                     CaseloadContext           *context,
                                                     CaseloadCohort            *cohort,
                                                     CaseloadCohortParticipant *participant);
/* The team as it stands in the dialog (CaseloadReinforcer), for tests. */
GPtrArray  *caseload_reinforcers_dialog_get_team    (CaseloadReinforcersDialog *self);
/* Adds a professional as if typed; FALSE with the problem beside the field. */
gboolean    caseload_reinforcers_dialog_add_professional (CaseloadReinforcersDialog *self,
                                                          const char                *name,
                                                          const char                *role);
/* The message beside @field ("name", "role"), or NULL. */
const char *caseload_reinforcers_dialog_get_error   (CaseloadReinforcersDialog *self,
                                                     const char                *field);
/* Prints team member @index's summary to @pdf_path (for tests). */
void        caseload_reinforcers_dialog_print_to    (CaseloadReinforcersDialog *self,
                                                     guint                      index,
                                                     const char                *pdf_path);

G_END_DECLS
