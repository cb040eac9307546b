/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-task-row"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-format.h"
#include "caseload-task-row.h"

struct _CaseloadTaskRow
{
  AdwActionRow    parent_instance;

  /* Owned */
  CaseloadTask   *task;
  gboolean        undoing;

  /* Template children */
  GtkCheckButton *done_check;
  GtkWidget      *due_box;
  GtkWidget      *overdue_icon;
  GtkLabel       *due_label;
};

G_DEFINE_FINAL_TYPE (CaseloadTaskRow, caseload_task_row, ADW_TYPE_ACTION_ROW)

enum {
  DONE,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void
on_done_toggled_cb (CaseloadTaskRow *self)
{
  if (self->undoing || !gtk_check_button_get_active (self->done_check))
    return;

  /* Saved by the pane; the check stays until the row goes or the save fails. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->done_check), FALSE);
  g_signal_emit (self, signals [DONE], 0);
}

static void
caseload_task_row_dispose (GObject *object)
{
  CaseloadTaskRow *self = (CaseloadTaskRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_TASK_ROW);
  g_clear_object (&self->task);

  G_OBJECT_CLASS (caseload_task_row_parent_class)->dispose (object);
}

static void
caseload_task_row_class_init (CaseloadTaskRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_task_row_dispose;

  signals [DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pcnmh/Caseload/caseload-task-row.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadTaskRow, done_check);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTaskRow, due_box);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTaskRow, overdue_icon);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTaskRow, due_label);
  gtk_widget_class_bind_template_callback (widget_class, on_done_toggled_cb);
}

static void
caseload_task_row_init (CaseloadTaskRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
caseload_task_row_new (CaseloadTask *task,
                       const char   *today)
{
  CaseloadTaskRow *self;
  const char *due_on;
  const char *person;
  const char *organisation;
  g_autofree char *subtitle = NULL;
  g_autofree char *due = NULL;
  g_autofree char *due_text = NULL;
  g_autofree char *title = NULL;
  g_autofree char *accessible = NULL;
  gboolean overdue;

  g_return_val_if_fail (CASELOAD_IS_TASK (task), NULL);

  self = g_object_new (CASELOAD_TYPE_TASK_ROW, NULL);
  self->task = g_object_ref (task);

  /* Titles are typed text: never markup. */
  title = g_markup_escape_text (caseload_task_get_title (task) != NULL ? caseload_task_get_title (task) : "", -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  person = caseload_task_get_person_name (task);
  organisation = caseload_task_get_owner_organisation_name (task);
  if (person != NULL && organisation != NULL)
    /* Translators: a task owned by an organisation (a support plan action): the person,
     * then "For everyone at Thurrock & Brentwood Mind" */
    subtitle = g_strdup_printf (_("%s · For everyone at %s"), person, organisation);
  else if (organisation != NULL)
    subtitle = g_strdup_printf (_("For everyone at %s"), organisation);
  else
    subtitle = g_strdup (person);
  if (subtitle != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (subtitle, -1);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self), escaped);
    }

  due_on = caseload_task_get_due_on (task);
  due = caseload_format_date (due_on);
  overdue = due_on != NULL && today != NULL && strncmp (due_on, today, 10) < 0;
  if (due == NULL)
    due_text = g_strdup (_("No due date"));
  else if (overdue)
    /* Translators: a task's due date, in the past */
    due_text = g_strdup_printf (_("Overdue · %s"), due);
  else if (today != NULL && strncmp (due_on, today, 10) == 0)
    due_text = g_strdup (_("Due today"));
  else
    /* Translators: a task's due date */
    due_text = g_strdup_printf (_("Due %s"), due);

  gtk_label_set_text (self->due_label, due_text);
  gtk_widget_set_visible (self->overdue_icon, overdue);
  if (overdue)
    gtk_widget_add_css_class (self->due_box, "task-overdue");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->due_label), "dim-label");

  /* Translators: what the check button does, for a screen reader: "Mark “Review care plan” as done" */
  accessible = g_strdup_printf (_("Mark “%s” as done"), caseload_task_get_title (task));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->done_check), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);

  return GTK_WIDGET (self);
}

CaseloadTask *
caseload_task_row_get_task (CaseloadTaskRow *self)
{
  g_return_val_if_fail (CASELOAD_IS_TASK_ROW (self), NULL);

  return self->task;
}

void
caseload_task_row_undo (CaseloadTaskRow *self)
{
  g_return_if_fail (CASELOAD_IS_TASK_ROW (self));

  self->undoing = TRUE;
  gtk_check_button_set_active (self->done_check, FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->done_check), TRUE);
  self->undoing = FALSE;
}
