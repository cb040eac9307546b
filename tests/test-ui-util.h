/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Helpers for the headless widget tests. */

typedef gboolean (*TestCondition) (gpointer data);

/* Runs the main loop until @condition holds; fails the test after @timeout_ms. */
void       test_ui_wait_until             (TestCondition condition, gpointer data, guint timeout_ms,
                                           const char *what);
/* Lets pending idles and worker replies run for a moment. */
void       test_ui_spin                   (guint ms);
/* A TestCondition: the gboolean at @data is TRUE. */
gboolean   test_ui_flag_set               (gpointer data);
/* A "destroy" handler that sets the gboolean at @destroyed. */
void       test_ui_on_destroyed_cb        (GtkWidget *widget, gboolean *destroyed);
/* A visible label under @widget whose text contains @text, or NULL. */
GtkWidget *test_ui_find_label_containing  (GtkWidget *widget, const char *text);
/* The first toplevel of @type (only a shown one with @visible_only), or NULL. */
GtkWindow *test_ui_find_window            (GType type, gboolean visible_only);
/* A plain window (the caller holds a reference) showing @child, presented and given its
 * size. */
GtkWindow *test_ui_present                (GtkWidget *child, int width, int height);
/* Destroys every other toplevel, then @window; lets cancelled calls come home; checks
 * that nothing else holds @window. */
void       test_ui_destroy_windows        (GtkWindow *window);
/* Selects the item of @combo_row (an AdwComboRow of strings) that contains @text; fails
 * the test if there is none. */
void       test_ui_choose                 (GtkWidget *combo_row, const char *text);
/* Activates @action on @form (a form window) and waits until it closed (TRUE) or
 * @refused says it refused the save (FALSE). */
gboolean   test_ui_save                   (GtkWidget *form, const char *action, TestCondition refused,
                                           gpointer data);
/* Copies @from to @to, if @from exists (a seeded database and its WAL). */
void       test_ui_copy_file              (const char *from, const char *to);

/* A demo database of @n_people (staff passwords hashed once, which is slow) with the
 * clock at 2026-11-22 10:00 UTC, in a new temporary folder; returns its path. */
char      *test_ui_seed_template          (guint n_people);
/* Copies the template (and its WAL) to @path, for one test. */
void       test_ui_copy_template          (const char *template_path, const char *path);
/* Removes the template's folder and frees the path. */
void       test_ui_remove_template        (char **template_path);
/* The first widget under @widget, depth first, for which @match is TRUE, or NULL. */
typedef gboolean (*TestWidgetMatch) (GtkWidget *widget, gconstpointer data);
GtkWidget *test_ui_find_widget            (GtkWidget *widget, TestWidgetMatch match, gconstpointer data);
/* The text of the PDF at @path on one line (pdftotext), or NULL without pdftotext. */
char      *test_ui_pdf_text               (const char *path);
/* The same for pages @first to @last (from 1) only; @first 0: every page. */
char      *test_ui_pdf_pages_text         (const char *path, guint first, guint last);

G_END_DECLS
