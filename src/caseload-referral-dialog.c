/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-referral-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-discard.h"
#include "caseload-field-error-row.h"
#include "caseload-form.h"
#include "caseload-format.h"
#include "caseload-referral-dialog.h"
#include "caseload-validate-referral.h"
#include "caseload-worker.h"

struct _CaseloadReferralDialog
{
  AdwWindow                   parent_instance;

  /* Owned */
  CaseloadContext            *context;
  CaseloadPerson             *person;
  CaseloadReferral           *referral;   /* as shown on the page; never changed here */
  GObject                    *subject;    /* the pause or allocation acted on */
  CaseloadReferralDialogKind  kind;
  GPtrArray                  *staff;      /* CaseloadStaff offered, in the order shown */
  GCancellable               *cancellable;
  guint                       loading : 1;
  guint                       saving : 1;
  guint                       saved : 1;
  guint                       n_thresholds;

  /* Template children */
  AdwWindowTitle             *window_title;
  GtkWidget                  *save_button;
  GtkRevealer                *banner_revealer;
  GtkLabel                   *banner_label;
  GtkStack                   *kind_stack;
  AdwClamp                   *clamp;
  AdwPreferencesGroup        *summary_group;
  GtkLabel                   *summary_received_label;
  GtkLabel                   *summary_source_label;
  GtkLabel                   *summary_urgency_label;
  GtkLabel                   *summary_reason_label;
  GtkLabel                   *summary_subject_label;
  /* New referral */
  AdwComboRow                *source_row;
  GtkStringList              *source_names;
  AdwEntryRow                *source_detail_row;
  AdwEntryRow                *received_row;
  AdwComboRow                *urgency_row;
  GtkStringList              *urgency_names;
  GtkToggleButton            *agreed_yes;
  GtkToggleButton            *agreed_no;
  AdwActionRow               *agreed_row;
  GtkTextView                *reason_view;
  GtkTextView                *attachments_view;
  /* Triage */
  AdwPreferencesGroup        *thresholds_group;
  AdwComboRow                *outcome_row;
  GtkStringList              *outcome_names;
  AdwComboRow                *signpost_row;
  GtkStringList              *signpost_names;
  AdwEntryRow                *destination_row;
  AdwEntryRow                *triage_reason_row;
  AdwComboRow                *decided_by_row;
  GtkStringList              *decided_by_names;
  AdwEntryRow                *decided_on_row;
  /* Steps */
  AdwEntryRow                *first_contact_row;
  AdwEntryRow                *assessment_row;
  AdwEntryRow                *help_started_row;
  AdwComboRow                *help_kind_row;
  GtkStringList              *help_kind_names;
  AdwEntryRow                *next_review_row;
  /* Pause and resume */
  AdwComboRow                *pause_reason_row;
  GtkStringList              *pause_reason_names;
  AdwEntryRow                *pause_started_row;
  AdwEntryRow                *pause_note_row;
  AdwEntryRow                *pause_ended_row;
  /* Allocation */
  AdwPreferencesGroup        *allocate_group;
  AdwComboRow                *worker_row;
  GtkStringList              *worker_names;
  AdwComboRow                *role_row;
  GtkStringList              *role_names;
  AdwEntryRow                *started_on_row;
  AdwEntryRow                *ended_on_row;
  AdwEntryRow                *end_reason_row;
  /* Transfer */
  AdwComboRow                *transfer_kind_row;
  GtkStringList              *transfer_kind_names;
  AdwEntryRow                *transfer_destination_row;
  AdwEntryRow                *transferred_on_row;
  GtkTextView                *summary_view;
};

/* What the form needs from the store before it can be filled in. */
typedef struct {
  GPtrArray *staff;
  GPtrArray *thresholds;
} Lists;

typedef struct {
  CaseloadStore              *store;
  gboolean                    with_thresholds;
} ListsCall;

typedef struct {
  CaseloadStore              *store;
  CaseloadStaff              *actor;
  CaseloadReferralDialogKind  kind;
  GObject                    *object;
  GObject                    *next;      /* the new allocation, for a reallocation */
} SaveCall;

G_DEFINE_FINAL_TYPE (CaseloadReferralDialog, caseload_referral_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static const struct {
  const char *page;
  const char *title;
} kinds[] = {
  [CASELOAD_REFERRAL_DIALOG_NEW]            = { "new",            N_("New Referral") },
  [CASELOAD_REFERRAL_DIALOG_TRIAGE]         = { "triage",         N_("Triage") },
  [CASELOAD_REFERRAL_DIALOG_STEPS]          = { "steps",          N_("Record Steps") },
  [CASELOAD_REFERRAL_DIALOG_PAUSE]          = { "pause",          N_("Pause the Clock") },
  [CASELOAD_REFERRAL_DIALOG_RESUME]         = { "resume",         N_("Resume the Clock") },
  [CASELOAD_REFERRAL_DIALOG_ALLOCATE]       = { "allocate",       N_("Allocate a Worker") },
  [CASELOAD_REFERRAL_DIALOG_END_ALLOCATION] = { "end-allocation", N_("End Allocation") },
  [CASELOAD_REFERRAL_DIALOG_REALLOCATE]     = { "allocate",       N_("Reallocate") },
  [CASELOAD_REFERRAL_DIALOG_TRANSFER]       = { "transfer",       N_("Transfer") },
};

/* The triage outcomes as offered, with the words a clinician uses for them. */
static const struct {
  CaseloadTriageOutcome outcome;
  const char           *label;
} outcomes[] = {
  { CASELOAD_TRIAGE_ACCEPT,   N_("Accept into the PCN team") },
  { CASELOAD_TRIAGE_SIGNPOST, N_("Signpost elsewhere") },
  { CASELOAD_TRIAGE_REFER_ON, N_("Refer on to EPUT secondary care") },
  { CASELOAD_TRIAGE_DECLINE,  N_("Decline") },
};

static void
lists_free (Lists *lists)
{
  g_clear_pointer (&lists->staff, g_ptr_array_unref);
  g_clear_pointer (&lists->thresholds, g_ptr_array_unref);
  g_free (lists);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Lists, lists_free)

static void
lists_call_free (ListsCall *call)
{
  g_clear_object (&call->store);
  g_free (call);
}

static void
save_call_free (SaveCall *call)
{
  g_clear_object (&call->store);
  g_clear_object (&call->actor);
  g_clear_object (&call->object);
  g_clear_object (&call->next);
  g_free (call);
}

static gpointer
lists_thread (gpointer       data,
              GCancellable  *cancellable,
              GError       **error)
{
  ListsCall *call = data;
  g_autoptr(Lists) lists = g_new0 (Lists, 1);

  lists->staff = caseload_store_list_staff (call->store, error);
  if (lists->staff == NULL)
    return NULL;

  if (call->with_thresholds)
    {
      lists->thresholds = caseload_store_list_thresholds (call->store, error);
      if (lists->thresholds == NULL)
        return NULL;
    }

  return g_steal_pointer (&lists);
}

static gpointer
save_thread (gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  SaveCall *call = data;
  gboolean ok = FALSE;

  switch (call->kind)
    {
    case CASELOAD_REFERRAL_DIALOG_NEW:
      ok = caseload_store_create_referral (call->store, call->actor, CASELOAD_REFERRAL (call->object), error);
      break;
    case CASELOAD_REFERRAL_DIALOG_TRIAGE:
      ok = caseload_store_triage_referral (call->store, call->actor, CASELOAD_REFERRAL (call->object), error);
      break;
    case CASELOAD_REFERRAL_DIALOG_STEPS:
      ok = caseload_store_update_referral (call->store, call->actor, CASELOAD_REFERRAL (call->object), error);
      break;
    case CASELOAD_REFERRAL_DIALOG_PAUSE:
      ok = caseload_store_start_clock_pause (call->store, call->actor, CASELOAD_CLOCK_PAUSE (call->object), error);
      break;
    case CASELOAD_REFERRAL_DIALOG_RESUME:
      ok = caseload_store_end_clock_pause (call->store, call->actor, CASELOAD_CLOCK_PAUSE (call->object), error);
      break;
    case CASELOAD_REFERRAL_DIALOG_ALLOCATE:
      ok = caseload_store_allocate (call->store, call->actor, CASELOAD_ALLOCATION (call->object), error);
      break;
    case CASELOAD_REFERRAL_DIALOG_END_ALLOCATION:
      ok = caseload_store_end_allocation (call->store, call->actor, CASELOAD_ALLOCATION (call->object), error);
      break;
    case CASELOAD_REFERRAL_DIALOG_REALLOCATE:
      ok = caseload_store_reallocate (call->store, call->actor, CASELOAD_ALLOCATION (call->object),
                                      CASELOAD_ALLOCATION (call->next), error);
      break;
    case CASELOAD_REFERRAL_DIALOG_TRANSFER:
      ok = caseload_store_transfer_referral (call->store, call->actor, CASELOAD_REFERRAL (call->object), error);
      break;
    default:
      g_assert_not_reached ();
    }

  return ok ? CASELOAD_WORKER_DONE : NULL;
}

/* A private copy of a record read from the store, so a refused save leaves what the
 * page shows as it was. */
static gpointer
copy_record (gpointer record)
{
  g_autofree GParamSpec **pspecs = NULL;
  GObject *copy;
  guint n_pspecs;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (record), &n_pspecs);
  copy = g_object_new (G_OBJECT_TYPE (record), NULL);

  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if ((pspecs[i]->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE ||
          (pspecs[i]->flags & G_PARAM_CONSTRUCT_ONLY) != 0)
        continue;

      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (record, pspecs[i]->name, &value);
      g_object_set_property (copy, pspecs[i]->name, &value);
    }

  return copy;
}

static gboolean
is_empty (const char *text)
{
  return text == NULL || *text == '\0';
}

static void
show_banner (CaseloadReferralDialog *self,
             const char             *message)
{
  gtk_label_set_text (self->banner_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->banner_revealer, message != NULL);
}

static GtkWidget *
get_page (CaseloadReferralDialog *self)
{
  return gtk_stack_get_visible_child (self->kind_stack);
}

static void
update_save_action (CaseloadReferralDialog *self)
{
  gboolean busy = self->loading || self->saving;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "referral-dialog.save", !busy && !self->saved);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "window.close", !self->saving);
  gtk_button_set_label (GTK_BUTTON (self->save_button), self->saving ? _("Saving…") : _("_Save"));
}

static CaseloadStaff *
get_chosen_staff (CaseloadReferralDialog *self,
                  AdwComboRow            *row)
{
  guint selected = adw_combo_row_get_selected (row);

  if (self->staff == NULL || selected >= self->staff->len)
    return NULL;

  return g_ptr_array_index (self->staff, selected);
}

/* What the chosen outcome needs: where for a signpost or a referral on, why for a
 * decline. */
static void
update_outcome_fields (CaseloadReferralDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->outcome_row);
  CaseloadTriageOutcome outcome = selected < G_N_ELEMENTS (outcomes) ? outcomes[selected].outcome
                                                                     : CASELOAD_TRIAGE_ACCEPT;
  gboolean chosen = selected < G_N_ELEMENTS (outcomes);

  gtk_widget_set_visible (GTK_WIDGET (self->signpost_row), chosen && outcome == CASELOAD_TRIAGE_SIGNPOST);
  gtk_widget_set_visible (GTK_WIDGET (self->destination_row),
                          chosen && (outcome == CASELOAD_TRIAGE_SIGNPOST || outcome == CASELOAD_TRIAGE_REFER_ON));
  gtk_widget_set_visible (GTK_WIDGET (self->triage_reason_row), chosen && outcome == CASELOAD_TRIAGE_DECLINE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->destination_row),
                                 outcome == CASELOAD_TRIAGE_REFER_ON ? _("Which EPUT team or service")
                                                                     : _("Where (service or place)"));
}

static void
on_outcome_selected_cb (AdwComboRow            *row,
                        GParamSpec             *pspec,
                        CaseloadReferralDialog *self)
{
  update_outcome_fields (self);
}

static void
on_agreed_toggled_cb (GtkToggleButton        *button,
                      CaseloadReferralDialog *self)
{
  gboolean answered = gtk_toggle_button_get_active (self->agreed_yes) ||
                      gtk_toggle_button_get_active (self->agreed_no);

  adw_action_row_set_subtitle (self->agreed_row,
                               !answered ? _("Asked and answered: choose one")
                               : gtk_toggle_button_get_active (self->agreed_yes) ? _("Agreed")
                               : _("Did not agree"));
}

static void
on_entry_activated_cb (AdwEntryRow            *row,
                       CaseloadReferralDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "referral-dialog.save", NULL);
}

/* The team's criteria, grouped by the outcome they point to, in their order. */
static void
show_thresholds (CaseloadReferralDialog *self,
                 GPtrArray              *thresholds)
{
  self->n_thresholds = 0;

  for (guint o = 0; o < G_N_ELEMENTS (outcomes); o++)
    {
      GtkWidget *expander = NULL;

      for (guint i = 0; thresholds != NULL && i < thresholds->len; i++)
        {
          CaseloadThreshold *threshold = g_ptr_array_index (thresholds, i);
          GtkWidget *row;

          if (caseload_threshold_get_outcome (threshold) != outcomes[o].outcome)
            continue;

          if (expander == NULL)
            {
              expander = adw_expander_row_new ();
              adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), _(outcomes[o].label));
              adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
              adw_preferences_group_add (self->thresholds_group, expander);
            }

          row = adw_action_row_new ();
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), caseload_threshold_get_criterion (threshold));
          adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
          self->n_thresholds++;
        }
    }

  if (self->n_thresholds == 0)
    adw_preferences_group_set_description (self->thresholds_group,
                                           _("The team has not written its thresholds yet. A team manager adds them in Preferences → Thresholds."));
}

static void
on_lists_read_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(CaseloadReferralDialog) self = user_data;
  g_autoptr(Lists) lists = NULL;
  g_autoptr(GError) error = NULL;
  CaseloadStaff *actor;
  guint actor_position = GTK_INVALID_LIST_POSITION;

  lists = caseload_worker_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->loading = FALSE;
  update_save_action (self);

  if (lists == NULL)
    {
      g_autofree char *message = caseload_format_read_error (error);

      g_debug ("Reading staff or thresholds failed: %s %d", g_quark_to_string (error->domain), error->code);
      caseload_context_report_error (self->context, error);
      show_banner (self, message);
      return;
    }

  /* Only those who can be named now. */
  self->staff = caseload_form_active_staff (lists->staff);

  actor = caseload_context_get_actor (self->context);
  for (guint i = 0; i < self->staff->len; i++)
    {
      CaseloadStaff *staff = g_ptr_array_index (self->staff, i);
      g_autofree char *label = NULL;

      /* Translators: a staff member and their organisation, as in "Adaeze Nwosu · Thurrock Mind" */
      label = g_strdup_printf (_("%s · %s"), caseload_staff_get_display_name (staff),
                               caseload_staff_get_organisation_name (staff));
      gtk_string_list_append (self->worker_names, label);
      gtk_string_list_append (self->decided_by_names, label);
      if (actor != NULL && g_strcmp0 (caseload_staff_get_id (staff), caseload_staff_get_id (actor)) == 0)
        actor_position = i;
    }

  /* The decision is the signed-in person's unless they say otherwise; a worker is
   * always chosen, never assumed. */
  adw_combo_row_set_selected (self->decided_by_row, actor_position);
  adw_combo_row_set_selected (self->worker_row, GTK_INVALID_LIST_POSITION);

  if (self->kind == CASELOAD_REFERRAL_DIALOG_TRIAGE)
    show_thresholds (self, lists->thresholds);
}

static void
on_saved_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(CaseloadReferralDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  gpointer done;

  done = caseload_worker_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->saving = FALSE;

  if (done == NULL)
    {
      g_autofree char *message = caseload_format_save_error (error);

      /* The message may quote what was typed: on screen, never in the log. */
      g_debug ("Saving failed: %s %d", g_quark_to_string (error->domain), error->code);
      caseload_context_report_error (self->context, error);
      show_banner (self, message);
      update_save_action (self);
      return;
    }

  self->saved = TRUE;
  update_save_action (self);
  g_signal_emit (self, signals [SAVED], 0);
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
show_problems (CaseloadReferralDialog *self,
               GPtrArray              *problems)
{
  const char *unplaced = NULL;
  GtkWidget *first_bad;

  first_bad = caseload_field_error_row_show_all (get_page (self), problems, &unplaced);
  show_banner (self, unplaced);

  if (first_bad != NULL)
    gtk_widget_grab_focus (first_bad);

  return problems->len == 0;
}

/* Builds what the form records, or NULL with the problems shown beside their fields.
 * @next: the new allocation, for a reallocation. */
static GObject *
build_record (CaseloadReferralDialog  *self,
              GObject                **next)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) caseload_field_error_free);
  g_autoptr(GPtrArray) checked = NULL;
  g_autoptr(GDateTime) now = caseload_clock_now (caseload_context_get_clock (self->context));
  g_autoptr(GObject) record = NULL;
  g_autoptr(GObject) following = NULL;

  switch (self->kind)
    {
    case CASELOAD_REFERRAL_DIALOG_NEW:
      {
        CaseloadReferral *referral = caseload_referral_new ();
        g_autofree char *received = caseload_form_read_when (self->received_row, "received-at", FALSE, TRUE, problems);
        g_autofree char *detail = caseload_form_get_entry_text (self->source_detail_row);
        g_autofree char *reason = caseload_form_get_text_view_text (self->reason_view);
        g_autofree char *attachments = caseload_form_get_text_view_text (self->attachments_view);

        record = G_OBJECT (referral);
        caseload_referral_set_person_id (referral, caseload_person_get_id (self->person));
        caseload_referral_set_source (referral, adw_combo_row_get_selected (self->source_row));
        caseload_referral_set_source_detail (referral, is_empty (detail) ? NULL : detail);
        caseload_referral_set_received_at (referral, received);
        caseload_referral_set_reason (referral, reason);
        caseload_referral_set_urgency (referral, adw_combo_row_get_selected (self->urgency_row));
        caseload_referral_set_person_agreed (referral, gtk_toggle_button_get_active (self->agreed_yes));
        caseload_referral_set_attachments (referral, is_empty (attachments) ? NULL : attachments);

        if (!gtk_toggle_button_get_active (self->agreed_yes) && !gtk_toggle_button_get_active (self->agreed_no))
          caseload_field_errors_add (problems, "person-agreed", _("Say whether the person agrees to this referral."));
        if (received != NULL)
          checked = caseload_referral_check (referral, now);
      }
      break;

    case CASELOAD_REFERRAL_DIALOG_TRIAGE:
      {
        CaseloadReferral *referral = copy_record (self->referral);
        guint outcome = adw_combo_row_get_selected (self->outcome_row);
        CaseloadStaff *decided_by = get_chosen_staff (self, self->decided_by_row);
        g_autofree char *decided_on = caseload_form_read_when (self->decided_on_row, "decided-on", TRUE, TRUE, problems);
        g_autofree char *destination = caseload_form_get_entry_text (self->destination_row);
        g_autofree char *reason = caseload_form_get_entry_text (self->triage_reason_row);

        record = G_OBJECT (referral);
        if (outcome >= G_N_ELEMENTS (outcomes))
          {
            caseload_field_errors_add (problems, "triage-outcome", _("Choose the outcome of triage."));
            break;
          }
        caseload_referral_set_triage_outcome (referral, outcomes[outcome].outcome);
        caseload_referral_set_signpost (referral, adw_combo_row_get_selected (self->signpost_row));
        caseload_referral_set_destination (referral, gtk_widget_get_visible (GTK_WIDGET (self->destination_row)) &&
                                                     !is_empty (destination) ? destination : NULL);
        caseload_referral_set_triage_reason (referral, gtk_widget_get_visible (GTK_WIDGET (self->triage_reason_row)) &&
                                                       !is_empty (reason) ? reason : NULL);
        caseload_referral_set_decided_by (referral, decided_by != NULL ? caseload_staff_get_id (decided_by) : NULL);
        caseload_referral_set_decided_by_name (referral,
                                               decided_by != NULL ? caseload_staff_get_display_name (decided_by) : NULL);
        caseload_referral_set_decided_on (referral, decided_on);
        if (decided_on != NULL)
          checked = caseload_referral_check_triage (referral, now);
      }
      break;

    case CASELOAD_REFERRAL_DIALOG_STEPS:
      {
        CaseloadReferral *referral = copy_record (self->referral);
        g_autofree char *first = caseload_form_read_when (self->first_contact_row, "first-contact-at", FALSE, FALSE, problems);
        g_autofree char *assessed = caseload_form_read_when (self->assessment_row, "assessment-at", FALSE, FALSE, problems);
        g_autofree char *help = caseload_form_read_when (self->help_started_row, "help-started-at", FALSE, FALSE, problems);
        g_autofree char *review = caseload_form_read_when (self->next_review_row, "next-review-on", TRUE, FALSE, problems);

        record = G_OBJECT (referral);
        caseload_referral_set_first_contact_at (referral, first);
        caseload_referral_set_assessment_at (referral, assessed);
        caseload_referral_set_help_started_at (referral, help);
        caseload_referral_set_help_kind (referral, adw_combo_row_get_selected (self->help_kind_row));
        caseload_referral_set_next_review_on (referral, review);
        checked = caseload_referral_check_milestones (referral, now);
      }
      break;

    case CASELOAD_REFERRAL_DIALOG_PAUSE:
      {
        CaseloadClockPause *pause = caseload_clock_pause_new ();
        g_autofree char *started = caseload_form_read_when (self->pause_started_row, "started-at", FALSE, TRUE, problems);
        g_autofree char *note = caseload_form_get_entry_text (self->pause_note_row);

        record = G_OBJECT (pause);
        caseload_clock_pause_set_referral_id (pause, caseload_referral_get_id (self->referral));
        caseload_clock_pause_set_reason (pause, adw_combo_row_get_selected (self->pause_reason_row));
        caseload_clock_pause_set_started_at (pause, started);
        caseload_clock_pause_set_note (pause, is_empty (note) ? NULL : note);
        if (started != NULL)
          checked = caseload_clock_pause_check (pause, self->referral, now);
      }
      break;

    case CASELOAD_REFERRAL_DIALOG_RESUME:
      {
        CaseloadClockPause *pause = copy_record (self->subject);
        g_autofree char *ended = caseload_form_read_when (self->pause_ended_row, "ended-at", FALSE, TRUE, problems);

        record = G_OBJECT (pause);
        caseload_clock_pause_set_ended_at (pause, ended);
        if (ended != NULL)
          checked = caseload_clock_pause_check (pause, self->referral, now);
      }
      break;

    case CASELOAD_REFERRAL_DIALOG_ALLOCATE:
    case CASELOAD_REFERRAL_DIALOG_REALLOCATE:
      {
        CaseloadAllocation *allocation = caseload_allocation_new ();
        CaseloadStaff *worker = get_chosen_staff (self, self->worker_row);
        g_autofree char *started = caseload_form_read_when (self->started_on_row, "started-on", TRUE, TRUE, problems);

        caseload_allocation_set_referral_id (allocation, caseload_referral_get_id (self->referral));
        caseload_allocation_set_person_id (allocation, caseload_referral_get_person_id (self->referral));
        caseload_allocation_set_staff_id (allocation, worker != NULL ? caseload_staff_get_id (worker) : NULL);
        caseload_allocation_set_staff_name (allocation, worker != NULL ? caseload_staff_get_display_name (worker) : NULL);
        caseload_allocation_set_role (allocation, adw_combo_row_get_selected (self->role_row));
        caseload_allocation_set_started_on (allocation, started);

        if (worker == NULL)
          caseload_field_errors_add (problems, "staff-id", _("Choose the worker to allocate."));
        else if (started != NULL)
          checked = caseload_allocation_check (allocation, worker, self->referral);

        if (self->kind == CASELOAD_REFERRAL_DIALOG_ALLOCATE)
          record = G_OBJECT (allocation);
        else
          {
            /* The one ending hands over on the day the new one starts. */
            CaseloadAllocation *ending = copy_record (self->subject);

            caseload_allocation_set_ended_on (ending, started);
            caseload_allocation_set_end_reason (ending, _("Reallocated"));
            record = G_OBJECT (ending);
            following = G_OBJECT (allocation);
          }
      }
      break;

    case CASELOAD_REFERRAL_DIALOG_END_ALLOCATION:
      {
        CaseloadAllocation *allocation = copy_record (self->subject);
        g_autofree char *ended = caseload_form_read_when (self->ended_on_row, "ended-on", TRUE, TRUE, problems);
        g_autofree char *reason = caseload_form_get_entry_text (self->end_reason_row);

        record = G_OBJECT (allocation);
        caseload_allocation_set_ended_on (allocation, ended);
        caseload_allocation_set_end_reason (allocation, is_empty (reason) ? NULL : reason);
        if (ended != NULL)
          {
            /* The worker was checked when allocated; ending never depends on them. */
            g_autoptr(CaseloadStaff) worker = caseload_staff_new ();

            caseload_staff_set_id (worker, caseload_allocation_get_staff_id (allocation));
            caseload_staff_set_active (worker, TRUE);
            checked = caseload_allocation_check (allocation, worker, self->referral);
          }
      }
      break;

    case CASELOAD_REFERRAL_DIALOG_TRANSFER:
      {
        CaseloadReferral *referral = copy_record (self->referral);
        g_autofree char *on = caseload_form_read_when (self->transferred_on_row, "transferred-on", TRUE, TRUE, problems);
        g_autofree char *destination = caseload_form_get_entry_text (self->transfer_destination_row);
        g_autofree char *summary = caseload_form_get_text_view_text (self->summary_view);

        record = G_OBJECT (referral);
        caseload_referral_set_transfer_kind (referral, adw_combo_row_get_selected (self->transfer_kind_row));
        caseload_referral_set_transfer_destination (referral, is_empty (destination) ? NULL : destination);
        caseload_referral_set_transfer_summary (referral, is_empty (summary) ? NULL : summary);
        caseload_referral_set_transferred_on (referral, on);
        caseload_referral_set_transferred_by (referral, caseload_staff_get_id (caseload_context_get_actor (self->context)));
        /* Without a date the core check still says what else is missing. */
        checked = caseload_referral_check_transfer (referral, now);
      }
      break;

    default:
      g_assert_not_reached ();
    }

  /* A field that could not be read keeps its own message. */
  for (guint i = 0; checked != NULL && i < checked->len; i++)
    {
      CaseloadFieldError *problem = g_ptr_array_index (checked, i);
      gboolean known = FALSE;

      for (guint j = 0; j < problems->len && !known; j++)
        known = g_strcmp0 (((CaseloadFieldError *) g_ptr_array_index (problems, j))->field, problem->field) == 0;
      if (!known)
        caseload_field_errors_add (problems, problem->field, problem->message);
    }

  if (!show_problems (self, problems))
    return NULL;

  if (next != NULL)
    *next = g_steal_pointer (&following);

  return g_steal_pointer (&record);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  CaseloadReferralDialog *self = CASELOAD_REFERRAL_DIALOG (widget);
  g_autoptr(GObject) next = NULL;
  GObject *record;
  SaveCall *call;

  if (self->loading || self->saving || self->saved)
    return;

  show_banner (self, NULL);
  record = build_record (self, &next);
  if (record == NULL)
    return;

  call = g_new0 (SaveCall, 1);
  call->store = g_object_ref (caseload_context_get_store (self->context));
  call->actor = caseload_worker_copy_staff (caseload_context_get_actor (self->context));
  call->kind = self->kind;
  call->object = record;
  call->next = g_steal_pointer (&next);

  self->saving = TRUE;
  update_save_action (self);
  caseload_worker_run (self, save_action,
                       save_thread, call, (GDestroyNotify) save_call_free,
                       NULL,
                       self->cancellable,
                       on_saved_cb,
                       g_object_ref (self));
}

static gboolean
is_dirty (CaseloadReferralDialog *self)
{
  g_autofree char *reason = caseload_form_get_text_view_text (self->reason_view);
  g_autofree char *summary = caseload_form_get_text_view_text (self->summary_view);

  /* The long texts are what would hurt to lose. */
  return !is_empty (reason) || !is_empty (summary);
}

static gboolean
caseload_referral_dialog_close_request (GtkWindow *window)
{
  CaseloadReferralDialog *self = CASELOAD_REFERRAL_DIALOG (window);

  if (self->saving)
    return TRUE;

  if (!self->saved && !caseload_discard_is_confirmed (window) && is_dirty (self))
    {
      caseload_discard_ask (window, _("Discard Changes?"), _("What was typed here has not been saved."),
                            _("_Keep Editing"));
      return TRUE;
    }

  return GTK_WINDOW_CLASS (caseload_referral_dialog_parent_class)->close_request (window);
}

static void
fill_names (AdwComboRow   *row,
            GtkStringList *names,
            const char *(*label) (int value),
            guint          n_values)
{
  g_autoptr(GtkListItemFactory) factory = caseload_format_string_factory_new ();

  adw_combo_row_set_factory (row, factory);
  for (guint i = 0; i < n_values; i++)
    gtk_string_list_append (names, label ((int) i));
}

#define FILL(row, names, label_func, n) \
  fill_names (row, names, (const char *(*) (int)) (void (*) (void)) label_func, n)

static void
show_summary (CaseloadReferralDialog *self)
{
  g_autofree char *received = caseload_format_date_time (caseload_referral_get_received_at (self->referral));
  const char *detail = caseload_referral_get_source_detail (self->referral);
  const char *source = caseload_referral_source_label (caseload_referral_get_source (self->referral));
  g_autofree char *from = NULL;

  /* Translators: a referral's source and who referred, as in "GP · Dr Amara Okafor" */
  from = !is_empty (detail) ? g_strdup_printf (_("%s · %s"), source, detail) : g_strdup (source);
  gtk_label_set_text (self->summary_received_label, received != NULL ? received : "");
  gtk_label_set_text (self->summary_source_label, from);
  gtk_label_set_text (self->summary_urgency_label,
                      caseload_urgency_label (caseload_referral_get_urgency (self->referral)));
  gtk_label_set_text (self->summary_reason_label, caseload_referral_get_reason (self->referral));

  if (CASELOAD_IS_ALLOCATION (self->subject))
    {
      CaseloadAllocation *allocation = CASELOAD_ALLOCATION (self->subject);
      g_autofree char *text = NULL;

      /* Translators: a worker and their role, as in "Adaeze Nwosu · Care coordinator" */
      text = g_strdup_printf (_("%s · %s"), caseload_allocation_get_staff_name (allocation),
                              caseload_case_role_label (caseload_allocation_get_role (allocation)));
      gtk_label_set_text (self->summary_subject_label, text);
    }
  else
    gtk_widget_set_visible (gtk_widget_get_ancestor (GTK_WIDGET (self->summary_subject_label), ADW_TYPE_ACTION_ROW),
                            FALSE);
}

static void
prefill (CaseloadReferralDialog *self)
{
  g_autoptr(GDateTime) now = caseload_clock_now (caseload_context_get_clock (self->context));
  g_autoptr(GDateTime) local_now = g_date_time_to_local (now);
  g_autofree char *now_text = g_date_time_format (local_now, "%d/%m/%Y %H:%M");
  g_autofree char *today_text = g_date_time_format (local_now, "%d/%m/%Y");

  switch (self->kind)
    {
    case CASELOAD_REFERRAL_DIALOG_NEW:
      gtk_editable_set_text (GTK_EDITABLE (self->received_row), now_text);
      break;

    case CASELOAD_REFERRAL_DIALOG_TRIAGE:
      gtk_editable_set_text (GTK_EDITABLE (self->decided_on_row), today_text);
      adw_combo_row_set_selected (self->outcome_row, GTK_INVALID_LIST_POSITION);
      update_outcome_fields (self);
      break;

    case CASELOAD_REFERRAL_DIALOG_STEPS:
      caseload_form_set_entry_iso (self->first_contact_row, caseload_referral_get_first_contact_at (self->referral));
      caseload_form_set_entry_iso (self->assessment_row, caseload_referral_get_assessment_at (self->referral));
      caseload_form_set_entry_iso (self->help_started_row, caseload_referral_get_help_started_at (self->referral));
      adw_combo_row_set_selected (self->help_kind_row, caseload_referral_get_help_kind (self->referral));
      caseload_form_set_entry_iso (self->next_review_row, caseload_referral_get_next_review_on (self->referral));
      break;

    case CASELOAD_REFERRAL_DIALOG_PAUSE:
      gtk_editable_set_text (GTK_EDITABLE (self->pause_started_row), now_text);
      break;

    case CASELOAD_REFERRAL_DIALOG_RESUME:
      gtk_editable_set_text (GTK_EDITABLE (self->pause_ended_row), now_text);
      break;

    case CASELOAD_REFERRAL_DIALOG_ALLOCATE:
    case CASELOAD_REFERRAL_DIALOG_REALLOCATE:
      gtk_editable_set_text (GTK_EDITABLE (self->started_on_row), today_text);
      if (self->kind == CASELOAD_REFERRAL_DIALOG_REALLOCATE)
        adw_combo_row_set_selected (self->role_row,
                                    caseload_allocation_get_role (CASELOAD_ALLOCATION (self->subject)));
      adw_preferences_group_set_description (self->allocate_group,
                                             self->kind == CASELOAD_REFERRAL_DIALOG_REALLOCATE
                                             ? _("The allocation above ends the day the new worker starts; both stay in the history.")
                                             : _("A named worker from any organisation. They get a task saying so."));
      break;

    case CASELOAD_REFERRAL_DIALOG_END_ALLOCATION:
      gtk_editable_set_text (GTK_EDITABLE (self->ended_on_row), today_text);
      break;

    case CASELOAD_REFERRAL_DIALOG_TRANSFER:
      gtk_editable_set_text (GTK_EDITABLE (self->transferred_on_row), today_text);
      break;

    default:
      g_assert_not_reached ();
    }
}

/* Fills the form for its kind, once it knows what it is about. */
static void
set_up (CaseloadReferralDialog *self)
{
  ListsCall *call;

  self->cancellable = g_cancellable_new ();

  gtk_window_set_title (GTK_WINDOW (self), _(kinds[self->kind].title));
  adw_window_title_set_title (self->window_title, _(kinds[self->kind].title));
  /* Whose record this is about, always in sight. */
  adw_window_title_set_subtitle (self->window_title, caseload_person_get_display_name (self->person));
  gtk_stack_set_visible_child_name (self->kind_stack, kinds[self->kind].page);

  /* Triage: the thresholds and the decision side by side. */
  if (self->kind == CASELOAD_REFERRAL_DIALOG_TRIAGE)
    {
      adw_clamp_set_maximum_size (self->clamp, 1080);
      gtk_window_set_default_size (GTK_WINDOW (self), 1040, 760);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->summary_group), self->referral != NULL);
  if (self->referral != NULL)
    show_summary (self);

  FILL (self->source_row, self->source_names, caseload_referral_source_label, CASELOAD_REFERRAL_SOURCE_OTHER + 1);
  FILL (self->urgency_row, self->urgency_names, caseload_urgency_label, CASELOAD_URGENCY_VERY_URGENT + 1);
  FILL (self->signpost_row, self->signpost_names, caseload_signpost_label, CASELOAD_SIGNPOST_OTHER + 1);
  FILL (self->help_kind_row, self->help_kind_names, caseload_help_kind_label, CASELOAD_HELP_SUPPORT_PLAN + 1);
  FILL (self->pause_reason_row, self->pause_reason_names, caseload_pause_reason_label, CASELOAD_PAUSE_IN_HOSPITAL + 1);
  FILL (self->role_row, self->role_names, caseload_case_role_label, CASELOAD_CASE_ROLE_OTHER + 1);
  FILL (self->transfer_kind_row, self->transfer_kind_names, caseload_transfer_kind_label,
        CASELOAD_TRANSFER_ENDED_BY_CHOICE + 1);
  for (guint i = 0; i < G_N_ELEMENTS (outcomes); i++)
    gtk_string_list_append (self->outcome_names, _(outcomes[i].label));
  {
    g_autoptr(GtkListItemFactory) factory = caseload_format_string_factory_new ();

    adw_combo_row_set_factory (self->outcome_row, factory);
    adw_combo_row_set_factory (self->worker_row, factory);
    adw_combo_row_set_factory (self->decided_by_row, factory);
  }

  prefill (self);

  if (self->kind == CASELOAD_REFERRAL_DIALOG_TRIAGE ||
      self->kind == CASELOAD_REFERRAL_DIALOG_ALLOCATE ||
      self->kind == CASELOAD_REFERRAL_DIALOG_REALLOCATE)
    {
      self->loading = TRUE;
      call = g_new0 (ListsCall, 1);
      call->store = g_object_ref (caseload_context_get_store (self->context));
      call->with_thresholds = self->kind == CASELOAD_REFERRAL_DIALOG_TRIAGE;
      caseload_worker_run (self, set_up,
                           lists_thread, call, (GDestroyNotify) lists_call_free,
                           (GDestroyNotify) lists_free,
                           self->cancellable,
                           on_lists_read_cb,
                           g_object_ref (self));
    }

  update_save_action (self);
}

static void
caseload_referral_dialog_dispose (GObject *object)
{
  CaseloadReferralDialog *self = (CaseloadReferralDialog *)object;

  g_cancellable_cancel (self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_REFERRAL_DIALOG);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->staff, g_ptr_array_unref);
  g_clear_object (&self->subject);
  g_clear_object (&self->referral);
  g_clear_object (&self->person);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (caseload_referral_dialog_parent_class)->dispose (object);
}

static void
caseload_referral_dialog_class_init (CaseloadReferralDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = caseload_referral_dialog_dispose;

  window_class->close_request = caseload_referral_dialog_close_request;

  /**
   * CaseloadReferralDialog::saved:
   *
   * The store has recorded what the form says.
   */
  signals [SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "referral-dialog.save", NULL, save_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "referral-dialog.save", NULL);

  g_type_ensure (CASELOAD_TYPE_FIELD_ERROR_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pcnmh/Caseload/caseload-referral-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, CaseloadReferralDialog, name)
  BIND (window_title);
  BIND (save_button);
  BIND (banner_revealer);
  BIND (banner_label);
  BIND (kind_stack);
  BIND (clamp);
  BIND (summary_group);
  BIND (summary_received_label);
  BIND (summary_source_label);
  BIND (summary_urgency_label);
  BIND (summary_reason_label);
  BIND (summary_subject_label);
  BIND (source_row);
  BIND (source_names);
  BIND (source_detail_row);
  BIND (received_row);
  BIND (urgency_row);
  BIND (urgency_names);
  BIND (agreed_yes);
  BIND (agreed_no);
  BIND (agreed_row);
  BIND (reason_view);
  BIND (attachments_view);
  BIND (thresholds_group);
  BIND (outcome_row);
  BIND (outcome_names);
  BIND (signpost_row);
  BIND (signpost_names);
  BIND (destination_row);
  BIND (triage_reason_row);
  BIND (decided_by_row);
  BIND (decided_by_names);
  BIND (decided_on_row);
  BIND (first_contact_row);
  BIND (assessment_row);
  BIND (help_started_row);
  BIND (help_kind_row);
  BIND (help_kind_names);
  BIND (next_review_row);
  BIND (pause_reason_row);
  BIND (pause_reason_names);
  BIND (pause_started_row);
  BIND (pause_note_row);
  BIND (pause_ended_row);
  BIND (allocate_group);
  BIND (worker_row);
  BIND (worker_names);
  BIND (role_row);
  BIND (role_names);
  BIND (started_on_row);
  BIND (ended_on_row);
  BIND (end_reason_row);
  BIND (transfer_kind_row);
  BIND (transfer_kind_names);
  BIND (transfer_destination_row);
  BIND (transferred_on_row);
  BIND (summary_view);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_outcome_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_agreed_toggled_cb);
}

static void
caseload_referral_dialog_init (CaseloadReferralDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

CaseloadReferralDialog *
caseload_referral_dialog_new (GtkWindow                  *parent,
                              CaseloadContext            *context,
                              CaseloadPerson             *person,
                              CaseloadReferralDialogKind  kind,
                              CaseloadReferral           *referral,
                              GObject                    *subject)
{
  CaseloadReferralDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CASELOAD_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (CASELOAD_IS_PERSON (person), NULL);
  g_return_val_if_fail (kind == CASELOAD_REFERRAL_DIALOG_NEW || CASELOAD_IS_REFERRAL (referral), NULL);
  g_return_val_if_fail ((kind != CASELOAD_REFERRAL_DIALOG_RESUME || CASELOAD_IS_CLOCK_PAUSE (subject)) &&
                        (kind != CASELOAD_REFERRAL_DIALOG_END_ALLOCATION || CASELOAD_IS_ALLOCATION (subject)) &&
                        (kind != CASELOAD_REFERRAL_DIALOG_REALLOCATE || CASELOAD_IS_ALLOCATION (subject)), NULL);

  self = g_object_new (CASELOAD_TYPE_REFERRAL_DIALOG,
                       "transient-for", parent,
                       /* Part of the application, so quitting asks before losing it. */
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       NULL);
  self->context = g_object_ref (context);
  self->person = g_object_ref (person);
  self->kind = kind;
  self->referral = referral != NULL ? g_object_ref (referral) : NULL;
  self->subject = subject != NULL ? g_object_ref (subject) : NULL;
  set_up (self);

  return self;
}

CaseloadReferralDialogKind
caseload_referral_dialog_get_kind (CaseloadReferralDialog *self)
{
  g_return_val_if_fail (CASELOAD_IS_REFERRAL_DIALOG (self), CASELOAD_REFERRAL_DIALOG_NEW);

  return self->kind;
}

gboolean
caseload_referral_dialog_get_busy (CaseloadReferralDialog *self)
{
  g_return_val_if_fail (CASELOAD_IS_REFERRAL_DIALOG (self), FALSE);

  return self->loading || self->saving;
}

GtkWidget *
caseload_referral_dialog_get_field (CaseloadReferralDialog *self,
                                    const char             *field)
{
  CaseloadFieldErrorRow *row;
  GtkWidget *widget;

  g_return_val_if_fail (CASELOAD_IS_REFERRAL_DIALOG (self), NULL);
  g_return_val_if_fail (field != NULL, NULL);

  row = caseload_field_error_row_find (get_page (self), field);
  if (row == NULL)
    return NULL;

  widget = caseload_field_error_row_get_widget (row);
  if (GTK_IS_SCROLLED_WINDOW (widget))
    return gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (widget));

  return widget;
}

const char *
caseload_referral_dialog_get_error (CaseloadReferralDialog *self,
                                    const char             *field)
{
  CaseloadFieldErrorRow *row;

  g_return_val_if_fail (CASELOAD_IS_REFERRAL_DIALOG (self), NULL);

  if (field == NULL)
    return gtk_revealer_get_reveal_child (self->banner_revealer) ? gtk_label_get_text (self->banner_label) : NULL;

  row = caseload_field_error_row_find (get_page (self), field);

  return row != NULL ? caseload_field_error_row_get_message (row) : NULL;
}

void
caseload_referral_dialog_set_agreed (CaseloadReferralDialog *self,
                                     gboolean                agreed)
{
  g_return_if_fail (CASELOAD_IS_REFERRAL_DIALOG (self));

  gtk_toggle_button_set_active (agreed ? self->agreed_yes : self->agreed_no, TRUE);
}

guint
caseload_referral_dialog_get_n_thresholds (CaseloadReferralDialog *self)
{
  g_return_val_if_fail (CASELOAD_IS_REFERRAL_DIALOG (self), 0);

  return self->n_thresholds;
}
