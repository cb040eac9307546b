/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-plan-merge-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-format.h"
#include "caseload-plan-merge-dialog.h"

#define NO_CHOICE (-1)

/* One field both people changed: the buttons that answer it. */
typedef struct {
  CaseloadPlanMergeDialog *dialog;
  CaseloadPlanConflict    *conflict;   /* owned by the dialog's array */
  int                      choice;     /* CaseloadMergeChoice, or NO_CHOICE */
  GtkToggleButton         *buttons[3]; /* mine, theirs, both (NULL when not text) */
} Question;

struct _CaseloadPlanMergeDialog
{
  AdwWindow     parent_instance;

  CaseloadPlan *merged;
  CaseloadPlan *theirs;
  GPtrArray    *conflicts;
  GPtrArray    *questions;   /* Question */

  GtkWidget    *save_button;
  GtkBox       *conflicts_box;
  GtkLabel     *intro_label;
};

G_DEFINE_FINAL_TYPE (CaseloadPlanMergeDialog, caseload_plan_merge_dialog, ADW_TYPE_WINDOW)

enum {
  RESOLVED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void
update_save (CaseloadPlanMergeDialog *self)
{
  gboolean answered = TRUE;

  for (guint i = 0; i < self->questions->len; i++)
    answered = answered && ((Question *) g_ptr_array_index (self->questions, i))->choice != NO_CHOICE;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "merge-dialog.save", answered);
  gtk_widget_set_tooltip_text (self->save_button, answered ? NULL : _("Choose which to keep for every field first"));
}

static void
on_choice_toggled_cb (GtkToggleButton *button,
                      Question        *question)
{
  if (!gtk_toggle_button_get_active (button))
    return;

  for (int i = 0; i < 3; i++)
    if (question->buttons[i] == button)
      question->choice = i == 0 ? CASELOAD_MERGE_KEEP_MINE
                       : i == 1 ? CASELOAD_MERGE_KEEP_THEIRS : CASELOAD_MERGE_KEEP_BOTH;
  update_save (question->dialog);
}

/* One side of a field, as a card: whose, and what it says. */
static GtkWidget *
create_side (const char *heading,
             const char *text)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (heading);
  GtkWidget *body = gtk_label_new (text != NULL && *text != '\0' ? text : _("(Left empty or removed)"));
  g_autofree char *name = NULL;

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "merge-side");
  gtk_widget_set_hexpand (card, TRUE);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_widget_set_margin_top (title, 12);
  gtk_widget_set_margin_start (title, 12);
  gtk_widget_set_margin_end (title, 12);

  gtk_label_set_xalign (GTK_LABEL (body), 0);
  gtk_label_set_yalign (GTK_LABEL (body), 0);
  gtk_label_set_wrap (GTK_LABEL (body), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (body), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (body), TRUE);
  gtk_widget_set_margin_bottom (body, 12);
  gtk_widget_set_margin_start (body, 12);
  gtk_widget_set_margin_end (body, 12);
  if (text == NULL || *text == '\0')
    gtk_widget_add_css_class (body, "dim-label");

  gtk_box_append (GTK_BOX (card), title);
  gtk_box_append (GTK_BOX (card), body);

  /* Translators: how a screen reader reads one side of a field in the merge, as in "Their version: Swimming on Tuesdays" */
  name = g_strdup_printf (_("%s: %s"), heading, gtk_label_get_text (GTK_LABEL (body)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  return card;
}

static void
add_question (CaseloadPlanMergeDialog *self,
              CaseloadPlanConflict    *conflict,
              const char              *their_heading)
{
  Question *question = g_new0 (Question, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *sides = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *choices = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  const char *labels[] = { N_("Keep _Mine"), N_("Keep _Theirs"), N_("Keep _Both") };
  g_autofree char *heading = NULL;

  question->dialog = self;
  question->conflict = conflict;
  question->choice = NO_CHOICE;

  /* Translators: a field both people changed, as in "My goals — Goal: Swimming — Target date" */
  heading = g_strcmp0 (conflict->section, conflict->field) == 0 ? g_strdup (conflict->field)
            : g_strdup_printf (_("%s — %s"), conflict->section, conflict->field);
  gtk_label_set_text (GTK_LABEL (title), heading);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "title-4");

  gtk_box_set_homogeneous (GTK_BOX (sides), TRUE);
  gtk_box_append (GTK_BOX (sides), create_side (their_heading, conflict->theirs));
  gtk_box_append (GTK_BOX (sides), create_side (_("Mine, not saved yet"), conflict->mine));

  gtk_widget_add_css_class (choices, "linked");
  gtk_widget_set_halign (choices, GTK_ALIGN_END);
  for (int i = 0; i < 3; i++)
    {
      GtkWidget *button;

      if (i == 2 && !conflict->text)
        break;
      button = gtk_toggle_button_new_with_mnemonic (_(labels[i]));
      if (i > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), question->buttons[0]);
      question->buttons[i] = GTK_TOGGLE_BUTTON (button);
      g_signal_connect (button, "toggled", G_CALLBACK (on_choice_toggled_cb), question);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, title, NULL, -1);
      gtk_box_append (GTK_BOX (choices), button);
    }

  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), sides);
  gtk_box_append (GTK_BOX (box), choices);
  gtk_box_append (self->conflicts_box, box);
  g_ptr_array_add (self->questions, question);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CaseloadPlanMergeDialog *self = CASELOAD_PLAN_MERGE_DIALOG (widget);
  g_autoptr(CaseloadPlan) combined = caseload_plan_copy (self->merged);

  for (guint i = 0; i < self->questions->len; i++)
    {
      Question *question = g_ptr_array_index (self->questions, i);

      if (question->choice == NO_CHOICE)
        return;
      caseload_plan_resolve (combined, question->conflict, question->choice);
    }

  g_signal_emit (self, signals [RESOLVED], 0, combined);
  gtk_window_close (GTK_WINDOW (self));
}

static void
caseload_plan_merge_dialog_dispose (GObject *object)
{
  CaseloadPlanMergeDialog *self = CASELOAD_PLAN_MERGE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_PLAN_MERGE_DIALOG);
  g_clear_pointer (&self->questions, g_ptr_array_unref);
  g_clear_pointer (&self->conflicts, g_ptr_array_unref);
  g_clear_object (&self->merged);
  g_clear_object (&self->theirs);

  G_OBJECT_CLASS (caseload_plan_merge_dialog_parent_class)->dispose (object);
}

static void
caseload_plan_merge_dialog_class_init (CaseloadPlanMergeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_plan_merge_dialog_dispose;

  /**
   * CaseloadPlanMergeDialog::resolved:
   * @combined: the plan with every answer applied
   *
   * Every field has an answer: save @combined.
   */
  signals [RESOLVED] =
    g_signal_new ("resolved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CASELOAD_TYPE_PLAN);

  gtk_widget_class_install_action (widget_class, "merge-dialog.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pcnmh/Caseload/caseload-plan-merge-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadPlanMergeDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPlanMergeDialog, conflicts_box);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPlanMergeDialog, intro_label);
}

static void
caseload_plan_merge_dialog_init (CaseloadPlanMergeDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->questions = g_ptr_array_new_with_free_func (g_free);
}

CaseloadPlanMergeDialog *
caseload_plan_merge_dialog_new (GtkWindow    *parent,
                                CaseloadPlan *merged,
                                CaseloadPlan *theirs,
                                GPtrArray    *conflicts)
{
  CaseloadPlanMergeDialog *self;
  g_autofree char *when = NULL;
  g_autofree char *intro = NULL;
  g_autofree char *their_heading = NULL;
  guint n_conflicts = conflicts != NULL ? conflicts->len : 0;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CASELOAD_IS_PLAN (merged), NULL);
  g_return_val_if_fail (CASELOAD_IS_PLAN (theirs), NULL);

  self = g_object_new (CASELOAD_TYPE_PLAN_MERGE_DIALOG, "transient-for", parent, NULL);
  self->merged = g_object_ref (merged);
  self->theirs = g_object_ref (theirs);
  self->conflicts = conflicts != NULL ? g_ptr_array_ref (conflicts) : NULL;

  when = caseload_format_date_time (caseload_plan_get_saved_at (theirs));
  if (n_conflicts == 0)
    /* Translators: someone else saved the plan while it was being edited, as in "Adaeze Nwosu (Thurrock Mind) saved the plan on Tue 3 Nov 2026, 14:20 …" */
    intro = g_strdup_printf (_("%s (%s) saved the plan on %s, while you were editing it. You changed different parts, so both sets of changes are kept. Save the combined plan?"),
                             caseload_plan_get_author_name (theirs), caseload_plan_get_organisation_name (theirs),
                             when != NULL ? when : "");
  else
    intro = g_strdup_printf (ngettext ("%s (%s) saved the plan on %s, while you were editing it. Changes only one of you made are kept. You both changed the part below: choose which to keep.",
                                       "%s (%s) saved the plan on %s, while you were editing it. Changes only one of you made are kept. You both changed the %u parts below: choose which to keep for each.",
                                       n_conflicts),
                             caseload_plan_get_author_name (theirs), caseload_plan_get_organisation_name (theirs),
                             when != NULL ? when : "", n_conflicts);
  gtk_label_set_text (self->intro_label, intro);

  /* Translators: the heading over the other person's version of a field, as in "Theirs, by Adaeze Nwosu" */
  their_heading = g_strdup_printf (_("Theirs, by %s"), caseload_plan_get_author_name (theirs));
  for (guint i = 0; i < n_conflicts; i++)
    add_question (self, g_ptr_array_index (conflicts, i), their_heading);

  update_save (self);

  return self;
}

guint
caseload_plan_merge_dialog_get_n_conflicts (CaseloadPlanMergeDialog *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN_MERGE_DIALOG (self), 0);

  return self->questions->len;
}

void
caseload_plan_merge_dialog_choose (CaseloadPlanMergeDialog *self,
                                   guint                    index,
                                   CaseloadMergeChoice      choice)
{
  Question *question;

  g_return_if_fail (CASELOAD_IS_PLAN_MERGE_DIALOG (self));
  g_return_if_fail (index < self->questions->len);

  question = g_ptr_array_index (self->questions, index);
  g_return_if_fail (question->buttons[choice] != NULL);
  gtk_toggle_button_set_active (question->buttons[choice], TRUE);
}
