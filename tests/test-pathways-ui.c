/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Pathways through their real widgets, headless: the store fixture (a fixed clock at
 * 2026-11-22 10:00 UTC, a GP practice and Mind), a person the GP added, the person page's
 * Pathways view in a plain window and the forms it opens, filled in as a worker would. */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "caseload-core.h"
#include "caseload-housing-status-change.h"
#include "caseload-pathway-dialog.h"
#include "caseload-pathways-view.h"
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
  CaseloadPathwaysView *view;
  guint                 n_changed;
} Fixture;

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
  fixture->view = CASELOAD_PATHWAYS_VIEW (adw_view_stack_get_child_by_name (caseload_person_page_get_view_stack (fixture->page),
                                                                            "pathways"));
  g_assert_nonnull (fixture->view);
  g_signal_connect_swapped (fixture->view, "changed", G_CALLBACK (on_changed_cb), fixture);

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
         caseload_person_page_get_person (fixture->page) != NULL &&
         caseload_pathways_view_get_pathways (fixture->view) != NULL;
}

static void
open_page (Fixture *fixture)
{
  caseload_person_page_open (fixture->page, caseload_person_get_id (fixture->person));
  test_ui_wait_until (record_open, fixture, TIMEOUT_MS, "the person page to open");
  caseload_person_page_set_view (fixture->page, "pathways");
  g_assert_cmpstr (caseload_person_page_get_view (fixture->page), ==, "pathways");
}

static GtkWidget *
overview (Fixture *fixture)
{
  return adw_view_stack_get_child_by_name (caseload_person_page_get_view_stack (fixture->page), "overview");
}

/* The fixture's clock at @hour o'clock UTC on 22 November 2026 (past 23: the next days). */
static void
set_clock (Fixture *fixture,
           int      hour)
{
  g_autoptr(GDateTime) day = g_date_time_new_utc (2026, 11, 22, 0, 0, 0);
  g_autoptr(GDateTime) now = g_date_time_add_hours (day, hour);

  caseload_clock_set_fixed (fixture->store.clock, now);
}

static gboolean
dialog_ready (gpointer data)
{
  return caseload_pathway_dialog_get_ready (data);
}

/* Opens a form with one of the view's actions (@target: the record's id, or NULL) and
 * waits for its choices. */
static CaseloadPathwayDialog *
open_form (Fixture    *fixture,
           const char *action,
           const char *target)
{
  CaseloadPathwayDialog *dialog;

  if (target != NULL)
    gtk_widget_activate_action (GTK_WIDGET (fixture->view), action, "s", target);
  else
    gtk_widget_activate_action (GTK_WIDGET (fixture->view), action, NULL);
  dialog = caseload_pathways_view_get_dialog (fixture->view);
  g_assert_nonnull (dialog);
  test_ui_wait_until (dialog_ready, dialog, TIMEOUT_MS, "the form's choices");

  return dialog;
}

static void
type (CaseloadPathwayDialog *dialog,
      const char            *field,
      const char            *text)
{
  GtkWidget *row = caseload_pathway_dialog_get_field (dialog, field);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

typedef struct {
  Fixture               *fixture;
  CaseloadPathwayDialog *dialog;
  const char            *field;
  guint                  n_changed;
  gboolean               destroyed;
} SaveWait;

static gboolean
save_answered (gpointer data)
{
  SaveWait *wait = data;

  if (wait->destroyed)
    return wait->fixture->n_changed > wait->n_changed && record_open (wait->fixture);

  /* Refused: the problem shows beside the field (or, for the store's, in the banner). */
  return caseload_pathway_dialog_get_error (wait->dialog, wait->field) != NULL;
}

/* The form closed and the page read the record again, whatever it found. */
static gboolean
saved_and_read (gpointer data)
{
  SaveWait *wait = data;

  return wait->destroyed && wait->fixture->n_changed > wait->n_changed &&
         !caseload_person_page_get_loading (wait->fixture->page);
}

/* Saves: TRUE when the form closed and the page read the record again, FALSE when it
 * refused with a problem for @field (NULL: the banner). */
static gboolean
save (Fixture               *fixture,
      CaseloadPathwayDialog *dialog,
      const char            *field)
{
  SaveWait wait = { fixture, dialog, field, fixture->n_changed, FALSE };
  gulong handler;

  handler = g_signal_connect (dialog, "destroy", G_CALLBACK (test_ui_on_destroyed_cb), &wait.destroyed);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "pathway-dialog.save", NULL);
  test_ui_wait_until (save_answered, &wait, TIMEOUT_MS, "the save to be answered");
  if (!wait.destroyed)
    g_signal_handler_disconnect (dialog, handler);

  return wait.destroyed;
}

static void
save_ok (Fixture               *fixture,
         CaseloadPathwayDialog *dialog)
{
  g_assert_true (save (fixture, dialog, "nothing-wrong"));
}

static CaseloadPathways *
pathways (Fixture *fixture)
{
  return caseload_pathways_view_get_pathways (fixture->view);
}

/* Sends a housing referral on @sent_on to the organisation named with @organisation
 * (NULL: the form's own choice) through the form; its id. */
static char *
send_housing (Fixture    *fixture,
              const char *organisation,
              const char *sent_on)
{
  CaseloadPathwayDialog *dialog = open_form (fixture, "pathways-view.send-housing", NULL);
  CaseloadHousingReferral *referral;

  if (organisation != NULL)
    test_ui_choose (caseload_pathway_dialog_get_field (dialog, "organisation-id"), organisation);
  type (dialog, "sent-on", sent_on);
  save_ok (fixture, dialog);
  g_assert_cmpuint (pathways (fixture)->housing_referrals->len, ==, 1);
  referral = g_ptr_array_index (pathways (fixture)->housing_referrals, 0);
  g_assert_cmpint (caseload_housing_referral_get_status (referral), ==, CASELOAD_HOUSING_SENT);

  return g_strdup (caseload_housing_referral_get_id (referral));
}

/* Refers to IPS on @referred_on through the form; the referral's id. */
static char *
refer_ips (Fixture    *fixture,
           const char *referred_on)
{
  CaseloadPathwayDialog *dialog = open_form (fixture, "pathways-view.refer-ips", NULL);

  type (dialog, "referred-on", referred_on);
  save_ok (fixture, dialog);
  g_assert_cmpuint (pathways (fixture)->ips_referrals->len, ==, 1);

  return g_strdup (caseload_ips_referral_get_id (g_ptr_array_index (pathways (fixture)->ips_referrals, 0)));
}

/* The job start form of referral @id, filled in. */
static CaseloadPathwayDialog *
job_form (Fixture    *fixture,
          const char *id,
          const char *employer,
          const char *role,
          const char *hours,
          const char *started_on)
{
  CaseloadPathwayDialog *dialog = open_form (fixture, "pathways-view.add-job", id);

  type (dialog, "employer", employer);
  type (dialog, "role", role);
  type (dialog, "hours-per-week", hours);
  type (dialog, "started-on", started_on);

  return dialog;
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  user_data)
{
  open_page (fixture);

  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (fixture->view), "No Open Dialogue episode"));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (fixture->view), "No IPS referral"));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (fixture->view), "No housing referral"));
  /* Nothing active: no badges on the Overview. */
  g_assert_false (gtk_widget_is_visible (test_ui_find_label_containing (overview (fixture), "Show Pathways")));
}

/* An episode from a crisis contact, its clock running; a meeting with no one there is
 * refused beside who could have been there, nothing lost; one without the core team is
 * warned about, saved, and flagged; the clock is met. */
static void
test_open_dialogue (Fixture       *fixture,
                    gconstpointer  user_data)
{
  CaseloadPathwayDialog *dialog;
  CaseloadOdEpisode *episode;
  CaseloadOdMeeting *meeting;
  GtkCheckButton *gp, *worker;
  g_autofree char *episode_id = NULL;

  open_page (fixture);

  dialog = open_form (fixture, "pathways-view.start-episode", NULL);
  /* No referral yet: a crisis contact, and the GP who opened it in the core team. */
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (caseload_pathway_dialog_get_field (dialog, "start-kind"))),
                    ==, CASELOAD_OD_START_CRISIS_CONTACT);
  g_assert_true (gtk_check_button_get_active (caseload_pathway_dialog_find_check (dialog,
                                              caseload_staff_get_display_name (fixture->store.gp))));
  type (dialog, "contact-at", "not a time");
  g_assert_false (save (fixture, dialog, "contact-at"));
  type (dialog, "contact-at", "22/11/2026 06:00");
  save_ok (fixture, dialog);

  g_assert_cmpuint (pathways (fixture)->od_episodes->len, ==, 1);
  episode = g_ptr_array_index (pathways (fixture)->od_episodes, 0);
  episode_id = g_strdup (caseload_od_episode_get_id (episode));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (fixture->view), "First meeting due in 20 hours"));
  /* The Overview's badge says so too, with its icon. */
  g_assert_true (gtk_widget_is_visible (test_ui_find_label_containing (overview (fixture), "Show Pathways")));
  g_assert_nonnull (test_ui_find_label_containing (overview (fixture), "First meeting due in 20 hours"));

  /* The clock counts on while shown: three hours later, and a day after the contact. */
  set_clock (fixture, 13);
  caseload_pathways_view_tick (fixture->view);
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (fixture->view), "First meeting due in 17 hours"));
  set_clock (fixture, 31);
  caseload_pathways_view_tick (fixture->view);
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (fixture->view), "First meeting overdue by 1 hour"));
  g_assert_null (test_ui_find_label_containing (GTK_WIDGET (fixture->view), "First meeting due in"));
  set_clock (fixture, 10);

  dialog = open_form (fixture, "pathways-view.record-meeting", episode_id);
  gp = caseload_pathway_dialog_find_check (dialog, caseload_staff_get_display_name (fixture->store.gp));
  worker = caseload_pathway_dialog_find_check (dialog, caseload_staff_get_display_name (fixture->store.worker));
  g_assert_nonnull (gp);
  g_assert_nonnull (worker);
  g_assert_true (gtk_check_button_get_active (gp));
  gtk_check_button_set_active (gp, FALSE);
  gtk_switch_set_active (g_object_get_data (G_OBJECT (caseload_pathway_dialog_get_field (dialog, "person-present")),
                                            "switch"), FALSE);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (g_object_get_data (G_OBJECT (caseload_pathway_dialog_get_field (dialog, "notes")),
                                                                         "text-view")),
                            "We will meet again on Friday at home.", -1);
  g_assert_false (save (fixture, dialog, "attendees"));
  g_assert_nonnull (caseload_pathway_dialog_get_warning (dialog));

  /* Nothing typed was lost; someone named on the spot, and a worker outside the core team. */
  gtk_check_button_set_active (worker, TRUE);
  type (dialog, "new-member", "Sam (neighbour)");
  g_signal_emit_by_name (caseload_pathway_dialog_get_field (dialog, "new-member"), "entry-activated");
  g_assert_nonnull (caseload_pathway_dialog_find_check (dialog, "Sam (neighbour)"));
  g_assert_true (gtk_check_button_get_active (caseload_pathway_dialog_find_check (dialog, "Sam (neighbour)")));
  g_assert_nonnull (caseload_pathway_dialog_get_warning (dialog));
  save_ok (fixture, dialog);

  episode = g_ptr_array_index (pathways (fixture)->od_episodes, 0);
  g_assert_cmpuint (caseload_od_episode_get_meetings (episode)->len, ==, 1);
  meeting = g_ptr_array_index (caseload_od_episode_get_meetings (episode), 0);
  g_assert_cmpstr (caseload_od_meeting_get_notes (meeting), ==, "We will meet again on Friday at home.");
  g_assert_cmpuint (caseload_od_meeting_get_members (meeting)->len, ==, 1);
  g_assert_null (caseload_network_member_get_id (g_ptr_array_index (caseload_od_meeting_get_members (meeting), 0)));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (fixture->view), "None of the core team"));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (fixture->view), "Met in 4 hours"));

  /* The meeting changed afterwards: who was there is kept, what was decided added. */
  dialog = open_form (fixture, "pathways-view.change-meeting", caseload_od_meeting_get_id (meeting));
  g_assert_true (gtk_check_button_get_active (caseload_pathway_dialog_find_check (dialog, "Sam (neighbour)")));
  g_assert_false (gtk_check_button_get_active (caseload_pathway_dialog_find_check (dialog,
                                               caseload_staff_get_display_name (fixture->store.gp))));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (g_object_get_data (G_OBJECT (caseload_pathway_dialog_get_field (dialog, "decisions")),
                                                                         "text-view")),
                            "Rosa chooses who comes next time.", -1);
  save_ok (fixture, dialog);
  episode = g_ptr_array_index (pathways (fixture)->od_episodes, 0);
  g_assert_cmpuint (caseload_od_episode_get_meetings (episode)->len, ==, 1);
  meeting = g_ptr_array_index (caseload_od_episode_get_meetings (episode), 0);
  g_assert_cmpstr (caseload_od_meeting_get_decisions (meeting), ==, "Rosa chooses who comes next time.");
  g_assert_cmpuint (caseload_od_meeting_get_members (meeting)->len, ==, 1);
  g_assert_cmpuint (caseload_od_meeting_get_practitioners (meeting)->len, ==, 1);

  /* The episode ends, its core team and meetings kept; no badge for it after. */
  dialog = open_form (fixture, "pathways-view.end-episode", episode_id);
  type (dialog, "ended-on", "01/12/2026");
  g_assert_false (save (fixture, dialog, "ended-on"));
  type (dialog, "ended-on", "22/11/2026");
  save_ok (fixture, dialog);
  episode = g_ptr_array_index (pathways (fixture)->od_episodes, 0);
  g_assert_cmpstr (caseload_od_episode_get_ended_on (episode), ==, "2026-11-22");
  g_assert_cmpuint (caseload_od_episode_get_core_team (episode)->len, ==, 1);
  g_assert_cmpuint (caseload_od_episode_get_meetings (episode)->len, ==, 1);
  g_assert_false (gtk_widget_is_visible (test_ui_find_label_containing (overview (fixture), "Show Pathways")));
}

/* An episode started from the person's referral: the referral is offered, and needed. */
static void
test_episode_from_referral (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autoptr(CaseloadReferral) referral = caseload_referral_new ();
  g_autoptr(GError) error = NULL;
  CaseloadPathwayDialog *dialog;
  GtkWidget *referral_row;
  CaseloadOdEpisode *episode;

  caseload_referral_set_person_id (referral, caseload_person_get_id (fixture->person));
  caseload_referral_set_source (referral, CASELOAD_REFERRAL_SOURCE_GP);
  caseload_referral_set_received_at (referral, "2026-11-22T08:30:00Z");
  caseload_referral_set_reason (referral, "Asked for help for the whole family, urgently.");
  caseload_referral_set_urgency (referral, CASELOAD_URGENCY_URGENT);
  caseload_referral_set_person_agreed (referral, TRUE);
  g_assert_true (caseload_store_create_referral (fixture->store.store, fixture->store.gp, referral, &error));
  g_assert_no_error (error);

  open_page (fixture);
  dialog = open_form (fixture, "pathways-view.start-episode", NULL);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (caseload_pathway_dialog_get_field (dialog, "start-kind"))),
                    ==, CASELOAD_OD_START_REFERRAL);
  referral_row = caseload_pathway_dialog_get_field (dialog, "referral-id");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (referral_row)), ==, 1);
  adw_combo_row_set_selected (ADW_COMBO_ROW (referral_row), 0);
  type (dialog, "contact-at", "22/11/2026 09:00");
  g_assert_false (save (fixture, dialog, "referral-id"));
  adw_combo_row_set_selected (ADW_COMBO_ROW (referral_row), 1);
  save_ok (fixture, dialog);

  episode = g_ptr_array_index (pathways (fixture)->od_episodes, 0);
  g_assert_cmpstr (caseload_od_episode_get_referral_id (episode), ==, caseload_referral_get_id (referral));
  g_assert_cmpint (caseload_od_episode_get_start_kind (episode), ==, CASELOAD_OD_START_REFERRAL);
  g_assert_nonnull (test_ui_find_label_containing (overview (fixture), "First meeting due in 23 hours"));
}

/* A housing referral sent, moved on, then back without a reason (refused beside the
 * reason, nothing lost) and with one; the history keeps every step. */
static void
test_housing (Fixture       *fixture,
              gconstpointer  user_data)
{
  CaseloadPathwayDialog *dialog;
  CaseloadHousingReferral *referral;
  g_autofree char *id = NULL;

  open_page (fixture);
  id = send_housing (fixture, NULL, "01/11/2026");

  dialog = open_form (fixture, "pathways-view.update-housing", id);
  adw_combo_row_set_selected (ADW_COMBO_ROW (caseload_pathway_dialog_get_field (dialog, "status")), CASELOAD_HOUSING_OFFERED);
  type (dialog, "status-on", "10/11/2026");
  save_ok (fixture, dialog);

  dialog = open_form (fixture, "pathways-view.update-housing", id);
  adw_combo_row_set_selected (ADW_COMBO_ROW (caseload_pathway_dialog_get_field (dialog, "status")), CASELOAD_HOUSING_ASSESSED);
  type (dialog, "status-on", "12/11/2026");
  g_assert_false (save (fixture, dialog, "reason"));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (caseload_pathway_dialog_get_field (dialog, "status"))),
                    ==, CASELOAD_HOUSING_ASSESSED);
  type (dialog, "reason", "The offer was withdrawn by the landlord");
  save_ok (fixture, dialog);

  referral = g_ptr_array_index (pathways (fixture)->housing_referrals, 0);
  g_assert_cmpint (caseload_housing_referral_get_status (referral), ==, CASELOAD_HOUSING_ASSESSED);
  g_assert_cmpuint (caseload_housing_referral_get_history (referral)->len, ==, 3);
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (fixture->view), "Went back"));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (fixture->view), "The offer was withdrawn"));
}

/* Sent to Housing Solutions, whose housing officer then sees the person and updates the
 * status in Caseload itself; closed with an outcome, and reopened by the practice. */
static void
test_housing_officer (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(CaseloadOrganisation) housing = caseload_organisation_new ();
  g_autoptr(CaseloadStaff) officer = NULL;
  g_autoptr(GError) error = NULL;
  CaseloadPathwayDialog *dialog;
  CaseloadHousingReferral *referral;
  g_autofree char *id = NULL;

  caseload_organisation_set_name (housing, "Thurrock Housing Solutions");
  caseload_organisation_set_kind (housing, CASELOAD_ORGANISATION_HOUSING);
  g_assert_true (caseload_store_save_organisation (fixture->store.store, housing, &error));
  g_assert_no_error (error);
  officer = test_new_staff (&fixture->store, "Kieran Walsh", "kieran.walsh", CASELOAD_ROLE_HOUSING_OFFICER, housing);

  open_page (fixture);
  id = send_housing (fixture, "Housing Solutions", "02/11/2026");
  referral = g_ptr_array_index (pathways (fixture)->housing_referrals, 0);
  g_assert_cmpstr (caseload_housing_referral_get_organisation_id (referral), ==, caseload_organisation_get_id (housing));

  /* The housing officer at the desk. */
  caseload_context_set_actor (fixture->context, officer);
  caseload_person_page_reload (fixture->page);
  test_ui_wait_until (record_open, fixture, TIMEOUT_MS, "the record to be read for the officer");
  test_ui_spin (100);
  test_ui_wait_until (record_open, fixture, TIMEOUT_MS, "the record to be read for the officer");
  g_assert_true (caseload_person_page_get_may_add (fixture->page));

  dialog = open_form (fixture, "pathways-view.update-housing", id);
  adw_combo_row_set_selected (ADW_COMBO_ROW (caseload_pathway_dialog_get_field (dialog, "status")), CASELOAD_HOUSING_CLOSED);
  g_assert_true (gtk_widget_get_visible (caseload_pathway_dialog_get_field (dialog, "outcome")));
  g_assert_false (save (fixture, dialog, "outcome"));
  test_ui_choose (caseload_pathway_dialog_get_field (dialog, "outcome"), "new home");
  {
    SaveWait wait = { fixture, dialog, NULL, fixture->n_changed, FALSE };

    g_signal_connect (dialog, "destroy", G_CALLBACK (test_ui_on_destroyed_cb), &wait.destroyed);
    gtk_widget_activate_action (GTK_WIDGET (dialog), "pathway-dialog.save", NULL);
    test_ui_wait_until (saved_and_read, &wait, TIMEOUT_MS, "the officer's save");
  }
  /* Closed: the relationship ends with it, and the record with it for the officer. */
  g_assert_null (caseload_person_page_get_person (fixture->page));

  /* The practice reopens it with a reason. */
  caseload_context_set_actor (fixture->context, fixture->store.gp);
  caseload_person_page_open (fixture->page, caseload_person_get_id (fixture->person));
  test_ui_wait_until (record_open, fixture, TIMEOUT_MS, "the record to be read for the GP");
  referral = g_ptr_array_index (pathways (fixture)->housing_referrals, 0);
  g_assert_cmpint (caseload_housing_referral_get_status (referral), ==, CASELOAD_HOUSING_CLOSED);
  g_assert_cmpstr (caseload_housing_status_change_get_changed_by_name (
                     g_ptr_array_index (caseload_housing_referral_get_history (referral), 1)), ==, "Kieran Walsh");

  dialog = open_form (fixture, "pathways-view.update-housing", id);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (caseload_pathway_dialog_get_field (dialog, "status"))),
                    ==, CASELOAD_HOUSING_SENT);
  g_assert_false (save (fixture, dialog, "reason"));
  type (dialog, "reason", "The new tenancy fell through");
  save_ok (fixture, dialog);
  referral = g_ptr_array_index (pathways (fixture)->housing_referrals, 0);
  g_assert_cmpint (caseload_housing_referral_get_status (referral), ==, CASELOAD_HOUSING_SENT);
  g_assert_cmpuint (caseload_housing_referral_get_history (referral)->len, ==, 3);
}

/* Referred to IPS; a job start before the referral is refused beside its date; a job
 * saved; the stage follows. */
static void
test_ips (Fixture       *fixture,
          gconstpointer  user_data)
{
  CaseloadPathwayDialog *dialog;
  CaseloadIpsReferral *referral;
  g_autofree char *id = NULL;

  open_page (fixture);
  id = refer_ips (fixture, "02/11/2026");
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (fixture->view), "IPS: "));

  dialog = job_form (fixture, id, "Lakeside Garden Centre", "Plant care assistant", "16", "01/10/2026");
  g_assert_false (save (fixture, dialog, "started-on"));
  type (dialog, "started-on", "16/11/2026");
  save_ok (fixture, dialog);

  referral = g_ptr_array_index (pathways (fixture)->ips_referrals, 0);
  g_assert_cmpuint (caseload_ips_referral_get_jobs (referral)->len, ==, 1);
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (fixture->view), "Plant care assistant at Lakeside"));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (fixture->view), "IPS: In work"));
  g_assert_null (test_ui_find_label_containing (GTK_WIDGET (fixture->view), "Under 4 hours"));

  /* The job ends: a date needs a reason, and the reason is kept. */
  referral = g_ptr_array_index (pathways (fixture)->ips_referrals, 0);
  dialog = open_form (fixture, "pathways-view.change-job",
                      caseload_ips_job_get_id (g_ptr_array_index (caseload_ips_referral_get_jobs (referral), 0)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (caseload_pathway_dialog_get_field (dialog, "role"))), ==,
                   "Plant care assistant");
  type (dialog, "ended-on", "20/11/2026");
  g_assert_false (save (fixture, dialog, "end-reason"));
  test_ui_choose (caseload_pathway_dialog_get_field (dialog, "end-reason"), "Health reasons");
  save_ok (fixture, dialog);
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (fixture->view), "Ended 20 Nov 2026: Health reasons"));
  g_assert_null (test_ui_find_label_containing (GTK_WIDGET (fixture->view), "IPS: In work"));
}

/* The journey's dates and benefits advice, an employer contact, a job of 3 hours (not a
 * job start), and closing, which needs a reason. */
static void
test_ips_journey (Fixture       *fixture,
                  gconstpointer  user_data)
{
  CaseloadPathwayDialog *dialog;
  CaseloadIpsReferral *referral;
  g_autofree char *id = NULL;

  open_page (fixture);

  dialog = open_form (fixture, "pathways-view.refer-ips", NULL);
  /* Zero exclusion: wanting to work is the one thing asked. */
  gtk_switch_set_active (g_object_get_data (G_OBJECT (caseload_pathway_dialog_get_field (dialog, "wants-work")), "switch"),
                         FALSE);
  type (dialog, "referred-on", "02/11/2026");
  g_assert_false (save (fixture, dialog, "wants-work"));
  gtk_switch_set_active (g_object_get_data (G_OBJECT (caseload_pathway_dialog_get_field (dialog, "wants-work")), "switch"),
                         TRUE);
  save_ok (fixture, dialog);
  referral = g_ptr_array_index (pathways (fixture)->ips_referrals, 0);
  id = g_strdup (caseload_ips_referral_get_id (referral));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (fixture->view), "IPS: Referred"));

  dialog = open_form (fixture, "pathways-view.update-ips", id);
  type (dialog, "engaged-on", "05/11/2026");
  gtk_switch_set_active (g_object_get_data (G_OBJECT (caseload_pathway_dialog_get_field (dialog, "benefits-advice")), "switch"),
                         TRUE);
  g_assert_false (save (fixture, dialog, "benefits-advice-on"));
  type (dialog, "benefits-advice-on", "06/11/2026");
  save_ok (fixture, dialog);
  referral = g_ptr_array_index (pathways (fixture)->ips_referrals, 0);
  g_assert_cmpstr (caseload_ips_referral_get_engaged_on (referral), ==, "2026-11-05");
  g_assert_true (caseload_ips_referral_get_benefits_advice (referral));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (fixture->view), "IPS: Engaged"));

  dialog = open_form (fixture, "pathways-view.add-contact", id);
  type (dialog, "employer", "Grays Library");
  type (dialog, "contacted-on", "10/11/2026");
  save_ok (fixture, dialog);
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (fixture->view), "IPS: Job search"));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (fixture->view), "Grays Library · 10 Nov 2026"));

  dialog = job_form (fixture, id, "Grays Library", "Shelver", "three", "16/11/2026");
  g_assert_false (save (fixture, dialog, "hours-per-week"));
  type (dialog, "hours-per-week", "3");
  save_ok (fixture, dialog);
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (fixture->view), "Under 4 hours"));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (fixture->view), "IPS: Job search"));

  dialog = open_form (fixture, "pathways-view.close-ips", id);
  g_assert_false (save (fixture, dialog, "close-reason"));
  type (dialog, "close-reason", "Moved out of the area");
  save_ok (fixture, dialog);
  referral = g_ptr_array_index (pathways (fixture)->ips_referrals, 0);
  g_assert_cmpstr (caseload_ips_referral_get_closed_on (referral), ==, "2026-11-22");
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (fixture->view), "Moved out of the area"));
  /* Closed: nothing more to add to it. */
  g_assert_null (caseload_pathways_view_get_dialog (fixture->view));
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "pathways-view.add-contact", "s", id);
  g_assert_null (caseload_pathways_view_get_dialog (fixture->view));
}

/* A change of accommodation shows on the Overview, with its icon when not settled. */
static void
test_accommodation (Fixture       *fixture,
                    gconstpointer  user_data)
{
  CaseloadPathwayDialog *dialog;

  open_page (fixture);

  dialog = open_form (fixture, "pathways-view.record-accommodation", NULL);
  adw_combo_row_set_selected (ADW_COMBO_ROW (caseload_pathway_dialog_get_field (dialog, "status")),
                              CASELOAD_ACCOMMODATION_TEMPORARY);
  type (dialog, "from-on", "30/11/2026");
  g_assert_false (save (fixture, dialog, "from-on"));
  type (dialog, "from-on", "20/11/2026");
  save_ok (fixture, dialog);

  g_assert_cmpuint (pathways (fixture)->accommodation->len, ==, 1);
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (fixture->view), "Now: Temporary"));
  g_assert_nonnull (test_ui_find_label_containing (overview (fixture), "Temporary since 20 Nov 2026"));

  /* Closing a form with something typed asks first; an untouched one just closes. */
  dialog = open_form (fixture, "pathways-view.record-accommodation", NULL);
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_null (caseload_pathways_view_get_dialog (fixture->view));
  dialog = open_form (fixture, "pathways-view.record-accommodation", NULL);
  type (dialog, "note", "Staying with her sister");
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_true (caseload_pathways_view_get_dialog (fixture->view) == dialog);
  g_assert_nonnull (test_ui_find_window (ADW_TYPE_MESSAGE_DIALOG, TRUE));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/pathways/empty", Fixture, NULL, fixture_setup, test_empty, fixture_teardown);
  g_test_add ("/ui/pathways/open-dialogue", Fixture, NULL, fixture_setup, test_open_dialogue, fixture_teardown);
  g_test_add ("/ui/pathways/episode-from-referral", Fixture, NULL, fixture_setup, test_episode_from_referral,
              fixture_teardown);
  g_test_add ("/ui/pathways/housing", Fixture, NULL, fixture_setup, test_housing, fixture_teardown);
  g_test_add ("/ui/pathways/housing-officer", Fixture, NULL, fixture_setup, test_housing_officer, fixture_teardown);
  g_test_add ("/ui/pathways/ips", Fixture, NULL, fixture_setup, test_ips, fixture_teardown);
  g_test_add ("/ui/pathways/ips-journey", Fixture, NULL, fixture_setup, test_ips_journey, fixture_teardown);
  g_test_add ("/ui/pathways/accommodation", Fixture, NULL, fixture_setup, test_accommodation, fixture_teardown);

  return g_test_run ();
}
