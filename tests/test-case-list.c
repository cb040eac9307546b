/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "test-util.h"

static void
wait_loaded (CaseloadCaseList *list)
{
  while (caseload_paged_list_get_loading (CASELOAD_PAGED_LIST (list)))
    g_main_context_iteration (NULL, TRUE);
}

/* @n people, each with one referral waiting for triage, received a week before the
 * fixture's "now"; every @urgent_every-th is urgent. */
static void
add_referrals (TestStore *fixture,
               guint      n,
               guint      urgent_every)
{
  const char *families[] = { "Nowak", "Okafor", "Smith", "Mensah", "Begum" };

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *given = g_strdup_printf ("Given%03u", i);
      g_autoptr(CaseloadPerson) person = test_add_person (fixture, given, families[i % G_N_ELEMENTS (families)], NULL);
      g_autoptr(CaseloadReferral) referral = caseload_referral_new ();
      g_autoptr(GError) error = NULL;

      caseload_referral_set_person_id (referral, caseload_person_get_id (person));
      caseload_referral_set_source (referral, CASELOAD_REFERRAL_SOURCE_GP);
      caseload_referral_set_received_at (referral, "2026-11-15T09:00:00Z");
      caseload_referral_set_reason (referral, "Low mood");
      caseload_referral_set_urgency (referral, i % urgent_every == 0 ? CASELOAD_URGENCY_URGENT : CASELOAD_URGENCY_ROUTINE);
      caseload_referral_set_person_agreed (referral, TRUE);
      g_assert_true (caseload_store_create_referral (fixture->store, fixture->gp, referral, &error));
      g_assert_no_error (error);
    }
}

static void
test_loads_lazily (TestStore     *fixture,
                   gconstpointer  data)
{
  g_autoptr(CaseloadCaseQuery) query = caseload_case_query_new (CASELOAD_LIST_WAITING);
  g_autoptr(CaseloadCaseList) list = NULL;
  g_autoptr(CaseloadCaseRow) first = NULL;
  g_autoptr(CaseloadCaseRow) again = NULL;
  g_autoptr(CaseloadCaseRow) far = NULL;
  TestChanges changes = { 0 };
  gboolean loaded = FALSE;
  gboolean far_loaded = FALSE;

  add_referrals (fixture, 150, 10);

  list = caseload_case_list_new (fixture->store, fixture->gp, query);
  g_signal_connect (list, "items-changed", G_CALLBACK (test_on_items_changed_cb), &changes);
  g_assert_true (caseload_paged_list_get_loading (CASELOAD_PAGED_LIST (list)));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == CASELOAD_TYPE_CASE_ROW);

  wait_loaded (list);
  g_assert_null (caseload_paged_list_get_error (CASELOAD_PAGED_LIST (list)));
  g_assert_cmpuint (changes.n_signals, ==, 1);
  g_assert_cmpuint (changes.last_removed, ==, 0);
  g_assert_cmpuint (changes.last_added, ==, 150);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 150);

  /* A placeholder first, filled in place without another items-changed. */
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_false (caseload_case_row_get_loaded (first));
  g_signal_connect (first, "notify::loaded", G_CALLBACK (test_on_notify_set_flag_cb), &loaded);
  test_wait_for (&loaded, 5000);
  g_assert_true (caseload_case_row_get_loaded (first));
  g_assert_nonnull (caseload_case_row_get_person_name (first));
  g_assert_nonnull (caseload_case_row_get_referral_id (first));
  /* Urgency first on the waiting list. */
  g_assert_cmpint (caseload_case_row_get_urgency (first), ==, CASELOAD_URGENCY_URGENT);
  again = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_true (first == again);

  /* The second page is read only when asked for. */
  far = g_list_model_get_item (G_LIST_MODEL (list), 120);
  g_assert_false (caseload_case_row_get_loaded (far));
  g_signal_connect (far, "notify::loaded", G_CALLBACK (test_on_notify_set_flag_cb), &far_loaded);
  test_wait_for (&far_loaded, 5000);
  g_assert_cmpint (caseload_case_row_get_urgency (far), ==, CASELOAD_URGENCY_ROUTINE);
  g_assert_cmpuint (changes.n_signals, ==, 1);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 150));
}

static void
test_query (TestStore     *fixture,
            gconstpointer  data)
{
  g_autoptr(CaseloadCaseQuery) query = caseload_case_query_new (CASELOAD_LIST_WAITING);
  g_autoptr(CaseloadCaseList) list = NULL;
  TestChanges changes = { 0 };

  add_referrals (fixture, 30, 3);

  list = caseload_case_list_new (fixture->store, fixture->gp, query);
  wait_loaded (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 30);
  g_signal_connect (list, "items-changed", G_CALLBACK (test_on_items_changed_cb), &changes);

  /* The same query again reads nothing. */
  caseload_case_list_set_query (list, query);
  g_assert_false (caseload_paged_list_get_loading (CASELOAD_PAGED_LIST (list)));

  /* A filter: every third is urgent. */
  query->urgency = CASELOAD_URGENCY_URGENT;
  caseload_case_list_set_query (list, query);
  g_assert_true (caseload_paged_list_get_loading (CASELOAD_PAGED_LIST (list)));
  wait_loaded (list);
  g_assert_cmpuint (changes.n_signals, ==, 1);
  g_assert_cmpuint (changes.last_removed, ==, 30);
  g_assert_cmpuint (changes.last_added, ==, 10);
  g_assert_cmpint (caseload_case_list_get_query (list)->urgency, ==, CASELOAD_URGENCY_URGENT);

  /* A search within the list. */
  query->urgency = -1;
  g_free (query->search);
  query->search = g_strdup ("Given001");
  caseload_case_list_set_query (list, query);
  wait_loaded (list);
  g_assert_cmpuint (changes.n_signals, ==, 2);
  g_assert_cmpuint (changes.last_added, ==, 1);

  /* Nobody is allocated to the GP: their caseload is empty. */
  query->kind = CASELOAD_LIST_MY_CASELOAD;
  g_clear_pointer (&query->search, g_free);
  caseload_case_list_set_query (list, query);
  wait_loaded (list);
  g_assert_cmpuint (changes.last_removed, ==, 1);
  g_assert_cmpuint (changes.last_added, ==, 0);

  /* Reload recounts the same query. */
  caseload_paged_list_reload (CASELOAD_PAGED_LIST (list));
  g_assert_true (caseload_paged_list_get_loading (CASELOAD_PAGED_LIST (list)));
  wait_loaded (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
}

static void
test_count_error (TestStore     *fixture,
                  gconstpointer  data)
{
  g_autoptr(CaseloadCaseQuery) query = caseload_case_query_new (CASELOAD_LIST_WAITING);
  g_autoptr(CaseloadCaseList) list = NULL;

  add_referrals (fixture, 3, 1);
  list = caseload_case_list_new (fixture->store, fixture->gp, query);
  wait_loaded (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);

  /* The count fails: the list says why and keeps what it had, never an empty list. */
  test_raw_exec (fixture, test_backend_is_postgresql () ? "DROP TABLE referral CASCADE" : "DROP TABLE referral");
  g_test_expect_message ("caseload-core", G_LOG_LEVEL_WARNING, "Could not count*");
  caseload_paged_list_reload (CASELOAD_PAGED_LIST (list));
  wait_loaded (list);
  g_test_assert_expected_messages ();
  g_assert_nonnull (caseload_paged_list_get_error (CASELOAD_PAGED_LIST (list)));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  test_init_backend ();

  g_test_add ("/case-list/loads-lazily", TestStore, NULL, test_store_setup, test_loads_lazily, test_store_teardown);
  g_test_add ("/case-list/query", TestStore, NULL, test_store_setup, test_query, test_store_teardown);
  g_test_add ("/case-list/count-error", TestStore, NULL, test_store_setup, test_count_error, test_store_teardown);

  return g_test_run ();
}
