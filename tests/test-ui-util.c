/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "caseload-core.h"
#include <adwaita.h>

#include "test-ui-util.h"
#include "test-util.h"

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

void
test_ui_wait_until (TestCondition  condition,
                    gpointer       data,
                    guint          timeout_ms,
                    const char    *what)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) timeout_ms * G_TIME_SPAN_MILLISECOND;
  guint wake = g_timeout_add (10, wake_cb, NULL);

  while (!condition (data))
    {
      if (g_get_monotonic_time () > deadline)
        {
          g_source_remove (wake);
          g_error ("Timed out after %u ms waiting for %s", timeout_ms, what);
        }
      g_main_context_iteration (NULL, TRUE);
    }

  g_source_remove (wake);
}

void
test_ui_spin (guint ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) ms * G_TIME_SPAN_MILLISECOND;
  guint wake = g_timeout_add (5, wake_cb, NULL);

  while (g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_source_remove (wake);
}

gboolean
test_ui_flag_set (gpointer data)
{
  return *(gboolean *) data;
}

void
test_ui_on_destroyed_cb (GtkWidget *widget,
                         gboolean  *destroyed)
{
  *destroyed = TRUE;
}

GtkWidget *
test_ui_find_label_containing (GtkWidget  *widget,
                               const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget) &&
      strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = test_ui_find_label_containing (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

void
test_ui_copy_file (const char *from,
                   const char *to)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  if (!g_file_test (from, G_FILE_TEST_EXISTS))
    return;

  g_file_get_contents (from, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (to, contents, (gssize) length, &error);
  g_assert_no_error (error);
}

GtkWindow *
test_ui_find_window (GType    type,
                     gboolean visible_only)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) &&
          (!visible_only || gtk_widget_get_visible (GTK_WIDGET (window))))
        return window;
    }

  return NULL;
}

char *
test_ui_seed_template (guint n_people)
{
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 22, 10, 0, 0);
  g_autoptr(CaseloadClock) clock = caseload_clock_new_fixed (now);
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  char *path;
  CaseloadDemoOptions options;

  dir = g_dir_make_tmp ("caseload-ui-template-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "template.db", NULL);

  store = caseload_store_sqlite_new (path, clock, &error);
  g_assert_no_error (error);

  caseload_demo_options_init (&options);
  options.n_people = n_people;
  options.heavy_people = 0;
  g_assert_true (caseload_demo_seed (store, clock, &options, &error));
  g_assert_no_error (error);
  return path;
}

void
test_ui_copy_template (const char *template_path,
                       const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *from = g_strconcat (template_path, suffixes[i], NULL);
      g_autofree char *to = g_strconcat (path, suffixes[i], NULL);

      test_ui_copy_file (from, to);
    }
}

void
test_ui_remove_template (char **template_path)
{
  g_autofree char *dir = NULL;

  if (*template_path == NULL)
    return;
  dir = g_path_get_dirname (*template_path);
  test_remove_dir (dir);
  g_clear_pointer (template_path, g_free);
}

GtkWidget *
test_ui_find_widget (GtkWidget       *widget,
                     TestWidgetMatch  match,
                     gconstpointer    data)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (match (child, data))
        return child;
      if ((found = test_ui_find_widget (child, match, data)) != NULL)
        return found;
    }
  return NULL;
}

char *
test_ui_pdf_text (const char *path)
{
  return test_ui_pdf_pages_text (path, 0, 0);
}

char *
test_ui_pdf_pages_text (const char *path,
                        guint       first,
                        guint       last)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *output = NULL;
  g_autofree char *first_text = g_strdup_printf ("%u", first);
  g_autofree char *last_text = g_strdup_printf ("%u", last);
  g_autoptr(GError) error = NULL;
  const char *argv[] = { NULL, "-f", first_text, "-l", last_text, path, "-", NULL };
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);
  int status;

  if (pdftotext == NULL)
    return NULL;

  argv[0] = pdftotext;
  if (first == 0)
    {
      /* The whole document */
      argv[1] = path;
      argv[2] = "-";
      argv[3] = NULL;
    }
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &output, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  /* Lines wrap where the page ends them: read it as one line */
  return g_regex_replace_literal (space, output, -1, 0, " ", 0, NULL);
}

static gboolean
window_allocated (gpointer data)
{
  return gtk_widget_get_width (data) > 0;
}

GtkWindow *
test_ui_present (GtkWidget *child,
                 int        width,
                 int        height)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  g_object_ref (window);
  gtk_window_set_default_size (window, width, height);
  gtk_window_set_child (window, child);
  gtk_window_present (window);
  test_ui_wait_until (window_allocated, window, 20000, "the window to get its size");

  return window;
}

void
test_ui_destroy_windows (GtkWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) other = g_list_model_get_item (toplevels, i - 1);

      if (other != window)
        gtk_window_destroy (other);
    }
  gtk_window_destroy (window);

  /* Let cancelled reads come home before counting references. */
  test_ui_spin (300);
  g_assert_finalize_object (window);
}

void
test_ui_choose (GtkWidget  *combo_row,
                const char *text)
{
  GListModel *model = adw_combo_row_get_model (ADW_COMBO_ROW (combo_row));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (strstr (gtk_string_object_get_string (item), text) != NULL)
        {
          adw_combo_row_set_selected (ADW_COMBO_ROW (combo_row), i);
          return;
        }
    }

  g_error ("No choice “%s” in %s", text, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (combo_row)));
}

typedef struct {
  TestCondition refused;
  gpointer      data;
  gboolean      destroyed;
} SaveWait;

static gboolean
save_answered (gpointer data)
{
  SaveWait *wait = data;

  return wait->destroyed || wait->refused (wait->data);
}

gboolean
test_ui_save (GtkWidget     *form,
              const char    *action,
              TestCondition  refused,
              gpointer       data)
{
  SaveWait wait = { refused, data, FALSE };
  gulong handler;

  handler = g_signal_connect (form, "destroy", G_CALLBACK (test_ui_on_destroyed_cb), &wait.destroyed);
  gtk_widget_activate_action (form, action, NULL);
  test_ui_wait_until (save_answered, &wait, 20000, "the save to be answered");
  if (!wait.destroyed)
    g_signal_handler_disconnect (form, handler);

  return wait.destroyed;
}
