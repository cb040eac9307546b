/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "caseload-info-row.h"

/* A wrapping label costs a few ms in the first frame (it is shaped again for every
 * width its row is asked about); one that ellipsizes is shaped once. So text longer
 * than this wraps, as it may need to in a narrow window, and shorter text stays on one
 * line, ellipsized if it must (the row's accessible label and description say all of
 * it): a title (often the person's words) up to 48 characters, a line of a subtitle
 * (dates, scores, who) up to 80, which fits a row 500 pixels wide. A subtitle of
 * several lines is a label per line. */
#define SHORT_TITLE    48
#define SHORT_SUBTITLE 80

static GtkWidget *
create_label (const char *text,
              const char *css_class,
              gsize       short_text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, css_class);
  if (g_utf8_strlen (text, -1) > (glong) short_text)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
    }
  else
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);

  return label;
}

static GtkWidget *
header_of (GtkWidget *row)
{
  return gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
}

GtkWidget *
caseload_info_row_new (const char *title,
                       const char *subtitle)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *title_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *title_label = create_label (title, "title", SHORT_TITLE);

  g_return_val_if_fail (title != NULL, NULL);

  gtk_widget_add_css_class (header, "header");
  gtk_widget_add_css_class (title_box, "title");
  gtk_widget_set_valign (title_box, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (title_box, TRUE);
  gtk_box_append (GTK_BOX (title_box), title_label);
  gtk_box_append (GTK_BOX (header), title_box);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), header);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);

  gtk_accessible_update_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY, title_label, NULL, -1);
  if (subtitle != NULL && *subtitle != '\0')
    {
      g_auto(GStrv) lines = g_strsplit (subtitle, "\n", -1);
      GList *described_by = NULL;
      GValue value = G_VALUE_INIT;
      GtkAccessibleRelation relation = GTK_ACCESSIBLE_RELATION_DESCRIBED_BY;

      for (guint i = 0; lines[i] != NULL; i++)
        {
          GtkWidget *line = create_label (lines[i], "subtitle", SHORT_SUBTITLE);

          gtk_box_append (GTK_BOX (title_box), line);
          described_by = g_list_append (described_by, line);
        }
      gtk_accessible_relation_init_value (relation, &value);
      g_value_set_pointer (&value, described_by);
      gtk_accessible_update_relation_value (GTK_ACCESSIBLE (row), 1, &relation, &value);
      g_value_unset (&value);
    }

  return row;
}

void
caseload_info_row_add_prefix (GtkWidget *row,
                              GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_LIST_BOX_ROW (row));

  gtk_widget_set_valign (widget, GTK_ALIGN_CENTER);
  gtk_box_prepend (GTK_BOX (header_of (row)), widget);
  gtk_widget_set_margin_end (widget, 6);
}

void
caseload_info_row_add_suffix (GtkWidget *row,
                              GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_LIST_BOX_ROW (row));

  gtk_widget_set_valign (widget, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (header_of (row)), widget);
}
