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
/* Copies @from to @to, if @from exists (a seeded database and its WAL). */
void       test_ui_copy_file              (const char *from, const char *to);

G_END_DECLS
