/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Sign-in, consent, relationships, break glass and the audit trail, through the store. */
#include "config.h"


#include "caseload-store-postgresql.h"
#include "test-util.h"

#define PASSWORD "correct horse battery"

static CaseloadStaff *
add_staff (TestStore            *fixture,
           CaseloadOrganisation *organisation,
           const char           *username,
           CaseloadAccessRole    role)
{
  g_autoptr(GError) error = NULL;
  CaseloadStaff *staff = caseload_staff_new ();

  caseload_staff_set_display_name (staff, username);
  caseload_staff_set_role (staff, "Staff");
  caseload_staff_set_access_role (staff, role);
  caseload_staff_set_username (staff, username);
  caseload_staff_set_organisation_id (staff, caseload_organisation_get_id (organisation));
  g_assert_true (caseload_store_save_staff (fixture->store, NULL, staff, &error));
  g_assert_no_error (error);
  return staff;
}

static CaseloadOrganisation *
add_organisation (TestStore                *fixture,
                  const char               *name,
                  CaseloadOrganisationKind  kind)
{
  g_autoptr(GError) error = NULL;
  CaseloadOrganisation *organisation = caseload_organisation_new ();

  caseload_organisation_set_name (organisation, name);
  caseload_organisation_set_kind (organisation, kind);
  g_assert_true (caseload_store_save_organisation (fixture->store, organisation, &error));
  g_assert_no_error (error);
  return organisation;
}

static void
advance_clock (TestStore *fixture,
               int        minutes)
{
  g_autoptr(GDateTime) now = caseload_clock_now (fixture->clock);
  g_autoptr(GDateTime) later = g_date_time_add_minutes (now, minutes);

  caseload_clock_set_fixed (fixture->clock, later);
}

static guint
count_for (TestStore     *fixture,
           CaseloadStaff *actor,
           const char    *search)
{
  g_autoptr(GError) error = NULL;
  guint n = G_MAXUINT;

  g_assert_true (caseload_store_count_people (fixture->store, actor, search, &n, &error));
  g_assert_no_error (error);
  return n;
}

static void
test_sign_in (TestStore     *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStaff) signed_in = NULL;
  g_autoptr(CaseloadStaff) again = NULL;
  CaseloadStaff *refused;

  g_assert_true (caseload_store_set_password (fixture->store, NULL, caseload_staff_get_id (fixture->gp),
                                              PASSWORD, TRUE, &error));
  g_assert_no_error (error);

  /* Usernames are not case-sensitive; a password set by an administrator must be changed. */
  signed_in = caseload_store_sign_in (fixture->store, "Amara.Okonkwo", PASSWORD, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (caseload_staff_get_id (signed_in), ==, caseload_staff_get_id (fixture->gp));
  g_assert_true (caseload_staff_get_must_change_password (signed_in));
  g_assert_cmpint (caseload_staff_get_access_role (signed_in), ==, CASELOAD_ROLE_PRIMARY_CARE_CLINICIAN);

  /* The new password follows the rules and must differ. */
  g_assert_false (caseload_store_change_password (fixture->store, signed_in, PASSWORD, "short", &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
  g_clear_error (&error);
  g_assert_false (caseload_store_change_password (fixture->store, signed_in, "wrong old password", "a much better one", &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
  g_clear_error (&error);
  g_assert_true (caseload_store_change_password (fixture->store, signed_in, PASSWORD, "a much better one", &error));
  g_assert_no_error (error);
  g_assert_false (caseload_staff_get_must_change_password (signed_in));

  again = caseload_store_sign_in (fixture->store, "amara.okonkwo", "a much better one", &error);
  g_assert_no_error (error);
  g_assert_false (caseload_staff_get_must_change_password (again));

  /* An unknown user and a wrong password read the same. */
  refused = caseload_store_sign_in (fixture->store, "nobody.here", "a much better one", &error);
  g_assert_null (refused);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_SIGN_IN);
  {
    g_autofree char *unknown = g_strdup (error->message);

    g_clear_error (&error);
    g_assert_null (caseload_store_sign_in (fixture->store, "amara.okonkwo", PASSWORD, &error));
    g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_SIGN_IN);
    g_assert_cmpstr (error->message, ==, unknown);
    g_clear_error (&error);
  }
}

static void
test_lockout (TestStore     *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStaff) back = NULL;

  g_assert_true (caseload_store_set_password (fixture->store, NULL, caseload_staff_get_id (fixture->worker),
                                              PASSWORD, FALSE, &error));

  for (guint i = 1; i < CASELOAD_MAX_FAILED_SIGN_INS; i++)
    {
      g_assert_null (caseload_store_sign_in (fixture->store, "jordan.reeves", "not the password", &error));
      g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_SIGN_IN);
      g_clear_error (&error);
    }

  /* The fifth failure locks the account and says until when (10:15 on the fixed clock). */
  g_assert_null (caseload_store_sign_in (fixture->store, "jordan.reeves", "not the password", &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_ACCOUNT_LOCKED);
  g_assert_nonnull (strstr (error->message, "10:15"));
  g_clear_error (&error);

  /* Even the right password is refused while locked. */
  advance_clock (fixture, 14);
  g_assert_null (caseload_store_sign_in (fixture->store, "jordan.reeves", PASSWORD, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_ACCOUNT_LOCKED);
  g_clear_error (&error);

  advance_clock (fixture, 2);
  back = caseload_store_sign_in (fixture->store, "jordan.reeves", PASSWORD, &error);
  g_assert_no_error (error);
  g_assert_nonnull (back);
}

static void
test_deactivated (TestStore     *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadPerson) person = test_add_person (fixture, "Ola", "Nowak", NULL);
  g_autoptr(CaseloadTimelineEntry) entry = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(CaseloadStaff) admin = add_staff (fixture, fixture->practice, "practice.admin", CASELOAD_ROLE_ADMINISTRATOR);

  g_assert_true (caseload_store_set_password (fixture->store, NULL, caseload_staff_get_id (fixture->gp),
                                              PASSWORD, FALSE, &error));
  entry = test_add_entry (fixture, fixture->gp, person, "2026-11-20T09:00:00Z", "Checked in.",
                          CASELOAD_SENSITIVITY_STANDARD);
  test_share (fixture, person, fixture->mind, TRUE, FALSE);

  /* Only an administrator deactivates; others are refused. */
  g_assert_false (caseload_store_set_staff_active (fixture->store, fixture->worker,
                                                   caseload_staff_get_id (fixture->gp), FALSE, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_true (caseload_store_set_staff_active (fixture->store, admin, caseload_staff_get_id (fixture->gp),
                                                  FALSE, &error));
  g_assert_no_error (error);

  g_assert_null (caseload_store_sign_in (fixture->store, "amara.okonkwo", PASSWORD, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_ACCOUNT_DEACTIVATED);
  g_clear_error (&error);

  /* Their past entries keep their name. */
  entries = caseload_store_list_timeline_entries (fixture->store, fixture->worker, caseload_person_get_id (person),
                                                  0, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (caseload_timeline_entry_get_author_name (g_ptr_array_index (entries, 0)), ==, "Dr Amara Okonkwo");
}

static void
test_consent (TestStore     *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadPerson) person = test_add_person (fixture, "Alexandra", "Morgan", NULL);
  g_autoptr(CaseloadPersonDetail) detail = NULL;
  g_autoptr(GPtrArray) decisions = NULL;
  g_autoptr(CaseloadTimelineEntry) entry = caseload_timeline_entry_new ();
  g_autoptr(CaseloadConsent) future = caseload_consent_new ();
  CaseloadAccess access;
  g_autofree char *why = NULL;

  caseload_person_set_preferred_name (person, "Alex");
  g_assert_true (caseload_store_update_person (fixture->store, fixture->gp, person, &error));
  g_assert_cmpuint (count_for (fixture, fixture->worker, NULL), ==, 0);
  g_assert_cmpuint (count_for (fixture, fixture->worker, "morgan"), ==, 0);

  /* Consent to view takes effect at once, everywhere; adding still needs more. */
  test_share (fixture, person, fixture->mind, TRUE, FALSE);
  g_assert_cmpuint (count_for (fixture, fixture->worker, NULL), ==, 1);
  g_assert_cmpuint (count_for (fixture, fixture->worker, "morgan"), ==, 1);
  detail = caseload_store_open_person (fixture->store, fixture->worker, caseload_person_get_id (person), &error);
  g_assert_no_error (error);

  caseload_timeline_entry_set_person_id (entry, caseload_person_get_id (person));
  caseload_timeline_entry_set_occurred_at (entry, "2026-11-22T09:00:00Z");
  caseload_timeline_entry_set_text (entry, "Met at the crisis sanctuary.");
  g_assert_false (caseload_store_add_timeline_entry (fixture->store, fixture->worker, entry, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION);
  g_assert_nonnull (strstr (error->message, "viewing only"));
  g_clear_error (&error);

  test_share (fixture, person, fixture->mind, TRUE, TRUE);
  g_assert_true (caseload_store_add_timeline_entry (fixture->store, fixture->worker, entry, &error));
  g_assert_no_error (error);

  /* Declining is respected at once, and explained in the person's own name. */
  test_share (fixture, person, fixture->mind, FALSE, FALSE);
  g_assert_cmpuint (count_for (fixture, fixture->worker, NULL), ==, 0);
  g_assert_true (caseload_store_check_access (fixture->store, fixture->worker, caseload_person_get_id (person),
                                              &access, &why, &error));
  g_assert_false (access.may_view);
  g_assert_cmpint (access.basis, ==, CASELOAD_ACCESS_BASIS_DECLINED);
  g_assert_cmpstr (why, ==, "Thurrock & Brentwood Mind cannot see this record: Alex declined sharing on 1 November 2026.");

  /* The history keeps every decision; the summary the newest per organisation. */
  decisions = caseload_store_list_consent (fixture->store, fixture->gp, caseload_person_get_id (person), TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (decisions->len, ==, 3);
  g_clear_pointer (&decisions, g_ptr_array_unref);
  decisions = caseload_store_list_consent (fixture->store, fixture->gp, caseload_person_get_id (person), FALSE, &error);
  g_assert_cmpuint (decisions->len, ==, 1);
  g_assert_false (caseload_consent_get_may_view (g_ptr_array_index (decisions, 0)));
  g_assert_cmpstr (caseload_consent_get_recorded_by_name (g_ptr_array_index (decisions, 0)), ==, "Dr Amara Okonkwo");

  /* Bad decisions are refused with a reason, and Mind cannot grant itself access. */
  caseload_consent_set_person_id (future, caseload_person_get_id (person));
  caseload_consent_set_organisation_id (future, caseload_organisation_get_id (fixture->mind));
  caseload_consent_set_may_view (future, TRUE);
  caseload_consent_set_decided_on (future, "2026-12-25");
  g_assert_false (caseload_store_record_consent (fixture->store, fixture->gp, future, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
  g_clear_error (&error);
  caseload_consent_set_decided_on (future, "2026-11-20");
  g_assert_false (caseload_store_record_consent (fixture->store, fixture->worker, future, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION);
}

static void
test_relationships (TestStore     *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadOrganisation) eput = add_organisation (fixture, "EPUT Community Mental Health", CASELOAD_ORGANISATION_MENTAL_HEALTH_TRUST);
  g_autoptr(CaseloadStaff) nurse = add_staff (fixture, eput, "sam.ade", CASELOAD_ROLE_MENTAL_HEALTH_PRACTITIONER);
  g_autoptr(CaseloadStaff) admin = add_staff (fixture, eput, "eput.admin", CASELOAD_ROLE_ADMINISTRATOR);
  g_autoptr(CaseloadPerson) person = test_add_person (fixture, "Tom", "Brown", NULL);
  g_autoptr(GPtrArray) none = NULL;
  CaseloadAccess access;

  /* No relationship: EPUT cannot see; an allocation brings them into direct care. */
  g_assert_cmpuint (count_for (fixture, nurse, NULL), ==, 0);
  g_assert_true (caseload_store_add_care_relationship (fixture->store, fixture->gp, caseload_person_get_id (person),
                                                       caseload_organisation_get_id (eput), "allocation", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_for (fixture, nurse, NULL), ==, 1);
  g_assert_true (caseload_store_check_access (fixture->store, nurse, caseload_person_get_id (person), &access, NULL, &error));
  g_assert_true (access.may_add);
  g_assert_cmpint (access.basis, ==, CASELOAD_ACCESS_BASIS_DIRECT_CARE);

  /* A decline is respected even where there is an allocation. */
  {
    g_autoptr(CaseloadConsent) decline = caseload_consent_new ();

    caseload_consent_set_person_id (decline, caseload_person_get_id (person));
    caseload_consent_set_organisation_id (decline, caseload_organisation_get_id (eput));
    caseload_consent_set_method (decline, CASELOAD_CONSENT_METHOD_WRITTEN);
    caseload_consent_set_decided_on (decline, "21/11/2026");
    g_assert_true (caseload_store_record_consent (fixture->store, fixture->gp, decline, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpuint (count_for (fixture, nurse, NULL), ==, 0);
  g_assert_null (caseload_store_open_person (fixture->store, nurse, caseload_person_get_id (person), &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION);
  g_clear_error (&error);

  /* Administrators see no records at all, and cannot add people. */
  g_assert_cmpuint (count_for (fixture, admin, NULL), ==, 0);
  none = caseload_store_list_people (fixture->store, admin, NULL, 0, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (none->len, ==, 0);
  {
    g_autoptr(CaseloadPerson) new_person = test_person_new ("Ana", "Pop", NULL);

    g_assert_false (caseload_store_create_person (fixture->store, admin, new_person, &error));
    g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION);
    g_clear_error (&error);
  }

  /* A voluntary-sector worker cannot add people either; consent brings them in. */
  {
    g_autoptr(CaseloadPerson) new_person = test_person_new ("Ana", "Pop", NULL);

    g_assert_false (caseload_store_create_person (fixture->store, fixture->worker, new_person, &error));
    g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION);
  }
}

static void
test_break_glass (TestStore     *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadPerson) person = test_add_person (fixture, "Ola", "Nowak", "9990000026");
  g_autoptr(CaseloadStaff) manager = add_staff (fixture, fixture->practice, "team.manager", CASELOAD_ROLE_TEAM_MANAGER);
  g_autoptr(CaseloadBreakGlass) access = NULL;
  g_autoptr(CaseloadPersonDetail) detail = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GPtrArray) pending = NULL;
  g_autoptr(GPtrArray) reviewed = NULL;

  /* A full NHS number finds the person for emergency access, marked restricted. */
  g_assert_cmpuint (count_for (fixture, fixture->worker, "999 000 0026"), ==, 1);
  g_assert_cmpuint (count_for (fixture, fixture->worker, "999 000"), ==, 0);
  found = caseload_store_list_people (fixture->store, fixture->worker, "9990000026", 0, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpstr (caseload_person_get_match_field (g_ptr_array_index (found, 0)), ==, "restricted");
  g_assert_null (caseload_person_get_address (g_ptr_array_index (found, 0)));

  /* A reason is needed, in words. */
  g_assert_null (caseload_store_break_glass (fixture->store, fixture->worker, caseload_person_get_id (person), "urgent", &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
  g_clear_error (&error);

  access = caseload_store_break_glass (fixture->store, fixture->worker, caseload_person_get_id (person),
                                       "Ola arrived at the crisis sanctuary and is very distressed.", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (caseload_break_glass_get_expires_at (access), ==, "2026-11-22T14:00:00Z");
  detail = caseload_store_open_person (fixture->store, fixture->worker, caseload_person_get_id (person), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_for (fixture, fixture->worker, NULL), ==, 1);

  /* It is for managers to review; others may not list it. */
  g_assert_null (caseload_store_list_break_glass (fixture->store, fixture->worker, TRUE, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION);
  g_clear_error (&error);
  pending = caseload_store_list_break_glass (fixture->store, manager, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pending->len, ==, 1);
  g_assert_cmpstr (caseload_break_glass_get_person_name (g_ptr_array_index (pending, 0)), ==, "Ola Nowak");
  /* A manager's own emergency access is for another manager to review. */
  {
    g_autoptr(CaseloadBreakGlass) own = caseload_store_break_glass (fixture->store, manager, caseload_person_get_id (person),
                                                                   "Covering the duty line: the GP asked for a call back.", &error);

    g_assert_no_error (error);
    g_assert_false (caseload_store_review_break_glass (fixture->store, manager, caseload_break_glass_get_id (own), &error));
    g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION);
    g_clear_error (&error);
  }
  g_assert_true (caseload_store_review_break_glass (fixture->store, manager, caseload_break_glass_get_id (access), &error));
  g_assert_no_error (error);
  reviewed = caseload_store_list_break_glass (fixture->store, manager, TRUE, &error);
  g_assert_cmpuint (reviewed->len, ==, 1);

  /* Four hours later the access has ended. */
  advance_clock (fixture, CASELOAD_BREAK_GLASS_HOURS * 60 + 1);
  g_assert_null (caseload_store_open_person (fixture->store, fixture->worker, caseload_person_get_id (person), &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION);
  g_assert_cmpuint (count_for (fixture, fixture->worker, NULL), ==, 0);
}

static void
test_who_has_seen (TestStore     *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadPerson) person = test_add_person (fixture, "Ola", "Nowak", NULL);
  g_autoptr(CaseloadPerson) other = test_add_person (fixture, "Ama", "Mensah", NULL);
  g_autoptr(CaseloadStaff) manager = add_staff (fixture, fixture->practice, "team.manager", CASELOAD_ROLE_TEAM_MANAGER);
  g_autoptr(CaseloadPersonDetail) detail = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) by_worker = NULL;
  gboolean viewed = FALSE, searched = FALSE;

  test_share (fixture, person, fixture->mind, TRUE, FALSE);
  detail = caseload_store_open_person (fixture->store, fixture->gp, caseload_person_get_id (person), &error);
  found = caseload_store_list_people (fixture->store, fixture->worker, "nowak", 0, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);

  /* Only managers read the trail. */
  g_assert_null (caseload_store_list_audit (fixture->store, fixture->gp, NULL, NULL, NULL, NULL, 0, 10, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION);
  g_clear_error (&error);

  events = caseload_store_list_audit (fixture->store, manager, NULL, caseload_person_get_id (person),
                                      NULL, NULL, 0, 100, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < events->len; i++)
    {
      CaseloadAuditEvent *event = g_ptr_array_index (events, i);

      if (g_str_equal (caseload_audit_event_get_action (event), "view-record") &&
          g_strcmp0 (caseload_audit_event_get_staff_name (event), "Dr Amara Okonkwo") == 0)
        viewed = TRUE;
      if (g_str_equal (caseload_audit_event_get_action (event), "search") &&
          g_strcmp0 (caseload_audit_event_get_staff_name (event), "Jordan Reeves") == 0)
        searched = TRUE;
      /* Nothing about the other person. */
      g_assert_cmpstr (caseload_audit_event_get_person_id (event), !=, caseload_person_get_id (other));
    }
  g_assert_true (viewed);
  g_assert_true (searched);

  /* By staff member and by day. */
  by_worker = caseload_store_list_audit (fixture->store, manager, caseload_staff_get_id (fixture->worker), NULL,
                                         "22/11/2026", "22/11/2026", 0, 100, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (by_worker->len, >=, 1);
  for (guint i = 0; i < by_worker->len; i++)
    g_assert_cmpstr (caseload_audit_event_get_staff_id (g_ptr_array_index (by_worker, i)), ==,
                     caseload_staff_get_id (fixture->worker));
  g_clear_pointer (&by_worker, g_ptr_array_unref);
  by_worker = caseload_store_list_audit (fixture->store, manager, caseload_staff_get_id (fixture->worker), NULL,
                                         "21/11/2026", "21/11/2026", 0, 100, &error);
  g_assert_cmpuint (by_worker->len, ==, 0);
}

static void
tamper (TestStore  *fixture,
        const char *sql)
{
  /* Someone with the file and a SQLite tool, or the server's superuser: the triggers do
   * not stop them. */
  if (test_backend_is_postgresql ())
    {
      g_autofree char *all = g_strconcat ("ALTER TABLE audit_event DISABLE TRIGGER ALL; ", sql, NULL);

      test_raw_exec (fixture, all);
    }
  else
    {
      test_raw_exec (fixture, "DROP TRIGGER IF EXISTS audit_event_no_update; DROP TRIGGER IF EXISTS audit_event_no_delete;");
      test_raw_exec (fixture, sql);
    }
}

static void
make_events (TestStore *fixture)
{
  g_autoptr(CaseloadPerson) person = test_add_person (fixture, "Ola", "Nowak", NULL);

  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(CaseloadPersonDetail) detail =
        caseload_store_open_person (fixture->store, fixture->gp, caseload_person_get_id (person), NULL);

      g_assert_nonnull (detail);
    }
}

static void
assert_broken (TestStore  *fixture,
               const char *expected)
{
  g_autoptr(GError) error = NULL;
  gint64 checked = 0;

  g_assert_false (caseload_store_verify_audit (fixture->store, &checked, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_AUDIT_BROKEN);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, expected));
}

static void
test_audit_intact (TestStore     *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 checked = 0;

  make_events (fixture);
  g_assert_true (caseload_store_verify_audit (fixture->store, &checked, &error));
  g_assert_no_error (error);
  /* Staff, organisations, the person, four views. */
  g_assert_cmpint (checked, >=, 5);

  /* Through SQL, without dropping the guards, events cannot be changed or removed (on
   * PostgreSQL not even by a superuser). */
  g_assert_false (test_raw_try (fixture, "UPDATE audit_event SET action = 'x' WHERE seq = 1"));
  g_assert_false (test_raw_try (fixture, "DELETE FROM audit_event WHERE seq = 1"));
  g_assert_true (caseload_store_verify_audit (fixture->store, &checked, &error));
  g_assert_no_error (error);
}

static void
test_audit_edited (TestStore     *fixture,
                   gconstpointer  data)
{
  make_events (fixture);
  tamper (fixture, "UPDATE audit_event SET staff_id = NULL WHERE seq = 3");
  assert_broken (fixture, "event 3: it was changed");
}

static void
test_audit_deleted (TestStore     *fixture,
                    gconstpointer  data)
{
  make_events (fixture);
  tamper (fixture, "DELETE FROM audit_event WHERE seq = 3");
  assert_broken (fixture, "event 3 is missing");
}

static void
test_audit_swapped (TestStore     *fixture,
                    gconstpointer  data)
{
  make_events (fixture);
  tamper (fixture,
          "UPDATE audit_event SET seq = -2 WHERE seq = 2; UPDATE audit_event SET seq = 2 WHERE seq = 3; "
          "UPDATE audit_event SET seq = 3 WHERE seq = -2;");
  assert_broken (fixture, "event 2");
}

static void
test_audit_truncated (TestStore     *fixture,
                      gconstpointer  data)
{
  make_events (fixture);
  tamper (fixture, "DELETE FROM audit_event WHERE seq > (SELECT max (seq) - 2 FROM audit_event)");
  assert_broken (fixture, "the newest events were removed");
}

/* A desk on the shared site: it connects only at sign-in, as the staff member's own
 * role; refused passwords are counted through the gate; it acts only as who signed in;
 * a new password is a SCRAM verifier the server keeps, and the desk keeps working. */
static void
test_desk (TestStore     *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStore) desk = NULL;
  g_autoptr(CaseloadStore) other_desk = NULL;
  g_autoptr(CaseloadStore) nowhere = NULL;
  g_autoptr(CaseloadStaff) worker = NULL;
  g_autoptr(CaseloadStaff) again = NULL;
  g_autoptr(CaseloadPerson) person = test_add_person (fixture, "Ola", "Nowak", NULL);
  PGresult *result = NULL;
  g_autoptr(GPtrArray) found = NULL;
  PGconn *raw;
  CaseloadAccess access;

  g_assert_true (caseload_store_set_password (fixture->store, NULL, caseload_staff_get_id (fixture->worker),
                                              PASSWORD, FALSE, &error));
  g_assert_no_error (error);
  test_share (fixture, person, fixture->mind, TRUE, FALSE);

  desk = caseload_store_postgresql_new (fixture->uri, fixture->clock, &error);
  g_assert_no_error (error);

  /* A wrong password is refused by the server and counted through the gate. */
  g_assert_null (caseload_store_sign_in (desk, "jordan.reeves", "not the password", &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_SIGN_IN);
  g_clear_error (&error);
  raw = test_pg_connect (fixture->uri, NULL, NULL);
  result = PQexec (raw, "SELECT failed_sign_ins FROM caseload.staff WHERE username = 'jordan.reeves'");
  g_assert_cmpstr (PQgetvalue (result, 0, 0), ==, "1");
  g_clear_pointer (&result, PQclear);
  /* Nobody is signed in: the desk acts for no one. */
  g_assert_false (caseload_store_check_access (desk, fixture->worker, caseload_person_get_id (person),
                                               &access, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  worker = caseload_store_sign_in (desk, "Jordan.Reeves", PASSWORD, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (caseload_staff_get_id (worker), ==, caseload_staff_get_id (fixture->worker));
  g_assert_cmpstr (caseload_staff_get_organisation_name (worker), ==, "Thurrock & Brentwood Mind");
  found = caseload_store_list_people (desk, worker, NULL, 0, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_true (caseload_store_check_access (desk, worker, caseload_person_get_id (person), &access, NULL, &error));
  g_assert_true (access.may_view);
  g_assert_false (access.may_add);
  /* Colleagues are listed (names, roles, organisations), as the staff and audit windows
   * need, whatever the desk's role. */
  {
    g_autoptr(GPtrArray) staff = caseload_store_list_staff (desk, &error);

    g_assert_no_error (error);
    g_assert_nonnull (staff);
    g_assert_cmpuint (staff->len, >=, 2);
  }

  /* The desk is the worker's role: it cannot act as anyone else. */
  g_assert_false (caseload_store_check_access (desk, fixture->gp, caseload_person_get_id (person), &access, NULL, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION);
  g_clear_error (&error);

  /* A new password: the old one is checked by the server, the new one kept as a verifier. */
  g_assert_false (caseload_store_change_password (desk, worker, "not the password", "a much better one", &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
  g_clear_error (&error);
  g_assert_true (caseload_store_change_password (desk, worker, PASSWORD, "a much better one", &error));
  g_assert_no_error (error);
  result = PQexec (raw, "SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid WHERE rolname = 'jordan.reeves'");
  g_assert_cmpstr (PQgetvalue (result, 0, 0), ==, "t");
  g_clear_pointer (&result, PQclear);
  g_assert_true (caseload_store_record_event (desk, worker, "print", caseload_person_get_id (person), NULL, &error));
  g_assert_no_error (error);

  other_desk = caseload_store_postgresql_new (fixture->uri, fixture->clock, &error);
  g_assert_null (caseload_store_sign_in (other_desk, "jordan.reeves", PASSWORD, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_SIGN_IN);
  g_clear_error (&error);
  again = caseload_store_sign_in (other_desk, "jordan.reeves", "a much better one", &error);
  g_assert_no_error (error);
  g_assert_nonnull (again);
  PQfinish (raw);

  /* A server that is not there: a connection error naming where. */
  nowhere = caseload_store_postgresql_new ("postgresql://127.0.0.1:1/caseload", fixture->clock, &error);
  g_assert_no_error (error);
  g_assert_null (caseload_store_sign_in (nowhere, "jordan.reeves", PASSWORD, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_CONNECTION);
  g_assert_nonnull (strstr (error->message, "127.0.0.1:1"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  test_init_backend ();

  g_test_add ("/access/sign-in", TestStore, NULL, test_store_setup, test_sign_in, test_store_teardown);
  g_test_add ("/access/lockout", TestStore, NULL, test_store_setup, test_lockout, test_store_teardown);
  g_test_add ("/access/deactivated", TestStore, NULL, test_store_setup, test_deactivated, test_store_teardown);
  g_test_add ("/access/consent", TestStore, NULL, test_store_setup, test_consent, test_store_teardown);
  g_test_add ("/access/relationships", TestStore, NULL, test_store_setup, test_relationships, test_store_teardown);
  g_test_add ("/access/break-glass", TestStore, NULL, test_store_setup, test_break_glass, test_store_teardown);
  g_test_add ("/access/who-has-seen", TestStore, NULL, test_store_setup, test_who_has_seen, test_store_teardown);
  if (test_backend_is_postgresql ())
    g_test_add ("/access/desk", TestStore, NULL, test_store_setup, test_desk, test_store_teardown);
  g_test_add ("/audit/intact", TestStore, NULL, test_store_setup, test_audit_intact, test_store_teardown);
  g_test_add ("/audit/edited", TestStore, NULL, test_store_setup, test_audit_edited, test_store_teardown);
  g_test_add ("/audit/deleted", TestStore, NULL, test_store_setup, test_audit_deleted, test_store_teardown);
  g_test_add ("/audit/swapped", TestStore, NULL, test_store_setup, test_audit_swapped, test_store_teardown);
  g_test_add ("/audit/truncated", TestStore, NULL, test_store_setup, test_audit_truncated, test_store_teardown);

  return g_test_run ();
}
