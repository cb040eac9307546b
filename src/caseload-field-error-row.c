/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-field-error-row"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-core.h"
#include "caseload-field-error-row.h"

struct _CaseloadFieldErrorRow
{
  AdwPreferencesRow  parent_instance;

  /* Owned */
  char              *field;
  GtkWidget         *widget;   /* weak: a sibling in the same form */

  /* Template children */
  GtkLabel          *label;
};

G_DEFINE_FINAL_TYPE (CaseloadFieldErrorRow, caseload_field_error_row, ADW_TYPE_PREFERENCES_ROW)

enum {
  PROP_0,
  PROP_FIELD,
  PROP_WIDGET,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  if (CASELOAD_IS_FIELD_ERROR_ROW (widget))
    g_ptr_array_add (rows, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_rows (child, rows);
}

static void
set_widget (CaseloadFieldErrorRow *self,
            GtkWidget             *widget)
{
  if (self->widget == widget)
    return;

  if (self->widget != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->widget), (gpointer *) &self->widget);
  self->widget = widget;
  if (widget != NULL)
    {
      g_object_add_weak_pointer (G_OBJECT (widget), (gpointer *) &self->widget);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (widget),
                                      GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->label, NULL,
                                      -1);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_WIDGET]);
}

static void
caseload_field_error_row_dispose (GObject *object)
{
  CaseloadFieldErrorRow *self = (CaseloadFieldErrorRow *)object;

  set_widget (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_FIELD_ERROR_ROW);
  g_clear_pointer (&self->field, g_free);

  G_OBJECT_CLASS (caseload_field_error_row_parent_class)->dispose (object);
}

static void
caseload_field_error_row_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  CaseloadFieldErrorRow *self = CASELOAD_FIELD_ERROR_ROW (object);

  switch (prop_id)
    {
    case PROP_FIELD:
      g_value_set_string (value, self->field);
      break;

    case PROP_WIDGET:
      g_value_set_object (value, self->widget);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_field_error_row_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  CaseloadFieldErrorRow *self = CASELOAD_FIELD_ERROR_ROW (object);

  switch (prop_id)
    {
    case PROP_FIELD:
      g_free (self->field);
      self->field = g_value_dup_string (value);
      break;

    case PROP_WIDGET:
      set_widget (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_field_error_row_class_init (CaseloadFieldErrorRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_field_error_row_dispose;
  object_class->get_property = caseload_field_error_row_get_property;
  object_class->set_property = caseload_field_error_row_set_property;

  properties [PROP_FIELD] =
    g_param_spec_string ("field", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_WIDGET] =
    g_param_spec_object ("widget", NULL, NULL,
                         GTK_TYPE_WIDGET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pcnmh/Caseload/caseload-field-error-row.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadFieldErrorRow, label);
}

static void
caseload_field_error_row_init (CaseloadFieldErrorRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
caseload_field_error_row_new (void)
{
  return g_object_new (CASELOAD_TYPE_FIELD_ERROR_ROW, NULL);
}

const char *
caseload_field_error_row_get_field (CaseloadFieldErrorRow *self)
{
  g_return_val_if_fail (CASELOAD_IS_FIELD_ERROR_ROW (self), NULL);

  return self->field;
}

GtkWidget *
caseload_field_error_row_get_widget (CaseloadFieldErrorRow *self)
{
  g_return_val_if_fail (CASELOAD_IS_FIELD_ERROR_ROW (self), NULL);

  return self->widget;
}

void
caseload_field_error_row_set_message (CaseloadFieldErrorRow *self,
                                      const char            *message)
{
  g_return_if_fail (CASELOAD_IS_FIELD_ERROR_ROW (self));

  gtk_label_set_text (self->label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self), message != NULL);
  /* The row is a list item: name it for screen readers with the problem it shows. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, message != NULL ? message : "",
                                  -1);
  if (self->widget != NULL)
    caseload_field_error_row_set_invalid (self->widget, message != NULL);
}

const char *
caseload_field_error_row_get_message (CaseloadFieldErrorRow *self)
{
  g_return_val_if_fail (CASELOAD_IS_FIELD_ERROR_ROW (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self)) ? gtk_label_get_text (self->label) : NULL;
}

CaseloadFieldErrorRow *
caseload_field_error_row_find (GtkWidget  *root,
                               const char *field)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  g_return_val_if_fail (GTK_IS_WIDGET (root), NULL);
  g_return_val_if_fail (field != NULL, NULL);

  collect_rows (root, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (CASELOAD_FIELD_ERROR_ROW (g_ptr_array_index (rows, i))->field, field) == 0)
      return g_ptr_array_index (rows, i);

  return NULL;
}

GtkWidget *
caseload_field_error_row_show_all (GtkWidget   *root,
                                   GPtrArray   *problems,
                                   const char **unplaced)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GtkWidget *first_bad = NULL;

  g_return_val_if_fail (GTK_IS_WIDGET (root), NULL);

  if (unplaced != NULL)
    *unplaced = NULL;

  collect_rows (root, rows);

  for (guint i = 0; i < rows->len; i++)
    {
      CaseloadFieldErrorRow *row = g_ptr_array_index (rows, i);
      const char *message = NULL;

      for (guint j = 0; problems != NULL && j < problems->len && message == NULL; j++)
        {
          CaseloadFieldError *problem = g_ptr_array_index (problems, j);

          if (g_strcmp0 (problem->field, row->field) == 0)
            message = problem->message;
        }

      caseload_field_error_row_set_message (row, message);
      if (message != NULL && first_bad == NULL)
        first_bad = row->widget;
    }

  for (guint j = 0; problems != NULL && unplaced != NULL && *unplaced == NULL && j < problems->len; j++)
    {
      CaseloadFieldError *problem = g_ptr_array_index (problems, j);
      gboolean placed = FALSE;

      for (guint i = 0; i < rows->len && !placed; i++)
        placed = g_strcmp0 (problem->field, CASELOAD_FIELD_ERROR_ROW (g_ptr_array_index (rows, i))->field) == 0;
      if (!placed)
        *unplaced = problem->message;
    }

  return first_bad;
}

/* Marks @widget as holding a value that cannot be saved: the theme's error style and,
 * for screen readers, the invalid state. */
void
caseload_field_error_row_set_invalid (GtkWidget *widget,
                                      gboolean   invalid)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (invalid)
    {
      gtk_widget_add_css_class (widget, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (widget),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
    }
  else
    {
      gtk_widget_remove_css_class (widget, "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_INVALID);
    }
}
