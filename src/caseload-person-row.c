/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-person-row"

#include "config.h"

#include <time.h>

#include <glib/gi18n.h>

#include "caseload-format.h"
#include "caseload-person-row.h"

struct _CaseloadPersonRow
{
  GtkWidget       parent_instance;

  /* Owned */
  CaseloadClock  *clock;
  CaseloadPerson *person;
  const char     *clock_style;   /* the clock's style class on show (static) */

  /* Template children */
  GtkLabel       *name_label;
  GtkLabel       *age_label;
  GtkLabel       *nhs_number_label;
  GtkLabel       *separator_label;
  GtkLabel       *practice_label;
  GtkLabel       *contact_label;
  GtkLabel       *found_via_label;
  GtkWidget      *clock_box;
  GtkImage       *clock_icon;
  GtkLabel       *clock_label;
};

G_DEFINE_FINAL_TYPE (CaseloadPersonRow, caseload_person_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CLOCK,
  PROP_PERSON,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
update_name (CaseloadPersonRow *self)
{
  if (!caseload_person_get_loaded (self->person))
    {
      gtk_label_set_text (self->name_label, _("Loading…"));
      gtk_widget_add_css_class (GTK_WIDGET (self->name_label), "dim-label");
      return;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (self->name_label), "dim-label");
  gtk_label_set_text (self->name_label, caseload_person_get_sort_name (self->person));
}

static void
update_age (CaseloadPersonRow *self)
{
  g_autofree char *text = NULL;
  GDate today;
  int age = -1;

  if (caseload_person_get_loaded (self->person))
    {
      if (self->clock != NULL)
        caseload_clock_today (self->clock, &today);
      else
        g_date_set_time_t (&today, time (NULL));

      age = caseload_person_get_age (self->person, &today);
    }

  if (age >= 0)
    text = g_strdup_printf ("%d", age);

  gtk_label_set_text (self->age_label, text != NULL ? text : "");
}

static void
update_details (CaseloadPersonRow *self)
{
  g_autofree char *nhs_number = NULL;
  const char *practice = NULL;

  if (caseload_person_get_loaded (self->person))
    {
      const char *digits = caseload_person_get_nhs_number (self->person);

      if (digits != NULL && *digits != '\0')
        nhs_number = caseload_nhs_number_format (digits);
      practice = caseload_person_get_gp_practice_name (self->person);
    }

  if (practice != NULL && *practice == '\0')
    practice = NULL;

  gtk_label_set_text (self->nhs_number_label, nhs_number != NULL ? nhs_number : "");
  gtk_label_set_text (self->practice_label, practice != NULL ? practice : "");
  gtk_widget_set_visible (GTK_WIDGET (self->separator_label), nhs_number != NULL && practice != NULL);
  /* An empty label still takes the box's spacing: the practice would sit indented. */
  gtk_widget_set_visible (GTK_WIDGET (self->nhs_number_label), nhs_number != NULL);
}

static void
update_contact (CaseloadPersonRow *self)
{
  g_autofree char *text = NULL;

  /* A restricted record shows who it is and nothing of the care behind it. */
  if (caseload_person_get_loaded (self->person) &&
      g_strcmp0 (caseload_person_get_match_field (self->person), "restricted") != 0)
    text = caseload_format_last_contact (caseload_person_get_last_contact (self->person));

  gtk_label_set_text (self->contact_label, text != NULL ? text : "");
}

static void
update_found_via (CaseloadPersonRow *self)
{
  g_autofree char *text = NULL;

  if (caseload_person_get_loaded (self->person))
    text = caseload_format_found_via (self->person);

  gtk_label_set_text (self->found_via_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->found_via_label), text != NULL);
}

/* A breached or near-breach clock on any of the person's open referrals: words and an
 * icon, in the theme's error or warning colour, as on the case lists. */
static void
update_clock (CaseloadPersonRow *self)
{
  CaseloadClockState state = CASELOAD_CLOCK_NONE;
  const char *text = NULL;
  const char *icon = NULL;
  const char *style = NULL;

  if (self->clock_style != NULL)
    gtk_widget_remove_css_class (self->clock_box, self->clock_style);
  self->clock_style = NULL;

  if (caseload_person_get_loaded (self->person))
    state = caseload_person_get_clock_state (self->person);
  if (state == CASELOAD_CLOCK_BREACHED)
    text = _("Waiting time breached");
  else if (state == CASELOAD_CLOCK_NEAR_BREACH)
    text = _("Waiting time near breach");

  if (text == NULL)
    {
      gtk_label_set_text (self->clock_label, "");
      gtk_widget_set_visible (self->clock_box, FALSE);
      return;
    }

  /* The icon and style class the case lists use for the same state. */
  g_free (caseload_format_clock (state, NULL, 0, NULL, NULL, &icon, &style));
  gtk_image_set_from_icon_name (self->clock_icon, icon);
  gtk_label_set_text (self->clock_label, text);
  gtk_widget_add_css_class (self->clock_box, style);
  self->clock_style = style;
  gtk_widget_set_visible (self->clock_box, TRUE);
}

/* What a screen reader says for the row: the same facts, in one sentence. */
static void
update_accessible (CaseloadPersonRow *self)
{
  g_autoptr(GString) text = NULL;
  const char *parts[] = {
    gtk_label_get_text (self->name_label),
    gtk_label_get_text (self->nhs_number_label),
    gtk_label_get_text (self->practice_label),
    gtk_label_get_text (self->clock_label),
    gtk_label_get_text (self->contact_label),
    gtk_label_get_text (self->found_via_label),
  };
  const char *age = gtk_label_get_text (self->age_label);
  GtkWidget *parent;

  text = g_string_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (parts[i] == NULL || *parts[i] == '\0')
        continue;

      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, parts[i]);

      if (i == 0 && age != NULL && *age != '\0')
        /* Translators: %s is an age in years, read out after the person's name */
        g_string_append_printf (text, _(", aged %s"), age);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text->str,
                                  -1);

  /* The list item around us is what a screen reader lands on; GTK 4.8 has no
   * gtk_list_item_set_accessible_label() (4.12), so name it directly. */
  if ((parent = gtk_widget_get_parent (GTK_WIDGET (self))) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (parent),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, text->str,
                                    -1);
}

static void
update_all (CaseloadPersonRow *self)
{
  update_name (self);
  update_age (self);
  update_details (self);
  update_contact (self);
  update_found_via (self);
  update_clock (self);
  update_accessible (self);
}

/* A filled placeholder notifies "loaded" and each field that changed, in one burst:
 * redo only what the changed property shows. */
static void
on_person_notify_cb (CaseloadPerson    *person,
                     GParamSpec        *pspec,
                     CaseloadPersonRow *self)
{
  const char *name = pspec->name;

  if (g_str_equal (name, "loaded"))
    update_all (self);
  else if (g_str_equal (name, "sort-name"))
    update_name (self);
  else if (g_str_equal (name, "date-of-birth"))
    update_age (self);
  else if (g_str_equal (name, "nhs-number") || g_str_equal (name, "gp-practice-name"))
    update_details (self);
  else if (g_str_equal (name, "last-contact"))
    update_contact (self);
  else if (g_str_equal (name, "clock-state"))
    update_clock (self);
  else if (g_str_equal (name, "match-field"))
    {
      update_contact (self);
      update_found_via (self);
    }
  else if (g_str_equal (name, "preferred-name") ||
           g_str_equal (name, "postcode"))
    update_found_via (self);
  else
    return;

  update_accessible (self);
}

static void
caseload_person_row_dispose (GObject *object)
{
  CaseloadPersonRow *self = (CaseloadPersonRow *)object;
  GtkWidget *child;

  caseload_person_row_set_person (self, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_PERSON_ROW);

  /* The template's unnamed top-level child. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->clock);

  G_OBJECT_CLASS (caseload_person_row_parent_class)->dispose (object);
}

static void
caseload_person_row_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CaseloadPersonRow *self = CASELOAD_PERSON_ROW (object);

  switch (prop_id)
    {
    case PROP_CLOCK:
      g_value_set_object (value, self->clock);
      break;

    case PROP_PERSON:
      g_value_set_object (value, self->person);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_person_row_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  CaseloadPersonRow *self = CASELOAD_PERSON_ROW (object);

  switch (prop_id)
    {
    case PROP_CLOCK:
      self->clock = g_value_dup_object (value);
      break;

    case PROP_PERSON:
      caseload_person_row_set_person (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_person_row_class_init (CaseloadPersonRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_person_row_dispose;
  object_class->get_property = caseload_person_row_get_property;
  object_class->set_property = caseload_person_row_set_property;

  properties [PROP_CLOCK] =
    g_param_spec_object ("clock", NULL, NULL,
                         CASELOAD_TYPE_CLOCK,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_PERSON] =
    g_param_spec_object ("person", NULL, NULL,
                         CASELOAD_TYPE_PERSON,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pcnmh/Caseload/caseload-person-row.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonRow, age_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonRow, nhs_number_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonRow, separator_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonRow, practice_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonRow, contact_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonRow, clock_box);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonRow, clock_icon);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonRow, clock_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonRow, found_via_label);
}

static void
caseload_person_row_init (CaseloadPersonRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
caseload_person_row_new (CaseloadClock *clock)
{
  g_return_val_if_fail (clock == NULL || CASELOAD_IS_CLOCK (clock), NULL);

  return g_object_new (CASELOAD_TYPE_PERSON_ROW,
                       "clock", clock,
                       NULL);
}

CaseloadPerson *
caseload_person_row_get_person (CaseloadPersonRow *self)
{
  g_return_val_if_fail (CASELOAD_IS_PERSON_ROW (self), NULL);

  return self->person;
}

/* Called from the list factory's bind (a person) and unbind (NULL). */
void
caseload_person_row_set_person (CaseloadPersonRow *self,
                                CaseloadPerson    *person)
{
  g_return_if_fail (CASELOAD_IS_PERSON_ROW (self));
  g_return_if_fail (person == NULL || CASELOAD_IS_PERSON (person));

  if (self->person == person)
    return;

  if (self->person != NULL)
    g_signal_handlers_disconnect_by_func (self->person, on_person_notify_cb, self);

  g_set_object (&self->person, person);

  if (self->person != NULL)
    {
      g_signal_connect (self->person, "notify", G_CALLBACK (on_person_notify_cb), self);
      update_all (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PERSON]);
}
