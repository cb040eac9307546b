/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "caseload-types.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_TIMELINE_ENTRY (caseload_timeline_entry_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadTimelineEntry, caseload_timeline_entry, CASELOAD, TIMELINE_ENTRY, GObject)

/* A contact or note on a person's timeline. Properties: "loaded", "id", "version",
 * "person-id", "author-id", "author-name" (store fills on read), "organisation-id",
 * "organisation-name" (store fills on read), "kind" (CaseloadEntryKind),
 * "sensitivity" (CaseloadSensitivity), "occurred-at" (ISO UTC), "text",
 * "created-at". The author's organisation is the organisation of the entry. */
CaseloadTimelineEntry *caseload_timeline_entry_new                   (void);
void                   caseload_timeline_entry_update_from           (CaseloadTimelineEntry *self, CaseloadTimelineEntry *other);
gboolean               caseload_timeline_entry_get_loaded            (CaseloadTimelineEntry *self);
void                   caseload_timeline_entry_set_loaded            (CaseloadTimelineEntry *self, gboolean loaded);
const char            *caseload_timeline_entry_get_id                (CaseloadTimelineEntry *self);
void                   caseload_timeline_entry_set_id                (CaseloadTimelineEntry *self, const char *id);
gint64                 caseload_timeline_entry_get_version           (CaseloadTimelineEntry *self);
void                   caseload_timeline_entry_set_version           (CaseloadTimelineEntry *self, gint64 version);
const char            *caseload_timeline_entry_get_person_id         (CaseloadTimelineEntry *self);
void                   caseload_timeline_entry_set_person_id         (CaseloadTimelineEntry *self, const char *person_id);
const char            *caseload_timeline_entry_get_author_id         (CaseloadTimelineEntry *self);
void                   caseload_timeline_entry_set_author_id         (CaseloadTimelineEntry *self, const char *author_id);
const char            *caseload_timeline_entry_get_author_name       (CaseloadTimelineEntry *self);
void                   caseload_timeline_entry_set_author_name       (CaseloadTimelineEntry *self, const char *author_name);
const char            *caseload_timeline_entry_get_organisation_id   (CaseloadTimelineEntry *self);
void                   caseload_timeline_entry_set_organisation_id   (CaseloadTimelineEntry *self, const char *organisation_id);
const char            *caseload_timeline_entry_get_organisation_name (CaseloadTimelineEntry *self);
void                   caseload_timeline_entry_set_organisation_name (CaseloadTimelineEntry *self, const char *organisation_name);
CaseloadEntryKind      caseload_timeline_entry_get_kind              (CaseloadTimelineEntry *self);
void                   caseload_timeline_entry_set_kind              (CaseloadTimelineEntry *self, CaseloadEntryKind kind);
CaseloadSensitivity    caseload_timeline_entry_get_sensitivity       (CaseloadTimelineEntry *self);
void                   caseload_timeline_entry_set_sensitivity       (CaseloadTimelineEntry *self, CaseloadSensitivity sensitivity);
const char            *caseload_timeline_entry_get_occurred_at       (CaseloadTimelineEntry *self);
void                   caseload_timeline_entry_set_occurred_at       (CaseloadTimelineEntry *self, const char *occurred_at);
const char            *caseload_timeline_entry_get_text              (CaseloadTimelineEntry *self);
void                   caseload_timeline_entry_set_text              (CaseloadTimelineEntry *self, const char *text);
const char            *caseload_timeline_entry_get_created_at        (CaseloadTimelineEntry *self);
void                   caseload_timeline_entry_set_created_at        (CaseloadTimelineEntry *self, const char *created_at);

G_END_DECLS
