/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "caseload-core.h"

/* A fresh SQLite store in a temporary directory with a fixed clock. */
typedef struct {
  char          *dir;
  CaseloadClock *clock;
  CaseloadStore *store;
} Fixture;

#define FIXTURE_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

static CaseloadStore *
open_store (const char    *dir,
            const char    *name,
            CaseloadClock *clock)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  CaseloadStore *store = caseload_store_sqlite_new (path, clock, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 22, 10, 0, 0);

  fixture->dir = g_dir_make_tmp ("caseload-test-demo-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->clock = caseload_clock_new_fixed (now);
  fixture->store = open_store (fixture->dir, "demo.db", fixture->clock);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_assert_finalize_object (fixture->store);
  g_clear_object (&fixture->clock);

  dir = g_dir_open (fixture->dir, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_assert_cmpint (g_unlink (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (fixture->dir), ==, 0);
  g_clear_pointer (&fixture->dir, g_free);
}

static void
seed (CaseloadStore *store,
      CaseloadClock *clock,
      guint          n_people,
      guint32        seed_value)
{
  g_autoptr(GError) error = NULL;
  CaseloadDemoOptions options;

  caseload_demo_options_init (&options);
  options.n_people = n_people;
  options.seed = seed_value;
  g_assert_true (caseload_demo_seed (store, clock, &options, &error));
  g_assert_no_error (error);
}

static GPtrArray *
list_staff (CaseloadStore *store)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *staff = caseload_store_list_staff (store, &error);

  g_assert_no_error (error);
  g_assert_nonnull (staff);
  return staff;
}

static guint
count_organisations (CaseloadStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) organisations = caseload_store_list_organisations (store, &error);

  g_assert_no_error (error);
  return organisations->len;
}

static GPtrArray *
list_people (CaseloadStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) staff = list_staff (store);
  GPtrArray *people;

  g_assert_cmpuint (staff->len, >, 0);
  people = caseload_store_list_people (store, g_ptr_array_index (staff, 0), NULL, 0, 10000, &error);
  g_assert_no_error (error);
  g_assert_nonnull (people);
  return people;
}

/* Every entry in the store, by id: private entries only reach their author's
 * organisation, so read each timeline as every staff member. */
static GHashTable *
collect_entries (CaseloadStore *store)
{
  g_autoptr(GPtrArray) staff = list_staff (store);
  g_autoptr(GPtrArray) people = list_people (store);
  GHashTable *entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  for (guint s = 0; s < staff->len; s++)
    {
      for (guint p = 0; p < people->len; p++)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(GPtrArray) timeline = NULL;

          timeline = caseload_store_list_timeline_entries (store, g_ptr_array_index (staff, s),
                                                           caseload_person_get_id (g_ptr_array_index (people, p)),
                                                           0, 10000, &error);
          g_assert_no_error (error);
          for (guint i = 0; i < timeline->len; i++)
            {
              CaseloadTimelineEntry *entry = g_ptr_array_index (timeline, i);

              g_hash_table_replace (entries, g_strdup (caseload_timeline_entry_get_id (entry)),
                                    g_object_ref (entry));
            }
        }
    }

  return entries;
}

static void
assert_plain_words (const char *text)
{
  g_autofree char *folded = NULL;

  if (text == NULL)
    return;
  folded = g_utf8_casefold (text, -1);
  if (strstr (folded, "patient") != NULL || strstr (folded, "discharge") != NULL)
    g_error ("Demo text uses a word the team avoids: “%s”", text);
}

static void
test_options_defaults (void)
{
  CaseloadDemoOptions options;

  memset (&options, 0xff, sizeof options);
  caseload_demo_options_init (&options);
  g_assert_cmpuint (options.n_people, ==, 300);
  g_assert_cmpuint (options.entries_per_person, ==, 6);
  g_assert_cmpuint (options.heavy_people, ==, 0);
  g_assert_cmpuint (options.heavy_entries, ==, 500);
  g_assert_cmpuint (options.seed, ==, 20261122);
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (caseload_demo_store_is_empty (fixture->store, &error));
  g_assert_no_error (error);

  seed (fixture->store, fixture->clock, 5, 1);

  g_assert_false (caseload_demo_store_is_empty (fixture->store, &error));
  g_assert_no_error (error);
}

static void
test_team (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) organisations = NULL;
  g_autoptr(GPtrArray) staff = NULL;
  g_autoptr(GHashTable) pcns = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) kinds = g_hash_table_new (NULL, NULL);
  CaseloadOrganisation *first_organisation = NULL;
  CaseloadStaff *first;

  seed (fixture->store, fixture->clock, 1, 1);

  organisations = caseload_store_list_organisations (fixture->store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < organisations->len; i++)
    {
      CaseloadOrganisation *organisation = g_ptr_array_index (organisations, i);
      CaseloadOrganisationKind kind = caseload_organisation_get_kind (organisation);

      g_hash_table_add (kinds, GINT_TO_POINTER (kind));
      if (kind == CASELOAD_ORGANISATION_GP_PRACTICE)
        {
          g_assert_nonnull (caseload_organisation_get_pcn (organisation));
          g_hash_table_add (pcns, (gpointer) caseload_organisation_get_pcn (organisation));
        }
      else
        g_assert_null (caseload_organisation_get_pcn (organisation));
    }
  /* Four PCNs and one organisation of every kind. */
  g_assert_cmpuint (g_hash_table_size (pcns), ==, 4);
  g_assert_true (g_hash_table_contains (pcns, "ASOP"));
  g_assert_true (g_hash_table_contains (pcns, "Grays"));
  g_assert_true (g_hash_table_contains (pcns, "Tilbury and Chadwell"));
  g_assert_true (g_hash_table_contains (pcns, "Stanford-le-Hope and Corringham"));
  g_assert_cmpuint (g_hash_table_size (kinds), ==, 7);

  staff = list_staff (fixture->store);
  g_assert_cmpuint (staff->len, >=, 15);
  for (guint i = 0; i < staff->len; i++)
    {
      CaseloadStaff *member = g_ptr_array_index (staff, i);

      g_assert_true (g_str_has_suffix (caseload_staff_get_email (member), "@demo.caseload.invalid"));
      assert_plain_words (caseload_staff_get_role (member));
    }

  /* The application acts as the first staff member: a clinician at EPUT or a practice. */
  first = g_ptr_array_index (staff, 0);
  for (guint i = 0; i < organisations->len; i++)
    {
      CaseloadOrganisation *organisation = g_ptr_array_index (organisations, i);

      if (g_strcmp0 (caseload_organisation_get_id (organisation), caseload_staff_get_organisation_id (first)) == 0)
        first_organisation = organisation;
    }
  g_assert_nonnull (first_organisation);
  g_assert_true (caseload_organisation_get_kind (first_organisation) == CASELOAD_ORGANISATION_MENTAL_HEALTH_TRUST ||
                 caseload_organisation_get_kind (first_organisation) == CASELOAD_ORGANISATION_GP_PRACTICE);
}

static void
test_people (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GPtrArray) staff = NULL;
  g_autoptr(GHashTable) numbers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_members = 0;
  guint n_carers = 0;
  guint count = 0;
  GDate today;

  seed (fixture->store, fixture->clock, 50, 7);
  caseload_clock_today (fixture->clock, &today);

  staff = list_staff (fixture->store);
  g_assert_true (caseload_store_count_people (fixture->store, g_ptr_array_index (staff, 0), NULL, &count, NULL));
  g_assert_cmpuint (count, ==, 50);

  people = list_people (fixture->store);
  g_assert_cmpuint (people->len, ==, 50);

  for (guint i = 0; i < people->len; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CaseloadPersonDetail) detail = NULL;
      g_autoptr(GPtrArray) problems = NULL;
      CaseloadPerson *person;
      const char *nhs_number;
      int age;

      detail = caseload_store_open_person (fixture->store, g_ptr_array_index (staff, 0),
                                           caseload_person_get_id (g_ptr_array_index (people, i)), &error);
      g_assert_no_error (error);
      person = detail->person;

      nhs_number = caseload_person_get_nhs_number (person);
      g_assert_nonnull (nhs_number);
      g_assert_true (caseload_nhs_number_is_valid (nhs_number));
      g_assert_true (caseload_nhs_number_is_test_range (nhs_number));
      g_assert_true (g_str_has_prefix (nhs_number, "999"));
      g_assert_false (g_hash_table_contains (numbers, nhs_number));
      g_hash_table_add (numbers, g_strdup (nhs_number));

      problems = caseload_person_check (person, &today);
      if (problems->len > 0)
        g_error ("%s: %s", caseload_person_get_display_name (person),
                 ((CaseloadFieldError *) g_ptr_array_index (problems, 0))->message);

      age = caseload_person_get_age (person, &today);
      g_assert_cmpint (age, >=, 16);
      g_assert_cmpint (age, <=, 90);
      g_assert_nonnull (caseload_person_get_gp_practice_id (person));
      g_assert_nonnull (caseload_person_get_pcn (person));
      g_assert_nonnull (caseload_person_get_postcode (person));
      assert_plain_words (caseload_person_get_communication_needs (person));
      assert_plain_words (caseload_person_get_address (person));

      g_assert_cmpuint (detail->network->len, <=, 3);
      for (guint j = 0; j < detail->network->len; j++)
        {
          CaseloadNetworkMember *member = g_ptr_array_index (detail->network, j);
          g_autoptr(GPtrArray) member_problems = caseload_network_member_check (member);

          g_assert_cmpuint (member_problems->len, ==, 0);
          assert_plain_words (caseload_network_member_get_relationship_detail (member));
          assert_plain_words (caseload_network_member_get_notes (member));
          if (caseload_network_member_get_relationship (member) == CASELOAD_RELATIONSHIP_CARER)
            {
              g_assert_true (caseload_network_member_get_is_carer (member));
              n_carers++;
            }
          n_members++;
        }
    }

  g_assert_cmpuint (n_members, >, 0);
  g_assert_cmpuint (n_carers, >, 0);
}

static void
test_same_seed (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(CaseloadStore) other = open_store (fixture->dir, "other.db", fixture->clock);
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GPtrArray) other_people = NULL;

  seed (fixture->store, fixture->clock, 20, 424242);
  seed (other, fixture->clock, 20, 424242);

  people = list_people (fixture->store);
  other_people = list_people (other);
  g_assert_cmpuint (people->len, ==, 20);
  g_assert_cmpuint (other_people->len, ==, 20);
  for (guint i = 0; i < people->len; i++)
    {
      CaseloadPerson *a = g_ptr_array_index (people, i);
      CaseloadPerson *b = g_ptr_array_index (other_people, i);

      g_assert_cmpstr (caseload_person_get_display_name (a), ==, caseload_person_get_display_name (b));
      g_assert_cmpstr (caseload_person_get_nhs_number (a), ==, caseload_person_get_nhs_number (b));
      g_assert_cmpstr (caseload_person_get_date_of_birth (a), ==, caseload_person_get_date_of_birth (b));
    }

  g_clear_pointer (&people, g_ptr_array_unref);
  g_clear_pointer (&other_people, g_ptr_array_unref);
  g_assert_finalize_object (g_steal_pointer (&other));
}

static void
test_again (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) staff = NULL;
  g_autoptr(GPtrArray) staff_after = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GHashTable) numbers = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_organisations;

  seed (fixture->store, fixture->clock, 30, 99);
  n_organisations = count_organisations (fixture->store);
  staff = list_staff (fixture->store);

  /* The same seed again: the team is reused and no NHS number repeats. */
  seed (fixture->store, fixture->clock, 30, 99);
  seed (fixture->store, fixture->clock, 10, 100);

  g_assert_cmpuint (count_organisations (fixture->store), ==, n_organisations);
  staff_after = list_staff (fixture->store);
  g_assert_cmpuint (staff_after->len, ==, staff->len);

  people = list_people (fixture->store);
  g_assert_cmpuint (people->len, ==, 70);
  for (guint i = 0; i < people->len; i++)
    {
      const char *nhs_number = caseload_person_get_nhs_number (g_ptr_array_index (people, i));

      g_assert_true (caseload_nhs_number_is_valid (nhs_number));
      g_assert_false (g_hash_table_contains (numbers, nhs_number));
      g_hash_table_add (numbers, (gpointer) nhs_number);
    }
}

static void
test_timelines (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GHashTable) entries = NULL;
  g_autoptr(GHashTable) organisations = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) people = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) kinds = g_hash_table_new (NULL, NULL);
  g_autoptr(GDateTime) now = caseload_clock_now (fixture->clock);
  g_autoptr(GDateTime) two_years_ago = g_date_time_add_days (now, -732);
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  GHashTableIter iter;
  gpointer value;
  guint n_private = 0;

  seed (fixture->store, fixture->clock, 50, 20261122);
  entries = collect_entries (fixture->store);

  /* About six each; a few people have none yet. */
  g_assert_cmpuint (g_hash_table_size (entries), >, 150);
  g_assert_cmpuint (g_hash_table_size (entries), <, 600);

  g_hash_table_iter_init (&iter, entries);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      CaseloadTimelineEntry *entry = value;
      g_autoptr(GPtrArray) problems = caseload_timeline_entry_check (entry, now);
      g_autoptr(GDateTime) when = NULL;

      g_assert_cmpuint (problems->len, ==, 0);
      assert_plain_words (caseload_timeline_entry_get_text (entry));
      g_assert_null (strchr (caseload_timeline_entry_get_text (entry), '{'));
      g_assert_null (strchr (caseload_timeline_entry_get_text (entry), '['));

      when = g_date_time_new_from_iso8601 (caseload_timeline_entry_get_occurred_at (entry), utc);
      g_assert_nonnull (when);
      g_assert_cmpint (g_date_time_compare (when, now), <=, 0);
      g_assert_cmpint (g_date_time_compare (when, two_years_ago), >=, 0);

      g_hash_table_add (organisations, (gpointer) caseload_timeline_entry_get_organisation_id (entry));
      g_hash_table_add (people, (gpointer) caseload_timeline_entry_get_person_id (entry));
      g_hash_table_add (kinds, GINT_TO_POINTER (caseload_timeline_entry_get_kind (entry)));
      if (caseload_timeline_entry_get_sensitivity (entry) == CASELOAD_SENSITIVITY_PRIVATE)
        n_private++;
    }

  g_assert_cmpuint (g_hash_table_size (organisations), >=, 3);
  g_assert_cmpuint (g_hash_table_size (people), >=, 40);
  g_assert_cmpuint (g_hash_table_size (kinds), >=, 6);
  g_assert_cmpuint (n_private, >, 0);
  g_assert_cmpuint (n_private, <, g_hash_table_size (entries) / 5);
}

static void
test_heavy (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) entries = NULL;
  g_autoptr(GHashTable) per_person = g_hash_table_new (g_str_hash, g_str_equal);
  CaseloadDemoOptions options;
  GHashTableIter iter;
  gpointer value;
  guint most = 0;

  caseload_demo_options_init (&options);
  options.n_people = 10;
  options.entries_per_person = 2;
  options.heavy_people = 1;
  options.heavy_entries = 60;
  g_assert_true (caseload_demo_seed (fixture->store, fixture->clock, &options, &error));
  g_assert_no_error (error);

  entries = collect_entries (fixture->store);
  g_hash_table_iter_init (&iter, entries);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      const char *person_id = caseload_timeline_entry_get_person_id (value);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (per_person, person_id)) + 1;

      g_hash_table_insert (per_person, (gpointer) person_id, GUINT_TO_POINTER (n));
      most = MAX (most, n);
    }
  g_assert_cmpuint (most, ==, 60);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/demo/options/defaults", test_options_defaults);
  FIXTURE_TEST ("/demo/store/empty", test_empty);
  FIXTURE_TEST ("/demo/seed/team", test_team);
  FIXTURE_TEST ("/demo/seed/people", test_people);
  FIXTURE_TEST ("/demo/seed/same-seed", test_same_seed);
  FIXTURE_TEST ("/demo/seed/again", test_again);
  FIXTURE_TEST ("/demo/seed/timelines", test_timelines);
  FIXTURE_TEST ("/demo/seed/heavy", test_heavy);

  return g_test_run ();
}
