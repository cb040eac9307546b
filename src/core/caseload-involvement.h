/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "caseload-types.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_INVOLVEMENT (caseload_involvement_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadInvolvement, caseload_involvement, CASELOAD, INVOLVEMENT, GObject)

/* One staff member's involvement with a person, as the record shows it: who, from which
 * organisation, how many entries they wrote and when they were last in contact.
 * Properties: "staff-id", "staff-name", "role", "organisation-id", "organisation-name",
 * "organisation-kind" (CaseloadOrganisationKind), "entry-count" (uint), "last-contact" (ISO UTC). */
CaseloadInvolvement      *caseload_involvement_new                   (void);
const char               *caseload_involvement_get_staff_id          (CaseloadInvolvement *self);
void                      caseload_involvement_set_staff_id          (CaseloadInvolvement *self, const char *staff_id);
const char               *caseload_involvement_get_staff_name        (CaseloadInvolvement *self);
void                      caseload_involvement_set_staff_name        (CaseloadInvolvement *self, const char *staff_name);
const char               *caseload_involvement_get_role              (CaseloadInvolvement *self);
void                      caseload_involvement_set_role              (CaseloadInvolvement *self, const char *role);
const char               *caseload_involvement_get_organisation_id   (CaseloadInvolvement *self);
void                      caseload_involvement_set_organisation_id   (CaseloadInvolvement *self, const char *organisation_id);
const char               *caseload_involvement_get_organisation_name (CaseloadInvolvement *self);
void                      caseload_involvement_set_organisation_name (CaseloadInvolvement *self, const char *organisation_name);
CaseloadOrganisationKind  caseload_involvement_get_organisation_kind (CaseloadInvolvement *self);
void                      caseload_involvement_set_organisation_kind (CaseloadInvolvement *self, CaseloadOrganisationKind kind);
guint                     caseload_involvement_get_entry_count       (CaseloadInvolvement *self);
void                      caseload_involvement_set_entry_count       (CaseloadInvolvement *self, guint entry_count);
const char               *caseload_involvement_get_last_contact      (CaseloadInvolvement *self);
void                      caseload_involvement_set_last_contact      (CaseloadInvolvement *self, const char *last_contact);

G_END_DECLS
