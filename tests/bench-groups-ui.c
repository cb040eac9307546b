/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The Groups benchmark (meson test --benchmark groups-ui, under a headless display like
 * the UI tests): among the demo people on SQLite, three STEPPS cohorts, one of 20 sessions
 * × 10 participants with every session's attendance, intensity and BEST total recorded.
 * Each run reads the Groups list (caseload_store_list_cohorts) and that cohort
 * (caseload_store_get_cohort), shows them in the Groups pane and the cohort page side by
 * side in a presented window, and waits for the window's next frame to be laid out and
 * painted (the frame clock's "after-paint"). Target: p50 and p95 ≤ 30 ms.
 *
 * CASELOAD_BENCH_PEOPLE: the demo people (default 300). CASELOAD_BENCH_HOLD=N: only show
 * the window for N seconds (for a screenshot) and time nothing; CASELOAD_BENCH_SESSION=N
 * as well: with session N's dialog open; CASELOAD_BENCH_NEW_GROUP as well: with New Group… open.
 */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include <adwaita.h>

#include "bench-plans-util.h"
#include "bench-ui-util.h"
#include "bench-util.h"
#include "caseload-cohort-dialog.h"
#include "caseload-cohort-page.h"
#include "caseload-core.h"
#include "caseload-groups-pane.h"
#include "groups-ui-util.h"
#include "test-util.h"

#define N_RUNS     50
#define N_WARM_UP  5
#define IDLE_MS    40
#define TARGET_MS  30.0
#define TODAY      "2026-11-22"

typedef struct {
  CaseloadStore      *store;
  CaseloadContext    *context;
  CaseloadStaff      *nurse;
  char               *cohort_id;
  GtkWindow          *window;
  CaseloadGroupsPane *pane;
  CaseloadCohortPage *page;
  BenchUiFrame        frame;
} Bench;

typedef struct {
  double read, list, cohort, frame, layout;
} Steps;

static double
open_groups (Bench *bench,
             Steps *steps)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cohorts = NULL;
  g_autoptr(CaseloadCohort) cohort = NULL;
  gint64 start = g_get_monotonic_time ();
  gint64 mark = start;

  cohorts = caseload_store_list_cohorts (bench->store, bench->nurse, FALSE, &error);
  if (cohorts == NULL)
    g_error ("Listing the cohorts: %s", error->message);
  cohort = caseload_store_get_cohort (bench->store, bench->nurse, bench->cohort_id, &error);
  if (cohort == NULL)
    g_error ("Reading the cohort: %s", error->message);
  steps->read = bench_elapsed_ms (mark);

  mark = g_get_monotonic_time ();
  caseload_groups_pane_show (bench->pane, cohorts);
  steps->list = bench_elapsed_ms (mark);

  mark = g_get_monotonic_time ();
  caseload_cohort_page_show (bench->page, cohort);
  steps->cohort = bench_elapsed_ms (mark);

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

static gboolean
time_groups (Bench *bench)
{
  g_autoptr(GArray) total = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) read = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) list = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cohort = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) frame = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) layout = g_array_new (FALSE, FALSE, sizeof (double));
  double p50, p95;

  for (guint i = 0; i < N_WARM_UP + N_RUNS; i++)
    {
      Steps steps;
      gint64 cpu_start;
      double ms, cpu_ms;

      bench_ui_spin (IDLE_MS);
      cpu_start = bench_cpu_now ();
      ms = open_groups (bench, &steps);
      cpu_ms = (double) (bench_cpu_now () - cpu_start) / 1000.0;
      if (i < N_WARM_UP)
        continue;

      g_array_append_val (total, ms);
      g_array_append_val (cpu, cpu_ms);
      g_array_append_val (read, steps.read);
      g_array_append_val (list, steps.list);
      g_array_append_val (cohort, steps.cohort);
      g_array_append_val (frame, steps.frame);
      g_array_append_val (layout, steps.layout);
    }

  p50 = bench_percentile (total, 0.5);
  p95 = bench_percentile (total, 0.95);
  g_print ("\nGroups list and a cohort page: read, shown and one frame painted (%u runs)\n", N_RUNS);
  g_print ("  %-44s p50 %6.2f  p95 %6.2f ms (CPU p50 %6.2f  p95 %6.2f)  target ≤ %.0f ms: %s\n",
           "3 groups; 20 sessions × 10 participants", p50, p95,
           bench_percentile (cpu, 0.5), bench_percentile (cpu, 0.95), TARGET_MS,
           p50 <= TARGET_MS && p95 <= TARGET_MS ? "met" : "MISSED");
  g_print ("  of which:\n");
  print_step ("list_cohorts + get_cohort", read);
  print_step ("caseload_groups_pane_show", list);
  print_step ("caseload_cohort_page_show", cohort);
  print_step ("the frame (layout and paint)", frame);
  print_step ("  of which its layout (measure, allocate)", layout);

  return p50 <= TARGET_MS && p95 <= TARGET_MS;
}

static void
present (Bench         *bench,
         CaseloadStore *store,
         CaseloadClock *clock)
{
  GtkWidget *paned = gtk_paned_new (GTK_ORIENTATION_HORIZONTAL);
  CaseloadContext *context = caseload_context_new (store, clock);

  caseload_context_set_actor (context, bench->nurse);
  bench->pane = g_object_new (CASELOAD_TYPE_GROUPS_PANE, NULL);
  bench->page = CASELOAD_COHORT_PAGE (caseload_cohort_page_new ());
  caseload_groups_pane_set_context (bench->pane, context);
  caseload_cohort_page_set_context (bench->page, context);
  bench->context = context;

  gtk_widget_set_size_request (GTK_WIDGET (bench->pane), 360, -1);
  gtk_paned_set_start_child (GTK_PANED (paned), GTK_WIDGET (bench->pane));
  gtk_paned_set_end_child (GTK_PANED (paned), GTK_WIDGET (bench->page));
  gtk_paned_set_resize_start_child (GTK_PANED (paned), FALSE);
  gtk_paned_set_shrink_start_child (GTK_PANED (paned), FALSE);
  gtk_paned_set_position (GTK_PANED (paned), 360);

  bench->window = GTK_WINDOW (adw_window_new ());
  /* Held for a screenshot: tall enough to show the whole page. */
  gtk_window_set_default_size (bench->window, 1600, g_getenv ("CASELOAD_BENCH_HOLD") != NULL ? 2300 : 900);
  adw_window_set_content (ADW_WINDOW (bench->window), paned);
  gtk_window_present (bench->window);
  while (!gtk_widget_get_mapped (GTK_WIDGET (bench->window)) || gtk_widget_get_width (paned) == 0)
    g_main_context_iteration (NULL, TRUE);

  bench_ui_frame_watch (&bench->frame, bench->window);
}

/* Ten people the nurse may add to. */
static GPtrArray *
choose_people (CaseloadStore *store,
               CaseloadStaff *nurse,
               guint          n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) people = caseload_store_list_people (store, nurse, NULL, 0, 2000, &error);
  GPtrArray *chosen = g_ptr_array_new_with_free_func (g_object_unref);

  g_assert_no_error (error);
  for (guint i = 0; i < people->len && chosen->len < n; i++)
    {
      CaseloadPerson *person = g_ptr_array_index (people, i);
      CaseloadAccess access = { FALSE, FALSE, CASELOAD_ACCESS_BASIS_NONE };

      if (caseload_store_check_access (store, nurse, caseload_person_get_id (person), &access, NULL, &error) &&
          access.may_add)
        g_ptr_array_add (chosen, g_object_ref (person));
    }
  if (chosen->len < n)
    g_error ("Only %u people the nurse may add to", chosen->len);
  return chosen;
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
  g_autoptr(GPtrArray) staff = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GPtrArray) few = NULL;
  CaseloadStaff *therapist;
  Bench bench = { 0 };
  const char *hold;
  gboolean met = TRUE;

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
  bench.store = caseload_store_sqlite_new (path, clock, &error);
  g_assert_no_error (error);
  bench_plans_seed_demo (bench.store, clock, 300);
  staff = caseload_store_list_staff (bench.store, &error);
  g_assert_no_error (error);
  bench.nurse = test_staff_named (staff, "adaeze.nwosu");
  therapist = test_staff_named (staff, "shahana.begum");

  people = choose_people (bench.store, bench.nurse, 10);
  bench.cohort_id = groups_ui_add_cohort (bench.store, bench.nurse, "Grays, summer 2026", "2026-07-14", 20,
                                          bench.nurse, therapist, people, TODAY);
  few = g_ptr_array_new ();
  for (guint i = 0; i < 4; i++)
    g_ptr_array_add (few, g_ptr_array_index (people, i));
  g_free (groups_ui_add_cohort (bench.store, bench.nurse, "Tilbury, winter 2026", "2026-11-03", 21,
                                bench.nurse, therapist, few, TODAY));
  g_free (groups_ui_add_cohort (bench.store, bench.nurse, "Stanford-le-Hope, spring 2027", "2027-03-02", 12,
                                therapist, bench.nurse, few, TODAY));

  present (&bench, bench.store, clock);
  {
    const char *hide = g_getenv ("CASELOAD_BENCH_HIDE");

    if (hide != NULL && strstr (hide, "chart") != NULL)
      gtk_widget_set_visible (GTK_WIDGET (caseload_cohort_page_get_chart (bench.page)), FALSE);
    if (hide != NULL && strstr (hide, "grid") != NULL)
      gtk_widget_set_visible (GTK_WIDGET (caseload_cohort_page_get_grid (bench.page)), FALSE);
    if (hide != NULL && strstr (hide, "pane") != NULL)
      gtk_widget_set_visible (GTK_WIDGET (bench.pane), FALSE);
  }
  hold = g_getenv ("CASELOAD_BENCH_HOLD");
  if (hold != NULL)
    {
      Steps steps;

      open_groups (&bench, &steps);
      if (g_getenv ("CASELOAD_BENCH_NEW_GROUP") != NULL)
        {
          GtkWidget *dialog = caseload_cohort_dialog_new (bench.window, bench.context);

          gtk_window_present (GTK_WINDOW (dialog));
        }
      if (g_getenv ("CASELOAD_BENCH_SESSION") != NULL)
        g_signal_emit_by_name (caseload_cohort_page_get_grid (bench.page), "session-activated",
                               atoi (g_getenv ("CASELOAD_BENCH_SESSION")));
      bench_ui_spin ((guint) atoi (hold) * 1000);
    }
  else
    met = time_groups (&bench);

  gtk_window_destroy (bench.window);
  g_clear_object (&bench.context);
  g_clear_object (&bench.store);
  g_free (bench.cohort_id);
  bench_remove_database (dir, path);

  return met ? EXIT_SUCCESS : EXIT_FAILURE;
}
