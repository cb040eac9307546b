/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "caseload-attendance.h"
#include "caseload-core.h"
#include "caseload-print-run.h"
#include "caseload-reinforcer.h"
#include "caseload-stepps.h"
#include "caseload-validate-pathway.h"

G_BEGIN_DECLS

/*
 * The skills summary a STEPPS participant's reinforcement team is given: the skills
 * language of the course in plain words (the emotional intensity scale, the five
 * emotion-management skills, the behaviour-management skills, relapse prevention) and how
 * to help by using the same words. It names the participant by their first name only and
 * the team member it is for; nothing else about anyone.
 *
 * Run it with GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, or
 * GTK_PRINT_OPERATION_ACTION_EXPORT after setting "export-filename" for a PDF.
 */
GtkPrintOperation *caseload_stepps_print_operation_new (const char *first_name,
                                                        const char *reader_name);

/* Prints the summary (the print dialog over @parent's window) or, with @pdf_path, saves it
 * as a PDF there without asking (for tests). Once it has gone it is audited ("print" on
 * @person_id, {"what":"stepps-skills-summary"}) and @done runs with TRUE; a failure is
 * shown over @parent and @done runs with FALSE. */
void               caseload_stepps_print_run           (GtkWidget         *parent,
                                                        CaseloadContext   *context,
                                                        const char        *person_id,
                                                        const char        *first_name,
                                                        const char        *reader_name,
                                                        const char        *pdf_path,
                                                        CaseloadPrintDone  done,
                                                        gpointer           user_data);

G_END_DECLS
