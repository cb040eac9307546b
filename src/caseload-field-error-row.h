/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CASELOAD_TYPE_FIELD_ERROR_ROW (caseload_field_error_row_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadFieldErrorRow, caseload_field_error_row, CASELOAD, FIELD_ERROR_ROW, AdwPreferencesRow)

/*
 * The problem with one form field, in a row just under it: the theme's error colour,
 * an icon and a sentence, hidden while there is none. "field" names the field as the
 * core's checks do (a property name: "received-at", "destination"); "widget" is the
 * row the person types or chooses in, marked invalid (and described by the message for
 * screen readers) while a problem shows.
 *
 * A form places one under each checked field in its template and hands the core's
 * CaseloadFieldError array to caseload_field_error_row_show_all(), which finds them.
 */
GtkWidget  *caseload_field_error_row_new          (void);
const char *caseload_field_error_row_get_field    (CaseloadFieldErrorRow *self);
GtkWidget  *caseload_field_error_row_get_widget   (CaseloadFieldErrorRow *self);
/* NULL hides the row. */
void        caseload_field_error_row_set_message  (CaseloadFieldErrorRow *self,
                                                   const char            *message);
/* (nullable): the problem shown, or NULL. */
const char *caseload_field_error_row_get_message  (CaseloadFieldErrorRow *self);

/* Shows each of @problems (CaseloadFieldError) beside its field under @root and clears
 * the others. Returns (transfer none) (nullable) the first field at fault, in the order
 * of the form, for the focus; @unplaced gets the message of a problem no row names
 * (the form's banner shows it), or NULL. */
GtkWidget  *caseload_field_error_row_show_all     (GtkWidget             *root,
                                                   GPtrArray             *problems,
                                                   const char           **unplaced);
/* The row under @root for @field, or NULL. */
CaseloadFieldErrorRow *caseload_field_error_row_find (GtkWidget          *root,
                                                      const char         *field);

/* The error style and the invalid state on a field, for forms that place their own
 * messages. */
void        caseload_field_error_row_set_invalid  (GtkWidget             *widget,
                                                   gboolean               invalid);

G_END_DECLS
