/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-dashboard-print"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-chart.h"
#include "caseload-dashboard-figures.h"
#include "caseload-dashboard-pathways.h"
#include "caseload-dashboard-print.h"
#include "caseload-format.h"

/* Fonts on paper, in points */
#define BODY_FONT    "Sans 10"
#define CHART_FONT   "Sans 8"
#define HEADING_FONT "Sans Bold 12"
#define TITLE_FONT   "Sans Bold 18"
#define SPACING      6.0

typedef enum {
  BLOCK_TITLE,
  BLOCK_LINE,      /* the range, the PCN, when printed */
  BLOCK_HEADING,
  BLOCK_FIGURE,    /* a figure's title and, at the right, its value */
  BLOCK_CHART,
} BlockKind;

typedef struct {
  BlockKind      kind;
  char          *text;
  char          *value;
  CaseloadChart *chart;
  double         height;    /* on paper, set in begin-print */
  double         scale;     /* a chart taller than a page is drawn smaller */
  guint          page;
  double         y;
} Block;

typedef struct {
  GPtrArray *blocks;
  guint      n_pages;
} PrintJob;

static void
block_free (Block *block)
{
  g_free (block->text);
  g_free (block->value);
  g_clear_object (&block->chart);
  g_free (block);
}

static void
print_job_free (PrintJob *job)
{
  g_ptr_array_unref (job->blocks);
  g_free (job);
}

static Block *
add_block (PrintJob   *job,
           BlockKind   kind,
           const char *text,
           char       *value)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  block->text = g_strdup (text);
  block->value = value;
  block->scale = 1.0;
  g_ptr_array_add (job->blocks, block);

  return block;
}

static PangoLayout *
create_layout (GtkPrintContext *context,
               const char      *font,
               const char      *text,
               double           width)
{
  PangoLayout *layout = caseload_format_print_layout (context, font, width);

  pango_layout_set_text (layout, text, -1);

  return layout;
}

static PangoContext *
create_chart_context (GtkPrintContext *context)
{
  PangoContext *pango_context = gtk_print_context_create_pango_context (context);
  PangoFontDescription *description = pango_font_description_from_string (CHART_FONT);

  pango_context_set_font_description (pango_context, description);
  pango_font_description_free (description);

  return pango_context;
}

static const char *
block_font (const Block *block)
{
  switch (block->kind)
    {
    case BLOCK_TITLE:
      return TITLE_FONT;
    case BLOCK_HEADING:
      return HEADING_FONT;
    case BLOCK_LINE:
    case BLOCK_FIGURE:
    case BLOCK_CHART:
    default:
      return BODY_FONT;
    }
}

static double
footer_height (GtkPrintContext *context)
{
  g_autoptr(PangoLayout) layout = create_layout (context, BODY_FONT, "Page", 1000);
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);

  return height + SPACING * 2;
}

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   PrintJob          *job)
{
  g_autoptr(GObject) chart_object = G_OBJECT (create_chart_context (context));
  PangoContext *chart_context = PANGO_CONTEXT (chart_object);
  double width = gtk_print_context_get_width (context);
  double page_height = gtk_print_context_get_height (context) - footer_height (context);
  double y = 0;
  guint page = 0;

  /* Every block's height first, then the pages */
  for (guint i = 0; i < job->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (job->blocks, i);

      if (block->kind == BLOCK_CHART)
        {
          block->height = caseload_chart_get_height_for_width (block->chart, chart_context, width);
          if (block->height > page_height)
            {
              block->scale = page_height / block->height;
              block->height = page_height;
            }
        }
      else
        {
          g_autoptr(PangoLayout) layout = create_layout (context, block_font (block), block->text,
                                                         block->kind == BLOCK_FIGURE ? width * 0.6 : width);
          int height;

          pango_layout_get_pixel_size (layout, NULL, &height);
          block->height = height;
        }

      block->height += block->kind == BLOCK_HEADING ? SPACING * 3 : SPACING;
    }

  for (guint i = 0; i < job->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (job->blocks, i);
      double needed = block->height;

      /* A heading goes to the next page with what follows it */
      if (block->kind == BLOCK_HEADING && i + 1 < job->blocks->len)
        needed += MIN (((Block *) g_ptr_array_index (job->blocks, i + 1))->height, page_height / 2);

      if (y > 0 && y + needed > page_height)
        {
          page++;
          y = 0;
        }

      block->page = page;
      block->y = y;
      y += block->height;
    }

  job->n_pages = page + 1;
  gtk_print_operation_set_n_pages (operation, job->n_pages);
}

static void
draw_text_block (GtkPrintContext *context,
                 cairo_t         *cr,
                 const Block     *block,
                 double           width)
{
  double y = block->y + (block->kind == BLOCK_HEADING ? SPACING * 2 : 0);
  g_autoptr(PangoLayout) layout = create_layout (context, block_font (block), block->text,
                                                 block->kind == BLOCK_FIGURE ? width * 0.6 : width);

  cairo_move_to (cr, 0, y);
  pango_cairo_show_layout (cr, layout);

  if (block->value != NULL)
    {
      g_autoptr(PangoLayout) value = create_layout (context, BODY_FONT, block->value, width * 0.4);

      pango_layout_set_alignment (value, PANGO_ALIGN_RIGHT);
      cairo_move_to (cr, width * 0.6, y);
      pango_cairo_show_layout (cr, value);
    }
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page_nr,
                 PrintJob          *job)
{
  g_autoptr(GObject) chart_object = G_OBJECT (create_chart_context (context));
  PangoContext *chart_context = PANGO_CONTEXT (chart_object);
  g_autoptr(PangoLayout) footer = NULL;
  g_autofree char *page_text = NULL;
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  CaseloadChartStyle style;
  int footer_pixels;

  caseload_chart_style_init_print (&style);
  cairo_set_source_rgb (cr, 0, 0, 0);

  for (guint i = 0; i < job->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (job->blocks, i);

      if (block->page != (guint) page_nr)
        continue;

      if (block->kind != BLOCK_CHART)
        {
          draw_text_block (context, cr, block, width);
          continue;
        }

      cairo_save (cr);
      cairo_translate (cr, 0, block->y);
      cairo_scale (cr, block->scale, block->scale);
      caseload_chart_draw (block->chart, cr, chart_context, width / block->scale,
                           (block->height - SPACING) / block->scale, &style);
      cairo_restore (cr);
      cairo_set_source_rgb (cr, 0, 0, 0);
    }

  /* Translators: the foot of each printed page */
  page_text = g_strdup_printf (_("Page %d of %u"), page_nr + 1, job->n_pages);
  footer = create_layout (context, BODY_FONT, page_text, width);
  pango_layout_set_alignment (footer, PANGO_ALIGN_CENTER);
  pango_layout_get_pixel_size (footer, NULL, &footer_pixels);
  cairo_move_to (cr, 0, height - footer_pixels);
  pango_cairo_show_layout (cr, footer);
}

GtkPrintOperation *
caseload_dashboard_print_operation_new (const CaseloadDashboard *dashboard,
                                        GDateTime               *printed_at)
{
  GtkPrintOperation *operation;
  PrintJob *job;
  g_autofree char *range = NULL;
  g_autofree char *when = NULL;
  g_autofree char *iso = NULL;
  const char *group = NULL;

  g_return_val_if_fail (dashboard != NULL, NULL);
  g_return_val_if_fail (printed_at != NULL, NULL);

  job = g_new0 (PrintJob, 1);
  job->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);

  range = caseload_dashboard_format_range (dashboard);
  iso = g_date_time_format_iso8601 (printed_at);
  when = caseload_format_date_time (iso);

  add_block (job, BLOCK_TITLE, _("Team Dashboard"), NULL);
  /* Translators: %s is a range of dates, as in "1 Dec 2025 to 22 Nov 2026" */
  add_block (job, BLOCK_LINE, NULL, NULL)->text = g_strdup_printf (_("Referrals received %s"), range);
  /* Translators: %s is a Primary Care Network, or "All PCNs" */
  add_block (job, BLOCK_LINE, NULL, NULL)->text = g_strdup_printf (_("Primary Care Network: %s"),
                                                                    caseload_dashboard_format_pcn (dashboard->pcn));
  /* Translators: %s is a date and time */
  add_block (job, BLOCK_LINE, NULL, NULL)->text = g_strdup_printf (_("Printed %s"), when != NULL ? when : "");

  for (guint f = 0; f < CASELOAD_DASHBOARD_N_FIGURES; f++)
    {
      if (g_strcmp0 (group, caseload_dashboard_figure_group (f)) != 0)
        {
          group = caseload_dashboard_figure_group (f);
          add_block (job, BLOCK_HEADING, group, NULL);
        }
      add_block (job, BLOCK_FIGURE, caseload_dashboard_figure_title (f), caseload_dashboard_figure_value (dashboard, f));
    }

  /* Each measure's median change, as the window shows it */
  add_block (job, BLOCK_HEADING, _("Change in Measures"), NULL);
  if (dashboard->measure_change == NULL || dashboard->measure_change->len == 0)
    add_block (job, BLOCK_LINE, _("Nobody has been measured twice in the range"), NULL);
  for (guint i = 0; dashboard->measure_change != NULL && i < dashboard->measure_change->len; i++)
    {
      const CaseloadDashboardChange *change = &g_array_index (dashboard->measure_change, CaseloadDashboardChange, i);
      g_autofree char *subtitle = caseload_dashboard_change_subtitle (change);

      /* Translators: a measure's median change on the printed dashboard, as in
       * "PHQ-9 — Median change over 12 people" */
      add_block (job, BLOCK_FIGURE, NULL, caseload_dashboard_change_value (change))->text =
        g_strdup_printf (_("%s — %s"), caseload_dashboard_change_title (change), subtitle);
    }

  for (guint c = 0; c < CASELOAD_DASHBOARD_N_CHARTS; c++)
    {
      CaseloadChart *chart = caseload_chart_new (caseload_dashboard_chart_kind (c), caseload_dashboard_chart_title (c));
      Block *block;

      g_object_ref_sink (chart);
      caseload_dashboard_fill_chart (chart, dashboard, c);
      add_block (job, BLOCK_HEADING, caseload_dashboard_chart_title (c), NULL);
      block = add_block (job, BLOCK_CHART, NULL, NULL);
      block->chart = chart;
      /* Every value in words too, under the chart */
      add_block (job, BLOCK_LINE, NULL, NULL)->text = caseload_chart_get_text_alternative (chart);
    }

  /* The Pathways section, line for line as the window shows it */
  for (guint p = CASELOAD_PATHWAY_STEPPS; p <= CASELOAD_PATHWAY_HOUSING; p++)
    {
      g_autoptr(GPtrArray) lines = caseload_dashboard_pathway_lines (dashboard, p);

      add_block (job, BLOCK_HEADING, NULL, NULL)->text =
        /* Translators: a heading on the printed dashboard, as in "Pathways: Open Dialogue" */
        g_strdup_printf (_("Pathways: %s"), caseload_dashboard_pathway_title (p));
      for (guint i = 0; i < lines->len; i++)
        {
          const CaseloadDashboardLine *line = g_ptr_array_index (lines, i);
          GString *text = g_string_new (NULL);

          /* Needing attention is said in words on paper */
          if (line->warning)
            /* Translators: before a printed line that needs attention */
            g_string_append (text, _("Attention: "));
          g_string_append (text, line->title);
          if (line->subtitle != NULL)
            /* Translators: a printed line's title, then what it counts */
            g_string_append_printf (text, _(" — %s"), line->subtitle);
          add_block (job, BLOCK_FIGURE, NULL, g_strdup (line->value))->text = g_string_free (text, FALSE);
        }
    }

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_job_name (operation, _("Team Dashboard"));
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_object_set_data_full (G_OBJECT (operation), "caseload-print-job", job, (GDestroyNotify) print_job_free);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), job);

  return operation;
}
