/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "caseload-dashboard.h"

G_BEGIN_DECLS

/*
 * The dashboard as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma,
 * a quote or a line break, quotes doubled), for a spreadsheet: a header row
 * "section,label,detail,value", then the range (from, to, PCN), every count table and
 * every single figure, one per row. Codes, not words, so that it reads the same in any
 * language: sections "range", "caseload-by-worker", "caseload-by-organisation",
 * "referrals-in", "referrals-out", "waits", "attention", "outcomes" and, per instrument
 * (label its code, "phq-9"), "measure-change" with details "people", "median-change" (a
 * plain number, negative ones unquoted: we wrote it) and "better-or-worse" ("better",
 * "worse", "no-change"); waits in seconds. Then the Pathways: "stepps-cohort" (label the
 * cohort's name; details "start-on", "end-on", "finished", "participants", "completers",
 * "completion-rate", "best-people", "mean-best-change"), "open-dialogue", "ips" (label
 * the specialist's name, or "service" last; "fte", "caseload", "over-caseload", …),
 * "ips-fidelity" (the latest review, when there is one: label the service),
 * "housing-by-status" and "accommodation-by-status" (label the status code) and
 * "accommodation" "not-settled". Fractions and means to two decimal places.
 *
 * A text field that a spreadsheet would take for a formula (starting with "=", "+",
 * "-", "@", a tab or a carriage return) gets a leading apostrophe.
 */
char *caseload_dashboard_to_csv     (const CaseloadDashboard *dashboard);

/* Appends one field, quoted if needed (no separator). */
void  caseload_csv_append_field     (GString                 *csv,
                                     const char              *field);

G_END_DECLS
