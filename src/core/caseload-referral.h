/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "caseload-types.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_REFERRAL (caseload_referral_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadReferral, caseload_referral, CASELOAD, REFERRAL, GObject)

/* One referral (an episode with the team): where it came from, why, how urgent, the
 * triage decision, the steps of the wait, and how it ended (a transfer, never a
 * discharge). Times ("…-at") are ISO 8601 UTC; dates ("…-on") are ISO dates.
 * The person fills: "source", "source-detail" (who referred, in words), "received-at",
 * "reason" (the referrer's words), "urgency", "person-agreed", "attachments" (text).
 * The store fills: "id", "person-name", "pcn" (the person's PCN when referred),
 * "referred-by"/"-name", "organisation-id"/"-name" (the referrer's organisation),
 * "status", the "decided-by-name", the clock ("clock-state" read at the store's now,
 * "clock-due-at", "clock-warn-at", "waited-seconds" net of pauses), "allocated-count"
 * (workers allocated now), "version", "created-at", "updated-at".
 * Triage: "triage-outcome", "signpost" (where, for a signpost), "destination" (the
 * service or place, in words: needed for signpost and refer-on), "triage-reason"
 * (needed for decline), "decided-by" (a named staff member), "decided-on".
 * The wait: "first-contact-at", "assessment-at", "help-started-at", "help-kind".
 * "next-review-on". Transfer: "transfer-kind", "transfer-destination", "transfer-summary"
 * (kept on the timeline), "transferred-on", "transferred-by". */
CaseloadReferral       *caseload_referral_new                      (void);
const char             *caseload_referral_get_id                   (CaseloadReferral *self);
void                    caseload_referral_set_id                   (CaseloadReferral *self, const char *id);
const char             *caseload_referral_get_person_id            (CaseloadReferral *self);
void                    caseload_referral_set_person_id            (CaseloadReferral *self, const char *person_id);
const char             *caseload_referral_get_person_name          (CaseloadReferral *self);
void                    caseload_referral_set_person_name          (CaseloadReferral *self, const char *person_name);
const char             *caseload_referral_get_pcn                  (CaseloadReferral *self);
void                    caseload_referral_set_pcn                  (CaseloadReferral *self, const char *pcn);
CaseloadReferralSource  caseload_referral_get_source               (CaseloadReferral *self);
void                    caseload_referral_set_source               (CaseloadReferral *self, CaseloadReferralSource source);
const char             *caseload_referral_get_source_detail        (CaseloadReferral *self);
void                    caseload_referral_set_source_detail        (CaseloadReferral *self, const char *source_detail);
const char             *caseload_referral_get_received_at          (CaseloadReferral *self);
void                    caseload_referral_set_received_at          (CaseloadReferral *self, const char *received_at);
const char             *caseload_referral_get_reason               (CaseloadReferral *self);
void                    caseload_referral_set_reason               (CaseloadReferral *self, const char *reason);
CaseloadUrgency         caseload_referral_get_urgency              (CaseloadReferral *self);
void                    caseload_referral_set_urgency              (CaseloadReferral *self, CaseloadUrgency urgency);
gboolean                caseload_referral_get_person_agreed        (CaseloadReferral *self);
void                    caseload_referral_set_person_agreed        (CaseloadReferral *self, gboolean person_agreed);
const char             *caseload_referral_get_attachments          (CaseloadReferral *self);
void                    caseload_referral_set_attachments          (CaseloadReferral *self, const char *attachments);
const char             *caseload_referral_get_referred_by          (CaseloadReferral *self);
void                    caseload_referral_set_referred_by          (CaseloadReferral *self, const char *referred_by);
const char             *caseload_referral_get_referred_by_name     (CaseloadReferral *self);
void                    caseload_referral_set_referred_by_name     (CaseloadReferral *self, const char *referred_by_name);
const char             *caseload_referral_get_organisation_id      (CaseloadReferral *self);
void                    caseload_referral_set_organisation_id      (CaseloadReferral *self, const char *organisation_id);
const char             *caseload_referral_get_organisation_name    (CaseloadReferral *self);
void                    caseload_referral_set_organisation_name    (CaseloadReferral *self, const char *organisation_name);
CaseloadReferralStatus  caseload_referral_get_status               (CaseloadReferral *self);
void                    caseload_referral_set_status               (CaseloadReferral *self, CaseloadReferralStatus status);
CaseloadTriageOutcome   caseload_referral_get_triage_outcome       (CaseloadReferral *self);
void                    caseload_referral_set_triage_outcome       (CaseloadReferral *self, CaseloadTriageOutcome triage_outcome);
CaseloadSignpost        caseload_referral_get_signpost             (CaseloadReferral *self);
void                    caseload_referral_set_signpost             (CaseloadReferral *self, CaseloadSignpost signpost);
const char             *caseload_referral_get_destination          (CaseloadReferral *self);
void                    caseload_referral_set_destination          (CaseloadReferral *self, const char *destination);
const char             *caseload_referral_get_triage_reason        (CaseloadReferral *self);
void                    caseload_referral_set_triage_reason        (CaseloadReferral *self, const char *triage_reason);
const char             *caseload_referral_get_decided_by           (CaseloadReferral *self);
void                    caseload_referral_set_decided_by           (CaseloadReferral *self, const char *decided_by);
const char             *caseload_referral_get_decided_by_name      (CaseloadReferral *self);
void                    caseload_referral_set_decided_by_name      (CaseloadReferral *self, const char *decided_by_name);
const char             *caseload_referral_get_decided_on           (CaseloadReferral *self);
void                    caseload_referral_set_decided_on           (CaseloadReferral *self, const char *decided_on);
const char             *caseload_referral_get_first_contact_at     (CaseloadReferral *self);
void                    caseload_referral_set_first_contact_at     (CaseloadReferral *self, const char *first_contact_at);
const char             *caseload_referral_get_assessment_at        (CaseloadReferral *self);
void                    caseload_referral_set_assessment_at        (CaseloadReferral *self, const char *assessment_at);
const char             *caseload_referral_get_help_started_at      (CaseloadReferral *self);
void                    caseload_referral_set_help_started_at      (CaseloadReferral *self, const char *help_started_at);
CaseloadHelpKind        caseload_referral_get_help_kind            (CaseloadReferral *self);
void                    caseload_referral_set_help_kind            (CaseloadReferral *self, CaseloadHelpKind help_kind);
const char             *caseload_referral_get_next_review_on       (CaseloadReferral *self);
void                    caseload_referral_set_next_review_on       (CaseloadReferral *self, const char *next_review_on);
CaseloadTransferKind    caseload_referral_get_transfer_kind        (CaseloadReferral *self);
void                    caseload_referral_set_transfer_kind        (CaseloadReferral *self, CaseloadTransferKind transfer_kind);
const char             *caseload_referral_get_transfer_destination (CaseloadReferral *self);
void                    caseload_referral_set_transfer_destination (CaseloadReferral *self, const char *transfer_destination);
const char             *caseload_referral_get_transfer_summary     (CaseloadReferral *self);
void                    caseload_referral_set_transfer_summary     (CaseloadReferral *self, const char *transfer_summary);
const char             *caseload_referral_get_transferred_on       (CaseloadReferral *self);
void                    caseload_referral_set_transferred_on       (CaseloadReferral *self, const char *transferred_on);
const char             *caseload_referral_get_transferred_by       (CaseloadReferral *self);
void                    caseload_referral_set_transferred_by       (CaseloadReferral *self, const char *transferred_by);
CaseloadClockState      caseload_referral_get_clock_state          (CaseloadReferral *self);
void                    caseload_referral_set_clock_state          (CaseloadReferral *self, CaseloadClockState clock_state);
const char             *caseload_referral_get_clock_due_at         (CaseloadReferral *self);
void                    caseload_referral_set_clock_due_at         (CaseloadReferral *self, const char *clock_due_at);
const char             *caseload_referral_get_clock_warn_at        (CaseloadReferral *self);
void                    caseload_referral_set_clock_warn_at        (CaseloadReferral *self, const char *clock_warn_at);
gint64                  caseload_referral_get_waited_seconds       (CaseloadReferral *self);
void                    caseload_referral_set_waited_seconds       (CaseloadReferral *self, gint64 waited_seconds);
int                     caseload_referral_get_allocated_count      (CaseloadReferral *self);
void                    caseload_referral_set_allocated_count      (CaseloadReferral *self, int allocated_count);
int                     caseload_referral_get_version              (CaseloadReferral *self);
void                    caseload_referral_set_version              (CaseloadReferral *self, int version);
const char             *caseload_referral_get_created_at           (CaseloadReferral *self);
void                    caseload_referral_set_created_at           (CaseloadReferral *self, const char *created_at);
const char             *caseload_referral_get_updated_at           (CaseloadReferral *self);
void                    caseload_referral_set_updated_at           (CaseloadReferral *self, const char *updated_at);

G_END_DECLS
