/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "caseload-types.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_ORGANISATION (caseload_organisation_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadOrganisation, caseload_organisation, CASELOAD, ORGANISATION, GObject)

/* Properties: "id", "version", "name", "kind" (CaseloadOrganisationKind), "pcn". */
CaseloadOrganisation     *caseload_organisation_new         (void);
const char               *caseload_organisation_get_id      (CaseloadOrganisation *self);
void                      caseload_organisation_set_id      (CaseloadOrganisation *self, const char *id);
gint64                    caseload_organisation_get_version (CaseloadOrganisation *self);
void                      caseload_organisation_set_version (CaseloadOrganisation *self, gint64 version);
const char               *caseload_organisation_get_name    (CaseloadOrganisation *self);
void                      caseload_organisation_set_name    (CaseloadOrganisation *self, const char *name);
CaseloadOrganisationKind  caseload_organisation_get_kind    (CaseloadOrganisation *self);
void                      caseload_organisation_set_kind    (CaseloadOrganisation *self, CaseloadOrganisationKind kind);
/* The Primary Care Network, for GP practices; NULL for others. */
const char               *caseload_organisation_get_pcn     (CaseloadOrganisation *self);
void                      caseload_organisation_set_pcn     (CaseloadOrganisation *self, const char *pcn);

G_END_DECLS
