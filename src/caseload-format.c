/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-format"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "caseload-format.h"

/* Stored in the person's words; these are the words the form offers. */
static const struct {
  const char *code;
  const char *label;
} genders[] = {
  { NULL,         N_("Not stated") },
  { "Female",     N_("Female") },
  { "Male",       N_("Male") },
  { "Non-binary", N_("Non-binary") },
  { "Other",      N_("Other") },
};

static GDateTime *
parse_iso (const char *iso)
{
  g_autoptr(GTimeZone) utc = NULL;
  int year, month, day;

  if (iso == NULL || *iso == '\0')
    return NULL;

  if (strchr (iso, 'T') != NULL)
    {
      g_autoptr(GDateTime) when = NULL;

      utc = g_time_zone_new_utc ();
      when = g_date_time_new_from_iso8601 (iso, utc);
      if (when == NULL)
        return NULL;

      return g_date_time_to_local (when);
    }

  /* A plain date is a calendar day, not an instant: keep it as it is. */
  if (sscanf (iso, "%4d-%2d-%2d", &year, &month, &day) != 3)
    return NULL;

  return g_date_time_new_local (year, month, day, 0, 0, 0);
}

char *
caseload_format_date (const char *iso)
{
  g_autoptr(GDateTime) when = parse_iso (iso);

  if (when == NULL)
    return NULL;

  /* Translators: a short date, as in "3 Nov 2026"; see g_date_time_format() */
  return g_date_time_format (when, _("%-d %b %Y"));
}

char *
caseload_format_date_time (const char *iso)
{
  g_autoptr(GDateTime) when = parse_iso (iso);

  if (when == NULL)
    return NULL;

  /* Translators: a date and time, as in "Tue 3 Nov 2026, 14:20"; see g_date_time_format() */
  return g_date_time_format (when, _("%a %-d %b %Y, %H:%M"));
}

char *
caseload_format_last_contact (const char *iso)
{
  g_autofree char *date = caseload_format_date (iso);

  if (date == NULL)
    return g_strdup (_("No contact recorded"));

  /* Translators: %s is a date, as in "3 Nov 2026" */
  return g_strdup_printf (_("Last contact %s"), date);
}

char *
caseload_format_found_via (CaseloadPerson *person)
{
  const char *field;

  g_return_val_if_fail (CASELOAD_IS_PERSON (person), NULL);

  field = caseload_person_get_match_field (person);
  if (field == NULL || *field == '\0')
    return NULL;

  if (g_str_equal (field, "preferred-name"))
    /* Translators: %s is the preferred name that matched the search */
    return g_strdup_printf (_("Found via preferred name “%s”"),
                            caseload_person_get_preferred_name (person));

  if (g_str_equal (field, "postcode"))
    /* Translators: %s is the postcode that matched the search */
    return g_strdup_printf (_("Found via postcode %s"),
                            caseload_person_get_postcode (person));

  if (g_str_equal (field, "nhs-number"))
    return g_strdup (_("Found via NHS number"));

  if (g_str_equal (field, "date-of-birth"))
    {
      g_autofree char *born = caseload_date_iso_to_display (caseload_person_get_date_of_birth (person));

      /* Translators: %s is a date of birth, as in "12/03/1984" */
      return g_strdup_printf (_("Found via date of birth %s"), born != NULL ? born : "");
    }

  if (g_str_equal (field, "previous-name"))
    return g_strdup (_("Found via a previous name"));

  return NULL;
}

const char *
caseload_format_gender (const char *code)
{
  if (code == NULL || *code == '\0')
    return _(genders[0].label);

  for (guint i = 1; i < G_N_ELEMENTS (genders); i++)
    {
      if (g_ascii_strcasecmp (code, genders[i].code) == 0)
        return _(genders[i].label);
    }

  return code;
}

const char *
caseload_format_gender_code (guint position)
{
  g_return_val_if_fail (position < G_N_ELEMENTS (genders), NULL);

  return genders[position].code;
}

guint
caseload_format_gender_n_codes (void)
{
  return G_N_ELEMENTS (genders);
}

static void
on_string_item_setup_cb (GtkSignalListItemFactory *factory,
                         GtkListItem              *list_item,
                         gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (list_item, label);
}

static void
on_string_item_bind_cb (GtkSignalListItemFactory *factory,
                        GtkListItem              *list_item,
                        gpointer                  user_data)
{
  GtkWidget *label = gtk_list_item_get_child (list_item);
  GtkStringObject *item = gtk_list_item_get_item (list_item);
  const char *text = gtk_string_object_get_string (item);
  GtkWidget *parent = gtk_widget_get_parent (label);

  gtk_label_set_text (GTK_LABEL (label), text);

  /* GTK 4.8 has no gtk_list_item_set_accessible_label() (4.12): name the list item. */
  if (parent != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (parent),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                    -1);
}

GtkListItemFactory *
caseload_format_string_factory_new (void)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (on_string_item_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_string_item_bind_cb), NULL);

  return factory;
}
