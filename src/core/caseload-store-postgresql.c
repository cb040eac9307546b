/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <sodium.h>
#include <stdlib.h>
#include <string.h>

#include "caseload-audit-chain.h"
#include "caseload-error.h"
#include "caseload-nhs-number.h"
#include "caseload-search.h"
#include "caseload-store-postgresql-private.h"
#include "caseload-policy-refusal.h"
#include "caseload-validate.h"
#include "caseload-validate-staff.h"

/*
 * The shared site's store: one PGconn, guarded by a recursive mutex like the SQLite
 * store's connection. The server decides who sees what (row-level security) and audits
 * every change itself (triggers); this side validates, asks, and audits what it reads.
 * Server messages are never shown or logged: they can quote the values of a row.
 */

static const char * const migrations[] = {
  "0001-initial.sql",
  "0002-search.sql",
  "0003-access.sql",
  "0004-referrals.sql",
  "0005-plans.sql",
  "0006-pathways.sql",
};

static void caseload_store_postgresql_iface_init (CaseloadStoreInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CaseloadStorePostgresql, caseload_store_postgresql, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (CASELOAD_TYPE_STORE, caseload_store_postgresql_iface_init))

/* $1 is never used by these columns; p.pk comes last, for the search audit. */
#define PERSON_COLUMNS \
  "p.id, p.version, p.nhs_number, p.given_name, p.family_name, p.preferred_name, " \
  "p.pronouns, p.date_of_birth, p.gender, p.address, p.postcode, p.phone, " \
  "p.gp_practice_id, g.name, p.pcn, p.first_language, p.interpreter_needed, " \
  "p.communication_needs, p.created_at, p.updated_at, p.created_by, p.updated_by, " \
  "(SELECT max (t.occurred_at) FROM timeline_entry t WHERE t.person_id = p.id), p.pk"

#define PERSON_FROM " FROM person p LEFT JOIN organisation g ON g.id = p.gp_practice_id "

/* A listed person's most pressing open clock at the server's now, as a CaseloadClockState
 * number: 2 breached, 1 near breach, 6 none. Read through referral_person, for a page's
 * rows alone. */
#define PERSON_CLOCK \
  "coalesce ((SELECT max (CASE WHEN r.clock_due_at <= caseload.now_text () THEN 2 " \
  "                            WHEN r.clock_warn_at <= caseload.now_text () THEN 1 END) " \
  "  FROM referral r WHERE r.person_id = p.id AND r.status IN ('awaiting-triage', 'accepted') " \
  "   AND r.clock_stopped_at IS NULL AND NOT r.clock_paused), 6)"

/* A page of people in caseload order: @inner picks the page's pk and sort_key; the outer
 * query reads the full rows (row-level security applies to each, last contact and clock
 * too) for it alone. */
#define PERSON_PAGE(inner) \
  "SELECT " PERSON_COLUMNS ", " PERSON_CLOCK " FROM (" inner ") AS o JOIN person p ON p.pk = o.pk " \
  "LEFT JOIN organisation g ON g.id = p.gp_practice_id ORDER BY o.sort_key"

#define STAFF_SELECT PG_STAFF_SELECT

/* Connections and errors */

static gboolean
is_connection_state (const char *sqlstate)
{
  return sqlstate != NULL && (g_str_has_prefix (sqlstate, "08")
         || g_str_equal (sqlstate, "57P01") || g_str_equal (sqlstate, "57P02")
         || g_str_equal (sqlstate, "57P03"));
}

void
pg_set_error (CaseloadStorePostgresql  *self,
              const PGresult           *result,
              GError                  **error)
{
  const char *sqlstate = result != NULL ? PQresultErrorField (result, PG_DIAG_SQLSTATE) : NULL;
  const char *constraint = result != NULL ? PQresultErrorField (result, PG_DIAG_CONSTRAINT_NAME) : NULL;

  /* The state and constraint name only: never the server's text, which can quote a row. */
  g_debug ("PostgreSQL error %s%s%s", sqlstate != NULL ? sqlstate : "(none)",
           constraint != NULL ? " on " : "", constraint != NULL ? constraint : "");

  /* The answer's own state first: the connection may since have been closed on purpose.
   * An error libpq made itself carries no state: the connection failed under the call
   * ("server closed the connection unexpectedly"), even when another thread has already
   * reconnected and the connection reads as good again. */
  if (is_connection_state (sqlstate) ||
      (sqlstate == NULL && (result == NULL || PQresultStatus (result) == PGRES_FATAL_ERROR)) ||
      (sqlstate == NULL && (self->conn == NULL || PQstatus (self->conn) != CONNECTION_OK)))
    g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_CONNECTION,
                 _("The connection to the shared site %s was lost. Nothing in progress was saved; "
                   "try again to reconnect."), self->location);
  else if (sqlstate == NULL)
    g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_STORAGE,
                 _("The shared site gave an answer Caseload did not expect. Nothing was saved."));
  else if (g_str_equal (sqlstate, "28P01") || g_str_equal (sqlstate, "28000"))
    g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_SIGN_IN,
                 _("The username or password is not right."));
  else if (g_str_equal (sqlstate, "3D000"))
    g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_CONNECTION,
                 _("The shared site %s has no such database. Check the address."), self->location);
  else if (g_str_equal (sqlstate, "42501") || g_str_equal (sqlstate, "CLPER"))
    g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION,
                 _("You do not have permission to do this."));
  else if (g_str_equal (sqlstate, "23505") && constraint != NULL && strstr (constraint, "nhs_number") != NULL)
    g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                 _("This NHS number is already recorded for someone else. Search for it to open their record instead."));
  else if (g_str_equal (sqlstate, "23505") && constraint != NULL && strstr (constraint, "username") != NULL)
    g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                 _("This username is taken: choose another."));
  else if (g_str_equal (sqlstate, "23505"))
    g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                 _("This is already recorded."));
  else if (g_str_equal (sqlstate, "40001") || g_str_equal (sqlstate, "40P01") || g_str_equal (sqlstate, "CLCON"))
    g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_CONFLICT,
                 _("Someone else saved at the same moment. Nothing was saved: try again."));
  else if (g_str_equal (sqlstate, "CLNOF"))
    g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                 _("This record is not in the database."));
  else if (g_str_equal (sqlstate, "CLVAL"))
    g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                 _("The shared site refused this as not valid. Check what was entered."));
  else if (g_str_equal (sqlstate, "CLLCK"))
    g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_ACCOUNT_LOCKED,
                 _("This account is locked after too many failed sign-ins. Try again later, or ask an administrator."));
  else if (g_str_equal (sqlstate, "CLDEA"))
    g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_ACCOUNT_DEACTIVATED,
                 _("This staff account has been deactivated."));
  else if (g_str_equal (sqlstate, "CLAUD"))
    g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_AUDIT_BROKEN,
                 _("The audit trail on the shared site is damaged. Nothing was saved; tell the site’s administrator."));
  else
    g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_STORAGE,
                 _("The shared site could not do this (error %s). Nothing was saved."), sqlstate);
}

static void
forget_statements (CaseloadStorePostgresql *self)
{
  g_hash_table_remove_all (self->statements);
  self->statements_conn = self->conn;
}

/* Session settings every connection needs, after connecting or reconnecting. */
static gboolean
set_up_session (CaseloadStorePostgresql  *self,
                GError                  **error)
{
  g_autoptr(PGresult) result = PQexec (self->conn, "SET search_path = caseload, public");

  if (PQresultStatus (result) != PGRES_COMMAND_OK)
    {
      pg_set_error (self, result, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
connect_now (CaseloadStorePostgresql  *self,
             GError                  **error)
{
  /* Our defaults first: the URI's own settings (sslmode, timeouts…) override them. In
   * desk mode the member's name and password come last, overriding any in the URI. */
  const char *keywords[] = { "connect_timeout", "application_name", "keepalives", "keepalives_idle",
                             "keepalives_interval", "keepalives_count", "dbname", "user", "password", NULL };
  const char *values[] = { "10", "caseload", "1", "30", "10", "3", self->uri,
                           self->username, self->password, NULL };
  g_autofree char *message = NULL;

  if (self->admin)
    keywords[7] = NULL;
  else if (self->username == NULL)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION, _("No one is signed in at this desk."));
      return FALSE;
    }

  g_clear_pointer (&self->conn, PQfinish);
  self->conn = PQconnectdbParams (keywords, values, 1);
  forget_statements (self);
  if (self->conn != NULL && PQstatus (self->conn) == CONNECTION_OK)
    return set_up_session (self, error);

  /* libpq's text may hold the host but never a password; keep it to debugging. */
  g_debug ("Could not connect to %s: %s", self->location,
           self->conn != NULL ? PQerrorMessage (self->conn) : "out of memory");
  if (self->conn != NULL && PQconnectionNeedsPassword (self->conn))
    g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_SIGN_IN, _("The username or password is not right."));
  else if (self->conn != NULL && PQconnectionUsedPassword (self->conn)
           && strstr (PQerrorMessage (self->conn), "authentication failed") != NULL)
    g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_SIGN_IN, _("The username or password is not right."));
  else if (self->conn != NULL && strstr (PQerrorMessage (self->conn), "does not exist") != NULL
           && strstr (PQerrorMessage (self->conn), "database") != NULL)
    g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_CONNECTION,
                 _("The shared site %s has no such database. Check the address."), self->location);
  else
    g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_CONNECTION,
                 _("Can’t reach the shared site at %s. Check the network connection, then try again."),
                 self->location);
  g_clear_pointer (&self->conn, PQfinish);
  return FALSE;
}

gboolean
pg_ensure_connected (CaseloadStorePostgresql  *self,
                     GError                  **error)
{
  if (self->conn != NULL && PQstatus (self->conn) == CONNECTION_OK)
    return TRUE;

  /* Lost inside a transaction: it died with the connection. Reconnecting here would run
   * the rest of its statements outside any transaction, on a fresh session; instead say
   * so, let the caller end the transaction (pg_end), and reconnect at the next call. */
  if (self->tx_depth > 0 || self->outer_depth > 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_CONNECTION,
                   _("The connection to the shared site %s was lost. Nothing in progress was saved; "
                     "try again to reconnect."), self->location);
      return FALSE;
    }

  if (self->conn != NULL)
    {
      PQreset (self->conn);
      forget_statements (self);
      if (PQstatus (self->conn) == CONNECTION_OK)
        {
          g_debug ("Reconnected to %s", self->location);
          return set_up_session (self, error);
        }
    }
  return connect_now (self, error);
}

static gint statement_counter;

/* The name of @sql prepared on this connection, preparing it the first time. */
static const char *
prepared (CaseloadStorePostgresql  *self,
          const char               *sql,
          int                       n_params,
          PGresult                **failure)
{
  const char *name;
  PGresult *result;

  if (self->statements_conn != self->conn)
    forget_statements (self);
  name = g_hash_table_lookup (self->statements, sql);
  if (name != NULL)
    return name;

  /* Names are never reused: a connection swapped out and back may still hold old ones. */
  name = g_strdup_printf ("caseload_%u", (guint) g_atomic_int_add (&statement_counter, 1));
  result = PQprepare (self->conn, name, sql, n_params, NULL);
  if (PQresultStatus (result) != PGRES_COMMAND_OK)
    {
      g_free ((char *) name);
      *failure = result;
      return NULL;
    }
  PQclear (result);
  g_hash_table_insert (self->statements, g_strdup (sql), (char *) name);
  return name;
}

static PGresult *
query_locked (CaseloadStorePostgresql  *self,
              const char               *sql,
              int                       n_params,
              const char * const       *params,
              GError                  **error)
{
  PGresult *result = NULL;
  ExecStatusType status;

  if (!pg_ensure_connected (self, error))
    return NULL;

  for (int attempt = 0; attempt < 2; attempt++)
    {
      const char *name = prepared (self, sql, n_params, &result);
      const char *sqlstate;

      if (name != NULL)
        result = PQexecPrepared (self->conn, name, n_params, params, NULL, NULL, 0);
      status = PQresultStatus (result);
      if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK)
        return result;

      /* A connection swapped or reset behind the cache: prepare afresh, once. */
      sqlstate = PQresultErrorField (result, PG_DIAG_SQLSTATE);
      if (attempt > 0 || g_strcmp0 (sqlstate, "26000") != 0)
        break;
      PQclear (result);
      result = NULL;
      forget_statements (self);
    }

  pg_set_error (self, result, error);
  PQclear (result);
  return NULL;
}

static gboolean
exec_locked (CaseloadStorePostgresql  *self,
             const char               *sql,
             GError                  **error)
{
  g_autoptr(PGresult) result = NULL;
  ExecStatusType status;

  if (!pg_ensure_connected (self, error))
    return FALSE;

  result = PQexec (self->conn, sql);
  status = PQresultStatus (result);
  if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK)
    return TRUE;
  pg_set_error (self, result, error);
  return FALSE;
}

/* Every statement runs under the store's (recursive) lock: inside a transaction it is
 * already held; a statement outside one waits for another thread's transaction to end
 * rather than running inside it, or interleaving with it on the connection. */
PGresult *
pg_query (CaseloadStorePostgresql  *self,
          const char               *sql,
          int                       n_params,
          const char * const       *params,
          GError                  **error)
{
  PGresult *result;

  g_rec_mutex_lock (&self->lock);
  result = query_locked (self, sql, n_params, params, error);
  g_rec_mutex_unlock (&self->lock);
  return result;
}

gboolean
pg_exec (CaseloadStorePostgresql  *self,
         const char               *sql,
         GError                  **error)
{
  gboolean ok;

  g_rec_mutex_lock (&self->lock);
  ok = exec_locked (self, sql, error);
  g_rec_mutex_unlock (&self->lock);
  return ok;
}

const char *
pg_text (const PGresult *result,
         int             row,
         int             column)
{
  if (PQgetisnull (result, row, column))
    return NULL;
  return PQgetvalue (result, row, column);
}

gboolean
pg_bool (const PGresult *result,
         int             row,
         int             column)
{
  const char *value = pg_text (result, row, column);

  return value != NULL && (value[0] == 't' || value[0] == '1');
}

gint64
pg_int (const PGresult *result,
        int             row,
        int             column)
{
  const char *value = pg_text (result, row, column);

  return value != NULL ? g_ascii_strtoll (value, NULL, 10) : 0;
}

/* Sets @property of @object from a column's text by the property's type: enumerations
 * by nick (the stored codes of caseload-types.c are the nicks). NULL leaves the default. */
static void
set_from_text (GObject        *object,
               const char     *property,
               const PGresult *result,
               int             row,
               int             column)
{
  GParamSpec *spec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  const char *text = pg_text (result, row, column);
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_if_fail (spec != NULL);
  if (text == NULL)
    return;
  g_value_init (&value, spec->value_type);
  if (G_VALUE_HOLDS_STRING (&value))
    g_value_set_string (&value, text);
  else if (G_VALUE_HOLDS_BOOLEAN (&value))
    g_value_set_boolean (&value, pg_bool (result, row, column));
  else if (G_VALUE_HOLDS_INT (&value))
    g_value_set_int (&value, (int) pg_int (result, row, column));
  else if (G_VALUE_HOLDS_INT64 (&value))
    g_value_set_int64 (&value, pg_int (result, row, column));
  else if (G_VALUE_HOLDS_DOUBLE (&value))
    g_value_set_double (&value, g_ascii_strtod (text, NULL));
  else if (G_VALUE_HOLDS_ENUM (&value))
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (spec->value_type);
      GEnumValue *nick = g_enum_get_value_by_nick (klass, text);

      if (nick == NULL)
        return;
      g_value_set_enum (&value, nick->value);
    }
  else
    g_return_if_reached ();
  g_object_set_property (object, property, &value);
}

gpointer
pg_read_object (const PGresult     *result,
                int                 row,
                GType               type,
                const char * const *columns)
{
  GObject *object = g_object_new (type, NULL);

  for (int i = 0; columns[i] != NULL; i++)
    set_from_text (object, columns[i], result, row, i);
  return object;
}

/* An UPDATE … RETURNING of one row by id and version that matched none: someone else
 * saved it first, or it is gone (or hidden). */
gboolean
pg_changed_one (CaseloadStorePostgresql  *self,
                const PGresult           *result,
                const char               *exists_sql,
                const char               *id,
                GError                  **error)
{
  g_autoptr(PGresult) exists = NULL;

  if (result == NULL)
    return FALSE;
  if (PQntuples (result) > 0)
    return TRUE;
  exists = pg_query (self, exists_sql, 1, (const char *[]) { id }, NULL);
  if (exists != NULL && PQntuples (exists) > 0)
    g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_CONFLICT,
                         _("Someone else saved changes to this record after you opened it. Nothing was saved: "
                           "look at it again, then save."));
  else
    g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND, _("This record is no longer in the database."));
  return FALSE;
}

char *
pg_now (CaseloadStorePostgresql *self)
{
  g_autoptr(PGresult) result = NULL;

  if (self->admin)
    return caseload_clock_now_iso (self->clock);

  /* The desk goes by the server's clock, which stamps everything it saves. */
  result = pg_query (self, "SELECT caseload.now_text ()", 0, NULL, NULL);
  if (result != NULL && PQntuples (result) == 1 && pg_text (result, 0, 0) != NULL)
    return g_strdup (pg_text (result, 0, 0));
  return caseload_clock_now_iso (self->clock);
}

static void
rollback_quietly (CaseloadStorePostgresql *self,
                  gboolean                 savepoint)
{
  if (self->conn == NULL || PQstatus (self->conn) != CONNECTION_OK)
    return;
  if (savepoint)
    PQclear (PQexec (self->conn, "ROLLBACK TO SAVEPOINT mutation; RELEASE SAVEPOINT mutation"));
  else
    PQclear (PQexec (self->conn, "ROLLBACK"));
}

gboolean
pg_begin (CaseloadStorePostgresql  *self,
          CaseloadStaff            *actor,
          GError                  **error)
{
  gboolean savepoint;

  g_rec_mutex_lock (&self->lock);

  if (!self->admin && actor != NULL && g_strcmp0 (caseload_staff_get_id (actor), self->signed_in_id) != 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION,
                   _("Only the staff member signed in at this desk can act here. Sign in again."));
      g_rec_mutex_unlock (&self->lock);
      return FALSE;
    }

  if (self->tx_depth == 0 && self->outer_depth == 0 && !pg_ensure_connected (self, error))
    {
      g_rec_mutex_unlock (&self->lock);
      return FALSE;
    }

  savepoint = self->tx_depth > 0 || self->outer_depth > 0;
  if (!pg_exec (self, savepoint ? "SAVEPOINT mutation" : "BEGIN", error))
    {
      g_rec_mutex_unlock (&self->lock);
      return FALSE;
    }
  self->tx_depth++;

  if (self->admin)
    {
      g_autofree char *now = caseload_clock_now_iso (self->clock);
      g_autoptr(PGresult) result = NULL;

      /* Becoming the actor's own role: the server's rules then apply to them exactly as
       * at a desk. caseload.fixed_now is honoured only for a superuser session. */
      if (actor == NULL)
        {
          const char *params[] = { now };

          result = pg_query (self, "SELECT set_config ('role', 'none', true), "
                                   "set_config ('caseload.fixed_now', $1, true)", 1, params, error);
        }
      else
        {
          const char *params[] = { caseload_staff_get_id (actor), now };

          result = pg_query (self, "SELECT set_config ('role', s.username, true), "
                                   "set_config ('caseload.fixed_now', $2, true) "
                                   "FROM caseload.staff s WHERE s.id = $1 AND s.username IS NOT NULL",
                             2, params, error);
          if (result != NULL && PQntuples (result) == 0)
            {
              g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION,
                           _("The staff member acting is not known to the shared site, or has no username."));
              g_clear_pointer (&result, PQclear);
            }
        }
      if (result == NULL)
        {
          rollback_quietly (self, savepoint);
          self->tx_depth--;
          g_rec_mutex_unlock (&self->lock);
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
pg_end (CaseloadStorePostgresql  *self,
        gboolean                  ok,
        GError                  **error)
{
  gboolean savepoint;

  g_assert (self->tx_depth > 0);
  self->tx_depth--;
  savepoint = self->tx_depth > 0 || self->outer_depth > 0;

  if (ok)
    {
      if (savepoint)
        /* The role stays set to the end of the outer transaction: put it back. */
        ok = pg_exec (self, self->admin ? "RELEASE SAVEPOINT mutation; SET LOCAL ROLE NONE"
                                        : "RELEASE SAVEPOINT mutation", error);
      else
        ok = pg_exec (self, "COMMIT", error);
    }
  else
    rollback_quietly (self, savepoint);

  if (!ok && self->conn != NULL && PQstatus (self->conn) != CONNECTION_OK)
    self->tx_depth = 0;
  g_rec_mutex_unlock (&self->lock);
  return ok;
}

CaseloadStaff *
pg_read_staff (const PGresult *result,
               int             row)
{
  CaseloadStaff *staff = caseload_staff_new ();
  CaseloadAccessRole role = CASELOAD_ROLE_MENTAL_HEALTH_PRACTITIONER;
  CaseloadOrganisationKind kind = CASELOAD_ORGANISATION_VCSE;

  caseload_staff_set_id (staff, pg_text (result, row, 0));
  caseload_staff_set_version (staff, pg_int (result, row, 1));
  caseload_staff_set_display_name (staff, pg_text (result, row, 2));
  caseload_staff_set_role (staff, pg_text (result, row, 3));
  caseload_staff_set_organisation_id (staff, pg_text (result, row, 4));
  caseload_staff_set_organisation_name (staff, pg_text (result, row, 5));
  caseload_staff_set_email (staff, pg_text (result, row, 6));
  caseload_access_role_from_code (pg_text (result, row, 7), &role);
  caseload_organisation_kind_from_code (pg_text (result, row, 8), &kind);
  caseload_staff_set_access_role (staff, role);
  caseload_staff_set_organisation_kind (staff, kind);
  caseload_staff_set_username (staff, pg_text (result, row, 9));
  caseload_staff_set_active (staff, pg_bool (result, row, 10));
  caseload_staff_set_must_change_password (staff, pg_bool (result, row, 11));
  if (pg_text (result, row, 12) != NULL)
    caseload_staff_set_fte (staff, g_ascii_strtod (pg_text (result, row, 12), NULL));
  return staff;
}

/* Reading rows */

static CaseloadPerson *
read_person (const PGresult *result,
             int             row)
{
  CaseloadPerson *person = caseload_person_new ();

  caseload_person_set_id (person, pg_text (result, row, 0));
  caseload_person_set_version (person, pg_int (result, row, 1));
  caseload_person_set_nhs_number (person, pg_text (result, row, 2));
  caseload_person_set_given_name (person, pg_text (result, row, 3));
  caseload_person_set_family_name (person, pg_text (result, row, 4));
  caseload_person_set_preferred_name (person, pg_text (result, row, 5));
  caseload_person_set_pronouns (person, pg_text (result, row, 6));
  caseload_person_set_date_of_birth (person, pg_text (result, row, 7));
  caseload_person_set_gender (person, pg_text (result, row, 8));
  caseload_person_set_address (person, pg_text (result, row, 9));
  caseload_person_set_postcode (person, pg_text (result, row, 10));
  caseload_person_set_phone (person, pg_text (result, row, 11));
  caseload_person_set_gp_practice_id (person, pg_text (result, row, 12));
  caseload_person_set_gp_practice_name (person, pg_text (result, row, 13));
  caseload_person_set_pcn (person, pg_text (result, row, 14));
  caseload_person_set_first_language (person, pg_text (result, row, 15));
  caseload_person_set_interpreter_needed (person, pg_bool (result, row, 16));
  caseload_person_set_communication_needs (person, pg_text (result, row, 17));
  caseload_person_set_created_at (person, pg_text (result, row, 18));
  caseload_person_set_updated_at (person, pg_text (result, row, 19));
  caseload_person_set_created_by (person, pg_text (result, row, 20));
  caseload_person_set_updated_by (person, pg_text (result, row, 21));
  caseload_person_set_last_contact (person, pg_text (result, row, 22));
  caseload_person_set_loaded (person, TRUE);
  return person;
}

static CaseloadTimelineEntry *
read_entry (const PGresult *result,
            int             row)
{
  CaseloadTimelineEntry *entry = caseload_timeline_entry_new ();
  CaseloadEntryKind kind = CASELOAD_ENTRY_NOTE;
  CaseloadSensitivity sensitivity = CASELOAD_SENSITIVITY_STANDARD;

  caseload_entry_kind_from_code (pg_text (result, row, 7), &kind);
  caseload_sensitivity_from_code (pg_text (result, row, 8), &sensitivity);

  caseload_timeline_entry_set_id (entry, pg_text (result, row, 0));
  caseload_timeline_entry_set_version (entry, pg_int (result, row, 1));
  caseload_timeline_entry_set_person_id (entry, pg_text (result, row, 2));
  caseload_timeline_entry_set_author_id (entry, pg_text (result, row, 3));
  caseload_timeline_entry_set_author_name (entry, pg_text (result, row, 4));
  caseload_timeline_entry_set_organisation_id (entry, pg_text (result, row, 5));
  caseload_timeline_entry_set_organisation_name (entry, pg_text (result, row, 6));
  caseload_timeline_entry_set_kind (entry, kind);
  caseload_timeline_entry_set_sensitivity (entry, sensitivity);
  caseload_timeline_entry_set_occurred_at (entry, pg_text (result, row, 9));
  caseload_timeline_entry_set_text (entry, pg_text (result, row, 10));
  caseload_timeline_entry_set_created_at (entry, pg_text (result, row, 11));
  caseload_timeline_entry_set_loaded (entry, TRUE);
  return entry;
}

static CaseloadOrganisation *
read_organisation (const PGresult *result,
                   int             row)
{
  CaseloadOrganisation *organisation = caseload_organisation_new ();
  CaseloadOrganisationKind kind = CASELOAD_ORGANISATION_GP_PRACTICE;

  caseload_organisation_kind_from_code (pg_text (result, row, 3), &kind);
  caseload_organisation_set_id (organisation, pg_text (result, row, 0));
  caseload_organisation_set_version (organisation, pg_int (result, row, 1));
  caseload_organisation_set_name (organisation, pg_text (result, row, 2));
  caseload_organisation_set_kind (organisation, kind);
  caseload_organisation_set_pcn (organisation, pg_text (result, row, 4));
  return organisation;
}

/* Migrations */

static gboolean
read_schema_version (CaseloadStorePostgresql  *self,
                     int                      *version,
                     GError                  **error)
{
  g_autoptr(PGresult) exists = NULL;
  g_autoptr(PGresult) result = NULL;

  *version = 0;
  /* Two questions: a query naming a missing table fails even where it is not reached. */
  exists = pg_query (self, "SELECT to_regclass ('caseload.schema_migration') IS NOT NULL", 0, NULL, error);
  if (exists == NULL)
    return FALSE;
  if (!pg_bool (exists, 0, 0))
    return TRUE;
  result = pg_query (self, "SELECT coalesce (max (version), 0) FROM caseload.schema_migration", 0, NULL, error);
  if (result == NULL)
    return FALSE;
  *version = (int) pg_int (result, 0, 0);
  return TRUE;
}

static gboolean
apply_migration (CaseloadStorePostgresql  *self,
                 int                       version,
                 GError                  **error)
{
  g_autofree char *resource = g_strconcat ("/io/github/pcnmh/Caseload/sql/postgresql/",
                                           migrations[version - 1], NULL);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (resource, 0, NULL);
  g_autofree char *sql = NULL;
  g_autofree char *number = g_strdup_printf ("%d", version);
  const char *params[] = { number };
  g_autoptr(PGresult) recorded = NULL;
  int current = 0;

  if (bytes == NULL)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_STORAGE,
                   _("This build of Caseload lacks the shared site’s schema version %d."), version);
      return FALSE;
    }
  sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  /* One transaction per version; the advisory lock keeps two tools from racing. */
  if (!pg_exec (self, "BEGIN", error))
    return FALSE;
  if (!pg_exec (self, "SELECT pg_advisory_xact_lock (4345432)", error)
      || !read_schema_version (self, &current, error))
    {
      rollback_quietly (self, FALSE);
      return FALSE;
    }
  if (current >= version)
    return pg_exec (self, "COMMIT", error);

  if (!pg_exec (self, sql, error)
      || (recorded = pg_query (self, "INSERT INTO caseload.schema_migration (version, applied_at) "
                                     "VALUES ($1::integer, to_char (now () AT TIME ZONE 'UTC', "
                                     "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'))", 1, params, error)) == NULL
      || !pg_exec (self, "COMMIT", error))
    {
      g_prefix_error (error, _("Could not update the shared site to schema version %d: "), version);
      rollback_quietly (self, FALSE);
      return FALSE;
    }
  g_debug ("Applied PostgreSQL migration %d", version);
  /* The new schema may have been made after this session's search_path was set. */
  return set_up_session (self, error);
}

/* Staff from before sign-in got usernames from their names; each username is also a
 * database role, made here for those that lack one (an administrator then gives them
 * passwords). A name that cannot be a role, or a role that is someone else's, is left. */
static gboolean
create_missing_roles (CaseloadStorePostgresql  *self,
                      GError                  **error)
{
  g_autoptr(PGresult) result =
    pg_query (self,
              "SELECT count (caseload.admin_create_role (NULL, s.username)) FROM caseload.staff s "
              "WHERE s.username ~ '^[a-z0-9][a-z0-9._-]*$' AND length (s.username) <= 63 "
              "  AND s.username NOT LIKE 'pg\\_%' AND s.username NOT LIKE 'caseload\\_%' "
              "  AND CASE WHEN EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = s.username) "
              "           THEN pg_has_role (s.username, 'caseload_staff', 'MEMBER') ELSE true END",
              0, NULL, error);

  return result != NULL;
}

static gboolean
check_schema (CaseloadStorePostgresql  *self,
              gboolean                  migrate,
              GError                  **error)
{
  int version = 0;
  int known = (int) G_N_ELEMENTS (migrations);

  if (!read_schema_version (self, &version, error))
    return FALSE;

  if (version > known)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_SCHEMA_TOO_NEW,
                   _("The shared site’s database was made by a newer version of Caseload (schema %d; this "
                     "version knows up to %d). It has not been changed: update Caseload to use it."),
                   version, known);
      return FALSE;
    }
  if (version == known)
    return TRUE;
  if (!migrate)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_STORAGE,
                   _("The shared site’s database is not up to date (schema %d of %d). "
                     "Ask its administrator to run “caseload-admin migrate”."), version, known);
      return FALSE;
    }

  for (int v = version + 1; v <= known; v++)
    if (!apply_migration (self, v, error))
      return FALSE;
  return create_missing_roles (self, error);
}

/* Store: transactions, organisations, staff */

static int
caseload_store_postgresql_get_schema_version (CaseloadStore *store)
{
  return (int) G_N_ELEMENTS (migrations);
}

static gboolean
caseload_store_postgresql_begin (CaseloadStore  *store,
                                 GError        **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);

  g_rec_mutex_lock (&self->lock);
  if (self->outer_depth == 0 && (!pg_ensure_connected (self, error) || !pg_exec (self, "BEGIN", error)))
    {
      g_rec_mutex_unlock (&self->lock);
      return FALSE;
    }
  self->outer_depth++;
  return TRUE;
}

static gboolean
caseload_store_postgresql_commit (CaseloadStore  *store,
                                  GError        **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  gboolean ok = TRUE;

  g_return_val_if_fail (self->outer_depth > 0, FALSE);

  if (self->outer_depth == 1)
    {
      ok = pg_exec (self, "COMMIT", error);
      if (!ok)
        rollback_quietly (self, FALSE);
    }
  self->outer_depth--;
  g_rec_mutex_unlock (&self->lock);
  return ok;
}

static void
caseload_store_postgresql_rollback (CaseloadStore *store)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);

  g_return_if_fail (self->outer_depth > 0);

  if (self->outer_depth == 1)
    rollback_quietly (self, FALSE);
  self->outer_depth--;
  g_rec_mutex_unlock (&self->lock);
}

static gboolean
caseload_store_postgresql_save_organisation (CaseloadStore         *store,
                                             CaseloadOrganisation  *organisation,
                                             GError               **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_autoptr(PGresult) result = NULL;
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  g_autofree char *version = NULL;
  gboolean creating = caseload_organisation_get_id (organisation) == NULL;
  gboolean ok;

  name = caseload_validate_text (_("Organisation name"), caseload_organisation_get_name (organisation),
                                 TRUE, CASELOAD_MAX_NAME, error);
  if (name == NULL)
    return FALSE;

  id = creating ? g_uuid_string_random () : g_strdup (caseload_organisation_get_id (organisation));
  version = g_strdup_printf ("%" G_GINT64_FORMAT, caseload_organisation_get_version (organisation));

  if (!pg_begin (self, NULL, error))
    return FALSE;

  {
    const char *params[] = { id, name, caseload_organisation_kind_to_code (caseload_organisation_get_kind (organisation)),
                             caseload_organisation_get_pcn (organisation), version };

    if (creating)
      result = pg_query (self,
                         "INSERT INTO organisation (id, name, kind, pcn, version, created_at, updated_at) "
                         "VALUES ($1, $2, $3, $4, 1, caseload.now_text (), caseload.now_text ())",
                         4, params, error);
    else
      result = pg_query (self,
                         "UPDATE organisation SET name = $2, kind = $3, pcn = $4, updated_at = caseload.now_text (), "
                         "version = version + 1 WHERE id = $1 AND version = $5::integer",
                         5, params, error);
  }
  ok = result != NULL;
  if (ok && !creating && g_strcmp0 (PQcmdTuples (result), "0") == 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_CONFLICT,
                   _("Someone else changed this organisation since you opened it. Nothing was saved: reopen it and try again."));
      ok = FALSE;
    }

  if (!pg_end (self, ok, ok ? error : NULL) || !ok)
    return FALSE;

  caseload_organisation_set_id (organisation, id);
  caseload_organisation_set_version (organisation, creating ? 1 : caseload_organisation_get_version (organisation) + 1);
  return TRUE;
}

static GPtrArray *
caseload_store_postgresql_list_organisations (CaseloadStore  *store,
                                              GError        **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_autoptr(GPtrArray) organisations = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PGresult) result = NULL;

  g_rec_mutex_lock (&self->lock);
  result = pg_query (self, "SELECT id, version, name, kind, pcn FROM organisation ORDER BY lower (name), id",
                     0, NULL, error);
  g_rec_mutex_unlock (&self->lock);
  if (result == NULL)
    return NULL;
  for (int i = 0; i < PQntuples (result); i++)
    g_ptr_array_add (organisations, read_organisation (result, i));
  return g_steal_pointer (&organisations);
}

static gboolean
require_administrator (CaseloadStorePostgresql  *self,
                       CaseloadStaff            *actor,
                       GError                  **error)
{
  g_auto(PgActor) info = { 0 };

  if (actor == NULL)
    {
      if (self->admin)
        return TRUE;
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION, _("No one is signed in at this desk."));
      return FALSE;
    }
  if (!pg_load_actor (self, &info, error))
    return FALSE;
  if (!caseload_policy_may_manage_staff (info.role))
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION,
                   _("Only an administrator can manage staff accounts."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
caseload_store_postgresql_save_staff (CaseloadStore  *store,
                                      CaseloadStaff  *actor,
                                      CaseloadStaff  *staff,
                                      GError        **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_autoptr(PGresult) result = NULL;
  g_autofree char *id = NULL;
  g_auto(CaseloadStaffRecord) record = { 0 };
  const char *username, *name, *role, *email;
  g_autofree char *version = NULL;
  gboolean creating = caseload_staff_get_id (staff) == NULL;
  gboolean ok = FALSE;

  if (!caseload_staff_check_record (staff, CASELOAD_USERNAME_DATABASE_ROLE, &record, error))
    return FALSE;
  username = record.username;
  name = record.display_name;
  role = record.role;
  email = record.email;

  id = creating ? g_uuid_string_random () : g_strdup (caseload_staff_get_id (staff));
  version = g_strdup_printf ("%" G_GINT64_FORMAT, caseload_staff_get_version (staff));

  if (!pg_begin (self, actor, error))
    return FALSE;

  if (require_administrator (self, actor, error))
    {
      const char *params[] = { username, id };

      result = username != NULL
               ? pg_query (self, "SELECT 1 FROM staff WHERE username = $1 AND id IS DISTINCT FROM $2", 2, params, error)
               : pg_query (self, "SELECT 1 WHERE false", 0, NULL, error);
      if (result != NULL && PQntuples (result) > 0)
        g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                     _("The username “%s” is taken: choose another."), username);
      else if (result != NULL)
        {
          char fte[G_ASCII_DTOSTR_BUF_SIZE];
          const char *values[] = { id, name, role, caseload_staff_get_organisation_id (staff), email,
                                   caseload_access_role_to_code (caseload_staff_get_access_role (staff)),
                                   username, version, fte };

          g_ascii_dtostr (fte, sizeof fte, caseload_staff_get_fte (staff));

          g_clear_pointer (&result, PQclear);
          if (creating)
            result = pg_query (self,
                               "INSERT INTO staff (id, display_name, role, organisation_id, email, access_role, "
                               "  username, fte, version, created_at, updated_at) "
                               "VALUES ($1, $2, $3, $4, $5, $6, $7, $8::double precision, 1, caseload.now_text (), "
                               "  caseload.now_text ())",
                               8, (const char *[]) { values[0], values[1], values[2], values[3], values[4], values[5],
                                                     values[6], fte }, error);
          else
            result = pg_query (self,
                               "UPDATE staff SET display_name = $2, role = $3, organisation_id = $4, email = $5, "
                               "  access_role = $6, username = $7, fte = $9::double precision, "
                               "  updated_at = caseload.now_text (), version = version + 1 "
                               "WHERE id = $1 AND version = $8::integer",
                               9, values, error);
          ok = result != NULL;
          if (ok && !creating && g_strcmp0 (PQcmdTuples (result), "0") == 0)
            {
              g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_CONFLICT,
                           _("Someone else changed this staff member since you opened them. Nothing was saved: reopen and try again."));
              ok = FALSE;
            }
          /* Their database role: made if missing, reused if another database made it. */
          if (ok && username != NULL)
            {
              const char *role_params[] = { username };
              g_autoptr(PGresult) made =
                pg_query (self, "SELECT caseload.admin_create_role (caseload.actor_username (), $1)",
                          1, role_params, error);

              ok = made != NULL;
            }
        }
    }

  if (!pg_end (self, ok, ok ? error : NULL) || !ok)
    return FALSE;

  caseload_staff_set_id (staff, id);
  caseload_staff_set_username (staff, username);
  caseload_staff_set_version (staff, creating ? 1 : caseload_staff_get_version (staff) + 1);
  return TRUE;
}

static GPtrArray *
caseload_store_postgresql_list_staff (CaseloadStore  *store,
                                      GError        **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_autoptr(GPtrArray) staff = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PGresult) result = NULL;

  g_rec_mutex_lock (&self->lock);
  result = pg_query (self, STAFF_SELECT "ORDER BY s.created_at, s.seq", 0, NULL, error);
  g_rec_mutex_unlock (&self->lock);
  if (result == NULL)
    return NULL;
  for (int i = 0; i < PQntuples (result); i++)
    g_ptr_array_add (staff, pg_read_staff (result, i));
  return g_steal_pointer (&staff);
}

static CaseloadStaff *
caseload_store_postgresql_get_staff (CaseloadStore  *store,
                                     const char     *id,
                                     GError        **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_autoptr(PGresult) result = NULL;
  const char *params[] = { id };

  g_rec_mutex_lock (&self->lock);
  result = pg_query (self, STAFF_SELECT "WHERE s.id = $1", 1, params, error);
  g_rec_mutex_unlock (&self->lock);
  if (result == NULL)
    return NULL;
  if (PQntuples (result) == 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                   _("That staff member is not in this database."));
      return NULL;
    }
  return pg_read_staff (result, 0);
}

/* People */

/* The acting member as the server knows them; a person's record always has one. */
gboolean
pg_acting (CaseloadStorePostgresql  *self,
           CaseloadStaff            *actor,
           PgActor                  *info,
           GError                  **error)
{
  if (actor == NULL || caseload_staff_get_id (actor) == NULL)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION, _("No one is signed in at this desk."));
      return FALSE;
    }
  if (!pg_load_actor (self, info, error))
    return FALSE;
  if (g_strcmp0 (info->staff_id, caseload_staff_get_id (actor)) != 0)
    {
      pg_actor_clear (info);
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION,
                   _("Only the staff member signed in at this desk can act here. Sign in again."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_person (CaseloadStorePostgresql  *self,
              CaseloadPerson           *person,
              GError                  **error)
{
  GDate today;

  caseload_clock_today (self->clock, &today);
  return caseload_person_validate (person, &today, error);
}

/* A known GP practice, whose PCN the person takes. (A duplicate NHS number is the
 * server's to find: it may belong to someone this member cannot see.) */
static gboolean
check_practice (CaseloadStorePostgresql  *self,
                CaseloadPerson           *person,
                char                    **pcn,
                GError                  **error)
{
  const char *practice_id = caseload_person_get_gp_practice_id (person);
  const char *params[] = { practice_id };
  g_autoptr(PGresult) result = NULL;

  *pcn = g_strdup (caseload_person_get_pcn (person));
  if (practice_id == NULL || *practice_id == '\0')
    return TRUE;

  result = pg_query (self, "SELECT pcn FROM organisation WHERE id = $1 AND kind = 'gp-practice'", 1, params, error);
  if (result == NULL)
    return FALSE;
  if (PQntuples (result) == 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                   _("The GP practice chosen is not in this database. Choose one from the list."));
      return FALSE;
    }
  g_free (*pcn);
  *pcn = g_strdup (pg_text (result, 0, 0));
  return TRUE;
}

static const char *
empty_to_null (const char *text)
{
  return text != NULL && *text != '\0' ? text : NULL;
}

/* $2…$16 as SQLite binds them: the person's fields, then the PCN. */
static void
person_params (CaseloadPerson *person,
               const char     *pcn,
               const char    **params)
{
  params[1] = empty_to_null (caseload_person_get_nhs_number (person));
  params[2] = empty_to_null (caseload_person_get_given_name (person));
  params[3] = empty_to_null (caseload_person_get_family_name (person));
  params[4] = empty_to_null (caseload_person_get_preferred_name (person));
  params[5] = empty_to_null (caseload_person_get_pronouns (person));
  params[6] = empty_to_null (caseload_person_get_date_of_birth (person));
  params[7] = empty_to_null (caseload_person_get_gender (person));
  params[8] = empty_to_null (caseload_person_get_address (person));
  params[9] = empty_to_null (caseload_person_get_postcode (person));
  params[10] = empty_to_null (caseload_person_get_phone (person));
  params[11] = empty_to_null (caseload_person_get_gp_practice_id (person));
  params[12] = empty_to_null (pcn);
  params[13] = empty_to_null (caseload_person_get_first_language (person));
  params[14] = caseload_person_get_interpreter_needed (person) ? "true" : "false";
  params[15] = empty_to_null (caseload_person_get_communication_needs (person));
}

/* The server says only that the NHS number is taken; say which, as a desk does. */
static void
name_duplicate_nhs_number (CaseloadPerson  *person,
                           GError         **error)
{
  const char *nhs_number = caseload_person_get_nhs_number (person);
  g_autofree char *shown = NULL;

  if (error == NULL || *error == NULL || nhs_number == NULL
      || !g_error_matches (*error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION)
      || strstr ((*error)->message, "NHS") == NULL)
    return;
  shown = caseload_nhs_number_format (nhs_number);
  g_clear_error (error);
  g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
               _("NHS number %s is already recorded for someone else. Search for it to open their record instead."),
               shown);
}

static gboolean
may_add_people (const PgActor  *info,
                GError        **error)
{
  return caseload_policy_check_add_people (info->role, info->organisation_kind, info->organisation_name, error);
}

/* After a COMMIT whose reply was lost: reconnect and look for the row by its id, so
 * "saved" is reported only for a committed row. @sql selects it by $1. */
static PGresult *
find_after_lost_commit (CaseloadStorePostgresql  *self,
                        CaseloadStaff            *actor,
                        const char               *sql,
                        const char               *id,
                        GError                  **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *params[] = { id };
  PGresult *result = NULL;

  g_assert (error != NULL && *error != NULL);
  if (!g_error_matches (*error, CASELOAD_ERROR, CASELOAD_ERROR_CONNECTION))
    return NULL;
  if (!pg_begin (self, actor, &local_error))
    return NULL;
  result = pg_query (self, sql, 1, params, &local_error);
  pg_end (self, result != NULL, NULL);
  if (result != NULL && PQntuples (result) == 1)
    {
      g_debug ("A lost commit was found to have succeeded");
      g_clear_error (error);
      return result;
    }
  g_clear_pointer (&result, PQclear);
  return NULL;
}

/* Ends a transaction that created the row @id, as pg_end() does. A commit whose reply
 * was lost is resolved by looking for the row once reconnected: if it is there, the
 * creation stands and *@stamps holds its stamps (@stamps_sql). FALSE, with @error set,
 * when nothing was saved. */
static gboolean
end_creation (CaseloadStorePostgresql  *self,
              CaseloadStaff            *actor,
              gboolean                  ok,
              const char               *stamps_sql,
              const char               *id,
              PGresult                **stamps,
              GError                  **error)
{
  g_autoptr(GError) end_error = NULL;

  if (pg_end (self, ok, ok ? &end_error : NULL))
    return TRUE;
  if (!ok)
    return FALSE;
  g_clear_pointer (stamps, PQclear);
  *stamps = find_after_lost_commit (self, actor, stamps_sql, id, &end_error);
  if (*stamps == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&end_error));
      return FALSE;
    }
  return TRUE;
}

#define PERSON_STAMPS "SELECT version, created_at, updated_at, created_by, updated_by FROM person WHERE id = $1"

static gboolean
caseload_store_postgresql_create_person (CaseloadStore   *store,
                                         CaseloadStaff   *actor,
                                         CaseloadPerson  *person,
                                         GError         **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_autofree char *id = g_uuid_string_random ();
  g_auto(PgActor) info = { 0 };
  g_autoptr(PGresult) stamps = NULL;
  g_autofree char *pcn = NULL;
  const char *params[18] = { NULL };
  gboolean ok = FALSE;

  if (!check_person (self, person, error))
    return FALSE;

  if (!pg_begin (self, actor, error))
    return FALSE;

  if (pg_acting (self, actor, &info, error) && may_add_people (&info, error) && check_practice (self, person, &pcn, error))
    {
      g_autoptr(PGresult) inserted = NULL;

      params[0] = id;
      person_params (person, pcn, params);
      params[16] = info.staff_id;
      inserted = pg_query (self,
                           "INSERT INTO person (id, nhs_number, given_name, family_name, preferred_name, "
                           "  pronouns, date_of_birth, gender, address, postcode, phone, gp_practice_id, pcn, "
                           "  first_language, interpreter_needed, communication_needs, version, "
                           "  created_at, created_by, updated_at, updated_by) "
                           "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15::boolean, $16, 1, "
                           "  caseload.now_text (), $17, caseload.now_text (), $17)", 17, params, error);
      ok = inserted != NULL;
      if (!ok)
        name_duplicate_nhs_number (person, error);

      /* Whoever adds a person takes them on: their organisation has a referral, unless it
       * is the person's own practice, which is in their care already. */
      if (ok && g_strcmp0 (info.organisation_id, caseload_person_get_gp_practice_id (person)) != 0)
        {
          g_autofree char *relationship_id = g_uuid_string_random ();
          const char *relationship[] = { relationship_id, id, info.organisation_id, info.staff_id };
          g_autoptr(PGresult) referred =
            pg_query (self, "INSERT INTO care_relationship (id, person_id, organisation_id, kind, started_at, "
                            "  created_at, created_by) "
                            "VALUES ($1, $2, $3, 'referral', caseload.now_text (), caseload.now_text (), $4)",
                      4, relationship, error);

          ok = referred != NULL;
        }
      if (ok)
        {
          const char *by_id[] = { id };

          stamps = pg_query (self, PERSON_STAMPS, 1, by_id, error);
          ok = stamps != NULL && PQntuples (stamps) == 1;
          if (stamps != NULL && !ok)
            g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION,
                         _("The shared site did not let you see the person you added."));
        }
    }

  if (!end_creation (self, actor, ok, PERSON_STAMPS, id, &stamps, error))
    return FALSE;

  caseload_person_set_id (person, id);
  caseload_person_set_version (person, pg_int (stamps, 0, 0));
  caseload_person_set_pcn (person, pcn);
  caseload_person_set_created_at (person, pg_text (stamps, 0, 1));
  caseload_person_set_updated_at (person, pg_text (stamps, 0, 2));
  caseload_person_set_created_by (person, pg_text (stamps, 0, 3));
  caseload_person_set_updated_by (person, pg_text (stamps, 0, 4));
  caseload_person_set_loaded (person, TRUE);
  return TRUE;
}

static gboolean
caseload_store_postgresql_update_person (CaseloadStore   *store,
                                         CaseloadStaff   *actor,
                                         CaseloadPerson  *person,
                                         GError         **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_auto(PgActor) info = { 0 };
  g_autoptr(PGresult) result = NULL;
  g_autofree char *pcn = NULL;
  g_autofree char *version = g_strdup_printf ("%" G_GINT64_FORMAT, caseload_person_get_version (person));
  const char *id = caseload_person_get_id (person);
  const char *params[18] = { NULL };
  gboolean ok = FALSE;

  if (id == NULL)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                   _("This person has not been saved yet, so there is nothing to update."));
      return FALSE;
    }

  if (!check_person (self, person, error))
    return FALSE;

  if (!pg_begin (self, actor, error))
    return FALSE;

  if (pg_acting (self, actor, &info, error) &&
      pg_require_access (self, &info, id, TRUE, error) &&
      check_practice (self, person, &pcn, error))
    {
      params[0] = id;
      person_params (person, pcn, params);
      params[16] = info.staff_id;
      params[17] = version;
      result = pg_query (self,
                         "UPDATE person SET nhs_number = $2, given_name = $3, family_name = $4, "
                         "  preferred_name = $5, pronouns = $6, date_of_birth = $7, gender = $8, "
                         "  address = $9, postcode = $10, phone = $11, gp_practice_id = $12, pcn = $13, "
                         "  first_language = $14, interpreter_needed = $15::boolean, communication_needs = $16, "
                         "  version = version + 1, updated_at = caseload.now_text (), updated_by = $17 "
                         "WHERE id = $1 AND version = $18::integer "
                         "RETURNING version, updated_at, updated_by", 18, params, error);
      ok = result != NULL;
      if (!ok)
        name_duplicate_nhs_number (person, error);
      if (ok && PQntuples (result) == 0)
        {
          const char *by_id[] = { id };
          g_autoptr(PGresult) exists = pg_query (self, "SELECT 1 FROM person WHERE id = $1", 1, by_id, NULL);

          if (exists != NULL && PQntuples (exists) > 0)
            g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_CONFLICT,
                         _("Someone else saved changes to this person after you opened the record. "
                           "Your changes have not been saved: compare both versions, then save again."));
          else
            g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                         _("This person’s record is no longer in the database."));
          ok = FALSE;
        }
    }

  if (!pg_end (self, ok, ok ? error : NULL) || !ok)
    return FALSE;

  caseload_person_set_version (person, pg_int (result, 0, 0));
  caseload_person_set_pcn (person, pcn);
  caseload_person_set_updated_at (person, pg_text (result, 0, 1));
  caseload_person_set_updated_by (person, pg_text (result, 0, 2));
  return TRUE;
}

static CaseloadPerson *
get_person_locked (CaseloadStorePostgresql  *self,
                   const char               *person_id,
                   GError                  **error)
{
  const char *params[] = { person_id };
  g_autoptr(PGresult) result = pg_query (self, "SELECT " PERSON_COLUMNS PERSON_FROM "WHERE p.id = $1",
                                         1, params, error);

  if (result == NULL)
    return NULL;
  if (PQntuples (result) == 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                   _("This person’s record is not in the database."));
      return NULL;
    }
  return read_person (result, 0);
}

static GPtrArray *
list_network_locked (CaseloadStorePostgresql  *self,
                     const char               *person_id,
                     GError                  **error)
{
  g_autoptr(GPtrArray) members = g_ptr_array_new_with_free_func (g_object_unref);
  const char *params[] = { person_id };
  g_autoptr(PGresult) result =
    pg_query (self,
              "SELECT id, version, person_id, name, relationship, relationship_detail, is_carer, "
              "  phone, email, notes FROM network_member WHERE person_id = $1 "
              "ORDER BY is_carer DESC, lower (name), id", 1, params, error);

  if (result == NULL)
    return NULL;
  for (int i = 0; i < PQntuples (result); i++)
    {
      CaseloadNetworkMember *member = caseload_network_member_new ();
      CaseloadRelationship relationship = CASELOAD_RELATIONSHIP_FAMILY;

      caseload_relationship_from_code (pg_text (result, i, 4), &relationship);
      caseload_network_member_set_id (member, pg_text (result, i, 0));
      caseload_network_member_set_version (member, pg_int (result, i, 1));
      caseload_network_member_set_person_id (member, pg_text (result, i, 2));
      caseload_network_member_set_name (member, pg_text (result, i, 3));
      caseload_network_member_set_relationship (member, relationship);
      caseload_network_member_set_relationship_detail (member, pg_text (result, i, 5));
      caseload_network_member_set_is_carer (member, pg_bool (result, i, 6));
      caseload_network_member_set_phone (member, pg_text (result, i, 7));
      caseload_network_member_set_email (member, pg_text (result, i, 8));
      caseload_network_member_set_notes (member, pg_text (result, i, 9));
      g_ptr_array_add (members, member);
    }
  return g_steal_pointer (&members);
}

/* Row-level security leaves out other organisations' private entries. */
static GPtrArray *
list_involvement_locked (CaseloadStorePostgresql  *self,
                         const char               *person_id,
                         guint                    *entry_count,
                         GError                  **error)
{
  g_autoptr(GPtrArray) involvement = g_ptr_array_new_with_free_func (g_object_unref);
  const char *params[] = { person_id };
  g_autoptr(PGresult) result =
    pg_query (self,
              "SELECT s.id, s.display_name, s.role, o.id, o.name, o.kind, count(*), max (t.occurred_at) "
              "FROM timeline_entry t "
              "JOIN staff s ON s.id = t.author_id "
              "JOIN organisation o ON o.id = t.organisation_id "
              "WHERE t.person_id = $1 "
              "GROUP BY s.id, s.display_name, s.role, o.id, o.name, o.kind "
              "ORDER BY lower (o.name), max (t.occurred_at) DESC", 1, params, error);

  *entry_count = 0;
  if (result == NULL)
    return NULL;
  for (int i = 0; i < PQntuples (result); i++)
    {
      CaseloadInvolvement *item = caseload_involvement_new ();
      CaseloadOrganisationKind kind = CASELOAD_ORGANISATION_GP_PRACTICE;
      guint count = (guint) pg_int (result, i, 6);

      caseload_organisation_kind_from_code (pg_text (result, i, 5), &kind);
      caseload_involvement_set_staff_id (item, pg_text (result, i, 0));
      caseload_involvement_set_staff_name (item, pg_text (result, i, 1));
      caseload_involvement_set_role (item, pg_text (result, i, 2));
      caseload_involvement_set_organisation_id (item, pg_text (result, i, 3));
      caseload_involvement_set_organisation_name (item, pg_text (result, i, 4));
      caseload_involvement_set_organisation_kind (item, kind);
      caseload_involvement_set_entry_count (item, count);
      caseload_involvement_set_last_contact (item, pg_text (result, i, 7));
      *entry_count += count;
      g_ptr_array_add (involvement, item);
    }
  return g_steal_pointer (&involvement);
}

static CaseloadPersonDetail *
caseload_store_postgresql_open_person (CaseloadStore  *store,
                                       CaseloadStaff  *actor,
                                       const char     *person_id,
                                       GError        **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_autoptr(CaseloadPersonDetail) detail = g_new0 (CaseloadPersonDetail, 1);
  g_autoptr(GError) refusal = NULL;
  g_auto(PgActor) info = { 0 };
  gboolean ok;

  /* One transaction: the page never mixes two moments, and the view is audited with it. */
  if (!pg_begin (self, actor, error))
    return NULL;

  ok = pg_acting (self, actor, &info, error);
  if (ok && !pg_require_access (self, &info, person_id, FALSE, &refusal))
    {
      /* A refused look is kept too; the refusal goes back to the caller. */
      if (g_error_matches (refusal, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION))
        pg_end (self, pg_audit (self, info.staff_id, "view-refused", person_id, NULL, NULL, NULL), NULL);
      else
        pg_end (self, FALSE, NULL);
      g_propagate_error (error, g_steal_pointer (&refusal));
      return NULL;
    }

  ok = ok
       && (detail->person = get_person_locked (self, person_id, error)) != NULL
       && (detail->network = list_network_locked (self, person_id, error)) != NULL
       && (detail->involvement = list_involvement_locked (self, person_id, &detail->entry_count, error)) != NULL
       && pg_audit (self, info.staff_id, "view-record", person_id, NULL, NULL, error);

  if (!pg_end (self, ok, ok ? error : NULL) || !ok)
    return NULL;
  return g_steal_pointer (&detail);
}

/* Searching */

/* The matches the actor may see, as (pk, sort_key) rows, for every search but text ones
 * (text_matches_cached()): their organisation's access (one index range by
 * organisation, in caseload order) and, nearly always empty, people they may see
 * through break glass beyond it. NHS number searches sort by number, as on
 * a desk. Parameters: $1 organisation, $2 staff id, $3 limit, $4 offset, $5 offset +
 * limit, then the search's terms from $6. */
static const char *
access_matches (const CaseloadSearch *search)
{
  switch (search->kind)
    {
    case CASELOAD_SEARCH_TEXT:
      /* Text searches go through text_matches_cached(). */
      g_assert_not_reached ();
    /* The matches first, from their own index (materialised: a prepared statement's
     * generic plan would otherwise walk the organisation's whole caseload). */
    case CASELOAD_SEARCH_NHS_NUMBER:
      return "WITH m AS MATERIALIZED (SELECT pk, nhs_number FROM person WHERE nhs_number BETWEEN $6 AND $7) "
             "SELECT a.pk, m.nhs_number AS sort_key FROM m "
             "JOIN person_access a ON a.organisation_id = $1 AND a.pk = m.pk";
    case CASELOAD_SEARCH_DATE_OF_BIRTH:
      return "WITH m AS MATERIALIZED (SELECT pk FROM person WHERE date_of_birth = $6) "
             "SELECT a.pk, a.sort_key FROM m "
             "JOIN person_access a ON a.organisation_id = $1 AND a.pk = m.pk";
    case CASELOAD_SEARCH_ALL:
    default:
      return "SELECT a.pk, a.sort_key FROM person_access a WHERE a.organisation_id = $1";
    }
}

static const char *
break_glass_matches (const CaseloadSearch *search)
{
#define EXTRA(key, condition) \
  "SELECT DISTINCT bp.pk, " key " AS sort_key FROM break_glass b JOIN person bp ON bp.id = b.person_id " \
  "JOIN person_order o ON o.pk = bp.pk " \
  "WHERE b.staff_id = $2 AND b.expires_at > caseload.now_text () " \
  "AND NOT EXISTS (SELECT 1 FROM person_access a WHERE a.organisation_id = $1 AND a.pk = bp.pk) AND " condition

  switch (search->kind)
    {
    case CASELOAD_SEARCH_TEXT:
      /* Text searches go through text_matches_cached(), break glass included. */
      g_assert_not_reached ();
    case CASELOAD_SEARCH_NHS_NUMBER:
      return EXTRA ("bp.nhs_number", "bp.nhs_number BETWEEN $6 AND $7");
    case CASELOAD_SEARCH_DATE_OF_BIRTH:
      return EXTRA ("o.sort_key", "bp.date_of_birth = $6");
    case CASELOAD_SEARCH_ALL:
    default:
      return EXTRA ("o.sort_key", "true");
    }
#undef EXTRA
}

/* Every word a prefix, all of which must match ("'sa':* & 'ok':*"). The words hold only
 * letters and digits (caseload_search_parse), so no syntax gets in. The server folds them
 * again with the fold its index was built with (unaccent knows letters GLib does not,
 * such as the dotless ı). */
static char *
prefix_query (const CaseloadSearch *search)
{
  GString *query = g_string_new (NULL);

  for (guint i = 0; search->tokens[i] != NULL; i++)
    g_string_append_printf (query, "%s'%s':*", i > 0 ? " & " : "", search->tokens[i]);
  return g_string_free (query, FALSE);
}

/* Fills params[0…] as above; returns how many there are. @terms keeps the strings. */
static int
search_params (const PgActor        *info,
               const CaseloadSearch *search,
               guint                 offset,
               guint                 limit,
               GPtrArray            *terms,
               const char          **params)
{
  int n = 5;

  g_ptr_array_add (terms, g_strdup (""));
  g_ptr_array_add (terms, g_strdup_printf ("%u", limit));
  g_ptr_array_add (terms, g_strdup_printf ("%u", offset));
  g_ptr_array_add (terms, g_strdup_printf ("%" G_GUINT64_FORMAT, (guint64) offset + limit));
  switch (search->kind)
    {
    case CASELOAD_SEARCH_TEXT:
      g_assert_not_reached ();
    case CASELOAD_SEARCH_NHS_NUMBER:
      {
        /* Ten digits each: a prefix is the range from it padded with 0s to it padded with
         * 9s, true in every collation and one range of the unique index. */
        gsize length = strlen (search->match);
        char *lower = g_strnfill (10, '0');
        char *upper = g_strnfill (10, '9');

        if (length <= 10)
          {
            memcpy (lower, search->match, length);
            memcpy (upper, search->match, length);
          }
        else
          upper[0] = '/';  /* no ten-digit number is in this range */
        g_ptr_array_add (terms, lower);
        g_ptr_array_add (terms, upper);
        n = 7;
      }
      break;
    case CASELOAD_SEARCH_DATE_OF_BIRTH:
      g_ptr_array_add (terms, g_strdup (search->match));
      n = 6;
      break;
    case CASELOAD_SEARCH_ALL:
    default:
      break;
    }
  params[0] = info->organisation_id != NULL ? info->organisation_id : "";
  params[1] = info->staff_id;
  for (int i = 2; i < n; i++)
    params[i] = g_ptr_array_index (terms, i - 1);
  return n;
}

/* The actor's text matches, sorted, from the cache while nothing that decides them has
 * changed (caseload.access_version has not moved), otherwise from the server. A search
 * as typed asks for the count and then the first page: the matches are found once. */
static GArray *
text_matches_cached (CaseloadStorePostgresql  *self,
                     const PgActor            *info,
                     const CaseloadSearch     *search,
                     GError                  **error)
{
  g_autoptr(PGresult) result = NULL;
  g_autofree char *query = NULL;
  const char *params[2];
  gint64 now_version = info->access_version;  /* read with the actor, in this transaction */

  if (self->matches.pks != NULL && self->matches.version == now_version &&
      g_strcmp0 (self->matches.staff_id, info->staff_id) == 0 &&
      g_strcmp0 (self->matches.match, search->match) == 0)
    return self->matches.pks;

  query = prefix_query (search);
  params[0] = info->staff_id;
  params[1] = query;
  result = pg_query (self, "SELECT pk FROM caseload.text_matches ($1, caseload.fold ($2), NULL) ORDER BY sort_key",
                     2, params, error);
  if (result == NULL)
    return NULL;

  g_clear_pointer (&self->matches.pks, g_array_unref);
  g_free (self->matches.staff_id);
  g_free (self->matches.match);
  self->matches.staff_id = g_strdup (info->staff_id);
  self->matches.match = g_strdup (search->match);
  self->matches.version = now_version;
  self->matches.pks = g_array_sized_new (FALSE, FALSE, sizeof (gint64), (guint) PQntuples (result));
  for (int i = 0; i < PQntuples (result); i++)
    {
      gint64 pk = pg_int (result, i, 0);

      g_array_append_val (self->matches.pks, pk);
    }
  return self->matches.pks;
}

/* How many people the actor may see that match. */
static gboolean
count_visible (CaseloadStorePostgresql  *self,
               const PgActor            *info,
               const CaseloadSearch     *search,
               guint                    *count,
               GError                  **error)
{
  g_autoptr(GPtrArray) terms = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *sql = NULL;
  g_autoptr(PGresult) result = NULL;
  const char *params[7];
  int n;

  *count = 0;
  if (info->role == CASELOAD_ROLE_ADMINISTRATOR)
    return TRUE;

  if (search->kind == CASELOAD_SEARCH_TEXT)
    {
      GArray *pks = text_matches_cached (self, info, search, error);

      if (pks == NULL)
        return FALSE;
      *count = pks->len;
      return TRUE;
    }

  n = search_params (info, search, 0, 0, terms, params);
  /* $3…$5 (the page) are not used here: named so their types are known. */
  sql = g_strdup_printf ("SELECT (SELECT count(*) FROM (%s) x) + (SELECT count(*) FROM (%s) y) "
                         "+ 0 * length ($3::text || $4::text || $5::text)",
                         access_matches (search), break_glass_matches (search));
  result = pg_query (self, sql, n, params, error);
  if (result == NULL)
    return FALSE;
  *count = (guint) pg_int (result, 0, 0);
  return TRUE;
}

static gboolean
is_restricted_lookup (const CaseloadSearch *search,
                      const PgActor        *info)
{
  return caseload_search_is_full_nhs_number (search) && caseload_policy_may_break_glass (info->role);
}

static gboolean
count_restricted (CaseloadStorePostgresql  *self,
                  const PgActor            *info,
                  const CaseloadSearch     *search,
                  guint                    *count,
                  GError                  **error)
{
  const char *params[] = { info->username, search->match };
  g_autoptr(PGresult) result = pg_query (self, "SELECT count(*) FROM caseload.restricted_lookup ($1, $2)",
                                         2, params, error);

  if (result == NULL)
    return FALSE;
  *count = (guint) pg_int (result, 0, 0);
  return TRUE;
}

static gboolean
caseload_store_postgresql_count_people (CaseloadStore  *store,
                                        CaseloadStaff  *actor,
                                        const char     *text,
                                        guint          *count,
                                        GError        **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_auto(PgActor) info = { 0 };
  g_auto(CaseloadSearch) search;
  gboolean ok;

  caseload_search_parse (text, &search);

  if (!pg_begin (self, actor, error))
    return FALSE;
  ok = pg_acting (self, actor, &info, error) && count_visible (self, &info, &search, count, error);
  if (ok && *count == 0 && is_restricted_lookup (&search, &info))
    ok = count_restricted (self, &info, &search, count, error);
  return pg_end (self, ok, ok ? error : NULL) && ok;
}

static gboolean
read_page (CaseloadStorePostgresql  *self,
           const PgActor            *info,
           const CaseloadSearch     *search,
           guint                     offset,
           guint                     limit,
           GPtrArray                *people,
           GArray                   *pks,
           GError                  **error)
{
  g_autoptr(GPtrArray) terms = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *sql = NULL;
  g_autoptr(PGresult) result = NULL;
  const char *params[7];
  int n;

  if (search->kind == CASELOAD_SEARCH_TEXT)
    {
      GArray *matches;
      GString *page = g_string_new ("{");

      if (info->role == CASELOAD_ROLE_ADMINISTRATOR)
        return TRUE;
      if ((matches = text_matches_cached (self, info, search, error)) == NULL)
        {
          g_string_free (page, TRUE);
          return FALSE;
        }
      for (guint i = offset; i < matches->len && i - offset < limit; i++)
        g_string_append_printf (page, "%s%" G_GINT64_FORMAT, i > offset ? "," : "", g_array_index (matches, gint64, i));
      g_string_append_c (page, '}');
      g_ptr_array_add (terms, g_string_free (page, FALSE));
      params[0] = g_ptr_array_index (terms, 0);
      /* The page's people in match order; row-level security applies to each again. One
       * plan serves every page (a few pks, each by its key), so it is made once rather
       * than planned again, policies and all, for each page. */
      if (pg_exec (self, "SET LOCAL plan_cache_mode = force_generic_plan", error))
        {
          result = pg_query (self, PERSON_PAGE ("SELECT u.pk, u.sort_key FROM unnest ($1::bigint[]) WITH ORDINALITY AS u (pk, sort_key)"),
                             1, params, error);
          if (result != NULL && !pg_exec (self, "SET LOCAL plan_cache_mode = auto", error))
            g_clear_pointer (&result, PQclear);
        }
    }
  else
    {
      n = search_params (info, search, offset, limit, terms, params);
      /* The organisation's part stops at the page's end; the full rows are read for the
       * page alone. */
      sql = g_strdup_printf (PERSON_PAGE ("SELECT u.pk, u.sort_key FROM ((%s ORDER BY 2 LIMIT $5::bigint) "
                                      "UNION ALL (%s)) u ORDER BY u.sort_key LIMIT $3::bigint OFFSET $4::bigint"),
                         access_matches (search), break_glass_matches (search));
      result = pg_query (self, sql, n, params, error);
    }
  if (result == NULL)
    return FALSE;

  for (int i = 0; i < PQntuples (result); i++)
    {
      CaseloadPerson *person = read_person (result, i);
      gint64 pk = pg_int (result, i, 23);

      caseload_person_set_clock_state (person, (CaseloadClockState) pg_int (result, i, 24));
      caseload_person_set_match_field (person, caseload_search_explain_match (search, person));
      g_ptr_array_add (people, person);
      g_array_append_val (pks, pk);
    }
  return TRUE;
}

/* A full NHS number finds a person the actor cannot see, so that emergency access is
 * possible; they come back marked "restricted", with nothing but who they are. */
static gboolean
read_restricted_page (CaseloadStorePostgresql  *self,
                      const PgActor            *info,
                      const CaseloadSearch     *search,
                      guint                     offset,
                      guint                     limit,
                      GPtrArray                *people,
                      GArray                   *pks,
                      GError                  **error)
{
  g_autofree char *offset_text = g_strdup_printf ("%u", offset);
  g_autofree char *limit_text = g_strdup_printf ("%u", limit);
  const char *params[] = { info->username, search->match, limit_text, offset_text };
  g_autoptr(PGresult) result =
    pg_query (self, "SELECT pk, id, given_name, family_name, preferred_name, date_of_birth "
                    "FROM caseload.restricted_lookup ($1, $2) ORDER BY id LIMIT $3::bigint OFFSET $4::bigint",
              4, params, error);

  if (result == NULL)
    return FALSE;
  for (int i = 0; i < PQntuples (result); i++)
    {
      CaseloadPerson *person = caseload_person_new ();
      gint64 pk = pg_int (result, i, 0);

      caseload_person_set_id (person, pg_text (result, i, 1));
      caseload_person_set_given_name (person, pg_text (result, i, 2));
      caseload_person_set_family_name (person, pg_text (result, i, 3));
      caseload_person_set_preferred_name (person, pg_text (result, i, 4));
      caseload_person_set_nhs_number (person, search->match);
      caseload_person_set_date_of_birth (person, pg_text (result, i, 5));
      caseload_person_set_match_field (person, "restricted");
      g_ptr_array_add (people, person);
      g_array_append_val (pks, pk);
    }
  return TRUE;
}

static GPtrArray *
caseload_store_postgresql_list_people (CaseloadStore  *store,
                                       CaseloadStaff  *actor,
                                       const char     *text,
                                       guint           offset,
                                       guint           limit,
                                       GError        **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) pks = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_auto(PgActor) info = { 0 };
  g_auto(CaseloadSearch) search;
  gboolean restricted = FALSE;
  gboolean ok;

  caseload_search_parse (text, &search);

  /* A search is audited with the people it returned, in the same transaction. */
  if (!pg_begin (self, actor, error))
    return NULL;

  ok = pg_acting (self, actor, &info, error);
  if (ok && is_restricted_lookup (&search, &info))
    {
      guint visible = 0;

      ok = count_visible (self, &info, &search, &visible, error);
      restricted = ok && visible == 0;
    }

  if (ok && restricted)
    ok = read_restricted_page (self, &info, &search, offset, limit, people, pks, error);
  else if (ok && info.role != CASELOAD_ROLE_ADMINISTRATOR)
    ok = read_page (self, &info, &search, offset, limit, people, pks, error);

  if (ok && search.kind != CASELOAD_SEARCH_ALL)
    {
      g_autofree char *detail = caseload_search_audit_detail (&search, offset, people->len, restricted);

      ok = pg_audit (self, info.staff_id, "search", NULL, detail, pks, error);
    }

  if (!pg_end (self, ok, ok ? error : NULL) || !ok)
    return NULL;
  return g_steal_pointer (&people);
}

/* Networks and timelines */

#define NETWORK_STAMPS "SELECT version FROM network_member WHERE id = $1"

static gboolean
caseload_store_postgresql_add_network_member (CaseloadStore          *store,
                                              CaseloadStaff          *actor,
                                              CaseloadNetworkMember  *member,
                                              GError                **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_autoptr(GPtrArray) problems = caseload_network_member_check (member);
  g_autofree char *id = g_uuid_string_random ();
  g_auto(PgActor) info = { 0 };
  g_autoptr(PGresult) result = NULL;
  gboolean ok = FALSE;

  if (caseload_field_errors_to_error (problems, error))
    return FALSE;

  if (!pg_begin (self, actor, error))
    return FALSE;

  if (pg_acting (self, actor, &info, error) &&
      pg_require_access (self, &info, caseload_network_member_get_person_id (member), TRUE, error))
    {
      const char *params[] = {
        id, caseload_network_member_get_person_id (member), caseload_network_member_get_name (member),
        caseload_relationship_to_code (caseload_network_member_get_relationship (member)),
        empty_to_null (caseload_network_member_get_relationship_detail (member)),
        caseload_network_member_get_is_carer (member) ? "true" : "false",
        empty_to_null (caseload_network_member_get_phone (member)),
        empty_to_null (caseload_network_member_get_email (member)),
        empty_to_null (caseload_network_member_get_notes (member)),
        info.staff_id,
      };

      result = pg_query (self,
                         "INSERT INTO network_member (id, person_id, name, relationship, relationship_detail, "
                         "  is_carer, phone, email, notes, version, created_at, created_by, updated_at, updated_by) "
                         "VALUES ($1, $2, $3, $4, $5, $6::boolean, $7, $8, $9, 1, caseload.now_text (), $10, "
                         "  caseload.now_text (), $10) RETURNING version", 10, params, error);
      ok = result != NULL;
    }

  if (!end_creation (self, actor, ok, NETWORK_STAMPS, id, &result, error))
    return FALSE;

  caseload_network_member_set_id (member, id);
  caseload_network_member_set_version (member, pg_int (result, 0, 0));
  return TRUE;
}

#define ENTRY_STAMPS "SELECT version, created_at FROM timeline_entry WHERE id = $1"

static gboolean
caseload_store_postgresql_add_timeline_entry (CaseloadStore          *store,
                                              CaseloadStaff          *actor,
                                              CaseloadTimelineEntry  *entry,
                                              GError                **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_autoptr(GDateTime) now_time = caseload_clock_now (self->clock);
  g_autoptr(GPtrArray) problems = caseload_timeline_entry_check (entry, now_time);
  g_autofree char *id = g_uuid_string_random ();
  g_auto(PgActor) info = { 0 };
  g_autoptr(PGresult) result = NULL;
  gboolean ok = FALSE;

  if (caseload_field_errors_to_error (problems, error))
    return FALSE;

  if (!pg_begin (self, actor, error))
    return FALSE;

  /* The author and their organisation are the server's (it forces them too). */
  if (pg_acting (self, actor, &info, error) &&
      pg_require_access (self, &info, caseload_timeline_entry_get_person_id (entry), TRUE, error))
    {
      const char *params[] = {
        id, caseload_timeline_entry_get_person_id (entry), info.staff_id, info.organisation_id,
        caseload_entry_kind_to_code (caseload_timeline_entry_get_kind (entry)),
        caseload_sensitivity_to_code (caseload_timeline_entry_get_sensitivity (entry)),
        caseload_timeline_entry_get_occurred_at (entry), caseload_timeline_entry_get_text (entry),
      };

      result = pg_query (self,
                         "INSERT INTO timeline_entry (id, person_id, author_id, organisation_id, kind, "
                         "  sensitivity, occurred_at, text, version, created_at, created_by, updated_at, updated_by) "
                         "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1, caseload.now_text (), $3, caseload.now_text (), $3) "
                         "RETURNING version, created_at", 8, params, error);
      ok = result != NULL;
    }

  if (!end_creation (self, actor, ok, ENTRY_STAMPS, id, &result, error))
    return FALSE;

  caseload_timeline_entry_set_id (entry, id);
  caseload_timeline_entry_set_version (entry, pg_int (result, 0, 0));
  caseload_timeline_entry_set_author_id (entry, info.staff_id);
  caseload_timeline_entry_set_author_name (entry, info.staff_name);
  caseload_timeline_entry_set_organisation_id (entry, info.organisation_id);
  caseload_timeline_entry_set_organisation_name (entry, info.organisation_name);
  caseload_timeline_entry_set_created_at (entry, pg_text (result, 0, 1));
  caseload_timeline_entry_set_loaded (entry, TRUE);
  return TRUE;
}

static GPtrArray *
caseload_store_postgresql_list_timeline_entries (CaseloadStore  *store,
                                                 CaseloadStaff  *actor,
                                                 const char     *person_id,
                                                 guint           offset,
                                                 guint           limit,
                                                 GError        **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *offset_text = g_strdup_printf ("%u", offset);
  g_autofree char *limit_text = g_strdup_printf ("%u", limit);
  g_auto(PgActor) info = { 0 };
  g_autoptr(PGresult) result = NULL;
  gboolean ok;

  if (!pg_begin (self, actor, error))
    return NULL;

  ok = pg_acting (self, actor, &info, error) && pg_require_access (self, &info, person_id, FALSE, error);
  if (ok)
    {
      const char *params[] = { person_id, limit_text, offset_text };

      /* Other organisations' private entries are the server's to leave out. */
      result = pg_query (self,
                         "SELECT t.id, t.version, t.person_id, t.author_id, s.display_name, "
                         "  t.organisation_id, o.name, t.kind, t.sensitivity, t.occurred_at, t.text, t.created_at "
                         "FROM timeline_entry t "
                         "JOIN staff s ON s.id = t.author_id "
                         "JOIN organisation o ON o.id = t.organisation_id "
                         "WHERE t.person_id = $1 "
                         "ORDER BY t.occurred_at DESC, t.id DESC LIMIT $2::bigint OFFSET $3::bigint",
                         3, params, error);
      ok = result != NULL;
    }

  if (!pg_end (self, ok, ok ? error : NULL) || !ok)
    return NULL;
  for (int i = 0; i < PQntuples (result); i++)
    g_ptr_array_add (entries, read_entry (result, i));
  return g_steal_pointer (&entries);
}

static void
caseload_store_postgresql_iface_init (CaseloadStoreInterface *iface)
{
  iface->get_schema_version = caseload_store_postgresql_get_schema_version;
  iface->begin = caseload_store_postgresql_begin;
  iface->commit = caseload_store_postgresql_commit;
  iface->rollback = caseload_store_postgresql_rollback;
  iface->save_organisation = caseload_store_postgresql_save_organisation;
  iface->list_organisations = caseload_store_postgresql_list_organisations;
  iface->save_staff = caseload_store_postgresql_save_staff;
  iface->list_staff = caseload_store_postgresql_list_staff;
  iface->get_staff = caseload_store_postgresql_get_staff;
  iface->create_person = caseload_store_postgresql_create_person;
  iface->update_person = caseload_store_postgresql_update_person;
  iface->open_person = caseload_store_postgresql_open_person;
  iface->count_people = caseload_store_postgresql_count_people;
  iface->list_people = caseload_store_postgresql_list_people;
  iface->add_network_member = caseload_store_postgresql_add_network_member;
  iface->add_timeline_entry = caseload_store_postgresql_add_timeline_entry;
  iface->list_timeline_entries = caseload_store_postgresql_list_timeline_entries;
  pg_access_iface_init (iface);
  pg_referrals_iface_init (iface);
  pg_cases_iface_init (iface);
  pg_plans_iface_init (iface);
  pg_groups_iface_init (iface);
  pg_ips_iface_init (iface);
}

static void
caseload_store_postgresql_finalize (GObject *object)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (object);

  g_clear_pointer (&self->conn, PQfinish);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->uri != NULL)
    sodium_memzero (self->uri, strlen (self->uri));
  g_clear_pointer (&self->uri, g_free);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->username, g_free);
  g_clear_pointer (&self->signed_in_id, g_free);
  g_clear_pointer (&self->matches.pks, g_array_unref);
  g_clear_pointer (&self->matches.staff_id, g_free);
  g_clear_pointer (&self->matches.match, g_free);
  if (self->password != NULL)
    {
      sodium_memzero (self->password, strlen (self->password));
      sodium_free (self->password);
      self->password = NULL;
    }
  g_clear_object (&self->clock);
  g_rec_mutex_clear (&self->lock);

  G_OBJECT_CLASS (caseload_store_postgresql_parent_class)->finalize (object);
}

static void
caseload_store_postgresql_class_init (CaseloadStorePostgresqlClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_store_postgresql_finalize;
}

static void
caseload_store_postgresql_init (CaseloadStorePostgresql *self)
{
  g_rec_mutex_init (&self->lock);
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

static gboolean
is_one_of (const char         *value,
           const char * const *allowed)
{
  return g_strv_contains (allowed, value);
}

/* libpq parses an address without judging its values; judge those that would fail
 * only later, at sign-in, so a desk is told at once. */
static gboolean
check_option (const char  *keyword,
              const char  *value,
              GError     **error)
{
  static const char * const sslmodes[] = { "disable", "allow", "prefer", "require", "verify-ca", "verify-full", NULL };
  static const char * const gssencmodes[] = { "disable", "prefer", "require", NULL };
  static const char * const bindings[] = { "disable", "prefer", "require", NULL };
  static const char * const attrs[] = { "any", "read-write", "read-only", "primary", "standby", "prefer-standby", NULL };
  static const char * const numbers[] = { "connect_timeout", "keepalives", "keepalives_idle", "keepalives_interval",
                                          "keepalives_count", "tcp_user_timeout", NULL };

  if (g_str_equal (keyword, "port"))
    {
      g_auto(GStrv) ports = g_strsplit (value, ",", -1);

      for (guint i = 0; ports[i] != NULL; i++)
        {
          guint64 port = 0;

          if (!g_ascii_string_to_unsigned (ports[i], 10, 1, 65535, &port, NULL))
            {
              g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                           _("The shared site’s address has a port that is not a number from 1 to 65535."));
              return FALSE;
            }
        }
    }
  else if (g_str_equal (keyword, "sslmode") && !is_one_of (value, sslmodes))
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                   _("The shared site’s address has an unknown sslmode: use verify-full, verify-ca, require, prefer, allow or disable."));
      return FALSE;
    }
  else if ((g_str_equal (keyword, "gssencmode") && !is_one_of (value, gssencmodes))
           || (g_str_equal (keyword, "channel_binding") && !is_one_of (value, bindings))
           || (g_str_equal (keyword, "target_session_attrs") && !is_one_of (value, attrs))
           || (g_strv_contains (numbers, keyword) && !g_ascii_string_to_signed (value, 10, G_MININT, G_MAXINT, NULL, NULL)))
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                   _("The shared site’s address has a value for “%s” that PostgreSQL does not accept."), keyword);
      return FALSE;
    }
  return TRUE;
}

/* Checks @uri and makes the store, not yet connected. */
static CaseloadStorePostgresql *
store_for_uri (const char     *uri,
               CaseloadClock  *clock,
               GError        **error)
{
  g_autoptr(CaseloadStorePostgresql) self = NULL;
  PQconninfoOption *options;
  char *message = NULL;
  const char *host = NULL;
  const char *port = NULL;
  const char *dbname = NULL;
  const char *user = NULL;

  if (!caseload_store_postgresql_is_uri (uri))
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                   _("The shared site’s address must start with postgresql://, "
                     "such as postgresql://caseload.example.nhs.uk/caseload"));
      return NULL;
    }

  options = PQconninfoParse (uri, &message);
  if (options == NULL)
    {
      /* libpq's reason may quote the address, password included: not logged. */
      PQfreemem (message);
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                   _("The shared site’s address is not valid. It looks like "
                     "postgresql://caseload.example.nhs.uk/caseload"));
      return NULL;
    }

  self = g_object_new (CASELOAD_TYPE_STORE_POSTGRESQL, NULL);
  for (PQconninfoOption *option = options; option->keyword != NULL; option++)
    {
      if (option->val == NULL || *option->val == '\0')
        continue;
      if (!check_option (option->keyword, option->val, error))
        {
          PQconninfoFree (options);
          return NULL;
        }
      if (g_str_equal (option->keyword, "host"))
        host = option->val;
      else if (g_str_equal (option->keyword, "hostaddr") && host == NULL)
        host = option->val;
      else if (g_str_equal (option->keyword, "port"))
        port = option->val;
      else if (g_str_equal (option->keyword, "dbname"))
        dbname = option->val;
      else if (g_str_equal (option->keyword, "user"))
        user = option->val;
    }
  self->location = g_strdup_printf ("%s:%s/%s", host != NULL ? host : "localhost", port != NULL ? port : "5432",
                                    dbname != NULL ? dbname : (user != NULL ? user : "postgres"));
  PQconninfoFree (options);

  self->uri = g_strdup (uri);
  self->clock = clock != NULL ? g_object_ref (clock) : caseload_clock_new_system ();
  return g_steal_pointer (&self);
}

/**
 * caseload_store_postgresql_is_uri:
 * @location: a database location
 *
 * Returns: %TRUE if @location is a PostgreSQL URI rather than a file path
 */
gboolean
caseload_store_postgresql_is_uri (const char *location)
{
  return location != NULL && (g_str_has_prefix (location, "postgresql://") || g_str_has_prefix (location, "postgres://"));
}

/**
 * caseload_store_postgresql_new:
 * @uri: the shared site, as a PostgreSQL URI
 * @clock: (nullable): the clock; the system clock if %NULL
 *
 * A desk's store: it connects at sign-in, as the staff member's own role.
 *
 * Returns: (transfer full) (nullable): the store, or %NULL with @error set
 */
CaseloadStore *
caseload_store_postgresql_new (const char     *uri,
                               CaseloadClock  *clock,
                               GError        **error)
{
  g_return_val_if_fail (uri != NULL, NULL);
  g_return_val_if_fail (clock == NULL || CASELOAD_IS_CLOCK (clock), NULL);

  return CASELOAD_STORE (store_for_uri (uri, clock, error));
}

/**
 * caseload_store_postgresql_open_admin:
 * @uri: the shared site, with the owner's (or a superuser's) credentials
 * @clock: (nullable): the clock; the system clock if %NULL
 * @migrate: whether to bring the schema up to date
 *
 * Returns: (transfer full) (nullable): the store, or %NULL with @error set
 */
CaseloadStore *
caseload_store_postgresql_open_admin (const char     *uri,
                                      CaseloadClock  *clock,
                                      gboolean        migrate,
                                      GError        **error)
{
  g_autoptr(CaseloadStorePostgresql) self = NULL;

  g_return_val_if_fail (uri != NULL, NULL);
  g_return_val_if_fail (clock == NULL || CASELOAD_IS_CLOCK (clock), NULL);

  self = store_for_uri (uri, clock, error);
  if (self == NULL)
    return NULL;
  self->admin = TRUE;

  if (!connect_now (self, error) || !check_schema (self, migrate, error))
    return NULL;
  return CASELOAD_STORE (g_steal_pointer (&self));
}

const char *
caseload_store_postgresql_get_location (CaseloadStorePostgresql *self)
{
  g_return_val_if_fail (CASELOAD_IS_STORE_POSTGRESQL (self), NULL);
  return self->location;
}
