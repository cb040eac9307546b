/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "caseload-attendance.h"
#include "caseload-core.h"
#include "caseload-reinforcer.h"
#include "caseload-stepps.h"
#include "caseload-validate-pathway.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_COHORT_DIALOG (caseload_cohort_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadCohortDialog, caseload_cohort_dialog, CASELOAD, COHORT_DIALOG, AdwWindow)

/* New Group…: a STEPPS cohort's name, programme (which sets the default number of
 * sessions), number of sessions, their length, venue, start date, completion share and
 * facilitators, picked from the active staff (two or more, from different
 * organisations). Checked with caseload_cohort_check(), each problem beside its field,
 * nothing lost; saved off the main loop with caseload_store_save_cohort(), which makes
 * the session calendar. "saved" (CaseloadCohort, with its id) when it is. */
GtkWidget  *caseload_cohort_dialog_new        (GtkWindow            *parent,
                                               CaseloadContext      *context);
/* Edit Group…: the same form with @cohort's name, programme, venue, start date, sessions,
 * their length, completion share and facilitators (a cohort read with
 * caseload_store_get_cohort(), kept), saved over it with its version: someone's save
 * meanwhile is refused as a conflict (the banner says so, what was typed stays); so is
 * removing a session with attendance, beside "n-sessions". */
GtkWidget  *caseload_cohort_dialog_new_edit   (GtkWindow            *parent,
                                               CaseloadContext      *context,
                                               CaseloadCohort       *cohort);
/* The message beside @field ("name", "start-on", "facilitators", …), or NULL. */
const char *caseload_cohort_dialog_get_error  (CaseloadCohortDialog *self,
                                               const char           *field);
/* Ticks the facilitator whose name contains @name; FALSE if there is none (for tests). */
gboolean    caseload_cohort_dialog_pick_facilitator (CaseloadCohortDialog *self,
                                                     const char           *name);
/* TRUE once the staff to pick from have been read. */
gboolean    caseload_cohort_dialog_get_ready  (CaseloadCohortDialog *self);

G_END_DECLS
