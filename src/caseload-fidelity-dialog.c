/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-fidelity.h"
#include "caseload-fidelity-dialog.h"
#include "caseload-field-error-row.h"
#include "caseload-format.h"
#include "caseload-validate-pathway.h"
#include "caseload-worker.h"

#define MIN_SCORE 1
#define MAX_SCORE 5

struct _CaseloadFidelityDialog
{
  AdwWindow               parent_instance;

  CaseloadContext        *context;
  GCancellable           *cancellable;
  int                     scores[CASELOAD_FIDELITY_ITEMS];   /* 0: not scored */
  GtkWidget              *buttons[CASELOAD_FIDELITY_ITEMS][MAX_SCORE];
  char                   *total_text;
  CaseloadFidelityReview *saved;
  gboolean                saving;
  gboolean                updating;

  GtkWidget              *save_button;
  GtkRevealer            *banner_revealer;
  GtkLabel               *banner_label;
  AdwPreferencesPage     *form_page;
  AdwEntryRow            *service_row;
  AdwEntryRow            *reviewed_on_row;
  AdwEntryRow            *reviewers_row;
  AdwEntryRow            *note_row;
  GtkWidget              *score_icon;
  GtkLabel               *score_label;
};

G_DEFINE_FINAL_TYPE (CaseloadFidelityDialog, caseload_fidelity_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void
show_banner (CaseloadFidelityDialog *self,
             const char             *message)
{
  gtk_label_set_text (self->banner_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->banner_revealer, message != NULL);
}

static void
update_actions (CaseloadFidelityDialog *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "fidelity-dialog.save", !self->saving && self->saved == NULL);
}

/* "Total 101 of 125 · Good fidelity", or how many items are still to score. */
static void
update_total (CaseloadFidelityDialog *self)
{
  guint missing = 0;
  int total = 0, bad_item = -1;
  CaseloadFidelityBand band;

  g_clear_pointer (&self->total_text, g_free);
  if (!caseload_fidelity_score (self->scores, CASELOAD_FIDELITY_ITEMS, &total, &missing, &bad_item))
    {
      self->total_text = missing >= CASELOAD_FIDELITY_ITEMS
                         ? g_strdup (_("No items scored yet"))
                         /* Translators: the fidelity form's foot while items are unscored */
                         : g_strdup_printf (ngettext ("No total yet: %u item still to score",
                                                      "No total yet: %u items still to score", missing),
                                            missing);
      gtk_widget_set_visible (self->score_icon, FALSE);
    }
  else
    {
      band = caseload_fidelity_band (total);
      /* Translators: the fidelity form's foot, as in "Total 101 of 125 · Good fidelity" */
      self->total_text = g_strdup_printf (_("Total %d of 125 · %s"), total, caseload_fidelity_band_label (band));
      gtk_widget_set_visible (self->score_icon, band == CASELOAD_FIDELITY_NOT_IPS);
    }
  gtk_label_set_text (self->score_label, self->total_text);
}

static void
on_score_toggled_cb (GtkToggleButton        *button,
                     CaseloadFidelityDialog *self)
{
  guint item = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "item"));
  int score = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "score"));

  if (self->updating)
    return;

  self->updating = TRUE;
  if (gtk_toggle_button_get_active (button))
    {
      /* One score per item: the others go */
      for (int s = MIN_SCORE; s <= MAX_SCORE; s++)
        if (s != score)
          gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->buttons[item][s - 1]), FALSE);
      self->scores[item] = score;
    }
  else
    /* Pressed again: the item is unscored */
    self->scores[item] = 0;
  self->updating = FALSE;

  update_total (self);
}

/* An item: its number and title, its anchors, and a button for each score. */
static GtkWidget *
create_item_row (CaseloadFidelityDialog *self,
                 guint                   item)
{
  const CaseloadFidelityItem *def = caseload_fidelity_item (item);
  g_autofree char *title = g_strdup_printf ("%u. %s", item + 1, _(def->title));
  /* Translators: an IPS-25 item's anchors: what a 1 and a 5 look like */
  g_autofree char *anchors = g_strdup_printf (_("1: %s\n5: %s"), _(def->anchor_1), _(def->anchor_5));
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *anchor_label = gtk_label_new (anchors);
  GtkWidget *choices = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_label_set_wrap (GTK_LABEL (anchor_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (anchor_label), 0);
  gtk_widget_add_css_class (anchor_label, "caption");
  gtk_widget_add_css_class (anchor_label, "dim-label");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), anchor_label);

  gtk_box_set_homogeneous (GTK_BOX (choices), TRUE);
  gtk_widget_add_css_class (choices, "linked");
  gtk_accessible_update_property (GTK_ACCESSIBLE (choices), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (choices), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, anchor_label, NULL, -1);
  for (int score = MIN_SCORE; score <= MAX_SCORE; score++)
    {
      g_autofree char *text = g_strdup_printf ("%d", score);
      /* Translators: a score button's name for screen readers, as in "3. Integration of rehabilitation…: 4" */
      g_autofree char *name = g_strdup_printf (_("%s: %d"), title, score);
      GtkWidget *button = gtk_toggle_button_new_with_label (text);

      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      g_object_set_data (G_OBJECT (button), "item", GUINT_TO_POINTER (item));
      g_object_set_data (G_OBJECT (button), "score", GINT_TO_POINTER (score));
      g_signal_connect (button, "toggled", G_CALLBACK (on_score_toggled_cb), self);
      gtk_box_append (GTK_BOX (choices), button);
      self->buttons[item][score - MIN_SCORE] = button;
    }
  gtk_box_append (GTK_BOX (box), choices);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

/* A group per section of the scale, in the table's order. */
static void
build_items (CaseloadFidelityDialog *self)
{
  AdwPreferencesGroup *group = NULL;
  const char *section = NULL;

  for (guint item = 0; item < CASELOAD_FIDELITY_ITEMS; item++)
    {
      const CaseloadFidelityItem *def = caseload_fidelity_item (item);
      g_autofree char *field = g_strdup_printf ("score:%u", item + 1);
      GtkWidget *row;

      if (group == NULL || g_strcmp0 (section, def->section) != 0)
        {
          section = def->section;
          group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
          adw_preferences_group_set_title (group, _(section));
          adw_preferences_page_add (self->form_page, group);
        }
      row = create_item_row (self, item);
      adw_preferences_group_add (group, row);
      adw_preferences_group_add (group, g_object_new (CASELOAD_TYPE_FIELD_ERROR_ROW,
                                                      "field", field, "widget", row, NULL));
    }
}

/* Saving */

static gboolean
show_problems (CaseloadFidelityDialog *self,
               GPtrArray              *problems)
{
  const char *unplaced = NULL;
  GtkWidget *first_bad = caseload_field_error_row_show_all (GTK_WIDGET (self->form_page), problems, &unplaced);

  show_banner (self, unplaced);
  if (first_bad != NULL)
    gtk_widget_grab_focus (first_bad);
  return problems->len == 0;
}

static void
on_saved_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(CaseloadFidelityDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadFidelityReview) review = caseload_worker_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->saving = FALSE;
  if (review == NULL)
    {
      g_autofree char *message = caseload_format_save_error (error);

      g_debug ("Saving a fidelity review failed: %s %d", g_quark_to_string (error->domain), error->code);
      caseload_context_report_error (self->context, error);
      show_banner (self, message);
      update_actions (self);
      return;
    }

  self->saved = g_steal_pointer (&review);
  update_actions (self);
  g_signal_emit (self, signals [SAVED], 0);
  gtk_window_close (GTK_WINDOW (self));
}

/* The text of an entry, or NULL when empty. */
static const char *
entry_text (AdwEntryRow *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  return *text != '\0' ? text : NULL;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CaseloadFidelityDialog *self = CASELOAD_FIDELITY_DIALOG (widget);
  g_autoptr(CaseloadFidelityReview) review = caseload_fidelity_review_new ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *reviewed_on = NULL;
  const char *date_text = gtk_editable_get_text (GTK_EDITABLE (self->reviewed_on_row));
  GDate today, date;

  if (self->saving || self->saved != NULL)
    return;

  caseload_clock_today (caseload_context_get_clock (self->context), &today);
  if (caseload_parse_date (date_text, &date, &error))
    reviewed_on = caseload_date_to_iso (&date);

  caseload_fidelity_review_set_service (review, entry_text (self->service_row));
  caseload_fidelity_review_set_reviewed_on (review, reviewed_on);
  caseload_fidelity_review_set_reviewers (review, entry_text (self->reviewers_row));
  caseload_fidelity_review_set_note (review, entry_text (self->note_row));
  caseload_fidelity_review_set_score_values (review, self->scores, CASELOAD_FIDELITY_ITEMS);

  problems = caseload_fidelity_review_check (review, &today);
  if (reviewed_on == NULL)
    {
      /* The date as typed could not be read: that says more than "missing" */
      for (guint i = 0; i < problems->len; i++)
        if (g_strcmp0 (((CaseloadFieldError *) g_ptr_array_index (problems, i))->field, "reviewed-on") == 0)
          g_ptr_array_remove_index (problems, i--);
      g_ptr_array_add (problems, caseload_field_error_new ("reviewed-on", *date_text == '\0'
                                                           ? _("Enter the date of the review, like 22/11/2026.")
                                                           : error->message));
    }
  if (!show_problems (self, problems))
    return;

  self->saving = TRUE;
  update_actions (self);
  caseload_worker_save (self, save_action, (CaseloadWorkerSaveFunc) caseload_store_save_fidelity_review,
                        self->context, review, self->cancellable, on_saved_cb, g_object_ref (self));
}

static void
caseload_fidelity_dialog_dispose (GObject *object)
{
  CaseloadFidelityDialog *self = CASELOAD_FIDELITY_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_FIDELITY_DIALOG);

  G_OBJECT_CLASS (caseload_fidelity_dialog_parent_class)->dispose (object);
}

static void
caseload_fidelity_dialog_finalize (GObject *object)
{
  CaseloadFidelityDialog *self = CASELOAD_FIDELITY_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->context);
  g_clear_object (&self->saved);
  g_free (self->total_text);

  G_OBJECT_CLASS (caseload_fidelity_dialog_parent_class)->finalize (object);
}

static void
caseload_fidelity_dialog_class_init (CaseloadFidelityDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_fidelity_dialog_dispose;
  object_class->finalize = caseload_fidelity_dialog_finalize;

  /**
   * CaseloadFidelityDialog::saved:
   *
   * The review is saved (caseload_fidelity_dialog_get_saved()).
   */
  signals [SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (CASELOAD_TYPE_FIELD_ERROR_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pcnmh/Caseload/caseload-fidelity-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadFidelityDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadFidelityDialog, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, CaseloadFidelityDialog, banner_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadFidelityDialog, form_page);
  gtk_widget_class_bind_template_child (widget_class, CaseloadFidelityDialog, service_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadFidelityDialog, reviewed_on_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadFidelityDialog, reviewers_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadFidelityDialog, note_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadFidelityDialog, score_icon);
  gtk_widget_class_bind_template_child (widget_class, CaseloadFidelityDialog, score_label);

  gtk_widget_class_install_action (widget_class, "fidelity-dialog.save", NULL, save_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "fidelity-dialog.save", NULL);
}

static void
caseload_fidelity_dialog_init (CaseloadFidelityDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  build_items (self);
  update_total (self);
  update_actions (self);
}

CaseloadFidelityDialog *
caseload_fidelity_dialog_new (GtkWindow       *parent,
                              CaseloadContext *context)
{
  CaseloadFidelityDialog *self;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *today = NULL;

  g_return_val_if_fail (CASELOAD_IS_CONTEXT (context), NULL);

  self = g_object_new (CASELOAD_TYPE_FIDELITY_DIALOG, "transient-for", parent, NULL);
  self->context = g_object_ref (context);

  now = caseload_clock_now (caseload_context_get_clock (context));
  today = g_date_time_format (now, "%d/%m/%Y");
  gtk_editable_set_text (GTK_EDITABLE (self->reviewed_on_row), today);
  return self;
}

gboolean
caseload_fidelity_dialog_get_busy (CaseloadFidelityDialog *self)
{
  g_return_val_if_fail (CASELOAD_IS_FIDELITY_DIALOG (self), FALSE);

  return self->saving;
}

GtkWidget *
caseload_fidelity_dialog_get_score_button (CaseloadFidelityDialog *self,
                                           guint                   item,
                                           int                     score)
{
  g_return_val_if_fail (CASELOAD_IS_FIDELITY_DIALOG (self), NULL);
  g_return_val_if_fail (item < CASELOAD_FIDELITY_ITEMS, NULL);
  g_return_val_if_fail (score >= MIN_SCORE && score <= MAX_SCORE, NULL);

  return self->buttons[item][score - MIN_SCORE];
}

GtkWidget *
caseload_fidelity_dialog_get_entry (CaseloadFidelityDialog *self,
                                    const char             *field)
{
  g_return_val_if_fail (CASELOAD_IS_FIDELITY_DIALOG (self), NULL);

  if (g_strcmp0 (field, "service") == 0)
    return GTK_WIDGET (self->service_row);
  if (g_strcmp0 (field, "reviewed-on") == 0)
    return GTK_WIDGET (self->reviewed_on_row);
  if (g_strcmp0 (field, "reviewers") == 0)
    return GTK_WIDGET (self->reviewers_row);
  if (g_strcmp0 (field, "note") == 0)
    return GTK_WIDGET (self->note_row);
  g_return_val_if_reached (NULL);
}

const char *
caseload_fidelity_dialog_get_total_text (CaseloadFidelityDialog *self)
{
  g_return_val_if_fail (CASELOAD_IS_FIDELITY_DIALOG (self), NULL);

  return self->total_text;
}

const char *
caseload_fidelity_dialog_get_error (CaseloadFidelityDialog *self,
                                    const char             *field)
{
  CaseloadFieldErrorRow *row;

  g_return_val_if_fail (CASELOAD_IS_FIDELITY_DIALOG (self), NULL);

  if (field == NULL)
    return gtk_revealer_get_reveal_child (self->banner_revealer) ? gtk_label_get_text (self->banner_label) : NULL;
  row = caseload_field_error_row_find (GTK_WIDGET (self->form_page), field);
  return row != NULL ? caseload_field_error_row_get_message (row) : NULL;
}

CaseloadFidelityReview *
caseload_fidelity_dialog_get_saved (CaseloadFidelityDialog *self)
{
  g_return_val_if_fail (CASELOAD_IS_FIDELITY_DIALOG (self), NULL);

  return self->saved;
}
