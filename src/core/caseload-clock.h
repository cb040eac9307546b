/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CASELOAD_TYPE_CLOCK (caseload_clock_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadClock, caseload_clock, CASELOAD, CLOCK, GObject)

CaseloadClock *caseload_clock_new_system (void);
CaseloadClock *caseload_clock_new_fixed  (GDateTime *now);
void           caseload_clock_set_fixed  (CaseloadClock *self, GDateTime *now);
GDateTime     *caseload_clock_now        (CaseloadClock *self);
void           caseload_clock_today      (CaseloadClock *self, GDate *today);
char          *caseload_clock_now_iso    (CaseloadClock *self);

G_END_DECLS
