/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "caseload-attendance.h"
#include "caseload-core.h"
#include "caseload-reinforcer.h"
#include "caseload-stepps.h"
#include "caseload-validate-pathway.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_SESSION_DIALOG (caseload_session_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadSessionDialog, caseload_session_dialog, CASELOAD, SESSION_DIALOG, AdwWindow)

/* One session of a STEPPS cohort: its date, topic and the facilitators' notes, and for
 * each participant their attendance, emotional intensity (1–5, or not rated) and BEST
 * total (12–72, or none), as recorded so far. Checked with caseload_cohort_session_check()
 * (each problem beside its field, nothing lost) and saved off the main loop with
 * caseload_store_save_cohort_session(); "saved" when it is. */
GtkWidget  *caseload_session_dialog_new       (GtkWindow             *parent,
                                               CaseloadContext       *context,
                                               CaseloadCohort        *cohort,
                                               int                    number);
/* The message beside @field ("held-on", "topic", "attendance:ID"), or NULL. */
const char *caseload_session_dialog_get_error (CaseloadSessionDialog *self,
                                               const char            *field);
/* The widgets for participant @index (the cohort's order), for tests. */
GtkDropDown *caseload_session_dialog_get_status_dropdown (CaseloadSessionDialog *self, guint index);
GtkSpinButton *caseload_session_dialog_get_intensity (CaseloadSessionDialog *self, guint index);
GtkEditable *caseload_session_dialog_get_best        (CaseloadSessionDialog *self, guint index);

G_END_DECLS
