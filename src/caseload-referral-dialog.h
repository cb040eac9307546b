/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "caseload-core.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_REFERRAL_DIALOG (caseload_referral_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadReferralDialog, caseload_referral_dialog, CASELOAD, REFERRAL_DIALOG, AdwWindow)

/* What the dialog records. */
typedef enum {
  CASELOAD_REFERRAL_DIALOG_NEW,             /* a new referral for the person */
  CASELOAD_REFERRAL_DIALOG_TRIAGE,          /* the triage decision, beside the thresholds */
  CASELOAD_REFERRAL_DIALOG_STEPS,           /* first contact, assessment, start of help, review */
  CASELOAD_REFERRAL_DIALOG_PAUSE,           /* pause the clock for a recorded reason */
  CASELOAD_REFERRAL_DIALOG_RESUME,          /* end the open pause (@subject) */
  CASELOAD_REFERRAL_DIALOG_ALLOCATE,        /* a named worker with a role */
  CASELOAD_REFERRAL_DIALOG_END_ALLOCATION,  /* end @subject */
  CASELOAD_REFERRAL_DIALOG_REALLOCATE,      /* end @subject and allocate another, at once */
  CASELOAD_REFERRAL_DIALOG_TRANSFER,        /* end the referral: a transfer, never a discharge */
} CaseloadReferralDialogKind;

/*
 * One form for a person's referral, as a modal window over @parent: a new referral, or
 * one step in the life of @referral. Everything typed is checked by the core's rules
 * (caseload-validate-referral.h) and each problem shows beside its field; the store's
 * refusal shows at the top, with everything typed kept. @subject is the open
 * CaseloadClockPause for RESUME, the CaseloadAllocation for END_ALLOCATION and
 * REALLOCATE, NULL otherwise. On a successful save the dialog emits "saved" and closes.
 */
CaseloadReferralDialog *caseload_referral_dialog_new         (GtkWindow                  *parent,
                                                              CaseloadContext            *context,
                                                              CaseloadPerson             *person,
                                                              CaseloadReferralDialogKind  kind,
                                                              CaseloadReferral           *referral,
                                                              GObject                    *subject);
CaseloadReferralDialogKind caseload_referral_dialog_get_kind (CaseloadReferralDialog     *self);

/* For tests: TRUE while staff or thresholds are being read, or a save runs; the widget
 * for a field, named as the core names it ("received-at", "destination", "staff-id":
 * an AdwEntryRow, AdwComboRow, GtkTextView, or the row holding the Yes/No buttons for
 * "person-agreed"), and the problem shown beside it (@field NULL: at the top), or NULL. */
gboolean    caseload_referral_dialog_get_busy   (CaseloadReferralDialog *self);
GtkWidget  *caseload_referral_dialog_get_field  (CaseloadReferralDialog *self,
                                                 const char             *field);
const char *caseload_referral_dialog_get_error  (CaseloadReferralDialog *self,
                                                 const char             *field);
/* For tests: answers "Does the person agree?". */
void        caseload_referral_dialog_set_agreed (CaseloadReferralDialog *self,
                                                 gboolean                agreed);
/* For tests and the triage view: how many threshold criteria are shown. */
guint       caseload_referral_dialog_get_n_thresholds (CaseloadReferralDialog *self);

G_END_DECLS
