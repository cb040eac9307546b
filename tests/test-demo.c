/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>

#include "caseload-core.h"
#include "caseload-ips.h"
#include "caseload-plan-action.h"
#include "caseload-plan-goal.h"
#include "test-util.h"

/* A fresh SQLite store in a temporary directory with a fixed clock: empty, or (for
 * TEAM_TEST) a copy of one that has the demo team already. Making the team hashes every
 * staff member's password, which takes a moment by design, so it is done once. */
typedef struct {
  char          *dir;
  CaseloadClock *clock;
  CaseloadStore *store;
} Fixture;

#define FIXTURE_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
#define TEAM_TEST(path, func) \
  g_test_add (path, Fixture, GINT_TO_POINTER (TRUE), fixture_setup, func, fixture_teardown)

static char *team_dir;    /* made on first use */
static char *team_path;   /* team_dir/team.db */

static GDateTime *
fixed_now (void)
{
  return g_date_time_new_utc (2026, 11, 22, 10, 0, 0);
}

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

/* The path of a database with the demo team and nobody else. */
static const char *
team_database (void)
{
  if (team_path == NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GDateTime) now = fixed_now ();
      g_autoptr(CaseloadClock) clock = caseload_clock_new_fixed (now);
      g_autoptr(CaseloadStore) store = NULL;
      CaseloadDemoOptions options;

      team_dir = g_dir_make_tmp ("caseload-test-demo-team-XXXXXX", &error);
      g_assert_no_error (error);
      store = open_store (team_dir, "team.db", clock);
      caseload_demo_options_init (&options);
      options.n_people = 0;
      g_assert_true (caseload_demo_seed (store, clock, &options, &error));
      g_assert_no_error (error);
      /* Closed, so the file holds everything. */
      g_assert_finalize_object (g_steal_pointer (&store));
      team_path = g_build_filename (team_dir, "team.db", NULL);
    }

  return team_path;
}

/* A store called @name in @dir that starts with the demo team. */
static CaseloadStore *
open_team_store (const char    *dir,
                 const char    *name,
                 CaseloadClock *clock)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) source = g_file_new_for_path (team_database ());
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) destination = g_file_new_for_path (path);

  g_assert_true (g_file_copy (source, destination, G_FILE_COPY_NONE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return open_store (dir, name, clock);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = fixed_now ();

  fixture->dir = g_dir_make_tmp ("caseload-test-demo-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->clock = caseload_clock_new_fixed (now);
  if (GPOINTER_TO_INT (data))
    fixture->store = open_team_store (fixture->dir, "demo.db", fixture->clock);
  else
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

static gboolean
writes_in_records (CaseloadStaff *staff)
{
  CaseloadAccessRole role = caseload_staff_get_access_role (staff);

  return caseload_staff_get_active (staff) &&
         role != CASELOAD_ROLE_ADMINISTRATOR &&
         role != CASELOAD_ROLE_TEAM_MANAGER;
}

/* One staff member who writes in records from every organisation that has one, by
 * organisation id: what a record looks like depends only on the organisation. */
static GHashTable *
staff_by_organisation (CaseloadStore *store)
{
  g_autoptr(GPtrArray) staff = list_staff (store);
  GHashTable *by_organisation = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  for (guint i = 0; i < staff->len; i++)
    {
      CaseloadStaff *member = g_ptr_array_index (staff, i);

      if (writes_in_records (member) &&
          !g_hash_table_contains (by_organisation, caseload_staff_get_organisation_id (member)))
        g_hash_table_insert (by_organisation, g_strdup (caseload_staff_get_organisation_id (member)),
                             g_object_ref (member));
    }

  return by_organisation;
}

static CaseloadAccess
check_access (CaseloadStore *store,
              CaseloadStaff *actor,
              const char    *person_id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *explanation = NULL;
  CaseloadAccess access = { FALSE, };

  g_assert_true (caseload_store_check_access (store, actor, person_id, &access, &explanation, &error));
  g_assert_no_error (error);
  return access;
}

static int
compare_nhs_numbers (gconstpointer a,
                     gconstpointer b)
{
  CaseloadPerson *x = *(CaseloadPerson **) a;
  CaseloadPerson *y = *(CaseloadPerson **) b;

  return g_strcmp0 (caseload_person_get_nhs_number (x), caseload_person_get_nhs_number (y));
}

/* Everyone in the store, by NHS number: each staff member sees only the people their
 * organisation may see, so ask every organisation. */
static GPtrArray *
list_people (CaseloadStore *store)
{
  g_autoptr(GHashTable) readers = staff_by_organisation (store);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *people = g_ptr_array_new_with_free_func (g_object_unref);
  GHashTableIter iter;
  gpointer value;

  g_assert_cmpuint (g_hash_table_size (readers), >, 0);
  g_hash_table_iter_init (&iter, readers);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) visible = caseload_store_list_people (store, value, NULL, 0, 10000, &error);

      g_assert_no_error (error);
      g_assert_nonnull (visible);
      for (guint i = 0; i < visible->len; i++)
        {
          CaseloadPerson *person = g_ptr_array_index (visible, i);

          if (g_hash_table_add (seen, g_strdup (caseload_person_get_id (person))))
            g_ptr_array_add (people, g_object_ref (person));
        }
    }

  g_ptr_array_sort (people, compare_nhs_numbers);
  return people;
}

/* Every entry in the store, by id: private entries only reach their author's
 * organisation, so read each timeline as every organisation that may see it. */
static GHashTable *
collect_entries (CaseloadStore *store)
{
  g_autoptr(GHashTable) readers = staff_by_organisation (store);
  g_autoptr(GPtrArray) people = list_people (store);
  GHashTable *entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  for (guint p = 0; p < people->len; p++)
    {
      const char *person_id = caseload_person_get_id (g_ptr_array_index (people, p));
      GHashTableIter iter;
      gpointer value;

      g_hash_table_iter_init (&iter, readers);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(GPtrArray) timeline = NULL;

          if (!check_access (store, value, person_id).may_view)
            continue;

          timeline = caseload_store_list_timeline_entries (store, value, person_id, 0, 10000, &error);
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

static CaseloadOrganisation *
find_organisation (GPtrArray  *organisations,
                   const char *id)
{
  for (guint i = 0; i < organisations->len; i++)
    if (g_strcmp0 (caseload_organisation_get_id (g_ptr_array_index (organisations, i)), id) == 0)
      return g_ptr_array_index (organisations, i);
  return NULL;
}

static CaseloadStaff *
find_username (GPtrArray  *staff,
               const char *username)
{
  for (guint i = 0; i < staff->len; i++)
    if (g_strcmp0 (caseload_staff_get_username (g_ptr_array_index (staff, i)), username) == 0)
      return g_ptr_array_index (staff, i);
  return NULL;
}

static gboolean
is_plain_username (const char *username)
{
  const char *dot = strchr (username, '.');

  if (dot == NULL || dot == username || dot[1] == '\0' || strchr (dot + 1, '.') != NULL)
    return FALSE;
  for (const char *p = username; *p; p++)
    if (*p != '.' && !(*p >= 'a' && *p <= 'z'))
      return FALSE;
  return TRUE;
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
  g_autoptr(GHashTable) usernames = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) staffed = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(CaseloadStaff) signed_in = NULL;
  g_autoptr(CaseloadStaff) administrator = NULL;
  CaseloadOrganisation *first_organisation;
  CaseloadStaff *first;
  guint n_managers = 0;
  guint n_administrators = 0;

  g_assert_true (caseload_demo_store_is_empty (fixture->store, &error));
  g_assert_no_error (error);

  seed (fixture->store, fixture->clock, 1, 1);

  g_assert_false (caseload_demo_store_is_empty (fixture->store, &error));
  g_assert_no_error (error);

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
  g_assert_cmpuint (staff->len, >=, 20);
  for (guint i = 0; i < staff->len; i++)
    {
      CaseloadStaff *member = g_ptr_array_index (staff, i);
      const char *username = caseload_staff_get_username (member);
      g_autofree char *email = NULL;
      CaseloadOrganisation *organisation = find_organisation (organisations, caseload_staff_get_organisation_id (member));

      /* firstname.lastname, ASCII lower case, unique; the e-mail address matches. */
      g_assert_nonnull (username);
      if (!is_plain_username (username))
        g_error ("“%s” is not a firstname.lastname username", username);
      g_assert_true (g_hash_table_add (usernames, (gpointer) username));
      email = g_strconcat (username, "@demo.caseload.invalid", NULL);
      g_assert_cmpstr (caseload_staff_get_email (member), ==, email);

      /* Documented demo passwords: nobody is sent to change theirs. */
      g_assert_true (caseload_staff_get_active (member));
      g_assert_false (caseload_staff_get_must_change_password (member));
      assert_plain_words (caseload_staff_get_role (member));

      g_assert_nonnull (organisation);
      g_hash_table_add (staffed, (gpointer) caseload_organisation_get_id (organisation));

      /* The access role fits the job and the organisation. */
      switch (caseload_staff_get_access_role (member))
        {
        case CASELOAD_ROLE_PRIMARY_CARE_CLINICIAN:
          g_assert_cmpint (caseload_organisation_get_kind (organisation), ==, CASELOAD_ORGANISATION_GP_PRACTICE);
          break;
        case CASELOAD_ROLE_PSYCHIATRIST:
        case CASELOAD_ROLE_TEAM_MANAGER:
        case CASELOAD_ROLE_ADMINISTRATOR:
          g_assert_cmpint (caseload_organisation_get_kind (organisation), ==, CASELOAD_ORGANISATION_MENTAL_HEALTH_TRUST);
          n_managers += caseload_staff_get_access_role (member) == CASELOAD_ROLE_TEAM_MANAGER;
          n_administrators += caseload_staff_get_access_role (member) == CASELOAD_ROLE_ADMINISTRATOR;
          break;
        case CASELOAD_ROLE_SOCIAL_WORKER:
        case CASELOAD_ROLE_AMHP:
          g_assert_cmpint (caseload_organisation_get_kind (organisation), ==, CASELOAD_ORGANISATION_ADULT_SOCIAL_CARE);
          break;
        case CASELOAD_ROLE_VCSE_WORKER:
        case CASELOAD_ROLE_PEER_SUPPORT_WORKER:
          g_assert_cmpint (caseload_organisation_get_kind (organisation), ==, CASELOAD_ORGANISATION_VCSE);
          break;
        case CASELOAD_ROLE_HOUSING_OFFICER:
          g_assert_cmpint (caseload_organisation_get_kind (organisation), ==, CASELOAD_ORGANISATION_HOUSING);
          break;
        case CASELOAD_ROLE_EMPLOYMENT_SPECIALIST:
          g_assert_cmpint (caseload_organisation_get_kind (organisation), ==, CASELOAD_ORGANISATION_EMPLOYMENT);
          break;
        case CASELOAD_ROLE_MENTAL_HEALTH_PRACTITIONER:
        default:
          break;
        }
      if (g_str_equal (caseload_staff_get_role (member), "GP"))
        g_assert_cmpint (caseload_staff_get_access_role (member), ==, CASELOAD_ROLE_PRIMARY_CARE_CLINICIAN);
    }
  g_assert_cmpuint (n_managers, ==, 1);
  g_assert_cmpuint (n_administrators, ==, 1);
  g_assert_cmpint (caseload_staff_get_access_role (find_username (staff, "morven.adeyinka")), ==,
                   CASELOAD_ROLE_TEAM_MANAGER);
  g_assert_cmpint (caseload_staff_get_access_role (find_username (staff, "nadia.raman")), ==,
                   CASELOAD_ROLE_ADMINISTRATOR);

  /* Every organisation has someone, so every practice can write in its people's records. */
  g_assert_cmpuint (g_hash_table_size (staffed), ==, organisations->len);

  /* The first staff member: a mental health practitioner at EPUT, as before sign-in. */
  first = g_ptr_array_index (staff, 0);
  first_organisation = find_organisation (organisations, caseload_staff_get_organisation_id (first));
  g_assert_nonnull (first_organisation);
  g_assert_cmpint (caseload_organisation_get_kind (first_organisation), ==, CASELOAD_ORGANISATION_MENTAL_HEALTH_TRUST);
  g_assert_cmpint (caseload_staff_get_access_role (first), ==, CASELOAD_ROLE_MENTAL_HEALTH_PRACTITIONER);
  g_assert_cmpstr (caseload_staff_get_username (first), ==, "adaeze.nwosu");

  /* Everyone signs in with the documented demo password; two are enough to show it (each
   * check takes a moment, by design). */
  signed_in = caseload_store_sign_in (fixture->store, "adaeze.nwosu", "caseload-demo", &error);
  g_assert_no_error (error);
  g_assert_nonnull (signed_in);
  g_assert_cmpstr (caseload_staff_get_id (signed_in), ==, caseload_staff_get_id (first));
  g_assert_false (caseload_staff_get_must_change_password (signed_in));

  administrator = caseload_store_sign_in (fixture->store, "nadia.raman", "caseload-demo", &error);
  g_assert_no_error (error);
  g_assert_nonnull (administrator);
  g_assert_cmpint (caseload_staff_get_access_role (administrator), ==, CASELOAD_ROLE_ADMINISTRATOR);
}

static void
test_people (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GHashTable) readers = NULL;
  g_autoptr(GHashTable) numbers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_members = 0;
  guint n_carers = 0;
  GDate today;

  seed (fixture->store, fixture->clock, 50, 7);
  caseload_clock_today (fixture->clock, &today);

  people = list_people (fixture->store);
  g_assert_cmpuint (people->len, ==, 50);
  readers = staff_by_organisation (fixture->store);

  for (guint i = 0; i < people->len; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CaseloadPersonDetail) detail = NULL;
      g_autoptr(GPtrArray) problems = NULL;
      CaseloadPerson *person = g_ptr_array_index (people, i);
      CaseloadStaff *practice_staff;
      const char *nhs_number;
      int age;

      /* Everyone's own practice has staff, who see the record (direct care). */
      practice_staff = g_hash_table_lookup (readers, caseload_person_get_gp_practice_id (person));
      g_assert_nonnull (practice_staff);
      detail = caseload_store_open_person (fixture->store, practice_staff, caseload_person_get_id (person), &error);
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
  g_autoptr(CaseloadStore) other = open_team_store (fixture->dir, "other.db", fixture->clock);
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

static gboolean
needs_consent (CaseloadOrganisationKind kind)
{
  return kind == CASELOAD_ORGANISATION_VCSE ||
         kind == CASELOAD_ORGANISATION_HOUSING ||
         kind == CASELOAD_ORGANISATION_EMPLOYMENT;
}

static void
parse_date (const char *iso,
            GDate      *date)
{
  int year, month, day;

  g_assert_nonnull (iso);
  g_assert_cmpint (sscanf (iso, "%4d-%2d-%2d", &year, &month, &day), ==, 3);
  g_assert_true (g_date_valid_dmy (day, month, year));
  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
}

/* The demo keeps to the sharing policy: every organisation that wrote in a timeline may
 * add to that record, the voluntary sector, housing and employment services on consent
 * decided before their first entry; and a few people declined sharing with a service
 * that never wrote. */
static void
check_sharing (CaseloadStore *store,
               GHashTable    *entries)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) organisations = caseload_store_list_organisations (store, &error);
  g_autoptr(GHashTable) readers = staff_by_organisation (store);
  g_autoptr(GPtrArray) people = list_people (store);
  /* "person-id organisation-id" → the earliest entry's occurred-at */
  g_autoptr(GHashTable) first_entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) consented = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer key, value;
  guint n_declined = 0;
  guint n_consented = 0;

  g_assert_no_error (error);

  g_hash_table_iter_init (&iter, entries);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      CaseloadTimelineEntry *entry = value;
      char *pair = g_strconcat (caseload_timeline_entry_get_person_id (entry), " ",
                                caseload_timeline_entry_get_organisation_id (entry), NULL);
      const char *occurred_at = caseload_timeline_entry_get_occurred_at (entry);
      const char *earliest = g_hash_table_lookup (first_entries, pair);

      if (earliest == NULL || strcmp (occurred_at, earliest) < 0)
        g_hash_table_replace (first_entries, pair, (gpointer) occurred_at);
      else
        g_free (pair);
    }

  /* Whoever wrote may add, under the policy, now. */
  g_hash_table_iter_init (&iter, first_entries);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_auto(GStrv) ids = g_strsplit (key, " ", 2);
      CaseloadStaff *writer = g_hash_table_lookup (readers, ids[1]);
      CaseloadAccess access;

      g_assert_nonnull (writer);
      access = check_access (store, writer, ids[0]);
      if (!access.may_add)
        g_error ("%s wrote in a record it may not add to", caseload_staff_get_organisation_id (writer));
    }

  for (guint p = 0; p < people->len; p++)
    {
      CaseloadPerson *person = g_ptr_array_index (people, p);
      const char *person_id = caseload_person_get_id (person);
      CaseloadStaff *practice_staff = g_hash_table_lookup (readers, caseload_person_get_gp_practice_id (person));
      g_autoptr(GPtrArray) decisions = NULL;

      g_assert_nonnull (practice_staff);
      decisions = caseload_store_list_consent (store, practice_staff, person_id, FALSE, &error);
      g_assert_no_error (error);
      g_assert_nonnull (decisions);

      for (guint d = 0; d < decisions->len; d++)
        {
          CaseloadConsent *consent = g_ptr_array_index (decisions, d);
          g_autofree char *pair = g_strconcat (person_id, " ", caseload_consent_get_organisation_id (consent), NULL);
          const char *first_entry = g_hash_table_lookup (first_entries, pair);
          CaseloadOrganisation *organisation = find_organisation (organisations,
                                                                  caseload_consent_get_organisation_id (consent));
          CaseloadConsentMethod method = caseload_consent_get_method (consent);
          GDate decided, review;

          g_assert_nonnull (organisation);
          g_assert_nonnull (caseload_consent_get_recorded_by (consent));
          g_assert_true (method == CASELOAD_CONSENT_METHOD_VERBAL || method == CASELOAD_CONSENT_METHOD_WRITTEN);
          assert_plain_words (caseload_consent_get_note (consent));

          /* Reviewed a year after the decision. */
          parse_date (caseload_consent_get_decided_on (consent), &decided);
          parse_date (caseload_consent_get_review_date (consent), &review);
          g_date_add_years (&decided, 1);
          g_assert_cmpint (g_date_compare (&decided, &review), ==, 0);

          if (caseload_consent_get_may_add (consent))
            {
              g_assert_true (caseload_consent_get_may_view (consent));
              g_assert_true (needs_consent (caseload_organisation_get_kind (organisation)));
              /* Decided before the organisation's first entry. */
              g_assert_nonnull (first_entry);
              g_assert_cmpint (strncmp (caseload_consent_get_decided_on (consent), first_entry, 10), <, 0);
              g_hash_table_add (consented, g_steal_pointer (&pair));
              n_consented++;
            }
          else
            {
              CaseloadStaff *declined = g_hash_table_lookup (readers, caseload_consent_get_organisation_id (consent));

              /* Declined, with a service that never wrote in the record, which now
               * cannot see it. */
              g_assert_false (caseload_consent_get_may_view (consent));
              g_assert_null (first_entry);
              if (declined != NULL)
                {
                  CaseloadAccess access = check_access (store, declined, person_id);

                  g_assert_false (access.may_view);
                  g_assert_cmpint (access.basis, ==, CASELOAD_ACCESS_BASIS_DECLINED);
                }
              n_declined++;
            }
        }
    }

  /* Every voluntary-sector, housing or employment service that wrote had consent. */
  g_hash_table_iter_init (&iter, first_entries);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_auto(GStrv) ids = g_strsplit (key, " ", 2);
      CaseloadOrganisation *organisation = find_organisation (organisations, ids[1]);

      if (needs_consent (caseload_organisation_get_kind (organisation)))
        g_assert_true (g_hash_table_contains (consented, key));
    }

  g_assert_cmpuint (n_consented, >, 0);
  g_assert_cmpuint (n_declined, >, 0);
  g_assert_cmpuint (n_declined, <=, people->len / 5);
}

/* What the demo's plans hold, over everyone the nurse can see. */
typedef struct {
  guint    with_plan;
  guint    reviewed;             /* three versions or more: written, added to, reviewed */
  guint    several_organisations;
  gboolean owners[4];            /* CaseloadActionOwnerKind seen */
  guint    crisis_lines;         /* plans naming NHS 111 option 2 and the crisis sanctuary */
  guint    risk_measures;
  guint    measured_over_time;   /* people with four PHQ-9 scores */
  guint    reviews;
} PlanCounts;

static void
count_plan (PlanCounts       *counts,
            CaseloadOutcomes *outcomes)
{
  g_autofree char *text = caseload_plan_to_text (outcomes->plan);
  g_autofree char *lower = g_utf8_strdown (text, -1);
  GPtrArray *goals = caseload_plan_get_goals (outcomes->plan);
  const char *who = caseload_plan_get_who_to_contact (outcomes->plan);
  guint phq9 = 0;

  /* The team's words */
  g_assert_null (strstr (lower, "patient"));
  g_assert_null (strstr (lower, "discharge"));

  counts->with_plan++;
  counts->reviewed += outcomes->versions->len >= 3;
  for (guint v = 1; v < outcomes->versions->len; v++)
    if (g_strcmp0 (caseload_plan_version_get_organisation_name (g_ptr_array_index (outcomes->versions, v)),
                   caseload_plan_version_get_organisation_name (g_ptr_array_index (outcomes->versions, 0))) != 0)
      {
        counts->several_organisations++;
        break;
      }
  for (guint g = 0; g < goals->len; g++)
    {
      GPtrArray *actions = caseload_plan_goal_get_actions (g_ptr_array_index (goals, g));

      g_assert_cmpuint (actions->len, >, 0);
      for (guint a = 0; a < actions->len; a++)
        counts->owners[caseload_plan_action_get_owner_kind (g_ptr_array_index (actions, a))] = TRUE;
    }
  counts->crisis_lines += who != NULL && strstr (who, "NHS 111, option 2") != NULL && strstr (who, "crisis sanctuary") != NULL;
  for (guint m = 0; m < outcomes->measures->len; m++)
    {
      CaseloadMeasure *measure = g_ptr_array_index (outcomes->measures, m);

      counts->risk_measures += caseload_measure_get_risk (measure);
      phq9 += caseload_measure_get_instrument (measure) == CASELOAD_INSTRUMENT_PHQ9;
    }
  counts->measured_over_time += phq9 >= 4;
  counts->reviews += outcomes->reviews->len;
}

static void
test_plans (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) staff = list_staff (fixture->store);
  CaseloadStaff *nurse = find_username (staff, "adaeze.nwosu");
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GError) error = NULL;
  PlanCounts counts = { 0 };

  seed (fixture->store, fixture->clock, 300, 20261122);
  people = caseload_store_list_people (fixture->store, nurse, NULL, 0, 1000, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < people->len; i++)
    {
      g_autoptr(CaseloadOutcomes) outcomes = NULL;

      outcomes = caseload_store_read_outcomes (fixture->store, nurse,
                                               caseload_person_get_id (g_ptr_array_index (people, i)), &error);
      g_assert_no_error (error);
      if (caseload_plan_get_version (outcomes->plan) > 0)
        count_plan (&counts, outcomes);
    }

  /* A few dozen plans, most reviewed, written by more than one organisation */
  g_assert_cmpuint (counts.with_plan, >=, 20);
  g_assert_cmpuint (counts.reviewed, >=, counts.with_plan / 2);
  g_assert_cmpuint (counts.reviews, ==, counts.reviewed);
  g_assert_cmpuint (counts.several_organisations, >=, counts.with_plan / 2);
  /* Actions for the person, their network, a named worker and an organisation */
  for (guint k = 0; k < G_N_ELEMENTS (counts.owners); k++)
    g_assert_true (counts.owners[k]);
  g_assert_cmpuint (counts.crisis_lines, ==, counts.with_plan);
  /* Measures over months, and the one risk answer */
  g_assert_cmpuint (counts.measured_over_time, >=, counts.with_plan / 2);
  g_assert_cmpuint (counts.risk_measures, ==, 1);
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

  check_sharing (fixture->store, entries);
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

/* The demo's pathways: every part has something to show, and the figures that need a
 * running clock, a breach, a finished group and a job start have one. */
static void
test_pathways (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) staff = list_staff (fixture->store);
  CaseloadStaff *manager = find_username (staff, "morven.adeyinka");
  g_autoptr(GPtrArray) cohorts = NULL;
  g_autoptr(GPtrArray) fidelity = NULL;
  g_autoptr(CaseloadDashboard) dashboard = NULL;
  g_autoptr(GError) error = NULL;
  guint finished = 0, attendance = 0, housing = 0, jobs = 0;

  seed (fixture->store, fixture->clock, 300, 20261122);

  cohorts = caseload_store_list_cohorts (fixture->store, manager, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cohorts->len, ==, 3);
  for (guint c = 0; c < cohorts->len; c++)
    {
      CaseloadCohort *listed = g_ptr_array_index (cohorts, c);
      g_autoptr(CaseloadCohort) cohort = caseload_store_get_cohort (fixture->store, manager,
                                                                    caseload_cohort_get_id (listed), &error);
      GPtrArray *facilitators;

      g_assert_no_error (error);
      facilitators = caseload_cohort_get_facilitators (cohort);
      /* Co-facilitated across organisations, 8–10 people */
      g_assert_cmpuint (facilitators->len, ==, 2);
      g_assert_cmpstr (caseload_staff_get_organisation_id (g_ptr_array_index (facilitators, 0)), !=,
                       caseload_staff_get_organisation_id (g_ptr_array_index (facilitators, 1)));
      g_assert_cmpint (caseload_cohort_get_n_participants (listed), >=, 8);
      g_assert_cmpint (caseload_cohort_get_n_participants (listed), <=, 10);
      finished += caseload_cohort_get_next_session_on (listed) == NULL;
      attendance += caseload_cohort_get_attendance (cohort)->len;
    }
  g_assert_cmpuint (finished, ==, 1);
  g_assert_cmpuint (attendance, >, 100);

  fidelity = caseload_store_list_fidelity_reviews (fixture->store, manager, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fidelity->len, ==, 1);
  g_assert_cmpint (caseload_fidelity_review_get_band (g_ptr_array_index (fidelity, 0)), ==, CASELOAD_FIDELITY_GOOD);

  dashboard = caseload_store_read_dashboard (fixture->store, manager, "2026-01-01", "2026-12-31", NULL, &error);
  g_assert_no_error (error);
  /* Open Dialogue: met in time, met late, running and breached all shown */
  g_assert_cmpuint (dashboard->od_met, >=, 1);
  g_assert_cmpuint (dashboard->od_met_late, ==, 1);
  g_assert_cmpuint (dashboard->od_running, ==, 1);
  g_assert_cmpuint (dashboard->od_breached, ==, 1);
  g_assert_cmpuint (dashboard->cohorts->len, >=, 2);
  for (guint i = 0; i < dashboard->ips->len; i++)
    {
      CaseloadIpsFigures *figures = &g_array_index (dashboard->ips, CaseloadIpsFigures, i);

      if (figures->specialist_id == NULL)
        jobs = figures->job_starts;
    }
  /* Three jobs, one of them 3 hours a week, which is not a job start */
  g_assert_cmpuint (jobs, ==, 3);
  for (guint s = 0; s < G_N_ELEMENTS (dashboard->housing_by_status); s++)
    housing += dashboard->housing_by_status[s];
  g_assert_cmpuint (housing, >=, 6);
  g_assert_cmpuint (dashboard->not_settled, >=, 5);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/demo/options/defaults", test_options_defaults);
  FIXTURE_TEST ("/demo/seed/team", test_team);
  TEAM_TEST ("/demo/seed/people", test_people);
  TEAM_TEST ("/demo/seed/same-seed", test_same_seed);
  TEAM_TEST ("/demo/seed/again", test_again);
  TEAM_TEST ("/demo/seed/timelines", test_timelines);
  TEAM_TEST ("/demo/seed/heavy", test_heavy);
  TEAM_TEST ("/demo/seed/plans", test_plans);
  TEAM_TEST ("/demo/seed/pathways", test_pathways);

  status = g_test_run ();
  if (team_dir != NULL)
    test_remove_dir (team_dir);
  g_clear_pointer (&team_path, g_free);
  g_clear_pointer (&team_dir, g_free);
  return status;
}
