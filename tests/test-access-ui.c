/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Access and audit through their real widgets, headless: a small demo store with a
 * fixed clock, the acting staff member set on the context directly (no sign-in). The
 * person page sits in a plain window of its own. */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "caseload-audit-window.h"
#include "caseload-break-glass-dialog.h"
#include "caseload-consent-dialog.h"
#include "caseload-core.h"
#include "test-ui-util.h"
#include "test-util.h"
#include "caseload-person-page.h"
#include "caseload-staff-window.h"

#define N_PEOPLE   12
#define TIMEOUT_MS 20000

#define MIND "Thurrock & Brentwood Mind"

typedef struct {
  char               *dir;
  char               *path;
  CaseloadClock      *clock;
  CaseloadStore      *store;
  CaseloadContext    *context;
  GtkWindow          *window;
  CaseloadPersonPage *page;
} Fixture;








static CaseloadStaff *
find_staff (Fixture    *fixture,
            const char *username)
{
  g_autoptr(GPtrArray) staff = NULL;
  g_autoptr(GError) error = NULL;

  staff = caseload_store_list_staff (fixture->store, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < staff->len; i++)
    if (g_strcmp0 (caseload_staff_get_username (g_ptr_array_index (staff, i)), username) == 0)
      return g_object_ref (g_ptr_array_index (staff, i));

  g_error ("No demo staff member %s", username);
  return NULL;
}

static void
act_as (Fixture    *fixture,
        const char *username)
{
  g_autoptr(CaseloadStaff) staff = find_staff (fixture, username);

  caseload_context_set_actor (fixture->context, staff);
}

/* Every person in the store, read from the file: the store lists only who the actor
 * may see. */
static GPtrArray *
all_person_ids (Fixture *fixture)
{
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (fixture->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT id FROM person ORDER BY rowid", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (ids, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return ids;
}

/* The first person for whom the actor's access matches @may_view and @may_add. */
static char *
find_person (Fixture  *fixture,
             gboolean  may_view,
             gboolean  may_add)
{
  g_autoptr(GPtrArray) ids = all_person_ids (fixture);

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(GError) error = NULL;
      CaseloadAccess access;

      g_assert_true (caseload_store_check_access (fixture->store, caseload_context_get_actor (fixture->context),
                                                  g_ptr_array_index (ids, i), &access, NULL, &error));
      g_assert_no_error (error);
      if (access.may_view == may_view && (!may_view || access.may_add == may_add))
        return g_strdup (g_ptr_array_index (ids, i));
    }

  g_error ("No person with the access wanted");
  return NULL;
}


static GtkWidget *
find_with_class (GtkWidget  *widget,
                 const char *css_class)
{
  if (gtk_widget_has_css_class (widget, css_class))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_with_class (child, css_class);

      if (found != NULL)
        return found;
    }

  return NULL;
}


static void
select_string (AdwComboRow *row,
               const char  *text)
{
  GListModel *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_str_equal (gtk_string_object_get_string (item), text))
        {
          adw_combo_row_set_selected (row, i);
          return;
        }
    }

  g_error ("No choice “%s”", text);
}

static gboolean
window_allocated (gpointer data)
{
  return gtk_widget_get_width (data) > 0;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 22, 10, 0, 0);
  g_autoptr(GError) error = NULL;
  CaseloadDemoOptions options;

  fixture->dir = g_dir_make_tmp ("caseload-access-ui-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "caseload.db", NULL);
  fixture->clock = caseload_clock_new_fixed (now);
  fixture->store = caseload_store_sqlite_new (fixture->path, fixture->clock, &error);
  g_assert_no_error (error);

  caseload_demo_options_init (&options);
  options.n_people = N_PEOPLE;
  options.heavy_people = 0;
  g_assert_true (caseload_demo_seed (fixture->store, fixture->clock, &options, &error));
  g_assert_no_error (error);

  fixture->context = caseload_context_new (fixture->store, fixture->clock);

  fixture->page = CASELOAD_PERSON_PAGE (caseload_person_page_new ());
  caseload_person_page_set_context (fixture->page, fixture->context);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  g_object_ref (fixture->window);
  gtk_window_set_default_size (fixture->window, 900, 760);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  gtk_window_present (fixture->window);
  test_ui_wait_until (window_allocated, fixture->window, TIMEOUT_MS, "the window to get its size");
}

static void
destroy_other_windows (Fixture *fixture)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i - 1);

      if (window != fixture->window)
        gtk_window_destroy (window);
    }
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  user_data)
{
  destroy_other_windows (fixture);
  gtk_window_destroy (fixture->window);

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

static gboolean
page_settled (gpointer data)
{
  Fixture *fixture = data;

  return !caseload_person_page_get_loading (fixture->page) &&
         caseload_person_page_get_access (fixture->page, NULL);
}

static gboolean
record_open (gpointer data)
{
  Fixture *fixture = data;

  return page_settled (fixture) && caseload_person_page_get_person (fixture->page) != NULL;
}

static gboolean
denied_shown (gpointer data)
{
  Fixture *fixture = data;
  CaseloadAccess access;

  return !caseload_person_page_get_loading (fixture->page) &&
         caseload_person_page_get_access (fixture->page, &access) && !access.may_view;
}

static void
open_and_wait (Fixture    *fixture,
               const char *person_id)
{
  caseload_person_page_open (fixture->page, person_id);
  test_ui_wait_until (page_settled, fixture, TIMEOUT_MS, "the person page to settle");
}

typedef struct {
  GtkWidget  *root;
  const char *text;
} LabelWait;

static gboolean
label_shown (gpointer data)
{
  LabelWait *wait = data;

  return test_ui_find_label_containing (wait->root, wait->text) != NULL;
}

static void
set_text (GtkTextView *view,
          const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
}

static gboolean
reason_refused (gpointer data)
{
  CaseloadBreakGlassDialog *dialog = data;

  return caseload_break_glass_dialog_get_error (dialog, "reason") != NULL;
}

/* A Mind worker with no consent for Mind sees why, breaks the glass with a reason and
 * gets the record under a banner; a team manager then finds it awaiting review. */
static void
test_break_glass (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autofree char *person_id = NULL;
  CaseloadBreakGlassDialog *dialog;
  gboolean destroyed = FALSE;
  LabelWait banner_wait;
  CaseloadAccess access;
  GtkWidget *label;

  act_as (fixture, "ioana.popescu");
  person_id = find_person (fixture, FALSE, FALSE);

  open_and_wait (fixture, person_id);
  g_assert_null (caseload_person_page_get_person (fixture->page));
  g_assert_true (caseload_person_page_get_access (fixture->page, &access));
  g_assert_false (access.may_view);
  g_assert_false (caseload_person_page_get_may_add (fixture->page));

  /* The reason, in a sentence that names the organisation. */
  label = test_ui_find_label_containing (GTK_WIDGET (fixture->window), MIND " cannot see this record");
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_mapped (label));
  g_assert_true (gtk_widget_is_sensitive (test_ui_find_label_containing (GTK_WIDGET (fixture->window), "Emergency Access")));

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "person-page.break-glass", NULL);
  dialog = CASELOAD_BREAK_GLASS_DIALOG (test_ui_find_window (CASELOAD_TYPE_BREAK_GLASS_DIALOG, TRUE));
  g_assert_nonnull (dialog);
  g_signal_connect (dialog, "destroy", G_CALLBACK (test_ui_on_destroyed_cb), &destroyed);
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (dialog), "reviews them"));

  /* No reason: refused before the store is asked. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "break-glass-dialog.open", NULL);
  g_assert_nonnull (caseload_break_glass_dialog_get_error (dialog, "reason"));

  /* Too thin a reason: the store's words, beside the reason. */
  set_text (caseload_break_glass_dialog_get_text_view (dialog), "help");
  g_assert_null (caseload_break_glass_dialog_get_error (dialog, "reason"));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "break-glass-dialog.open", NULL);
  test_ui_wait_until (reason_refused, dialog, TIMEOUT_MS, "the store to refuse a thin reason");
  g_assert_null (caseload_person_page_get_person (fixture->page));

  set_text (caseload_break_glass_dialog_get_text_view (dialog),
            "Came to the crisis sanctuary in distress tonight; I need the crisis plan and who to call.");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "break-glass-dialog.open", NULL);
  test_ui_wait_until (test_ui_flag_set, &destroyed, TIMEOUT_MS, "the emergency access dialog to close");
  test_ui_wait_until (record_open, fixture, TIMEOUT_MS, "the record to open");

  g_assert_true (caseload_person_page_get_access (fixture->page, &access));
  g_assert_true (access.may_view);
  g_assert_cmpint (access.basis, ==, CASELOAD_ACCESS_BASIS_BREAK_GLASS);
  g_assert_true (caseload_person_page_get_may_add (fixture->page));

  /* The banner: until when (the fixed clock is 10:00 UTC, four hours), and why. */
  banner_wait.root = GTK_WIDGET (fixture->window);
  banner_wait.text = "Emergency access until 14:00: Came to the crisis sanctuary";
  test_ui_wait_until (label_shown, &banner_wait, TIMEOUT_MS, "the emergency access banner");
  g_assert_true (gtk_widget_get_mapped (test_ui_find_label_containing (GTK_WIDGET (fixture->window), banner_wait.text)));

  /* Opened again from scratch, the page still knows the expiry it was given. */
  caseload_person_page_reload (fixture->page);
  test_ui_wait_until (record_open, fixture, TIMEOUT_MS, "the record to open again");
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (fixture->window), banner_wait.text));

  /* Once it has ended, the record is refused again and forgotten: nothing of it is left
   * in the page, shown or hidden. */
  {
    g_autoptr(GDateTime) later = g_date_time_new_utc (2026, 11, 22, 14, 1, 0);
    g_autoptr(GPtrArray) everyone = NULL;
    g_autofree char *name = NULL;

    caseload_clock_set_fixed (fixture->clock, later);
    caseload_person_page_reload (fixture->page);
    test_ui_wait_until (denied_shown, fixture, TIMEOUT_MS, "the record to be refused again");
    g_assert_null (caseload_person_page_get_person (fixture->page));
    g_assert_null (caseload_person_page_get_timeline (fixture->page));
    g_assert_null (test_ui_find_label_containing (GTK_WIDGET (fixture->page), "NHS "));
  }
}

typedef struct {
  Fixture *fixture;
  guint    n_rows;
} ReviewWait;

static gboolean
audit_window_idle (gpointer data)
{
  return !caseload_audit_window_get_busy (data);
}

static gboolean
review_count_is (gpointer data)
{
  ReviewWait *wait = data;
  CaseloadAuditWindow *window = CASELOAD_AUDIT_WINDOW (test_ui_find_window (CASELOAD_TYPE_AUDIT_WINDOW, TRUE));

  return !caseload_audit_window_get_busy (window) &&
         caseload_audit_window_get_review_count (window) == wait->n_rows;
}

/* A team manager's review list shows the emergency access, and marking it reviewed
 * takes it off the list for good. */
static void
test_review (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(CaseloadBreakGlass) break_glass = NULL;
  g_autoptr(GPtrArray) waiting = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *person_id = NULL;
  CaseloadAuditWindow *window;
  ReviewWait wait = { fixture, 0 };

  act_as (fixture, "ioana.popescu");
  person_id = find_person (fixture, FALSE, FALSE);
  break_glass = caseload_store_break_glass (fixture->store, caseload_context_get_actor (fixture->context),
                                            person_id, "Came to the crisis sanctuary and needs the crisis plan now.",
                                            &error);
  g_assert_no_error (error);

  act_as (fixture, "morven.adeyinka");
  window = caseload_audit_window_new (fixture->window, fixture->context);
  gtk_window_present (GTK_WINDOW (window));
  test_ui_wait_until (audit_window_idle, window, TIMEOUT_MS, "the audit window to load");

  g_assert_cmpuint (caseload_audit_window_get_review_count (window), ==, 1);
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (window), "Came to the crisis sanctuary"));
  /* Everything since a week ago: at least the emergency access itself. */
  g_assert_cmpuint (caseload_audit_window_get_n_results (window), >, 0);
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (window), "Emergency access: Came to the crisis sanctuary"));

  gtk_widget_activate_action (GTK_WIDGET (window), "audit-window.review", "s",
                              caseload_break_glass_get_id (break_glass));
  test_ui_wait_until (review_count_is, &wait, TIMEOUT_MS, "the access to be marked reviewed");

  waiting = caseload_store_list_break_glass (fixture->store, caseload_context_get_actor (fixture->context),
                                             TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (waiting->len, ==, 0);
}

static gboolean
consent_dialog_shown (gpointer data)
{
  return test_ui_find_window (CASELOAD_TYPE_CONSENT_DIALOG, TRUE) != NULL;
}

static gboolean
consent_dialog_ready (gpointer data)
{
  return !caseload_consent_dialog_get_loading (data);
}

static gboolean
sharing_shows_mind (gpointer data)
{
  Fixture *fixture = data;

  return record_open (fixture) &&
         test_ui_find_label_containing (GTK_WIDGET (fixture->window), "Review by 22 Nov 2027") != NULL;
}

/* A decision recorded through the dialog is in force at once: listed, shown on the
 * overview, and Mind can see the record. */
static void
test_consent (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autoptr(CaseloadStaff) mind_worker = find_staff (fixture, "ioana.popescu");
  g_autoptr(GPtrArray) decisions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *person_id = NULL;
  CaseloadConsentDialog *dialog;
  CaseloadConsent *for_mind = NULL;
  gboolean destroyed = FALSE;
  CaseloadAccess access;
  GtkWidget *button;

  /* Someone Mind can't see yet, whose record the EPUT nurse may add to. */
  caseload_context_set_actor (fixture->context, mind_worker);
  person_id = find_person (fixture, FALSE, FALSE);
  act_as (fixture, "adaeze.nwosu");
  g_assert_true (caseload_store_check_access (fixture->store, caseload_context_get_actor (fixture->context),
                                              person_id, &access, NULL, &error));
  if (!access.may_add)
    {
      g_test_skip ("The demo gave EPUT no record that Mind can't see");
      return;
    }

  open_and_wait (fixture, person_id);
  test_ui_wait_until (record_open, fixture, TIMEOUT_MS, "the record to open");

  /* The button on the overview, as a user would. */
  button = gtk_widget_get_ancestor (test_ui_find_label_containing (GTK_WIDGET (fixture->page), "Record a Decision"),
                                    GTK_TYPE_BUTTON);
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  gtk_widget_activate (button);
  test_ui_wait_until (consent_dialog_shown, NULL, TIMEOUT_MS, "the sharing dialog");
  dialog = CASELOAD_CONSENT_DIALOG (test_ui_find_window (CASELOAD_TYPE_CONSENT_DIALOG, TRUE));
  g_assert_nonnull (dialog);
  g_signal_connect (dialog, "destroy", G_CALLBACK (test_ui_on_destroyed_cb), &destroyed);
  test_ui_wait_until (consent_dialog_ready, dialog, TIMEOUT_MS, "the organisations to arrive");

  /* Nothing is assumed: organisation and decision must be chosen. */
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (caseload_consent_dialog_get_field (dialog, "organisation"))),
                    ==, GTK_INVALID_LIST_POSITION);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "consent-dialog.save", NULL);
  g_assert_nonnull (caseload_consent_dialog_get_error (dialog, "organisation"));
  g_assert_nonnull (caseload_consent_dialog_get_error (dialog, "decision"));
  g_assert_null (caseload_consent_dialog_get_error (dialog, "decided-on"));

  select_string (ADW_COMBO_ROW (caseload_consent_dialog_get_field (dialog, "organisation")), MIND);
  adw_combo_row_set_selected (ADW_COMBO_ROW (caseload_consent_dialog_get_field (dialog, "decision")), 1);
  g_assert_null (caseload_consent_dialog_get_error (dialog, "organisation"));
  g_assert_null (caseload_consent_dialog_get_error (dialog, "decision"));

  /* Dates: not in the future, and a review after the decision. */
  gtk_editable_set_text (GTK_EDITABLE (caseload_consent_dialog_get_field (dialog, "decided-on")), "23/11/2026");
  g_assert_nonnull (caseload_consent_dialog_get_error (dialog, "decided-on"));
  gtk_editable_set_text (GTK_EDITABLE (caseload_consent_dialog_get_field (dialog, "decided-on")), "20/11/2026");
  g_assert_null (caseload_consent_dialog_get_error (dialog, "decided-on"));
  gtk_editable_set_text (GTK_EDITABLE (caseload_consent_dialog_get_field (dialog, "review-date")), "19/11/2026");
  g_assert_nonnull (caseload_consent_dialog_get_error (dialog, "review-date"));
  gtk_editable_set_text (GTK_EDITABLE (caseload_consent_dialog_get_field (dialog, "review-date")), "22/11/2027");
  g_assert_null (caseload_consent_dialog_get_error (dialog, "review-date"));
  gtk_editable_set_text (GTK_EDITABLE (caseload_consent_dialog_get_field (dialog, "note")),
                         "Happy for the sanctuary to see the crisis plan.");

  gtk_widget_activate_action (GTK_WIDGET (dialog), "consent-dialog.save", NULL);
  test_ui_wait_until (test_ui_flag_set, &destroyed, TIMEOUT_MS, "the sharing dialog to close");

  decisions = caseload_store_list_consent (fixture->store, caseload_context_get_actor (fixture->context),
                                           person_id, FALSE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < decisions->len; i++)
    if (g_strcmp0 (caseload_consent_get_organisation_name (g_ptr_array_index (decisions, i)), MIND) == 0)
      for_mind = g_ptr_array_index (decisions, i);
  g_assert_nonnull (for_mind);
  g_assert_true (caseload_consent_get_may_view (for_mind));
  g_assert_false (caseload_consent_get_may_add (for_mind));
  g_assert_cmpstr (caseload_consent_get_decided_on (for_mind), ==, "2026-11-20");
  g_assert_cmpstr (caseload_consent_get_review_date (for_mind), ==, "2027-11-22");
  g_assert_cmpstr (caseload_consent_get_recorded_by_name (for_mind), ==, "Adaeze Nwosu");

  /* The overview shows it, and it takes effect at once. */
  test_ui_wait_until (sharing_shows_mind, fixture, TIMEOUT_MS, "the overview to show the decision");
  g_assert_true (caseload_store_check_access (fixture->store, mind_worker, person_id, &access, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (access.may_view);
  g_assert_false (access.may_add);
}

static gboolean
access_page_visible (CaseloadPersonPage *page)
{
  AdwViewStack *stack = caseload_person_page_get_view_stack (page);
  GtkWidget *child = adw_view_stack_get_child_by_name (stack, "access");

  return adw_view_stack_page_get_visible (adw_view_stack_get_page (stack, child));
}

/* "Who has seen this record" is for team managers, and lists the views. */
static void
test_who_has_seen (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autofree char *person_id = NULL;
  GtkWidget *row_label;

  act_as (fixture, "adaeze.nwosu");
  person_id = find_person (fixture, TRUE, TRUE);
  open_and_wait (fixture, person_id);
  test_ui_wait_until (record_open, fixture, TIMEOUT_MS, "the record to open");
  g_assert_false (access_page_visible (fixture->page));
  caseload_person_page_set_view (fixture->page, "access");
  g_assert_cmpstr (caseload_person_page_get_view (fixture->page), !=, "access");

  act_as (fixture, "morven.adeyinka");
  caseload_person_page_reload (fixture->page);
  test_ui_wait_until (record_open, fixture, TIMEOUT_MS, "the record to open for the manager");
  g_assert_true (access_page_visible (fixture->page));

  caseload_person_page_set_view (fixture->page, "access");
  g_assert_cmpstr (caseload_person_page_get_view (fixture->page), ==, "access");
  test_ui_spin (50);

  /* The nurse's view, by name, in words. */
  row_label = test_ui_find_label_containing (GTK_WIDGET (fixture->page), "Adaeze Nwosu");
  g_assert_nonnull (row_label);
  g_assert_true (gtk_widget_get_mapped (row_label));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (fixture->page), "Opened the record"));

  /* Back to someone who isn't a manager: the page goes with the role. */
  act_as (fixture, "adaeze.nwosu");
  caseload_person_page_reload (fixture->page);
  test_ui_wait_until (record_open, fixture, TIMEOUT_MS, "the record to open for the nurse again");
  g_assert_false (access_page_visible (fixture->page));
  g_assert_cmpstr (caseload_person_page_get_view (fixture->page), ==, "overview");
}

static gboolean
staff_window_idle (gpointer data)
{
  return !caseload_staff_window_get_busy (data);
}

static gboolean
password_shown (gpointer data)
{
  return test_ui_find_window (ADW_TYPE_MESSAGE_DIALOG, TRUE) != NULL;
}

/* An administrator adds a staff member, who gets a temporary password shown once and
 * must change it at the first sign-in. */
static void
test_add_staff (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(CaseloadStaff) signed_in = NULL;
  g_autoptr(GPtrArray) staff = NULL;
  g_autoptr(GError) error = NULL;
  CaseloadStaffWindow *window;
  CaseloadStaff *added = NULL;
  GtkWindow *dialog;
  GtkWidget *password_label;
  g_autofree char *password = NULL;

  act_as (fixture, "nadia.raman");
  window = caseload_staff_window_new (fixture->window, fixture->context);
  gtk_window_present (GTK_WINDOW (window));
  test_ui_wait_until (staff_window_idle, window, TIMEOUT_MS, "the staff list");
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (window), "Morven Adeyinka"));

  gtk_widget_activate_action (GTK_WIDGET (window), "staff-window.add", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "staff-window.save-new", NULL);
  g_assert_nonnull (caseload_staff_window_get_error (window, "username"));
  g_assert_nonnull (caseload_staff_window_get_error (window, "role"));
  g_assert_nonnull (caseload_staff_window_get_error (window, "organisation"));

  /* A username already taken is caught before the store is asked. */
  gtk_editable_set_text (GTK_EDITABLE (caseload_staff_window_get_field (window, "username")), "ioana.popescu");
  g_assert_nonnull (caseload_staff_window_get_error (window, "username"));

  gtk_editable_set_text (GTK_EDITABLE (caseload_staff_window_get_field (window, "username")), "jo.bloggs");
  gtk_editable_set_text (GTK_EDITABLE (caseload_staff_window_get_field (window, "display-name")), "Jo Bloggs");
  gtk_editable_set_text (GTK_EDITABLE (caseload_staff_window_get_field (window, "job-title")), "Sanctuary worker");
  adw_combo_row_set_selected (ADW_COMBO_ROW (caseload_staff_window_get_field (window, "role")),
                              CASELOAD_ROLE_VCSE_WORKER);
  select_string (ADW_COMBO_ROW (caseload_staff_window_get_field (window, "organisation")), MIND);
  /* Full time unless said; half time here */
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (caseload_staff_window_get_field (window, "fte"))), ==, 1.0);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (caseload_staff_window_get_field (window, "fte")), 0.5);
  g_assert_null (caseload_staff_window_get_error (window, "username"));
  g_assert_null (caseload_staff_window_get_error (window, "role"));

  gtk_widget_activate_action (GTK_WIDGET (window), "staff-window.save-new", NULL);
  test_ui_wait_until (password_shown, NULL, TIMEOUT_MS, "the temporary password");
  test_ui_wait_until (staff_window_idle, window, TIMEOUT_MS, "the staff list to reload");

  dialog = test_ui_find_window (ADW_TYPE_MESSAGE_DIALOG, TRUE);
  password_label = find_with_class (GTK_WIDGET (dialog), "temporary-password");
  g_assert_nonnull (password_label);
  password = g_strdup (gtk_label_get_text (GTK_LABEL (password_label)));
  g_assert_cmpuint (strlen (password), >=, CASELOAD_PASSWORD_MIN_LENGTH);
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (window), "Jo Bloggs"));

  staff = caseload_store_list_staff (fixture->store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < staff->len; i++)
    if (g_strcmp0 (caseload_staff_get_username (g_ptr_array_index (staff, i)), "jo.bloggs") == 0)
      added = g_ptr_array_index (staff, i);
  g_assert_nonnull (added);
  g_assert_cmpstr (caseload_staff_get_display_name (added), ==, "Jo Bloggs");
  g_assert_cmpint (caseload_staff_get_access_role (added), ==, CASELOAD_ROLE_VCSE_WORKER);
  g_assert_cmpstr (caseload_staff_get_organisation_name (added), ==, MIND);
  g_assert_cmpfloat (caseload_staff_get_fte (added), ==, 0.5);
  /* Their row says so */
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (window), "0.5 FTE"));
  g_assert_true (caseload_staff_get_active (added));
  g_assert_true (caseload_staff_get_must_change_password (added));

  /* The password shown is the one that works, once. */
  signed_in = caseload_store_sign_in (fixture->store, "jo.bloggs", password, &error);
  g_assert_no_error (error);
  g_assert_true (caseload_staff_get_must_change_password (signed_in));

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "done");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/access/break-glass", Fixture, NULL, fixture_setup, test_break_glass, fixture_teardown);
  g_test_add ("/ui/access/review", Fixture, NULL, fixture_setup, test_review, fixture_teardown);
  g_test_add ("/ui/access/consent", Fixture, NULL, fixture_setup, test_consent, fixture_teardown);
  g_test_add ("/ui/access/who-has-seen", Fixture, NULL, fixture_setup, test_who_has_seen, fixture_teardown);
  g_test_add ("/ui/access/add-staff", Fixture, NULL, fixture_setup, test_add_staff, fixture_teardown);

  return g_test_run ();
}
