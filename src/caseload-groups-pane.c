/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-groups-pane"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-format.h"
#include "caseload-groups-pane.h"
#include "caseload-info-row.h"
#include "caseload-worker.h"

struct _CaseloadGroupsPane
{
  GtkWidget           parent_instance;

  /* Owned */
  CaseloadContext    *context;
  GCancellable       *cancellable;     /* reads; replaced with the context */
  GListStore         *cohorts;
  GtkFilterListModel *filtered;
  GtkCustomFilter    *filter;
  char               *search;          /* casefolded, NULL: everything */
  char               *summary;
  gboolean            loading;
  gboolean            failed;

  /* Template children */
  GtkStack           *stack;
  GtkListBox         *list_box;
  AdwStatusPage      *error_page;
  GtkCheckButton     *finished_check;
};

typedef struct {
  CaseloadStore *store;
  CaseloadStaff *actor;
  gboolean       include_finished;
} ReadCall;

G_DEFINE_FINAL_TYPE (CaseloadGroupsPane, caseload_groups_pane, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
read_call_free (ReadCall *call)
{
  g_clear_object (&call->store);
  g_clear_object (&call->actor);
  g_free (call);
}

static gpointer
read_thread (gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  ReadCall *call = data;

  return caseload_store_list_cohorts (call->store, call->actor, call->include_finished, error);
}

static void
set_summary (CaseloadGroupsPane *self,
             const char         *summary)
{
  if (g_strcmp0 (self->summary, summary) == 0)
    return;
  g_free (self->summary);
  self->summary = g_strdup (summary);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SUMMARY]);
}

static void
update (CaseloadGroupsPane *self)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  g_autofree char *count = NULL;

  if (n_items > 0)
    gtk_stack_set_visible_child_name (self->stack, "list");
  else if (self->loading)
    gtk_stack_set_visible_child_name (self->stack, "loading");
  else
    gtk_stack_set_visible_child_name (self->stack, self->failed ? "error" : "empty");

  if (self->context == NULL)
    return;

  /* Translators: how many STEPPS groups the list shows */
  count = g_strdup_printf (ngettext ("%u group", "%u groups", n_items), n_items);
  set_summary (self, self->loading && n_items == 0 ? _("Loading…") : count);
}

static void
on_read_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(CaseloadGroupsPane) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cohorts = caseload_worker_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->loading = FALSE;
  self->failed = cohorts == NULL;
  if (cohorts == NULL)
    {
      g_autofree char *message = caseload_format_read_error (error);

      g_debug ("Could not read the groups (%s %d)", g_quark_to_string (error->domain), error->code);
      adw_status_page_set_description (self->error_page, message);
      update (self);
      return;
    }

  caseload_groups_pane_show (self, cohorts);
}

/* The facilitators by name ("Adaeze Nwosu, Shahana Begum"); their organisations are in
 * the row's tooltip, so the line stays short and does not wrap. (transfer full) */
static char *
facilitator_names (CaseloadCohort *cohort)
{
  GPtrArray *facilitators = caseload_cohort_get_facilitators (cohort);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < facilitators->len; i++)
    {
      if (i > 0)
        /* Translators: between facilitators' names in the Groups list */
        g_string_append (names, _(", "));
      g_string_append (names, caseload_staff_get_display_name (g_ptr_array_index (facilitators, i)));
    }
  return names->len > 0 ? g_string_free (g_steal_pointer (&names), FALSE) : g_strdup (_("No facilitators named"));
}

/* The lines under a cohort's name: what and when, the next session, who runs it and how
 * many are in it. (transfer full) */
static char *
describe_cohort (CaseloadCohort *cohort)
{
  g_autofree char *start = caseload_format_date (caseload_cohort_get_start_on (cohort));
  g_autofree char *end = caseload_format_date (caseload_cohort_get_end_on (cohort));
  g_autofree char *next = caseload_format_date (caseload_cohort_get_next_session_on (cohort));
  g_autofree char *names = facilitator_names (cohort);
  g_autofree char *when = NULL;
  g_autofree char *next_line = NULL;
  g_autofree char *people = NULL;
  const char *venue = caseload_cohort_get_venue (cohort);
  int n_people = caseload_cohort_get_n_participants (cohort);

  /* Translators: a group's programme, then its first and last sessions' dates:
   * "STEPPS, 20 weekly sessions · 12 Jan 2027 to 25 May 2027" */
  when = g_strdup_printf (_("%s · %s to %s"), caseload_stepps_programme_label (caseload_cohort_get_programme (cohort)),
                          start != NULL ? start : "?", end != NULL ? end : "?");
  /* Translators: how many people are in a group */
  people = g_strdup_printf (ngettext ("%d person", "%d people", n_people), n_people);
  if (next != NULL)
    /* Translators: the date of a group's next session, then where it meets */
    next_line = venue != NULL && *venue != '\0'
      ? g_strdup_printf (_("Next session %s · %s"), next, venue)
      : g_strdup_printf (_("Next session %s"), next);
  else
    next_line = g_strdup (_("Finished: no session left"));

  return g_strdup_printf ("%s\n%s\n%s · %s", when, next_line, names, people);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  CaseloadCohort *cohort = item;
  g_autofree char *subtitle = describe_cohort (cohort);
  GtkWidget *row = caseload_info_row_new (caseload_cohort_get_name (cohort) != NULL ? caseload_cohort_get_name (cohort) : "",
                                          subtitle);
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  gtk_accessible_update_property (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_widget_set_valign (arrow, GTK_ALIGN_CENTER);
  caseload_info_row_add_suffix (row, arrow);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_tooltip_text (row, caseload_cohort_get_facilitator_names (cohort));
  g_object_set_data_full (G_OBJECT (row), "cohort-id", g_strdup (caseload_cohort_get_id (cohort)), g_free);
  return row;
}

static gboolean
match_cohort (gpointer item,
              gpointer user_data)
{
  CaseloadGroupsPane *self = user_data;
  const char *const fields[] = {
    caseload_cohort_get_name (item),
    caseload_cohort_get_venue (item),
    caseload_cohort_get_facilitator_names (item),
  };

  return caseload_format_search_matches (self->search, fields, G_N_ELEMENTS (fields));
}

static void
on_row_activated_cb (CaseloadGroupsPane *self,
                     GtkListBoxRow      *row)
{
  const char *id = g_object_get_data (G_OBJECT (row), "cohort-id");

  if (id != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.open-cohort", "s", id);
}

static void
on_finished_toggled_cb (CaseloadGroupsPane *self)
{
  caseload_groups_pane_reload (self);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  caseload_groups_pane_reload (CASELOAD_GROUPS_PANE (widget));
}

static void
caseload_groups_pane_dispose (GObject *object)
{
  CaseloadGroupsPane *self = (CaseloadGroupsPane *)object;
  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_GROUPS_PANE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->filtered);
  g_clear_object (&self->cohorts);
  g_clear_object (&self->context);
  g_clear_pointer (&self->search, g_free);
  g_clear_pointer (&self->summary, g_free);

  G_OBJECT_CLASS (caseload_groups_pane_parent_class)->dispose (object);
}

static void
caseload_groups_pane_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CaseloadGroupsPane *self = CASELOAD_GROUPS_PANE (object);

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
caseload_groups_pane_class_init (CaseloadGroupsPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_groups_pane_dispose;
  object_class->get_property = caseload_groups_pane_get_property;

  properties [PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pcnmh/Caseload/caseload-groups-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadGroupsPane, stack);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGroupsPane, list_box);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGroupsPane, error_page);
  gtk_widget_class_bind_template_child (widget_class, CaseloadGroupsPane, finished_check);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_finished_toggled_cb);

  gtk_widget_class_install_action (widget_class, "groups-pane.reload", NULL, reload_action);
}

static void
caseload_groups_pane_init (CaseloadGroupsPane *self)
{
  self->summary = g_strdup ("");
  self->cohorts = g_list_store_new (CASELOAD_TYPE_COHORT);
  self->filter = gtk_custom_filter_new (match_cohort, self, NULL);
  /* The filter model owns the filter. */
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->cohorts)), GTK_FILTER (self->filter));

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->filtered), create_row, self, NULL);
  g_signal_connect_object (self->filtered, "items-changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
}

/* For the context's actor (NULL: none, and forgets the last ones); read when shown. */
void
caseload_groups_pane_set_context (CaseloadGroupsPane *self,
                                  CaseloadContext    *context)
{
  g_return_if_fail (CASELOAD_IS_GROUPS_PANE (self));
  g_return_if_fail (context == NULL || CASELOAD_IS_CONTEXT (context));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_set_object (&self->context, context);
  g_list_store_remove_all (self->cohorts);
  g_clear_pointer (&self->search, g_free);
  self->loading = FALSE;
  self->failed = FALSE;
  set_summary (self, "");
}

void
caseload_groups_pane_set_search (CaseloadGroupsPane *self,
                                 const char         *search)
{
  g_return_if_fail (CASELOAD_IS_GROUPS_PANE (self));

  g_free (self->search);
  self->search = caseload_format_search_key (search);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

void
caseload_groups_pane_reload (CaseloadGroupsPane *self)
{
  ReadCall *call;

  g_return_if_fail (CASELOAD_IS_GROUPS_PANE (self));

  if (self->context == NULL || caseload_context_get_actor (self->context) == NULL)
    return;

  call = g_new0 (ReadCall, 1);
  call->store = g_object_ref (caseload_context_get_store (self->context));
  call->actor = caseload_worker_copy_staff (caseload_context_get_actor (self->context));
  call->include_finished = gtk_check_button_get_active (self->finished_check);

  self->loading = TRUE;
  update (self);
  caseload_worker_run (self, caseload_groups_pane_reload, read_thread, call,
                       (GDestroyNotify) read_call_free, (GDestroyNotify) g_ptr_array_unref,
                       self->cancellable, on_read_cb, g_object_ref (self));
}

void
caseload_groups_pane_show (CaseloadGroupsPane *self,
                           GPtrArray          *cohorts)
{
  g_return_if_fail (CASELOAD_IS_GROUPS_PANE (self));
  g_return_if_fail (cohorts != NULL);

  self->loading = FALSE;
  self->failed = FALSE;
  g_list_store_splice (self->cohorts, 0, g_list_model_get_n_items (G_LIST_MODEL (self->cohorts)),
                       cohorts->pdata, cohorts->len);
  update (self);
}

const char *
caseload_groups_pane_get_summary (CaseloadGroupsPane *self)
{
  g_return_val_if_fail (CASELOAD_IS_GROUPS_PANE (self), NULL);

  return self->summary;
}

GListModel *
caseload_groups_pane_get_cohorts (CaseloadGroupsPane *self)
{
  g_return_val_if_fail (CASELOAD_IS_GROUPS_PANE (self), NULL);

  return G_LIST_MODEL (self->filtered);
}

gboolean
caseload_groups_pane_get_loading (CaseloadGroupsPane *self)
{
  g_return_val_if_fail (CASELOAD_IS_GROUPS_PANE (self), FALSE);

  return self->loading;
}
