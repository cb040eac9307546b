/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-core.h"
#include "caseload-form.h"
#include "caseload-format.h"

char *
caseload_form_get_text_view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

char *
caseload_form_get_entry_text (gpointer editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (editable))));
}

void
caseload_form_set_entry_iso (gpointer    editable,
                             const char *iso)
{
  g_autofree char *text = caseload_format_for_editing (iso);

  gtk_editable_set_text (GTK_EDITABLE (editable), text != NULL ? text : "");
}

static void
add_problem (GPtrArray  *problems,
             const char *field,
             const char *message)
{
  if (problems != NULL)
    caseload_field_errors_add (problems, field, message);
}

char *
caseload_form_read_when (gpointer    editable,
                         const char *field,
                         gboolean    date_only,
                         gboolean    required,
                         GPtrArray  *problems)
{
  g_autofree char *text = caseload_form_get_entry_text (editable);
  g_autoptr(GError) error = NULL;

  if (*text == '\0')
    {
      if (required)
        add_problem (problems, field, date_only ? _("Enter a date, like 22/11/2026.")
                                                : _("Enter a date and time, like 22/11/2026 14:30."));
      return NULL;
    }

  if (date_only)
    {
      GDate date;

      if (!caseload_parse_date (text, &date, &error))
        {
          add_problem (problems, field, error->message);
          return NULL;
        }
      return caseload_date_to_iso (&date);
    }
  else
    {
      g_autoptr(GTimeZone) local = g_time_zone_new_local ();
      g_autoptr(GDateTime) when = caseload_parse_date_time (text, local, &error);

      if (when == NULL)
        {
          add_problem (problems, field, error->message);
          return NULL;
        }
      return g_date_time_format (when, "%Y-%m-%dT%H:%M:%SZ");
    }
}

static int
compare_staff (gconstpointer a,
               gconstpointer b)
{
  CaseloadStaff *first = *(CaseloadStaff **) a;
  CaseloadStaff *second = *(CaseloadStaff **) b;

  return g_utf8_collate (caseload_staff_get_display_name (first), caseload_staff_get_display_name (second));
}

GPtrArray *
caseload_form_active_staff (GPtrArray *staff)
{
  GPtrArray *active = g_ptr_array_new_with_free_func (g_object_unref);

  /* A deactivated worker is never offered. */
  for (guint i = 0; staff != NULL && i < staff->len; i++)
    if (caseload_staff_get_active (g_ptr_array_index (staff, i)))
      g_ptr_array_add (active, g_object_ref (g_ptr_array_index (staff, i)));
  g_ptr_array_sort (active, compare_staff);

  return active;
}

void
caseload_form_show_banner (GtkRevealer *revealer,
                           GtkLabel    *label,
                           const char  *message)
{
  g_return_if_fail (GTK_IS_REVEALER (revealer));
  g_return_if_fail (GTK_IS_LABEL (label));

  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (revealer, message != NULL);
}

void
caseload_form_save_failed (GtkWidget    *form,
                           const char   *save_action,
                           GtkRevealer  *revealer,
                           GtkLabel     *label,
                           const GError *error)
{
  g_autofree char *message = NULL;

  g_return_if_fail (GTK_IS_WIDGET (form));
  g_return_if_fail (error != NULL);

  /* Cancelled: the form is closing. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_debug ("Saving %s failed: %s %d", G_OBJECT_TYPE_NAME (form), g_quark_to_string (error->domain), error->code);
  gtk_widget_action_set_enabled (form, save_action, TRUE);
  message = caseload_format_save_error (error);
  caseload_form_show_banner (revealer, label, message);
}
