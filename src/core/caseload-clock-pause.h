/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "caseload-types.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_CLOCK_PAUSE (caseload_clock_pause_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadClockPause, caseload_clock_pause, CASELOAD, CLOCK_PAUSE, GObject)

/* A recorded reason a referral's waiting-time clock stopped counting, from "started-at"
 * until "ended-at" (NULL: still paused). Properties: "id", "referral-id", "reason"
 * (CaseloadPauseReason), "started-at", "ended-at", "note", "recorded-by", "recorded-by-name"
 * (store fills), "version", "created-at". */
CaseloadClockPause  *caseload_clock_pause_new                  (void);
const char          *caseload_clock_pause_get_id               (CaseloadClockPause *self);
void                 caseload_clock_pause_set_id               (CaseloadClockPause *self, const char *id);
const char          *caseload_clock_pause_get_referral_id      (CaseloadClockPause *self);
void                 caseload_clock_pause_set_referral_id      (CaseloadClockPause *self, const char *referral_id);
CaseloadPauseReason  caseload_clock_pause_get_reason           (CaseloadClockPause *self);
void                 caseload_clock_pause_set_reason           (CaseloadClockPause *self, CaseloadPauseReason reason);
const char          *caseload_clock_pause_get_started_at       (CaseloadClockPause *self);
void                 caseload_clock_pause_set_started_at       (CaseloadClockPause *self, const char *started_at);
const char          *caseload_clock_pause_get_ended_at         (CaseloadClockPause *self);
void                 caseload_clock_pause_set_ended_at         (CaseloadClockPause *self, const char *ended_at);
const char          *caseload_clock_pause_get_note             (CaseloadClockPause *self);
void                 caseload_clock_pause_set_note             (CaseloadClockPause *self, const char *note);
const char          *caseload_clock_pause_get_recorded_by      (CaseloadClockPause *self);
void                 caseload_clock_pause_set_recorded_by      (CaseloadClockPause *self, const char *recorded_by);
const char          *caseload_clock_pause_get_recorded_by_name (CaseloadClockPause *self);
void                 caseload_clock_pause_set_recorded_by_name (CaseloadClockPause *self, const char *recorded_by_name);
int                  caseload_clock_pause_get_version          (CaseloadClockPause *self);
void                 caseload_clock_pause_set_version          (CaseloadClockPause *self, int version);
const char          *caseload_clock_pause_get_created_at       (CaseloadClockPause *self);
void                 caseload_clock_pause_set_created_at       (CaseloadClockPause *self, const char *created_at);

G_END_DECLS
