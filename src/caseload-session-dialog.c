/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-session-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "caseload-field-error-row.h"
#include "caseload-form.h"
#include "caseload-format.h"
#include "caseload-session-dialog.h"
#include "caseload-worker.h"

/* The attendance dropdown's choices, in order: nothing recorded, then the statuses. */
#define NOT_RECORDED 0

typedef struct {
  char          *participant_id;
  GtkDropDown   *status;
  GtkSpinButton *intensity;
  GtkEditable   *best;
} Mark;

struct _CaseloadSessionDialog
{
  AdwWindow              parent_instance;

  /* Owned */
  CaseloadContext       *context;
  CaseloadCohort        *cohort;
  CaseloadCohortSession *session;     /* as read */
  GCancellable          *cancellable;
  GArray                *marks;       /* Mark per participant */
  int                    number;

  /* Template children */
  AdwWindowTitle        *window_title;
  GtkRevealer           *banner_revealer;
  GtkLabel              *banner_label;
  AdwPreferencesPage    *page;
  AdwEntryRow           *date_row;
  AdwEntryRow           *topic_row;
  GtkTextView           *notes_view;
  AdwPreferencesGroup   *attendance_group;
};

typedef struct {
  CaseloadStore         *store;
  CaseloadStaff         *actor;
  CaseloadCohortSession *session;
  GPtrArray             *attendance;
} SaveCall;

G_DEFINE_FINAL_TYPE (CaseloadSessionDialog, caseload_session_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void
mark_clear (Mark *mark)
{
  g_free (mark->participant_id);
}

static void
save_call_free (SaveCall *call)
{
  g_clear_object (&call->store);
  g_clear_object (&call->actor);
  g_clear_object (&call->session);
  g_clear_pointer (&call->attendance, g_ptr_array_unref);
  g_free (call);
}

static gpointer
save_thread (gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  SaveCall *call = data;

  return caseload_store_save_cohort_session (call->store, call->actor, call->session, call->attendance, error)
    ? CASELOAD_WORKER_DONE : NULL;
}

static void
show_banner (CaseloadSessionDialog *self,
             const char            *message)
{
  caseload_form_show_banner (self->banner_revealer, self->banner_label, message);
}

static CaseloadAttendance *
find_attendance (CaseloadSessionDialog *self,
                 const char            *participant_id)
{
  GPtrArray *attendance = caseload_cohort_get_attendance (self->cohort);

  if (self->session == NULL)
    return NULL;
  for (guint i = 0; i < attendance->len; i++)
    {
      CaseloadAttendance *mark = g_ptr_array_index (attendance, i);

      if (g_strcmp0 (caseload_attendance_get_session_id (mark), caseload_cohort_session_get_id (self->session)) == 0 &&
          g_strcmp0 (caseload_attendance_get_participant_id (mark), participant_id) == 0)
        return mark;
    }
  return NULL;
}

static void
add_participant (CaseloadSessionDialog     *self,
                 CaseloadCohortParticipant *participant,
                 GtkStringList             *statuses)
{
  const char *name = caseload_cohort_participant_get_person_name (participant);
  const char *id = caseload_cohort_participant_get_id (participant);
  CaseloadAttendance *recorded = find_attendance (self, id);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *status = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (statuses)), NULL);
  GtkWidget *intensity = gtk_spin_button_new_with_range (0, 5, 1);
  GtkWidget *best = gtk_entry_new ();
  GtkWidget *error_row;
  g_autofree char *field = g_strdup_printf ("attendance:%s", id);
  g_autofree char *status_label = NULL;
  g_autofree char *intensity_label = NULL;
  g_autofree char *best_label = NULL;
  Mark mark = { 0 };

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name != NULL ? name : "");

  /* Translators: for screen readers, the controls of one person's attendance */
  status_label = g_strdup_printf (_("Attendance of %s"), name);
  intensity_label = g_strdup_printf (_("Emotional intensity of %s, 1 to 5"), name);
  best_label = g_strdup_printf (_("BEST total of %s, 12 to 72"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (status), GTK_ACCESSIBLE_PROPERTY_LABEL, status_label, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (intensity), GTK_ACCESSIBLE_PROPERTY_LABEL, intensity_label, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (best), GTK_ACCESSIBLE_PROPERTY_LABEL, best_label, -1);
  gtk_widget_set_tooltip_text (intensity, _("Emotional intensity, 1 to 5 (0: not rated)"));
  gtk_widget_set_tooltip_text (best, _("BEST total, 12 to 72"));
  gtk_entry_set_placeholder_text (GTK_ENTRY (best), _("BEST"));
  gtk_editable_set_width_chars (GTK_EDITABLE (best), 5);
  gtk_entry_set_input_purpose (GTK_ENTRY (best), GTK_INPUT_PURPOSE_DIGITS);
  gtk_widget_set_valign (status, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (intensity, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (best, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), status);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), intensity);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), best);

  if (recorded != NULL)
    {
      gtk_drop_down_set_selected (GTK_DROP_DOWN (status), caseload_attendance_get_status (recorded) + 1);
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (intensity), caseload_attendance_get_intensity (recorded));
      if (caseload_attendance_get_has_best (recorded))
        {
          g_autofree char *text = g_strdup_printf ("%d", caseload_attendance_get_best_total (recorded));
          gtk_editable_set_text (GTK_EDITABLE (best), text);
        }
    }

  error_row = g_object_new (CASELOAD_TYPE_FIELD_ERROR_ROW, "field", field, "widget", row, NULL);
  adw_preferences_group_add (self->attendance_group, row);
  adw_preferences_group_add (self->attendance_group, error_row);

  mark.participant_id = g_strdup (id);
  mark.status = GTK_DROP_DOWN (status);
  mark.intensity = GTK_SPIN_BUTTON (intensity);
  mark.best = GTK_EDITABLE (best);
  g_array_append_val (self->marks, mark);
}

static void
fill (CaseloadSessionDialog *self)
{
  GPtrArray *sessions = caseload_cohort_get_sessions (self->cohort);
  GPtrArray *participants = caseload_cohort_get_participants (self->cohort);
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autofree char *title = NULL;

  for (guint i = 0; i < sessions->len; i++)
    if (caseload_cohort_session_get_number (g_ptr_array_index (sessions, i)) == self->number)
      self->session = g_object_ref (g_ptr_array_index (sessions, i));

  /* Translators: the session dialog's title: "Session 3" */
  title = g_strdup_printf (_("Session %d"), self->number);
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, caseload_cohort_get_name (self->cohort));
  gtk_window_set_title (GTK_WINDOW (self), title);

  if (self->session != NULL)
    {
      const char *notes = caseload_cohort_session_get_notes (self->session);

      caseload_form_set_entry_iso (self->date_row, caseload_cohort_session_get_held_on (self->session));
      gtk_editable_set_text (GTK_EDITABLE (self->topic_row),
                             caseload_cohort_session_get_topic (self->session) != NULL
                             ? caseload_cohort_session_get_topic (self->session) : "");
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), notes != NULL ? notes : "", -1);
    }

  /* Translators: a participant's attendance not recorded yet, in the session dialog */
  gtk_string_list_append (statuses, _("Not recorded"));
  gtk_string_list_append (statuses, caseload_attendance_status_label (CASELOAD_ATTENDANCE_ATTENDED));
  gtk_string_list_append (statuses, caseload_attendance_status_label (CASELOAD_ATTENDANCE_APOLOGIES));
  gtk_string_list_append (statuses, caseload_attendance_status_label (CASELOAD_ATTENDANCE_DID_NOT_ATTEND));

  for (guint i = 0; i < participants->len; i++)
    add_participant (self, g_ptr_array_index (participants, i), statuses);
  if (participants->len == 0)
    adw_preferences_group_set_description (self->attendance_group, _("Nobody is in this group yet"));
}

/* Reads a BEST total typed: TRUE with @total, or with @has_best FALSE when left blank;
 * FALSE when it is not a whole number. */
static gboolean
read_best (GtkEditable *editable,
           gboolean    *has_best,
           int         *total)
{
  g_autofree char *text = caseload_form_get_entry_text (editable);
  char *end = NULL;
  gint64 value;

  *has_best = FALSE;
  *total = 0;
  if (*text == '\0')
    return TRUE;
  value = g_ascii_strtoll (text, &end, 10);
  if (end == NULL || *end != '\0' || value < G_MININT || value > G_MAXINT)
    return FALSE;
  *has_best = TRUE;
  *total = (int) value;
  return TRUE;
}

/* What the form records, or NULL with each problem beside its field. */
static CaseloadCohortSession *
build (CaseloadSessionDialog  *self,
       GPtrArray             **attendance_out)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) caseload_field_error_free);
  g_autoptr(GPtrArray) checked = NULL;
  g_autoptr(GPtrArray) attendance = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(CaseloadCohortSession) session = caseload_cohort_session_new ();
  g_autofree char *held_on = caseload_form_read_when (self->date_row, "held-on", TRUE, TRUE, problems);
  g_autofree char *topic = caseload_form_get_entry_text (self->topic_row);
  g_autofree char *notes = caseload_form_get_text_view_text (self->notes_view);
  const char *unplaced = NULL;
  GtkWidget *first_bad;

  if (self->session != NULL)
    {
      caseload_cohort_session_set_id (session, caseload_cohort_session_get_id (self->session));
      caseload_cohort_session_set_version (session, caseload_cohort_session_get_version (self->session));
    }
  caseload_cohort_session_set_cohort_id (session, caseload_cohort_get_id (self->cohort));
  caseload_cohort_session_set_number (session, self->number);
  caseload_cohort_session_set_held_on (session, held_on);
  caseload_cohort_session_set_topic (session, *topic != '\0' ? topic : NULL);
  caseload_cohort_session_set_notes (session, *notes != '\0' ? notes : NULL);

  for (guint i = 0; i < self->marks->len; i++)
    {
      Mark *mark = &g_array_index (self->marks, Mark, i);
      guint status = gtk_drop_down_get_selected (mark->status);
      int intensity = gtk_spin_button_get_value_as_int (mark->intensity);
      g_autoptr(CaseloadAttendance) recorded = NULL;
      gboolean has_best;
      int best;

      if (!read_best (mark->best, &has_best, &best))
        {
          g_autofree char *field = g_strdup_printf ("attendance:%s", mark->participant_id);

          caseload_field_errors_add (problems, field, _("Enter the BEST total as a whole number from 12 to 72, or leave it blank."));
          continue;
        }
      if (status == NOT_RECORDED || status == GTK_INVALID_LIST_POSITION)
        {
          if (has_best || intensity > 0)
            {
              g_autofree char *field = g_strdup_printf ("attendance:%s", mark->participant_id);

              caseload_field_errors_add (problems, field,
                                         _("Choose whether they attended before recording their intensity or BEST total."));
            }
          continue;
        }

      recorded = caseload_attendance_new ();
      caseload_attendance_set_session_id (recorded, caseload_cohort_session_get_id (session));
      caseload_attendance_set_participant_id (recorded, mark->participant_id);
      caseload_attendance_set_status (recorded, (CaseloadAttendanceStatus) (status - 1));
      caseload_attendance_set_intensity (recorded, intensity);
      caseload_attendance_set_has_best (recorded, has_best);
      caseload_attendance_set_best_total (recorded, best);
      g_ptr_array_add (attendance, g_steal_pointer (&recorded));
    }

  /* The core's checks for what could be read; a field already at fault keeps its first
   * problem. */
  if (held_on != NULL)
    {
      checked = caseload_cohort_session_check (self->cohort, session, attendance);
      for (guint i = 0; i < checked->len; i++)
        {
          CaseloadFieldError *problem = g_ptr_array_index (checked, i);
          gboolean known = FALSE;

          for (guint j = 0; j < problems->len && !known; j++)
            known = g_strcmp0 (((CaseloadFieldError *) g_ptr_array_index (problems, j))->field, problem->field) == 0;
          if (!known)
            caseload_field_errors_add (problems, problem->field, problem->message);
        }
    }

  first_bad = caseload_field_error_row_show_all (GTK_WIDGET (self->page), problems, &unplaced);
  show_banner (self, unplaced);
  if (first_bad != NULL)
    gtk_widget_grab_focus (first_bad);
  if (problems->len > 0)
    return NULL;

  *attendance_out = g_steal_pointer (&attendance);
  return g_steal_pointer (&session);
}

static void
on_saved_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(CaseloadSessionDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  if (caseload_worker_finish (result, &error) != NULL)
    {
      g_signal_emit (self, signals [SAVED], 0);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  caseload_form_save_failed (GTK_WIDGET (self), "session-dialog.save", self->banner_revealer, self->banner_label, error);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CaseloadSessionDialog *self = CASELOAD_SESSION_DIALOG (widget);
  g_autoptr(GPtrArray) attendance = NULL;
  g_autoptr(CaseloadCohortSession) session = NULL;
  SaveCall *call;

  show_banner (self, NULL);
  if ((session = build (self, &attendance)) == NULL)
    return;

  call = g_new0 (SaveCall, 1);
  call->store = g_object_ref (caseload_context_get_store (self->context));
  call->actor = caseload_worker_copy_staff (caseload_context_get_actor (self->context));
  call->session = g_steal_pointer (&session);
  call->attendance = g_steal_pointer (&attendance);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session-dialog.save", FALSE);
  caseload_worker_run (self, save_action, save_thread, call, (GDestroyNotify) save_call_free, NULL,
                       self->cancellable, on_saved_cb, g_object_ref (self));
}

static void
caseload_session_dialog_dispose (GObject *object)
{
  CaseloadSessionDialog *self = (CaseloadSessionDialog *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_SESSION_DIALOG);

  g_clear_object (&self->context);
  g_clear_object (&self->cohort);
  g_clear_object (&self->session);
  g_clear_pointer (&self->marks, g_array_unref);

  G_OBJECT_CLASS (caseload_session_dialog_parent_class)->dispose (object);
}

static void
caseload_session_dialog_class_init (CaseloadSessionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_session_dialog_dispose;

  signals [SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (CASELOAD_TYPE_FIELD_ERROR_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pcnmh/Caseload/caseload-session-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadSessionDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, CaseloadSessionDialog, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, CaseloadSessionDialog, banner_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadSessionDialog, page);
  gtk_widget_class_bind_template_child (widget_class, CaseloadSessionDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadSessionDialog, topic_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadSessionDialog, notes_view);
  gtk_widget_class_bind_template_child (widget_class, CaseloadSessionDialog, attendance_group);

  gtk_widget_class_install_action (widget_class, "session-dialog.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "session-dialog.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
caseload_session_dialog_init (CaseloadSessionDialog *self)
{
  self->cancellable = g_cancellable_new ();
  self->marks = g_array_new (FALSE, TRUE, sizeof (Mark));
  g_array_set_clear_func (self->marks, (GDestroyNotify) mark_clear);

  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
caseload_session_dialog_new (GtkWindow       *parent,
                             CaseloadContext *context,
                             CaseloadCohort  *cohort,
                             int              number)
{
  CaseloadSessionDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CASELOAD_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (CASELOAD_IS_COHORT (cohort), NULL);

  self = g_object_new (CASELOAD_TYPE_SESSION_DIALOG, "transient-for", parent, NULL);
  self->context = g_object_ref (context);
  self->cohort = g_object_ref (cohort);
  self->number = number;
  fill (self);
  return GTK_WIDGET (self);
}

const char *
caseload_session_dialog_get_error (CaseloadSessionDialog *self,
                                   const char            *field)
{
  CaseloadFieldErrorRow *row;

  g_return_val_if_fail (CASELOAD_IS_SESSION_DIALOG (self), NULL);

  row = caseload_field_error_row_find (GTK_WIDGET (self->page), field);
  return row != NULL ? caseload_field_error_row_get_message (row) : NULL;
}

GtkDropDown *
caseload_session_dialog_get_status_dropdown (CaseloadSessionDialog *self,
                                             guint                  index)
{
  g_return_val_if_fail (CASELOAD_IS_SESSION_DIALOG (self), NULL);
  g_return_val_if_fail (index < self->marks->len, NULL);

  return g_array_index (self->marks, Mark, index).status;
}

GtkSpinButton *
caseload_session_dialog_get_intensity (CaseloadSessionDialog *self,
                                       guint                  index)
{
  g_return_val_if_fail (CASELOAD_IS_SESSION_DIALOG (self), NULL);
  g_return_val_if_fail (index < self->marks->len, NULL);

  return g_array_index (self->marks, Mark, index).intensity;
}

GtkEditable *
caseload_session_dialog_get_best (CaseloadSessionDialog *self,
                                  guint                  index)
{
  g_return_val_if_fail (CASELOAD_IS_SESSION_DIALOG (self), NULL);
  g_return_val_if_fail (index < self->marks->len, NULL);

  return g_array_index (self->marks, Mark, index).best;
}
