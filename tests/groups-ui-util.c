/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "groups-ui-util.h"

/* Who did what in a session, a pattern that repeats: mostly there. */
static CaseloadAttendanceStatus
status_for (guint session,
            guint person)
{
  switch ((session * 7 + person * 3) % 11)
    {
    case 0:
      return CASELOAD_ATTENDANCE_APOLOGIES;
    case 1:
      return CASELOAD_ATTENDANCE_DID_NOT_ATTEND;
    default:
      return CASELOAD_ATTENDANCE_ATTENDED;
    }
}

char *
groups_ui_add_cohort (CaseloadStore *store,
                      CaseloadStaff *actor,
                      const char    *name,
                      const char    *start_on,
                      int            n_sessions,
                      CaseloadStaff *first,
                      CaseloadStaff *second,
                      GPtrArray     *people,
                      const char    *today)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadCohort) cohort = caseload_cohort_new ();
  g_autoptr(CaseloadCohort) read = NULL;
  g_autoptr(GPtrArray) participant_ids = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *sessions;

  caseload_cohort_set_name (cohort, name);
  caseload_cohort_set_programme (cohort, n_sessions == 20 ? CASELOAD_STEPPS_ADULT_20
                                         : n_sessions == 21 ? CASELOAD_STEPPS_THURROCK_21
                                         : n_sessions == 12 ? CASELOAD_STEPPS_EI_12 : CASELOAD_STEPPS_CUSTOM);
  caseload_cohort_set_n_sessions (cohort, n_sessions);
  caseload_cohort_set_session_minutes (cohort, 120);
  caseload_cohort_set_venue (cohort, "Grays Community Hall");
  caseload_cohort_set_start_on (cohort, start_on);
  caseload_cohort_set_completion_percent (cohort, 75);
  g_ptr_array_add (caseload_cohort_get_facilitators (cohort), g_object_ref (first));
  g_ptr_array_add (caseload_cohort_get_facilitators (cohort), g_object_ref (second));
  if (!caseload_store_save_cohort (store, actor, cohort, &error))
    g_error ("Saving a cohort: %s", error->message);

  for (guint i = 0; i < people->len; i++)
    {
      g_autoptr(CaseloadCohortParticipant) participant = caseload_cohort_participant_new ();

      caseload_cohort_participant_set_cohort_id (participant, caseload_cohort_get_id (cohort));
      caseload_cohort_participant_set_person_id (participant, caseload_person_get_id (g_ptr_array_index (people, i)));
      caseload_cohort_participant_set_joined_on (participant, start_on);
      if (!caseload_store_save_cohort_participant (store, actor, participant, &error))
        g_error ("Adding a participant: %s", error->message);
      g_ptr_array_add (participant_ids, g_strdup (caseload_cohort_participant_get_id (participant)));
    }

  read = caseload_store_get_cohort (store, actor, caseload_cohort_get_id (cohort), &error);
  if (read == NULL)
    g_error ("Reading a cohort: %s", error->message);
  sessions = caseload_cohort_get_sessions (read);
  for (guint s = 0; s < sessions->len; s++)
    {
      CaseloadCohortSession *session = g_ptr_array_index (sessions, s);
      g_autoptr(GPtrArray) attendance = g_ptr_array_new_with_free_func (g_object_unref);

      if (today != NULL && strcmp (caseload_cohort_session_get_held_on (session), today) > 0)
        continue;
      for (guint p = 0; p < participant_ids->len; p++)
        {
          CaseloadAttendance *mark = caseload_attendance_new ();
          CaseloadAttendanceStatus status = status_for (s, p);

          caseload_attendance_set_session_id (mark, caseload_cohort_session_get_id (session));
          caseload_attendance_set_participant_id (mark, g_ptr_array_index (participant_ids, p));
          caseload_attendance_set_status (mark, status);
          if (status == CASELOAD_ATTENDANCE_ATTENDED)
            {
              caseload_attendance_set_intensity (mark, 1 + (int) ((s + p) % 5));
              caseload_attendance_set_has_best (mark, TRUE);
              caseload_attendance_set_best_total (mark, MAX (12, 60 - (int) s - (int) (p % 4) * 2));
            }
          g_ptr_array_add (attendance, mark);
        }
      if (!caseload_store_save_cohort_session (store, actor, session, attendance, &error))
        g_error ("Recording session %d: %s", caseload_cohort_session_get_number (session), error->message);
    }

  return g_strdup (caseload_cohort_get_id (cohort));
}
