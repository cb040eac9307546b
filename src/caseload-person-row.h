/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "caseload-core.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_PERSON_ROW (caseload_person_row_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadPersonRow, caseload_person_row, CASELOAD, PERSON_ROW, GtkWidget)

/* One person in the caseload list. It follows its person's properties, so a
 * placeholder fills in place when its page arrives. @clock gives "today" for ages. */
GtkWidget      *caseload_person_row_new        (CaseloadClock     *clock);
CaseloadPerson *caseload_person_row_get_person (CaseloadPersonRow *self);
void            caseload_person_row_set_person (CaseloadPersonRow *self,
                                                CaseloadPerson    *person);

G_END_DECLS
