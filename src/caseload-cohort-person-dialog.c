/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-cohort-person-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-cohort-person-dialog.h"
#include "caseload-format.h"
#include "caseload-info-row.h"
#include "caseload-participant-save.h"
#include "caseload-worker.h"

/* A search to pick one person from: the first few are enough. */
#define MAX_FOUND 20

struct _CaseloadCohortPersonDialog
{
  AdwWindow        parent_instance;

  /* Owned */
  CaseloadContext *context;
  CaseloadCohort  *cohort;
  GCancellable    *cancellable;    /* saves, and the dialog's life */
  GCancellable    *search_cancellable;
  GListStore      *found;

  /* Template children */
  AdwWindowTitle  *window_title;
  GtkSearchEntry  *search_entry;
  GtkLabel        *error_label;
  GtkListBox      *list_box;
};

typedef struct {
  CaseloadStore *store;
  CaseloadStaff *actor;
  char          *search;
} PersonCall;

G_DEFINE_FINAL_TYPE (CaseloadCohortPersonDialog, caseload_cohort_person_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void
person_call_free (PersonCall *call)
{
  g_clear_object (&call->store);
  g_clear_object (&call->actor);
  g_free (call->search);
  g_free (call);
}

static PersonCall *
person_call_new (CaseloadCohortPersonDialog *self)
{
  PersonCall *call = g_new0 (PersonCall, 1);

  call->store = g_object_ref (caseload_context_get_store (self->context));
  call->actor = caseload_worker_copy_staff (caseload_context_get_actor (self->context));
  return call;
}

static gpointer
search_thread (gpointer       data,
               GCancellable  *cancellable,
               GError       **error)
{
  PersonCall *call = data;

  return caseload_store_list_people (call->store, call->actor, call->search, 0, MAX_FOUND, error);
}

static void
show_error (CaseloadCohortPersonDialog *self,
            const char                 *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  CaseloadPerson *person = item;
  g_autofree char *born = caseload_format_date (caseload_person_get_date_of_birth (person));
  g_autofree char *subtitle = NULL;
  GtkWidget *row;

  /* Translators: who a person found is: "Born 3 Mar 1990 · NHS 943 476 5919" */
  subtitle = g_strdup_printf (_("Born %s · NHS %s"), born != NULL ? born : "?",
                              caseload_person_get_nhs_number (person) != NULL ? caseload_person_get_nhs_number (person) : "—");
  row = caseload_info_row_new (caseload_person_get_display_name (person), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  return row;
}

static void
on_found_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(CaseloadCohortPersonDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) people = caseload_worker_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (people == NULL)
    {
      g_autofree char *message = caseload_format_read_error (error);
      show_error (self, message);
      return;
    }

  show_error (self, people->len == 0 ? _("Nobody found. Try part of the name, an NHS number or a date of birth.") : NULL);
  g_list_store_splice (self->found, 0, g_list_model_get_n_items (G_LIST_MODEL (self->found)),
                       people->pdata, people->len);
}

static void
on_search_changed_cb (CaseloadCohortPersonDialog *self)
{
  caseload_cohort_person_dialog_search (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
on_saved_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(CaseloadCohortPersonDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  if (caseload_worker_finish (result, &error) != NULL)
    {
      g_signal_emit (self, signals [SAVED], 0);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  gtk_widget_set_sensitive (GTK_WIDGET (self->list_box), TRUE);
  g_debug ("Adding a person to a group failed: %s %d", g_quark_to_string (error->domain), error->code);
  {
    g_autofree char *message = caseload_format_save_error (error);
    show_error (self, message);
  }
}

static void
on_row_activated_cb (CaseloadCohortPersonDialog *self,
                     GtkListBoxRow              *row)
{
  caseload_cohort_person_dialog_add (self, gtk_list_box_row_get_index (row));
}

static void
caseload_cohort_person_dialog_dispose (GObject *object)
{
  CaseloadCohortPersonDialog *self = (CaseloadCohortPersonDialog *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_cancellable_cancel (self->search_cancellable);
  g_clear_object (&self->search_cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_COHORT_PERSON_DIALOG);

  g_clear_object (&self->context);
  g_clear_object (&self->cohort);
  g_clear_object (&self->found);

  G_OBJECT_CLASS (caseload_cohort_person_dialog_parent_class)->dispose (object);
}

static void
caseload_cohort_person_dialog_class_init (CaseloadCohortPersonDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_cohort_person_dialog_dispose;

  signals [SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pcnmh/Caseload/caseload-cohort-person-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadCohortPersonDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCohortPersonDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCohortPersonDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCohortPersonDialog, list_box);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
caseload_cohort_person_dialog_init (CaseloadCohortPersonDialog *self)
{
  self->cancellable = g_cancellable_new ();
  self->found = g_list_store_new (CASELOAD_TYPE_PERSON);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->found), create_row, self, NULL);
}

GtkWidget *
caseload_cohort_person_dialog_new (GtkWindow       *parent,
                                   CaseloadContext *context,
                                   CaseloadCohort  *cohort)
{
  CaseloadCohortPersonDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CASELOAD_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (CASELOAD_IS_COHORT (cohort), NULL);

  self = g_object_new (CASELOAD_TYPE_COHORT_PERSON_DIALOG, "transient-for", parent, NULL);
  self->context = g_object_ref (context);
  self->cohort = g_object_ref (cohort);
  adw_window_title_set_subtitle (self->window_title, caseload_cohort_get_name (cohort));
  return GTK_WIDGET (self);
}

void
caseload_cohort_person_dialog_search (CaseloadCohortPersonDialog *self,
                                      const char                 *text)
{
  g_autofree char *trimmed = NULL;
  PersonCall *call;

  g_return_if_fail (CASELOAD_IS_COHORT_PERSON_DIALOG (self));

  g_cancellable_cancel (self->search_cancellable);
  g_clear_object (&self->search_cancellable);
  trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));
  if (*trimmed == '\0')
    {
      g_list_store_remove_all (self->found);
      show_error (self, NULL);
      return;
    }

  self->search_cancellable = g_cancellable_new ();
  call = person_call_new (self);
  call->search = g_steal_pointer (&trimmed);
  caseload_worker_run (self, caseload_cohort_person_dialog_search, search_thread, call,
                       (GDestroyNotify) person_call_free, (GDestroyNotify) g_ptr_array_unref,
                       self->search_cancellable, on_found_cb, g_object_ref (self));
}

GListModel *
caseload_cohort_person_dialog_get_found (CaseloadCohortPersonDialog *self)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT_PERSON_DIALOG (self), NULL);

  return G_LIST_MODEL (self->found);
}

void
caseload_cohort_person_dialog_add (CaseloadCohortPersonDialog *self,
                                   guint                       index)
{
  g_autoptr(CaseloadPerson) person = NULL;
  g_autoptr(CaseloadCohortParticipant) participant = NULL;
  g_autofree char *today_iso = NULL;
  GDate today;

  g_return_if_fail (CASELOAD_IS_COHORT_PERSON_DIALOG (self));

  person = g_list_model_get_item (G_LIST_MODEL (self->found), index);
  if (person == NULL)
    return;

  caseload_clock_today (caseload_context_get_clock (self->context), &today);
  today_iso = caseload_date_to_iso (&today);

  participant = caseload_cohort_participant_new ();
  caseload_cohort_participant_set_cohort_id (participant, caseload_cohort_get_id (self->cohort));
  caseload_cohort_participant_set_person_id (participant, caseload_person_get_id (person));
  caseload_cohort_participant_set_joined_on (participant, today_iso);

  show_error (self, NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->list_box), FALSE);
  caseload_participant_save_run (self, self->context, participant, self->cancellable, on_saved_cb, g_object_ref (self));
}

const char *
caseload_cohort_person_dialog_get_error (CaseloadCohortPersonDialog *self)
{
  g_return_val_if_fail (CASELOAD_IS_COHORT_PERSON_DIALOG (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->error_label)) ? gtk_label_get_text (self->error_label) : NULL;
}
