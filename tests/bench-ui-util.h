/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A presented window's frames, for the UI benchmarks: when its layout ended and whether
 * it has been painted since bench_ui_frame_expect(). */
typedef struct {
  gboolean painted;
  gint64   laid_out_at;
} BenchUiFrame;

/* Watches @window's frame clock into @frame (which must outlive the window). */
void   bench_ui_frame_watch  (BenchUiFrame *frame,
                              GtkWindow    *window);
/* Queues a redraw of @window and waits until it has been laid out and painted; returns
 * the time it took in ms, and the layout's share in @layout_ms. */
double bench_ui_frame_paint  (BenchUiFrame *frame,
                              GtkWindow    *window,
                              double       *layout_ms);
/* Lets the main loop idle for @ms (between runs, so the frame clock holds nothing back). */
void   bench_ui_spin         (guint         ms);

G_END_DECLS
