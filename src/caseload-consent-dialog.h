/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "caseload-core.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_CONSENT_DIALOG (caseload_consent_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadConsentDialog, caseload_consent_dialog, CASELOAD, CONSENT_DIALOG, AdwWindow)

/*
 * "Record a Decision": a person's decision about sharing their record with one
 * organisation, as a modal form over @parent. The organisation and the decision are
 * chosen, never assumed (@organisation_id, when given, chooses the organisation);
 * problems show beside their field. On a successful save the dialog emits "saved"
 * (with the CaseloadConsent as recorded) and closes itself.
 */
CaseloadConsentDialog *caseload_consent_dialog_new         (GtkWindow             *parent,
                                                            CaseloadContext       *context,
                                                            CaseloadPerson        *person,
                                                            const char            *organisation_id);

/* For tests: TRUE until the organisations have arrived; the widget for a field
 * ("organisation", "decision", "method": AdwComboRow; "decided-on", "review-date",
 * "note": AdwEntryRow) and the problem shown for it (@field NULL: the message at the
 * top of the form), or NULL. */
gboolean               caseload_consent_dialog_get_loading (CaseloadConsentDialog *self);
GtkWidget             *caseload_consent_dialog_get_field   (CaseloadConsentDialog *self,
                                                            const char            *field);
const char            *caseload_consent_dialog_get_error   (CaseloadConsentDialog *self,
                                                            const char            *field);

G_END_DECLS
