/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-admin"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "caseload-admin-site.h"
#include "caseload-audit-chain.h"
#include "caseload-error.h"

/* Removes anything that could be the password of @uri from libpq's @message. */
static char *
scrub_message (const char *uri,
               const char *message)
{
  const char *start = strstr (uri, "://");
  const char *at;
  const char *colon;
  g_autofree char *secret = NULL;
  g_auto(GStrv) parts = NULL;

  if (start == NULL)
    return g_strdup (message);
  start += 3;
  at = strchr (start, '@');
  if (at == NULL)
    return g_strdup (message);
  colon = memchr (start, ':', (gsize) (at - start));
  if (colon == NULL || colon + 1 == at)
    return g_strdup (message);

  secret = g_strndup (colon + 1, (gsize) (at - colon - 1));
  parts = g_strsplit (message, secret, -1);
  return g_strjoinv ("…", parts);
}

char *
admin_site_display (const char *location)
{
  PQconninfoOption *options;
  const char *user = NULL, *host = NULL, *port = NULL, *dbname = NULL;
  GString *display;

  if (location == NULL)
    return NULL;
  if (!g_str_has_prefix (location, "postgresql://") && !g_str_has_prefix (location, "postgres://"))
    return g_strdup (location);

  options = PQconninfoParse (location, NULL);
  if (options == NULL)
    return g_strdup ("postgresql://…");

  for (PQconninfoOption *option = options; option->keyword != NULL; option++)
    {
      if (option->val == NULL || *option->val == '\0')
        continue;
      if (g_str_equal (option->keyword, "user"))
        user = option->val;
      else if (g_str_equal (option->keyword, "host") || (host == NULL && g_str_equal (option->keyword, "hostaddr")))
        host = option->val;
      else if (g_str_equal (option->keyword, "port"))
        port = option->val;
      else if (g_str_equal (option->keyword, "dbname"))
        dbname = option->val;
    }

  display = g_string_new ("postgresql://");
  if (user != NULL)
    g_string_append_printf (display, "%s@", user);
  if (host != NULL)
    g_string_append (display, host);
  if (port != NULL)
    g_string_append_printf (display, ":%s", port);
  g_string_append_printf (display, "/%s", dbname != NULL ? dbname : "");
  PQconninfoFree (options);
  return g_string_free (display, FALSE);
}

gboolean
admin_site_check_uri (const char  *uri,
                      GError     **error)
{
  char *message = NULL;
  PQconninfoOption *options = PQconninfoParse (uri, &message);

  if (options == NULL)
    {
      g_autofree char *scrubbed = scrub_message (uri, message != NULL ? g_strchomp (message) : "");

      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                   _("That is not a PostgreSQL URI Caseload can use (%s). "
                     "Write it as postgresql://USER:PASSWORD@HOST:PORT/DATABASE."), scrubbed);
      PQfreemem (message);
      return FALSE;
    }
  PQconninfoFree (options);
  return TRUE;
}

PGconn *
admin_site_connect (const char  *uri,
                    GError     **error)
{
  /* The URI comes last, so its own settings win over these defaults. */
  const char * const keywords[] = { "connect_timeout", "application_name", "dbname", NULL };
  const char * const values[] = { "10", "caseload-admin", uri, NULL };
  g_autoptr(PGconn) conn = PQconnectdbParams (keywords, values, TRUE);
  g_autoptr(PGresult) result = NULL;

  if (conn == NULL || PQstatus (conn) != CONNECTION_OK)
    {
      g_autofree char *display = admin_site_display (uri);
      g_autofree char *scrubbed = scrub_message (uri, conn != NULL ? PQerrorMessage (conn) : g_strerror (ENOMEM));

      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_CONNECTION,
                   _("Could not connect to %s: %s"), display, g_strchomp (scrubbed));
      return NULL;
    }

  result = PQexec (conn, "SET search_path = caseload, public");
  if (PQresultStatus (result) != PGRES_COMMAND_OK)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_STORAGE,
                   _("The server refused to start a session: %s"), g_strchomp (PQerrorMessage (conn)));
      return NULL;
    }
  return g_steal_pointer (&conn);
}

static void
set_result_error (PGconn          *conn,
                  const PGresult  *result,
                  GError         **error)
{
  const char *state = result != NULL ? PQresultErrorField (result, PG_DIAG_SQLSTATE) : NULL;
  const char *primary = result != NULL ? PQresultErrorField (result, PG_DIAG_MESSAGE_PRIMARY) : NULL;
  g_autofree char *message = g_strdup (primary != NULL ? primary : PQerrorMessage (conn));

  g_strchomp (message);
  if (PQstatus (conn) != CONNECTION_OK)
    g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_CONNECTION,
                 _("The connection to the server was lost: %s"), message);
  else if (g_strcmp0 (state, "42501") == 0 || g_strcmp0 (state, "CLPER") == 0)
    g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION,
                 _("The role in the URI may not do this (%s). Connect as the site’s owner or a superuser."),
                 message);
  else
    /* Only the primary message: its detail may quote a row's values. */
    g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_STORAGE,
                 _("The server refused: %s"), message);
}

PGresult *
admin_site_query (PGconn              *conn,
                  const char          *sql,
                  int                  n_params,
                  const char * const  *params,
                  GError             **error)
{
  g_autoptr(PGresult) result = PQexecParams (conn, sql, n_params, NULL, params, NULL, NULL, 0);
  ExecStatusType status = PQresultStatus (result);

  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
    {
      set_result_error (conn, result, error);
      return NULL;
    }
  return g_steal_pointer (&result);
}

gboolean
admin_site_exec (PGconn      *conn,
                 const char  *sql,
                 GError     **error)
{
  g_autoptr(PGresult) result = admin_site_query (conn, sql, 0, NULL, error);

  return result != NULL;
}

/* Everybody, counted by the owner: a count names nobody, and no staff member's view of
 * the caseload (or an audited search) is needed for it. */
gboolean
admin_site_count_people (const char  *uri,
                         guint       *n_people,
                         GError     **error)
{
  g_autoptr(PGconn) conn = admin_site_connect (uri, error);
  g_autoptr(PGresult) result = NULL;

  if (conn == NULL)
    return FALSE;
  result = admin_site_query (conn, "SELECT count(*) FROM caseload.person", 0, NULL, error);
  if (result == NULL)
    return FALSE;
  *n_people = (guint) g_ascii_strtoull (PQgetvalue (result, 0, 0), NULL, 10);
  return TRUE;
}

gboolean
admin_site_role_exists (const char  *uri,
                        const char  *role,
                        gboolean    *exists,
                        GError     **error)
{
  g_autoptr(PGconn) conn = admin_site_connect (uri, error);
  g_autoptr(PGresult) result = NULL;
  const char *params[] = { role };

  if (conn == NULL)
    return FALSE;
  result = admin_site_query (conn, "SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = $1", 1, params, error);
  if (result == NULL)
    return FALSE;
  *exists = PQntuples (result) > 0;
  return TRUE;
}

void
admin_chain_check_init (AdminChainCheck *check,
                        const char      *trail)
{
  check->trail = trail;
  check->expected_seq = 1;
  check->expected_prev = g_strdup (CASELOAD_AUDIT_GENESIS);
  check->n_checked = 0;
}

void
admin_chain_check_clear (AdminChainCheck *check)
{
  g_clear_pointer (&check->expected_prev, g_free);
}

static void
set_broken (AdminChainCheck  *check,
            gint64            seq,
            const char       *why,
            GError          **error)
{
  if (check->trail == NULL)
    g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_AUDIT_BROKEN,
                 _("The audit trail is broken at event %" G_GINT64_FORMAT ": %s"), seq, why);
  else
    g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_AUDIT_BROKEN,
                 _("The audit trail copied from “%s” is broken at event %" G_GINT64_FORMAT ": %s"),
                 check->trail, seq, why);
}

/* The same checks as the stores' verify_audit(), for a trail read some other way. */
gboolean
admin_chain_check_event (AdminChainCheck  *check,
                         gint64            seq,
                         const char       *occurred_at,
                         const char       *staff_id,
                         const char       *action,
                         const char       *person_id,
                         const char       *detail,
                         const char       *prev_hash,
                         const char       *hash,
                         GError          **error)
{
  g_autofree char *canonical = NULL;
  g_autofree char *recomputed = NULL;

  if (seq != check->expected_seq)
    {
      g_autofree char *why = g_strdup_printf (_("event %" G_GINT64_FORMAT " is missing."), check->expected_seq);

      set_broken (check, seq, why, error);
      return FALSE;
    }
  if (g_strcmp0 (prev_hash, check->expected_prev) != 0)
    {
      set_broken (check, seq, _("it does not follow the event before it, which was changed, removed or moved."),
                  error);
      return FALSE;
    }
  canonical = caseload_audit_chain_canonical (seq, occurred_at, staff_id, action, person_id, detail);
  recomputed = caseload_audit_chain_hash (prev_hash, canonical);
  if (g_strcmp0 (recomputed, hash) != 0)
    {
      set_broken (check, seq, _("it was changed after it was written."), error);
      return FALSE;
    }

  g_free (check->expected_prev);
  check->expected_prev = g_strdup (hash);
  check->expected_seq++;
  check->n_checked++;
  return TRUE;
}

gboolean
admin_site_count_imports (const char  *uri,
                          guint       *n_trails,
                          GError     **error)
{
  g_autoptr(PGconn) conn = admin_site_connect (uri, error);
  g_autoptr(PGresult) result = NULL;

  if (conn == NULL)
    return FALSE;
  result = admin_site_query (conn, "SELECT count(*) FROM caseload.audit_event WHERE action = 'import'",
                             0, NULL, error);
  if (result == NULL)
    return FALSE;
  *n_trails = (guint) g_ascii_strtoull (PQgetvalue (result, 0, 0), NULL, 10);
  return TRUE;
}
