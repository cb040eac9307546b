/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-plan-outcome-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-dates.h"
#include "caseload-plan-copy-dialog.h"
#include "caseload-plan-outcome-actions.h"
#include "caseload-plan-print.h"
#include "caseload-review-dialog.h"
#include "caseload-review-list.h"

#define DATA_KEY "caseload-plan-outcome-actions"

/* Owned by the view (object data); the widgets are the view's children. */
typedef struct {
  CaseloadPlanView   *view;
  GSimpleActionGroup *group;
  GtkWidget          *copy_button;
  GtkWidget          *review_button;
  GtkWidget          *copy_row;
  GtkWidget          *review_list;
} Actions;

static void
actions_free (Actions *actions)
{
  g_clear_object (&actions->group);
  g_free (actions);
}

char *
caseload_plan_describe_copy (CaseloadPlan *plan)
{
  g_autofree char *date = NULL;
  CaseloadCopyFormat format;

  g_return_val_if_fail (CASELOAD_IS_PLAN (plan), NULL);

  format = caseload_plan_get_copy_format (plan);
  if (format == CASELOAD_COPY_NOT_GIVEN || caseload_plan_get_copy_given_on (plan) == NULL)
    return g_strdup (_("No copy recorded yet"));

  date = caseload_date_long_of (caseload_plan_get_copy_given_on (plan));
  switch (format)
    {
    case CASELOAD_COPY_EMAILED:
      /* Translators: %s is a date */
      return g_strdup_printf (_("Emailed on %s"), date);
    case CASELOAD_COPY_READ_ALOUD:
      /* Translators: %s is a date */
      return g_strdup_printf (_("Read aloud on %s"), date);
    case CASELOAD_COPY_TRANSLATED:
      /* Translators: a language, then a date: "Translated into Polish, given on 20 November 2026" */
      return g_strdup_printf (_("Translated into %s, given on %s"),
                              caseload_plan_get_copy_language (plan) != NULL ? caseload_plan_get_copy_language (plan)
                                                                               : _("another language"),
                              date);
    case CASELOAD_COPY_PRINTED:
    case CASELOAD_COPY_NOT_GIVEN:
    default:
      /* Translators: %s is a date */
      return g_strdup_printf (_("Printed and given on %s"), date);
    }
}

static GtkWindow *
parent_window (Actions *actions)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (actions->view));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
on_saved_cb (CaseloadPlanView *view,
             GObject          *record,
             gpointer          dialog)
{
  g_signal_emit_by_name (view, "changed");
}

static void
on_print_cb (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  Actions *actions = user_data;
  CaseloadPlanView *view = actions->view;

  if (caseload_plan_view_get_plan (view) == NULL)
    return;

  caseload_plan_print_run (GTK_WIDGET (view), caseload_plan_view_get_context (view),
                           caseload_plan_view_get_person (view), caseload_plan_view_get_plan (view), NULL);
}

/* Give a Copy… and Review… open a form over the current plan; a save reloads the view. */
static void
on_form_cb (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  Actions *actions = user_data;
  CaseloadPlanView *view = actions->view;
  CaseloadContext *context = caseload_plan_view_get_context (view);
  CaseloadPerson *person = caseload_plan_view_get_person (view);
  CaseloadPlan *plan = caseload_plan_view_get_plan (view);
  GtkWindow *dialog;

  if (plan == NULL)
    return;

  if (g_str_equal (g_action_get_name (G_ACTION (action)), "review"))
    dialog = GTK_WINDOW (caseload_review_dialog_new (parent_window (actions), context, person, plan,
                                                     caseload_plan_view_get_reviews (view),
                                                     caseload_plan_view_get_measures (view)));
  else
    dialog = GTK_WINDOW (caseload_plan_copy_dialog_new (parent_window (actions), context, person, plan));

  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_saved_cb), view, G_CONNECT_SWAPPED);
  gtk_window_present (dialog);
}

static void
on_shown_cb (CaseloadPlanView *view,
             Actions          *actions)
{
  CaseloadPlan *plan = caseload_plan_view_get_plan (view);
  gboolean may_add = caseload_plan_view_get_may_add (view);
  g_autofree char *copy = NULL;

  gtk_widget_set_visible (actions->copy_button, may_add);
  gtk_widget_set_visible (actions->review_button, may_add);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (actions->group), "print")),
                               plan != NULL && caseload_plan_get_version (plan) > 0);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (actions->group), "give-copy")),
                               may_add && plan != NULL && caseload_plan_get_version (plan) > 0);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (actions->group), "review")),
                               may_add && plan != NULL && caseload_plan_get_version (plan) > 0);

  if (plan != NULL)
    copy = caseload_plan_describe_copy (plan);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (actions->copy_row), copy != NULL ? copy : "");
  caseload_review_list_show (CASELOAD_REVIEW_LIST (actions->review_list), caseload_plan_view_get_reviews (view));
}

static GtkWidget *
add_button (GtkBox     *box,
            const char *label,
            const char *tooltip,
            const char *action_name)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_box_append (box, button);

  return button;
}

void
caseload_plan_outcome_actions_attach (CaseloadPlanView *view)
{
  GtkBox *box = caseload_plan_view_get_actions_box (view);
  GtkBox *slot = caseload_plan_view_get_reviews_slot (view);
  GtkWidget *copy_group;
  Actions *actions;

  g_return_if_fail (CASELOAD_IS_PLAN_VIEW (view));
  g_return_if_fail (g_object_get_data (G_OBJECT (view), DATA_KEY) == NULL);

  const GActionEntry entries[] = {
    { .name = "print", .activate = on_print_cb },
    { .name = "give-copy", .activate = on_form_cb },
    { .name = "review", .activate = on_form_cb },
  };

  actions = g_new0 (Actions, 1);
  actions->view = view;
  actions->group = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (actions->group), entries, G_N_ELEMENTS (entries), actions);
  g_object_set_data_full (G_OBJECT (view), DATA_KEY, actions, (GDestroyNotify) actions_free);
  gtk_widget_insert_action_group (GTK_WIDGET (view), "plan-copy", G_ACTION_GROUP (actions->group));

  add_button (box, _("_Print Copy…"), _("A copy of the plan for the person, in large type"), "plan-copy.print");
  actions->copy_button = add_button (box, _("_Give a Copy…"), _("Record that the person was given a copy"),
                                     "plan-copy.give-copy");
  actions->review_button = add_button (box, _("_Review…"), _("Review the plan with the person"), "plan-copy.review");

  copy_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (copy_group), _("The Person’s Copy"));
  actions->copy_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (actions->copy_row), _("Copy of the plan"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (copy_group), actions->copy_row);
  gtk_box_append (slot, copy_group);

  actions->review_list = caseload_review_list_new ();
  gtk_box_append (slot, actions->review_list);

  g_signal_connect (view, "shown", G_CALLBACK (on_shown_cb), actions);
  on_shown_cb (view, actions);
}
