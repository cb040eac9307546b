/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Desktop notifications: what they say (counts and categories only, as the settings
 * allow, and only what is new) and that Caseload carries on silently with no
 * notification daemon (this test runs on a private D-Bus with none). */

#include "config.h"

#include "caseload-core.h"
#include "caseload-notifier.h"
#include "test-ui-util.h"
#include "test-util.h"

/* Nothing identifying may reach a notification: no name, no NHS number (in any
 * spacing), no note text. */
static void
assert_nothing_identifying (const char  *text,
                            const char **forbidden)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);

  for (guint i = 0; forbidden[i] != NULL; i++)
    {
      g_autofree char *word = g_utf8_casefold (forbidden[i], -1);
      g_assert_null (strstr (folded, word));
    }

  /* Only counts and the words around them: no long digit runs (an NHS number). */
  for (const char *p = text; *p != '\0'; p++)
    {
      guint run = 0;

      while (g_ascii_isdigit (p[run]))
        run++;
      g_assert_cmpuint (run, <, 5);
      if (run > 0)
        p += run - 1;
    }
}

static void
test_compose (void)
{
  CaseloadReminderCounts counts = { .new_allocations = 2, .tasks_due = 3, .clocks_near_breach = 1 };
  CaseloadReminderCounts last = { .new_allocations = 0, .tasks_due = 3, .clocks_near_breach = 1 };
  const char *forbidden[] = { "Sandy", "Okafor", "999 000", "9990000", "Low mood", NULL };
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  const char *list = NULL;

  g_assert_true (caseload_notifier_compose (&counts, NULL, TRUE, TRUE, TRUE, &title, &body, &list));
  g_assert_nonnull (strstr (body, "2 new allocations"));
  g_assert_nonnull (strstr (body, "3 tasks due"));
  g_assert_nonnull (strstr (body, "1 waiting time near breach"));
  g_assert_cmpstr (list, ==, "my-tasks");
  assert_nothing_identifying (title, forbidden);
  assert_nothing_identifying (body, forbidden);
  g_clear_pointer (&title, g_free);
  g_clear_pointer (&body, g_free);

  /* The settings decide what is said. */
  g_assert_true (caseload_notifier_compose (&counts, NULL, TRUE, FALSE, FALSE, &title, &body, &list));
  g_assert_nonnull (strstr (body, "2 new allocations"));
  g_assert_null (strstr (body, "task"));
  g_assert_null (strstr (body, "breach"));
  g_assert_cmpstr (list, ==, "my-caseload");
  g_clear_pointer (&title, g_free);
  g_clear_pointer (&body, g_free);

  /* Nothing new since last time: nothing said. */
  counts.new_allocations = 0;
  g_assert_false (caseload_notifier_compose (&counts, &last, TRUE, TRUE, TRUE, &title, &body, &list));
  g_assert_null (title);

  /* A standing count that grows is news again. */
  counts.clocks_near_breach = 2;
  g_assert_true (caseload_notifier_compose (&counts, &last, FALSE, FALSE, TRUE, &title, &body, &list));
  g_assert_cmpstr (list, ==, "waiting");
  g_assert_nonnull (strstr (body, "2 waiting times near breach"));
  g_clear_pointer (&title, g_free);
  g_clear_pointer (&body, g_free);

  /* Everything switched off: silence. */
  g_assert_false (caseload_notifier_compose (&counts, NULL, FALSE, FALSE, FALSE, &title, &body, &list));
}

/* The demo's reminders for a worker with a caseload, as the store counts them: the text
 * names none of the people that worker can see. */
static void
test_demo_counts (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 22, 10, 0, 0);
  g_autoptr(CaseloadClock) clock = caseload_clock_new_fixed (now);
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(GPtrArray) staff = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GPtrArray) forbidden = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *template_path = test_ui_seed_template (40);
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  CaseloadReminderCounts counts = { 0 };
  CaseloadStaff *worker = NULL;
  const char *list = NULL;
  guint n_created = 0;

  store = caseload_store_sqlite_new (template_path, clock, &error);
  g_assert_no_error (error);
  staff = caseload_store_list_staff (store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < staff->len; i++)
    if (g_strcmp0 (caseload_staff_get_username (g_ptr_array_index (staff, i)), "adaeze.nwosu") == 0)
      worker = g_ptr_array_index (staff, i);
  g_assert_nonnull (worker);

  g_assert_true (caseload_store_refresh_reminders (store, worker, &n_created, &error));
  g_assert_no_error (error);
  g_assert_true (caseload_store_count_reminders (store, worker, "2026-01-01T00:00:00Z", &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.new_allocations + counts.tasks_due + counts.clocks_near_breach, >, 0);
  g_assert_true (caseload_notifier_compose (&counts, NULL, TRUE, TRUE, TRUE, &title, &body, &list));

  /* Every name (long enough not to be a piece of an ordinary word) and NHS number the
   * worker can see. */
  people = caseload_store_list_people (store, worker, NULL, 0, 1000, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (people->len, >, 0);
  for (guint i = 0; i < people->len; i++)
    {
      CaseloadPerson *person = g_ptr_array_index (people, i);
      const char *names[] = { caseload_person_get_given_name (person), caseload_person_get_family_name (person),
                              caseload_person_get_nhs_number (person) };

      for (guint j = 0; j < G_N_ELEMENTS (names); j++)
        if (names[j] != NULL && strlen (names[j]) >= 4)
          g_ptr_array_add (forbidden, g_strdup (names[j]));
    }
  g_ptr_array_add (forbidden, NULL);
  assert_nothing_identifying (title, (const char **) forbidden->pdata);
  assert_nothing_identifying (body, (const char **) forbidden->pdata);

  g_clear_object (&store);
  test_ui_remove_template (&template_path);
}

static void
on_checked_cb (CaseloadNotifier *notifier,
               gboolean         *checked)
{
  *checked = TRUE;
}

/* No notification daemon on this bus: showing fails quietly (a warning would abort the
 * test), and a whole check runs to the end. */
static void
test_no_daemon (TestStore     *fixture,
                gconstpointer  data)
{
  g_autoptr(CaseloadContext) context = caseload_context_new (fixture->store, fixture->clock);
  g_autoptr(CaseloadNotifier) notifier = NULL;
  gboolean checked = FALSE;

  caseload_context_set_actor (context, fixture->gp);
  notifier = caseload_notifier_new (context, NULL);

  g_assert_false (caseload_notifier_show (notifier, "Caseload reminders", "1 task due today or overdue", "my-tasks"));

  g_signal_connect (notifier, "checked", G_CALLBACK (on_checked_cb), &checked);
  caseload_notifier_check (notifier);
  test_wait_for (&checked, 10000);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  test_init_backend ();

  g_test_add_func ("/notifier/compose", test_compose);
  g_test_add_func ("/notifier/demo-counts", test_demo_counts);
  g_test_add ("/notifier/no-daemon", TestStore, NULL, test_store_setup, test_no_daemon, test_store_teardown);

  return g_test_run ();
}
