/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload"

#include "config.h"

#include <glib/gi18n.h>

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
  gboolean         may_add;

  GtkWidget       *status_page;
};

G_DEFINE_FINAL_TYPE (CaseloadPlanView, caseload_plan_view, GTK_TYPE_WIDGET)

enum {
  CHANGED,
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

static void
caseload_plan_view_dispose (GObject *object)
{
  CaseloadPlanView *self = CASELOAD_PLAN_VIEW (object);

  forget (self);
  g_clear_object (&self->context);
  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_PLAN_VIEW);

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

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pcnmh/Caseload/caseload-plan-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadPlanView, status_page);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
caseload_plan_view_init (CaseloadPlanView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
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
  adw_status_page_set_title (ADW_STATUS_PAGE (self->status_page), NULL);
}

void
caseload_plan_view_show_error (CaseloadPlanView *self,
                               const char        *message)
{
  g_return_if_fail (CASELOAD_IS_PLAN_VIEW (self));

  forget (self);
  adw_status_page_set_title (ADW_STATUS_PAGE (self->status_page), message);
}

void
caseload_plan_view_clear (CaseloadPlanView *self)
{
  g_return_if_fail (CASELOAD_IS_PLAN_VIEW (self));

  forget (self);
}
