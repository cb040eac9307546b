/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "caseload-core.h"

G_BEGIN_DECLS

/* Called once a print has gone (@printed TRUE) or was cancelled or failed (FALSE). */
typedef void (*CaseloadPrintDone) (gpointer user_data,
                                   gboolean printed);

/*
 * Runs a print of something from a person's record: the print dialog over @parent's
 * window or, with @pdf_path, a PDF saved there without asking (for tests). Once it has
 * gone it is audited ("print" on @person_id with @detail, JSON naming what was printed and
 * nothing identifying) and @done (nullable) runs; a failure is shown over @parent.
 */
void caseload_print_run (GtkWidget         *parent,
                         CaseloadContext   *context,
                         GtkPrintOperation *operation,
                         const char        *person_id,
                         const char        *detail,
                         const char        *pdf_path,
                         CaseloadPrintDone  done,
                         gpointer           user_data);

G_END_DECLS
