/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Support plans through their real widgets, headless: the store fixture (a fixed clock
 * at 2026-11-22 10:00 UTC, a GP practice and Mind), a person the GP added, the person
 * page's Plan view in a plain window and the windows it opens, filled in as a clinician
 * would with the person. */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "caseload-core.h"
#include "caseload-person-page.h"
#include "caseload-plan-action.h"
#include "caseload-plan-editor.h"
#include "caseload-plan-goal.h"
#include "caseload-plan-merge-dialog.h"
#include "caseload-plan-version-window.h"
#include "caseload-plan-view.h"
#include "test-ui-util.h"
#include "test-util.h"

#define TIMEOUT_MS 20000

typedef struct {
  TestStore           store;
  CaseloadContext    *context;
  CaseloadPerson     *person;
  GtkWindow          *window;
  CaseloadPersonPage *page;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  user_data)
{
  test_store_setup (&fixture->store, user_data);
  fixture->person = test_add_person (&fixture->store, "Alex", "Marsh", NULL);

  fixture->context = caseload_context_new (fixture->store.store, fixture->store.clock);
  caseload_context_set_actor (fixture->context, fixture->store.gp);

  fixture->page = CASELOAD_PERSON_PAGE (caseload_person_page_new ());
  caseload_person_page_set_context (fixture->page, fixture->context);

  fixture->window = test_ui_present (GTK_WIDGET (fixture->page), 900, 760);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  user_data)
{
  test_ui_destroy_windows (g_steal_pointer (&fixture->window));
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

static CaseloadPlanView *
get_view (Fixture *fixture)
{
  AdwViewStack *stack = caseload_person_page_get_view_stack (fixture->page);

  return CASELOAD_PLAN_VIEW (adw_view_stack_get_child_by_name (stack, "plan"));
}

static CaseloadPlanView *
open_plan (Fixture *fixture)
{
  caseload_person_page_open (fixture->page, caseload_person_get_id (fixture->person));
  test_ui_wait_until (record_open, fixture, TIMEOUT_MS, "the person page to open");
  caseload_person_page_set_view (fixture->page, "plan");

  return get_view (fixture);
}

static gboolean
editor_idle (gpointer data)
{
  return !caseload_plan_editor_get_busy (data);
}

static CaseloadPlanEditor *
open_editor (Fixture *fixture)
{
  CaseloadPlanView *view = get_view (fixture);
  CaseloadPlanEditor *editor;

  gtk_widget_activate_action (GTK_WIDGET (view), "plan-view.edit", NULL);
  editor = CASELOAD_PLAN_EDITOR (test_ui_find_window (CASELOAD_TYPE_PLAN_EDITOR, TRUE));
  g_assert_nonnull (editor);
  test_ui_wait_until (editor_idle, editor, TIMEOUT_MS, "the editor to be ready");

  return editor;
}

static GtkWidget *
get_field (CaseloadPlanEditor *editor,
           const char         *field)
{
  GtkWidget *widget = caseload_plan_editor_get_field (editor, field);

  g_assert_nonnull (widget);
  if (GTK_IS_SCROLLED_WINDOW (widget))
    widget = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (widget));

  return widget;
}

static void
set_field (CaseloadPlanEditor *editor,
           const char         *field,
           const char         *text)
{
  GtkWidget *widget = get_field (editor, field);

  if (GTK_IS_TEXT_VIEW (widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text);
}

static char *
get_text (CaseloadPlanEditor *editor,
          const char         *field)
{
  GtkWidget *widget = get_field (editor, field);

  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }

  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget)));
}

static void
choose (CaseloadPlanEditor *editor,
        const char         *field,
        const char         *text)
{
  test_ui_choose (get_field (editor, field), text);
}

typedef struct {
  CaseloadPlanEditor *editor;
  const char         *field;
} SaveWait;

/* The editor shows a problem for the field, or asks to merge. */
static gboolean
save_refused (gpointer data)
{
  SaveWait *wait = data;

  return !caseload_plan_editor_get_busy (wait->editor) &&
         (caseload_plan_editor_get_error (wait->editor, wait->field) != NULL ||
          test_ui_find_window (CASELOAD_TYPE_PLAN_MERGE_DIALOG, TRUE) != NULL);
}

/* Saves; TRUE when the editor closed, FALSE when it showed a problem for @field or
 * asked to merge. */
static gboolean
save (CaseloadPlanEditor *editor,
      const char         *field)
{
  SaveWait wait = { editor, field };

  return test_ui_save (GTK_WIDGET (editor), "plan-editor.save", save_refused, &wait);
}

static CaseloadPlan *
read_plan (Fixture *fixture,
           int      version)
{
  g_autoptr(GError) error = NULL;
  CaseloadPlan *plan;

  plan = caseload_store_get_plan (fixture->store.store, fixture->store.gp,
                                  caseload_person_get_id (fixture->person), version, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);

  return plan;
}

typedef struct {
  Fixture    *fixture;
  const char *text;
} LabelWait;

static gboolean
view_shows (gpointer data)
{
  LabelWait *wait = data;

  return !caseload_person_page_get_loading (wait->fixture->page) &&
         test_ui_find_label_containing (GTK_WIDGET (get_view (wait->fixture)), wait->text) != NULL;
}

static void
wait_for_view_text (Fixture    *fixture,
                    const char *text)
{
  LabelWait wait = { fixture, text };

  test_ui_wait_until (view_shows, &wait, TIMEOUT_MS, text);
}

/* A saved plan, as another desk would make it: what matters, a goal with an action,
 * who to contact. */
static CaseloadPlan *
save_plan_directly (Fixture    *fixture,
                    const char *what_matters)
{
  g_autoptr(CaseloadPlan) plan = read_plan (fixture, 0);
  g_autoptr(CaseloadPlanGoal) goal = caseload_plan_goal_new ();
  g_autoptr(CaseloadPlanAction) action = caseload_plan_action_new ();
  g_autoptr(GError) error = NULL;

  caseload_plan_set_what_matters (plan, what_matters);
  caseload_plan_set_what_matters_by (plan, CASELOAD_COPRODUCTION_PERSON_WROTE);
  caseload_plan_set_warning_signs (plan, "Not sleeping; stopping calls to my sister");
  caseload_plan_set_who_to_contact (plan, "NHS 111, option 2");
  caseload_plan_set_review_on (plan, "2027-02-22");

  caseload_plan_goal_set_id (goal, "goal-swim");
  caseload_plan_goal_set_words (goal, "Get back to swimming");
  caseload_plan_goal_set_life_area (goal, CASELOAD_LIFE_AREA_LEISURE);
  caseload_plan_goal_set_progress (goal, CASELOAD_GOAL_UNDER_WAY);
  caseload_plan_action_set_id (action, "action-ring");
  caseload_plan_action_set_words (action, "Ring the leisure centre about quiet sessions");
  caseload_plan_action_set_owner_kind (action, CASELOAD_ACTION_OWNER_PERSON);
  caseload_plan_action_set_due_on (action, "2026-12-01");
  g_ptr_array_add (caseload_plan_goal_get_actions (goal), g_object_ref (action));
  g_ptr_array_add (caseload_plan_get_goals (plan), g_object_ref (goal));

  g_assert_true (caseload_store_save_plan (fixture->store.store, fixture->store.gp, plan, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&plan);
}

/* No plan yet: says so, and offers to start one. */
static void
test_empty (Fixture       *fixture,
            gconstpointer  user_data)
{
  CaseloadPlanView *view = open_plan (fixture);
  GtkWidget *start;

  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (view), "No support plan yet"));
  start = GTK_WIDGET (test_ui_find_label_containing (GTK_WIDGET (view), "Start a Plan"));
  g_assert_nonnull (start);
  g_assert_true (gtk_widget_is_visible (start));
  g_assert_true (gtk_widget_is_sensitive (start));
  g_assert_cmpint (caseload_plan_get_version (caseload_plan_view_get_plan (view)), ==, 0);
}

/* A new plan with a goal and an action owned by a worker: the crisis lines suggested,
 * saved off the main loop, and shown as sections with who wrote each. */
static void
test_create (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(CaseloadPlan) saved = NULL;
  g_autofree char *contact = NULL;
  g_autofree char *words_field = NULL;
  g_autofree char *action_words_field = NULL;
  CaseloadPlanEditor *editor;
  CaseloadPlanGoal *goal;
  CaseloadPlanAction *action;
  AdwComboRow *kind_row;
  AdwComboRow *owner_row;
  const char *goal_id;
  const char *action_id;

  open_plan (fixture);
  editor = open_editor (fixture);

  /* A first plan suggests the crisis lines. */
  contact = get_text (editor, "who-to-contact");
  g_assert_nonnull (strstr (contact, "111, option 2"));
  g_assert_nonnull (strstr (contact, "sanctuary"));

  set_field (editor, "what-matters", "Seeing my niece at weekends and feeling useful again");
  choose (editor, "what-matters-by", "Written by");
  set_field (editor, "strengths-personal", "Good with my hands; patient");

  gtk_widget_activate_action (GTK_WIDGET (editor), "plan-editor.add-goal", NULL);
  goal_id = caseload_plan_editor_get_goal_id (editor, 0);
  g_assert_nonnull (goal_id);
  words_field = g_strdup_printf ("goal:%s:words", goal_id);
  set_field (editor, words_field, "Get back to swimming");
  {
    g_autofree char *area = g_strdup_printf ("goal:%s:life-area", goal_id);
    g_autofree char *target = g_strdup_printf ("goal:%s:target-on", goal_id);
    g_autofree char *progress = g_strdup_printf ("goal:%s:progress", goal_id);

    choose (editor, area, "Leisure");
    set_field (editor, target, "01/03/2027");
    choose (editor, progress, "Under way");
  }

  gtk_widget_activate_action (GTK_WIDGET (editor), "plan-editor.add-action", "s", goal_id);
  action_id = caseload_plan_editor_get_action_id (editor, 0, 0);
  g_assert_nonnull (action_id);
  action_words_field = g_strdup_printf ("action:%s:words", action_id);
  set_field (editor, action_words_field, "Find a quiet swimming session and go along together");
  {
    g_autofree char *kind = g_strdup_printf ("action:%s:owner-kind", action_id);
    g_autofree char *owner = g_strdup_printf ("action:%s:owner", action_id);
    g_autofree char *due = g_strdup_printf ("action:%s:due-on", action_id);

    kind_row = ADW_COMBO_ROW (get_field (editor, kind));
    adw_combo_row_set_selected (kind_row, CASELOAD_ACTION_OWNER_WORKER);
    owner_row = ADW_COMBO_ROW (get_field (editor, owner));
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (owner_row)));
    choose (editor, owner, "Jordan Reeves");
    set_field (editor, due, "05/12/2026");
  }
  /* Someone in their network, by a typed name (no network recorded), and an
   * organisation. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "plan-editor.add-action", "s", goal_id);
  {
    const char *id = caseload_plan_editor_get_action_id (editor, 0, 1);
    g_autofree char *words = g_strdup_printf ("action:%s:words", id);
    g_autofree char *kind = g_strdup_printf ("action:%s:owner-kind", id);
    g_autofree char *name = g_strdup_printf ("action:%s:owner-name", id);
    g_autofree char *due = g_strdup_printf ("action:%s:due-on", id);

    set_field (editor, words, "Lend me her swimming bag");
    adw_combo_row_set_selected (ADW_COMBO_ROW (get_field (editor, kind)), CASELOAD_ACTION_OWNER_NETWORK);
    g_assert_true (gtk_widget_get_visible (get_field (editor, name)));
    set_field (editor, name, "Dee");
    set_field (editor, due, "01/12/2026");
  }
  gtk_widget_activate_action (GTK_WIDGET (editor), "plan-editor.add-action", "s", goal_id);
  {
    const char *id = caseload_plan_editor_get_action_id (editor, 0, 2);
    g_autofree char *words = g_strdup_printf ("action:%s:words", id);
    g_autofree char *kind = g_strdup_printf ("action:%s:owner-kind", id);
    g_autofree char *owner = g_strdup_printf ("action:%s:owner", id);
    g_autofree char *due = g_strdup_printf ("action:%s:due-on", id);

    set_field (editor, words, "Peer support group on Thursdays");
    adw_combo_row_set_selected (ADW_COMBO_ROW (get_field (editor, kind)), CASELOAD_ACTION_OWNER_ORGANISATION);
    choose (editor, owner, caseload_organisation_get_name (fixture->store.mind));
    set_field (editor, due, "10/12/2026");
  }
  set_field (editor, "review-on", "22/02/2027");

  g_assert_true (save (editor, "review-on"));

  saved = read_plan (fixture, 0);
  g_assert_cmpint (caseload_plan_get_version (saved), ==, 1);
  g_assert_cmpstr (caseload_plan_get_what_matters (saved), ==, "Seeing my niece at weekends and feeling useful again");
  g_assert_cmpint (caseload_plan_get_what_matters_by (saved), ==, CASELOAD_COPRODUCTION_PERSON_WROTE);
  g_assert_cmpstr (caseload_plan_get_review_on (saved), ==, "2027-02-22");
  g_assert_nonnull (strstr (caseload_plan_get_who_to_contact (saved), "111"));
  g_assert_cmpuint (caseload_plan_get_goals (saved)->len, ==, 1);
  goal = g_ptr_array_index (caseload_plan_get_goals (saved), 0);
  g_assert_cmpstr (caseload_plan_goal_get_words (goal), ==, "Get back to swimming");
  g_assert_cmpint (caseload_plan_goal_get_life_area (goal), ==, CASELOAD_LIFE_AREA_LEISURE);
  g_assert_cmpstr (caseload_plan_goal_get_target_on (goal), ==, "2027-03-01");
  g_assert_cmpint (caseload_plan_goal_get_progress (goal), ==, CASELOAD_GOAL_UNDER_WAY);
  g_assert_cmpuint (caseload_plan_goal_get_actions (goal)->len, ==, 3);
  action = g_ptr_array_index (caseload_plan_goal_get_actions (goal), 1);
  g_assert_cmpint (caseload_plan_action_get_owner_kind (action), ==, CASELOAD_ACTION_OWNER_NETWORK);
  g_assert_cmpstr (caseload_plan_action_get_owner_name (action), ==, "Dee");
  action = g_ptr_array_index (caseload_plan_goal_get_actions (goal), 2);
  g_assert_cmpint (caseload_plan_action_get_owner_kind (action), ==, CASELOAD_ACTION_OWNER_ORGANISATION);
  g_assert_cmpstr (caseload_plan_action_get_owner_organisation_id (action), ==,
                   caseload_organisation_get_id (fixture->store.mind));
  action = g_ptr_array_index (caseload_plan_goal_get_actions (goal), 0);
  g_assert_cmpint (caseload_plan_action_get_owner_kind (action), ==, CASELOAD_ACTION_OWNER_WORKER);
  g_assert_cmpstr (caseload_plan_action_get_owner_staff_id (action), ==, caseload_staff_get_id (fixture->store.worker));
  g_assert_cmpstr (caseload_plan_action_get_due_on (action), ==, "2026-12-05");

  /* The page read the record again: the plan as sections, with who wrote each. */
  wait_for_view_text (fixture, "Get back to swimming");
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (get_view (fixture)), "Written by Alex"));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (get_view (fixture)), "Find a quiet swimming session"));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (get_view (fixture)), "Jordan Reeves"));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (get_view (fixture)), "Dee (their network)"));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (get_view (fixture)), "Brentwood Mind (organisation)"));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (get_view (fixture)), "Not recorded yet"));
}

/* A goal with no words: refused beside it, nothing saved and nothing typed lost; put
 * right, it saves. */
static void
test_goal_needs_words (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(CaseloadPlan) after = NULL;
  g_autofree char *words_field = NULL;
  g_autofree char *target_field = NULL;
  g_autofree char *what_matters = NULL;
  g_autofree char *target = NULL;
  CaseloadPlanEditor *editor;
  const char *goal_id;

  open_plan (fixture);
  editor = open_editor (fixture);

  set_field (editor, "what-matters", "Feeling useful again");
  gtk_widget_activate_action (GTK_WIDGET (editor), "plan-editor.add-goal", NULL);
  goal_id = caseload_plan_editor_get_goal_id (editor, 0);
  words_field = g_strdup_printf ("goal:%s:words", goal_id);
  target_field = g_strdup_printf ("goal:%s:target-on", goal_id);
  set_field (editor, target_field, "01/03/2027");
  set_field (editor, "review-on", "22/02/2027");

  g_assert_false (save (editor, words_field));
  g_assert_nonnull (caseload_plan_editor_get_error (editor, words_field));
  g_assert_true (gtk_widget_has_css_class (caseload_plan_editor_get_field (editor, words_field), "error"));
  g_assert_null (caseload_plan_editor_get_error (editor, "what-matters"));

  /* Nothing saved, nothing lost. */
  after = read_plan (fixture, 0);
  g_assert_cmpint (caseload_plan_get_version (after), ==, 0);
  what_matters = get_text (editor, "what-matters");
  g_assert_cmpstr (what_matters, ==, "Feeling useful again");
  target = get_text (editor, target_field);
  g_assert_cmpstr (target, ==, "01/03/2027");

  set_field (editor, words_field, "Go to the allotment twice a week");
  g_assert_true (save (editor, words_field));
  g_clear_object (&after);
  after = read_plan (fixture, 0);
  g_assert_cmpint (caseload_plan_get_version (after), ==, 1);
  g_assert_cmpstr (caseload_plan_goal_get_words (g_ptr_array_index (caseload_plan_get_goals (after), 0)), ==,
                   "Go to the allotment twice a week");
}

static gboolean
merge_dialog_shown (gpointer data)
{
  return test_ui_find_window (CASELOAD_TYPE_PLAN_MERGE_DIALOG, TRUE) != NULL;
}

/* Someone saves while the plan is open: the merge shows theirs and mine side by side,
 * and the combined save keeps both people's changes. */
static void
test_conflict_merge (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(CaseloadPlan) first = save_plan_directly (fixture, "Swimming, and my niece");
  g_autoptr(CaseloadPlan) theirs = NULL;
  g_autoptr(CaseloadPlan) after = NULL;
  g_autoptr(GError) error = NULL;
  CaseloadPlanMergeDialog *dialog;
  CaseloadPlanEditor *editor;
  gboolean closed = FALSE;

  open_plan (fixture);
  wait_for_view_text (fixture, "Swimming, and my niece");
  editor = open_editor (fixture);

  /* Another desk saves version 2. */
  theirs = read_plan (fixture, 0);
  caseload_plan_set_what_matters (theirs, "My niece, and getting out of the flat");
  caseload_plan_set_warning_signs (theirs, "Not sleeping; missing meals");
  g_assert_true (caseload_store_save_plan (fixture->store.store, fixture->store.gp, theirs, &error));
  g_assert_no_error (error);

  set_field (editor, "what-matters", "Feeling useful again");
  set_field (editor, "what-helps", "A walk by the river");
  g_assert_false (save (editor, "what-matters"));
  test_ui_wait_until (merge_dialog_shown, NULL, TIMEOUT_MS, "the merge dialog");
  dialog = CASELOAD_PLAN_MERGE_DIALOG (test_ui_find_window (CASELOAD_TYPE_PLAN_MERGE_DIALOG, TRUE));

  /* Cancelled, the form keeps what was typed; saving again asks again. */
  gtk_window_destroy (GTK_WINDOW (dialog));
  test_ui_spin (50);
  g_assert_null (test_ui_find_window (CASELOAD_TYPE_PLAN_MERGE_DIALOG, TRUE));
  g_assert_false (save (editor, "what-matters"));
  test_ui_wait_until (merge_dialog_shown, NULL, TIMEOUT_MS, "the merge dialog again");
  dialog = CASELOAD_PLAN_MERGE_DIALOG (test_ui_find_window (CASELOAD_TYPE_PLAN_MERGE_DIALOG, TRUE));

  /* Only what both changed asks; both versions are on screen. */
  g_assert_cmpuint (caseload_plan_merge_dialog_get_n_conflicts (dialog), ==, 1);
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (dialog), "My niece, and getting out of the flat"));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (dialog), "Feeling useful again"));
  g_assert_false (gtk_widget_is_sensitive (test_ui_find_label_containing (GTK_WIDGET (dialog), "Save Combined Plan")));

  g_signal_connect (editor, "destroy", G_CALLBACK (test_ui_on_destroyed_cb), &closed);
  caseload_plan_merge_dialog_choose (dialog, 0, CASELOAD_MERGE_KEEP_BOTH);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "merge-dialog.save", NULL);
  test_ui_wait_until (test_ui_flag_set, &closed, TIMEOUT_MS, "the combined plan to be saved");

  after = read_plan (fixture, 0);
  g_assert_cmpint (caseload_plan_get_version (after), ==, 3);
  g_assert_nonnull (strstr (caseload_plan_get_what_matters (after), "My niece, and getting out of the flat"));
  g_assert_nonnull (strstr (caseload_plan_get_what_matters (after), "Feeling useful again"));
  g_assert_cmpstr (caseload_plan_get_warning_signs (after), ==, "Not sleeping; missing meals");
  g_assert_cmpstr (caseload_plan_get_what_helps (after), ==, "A walk by the river");
  /* The goal neither touched is still there. */
  g_assert_cmpuint (caseload_plan_get_goals (after)->len, ==, 1);
}

static gboolean
version_window_idle (gpointer data)
{
  return !caseload_plan_version_window_get_busy (data);
}

/* The versions are listed with who saved them; an older one opens read-only, and the
 * comparison with the current plan names the changed field in words. */
static void
test_versions_compare (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(CaseloadPlan) first = save_plan_directly (fixture, "Swimming, and my niece");
  g_autoptr(CaseloadPlan) second = read_plan (fixture, 0);
  g_autoptr(GError) error = NULL;
  CaseloadPlanVersionWindow *window;
  CaseloadPlanView *view;
  GtkWidget *expander;

  caseload_plan_set_warning_signs (second, "Not sleeping; missing meals");
  g_assert_true (caseload_store_save_plan (fixture->store.store, fixture->store.gp, second, &error));
  g_assert_no_error (error);

  view = open_plan (fixture);
  wait_for_view_text (fixture, "missing meals");
  /* The versions' rows are built when the list is opened */
  g_assert_null (test_ui_find_label_containing (GTK_WIDGET (view), "Version 2 (current)"));
  expander = gtk_widget_get_ancestor (test_ui_find_label_containing (GTK_WIDGET (view), "2 saved versions"),
                                      ADW_TYPE_EXPANDER_ROW);
  g_assert_nonnull (expander);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (view), "Version 2 (current)"));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (view), "Version 1 — "));

  gtk_widget_activate_action (GTK_WIDGET (view), "plan-view.open-version", "i", 1);
  window = CASELOAD_PLAN_VERSION_WINDOW (test_ui_find_window (CASELOAD_TYPE_PLAN_VERSION_WINDOW, TRUE));
  g_assert_nonnull (window);
  test_ui_wait_until (version_window_idle, window, TIMEOUT_MS, "the version to be read");

  /* As it was: the old words, and nothing to type in. */
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (window), "stopping calls to my sister"));
  g_assert_null (test_ui_find_label_containing (GTK_WIDGET (window), "missing meals"));

  caseload_plan_version_window_set_compare (window, TRUE);
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (window), "Changed:"));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (window), "missing meals"));
  g_assert_null (test_ui_find_label_containing (GTK_WIDGET (window), "Added:"));
}

/* Someone in the person's network, chosen from it: no name to type. */
static void
test_network_owner (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(CaseloadNetworkMember) sister = caseload_network_member_new ();
  g_autoptr(CaseloadPlan) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *goal_words = NULL;
  g_autofree char *words = NULL;
  g_autofree char *kind = NULL;
  g_autofree char *owner = NULL;
  g_autofree char *name = NULL;
  g_autofree char *due = NULL;
  CaseloadPlanEditor *editor;
  CaseloadPlanAction *action;
  const char *goal_id;
  const char *action_id;

  caseload_network_member_set_person_id (sister, caseload_person_get_id (fixture->person));
  caseload_network_member_set_name (sister, "Dee Marsh");
  caseload_network_member_set_relationship (sister, CASELOAD_RELATIONSHIP_FAMILY);
  g_assert_true (caseload_store_add_network_member (fixture->store.store, fixture->store.gp, sister, &error));
  g_assert_no_error (error);

  open_plan (fixture);
  editor = open_editor (fixture);
  gtk_widget_activate_action (GTK_WIDGET (editor), "plan-editor.add-goal", NULL);
  goal_id = caseload_plan_editor_get_goal_id (editor, 0);
  goal_words = g_strdup_printf ("goal:%s:words", goal_id);
  set_field (editor, goal_words, "See more of my family");
  gtk_widget_activate_action (GTK_WIDGET (editor), "plan-editor.add-action", "s", goal_id);
  action_id = caseload_plan_editor_get_action_id (editor, 0, 0);
  words = g_strdup_printf ("action:%s:words", action_id);
  kind = g_strdup_printf ("action:%s:owner-kind", action_id);
  owner = g_strdup_printf ("action:%s:owner", action_id);
  name = g_strdup_printf ("action:%s:owner-name", action_id);
  due = g_strdup_printf ("action:%s:due-on", action_id);

  set_field (editor, words, "Sunday lunch together");
  adw_combo_row_set_selected (ADW_COMBO_ROW (get_field (editor, kind)), CASELOAD_ACTION_OWNER_NETWORK);
  choose (editor, owner, "Dee Marsh");
  g_assert_false (gtk_widget_get_visible (get_field (editor, name)));
  set_field (editor, due, "29/11/2026");
  set_field (editor, "review-on", "22/02/2027");
  g_assert_true (save (editor, "review-on"));

  saved = read_plan (fixture, 0);
  action = g_ptr_array_index (caseload_plan_goal_get_actions (g_ptr_array_index (caseload_plan_get_goals (saved), 0)), 0);
  g_assert_cmpint (caseload_plan_action_get_owner_kind (action), ==, CASELOAD_ACTION_OWNER_NETWORK);
  g_assert_cmpstr (caseload_plan_action_get_owner_name (action), ==, "Dee Marsh");
}

/* Cancel: an untouched new plan just closes (the suggested crisis lines are not the
 * user's words); once something is typed, it asks before throwing it away. */
static void
test_cancel (Fixture       *fixture,
             gconstpointer  user_data)
{
  CaseloadPlanEditor *editor;
  gboolean closed = FALSE;

  open_plan (fixture);
  editor = open_editor (fixture);
  g_signal_connect (editor, "destroy", G_CALLBACK (test_ui_on_destroyed_cb), &closed);
  gtk_window_close (GTK_WINDOW (editor));
  test_ui_wait_until (test_ui_flag_set, &closed, TIMEOUT_MS, "the untouched editor to close");

  editor = open_editor (fixture);
  closed = FALSE;
  g_signal_connect (editor, "destroy", G_CALLBACK (test_ui_on_destroyed_cb), &closed);
  set_field (editor, "warning-signs", "Not sleeping");
  gtk_window_close (GTK_WINDOW (editor));
  test_ui_spin (100);
  g_assert_false (closed);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
}

/* A review date passed: said in words, with an icon. */
static void
test_overdue (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autoptr(CaseloadPlan) plan = save_plan_directly (fixture, "Swimming, and my niece");
  g_autoptr(GDateTime) later = g_date_time_new_utc (2027, 3, 1, 10, 0, 0);
  GtkWidget *label;
  GtkWidget *row;

  caseload_clock_set_fixed (fixture->store.clock, later);
  open_plan (fixture);
  wait_for_view_text (fixture, "Swimming, and my niece");

  label = test_ui_find_label_containing (GTK_WIDGET (get_view (fixture)), "Overdue");
  g_assert_nonnull (label);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)), "22 Feb 2027"));
  row = gtk_widget_get_ancestor (label, ADW_TYPE_ACTION_ROW);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_has_css_class (row, "overdue"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/plan/empty", Fixture, NULL, fixture_setup, test_empty, fixture_teardown);
  g_test_add ("/ui/plan/create", Fixture, NULL, fixture_setup, test_create, fixture_teardown);
  g_test_add ("/ui/plan/goal-needs-words", Fixture, NULL, fixture_setup, test_goal_needs_words, fixture_teardown);
  g_test_add ("/ui/plan/conflict-merge", Fixture, NULL, fixture_setup, test_conflict_merge, fixture_teardown);
  g_test_add ("/ui/plan/network-owner", Fixture, NULL, fixture_setup, test_network_owner, fixture_teardown);
  g_test_add ("/ui/plan/cancel", Fixture, NULL, fixture_setup, test_cancel, fixture_teardown);
  g_test_add ("/ui/plan/overdue", Fixture, NULL, fixture_setup, test_overdue, fixture_teardown);
  g_test_add ("/ui/plan/versions-compare", Fixture, NULL, fixture_setup, test_versions_compare, fixture_teardown);

  return g_test_run ();
}
