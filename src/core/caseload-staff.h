/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CASELOAD_TYPE_STAFF (caseload_staff_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadStaff, caseload_staff, CASELOAD, STAFF, GObject)

/* Properties: "id", "version", "display-name", "role" (free text, e.g. "Social worker"),
 * "organisation-id", "organisation-name" (filled by the store on read), "email". */
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

G_END_DECLS
