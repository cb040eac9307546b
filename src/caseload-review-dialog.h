/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "caseload-core.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_REVIEW_DIALOG (caseload_review_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadReviewDialog, caseload_review_dialog, CASELOAD, REVIEW_DIALOG, AdwWindow)

/*
 * "Review the Plan": each goal of @plan with its progress to update, how the measures
 * changed since the last review (caseload_review_summarise()), what the person said in
 * their words, the date of the review (today unless changed) and the next review date
 * (required, not in the past). Saved off the main loop with caseload_store_save_review():
 * the review and a new version of the plan with the progress and the next review date.
 * If someone saved a newer version meanwhile, the dialog says so, takes the newest
 * version and keeps what was entered. "saved" (CaseloadReview, as saved) when done.
 *
 * @reviews: the past reviews, newest first (the last one's date starts the measure
 * changes); @measures: every measure of the person (CaseloadMeasure).
 */
CaseloadReviewDialog *caseload_review_dialog_new       (GtkWindow            *parent,
                                                        CaseloadContext      *context,
                                                        CaseloadPerson       *person,
                                                        CaseloadPlan         *plan,
                                                        GPtrArray            *reviews,
                                                        GPtrArray            *measures);
/* For tests: the widget for a field ("reviewed-on", "next-review-on": AdwEntryRow;
 * "person-said": GtkTextView; "goal:ID": the goal's progress AdwComboRow, positions in
 * CaseloadGoalProgress order) and the problem shown beside it (@field NULL: the banner),
 * or NULL. */
GtkWidget            *caseload_review_dialog_get_field (CaseloadReviewDialog *self,
                                                        const char           *field);
const char           *caseload_review_dialog_get_error (CaseloadReviewDialog *self,
                                                        const char           *field);
/* For tests: the measure changes shown. */
const char           *caseload_review_dialog_get_measure_changes (CaseloadReviewDialog *self);

G_END_DECLS
