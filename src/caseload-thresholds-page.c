/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-thresholds-page"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-field-error-row.h"
#include "caseload-format.h"
#include "caseload-thresholds-page.h"
#include "caseload-validate-referral.h"
#include "caseload-worker.h"

#define N_OUTCOMES (CASELOAD_TRIAGE_DECLINE + 1)

/* One criterion being shown or edited, and its widgets. */
typedef struct {
  CaseloadThreshold     *threshold;
  GtkWidget             *row;
  CaseloadFieldErrorRow *error_row;
} Item;

struct _CaseloadThresholdsPage
{
  AdwPreferencesPage   parent_instance;

  /* Owned */
  CaseloadContext     *context;
  GPtrArray           *items;        /* Item, in the team's order */
  GPtrArray           *shown;        /* the rows in the groups now */
  GCancellable        *cancellable;
  guint                loading : 1;
  guint                saving : 1;
  guint                editable : 1;

  /* Template children */
  AdwPreferencesGroup *intro_group;
  GtkWidget           *save_button;
  GtkRevealer         *banner_revealer;
  GtkLabel            *banner_label;
  AdwPreferencesGroup *accept_group;
  AdwPreferencesGroup *signpost_group;
  AdwPreferencesGroup *refer_on_group;
  AdwPreferencesGroup *decline_group;
};

typedef struct {
  CaseloadStore *store;
  CaseloadStaff *actor;
  GPtrArray     *thresholds;   /* NULL: only read them */
} Call;

G_DEFINE_FINAL_TYPE (CaseloadThresholdsPage, caseload_thresholds_page, ADW_TYPE_PREFERENCES_PAGE)

static void rebuild (CaseloadThresholdsPage *self);
static void read_thresholds (CaseloadThresholdsPage *self);

static void
item_free (Item *item)
{
  g_clear_object (&item->threshold);
  g_free (item);
}

static void
call_free (Call *call)
{
  g_clear_object (&call->store);
  g_clear_object (&call->actor);
  g_clear_pointer (&call->thresholds, g_ptr_array_unref);
  g_free (call);
}

static gpointer
call_thread (gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  Call *call = data;

  if (call->thresholds != NULL &&
      !caseload_store_save_thresholds (call->store, call->actor, call->thresholds, error))
    return NULL;

  return caseload_store_list_thresholds (call->store, error);
}

static AdwPreferencesGroup *
get_group (CaseloadThresholdsPage *self,
           CaseloadTriageOutcome   outcome)
{
  AdwPreferencesGroup *groups[N_OUTCOMES] = {
    [CASELOAD_TRIAGE_ACCEPT]   = self->accept_group,
    [CASELOAD_TRIAGE_SIGNPOST] = self->signpost_group,
    [CASELOAD_TRIAGE_REFER_ON] = self->refer_on_group,
    [CASELOAD_TRIAGE_DECLINE]  = self->decline_group,
  };

  g_assert ((guint) outcome < N_OUTCOMES);
  return groups[outcome];
}

static void
show_banner (CaseloadThresholdsPage *self,
             const char             *message)
{
  gtk_label_set_text (self->banner_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->banner_revealer, message != NULL);
}

static void
update_actions (CaseloadThresholdsPage *self)
{
  gboolean idle = !self->loading && !self->saving && self->context != NULL;

  gtk_widget_set_visible (self->save_button, self->editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "thresholds.save", idle && self->editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "thresholds.add", idle && self->editable);
  gtk_button_set_label (GTK_BUTTON (self->save_button), self->saving ? _("Saving…") : _("_Save Thresholds"));
}

static int
find_item (CaseloadThresholdsPage *self,
           GtkWidget              *widget)
{
  CaseloadThreshold *threshold = g_object_get_data (G_OBJECT (widget), "threshold");

  for (guint i = 0; i < self->items->len; i++)
    if (((Item *) g_ptr_array_index (self->items, i))->threshold == threshold)
      return (int) i;

  return -1;
}

/* The next criterion with the same outcome, above (@step -1) or below (+1), or -1. */
static int
find_neighbour (CaseloadThresholdsPage *self,
                int                     index,
                int                     step)
{
  CaseloadTriageOutcome outcome =
    caseload_threshold_get_outcome (((Item *) g_ptr_array_index (self->items, index))->threshold);

  for (int i = index + step; i >= 0 && i < (int) self->items->len; i += step)
    if (caseload_threshold_get_outcome (((Item *) g_ptr_array_index (self->items, i))->threshold) == outcome)
      return i;

  return -1;
}

static void
move_item (CaseloadThresholdsPage *self,
           GtkWidget              *button,
           int                     step)
{
  int index = find_item (self, button);
  int other = index >= 0 ? find_neighbour (self, index, step) : -1;
  gpointer swap;

  if (other < 0)
    return;

  swap = self->items->pdata[index];
  self->items->pdata[index] = self->items->pdata[other];
  self->items->pdata[other] = swap;
  rebuild (self);
}

static void
on_up_clicked_cb (GtkButton              *button,
                  CaseloadThresholdsPage *self)
{
  move_item (self, GTK_WIDGET (button), -1);
}

static void
on_down_clicked_cb (GtkButton              *button,
                    CaseloadThresholdsPage *self)
{
  move_item (self, GTK_WIDGET (button), 1);
}

static void
on_remove_clicked_cb (GtkButton              *button,
                      CaseloadThresholdsPage *self)
{
  int index = find_item (self, GTK_WIDGET (button));

  if (index < 0)
    return;

  g_ptr_array_remove_index (self->items, (guint) index);
  rebuild (self);
}

static void
on_criterion_changed_cb (GtkEditable            *editable,
                         CaseloadThresholdsPage *self)
{
  CaseloadThreshold *threshold = g_object_get_data (G_OBJECT (editable), "threshold");

  caseload_threshold_set_criterion (threshold, gtk_editable_get_text (editable));
}

static GtkWidget *
create_row_button (CaseloadThresholdsPage *self,
                   CaseloadThreshold      *threshold,
                   const char             *icon_name,
                   const char             *tooltip,
                   GCallback               callback)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data (G_OBJECT (button), "threshold", threshold);
  g_signal_connect_object (button, "clicked", callback, self, 0);

  return button;
}

static void
create_item_widgets (CaseloadThresholdsPage *self,
                     Item                   *item)
{
  const char *criterion = caseload_threshold_get_criterion (item->threshold);

  if (!self->editable)
    {
      item->row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (item->row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (item->row), criterion);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (item->row), FALSE);
      item->error_row = NULL;
      return;
    }

  item->row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (item->row), _("Criterion"));
  gtk_editable_set_text (GTK_EDITABLE (item->row), criterion != NULL ? criterion : "");
  g_object_set_data (G_OBJECT (item->row), "threshold", item->threshold);
  g_signal_connect_object (item->row, "changed", G_CALLBACK (on_criterion_changed_cb), self, 0);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (item->row),
                            create_row_button (self, item->threshold, "go-up-symbolic", _("Move up"),
                                               G_CALLBACK (on_up_clicked_cb)));
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (item->row),
                            create_row_button (self, item->threshold, "go-down-symbolic", _("Move down"),
                                               G_CALLBACK (on_down_clicked_cb)));
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (item->row),
                            create_row_button (self, item->threshold, "user-trash-symbolic", _("Remove"),
                                               G_CALLBACK (on_remove_clicked_cb)));

  item->error_row = g_object_new (CASELOAD_TYPE_FIELD_ERROR_ROW,
                                  "field", "criterion",
                                  "widget", item->row,
                                  NULL);
}

/* The rows follow the list: every change of order or membership shows it anew, keeping
 * the problems shown beside the criteria that stay. */
static void
rebuild (CaseloadThresholdsPage *self)
{
  guint counts[N_OUTCOMES] = { 0, };

  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = g_ptr_array_index (self->items, i);

      g_object_set_data_full (G_OBJECT (item->threshold), "message",
                              item->error_row != NULL
                              ? g_strdup (caseload_field_error_row_get_message (item->error_row)) : NULL,
                              g_free);
      item->row = NULL;
      item->error_row = NULL;
    }

  for (guint i = 0; i < self->shown->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (self->shown, i);

      adw_preferences_group_remove (g_object_get_data (G_OBJECT (widget), "group"), widget);
    }
  g_ptr_array_set_size (self->shown, 0);

  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = g_ptr_array_index (self->items, i);
      CaseloadTriageOutcome outcome = caseload_threshold_get_outcome (item->threshold);
      AdwPreferencesGroup *group = get_group (self, outcome);

      create_item_widgets (self, item);
      g_object_set_data (G_OBJECT (item->row), "group", group);
      adw_preferences_group_add (group, item->row);
      g_ptr_array_add (self->shown, g_object_ref (item->row));
      if (item->error_row != NULL)
        {
          g_object_set_data (G_OBJECT (item->error_row), "group", group);
          adw_preferences_group_add (group, GTK_WIDGET (item->error_row));
          g_ptr_array_add (self->shown, g_object_ref (item->error_row));
          caseload_field_error_row_set_message (item->error_row,
                                                g_object_get_data (G_OBJECT (item->threshold), "message"));
        }
      counts[outcome]++;
    }

  for (guint o = 0; o < N_OUTCOMES; o++)
    adw_preferences_group_set_description (get_group (self, o),
                                           counts[o] == 0 ? _("No criteria written for this outcome") : NULL);
}

static void
on_thresholds_read_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(CaseloadThresholdsPage) self = user_data;
  g_autoptr(GPtrArray) thresholds = NULL;
  g_autoptr(GError) error = NULL;
  gboolean saved = self->saving;

  thresholds = caseload_worker_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->loading = FALSE;
  self->saving = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self), TRUE);

  if (thresholds == NULL)
    {
      g_autofree char *message = saved ? caseload_format_save_error (error) : caseload_format_read_error (error);

      g_debug ("Thresholds: %s %d", g_quark_to_string (error->domain), error->code);
      caseload_context_report_error (self->context, error);
      show_banner (self, message);
      update_actions (self);
      return;
    }

  show_banner (self, NULL);
  g_ptr_array_set_size (self->items, 0);
  for (guint i = 0; i < thresholds->len; i++)
    {
      Item *item = g_new0 (Item, 1);

      item->threshold = g_object_ref (g_ptr_array_index (thresholds, i));
      g_ptr_array_add (self->items, item);
    }
  rebuild (self);
  update_actions (self);

  if (saved)
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

      if (ADW_IS_PREFERENCES_WINDOW (root))
        adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), adw_toast_new (_("Thresholds saved")));
    }
}

static void
run_call (CaseloadThresholdsPage *self,
          GPtrArray              *thresholds)
{
  Call *call = g_new0 (Call, 1);

  call->store = g_object_ref (caseload_context_get_store (self->context));
  call->actor = caseload_worker_copy_staff (caseload_context_get_actor (self->context));
  call->thresholds = thresholds;

  caseload_worker_run (self, run_call,
                       call_thread, call, (GDestroyNotify) call_free,
                       (GDestroyNotify) g_ptr_array_unref,
                       self->cancellable,
                       on_thresholds_read_cb,
                       g_object_ref (self));
}

static void
read_thresholds (CaseloadThresholdsPage *self)
{
  self->loading = TRUE;
  update_actions (self);
  run_call (self, NULL);
}

/* Checks every criterion; saves the whole list only when all are good. */
static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  CaseloadThresholdsPage *self = CASELOAD_THRESHOLDS_PAGE (widget);
  g_autoptr(GPtrArray) thresholds = g_ptr_array_new_with_free_func (g_object_unref);
  GtkWidget *first_bad = NULL;

  if (self->loading || self->saving || !self->editable)
    return;

  show_banner (self, NULL);

  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = g_ptr_array_index (self->items, i);
      g_autoptr(GPtrArray) problems = NULL;
      CaseloadThreshold *copy = caseload_threshold_new ();
      g_autofree char *criterion = g_strstrip (g_strdup (caseload_threshold_get_criterion (item->threshold)));

      caseload_threshold_set_id (copy, caseload_threshold_get_id (item->threshold));
      caseload_threshold_set_version (copy, caseload_threshold_get_version (item->threshold));
      caseload_threshold_set_outcome (copy, caseload_threshold_get_outcome (item->threshold));
      caseload_threshold_set_position (copy, (int) i);
      caseload_threshold_set_criterion (copy, criterion);
      g_ptr_array_add (thresholds, copy);

      problems = caseload_threshold_check (copy);
      caseload_field_error_row_set_message (item->error_row, problems->len > 0
                                            ? ((CaseloadFieldError *) g_ptr_array_index (problems, 0))->message
                                            : NULL);
      if (problems->len > 0 && first_bad == NULL)
        first_bad = item->row;
    }

  if (first_bad != NULL)
    {
      show_banner (self, _("Nothing was saved. Put right the criteria marked below, then save again."));
      gtk_widget_grab_focus (first_bad);
      return;
    }

  self->saving = TRUE;
  gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
  update_actions (self);
  run_call (self, g_steal_pointer (&thresholds));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  caseload_thresholds_page_add (CASELOAD_THRESHOLDS_PAGE (widget), g_variant_get_int32 (param));
}

static void
caseload_thresholds_page_dispose (GObject *object)
{
  CaseloadThresholdsPage *self = (CaseloadThresholdsPage *)object;

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_THRESHOLDS_PAGE);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->shown, g_ptr_array_unref);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (caseload_thresholds_page_parent_class)->dispose (object);
}

static void
caseload_thresholds_page_class_init (CaseloadThresholdsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_thresholds_page_dispose;

  gtk_widget_class_install_action (widget_class, "thresholds.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "thresholds.add", "i", add_action);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pcnmh/Caseload/caseload-thresholds-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadThresholdsPage, intro_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadThresholdsPage, save_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadThresholdsPage, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, CaseloadThresholdsPage, banner_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadThresholdsPage, accept_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadThresholdsPage, signpost_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadThresholdsPage, refer_on_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadThresholdsPage, decline_group);
}

static void
caseload_thresholds_page_init (CaseloadThresholdsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  self->shown = g_ptr_array_new_with_free_func (g_object_unref);
  self->cancellable = g_cancellable_new ();
  update_actions (self);
}

GtkWidget *
caseload_thresholds_page_new (void)
{
  return g_object_new (CASELOAD_TYPE_THRESHOLDS_PAGE, NULL);
}

void
caseload_thresholds_page_set_context (CaseloadThresholdsPage *self,
                                      CaseloadContext        *context)
{
  CaseloadStaff *actor;

  g_return_if_fail (CASELOAD_IS_THRESHOLDS_PAGE (self));
  g_return_if_fail (CASELOAD_IS_CONTEXT (context));

  g_set_object (&self->context, context);
  actor = caseload_context_get_actor (context);
  self->editable = actor != NULL && caseload_staff_get_access_role (actor) == CASELOAD_ROLE_TEAM_MANAGER;
  adw_preferences_group_set_description (self->intro_group,
                                         self->editable
                                         ? _("The team’s written criteria, shown beside every referral during triage, so each referral is judged the same way. Changes are saved together.")
                                         : _("The team’s written criteria, shown beside every referral during triage. Only a team manager can change them."));
  read_thresholds (self);
}

gboolean
caseload_thresholds_page_get_busy (CaseloadThresholdsPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_THRESHOLDS_PAGE (self), FALSE);

  return self->loading || self->saving;
}

gboolean
caseload_thresholds_page_get_editable (CaseloadThresholdsPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_THRESHOLDS_PAGE (self), FALSE);

  return self->editable;
}

guint
caseload_thresholds_page_get_n_items (CaseloadThresholdsPage *self)
{
  g_return_val_if_fail (CASELOAD_IS_THRESHOLDS_PAGE (self), 0);

  return self->items->len;
}

GtkEditable *
caseload_thresholds_page_add (CaseloadThresholdsPage *self,
                              CaseloadTriageOutcome   outcome)
{
  Item *item;
  guint position = self->items->len;

  g_return_val_if_fail (CASELOAD_IS_THRESHOLDS_PAGE (self), NULL);
  g_return_val_if_fail ((guint) outcome < N_OUTCOMES, NULL);

  if (!self->editable)
    return NULL;

  /* After the last criterion of its outcome, so the new one shows where it was asked for. */
  for (guint i = 0; i < self->items->len; i++)
    if (caseload_threshold_get_outcome (((Item *) g_ptr_array_index (self->items, i))->threshold) <= outcome)
      position = i + 1;
  if (position > self->items->len)
    position = self->items->len;

  item = g_new0 (Item, 1);
  item->threshold = caseload_threshold_new ();
  caseload_threshold_set_outcome (item->threshold, outcome);
  caseload_threshold_set_criterion (item->threshold, "");
  g_ptr_array_insert (self->items, (int) position, item);
  rebuild (self);
  gtk_widget_grab_focus (item->row);

  return GTK_EDITABLE (item->row);
}

const char *
caseload_thresholds_page_get_error (CaseloadThresholdsPage *self,
                                    int                     index)
{
  Item *item;

  g_return_val_if_fail (CASELOAD_IS_THRESHOLDS_PAGE (self), NULL);

  if (index < 0)
    return gtk_revealer_get_reveal_child (self->banner_revealer) ? gtk_label_get_text (self->banner_label) : NULL;

  if ((guint) index >= self->items->len)
    return NULL;

  item = g_ptr_array_index (self->items, index);
  return item->error_row != NULL ? caseload_field_error_row_get_message (item->error_row) : NULL;
}
