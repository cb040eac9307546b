/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-participant-save"

#include "config.h"

#include "caseload-participant-save.h"
#include "caseload-worker.h"

typedef struct {
  CaseloadStore             *store;
  CaseloadStaff             *actor;
  CaseloadCohortParticipant *participant;
} SaveCall;

static void
save_call_free (SaveCall *call)
{
  g_clear_object (&call->store);
  g_clear_object (&call->actor);
  g_clear_object (&call->participant);
  g_free (call);
}

static gpointer
save_thread (gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  SaveCall *call = data;

  return caseload_store_save_cohort_participant (call->store, call->actor, call->participant, error)
    ? CASELOAD_WORKER_DONE : NULL;
}

CaseloadCohortParticipant *
caseload_participant_save_copy (CaseloadCohortParticipant *participant)
{
  CaseloadCohortParticipant *copy = caseload_cohort_participant_new ();

  g_return_val_if_fail (CASELOAD_IS_COHORT_PARTICIPANT (participant), NULL);

  caseload_cohort_participant_set_id (copy, caseload_cohort_participant_get_id (participant));
  caseload_cohort_participant_set_cohort_id (copy, caseload_cohort_participant_get_cohort_id (participant));
  caseload_cohort_participant_set_person_id (copy, caseload_cohort_participant_get_person_id (participant));
  caseload_cohort_participant_set_joined_on (copy, caseload_cohort_participant_get_joined_on (participant));
  caseload_cohort_participant_set_left_on (copy, caseload_cohort_participant_get_left_on (participant));
  caseload_cohort_participant_set_version (copy, caseload_cohort_participant_get_version (participant));
  return copy;
}

void
caseload_participant_save_run (gpointer                   source_object,
                               CaseloadContext           *context,
                               CaseloadCohortParticipant *participant,
                               GCancellable              *cancellable,
                               GAsyncReadyCallback        callback,
                               gpointer                   user_data)
{
  SaveCall *call;

  g_return_if_fail (CASELOAD_IS_CONTEXT (context));
  g_return_if_fail (CASELOAD_IS_COHORT_PARTICIPANT (participant));

  call = g_new0 (SaveCall, 1);
  call->store = g_object_ref (caseload_context_get_store (context));
  call->actor = caseload_worker_copy_staff (caseload_context_get_actor (context));
  call->participant = g_object_ref (participant);
  caseload_worker_run (source_object, caseload_participant_save_run, save_thread, call,
                       (GDestroyNotify) save_call_free, NULL, cancellable, callback, user_data);
}
