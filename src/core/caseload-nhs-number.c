/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "caseload-error.h"
#include "caseload-nhs-number.h"

#define NHS_NUMBER_LENGTH 10

static gboolean
is_ten_digits (const char *digits)
{
  if (digits == NULL)
    return FALSE;

  for (guint i = 0; i < NHS_NUMBER_LENGTH; i++)
    {
      if (!g_ascii_isdigit (digits[i]))
        return FALSE;
    }

  return digits[NHS_NUMBER_LENGTH] == '\0';
}

/**
 * caseload_nhs_number_check_digit:
 * @digits: text starting with at least nine ASCII digits
 *
 * Modulus 11: digits 1 to 9 are multiplied by 10, 9, … 2 and summed; the check digit
 * is 11 minus the remainder of the sum divided by 11, where 11 becomes 0 and 10 means
 * no number with these nine digits can be valid.
 *
 * Returns: the check digit 0–9, or -1 when it would be 10 or @digits does not start
 *   with nine digits
 */
int
caseload_nhs_number_check_digit (const char *digits)
{
  guint sum = 0;
  guint check;

  g_return_val_if_fail (digits != NULL, -1);

  for (guint i = 0; i < 9; i++)
    {
      if (!g_ascii_isdigit (digits[i]))
        return -1;

      sum += (guint) g_ascii_digit_value (digits[i]) * (10 - i);
    }

  check = 11 - (sum % 11);

  if (check == 11)
    return 0;
  if (check == 10)
    return -1;

  return (int) check;
}

/**
 * caseload_nhs_number_is_valid:
 * @digits: (nullable): text to test
 *
 * Returns: %TRUE if @digits is exactly ten ASCII digits whose last is the right
 *   check digit
 */
gboolean
caseload_nhs_number_is_valid (const char *digits)
{
  if (!is_ten_digits (digits))
    return FALSE;

  return caseload_nhs_number_check_digit (digits) == g_ascii_digit_value (digits[9]);
}

/**
 * caseload_nhs_number_normalise:
 * @text: an NHS number as typed, "943 476 5919"
 * @error: return location for a #GError
 *
 * Takes the digits out of @text. Spaces and hyphens may separate the digits; space at
 * either end is ignored; anything else is refused. The number must then be ten digits
 * with a correct check digit.
 *
 * Returns: (transfer full): the ten digits, or %NULL with %CASELOAD_ERROR_VALIDATION
 */
char *
caseload_nhs_number_normalise (const char  *text,
                               GError     **error)
{
  g_autofree char *trimmed = NULL;
  g_autoptr(GString) digits = NULL;
  gsize length;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));
  length = strlen (trimmed);

  if (length == 0)
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                           _("Enter the NHS number: it has 10 digits"));
      return NULL;
    }

  /* a hyphen at either end is not a separator */
  if (trimmed[0] == '-' || trimmed[length - 1] == '-')
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                           _("An NHS number is made of digits only"));
      return NULL;
    }

  digits = g_string_sized_new (NHS_NUMBER_LENGTH);

  for (const char *p = trimmed; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p);
      else if (*p != ' ' && *p != '-')
        {
          g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                               _("An NHS number is made of digits only"));
          return NULL;
        }
    }

  if (digits->len != NHS_NUMBER_LENGTH)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                   g_dngettext (GETTEXT_PACKAGE,
                                "An NHS number has 10 digits; this has %u",
                                "An NHS number has 10 digits; this has %u",
                                (gulong) digits->len),
                   (guint) digits->len);
      return NULL;
    }

  if (!caseload_nhs_number_is_valid (digits->str))
    {
      g_autofree char *formatted = caseload_nhs_number_format (digits->str);

      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                   _("NHS number %s fails its check digit: check it against the person’s GP record"),
                   formatted);
      return NULL;
    }

  return g_string_free (g_steal_pointer (&digits), FALSE);
}

/**
 * caseload_nhs_number_format:
 * @digits: (nullable): ten digits
 *
 * Returns: (transfer full) (nullable): "943 476 5919" for ten digits; a copy of
 *   anything else, %NULL for %NULL
 */
char *
caseload_nhs_number_format (const char *digits)
{
  if (!is_ten_digits (digits))
    return g_strdup (digits);

  return g_strdup_printf ("%.3s %.3s %.4s", digits, digits + 3, digits + 6);
}

/**
 * caseload_nhs_number_is_test_range:
 * @digits: (nullable): ten digits
 *
 * Returns: %TRUE for ten digits in 999 000 0000 – 999 999 9999, a range never
 *   issued to anyone, so safe for demo and test people
 */
gboolean
caseload_nhs_number_is_test_range (const char *digits)
{
  return is_ten_digits (digits) && g_str_has_prefix (digits, "999");
}
