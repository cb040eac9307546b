/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "caseload-types.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_TASK (caseload_task_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadTask, caseload_task, CASELOAD, TASK, GObject)

/* Something to do for a person, by a date, owned by one named staff member ("owner-id")
 * or, for a support plan action owned by an organisation, by that organisation
 * ("owner-organisation-id", with "owner-id" NULL): it is on the list of everyone there.
 * Created by hand or by the system ("origin": review due, clock near breach, new
 * allocation, a plan action; "source-id" the referral, allocation or plan action it came
 * from). Properties: "id", "person-id", "person-name" (store fills), "owner-id",
 * "owner-name" (store fills), "owner-organisation-id", "owner-organisation-name" (store
 * fills), "title", "due-on", "done", "done-at", "done-by", "origin", "source-id",
 * "version", "created-at", "created-by". */
CaseloadTask       *caseload_task_new                         (void);
const char         *caseload_task_get_id                      (CaseloadTask *self);
void                caseload_task_set_id                      (CaseloadTask *self, const char *id);
const char         *caseload_task_get_person_id               (CaseloadTask *self);
void                caseload_task_set_person_id               (CaseloadTask *self, const char *person_id);
const char         *caseload_task_get_person_name             (CaseloadTask *self);
void                caseload_task_set_person_name             (CaseloadTask *self, const char *person_name);
const char         *caseload_task_get_owner_id                (CaseloadTask *self);
void                caseload_task_set_owner_id                (CaseloadTask *self, const char *owner_id);
const char         *caseload_task_get_owner_name              (CaseloadTask *self);
void                caseload_task_set_owner_name              (CaseloadTask *self, const char *owner_name);
const char         *caseload_task_get_owner_organisation_id   (CaseloadTask *self);
void                caseload_task_set_owner_organisation_id   (CaseloadTask *self, const char *owner_organisation_id);
const char         *caseload_task_get_owner_organisation_name (CaseloadTask *self);
void                caseload_task_set_owner_organisation_name (CaseloadTask *self, const char *owner_organisation_name);
const char         *caseload_task_get_title                   (CaseloadTask *self);
void                caseload_task_set_title                   (CaseloadTask *self, const char *title);
const char         *caseload_task_get_due_on                  (CaseloadTask *self);
void                caseload_task_set_due_on                  (CaseloadTask *self, const char *due_on);
gboolean            caseload_task_get_done                    (CaseloadTask *self);
void                caseload_task_set_done                    (CaseloadTask *self, gboolean done);
const char         *caseload_task_get_done_at                 (CaseloadTask *self);
void                caseload_task_set_done_at                 (CaseloadTask *self, const char *done_at);
const char         *caseload_task_get_done_by                 (CaseloadTask *self);
void                caseload_task_set_done_by                 (CaseloadTask *self, const char *done_by);
CaseloadTaskOrigin  caseload_task_get_origin                  (CaseloadTask *self);
void                caseload_task_set_origin                  (CaseloadTask *self, CaseloadTaskOrigin origin);
const char         *caseload_task_get_source_id               (CaseloadTask *self);
void                caseload_task_set_source_id               (CaseloadTask *self, const char *source_id);
int                 caseload_task_get_version                 (CaseloadTask *self);
void                caseload_task_set_version                 (CaseloadTask *self, int version);
const char         *caseload_task_get_created_at              (CaseloadTask *self);
void                caseload_task_set_created_at              (CaseloadTask *self, const char *created_at);
const char         *caseload_task_get_created_by              (CaseloadTask *self);
void                caseload_task_set_created_by              (CaseloadTask *self, const char *created_by);

G_END_DECLS
