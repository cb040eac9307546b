/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "caseload-types.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_OD_EPISODE (caseload_od_episode_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadOdEpisode, caseload_od_episode, CASELOAD, OD_EPISODE, GObject)

/* An Open Dialogue episode for a person: it starts from a referral ("referral-id") or a
 * crisis contact ("start-kind"), at "contact-at" (ISO 8601 date-time with offset); the first
 * network meeting is due 24 hours later (caseload_od_clock()). "responsible-id" /
 * "-name": the worker first contacted, who takes responsibility. "ended-on" and "end-note"
 * when it ends. The store fills "id", "version", "first-meeting-at" (the earliest meeting's
 * "held-at", NULL until one), "recorded-by-name", "created-at". Its core team (the same
 * team throughout) is caseload_od_episode_get_core_team() (CaseloadStaff) and its meetings
 * caseload_od_episode_get_meetings() (CaseloadOdMeeting, oldest first). */
CaseloadOdEpisode  *caseload_od_episode_new                  (void);
const char         *caseload_od_episode_get_id               (CaseloadOdEpisode *self);
void                caseload_od_episode_set_id               (CaseloadOdEpisode *self, const char *id);
const char         *caseload_od_episode_get_person_id        (CaseloadOdEpisode *self);
void                caseload_od_episode_set_person_id        (CaseloadOdEpisode *self, const char *person_id);
CaseloadOdStart     caseload_od_episode_get_start_kind       (CaseloadOdEpisode *self);
void                caseload_od_episode_set_start_kind       (CaseloadOdEpisode *self, CaseloadOdStart start_kind);
const char         *caseload_od_episode_get_referral_id      (CaseloadOdEpisode *self);
void                caseload_od_episode_set_referral_id      (CaseloadOdEpisode *self, const char *referral_id);
const char         *caseload_od_episode_get_contact_at       (CaseloadOdEpisode *self);
void                caseload_od_episode_set_contact_at       (CaseloadOdEpisode *self, const char *contact_at);
const char         *caseload_od_episode_get_responsible_id   (CaseloadOdEpisode *self);
void                caseload_od_episode_set_responsible_id   (CaseloadOdEpisode *self, const char *responsible_id);
const char         *caseload_od_episode_get_responsible_name (CaseloadOdEpisode *self);
void                caseload_od_episode_set_responsible_name (CaseloadOdEpisode *self, const char *responsible_name);
const char         *caseload_od_episode_get_first_meeting_at (CaseloadOdEpisode *self);
void                caseload_od_episode_set_first_meeting_at (CaseloadOdEpisode *self, const char *first_meeting_at);
const char         *caseload_od_episode_get_ended_on         (CaseloadOdEpisode *self);
void                caseload_od_episode_set_ended_on         (CaseloadOdEpisode *self, const char *ended_on);
const char         *caseload_od_episode_get_end_note         (CaseloadOdEpisode *self);
void                caseload_od_episode_set_end_note         (CaseloadOdEpisode *self, const char *end_note);
int                 caseload_od_episode_get_version          (CaseloadOdEpisode *self);
void                caseload_od_episode_set_version          (CaseloadOdEpisode *self, int version);
const char         *caseload_od_episode_get_recorded_by_name (CaseloadOdEpisode *self);
void                caseload_od_episode_set_recorded_by_name (CaseloadOdEpisode *self, const char *recorded_by_name);
const char         *caseload_od_episode_get_created_at       (CaseloadOdEpisode *self);
void                caseload_od_episode_set_created_at       (CaseloadOdEpisode *self, const char *created_at);

/* The core team (CaseloadStaff) and the meetings (CaseloadOdMeeting, oldest first). */
GPtrArray *caseload_od_episode_get_core_team (CaseloadOdEpisode *self);
GPtrArray *caseload_od_episode_get_meetings  (CaseloadOdEpisode *self);

G_END_DECLS
