/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "caseload-types.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_EMPLOYER_CONTACT (caseload_employer_contact_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadEmployerContact, caseload_employer_contact, CASELOAD, EMPLOYER_CONTACT, GObject)

/* A contact with an employer on a person's behalf (IPS job development): "employer",
 * "contacted-on" (ISO date), "outcome" (CaseloadEmployerOutcome), "note". */
CaseloadEmployerContact  *caseload_employer_contact_new              (void);
const char               *caseload_employer_contact_get_id           (CaseloadEmployerContact *self);
void                      caseload_employer_contact_set_id           (CaseloadEmployerContact *self, const char *id);
const char               *caseload_employer_contact_get_referral_id  (CaseloadEmployerContact *self);
void                      caseload_employer_contact_set_referral_id  (CaseloadEmployerContact *self, const char *referral_id);
const char               *caseload_employer_contact_get_employer     (CaseloadEmployerContact *self);
void                      caseload_employer_contact_set_employer     (CaseloadEmployerContact *self, const char *employer);
const char               *caseload_employer_contact_get_contacted_on (CaseloadEmployerContact *self);
void                      caseload_employer_contact_set_contacted_on (CaseloadEmployerContact *self, const char *contacted_on);
CaseloadEmployerOutcome   caseload_employer_contact_get_outcome      (CaseloadEmployerContact *self);
void                      caseload_employer_contact_set_outcome      (CaseloadEmployerContact *self, CaseloadEmployerOutcome outcome);
const char               *caseload_employer_contact_get_note         (CaseloadEmployerContact *self);
void                      caseload_employer_contact_set_note         (CaseloadEmployerContact *self, const char *note);

G_END_DECLS
