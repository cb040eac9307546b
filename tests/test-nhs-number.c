/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "caseload-error.h"
#include "caseload-nhs-number.h"

static void
test_check_digit (void)
{
  static const struct {
    const char *digits;
    int         check;
  } cases[] = {
    { "943476591", 9 },
    { "900000000", 9 },
    { "944930555", 2 },
    { "987654432", 2 },
    { "000000000", 0 },   /* remainder 0: 11 becomes 0 */
    { "999000001", 8 },
    { "100000001", -1 },  /* remainder 1: check would be 10, impossible */
    { "999123456", -1 },
    { "9434765919", 9 },  /* only the first nine count */
    { "94347659", -1 },   /* too short */
    { "94347A591", -1 },
    { "", -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].digits);
      g_assert_cmpint (caseload_nhs_number_check_digit (cases[i].digits), ==, cases[i].check);
    }
}

static void
test_valid (void)
{
  static const char * const numbers[] = {
    "9434765919",
    "9000000009",
    "9449305552",
    "9990000018",
    "9999999999",
  };

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      g_test_message ("%s", numbers[i]);
      g_assert_true (caseload_nhs_number_is_valid (numbers[i]));
    }
}

static void
test_invalid (void)
{
  static const char * const numbers[] = {
    "9876544321",   /* wrong check digit */
    "0000000001",   /* wrong check digit */
    "9434765918",   /* one off */
    "1000000010",   /* check digit would be 10 */
    "943476591",    /* 9 digits */
    "94347659190",  /* 11 digits */
    "943 476 5919", /* spaces: is_valid wants the bare digits */
    "943-476-5919",
    "94347659I9",   /* a letter */
    "９４３４７６５９１９", /* full-width digits are not ASCII digits */
    "",
    NULL,
  };

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      g_test_message ("%s", numbers[i] != NULL ? numbers[i] : "(null)");
      g_assert_false (caseload_nhs_number_is_valid (numbers[i]));
    }
}

static void
test_normalise_valid (void)
{
  static const struct {
    const char *text;
    const char *digits;
  } cases[] = {
    { "9434765919", "9434765919" },
    { "943 476 5919", "9434765919" },
    { "943-476-5919", "9434765919" },
    { "943 476-5919", "9434765919" },
    { "  943 476 5919  ", "9434765919" },
    { "9434 765 919", "9434765919" },
    { "943  476  5919", "9434765919" },
    { "900 000 0009", "9000000009" },
    { "944 930 5552", "9449305552" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *digits = NULL;

      g_test_message ("%s", cases[i].text);
      digits = caseload_nhs_number_normalise (cases[i].text, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (digits, ==, cases[i].digits);
    }
}

static void
test_normalise_invalid (void)
{
  static const struct {
    const char *text;
    const char *message;
  } cases[] = {
    { "", "Enter the NHS number" },
    { "   ", "Enter the NHS number" },
    { NULL, "Enter the NHS number" },
    { "943476591", "An NHS number has 10 digits; this has 9" },
    { "943 476 591", "An NHS number has 10 digits; this has 9" },
    { "94347659190", "An NHS number has 10 digits; this has 11" },
    { "9", "An NHS number has 10 digits; this has 1" },
    { "94347659I9", "An NHS number is made of digits only" },
    { "943.476.5919", "An NHS number is made of digits only" },
    { "943/476/5919", "An NHS number is made of digits only" },
    { "943_476_5919", "An NHS number is made of digits only" },
    { "943\t476\t5919", "An NHS number is made of digits only" },
    { "-9434765919", "An NHS number is made of digits only" },
    { "9434765919-", "An NHS number is made of digits only" },
    { "+9434765919", "An NHS number is made of digits only" },
    { "９４３４７６５９１９", "An NHS number is made of digits only" },
    { "9434765918", "NHS number 943 476 5918 fails its check digit" },
    { "943 476 5918", "NHS number 943 476 5918 fails its check digit" },
    { "9876544321", "NHS number 987 654 4321 fails its check digit" },
    { "0000000001", "NHS number 000 000 0001 fails its check digit" },
    { "1000000010", "NHS number 100 000 0010 fails its check digit" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *digits = NULL;

      g_test_message ("%s", cases[i].text != NULL ? cases[i].text : "(null)");
      digits = caseload_nhs_number_normalise (cases[i].text, &error);
      g_assert_null (digits);
      g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
      g_assert_true (g_str_has_prefix (error->message, cases[i].message));
    }
}

static void
test_normalise_check_digit_message (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *digits = NULL;

  digits = caseload_nhs_number_normalise ("943 476 5918", &error);
  g_assert_null (digits);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
  g_assert_cmpstr (error->message, ==,
                   "NHS number 943 476 5918 fails its check digit: "
                   "check it against the person’s GP record");
}

static void
test_format (void)
{
  static const struct {
    const char *in;
    const char *out;
  } cases[] = {
    { "9434765919", "943 476 5919" },
    { "9876544321", "987 654 4321" },   /* formatting does not judge validity */
    { "943476591", "943476591" },
    { "943 476 5919", "943 476 5919" },
    { "abc", "abc" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = caseload_nhs_number_format (cases[i].in);

      g_assert_cmpstr (out, ==, cases[i].out);
    }

  g_assert_null (caseload_nhs_number_format (NULL));
}

static void
test_test_range (void)
{
  g_assert_true (caseload_nhs_number_is_test_range ("9990000000"));
  g_assert_true (caseload_nhs_number_is_test_range ("9990000018"));
  g_assert_true (caseload_nhs_number_is_test_range ("9999999999"));
  g_assert_false (caseload_nhs_number_is_test_range ("9989999999"));
  g_assert_false (caseload_nhs_number_is_test_range ("9434765919"));
  g_assert_false (caseload_nhs_number_is_test_range ("999000001"));
  g_assert_false (caseload_nhs_number_is_test_range ("99900000180"));
  g_assert_false (caseload_nhs_number_is_test_range ("999 000 0018"));
  g_assert_false (caseload_nhs_number_is_test_range (""));
  g_assert_false (caseload_nhs_number_is_test_range (NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/nhs-number/check-digit", test_check_digit);
  g_test_add_func ("/nhs-number/valid", test_valid);
  g_test_add_func ("/nhs-number/invalid", test_invalid);
  g_test_add_func ("/nhs-number/normalise/valid", test_normalise_valid);
  g_test_add_func ("/nhs-number/normalise/invalid", test_normalise_invalid);
  g_test_add_func ("/nhs-number/normalise/check-digit-message", test_normalise_check_digit_message);
  g_test_add_func ("/nhs-number/format", test_format);
  g_test_add_func ("/nhs-number/test-range", test_test_range);

  return g_test_run ();
}
