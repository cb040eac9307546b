/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "caseload-chart.h"
#include "caseload-format.h"
#include "caseload-info-row.h"
#include "caseload-instrument.h"
#include "caseload-measure-dialog.h"
#include "caseload-measures-view.h"

#define N_INSTRUMENTS (CASELOAD_INSTRUMENT_REQOL10 + 1)
/* The history shows the newest few at once; "Show All" builds the rest, so a person
 * with hundreds of measures opens as fast as one with a few. */
#define N_HISTORY_FIRST 10

struct _CaseloadMeasuresView
{
  GtkWidget        parent_instance;

  CaseloadContext *context;
  CaseloadPerson  *person;
  CaseloadPlan    *plan;
  GPtrArray       *versions;
  GPtrArray       *reviews;
  GPtrArray       *measures;
  gboolean         may_add;
  CaseloadChart   *charts[N_INSTRUMENTS];
  guint            n_history;
  GtkWidget       *show_all_row;

  GtkStack        *stack;
  GtkWidget       *status_page;
  GtkWidget       *empty_new_button;
  GtkWidget       *new_button;
  GtkWidget       *instruments_box;
  GtkListBox      *history_list;
};

G_DEFINE_FINAL_TYPE (CaseloadMeasuresView, caseload_measures_view, GTK_TYPE_WIDGET)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
forget (CaseloadMeasuresView *self)
{
  g_clear_object (&self->person);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->versions, g_ptr_array_unref);
  g_clear_pointer (&self->reviews, g_ptr_array_unref);
  g_clear_pointer (&self->measures, g_ptr_array_unref);
}

static void
remove_children (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    {
      if (GTK_IS_LIST_BOX (box))
        gtk_list_box_remove (GTK_LIST_BOX (box), child);
      else
        gtk_box_remove (GTK_BOX (box), child);
    }
}

static void
clear_shown (CaseloadMeasuresView *self)
{
  remove_children (self->instruments_box);
  remove_children (GTK_WIDGET (self->history_list));
  memset (self->charts, 0, sizeof self->charts);
  self->n_history = 0;
  self->show_all_row = NULL;
}

/* What a measure says */

static const CaseloadBand *
measure_band (CaseloadMeasure *measure)
{
  if (!caseload_measure_get_has_total (measure))
    return NULL;

  return caseload_instrument_band (caseload_instrument_get (caseload_measure_get_instrument (measure)),
                                   caseload_measure_get_total (measure));
}

/* "17 · Moderately severe", "12 · Prorated: one question unanswered", or
 * "Incomplete: no total". */
static char *
describe_total (CaseloadMeasure *measure)
{
  const CaseloadBand *band = measure_band (measure);
  g_autofree char *total = NULL;
  GString *text;

  if (!caseload_measure_get_has_total (measure))
    return g_strdup (_("Incomplete: no total"));

  text = g_string_new (NULL);
  total = caseload_instrument_format_total (caseload_measure_get_total (measure));
  g_string_append (text, total);
  if (band != NULL)
    g_string_append_printf (text, " · %s", _(band->label));
  if (!caseload_measure_get_complete (measure))
    g_string_append (text, _(" · Incomplete: total prorated"));

  return g_string_free (text, FALSE);
}

/* A warning icon that says what it means. */
static GtkWidget *
create_warning_icon (const char *meaning)
{
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

  gtk_widget_add_css_class (icon, "warning");
  gtk_widget_set_tooltip_text (icon, meaning);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, meaning, -1);

  return icon;
}

/* A row of words only. */
static GtkWidget *
create_row (const char *title,
            const char *subtitle)
{
  return caseload_info_row_new (title, subtitle);
}

static GtkWidget *
create_risk_row (const CaseloadInstrumentDef *def)
{
  GtkWidget *row = create_row (_("Risk question answered above 0"),
                               def->risk_prompt != NULL ? _(def->risk_prompt) : NULL);

  caseload_info_row_add_prefix (row, create_warning_icon (_("Risk")));
  gtk_widget_add_css_class (row, "measure-risk");

  return row;
}

/* "Completed by the person · Recorded by Adaeze Nwosu". */
static char *
describe_who (CaseloadMeasure *measure)
{
  const char *recorded_by = caseload_measure_get_recorded_by_name (measure);
  CaseloadCompletedBy completed_by = caseload_measure_get_completed_by (measure);
  g_autofree char *completed = g_strdup_printf (_("Completed by: %s"), caseload_completed_by_label (completed_by));

  if (recorded_by == NULL)
    return g_steal_pointer (&completed);

  return g_strdup_printf (_("%s · Recorded by %s"), completed, recorded_by);
}

/* One group per instrument */

/* The newest measure of @instrument with a total, completed on or before @on (NULL:
 * any), or NULL. The measures come newest first. */
static CaseloadMeasure *
find_latest_total (CaseloadMeasuresView *self,
                   CaseloadInstrument    instrument,
                   const char           *on)
{
  for (guint i = 0; i < self->measures->len; i++)
    {
      CaseloadMeasure *measure = g_ptr_array_index (self->measures, i);

      if (caseload_measure_get_instrument (measure) == instrument && caseload_measure_get_has_total (measure) &&
          (on == NULL || g_strcmp0 (caseload_measure_get_completed_on (measure), on) <= 0))
        return measure;
    }

  return NULL;
}

/* The change since the newest review: the latest total on or before its date against
 * the latest now. */
static GtkWidget *
create_change_row (CaseloadMeasuresView        *self,
                   const CaseloadInstrumentDef *def)
{
  CaseloadReview *review = self->reviews->len > 0 ? g_ptr_array_index (self->reviews, 0) : NULL;
  g_autofree char *reviewed_on = NULL;
  g_autofree char *title = NULL;
  g_autofree char *change = NULL;
  CaseloadMeasure *before, *now;

  if (review == NULL)
    return create_row (_("Change since the last review"), _("No review yet"));

  reviewed_on = caseload_format_date (caseload_review_get_reviewed_on (review));
  title = g_strdup_printf (_("Change since the review on %s"), reviewed_on);
  before = find_latest_total (self, def->instrument, caseload_review_get_reviewed_on (review));
  now = find_latest_total (self, def->instrument, NULL);

  if (before == NULL)
    return create_row (title, _("No score on or before the review"));
  if (now == before)
    return create_row (title, _("Not measured since the review"));

  change = caseload_instrument_describe_change (def, caseload_measure_get_total (before),
                                                caseload_measure_get_total (now));

  return create_row (title, change);
}

static CaseloadChart *
create_chart (CaseloadMeasuresView        *self,
              const CaseloadInstrumentDef *def)
{
  /* Translators: a chart's title, as in "PHQ-9 scores over time" */
  g_autofree char *title = g_strdup_printf (_("%s scores over time"), def->name);
  CaseloadChart *chart = caseload_chart_new (CASELOAD_CHART_LINE, title);
  g_autoptr(GPtrArray) dates = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree CaseloadChartBand *bands = g_new0 (CaseloadChartBand, MAX (def->n_bands, 1));

  /* Oldest first, those with a total */
  for (guint i = self->measures->len; i > 0; i--)
    {
      CaseloadMeasure *measure = g_ptr_array_index (self->measures, i - 1);
      double total;

      if (caseload_measure_get_instrument (measure) != def->instrument || !caseload_measure_get_has_total (measure))
        continue;

      total = caseload_measure_get_total (measure);
      g_ptr_array_add (dates, caseload_format_date (caseload_measure_get_completed_on (measure)));
      g_array_append_val (values, total);
    }

  for (guint b = 0; b < def->n_bands; b++)
    {
      bands[b].lower = def->bands[b].lower;
      bands[b].upper = def->bands[b].upper;
      bands[b].label = _(def->bands[b].label);
      bands[b].concern = def->bands[b].concern;
    }

  caseload_chart_set_range (chart, def->score_min, def->score_max);
  caseload_chart_set_bands (chart, bands, def->n_bands);
  caseload_chart_set_data (chart, (const char * const *) dates->pdata, dates->len, NULL, 1,
                           (const double *) (gpointer) values->data);
  gtk_widget_set_margin_top (GTK_WIDGET (chart), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (chart), 12);
  gtk_widget_set_margin_start (GTK_WIDGET (chart), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (chart), 12);

  return chart;
}

static GtkWidget *
create_instrument_group (CaseloadMeasuresView *self,
                         CaseloadInstrument    instrument,
                         CaseloadMeasure      *latest)
{
  const CaseloadInstrumentDef *def = caseload_instrument_get (instrument);
  const CaseloadBand *band = measure_band (latest);
  GtkWidget *group = adw_preferences_group_new ();
  g_autofree char *total = describe_total (latest);
  g_autofree char *completed_on = caseload_format_date (caseload_measure_get_completed_on (latest));
  g_autofree char *subtitle = g_strdup_printf (_("Latest, completed %s"), completed_on);
  GtkWidget *latest_row = create_row (total, subtitle);
  g_autofree char *group_title = NULL;
  CaseloadChart *chart;

  /* What it measures in the title, not as the group's description: that is one more
   * wrapping label per group, about 0.7 ms of the first frame each */
  /* Translators: an instrument's group on the Measures page, as in "PHQ-9 · Depression" */
  group_title = g_strdup_printf (_("%s · %s"), def->name, _(def->title));
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), group_title);

  if (band != NULL && band->concern)
    caseload_info_row_add_prefix (latest_row, create_warning_icon (_("A band of concern")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), latest_row);

  if (caseload_measure_get_risk (latest))
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), create_risk_row (def));

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), create_change_row (self, def));

  chart = create_chart (self, def);
  if (caseload_chart_get_n_categories (chart) > 0)
    {
      GtkWidget *row = adw_preferences_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), caseload_chart_get_title (chart));
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      caseload_chart_get_title (chart), -1);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), GTK_WIDGET (chart));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      self->charts[instrument] = chart;
    }
  else
    g_object_unref (g_object_ref_sink (chart));

  return group;
}

/* The history */

static GtkWidget *
create_history_row (CaseloadMeasure *measure)
{
  const CaseloadInstrumentDef *def = caseload_instrument_get (caseload_measure_get_instrument (measure));
  const CaseloadBand *band = measure_band (measure);
  g_autofree char *date = caseload_format_date (caseload_measure_get_completed_on (measure));
  g_autofree char *title = g_strdup_printf ("%s · %s", def->name, date);
  g_autofree char *total = describe_total (measure);
  g_autofree char *who = describe_who (measure);
  g_autoptr(GString) subtitle = g_string_new (total);
  const char *areas = caseload_measure_get_chosen_areas (measure);
  GtkWidget *row;

  g_string_append_printf (subtitle, "\n%s", who);

  if (areas != NULL && *areas != '\0')
    {
      g_auto(GStrv) codes = g_strsplit (areas, ",", -1);

      g_string_append_c (subtitle, '\n');
      g_string_append (subtitle, _("Areas to talk about: "));
      for (guint i = 0; codes[i] != NULL; i++)
        {
          CaseloadLifeArea area;

          if (caseload_life_area_from_code (codes[i], &area))
            g_string_append_printf (subtitle, "%s%s", i > 0 ? ", " : "", caseload_life_area_label (area));
        }
    }

  row = create_row (title, subtitle->str);

  if (band != NULL && band->concern)
    caseload_info_row_add_prefix (row, create_warning_icon (_("A band of concern")));

  if (caseload_measure_get_risk (measure))
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *label = gtk_label_new (_("Risk question above 0"));
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Risk"), -1);
      gtk_box_append (GTK_BOX (box), icon);
      gtk_box_append (GTK_BOX (box), label);
      gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (box, "warning");
      caseload_info_row_add_suffix (row, box);
    }

  return row;
}

/* Adds the history's rows up to @up_to (at most every measure). */
static void
add_history_rows (CaseloadMeasuresView *self,
                  guint                 up_to)
{
  for (; self->n_history < MIN (up_to, self->measures->len); self->n_history++)
    gtk_list_box_append (self->history_list, create_history_row (g_ptr_array_index (self->measures, self->n_history)));
}

static void
show_all_history (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CaseloadMeasuresView *self = CASELOAD_MEASURES_VIEW (widget);

  if (self->measures == NULL)
    return;

  if (self->show_all_row != NULL)
    gtk_list_box_remove (self->history_list, g_steal_pointer (&self->show_all_row));
  add_history_rows (self, self->measures->len);
}

/* "Show All 200 Measures" below the newest few. */
static GtkWidget *
create_show_all_row (guint n_measures)
{
  g_autofree char *title = g_strdup_printf (ngettext ("Show All %u Measure", "Show All %u Measures", n_measures),
                                            n_measures);
  GtkWidget *row = create_row (title, NULL);

  caseload_info_row_add_suffix (row, gtk_image_new_from_icon_name ("go-down-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "measures-view.show-all-history");

  return row;
}

static void
show_measures (CaseloadMeasuresView *self)
{
  gboolean seen[N_INSTRUMENTS] = { FALSE };

  clear_shown (self);
  gtk_widget_set_visible (self->new_button, self->may_add);
  gtk_widget_set_visible (self->empty_new_button, self->may_add);

  if (self->measures->len == 0)
    {
      adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->status_page), "x-office-spreadsheet-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (self->status_page), _("No Measures Yet"));
      adw_status_page_set_description (ADW_STATUS_PAGE (self->status_page),
                                       _("Scores from PHQ-9, GAD-7, DIALOG and the other measures show here, with how they change over time."));
      gtk_stack_set_visible_child_name (self->stack, "status");
      return;
    }

  /* The newest of each instrument comes first in the list */
  for (guint i = 0; i < self->measures->len; i++)
    {
      CaseloadMeasure *measure = g_ptr_array_index (self->measures, i);
      CaseloadInstrument instrument = caseload_measure_get_instrument (measure);

      if (instrument < N_INSTRUMENTS && !seen[instrument])
        {
          seen[instrument] = TRUE;
          gtk_box_append (GTK_BOX (self->instruments_box), create_instrument_group (self, instrument, measure));
        }
    }

  add_history_rows (self, N_HISTORY_FIRST);
  if (self->n_history < self->measures->len)
    {
      self->show_all_row = create_show_all_row (self->measures->len);
      gtk_list_box_append (self->history_list, self->show_all_row);
    }

  gtk_stack_set_visible_child_name (self->stack, "measures");
}

/* New Measure */

static void
on_dialog_saved_cb (CaseloadMeasuresView *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
new_measure_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CaseloadMeasuresView *self = CASELOAD_MEASURES_VIEW (widget);
  CaseloadMeasureDialog *dialog;
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->person == NULL || self->context == NULL || !self->may_add)
    return;

  dialog = caseload_measure_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->context, self->person);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_dialog_saved_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "plan-changed", G_CALLBACK (on_dialog_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
caseload_measures_view_dispose (GObject *object)
{
  CaseloadMeasuresView *self = CASELOAD_MEASURES_VIEW (object);

  forget (self);
  g_clear_object (&self->context);
  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_MEASURES_VIEW);

  G_OBJECT_CLASS (caseload_measures_view_parent_class)->dispose (object);
}

static void
caseload_measures_view_class_init (CaseloadMeasuresViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_measures_view_dispose;

  /**
   * CaseloadMeasuresView::changed:
   *
   * The view saved something: the page reads the record again.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pcnmh/Caseload/caseload-measures-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeasuresView, stack);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeasuresView, status_page);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeasuresView, empty_new_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeasuresView, new_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeasuresView, instruments_box);
  gtk_widget_class_bind_template_child (widget_class, CaseloadMeasuresView, history_list);

  gtk_widget_class_install_action (widget_class, "measures-view.new-measure", NULL, new_measure_action);
  gtk_widget_class_install_action (widget_class, "measures-view.show-all-history", NULL, show_all_history);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
caseload_measures_view_init (CaseloadMeasuresView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "measures-view.new-measure", FALSE);
}

GtkWidget *
caseload_measures_view_new (void)
{
  return g_object_new (CASELOAD_TYPE_MEASURES_VIEW, NULL);
}

void
caseload_measures_view_set_context (CaseloadMeasuresView *self,
                                    CaseloadContext   *context)
{
  g_return_if_fail (CASELOAD_IS_MEASURES_VIEW (self));

  g_set_object (&self->context, context);
}

void
caseload_measures_view_show (CaseloadMeasuresView *self,
                             CaseloadPerson    *person,
                             CaseloadOutcomes  *outcomes,
                             gboolean           may_add)
{
  g_return_if_fail (CASELOAD_IS_MEASURES_VIEW (self));
  g_return_if_fail (CASELOAD_IS_PERSON (person));
  g_return_if_fail (outcomes != NULL);

  forget (self);
  self->person = g_object_ref (person);
  self->plan = g_object_ref (outcomes->plan);
  self->versions = g_ptr_array_ref (outcomes->versions);
  self->reviews = g_ptr_array_ref (outcomes->reviews);
  self->measures = g_ptr_array_ref (outcomes->measures);
  self->may_add = may_add;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "measures-view.new-measure", may_add);
  show_measures (self);
}

void
caseload_measures_view_show_error (CaseloadMeasuresView *self,
                                   const char        *message)
{
  g_return_if_fail (CASELOAD_IS_MEASURES_VIEW (self));

  forget (self);
  clear_shown (self);
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->status_page), "dialog-warning-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (self->status_page), message);
  adw_status_page_set_description (ADW_STATUS_PAGE (self->status_page), NULL);
  gtk_widget_set_visible (self->empty_new_button, FALSE);
  gtk_stack_set_visible_child_name (self->stack, "status");
}

void
caseload_measures_view_clear (CaseloadMeasuresView *self)
{
  g_return_if_fail (CASELOAD_IS_MEASURES_VIEW (self));

  forget (self);
  clear_shown (self);
}

CaseloadChart *
caseload_measures_view_get_chart (CaseloadMeasuresView *self,
                                  CaseloadInstrument    instrument)
{
  g_return_val_if_fail (CASELOAD_IS_MEASURES_VIEW (self), NULL);
  g_return_val_if_fail (instrument < N_INSTRUMENTS, NULL);

  return self->charts[instrument];
}

guint
caseload_measures_view_get_n_history (CaseloadMeasuresView *self)
{
  g_return_val_if_fail (CASELOAD_IS_MEASURES_VIEW (self), 0);

  return self->n_history;
}
