/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-reinforcers-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-field-error-row.h"
#include "caseload-form.h"
#include "caseload-format.h"
#include "caseload-info-row.h"
#include "caseload-participant-save.h"
#include "caseload-reinforcers-dialog.h"
#include "caseload-stepps-print.h"
#include "caseload-worker.h"

#define MAX_NAME 200
#define MAX_ROLE 200

struct _CaseloadReinforcersDialog
{
  AdwWindow                  parent_instance;

  /* Owned */
  CaseloadContext           *context;
  CaseloadCohort            *cohort;
  CaseloadCohortParticipant *participant;
  GCancellable              *cancellable;
  GPtrArray                 *team;           /* CaseloadReinforcer, the dialog's own copies */
  GPtrArray                 *network;        /* CaseloadNetworkMember of the person */
  GPtrArray                 *rows;           /* rows added to the groups */
  char                      *first_name;

  /* Template children */
  AdwWindowTitle            *window_title;
  GtkRevealer               *banner_revealer;
  GtkLabel                  *banner_label;
  AdwPreferencesPage        *page;
  AdwPreferencesGroup       *team_group;
  AdwPreferencesGroup       *network_group;
  AdwEntryRow               *name_row;
  AdwEntryRow               *role_row;
};

typedef struct {
  CaseloadStore *store;
  CaseloadStaff *actor;
  char          *person_id;
} TeamCall;

G_DEFINE_FINAL_TYPE (CaseloadReinforcersDialog, caseload_reinforcers_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void
team_call_free (TeamCall *call)
{
  g_clear_object (&call->store);
  g_clear_object (&call->actor);
  g_free (call->person_id);
  g_free (call);
}

static TeamCall *
team_call_new (CaseloadReinforcersDialog *self)
{
  TeamCall *call = g_new0 (TeamCall, 1);

  call->store = g_object_ref (caseload_context_get_store (self->context));
  call->actor = caseload_worker_copy_staff (caseload_context_get_actor (self->context));
  call->person_id = g_strdup (caseload_cohort_participant_get_person_id (self->participant));
  return call;
}

static gpointer
person_thread (gpointer       data,
               GCancellable  *cancellable,
               GError       **error)
{
  TeamCall *call = data;

  return caseload_store_open_person (call->store, call->actor, call->person_id, error);
}

static void
show_banner (CaseloadReinforcersDialog *self,
             const char                *message)
{
  caseload_form_show_banner (self->banner_revealer, self->banner_label, message);
}

static CaseloadReinforcer *
copy_reinforcer (CaseloadReinforcer *reinforcer)
{
  CaseloadReinforcer *copy = caseload_reinforcer_new ();

  caseload_reinforcer_set_id (copy, caseload_reinforcer_get_id (reinforcer));
  caseload_reinforcer_set_participant_id (copy, caseload_reinforcer_get_participant_id (reinforcer));
  caseload_reinforcer_set_network_member_id (copy, caseload_reinforcer_get_network_member_id (reinforcer));
  caseload_reinforcer_set_name (copy, caseload_reinforcer_get_name (reinforcer));
  caseload_reinforcer_set_role (copy, caseload_reinforcer_get_role (reinforcer));
  caseload_reinforcer_set_professional (copy, caseload_reinforcer_get_professional (reinforcer));
  caseload_reinforcer_set_summary_given_on (copy, caseload_reinforcer_get_summary_given_on (reinforcer));
  return copy;
}

static gboolean
in_team (CaseloadReinforcersDialog *self,
         const char                *member_id)
{
  for (guint i = 0; i < self->team->len; i++)
    if (g_strcmp0 (caseload_reinforcer_get_network_member_id (g_ptr_array_index (self->team, i)), member_id) == 0)
      return TRUE;
  return FALSE;
}

static GtkWidget *
create_button (const char *icon_name,
               const char *tooltip,
               const char *action,
               GVariant   *target)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  return button;
}

static void
add_row (CaseloadReinforcersDialog *self,
         AdwPreferencesGroup       *group,
         GtkWidget                 *row)
{
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->rows, g_object_ref (row));
}

/* Shows the team and the network members not in it yet. */
static void
update (CaseloadReinforcersDialog *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      if (group != NULL)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->rows, 0);

  for (guint i = 0; i < self->team->len; i++)
    {
      CaseloadReinforcer *reinforcer = g_ptr_array_index (self->team, i);
      const char *role = caseload_reinforcer_get_role (reinforcer);
      g_autofree char *given = caseload_format_date (caseload_reinforcer_get_summary_given_on (reinforcer));
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      const char *what = role != NULL && *role != '\0' ? role
                         : caseload_reinforcer_get_professional (reinforcer) ? _("Professional") : _("Network");

      if (given != NULL)
        /* Translators: a team member's role, and when they were given the printed skills summary */
        subtitle = g_strdup_printf (_("%s · skills summary given %s"), what, given);
      else
        /* Translators: a team member's role, and that they have no printed skills summary yet */
        subtitle = g_strdup_printf (_("%s · no skills summary given yet"), what);
      row = caseload_info_row_new (caseload_reinforcer_get_name (reinforcer), subtitle);
      caseload_info_row_add_suffix (row, create_button ("document-print-symbolic", _("Print Skills Summary…"),
                                                        "reinforcers-dialog.print", g_variant_new_uint32 (i)));
      caseload_info_row_add_suffix (row, create_button ("user-trash-symbolic", _("Remove From the Team"),
                                                        "reinforcers-dialog.remove", g_variant_new_uint32 (i)));
      add_row (self, self->team_group, row);
    }
  if (self->team->len == 0)
    add_row (self, self->team_group, caseload_info_row_new (_("Nobody named yet"), NULL));

  for (guint i = 0; self->network != NULL && i < self->network->len; i++)
    {
      CaseloadNetworkMember *member = g_ptr_array_index (self->network, i);
      GtkWidget *row;

      if (in_team (self, caseload_network_member_get_id (member)))
        continue;
      row = caseload_info_row_new (caseload_network_member_get_name (member),
                                   caseload_relationship_label (caseload_network_member_get_relationship (member)));
      caseload_info_row_add_suffix (row, create_button ("list-add-symbolic", _("Add to the Team"),
                                                        "reinforcers-dialog.add-member",
                                                        g_variant_new_string (caseload_network_member_get_id (member))));
      add_row (self, self->network_group, row);
    }
}

static void
on_person_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(CaseloadReinforcersDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  CaseloadPersonDetail *detail = caseload_worker_finish (result, &error);
  CaseloadPerson *person;
  const char *first;

  if (detail == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autofree char *message = caseload_format_read_error (error);
          show_banner (self, message);
        }
      return;
    }

  person = detail->person;
  first = caseload_person_get_preferred_name (person);
  if (first == NULL || *first == '\0')
    first = caseload_person_get_given_name (person);
  g_free (self->first_name);
  self->first_name = g_strdup (first);

  g_clear_pointer (&self->network, g_ptr_array_unref);
  self->network = g_ptr_array_ref (detail->network);
  caseload_person_detail_free (detail);
  update (self);
}

static void
on_saved_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(CaseloadReinforcersDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  if (caseload_worker_finish (result, &error) != NULL)
    {
      g_signal_emit (self, signals [SAVED], 0);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  caseload_form_save_failed (GTK_WIDGET (self), "reinforcers-dialog.save", self->banner_revealer, self->banner_label, error);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CaseloadReinforcersDialog *self = CASELOAD_REINFORCERS_DIALOG (widget);
  g_autoptr(CaseloadCohortParticipant) participant = caseload_participant_save_copy (self->participant);
  GPtrArray *team = caseload_cohort_participant_get_reinforcers (participant);

  caseload_cohort_participant_set_cohort_id (participant, caseload_cohort_get_id (self->cohort));
  for (guint i = 0; i < self->team->len; i++)
    g_ptr_array_add (team, copy_reinforcer (g_ptr_array_index (self->team, i)));

  show_banner (self, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reinforcers-dialog.save", FALSE);
  caseload_participant_save_run (self, self->context, participant, self->cancellable, on_saved_cb, g_object_ref (self));
}

static void
add_member_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CaseloadReinforcersDialog *self = CASELOAD_REINFORCERS_DIALOG (widget);
  const char *id = g_variant_get_string (parameter, NULL);

  for (guint i = 0; self->network != NULL && i < self->network->len; i++)
    {
      CaseloadNetworkMember *member = g_ptr_array_index (self->network, i);
      CaseloadReinforcer *reinforcer;

      if (g_strcmp0 (caseload_network_member_get_id (member), id) != 0 || in_team (self, id))
        continue;
      reinforcer = caseload_reinforcer_new ();
      caseload_reinforcer_set_participant_id (reinforcer, caseload_cohort_participant_get_id (self->participant));
      caseload_reinforcer_set_network_member_id (reinforcer, id);
      caseload_reinforcer_set_name (reinforcer, caseload_network_member_get_name (member));
      caseload_reinforcer_set_role (reinforcer,
                                    caseload_relationship_label (caseload_network_member_get_relationship (member)));
      g_ptr_array_add (self->team, reinforcer);
      update (self);
      return;
    }
}

static void
add_professional_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  CaseloadReinforcersDialog *self = CASELOAD_REINFORCERS_DIALOG (widget);
  g_autofree char *name = caseload_form_get_entry_text (self->name_row);
  g_autofree char *role = caseload_form_get_entry_text (self->role_row);

  if (caseload_reinforcers_dialog_add_professional (self, name, role))
    {
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), "");
      gtk_editable_set_text (GTK_EDITABLE (self->role_row), "");
    }
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CaseloadReinforcersDialog *self = CASELOAD_REINFORCERS_DIALOG (widget);
  guint index = g_variant_get_uint32 (parameter);

  if (index < self->team->len)
    {
      g_ptr_array_remove_index (self->team, index);
      update (self);
    }
}

typedef struct {
  CaseloadReinforcersDialog *dialog;
  CaseloadReinforcer        *reinforcer;
} Printing;

/* Once printed, the summary counts as given today (saved with the team). */
static void
on_printed (gpointer user_data,
            gboolean printed)
{
  Printing *printing = user_data;
  CaseloadReinforcersDialog *self = printing->dialog;

  if (printed && self->context != NULL)
    {
      g_autofree char *today_iso = NULL;
      GDate today;

      caseload_clock_today (caseload_context_get_clock (self->context), &today);
      today_iso = caseload_date_to_iso (&today);
      caseload_reinforcer_set_summary_given_on (printing->reinforcer, today_iso);
      update (self);
    }
  g_object_unref (printing->reinforcer);
  g_object_unref (printing->dialog);
  g_free (printing);
}

void
caseload_reinforcers_dialog_print_to (CaseloadReinforcersDialog *self,
                                      guint                      index,
                                      const char                *pdf_path)
{
  CaseloadReinforcer *reinforcer;
  Printing *printing;
  const char *first;

  g_return_if_fail (CASELOAD_IS_REINFORCERS_DIALOG (self));
  g_return_if_fail (index < self->team->len);

  reinforcer = g_ptr_array_index (self->team, index);
  printing = g_new0 (Printing, 1);
  printing->dialog = g_object_ref (self);
  printing->reinforcer = g_object_ref (reinforcer);

  /* Only the participant's first name, never more of them. */
  first = self->first_name;
  caseload_stepps_print_run (GTK_WIDGET (self), self->context, caseload_cohort_participant_get_person_id (self->participant),
                             first != NULL ? first : "", caseload_reinforcer_get_name (reinforcer), pdf_path,
                             on_printed, printing);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  CaseloadReinforcersDialog *self = CASELOAD_REINFORCERS_DIALOG (widget);
  guint index = g_variant_get_uint32 (parameter);

  if (index < self->team->len)
    caseload_reinforcers_dialog_print_to (self, index, NULL);
}

static void
caseload_reinforcers_dialog_dispose (GObject *object)
{
  CaseloadReinforcersDialog *self = (CaseloadReinforcersDialog *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_REINFORCERS_DIALOG);

  g_clear_object (&self->context);
  g_clear_object (&self->cohort);
  g_clear_object (&self->participant);
  g_clear_pointer (&self->team, g_ptr_array_unref);
  g_clear_pointer (&self->network, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->first_name, g_free);

  G_OBJECT_CLASS (caseload_reinforcers_dialog_parent_class)->dispose (object);
}

static void
caseload_reinforcers_dialog_class_init (CaseloadReinforcersDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_reinforcers_dialog_dispose;

  signals [SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (CASELOAD_TYPE_FIELD_ERROR_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pcnmh/Caseload/caseload-reinforcers-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadReinforcersDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReinforcersDialog, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReinforcersDialog, banner_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReinforcersDialog, page);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReinforcersDialog, team_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReinforcersDialog, network_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReinforcersDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReinforcersDialog, role_row);

  gtk_widget_class_install_action (widget_class, "reinforcers-dialog.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "reinforcers-dialog.add-member", "s", add_member_action);
  gtk_widget_class_install_action (widget_class, "reinforcers-dialog.add-professional", NULL, add_professional_action);
  gtk_widget_class_install_action (widget_class, "reinforcers-dialog.remove", "u", remove_action);
  gtk_widget_class_install_action (widget_class, "reinforcers-dialog.print", "u", print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "reinforcers-dialog.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
caseload_reinforcers_dialog_init (CaseloadReinforcersDialog *self)
{
  self->cancellable = g_cancellable_new ();
  self->team = g_ptr_array_new_with_free_func (g_object_unref);
  self->rows = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
caseload_reinforcers_dialog_new (GtkWindow                 *parent,
                                 CaseloadContext           *context,
                                 CaseloadCohort            *cohort,
                                 CaseloadCohortParticipant *participant)
{
  CaseloadReinforcersDialog *self;
  GPtrArray *team;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CASELOAD_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (CASELOAD_IS_COHORT (cohort), NULL);
  g_return_val_if_fail (CASELOAD_IS_COHORT_PARTICIPANT (participant), NULL);

  self = g_object_new (CASELOAD_TYPE_REINFORCERS_DIALOG, "transient-for", parent, NULL);
  self->context = g_object_ref (context);
  self->cohort = g_object_ref (cohort);
  self->participant = g_object_ref (participant);
  adw_window_title_set_subtitle (self->window_title, caseload_cohort_participant_get_person_name (participant));

  team = caseload_cohort_participant_get_reinforcers (participant);
  for (guint i = 0; i < team->len; i++)
    g_ptr_array_add (self->team, copy_reinforcer (g_ptr_array_index (team, i)));
  update (self);

  caseload_worker_run (self, caseload_reinforcers_dialog_new, person_thread, team_call_new (self),
                       (GDestroyNotify) team_call_free, (GDestroyNotify) caseload_person_detail_free,
                       self->cancellable, on_person_cb, g_object_ref (self));
  return GTK_WIDGET (self);
}

GPtrArray *
caseload_reinforcers_dialog_get_team (CaseloadReinforcersDialog *self)
{
  g_return_val_if_fail (CASELOAD_IS_REINFORCERS_DIALOG (self), NULL);

  return self->team;
}

gboolean
caseload_reinforcers_dialog_add_professional (CaseloadReinforcersDialog *self,
                                              const char                *name,
                                              const char                *role)
{
  g_autoptr(GPtrArray) problems = caseload_field_errors_new ();
  CaseloadReinforcer *reinforcer;
  const char *unplaced = NULL;

  g_return_val_if_fail (CASELOAD_IS_REINFORCERS_DIALOG (self), FALSE);

  caseload_field_errors_check_text (problems, "name", _("Name"), name, TRUE, MAX_NAME);
  caseload_field_errors_check_text (problems, "role", _("Role"), role, TRUE, MAX_ROLE);
  caseload_field_error_row_show_all (GTK_WIDGET (self->page), problems, &unplaced);
  if (problems->len > 0)
    return FALSE;

  reinforcer = caseload_reinforcer_new ();
  caseload_reinforcer_set_participant_id (reinforcer, caseload_cohort_participant_get_id (self->participant));
  caseload_reinforcer_set_name (reinforcer, name);
  caseload_reinforcer_set_role (reinforcer, role);
  caseload_reinforcer_set_professional (reinforcer, TRUE);
  g_ptr_array_add (self->team, reinforcer);
  update (self);
  return TRUE;
}

const char *
caseload_reinforcers_dialog_get_error (CaseloadReinforcersDialog *self,
                                       const char                *field)
{
  CaseloadFieldErrorRow *row;

  g_return_val_if_fail (CASELOAD_IS_REINFORCERS_DIALOG (self), NULL);

  row = caseload_field_error_row_find (GTK_WIDGET (self->page), field);
  return row != NULL ? caseload_field_error_row_get_message (row) : NULL;
}
