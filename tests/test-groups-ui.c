/* SPDX-License-Identifier: GPL-3.0-or-later */

/* STEPPS groups through their real widgets, headless: the store fixture (a fixed clock at
 * 2026-11-22 10:00 UTC, a GP practice, Mind and EPUT), a practice worker who runs a group
 * with an EPUT nurse, and people registered at the practice. The Groups list, New Group…,
 * the cohort page and its grid, the session dialog, adding and leaving, the reinforcement
 * team and its printed skills summary, and the window's sidebar. */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "caseload-cohort-dialog.h"
#include "caseload-cohort-page.h"
#include "caseload-cohort-person-dialog.h"
#include "caseload-core.h"
#include "caseload-groups-pane.h"
#include "caseload-pathways-view.h"
#include "caseload-person-page.h"
#include "caseload-reinforcers-dialog.h"
#include "caseload-session-dialog.h"
#include "caseload-window.h"
#include "groups-ui-util.h"
#include "test-ui-util.h"
#include "test-util.h"

#define TIMEOUT_MS 20000
#define TODAY      "2026-11-22"

typedef struct {
  TestStore             store;
  CaseloadOrganisation *eput;
  CaseloadStaff        *nurse;     /* at EPUT */
  CaseloadStaff        *arrs;      /* at the practice: runs the group */
  CaseloadStaff        *manager;
  GPtrArray            *people;    /* CaseloadPerson at the practice */
  CaseloadContext      *context;
  GtkWindow            *window;
} Fixture;

static const char *names[][2] = {
  { "Aisha", "Bello" }, { "Ben", "Carter" }, { "Chloe", "Dunn" }, { "Dev", "Patel" },
  { "Ella", "Fox" }, { "Femi", "Ade" }, { "Grace", "Hill" }, { "Hana", "Iqbal" },
  { "Ian", "Jones" }, { "Jo", "King" }, { "Kai", "Lee" },
};

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  user_data)
{
  test_store_setup (&fixture->store, user_data);
  test_add_team (&fixture->store, &fixture->eput, &fixture->nurse, &fixture->arrs, &fixture->manager);
  fixture->people = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_ptr_array_add (fixture->people, test_add_practice_person (&fixture->store, names[i][0], names[i][1]));

  fixture->context = caseload_context_new (fixture->store.store, fixture->store.clock);
  caseload_context_set_actor (fixture->context, fixture->arrs);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  user_data)
{
  if (fixture->window != NULL)
    test_ui_destroy_windows (g_steal_pointer (&fixture->window));
  g_assert_finalize_object (g_steal_pointer (&fixture->context));
  g_clear_pointer (&fixture->people, g_ptr_array_unref);
  g_clear_object (&fixture->eput);
  g_clear_object (&fixture->nurse);
  g_clear_object (&fixture->arrs);
  g_clear_object (&fixture->manager);
  test_store_teardown (&fixture->store, user_data);
}

/* A cohort of the first @n people, from @start_on, with attendance up to today. */
static char *
add_cohort (Fixture    *fixture,
            const char *name,
            const char *start_on,
            guint       n)
{
  g_autoptr(GPtrArray) people = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (people, g_ptr_array_index (fixture->people, i));
  return groups_ui_add_cohort (fixture->store.store, fixture->arrs, name, start_on, 20, fixture->arrs,
                               fixture->nurse, people, TODAY);
}

static CaseloadCohort *
read_cohort (Fixture    *fixture,
             const char *id)
{
  g_autoptr(GError) error = NULL;
  CaseloadCohort *cohort = caseload_store_get_cohort (fixture->store.store, fixture->arrs, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (cohort);
  return cohort;
}

/* ---- The Groups list ---- */

static gboolean
is_revealer (GtkWidget     *widget,
             gconstpointer  data)
{
  return GTK_IS_REVEALER (widget);
}

static gboolean
is_check_button (GtkWidget     *widget,
                 gconstpointer  data)
{
  return GTK_IS_CHECK_BUTTON (widget);
}

static gboolean
pane_read (gpointer data)
{
  return !caseload_groups_pane_get_loading (data);
}

static void
test_list (Fixture       *fixture,
           gconstpointer  user_data)
{
  g_autofree char *running = add_cohort (fixture, "Grays, autumn 2026", "2026-09-01", 8);
  g_autofree char *finished = groups_ui_add_cohort (fixture->store.store, fixture->arrs, "Tilbury, spring 2026",
                                                    "2026-03-03", 12, fixture->arrs, fixture->nurse,
                                                    fixture->people, TODAY);
  CaseloadGroupsPane *pane = g_object_new (CASELOAD_TYPE_GROUPS_PANE, NULL);
  GtkWidget *finished_check;
  GListModel *shown;

  fixture->window = test_ui_present (GTK_WIDGET (pane), 400, 600);
  caseload_groups_pane_set_context (pane, fixture->context);
  caseload_groups_pane_reload (pane);
  test_ui_wait_until (pane_read, pane, TIMEOUT_MS, "the groups to be read");

  /* The finished group is left out until asked for. */
  shown = caseload_groups_pane_get_cohorts (pane);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  g_assert_cmpstr (caseload_groups_pane_get_summary (pane), ==, "1 group");
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (pane), "Grays, autumn 2026"));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (pane), "STEPPS, 20 weekly sessions ·"));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (pane), "Next session"));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (pane), "Tom Harris"));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (pane), "Ngozi Eze"));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (pane), "· 8 people"));

  finished_check = test_ui_find_widget (GTK_WIDGET (pane), is_check_button, NULL);
  g_assert_nonnull (finished_check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (finished_check), TRUE);
  test_ui_wait_until (pane_read, pane, TIMEOUT_MS, "the groups to be read again");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 2);
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (pane), "Finished"));

  caseload_groups_pane_set_search (pane, "tilbury");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  {
    g_autoptr(CaseloadCohort) only = g_list_model_get_item (shown, 0);
    g_assert_cmpstr (caseload_cohort_get_id (only), ==, finished);
  }
  caseload_groups_pane_set_search (pane, "ngozi");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 2);
  g_assert_nonnull (running);
}

/* ---- New Group… ---- */

static gboolean
dialog_ready (gpointer data)
{
  return caseload_cohort_dialog_get_ready (data);
}

static gboolean
cohort_refused (gpointer data)
{
  return caseload_cohort_dialog_get_error (data, "facilitators") != NULL ||
         caseload_cohort_dialog_get_error (data, "start-on") != NULL ||
         caseload_cohort_dialog_get_error (data, "name") != NULL;
}

static void
on_cohort_saved_cb (CaseloadCohortDialog  *dialog,
                    CaseloadCohort        *cohort,
                    char                 **id)
{
  *id = g_strdup (caseload_cohort_get_id (cohort));
}

static GtkWidget *
find_row_titled (GtkWidget  *root,
                 const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (ADW_IS_PREFERENCES_ROW (child) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return child;
      if ((found = find_row_titled (child, title)) != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_entry (GtkWidget  *dialog,
            const char *title)
{
  GtkWidget *row = find_row_titled (dialog, title);

  g_assert_nonnull (row);
  return row;
}

static GtkSpinButton *
find_spin (GtkWidget  *dialog,
           const char *title)
{
  GtkWidget *row = find_row_titled (dialog, title);

  g_assert_nonnull (row);
  return GTK_SPIN_BUTTON (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row)));
}

static gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  data)
{
  return ADW_IS_BUTTON_CONTENT (widget) && g_strcmp0 (adw_button_content_get_label (ADW_BUTTON_CONTENT (widget)), data) == 0;
}

/* The button whose content is labelled @label. */
static GtkWidget *
find_row_button (GtkWidget  *root,
                 const char *label)
{
  GtkWidget *content = test_ui_find_widget (root, is_button_labelled, label);

  g_assert_nonnull (content);
  return gtk_widget_get_parent (content);
}

static void
test_new_group (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(CaseloadCohort) saved = NULL;
  g_autofree char *id = NULL;
  GtkWidget *dialog;
  GtkWidget *programme;
  GtkSpinButton *sessions;

  fixture->window = test_ui_present (gtk_label_new (""), 400, 300);
  dialog = caseload_cohort_dialog_new (fixture->window, fixture->context);
  g_signal_connect (dialog, "saved", G_CALLBACK (on_cohort_saved_cb), &id);
  gtk_window_present (GTK_WINDOW (dialog));
  test_ui_wait_until (dialog_ready, dialog, TIMEOUT_MS, "the staff to pick from");

  /* The programme sets the default number of sessions. */
  sessions = find_spin (dialog, "Weekly sessions");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (sessions), ==, 20);
  programme = find_row_titled (dialog, "_Programme");
  g_assert_nonnull (programme);
  test_ui_choose (programme, "EI, 12");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (sessions), ==, 12);
  test_ui_choose (programme, "21 weekly");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (sessions), ==, 21);
  gtk_spin_button_set_value (sessions, 22);

  /* One facilitator and a date that is not one: each said beside its field, nothing lost. */
  gtk_editable_set_text (GTK_EDITABLE (find_entry (dialog, "Name (e.g. Grays, spring 2027)")), "Grays, spring 2027");
  gtk_editable_set_text (GTK_EDITABLE (find_entry (dialog, "Venue")), "Grays Community Hall");
  gtk_editable_set_text (GTK_EDITABLE (find_entry (dialog, "First session (dd/mm/yyyy)")), "31/02/2027");
  g_assert_true (caseload_cohort_dialog_pick_facilitator (CASELOAD_COHORT_DIALOG (dialog), "Tom Harris"));
  g_assert_false (test_ui_save (dialog, "cohort-dialog.save", cohort_refused, dialog));
  g_assert_nonnull (caseload_cohort_dialog_get_error (CASELOAD_COHORT_DIALOG (dialog), "facilitators"));
  g_assert_nonnull (caseload_cohort_dialog_get_error (CASELOAD_COHORT_DIALOG (dialog), "start-on"));
  g_assert_null (caseload_cohort_dialog_get_error (CASELOAD_COHORT_DIALOG (dialog), "name"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_entry (dialog, "Venue"))), ==, "Grays Community Hall");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (sessions), ==, 22);

  gtk_editable_set_text (GTK_EDITABLE (find_entry (dialog, "First session (dd/mm/yyyy)")), "12/01/2027");
  g_assert_true (caseload_cohort_dialog_pick_facilitator (CASELOAD_COHORT_DIALOG (dialog), "Ngozi Eze"));
  g_assert_true (test_ui_save (dialog, "cohort-dialog.save", cohort_refused, dialog));
  g_assert_nonnull (id);

  saved = read_cohort (fixture, id);
  g_assert_cmpstr (caseload_cohort_get_name (saved), ==, "Grays, spring 2027");
  g_assert_cmpint (caseload_cohort_get_programme (saved), ==, CASELOAD_STEPPS_THURROCK_21);
  g_assert_cmpuint (caseload_cohort_get_sessions (saved)->len, ==, 22);
  g_assert_cmpuint (caseload_cohort_get_facilitators (saved)->len, ==, 2);
  g_assert_cmpstr (caseload_cohort_get_start_on (saved), ==, "2027-01-12");
}

/* ---- The cohort page ---- */

static gboolean
page_read (gpointer data)
{
  return !caseload_cohort_page_get_loading (data) && caseload_cohort_page_get_cohort (data) != NULL;
}

static CaseloadCohortPage *
open_page (Fixture    *fixture,
           const char *id)
{
  CaseloadCohortPage *page = CASELOAD_COHORT_PAGE (caseload_cohort_page_new ());

  fixture->window = test_ui_present (GTK_WIDGET (page), 1200, 900);
  caseload_cohort_page_set_context (page, fixture->context);
  caseload_cohort_page_open (page, id);
  test_ui_wait_until (page_read, page, TIMEOUT_MS, "the group to be read");
  return page;
}

/* Which column of the grid is @given's. */
static guint
column_of (CaseloadCohort *cohort,
           const char     *given)
{
  GPtrArray *participants = caseload_cohort_get_participants (cohort);

  for (guint i = 0; i < participants->len; i++)
    if (g_str_has_prefix (caseload_cohort_participant_get_person_name (g_ptr_array_index (participants, i)), given))
      return i;
  g_assert_not_reached ();
}

static void
test_page (Fixture       *fixture,
           gconstpointer  user_data)
{
  /* Eleven people from 1 September 2026: twelve sessions held by 22 November. */
  g_autofree char *id = add_cohort (fixture, "Grays, autumn 2026", "2026-09-01", 11);
  CaseloadCohortPage *page = open_page (fixture, id);
  CaseloadCohort *cohort = caseload_cohort_page_get_cohort (page);
  CaseloadAttendanceGrid *grid = caseload_cohort_page_get_grid (page);
  CaseloadChart *chart = caseload_cohort_page_get_chart (page);
  g_autofree char *alternative = NULL;

  g_assert_cmpstr (caseload_cohort_page_get_title (page), ==, "Grays, autumn 2026");
  /* Above 10: warned, in words with an icon. */
  g_assert_nonnull (caseload_cohort_page_get_warning (page));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (page), "11 people"));

  g_assert_cmpuint (caseload_attendance_grid_get_n_sessions (grid), ==, 20);
  g_assert_cmpuint (caseload_attendance_grid_get_n_participants (grid), ==, 11);
  /* groups_ui_add_cohort's pattern: session 1 (row 0), person p is absent when
   * (3p) % 11 is 1 (p = 4) and sends apologies when it is 0 (p = 0); later sessions are to
   * come. */
  g_assert_cmpstr (caseload_attendance_grid_get_cell_text (grid, 0, 1), ==, "Attended");
  g_assert_cmpstr (caseload_attendance_grid_get_cell_text (grid, 0, 0), ==, "Apologies");
  g_assert_cmpstr (caseload_attendance_grid_get_cell_text (grid, 0, 4), ==, "Did not attend");
  g_assert_cmpstr (caseload_attendance_grid_get_cell_text (grid, 19, 0), ==, "To come");
  g_assert_nonnull (strstr (caseload_attendance_grid_get_description (grid), "Did not attend"));
  g_assert_cmpuint (column_of (cohort, "Aisha"), <, 11);

  /* The figures, and each person's attendance rate and BEST change. */
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (page), "12 of 20 sessions held"));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (page), "Mean BEST change"));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (page), "sessions held ("));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (page), "BEST "));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (page), "Tom Harris"));

  /* The BEST trend of the one chosen. */
  caseload_cohort_page_show_trend (page, 1);
  g_assert_cmpuint (caseload_chart_get_n_categories (chart), >, 1);
  alternative = caseload_chart_get_text_alternative (chart);
  g_assert_nonnull (strstr (alternative, "Session 1"));
}

/* ---- The session dialog ---- */

static gboolean
session_refused (gpointer data)
{
  return caseload_session_dialog_get_error (data, "held-on") != NULL;
}

static const char *
error_for (CaseloadSessionDialog *dialog,
           CaseloadCohort        *cohort,
           guint                  index)
{
  CaseloadCohortParticipant *participant = g_ptr_array_index (caseload_cohort_get_participants (cohort), index);
  g_autofree char *field = g_strdup_printf ("attendance:%s", caseload_cohort_participant_get_id (participant));

  return caseload_session_dialog_get_error (dialog, field);
}

static void
test_session (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autofree char *id = add_cohort (fixture, "Grays, winter 2026", "2026-11-24", 3);
  CaseloadCohortPage *page = open_page (fixture, id);
  CaseloadCohort *cohort = caseload_cohort_page_get_cohort (page);
  CaseloadAttendanceGrid *grid = caseload_cohort_page_get_grid (page);
  CaseloadSessionDialog *dialog;
  GtkWidget *date_row;

  g_assert_cmpstr (caseload_attendance_grid_get_cell_text (grid, 0, 0), ==, "To come");

  /* Choosing session 1 in the grid opens it. */
  g_signal_emit_by_name (grid, "session-activated", 1);
  dialog = CASELOAD_SESSION_DIALOG (test_ui_find_window (CASELOAD_TYPE_SESSION_DIALOG, TRUE));
  g_assert_nonnull (dialog);
  date_row = find_entry (GTK_WIDGET (dialog), "Date (dd/mm/yyyy)");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date_row)), ==, "24/11/2026");

  /* A BEST total that is not a number, a score without attendance, a date outside the
   * group's: each beside its field, and what was typed stays. */
  gtk_drop_down_set_selected (caseload_session_dialog_get_status_dropdown (dialog, 0), 1);
  gtk_spin_button_set_value (caseload_session_dialog_get_intensity (dialog, 0), 3);
  gtk_editable_set_text (caseload_session_dialog_get_best (dialog, 0), "forty");
  gtk_editable_set_text (caseload_session_dialog_get_best (dialog, 1), "40");
  gtk_drop_down_set_selected (caseload_session_dialog_get_status_dropdown (dialog, 2), 2);
  gtk_editable_set_text (GTK_EDITABLE (date_row), "01/01/2026");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "session-dialog.save", NULL);
  test_ui_spin (50);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_nonnull (error_for (dialog, cohort, 0));
  g_assert_nonnull (error_for (dialog, cohort, 1));
  g_assert_null (error_for (dialog, cohort, 2));
  g_assert_nonnull (caseload_session_dialog_get_error (dialog, "held-on"));
  g_assert_cmpstr (gtk_editable_get_text (caseload_session_dialog_get_best (dialog, 0)), ==, "forty");

  /* Put right: saved, and the grid shows it once read again. */
  gtk_editable_set_text (caseload_session_dialog_get_best (dialog, 0), "52");
  gtk_drop_down_set_selected (caseload_session_dialog_get_status_dropdown (dialog, 1), 3);
  gtk_editable_set_text (caseload_session_dialog_get_best (dialog, 1), "");
  gtk_editable_set_text (GTK_EDITABLE (date_row), "24/11/2026");
  g_assert_true (test_ui_save (GTK_WIDGET (dialog), "session-dialog.save", session_refused, dialog));
  test_ui_wait_until (page_read, page, TIMEOUT_MS, "the group to be read again");

  grid = caseload_cohort_page_get_grid (page);
  g_assert_cmpstr (caseload_attendance_grid_get_cell_text (grid, 0, 0), ==, "Attended");
  g_assert_cmpstr (caseload_attendance_grid_get_cell_text (grid, 0, 1), ==, "Did not attend");
  g_assert_cmpstr (caseload_attendance_grid_get_cell_text (grid, 0, 2), ==, "Apologies");
}

/* Someone else saved the session meanwhile: said in the banner, nothing saved, nothing
 * typed lost. */
static gboolean
banner_shown (gpointer data)
{
  GtkWidget *banner = test_ui_find_widget (data, is_revealer, NULL);

  return banner != NULL && gtk_revealer_get_reveal_child (GTK_REVEALER (banner));
}

static void
test_session_conflict (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autofree char *id = add_cohort (fixture, "Grays, winter 2026", "2026-11-24", 2);
  g_autoptr(CaseloadCohort) before = read_cohort (fixture, id);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) nobody = g_ptr_array_new_with_free_func (g_object_unref);
  CaseloadCohortPage *page = open_page (fixture, id);
  CaseloadCohortSession *session = g_ptr_array_index (caseload_cohort_get_sessions (before), 0);
  CaseloadSessionDialog *dialog;

  g_signal_emit_by_name (caseload_cohort_page_get_grid (page), "session-activated", 1);
  dialog = CASELOAD_SESSION_DIALOG (test_ui_find_window (CASELOAD_TYPE_SESSION_DIALOG, TRUE));
  g_assert_nonnull (dialog);

  caseload_cohort_session_set_notes (session, "Written by the other facilitator");
  g_assert_true (caseload_store_save_cohort_session (fixture->store.store, fixture->nurse, session, nobody, &error));
  g_assert_no_error (error);

  gtk_drop_down_set_selected (caseload_session_dialog_get_status_dropdown (dialog, 0), 1);
  gtk_editable_set_text (caseload_session_dialog_get_best (dialog, 0), "44");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "session-dialog.save", NULL);
  test_ui_wait_until (banner_shown, dialog, TIMEOUT_MS, "the save to be refused");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpstr (gtk_editable_get_text (caseload_session_dialog_get_best (dialog, 0)), ==, "44");
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (dialog)));
}

/* ---- Adding someone, and leaving ---- */

static gboolean
found_some (gpointer data)
{
  return g_list_model_get_n_items (caseload_cohort_person_dialog_get_found (data)) > 0;
}

static gboolean
person_refused (gpointer data)
{
  return caseload_cohort_person_dialog_get_error (data) != NULL;
}

static gboolean
page_shows_leaver (gpointer data)
{
  return page_read (data) && test_ui_find_label_containing (data, "(left ") != NULL;
}

static void
test_add_and_leave (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autofree char *id = add_cohort (fixture, "Grays, autumn 2026", "2026-09-01", 2);
  CaseloadCohortPage *page = open_page (fixture, id);
  g_autoptr(CaseloadCohort) after = NULL;
  GtkWidget *dialog;
  GtkWindow *confirm;
  CaseloadCohortParticipant *left = NULL;
  GPtrArray *participants;

  /* Someone new, found by name. */
  gtk_widget_activate_action (GTK_WIDGET (page), "cohort-page.add-person", NULL);
  dialog = GTK_WIDGET (test_ui_find_window (CASELOAD_TYPE_COHORT_PERSON_DIALOG, TRUE));
  g_assert_nonnull (dialog);
  caseload_cohort_person_dialog_search (CASELOAD_COHORT_PERSON_DIALOG (dialog), "Grace Hill");
  test_ui_wait_until (found_some, dialog, TIMEOUT_MS, "Grace to be found");
  {
    gboolean closed = FALSE;

    g_signal_connect (dialog, "destroy", G_CALLBACK (test_ui_on_destroyed_cb), &closed);
    caseload_cohort_person_dialog_add (CASELOAD_COHORT_PERSON_DIALOG (dialog), 0);
    test_ui_wait_until (test_ui_flag_set, &closed, TIMEOUT_MS, "Grace to be added");
  }
  test_ui_wait_until (page_read, page, TIMEOUT_MS, "the group to be read again");
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (page), "Grace Hill"));

  /* Someone already in it: said under the search, and the dialog stays. */
  gtk_widget_activate_action (GTK_WIDGET (page), "cohort-page.add-person", NULL);
  dialog = GTK_WIDGET (test_ui_find_window (CASELOAD_TYPE_COHORT_PERSON_DIALOG, TRUE));
  caseload_cohort_person_dialog_search (CASELOAD_COHORT_PERSON_DIALOG (dialog), "Aisha Bello");
  test_ui_wait_until (found_some, dialog, TIMEOUT_MS, "Aisha to be found");
  caseload_cohort_person_dialog_add (CASELOAD_COHORT_PERSON_DIALOG (dialog), 0);
  test_ui_wait_until (person_refused, dialog, TIMEOUT_MS, "the refusal");
  g_assert_true (gtk_widget_get_visible (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* Leaving: asked first, then kept with the date they left. */
  participants = caseload_cohort_get_participants (caseload_cohort_page_get_cohort (page));
  gtk_widget_activate_action (GTK_WIDGET (page), "cohort-page.leave", "s",
                              caseload_cohort_participant_get_id (g_ptr_array_index (participants, 0)));
  confirm = test_ui_find_window (ADW_TYPE_MESSAGE_DIALOG, TRUE);
  g_assert_nonnull (confirm);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (confirm), "leave");
  test_ui_wait_until (page_shows_leaver, page, TIMEOUT_MS, "the page to show who left");

  after = read_cohort (fixture, id);
  participants = caseload_cohort_get_participants (after);
  g_assert_cmpuint (participants->len, ==, 3);
  for (guint i = 0; i < participants->len; i++)
    if (caseload_cohort_participant_get_left_on (g_ptr_array_index (participants, i)) != NULL)
      left = g_ptr_array_index (participants, i);
  g_assert_nonnull (left);
  g_assert_cmpstr (caseload_cohort_participant_get_left_on (left), ==, TODAY);
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (page), "(left "));
}

/* ---- The reinforcement team and its summary ---- */

static gboolean
has_network_row (gpointer data)
{
  return test_ui_find_label_containing (data, "Dee Bello") != NULL;
}

static gboolean
summary_given (gpointer data)
{
  GPtrArray *team = caseload_reinforcers_dialog_get_team (data);

  return team->len > 0 && caseload_reinforcer_get_summary_given_on (g_ptr_array_index (team, 0)) != NULL;
}

static void
test_reinforcers (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autofree char *id = add_cohort (fixture, "Grays, winter 2026", "2026-11-24", 1);
  g_autoptr(CaseloadNetworkMember) sister = caseload_network_member_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadCohort) after = NULL;
  g_autofree char *dir = g_dir_make_tmp ("caseload-stepps-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "summary.pdf", NULL);
  g_autofree char *text = NULL;
  CaseloadCohortPage *page;
  CaseloadCohortParticipant *participant;
  CaseloadReinforcersDialog *dialog;
  GPtrArray *team;
  gboolean closed = FALSE;

  caseload_network_member_set_person_id (sister, caseload_person_get_id (g_ptr_array_index (fixture->people, 0)));
  caseload_network_member_set_name (sister, "Dee Bello");
  caseload_network_member_set_relationship (sister, CASELOAD_RELATIONSHIP_FAMILY);
  g_assert_true (caseload_store_add_network_member (fixture->store.store, fixture->store.gp, sister, &error));
  g_assert_no_error (error);

  page = open_page (fixture, id);
  participant = g_ptr_array_index (caseload_cohort_get_participants (caseload_cohort_page_get_cohort (page)), 0);
  gtk_widget_activate_action (GTK_WIDGET (page), "cohort-page.reinforcers", "s",
                              caseload_cohort_participant_get_id (participant));
  dialog = CASELOAD_REINFORCERS_DIALOG (test_ui_find_window (CASELOAD_TYPE_REINFORCERS_DIALOG, TRUE));
  g_assert_nonnull (dialog);
  test_ui_wait_until (has_network_row, dialog, TIMEOUT_MS, "the person's network");

  /* From their network, and a professional: a role is needed. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "reinforcers-dialog.add-member", "s",
                              caseload_network_member_get_id (sister));
  g_assert_false (caseload_reinforcers_dialog_add_professional (dialog, "Sam Price", ""));
  g_assert_nonnull (caseload_reinforcers_dialog_get_error (dialog, "role"));
  g_assert_true (caseload_reinforcers_dialog_add_professional (dialog, "Sam Price", "Care coordinator"));
  g_assert_null (caseload_reinforcers_dialog_get_error (dialog, "role"));
  team = caseload_reinforcers_dialog_get_team (dialog);
  g_assert_cmpuint (team->len, ==, 2);

  /* The summary for Dee: the skills in plain words, Aisha by her first name only. */
  caseload_reinforcers_dialog_print_to (dialog, 0, pdf);
  test_ui_wait_until (summary_given, dialog, TIMEOUT_MS, "the summary to be printed");
  text = test_ui_pdf_text (pdf);
  if (text != NULL)
    {
      g_assert_nonnull (strstr (text, "Aisha"));
      g_assert_nonnull (strstr (text, "Dee Bello"));
      g_assert_nonnull (strstr (text, "Distracting"));
      g_assert_nonnull (strstr (text, "emotional intensity scale"));
      g_assert_null (strstr (text, "Aisha Bello"));
      g_assert_null (strstr (text, "NHS number"));
    }

  g_signal_connect (dialog, "destroy", G_CALLBACK (test_ui_on_destroyed_cb), &closed);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "reinforcers-dialog.save", NULL);
  test_ui_wait_until (test_ui_flag_set, &closed, TIMEOUT_MS, "the team to be saved");

  after = read_cohort (fixture, id);
  participant = g_ptr_array_index (caseload_cohort_get_participants (after), 0);
  team = caseload_cohort_participant_get_reinforcers (participant);
  g_assert_cmpuint (team->len, ==, 2);
  for (guint i = 0; i < team->len; i++)
    {
      CaseloadReinforcer *reinforcer = g_ptr_array_index (team, i);

      if (caseload_reinforcer_get_professional (reinforcer))
        g_assert_cmpstr (caseload_reinforcer_get_role (reinforcer), ==, "Care coordinator");
      else
        g_assert_cmpstr (caseload_reinforcer_get_summary_given_on (reinforcer), ==, TODAY);
    }

  g_remove (pdf);
  g_rmdir (dir);
}

/* ---- Edit Group… ---- */

static gboolean
edit_refused (gpointer data)
{
  return caseload_cohort_dialog_get_error (data, "n-sessions") != NULL ||
         caseload_cohort_dialog_get_error (data, "facilitators") != NULL;
}

static gboolean
page_titled_edited (gpointer data)
{
  return page_read (data) && g_strcmp0 (caseload_cohort_page_get_title (data), "Grays, winter 2026 (Tuesdays)") == 0;
}

/* Opens Edit Group… from @page and waits for the staff to pick from. */
static GtkWidget *
open_edit (CaseloadCohortPage *page)
{
  GtkWidget *dialog;

  g_assert_true (gtk_widget_get_visible (find_row_button (GTK_WIDGET (page), "_Edit Group…")));
  gtk_widget_activate_action (GTK_WIDGET (page), "cohort-page.edit", NULL);
  dialog = GTK_WIDGET (test_ui_find_window (CASELOAD_TYPE_COHORT_DIALOG, TRUE));
  g_assert_nonnull (dialog);
  test_ui_wait_until (dialog_ready, dialog, TIMEOUT_MS, "the staff to pick from");
  return dialog;
}

static void
test_edit_group (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autofree char *id = add_cohort (fixture, "Grays, winter 2026", "2026-11-24", 2);
  CaseloadCohortPage *page = open_page (fixture, id);
  g_autoptr(CaseloadCohort) saved = NULL;
  GtkWidget *dialog = open_edit (page);
  GPtrArray *sessions;

  /* The form as the group was read. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_entry (dialog, "Name (e.g. Grays, spring 2027)"))), ==,
                   "Grays, winter 2026");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_entry (dialog, "Venue"))), ==, "Grays Community Hall");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_entry (dialog, "First session (dd/mm/yyyy)"))), ==,
                   "24/11/2026");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (find_spin (dialog, "Weekly sessions")), ==, 20);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (find_spin (dialog, "Completion: share of sessions attended (%)")),
                   ==, 75);

  /* Everything the issue lets change, and a third facilitator. */
  gtk_editable_set_text (GTK_EDITABLE (find_entry (dialog, "Name (e.g. Grays, spring 2027)")),
                         "Grays, winter 2026 (Tuesdays)");
  gtk_editable_set_text (GTK_EDITABLE (find_entry (dialog, "Venue")), "Thurrock Mind, Grays");
  gtk_editable_set_text (GTK_EDITABLE (find_entry (dialog, "First session (dd/mm/yyyy)")), "01/12/2026");
  gtk_spin_button_set_value (find_spin (dialog, "Weekly sessions"), 21);
  gtk_spin_button_set_value (find_spin (dialog, "Minutes a session"), 150);
  gtk_spin_button_set_value (find_spin (dialog, "Completion: share of sessions attended (%)"), 80);
  g_assert_true (caseload_cohort_dialog_pick_facilitator (CASELOAD_COHORT_DIALOG (dialog), "Morven Adeyinka"));
  g_assert_true (test_ui_save (dialog, "cohort-dialog.save", edit_refused, dialog));
  test_ui_wait_until (page_titled_edited, page, TIMEOUT_MS, "the page to show the change");

  saved = read_cohort (fixture, id);
  g_assert_cmpstr (caseload_cohort_get_venue (saved), ==, "Thurrock Mind, Grays");
  g_assert_cmpstr (caseload_cohort_get_start_on (saved), ==, "2026-12-01");
  g_assert_cmpint (caseload_cohort_get_n_sessions (saved), ==, 21);
  g_assert_cmpint (caseload_cohort_get_session_minutes (saved), ==, 150);
  g_assert_cmpint (caseload_cohort_get_completion_percent (saved), ==, 80);
  g_assert_cmpuint (caseload_cohort_get_facilitators (saved)->len, ==, 3);
  sessions = caseload_cohort_get_sessions (saved);
  g_assert_cmpuint (sessions->len, ==, 21);
  g_assert_cmpstr (caseload_cohort_session_get_held_on (g_ptr_array_index (sessions, 0)), ==, "2026-12-01");
  /* Shown: the new venue, length and completion share, the third facilitator. */
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (page), "150 minutes · Thurrock Mind, Grays"));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (page), "at least 80% of the 21 sessions"));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (page), "Morven Adeyinka"));
}

static void
test_edit_refused (Fixture       *fixture,
                   gconstpointer  user_data)
{
  /* Twelve sessions with attendance by 22 November. */
  g_autofree char *id = add_cohort (fixture, "Grays, autumn 2026", "2026-09-01", 3);
  g_autoptr(CaseloadCohort) other = read_cohort (fixture, id);
  g_autoptr(CaseloadCohort) after = NULL;
  g_autoptr(GError) error = NULL;
  CaseloadCohortPage *page = open_page (fixture, id);
  GtkWidget *dialog = open_edit (page);
  GtkWidget *name = find_entry (dialog, "Name (e.g. Grays, spring 2027)");
  GtkSpinButton *sessions = find_spin (dialog, "Weekly sessions");
  const char *message;

  /* Fewer sessions than have attendance: the store refuses, beside the number. */
  gtk_editable_set_text (GTK_EDITABLE (name), "Grays, autumn 2026 (short)");
  gtk_spin_button_set_value (sessions, 10);
  g_assert_false (test_ui_save (dialog, "cohort-dialog.save", edit_refused, dialog));
  message = caseload_cohort_dialog_get_error (CASELOAD_COHORT_DIALOG (dialog), "n-sessions");
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "Session 12 already has attendance"));
  g_assert_false (banner_shown (dialog));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Grays, autumn 2026 (short)");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (sessions), ==, 10);

  /* Someone else saved the group meanwhile: a conflict, said so; what was typed stays. */
  caseload_cohort_set_venue (other, "Tilbury Hub");
  g_assert_true (caseload_store_save_cohort (fixture->store.store, fixture->nurse, other, &error));
  g_assert_no_error (error);
  gtk_spin_button_set_value (sessions, 20);
  gtk_widget_activate_action (dialog, "cohort-dialog.save", NULL);
  test_ui_wait_until (banner_shown, dialog, TIMEOUT_MS, "the conflict to be said");
  g_assert_nonnull (test_ui_find_label_containing (dialog, "Someone else changed this group"));
  g_assert_null (caseload_cohort_dialog_get_error (CASELOAD_COHORT_DIALOG (dialog), "n-sessions"));
  g_assert_true (gtk_widget_get_visible (dialog));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Grays, autumn 2026 (short)");

  after = read_cohort (fixture, id);
  g_assert_cmpstr (caseload_cohort_get_name (after), ==, "Grays, autumn 2026");
  g_assert_cmpstr (caseload_cohort_get_venue (after), ==, "Tilbury Hub");
  g_assert_cmpuint (caseload_cohort_get_sessions (after)->len, ==, 20);
}

/* Edit Group… is for the group's facilitators and the team's managers. */
static void
test_edit_who (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autofree char *id = add_cohort (fixture, "Grays, winter 2026", "2026-11-24", 1);
  CaseloadCohortPage *page;

  caseload_context_set_actor (fixture->context, fixture->store.gp);
  page = open_page (fixture, id);
  g_assert_false (gtk_widget_get_visible (find_row_button (GTK_WIDGET (page), "_Edit Group…")));
  gtk_widget_activate_action (GTK_WIDGET (page), "cohort-page.edit", NULL);
  g_assert_null (test_ui_find_window (CASELOAD_TYPE_COHORT_DIALOG, TRUE));
  test_ui_destroy_windows (g_steal_pointer (&fixture->window));

  caseload_context_set_actor (fixture->context, fixture->manager);
  page = open_page (fixture, id);
  g_assert_true (gtk_widget_get_visible (find_row_button (GTK_WIDGET (page), "_Edit Group…")));
}

/* ---- Completion while running, and once finished ---- */

static void
test_on_track (Fixture       *fixture,
               gconstpointer  user_data)
{
  /* Four people, twelve sessions held: Aisha attended 9 (75%: on track), the others 10. */
  g_autofree char *id = add_cohort (fixture, "Grays, autumn 2026", "2026-09-01", 4);
  g_autofree char *finished = NULL;
  g_autofree char *waiting = NULL;
  g_autoptr(CaseloadCohort) cohort = read_cohort (fixture, id);
  g_autoptr(GPtrArray) marks = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  CaseloadCohortSession *second = g_ptr_array_index (caseload_cohort_get_sessions (cohort), 1);
  CaseloadCohortParticipant *aisha = g_ptr_array_index (caseload_cohort_get_participants (cohort),
                                                        column_of (cohort, "Aisha"));
  GPtrArray *attendance = caseload_cohort_get_attendance (cohort);
  CaseloadCohortPage *page;

  page = open_page (fixture, id);
  g_assert_nonnull (test_ui_find_label_containing (
    GTK_WIDGET (page), "4 of 4 on track to complete: attended at least 75% of the sessions held so far"));
  g_assert_null (test_ui_find_label_containing (GTK_WIDGET (page), "people completed"));
  test_ui_destroy_windows (g_steal_pointer (&fixture->window));

  /* Aisha missed session 2 after all: 8 of 12, no longer on track. */
  for (guint i = 0; i < attendance->len; i++)
    {
      CaseloadAttendance *mark = g_ptr_array_index (attendance, i);

      if (g_strcmp0 (caseload_attendance_get_session_id (mark), caseload_cohort_session_get_id (second)) != 0)
        continue;
      if (g_strcmp0 (caseload_attendance_get_participant_id (mark), caseload_cohort_participant_get_id (aisha)) == 0)
        {
          g_assert_cmpint (caseload_attendance_get_status (mark), ==, CASELOAD_ATTENDANCE_ATTENDED);
          caseload_attendance_set_status (mark, CASELOAD_ATTENDANCE_DID_NOT_ATTEND);
        }
      g_ptr_array_add (marks, g_object_ref (mark));
    }
  g_assert_cmpuint (marks->len, ==, 4);
  g_assert_true (caseload_store_save_cohort_session (fixture->store.store, fixture->arrs, second, marks, &error));
  g_assert_no_error (error);
  page = open_page (fixture, id);
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (page), "3 of 4 on track to complete"));
  test_ui_destroy_windows (g_steal_pointer (&fixture->window));

  /* Finished: completion as it ended. */
  finished = groups_ui_add_cohort (fixture->store.store, fixture->arrs, "Tilbury, spring 2026", "2026-03-03", 12,
                                   fixture->arrs, fixture->nurse, fixture->people, TODAY);
  page = open_page (fixture, finished);
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (page), "of 11 people completed ("));
  g_assert_null (test_ui_find_label_containing (GTK_WIDGET (page), "on track"));
  test_ui_destroy_windows (g_steal_pointer (&fixture->window));

  /* Not started: nobody is on track or behind yet. */
  waiting = add_cohort (fixture, "Grays, winter 2026", "2026-11-24", 2);
  page = open_page (fixture, waiting);
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (page), "2 people; no sessions held yet"));
}

/* ---- The window's sidebar ---- */

static gboolean
window_pane_read (gpointer data)
{
  CaseloadWindow *window = data;

  return g_list_model_get_n_items (caseload_groups_pane_get_cohorts (
           CASELOAD_GROUPS_PANE (caseload_window_get_groups_pane (window)))) > 0;
}

static gboolean
window_page_read (gpointer data)
{
  GtkWidget *page = caseload_window_get_cohort_page (data);

  return page != NULL && page_read (page);
}

static gboolean
window_page_shows (gpointer data)
{
  GtkWidget *page = caseload_window_get_cohort_page (data);

  return page != NULL && page_read (page) &&
         g_strcmp0 (caseload_cohort_page_get_title (CASELOAD_COHORT_PAGE (page)), "Corringham, 2027") == 0;
}

static gboolean
window_lists_two (gpointer data)
{
  GtkWidget *pane = caseload_window_get_groups_pane (data);

  return !caseload_groups_pane_get_loading (CASELOAD_GROUPS_PANE (pane)) &&
         g_list_model_get_n_items (caseload_groups_pane_get_cohorts (CASELOAD_GROUPS_PANE (pane))) == 2;
}

static gboolean
page_mapped (gpointer data)
{
  return gtk_widget_get_mapped (caseload_window_get_cohort_page (data));
}

static void
test_window (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autofree char *id = add_cohort (fixture, "Grays, autumn 2026", "2026-09-01", 4);
  CaseloadWindow *window = caseload_window_new (NULL, fixture->context);
  GtkDropDown *chooser;
  GListModel *labels;
  GtkWidget *dialog;
  gboolean has_groups = FALSE;

  fixture->window = g_object_ref (GTK_WINDOW (window));
  gtk_window_present (fixture->window);

  /* Groups is one of the lists, for everyone who sees records. */
  chooser = caseload_window_get_list_chooser (window);
  labels = gtk_drop_down_get_model (chooser);
  for (guint i = 0; i < g_list_model_get_n_items (labels); i++)
    has_groups |= g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (labels), i), "Groups") == 0;
  g_assert_true (has_groups);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-list", "s", "groups");
  test_ui_wait_until (window_pane_read, window, TIMEOUT_MS, "the groups in the sidebar");
  g_assert_cmpstr (caseload_window_get_count_text (window), ==, "1 group");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-cohort", "s", id);
  test_ui_wait_until (window_page_read, window, TIMEOUT_MS, "the group's page");
  test_ui_wait_until (page_mapped, window, TIMEOUT_MS, "the group's page on screen");

  /* New Group… from the sidebar: created, listed and opened. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-cohort", NULL);
  dialog = GTK_WIDGET (test_ui_find_window (CASELOAD_TYPE_COHORT_DIALOG, TRUE));
  g_assert_nonnull (dialog);
  test_ui_wait_until (dialog_ready, dialog, TIMEOUT_MS, "the staff to pick from");
  gtk_editable_set_text (GTK_EDITABLE (find_entry (dialog, "Name (e.g. Grays, spring 2027)")), "Corringham, 2027");
  gtk_editable_set_text (GTK_EDITABLE (find_entry (dialog, "First session (dd/mm/yyyy)")), "05/01/2027");
  g_assert_true (caseload_cohort_dialog_pick_facilitator (CASELOAD_COHORT_DIALOG (dialog), "Tom Harris"));
  g_assert_true (caseload_cohort_dialog_pick_facilitator (CASELOAD_COHORT_DIALOG (dialog), "Ngozi Eze"));
  g_assert_true (test_ui_save (dialog, "cohort-dialog.save", cohort_refused, dialog));
  test_ui_wait_until (window_page_shows, window, TIMEOUT_MS, "the new group's page");
  test_ui_wait_until (window_lists_two, window, TIMEOUT_MS, "the new group in the list");
  g_assert_cmpstr (caseload_window_get_count_text (window), ==, "2 groups");
}

/* A person's Pathways view names their groups; choosing one opens its page. */
static gboolean
person_pathways_read (gpointer data)
{
  CaseloadPersonPage *page = caseload_window_get_person_page (data);
  GtkWidget *view;

  if (page == NULL || caseload_person_page_get_loading (page) || caseload_person_page_get_person (page) == NULL)
    return FALSE;
  view = adw_view_stack_get_child_by_name (caseload_person_page_get_view_stack (page), "pathways");
  return view != NULL && caseload_pathways_view_get_pathways (CASELOAD_PATHWAYS_VIEW (view)) != NULL;
}

static gboolean
window_page_shows_grays (gpointer data)
{
  GtkWidget *page = caseload_window_get_cohort_page (data);

  return page != NULL && page_read (page) && gtk_widget_get_mapped (page) &&
         g_strcmp0 (caseload_cohort_page_get_title (CASELOAD_COHORT_PAGE (page)), "Grays, autumn 2026") == 0;
}

static void
test_from_pathways (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autofree char *id = add_cohort (fixture, "Grays, autumn 2026", "2026-09-01", 2);
  CaseloadWindow *window = caseload_window_new (NULL, fixture->context);
  CaseloadPersonPage *person_page;
  GtkWidget *view;
  GtkWidget *row;

  fixture->window = g_object_ref (GTK_WINDOW (window));
  gtk_window_present (fixture->window);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-person", "s",
                              caseload_person_get_id (g_ptr_array_index (fixture->people, 0)));
  test_ui_wait_until (person_pathways_read, window, TIMEOUT_MS, "the person's pathways");
  person_page = caseload_window_get_person_page (window);
  caseload_person_page_set_view (person_page, "pathways");
  view = adw_view_stack_get_child_by_name (caseload_person_page_get_view_stack (person_page), "pathways");

  row = find_row_titled (view, "Grays, autumn 2026");
  g_assert_nonnull (row);
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (row)), ==, "win.open-cohort");
  gtk_widget_activate (row);
  test_ui_wait_until (window_page_shows_grays, window, TIMEOUT_MS, "the group's page");
  g_assert_cmpstr (caseload_cohort_get_id (caseload_cohort_page_get_cohort (
                     CASELOAD_COHORT_PAGE (caseload_window_get_cohort_page (window)))), ==, id);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/groups/list", Fixture, NULL, fixture_setup, test_list, fixture_teardown);
  g_test_add ("/ui/groups/new-group", Fixture, NULL, fixture_setup, test_new_group, fixture_teardown);
  g_test_add ("/ui/groups/page", Fixture, NULL, fixture_setup, test_page, fixture_teardown);
  g_test_add ("/ui/groups/session", Fixture, NULL, fixture_setup, test_session, fixture_teardown);
  g_test_add ("/ui/groups/session-conflict", Fixture, NULL, fixture_setup, test_session_conflict, fixture_teardown);
  g_test_add ("/ui/groups/add-and-leave", Fixture, NULL, fixture_setup, test_add_and_leave, fixture_teardown);
  g_test_add ("/ui/groups/reinforcers", Fixture, NULL, fixture_setup, test_reinforcers, fixture_teardown);
  g_test_add ("/ui/groups/edit-group", Fixture, NULL, fixture_setup, test_edit_group, fixture_teardown);
  g_test_add ("/ui/groups/edit-refused", Fixture, NULL, fixture_setup, test_edit_refused, fixture_teardown);
  g_test_add ("/ui/groups/edit-who", Fixture, NULL, fixture_setup, test_edit_who, fixture_teardown);
  g_test_add ("/ui/groups/on-track", Fixture, NULL, fixture_setup, test_on_track, fixture_teardown);
  g_test_add ("/ui/groups/window", Fixture, NULL, fixture_setup, test_window, fixture_teardown);
  g_test_add ("/ui/groups/from-pathways", Fixture, NULL, fixture_setup, test_from_pathways, fixture_teardown);

  return g_test_run ();
}
