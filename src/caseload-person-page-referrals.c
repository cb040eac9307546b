/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-person-page"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-format.h"
#include "caseload-person-page-private.h"
#include "caseload-referral-card.h"
#include "caseload-referral-dialog.h"

void
_caseload_page_referral_free (CaseloadPageReferral *page_referral)
{
  g_clear_object (&page_referral->referral);
  g_clear_pointer (&page_referral->pauses, g_ptr_array_unref);
  g_clear_pointer (&page_referral->allocations, g_ptr_array_unref);
  g_free (page_referral);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CaseloadPageReferral, _caseload_page_referral_free)

GPtrArray *
_caseload_person_page_read_referrals (CaseloadStore  *store,
                                      CaseloadStaff  *actor,
                                      const char     *person_id,
                                      GError        **error)
{
  g_autoptr(GPtrArray) referrals = NULL;
  g_autoptr(GPtrArray) result = NULL;

  referrals = caseload_store_list_referrals (store, actor, person_id, error);
  if (referrals == NULL)
    return NULL;

  result = g_ptr_array_new_with_free_func ((GDestroyNotify) _caseload_page_referral_free);
  for (guint i = 0; i < referrals->len; i++)
    {
      g_autoptr(CaseloadPageReferral) item = g_new0 (CaseloadPageReferral, 1);
      const char *id;

      item->referral = g_object_ref (g_ptr_array_index (referrals, i));
      id = caseload_referral_get_id (item->referral);
      item->pauses = caseload_store_list_clock_pauses (store, actor, id, error);
      if (item->pauses == NULL)
        return NULL;
      item->allocations = caseload_store_list_allocations (store, actor, id, TRUE, error);
      if (item->allocations == NULL)
        return NULL;

      g_ptr_array_add (result, g_steal_pointer (&item));
    }

  return g_steal_pointer (&result);
}

static gboolean
is_open (CaseloadReferral *referral)
{
  CaseloadReferralStatus status = caseload_referral_get_status (referral);

  return status == CASELOAD_REFERRAL_STATUS_AWAITING_TRIAGE || status == CASELOAD_REFERRAL_STATUS_ACCEPTED;
}

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

/* The overview's line for an open referral: where it is and its clock, at a glance. */
static GtkWidget *
create_open_referral_row (CaseloadPageReferral *item,
                          GDateTime            *now)
{
  CaseloadReferral *referral = item->referral;
  g_autofree char *received = caseload_format_date (caseload_referral_get_received_at (referral));
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();

  /* Translators: a referral's status and urgency, as in "Accepted · Urgent" */
  title = g_strdup_printf (_("%s · %s"), caseload_referral_status_label (caseload_referral_get_status (referral)),
                           caseload_urgency_label (caseload_referral_get_urgency (referral)));
  /* Translators: where a referral came from and when, as in "GP · received 3 Nov 2026" */
  subtitle = g_strdup_printf (_("%s · received %s"),
                              caseload_referral_source_label (caseload_referral_get_source (referral)),
                              received != NULL ? received : "");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), caseload_referral_card_create_clock_badge (referral, item->pauses, now));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), g_object_new (GTK_TYPE_IMAGE,
                                                                 "icon-name", "go-next-symbolic",
                                                                 "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                                                 NULL));

  return row;
}

void
_caseload_person_page_forget_referrals (CaseloadPersonPage *self)
{
  g_clear_pointer (&self->referrals, g_ptr_array_unref);
  if (self->referrals_box != NULL)
    clear_box (self->referrals_box);
  if (self->open_referrals_list != NULL)
    _caseload_person_page_clear_list_box (self->open_referrals_list);
  if (self->open_referrals_group != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->open_referrals_group), FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person-page.new-referral", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person-page.referral", FALSE);
}

void
_caseload_person_page_show_referrals (CaseloadPersonPage *self,
                                      GPtrArray          *referrals,
                                      const char         *error_message)
{
  g_autoptr(GDateTime) now = caseload_clock_now (caseload_context_get_clock (self->context));
  gboolean may_add = self->has_access && self->access.may_add;
  guint n_open = 0;

  _caseload_person_page_forget_referrals (self);

  if (referrals == NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (error_message != NULL ? error_message : "", -1);

      adw_status_page_set_description (self->referrals_error_page, escaped);
      gtk_stack_set_visible_child_name (self->referrals_stack, "error");
      return;
    }

  self->referrals = g_ptr_array_ref (referrals);

  for (guint i = 0; i < referrals->len; i++)
    {
      CaseloadPageReferral *item = g_ptr_array_index (referrals, i);

      gtk_box_append (self->referrals_box,
                      caseload_referral_card_new (item->referral, item->pauses, item->allocations, now, may_add));

      if (is_open (item->referral))
        {
          gtk_list_box_append (self->open_referrals_list, create_open_referral_row (item, now));
          n_open++;
        }
    }

  gtk_widget_set_visible (GTK_WIDGET (self->open_referrals_group), n_open > 0);
  gtk_stack_set_visible_child_name (self->referrals_stack, referrals->len > 0 ? "list" : "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person-page.new-referral", may_add);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person-page.referral", may_add);
}

static CaseloadPageReferral *
find_referral (CaseloadPersonPage *self,
               const char         *referral_id)
{
  for (guint i = 0; self->referrals != NULL && i < self->referrals->len; i++)
    {
      CaseloadPageReferral *item = g_ptr_array_index (self->referrals, i);

      if (g_strcmp0 (caseload_referral_get_id (item->referral), referral_id) == 0)
        return item;
    }

  return NULL;
}

static GObject *
find_subject (CaseloadPageReferral *item,
              const char           *subject_id)
{
  for (guint i = 0; item->pauses != NULL && i < item->pauses->len; i++)
    if (g_strcmp0 (caseload_clock_pause_get_id (g_ptr_array_index (item->pauses, i)), subject_id) == 0)
      return g_ptr_array_index (item->pauses, i);

  for (guint i = 0; item->allocations != NULL && i < item->allocations->len; i++)
    if (g_strcmp0 (caseload_allocation_get_id (g_ptr_array_index (item->allocations, i)), subject_id) == 0)
      return g_ptr_array_index (item->allocations, i);

  return NULL;
}

/* Whatever a dialog recorded shows at once: the referral, its clock, and the timeline
 * note the store may have added. */
static void
on_dialog_saved_cb (CaseloadPersonPage *self)
{
  if (self->person_id != NULL)
    _caseload_person_page_load (self, FALSE);
}

static void
open_dialog (CaseloadPersonPage         *self,
             CaseloadReferralDialogKind  kind,
             CaseloadReferral           *referral,
             GObject                    *subject)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  CaseloadReferralDialog *dialog;

  if (self->person == NULL)
    return;

  dialog = caseload_referral_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         self->context, self->person, kind, referral, subject);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_dialog_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
new_referral_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  open_dialog (CASELOAD_PERSON_PAGE (widget), CASELOAD_REFERRAL_DIALOG_NEW, NULL, NULL);
}

/* (kind, referral id, subject id): a step in the life of a referral on show. */
static void
referral_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  CaseloadPersonPage *self = CASELOAD_PERSON_PAGE (widget);
  CaseloadPageReferral *item;
  const char *referral_id;
  const char *subject_id;
  GObject *subject = NULL;
  gint32 kind;

  g_variant_get (param, "(i&s&s)", &kind, &referral_id, &subject_id);
  if (kind <= CASELOAD_REFERRAL_DIALOG_NEW || kind > CASELOAD_REFERRAL_DIALOG_TRANSFER)
    return;

  item = find_referral (self, referral_id);
  if (item == NULL)
    return;

  if (*subject_id != '\0')
    {
      subject = find_subject (item, subject_id);
      if (subject == NULL)
        return;
    }

  open_dialog (self, kind, item->referral, subject);
}

static void
on_open_referral_activated_cb (GtkListBox         *list_box,
                               GtkListBoxRow      *row,
                               CaseloadPersonPage *self)
{
  caseload_person_page_set_view (self, "referrals");
}

void
_caseload_person_page_class_referrals_init (CaseloadPersonPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "person-page.new-referral", NULL, new_referral_action);
  gtk_widget_class_install_action (widget_class, "person-page.referral", "(iss)", referral_action);

  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, referrals_stack);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, referrals_scroller);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, referrals_box);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, referrals_error_page);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, open_referrals_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, open_referrals_list);
  gtk_widget_class_bind_template_callback (widget_class, on_open_referral_activated_cb);
}
