/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "caseload-chart.h"
#include "caseload-core.h"

G_BEGIN_DECLS

/*
 * The dashboard's figures in words, shared by the window and its printout so that both
 * say the same: the charts' data, each single figure with its title and value, the
 * range and the PCN.
 */

typedef enum {
  CASELOAD_DASHBOARD_CHART_BY_WORKER,
  CASELOAD_DASHBOARD_CHART_BY_ORGANISATION,
  CASELOAD_DASHBOARD_CHART_REFERRALS_IN,
  CASELOAD_DASHBOARD_CHART_REFERRALS_OUT,
  CASELOAD_DASHBOARD_N_CHARTS
} CaseloadDashboardChart;

typedef enum {
  CASELOAD_DASHBOARD_FIGURE_MEDIAN_WAIT,
  CASELOAD_DASHBOARD_FIGURE_P90_WAIT,
  CASELOAD_DASHBOARD_FIGURE_WAITS_MEASURED,
  CASELOAD_DASHBOARD_FIGURE_WAITS_MISSED,
  CASELOAD_DASHBOARD_FIGURE_WAITING_NOW,
  CASELOAD_DASHBOARD_FIGURE_BREACHED_NOW,
  CASELOAD_DASHBOARD_FIGURE_NEAR_BREACH_NOW,
  CASELOAD_DASHBOARD_FIGURE_UNALLOCATED,
  CASELOAD_DASHBOARD_FIGURE_OVERDUE_REVIEWS,
  CASELOAD_DASHBOARD_FIGURE_BREAK_GLASS,
  CASELOAD_DASHBOARD_FIGURE_PEOPLE_MEASURED,
  CASELOAD_DASHBOARD_FIGURE_MEASURED_TWICE,
  CASELOAD_DASHBOARD_FIGURE_GOALS_ACHIEVED,
  CASELOAD_DASHBOARD_FIGURE_PLAN_REVIEWS_OVERDUE,
  CASELOAD_DASHBOARD_N_FIGURES
} CaseloadDashboardFigure;

/* The group a figure belongs to: "Waiting Times", "Needs Attention" or "Outcomes". */
const char *caseload_dashboard_figure_group    (CaseloadDashboardFigure figure);
const char *caseload_dashboard_figure_title    (CaseloadDashboardFigure figure);
/* What the figure counts, in a sentence; never NULL. */
const char *caseload_dashboard_figure_subtitle (CaseloadDashboardFigure figure);
/* "12", or a wait as "3 days, 1 hour (73 hours)"; "None measured" when there is none;
 * a share as "18 of 40 people (45%)" or "12 of 30 goals (40%)". */
char       *caseload_dashboard_figure_value    (const CaseloadDashboard *dashboard,
                                                CaseloadDashboardFigure  figure);

/* One instrument's median change (dashboard->measure_change): its name ("PHQ-9"), how
 * many people it is over ("Median change over 12 people") and the change in words that
 * say whether it is better or worse for that instrument ("Down 4: better"). */
const char *caseload_dashboard_change_title    (const CaseloadDashboardChange *change);
char       *caseload_dashboard_change_subtitle (const CaseloadDashboardChange *change);
char       *caseload_dashboard_change_value    (const CaseloadDashboardChange *change);

const char *caseload_dashboard_chart_title     (CaseloadDashboardChart   chart);
CaseloadChartKind caseload_dashboard_chart_kind (CaseloadDashboardChart  chart);
void        caseload_dashboard_fill_chart      (CaseloadChart           *chart,
                                                const CaseloadDashboard *dashboard,
                                                CaseloadDashboardChart   which);

/* "1 Dec 2025 to 22 Nov 2026" */
char       *caseload_dashboard_format_range    (const CaseloadDashboard *dashboard);
/* The PCN's name, or "All PCNs" */
const char *caseload_dashboard_format_pcn      (const char              *pcn);

/* The PCNs a manager may pick, as people's records name them; NULL-terminated. */
const char * const *caseload_dashboard_pcns    (void);

G_END_DECLS
