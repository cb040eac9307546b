/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-format"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "caseload-format.h"
#include "caseload-store-postgresql.h"

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

  if (g_str_equal (field, "restricted"))
    return g_strdup (_("Restricted record: open only in an emergency"));

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

static const struct {
  const char *action;
  const char *words;
} audit_actions[] = {
  { "view-record",          N_("Opened the record") },
  { "search",               N_("Found in a search") },
  { "create-person",        N_("Added the person") },
  { "update-person",        N_("Changed details") },
  { "add-entry",            N_("Added an entry") },
  { "add-network-member",   N_("Added someone to the network") },
  { "consent",              N_("Recorded a sharing decision") },
  { "care-relationship",    N_("Recorded a referral or allocation") },
  { "view-refused",         N_("Was refused the record") },
  { "break-glass",          N_("Emergency access") },
  { "break-glass-reviewed", N_("Reviewed an emergency access") },
  { "print",                N_("Printed the record") },
  { "export",               N_("Exported the record") },
  { "sign-in",              N_("Signed in") },
  { "sign-in-failed",       N_("Failed to sign in") },
  { "lockout",              N_("Locked out after failed sign-ins") },
  { "sign-out",             N_("Signed out") },
  { "lock",                 N_("Locked the screen") },
  { "staff-change",         N_("Changed a staff member’s account") },
  { "password-change",      N_("Changed a password") },
  /* Referrals: the embedded store names the call, the shared site's triggers the row
   * ("add-…", "update-…", "remove-…"); both read the same. */
  { "create-referral",      N_("Added a referral") },
  { "add-referral",         N_("Added a referral") },
  { "update-referral",      N_("Changed a referral") },
  { "triage-referral",      N_("Triaged a referral") },
  { "transfer-referral",    N_("Transferred the person") },
  { "start-clock-pause",    N_("Paused a waiting-time clock") },
  { "add-clock-pause",      N_("Paused a waiting-time clock") },
  { "end-clock-pause",      N_("Restarted a waiting-time clock") },
  { "update-clock-pause",   N_("Restarted a waiting-time clock") },
  { "allocate",             N_("Allocated a worker") },
  { "add-allocation",       N_("Allocated a worker") },
  { "end-allocation",       N_("Ended an allocation") },
  { "update-allocation",    N_("Ended an allocation") },
  { "create-task",          N_("Added a task") },
  { "add-task",             N_("Added a task") },
  { "update-task",          N_("Changed a task") },
  { "refresh-reminders",    N_("Made reminder tasks") },
  { "save-thresholds",      N_("Changed the triage thresholds") },
  { "add-threshold",        N_("Changed the triage thresholds") },
  { "update-threshold",     N_("Changed the triage thresholds") },
  { "remove-threshold",     N_("Changed the triage thresholds") },
  { "save-wait-standard",   N_("Changed a waiting-time standard") },
  { "update-wait-standard", N_("Changed a waiting-time standard") },
  /* Support plans, measures and reviews (schema 5). */
  { "plan-save",            N_("Saved the support plan") },
  { "measure-add",          N_("Added an outcome measure") },
  { "review-add",           N_("Reviewed the support plan") },
  /* IPS employment, fidelity, housing and accommodation (schema 6): the embedded store
   * names the call, the shared site's triggers each row written. */
  { "ips-referral-add",            N_("Referred to IPS employment support") },
  { "add-ips-referral",            N_("Referred to IPS employment support") },
  { "ips-referral-change",         N_("Changed an IPS referral") },
  { "update-ips-referral",         N_("Changed an IPS referral") },
  { "employer-contact-add",        N_("Recorded an employer contact") },
  { "add-ips-employer-contact",    N_("Recorded an employer contact") },
  { "employer-contact-change",     N_("Changed an employer contact") },
  { "update-ips-employer-contact", N_("Changed an employer contact") },
  { "ips-job-add",                 N_("Recorded a job") },
  { "add-ips-job",                 N_("Recorded a job") },
  { "ips-job-change",              N_("Changed a job") },
  { "update-ips-job",              N_("Changed a job") },
  { "fidelity-review-add",         N_("Recorded an IPS fidelity review") },
  { "add-ips-fidelity-review",     N_("Recorded an IPS fidelity review") },
  { "fidelity-review-change",      N_("Changed an IPS fidelity review") },
  { "housing-referral-send",       N_("Sent a housing referral") },
  { "add-housing-referral",        N_("Sent a housing referral") },
  { "housing-referral-status",     N_("Changed a housing referral’s status") },
  { "update-housing-referral",     N_("Changed a housing referral’s status") },
  { "add-housing-status-change",   N_("Changed a housing referral’s status") },
  { "accommodation-record",        N_("Recorded accommodation status") },
  { "add-accommodation-status",    N_("Recorded accommodation status") },
  /* STEPPS groups and Open Dialogue (schema 6): both stores name the record written; the
   * shared site's triggers also name each row of its teams and members. */
  { "add-stepps-cohort",               N_("Added a STEPPS group") },
  { "update-stepps-cohort",            N_("Changed a STEPPS group") },
  { "add-stepps-facilitator",          N_("Changed a STEPPS group’s facilitators") },
  { "remove-stepps-facilitator",       N_("Changed a STEPPS group’s facilitators") },
  { "add-stepps-session",              N_("Changed a STEPPS group’s sessions") },
  { "update-stepps-session",           N_("Recorded a STEPPS group session") },
  { "remove-stepps-session",           N_("Changed a STEPPS group’s sessions") },
  { "add-stepps-participant",          N_("Joined a STEPPS group") },
  { "update-stepps-participant",       N_("Changed a STEPPS group place") },
  { "add-stepps-reinforcer",           N_("Changed the STEPPS reinforcement team") },
  { "update-stepps-reinforcer",        N_("Changed the STEPPS reinforcement team") },
  { "remove-stepps-reinforcer",        N_("Changed the STEPPS reinforcement team") },
  { "add-stepps-attendance",           N_("Recorded STEPPS group attendance") },
  { "update-stepps-attendance",        N_("Recorded STEPPS group attendance") },
  { "remove-stepps-attendance",        N_("Removed STEPPS group attendance") },
  { "add-od-episode",                  N_("Started Open Dialogue") },
  { "update-od-episode",               N_("Changed an Open Dialogue episode") },
  { "add-od-core-member",              N_("Changed the Open Dialogue core team") },
  { "remove-od-core-member",           N_("Changed the Open Dialogue core team") },
  { "add-od-meeting",                  N_("Recorded a network meeting") },
  { "update-od-meeting",               N_("Changed a network meeting") },
  { "add-od-meeting-practitioner",     N_("Changed who was at a network meeting") },
  { "remove-od-meeting-practitioner",  N_("Changed who was at a network meeting") },
  { "add-od-meeting-member",           N_("Changed who was at a network meeting") },
  { "remove-od-meeting-member",        N_("Changed who was at a network meeting") },
};

/* A string member of the flat JSON object the store writes as an event's detail
 * ({"reason":"…","expires_at":"…"}); NULL when it is missing or malformed. */
static char *
json_string_member (const char *json,
                    const char *name)
{
  g_autofree char *key = NULL;
  g_autoptr(GString) text = NULL;
  const char *p;

  if (json == NULL)
    return NULL;

  key = g_strdup_printf ("\"%s\":", name);
  p = strstr (json, key);
  if (p == NULL)
    return NULL;

  for (p += strlen (key); g_ascii_isspace (*p); p++)
    ;
  if (*p++ != '"')
    return NULL;

  text = g_string_new (NULL);
  while (*p != '"')
    {
      gunichar c;

      if (*p == '\0')
        return NULL;

      if (*p != '\\')
        {
          g_string_append_c (text, *p++);
          continue;
        }

      switch (*++p)
        {
        case '"': case '\\': case '/': g_string_append_c (text, *p); break;
        case 'b': g_string_append_c (text, '\b'); break;
        case 'f': g_string_append_c (text, '\f'); break;
        case 'n': g_string_append_c (text, '\n'); break;
        case 'r': g_string_append_c (text, '\r'); break;
        case 't': g_string_append_c (text, '\t'); break;
        case 'u':
          if (!g_ascii_isxdigit (p[1]) || !g_ascii_isxdigit (p[2]) ||
              !g_ascii_isxdigit (p[3]) || !g_ascii_isxdigit (p[4]))
            return NULL;
          c = (gunichar) (g_ascii_xdigit_value (p[1]) << 12 | g_ascii_xdigit_value (p[2]) << 8 |
                          g_ascii_xdigit_value (p[3]) << 4 | g_ascii_xdigit_value (p[4]));
          p += 4;
          /* A character outside the BMP comes as a surrogate pair. */
          if (c >= 0xD800 && c < 0xDC00 && p[1] == '\\' && p[2] == 'u' &&
              g_ascii_isxdigit (p[3]) && g_ascii_isxdigit (p[4]) &&
              g_ascii_isxdigit (p[5]) && g_ascii_isxdigit (p[6]))
            {
              gunichar low = (gunichar) (g_ascii_xdigit_value (p[3]) << 12 | g_ascii_xdigit_value (p[4]) << 8 |
                                         g_ascii_xdigit_value (p[5]) << 4 | g_ascii_xdigit_value (p[6]));

              if (low >= 0xDC00 && low < 0xE000)
                {
                  c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
                  p += 6;
                }
            }
          if (!g_unichar_validate (c))
            return NULL;
          g_string_append_unichar (text, c);
          break;
        default:
          return NULL;
        }
      p++;
    }

  if (!g_utf8_validate (text->str, (gssize) text->len, NULL))
    return NULL;

  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
caseload_format_audit_action (const char *action,
                              const char *detail)
{
  for (guint i = 0; action != NULL && i < G_N_ELEMENTS (audit_actions); i++)
    {
      if (!g_str_equal (action, audit_actions[i].action))
        continue;

      /* The team dashboard's figures, not anyone's record */
      if (g_str_equal (action, "export") || g_str_equal (action, "print"))
        {
          g_autofree char *what = json_string_member (detail, "what");

          if (g_strcmp0 (what, "dashboard") == 0)
            return g_strdup (g_str_equal (action, "export") ? _("Exported the team dashboard’s figures")
                                                            : _("Printed the team dashboard"));
          if (g_strcmp0 (what, "plan") == 0 && g_str_equal (action, "print"))
            return g_strdup (_("Printed the person’s copy of their plan"));
        }

      if (g_str_equal (action, "break-glass"))
        {
          g_autofree char *reason = json_string_member (detail, "reason");

          if (reason != NULL)
            /* Translators: %s is the reason given for opening a record in an emergency */
            return g_strdup_printf (_("Emergency access: %s"), reason);
        }

      return g_strdup (_(audit_actions[i].words));
    }

  /* A newer kind of event than this build knows: show its code rather than nothing. */
  return g_strdup (action != NULL ? action : "");
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

/* Why a form could not save, for the banner under its Save button. A lost connection
 * saved nothing: the form stays open with everything typed, and says so. */
char *
caseload_format_save_error (const GError *error)
{
  g_return_val_if_fail (error != NULL, NULL);

  if (g_error_matches (error, CASELOAD_ERROR, CASELOAD_ERROR_CONNECTION))
    return g_strdup (_("Not saved: the connection to the shared site was lost. "
                       "Everything you typed is still here; press Save again once it is back."));

  return g_strdup (error->message);
}

/* Why a change made with one button (a review, a role, a password reset) was not
 * made; there is nothing typed to keep. */
char *
caseload_format_change_error (const GError *error)
{
  g_return_val_if_fail (error != NULL, NULL);

  if (g_error_matches (error, CASELOAD_ERROR, CASELOAD_ERROR_CONNECTION))
    return g_strdup (_("Not changed: the connection to the shared site was lost. Try again once it is back."));

  return g_strdup (error->message);
}

/* Why something could not be shown. A lost connection is the window's banner to tell
 * in full; here it only says the read will be made again once the site is back. */
char *
caseload_format_read_error (const GError *error)
{
  g_return_val_if_fail (error != NULL, NULL);

  if (g_error_matches (error, CASELOAD_ERROR, CASELOAD_ERROR_CONNECTION))
    return g_strdup (_("The connection to the shared site was lost. "
                       "This is read again as soon as it is back."));

  return g_strdup (error->message);
}

/* Where the desk's records are: "Shared site: db.example.nhs.uk:5432/caseload", or
 * "This desk". Never a user name or password. */
char *
caseload_format_store_location (CaseloadStore *store)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (store), NULL);

  if (CASELOAD_IS_STORE_POSTGRESQL (store))
    /* Translators: %s is a server, port and database: "db.example.nhs.uk:5432/caseload" */
    return g_strdup_printf (_("Shared site: %s"),
                            caseload_store_postgresql_get_location (CASELOAD_STORE_POSTGRESQL (store)));

  return g_strdup (_("This desk"));
}

void
caseload_format_show_field_error (GtkWidget  *field,
                                  GtkWidget  *error_row,
                                  GtkLabel   *error_label,
                                  const char *message)
{
  gtk_label_set_text (error_label, message != NULL ? message : "");
  gtk_widget_set_visible (error_row, message != NULL);
  /* The row is a list item: name it for screen readers with the problem it shows. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (error_row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, message != NULL ? message : "",
                                  -1);

  if (message != NULL)
    {
      gtk_widget_add_css_class (field, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (field),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
    }
  else
    {
      gtk_widget_remove_css_class (field, "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_STATE_INVALID);
    }
}

/* "3 days", "5 hours", "40 minutes": the unit a person would say for @seconds. */
char *
caseload_format_duration (gint64 seconds)
{
  gint64 minutes = ABS (seconds) / 60;
  gint64 hours = minutes / 60;
  gint64 days = hours / 24;

  if (hours >= 48)
    return g_strdup_printf (ngettext ("%d day", "%d days", (int) days), (int) days);
  if (minutes >= 60)
    return g_strdup_printf (ngettext ("%d hour", "%d hours", (int) hours), (int) hours);

  minutes = MAX (minutes, 1);
  return g_strdup_printf (ngettext ("%d minute", "%d minutes", (int) minutes), (int) minutes);
}

/* The words, icon and style class of a waiting-time clock: never colour alone. */
char *
caseload_format_clock (CaseloadClockState   state,
                       const char          *due_at,
                       gint64               waited_seconds,
                       const char          *pause_reason,
                       GDateTime           *now,
                       const char         **icon_name,
                       const char         **style_class)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) due = due_at != NULL ? g_date_time_new_from_iso8601 (due_at, utc) : NULL;
  g_autofree char *span = NULL;
  g_autofree char *waited = caseload_format_duration (waited_seconds);
  const char *icon = "alarm-symbolic";
  const char *style = "clock-running";
  char *text = NULL;

  if (due != NULL && now != NULL)
    span = caseload_format_duration (g_date_time_difference (due, now) / G_TIME_SPAN_SECOND);

  switch (state)
    {
    case CASELOAD_CLOCK_BREACHED:
      icon = "dialog-error-symbolic";
      style = "clock-breached";
      /* Translators: %s is a duration, as in "Breached 3 days ago" */
      text = span != NULL ? g_strdup_printf (_("Breached %s ago"), span) : g_strdup (_("Breached"));
      break;

    case CASELOAD_CLOCK_NEAR_BREACH:
      icon = "dialog-warning-symbolic";
      style = "clock-near-breach";
      /* Translators: %s is a duration, as in "Due in 5 hours" */
      text = span != NULL ? g_strdup_printf (_("Due in %s"), span) : g_strdup (_("Near breach"));
      break;

    case CASELOAD_CLOCK_RUNNING:
      text = span != NULL ? g_strdup_printf (_("Due in %s"), span) : g_strdup (_("Waiting"));
      break;

    case CASELOAD_CLOCK_PAUSED:
      icon = "media-playback-pause-symbolic";
      style = "clock-paused";
      /* Translators: %s is why a waiting-time clock is paused, as in "Paused: in hospital" */
      text = pause_reason != NULL ? g_strdup_printf (_("Paused: %s"), pause_reason) : g_strdup (_("Paused"));
      break;

    case CASELOAD_CLOCK_MET:
      icon = "emblem-ok-symbolic";
      style = "clock-met";
      /* Translators: %s is how long the person waited, as in "Met in 12 days" */
      text = g_strdup_printf (_("Met in %s"), waited);
      break;

    case CASELOAD_CLOCK_MISSED:
      icon = "dialog-error-symbolic";
      style = "clock-missed";
      /* Translators: %s is how long the person waited, as in "Missed: waited 31 days" */
      text = g_strdup_printf (_("Missed: waited %s"), waited);
      break;

    case CASELOAD_CLOCK_NONE:
    default:
      icon = "content-loading-symbolic";
      style = "clock-none";
      text = g_strdup (_("No waiting-time clock"));
      break;
    }

  if (icon_name != NULL)
    *icon_name = icon;
  if (style_class != NULL)
    *style_class = style;

  return text;
}

/* "22/11/2026 14:30" in local time, as the forms take it, from an ISO UTC time; a
 * plain ISO date gives "22/11/2026". */
char *
caseload_format_for_editing (const char *iso)
{
  g_autoptr(GDateTime) when = parse_iso (iso);

  if (when == NULL)
    return NULL;

  if (strchr (iso, 'T') == NULL)
    return g_date_time_format (when, "%d/%m/%Y");

  return g_date_time_format (when, "%d/%m/%Y %H:%M");
}

PangoLayout *
caseload_format_print_layout (GtkPrintContext *context,
                              const char      *font,
                              double           width)
{
  PangoLayout *layout = gtk_print_context_create_pango_layout (context);
  PangoFontDescription *description = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, description);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_font_description_free (description);

  return layout;
}
