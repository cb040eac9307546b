/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-case-pane"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-case-filter.h"
#include "caseload-case-pane.h"
#include "caseload-case-row-widget.h"

/* Arrowing through the list opens the person it stops on, not everyone on the way
 * (each open is a view in the audit trail), as in the People list. */
#define KEYBOARD_OPEN_DELAY_MS 300
#define KEYBOARD_WINDOW_US     (100 * G_TIME_SPAN_MILLISECOND)

struct _CaseloadCasePane
{
  GtkWidget           parent_instance;

  /* Owned */
  CaseloadContext    *context;
  CaseloadCaseList   *list;
  CaseloadCaseQuery  *query;
  GCancellable       *breached_cancellable;
  char               *summary;
  guint               n_breached;
  gboolean            shown;        /* a kind was chosen since the context was set */
  guint               open_source;
  gint64              last_navigation_key;

  /* Template children */
  GtkLabel           *filter_summary;
  GtkMenuButton      *filter_button;
  CaseloadCaseFilter *filter;
  GtkStack           *stack;
  GtkListView        *list_view;
  GtkSingleSelection *selection;
  AdwStatusPage      *empty_page;
  AdwStatusPage      *error_page;
};

G_DEFINE_FINAL_TYPE (CaseloadCasePane, caseload_case_pane, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
set_summary (CaseloadCasePane *self,
             const char       *summary)
{
  if (g_strcmp0 (self->summary, summary) == 0)
    return;
  g_free (self->summary);
  self->summary = g_strdup (summary);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SUMMARY]);
}

static void
update_summary (CaseloadCasePane *self)
{
  g_autofree char *number = NULL;
  g_autofree char *count = NULL;
  g_autofree char *breached = NULL;
  guint n_items;

  if (self->list == NULL)
    {
      set_summary (self, "");
      return;
    }

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->list));
  if (caseload_paged_list_get_loading (CASELOAD_PAGED_LIST (self->list)) && n_items == 0)
    {
      set_summary (self, _("Loading…"));
      return;
    }

  /* %'u groups the digits as the locale does: "1,234". */
  number = g_strdup_printf ("%'u", n_items);
  switch (self->query->kind)
    {
    case CASELOAD_LIST_WAITING:
      /* Translators: %s is a number, already formatted: "37 waiting" */
      count = g_strdup_printf (ngettext ("%s waiting", "%s waiting", n_items), number);
      break;
    case CASELOAD_LIST_UNALLOCATED:
      /* Translators: %s is a number, already formatted */
      count = g_strdup_printf (ngettext ("%s unallocated", "%s unallocated", n_items), number);
      break;
    case CASELOAD_LIST_TEAM_CASELOAD:
      /* Translators: %s is a number, already formatted */
      count = g_strdup_printf (ngettext ("%s allocation", "%s allocations", n_items), number);
      break;
    case CASELOAD_LIST_MY_CASELOAD:
    default:
      /* Translators: %s is a number, already formatted */
      count = g_strdup_printf (ngettext ("%s person", "%s people", n_items), number);
      break;
    }

  if (self->n_breached > 0)
    {
      g_autofree char *breached_number = g_strdup_printf ("%'u", self->n_breached);

      /* Translators: the count of a list, then how many of its clocks are breached: "37 waiting · 4 breached" */
      breached = g_strdup_printf (ngettext ("%s · %s breached", "%s · %s breached", self->n_breached),
                                  count, breached_number);
      set_summary (self, breached);
    }
  else
    set_summary (self, count);
}

static void
on_breached_counted_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(CaseloadCasePane) self = user_data;
  g_autoptr(GError) error = NULL;
  guint count = 0;

  if (!caseload_store_count_cases_finish (CASELOAD_STORE (source), result, &count, &error))
    {
      /* The list says what is wrong if the store is; the count line just leaves it out. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("Could not count the breached clocks (%s %d)", g_quark_to_string (error->domain), error->code);
      return;
    }

  self->n_breached = count;
  update_summary (self);
}

/* How many on the list have breached: counted in SQL like the list itself. */
static void
count_breached (CaseloadCasePane *self)
{
  g_autoptr(CaseloadCaseQuery) query = caseload_case_query_copy (self->query);

  g_cancellable_cancel (self->breached_cancellable);
  g_clear_object (&self->breached_cancellable);
  self->breached_cancellable = g_cancellable_new ();
  self->n_breached = 0;

  query->breach = CASELOAD_BREACH_FILTER_BREACHED;
  caseload_store_count_cases_async (caseload_context_get_store (self->context),
                                    caseload_context_get_actor (self->context), query,
                                    self->breached_cancellable, on_breached_counted_cb, g_object_ref (self));
}

static void
update_empty_page (CaseloadCasePane *self)
{
  gboolean narrowed = (self->query->search != NULL && *self->query->search != '\0') ||
                      caseload_case_filter_get_n_active (self->filter) > 0;
  const char *title;
  const char *description;

  if (narrowed)
    {
      adw_status_page_set_icon_name (self->empty_page, "system-search-symbolic");
      adw_status_page_set_title (self->empty_page, _("No Matches"));
      adw_status_page_set_description (self->empty_page, _("Try another search, or clear the filters"));
      return;
    }

  switch (self->query->kind)
    {
    case CASELOAD_LIST_WAITING:
      title = _("Nobody Waiting");
      description = _("Referrals waiting for triage or for help appear here, most urgent first");
      break;
    case CASELOAD_LIST_UNALLOCATED:
      title = _("Everyone Is Allocated");
      description = _("Accepted referrals with no named worker appear here");
      break;
    case CASELOAD_LIST_TEAM_CASELOAD:
      title = _("No Allocations");
      description = _("People allocated to workers in the team appear here");
      break;
    case CASELOAD_LIST_MY_CASELOAD:
    default:
      title = _("No One Allocated to You");
      description = _("People allocated to you appear here");
      break;
    }

  /* Nobody waiting or unallocated is good news; an empty caseload is just empty. */
  adw_status_page_set_icon_name (self->empty_page,
                                 self->query->kind == CASELOAD_LIST_WAITING || self->query->kind == CASELOAD_LIST_UNALLOCATED
                                 ? "object-select-symbolic" : "system-users-symbolic");
  adw_status_page_set_title (self->empty_page, title);
  adw_status_page_set_description (self->empty_page, description);
}

static void
update_stack (CaseloadCasePane *self)
{
  guint n_items;
  const char *page;

  if (self->list == NULL)
    return;

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->list));
  if (caseload_paged_list_get_error (CASELOAD_PAGED_LIST (self->list)) != NULL && n_items > 0 &&
      caseload_paged_list_error_matches (CASELOAD_PAGED_LIST (self->list), CASELOAD_ERROR, CASELOAD_ERROR_CONNECTION))
    /* The window's banner says the connection is lost; the list keeps what it had. */
    page = "list";
  else if (caseload_paged_list_get_error (CASELOAD_PAGED_LIST (self->list)) != NULL)
    {
      adw_status_page_set_description (self->error_page, caseload_paged_list_get_error (CASELOAD_PAGED_LIST (self->list)));
      page = "error";
    }
  else if (n_items > 0)
    page = "list";
  else if (caseload_paged_list_get_loading (CASELOAD_PAGED_LIST (self->list)))
    page = "loading";
  else
    {
      update_empty_page (self);
      page = "empty";
    }

  gtk_stack_set_visible_child_name (self->stack, page);
  update_summary (self);
}

static void
on_list_changed_cb (CaseloadCasePane *self)
{
  update_stack (self);
}

/* The order the list is in, in words. */
static const char *
describe_sort (const CaseloadCaseQuery *query)
{
  switch (query->sort)
    {
    case CASELOAD_CASE_SORT_NAME:
      return _("By name");
    case CASELOAD_CASE_SORT_WORKER:
      return _("By worker");
    case CASELOAD_CASE_SORT_WAIT:
      return _("Longest wait first");
    case CASELOAD_CASE_SORT_DUE:
      return _("Soonest due first");
    case CASELOAD_CASE_SORT_NEXT_REVIEW:
      return _("Soonest review first");
    case CASELOAD_CASE_SORT_LAST_CONTACT:
      return _("Longest since contact first");
    case CASELOAD_CASE_SORT_DEFAULT:
    default:
      if (query->kind == CASELOAD_LIST_WAITING)
        return _("Most urgent, then longest wait");
      if (query->kind == CASELOAD_LIST_TEAM_CASELOAD)
        return _("By worker");
      return _("By name");
    }
}

static void
update_filter_summary (CaseloadCasePane *self)
{
  guint n_active = caseload_case_filter_get_n_active (self->filter);
  g_autofree char *text = NULL;

  if (n_active > 0)
    /* Translators: the list's order, then how many filters narrow it: "By name · 2 filters on" */
    text = g_strdup_printf (ngettext ("%s · %u filter on", "%s · %u filters on", n_active),
                            describe_sort (self->query), n_active);
  else
    text = g_strdup (describe_sort (self->query));

  gtk_label_set_text (self->filter_summary, text);
}

/* The list, the first time it is shown for the context's actor. */
static void
ensure_list (CaseloadCasePane *self)
{
  CaseloadStaff *actor = self->context != NULL ? caseload_context_get_actor (self->context) : NULL;

  if (actor == NULL || self->list != NULL || !self->shown)
    return;

  caseload_case_filter_set_context (self->filter, self->context);
  self->list = caseload_case_list_new (caseload_context_get_store (self->context), actor, self->query);
  g_signal_connect_object (self->list, "items-changed", G_CALLBACK (on_list_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->list, "notify::loading", G_CALLBACK (on_list_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->list, "notify::error", G_CALLBACK (on_list_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->list));
  count_breached (self);
  update_stack (self);
}

/* The query from the kind, the search and the filters; the list counts again if it
 * changed. */
static void
requery (CaseloadCasePane *self)
{
  caseload_case_filter_apply (self->filter, self->query);
  update_filter_summary (self);

  if (self->list == NULL)
    {
      ensure_list (self);
      return;
    }

  if (!caseload_case_query_equal (caseload_case_list_get_query (self->list), self->query))
    {
      caseload_case_list_set_query (self->list, self->query);
      count_breached (self);
    }
  update_stack (self);
}

static void
on_filter_changed_cb (CaseloadCasePane *self)
{
  requery (self);
}

static void
open_selected (CaseloadCasePane *self);

static void
on_selected_row_loaded_cb (CaseloadCaseRow  *row,
                           GParamSpec       *pspec,
                           CaseloadCasePane *self)
{
  g_signal_handlers_disconnect_by_func (row, on_selected_row_loaded_cb, self);

  if (caseload_case_row_get_loaded (row) && gtk_single_selection_get_selected_item (self->selection) == (gpointer) row)
    open_selected (self);
}

static void
open_selected (CaseloadCasePane *self)
{
  CaseloadCaseRow *row = gtk_single_selection_get_selected_item (self->selection);

  g_clear_handle_id (&self->open_source, g_source_remove);

  if (row == NULL)
    return;

  /* Chosen before its page arrived: open it when it does. */
  if (!caseload_case_row_get_loaded (row))
    {
      g_signal_handlers_disconnect_by_func (row, on_selected_row_loaded_cb, self);
      g_signal_connect_object (row, "notify::loaded", G_CALLBACK (on_selected_row_loaded_cb), self, 0);
      return;
    }

  gtk_widget_activate_action (GTK_WIDGET (self), "win.open-person", "s", caseload_case_row_get_person_id (row));
}

static gboolean
open_selected_cb (gpointer user_data)
{
  CaseloadCasePane *self = user_data;

  self->open_source = 0;
  open_selected (self);
  return G_SOURCE_REMOVE;
}

static void
on_selected_item_changed_cb (CaseloadCasePane *self)
{
  g_clear_handle_id (&self->open_source, g_source_remove);

  /* Nothing selected (a new query): the open record stays open. */
  if (gtk_single_selection_get_selected_item (self->selection) == NULL)
    return;

  if (g_get_monotonic_time () - self->last_navigation_key < KEYBOARD_WINDOW_US)
    self->open_source = g_timeout_add (KEYBOARD_OPEN_DELAY_MS, open_selected_cb, self);
  else
    open_selected (self);
}

static gboolean
on_list_key_pressed_cb (CaseloadCasePane *self,
                        guint             keyval)
{
  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_Down:
    case GDK_KEY_KP_Up:
    case GDK_KEY_KP_Down:
    case GDK_KEY_Page_Up:
    case GDK_KEY_Page_Down:
    case GDK_KEY_Home:
    case GDK_KEY_End:
      self->last_navigation_key = g_get_monotonic_time ();
      break;
    default:
      break;
    }

  return GDK_EVENT_PROPAGATE;
}

/* Enter or a double click: open now. */
static void
on_list_activated_cb (CaseloadCasePane *self,
                      guint             position)
{
  self->last_navigation_key = 0;
  if (gtk_single_selection_get_selected (self->selection) != position)
    gtk_single_selection_set_selected (self->selection, position);
  open_selected (self);
}

static void
on_item_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  CaseloadCasePane         *self)
{
  gtk_list_item_set_child (list_item, caseload_case_row_widget_new (caseload_context_get_clock (self->context)));
}

static void
on_item_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 CaseloadCasePane         *self)
{
  CaseloadCaseRowWidget *widget = CASELOAD_CASE_ROW_WIDGET (gtk_list_item_get_child (list_item));

  caseload_case_row_widget_set_mine (widget, self->query->kind == CASELOAD_LIST_MY_CASELOAD);
  caseload_case_row_widget_set_row (widget, gtk_list_item_get_item (list_item));
}

static void
on_item_unbind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   CaseloadCasePane         *self)
{
  caseload_case_row_widget_set_row (CASELOAD_CASE_ROW_WIDGET (gtk_list_item_get_child (list_item)), NULL);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  caseload_case_pane_reload (CASELOAD_CASE_PANE (widget));
}

static void
caseload_case_pane_dispose (GObject *object)
{
  CaseloadCasePane *self = (CaseloadCasePane *)object;
  GtkWidget *child;

  g_clear_handle_id (&self->open_source, g_source_remove);
  g_cancellable_cancel (self->breached_cancellable);
  g_clear_object (&self->breached_cancellable);
  if (self->list != NULL)
    g_signal_handlers_disconnect_by_data (self->list, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_CASE_PANE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->list);
  g_clear_object (&self->context);
  g_clear_pointer (&self->query, caseload_case_query_free);
  g_clear_pointer (&self->summary, g_free);

  G_OBJECT_CLASS (caseload_case_pane_parent_class)->dispose (object);
}

static void
caseload_case_pane_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CaseloadCasePane *self = CASELOAD_CASE_PANE (object);

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
caseload_case_pane_class_init (CaseloadCasePaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_case_pane_dispose;
  object_class->get_property = caseload_case_pane_get_property;

  properties [PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CASELOAD_TYPE_CASE_FILTER);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pcnmh/Caseload/caseload-case-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadCasePane, filter_summary);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCasePane, filter_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCasePane, filter);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCasePane, stack);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCasePane, list_view);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCasePane, selection);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCasePane, empty_page);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCasePane, error_page);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_selected_item_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_key_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_item_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_item_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_item_unbind_cb);

  gtk_widget_class_install_action (widget_class, "case-pane.reload", NULL, reload_action);
}

static void
caseload_case_pane_init (CaseloadCasePane *self)
{
  self->query = caseload_case_query_new (CASELOAD_LIST_MY_CASELOAD);
  self->summary = g_strdup ("");
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* For the context's actor (NULL: none); the list is read when first shown. */
void
caseload_case_pane_set_context (CaseloadCasePane *self,
                                CaseloadContext  *context)
{
  g_return_if_fail (CASELOAD_IS_CASE_PANE (self));
  g_return_if_fail (context == NULL || CASELOAD_IS_CONTEXT (context));

  gtk_single_selection_set_model (self->selection, NULL);
  if (self->list != NULL)
    g_signal_handlers_disconnect_by_data (self->list, self);
  g_clear_object (&self->list);
  g_cancellable_cancel (self->breached_cancellable);
  g_set_object (&self->context, context);
  g_free (self->query->search);
  self->query->search = NULL;
  self->n_breached = 0;
  self->shown = FALSE;
  caseload_case_filter_clear (self->filter);
  set_summary (self, "");
}

void
caseload_case_pane_set_kind (CaseloadCasePane     *self,
                             CaseloadCaseListKind  kind)
{
  g_return_if_fail (CASELOAD_IS_CASE_PANE (self));

  self->query->kind = kind;
  self->shown = TRUE;
  /* My caseload is one worker's by definition. */
  caseload_case_filter_set_show_worker (self->filter, kind != CASELOAD_LIST_MY_CASELOAD);
  requery (self);
}

void
caseload_case_pane_set_search (CaseloadCasePane *self,
                               const char       *search)
{
  g_autofree char *trimmed = NULL;

  g_return_if_fail (CASELOAD_IS_CASE_PANE (self));

  trimmed = g_strstrip (g_strdup (search != NULL ? search : ""));
  g_free (self->query->search);
  self->query->search = *trimmed != '\0' ? g_steal_pointer (&trimmed) : NULL;
  requery (self);
}

const char *
caseload_case_pane_get_summary (CaseloadCasePane *self)
{
  g_return_val_if_fail (CASELOAD_IS_CASE_PANE (self), NULL);

  return self->summary;
}

gboolean
caseload_case_pane_focus_list (CaseloadCasePane *self)
{
  g_return_val_if_fail (CASELOAD_IS_CASE_PANE (self), FALSE);

  if (self->list == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->list)) == 0)
    return FALSE;
  return gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

void
caseload_case_pane_reload (CaseloadCasePane *self)
{
  g_return_if_fail (CASELOAD_IS_CASE_PANE (self));

  if (self->list == NULL)
    return;
  caseload_paged_list_reload (CASELOAD_PAGED_LIST (self->list));
  count_breached (self);
}

CaseloadCaseList *
caseload_case_pane_get_list (CaseloadCasePane *self)
{
  g_return_val_if_fail (CASELOAD_IS_CASE_PANE (self), NULL);

  return self->list;
}

GtkWidget *
caseload_case_pane_get_filter (CaseloadCasePane *self)
{
  g_return_val_if_fail (CASELOAD_IS_CASE_PANE (self), NULL);

  return GTK_WIDGET (self->filter);
}
