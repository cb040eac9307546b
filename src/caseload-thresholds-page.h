/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "caseload-core.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_THRESHOLDS_PAGE (caseload_thresholds_page_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadThresholdsPage, caseload_thresholds_page, CASELOAD, THRESHOLDS_PAGE, AdwPreferencesPage)

/*
 * Preferences → Thresholds: the team's triage criteria, grouped by the outcome they
 * point to. A team manager adds, edits, removes and reorders them and saves the whole
 * list in one go; a criterion the core refuses shows its problem beside it and nothing
 * is saved. Everyone else reads them. Set the context (with a signed-in actor) to read.
 */
GtkWidget *caseload_thresholds_page_new          (void);
void       caseload_thresholds_page_set_context  (CaseloadThresholdsPage *self,
                                                  CaseloadContext        *context);
/* For tests. */
gboolean   caseload_thresholds_page_get_busy     (CaseloadThresholdsPage *self);
gboolean   caseload_thresholds_page_get_editable (CaseloadThresholdsPage *self);
guint      caseload_thresholds_page_get_n_items  (CaseloadThresholdsPage *self);
/* Adds an empty criterion for @outcome and returns its entry. */
GtkEditable *caseload_thresholds_page_add        (CaseloadThresholdsPage *self,
                                                  CaseloadTriageOutcome   outcome);
/* The problem beside the @index-th criterion (in the order shown), or NULL; @index -1:
 * the message at the top. */
const char *caseload_thresholds_page_get_error   (CaseloadThresholdsPage *self,
                                                  int                     index);

G_END_DECLS
