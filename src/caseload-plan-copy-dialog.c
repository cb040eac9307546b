/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-plan-copy-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-field-error-row.h"
#include "caseload-format.h"
#include "caseload-plan-copy-dialog.h"
#include "caseload-plan-save.h"
#include "caseload-worker.h"

struct _CaseloadPlanCopyDialog
{
  AdwWindow        parent_instance;

  /* Owned */
  CaseloadContext *context;
  CaseloadPerson  *person;
  CaseloadPlan    *plan;          /* the version the copy is recorded on */
  GCancellable    *cancellable;
  gboolean         tried;         /* a save was tried: check as they type */
  gboolean         saving;

  /* Template children */
  AdwWindowTitle  *window_title;
  GtkWidget       *save_button;
  GtkRevealer     *banner_revealer;
  GtkLabel        *banner_label;
  GtkWidget       *page;
  AdwEntryRow     *given_on_row;
  AdwComboRow     *format_row;
  GtkStringList   *format_names;
  AdwEntryRow     *language_row;
};

G_DEFINE_FINAL_TYPE (CaseloadPlanCopyDialog, caseload_plan_copy_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_PERSON,
  PROP_PLAN,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

/* The ways offered, in order: the format row's position + this. */
#define FIRST_FORMAT CASELOAD_COPY_PRINTED

static void
show_banner (CaseloadPlanCopyDialog *self,
             const char             *message)
{
  gtk_label_set_text (self->banner_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->banner_revealer, message != NULL);
}

static CaseloadCopyFormat
chosen_format (CaseloadPlanCopyDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->format_row);

  if (selected == GTK_INVALID_LIST_POSITION || selected > CASELOAD_COPY_TRANSLATED - FIRST_FORMAT)
    return CASELOAD_COPY_NOT_GIVEN;

  return FIRST_FORMAT + selected;
}

/* Checks every field and shows each problem beside it; the plan to save when all are
 * fine (the dialog's version with the copy recorded on it). */
static CaseloadPlan *
check (CaseloadPlanCopyDialog *self)
{
  g_autoptr(GPtrArray) problems = caseload_field_errors_new ();
  g_autoptr(GError) date_error = NULL;
  g_autofree char *given_on = NULL;
  g_autofree char *language = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->language_row))));
  const char *given_text = gtk_editable_get_text (GTK_EDITABLE (self->given_on_row));
  g_autofree char *given_trimmed = g_strstrip (g_strdup (given_text));
  CaseloadCopyFormat format = chosen_format (self);
  const char *unplaced = NULL;
  GtkWidget *first_bad;
  CaseloadPlan *plan;
  GDate given, today;

  caseload_clock_today (caseload_context_get_clock (self->context), &today);

  if (*given_trimmed == '\0')
    caseload_field_errors_add (problems, "copy-given-on", _("Enter the date the copy was given, as dd/mm/yyyy."));
  else if (!caseload_parse_date (given_text, &given, &date_error))
    caseload_field_errors_add (problems, "copy-given-on", date_error->message);
  else if (g_date_compare (&given, &today) > 0)
    caseload_field_errors_add (problems, "copy-given-on", _("The copy can’t be dated in the future."));
  else
    given_on = caseload_date_to_iso (&given);

  if (format == CASELOAD_COPY_NOT_GIVEN)
    caseload_field_errors_add (problems, "copy-format", _("Choose how the person was given the copy."));
  else if (format == CASELOAD_COPY_TRANSLATED && *language == '\0')
    caseload_field_errors_add (problems, "copy-language", _("Say which language the copy was translated into."));
  else if (g_utf8_strlen (language, -1) > CASELOAD_MAX_ENTRY_TEXT)
    caseload_field_errors_add (problems, "copy-language", _("The language is too long."));

  first_bad = caseload_field_error_row_show_all (self->page, problems, &unplaced);
  if (problems->len > 0)
    {
      show_banner (self, unplaced);
      if (first_bad != NULL && self->tried)
        gtk_widget_grab_focus (first_bad);
      return NULL;
    }

  plan = caseload_plan_copy (self->plan);
  caseload_plan_set_copy_given_on (plan, given_on);
  caseload_plan_set_copy_format (plan, format);
  caseload_plan_set_copy_language (plan, format == CASELOAD_COPY_TRANSLATED ? language : NULL);

  return plan;
}

static void
on_field_changed_cb (CaseloadPlanCopyDialog *self)
{
  g_autoptr(CaseloadPlan) plan = NULL;

  /* After a first try, each field says at once when it is put right. */
  if (self->tried)
    plan = check (self);
}

static void
on_format_selected_cb (CaseloadPlanCopyDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->language_row), chosen_format (self) == CASELOAD_COPY_TRANSLATED);
  on_field_changed_cb (self);
}

static void
update_save_action (CaseloadPlanCopyDialog *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "copy-dialog.save", !self->saving);
  gtk_button_set_label (GTK_BUTTON (self->save_button), self->saving ? _("Saving…") : _("_Save"));
}

static void
on_saved_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(CaseloadPlanCopyDialog) self = user_data;
  g_autofree char *message = NULL;
  CaseloadPlanSave *save;

  switch (caseload_plan_save_finish (result, self->context, &save, &message))
    {
    case CASELOAD_PLAN_SAVE_DONE:
      self->saving = FALSE;
      g_signal_emit (self, signals [SAVED], 0, save->plan);
      gtk_window_destroy (GTK_WINDOW (self));
      return;

    case CASELOAD_PLAN_SAVE_CANCELLED:
      return;

    case CASELOAD_PLAN_SAVE_CONFLICT:
      /* What was entered stays; it goes on the newest version at the next save. */
      g_set_object (&self->plan, save->current);
      message = g_strdup (_("Someone else saved this plan while you were recording the copy. The newest version "
                            "is now loaded: press Save to record the copy on it."));
      break;

    case CASELOAD_PLAN_SAVE_FAILED:
    default:
      break;
    }

  self->saving = FALSE;
  update_save_action (self);
  show_banner (self, message);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CaseloadPlanCopyDialog *self = CASELOAD_PLAN_COPY_DIALOG (widget);
  g_autoptr(CaseloadPlan) plan = NULL;

  if (self->saving)
    return;

  self->tried = TRUE;
  show_banner (self, NULL);
  if ((plan = check (self)) == NULL)
    return;

  self->saving = TRUE;
  update_save_action (self);
  caseload_worker_run (self, save_action, caseload_plan_save_thread,
                       caseload_plan_save_new (self->context, plan, NULL), (GDestroyNotify) caseload_plan_save_free,
                       NULL, self->cancellable, on_saved_cb, g_object_ref (self));
}

static gboolean
caseload_plan_copy_dialog_close_request (GtkWindow *window)
{
  CaseloadPlanCopyDialog *self = CASELOAD_PLAN_COPY_DIALOG (window);

  /* A save under way finishes first. */
  if (self->saving)
    return TRUE;

  return GTK_WINDOW_CLASS (caseload_plan_copy_dialog_parent_class)->close_request (window);
}

static void
caseload_plan_copy_dialog_constructed (GObject *object)
{
  CaseloadPlanCopyDialog *self = CASELOAD_PLAN_COPY_DIALOG (object);
  g_autoptr(GtkListItemFactory) factory = NULL;
  g_autofree char *today_iso = NULL;
  g_autofree char *today_text = NULL;
  GDate today;

  G_OBJECT_CLASS (caseload_plan_copy_dialog_parent_class)->constructed (object);

  adw_window_title_set_subtitle (self->window_title, caseload_person_get_display_name (self->person));

  factory = caseload_format_string_factory_new ();
  adw_combo_row_set_factory (self->format_row, factory);
  for (CaseloadCopyFormat format = FIRST_FORMAT; format <= CASELOAD_COPY_TRANSLATED; format++)
    gtk_string_list_append (self->format_names, caseload_copy_format_label (format));
  adw_combo_row_set_selected (self->format_row, 0);

  caseload_clock_today (caseload_context_get_clock (self->context), &today);
  today_iso = caseload_date_to_iso (&today);
  today_text = caseload_format_for_editing (today_iso);
  gtk_editable_set_text (GTK_EDITABLE (self->given_on_row), today_text);
}

static void
caseload_plan_copy_dialog_dispose (GObject *object)
{
  CaseloadPlanCopyDialog *self = CASELOAD_PLAN_COPY_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_PLAN_COPY_DIALOG);

  g_clear_object (&self->context);
  g_clear_object (&self->person);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (caseload_plan_copy_dialog_parent_class)->dispose (object);
}

static void
caseload_plan_copy_dialog_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  CaseloadPlanCopyDialog *self = CASELOAD_PLAN_COPY_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    case PROP_PERSON:
      self->person = g_value_dup_object (value);
      break;

    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_plan_copy_dialog_class_init (CaseloadPlanCopyDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = caseload_plan_copy_dialog_constructed;
  object_class->dispose = caseload_plan_copy_dialog_dispose;
  object_class->set_property = caseload_plan_copy_dialog_set_property;
  window_class->close_request = caseload_plan_copy_dialog_close_request;

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, CASELOAD_TYPE_CONTEXT,
                         (G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties [PROP_PERSON] =
    g_param_spec_object ("person", NULL, NULL, CASELOAD_TYPE_PERSON,
                         (G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties [PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, CASELOAD_TYPE_PLAN,
                         (G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CaseloadPlanCopyDialog::saved:
   * @plan: the plan as saved, with the copy recorded
   */
  signals [SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, CASELOAD_TYPE_PLAN);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pcnmh/Caseload/caseload-plan-copy-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadPlanCopyDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPlanCopyDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPlanCopyDialog, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPlanCopyDialog, banner_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPlanCopyDialog, page);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPlanCopyDialog, given_on_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPlanCopyDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPlanCopyDialog, format_names);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPlanCopyDialog, language_row);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_format_selected_cb);

  gtk_widget_class_install_action (widget_class, "copy-dialog.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "copy-dialog.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
caseload_plan_copy_dialog_init (CaseloadPlanCopyDialog *self)
{
  g_type_ensure (CASELOAD_TYPE_FIELD_ERROR_ROW);
  self->cancellable = g_cancellable_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
}

CaseloadPlanCopyDialog *
caseload_plan_copy_dialog_new (GtkWindow       *parent,
                               CaseloadContext *context,
                               CaseloadPerson  *person,
                               CaseloadPlan    *plan)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CASELOAD_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (CASELOAD_IS_PERSON (person), NULL);
  g_return_val_if_fail (CASELOAD_IS_PLAN (plan), NULL);

  return g_object_new (CASELOAD_TYPE_PLAN_COPY_DIALOG,
                       "transient-for", parent,
                       "context", context,
                       "person", person,
                       "plan", plan,
                       NULL);
}

GtkWidget *
caseload_plan_copy_dialog_get_field (CaseloadPlanCopyDialog *self,
                                     const char             *field)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN_COPY_DIALOG (self), NULL);

  if (g_strcmp0 (field, "copy-given-on") == 0)
    return GTK_WIDGET (self->given_on_row);
  if (g_strcmp0 (field, "copy-format") == 0)
    return GTK_WIDGET (self->format_row);
  if (g_strcmp0 (field, "copy-language") == 0)
    return GTK_WIDGET (self->language_row);

  return NULL;
}

const char *
caseload_plan_copy_dialog_get_error (CaseloadPlanCopyDialog *self,
                                     const char             *field)
{
  CaseloadFieldErrorRow *row;

  g_return_val_if_fail (CASELOAD_IS_PLAN_COPY_DIALOG (self), NULL);

  if (field == NULL)
    return gtk_revealer_get_reveal_child (self->banner_revealer) ? gtk_label_get_text (self->banner_label) : NULL;

  row = caseload_field_error_row_find (self->page, field);
  return row != NULL ? caseload_field_error_row_get_message (row) : NULL;
}
