/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-entry-form"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-discard.h"
#include "caseload-entry-form.h"
#include "caseload-field-error-row.h"
#include "caseload-format.h"

struct _CaseloadEntryForm
{
  AdwWindow              parent_instance;

  /* Owned */
  CaseloadContext       *context;
  CaseloadPerson        *person;
  CaseloadTimelineEntry *saving_entry;
  GCancellable          *cancellable;
  guint                  saving : 1;
  guint                  saved : 1;
  guint                  when_touched : 1;
  guint                  text_touched : 1;

  /* Template children */
  AdwWindowTitle        *window_title;
  GtkWidget             *save_button;
  GtkRevealer           *banner_revealer;
  GtkLabel              *banner_label;
  AdwComboRow           *kind_row;
  GtkStringList         *kind_names;
  AdwEntryRow           *when_row;
  GtkWidget             *when_error_row;
  GtkLabel              *when_error_label;
  GtkTextView           *text_view;
  GtkWidget             *text_scroller;
  GtkWidget             *text_error_box;
  GtkLabel              *text_error_label;
  AdwActionRow          *private_row;
  GtkSwitch             *private_switch;
};

G_DEFINE_FINAL_TYPE (CaseloadEntryForm, caseload_entry_form, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_PERSON,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

/* The kinds in the order they are offered; their labels come from the core. */
static const CaseloadEntryKind kinds[] = {
  CASELOAD_ENTRY_NOTE,
  CASELOAD_ENTRY_PHONE_CALL,
  CASELOAD_ENTRY_APPOINTMENT,
  CASELOAD_ENTRY_HOME_VISIT,
  CASELOAD_ENTRY_VIDEO_CALL,
  CASELOAD_ENTRY_NETWORK_MEETING,
  CASELOAD_ENTRY_LETTER,
  CASELOAD_ENTRY_MESSAGE,
};

static char *
get_text (CaseloadEntryForm *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
show_when_error (CaseloadEntryForm *self,
                 const char        *message)
{
  gtk_label_set_text (self->when_error_label, message != NULL ? message : "");
  gtk_widget_set_visible (self->when_error_row, message != NULL);
  caseload_field_error_row_set_invalid (GTK_WIDGET (self->when_row), message != NULL);
}

static void
show_text_error (CaseloadEntryForm *self,
                 const char        *message)
{
  gtk_label_set_text (self->text_error_label, message != NULL ? message : "");
  gtk_widget_set_visible (self->text_error_box, message != NULL);
  caseload_field_error_row_set_invalid (GTK_WIDGET (self->text_view), message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (self->text_scroller, "error");
  else
    gtk_widget_remove_css_class (self->text_scroller, "error");
}

static void
show_banner (CaseloadEntryForm *self,
             const char        *message)
{
  gtk_label_set_text (self->banner_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->banner_revealer, message != NULL);
}

/* The time typed, in this desk's time zone, as UTC; NULL with the problem shown. */
static GDateTime *
validate_when (CaseloadEntryForm *self)
{
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  g_autoptr(GError) error = NULL;
  GDateTime *when;

  when = caseload_parse_date_time (gtk_editable_get_text (GTK_EDITABLE (self->when_row)), local, &error);
  show_when_error (self, when == NULL ? error->message : NULL);

  return when;
}

static gboolean
validate_text (CaseloadEntryForm *self)
{
  g_autofree char *text = get_text (self);
  g_autofree char *value = NULL;
  g_autoptr(GError) error = NULL;

  value = caseload_validate_text (_("Entry text"), text, TRUE, CASELOAD_MAX_ENTRY_TEXT, &error);
  show_text_error (self, value == NULL ? error->message : NULL);

  return value != NULL;
}

static void
set_saving (CaseloadEntryForm *self,
            gboolean           saving)
{
  self->saving = !!saving;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "entry-form.save", !saving);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "window.close", !saving);
  gtk_button_set_label (GTK_BUTTON (self->save_button), saving ? _("Saving…") : _("_Save"));
}

static gboolean
is_dirty (CaseloadEntryForm *self)
{
  g_autofree char *text = get_text (self);

  return g_strstrip (text)[0] != '\0';
}

static void
on_when_changed_cb (GtkEditable       *editable,
                    CaseloadEntryForm *self)
{
  g_autoptr(GDateTime) when = NULL;

  if (self->when_touched)
    when = validate_when (self);
}

static void
on_when_left_cb (GtkEventControllerFocus *controller,
                 CaseloadEntryForm       *self)
{
  g_autoptr(GDateTime) when = NULL;

  if (self->saving || self->saved)
    return;

  self->when_touched = TRUE;
  when = validate_when (self);
}

static void
on_when_activated_cb (AdwEntryRow       *row,
                      CaseloadEntryForm *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

static void
on_text_changed_cb (GtkTextBuffer     *buffer,
                    CaseloadEntryForm *self)
{
  if (self->text_touched)
    validate_text (self);
}

static void
ask_discard (CaseloadEntryForm *self)
{
  caseload_discard_ask (GTK_WINDOW (self), _("Discard Entry?"), _("What you have written will be lost."), _("_Keep Writing"));
}

static void
on_entry_added_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(CaseloadEntryForm) self = user_data;
  g_autoptr(CaseloadTimelineEntry) entry = g_steal_pointer (&self->saving_entry);
  g_autoptr(GError) error = NULL;

  if (!caseload_store_add_timeline_entry_finish (CASELOAD_STORE (source), result, &error))
    {
      set_saving (self, FALSE);

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      g_debug ("Adding an entry failed: %s %d", g_quark_to_string (error->domain), error->code);
      {
        g_autofree char *message = caseload_format_save_error (error);

        show_banner (self, message);
      }
      caseload_context_report_error (self->context, error);
      return;
    }

  self->saving = FALSE;
  self->saved = TRUE;
  g_signal_emit (self, signals [SAVED], 0, entry);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  CaseloadEntryForm *self = CASELOAD_ENTRY_FORM (widget);
  CaseloadStaff *actor = caseload_context_get_actor (self->context);
  g_autoptr(CaseloadTimelineEntry) entry = NULL;
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *occurred_at = NULL;
  g_autofree char *text = NULL;
  GtkWidget *first_bad = NULL;
  guint kind;
  gboolean text_ok;

  if (self->saving || self->saved)
    return;

  show_banner (self, NULL);
  self->when_touched = TRUE;
  self->text_touched = TRUE;

  when = validate_when (self);
  text_ok = validate_text (self);
  if (when == NULL || !text_ok)
    {
      gtk_widget_grab_focus (when == NULL ? GTK_WIDGET (self->when_row) : GTK_WIDGET (self->text_view));
      return;
    }

  kind = adw_combo_row_get_selected (self->kind_row);
  occurred_at = g_date_time_format (when, "%Y-%m-%dT%H:%M:%SZ");
  text = get_text (self);

  entry = caseload_timeline_entry_new ();
  caseload_timeline_entry_set_person_id (entry, caseload_person_get_id (self->person));
  caseload_timeline_entry_set_author_id (entry, caseload_staff_get_id (actor));
  caseload_timeline_entry_set_author_name (entry, caseload_staff_get_display_name (actor));
  caseload_timeline_entry_set_organisation_id (entry, caseload_staff_get_organisation_id (actor));
  caseload_timeline_entry_set_organisation_name (entry, caseload_staff_get_organisation_name (actor));
  caseload_timeline_entry_set_kind (entry, kind < G_N_ELEMENTS (kinds) ? kinds[kind] : CASELOAD_ENTRY_NOTE);
  caseload_timeline_entry_set_sensitivity (entry, gtk_switch_get_active (self->private_switch) ?
                                                  CASELOAD_SENSITIVITY_PRIVATE :
                                                  CASELOAD_SENSITIVITY_STANDARD);
  caseload_timeline_entry_set_occurred_at (entry, occurred_at);
  caseload_timeline_entry_set_text (entry, text);

  /* The whole-entry rules, the same ones the store applies. */
  now = caseload_clock_now (caseload_context_get_clock (self->context));
  problems = caseload_timeline_entry_check (entry, now);
  for (guint i = 0; i < problems->len; i++)
    {
      CaseloadFieldError *problem = g_ptr_array_index (problems, i);

      if (g_strcmp0 (problem->field, "occurred-at") == 0)
        {
          show_when_error (self, problem->message);
          first_bad = GTK_WIDGET (self->when_row);
        }
      else if (g_strcmp0 (problem->field, "text") == 0)
        {
          show_text_error (self, problem->message);
          if (first_bad == NULL)
            first_bad = GTK_WIDGET (self->text_view);
        }
      else
        show_banner (self, problem->message);
    }

  if (problems->len > 0)
    {
      if (first_bad != NULL)
        gtk_widget_grab_focus (first_bad);
      return;
    }

  set_saving (self, TRUE);
  self->saving_entry = g_object_ref (entry);
  caseload_store_add_timeline_entry_async (caseload_context_get_store (self->context),
                                           actor,
                                           entry,
                                           self->cancellable,
                                           on_entry_added_cb,
                                           g_object_ref (self));
}

static gboolean
caseload_entry_form_close_request (GtkWindow *window)
{
  CaseloadEntryForm *self = CASELOAD_ENTRY_FORM (window);

  if (self->saving)
    return TRUE;

  if (!self->saved && !caseload_discard_is_confirmed (GTK_WINDOW (self)) && is_dirty (self))
    {
      ask_discard (self);
      return TRUE;
    }

  return GTK_WINDOW_CLASS (caseload_entry_form_parent_class)->close_request (window);
}

static void
caseload_entry_form_constructed (GObject *object)
{
  CaseloadEntryForm *self = (CaseloadEntryForm *)object;
  CaseloadStaff *actor;
  const char *organisation;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *when = NULL;
  g_autofree char *private_title = NULL;
  g_autofree char *private_subtitle = NULL;
  g_autoptr(GtkListItemFactory) factory = NULL;

  G_OBJECT_CLASS (caseload_entry_form_parent_class)->constructed (object);

  g_return_if_fail (self->context != NULL);
  g_return_if_fail (self->person != NULL);

  self->cancellable = g_cancellable_new ();

  /* Whose record this goes into, always in sight. */
  adw_window_title_set_subtitle (self->window_title, caseload_person_get_display_name (self->person));

  factory = caseload_format_string_factory_new ();
  adw_combo_row_set_factory (self->kind_row, factory);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    gtk_string_list_append (self->kind_names, caseload_entry_kind_label (kinds[i]));
  adw_combo_row_set_selected (self->kind_row, 0);

  now = caseload_clock_now (caseload_context_get_clock (self->context));
  local = g_date_time_to_local (now);
  when = g_date_time_format (local, "%d/%m/%Y %H:%M");
  gtk_editable_set_text (GTK_EDITABLE (self->when_row), when);

  actor = caseload_context_get_actor (self->context);
  organisation = actor != NULL ? caseload_staff_get_organisation_name (actor) : NULL;
  if (organisation == NULL)
    organisation = _("my organisation");
  /* Translators: %s is the writer's organisation, as in "Private to Thurrock Council" */
  private_title = g_strdup_printf (_("Private to %s"), organisation);
  /* Translators: %s is the writer's organisation */
  private_subtitle = g_strdup_printf (_("Only staff at %s will see this entry"), organisation);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->private_row), private_title);
  adw_action_row_set_subtitle (self->private_row, private_subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->private_switch),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, private_title,
                                  -1);

  g_signal_connect_object (gtk_text_view_get_buffer (self->text_view), "changed",
                           G_CALLBACK (on_text_changed_cb), self, 0);

  /* Ready to type: the default kind and time are right most of the time. */
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

static void
caseload_entry_form_dispose (GObject *object)
{
  CaseloadEntryForm *self = (CaseloadEntryForm *)object;

  g_cancellable_cancel (self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_ENTRY_FORM);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->saving_entry);
  g_clear_object (&self->person);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (caseload_entry_form_parent_class)->dispose (object);
}

static void
caseload_entry_form_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CaseloadEntryForm *self = CASELOAD_ENTRY_FORM (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_PERSON:
      g_value_set_object (value, self->person);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_entry_form_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  CaseloadEntryForm *self = CASELOAD_ENTRY_FORM (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    case PROP_PERSON:
      self->person = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_entry_form_class_init (CaseloadEntryFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = caseload_entry_form_constructed;
  object_class->dispose = caseload_entry_form_dispose;
  object_class->get_property = caseload_entry_form_get_property;
  object_class->set_property = caseload_entry_form_set_property;

  window_class->close_request = caseload_entry_form_close_request;

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         CASELOAD_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_PERSON] =
    g_param_spec_object ("person", NULL, NULL,
                         CASELOAD_TYPE_PERSON,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CaseloadEntryForm::saved:
   * @entry: the entry as saved
   */
  signals [SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CASELOAD_TYPE_TIMELINE_ENTRY);

  gtk_widget_class_install_action (widget_class, "entry-form.save", NULL, save_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "entry-form.save", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pcnmh/Caseload/caseload-entry-form.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadEntryForm, window_title);
  gtk_widget_class_bind_template_child (widget_class, CaseloadEntryForm, save_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadEntryForm, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, CaseloadEntryForm, banner_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadEntryForm, kind_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadEntryForm, kind_names);
  gtk_widget_class_bind_template_child (widget_class, CaseloadEntryForm, when_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadEntryForm, when_error_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadEntryForm, when_error_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadEntryForm, text_view);
  gtk_widget_class_bind_template_child (widget_class, CaseloadEntryForm, text_scroller);
  gtk_widget_class_bind_template_child (widget_class, CaseloadEntryForm, text_error_box);
  gtk_widget_class_bind_template_child (widget_class, CaseloadEntryForm, text_error_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadEntryForm, private_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadEntryForm, private_switch);
  gtk_widget_class_bind_template_callback (widget_class, on_when_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_when_left_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_when_activated_cb);
}

static void
caseload_entry_form_init (CaseloadEntryForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

CaseloadEntryForm *
caseload_entry_form_new (GtkWindow       *parent,
                         CaseloadContext *context,
                         CaseloadPerson  *person)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CASELOAD_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (CASELOAD_IS_PERSON (person), NULL);

  return g_object_new (CASELOAD_TYPE_ENTRY_FORM,
                       "transient-for", parent,
                       /* Part of the application, so quitting asks before losing it. */
                       "application", gtk_window_get_application (parent),
                       "context", context,
                       "person", person,
                       NULL);
}

GtkTextView *
caseload_entry_form_get_text_view (CaseloadEntryForm *self)
{
  g_return_val_if_fail (CASELOAD_IS_ENTRY_FORM (self), NULL);

  return self->text_view;
}

const char *
caseload_entry_form_get_error (CaseloadEntryForm *self,
                               const char        *field)
{
  g_return_val_if_fail (CASELOAD_IS_ENTRY_FORM (self), NULL);

  if (field == NULL)
    return gtk_revealer_get_reveal_child (self->banner_revealer) ?
           gtk_label_get_text (self->banner_label) : NULL;

  if (g_str_equal (field, "text"))
    return gtk_widget_get_visible (self->text_error_box) ? gtk_label_get_text (self->text_error_label) : NULL;

  if (g_str_equal (field, "occurred-at"))
    return gtk_widget_get_visible (self->when_error_row) ? gtk_label_get_text (self->when_error_label) : NULL;

  return NULL;
}
