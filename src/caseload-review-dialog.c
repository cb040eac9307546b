/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-review-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-discard.h"
#include "caseload-field-error-row.h"
#include "caseload-format.h"
#include "caseload-measure.h"
#include "caseload-plan-goal.h"
#include "caseload-plan-save.h"
#include "caseload-review-dialog.h"
#include "caseload-review-summary.h"
#include "caseload-validate-plan.h"
#include "caseload-worker.h"

struct _CaseloadReviewDialog
{
  AdwWindow        parent_instance;

  /* Owned */
  CaseloadContext *context;
  CaseloadPerson  *person;
  CaseloadPlan    *plan;          /* the version under review */
  GPtrArray       *reviews;
  GPtrArray       *measures;
  GPtrArray       *goal_rows;     /* AdwComboRow per goal of @plan, in order */
  GtkWidget       *no_goals_row;
  GCancellable    *cancellable;
  gboolean         tried;         /* a save was tried: check as they type */
  gboolean         saving;

  /* Template children */
  AdwWindowTitle      *window_title;
  GtkWidget           *save_button;
  GtkRevealer         *banner_revealer;
  GtkLabel            *banner_label;
  GtkWidget           *page;
  AdwPreferencesGroup *goals_group;
  GtkLabel            *measures_label;
  GtkTextView         *said_view;
  AdwEntryRow         *reviewed_on_row;
  AdwEntryRow         *next_review_row;
};

G_DEFINE_FINAL_TYPE (CaseloadReviewDialog, caseload_review_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_PERSON,
  PROP_PLAN,
  PROP_REVIEWS,
  PROP_MEASURES,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static void
show_banner (CaseloadReviewDialog *self,
             const char           *message)
{
  gtk_label_set_text (self->banner_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->banner_revealer, message != NULL);
}

/* The last review's date: the measure changes count from it. */
static const char *
last_review_on (CaseloadReviewDialog *self)
{
  if (self->reviews == NULL || self->reviews->len == 0)
    return NULL;

  return caseload_review_get_reviewed_on (g_ptr_array_index (self->reviews, 0));
}

static void on_field_changed_cb (CaseloadReviewDialog *self);

/* A row per goal, its progress as in the plan or, with @chosen (goal id → progress + 1),
 * as already chosen in this dialog. */
static void
show_goals (CaseloadReviewDialog *self,
            GHashTable           *chosen)
{
  GPtrArray *goals = caseload_plan_get_goals (self->plan);

  for (guint i = 0; i < self->goal_rows->len; i++)
    adw_preferences_group_remove (self->goals_group, g_ptr_array_index (self->goal_rows, i));
  g_ptr_array_set_size (self->goal_rows, 0);

  gtk_widget_set_visible (self->no_goals_row, goals->len == 0);

  for (guint i = 0; i < goals->len; i++)
    {
      CaseloadPlanGoal *goal = g_ptr_array_index (goals, i);
      g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
      g_autoptr(GtkListItemFactory) factory = caseload_format_string_factory_new ();
      GtkWidget *row = adw_combo_row_new ();
      CaseloadGoalProgress progress = caseload_plan_goal_get_progress (goal);
      gpointer kept = chosen != NULL ? g_hash_table_lookup (chosen, caseload_plan_goal_get_id (goal)) : NULL;

      for (CaseloadGoalProgress p = CASELOAD_GOAL_NOT_STARTED; p <= CASELOAD_GOAL_CHANGED_MIND; p++)
        gtk_string_list_append (names, caseload_goal_progress_label (p));

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), caseload_plan_goal_get_words (goal));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), caseload_life_area_label (caseload_plan_goal_get_life_area (goal)));
      adw_combo_row_set_factory (ADW_COMBO_ROW (row), factory);
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), kept != NULL ? GPOINTER_TO_UINT (kept) - 1 : progress);
      g_object_set_data_full (G_OBJECT (row), "goal-id", g_strdup (caseload_plan_goal_get_id (goal)), g_free);

      g_ptr_array_add (self->goal_rows, row);
      adw_preferences_group_add (self->goals_group, row);
    }
}

static char *
text_view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

/* A typed date into @iso, or the problem with it in @problems. */
static void
read_date (AdwEntryRow  *row,
           const char   *field,
           const char   *missing,
           GPtrArray    *problems,
           char        **iso)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  g_autoptr(GError) error = NULL;
  GDate date;

  if (*trimmed == '\0')
    caseload_field_errors_add (problems, field, missing);
  else if (!caseload_parse_date (text, &date, &error))
    caseload_field_errors_add (problems, field, error->message);
  else
    *iso = caseload_date_to_iso (&date);
}

/* Checks every field and shows each problem beside it; the review and the plan to save
 * when all are fine. */
static CaseloadReview *
check (CaseloadReviewDialog  *self,
       CaseloadPlan         **plan_out)
{
  g_autoptr(GPtrArray) problems = caseload_field_errors_new ();
  g_autoptr(CaseloadReview) review = caseload_review_new ();
  g_autoptr(CaseloadPlan) plan = caseload_plan_copy (self->plan);
  g_autofree char *reviewed_on = NULL;
  g_autofree char *next_on = NULL;
  g_autofree char *said = text_view_text (self->said_view);
  GPtrArray *goals = caseload_plan_get_goals (plan);
  const char *unplaced = NULL;
  GtkWidget *first_bad;
  GDate today;

  caseload_clock_today (caseload_context_get_clock (self->context), &today);

  read_date (self->reviewed_on_row, "reviewed-on", _("Enter the date of the review, as dd/mm/yyyy."),
             problems, &reviewed_on);
  read_date (self->next_review_row, "next-review-on", _("Enter the date of the next review, as dd/mm/yyyy."),
             problems, &next_on);
  caseload_field_errors_check_text (problems, "person-said", _("What the person said"), said, FALSE,
                                    CASELOAD_MAX_PLAN_TEXT);

  caseload_review_set_person_id (review, caseload_person_get_id (self->person));
  caseload_review_set_reviewed_on (review, reviewed_on);
  caseload_review_set_next_review_on (review, next_on);
  caseload_review_set_person_said (review, *said != '\0' ? said : NULL);

  if (reviewed_on != NULL && next_on != NULL)
    {
      g_autoptr(GPtrArray) rules = caseload_review_check (review, &today);

      for (guint i = 0; i < rules->len; i++)
        {
          CaseloadFieldError *problem = g_ptr_array_index (rules, i);

          caseload_field_errors_add (problems, problem->field, problem->message);
        }
    }

  first_bad = caseload_field_error_row_show_all (self->page, problems, &unplaced);
  show_banner (self, unplaced);
  if (problems->len > 0)
    {
      if (first_bad != NULL && self->tried)
        gtk_widget_grab_focus (first_bad);
      return NULL;
    }

  for (guint i = 0; i < goals->len && i < self->goal_rows->len; i++)
    caseload_plan_goal_set_progress (g_ptr_array_index (goals, i),
                                     adw_combo_row_get_selected (g_ptr_array_index (self->goal_rows, i)));
  caseload_plan_set_review_on (plan, next_on);
  caseload_review_summarise (review, self->plan, plan, self->measures, last_review_on (self));

  *plan_out = g_steal_pointer (&plan);
  return g_steal_pointer (&review);
}

static void
on_field_changed_cb (CaseloadReviewDialog *self)
{
  g_autoptr(CaseloadReview) review = NULL;
  g_autoptr(CaseloadPlan) plan = NULL;

  /* After a first try, each field says at once when it is put right. */
  if (self->tried)
    review = check (self, &plan);
}

static void
show_measure_changes (CaseloadReviewDialog *self)
{
  g_autoptr(CaseloadReview) review = caseload_review_new ();
  const char *changes;

  caseload_review_summarise (review, self->plan, self->plan, self->measures, last_review_on (self));
  changes = caseload_review_get_measure_changes (review);
  gtk_label_set_text (self->measures_label, changes != NULL && *changes != '\0' ? changes
                                            : _("No measure was completed since the last review with an earlier one "
                                                "to compare it with."));
}

static void
update_save_action (CaseloadReviewDialog *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review-dialog.save", !self->saving);
  gtk_button_set_label (GTK_BUTTON (self->save_button), self->saving ? _("Saving…") : _("_Save"));
}

/* The progress chosen for each goal (id → progress + 1), to keep over a reload. */
static GHashTable *
chosen_progress (CaseloadReviewDialog *self)
{
  GHashTable *chosen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < self->goal_rows->len; i++)
    {
      GObject *row = g_ptr_array_index (self->goal_rows, i);
      const char *id = g_object_get_data (row, "goal-id");

      if (id != NULL)
        g_hash_table_insert (chosen, g_strdup (id),
                             GUINT_TO_POINTER (adw_combo_row_get_selected (ADW_COMBO_ROW (row)) + 1));
    }

  return chosen;
}

static void
on_saved_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(CaseloadReviewDialog) self = user_data;
  g_autoptr(GHashTable) chosen = NULL;
  g_autofree char *message = NULL;
  CaseloadPlanSave *save;

  switch (caseload_plan_save_finish (result, self->context, &save, &message))
    {
    case CASELOAD_PLAN_SAVE_DONE:
      self->saving = FALSE;
      g_signal_emit (self, signals [SAVED], 0, save->review);
      gtk_window_destroy (GTK_WINDOW (self));
      return;

    case CASELOAD_PLAN_SAVE_CANCELLED:
      return;

    case CASELOAD_PLAN_SAVE_CONFLICT:
      /* The progress chosen stays for every goal still there; the rest comes from
       * the newest version. */
      chosen = chosen_progress (self);
      g_set_object (&self->plan, save->current);
      show_goals (self, chosen);
      message = g_strdup (_("Someone else saved this plan while you were reviewing it. The newest version is now "
                            "loaded with what you entered: check the goals and press Save again."));
      break;

    case CASELOAD_PLAN_SAVE_FAILED:
    default:
      break;
    }

  self->saving = FALSE;
  update_save_action (self);
  show_banner (self, message);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CaseloadReviewDialog *self = CASELOAD_REVIEW_DIALOG (widget);
  g_autoptr(CaseloadReview) review = NULL;
  g_autoptr(CaseloadPlan) plan = NULL;

  if (self->saving)
    return;

  self->tried = TRUE;
  show_banner (self, NULL);
  if ((review = check (self, &plan)) == NULL)
    return;

  self->saving = TRUE;
  update_save_action (self);
  caseload_worker_run (self, save_action, caseload_plan_save_thread,
                       caseload_plan_save_new (self->context, plan, review), (GDestroyNotify) caseload_plan_save_free,
                       NULL, self->cancellable, on_saved_cb, g_object_ref (self));
}

/* Anything entered: the person's words, a next review date or a goal's progress. */
static gboolean
is_dirty (CaseloadReviewDialog *self)
{
  g_autofree char *said = text_view_text (self->said_view);
  GPtrArray *goals = caseload_plan_get_goals (self->plan);

  if (*said != '\0' || *gtk_editable_get_text (GTK_EDITABLE (self->next_review_row)) != '\0')
    return TRUE;

  for (guint i = 0; i < goals->len && i < self->goal_rows->len; i++)
    if (adw_combo_row_get_selected (g_ptr_array_index (self->goal_rows, i)) !=
        (guint) caseload_plan_goal_get_progress (g_ptr_array_index (goals, i)))
      return TRUE;

  return FALSE;
}

static gboolean
caseload_review_dialog_close_request (GtkWindow *window)
{
  CaseloadReviewDialog *self = CASELOAD_REVIEW_DIALOG (window);

  /* A save under way finishes first. */
  if (self->saving)
    return TRUE;

  /* What the person said is not lost by a stray Escape */
  if (!caseload_discard_is_confirmed (window) && is_dirty (self))
    {
      caseload_discard_ask (window, _("Discard Review?"), _("The review has not been saved."), _("_Keep Editing"));
      return TRUE;
    }

  return GTK_WINDOW_CLASS (caseload_review_dialog_parent_class)->close_request (window);
}

static void
caseload_review_dialog_constructed (GObject *object)
{
  CaseloadReviewDialog *self = CASELOAD_REVIEW_DIALOG (object);
  g_autofree char *today_iso = NULL;
  g_autofree char *today_text = NULL;
  GDate today;

  G_OBJECT_CLASS (caseload_review_dialog_parent_class)->constructed (object);

  adw_window_title_set_subtitle (self->window_title, caseload_person_get_display_name (self->person));

  self->no_goals_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->no_goals_row), _("No goals in the plan yet"));
  adw_preferences_group_add (self->goals_group, self->no_goals_row);
  show_goals (self, NULL);
  show_measure_changes (self);

  caseload_clock_today (caseload_context_get_clock (self->context), &today);
  today_iso = caseload_date_to_iso (&today);
  today_text = caseload_format_for_editing (today_iso);
  gtk_editable_set_text (GTK_EDITABLE (self->reviewed_on_row), today_text);

  g_signal_connect_object (gtk_text_view_get_buffer (self->said_view), "changed",
                           G_CALLBACK (on_field_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
caseload_review_dialog_dispose (GObject *object)
{
  CaseloadReviewDialog *self = CASELOAD_REVIEW_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_REVIEW_DIALOG);

  g_clear_object (&self->context);
  g_clear_object (&self->person);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->reviews, g_ptr_array_unref);
  g_clear_pointer (&self->measures, g_ptr_array_unref);
  g_clear_pointer (&self->goal_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (caseload_review_dialog_parent_class)->dispose (object);
}

static void
caseload_review_dialog_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  CaseloadReviewDialog *self = CASELOAD_REVIEW_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    case PROP_PERSON:
      self->person = g_value_dup_object (value);
      break;

    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;

    case PROP_REVIEWS:
      self->reviews = g_value_dup_boxed (value);
      break;

    case PROP_MEASURES:
      self->measures = g_value_dup_boxed (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_review_dialog_class_init (CaseloadReviewDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = caseload_review_dialog_constructed;
  object_class->dispose = caseload_review_dialog_dispose;
  object_class->set_property = caseload_review_dialog_set_property;
  window_class->close_request = caseload_review_dialog_close_request;

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, CASELOAD_TYPE_CONTEXT,
                         (G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties [PROP_PERSON] =
    g_param_spec_object ("person", NULL, NULL, CASELOAD_TYPE_PERSON,
                         (G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties [PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, CASELOAD_TYPE_PLAN,
                         (G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties [PROP_REVIEWS] =
    g_param_spec_boxed ("reviews", NULL, NULL, G_TYPE_PTR_ARRAY,
                        (G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties [PROP_MEASURES] =
    g_param_spec_boxed ("measures", NULL, NULL, G_TYPE_PTR_ARRAY,
                        (G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CaseloadReviewDialog::saved:
   * @review: the review as saved
   */
  signals [SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, CASELOAD_TYPE_REVIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pcnmh/Caseload/caseload-review-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadReviewDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReviewDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReviewDialog, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReviewDialog, banner_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReviewDialog, page);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReviewDialog, goals_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReviewDialog, measures_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReviewDialog, said_view);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReviewDialog, reviewed_on_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReviewDialog, next_review_row);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);

  gtk_widget_class_install_action (widget_class, "review-dialog.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "review-dialog.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
caseload_review_dialog_init (CaseloadReviewDialog *self)
{
  g_type_ensure (CASELOAD_TYPE_FIELD_ERROR_ROW);
  self->cancellable = g_cancellable_new ();
  self->goal_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
}

CaseloadReviewDialog *
caseload_review_dialog_new (GtkWindow       *parent,
                            CaseloadContext *context,
                            CaseloadPerson  *person,
                            CaseloadPlan    *plan,
                            GPtrArray       *reviews,
                            GPtrArray       *measures)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CASELOAD_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (CASELOAD_IS_PERSON (person), NULL);
  g_return_val_if_fail (CASELOAD_IS_PLAN (plan), NULL);

  return g_object_new (CASELOAD_TYPE_REVIEW_DIALOG,
                       "transient-for", parent,
                       "context", context,
                       "person", person,
                       "plan", plan,
                       "reviews", reviews,
                       "measures", measures,
                       NULL);
}

GtkWidget *
caseload_review_dialog_get_field (CaseloadReviewDialog *self,
                                  const char           *field)
{
  g_return_val_if_fail (CASELOAD_IS_REVIEW_DIALOG (self), NULL);

  if (g_strcmp0 (field, "reviewed-on") == 0)
    return GTK_WIDGET (self->reviewed_on_row);
  if (g_strcmp0 (field, "next-review-on") == 0)
    return GTK_WIDGET (self->next_review_row);
  if (g_strcmp0 (field, "person-said") == 0)
    return GTK_WIDGET (self->said_view);

  for (guint i = 0; field != NULL && g_str_has_prefix (field, "goal:") && i < self->goal_rows->len; i++)
    {
      GObject *row = g_ptr_array_index (self->goal_rows, i);

      if (g_strcmp0 (g_object_get_data (row, "goal-id"), field + strlen ("goal:")) == 0)
        return GTK_WIDGET (row);
    }

  return NULL;
}

const char *
caseload_review_dialog_get_error (CaseloadReviewDialog *self,
                                  const char           *field)
{
  CaseloadFieldErrorRow *row;

  g_return_val_if_fail (CASELOAD_IS_REVIEW_DIALOG (self), NULL);

  if (field == NULL)
    return gtk_revealer_get_reveal_child (self->banner_revealer) ? gtk_label_get_text (self->banner_label) : NULL;

  row = caseload_field_error_row_find (self->page, field);
  return row != NULL ? caseload_field_error_row_get_message (row) : NULL;
}

const char *
caseload_review_dialog_get_measure_changes (CaseloadReviewDialog *self)
{
  g_return_val_if_fail (CASELOAD_IS_REVIEW_DIALOG (self), NULL);

  return gtk_label_get_text (self->measures_label);
}
