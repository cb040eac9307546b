/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "caseload-core.h"
#include "caseload-fidelity-review.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_FIDELITY_DIALOG (caseload_fidelity_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadFidelityDialog, caseload_fidelity_dialog, CASELOAD, FIDELITY_DIALOG, AdwWindow)

/*
 * "IPS-25 Fidelity Review…", from the dashboard (team managers): a modal window over
 * @parent with the service, the date, the reviewers and a note, then the 25 items of the
 * IPS-25 scale in their three sections, each with its anchors (what a 1 and a 5 look like)
 * and five toggle buttons (pressing the chosen one again leaves the item unscored). The
 * total and its band show live at the foot ("Total 101 of 125 · Good fidelity", or how
 * many items are still to score). The save runs off the main loop; each problem shows
 * beside its field or item ("score:N"), nothing typed is lost. On a saved review it emits
 * "saved" and closes.
 */
CaseloadFidelityDialog *caseload_fidelity_dialog_new              (GtkWindow              *parent,
                                                                   CaseloadContext        *context);

/* For tests. Busy: a save runs. */
gboolean                caseload_fidelity_dialog_get_busy         (CaseloadFidelityDialog *self);
/* The toggle button scoring item @item (from 0) @score (1–5). */
GtkWidget              *caseload_fidelity_dialog_get_score_button (CaseloadFidelityDialog *self,
                                                                   guint                   item,
                                                                   int                     score);
/* The entry of a field: "service", "reviewed-on", "reviewers", "note". */
GtkWidget              *caseload_fidelity_dialog_get_entry        (CaseloadFidelityDialog *self,
                                                                   const char             *field);
const char             *caseload_fidelity_dialog_get_total_text   (CaseloadFidelityDialog *self);
/* The problem shown beside @field, or with @field NULL the banner's; NULL when none. */
const char             *caseload_fidelity_dialog_get_error        (CaseloadFidelityDialog *self,
                                                                   const char             *field);
/* The review saved, or NULL. */
CaseloadFidelityReview *caseload_fidelity_dialog_get_saved        (CaseloadFidelityDialog *self);

G_END_DECLS
