/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <sqlite3.h>

#include "test-util.h"

#define FIXTURE_TEST(path, func) \
  g_test_add (path, TestStore, NULL, test_store_setup, func, test_store_teardown)

static GPtrArray *
list_all (TestStore     *fixture,
          CaseloadStaff *actor,
          const char    *search)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *people = caseload_store_list_people (fixture->store, actor, search, 0, 1000, &error);

  g_assert_no_error (error);
  g_assert_nonnull (people);
  return people;
}

static guint
count (TestStore  *fixture,
       const char *search)
{
  g_autoptr(GError) error = NULL;
  guint n = G_MAXUINT;

  g_assert_true (caseload_store_count_people (fixture->store, fixture->gp, search, &n, &error));
  g_assert_no_error (error);
  return n;
}

static void
test_person_create_read (TestStore     *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadPerson) person = test_person_new ("Alexander", "Okafor", "9990000026");
  g_autoptr(CaseloadPersonDetail) detail = NULL;

  caseload_person_set_preferred_name (person, "Sandy");
  caseload_person_set_gp_practice_id (person, caseload_organisation_get_id (fixture->practice));
  caseload_person_set_first_language (person, "Yoruba");
  caseload_person_set_interpreter_needed (person, TRUE);

  g_assert_true (caseload_store_create_person (fixture->store, fixture->gp, person, &error));
  g_assert_no_error (error);
  g_assert_nonnull (caseload_person_get_id (person));
  g_assert_true (g_uuid_string_is_valid (caseload_person_get_id (person)));
  g_assert_cmpint (caseload_person_get_version (person), ==, 1);
  g_assert_cmpstr (caseload_person_get_created_at (person), ==, "2026-11-22T10:00:00Z");
  g_assert_cmpstr (caseload_person_get_created_by (person), ==, caseload_staff_get_id (fixture->gp));
  /* The PCN follows the practice. */
  g_assert_cmpstr (caseload_person_get_pcn (person), ==, "Grays");

  /* Mind has no consent to see it, and is told why. */
  g_assert_null (caseload_store_open_person (fixture->store, fixture->worker, caseload_person_get_id (person), &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION);
  g_assert_cmpstr (error->message, ==,
                   "Thurrock & Brentwood Mind cannot see this record: Sandy has not agreed to share it with "
                   "Thurrock & Brentwood Mind.");
  g_clear_error (&error);

  detail = caseload_store_open_person (fixture->store, fixture->gp, caseload_person_get_id (person), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (caseload_person_get_given_name (detail->person), ==, "Alexander");
  g_assert_cmpstr (caseload_person_get_preferred_name (detail->person), ==, "Sandy");
  g_assert_cmpstr (caseload_person_get_nhs_number (detail->person), ==, "9990000026");
  g_assert_cmpstr (caseload_person_get_gp_practice_name (detail->person), ==, "Grays Hall Surgery");
  g_assert_cmpstr (caseload_person_get_first_language (detail->person), ==, "Yoruba");
  g_assert_true (caseload_person_get_interpreter_needed (detail->person));
  g_assert_cmpstr (caseload_person_get_updated_by (detail->person), ==, caseload_staff_get_id (fixture->gp));
  g_assert_null (caseload_person_get_last_contact (detail->person));
  g_assert_cmpuint (detail->network->len, ==, 0);
  g_assert_cmpuint (detail->involvement->len, ==, 0);
  g_assert_cmpuint (detail->entry_count, ==, 0);
}

static void
test_person_invalid (TestStore     *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadPerson) bad_nhs = test_person_new ("Ola", "Nowak", "9434765918");
  g_autoptr(CaseloadPerson) no_name = test_person_new ("", "Nowak", NULL);
  g_autoptr(CaseloadPerson) future = test_person_new ("Ola", "Nowak", NULL);

  g_assert_false (caseload_store_create_person (fixture->store, fixture->gp, bad_nhs, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
  g_assert_nonnull (strstr (error->message, "943 476 5918"));
  g_assert_null (caseload_person_get_id (bad_nhs));
  g_clear_error (&error);

  g_assert_false (caseload_store_create_person (fixture->store, fixture->gp, no_name, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
  g_clear_error (&error);

  caseload_person_set_date_of_birth (future, "2030-01-01");
  g_assert_false (caseload_store_create_person (fixture->store, fixture->gp, future, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
  g_clear_error (&error);

  g_assert_cmpuint (count (fixture, NULL), ==, 0);
}

static void
test_person_duplicate_nhs (TestStore     *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadPerson) first = test_add_person (fixture, "Ola", "Nowak", "9990000026");
  g_autoptr(CaseloadPerson) second = test_person_new ("Aleksandra", "Nowak", "9990000026");

  g_assert_false (caseload_store_create_person (fixture->store, fixture->gp, second, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
  g_assert_nonnull (strstr (error->message, "999 000 0026"));
  g_assert_cmpuint (count (fixture, NULL), ==, 1);
}

static void
test_person_unknown_practice (TestStore     *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadPerson) person = test_person_new ("Ola", "Nowak", NULL);

  /* Mind is not a GP practice. */
  caseload_person_set_gp_practice_id (person, caseload_organisation_get_id (fixture->mind));
  g_assert_false (caseload_store_create_person (fixture->store, fixture->gp, person, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
  g_assert_cmpuint (count (fixture, NULL), ==, 0);
}

static void
test_person_update (TestStore     *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadPerson) person = test_add_person (fixture, "Ola", "Nowak", NULL);
  g_autoptr(CaseloadPersonDetail) detail = NULL;
  g_autoptr(GPtrArray) found = NULL;

  test_share (fixture, person, fixture->mind, TRUE, TRUE);
  caseload_person_set_family_name (person, "Kowalska");
  g_assert_true (caseload_store_update_person (fixture->store, fixture->worker, person, &error));
  g_assert_no_error (error);
  g_assert_cmpint (caseload_person_get_version (person), ==, 2);

  detail = caseload_store_open_person (fixture->store, fixture->gp, caseload_person_get_id (person), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (caseload_person_get_family_name (detail->person), ==, "Kowalska");
  g_assert_cmpint (caseload_person_get_version (detail->person), ==, 2);
  g_assert_cmpstr (caseload_person_get_updated_by (detail->person), ==, caseload_staff_get_id (fixture->worker));
  g_assert_cmpstr (caseload_person_get_created_by (detail->person), ==, caseload_staff_get_id (fixture->gp));

  /* The search index follows the change. */
  g_assert_cmpuint (count (fixture, "nowak"), ==, 0);
  found = list_all (fixture, fixture->gp, "kowal");
  g_assert_cmpuint (found->len, ==, 1);
}

static void
test_person_conflict (TestStore     *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadPerson) person = test_add_person (fixture, "Ola", "Nowak", NULL);
  g_autoptr(CaseloadPerson) stale = caseload_person_copy (person);
  g_autoptr(CaseloadPersonDetail) detail = NULL;

  test_share (fixture, person, fixture->mind, TRUE, TRUE);
  caseload_person_set_phone (person, "07700 900123");
  g_assert_true (caseload_store_update_person (fixture->store, fixture->gp, person, &error));
  g_assert_no_error (error);

  caseload_person_set_family_name (stale, "Lost-Update");
  g_assert_false (caseload_store_update_person (fixture->store, fixture->worker, stale, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_CONFLICT);
  g_assert_cmpint (caseload_person_get_version (stale), ==, 1);

  detail = caseload_store_open_person (fixture->store, fixture->gp, caseload_person_get_id (person), NULL);
  g_assert_cmpstr (caseload_person_get_family_name (detail->person), ==, "Nowak");
  g_assert_cmpstr (caseload_person_get_phone (detail->person), ==, "07700 900123");
  g_assert_cmpint (caseload_person_get_version (detail->person), ==, 2);
}

static void
test_person_not_found (TestStore     *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadPerson) ghost = test_person_new ("Ola", "Nowak", NULL);
  CaseloadPersonDetail *detail;

  caseload_person_set_id (ghost, "00000000-0000-4000-8000-000000000000");
  caseload_person_set_version (ghost, 1);
  g_assert_false (caseload_store_update_person (fixture->store, fixture->gp, ghost, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND);
  g_clear_error (&error);

  detail = caseload_store_open_person (fixture->store, fixture->gp, caseload_person_get_id (ghost), &error);
  g_assert_null (detail);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND);
}

static void
test_actor_unknown (TestStore     *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStaff) stranger = caseload_staff_new ();
  g_autoptr(CaseloadPerson) person = test_person_new ("Ola", "Nowak", NULL);
  GPtrArray *people;

  caseload_staff_set_id (stranger, "11111111-1111-4111-8111-111111111111");
  /* Claiming another organisation's id does not help: the store looks it up. */
  caseload_staff_set_organisation_id (stranger, caseload_organisation_get_id (fixture->mind));

  g_assert_false (caseload_store_create_person (fixture->store, stranger, person, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION);
  g_clear_error (&error);

  people = caseload_store_list_people (fixture->store, stranger, NULL, 0, 10, &error);
  g_assert_null (people);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION);
}

static void
test_search (TestStore     *fixture,
             gconstpointer  data)
{
  g_autoptr(CaseloadPerson) sandy = test_person_new ("Alexander", "Okafor", "9990000026");
  g_autoptr(CaseloadPerson) zofia = NULL;
  g_autoptr(CaseloadPerson) tom = NULL;
  struct {
    const char *search;
    guint       expected;
    const char *first_family;
    const char *match_field;
  } cases[] = {
    { "okafor", 1, "Okafor", NULL },
    { "OKA", 1, "Okafor", NULL },
    { "sandy", 1, "Okafor", "preferred-name" },
    { "san oka", 1, "Okafor", "preferred-name" },
    { "alex okafor", 1, "Okafor", NULL },
    { "999 000 0026", 1, "Okafor", "nhs-number" },
    { "9990000026", 1, "Okafor", "nhs-number" },
    { "999", 3, NULL, "nhs-number" },
    { "rm17 6sl", 1, "Okafor", "postcode" },
    { "RM176SL", 1, "Okafor", "postcode" },
    { "ss17", 1, "Brown", "postcode" },
    { "12/03/1984", 1, "Okafor", "date-of-birth" },
    { "1984-03-12", 1, "Okafor", "date-of-birth" },
    { "zolkiewska", 1, "Żółkiewska", NULL },
    { "Żół", 1, "Żółkiewska", NULL },
    { "nobody", 0, NULL, NULL },
    { "\"okafor", 1, "Okafor", NULL },
    { "oka* OR NOT x", 0, NULL, NULL },
    { "o'kafor", 0, NULL, NULL },
    { "", 3, "Brown", NULL },
    { "   ", 3, "Brown", NULL },
  };

  caseload_person_set_preferred_name (sandy, "Sandy");
  g_assert_true (caseload_store_create_person (fixture->store, fixture->gp, sandy, NULL));

  zofia = test_person_new ("Zofia", "Żółkiewska", "9990000034");
  caseload_person_set_date_of_birth (zofia, "1990-07-01");
  caseload_person_set_postcode (zofia, "RM18 7AB");
  g_assert_true (caseload_store_create_person (fixture->store, fixture->gp, zofia, NULL));

  tom = test_person_new ("Tom", "Brown", "9990000042");
  caseload_person_set_date_of_birth (tom, "1975-01-31");
  caseload_person_set_postcode (tom, "SS17 0AA");
  g_assert_true (caseload_store_create_person (fixture->store, fixture->gp, tom, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) found = list_all (fixture, fixture->gp, cases[i].search);

      g_test_message ("search “%s”", cases[i].search);
      g_assert_cmpuint (found->len, ==, cases[i].expected);
      g_assert_cmpuint (count (fixture, cases[i].search), ==, cases[i].expected);
      if (cases[i].first_family != NULL)
        {
          CaseloadPerson *first = g_ptr_array_index (found, 0);

          g_assert_cmpstr (caseload_person_get_family_name (first), ==, cases[i].first_family);
          g_assert_cmpstr (caseload_person_get_match_field (first), ==, cases[i].match_field);
        }
    }
}

static void
test_search_dense (TestStore     *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) everyone = NULL;
  g_autoptr(GPtrArray) expected = g_ptr_array_new ();

  /* A common name: well over a thousand matches, sorted through the narrow order table. */
  g_assert_true (caseload_store_begin (fixture->store, &error));
  for (guint i = 0; i < 1300; i++)
    {
      g_autofree char *given = g_strdup_printf ("G%04u", (i * 7919) % 1300);
      g_autoptr(CaseloadPerson) person = test_person_new (given, i % 13 == 0 ? "Adams" : (i % 2 ? "Marsh" : "Martin"), NULL);

      g_assert_true (caseload_store_create_person (fixture->store, fixture->gp, person, &error));
    }
  g_assert_true (caseload_store_commit (fixture->store, &error));

  everyone = caseload_store_list_people (fixture->store, fixture->gp, NULL, 0, 2000, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < everyone->len; i++)
    if (g_str_has_prefix (caseload_person_get_family_name (g_ptr_array_index (everyone, i)), "Mar"))
      g_ptr_array_add (expected, g_ptr_array_index (everyone, i));
  g_assert_cmpuint (count (fixture, "mar"), ==, expected->len);
  g_assert_cmpuint (expected->len, ==, 1200);

  /* Every page agrees with the order of the whole caseload. */
  for (guint offset = 0; offset < 1200; offset += 300)
    {
      g_autoptr(GPtrArray) page = caseload_store_list_people (fixture->store, fixture->gp, "mar", offset, 100, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (page->len, ==, 100);
      for (guint i = 0; i < page->len; i++)
        g_assert_cmpstr (caseload_person_get_id (g_ptr_array_index (page, i)), ==,
                         caseload_person_get_id (g_ptr_array_index (expected, offset + i)));
    }
}

static void
test_paging (TestStore     *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *families[] = { "Adeyemi", "brown", "Chowdhury", "Dunne", "Evans", "Fofanah", "Grant" };
  guint n = 0;

  caseload_store_begin (fixture->store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 35; i++)
    {
      g_autofree char *given = g_strdup_printf ("Person%02u", 34 - i);
      g_autoptr(CaseloadPerson) person = test_person_new (given, families[i % G_N_ELEMENTS (families)], NULL);

      g_assert_true (caseload_store_create_person (fixture->store, fixture->gp, person, &error));
    }
  g_assert_true (caseload_store_commit (fixture->store, &error));
  g_assert_no_error (error);

  all = list_all (fixture, fixture->gp, NULL);
  g_assert_cmpuint (all->len, ==, 35);

  for (guint offset = 0; offset < 40; offset += 8)
    {
      g_autoptr(GPtrArray) page = caseload_store_list_people (fixture->store, fixture->gp, NULL, offset, 8, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (page->len, ==, MIN (8, 35 - MIN (offset, 35)));
      for (guint i = 0; i < page->len; i++)
        {
          CaseloadPerson *person = g_ptr_array_index (page, i);
          CaseloadPerson *expected = g_ptr_array_index (all, offset + i);

          g_assert_cmpstr (caseload_person_get_id (person), ==, caseload_person_get_id (expected));
          g_assert_true (g_hash_table_add (seen, g_strdup (caseload_person_get_id (person))));
          n++;
        }
    }
  g_assert_cmpuint (n, ==, 35);

  /* Sorted by family name without regard to case, then given name. */
  for (guint i = 1; i < all->len; i++)
    {
      CaseloadPerson *a = g_ptr_array_index (all, i - 1);
      CaseloadPerson *b = g_ptr_array_index (all, i);
      int order = g_ascii_strcasecmp (caseload_person_get_family_name (a), caseload_person_get_family_name (b));

      g_assert_cmpint (order, <=, 0);
      if (order == 0)
        g_assert_cmpint (g_ascii_strcasecmp (caseload_person_get_given_name (a),
                                             caseload_person_get_given_name (b)), <=, 0);
    }
}

static void
test_transaction_rollback (TestStore     *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadPerson) kept = test_add_person (fixture, "Kept", "Person", NULL);
  g_autoptr(CaseloadPerson) dropped = test_person_new ("Dropped", "Person", NULL);

  g_assert_true (caseload_store_begin (fixture->store, &error));
  g_assert_true (caseload_store_create_person (fixture->store, fixture->gp, dropped, &error));
  g_assert_no_error (error);
  caseload_store_rollback (fixture->store);

  g_assert_cmpuint (count (fixture, NULL), ==, 1);
  g_assert_cmpuint (count (fixture, "dropped"), ==, 0);
}

static void
test_timeline (TestStore     *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadPerson) person = test_add_person (fixture, "Ola", "Nowak", NULL);
  g_autoptr(CaseloadTimelineEntry) older = NULL;
  g_autoptr(CaseloadTimelineEntry) newer = NULL;
  g_autoptr(CaseloadTimelineEntry) secret = NULL;
  g_autoptr(GPtrArray) for_gp = NULL;
  g_autoptr(GPtrArray) for_mind = NULL;
  g_autoptr(CaseloadPersonDetail) gp_detail = NULL;
  g_autoptr(CaseloadPersonDetail) mind_detail = NULL;
  g_autoptr(GPtrArray) row = NULL;

  test_share (fixture, person, fixture->mind, TRUE, TRUE);
  older = test_add_entry (fixture, fixture->gp, person, "2026-10-01T09:00:00Z",
                          "Reviewed how the new routine is going.", CASELOAD_SENSITIVITY_STANDARD);
  newer = test_add_entry (fixture, fixture->worker, person, "2026-11-20T15:30:00Z",
                          "Met at the crisis sanctuary.", CASELOAD_SENSITIVITY_STANDARD);
  secret = test_add_entry (fixture, fixture->gp, person, "2026-11-21T08:00:00Z",
                           "Safeguarding discussion with the practice lead.", CASELOAD_SENSITIVITY_PRIVATE);

  g_assert_cmpstr (caseload_timeline_entry_get_author_name (newer), ==, "Jordan Reeves");
  g_assert_cmpstr (caseload_timeline_entry_get_organisation_name (newer), ==, "Thurrock & Brentwood Mind");
  g_assert_cmpstr (caseload_timeline_entry_get_organisation_id (secret), ==, caseload_organisation_get_id (fixture->practice));

  for_gp = caseload_store_list_timeline_entries (fixture->store, fixture->gp, caseload_person_get_id (person), 0, 50, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (for_gp->len, ==, 3);
  g_assert_cmpstr (caseload_timeline_entry_get_id (g_ptr_array_index (for_gp, 0)), ==, caseload_timeline_entry_get_id (secret));
  g_assert_cmpstr (caseload_timeline_entry_get_id (g_ptr_array_index (for_gp, 1)), ==, caseload_timeline_entry_get_id (newer));
  g_assert_cmpstr (caseload_timeline_entry_get_id (g_ptr_array_index (for_gp, 2)), ==, caseload_timeline_entry_get_id (older));
  g_assert_cmpint (caseload_timeline_entry_get_sensitivity (g_ptr_array_index (for_gp, 0)), ==, CASELOAD_SENSITIVITY_PRIVATE);

  /* Mind does not see the practice's private entry, nor its date as a last contact. */
  for_mind = caseload_store_list_timeline_entries (fixture->store, fixture->worker, caseload_person_get_id (person), 0, 50, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (for_mind->len, ==, 2);
  for (guint i = 0; i < for_mind->len; i++)
    g_assert_cmpstr (caseload_timeline_entry_get_id (g_ptr_array_index (for_mind, i)), !=, caseload_timeline_entry_get_id (secret));

  gp_detail = caseload_store_open_person (fixture->store, fixture->gp, caseload_person_get_id (person), &error);
  mind_detail = caseload_store_open_person (fixture->store, fixture->worker, caseload_person_get_id (person), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (gp_detail->entry_count, ==, 3);
  g_assert_cmpuint (mind_detail->entry_count, ==, 2);
  g_assert_cmpstr (caseload_person_get_last_contact (gp_detail->person), ==, "2026-11-21T08:00:00Z");
  g_assert_cmpstr (caseload_person_get_last_contact (mind_detail->person), ==, "2026-11-20T15:30:00Z");

  /* Who is involved: one row per author, by organisation name. */
  g_assert_cmpuint (gp_detail->involvement->len, ==, 2);
  g_assert_cmpstr (caseload_involvement_get_organisation_name (g_ptr_array_index (gp_detail->involvement, 0)), ==, "Grays Hall Surgery");
  g_assert_cmpuint (caseload_involvement_get_entry_count (g_ptr_array_index (gp_detail->involvement, 0)), ==, 2);
  g_assert_cmpuint (caseload_involvement_get_entry_count (g_ptr_array_index (mind_detail->involvement, 0)), ==, 1);

  /* Paging the timeline. */
  row = caseload_store_list_timeline_entries (fixture->store, fixture->gp, caseload_person_get_id (person), 1, 1, &error);
  g_assert_cmpuint (row->len, ==, 1);
  g_assert_cmpstr (caseload_timeline_entry_get_id (g_ptr_array_index (row, 0)), ==, caseload_timeline_entry_get_id (newer));
}

static void
test_timeline_invalid (TestStore     *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadPerson) person = test_add_person (fixture, "Ola", "Nowak", NULL);
  g_autoptr(CaseloadTimelineEntry) empty = caseload_timeline_entry_new ();
  g_autoptr(CaseloadTimelineEntry) future = caseload_timeline_entry_new ();
  g_autoptr(CaseloadTimelineEntry) orphan = caseload_timeline_entry_new ();
  g_autoptr(GPtrArray) entries = NULL;

  caseload_timeline_entry_set_person_id (empty, caseload_person_get_id (person));
  caseload_timeline_entry_set_occurred_at (empty, "2026-11-22T09:00:00Z");
  caseload_timeline_entry_set_text (empty, "   ");
  g_assert_false (caseload_store_add_timeline_entry (fixture->store, fixture->gp, empty, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
  g_clear_error (&error);

  caseload_timeline_entry_set_person_id (future, caseload_person_get_id (person));
  caseload_timeline_entry_set_occurred_at (future, "2026-11-23T09:00:00Z");
  caseload_timeline_entry_set_text (future, "Tomorrow's visit.");
  g_assert_false (caseload_store_add_timeline_entry (fixture->store, fixture->gp, future, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
  g_clear_error (&error);

  caseload_timeline_entry_set_person_id (orphan, "00000000-0000-4000-8000-000000000000");
  caseload_timeline_entry_set_occurred_at (orphan, "2026-11-22T09:00:00Z");
  caseload_timeline_entry_set_text (orphan, "Nobody to attach this to.");
  g_assert_false (caseload_store_add_timeline_entry (fixture->store, fixture->gp, orphan, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND);
  g_clear_error (&error);

  entries = caseload_store_list_timeline_entries (fixture->store, fixture->gp, caseload_person_get_id (person), 0, 10, &error);
  g_assert_cmpuint (entries->len, ==, 0);
}

static void
test_network (TestStore     *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadPerson) person = test_add_person (fixture, "Ola", "Nowak", NULL);
  g_autoptr(CaseloadNetworkMember) mother = caseload_network_member_new ();
  g_autoptr(CaseloadNetworkMember) friend = caseload_network_member_new ();
  g_autoptr(CaseloadNetworkMember) nameless = caseload_network_member_new ();
  g_autoptr(CaseloadPersonDetail) detail = NULL;

  caseload_network_member_set_person_id (mother, caseload_person_get_id (person));
  caseload_network_member_set_name (mother, "Halina Nowak");
  caseload_network_member_set_relationship (mother, CASELOAD_RELATIONSHIP_CARER);
  caseload_network_member_set_relationship_detail (mother, "mother");
  caseload_network_member_set_is_carer (mother, TRUE);
  caseload_network_member_set_phone (mother, "07700 900456");
  g_assert_true (caseload_store_add_network_member (fixture->store, fixture->gp, mother, &error));
  g_assert_no_error (error);

  /* Mind adds to the record once the person has agreed to share it with them. */
  test_share (fixture, person, fixture->mind, TRUE, TRUE);
  caseload_network_member_set_person_id (friend, caseload_person_get_id (person));
  caseload_network_member_set_name (friend, "Agnieszka");
  caseload_network_member_set_relationship (friend, CASELOAD_RELATIONSHIP_FRIEND);
  g_assert_true (caseload_store_add_network_member (fixture->store, fixture->worker, friend, &error));

  caseload_network_member_set_person_id (nameless, caseload_person_get_id (person));
  g_assert_false (caseload_store_add_network_member (fixture->store, fixture->gp, nameless, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
  g_clear_error (&error);

  detail = caseload_store_open_person (fixture->store, fixture->gp, caseload_person_get_id (person), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (detail->network->len, ==, 2);
  /* Carers first. */
  g_assert_cmpstr (caseload_network_member_get_name (g_ptr_array_index (detail->network, 0)), ==, "Halina Nowak");
  g_assert_true (caseload_network_member_get_is_carer (g_ptr_array_index (detail->network, 0)));
  g_assert_cmpint (caseload_network_member_get_relationship (g_ptr_array_index (detail->network, 1)), ==, CASELOAD_RELATIONSHIP_FRIEND);
}

static void
test_organisations_and_staff (TestStore     *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) organisations = caseload_store_list_organisations (fixture->store, &error);
  g_autoptr(GPtrArray) staff = caseload_store_list_staff (fixture->store, &error);
  g_autoptr(CaseloadStaff) gp = NULL;
  g_autoptr(CaseloadStaff) stale = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (organisations->len, ==, 2);
  g_assert_cmpuint (staff->len, ==, 2);
  g_assert_cmpstr (caseload_staff_get_display_name (g_ptr_array_index (staff, 0)), ==, "Dr Amara Okonkwo");
  g_assert_cmpstr (caseload_staff_get_organisation_name (g_ptr_array_index (staff, 1)), ==, "Thurrock & Brentwood Mind");

  gp = caseload_store_get_staff (fixture->store, caseload_staff_get_id (fixture->gp), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (caseload_staff_get_role (gp), ==, "GP");

  stale = caseload_store_get_staff (fixture->store, caseload_staff_get_id (fixture->gp), &error);
  caseload_staff_set_role (gp, "GP partner");
  g_assert_true (caseload_store_save_staff (fixture->store, NULL, gp, &error));
  g_assert_no_error (error);
  caseload_staff_set_role (stale, "Locum");
  g_assert_false (caseload_store_save_staff (fixture->store, NULL, stale, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_CONFLICT);
  g_clear_error (&error);

  g_assert_null (caseload_store_get_staff (fixture->store, "no-such-id", &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND);
}

static void
on_listed_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GPtrArray **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = caseload_store_list_people_finish (CASELOAD_STORE (source), result, &error);
  g_assert_no_error (error);
}

static void
on_entry_added_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (caseload_store_add_timeline_entry_finish (CASELOAD_STORE (source), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static void
on_person_created_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  GError **out = user_data;

  caseload_store_create_person_finish (CASELOAD_STORE (source), result, out);
  if (*out == NULL)
    *out = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_EXISTS, "created");
}

static void
test_async (TestStore     *fixture,
            gconstpointer  data)
{
  g_autoptr(CaseloadPerson) person = test_person_new ("Ola", "Nowak", NULL);
  g_autoptr(CaseloadPerson) invalid = test_person_new ("Ola", "", NULL);
  g_autoptr(CaseloadTimelineEntry) entry = caseload_timeline_entry_new ();
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GError) created = NULL;
  g_autoptr(GError) refused = NULL;
  gboolean done = FALSE;

  caseload_store_create_person_async (fixture->store, fixture->gp, person, NULL, on_person_created_cb, &created);
  while (created == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (created, G_IO_ERROR, G_IO_ERROR_EXISTS);
  /* The id given in the worker reaches the caller's object. */
  g_assert_nonnull (caseload_person_get_id (person));

  caseload_store_create_person_async (fixture->store, fixture->gp, invalid, NULL, on_person_created_cb, &refused);
  while (refused == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (refused, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
  g_assert_null (caseload_person_get_id (invalid));

  test_share (fixture, person, fixture->mind, TRUE, TRUE);
  caseload_timeline_entry_set_person_id (entry, caseload_person_get_id (person));
  caseload_timeline_entry_set_occurred_at (entry, "2026-11-22T09:00:00Z");
  caseload_timeline_entry_set_text (entry, "Phoned to check in.");
  caseload_store_add_timeline_entry_async (fixture->store, fixture->worker, entry, NULL, on_entry_added_cb, &done);
  test_wait_for (&done, 5000);
  g_assert_nonnull (caseload_timeline_entry_get_id (entry));
  g_assert_cmpstr (caseload_timeline_entry_get_author_name (entry), ==, "Jordan Reeves");

  caseload_store_list_people_async (fixture->store, fixture->gp, "nowak", 0, 10, NULL, on_listed_cb, &people);
  while (people == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (people->len, ==, 1);
  g_assert_cmpstr (caseload_person_get_last_contact (g_ptr_array_index (people, 0)), ==, "2026-11-22T09:00:00Z");
}

static GString *captured_log;

static GLogWriterOutput
capture_log_cb (GLogLevelFlags   level,
                const GLogField *fields,
                gsize            n_fields,
                gpointer         user_data)
{
  for (gsize i = 0; i < n_fields; i++)
    if (g_strcmp0 (fields[i].key, "MESSAGE") == 0 && fields[i].length < 0)
      g_string_append_printf (captured_log, "%s\n", (const char *) fields[i].value);
  return g_log_writer_default (level, fields, n_fields, user_data);
}

static void
test_log_has_no_identifiers (TestStore     *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadPerson) person = test_person_new ("Temperance", "Okafor", "9990000026");
  g_autoptr(CaseloadPerson) duplicate = test_person_new ("Temperance", "Okafor", "9990000026");
  g_autoptr(CaseloadPerson) stale = NULL;
  g_autoptr(CaseloadTimelineEntry) entry = NULL;
  g_autoptr(GPtrArray) found = NULL;
  const char *identifiers[] = { "Temperance", "Okafor", "9990000026", "999 000 0026", "RM17", "Relapse signature" };

  g_string_truncate (captured_log, 0);

  /* The ordinary path and the failure paths, with debug output on. */
  caseload_person_set_preferred_name (person, "Tempe");
  g_assert_true (caseload_store_create_person (fixture->store, fixture->gp, person, &error));
  g_assert_false (caseload_store_create_person (fixture->store, fixture->gp, duplicate, NULL));
  entry = test_add_entry (fixture, fixture->gp, person, "2026-11-01T10:00:00Z",
                          "Relapse signature discussed.", CASELOAD_SENSITIVITY_PRIVATE);
  test_share (fixture, person, fixture->mind, TRUE, FALSE);
  stale = caseload_person_copy (person);
  caseload_person_set_phone (person, "07700 900111");
  g_assert_true (caseload_store_update_person (fixture->store, fixture->gp, person, NULL));
  g_assert_false (caseload_store_update_person (fixture->store, fixture->gp, stale, NULL));
  found = caseload_store_list_people (fixture->store, fixture->worker, "tempe okaf", 0, 10, &error);
  g_assert_cmpuint (found->len, ==, 1);

  for (guint i = 0; i < G_N_ELEMENTS (identifiers); i++)
    if (strstr (captured_log->str, identifiers[i]) != NULL)
      g_error ("The log names a person (“%s”): %s", identifiers[i], captured_log->str);
}

static void
test_sqlite_journal (TestStore     *fixture,
                     gconstpointer  data)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  if (test_backend_is_postgresql ())
    {
      g_test_skip ("SQLite's journal mode: no PostgreSQL equivalent");
      return;
    }
  /* WAL is recorded in the file, so a second connection sees it. */
  g_assert_cmpint (sqlite3_open_v2 (fixture->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA journal_mode", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "wal");
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

int
main (int   argc,
      char *argv[])
{
  captured_log = g_string_new (NULL);
  g_log_set_writer_func (capture_log_cb, NULL, NULL);
  g_setenv ("G_MESSAGES_DEBUG", "all", TRUE);
  g_test_init (&argc, &argv, NULL);
  test_init_backend ();

  FIXTURE_TEST ("/store/person/create-read", test_person_create_read);
  FIXTURE_TEST ("/store/person/invalid", test_person_invalid);
  FIXTURE_TEST ("/store/person/duplicate-nhs-number", test_person_duplicate_nhs);
  FIXTURE_TEST ("/store/person/unknown-practice", test_person_unknown_practice);
  FIXTURE_TEST ("/store/person/update", test_person_update);
  FIXTURE_TEST ("/store/person/conflict", test_person_conflict);
  FIXTURE_TEST ("/store/person/not-found", test_person_not_found);
  FIXTURE_TEST ("/store/actor/unknown", test_actor_unknown);
  FIXTURE_TEST ("/store/search", test_search);
  FIXTURE_TEST ("/store/search/dense", test_search_dense);
  FIXTURE_TEST ("/store/paging", test_paging);
  FIXTURE_TEST ("/store/transaction/rollback", test_transaction_rollback);
  FIXTURE_TEST ("/store/timeline/add-list-private", test_timeline);
  FIXTURE_TEST ("/store/timeline/invalid", test_timeline_invalid);
  FIXTURE_TEST ("/store/network", test_network);
  FIXTURE_TEST ("/store/organisations-and-staff", test_organisations_and_staff);
  FIXTURE_TEST ("/store/async", test_async);
  FIXTURE_TEST ("/store/log/no-identifiers", test_log_has_no_identifiers);
  FIXTURE_TEST ("/store/sqlite/journal", test_sqlite_journal);

  return g_test_run ();
}
