/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <poll.h>
#include <sodium.h>
#include <stdio.h>
#include <string.h>

#include "caseload-audit-chain.h"
#include "caseload-dates.h"
#include "caseload-error.h"
#include "caseload-password.h"
#include "caseload-policy-refusal.h"
#include "caseload-store-postgresql-private.h"
#include "caseload-validate.h"
#include "caseload-validate-consent.h"

/*
 * The access half of the PostgreSQL store: sign-in as the staff member's own database
 * role, passwords (only SCRAM verifiers made here ever reach the server), consent, care
 * relationships, break glass, access decisions and the audit trail. The server decides
 * and audits; this file asks it, and words its answers as the embedded store does, so
 * both backends pass the same tests. docs/shared-site.md has the design.
 */

#define MIN_REASON_CHARS 10
#define CONNECT_TIMEOUT_SECONDS 10
#define GATE_ROLE "caseload_gate"
#define GATE_PASSWORD "caseload-gate"

typedef enum {
  CONNECT_OK,
  CONNECT_REFUSED,      /* the server refused the user name or password */
  CONNECT_FAILED,       /* anything else; @error says what */
} ConnectOutcome;

void
pg_actor_clear (PgActor *actor)
{
  g_clear_pointer (&actor->staff_id, g_free);
  g_clear_pointer (&actor->staff_name, g_free);
  g_clear_pointer (&actor->username, g_free);
  g_clear_pointer (&actor->organisation_id, g_free);
  g_clear_pointer (&actor->organisation_name, g_free);
}

/* A copy of @secret in guarded memory that sodium_free() wipes; NULL for NULL. */
static char *
secret_dup (const char *secret)
{
  size_t length;
  char *copy;

  if (secret == NULL)
    return NULL;
  length = strlen (secret);
  copy = sodium_malloc (length + 1);
  if (copy == NULL)
    g_error ("out of memory for a password");
  memcpy (copy, secret, length + 1);
  return copy;
}

static void
secret_free (char *secret)
{
  if (secret != NULL)
    sodium_free (secret);
}

/* Wipes and frees a verifier or other libpq-allocated string that came from a secret. */
static void
pq_secret_free (char *text)
{
  if (text == NULL)
    return;
  sodium_memzero (text, strlen (text));
  PQfreemem (text);
}


static const char *
sqlstate_of (const PGresult *result)
{
  const char *state = result != NULL ? PQresultErrorField (result, PG_DIAG_SQLSTATE) : NULL;

  return state != NULL ? state : "";
}

/* Runs @sql on the store's connection and keeps the failed result for its SQLSTATE,
 * instead of mapping it at once as pg_query() does: for calls whose refusals say
 * something (locked, deactivated, not found). Returns NULL only when nothing came
 * back at all (then @error is set). */
static PGresult *
query_keeping_failure (CaseloadStorePostgresql  *self,
                       const char               *sql,
                       int                       n_params,
                       const char * const       *params,
                       GError                  **error)
{
  PGresult *result;

  if (self->conn == NULL)
    {
      pg_set_error (self, NULL, error);
      return NULL;
    }
  result = PQexecParams (self->conn, sql, n_params, NULL, params, NULL, NULL, 0);
  if (result == NULL)
    pg_set_error (self, NULL, error);
  return result;
}

static gboolean
result_ok (const PGresult *result)
{
  ExecStatusType status = PQresultStatus (result);

  return status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK;
}

/* Connects to the site as @user. The connection reports its errors as bare SQLSTATEs
 * (PQERRORS_SQLSTATE) while it is made, so a refused password (28P01, 28000) is told
 * from an unreachable server without reading the server's words, which are translated
 * and name the user. */
static ConnectOutcome
connect_as (CaseloadStorePostgresql  *self,
            const char               *user,
            const char               *password,
            PGconn                  **out,
            GError                  **error)
{
  g_autofree char *timeout = g_strdup_printf ("%d", CONNECT_TIMEOUT_SECONDS);
  /* Defaults first, then the URI (which may override them: sslmode, connect_timeout…),
   * then who is connecting, which the URI may not choose for a desk. */
  const char *keywords[] = { "connect_timeout", "application_name", "keepalives", "keepalives_idle",
                             "dbname", "user", "password", NULL };
  const char *values[] = { timeout, "caseload", "1", "60", self->uri, user, password != NULL ? password : "", NULL };
  gint64 deadline = g_get_monotonic_time () + (gint64) CONNECT_TIMEOUT_SECONDS * G_USEC_PER_SEC;
  PostgresPollingStatusType state = PGRES_POLLING_WRITING;
  PGconn *conn;
  const char *message;
  gboolean timed_out = FALSE;

  *out = NULL;
  conn = PQconnectStartParams (keywords, values, 1);
  if (conn == NULL)
    g_error ("out of memory for a connection");

  if (PQstatus (conn) != CONNECTION_BAD)
    {
      PQsetErrorVerbosity (conn, PQERRORS_SQLSTATE);
      while (state != PGRES_POLLING_OK && state != PGRES_POLLING_FAILED)
        {
          struct pollfd fd = { PQsocket (conn), state == PGRES_POLLING_READING ? POLLIN : POLLOUT, 0 };
          gint64 remaining = (deadline - g_get_monotonic_time ()) / 1000;
          int n;

          if (remaining <= 0)
            {
              timed_out = TRUE;
              break;
            }
          n = poll (&fd, 1, (int) remaining);
          if (n < 0 && errno == EINTR)
            continue;
          if (n == 0)
            {
              timed_out = TRUE;
              break;
            }
          state = PQconnectPoll (conn);
        }
    }

  if (!timed_out && PQstatus (conn) == CONNECTION_OK)
    {
      g_autoptr(PGresult) result = NULL;

      PQsetErrorVerbosity (conn, PQERRORS_DEFAULT);
      result = PQexec (conn, "SET search_path = caseload, public");
      if (PQresultStatus (result) == PGRES_COMMAND_OK)
        {
          *out = conn;
          return CONNECT_OK;
        }
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_CONNECTION,
                   _("The shared site at %s answered, but not as a Caseload database. Ask an administrator to check it."),
                   self->location);
      PQfinish (conn);
      return CONNECT_FAILED;
    }

  message = PQerrorMessage (conn);
  if (!timed_out && (strstr (message, ":  28P01") != NULL || strstr (message, ":  28000") != NULL ||
                     PQconnectionNeedsPassword (conn)))
    {
      PQfinish (conn);
      return CONNECT_REFUSED;
    }

  if (timed_out)
    g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_CONNECTION,
                 _("The shared site at %s did not answer within %d seconds. Check the network connection, then try again."),
                 self->location, CONNECT_TIMEOUT_SECONDS);
  else if (strstr (message, ":  3D000") != NULL)
    g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_CONNECTION,
                 _("The server at %s has no Caseload database by that name. Check the address of the shared site."),
                 self->location);
  else
    {
      /* libpq's words name the host and port, never a password. */
      g_debug ("Connecting to %s failed: %s", self->location, message);
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_CONNECTION,
                   _("Can’t reach the shared site at %s. Check the network connection, then try again."),
                   self->location);
    }
  PQfinish (conn);
  return CONNECT_FAILED;
}

/* The connection's (or, @result, the answer's) failure, as pg_set_error() words it,
 * with the refusals sign-in and the accounts functions raise worded as the embedded
 * store words them. */
static void
set_account_error (CaseloadStorePostgresql  *self,
                   const PGresult           *result,
                   GError                  **error)
{
  const char *state = sqlstate_of (result);

  if (g_str_equal (state, "CLDEA"))
    caseload_sign_in_set_deactivated (error);
  else if (g_str_equal (state, "CLPER") || g_str_equal (state, "42501"))
    /* A role with no staff member here reads as a wrong name or password. */
    caseload_sign_in_set_wrong_password (error);
  else if (g_str_equal (state, "CLLCK"))
    caseload_sign_in_set_locked (PQresultErrorField (result, PG_DIAG_MESSAGE_DETAIL), FALSE, error);
  else
    pg_set_error (self, result, error);
}

gboolean
pg_load_actor (CaseloadStorePostgresql  *self,
               PgActor                  *actor,
               GError                  **error)
{
  g_autoptr(PGresult) result = NULL;

  memset (actor, 0, sizeof *actor);

  result = pg_query (self,
                     "SELECT s.id, s.display_name, s.username, s.organisation_id, o.name, o.kind, "
                     "  caseload.actor_role (), s.active, caseload.actor_id () IS NOT NULL, s.must_change_password, "
                     "  (SELECT last_value FROM caseload.access_version) "
                     "FROM caseload.staff s JOIN caseload.organisation o ON o.id = s.organisation_id "
                     "WHERE s.username = current_user", 0, NULL, error);
  if (result == NULL)
    return FALSE;

  if (PQntuples (result) == 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION,
                   _("No one is signed in at this desk."));
      return FALSE;
    }
  if (!pg_bool (result, 0, 7))
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_ACCOUNT_DEACTIVATED,
                   _("This staff account has been deactivated."));
      return FALSE;
    }
  if (!pg_bool (result, 0, 8))
    {
      if (pg_bool (result, 0, 9))
        g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION,
                     _("Choose a new password before going on."));
      else
        g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_ACCOUNT_LOCKED,
                     _("This account is locked after too many failed sign-ins. Try again later, or ask an administrator."));
      return FALSE;
    }

  actor->staff_id = g_strdup (pg_text (result, 0, 0));
  actor->staff_name = g_strdup (pg_text (result, 0, 1));
  actor->username = g_strdup (pg_text (result, 0, 2));
  actor->organisation_id = g_strdup (pg_text (result, 0, 3));
  actor->organisation_name = g_strdup (pg_text (result, 0, 4));
  actor->organisation_kind = CASELOAD_ORGANISATION_VCSE;
  caseload_organisation_kind_from_code (pg_text (result, 0, 5), &actor->organisation_kind);
  actor->role = CASELOAD_ROLE_VCSE_WORKER;
  caseload_access_role_from_code (pg_text (result, 0, 6), &actor->role);
  actor->access_version = pg_int (result, 0, 10);
  return TRUE;
}

static CaseloadAccessBasis
basis_from_code (const char *code)
{
  if (g_strcmp0 (code, "direct-care") == 0)
    return CASELOAD_ACCESS_BASIS_DIRECT_CARE;
  if (g_strcmp0 (code, "consent") == 0)
    return CASELOAD_ACCESS_BASIS_CONSENT;
  if (g_strcmp0 (code, "break-glass") == 0)
    return CASELOAD_ACCESS_BASIS_BREAK_GLASS;
  if (g_strcmp0 (code, "declined") == 0)
    return CASELOAD_ACCESS_BASIS_DECLINED;
  if (g_strcmp0 (code, "role") == 0)
    return CASELOAD_ACCESS_BASIS_ROLE;
  return CASELOAD_ACCESS_BASIS_NONE;
}

/* The refusal in words, from ask_access()'s row (the organisation asked about, else the
 * actor's; the person's call name; the date they declined). */
static char *
explain (const PgActor        *actor,
         const CaseloadAccess *access,
         const PGresult       *result,
         gboolean              to_add)
{
  const char *organisation_name = pg_text (result, 0, 5);

  return caseload_policy_explain_refusal (access, actor->organisation_kind,
                                          organisation_name != NULL ? organisation_name : actor->organisation_name,
                                          pg_text (result, 0, 3), pg_text (result, 0, 4), to_add);
}

/* The server's decision for @actor and the person, and the facts that explain it. */
static PGresult *
ask_access (CaseloadStorePostgresql  *self,
            const PgActor            *actor,
            const char               *person_id,
            CaseloadAccess           *access,
            GError                  **error)
{
  const char *params[] = { actor->username, person_id };
  g_autoptr(PGresult) result = NULL;

  result = pg_query (self,
                     "SELECT may_view, may_add, basis, coalesce (preferred_name, given_name), declined_on, "
                     "  organisation_name FROM caseload.check_access ($1, $2)", 2, params, error);
  if (result == NULL)
    return NULL;
  if (PQntuples (result) == 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                   _("This person’s record is not in the database."));
      return NULL;
    }

  access->may_view = pg_bool (result, 0, 0);
  access->may_add = access->may_view && pg_bool (result, 0, 1);
  access->basis = basis_from_code (pg_text (result, 0, 2));
  return g_steal_pointer (&result);
}

gboolean
pg_decide_access (CaseloadStorePostgresql  *self,
                  const PgActor            *actor,
                  const char               *person_id,
                  CaseloadAccess           *access,
                  char                    **explanation,
                  GError                  **error)
{
  g_autoptr(PGresult) result = ask_access (self, actor, person_id, access, error);

  if (result == NULL)
    return FALSE;
  if (explanation != NULL)
    *explanation = explain (actor, access, result, FALSE);
  return TRUE;
}

gboolean
pg_require_access (CaseloadStorePostgresql  *self,
                   const PgActor            *actor,
                   const char               *person_id,
                   gboolean                  to_add,
                   GError                  **error)
{
  CaseloadAccess access;
  g_autoptr(PGresult) result = ask_access (self, actor, person_id, &access, error);
  g_autofree char *why = NULL;

  if (result == NULL)
    return FALSE;
  if (access.may_view && (!to_add || access.may_add))
    return TRUE;

  why = explain (actor, &access, result, to_add);
  g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION,
                       why != NULL ? why : _("You may not see this record."));
  return FALSE;
}

gboolean
pg_audit (CaseloadStorePostgresql  *self,
          const char               *staff_id,
          const char               *action,
          const char               *person_id,
          const char               *detail,
          GArray                   *subject_pks,
          GError                  **error)
{
  g_autoptr(GString) subjects = NULL;
  const char *params[5];
  g_autoptr(PGresult) result = NULL;

  if (subject_pks != NULL)
    {
      subjects = g_string_new ("{");
      for (guint i = 0; i < subject_pks->len; i++)
        g_string_append_printf (subjects, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "",
                                g_array_index (subject_pks, gint64, i));
      g_string_append_c (subjects, '}');
    }

  params[0] = staff_id;
  params[1] = action;
  params[2] = person_id;
  params[3] = detail != NULL ? detail : "{}";
  params[4] = subjects != NULL ? subjects->str : NULL;
  result = pg_query (self, "SELECT caseload.audit_append ($1, $2, $3, $4, $5::bigint[])", 5, params, error);
  return result != NULL;
}

static gboolean
require_manager (CaseloadStorePostgresql  *self,
                 PgActor                  *actor,
                 GError                  **error)
{
  return pg_load_actor (self, actor, error) &&
         caseload_policy_check_review_access (actor->role, error);
}

/* Runs one of the server's lists for team managers (break glass, the audit trail) in a
 * transaction of its own, with @params[0] set to the manager's username. The server
 * checks the role too, and names people the manager's own organisation may not see;
 * the check here words a refusal as the embedded store does. */
static PGresult *
query_as_manager (CaseloadStorePostgresql  *self,
                  CaseloadStaff            *actor,
                  const char               *sql,
                  int                       n_params,
                  const char              **params,
                  GError                  **error)
{
  g_auto(PgActor) info = { 0 };
  PGresult *result = NULL;
  gboolean ok;

  if (!pg_begin (self, actor, error))
    return NULL;
  ok = require_manager (self, &info, error);
  params[0] = info.username;
  ok = ok && (result = pg_query (self, sql, n_params, (const char * const *) params, error)) != NULL;
  if (!pg_end (self, ok, ok ? error : NULL))
    g_clear_pointer (&result, PQclear);
  params[0] = NULL;
  return result;
}

/* An administrator, or @actor NULL (caseload-admin as the site's owner); @info is
 * filled for an actor. */
static gboolean
require_administrator (CaseloadStorePostgresql  *self,
                       CaseloadStaff            *actor,
                       PgActor                  *info,
                       GError                  **error)
{
  memset (info, 0, sizeof *info);
  if (actor == NULL)
    return TRUE;
  return pg_load_actor (self, info, error) &&
         caseload_policy_check_manage_staff (info->role, error);
}

/* The username of a staff member, or NOT_FOUND. */
static char *
username_of (CaseloadStorePostgresql  *self,
             const char               *staff_id,
             GError                  **error)
{
  const char *params[] = { staff_id };
  g_autoptr(PGresult) result = pg_query (self, "SELECT username FROM caseload.staff WHERE id = $1", 1, params, error);

  if (result == NULL)
    return NULL;
  if (PQntuples (result) == 0 || pg_text (result, 0, 0) == NULL)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND, _("That staff member is not in this database."));
      return NULL;
    }
  return g_strdup (pg_text (result, 0, 0));
}

/* Reads the staff member sign_in_succeeded() lets in, as pg_read_staff() expects. */
#define SIGNED_IN_STAFF_SQL \
  "SELECT s.id, s.version, s.display_name, s.role, s.organisation_id, o.name, s.email, " \
  "  s.access_role, o.kind, s.username, s.active, s.must_change_password, " \
  "  (SELECT f.fte FROM caseload.staff f WHERE f.id = s.id) " \
  "FROM caseload.sign_in_succeeded ($1) s JOIN caseload.organisation o ON o.id = s.organisation_id"

/* Words the answer of sign_in_failed(): the account is now locked (the fifth failure),
 * or the name or password was simply wrong. */
static void
set_refusal (const char  *locked_until,
             GError     **error)
{
  if (locked_until != NULL)
    caseload_sign_in_set_locked (locked_until, TRUE, error);
  else
    caseload_sign_in_set_wrong_password (error);
}

/* Records a refused attempt with sign_in_failed() on the store's connection (the gate's
 * in a desk, the owner's in admin mode): a wrong password is counted, an attempt on a
 * locked or deactivated account only audited. Unless @refusal is already set (the
 * server refused an account whose password was right), it is set from the answer.
 * FALSE only if recording failed. */
static gboolean
record_failure (CaseloadStorePostgresql  *self,
                const char               *username,
                GError                  **refusal,
                GError                  **error)
{
  const char *params[] = { username };
  g_autoptr(PGresult) result = pg_query (self, "SELECT caseload.sign_in_failed ($1)", 1, params, error);

  if (result == NULL)
    return FALSE;
  if (*refusal == NULL)
    set_refusal (PQntuples (result) > 0 ? pg_text (result, 0, 0) : NULL, refusal);
  return TRUE;
}

/* A refusal sign_in_succeeded() raised for an account whose password was right:
 * deactivated, locked, or a role with no staff member in this database (which may not
 * even reach the schema: 42501). */
static gboolean
is_account_refusal (const PGresult *result)
{
  const char *state = sqlstate_of (result);

  return g_str_equal (state, "CLDEA") || g_str_equal (state, "CLLCK") || g_str_equal (state, "CLPER") ||
         g_str_equal (state, "42501");
}

static CaseloadStaff *
sign_in_desk (CaseloadStorePostgresql  *self,
              const char               *username,
              const char               *password,
              GError                  **error)
{
  const char *params[] = { username };
  g_autoptr(GError) refusal = NULL;
  PGconn *conn = NULL;
  PGconn *previous;
  ConnectOutcome outcome;
  gboolean recorded;

  outcome = connect_as (self, username, password, &conn, error);
  if (outcome == CONNECT_FAILED)
    return NULL;

  /* The store's connection, if someone is signed in, is kept until this one succeeds:
   * a refused attempt at the lock screen leaves them as they were. */
  previous = g_steal_pointer (&self->conn);

  if (outcome == CONNECT_OK)
    {
      g_autoptr(PGresult) result = NULL;

      self->conn = conn;
      result = query_keeping_failure (self, SIGNED_IN_STAFF_SQL, 1, params, error);
      if (result != NULL && result_ok (result) && PQntuples (result) == 1)
        {
          if (previous != NULL)
            PQfinish (previous);
          g_clear_pointer (&self->username, g_free);
          g_clear_pointer (&self->password, secret_free);
          g_clear_pointer (&self->signed_in_id, g_free);
          self->username = g_strdup (username);
          self->password = secret_dup (password);
          self->signed_in_id = g_strdup (pg_text (result, 0, 0));
          return pg_read_staff (result, 0);
        }

      PQfinish (g_steal_pointer (&self->conn));
      if (result == NULL || !is_account_refusal (result))
        {
          if (result != NULL)
            set_account_error (self, result, error);
          self->conn = previous;
          return NULL;
        }
      /* The server's refusal undid its own audit of it: the gate records it below. */
      set_account_error (self, result, &refusal);
    }

  if (connect_as (self, GATE_ROLE, GATE_PASSWORD, &conn, error) != CONNECT_OK)
    {
      self->conn = previous;
      return NULL;
    }
  self->conn = conn;
  recorded = record_failure (self, username, &refusal, error);
  PQfinish (g_steal_pointer (&self->conn));
  self->conn = previous;
  if (!recorded)
    return NULL;
  g_propagate_error (error, g_steal_pointer (&refusal));
  return NULL;
}

static CaseloadStaff *
sign_in_admin (CaseloadStorePostgresql  *self,
               const char               *username,
               const char               *password,
               GError                  **error)
{
  const char *params[] = { username };
  g_autoptr(GError) refusal = NULL;
  PGconn *conn = NULL;
  ConnectOutcome outcome;
  gboolean recorded;

  /* The server checks the password: a connection of its own, closed at once. */
  outcome = connect_as (self, username, password, &conn, error);
  if (outcome == CONNECT_FAILED)
    return NULL;
  g_clear_pointer (&conn, PQfinish);

  /* The rest on the owner's connection, under the store's clock. */
  if (outcome == CONNECT_OK)
    {
      g_autoptr(PGresult) result = NULL;

      if (!pg_begin (self, NULL, error))
        return NULL;
      result = query_keeping_failure (self, SIGNED_IN_STAFF_SQL, 1, params, error);
      if (result != NULL && result_ok (result) && PQntuples (result) == 1)
        {
          g_autoptr(CaseloadStaff) staff = pg_read_staff (result, 0);

          return pg_end (self, TRUE, error) ? g_steal_pointer (&staff) : NULL;
        }
      pg_end (self, FALSE, NULL);
      if (result == NULL || !is_account_refusal (result))
        {
          if (result != NULL)
            set_account_error (self, result, error);
          return NULL;
        }
      set_account_error (self, result, &refusal);
    }

  if (!pg_begin (self, NULL, error))
    return NULL;
  recorded = record_failure (self, username, &refusal, error);
  if (!pg_end (self, recorded, recorded ? error : NULL) || !recorded)
    return NULL;
  g_propagate_error (error, g_steal_pointer (&refusal));
  return NULL;
}

static CaseloadStaff *
caseload_store_postgresql_sign_in (CaseloadStore  *store,
                                   const char     *username,
                                   const char     *password,
                                   GError        **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_autofree char *folded = g_utf8_strdown (username != NULL ? username : "", -1);
  CaseloadStaff *staff;

  if (!caseload_password_init (error))
    return NULL;

  g_strstrip (folded);
  g_rec_mutex_lock (&self->lock);
  if (self->admin)
    staff = sign_in_admin (self, folded, password, error);
  else
    staff = sign_in_desk (self, folded, password, error);
  g_rec_mutex_unlock (&self->lock);
  return staff;
}

/* A SCRAM verifier for @password, made here: the server never sees the password. */
static char *
make_verifier (CaseloadStorePostgresql  *self,
               const char               *username,
               const char               *password,
               GError                  **error)
{
  char *verifier;

  if (self->conn == NULL && !pg_ensure_connected (self, error))
    return NULL;
  verifier = PQencryptPasswordConn (self->conn, password, username, "scram-sha-256");
  if (verifier == NULL)
    g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_STORAGE,
                 _("The new password could not be prepared for the shared site. Try again."));
  return verifier;
}

static gboolean
change_password_locked (CaseloadStorePostgresql  *self,
                        CaseloadStaff            *actor,
                        const char               *old_password,
                        const char               *new_password,
                        GError                  **error)
{
  g_autofree char *username = NULL;
  char *escaped = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(PGresult) result = NULL;
  char *verifier = NULL;
  PGconn *check = NULL;
  ConnectOutcome outcome;
  const char *params[1];
  gboolean ok;

  g_return_val_if_fail (actor != NULL, FALSE);

  /* Who is changing: the desk's own role, or the staff member the actor is. */
  if (!self->admin)
    {
      if (self->signed_in_id == NULL || g_strcmp0 (caseload_staff_get_id (actor), self->signed_in_id) != 0)
        {
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION,
                       _("Only the staff member signed in at this desk can change their password."));
          return FALSE;
        }
      username = g_strdup (self->username);
    }
  else if ((username = username_of (self, caseload_staff_get_id (actor), error)) == NULL)
    return FALSE;

  /* The current password is checked by the server, as at sign-in. */
  if (old_password == NULL)
    outcome = CONNECT_REFUSED;
  else
    outcome = connect_as (self, username, old_password, &check, error);
  g_clear_pointer (&check, PQfinish);
  if (outcome == CONNECT_FAILED)
    return FALSE;
  if (outcome == CONNECT_REFUSED)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION, _("The current password is not right."));
      return FALSE;
    }
  if (!caseload_password_check_change (old_password, new_password, username, error))
    return FALSE;

  verifier = make_verifier (self, username, new_password, error);
  if (verifier == NULL)
    return FALSE;
  escaped = PQescapeLiteral (self->conn, verifier, strlen (verifier));
  pq_secret_free (verifier);
  if (escaped == NULL)
    {
      pg_set_error (self, NULL, error);
      return FALSE;
    }

  if (!pg_begin (self, actor, error))
    {
      pq_secret_free (escaped);
      return FALSE;
    }
  /* A role may set its own password; in admin mode the actor's role is current_user. */
  sql = g_strdup_printf ("ALTER ROLE CURRENT_USER PASSWORD %s", escaped);
  pq_secret_free (escaped);
  params[0] = username;
  ok = pg_exec (self, sql, error) &&
       (result = pg_query (self, "SELECT caseload.password_changed ($1)", 1, params, error)) != NULL;
  sodium_memzero (sql, strlen (sql));
  return pg_end (self, ok, ok ? error : NULL) && ok;
}

static gboolean
caseload_store_postgresql_change_password (CaseloadStore  *store,
                                           CaseloadStaff  *actor,
                                           const char     *old_password,
                                           const char     *new_password,
                                           GError        **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  gboolean ok;

  if (!caseload_password_init (error))
    return FALSE;

  g_rec_mutex_lock (&self->lock);
  ok = change_password_locked (self, actor, old_password, new_password, error);
  if (ok && !self->admin)
    {
      /* Reconnecting after a lost connection needs the new password now. */
      g_clear_pointer (&self->password, secret_free);
      self->password = secret_dup (new_password);
    }
  g_rec_mutex_unlock (&self->lock);

  if (ok)
    caseload_staff_set_must_change_password (actor, FALSE);
  return ok;
}

static gboolean
set_password_locked (CaseloadStorePostgresql  *self,
                     CaseloadStaff            *actor,
                     const char               *staff_id,
                     const char               *password,
                     gboolean                  must_change,
                     GError                  **error)
{
  g_auto(PgActor) info = { 0 };
  g_autofree char *username = NULL;
  g_autoptr(PGresult) result = NULL;
  char *verifier = NULL;
  const char *params[4];
  gboolean ok;

  if (!pg_begin (self, actor, error))
    return FALSE;

  ok = require_administrator (self, actor, &info, error) &&
       caseload_password_check (password, NULL, error) &&
       (username = username_of (self, staff_id, error)) != NULL &&
       (verifier = make_verifier (self, username, password, error)) != NULL;
  if (ok)
    {
      params[0] = info.username;
      params[1] = username;
      params[2] = verifier;
      params[3] = must_change ? "true" : "false";
      result = pg_query (self, "SELECT caseload.admin_set_password ($1, $2, $3, $4::boolean)", 4, params, error);
      ok = result != NULL;
    }
  pq_secret_free (verifier);
  return pg_end (self, ok, ok ? error : NULL) && ok;
}

static gboolean
caseload_store_postgresql_set_password (CaseloadStore  *store,
                                        CaseloadStaff  *actor,
                                        const char     *staff_id,
                                        const char     *password,
                                        gboolean        must_change,
                                        GError        **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  gboolean ok;

  if (!caseload_password_init (error))
    return FALSE;

  g_rec_mutex_lock (&self->lock);
  ok = set_password_locked (self, actor, staff_id, password, must_change, error);
  g_rec_mutex_unlock (&self->lock);
  return ok;
}

static gboolean
caseload_store_postgresql_set_staff_active (CaseloadStore  *store,
                                            CaseloadStaff  *actor,
                                            const char     *staff_id,
                                            gboolean        active,
                                            GError        **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_auto(PgActor) info = { 0 };
  g_autofree char *username = NULL;
  g_autoptr(PGresult) result = NULL;
  const char *params[3];
  gboolean ok;

  g_rec_mutex_lock (&self->lock);
  if (!pg_begin (self, actor, error))
    {
      g_rec_mutex_unlock (&self->lock);
      return FALSE;
    }
  ok = require_administrator (self, actor, &info, error) &&
       (username = username_of (self, staff_id, error)) != NULL;
  if (ok)
    {
      params[0] = info.username;
      params[1] = username;
      params[2] = active ? "true" : "false";
      result = pg_query (self, "SELECT caseload.admin_set_active ($1, $2, $3::boolean)", 3, params, error);
      ok = result != NULL;
    }
  ok = pg_end (self, ok, ok ? error : NULL) && ok;
  g_rec_mutex_unlock (&self->lock);
  return ok;
}

static gboolean
caseload_store_postgresql_record_event (CaseloadStore  *store,
                                        CaseloadStaff  *actor,
                                        const char     *action,
                                        const char     *person_id,
                                        const char     *detail,
                                        GError        **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_auto(PgActor) info = { 0 };
  gboolean ok;

  g_return_val_if_fail (action != NULL, FALSE);

  g_rec_mutex_lock (&self->lock);
  ok = pg_begin (self, actor, error);
  if (ok)
    {
      ok = pg_load_actor (self, &info, error) &&
           pg_audit (self, info.staff_id, action, person_id, detail, NULL, error);
      ok = pg_end (self, ok, ok ? error : NULL) && ok;
    }
  g_rec_mutex_unlock (&self->lock);
  return ok;
}

static gboolean
caseload_store_postgresql_check_access (CaseloadStore   *store,
                                        CaseloadStaff   *actor,
                                        const char      *person_id,
                                        CaseloadAccess  *access,
                                        char           **explanation,
                                        GError         **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_auto(PgActor) info = { 0 };
  gboolean ok;

  g_rec_mutex_lock (&self->lock);
  ok = pg_begin (self, actor, error);
  if (ok)
    {
      ok = pg_load_actor (self, &info, error) &&
           pg_decide_access (self, &info, person_id, access, explanation, error);
      ok = pg_end (self, ok, ok ? error : NULL) && ok;
    }
  g_rec_mutex_unlock (&self->lock);
  return ok;
}

/* The site's owner (NULL) or someone who may add to the record may record relationships
 * and decisions; nobody grants their own organisation access without either. */
static gboolean
require_recorder (CaseloadStorePostgresql  *self,
                  CaseloadStaff            *actor,
                  const char               *person_id,
                  PgActor                  *info,
                  GError                  **error)
{
  memset (info, 0, sizeof *info);
  if (actor == NULL)
    return TRUE;
  return pg_load_actor (self, info, error) &&
         pg_require_access (self, info, person_id, TRUE, error);
}

static gboolean
caseload_store_postgresql_add_care_relationship (CaseloadStore  *store,
                                                 CaseloadStaff  *actor,
                                                 const char     *person_id,
                                                 const char     *organisation_id,
                                                 const char     *kind,
                                                 GError        **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_auto(PgActor) info = { 0 };
  g_autofree char *id = g_uuid_string_random ();
  g_autoptr(PGresult) result = NULL;
  const char *params[5];
  gboolean ok;

  if (g_strcmp0 (kind, "referral") != 0 && g_strcmp0 (kind, "allocation") != 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                   _("A relationship is a referral or an allocation."));
      return FALSE;
    }

  g_rec_mutex_lock (&self->lock);
  if (!pg_begin (self, actor, error))
    {
      g_rec_mutex_unlock (&self->lock);
      return FALSE;
    }
  ok = require_recorder (self, actor, person_id, &info, error);
  if (ok)
    {
      /* The server stamps when and by whom, refreshes who may see the person, and
       * audits the relationship. */
      params[0] = id;
      params[1] = person_id;
      params[2] = organisation_id;
      params[3] = kind;
      params[4] = info.staff_id;
      result = pg_query (self,
                         "INSERT INTO caseload.care_relationship (id, person_id, organisation_id, kind, started_at, "
                         "  created_at, created_by) "
                         "VALUES ($1, $2, $3, $4, caseload.now_text (), caseload.now_text (), $5)", 5, params, error);
      ok = result != NULL;
    }
  ok = pg_end (self, ok, ok ? error : NULL) && ok;
  g_rec_mutex_unlock (&self->lock);
  return ok;
}

/* Writes a validated decision with the lock held and a transaction open. */
static gboolean
record_consent_locked (CaseloadStorePostgresql   *self,
                       CaseloadStaff             *actor,
                       CaseloadConsent           *consent,
                       const char                *decided_on,
                       const char                *review_date,
                       const char                *id,
                       PgActor                   *info,
                       char                     **organisation_name,
                       CaseloadOrganisationKind  *organisation_kind,
                       char                     **recorded_at,
                       char                     **recorded_by,
                       GError                   **error)
{
  const char *person_id = caseload_consent_get_person_id (consent);
  const char *organisation_id = caseload_consent_get_organisation_id (consent);
  const char *recorder;
  const char *org_params[] = { organisation_id };
  const char *params[10];
  g_autoptr(PGresult) organisation = NULL;
  g_autoptr(PGresult) inserted = NULL;

  if (!require_recorder (self, actor, person_id, info, error))
    return FALSE;

  /* The owner names the member of staff the person told; nobody unnamed records. */
  recorder = info->staff_id != NULL ? info->staff_id : caseload_consent_get_recorded_by (consent);
  if (recorder == NULL)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                   _("Say which member of staff recorded the decision."));
      return FALSE;
    }

  organisation = pg_query (self, "SELECT name, kind FROM caseload.organisation WHERE id = $1", 1, org_params, error);
  if (organisation == NULL)
    return FALSE;
  if (PQntuples (organisation) == 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                   _("The organisation chosen is not in this database."));
      return FALSE;
    }
  *organisation_name = g_strdup (pg_text (organisation, 0, 0));
  caseload_organisation_kind_from_code (pg_text (organisation, 0, 1), organisation_kind);

  params[0] = id;
  params[1] = person_id;
  params[2] = organisation_id;
  params[3] = caseload_consent_get_may_view (consent) ? "true" : "false";
  params[4] = caseload_consent_get_may_add (consent) ? "true" : "false";
  params[5] = caseload_consent_method_to_code (caseload_consent_get_method (consent));
  params[6] = decided_on;
  params[7] = review_date;
  params[8] = caseload_consent_get_note (consent);
  params[9] = recorder;
  /* The server stamps who recorded it and when, refreshes access and audits it. */
  inserted = pg_query (self,
                       "INSERT INTO caseload.consent_decision (id, person_id, organisation_id, may_view, may_add, "
                       "  method, decided_on, review_date, note, recorded_by, recorded_at) "
                       "VALUES ($1, $2, $3, $4::boolean, $5::boolean, $6, $7, $8, $9, $10, caseload.now_text ()) "
                       "RETURNING recorded_at, recorded_by", 10, params, error);
  if (inserted == NULL)
    return FALSE;
  if (PQntuples (inserted) == 1)
    {
      *recorded_at = g_strdup (pg_text (inserted, 0, 0));
      *recorded_by = g_strdup (pg_text (inserted, 0, 1));
    }
  return TRUE;
}

static gboolean
caseload_store_postgresql_record_consent (CaseloadStore    *store,
                                          CaseloadStaff    *actor,
                                          CaseloadConsent  *consent,
                                          GError          **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_auto(PgActor) info = { 0 };
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *decided_on = NULL;
  g_autofree char *review_date = NULL;
  g_autofree char *organisation_name = NULL;
  g_autofree char *recorded_at = NULL;
  g_autofree char *recorded_by = NULL;
  CaseloadOrganisationKind organisation_kind = CASELOAD_ORGANISATION_VCSE;
  GDate today;
  gboolean ok;

  caseload_clock_today (self->clock, &today);
  if (!caseload_consent_check_decision (consent, &today, &decided_on, &review_date, error))
    return FALSE;

  g_rec_mutex_lock (&self->lock);
  ok = pg_begin (self, actor, error);
  if (ok)
    {
      ok = record_consent_locked (self, actor, consent, decided_on, review_date, id, &info,
                                  &organisation_name, &organisation_kind, &recorded_at, &recorded_by, error);
      ok = pg_end (self, ok, ok ? error : NULL) && ok;
    }
  g_rec_mutex_unlock (&self->lock);
  if (!ok)
    return FALSE;

  caseload_consent_set_id (consent, id);
  caseload_consent_set_decided_on (consent, decided_on);
  caseload_consent_set_review_date (consent, review_date);
  caseload_consent_set_recorded_at (consent, recorded_at);
  caseload_consent_set_organisation_name (consent, organisation_name);
  caseload_consent_set_organisation_kind (consent, organisation_kind);
  if (recorded_by != NULL)
    caseload_consent_set_recorded_by (consent, recorded_by);
  if (info.staff_id != NULL)
    caseload_consent_set_recorded_by_name (consent, info.staff_name);
  return TRUE;
}

static GPtrArray *
caseload_store_postgresql_list_consent (CaseloadStore  *store,
                                        CaseloadStaff  *actor,
                                        const char     *person_id,
                                        gboolean        history,
                                        GError        **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_autoptr(GPtrArray) decisions = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(PgActor) info = { 0 };
  g_autoptr(PGresult) result = NULL;
  const char *params[] = { person_id, history ? "true" : "false" };
  gboolean ok;

  g_rec_mutex_lock (&self->lock);
  ok = pg_begin (self, actor, error);
  if (ok)
    {
      ok = pg_load_actor (self, &info, error) &&
           pg_require_access (self, &info, person_id, FALSE, error) &&
           (result = pg_query (self,
                               "SELECT c.id, c.person_id, c.organisation_id, o.name, o.kind, c.may_view, c.may_add, "
                               "  c.method, c.decided_on, c.review_date, c.note, c.recorded_by, s.display_name, "
                               "  c.recorded_at "
                               "FROM caseload.consent_decision c JOIN caseload.organisation o ON o.id = c.organisation_id "
                               "JOIN caseload.staff s ON s.id = c.recorded_by "
                               "WHERE c.person_id = $1 AND ($2::boolean OR c.id = (SELECT d.id FROM caseload.consent_decision d "
                               "  WHERE d.person_id = c.person_id AND d.organisation_id = c.organisation_id "
                               "  ORDER BY d.recorded_at DESC, d.seq DESC LIMIT 1)) "
                               "ORDER BY CASE WHEN $2::boolean THEN c.recorded_at END DESC, "
                               "  CASE WHEN $2::boolean THEN c.seq END DESC, lower (o.name)",
                               2, params, error)) != NULL;
      ok = pg_end (self, ok, ok ? error : NULL) && ok;
    }
  g_rec_mutex_unlock (&self->lock);
  if (!ok)
    return NULL;

  for (int row = 0; row < PQntuples (result); row++)
    {
      CaseloadConsent *consent = caseload_consent_new ();
      CaseloadOrganisationKind kind = CASELOAD_ORGANISATION_VCSE;
      CaseloadConsentMethod method = CASELOAD_CONSENT_METHOD_VERBAL;

      caseload_organisation_kind_from_code (pg_text (result, row, 4), &kind);
      caseload_consent_method_from_code (pg_text (result, row, 7), &method);
      caseload_consent_set_id (consent, pg_text (result, row, 0));
      caseload_consent_set_person_id (consent, pg_text (result, row, 1));
      caseload_consent_set_organisation_id (consent, pg_text (result, row, 2));
      caseload_consent_set_organisation_name (consent, pg_text (result, row, 3));
      caseload_consent_set_organisation_kind (consent, kind);
      caseload_consent_set_may_view (consent, pg_bool (result, row, 5));
      caseload_consent_set_may_add (consent, pg_bool (result, row, 6));
      caseload_consent_set_method (consent, method);
      caseload_consent_set_decided_on (consent, pg_text (result, row, 8));
      caseload_consent_set_review_date (consent, pg_text (result, row, 9));
      caseload_consent_set_note (consent, pg_text (result, row, 10));
      caseload_consent_set_recorded_by (consent, pg_text (result, row, 11));
      caseload_consent_set_recorded_by_name (consent, pg_text (result, row, 12));
      caseload_consent_set_recorded_at (consent, pg_text (result, row, 13));
      g_ptr_array_add (decisions, consent);
    }
  return g_steal_pointer (&decisions);
}

static CaseloadBreakGlass *
caseload_store_postgresql_break_glass (CaseloadStore  *store,
                                       CaseloadStaff  *actor,
                                       const char     *person_id,
                                       const char     *reason,
                                       GError        **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_auto(PgActor) info = { 0 };
  g_autofree char *trimmed = g_strstrip (g_strdup (reason != NULL ? reason : ""));
  g_autoptr(PGresult) result = NULL;
  CaseloadAccess current;
  CaseloadBreakGlass *access;
  const char *params[3];
  gboolean ok;

  if (g_utf8_strlen (trimmed, -1) < MIN_REASON_CHARS)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                   _("Give the reason for emergency access in a sentence: it is read by a team manager."));
      return NULL;
    }

  g_rec_mutex_lock (&self->lock);
  ok = pg_begin (self, actor, error);
  if (ok)
    {
      ok = pg_load_actor (self, &info, error) &&
           pg_decide_access (self, &info, person_id, &current, NULL, error);
      if (ok && !caseload_policy_may_break_glass (info.role))
        {
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION,
                       _("Administrators cannot use emergency access to records."));
          ok = FALSE;
        }
      if (ok)
        {
          /* The server checks the role again, records the access and audits it. */
          params[0] = info.username;
          params[1] = person_id;
          params[2] = trimmed;
          result = pg_query (self, "SELECT id, started_at, expires_at FROM caseload.break_glass ($1, $2, $3)",
                             3, params, error);
          ok = result != NULL && PQntuples (result) == 1;
          if (result != NULL && !ok)
            g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_STORAGE,
                         _("The emergency access could not be recorded. Try again."));
        }
      ok = pg_end (self, ok, ok ? error : NULL) && ok;
    }
  g_rec_mutex_unlock (&self->lock);
  if (!ok)
    return NULL;

  access = caseload_break_glass_new ();
  caseload_break_glass_set_id (access, pg_text (result, 0, 0));
  caseload_break_glass_set_staff_id (access, info.staff_id);
  caseload_break_glass_set_staff_name (access, info.staff_name);
  caseload_break_glass_set_organisation_name (access, info.organisation_name);
  caseload_break_glass_set_person_id (access, person_id);
  caseload_break_glass_set_reason (access, trimmed);
  caseload_break_glass_set_started_at (access, pg_text (result, 0, 1));
  caseload_break_glass_set_expires_at (access, pg_text (result, 0, 2));
  return access;
}

static GPtrArray *
caseload_store_postgresql_list_break_glass (CaseloadStore  *store,
                                            CaseloadStaff  *actor,
                                            gboolean        unreviewed_only,
                                            GError        **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_autoptr(GPtrArray) accesses = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PGresult) result = NULL;
  const char *params[2] = { NULL, unreviewed_only ? "true" : "false" };

  result = query_as_manager (self, actor,
                             "SELECT id, staff_id, staff_name, organisation_name, person_id, person_name, reason, "
                             "  started_at, expires_at, reviewed_by, reviewer_name, reviewed_at "
                             "FROM caseload.break_glass_list ($1, $2::boolean)", 2, params, error);
  if (result == NULL)
    return NULL;

  for (int row = 0; row < PQntuples (result); row++)
    {
      CaseloadBreakGlass *access = caseload_break_glass_new ();

      caseload_break_glass_set_id (access, pg_text (result, row, 0));
      caseload_break_glass_set_staff_id (access, pg_text (result, row, 1));
      caseload_break_glass_set_staff_name (access, pg_text (result, row, 2));
      caseload_break_glass_set_organisation_name (access, pg_text (result, row, 3));
      caseload_break_glass_set_person_id (access, pg_text (result, row, 4));
      caseload_break_glass_set_person_name (access, pg_text (result, row, 5));
      caseload_break_glass_set_reason (access, pg_text (result, row, 6));
      caseload_break_glass_set_started_at (access, pg_text (result, row, 7));
      caseload_break_glass_set_expires_at (access, pg_text (result, row, 8));
      caseload_break_glass_set_reviewed_by (access, pg_text (result, row, 9));
      caseload_break_glass_set_reviewed_by_name (access, pg_text (result, row, 10));
      caseload_break_glass_set_reviewed_at (access, pg_text (result, row, 11));
      g_ptr_array_add (accesses, access);
    }
  return g_steal_pointer (&accesses);
}

static gboolean
review_break_glass_locked (CaseloadStorePostgresql  *self,
                           const char               *id,
                           GError                  **error)
{
  g_auto(PgActor) info = { 0 };
  g_autoptr(PGresult) pending = NULL;
  g_autoptr(PGresult) reviewed = NULL;
  const char *params[2];

  if (!require_manager (self, &info, error))
    return FALSE;

  params[0] = id;
  pending = pg_query (self, "SELECT staff_id FROM caseload.break_glass WHERE id = $1 AND reviewed_at IS NULL",
                      1, params, error);
  if (pending == NULL)
    return FALSE;
  if (PQntuples (pending) == 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                   _("That emergency access has already been reviewed, or is not in this database."));
      return FALSE;
    }
  /* Nobody signs off their own emergency access (the server refuses it too). */
  if (g_strcmp0 (pg_text (pending, 0, 0), info.staff_id) == 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION,
                   _("Another team manager must review your own emergency access."));
      return FALSE;
    }

  params[0] = info.username;
  params[1] = id;
  reviewed = pg_query (self, "SELECT caseload.review_break_glass ($1, $2)", 2, params, error);
  return reviewed != NULL;
}

static gboolean
caseload_store_postgresql_review_break_glass (CaseloadStore  *store,
                                              CaseloadStaff  *actor,
                                              const char     *id,
                                              GError        **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  gboolean ok;

  g_rec_mutex_lock (&self->lock);
  ok = pg_begin (self, actor, error);
  if (ok)
    {
      ok = review_break_glass_locked (self, id, error);
      ok = pg_end (self, ok, ok ? error : NULL) && ok;
    }
  g_rec_mutex_unlock (&self->lock);
  return ok;
}

static GPtrArray *
caseload_store_postgresql_list_audit (CaseloadStore  *store,
                                      CaseloadStaff  *actor,
                                      const char     *staff_id,
                                      const char     *person_id,
                                      const char     *from,
                                      const char     *to,
                                      guint           offset,
                                      guint           limit,
                                      GError        **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PGresult) result = NULL;
  g_autofree char *until = NULL;
  g_autofree char *from_iso = NULL;
  g_autofree char *limit_text = g_strdup_printf ("%u", MIN (limit, (guint) G_MAXINT));
  g_autofree char *offset_text = g_strdup_printf ("%u", MIN (offset, (guint) G_MAXINT));
  const char *params[7];
  GDate first;

  if (to != NULL && (until = caseload_date_iso_day_after (to)) == NULL)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION, _("Enter the last day as dd/mm/yyyy."));
      return NULL;
    }
  g_date_clear (&first, 1);
  if (from != NULL)
    {
      if (!caseload_parse_date (from, &first, NULL))
        {
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION, _("Enter the first day as dd/mm/yyyy."));
          return NULL;
        }
      from_iso = caseload_date_to_iso (&first);
    }

  params[1] = staff_id;
  params[2] = person_id;
  params[3] = from_iso;
  params[4] = until;
  params[5] = limit_text;
  params[6] = offset_text;

  result = query_as_manager (self, actor,
                             "SELECT seq, occurred_at, staff_id, staff_name, action, person_id, person_name, "
                             "  detail, hash FROM caseload.audit_list ($1, $2, $3, $4, $5, $6::integer, $7::integer)",
                             7, params, error);
  if (result == NULL)
    return NULL;

  for (int row = 0; row < PQntuples (result); row++)
    {
      CaseloadAuditEvent *event = caseload_audit_event_new ();

      caseload_audit_event_set_seq (event, pg_int (result, row, 0));
      caseload_audit_event_set_occurred_at (event, pg_text (result, row, 1));
      caseload_audit_event_set_staff_id (event, pg_text (result, row, 2));
      caseload_audit_event_set_staff_name (event, pg_text (result, row, 3));
      caseload_audit_event_set_action (event, pg_text (result, row, 4));
      caseload_audit_event_set_person_id (event, pg_text (result, row, 5));
      caseload_audit_event_set_person_name (event, pg_text (result, row, 6));
      caseload_audit_event_set_detail (event, pg_text (result, row, 7));
      caseload_audit_event_set_hash (event, pg_text (result, row, 8));
      g_ptr_array_add (events, event);
    }
  return g_steal_pointer (&events);
}

/* Checks rows of (seq, occurred_at, staff_id, action, person_id, detail, prev_hash, hash)
 * from @first_row as one chain from the genesis hash, as the embedded store does. On a
 * break, @error names the event (for an imported chain, prefixed by @source). @last_hash
 * gets the hash of the last event; @n_events how many were checked. */
static gboolean
verify_chain (const PGresult  *result,
              int              first_row,
              int              end_row,
              int              column,
              const char      *source,
              char           **last_hash,
              gint64          *n_events,
              GError         **error)
{
  g_autofree char *expected_prev = g_strdup (CASELOAD_AUDIT_GENESIS);
  gint64 expected_seq = 1;
  g_autofree char *problem = NULL;

  *n_events = 0;
  for (int row = first_row; row < end_row && problem == NULL; row++)
    {
      gint64 seq = pg_int (result, row, column);
      const char *prev_hash = pg_text (result, row, column + 6);
      const char *hash = pg_text (result, row, column + 7);
      g_autofree char *canonical = NULL;
      g_autofree char *recomputed = NULL;

      if (seq != expected_seq)
        problem = g_strdup_printf (_("The audit trail is broken at event %" G_GINT64_FORMAT ": event %" G_GINT64_FORMAT
                                     " is missing."), seq, expected_seq);
      else if (g_strcmp0 (prev_hash, expected_prev) != 0)
        problem = g_strdup_printf (_("The audit trail is broken at event %" G_GINT64_FORMAT ": it does not follow the "
                                     "event before it, which was changed, removed or moved."), seq);
      else
        {
          canonical = caseload_audit_chain_canonical (seq, pg_text (result, row, column + 1),
                                                      pg_text (result, row, column + 2),
                                                      pg_text (result, row, column + 3),
                                                      pg_text (result, row, column + 4),
                                                      pg_text (result, row, column + 5));
          recomputed = caseload_audit_chain_hash (prev_hash, canonical);
          if (g_strcmp0 (recomputed, hash) != 0)
            problem = g_strdup_printf (_("The audit trail is broken at event %" G_GINT64_FORMAT ": it was changed "
                                         "after it was written."), seq);
        }
      if (problem == NULL)
        {
          g_free (expected_prev);
          expected_prev = g_strdup (hash);
          expected_seq++;
          (*n_events)++;
        }
    }

  if (problem != NULL)
    {
      if (source != NULL)
        /* Translators: the first %s is where the imported trail came from, the second what is wrong with it. */
        g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_AUDIT_BROKEN, _("In the trail imported from %s: %s"),
                     source, problem);
      else
        g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_AUDIT_BROKEN, problem);
      return FALSE;
    }
  *last_hash = g_steal_pointer (&expected_prev);
  return TRUE;
}

/* Each desk trail copied into the site (audit_import, written by caseload-admin copy)
 * against the 'import' event that vouched for it in the site's chain, whose detail is
 * {"source":…,"head":…,"count":…}: the trail must still be whole, end at that head and
 * hold that many events. A copied trail that no import event names was slipped in. */
static gboolean
verify_imports (CaseloadStorePostgresql  *self,
                gint64                   *n_checked,
                GError                  **error)
{
  g_autoptr(PGresult) copied = NULL;
  g_autoptr(PGresult) imports = NULL;
  g_autoptr(GHashTable) ranges = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) vouched = g_hash_table_new (g_str_hash, g_str_equal);

  copied = pg_query (self,
                     "SELECT source, seq, occurred_at, staff_id, action, person_id, detail, prev_hash, hash "
                     "FROM caseload.audit_import ORDER BY source, seq", 0, NULL, error);
  if (copied == NULL)
    return FALSE;
  imports = pg_query (self,
                      "SELECT seq, detail::jsonb ->> 'source', detail::jsonb ->> 'head', "
                      "  coalesce ((detail::jsonb ->> 'count')::bigint, -1) "
                      "FROM caseload.audit_event WHERE action = 'import' ORDER BY seq", 0, NULL, error);
  if (imports == NULL)
    return FALSE;

  /* Where each source's rows start: they are sorted by source. */
  for (int row = 0; row < PQntuples (copied); row++)
    {
      const char *source = pg_text (copied, row, 0);

      if (!g_hash_table_contains (ranges, source))
        g_hash_table_insert (ranges, g_strdup (source), GINT_TO_POINTER (row + 1));
    }

  for (int i = 0; i < PQntuples (imports); i++)
    {
      gint64 import_seq = pg_int (imports, i, 0);
      const char *source = pg_text (imports, i, 1);
      const char *head = pg_text (imports, i, 2);
      gint64 count = pg_int (imports, i, 3);
      g_autofree char *last_hash = NULL;
      gint64 n_events = 0;
      int first, end;

      if (source == NULL || head == NULL)
        {
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_AUDIT_BROKEN,
                       _("Import event %" G_GINT64_FORMAT " does not say which trail it copied."), import_seq);
          return FALSE;
        }
      g_hash_table_add (vouched, (gpointer) source);

      first = GPOINTER_TO_INT (g_hash_table_lookup (ranges, source)) - 1;
      end = first;
      while (first >= 0 && end < PQntuples (copied) && g_strcmp0 (pg_text (copied, end, 0), source) == 0)
        end++;
      if (first >= 0 && !verify_chain (copied, first, end, 1, source, &last_hash, &n_events, error))
        return FALSE;
      if (n_events != count || g_strcmp0 (n_events > 0 ? last_hash : CASELOAD_AUDIT_GENESIS, head) != 0)
        {
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_AUDIT_BROKEN,
                       _("The audit trail copied from “%s” does not match import event %" G_GINT64_FORMAT
                         ": events were removed or added after it was copied."), source, import_seq);
          return FALSE;
        }
      *n_checked += n_events;
    }

  for (int row = 0; row < PQntuples (copied); row++)
    {
      if (!g_hash_table_contains (vouched, pg_text (copied, row, 0)))
        {
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_AUDIT_BROKEN,
                       _("The site holds a copied audit trail, “%s”, that no import event records."),
                       pg_text (copied, row, 0));
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
verify_audit_locked (CaseloadStorePostgresql  *self,
                     gint64                   *n_checked,
                     GError                  **error)
{
  g_autoptr(PGresult) chain = NULL;
  g_autoptr(PGresult) head = NULL;
  g_autofree char *last_hash = NULL;
  gint64 n_events = 0;
  gint64 head_seq;

  chain = pg_query (self,
                    "SELECT seq, occurred_at, staff_id, action, person_id, detail, prev_hash, hash "
                    "FROM caseload.audit_event ORDER BY seq", 0, NULL, error);
  if (chain == NULL)
    return FALSE;
  if (!verify_chain (chain, 0, PQntuples (chain), 0, NULL, &last_hash, &n_events, error))
    return FALSE;
  *n_checked = n_events;

  head = pg_query (self, "SELECT seq, hash FROM caseload.audit_head WHERE id = 1", 0, NULL, error);
  if (head == NULL)
    return FALSE;
  head_seq = PQntuples (head) > 0 ? pg_int (head, 0, 0) : 0;
  if (PQntuples (head) == 0 || head_seq != n_events || g_strcmp0 (pg_text (head, 0, 1), last_hash) != 0)
    {
      if (head_seq > n_events)
        g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_AUDIT_BROKEN,
                     _("The audit trail is broken: it ends at event %" G_GINT64_FORMAT " but was written up to event %"
                       G_GINT64_FORMAT "; the newest events were removed."), n_events, head_seq);
      else
        g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_AUDIT_BROKEN,
                     _("The audit trail is broken: its newest event does not match the record of the newest event."));
      return FALSE;
    }

  return verify_imports (self, n_checked, error);
}

static gboolean
caseload_store_postgresql_verify_audit (CaseloadStore  *store,
                                        gint64         *n_checked,
                                        GError        **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_auto(PgActor) info = { 0 };
  gint64 checked = 0;
  gboolean own_transaction;
  gboolean ok;

  if (n_checked != NULL)
    *n_checked = 0;

  g_rec_mutex_lock (&self->lock);
  if (!pg_ensure_connected (self, error))
    {
      g_rec_mutex_unlock (&self->lock);
      return FALSE;
    }

  /* One snapshot: the chain and its head from the same moment, whatever is appended
   * meanwhile. In admin mode the owner reads everything; a desk reads as the signed-in
   * member, whom row-level security lets read the trail only as a team manager. */
  own_transaction = self->outer_depth == 0;
  if (own_transaction && !pg_exec (self, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", error))
    {
      g_rec_mutex_unlock (&self->lock);
      return FALSE;
    }
  ok = (self->admin || require_manager (self, &info, error)) &&
       verify_audit_locked (self, &checked, error);
  if (own_transaction)
    pg_exec (self, ok ? "COMMIT" : "ROLLBACK", NULL);
  g_rec_mutex_unlock (&self->lock);

  if (n_checked != NULL)
    *n_checked = checked;
  return ok;
}

void
pg_access_iface_init (CaseloadStoreInterface *iface)
{
  iface->sign_in = caseload_store_postgresql_sign_in;
  iface->change_password = caseload_store_postgresql_change_password;
  iface->set_password = caseload_store_postgresql_set_password;
  iface->set_staff_active = caseload_store_postgresql_set_staff_active;
  iface->record_event = caseload_store_postgresql_record_event;
  iface->check_access = caseload_store_postgresql_check_access;
  iface->add_care_relationship = caseload_store_postgresql_add_care_relationship;
  iface->record_consent = caseload_store_postgresql_record_consent;
  iface->list_consent = caseload_store_postgresql_list_consent;
  iface->break_glass = caseload_store_postgresql_break_glass;
  iface->list_break_glass = caseload_store_postgresql_list_break_glass;
  iface->review_break_glass = caseload_store_postgresql_review_break_glass;
  iface->list_audit = caseload_store_postgresql_list_audit;
  iface->verify_audit = caseload_store_postgresql_verify_audit;
}
