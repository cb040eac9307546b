/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What a worker is reminded of: counts only. */
typedef struct {
  guint new_allocations;    /* allocations to the worker since a time */
  guint tasks_due;          /* open tasks of the worker due today or before */
  guint clocks_near_breach; /* waiting-time clocks near breach or breached on the worker's
                               allocations (for a team manager: on every referral they see) */
} CaseloadReminderCounts;

/* The text of a desktop notification for @counts: a title and a body made of counts and
 * categories only ("2 new allocations", "3 tasks due today"), never a name, an NHS
 * number or a note. Returns FALSE (and sets nothing) when there is nothing to say. */
gboolean caseload_reminders_describe (const CaseloadReminderCounts *counts,
                                      char                        **title,
                                      char                        **body);

G_END_DECLS
