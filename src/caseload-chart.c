/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-chart"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "caseload-chart.h"

/* Sizes in lines of the chart's font, so it scales with text and on paper. */
#define BAR_ROW_LINES      1.9
#define BAR_THICKNESS      1.25
#define COLUMN_PLOT_LINES  11.0
#define LEGEND_ROW_LINES   1.6
#define GAP_LINES          0.5

/* The GNOME palette, for themes that do not name it. */
static const char *const palette_names[] = {
  "accent_bg_color", "green_3", "yellow_4", "purple_2", "orange_3", "teal_3", "red_2", "brown_2",
};
static const char *const palette_fallback[] = {
  "#3584e4", "#33d17a", "#e5a50a", "#c061cb", "#ff7800", "#2190a4", "#f66151", "#cdab8f",
};

typedef enum {
  PATTERN_SOLID,
  PATTERN_DIAGONAL,
  PATTERN_DOTS,
  PATTERN_CROSS,
  PATTERN_HORIZONTAL,
  PATTERN_VERTICAL,
  PATTERN_BACK_DIAGONAL,
  PATTERN_GRID,
  N_PATTERNS
} Pattern;

struct _CaseloadChart
{
  GtkWidget          parent_instance;

  CaseloadChartKind  kind;
  char              *title;
  char              *description;  /* the text alternative, as screen readers get it */
  GPtrArray         *categories;   /* char * */
  GPtrArray         *series;       /* char *; empty for one unnamed series */
  GArray            *values;       /* double, n_categories × n_series */
  guint              n_series;
  double             range_min;    /* the value axis; equal: from 0 */
  double             range_max;
  GArray            *bands;        /* CaseloadChartBand, labels owned */

  /* Where the categories were last drawn on screen, for tooltips: the first one's
   * start and each one's size, along y (bars) or x (columns) */
  double             hit_start;
  double             hit_step;
};

G_DEFINE_FINAL_TYPE (CaseloadChart, caseload_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_KIND,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* "12", or "12.5" for a measure's mean, or "19.25" for a SWEMWBS score. */
static char *
format_value (double value)
{
  if (value == floor (value))
    return g_strdup_printf ("%.0f", value);

  if (fabs (value * 10 - round (value * 10)) < 1e-6)
    return g_strdup_printf ("%.1f", value);

  return g_strdup_printf ("%.2f", value);
}

static PangoLayout *
make_layout (PangoContext *pango_context,
             const char   *text)
{
  PangoLayout *layout = pango_layout_new (pango_context);

  pango_layout_set_text (layout, text, -1);

  return layout;
}

static double
text_width (PangoContext *pango_context,
            const char   *text)
{
  g_autoptr(PangoLayout) layout = make_layout (pango_context, text);
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);

  return width;
}

static double
line_height (PangoContext *pango_context)
{
  g_autoptr(PangoLayout) layout = make_layout (pango_context, "Ag");
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);

  return MAX (height, 1);
}

/* Draws @text with its left edge at @x (or centred on it, or ending at it) and its
 * middle at @y. */
static void
draw_text (cairo_t       *cr,
           PangoContext  *pango_context,
           const char    *text,
           double         x,
           double         y,
           double         xalign,
           double         max_width,
           const GdkRGBA *colour)
{
  g_autoptr(PangoLayout) layout = make_layout (pango_context, text);
  int width, height;

  if (max_width > 0)
    {
      pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_get_pixel_size (layout, &width, &height);

  cairo_save (cr);
  gdk_cairo_set_source_rgba (cr, colour);
  cairo_move_to (cr, x - xalign * width, y - height / 2.0);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

/* A filled box in the series' colour, with its pattern over it in a darker shade, so
 * series differ in more than colour. */
static void
fill_series_rect (cairo_t       *cr,
                  guint          series,
                  double         x,
                  double         y,
                  double         width,
                  double         height,
                  const CaseloadChartStyle *style)
{
  const GdkRGBA *colour = &style->series[series % G_N_ELEMENTS (style->series)];
  Pattern pattern = series % N_PATTERNS;
  double step = 5.0;

  if (width <= 0 || height <= 0)
    return;

  cairo_save (cr);
  cairo_rectangle (cr, x, y, width, height);
  gdk_cairo_set_source_rgba (cr, colour);
  cairo_fill_preserve (cr);
  cairo_clip (cr);

  cairo_set_source_rgba (cr, 0, 0, 0, 0.45);
  cairo_set_line_width (cr, 1.2);

  switch (pattern)
    {
    case PATTERN_SOLID:
      break;

    case PATTERN_DIAGONAL:
      for (double d = -height; d < width; d += step)
        {
          cairo_move_to (cr, x + d, y + height);
          cairo_line_to (cr, x + d + height, y);
        }
      cairo_stroke (cr);
      break;

    case PATTERN_DOTS:
      for (double dy = step / 2; dy < height; dy += step)
        for (double dx = step / 2 + (fmod (dy, 2 * step) > step ? step / 2 : 0); dx < width; dx += step)
          {
            cairo_new_sub_path (cr);
            cairo_arc (cr, x + dx, y + dy, 1.1, 0, 2 * G_PI);
          }
      cairo_fill (cr);
      break;

    case PATTERN_CROSS:
      for (double d = -height; d < width; d += step * 1.4)
        {
          cairo_move_to (cr, x + d, y + height);
          cairo_line_to (cr, x + d + height, y);
          cairo_move_to (cr, x + d, y);
          cairo_line_to (cr, x + d + height, y + height);
        }
      cairo_stroke (cr);
      break;

    case PATTERN_HORIZONTAL:
    case PATTERN_GRID:
      for (double dy = step / 2; dy < height; dy += step * 0.8)
        {
          cairo_move_to (cr, x, y + dy);
          cairo_line_to (cr, x + width, y + dy);
        }
      if (pattern == PATTERN_HORIZONTAL)
        {
          cairo_stroke (cr);
          break;
        }
      G_GNUC_FALLTHROUGH;

    case PATTERN_VERTICAL:
      for (double dx = step / 2; dx < width; dx += step * 0.8)
        {
          cairo_move_to (cr, x + dx, y);
          cairo_line_to (cr, x + dx, y + height);
        }
      cairo_stroke (cr);
      break;

    case PATTERN_BACK_DIAGONAL:
      for (double d = -height; d < width; d += step)
        {
          cairo_move_to (cr, x + d, y);
          cairo_line_to (cr, x + d + height, y + height);
        }
      cairo_stroke (cr);
      break;

    case N_PATTERNS:
    default:
      g_assert_not_reached ();
    }

  cairo_restore (cr);
}

static gboolean
has_legend (CaseloadChart *self)
{
  return self->series->len > 0;
}

static double
legend_height (CaseloadChart *self,
               PangoContext  *pango_context,
               double         width)
{
  double line = line_height (pango_context);
  double x = 0;
  guint rows = 1;

  if (!has_legend (self))
    return 0;

  for (guint i = 0; i < self->series->len; i++)
    {
      double item = line * 1.6 + text_width (pango_context, g_ptr_array_index (self->series, i));

      if (x > 0 && x + item > width)
        {
          rows++;
          x = 0;
        }
      x += item + line;
    }

  return rows * line * LEGEND_ROW_LINES + line * GAP_LINES;
}

static void
draw_legend (CaseloadChart *self,
             cairo_t       *cr,
             PangoContext  *pango_context,
             double         width,
             const CaseloadChartStyle *style)
{
  double line = line_height (pango_context);
  double row_height = line * LEGEND_ROW_LINES;
  double x = 0, y = 0;

  for (guint i = 0; i < self->series->len; i++)
    {
      const char *name = g_ptr_array_index (self->series, i);
      double item = line * 1.6 + text_width (pango_context, name);

      if (x > 0 && x + item > width)
        {
          y += row_height;
          x = 0;
        }

      fill_series_rect (cr, i, x, y + (row_height - line) / 2, line * 1.1, line, style);
      draw_text (cr, pango_context, name, x + line * 1.6, y + row_height / 2, 0, -1, &style->foreground);
      x += item + line;
    }
}

/* A round step for about @n_ticks gridlines up to @max: 1, 2 or 5 times a power of ten,
 * and never below one (the values are counts). */
static double
nice_step (double max,
           guint  n_ticks)
{
  double raw = max / n_ticks;
  double magnitude, fraction;

  if (raw <= 1)
    return 1;

  magnitude = pow (10, floor (log10 (raw)));
  fraction = raw / magnitude;

  if (fraction <= 1)
    return magnitude;
  if (fraction <= 2)
    return 2 * magnitude;
  if (fraction <= 5)
    return 5 * magnitude;
  return 10 * magnitude;
}

static double
max_total (CaseloadChart *self)
{
  double max = 0;

  for (guint i = 0; i < self->categories->len; i++)
    max = MAX (max, caseload_chart_get_total (self, i));

  return max;
}

static void
draw_empty (cairo_t       *cr,
            PangoContext  *pango_context,
            double         width,
            double         height,
            const CaseloadChartStyle *style)
{
  draw_text (cr, pango_context, _("No figures for this range"), width / 2, height / 2, 0.5, width, &style->dim);
}

static void
draw_bars (CaseloadChart *self,
           cairo_t       *cr,
           PangoContext  *pango_context,
           double         width,
           double         top,
           const CaseloadChartStyle *style)
{
  double line = line_height (pango_context);
  double row_height = line * BAR_ROW_LINES;
  double label_width = 0, value_width = 0, bar_left, bar_space;
  double max = max_total (self);

  for (guint i = 0; i < self->categories->len; i++)
    {
      g_autofree char *total = format_value (caseload_chart_get_total (self, i));

      label_width = MAX (label_width, text_width (pango_context, g_ptr_array_index (self->categories, i)));
      value_width = MAX (value_width, text_width (pango_context, total));
    }
  label_width = MIN (label_width, width * 0.4);
  bar_left = label_width + line;
  bar_space = MAX (width - bar_left - value_width - line * 0.5, 1);
  self->hit_start = top;
  self->hit_step = row_height;

  for (guint i = 0; i < self->categories->len; i++)
    {
      g_autofree char *total_text = format_value (caseload_chart_get_total (self, i));
      double middle = top + i * row_height + row_height / 2;
      double bar_top = middle - line * BAR_THICKNESS / 2;
      double x = bar_left;

      draw_text (cr, pango_context, g_ptr_array_index (self->categories, i), 0, middle, 0, label_width,
                 &style->foreground);

      for (guint s = 0; s < self->n_series; s++)
        {
          double value = caseload_chart_get_value (self, i, s);
          double length = max > 0 ? value / max * bar_space : 0;

          fill_series_rect (cr, s, x, bar_top, length, line * BAR_THICKNESS, style);
          x += length;
        }

      draw_text (cr, pango_context, total_text, x + line * 0.4, middle, 0, -1, &style->foreground);
    }

  /* The baseline the bars start from */
  cairo_save (cr);
  gdk_cairo_set_source_rgba (cr, &style->dim);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, bar_left - 0.5, top);
  cairo_line_to (cr, bar_left - 0.5, top + self->categories->len * row_height);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* A column's label under the axis, centred on @x from @top down, wrapped to @width. */
static void
draw_axis_label (cairo_t       *cr,
                 PangoContext  *pango_context,
                 const char    *text,
                 double         x,
                 double         top,
                 double         width,
                 const GdkRGBA *colour)
{
  g_autoptr(PangoLayout) layout = make_layout (pango_context, text);

  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, -2);

  cairo_save (cr);
  gdk_cairo_set_source_rgba (cr, colour);
  cairo_move_to (cr, x - width / 2, top);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

/* Where the value axis and the categories go (COLUMNS and LINE). */
typedef struct {
  double line;
  double axis_min;
  double axis_max;
  double step;
  double axis_width;
  double left;       /* the plot's left edge, after the axis values */
  double right;      /* the data's right edge, before the band labels */
  double top;
  double height;
  double baseline;
  double slot;       /* each category's width */
} Plot;

static double
plot_y (const Plot *plot,
        double      value)
{
  double span = MAX (plot->axis_max - plot->axis_min, 1e-9);

  return plot->baseline - (CLAMP (value, plot->axis_min, plot->axis_max) - plot->axis_min) / span * plot->height;
}

static double
band_label_width (CaseloadChart *self,
                  PangoContext  *pango_context,
                  double         width)
{
  double widest = 0;

  for (guint i = 0; i < self->bands->len; i++)
    widest = MAX (widest, text_width (pango_context, g_array_index (self->bands, CaseloadChartBand, i).label));

  return MIN (widest, width * 0.3);
}

static void
plot_init (CaseloadChart *self,
           Plot          *plot,
           PangoContext  *pango_context,
           double         width,
           double         top)
{
  g_autofree char *min_text = NULL;
  g_autofree char *max_text = NULL;
  double labels;

  plot->line = line_height (pango_context);

  if (self->range_max > self->range_min)
    {
      plot->axis_min = self->range_min;
      plot->axis_max = self->range_max;
      plot->step = nice_step (plot->axis_max - plot->axis_min, 4);
    }
  else
    {
      double max = MAX (max_total (self), 1);

      plot->step = nice_step (max, 4);
      plot->axis_min = 0;
      plot->axis_max = ceil (max / plot->step) * plot->step;
    }

  min_text = format_value (plot->axis_min);
  max_text = format_value (plot->axis_max);
  plot->axis_width = MAX (text_width (pango_context, min_text), text_width (pango_context, max_text));
  plot->left = plot->axis_width + plot->line * 0.6;
  labels = band_label_width (self, pango_context, width);
  plot->right = MAX (width - (labels > 0 ? labels + plot->line : 0), plot->left + 1);
  plot->top = top + plot->line;   /* room for the values above the highest */
  plot->height = plot->line * COLUMN_PLOT_LINES;
  plot->baseline = plot->top + plot->height;
  plot->slot = (plot->right - plot->left) / MAX (self->categories->len, 1);

  self->hit_start = plot->left;
  self->hit_step = plot->slot;
}

/* The pale bands behind the data, each up to where the next begins, with its label at
 * the right; concern bands warm and hatched. */
static void
draw_bands (CaseloadChart            *self,
            cairo_t                  *cr,
            PangoContext             *pango_context,
            const Plot               *plot,
            double                    width,
            const CaseloadChartStyle *style)
{
  for (guint i = 0; i < self->bands->len; i++)
    {
      const CaseloadChartBand *band = &g_array_index (self->bands, CaseloadChartBand, i);
      double upper = i + 1 < self->bands->len
                     ? g_array_index (self->bands, CaseloadChartBand, i + 1).lower : band->upper;
      double y_top = plot_y (plot, upper);
      double y_bottom = plot_y (plot, band->lower);
      GdkRGBA fill = band->concern ? style->band_concern : style->band;

      if (y_bottom - y_top < 1)
        continue;

      /* Neighbouring quiet bands apart by shade as well as by their line and label */
      if (!band->concern && i % 2 == 1)
        fill.alpha *= 0.45;

      cairo_save (cr);
      cairo_rectangle (cr, plot->left, y_top, width - plot->left, y_bottom - y_top);
      gdk_cairo_set_source_rgba (cr, &fill);
      cairo_fill_preserve (cr);

      if (band->concern)
        {
          GdkRGBA hatch = style->band_concern;

          cairo_clip (cr);
          hatch.alpha = MIN (hatch.alpha * 1.2, 1);
          gdk_cairo_set_source_rgba (cr, &hatch);
          cairo_set_line_width (cr, 1);
          for (double d = -(y_bottom - y_top); d < width; d += 9)
            {
              cairo_move_to (cr, plot->left + d, y_bottom);
              cairo_line_to (cr, plot->left + d + (y_bottom - y_top), y_top);
            }
          cairo_stroke (cr);
        }
      else
        cairo_new_path (cr);
      cairo_restore (cr);

      /* Where the band begins, so that neighbouring concern bands part too */
      if (i > 0)
        {
          GdkRGBA edge = style->dim;

          edge.alpha *= 0.5;
          cairo_save (cr);
          gdk_cairo_set_source_rgba (cr, &edge);
          cairo_set_line_width (cr, 1);
          cairo_move_to (cr, plot->left, round (y_bottom) + 0.5);
          cairo_line_to (cr, width, round (y_bottom) + 0.5);
          cairo_stroke (cr);
          cairo_restore (cr);
        }

      if (y_bottom - y_top >= plot->line * 0.9)
        draw_text (cr, pango_context, band->label, width - plot->line * 0.3, (y_top + y_bottom) / 2, 1.0,
                   width - plot->right, &style->foreground);
    }
}

/* Gridlines at round values, each with its value; the baseline at the axis' start. */
static void
draw_value_axis (const Plot               *plot,
                 cairo_t                  *cr,
                 PangoContext             *pango_context,
                 double                    width,
                 const CaseloadChartStyle *style)
{
  GdkRGBA grid = style->dim;
  g_autofree char *min_text = format_value (plot->axis_min);
  double baseline = round (plot->baseline) + 0.5;

  grid.alpha *= 0.35;
  cairo_save (cr);
  cairo_set_line_width (cr, 1);
  for (double tick = ceil (plot->axis_min / plot->step) * plot->step; tick <= plot->axis_max + plot->step / 2;
       tick += plot->step)
    {
      g_autofree char *tick_text = NULL;
      double y;

      if (tick <= plot->axis_min || tick > plot->axis_max + 1e-9)
        continue;

      tick_text = format_value (tick);
      y = round (plot_y (plot, tick)) + 0.5;
      gdk_cairo_set_source_rgba (cr, &grid);
      cairo_move_to (cr, plot->left, y);
      cairo_line_to (cr, width, y);
      cairo_stroke (cr);
      if (tick - plot->axis_min >= plot->step * 0.4)
        draw_text (cr, pango_context, tick_text, plot->axis_width, y, 1.0, -1, &style->dim);
    }

  gdk_cairo_set_source_rgba (cr, &style->dim);
  cairo_move_to (cr, plot->left, baseline);
  cairo_line_to (cr, width, baseline);
  cairo_stroke (cr);
  draw_text (cr, pango_context, min_text, plot->axis_width, baseline, 1.0, -1, &style->dim);
  cairo_restore (cr);
}

/* The categories' labels under the axis, centred on each slot. Labels wrap onto two
 * lines ("Mar" over "2026") when they are wider than a slot, and go on every so many
 * slots when even their words do not fit. */
static void
draw_category_labels (CaseloadChart            *self,
                      const Plot               *plot,
                      cairo_t                  *cr,
                      PangoContext             *pango_context,
                      const CaseloadChartStyle *style)
{
  guint n = self->categories->len;
  double label_every = 1;
  double widest_word = 0;
  gboolean wrap_labels = FALSE;
  /* Dates share their words ("2026"): each measured once */
  g_autoptr(GHashTable) word_widths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < n; i++)
    {
      g_auto(GStrv) words = g_strsplit (g_ptr_array_index (self->categories, i), " ", -1);

      if (!wrap_labels &&
          text_width (pango_context, g_ptr_array_index (self->categories, i)) + plot->line * 0.5 > plot->slot)
        wrap_labels = TRUE;

      for (guint w = 0; words[w] != NULL; w++)
        {
          gpointer known;

          if (!g_hash_table_lookup_extended (word_widths, words[w], NULL, &known))
            {
              known = GINT_TO_POINTER ((int) text_width (pango_context, words[w]));
              g_hash_table_insert (word_widths, g_strdup (words[w]), known);
            }
          widest_word = MAX (widest_word, GPOINTER_TO_INT (known));
        }
    }

  while (widest_word + plot->line * 0.5 > plot->slot * label_every && label_every < n)
    label_every++;

  for (guint i = 0; i < n; i += (guint) label_every)
    {
      g_autofree char *label = g_strdup (g_ptr_array_index (self->categories, i));
      char *space = wrap_labels ? strchr (label, ' ') : NULL;

      /* All on two lines when any needs two, so that they line up */
      if (space != NULL)
        *space = '\n';
      draw_axis_label (cr, pango_context, label, plot->left + i * plot->slot + plot->slot / 2,
                       plot->baseline + plot->line * 0.3, plot->slot * label_every, &style->foreground);
    }
}

static void
draw_columns (CaseloadChart *self,
              cairo_t       *cr,
              PangoContext  *pango_context,
              double         width,
              double         top,
              const CaseloadChartStyle *style)
{
  Plot plot;
  double column_width;

  plot_init (self, &plot, pango_context, width, top);
  column_width = plot.slot * 0.62;
  draw_bands (self, cr, pango_context, &plot, width, style);
  draw_value_axis (&plot, cr, pango_context, width, style);

  for (guint i = 0; i < self->categories->len; i++)
    {
      double total = caseload_chart_get_total (self, i);
      g_autofree char *total_text = format_value (total);
      double x = plot.left + i * plot.slot + (plot.slot - column_width) / 2;
      double y = plot.baseline;

      for (guint s = 0; s < self->n_series; s++)
        {
          double h = caseload_chart_get_value (self, i, s) / plot.axis_max * plot.height;

          fill_series_rect (cr, s, x, y - h, column_width, h, style);
          y -= h;
        }

      if (total > 0)
        draw_text (cr, pango_context, total_text, x + column_width / 2, y - plot.line * 0.6, 0.5, -1,
                   &style->foreground);
    }

  draw_category_labels (self, &plot, cr, pango_context, style);
}

/* One point per category joined by a line, each value written above its point. */
static void
draw_line (CaseloadChart *self,
           cairo_t       *cr,
           PangoContext  *pango_context,
           double         width,
           double         top,
           const CaseloadChartStyle *style)
{
  Plot plot;
  guint n = self->categories->len;

  plot_init (self, &plot, pango_context, width, top);
  draw_bands (self, cr, pango_context, &plot, width, style);
  draw_value_axis (&plot, cr, pango_context, width, style);

  cairo_save (cr);
  gdk_cairo_set_source_rgba (cr, &style->series[0]);
  cairo_set_line_width (cr, 2.5);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_new_path (cr);
  for (guint i = 0; i < n; i++)
    cairo_line_to (cr, plot.left + i * plot.slot + plot.slot / 2, plot_y (&plot, caseload_chart_get_value (self, i, 0)));
  cairo_stroke (cr);

  for (guint i = 0; i < n; i++)
    {
      double value = caseload_chart_get_value (self, i, 0);
      g_autofree char *value_text = format_value (value);
      double x = plot.left + i * plot.slot + plot.slot / 2;
      double y = plot_y (&plot, value);

      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, plot.line * 0.3, 0, 2 * G_PI);
      gdk_cairo_set_source_rgba (cr, &style->series[0]);
      cairo_fill_preserve (cr);
      gdk_cairo_set_source_rgba (cr, &style->foreground);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
      draw_text (cr, pango_context, value_text, x, y - plot.line * 0.85, 0.5, -1, &style->foreground);
    }
  cairo_restore (cr);

  draw_category_labels (self, &plot, cr, pango_context, style);
}

double
caseload_chart_get_height_for_width (CaseloadChart *self,
                                     PangoContext  *pango_context,
                                     double         width)
{
  double line;

  g_return_val_if_fail (CASELOAD_IS_CHART (self), 0);

  line = line_height (pango_context);

  if (self->categories->len == 0)
    return line * 4;

  if (self->kind == CASELOAD_CHART_BARS)
    return legend_height (self, pango_context, width) + self->categories->len * line * BAR_ROW_LINES;

  return legend_height (self, pango_context, width) + line * (COLUMN_PLOT_LINES + 3.4);
}

void
caseload_chart_style_init_print (CaseloadChartStyle *style)
{
  static const char *const greys[] = {
    "#555555", "#bbbbbb", "#888888", "#dddddd", "#333333", "#aaaaaa", "#777777", "#cccccc",
  };

  gdk_rgba_parse (&style->foreground, "#000000");
  gdk_rgba_parse (&style->dim, "#666666");
  for (guint i = 0; i < G_N_ELEMENTS (style->series); i++)
    gdk_rgba_parse (&style->series[i], greys[i]);
  gdk_rgba_parse (&style->band, "#f2f2f2");
  gdk_rgba_parse (&style->band_concern, "#dddddd");
}

static void
style_init_from_theme (CaseloadChart      *self,
                       CaseloadChartStyle *style)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));

  gtk_style_context_get_color (context, &style->foreground);
  style->dim = style->foreground;
  style->dim.alpha *= 0.55;

  for (guint i = 0; i < G_N_ELEMENTS (style->series); i++)
    if (!gtk_style_context_lookup_color (context, palette_names[i], &style->series[i]))
      gdk_rgba_parse (&style->series[i], palette_fallback[i]);

  style->band = style->foreground;
  style->band.alpha = 0.07;
  if (!gtk_style_context_lookup_color (context, "warning_color", &style->band_concern))
    gdk_rgba_parse (&style->band_concern, "#e5a50a");
  style->band_concern.alpha = 0.2;
  G_GNUC_END_IGNORE_DEPRECATIONS
}

void
caseload_chart_draw (CaseloadChart            *self,
                     cairo_t                  *cr,
                     PangoContext             *pango_context,
                     double                    width,
                     double                    height,
                     const CaseloadChartStyle *style)
{
  CaseloadChartStyle theme;
  double legend;

  g_return_if_fail (CASELOAD_IS_CHART (self));

  if (style == NULL)
    {
      style_init_from_theme (self, &theme);
      style = &theme;
    }

  if (self->categories->len == 0)
    {
      draw_empty (cr, pango_context, width, height, style);
      return;
    }

  legend = legend_height (self, pango_context, width);
  if (has_legend (self))
    draw_legend (self, cr, pango_context, width, style);

  if (self->kind == CASELOAD_CHART_BARS)
    draw_bars (self, cr, pango_context, width, legend, style);
  else if (self->kind == CASELOAD_CHART_LINE)
    draw_line (self, cr, pango_context, width, legend, style);
  else
    draw_columns (self, cr, pango_context, width, legend, style);
}

static void
caseload_chart_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  CaseloadChart *self = CASELOAD_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  { static gint64 sum; static guint cnt; gint64 t0 = g_get_monotonic_time ();
  caseload_chart_draw (self, cr, gtk_widget_get_pango_context (widget), width, height, NULL);
  sum += g_get_monotonic_time () - t0; if (++cnt % 200 == 0) g_printerr ("XDRAW %u %.3f ms %dx%d\n", cnt, sum / 1000.0 / cnt, width, height); }
  cairo_destroy (cr);
}

/* "Adaeze Nwosu 12", or "Mar 2026: GP 3, Self-referral 2, 5 in all" with series. */
static void
append_category (CaseloadChart *self,
                 guint          i,
                 GString       *text)
{
  g_autofree char *total = format_value (caseload_chart_get_total (self, i));

  g_string_append (text, g_ptr_array_index (self->categories, i));

  if (!has_legend (self))
    {
      const CaseloadChartBand *band = caseload_chart_get_band_for_value (self, caseload_chart_get_total (self, i));

      g_string_append_printf (text, " %s", total);
      if (band != NULL)
        g_string_append_printf (text, " (%s)", band->label);
      return;
    }

  g_string_append (text, ": ");
  if (caseload_chart_get_total (self, i) == 0)
    {
      /* Translators: a month of a chart with nothing in it, as in "Mar 2026: none" */
      g_string_append (text, _("none"));
      return;
    }

  for (guint s = 0, shown = 0; s < self->n_series; s++)
    {
      double value = caseload_chart_get_value (self, i, s);
      g_autofree char *value_text = NULL;

      if (value == 0)
        continue;
      value_text = format_value (value);
      g_string_append_printf (text, "%s%s %s", shown++ > 0 ? ", " : "",
                              (const char *) g_ptr_array_index (self->series, s), value_text);
    }
  /* Translators: the total of one month's figures, as in "GP 3, Self-referral 2, 5 in all" */
  g_string_append_printf (text, _(", %s in all"), total);
}

static char *
build_text_alternative (CaseloadChart *self)
{
  GString *text;

  text = g_string_new (self->title != NULL ? self->title : "");

  if (self->categories->len == 0)
    {
      /* Translators: after the chart's title, as in "Caseload by worker: no figures." */
      g_string_append (text, _(": no figures."));
      return g_string_free (text, FALSE);
    }

  g_string_append (text, ": ");

  for (guint i = 0; i < self->categories->len; i++)
    {
      if (i > 0)
        g_string_append (text, has_legend (self) ? "; " : ", ");
      append_category (self, i, text);
    }

  g_string_append_c (text, '.');

  for (guint i = 0; i < self->bands->len; i++)
    {
      const CaseloadChartBand *band = &g_array_index (self->bands, CaseloadChartBand, i);
      g_autofree char *lower = format_value (band->lower);
      g_autofree char *upper = format_value (band->upper);

      /* Translators: the start of the list of a chart's bands, as in
       * "Bands: Minimal 0 to 4, Mild 5 to 9, Moderate 10 to 14 (of concern)." */
      g_string_append (text, i == 0 ? _(" Bands: ") : ", ");
      /* Translators: a band of a chart: its name, lowest and highest value */
      g_string_append_printf (text, _("%s %s to %s"), band->label, lower, upper);
      if (band->concern)
        /* Translators: after a band of concern, as in "Moderate 10 to 14 (of concern)" */
        g_string_append (text, _(" (of concern)"));
      if (i + 1 == self->bands->len)
        g_string_append_c (text, '.');
    }

  return g_string_free (text, FALSE);
}

static gboolean
caseload_chart_query_tooltip (GtkWidget  *widget,
                              int         x,
                              int         y,
                              gboolean    keyboard_mode,
                              GtkTooltip *tooltip)
{
  CaseloadChart *self = CASELOAD_CHART (widget);
  double along = self->kind == CASELOAD_CHART_BARS ? y : x;
  g_autoptr(GString) text = g_string_new (NULL);
  double index;

  if (keyboard_mode || self->hit_step <= 0 || self->categories->len == 0)
    return FALSE;

  index = floor ((along - self->hit_start) / self->hit_step);
  if (index < 0 || index >= self->categories->len)
    return FALSE;

  append_category (self, (guint) index, text);
  gtk_tooltip_set_text (tooltip, text->str);

  return TRUE;
}

static GtkSizeRequestMode
caseload_chart_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
caseload_chart_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  CaseloadChart *self = CASELOAD_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 480;
    }
  else
    {
      double height = caseload_chart_get_height_for_width (self, gtk_widget_get_pango_context (widget),
                                                           for_size > 0 ? for_size : 480);

      *minimum = *natural = (int) ceil (height);
    }
}

static void
update_accessible (CaseloadChart *self)
{
  g_free (self->description);
  self->description = build_text_alternative (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->title != NULL ? self->title : "",
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->description,
                                  -1);
}

static void
caseload_chart_css_changed (GtkWidget         *widget,
                            GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (caseload_chart_parent_class)->css_changed (widget, change);

  /* The accent colour or the font may have changed */
  gtk_widget_queue_resize (widget);
}

static void
clear_band (gpointer data)
{
  CaseloadChartBand *band = data;

  g_free ((char *) band->label);
}

static void
caseload_chart_finalize (GObject *object)
{
  CaseloadChart *self = (CaseloadChart *)object;

  g_free (self->title);
  g_free (self->description);
  g_ptr_array_unref (self->categories);
  g_ptr_array_unref (self->series);
  g_array_unref (self->values);
  g_array_unref (self->bands);

  G_OBJECT_CLASS (caseload_chart_parent_class)->finalize (object);
}

static void
caseload_chart_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CaseloadChart *self = CASELOAD_CHART (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_chart_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CaseloadChart *self = CASELOAD_CHART (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_int (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;

    case PROP_TITLE:
      caseload_chart_set_title (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_chart_class_init (CaseloadChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = caseload_chart_finalize;
  object_class->get_property = caseload_chart_get_property;
  object_class->set_property = caseload_chart_set_property;

  widget_class->snapshot = caseload_chart_snapshot;
  widget_class->get_request_mode = caseload_chart_get_request_mode;
  widget_class->measure = caseload_chart_measure;
  widget_class->css_changed = caseload_chart_css_changed;
  widget_class->query_tooltip = caseload_chart_query_tooltip;

  /* A CaseloadChartKind; an int so that templates can set it without an enum type. */
  properties [PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL,
                      CASELOAD_CHART_BARS, CASELOAD_CHART_LINE, CASELOAD_CHART_BARS,
                      (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS));

  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
caseload_chart_init (CaseloadChart *self)
{
  self->categories = g_ptr_array_new_with_free_func (g_free);
  self->series = g_ptr_array_new_with_free_func (g_free);
  self->values = g_array_new (FALSE, TRUE, sizeof (double));
  self->bands = g_array_new (FALSE, TRUE, sizeof (CaseloadChartBand));
  g_array_set_clear_func (self->bands, clear_band);
  self->n_series = 1;

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  update_accessible (self);
}

CaseloadChart *
caseload_chart_new (CaseloadChartKind  kind,
                    const char        *title)
{
  return g_object_new (CASELOAD_TYPE_CHART,
                       "kind", kind,
                       "title", title,
                       NULL);
}

void
caseload_chart_set_title (CaseloadChart *self,
                          const char    *title)
{
  g_return_if_fail (CASELOAD_IS_CHART (self));

  if (g_strcmp0 (self->title, title) != 0)
    {
      g_free (self->title);
      self->title = g_strdup (title);
      update_accessible (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TITLE]);
    }
}

const char *
caseload_chart_get_title (CaseloadChart *self)
{
  g_return_val_if_fail (CASELOAD_IS_CHART (self), NULL);

  return self->title;
}

void
caseload_chart_set_data (CaseloadChart      *self,
                         const char * const *categories,
                         guint               n_categories,
                         const char * const *series,
                         guint               n_series,
                         const double       *values)
{
  g_return_if_fail (CASELOAD_IS_CHART (self));
  g_return_if_fail (n_series > 0);
  g_return_if_fail (n_categories == 0 || (categories != NULL && values != NULL));

  g_ptr_array_set_size (self->categories, 0);
  g_ptr_array_set_size (self->series, 0);
  g_array_set_size (self->values, 0);

  for (guint i = 0; i < n_categories; i++)
    g_ptr_array_add (self->categories, g_strdup (categories[i]));
  for (guint i = 0; series != NULL && i < n_series; i++)
    g_ptr_array_add (self->series, g_strdup (series[i]));
  g_array_append_vals (self->values, values, n_categories * n_series);
  self->n_series = n_series;

  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
caseload_chart_clear (CaseloadChart *self)
{
  caseload_chart_set_data (self, NULL, 0, NULL, 1, NULL);
}

guint
caseload_chart_get_n_categories (CaseloadChart *self)
{
  g_return_val_if_fail (CASELOAD_IS_CHART (self), 0);

  return self->categories->len;
}

guint
caseload_chart_get_n_series (CaseloadChart *self)
{
  g_return_val_if_fail (CASELOAD_IS_CHART (self), 0);

  return self->n_series;
}

const char *
caseload_chart_get_category (CaseloadChart *self,
                             guint          category)
{
  g_return_val_if_fail (CASELOAD_IS_CHART (self), NULL);
  g_return_val_if_fail (category < self->categories->len, NULL);

  return g_ptr_array_index (self->categories, category);
}

const char *
caseload_chart_get_series (CaseloadChart *self,
                           guint          series)
{
  g_return_val_if_fail (CASELOAD_IS_CHART (self), NULL);

  if (series >= self->series->len)
    return NULL;

  return g_ptr_array_index (self->series, series);
}

double
caseload_chart_get_value (CaseloadChart *self,
                          guint          category,
                          guint          series)
{
  g_return_val_if_fail (CASELOAD_IS_CHART (self), 0);
  g_return_val_if_fail (category < self->categories->len && series < self->n_series, 0);

  return g_array_index (self->values, double, category * self->n_series + series);
}

double
caseload_chart_get_total (CaseloadChart *self,
                          guint          category)
{
  double total = 0;

  for (guint s = 0; s < self->n_series; s++)
    total += caseload_chart_get_value (self, category, s);

  return total;
}

char *
caseload_chart_get_text_alternative (CaseloadChart *self)
{
  g_return_val_if_fail (CASELOAD_IS_CHART (self), NULL);

  return g_strdup (self->description);
}

void
caseload_chart_set_range (CaseloadChart *self,
                          double         min,
                          double         max)
{
  g_return_if_fail (CASELOAD_IS_CHART (self));

  self->range_min = min;
  self->range_max = max;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
caseload_chart_set_bands (CaseloadChart           *self,
                          const CaseloadChartBand *bands,
                          guint                    n_bands)
{
  g_return_if_fail (CASELOAD_IS_CHART (self));
  g_return_if_fail (n_bands == 0 || bands != NULL);

  g_array_set_size (self->bands, 0);
  for (guint i = 0; i < n_bands; i++)
    {
      CaseloadChartBand band = bands[i];

      band.label = g_strdup (bands[i].label != NULL ? bands[i].label : "");
      g_array_append_val (self->bands, band);
    }

  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

guint
caseload_chart_get_n_bands (CaseloadChart *self)
{
  g_return_val_if_fail (CASELOAD_IS_CHART (self), 0);

  return self->bands->len;
}

const CaseloadChartBand *
caseload_chart_get_band_for_value (CaseloadChart *self,
                                   double         value)
{
  g_return_val_if_fail (CASELOAD_IS_CHART (self), NULL);

  for (guint i = 0; i < self->bands->len; i++)
    {
      const CaseloadChartBand *band = &g_array_index (self->bands, CaseloadChartBand, i);

      /* A value between two bands (a mean, a prorated score) is in the upper one */
      if (value <= band->upper + 1e-9)
        return value >= g_array_index (self->bands, CaseloadChartBand, 0).lower - 1e-9 ? band : NULL;
    }

  return NULL;
}
