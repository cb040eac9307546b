/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Referrals through their real widgets, headless: the store fixture (a fixed clock at
 * 2026-11-22 10:00 UTC, a GP practice and Mind), a person the GP added, the person page
 * in a plain window and the dialogs it opens, filled in as a clinician would. */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "caseload-core.h"
#include "caseload-person-page.h"
#include "caseload-preferences-window.h"
#include "caseload-referral-card.h"
#include "caseload-referral-dialog.h"
#include "caseload-validate-referral.h"
#include "test-ui-util.h"
#include "test-util.h"

#define TIMEOUT_MS 20000

typedef struct {
  TestStore           store;
  CaseloadContext    *context;
  CaseloadPerson     *person;
  CaseloadStaff      *manager;
  GtkWindow          *window;
  CaseloadPersonPage *page;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  test_store_setup (&fixture->store, user_data);
  fixture->person = test_add_person (&fixture->store, "Rosa", "Lindqvist", NULL);

  fixture->manager = caseload_staff_new ();
  caseload_staff_set_display_name (fixture->manager, "Morven Adeyinka");
  caseload_staff_set_role (fixture->manager, "Team manager");
  caseload_staff_set_access_role (fixture->manager, CASELOAD_ROLE_TEAM_MANAGER);
  caseload_staff_set_username (fixture->manager, "morven.adeyinka");
  caseload_staff_set_organisation_id (fixture->manager, caseload_organisation_get_id (fixture->store.practice));
  g_assert_true (caseload_store_save_staff (fixture->store.store, NULL, fixture->manager, &error));
  g_assert_no_error (error);

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
  g_clear_object (&fixture->manager);
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
  caseload_person_page_set_view (fixture->page, "referrals");
}

/* A referral received two days before the fixed clock, as the GP made it. */
static CaseloadReferral *
add_referral (Fixture  *fixture,
              gboolean  accept)
{
  g_autoptr(CaseloadReferral) referral = caseload_referral_new ();
  g_autoptr(GError) error = NULL;

  caseload_referral_set_person_id (referral, caseload_person_get_id (fixture->person));
  caseload_referral_set_source (referral, CASELOAD_REFERRAL_SOURCE_GP);
  caseload_referral_set_received_at (referral, "2026-11-20T09:00:00Z");
  caseload_referral_set_reason (referral, "Low mood since losing her job; not sleeping.");
  caseload_referral_set_urgency (referral, CASELOAD_URGENCY_ROUTINE);
  caseload_referral_set_person_agreed (referral, TRUE);
  g_assert_true (caseload_store_create_referral (fixture->store.store, fixture->store.gp, referral, &error));
  g_assert_no_error (error);

  if (accept)
    {
      caseload_referral_set_triage_outcome (referral, CASELOAD_TRIAGE_ACCEPT);
      caseload_referral_set_decided_by (referral, caseload_staff_get_id (fixture->store.gp));
      caseload_referral_set_decided_on (referral, "2026-11-21");
      g_assert_true (caseload_store_triage_referral (fixture->store.store, fixture->store.gp, referral, &error));
      g_assert_no_error (error);
    }

  return caseload_store_get_referral (fixture->store.store, fixture->store.gp,
                                      caseload_referral_get_id (referral), &error);
}

static CaseloadReferral *
read_referral (Fixture          *fixture,
               CaseloadReferral *referral)
{
  g_autoptr(GError) error = NULL;
  CaseloadReferral *read;

  read = caseload_store_get_referral (fixture->store.store, fixture->store.gp,
                                      caseload_referral_get_id (referral), &error);
  g_assert_no_error (error);

  return read;
}

static gboolean
dialog_idle (gpointer data)
{
  return !caseload_referral_dialog_get_busy (data);
}

/* Fires the card's button for @kind on @referral and returns the dialog it opens. */
static CaseloadReferralDialog *
open_dialog_on (Fixture                    *fixture,
                CaseloadReferralDialogKind  kind,
                CaseloadReferral           *referral,
                const char                 *subject_id)
{
  CaseloadReferralDialog *dialog;

  if (kind == CASELOAD_REFERRAL_DIALOG_NEW)
    gtk_widget_activate_action (GTK_WIDGET (fixture->page), "person-page.new-referral", NULL);
  else
    gtk_widget_activate_action (GTK_WIDGET (fixture->page), "person-page.referral", "(iss)",
                                (gint32) kind, caseload_referral_get_id (referral),
                                subject_id != NULL ? subject_id : "");

  dialog = CASELOAD_REFERRAL_DIALOG (test_ui_find_window (CASELOAD_TYPE_REFERRAL_DIALOG, TRUE));
  g_assert_nonnull (dialog);
  g_assert_cmpint (caseload_referral_dialog_get_kind (dialog), ==, kind);
  test_ui_wait_until (dialog_idle, dialog, TIMEOUT_MS, "the dialog to be ready");

  return dialog;
}

static CaseloadReferralDialog *
open_dialog (Fixture                    *fixture,
             CaseloadReferralDialogKind  kind,
             CaseloadReferral           *referral)
{
  return open_dialog_on (fixture, kind, referral, NULL);
}

static void
set_field (CaseloadReferralDialog *dialog,
           const char             *field,
           const char             *text)
{
  GtkWidget *widget = caseload_referral_dialog_get_field (dialog, field);

  g_assert_nonnull (widget);
  if (GTK_IS_TEXT_VIEW (widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text);
}

static void
choose (CaseloadReferralDialog *dialog,
        const char             *field,
        const char             *text)
{
  test_ui_choose (caseload_referral_dialog_get_field (dialog, field), text);
}

typedef struct {
  CaseloadReferralDialog *dialog;
  const char             *field;
} SaveWait;

static gboolean
save_refused (gpointer data)
{
  SaveWait *wait = data;

  return !caseload_referral_dialog_get_busy (wait->dialog) &&
         caseload_referral_dialog_get_error (wait->dialog, wait->field) != NULL;
}

/* Saves; TRUE when the dialog closed, FALSE when it showed a problem for @field. */
static gboolean
save (CaseloadReferralDialog *dialog,
      const char             *field)
{
  SaveWait wait = { dialog, field };

  return test_ui_save (GTK_WIDGET (dialog), "referral-dialog.save", save_refused, &wait);
}

static gboolean
card_count_is_one (gpointer data)
{
  Fixture *fixture = data;
  GtkWidget *found = NULL;
  GtkWidget *stack;

  if (caseload_person_page_get_loading (fixture->page))
    return FALSE;

  stack = GTK_WIDGET (caseload_person_page_get_view_stack (fixture->page));
  found = test_ui_find_label_containing (stack, "Low mood since losing her job");
  return found != NULL;
}

/* A new referral through the dialog: the card shows it, with its clock in words. */
static void
test_create (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(GPtrArray) referrals = NULL;
  g_autoptr(GError) error = NULL;
  CaseloadReferralDialog *dialog;
  CaseloadReferral *referral;

  open_page (fixture);
  dialog = open_dialog (fixture, CASELOAD_REFERRAL_DIALOG_NEW, NULL);

  /* Nothing answered about agreement, and no reason: refused, each beside its field. */
  set_field (dialog, "received-at", "21/11/2026 09:30");
  g_assert_false (save (dialog, "person-agreed"));
  g_assert_nonnull (caseload_referral_dialog_get_error (dialog, "person-agreed"));
  g_assert_nonnull (caseload_referral_dialog_get_error (dialog, "reason"));

  choose (dialog, "source", "GP");
  set_field (dialog, "source-detail", "Dr Amara Okonkwo");
  set_field (dialog, "reason", "Low mood since losing her job; not sleeping.");
  choose (dialog, "urgency", "Urgent");
  caseload_referral_dialog_set_agreed (dialog, TRUE);
  g_assert_true (save (dialog, "reason"));

  referrals = caseload_store_list_referrals (fixture->store.store, fixture->store.gp,
                                             caseload_person_get_id (fixture->person), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (referrals->len, ==, 1);
  referral = g_ptr_array_index (referrals, 0);
  g_assert_cmpstr (caseload_referral_get_received_at (referral), ==, "2026-11-21T09:30:00Z");
  g_assert_cmpint (caseload_referral_get_urgency (referral), ==, CASELOAD_URGENCY_URGENT);
  g_assert_true (caseload_referral_get_person_agreed (referral));
  g_assert_cmpint (caseload_referral_get_status (referral), ==, CASELOAD_REFERRAL_STATUS_AWAITING_TRIAGE);

  test_ui_wait_until (card_count_is_one, fixture, TIMEOUT_MS, "the referral card");
  /* Urgent, received a day ago: 24 hours to first contact, long breached. */
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (fixture->page), "Breached"));
}

/* First contact before the referral was received: the message beside the field, and
 * nothing saved. */
static void
test_out_of_order (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(CaseloadReferral) referral = add_referral (fixture, TRUE);
  g_autoptr(CaseloadReferral) after = NULL;
  CaseloadReferralDialog *dialog;

  open_page (fixture);
  dialog = open_dialog (fixture, CASELOAD_REFERRAL_DIALOG_STEPS, referral);

  set_field (dialog, "first-contact-at", "19/11/2026 10:00");
  g_assert_false (save (dialog, "first-contact-at"));
  g_assert_nonnull (caseload_referral_dialog_get_error (dialog, "first-contact-at"));
  g_assert_true (gtk_widget_has_css_class (caseload_referral_dialog_get_field (dialog, "first-contact-at"), "error"));

  after = read_referral (fixture, referral);
  g_assert_null (caseload_referral_get_first_contact_at (after));
  g_assert_cmpint (caseload_referral_get_version (after), ==, caseload_referral_get_version (referral));

  /* Put right, it saves. */
  set_field (dialog, "first-contact-at", "21/11/2026 10:00");
  g_assert_true (save (dialog, "first-contact-at"));
  g_clear_object (&after);
  after = read_referral (fixture, referral);
  g_assert_cmpstr (caseload_referral_get_first_contact_at (after), ==, "2026-11-21T10:00:00Z");
}

/* Triage with a signpost: where, and who decided (the signed-in GP by default). */
static void
test_triage_signpost (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(CaseloadReferral) referral = add_referral (fixture, FALSE);
  g_autoptr(CaseloadReferral) after = NULL;
  CaseloadReferralDialog *dialog;

  open_page (fixture);
  dialog = open_dialog (fixture, CASELOAD_REFERRAL_DIALOG_TRIAGE, referral);

  choose (dialog, "triage-outcome", "Signpost");
  choose (dialog, "signpost", caseload_signpost_label (CASELOAD_SIGNPOST_TALKING_THERAPIES));
  /* No destination: the core's words beside it. */
  g_assert_false (save (dialog, "destination"));

  set_field (dialog, "destination", "Thurrock Talking Therapies");
  g_assert_true (save (dialog, "destination"));

  after = read_referral (fixture, referral);
  g_assert_cmpint (caseload_referral_get_status (after), ==, CASELOAD_REFERRAL_STATUS_SIGNPOSTED);
  g_assert_cmpint (caseload_referral_get_signpost (after), ==, CASELOAD_SIGNPOST_TALKING_THERAPIES);
  g_assert_cmpstr (caseload_referral_get_destination (after), ==, "Thurrock Talking Therapies");
  g_assert_cmpstr (caseload_referral_get_decided_by (after), ==, caseload_staff_get_id (fixture->store.gp));
  g_assert_cmpstr (caseload_referral_get_decided_on (after), ==, "2026-11-22");
}

/* A worker from another organisation, with a role. */
static void
test_allocate (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autoptr(CaseloadReferral) referral = add_referral (fixture, TRUE);
  g_autoptr(GPtrArray) allocations = NULL;
  g_autoptr(GError) error = NULL;
  CaseloadReferralDialog *dialog;
  CaseloadAllocation *allocation;

  open_page (fixture);
  dialog = open_dialog (fixture, CASELOAD_REFERRAL_DIALOG_ALLOCATE, referral);

  /* Never assumed: no worker chosen is refused beside the field. */
  g_assert_false (save (dialog, "staff-id"));

  choose (dialog, "staff-id", "Jordan Reeves");
  choose (dialog, "role", caseload_case_role_label (CASELOAD_CASE_ROLE_PEER_SUPPORT));
  g_assert_true (save (dialog, "staff-id"));

  allocations = caseload_store_list_allocations (fixture->store.store, fixture->store.gp,
                                                 caseload_referral_get_id (referral), FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (allocations->len, ==, 1);
  allocation = g_ptr_array_index (allocations, 0);
  g_assert_cmpstr (caseload_allocation_get_staff_id (allocation), ==, caseload_staff_get_id (fixture->store.worker));
  g_assert_cmpint (caseload_allocation_get_role (allocation), ==, CASELOAD_CASE_ROLE_PEER_SUPPORT);
  g_assert_cmpstr (caseload_allocation_get_started_on (allocation), ==, "2026-11-22");
}

/* A transfer needs a destination: refused without one, nothing saved; then made. */
static void
test_transfer (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autoptr(CaseloadReferral) referral = add_referral (fixture, TRUE);
  g_autoptr(CaseloadReferral) after = NULL;
  CaseloadReferralDialog *dialog;

  open_page (fixture);
  dialog = open_dialog (fixture, CASELOAD_REFERRAL_DIALOG_TRANSFER, referral);
  g_assert_null (test_ui_find_label_containing (GTK_WIDGET (dialog), "ischarge"));

  choose (dialog, "transfer-kind", caseload_transfer_kind_label (CASELOAD_TRANSFER_TO_ANOTHER_SERVICE));
  set_field (dialog, "transfer-summary", "Settled with the talking therapies group; agreed to move on.");
  g_assert_false (save (dialog, "transfer-destination"));
  g_assert_nonnull (caseload_referral_dialog_get_error (dialog, "transfer-destination"));

  after = read_referral (fixture, referral);
  g_assert_cmpint (caseload_referral_get_status (after), ==, CASELOAD_REFERRAL_STATUS_ACCEPTED);
  g_clear_object (&after);

  set_field (dialog, "transfer-destination", "Thurrock Talking Therapies");
  g_assert_true (save (dialog, "transfer-destination"));

  after = read_referral (fixture, referral);
  g_assert_cmpint (caseload_referral_get_status (after), ==, CASELOAD_REFERRAL_STATUS_TRANSFERRED);
  g_assert_cmpstr (caseload_referral_get_transfer_destination (after), ==, "Thurrock Talking Therapies");
}

typedef struct {
  Fixture    *fixture;
  const char *text;
} LabelWait;

static gboolean
label_shown (gpointer data)
{
  LabelWait *wait = data;

  return !caseload_person_page_get_loading (wait->fixture->page) &&
         test_ui_find_label_containing (GTK_WIDGET (wait->fixture->page), wait->text) != NULL;
}

/* The clock paused for a recorded reason says so in words; resumed, it counts again. */
static void
test_pause_resume (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(CaseloadReferral) referral = add_referral (fixture, TRUE);
  g_autoptr(GPtrArray) pauses = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *paused = g_strdup_printf ("Paused: %s", caseload_pause_reason_label (CASELOAD_PAUSE_IN_HOSPITAL));
  LabelWait wait = { fixture, paused };
  CaseloadReferralDialog *dialog;

  open_page (fixture);
  dialog = open_dialog (fixture, CASELOAD_REFERRAL_DIALOG_PAUSE, referral);
  choose (dialog, "reason", caseload_pause_reason_label (CASELOAD_PAUSE_IN_HOSPITAL));
  /* Before the referral was received: refused beside the field. */
  set_field (dialog, "started-at", "19/11/2026 08:00");
  g_assert_false (save (dialog, "started-at"));
  set_field (dialog, "started-at", "21/11/2026 08:00");
  g_assert_true (save (dialog, "started-at"));
  test_ui_wait_until (label_shown, &wait, TIMEOUT_MS, "the clock to say it is paused");

  pauses = caseload_store_list_clock_pauses (fixture->store.store, fixture->store.gp,
                                             caseload_referral_get_id (referral), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pauses->len, ==, 1);

  dialog = open_dialog_on (fixture, CASELOAD_REFERRAL_DIALOG_RESUME, referral,
                           caseload_clock_pause_get_id (g_ptr_array_index (pauses, 0)));
  g_assert_true (save (dialog, "ended-at"));
  g_clear_pointer (&pauses, g_ptr_array_unref);
  pauses = caseload_store_list_clock_pauses (fixture->store.store, fixture->store.gp,
                                             caseload_referral_get_id (referral), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (caseload_clock_pause_get_ended_at (g_ptr_array_index (pauses, 0)), ==, "2026-11-22T10:00:00Z");
}

/* Reallocation ends one allocation and starts the next; the history keeps both. */
static void
test_reallocate (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(CaseloadReferral) referral = add_referral (fixture, TRUE);
  g_autoptr(CaseloadAllocation) first = caseload_allocation_new ();
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;
  CaseloadReferralDialog *dialog;
  guint n_ended = 0;

  caseload_allocation_set_referral_id (first, caseload_referral_get_id (referral));
  caseload_allocation_set_person_id (first, caseload_person_get_id (fixture->person));
  caseload_allocation_set_staff_id (first, caseload_staff_get_id (fixture->store.worker));
  caseload_allocation_set_role (first, CASELOAD_CASE_ROLE_KEY_WORKER);
  caseload_allocation_set_started_on (first, "2026-11-21");
  g_assert_true (caseload_store_allocate (fixture->store.store, fixture->store.gp, first, &error));
  g_assert_no_error (error);

  open_page (fixture);
  dialog = open_dialog_on (fixture, CASELOAD_REFERRAL_DIALOG_REALLOCATE, referral, caseload_allocation_get_id (first));
  choose (dialog, "staff-id", "Morven Adeyinka");
  g_assert_true (save (dialog, "staff-id"));

  history = caseload_store_list_allocations (fixture->store.store, fixture->store.gp,
                                             caseload_referral_get_id (referral), TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 2);
  for (guint i = 0; i < history->len; i++)
    {
      CaseloadAllocation *allocation = g_ptr_array_index (history, i);

      if (caseload_allocation_get_ended_on (allocation) != NULL)
        {
          n_ended++;
          g_assert_cmpstr (caseload_allocation_get_staff_id (allocation), ==, caseload_staff_get_id (fixture->store.worker));
        }
      else
        g_assert_cmpint (caseload_allocation_get_role (allocation), ==, CASELOAD_CASE_ROLE_KEY_WORKER);
    }
  g_assert_cmpuint (n_ended, ==, 1);
}

static gboolean
standard_shown (gpointer data)
{
  return caseload_wait_standard_group_get_standard (data) != NULL &&
         !caseload_wait_standard_group_get_busy (data);
}

/* Waiting times: a warning as long as the target is refused beside it and nothing is
 * saved; a good one is saved. Notifications follow the desk's settings. */
static void
test_wait_times (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.pcnmh.Caseload");
  g_autoptr(GPtrArray) standards = NULL;
  g_autoptr(GError) error = NULL;
  CaseloadPreferencesWindow *window;
  CaseloadWaitStandardGroup *group;
  int target;

  caseload_context_set_actor (fixture->context, fixture->manager);
  window = caseload_preferences_window_new (fixture->window, settings, NULL);
  caseload_preferences_window_set_context (window, fixture->context);
  gtk_window_present (GTK_WINDOW (window));

  group = caseload_preferences_window_get_wait_standard_group (window, CASELOAD_URGENCY_ROUTINE);
  test_ui_wait_until (standard_shown, group, TIMEOUT_MS, "the routine standard");
  target = caseload_wait_standard_get_target (caseload_wait_standard_group_get_standard (group));

  gtk_spin_button_set_value (caseload_wait_standard_group_get_spin (group, "warn"), target);
  gtk_widget_activate_action (GTK_WIDGET (group), "wait-standard.save", NULL);
  g_assert_nonnull (caseload_wait_standard_group_get_error (group, "warn"));
  g_assert_false (caseload_wait_standard_group_get_busy (group));

  gtk_spin_button_set_value (caseload_wait_standard_group_get_spin (group, "warn"), 5);
  gtk_widget_activate_action (GTK_WIDGET (group), "wait-standard.save", NULL);
  g_assert_null (caseload_wait_standard_group_get_error (group, "warn"));
  test_ui_wait_until (standard_shown, group, TIMEOUT_MS, "the standard to be saved");
  test_ui_spin (300);

  standards = caseload_store_list_wait_standards (fixture->store.store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < standards->len; i++)
    if (caseload_wait_standard_get_urgency (g_ptr_array_index (standards, i)) == CASELOAD_URGENCY_ROUTINE)
      g_assert_cmpint (caseload_wait_standard_get_warn (g_ptr_array_index (standards, i)), ==, 5);

  /* The switches are the settings, both ways. */
  {
    GtkWidget *label = test_ui_find_label_containing (GTK_WIDGET (window), "Tasks due");
    GtkWidget *row = gtk_widget_get_ancestor (label, ADW_TYPE_ACTION_ROW);
    GtkSwitch *tasks = GTK_SWITCH (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row)));

    g_settings_set_boolean (settings, "notify-tasks-due", FALSE);
    g_assert_false (gtk_switch_get_active (tasks));
    gtk_switch_set_active (tasks, TRUE);
    g_assert_true (g_settings_get_boolean (settings, "notify-tasks-due"));
  }
}

static gboolean
thresholds_idle (gpointer data)
{
  return !caseload_thresholds_page_get_busy (data);
}

static CaseloadThresholdsPage *
open_thresholds (Fixture       *fixture,
                 CaseloadStaff *actor)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.pcnmh.Caseload");
  CaseloadPreferencesWindow *window;
  CaseloadThresholdsPage *page;

  caseload_context_set_actor (fixture->context, actor);
  window = caseload_preferences_window_new (fixture->window, settings, NULL);
  caseload_preferences_window_set_context (window, fixture->context);
  gtk_window_present (GTK_WINDOW (window));

  page = caseload_preferences_window_get_thresholds_page (window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (page)));
  test_ui_wait_until (thresholds_idle, page, TIMEOUT_MS, "the thresholds to be read");

  return page;
}

/* Someone who is not a team manager reads the thresholds and can change nothing; a team
 * manager's refused criterion shows beside it and saves nothing. */
static void
test_thresholds (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *too_long = g_strnfill (CASELOAD_MAX_THRESHOLD_TEXT + 1, 'x');
  CaseloadThresholdsPage *page;
  GtkEditable *entry;
  guint n_refused = 0;
  guint n;

  before = caseload_store_list_thresholds (fixture->store.store, &error);
  g_assert_no_error (error);

  page = open_thresholds (fixture, fixture->store.gp);
  g_assert_false (caseload_thresholds_page_get_editable (page));
  g_assert_cmpuint (caseload_thresholds_page_get_n_items (page), ==, before->len);
  g_assert_null (caseload_thresholds_page_add (page, CASELOAD_TRIAGE_ACCEPT));
  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (page))));

  page = open_thresholds (fixture, fixture->manager);
  g_assert_true (caseload_thresholds_page_get_editable (page));
  n = caseload_thresholds_page_get_n_items (page);
  entry = caseload_thresholds_page_add (page, CASELOAD_TRIAGE_SIGNPOST);
  gtk_editable_set_text (entry, too_long);
  gtk_widget_activate_action (GTK_WIDGET (page), "thresholds.save", NULL);
  g_assert_nonnull (caseload_thresholds_page_get_error (page, -1));

  /* Beside the new criterion only. */
  for (guint i = 0; i <= n; i++)
    if (caseload_thresholds_page_get_error (page, (int) i) != NULL)
      n_refused++;
  g_assert_cmpuint (n_refused, ==, 1);

  after = caseload_store_list_thresholds (fixture->store.store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after->len, ==, before->len);

  gtk_editable_set_text (entry, "Low mood or anxiety that talking therapies can help with");
  gtk_widget_activate_action (GTK_WIDGET (page), "thresholds.save", NULL);
  test_ui_wait_until (thresholds_idle, page, TIMEOUT_MS, "the thresholds to be saved");
  g_assert_null (caseload_thresholds_page_get_error (page, -1));
  g_clear_pointer (&after, g_ptr_array_unref);
  after = caseload_store_list_thresholds (fixture->store.store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after->len, ==, before->len + 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/referrals/create", Fixture, NULL, fixture_setup, test_create, fixture_teardown);
  g_test_add ("/ui/referrals/out-of-order", Fixture, NULL, fixture_setup, test_out_of_order, fixture_teardown);
  g_test_add ("/ui/referrals/triage-signpost", Fixture, NULL, fixture_setup, test_triage_signpost, fixture_teardown);
  g_test_add ("/ui/referrals/allocate", Fixture, NULL, fixture_setup, test_allocate, fixture_teardown);
  g_test_add ("/ui/referrals/transfer", Fixture, NULL, fixture_setup, test_transfer, fixture_teardown);
  g_test_add ("/ui/referrals/pause-resume", Fixture, NULL, fixture_setup, test_pause_resume, fixture_teardown);
  g_test_add ("/ui/referrals/reallocate", Fixture, NULL, fixture_setup, test_reallocate, fixture_teardown);
  g_test_add ("/ui/referrals/wait-times", Fixture, NULL, fixture_setup, test_wait_times, fixture_teardown);
  g_test_add ("/ui/referrals/thresholds", Fixture, NULL, fixture_setup, test_thresholds, fixture_teardown);

  return g_test_run ();
}
