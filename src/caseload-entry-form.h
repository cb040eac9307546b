/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "caseload-core.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_ENTRY_FORM (caseload_entry_form_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadEntryForm, caseload_entry_form, CASELOAD, ENTRY_FORM, AdwWindow)

/*
 * "Add Entry" for @person: a modal form over @parent that opens ready to type, so an
 * entry takes two actions (open, save). Problems show beside their field; nothing typed
 * is lost. On a successful save the form emits "saved" (with the new
 * CaseloadTimelineEntry) and closes itself.
 */
CaseloadEntryForm *caseload_entry_form_new           (GtkWindow         *parent,
                                                      CaseloadContext   *context,
                                                      CaseloadPerson    *person);

/* For tests: the text being written, and the problem shown for a field ("text",
 * "occurred-at"; NULL for the message at the top of the form), or NULL. */
GtkTextView       *caseload_entry_form_get_text_view (CaseloadEntryForm *self);
const char        *caseload_entry_form_get_error     (CaseloadEntryForm *self,
                                                      const char        *field);

G_END_DECLS
