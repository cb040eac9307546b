/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Passwords: Argon2id hashes from libsodium (crypto_pwhash_str, interactive limits).
 * Nothing else about a password is kept. */

#define CASELOAD_PASSWORD_MIN_LENGTH 10
#define CASELOAD_MAX_FAILED_SIGN_INS 5
#define CASELOAD_LOCKOUT_MINUTES     15

/* Initialises libsodium; safe to call more than once, from any thread. */
gboolean caseload_password_init   (GError **error);
/* The encoded Argon2id hash ("$argon2id$v=19$…"), or NULL with an error. */
char    *caseload_password_hash   (const char *password, GError **error);
/* TRUE if @password matches @hash; FALSE for a mismatch or a malformed hash. */
gboolean caseload_password_verify (const char *hash, const char *password);
/* A new password's rules: at least CASELOAD_PASSWORD_MIN_LENGTH characters, not all one
 * character, not the username. FALSE with CASELOAD_ERROR_VALIDATION and a message. */
gboolean caseload_password_check  (const char *password, const char *username, GError **error);
/* A change of one's own password: @new_password differs from @old_password and keeps
 * caseload_password_check()'s rules. */
gboolean caseload_password_check_change (const char *old_password, const char *new_password,
                                         const char *username, GError **error);

G_END_DECLS
