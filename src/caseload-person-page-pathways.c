/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The person page's pathways: the badges and accommodation on the Overview, and the
 * Pathways view (caseload-pathways-view.c) they come from. */

#define G_LOG_DOMAIN "caseload-person-page"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-format.h"
#include "caseload-info-row.h"
#include "caseload-person-page-private.h"

/* A badge: its label and detail, and for an urgent one an icon that says so. */
static GtkWidget *
create_badge_row (CaseloadPathwayBadge *badge)
{
  GtkWidget *row = caseload_info_row_new (badge->label, badge->detail);

  gtk_widget_add_css_class (row, "pathway-badge");
  if (badge->urgent)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Urgent"), -1);
      gtk_widget_set_tooltip_text (icon, _("Urgent"));
      gtk_widget_add_css_class (icon, "warning");
      caseload_info_row_add_prefix (row, icon);
      gtk_widget_add_css_class (row, "clock-near-breach");
    }

  return row;
}

static GtkWidget *
create_accommodation_row (CaseloadPathways *pathways)
{
  CaseloadAccommodationRecord *now = g_ptr_array_index (pathways->accommodation, 0);
  CaseloadAccommodation status = caseload_accommodation_record_get_status (now);
  g_autofree char *from = caseload_format_date (caseload_accommodation_record_get_from_on (now));
  /* Translators: the person's accommodation now, as in "Temporary since 3 Nov 2026" */
  g_autofree char *subtitle = g_strdup_printf (_("%s since %s"), caseload_accommodation_label (status),
                                               from != NULL ? from : "");
  GtkWidget *row = caseload_info_row_new (_("Accommodation"), subtitle);

  if (status != CASELOAD_ACCOMMODATION_SETTLED)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Not settled"), -1);
      gtk_widget_set_tooltip_text (icon, _("Not settled"));
      gtk_widget_add_css_class (icon, "warning");
      caseload_info_row_add_prefix (row, icon);
    }

  return row;
}

/* The badges of @pathways now, and the accommodation; TRUE when one is urgent (a
 * 24-hour clock counting, so its words change with time). */
static gboolean
show_badges (CaseloadPersonPage *self,
             CaseloadPathways   *pathways)
{
  g_autoptr(GDateTime) now = caseload_clock_now (caseload_context_get_clock (self->context));
  g_autoptr(GPtrArray) badges = caseload_pathways_get_badges (pathways, now);
  gboolean urgent = FALSE;

  _caseload_person_page_clear_list_box (self->pathways_list);
  for (guint i = 0; i < badges->len; i++)
    {
      CaseloadPathwayBadge *badge = g_ptr_array_index (badges, i);

      gtk_list_box_append (self->pathways_list, create_badge_row (badge));
      urgent |= badge->urgent;
    }
  if (pathways->accommodation->len > 0)
    gtk_list_box_append (self->pathways_list, create_accommodation_row (pathways));
  gtk_widget_set_visible (GTK_WIDGET (self->pathways_group), badges->len > 0 || pathways->accommodation->len > 0);

  return urgent;
}

static gboolean
refresh_badges_cb (gpointer user_data)
{
  CaseloadPersonPage *self = user_data;
  CaseloadPathways *pathways = caseload_pathways_view_get_pathways (self->pathways_view);

  if (pathways == NULL || !show_badges (self, pathways))
    {
      self->badges_source = 0;
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

void
_caseload_person_page_forget_pathways (CaseloadPersonPage *self)
{
  g_clear_handle_id (&self->badges_source, g_source_remove);
  if (self->pathways_list != NULL)
    _caseload_person_page_clear_list_box (self->pathways_list);
  if (self->pathways_group != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->pathways_group), FALSE);
  if (self->pathways_view != NULL)
    caseload_pathways_view_clear (self->pathways_view);
}

void
_caseload_person_page_show_pathways (CaseloadPersonPage *self,
                                     CaseloadPathways   *pathways,
                                     const char         *error_message)
{
  gboolean may_add = self->has_access && self->access.may_add;

  _caseload_person_page_forget_pathways (self);

  if (pathways == NULL)
    {
      caseload_pathways_view_show_error (self->pathways_view, error_message != NULL ? error_message : "");
      return;
    }

  if (show_badges (self, pathways))
    self->badges_source = g_timeout_add_seconds (60, refresh_badges_cb, self);
  caseload_pathways_view_show (self->pathways_view, self->person, pathways, may_add);
}

static void
on_pathways_changed_cb (CaseloadPersonPage *self)
{
  caseload_person_page_reload (self);
}

static void
show_pathways_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  caseload_person_page_set_view (CASELOAD_PERSON_PAGE (widget), "pathways");
}

void
_caseload_person_page_class_pathways_init (CaseloadPersonPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (CASELOAD_TYPE_PATHWAYS_VIEW);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, pathways_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, pathways_list);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonPage, pathways_view);
  gtk_widget_class_bind_template_callback (widget_class, on_pathways_changed_cb);
  gtk_widget_class_install_action (widget_class, "person-page.show-pathways", NULL, show_pathways_action);
}
