/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The team dashboard driven through its real widgets, headless. The figures come from a
 * store that answers read_dashboard with a hand-made dashboard (and records what it was
 * asked and what was audited), so every number on screen is checked against figures
 * worked out by hand; the main window's menu is checked on an empty embedded store. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "caseload-core.h"
#include "caseload-audit-window.h"
#include "caseload-dashboard-csv.h"
#include "caseload-dashboard-print.h"
#include "caseload-dashboard-window.h"
#include "caseload-fidelity.h"
#include "caseload-fidelity-dialog.h"
#include "caseload-format.h"
#include "caseload-window.h"
#include "test-ui-util.h"
#include "test-util.h"

#define TIMEOUT_MS 20000

/* test_make_dashboard()'s median changes, in the instruments' words */
#define PHQ9_CHANGE    "Down 4: better"
#define GAD7_CHANGE    "Up 1.5: worse"
#define SWEMWBS_CHANGE "Up 2.25: better"

/* A store that knows only the dashboard and the audit trail. */

#define TEST_TYPE_DASHBOARD_STORE (test_dashboard_store_get_type ())
G_DECLARE_FINAL_TYPE (TestDashboardStore, test_dashboard_store, TEST, DASHBOARD_STORE, GObject)

struct _TestDashboardStore
{
  GObject    parent_instance;

  GMutex     lock;
  gboolean   fail;
  char      *asked_from;
  char      *asked_to;
  char      *asked_pcn;
  GPtrArray *events;   /* "action detail" */
  guint      n_reads;
  CaseloadFidelityReview *review;   /* the last one saved */
};

static void test_dashboard_store_iface_init (CaseloadStoreInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TestDashboardStore, test_dashboard_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (CASELOAD_TYPE_STORE, test_dashboard_store_iface_init))

static CaseloadDashboard *
test_dashboard_store_read_dashboard (CaseloadStore  *store,
                                     CaseloadStaff  *actor,
                                     const char     *from,
                                     const char     *to,
                                     const char     *pcn,
                                     GError        **error)
{
  TestDashboardStore *self = TEST_DASHBOARD_STORE (store);
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->lock);

  g_free (self->asked_from);
  g_free (self->asked_to);
  g_free (self->asked_pcn);
  self->asked_from = g_strdup (from);
  self->asked_to = g_strdup (to);
  self->asked_pcn = g_strdup (pcn);

  if (self->fail)
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION, "Only team managers see the dashboard.");
      return NULL;
    }

  self->n_reads++;
  {
    CaseloadDashboard *dashboard = test_make_dashboard (from, to, pcn);

    test_add_pathway_figures (dashboard);
    return dashboard;
  }
}

/* Scored as the store does; refused without a service. */
static gboolean
test_dashboard_store_save_fidelity_review (CaseloadStore           *store,
                                           CaseloadStaff           *actor,
                                           CaseloadFidelityReview  *review,
                                           GError                 **error)
{
  TestDashboardStore *self = TEST_DASHBOARD_STORE (store);
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->lock);
  g_autoptr(GArray) scores = caseload_fidelity_review_get_score_values (review);
  int total = 0;

  if (!caseload_fidelity_score ((const int *) (gpointer) scores->data, scores->len, &total, NULL, NULL))
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION, "Score every item.");
      return FALSE;
    }
  caseload_fidelity_review_set_total (review, total);
  caseload_fidelity_review_set_band (review, caseload_fidelity_band (total));
  caseload_fidelity_review_set_id (review, "review-1");
  g_set_object (&self->review, review);
  return TRUE;
}

static gboolean
test_dashboard_store_record_event (CaseloadStore  *store,
                                   CaseloadStaff  *actor,
                                   const char     *action,
                                   const char     *person_id,
                                   const char     *detail,
                                   GError        **error)
{
  TestDashboardStore *self = TEST_DASHBOARD_STORE (store);
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->lock);

  g_assert_null (person_id);
  g_ptr_array_add (self->events, g_strdup_printf ("%s %s", action, detail));

  return TRUE;
}

/* For the audit window the dashboard opens: nobody, nothing. */
static GPtrArray *
test_dashboard_store_list_staff (CaseloadStore  *store,
                                 GError        **error)
{
  return g_ptr_array_new_with_free_func (g_object_unref);
}

static GPtrArray *
test_dashboard_store_list_break_glass (CaseloadStore  *store,
                                       CaseloadStaff  *actor,
                                       gboolean        unreviewed_only,
                                       GError        **error)
{
  return g_ptr_array_new_with_free_func (g_object_unref);
}

static GPtrArray *
test_dashboard_store_list_audit (CaseloadStore  *store,
                                 CaseloadStaff  *actor,
                                 const char     *staff_id,
                                 const char     *person_id,
                                 const char     *from,
                                 const char     *to,
                                 guint           offset,
                                 guint           limit,
                                 GError        **error)
{
  return g_ptr_array_new_with_free_func (g_object_unref);
}

static void
test_dashboard_store_iface_init (CaseloadStoreInterface *iface)
{
  iface->read_dashboard = test_dashboard_store_read_dashboard;
  iface->record_event = test_dashboard_store_record_event;
  iface->save_fidelity_review = test_dashboard_store_save_fidelity_review;
  iface->list_staff = test_dashboard_store_list_staff;
  iface->list_break_glass = test_dashboard_store_list_break_glass;
  iface->list_audit = test_dashboard_store_list_audit;
}

static void
test_dashboard_store_finalize (GObject *object)
{
  TestDashboardStore *self = TEST_DASHBOARD_STORE (object);

  g_mutex_clear (&self->lock);
  g_free (self->asked_from);
  g_free (self->asked_to);
  g_free (self->asked_pcn);
  g_ptr_array_unref (self->events);
  g_clear_object (&self->review);

  G_OBJECT_CLASS (test_dashboard_store_parent_class)->finalize (object);
}

static void
test_dashboard_store_class_init (TestDashboardStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = test_dashboard_store_finalize;
}

static void
test_dashboard_store_init (TestDashboardStore *self)
{
  g_mutex_init (&self->lock);
  self->events = g_ptr_array_new_with_free_func (g_free);
}

/* The fixture: a team manager's dashboard on the hand-made figures, on 22 Nov 2026. */

typedef struct {
  char                    *dir;
  CaseloadClock           *clock;
  TestDashboardStore      *store;
  CaseloadContext         *context;
  CaseloadDashboardWindow *window;
} Fixture;

static CaseloadStaff *
make_staff (CaseloadAccessRole role)
{
  CaseloadStaff *staff = caseload_staff_new ();

  caseload_staff_set_id (staff, "staff-1");
  caseload_staff_set_display_name (staff, "Morven Adeyinka");
  caseload_staff_set_organisation_id (staff, "org-1");
  caseload_staff_set_access_role (staff, role);

  return staff;
}

static gboolean
window_idle (gpointer data)
{
  return !caseload_dashboard_window_get_busy (data);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 22, 10, 0, 0);
  g_autoptr(CaseloadStaff) manager = make_staff (CASELOAD_ROLE_TEAM_MANAGER);
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("caseload-dashboard-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->clock = caseload_clock_new_fixed (now);
  fixture->store = g_object_new (TEST_TYPE_DASHBOARD_STORE, NULL);
  fixture->store->fail = GPOINTER_TO_INT (user_data);
  fixture->context = caseload_context_new (CASELOAD_STORE (fixture->store), fixture->clock);
  caseload_context_set_actor (fixture->context, manager);

  fixture->window = g_object_ref (caseload_dashboard_window_new (NULL, fixture->context));
  gtk_window_present (GTK_WINDOW (fixture->window));
  test_ui_wait_until (window_idle, fixture->window, TIMEOUT_MS, "the figures to be read");
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  user_data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  test_ui_spin (200);
  g_assert_finalize_object (g_steal_pointer (&fixture->window));
  g_assert_finalize_object (g_steal_pointer (&fixture->context));
  g_assert_finalize_object (g_steal_pointer (&fixture->store));
  g_assert_finalize_object (g_steal_pointer (&fixture->clock));
  test_remove_dir (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

static void
test_shows_figures (Fixture       *fixture,
                    gconstpointer  user_data)
{
  CaseloadDashboardWindow *window = fixture->window;
  CaseloadChart *chart;

  /* The last twelve whole months up to today, every PCN */
  g_assert_cmpstr (fixture->store->asked_from, ==, "2025-12-01");
  g_assert_cmpstr (fixture->store->asked_to, ==, "2026-11-22");
  g_assert_null (fixture->store->asked_pcn);
  g_assert_nonnull (caseload_dashboard_window_get_dashboard (window));

  g_assert_cmpstr (caseload_dashboard_window_get_figure_text (window, CASELOAD_DASHBOARD_FIGURE_MEDIAN_WAIT), ==,
                   "3 days, 1 hour (73 hours)");
  g_assert_cmpstr (caseload_dashboard_window_get_figure_text (window, CASELOAD_DASHBOARD_FIGURE_P90_WAIT), ==,
                   "20 days (480 hours)");
  g_assert_cmpstr (caseload_dashboard_window_get_figure_text (window, CASELOAD_DASHBOARD_FIGURE_WAITS_MEASURED), ==, "10");
  g_assert_cmpstr (caseload_dashboard_window_get_figure_text (window, CASELOAD_DASHBOARD_FIGURE_WAITS_MISSED), ==, "2");
  g_assert_cmpstr (caseload_dashboard_window_get_figure_text (window, CASELOAD_DASHBOARD_FIGURE_WAITING_NOW), ==, "5");
  g_assert_cmpstr (caseload_dashboard_window_get_figure_text (window, CASELOAD_DASHBOARD_FIGURE_BREACHED_NOW), ==, "1");
  g_assert_cmpstr (caseload_dashboard_window_get_figure_text (window, CASELOAD_DASHBOARD_FIGURE_NEAR_BREACH_NOW), ==, "2");
  g_assert_cmpstr (caseload_dashboard_window_get_figure_text (window, CASELOAD_DASHBOARD_FIGURE_UNALLOCATED), ==, "3");
  g_assert_cmpstr (caseload_dashboard_window_get_figure_text (window, CASELOAD_DASHBOARD_FIGURE_OVERDUE_REVIEWS), ==, "4");
  g_assert_cmpstr (caseload_dashboard_window_get_figure_text (window, CASELOAD_DASHBOARD_FIGURE_BREAK_GLASS), ==, "1");
  /* Outcomes: shares in words and per cent */
  g_assert_cmpstr (caseload_dashboard_window_get_figure_text (window, CASELOAD_DASHBOARD_FIGURE_PEOPLE_MEASURED), ==, "40");
  g_assert_cmpstr (caseload_dashboard_window_get_figure_text (window, CASELOAD_DASHBOARD_FIGURE_MEASURED_TWICE), ==,
                   "18 of 40 people (45%)");
  g_assert_cmpstr (caseload_dashboard_window_get_figure_text (window, CASELOAD_DASHBOARD_FIGURE_GOALS_ACHIEVED), ==,
                   "12 of 30 goals (40%)");
  g_assert_cmpstr (caseload_dashboard_window_get_figure_text (window, CASELOAD_DASHBOARD_FIGURE_PLAN_REVIEWS_OVERDUE), ==, "2");
  /* A row per measure with people, its median change saying better or worse */
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (window), "Median change over 12 people"));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (window), PHQ9_CHANGE));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (window), GAD7_CHANGE));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (window), SWEMWBS_CHANGE));
  g_assert_true (gtk_widget_is_visible (test_ui_find_label_containing (GTK_WIDGET (window), PHQ9_CHANGE)));
  g_assert_false (gtk_widget_is_visible (test_ui_find_label_containing (GTK_WIDGET (window),
                                                                        "Nobody has been measured twice")));
  /* The tiles at the top say the same */
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (window), "Past the standard now"));

  /* Caseload by worker, most first */
  chart = caseload_dashboard_window_get_chart (window, CASELOAD_DASHBOARD_CHART_BY_WORKER);
  g_assert_cmpuint (caseload_chart_get_n_categories (chart), ==, 2);
  g_assert_cmpstr (caseload_chart_get_category (chart, 0), ==, "Adaeze Nwosu");
  g_assert_cmpfloat (caseload_chart_get_value (chart, 0, 0), ==, 13);
  g_assert_cmpstr (caseload_chart_get_category (chart, 1), ==, "Ioana Popescu");
  g_assert_cmpfloat (caseload_chart_get_value (chart, 1, 0), ==, 9);

  chart = caseload_dashboard_window_get_chart (window, CASELOAD_DASHBOARD_CHART_BY_ORGANISATION);
  g_assert_cmpstr (caseload_chart_get_category (chart, 0), ==, "EPUT");
  g_assert_cmpfloat (caseload_chart_get_total (chart, 0), ==, 13);

  /* Referrals in: every month of the range, Dec 2025 to Nov 2026, stacked by source */
  chart = caseload_dashboard_window_get_chart (window, CASELOAD_DASHBOARD_CHART_REFERRALS_IN);
  g_assert_cmpuint (caseload_chart_get_n_categories (chart), ==, 12);
  g_assert_cmpstr (caseload_chart_get_category (chart, 0), ==, "Dec 2025");
  g_assert_cmpstr (caseload_chart_get_category (chart, 3), ==, "Mar 2026");
  g_assert_cmpuint (caseload_chart_get_n_series (chart), ==, 2);
  g_assert_cmpstr (caseload_chart_get_series (chart, 0), ==, "GP");
  g_assert_cmpstr (caseload_chart_get_series (chart, 1), ==, "Self-referral");
  g_assert_cmpfloat (caseload_chart_get_value (chart, 3, 0), ==, 3);
  g_assert_cmpfloat (caseload_chart_get_value (chart, 3, 1), ==, 2);
  g_assert_cmpfloat (caseload_chart_get_total (chart, 4), ==, 1);
  g_assert_cmpfloat (caseload_chart_get_total (chart, 0), ==, 0);

  /* Referrals out: signposted before transfers */
  chart = caseload_dashboard_window_get_chart (window, CASELOAD_DASHBOARD_CHART_REFERRALS_OUT);
  g_assert_cmpstr (caseload_chart_get_series (chart, 0), ==, "Signposted");
  g_assert_cmpstr (caseload_chart_get_series (chart, 1), ==, "Transferred to the GP");
  g_assert_cmpfloat (caseload_chart_get_value (chart, 4, 0), ==, 2);
  g_assert_cmpfloat (caseload_chart_get_value (chart, 4, 1), ==, 1);
}

/* Outcome figures with nothing to count, and shares rounded to the nearest per cent. */
static void
test_outcome_words (void)
{
  g_autoptr(CaseloadDashboard) dashboard = caseload_dashboard_new ("2026-01-01", "2026-01-31", NULL);
  g_autofree char *none_measured = caseload_dashboard_figure_value (dashboard, CASELOAD_DASHBOARD_FIGURE_MEASURED_TWICE);
  g_autofree char *no_goals = caseload_dashboard_figure_value (dashboard, CASELOAD_DASHBOARD_FIGURE_GOALS_ACHIEVED);
  g_autofree char *third = NULL;
  g_autofree char *two_thirds = NULL;
  g_autofree char *one = NULL;

  g_assert_cmpstr (none_measured, ==, "None measured");
  g_assert_cmpstr (no_goals, ==, "No goals yet");
  g_assert_cmpstr (caseload_dashboard_figure_group (CASELOAD_DASHBOARD_FIGURE_PLAN_REVIEWS_OVERDUE), ==, "Outcomes");

  dashboard->people_measured = 3;
  dashboard->people_measured_twice = 1;
  third = caseload_dashboard_figure_value (dashboard, CASELOAD_DASHBOARD_FIGURE_MEASURED_TWICE);
  g_assert_cmpstr (third, ==, "1 of 3 people (33%)");
  dashboard->goals = 3;
  dashboard->goals_achieved = 2;
  two_thirds = caseload_dashboard_figure_value (dashboard, CASELOAD_DASHBOARD_FIGURE_GOALS_ACHIEVED);
  g_assert_cmpstr (two_thirds, ==, "2 of 3 goals (67%)");
  dashboard->goals = 1;
  dashboard->goals_achieved = 1;
  one = caseload_dashboard_figure_value (dashboard, CASELOAD_DASHBOARD_FIGURE_GOALS_ACHIEVED);
  g_assert_cmpstr (one, ==, "1 of 1 goal (100%)");
}

static void
test_chart_accessible (Fixture       *fixture,
                       gconstpointer  user_data)
{
  CaseloadChart *chart = caseload_dashboard_window_get_chart (fixture->window, CASELOAD_DASHBOARD_CHART_BY_WORKER);
  g_autofree char *text = caseload_chart_get_text_alternative (chart);
  g_autofree char *months = NULL;

  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (chart)), ==, GTK_ACCESSIBLE_ROLE_IMG);
  g_assert_cmpstr (text, ==, "Caseload by Worker: Adaeze Nwosu 13, Ioana Popescu 9.");

  chart = caseload_dashboard_window_get_chart (fixture->window, CASELOAD_DASHBOARD_CHART_REFERRALS_IN);
  months = caseload_chart_get_text_alternative (chart);
  g_assert_true (g_str_has_prefix (months, "Referrals In by Month and Source: Dec 2025: none; "));
  g_assert_nonnull (strstr (months, "; Mar 2026: GP 3, Self-referral 2, 5 in all; Apr 2026: GP 1, 1 in all; "));
  g_assert_true (g_str_has_suffix (months, "Nov 2026: none."));

  /* A chart can be emptied and says so */
  caseload_chart_clear (chart);
  g_clear_pointer (&months, g_free);
  months = caseload_chart_get_text_alternative (chart);
  g_assert_cmpstr (months, ==, "Referrals In by Month and Source: no figures.");
}

static void
test_tables (Fixture       *fixture,
             gconstpointer  user_data)
{
  GtkWidget *month = test_ui_find_label_containing (GTK_WIDGET (fixture->window), "GP 3 · Self-referral 2");
  GtkWidget *organisation = test_ui_find_label_containing (GTK_WIDGET (fixture->window), "Thurrock & Brentwood Mind");

  /* Charts to begin with; the tables hold every value, the worker's organisation too */
  g_assert_nonnull (month);
  g_assert_nonnull (organisation);
  g_assert_false (gtk_widget_get_mapped (month));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (caseload_dashboard_window_get_chart (fixture->window, 0))));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "dashboard-window.show-tables", NULL);
  test_ui_spin (100);

  g_assert_true (gtk_widget_get_mapped (month));
  g_assert_true (gtk_widget_get_mapped (organisation));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (caseload_dashboard_window_get_chart (fixture->window, 0))));
}

static void
set_entry (CaseloadDashboardWindow *window,
           const char              *title,
           const char              *text)
{
  GtkWidget *label = test_ui_find_label_containing (GTK_WIDGET (window), title);
  GtkWidget *row;

  g_assert_nonnull (label);
  row = gtk_widget_get_ancestor (label, ADW_TYPE_ENTRY_ROW);
  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
test_range_and_pcn (Fixture       *fixture,
                    gconstpointer  user_data)
{
  CaseloadDashboardWindow *window = fixture->window;
  GtkWidget *combo;

  /* A date that does not exist: said beside the field, nothing read */
  set_entry (window, "From (dd/mm/yyyy)", "31/02/2026");
  gtk_widget_activate_action (GTK_WIDGET (window), "dashboard-window.reload", NULL);
  g_assert_false (caseload_dashboard_window_get_busy (window));
  g_assert_nonnull (caseload_dashboard_window_get_dashboard (window));
  g_assert_cmpstr (fixture->store->asked_from, ==, "2025-12-01");

  /* The end before the start */
  set_entry (window, "From (dd/mm/yyyy)", "01/06/2026");
  set_entry (window, "To (dd/mm/yyyy)", "01/05/2026");
  gtk_widget_activate_action (GTK_WIDGET (window), "dashboard-window.reload", NULL);
  g_assert_false (caseload_dashboard_window_get_busy (window));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (window), "can’t come before its start"));

  /* Put right, and one PCN */
  set_entry (window, "To (dd/mm/yyyy)", "30/06/2026");
  combo = gtk_widget_get_ancestor (test_ui_find_label_containing (GTK_WIDGET (window), "Primary Care Network"),
                                   ADW_TYPE_COMBO_ROW);
  g_assert_nonnull (combo);
  adw_combo_row_set_selected (ADW_COMBO_ROW (combo), 2);
  test_ui_wait_until (window_idle, window, TIMEOUT_MS, "the figures to be read again");

  g_assert_cmpstr (fixture->store->asked_from, ==, "2026-06-01");
  g_assert_cmpstr (fixture->store->asked_to, ==, "2026-06-30");
  g_assert_cmpstr (fixture->store->asked_pcn, ==, "Grays");
  g_assert_null (test_ui_find_label_containing (GTK_WIDGET (window), "can’t come before its start"));
  g_assert_cmpuint (caseload_chart_get_n_categories (caseload_dashboard_window_get_chart (window, CASELOAD_DASHBOARD_CHART_REFERRALS_IN)),
                    ==, 1);
}

static void
test_export_csv (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "figures.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *expected = caseload_dashboard_to_csv (caseload_dashboard_window_get_dashboard (fixture->window));
  g_autofree char *words = NULL;

  caseload_dashboard_window_export_to (fixture->window, file);
  g_assert_true (caseload_dashboard_window_get_busy (fixture->window));
  test_ui_wait_until (window_idle, fixture->window, TIMEOUT_MS, "the export to be written");

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, expected);
  g_assert_nonnull (strstr (contents, "caseload-by-worker,Adaeze Nwosu,EPUT,13\r\n"));

  /* Audited, with the range and no one's details */
  g_assert_cmpuint (fixture->store->events->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (fixture->store->events, 0), ==,
                   "export {\"what\":\"dashboard\",\"format\":\"csv\",\"from\":\"2025-12-01\",\"to\":\"2026-11-22\",\"pcn\":\"all\"}");

  /* The audit window says what it was */
  words = caseload_format_audit_action ("export", strchr (g_ptr_array_index (fixture->store->events, 0), ' ') + 1);
  g_assert_cmpstr (words, ==, "Exported the team dashboard’s figures");
}

static void
test_print_pdf (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "dashboard.pdf", NULL);
  g_autoptr(GDateTime) now = caseload_clock_now (fixture->clock);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;
  gsize length;

  operation = caseload_dashboard_print_operation_new (caseload_dashboard_window_get_dashboard (fixture->window), now);
  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error), ==,
                   GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF"));

  if (g_getenv ("CASELOAD_TEST_KEEP_PDF") != NULL)
    g_assert_true (g_file_set_contents (g_getenv ("CASELOAD_TEST_KEEP_PDF"), contents, (gssize) length, NULL));

  text = test_ui_pdf_text (path);
  if (text == NULL)
    {
      g_test_message ("pdftotext is not installed: the PDF's text is not checked");
      return;
    }

  g_assert_nonnull (strstr (text, "Team Dashboard"));
  g_assert_nonnull (strstr (text, "Referrals received 1 Dec 2025 to 22 Nov 2026"));
  g_assert_nonnull (strstr (text, "All PCNs"));
  g_assert_nonnull (strstr (text, "3 days, 1 hour (73 hours)"));
  g_assert_nonnull (strstr (text, "Emergency accesses to review"));
  g_assert_nonnull (strstr (text, "Adaeze Nwosu"));
  g_assert_nonnull (strstr (text, "Mar 2026: GP 3, Self-referral 2, 5 in all"));
  g_assert_nonnull (strstr (text, "Transferred to the GP"));
  g_assert_nonnull (strstr (text, "Outcomes"));
  g_assert_nonnull (strstr (text, "18 of 40 people (45%)"));
  g_assert_nonnull (strstr (text, "12 of 30 goals (40%)"));
  g_assert_nonnull (strstr (text, "Change in Measures PHQ-9 — Median change over 12 people"));
  g_assert_nonnull (strstr (text, PHQ9_CHANGE));
  g_assert_nonnull (strstr (text, GAD7_CHANGE));
  /* The Pathways, as the window says them; attention in words on paper */
  g_assert_nonnull (strstr (text, "Pathways: STEPPS Groups"));
  g_assert_nonnull (strstr (text, "7 of 10 completed (70%)"));
  g_assert_nonnull (strstr (text, "Pathways: Open Dialogue"));
  g_assert_nonnull (strstr (text, "8 of 11 (73%)"));
  g_assert_nonnull (strstr (text, "Attention: Tomasz Nowak"));
  g_assert_nonnull (strstr (text, "101 of 125: Good fidelity"));
  g_assert_nonnull (strstr (text, "Attention: Not in settled accommodation"));
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
audit_window_idle (gpointer data)
{
  GtkWindow *window = test_ui_find_window (CASELOAD_TYPE_AUDIT_WINDOW, TRUE);

  return window != NULL && !caseload_audit_window_get_busy (CASELOAD_AUDIT_WINDOW (window));
}

static void
test_review_break_glass (Fixture       *fixture,
                         gconstpointer  user_data)
{
  GtkWindow *audit;
  GtkWidget *stack;

  /* One access to review: the button opens the audit window on its review tab */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "dashboard-window.review-break-glass", NULL);
  test_ui_wait_until (audit_window_idle, NULL, TIMEOUT_MS, "the audit window to open");

  audit = test_ui_find_window (CASELOAD_TYPE_AUDIT_WINDOW, TRUE);
  stack = find_descendant (GTK_WIDGET (audit), ADW_TYPE_VIEW_STACK);
  g_assert_nonnull (stack);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (stack)), ==, "review");

  gtk_window_destroy (audit);
}

static void
test_read_error (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_assert_null (caseload_dashboard_window_get_dashboard (fixture->window));
  g_assert_nonnull (caseload_dashboard_window_get_error (fixture->window));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (fixture->window), "Could Not Read the Figures"));

  /* Nothing to export or print */
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "dashboard-window.export", NULL) &&
                  fixture->store->events->len > 0);
  g_assert_cmpuint (fixture->store->events->len, ==, 0);
}

/* The leftmost and rightmost pixels of @colour on row @y of @surface; -1 for none. */
static void
pixels_of (cairo_surface_t *surface,
           int              y,
           guint32          colour,
           int             *first,
           int             *last)
{
  const guint32 *row = (const guint32 *) (cairo_image_surface_get_data (surface) +
                                          y * cairo_image_surface_get_stride (surface));

  *first = *last = -1;
  for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
    if ((row[x] & 0xffffff) == colour)
      {
        if (*first < 0)
          *first = x;
        *last = x;
      }
}

/* The drawing the window and the printout share: bars as long as their values. */
static void
test_chart_draw (void)
{
  const char *categories[] = { "Ten", "Five", "None" };
  const double values[] = { 10, 5, 0 };
  CaseloadChart *chart = g_object_ref_sink (caseload_chart_new (CASELOAD_CHART_BARS, "Test"));
  cairo_surface_t *surface;
  PangoContext *pango_context;
  CaseloadChartStyle style;
  double height, row;
  int ten, five, none, start, five_start, none_start;
  cairo_t *cr;

  caseload_chart_style_init_print (&style);
  caseload_chart_set_data (chart, categories, 3, NULL, 1, values);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 400, 200);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
  pango_context = pango_cairo_create_context (cr);

  height = caseload_chart_get_height_for_width (chart, pango_context, 400);
  g_assert_cmpfloat (height, >, 0);
  g_assert_cmpfloat (height, <, 200);
  caseload_chart_draw (chart, cr, pango_context, 400, height, &style);
  cairo_surface_flush (surface);

  /* The first series is #555555 on paper; each row's bar starts at the same baseline */
  row = height / 3;
  pixels_of (surface, (int) (row * 0.5), 0x555555, &start, &ten);
  pixels_of (surface, (int) (row * 1.5), 0x555555, &five_start, &five);
  pixels_of (surface, (int) (row * 2.5), 0x555555, &none_start, &none);
  g_assert_cmpint (start, >, 0);
  g_assert_cmpint (five_start, ==, start);
  g_assert_cmpint (none, ==, -1);
  /* Ten is twice as long as five */
  g_assert_cmpint (ABS ((ten - start) - 2 * (five - start)), <=, 2);

  g_object_unref (pango_context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_object_unref (chart);
}

/* The main window offers the dashboard to team managers only. */
static void
check_menu (CaseloadAccessRole role,
            gboolean           expect_dashboard)
{
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 22, 10, 0, 0);
  g_autoptr(CaseloadClock) clock = caseload_clock_new_fixed (now);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("caseload-dashboard-menu-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "caseload.db", NULL);
  g_autoptr(CaseloadStore) store = caseload_store_sqlite_new (path, clock, &error);
  g_autoptr(CaseloadContext) context = NULL;
  g_autoptr(CaseloadOrganisation) organisation = caseload_organisation_new ();
  g_autoptr(CaseloadStaff) actor = make_staff (role);
  CaseloadWindow *window;
  GtkWindow *dashboard;

  /* An embedded store with one organisation and the actor: an empty caseload */
  g_assert_no_error (error);
  caseload_organisation_set_name (organisation, "EPUT");
  caseload_organisation_set_kind (organisation, CASELOAD_ORGANISATION_MENTAL_HEALTH_TRUST);
  g_assert_true (caseload_store_save_organisation (store, organisation, &error));
  g_assert_no_error (error);
  caseload_staff_set_id (actor, NULL);
  caseload_staff_set_username (actor, "morven.adeyinka");
  caseload_staff_set_role (actor, "Team manager");
  caseload_staff_set_organisation_id (actor, caseload_organisation_get_id (organisation));
  g_assert_true (caseload_store_save_staff (store, NULL, actor, &error));
  g_assert_no_error (error);
  context = caseload_context_new (store, clock);

  caseload_context_set_actor (context, actor);
  window = caseload_window_new (NULL, context);
  gtk_window_present (GTK_WINDOW (window));
  test_ui_spin (200);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-dashboard", NULL);
  test_ui_spin (200);

  dashboard = test_ui_find_window (CASELOAD_TYPE_DASHBOARD_WINDOW, TRUE);
  if (expect_dashboard)
    {
      g_assert_nonnull (dashboard);
      g_assert_true (gtk_window_get_transient_for (dashboard) == GTK_WINDOW (window));
    }
  else
    g_assert_null (dashboard);

  gtk_window_destroy (GTK_WINDOW (window));
  test_ui_spin (300);
  g_assert_null (test_ui_find_window (CASELOAD_TYPE_DASHBOARD_WINDOW, FALSE));
  g_clear_object (&context);
  g_clear_object (&store);
  test_remove_dir (dir);
}

static void
test_menu_manager (void)
{
  check_menu (CASELOAD_ROLE_TEAM_MANAGER, TRUE);
}

static void
test_menu_not_manager (void)
{
  check_menu (CASELOAD_ROLE_MENTAL_HEALTH_PRACTITIONER, FALSE);
  check_menu (CASELOAD_ROLE_ADMINISTRATOR, FALSE);
}

static gboolean
is_visible_warning (GtkWidget     *widget,
                    gconstpointer  data)
{
  return GTK_IS_IMAGE (widget) && gtk_widget_get_visible (widget) &&
         g_strcmp0 (gtk_image_get_icon_name (GTK_IMAGE (widget)), "dialog-warning-symbolic") == 0;
}

/* The row of @group whose title is @title, or NULL. */
static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static GtkWidget *
find_row (GtkWidget  *group,
          const char *title)
{
  return test_ui_find_widget (group, is_row_titled, title);
}

/* The Pathways section: a group per pathway, each line's words as worked out by hand from
 * test_add_pathway_figures(); what needs attention with an icon too. */
static void
test_pathways (Fixture       *fixture,
               gconstpointer  user_data)
{
  CaseloadDashboardWindow *window = fixture->window;
  GtkWidget *stepps = caseload_dashboard_window_get_pathway_group (window, CASELOAD_PATHWAY_STEPPS);
  GtkWidget *od = caseload_dashboard_window_get_pathway_group (window, CASELOAD_PATHWAY_OPEN_DIALOGUE);
  GtkWidget *ips = caseload_dashboard_window_get_pathway_group (window, CASELOAD_PATHWAY_IPS);
  GtkWidget *housing = caseload_dashboard_window_get_pathway_group (window, CASELOAD_PATHWAY_HOUSING);
  GtkWidget *row;

  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (window), "Pathways"));
  /* STEPPS: completion and the BEST change in words */
  row = find_row (stepps, "Grays spring");
  g_assert_nonnull (row);
  g_assert_nonnull (test_ui_find_label_containing (row, "7 of 10 completed (70%)"));
  g_assert_nonnull (test_ui_find_label_containing (row, "3 Mar 2026 to 14 Jul 2026, finished"));
  g_assert_nonnull (test_ui_find_label_containing (row, "BEST down 9.5 on average over 8 people: better"));
  g_assert_nonnull (test_ui_find_label_containing (find_row (stepps, "Tilbury autumn"), "running"));

  /* Open Dialogue: 8 met of the 11 met or past 24 hours; the one breached needs attention */
  g_assert_nonnull (test_ui_find_label_containing (find_row (od, "First meeting within 24 hours"), "8 of 11 (73%)"));
  row = find_row (od, "No first meeting after 24 hours");
  g_assert_nonnull (test_ui_find_label_containing (row, "1"));
  g_assert_nonnull (test_ui_find_widget (row, is_visible_warning, NULL));
  g_assert_null (test_ui_find_widget (find_row (od, "Episodes"), is_visible_warning, NULL));

  /* IPS: the half-time specialist over 10 is flagged; the service last; the review */
  row = find_row (ips, "Tomasz Nowak");
  g_assert_nonnull (test_ui_find_label_containing (row, "Over caseload: 12 people, limit 10 at 0.5 full time"));
  g_assert_nonnull (test_ui_find_label_containing (row, "2 first job starts, 3 in all"));
  g_assert_nonnull (test_ui_find_widget (row, is_visible_warning, NULL));
  row = find_row (ips, "Grace Mensah");
  g_assert_nonnull (test_ui_find_label_containing (row, "Caseload 18 people, limit 20 at 1.0 full time"));
  g_assert_null (test_ui_find_widget (row, is_visible_warning, NULL));
  g_assert_nonnull (find_row (ips, "Whole service"));
  g_assert_nonnull (test_ui_find_label_containing (find_row (ips, "Latest IPS-25 fidelity review"),
                                                   "101 of 125: Good fidelity"));

  /* Housing and accommodation */
  g_assert_nonnull (test_ui_find_label_containing (find_row (housing, "Housing referrals: Sent"), "3"));
  g_assert_nonnull (test_ui_find_label_containing (find_row (housing, "Housing referrals closed"), "2"));
  row = find_row (housing, "Not in settled accommodation");
  g_assert_nonnull (test_ui_find_label_containing (row, "4"));
  g_assert_nonnull (test_ui_find_widget (row, is_visible_warning, NULL));
  g_assert_nonnull (test_ui_find_label_containing (find_row (housing, "Accommodation: Temporary"), "3"));
}

static void
score_all (CaseloadFidelityDialog *dialog,
           int                     score)
{
  for (guint item = 0; item < CASELOAD_FIDELITY_ITEMS; item++)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (caseload_fidelity_dialog_get_score_button (dialog, item, score)),
                                  TRUE);
}

/* The IPS-25 form from the dashboard: the total and band live; an unscored item and a
 * missing service said beside them, nothing lost; saved, the figures are read again. */
static void
test_fidelity_review (Fixture       *fixture,
                      gconstpointer  user_data)
{
  CaseloadFidelityDialog *dialog;
  GtkWidget *last_4;
  guint reads = fixture->store->n_reads;
  gboolean destroyed = FALSE;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "dashboard-window.fidelity-review", NULL));
  /* No reference kept: closing the form lets it go */
  dialog = CASELOAD_FIDELITY_DIALOG (test_ui_find_window (CASELOAD_TYPE_FIDELITY_DIALOG, TRUE));
  g_signal_connect (dialog, "destroy", G_CALLBACK (test_ui_on_destroyed_cb), &destroyed);
  /* Each item shows its anchors */
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (dialog), "1. "));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (dialog), "5: "));
  g_assert_cmpstr (caseload_fidelity_dialog_get_total_text (dialog), ==, "No items scored yet");

  score_all (dialog, 4);
  g_assert_cmpstr (caseload_fidelity_dialog_get_total_text (dialog), ==, "Total 100 of 125 · Good fidelity");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (caseload_fidelity_dialog_get_score_button (dialog, 0, 5)), TRUE);
  g_assert_cmpstr (caseload_fidelity_dialog_get_total_text (dialog), ==, "Total 101 of 125 · Good fidelity");
  /* One score per item: the 4 went */
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (caseload_fidelity_dialog_get_score_button (dialog, 0, 4))));
  /* Pressed again: unscored */
  last_4 = caseload_fidelity_dialog_get_score_button (dialog, 24, 4);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (last_4), FALSE);
  g_assert_cmpstr (caseload_fidelity_dialog_get_total_text (dialog), ==, "No total yet: 1 item still to score");

  /* Saved without the last item or a service: said beside each, nothing saved or lost */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "fidelity-dialog.save", NULL));
  g_assert_nonnull (caseload_fidelity_dialog_get_error (dialog, "score:25"));
  g_assert_nonnull (caseload_fidelity_dialog_get_error (dialog, "service"));
  g_assert_null (fixture->store->review);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (caseload_fidelity_dialog_get_score_button (dialog, 0, 5))));

  /* A bad date is said beside the date */
  gtk_editable_set_text (GTK_EDITABLE (caseload_fidelity_dialog_get_entry (dialog, "reviewed-on")), "31/02/2026");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (last_4), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (caseload_fidelity_dialog_get_entry (dialog, "service")), "Thurrock IPS");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "fidelity-dialog.save", NULL));
  g_assert_nonnull (caseload_fidelity_dialog_get_error (dialog, "reviewed-on"));
  g_assert_null (caseload_fidelity_dialog_get_error (dialog, "service"));
  g_assert_null (caseload_fidelity_dialog_get_error (dialog, "score:25"));

  gtk_editable_set_text (GTK_EDITABLE (caseload_fidelity_dialog_get_entry (dialog, "reviewed-on")), "20/11/2026");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "fidelity-dialog.save", NULL));
  test_ui_wait_until (test_ui_flag_set, &destroyed, TIMEOUT_MS, "the form to close");
  g_assert_nonnull (fixture->store->review);
  g_assert_cmpstr (caseload_fidelity_review_get_service (fixture->store->review), ==, "Thurrock IPS");
  g_assert_cmpstr (caseload_fidelity_review_get_reviewed_on (fixture->store->review), ==, "2026-11-20");
  g_assert_cmpint (caseload_fidelity_review_get_total (fixture->store->review), ==, 101);
  test_ui_wait_until (window_idle, fixture->window, TIMEOUT_MS, "the figures to be read again");
  g_assert_cmpuint (fixture->store->n_reads, ==, reads + 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/dashboard/figures", Fixture, NULL, fixture_setup, test_shows_figures, fixture_teardown);
  g_test_add_func ("/ui/dashboard/outcome-words", test_outcome_words);
  g_test_add ("/ui/dashboard/chart-accessible", Fixture, NULL, fixture_setup, test_chart_accessible, fixture_teardown);
  g_test_add ("/ui/dashboard/tables", Fixture, NULL, fixture_setup, test_tables, fixture_teardown);
  g_test_add ("/ui/dashboard/range-and-pcn", Fixture, NULL, fixture_setup, test_range_and_pcn, fixture_teardown);
  g_test_add ("/ui/dashboard/export-csv", Fixture, NULL, fixture_setup, test_export_csv, fixture_teardown);
  g_test_add ("/ui/dashboard/print-pdf", Fixture, NULL, fixture_setup, test_print_pdf, fixture_teardown);
  g_test_add ("/ui/dashboard/review-break-glass", Fixture, NULL, fixture_setup, test_review_break_glass,
              fixture_teardown);
  g_test_add ("/ui/dashboard/read-error", Fixture, GINT_TO_POINTER (TRUE), fixture_setup, test_read_error,
              fixture_teardown);
  g_test_add_func ("/ui/dashboard/chart-draw", test_chart_draw);
  g_test_add ("/ui/dashboard/pathways", Fixture, NULL, fixture_setup, test_pathways, fixture_teardown);
  g_test_add ("/ui/dashboard/fidelity-review", Fixture, NULL, fixture_setup, test_fidelity_review, fixture_teardown);
  g_test_add_func ("/ui/dashboard/menu/manager", test_menu_manager);
  g_test_add_func ("/ui/dashboard/menu/not-manager", test_menu_not_manager);

  return g_test_run ();
}
