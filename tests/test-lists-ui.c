/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The sidebar's lists driven through the real window, headless: a demo store (seeded
 * once, copied for each test) with a fixed clock, signed in as a named demo worker. What
 * each list should hold is asked of the store with the same query, so the test checks
 * the window against the store rather than against a copy of the demo's numbers. */

#include "config.h"

#include <adwaita.h>
#include <sqlite3.h>

#include "caseload-core.h"
#include "caseload-case-filter.h"
#include "caseload-case-pane.h"
#include "caseload-case-row-widget.h"
#include "caseload-person-row.h"
#include "caseload-task-dialog.h"
#include "caseload-task-pane.h"
#include "caseload-task-row.h"
#include "caseload-window.h"
#include "test-ui-util.h"
#include "test-util.h"

#define N_PEOPLE   60
#define TIMEOUT_MS 20000
#define MANAGER    "morven.adeyinka"
#define WORKER     "adaeze.nwosu"

typedef struct {
  char            *dir;
  char            *path;
  CaseloadClock   *clock;
  CaseloadStore   *store;
  CaseloadContext *context;
  CaseloadStaff   *actor;
  CaseloadWindow  *window;
} Fixture;

static char *template_path;

static CaseloadStaff *
find_staff (CaseloadStore *store,
            const char    *username)
{
  g_autoptr(GPtrArray) staff = caseload_store_list_staff (store, NULL);

  g_assert_nonnull (staff);
  for (guint i = 0; i < staff->len; i++)
    if (g_strcmp0 (caseload_staff_get_username (g_ptr_array_index (staff, i)), username) == 0)
      return g_object_ref (g_ptr_array_index (staff, i));

  g_assert_not_reached ();
  return NULL;
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
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 22, 10, 0, 0);
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("caseload-lists-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "caseload.db", NULL);
  test_ui_copy_template (template_path, fixture->path);

  fixture->clock = caseload_clock_new_fixed (now);
  fixture->store = caseload_store_sqlite_new (fixture->path, fixture->clock, &error);
  g_assert_no_error (error);
  fixture->actor = find_staff (fixture->store, user_data);

  fixture->context = caseload_context_new (fixture->store, fixture->clock);
  caseload_context_set_actor (fixture->context, fixture->actor);

  fixture->window = g_object_ref (caseload_window_new (NULL, fixture->context));
  gtk_window_present (GTK_WINDOW (fixture->window));
  test_ui_wait_until (window_allocated, fixture, TIMEOUT_MS, "the window to get its size");
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  user_data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i - 1);

      if (window != GTK_WINDOW (fixture->window))
        gtk_window_destroy (window);
    }
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  test_ui_spin (300);
  g_assert_finalize_object (g_steal_pointer (&fixture->window));
  g_assert_finalize_object (g_steal_pointer (&fixture->context));
  g_clear_object (&fixture->actor);
  g_assert_finalize_object (g_steal_pointer (&fixture->store));
  g_assert_finalize_object (g_steal_pointer (&fixture->clock));
  test_remove_dir (fixture->dir);
  g_clear_pointer (&fixture->path, g_free);
  g_clear_pointer (&fixture->dir, g_free);
}

static CaseloadCasePane *
case_pane (Fixture *fixture)
{
  return CASELOAD_CASE_PANE (caseload_window_get_case_pane (fixture->window));
}

typedef struct {
  Fixture           *fixture;
  CaseloadCaseQuery *query;
  guint              expected;
} ListWait;

/* The case list shows @query, counted, with every row on screen read. */
static gboolean
cases_ready (gpointer data)
{
  ListWait *wait = data;
  CaseloadCaseList *list = caseload_case_pane_get_list (case_pane (wait->fixture));
  guint n;

  if (list == NULL || caseload_paged_list_get_loading (CASELOAD_PAGED_LIST (list)) ||
      !caseload_case_query_equal (caseload_case_list_get_query (list), wait->query))
    return FALSE;

  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  if (n != wait->expected)
    return FALSE;
  for (guint i = 0; i < MIN (n, 5); i++)
    {
      g_autoptr(CaseloadCaseRow) row = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (!caseload_case_row_get_loaded (row))
        return FALSE;
    }
  return TRUE;
}

/* Shows the list @id and waits until it holds what the store says @query holds. */
static guint
show_and_wait (Fixture           *fixture,
               const char        *id,
               CaseloadCaseQuery *query)
{
  g_autoptr(GError) error = NULL;
  ListWait wait = { fixture, query, 0 };

  if (id != NULL)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-list", "s", id));
  g_assert_true (caseload_store_count_cases (fixture->store, fixture->actor, query, &wait.expected, &error));
  g_assert_no_error (error);
  test_ui_wait_until (cases_ready, &wait, TIMEOUT_MS, "the list to show what the store holds");
  return wait.expected;
}

static guint
chooser_n_items (Fixture *fixture)
{
  return g_list_model_get_n_items (gtk_drop_down_get_model (caseload_window_get_list_chooser (fixture->window)));
}

static gboolean
chooser_has (Fixture    *fixture,
             const char *label)
{
  GListModel *model = gtk_drop_down_get_model (caseload_window_get_list_chooser (fixture->window));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), label) == 0)
      return TRUE;
  return FALSE;
}

static void
test_switch_manager (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(CaseloadCaseQuery) waiting = caseload_case_query_new (CASELOAD_LIST_WAITING);
  g_autoptr(CaseloadCaseQuery) team = caseload_case_query_new (CASELOAD_LIST_TEAM_CASELOAD);
  g_autoptr(CaseloadCaseQuery) unallocated = caseload_case_query_new (CASELOAD_LIST_UNALLOCATED);
  g_autoptr(CaseloadCaseRow) first = NULL;
  guint n_waiting;

  /* A team manager has every list. */
  g_assert_cmpuint (chooser_n_items (fixture), ==, 7);
  g_assert_true (chooser_has (fixture, "Groups"));
  g_assert_true (chooser_has (fixture, "Team Caseload"));
  g_assert_true (chooser_has (fixture, "Unallocated"));

  n_waiting = show_and_wait (fixture, "waiting", waiting);
  g_assert_cmpuint (n_waiting, >, 0);
  /* Remembered for the next time. */
  {
    g_autoptr(GSettings) settings = g_settings_new ("io.github.pcnmh.Caseload");
    g_autofree char *saved = g_settings_get_string (settings, "sidebar-list");

    g_assert_cmpstr (saved, ==, "waiting");
  }
  g_assert_nonnull (strstr (caseload_window_get_count_text (fixture->window), "waiting"));

  /* The waiting list is ordered by urgency: nothing routine before an urgent one. */
  first = g_list_model_get_item (G_LIST_MODEL (caseload_case_pane_get_list (case_pane (fixture))), 0);
  for (guint i = 1; i < MIN (n_waiting, 5); i++)
    {
      g_autoptr(CaseloadCaseRow) row = g_list_model_get_item (G_LIST_MODEL (caseload_case_pane_get_list (case_pane (fixture))), i);
      g_assert_cmpint (caseload_case_row_get_urgency (row), <=, caseload_case_row_get_urgency (first));
    }

  show_and_wait (fixture, "team-caseload", team);
  show_and_wait (fixture, "unallocated", unallocated);

  /* Back to People: the person list again, its own count. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-list", "s", "people"));
  g_assert_nonnull (strstr (caseload_window_get_count_text (fixture->window), "people"));

  /* A window opened again for the same manager starts on the list they left. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-list", "s", "unallocated"));
  {
    CaseloadWindow *again = caseload_window_new (NULL, fixture->context);

    g_assert_cmpuint (gtk_drop_down_get_selected (caseload_window_get_list_chooser (again)), ==, 4);
    gtk_widget_activate_action (GTK_WIDGET (again), "win.show-list", "s", "people");
    gtk_window_destroy (GTK_WINDOW (again));
  }
}

static void
test_switch_worker (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(CaseloadCaseQuery) mine = caseload_case_query_new (CASELOAD_LIST_MY_CASELOAD);
  CaseloadCaseList *list;
  guint n;

  /* Not a manager: no team caseload, no unallocated list, and asking for one does nothing. */
  g_assert_cmpuint (chooser_n_items (fixture), ==, 5);
  g_assert_true (chooser_has (fixture, "Groups"));
  g_assert_false (chooser_has (fixture, "Team Caseload"));
  g_assert_false (chooser_has (fixture, "Unallocated"));
  g_assert_true (chooser_has (fixture, "My Caseload"));
  g_assert_true (chooser_has (fixture, "Waiting List"));
  g_assert_true (chooser_has (fixture, "My Tasks"));

  n = show_and_wait (fixture, "my-caseload", mine);
  list = caseload_case_pane_get_list (case_pane (fixture));
  for (guint i = 0; i < MIN (n, 5); i++)
    {
      g_autoptr(CaseloadCaseRow) row = g_list_model_get_item (G_LIST_MODEL (list), i);

      /* Everyone on my caseload is allocated to me. */
      g_assert_cmpstr (caseload_case_row_get_worker_id (row), ==, caseload_staff_get_id (fixture->actor));
    }

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-list", "s", "unallocated");
  g_assert_true (caseload_case_query_equal (caseload_case_list_get_query (list), mine));
}

/* The @nth GtkDropDown under @widget (counting down in *@nth), depth first. */
static gboolean
is_nth_dropdown (GtkWidget     *widget,
                 gconstpointer  data)
{
  guint *nth = (guint *) data;

  return GTK_IS_DROP_DOWN (widget) && (*nth)-- == 0;
}

static GtkDropDown *
find_dropdown (GtkWidget *widget,
               guint     *nth)
{
  return GTK_DROP_DOWN (test_ui_find_widget (widget, is_nth_dropdown, nth));
}

static void
test_filter (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(CaseloadCaseQuery) waiting = caseload_case_query_new (CASELOAD_LIST_WAITING);
  GtkWidget *filter = caseload_case_pane_get_filter (case_pane (fixture));
  GtkDropDown *urgency;
  GtkDropDown *breach;
  guint n_all, n_urgent, n_breached, nth;

  n_all = show_and_wait (fixture, "waiting", waiting);

  /* The fifth choice in the popover is urgency: "Any", routine, urgent, very urgent. */
  nth = 4;
  urgency = find_dropdown (filter, &nth);
  g_assert_nonnull (urgency);
  gtk_drop_down_set_selected (urgency, 1 + CASELOAD_URGENCY_URGENT);
  waiting->urgency = CASELOAD_URGENCY_URGENT;
  n_urgent = show_and_wait (fixture, NULL, waiting);
  g_assert_cmpuint (n_urgent, <, n_all);
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (fixture->window), "1 filter on"));

  /* And then breached only, with urgency back to any. */
  gtk_drop_down_set_selected (urgency, 0);
  nth = 6;
  breach = find_dropdown (filter, &nth);
  gtk_drop_down_set_selected (breach, CASELOAD_BREACH_FILTER_BREACHED);
  waiting->urgency = -1;
  waiting->breach = CASELOAD_BREACH_FILTER_BREACHED;
  n_breached = show_and_wait (fixture, NULL, waiting);
  g_assert_cmpuint (n_breached, <, n_all);

  /* The search box searches within the list. */
  caseload_case_filter_clear (CASELOAD_CASE_FILTER (filter));
  waiting->breach = CASELOAD_BREACH_FILTER_ANY;
  show_and_wait (fixture, NULL, waiting);
  gtk_editable_set_text (GTK_EDITABLE (caseload_window_get_search_entry (fixture->window)), "zzzz-nobody");
  waiting->search = g_strdup ("zzzz-nobody");
  g_assert_cmpuint (show_and_wait (fixture, NULL, waiting), ==, 0);
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (fixture->window), "No Matches"));
}

/* The row widget on screen showing @row, or NULL. */
static gboolean
shows_row (GtkWidget     *widget,
           gconstpointer  row)
{
  return CASELOAD_IS_CASE_ROW_WIDGET (widget) &&
         caseload_case_row_widget_get_row (CASELOAD_CASE_ROW_WIDGET (widget)) == row;
}

static CaseloadCaseRowWidget *
find_row_widget (GtkWidget       *widget,
                 CaseloadCaseRow *row)
{
  return (CaseloadCaseRowWidget *) test_ui_find_widget (widget, shows_row, row);
}

static gboolean
is_visible_icon (GtkWidget     *widget,
                 gconstpointer  icon_name)
{
  return GTK_IS_IMAGE (widget) && gtk_widget_get_visible (widget) &&
         g_strcmp0 (gtk_image_get_icon_name (GTK_IMAGE (widget)), icon_name) == 0;
}

static GtkWidget *
find_visible_image (GtkWidget  *widget,
                    const char *icon_name)
{
  return test_ui_find_widget (widget, is_visible_icon, icon_name);
}

typedef struct {
  Fixture         *fixture;
  CaseloadCaseRow *row;
} RowWait;

static gboolean
row_on_screen (gpointer data)
{
  RowWait *wait = data;

  return find_row_widget (GTK_WIDGET (wait->fixture->window), wait->row) != NULL;
}

static void
test_breached_row (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(CaseloadCaseQuery) breached = caseload_case_query_new (CASELOAD_LIST_WAITING);
  g_autoptr(CaseloadCaseRow) row = NULL;
  CaseloadCaseRowWidget *widget;
  GtkWidget *words;
  RowWait wait = { fixture, NULL };

  /* Only breached clocks, from the filter: the first row is one. */
  show_and_wait (fixture, "waiting", breached);
  breached->breach = CASELOAD_BREACH_FILTER_BREACHED;
  {
    guint nth = 6;
    gtk_drop_down_set_selected (find_dropdown (caseload_case_pane_get_filter (case_pane (fixture)), &nth),
                                CASELOAD_BREACH_FILTER_BREACHED);
  }
  g_assert_cmpuint (show_and_wait (fixture, NULL, breached), >, 0);

  row = g_list_model_get_item (G_LIST_MODEL (caseload_case_pane_get_list (case_pane (fixture))), 0);
  g_assert_cmpint (caseload_case_row_get_clock_state (row), ==, CASELOAD_CLOCK_BREACHED);
  wait.row = row;
  test_ui_wait_until (row_on_screen, &wait, TIMEOUT_MS, "the breached row to be drawn");
  widget = find_row_widget (GTK_WIDGET (fixture->window), row);

  /* Words and an icon, never colour alone; the theme's error colour as well. */
  words = test_ui_find_label_containing (GTK_WIDGET (widget), "Breached");
  g_assert_nonnull (words);
  g_assert_nonnull (find_visible_image (GTK_WIDGET (widget), "dialog-error-symbolic"));
  g_assert_true (gtk_widget_has_css_class (gtk_widget_get_parent (words), "clock-breached"));
  g_assert_nonnull (strstr (caseload_window_get_count_text (fixture->window), "breached"));
}

typedef struct {
  Fixture        *fixture;
  CaseloadPerson *person;
} PersonWait;

static gboolean
shows_person (GtkWidget     *widget,
              gconstpointer  person)
{
  CaseloadPerson *shown;

  if (!CASELOAD_IS_PERSON_ROW (widget))
    return FALSE;
  shown = caseload_person_row_get_person (CASELOAD_PERSON_ROW (widget));
  return shown != NULL && caseload_person_get_loaded (shown) &&
         g_strcmp0 (caseload_person_get_id (shown), caseload_person_get_id ((CaseloadPerson *) person)) == 0;
}

static gboolean
person_on_screen (gpointer data)
{
  PersonWait *wait = data;

  return test_ui_find_widget (GTK_WIDGET (wait->fixture->window), shows_person, wait->person) != NULL;
}

/* The People list's row for the first person the store marks @state, found by their NHS
 * number: the words, the icon and the theme's colour the case lists use. */
static void
check_person_clock (Fixture            *fixture,
                    GPtrArray          *people,
                    CaseloadClockState  state,
                    const char         *words,
                    const char         *icon,
                    const char         *style)
{
  PersonWait wait = { fixture, NULL };
  GtkWidget *row;
  GtkWidget *label;

  for (guint i = 0; i < people->len && wait.person == NULL; i++)
    if (caseload_person_get_clock_state (g_ptr_array_index (people, i)) == state)
      wait.person = g_ptr_array_index (people, i);
  g_assert_nonnull (wait.person);

  gtk_editable_set_text (GTK_EDITABLE (caseload_window_get_search_entry (fixture->window)),
                         caseload_person_get_nhs_number (wait.person));
  test_ui_wait_until (person_on_screen, &wait, TIMEOUT_MS, "the person's row to be drawn");
  row = test_ui_find_widget (GTK_WIDGET (fixture->window), shows_person, wait.person);

  label = test_ui_find_label_containing (row, words);
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (label)));
  g_assert_nonnull (find_visible_image (row, icon));
  g_assert_true (gtk_widget_has_css_class (gtk_widget_get_parent (label), style));
}

static void
test_people_clocks (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) people = caseload_store_list_people (fixture->store, fixture->actor, NULL, 0, 1000, &error);

  g_assert_no_error (error);
  check_person_clock (fixture, people, CASELOAD_CLOCK_BREACHED, "Waiting time breached",
                      "dialog-error-symbolic", "clock-breached");
  check_person_clock (fixture, people, CASELOAD_CLOCK_NEAR_BREACH, "Waiting time near breach",
                      "dialog-warning-symbolic", "clock-near-breach");
}

static gboolean
tasks_ready (gpointer data)
{
  Fixture *fixture = data;

  return !caseload_task_pane_get_loading (CASELOAD_TASK_PANE (caseload_window_get_task_pane (fixture->window)));
}

static gboolean
shows_task (GtkWidget     *widget,
            gconstpointer  task)
{
  return CASELOAD_IS_TASK_ROW (widget) &&
         g_strcmp0 (caseload_task_get_id (caseload_task_row_get_task (CASELOAD_TASK_ROW (widget))),
                    caseload_task_get_id ((CaseloadTask *) task)) == 0;
}

static CaseloadTaskRow *
find_task_row (GtkWidget    *widget,
               CaseloadTask *task)
{
  return (CaseloadTaskRow *) test_ui_find_widget (widget, shows_task, task);
}

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

static GtkCheckButton *
find_check (GtkWidget *widget)
{
  return GTK_CHECK_BUTTON (test_ui_find_widget (widget, is_of_type, GSIZE_TO_POINTER (GTK_TYPE_CHECK_BUTTON)));
}

typedef struct {
  GListModel *tasks;
  guint       n;
} CountWait;

static gboolean
tasks_count_is (gpointer data)
{
  CountWait *wait = data;

  return g_list_model_get_n_items (wait->tasks) == wait->n;
}

/* A task for the actor on the first person of their caseload. */
static CaseloadTask *
add_task (Fixture    *fixture,
          const char *title,
          const char *due_on)
{
  g_autoptr(CaseloadCaseQuery) mine = caseload_case_query_new (CASELOAD_LIST_MY_CASELOAD);
  g_autoptr(GPtrArray) rows = caseload_store_list_cases (fixture->store, fixture->actor, mine, 0, 1, NULL);
  g_autoptr(GError) error = NULL;
  CaseloadTask *task = caseload_task_new ();

  g_assert_nonnull (rows);
  g_assert_cmpuint (rows->len, ==, 1);
  caseload_task_set_person_id (task, caseload_case_row_get_person_id (g_ptr_array_index (rows, 0)));
  caseload_task_set_owner_id (task, caseload_staff_get_id (fixture->actor));
  caseload_task_set_title (task, title);
  caseload_task_set_due_on (task, due_on);
  g_assert_true (caseload_store_save_task (fixture->store, fixture->actor, task, &error));
  g_assert_no_error (error);
  return task;
}

static void
test_task_done (Fixture       *fixture,
                gconstpointer  user_data)
{
  CaseloadTaskPane *pane = CASELOAD_TASK_PANE (caseload_window_get_task_pane (fixture->window));
  g_autoptr(CaseloadTask) overdue = add_task (fixture, "Ring back about the housing letter", "2026-11-20");
  g_autoptr(CaseloadTask) stale = add_task (fixture, "Book the review", "2026-11-30");
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;
  CaseloadTaskRow *row;
  CountWait wait;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-list", "s", "my-tasks"));
  test_ui_wait_until (tasks_ready, fixture, TIMEOUT_MS, "the tasks to be read");
  wait.tasks = caseload_task_pane_get_tasks (pane);
  wait.n = g_list_model_get_n_items (wait.tasks);
  g_assert_cmpuint (wait.n, >=, 2);

  /* Overdue: the word, the icon and the count line say so. */
  row = find_task_row (GTK_WIDGET (fixture->window), overdue);
  g_assert_nonnull (row);
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (row), "Overdue"));
  g_assert_nonnull (find_visible_image (GTK_WIDGET (row), "task-past-due-symbolic"));
  g_assert_nonnull (strstr (caseload_window_get_count_text (fixture->window), "overdue"));

  /* Ticking it saves it as done and takes it off the list. */
  gtk_check_button_set_active (find_check (GTK_WIDGET (row)), TRUE);
  wait.n--;
  test_ui_wait_until (tasks_count_is, &wait, TIMEOUT_MS, "the done task to leave the list");
  after = caseload_store_list_tasks (fixture->store, fixture->actor, caseload_staff_get_id (fixture->actor),
                                     NULL, FALSE, 0, 500, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < after->len; i++)
    g_assert_cmpstr (caseload_task_get_id (g_ptr_array_index (after, i)), !=, caseload_task_get_id (overdue));

  /* Changed elsewhere since it was read: a conflict, said, and the list read again. */
  caseload_task_set_title (stale, "Book the review with the GP");
  g_assert_true (caseload_store_save_task (fixture->store, fixture->actor, stale, &error));
  g_assert_no_error (error);
  row = find_task_row (GTK_WIDGET (fixture->window), stale);
  g_assert_nonnull (row);
  gtk_check_button_set_active (find_check (GTK_WIDGET (row)), TRUE);
  test_ui_spin (200);
  test_ui_wait_until (tasks_ready, fixture, TIMEOUT_MS, "the tasks to be read again");
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (fixture->window), "Someone else changed this task"));
  g_assert_cmpuint (g_list_model_get_n_items (wait.tasks), ==, wait.n);
}

static AdwComboRow *
find_combo_row (GtkWidget *widget)
{
  return (AdwComboRow *) test_ui_find_widget (widget, is_of_type, GSIZE_TO_POINTER (ADW_TYPE_COMBO_ROW));
}

/* The owners are read off the main loop; saving waits for them. */
static gboolean
owners_loaded (gpointer data)
{
  AdwComboRow *row = find_combo_row (data);

  return row != NULL && adw_combo_row_get_model (row) != NULL;
}

static gboolean
dialog_gone (gpointer data)
{
  return test_ui_find_window (CASELOAD_TYPE_TASK_DIALOG, TRUE) == NULL;
}

/* The first AdwEntryRow under @widget whose title starts with @title. */
static gboolean
is_entry_row_titled (GtkWidget     *widget,
                     gconstpointer  title)
{
  return ADW_IS_ENTRY_ROW (widget) &&
         g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title);
}

static GtkEditable *
find_entry_row (GtkWidget  *widget,
                const char *title)
{
  return GTK_EDITABLE (test_ui_find_widget (widget, is_entry_row_titled, title));
}

static void
test_new_task (Fixture       *fixture,
               gconstpointer  user_data)
{
  CaseloadTaskPane *pane = CASELOAD_TASK_PANE (caseload_window_get_task_pane (fixture->window));
  g_autoptr(CaseloadCaseQuery) mine = caseload_case_query_new (CASELOAD_LIST_MY_CASELOAD);
  g_autoptr(GPtrArray) rows = caseload_store_list_cases (fixture->store, fixture->actor, mine, 0, 1, NULL);
  CaseloadPersonPage *page = caseload_window_get_person_page (fixture->window);
  CaseloadTaskDialog *dialog;
  CountWait wait;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-list", "s", "my-tasks"));
  test_ui_wait_until (tasks_ready, fixture, TIMEOUT_MS, "the tasks to be read");
  wait.tasks = caseload_task_pane_get_tasks (pane);
  wait.n = g_list_model_get_n_items (wait.tasks);

  /* No person open: no new task. */
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-task", NULL) &&
                  test_ui_find_window (CASELOAD_TYPE_TASK_DIALOG, TRUE) != NULL);

  g_assert_cmpuint (rows->len, ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open-person", "s",
                              caseload_case_row_get_person_id (g_ptr_array_index (rows, 0)));
  while (caseload_person_page_get_person (page) == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-task", NULL));
  dialog = CASELOAD_TASK_DIALOG (test_ui_find_window (CASELOAD_TYPE_TASK_DIALOG, TRUE));
  g_assert_nonnull (dialog);
  test_ui_wait_until (owners_loaded, dialog, TIMEOUT_MS, "the owners to choose from");

  /* Nothing typed: each field says what it needs, and nothing is saved. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "task-dialog.save", NULL));
  g_assert_nonnull (caseload_task_dialog_get_error (dialog, "title"));
  g_assert_nonnull (caseload_task_dialog_get_error (dialog, "due-on"));

  /* An impossible date is named beside its field. */
  gtk_editable_set_text (find_entry_row (GTK_WIDGET (dialog), "What needs doing"), "Ring the housing officer");
  gtk_editable_set_text (find_entry_row (GTK_WIDGET (dialog), "Due date"), "31/02/2026");
  g_assert_null (caseload_task_dialog_get_error (dialog, "title"));
  g_assert_nonnull (caseload_task_dialog_get_error (dialog, "due-on"));

  gtk_editable_set_text (find_entry_row (GTK_WIDGET (dialog), "Due date"), "30/11/2026");
  g_assert_null (caseload_task_dialog_get_error (dialog, "due-on"));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "task-dialog.save", NULL);
  test_ui_wait_until (dialog_gone, NULL, TIMEOUT_MS, "the dialog to save and close");

  /* Mine, so it joins My Tasks. */
  wait.n++;
  test_ui_wait_until (tasks_count_is, &wait, TIMEOUT_MS, "the new task in the list");
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (fixture->window), "Ring the housing officer"));
}

/* The sixth choice is the pathway: one person waiting has an Open Dialogue episode three
 * hours old with no meeting yet; the filter finds them alone, their row says when the
 * first meeting is due, with the alarm icon. */
static void
test_filter_pathway (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(CaseloadCaseQuery) waiting = caseload_case_query_new (CASELOAD_LIST_WAITING);
  GtkWidget *filter = caseload_case_pane_get_filter (case_pane (fixture));
  g_autoptr(CaseloadCaseRow) first = NULL;
  g_autofree char *sql = NULL;
  GtkDropDown *pathway;
  sqlite3 *db = NULL;
  guint nth = 5;

  g_assert_cmpuint (show_and_wait (fixture, "waiting", waiting), >, 1);
  first = g_list_model_get_item (G_LIST_MODEL (caseload_case_pane_get_list (case_pane (fixture))), 0);
  sql = g_strdup_printf ("INSERT INTO od_episode (id, person_id, person_pk, start_kind, contact_at, organisation_id, "
                         "recorded_by, created_at) SELECT 'episode-t', p.id, p.pk, 'crisis-contact', "
                         "'2026-11-22T07:00:00+00:00', s.organisation_id, s.id, '2026-11-22T07:05:00Z' "
                         "FROM person p, staff s WHERE p.id = '%s' AND s.id = '%s'",
                         caseload_case_row_get_person_id (first), caseload_staff_get_id (fixture->actor));
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  pathway = find_dropdown (filter, &nth);
  g_assert_nonnull (pathway);
  gtk_drop_down_set_selected (pathway, 1 + CASELOAD_PATHWAY_OPEN_DIALOGUE);
  waiting->pathway = CASELOAD_PATHWAY_OPEN_DIALOGUE;
  g_assert_cmpuint (show_and_wait (fixture, NULL, waiting), ==, 1);
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (fixture->window), "1 filter on"));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (fixture->window),
                                                   "Open Dialogue · First meeting due in 21 hours"));
  g_assert_nonnull (find_visible_image (GTK_WIDGET (fixture->window), "alarm-symbolic"));

  /* Housing: nobody */
  gtk_drop_down_set_selected (pathway, 1 + CASELOAD_PATHWAY_HOUSING);
  waiting->pathway = CASELOAD_PATHWAY_HOUSING;
  g_assert_cmpuint (show_and_wait (fixture, NULL, waiting), ==, 0);

  /* A day earlier, still not met: overdue, with the error icon */
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE od_episode SET contact_at = '2026-11-21T07:00:00+00:00' "
                                     "WHERE id = 'episode-t'", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  gtk_drop_down_set_selected (pathway, 1 + CASELOAD_PATHWAY_OPEN_DIALOGUE);
  waiting->pathway = CASELOAD_PATHWAY_OPEN_DIALOGUE;
  g_assert_cmpuint (show_and_wait (fixture, NULL, waiting), ==, 1);
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (fixture->window),
                                                   "Open Dialogue · First meeting overdue by 3 hours"));
  g_assert_nonnull (find_visible_image (GTK_WIDGET (fixture->window), "dialog-error-symbolic"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  adw_init ();

  template_path = test_ui_seed_template (N_PEOPLE);

  g_test_add ("/ui/lists/switch-manager", Fixture, MANAGER, fixture_setup, test_switch_manager, fixture_teardown);
  g_test_add ("/ui/lists/switch-worker", Fixture, WORKER, fixture_setup, test_switch_worker, fixture_teardown);
  g_test_add ("/ui/lists/filter", Fixture, MANAGER, fixture_setup, test_filter, fixture_teardown);
  g_test_add ("/ui/lists/filter-pathway", Fixture, MANAGER, fixture_setup, test_filter_pathway, fixture_teardown);
  g_test_add ("/ui/lists/breached-row", Fixture, MANAGER, fixture_setup, test_breached_row, fixture_teardown);
  g_test_add ("/ui/lists/people-clocks", Fixture, MANAGER, fixture_setup, test_people_clocks, fixture_teardown);
  g_test_add ("/ui/lists/task-done", Fixture, WORKER, fixture_setup, test_task_done, fixture_teardown);
  g_test_add ("/ui/lists/new-task", Fixture, WORKER, fixture_setup, test_new_task, fixture_teardown);

  status = g_test_run ();
  test_ui_remove_template (&template_path);
  return status;
}
