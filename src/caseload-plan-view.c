/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-format.h"
#include "caseload-plan-editor.h"
#include "caseload-plan-sheet.h"
#include "caseload-plan-version-window.h"
#include "caseload-plan-view.h"

struct _CaseloadPlanView
{
  GtkWidget        parent_instance;

  CaseloadContext *context;
  CaseloadPerson  *person;
  CaseloadPlan    *plan;
  GPtrArray       *versions;
  GPtrArray       *reviews;
  GPtrArray       *measures;
  GListModel      *network;
  GPtrArray       *version_rows;
  gboolean         may_add;

  GtkStack        *stack;
  GtkWidget       *status_page;
  GtkWidget       *start_button;
  GtkLabel        *version_label;
  GtkBox          *plan_actions;
  GtkWidget       *edit_button;
  CaseloadPlanSheet *sheet;
  AdwExpanderRow  *versions_row;
  GtkBox          *reviews_slot;
};

G_DEFINE_FINAL_TYPE (CaseloadPlanView, caseload_plan_view, GTK_TYPE_WIDGET)

enum {
  CHANGED,
  SHOWN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
forget (CaseloadPlanView *self)
{
  g_clear_object (&self->person);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->versions, g_ptr_array_unref);
  g_clear_pointer (&self->reviews, g_ptr_array_unref);
  g_clear_pointer (&self->measures, g_ptr_array_unref);
}

/* What the person is called in their plan: the name they prefer. */
static const char *
get_person_name (CaseloadPerson *person)
{
  const char *name = caseload_person_get_preferred_name (person);

  if (name == NULL || *name == '\0')
    name = caseload_person_get_given_name (person);
  return name;
}

static void
clear_versions (CaseloadPlanView *self)
{
  for (guint i = 0; i < self->version_rows->len; i++)
    adw_expander_row_remove (self->versions_row, g_ptr_array_index (self->version_rows, i));
  g_ptr_array_set_size (self->version_rows, 0);
}

static void
on_version_activated_cb (AdwActionRow     *row,
                         CaseloadPlanView *self)
{
  int version = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "version"));

  gtk_widget_activate_action (GTK_WIDGET (self), "plan-view.open-version", "i", version);
}

/* The rows of the versions, built when the list is opened: a plan saved fifty times
 * opens as fast as a new one. */
static void
add_version_rows (CaseloadPlanView *self)
{
  for (guint i = 0; i < self->versions->len; i++)
    {
      CaseloadPlanVersion *version = g_ptr_array_index (self->versions, i);
      int number = caseload_plan_version_get_version (version);
      g_autofree char *when = caseload_format_date_time (caseload_plan_version_get_saved_at (version));
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row = adw_action_row_new ();

      if (number == caseload_plan_get_version (self->plan))
        /* Translators: the newest version of a plan in the list of versions, as in "Version 3 (current) — Tue 3 Nov 2026, 14:20" */
        title = g_strdup_printf (_("Version %d (current) — %s"), number, when != NULL ? when : "");
      else
        /* Translators: a version of a plan in the list of versions, as in "Version 2 — Tue 3 Nov 2026, 14:20" */
        title = g_strdup_printf (_("Version %d — %s"), number, when != NULL ? when : "");
      /* Translators: who saved a version of a plan, and where they work, as in "Adaeze Nwosu · Thurrock Mind" */
      subtitle = g_strdup_printf (_("%s · %s"), caseload_plan_version_get_author_name (version),
                                  caseload_plan_version_get_organisation_name (version));

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "version", GINT_TO_POINTER (number));
      g_signal_connect (row, "activated", G_CALLBACK (on_version_activated_cb), self);
      adw_expander_row_add_row (self->versions_row, row);
      g_ptr_array_add (self->version_rows, row);
    }
}

static void
on_versions_expanded_cb (CaseloadPlanView *self)
{
  if (adw_expander_row_get_expanded (self->versions_row) && self->version_rows->len == 0 &&
      self->versions != NULL && self->plan != NULL && caseload_plan_get_version (self->plan) > 0)
    add_version_rows (self);
}

static void
show_versions (CaseloadPlanView *self)
{
  g_autofree char *count = NULL;

  clear_versions (self);
  on_versions_expanded_cb (self);

  count = g_strdup_printf (ngettext ("%u saved version", "%u saved versions", self->versions->len),
                           self->versions->len);
  adw_expander_row_set_subtitle (self->versions_row, count);
}

static void
show_plan (CaseloadPlanView *self)
{
  const char *person_name = get_person_name (self->person);
  gboolean have_plan = caseload_plan_get_version (self->plan) > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan-view.edit", self->may_add && self->context != NULL);
  gtk_widget_set_visible (self->edit_button, self->may_add);

  if (!have_plan)
    {
      adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->status_page), "view-list-bullet-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (self->status_page), _("No support plan yet"));
      adw_status_page_set_description (ADW_STATUS_PAGE (self->status_page),
                                       self->may_add
                                       ? _("Write it with the person, in their words: what matters to them, their strengths, their goals and how they stay well.")
                                       : _("No one has written a support plan with this person yet."));
      gtk_widget_set_visible (self->start_button, self->may_add);
      gtk_stack_set_visible_child_name (self->stack, "status");
      clear_versions (self);
      return;
    }

  {
    g_autofree char *when = caseload_format_date_time (caseload_plan_get_saved_at (self->plan));
    g_autofree char *text = NULL;

    /* Translators: who saved the plan shown, where and when, as in "Version 3, saved by Adaeze Nwosu (Thurrock Mind) on Tue 3 Nov 2026, 14:20" */
    text = g_strdup_printf (_("Version %d, saved by %s (%s) on %s"),
                            caseload_plan_get_version (self->plan),
                            caseload_plan_get_author_name (self->plan),
                            caseload_plan_get_organisation_name (self->plan),
                            when != NULL ? when : "");
    gtk_label_set_text (self->version_label, text);
  }

  {
    GDate today;

    if (self->context != NULL)
      caseload_clock_today (caseload_context_get_clock (self->context), &today);
    caseload_plan_sheet_show (self->sheet, self->plan, person_name, self->context != NULL ? &today : NULL);
  }

  show_versions (self);
  gtk_stack_set_visible_child_name (self->stack, "plan");
}

static void
on_editor_saved_cb (CaseloadPlanEditor *editor,
                    CaseloadPlanView   *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
edit_plan (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  CaseloadPlanView *self = CASELOAD_PLAN_VIEW (widget);
  CaseloadPlanEditor *editor;

  if (self->plan == NULL || self->person == NULL || self->context == NULL || !self->may_add)
    return;

  editor = caseload_plan_editor_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->context, self->person,
                                     self->plan, self->network);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
open_version (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  CaseloadPlanView *self = CASELOAD_PLAN_VIEW (widget);
  CaseloadPlanVersionWindow *window;
  int version = g_variant_get_int32 (parameter);

  if (self->plan == NULL || self->person == NULL || self->context == NULL || version <= 0)
    return;

  window = caseload_plan_version_window_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->context,
                                             self->person, self->plan, version);
  gtk_window_present (GTK_WINDOW (window));
}

static void
caseload_plan_view_dispose (GObject *object)
{
  CaseloadPlanView *self = CASELOAD_PLAN_VIEW (object);

  forget (self);
  g_clear_object (&self->context);
  g_clear_object (&self->network);
  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_PLAN_VIEW);
  g_clear_pointer (&self->version_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (caseload_plan_view_parent_class)->dispose (object);
}

static void
caseload_plan_view_class_init (CaseloadPlanViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_plan_view_dispose;

  /**
   * CaseloadPlanView::changed:
   *
   * The view saved something: the page reads the record again.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * CaseloadPlanView::shown:
   *
   * The view shows something new (or nothing): the parts others added update.
   */
  signals[SHOWN] =
    g_signal_new ("shown", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (CASELOAD_TYPE_PLAN_SHEET);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pcnmh/Caseload/caseload-plan-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadPlanView, stack);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPlanView, status_page);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPlanView, start_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPlanView, version_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPlanView, plan_actions);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPlanView, edit_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPlanView, sheet);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPlanView, versions_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPlanView, reviews_slot);

  gtk_widget_class_install_action (widget_class, "plan-view.edit", NULL, edit_plan);
  gtk_widget_class_install_action (widget_class, "plan-view.open-version", "i", open_version);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
caseload_plan_view_init (CaseloadPlanView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->version_rows = g_ptr_array_new ();
  g_signal_connect_object (self->versions_row, "notify::expanded", G_CALLBACK (on_versions_expanded_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan-view.edit", FALSE);
}

GtkWidget *
caseload_plan_view_new (void)
{
  return g_object_new (CASELOAD_TYPE_PLAN_VIEW, NULL);
}

void
caseload_plan_view_set_context (CaseloadPlanView *self,
                                CaseloadContext   *context)
{
  g_return_if_fail (CASELOAD_IS_PLAN_VIEW (self));

  g_set_object (&self->context, context);
}

void
caseload_plan_view_set_network (CaseloadPlanView *self,
                                GListModel        *network)
{
  g_return_if_fail (CASELOAD_IS_PLAN_VIEW (self));

  g_set_object (&self->network, network);
}

void
caseload_plan_view_show (CaseloadPlanView *self,
                         CaseloadPerson    *person,
                         CaseloadOutcomes  *outcomes,
                         gboolean           may_add)
{
  g_return_if_fail (CASELOAD_IS_PLAN_VIEW (self));
  g_return_if_fail (CASELOAD_IS_PERSON (person));
  g_return_if_fail (outcomes != NULL);

  forget (self);
  self->person = g_object_ref (person);
  self->plan = g_object_ref (outcomes->plan);
  self->versions = g_ptr_array_ref (outcomes->versions);
  self->reviews = g_ptr_array_ref (outcomes->reviews);
  self->measures = g_ptr_array_ref (outcomes->measures);
  self->may_add = may_add;
  show_plan (self);
  g_signal_emit (self, signals[SHOWN], 0);
}

void
caseload_plan_view_show_error (CaseloadPlanView *self,
                               const char        *message)
{
  g_return_if_fail (CASELOAD_IS_PLAN_VIEW (self));

  forget (self);
  clear_versions (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan-view.edit", FALSE);
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->status_page), "dialog-warning-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (self->status_page), _("The plan could not be read"));
  adw_status_page_set_description (ADW_STATUS_PAGE (self->status_page), message);
  gtk_widget_set_visible (self->start_button, FALSE);
  gtk_stack_set_visible_child_name (self->stack, "status");
  g_signal_emit (self, signals[SHOWN], 0);
}

void
caseload_plan_view_clear (CaseloadPlanView *self)
{
  g_return_if_fail (CASELOAD_IS_PLAN_VIEW (self));

  forget (self);
  clear_versions (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan-view.edit", FALSE);
  adw_status_page_set_title (ADW_STATUS_PAGE (self->status_page), NULL);
  adw_status_page_set_description (ADW_STATUS_PAGE (self->status_page), NULL);
  gtk_widget_set_visible (self->start_button, FALSE);
  gtk_stack_set_visible_child_name (self->stack, "status");
  g_signal_emit (self, signals[SHOWN], 0);
}

GtkBox *
caseload_plan_view_get_actions_box (CaseloadPlanView *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN_VIEW (self), NULL);

  return self->plan_actions;
}

GtkBox *
caseload_plan_view_get_reviews_slot (CaseloadPlanView *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN_VIEW (self), NULL);

  return self->reviews_slot;
}

CaseloadContext *
caseload_plan_view_get_context (CaseloadPlanView *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN_VIEW (self), NULL);

  return self->context;
}

CaseloadPerson *
caseload_plan_view_get_person (CaseloadPlanView *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN_VIEW (self), NULL);

  return self->person;
}

CaseloadPlan *
caseload_plan_view_get_plan (CaseloadPlanView *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN_VIEW (self), NULL);

  return self->plan;
}

GPtrArray *
caseload_plan_view_get_reviews (CaseloadPlanView *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN_VIEW (self), NULL);

  return self->reviews;
}

GPtrArray *
caseload_plan_view_get_measures (CaseloadPlanView *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN_VIEW (self), NULL);

  return self->measures;
}

gboolean
caseload_plan_view_get_may_add (CaseloadPlanView *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN_VIEW (self), FALSE);

  return self->may_add;
}
