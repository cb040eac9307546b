/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-window"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-window-private.h"

/* Who is at the desk: signing in, Lock, Switch User and the idle lock. While locked the
 * caseload stays built but unmapped behind the sign-in page, and the forms and dialogs
 * over the window are hidden, not closed: their owner gets them back as they were.
 * Anyone else signing in gets a new caseload and the hidden windows are destroyed
 * without being shown or asking (gtk_window_destroy skips their close-request). */

/* The idle check runs this often; a lock is due within this much of the minute. */
#define IDLE_CHECK_SECONDS  5
/* Pointer motion comes in floods: read the clock at most this often for it. */
#define ACTIVITY_SAMPLE_US  (G_USEC_PER_SEC / 2)

#define ACTIVITY_KEY "caseload-window-activity"

typedef struct {
  CaseloadStore *store;
  CaseloadStaff *actor;
  char          *action;
  char          *detail;
} EventData;

static void
event_data_free (EventData *data)
{
  g_clear_object (&data->store);
  g_clear_object (&data->actor);
  g_clear_pointer (&data->action, g_free);
  g_clear_pointer (&data->detail, g_free);
  g_free (data);
}

static void
record_event_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  EventData *data = task_data;
  GError *error = NULL;

  if (caseload_store_record_event (data->store, data->actor, data->action, NULL, data->detail, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_event_recorded_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  EventData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    return;

  /* A lost connection is the network's doing, not a fault in Caseload. */
  if (g_error_matches (error, CASELOAD_ERROR, CASELOAD_ERROR_CONNECTION))
    g_message ("Could not add “%s” to the audit trail: the connection to the shared site was lost",
               data->action);
  else
    g_warning ("Could not add “%s” to the audit trail (%s %d)", data->action,
               g_quark_to_string (error->domain), error->code);
}

/* Audits @action in a worker; the desk locks at once whatever the disk does. The task
 * holds its own references, so it may outlive the window. */
static void
record_event (CaseloadWindow *self,
              CaseloadStaff  *actor,
              const char     *action,
              const char     *detail)
{
  g_autoptr(GTask) task = NULL;
  EventData *data;

  data = g_new0 (EventData, 1);
  data->store = g_object_ref (caseload_context_get_store (self->context));
  data->actor = g_object_ref (actor);
  data->action = g_strdup (action);
  data->detail = g_strdup (detail);

  task = g_task_new (NULL, NULL, on_event_recorded_cb, NULL);
  g_task_set_source_tag (task, record_event);
  g_task_set_task_data (task, data, (GDestroyNotify) event_data_free);
  g_task_run_in_thread (task, record_event_thread);
}

static gboolean
is_over_window (GtkWindow *window,
                GtkWindow *main_window)
{
  for (GtkWindow *parent = gtk_window_get_transient_for (window);
       parent != NULL;
       parent = gtk_window_get_transient_for (parent))
    if (parent == main_window)
      return TRUE;

  return FALSE;
}

/* The forms and dialogs on screen that belong to this window: transient for it (or
 * for one of its forms), or windows of the same application. */
static GPtrArray *
collect_windows (CaseloadWindow *self)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  GPtrArray *windows = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (window == GTK_WINDOW (self) || CASELOAD_IS_WINDOW (window) ||
          !gtk_widget_get_visible (GTK_WIDGET (window)))
        continue;

      if (is_over_window (window, GTK_WINDOW (self)) ||
          (app != NULL && gtk_window_get_application (window) == app))
        g_ptr_array_add (windows, g_object_ref (window));
    }

  return windows;
}

static gboolean
is_toplevel (GtkWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) other = g_list_model_get_item (toplevels, i);

      if (other == window)
        return TRUE;
    }
  return FALSE;
}

static void
destroy_hidden_windows (CaseloadWindow *self)
{
  g_autoptr(GPtrArray) windows = g_steal_pointer (&self->hidden_windows);

  self->hidden_windows = g_ptr_array_new_with_free_func (g_object_unref);

  /* Newest first, so a question goes before the form it is about. Marked discarded in
   * case anything asks the form to close on its way out. */
  for (guint i = windows->len; i > 0; i--)
    {
      GtkWindow *window = g_ptr_array_index (windows, i - 1);

      g_object_set_data (G_OBJECT (window), "caseload-discarded", GINT_TO_POINTER (TRUE));
      if (is_toplevel (window))
        gtk_window_destroy (window);
    }
}

static void
show_hidden_windows (CaseloadWindow *self)
{
  g_autoptr(GPtrArray) windows = g_steal_pointer (&self->hidden_windows);

  self->hidden_windows = g_ptr_array_new_with_free_func (g_object_unref);

  /* In the order they were opened, so the last one (a question over a form) is on top.
   * A form that finished and closed itself while hidden is gone for good: presenting a
   * destroyed window would map an empty shell. */
  for (guint i = 0; i < windows->len; i++)
    if (is_toplevel (g_ptr_array_index (windows, i)))
      gtk_window_present (g_ptr_array_index (windows, i));
}

static void
note_activity (CaseloadWindow *self)
{
  gint64 now = g_get_monotonic_time ();

  if (self->state != CASELOAD_WINDOW_SIGNED_IN || now - self->last_activity_noted < ACTIVITY_SAMPLE_US)
    return;

  self->last_activity_noted = now;
  g_clear_pointer (&self->last_activity, g_date_time_unref);
  self->last_activity = caseload_clock_now (caseload_context_get_clock (self->context));
}

static gboolean
on_toplevel_event_cb (GtkEventControllerLegacy *controller,
                      GdkEvent                 *event,
                      CaseloadWindow           *self)
{
  switch ((int) gdk_event_get_event_type (event))
    {
    case GDK_KEY_PRESS:
    case GDK_BUTTON_PRESS:
    case GDK_MOTION_NOTIFY:
    case GDK_SCROLL:
    case GDK_TOUCH_BEGIN:
    case GDK_TOUCH_UPDATE:
    case GDK_TOUCHPAD_SWIPE:
    case GDK_TOUCHPAD_PINCH:
      note_activity (self);
      break;

    default:
      break;
    }

  return GDK_EVENT_PROPAGATE;
}

#define LOCK_SCREEN_KEY "caseload-lock-screen"

static gboolean
belongs_to (CaseloadWindow *self,
            GtkWindow      *window)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (window == GTK_WINDOW (self) || CASELOAD_IS_WINDOW (window))
    return FALSE;
  return is_over_window (window, GTK_WINDOW (self)) ||
         (app != NULL && gtk_window_get_application (window) == app);
}

/* A window that a worker's reply opens while the desk is locked (a temporary password,
 * a form's question) must not appear over the sign-in page: it is held back with the
 * others, shown again to the same user, and destroyed for anyone else. */
static void
on_toplevel_visible_cb (GtkWindow      *window,
                        GParamSpec     *pspec,
                        CaseloadWindow *self)
{
  if (self->state == CASELOAD_WINDOW_SIGNED_IN || !gtk_widget_get_visible (GTK_WIDGET (window)) ||
      !belongs_to (self, window) || g_object_get_data (G_OBJECT (window), LOCK_SCREEN_KEY) != NULL)
    return;

  gtk_widget_set_visible (GTK_WIDGET (window), FALSE);
  if (!g_ptr_array_find (self->hidden_windows, window, NULL))
    g_ptr_array_add (self->hidden_windows, g_object_ref (window));
}

/* Input anywhere in the application counts: typing in a form keeps the desk awake. */
static void
watch_toplevel (CaseloadWindow *self,
                GtkWindow      *window)
{
  GtkEventController *controller;

  if (g_object_get_data (G_OBJECT (window), ACTIVITY_KEY) == self)
    return;

  g_signal_connect_object (window, "notify::visible", G_CALLBACK (on_toplevel_visible_cb), self, 0);

  controller = gtk_event_controller_legacy_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_event_controller_set_name (controller, ACTIVITY_KEY);
  g_signal_connect_object (controller, "event", G_CALLBACK (on_toplevel_event_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (window), controller);
  g_object_set_data (G_OBJECT (window), ACTIVITY_KEY, self);
}

static void
on_toplevels_changed_cb (CaseloadWindow *self,
                         guint           position,
                         guint           removed,
                         guint           added,
                         GListModel     *toplevels)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      watch_toplevel (self, window);
    }
}

static gboolean
check_idle_cb (gpointer user_data)
{
  caseload_window_check_idle (CASELOAD_WINDOW (user_data));

  return G_SOURCE_CONTINUE;
}

static void
start_idle_watch (CaseloadWindow *self)
{
  self->last_activity_noted = 0;
  note_activity (self);

  if (self->idle_source == 0)
    self->idle_source = g_timeout_add_seconds (IDLE_CHECK_SECONDS, check_idle_cb, self);
}

static void
stop_idle_watch (CaseloadWindow *self)
{
  g_clear_handle_id (&self->idle_source, g_source_remove);
  g_clear_pointer (&self->last_activity, g_date_time_unref);
}

static void
show_session (CaseloadWindow *self)
{
  self->state = CASELOAD_WINDOW_SIGNED_IN;

  gtk_widget_set_visible (GTK_WIDGET (self->toast_overlay), TRUE);
  gtk_stack_set_visible_child_name (self->main_stack, "session");

  /* Type anywhere in the window to search; not while the sign-in page is up. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
  _caseload_window_update_actions (self);
  start_idle_watch (self);
}

static void show_sign_in (CaseloadWindow *self, gboolean locked, const char *username);

/* The desk's new database is taken only at the sign-in page, and only when nothing
 * open is kept for whoever locked it: a locked session with no forms open is let go
 * (there is nothing to lose), one with forms waits for them. */
static void
apply_pending_store (CaseloadWindow *self)
{
  g_autoptr(CaseloadStore) store = NULL;

  if (self->pending_store == NULL || self->state == CASELOAD_WINDOW_SIGNED_IN ||
      self->hidden_windows->len > 0 || caseload_sign_in_page_get_busy (self->sign_in_page))
    return;

  g_debug ("Taking the desk's new database");
  store = g_steal_pointer (&self->pending_store);

  g_clear_weak_pointer (&self->focus_before_lock);
  g_clear_pointer (&self->locked_staff_id, g_free);
  _caseload_window_set_caseload (self, NULL);
  caseload_context_set_store (self->context, store);

  self->state = CASELOAD_WINDOW_SIGNED_OUT;
  show_sign_in (self, FALSE, NULL);
}

static void
show_sign_in (CaseloadWindow *self,
              gboolean        locked,
              const char     *username)
{
  stop_idle_watch (self);
  gtk_search_entry_set_key_capture_widget (self->search_entry, NULL);

  caseload_password_page_start (self->password_page, NULL);
  caseload_sign_in_page_reset (self->sign_in_page, locked, username);
  gtk_stack_set_visible_child_name (self->main_stack, "sign-in");

  /* Not merely behind the sign-in page: hidden, so assistive technologies cannot read
   * the caseload out of a locked window either. */
  gtk_widget_set_visible (GTK_WIDGET (self->toast_overlay), FALSE);
  _caseload_window_update_actions (self);
  caseload_sign_in_page_focus (self->sign_in_page);

  apply_pending_store (self);
}

/* A new session: everything the last person left is destroyed unseen. */
static void
start_session (CaseloadWindow *self,
               CaseloadStaff  *staff)
{
  destroy_hidden_windows (self);
  g_clear_weak_pointer (&self->focus_before_lock);
  g_clear_pointer (&self->locked_staff_id, g_free);

  caseload_context_set_actor (self->context, staff);
  _caseload_window_set_caseload (self, staff);

  show_session (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* The person who locked the desk is back: everything as they left it. */
static void
resume_session (CaseloadWindow *self,
                CaseloadStaff  *staff)
{
  g_clear_pointer (&self->locked_staff_id, g_free);

  /* The copy just read by the store: a new role or name applies from now. */
  caseload_context_set_actor (self->context, staff);

  show_session (self);

  if (self->focus_before_lock != NULL && gtk_widget_get_root (self->focus_before_lock) == GTK_ROOT (self))
    gtk_widget_grab_focus (self->focus_before_lock);
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  g_clear_weak_pointer (&self->focus_before_lock);

  show_hidden_windows (self);
}

static void
finish_sign_in (CaseloadWindow *self,
                CaseloadStaff  *staff)
{
  if (self->state == CASELOAD_WINDOW_LOCKED &&
      g_strcmp0 (self->locked_staff_id, caseload_staff_get_id (staff)) == 0)
    {
      g_debug ("The same staff member signed in again: resuming");
      resume_session (self, staff);
    }
  else
    {
      g_debug ("A new session");
      start_session (self, staff);
    }
}

static void
on_signed_in_cb (CaseloadSignInPage *page,
                 CaseloadStaff      *staff,
                 CaseloadWindow     *self)
{
  if (caseload_staff_get_must_change_password (staff))
    {
      caseload_password_page_start (self->password_page, staff);
      gtk_stack_set_visible_child_name (self->main_stack, "password");
      gtk_widget_grab_focus (GTK_WIDGET (self->password_page));
      return;
    }

  finish_sign_in (self, staff);
}

static void
on_password_changed_cb (CaseloadPasswordPage *page,
                        CaseloadStaff        *staff,
                        CaseloadWindow       *self)
{
  finish_sign_in (self, staff);
}

/* Back to the sign-in page as it was: still locked, if it was. */
static void
on_password_cancelled_cb (CaseloadPasswordPage *page,
                          CaseloadWindow       *self)
{
  CaseloadStaff *actor = caseload_context_get_actor (self->context);
  gboolean locked = self->state == CASELOAD_WINDOW_LOCKED;

  show_sign_in (self, locked, locked && actor != NULL ? caseload_staff_get_username (actor) : NULL);
}

static void
on_close_locked_response_cb (AdwMessageDialog *dialog,
                             const char       *response,
                             CaseloadWindow   *self)
{
  if (g_strcmp0 (response, "close") != 0)
    return;

  destroy_hidden_windows (self);
  gtk_window_close (GTK_WINDOW (self));
}

void
_caseload_window_class_session_init (CaseloadWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_bind_template_callback (widget_class, on_signed_in_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_password_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_password_cancelled_cb);
}

void
_caseload_window_session_init (CaseloadWindow *self)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  CaseloadStaff *actor = caseload_context_get_actor (self->context);

  self->hidden_windows = g_ptr_array_new_with_free_func (g_object_unref);

  g_signal_connect_object (toplevels, "items-changed", G_CALLBACK (on_toplevels_changed_cb),
                           self, G_CONNECT_SWAPPED);
  on_toplevels_changed_cb (self, 0, 0, g_list_model_get_n_items (toplevels), toplevels);

  /* Signed in already: a test's context, nobody typed a password. */
  if (actor != NULL)
    start_session (self, actor);
  else
    show_sign_in (self, FALSE, NULL);
}

void
_caseload_window_session_dispose (CaseloadWindow *self)
{
  stop_idle_watch (self);
  g_clear_weak_pointer (&self->focus_before_lock);
  g_clear_pointer (&self->locked_staff_id, g_free);
  g_clear_object (&self->pending_store);

  /* Still hidden when the window goes: they go too, unseen. */
  if (self->hidden_windows != NULL)
    destroy_hidden_windows (self);
  g_clear_pointer (&self->hidden_windows, g_ptr_array_unref);
}

void
_caseload_window_lock (CaseloadWindow     *self,
                       CaseloadLockReason  reason)
{
  g_autoptr(CaseloadStaff) actor = NULL;
  g_autoptr(GPtrArray) windows = NULL;
  GtkWidget *focus;

  if (self->state != CASELOAD_WINDOW_SIGNED_IN || caseload_context_get_actor (self->context) == NULL)
    return;

  /* Held: the sign-in page may take the desk's new database, which forgets the actor. */
  actor = g_object_ref (caseload_context_get_actor (self->context));

  g_debug ("Locking (%d)", reason);

  self->state = CASELOAD_WINDOW_LOCKED;
  g_free (self->locked_staff_id);
  self->locked_staff_id = g_strdup (caseload_staff_get_id (actor));

  focus = gtk_window_get_focus (GTK_WINDOW (self));
  g_set_weak_pointer (&self->focus_before_lock, focus);

  /* Hidden, not closed: no question about discarding, nothing lost. */
  windows = collect_windows (self);
  for (guint i = 0; i < windows->len; i++)
    {
      GtkWindow *window = g_ptr_array_index (windows, i);

      gtk_widget_set_visible (GTK_WIDGET (window), FALSE);
      g_ptr_array_add (self->hidden_windows, g_object_ref (window));
    }

  /* A temporary password copied a moment ago must not wait for the next person. */
  {
    GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (self));

    if (gdk_clipboard_is_local (clipboard))
      gdk_clipboard_set_content (clipboard, NULL);
  }

  /* Audited in the session's own store, before the sign-in page may change it. */
  if (reason == CASELOAD_LOCK_SWITCH_USER)
    record_event (self, actor, "sign-out", NULL);
  else if (reason == CASELOAD_LOCK_IDLE)
    record_event (self, actor, "lock", "{\"reason\":\"idle\"}");
  else
    record_event (self, actor, "lock", NULL);

  show_sign_in (self, reason != CASELOAD_LOCK_SWITCH_USER,
                reason != CASELOAD_LOCK_SWITCH_USER ? caseload_staff_get_username (actor) : NULL);
}

gboolean
_caseload_window_close_locked (CaseloadWindow *self)
{
  AdwMessageDialog *dialog;

  if (self->state != CASELOAD_WINDOW_LOCKED || self->hidden_windows->len == 0)
    return FALSE;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Discard Work Left Open?"),
                                                       _("Caseload was locked with forms still open. "
                                                         "Closing it now discards anything in them that was not saved.")));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "close", _("_Discard and Close"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "close", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_close_locked_response_cb), self, 0);
  /* The lock screen's own question, about no one's record: let it show. */
  g_object_set_data (G_OBJECT (dialog), LOCK_SCREEN_KEY, GINT_TO_POINTER (TRUE));
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

void
caseload_window_lock (CaseloadWindow *self)
{
  g_return_if_fail (CASELOAD_IS_WINDOW (self));

  _caseload_window_lock (self, CASELOAD_LOCK_USER);
}

gboolean
caseload_window_get_signed_in (CaseloadWindow *self)
{
  g_return_val_if_fail (CASELOAD_IS_WINDOW (self), FALSE);

  return self->state == CASELOAD_WINDOW_SIGNED_IN;
}

gboolean
caseload_window_get_locked (CaseloadWindow *self)
{
  g_return_val_if_fail (CASELOAD_IS_WINDOW (self), FALSE);

  return self->state == CASELOAD_WINDOW_LOCKED;
}

gboolean
caseload_window_check_idle (CaseloadWindow *self)
{
  g_autoptr(GDateTime) now = NULL;
  GTimeSpan idle;

  g_return_val_if_fail (CASELOAD_IS_WINDOW (self), FALSE);

  if (self->state != CASELOAD_WINDOW_SIGNED_IN || self->last_activity == NULL)
    return FALSE;

  now = caseload_clock_now (caseload_context_get_clock (self->context));
  idle = g_date_time_difference (now, self->last_activity);

  /* A clock set back is not idleness: start counting again from now. */
  if (idle < 0)
    {
      g_clear_pointer (&self->last_activity, g_date_time_unref);
      self->last_activity = g_steal_pointer (&now);
      return FALSE;
    }

  if (idle < (GTimeSpan) self->idle_lock_minutes * G_TIME_SPAN_MINUTE)
    return FALSE;

  _caseload_window_lock (self, CASELOAD_LOCK_IDLE);
  return TRUE;
}

CaseloadStore *
caseload_window_get_pending_store (CaseloadWindow *self)
{
  g_return_val_if_fail (CASELOAD_IS_WINDOW (self), NULL);

  return self->pending_store;
}

void
caseload_window_set_pending_store (CaseloadWindow *self,
                                   CaseloadStore  *store)
{
  g_return_if_fail (CASELOAD_IS_WINDOW (self));
  g_return_if_fail (CASELOAD_IS_STORE (store));

  if (store == caseload_context_get_store (self->context))
    {
      g_clear_object (&self->pending_store);
      return;
    }

  g_set_object (&self->pending_store, store);
  apply_pending_store (self);
}
