/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "caseload-chart.h"
#include "caseload-core.h"
#include "caseload-dashboard-figures.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_DASHBOARD_WINDOW (caseload_dashboard_window_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadDashboardWindow, caseload_dashboard_window, CASELOAD, DASHBOARD_WINDOW, AdwWindow)

/*
 * The team manager's dashboard: for referrals received between two dates (the last
 * twelve months to begin with) and one PCN or all, caseload by worker and by
 * organisation, referrals in by month and source and out by month and outcome (charts,
 * or tables), waiting times, and what needs attention. Read in a worker; the store
 * refuses anyone but a team manager. Property "show-tables": each chart as a list
 * of its values. Actions: "dashboard-window.reload" (F5), "dashboard-window.show-tables",
 * "dashboard-window.export" (Ctrl+S: CSV, audited), "dashboard-window.print" (Ctrl+P:
 * print or save as PDF, audited), "dashboard-window.review-break-glass" (opens the
 * emergency access review), "dashboard-window.fidelity-review" (the IPS-25 form). After
 * the charts, the Pathways section: STEPPS groups, Open Dialogue, IPS and housing
 * (caseload-dashboard-pathways.h).
 */
CaseloadDashboardWindow *caseload_dashboard_window_new (GtkWindow       *parent,
                                                        CaseloadContext *context);

/* Exports the figures on show to @file, as "dashboard-window.export" does after asking
 * where. */
void           caseload_dashboard_window_export_to    (CaseloadDashboardWindow *self,
                                                       GFile                   *file);

/* For tests: TRUE while the figures or an export are being read or written; the figures
 * on show (NULL before the first read or after an error); a chart; the text a figure's
 * row shows; the message an error shows. */
gboolean       caseload_dashboard_window_get_busy     (CaseloadDashboardWindow *self);
const CaseloadDashboard *caseload_dashboard_window_get_dashboard (CaseloadDashboardWindow *self);
CaseloadChart *caseload_dashboard_window_get_chart    (CaseloadDashboardWindow *self,
                                                       CaseloadDashboardChart   chart);
const char    *caseload_dashboard_window_get_figure_text (CaseloadDashboardWindow *self,
                                                       CaseloadDashboardFigure  figure);
const char    *caseload_dashboard_window_get_error    (CaseloadDashboardWindow *self);
/* For tests: the AdwPreferencesGroup of a pathway in the Pathways section. */
GtkWidget     *caseload_dashboard_window_get_pathway_group (CaseloadDashboardWindow *self,
                                                            CaseloadPathway          pathway);

G_END_DECLS
