/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-cohort-page"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-cohort-dialog.h"
#include "caseload-cohort-page.h"
#include "caseload-cohort-person-dialog.h"
#include "caseload-format.h"
#include "caseload-info-row.h"
#include "caseload-participant-save.h"
#include "caseload-reinforcers-dialog.h"
#include "caseload-session-dialog.h"
#include "caseload-worker.h"

struct _CaseloadCohortPage
{
  GtkWidget               parent_instance;

  /* Owned */
  CaseloadContext        *context;
  GCancellable           *cancellable;   /* reads and saves; replaced with the context */
  CaseloadCohort         *cohort;
  char                   *cohort_id;     /* the one asked for, while it is read */
  char                   *warning;
  GPtrArray              *rows;          /* rows added to the groups, removed on the next show */
  gboolean                loading;

  /* Template children */
  GtkStack               *stack;
  AdwStatusPage          *error_page;
  GtkLabel               *title_label;
  GtkLabel               *subtitle_label;
  GtkWidget              *edit_button;
  GtkWidget              *warning_box;
  GtkLabel               *warning_label;
  AdwPreferencesGroup    *figures_group;
  AdwPreferencesGroup    *facilitators_group;
  AdwPreferencesGroup    *participants_group;
  CaseloadAttendanceGrid *grid;
  AdwPreferencesGroup    *trend_group;
  GtkDropDown            *trend_dropdown;
  CaseloadChart          *chart;
};

typedef struct {
  CaseloadStore             *store;
  CaseloadStaff             *actor;
  char                      *id;
} PageCall;

static void on_trend_chosen_cb (CaseloadCohortPage *self);

G_DEFINE_FINAL_TYPE (CaseloadCohortPage, caseload_cohort_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TITLE,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static void
page_call_free (PageCall *call)
{
  g_clear_object (&call->store);
  g_clear_object (&call->actor);
  g_free (call->id);
  g_free (call);
}

static PageCall *
page_call_new (CaseloadCohortPage *self)
{
  PageCall *call = g_new0 (PageCall, 1);

  call->store = g_object_ref (caseload_context_get_store (self->context));
  call->actor = caseload_worker_copy_staff (caseload_context_get_actor (self->context));
  call->id = g_strdup (self->cohort_id);
  return call;
}

static gpointer
read_thread (gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  PageCall *call = data;

  return caseload_store_get_cohort (call->store, call->actor, call->id, error);
}

static void
get_today (CaseloadCohortPage *self,
           GDate              *today)
{
  if (self->context != NULL)
    caseload_clock_today (caseload_context_get_clock (self->context), today);
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      g_date_clear (today, 1);
      g_date_set_dmy (today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                      g_date_time_get_year (now));
    }
}

static void
add_row (CaseloadCohortPage  *self,
         AdwPreferencesGroup *group,
         GtkWidget           *row)
{
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->rows, g_object_ref (row));
}

static void
clear_rows (CaseloadCohortPage *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      if (group != NULL)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->rows, 0);
}

static CaseloadCohortParticipant *
find_participant (CaseloadCohortPage *self,
                  const char         *id)
{
  GPtrArray *participants;

  if (self->cohort == NULL)
    return NULL;
  participants = caseload_cohort_get_participants (self->cohort);
  for (guint i = 0; i < participants->len; i++)
    if (g_strcmp0 (caseload_cohort_participant_get_id (g_ptr_array_index (participants, i)), id) == 0)
      return g_ptr_array_index (participants, i);
  return NULL;
}

/* The group's own facilitators and the team's managers change the group itself. */
static gboolean
may_edit (CaseloadCohortPage *self)
{
  CaseloadStaff *actor = self->context != NULL ? caseload_context_get_actor (self->context) : NULL;
  GPtrArray *facilitators;

  if (actor == NULL || self->cohort == NULL)
    return FALSE;
  if (caseload_staff_get_access_role (actor) == CASELOAD_ROLE_TEAM_MANAGER)
    return TRUE;
  facilitators = caseload_cohort_get_facilitators (self->cohort);
  for (guint i = 0; i < facilitators->len; i++)
    if (g_strcmp0 (caseload_staff_get_id (g_ptr_array_index (facilitators, i)), caseload_staff_get_id (actor)) == 0)
      return TRUE;
  return FALSE;
}

static void
show_header (CaseloadCohortPage *self)
{
  CaseloadCohort *cohort = self->cohort;
  g_autofree char *start = caseload_format_date (caseload_cohort_get_start_on (cohort));
  g_autofree char *end = caseload_format_date (caseload_cohort_get_end_on (cohort));
  g_autofree char *subtitle = NULL;
  const char *venue = caseload_cohort_get_venue (cohort);
  int minutes = caseload_cohort_get_session_minutes (cohort);

  gtk_label_set_text (self->title_label, caseload_cohort_get_name (cohort));
  /* Translators: a group's programme, sessions' length, venue and dates: "STEPPS, 20
   * weekly sessions · 120 minutes · Grays Hall · 12 Jan 2027 to 25 May 2027" */
  subtitle = g_strdup_printf (_("%s · %d minutes · %s · %s to %s"),
                              caseload_stepps_programme_label (caseload_cohort_get_programme (cohort)), minutes,
                              venue != NULL && *venue != '\0' ? venue : _("No venue yet"),
                              start != NULL ? start : "?", end != NULL ? end : "?");
  gtk_label_set_text (self->subtitle_label, subtitle);

  g_clear_pointer (&self->warning, g_free);
  self->warning = caseload_cohort_size_warning (cohort);
  gtk_label_set_text (self->warning_label, self->warning != NULL ? self->warning : "");
  gtk_widget_set_visible (self->warning_box, self->warning != NULL);

  gtk_widget_set_visible (self->edit_button, may_edit (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cohort-page.edit", may_edit (self));
}

/* Participants still in the group who have attended at least the completion share of
 * the sessions held so far. */
static guint
count_on_track (CaseloadCohortPage *self,
                const GDate        *today)
{
  GPtrArray *participants = caseload_cohort_get_participants (self->cohort);
  guint share = (guint) CLAMP (caseload_cohort_get_completion_percent (self->cohort), 0, 100);
  guint n = 0;

  for (guint i = 0; i < participants->len; i++)
    {
      CaseloadCohortParticipant *participant = g_ptr_array_index (participants, i);
      CaseloadParticipantFigures figures = { 0 };

      if (caseload_cohort_participant_get_left_on (participant) == NULL &&
          caseload_stepps_participant_figures (self->cohort, caseload_cohort_participant_get_id (participant), today,
                                               &figures) &&
          figures.sessions_held > 0 && figures.attended * 100 >= share * figures.sessions_held)
        n++;
    }
  return n;
}

static void
show_figures (CaseloadCohortPage *self,
              const GDate        *today)
{
  CaseloadCohortFigures figures = { 0 };
  g_autofree char *completion = NULL;
  g_autofree char *completion_detail = NULL;
  g_autofree char *best = NULL;
  g_autofree char *held = NULL;

  caseload_stepps_cohort_figures (self->cohort, today, &figures);

  if (figures.sessions_held >= (guint) MAX (caseload_cohort_get_n_sessions (self->cohort), 0))
    /* Translators: how many of a group's participants completed it, and the share */
    completion = g_strdup_printf (ngettext ("%u of %u person completed (%.0f%%)", "%u of %u people completed (%.0f%%)",
                                            figures.participants),
                                  figures.completers, figures.participants, figures.completion_rate * 100.0);
  else if (figures.sessions_held == 0)
    /* Translators: a group that has not met yet, and how many are in it */
    completion = g_strdup_printf (ngettext ("%u person; no sessions held yet", "%u people; no sessions held yet",
                                            figures.participants),
                                  figures.participants);
  else
    /* Translators: while a group is running, how many of its participants have attended
     * enough of the sessions so far to complete it: "7 of 10 on track to complete:
     * attended at least 75% of the sessions held so far" */
    completion = g_strdup_printf (ngettext ("%u of %u on track to complete: attended at least %d%% of the sessions held so far",
                                            "%u of %u on track to complete: attended at least %d%% of the sessions held so far",
                                            figures.participants),
                                  count_on_track (self, today), figures.participants,
                                  caseload_cohort_get_completion_percent (self->cohort));
  /* Translators: what completing a group means */
  completion_detail = g_strdup_printf (_("Completion: attending at least %d%% of the %d sessions"),
                                       caseload_cohort_get_completion_percent (self->cohort),
                                       caseload_cohort_get_n_sessions (self->cohort));
  add_row (self, self->figures_group, caseload_info_row_new (completion, completion_detail));

  if (figures.best_people > 0)
    {
      /* Translators: the mean change in BEST totals from first to last, over how many people */
      best = g_strdup_printf (ngettext ("Mean BEST change %+.1f (%u person)", "Mean BEST change %+.1f (%u people)",
                                        figures.best_people),
                              figures.mean_best_change, figures.best_people);
      add_row (self, self->figures_group,
               caseload_info_row_new (best, _("From each person’s first BEST total to their latest; lower is better")));
    }
  else
    add_row (self, self->figures_group,
             caseload_info_row_new (_("No BEST change yet"), _("Someone needs two BEST totals recorded")));

  /* Translators: sessions held so far of the group's sessions */
  held = g_strdup_printf (ngettext ("%u of %d session held", "%u of %d sessions held",
                                    caseload_cohort_get_n_sessions (self->cohort)),
                          figures.sessions_held, caseload_cohort_get_n_sessions (self->cohort));
  add_row (self, self->figures_group, caseload_info_row_new (held, NULL));
}

static void
show_facilitators (CaseloadCohortPage *self)
{
  GPtrArray *facilitators = caseload_cohort_get_facilitators (self->cohort);

  for (guint i = 0; i < facilitators->len; i++)
    {
      CaseloadStaff *staff = g_ptr_array_index (facilitators, i);

      add_row (self, self->facilitators_group,
               caseload_info_row_new (caseload_staff_get_display_name (staff),
                                      caseload_staff_get_organisation_name (staff)));
    }
  if (facilitators->len == 0)
    add_row (self, self->facilitators_group, caseload_info_row_new (_("No facilitators named"), NULL));
}

static GtkWidget *
create_row_button (const char *icon_name,
                   const char *tooltip,
                   const char *action,
                   const char *participant_id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", participant_id);
  return button;
}

/* "Attended 12 of 14 sessions held (86%) · completed", "BEST 48 → 36 (−12)", the team. */
static char *
describe_participant (CaseloadCohortPage        *self,
                      CaseloadCohortParticipant *participant,
                      const GDate               *today)
{
  CaseloadParticipantFigures figures = { 0 };
  GString *text = g_string_new (NULL);
  guint n_team = caseload_cohort_participant_get_reinforcers (participant)->len;

  if (caseload_stepps_participant_figures (self->cohort, caseload_cohort_participant_get_id (participant), today,
                                           &figures))
    {
      /* Translators: a participant's attendance so far */
      g_string_append_printf (text, ngettext ("Attended %u of %u session held (%.0f%%)",
                                              "Attended %u of %u sessions held (%.0f%%)", figures.sessions_held),
                              figures.attended, figures.sessions_held, figures.attendance_rate * 100.0);
      if (figures.completed)
        g_string_append_printf (text, " · %s", _("completed"));
      g_string_append_c (text, '\n');
      if (figures.has_best_change)
        /* Translators: a participant's first and latest BEST totals, and the change */
        g_string_append_printf (text, _("BEST %d → %d (%+d)"), figures.best_first, figures.best_last,
                                figures.best_change);
      else if (figures.n_best == 1)
        g_string_append_printf (text, _("BEST %d, once so far"), figures.best_first);
      else
        g_string_append (text, _("No BEST total yet"));
    }

  if (n_team > 0)
    /* Translators: how many people are in a participant's reinforcement team */
    g_string_append_printf (text, ngettext (" · reinforcement team of %u", " · reinforcement team of %u", n_team),
                            n_team);
  else
    g_string_append_printf (text, " · %s", _("no reinforcement team yet"));
  return g_string_free (text, FALSE);
}

static void
show_participants (CaseloadCohortPage *self,
                   const GDate        *today)
{
  GPtrArray *participants = caseload_cohort_get_participants (self->cohort);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint n_staying = 0;

  for (guint i = 0; i < participants->len; i++)
    {
      CaseloadCohortParticipant *participant = g_ptr_array_index (participants, i);
      const char *id = caseload_cohort_participant_get_id (participant);
      const char *name = caseload_cohort_participant_get_person_name (participant);
      g_autofree char *subtitle = describe_participant (self, participant, today);
      g_autofree char *title = NULL;
      GtkWidget *row;

      if (caseload_cohort_participant_get_left_on (participant) != NULL)
        {
          g_autofree char *left = caseload_format_date (caseload_cohort_participant_get_left_on (participant));
          /* Translators: a participant who has left the group, and when */
          title = g_strdup_printf (_("%s (left %s)"), name, left);
        }
      else
        title = g_strdup (name);

      row = caseload_info_row_new (title, subtitle);
      caseload_info_row_add_suffix (row, create_row_button ("system-users-symbolic", _("Reinforcement Team…"),
                                                            "cohort-page.reinforcers", id));
      if (caseload_cohort_participant_get_left_on (participant) == NULL)
        caseload_info_row_add_suffix (row, create_row_button ("system-log-out-symbolic", _("Leave the Group…"),
                                                              "cohort-page.leave", id));
      add_row (self, self->participants_group, row);
      gtk_string_list_append (names, name != NULL ? name : "");
    }

  if (participants->len == 0)
    add_row (self, self->participants_group,
             caseload_info_row_new (_("Nobody in this group yet"), _("Add people with Add Person…")));

  /* "n-participants" counts everyone still in the group, seen or not. */
  for (guint i = 0; i < participants->len; i++)
    if (caseload_cohort_participant_get_left_on (g_ptr_array_index (participants, i)) == NULL)
      n_staying++;
  if (n_staying < (guint) caseload_cohort_get_n_participants (self->cohort))
    {
      guint hidden = caseload_cohort_get_n_participants (self->cohort) - n_staying;
      g_autofree char *text = NULL;

      /* Translators: participants whose records the signed-in worker may not see */
      text = g_strdup_printf (ngettext ("And %u person whose record you cannot see",
                                        "And %u people whose records you cannot see", hidden), hidden);
      add_row (self, self->participants_group, caseload_info_row_new (text, NULL));
    }

  g_signal_handlers_block_by_func (self->trend_dropdown, on_trend_chosen_cb, self);
  gtk_drop_down_set_model (self->trend_dropdown, G_LIST_MODEL (names));
  g_signal_handlers_unblock_by_func (self->trend_dropdown, on_trend_chosen_cb, self);
  gtk_widget_set_visible (GTK_WIDGET (self->trend_group), participants->len > 0);
}

static void
on_read_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(CaseloadCohortPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadCohort) cohort = caseload_worker_finish (result, &error);
  PageCall *call = caseload_worker_get_data (result);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || g_strcmp0 (call->id, self->cohort_id) != 0)
    return;

  self->loading = FALSE;
  if (cohort == NULL)
    {
      g_autofree char *message = caseload_format_read_error (error);

      g_debug ("Could not read a group (%s %d)", g_quark_to_string (error->domain), error->code);
      adw_status_page_set_description (self->error_page, message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }

  caseload_cohort_page_show (self, cohort);
}

static void
on_saved_cb (CaseloadCohortPage *self)
{
  g_signal_emit (self, signals [SAVED], 0);
  caseload_cohort_page_reload (self);
}

static void
present_dialog (CaseloadCohortPage *self,
                GtkWidget          *dialog)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (GTK_IS_WINDOW (root))
    gtk_window_set_application (GTK_WINDOW (dialog), gtk_window_get_application (GTK_WINDOW (root)));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWindow *
parent_window (CaseloadCohortPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
on_session_activated_cb (CaseloadCohortPage *self,
                         int                 number)
{
  if (self->cohort == NULL || self->context == NULL)
    return;
  present_dialog (self, caseload_session_dialog_new (parent_window (self), self->context, self->cohort, number));
}

static void
on_trend_chosen_cb (CaseloadCohortPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->trend_dropdown);

  if (selected != GTK_INVALID_LIST_POSITION)
    caseload_cohort_page_show_trend (self, selected);
}

static void
on_left_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(CaseloadCohortPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (caseload_worker_finish (result, &error) != NULL)
    {
      on_saved_cb (self);
      return;
    }
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_debug ("Leaving a group failed: %s %d", g_quark_to_string (error->domain), error->code);
  {
    g_autofree char *message = caseload_format_change_error (error);

    gtk_label_set_text (self->warning_label, message);
    gtk_widget_set_visible (self->warning_box, TRUE);
  }
}

static void
on_leave_response_cb (AdwMessageDialog   *dialog,
                      const char         *response,
                      CaseloadCohortPage *self)
{
  CaseloadCohortParticipant *participant;
  g_autoptr(CaseloadCohortParticipant) leaving = NULL;
  g_autofree char *today_iso = NULL;
  GPtrArray *team;
  GDate today;

  if (g_strcmp0 (response, "leave") != 0)
    return;
  participant = find_participant (self, g_object_get_data (G_OBJECT (dialog), "participant-id"));
  if (participant == NULL || self->context == NULL)
    return;
  team = caseload_cohort_participant_get_reinforcers (participant);

  get_today (self, &today);
  today_iso = caseload_date_to_iso (&today);

  leaving = caseload_participant_save_copy (participant);
  caseload_cohort_participant_set_cohort_id (leaving, caseload_cohort_get_id (self->cohort));
  caseload_cohort_participant_set_left_on (leaving, today_iso);
  /* The reinforcement team stays as it is. */
  for (guint i = 0; i < team->len; i++)
    g_ptr_array_add (caseload_cohort_participant_get_reinforcers (leaving), g_object_ref (g_ptr_array_index (team, i)));

  caseload_participant_save_run (self, self->context, leaving, self->cancellable, on_left_cb, g_object_ref (self));
}

static void
leave_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  CaseloadCohortPage *self = CASELOAD_COHORT_PAGE (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  CaseloadCohortParticipant *participant = find_participant (self, id);
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (participant == NULL)
    return;

  /* Translators: asked before someone leaves a STEPPS group; %s is their name */
  body = g_strdup_printf (_("%s leaves the group today. Their attendance so far is kept."),
                          caseload_cohort_participant_get_person_name (participant));
  dialog = adw_message_dialog_new (parent_window (self), _("Leave the Group?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "leave", _("_Leave"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "leave", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "participant-id", g_strdup (id), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_leave_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
reinforcers_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CaseloadCohortPage *self = CASELOAD_COHORT_PAGE (widget);
  CaseloadCohortParticipant *participant = find_participant (self, g_variant_get_string (parameter, NULL));

  if (participant == NULL || self->context == NULL)
    return;
  present_dialog (self, caseload_reinforcers_dialog_new (parent_window (self), self->context, self->cohort,
                                                         participant));
}

static void
add_person_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CaseloadCohortPage *self = CASELOAD_COHORT_PAGE (widget);

  if (self->cohort == NULL || self->context == NULL)
    return;
  present_dialog (self, caseload_cohort_person_dialog_new (parent_window (self), self->context, self->cohort));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CaseloadCohortPage *self = CASELOAD_COHORT_PAGE (widget);

  if (self->cohort == NULL || self->context == NULL || !may_edit (self))
    return;
  present_dialog (self, caseload_cohort_dialog_new_edit (parent_window (self), self->context, self->cohort));
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  caseload_cohort_page_reload (CASELOAD_COHORT_PAGE (widget));
}

static void
caseload_cohort_page_dispose (GObject *object)
{
  CaseloadCohortPage *self = (CaseloadCohortPage *)object;
  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_COHORT_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->context);
  g_clear_object (&self->cohort);
  g_clear_pointer (&self->cohort_id, g_free);
  g_clear_pointer (&self->warning, g_free);

  G_OBJECT_CLASS (caseload_cohort_page_parent_class)->dispose (object);
}

static void
caseload_cohort_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CaseloadCohortPage *self = CASELOAD_COHORT_PAGE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, caseload_cohort_page_get_title (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_cohort_page_class_init (CaseloadCohortPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_cohort_page_dispose;
  object_class->get_property = caseload_cohort_page_get_property;

  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals [SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (CASELOAD_TYPE_ATTENDANCE_GRID);
  g_type_ensure (CASELOAD_TYPE_CHART);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pcnmh/Caseload/caseload-cohort-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadCohortPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCohortPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCohortPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCohortPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCohortPage, edit_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCohortPage, warning_box);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCohortPage, warning_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCohortPage, figures_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCohortPage, facilitators_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCohortPage, participants_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCohortPage, grid);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCohortPage, trend_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCohortPage, trend_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCohortPage, chart);
  gtk_widget_class_bind_template_callback (widget_class, on_session_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_trend_chosen_cb);

  gtk_widget_class_install_action (widget_class, "cohort-page.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "cohort-page.add-person", NULL, add_person_action);
  gtk_widget_class_install_action (widget_class, "cohort-page.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "cohort-page.leave", "s", leave_action);
  gtk_widget_class_install_action (widget_class, "cohort-page.reinforcers", "s", reinforcers_action);
}

static void
caseload_cohort_page_init (CaseloadCohortPage *self)
{
  self->rows = g_ptr_array_new_with_free_func (g_object_unref);
  self->cancellable = g_cancellable_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cohort-page.edit", FALSE);
}

GtkWidget *
caseload_cohort_page_new (void)
{
  return g_object_new (CASELOAD_TYPE_COHORT_PAGE, NULL);
}

void
caseload_cohort_page_set_context (CaseloadCohortPage *self,
                                  CaseloadContext    *context)
{
  g_return_if_fail (CASELOAD_IS_COHORT_PAGE (self));
  g_return_if_fail (context == NULL || CASELOAD_IS_CONTEXT (context));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_set_object (&self->context, context);
}

void
caseload_cohort_page_open (CaseloadCohortPage *self,
                           const char         *id)
{
  g_return_if_fail (CASELOAD_IS_COHORT_PAGE (self));
  g_return_if_fail (id != NULL);

  if (g_strcmp0 (self->cohort_id, id) != 0)
    {
      g_free (self->cohort_id);
      self->cohort_id = g_strdup (id);
      /* Someone else's group is not shown while this one is read. */
      if (self->cohort != NULL && g_strcmp0 (caseload_cohort_get_id (self->cohort), id) != 0)
        gtk_stack_set_visible_child_name (self->stack, "loading");
    }
  caseload_cohort_page_reload (self);
}

void
caseload_cohort_page_reload (CaseloadCohortPage *self)
{
  g_return_if_fail (CASELOAD_IS_COHORT_PAGE (self));

  if (self->context == NULL || self->cohort_id == NULL || caseload_context_get_actor (self->context) == NULL)
    return;

  self->loading = TRUE;
  if (self->cohort == NULL)
    gtk_stack_set_visible_child_name (self->stack, "loading");
  caseload_worker_run (self, caseload_cohort_page_reload, read_thread, page_call_new (self),
                       (GDestroyNotify) page_call_free, g_object_unref,
                       self->cancellable, on_read_cb, g_object_ref (self));
}

void
caseload_cohort_page_show (CaseloadCohortPage *self,
                           CaseloadCohort     *cohort)
{
  g_autofree char *today_iso = NULL;
  GDate today;

  g_return_if_fail (CASELOAD_IS_COHORT_PAGE (self));
  g_return_if_fail (CASELOAD_IS_COHORT (cohort));

  g_set_object (&self->cohort, cohort);
  if (g_strcmp0 (self->cohort_id, caseload_cohort_get_id (cohort)) != 0)
    {
      g_free (self->cohort_id);
      self->cohort_id = g_strdup (caseload_cohort_get_id (cohort));
    }
  get_today (self, &today);
  today_iso = caseload_date_to_iso (&today);

  clear_rows (self);
  show_header (self);
  show_figures (self, &today);
  show_facilitators (self);
  show_participants (self, &today);
  caseload_attendance_grid_set_cohort (self->grid, cohort, today_iso);
  caseload_cohort_page_show_trend (self, MIN (gtk_drop_down_get_selected (self->trend_dropdown),
                                              caseload_cohort_get_participants (cohort)->len));

  gtk_stack_set_visible_child_name (self->stack, "cohort");
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TITLE]);
}

void
caseload_cohort_page_show_trend (CaseloadCohortPage *self,
                                 guint               index)
{
  GPtrArray *participants;
  CaseloadCohortParticipant *participant;
  g_autoptr(GArray) numbers = NULL;
  g_autoptr(GArray) series = NULL;
  g_autoptr(GPtrArray) categories = NULL;
  g_autofree double *values = NULL;
  g_autofree char *title = NULL;

  g_return_if_fail (CASELOAD_IS_COHORT_PAGE (self));

  if (self->cohort == NULL)
    return;
  participants = caseload_cohort_get_participants (self->cohort);
  if (index >= participants->len)
    {
      caseload_chart_clear (self->chart);
      return;
    }
  participant = g_ptr_array_index (participants, index);
  if (gtk_drop_down_get_selected (self->trend_dropdown) != index)
    gtk_drop_down_set_selected (self->trend_dropdown, index);

  series = caseload_stepps_best_series (self->cohort, caseload_cohort_participant_get_id (participant), &numbers);
  categories = g_ptr_array_new_with_free_func (g_free);
  values = g_new0 (double, series->len + 1);
  for (guint i = 0; i < series->len; i++)
    {
      /* Translators: a session on the BEST trend's axis */
      g_ptr_array_add (categories, g_strdup_printf (_("Session %d"), g_array_index (numbers, int, i)));
      values[i] = g_array_index (series, int, i);
    }
  g_ptr_array_add (categories, NULL);

  /* Translators: the title of a participant's BEST trend chart */
  title = g_strdup_printf (_("BEST totals of %s"), caseload_cohort_participant_get_person_name (participant));
  caseload_chart_set_title (self->chart, title);
  caseload_chart_set_range (self->chart, 12, 72);
  if (series->len > 0)
    caseload_chart_set_data (self->chart, (const char * const *) categories->pdata, series->len, NULL, 1, values);
  else
    caseload_chart_clear (self->chart);
}

CaseloadCohort *
caseload_cohort_page_get_cohort (CaseloadCohortPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT_PAGE (self), NULL);

  return self->cohort;
}

const char *
caseload_cohort_page_get_title (CaseloadCohortPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT_PAGE (self), NULL);

  return self->cohort != NULL ? caseload_cohort_get_name (self->cohort) : NULL;
}

gboolean
caseload_cohort_page_get_loading (CaseloadCohortPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT_PAGE (self), FALSE);

  return self->loading;
}

CaseloadAttendanceGrid *
caseload_cohort_page_get_grid (CaseloadCohortPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT_PAGE (self), NULL);

  return self->grid;
}

CaseloadChart *
caseload_cohort_page_get_chart (CaseloadCohortPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT_PAGE (self), NULL);

  return self->chart;
}

const char *
caseload_cohort_page_get_warning (CaseloadCohortPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT_PAGE (self), NULL);

  return self->warning;
}
