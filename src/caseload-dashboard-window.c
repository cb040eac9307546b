/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-dashboard-window"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-audit-window.h"
#include "caseload-dashboard-csv.h"
#include "caseload-dashboard-pathways.h"
#include "caseload-dashboard-print.h"
#include "caseload-dashboard-window.h"
#include "caseload-fidelity-dialog.h"
#include "caseload-format.h"
#include "caseload-worker.h"

/* The range starts on the first of the month eleven months back: twelve whole months. */
#define DEFAULT_MONTHS 12

/* The figures shown large at the top: what needs doing now. */
static const CaseloadDashboardFigure summary_figures[] = {
  CASELOAD_DASHBOARD_FIGURE_WAITING_NOW,
  CASELOAD_DASHBOARD_FIGURE_BREACHED_NOW,
  CASELOAD_DASHBOARD_FIGURE_UNALLOCATED,
  CASELOAD_DASHBOARD_FIGURE_OVERDUE_REVIEWS,
};

struct _CaseloadDashboardWindow
{
  AdwWindow          parent_instance;

  /* Owned */
  CaseloadContext   *context;
  GCancellable      *cancellable;        /* the read in flight; a new one replaces it */
  GCancellable      *export_cancellable; /* exports, cancelled in dispose */
  CaseloadDashboard *dashboard;          /* on show */
  char              *error_message;
  guint              n_pending;
  gboolean           show_tables;
  gboolean           read_lost;          /* the read lost the shared site: read again when back */

  /* Built in code: one of each per chart and per figure */
  CaseloadChart     *charts[CASELOAD_DASHBOARD_N_CHARTS];
  GtkStack          *chart_stacks[CASELOAD_DASHBOARD_N_CHARTS];
  GtkListBox        *chart_tables[CASELOAD_DASHBOARD_N_CHARTS];
  GtkLabel          *figure_labels[CASELOAD_DASHBOARD_N_FIGURES];
  GtkLabel          *summary_labels[G_N_ELEMENTS (summary_figures)];
  GtkWidget         *summary_children[G_N_ELEMENTS (summary_figures)];
  GtkWidget         *review_button;
  AdwPreferencesGroup *pathway_groups[CASELOAD_PATHWAY_HOUSING + 1];
  GPtrArray         *pathway_rows;       /* the Pathways section's rows, on show */

  /* Template children */
  AdwWindowTitle    *window_title;
  AdwToastOverlay   *toast_overlay;
  AdwEntryRow       *from_row;
  GtkWidget         *from_error_row;
  GtkLabel          *from_error_label;
  AdwEntryRow       *to_row;
  GtkWidget         *to_error_row;
  GtkLabel          *to_error_label;
  AdwComboRow       *pcn_row;
  GtkStringList     *pcn_names;
  GtkSwitch         *tables_switch;
  GtkStack          *figures_stack;
  GtkSpinner        *spinner;
  AdwStatusPage     *error_page;
  GtkBox            *figures_box;
  GtkFlowBox        *summary_box;
  AdwPreferencesGroup *waits_group;
  AdwPreferencesGroup *attention_group;
  AdwPreferencesGroup *outcomes_group;
  AdwPreferencesGroup *changes_group;
  GtkWidget         *no_changes_row;
  GPtrArray         *change_rows;        /* one row per instrument with a change, on show */
};

typedef struct {
  CaseloadStore *store;
  CaseloadStaff *actor;
  const char    *action;
  char          *detail;
  GFile         *file;
  GBytes        *contents;
} ExportCall;

G_DEFINE_FINAL_TYPE (CaseloadDashboardWindow, caseload_dashboard_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_SHOW_TABLES,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
export_call_free (ExportCall *call)
{
  g_clear_object (&call->store);
  g_clear_object (&call->actor);
  g_free (call->detail);
  g_clear_object (&call->file);
  g_clear_pointer (&call->contents, g_bytes_unref);
  g_free (call);
}

/* A message at the foot of the window; plain text, shown as it is. */
static void
add_toast (CaseloadDashboardWindow *self,
           const char              *message)
{
  AdwToast *toast = adw_toast_new_format ("%s", "");
  GtkWidget *label = gtk_label_new (message);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  adw_toast_set_custom_title (toast, label);
  adw_toast_set_timeout (toast, 5);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Reads and exports in flight, for the tests */
static void
begin_work (CaseloadDashboardWindow *self)
{
  self->n_pending++;
}

static void
end_work (CaseloadDashboardWindow *self)
{
  g_return_if_fail (self->n_pending > 0);
  self->n_pending--;
}

static void
update_actions (CaseloadDashboardWindow *self)
{
  gboolean have = self->dashboard != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dashboard-window.export", have);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dashboard-window.print", have);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dashboard-window.review-break-glass",
                                 have && self->dashboard->break_glass_to_review > 0);
}

/* A required date typed as dd/mm/yyyy; the message goes beside the field. */
static gboolean
parse_date_field (AdwEntryRow *row,
                  GtkWidget   *error_row,
                  GtkLabel    *error_label,
                  GDate       *date)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  g_autoptr(GError) error = NULL;

  g_date_clear (date, 1);

  if (*text == '\0')
    {
      caseload_format_show_field_error (GTK_WIDGET (row), error_row, error_label,
                                        _("Enter a date as dd/mm/yyyy, for example 01/12/2025."));
      return FALSE;
    }

  if (!caseload_parse_date (text, date, &error))
    {
      caseload_format_show_field_error (GTK_WIDGET (row), error_row, error_label, error->message);
      return FALSE;
    }

  caseload_format_show_field_error (GTK_WIDGET (row), error_row, error_label, NULL);
  return TRUE;
}

static char *
format_entry_date (const GDate *date)
{
  return g_strdup_printf ("%02u/%02u/%04u", g_date_get_day (date), g_date_get_month (date), g_date_get_year (date));
}

static void
set_default_range (CaseloadDashboardWindow *self)
{
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  GDate today, from;

  caseload_clock_today (caseload_context_get_clock (self->context), &today);
  from = today;
  g_date_set_day (&from, 1);
  g_date_subtract_months (&from, DEFAULT_MONTHS - 1);

  from_text = format_entry_date (&from);
  to_text = format_entry_date (&today);
  gtk_editable_set_text (GTK_EDITABLE (self->from_row), from_text);
  gtk_editable_set_text (GTK_EDITABLE (self->to_row), to_text);
}

static const char *
selected_pcn (CaseloadDashboardWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->pcn_row);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return NULL;

  return caseload_dashboard_pcns ()[selected - 1];
}

/* One row a category: its name, what it is made of, its total. */
static GtkWidget *
create_table_row (CaseloadChart *chart,
                  guint          category,
                  const char    *detail)
{
  g_autofree char *total = g_strdup_printf ("%g", caseload_chart_get_total (chart, category));
  g_autoptr(GString) parts = g_string_new (detail);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label;

  for (guint s = 0; caseload_chart_get_series (chart, 0) != NULL && s < caseload_chart_get_n_series (chart); s++)
    {
      double value = caseload_chart_get_value (chart, category, s);

      if (value == 0)
        continue;
      /* Translators: one part of a month's figure, as in "GP 3" */
      g_string_append_printf (parts, "%s%s %g", parts->len > 0 ? " · " : "", caseload_chart_get_series (chart, s), value);
    }

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), caseload_chart_get_category (chart, category));
  if (parts->len > 0)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), parts->str);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  label = gtk_label_new (total);
  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);

  return row;
}

static void
fill_table (CaseloadDashboardWindow *self,
            CaseloadDashboardChart   which)
{
  CaseloadChart *chart = self->charts[which];
  GtkListBox *table = self->chart_tables[which];
  GArray *counts = which == CASELOAD_DASHBOARD_CHART_BY_WORKER ? self->dashboard->caseload_by_worker : NULL;
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (table, 0)) != NULL)
    gtk_list_box_remove (table, GTK_WIDGET (row));

  for (guint i = 0; i < caseload_chart_get_n_categories (chart); i++)
    {
      /* A worker's organisation under their name */
      const char *detail = counts != NULL && i < counts->len ? g_array_index (counts, CaseloadDashboardCount, i).detail : NULL;

      gtk_list_box_append (table, create_table_row (chart, i, detail));
    }
}

/* Waits past the standard in the theme's error colour, near it in the warning colour,
 * when there are any; the number and its caption say it too. */
static void
update_emphasis (CaseloadDashboardWindow *self,
                 guint                    index)
{
  GtkWidget *label = GTK_WIDGET (self->summary_labels[index]);
  CaseloadDashboardFigure figure = summary_figures[index];

  gtk_widget_remove_css_class (label, "error");
  gtk_widget_remove_css_class (label, "warning");

  if (figure == CASELOAD_DASHBOARD_FIGURE_BREACHED_NOW && self->dashboard->breached_now > 0)
    gtk_widget_add_css_class (label, "error");
  else if ((figure == CASELOAD_DASHBOARD_FIGURE_UNALLOCATED && self->dashboard->unallocated > 0) ||
           (figure == CASELOAD_DASHBOARD_FIGURE_OVERDUE_REVIEWS && self->dashboard->overdue_reviews > 0))
    gtk_widget_add_css_class (label, "warning");
}

/* A row per instrument: its name, how many people, the median change in words. */
static GtkWidget *
create_change_row (const CaseloadDashboardChange *change)
{
  g_autofree char *subtitle = caseload_dashboard_change_subtitle (change);
  g_autofree char *value = caseload_dashboard_change_value (change);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (value);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), caseload_dashboard_change_title (change));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  gtk_label_set_xalign (GTK_LABEL (label), 1.0f);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dashboard-figure");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);

  return row;
}

static void
fill_changes (CaseloadDashboardWindow *self)
{
  GArray *changes = self->dashboard->measure_change;

  for (guint i = 0; i < self->change_rows->len; i++)
    adw_preferences_group_remove (self->changes_group, g_ptr_array_index (self->change_rows, i));
  g_ptr_array_set_size (self->change_rows, 0);

  for (guint i = 0; changes != NULL && i < changes->len; i++)
    {
      GtkWidget *row = create_change_row (&g_array_index (changes, CaseloadDashboardChange, i));

      adw_preferences_group_add (self->changes_group, row);
      g_ptr_array_add (self->change_rows, row);
    }

  gtk_widget_set_visible (self->no_changes_row, self->change_rows->len == 0);
}

/* A line of the Pathways section: its title, what it counts, its value; one that needs
 * attention has an icon and the warning colour as well as its words. */
static GtkWidget *
create_line_row (const CaseloadDashboardLine *line)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), line->title);
  if (line->subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), line->subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  if (line->warning)
    {
      GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE, "icon-name", "dialog-warning-symbolic",
                                      "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);

      gtk_widget_add_css_class (icon, "warning");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }
  if (line->value != NULL)
    {
      GtkWidget *label = gtk_label_new (line->value);

      gtk_label_set_xalign (GTK_LABEL (label), 1.0f);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "numeric");
      gtk_widget_add_css_class (label, "dashboard-figure");
      if (line->warning)
        gtk_widget_add_css_class (label, "warning");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }
  return row;
}

static void
fill_pathways (CaseloadDashboardWindow *self)
{
  for (guint i = 0; i < self->pathway_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->pathway_rows, i);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (g_object_get_data (G_OBJECT (row), "caseload-group")), row);
    }
  g_ptr_array_set_size (self->pathway_rows, 0);

  for (guint p = CASELOAD_PATHWAY_STEPPS; p <= CASELOAD_PATHWAY_HOUSING; p++)
    {
      g_autoptr(GPtrArray) lines = caseload_dashboard_pathway_lines (self->dashboard, p);

      for (guint i = 0; i < lines->len; i++)
        {
          GtkWidget *row = create_line_row (g_ptr_array_index (lines, i));

          g_object_set_data (G_OBJECT (row), "caseload-group", self->pathway_groups[p]);
          adw_preferences_group_add (self->pathway_groups[p], row);
          g_ptr_array_add (self->pathway_rows, row);
        }
    }
}

static void
show_dashboard (CaseloadDashboardWindow *self)
{
  g_autofree char *range = caseload_dashboard_format_range (self->dashboard);
  g_autofree char *subtitle = NULL;

  /* Translators: the range, then the PCN, as in "1 Dec 2025 to 22 Nov 2026 · Grays" */
  subtitle = g_strdup_printf (_("%s · %s"), range, caseload_dashboard_format_pcn (self->dashboard->pcn));
  adw_window_title_set_subtitle (self->window_title, subtitle);

  for (guint f = 0; f < CASELOAD_DASHBOARD_N_FIGURES; f++)
    {
      g_autofree char *value = caseload_dashboard_figure_value (self->dashboard, f);

      gtk_label_set_text (self->figure_labels[f], value);
    }

  for (guint i = 0; i < G_N_ELEMENTS (summary_figures); i++)
    {
      g_autofree char *value = caseload_dashboard_figure_value (self->dashboard, summary_figures[i]);
      /* Translators: a figure's name and value, for screen readers, as in "Waiting now: 5" */
      g_autofree char *name = g_strdup_printf (_("%s: %s"), caseload_dashboard_figure_title (summary_figures[i]), value);

      gtk_label_set_text (self->summary_labels[i], value);
      update_emphasis (self, i);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->summary_children[i]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
    }

  fill_changes (self);
  fill_pathways (self);

  for (guint c = 0; c < CASELOAD_DASHBOARD_N_CHARTS; c++)
    {
      caseload_dashboard_fill_chart (self->charts[c], self->dashboard, c);
      fill_table (self, c);
    }

  gtk_stack_set_visible_child_name (self->figures_stack, "figures");
}

static void
on_read_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(CaseloadDashboardWindow) self = user_data;
  g_autoptr(CaseloadDashboard) dashboard = NULL;
  g_autoptr(GError) error = NULL;

  dashboard = caseload_store_read_dashboard_finish (CASELOAD_STORE (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  end_work (self);
  g_clear_object (&self->cancellable);
  gtk_spinner_stop (self->spinner);

  if (dashboard == NULL)
    {
      g_debug ("Reading the dashboard failed: %s %d", g_quark_to_string (error->domain), error->code);
      self->read_lost = caseload_context_report_error (self->context, error);
      g_free (self->error_message);
      self->error_message = caseload_format_read_error (error);
      adw_status_page_set_description (self->error_page, self->error_message);
      gtk_stack_set_visible_child_name (self->figures_stack, "error");
      update_actions (self);
      return;
    }

  g_clear_pointer (&self->error_message, g_free);
  g_clear_pointer (&self->dashboard, caseload_dashboard_free);
  self->dashboard = g_steal_pointer (&dashboard);
  show_dashboard (self);
  update_actions (self);
}

static void
start_read (CaseloadDashboardWindow *self)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  GDate from_date, to_date;
  gboolean dates_ok;

  dates_ok = parse_date_field (self->from_row, self->from_error_row, self->from_error_label, &from_date);
  dates_ok = parse_date_field (self->to_row, self->to_error_row, self->to_error_label, &to_date) && dates_ok;

  if (dates_ok && g_date_compare (&from_date, &to_date) > 0)
    {
      caseload_format_show_field_error (GTK_WIDGET (self->to_row), self->to_error_row, self->to_error_label,
                                        _("The end of the range can’t come before its start."));
      dates_ok = FALSE;
    }

  if (!dates_ok)
    {
      gtk_widget_grab_focus (gtk_widget_get_visible (self->from_error_row) ? GTK_WIDGET (self->from_row)
                                                                           : GTK_WIDGET (self->to_row));
      return;
    }

  from = caseload_date_to_iso (&from_date);
  to = caseload_date_to_iso (&to_date);

  if (self->cancellable != NULL)
    {
      g_cancellable_cancel (self->cancellable);
      g_clear_object (&self->cancellable);
      end_work (self);
    }

  self->cancellable = g_cancellable_new ();
  self->read_lost = FALSE;
  begin_work (self);
  g_clear_pointer (&self->dashboard, caseload_dashboard_free);
  update_actions (self);
  gtk_spinner_start (self->spinner);
  gtk_stack_set_visible_child_name (self->figures_stack, "loading");

  caseload_store_read_dashboard_async (caseload_context_get_store (self->context),
                                       caseload_context_get_actor (self->context),
                                       from, to, selected_pcn (self), self->cancellable,
                                       on_read_cb, g_object_ref (self));
}

static void
on_connection_restored_cb (CaseloadDashboardWindow *self)
{
  if (self->read_lost)
    start_read (self);
}

static void
on_entry_activated_cb (AdwEntryRow             *row,
                       CaseloadDashboardWindow *self)
{
  start_read (self);
}

static void
on_pcn_selected_cb (AdwComboRow             *row,
                    GParamSpec              *pspec,
                    CaseloadDashboardWindow *self)
{
  if (self->context != NULL)
    start_read (self);
}

static void
set_show_tables (CaseloadDashboardWindow *self,
                 gboolean                 show_tables)
{
  show_tables = !!show_tables;
  if (self->show_tables == show_tables)
    return;

  self->show_tables = show_tables;
  for (guint c = 0; c < CASELOAD_DASHBOARD_N_CHARTS; c++)
    gtk_stack_set_visible_child_name (self->chart_stacks[c], show_tables ? "table" : "chart");
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SHOW_TABLES]);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  start_read (CASELOAD_DASHBOARD_WINDOW (widget));
}

/* Exports and prints go in the audit trail: "export" or "print", with the range */
static gpointer
record_event_thread (gpointer       data,
                     GCancellable  *cancellable,
                     GError       **error)
{
  ExportCall *call = data;

  if (!caseload_store_record_event (call->store, call->actor, call->action, NULL, call->detail, error))
    return NULL;

  return CASELOAD_WORKER_DONE;
}

static ExportCall *
export_call_new (CaseloadDashboardWindow *self,
                 const char              *action)
{
  ExportCall *call = g_new0 (ExportCall, 1);

  call->store = g_object_ref (caseload_context_get_store (self->context));
  call->actor = caseload_worker_copy_staff (caseload_context_get_actor (self->context));
  call->action = action;

  return call;
}

/* Export: the audit trail first, then the file, so nothing leaves unaudited. */

static void
on_file_written_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(CaseloadDashboardWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (!g_file_replace_contents_finish (G_FILE (source), result, NULL, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      end_work (self);
      /* Translators: %s says why, from the system */
      message = g_strdup_printf (_("Could not save the figures: %s"), error->message);
      add_toast (self, message);
      return;
    }

  end_work (self);
  name = g_file_get_basename (G_FILE (source));
  /* Translators: %s is a file name */
  message = g_strdup_printf (_("Figures saved to “%s”"), name);
  add_toast (self, message);
}

static void
on_export_recorded_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(CaseloadDashboardWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  ExportCall *call = caseload_worker_get_data (result);

  if (caseload_worker_finish (result, &error) == NULL)
    {
      g_autofree char *message = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      end_work (self);
      caseload_context_report_error (self->context, error);
      message = caseload_format_change_error (error);
      add_toast (self, message);
      return;
    }

  g_file_replace_contents_bytes_async (call->file, call->contents, NULL, FALSE,
                                       G_FILE_CREATE_REPLACE_DESTINATION, self->export_cancellable,
                                       on_file_written_cb, g_object_ref (self));
}

/* What the audit trail says was exported: the figures' range, no one's details. */
static char *
export_detail (const CaseloadDashboard *dashboard,
               const char              *format)
{
  return g_strdup_printf ("{\"what\":\"dashboard\",\"format\":\"%s\",\"from\":\"%s\",\"to\":\"%s\",\"pcn\":\"%s\"}",
                          format, dashboard->from, dashboard->to, dashboard->pcn != NULL ? dashboard->pcn : "all");
}

void
caseload_dashboard_window_export_to (CaseloadDashboardWindow *self,
                                     GFile                   *file)
{
  ExportCall *call;
  char *csv;

  g_return_if_fail (CASELOAD_IS_DASHBOARD_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->dashboard == NULL)
    return;

  csv = caseload_dashboard_to_csv (self->dashboard);
  call = export_call_new (self, "export");
  call->detail = export_detail (self->dashboard, "csv");
  call->file = g_object_ref (file);
  call->contents = g_bytes_new_take (csv, strlen (csv));

  begin_work (self);
  caseload_worker_run (self, caseload_dashboard_window_export_to, record_event_thread, call,
                       (GDestroyNotify) export_call_free, NULL, self->export_cancellable,
                       on_export_recorded_cb, g_object_ref (self));
}

static void
on_export_response_cb (GtkNativeDialog         *dialog,
                       int                      response,
                       CaseloadDashboardWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        caseload_dashboard_window_export_to (self, file);
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  CaseloadDashboardWindow *self = CASELOAD_DASHBOARD_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  if (self->dashboard == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Export Figures"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  gtk_file_filter_set_name (filter, _("CSV (spreadsheet)"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  /* Translators: a file name; keep it free of slashes. %s are ISO dates. */
  name = g_strdup_printf (_("team-dashboard-%s-to-%s.csv"), self->dashboard->from, self->dashboard->to);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Print: audited once the print (or the PDF) has gone. */
static void
on_print_recorded_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(CaseloadDashboardWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (caseload_worker_finish (result, &error) == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      g_debug ("Auditing a print failed: %s %d", g_quark_to_string (error->domain), error->code);
      caseload_context_report_error (self->context, error);
    }

  end_work (self);
}

static void
on_print_done_cb (GtkPrintOperation       *operation,
                  GtkPrintOperationResult  result,
                  CaseloadDashboardWindow *self)
{
  ExportCall *call;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *message = NULL;

      gtk_print_operation_get_error (operation, &error);
      /* Translators: %s says why, from the system */
      message = g_strdup_printf (_("Could not print: %s"), error != NULL ? error->message : "");
      add_toast (self, message);
    }

  if (result != GTK_PRINT_OPERATION_RESULT_APPLY)
    return;

  call = export_call_new (self, "print");
  call->detail = g_object_steal_data (G_OBJECT (operation), "caseload-audit-detail");

  begin_work (self);
  caseload_worker_run (self, on_print_done_cb, record_event_thread, call, (GDestroyNotify) export_call_free,
                       NULL, self->export_cancellable, on_print_recorded_cb, g_object_ref (self));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  CaseloadDashboardWindow *self = CASELOAD_DASHBOARD_WINDOW (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) error = NULL;

  if (self->dashboard == NULL)
    return;

  now = caseload_clock_now (caseload_context_get_clock (self->context));
  operation = caseload_dashboard_print_operation_new (self->dashboard, now);
  g_object_set_data_full (G_OBJECT (operation), "caseload-audit-detail",
                          export_detail (self->dashboard, "print"), g_free);
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done_cb), self, 0);

  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self),
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autofree char *message = g_strdup_printf (_("Could not print: %s"), error->message);

      add_toast (self, message);
    }
}

static void
review_break_glass_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  CaseloadDashboardWindow *self = CASELOAD_DASHBOARD_WINDOW (widget);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  GListModel *toplevels = gtk_window_get_toplevels ();
  CaseloadAuditWindow *audit = NULL;

  /* The main window's audit window, when it has one open */
  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && audit == NULL; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (CASELOAD_IS_AUDIT_WINDOW (window) && gtk_window_get_transient_for (window) == parent)
        audit = CASELOAD_AUDIT_WINDOW (window);
    }

  if (audit == NULL)
    audit = caseload_audit_window_new (parent, self->context);

  caseload_audit_window_show_review (audit);
  gtk_window_present (GTK_WINDOW (audit));
}

static void
on_fidelity_saved_cb (CaseloadDashboardWindow *self)
{
  add_toast (self, _("Fidelity review saved"));
  start_read (self);
}

/* The IPS-25 form; the figures are read again once a review is saved. */
static void
fidelity_review_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  CaseloadDashboardWindow *self = CASELOAD_DASHBOARD_WINDOW (widget);
  CaseloadFidelityDialog *dialog = caseload_fidelity_dialog_new (GTK_WINDOW (self), self->context);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_fidelity_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The Pathways section, after the charts: a heading, then a group per pathway. */
static void
build_pathway_groups (CaseloadDashboardWindow *self)
{
  GtkWidget *heading = g_object_new (GTK_TYPE_LABEL, "label", _("Pathways"), "xalign", 0.0f,
                                     "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING, NULL);

  gtk_widget_add_css_class (heading, "title-2");
  gtk_widget_set_margin_top (heading, 12);
  gtk_box_append (self->figures_box, heading);

  for (guint p = CASELOAD_PATHWAY_STEPPS; p <= CASELOAD_PATHWAY_HOUSING; p++)
    {
      GtkWidget *group = adw_preferences_group_new ();

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), caseload_dashboard_pathway_title (p));
      if (p == CASELOAD_PATHWAY_IPS)
        {
          GtkWidget *button = gtk_button_new_with_mnemonic (_("IPS-25 _Fidelity Review…"));

          gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
          gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "dashboard-window.fidelity-review");
          adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), button);
        }
      gtk_box_append (self->figures_box, group);
      self->pathway_groups[p] = ADW_PREFERENCES_GROUP (group);
    }
}

static GtkWidget *
create_figure_row (CaseloadDashboardWindow *self,
                   CaseloadDashboardFigure  figure)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new ("");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), caseload_dashboard_figure_title (figure));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), caseload_dashboard_figure_subtitle (figure));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  gtk_label_set_xalign (GTK_LABEL (label), 1.0f);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (label, "dashboard-figure");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  self->figure_labels[figure] = GTK_LABEL (label);

  if (figure == CASELOAD_DASHBOARD_FIGURE_BREAK_GLASS)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Review…"));

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "dashboard-window.review-break-glass");
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      _("Open the emergency access review"), -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      self->review_button = button;
    }

  return row;
}

static GtkWidget *
create_summary_tile (CaseloadDashboardWindow *self,
                     guint                    index)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *value = gtk_label_new ("");
  GtkWidget *caption = gtk_label_new (caseload_dashboard_figure_title (summary_figures[index]));
  GtkWidget *child = gtk_flow_box_child_new ();

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "dashboard-tile");
  gtk_widget_add_css_class (value, "title-1");
  gtk_widget_add_css_class (value, "numeric");
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (caption), TRUE);
  gtk_label_set_justify (GTK_LABEL (caption), GTK_JUSTIFY_CENTER);
  gtk_box_append (GTK_BOX (box), value);
  gtk_box_append (GTK_BOX (box), caption);

  gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (child), box);
  gtk_widget_set_focusable (child, FALSE);
  self->summary_labels[index] = GTK_LABEL (value);
  self->summary_children[index] = child;

  return child;
}

static void
build_chart_group (CaseloadDashboardWindow *self,
                   CaseloadDashboardChart   which)
{
  const char *title = caseload_dashboard_chart_title (which);
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *stack = gtk_stack_new ();
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *table = gtk_list_box_new ();
  CaseloadChart *chart = caseload_chart_new (caseload_dashboard_chart_kind (which), title);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_set_margin_top (GTK_WIDGET (chart), 18);
  gtk_widget_set_margin_bottom (GTK_WIDGET (chart), 18);
  gtk_widget_set_margin_start (GTK_WIDGET (chart), 18);
  gtk_widget_set_margin_end (GTK_WIDGET (chart), 18);
  gtk_box_append (GTK_BOX (card), GTK_WIDGET (chart));

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (table), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (table, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (table), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);

  gtk_stack_set_vhomogeneous (GTK_STACK (stack), FALSE);
  gtk_stack_add_named (GTK_STACK (stack), card, "chart");
  gtk_stack_add_named (GTK_STACK (stack), table, "table");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), stack);
  gtk_box_append (self->figures_box, group);

  self->charts[which] = chart;
  self->chart_stacks[which] = GTK_STACK (stack);
  self->chart_tables[which] = GTK_LIST_BOX (table);
}

static void
caseload_dashboard_window_constructed (GObject *object)
{
  CaseloadDashboardWindow *self = (CaseloadDashboardWindow *)object;

  G_OBJECT_CLASS (caseload_dashboard_window_parent_class)->constructed (object);

  g_signal_connect_object (self->context, "connection-restored",
                           G_CALLBACK (on_connection_restored_cb), self, G_CONNECT_SWAPPED);

  set_default_range (self);
  update_actions (self);
  start_read (self);
}

static void
caseload_dashboard_window_dispose (GObject *object)
{
  CaseloadDashboardWindow *self = (CaseloadDashboardWindow *)object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->export_cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_DASHBOARD_WINDOW);

  G_OBJECT_CLASS (caseload_dashboard_window_parent_class)->dispose (object);
}

static void
caseload_dashboard_window_finalize (GObject *object)
{
  CaseloadDashboardWindow *self = (CaseloadDashboardWindow *)object;

  g_clear_object (&self->context);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->export_cancellable);
  g_clear_pointer (&self->dashboard, caseload_dashboard_free);
  g_clear_pointer (&self->change_rows, g_ptr_array_unref);
  g_clear_pointer (&self->pathway_rows, g_ptr_array_unref);
  g_free (self->error_message);

  G_OBJECT_CLASS (caseload_dashboard_window_parent_class)->finalize (object);
}

static void
caseload_dashboard_window_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  CaseloadDashboardWindow *self = CASELOAD_DASHBOARD_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_SHOW_TABLES:
      g_value_set_boolean (value, self->show_tables);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_dashboard_window_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  CaseloadDashboardWindow *self = CASELOAD_DASHBOARD_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    case PROP_SHOW_TABLES:
      set_show_tables (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_dashboard_window_class_init (CaseloadDashboardWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = caseload_dashboard_window_constructed;
  object_class->dispose = caseload_dashboard_window_dispose;
  object_class->finalize = caseload_dashboard_window_finalize;
  object_class->get_property = caseload_dashboard_window_get_property;
  object_class->set_property = caseload_dashboard_window_set_property;

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         CASELOAD_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /* Each chart as a list of its values instead */
  properties [PROP_SHOW_TABLES] =
    g_param_spec_boolean ("show-tables", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "dashboard-window.reload", NULL, reload_action);
  gtk_widget_class_install_property_action (widget_class, "dashboard-window.show-tables", "show-tables");
  gtk_widget_class_install_action (widget_class, "dashboard-window.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "dashboard-window.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "dashboard-window.review-break-glass", NULL,
                                   review_break_glass_action);
  gtk_widget_class_install_action (widget_class, "dashboard-window.fidelity-review", NULL, fidelity_review_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "dashboard-window.reload", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "dashboard-window.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "dashboard-window.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pcnmh/Caseload/caseload-dashboard-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadDashboardWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, CaseloadDashboardWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CaseloadDashboardWindow, from_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadDashboardWindow, from_error_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadDashboardWindow, from_error_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadDashboardWindow, to_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadDashboardWindow, to_error_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadDashboardWindow, to_error_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadDashboardWindow, pcn_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadDashboardWindow, pcn_names);
  gtk_widget_class_bind_template_child (widget_class, CaseloadDashboardWindow, tables_switch);
  gtk_widget_class_bind_template_child (widget_class, CaseloadDashboardWindow, figures_stack);
  gtk_widget_class_bind_template_child (widget_class, CaseloadDashboardWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, CaseloadDashboardWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, CaseloadDashboardWindow, figures_box);
  gtk_widget_class_bind_template_child (widget_class, CaseloadDashboardWindow, summary_box);
  gtk_widget_class_bind_template_child (widget_class, CaseloadDashboardWindow, waits_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadDashboardWindow, attention_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadDashboardWindow, outcomes_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadDashboardWindow, changes_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadDashboardWindow, no_changes_row);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_pcn_selected_cb);
}

static void
caseload_dashboard_window_init (CaseloadDashboardWindow *self)
{
  const char * const *pcns = caseload_dashboard_pcns ();

  g_type_ensure (CASELOAD_TYPE_CHART);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->export_cancellable = g_cancellable_new ();

  gtk_string_list_append (self->pcn_names, caseload_dashboard_format_pcn (NULL));
  for (guint i = 0; pcns[i] != NULL; i++)
    gtk_string_list_append (self->pcn_names, pcns[i]);
  adw_combo_row_set_factory (self->pcn_row, caseload_format_string_factory_new ());

  for (guint i = 0; i < G_N_ELEMENTS (summary_figures); i++)
    gtk_flow_box_append (self->summary_box, create_summary_tile (self, i));

  self->change_rows = g_ptr_array_new ();

  for (guint f = 0; f < CASELOAD_DASHBOARD_N_FIGURES; f++)
    adw_preferences_group_add (f <= CASELOAD_DASHBOARD_FIGURE_NEAR_BREACH_NOW ? self->waits_group
                               : f <= CASELOAD_DASHBOARD_FIGURE_BREAK_GLASS   ? self->attention_group
                                                                              : self->outcomes_group,
                               create_figure_row (self, f));

  for (guint c = 0; c < CASELOAD_DASHBOARD_N_CHARTS; c++)
    build_chart_group (self, c);
  self->pathway_rows = g_ptr_array_new ();
  build_pathway_groups (self);

  g_object_bind_property (self, "show-tables", self->tables_switch, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
}

CaseloadDashboardWindow *
caseload_dashboard_window_new (GtkWindow       *parent,
                               CaseloadContext *context)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CASELOAD_IS_CONTEXT (context), NULL);

  return g_object_new (CASELOAD_TYPE_DASHBOARD_WINDOW,
                       "transient-for", parent,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       "context", context,
                       NULL);
}

gboolean
caseload_dashboard_window_get_busy (CaseloadDashboardWindow *self)
{
  g_return_val_if_fail (CASELOAD_IS_DASHBOARD_WINDOW (self), FALSE);

  return self->n_pending > 0;
}

const CaseloadDashboard *
caseload_dashboard_window_get_dashboard (CaseloadDashboardWindow *self)
{
  g_return_val_if_fail (CASELOAD_IS_DASHBOARD_WINDOW (self), NULL);

  return self->dashboard;
}

CaseloadChart *
caseload_dashboard_window_get_chart (CaseloadDashboardWindow *self,
                                     CaseloadDashboardChart   chart)
{
  g_return_val_if_fail (CASELOAD_IS_DASHBOARD_WINDOW (self), NULL);
  g_return_val_if_fail (chart < CASELOAD_DASHBOARD_N_CHARTS, NULL);

  return self->charts[chart];
}

const char *
caseload_dashboard_window_get_figure_text (CaseloadDashboardWindow *self,
                                           CaseloadDashboardFigure  figure)
{
  g_return_val_if_fail (CASELOAD_IS_DASHBOARD_WINDOW (self), NULL);
  g_return_val_if_fail (figure < CASELOAD_DASHBOARD_N_FIGURES, NULL);

  return gtk_label_get_text (self->figure_labels[figure]);
}

GtkWidget *
caseload_dashboard_window_get_pathway_group (CaseloadDashboardWindow *self,
                                             CaseloadPathway          pathway)
{
  g_return_val_if_fail (CASELOAD_IS_DASHBOARD_WINDOW (self), NULL);
  g_return_val_if_fail (pathway <= CASELOAD_PATHWAY_HOUSING, NULL);

  return GTK_WIDGET (self->pathway_groups[pathway]);
}

const char *
caseload_dashboard_window_get_error (CaseloadDashboardWindow *self)
{
  g_return_val_if_fail (CASELOAD_IS_DASHBOARD_WINDOW (self), NULL);

  return self->error_message;
}
