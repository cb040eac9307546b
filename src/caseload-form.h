/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/*
 * What the forms (dialogs that save a record) share: reading what was typed, putting a
 * stored date back for editing, reading a typed date or time with its problem, and the
 * staff who may be named.
 */

/* What was typed in @view or @editable (a GtkEditable: an entry or AdwEntryRow), without
 * white space around it. */
char      *caseload_form_get_text_view_text (GtkTextView *view);
char      *caseload_form_get_entry_text     (gpointer     editable);
/* Shows a stored ISO date or time in @editable as the forms take it back. */
void       caseload_form_set_entry_iso      (gpointer     editable,
                                             const char  *iso);
/* The ISO form of what was typed in @editable: a UTC time, or a date (@date_only); NULL
 * when left empty or not a date, with a problem for @field in @problems then (nullable:
 * no problems kept; one for an empty field only if @required). */
char      *caseload_form_read_when          (gpointer     editable,
                                             const char  *field,
                                             gboolean     date_only,
                                             gboolean     required,
                                             GPtrArray   *problems);
/* The active staff among @staff (CaseloadStaff), by name: who can be named now. */
GPtrArray *caseload_form_active_staff       (GPtrArray   *staff);
/* Shows @message in a form's banner (@revealer holding @label), or hides it (NULL). */
void       caseload_form_show_banner        (GtkRevealer *revealer,
                                             GtkLabel    *label,
                                             const char  *message);
/* A save that failed: nothing was saved and everything typed stays; @save_action is
 * enabled again and the banner says why. Nothing when cancelled (the form is closing). */
void       caseload_form_save_failed        (GtkWidget    *form,
                                             const char   *save_action,
                                             GtkRevealer  *revealer,
                                             GtkLabel     *label,
                                             const GError *error);

G_END_DECLS
