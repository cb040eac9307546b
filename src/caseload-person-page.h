/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "caseload-core.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_PERSON_PAGE (caseload_person_page_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadPersonPage, caseload_person_page, CASELOAD, PERSON_PAGE, GtkWidget)

/*
 * One person's record: an Overview (identity, details, network, who is involved) and
 * the Timeline. Opening reads the record in a worker; opening another person cancels
 * the read in flight. Properties: "context" (rw), "person" (ro, NULL until a record
 * has arrived), "loading" (ro), "view" (rw: "overview" or "timeline").
 */
GtkWidget       *caseload_person_page_new             (void);
CaseloadContext *caseload_person_page_get_context     (CaseloadPersonPage *self);
void             caseload_person_page_set_context     (CaseloadPersonPage *self,
                                                       CaseloadContext    *context);
void             caseload_person_page_open            (CaseloadPersonPage *self,
                                                       const char         *person_id);
/* Reads the open record again (after an entry was added). */
void             caseload_person_page_reload          (CaseloadPersonPage *self);
CaseloadPerson  *caseload_person_page_get_person      (CaseloadPersonPage *self);
const char      *caseload_person_page_get_person_id   (CaseloadPersonPage *self);
gboolean         caseload_person_page_get_loading     (CaseloadPersonPage *self);
const char      *caseload_person_page_get_view        (CaseloadPersonPage *self);
void             caseload_person_page_set_view        (CaseloadPersonPage *self,
                                                       const char         *view);
AdwViewStack    *caseload_person_page_get_view_stack  (CaseloadPersonPage *self);

/* For tests: the timeline model the page shows (NULL before a record is open). */
GListModel      *caseload_person_page_get_timeline    (CaseloadPersonPage *self);

G_END_DECLS
