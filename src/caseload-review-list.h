/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "caseload-core.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_REVIEW_LIST (caseload_review_list_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadReviewList, caseload_review_list, CASELOAD, REVIEW_LIST, AdwPreferencesGroup)

/* "Reviews", for the Plan view: the plan's past reviews, newest first, each a row with
 * its date and reviewer that opens on what the person said, how the goals were going,
 * how the measures had changed and the next review date. */
GtkWidget *caseload_review_list_new  (void);
/* @reviews: CaseloadReview, newest first (NULL or empty: says there are none yet). */
void       caseload_review_list_show (CaseloadReviewList *self,
                                      GPtrArray          *reviews);

G_END_DECLS
