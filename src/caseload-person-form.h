/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "caseload-core.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_PERSON_FORM (caseload_person_form_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadPersonForm, caseload_person_form, CASELOAD, PERSON_FORM, AdwWindow)

/*
 * "New Person": a modal form over @parent. Each field is checked as the person
 * leaves it, and again on Save; a problem is shown right under its field and nothing
 * typed is lost. On a successful save the form emits "saved" (with the new
 * CaseloadPerson) and closes itself.
 */
CaseloadPersonForm *caseload_person_form_new       (GtkWindow          *parent,
                                                    CaseloadContext    *context);

/* For tests: the entry for a field named as caseload_person_check() names it
 * ("nhs-number", "postcode", …), and the problem shown under it (NULL when none;
 * @field NULL for the message at the top of the form). */
GtkEditable        *caseload_person_form_get_field (CaseloadPersonForm *self,
                                                    const char         *field);
const char         *caseload_person_form_get_error (CaseloadPersonForm *self,
                                                    const char         *field);

G_END_DECLS
