/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"


#include "test-util.h"

static void
wait_loaded (CaseloadPersonList *list)
{
  while (caseload_person_list_get_loading (list))
    g_main_context_iteration (NULL, TRUE);
}

static void
add_people (TestStore *fixture,
            guint      n)
{
  const char *families[] = { "Nowak", "Okafor", "Smith", "Mensah", "Begum" };

  g_assert_true (caseload_store_begin (fixture->store, NULL));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *given = g_strdup_printf ("Given%03u", i);
      g_autoptr(CaseloadPerson) person = test_person_new (given, families[i % G_N_ELEMENTS (families)], NULL);

      g_assert_true (caseload_store_create_person (fixture->store, fixture->gp, person, NULL));
    }
  g_assert_true (caseload_store_commit (fixture->store, NULL));
}

static void
test_loads_lazily (TestStore     *fixture,
                   gconstpointer  data)
{
  g_autoptr(CaseloadPersonList) list = NULL;
  g_autoptr(CaseloadPerson) first = NULL;
  g_autoptr(CaseloadPerson) again = NULL;
  g_autoptr(CaseloadPerson) far = NULL;
  g_autoptr(GPtrArray) expected = NULL;
  TestChanges changes = { 0 };
  gboolean loaded = FALSE;
  gboolean far_loaded = FALSE;

  add_people (fixture, 250);
  expected = caseload_store_list_people (fixture->store, fixture->gp, NULL, 0, 250, NULL);

  list = caseload_person_list_new (fixture->store, fixture->gp);
  g_signal_connect (list, "items-changed", G_CALLBACK (test_on_items_changed_cb), &changes);
  g_assert_true (caseload_person_list_get_loading (list));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);

  wait_loaded (list);
  g_assert_cmpuint (changes.n_signals, ==, 1);
  g_assert_cmpuint (changes.last_added, ==, 250);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 250);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == CASELOAD_TYPE_PERSON);

  /* A placeholder first, filled in place when its page arrives. */
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_false (caseload_person_get_loaded (first));
  g_signal_connect (first, "notify::loaded", G_CALLBACK (test_on_notify_set_flag_cb), &loaded);
  test_wait_for (&loaded, 5000);
  g_assert_cmpstr (caseload_person_get_id (first), ==, caseload_person_get_id (g_ptr_array_index (expected, 0)));

  /* The same object comes back for the same position. */
  again = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_true (again == first);

  far = g_list_model_get_item (G_LIST_MODEL (list), 242);
  g_signal_connect (far, "notify::loaded", G_CALLBACK (test_on_notify_set_flag_cb), &far_loaded);
  test_wait_for (&far_loaded, 5000);
  g_assert_cmpstr (caseload_person_get_id (far), ==, caseload_person_get_id (g_ptr_array_index (expected, 242)));

  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 250));
  /* Filling placeholders is not a change of the list. */
  g_assert_cmpuint (changes.n_signals, ==, 1);
}

static void
test_search (TestStore     *fixture,
             gconstpointer  data)
{
  g_autoptr(CaseloadPersonList) list = NULL;
  TestChanges changes = { 0 };

  add_people (fixture, 50);
  list = caseload_person_list_new (fixture->store, fixture->gp);
  wait_loaded (list);
  g_signal_connect (list, "items-changed", G_CALLBACK (test_on_items_changed_cb), &changes);

  caseload_person_list_set_search (list, "  okafor ");
  g_assert_cmpstr (caseload_person_list_get_search (list), ==, "okafor");
  wait_loaded (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 10);
  g_assert_cmpuint (changes.last_removed, ==, 50);
  g_assert_cmpuint (changes.last_added, ==, 10);

  /* Typing fast: only the last search counts. */
  caseload_person_list_set_search (list, "smi");
  caseload_person_list_set_search (list, "begum");
  caseload_person_list_set_search (list, "nobody-at-all");
  wait_loaded (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);

  caseload_person_list_set_search (list, NULL);
  g_assert_null (caseload_person_list_get_search (list));
  wait_loaded (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 50);
}

static void
test_reload (TestStore     *fixture,
             gconstpointer  data)
{
  g_autoptr(CaseloadPersonList) list = NULL;
  g_autoptr(CaseloadPerson) extra = NULL;

  add_people (fixture, 5);
  list = caseload_person_list_new (fixture->store, fixture->gp);
  wait_loaded (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 5);

  extra = test_add_person (fixture, "Ama", "Mensah", NULL);
  caseload_person_list_reload (list);
  wait_loaded (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 6);
}

static void
test_timeline_list (TestStore     *fixture,
                    gconstpointer  data)
{
  g_autoptr(CaseloadPerson) person = test_add_person (fixture, "Ama", "Mensah", NULL);
  g_autoptr(CaseloadTimelineList) list = NULL;
  g_autoptr(CaseloadTimelineEntry) newest = NULL;
  g_autoptr(CaseloadTimelineEntry) last = NULL;
  TestChanges changes = { 0 };
  gboolean loaded = FALSE;

  g_assert_true (caseload_store_begin (fixture->store, NULL));
  for (guint i = 0; i < 120; i++)
    {
      g_autofree char *when = g_strdup_printf ("2026-%02u-%02uT09:00:00Z", 1 + i / 28, 1 + i % 28);
      g_autoptr(CaseloadTimelineEntry) entry = test_add_entry (fixture, fixture->gp, person, when, "Checked in.",
                                                               CASELOAD_SENSITIVITY_STANDARD);
    }
  g_assert_true (caseload_store_commit (fixture->store, NULL));

  list = caseload_timeline_list_new (fixture->store, fixture->gp, caseload_person_get_id (person), 120);
  g_signal_connect (list, "items-changed", G_CALLBACK (test_on_items_changed_cb), &changes);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 120);
  g_assert_cmpstr (caseload_timeline_list_get_person_id (list), ==, caseload_person_get_id (person));

  newest = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_signal_connect (newest, "notify::loaded", G_CALLBACK (test_on_notify_set_flag_cb), &loaded);
  test_wait_for (&loaded, 5000);
  g_assert_cmpstr (caseload_timeline_entry_get_occurred_at (newest), ==, "2026-05-08T09:00:00Z");

  loaded = FALSE;
  last = g_list_model_get_item (G_LIST_MODEL (list), 119);
  g_signal_connect (last, "notify::loaded", G_CALLBACK (test_on_notify_set_flag_cb), &loaded);
  test_wait_for (&loaded, 5000);
  g_assert_cmpstr (caseload_timeline_entry_get_occurred_at (last), ==, "2026-01-01T09:00:00Z");

  caseload_timeline_list_reset (list, 121);
  g_assert_cmpuint (changes.n_signals, ==, 1);
  g_assert_cmpuint (changes.last_removed, ==, 120);
  g_assert_cmpuint (changes.last_added, ==, 121);
}

static void
break_database (TestStore  *fixture,
                const char *table)
{
  /* SQLite: the triggers use the store's own SQL function; without them the drop is
   * plain. PostgreSQL: policies and triggers depend on the table. */
  g_autofree char *sql = g_strdup_printf ("DROP TABLE %s%s", table,
                                          test_backend_is_postgresql () ? " CASCADE" : "");

  test_raw_exec (fixture, sql);
}

static void
test_read_errors (TestStore     *fixture,
                  gconstpointer  data)
{
  g_autoptr(CaseloadPersonList) list = NULL;
  g_autoptr(CaseloadPerson) first = NULL;
  gboolean failed = FALSE;

  add_people (fixture, 20);
  list = caseload_person_list_new (fixture->store, fixture->gp);
  wait_loaded (list);
  g_assert_null (caseload_person_list_get_error (list));

  /* Pages cannot be read (the last contact comes from the timeline): the placeholder
   * stays unfilled and the list says why. */
  break_database (fixture, "timeline_entry");
  caseload_person_list_reload (list);
  wait_loaded (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 20);
  g_signal_connect (list, "notify::error", G_CALLBACK (test_on_notify_set_flag_cb), &failed);
  g_test_expect_message ("caseload-core", G_LOG_LEVEL_WARNING, "Could not read a page*");
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  test_wait_for (&failed, 5000);
  g_test_assert_expected_messages ();
  g_assert_false (caseload_person_get_loaded (first));
  g_assert_nonnull (caseload_person_list_get_error (list));
  /* SQLite's message names what is missing; the PostgreSQL store never shows the
   * server's text. */
  if (!test_backend_is_postgresql ())
    g_assert_nonnull (strstr (caseload_person_list_get_error (list), "timeline_entry"));

  /* The count itself fails: nothing is shown as if the caseload were empty. */
  break_database (fixture, "person_access");
  g_test_expect_message ("caseload-core", G_LOG_LEVEL_WARNING, "Could not count*");
  caseload_person_list_reload (list);
  wait_loaded (list);
  g_test_assert_expected_messages ();
  g_assert_nonnull (caseload_person_list_get_error (list));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 20);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  test_init_backend ();

  g_test_add ("/person-list/loads-lazily", TestStore, NULL, test_store_setup, test_loads_lazily, test_store_teardown);
  g_test_add ("/person-list/search", TestStore, NULL, test_store_setup, test_search, test_store_teardown);
  g_test_add ("/person-list/read-errors", TestStore, NULL, test_store_setup, test_read_errors, test_store_teardown);
  g_test_add ("/person-list/reload", TestStore, NULL, test_store_setup, test_reload, test_store_teardown);
  g_test_add ("/timeline-list/pages", TestStore, NULL, test_store_setup, test_timeline_list, test_store_teardown);

  return g_test_run ();
}
