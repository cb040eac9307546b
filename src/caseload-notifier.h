/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "caseload-core.h"
#include "caseload-reminders.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_NOTIFIER (caseload_notifier_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadNotifier, caseload_notifier, CASELOAD, NOTIFIER, GObject)

/*
 * Desktop notifications of the signed-in worker's reminders, through libnotify. After
 * caseload_notifier_start() and every few minutes, a worker thread has the store create
 * the system's due tasks (caseload_store_refresh_reminders()) and count what to remind
 * of since the last check; anything new becomes one notification of counts and
 * categories only (caseload_reminders_describe()), never a name, NHS number or text.
 * Clicking it runs "app.show-list" with the list it is about. The GSettings keys
 * notifications-enabled, notify-new-allocations, notify-tasks-due and
 * notify-clocks-near-breach decide what is said. With no notification daemon it stays
 * silent (a debug message at most).
 */
CaseloadNotifier *caseload_notifier_new     (CaseloadContext  *context,
                                             GSettings        *settings);
void              caseload_notifier_start   (CaseloadNotifier *self);
/* Checks now (off the main loop); "checked" when done. */
void              caseload_notifier_check   (CaseloadNotifier *self);
/* Shows one notification; FALSE (silently) when none can be shown. */
gboolean          caseload_notifier_show    (CaseloadNotifier *self,
                                             const char       *title,
                                             const char       *body,
                                             const char       *list);

/* What to say for @counts, given what the settings allow and what was said last time
 * (@last, NULL: nothing yet): a title, a body and the list a click opens. FALSE when
 * nothing is new or allowed. Pure, for tests. */
gboolean          caseload_notifier_compose (const CaseloadReminderCounts *counts,
                                             const CaseloadReminderCounts *last,
                                             gboolean                      allocations,
                                             gboolean                      tasks,
                                             gboolean                      clocks,
                                             char                        **title,
                                             char                        **body,
                                             const char                  **list);

G_END_DECLS
