/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "caseload-types.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_STAFF (caseload_staff_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadStaff, caseload_staff, CASELOAD, STAFF, GObject)

/* Properties: "id", "version", "display-name", "role" (the job title, free text, e.g.
 * "Care coordinator"), "access-role" (CaseloadAccessRole: what the policy goes by),
 * "organisation-id", "organisation-name" and "organisation-kind" (filled by the store on
 * read), "email", "username" (for sign-in; unique), "active" (FALSE once deactivated:
 * cannot sign in, past entries keep the name), "must-change-password" (set when an
 * administrator gave the password), "fte" (working time, 0–1, 1.0 full time: an IPS
 * specialist's caseload limit scales by it). The password hash never leaves the store. */
CaseloadStaff *caseload_staff_new                   (void);
const char    *caseload_staff_get_id                (CaseloadStaff *self);
void           caseload_staff_set_id                (CaseloadStaff *self, const char *id);
gint64         caseload_staff_get_version           (CaseloadStaff *self);
void           caseload_staff_set_version           (CaseloadStaff *self, gint64 version);
const char    *caseload_staff_get_display_name      (CaseloadStaff *self);
void           caseload_staff_set_display_name      (CaseloadStaff *self, const char *display_name);
const char    *caseload_staff_get_role              (CaseloadStaff *self);
void           caseload_staff_set_role              (CaseloadStaff *self, const char *role);
const char    *caseload_staff_get_organisation_id   (CaseloadStaff *self);
void           caseload_staff_set_organisation_id   (CaseloadStaff *self, const char *organisation_id);
const char    *caseload_staff_get_organisation_name (CaseloadStaff *self);
void           caseload_staff_set_organisation_name (CaseloadStaff *self, const char *organisation_name);
const char    *caseload_staff_get_email             (CaseloadStaff *self);
void           caseload_staff_set_email             (CaseloadStaff *self, const char *email);
CaseloadAccessRole caseload_staff_get_access_role   (CaseloadStaff *self);
void           caseload_staff_set_access_role       (CaseloadStaff *self, CaseloadAccessRole role);
CaseloadOrganisationKind caseload_staff_get_organisation_kind (CaseloadStaff *self);
void           caseload_staff_set_organisation_kind (CaseloadStaff *self, CaseloadOrganisationKind kind);
const char    *caseload_staff_get_username          (CaseloadStaff *self);
void           caseload_staff_set_username          (CaseloadStaff *self, const char *username);
gboolean       caseload_staff_get_active            (CaseloadStaff *self);
void           caseload_staff_set_active            (CaseloadStaff *self, gboolean active);
gboolean       caseload_staff_get_must_change_password (CaseloadStaff *self);
void           caseload_staff_set_must_change_password (CaseloadStaff *self, gboolean must_change);
double         caseload_staff_get_fte               (CaseloadStaff *self);
void           caseload_staff_set_fte               (CaseloadStaff *self, double fte);

G_END_DECLS
