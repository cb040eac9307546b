/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "caseload-error.h"
#include "caseload-nhs-number.h"
#include "caseload-validate.h"

/* The rules for what people type and what records hold. Messages name the field,
 * say what is wrong and, where it helps, show the right shape. */

#define MIN_PHONE_DIGITS   10
#define MAX_PHONE_DIGITS   15
#define FUTURE_ALLOWANCE   (5 * G_TIME_SPAN_MINUTE)

/* Outward codes, "A" a letter and "9" a digit; the inward code is always "9AA". */
static const char * const outward_shapes[] = {
  "A9", "A99", "AA9", "AA99", "A9A", "AA9A",
};

static char *
strip_copy (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (!g_ascii_isspace (*p))
        return FALSE;
    }

  return TRUE;
}

/* What the person typed, safe to show back inside a message. */
static char *
quote (const char *text)
{
  return g_utf8_make_valid (text, -1);
}

/* Reads between @min_digits and @max_digits ASCII digits at *@p, which must not be
 * followed by another digit. */
static gboolean
read_number (const char **p,
             guint        min_digits,
             guint        max_digits,
             guint       *value)
{
  guint n_digits = 0;
  guint result = 0;

  while (n_digits < max_digits && g_ascii_isdigit ((*p)[n_digits]))
    {
      result = result * 10 + (guint) g_ascii_digit_value ((*p)[n_digits]);
      n_digits++;
    }

  if (n_digits < min_digits || g_ascii_isdigit ((*p)[n_digits]))
    return FALSE;

  *p += n_digits;
  *value = result;

  return TRUE;
}

/* "yyyy-mm-dd", strictly. Says nothing about whether the day exists. */
static gboolean
match_iso_date (const char *text,
                guint      *day,
                guint      *month,
                guint      *year)
{
  const char *p = text;

  return read_number (&p, 4, 4, year) && *p++ == '-' &&
         read_number (&p, 2, 2, month) && *p++ == '-' &&
         read_number (&p, 2, 2, day) && *p == '\0';
}

/* "d/m/yyyy" with one or two digits for day and month and the same separator, "/",
 * "-" or ".", twice. */
static gboolean
match_dmy_date (const char *text,
                guint      *day,
                guint      *month,
                guint      *year)
{
  const char *p = text;
  char separator;

  if (!read_number (&p, 1, 2, day))
    return FALSE;

  separator = *p;
  if (separator != '/' && separator != '-' && separator != '.')
    return FALSE;
  p++;

  if (!read_number (&p, 1, 2, month) || *p != separator)
    return FALSE;
  p++;

  return read_number (&p, 4, 4, year) && *p == '\0';
}

static gboolean
set_date (GDate *date,
          guint  day,
          guint  month,
          guint  year)
{
  if (year > G_MAXUINT16 || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;

  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);

  return TRUE;
}

static gboolean
parse_iso_date (const char *text,
                GDate      *date)
{
  guint day, month, year;

  return text != NULL &&
         match_iso_date (text, &day, &month, &year) &&
         set_date (date, day, month, year);
}

static gboolean
check_birth_range (const GDate  *date,
                   const GDate  *today,
                   GError      **error)
{
  GDate earliest;

  if (g_date_compare (date, today) > 0)
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                           _("Date of birth cannot be in the future"));
      return FALSE;
    }

  g_date_clear (&earliest, 1);
  g_date_set_dmy (&earliest, 1, G_DATE_JANUARY, 1900);

  if (g_date_compare (date, &earliest) < 0)
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                           _("Date of birth cannot be before 1900"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
is_postcode_shape (const char *compact)
{
  gsize length = strlen (compact);
  gsize outward_length;
  char shape[5];

  if (g_str_equal (compact, "GIR0AA"))
    return TRUE;

  if (length < 5 || length > 7)
    return FALSE;

  outward_length = length - 3;

  if (!g_ascii_isdigit (compact[outward_length]) ||
      !g_ascii_isupper (compact[outward_length + 1]) ||
      !g_ascii_isupper (compact[outward_length + 2]))
    return FALSE;

  for (gsize i = 0; i < outward_length; i++)
    {
      if (g_ascii_isupper (compact[i]))
        shape[i] = 'A';
      else if (g_ascii_isdigit (compact[i]))
        shape[i] = '9';
      else
        return FALSE;
    }
  shape[outward_length] = '\0';

  for (guint i = 0; i < G_N_ELEMENTS (outward_shapes); i++)
    {
      if (g_str_equal (shape, outward_shapes[i]))
        return TRUE;
    }

  return FALSE;
}

static gboolean
is_email_domain (const char *domain)
{
  g_auto(GStrv) labels = NULL;

  if (strchr (domain, '.') == NULL)
    return FALSE;

  labels = g_strsplit (domain, ".", -1);

  for (guint i = 0; labels[i] != NULL; i++)
    {
      const char *label = labels[i];
      gsize length = strlen (label);

      if (length == 0 || label[0] == '-' || label[length - 1] == '-')
        return FALSE;
    }

  return TRUE;
}

/* One "@" with something before it and a dotted domain after it; no spaces. */
static gboolean
is_email_shape (const char *address)
{
  const char *at = strchr (address, '@');

  if (!g_utf8_validate (address, -1, NULL))
    return FALSE;

  for (const char *p = address; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p) || g_ascii_iscntrl (*p))
        return FALSE;
    }

  return at != NULL && at != address &&
         strchr (at + 1, '@') == NULL &&
         is_email_domain (at + 1);
}

static void
check_required_id (GPtrArray  *errors,
                   const char *field,
                   const char *value,
                   const char *message)
{
  if (is_blank (value))
    caseload_field_errors_add (errors, field, message);
}

static void
check_phone (GPtrArray  *errors,
             const char *value)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *normal = NULL;

  if (is_blank (value))
    return;

  normal = caseload_validate_phone (value, &error);
  if (normal == NULL)
    caseload_field_errors_add (errors, "phone", error->message);
}

static void
check_email (GPtrArray  *errors,
             const char *value)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *normal = NULL;

  if (is_blank (value))
    return;

  normal = caseload_validate_email (value, &error);
  if (normal == NULL)
    caseload_field_errors_add (errors, "email", error->message);
}

/**
 * caseload_field_error_new:
 * @field: the property name of the field at fault
 * @message: the translated message
 *
 * Returns: (transfer full): a new field error
 */
CaseloadFieldError *
caseload_field_error_new (const char *field,
                          const char *message)
{
  CaseloadFieldError *error;

  g_return_val_if_fail (field != NULL, NULL);
  g_return_val_if_fail (message != NULL, NULL);

  error = g_new0 (CaseloadFieldError, 1);
  error->field = g_strdup (field);
  error->message = g_strdup (message);

  return error;
}

void
caseload_field_error_free (CaseloadFieldError *error)
{
  if (error == NULL)
    return;

  g_free (error->field);
  g_free (error->message);
  g_free (error);
}

/**
 * caseload_field_errors_new:
 *
 * Returns: (transfer full) (element-type CaseloadFieldError): an empty array that frees
 *   its errors
 */
GPtrArray *
caseload_field_errors_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) caseload_field_error_free);
}

void
caseload_field_errors_add (GPtrArray  *errors,
                           const char *field,
                           const char *message)
{
  g_ptr_array_add (errors, caseload_field_error_new (field, message));
}

void
caseload_field_errors_check_text (GPtrArray  *errors,
                                  const char *field,
                                  const char *label,
                                  const char *value,
                                  gboolean    required,
                                  guint       max_chars)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *normal = NULL;

  normal = caseload_validate_text (label, value, required, max_chars, &error);
  if (normal == NULL)
    caseload_field_errors_add (errors, field, error->message);
}

gboolean
caseload_field_errors_check_date (GPtrArray  *errors,
                                  const char *field,
                                  const char *label,
                                  const char *value,
                                  const char *missing,
                                  GDate      *date)
{
  g_autofree char *typed = NULL;
  g_autofree char *message = NULL;

  g_date_clear (date, 1);
  if (is_blank (value))
    {
      if (missing != NULL)
        caseload_field_errors_add (errors, field, missing);
      return FALSE;
    }
  if (caseload_parse_date (value, date, NULL))
    return TRUE;

  typed = quote (value);
  /* TRANSLATORS: "Due date “soon” is not a date: write it as dd/mm/yyyy." */
  message = g_strdup_printf (_("%s “%s” is not a date: write it as dd/mm/yyyy."), label, typed);
  caseload_field_errors_add (errors, field, message);
  return FALSE;
}

/**
 * caseload_parse_date:
 * @text: a date as typed
 * @date: (out caller-allocates): the date, set only on success
 * @error: return location for a #GError
 *
 * Accepts "dd/mm/yyyy", "d/m/yyyy", "dd-mm-yyyy", "dd.mm.yyyy" and "yyyy-mm-dd".
 * Years have four digits: a two-digit year could be either century.
 *
 * Returns: %TRUE on success, %FALSE with %CASELOAD_ERROR_VALIDATION otherwise
 */
gboolean
caseload_parse_date (const char  *text,
                     GDate       *date,
                     GError     **error)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *shown = NULL;
  guint day, month, year;

  g_return_val_if_fail (date != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  trimmed = strip_copy (text);

  if (trimmed[0] == '\0')
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                           _("Enter a date as dd/mm/yyyy"));
      return FALSE;
    }

  shown = quote (trimmed);

  if (!match_dmy_date (trimmed, &day, &month, &year) &&
      !match_iso_date (trimmed, &day, &month, &year))
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                   _("“%s” is not a date: write it as dd/mm/yyyy, like 31/01/1990"),
                   shown);
      return FALSE;
    }

  if (!set_date (date, day, month, year))
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                   _("“%s” is not a day on the calendar: check the day and the month"),
                   shown);
      return FALSE;
    }

  return TRUE;
}

/**
 * caseload_parse_date_time:
 * @text: "dd/mm/yyyy HH:MM", or a date alone meaning midnight
 * @tz: (nullable): the time zone @text is in; %NULL for the local one
 * @error: return location for a #GError
 *
 * The date takes any form caseload_parse_date() accepts; the time is 24-hour.
 *
 * Returns: (transfer full): the moment in UTC, or %NULL with %CASELOAD_ERROR_VALIDATION
 */
GDateTime *
caseload_parse_date_time (const char  *text,
                          GTimeZone   *tz,
                          GError     **error)
{
  g_autoptr(GTimeZone) local_tz = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *trimmed = NULL;
  g_autofree char *date_part = NULL;
  const char *space;
  guint hour = 0;
  guint minute = 0;
  GDate date;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  trimmed = strip_copy (text);
  space = strchr (trimmed, ' ');
  date_part = space != NULL ? g_strndup (trimmed, (gsize) (space - trimmed)) : g_strdup (trimmed);

  if (!caseload_parse_date (date_part, &date, error))
    return NULL;

  if (space != NULL)
    {
      const char *p = space;

      while (*p == ' ')
        p++;

      if (!read_number (&p, 1, 2, &hour) || *p++ != ':' ||
          !read_number (&p, 2, 2, &minute) || *p != '\0' ||
          hour > 23 || minute > 59)
        {
          g_autofree char *shown = quote (space + strspn (space, " "));

          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                       _("“%s” is not a time: write it as HH:MM on the 24-hour clock, like 14:30"),
                       shown);
          return NULL;
        }
    }

  if (tz == NULL)
    tz = local_tz = g_time_zone_new_local ();

  local = g_date_time_new (tz,
                           g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date),
                           (int) hour, (int) minute, 0);
  if (local == NULL)
    {
      g_autofree char *shown = quote (trimmed);

      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                   _("“%s” is not a date and time that can be recorded"),
                   shown);
      return NULL;
    }

  return g_date_time_to_utc (local);
}

/**
 * caseload_date_to_iso:
 * @date: a valid date
 *
 * Returns: (transfer full): "YYYY-MM-DD"
 */
char *
caseload_date_to_iso (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u",
                          (guint) g_date_get_year (date),
                          (guint) g_date_get_month (date),
                          (guint) g_date_get_day (date));
}

/**
 * caseload_date_iso_to_display:
 * @iso: (nullable): "YYYY-MM-DD"
 *
 * Returns: (transfer full) (nullable): "dd/mm/yyyy"; %NULL for %NULL; a copy of
 *   @iso if it is not an ISO date, so nothing stored is ever hidden
 */
char *
caseload_date_iso_to_display (const char *iso)
{
  GDate date;

  if (iso == NULL)
    return NULL;

  if (!parse_iso_date (iso, &date))
    return g_strdup (iso);

  return g_strdup_printf ("%02u/%02u/%04u",
                          (guint) g_date_get_day (&date),
                          (guint) g_date_get_month (&date),
                          (guint) g_date_get_year (&date));
}

/**
 * caseload_validate_date_of_birth:
 * @text: a date as typed
 * @today: today's date
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the ISO date, or %NULL with %CASELOAD_ERROR_VALIDATION
 *   when @text is not a date, is after @today or is before 1 January 1900
 */
char *
caseload_validate_date_of_birth (const char   *text,
                                 const GDate  *today,
                                 GError      **error)
{
  GDate date;

  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!caseload_parse_date (text, &date, error))
    return NULL;

  if (!check_birth_range (&date, today, error))
    return NULL;

  return caseload_date_to_iso (&date);
}

/**
 * caseload_validate_postcode:
 * @text: a postcode as typed
 * @error: return location for a #GError
 *
 * Checks the shape of a UK postcode: an outward code A9, A99, AA9, AA99, A9A or
 * AA9A and an inward code 9AA (and the special GIR 0AA). Spaces may be left out.
 *
 * Returns: (transfer full): the postcode in capitals with one space, "RM17 6SL", or
 *   %NULL with %CASELOAD_ERROR_VALIDATION
 */
char *
caseload_validate_postcode (const char  *text,
                            GError     **error)
{
  g_autofree char *trimmed = NULL;
  g_autoptr(GString) compact = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  trimmed = strip_copy (text);

  if (trimmed[0] == '\0')
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                           _("Enter a postcode, like RM17 6SL"));
      return NULL;
    }

  compact = g_string_new (NULL);
  for (const char *p = trimmed; *p != '\0'; p++)
    {
      if (*p != ' ')
        g_string_append_c (compact, g_ascii_toupper (*p));
    }

  if (!is_postcode_shape (compact->str))
    {
      g_autofree char *shown = quote (trimmed);

      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                   _("“%s” is not a UK postcode: it should look like RM17 6SL"),
                   shown);
      return NULL;
    }

  g_string_insert_c (compact, (gssize) compact->len - 3, ' ');

  return g_string_free (g_steal_pointer (&compact), FALSE);
}

/**
 * caseload_validate_phone:
 * @text: a phone number as typed
 * @error: return location for a #GError
 *
 * A phone number is 10 to 15 digits, which spaces, brackets and hyphens may separate,
 * with a "+" only at the start: "01375 123456", "+44 (0)1375 123456".
 *
 * Returns: (transfer full): the number trimmed, or %NULL with %CASELOAD_ERROR_VALIDATION
 */
char *
caseload_validate_phone (const char  *text,
                         GError     **error)
{
  g_autofree char *trimmed = NULL;
  guint n_digits = 0;
  glong length;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  trimmed = strip_copy (text);

  if (trimmed[0] == '\0')
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                           _("Enter a phone number"));
      return NULL;
    }

  for (const char *p = trimmed; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        n_digits++;
      else if (*p == '+' && p != trimmed)
        {
          g_autofree char *shown = quote (trimmed);

          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                       _("“%s” is not a phone number: a + can only come first"),
                       shown);
          return NULL;
        }
      else if (*p != '+' && *p != ' ' && *p != '(' && *p != ')' && *p != '-')
        {
          g_autofree char *shown = quote (trimmed);

          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                       _("“%s” is not a phone number: use digits, spaces, brackets, hyphens and a leading + only"),
                       shown);
          return NULL;
        }
    }

  if (n_digits < MIN_PHONE_DIGITS)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                   g_dngettext (GETTEXT_PACKAGE,
                                "A phone number has at least 10 digits; this has %u",
                                "A phone number has at least 10 digits; this has %u",
                                n_digits),
                   n_digits);
      return NULL;
    }

  if (n_digits > MAX_PHONE_DIGITS)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                   g_dngettext (GETTEXT_PACKAGE,
                                "A phone number has at most 15 digits; this has %u",
                                "A phone number has at most 15 digits; this has %u",
                                n_digits),
                   n_digits);
      return NULL;
    }

  /* all ASCII by now, so bytes are characters */
  length = (glong) strlen (trimmed);
  if (length > CASELOAD_MAX_PHONE)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                   _("Phone number is too long: %ld characters, the limit is %d"),
                   length, CASELOAD_MAX_PHONE);
      return NULL;
    }

  return g_steal_pointer (&trimmed);
}

/**
 * caseload_validate_email:
 * @text: an email address as typed
 * @error: return location for a #GError
 *
 * A shape check only: one "@" with something before it and a domain with a dot
 * after it, and no spaces. Whether the address reaches anyone is another matter.
 *
 * Returns: (transfer full): the address trimmed, or %NULL with %CASELOAD_ERROR_VALIDATION
 */
char *
caseload_validate_email (const char  *text,
                         GError     **error)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *shown = NULL;
  glong length;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  trimmed = strip_copy (text);

  if (trimmed[0] == '\0')
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                           _("Enter an email address"));
      return NULL;
    }

  shown = quote (trimmed);

  length = g_utf8_strlen (shown, -1);
  if (length > CASELOAD_MAX_EMAIL)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                   _("Email address is too long: %ld characters, the limit is %d"),
                   length, CASELOAD_MAX_EMAIL);
      return NULL;
    }

  if (!is_email_shape (trimmed))
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                   _("“%s” is not an email address: it should look like name@example.org"),
                   shown);
      return NULL;
    }

  return g_steal_pointer (&trimmed);
}

/**
 * caseload_validate_text:
 * @label: the translated name of the field, "Given name"
 * @text: (nullable): the text
 * @required: whether the field must be filled in
 * @max_chars: the most characters allowed
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the text trimmed ("" when optional and empty), or %NULL
 *   with %CASELOAD_ERROR_VALIDATION
 */
char *
caseload_validate_text (const char  *label,
                        const char  *text,
                        gboolean     required,
                        guint        max_chars,
                        GError     **error)
{
  g_autofree char *trimmed = NULL;
  glong length;

  g_return_val_if_fail (label != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  trimmed = strip_copy (text);

  if (!g_utf8_validate (trimmed, -1, NULL))
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                   _("%s has characters that cannot be read: type it again"),
                   label);
      return NULL;
    }

  if (trimmed[0] == '\0')
    {
      if (!required)
        return g_steal_pointer (&trimmed);

      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                   _("%s is required"), label);
      return NULL;
    }

  length = g_utf8_strlen (trimmed, -1);
  if (length > (glong) max_chars)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%s is too long: %ld character, the limit is %u",
                                "%s is too long: %ld characters, the limit is %u",
                                (gulong) length),
                   label, length, max_chars);
      return NULL;
    }

  return g_steal_pointer (&trimmed);
}

/**
 * caseload_person_check:
 * @person: the person to check
 * @today: today's date, for the date of birth
 *
 * Given and family names are required; every other field is optional but, when
 * present, must be well formed and kept in its normal form: the NHS number as ten
 * digits with a correct check digit, the date of birth as an ISO date from 1900 up to
 * @today, the postcode in capitals with one space.
 *
 * Returns: (transfer container) (element-type CaseloadFieldError): one error for each
 *   field at fault; empty when the person can be saved
 */
GPtrArray *
caseload_person_check (CaseloadPerson *person,
                       const GDate    *today)
{
  g_autoptr(GPtrArray) errors = NULL;
  const char *value;

  g_return_val_if_fail (CASELOAD_IS_PERSON (person), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  errors = caseload_field_errors_new ();

  value = caseload_person_get_nhs_number (person);
  if (!is_blank (value))
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *digits = caseload_nhs_number_normalise (value, &error);

      if (digits == NULL)
        caseload_field_errors_add (errors, "nhs-number", error->message);
      else if (!g_str_equal (digits, value))
        {
          g_autofree char *message = NULL;

          message = g_strdup_printf (_("Keep the NHS number as its 10 digits without spaces: %s"),
                                     digits);
          caseload_field_errors_add (errors, "nhs-number", message);
        }
    }

  caseload_field_errors_check_text (errors, "given-name", _("Given name"),
                                    caseload_person_get_given_name (person), TRUE, CASELOAD_MAX_NAME);
  caseload_field_errors_check_text (errors, "family-name", _("Family name"),
                                    caseload_person_get_family_name (person), TRUE, CASELOAD_MAX_NAME);
  caseload_field_errors_check_text (errors, "preferred-name", _("Preferred name"),
                                    caseload_person_get_preferred_name (person), FALSE, CASELOAD_MAX_NAME);
  caseload_field_errors_check_text (errors, "pronouns", _("Pronouns"),
                                    caseload_person_get_pronouns (person), FALSE, CASELOAD_MAX_SHORT_TEXT);

  value = caseload_person_get_date_of_birth (person);
  if (!is_blank (value))
    {
      g_autoptr(GError) error = NULL;
      GDate date;

      if (!parse_iso_date (value, &date))
        {
          g_autofree char *shown = quote (value);
          g_autofree char *message = NULL;

          message = g_strdup_printf (_("Date of birth “%s” is not a date"), shown);
          caseload_field_errors_add (errors, "date-of-birth", message);
        }
      else if (!check_birth_range (&date, today, &error))
        caseload_field_errors_add (errors, "date-of-birth", error->message);
    }

  caseload_field_errors_check_text (errors, "gender", _("Gender"),
                                    caseload_person_get_gender (person), FALSE, CASELOAD_MAX_SHORT_TEXT);
  caseload_field_errors_check_text (errors, "address", _("Address"),
                                    caseload_person_get_address (person), FALSE, CASELOAD_MAX_ADDRESS);

  value = caseload_person_get_postcode (person);
  if (!is_blank (value))
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *postcode = caseload_validate_postcode (value, &error);

      if (postcode == NULL)
        caseload_field_errors_add (errors, "postcode", error->message);
      else if (!g_str_equal (postcode, value))
        {
          g_autofree char *message = NULL;

          message = g_strdup_printf (_("Write the postcode as %s"), postcode);
          caseload_field_errors_add (errors, "postcode", message);
        }
    }

  check_phone (errors, caseload_person_get_phone (person));

  caseload_field_errors_check_text (errors, "pcn", _("Primary Care Network"),
                                    caseload_person_get_pcn (person), FALSE, CASELOAD_MAX_NAME);
  caseload_field_errors_check_text (errors, "first-language", _("First language"),
                                    caseload_person_get_first_language (person), FALSE, CASELOAD_MAX_SHORT_TEXT);
  caseload_field_errors_check_text (errors, "communication-needs", _("Communication needs"),
                                    caseload_person_get_communication_needs (person), FALSE, CASELOAD_MAX_LONG_TEXT);

  return g_steal_pointer (&errors);
}

/**
 * caseload_network_member_check:
 * @member: the network member to check
 *
 * The name and the person are required; the phone number and email address, when
 * present, must be well formed.
 *
 * Returns: (transfer container) (element-type CaseloadFieldError): one error for each
 *   field at fault; empty when the member can be saved
 */
GPtrArray *
caseload_network_member_check (CaseloadNetworkMember *member)
{
  g_autoptr(GPtrArray) errors = NULL;

  g_return_val_if_fail (CASELOAD_IS_NETWORK_MEMBER (member), NULL);

  errors = caseload_field_errors_new ();

  check_required_id (errors, "person-id", caseload_network_member_get_person_id (member),
                     _("A network member must belong to a person"));
  caseload_field_errors_check_text (errors, "name", _("Name"),
                                    caseload_network_member_get_name (member), TRUE, CASELOAD_MAX_NAME);
  caseload_field_errors_check_text (errors, "relationship-detail", _("Relationship"),
                                    caseload_network_member_get_relationship_detail (member), FALSE, CASELOAD_MAX_SHORT_TEXT);
  check_phone (errors, caseload_network_member_get_phone (member));
  check_email (errors, caseload_network_member_get_email (member));
  caseload_field_errors_check_text (errors, "notes", _("Notes"),
                                    caseload_network_member_get_notes (member), FALSE, CASELOAD_MAX_LONG_TEXT);

  return g_steal_pointer (&errors);
}

/**
 * caseload_timeline_entry_check:
 * @entry: the entry to check
 * @now: the current time
 *
 * The person, the text and the time are required; the time may be at most five
 * minutes ahead of @now, allowing for clocks that disagree a little.
 *
 * Returns: (transfer container) (element-type CaseloadFieldError): one error for each
 *   field at fault; empty when the entry can be saved
 */
GPtrArray *
caseload_timeline_entry_check (CaseloadTimelineEntry *entry,
                               GDateTime             *now)
{
  g_autoptr(GPtrArray) errors = NULL;
  const char *occurred_at;

  g_return_val_if_fail (CASELOAD_IS_TIMELINE_ENTRY (entry), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  errors = caseload_field_errors_new ();

  check_required_id (errors, "person-id", caseload_timeline_entry_get_person_id (entry),
                     _("An entry must be about a person"));
  caseload_field_errors_check_text (errors, "text", _("Entry text"),
                                    caseload_timeline_entry_get_text (entry), TRUE, CASELOAD_MAX_ENTRY_TEXT);

  occurred_at = caseload_timeline_entry_get_occurred_at (entry);
  if (is_blank (occurred_at))
    caseload_field_errors_add (errors, "occurred-at", _("Enter when this happened"));
  else
    {
      g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
      g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 (occurred_at, utc);

      if (when == NULL)
        {
          g_autofree char *shown = quote (occurred_at);
          g_autofree char *message = NULL;

          message = g_strdup_printf (_("“%s” is not a date and time"), shown);
          caseload_field_errors_add (errors, "occurred-at", message);
        }
      else if (g_date_time_difference (when, now) > FUTURE_ALLOWANCE)
        caseload_field_errors_add (errors, "occurred-at", _("An entry cannot be dated in the future"));
    }

  return g_steal_pointer (&errors);
}

gboolean
caseload_field_errors_to_error (GPtrArray  *problems,
                                GError    **error)
{
  CaseloadFieldError *first;

  if (problems->len == 0)
    return FALSE;
  first = g_ptr_array_index (problems, 0);
  g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION, first->message);
  return TRUE;
}

gboolean
caseload_person_validate (CaseloadPerson  *person,
                          const GDate     *today,
                          GError         **error)
{
  g_autoptr(GPtrArray) problems = caseload_person_check (person, today);

  return !caseload_field_errors_to_error (problems, error);
}
