/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Desktop notifications: what they say (counts and categories only, as the settings
 * allow, and only what is new) and that Caseload carries on silently with no
 * notification daemon (this test runs on a private D-Bus with none). */

#include "config.h"

#include <signal.h>
#include <sys/wait.h>

#include "caseload-core.h"
#include "caseload-notifier.h"
#include "test-ui-util.h"
#include "test-util.h"

/* A demo database, seeded once for the tests that need one. */
static char *template_path;

static CaseloadStaff *
find_worker (CaseloadStore *store)
{
  g_autoptr(GPtrArray) staff = caseload_store_list_staff (store, NULL);

  g_assert_nonnull (staff);
  for (guint i = 0; i < staff->len; i++)
    if (g_strcmp0 (caseload_staff_get_username (g_ptr_array_index (staff, i)), "adaeze.nwosu") == 0)
      return g_object_ref (g_ptr_array_index (staff, i));
  g_assert_not_reached ();
  return NULL;
}

/* Every name (long enough not to be a piece of an ordinary word) and NHS number
 * @worker can see, NULL-terminated. */
static GPtrArray *
identifying_words (CaseloadStore *store,
                   CaseloadStaff *worker)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) people = caseload_store_list_people (store, worker, NULL, 0, 1000, &error);
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);

  g_assert_no_error (error);
  g_assert_cmpuint (people->len, >, 0);
  for (guint i = 0; i < people->len; i++)
    {
      CaseloadPerson *person = g_ptr_array_index (people, i);
      const char *names[] = { caseload_person_get_given_name (person), caseload_person_get_family_name (person),
                              caseload_person_get_nhs_number (person) };

      for (guint j = 0; j < G_N_ELEMENTS (names); j++)
        if (names[j] != NULL && strlen (names[j]) >= 4)
          g_ptr_array_add (words, g_strdup (names[j]));
    }
  g_ptr_array_add (words, NULL);
  return words;
}

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
  g_autoptr(CaseloadStaff) worker = NULL;
  g_autoptr(GPtrArray) forbidden = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  CaseloadReminderCounts counts = { 0 };
  const char *list = NULL;
  guint n_created = 0;

  store = caseload_store_sqlite_new (template_path, clock, &error);
  g_assert_no_error (error);
  worker = find_worker (store);

  g_assert_true (caseload_store_refresh_reminders (store, worker, &n_created, &error));
  g_assert_no_error (error);
  g_assert_true (caseload_store_count_reminders (store, worker, "2026-01-01T00:00:00Z", &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.new_allocations + counts.tasks_due + counts.clocks_near_breach, >, 0);
  g_assert_true (caseload_notifier_compose (&counts, NULL, TRUE, TRUE, TRUE, &title, &body, &list));

  forbidden = identifying_words (store, worker);
  assert_nothing_identifying (title, (const char **) forbidden->pdata);
  assert_nothing_identifying (body, (const char **) forbidden->pdata);
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

/* What app.show-list was asked to show. */
static char *shown_list;

static void
show_list_cb (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  g_free (shown_list);
  shown_list = g_variant_dup_string (parameter, NULL);
}

static gboolean
name_has_owner (GDBusConnection *bus,
                const char      *name)
{
  g_autoptr(GVariant) reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                                           "org.freedesktop.DBus", "NameHasOwner",
                                                           g_variant_new ("(s)", name), G_VARIANT_TYPE ("(b)"),
                                                           G_DBUS_CALL_FLAGS_NONE, -1, NULL, NULL);
  gboolean owned = FALSE;

  if (reply != NULL)
    g_variant_get (reply, "(b)", &owned);
  return owned;
}

/* With a notification daemon (python-dbusmock's, on this test's private bus): one
 * notification, of counts only, with the action that opens the list. */
static void
test_sent (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 22, 10, 0, 0);
  g_autoptr(CaseloadClock) clock = caseload_clock_new_fixed (now);
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(CaseloadStaff) worker = NULL;
  g_autoptr(CaseloadContext) context = NULL;
  g_autoptr(CaseloadNotifier) notifier = NULL;
  g_autoptr(GPtrArray) forbidden = NULL;
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *log_path = NULL;
  g_autofree char *log = NULL;
  const char *argv[] = { "/usr/bin/python3", "-m", "dbusmock", "--session", "-t", "notification_daemon",
                         "-l", NULL, NULL };
  gboolean checked = FALSE;
  GPid mock = 0;
  gint64 deadline;

  if (bus == NULL || !g_file_test (argv[0], G_FILE_TEST_IS_EXECUTABLE) ||
      !g_spawn_command_line_sync ("/usr/bin/python3 -c 'import dbusmock'", NULL, NULL, NULL, NULL))
    {
      g_test_skip ("needs a session bus and python3-dbusmock");
      return;
    }
  if (name_has_owner (bus, "org.freedesktop.Notifications"))
    {
      g_test_skip ("a notification daemon is already running");
      return;
    }

  dir = g_dir_make_tmp ("caseload-notifier-XXXXXX", &error);
  g_assert_no_error (error);
  log_path = g_build_filename (dir, "daemon.log", NULL);
  argv[7] = log_path;
  g_assert_true (g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &mock, &error));
  g_assert_no_error (error);
  deadline = g_get_monotonic_time () + 20 * G_TIME_SPAN_SECOND;
  while (!name_has_owner (bus, "org.freedesktop.Notifications"))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_usleep (50 * 1000);
    }

  store = caseload_store_sqlite_new (template_path, clock, &error);
  g_assert_no_error (error);
  worker = find_worker (store);
  context = caseload_context_new (store, clock);
  caseload_context_set_actor (context, worker);
  notifier = caseload_notifier_new (context, NULL);
  g_signal_connect (notifier, "checked", G_CALLBACK (on_checked_cb), &checked);
  caseload_notifier_check (notifier);
  test_wait_for (&checked, 20000);

  g_assert_true (g_file_get_contents (log_path, &log, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (log, "Notify"));
  g_assert_nonnull (strstr (log, "Caseload reminders"));
  g_assert_nonnull (strstr (log, "\"default\""));
  forbidden = identifying_words (store, worker);
  /* The log also holds the call's other arguments (the application's id, the icon). */
  for (guint i = 0; g_ptr_array_index (forbidden, i) != NULL; i++)
    g_assert_null (strstr (log, g_ptr_array_index (forbidden, i)));

  /* Clicking it (the daemon says the default action was invoked) asks the application
   * for the list it is about. */
  {
    g_autoptr(GVariant) reply = NULL;

    reply = g_dbus_connection_call_sync (bus, "org.freedesktop.Notifications", "/org/freedesktop/Notifications",
                                         "org.freedesktop.DBus.Mock", "EmitSignal",
                                         g_variant_new_parsed ("('org.freedesktop.Notifications', 'ActionInvoked', 'us', "
                                                               "[<uint32 1>, <'default'>])"),
                                         NULL, G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
    g_assert_no_error (error);
    deadline = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;
    while (shown_list == NULL && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, FALSE);
    g_assert_nonnull (shown_list);
    g_assert_true (g_str_equal (shown_list, "my-tasks") || g_str_equal (shown_list, "my-caseload") ||
                   g_str_equal (shown_list, "waiting"));
    g_clear_pointer (&shown_list, g_free);
  }

  /* The daemon goes; later notifications are dropped quietly (see no-daemon). */
  kill (mock, SIGTERM);
  waitpid (mock, NULL, 0);
  g_spawn_close_pid (mock);
  g_clear_object (&notifier);
  g_clear_object (&context);
  g_clear_object (&store);
  test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GApplication) app = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  test_init_backend ();

  template_path = test_ui_seed_template (40);

  /* The application a click reaches, with its show-list action. */
  {
    static const GActionEntry entries[] = { { .name = "show-list", .activate = show_list_cb, .parameter_type = "s" } };

    app = g_application_new ("io.github.pcnmh.Caseload.TestNotifier", G_APPLICATION_NON_UNIQUE);
    g_action_map_add_action_entries (G_ACTION_MAP (app), entries, G_N_ELEMENTS (entries), NULL);
    g_assert_true (g_application_register (app, NULL, NULL));
  }

  g_test_add_func ("/notifier/compose", test_compose);
  g_test_add_func ("/notifier/demo-counts", test_demo_counts);
  g_test_add_func ("/notifier/sent", test_sent);
  g_test_add ("/notifier/no-daemon", TestStore, NULL, test_store_setup, test_no_daemon, test_store_teardown);

  status = g_test_run ();
  test_ui_remove_template (&template_path);
  g_clear_object (&app);
  return status;
}
