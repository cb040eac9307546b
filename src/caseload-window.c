/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-window"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-entry-form.h"
#include "caseload-person-form.h"
#include "caseload-person-row.h"
#include "caseload-window-private.h"

#define SCHEMA_ID "io.github.pcnmh.Caseload"

/* Arrowing through the list opens the person it stops on, not every person on the
 * way (each open is a view in the audit trail). */
#define KEYBOARD_OPEN_DELAY_MS 300
#define KEYBOARD_WINDOW_US     (100 * G_TIME_SPAN_MILLISECOND)
#define SEARCH_HISTORY_MAX     20
#define DEFAULT_IDLE_LOCK_MINUTES 5

G_DEFINE_FINAL_TYPE (CaseloadWindow, caseload_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_IDLE_LOCK_MINUTES,
  PROP_CONNECTION_LOST,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void open_selected (CaseloadWindow *self, gboolean show);

/* The settings, when the schema is installed (it is not in every test run). */
static GSettings *
load_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, SCHEMA_ID, TRUE);

  if (schema == NULL)
    {
      g_debug ("Schema %s is not installed; window state will not be kept", SCHEMA_ID);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}

void
_caseload_window_update_sidebar (CaseloadWindow *self)
{
  guint n_items;
  gboolean loading;
  const char *search;
  gboolean searching;
  g_autofree char *count = NULL;
  g_autofree char *number = NULL;
  const char *page;

  if (self->people == NULL)
    {
      gtk_label_set_text (self->count_label, "");
      return;
    }

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->people));
  loading = caseload_person_list_get_loading (self->people);
  search = caseload_person_list_get_search (self->people);
  searching = search != NULL && *search != '\0';

  if (caseload_person_list_get_error (self->people) != NULL && n_items > 0 &&
      caseload_person_list_error_matches (self->people, CASELOAD_ERROR, CASELOAD_ERROR_CONNECTION))
    /* The banner says the connection is lost; the list keeps what it had. */
    page = "list";
  else if (caseload_person_list_get_error (self->people) != NULL)
    {
      /* Rows that cannot be read would say "Loading…" for ever; say what is wrong. */
      adw_status_page_set_description (self->read_error_page, caseload_person_list_get_error (self->people));
      page = "error";
    }
  else if (n_items > 0)
    page = "list";
  else if (loading)
    page = "loading";
  else if (searching)
    page = "no-matches";
  else
    page = "empty";

  gtk_stack_set_visible_child_name (self->sidebar_stack, page);

  /* Another list on show: its own count line. */
  if (!_caseload_window_showing_people (self))
    {
      gtk_label_set_text (self->count_label, _caseload_window_get_list_summary (self));
      return;
    }

  /* %'u groups the digits as the locale does: "1,234". */
  number = g_strdup_printf ("%'u", n_items);
  if (loading && n_items == 0)
    count = g_strdup (_("Loading…"));
  else if (searching)
    /* Translators: %s is a number, already formatted */
    count = g_strdup_printf (ngettext ("%s match", "%s matches", n_items), number);
  else
    /* Translators: %s is a number, already formatted */
    count = g_strdup_printf (ngettext ("%s person", "%s people", n_items), number);

  gtk_label_set_text (self->count_label, count);
}

static void
update_actor (CaseloadWindow *self)
{
  CaseloadStaff *actor = caseload_context_get_actor (self->context);
  g_autofree char *subtitle = NULL;

  if (actor != NULL)
    {
      const char *organisation = caseload_staff_get_organisation_name (actor);

      if (organisation != NULL && *organisation != '\0')
        /* Translators: who is using this desk: "Priya Shah · EPUT Community Mental Health" */
        subtitle = g_strdup_printf (_("%s · %s"), caseload_staff_get_display_name (actor), organisation);
      else
        subtitle = g_strdup (caseload_staff_get_display_name (actor));
    }

  adw_window_title_set_subtitle (self->sidebar_title, subtitle);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->sidebar_title), subtitle);
}

static void
update_switcher_bar (CaseloadWindow *self)
{
  gboolean has_person = self->person_page != NULL && caseload_person_page_get_person (self->person_page) != NULL;

  adw_view_switcher_bar_set_reveal (self->switcher_bar,
                                    has_person && adw_view_switcher_title_get_title_visible (self->switcher_title));
}

static void
restore_state (CaseloadWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  width = g_settings_get_int (self->settings, "window-width");
  height = g_settings_get_int (self->settings, "window-height");
  if (width > 0 && height > 0)
    gtk_window_set_default_size (GTK_WINDOW (self), width, height);

  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  g_settings_bind (self->settings, "idle-lock-minutes", self, "idle-lock-minutes", G_SETTINGS_BIND_GET);
}

static void
save_state (CaseloadWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));

  if (gtk_window_is_maximized (GTK_WINDOW (self)))
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  if (width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
}

static void
on_selected_person_loaded_cb (CaseloadPerson *person,
                              GParamSpec     *pspec,
                              CaseloadWindow *self)
{
  g_signal_handlers_disconnect_by_func (person, on_selected_person_loaded_cb, self);

  if (caseload_person_get_loaded (person) &&
      gtk_single_selection_get_selected_item (self->selection) == (gpointer) person)
    open_selected (self, self->show_when_loaded);
}

/* Opens the selected person; with @show, brings the page into view when the window
 * is too narrow for both panes. */
static void
open_selected (CaseloadWindow *self,
               gboolean        show)
{
  CaseloadPerson *person = gtk_single_selection_get_selected_item (self->selection);

  g_clear_handle_id (&self->open_source, g_source_remove);

  if (person == NULL)
    return;

  /* Clicked before its page arrived: open it when it does. */
  if (!caseload_person_get_loaded (person))
    {
      self->show_when_loaded = show;
      g_signal_handlers_disconnect_by_func (person, on_selected_person_loaded_cb, self);
      g_signal_connect_object (person, "notify::loaded", G_CALLBACK (on_selected_person_loaded_cb), self, 0);
      return;
    }

  g_free (self->selected_id);
  self->selected_id = g_strdup (caseload_person_get_id (person));
  self->selected_position = gtk_single_selection_get_selected (self->selection);

  _caseload_window_remember_search (self);
  _caseload_window_open_person (self, caseload_person_get_id (person), show);
}

static void
open_first (CaseloadWindow *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->people)) == 0)
    return;

  self->last_navigation_key = 0;
  gtk_single_selection_set_selected (self->selection, 0);
  open_selected (self, TRUE);
}

static void
on_reselect_loaded_cb (CaseloadPerson *person,
                       GParamSpec     *pspec,
                       CaseloadWindow *self)
{
  g_autoptr(CaseloadPerson) at_position = NULL;

  g_signal_handlers_disconnect_by_func (person, on_reselect_loaded_cb, self);

  if (gtk_single_selection_get_selected_item (self->selection) != NULL ||
      self->selected_position >= g_list_model_get_n_items (G_LIST_MODEL (self->people)))
    return;

  at_position = g_list_model_get_item (G_LIST_MODEL (self->people), self->selected_position);
  if (at_position == person && g_strcmp0 (caseload_person_get_id (person), self->selected_id) == 0 &&
      g_strcmp0 (caseload_person_get_id (person), caseload_person_page_get_person_id (self->person_page)) == 0)
    gtk_single_selection_set_selected (self->selection, self->selected_position);
}

/* The list was refilled (a reload, a new search) and the selection went with it: if the
 * open person is still in the same place, select them again. */
static void
on_selection_items_changed_cb (CaseloadWindow *self)
{
  g_autoptr(CaseloadPerson) person = NULL;

  if (self->open_first_pending && !caseload_person_list_get_loading (self->people))
    {
      self->open_first_pending = FALSE;
      open_first (self);
      return;
    }

  if (gtk_single_selection_get_selected_item (self->selection) != NULL || self->selected_id == NULL ||
      self->selected_position >= g_list_model_get_n_items (G_LIST_MODEL (self->people)))
    return;

  person = g_list_model_get_item (G_LIST_MODEL (self->people), self->selected_position);
  if (caseload_person_get_loaded (person))
    on_reselect_loaded_cb (person, NULL, self);
  else
    g_signal_connect_object (person, "notify::loaded", G_CALLBACK (on_reselect_loaded_cb), self, 0);
}

static gboolean
open_selected_cb (gpointer user_data)
{
  CaseloadWindow *self = user_data;

  self->open_source = 0;
  open_selected (self, FALSE);

  return G_SOURCE_REMOVE;
}

static void
on_people_changed_cb (CaseloadWindow *self)
{
  /* A search whose count failed has no first person to open, now or after Try Again. */
  if (caseload_person_list_get_error (self->people) != NULL)
    self->open_first_pending = FALSE;
  _caseload_window_connection_check_list (self);
  _caseload_window_update_sidebar (self);
}

static void
on_selected_item_changed_cb (GtkSingleSelection *selection,
                             GParamSpec         *pspec,
                             CaseloadWindow     *self)
{
  gboolean by_keyboard;

  /* Nothing selected (a new search, a reload): the open record stays open. */
  if (gtk_single_selection_get_selected_item (selection) == NULL)
    {
      g_clear_handle_id (&self->open_source, g_source_remove);
      return;
    }

  by_keyboard = g_get_monotonic_time () - self->last_navigation_key < KEYBOARD_WINDOW_US;

  if (by_keyboard)
    {
      g_clear_handle_id (&self->open_source, g_source_remove);
      self->open_source = g_timeout_add (KEYBOARD_OPEN_DELAY_MS, open_selected_cb, self);
    }
  else
    open_selected (self, TRUE);
}

static gboolean
on_list_key_pressed_cb (GtkEventControllerKey *controller,
                        guint                  keyval,
                        guint                  keycode,
                        GdkModifierType        state,
                        CaseloadWindow        *self)
{
  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_Down:
    case GDK_KEY_KP_Up:
    case GDK_KEY_KP_Down:
    case GDK_KEY_Page_Up:
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Up:
    case GDK_KEY_KP_Page_Down:
    case GDK_KEY_Home:
    case GDK_KEY_End:
    case GDK_KEY_KP_Home:
    case GDK_KEY_KP_End:
      self->last_navigation_key = g_get_monotonic_time ();
      break;

    default:
      break;
    }

  return GDK_EVENT_PROPAGATE;
}

/* Enter or a double click: open now, and show the page when folded. */
static void
on_list_activated_cb (GtkListView    *list_view,
                      guint           position,
                      CaseloadWindow *self)
{
  self->last_navigation_key = 0;

  if (gtk_single_selection_get_selected (self->selection) != position)
    gtk_single_selection_set_selected (self->selection, position);

  open_selected (self, TRUE);
}

static void
on_person_item_setup_cb (GtkSignalListItemFactory *factory,
                         GtkListItem              *list_item,
                         CaseloadWindow           *self)
{
  gtk_list_item_set_child (list_item, caseload_person_row_new (caseload_context_get_clock (self->context)));
}

static void
on_person_item_bind_cb (GtkSignalListItemFactory *factory,
                        GtkListItem              *list_item,
                        CaseloadWindow           *self)
{
  caseload_person_row_set_person (CASELOAD_PERSON_ROW (gtk_list_item_get_child (list_item)),
                                  gtk_list_item_get_item (list_item));
}

static void
on_person_item_unbind_cb (GtkSignalListItemFactory *factory,
                          GtkListItem              *list_item,
                          CaseloadWindow           *self)
{
  caseload_person_row_set_person (CASELOAD_PERSON_ROW (gtk_list_item_get_child (list_item)), NULL);
}

static void
on_search_changed_cb (GtkSearchEntry *entry,
                      CaseloadWindow *self)
{
  g_autofree char *text = NULL;

  if (self->people == NULL)
    return;

  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  if (!_caseload_window_showing_people (self))
    {
      _caseload_window_search_list (self, text);
      return;
    }

  /* Typing on after Enter means they no longer want the first match. */
  if (g_strcmp0 (*text != '\0' ? text : NULL, caseload_person_list_get_search (self->people)) != 0)
    self->open_first_pending = FALSE;

  caseload_person_list_set_search (self->people, text);
}

/* Enter in the search: open the first match, as GNUmed's search does; if the results
 * for what was typed are still on their way, when they arrive. */
static void
on_search_activated_cb (GtkSearchEntry *entry,
                        CaseloadWindow *self)
{
  if (self->people == NULL)
    return;

  /* Another list: Enter goes to its rows. */
  if (!_caseload_window_showing_people (self))
    {
      _caseload_window_focus_list (self);
      return;
    }

  caseload_person_list_set_search (self->people, gtk_editable_get_text (GTK_EDITABLE (entry)));

  if (caseload_person_list_get_loading (self->people))
    self->open_first_pending = TRUE;
  else
    open_first (self);
}

static void
on_search_stopped_cb (GtkSearchEntry *entry,
                      CaseloadWindow *self)
{
  if (*gtk_editable_get_text (GTK_EDITABLE (entry)) == '\0')
    return;

  _caseload_window_remember_search (self);
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
recall_search (CaseloadWindow *self)
{
  const char *current = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  while (self->history_position > 0)
    {
      const char *previous = g_ptr_array_index (self->search_history, --self->history_position);

      if (g_strcmp0 (previous, current) != 0)
        {
          gtk_editable_set_text (GTK_EDITABLE (self->search_entry), previous);
          gtk_editable_set_position (GTK_EDITABLE (self->search_entry), -1);
          return;
        }
    }

  gtk_widget_error_bell (GTK_WIDGET (self->search_entry));
}

/* Up recalls the searches before this one; Down goes to the results. */
static gboolean
on_search_key_pressed_cb (GtkEventControllerKey *controller,
                          guint                  keyval,
                          guint                  keycode,
                          GdkModifierType        state,
                          CaseloadWindow        *self)
{
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      recall_search (self);
      return GDK_EVENT_STOP;

    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      if (!_caseload_window_showing_people (self))
        return _caseload_window_focus_list (self) ? GDK_EVENT_STOP : GDK_EVENT_PROPAGATE;
      if (self->people == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->people)) == 0)
        return GDK_EVENT_PROPAGATE;
      gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
      return GDK_EVENT_STOP;

    default:
      return GDK_EVENT_PROPAGATE;
    }
}

static void
on_page_person_changed_cb (CaseloadPersonPage *page,
                           GParamSpec         *pspec,
                           CaseloadWindow     *self)
{
  CaseloadPerson *person = caseload_person_page_get_person (page);

  adw_view_switcher_title_set_title (self->switcher_title,
                                     person != NULL ? caseload_person_get_display_name (person) : NULL);
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, person != NULL);
  update_switcher_bar (self);
  _caseload_window_update_actions (self);
}

static void
on_switcher_title_visible_cb (AdwViewSwitcherTitle *title,
                              GParamSpec           *pspec,
                              CaseloadWindow       *self)
{
  update_switcher_bar (self);
}

static void
on_toast_dismissed_cb (AdwToast       *toast,
                       CaseloadWindow *self)
{
  /* Also called while the window is disposed, after the list has gone. */
  if (self->toasts != NULL)
    g_ptr_array_remove (self->toasts, toast);
}

static void
dismiss_toasts (CaseloadWindow *self)
{
  g_autoptr(GPtrArray) toasts = g_steal_pointer (&self->toasts);

  self->toasts = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < toasts->len; i++)
    adw_toast_dismiss (g_ptr_array_index (toasts, i));
}

static gboolean
caseload_window_close_request (GtkWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  g_autoptr(GPtrArray) forms = g_ptr_array_new_with_free_func (g_object_unref);

  /* Locked over someone's forms: they stay hidden, and closing asks before they go. */
  if (_caseload_window_close_locked (CASELOAD_WINDOW (window)))
    return TRUE;

  /* Forms open on this window close first; one with typed text asks, and the window
   * stays until it is answered. */
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) other = g_list_model_get_item (toplevels, i);

      if ((CASELOAD_IS_PERSON_FORM (other) || CASELOAD_IS_ENTRY_FORM (other)) &&
          gtk_window_get_transient_for (other) == window)
        g_ptr_array_add (forms, g_object_ref (other));
    }
  for (guint i = 0; i < forms->len; i++)
    gtk_window_close (g_ptr_array_index (forms, i));
  for (guint i = 0; i < forms->len; i++)
    if (gtk_widget_get_visible (g_ptr_array_index (forms, i)))
      {
        gtk_window_present (g_ptr_array_index (forms, i));
        return TRUE;
      }

  save_state (CASELOAD_WINDOW (window));

  return GTK_WINDOW_CLASS (caseload_window_parent_class)->close_request (window);
}

static void
caseload_window_constructed (GObject *object)
{
  CaseloadWindow *self = (CaseloadWindow *)object;

  G_OBJECT_CLASS (caseload_window_parent_class)->constructed (object);

  g_return_if_fail (self->context != NULL);

  self->settings = load_settings ();

  g_signal_connect_object (self->selection, "items-changed", G_CALLBACK (on_selection_items_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "notify::actor", G_CALLBACK (update_actor),
                           self, G_CONNECT_SWAPPED);

  caseload_sign_in_page_set_context (self->sign_in_page, self->context);
  caseload_password_page_set_context (self->password_page, self->context);

  update_actor (self);
  _caseload_window_update_sidebar (self);
  restore_state (self);

  _caseload_window_connection_init (self);

  /* Signed in already (tests), or the sign-in page. */
  _caseload_window_session_init (self);
}

static void
caseload_window_dispose (GObject *object)
{
  CaseloadWindow *self = (CaseloadWindow *)object;

  g_clear_handle_id (&self->open_source, g_source_remove);
  _caseload_window_connection_dispose (self);
  _caseload_window_session_dispose (self);
  _caseload_window_lists_dispose (self);

  if (self->people != NULL)
    g_signal_handlers_disconnect_by_data (self->people, self);
  if (self->person_page != NULL)
    g_signal_handlers_disconnect_by_data (self->person_page, self);
  self->person_page = NULL;

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_WINDOW);

  g_clear_object (&self->people);
  g_clear_object (&self->settings);
  g_clear_object (&self->context);
  g_clear_pointer (&self->search_history, g_ptr_array_unref);
  g_clear_pointer (&self->toasts, g_ptr_array_unref);
  g_clear_pointer (&self->selected_id, g_free);

  G_OBJECT_CLASS (caseload_window_parent_class)->dispose (object);
}

static void
caseload_window_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CaseloadWindow *self = CASELOAD_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_IDLE_LOCK_MINUTES:
      g_value_set_int (value, self->idle_lock_minutes);
      break;

    case PROP_CONNECTION_LOST:
      g_value_set_boolean (value, self->connection_lost);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_window_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CaseloadWindow *self = CASELOAD_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    case PROP_IDLE_LOCK_MINUTES:
      if (self->idle_lock_minutes != g_value_get_int (value))
        {
          self->idle_lock_minutes = g_value_get_int (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_window_class_init (CaseloadWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = caseload_window_constructed;
  object_class->dispose = caseload_window_dispose;
  object_class->get_property = caseload_window_get_property;
  object_class->set_property = caseload_window_set_property;

  window_class->close_request = caseload_window_close_request;

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         CASELOAD_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /* How long the desk may sit untouched before it locks; GSettings idle-lock-minutes. */
  properties [PROP_IDLE_LOCK_MINUTES] =
    g_param_spec_int ("idle-lock-minutes", NULL, NULL,
                      1, 120, DEFAULT_IDLE_LOCK_MINUTES,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_CONNECTION_LOST] =
    g_param_spec_boolean ("connection-lost", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CASELOAD_TYPE_PASSWORD_PAGE);
  g_type_ensure (CASELOAD_TYPE_PERSON_PAGE);
  g_type_ensure (CASELOAD_TYPE_SIGN_IN_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pcnmh/Caseload/caseload-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, sign_in_page);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, password_page);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, connection_revealer);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, connection_spinner);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, content);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, read_error_page);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, list_view);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, selection);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, count_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, CaseloadWindow, person_bin);
  gtk_widget_class_bind_template_callback (widget_class, on_selected_item_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_key_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_person_item_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_person_item_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_person_item_unbind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_stopped_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_key_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_switcher_title_visible_cb);

  _caseload_window_class_actions_init (klass);
  _caseload_window_class_lists_init (klass);
  _caseload_window_class_connection_init (klass);
  _caseload_window_class_session_init (klass);
}

static void
caseload_window_init (CaseloadWindow *self)
{
  self->idle_lock_minutes = DEFAULT_IDLE_LOCK_MINUTES;
  self->selected_position = GTK_INVALID_LIST_POSITION;
  self->list_index = -1;
  self->search_history = g_ptr_array_new_with_free_func (g_free);
  self->toasts = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_widget_init_template (GTK_WIDGET (self));

#if DEVELOPMENT_BUILD
  /* The striped header bar: a development build is never mistaken for the real one. */
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif
}

CaseloadWindow *
caseload_window_new (GtkApplication  *app,
                     CaseloadContext *context)
{
  g_return_val_if_fail (app == NULL || GTK_IS_APPLICATION (app), NULL);
  g_return_val_if_fail (CASELOAD_IS_CONTEXT (context), NULL);

  return g_object_new (CASELOAD_TYPE_WINDOW,
                       "application", app,
                       "context", context,
                       NULL);
}

CaseloadContext *
caseload_window_get_context (CaseloadWindow *self)
{
  g_return_val_if_fail (CASELOAD_IS_WINDOW (self), NULL);

  return self->context;
}

void
caseload_window_add_toast (CaseloadWindow *self,
                           const char     *title)
{
  g_autofree char *escaped = NULL;
  AdwToast *toast;

  g_return_if_fail (CASELOAD_IS_WINDOW (self));
  g_return_if_fail (title != NULL);

  /* Toast titles are markup; names may hold "&". */
  escaped = g_markup_escape_text (title, -1);
  toast = adw_toast_new (escaped);

  /* Kept until dismissed, so the next person to sign in never sees it. */
  g_ptr_array_add (self->toasts, g_object_ref (toast));
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_toast_dismissed_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Remembers the search in the box for Up to recall later. */
void
_caseload_window_remember_search (CaseloadWindow *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));
  guint len = self->search_history->len;

  if (*text != '\0' &&
      (len == 0 || g_strcmp0 (g_ptr_array_index (self->search_history, len - 1), text) != 0))
    {
      if (len == SEARCH_HISTORY_MAX)
        g_ptr_array_remove_index (self->search_history, 0);
      g_ptr_array_add (self->search_history, g_steal_pointer (&text));
    }

  self->history_position = self->search_history->len;
}

void
_caseload_window_open_person (CaseloadWindow *self,
                              const char     *person_id,
                              gboolean        show)
{
  if (self->person_page == NULL)
    return;

  /* Whoever is opened is the one to select again after a reload, never an earlier
   * selection left at its old place in the list. */
  if (g_strcmp0 (self->selected_id, person_id) != 0)
    {
      g_free (self->selected_id);
      self->selected_id = g_strdup (person_id);
      self->selected_position = GTK_INVALID_LIST_POSITION;
    }

  caseload_person_page_open (self->person_page, person_id);
  gtk_stack_set_visible_child_name (self->content_stack, "person");
  /* Back from a group's page: the header names the person again. */
  on_page_person_changed_cb (self->person_page, NULL, self);

  /* Only when folded: an unfolded leaflet would also pull the focus across. */
  if (show && adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->content);
}

void
_caseload_window_set_caseload (CaseloadWindow *self,
                               CaseloadStaff  *actor)
{
  CaseloadPersonPage *page;
  AdwViewStack *view_stack;

  g_return_if_fail (CASELOAD_IS_WINDOW (self));
  g_return_if_fail (actor == NULL || CASELOAD_IS_STAFF (actor));

  /* Nothing of the previous caseload stays: not the list, the open record, the search,
   * the searches Up would recall, nor a toast naming someone. */
  g_clear_handle_id (&self->open_source, g_source_remove);
  self->open_first_pending = FALSE;
  self->last_navigation_key = 0;
  g_clear_pointer (&self->selected_id, g_free);
  self->selected_position = GTK_INVALID_LIST_POSITION;
  g_ptr_array_set_size (self->search_history, 0);
  self->history_position = 0;

  gtk_single_selection_set_model (self->selection, NULL);
  if (self->people != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->people, self);
      g_clear_object (&self->people);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");

  adw_view_switcher_title_set_stack (self->switcher_title, NULL);
  adw_view_switcher_bar_set_stack (self->switcher_bar, NULL);
  adw_view_switcher_title_set_title (self->switcher_title, NULL);
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, FALSE);
  if (self->person_page != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->person_page, self);
      self->person_page = NULL;
      adw_bin_set_child (self->person_bin, NULL);
    }

  _caseload_window_close_cohort (self);
  gtk_stack_set_visible_child_name (self->content_stack, "empty");
  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  dismiss_toasts (self);
  _caseload_window_connection_reset (self);

  if (actor != NULL)
    {
      self->people = caseload_person_list_new (caseload_context_get_store (self->context), actor);
      g_signal_connect_object (self->people, "items-changed", G_CALLBACK (on_people_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->people, "notify::loading", G_CALLBACK (on_people_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->people, "notify::error", G_CALLBACK (on_people_changed_cb),
                               self, G_CONNECT_SWAPPED);
      gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->people));

      page = CASELOAD_PERSON_PAGE (caseload_person_page_new ());
      gtk_widget_set_vexpand (GTK_WIDGET (page), TRUE);
      caseload_person_page_set_context (page, self->context);
      if (self->settings != NULL)
        g_settings_bind (self->settings, "last-view", page, "view", G_SETTINGS_BIND_DEFAULT);
      g_signal_connect_object (page, "notify::person", G_CALLBACK (on_page_person_changed_cb), self, 0);
      g_signal_connect_object (page, "notify::may-add", G_CALLBACK (_caseload_window_update_actions),
                               self, G_CONNECT_SWAPPED);
      adw_bin_set_child (self->person_bin, GTK_WIDGET (page));
      self->person_page = page;

      view_stack = caseload_person_page_get_view_stack (page);
      adw_view_switcher_title_set_stack (self->switcher_title, view_stack);
      adw_view_switcher_bar_set_stack (self->switcher_bar, view_stack);
    }

  _caseload_window_lists_set_actor (self, actor);
  _caseload_window_update_sidebar (self);
  update_switcher_bar (self);
  _caseload_window_update_actions (self);
}

CaseloadPersonList *
caseload_window_get_person_list (CaseloadWindow *self)
{
  g_return_val_if_fail (CASELOAD_IS_WINDOW (self), NULL);

  return self->people;
}

GtkSingleSelection *
caseload_window_get_selection (CaseloadWindow *self)
{
  g_return_val_if_fail (CASELOAD_IS_WINDOW (self), NULL);

  return self->selection;
}

GtkSearchEntry *
caseload_window_get_search_entry (CaseloadWindow *self)
{
  g_return_val_if_fail (CASELOAD_IS_WINDOW (self), NULL);

  return self->search_entry;
}

CaseloadPersonPage *
caseload_window_get_person_page (CaseloadWindow *self)
{
  g_return_val_if_fail (CASELOAD_IS_WINDOW (self), NULL);

  return self->person_page;
}

CaseloadSignInPage *
caseload_window_get_sign_in_page (CaseloadWindow *self)
{
  g_return_val_if_fail (CASELOAD_IS_WINDOW (self), NULL);

  return self->sign_in_page;
}

CaseloadPasswordPage *
caseload_window_get_password_page (CaseloadWindow *self)
{
  g_return_val_if_fail (CASELOAD_IS_WINDOW (self), NULL);

  return self->password_page;
}
