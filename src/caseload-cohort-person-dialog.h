/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "caseload-attendance.h"
#include "caseload-core.h"
#include "caseload-reinforcer.h"
#include "caseload-stepps.h"
#include "caseload-validate-pathway.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_COHORT_PERSON_DIALOG (caseload_cohort_person_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadCohortPersonDialog, caseload_cohort_person_dialog, CASELOAD, COHORT_PERSON_DIALOG, AdwWindow)

/* Add Person…: finds people by the caseload's search (name, NHS number, date of birth)
 * and adds the one chosen to a cohort from today (caseload_store_save_cohort_participant,
 * off the main loop); someone already in it, or whose record the worker may not add to,
 * is said under the search, and the dialog stays. "saved" when someone was added. */
GtkWidget  *caseload_cohort_person_dialog_new        (GtkWindow                  *parent,
                                                      CaseloadContext            *context,
                                                      CaseloadCohort             *cohort);
void        caseload_cohort_person_dialog_search     (CaseloadCohortPersonDialog *self,
                                                      const char                 *text);
/* The people found (CaseloadPerson), for tests. */
GListModel *caseload_cohort_person_dialog_get_found  (CaseloadCohortPersonDialog *self);
/* Adds person @index of those found. */
void        caseload_cohort_person_dialog_add        (CaseloadCohortPersonDialog *self,
                                                      guint                       index);
/* The problem shown under the search, or NULL. */
const char *caseload_cohort_person_dialog_get_error  (CaseloadCohortPersonDialog *self);

G_END_DECLS
