/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "caseload-reminders.h"

/* Only the counts and the kind of thing counted reach a notification: it can show on a
 * locked screen or a shared monitor. */

/* Starts a new line in @body unless it is empty. */
static GString *
next_line (GString *body)
{
  if (body->len > 0)
    g_string_append_c (body, '\n');
  return body;
}

/**
 * caseload_reminders_describe:
 * @counts: what there is to be reminded of
 * @title: (out) (transfer full): the notification's title
 * @body: (out) (transfer full): one line for each kind of thing with a count
 *
 * Returns: %TRUE when there is something to say
 */
gboolean
caseload_reminders_describe (const CaseloadReminderCounts  *counts,
                             char                         **title,
                             char                         **body)
{
  g_autoptr(GString) text = NULL;

  g_return_val_if_fail (counts != NULL, FALSE);
  g_return_val_if_fail (title != NULL, FALSE);
  g_return_val_if_fail (body != NULL, FALSE);

  if (counts->new_allocations == 0 && counts->tasks_due == 0 && counts->clocks_near_breach == 0)
    return FALSE;

  text = g_string_new (NULL);
  if (counts->new_allocations > 0)
    g_string_append_printf (next_line (text),
                            g_dngettext (GETTEXT_PACKAGE, "%u new allocation", "%u new allocations", counts->new_allocations),
                            counts->new_allocations);
  if (counts->tasks_due > 0)
    g_string_append_printf (next_line (text),
                            g_dngettext (GETTEXT_PACKAGE, "%u task due today or overdue", "%u tasks due today or overdue", counts->tasks_due),
                            counts->tasks_due);
  if (counts->clocks_near_breach > 0)
    g_string_append_printf (next_line (text),
                            g_dngettext (GETTEXT_PACKAGE, "%u waiting time near breach", "%u waiting times near breach", counts->clocks_near_breach),
                            counts->clocks_near_breach);

  *title = g_strdup (_("Caseload reminders"));
  *body = g_string_free (g_steal_pointer (&text), FALSE);

  return TRUE;
}
