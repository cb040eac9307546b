/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-field-error-row.h"
#include "caseload-instrument.h"
#include "caseload-plan-goal.h"
#include "caseload-validate-plan.h"
#include "caseload-format.h"
#include "caseload-measure-dialog.h"
#include "caseload-worker.h"

#define N_INSTRUMENTS (CASELOAD_INSTRUMENT_REQOL10 + 1)
#define N_LIFE_AREAS  (CASELOAD_LIFE_AREA_MEETINGS + 1)
#define MAX_AREAS     3

struct _CaseloadMeasureDialog
{
  AdwWindow                     parent_instance;

  CaseloadContext              *context;
  CaseloadPerson               *person;
  GCancellable                 *cancellable;
  const CaseloadInstrumentDef  *def;
  GArray                       *answers;       /* int, one per item, -1 missing */
  GArray                       *kept[N_INSTRUMENTS]; /* answers to another instrument, kept
                                                      * while it is not on show */
  GPtrArray                    *item_rows;     /* the rows of the items group, to remove */
  GPtrArray                    *buttons;       /* per item: a GPtrArray of its toggle buttons */
  GtkWidget                    *area_buttons[N_LIFE_AREAS];
  GtkWidget                    *goal_entries[N_LIFE_AREAS];
  char                         *score_text;
  CaseloadMeasure              *saved;
  gboolean                      saving;
  gboolean                      goals_added;
  gboolean                      updating;

  AdwWindowTitle               *window_title;
  GtkWidget                    *save_button;
  GtkWidget                    *cancel_button;
  GtkRevealer                  *banner_revealer;
  GtkLabel                     *banner_label;
  GtkWidget                    *risk_banner;
  GtkLabel                     *risk_label;
  GtkStack                     *stack;
  GtkWidget                    *form_box;
  AdwComboRow                  *instrument_row;
  AdwComboRow                  *completed_by_row;
  AdwEntryRow                  *completed_on_row;
  AdwPreferencesGroup          *items_group;
  AdwPreferencesGroup          *areas_group;
  AdwEntryRow                  *note_row;
  GtkWidget                    *saved_box;
  AdwStatusPage                *saved_page;
  AdwPreferencesGroup          *goals_group;
  GtkWidget                    *goals_button;
  GtkWidget                    *goals_done_label;
  GtkWidget                    *score_bar;
  GtkWidget                    *score_icon;
  GtkLabel                     *score_label;
};

G_DEFINE_FINAL_TYPE (CaseloadMeasureDialog, caseload_measure_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  PLAN_CHANGED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void
show_banner (CaseloadMeasureDialog *self,
             const char            *message)
{
  gtk_label_set_text (self->banner_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->banner_revealer, message != NULL);
}

static void
update_actions (CaseloadMeasureDialog *self)
{
  gboolean on_form = self->saved == NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "measure-dialog.save", on_form && !self->saving);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "measure-dialog.add-goals",
                                 !on_form && !self->saving && !self->goals_added);
  gtk_widget_set_visible (self->save_button, on_form);
  gtk_button_set_label (GTK_BUTTON (self->cancel_button), on_form ? _("_Cancel") : _("_Done"));
}

/* "Score 12 · Moderate", "Incomplete: no total (2 questions unanswered)". */
static char *
describe_score (const CaseloadInstrumentDef *def,
                const CaseloadScore         *score)
{
  GString *text = g_string_new (NULL);
  g_autofree char *total = NULL;

  if (!score->has_total)
    {
      if (score->n_missing >= def->n_items)
        g_string_append (text, _("No answers yet"));
      else
        g_string_append_printf (text,
                                g_dngettext (GETTEXT_PACKAGE,
                                             "Incomplete: no total (%u question unanswered)",
                                             "Incomplete: no total (%u questions unanswered)",
                                             score->n_missing),
                                score->n_missing);
      return g_string_free (text, FALSE);
    }

  total = caseload_instrument_format_total (score->total);
  /* Translators: a measure's total, as in "Score 12" or "Score 19.25" */
  g_string_append_printf (text, _("Score %s"), total);
  if (score->band != NULL)
    g_string_append_printf (text, " · %s", _(score->band->label));
  if (score->band != NULL && score->band->concern)
    /* Translators: after a band, as in "Score 17 · Moderately severe (of concern)" */
    g_string_append (text, _(" (of concern)"));
  if (score->has_secondary && def->secondary_label != NULL)
    {
      g_autofree char *secondary = caseload_instrument_format_total (score->secondary);

      g_string_append_printf (text, " · %s %s", _(def->secondary_label), secondary);
    }
  if (!score->complete)
    g_string_append_printf (text,
                            g_dngettext (GETTEXT_PACKAGE,
                                         " · Incomplete: %u question unanswered, the total prorated",
                                         " · Incomplete: %u questions unanswered, the total prorated",
                                         score->n_missing),
                            score->n_missing);

  return g_string_free (text, FALSE);
}

static void
show_risk (CaseloadMeasureDialog *self,
           gboolean               risk)
{
  gboolean was = gtk_widget_get_visible (self->risk_banner);

  gtk_label_set_text (self->risk_label, risk && self->def->risk_prompt != NULL ? _(self->def->risk_prompt) : "");
  gtk_widget_set_visible (self->risk_banner, risk);
  if (risk && !was)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->risk_banner),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, gtk_label_get_text (self->risk_label),
                                    -1);
}

/* The live score and band, and the risk prompt, from the answers as they stand. */
static void
update_score (CaseloadMeasureDialog *self)
{
  CaseloadScore score = { 0 };
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->score_text, g_free);

  if (!caseload_instrument_score (self->def, (const int *) (gpointer) self->answers->data, self->answers->len,
                                  &score, &error))
    {
      self->score_text = g_strdup (error->message);
      gtk_widget_set_visible (self->score_icon, FALSE);
      gtk_label_set_text (self->score_label, self->score_text);
      show_risk (self, FALSE);
      return;
    }

  self->score_text = describe_score (self->def, &score);
  gtk_label_set_text (self->score_label, self->score_text);
  gtk_widget_set_visible (self->score_icon, score.band != NULL && score.band->concern);
  show_risk (self, score.risk);
}

static void
on_answer_toggled_cb (GtkToggleButton       *button,
                      CaseloadMeasureDialog *self)
{
  guint item = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "item"));
  int answer = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "answer"));
  GPtrArray *row_buttons = g_ptr_array_index (self->buttons, item);

  if (self->updating)
    return;

  self->updating = TRUE;
  if (gtk_toggle_button_get_active (button))
    {
      /* One answer per item: the others go */
      for (guint i = 0; i < row_buttons->len; i++)
        if (g_ptr_array_index (row_buttons, i) != button)
          gtk_toggle_button_set_active (g_ptr_array_index (row_buttons, i), FALSE);
      g_array_index (self->answers, int, item) = answer;
    }
  else
    /* Pressed again: the item is unanswered */
    g_array_index (self->answers, int, item) = -1;
  self->updating = FALSE;

  update_score (self);
}

/* The row under @widget that shows the problem with @field. */
static GtkWidget *
create_error_row (const char *field,
                  gpointer    widget)
{
  return g_object_new (CASELOAD_TYPE_FIELD_ERROR_ROW, "field", field, "widget", widget, NULL);
}

static GtkWidget *
create_item_row (CaseloadMeasureDialog *self,
                 guint                  item)
{
  const CaseloadInstrumentItem *def_item = &self->def->items[item];
  g_autofree char *question = g_strdup_printf ("%u. %s", item + 1, _(def_item->text));
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *label = gtk_label_new (question);
  GtkWidget *choices = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GPtrArray *row_buttons = g_ptr_array_new ();
  const char * const *labels = caseload_instrument_answer_labels (self->def, item);

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), label);

  gtk_box_set_homogeneous (GTK_BOX (choices), TRUE);
  gtk_widget_add_css_class (choices, "linked");
  gtk_accessible_update_property (GTK_ACCESSIBLE (choices), GTK_ACCESSIBLE_PROPERTY_LABEL, question, -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (choices), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);

  for (int answer = self->def->answer_min; answer <= self->def->answer_max; answer++)
    {
      const char *words = _(labels[answer - self->def->answer_min]);
      g_autofree char *name = g_strdup_printf ("%s: %s", question, words);
      GtkWidget *button = gtk_toggle_button_new ();
      GtkWidget *button_label = gtk_label_new (words);

      gtk_label_set_wrap (GTK_LABEL (button_label), TRUE);
      gtk_label_set_justify (GTK_LABEL (button_label), GTK_JUSTIFY_CENTER);
      gtk_label_set_max_width_chars (GTK_LABEL (button_label), 8);
      gtk_button_set_child (GTK_BUTTON (button), button_label);
      gtk_widget_set_tooltip_text (button, words);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      g_object_set_data (G_OBJECT (button), "item", GUINT_TO_POINTER (item));
      g_object_set_data (G_OBJECT (button), "answer", GINT_TO_POINTER (answer));
      g_signal_connect (button, "toggled", G_CALLBACK (on_answer_toggled_cb), self);
      gtk_box_append (GTK_BOX (choices), button);
      g_ptr_array_add (row_buttons, button);
    }
  gtk_box_append (GTK_BOX (box), choices);
  g_ptr_array_add (self->buttons, row_buttons);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), question);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, question, -1);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  return row;
}

static void
add_item_row (CaseloadMeasureDialog *self,
              GtkWidget             *row)
{
  adw_preferences_group_add (self->items_group, row);
  g_ptr_array_add (self->item_rows, row);
}

/* The items of the chosen instrument, with its answers from before if it was chosen
 * before. */
static void
show_instrument (CaseloadMeasureDialog *self,
                 CaseloadInstrument     instrument)
{
  g_autofree char *title = NULL;
  GArray *kept;

  /* Choosing another instrument loses nothing: back on this one, its answers return */
  if (self->def != NULL)
    {
      g_clear_pointer (&self->kept[self->def->instrument], g_array_unref);
      self->kept[self->def->instrument] = g_array_copy (self->answers);
    }

  self->def = caseload_instrument_get (instrument);

  for (guint i = 0; i < self->item_rows->len; i++)
    adw_preferences_group_remove (self->items_group, g_ptr_array_index (self->item_rows, i));
  g_ptr_array_set_size (self->item_rows, 0);
  g_ptr_array_set_size (self->buttons, 0);
  g_array_set_size (self->answers, 0);

  title = g_strdup_printf ("%s: %s", self->def->name, _(self->def->title));
  adw_preferences_group_set_title (self->items_group, title);
  adw_preferences_group_set_description (self->items_group, _(self->def->question));
  adw_window_title_set_subtitle (self->window_title, self->def->name);

  for (guint i = 0; i < self->def->n_items; i++)
    {
      g_autofree char *field = g_strdup_printf ("answer:%u", i + 1);
      GtkWidget *row = create_item_row (self, i);
      int missing = -1;

      g_array_append_val (self->answers, missing);
      add_item_row (self, row);
      add_item_row (self, create_error_row (field, row));
    }

  /* "Answer at least one question", under them all */
  if (self->item_rows->len > 0)
    add_item_row (self, create_error_row ("answers", g_ptr_array_index (self->item_rows, 0)));

  gtk_widget_set_visible (GTK_WIDGET (self->areas_group), instrument == CASELOAD_INSTRUMENT_DIALOG);

  kept = self->kept[instrument];
  for (guint i = 0; kept != NULL && i < kept->len && i < self->def->n_items; i++)
    {
      int answer = g_array_index (kept, int, i);
      GtkWidget *button;

      if (answer < self->def->answer_min)
        continue;
      button = caseload_measure_dialog_get_answer_button (self, i, answer);
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
    }

  show_banner (self, NULL);
  update_score (self);
}

static void
on_instrument_selected_cb (CaseloadMeasureDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->instrument_row);

  if (selected != GTK_INVALID_LIST_POSITION && (self->def == NULL || (guint) self->def->instrument != selected))
    show_instrument (self, (CaseloadInstrument) selected);
}

static guint
count_areas (CaseloadMeasureDialog *self)
{
  guint n = 0;

  for (guint a = 0; a < N_LIFE_AREAS; a++)
    n += gtk_check_button_get_active (GTK_CHECK_BUTTON (self->area_buttons[a]));

  return n;
}

/* Up to three: once three are chosen, the others wait. */
static void
on_area_toggled_cb (CaseloadMeasureDialog *self)
{
  gboolean room = count_areas (self) < MAX_AREAS;

  for (guint a = 0; a < N_LIFE_AREAS; a++)
    gtk_widget_set_sensitive (self->area_buttons[a],
                              room || gtk_check_button_get_active (GTK_CHECK_BUTTON (self->area_buttons[a])));
}

static void
build_areas (CaseloadMeasureDialog *self)
{
  for (guint a = 0; a < N_LIFE_AREAS; a++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), caseload_life_area_label (a));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      caseload_life_area_label (a), -1);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (on_area_toggled_cb), self);
      adw_preferences_group_add (self->areas_group, row);
      self->area_buttons[a] = check;
    }

  adw_preferences_group_add (self->areas_group, create_error_row ("chosen-areas", self->area_buttons[0]));
}

static char *
chosen_areas_text (CaseloadMeasureDialog *self)
{
  GString *text = g_string_new (NULL);

  for (guint a = 0; a < N_LIFE_AREAS; a++)
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (self->area_buttons[a])))
      g_string_append_printf (text, "%s%s", text->len > 0 ? "," : "", caseload_life_area_to_code (a));

  return g_string_free (text, FALSE);
}

/* Saving the measure */

typedef struct {
  CaseloadStore   *store;
  CaseloadStaff   *actor;
  CaseloadMeasure *measure;
} SaveCall;

static void
save_call_free (SaveCall *call)
{
  g_clear_object (&call->store);
  g_clear_object (&call->actor);
  g_clear_object (&call->measure);
  g_free (call);
}

static gpointer
save_thread (gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  SaveCall *call = data;

  if (!caseload_store_save_measure (call->store, call->actor, call->measure, error))
    return NULL;

  return g_object_ref (call->measure);
}

static gboolean
show_problems (CaseloadMeasureDialog *self,
               GtkWidget             *root,
               GPtrArray             *problems)
{
  const char *unplaced = NULL;
  GtkWidget *first_bad;

  first_bad = caseload_field_error_row_show_all (root, problems, &unplaced);
  show_banner (self, unplaced);

  if (first_bad != NULL)
    gtk_widget_grab_focus (first_bad);

  return problems->len == 0;
}

static void
show_goal_rows (CaseloadMeasureDialog *self)
{
  for (guint a = 0; a < N_LIFE_AREAS; a++)
    {
      g_autofree char *field = NULL;

      if (!gtk_check_button_get_active (GTK_CHECK_BUTTON (self->area_buttons[a])))
        continue;

      self->goal_entries[a] = adw_entry_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->goal_entries[a]), caseload_life_area_label (a));
      adw_preferences_group_add (self->goals_group, self->goal_entries[a]);

      field = g_strdup_printf ("goal:%s", caseload_life_area_to_code (a));
      adw_preferences_group_add (self->goals_group, create_error_row (field, self->goal_entries[a]));
    }
}

static void
on_saved_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(CaseloadMeasureDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadMeasure) measure = NULL;
  g_autofree char *areas = NULL;

  measure = caseload_worker_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->saving = FALSE;

  if (measure == NULL)
    {
      g_autofree char *message = caseload_format_save_error (error);

      /* The message may quote what was typed: on screen, never in the log. */
      g_debug ("Saving a measure failed: %s %d", g_quark_to_string (error->domain), error->code);
      caseload_context_report_error (self->context, error);
      show_banner (self, message);
      update_actions (self);
      return;
    }

  self->saved = g_steal_pointer (&measure);
  g_signal_emit (self, signals [SAVED], 0);

  areas = chosen_areas_text (self);
  if (*areas == '\0')
    {
      gtk_window_close (GTK_WINDOW (self));
      return;
    }

  /* DIALOG+: the goals for the chosen areas, then into the plan */
  adw_status_page_set_description (self->saved_page, self->score_text);
  show_goal_rows (self);
  gtk_stack_set_visible_child_name (self->stack, "saved");
  gtk_widget_set_visible (self->score_bar, FALSE);
  update_actions (self);
  if (self->goal_entries[0] != NULL)
    gtk_widget_grab_focus (self->goal_entries[0]);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CaseloadMeasureDialog *self = CASELOAD_MEASURE_DIALOG (widget);
  g_autoptr(CaseloadMeasure) measure = caseload_measure_new ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *completed_on = NULL;
  g_autofree char *areas = NULL;
  g_autoptr(GError) error = NULL;
  const char *date_text = gtk_editable_get_text (GTK_EDITABLE (self->completed_on_row));
  GDate today, date;
  SaveCall *call;

  if (self->saving || self->saved != NULL)
    return;

  caseload_clock_today (caseload_context_get_clock (self->context), &today);

  if (caseload_parse_date (date_text, &date, &error))
    completed_on = caseload_date_to_iso (&date);

  caseload_measure_set_person_id (measure, caseload_person_get_id (self->person));
  caseload_measure_set_instrument (measure, self->def->instrument);
  caseload_measure_set_answer_values (measure, (const int *) (gpointer) self->answers->data, self->answers->len);
  caseload_measure_set_completed_on (measure, completed_on);
  caseload_measure_set_completed_by (measure, adw_combo_row_get_selected (self->completed_by_row));
  if (self->def->instrument == CASELOAD_INSTRUMENT_DIALOG)
    {
      areas = chosen_areas_text (self);
      caseload_measure_set_chosen_areas (measure, *areas != '\0' ? areas : NULL);
    }
  if (*gtk_editable_get_text (GTK_EDITABLE (self->note_row)) != '\0')
    caseload_measure_set_note (measure, gtk_editable_get_text (GTK_EDITABLE (self->note_row)));

  problems = caseload_measure_check (measure, &today);
  if (completed_on == NULL)
    {
      /* The date as typed could not be read: that says more than "missing" */
      for (guint i = 0; i < problems->len; i++)
        if (g_strcmp0 (((CaseloadFieldError *) g_ptr_array_index (problems, i))->field, "completed-on") == 0)
          g_ptr_array_remove_index (problems, i--);
      g_ptr_array_add (problems, caseload_field_error_new ("completed-on",
                                                          *date_text == '\0'
                                                          ? _("Enter the date it was completed, like 22/11/2026.")
                                                          : error->message));
    }
  if (!show_problems (self, self->form_box, problems))
    return;

  call = g_new0 (SaveCall, 1);
  call->store = g_object_ref (caseload_context_get_store (self->context));
  call->actor = caseload_worker_copy_staff (caseload_context_get_actor (self->context));
  call->measure = g_steal_pointer (&measure);

  self->saving = TRUE;
  update_actions (self);
  caseload_worker_run (self, save_action,
                       save_thread, call, (GDestroyNotify) save_call_free,
                       g_object_unref, self->cancellable,
                       on_saved_cb, g_object_ref (self));
}

/* DIALOG+: goals into the plan */

typedef struct {
  CaseloadStore  *store;
  CaseloadStaff  *actor;
  char           *person_id;
  GArray         *areas;   /* CaseloadLifeArea */
  GPtrArray      *words;   /* char * */
} GoalsCall;

static void
goals_call_free (GoalsCall *call)
{
  g_clear_object (&call->store);
  g_clear_object (&call->actor);
  g_free (call->person_id);
  g_array_unref (call->areas);
  g_ptr_array_unref (call->words);
  g_free (call);
}

/* The current plan with a goal per area after its goals, saved as a new version; when
 * someone saved the plan in between, read it again and add to theirs, once. */
static gpointer
goals_thread (gpointer       data,
              GCancellable  *cancellable,
              GError       **error)
{
  GoalsCall *call = data;

  for (guint attempt = 0; attempt < 2; attempt++)
    {
      g_autoptr(CaseloadPlan) plan = NULL;
      g_autoptr(GError) local_error = NULL;
      GPtrArray *goals;

      plan = caseload_store_get_plan (call->store, call->actor, call->person_id, 0, error);
      if (plan == NULL)
        return NULL;

      goals = caseload_plan_get_goals (plan);
      for (guint i = 0; i < call->areas->len; i++)
        {
          g_autoptr(CaseloadPlanGoal) goal = caseload_plan_goal_new ();

          caseload_plan_goal_set_words (goal, g_ptr_array_index (call->words, i));
          caseload_plan_goal_set_life_area (goal, g_array_index (call->areas, CaseloadLifeArea, i));
          g_ptr_array_add (goals, g_steal_pointer (&goal));
        }

      if (caseload_store_save_plan (call->store, call->actor, plan, &local_error))
        return CASELOAD_WORKER_DONE;

      if (attempt > 0 || !g_error_matches (local_error, CASELOAD_ERROR, CASELOAD_ERROR_CONFLICT))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }

  g_assert_not_reached ();
}

static void
on_goals_added_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(CaseloadMeasureDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  if (caseload_worker_finish (result, &error) == NULL)
    {
      g_autofree char *message = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      self->saving = FALSE;
      message = caseload_format_save_error (error);
      g_debug ("Adding goals failed: %s %d", g_quark_to_string (error->domain), error->code);
      caseload_context_report_error (self->context, error);
      show_banner (self, message);
      update_actions (self);
      return;
    }

  self->saving = FALSE;
  self->goals_added = TRUE;
  for (guint a = 0; a < N_LIFE_AREAS; a++)
    if (self->goal_entries[a] != NULL)
      gtk_widget_set_sensitive (self->goal_entries[a], FALSE);
  gtk_widget_set_visible (self->goals_button, FALSE);
  gtk_widget_set_visible (self->goals_done_label, TRUE);
  update_actions (self);
  gtk_widget_grab_focus (self->cancel_button);
  g_signal_emit (self, signals [PLAN_CHANGED], 0);
}

static void
add_goals_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CaseloadMeasureDialog *self = CASELOAD_MEASURE_DIALOG (widget);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) caseload_field_error_free);
  GoalsCall *call;

  if (self->saving || self->goals_added || self->saved == NULL)
    return;

  call = g_new0 (GoalsCall, 1);
  call->areas = g_array_new (FALSE, FALSE, sizeof (CaseloadLifeArea));
  call->words = g_ptr_array_new_with_free_func (g_free);

  for (guint a = 0; a < N_LIFE_AREAS; a++)
    {
      g_autofree char *words = NULL;
      CaseloadLifeArea area = a;

      if (self->goal_entries[a] == NULL)
        continue;

      words = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->goal_entries[a]))));
      if (*words == '\0' || g_utf8_strlen (words, -1) > CASELOAD_MAX_LONG_TEXT)
        {
          g_autofree char *field = g_strdup_printf ("goal:%s", caseload_life_area_to_code (a));
          g_autofree char *too_long = g_strdup_printf (_("Keep the goal to %d characters or fewer."),
                                                       CASELOAD_MAX_LONG_TEXT);

          g_ptr_array_add (problems, caseload_field_error_new (field, *words == '\0'
                                                               ? _("Write the goal in the person’s own words.")
                                                               : too_long));
          continue;
        }
      g_array_append_val (call->areas, area);
      g_ptr_array_add (call->words, g_steal_pointer (&words));
    }

  if (!show_problems (self, self->saved_box, problems))
    {
      goals_call_free (call);
      return;
    }

  call->store = g_object_ref (caseload_context_get_store (self->context));
  call->actor = caseload_worker_copy_staff (caseload_context_get_actor (self->context));
  call->person_id = g_strdup (caseload_person_get_id (self->person));

  self->saving = TRUE;
  update_actions (self);
  caseload_worker_run (self, add_goals_action,
                       goals_thread, call, (GDestroyNotify) goals_call_free,
                       NULL, self->cancellable,
                       on_goals_added_cb, g_object_ref (self));
}

/* The window */

static GtkStringList *
instrument_names (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < N_INSTRUMENTS; i++)
    {
      const CaseloadInstrumentDef *def = caseload_instrument_get (i);
      g_autofree char *name = g_strdup_printf ("%s — %s", def->name, _(def->title));

      gtk_string_list_append (list, name);
    }

  return list;
}

static void
caseload_measure_dialog_dispose (GObject *object)
{
  CaseloadMeasureDialog *self = CASELOAD_MEASURE_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_MEASURE_DIALOG);

  G_OBJECT_CLASS (caseload_measure_dialog_parent_class)->dispose (object);
}

static void
caseload_measure_dialog_finalize (GObject *object)
{
  CaseloadMeasureDialog *self = CASELOAD_MEASURE_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->context);
  g_clear_object (&self->person);
  g_clear_object (&self->saved);
  g_clear_pointer (&self->answers, g_array_unref);
  for (guint i = 0; i < N_INSTRUMENTS; i++)
    g_clear_pointer (&self->kept[i], g_array_unref);
  g_clear_pointer (&self->item_rows, g_ptr_array_unref);
  g_clear_pointer (&self->buttons, g_ptr_array_unref);
  g_free (self->score_text);

  G_OBJECT_CLASS (caseload_measure_dialog_parent_class)->finalize (object);
}

static void
caseload_measure_dialog_class_init (CaseloadMeasureDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_measure_dialog_dispose;
  object_class->finalize = caseload_measure_dialog_finalize;

  /**
   * CaseloadMeasureDialog::saved:
   *
   * The measure is saved (caseload_measure_dialog_get_saved()).
   */
  signals [SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * CaseloadMeasureDialog::plan-changed:
   *
   * The goals for the DIALOG+ areas are in a new version of the plan.
   */
  signals [PLAN_CHANGED] =
    g_signal_new ("plan-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (CASELOAD_TYPE_FIELD_ERROR_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pcnmh/Caseload/caseload-measure-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeasureDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeasureDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeasureDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeasureDialog, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeasureDialog, banner_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeasureDialog, risk_banner);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeasureDialog, risk_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeasureDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeasureDialog, form_box);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeasureDialog, instrument_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeasureDialog, completed_by_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeasureDialog, completed_on_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeasureDialog, items_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeasureDialog, areas_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeasureDialog, note_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeasureDialog, saved_box);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeasureDialog, saved_page);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeasureDialog, goals_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeasureDialog, goals_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeasureDialog, goals_done_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeasureDialog, score_bar);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeasureDialog, score_icon);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeasureDialog, score_label);

  gtk_widget_class_install_action (widget_class, "measure-dialog.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "measure-dialog.add-goals", NULL, add_goals_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "measure-dialog.save", NULL);
}

static void
caseload_measure_dialog_init (CaseloadMeasureDialog *self)
{
  g_autoptr(GtkStringList) instruments = NULL;
  g_autoptr(GtkStringList) completed_by = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) factory = caseload_format_string_factory_new ();
  g_autoptr(GtkListItemFactory) completed_by_factory = caseload_format_string_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->answers = g_array_new (FALSE, TRUE, sizeof (int));
  self->item_rows = g_ptr_array_new ();
  self->buttons = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  gtk_string_list_append (completed_by, caseload_completed_by_label (CASELOAD_COMPLETED_BY_PERSON));
  gtk_string_list_append (completed_by, caseload_completed_by_label (CASELOAD_COMPLETED_BY_WORKER_WITH_PERSON));
  adw_combo_row_set_factory (self->completed_by_row, completed_by_factory);
  adw_combo_row_set_model (self->completed_by_row, G_LIST_MODEL (completed_by));

  build_areas (self);

  instruments = instrument_names ();
  adw_combo_row_set_factory (self->instrument_row, factory);
  adw_combo_row_set_model (self->instrument_row, G_LIST_MODEL (instruments));
  adw_combo_row_set_selected (self->instrument_row, CASELOAD_INSTRUMENT_PHQ9);
  show_instrument (self, CASELOAD_INSTRUMENT_PHQ9);
  g_signal_connect_swapped (self->instrument_row, "notify::selected", G_CALLBACK (on_instrument_selected_cb), self);

  update_actions (self);
}

CaseloadMeasureDialog *
caseload_measure_dialog_new (GtkWindow       *parent,
                             CaseloadContext *context,
                             CaseloadPerson  *person)
{
  CaseloadMeasureDialog *self;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *today = NULL;

  g_return_val_if_fail (CASELOAD_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (CASELOAD_IS_PERSON (person), NULL);

  self = g_object_new (CASELOAD_TYPE_MEASURE_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->context = g_object_ref (context);
  self->person = g_object_ref (person);

  now = caseload_clock_now (caseload_context_get_clock (context));
  today = g_date_time_format (now, "%d/%m/%Y");
  gtk_editable_set_text (GTK_EDITABLE (self->completed_on_row), today);

  return self;
}

gboolean
caseload_measure_dialog_get_busy (CaseloadMeasureDialog *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEASURE_DIALOG (self), FALSE);

  return self->saving;
}

void
caseload_measure_dialog_set_instrument (CaseloadMeasureDialog *self,
                                        CaseloadInstrument     instrument)
{
  g_return_if_fail (CASELOAD_IS_MEASURE_DIALOG (self));

  adw_combo_row_set_selected (self->instrument_row, instrument);
}

GtkWidget *
caseload_measure_dialog_get_answer_button (CaseloadMeasureDialog *self,
                                           guint                  item,
                                           int                    answer)
{
  GPtrArray *row_buttons;

  g_return_val_if_fail (CASELOAD_IS_MEASURE_DIALOG (self), NULL);
  g_return_val_if_fail (item < self->buttons->len, NULL);
  g_return_val_if_fail (answer >= self->def->answer_min && answer <= self->def->answer_max, NULL);

  row_buttons = g_ptr_array_index (self->buttons, item);

  return g_ptr_array_index (row_buttons, answer - self->def->answer_min);
}

GtkWidget *
caseload_measure_dialog_get_area_button (CaseloadMeasureDialog *self,
                                         CaseloadLifeArea       area)
{
  g_return_val_if_fail (CASELOAD_IS_MEASURE_DIALOG (self), NULL);
  g_return_val_if_fail (area < N_LIFE_AREAS, NULL);

  return self->area_buttons[area];
}

GtkWidget *
caseload_measure_dialog_get_goal_entry (CaseloadMeasureDialog *self,
                                        CaseloadLifeArea       area)
{
  g_return_val_if_fail (CASELOAD_IS_MEASURE_DIALOG (self), NULL);
  g_return_val_if_fail (area < N_LIFE_AREAS, NULL);

  return self->goal_entries[area];
}

const char *
caseload_measure_dialog_get_score_text (CaseloadMeasureDialog *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEASURE_DIALOG (self), NULL);

  return self->score_text;
}

const char *
caseload_measure_dialog_get_risk_prompt (CaseloadMeasureDialog *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEASURE_DIALOG (self), NULL);

  if (!gtk_widget_get_visible (self->risk_banner))
    return NULL;

  return gtk_label_get_text (self->risk_label);
}

CaseloadMeasure *
caseload_measure_dialog_get_saved (CaseloadMeasureDialog *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEASURE_DIALOG (self), NULL);

  return self->saved;
}

const char *
caseload_measure_dialog_get_error (CaseloadMeasureDialog *self,
                                   const char            *field)
{
  CaseloadFieldErrorRow *row;

  g_return_val_if_fail (CASELOAD_IS_MEASURE_DIALOG (self), NULL);

  if (field == NULL)
    return gtk_revealer_get_reveal_child (self->banner_revealer) ? gtk_label_get_text (self->banner_label) : NULL;

  row = caseload_field_error_row_find (self->form_box, field);
  if (row == NULL)
    row = caseload_field_error_row_find (self->saved_box, field);

  return row != NULL ? caseload_field_error_row_get_message (row) : NULL;
}

gboolean
caseload_measure_dialog_get_goals_added (CaseloadMeasureDialog *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEASURE_DIALOG (self), FALSE);

  return self->goals_added;
}
