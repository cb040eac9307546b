/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "caseload-core.h"
#include "caseload-dashboard.h"

G_BEGIN_DECLS

/*
 * The dashboard's Pathways section in words, shared by the window and its printout so
 * that both say the same: one group per pathway (housing with accommodation), each a
 * list of lines with a title, what it counts and its value.
 */
typedef struct {
  char     *title;
  char     *subtitle;   /* or NULL */
  char     *value;      /* or NULL */
  gboolean  warning;    /* needs attention: shown with an icon, and the words say why */
} CaseloadDashboardLine;

/* "STEPPS Groups", "Open Dialogue", "IPS Employment", "Housing and Accommodation" */
const char *caseload_dashboard_pathway_title (CaseloadPathway          pathway);
/* GPtrArray of CaseloadDashboardLine, never empty ("No groups in the range"). */
GPtrArray  *caseload_dashboard_pathway_lines (const CaseloadDashboard *dashboard,
                                              CaseloadPathway          pathway);
void        caseload_dashboard_line_free     (CaseloadDashboardLine   *line);

G_END_DECLS
