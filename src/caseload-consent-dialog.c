/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-consent-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-consent-dialog.h"
#include "caseload-discard.h"
#include "caseload-field-error-row.h"
#include "caseload-format.h"
#include "caseload-worker.h"

struct _CaseloadConsentDialog
{
  AdwWindow        parent_instance;

  /* Owned */
  CaseloadContext *context;
  CaseloadPerson  *person;
  GPtrArray       *organisations;     /* CaseloadOrganisation, in the order offered */
  char            *organisation_id;   /* the one to choose once they arrive */
  GCancellable    *cancellable;
  guint            loading : 1;
  guint            organisations_lost : 1;  /* listing them lost the connection */
  guint            saving : 1;
  guint            saved : 1;
  guint            dates_touched : 1;

  /* Template children */
  AdwWindowTitle  *window_title;
  GtkWidget       *save_button;
  GtkRevealer     *banner_revealer;
  GtkLabel        *banner_label;
  AdwComboRow     *organisation_row;
  GtkStringList   *organisation_names;
  GtkWidget       *organisation_error_row;
  GtkLabel        *organisation_error_label;
  AdwComboRow     *decision_row;
  GtkStringList   *decision_names;
  GtkWidget       *decision_error_row;
  GtkLabel        *decision_error_label;
  AdwComboRow     *method_row;
  GtkStringList   *method_names;
  AdwEntryRow     *decided_on_row;
  GtkWidget       *decided_on_error_row;
  GtkLabel        *decided_on_error_label;
  AdwEntryRow     *review_row;
  GtkWidget       *review_error_row;
  GtkLabel        *review_error_label;
  AdwEntryRow     *note_row;
  GtkWidget       *note_error_row;
  GtkLabel        *note_error_label;
};

typedef struct {
  CaseloadStore   *store;
  CaseloadStaff   *actor;
  CaseloadConsent *consent;
} RecordCall;

G_DEFINE_FINAL_TYPE (CaseloadConsentDialog, caseload_consent_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_PERSON,
  PROP_ORGANISATION_ID,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

/* The decisions in the order offered. */
enum {
  DECISION_VIEW_AND_ADD,
  DECISION_VIEW,
  DECISION_DECLINED,
  N_DECISIONS
};

static const char *const decision_labels[] = {
  [DECISION_VIEW_AND_ADD] = N_("Can see and add to the record"),
  [DECISION_VIEW]         = N_("Can see the record"),
  [DECISION_DECLINED]     = N_("Declined: may not see the record"),
};

static const CaseloadConsentMethod methods[] = {
  CASELOAD_CONSENT_METHOD_VERBAL,
  CASELOAD_CONSENT_METHOD_WRITTEN,
  CASELOAD_CONSENT_METHOD_BEST_INTERESTS,
};

static void
record_call_free (RecordCall *call)
{
  g_clear_object (&call->store);
  g_clear_object (&call->actor);
  g_clear_object (&call->consent);
  g_free (call);
}

static gpointer
list_organisations_thread (gpointer       data,
                           GCancellable  *cancellable,
                           GError       **error)
{
  return caseload_store_list_organisations (CASELOAD_STORE (data), error);
}

static gpointer
record_thread (gpointer       data,
               GCancellable  *cancellable,
               GError       **error)
{
  RecordCall *call = data;

  if (!caseload_store_record_consent (call->store, call->actor, call->consent, error))
    return NULL;

  return g_object_ref (call->consent);
}

static int
compare_organisations (gconstpointer a,
                       gconstpointer b)
{
  CaseloadOrganisation *first = *(CaseloadOrganisation **)a;
  CaseloadOrganisation *second = *(CaseloadOrganisation **)b;

  return g_utf8_collate (caseload_organisation_get_name (first), caseload_organisation_get_name (second));
}

static gboolean
is_empty (const char *text)
{
  return text == NULL || *text == '\0';
}

static void
show_field_error (GtkWidget  *field,
                  GtkWidget  *error_row,
                  GtkLabel   *error_label,
                  const char *message)
{
  gtk_label_set_text (error_label, message != NULL ? message : "");
  gtk_widget_set_visible (error_row, message != NULL);
  /* The row is a list item: name it for screen readers with the problem it shows. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (error_row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, message != NULL ? message : "",
                                  -1);
  caseload_field_error_row_set_invalid (field, message != NULL);
}

static const char *
shown_error (GtkWidget *row,
             GtkLabel  *label)
{
  return gtk_widget_get_visible (row) ? gtk_label_get_text (label) : NULL;
}

static void
show_banner (CaseloadConsentDialog *self,
             const char            *message)
{
  gtk_label_set_text (self->banner_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->banner_revealer, message != NULL);
}

static CaseloadOrganisation *
get_organisation (CaseloadConsentDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->organisation_row);

  if (self->organisations == NULL || selected >= self->organisations->len)
    return NULL;

  return g_ptr_array_index (self->organisations, selected);
}

static gboolean
validate_organisation (CaseloadConsentDialog *self)
{
  gboolean chosen = get_organisation (self) != NULL;

  show_field_error (GTK_WIDGET (self->organisation_row), self->organisation_error_row, self->organisation_error_label,
                    chosen ? NULL : _("Choose the organisation the decision is about."));
  return chosen;
}

static gboolean
validate_decision (CaseloadConsentDialog *self)
{
  gboolean chosen = adw_combo_row_get_selected (self->decision_row) < N_DECISIONS;

  show_field_error (GTK_WIDGET (self->decision_row), self->decision_error_row, self->decision_error_label,
                    chosen ? NULL : _("Choose what the person decided."));
  return chosen;
}

/* Both dates, checked together: the review comes after the decision, which is not in
 * the future. @review is left invalid when none was given. */
static gboolean
validate_dates (CaseloadConsentDialog *self,
                GDate                 *decided_on,
                GDate                 *review)
{
  const char *decided_text = gtk_editable_get_text (GTK_EDITABLE (self->decided_on_row));
  const char *review_text = gtk_editable_get_text (GTK_EDITABLE (self->review_row));
  g_autofree char *review_trimmed = g_strstrip (g_strdup (review_text));
  g_autoptr(GError) decided_error = NULL;
  g_autoptr(GError) review_error = NULL;
  const char *decided_message = NULL;
  const char *review_message = NULL;
  gboolean decided_ok;
  GDate today;

  g_date_clear (decided_on, 1);
  g_date_clear (review, 1);
  caseload_clock_today (caseload_context_get_clock (self->context), &today);

  decided_ok = caseload_parse_date (decided_text, decided_on, &decided_error);
  if (!decided_ok)
    decided_message = decided_error->message;
  else if (g_date_compare (decided_on, &today) > 0)
    {
      decided_message = _("The decision can’t be dated in the future.");
      decided_ok = FALSE;
    }

  if (!is_empty (review_trimmed) &&
      !caseload_parse_date (review_text, review, &review_error))
    review_message = review_error->message;
  else if (g_date_valid (review) && decided_ok && g_date_compare (review, decided_on) <= 0)
    review_message = _("The review date must be after the date of the decision.");

  show_field_error (GTK_WIDGET (self->decided_on_row), self->decided_on_error_row, self->decided_on_error_label,
                    decided_message);
  show_field_error (GTK_WIDGET (self->review_row), self->review_error_row, self->review_error_label,
                    review_message);

  return decided_message == NULL && review_message == NULL;
}

static char *
validate_note (CaseloadConsentDialog *self)
{
  g_autoptr(GError) error = NULL;
  char *note;

  note = caseload_validate_text (_("Note"), gtk_editable_get_text (GTK_EDITABLE (self->note_row)),
                                 FALSE, CASELOAD_MAX_LONG_TEXT, &error);
  show_field_error (GTK_WIDGET (self->note_row), self->note_error_row, self->note_error_label,
                    note == NULL ? error->message : NULL);

  return note;
}

static void
update_save_action (CaseloadConsentDialog *self)
{
  gboolean busy = self->loading || self->saving;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "consent-dialog.save", !busy && !self->saved);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "window.close", !self->saving);
  gtk_button_set_label (GTK_BUTTON (self->save_button), self->saving ? _("Saving…") : _("_Save"));
}

static gboolean
is_dirty (CaseloadConsentDialog *self)
{
  /* The organisation alone may have come with the dialog; anything else is typed. */
  return adw_combo_row_get_selected (self->decision_row) != GTK_INVALID_LIST_POSITION ||
         !is_empty (gtk_editable_get_text (GTK_EDITABLE (self->review_row))) ||
         !is_empty (gtk_editable_get_text (GTK_EDITABLE (self->note_row)));
}

static void
on_organisations_listed_cb (GObject      *source,
                            GAsyncResult *result,
                            gpointer      user_data)
{
  g_autoptr(CaseloadConsentDialog) self = user_data;
  g_autoptr(GPtrArray) organisations = NULL;
  g_autoptr(GError) error = NULL;
  guint wanted = GTK_INVALID_LIST_POSITION;

  organisations = caseload_worker_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->loading = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->organisation_row), TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->organisation_row), NULL);

  if (organisations == NULL)
    {
      g_autofree char *message = caseload_format_read_error (error);

      g_debug ("Listing organisations failed: %s %d", g_quark_to_string (error->domain), error->code);
      /* Listed again when the site is back (on_connection_restored_cb). */
      self->organisations_lost = caseload_context_report_error (self->context, error);
      show_banner (self, message);
      update_save_action (self);
      return;
    }

  if (self->organisations_lost)
    {
      self->organisations_lost = FALSE;
      show_banner (self, NULL);
    }

  g_ptr_array_sort (organisations, compare_organisations);
  for (guint i = 0; i < organisations->len; i++)
    {
      CaseloadOrganisation *organisation = g_ptr_array_index (organisations, i);

      gtk_string_list_append (self->organisation_names, caseload_organisation_get_name (organisation));
      if (g_strcmp0 (caseload_organisation_get_id (organisation), self->organisation_id) == 0)
        wanted = i;
    }
  self->organisations = g_steal_pointer (&organisations);

  /* Never a guess: the wrong organisation here would share a record by mistake. */
  adw_combo_row_set_selected (self->organisation_row, wanted);
  show_field_error (GTK_WIDGET (self->organisation_row), self->organisation_error_row, self->organisation_error_label,
                    NULL);

  update_save_action (self);
  gtk_widget_grab_focus (GTK_WIDGET (wanted == GTK_INVALID_LIST_POSITION ? self->organisation_row : self->decision_row));
}

static void
on_organisation_selected_cb (AdwComboRow           *row,
                             GParamSpec            *pspec,
                             CaseloadConsentDialog *self)
{
  if (get_organisation (self) != NULL)
    validate_organisation (self);
}

static void
on_decision_selected_cb (AdwComboRow           *row,
                         GParamSpec            *pspec,
                         CaseloadConsentDialog *self)
{
  if (adw_combo_row_get_selected (row) < N_DECISIONS)
    validate_decision (self);
}

static void
on_date_changed_cb (GtkEditable           *editable,
                    CaseloadConsentDialog *self)
{
  GDate decided_on, review;

  if (self->dates_touched)
    validate_dates (self, &decided_on, &review);
}

static void
on_date_left_cb (GtkEventControllerFocus *controller,
                 CaseloadConsentDialog   *self)
{
  GDate decided_on, review;

  if (self->saving || self->saved)
    return;

  self->dates_touched = TRUE;
  validate_dates (self, &decided_on, &review);
}

static void
on_entry_activated_cb (AdwEntryRow           *row,
                       CaseloadConsentDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "consent-dialog.save", NULL);
}

static void
on_consent_recorded_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(CaseloadConsentDialog) self = user_data;
  g_autoptr(CaseloadConsent) consent = NULL;
  g_autoptr(GError) error = NULL;

  consent = caseload_worker_finish (result, &error);

  if (consent == NULL)
    {
      /* Cancelled: the dialog is being destroyed and its widgets are gone. */
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      self->saving = FALSE;
      update_save_action (self);

      g_debug ("Recording a sharing decision failed: %s %d", g_quark_to_string (error->domain), error->code);
      {
        g_autofree char *message = caseload_format_save_error (error);

        show_banner (self, message);
      }
      caseload_context_report_error (self->context, error);
      return;
    }

  self->saving = FALSE;
  self->saved = TRUE;
  g_signal_emit (self, signals [SAVED], 0, consent);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  CaseloadConsentDialog *self = CASELOAD_CONSENT_DIALOG (widget);
  g_autoptr(CaseloadConsent) consent = NULL;
  g_autofree char *note = NULL;
  g_autofree char *decided_iso = NULL;
  g_autofree char *review_iso = NULL;
  CaseloadOrganisation *organisation;
  GtkWidget *first_bad = NULL;
  GDate decided_on, review;
  guint decision, method;
  RecordCall *call;

  if (self->loading || self->saving || self->saved)
    return;

  show_banner (self, NULL);
  self->dates_touched = TRUE;

  if (!validate_organisation (self))
    first_bad = GTK_WIDGET (self->organisation_row);
  if (!validate_decision (self) && first_bad == NULL)
    first_bad = GTK_WIDGET (self->decision_row);
  if (!validate_dates (self, &decided_on, &review) && first_bad == NULL)
    first_bad = gtk_widget_get_visible (self->decided_on_error_row) ? GTK_WIDGET (self->decided_on_row)
                                                                    : GTK_WIDGET (self->review_row);
  note = validate_note (self);
  if (note == NULL && first_bad == NULL)
    first_bad = GTK_WIDGET (self->note_row);

  if (first_bad != NULL)
    {
      gtk_widget_grab_focus (first_bad);
      return;
    }

  organisation = get_organisation (self);
  decision = adw_combo_row_get_selected (self->decision_row);
  method = adw_combo_row_get_selected (self->method_row);
  decided_iso = caseload_date_to_iso (&decided_on);
  if (g_date_valid (&review))
    review_iso = caseload_date_to_iso (&review);

  consent = caseload_consent_new ();
  caseload_consent_set_person_id (consent, caseload_person_get_id (self->person));
  caseload_consent_set_organisation_id (consent, caseload_organisation_get_id (organisation));
  caseload_consent_set_organisation_name (consent, caseload_organisation_get_name (organisation));
  caseload_consent_set_organisation_kind (consent, caseload_organisation_get_kind (organisation));
  caseload_consent_set_may_view (consent, decision != DECISION_DECLINED);
  caseload_consent_set_may_add (consent, decision == DECISION_VIEW_AND_ADD);
  caseload_consent_set_method (consent, method < G_N_ELEMENTS (methods) ? methods[method] : CASELOAD_CONSENT_METHOD_VERBAL);
  caseload_consent_set_decided_on (consent, decided_iso);
  caseload_consent_set_review_date (consent, review_iso);
  caseload_consent_set_note (consent, *note != '\0' ? note : NULL);

  call = g_new0 (RecordCall, 1);
  call->store = g_object_ref (caseload_context_get_store (self->context));
  call->actor = caseload_worker_copy_staff (caseload_context_get_actor (self->context));
  call->consent = g_steal_pointer (&consent);

  self->saving = TRUE;
  update_save_action (self);
  caseload_worker_run (self, save_action,
                       record_thread, call, (GDestroyNotify) record_call_free,
                       g_object_unref,
                       self->cancellable,
                       on_consent_recorded_cb,
                       g_object_ref (self));
}

static gboolean
caseload_consent_dialog_close_request (GtkWindow *window)
{
  CaseloadConsentDialog *self = CASELOAD_CONSENT_DIALOG (window);

  if (self->saving)
    return TRUE;

  if (!self->saved && !caseload_discard_is_confirmed (window) && is_dirty (self))
    {
      caseload_discard_ask (window, _("Discard Decision?"), _("The sharing decision has not been recorded."),
                            _("_Keep Editing"));
      return TRUE;
    }

  return GTK_WINDOW_CLASS (caseload_consent_dialog_parent_class)->close_request (window);
}

static void
list_organisations (CaseloadConsentDialog *self)
{
  self->loading = TRUE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->organisation_row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->organisation_row), _("Loading…"));
  update_save_action (self);
  caseload_worker_run (self, list_organisations,
                       list_organisations_thread, g_object_ref (caseload_context_get_store (self->context)),
                       g_object_unref, (GDestroyNotify) g_ptr_array_unref,
                       self->cancellable,
                       on_organisations_listed_cb,
                       g_object_ref (self));
}

/* The organisations could not be listed for a lost connection: list them now. */
static void
on_connection_restored_cb (CaseloadConsentDialog *self)
{
  if (self->organisations_lost && !self->loading)
    list_organisations (self);
}

static void
caseload_consent_dialog_constructed (GObject *object)
{
  CaseloadConsentDialog *self = (CaseloadConsentDialog *)object;
  g_autoptr(GtkListItemFactory) organisation_factory = NULL;
  g_autoptr(GtkListItemFactory) decision_factory = NULL;
  g_autoptr(GtkListItemFactory) method_factory = NULL;
  g_autofree char *today_text = NULL;
  GDate today;

  G_OBJECT_CLASS (caseload_consent_dialog_parent_class)->constructed (object);

  g_return_if_fail (self->context != NULL);
  g_return_if_fail (self->person != NULL);

  self->cancellable = g_cancellable_new ();

  /* Whose record this is about, always in sight. */
  adw_window_title_set_subtitle (self->window_title, caseload_person_get_display_name (self->person));

  organisation_factory = caseload_format_string_factory_new ();
  adw_combo_row_set_factory (self->organisation_row, organisation_factory);
  decision_factory = caseload_format_string_factory_new ();
  adw_combo_row_set_factory (self->decision_row, decision_factory);
  method_factory = caseload_format_string_factory_new ();
  adw_combo_row_set_factory (self->method_row, method_factory);

  for (guint i = 0; i < N_DECISIONS; i++)
    gtk_string_list_append (self->decision_names, _(decision_labels[i]));
  adw_combo_row_set_selected (self->decision_row, GTK_INVALID_LIST_POSITION);

  for (guint i = 0; i < G_N_ELEMENTS (methods); i++)
    gtk_string_list_append (self->method_names, caseload_consent_method_label (methods[i]));
  adw_combo_row_set_selected (self->method_row, 0);

  caseload_clock_today (caseload_context_get_clock (self->context), &today);
  today_text = g_strdup_printf ("%02u/%02u/%04u", g_date_get_day (&today), g_date_get_month (&today),
                                g_date_get_year (&today));
  gtk_editable_set_text (GTK_EDITABLE (self->decided_on_row), today_text);

  g_signal_connect_object (self->organisation_row, "notify::selected",
                           G_CALLBACK (on_organisation_selected_cb), self, 0);
  g_signal_connect_object (self->decision_row, "notify::selected",
                           G_CALLBACK (on_decision_selected_cb), self, 0);

  list_organisations (self);
  g_signal_connect_object (self->context, "connection-restored",
                           G_CALLBACK (on_connection_restored_cb), self, G_CONNECT_SWAPPED);
}

static void
caseload_consent_dialog_dispose (GObject *object)
{
  CaseloadConsentDialog *self = (CaseloadConsentDialog *)object;

  g_cancellable_cancel (self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_CONSENT_DIALOG);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->organisations, g_ptr_array_unref);
  g_clear_pointer (&self->organisation_id, g_free);
  g_clear_object (&self->person);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (caseload_consent_dialog_parent_class)->dispose (object);
}

static void
caseload_consent_dialog_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  CaseloadConsentDialog *self = CASELOAD_CONSENT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_PERSON:
      g_value_set_object (value, self->person);
      break;

    case PROP_ORGANISATION_ID:
      g_value_set_string (value, self->organisation_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_consent_dialog_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  CaseloadConsentDialog *self = CASELOAD_CONSENT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    case PROP_PERSON:
      self->person = g_value_dup_object (value);
      break;

    case PROP_ORGANISATION_ID:
      self->organisation_id = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_consent_dialog_class_init (CaseloadConsentDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = caseload_consent_dialog_constructed;
  object_class->dispose = caseload_consent_dialog_dispose;
  object_class->get_property = caseload_consent_dialog_get_property;
  object_class->set_property = caseload_consent_dialog_set_property;

  window_class->close_request = caseload_consent_dialog_close_request;

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         CASELOAD_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_PERSON] =
    g_param_spec_object ("person", NULL, NULL,
                         CASELOAD_TYPE_PERSON,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_ORGANISATION_ID] =
    g_param_spec_string ("organisation-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CaseloadConsentDialog::saved:
   * @consent: the decision as recorded
   */
  signals [SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CASELOAD_TYPE_CONSENT);

  gtk_widget_class_install_action (widget_class, "consent-dialog.save", NULL, save_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "consent-dialog.save", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pcnmh/Caseload/caseload-consent-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadConsentDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, CaseloadConsentDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadConsentDialog, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, CaseloadConsentDialog, banner_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadConsentDialog, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadConsentDialog, organisation_names);
  gtk_widget_class_bind_template_child (widget_class, CaseloadConsentDialog, organisation_error_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadConsentDialog, organisation_error_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadConsentDialog, decision_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadConsentDialog, decision_names);
  gtk_widget_class_bind_template_child (widget_class, CaseloadConsentDialog, decision_error_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadConsentDialog, decision_error_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadConsentDialog, method_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadConsentDialog, method_names);
  gtk_widget_class_bind_template_child (widget_class, CaseloadConsentDialog, decided_on_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadConsentDialog, decided_on_error_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadConsentDialog, decided_on_error_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadConsentDialog, review_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadConsentDialog, review_error_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadConsentDialog, review_error_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadConsentDialog, note_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadConsentDialog, note_error_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadConsentDialog, note_error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_date_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_date_left_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);
}

static void
caseload_consent_dialog_init (CaseloadConsentDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

CaseloadConsentDialog *
caseload_consent_dialog_new (GtkWindow       *parent,
                             CaseloadContext *context,
                             CaseloadPerson  *person,
                             const char      *organisation_id)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CASELOAD_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (CASELOAD_IS_PERSON (person), NULL);

  return g_object_new (CASELOAD_TYPE_CONSENT_DIALOG,
                       "transient-for", parent,
                       /* Part of the application, so quitting asks before losing it. */
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       "context", context,
                       "person", person,
                       "organisation-id", organisation_id,
                       NULL);
}

gboolean
caseload_consent_dialog_get_loading (CaseloadConsentDialog *self)
{
  g_return_val_if_fail (CASELOAD_IS_CONSENT_DIALOG (self), FALSE);

  return self->loading;
}

GtkWidget *
caseload_consent_dialog_get_field (CaseloadConsentDialog *self,
                                   const char            *field)
{
  g_return_val_if_fail (CASELOAD_IS_CONSENT_DIALOG (self), NULL);
  g_return_val_if_fail (field != NULL, NULL);

  if (g_str_equal (field, "organisation"))
    return GTK_WIDGET (self->organisation_row);
  if (g_str_equal (field, "decision"))
    return GTK_WIDGET (self->decision_row);
  if (g_str_equal (field, "method"))
    return GTK_WIDGET (self->method_row);
  if (g_str_equal (field, "decided-on"))
    return GTK_WIDGET (self->decided_on_row);
  if (g_str_equal (field, "review-date"))
    return GTK_WIDGET (self->review_row);
  if (g_str_equal (field, "note"))
    return GTK_WIDGET (self->note_row);

  return NULL;
}

const char *
caseload_consent_dialog_get_error (CaseloadConsentDialog *self,
                                   const char            *field)
{
  g_return_val_if_fail (CASELOAD_IS_CONSENT_DIALOG (self), NULL);

  if (field == NULL)
    return gtk_revealer_get_reveal_child (self->banner_revealer) ?
           gtk_label_get_text (self->banner_label) : NULL;

  if (g_str_equal (field, "organisation"))
    return shown_error (self->organisation_error_row, self->organisation_error_label);
  if (g_str_equal (field, "decision"))
    return shown_error (self->decision_error_row, self->decision_error_label);
  if (g_str_equal (field, "decided-on"))
    return shown_error (self->decided_on_error_row, self->decided_on_error_label);
  if (g_str_equal (field, "review-date"))
    return shown_error (self->review_error_row, self->review_error_label);
  if (g_str_equal (field, "note"))
    return shown_error (self->note_error_row, self->note_error_label);

  return NULL;
}
