/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-break-glass-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-break-glass-dialog.h"
#include "caseload-worker.h"

struct _CaseloadBreakGlassDialog
{
  AdwWindow        parent_instance;

  /* Owned */
  CaseloadContext *context;
  char            *person_id;
  GCancellable    *cancellable;
  guint            opening : 1;
  guint            opened : 1;
  guint            text_touched : 1;

  /* Template children */
  GtkWidget       *open_button;
  GtkRevealer     *banner_revealer;
  GtkLabel        *banner_label;
  GtkLabel        *warning_label;
  GtkTextView     *text_view;
  GtkWidget       *text_scroller;
  GtkWidget       *text_error_box;
  GtkLabel        *text_error_label;
};

typedef struct {
  CaseloadStore *store;
  CaseloadStaff *actor;
  char          *person_id;
  char          *reason;
} BreakGlassCall;

G_DEFINE_FINAL_TYPE (CaseloadBreakGlassDialog, caseload_break_glass_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_PERSON_ID,
  N_PROPS
};

enum {
  OPENED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static void
break_glass_call_free (BreakGlassCall *call)
{
  g_clear_object (&call->store);
  g_clear_object (&call->actor);
  g_free (call->person_id);
  g_free (call->reason);
  g_free (call);
}

static gpointer
break_glass_thread (gpointer       data,
                    GCancellable  *cancellable,
                    GError       **error)
{
  BreakGlassCall *call = data;

  return caseload_store_break_glass (call->store, call->actor, call->person_id, call->reason, error);
}

static char *
get_reason (CaseloadBreakGlassDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;
  char *text;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  return g_strstrip (text);
}

static void
show_reason_error (CaseloadBreakGlassDialog *self,
                   const char               *message)
{
  gtk_label_set_text (self->text_error_label, message != NULL ? message : "");
  gtk_widget_set_visible (self->text_error_box, message != NULL);

  if (message != NULL)
    {
      gtk_widget_add_css_class (self->text_scroller, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (self->text_view),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
    }
  else
    {
      gtk_widget_remove_css_class (self->text_scroller, "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (self->text_view), GTK_ACCESSIBLE_STATE_INVALID);
    }
}

static void
show_banner (CaseloadBreakGlassDialog *self,
             const char               *message)
{
  gtk_label_set_text (self->banner_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->banner_revealer, message != NULL);
}

/* Only the obvious here; how much of a reason is enough is the store's to say. */
static gboolean
validate_reason (CaseloadBreakGlassDialog *self)
{
  g_autofree char *reason = get_reason (self);
  gboolean empty = *reason == '\0';

  show_reason_error (self, empty ? _("Give a reason: say what has happened and why you need this record now.") : NULL);

  return !empty;
}

static void
set_opening (CaseloadBreakGlassDialog *self,
             gboolean                  opening)
{
  self->opening = !!opening;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "break-glass-dialog.open", !opening);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "window.close", !opening);
  gtk_text_view_set_editable (self->text_view, !opening);
  gtk_button_set_label (GTK_BUTTON (self->open_button), opening ? _("Opening…") : _("_Open Record"));
}

static void
on_text_changed_cb (GtkTextBuffer            *buffer,
                    CaseloadBreakGlassDialog *self)
{
  if (self->text_touched)
    validate_reason (self);
}

static void
on_break_glass_done_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(CaseloadBreakGlassDialog) self = user_data;
  g_autoptr(CaseloadBreakGlass) break_glass = NULL;
  g_autoptr(GError) error = NULL;

  break_glass = caseload_worker_finish (result, &error);

  if (break_glass == NULL)
    {
      /* Cancelled: the dialog is being destroyed and its widgets are gone. */
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      set_opening (self, FALSE);

      g_debug ("Emergency access refused: %s %d", g_quark_to_string (error->domain), error->code);

      /* A reason the store finds too thin belongs beside the reason. */
      if (g_error_matches (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION))
        {
          show_reason_error (self, error->message);
          gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
        }
      else
        {
          /* Nothing was opened or recorded; the reason typed stays. */
          if (caseload_context_report_error (self->context, error))
            show_banner (self, _("Not opened: the connection to the shared site was lost. "
                                 "Your reason is still here; try again once it is back."));
          else
            show_banner (self, error->message);
        }
      return;
    }

  self->opening = FALSE;
  self->opened = TRUE;
  g_signal_emit (self, signals [OPENED], 0, break_glass);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  CaseloadBreakGlassDialog *self = CASELOAD_BREAK_GLASS_DIALOG (widget);
  BreakGlassCall *call;

  if (self->opening || self->opened)
    return;

  show_banner (self, NULL);
  self->text_touched = TRUE;

  if (!validate_reason (self))
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
      return;
    }

  call = g_new0 (BreakGlassCall, 1);
  call->store = g_object_ref (caseload_context_get_store (self->context));
  call->actor = caseload_worker_copy_staff (caseload_context_get_actor (self->context));
  call->person_id = g_strdup (self->person_id);
  call->reason = get_reason (self);

  set_opening (self, TRUE);
  caseload_worker_run (self, open_action,
                       break_glass_thread, call, (GDestroyNotify) break_glass_call_free,
                       g_object_unref,
                       self->cancellable,
                       on_break_glass_done_cb,
                       g_object_ref (self));
}

static gboolean
caseload_break_glass_dialog_close_request (GtkWindow *window)
{
  CaseloadBreakGlassDialog *self = CASELOAD_BREAK_GLASS_DIALOG (window);

  /* Once asked, the answer is awaited: the access may already be recorded. */
  if (self->opening)
    return TRUE;

  return GTK_WINDOW_CLASS (caseload_break_glass_dialog_parent_class)->close_request (window);
}

static void
caseload_break_glass_dialog_constructed (GObject *object)
{
  CaseloadBreakGlassDialog *self = (CaseloadBreakGlassDialog *)object;
  g_autofree char *warning = NULL;

  G_OBJECT_CLASS (caseload_break_glass_dialog_parent_class)->constructed (object);

  g_return_if_fail (self->context != NULL);
  g_return_if_fail (self->person_id != NULL);

  self->cancellable = g_cancellable_new ();

  warning = g_strdup_printf (ngettext ("Use emergency access only when someone’s safety depends on seeing this record now. "
                                       "Your name, the time and your reason are recorded, a team manager reviews them, "
                                       "and the access ends after %d hour.",
                                       "Use emergency access only when someone’s safety depends on seeing this record now. "
                                       "Your name, the time and your reason are recorded, a team manager reviews them, "
                                       "and the access ends after %d hours.",
                                       CASELOAD_BREAK_GLASS_HOURS),
                             CASELOAD_BREAK_GLASS_HOURS);
  gtk_label_set_text (self->warning_label, warning);

  g_signal_connect_object (gtk_text_view_get_buffer (self->text_view), "changed",
                           G_CALLBACK (on_text_changed_cb), self, 0);

  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

static void
caseload_break_glass_dialog_dispose (GObject *object)
{
  CaseloadBreakGlassDialog *self = (CaseloadBreakGlassDialog *)object;

  g_cancellable_cancel (self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_BREAK_GLASS_DIALOG);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->context);
  g_clear_pointer (&self->person_id, g_free);

  G_OBJECT_CLASS (caseload_break_glass_dialog_parent_class)->dispose (object);
}

static void
caseload_break_glass_dialog_get_property (GObject    *object,
                                          guint       prop_id,
                                          GValue     *value,
                                          GParamSpec *pspec)
{
  CaseloadBreakGlassDialog *self = CASELOAD_BREAK_GLASS_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_PERSON_ID:
      g_value_set_string (value, self->person_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_break_glass_dialog_set_property (GObject      *object,
                                          guint         prop_id,
                                          const GValue *value,
                                          GParamSpec   *pspec)
{
  CaseloadBreakGlassDialog *self = CASELOAD_BREAK_GLASS_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    case PROP_PERSON_ID:
      self->person_id = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_break_glass_dialog_class_init (CaseloadBreakGlassDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = caseload_break_glass_dialog_constructed;
  object_class->dispose = caseload_break_glass_dialog_dispose;
  object_class->get_property = caseload_break_glass_dialog_get_property;
  object_class->set_property = caseload_break_glass_dialog_set_property;

  window_class->close_request = caseload_break_glass_dialog_close_request;

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         CASELOAD_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_PERSON_ID] =
    g_param_spec_string ("person-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CaseloadBreakGlassDialog::opened:
   * @break_glass: the emergency access the store recorded
   */
  signals [OPENED] =
    g_signal_new ("opened",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CASELOAD_TYPE_BREAK_GLASS);

  gtk_widget_class_install_action (widget_class, "break-glass-dialog.open", NULL, open_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pcnmh/Caseload/caseload-break-glass-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadBreakGlassDialog, open_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadBreakGlassDialog, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, CaseloadBreakGlassDialog, banner_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadBreakGlassDialog, warning_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadBreakGlassDialog, text_view);
  gtk_widget_class_bind_template_child (widget_class, CaseloadBreakGlassDialog, text_scroller);
  gtk_widget_class_bind_template_child (widget_class, CaseloadBreakGlassDialog, text_error_box);
  gtk_widget_class_bind_template_child (widget_class, CaseloadBreakGlassDialog, text_error_label);
}

static void
caseload_break_glass_dialog_init (CaseloadBreakGlassDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

CaseloadBreakGlassDialog *
caseload_break_glass_dialog_new (GtkWindow       *parent,
                                 CaseloadContext *context,
                                 const char      *person_id)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CASELOAD_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (person_id != NULL, NULL);

  return g_object_new (CASELOAD_TYPE_BREAK_GLASS_DIALOG,
                       "transient-for", parent,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       "context", context,
                       "person-id", person_id,
                       NULL);
}

const char *
caseload_break_glass_dialog_get_person_id (CaseloadBreakGlassDialog *self)
{
  g_return_val_if_fail (CASELOAD_IS_BREAK_GLASS_DIALOG (self), NULL);

  return self->person_id;
}

GtkTextView *
caseload_break_glass_dialog_get_text_view (CaseloadBreakGlassDialog *self)
{
  g_return_val_if_fail (CASELOAD_IS_BREAK_GLASS_DIALOG (self), NULL);

  return self->text_view;
}

const char *
caseload_break_glass_dialog_get_error (CaseloadBreakGlassDialog *self,
                                       const char               *field)
{
  g_return_val_if_fail (CASELOAD_IS_BREAK_GLASS_DIALOG (self), NULL);

  if (field == NULL)
    return gtk_revealer_get_reveal_child (self->banner_revealer) ?
           gtk_label_get_text (self->banner_label) : NULL;

  if (g_str_equal (field, "reason"))
    return gtk_widget_get_visible (self->text_error_box) ? gtk_label_get_text (self->text_error_label) : NULL;

  return NULL;
}
