/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "test-util.h"

void
test_remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  if (handle == NULL)
    return;
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (dir);
}

static gboolean
timed_out_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

void
test_store_setup (TestStore     *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 22, 10, 0, 0);

  fixture->dir = g_dir_make_tmp ("caseload-test-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "caseload.db", NULL);
  fixture->clock = caseload_clock_new_fixed (now);
  fixture->store = caseload_store_sqlite_new (fixture->path, fixture->clock, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->store);

  fixture->practice = caseload_organisation_new ();
  caseload_organisation_set_name (fixture->practice, "Grays Hall Surgery");
  caseload_organisation_set_kind (fixture->practice, CASELOAD_ORGANISATION_GP_PRACTICE);
  caseload_organisation_set_pcn (fixture->practice, "Grays");
  g_assert_true (caseload_store_save_organisation (fixture->store, fixture->practice, &error));
  g_assert_no_error (error);

  fixture->mind = caseload_organisation_new ();
  caseload_organisation_set_name (fixture->mind, "Thurrock & Brentwood Mind");
  caseload_organisation_set_kind (fixture->mind, CASELOAD_ORGANISATION_VCSE);
  g_assert_true (caseload_store_save_organisation (fixture->store, fixture->mind, &error));
  g_assert_no_error (error);

  fixture->gp = caseload_staff_new ();
  caseload_staff_set_display_name (fixture->gp, "Dr Amara Okonkwo");
  caseload_staff_set_role (fixture->gp, "GP");
  caseload_staff_set_access_role (fixture->gp, CASELOAD_ROLE_PRIMARY_CARE_CLINICIAN);
  caseload_staff_set_username (fixture->gp, "amara.okonkwo");
  caseload_staff_set_organisation_id (fixture->gp, caseload_organisation_get_id (fixture->practice));
  g_assert_true (caseload_store_save_staff (fixture->store, NULL, fixture->gp, &error));
  g_assert_no_error (error);

  fixture->worker = caseload_staff_new ();
  caseload_staff_set_display_name (fixture->worker, "Jordan Reeves");
  caseload_staff_set_role (fixture->worker, "Peer support worker");
  caseload_staff_set_access_role (fixture->worker, CASELOAD_ROLE_PEER_SUPPORT_WORKER);
  caseload_staff_set_username (fixture->worker, "jordan.reeves");
  caseload_staff_set_organisation_id (fixture->worker, caseload_organisation_get_id (fixture->mind));
  g_assert_true (caseload_store_save_staff (fixture->store, NULL, fixture->worker, &error));
  g_assert_no_error (error);
}

void
test_store_teardown (TestStore     *fixture,
                     gconstpointer  data)
{
  g_clear_object (&fixture->gp);
  g_clear_object (&fixture->worker);
  g_clear_object (&fixture->practice);
  g_clear_object (&fixture->mind);

  /* Reads still in flight hold the store until their tasks are done; a worker thread
   * may drop the last reference, so poll rather than block on the main loop. */
  {
    gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

    g_object_add_weak_pointer (G_OBJECT (fixture->store), (gpointer *) &fixture->store);
    g_object_unref (fixture->store);
    while (g_atomic_pointer_get (&fixture->store) != NULL && g_get_monotonic_time () < deadline)
      {
        g_main_context_iteration (NULL, FALSE);
        g_usleep (1000);
      }
    g_assert_null (fixture->store);
  }
  g_clear_object (&fixture->clock);
  test_remove_dir (fixture->dir);
  g_clear_pointer (&fixture->path, g_free);
  g_clear_pointer (&fixture->dir, g_free);
}

CaseloadPerson *
test_person_new (const char *given,
                 const char *family,
                 const char *nhs_number)
{
  CaseloadPerson *person = caseload_person_new ();

  caseload_person_set_given_name (person, given);
  caseload_person_set_family_name (person, family);
  caseload_person_set_nhs_number (person, nhs_number);
  caseload_person_set_date_of_birth (person, "1984-03-12");
  caseload_person_set_postcode (person, "RM17 6SL");
  return person;
}

CaseloadPerson *
test_add_person (TestStore  *fixture,
                 const char *given,
                 const char *family,
                 const char *nhs_number)
{
  g_autoptr(GError) error = NULL;
  CaseloadPerson *person = test_person_new (given, family, nhs_number);

  g_assert_true (caseload_store_create_person (fixture->store, fixture->gp, person, &error));
  g_assert_no_error (error);
  return person;
}

void
test_share (TestStore            *fixture,
            CaseloadPerson       *person,
            CaseloadOrganisation *organisation,
            gboolean              may_view,
            gboolean              may_add)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadConsent) consent = caseload_consent_new ();

  caseload_consent_set_person_id (consent, caseload_person_get_id (person));
  caseload_consent_set_organisation_id (consent, caseload_organisation_get_id (organisation));
  caseload_consent_set_may_view (consent, may_view);
  caseload_consent_set_may_add (consent, may_add);
  caseload_consent_set_method (consent, CASELOAD_CONSENT_METHOD_VERBAL);
  caseload_consent_set_decided_on (consent, "2026-11-01");
  g_assert_true (caseload_store_record_consent (fixture->store, fixture->gp, consent, &error));
  g_assert_no_error (error);
}

CaseloadTimelineEntry *
test_add_entry (TestStore           *fixture,
                CaseloadStaff       *author,
                CaseloadPerson      *person,
                const char          *occurred_at,
                const char          *text,
                CaseloadSensitivity  sensitivity)
{
  g_autoptr(GError) error = NULL;
  CaseloadTimelineEntry *entry = caseload_timeline_entry_new ();

  caseload_timeline_entry_set_person_id (entry, caseload_person_get_id (person));
  caseload_timeline_entry_set_kind (entry, CASELOAD_ENTRY_PHONE_CALL);
  caseload_timeline_entry_set_occurred_at (entry, occurred_at);
  caseload_timeline_entry_set_text (entry, text);
  caseload_timeline_entry_set_sensitivity (entry, sensitivity);
  g_assert_true (caseload_store_add_timeline_entry (fixture->store, author, entry, &error));
  g_assert_no_error (error);
  return entry;
}

void
test_wait_for (gboolean *flag,
               guint     timeout_ms)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (timeout_ms, timed_out_cb, &timed_out);

  while (!*flag && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (!timed_out)
    g_source_remove (id);
  g_assert_false (timed_out);
}
