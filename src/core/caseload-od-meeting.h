/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "caseload-types.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_OD_MEETING (caseload_od_meeting_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadOdMeeting, caseload_od_meeting, CASELOAD, OD_MEETING, GObject)

/* A network meeting: "held-at" (ISO 8601 date-time with offset), "place" (CaseloadOdPlace),
 * whether the person was there ("person-present"), what was "decisions" decided together
 * and the "notes", written to be read by the network. The practitioners there are
 * caseload_od_meeting_get_practitioners() (CaseloadStaff: at least two, warned if fewer)
 * and the network members caseload_od_meeting_get_members() (CaseloadNetworkMember: from the
 * person's network, with "id", or added on the spot, "id" NULL: they need no account).
 * "has-core-member" is filled on read: one of the episode's core team was there. */
CaseloadOdMeeting  *caseload_od_meeting_new                  (void);
const char         *caseload_od_meeting_get_id               (CaseloadOdMeeting *self);
void                caseload_od_meeting_set_id               (CaseloadOdMeeting *self, const char *id);
const char         *caseload_od_meeting_get_episode_id       (CaseloadOdMeeting *self);
void                caseload_od_meeting_set_episode_id       (CaseloadOdMeeting *self, const char *episode_id);
const char         *caseload_od_meeting_get_held_at          (CaseloadOdMeeting *self);
void                caseload_od_meeting_set_held_at          (CaseloadOdMeeting *self, const char *held_at);
CaseloadOdPlace     caseload_od_meeting_get_place            (CaseloadOdMeeting *self);
void                caseload_od_meeting_set_place            (CaseloadOdMeeting *self, CaseloadOdPlace place);
gboolean            caseload_od_meeting_get_person_present   (CaseloadOdMeeting *self);
void                caseload_od_meeting_set_person_present   (CaseloadOdMeeting *self, gboolean person_present);
const char         *caseload_od_meeting_get_decisions        (CaseloadOdMeeting *self);
void                caseload_od_meeting_set_decisions        (CaseloadOdMeeting *self, const char *decisions);
const char         *caseload_od_meeting_get_notes            (CaseloadOdMeeting *self);
void                caseload_od_meeting_set_notes            (CaseloadOdMeeting *self, const char *notes);
gboolean            caseload_od_meeting_get_has_core_member  (CaseloadOdMeeting *self);
void                caseload_od_meeting_set_has_core_member  (CaseloadOdMeeting *self, gboolean has_core_member);
int                 caseload_od_meeting_get_version          (CaseloadOdMeeting *self);
void                caseload_od_meeting_set_version          (CaseloadOdMeeting *self, int version);
const char         *caseload_od_meeting_get_recorded_by_name (CaseloadOdMeeting *self);
void                caseload_od_meeting_set_recorded_by_name (CaseloadOdMeeting *self, const char *recorded_by_name);
const char         *caseload_od_meeting_get_created_at       (CaseloadOdMeeting *self);
void                caseload_od_meeting_set_created_at       (CaseloadOdMeeting *self, const char *created_at);

/* The practitioners there (CaseloadStaff) and the network members (CaseloadNetworkMember). */
GPtrArray *caseload_od_meeting_get_practitioners (CaseloadOdMeeting *self);
GPtrArray *caseload_od_meeting_get_members       (CaseloadOdMeeting *self);

G_END_DECLS
