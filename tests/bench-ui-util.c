/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "bench-ui-util.h"
#include "bench-util.h"

/* Connected after GTK's own handler, so it marks the end of the frame's layout (size
 * requests and allocation); the rest of the frame is the snapshot and its rendering. */
static void
on_layout_cb (GdkFrameClock *clock,
              BenchUiFrame  *frame)
{
  frame->laid_out_at = g_get_monotonic_time ();
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   BenchUiFrame  *frame)
{
  frame->painted = TRUE;
}

void
bench_ui_frame_watch (BenchUiFrame *frame,
                      GtkWindow    *window)
{
  GdkFrameClock *frame_clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));

  g_signal_connect (frame_clock, "layout", G_CALLBACK (on_layout_cb), frame);
  g_signal_connect (frame_clock, "after-paint", G_CALLBACK (on_after_paint_cb), frame);
}

double
bench_ui_frame_paint (BenchUiFrame *frame,
                      GtkWindow    *window,
                      double       *layout_ms)
{
  gint64 start = g_get_monotonic_time ();
  gint64 give_up = start + 10 * G_USEC_PER_SEC;

  frame->painted = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (window));
  while (!frame->painted)
    {
      if (g_get_monotonic_time () > give_up)
        g_error ("The window was not painted");
      g_main_context_iteration (NULL, TRUE);
    }
  if (layout_ms != NULL)
    *layout_ms = (double) (frame->laid_out_at - start) / 1000.0;
  return bench_elapsed_ms (start);
}

void
bench_ui_spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}
