/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-plan-version-window"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-format.h"
#include "caseload-plan-compare.h"
#include "caseload-plan-sheet.h"
#include "caseload-plan-version-window.h"
#include "caseload-worker.h"

struct _CaseloadPlanVersionWindow
{
  AdwWindow          parent_instance;

  CaseloadContext   *context;
  CaseloadPerson    *person;
  CaseloadPlan      *current;
  CaseloadPlan      *plan;       /* the version, once read */
  int                version;
  GCancellable      *cancellable;
  guint              loading : 1;
  guint              compared : 1;

  AdwWindowTitle    *window_title;
  GtkToggleButton   *compare_button;
  GtkLabel          *note_label;
  GtkStack          *stack;
  AdwStatusPage     *error_page;
  CaseloadPlanSheet *sheet;
  GtkBox            *compare_box;
};

G_DEFINE_FINAL_TYPE (CaseloadPlanVersionWindow, caseload_plan_version_window, ADW_TYPE_WINDOW)

typedef struct {
  CaseloadStore *store;
  CaseloadStaff *actor;
  char          *person_id;
  int            version;
} ReadCall;

static void
read_call_free (ReadCall *call)
{
  g_clear_object (&call->store);
  g_clear_object (&call->actor);
  g_free (call->person_id);
  g_free (call);
}

static gpointer
read_thread (gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  ReadCall *call = data;

  return caseload_store_get_plan (call->store, call->actor, call->person_id, call->version, error);
}

static const char *
get_person_name (CaseloadPerson *person)
{
  const char *name = caseload_person_get_preferred_name (person);

  return name != NULL && *name != '\0' ? name : caseload_person_get_given_name (person);
}

static GtkWidget *
create_change_row (const CaseloadPlanChange *change)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon;
  const char *icon_name;
  const char *style;
  const char *kind;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *name = NULL;
  const char *none = _("(nothing)");

  switch (change->kind)
    {
    case CASELOAD_PLAN_CHANGE_ADDED:
      icon_name = "list-add-symbolic";
      style = "plan-change-added";
      kind = _("Added");
      /* Translators: what a field says now, in the comparison of two versions of a plan */
      subtitle = g_strdup_printf (_("Now: %s"), change->after != NULL ? change->after : none);
      break;
    case CASELOAD_PLAN_CHANGE_REMOVED:
      icon_name = "list-remove-symbolic";
      style = "plan-change-removed";
      kind = _("Removed");
      /* Translators: what a field said in the older version, in the comparison of two versions of a plan */
      subtitle = g_strdup_printf (_("Was: %s"), change->before != NULL ? change->before : none);
      break;
    case CASELOAD_PLAN_CHANGE_CHANGED:
    default:
      icon_name = "document-edit-symbolic";
      style = "plan-change-changed";
      kind = _("Changed");
      /* Translators: a field's words before and after, in the comparison of two versions of a plan */
      subtitle = g_strdup_printf (_("Was: %s\nNow: %s"), change->before != NULL ? change->before : none,
                                  change->after != NULL ? change->after : none);
      break;
    }

  /* Translators: one change between two versions of a plan, as in "Changed: Early warning signs" */
  title = g_strdup_printf (_("%s: %s"), kind, change->field);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (row, style);

  icon = gtk_image_new_from_icon_name (icon_name);
  gtk_widget_add_css_class (icon, "plan-change-icon");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, kind, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  name = g_strdup_printf ("%s. %s", title, subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  return row;
}

/* The changes from this version to the current plan, grouped by section in reading
 * order. */
static void
show_compare (CaseloadPlanVersionWindow *self)
{
  g_autoptr(GPtrArray) changes = NULL;
  AdwPreferencesGroup *group = NULL;
  const char *section = NULL;
  GtkWidget *child;

  if (self->compared)
    return;
  self->compared = TRUE;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->compare_box))) != NULL)
    gtk_box_remove (self->compare_box, child);

  changes = caseload_plan_diff (self->plan, self->current);

  if (changes->len == 0)
    {
      GtkWidget *status = adw_status_page_new ();

      adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "emblem-ok-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (status), _("No Changes"));
      adw_status_page_set_description (ADW_STATUS_PAGE (status),
                                       _("This version says the same as the current plan."));
      gtk_box_append (self->compare_box, status);
      return;
    }

  for (guint i = 0; i < changes->len; i++)
    {
      CaseloadPlanChange *change = g_ptr_array_index (changes, i);

      if (group == NULL || g_strcmp0 (section, change->section) != 0)
        {
          group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
          adw_preferences_group_set_title (group, change->section);
          gtk_box_append (self->compare_box, GTK_WIDGET (group));
          section = change->section;
        }
      adw_preferences_group_add (group, create_change_row (change));
    }
}

static void
on_compare_toggled_cb (GtkToggleButton           *button,
                       CaseloadPlanVersionWindow *self)
{
  gboolean compare = gtk_toggle_button_get_active (button);

  if (self->plan == NULL)
    return;

  if (compare)
    show_compare (self);
  gtk_stack_set_visible_child_name (self->stack, compare ? "compare" : "sheet");
}

static void
on_read_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(CaseloadPlanVersionWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *when = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *note = NULL;
  CaseloadPlan *plan;

  plan = caseload_worker_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->loading = FALSE;

  if (plan == NULL)
    {
      g_autofree char *message = caseload_format_read_error (error);

      g_debug ("Reading a plan version failed: %s %d", g_quark_to_string (error->domain), error->code);
      caseload_context_report_error (self->context, error);
      adw_status_page_set_description (self->error_page, message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }

  self->plan = plan;
  when = caseload_format_date_time (caseload_plan_get_saved_at (plan));
  /* Translators: who saved a version of a plan, where and when, as in "Adaeze Nwosu · Thurrock Mind · Tue 3 Nov 2026, 14:20" */
  subtitle = g_strdup_printf (_("%s · %s · %s"), caseload_plan_get_author_name (plan),
                              caseload_plan_get_organisation_name (plan), when != NULL ? when : "");
  adw_window_title_set_subtitle (self->window_title, subtitle);
  note = g_strdup_printf (_("Version %d as it was saved, read only. The current plan is version %d."),
                          caseload_plan_get_version (plan), caseload_plan_get_version (self->current));
  gtk_label_set_text (self->note_label, note);

  caseload_plan_sheet_show (self->sheet, plan, get_person_name (self->person), NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->compare_button), TRUE);
  on_compare_toggled_cb (self->compare_button, self);
}

static void
caseload_plan_version_window_dispose (GObject *object)
{
  CaseloadPlanVersionWindow *self = CASELOAD_PLAN_VERSION_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_PLAN_VERSION_WINDOW);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->plan);
  g_clear_object (&self->current);
  g_clear_object (&self->person);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (caseload_plan_version_window_parent_class)->dispose (object);
}

static void
caseload_plan_version_window_class_init (CaseloadPlanVersionWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_plan_version_window_dispose;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  g_type_ensure (CASELOAD_TYPE_PLAN_SHEET);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pcnmh/Caseload/caseload-plan-version-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadPlanVersionWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPlanVersionWindow, compare_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPlanVersionWindow, note_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPlanVersionWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPlanVersionWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPlanVersionWindow, sheet);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPlanVersionWindow, compare_box);
  gtk_widget_class_bind_template_callback (widget_class, on_compare_toggled_cb);
}

static void
caseload_plan_version_window_init (CaseloadPlanVersionWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

CaseloadPlanVersionWindow *
caseload_plan_version_window_new (GtkWindow       *parent,
                                  CaseloadContext *context,
                                  CaseloadPerson  *person,
                                  CaseloadPlan    *current,
                                  int              version)
{
  CaseloadPlanVersionWindow *self;
  g_autofree char *title = NULL;
  ReadCall *call;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CASELOAD_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (CASELOAD_IS_PERSON (person), NULL);
  g_return_val_if_fail (CASELOAD_IS_PLAN (current), NULL);
  g_return_val_if_fail (version > 0, NULL);

  self = g_object_new (CASELOAD_TYPE_PLAN_VERSION_WINDOW, "transient-for", parent, NULL);
  self->context = g_object_ref (context);
  self->person = g_object_ref (person);
  self->current = g_object_ref (current);
  self->version = version;
  self->cancellable = g_cancellable_new ();

  /* Translators: the title of the window showing an older version of a plan */
  title = g_strdup_printf (_("Plan Version %d"), version);
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);
  gtk_stack_set_visible_child_name (self->stack, "loading");

  call = g_new0 (ReadCall, 1);
  call->store = g_object_ref (caseload_context_get_store (context));
  call->actor = caseload_worker_copy_staff (caseload_context_get_actor (context));
  call->person_id = g_strdup (caseload_person_get_id (person));
  call->version = version;

  self->loading = TRUE;
  caseload_worker_run (self, caseload_plan_version_window_new,
                       read_thread, call, (GDestroyNotify) read_call_free,
                       g_object_unref,
                       self->cancellable,
                       on_read_cb,
                       g_object_ref (self));

  return self;
}

gboolean
caseload_plan_version_window_get_busy (CaseloadPlanVersionWindow *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN_VERSION_WINDOW (self), FALSE);

  return self->loading;
}

void
caseload_plan_version_window_set_compare (CaseloadPlanVersionWindow *self,
                                          gboolean                   compare)
{
  g_return_if_fail (CASELOAD_IS_PLAN_VERSION_WINDOW (self));

  gtk_toggle_button_set_active (self->compare_button, compare);
}
