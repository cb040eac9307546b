/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "caseload-types.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_PERSON (caseload_person_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadPerson, caseload_person, CASELOAD, PERSON, GObject)

/*
 * A person the team supports. Every field is a GObject property (kebab-case of the
 * accessor name, e.g. "nhs-number", "date-of-birth") so list rows can bind to them.
 * Dates are ISO 8601 text: date of birth "YYYY-MM-DD"; times "YYYY-MM-DDTHH:MM:SSZ" (UTC).
 * The NHS number is kept as 10 digits, no spaces.
 *
 * "loaded" is FALSE for a placeholder handed out by a lazy list before its page
 * has arrived; the list fills it in with caseload_person_update_from() and notifies.
 *
 * "display-name" (read-only) is "Given Family", with the preferred name in
 * brackets after the given name when it differs: "Alexander (Sandy) Okafor".
 * "sort-name" (read-only) is "FAMILY, Given".
 * "gp-practice-name", "last-contact" and "match-field" are filled by the store on
 * read and never written back. "match-field" is set by a search when the person was
 * found through something other than the visible name: "preferred-name",
 * "postcode", "nhs-number", "date-of-birth", "previous-name" or NULL.
 *
 * "clock-state" is filled by caseload_store_list_people() for the rows of a page (it is
 * CASELOAD_CLOCK_NONE elsewhere): the most pressing waiting-time clock among the person's
 * open referrals (awaiting triage or accepted, clock neither stopped nor paused) at the
 * store's now. CASELOAD_CLOCK_BREACHED when one is past its due time, else
 * CASELOAD_CLOCK_NEAR_BREACH when one is past its near-breach time, else
 * CASELOAD_CLOCK_NONE: running, paused, met and missed clocks need no highlighting in a
 * list of people.
 */
CaseloadPerson *caseload_person_new                        (void);
void            caseload_person_update_from                (CaseloadPerson *self, CaseloadPerson *other);
CaseloadPerson *caseload_person_copy                       (CaseloadPerson *self);

gboolean        caseload_person_get_loaded                 (CaseloadPerson *self);
void            caseload_person_set_loaded                 (CaseloadPerson *self, gboolean loaded);

const char     *caseload_person_get_id                     (CaseloadPerson *self);
void            caseload_person_set_id                     (CaseloadPerson *self, const char *id);
gint64          caseload_person_get_version                (CaseloadPerson *self);
void            caseload_person_set_version                (CaseloadPerson *self, gint64 version);
const char     *caseload_person_get_nhs_number             (CaseloadPerson *self);
void            caseload_person_set_nhs_number             (CaseloadPerson *self, const char *nhs_number);
const char     *caseload_person_get_given_name             (CaseloadPerson *self);
void            caseload_person_set_given_name             (CaseloadPerson *self, const char *given_name);
const char     *caseload_person_get_family_name            (CaseloadPerson *self);
void            caseload_person_set_family_name            (CaseloadPerson *self, const char *family_name);
const char     *caseload_person_get_preferred_name         (CaseloadPerson *self);
void            caseload_person_set_preferred_name         (CaseloadPerson *self, const char *preferred_name);
const char     *caseload_person_get_pronouns               (CaseloadPerson *self);
void            caseload_person_set_pronouns               (CaseloadPerson *self, const char *pronouns);
const char     *caseload_person_get_date_of_birth          (CaseloadPerson *self);
void            caseload_person_set_date_of_birth          (CaseloadPerson *self, const char *date_of_birth);
const char     *caseload_person_get_gender                 (CaseloadPerson *self);
void            caseload_person_set_gender                 (CaseloadPerson *self, const char *gender);
const char     *caseload_person_get_address                (CaseloadPerson *self);
void            caseload_person_set_address                (CaseloadPerson *self, const char *address);
const char     *caseload_person_get_postcode               (CaseloadPerson *self);
void            caseload_person_set_postcode               (CaseloadPerson *self, const char *postcode);
const char     *caseload_person_get_phone                  (CaseloadPerson *self);
void            caseload_person_set_phone                  (CaseloadPerson *self, const char *phone);
const char     *caseload_person_get_gp_practice_id         (CaseloadPerson *self);
void            caseload_person_set_gp_practice_id         (CaseloadPerson *self, const char *gp_practice_id);
const char     *caseload_person_get_gp_practice_name       (CaseloadPerson *self);
void            caseload_person_set_gp_practice_name       (CaseloadPerson *self, const char *gp_practice_name);
const char     *caseload_person_get_pcn                    (CaseloadPerson *self);
void            caseload_person_set_pcn                    (CaseloadPerson *self, const char *pcn);
const char     *caseload_person_get_first_language         (CaseloadPerson *self);
void            caseload_person_set_first_language         (CaseloadPerson *self, const char *first_language);
gboolean        caseload_person_get_interpreter_needed     (CaseloadPerson *self);
void            caseload_person_set_interpreter_needed     (CaseloadPerson *self, gboolean interpreter_needed);
const char     *caseload_person_get_communication_needs    (CaseloadPerson *self);
void            caseload_person_set_communication_needs    (CaseloadPerson *self, const char *communication_needs);
const char     *caseload_person_get_created_at             (CaseloadPerson *self);
void            caseload_person_set_created_at             (CaseloadPerson *self, const char *created_at);
const char     *caseload_person_get_updated_at             (CaseloadPerson *self);
void            caseload_person_set_updated_at             (CaseloadPerson *self, const char *updated_at);
const char     *caseload_person_get_created_by             (CaseloadPerson *self);
void            caseload_person_set_created_by             (CaseloadPerson *self, const char *created_by);
const char     *caseload_person_get_updated_by             (CaseloadPerson *self);
void            caseload_person_set_updated_by             (CaseloadPerson *self, const char *updated_by);
const char     *caseload_person_get_last_contact           (CaseloadPerson *self);
void            caseload_person_set_last_contact           (CaseloadPerson *self, const char *last_contact);
const char     *caseload_person_get_match_field            (CaseloadPerson *self);
void            caseload_person_set_match_field            (CaseloadPerson *self, const char *match_field);
CaseloadClockState caseload_person_get_clock_state         (CaseloadPerson *self);
void            caseload_person_set_clock_state            (CaseloadPerson *self, CaseloadClockState clock_state);

const char     *caseload_person_get_display_name           (CaseloadPerson *self);
const char     *caseload_person_get_sort_name              (CaseloadPerson *self);
/* Age in whole years on @today, or -1 when the date of birth is unknown. */
int             caseload_person_get_age                    (CaseloadPerson *self, const GDate *today);

G_END_DECLS
