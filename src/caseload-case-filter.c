/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-case-filter"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-case-filter.h"
#include "caseload-format.h"
#include "caseload-worker.h"

struct _CaseloadCaseFilter
{
  GtkPopover       parent_instance;

  /* Owned */
  CaseloadContext *context;
  GCancellable    *cancellable;
  GPtrArray       *pcns;            /* the PCN of each choice after "Any" */
  GPtrArray       *practice_ids;
  GPtrArray       *organisation_ids;
  GPtrArray       *worker_ids;
  gboolean         filling;         /* the choices are being replaced: no "changed" */

  /* Template children */
  GtkDropDown     *pcn_dropdown;
  GtkDropDown     *practice_dropdown;
  GtkDropDown     *organisation_dropdown;
  GtkWidget       *worker_label;
  GtkDropDown     *worker_dropdown;
  GtkDropDown     *urgency_dropdown;
  GtkDropDown     *pathway_dropdown;
  GtkDropDown     *breach_dropdown;
  GtkDropDown     *sort_dropdown;
};

typedef struct {
  GPtrArray *organisations;
  GPtrArray *staff;
} Choices;

G_DEFINE_FINAL_TYPE (CaseloadCaseFilter, caseload_case_filter, GTK_TYPE_POPOVER)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void
choices_free (Choices *choices)
{
  g_clear_pointer (&choices->organisations, g_ptr_array_unref);
  g_clear_pointer (&choices->staff, g_ptr_array_unref);
  g_free (choices);
}

static gpointer
load_thread (gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  CaseloadStore *store = data;
  g_autoptr(GPtrArray) organisations = NULL;
  g_autoptr(GPtrArray) staff = NULL;
  Choices *choices;

  if ((organisations = caseload_store_list_organisations (store, error)) == NULL ||
      (staff = caseload_store_list_staff (store, error)) == NULL)
    return NULL;

  choices = g_new0 (Choices, 1);
  choices->organisations = g_steal_pointer (&organisations);
  choices->staff = g_steal_pointer (&staff);
  return choices;
}

/* "Any …" first, then @labels; @ids the value of each after "Any". */
static void
fill_dropdown (GtkDropDown *dropdown,
               const char  *any,
               GPtrArray   *labels)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);

  gtk_string_list_append (model, any);
  for (guint i = 0; i < labels->len; i++)
    gtk_string_list_append (model, g_ptr_array_index (labels, i));
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (model));
  gtk_drop_down_set_selected (dropdown, 0);
}

static void
on_loaded_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(CaseloadCaseFilter) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pcn_labels = g_ptr_array_new ();
  g_autoptr(GPtrArray) practice_labels = g_ptr_array_new ();
  g_autoptr(GPtrArray) organisation_labels = g_ptr_array_new ();
  g_autoptr(GPtrArray) worker_labels = g_ptr_array_new_with_free_func (g_free);
  Choices *choices = caseload_worker_finish (result, &error);

  if (choices == NULL)
    {
      /* The list still works unfiltered; the choices are read again next time. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("Could not read the filter choices (%s %d)", g_quark_to_string (error->domain), error->code);
      return;
    }

  g_ptr_array_set_size (self->pcns, 0);
  g_ptr_array_set_size (self->practice_ids, 0);
  g_ptr_array_set_size (self->organisation_ids, 0);
  g_ptr_array_set_size (self->worker_ids, 0);

  for (guint i = 0; i < choices->organisations->len; i++)
    {
      CaseloadOrganisation *organisation = g_ptr_array_index (choices->organisations, i);
      const char *pcn = caseload_organisation_get_pcn (organisation);

      if (caseload_organisation_get_kind (organisation) == CASELOAD_ORGANISATION_GP_PRACTICE)
        {
          g_ptr_array_add (self->practice_ids, g_strdup (caseload_organisation_get_id (organisation)));
          g_ptr_array_add (practice_labels, (gpointer) caseload_organisation_get_name (organisation));
        }
      else
        {
          g_ptr_array_add (self->organisation_ids, g_strdup (caseload_organisation_get_id (organisation)));
          g_ptr_array_add (organisation_labels, (gpointer) caseload_organisation_get_name (organisation));
        }

      if (pcn != NULL && *pcn != '\0' &&
          !g_ptr_array_find_with_equal_func (self->pcns, pcn, g_str_equal, NULL))
        g_ptr_array_add (self->pcns, g_strdup (pcn));
    }
  for (guint i = 0; i < self->pcns->len; i++)
    g_ptr_array_add (pcn_labels, g_ptr_array_index (self->pcns, i));

  for (guint i = 0; i < choices->staff->len; i++)
    {
      CaseloadStaff *staff = g_ptr_array_index (choices->staff, i);
      const char *organisation = caseload_staff_get_organisation_name (staff);

      if (!caseload_staff_get_active (staff) || caseload_staff_get_access_role (staff) == CASELOAD_ROLE_ADMINISTRATOR)
        continue;
      g_ptr_array_add (self->worker_ids, g_strdup (caseload_staff_get_id (staff)));
      g_ptr_array_add (worker_labels,
                       organisation != NULL
                       /* Translators: a worker and their organisation in the worker filter */
                       ? g_strdup_printf (_("%s (%s)"), caseload_staff_get_display_name (staff), organisation)
                       : g_strdup (caseload_staff_get_display_name (staff)));
    }

  self->filling = TRUE;
  fill_dropdown (self->pcn_dropdown, _("Every PCN"), pcn_labels);
  fill_dropdown (self->practice_dropdown, _("Every practice"), practice_labels);
  fill_dropdown (self->organisation_dropdown, _("Every organisation"), organisation_labels);
  fill_dropdown (self->worker_dropdown, _("Every worker"), worker_labels);
  self->filling = FALSE;

  choices_free (choices);
}

static const char *
chosen (GtkDropDown *dropdown,
        GPtrArray   *values)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected - 1 >= values->len)
    return NULL;
  return g_ptr_array_index (values, selected - 1);
}

static void
on_changed_cb (CaseloadCaseFilter *self)
{
  if (!self->filling)
    g_signal_emit (self, signals [CHANGED], 0);
}

static void
on_clear_clicked_cb (CaseloadCaseFilter *self)
{
  caseload_case_filter_clear (self);
}

static void
caseload_case_filter_dispose (GObject *object)
{
  CaseloadCaseFilter *self = (CaseloadCaseFilter *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->context);
  g_clear_pointer (&self->pcns, g_ptr_array_unref);
  g_clear_pointer (&self->practice_ids, g_ptr_array_unref);
  g_clear_pointer (&self->organisation_ids, g_ptr_array_unref);
  g_clear_pointer (&self->worker_ids, g_ptr_array_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_CASE_FILTER);

  G_OBJECT_CLASS (caseload_case_filter_parent_class)->dispose (object);
}

static void
caseload_case_filter_class_init (CaseloadCaseFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_case_filter_dispose;

  signals [CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pcnmh/Caseload/caseload-case-filter.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadCaseFilter, pcn_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCaseFilter, practice_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCaseFilter, organisation_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCaseFilter, worker_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCaseFilter, worker_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCaseFilter, urgency_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCaseFilter, pathway_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCaseFilter, breach_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCaseFilter, sort_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, on_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_clicked_cb);
}

static void
caseload_case_filter_init (CaseloadCaseFilter *self)
{
  self->cancellable = g_cancellable_new ();
  self->pcns = g_ptr_array_new_with_free_func (g_free);
  self->practice_ids = g_ptr_array_new_with_free_func (g_free);
  self->organisation_ids = g_ptr_array_new_with_free_func (g_free);
  self->worker_ids = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
caseload_case_filter_new (void)
{
  return g_object_new (CASELOAD_TYPE_CASE_FILTER, NULL);
}

void
caseload_case_filter_set_context (CaseloadCaseFilter *self,
                                  CaseloadContext    *context)
{
  g_return_if_fail (CASELOAD_IS_CASE_FILTER (self));
  g_return_if_fail (CASELOAD_IS_CONTEXT (context));

  g_set_object (&self->context, context);
  caseload_worker_run (self, caseload_case_filter_set_context,
                       load_thread, g_object_ref (caseload_context_get_store (context)), g_object_unref,
                       (GDestroyNotify) choices_free,
                       self->cancellable, on_loaded_cb, g_object_ref (self));
}

void
caseload_case_filter_apply (CaseloadCaseFilter *self,
                            CaseloadCaseQuery  *query)
{
  guint urgency, pathway, breach, sort;

  g_return_if_fail (CASELOAD_IS_CASE_FILTER (self));
  g_return_if_fail (query != NULL);

  g_free (query->pcn);
  query->pcn = g_strdup (chosen (self->pcn_dropdown, self->pcns));
  g_free (query->practice_id);
  query->practice_id = g_strdup (chosen (self->practice_dropdown, self->practice_ids));
  g_free (query->organisation_id);
  query->organisation_id = g_strdup (chosen (self->organisation_dropdown, self->organisation_ids));
  g_free (query->worker_id);
  query->worker_id = gtk_widget_get_visible (self->worker_label)
                     ? g_strdup (chosen (self->worker_dropdown, self->worker_ids)) : NULL;

  /* The first choice of each is "any"; the rest follow the enums' order. */
  urgency = gtk_drop_down_get_selected (self->urgency_dropdown);
  query->urgency = urgency == 0 || urgency == GTK_INVALID_LIST_POSITION ? -1 : (int) urgency - 1;
  pathway = gtk_drop_down_get_selected (self->pathway_dropdown);
  query->pathway = pathway == 0 || pathway == GTK_INVALID_LIST_POSITION ? -1 : (int) pathway - 1;
  breach = gtk_drop_down_get_selected (self->breach_dropdown);
  query->breach = breach == GTK_INVALID_LIST_POSITION ? CASELOAD_BREACH_FILTER_ANY : (CaseloadBreachFilter) breach;
  sort = gtk_drop_down_get_selected (self->sort_dropdown);
  query->sort = sort == GTK_INVALID_LIST_POSITION ? CASELOAD_CASE_SORT_DEFAULT : (CaseloadCaseSort) sort;
}

guint
caseload_case_filter_get_n_active (CaseloadCaseFilter *self)
{
  g_autoptr(CaseloadCaseQuery) query = caseload_case_query_new (CASELOAD_LIST_MY_CASELOAD);

  g_return_val_if_fail (CASELOAD_IS_CASE_FILTER (self), 0);

  caseload_case_filter_apply (self, query);
  return (query->pcn != NULL) + (query->practice_id != NULL) + (query->organisation_id != NULL) +
         (query->worker_id != NULL) + (query->urgency >= 0) + (query->pathway >= 0) +
         (query->breach != CASELOAD_BREACH_FILTER_ANY);
}

void
caseload_case_filter_set_show_worker (CaseloadCaseFilter *self,
                                      gboolean            show)
{
  g_return_if_fail (CASELOAD_IS_CASE_FILTER (self));

  gtk_widget_set_visible (self->worker_label, show);
  gtk_widget_set_visible (GTK_WIDGET (self->worker_dropdown), show);
}

void
caseload_case_filter_clear (CaseloadCaseFilter *self)
{
  GtkDropDown *dropdowns[] = {
    self->pcn_dropdown, self->practice_dropdown, self->organisation_dropdown,
    self->worker_dropdown, self->urgency_dropdown, self->pathway_dropdown, self->breach_dropdown,
  };

  g_return_if_fail (CASELOAD_IS_CASE_FILTER (self));

  /* One "changed" for the lot. */
  self->filling = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (dropdowns); i++)
    gtk_drop_down_set_selected (dropdowns[i], 0);
  self->filling = FALSE;
  g_signal_emit (self, signals [CHANGED], 0);
}
