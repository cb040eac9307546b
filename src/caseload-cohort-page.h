/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "caseload-attendance-grid.h"
#include "caseload-chart.h"
#include "caseload-attendance.h"
#include "caseload-core.h"
#include "caseload-reinforcer.h"
#include "caseload-stepps.h"
#include "caseload-validate-pathway.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_COHORT_PAGE (caseload_cohort_page_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadCohortPage, caseload_cohort_page, CASELOAD, COHORT_PAGE, GtkWidget)

/*
 * One STEPPS cohort, read off the main loop with caseload_store_get_cohort(): its
 * programme, venue and dates; the group's figures (completion, mean BEST change, sessions
 * held) and a warning above 10 people; the facilitators; the participants, each with
 * their attendance rate and BEST change (Add Person… by search; Leave); the session
 * calendar as a grid (CaseloadAttendanceGrid: a session opens the session dialog); a
 * participant's BEST trend (CaseloadChart line, the participant chosen above it); a
 * participant's reinforcement team (and its printed skills summary).
 *
 * "saved" is emitted after anything the page saved (a session, a participant), so the
 * groups list can be read again. "title" (ro): the cohort's name.
 */
GtkWidget      *caseload_cohort_page_new          (void);
void            caseload_cohort_page_set_context  (CaseloadCohortPage *self,
                                                   CaseloadContext    *context);
/* Reads the cohort @id and shows it. */
void            caseload_cohort_page_open         (CaseloadCohortPage *self,
                                                   const char         *id);
void            caseload_cohort_page_reload       (CaseloadCohortPage *self);
/* Shows @cohort as read (kept, not copied). */
void            caseload_cohort_page_show         (CaseloadCohortPage *self,
                                                   CaseloadCohort     *cohort);
CaseloadCohort *caseload_cohort_page_get_cohort   (CaseloadCohortPage *self);
const char     *caseload_cohort_page_get_title    (CaseloadCohortPage *self);
gboolean        caseload_cohort_page_get_loading  (CaseloadCohortPage *self);
CaseloadAttendanceGrid *caseload_cohort_page_get_grid  (CaseloadCohortPage *self);
CaseloadChart  *caseload_cohort_page_get_chart    (CaseloadCohortPage *self);
/* Shows participant @index's BEST trend in the chart. */
void            caseload_cohort_page_show_trend   (CaseloadCohortPage *self,
                                                   guint               index);
/* The size warning shown, or NULL. */
const char     *caseload_cohort_page_get_warning  (CaseloadCohortPage *self);

G_END_DECLS
