/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <sodium.h>

#include "caseload-error.h"
#include "caseload-password.h"

/* Passwords are kept only as libsodium's encoded Argon2id hashes: the salt and the
 * limits travel inside the string, so the limits can rise later without a migration.
 * Interactive limits cost about a tenth of a second and 64 MiB per hash. */

static gpointer
init_sodium_once (gpointer data)
{
  /* 0 on the first call, 1 if something else initialised it first, -1 on failure */
  return GINT_TO_POINTER (sodium_init () >= 0);
}

/* Every character of @text (valid UTF-8, not empty) is the same. */
static gboolean
is_one_character_repeated (const char *text)
{
  gunichar first = g_utf8_get_char (text);

  for (const char *p = g_utf8_next_char (text); *p != '\0'; p = g_utf8_next_char (p))
    {
      if (g_utf8_get_char (p) != first)
        return FALSE;
    }

  return TRUE;
}

static gboolean
equal_ignoring_case (const char *a,
                     const char *b)
{
  g_autofree char *folded_a = g_utf8_casefold (a, -1);
  g_autofree char *folded_b = g_utf8_casefold (b, -1);

  return g_str_equal (folded_a, folded_b);
}

/**
 * caseload_password_init:
 * @error: return location for a #GError
 *
 * Initialises libsodium. The other functions call this themselves; call it early to
 * fail early.
 *
 * Returns: %TRUE if libsodium is ready
 */
gboolean
caseload_password_init (GError **error)
{
  static GOnce once = G_ONCE_INIT;

  if (!GPOINTER_TO_INT (g_once (&once, init_sodium_once, NULL)))
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_STORAGE,
                           _("Passwords cannot be checked on this computer: its cryptography library failed to start"));
      return FALSE;
    }

  return TRUE;
}

/**
 * caseload_password_hash:
 * @password: the password, UTF-8
 * @error: return location for a #GError
 *
 * Hashes @password with Argon2id and a new random salt, so two hashes of one password
 * differ. Slow on purpose: call it off the main thread.
 *
 * Returns: (transfer full) (nullable): the encoded hash, "$argon2id$v=19$…", or %NULL
 *   with @error set
 */
char *
caseload_password_hash (const char  *password,
                        GError     **error)
{
  char hash[crypto_pwhash_STRBYTES];

  g_return_val_if_fail (password != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!caseload_password_init (error))
    return NULL;

  /* fails only when the memory limit cannot be met */
  if (crypto_pwhash_str (hash, password, strlen (password),
                         crypto_pwhash_OPSLIMIT_INTERACTIVE,
                         crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_STORAGE,
                           _("There is not enough free memory to protect the password; close other programs and try again"));
      return NULL;
    }

  return g_strdup (hash);
}

/**
 * caseload_password_verify:
 * @hash: (nullable): an encoded hash from caseload_password_hash()
 * @password: (nullable): the password typed
 *
 * Takes as long as hashing, whether or not the password matches.
 *
 * Returns: %TRUE if @password matches @hash; %FALSE for a mismatch, a missing or
 *   malformed hash, or a missing password
 */
gboolean
caseload_password_verify (const char *hash,
                          const char *password)
{
  if (hash == NULL || password == NULL)
    return FALSE;

  /* libsodium reads the hash as a crypto_pwhash_STRBYTES array, terminator included */
  if (strnlen (hash, crypto_pwhash_STRBYTES) >= crypto_pwhash_STRBYTES)
    return FALSE;

  if (!caseload_password_init (NULL))
    return FALSE;

  return crypto_pwhash_str_verify (hash, password, strlen (password)) == 0;
}

/**
 * caseload_password_check:
 * @password: a new password
 * @username: (nullable): the username of the account it is for
 * @error: return location for a #GError
 *
 * Checks the rules for a new password: at least %CASELOAD_PASSWORD_MIN_LENGTH
 * characters, not one character repeated, and not the username in any case.
 *
 * Returns: %TRUE if @password may be used; %FALSE with %CASELOAD_ERROR_VALIDATION and a
 *   message that says which rule it broke
 */
gboolean
caseload_password_check (const char  *password,
                         const char  *username,
                         GError     **error)
{
  glong length;

  g_return_val_if_fail (password != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!g_utf8_validate (password, -1, NULL))
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                           _("This password contains characters that cannot be used; type it again"));
      return FALSE;
    }

  length = g_utf8_strlen (password, -1);

  if (length < CASELOAD_PASSWORD_MIN_LENGTH)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                   g_dngettext (GETTEXT_PACKAGE,
                                "A password needs at least %d characters; this one has %ld",
                                "A password needs at least %d characters; this one has %ld",
                                (gulong) length),
                   CASELOAD_PASSWORD_MIN_LENGTH, length);
      return FALSE;
    }

  if (is_one_character_repeated (password))
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                           _("A password cannot be one character repeated; mix several"));
      return FALSE;
    }

  if (username != NULL && g_utf8_validate (username, -1, NULL)
      && equal_ignoring_case (password, username))
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                           _("A password cannot be the username; choose something else"));
      return FALSE;
    }

  return TRUE;
}

gboolean
caseload_password_check_change (const char  *old_password,
                                const char  *new_password,
                                const char  *username,
                                GError     **error)
{
  if (g_strcmp0 (old_password, new_password) == 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                   _("Choose a password different from the one you were given."));
      return FALSE;
    }
  return caseload_password_check (new_password, username, error);
}
