/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Signing in, locking and switching user, driven through the real widgets, headless:
 * a demo store of 40 people (seeded once, copied for each test) with a fixed clock,
 * and a window that opens on its sign-in page. Every log message of the run is
 * captured, and the last test checks that none names a demo person. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "caseload-application.h"
#include "caseload-core.h"
#include "test-ui-util.h"
#include "test-util.h"
#include "caseload-entry-form.h"
#include "caseload-person-form.h"
#include "caseload-person-page.h"
#include "caseload-window.h"

#define N_PEOPLE      40
#define TIMEOUT_MS    20000
#define DEMO_PASSWORD "caseload-demo"

typedef struct {
  char            *dir;
  char            *path;
  CaseloadClock   *clock;
  CaseloadStore   *store;
  CaseloadContext *context;
  CaseloadWindow  *window;
  CaseloadStaff   *first;    /* a clinician: the demo's first staff member */
  CaseloadStaff   *second;   /* a clinician in another organisation */
} Fixture;


static char *template_path;

static GMutex   log_lock;
static GString *log_text;

/* Every message, debug included, is kept for /ui/log/no-identifiers; warnings and worse
 * still reach the terminal (and stay fatal). */
static GLogWriterOutput
capture_log_writer (GLogLevelFlags   log_level,
                    const GLogField *fields,
                    gsize            n_fields,
                    gpointer         user_data)
{
  g_mutex_lock (&log_lock);
  for (gsize i = 0; i < n_fields; i++)
    {
      if (fields[i].length >= 0)
        continue;
      g_string_append_printf (log_text, "%s=%s ", fields[i].key, (const char *) fields[i].value);
    }
  g_string_append_c (log_text, '\n');
  g_mutex_unlock (&log_lock);

  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    return g_log_writer_default (log_level, fields, n_fields, user_data);

  return G_LOG_WRITER_HANDLED;
}





static GDateTime *
start_time (void)
{
  return g_date_time_new_utc (2026, 11, 22, 10, 0, 0);
}

/* Seeding hashes every demo password (Argon2id, on purpose slow): once per run. */
static void
make_template (void)
{
  template_path = test_ui_seed_template (N_PEOPLE);
}


static gboolean
is_clinician (CaseloadStaff *staff)
{
  CaseloadAccessRole role = caseload_staff_get_access_role (staff);

  return caseload_staff_get_active (staff) && caseload_staff_get_username (staff) != NULL &&
         role != CASELOAD_ROLE_ADMINISTRATOR && role != CASELOAD_ROLE_TEAM_MANAGER;
}

static gboolean
window_allocated (gpointer data)
{
  Fixture *fixture = data;

  return gtk_widget_get_width (GTK_WIDGET (fixture->window)) > 0;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autoptr(GDateTime) now = start_time ();
  g_autoptr(GPtrArray) staff = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("caseload-sign-in-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "caseload.db", NULL);
  test_ui_copy_template (template_path, fixture->path);

  fixture->clock = caseload_clock_new_fixed (now);
  fixture->store = caseload_store_sqlite_new (fixture->path, fixture->clock, &error);
  g_assert_no_error (error);

  staff = caseload_store_list_staff (fixture->store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < staff->len; i++)
    {
      CaseloadStaff *member = g_ptr_array_index (staff, i);

      if (!is_clinician (member))
        continue;

      if (fixture->first == NULL)
        fixture->first = g_object_ref (member);
      else if (fixture->second == NULL &&
               g_strcmp0 (caseload_staff_get_organisation_id (member),
                          caseload_staff_get_organisation_id (fixture->first)) != 0)
        fixture->second = g_object_ref (member);
    }
  g_assert_nonnull (fixture->first);
  g_assert_nonnull (fixture->second);

  /* Nobody acting: the window opens on the sign-in page. */
  fixture->context = caseload_context_new (fixture->store, fixture->clock);
  fixture->window = g_object_ref (caseload_window_new (NULL, fixture->context));
  gtk_window_present (GTK_WINDOW (fixture->window));

  test_ui_wait_until (window_allocated, fixture, TIMEOUT_MS, "the window to get its size");
}

static void
destroy_other_windows (Fixture *fixture)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i - 1);

      if (window != GTK_WINDOW (fixture->window))
        gtk_window_destroy (window);
    }
}

static gboolean
is_toplevel (GtkWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) other = g_list_model_get_item (toplevels, i);

      if (other == window)
        return TRUE;
    }

  return FALSE;
}

static gboolean
window_gone (gpointer data)
{
  return !is_toplevel (data);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  user_data)
{
  destroy_other_windows (fixture);
  if (is_toplevel (GTK_WINDOW (fixture->window)))
    gtk_window_destroy (GTK_WINDOW (fixture->window));

  /* Let cancelled reads and audit writes come home before counting references. */
  test_ui_spin (300);
  g_assert_finalize_object (g_steal_pointer (&fixture->window));

  g_clear_object (&fixture->first);
  g_clear_object (&fixture->second);
  g_assert_finalize_object (g_steal_pointer (&fixture->context));
  g_assert_finalize_object (g_steal_pointer (&fixture->store));
  g_assert_finalize_object (g_steal_pointer (&fixture->clock));
  test_remove_dir (fixture->dir);
  g_clear_pointer (&fixture->path, g_free);
  g_clear_pointer (&fixture->dir, g_free);
}

static gboolean
sign_in_settled (gpointer data)
{
  return !caseload_sign_in_page_get_busy (data);
}

static void
type_sign_in (Fixture    *fixture,
              const char *username,
              const char *password)
{
  CaseloadSignInPage *page = caseload_window_get_sign_in_page (fixture->window);

  gtk_editable_set_text (caseload_sign_in_page_get_username (page), username);
  gtk_editable_set_text (caseload_sign_in_page_get_password (page), password);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "sign-in.submit", NULL));
  test_ui_wait_until (sign_in_settled, page, TIMEOUT_MS, "the password to be checked");
}

static gboolean
all_loaded (CaseloadPersonList *people)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (people));

  if (caseload_person_list_get_loading (people))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CaseloadPerson) person = g_list_model_get_item (G_LIST_MODEL (people), i);

      if (!caseload_person_get_loaded (person))
        return FALSE;
    }

  return TRUE;
}

static gboolean
list_loaded (gpointer data)
{
  Fixture *fixture = data;
  CaseloadPersonList *people = caseload_window_get_person_list (fixture->window);

  return people != NULL && all_loaded (people);
}

static guint
count_visible (Fixture       *fixture,
               CaseloadStaff *actor)
{
  g_autoptr(GError) error = NULL;
  guint count = 0;

  g_assert_true (caseload_store_count_people (fixture->store, actor, NULL, &count, &error));
  g_assert_no_error (error);

  return count;
}

/* Signs in as @staff with the demo password and waits for their caseload. */
static void
sign_in_as (Fixture       *fixture,
            CaseloadStaff *staff)
{
  type_sign_in (fixture, caseload_staff_get_username (staff), DEMO_PASSWORD);
  g_assert_null (caseload_sign_in_page_get_error (caseload_window_get_sign_in_page (fixture->window)));
  g_assert_true (caseload_window_get_signed_in (fixture->window));
  test_ui_wait_until (list_loaded, fixture, TIMEOUT_MS, "the caseload to load");
}

static gboolean
page_open (gpointer data)
{
  Fixture *fixture = data;
  CaseloadPersonPage *page = caseload_window_get_person_page (fixture->window);
  GtkSingleSelection *selection = caseload_window_get_selection (fixture->window);
  CaseloadPerson *selected = gtk_single_selection_get_selected_item (selection);
  CaseloadPerson *shown = caseload_person_page_get_person (page);

  return selected != NULL && shown != NULL && !caseload_person_page_get_loading (page) &&
         g_strcmp0 (caseload_person_get_id (selected), caseload_person_get_id (shown)) == 0;
}

static CaseloadPerson *
open_person_at (Fixture *fixture,
                guint    position)
{
  GtkSingleSelection *selection = caseload_window_get_selection (fixture->window);

  gtk_single_selection_set_selected (selection, position);
  test_ui_wait_until (page_open, fixture, TIMEOUT_MS, "the person page to open");

  return caseload_person_page_get_person (caseload_window_get_person_page (fixture->window));
}


/* A question already answered may linger, hidden, for a moment. */
static GtkWindow *
find_shown_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

/* Whether @text is anywhere in @widget's tree: a label, an editable, a text view, a
 * window title; with @mapped_only, only in what is on screen. */
static gboolean
widget_shows (GtkWidget  *widget,
              const char *text,
              gboolean    mapped_only)
{
  if (mapped_only && !gtk_widget_get_mapped (widget))
    return FALSE;

  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return TRUE;

  if (GTK_IS_EDITABLE (widget) && strstr (gtk_editable_get_text (GTK_EDITABLE (widget)), text) != NULL)
    return TRUE;

  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      g_autofree char *contents = NULL;
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      contents = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
      if (strstr (contents, text) != NULL)
        return TRUE;
    }

  if (GTK_IS_WINDOW (widget) && gtk_window_get_title (GTK_WINDOW (widget)) != NULL &&
      strstr (gtk_window_get_title (GTK_WINDOW (widget)), text) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (widget_shows (child, text, mapped_only))
      return TRUE;

  return FALSE;
}

static gboolean
anywhere_shows (const char *text,
                gboolean    mapped_only)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (widget_shows (window, text, mapped_only))
        return TRUE;
    }

  return FALSE;
}

static gboolean
shown_on_screen (gpointer data)
{
  return anywhere_shows (data, TRUE);
}



static CaseloadPersonForm *
open_person_form (Fixture    *fixture,
                  const char *given,
                  const char *family)
{
  CaseloadPersonForm *form;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-person", NULL));
  form = CASELOAD_PERSON_FORM (test_ui_find_window (CASELOAD_TYPE_PERSON_FORM, FALSE));
  g_assert_nonnull (form);
  gtk_editable_set_text (caseload_person_form_get_field (form, "given-name"), given);
  gtk_editable_set_text (caseload_person_form_get_field (form, "family-name"), family);

  return form;
}

static CaseloadEntryForm *
open_entry_form (Fixture    *fixture,
                 const char *text)
{
  CaseloadEntryForm *form;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.add-entry", NULL));
  form = CASELOAD_ENTRY_FORM (test_ui_find_window (CASELOAD_TYPE_ENTRY_FORM, FALSE));
  g_assert_nonnull (form);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (caseload_entry_form_get_text_view (form)), text, -1);

  return form;
}

typedef struct {
  Fixture    *fixture;
  const char *search;
} SearchWait;

static gboolean
search_done (gpointer data)
{
  SearchWait *wait = data;
  CaseloadPersonList *people = caseload_window_get_person_list (wait->fixture->window);

  const char *search = caseload_person_list_get_search (people);

  /* An empty search is no search. */
  return g_strcmp0 (search != NULL ? search : "", wait->search) == 0 && all_loaded (people);
}

static void
search_for (Fixture    *fixture,
            const char *text)
{
  SearchWait wait = { fixture, text };

  gtk_editable_set_text (GTK_EDITABLE (caseload_window_get_search_entry (fixture->window)), text);
  test_ui_wait_until (search_done, &wait, TIMEOUT_MS, "the search results");
}

static void
test_opens_signed_out (Fixture       *fixture,
                       gconstpointer  user_data)
{
  CaseloadSignInPage *page = caseload_window_get_sign_in_page (fixture->window);

  g_assert_false (caseload_window_get_signed_in (fixture->window));
  g_assert_false (caseload_window_get_locked (fixture->window));
  g_assert_null (caseload_window_get_person_list (fixture->window));
  g_assert_null (caseload_window_get_person_page (fixture->window));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  g_assert_true (anywhere_shows ("Sign In to Caseload", TRUE));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, "Caseload");

  /* Nothing in the window works until someone signs in, shortcuts included. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-person", NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.lock", NULL);
  g_assert_null (test_ui_find_window (CASELOAD_TYPE_PERSON_FORM, FALSE));
  g_assert_false (caseload_window_get_locked (fixture->window));
}

static void
test_sign_in (Fixture       *fixture,
              gconstpointer  user_data)
{
  CaseloadPersonList *people;

  sign_in_as (fixture, fixture->first);

  g_assert_cmpstr (caseload_staff_get_id (caseload_context_get_actor (fixture->context)), ==,
                   caseload_staff_get_id (fixture->first));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (caseload_window_get_sign_in_page (fixture->window))));

  /* Their caseload: what the policy lets them see. */
  people = caseload_window_get_person_list (fixture->window);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, count_visible (fixture, fixture->first));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), >, 0);

  /* Nothing typed stays on the sign-in page. */
  g_assert_cmpstr (gtk_editable_get_text (caseload_sign_in_page_get_password (caseload_window_get_sign_in_page (fixture->window))), ==, "");
}

static void
test_enter_signs_in (Fixture       *fixture,
                     gconstpointer  user_data)
{
  CaseloadSignInPage *page = caseload_window_get_sign_in_page (fixture->window);
  GtkEditable *password = caseload_sign_in_page_get_password (page);

  gtk_editable_set_text (caseload_sign_in_page_get_username (page), caseload_staff_get_username (fixture->first));
  gtk_editable_set_text (password, DEMO_PASSWORD);

  /* Enter in the password field: its text widget activates. */
  g_signal_emit_by_name (gtk_editable_get_delegate (password), "activate");
  g_assert_true (caseload_sign_in_page_get_busy (page));
  test_ui_wait_until (sign_in_settled, page, TIMEOUT_MS, "the password to be checked");
  g_assert_true (caseload_window_get_signed_in (fixture->window));
}

static void
test_wrong_password (Fixture       *fixture,
                     gconstpointer  user_data)
{
  CaseloadSignInPage *page = caseload_window_get_sign_in_page (fixture->window);
  const char *username = caseload_staff_get_username (fixture->first);
  g_autofree char *wrong_password = NULL;
  const char *message;

  type_sign_in (fixture, username, "not-the-password");

  message = caseload_sign_in_page_get_error (page);
  g_assert_nonnull (message);
  wrong_password = g_strdup (message);
  test_ui_wait_until (shown_on_screen, wrong_password, TIMEOUT_MS, "the message to show");
  g_assert_false (caseload_window_get_signed_in (fixture->window));
  g_assert_null (caseload_window_get_person_list (fixture->window));

  /* The password goes, the username stays. */
  g_assert_cmpstr (gtk_editable_get_text (caseload_sign_in_page_get_password (page)), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (caseload_sign_in_page_get_username (page)), ==, username);

  /* An unknown username gets the very same words: nobody learns who has an account. */
  type_sign_in (fixture, "nobody.here", "not-the-password");
  g_assert_cmpstr (caseload_sign_in_page_get_error (page), ==, wrong_password);

  /* Empty fields are not sent at all. */
  type_sign_in (fixture, "", "");
  g_assert_nonnull (caseload_sign_in_page_get_error (page));
  g_assert_false (caseload_window_get_signed_in (fixture->window));

  /* And the right password still works. */
  sign_in_as (fixture, fixture->first);
}

static void
test_account_locked (Fixture       *fixture,
                     gconstpointer  user_data)
{
  CaseloadSignInPage *page = caseload_window_get_sign_in_page (fixture->window);
  const char *username = caseload_staff_get_username (fixture->second);
  g_autofree char *wrong_password = NULL;

  type_sign_in (fixture, username, "not-the-password");
  wrong_password = g_strdup (caseload_sign_in_page_get_error (page));

  for (guint i = 1; i < CASELOAD_MAX_FAILED_SIGN_INS; i++)
    type_sign_in (fixture, username, "not-the-password");

  /* Locked out: the right password is refused too, saying until when. */
  type_sign_in (fixture, username, DEMO_PASSWORD);
  g_assert_nonnull (caseload_sign_in_page_get_error (page));
  g_assert_cmpstr (caseload_sign_in_page_get_error (page), !=, wrong_password);
  g_assert_false (caseload_window_get_signed_in (fixture->window));
}

static void
test_deactivated (Fixture       *fixture,
                  gconstpointer  user_data)
{
  CaseloadSignInPage *page = caseload_window_get_sign_in_page (fixture->window);
  g_autoptr(GError) error = NULL;
  g_autofree char *wrong_password = NULL;

  type_sign_in (fixture, caseload_staff_get_username (fixture->first), "not-the-password");
  wrong_password = g_strdup (caseload_sign_in_page_get_error (page));

  g_assert_true (caseload_store_set_staff_active (fixture->store, NULL, caseload_staff_get_id (fixture->second),
                                                  FALSE, &error));
  g_assert_no_error (error);

  type_sign_in (fixture, caseload_staff_get_username (fixture->second), DEMO_PASSWORD);
  g_assert_nonnull (caseload_sign_in_page_get_error (page));
  g_assert_cmpstr (caseload_sign_in_page_get_error (page), !=, wrong_password);
  g_assert_false (caseload_window_get_signed_in (fixture->window));
}

static gboolean
password_settled (gpointer data)
{
  return !caseload_password_page_get_busy (data);
}

static void
test_must_change_password (Fixture       *fixture,
                           gconstpointer  user_data)
{
  CaseloadPasswordPage *page = caseload_window_get_password_page (fixture->window);
  const char *id = caseload_staff_get_id (fixture->first);
  g_autoptr(GError) error = NULL;

  g_assert_true (caseload_store_set_password (fixture->store, NULL, id, "given-by-admin-1", TRUE, &error));
  g_assert_no_error (error);

  type_sign_in (fixture, caseload_staff_get_username (fixture->first), "given-by-admin-1");

  /* Signed in, but the caseload waits for a password of their own. */
  g_assert_false (caseload_window_get_signed_in (fixture->window));
  g_assert_null (caseload_window_get_person_list (fixture->window));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  g_assert_true (anywhere_shows ("Choose a New Password", TRUE));

  /* Too short: the rule is shown, nothing is sent. */
  gtk_editable_set_text (caseload_password_page_get_field (page, "current"), "given-by-admin-1");
  gtk_editable_set_text (caseload_password_page_get_field (page, "new"), "short");
  gtk_editable_set_text (caseload_password_page_get_field (page, "repeat"), "short");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "password.change", NULL));
  g_assert_nonnull (caseload_password_page_get_error (page));
  g_assert_false (caseload_password_page_get_busy (page));

  /* Two different passwords. */
  gtk_editable_set_text (caseload_password_page_get_field (page, "new"), "a-long-enough-secret");
  gtk_editable_set_text (caseload_password_page_get_field (page, "repeat"), "a-long-enough-secreT");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "password.change", NULL));
  g_assert_nonnull (caseload_password_page_get_error (page));
  g_assert_false (caseload_password_page_get_busy (page));

  /* Right: the caseload opens. */
  gtk_editable_set_text (caseload_password_page_get_field (page, "repeat"), "a-long-enough-secret");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "password.change", NULL));
  test_ui_wait_until (password_settled, page, TIMEOUT_MS, "the password to change");
  g_assert_null (caseload_password_page_get_error (page));
  g_assert_true (caseload_window_get_signed_in (fixture->window));
  test_ui_wait_until (list_loaded, fixture, TIMEOUT_MS, "the caseload to load");

  /* The new password is the one that works now. */
  caseload_window_lock (fixture->window);
  type_sign_in (fixture, caseload_staff_get_username (fixture->first), "given-by-admin-1");
  g_assert_false (caseload_window_get_signed_in (fixture->window));
  type_sign_in (fixture, caseload_staff_get_username (fixture->first), "a-long-enough-secret");
  g_assert_true (caseload_window_get_signed_in (fixture->window));
}

/* While locked: the title says only "Caseload", and nothing on screen names the person
 * or shows what was typed. */
static void
assert_nothing_identifying_shown (Fixture        *fixture,
                                  CaseloadPerson *person,
                                  const char    **typed)
{
  g_autofree char *nhs_number = caseload_nhs_number_format (caseload_person_get_nhs_number (person));

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, "Caseload");
  g_assert_false (anywhere_shows (caseload_person_get_family_name (person), TRUE));
  g_assert_false (anywhere_shows (caseload_person_get_display_name (person), TRUE));
  g_assert_false (anywhere_shows (nhs_number, TRUE));
  for (guint i = 0; typed[i] != NULL; i++)
    g_assert_false (anywhere_shows (typed[i], TRUE));
}

static void
test_lock_same_user (Fixture       *fixture,
                     gconstpointer  user_data)
{
  const char *typed[] = { "Zephyrine", "Quillfeather", NULL };
  CaseloadSignInPage *page = caseload_window_get_sign_in_page (fixture->window);
  GtkSearchEntry *search = caseload_window_get_search_entry (fixture->window);
  CaseloadPersonList *people;
  CaseloadPersonPage *person_page;
  CaseloadPersonForm *form;
  g_autoptr(CaseloadPerson) first = NULL;
  g_autofree char *family = NULL;
  g_autofree char *person_id = NULL;
  CaseloadPerson *person;
  gboolean destroyed = FALSE;

  sign_in_as (fixture, fixture->first);
  people = caseload_window_get_person_list (fixture->window);
  person_page = caseload_window_get_person_page (fixture->window);

  /* Half-way through something: a search, a record on its timeline, a new person. */
  first = g_list_model_get_item (G_LIST_MODEL (people), 0);
  family = g_strdup (caseload_person_get_family_name (first));
  search_for (fixture, family);
  person = open_person_at (fixture, 0);
  person_id = g_strdup (caseload_person_get_id (person));
  caseload_person_page_set_view (person_page, "timeline");
  form = open_person_form (fixture, typed[0], typed[1]);
  g_signal_connect (form, "destroy", G_CALLBACK (test_ui_on_destroyed_cb), &destroyed);
  g_assert_true (anywhere_shows (typed[0], TRUE));

  caseload_window_lock (fixture->window);

  g_assert_true (caseload_window_get_locked (fixture->window));
  g_assert_true (caseload_sign_in_page_get_locked (page));
  g_assert_true (anywhere_shows ("Locked", TRUE));
  g_assert_cmpstr (gtk_editable_get_text (caseload_sign_in_page_get_username (page)), ==,
                   caseload_staff_get_username (fixture->first));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (form)));
  g_assert_false (destroyed);
  assert_nothing_identifying_shown (fixture, person, typed);

  /* Locked, the window's actions do nothing: no new form over the sign-in page. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-person", NULL);
  g_assert_true (test_ui_find_window (CASELOAD_TYPE_PERSON_FORM, FALSE) == GTK_WINDOW (form));

  /* A wrong password changes nothing. */
  type_sign_in (fixture, caseload_staff_get_username (fixture->first), "not-the-password");
  g_assert_true (caseload_window_get_locked (fixture->window));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (form)));

  /* Back: everything as it was left. */
  type_sign_in (fixture, caseload_staff_get_username (fixture->first), DEMO_PASSWORD);
  g_assert_true (caseload_window_get_signed_in (fixture->window));
  g_assert_false (destroyed);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (form)));
  g_assert_cmpstr (gtk_editable_get_text (caseload_person_form_get_field (form, "given-name")), ==, typed[0]);
  g_assert_cmpstr (gtk_editable_get_text (caseload_person_form_get_field (form, "family-name")), ==, typed[1]);
  g_assert_true (caseload_window_get_person_list (fixture->window) == people);
  g_assert_true (caseload_window_get_person_page (fixture->window) == person_page);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search)), ==, family);
  g_assert_cmpstr (caseload_person_page_get_person_id (person_page), ==, person_id);
  g_assert_cmpstr (caseload_person_page_get_view (person_page), ==, "timeline");

  /* The form outlives this function's flag. */
  g_signal_handlers_disconnect_by_func (form, test_ui_on_destroyed_cb, &destroyed);
}

static gboolean
toast_gone (gpointer data)
{
  return !anywhere_shows ("Saved Zephyrine", FALSE);
}

static void
test_window_opened_while_locked (Fixture       *fixture,
                                 gconstpointer  user_data)
{
  CaseloadSignInPage *page = caseload_window_get_sign_in_page (fixture->window);
  GtkWidget *late = NULL;
  GtkWidget *later = NULL;
  gboolean late_destroyed = FALSE;
  gboolean later_destroyed = FALSE;

  sign_in_as (fixture, fixture->first);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.lock", NULL));

  /* A worker's reply opens a window while the desk is locked (a temporary password, a
   * form's question): it stays out of sight. */
  late = adw_message_dialog_new (GTK_WINDOW (fixture->window), "Temporary Password", "Zq7-late-reply");
  g_signal_connect (late, "destroy", G_CALLBACK (test_ui_on_destroyed_cb), &late_destroyed);
  gtk_window_present (GTK_WINDOW (late));
  test_ui_spin (50);
  g_assert_false (gtk_widget_get_visible (late));

  /* The same user gets it back. */
  sign_in_as (fixture, fixture->first);
  g_assert_true (gtk_widget_get_visible (late));
  gtk_window_destroy (GTK_WINDOW (late));
  g_assert_true (late_destroyed);

  /* Anyone else never sees it: it goes, unseen. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.lock", NULL));
  later = adw_message_dialog_new (GTK_WINDOW (fixture->window), "Temporary Password", "Zq7-later-reply");
  g_signal_connect (later, "destroy", G_CALLBACK (test_ui_on_destroyed_cb), &later_destroyed);
  gtk_window_present (GTK_WINDOW (later));
  test_ui_spin (50);
  g_assert_false (gtk_widget_get_visible (later));
  gtk_editable_set_text (caseload_sign_in_page_get_username (page), "");
  sign_in_as (fixture, fixture->second);
  g_assert_true (later_destroyed);
  g_assert_false (anywhere_shows ("Zq7-later-reply", FALSE));
}

static void
test_lock_other_user (Fixture       *fixture,
                      gconstpointer  user_data)
{
  const char *typed[] = { "Zephyrine", "Quillfeather", "Unsaved note 7F3K about the crisis plan", NULL };
  CaseloadSignInPage *page = caseload_window_get_sign_in_page (fixture->window);
  CaseloadPersonPage *first_page;
  CaseloadPersonForm *person_form;
  CaseloadEntryForm *entry_form;
  g_autoptr(CaseloadPerson) person = NULL;
  gboolean person_form_destroyed = FALSE;
  gboolean entry_form_destroyed = FALSE;
  CaseloadPersonList *people;

  sign_in_as (fixture, fixture->first);
  person = g_object_ref (open_person_at (fixture, 0));
  first_page = caseload_window_get_person_page (fixture->window);
  entry_form = open_entry_form (fixture, typed[2]);
  g_signal_connect (entry_form, "destroy", G_CALLBACK (test_ui_on_destroyed_cb), &entry_form_destroyed);
  person_form = open_person_form (fixture, typed[0], typed[1]);
  g_signal_connect (person_form, "destroy", G_CALLBACK (test_ui_on_destroyed_cb), &person_form_destroyed);
  search_for (fixture, caseload_person_get_family_name (person));
  caseload_window_add_toast (fixture->window, "Saved Zephyrine Quillfeather");

  /* Ctrl+L's action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.lock", NULL));
  g_assert_true (caseload_window_get_locked (fixture->window));
  assert_nothing_identifying_shown (fixture, person, typed);

  /* Someone else takes the desk. */
  gtk_editable_set_text (caseload_sign_in_page_get_username (page), "");
  sign_in_as (fixture, fixture->second);

  /* The forms went without being shown or asking about discarding. */
  g_assert_true (person_form_destroyed);
  g_assert_true (entry_form_destroyed);
  g_assert_null (test_ui_find_window (ADW_TYPE_MESSAGE_DIALOG, FALSE));
  g_assert_null (test_ui_find_window (CASELOAD_TYPE_PERSON_FORM, FALSE));
  g_assert_null (test_ui_find_window (CASELOAD_TYPE_ENTRY_FORM, FALSE));

  /* Nothing the first user typed is anywhere, on screen or off; their toast has gone. */
  test_ui_wait_until (toast_gone, NULL, TIMEOUT_MS, "the toast to go");
  for (guint i = 0; typed[i] != NULL; i++)
    g_assert_false (anywhere_shows (typed[i], FALSE));

  /* A caseload of their own: no search, nobody open, the list as the policy has it. */
  people = caseload_window_get_person_list (fixture->window);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (caseload_window_get_search_entry (fixture->window))), ==, "");
  g_assert_true (caseload_window_get_person_page (fixture->window) != first_page);
  g_assert_null (caseload_person_page_get_person (caseload_window_get_person_page (fixture->window)));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, count_visible (fixture, fixture->second));
  g_assert_cmpstr (caseload_staff_get_id (caseload_context_get_actor (fixture->context)), ==,
                   caseload_staff_get_id (fixture->second));
}

/* Closing a locked window asks before the forms it hides are lost, without showing
 * them; Cancel keeps everything as it was. */
static void
test_close_locked (Fixture       *fixture,
                   gconstpointer  user_data)
{
  const char *typed[] = { "Zephyrine", "Quillfeather", NULL };
  CaseloadPersonForm *form;
  AdwMessageDialog *question;
  gboolean form_destroyed = FALSE;
  CaseloadPerson *person;

  sign_in_as (fixture, fixture->first);
  person = open_person_at (fixture, 0);
  form = open_person_form (fixture, typed[0], typed[1]);
  g_signal_connect (form, "destroy", G_CALLBACK (test_ui_on_destroyed_cb), &form_destroyed);
  caseload_window_lock (fixture->window);

  gtk_window_close (GTK_WINDOW (fixture->window));
  question = ADW_MESSAGE_DIALOG (find_shown_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (question);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (form)));
  assert_nothing_identifying_shown (fixture, person, typed);

  adw_message_dialog_response (question, "cancel");
  test_ui_spin (100);
  g_assert_true (is_toplevel (GTK_WINDOW (fixture->window)));
  g_assert_false (form_destroyed);
  g_assert_true (caseload_window_get_locked (fixture->window));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (form)));

  /* Told to, it closes, and the form goes unseen. */
  gtk_window_close (GTK_WINDOW (fixture->window));
  question = ADW_MESSAGE_DIALOG (find_shown_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (question);
  adw_message_dialog_response (question, "close");
  test_ui_wait_until (window_gone, fixture->window, TIMEOUT_MS, "the window to close");
  g_assert_true (form_destroyed);
}

static void
test_switch_user (Fixture       *fixture,
                  gconstpointer  user_data)
{
  CaseloadSignInPage *page = caseload_window_get_sign_in_page (fixture->window);

  sign_in_as (fixture, fixture->first);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.switch-user", NULL));

  /* A blank sign-in page: nobody's username waiting in it. */
  g_assert_false (caseload_window_get_signed_in (fixture->window));
  g_assert_false (caseload_sign_in_page_get_locked (page));
  g_assert_cmpstr (gtk_editable_get_text (caseload_sign_in_page_get_username (page)), ==, "");
  g_assert_true (anywhere_shows ("Sign In to Caseload", TRUE));

  sign_in_as (fixture, fixture->second);
}

static void
test_ctrl_l (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(CaseloadApplication) app = caseload_application_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) actions = NULL;
  CaseloadPersonForm *form;

  /* The application's shortcut table, as `caseload` sets it up at start-up. */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  actions = gtk_application_get_actions_for_accel (GTK_APPLICATION (app), "<Control>l");
  g_assert_true (g_strv_contains ((const char * const *) actions, "app.lock"));

  /* An application action, so it reaches the window from inside a form too. */
  gtk_window_set_application (GTK_WINDOW (fixture->window), GTK_APPLICATION (app));
  sign_in_as (fixture, fixture->first);
  form = open_person_form (fixture, "Zephyrine", "Quillfeather");
  g_action_group_activate_action (G_ACTION_GROUP (app), "lock", NULL);
  g_assert_true (caseload_window_get_locked (fixture->window));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (form)));

  /* Locked, Lock has nothing more to do. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.lock", NULL);
  g_assert_true (caseload_window_get_locked (fixture->window));
}

static void
move_clock (Fixture *fixture,
            int      seconds)
{
  g_autoptr(GDateTime) now = caseload_clock_now (fixture->clock);
  g_autoptr(GDateTime) later = g_date_time_add_seconds (now, seconds);

  caseload_clock_set_fixed (fixture->clock, later);
}

static void
test_idle_lock (Fixture       *fixture,
                gconstpointer  user_data)
{
  const char *typed[] = { "Unsaved note 9Q2W about a home visit", NULL };
  CaseloadEntryForm *form;
  CaseloadPerson *person;
  int minutes = 0;

  sign_in_as (fixture, fixture->first);

  /* The setting's default, through GSettings. */
  g_object_get (fixture->window, "idle-lock-minutes", &minutes, NULL);
  g_assert_cmpint (minutes, ==, 5);

  person = open_person_at (fixture, 0);
  form = open_entry_form (fixture, typed[0]);

  move_clock (fixture, 4 * 60 + 59);
  g_assert_false (caseload_window_check_idle (fixture->window));
  g_assert_true (caseload_window_get_signed_in (fixture->window));

  move_clock (fixture, 1);
  g_assert_true (caseload_window_check_idle (fixture->window));
  g_assert_true (caseload_window_get_locked (fixture->window));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (form)));
  assert_nothing_identifying_shown (fixture, person, typed);

  /* Locked already: the check has nothing to do. */
  move_clock (fixture, 3600);
  g_assert_false (caseload_window_check_idle (fixture->window));

  type_sign_in (fixture, caseload_staff_get_username (fixture->first), DEMO_PASSWORD);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (form)));

  /* A shorter setting takes effect at once; the time starts again at sign-in. */
  g_object_set (fixture->window, "idle-lock-minutes", 1, NULL);
  move_clock (fixture, 59);
  g_assert_false (caseload_window_check_idle (fixture->window));
  move_clock (fixture, 1);
  g_assert_true (caseload_window_check_idle (fixture->window));
}

static gboolean
audited (Fixture    *fixture,
         const char *staff_id,
         const char *action)
{
  g_autoptr(GPtrArray) staff = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  CaseloadStaff *manager = NULL;

  staff = caseload_store_list_staff (fixture->store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < staff->len && manager == NULL; i++)
    if (caseload_policy_may_review_access (caseload_staff_get_access_role (g_ptr_array_index (staff, i))))
      manager = g_ptr_array_index (staff, i);
  g_assert_nonnull (manager);

  events = caseload_store_list_audit (fixture->store, manager, staff_id, NULL, NULL, NULL, 0, 100, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < events->len; i++)
    if (g_strcmp0 (caseload_audit_event_get_action (g_ptr_array_index (events, i)), action) == 0)
      return TRUE;

  return FALSE;
}

typedef struct {
  Fixture    *fixture;
  const char *action;
} AuditWait;

static gboolean
audit_arrived (gpointer data)
{
  AuditWait *wait = data;

  return audited (wait->fixture, caseload_staff_get_id (wait->fixture->first), wait->action);
}

static void
test_lock_audited (Fixture       *fixture,
                   gconstpointer  user_data)
{
  AuditWait lock = { fixture, "lock" };
  AuditWait sign_out = { fixture, "sign-out" };

  sign_in_as (fixture, fixture->first);
  caseload_window_lock (fixture->window);
  test_ui_wait_until (audit_arrived, &lock, TIMEOUT_MS, "the lock to be audited");

  type_sign_in (fixture, caseload_staff_get_username (fixture->first), DEMO_PASSWORD);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.switch-user", NULL);
  test_ui_wait_until (audit_arrived, &sign_out, TIMEOUT_MS, "the sign-out to be audited");
}

/* A full session, as a clinician would have it, for the log check below. */
static void
test_session (Fixture       *fixture,
              gconstpointer  user_data)
{
  CaseloadPersonList *people;
  g_autoptr(CaseloadPerson) first = NULL;
  g_autofree char *family = NULL;
  CaseloadEntryForm *form;
  gboolean destroyed = FALSE;

  type_sign_in (fixture, caseload_staff_get_username (fixture->first), "not-the-password");
  sign_in_as (fixture, fixture->first);
  people = caseload_window_get_person_list (fixture->window);

  first = g_list_model_get_item (G_LIST_MODEL (people), 0);
  family = g_strdup (caseload_person_get_family_name (first));
  search_for (fixture, family);
  open_person_at (fixture, 0);
  search_for (fixture, "");
  for (guint i = 1; i < 4 && i < g_list_model_get_n_items (G_LIST_MODEL (people)); i++)
    open_person_at (fixture, i);

  form = open_entry_form (fixture, "Phoned to check in; feeling more settled since the network meeting.");
  g_signal_connect (form, "destroy", G_CALLBACK (test_ui_on_destroyed_cb), &destroyed);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (form), "entry-form.save", NULL));
  test_ui_wait_until (test_ui_flag_set, &destroyed, TIMEOUT_MS, "the entry form to close");

  open_person_form (fixture, "Zephyrine", "Quillfeather");
  caseload_window_lock (fixture->window);
  sign_in_as (fixture, fixture->first);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.switch-user", NULL);
  sign_in_as (fixture, fixture->second);
  if (g_list_model_get_n_items (G_LIST_MODEL (caseload_window_get_person_list (fixture->window))) > 0)
    open_person_at (fixture, 0);
  test_ui_spin (200);
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || c == '_';
}

/* Where @word occurs in @text as a whole word (not inside a longer one), or NULL. */
static const char *
find_word (const char *text,
           const char *word)
{
  gsize length = strlen (word);

  for (const char *at = strstr (text, word); at != NULL; at = strstr (at + 1, word))
    {
      const char *after = at + length;
      gboolean starts = at == text || !is_word_char (g_utf8_get_char (g_utf8_find_prev_char (text, at)));
      gboolean ends = *after == '\0' || !is_word_char (g_utf8_get_char (after));

      if (starts && ends)
        return at;
    }

  return NULL;
}

static void
add_identifier (GPtrArray  *identifiers,
                const char *text)
{
  if (text != NULL && *text != '\0' && !g_ptr_array_find_with_equal_func (identifiers, text, g_str_equal, NULL))
    g_ptr_array_add (identifiers, g_strdup (text));
}

/* Every demo person's names and NHS number, read from the database itself: the store
 * would show each staff member only some of them. */
static GPtrArray *
demo_identifiers (void)
{
  GPtrArray *identifiers = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *db = NULL;
  sqlite3_stmt *statement = NULL;

  g_assert_cmpint (sqlite3_open_v2 (template_path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT given_name, family_name, preferred_name, nhs_number FROM person",
                                       -1, &statement, NULL), ==, SQLITE_OK);

  while (sqlite3_step (statement) == SQLITE_ROW)
    {
      const char *nhs_number = (const char *) sqlite3_column_text (statement, 3);

      add_identifier (identifiers, (const char *) sqlite3_column_text (statement, 0));
      add_identifier (identifiers, (const char *) sqlite3_column_text (statement, 1));
      add_identifier (identifiers, (const char *) sqlite3_column_text (statement, 2));

      if (nhs_number != NULL && strlen (nhs_number) == 10)
        {
          g_autofree char *spaced = g_strdup_printf ("%.3s %.3s %.4s", nhs_number, nhs_number + 3, nhs_number + 6);
          g_autofree char *dashed = g_strdup_printf ("%.3s-%.3s-%.4s", nhs_number, nhs_number + 3, nhs_number + 6);

          add_identifier (identifiers, nhs_number);
          add_identifier (identifiers, spaced);
          add_identifier (identifiers, dashed);
        }
    }

  sqlite3_finalize (statement);
  sqlite3_close (db);

  return identifiers;
}

static void
test_log_has_no_identifiers (void)
{
  g_autoptr(GPtrArray) identifiers = demo_identifiers ();
  g_autofree char *text = NULL;

  g_mutex_lock (&log_lock);
  text = g_strdup (log_text->str);
  g_mutex_unlock (&log_lock);

  g_assert_cmpuint (identifiers->len, >, N_PEOPLE);
  /* The run did log: debug messages were on and captured. */
  g_assert_nonnull (strstr (text, "GLIB_DOMAIN=caseload"));

  for (guint i = 0; i < identifiers->len; i++)
    {
      const char *identifier = g_ptr_array_index (identifiers, i);
      const char *found = find_word (text, identifier);

      if (found != NULL)
        {
          const char *line = found;

          while (line > text && line[-1] != '\n')
            line--;
          g_error ("A demo person's name or NHS number (“%s”) is in the log: %.*s",
                   identifier, (int) strcspn (line, "\n"), line);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Before anything can log: debug messages on, and every one captured. */
  g_setenv ("G_MESSAGES_DEBUG", "all", TRUE);
  log_text = g_string_new (NULL);
  g_log_set_writer_func (capture_log_writer, NULL, NULL);

  g_test_init (&argc, &argv, NULL);
  adw_init ();

  make_template ();

  g_test_add ("/ui/sign-in/opens-signed-out", Fixture, NULL, fixture_setup, test_opens_signed_out, fixture_teardown);
  g_test_add ("/ui/sign-in/sign-in", Fixture, NULL, fixture_setup, test_sign_in, fixture_teardown);
  g_test_add ("/ui/sign-in/enter", Fixture, NULL, fixture_setup, test_enter_signs_in, fixture_teardown);
  g_test_add ("/ui/sign-in/wrong-password", Fixture, NULL, fixture_setup, test_wrong_password, fixture_teardown);
  g_test_add ("/ui/sign-in/account-locked", Fixture, NULL, fixture_setup, test_account_locked, fixture_teardown);
  g_test_add ("/ui/sign-in/deactivated", Fixture, NULL, fixture_setup, test_deactivated, fixture_teardown);
  g_test_add ("/ui/sign-in/must-change-password", Fixture, NULL, fixture_setup, test_must_change_password, fixture_teardown);
  g_test_add ("/ui/lock/same-user", Fixture, NULL, fixture_setup, test_lock_same_user, fixture_teardown);
  g_test_add ("/ui/lock/other-user", Fixture, NULL, fixture_setup, test_lock_other_user, fixture_teardown);
  g_test_add ("/ui/lock/window-opened-while-locked", Fixture, NULL, fixture_setup, test_window_opened_while_locked, fixture_teardown);
  g_test_add ("/ui/lock/close", Fixture, NULL, fixture_setup, test_close_locked, fixture_teardown);
  g_test_add ("/ui/lock/switch-user", Fixture, NULL, fixture_setup, test_switch_user, fixture_teardown);
  g_test_add ("/ui/lock/ctrl-l", Fixture, NULL, fixture_setup, test_ctrl_l, fixture_teardown);
  g_test_add ("/ui/lock/idle", Fixture, NULL, fixture_setup, test_idle_lock, fixture_teardown);
  g_test_add ("/ui/lock/audited", Fixture, NULL, fixture_setup, test_lock_audited, fixture_teardown);
  g_test_add ("/ui/log/session", Fixture, NULL, fixture_setup, test_session, fixture_teardown);
  /* Last: it reads what every test before it logged. */
  g_test_add_func ("/ui/log/no-identifiers", test_log_has_no_identifiers);

  status = g_test_run ();

  test_ui_remove_template (&template_path);

  return status;
}
