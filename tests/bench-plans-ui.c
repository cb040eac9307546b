/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The support plans pages benchmark (meson test --benchmark plans-ui, under a headless
 * display like the UI tests): the person of bench-plans (50 plan versions, 200 measures;
 * bench-plans-util.c) among the demo people, on SQLite; the Plan view (with its printed
 * copy and reviews parts, as on the person page) and the Measures view side by side in a
 * presented window. Each run reads caseload_store_read_outcomes(), shows it in both views
 * and waits for the window's next frame to be laid out and painted (the frame clock's
 * "after-paint"), as opening the pages does. Target: p95 ≤ 30 ms for both pages. Then
 * each page alone (the other view hidden), as the person page's view stack shows one at
 * a time; no target there, for finding where the time goes, as the steps printed are.
 *
 * Between runs the main loop idles for a moment (not counted), so the frame clock is not
 * holding a frame back for the display's refresh. CASELOAD_BENCH_PEOPLE: the demo people
 * (default 1000); CASELOAD_BENCH_PAGE=plan or measures: only that page alone (for a
 * profiler; no target then).
 */
#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include <adwaita.h>

#include "bench-plans-util.h"
#include "bench-ui-util.h"
#include "bench-util.h"
#include "caseload-core.h"
#include "caseload-measures-view.h"
#include "caseload-plan-outcome-actions.h"
#include "caseload-plan-view.h"
#include "test-util.h"

#define N_RUNS     50
#define N_WARM_UP  5
#define IDLE_MS    40
#define TARGET_MS  30.0

typedef struct {
  CaseloadStore        *store;
  CaseloadClock        *clock;
  CaseloadStaff        *nurse;
  const char           *person_id;
  CaseloadPerson       *person;
  GtkWindow            *window;
  CaseloadPlanView     *plan_view;
  CaseloadMeasuresView *measures_view;
  BenchUiFrame          frame;
} Bench;

/* The four steps of one run, in µs of wall clock. */
typedef struct {
  double read, plan, measures, frame, layout;
} Steps;

static double
open_pages (Bench *bench,
            Steps *steps)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadOutcomes) outcomes = NULL;
  gint64 start = g_get_monotonic_time ();
  gint64 mark = start;

  outcomes = caseload_store_read_outcomes (bench->store, bench->nurse, bench->person_id, &error);
  if (outcomes == NULL)
    g_error ("Reading the outcomes: %s", error->message);
  steps->read = bench_elapsed_ms (mark);

  mark = g_get_monotonic_time ();
  caseload_plan_view_show (bench->plan_view, bench->person, outcomes, TRUE);
  steps->plan = bench_elapsed_ms (mark);

  mark = g_get_monotonic_time ();
  caseload_measures_view_show (bench->measures_view, bench->person, outcomes, TRUE);
  steps->measures = bench_elapsed_ms (mark);

  steps->frame = bench_ui_frame_paint (&bench->frame, bench->window, &steps->layout);

  return bench_elapsed_ms (start);
}

static void
print_step (const char *name,
            GArray     *samples)
{
  g_print ("    %-40s p50 %6.2f  p95 %6.2f ms\n", name, bench_percentile (samples, 0.5),
           bench_percentile (samples, 0.95));
}

/* Times opening the pages with @shown of the two views in the window (the other one
 * hidden): both, as the target counts them, or one, as the person page's view
 * stack shows them. */
static gboolean
time_pages (Bench      *bench,
            const char *what,
            GtkWidget  *shown)
{
  g_autoptr(GArray) total = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) read = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) plan = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) measures = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) frame = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) layout = g_array_new (FALSE, FALSE, sizeof (double));
  double p50, p95;

  gtk_widget_set_visible (GTK_WIDGET (bench->plan_view), shown == NULL || shown == GTK_WIDGET (bench->plan_view));
  gtk_widget_set_visible (GTK_WIDGET (bench->measures_view),
                          shown == NULL || shown == GTK_WIDGET (bench->measures_view));

  for (guint i = 0; i < N_WARM_UP + N_RUNS; i++)
    {
      Steps steps;
      gint64 cpu_start;
      double ms, cpu_ms;

      bench_ui_spin (IDLE_MS);
      cpu_start = bench_cpu_now ();
      ms = open_pages (bench, &steps);
      cpu_ms = (double) (bench_cpu_now () - cpu_start) / 1000.0;
      if (i < N_WARM_UP)
        continue;

      g_array_append_val (total, ms);
      g_array_append_val (cpu, cpu_ms);
      g_array_append_val (read, steps.read);
      g_array_append_val (plan, steps.plan);
      g_array_append_val (measures, steps.measures);
      g_array_append_val (frame, steps.frame);
      g_array_append_val (layout, steps.layout);
    }

  p50 = bench_percentile (total, 0.5);
  p95 = bench_percentile (total, 0.95);
  g_print ("\n%s: read, shown and one frame painted (%u runs)\n", what, N_RUNS);
  g_print ("  %-44s %3u versions, %3u measures  p50 %6.2f  p95 %6.2f ms (CPU p50 %6.2f  p95 %6.2f)",
           "One person's record", BENCH_PLANS_VERSIONS, BENCH_PLANS_MEASURES, p50, p95,
           bench_percentile (cpu, 0.5), bench_percentile (cpu, 0.95));
  if (shown == NULL)
    g_print ("  target ≤ %.0f ms: %s", TARGET_MS, p95 <= TARGET_MS ? "met" : "MISSED");
  g_print ("\n");
  g_print ("  of which:\n");
  print_step ("caseload_store_read_outcomes", read);
  print_step ("caseload_plan_view_show", plan);
  print_step ("caseload_measures_view_show", measures);
  print_step ("the frame (layout and paint)", frame);
  print_step ("  of which its layout (measure, allocate)", layout);

  return p95 <= TARGET_MS;
}

static void
present_views (Bench *bench)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  CaseloadContext *context = caseload_context_new (bench->store, bench->clock);

  caseload_context_set_actor (context, bench->nurse);
  bench->plan_view = CASELOAD_PLAN_VIEW (caseload_plan_view_new ());
  bench->measures_view = CASELOAD_MEASURES_VIEW (caseload_measures_view_new ());
  caseload_plan_view_set_context (bench->plan_view, context);
  caseload_measures_view_set_context (bench->measures_view, context);
  caseload_plan_outcome_actions_attach (bench->plan_view);
  g_object_unref (context);

  gtk_box_set_homogeneous (GTK_BOX (box), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (bench->plan_view), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (bench->plan_view), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (bench->measures_view), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (bench->plan_view));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (bench->measures_view));

  bench->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (bench->window, 1600, 800);
  gtk_window_set_child (bench->window, box);
  gtk_window_present (bench->window);
  while (!gtk_widget_get_mapped (GTK_WIDGET (bench->window)) || gtk_widget_get_width (box) == 0)
    g_main_context_iteration (NULL, TRUE);

  bench_ui_frame_watch (&bench->frame, bench->window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 22, 10, 0, 0);
  g_autoptr(CaseloadClock) clock = caseload_clock_new_fixed (now);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *person_id = NULL;
  g_autoptr(GPtrArray) staff = NULL;
  g_autoptr(CaseloadPersonDetail) detail = NULL;
  Bench bench = { 0 };
  const char *only;
  gboolean met;

  setlocale (LC_ALL, "");
  if (!gtk_init_check ())
    {
      g_printerr ("No display: run under xvfb-run\n");
      return 77;
    }
  adw_init ();

  dir = g_dir_make_tmp ("caseload-bench-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "bench.db", NULL);
  bench.clock = clock;
  bench.store = caseload_store_sqlite_new (path, clock, &error);
  g_assert_no_error (error);
  bench_plans_seed_demo (bench.store, clock, 1000);
  staff = caseload_store_list_staff (bench.store, &error);
  g_assert_no_error (error);
  bench.nurse = test_staff_named (staff, "adaeze.nwosu");
  person_id = bench_plans_add_heavy_person (bench.store, bench.store, bench.nurse, now);
  bench.person_id = person_id;
  detail = caseload_store_open_person (bench.store, bench.nurse, person_id, &error);
  g_assert_no_error (error);
  bench.person = detail->person;

  present_views (&bench);
  only = g_getenv ("CASELOAD_BENCH_PAGE");
  met = only != NULL || time_pages (&bench, "Plan and Measures pages", NULL);
  if (only == NULL || g_str_equal (only, "plan"))
    time_pages (&bench, "The Plan page alone", GTK_WIDGET (bench.plan_view));
  if (only == NULL || g_str_equal (only, "measures"))
    time_pages (&bench, "The Measures page alone", GTK_WIDGET (bench.measures_view));

  gtk_window_destroy (bench.window);
  g_clear_pointer (&detail, caseload_person_detail_free);
  g_clear_object (&bench.store);
  bench_remove_database (dir, path);

  return met ? EXIT_SUCCESS : EXIT_FAILURE;
}
