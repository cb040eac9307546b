/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "caseload-core.h"

G_BEGIN_DECLS

/*
 * Saving a STEPPS participant from the widgets (joining, leaving, their reinforcement
 * team): the same call, off the main loop, wherever it is made.
 */

/* What is saved of @participant (id, cohort, person, dates, version), without its
 * reinforcement team: the caller adds the team to save. */
CaseloadCohortParticipant *caseload_participant_save_copy (CaseloadCohortParticipant *participant);

/* Saves @participant (kept) with caseload_store_save_cohort_participant() as the context's
 * actor in a worker thread; @callback gets CASELOAD_WORKER_DONE from
 * caseload_worker_finish(), or NULL with the error. */
void caseload_participant_save_run (gpointer                   source_object,
                                    CaseloadContext           *context,
                                    CaseloadCohortParticipant *participant,
                                    GCancellable              *cancellable,
                                    GAsyncReadyCallback        callback,
                                    gpointer                   user_data);

G_END_DECLS
