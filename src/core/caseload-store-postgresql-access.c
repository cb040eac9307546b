/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "caseload-error.h"
#include "caseload-store-postgresql-private.h"

/*
 * Access decisions and the audit trail on the shared site: the server decides (row-level
 * security, caseload.check_access) and writes the chain (caseload.audit_append); this
 * side asks, and words the refusals as the embedded store does.
 *
 * A first version with what the core needs; the access work (sign-in, passwords,
 * consent, break glass, audit listing) replaces it.
 */

void
pg_actor_clear (PgActor *actor)
{
  g_clear_pointer (&actor->staff_id, g_free);
  g_clear_pointer (&actor->staff_name, g_free);
  g_clear_pointer (&actor->username, g_free);
  g_clear_pointer (&actor->organisation_id, g_free);
  g_clear_pointer (&actor->organisation_name, g_free);
}

gboolean
pg_load_actor (CaseloadStorePostgresql  *self,
               PgActor                  *actor,
               GError                  **error)
{
  g_autoptr(PGresult) result = NULL;

  memset (actor, 0, sizeof *actor);
  result = pg_query (self,
                     "SELECT s.id, s.display_name, s.username, s.organisation_id, o.name, o.kind, s.access_role, "
                     "  s.active, caseload.actor_id () IS NOT NULL "
                     "FROM staff s JOIN organisation o ON o.id = s.organisation_id "
                     "WHERE s.username = current_user", 0, NULL, error);
  if (result == NULL)
    return FALSE;
  if (PQntuples (result) == 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION, _("No one is signed in at this desk."));
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
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION,
                   _("This account is locked or must choose a new password before it can be used."));
      return FALSE;
    }

  actor->staff_id = g_strdup (pg_text (result, 0, 0));
  actor->staff_name = g_strdup (pg_text (result, 0, 1));
  actor->username = g_strdup (pg_text (result, 0, 2));
  actor->organisation_id = g_strdup (pg_text (result, 0, 3));
  actor->organisation_name = g_strdup (pg_text (result, 0, 4));
  actor->organisation_kind = CASELOAD_ORGANISATION_VCSE;
  actor->role = CASELOAD_ROLE_MENTAL_HEALTH_PRACTITIONER;
  caseload_organisation_kind_from_code (pg_text (result, 0, 5), &actor->organisation_kind);
  caseload_access_role_from_code (pg_text (result, 0, 6), &actor->role);
  return TRUE;
}

/* "3 March 2026" from "2026-03-03". */
static char *
long_date_of (const char *iso_date)
{
  int year, month, day;
  g_autoptr(GDateTime) date = NULL;

  if (iso_date == NULL || sscanf (iso_date, "%d-%d-%d", &year, &month, &day) != 3)
    return g_strdup (iso_date != NULL ? iso_date : "");
  date = g_date_time_new_utc (year, month, day, 12, 0, 0);
  if (date == NULL)
    return g_strdup (iso_date);
  return g_date_time_format (date, "%-d %B %Y");
}

static CaseloadAccessBasis
basis_of (const char *code)
{
  static const struct { const char *code; CaseloadAccessBasis basis; } bases[] = {
    { "direct-care", CASELOAD_ACCESS_BASIS_DIRECT_CARE },
    { "consent", CASELOAD_ACCESS_BASIS_CONSENT },
    { "break-glass", CASELOAD_ACCESS_BASIS_BREAK_GLASS },
    { "declined", CASELOAD_ACCESS_BASIS_DECLINED },
    { "role", CASELOAD_ACCESS_BASIS_ROLE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bases); i++)
    if (g_strcmp0 (code, bases[i].code) == 0)
      return bases[i].basis;
  return CASELOAD_ACCESS_BASIS_NONE;
}

/* The same sentences as the embedded store's. */
static char *
explain (const PgActor        *actor,
         const CaseloadAccess *access,
         const char           *call_name,
         const char           *declined_on,
         gboolean              to_add)
{
  g_autofree char *when = NULL;

  switch (access->basis)
    {
    case CASELOAD_ACCESS_BASIS_ROLE:
      return g_strdup (_("Administrators manage staff accounts; they do not see people’s records."));
    case CASELOAD_ACCESS_BASIS_DECLINED:
      when = long_date_of (declined_on);
      /* Translators: "Thurrock & Brentwood Mind cannot see this record: Alex declined sharing on 3 March 2026." */
      return g_strdup_printf (_("%s cannot see this record: %s declined sharing on %s."),
                              actor->organisation_name, call_name, when);
    case CASELOAD_ACCESS_BASIS_NONE:
      if (caseload_policy_is_care_provider (actor->organisation_kind))
        return g_strdup_printf (_("%s cannot see this record: it has no referral or allocation for %s, "
                                  "and no decision by %s to share it."),
                                actor->organisation_name, call_name, call_name);
      return g_strdup_printf (_("%s cannot see this record: %s has not agreed to share it with %s."),
                              actor->organisation_name, call_name, actor->organisation_name);
    case CASELOAD_ACCESS_BASIS_CONSENT:
    case CASELOAD_ACCESS_BASIS_DIRECT_CARE:
    case CASELOAD_ACCESS_BASIS_BREAK_GLASS:
    default:
      if (to_add && !access->may_add)
        return g_strdup_printf (_("%s may see this record but not add to it: %s agreed to share it for viewing only."),
                                actor->organisation_name, call_name);
      return NULL;
    }
}

static gboolean
decide (CaseloadStorePostgresql  *self,
        const PgActor            *actor,
        const char               *person_id,
        gboolean                  to_add,
        CaseloadAccess           *access,
        char                    **explanation,
        GError                  **error)
{
  const char *params[] = { actor->username, person_id };
  g_autoptr(PGresult) result =
    pg_query (self, "SELECT may_view, may_add, basis, coalesce (preferred_name, given_name), declined_on "
                    "FROM caseload.check_access ($1, $2)", 2, params, error);

  if (result == NULL)
    return FALSE;
  if (PQntuples (result) == 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND, _("This person’s record is not in the database."));
      return FALSE;
    }
  access->may_view = pg_bool (result, 0, 0);
  access->may_add = pg_bool (result, 0, 1);
  access->basis = basis_of (pg_text (result, 0, 2));
  if (explanation != NULL)
    *explanation = explain (actor, access, pg_text (result, 0, 3), pg_text (result, 0, 4), to_add);
  return TRUE;
}

gboolean
pg_decide_access (CaseloadStorePostgresql  *self,
                  const PgActor            *actor,
                  const char               *person_id,
                  CaseloadAccess           *access,
                  char                    **explanation,
                  GError                  **error)
{
  return decide (self, actor, person_id, FALSE, access, explanation, error);
}

gboolean
pg_require_access (CaseloadStorePostgresql  *self,
                   const PgActor            *actor,
                   const char               *person_id,
                   gboolean                  to_add,
                   GError                  **error)
{
  CaseloadAccess access;
  g_autofree char *why = NULL;

  if (!decide (self, actor, person_id, to_add, &access, &why, error))
    return FALSE;
  if (access.may_view && (!to_add || access.may_add))
    return TRUE;
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
  g_autoptr(PGresult) result = NULL;
  const char *params[5];

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

void
pg_access_iface_init (CaseloadStoreInterface *iface)
{
  /* The access methods are set by the full version of this file. */
}
