/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "caseload-error.h"
#include "caseload-validate.h"
#include "caseload-validate-consent.h"
#include "caseload-validate-staff.h"

/* Every test judges dates against this day. */
#define TODAY_DAY   15
#define TODAY_MONTH G_DATE_JUNE
#define TODAY_YEAR  2024

static void
get_today (GDate *today)
{
  g_date_clear (today, 1);
  g_date_set_dmy (today, TODAY_DAY, TODAY_MONTH, TODAY_YEAR);
}

static void
assert_validation_error (const GError *error,
                         const char   *message_part)
{
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
  if (strstr (error->message, message_part) == NULL)
    g_error ("“%s” does not mention “%s”", error->message, message_part);
}

static const CaseloadFieldError *
find_field_error (GPtrArray  *errors,
                  const char *field)
{
  for (guint i = 0; i < errors->len; i++)
    {
      const CaseloadFieldError *error = g_ptr_array_index (errors, i);

      if (g_str_equal (error->field, field))
        return error;
    }

  return NULL;
}

static void
assert_field_error (GPtrArray  *errors,
                    const char *field,
                    const char *message_part)
{
  const CaseloadFieldError *error = find_field_error (errors, field);
  guint count = 0;

  if (error == NULL)
    g_error ("no error for “%s”", field);
  if (strstr (error->message, message_part) == NULL)
    g_error ("“%s” for %s does not mention “%s”", error->message, field, message_part);

  /* one error per field */
  for (guint i = 0; i < errors->len; i++)
    {
      const CaseloadFieldError *e = g_ptr_array_index (errors, i);

      if (g_str_equal (e->field, field))
        count++;
    }
  g_assert_cmpuint (count, ==, 1);
}

static void
assert_no_field_errors (GPtrArray *errors)
{
  g_assert_nonnull (errors);

  for (guint i = 0; i < errors->len; i++)
    {
      const CaseloadFieldError *error = g_ptr_array_index (errors, i);

      g_test_message ("unexpected: %s: %s", error->field, error->message);
    }

  g_assert_cmpuint (errors->len, ==, 0);
}

/* dates */

static void
test_date_parse_valid (void)
{
  static const struct {
    const char *text;
    guint       day;
    guint       month;
    guint       year;
  } cases[] = {
    { "31/01/1990", 31, 1, 1990 },
    { "1/2/1990", 1, 2, 1990 },
    { "01/2/1990", 1, 2, 1990 },
    { "1/02/1990", 1, 2, 1990 },
    { "01-02-1990", 1, 2, 1990 },
    { "1-2-1990", 1, 2, 1990 },
    { "01.02.1990", 1, 2, 1990 },
    { "1990-02-01", 1, 2, 1990 },
    { "  29/02/2024  ", 29, 2, 2024 },
    { "29/02/2000", 29, 2, 2000 },
    { "31/12/1899", 31, 12, 1899 },   /* parsing has no range; date of birth does */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      GDate date;

      g_test_message ("%s", cases[i].text);
      g_assert_true (caseload_parse_date (cases[i].text, &date, &error));
      g_assert_no_error (error);
      g_assert_true (g_date_valid (&date));
      g_assert_cmpuint (g_date_get_day (&date), ==, cases[i].day);
      g_assert_cmpuint (g_date_get_month (&date), ==, cases[i].month);
      g_assert_cmpuint (g_date_get_year (&date), ==, cases[i].year);
    }
}

static void
test_date_parse_invalid (void)
{
  static const struct {
    const char *text;
    const char *message;
  } cases[] = {
    { "", "Enter a date as dd/mm/yyyy" },
    { "   ", "Enter a date as dd/mm/yyyy" },
    { NULL, "Enter a date as dd/mm/yyyy" },
    { "31/02/1990", "“31/02/1990” is not a day on the calendar" },
    { "29/02/2023", "“29/02/2023” is not a day on the calendar" },
    { "29/02/1900", "is not a day on the calendar" },   /* 1900 was not a leap year */
    { "00/01/1990", "is not a day on the calendar" },
    { "1/13/1990", "is not a day on the calendar" },
    { "1990-13-01", "is not a day on the calendar" },
    { "01/01/0000", "is not a day on the calendar" },
    { "31/01/90", "“31/01/90” is not a date: write it as dd/mm/yyyy" },
    { "31/01-1990", "is not a date: write it as dd/mm/yyyy" },
    { "31 01 1990", "is not a date" },
    { "1990/01/31", "is not a date" },
    { "1990-1-31", "is not a date" },
    { "31/01/19900", "is not a date" },
    { "311/01/1990", "is not a date" },
    { "31/01/1990 10:00", "is not a date" },
    { "tomorrow", "“tomorrow” is not a date" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      GDate date;

      g_test_message ("%s", cases[i].text != NULL ? cases[i].text : "(null)");
      g_date_clear (&date, 1);
      g_assert_false (caseload_parse_date (cases[i].text, &date, &error));
      assert_validation_error (error, cases[i].message);
      g_assert_false (g_date_valid (&date));
    }
}

static void
test_date_iso (void)
{
  GDate date;
  g_autofree char *iso = NULL;
  g_autofree char *display = NULL;
  g_autofree char *not_iso = NULL;
  g_autofree char *impossible = NULL;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 5, G_DATE_MARCH, 1987);
  iso = caseload_date_to_iso (&date);
  g_assert_cmpstr (iso, ==, "1987-03-05");

  display = caseload_date_iso_to_display ("1987-03-05");
  g_assert_cmpstr (display, ==, "05/03/1987");

  g_assert_null (caseload_date_iso_to_display (NULL));

  /* anything that is not an ISO date is shown as it is, never hidden */
  not_iso = caseload_date_iso_to_display ("unknown");
  g_assert_cmpstr (not_iso, ==, "unknown");
  impossible = caseload_date_iso_to_display ("1990-02-30");
  g_assert_cmpstr (impossible, ==, "1990-02-30");
}

static void
test_date_time_valid (void)
{
  static const struct {
    const char *text;
    int         offset_hours;
    const char *utc;
  } cases[] = {
    { "15/06/2024 14:30", 1, "2024-06-15T13:30:00Z" },
    { "15/06/2024 00:30", 1, "2024-06-14T23:30:00Z" },
    { "15/06/2024 9:05", 0, "2024-06-15T09:05:00Z" },
    { "15/06/2024   09:05", 0, "2024-06-15T09:05:00Z" },
    { " 15/06/2024 23:59 ", 0, "2024-06-15T23:59:00Z" },
    { "15/06/2024", 1, "2024-06-14T23:00:00Z" },
    { "15/06/2024", 0, "2024-06-15T00:00:00Z" },
    { "2024-06-15 10:00", -5, "2024-06-15T15:00:00Z" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GTimeZone) tz = g_time_zone_new_offset (cases[i].offset_hours * 3600);
      g_autoptr(GError) error = NULL;
      g_autoptr(GDateTime) when = NULL;
      g_autofree char *utc = NULL;

      g_test_message ("%s", cases[i].text);
      when = caseload_parse_date_time (cases[i].text, tz, &error);
      g_assert_no_error (error);
      g_assert_nonnull (when);
      g_assert_cmpint (g_date_time_get_utc_offset (when), ==, 0);
      utc = g_date_time_format (when, "%Y-%m-%dT%H:%M:%SZ");
      g_assert_cmpstr (utc, ==, cases[i].utc);
    }
}

static void
test_date_time_local (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  g_autoptr(GDateTime) expected = g_date_time_new (local, 2024, 1, 15, 10, 0, 0);

  /* NULL means the local time zone */
  when = caseload_parse_date_time ("15/01/2024 10:00", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_date_time_equal (when, expected));
}

static void
test_date_time_invalid (void)
{
  static const struct {
    const char *text;
    const char *message;
  } cases[] = {
    { "", "Enter a date" },
    { "15/06/2024 24:00", "“24:00” is not a time: write it as HH:MM" },
    { "15/06/2024 14:60", "“14:60” is not a time" },
    { "15/06/2024 14:3", "“14:3” is not a time" },
    { "15/06/2024 14:30:00", "is not a time" },
    { "15/06/2024 1430", "is not a time" },
    { "15/06/2024 2pm", "is not a time" },
    { "15/06/2024 14:30 x", "is not a time" },
    { "32/06/2024 10:00", "“32/06/2024” is not a day on the calendar" },
    { "2024/06/15 10:00", "is not a date" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GTimeZone) tz = g_time_zone_new_utc ();
      g_autoptr(GError) error = NULL;
      g_autoptr(GDateTime) when = NULL;

      g_test_message ("%s", cases[i].text);
      when = caseload_parse_date_time (cases[i].text, tz, &error);
      g_assert_null (when);
      assert_validation_error (error, cases[i].message);
    }
}

static void
test_date_of_birth_valid (void)
{
  static const struct {
    const char *text;
    const char *iso;
  } cases[] = {
    { "31/01/1990", "1990-01-31" },
    { "1/1/1900", "1900-01-01" },          /* the earliest allowed */
    { "15/06/2024", "2024-06-15" },        /* born today */
    { "1990-01-31", "1990-01-31" },
    { "29.02.1960", "1960-02-29" },
  };
  GDate today;

  get_today (&today);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *iso = NULL;

      g_test_message ("%s", cases[i].text);
      iso = caseload_validate_date_of_birth (cases[i].text, &today, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (iso, ==, cases[i].iso);
    }
}

static void
test_date_of_birth_invalid (void)
{
  static const struct {
    const char *text;
    const char *message;
  } cases[] = {
    { "16/06/2024", "Date of birth cannot be in the future" },
    { "01/01/2100", "Date of birth cannot be in the future" },
    { "31/12/1899", "Date of birth cannot be before 1900" },
    { "01/01/1066", "Date of birth cannot be before 1900" },
    { "30/02/1990", "is not a day on the calendar" },
    { "yesterday", "is not a date" },
    { "", "Enter a date" },
  };
  GDate today;

  get_today (&today);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *iso = NULL;

      g_test_message ("%s", cases[i].text);
      iso = caseload_validate_date_of_birth (cases[i].text, &today, &error);
      g_assert_null (iso);
      assert_validation_error (error, cases[i].message);
    }
}

/* postcodes */

static void
test_postcode_valid (void)
{
  static const struct {
    const char *text;
    const char *postcode;
  } cases[] = {
    { "RM17 6SL", "RM17 6SL" },
    { "rm17 6sl", "RM17 6SL" },
    { "RM176SL", "RM17 6SL" },
    { "  rm17   6sl ", "RM17 6SL" },
    { "M1 1AE", "M1 1AE" },        /* A9 */
    { "B33 8TH", "B33 8TH" },      /* A99 */
    { "CR2 6XH", "CR2 6XH" },      /* AA9 */
    { "DN55 1PT", "DN55 1PT" },    /* AA99 */
    { "W1A 0AX", "W1A 0AX" },      /* A9A */
    { "EC1A 1BB", "EC1A 1BB" },    /* AA9A */
    { "ec1a1bb", "EC1A 1BB" },
    { "GIR 0AA", "GIR 0AA" },
    { "gir0aa", "GIR 0AA" },
    { "SS17 0AB", "SS17 0AB" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *postcode = NULL;

      g_test_message ("%s", cases[i].text);
      postcode = caseload_validate_postcode (cases[i].text, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (postcode, ==, cases[i].postcode);
    }
}

static void
test_postcode_invalid (void)
{
  static const char * const cases[] = {
    "RM17 6",
    "RM17",
    "6SL",
    "1M17 6SL",     /* outward code starts with a letter */
    "RM17 SSL",     /* inward code starts with a digit */
    "RM17 6S1",
    "RM17 66L",
    "RMX17 6SL",    /* three letters */
    "RM17A6 6SL",
    "R 6SL",
    "9 6SL",
    "RM1A7 6SL",
    "RM17-6SL",
    "RM17 6SL X",
    "ЯM17 6SL",
    "GIR 0AB",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *postcode = NULL;
      g_autofree char *expected = NULL;

      g_test_message ("%s", cases[i]);
      postcode = caseload_validate_postcode (cases[i], &error);
      g_assert_null (postcode);
      expected = g_strdup_printf ("“%s” is not a UK postcode: it should look like RM17 6SL", cases[i]);
      g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
      g_assert_cmpstr (error->message, ==, expected);
    }
}

static void
test_postcode_empty (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *postcode = NULL;

  postcode = caseload_validate_postcode ("  ", &error);
  g_assert_null (postcode);
  assert_validation_error (error, "Enter a postcode");
}

/* phone numbers */

static void
test_phone_valid (void)
{
  static const struct {
    const char *text;
    const char *phone;
  } cases[] = {
    { "01375 123456", "01375 123456" },
    { "  01375 123456 ", "01375 123456" },
    { "+44 (0)1375 123456", "+44 (0)1375 123456" },
    { "07700 900123", "07700 900123" },
    { "020-7946-0018", "020-7946-0018" },
    { "0137512345", "0137512345" },               /* 10 digits */
    { "+123456789012345", "+123456789012345" },   /* 15 digits */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *phone = NULL;

      g_test_message ("%s", cases[i].text);
      phone = caseload_validate_phone (cases[i].text, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (phone, ==, cases[i].phone);
    }
}

static void
test_phone_invalid (void)
{
  static const struct {
    const char *text;
    const char *message;
  } cases[] = {
    { "", "Enter a phone number" },
    { "01375 12345x", "“01375 12345x” is not a phone number: use digits" },
    { "01375.123456", "is not a phone number: use digits" },
    { "01375 123456 ext 2", "is not a phone number: use digits" },
    { "01375 +123456", "“01375 +123456” is not a phone number: a + can only come first" },
    { "++441375123456", "a + can only come first" },
    { "0137512", "A phone number has at least 10 digits; this has 7" },
    { "013751234", "A phone number has at least 10 digits; this has 9" },
    { "1234567890123456", "A phone number has at most 15 digits; this has 16" },
    { "(0) (1) (3) (7) (5) (1) (2) (3) (4) (5)", "Phone number is too long: 39 characters, the limit is 30" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *phone = NULL;

      g_test_message ("%s", cases[i].text);
      phone = caseload_validate_phone (cases[i].text, &error);
      g_assert_null (phone);
      assert_validation_error (error, cases[i].message);
    }
}

/* email */

static void
test_email_valid (void)
{
  static const struct {
    const char *text;
    const char *email;
  } cases[] = {
    { "name@example.org", "name@example.org" },
    { "  a.b+c@nhs.net ", "a.b+c@nhs.net" },
    { "x@sub.example.co.uk", "x@sub.example.co.uk" },
    { "Jo.Bloggs@Thurrock.GOV.UK", "Jo.Bloggs@Thurrock.GOV.UK" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *email = NULL;

      g_test_message ("%s", cases[i].text);
      email = caseload_validate_email (cases[i].text, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (email, ==, cases[i].email);
    }
}

static void
test_email_invalid (void)
{
  static const char * const cases[] = {
    "name",
    "@example.org",
    "name@",
    "name@example",
    "name@@example.org",
    "name@exa@mple.org",
    "na me@example.org",
    "name@example..org",
    "name@.example.org",
    "name@example.org.",
    "name@-example.org",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *email = NULL;
      g_autofree char *expected = NULL;

      g_test_message ("%s", cases[i]);
      email = caseload_validate_email (cases[i], &error);
      g_assert_null (email);
      expected = g_strdup_printf ("“%s” is not an email address: it should look like name@example.org",
                                  cases[i]);
      g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
      g_assert_cmpstr (error->message, ==, expected);
    }
}

static void
test_email_limits (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *local = g_strnfill (250, 'a');
  g_autofree char *address = g_strconcat (local, "@example.org", NULL);
  g_autofree char *email = NULL;

  email = caseload_validate_email ("", &error);
  g_assert_null (email);
  assert_validation_error (error, "Enter an email address");
  g_clear_error (&error);

  email = caseload_validate_email (address, &error);
  g_assert_null (email);
  assert_validation_error (error, "Email address is too long: 262 characters, the limit is 254");
}

/* text */

static void
test_text (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *exact = g_strnfill (CASELOAD_MAX_ADDRESS, 'x');
  g_autofree char *over = g_strnfill (CASELOAD_MAX_ADDRESS + 12, 'x');
  g_autoptr(GString) accents = g_string_new (NULL);
  char *text;

  text = caseload_validate_text ("Given name", NULL, TRUE, CASELOAD_MAX_NAME, &error);
  g_assert_null (text);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
  g_assert_cmpstr (error->message, ==, "Given name is required");
  g_clear_error (&error);

  text = caseload_validate_text ("Given name", "  \t ", TRUE, CASELOAD_MAX_NAME, &error);
  g_assert_null (text);
  g_assert_cmpstr (error->message, ==, "Given name is required");
  g_clear_error (&error);

  text = caseload_validate_text ("Pronouns", "   ", FALSE, CASELOAD_MAX_SHORT_TEXT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "");
  g_free (text);

  text = caseload_validate_text ("Given name", "  Sandy ", TRUE, CASELOAD_MAX_NAME, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "Sandy");
  g_free (text);

  text = caseload_validate_text ("Address", exact, FALSE, CASELOAD_MAX_ADDRESS, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, exact);
  g_free (text);

  text = caseload_validate_text ("Address", over, FALSE, CASELOAD_MAX_ADDRESS, &error);
  g_assert_null (text);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
  g_assert_cmpstr (error->message, ==, "Address is too long: 512 characters, the limit is 500");
  g_clear_error (&error);

  /* the limit counts characters, not bytes */
  for (guint i = 0; i < CASELOAD_MAX_NAME; i++)
    g_string_append (accents, "é");
  text = caseload_validate_text ("Family name", accents->str, TRUE, CASELOAD_MAX_NAME, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, accents->str);
  g_free (text);

  g_string_append (accents, "é");
  text = caseload_validate_text ("Family name", accents->str, TRUE, CASELOAD_MAX_NAME, &error);
  g_assert_null (text);
  g_assert_cmpstr (error->message, ==, "Family name is too long: 101 characters, the limit is 100");
  g_clear_error (&error);

  text = caseload_validate_text ("Notes", "caf\xe9", FALSE, CASELOAD_MAX_LONG_TEXT, &error);
  g_assert_null (text);
  assert_validation_error (error, "Notes has characters that cannot be read");
}

/* whole records */

static CaseloadPerson *
make_person (void)
{
  CaseloadPerson *person = caseload_person_new ();

  caseload_person_set_given_name (person, "Alexander");
  caseload_person_set_family_name (person, "Okafor");

  return person;
}

static void
test_person_valid (void)
{
  g_autoptr(CaseloadPerson) minimal = make_person ();
  g_autoptr(CaseloadPerson) full = make_person ();
  g_autoptr(GPtrArray) minimal_errors = NULL;
  g_autoptr(GPtrArray) full_errors = NULL;
  g_autofree char *address = g_strnfill (CASELOAD_MAX_ADDRESS, 'a');
  GDate today;

  get_today (&today);

  g_object_set (full,
                "nhs-number", "9990000018",
                "preferred-name", "Sandy",
                "pronouns", "he/him",
                "date-of-birth", "1990-01-31",
                "gender", "Man",
                "address", address,
                "postcode", "RM17 6SL",
                "phone", "+44 (0)1375 123456",
                "pcn", "Grays",
                "first-language", "English",
                "interpreter-needed", FALSE,
                "communication-needs", "Prefers text messages to calls",
                NULL);

  minimal_errors = caseload_person_check (minimal, &today);
  assert_no_field_errors (minimal_errors);

  full_errors = caseload_person_check (full, &today);
  assert_no_field_errors (full_errors);

  /* the check leaves the record alone */
  g_assert_cmpstr (caseload_person_get_address (full), ==, address);
}

static void
test_person_required (void)
{
  g_autoptr(CaseloadPerson) person = caseload_person_new ();
  g_autoptr(GPtrArray) errors = NULL;
  GDate today;

  get_today (&today);

  caseload_person_set_family_name (person, "   ");
  errors = caseload_person_check (person, &today);

  g_assert_cmpuint (errors->len, ==, 2);
  assert_field_error (errors, "given-name", "Given name is required");
  assert_field_error (errors, "family-name", "Family name is required");
}

static void
test_person_fields (void)
{
  static const struct {
    const char *property;
    const char *value;
    guint       repeat;   /* > 0: the value is this many "x" */
    const char *message;
  } cases[] = {
    { "nhs-number", "9434765918", 0, "NHS number 943 476 5918 fails its check digit" },
    { "nhs-number", "94347659", 0, "An NHS number has 10 digits; this has 8" },
    { "nhs-number", "NHS9434765919", 0, "An NHS number is made of digits only" },
    { "nhs-number", "943 476 5919", 0, "Keep the NHS number as its 10 digits without spaces: 9434765919" },
    { "given-name", " ", 0, "Given name is required" },
    { "given-name", NULL, CASELOAD_MAX_NAME + 1, "Given name is too long: 101 characters, the limit is 100" },
    { "family-name", NULL, CASELOAD_MAX_NAME + 1, "Family name is too long: 101 characters, the limit is 100" },
    { "preferred-name", NULL, CASELOAD_MAX_NAME + 1, "Preferred name is too long: 101 characters" },
    { "pronouns", NULL, CASELOAD_MAX_SHORT_TEXT + 1, "Pronouns is too long: 61 characters, the limit is 60" },
    { "date-of-birth", "2024-06-16", 0, "Date of birth cannot be in the future" },
    { "date-of-birth", "1899-12-31", 0, "Date of birth cannot be before 1900" },
    { "date-of-birth", "31/01/1990", 0, "Date of birth “31/01/1990” is not a date" },
    { "date-of-birth", "1990-02-30", 0, "Date of birth “1990-02-30” is not a date" },
    { "gender", NULL, CASELOAD_MAX_SHORT_TEXT + 1, "Gender is too long: 61 characters, the limit is 60" },
    { "address", NULL, CASELOAD_MAX_ADDRESS + 12, "Address is too long: 512 characters, the limit is 500" },
    { "postcode", "RM17 6", 0, "“RM17 6” is not a UK postcode: it should look like RM17 6SL" },
    { "postcode", "rm176sl", 0, "Write the postcode as RM17 6SL" },
    { "phone", "0137512", 0, "A phone number has at least 10 digits; this has 7" },
    { "phone", "01375 12345x", 0, "is not a phone number" },
    { "pcn", NULL, CASELOAD_MAX_NAME + 1, "Primary Care Network is too long: 101 characters" },
    { "first-language", NULL, CASELOAD_MAX_SHORT_TEXT + 1, "First language is too long: 61 characters" },
    { "communication-needs", NULL, CASELOAD_MAX_LONG_TEXT + 1, "Communication needs is too long: 2001 characters, the limit is 2000" },
  };
  GDate today;

  get_today (&today);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CaseloadPerson) person = make_person ();
      g_autoptr(GPtrArray) errors = NULL;
      g_autofree char *long_value = NULL;

      g_test_message ("%s: %s", cases[i].property, cases[i].message);
      if (cases[i].repeat > 0)
        long_value = g_strnfill (cases[i].repeat, 'x');
      g_object_set (person, cases[i].property, long_value != NULL ? long_value : cases[i].value, NULL);

      errors = caseload_person_check (person, &today);
      g_assert_cmpuint (errors->len, ==, 1);
      assert_field_error (errors, cases[i].property, cases[i].message);
    }
}

static void
test_person_several (void)
{
  g_autoptr(CaseloadPerson) person = caseload_person_new ();
  g_autoptr(GPtrArray) errors = NULL;
  GDate today;

  get_today (&today);

  g_object_set (person,
                "nhs-number", "9876544321",
                "date-of-birth", "2030-01-01",
                "postcode", "nowhere",
                "phone", "12",
                NULL);

  errors = caseload_person_check (person, &today);
  g_assert_cmpuint (errors->len, ==, 6);
  assert_field_error (errors, "given-name", "is required");
  assert_field_error (errors, "family-name", "is required");
  assert_field_error (errors, "nhs-number", "fails its check digit");
  assert_field_error (errors, "date-of-birth", "in the future");
  assert_field_error (errors, "postcode", "is not a UK postcode");
  assert_field_error (errors, "phone", "at least 10 digits");
}

static CaseloadNetworkMember *
make_member (void)
{
  CaseloadNetworkMember *member = caseload_network_member_new ();

  caseload_network_member_set_person_id (member, "person-1");
  caseload_network_member_set_name (member, "Grace Okafor");

  return member;
}

static void
test_network_member_valid (void)
{
  g_autoptr(CaseloadNetworkMember) minimal = make_member ();
  g_autoptr(CaseloadNetworkMember) full = make_member ();
  g_autoptr(GPtrArray) minimal_errors = NULL;
  g_autoptr(GPtrArray) full_errors = NULL;

  g_object_set (full,
                "relationship", CASELOAD_RELATIONSHIP_FAMILY,
                "relationship-detail", "mother",
                "is-carer", TRUE,
                "phone", "07700 900123",
                "email", "grace@example.org",
                "notes", "Comes to network meetings",
                NULL);

  minimal_errors = caseload_network_member_check (minimal);
  assert_no_field_errors (minimal_errors);
  full_errors = caseload_network_member_check (full);
  assert_no_field_errors (full_errors);
}

static void
test_network_member_invalid (void)
{
  static const struct {
    const char *property;
    const char *value;
    guint       repeat;
    const char *message;
  } cases[] = {
    { "name", "", 0, "Name is required" },
    { "name", NULL, CASELOAD_MAX_NAME + 1, "Name is too long: 101 characters, the limit is 100" },
    { "person-id", NULL, 0, "A network member must belong to a person" },
    { "relationship-detail", NULL, CASELOAD_MAX_SHORT_TEXT + 1, "Relationship is too long: 61 characters" },
    { "phone", "01375", 0, "A phone number has at least 10 digits; this has 5" },
    { "email", "grace.example.org", 0, "“grace.example.org” is not an email address" },
    { "notes", NULL, CASELOAD_MAX_LONG_TEXT + 1, "Notes is too long: 2001 characters, the limit is 2000" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CaseloadNetworkMember) member = make_member ();
      g_autoptr(GPtrArray) errors = NULL;
      g_autofree char *long_value = NULL;

      g_test_message ("%s: %s", cases[i].property, cases[i].message);
      if (cases[i].repeat > 0)
        long_value = g_strnfill (cases[i].repeat, 'x');
      g_object_set (member, cases[i].property, long_value != NULL ? long_value : cases[i].value, NULL);

      errors = caseload_network_member_check (member);
      g_assert_cmpuint (errors->len, ==, 1);
      assert_field_error (errors, cases[i].property, cases[i].message);
    }
}

static GDateTime *
make_now (void)
{
  return g_date_time_new_utc (2024, 6, 15, 12, 0, 0);
}

static CaseloadTimelineEntry *
make_entry (void)
{
  CaseloadTimelineEntry *entry = caseload_timeline_entry_new ();

  caseload_timeline_entry_set_person_id (entry, "person-1");
  caseload_timeline_entry_set_kind (entry, CASELOAD_ENTRY_PHONE_CALL);
  caseload_timeline_entry_set_occurred_at (entry, "2024-06-15T11:00:00Z");
  caseload_timeline_entry_set_text (entry, "Talked about the network meeting on Friday.");

  return entry;
}

static void
test_timeline_entry_valid (void)
{
  static const char * const times[] = {
    "2024-06-15T11:00:00Z",
    "2024-06-15T12:00:00Z",   /* now */
    "2024-06-15T12:05:00Z",   /* five minutes ahead: clocks disagree a little */
    "2024-06-15T13:04:00+01:00",
    "1999-01-01T00:00:00Z",
  };
  g_autoptr(GDateTime) now = make_now ();
  g_autofree char *longest = g_strnfill (CASELOAD_MAX_ENTRY_TEXT, 'x');

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      g_autoptr(CaseloadTimelineEntry) entry = make_entry ();
      g_autoptr(GPtrArray) errors = NULL;

      g_test_message ("%s", times[i]);
      caseload_timeline_entry_set_occurred_at (entry, times[i]);
      errors = caseload_timeline_entry_check (entry, now);
      assert_no_field_errors (errors);
    }

  {
    g_autoptr(CaseloadTimelineEntry) entry = make_entry ();
    g_autoptr(GPtrArray) errors = NULL;

    caseload_timeline_entry_set_text (entry, longest);
    errors = caseload_timeline_entry_check (entry, now);
    assert_no_field_errors (errors);
  }
}

static void
test_timeline_entry_invalid (void)
{
  static const struct {
    const char *property;
    const char *value;
    guint       repeat;
    const char *message;
  } cases[] = {
    { "text", NULL, 0, "Entry text is required" },
    { "text", " \n\t ", 0, "Entry text is required" },
    { "text", NULL, CASELOAD_MAX_ENTRY_TEXT + 1, "Entry text is too long: 20001 characters, the limit is 20000" },
    { "occurred-at", NULL, 0, "Enter when this happened" },
    { "occurred-at", "2024-06-15T12:05:01Z", 0, "An entry cannot be dated in the future" },
    { "occurred-at", "2024-06-16T09:00:00Z", 0, "An entry cannot be dated in the future" },
    { "occurred-at", "2024-06-15T13:06:00+01:00", 0, "An entry cannot be dated in the future" },
    { "occurred-at", "15/06/2024 10:00", 0, "“15/06/2024 10:00” is not a date and time" },
    { "person-id", NULL, 0, "An entry must be about a person" },
  };
  g_autoptr(GDateTime) now = make_now ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CaseloadTimelineEntry) entry = make_entry ();
      g_autoptr(GPtrArray) errors = NULL;
      g_autofree char *long_value = NULL;

      g_test_message ("%s: %s", cases[i].property, cases[i].message);
      if (cases[i].repeat > 0)
        long_value = g_strnfill (cases[i].repeat, 'x');
      g_object_set (entry, cases[i].property, long_value != NULL ? long_value : cases[i].value, NULL);

      errors = caseload_timeline_entry_check (entry, now);
      g_assert_cmpuint (errors->len, ==, 1);
      assert_field_error (errors, cases[i].property, cases[i].message);
    }
}

static void
test_field_error (void)
{
  g_autoptr(CaseloadFieldError) error = caseload_field_error_new ("postcode", "Write the postcode as RM17 6SL");

  g_assert_cmpstr (error->field, ==, "postcode");
  g_assert_cmpstr (error->message, ==, "Write the postcode as RM17 6SL");

  caseload_field_error_free (NULL);
}

static gboolean
username_ok (const char *username, CaseloadUsernameRule rule)
{
  g_autoptr(CaseloadStaff) staff = caseload_staff_new ();
  g_auto(CaseloadStaffRecord) record = { 0 };
  g_autoptr(GError) error = NULL;
  gboolean ok;

  caseload_staff_set_display_name (staff, "Priya Shah");
  caseload_staff_set_role (staff, "Care coordinator");
  caseload_staff_set_organisation_id (staff, "org");
  caseload_staff_set_username (staff, username);
  ok = caseload_staff_check_record (staff, rule, &record, &error);
  g_assert_true (ok == (error == NULL));
  return ok;
}

static void
test_staff_record (void)
{
  g_autoptr(CaseloadStaff) staff = caseload_staff_new ();
  g_auto(CaseloadStaffRecord) record = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *long_name = g_strnfill (64, 'a');
  g_autofree char *longer_name = g_strnfill (65, 'a');

  caseload_staff_set_display_name (staff, "Priya Shah");
  caseload_staff_set_role (staff, "Care coordinator");
  g_assert_false (caseload_staff_check_record (staff, CASELOAD_USERNAME_PLAIN, &record, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
  g_clear_error (&error);
  caseload_staff_set_organisation_id (staff, "org");
  caseload_staff_set_username (staff, "  Priya.Shah ");
  g_assert_true (caseload_staff_check_record (staff, CASELOAD_USERNAME_PLAIN, &record, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (record.username, ==, "priya.shah");

  g_assert_true (username_ok ("  Priya.Shah ", CASELOAD_USERNAME_PLAIN));
  g_assert_true (username_ok ("priya.shah", CASELOAD_USERNAME_DATABASE_ROLE));
  g_assert_false (username_ok ("priya shah", CASELOAD_USERNAME_PLAIN));
  g_assert_false (username_ok ("pg_priya", CASELOAD_USERNAME_DATABASE_ROLE));
  g_assert_false (username_ok ("caseload_priya", CASELOAD_USERNAME_DATABASE_ROLE));
  g_assert_false (username_ok ("pri\"ya", CASELOAD_USERNAME_DATABASE_ROLE));
  /* 64 characters: a plain username, but not a database role name. */
  g_assert_false (username_ok (long_name, CASELOAD_USERNAME_DATABASE_ROLE));
  g_assert_true (username_ok (long_name, CASELOAD_USERNAME_PLAIN));
  g_assert_false (username_ok (longer_name, CASELOAD_USERNAME_PLAIN));
}

static void
test_consent_decision (void)
{
  g_autoptr(CaseloadConsent) consent = caseload_consent_new ();
  g_autofree char *decided_on = NULL;
  g_autofree char *review_date = NULL;
  GError *error = NULL;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 10, G_DATE_MARCH, 2026);
  caseload_consent_set_person_id (consent, "person");
  caseload_consent_set_organisation_id (consent, "org");
  caseload_consent_set_decided_on (consent, "11/03/2026");
  g_assert_false (caseload_consent_check_decision (consent, &today, &decided_on, &review_date, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
  g_clear_error (&error);

  caseload_consent_set_decided_on (consent, "03/03/2026");
  caseload_consent_set_review_date (consent, "03/03/2026");
  g_assert_false (caseload_consent_check_decision (consent, &today, &decided_on, &review_date, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
  g_clear_error (&error);

  caseload_consent_set_review_date (consent, "03/09/2026");
  g_assert_true (caseload_consent_check_decision (consent, &today, &decided_on, &review_date, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (decided_on, ==, "2026-03-03");
  g_assert_cmpstr (review_date, ==, "2026-09-03");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/validate/date/parse/valid", test_date_parse_valid);
  g_test_add_func ("/validate/date/parse/invalid", test_date_parse_invalid);
  g_test_add_func ("/validate/date/iso", test_date_iso);
  g_test_add_func ("/validate/date-time/valid", test_date_time_valid);
  g_test_add_func ("/validate/date-time/local", test_date_time_local);
  g_test_add_func ("/validate/date-time/invalid", test_date_time_invalid);
  g_test_add_func ("/validate/date-of-birth/valid", test_date_of_birth_valid);
  g_test_add_func ("/validate/date-of-birth/invalid", test_date_of_birth_invalid);
  g_test_add_func ("/validate/postcode/valid", test_postcode_valid);
  g_test_add_func ("/validate/postcode/invalid", test_postcode_invalid);
  g_test_add_func ("/validate/postcode/empty", test_postcode_empty);
  g_test_add_func ("/validate/phone/valid", test_phone_valid);
  g_test_add_func ("/validate/phone/invalid", test_phone_invalid);
  g_test_add_func ("/validate/email/valid", test_email_valid);
  g_test_add_func ("/validate/email/invalid", test_email_invalid);
  g_test_add_func ("/validate/email/limits", test_email_limits);
  g_test_add_func ("/validate/text", test_text);
  g_test_add_func ("/validate/person/valid", test_person_valid);
  g_test_add_func ("/validate/person/required", test_person_required);
  g_test_add_func ("/validate/person/fields", test_person_fields);
  g_test_add_func ("/validate/person/several", test_person_several);
  g_test_add_func ("/validate/network-member/valid", test_network_member_valid);
  g_test_add_func ("/validate/network-member/invalid", test_network_member_invalid);
  g_test_add_func ("/validate/timeline-entry/valid", test_timeline_entry_valid);
  g_test_add_func ("/validate/timeline-entry/invalid", test_timeline_entry_invalid);
  g_test_add_func ("/validate/field-error", test_field_error);
  g_test_add_func ("/validate/staff-record", test_staff_record);
  g_test_add_func ("/validate/consent-decision", test_consent_decision);

  return g_test_run ();
}
