/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-notifier"

#include "config.h"

#include <glib/gi18n.h>
#include <libnotify/notify.h>

#include "caseload-notifier.h"
#include "caseload-worker.h"

/* Often enough for "due today" to mean today, rarely enough not to nag. */
#define CHECK_INTERVAL_SECONDS (5 * 60)

struct _CaseloadNotifier
{
  GObject                 parent_instance;

  CaseloadContext        *context;
  GSettings              *settings;       /* NULL: everything on (no schema) */
  GCancellable           *cancellable;
  NotifyNotification     *notification;   /* the last one shown, kept for its action */
  char                   *since;          /* allocations after this are new (ISO UTC) */
  CaseloadReminderCounts  last;           /* what the last notification said */
  gboolean                said_anything;
  gboolean                checking;
  guint                   timeout;
};

typedef struct {
  CaseloadStore          *store;
  CaseloadStaff          *actor;
  char                   *since;
  char                   *now;
  CaseloadReminderCounts  counts;
} CheckCall;

G_DEFINE_FINAL_TYPE (CaseloadNotifier, caseload_notifier, G_TYPE_OBJECT)

enum {
  CHECKED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void
check_call_free (CheckCall *call)
{
  g_clear_object (&call->store);
  g_clear_object (&call->actor);
  g_free (call->since);
  g_free (call->now);
  g_free (call);
}

static char *
now_iso (CaseloadNotifier *self)
{
  return caseload_clock_now_iso (caseload_context_get_clock (self->context));
}

static gboolean
setting (CaseloadNotifier *self,
         const char       *key)
{
  return self->settings == NULL || g_settings_get_boolean (self->settings, key);
}

static gpointer
check_thread (gpointer       data,
              GCancellable  *cancellable,
              GError       **error)
{
  CheckCall *call = data;
  guint n_created = 0;

  if (!caseload_store_refresh_reminders (call->store, call->actor, &n_created, error) ||
      !caseload_store_count_reminders (call->store, call->actor, call->since, &call->counts, error))
    return NULL;

  return CASELOAD_WORKER_DONE;
}

static void
on_default_action_cb (NotifyNotification *notification,
                      char               *action,
                      gpointer            user_data)
{
  GApplication *app = g_application_get_default ();

  if (app != NULL)
    g_action_group_activate_action (G_ACTION_GROUP (app), "show-list", g_variant_new_string (user_data));
}

gboolean
caseload_notifier_compose (const CaseloadReminderCounts  *counts,
                           const CaseloadReminderCounts  *last,
                           gboolean                       allocations,
                           gboolean                       tasks,
                           gboolean                       clocks,
                           char                         **title,
                           char                         **body,
                           const char                   **list)
{
  CaseloadReminderCounts allowed = { 0 };
  gboolean news;

  g_return_val_if_fail (counts != NULL, FALSE);
  g_return_val_if_fail (title != NULL && body != NULL && list != NULL, FALSE);

  allowed.new_allocations = allocations ? counts->new_allocations : 0;
  allowed.tasks_due = tasks ? counts->tasks_due : 0;
  allowed.clocks_near_breach = clocks ? counts->clocks_near_breach : 0;

  /* New allocations are counted since the last check; the rest are standing counts,
   * said again only when they grow. */
  news = allowed.new_allocations > 0 ||
         allowed.tasks_due > (last != NULL ? last->tasks_due : 0) ||
         allowed.clocks_near_breach > (last != NULL ? last->clocks_near_breach : 0);
  if (!news || !caseload_reminders_describe (&allowed, title, body))
    return FALSE;

  if (allowed.tasks_due > 0)
    *list = "my-tasks";
  else if (allowed.new_allocations > 0)
    *list = "my-caseload";
  else
    *list = "waiting";
  return TRUE;
}

static void
on_checked_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(CaseloadNotifier) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  CheckCall *call = caseload_worker_get_data (result);
  const char *list = NULL;

  self->checking = FALSE;

  if (caseload_worker_finish (result, &error) == NULL)
    {
      /* A reminder missed now is found at the next check; nothing to trouble anyone with. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_debug ("Could not check the reminders (%s %d)", g_quark_to_string (error->domain), error->code);
          g_signal_emit (self, signals [CHECKED], 0);
        }
      return;
    }

  g_free (self->since);
  self->since = g_strdup (call->now);

  if (setting (self, "notifications-enabled") &&
      caseload_notifier_compose (&call->counts, self->said_anything ? &self->last : NULL,
                                 setting (self, "notify-new-allocations"),
                                 setting (self, "notify-tasks-due"),
                                 setting (self, "notify-clocks-near-breach"),
                                 &title, &body, &list))
    caseload_notifier_show (self, title, body, list);

  /* Standing counts that shrank (tasks done) are said again if they grow. */
  self->last = call->counts;
  self->said_anything = TRUE;
  g_signal_emit (self, signals [CHECKED], 0);
}

static gboolean
check_cb (gpointer user_data)
{
  caseload_notifier_check (user_data);
  return G_SOURCE_CONTINUE;
}

static void
caseload_notifier_dispose (GObject *object)
{
  CaseloadNotifier *self = (CaseloadNotifier *)object;

  g_clear_handle_id (&self->timeout, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->notification);
  g_clear_object (&self->settings);
  g_clear_object (&self->context);
  g_clear_pointer (&self->since, g_free);

  G_OBJECT_CLASS (caseload_notifier_parent_class)->dispose (object);
}

static void
caseload_notifier_class_init (CaseloadNotifierClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = caseload_notifier_dispose;

  signals [CHECKED] = g_signal_new ("checked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
caseload_notifier_init (CaseloadNotifier *self)
{
  self->cancellable = g_cancellable_new ();
}

/**
 * caseload_notifier_new:
 * @context: the context whose actor is reminded
 * @settings: (nullable): the application's settings
 *
 * Returns: (transfer full): a notifier, checking nothing until started
 */
CaseloadNotifier *
caseload_notifier_new (CaseloadContext *context,
                       GSettings       *settings)
{
  CaseloadNotifier *self;

  g_return_val_if_fail (CASELOAD_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  self = g_object_new (CASELOAD_TYPE_NOTIFIER, NULL);
  self->context = g_object_ref (context);
  self->settings = settings != NULL ? g_object_ref (settings) : NULL;
  /* Allocations from now on are news; the standing counts are said at the first check. */
  self->since = now_iso (self);
  return self;
}

void
caseload_notifier_start (CaseloadNotifier *self)
{
  g_return_if_fail (CASELOAD_IS_NOTIFIER (self));

  caseload_notifier_check (self);
  if (self->timeout == 0)
    self->timeout = g_timeout_add_seconds (CHECK_INTERVAL_SECONDS, check_cb, self);
}

void
caseload_notifier_check (CaseloadNotifier *self)
{
  CaseloadStaff *actor;
  CheckCall *call;

  g_return_if_fail (CASELOAD_IS_NOTIFIER (self));

  actor = caseload_context_get_actor (self->context);
  if (self->checking || actor == NULL)
    return;

  call = g_new0 (CheckCall, 1);
  call->store = g_object_ref (caseload_context_get_store (self->context));
  call->actor = caseload_worker_copy_staff (actor);
  call->since = g_strdup (self->since);
  call->now = now_iso (self);

  self->checking = TRUE;
  caseload_worker_run (self, caseload_notifier_check, check_thread, call, (GDestroyNotify) check_call_free,
                       NULL, self->cancellable, on_checked_cb, g_object_ref (self));
}

gboolean
caseload_notifier_show (CaseloadNotifier *self,
                        const char       *title,
                        const char       *body,
                        const char       *list)
{
  /* libnotify 0.8 declares no autoptr cleanups. */
  g_autoptr(GObject) notification = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (CASELOAD_IS_NOTIFIER (self), FALSE);
  g_return_val_if_fail (title != NULL && list != NULL, FALSE);

  if (!notify_is_initted () && !notify_init (_("Caseload")))
    {
      g_debug ("No desktop notifications: libnotify could not start");
      return FALSE;
    }

  notification = G_OBJECT (notify_notification_new (title, body, APPLICATION_ID));
  notify_notification_set_category (NOTIFY_NOTIFICATION (notification), "x-caseload.reminder");
  notify_notification_add_action (NOTIFY_NOTIFICATION (notification), "default", _("Open Caseload"),
                                  on_default_action_cb, g_strdup (list), g_free);
  if (!notify_notification_show (NOTIFY_NOTIFICATION (notification), &error))
    {
      /* No notification daemon (a kiosk, a test run): stay silent. */
      g_debug ("No desktop notification shown (%s %d)", g_quark_to_string (error->domain), error->code);
      return FALSE;
    }

  g_set_object (&self->notification, NOTIFY_NOTIFICATION (notification));
  return TRUE;
}
