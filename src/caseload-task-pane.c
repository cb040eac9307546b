/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-task-pane"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-format.h"
#include "caseload-task-pane.h"
#include "caseload-task-row.h"
#include "caseload-worker.h"

/* One worker's open tasks are few; more than this is a backlog to clear, not scroll. */
#define MAX_TASKS 500

struct _CaseloadTaskPane
{
  GtkWidget           parent_instance;

  /* Owned */
  CaseloadContext    *context;
  GCancellable       *cancellable;     /* reads and saves; replaced with the context */
  GListStore         *tasks;
  GtkFilterListModel *filtered;
  GtkCustomFilter    *filter;
  char               *search;          /* casefolded, NULL: everything */
  char               *summary;
  gboolean            loading;
  gboolean            failed;          /* the last read failed: the error page says why */

  /* Template children */
  GtkRevealer        *message_revealer;
  GtkLabel           *message_label;
  GtkStack           *stack;
  GtkListBox         *list_box;
  AdwStatusPage      *error_page;
};

typedef struct {
  CaseloadStore *store;
  CaseloadStaff *actor;
  CaseloadTask  *task;   /* to save; NULL to read */
} TaskCall;

G_DEFINE_FINAL_TYPE (CaseloadTaskPane, caseload_task_pane, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
task_call_free (TaskCall *call)
{
  g_clear_object (&call->store);
  g_clear_object (&call->actor);
  g_clear_object (&call->task);
  g_free (call);
}

static TaskCall *
task_call_new (CaseloadTaskPane *self,
               CaseloadTask     *task)
{
  TaskCall *call = g_new0 (TaskCall, 1);

  call->store = g_object_ref (caseload_context_get_store (self->context));
  call->actor = caseload_worker_copy_staff (caseload_context_get_actor (self->context));
  call->task = task != NULL ? g_object_ref (task) : NULL;
  return call;
}

static gpointer
read_thread (gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  TaskCall *call = data;

  return caseload_store_list_tasks (call->store, call->actor, caseload_staff_get_id (call->actor),
                                    NULL, FALSE, 0, MAX_TASKS, error);
}

static gpointer
save_thread (gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  TaskCall *call = data;

  return caseload_store_save_task (call->store, call->actor, call->task, error) ? CASELOAD_WORKER_DONE : NULL;
}

static char *
today_iso (CaseloadTaskPane *self)
{
  GDate today;

  caseload_clock_today (caseload_context_get_clock (self->context), &today);
  return caseload_date_to_iso (&today);
}

static void
set_summary (CaseloadTaskPane *self,
             const char       *summary)
{
  if (g_strcmp0 (self->summary, summary) == 0)
    return;
  g_free (self->summary);
  self->summary = g_strdup (summary);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SUMMARY]);
}

static void
update (CaseloadTaskPane *self)
{
  GListModel *shown = G_LIST_MODEL (self->filtered);
  guint n_items = g_list_model_get_n_items (shown);
  g_autofree char *today = NULL;
  g_autofree char *count = NULL;
  guint n_overdue = 0;

  if (self->context == NULL)
    return;

  today = today_iso (self);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(CaseloadTask) task = g_list_model_get_item (shown, i);
      const char *due_on = caseload_task_get_due_on (task);

      if (due_on != NULL && strncmp (due_on, today, 10) < 0)
        n_overdue++;
    }

  if (n_items > 0)
    gtk_stack_set_visible_child_name (self->stack, "list");
  else if (self->loading)
    gtk_stack_set_visible_child_name (self->stack, "loading");
  else
    gtk_stack_set_visible_child_name (self->stack, self->failed ? "error" : "empty");

  /* Translators: how many open tasks the worker has */
  count = g_strdup_printf (ngettext ("%u open task", "%u open tasks", n_items), n_items);
  if (n_overdue > 0)
    {
      /* Translators: the count of open tasks, then how many are overdue: "5 open tasks · 2 overdue" */
      g_autofree char *text = g_strdup_printf (ngettext ("%s · %u overdue", "%s · %u overdue", n_overdue),
                                               count, n_overdue);
      set_summary (self, text);
    }
  else
    set_summary (self, self->loading && n_items == 0 ? _("Loading…") : count);
}

static void
show_message (CaseloadTaskPane *self,
              const char       *message)
{
  gtk_label_set_text (self->message_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->message_revealer, message != NULL);
}

static void
on_read_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(CaseloadTaskPane) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) tasks = caseload_worker_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->loading = FALSE;
  self->failed = tasks == NULL;
  if (tasks == NULL)
    {
      g_autofree char *message = caseload_format_read_error (error);

      g_debug ("Could not read the tasks (%s %d)", g_quark_to_string (error->domain), error->code);
      adw_status_page_set_description (self->error_page, message);
      update (self);
      return;
    }

  g_list_store_splice (self->tasks, 0, g_list_model_get_n_items (G_LIST_MODEL (self->tasks)),
                       tasks->pdata, tasks->len);
  update (self);
}

static void
on_saved_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(CaseloadTaskRow) row = user_data;
  CaseloadTaskPane *self = CASELOAD_TASK_PANE (source);
  g_autoptr(GError) error = NULL;
  CaseloadTask *task = caseload_task_row_get_task (row);
  guint position;

  if (caseload_worker_finish (result, &error) != NULL)
    {
      show_message (self, NULL);
      if (g_list_store_find (self->tasks, task, &position))
        g_list_store_remove (self->tasks, position);
      update (self);
      return;
    }

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  caseload_task_row_undo (row);
  if (g_error_matches (error, CASELOAD_ERROR, CASELOAD_ERROR_CONFLICT))
    {
      /* Someone else changed it (done it, moved it): show it as it is now. */
      show_message (self, _("Someone else changed this task since the list was read. The list now shows it as it is."));
      caseload_task_pane_reload (self);
    }
  else
    {
      g_autofree char *message = caseload_format_change_error (error);
      show_message (self, message);
    }
}

static void
on_task_done_cb (CaseloadTaskRow  *row,
                 CaseloadTaskPane *self)
{
  CaseloadTask *task = caseload_task_row_get_task (row);
  g_autoptr(CaseloadTask) done = caseload_task_new ();
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  /* A copy for the worker, with the version read, so the list keeps what it showed. */
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (task), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if ((pspecs[i]->flags & G_PARAM_WRITABLE) == 0)
        continue;
      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (task), pspecs[i]->name, &value);
      g_object_set_property (G_OBJECT (done), pspecs[i]->name, &value);
    }
  caseload_task_set_done (done, TRUE);

  caseload_worker_run (self, on_task_done_cb, save_thread, task_call_new (self, done),
                       (GDestroyNotify) task_call_free, NULL,
                       self->cancellable, on_saved_cb, g_object_ref (row));
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  CaseloadTaskPane *self = user_data;
  g_autofree char *today = today_iso (self);
  GtkWidget *row = caseload_task_row_new (item, today);

  g_signal_connect_object (row, "done", G_CALLBACK (on_task_done_cb), self, 0);
  return row;
}

static gboolean
match_task (gpointer item,
            gpointer user_data)
{
  CaseloadTaskPane *self = user_data;
  const char *const fields[] = {
    caseload_task_get_title (item),
    caseload_task_get_person_name (item),
  };

  return caseload_format_search_matches (self->search, fields, G_N_ELEMENTS (fields));
}

static void
on_row_activated_cb (CaseloadTaskPane *self,
                     GtkListBoxRow    *row)
{
  CaseloadTask *task = caseload_task_row_get_task (CASELOAD_TASK_ROW (row));

  gtk_widget_activate_action (GTK_WIDGET (self), "win.open-person", "s", caseload_task_get_person_id (task));
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  caseload_task_pane_reload (CASELOAD_TASK_PANE (widget));
}

static void
caseload_task_pane_dispose (GObject *object)
{
  CaseloadTaskPane *self = (CaseloadTaskPane *)object;
  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_TASK_PANE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->filtered);
  g_clear_object (&self->tasks);
  g_clear_object (&self->context);
  g_clear_pointer (&self->search, g_free);
  g_clear_pointer (&self->summary, g_free);

  G_OBJECT_CLASS (caseload_task_pane_parent_class)->dispose (object);
}

static void
caseload_task_pane_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CaseloadTaskPane *self = CASELOAD_TASK_PANE (object);

  switch (prop_id)
    {
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_task_pane_class_init (CaseloadTaskPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_task_pane_dispose;
  object_class->get_property = caseload_task_pane_get_property;

  properties [PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pcnmh/Caseload/caseload-task-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadTaskPane, message_revealer);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTaskPane, message_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTaskPane, stack);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTaskPane, list_box);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTaskPane, error_page);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "task-pane.reload", NULL, reload_action);
}

static void
caseload_task_pane_init (CaseloadTaskPane *self)
{
  self->summary = g_strdup ("");
  self->tasks = g_list_store_new (CASELOAD_TYPE_TASK);
  self->filter = gtk_custom_filter_new (match_task, self, NULL);
  /* The filter model owns the filter. */
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->tasks)), GTK_FILTER (self->filter));

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->filtered), create_row, self, NULL);
  g_signal_connect_object (self->filtered, "items-changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
}

/* For the context's actor (NULL: none, and forgets the last ones); read when shown. */
void
caseload_task_pane_set_context (CaseloadTaskPane *self,
                                CaseloadContext  *context)
{
  g_return_if_fail (CASELOAD_IS_TASK_PANE (self));
  g_return_if_fail (context == NULL || CASELOAD_IS_CONTEXT (context));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_set_object (&self->context, context);
  g_list_store_remove_all (self->tasks);
  show_message (self, NULL);
  g_clear_pointer (&self->search, g_free);
  set_summary (self, "");
}

void
caseload_task_pane_set_search (CaseloadTaskPane *self,
                               const char       *search)
{
  g_return_if_fail (CASELOAD_IS_TASK_PANE (self));

  g_free (self->search);
  self->search = caseload_format_search_key (search);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

void
caseload_task_pane_reload (CaseloadTaskPane *self)
{
  g_return_if_fail (CASELOAD_IS_TASK_PANE (self));

  if (self->context == NULL || caseload_context_get_actor (self->context) == NULL)
    return;

  self->loading = TRUE;
  update (self);
  caseload_worker_run (self, caseload_task_pane_reload, read_thread, task_call_new (self, NULL),
                       (GDestroyNotify) task_call_free, (GDestroyNotify) g_ptr_array_unref,
                       self->cancellable, on_read_cb, g_object_ref (self));
}

const char *
caseload_task_pane_get_summary (CaseloadTaskPane *self)
{
  g_return_val_if_fail (CASELOAD_IS_TASK_PANE (self), NULL);

  return self->summary;
}

GListModel *
caseload_task_pane_get_tasks (CaseloadTaskPane *self)
{
  g_return_val_if_fail (CASELOAD_IS_TASK_PANE (self), NULL);

  return G_LIST_MODEL (self->filtered);
}

gboolean
caseload_task_pane_get_loading (CaseloadTaskPane *self)
{
  g_return_val_if_fail (CASELOAD_IS_TASK_PANE (self), FALSE);

  return self->loading;
}
