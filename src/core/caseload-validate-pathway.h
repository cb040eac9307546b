/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "caseload-accommodation-record.h"
#include "caseload-attendance.h"
#include "caseload-cohort.h"
#include "caseload-cohort-session.h"
#include "caseload-employer-contact.h"
#include "caseload-fidelity-review.h"
#include "caseload-housing-referral.h"
#include "caseload-ips-job.h"
#include "caseload-ips-referral.h"
#include "caseload-od-episode.h"
#include "caseload-od-meeting.h"
#include "caseload-validate.h"

G_BEGIN_DECLS

/*
 * The rules for pathways (issue 7's "Bad input"). Each returns an array of
 * CaseloadFieldError (empty when fine) keyed by the record's property names, so a form
 * puts each message beside its field; nothing is changed. Warnings (allowed, but said) are
 * separate functions that return a translated sentence or NULL.
 */

/* A cohort: a name, a start date, 1–40 sessions of 30–480 minutes, completion 1–100%,
 * at least two facilitators ("facilitators") from at least two organisations. */
GPtrArray *caseload_cohort_check            (CaseloadCohort *cohort);
/* More than 10 participants ("11 people in a group of 8–10: …"), or NULL. */
char      *caseload_cohort_size_warning     (CaseloadCohort *cohort);
/* A session: a number from 1, a date within the cohort's dates (its start to its last
 * session, "end-on" or else the calendar's; "held-on": "Session 3 on 01/06/2027 is outside
 * the group's dates, 12/01/2027 to 25/05/2027."), a topic and notes within the text
 * limits; each CaseloadAttendance in @attendance is for a participant of @cohort
 * ("attendance:ID", ID the participant id: "This person is not in this group: …") with
 * intensity 0–5 ("attendance:ID:intensity") and a BEST total within 12–72
 * ("attendance:ID:best-total"). */
GPtrArray *caseload_cohort_session_check    (CaseloadCohort *cohort, CaseloadCohortSession *session,
                                             GPtrArray *attendance);
/* An episode: a contact date-time not in the future (@now), a referral for REFERRAL. */
GPtrArray *caseload_od_episode_check        (CaseloadOdEpisode *episode, GDateTime *now);
/* A meeting: a date-time not before the episode's contact nor in the future; someone
 * there ("attendees": "Record who was at the meeting: …" when no practitioner, no network
 * member and not the person); texts within limits; network members with a name
 * ("member:N", N from 1 in the order of caseload_od_meeting_get_members()). */
GPtrArray *caseload_od_meeting_check        (CaseloadOdEpisode *episode, CaseloadOdMeeting *meeting,
                                             GDateTime *now);
/* Fewer than two practitioners; none of the core team: a sentence each, or NULL. */
char      *caseload_od_meeting_warning      (CaseloadOdEpisode *episode, CaseloadOdMeeting *meeting);
/* An IPS referral: the person wants to work ("wants-work": zero exclusion is the only
 * criterion), a referral date not in the future, a specialist; engaged / job search /
 * benefits advice / closed dates not before the referral nor in the future. */
GPtrArray *caseload_ips_referral_check      (CaseloadIpsReferral *referral, const GDate *today);
/* An employer contact: an employer, a date not before the referral nor in the future. */
GPtrArray *caseload_employer_contact_check  (CaseloadIpsReferral *referral, CaseloadEmployerContact *contact,
                                             const GDate *today);
/* A job: employer, role, hours 0–80, a start date not before the referral ("started-on":
 * "The job start 01/01/2027 is before the referral on 03/02/2027.") nor in the future, an
 * end not before the start and with a reason. */
GPtrArray *caseload_ips_job_check           (CaseloadIpsReferral *referral, CaseloadIpsJob *job,
                                             const GDate *today);
/* A fidelity review: a service, a date not in the future, every score 1–5 ("score:N", N
 * from 1). */
GPtrArray *caseload_fidelity_review_check   (CaseloadFidelityReview *review, const GDate *today);
/* A housing referral being sent (@previous NULL) or its status changed (@previous: as
 * stored): an organisation, dates not in the future; a status moving backwards needs a
 * "reason" ("Say why the referral goes back from Offered to Assessed."); a CLOSED one
 * needs an "outcome"; nothing changes once closed unless reopened with a reason. */
GPtrArray *caseload_housing_referral_check  (CaseloadHousingReferral *previous, CaseloadHousingReferral *referral,
                                             const GDate *today);
/* An accommodation status: a date not in the future. */
GPtrArray *caseload_accommodation_check     (CaseloadAccommodationRecord *record, const GDate *today);

G_END_DECLS
