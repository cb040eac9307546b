/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "caseload-core.h"

G_BEGIN_DECLS

/*
 * The person's own copy of their support plan, on paper or as a PDF: large type, plain
 * words, their words first. What matters to me, my strengths, my goals with who will do
 * what by when, staying well, if things get difficult (early warning signs, who to
 * contact), the crisis line in a box (NHS 111, option 2; Thurrock's crisis sanctuary run
 * by Mind), the team (the organisation of the version's author), the next review and
 * the date printed, across as many pages as it takes.
 *
 * The operation keeps its own copy of what it prints. Run it with
 * GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, or GTK_PRINT_OPERATION_ACTION_EXPORT after
 * setting "export-filename" for a PDF.
 */
GtkPrintOperation *caseload_plan_print_operation_new (CaseloadPlan   *plan,
                                                      CaseloadPerson *person,
                                                      GDateTime      *printed_at);

/* Prints @plan (the print dialog over @parent's window) or, with @pdf_path, saves it as
 * a PDF there without asking (for tests). Once it has gone, the print is audited
 * ("print", the plan's version, nothing identifying); a failure is shown over @parent. */
void               caseload_plan_print_run           (GtkWidget       *parent,
                                                      CaseloadContext *context,
                                                      CaseloadPerson  *person,
                                                      CaseloadPlan    *plan,
                                                      const char      *pdf_path);

/* The audit detail of a print of @plan: {"what":"plan","version":N}. */
char              *caseload_plan_print_detail        (CaseloadPlan    *plan);

G_END_DECLS
