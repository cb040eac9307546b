/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The window and a shared site, through its real widgets, headless: Preferences →
 * Connection checks an address as it is typed and stores a good one; a server out of
 * reach is said so at sign-in; a connection lost during work shows the banner until a
 * retry reads again, and a record or a page of its timeline lost with it is read again
 * too; Preferences → Apply of another database reaches the window at its next sign-in,
 * not under the session in progress. The banner needs a real PostgreSQL server
 * (CASELOAD_TEST_POSTGRESQL, exported by build-aux/check) and skips without one; the
 * switch uses two SQLite files and runs everywhere. */

#include "config.h"

#include <adwaita.h>
#include <gio/gio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <libpq-fe.h>

#include "caseload-core.h"
#include "caseload-application.h"
#include "caseload-audit-window.h"
#include "caseload-format.h"
#include "caseload-store-postgresql.h"
#include "caseload-store-sqlite.h"
#include "caseload-preferences-window.h"
#include "caseload-window.h"
#include "test-ui-util.h"
#include "test-util.h"

#define TIMEOUT_MS    30000
#define SCHEMA_ID     "io.github.pcnmh.Caseload"
#define DEMO_USERNAME "adaeze.nwosu"
#define DEMO_PASSWORD "caseload-demo"
/* A role of its own: roles are shared by every database on the server. */
#define TEST_USERNAME "ui.connection.gp"
#define TEST_PASSWORD "correct horse battery staple"
#define N_ENTRIES     60    /* more than a page of the timeline (50) */

static GSettings *
new_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  GSettings *settings;

  g_assert_nonnull (source);
  schema = g_settings_schema_source_lookup (source, SCHEMA_ID, TRUE);
  g_assert_nonnull (schema);

  /* The tests run with GSETTINGS_BACKEND=memory: nothing reaches the desk's settings. */
  settings = g_settings_new_full (schema, NULL, NULL);
  g_settings_reset (settings, "database-uri");
  return settings;
}

static void
test_preferences_validate (void)
{
  g_autoptr(GSettings) settings = new_settings ();
  g_autofree char *stored = NULL;
  CaseloadPreferencesWindow *window;
  GtkEditable *field;
  gboolean destroyed = FALSE;

  window = caseload_preferences_window_new (NULL, settings, NULL);
  g_signal_connect (window, "destroy", G_CALLBACK (test_ui_on_destroyed_cb), &destroyed);
  gtk_window_present (GTK_WINDOW (window));
  field = caseload_preferences_window_get_uri_field (window);

  /* This desk, as stored: nothing to apply yet. */
  g_assert_false (caseload_preferences_window_get_can_apply (window));

  /* A shared site with no address yet: Apply waits, and nothing is called wrong. */
  caseload_preferences_window_set_shared (window, TRUE);
  g_assert_null (caseload_preferences_window_get_uri_error (window));
  g_assert_false (caseload_preferences_window_get_can_apply (window));

  /* Not an address at all: said beside the field, as it is typed. */
  gtk_editable_set_text (field, "caseload.example.nhs.uk");
  g_assert_nonnull (caseload_preferences_window_get_uri_error (window));
  g_assert_nonnull (strstr (caseload_preferences_window_get_uri_error (window), "postgresql://"));
  g_assert_false (caseload_preferences_window_get_can_apply (window));

  /* The store's own check of a PostgreSQL address (an option libpq does not know). */
  gtk_editable_set_text (field, "postgresql://caseload.example.nhs.uk/caseload?colour=blue");
  g_assert_nonnull (caseload_preferences_window_get_uri_error (window));
  g_assert_nonnull (strstr (caseload_preferences_window_get_uri_error (window), "not valid"));
  g_assert_false (caseload_preferences_window_get_can_apply (window));

  /* A good one: no message, Apply stores it. */
  gtk_editable_set_text (field, "postgresql://caseload.example.nhs.uk:5432/caseload");
  g_assert_null (caseload_preferences_window_get_uri_error (window));
  g_assert_true (caseload_preferences_window_get_can_apply (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "preferences.apply", NULL));
  stored = g_settings_get_string (settings, "database-uri");
  g_assert_cmpstr (stored, ==, "postgresql://caseload.example.nhs.uk:5432/caseload");
  g_assert_false (caseload_preferences_window_get_can_apply (window));

  /* Back to this desk: stored as empty. */
  caseload_preferences_window_set_shared (window, FALSE);
  g_assert_true (caseload_preferences_window_get_can_apply (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "preferences.apply", NULL));
  g_clear_pointer (&stored, g_free);
  stored = g_settings_get_string (settings, "database-uri");
  g_assert_cmpstr (stored, ==, "");

  gtk_window_destroy (GTK_WINDOW (window));
  test_ui_wait_until (test_ui_flag_set, &destroyed, TIMEOUT_MS, "the preferences window to go");
}

/* A loopback port nobody listens on: bound, then closed. */
static guint16
closed_port (void)
{
  g_autoptr(GSocket) socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, NULL);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  guint16 port;

  g_assert_nonnull (socket);
  g_assert_true (g_socket_bind (socket, address, FALSE, NULL));
  bound = g_socket_get_local_address (socket, NULL);
  port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
  g_socket_close (socket, NULL);

  return port;
}

static gboolean
sign_in_answered (gpointer data)
{
  return !caseload_sign_in_page_get_busy (data);
}

static void
test_sign_in_unreachable (void)
{
  g_autofree char *uri = g_strdup_printf ("postgresql://127.0.0.1:%u/caseload", closed_port ());
  g_autofree char *location = NULL;
  g_autoptr(CaseloadClock) clock = caseload_clock_new_system ();
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(CaseloadContext) context = NULL;
  g_autoptr(GError) error = NULL;
  CaseloadSignInPage *page;
  CaseloadWindow *window;
  gboolean destroyed = FALSE;
  const char *message;

  /* As caseload --database URI opens it: nothing connects before sign-in. */
  store = caseload_store_open (uri, clock, &error);
  g_assert_no_error (error);
  context = caseload_context_new (store, clock);
  window = caseload_window_new (NULL, context);
  g_signal_connect (window, "destroy", G_CALLBACK (test_ui_on_destroyed_cb), &destroyed);
  gtk_window_present (GTK_WINDOW (window));

  page = caseload_window_get_sign_in_page (window);
  location = g_strdup_printf ("127.0.0.1:%s", strrchr (uri, ':') + 1);
  g_assert_nonnull (strstr (caseload_sign_in_page_get_location (page), "Shared site"));
  g_assert_nonnull (strstr (caseload_sign_in_page_get_location (page), location));

  gtk_editable_set_text (caseload_sign_in_page_get_username (page), DEMO_USERNAME);
  gtk_editable_set_text (caseload_sign_in_page_get_password (page), DEMO_PASSWORD);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "sign-in.submit", NULL));
  g_assert_true (caseload_sign_in_page_get_busy (page));
  test_ui_wait_until (sign_in_answered, page, TIMEOUT_MS, "the sign-in to fail");

  /* The CONNECTION message, naming the server; the password is kept for Try Again. */
  message = caseload_sign_in_page_get_error (page);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "Can’t reach the shared site"));
  g_assert_nonnull (strstr (message, "127.0.0.1"));
  g_assert_cmpstr (gtk_editable_get_text (caseload_sign_in_page_get_password (page)), ==, DEMO_PASSWORD);
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (page), "Can’t reach"));
  g_assert_false (caseload_window_get_signed_in (window));

  gtk_window_destroy (GTK_WINDOW (window));
  test_ui_wait_until (test_ui_flag_set, &destroyed, TIMEOUT_MS, "the window to go");
}

static gboolean
banner_shown (gpointer data)
{
  return caseload_window_get_connection_lost (data);
}

static gboolean
banner_hidden (gpointer data)
{
  return !caseload_window_get_connection_lost (data);
}

static gboolean
list_read (gpointer data)
{
  CaseloadPersonList *people = data;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (people));

  if (caseload_person_list_get_loading (people) || n == 0)
    return FALSE;

  /* Every row read too: a read still in flight when the server drops the desk would
   * take the failure meant for the call under test. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CaseloadPerson) person = g_list_model_get_item (G_LIST_MODEL (people), i);

      if (!caseload_person_get_loaded (person))
        return FALSE;
    }

  return TRUE;
}

static gboolean
record_shown (gpointer data)
{
  return !caseload_person_page_get_loading (data) && caseload_person_page_get_person (data) != NULL;
}

static gboolean
page_settled (gpointer data)
{
  return !caseload_person_page_get_loading (data);
}

static gboolean
entry_loaded (gpointer data)
{
  return caseload_timeline_entry_get_loaded (data);
}

/* Ends every connection the desk has to @database, as a server restart or a dropped
 * network would, from a separate superuser connection; waits until they have ended, or
 * a query sent at once could still reach a backend that has not yet noticed. */
static int
terminate_desk_connections (PGconn     *admin,
                            const char *database)
{
  const char *params[] = { database };
  PGresult *result;
  int n;

  result = PQexecParams (admin,
                         "SELECT count(pg_terminate_backend(pid, 10000)) FROM pg_stat_activity "
                         "WHERE datname = $1 AND pid <> pg_backend_pid() AND usename = '" TEST_USERNAME "'",
                         1, NULL, params, NULL, NULL, 0);
  g_assert_cmpint (PQresultStatus (result), ==, PGRES_TUPLES_OK);
  n = atoi (PQgetvalue (result, 0, 0));
  PQclear (result);

  return n;
}

/* Cuts the desk off until restore_desk(): its connections end and no new one is let in,
 * so every call fails however many reads were in flight, until the site is back. */
static void
cut_off_desk (PGconn     *admin,
              const char *database)
{
  g_autofree char *sql = g_strdup_printf ("ALTER DATABASE \"%s\" ALLOW_CONNECTIONS false", database);

  test_pg_exec (admin, sql);
  g_assert_cmpint (terminate_desk_connections (admin, database), >=, 1);
}

static void
restore_desk (PGconn     *admin,
              const char *database)
{
  g_autofree char *sql = g_strdup_printf ("ALTER DATABASE \"%s\" ALLOW_CONNECTIONS true", database);

  test_pg_exec (admin, sql);
}

static void
test_banner_lost_connection (void)
{
  const char *server = g_getenv ("CASELOAD_TEST_POSTGRESQL");
  g_autofree char *database = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(CaseloadClock) clock = caseload_clock_new_system ();
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(CaseloadContext) context = NULL;
  g_autoptr(CaseloadStaff) staff = NULL;
  g_autoptr(GError) error = NULL;
  CaseloadWindow *window;
  CaseloadPersonList *people;
  PGconn *admin;
  guint n_before;
  gboolean destroyed = FALSE;
  g_autofree char *first_id = NULL;
  CaseloadPersonPage *page;
  GListModel *timeline;
  g_autoptr(CaseloadTimelineEntry) first = NULL;
  g_autoptr(CaseloadTimelineEntry) late = NULL;

  if (server == NULL || *server == '\0')
    {
      g_test_skip ("CASELOAD_TEST_POSTGRESQL is not set");
      return;
    }

  database = g_strdup_printf ("ui_conn_%d", (int) getpid ());
  admin = test_pg_connect (server, NULL, NULL);
  sql = g_strdup_printf ("DROP DATABASE IF EXISTS \"%s\" WITH (FORCE)", database);
  test_pg_exec (admin, sql);
  g_free (sql);
  sql = g_strdup_printf ("CREATE DATABASE \"%s\"", database);
  test_pg_exec (admin, sql);
  uri = test_pg_uri_for_database (server, database);

  /* Seeded as the site's administrator would, with caseload-admin: a practice, a GP
   * with a password, and a few people in the practice's care. */
  {
    g_autoptr(CaseloadStore) owner = caseload_store_postgresql_open_admin (uri, clock, TRUE, &error);
    g_autoptr(CaseloadOrganisation) practice = caseload_organisation_new ();
    g_autoptr(CaseloadStaff) gp = caseload_staff_new ();
    static const char *names[][2] = { { "Alex", "Morgan" }, { "Sam", "Okafor" }, { "Jo", "Lindqvist" } };

    g_assert_no_error (error);
    caseload_organisation_set_name (practice, "Grays Hall Surgery");
    caseload_organisation_set_kind (practice, CASELOAD_ORGANISATION_GP_PRACTICE);
    caseload_organisation_set_pcn (practice, "Grays");
    g_assert_true (caseload_store_save_organisation (owner, practice, &error));
    g_assert_no_error (error);

    caseload_staff_set_display_name (gp, "Dr Amara Okonkwo");
    caseload_staff_set_role (gp, "GP");
    caseload_staff_set_access_role (gp, CASELOAD_ROLE_PRIMARY_CARE_CLINICIAN);
    caseload_staff_set_username (gp, TEST_USERNAME);
    caseload_staff_set_organisation_id (gp, caseload_organisation_get_id (practice));
    g_assert_true (caseload_store_save_staff (owner, NULL, gp, &error));
    g_assert_no_error (error);
    g_assert_true (caseload_store_set_password (owner, NULL, caseload_staff_get_id (gp), TEST_PASSWORD, FALSE, &error));
    g_assert_no_error (error);

    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      {
        g_autoptr(CaseloadPerson) person = test_person_new (names[i][0], names[i][1], NULL);

        caseload_person_set_gp_practice_id (person, caseload_organisation_get_id (practice));
        g_assert_true (caseload_store_create_person (owner, gp, person, &error));
        g_assert_no_error (error);

        /* The first has more timeline entries than one page holds. */
        for (guint j = 0; i == 0 && j < N_ENTRIES; j++)
          {
            g_autoptr(CaseloadTimelineEntry) entry = caseload_timeline_entry_new ();
            g_autofree char *when = g_strdup_printf ("2026-10-%02uT%02u:00:00Z", 1 + j / 24, j % 24);

            caseload_timeline_entry_set_person_id (entry, caseload_person_get_id (person));
            caseload_timeline_entry_set_kind (entry, CASELOAD_ENTRY_PHONE_CALL);
            caseload_timeline_entry_set_occurred_at (entry, when);
            caseload_timeline_entry_set_text (entry, "Called to check in.");
            caseload_timeline_entry_set_sensitivity (entry, CASELOAD_SENSITIVITY_STANDARD);
            g_assert_true (caseload_store_add_timeline_entry (owner, gp, entry, &error));
            g_assert_no_error (error);
          }
        if (i == 0)
          first_id = g_strdup (caseload_person_get_id (person));
      }
  }

  /* The desk: the staff member's own connection, made at sign-in. */
  store = caseload_store_open (uri, clock, &error);
  g_assert_no_error (error);
  staff = caseload_store_sign_in (store, TEST_USERNAME, TEST_PASSWORD, &error);
  g_assert_no_error (error);
  context = caseload_context_new (store, clock);
  caseload_context_set_actor (context, staff);

  window = caseload_window_new (NULL, context);
  g_signal_connect (window, "destroy", G_CALLBACK (test_ui_on_destroyed_cb), &destroyed);
  gtk_window_present (GTK_WINDOW (window));
  people = caseload_window_get_person_list (window);
  test_ui_wait_until (list_read, people, TIMEOUT_MS, "the caseload");
  n_before = g_list_model_get_n_items (G_LIST_MODEL (people));
  g_assert_false (caseload_window_get_connection_lost (window));

  /* The server drops the desk; the next read fails with CONNECTION. */
  g_assert_cmpint (terminate_desk_connections (admin, database), >=, 1);
  caseload_person_list_reload (people);
  test_ui_wait_until (banner_shown, window, TIMEOUT_MS, "the lost-connection banner");
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (window), "Lost the connection to the shared site"));

  /* The list keeps what it had. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, n_before);

  /* Try Now reconnects, and the banner goes. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.reconnect", NULL));
  test_ui_wait_until (banner_hidden, window, TIMEOUT_MS, "the banner to go");
  test_ui_wait_until (list_read, people, TIMEOUT_MS, "the caseload read again");
  g_assert_null (caseload_person_list_get_error (people));

  /* A record open, its first page of entries read. */
  page = caseload_window_get_person_page (window);
  caseload_person_page_open (page, first_id);
  test_ui_wait_until (record_shown, page, TIMEOUT_MS, "the record");
  timeline = caseload_person_page_get_timeline (page);
  g_assert_cmpuint (g_list_model_get_n_items (timeline), ==, N_ENTRIES);
  g_assert_null (caseload_timeline_list_get_error (CASELOAD_TIMELINE_LIST (timeline)));

  /* Cut off while the timeline's pages are read afresh: they can't be. The banner says
   * so and the record stays as it was, its entries shown as placeholders. */
  cut_off_desk (admin, database);
  caseload_timeline_list_reset (CASELOAD_TIMELINE_LIST (timeline), N_ENTRIES);
  first = g_list_model_get_item (timeline, 0);
  late = g_list_model_get_item (timeline, N_ENTRIES - 1);
  test_ui_wait_until (banner_shown, window, TIMEOUT_MS, "the banner for a page of entries");
  test_ui_spin (200);
  g_assert_false (caseload_timeline_entry_get_loaded (first));
  g_assert_false (caseload_timeline_entry_get_loaded (late));
  g_assert_nonnull (caseload_person_page_get_person (page));
  g_assert_cmpstr (caseload_person_page_get_person_id (page), ==, first_id);
  g_assert_null (test_ui_find_label_containing (GTK_WIDGET (page), "was lost"));

  /* Back: the pages are read into the entries shown. */
  restore_desk (admin, database);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.reconnect", NULL));
  test_ui_wait_until (banner_hidden, window, TIMEOUT_MS, "the banner to go after the timeline");
  test_ui_wait_until (entry_loaded, first, TIMEOUT_MS, "the first page of entries read again");
  test_ui_wait_until (entry_loaded, late, TIMEOUT_MS, "the last page of entries read again");
  g_assert_null (caseload_timeline_list_get_error (CASELOAD_TIMELINE_LIST (timeline)));

  /* Cut off while the record itself is read again: it stays on show, and is read
   * once the site is back. */
  cut_off_desk (admin, database);
  caseload_person_page_reload (page);
  test_ui_wait_until (banner_shown, window, TIMEOUT_MS, "the banner for the record");
  test_ui_wait_until (page_settled, page, TIMEOUT_MS, "the record's read to fail");
  g_assert_nonnull (caseload_person_page_get_person (page));
  g_assert_null (test_ui_find_label_containing (GTK_WIDGET (page), "was lost"));
  restore_desk (admin, database);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.reconnect", NULL));
  test_ui_wait_until (banner_hidden, window, TIMEOUT_MS, "the banner to go after the record");
  test_ui_wait_until (page_settled, page, TIMEOUT_MS, "the record read again");
  g_assert_nonnull (caseload_person_page_get_person (page));

  gtk_window_destroy (GTK_WINDOW (window));
  test_ui_wait_until (test_ui_flag_set, &destroyed, TIMEOUT_MS, "the window to go");

  g_clear_object (&context);
  g_clear_object (&store);
  g_free (sql);
  sql = g_strdup_printf ("DROP DATABASE IF EXISTS \"%s\" WITH (FORCE)", database);
  test_pg_exec (admin, sql);
  PQfinish (admin);
}

static gboolean
audit_window_has_results (gpointer data)
{
  return !caseload_audit_window_get_busy (data) && caseload_audit_window_get_n_results (data) > 0;
}

static gboolean
audit_window_idle (gpointer data)
{
  return !caseload_audit_window_get_busy (data);
}

/* A desk signed in as @username, in a window of its own (whose banner it reports to). */
static CaseloadWindow *
open_desk (const char       *uri,
           const char       *username,
           CaseloadContext **context_out)
{
  g_autoptr(CaseloadClock) clock = caseload_clock_new_system ();
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(CaseloadStaff) staff = NULL;
  g_autoptr(GError) error = NULL;
  CaseloadWindow *window;

  store = caseload_store_open (uri, clock, &error);
  g_assert_no_error (error);
  staff = caseload_store_sign_in (store, username, TEST_PASSWORD, &error);
  g_assert_no_error (error);
  *context_out = caseload_context_new (store, clock);
  caseload_context_set_actor (*context_out, staff);
  window = caseload_window_new (NULL, *context_out);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* The audit window (a team manager's) loses its reads with the connection: the banner
 * says so, the window says they will be made again, and makes them once the site is
 * back. (The staff window does the same, but a desk can't list staff on PostgreSQL
 * yet: 42501 on integ.) */
static void
test_windows_lost_connection (void)
{
  const char *server = g_getenv ("CASELOAD_TEST_POSTGRESQL");
  g_autofree char *database = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(CaseloadClock) clock = caseload_clock_new_system ();
  g_autoptr(CaseloadContext) manager_context = NULL;
  g_autoptr(GError) error = NULL;
  CaseloadWindow *manager_window;
  CaseloadAuditWindow *audit;
  PGconn *admin;

  if (server == NULL || *server == '\0')
    {
      g_test_skip ("CASELOAD_TEST_POSTGRESQL is not set");
      return;
    }

  database = g_strdup_printf ("ui_conn_windows_%d", (int) getpid ());
  admin = test_pg_connect (server, NULL, NULL);
  sql = g_strdup_printf ("DROP DATABASE IF EXISTS \"%s\" WITH (FORCE)", database);
  test_pg_exec (admin, sql);
  g_free (sql);
  sql = g_strdup_printf ("CREATE DATABASE \"%s\"", database);
  test_pg_exec (admin, sql);
  uri = test_pg_uri_for_database (server, database);

  {
    g_autoptr(CaseloadStore) owner = caseload_store_postgresql_open_admin (uri, clock, TRUE, &error);
    g_autoptr(CaseloadOrganisation) team = caseload_organisation_new ();
    const struct { const char *username, *name; CaseloadAccessRole role; } people[] = {
      { "ui.connection.manager", "Lindiwe Manager", CASELOAD_ROLE_TEAM_MANAGER },
    };

    g_assert_no_error (error);
    caseload_organisation_set_name (team, "Grays Primary Care Mental Health Team");
    caseload_organisation_set_kind (team, CASELOAD_ORGANISATION_MENTAL_HEALTH_TRUST);
    caseload_organisation_set_pcn (team, "Grays");
    g_assert_true (caseload_store_save_organisation (owner, team, &error));
    g_assert_no_error (error);

    for (guint i = 0; i < G_N_ELEMENTS (people); i++)
      {
        g_autoptr(CaseloadStaff) member = caseload_staff_new ();

        caseload_staff_set_display_name (member, people[i].name);
        caseload_staff_set_role (member, "Manager");
        caseload_staff_set_access_role (member, people[i].role);
        caseload_staff_set_username (member, people[i].username);
        caseload_staff_set_organisation_id (member, caseload_organisation_get_id (team));
        g_assert_true (caseload_store_save_staff (owner, NULL, member, &error));
        g_assert_no_error (error);
        g_assert_true (caseload_store_set_password (owner, NULL, caseload_staff_get_id (member),
                                                    TEST_PASSWORD, FALSE, &error));
        g_assert_no_error (error);
      }
  }

  /* Signing in is audited: the manager's search has something to find. */
  manager_window = open_desk (uri, "ui.connection.manager", &manager_context);

  /* Cut off, then the windows open: every read fails, and the banner says why. */
  sql = g_strdup_printf ("ALTER DATABASE \"%s\" ALLOW_CONNECTIONS false", database);
  test_pg_exec (admin, sql);
  g_free (sql);
  sql = g_strdup_printf ("SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity "
                         "WHERE datname = '%s' AND pid <> pg_backend_pid()", database);
  test_pg_exec (admin, sql);
  g_free (sql);

  audit = caseload_audit_window_new (GTK_WINDOW (manager_window), manager_context);
  gtk_window_present (GTK_WINDOW (audit));

  test_ui_wait_until (banner_shown, manager_window, TIMEOUT_MS, "the manager's banner");
  test_ui_wait_until (audit_window_idle, audit, TIMEOUT_MS, "the audit window's reads to fail");
  g_assert_cmpuint (caseload_audit_window_get_n_results (audit), ==, 0);
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (audit), "read again as soon as it is back"));

  /* Back: Try Now, and the audit window reads what it could not. */
  sql = g_strdup_printf ("ALTER DATABASE \"%s\" ALLOW_CONNECTIONS true", database);
  test_pg_exec (admin, sql);
  g_free (sql);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (manager_window), "win.reconnect", NULL));
  test_ui_wait_until (banner_hidden, manager_window, TIMEOUT_MS, "the banner to go");
  test_ui_wait_until (audit_window_has_results, audit, TIMEOUT_MS, "the audit search read again");

  gtk_window_destroy (GTK_WINDOW (audit));
  gtk_window_destroy (GTK_WINDOW (manager_window));
  test_ui_spin (300);
  g_clear_object (&manager_context);
  sql = g_strdup_printf ("DROP DATABASE IF EXISTS \"%s\" WITH (FORCE)", database);
  test_pg_exec (admin, sql);
  PQfinish (admin);
}

/* A desk database of its own at @path: one practice, one clinician who can sign in with
 * @password, and one person, @given @family, in the practice's care. */
static void
make_desk_database (const char *path,
                    const char *username,
                    const char *password,
                    const char *given,
                    const char *family)
{
  g_autoptr(CaseloadClock) clock = caseload_clock_new_system ();
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(CaseloadOrganisation) practice = caseload_organisation_new ();
  g_autoptr(CaseloadStaff) gp = caseload_staff_new ();
  g_autoptr(CaseloadPerson) person = test_person_new (given, family, NULL);
  g_autoptr(GError) error = NULL;

  store = caseload_store_sqlite_new (path, clock, &error);
  g_assert_no_error (error);

  caseload_organisation_set_name (practice, "Orsett Road Surgery");
  caseload_organisation_set_kind (practice, CASELOAD_ORGANISATION_GP_PRACTICE);
  caseload_organisation_set_pcn (practice, "Grays");
  g_assert_true (caseload_store_save_organisation (store, practice, &error));
  g_assert_no_error (error);

  caseload_staff_set_display_name (gp, "Dr Test Clinician");
  caseload_staff_set_role (gp, "GP");
  caseload_staff_set_access_role (gp, CASELOAD_ROLE_PRIMARY_CARE_CLINICIAN);
  caseload_staff_set_username (gp, username);
  caseload_staff_set_organisation_id (gp, caseload_organisation_get_id (practice));
  g_assert_true (caseload_store_save_staff (store, NULL, gp, &error));
  g_assert_no_error (error);
  g_assert_true (caseload_store_set_password (store, NULL, caseload_staff_get_id (gp), password, FALSE, &error));
  g_assert_no_error (error);

  caseload_person_set_gp_practice_id (person, caseload_organisation_get_id (practice));
  g_assert_true (caseload_store_create_person (store, gp, person, &error));
  g_assert_no_error (error);
}

static gboolean
window_opened (gpointer data)
{
  return test_ui_find_window (CASELOAD_TYPE_WINDOW, TRUE) != NULL;
}

static gboolean
sign_in_settled (gpointer data)
{
  return !caseload_sign_in_page_get_busy (data);
}

static void
sign_in (CaseloadWindow *window,
         const char     *username,
         const char     *password)
{
  CaseloadSignInPage *page = caseload_window_get_sign_in_page (window);

  gtk_editable_set_text (caseload_sign_in_page_get_username (page), username);
  gtk_editable_set_text (caseload_sign_in_page_get_password (page), password);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "sign-in.submit", NULL));
  test_ui_wait_until (sign_in_settled, page, TIMEOUT_MS, "the password to be checked");
}

static gboolean
pending_store_set (gpointer data)
{
  return caseload_window_get_pending_store (data) != NULL;
}

/* The family name of the only person in the window's caseload. */
static char *
only_family_name (CaseloadWindow *window)
{
  CaseloadPersonList *people = caseload_window_get_person_list (window);
  g_autoptr(CaseloadPerson) person = NULL;

  test_ui_wait_until (list_read, people, TIMEOUT_MS, "the caseload");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 1);
  person = g_list_model_get_item (G_LIST_MODEL (people), 0);
  while (!caseload_person_get_loaded (person))
    g_main_context_iteration (NULL, TRUE);

  return g_strdup (caseload_person_get_family_name (person));
}

static const char *
store_path (CaseloadStore *store)
{
  g_assert_true (CASELOAD_IS_STORE_SQLITE (store));
  return caseload_store_sqlite_get_path (CASELOAD_STORE_SQLITE (store));
}

static void
test_apply_at_next_sign_in (void)
{
  g_autoptr(GSettings) settings = new_settings ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *first_path = NULL;
  g_autofree char *desk_path = caseload_store_sqlite_default_path ();
  g_autofree char *desk_dir = g_path_get_dirname (desk_path);
  g_autofree char *family = NULL;
  g_autoptr(CaseloadApplication) app = NULL;
  CaseloadStore *first_store;
  CaseloadContext *context;
  CaseloadWindow *window;
  CaseloadPreferencesWindow *preferences;
  gboolean destroyed = FALSE;

  /* Two desk databases, each with its own clinician and person: the one the desk
   * starts with (in the setting, as a path), and this desk's default one, which
   * Preferences → "This desk's database" means. XDG_DATA_HOME is a temporary folder
   * (main()), so the default one is the test's own. */
  dir = g_dir_make_tmp ("caseload-connection-ui-XXXXXX", &error);
  g_assert_no_error (error);
  first_path = g_build_filename (dir, "first.db", NULL);
  g_assert_cmpint (g_mkdir_with_parents (desk_dir, 0700), ==, 0);
  make_desk_database (first_path, "first.gp", TEST_PASSWORD, "Alex", "Firstdesk");
  make_desk_database (desk_path, "second.gp", TEST_PASSWORD, "Sam", "Seconddesk");
  g_settings_set_string (settings, "database-uri", first_path);

  /* The application, as started without --database: the setting's database. */
  app = caseload_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));
  test_ui_wait_until (window_opened, NULL, TIMEOUT_MS, "the window");
  window = CASELOAD_WINDOW (test_ui_find_window (CASELOAD_TYPE_WINDOW, TRUE));
  g_signal_connect (window, "destroy", G_CALLBACK (test_ui_on_destroyed_cb), &destroyed);
  context = caseload_window_get_context (window);
  first_store = caseload_context_get_store (context);
  g_assert_cmpstr (store_path (first_store), ==, first_path);

  sign_in (window, "first.gp", TEST_PASSWORD);
  g_assert_true (caseload_window_get_signed_in (window));
  family = only_family_name (window);
  g_assert_cmpstr (family, ==, "Firstdesk");
  g_clear_pointer (&family, g_free);

  /* Preferences → Connection → This desk's database → Apply, mid-session. */
  preferences = caseload_preferences_window_new (GTK_WINDOW (window), settings, NULL);
  gtk_window_present (GTK_WINDOW (preferences));
  caseload_preferences_window_set_shared (preferences, FALSE);
  g_assert_true (caseload_preferences_window_get_can_apply (preferences));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preferences), "preferences.apply", NULL));
  {
    g_autofree char *stored = g_settings_get_string (settings, "database-uri");

    g_assert_cmpstr (stored, ==, "");
  }
  g_assert_false (caseload_preferences_window_get_can_apply (preferences));
  gtk_window_destroy (GTK_WINDOW (preferences));

  /* The application opens the new database and hands it to the window, which keeps
   * it for the next sign-in: the session in progress goes on with the first. */
  test_ui_wait_until (pending_store_set, window, TIMEOUT_MS, "the new database to be opened");
  g_assert_cmpstr (store_path (caseload_window_get_pending_store (window)), ==, desk_path);
  g_assert_true (caseload_window_get_signed_in (window));
  g_assert_true (caseload_context_get_store (context) == first_store);
  caseload_person_list_reload (caseload_window_get_person_list (window));
  family = only_family_name (window);
  g_assert_cmpstr (family, ==, "Firstdesk");
  g_clear_pointer (&family, g_free);

  /* Lock: at the sign-in page, with nothing open, the desk takes the new database. */
  caseload_window_lock (window);
  g_assert_false (caseload_window_get_signed_in (window));
  g_assert_null (caseload_window_get_pending_store (window));
  g_assert_cmpstr (store_path (caseload_context_get_store (context)), ==, desk_path);
  {
    g_autofree char *where = caseload_format_store_location (caseload_context_get_store (context));

    g_assert_cmpstr (caseload_sign_in_page_get_location (caseload_window_get_sign_in_page (window)), ==, where);
  }

  /* The first desk's clinician is unknown here; the second desk's signs in. */
  sign_in (window, "first.gp", TEST_PASSWORD);
  g_assert_false (caseload_window_get_signed_in (window));
  g_assert_nonnull (caseload_sign_in_page_get_error (caseload_window_get_sign_in_page (window)));
  sign_in (window, "second.gp", TEST_PASSWORD);
  g_assert_true (caseload_window_get_signed_in (window));
  family = only_family_name (window);
  g_assert_cmpstr (family, ==, "Seconddesk");

  gtk_window_destroy (GTK_WINDOW (window));
  test_ui_wait_until (test_ui_flag_set, &destroyed, TIMEOUT_MS, "the window to go");
  test_ui_spin (300);
  g_settings_reset (settings, "database-uri");
  test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("caseload-connection-ui-data-XXXXXX", NULL);

  /* Before GTK reads it: the desk's default database is this run's own. */
  g_assert_nonnull (data_home);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  g_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/connection/preferences", test_preferences_validate);
  g_test_add_func ("/ui/connection/sign-in-unreachable", test_sign_in_unreachable);
  g_test_add_func ("/ui/connection/banner", test_banner_lost_connection);
  g_test_add_func ("/ui/connection/windows", test_windows_lost_connection);
  g_test_add_func ("/ui/connection/apply-at-next-sign-in", test_apply_at_next_sign_in);

  {
    int status = g_test_run ();

    test_remove_dir (data_home);
    return status;
  }
}
