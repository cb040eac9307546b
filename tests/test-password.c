/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "caseload-error.h"
#include "caseload-password.h"

/* Each hash costs about a tenth of a second: the tests make a handful. */

static void
test_password_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *hash = NULL;

  g_assert_true (caseload_password_init (&error));
  g_assert_no_error (error);
  /* again: a no-op */
  g_assert_true (caseload_password_init (NULL));

  hash = caseload_password_hash ("correct horse battery", &error);
  g_assert_no_error (error);
  g_assert_nonnull (hash);
  g_assert_true (g_str_has_prefix (hash, "$argon2id$"));
  /* the password itself is nowhere in it */
  g_assert_null (strstr (hash, "correct horse battery"));

  g_assert_true (caseload_password_verify (hash, "correct horse battery"));
}

static void
test_password_wrong (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *hash = caseload_password_hash ("Thurrock-2026", &error);

  g_assert_no_error (error);

  g_assert_false (caseload_password_verify (hash, "thurrock-2026"));
  g_assert_false (caseload_password_verify (hash, "Thurrock-2026 "));
  g_assert_false (caseload_password_verify (hash, "Thurrock-202"));
  g_assert_false (caseload_password_verify (hash, ""));
  g_assert_false (caseload_password_verify (hash, NULL));
  g_assert_true (caseload_password_verify (hash, "Thurrock-2026"));
}

static void
test_password_unicode (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *hash = caseload_password_hash ("Seán Ó Súilleabháin 🔑", &error);

  g_assert_no_error (error);
  g_assert_true (caseload_password_verify (hash, "Seán Ó Súilleabháin 🔑"));
  g_assert_false (caseload_password_verify (hash, "Sean O Suilleabhain 🔑"));
}

static void
test_password_malformed (void)
{
  static const char * const hashes[] = {
    "",
    "password",
    "$argon2id$",
    "$argon2id$v=19$m=65536,t=2,p=1$",
    "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$",
    "$2b$12$abcdefghijklmnopqrstuuMeBvD0GP5yqUE2jq4ZRk9yqIpn0WTcC",
    "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$not-base64!!",
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *hash = caseload_password_hash ("Thurrock-2026", &error);
  g_autofree char *tampered = NULL;
  g_autofree char *too_long = NULL;

  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (hashes); i++)
    {
      g_test_message ("“%s”", hashes[i]);
      g_assert_false (caseload_password_verify (hashes[i], "Thurrock-2026"));
      g_assert_false (caseload_password_verify (hashes[i], ""));
    }

  g_assert_false (caseload_password_verify (NULL, "Thurrock-2026"));

  /* one character of the digest changed */
  tampered = g_strdup (hash);
  tampered[strlen (tampered) - 2] = tampered[strlen (tampered) - 2] == 'A' ? 'B' : 'A';
  g_assert_false (caseload_password_verify (tampered, "Thurrock-2026"));

  /* longer than any encoded hash */
  too_long = g_strnfill (4096, 'a');
  g_assert_false (caseload_password_verify (too_long, "Thurrock-2026"));
}

static void
test_password_salted (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first = caseload_password_hash ("Thurrock-2026", &error);
  g_autofree char *second = NULL;

  g_assert_no_error (error);
  second = caseload_password_hash ("Thurrock-2026", &error);
  g_assert_no_error (error);

  /* a new salt each time, and either hash verifies */
  g_assert_cmpstr (first, !=, second);
  g_assert_true (caseload_password_verify (first, "Thurrock-2026"));
  g_assert_true (caseload_password_verify (second, "Thurrock-2026"));
}

static void
test_password_check (void)
{
  static const struct {
    const char *password;
    const char *username;
    const char *message;   /* NULL: allowed */
  } cases[] = {
    { "correct horse", "asmith", NULL },
    { "abcdefghij", "asmith", NULL },                     /* exactly the minimum */
    { "Thurrock-2026", NULL, NULL },
    { "aaaaaaaaab", "asmith", NULL },                     /* not all one character */
    { "éééééééééè", "asmith", NULL },
    { "asmith-2026", "asmith", NULL },                    /* contains it, is not it */
    { "", "asmith", "A password needs at least 10 characters; this one has 0" },
    { "secret", "asmith", "A password needs at least 10 characters; this one has 6" },
    { "abcdefghi", "asmith", "A password needs at least 10 characters; this one has 9" },
    /* characters, not bytes: nine of them in eighteen bytes */
    { "ééééééééé", "asmith", "A password needs at least 10 characters; this one has 9" },
    { "aaaaaaaaaa", "asmith", "A password cannot be one character repeated; mix several" },
    { "1111111111111111", NULL, "A password cannot be one character repeated; mix several" },
    { "éééééééééé", NULL, "A password cannot be one character repeated; mix several" },
    { "alexander.okafor", "alexander.okafor", "A password cannot be the username; choose something else" },
    { "Alexander.Okafor", "alexander.okafor", "A password cannot be the username; choose something else" },
    { "ALEXANDER.OKAFOR", "Alexander.Okafor", "A password cannot be the username; choose something else" },
    { "SÉAN.OSULLIVAN", "séan.osullivan", "A password cannot be the username; choose something else" },
    { "alexander.okafor", "", NULL },
    /* too short wins over being the username */
    { "asmith", "asmith", "A password needs at least 10 characters; this one has 6" },
    { "\xff\xfe\xfd\xfc\xfb\xfa\xf9\xf8\xf7\xf6", "asmith", "This password contains characters that cannot be used; type it again" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gboolean ok;

      g_test_message ("case %u", i);
      ok = caseload_password_check (cases[i].password, cases[i].username, &error);

      if (cases[i].message == NULL)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
        }
      else
        {
          g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
          g_assert_false (ok);
          g_assert_cmpstr (error->message, ==, cases[i].message);
        }
    }

  /* the error is optional */
  g_assert_false (caseload_password_check ("short", NULL, NULL));
  g_assert_true (caseload_password_check ("long enough now", NULL, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/password/round-trip", test_password_round_trip);
  g_test_add_func ("/password/wrong", test_password_wrong);
  g_test_add_func ("/password/unicode", test_password_unicode);
  g_test_add_func ("/password/malformed", test_password_malformed);
  g_test_add_func ("/password/salted", test_password_salted);
  g_test_add_func ("/password/check", test_password_check);

  return g_test_run ();
}
