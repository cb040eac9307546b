/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-timeline-row"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-format.h"
#include "caseload-timeline-row.h"

struct _CaseloadTimelineRow
{
  GtkWidget              parent_instance;

  /* Owned */
  CaseloadTimelineEntry *entry;

  /* Template children */
  GtkImage              *kind_image;
  GtkLabel              *kind_label;
  GtkLabel              *time_label;
  GtkLabel              *author_label;
  GtkWidget             *private_box;
  GtkLabel              *private_label;
  GtkLabel              *text_label;
};

G_DEFINE_FINAL_TYPE (CaseloadTimelineRow, caseload_timeline_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ENTRY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* "Phone call, Tue 3 Nov 2026, 14:20, Priya Shah · EPUT…, Private to …": the
 * heading a screen reader announces before reading the text. */
static void
update_accessible (CaseloadTimelineRow *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char *parts[] = {
    gtk_label_get_text (self->kind_label),
    gtk_label_get_text (self->time_label),
    gtk_label_get_text (self->author_label),
    gtk_widget_get_visible (self->private_box) ? gtk_label_get_text (self->private_label) : NULL,
  };
  GtkWidget *parent;

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (parts[i] == NULL || *parts[i] == '\0')
        continue;

      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, parts[i]);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text->str,
                                  -1);

  /* GTK 4.8 has no gtk_list_item_set_accessible_label() (4.12): name the list item. */
  if ((parent = gtk_widget_get_parent (GTK_WIDGET (self))) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (parent),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, text->str,
                                    -1);
}

static void
show_placeholder (CaseloadTimelineRow *self)
{
  gtk_image_set_from_icon_name (self->kind_image, NULL);
  gtk_label_set_text (self->kind_label, _("Loading…"));
  gtk_widget_add_css_class (GTK_WIDGET (self->kind_label), "dim-label");
  gtk_label_set_text (self->time_label, "");
  gtk_label_set_text (self->author_label, "");
  gtk_label_set_text (self->text_label, "");
  gtk_widget_set_visible (GTK_WIDGET (self->private_box), FALSE);
  update_accessible (self);
}

static void
update (CaseloadTimelineRow *self)
{
  CaseloadTimelineEntry *entry = self->entry;
  CaseloadEntryKind kind;
  g_autofree char *when = NULL;
  g_autofree char *author = NULL;
  const char *author_name;
  const char *organisation;
  gboolean private;

  if (entry == NULL || !caseload_timeline_entry_get_loaded (entry))
    {
      show_placeholder (self);
      return;
    }

  kind = caseload_timeline_entry_get_kind (entry);
  gtk_image_set_from_icon_name (self->kind_image, caseload_entry_kind_icon_name (kind));
  gtk_widget_remove_css_class (GTK_WIDGET (self->kind_label), "dim-label");
  gtk_label_set_text (self->kind_label, caseload_entry_kind_label (kind));

  when = caseload_format_date_time (caseload_timeline_entry_get_occurred_at (entry));
  gtk_label_set_text (self->time_label, when != NULL ? when : "");

  author_name = caseload_timeline_entry_get_author_name (entry);
  organisation = caseload_timeline_entry_get_organisation_name (entry);
  if (author_name != NULL && organisation != NULL)
    /* Translators: who wrote an entry: "Priya Shah · EPUT Community Mental Health" */
    author = g_strdup_printf (_("%s · %s"), author_name, organisation);
  else
    author = g_strdup (author_name != NULL ? author_name : organisation != NULL ? organisation : "");
  gtk_label_set_text (self->author_label, author);

  private = caseload_timeline_entry_get_sensitivity (entry) == CASELOAD_SENSITIVITY_PRIVATE;
  gtk_widget_set_visible (self->private_box, private);
  if (private)
    {
      g_autofree char *tag = NULL;

      /* Translators: %s is an organisation, as in "Private to Thurrock Council" */
      tag = g_strdup_printf (_("Private to %s"), organisation != NULL ? organisation : "");
      gtk_label_set_text (self->private_label, tag);
    }

  gtk_label_set_text (self->text_label, caseload_timeline_entry_get_text (entry));

  update_accessible (self);
}

static void
on_entry_notify_cb (CaseloadTimelineEntry *entry,
                    GParamSpec            *pspec,
                    CaseloadTimelineRow   *self)
{
  update (self);
}

static void
caseload_timeline_row_dispose (GObject *object)
{
  CaseloadTimelineRow *self = (CaseloadTimelineRow *)object;
  GtkWidget *child;

  caseload_timeline_row_set_entry (self, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_TIMELINE_ROW);

  /* The template's unnamed top-level child. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (caseload_timeline_row_parent_class)->dispose (object);
}

static void
caseload_timeline_row_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  CaseloadTimelineRow *self = CASELOAD_TIMELINE_ROW (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      g_value_set_object (value, self->entry);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_timeline_row_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  CaseloadTimelineRow *self = CASELOAD_TIMELINE_ROW (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      caseload_timeline_row_set_entry (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_timeline_row_class_init (CaseloadTimelineRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_timeline_row_dispose;
  object_class->get_property = caseload_timeline_row_get_property;
  object_class->set_property = caseload_timeline_row_set_property;

  properties [PROP_ENTRY] =
    g_param_spec_object ("entry", NULL, NULL,
                         CASELOAD_TYPE_TIMELINE_ENTRY,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pcnmh/Caseload/caseload-timeline-row.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadTimelineRow, kind_image);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTimelineRow, kind_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTimelineRow, time_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTimelineRow, author_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTimelineRow, private_box);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTimelineRow, private_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadTimelineRow, text_label);
}

static void
caseload_timeline_row_init (CaseloadTimelineRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
caseload_timeline_row_new (void)
{
  return g_object_new (CASELOAD_TYPE_TIMELINE_ROW, NULL);
}

CaseloadTimelineEntry *
caseload_timeline_row_get_entry (CaseloadTimelineRow *self)
{
  g_return_val_if_fail (CASELOAD_IS_TIMELINE_ROW (self), NULL);

  return self->entry;
}

/* Called from the list factory's bind (an entry) and unbind (NULL). */
void
caseload_timeline_row_set_entry (CaseloadTimelineRow   *self,
                                 CaseloadTimelineEntry *entry)
{
  g_return_if_fail (CASELOAD_IS_TIMELINE_ROW (self));
  g_return_if_fail (entry == NULL || CASELOAD_IS_TIMELINE_ENTRY (entry));

  if (self->entry == entry)
    return;

  if (self->entry != NULL)
    g_signal_handlers_disconnect_by_func (self->entry, on_entry_notify_cb, self);

  g_set_object (&self->entry, entry);

  if (self->entry != NULL)
    g_signal_connect (self->entry, "notify::loaded", G_CALLBACK (on_entry_notify_cb), self);

  update (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ENTRY]);
}
