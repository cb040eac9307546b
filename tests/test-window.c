/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The window driven through its real widgets, headless: a demo store of 40 people
 * (seeded once, copied for each test) with a fixed clock, the first staff member acting.
 * A context with an actor opens the window signed in, so no password is typed here
 * (test-sign-in.c does that); the list holds the people the policy lets them see. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "caseload-core.h"
#include "test-ui-util.h"
#include "test-util.h"
#include "caseload-entry-form.h"
#include "caseload-person-form.h"
#include "caseload-person-page.h"
#include "caseload-window.h"

#define N_PEOPLE   40
#define TIMEOUT_MS 20000

typedef struct {
  char            *dir;
  char            *path;
  CaseloadClock   *clock;
  CaseloadStore   *store;
  CaseloadContext *context;
  CaseloadWindow  *window;
  guint            n_visible;   /* people the actor may see, by the store */
} Fixture;


static char *template_path;





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
list_ready (gpointer data)
{
  Fixture *fixture = data;
  CaseloadPersonList *people = caseload_window_get_person_list (fixture->window);

  return g_list_model_get_n_items (G_LIST_MODEL (people)) == fixture->n_visible && all_loaded (people);
}

static gboolean
window_allocated (gpointer data)
{
  Fixture *fixture = data;

  return gtk_widget_get_width (GTK_WIDGET (fixture->window)) > 0;
}

/* Seeding hashes every demo staff member's password (Argon2id): once per run. */
static void
make_template (void)
{
  template_path = test_ui_seed_template (N_PEOPLE);
}


/* "40 people", as the count under the list says it. */
static char *
people_label (guint n)
{
  return g_strdup_printf (n == 1 ? "%u person" : "%u people", n);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 22, 10, 0, 0);
  g_autoptr(GPtrArray) staff = NULL;
  g_autoptr(GError) error = NULL;
  CaseloadStaff *actor;

  fixture->dir = g_dir_make_tmp ("caseload-ui-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "caseload.db", NULL);
  test_ui_copy_template (template_path, fixture->path);

  fixture->clock = caseload_clock_new_fixed (now);
  fixture->store = caseload_store_sqlite_new (fixture->path, fixture->clock, &error);
  g_assert_no_error (error);

  staff = caseload_store_list_staff (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (staff->len, >, 0);
  actor = g_ptr_array_index (staff, 0);

  g_assert_true (caseload_store_count_people (fixture->store, actor, NULL, &fixture->n_visible, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->n_visible, >, 1);

  fixture->context = caseload_context_new (fixture->store, fixture->clock);
  caseload_context_set_actor (fixture->context, actor);

  /* Our own reference, so the test can check the window really goes away. */
  fixture->window = g_object_ref (caseload_window_new (NULL, fixture->context));
  gtk_window_present (GTK_WINDOW (fixture->window));

  test_ui_wait_until (window_allocated, fixture, TIMEOUT_MS, "the window to get its size");
  test_ui_wait_until (list_ready, fixture, TIMEOUT_MS, "the caseload to load");
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

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  user_data)
{
  destroy_other_windows (fixture);
  gtk_window_destroy (GTK_WINDOW (fixture->window));

  /* Let cancelled reads come home before counting references. */
  test_ui_spin (300);
  g_assert_finalize_object (g_steal_pointer (&fixture->window));

  g_assert_finalize_object (g_steal_pointer (&fixture->context));
  g_assert_finalize_object (g_steal_pointer (&fixture->store));
  g_assert_finalize_object (g_steal_pointer (&fixture->clock));
  test_remove_dir (fixture->dir);
  g_clear_pointer (&fixture->path, g_free);
  g_clear_pointer (&fixture->dir, g_free);
}



static void
test_opens (Fixture       *fixture,
            gconstpointer  user_data)
{
  CaseloadPersonList *people = caseload_window_get_person_list (fixture->window);
  g_autofree char *count = people_label (fixture->n_visible);
  GtkWidget *empty_status = NULL;

  /* Signed in already, as the context's actor. */
  g_assert_true (caseload_window_get_signed_in (fixture->window));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, fixture->n_visible);
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (fixture->window), count));

  /* No "No People Yet" page on show, and no person open. */
  empty_status = test_ui_find_label_containing (GTK_WIDGET (fixture->window), "No People Yet");
  g_assert_true (empty_status == NULL || !gtk_widget_get_mapped (empty_status));
  g_assert_null (caseload_person_page_get_person (caseload_window_get_person_page (fixture->window)));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (caseload_window_get_person_page (fixture->window))));
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

  return g_strcmp0 (caseload_person_list_get_search (people), wait->search) == 0 &&
         all_loaded (people);
}

static void
test_search (Fixture       *fixture,
             gconstpointer  user_data)
{
  CaseloadPersonList *people = caseload_window_get_person_list (fixture->window);
  g_autoptr(CaseloadPerson) first = g_list_model_get_item (G_LIST_MODEL (people), 0);
  g_autofree char *family = g_strdup (caseload_person_get_family_name (first));
  g_autofree char *wanted = g_utf8_casefold (family, -1);
  SearchWait wait = { fixture, family };
  guint n;

  gtk_editable_set_text (GTK_EDITABLE (caseload_window_get_search_entry (fixture->window)), family);
  test_ui_wait_until (search_done, &wait, TIMEOUT_MS, "the search results");

  n = g_list_model_get_n_items (G_LIST_MODEL (people));
  g_assert_cmpuint (n, >=, 1);
  g_assert_cmpuint (n, <, fixture->n_visible);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CaseloadPerson) person = g_list_model_get_item (G_LIST_MODEL (people), i);
      g_autofree char *name = g_utf8_casefold (caseload_person_get_display_name (person), -1);

      /* Each result shows the name searched for, or says why it matched. */
      g_assert_true (strstr (name, wanted) != NULL || caseload_person_get_match_field (person) != NULL);
    }
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
open_first_person (Fixture *fixture)
{
  GtkSingleSelection *selection = caseload_window_get_selection (fixture->window);

  gtk_single_selection_set_selected (selection, 0);
  test_ui_wait_until (page_open, fixture, TIMEOUT_MS, "the person page to open");

  return caseload_person_page_get_person (caseload_window_get_person_page (fixture->window));
}

static void
test_open_person (Fixture       *fixture,
                  gconstpointer  user_data)
{
  CaseloadPersonPage *page = caseload_window_get_person_page (fixture->window);
  CaseloadPerson *person = open_first_person (fixture);
  g_autofree char *nhs_number = caseload_nhs_number_format (caseload_person_get_nhs_number (person));

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (page), caseload_person_get_display_name (person)));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (page), nhs_number));
}



typedef struct {
  GListModel *timeline;
  guint       n_items;
} CountWait;

static gboolean
count_reached (gpointer data)
{
  CountWait *wait = data;

  return g_list_model_get_n_items (wait->timeline) == wait->n_items;
}

static guint
count_entries (Fixture    *fixture,
               const char *person_id)
{
  g_autoptr(CaseloadPersonDetail) detail = NULL;
  g_autoptr(GError) error = NULL;

  detail = caseload_store_open_person (fixture->store, caseload_context_get_actor (fixture->context),
                                       person_id, &error);
  g_assert_no_error (error);

  return detail->entry_count;
}

static void
test_window_add_entry (Fixture       *fixture,
                       gconstpointer  user_data)
{
  CaseloadPersonPage *page = caseload_window_get_person_page (fixture->window);
  CaseloadPerson *person = open_first_person (fixture);
  g_autofree char *person_id = g_strdup (caseload_person_get_id (person));
  guint stored_before = count_entries (fixture, person_id);
  GListModel *timeline = caseload_person_page_get_timeline (page);
  CountWait wait = { timeline, g_list_model_get_n_items (timeline) + 1 };
  CaseloadEntryForm *form;
  gboolean destroyed = FALSE;

  g_assert_cmpuint (g_list_model_get_n_items (timeline), ==, stored_before);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.add-entry", NULL));
  form = CASELOAD_ENTRY_FORM (test_ui_find_window (CASELOAD_TYPE_ENTRY_FORM, FALSE));
  g_assert_nonnull (form);
  g_signal_connect (form, "destroy", G_CALLBACK (test_ui_on_destroyed_cb), &destroyed);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (caseload_entry_form_get_text_view (form)),
                            "Phoned to check in after the network meeting; feeling more settled.", -1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (form), "entry-form.save", NULL));

  test_ui_wait_until (test_ui_flag_set, &destroyed, TIMEOUT_MS, "the entry form to close");
  test_ui_wait_until (count_reached, &wait, TIMEOUT_MS, "the timeline to grow");

  g_assert_cmpuint (count_entries (fixture, person_id), ==, stored_before + 1);
}

static void
test_person_form_invalid (Fixture       *fixture,
                          gconstpointer  user_data)
{
  CaseloadPersonForm *form;
  const char *message;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-person", NULL));
  form = CASELOAD_PERSON_FORM (test_ui_find_window (CASELOAD_TYPE_PERSON_FORM, FALSE));
  g_assert_nonnull (form);

  gtk_editable_set_text (caseload_person_form_get_field (form, "given-name"), "Alex");
  gtk_editable_set_text (caseload_person_form_get_field (form, "family-name"), "Morgan");
  gtk_editable_set_text (caseload_person_form_get_field (form, "nhs-number"), "943 476 5918");
  gtk_editable_set_text (caseload_person_form_get_field (form, "postcode"), "XYZ 123");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (form), "person-form.save", NULL));
  test_ui_spin (200);

  /* Refused, with the reason under each field. */
  message = caseload_person_form_get_error (form, "nhs-number");
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "check digit"));
  message = caseload_person_form_get_error (form, "postcode");
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "postcode"));
  g_assert_null (caseload_person_form_get_error (form, "given-name"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (form)));

  /* Nothing typed is lost. */
  g_assert_cmpstr (gtk_editable_get_text (caseload_person_form_get_field (form, "given-name")), ==, "Alex");
  g_assert_cmpstr (gtk_editable_get_text (caseload_person_form_get_field (form, "family-name")), ==, "Morgan");
  g_assert_cmpstr (gtk_editable_get_text (caseload_person_form_get_field (form, "nhs-number")), ==, "943 476 5918");
  g_assert_cmpstr (gtk_editable_get_text (caseload_person_form_get_field (form, "postcode")), ==, "XYZ 123");

  /* Fixing a field clears its message as the person types. */
  gtk_editable_set_text (caseload_person_form_get_field (form, "postcode"), "RM17 6SL");
  g_assert_null (caseload_person_form_get_error (form, "postcode"));

  /* Nothing was saved. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (caseload_window_get_person_list (fixture->window))),
                    ==, fixture->n_visible);
}

/* An NHS number from the test range that nobody in the store has yet. */
static char *
unused_nhs_number (Fixture *fixture)
{
  for (guint n = 1; n < 100000; n++)
    {
      g_autofree char *digits = g_strdup_printf ("999%06u", 900000 - n);
      g_autofree char *number = NULL;
      g_autoptr(GError) error = NULL;
      int check = caseload_nhs_number_check_digit (digits);
      guint count = 0;

      if (check < 0)
        continue;

      number = g_strdup_printf ("%s%d", digits, check);
      g_assert_true (caseload_store_count_people (fixture->store, caseload_context_get_actor (fixture->context),
                                                  number, &count, &error));
      g_assert_no_error (error);
      if (count == 0)
        return g_steal_pointer (&number);
    }

  g_assert_not_reached ();
}

static gboolean
new_person_open (gpointer data)
{
  CaseloadPersonPage *page = data;
  CaseloadPerson *person = caseload_person_page_get_person (page);

  return person != NULL && !caseload_person_page_get_loading (page) &&
         g_strcmp0 (caseload_person_get_given_name (person), "Alex") == 0;
}

static gboolean
list_grew (gpointer data)
{
  Fixture *fixture = data;
  CaseloadPersonList *people = caseload_window_get_person_list (fixture->window);

  return g_list_model_get_n_items (G_LIST_MODEL (people)) == fixture->n_visible + 1 &&
         !caseload_person_list_get_loading (people);
}

static void
test_person_form_save (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autofree char *nhs_number = unused_nhs_number (fixture);
  g_autofree char *typed = caseload_nhs_number_format (nhs_number);
  CaseloadPersonPage *page = caseload_window_get_person_page (fixture->window);
  CaseloadPersonForm *form;
  gboolean destroyed = FALSE;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  CaseloadPerson *saved;

  /* Someone else is open while the new person is added. */
  open_first_person (fixture);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-person", NULL));
  form = CASELOAD_PERSON_FORM (test_ui_find_window (CASELOAD_TYPE_PERSON_FORM, FALSE));
  g_assert_nonnull (form);
  g_signal_connect (form, "destroy", G_CALLBACK (test_ui_on_destroyed_cb), &destroyed);

  gtk_editable_set_text (caseload_person_form_get_field (form, "given-name"), "Alex");
  gtk_editable_set_text (caseload_person_form_get_field (form, "family-name"), "Zzzyzx");
  gtk_editable_set_text (caseload_person_form_get_field (form, "nhs-number"), typed);
  gtk_editable_set_text (caseload_person_form_get_field (form, "date-of-birth"), "12/03/1984");
  gtk_editable_set_text (caseload_person_form_get_field (form, "postcode"), "rm17 6sl");
  gtk_editable_set_text (caseload_person_form_get_field (form, "phone"), "01375 123456");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (form), "person-form.save", NULL));
  test_ui_wait_until (test_ui_flag_set, &destroyed, TIMEOUT_MS, "the person form to close");

  found = caseload_store_list_people (fixture->store, caseload_context_get_actor (fixture->context),
                                      nhs_number, 0, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  saved = g_ptr_array_index (found, 0);
  g_assert_cmpstr (caseload_person_get_given_name (saved), ==, "Alex");
  g_assert_cmpstr (caseload_person_get_family_name (saved), ==, "Zzzyzx");
  g_assert_cmpstr (caseload_person_get_date_of_birth (saved), ==, "1984-03-12");
  g_assert_cmpstr (caseload_person_get_postcode (saved), ==, "RM17 6SL");

  /* The new person opens, and the list counts them. */
  test_ui_wait_until (new_person_open, page, TIMEOUT_MS, "the new person to open");
  g_assert_cmpstr (caseload_person_get_nhs_number (caseload_person_page_get_person (page)), ==, nhs_number);
  test_ui_wait_until (list_grew, fixture, TIMEOUT_MS, "the list to count the new person");

  /* Once the list has reloaded, the page still shows the new person, not the one
   * who was open before. */
  test_ui_spin (500);
  g_assert_cmpstr (caseload_person_get_nhs_number (caseload_person_page_get_person (page)), ==, nhs_number);
}

static void
test_add_entry_needs_the_selected_person (Fixture       *fixture,
                                          gconstpointer  user_data)
{
  GtkSingleSelection *selection = caseload_window_get_selection (fixture->window);
  CaseloadPersonPage *page = caseload_window_get_person_page (fixture->window);
  CaseloadPerson *next;
  CaseloadEntryForm *form;

  open_first_person (fixture);

  /* The next person is selected but not yet open: Add Entry must not write to the
   * person still on screen. */
  gtk_single_selection_set_selected (selection, 5);
  next = gtk_single_selection_get_selected_item (selection);
  g_assert_true (caseload_person_get_loaded (next));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.add-entry", NULL);
  form = CASELOAD_ENTRY_FORM (test_ui_find_window (CASELOAD_TYPE_ENTRY_FORM, FALSE));
  if (form != NULL)
    {
      g_autoptr(CaseloadPerson) about = NULL;

      g_object_get (form, "person", &about, NULL);
      g_assert_cmpstr (caseload_person_get_id (about), ==, caseload_person_get_id (next));
      gtk_window_destroy (GTK_WINDOW (form));
    }

  test_ui_wait_until (page_open, fixture, TIMEOUT_MS, "the next person to open");
  g_assert_cmpstr (caseload_person_get_id (caseload_person_page_get_person (page)), ==, caseload_person_get_id (next));
}

static gboolean
read_error_shown (gpointer data)
{
  Fixture *fixture = data;
  GtkWidget *title = test_ui_find_label_containing (GTK_WIDGET (fixture->window), "Can’t Read the Caseload");

  return title != NULL && gtk_widget_get_mapped (title);
}

static gboolean
list_back (gpointer data)
{
  Fixture *fixture = data;
  g_autofree char *count = people_label (fixture->n_visible);

  return caseload_person_list_get_error (caseload_window_get_person_list (fixture->window)) == NULL
         && test_ui_find_label_containing (GTK_WIDGET (fixture->window), count) != NULL;
}

static void
test_read_error (Fixture       *fixture,
                 gconstpointer  user_data)
{
  sqlite3 *db = NULL;

  /* Another program breaks the search index under us: the list says so, and Try
   * Again brings the caseload back once it is mended. */
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "ALTER TABLE person_access RENAME TO person_access_away", NULL, NULL, NULL), ==, SQLITE_OK);

  g_test_expect_message ("caseload-core", G_LOG_LEVEL_WARNING, "Could not *");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.reload", NULL);
  test_ui_wait_until (read_error_shown, fixture, TIMEOUT_MS, "the read error to show");
  g_test_assert_expected_messages ();
  g_assert_true (gtk_widget_get_mapped (test_ui_find_label_containing (GTK_WIDGET (fixture->window), "person_access")));

  g_assert_cmpint (sqlite3_exec (db, "ALTER TABLE person_access_away RENAME TO person_access", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.reload", NULL);
  test_ui_wait_until (list_back, fixture, TIMEOUT_MS, "the caseload to come back");
}

static void
test_person_form_discard (Fixture       *fixture,
                          gconstpointer  user_data)
{
  CaseloadPersonForm *form;
  AdwMessageDialog *question;
  gboolean destroyed = FALSE;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-person", NULL));
  form = CASELOAD_PERSON_FORM (test_ui_find_window (CASELOAD_TYPE_PERSON_FORM, FALSE));
  g_signal_connect (form, "destroy", G_CALLBACK (test_ui_on_destroyed_cb), &destroyed);
  gtk_editable_set_text (caseload_person_form_get_field (form, "given-name"), "Alex");

  /* Closing with something typed asks first; keeping loses nothing. */
  gtk_window_close (GTK_WINDOW (form));
  question = ADW_MESSAGE_DIALOG (test_ui_find_window (ADW_TYPE_MESSAGE_DIALOG, FALSE));
  g_assert_nonnull (question);
  g_assert_false (destroyed);
  adw_message_dialog_response (question, "keep");
  test_ui_spin (100);
  g_assert_false (destroyed);
  g_assert_cmpstr (gtk_editable_get_text (caseload_person_form_get_field (form, "given-name")), ==, "Alex");

  /* Discarding closes the form, and nothing is saved. */
  gtk_window_close (GTK_WINDOW (form));
  question = ADW_MESSAGE_DIALOG (test_ui_find_window (ADW_TYPE_MESSAGE_DIALOG, FALSE));
  g_assert_nonnull (question);
  adw_message_dialog_response (question, "discard");
  test_ui_wait_until (test_ui_flag_set, &destroyed, TIMEOUT_MS, "the discarded form to close");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (caseload_window_get_person_list (fixture->window))),
                    ==, fixture->n_visible);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  adw_init ();

  make_template ();

  g_test_add ("/ui/window/opens", Fixture, NULL, fixture_setup, test_opens, fixture_teardown);
  g_test_add ("/ui/window/search", Fixture, NULL, fixture_setup, test_search, fixture_teardown);
  g_test_add ("/ui/window/open-person", Fixture, NULL, fixture_setup, test_open_person, fixture_teardown);
  g_test_add ("/ui/window/add-entry", Fixture, NULL, fixture_setup, test_window_add_entry, fixture_teardown);
  g_test_add ("/ui/window/add-entry-selected", Fixture, NULL, fixture_setup, test_add_entry_needs_the_selected_person, fixture_teardown);
  g_test_add ("/ui/window/read-error", Fixture, NULL, fixture_setup, test_read_error, fixture_teardown);
  g_test_add ("/ui/person-form/invalid", Fixture, NULL, fixture_setup, test_person_form_invalid, fixture_teardown);
  g_test_add ("/ui/person-form/discard", Fixture, NULL, fixture_setup, test_person_form_discard, fixture_teardown);
  g_test_add ("/ui/person-form/save", Fixture, NULL, fixture_setup, test_person_form_save, fixture_teardown);

  status = g_test_run ();

  test_ui_remove_template (&template_path);

  return status;
}
