/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Outcome measures through their real widgets, headless: the store fixture (a fixed clock
 * at 2026-11-22 10:00 UTC), a person the GP added, the person page's Measures view in a
 * plain window and the New Measure dialog it opens, answered as a worker would with the
 * person. */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "caseload-core.h"
#include "caseload-instrument.h"
#include "caseload-measure-dialog.h"
#include "caseload-measures-view.h"
#include "caseload-plan-goal.h"
#include "caseload-person-page.h"
#include "test-ui-util.h"
#include "test-util.h"

#define TIMEOUT_MS 20000

typedef struct {
  TestStore             store;
  CaseloadContext      *context;
  CaseloadPerson       *person;
  GtkWindow            *window;
  CaseloadPersonPage   *page;
  CaseloadMeasuresView *view;
  guint                 n_changed;
} Fixture;

static gboolean
window_allocated (gpointer data)
{
  return gtk_widget_get_width (data) > 0;
}

static void
on_changed_cb (Fixture *fixture)
{
  fixture->n_changed++;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  user_data)
{
  test_store_setup (&fixture->store, user_data);
  fixture->person = test_add_person (&fixture->store, "Rosa", "Lindqvist", NULL);

  fixture->context = caseload_context_new (fixture->store.store, fixture->store.clock);
  caseload_context_set_actor (fixture->context, fixture->store.gp);

  fixture->page = CASELOAD_PERSON_PAGE (caseload_person_page_new ());
  caseload_person_page_set_context (fixture->page, fixture->context);
  fixture->view = CASELOAD_MEASURES_VIEW (adw_view_stack_get_child_by_name (caseload_person_page_get_view_stack (fixture->page),
                                                                            "measures"));
  g_assert_nonnull (fixture->view);
  g_signal_connect_swapped (fixture->view, "changed", G_CALLBACK (on_changed_cb), fixture);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  g_object_ref (fixture->window);
  gtk_window_set_default_size (fixture->window, 900, 760);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  gtk_window_present (fixture->window);
  test_ui_wait_until (window_allocated, fixture->window, TIMEOUT_MS, "the window to get its size");
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  user_data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i - 1);

      if (window != fixture->window)
        gtk_window_destroy (window);
    }
  gtk_window_destroy (fixture->window);

  test_ui_spin (300);
  g_assert_finalize_object (g_steal_pointer (&fixture->window));
  g_assert_finalize_object (g_steal_pointer (&fixture->context));
  g_clear_object (&fixture->person);
  test_store_teardown (&fixture->store, user_data);
}

static gboolean
record_open (gpointer data)
{
  Fixture *fixture = data;

  return !caseload_person_page_get_loading (fixture->page) &&
         caseload_person_page_get_person (fixture->page) != NULL;
}

static void
open_page (Fixture *fixture)
{
  caseload_person_page_open (fixture->page, caseload_person_get_id (fixture->person));
  test_ui_wait_until (record_open, fixture, TIMEOUT_MS, "the person page to open");
  caseload_person_page_set_view (fixture->page, "measures");
}

static CaseloadMeasureDialog *
open_dialog (Fixture *fixture)
{
  CaseloadMeasureDialog *dialog;

  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "measures-view.new-measure", NULL);
  dialog = CASELOAD_MEASURE_DIALOG (test_ui_find_window (CASELOAD_TYPE_MEASURE_DIALOG, TRUE));
  g_assert_nonnull (dialog);

  return dialog;
}

/* Presses the answers' buttons as a worker would; -1 leaves an item unanswered. */
static void
answer (CaseloadMeasureDialog *dialog,
        const int             *answers,
        guint                  n_answers)
{
  for (guint i = 0; i < n_answers; i++)
    {
      GtkWidget *button;

      if (answers[i] < 0)
        continue;

      button = caseload_measure_dialog_get_answer_button (dialog, i, answers[i]);
      g_assert_true (gtk_widget_is_visible (button));
      g_signal_emit_by_name (button, "clicked");
      g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
    }
}

typedef struct {
  Fixture  *fixture;
  guint     n_changed;
  gboolean  destroyed;
} SaveWait;

static gboolean
save_answered (gpointer data)
{
  SaveWait *wait = data;

  return wait->destroyed && wait->fixture->n_changed > wait->n_changed &&
         record_open (wait->fixture);
}

/* Saves; the dialog closes, the view says "changed" and the page reads the record. */
static void
save_and_close (Fixture               *fixture,
                CaseloadMeasureDialog *dialog)
{
  SaveWait wait = { fixture, fixture->n_changed, FALSE };

  g_signal_connect (dialog, "destroy", G_CALLBACK (test_ui_on_destroyed_cb), &wait.destroyed);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "measure-dialog.save", NULL);
  test_ui_wait_until (save_answered, &wait, TIMEOUT_MS, "the measure to be saved and shown");
}

static GPtrArray *
read_measures (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *measures;

  measures = caseload_store_list_measures (fixture->store.store, fixture->store.gp,
                                           caseload_person_get_id (fixture->person), -1, &error);
  g_assert_no_error (error);

  return measures;
}

static void
test_phq9_risk (Fixture       *fixture,
                gconstpointer  user_data)
{
  const CaseloadInstrumentDef *def = caseload_instrument_get (CASELOAD_INSTRUMENT_PHQ9);
  const int first_eight[] = { 2, 2, 1, 1, 2, 1, 1, 1 };
  g_autoptr(GPtrArray) measures = NULL;
  g_autofree char *description = NULL;
  CaseloadMeasureDialog *dialog;
  CaseloadMeasure *saved;
  CaseloadChart *chart;
  GtkWidget *risk_row;

  open_page (fixture);
  g_assert_cmpuint (caseload_measures_view_get_n_history (fixture->view), ==, 0);
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (fixture->view), "No Measures Yet"));

  dialog = open_dialog (fixture);
  caseload_measure_dialog_set_instrument (dialog, CASELOAD_INSTRUMENT_PHQ9);
  g_assert_null (caseload_measure_dialog_get_risk_prompt (dialog));

  answer (dialog, first_eight, G_N_ELEMENTS (first_eight));
  g_assert_nonnull (strstr (caseload_measure_dialog_get_score_text (dialog), "Incomplete: no total"));
  g_assert_null (caseload_measure_dialog_get_risk_prompt (dialog));

  /* Item 9 above 0: the risk prompt shows at once, before any save */
  g_signal_emit_by_name (caseload_measure_dialog_get_answer_button (dialog, 8, 1), "clicked");
  g_assert_cmpstr (caseload_measure_dialog_get_risk_prompt (dialog), ==, def->risk_prompt);
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (dialog), def->risk_prompt));
  g_assert_nonnull (strstr (caseload_measure_dialog_get_score_text (dialog), "Score 12"));
  g_assert_nonnull (strstr (caseload_measure_dialog_get_score_text (dialog), "Moderate"));

  /* Pressed again: unanswered, and the prompt goes; then back */
  g_signal_emit_by_name (caseload_measure_dialog_get_answer_button (dialog, 8, 1), "clicked");
  g_assert_null (caseload_measure_dialog_get_risk_prompt (dialog));
  g_signal_emit_by_name (caseload_measure_dialog_get_answer_button (dialog, 8, 1), "clicked");
  g_assert_nonnull (caseload_measure_dialog_get_risk_prompt (dialog));

  save_and_close (fixture, dialog);

  measures = read_measures (fixture);
  g_assert_cmpuint (measures->len, ==, 1);
  saved = g_ptr_array_index (measures, 0);
  g_assert_cmpint (caseload_measure_get_instrument (saved), ==, CASELOAD_INSTRUMENT_PHQ9);
  g_assert_true (caseload_measure_get_complete (saved));
  g_assert_true (caseload_measure_get_has_total (saved));
  g_assert_cmpfloat (caseload_measure_get_total (saved), ==, 12);
  g_assert_cmpstr (caseload_measure_get_band (saved), ==, "Moderate");
  g_assert_true (caseload_measure_get_risk (saved));
  g_assert_cmpstr (caseload_measure_get_completed_on (saved), ==, "2026-11-22");

  /* The view shows it, the risk prompt with it */
  g_assert_cmpuint (caseload_measures_view_get_n_history (fixture->view), ==, 1);
  risk_row = test_ui_find_label_containing (GTK_WIDGET (fixture->view), def->risk_prompt);
  g_assert_nonnull (risk_row);
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (fixture->view), "12 · Moderate"));

  chart = caseload_measures_view_get_chart (fixture->view, CASELOAD_INSTRUMENT_PHQ9);
  g_assert_nonnull (chart);
  description = caseload_chart_get_text_alternative (chart);
  g_assert_nonnull (strstr (description, "22 Nov 2026 12 (Moderate)"));
}

static void
test_gad7_incomplete (Fixture       *fixture,
                      gconstpointer  user_data)
{
  const int answers[] = { 1, 2, -1, 1, -1, 0, 1 };
  g_autoptr(GPtrArray) measures = NULL;
  g_autoptr(GArray) values = NULL;
  CaseloadMeasureDialog *dialog;
  CaseloadMeasure *saved;

  open_page (fixture);
  dialog = open_dialog (fixture);
  caseload_measure_dialog_set_instrument (dialog, CASELOAD_INSTRUMENT_GAD7);
  g_assert_nonnull (caseload_measure_dialog_get_answer_button (dialog, 6, 3));

  /* Nothing answered: said beside the questions, nothing saved */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "measure-dialog.save", NULL);
  g_assert_false (caseload_measure_dialog_get_busy (dialog));
  g_assert_nonnull (caseload_measure_dialog_get_error (dialog, "answers"));
  g_assert_null (caseload_measure_dialog_get_error (dialog, NULL));

  answer (dialog, answers, G_N_ELEMENTS (answers));
  g_assert_cmpstr (caseload_measure_dialog_get_score_text (dialog), ==,
                   "Incomplete: no total (2 questions unanswered)");

  /* Another instrument and back: the answers are kept */
  caseload_measure_dialog_set_instrument (dialog, CASELOAD_INSTRUMENT_PHQ9);
  g_assert_cmpstr (caseload_measure_dialog_get_score_text (dialog), ==, "No answers yet");
  caseload_measure_dialog_set_instrument (dialog, CASELOAD_INSTRUMENT_GAD7);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (caseload_measure_dialog_get_answer_button (dialog, 1, 2))));
  g_assert_cmpstr (caseload_measure_dialog_get_score_text (dialog), ==,
                   "Incomplete: no total (2 questions unanswered)");
  g_assert_null (caseload_measure_dialog_get_risk_prompt (dialog));

  save_and_close (fixture, dialog);

  measures = read_measures (fixture);
  g_assert_cmpuint (measures->len, ==, 1);
  saved = g_ptr_array_index (measures, 0);
  g_assert_cmpint (caseload_measure_get_instrument (saved), ==, CASELOAD_INSTRUMENT_GAD7);
  g_assert_false (caseload_measure_get_complete (saved));
  g_assert_false (caseload_measure_get_has_total (saved));
  g_assert_null (caseload_measure_get_band (saved));
  values = caseload_measure_get_answer_values (saved);
  g_assert_cmpuint (values->len, ==, 7);
  g_assert_cmpint (g_array_index (values, int, 2), ==, -1);
  g_assert_cmpint (g_array_index (values, int, 1), ==, 2);

  /* Said plainly, and no chart without a total */
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (fixture->view), "Incomplete: no total"));
  g_assert_null (caseload_measures_view_get_chart (fixture->view, CASELOAD_INSTRUMENT_GAD7));
}

static void
save_measure (Fixture            *fixture,
              CaseloadInstrument  instrument,
              const char         *completed_on,
              const int          *answers,
              guint               n_answers)
{
  g_autoptr(CaseloadMeasure) measure = caseload_measure_new ();
  g_autoptr(GError) error = NULL;

  caseload_measure_set_person_id (measure, caseload_person_get_id (fixture->person));
  caseload_measure_set_instrument (measure, instrument);
  caseload_measure_set_answer_values (measure, answers, n_answers);
  caseload_measure_set_completed_on (measure, completed_on);
  caseload_measure_set_completed_by (measure, CASELOAD_COMPLETED_BY_WORKER_WITH_PERSON);
  g_assert_true (caseload_store_save_measure (fixture->store.store, fixture->store.gp, measure, &error));
  g_assert_no_error (error);
}

static void
add_review (Fixture    *fixture,
            const char *reviewed_on)
{
  g_autoptr(CaseloadReview) review = caseload_review_new ();
  g_autoptr(CaseloadPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  plan = caseload_store_get_plan (fixture->store.store, fixture->store.gp, caseload_person_get_id (fixture->person),
                                  0, &error);
  g_assert_no_error (error);
  caseload_review_set_person_id (review, caseload_person_get_id (fixture->person));
  caseload_review_set_reviewed_on (review, reviewed_on);
  caseload_review_set_person_said (review, "Sleeping better.");
  caseload_review_set_next_review_on (review, "2027-01-10");
  g_assert_true (caseload_store_save_review (fixture->store.store, fixture->store.gp, review, plan, &error));
  g_assert_no_error (error);
}

/* A long history opens with the newest ten; Show All lists the rest, newest first. */
static void
test_history_show_all (Fixture       *fixture,
                       gconstpointer  user_data)
{
  const int answers[] = { 1, 1, 1, 1, 1, 1, 1 };

  for (guint day = 1; day <= 12; day++)
    {
      g_autofree char *completed_on = g_strdup_printf ("2026-10-%02u", day);

      save_measure (fixture, CASELOAD_INSTRUMENT_GAD7, completed_on, answers, G_N_ELEMENTS (answers));
    }
  open_page (fixture);

  g_assert_cmpuint (caseload_measures_view_get_n_history (fixture->view), ==, 10);
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (fixture->view), "Show All 12 Measures"));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (fixture->view), "GAD-7 · 3 Oct 2026"));
  g_assert_null (test_ui_find_label_containing (GTK_WIDGET (fixture->view), "GAD-7 · 2 Oct 2026"));

  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "measures-view.show-all-history", NULL);
  g_assert_cmpuint (caseload_measures_view_get_n_history (fixture->view), ==, 12);
  g_assert_null (test_ui_find_label_containing (GTK_WIDGET (fixture->view), "Show All"));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (fixture->view), "GAD-7 · 1 Oct 2026"));
}

static void
test_chart (Fixture       *fixture,
            gconstpointer  user_data)
{
  const int severe[] = { 3, 3, 2, 2, 2, 2, 2, 2, 0 };   /* 18 */
  const int moderate[] = { 2, 2, 1, 1, 2, 1, 1, 1, 0 }; /* 11 */
  const int mild[] = { 1, 1, 1, 1, 1, 1, 0, 0, 0 };     /* 6 */
  g_autofree char *description = NULL;
  g_autofree char *change = NULL;
  CaseloadChart *chart;

  save_measure (fixture, CASELOAD_INSTRUMENT_PHQ9, "2026-08-03", severe, G_N_ELEMENTS (severe));
  save_measure (fixture, CASELOAD_INSTRUMENT_PHQ9, "2026-09-14", moderate, G_N_ELEMENTS (moderate));
  save_measure (fixture, CASELOAD_INSTRUMENT_PHQ9, "2026-11-02", mild, G_N_ELEMENTS (mild));
  open_page (fixture);

  g_assert_cmpuint (caseload_measures_view_get_n_history (fixture->view), ==, 3);
  chart = caseload_measures_view_get_chart (fixture->view, CASELOAD_INSTRUMENT_PHQ9);
  g_assert_nonnull (chart);
  g_assert_cmpuint (caseload_chart_get_n_categories (chart), ==, 3);
  g_assert_cmpuint (caseload_chart_get_n_bands (chart), ==, 5);

  /* Oldest first, each value with its band, then the bands */
  description = caseload_chart_get_text_alternative (chart);
  g_assert_nonnull (strstr (description, "PHQ-9 scores over time: 3 Aug 2026 18 (Moderately severe), "
                                         "14 Sep 2026 11 (Moderate), 2 Nov 2026 6 (Mild)."));
  g_assert_nonnull (strstr (description, " Bands: Minimal 0 to 4, Mild 5 to 9"));
  g_assert_nonnull (strstr (description, "Severe 20 to 27"));
  g_assert_nonnull (strstr (description, "(of concern)"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (chart)));
  test_ui_wait_until (window_allocated, chart, TIMEOUT_MS, "the chart to be drawn");
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (chart)), >, 100);

  /* No review yet: the change says so */
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (fixture->view), "No review yet"));

  /* After a review on 20 Sep: the score then (11) against the latest (6) */
  add_review (fixture, "2026-09-20");
  caseload_person_page_reload (fixture->page);
  test_ui_wait_until (record_open, fixture, TIMEOUT_MS, "the person page to read again");
  change = caseload_instrument_describe_change (caseload_instrument_get (CASELOAD_INSTRUMENT_PHQ9), 11, 6);
  g_assert_nonnull (strstr (change, "better"));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (fixture->view), "Change since the review on 20 Sep 2026"));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (fixture->view), change));
  g_assert_null (test_ui_find_label_containing (GTK_WIDGET (fixture->view), "No review yet"));
}

static void
set_entry (GtkWidget  *entry,
           const char *text)
{
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

static gboolean
dialog_idle (gpointer data)
{
  return !caseload_measure_dialog_get_busy (data);
}

static void
test_dialog_goals (Fixture       *fixture,
                   gconstpointer  user_data)
{
  const int answers[] = { 3, 5, 2, 4, 4, 3, 5, 6, 5, 5, 6 };
  g_autoptr(CaseloadPlan) plan = NULL;
  g_autoptr(GPtrArray) measures = NULL;
  g_autoptr(GError) error = NULL;
  CaseloadMeasureDialog *dialog;
  GPtrArray *goals;
  SaveWait wait = { fixture, 0, FALSE };

  open_page (fixture);
  dialog = open_dialog (fixture);
  caseload_measure_dialog_set_instrument (dialog, CASELOAD_INSTRUMENT_DIALOG);
  answer (dialog, answers, G_N_ELEMENTS (answers));

  /* Up to three areas: a fourth waits until one is let go */
  gtk_widget_activate (caseload_measure_dialog_get_area_button (dialog, CASELOAD_LIFE_AREA_MENTAL_HEALTH));
  gtk_widget_activate (caseload_measure_dialog_get_area_button (dialog, CASELOAD_LIFE_AREA_JOB));
  gtk_widget_activate (caseload_measure_dialog_get_area_button (dialog, CASELOAD_LIFE_AREA_LEISURE));
  g_assert_false (gtk_widget_get_sensitive (caseload_measure_dialog_get_area_button (dialog, CASELOAD_LIFE_AREA_FRIENDSHIPS)));
  gtk_widget_activate (caseload_measure_dialog_get_area_button (dialog, CASELOAD_LIFE_AREA_LEISURE));
  g_assert_true (gtk_widget_get_sensitive (caseload_measure_dialog_get_area_button (dialog, CASELOAD_LIFE_AREA_FRIENDSHIPS)));

  /* Saved: the dialog stays for the goals */
  wait.n_changed = fixture->n_changed;
  gtk_widget_activate_action (GTK_WIDGET (dialog), "measure-dialog.save", NULL);
  test_ui_wait_until (dialog_idle, dialog, TIMEOUT_MS, "the measure to be saved");
  g_assert_nonnull (caseload_measure_dialog_get_saved (dialog));
  g_assert_null (caseload_measure_dialog_get_goal_entry (dialog, CASELOAD_LIFE_AREA_LEISURE));

  measures = read_measures (fixture);
  g_assert_cmpuint (measures->len, ==, 1);
  g_assert_cmpstr (caseload_measure_get_chosen_areas (g_ptr_array_index (measures, 0)), ==, "mental-health,job");

  /* A goal needs the person's words */
  set_entry (caseload_measure_dialog_get_goal_entry (dialog, CASELOAD_LIFE_AREA_MENTAL_HEALTH),
             "Sleep through the night most nights");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "measure-dialog.add-goals", NULL);
  g_assert_nonnull (caseload_measure_dialog_get_error (dialog, "goal:job"));
  g_assert_null (caseload_measure_dialog_get_error (dialog, "goal:mental-health"));
  g_assert_false (caseload_measure_dialog_get_goals_added (dialog));

  set_entry (caseload_measure_dialog_get_goal_entry (dialog, CASELOAD_LIFE_AREA_JOB),
             "Ask about volunteering at the food bank");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "measure-dialog.add-goals", NULL);
  test_ui_wait_until (dialog_idle, dialog, TIMEOUT_MS, "the goals to be added");
  g_assert_null (caseload_measure_dialog_get_error (dialog, NULL));
  g_assert_true (caseload_measure_dialog_get_goals_added (dialog));

  plan = caseload_store_get_plan (fixture->store.store, fixture->store.gp,
                                  caseload_person_get_id (fixture->person), 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (caseload_plan_get_version (plan), ==, 1);
  goals = caseload_plan_get_goals (plan);
  g_assert_cmpuint (goals->len, ==, 2);
  g_assert_cmpint (caseload_plan_goal_get_life_area (g_ptr_array_index (goals, 0)), ==, CASELOAD_LIFE_AREA_MENTAL_HEALTH);
  g_assert_cmpstr (caseload_plan_goal_get_words (g_ptr_array_index (goals, 0)), ==, "Sleep through the night most nights");
  g_assert_cmpint (caseload_plan_goal_get_life_area (g_ptr_array_index (goals, 1)), ==, CASELOAD_LIFE_AREA_JOB);
  g_assert_cmpstr (caseload_plan_goal_get_words (g_ptr_array_index (goals, 1)), ==, "Ask about volunteering at the food bank");

  g_signal_connect (dialog, "destroy", G_CALLBACK (test_ui_on_destroyed_cb), &wait.destroyed);
  gtk_window_close (GTK_WINDOW (dialog));
  test_ui_wait_until (save_answered, &wait, TIMEOUT_MS, "the page to show the measure");
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (fixture->view), "Areas to talk about: Mental health"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/measures/phq9-risk", Fixture, NULL, fixture_setup, test_phq9_risk, fixture_teardown);
  g_test_add ("/ui/measures/gad7-incomplete", Fixture, NULL, fixture_setup, test_gad7_incomplete, fixture_teardown);
  g_test_add ("/ui/measures/chart", Fixture, NULL, fixture_setup, test_chart, fixture_teardown);
  g_test_add ("/ui/measures/history-show-all", Fixture, NULL, fixture_setup, test_history_show_all,
              fixture_teardown);
  g_test_add ("/ui/measures/dialog-goals", Fixture, NULL, fixture_setup, test_dialog_goals, fixture_teardown);

  return g_test_run ();
}
