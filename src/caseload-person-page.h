/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "caseload-core.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_PERSON_PAGE (caseload_person_page_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadPersonPage, caseload_person_page, CASELOAD, PERSON_PAGE, GtkWidget)

/*
 * One person's record: an Overview (identity, details, network, who is involved,
 * sharing decisions), the Timeline and, for team managers, Access (who has seen the
 * record). Opening reads the record in a worker; opening another person cancels the
 * read in flight. A record the actor may not see shows why, with emergency access
 * ("break glass") for the roles allowed it; while that is in force a banner says so.
 * Properties: "context" (rw), "person" (ro, NULL until a record has arrived and when
 * it was refused), "loading" (ro), "view" (rw: "overview", "timeline" or "access"),
 * "may-add" (ro: a record is on show and the actor may add to it).
 * Actions: "person-page.break-glass", "person-page.record-consent" (s: an
 * organisation id, or "" to choose).
 */
GtkWidget       *caseload_person_page_new             (void);
CaseloadContext *caseload_person_page_get_context     (CaseloadPersonPage *self);
void             caseload_person_page_set_context     (CaseloadPersonPage *self,
                                                       CaseloadContext    *context);
void             caseload_person_page_open            (CaseloadPersonPage *self,
                                                       const char         *person_id);
/* Reads the open record again (after an entry was added). */
void             caseload_person_page_reload          (CaseloadPersonPage *self);
/* After a lost connection came back: reads again what failed for its loss. */
void             caseload_person_page_read_again      (CaseloadPersonPage *self);
CaseloadPerson  *caseload_person_page_get_person      (CaseloadPersonPage *self);
const char      *caseload_person_page_get_person_id   (CaseloadPersonPage *self);
gboolean         caseload_person_page_get_loading     (CaseloadPersonPage *self);
const char      *caseload_person_page_get_view        (CaseloadPersonPage *self);
void             caseload_person_page_set_view        (CaseloadPersonPage *self,
                                                       const char         *view);
AdwViewStack    *caseload_person_page_get_view_stack  (CaseloadPersonPage *self);
gboolean         caseload_person_page_get_access      (CaseloadPersonPage *self,
                                                       CaseloadAccess     *access);
gboolean         caseload_person_page_get_may_add     (CaseloadPersonPage *self);

/* For tests: the timeline model the page shows (NULL before a record is open). */
GListModel      *caseload_person_page_get_timeline    (CaseloadPersonPage *self);

G_END_DECLS
