/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "caseload-core.h"

G_BEGIN_DECLS

/*
 * How the window spells dates, times and small facts. Plain functions shared by the
 * rows and pages so that a date reads the same everywhere. Every function takes the
 * store's ISO text and returns a new string, or NULL when there is nothing to show.
 */

/* "3 Nov 2026", from "YYYY-MM-DD" or an ISO UTC time (shown in local time). */
char       *caseload_format_date          (const char *iso);
/* "Tue 3 Nov 2026, 14:20" in local time, from an ISO UTC time. */
char       *caseload_format_date_time     (const char *iso);
/* "Last contact 3 Nov 2026" or "No contact recorded". Never NULL. */
char       *caseload_format_last_contact  (const char *iso);
/* "Found via postcode RM17 6SL", or NULL when the visible name matched. */
char       *caseload_format_found_via     (CaseloadPerson *person);
/* "Female", "Not stated", … for the stored gender code. Never NULL. */
const char *caseload_format_gender        (const char *code);
/* The message a form shows when its save failed (a lost connection: nothing saved,
 * everything typed kept). */
char       *caseload_format_save_error    (const GError *error);
/* Why a change made with one button (not a form) was not made. */
char       *caseload_format_change_error  (const GError *error);
/* Why something could not be read; a lost connection says it is read again. */
char       *caseload_format_read_error    (const GError *error);
/* "Shared site: host:port/database" or "This desk". */
char       *caseload_format_store_location (CaseloadStore *store);
/* The stored gender codes in the order the person form offers them. */
const char *caseload_format_gender_code   (guint position);
guint       caseload_format_gender_n_codes (void);

/* An audit event's action in words: "Opened the record", "Found in a search",
 * "Emergency access: <reason>". Never NULL. */
char       *caseload_format_audit_action  (const char *action,
                                           const char *detail);

/* A factory for combo rows over a GtkStringList that also names each list item for
 * screen readers (GTK 4.8 leaves them unnamed). */
GtkListItemFactory *caseload_format_string_factory_new (void);

/* Shows @message in @error_row (the row under a form field), marks @field invalid and
 * names the row for screen readers with it; NULL clears all that. */
void        caseload_format_show_field_error (GtkWidget  *field,
                                              GtkWidget  *error_row,
                                              GtkLabel   *error_label,
                                              const char *message);

/* "3 days", "5 hours", "40 minutes". Never NULL. */
char       *caseload_format_duration      (gint64 seconds);
/* A waiting-time clock in words ("Breached 3 days ago", "Due in 5 hours", "Paused: in
 * hospital", "Met in 12 days"), with the icon and the style class that go with it
 * ("clock-breached", "clock-near-breach", …). @pause_reason: the open pause's reason in
 * words, for a paused clock. Never NULL. */
char       *caseload_format_clock         (CaseloadClockState   state,
                                           const char          *due_at,
                                           gint64               waited_seconds,
                                           const char          *pause_reason,
                                           GDateTime           *now,
                                           const char         **icon_name,
                                           const char         **style_class);
/* "22/11/2026 14:30" (local time) from an ISO UTC time, "22/11/2026" from an ISO date:
 * what the forms take back. */
char       *caseload_format_for_editing   (const char *iso);

/* What a list's search box holds, ready to match with caseload_format_search_matches():
 * trimmed and case-folded, or NULL when empty (everything matches). */
char       *caseload_format_search_key    (const char *text);
/* TRUE if @key (from caseload_format_search_key(); NULL: anything) is in one of the
 * @n_fields texts of @fields (each may be NULL). */
gboolean    caseload_format_search_matches (const char        *key,
                                            const char *const *fields,
                                            guint              n_fields);

/* A layout for paper in @font ("Sans 10"), wrapped at @width points, for printing. */
PangoLayout *caseload_format_print_layout (GtkPrintContext *context,
                                           const char      *font,
                                           double           width);

G_END_DECLS
