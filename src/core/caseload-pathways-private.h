/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * Small helpers shared by the pathway files (STEPPS, Open Dialogue, IPS, housing, their
 * checks and badges); written in caseload-pathways.c. Dates in records are ISO dates and
 * times ISO 8601 instants; "today" is the Europe/London calendar day.
 */

/* TRUE when @text is NULL, empty or only spaces. */
gboolean   caseload_pathway_blank      (const char *text);
/* A strict ISO date "YYYY-MM-DD" of a day that exists: TRUE with @date set. */
gboolean   caseload_pathway_iso_date   (const char *iso, GDate *date);
/* @today when not NULL (and valid), else the real London date: into @out. */
void       caseload_pathway_today      (const GDate *today, GDate *out);
/* An ISO 8601 date-time (UTC unless it says otherwise); NULL when blank or not one. */
GDateTime *caseload_pathway_parse_time (const char *iso);
/* "dd/mm/yyyy", as the forms show dates. */
char      *caseload_pathway_show_date  (const GDate *date);
/* "dd/mm/yyyy HH:MM" in London time, as the forms show times. */
char      *caseload_pathway_show_time  (GDateTime *when);

G_END_DECLS
