/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "caseload-core.h"

G_BEGIN_DECLS

/*
 * The dashboard on paper (or as a PDF): the title, the range, the PCN, when it was
 * printed, every figure, and the charts drawn by the chart widget's own code in greys
 * with patterns. The operation keeps its own copy of what it prints, so @dashboard may
 * go as soon as this returns. Run it with GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, or
 * GTK_PRINT_OPERATION_ACTION_EXPORT after setting "export-filename" for a PDF.
 */
GtkPrintOperation *caseload_dashboard_print_operation_new (const CaseloadDashboard *dashboard,
                                                           GDateTime               *printed_at);

G_END_DECLS
