/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "caseload-chart.h"
#include "caseload-core.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_MEASURES_VIEW (caseload_measures_view_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadMeasuresView, caseload_measures_view, CASELOAD, MEASURES_VIEW, GtkWidget)

/* The person page's Measures view. The page reads the person's outcomes (plan, versions,
 * reviews, measures) with the record and hands them over with caseload_measures_view_show();
 * the view keeps references to what it shows. After the view saved something, it emits
 * "changed" and the page reads the record again. */
GtkWidget *caseload_measures_view_new         (void);
void       caseload_measures_view_set_context (CaseloadMeasuresView *self,
                                 CaseloadContext   *context);
void       caseload_measures_view_show        (CaseloadMeasuresView *self,
                                 CaseloadPerson    *person,
                                 CaseloadOutcomes  *outcomes,
                                 gboolean           may_add);
/* The outcomes could not be read: says why instead. */
void       caseload_measures_view_show_error  (CaseloadMeasuresView *self,
                                 const char        *message);
/* Forgets the person (another record is opening, or none). */
void       caseload_measures_view_clear       (CaseloadMeasuresView *self);


/* For tests: the trend chart of @instrument, or NULL when there is no total to chart;
 * how many measures the history lists now (the newest ten until "Show All",
 * the view's action "measures-view.show-all-history", lists the rest). */
CaseloadChart *caseload_measures_view_get_chart     (CaseloadMeasuresView *self,
                                                     CaseloadInstrument    instrument);
guint          caseload_measures_view_get_n_history (CaseloadMeasuresView *self);

G_END_DECLS
