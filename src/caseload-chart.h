/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CASELOAD_TYPE_CHART (caseload_chart_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadChart, caseload_chart, CASELOAD, CHART, GtkWidget)

/*
 * A bar chart drawn natively, without a model: categories (workers, months) and one or
 * more series (referral sources), each category holding one value per series.
 *
 * CASELOAD_CHART_BARS: one horizontal bar per category, its series side by side along
 * the bar (stacked), the total written at the end of the bar.
 * CASELOAD_CHART_COLUMNS: one column per category (months, left to right), its series
 * stacked, the total written above the column.
 * CASELOAD_CHART_LINE: one point per category (dates, left to right) joined by a line,
 * the value written by each point (one series), on the axis caseload_chart_set_range()
 * gives (a measure's score range) or from 0.
 *
 * Bands (caseload_chart_set_bands(), COLUMNS and LINE): ranges of values drawn as pale
 * horizontal backgrounds behind the data, each with its label written inside; a concern
 * band is shaded warm and hatched, so it differs in more than colour. The accessible
 * description names each point's band and lists the bands.
 *
 * Series are told apart by colour from the theme and by a fill pattern, with a legend;
 * every value is written out as well. For screen readers the chart is an image named by
 * its title whose description lists every value ("Caseload by worker: Adaeze Nwosu 12,
 * …"); caseload_chart_get_text_alternative() gives the same text for a table beside it.
 */
typedef enum {
  CASELOAD_CHART_BARS,
  CASELOAD_CHART_COLUMNS,
  CASELOAD_CHART_LINE,
} CaseloadChartKind;

/* A range of values from @lower to @upper (both inclusive; a value between two bands
 * falls in the band whose @upper it does not exceed first), as a measure's bands. */
typedef struct {
  double      lower;
  double      upper;
  const char *label;      /* as shown, already translated */
  gboolean    concern;    /* shaded warm and hatched */
} CaseloadChartBand;

/* Colours to draw with; caseload_chart_draw() with NULL uses the widget's theme. */
typedef struct {
  GdkRGBA foreground;
  GdkRGBA dim;          /* axis, grid, empty state */
  GdkRGBA series[8];    /* repeated past eight, with different patterns */
  GdkRGBA band;         /* a band's background */
  GdkRGBA band_concern; /* a concern band's background */
} CaseloadChartStyle;

CaseloadChart *caseload_chart_new             (CaseloadChartKind   kind,
                                               const char         *title);

void           caseload_chart_set_title       (CaseloadChart      *self,
                                               const char         *title);
const char    *caseload_chart_get_title       (CaseloadChart      *self);

/* The data, all at once: @values holds @n_categories rows of @n_series values each.
 * @series may be NULL when there is one series (it then needs no legend). */
void           caseload_chart_set_data        (CaseloadChart      *self,
                                               const char * const *categories,
                                               guint               n_categories,
                                               const char * const *series,
                                               guint               n_series,
                                               const double       *values);
void           caseload_chart_clear           (CaseloadChart      *self);

/* The value axis of a COLUMNS or LINE chart from @min to @max (min == max: from 0 to
 * the largest value, rounded up). */
void           caseload_chart_set_range       (CaseloadChart      *self,
                                               double              min,
                                               double              max);
/* The bands behind the data (copied), in order from the lowest; @n_bands 0 for none. */
void           caseload_chart_set_bands       (CaseloadChart      *self,
                                               const CaseloadChartBand *bands,
                                               guint               n_bands);
guint          caseload_chart_get_n_bands     (CaseloadChart      *self);
/* The band @value falls in, or NULL. */
const CaseloadChartBand *caseload_chart_get_band_for_value (CaseloadChart *self,
                                               double              value);

guint          caseload_chart_get_n_categories (CaseloadChart     *self);
guint          caseload_chart_get_n_series    (CaseloadChart      *self);
const char    *caseload_chart_get_category    (CaseloadChart      *self,
                                               guint               category);
const char    *caseload_chart_get_series      (CaseloadChart      *self,
                                               guint               series);
double         caseload_chart_get_value       (CaseloadChart      *self,
                                               guint               category,
                                               guint               series);
double         caseload_chart_get_total       (CaseloadChart      *self,
                                               guint               category);

/* "Caseload by worker: Adaeze Nwosu 12, Ben Okoro 9.": the chart's accessible
 * description, as last given to screen readers. (transfer full) */
char          *caseload_chart_get_text_alternative (CaseloadChart *self);

/* The height the chart needs at @width, in the units @pango_context measures in. */
double         caseload_chart_get_height_for_width (CaseloadChart *self,
                                               PangoContext       *pango_context,
                                               double              width);

/* Draws the chart into @cr at (0, 0) in a @width × @height box: the widget's own drawing,
 * shared with printing. @style NULL: the widget's theme colours. */
void           caseload_chart_draw            (CaseloadChart      *self,
                                               cairo_t            *cr,
                                               PangoContext       *pango_context,
                                               double              width,
                                               double              height,
                                               const CaseloadChartStyle *style);

/* Black and greys for paper. */
void           caseload_chart_style_init_print (CaseloadChartStyle *style);

G_END_DECLS
