/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-review-list"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-dates.h"
#include "caseload-review-list.h"

struct _CaseloadReviewList
{
  AdwPreferencesGroup  parent_instance;

  GPtrArray           *rows;   /* the rows shown, to take them away again */
};

G_DEFINE_FINAL_TYPE (CaseloadReviewList, caseload_review_list, ADW_TYPE_PREFERENCES_GROUP)

static gboolean
has_text (const char *text)
{
  return text != NULL && *text != '\0';
}

/* A heading and the text under it, wrapped, selectable for copying. */
static GtkWidget *
part_row (const char *heading,
          const char *text)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title = gtk_label_new (heading);
  GtkWidget *body = gtk_label_new (text);

  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_xalign (GTK_LABEL (body), 0);
  gtk_label_set_wrap (GTK_LABEL (body), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (body), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (body), TRUE);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), body);
  gtk_widget_set_margin_top (box, 9);
  gtk_widget_set_margin_bottom (box, 9);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, heading, -1);

  return row;
}

static GtkWidget *
review_row (CaseloadReview *review)
{
  GtkWidget *row = adw_expander_row_new ();
  AdwExpanderRow *expander = ADW_EXPANDER_ROW (row);
  g_autofree char *date = caseload_date_long_of (caseload_review_get_reviewed_on (review));
  g_autofree char *next = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  const char *organisation = caseload_review_get_organisation_name (review);
  const char *said = caseload_review_get_person_said (review);
  const char *goals = caseload_review_get_goal_progress (review);
  const char *measures = caseload_review_get_measure_changes (review);

  /* Translators: %s is a date */
  title = g_markup_printf_escaped (_("Reviewed %s"), date);
  if (has_text (organisation))
    /* Translators: who reviewed the plan, and their organisation */
    subtitle = g_markup_printf_escaped (_("By %s, %s"), caseload_review_get_reviewed_by_name (review), organisation);
  else
    /* Translators: who reviewed the plan */
    subtitle = g_markup_printf_escaped (_("By %s"), caseload_review_get_reviewed_by_name (review));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (expander, subtitle);

  adw_expander_row_add_row (expander, part_row (_("What the person said"),
                                                has_text (said) ? said : _("Nothing recorded.")));
  adw_expander_row_add_row (expander, part_row (_("Goals"), has_text (goals) ? goals : _("No goals yet.")));
  adw_expander_row_add_row (expander, part_row (_("Measures since the last review"),
                                                has_text (measures) ? measures : _("No measures to compare.")));
  if (has_text (caseload_review_get_next_review_on (review)))
    {
      next = caseload_date_long_of (caseload_review_get_next_review_on (review));
      adw_expander_row_add_row (expander, part_row (_("Next review"), next));
    }

  return row;
}

void
caseload_review_list_show (CaseloadReviewList *self,
                           GPtrArray          *reviews)
{
  g_return_if_fail (CASELOAD_IS_REVIEW_LIST (self));

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  if (reviews == NULL || reviews->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No reviews yet"));
      g_ptr_array_add (self->rows, row);
    }

  for (guint i = 0; reviews != NULL && i < reviews->len; i++)
    g_ptr_array_add (self->rows, review_row (g_ptr_array_index (reviews, i)));

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));
}

static void
caseload_review_list_finalize (GObject *object)
{
  CaseloadReviewList *self = CASELOAD_REVIEW_LIST (object);

  g_ptr_array_unref (self->rows);

  G_OBJECT_CLASS (caseload_review_list_parent_class)->finalize (object);
}

static void
caseload_review_list_class_init (CaseloadReviewListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = caseload_review_list_finalize;
}

static void
caseload_review_list_init (CaseloadReviewList *self)
{
  self->rows = g_ptr_array_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Reviews"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         _("Each time the plan was looked at again with the person"));
  caseload_review_list_show (self, NULL);
}

GtkWidget *
caseload_review_list_new (void)
{
  return g_object_new (CASELOAD_TYPE_REVIEW_LIST, NULL);
}
