/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "caseload-clock.h"
#include "caseload-store.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_CONTEXT (caseload_context_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadContext, caseload_context, CASELOAD, CONTEXT, GObject)

/* What the application holds for its windows: the store, the clock and the staff member
 * acting at this desk. Properties: "store" (rw, see set_store), "clock" (construct-only),
 * "actor" (rw).
 * Signals: "connection-lost" (see caseload_context_report_error()) and
 * "connection-restored" (see caseload_context_report_connection_restored()). */
CaseloadContext *caseload_context_new       (CaseloadStore *store, CaseloadClock *clock);
CaseloadStore   *caseload_context_get_store (CaseloadContext *self);
/* Only at the sign-in page with nobody's work open (the desk's database setting
 * changed); forgets the actor. Notifies "store". */
void             caseload_context_set_store (CaseloadContext *self, CaseloadStore *store);
CaseloadClock   *caseload_context_get_clock (CaseloadContext *self);
CaseloadStaff   *caseload_context_get_actor (CaseloadContext *self);
void             caseload_context_set_actor (CaseloadContext *self, CaseloadStaff *actor);
/* Signal "connection-lost": a store call failed with CASELOAD_ERROR_CONNECTION and was
 * reported here (TRUE); anything else is left to the caller (FALSE). */
gboolean         caseload_context_report_error (CaseloadContext *self, const GError *error);
/* Signal "connection-restored": after a lost connection, a store call worked again
 * (the window's probe); windows re-read what failed meanwhile. */
void             caseload_context_report_connection_restored (CaseloadContext *self);

G_END_DECLS
