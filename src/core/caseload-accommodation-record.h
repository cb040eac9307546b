/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "caseload-types.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_ACCOMMODATION_RECORD (caseload_accommodation_record_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadAccommodationRecord, caseload_accommodation_record, CASELOAD, ACCOMMODATION_RECORD, GObject)

/* A person's accommodation status from a date: "status" (CaseloadAccommodation), "from-on"
 * (ISO date), "note". The store fills "id", "recorded-by-name", "created-at". */
CaseloadAccommodationRecord  *caseload_accommodation_record_new                  (void);
const char                   *caseload_accommodation_record_get_id               (CaseloadAccommodationRecord *self);
void                          caseload_accommodation_record_set_id               (CaseloadAccommodationRecord *self, const char *id);
const char                   *caseload_accommodation_record_get_person_id        (CaseloadAccommodationRecord *self);
void                          caseload_accommodation_record_set_person_id        (CaseloadAccommodationRecord *self, const char *person_id);
CaseloadAccommodation         caseload_accommodation_record_get_status           (CaseloadAccommodationRecord *self);
void                          caseload_accommodation_record_set_status           (CaseloadAccommodationRecord *self, CaseloadAccommodation status);
const char                   *caseload_accommodation_record_get_from_on          (CaseloadAccommodationRecord *self);
void                          caseload_accommodation_record_set_from_on          (CaseloadAccommodationRecord *self, const char *from_on);
const char                   *caseload_accommodation_record_get_note             (CaseloadAccommodationRecord *self);
void                          caseload_accommodation_record_set_note             (CaseloadAccommodationRecord *self, const char *note);
const char                   *caseload_accommodation_record_get_recorded_by_name (CaseloadAccommodationRecord *self);
void                          caseload_accommodation_record_set_recorded_by_name (CaseloadAccommodationRecord *self, const char *recorded_by_name);
const char                   *caseload_accommodation_record_get_created_at       (CaseloadAccommodationRecord *self);
void                          caseload_accommodation_record_set_created_at       (CaseloadAccommodationRecord *self, const char *created_at);

G_END_DECLS
