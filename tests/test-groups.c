/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * STEPPS groups and Open Dialogue through the store interface (the same cases run on
 * SQLite and PostgreSQL): a cohort's generated calendar and its re-dating, facilitators
 * from two organisations, sessions with attendance (atomic, checked), participants and
 * their reinforcement teams, Open Dialogue episodes and network meetings, read_pathways,
 * versions, who may read and write them, and audit details without identifying text.
 * The clock is fixed at 2026-11-22 10:00 UTC (a Sunday).
 */
#include "config.h"

#include <string.h>

#include "caseload-attendance.h"
#include "caseload-reinforcer.h"
#include "caseload-stepps.h"
#include "test-util.h"

typedef struct {
  TestStore             base;
  CaseloadOrganisation *eput;
  CaseloadStaff        *nurse;      /* at EPUT */
  CaseloadStaff        *arrs;       /* a mental health practitioner at the practice */
  CaseloadStaff        *manager;    /* the team manager, at the practice */
  CaseloadPerson       *aisha;
  CaseloadPerson       *ben;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  test_store_setup (&f->base, data);
  test_add_team (&f->base, &f->eput, &f->nurse, &f->arrs, &f->manager);
  f->aisha = test_add_practice_person (&f->base, "Aisha", "Bello");
  f->ben = test_add_practice_person (&f->base, "Ben", "Carter");
  /* Both agreed to share with EPUT, whose nurse co-facilitates. */
  test_share (&f->base, f->aisha, f->eput, TRUE, TRUE);
  test_share (&f->base, f->ben, f->eput, TRUE, TRUE);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->aisha);
  g_clear_object (&f->ben);
  g_clear_object (&f->eput);
  g_clear_object (&f->nurse);
  g_clear_object (&f->arrs);
  g_clear_object (&f->manager);
  test_store_teardown (&f->base, data);
}

/* A store call that must succeed: its error first, so a failure says why. */
#define ASSERT_SAVED(call) G_STMT_START { gboolean ok_ = (call); g_assert_no_error (error); g_assert_true (ok_); } G_STMT_END

#define TEST(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

/* A STEPPS 20 cohort from Tuesday 1 September 2026 (across the October clock change),
 * co-facilitated by @first and @second. */
static CaseloadCohort *
new_cohort (CaseloadStaff *first,
            CaseloadStaff *second)
{
  CaseloadCohort *cohort = caseload_cohort_new ();

  caseload_cohort_set_name (cohort, "Grays, autumn 2026");
  caseload_cohort_set_programme (cohort, CASELOAD_STEPPS_ADULT_20);
  caseload_cohort_set_n_sessions (cohort, 20);
  caseload_cohort_set_session_minutes (cohort, 120);
  caseload_cohort_set_venue (cohort, "Grays Community Hall");
  caseload_cohort_set_start_on (cohort, "2026-09-01");
  caseload_cohort_set_completion_percent (cohort, 75);
  g_ptr_array_add (caseload_cohort_get_facilitators (cohort), g_object_ref (first));
  if (second != NULL)
    g_ptr_array_add (caseload_cohort_get_facilitators (cohort), g_object_ref (second));
  return cohort;
}

static CaseloadCohort *
add_cohort (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  CaseloadCohort *cohort = new_cohort (f->nurse, f->base.worker);

  ASSERT_SAVED (caseload_store_save_cohort (f->base.store, f->arrs, cohort, &error));
  return cohort;
}

static CaseloadCohort *
read_cohort (Fixture       *f,
             CaseloadStaff *actor,
             const char    *id)
{
  g_autoptr(GError) error = NULL;
  CaseloadCohort *cohort = caseload_store_get_cohort (f->base.store, actor, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (cohort);
  return cohort;
}

static CaseloadCohortSession *
session_number (CaseloadCohort *cohort,
                int             number)
{
  GPtrArray *sessions = caseload_cohort_get_sessions (cohort);

  g_assert_cmpint (number, >=, 1);
  g_assert_cmpuint ((guint) number, <=, sessions->len);
  g_assert_cmpint (caseload_cohort_session_get_number (g_ptr_array_index (sessions, number - 1)), ==, number);
  return g_ptr_array_index (sessions, number - 1);
}

static CaseloadCohortParticipant *
add_participant (Fixture        *f,
                 CaseloadCohort *cohort,
                 CaseloadPerson *person)
{
  g_autoptr(GError) error = NULL;
  CaseloadCohortParticipant *participant = caseload_cohort_participant_new ();

  caseload_cohort_participant_set_cohort_id (participant, caseload_cohort_get_id (cohort));
  caseload_cohort_participant_set_person_id (participant, caseload_person_get_id (person));
  caseload_cohort_participant_set_joined_on (participant, "2026-09-01");
  ASSERT_SAVED (caseload_store_save_cohort_participant (f->base.store, f->arrs, participant, &error));
  return participant;
}

static CaseloadAttendance *
mark (CaseloadCohortParticipant *participant,
      CaseloadAttendanceStatus   status,
      int                        intensity,
      int                        best)
{
  CaseloadAttendance *attendance = caseload_attendance_new ();

  caseload_attendance_set_participant_id (attendance, caseload_cohort_participant_get_id (participant));
  caseload_attendance_set_status (attendance, status);
  caseload_attendance_set_intensity (attendance, intensity);
  if (best > 0)
    {
      caseload_attendance_set_has_best (attendance, TRUE);
      caseload_attendance_set_best_total (attendance, best);
    }
  return attendance;
}

static GPtrArray *
marks (void)
{
  return g_ptr_array_new_with_free_func (g_object_unref);
}

static void
test_calendar (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(CaseloadCohort) cohort = add_cohort (f);
  g_autoptr(CaseloadCohort) read = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) dates = caseload_stepps_calendar ("2026-09-01", 20);
  const char *const *topics = caseload_stepps_topics ();
  CaseloadCohort *item;
  GPtrArray *sessions;

  g_assert_nonnull (caseload_cohort_get_id (cohort));
  g_assert_cmpint (caseload_cohort_get_version (cohort), ==, 1);
  g_assert_cmpstr (caseload_cohort_get_end_on (cohort), ==, "2027-01-12");
  g_assert_nonnull (caseload_cohort_get_created_at (cohort));
  g_assert_cmpuint (caseload_cohort_get_sessions (cohort)->len, ==, 20);

  read = read_cohort (f, f->nurse, caseload_cohort_get_id (cohort));
  g_assert_cmpint (caseload_cohort_get_programme (read), ==, CASELOAD_STEPPS_ADULT_20);
  g_assert_cmpstr (caseload_cohort_get_venue (read), ==, "Grays Community Hall");
  sessions = caseload_cohort_get_sessions (read);
  g_assert_cmpuint (sessions->len, ==, 20);
  for (guint i = 0; i < sessions->len; i++)
    {
      CaseloadCohortSession *session = g_ptr_array_index (sessions, i);

      g_assert_cmpint (caseload_cohort_session_get_number (session), ==, (int) i + 1);
      g_assert_cmpstr (caseload_cohort_session_get_held_on (session), ==, dates[i]);
      g_assert_cmpint (caseload_cohort_session_get_version (session), ==, 1);
    }
  /* Weekly on Tuesdays, whatever the clocks did on 25 October. */
  g_assert_cmpstr (caseload_cohort_session_get_held_on (session_number (read, 8)), ==, "2026-10-20");
  g_assert_cmpstr (caseload_cohort_session_get_held_on (session_number (read, 9)), ==, "2026-10-27");
  g_assert_cmpstr (caseload_cohort_session_get_topic (session_number (read, 1)), ==, topics[0]);
  g_assert_cmpuint (caseload_cohort_get_facilitators (read)->len, ==, 2);

  /* The team's list: every member of staff, Mind's worker too. */
  listed = caseload_store_list_cohorts (f->base.store, f->base.worker, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (listed->len, ==, 1);
  item = g_ptr_array_index (listed, 0);
  g_assert_cmpstr (caseload_cohort_get_next_session_on (item), ==, "2026-11-24");
  g_assert_cmpint (caseload_cohort_get_n_participants (item), ==, 0);
  g_assert_nonnull (strstr (caseload_cohort_get_facilitator_names (item), "Ngozi Eze (EPUT Community Mental Health)"));
  g_assert_cmpuint (caseload_cohort_get_facilitators (item)->len, ==, 2);
  g_clear_pointer (&listed, g_ptr_array_unref);

  /* A finished group (its last session before today) is listed only when asked for. */
  {
    g_autoptr(CaseloadCohort) finished = new_cohort (f->nurse, f->base.worker);

    caseload_cohort_set_programme (finished, CASELOAD_STEPPS_EI_12);
    caseload_cohort_set_n_sessions (finished, 12);
    caseload_cohort_set_start_on (finished, "2026-01-06");
    ASSERT_SAVED (caseload_store_save_cohort (f->base.store, f->manager, finished, &error));
    g_assert_cmpstr (caseload_cohort_get_end_on (finished), ==, "2026-03-24");
    listed = caseload_store_list_cohorts (f->base.store, f->arrs, FALSE, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (listed->len, ==, 1);
    g_clear_pointer (&listed, g_ptr_array_unref);
    listed = caseload_store_list_cohorts (f->base.store, f->arrs, TRUE, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (listed->len, ==, 2);
    g_assert_cmpstr (caseload_cohort_get_id (g_ptr_array_index (listed, 1)), ==, caseload_cohort_get_id (finished));
    g_assert_null (caseload_cohort_get_next_session_on (g_ptr_array_index (listed, 1)));
  }
}

static void
test_facilitators (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(CaseloadCohort) alone = new_cohort (f->nurse, NULL);
  g_autoptr(CaseloadCohort) one_organisation = new_cohort (f->arrs, f->manager);
  g_autoptr(CaseloadStaff) stranger = caseload_staff_new ();
  g_autoptr(CaseloadCohort) unknown = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (caseload_store_save_cohort (f->base.store, f->arrs, alone, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
  g_clear_error (&error);
  g_assert_null (caseload_cohort_get_id (alone));

  g_assert_false (caseload_store_save_cohort (f->base.store, f->arrs, one_organisation, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
  g_clear_error (&error);

  caseload_staff_set_id (stranger, "no-such-staff");
  caseload_staff_set_organisation_id (stranger, "no-such-organisation");
  unknown = new_cohort (f->nurse, stranger);
  g_assert_false (caseload_store_save_cohort (f->base.store, f->arrs, unknown, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
  g_clear_error (&error);

  listed = caseload_store_list_cohorts (f->base.store, f->arrs, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (listed->len, ==, 0);
}

static void
test_redate (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(CaseloadCohort) cohort = add_cohort (f);
  g_autoptr(CaseloadCohortParticipant) aisha = add_participant (f, cohort, f->aisha);
  g_autoptr(CaseloadCohort) read = NULL;
  g_autoptr(CaseloadCohort) stale = NULL;
  g_autoptr(GPtrArray) attendance = marks ();
  g_autoptr(GError) error = NULL;
  CaseloadCohortSession *first;

  read = read_cohort (f, f->nurse, caseload_cohort_get_id (cohort));
  first = session_number (read, 1);
  g_ptr_array_add (attendance, mark (aisha, CASELOAD_ATTENDANCE_ATTENDED, 3, 40));
  ASSERT_SAVED (caseload_store_save_cohort_session (f->base.store, f->nurse, first, attendance, &error));

  /* A week later and 12 sessions: session 1 (recorded) keeps its date, the others move;
   * sessions 13–20 go. */
  stale = read_cohort (f, f->nurse, caseload_cohort_get_id (cohort));
  caseload_cohort_set_start_on (cohort, "2026-09-08");
  caseload_cohort_set_n_sessions (cohort, 12);
  caseload_cohort_set_programme (cohort, CASELOAD_STEPPS_EI_12);
  ASSERT_SAVED (caseload_store_save_cohort (f->base.store, f->arrs, cohort, &error));
  g_assert_cmpint (caseload_cohort_get_version (cohort), ==, 2);
  g_clear_object (&read);
  read = read_cohort (f, f->nurse, caseload_cohort_get_id (cohort));
  g_assert_cmpuint (caseload_cohort_get_sessions (read)->len, ==, 12);
  g_assert_cmpstr (caseload_cohort_session_get_held_on (session_number (read, 1)), ==, "2026-09-01");
  g_assert_cmpstr (caseload_cohort_session_get_held_on (session_number (read, 2)), ==, "2026-09-15");
  g_assert_cmpstr (caseload_cohort_session_get_held_on (session_number (read, 12)), ==, "2026-11-24");
  g_assert_cmpstr (caseload_cohort_get_end_on (read), ==, "2026-11-24");
  g_assert_cmpint (caseload_cohort_get_programme (read), ==, CASELOAD_STEPPS_EI_12);
  g_assert_cmpuint (caseload_cohort_get_attendance (read)->len, ==, 1);

  /* Back to 21: sessions 13–21 come back, weekly from the start. */
  caseload_cohort_set_n_sessions (cohort, 21);
  ASSERT_SAVED (caseload_store_save_cohort (f->base.store, f->arrs, cohort, &error));
  g_assert_cmpuint (caseload_cohort_get_sessions (cohort)->len, ==, 21);
  g_assert_cmpstr (caseload_cohort_get_end_on (cohort), ==, "2027-01-26");

  /* Attendance at session 5, then fewer than 5 sessions: refused, nothing changed. */
  g_clear_object (&read);
  read = read_cohort (f, f->nurse, caseload_cohort_get_id (cohort));
  g_ptr_array_set_size (attendance, 0);
  g_ptr_array_add (attendance, mark (aisha, CASELOAD_ATTENDANCE_APOLOGIES, 0, 0));
  ASSERT_SAVED (caseload_store_save_cohort_session (f->base.store, f->nurse, session_number (read, 5), attendance,
                                                     &error));
  caseload_cohort_set_n_sessions (cohort, 4);
  g_assert_false (caseload_store_save_cohort (f->base.store, f->arrs, cohort, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
  g_clear_error (&error);
  g_assert_cmpint (caseload_cohort_get_version (cohort), ==, 3);
  g_clear_object (&read);
  read = read_cohort (f, f->nurse, caseload_cohort_get_id (cohort));
  g_assert_cmpint (caseload_cohort_get_n_sessions (read), ==, 21);
  g_assert_cmpuint (caseload_cohort_get_sessions (read)->len, ==, 21);

  /* Someone else saved first. */
  caseload_cohort_set_venue (stale, "Tilbury Hub");
  g_assert_false (caseload_store_save_cohort (f->base.store, f->nurse, stale, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_CONFLICT);
  g_clear_error (&error);
  g_clear_object (&read);
  read = read_cohort (f, f->nurse, caseload_cohort_get_id (cohort));
  g_assert_cmpstr (caseload_cohort_get_venue (read), ==, "Grays Community Hall");
}

static CaseloadAttendance *
attendance_of (CaseloadCohort            *cohort,
               CaseloadCohortSession     *session,
               CaseloadCohortParticipant *participant)
{
  GPtrArray *attendance = caseload_cohort_get_attendance (cohort);

  for (guint i = 0; i < attendance->len; i++)
    {
      CaseloadAttendance *item = g_ptr_array_index (attendance, i);

      if (g_strcmp0 (caseload_attendance_get_session_id (item), caseload_cohort_session_get_id (session)) == 0 &&
          g_strcmp0 (caseload_attendance_get_participant_id (item),
                     caseload_cohort_participant_get_id (participant)) == 0)
        return item;
    }
  return NULL;
}

static void
test_attendance (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(CaseloadCohort) cohort = add_cohort (f);
  g_autoptr(CaseloadCohortParticipant) aisha = add_participant (f, cohort, f->aisha);
  g_autoptr(CaseloadCohortParticipant) ben = add_participant (f, cohort, f->ben);
  g_autoptr(CaseloadCohortParticipant) stranger = caseload_cohort_participant_new ();
  g_autoptr(CaseloadCohort) read = read_cohort (f, f->nurse, caseload_cohort_get_id (cohort));
  g_autoptr(CaseloadCohort) again = NULL;
  g_autoptr(GPtrArray) attendance = marks ();
  g_autoptr(GError) error = NULL;
  CaseloadCohortSession *third = session_number (read, 3);
  CaseloadAttendance *found;

  caseload_cohort_session_set_notes (third, "Distancing: the group practised stepping back.");
  g_ptr_array_add (attendance, mark (aisha, CASELOAD_ATTENDANCE_ATTENDED, 4, 44));
  g_ptr_array_add (attendance, mark (ben, CASELOAD_ATTENDANCE_DID_NOT_ATTEND, 0, 0));
  ASSERT_SAVED (caseload_store_save_cohort_session (f->base.store, f->nurse, third, attendance, &error));
  g_assert_cmpint (caseload_cohort_session_get_version (third), ==, 2);

  again = read_cohort (f, f->arrs, caseload_cohort_get_id (cohort));
  g_assert_cmpuint (caseload_cohort_get_participants (again)->len, ==, 2);
  g_assert_cmpuint (caseload_cohort_get_attendance (again)->len, ==, 2);
  found = attendance_of (again, third, aisha);
  g_assert_nonnull (found);
  g_assert_cmpint (caseload_attendance_get_status (found), ==, CASELOAD_ATTENDANCE_ATTENDED);
  g_assert_cmpint (caseload_attendance_get_intensity (found), ==, 4);
  g_assert_true (caseload_attendance_get_has_best (found));
  g_assert_cmpint (caseload_attendance_get_best_total (found), ==, 44);
  found = attendance_of (again, third, ben);
  g_assert_nonnull (found);
  g_assert_cmpint (caseload_attendance_get_status (found), ==, CASELOAD_ATTENDANCE_DID_NOT_ATTEND);
  g_assert_false (caseload_attendance_get_has_best (found));
  g_assert_cmpstr (caseload_cohort_session_get_notes (session_number (again, 3)), ==,
                   "Distancing: the group practised stepping back.");

  /* A session outside the group's dates: refused, nothing saved. */
  caseload_cohort_session_set_held_on (third, "2027-03-02");
  caseload_cohort_session_set_notes (third, "Moved.");
  g_assert_false (caseload_store_save_cohort_session (f->base.store, f->nurse, third, attendance, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
  g_clear_error (&error);

  /* Attendance for someone not in the group, with a good mark: neither is saved. */
  caseload_cohort_session_set_held_on (third, "2026-09-15");
  caseload_cohort_participant_set_id (stranger, "not-in-this-group");
  g_ptr_array_set_size (attendance, 0);
  g_ptr_array_add (attendance, mark (aisha, CASELOAD_ATTENDANCE_APOLOGIES, 0, 0));
  g_ptr_array_add (attendance, mark (stranger, CASELOAD_ATTENDANCE_ATTENDED, 2, 0));
  g_assert_false (caseload_store_save_cohort_session (f->base.store, f->nurse, third, attendance, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
  g_clear_error (&error);
  g_clear_object (&again);
  again = read_cohort (f, f->arrs, caseload_cohort_get_id (cohort));
  g_assert_cmpint (caseload_attendance_get_status (attendance_of (again, third, aisha)), ==,
                   CASELOAD_ATTENDANCE_ATTENDED);
  g_assert_cmpstr (caseload_cohort_session_get_notes (session_number (again, 3)), ==,
                   "Distancing: the group practised stepping back.");

  /* Someone marked twice: refused, naming them. */
  g_ptr_array_set_size (attendance, 1);
  g_ptr_array_add (attendance, mark (aisha, CASELOAD_ATTENDANCE_ATTENDED, 2, 0));
  g_assert_false (caseload_store_save_cohort_session (f->base.store, f->nurse, third, attendance, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
  g_clear_error (&error);

  /* The session's attendance is replaced: Ben's mark goes. */
  g_ptr_array_set_size (attendance, 1);
  ASSERT_SAVED (caseload_store_save_cohort_session (f->base.store, f->nurse, third, attendance, &error));
  g_clear_object (&again);
  again = read_cohort (f, f->arrs, caseload_cohort_get_id (cohort));
  g_assert_cmpuint (caseload_cohort_get_attendance (again)->len, ==, 1);
  g_assert_cmpint (caseload_attendance_get_status (attendance_of (again, third, aisha)), ==,
                   CASELOAD_ATTENDANCE_APOLOGIES);

  /* A session by number, with a stale version: someone else saved it. */
  {
    g_autoptr(CaseloadCohortSession) by_number = caseload_cohort_session_new ();

    caseload_cohort_session_set_cohort_id (by_number, caseload_cohort_get_id (cohort));
    caseload_cohort_session_set_number (by_number, 3);
    caseload_cohort_session_set_held_on (by_number, "2026-09-15");
    caseload_cohort_session_set_version (by_number, 1);
    g_assert_false (caseload_store_save_cohort_session (f->base.store, f->nurse, by_number, attendance, &error));
    g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_CONFLICT);
  }
}

static void
test_participants (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(CaseloadCohort) cohort = add_cohort (f);
  g_autoptr(CaseloadCohortParticipant) aisha = add_participant (f, cohort, f->aisha);
  g_autoptr(CaseloadCohortParticipant) twice = caseload_cohort_participant_new ();
  g_autoptr(CaseloadNetworkMember) sister = caseload_network_member_new ();
  g_autoptr(CaseloadNetworkMember) bens_friend = caseload_network_member_new ();
  g_autoptr(CaseloadCohort) read = NULL;
  g_autoptr(GError) error = NULL;
  CaseloadReinforcer *reinforcer;
  CaseloadCohortParticipant *listed;
  GPtrArray *team;

  g_assert_nonnull (caseload_cohort_participant_get_id (aisha));
  g_assert_cmpint (caseload_cohort_participant_get_version (aisha), ==, 1);
  g_assert_cmpstr (caseload_cohort_participant_get_person_name (aisha), ==, "Aisha Bello");

  /* Once only. */
  caseload_cohort_participant_set_cohort_id (twice, caseload_cohort_get_id (cohort));
  caseload_cohort_participant_set_person_id (twice, caseload_person_get_id (f->aisha));
  g_assert_false (caseload_store_save_cohort_participant (f->base.store, f->arrs, twice, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
  g_clear_error (&error);

  /* Her reinforcement team: her sister from her network and her care coordinator. */
  caseload_network_member_set_person_id (sister, caseload_person_get_id (f->aisha));
  caseload_network_member_set_name (sister, "Grace Bello");
  caseload_network_member_set_relationship (sister, CASELOAD_RELATIONSHIP_FAMILY);
  ASSERT_SAVED (caseload_store_add_network_member (f->base.store, f->base.gp, sister, &error));
  caseload_network_member_set_person_id (bens_friend, caseload_person_get_id (f->ben));
  caseload_network_member_set_name (bens_friend, "Lee Dunn");
  caseload_network_member_set_relationship (bens_friend, CASELOAD_RELATIONSHIP_FRIEND);
  ASSERT_SAVED (caseload_store_add_network_member (f->base.store, f->base.gp, bens_friend, &error));

  team = caseload_cohort_participant_get_reinforcers (aisha);
  reinforcer = caseload_reinforcer_new ();
  caseload_reinforcer_set_network_member_id (reinforcer, caseload_network_member_get_id (sister));
  caseload_reinforcer_set_name (reinforcer, "Grace Bello");
  caseload_reinforcer_set_role (reinforcer, "sister");
  g_ptr_array_add (team, reinforcer);
  reinforcer = caseload_reinforcer_new ();
  caseload_reinforcer_set_name (reinforcer, "Ngozi Eze");
  caseload_reinforcer_set_role (reinforcer, "care coordinator");
  caseload_reinforcer_set_professional (reinforcer, TRUE);
  g_ptr_array_add (team, reinforcer);
  ASSERT_SAVED (caseload_store_save_cohort_participant (f->base.store, f->arrs, aisha, &error));
  g_assert_cmpint (caseload_cohort_participant_get_version (aisha), ==, 2);

  /* Someone from another person's network is not hers. */
  reinforcer = caseload_reinforcer_new ();
  caseload_reinforcer_set_network_member_id (reinforcer, caseload_network_member_get_id (bens_friend));
  caseload_reinforcer_set_name (reinforcer, "Lee Dunn");
  g_ptr_array_add (team, reinforcer);
  g_assert_false (caseload_store_save_cohort_participant (f->base.store, f->arrs, aisha, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
  g_clear_error (&error);
  g_ptr_array_remove_index (team, 2);

  /* A reinforcer needs a name. */
  reinforcer = caseload_reinforcer_new ();
  g_ptr_array_add (team, reinforcer);
  g_assert_false (caseload_store_save_cohort_participant (f->base.store, f->arrs, aisha, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
  g_clear_error (&error);
  g_ptr_array_remove_index (team, 2);

  read = read_cohort (f, f->nurse, caseload_cohort_get_id (cohort));
  g_assert_cmpuint (caseload_cohort_get_participants (read)->len, ==, 1);
  listed = g_ptr_array_index (caseload_cohort_get_participants (read), 0);
  team = caseload_cohort_participant_get_reinforcers (listed);
  g_assert_cmpuint (team->len, ==, 2);
  reinforcer = g_ptr_array_index (team, 0);
  g_assert_cmpstr (caseload_reinforcer_get_name (reinforcer), ==, "Grace Bello");
  g_assert_cmpstr (caseload_reinforcer_get_network_member_id (reinforcer), ==, caseload_network_member_get_id (sister));
  g_assert_false (caseload_reinforcer_get_professional (reinforcer));
  reinforcer = g_ptr_array_index (team, 1);
  g_assert_cmpstr (caseload_reinforcer_get_role (reinforcer), ==, "care coordinator");
  g_assert_true (caseload_reinforcer_get_professional (reinforcer));

  /* She leaves; stale saves are refused. */
  caseload_cohort_participant_set_left_on (aisha, "2026-10-06");
  ASSERT_SAVED (caseload_store_save_cohort_participant (f->base.store, f->arrs, aisha, &error));
  caseload_cohort_participant_set_version (aisha, 1);
  g_assert_false (caseload_store_save_cohort_participant (f->base.store, f->arrs, aisha, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_CONFLICT);
  g_clear_error (&error);
  caseload_cohort_participant_set_version (aisha, 3);
  caseload_cohort_participant_set_left_on (aisha, "2026-08-01");
  g_assert_false (caseload_store_save_cohort_participant (f->base.store, f->arrs, aisha, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
  g_clear_error (&error);
  g_clear_object (&read);
  read = read_cohort (f, f->nurse, caseload_cohort_get_id (cohort));
  listed = g_ptr_array_index (caseload_cohort_get_participants (read), 0);
  g_assert_cmpstr (caseload_cohort_participant_get_left_on (listed), ==, "2026-10-06");
  g_assert_cmpint (caseload_cohort_get_n_participants (read), ==, 0);
}

static void
test_visibility (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(CaseloadCohort) cohort = add_cohort (f);
  g_autoptr(CaseloadCohortParticipant) aisha = add_participant (f, cohort, f->aisha);
  g_autoptr(CaseloadCohortParticipant) ben = add_participant (f, cohort, f->ben);
  g_autoptr(CaseloadCohortParticipant) by_mind = caseload_cohort_participant_new ();
  g_autoptr(CaseloadCohort) read = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GPtrArray) attendance = marks ();
  g_autoptr(CaseloadPathways) pathways = NULL;
  g_autoptr(GError) error = NULL;
  CaseloadCohortSession *first;

  read = read_cohort (f, f->nurse, caseload_cohort_get_id (cohort));
  first = session_number (read, 1);
  g_ptr_array_add (attendance, mark (aisha, CASELOAD_ATTENDANCE_ATTENDED, 2, 30));
  g_ptr_array_add (attendance, mark (ben, CASELOAD_ATTENDANCE_ATTENDED, 3, 50));
  ASSERT_SAVED (caseload_store_save_cohort_session (f->base.store, f->nurse, first, attendance, &error));

  /* Mind's worker, a facilitator, sees the group and only the people who agreed. */
  test_share (&f->base, f->aisha, f->base.mind, TRUE, FALSE);
  g_clear_object (&read);
  read = read_cohort (f, f->base.worker, caseload_cohort_get_id (cohort));
  g_assert_cmpint (caseload_cohort_get_n_participants (read), ==, 2);
  g_assert_cmpuint (caseload_cohort_get_participants (read)->len, ==, 1);
  g_assert_cmpstr (caseload_cohort_participant_get_person_id (g_ptr_array_index (caseload_cohort_get_participants (read), 0)),
                   ==, caseload_person_get_id (f->aisha));
  g_assert_cmpuint (caseload_cohort_get_attendance (read)->len, ==, 1);
  listed = caseload_store_list_cohorts (f->base.store, f->base.worker, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (caseload_cohort_get_n_participants (g_ptr_array_index (listed, 0)), ==, 2);

  /* They may see Aisha but not add to her record; Ben they may not see at all. */
  first = session_number (read, 1);
  g_ptr_array_set_size (attendance, 1);
  g_assert_false (caseload_store_save_cohort_session (f->base.store, f->base.worker, first, attendance, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION);
  g_clear_error (&error);
  caseload_cohort_participant_set_cohort_id (by_mind, caseload_cohort_get_id (cohort));
  caseload_cohort_participant_set_person_id (by_mind, caseload_person_get_id (f->ben));
  g_clear_object (&ben);
  g_assert_false (caseload_store_save_cohort_participant (f->base.store, f->base.worker, by_mind, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION);
  g_clear_error (&error);
  pathways = caseload_store_read_pathways (f->base.store, f->base.worker, caseload_person_get_id (f->ben), &error);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION);
  g_assert_null (pathways);
  g_clear_error (&error);

  /* With view and add, their marks replace only what they may write. */
  test_share (&f->base, f->aisha, f->base.mind, TRUE, TRUE);
  g_clear_object (&read);
  read = read_cohort (f, f->base.worker, caseload_cohort_get_id (cohort));
  first = session_number (read, 1);
  caseload_attendance_set_status (g_ptr_array_index (attendance, 0), CASELOAD_ATTENDANCE_APOLOGIES);
  ASSERT_SAVED (caseload_store_save_cohort_session (f->base.store, f->base.worker, first, attendance, &error));
  g_clear_object (&read);
  read = read_cohort (f, f->nurse, caseload_cohort_get_id (cohort));
  g_assert_cmpuint (caseload_cohort_get_attendance (read)->len, ==, 2);
}

static CaseloadOdEpisode *
add_episode (Fixture        *f,
             CaseloadPerson *person,
             const char     *contact_at)
{
  g_autoptr(GError) error = NULL;
  CaseloadOdEpisode *episode = caseload_od_episode_new ();

  caseload_od_episode_set_person_id (episode, caseload_person_get_id (person));
  caseload_od_episode_set_start_kind (episode, CASELOAD_OD_START_CRISIS_CONTACT);
  caseload_od_episode_set_contact_at (episode, contact_at);
  caseload_od_episode_set_responsible_id (episode, caseload_staff_get_id (f->nurse));
  g_ptr_array_add (caseload_od_episode_get_core_team (episode), g_object_ref (f->nurse));
  g_ptr_array_add (caseload_od_episode_get_core_team (episode), g_object_ref (f->arrs));
  ASSERT_SAVED (caseload_store_save_od_episode (f->base.store, f->nurse, episode, &error));
  return episode;
}

static CaseloadOdMeeting *
new_meeting (CaseloadOdEpisode *episode,
             const char        *held_at,
             CaseloadStaff     *first,
             CaseloadStaff     *second)
{
  CaseloadOdMeeting *meeting = caseload_od_meeting_new ();

  caseload_od_meeting_set_episode_id (meeting, caseload_od_episode_get_id (episode));
  caseload_od_meeting_set_held_at (meeting, held_at);
  caseload_od_meeting_set_place (meeting, CASELOAD_OD_PLACE_HOME);
  caseload_od_meeting_set_person_present (meeting, TRUE);
  caseload_od_meeting_set_decisions (meeting, "Daily meetings at home this week.");
  caseload_od_meeting_set_notes (meeting, "We heard how frightening the nights have been.");
  if (first != NULL)
    g_ptr_array_add (caseload_od_meeting_get_practitioners (meeting), g_object_ref (first));
  if (second != NULL)
    g_ptr_array_add (caseload_od_meeting_get_practitioners (meeting), g_object_ref (second));
  return meeting;
}

/* @iso and @expected name the same instant, however each is written. */
static void
assert_same_instant (const char *iso,
                     const char *expected)
{
  g_autoptr(GDateTime) time = NULL;
  g_autoptr(GDateTime) want = g_date_time_new_from_iso8601 (expected, NULL);

  g_assert_nonnull (iso);
  time = g_date_time_new_from_iso8601 (iso, NULL);
  g_assert_nonnull (time);
  g_assert_cmpint (g_date_time_to_unix (time), ==, g_date_time_to_unix (want));
}

static void
test_open_dialogue (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(CaseloadOdEpisode) episode = add_episode (f, f->aisha, "2026-11-21T22:30:00+00:00");
  g_autoptr(CaseloadOdMeeting) meeting = new_meeting (episode, "2026-11-22T09:00:00+00:00", f->nurse, f->base.gp);
  g_autoptr(CaseloadOdMeeting) later = new_meeting (episode, "2026-11-22T09:45:00+00:00", f->base.gp, NULL);
  g_autoptr(CaseloadOdMeeting) empty = new_meeting (episode, "2026-11-22T09:30:00+00:00", NULL, NULL);
  g_autoptr(CaseloadNetworkMember) mother = caseload_network_member_new ();
  g_autoptr(CaseloadNetworkMember) neighbour = caseload_network_member_new ();
  g_autoptr(CaseloadPathways) pathways = NULL;
  g_autoptr(GError) error = NULL;
  CaseloadOdEpisode *read;
  CaseloadOdMeeting *first;
  GPtrArray *members;

  g_assert_nonnull (caseload_od_episode_get_id (episode));
  g_assert_cmpint (caseload_od_episode_get_version (episode), ==, 1);
  g_assert_cmpstr (caseload_od_episode_get_responsible_name (episode), ==, "Ngozi Eze");
  g_assert_cmpstr (caseload_od_episode_get_recorded_by_name (episode), ==, "Ngozi Eze");
  g_assert_null (caseload_od_episode_get_first_meeting_at (episode));
  g_assert_cmpuint (caseload_od_episode_get_core_team (episode)->len, ==, 2);

  caseload_network_member_set_person_id (mother, caseload_person_get_id (f->aisha));
  caseload_network_member_set_name (mother, "Funmi Bello");
  caseload_network_member_set_relationship (mother, CASELOAD_RELATIONSHIP_FAMILY);
  ASSERT_SAVED (caseload_store_add_network_member (f->base.store, f->base.gp, mother, &error));
  caseload_network_member_set_name (neighbour, "Pat Green");
  caseload_network_member_set_relationship (neighbour, CASELOAD_RELATIONSHIP_FRIEND);
  g_ptr_array_add (caseload_od_meeting_get_members (meeting), g_object_ref (mother));
  g_ptr_array_add (caseload_od_meeting_get_members (meeting), g_object_ref (neighbour));
  ASSERT_SAVED (caseload_store_save_od_meeting (f->base.store, f->nurse, meeting, &error));
  g_assert_nonnull (caseload_od_meeting_get_id (meeting));
  g_assert_true (caseload_od_meeting_get_has_core_member (meeting));

  /* Nobody recorded there: refused, nothing saved. */
  caseload_od_meeting_set_person_present (empty, FALSE);
  g_assert_false (caseload_store_save_od_meeting (f->base.store, f->nurse, empty, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
  g_clear_error (&error);
  g_assert_null (caseload_od_meeting_get_id (empty));

  /* A meeting without the core team is flagged. */
  ASSERT_SAVED (caseload_store_save_od_meeting (f->base.store, f->base.gp, later, &error));
  g_assert_false (caseload_od_meeting_get_has_core_member (later));

  pathways = caseload_store_read_pathways (f->base.store, f->arrs, caseload_person_get_id (f->aisha), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pathways->od_episodes->len, ==, 1);
  read = g_ptr_array_index (pathways->od_episodes, 0);
  assert_same_instant (caseload_od_episode_get_first_meeting_at (read), "2026-11-22T09:00:00Z");
  g_assert_cmpuint (caseload_od_episode_get_meetings (read)->len, ==, 2);
  first = g_ptr_array_index (caseload_od_episode_get_meetings (read), 0);
  g_assert_cmpint (caseload_od_meeting_get_place (first), ==, CASELOAD_OD_PLACE_HOME);
  g_assert_true (caseload_od_meeting_get_has_core_member (first));
  g_assert_false (caseload_od_meeting_get_has_core_member (g_ptr_array_index (caseload_od_episode_get_meetings (read), 1)));
  g_assert_cmpuint (caseload_od_meeting_get_practitioners (first)->len, ==, 2);
  members = caseload_od_meeting_get_members (first);
  g_assert_cmpuint (members->len, ==, 2);
  g_assert_cmpstr (caseload_network_member_get_name (g_ptr_array_index (members, 0)), ==, "Funmi Bello");
  g_assert_cmpstr (caseload_network_member_get_id (g_ptr_array_index (members, 0)), ==,
                   caseload_network_member_get_id (mother));
  g_assert_cmpstr (caseload_network_member_get_name (g_ptr_array_index (members, 1)), ==, "Pat Green");
  g_assert_null (caseload_network_member_get_id (g_ptr_array_index (members, 1)));
  g_clear_pointer (&pathways, caseload_pathways_free);

  /* The typed neighbour is not added to the person's network. */
  {
    g_autoptr(CaseloadPersonDetail) detail = caseload_store_open_person (f->base.store, f->base.gp,
                                                                         caseload_person_get_id (f->aisha), &error);

    g_assert_no_error (error);
    g_assert_cmpuint (detail->network->len, ==, 1);
  }

  /* An earlier meeting moves the first meeting (by the instant: 09:15 an hour ahead of
   * UTC is before 09:00 UTC); a stale episode save is refused. */
  caseload_od_meeting_set_held_at (later, "2026-11-22T09:15:00+01:00");
  ASSERT_SAVED (caseload_store_save_od_meeting (f->base.store, f->base.gp, later, &error));
  g_assert_cmpint (caseload_od_meeting_get_version (later), ==, 2);
  caseload_od_episode_set_ended_on (episode, "2026-11-22");
  ASSERT_SAVED (caseload_store_save_od_episode (f->base.store, f->nurse, episode, &error));
  assert_same_instant (caseload_od_episode_get_first_meeting_at (episode), "2026-11-22T08:15:00Z");
  g_assert_cmpuint (caseload_od_episode_get_meetings (episode)->len, ==, 2);
  caseload_od_episode_set_version (episode, 1);
  g_assert_false (caseload_store_save_od_episode (f->base.store, f->nurse, episode, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_CONFLICT);
  g_clear_error (&error);

  /* A contact in the future is refused. */
  {
    g_autoptr(CaseloadOdEpisode) future = caseload_od_episode_new ();

    caseload_od_episode_set_person_id (future, caseload_person_get_id (f->ben));
    caseload_od_episode_set_start_kind (future, CASELOAD_OD_START_CRISIS_CONTACT);
    caseload_od_episode_set_contact_at (future, "2026-11-23T09:00:00+00:00");
    g_assert_false (caseload_store_save_od_episode (f->base.store, f->nurse, future, &error));
    g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
    g_clear_error (&error);
    g_assert_null (caseload_od_episode_get_id (future));

    /* Started from a referral that is not the person's: refused. */
    caseload_od_episode_set_contact_at (future, "2026-11-22T09:00:00+00:00");
    caseload_od_episode_set_start_kind (future, CASELOAD_OD_START_REFERRAL);
    caseload_od_episode_set_referral_id (future, "no-such-referral");
    g_assert_false (caseload_store_save_od_episode (f->base.store, f->nurse, future, &error));
    g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
    g_clear_error (&error);
    g_assert_null (caseload_od_episode_get_id (future));
  }
}

static void
test_pathways (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(CaseloadCohort) cohort = add_cohort (f);
  g_autoptr(CaseloadCohortParticipant) aisha = add_participant (f, cohort, f->aisha);
  g_autoptr(CaseloadOdEpisode) episode = add_episode (f, f->aisha, "2026-11-22T08:00:00+00:00");
  g_autoptr(CaseloadPathways) pathways = NULL;
  g_autoptr(CaseloadPathways) bens = NULL;
  g_autoptr(GError) error = NULL;
  CaseloadCohortParticipant *listed;

  pathways = caseload_store_read_pathways (f->base.store, f->nurse, caseload_person_get_id (f->aisha), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pathways->person_id, ==, caseload_person_get_id (f->aisha));
  g_assert_cmpuint (pathways->cohorts->len, ==, 1);
  listed = g_ptr_array_index (pathways->cohorts, 0);
  g_assert_cmpstr (caseload_cohort_participant_get_cohort_name (listed), ==, "Grays, autumn 2026");
  g_assert_cmpstr (caseload_cohort_participant_get_cohort_next_session_on (listed), ==, "2026-11-24");
  g_assert_cmpstr (caseload_cohort_participant_get_cohort_end_on (listed), ==, "2027-01-12");
  g_assert_cmpuint (pathways->od_episodes->len, ==, 1);
  g_assert_cmpuint (caseload_od_episode_get_core_team (g_ptr_array_index (pathways->od_episodes, 0))->len, ==, 2);
  g_assert_nonnull (pathways->ips_referrals);
  g_assert_nonnull (pathways->housing_referrals);
  g_assert_nonnull (pathways->accommodation);

  bens = caseload_store_read_pathways (f->base.store, f->nurse, caseload_person_get_id (f->ben), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (bens->cohorts->len, ==, 0);
  g_assert_cmpuint (bens->od_episodes->len, ==, 0);
}

/* The action and detail of every audit event of groups and Open Dialogue, a line each. */
static char *
audit_details (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = caseload_store_list_audit (f->base.store, f->manager, NULL, NULL, NULL, NULL, 0, 1000,
                                                           &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < events->len; i++)
    {
      CaseloadAuditEvent *event = g_ptr_array_index (events, i);
      const char *action = caseload_audit_event_get_action (event);

      if (strstr (action, "-stepps-") == NULL && strstr (action, "-od-") == NULL)
        continue;
      g_string_append_printf (text, "%s %s\n", caseload_audit_event_get_action (event),
                              caseload_audit_event_get_detail (event));
    }
  return g_string_free (text, FALSE);
}

static void
test_audited (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(CaseloadCohort) cohort = add_cohort (f);
  g_autoptr(CaseloadCohortParticipant) aisha = add_participant (f, cohort, f->aisha);
  g_autoptr(CaseloadCohort) read = read_cohort (f, f->nurse, caseload_cohort_get_id (cohort));
  g_autoptr(CaseloadOdEpisode) episode = add_episode (f, f->aisha, "2026-11-21T22:30:00+00:00");
  g_autoptr(CaseloadOdMeeting) meeting = new_meeting (episode, "2026-11-22T09:00:00+00:00", f->nurse, f->arrs);
  g_autoptr(CaseloadNetworkMember) neighbour = caseload_network_member_new ();
  g_autoptr(GPtrArray) attendance = marks ();
  g_autoptr(GError) error = NULL;
  g_autofree char *details = NULL;
  CaseloadCohortSession *first = session_number (read, 1);
  CaseloadReinforcer *reinforcer = caseload_reinforcer_new ();

  caseload_reinforcer_set_name (reinforcer, "Grace Bello");
  g_ptr_array_add (caseload_cohort_participant_get_reinforcers (aisha), reinforcer);
  ASSERT_SAVED (caseload_store_save_cohort_participant (f->base.store, f->arrs, aisha, &error));
  caseload_cohort_session_set_notes (first, "Awareness: the group named what Sundays are like.");
  g_ptr_array_add (attendance, mark (aisha, CASELOAD_ATTENDANCE_ATTENDED, 2, 30));
  ASSERT_SAVED (caseload_store_save_cohort_session (f->base.store, f->nurse, first, attendance, &error));
  caseload_network_member_set_name (neighbour, "Pat Green");
  caseload_network_member_set_relationship (neighbour, CASELOAD_RELATIONSHIP_FRIEND);
  g_ptr_array_add (caseload_od_meeting_get_members (meeting), g_object_ref (neighbour));
  ASSERT_SAVED (caseload_store_save_od_meeting (f->base.store, f->nurse, meeting, &error));

  details = audit_details (f);
  /* Both stores name the records alike (the shared site's triggers also name each row
   * of their facilitators, teams and members). */
  g_assert_nonnull (strstr (details, "add-stepps-cohort "));
  g_assert_nonnull (strstr (details, "add-stepps-participant "));
  g_assert_nonnull (strstr (details, "add-stepps-attendance "));
  g_assert_nonnull (strstr (details, "add-od-episode "));
  g_assert_nonnull (strstr (details, "add-od-meeting "));
  g_assert_null (strstr (details, "Aisha"));
  g_assert_null (strstr (details, "Bello"));
  g_assert_null (strstr (details, "Pat Green"));
  g_assert_null (strstr (details, "Sundays"));
  g_assert_null (strstr (details, "frightening"));
  g_assert_null (strstr (details, "Daily meetings"));

  ASSERT_SAVED (caseload_store_verify_audit (f->base.store, NULL, &error));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  test_init_backend ();

  TEST ("/groups/calendar", test_calendar);
  TEST ("/groups/facilitators", test_facilitators);
  TEST ("/groups/redate", test_redate);
  TEST ("/groups/attendance", test_attendance);
  TEST ("/groups/participants", test_participants);
  TEST ("/groups/visibility", test_visibility);
  TEST ("/groups/open-dialogue", test_open_dialogue);
  TEST ("/groups/pathways", test_pathways);
  TEST ("/groups/audited", test_audited);

  return g_test_run ();
}
