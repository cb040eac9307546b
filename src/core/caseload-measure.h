/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "caseload-types.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_MEASURE (caseload_measure_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadMeasure, caseload_measure, CASELOAD, MEASURE, GObject)

/* One completed outcome measure. The answers ("answers") are text: one field per item
 * of the instrument's definition, comma-separated, each the answer as chosen on the
 * instrument's scale or empty when missing ("3,2,,1,…"); use caseload_measure_get_answer_values()
 * and _set_answer_values() rather than the text. "completed-on" (ISO date) and "completed-by"
 * (the person, or a worker with the person) say who filled it in and when.
 * "chosen-areas": for DIALOG+, the codes of up to three CaseloadLifeArea the person chose to
 * talk about, comma-separated. "note": free text.
 * The store fills, scoring with caseload_instrument_score(): "complete", "has-total",
 * "total", "has-secondary", "secondary" (DIALOG treatment satisfaction; ReQoL-10's physical
 * health item), "band" (the band's label, NULL without a total), "risk" (a risk item
 * answered above 0), and "id", "person-id", "recorded-by", "recorded-by-name",
 * "organisation-id", "organisation-name", "version", "created-at". */
CaseloadMeasure     *caseload_measure_new                   (void);
const char          *caseload_measure_get_id                (CaseloadMeasure *self);
void                 caseload_measure_set_id                (CaseloadMeasure *self, const char *id);
const char          *caseload_measure_get_person_id         (CaseloadMeasure *self);
void                 caseload_measure_set_person_id         (CaseloadMeasure *self, const char *person_id);
CaseloadInstrument   caseload_measure_get_instrument        (CaseloadMeasure *self);
void                 caseload_measure_set_instrument        (CaseloadMeasure *self, CaseloadInstrument instrument);
const char          *caseload_measure_get_answers           (CaseloadMeasure *self);
void                 caseload_measure_set_answers           (CaseloadMeasure *self, const char *answers);
const char          *caseload_measure_get_completed_on      (CaseloadMeasure *self);
void                 caseload_measure_set_completed_on      (CaseloadMeasure *self, const char *completed_on);
CaseloadCompletedBy  caseload_measure_get_completed_by      (CaseloadMeasure *self);
void                 caseload_measure_set_completed_by      (CaseloadMeasure *self, CaseloadCompletedBy completed_by);
const char          *caseload_measure_get_chosen_areas      (CaseloadMeasure *self);
void                 caseload_measure_set_chosen_areas      (CaseloadMeasure *self, const char *chosen_areas);
const char          *caseload_measure_get_note              (CaseloadMeasure *self);
void                 caseload_measure_set_note              (CaseloadMeasure *self, const char *note);
gboolean             caseload_measure_get_complete          (CaseloadMeasure *self);
void                 caseload_measure_set_complete          (CaseloadMeasure *self, gboolean complete);
gboolean             caseload_measure_get_has_total         (CaseloadMeasure *self);
void                 caseload_measure_set_has_total         (CaseloadMeasure *self, gboolean has_total);
double               caseload_measure_get_total             (CaseloadMeasure *self);
void                 caseload_measure_set_total             (CaseloadMeasure *self, double total);
gboolean             caseload_measure_get_has_secondary     (CaseloadMeasure *self);
void                 caseload_measure_set_has_secondary     (CaseloadMeasure *self, gboolean has_secondary);
double               caseload_measure_get_secondary         (CaseloadMeasure *self);
void                 caseload_measure_set_secondary         (CaseloadMeasure *self, double secondary);
const char          *caseload_measure_get_band              (CaseloadMeasure *self);
void                 caseload_measure_set_band              (CaseloadMeasure *self, const char *band);
gboolean             caseload_measure_get_risk              (CaseloadMeasure *self);
void                 caseload_measure_set_risk              (CaseloadMeasure *self, gboolean risk);
const char          *caseload_measure_get_recorded_by       (CaseloadMeasure *self);
void                 caseload_measure_set_recorded_by       (CaseloadMeasure *self, const char *recorded_by);
const char          *caseload_measure_get_recorded_by_name  (CaseloadMeasure *self);
void                 caseload_measure_set_recorded_by_name  (CaseloadMeasure *self, const char *recorded_by_name);
const char          *caseload_measure_get_organisation_id   (CaseloadMeasure *self);
void                 caseload_measure_set_organisation_id   (CaseloadMeasure *self, const char *organisation_id);
const char          *caseload_measure_get_organisation_name (CaseloadMeasure *self);
void                 caseload_measure_set_organisation_name (CaseloadMeasure *self, const char *organisation_name);
int                  caseload_measure_get_version           (CaseloadMeasure *self);
void                 caseload_measure_set_version           (CaseloadMeasure *self, int version);
const char          *caseload_measure_get_created_at        (CaseloadMeasure *self);
void                 caseload_measure_set_created_at        (CaseloadMeasure *self, const char *created_at);

/* The answers as numbers: one per item of the instrument, -1 where missing. */
GArray       *caseload_measure_get_answer_values (CaseloadMeasure *self);
void          caseload_measure_set_answer_values (CaseloadMeasure *self, const int *answers, guint n_answers);

G_END_DECLS
