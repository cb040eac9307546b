/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "caseload-audit-chain.h"
#include "caseload-dates.h"
#include "caseload-error.h"
#include "caseload-password.h"
#include "caseload-policy-refusal.h"
#include "caseload-store-sqlite-private.h"
#include "caseload-validate.h"
#include "caseload-validate-consent.h"

/*
 * Sign-in, staff accounts, consent, relationships, break glass, the access policy
 * applied to records, and the audit trail. Every function that touches a record runs
 * with self->lock held (the public ones take it); every audit event is written in the
 * same transaction as what it records.
 */

#define MIN_REASON_CHARS 10

void
actor_info_clear (ActorInfo *info)
{
  g_clear_pointer (&info->staff_id, g_free);
  g_clear_pointer (&info->staff_name, g_free);
  g_clear_pointer (&info->organisation_id, g_free);
  g_clear_pointer (&info->organisation_name, g_free);
}

char *
store_now (CaseloadStoreSqlite *self)
{
  return caseload_clock_now_iso (self->clock);
}

/* "2026-11-22T10:15:00Z" plus @minutes, in the same form. */
static char *
iso_plus_minutes (CaseloadStoreSqlite *self,
                  int                  minutes)
{
  g_autoptr(GDateTime) now = caseload_clock_now (self->clock);
  g_autoptr(GDateTime) later = g_date_time_add_minutes (now, minutes);

  return g_date_time_format (later, "%Y-%m-%dT%H:%M:%SZ");
}

/* The consent decision "c" (LEFT JOINed for @organisation and the person "p") as the three
 * columns of consent_state_of(). A pathway referral still open to the organisation is the
 * person's agreement to share with it (it was made with them): a housing referral sent to
 * it, or an IPS referral to one of its employment specialists. The organisation may view
 * and add while it is open, unless the person's newest decision declined. */
#define STORE_PATHWAY_OPEN(organisation) \
  "(EXISTS (SELECT 1 FROM housing_referral hr WHERE hr.person_pk = p.pk AND hr.organisation_id = " \
  organisation " AND hr.status <> 'closed') " \
  " OR EXISTS (SELECT 1 FROM ips_referral ir JOIN staff sp ON sp.id = ir.specialist_id " \
  "  WHERE ir.person_pk = p.pk AND ir.closed_on IS NULL AND sp.organisation_id = " organisation "))"
#define STORE_CONSENT_COLUMNS(organisation) \
  "c.id IS NOT NULL OR " STORE_PATHWAY_OPEN (organisation) ", " \
  "CASE WHEN c.id IS NOT NULL AND NOT c.may_view THEN 0 " \
  "  ELSE coalesce (c.may_view, 0) OR " STORE_PATHWAY_OPEN (organisation) " END, " \
  "CASE WHEN c.id IS NOT NULL AND NOT c.may_view THEN 0 " \
  "  ELSE coalesce (c.may_add, 0) OR " STORE_PATHWAY_OPEN (organisation) " END"

static CaseloadConsentState
consent_state_of (int has_row,
                  int may_view,
                  int may_add)
{
  if (!has_row)
    return CASELOAD_CONSENT_NOT_RECORDED;
  if (may_add)
    return CASELOAD_CONSENT_VIEW_AND_ADD;
  if (may_view)
    return CASELOAD_CONSENT_VIEW;
  return CASELOAD_CONSENT_DECLINED;
}

gboolean
store_load_actor (CaseloadStoreSqlite  *self,
                  CaseloadStaff        *actor,
                  ActorInfo            *info,
                  GError              **error)
{
  sqlite3_stmt *stmt;
  gboolean ok = FALSE;
  int rc;

  memset (info, 0, sizeof *info);

  if (actor == NULL || caseload_staff_get_id (actor) == NULL)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION,
                   _("No one is signed in at this desk."));
      return FALSE;
    }

  stmt = store_prepare (self,
                        "SELECT s.id, s.display_name, s.organisation_id, o.name, o.kind, s.access_role, s.active "
                        "FROM staff s JOIN organisation o ON o.id = s.organisation_id WHERE s.id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, caseload_staff_get_id (actor));
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && sqlite3_column_int (stmt, 6) == 0)
    g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_ACCOUNT_DEACTIVATED,
                 _("This staff account has been deactivated."));
  else if (rc == SQLITE_ROW)
    {
      info->staff_id = g_strdup (store_column_text (stmt, 0));
      info->staff_name = g_strdup (store_column_text (stmt, 1));
      info->organisation_id = g_strdup (store_column_text (stmt, 2));
      info->organisation_name = g_strdup (store_column_text (stmt, 3));
      caseload_organisation_kind_from_code (store_column_text (stmt, 4), &info->organisation_kind);
      caseload_access_role_from_code (store_column_text (stmt, 5), &info->role);
      ok = TRUE;
    }
  else if (rc == SQLITE_DONE)
    g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION,
                 _("The staff member acting at this desk is not known to this database."));
  else
    store_set_error (self, error);
  sqlite3_reset (stmt);
  return ok;
}

gboolean
store_decide_access (CaseloadStoreSqlite  *self,
                     const ActorInfo      *actor,
                     const char           *person_id,
                     CaseloadAccess       *access,
                     char                **explanation,
                     GError              **error)
{
  g_autofree char *now = store_now (self);
  CaseloadAccessQuery query = { 0 };
  sqlite3_stmt *stmt;
  int rc;

  stmt = store_prepare (self,
                        "SELECT p.gp_practice_id IS ?2 "
                        "    OR EXISTS (SELECT 1 FROM care_relationship r WHERE r.person_id = p.id "
                        "               AND r.organisation_id = ?2 AND r.ended_at IS NULL), "
                        "  " STORE_CONSENT_COLUMNS ("?2") ", c.decided_on, "
                        "  EXISTS (SELECT 1 FROM break_glass b WHERE b.staff_id = ?3 AND b.person_id = p.id "
                        "          AND b.expires_at > ?4), "
                        "  coalesce (p.preferred_name, p.given_name) "
                        "FROM person p "
                        "LEFT JOIN consent_decision c ON c.id = (SELECT id FROM consent_decision "
                        "   WHERE person_id = p.id AND organisation_id = ?2 ORDER BY recorded_at DESC, rowid DESC LIMIT 1) "
                        "WHERE p.id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  store_bind_text (stmt, 1, person_id);
  store_bind_text (stmt, 2, actor->organisation_id);
  store_bind_text (stmt, 3, actor->staff_id);
  store_bind_text (stmt, 4, now);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                     _("This person’s record is not in the database."));
      else
        store_set_error (self, error);
      sqlite3_reset (stmt);
      return FALSE;
    }

  query.role = actor->role;
  query.organisation_kind = actor->organisation_kind;
  query.direct_care = sqlite3_column_int (stmt, 0) != 0;
  query.consent = consent_state_of (sqlite3_column_int (stmt, 1), sqlite3_column_int (stmt, 2),
                                    sqlite3_column_int (stmt, 3));
  query.break_glass = sqlite3_column_int (stmt, 5) != 0;
  caseload_policy_decide (&query, access);

  if (explanation != NULL)
    *explanation = caseload_policy_explain_refusal (access, actor->organisation_kind, actor->organisation_name,
                                                   store_column_text (stmt, 6), store_column_text (stmt, 4), FALSE);

  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
store_require_access (CaseloadStoreSqlite  *self,
                      const ActorInfo      *actor,
                      const char           *person_id,
                      gboolean              to_add,
                      GError              **error)
{
  CaseloadAccess access;
  g_autofree char *why = NULL;
  sqlite3_stmt *stmt;

  if (!store_decide_access (self, actor, person_id, &access, NULL, error))
    return FALSE;
  if (access.may_view && (!to_add || access.may_add))
    return TRUE;

  /* The sentence needs the name the person uses; read it only on refusal. */
  stmt = store_prepare (self,
                        "SELECT coalesce (p.preferred_name, p.given_name), "
                        "  (SELECT decided_on FROM consent_decision WHERE person_id = p.id AND organisation_id = ?2 "
                        "   ORDER BY recorded_at DESC, rowid DESC LIMIT 1) "
                        "FROM person p WHERE p.id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, person_id);
  store_bind_text (stmt, 2, actor->organisation_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    why = caseload_policy_explain_refusal (&access, actor->organisation_kind, actor->organisation_name,
                                           store_column_text (stmt, 0), store_column_text (stmt, 1), to_add);
  sqlite3_reset (stmt);

  g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION,
                       why != NULL ? why : _("You may not see this record."));
  return FALSE;
}

gboolean
store_refresh_access (CaseloadStoreSqlite  *self,
                      const char           *person_id,
                      GError              **error)
{
  sqlite3_stmt *stmt;
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (CaseloadAccess));
  g_autoptr(GPtrArray) organisations = g_ptr_array_new_with_free_func (g_free);
  gint64 pk = 0;
  g_autofree char *sort_key = NULL;
  int rc;

  /* Cached search results may now be wrong. */
  self->generation++;

  stmt = store_prepare (self,
                        "SELECT o.id, o.kind, "
                        "  o.id IS p.gp_practice_id OR EXISTS (SELECT 1 FROM care_relationship r "
                        "    WHERE r.person_id = p.id AND r.organisation_id = o.id AND r.ended_at IS NULL), "
                        "  " STORE_CONSENT_COLUMNS ("o.id") ", p.pk, k.sort_key "
                        "FROM person p JOIN person_order k ON k.pk = p.pk CROSS JOIN organisation o "
                        "LEFT JOIN consent_decision c ON c.id = (SELECT id FROM consent_decision "
                        "   WHERE person_id = p.id AND organisation_id = o.id ORDER BY recorded_at DESC, rowid DESC LIMIT 1) "
                        "WHERE p.id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, person_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CaseloadOrganisationKind kind = CASELOAD_ORGANISATION_VCSE;
      CaseloadAccess access;

      caseload_organisation_kind_from_code (store_column_text (stmt, 1), &kind);
      caseload_policy_decide_organisation (kind, sqlite3_column_int (stmt, 2) != 0,
                                           consent_state_of (sqlite3_column_int (stmt, 3),
                                                             sqlite3_column_int (stmt, 4),
                                                             sqlite3_column_int (stmt, 5)),
                                           &access);
      pk = sqlite3_column_int64 (stmt, 6);
      if (sort_key == NULL)
        sort_key = g_strdup (store_column_text (stmt, 7));
      if (access.may_view)
        {
          g_ptr_array_add (organisations, g_strdup (store_column_text (stmt, 0)));
          g_array_append_val (rows, access);
        }
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      store_set_error (self, error);
      return FALSE;
    }

  stmt = store_prepare (self, "DELETE FROM person_access WHERE pk = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, pk);
  if (!store_step_done (self, stmt, error))
    return FALSE;

  for (guint i = 0; i < organisations->len; i++)
    {
      stmt = store_prepare (self,
                            "INSERT INTO person_access (organisation_id, pk, sort_key, may_add) VALUES (?1, ?2, ?3, ?4)",
                            error);
      if (stmt == NULL)
        return FALSE;
      store_bind_text (stmt, 1, g_ptr_array_index (organisations, i));
      sqlite3_bind_int64 (stmt, 2, pk);
      store_bind_text (stmt, 3, sort_key);
      sqlite3_bind_int (stmt, 4, g_array_index (rows, CaseloadAccess, i).may_add ? 1 : 0);
      if (!store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
store_audit (CaseloadStoreSqlite  *self,
             const char           *staff_id,
             const char           *action,
             const char           *person_id,
             const char           *detail,
             GPtrArray            *subjects,
             GError              **error)
{
  g_autofree char *now = store_now (self);
  g_autofree char *prev_hash = NULL;
  g_autofree char *canonical = NULL;
  g_autofree char *hash = NULL;
  sqlite3_stmt *stmt;
  gint64 seq = 0;
  int rc;

  if (detail == NULL)
    detail = "{}";

  stmt = store_prepare (self, "SELECT seq, hash FROM audit_head WHERE id = 1", error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      seq = sqlite3_column_int64 (stmt, 0) + 1;
      prev_hash = g_strdup (store_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      store_set_error (self, error);
      return FALSE;
    }

  canonical = caseload_audit_chain_canonical (seq, now, staff_id, action, person_id, detail);
  hash = caseload_audit_chain_hash (prev_hash, canonical);

  stmt = store_prepare (self,
                        "INSERT INTO audit_event (seq, occurred_at, staff_id, action, person_id, detail, prev_hash, hash) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, seq);
  store_bind_text (stmt, 2, now);
  store_bind_text (stmt, 3, staff_id);
  store_bind_text (stmt, 4, action);
  store_bind_text (stmt, 5, person_id);
  sqlite3_bind_text (stmt, 6, detail, -1, SQLITE_TRANSIENT);
  store_bind_text (stmt, 7, prev_hash);
  store_bind_text (stmt, 8, hash);
  if (!store_step_done (self, stmt, error))
    return FALSE;

  for (guint i = 0; subjects != NULL && i < subjects->len; i++)
    {
      stmt = store_prepare (self, "INSERT OR IGNORE INTO audit_subject (seq, person_pk) "
                                  "SELECT ?1, pk FROM person WHERE id = ?2", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, seq);
      store_bind_text (stmt, 2, g_ptr_array_index (subjects, i));
      if (!store_step_done (self, stmt, error))
        return FALSE;
    }

  stmt = store_prepare (self, "UPDATE audit_head SET seq = ?1, hash = ?2 WHERE id = 1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, seq);
  store_bind_text (stmt, 2, hash);
  return store_step_done (self, stmt, error);
}

/* Permission for account administration: an administrator, or the local tool (NULL). */
gboolean
caseload_store_sqlite_require_administrator (CaseloadStoreSqlite  *self,
                                             CaseloadStaff        *actor,
                                             ActorInfo            *info,
                                             GError              **error)
{
  memset (info, 0, sizeof *info);
  if (actor == NULL)
    return TRUE;
  if (!store_load_actor (self, actor, info, error))
    return FALSE;
  return caseload_policy_check_manage_staff (info->role, error);
}

static gboolean
require_manager (CaseloadStoreSqlite  *self,
                 CaseloadStaff        *actor,
                 ActorInfo            *info,
                 GError              **error)
{
  return store_load_actor (self, actor, info, error) &&
         caseload_policy_check_review_access (info->role, error);
}

/* An Argon2id hash of nothing anyone knows, made once, to verify against for unknown users. */
static const char *
dummy_hash (void)
{
  static char *hash = NULL;

  if (g_once_init_enter (&hash))
    {
      g_autofree char *secret = g_uuid_string_random ();
      char *made = caseload_password_hash (secret, NULL);

      g_once_init_leave (&hash, made != NULL ? made : g_strdup ("-"));
    }
  return hash;
}

static gboolean
set_sign_in_state (CaseloadStoreSqlite  *self,
                   const char           *staff_id,
                   int                   failures,
                   const char           *locked_until,
                   GError              **error)
{
  sqlite3_stmt *stmt = store_prepare (self, "UPDATE staff SET failed_sign_ins = ?2, locked_until = ?3 WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, staff_id);
  sqlite3_bind_int (stmt, 2, failures);
  store_bind_text (stmt, 3, locked_until);
  return store_step_done (self, stmt, error);
}

/* Decides one sign-in attempt with the lock held and a transaction open. Returns FALSE
 * only when the database fails; a refused attempt sets @refusal and returns TRUE, so
 * that the failure and the count are kept. */
static gboolean
sign_in_locked (CaseloadStoreSqlite  *self,
                const char           *username,
                const char           *password,
                CaseloadStaff       **staff,
                GError              **refusal,
                GError              **error)
{
  g_autofree char *now = store_now (self);
  g_autofree char *staff_id = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *locked_until = NULL;
  sqlite3_stmt *stmt;
  gboolean active = FALSE;
  int failures = 0;
  int rc;

  stmt = store_prepare (self,
                        "SELECT id, password_hash, active, failed_sign_ins, locked_until FROM staff WHERE username = ?1",
                        error);
  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, username);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      staff_id = g_strdup (store_column_text (stmt, 0));
      hash = g_strdup (store_column_text (stmt, 1));
      active = sqlite3_column_int (stmt, 2) != 0;
      failures = sqlite3_column_int (stmt, 3);
      locked_until = g_strdup (store_column_text (stmt, 4));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      store_set_error (self, error);
      return FALSE;
    }

  if (staff_id == NULL)
    {
      /* Same words, and the same work, as a wrong password: neither the message nor the
       * time taken may confirm who has an account. */
      caseload_password_verify (dummy_hash (), password != NULL ? password : "");
      /* What was typed is not kept: it may be a password typed in the wrong field. */
      caseload_sign_in_set_wrong_password (refusal);
      return store_audit (self, NULL, "sign-in-failed", NULL, "{\"reason\":\"unknown-username\"}", NULL, error);
    }

  if (!active)
    {
      caseload_sign_in_set_deactivated (refusal);
      return store_audit (self, staff_id, "sign-in-failed", NULL, "{\"reason\":\"deactivated\"}", NULL, error);
    }

  if (locked_until != NULL && g_strcmp0 (locked_until, now) > 0)
    {
      caseload_sign_in_set_locked (locked_until, FALSE, refusal);
      return store_audit (self, staff_id, "sign-in-failed", NULL, "{\"reason\":\"locked\"}", NULL, error);
    }

  if (hash == NULL || password == NULL || !caseload_password_verify (hash, password))
    {
      g_autofree char *until_iso = NULL;

      if (++failures < CASELOAD_MAX_FAILED_SIGN_INS)
        {
          caseload_sign_in_set_wrong_password (refusal);
          return set_sign_in_state (self, staff_id, failures, NULL, error) &&
                 store_audit (self, staff_id, "sign-in-failed", NULL, "{\"reason\":\"password\"}", NULL, error);
        }

      until_iso = iso_plus_minutes (self, CASELOAD_LOCKOUT_MINUTES);
      caseload_sign_in_set_locked (until_iso, TRUE, refusal);
      return set_sign_in_state (self, staff_id, 0, until_iso, error) &&
             store_audit (self, staff_id, "lockout", NULL, NULL, NULL, error);
    }

  if (!set_sign_in_state (self, staff_id, 0, NULL, error) ||
      !store_audit (self, staff_id, "sign-in", NULL, NULL, NULL, error))
    return FALSE;

  stmt = store_prepare (self,
                        "SELECT s.id, s.version, s.display_name, s.role, s.organisation_id, o.name, s.email, "
                        "  s.access_role, o.kind, s.username, s.active, s.must_change_password, s.fte "
                        "FROM staff s JOIN organisation o ON o.id = s.organisation_id WHERE s.id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, staff_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    *staff = store_read_staff (stmt);
  sqlite3_reset (stmt);
  return *staff != NULL;
}

static CaseloadStaff *
caseload_store_sqlite_sign_in (CaseloadStore  *store,
                               const char     *username,
                               const char     *password,
                               GError        **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_autofree char *folded = g_utf8_strdown (username != NULL ? username : "", -1);
  g_autoptr(GError) refusal = NULL;
  g_autoptr(CaseloadStaff) staff = NULL;
  gboolean ok;

  if (!caseload_password_init (error) || !store_begin_mutation (self, error))
    return NULL;

  g_strstrip (folded);
  ok = sign_in_locked (self, folded, password, &staff, &refusal, error);
  if (!store_end_mutation (self, ok, ok ? error : NULL) || !ok)
    return NULL;

  if (refusal != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&refusal));
      return NULL;
    }
  return g_steal_pointer (&staff);
}

static gboolean
write_password (CaseloadStoreSqlite  *self,
                const char           *staff_id,
                const char           *password,
                gboolean              must_change,
                GError              **error)
{
  g_autofree char *hash = caseload_password_hash (password, error);
  sqlite3_stmt *stmt;

  if (hash == NULL)
    return FALSE;
  stmt = store_prepare (self,
                        "UPDATE staff SET password_hash = ?2, must_change_password = ?3, failed_sign_ins = 0, "
                        "  locked_until = NULL WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, staff_id);
  store_bind_text (stmt, 2, hash);
  sqlite3_bind_int (stmt, 3, must_change ? 1 : 0);
  if (!store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND, _("That staff member is not in this database."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
change_password_locked (CaseloadStoreSqlite  *self,
                        CaseloadStaff        *actor,
                        const char           *old_password,
                        const char           *new_password,
                        GError              **error)
{
  g_auto(ActorInfo) info = { 0 };
  g_autofree char *hash = NULL;
  g_autofree char *username = NULL;
  sqlite3_stmt *stmt;

  if (!store_load_actor (self, actor, &info, error))
    return FALSE;

  stmt = store_prepare (self, "SELECT password_hash, username FROM staff WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, info.staff_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      hash = g_strdup (store_column_text (stmt, 0));
      username = g_strdup (store_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);

  if (hash == NULL || old_password == NULL || !caseload_password_verify (hash, old_password))
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION, _("The current password is not right."));
      return FALSE;
    }

  return caseload_password_check_change (old_password, new_password, username, error) &&
         write_password (self, info.staff_id, new_password, FALSE, error) &&
         store_audit (self, info.staff_id, "password-change", NULL, NULL, NULL, error);
}

static gboolean
caseload_store_sqlite_change_password (CaseloadStore  *store,
                                       CaseloadStaff  *actor,
                                       const char     *old_password,
                                       const char     *new_password,
                                       GError        **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  gboolean ok;

  if (!caseload_password_init (error) || !store_begin_mutation (self, error))
    return FALSE;

  ok = change_password_locked (self, actor, old_password, new_password, error);
  if (!store_end_mutation (self, ok, ok ? error : NULL) || !ok)
    return FALSE;

  caseload_staff_set_must_change_password (actor, FALSE);
  return TRUE;
}

static gboolean
caseload_store_sqlite_set_password (CaseloadStore  *store,
                                    CaseloadStaff  *actor,
                                    const char     *staff_id,
                                    const char     *password,
                                    gboolean        must_change,
                                    GError        **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_auto(ActorInfo) info = { 0 };
  g_autofree char *detail = NULL;
  gboolean ok = FALSE;

  if (!caseload_password_init (error) || !store_begin_mutation (self, error))
    return FALSE;

  if (caseload_store_sqlite_require_administrator (self, actor, &info, error) &&
      caseload_password_check (password, NULL, error))
    {
      detail = g_strdup_printf ("{\"change\":\"password-set\",\"must_change\":%s}", must_change ? "true" : "false");
      ok = write_password (self, staff_id, password, must_change, error) &&
           store_audit (self, info.staff_id, "staff-change", NULL, detail, NULL, error);
    }

  return store_end_mutation (self, ok, ok ? error : NULL) && ok;
}

static gboolean
caseload_store_sqlite_set_staff_active (CaseloadStore  *store,
                                        CaseloadStaff  *actor,
                                        const char     *staff_id,
                                        gboolean        active,
                                        GError        **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_auto(ActorInfo) info = { 0 };
  g_autofree char *detail = NULL;
  g_autofree char *who = NULL;
  sqlite3_stmt *stmt;
  gboolean ok = FALSE;

  if (!store_begin_mutation (self, error))
    return FALSE;

  if (caseload_store_sqlite_require_administrator (self, actor, &info, error) &&
      (stmt = store_prepare (self, "UPDATE staff SET active = ?2, version = version + 1 WHERE id = ?1", error)) != NULL)
    {
      store_bind_text (stmt, 1, staff_id);
      sqlite3_bind_int (stmt, 2, active ? 1 : 0);
      ok = store_step_done (self, stmt, error);
      if (ok && sqlite3_changes (self->db) == 0)
        {
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND, _("That staff member is not in this database."));
          ok = FALSE;
        }
      who = caseload_audit_json_string (staff_id);
      detail = g_strdup_printf ("{\"staff\":%s,\"active\":%s}", who, active ? "true" : "false");
      ok = ok && store_audit (self, info.staff_id, "staff-change", NULL, detail, NULL, error);
    }

  return store_end_mutation (self, ok, ok ? error : NULL) && ok;
}

static gboolean
caseload_store_sqlite_record_event (CaseloadStore  *store,
                                    CaseloadStaff  *actor,
                                    const char     *action,
                                    const char     *person_id,
                                    const char     *detail,
                                    GError        **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_auto(ActorInfo) info = { 0 };
  gboolean ok;

  g_return_val_if_fail (action != NULL, FALSE);

  if (!store_begin_mutation (self, error))
    return FALSE;
  ok = store_load_actor (self, actor, &info, error) &&
       store_audit (self, info.staff_id, action, person_id, detail, NULL, error);
  return store_end_mutation (self, ok, ok ? error : NULL) && ok;
}

static gboolean
caseload_store_sqlite_check_access (CaseloadStore   *store,
                                    CaseloadStaff   *actor,
                                    const char      *person_id,
                                    CaseloadAccess  *access,
                                    char           **explanation,
                                    GError         **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_auto(ActorInfo) info = { 0 };
  gboolean ok;

  g_rec_mutex_lock (&self->lock);
  ok = store_load_actor (self, actor, &info, error) &&
       store_decide_access (self, &info, person_id, access, explanation, error);
  g_rec_mutex_unlock (&self->lock);
  return ok;
}

/* The local tool (NULL) or someone who may add to the record may record relationships
 * and decisions; nobody grants their own organisation access without either. */
static gboolean
require_recorder (CaseloadStoreSqlite  *self,
                  CaseloadStaff        *actor,
                  const char           *person_id,
                  ActorInfo            *info,
                  GError              **error)
{
  memset (info, 0, sizeof *info);
  if (actor == NULL)
    return TRUE;
  return store_load_actor (self, actor, info, error) &&
         store_require_access (self, info, person_id, TRUE, error);
}

static gboolean
caseload_store_sqlite_add_care_relationship (CaseloadStore  *store,
                                             CaseloadStaff  *actor,
                                             const char     *person_id,
                                             const char     *organisation_id,
                                             const char     *kind,
                                             GError        **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_auto(ActorInfo) info = { 0 };
  g_autofree char *now = store_now (self);
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *detail = NULL;
  g_autofree char *quoted_org = NULL;
  sqlite3_stmt *stmt;
  gboolean ok = FALSE;

  if (g_strcmp0 (kind, "referral") != 0 && g_strcmp0 (kind, "allocation") != 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                   _("A relationship is a referral or an allocation."));
      return FALSE;
    }

  if (!store_begin_mutation (self, error))
    return FALSE;

  if (require_recorder (self, actor, person_id, &info, error) &&
      (stmt = store_prepare (self,
                             "INSERT INTO care_relationship (id, person_id, organisation_id, kind, started_at, created_at, created_by) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6)", error)) != NULL)
    {
      store_bind_text (stmt, 1, id);
      store_bind_text (stmt, 2, person_id);
      store_bind_text (stmt, 3, organisation_id);
      store_bind_text (stmt, 4, kind);
      store_bind_text (stmt, 5, now);
      store_bind_text (stmt, 6, info.staff_id);
      quoted_org = caseload_audit_json_string (organisation_id);
      detail = g_strdup_printf ("{\"organisation\":%s,\"kind\":\"%s\"}", quoted_org, kind);
      ok = store_step_done (self, stmt, error) &&
           store_refresh_access (self, person_id, error) &&
           store_audit (self, info.staff_id, "care-relationship", person_id, detail, NULL, error);
    }

  return store_end_mutation (self, ok, ok ? error : NULL) && ok;
}

/* Writes a validated decision with the lock held; fills @info and the organisation. */
static gboolean
record_consent_locked (CaseloadStoreSqlite        *self,
                       CaseloadStaff              *actor,
                       CaseloadConsent            *consent,
                       const char                 *decided_on,
                       const char                 *review_date,
                       const char                 *now,
                       const char                 *id,
                       ActorInfo                  *info,
                       char                      **organisation_name,
                       CaseloadOrganisationKind   *organisation_kind,
                       GError                    **error)
{
  const char *person_id = caseload_consent_get_person_id (consent);
  const char *organisation_id = caseload_consent_get_organisation_id (consent);
  const char *recorder;
  g_autofree char *detail = NULL;
  g_autofree char *quoted_org = NULL;
  sqlite3_stmt *stmt;

  if (!require_recorder (self, actor, person_id, info, error))
    return FALSE;

  /* The local tool names the member of staff the person told; nobody unnamed records. */
  recorder = info->staff_id != NULL ? info->staff_id : caseload_consent_get_recorded_by (consent);
  if (recorder == NULL)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                   _("Say which member of staff recorded the decision."));
      return FALSE;
    }

  stmt = store_prepare (self, "SELECT name, kind FROM organisation WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, organisation_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      *organisation_name = g_strdup (store_column_text (stmt, 0));
      caseload_organisation_kind_from_code (store_column_text (stmt, 1), organisation_kind);
    }
  sqlite3_reset (stmt);
  if (*organisation_name == NULL)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                   _("The organisation chosen is not in this database."));
      return FALSE;
    }

  stmt = store_prepare (self,
                        "INSERT INTO consent_decision (id, person_id, organisation_id, may_view, may_add, method, "
                        "  decided_on, review_date, note, recorded_by, recorded_at) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)", error);
  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, id);
  store_bind_text (stmt, 2, person_id);
  store_bind_text (stmt, 3, organisation_id);
  sqlite3_bind_int (stmt, 4, caseload_consent_get_may_view (consent) ? 1 : 0);
  sqlite3_bind_int (stmt, 5, caseload_consent_get_may_add (consent) ? 1 : 0);
  store_bind_text (stmt, 6, caseload_consent_method_to_code (caseload_consent_get_method (consent)));
  store_bind_text (stmt, 7, decided_on);
  store_bind_text (stmt, 8, review_date);
  store_bind_text (stmt, 9, caseload_consent_get_note (consent));
  store_bind_text (stmt, 10, recorder);
  store_bind_text (stmt, 11, now);

  quoted_org = caseload_audit_json_string (organisation_id);
  detail = g_strdup_printf ("{\"organisation\":%s,\"may_view\":%s,\"may_add\":%s,\"method\":\"%s\",\"decided_on\":\"%s\"}",
                            quoted_org,
                            caseload_consent_get_may_view (consent) ? "true" : "false",
                            caseload_consent_get_may_add (consent) ? "true" : "false",
                            caseload_consent_method_to_code (caseload_consent_get_method (consent)),
                            decided_on);
  return store_step_done (self, stmt, error) &&
         store_refresh_access (self, person_id, error) &&
         store_audit (self, recorder, "consent", person_id, detail, NULL, error);
}

static gboolean
caseload_store_sqlite_record_consent (CaseloadStore    *store,
                                      CaseloadStaff    *actor,
                                      CaseloadConsent  *consent,
                                      GError          **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_auto(ActorInfo) info = { 0 };
  g_autofree char *now = store_now (self);
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *decided_on = NULL;
  g_autofree char *review_date = NULL;
  g_autofree char *organisation_name = NULL;
  CaseloadOrganisationKind organisation_kind = CASELOAD_ORGANISATION_VCSE;
  GDate today;
  gboolean ok = FALSE;

  caseload_clock_today (self->clock, &today);
  if (!caseload_consent_check_decision (consent, &today, &decided_on, &review_date, error))
    return FALSE;

  if (!store_begin_mutation (self, error))
    return FALSE;

  ok = record_consent_locked (self, actor, consent, decided_on, review_date, now, id, &info,
                              &organisation_name, &organisation_kind, error);
  if (!store_end_mutation (self, ok, ok ? error : NULL) || !ok)
    return FALSE;

  caseload_consent_set_id (consent, id);
  caseload_consent_set_decided_on (consent, decided_on);
  caseload_consent_set_review_date (consent, review_date);
  caseload_consent_set_recorded_at (consent, now);
  caseload_consent_set_organisation_name (consent, organisation_name);
  caseload_consent_set_organisation_kind (consent, organisation_kind);
  if (info.staff_id != NULL)
    {
      caseload_consent_set_recorded_by (consent, info.staff_id);
      caseload_consent_set_recorded_by_name (consent, info.staff_name);
    }
  return TRUE;
}

static GPtrArray *
caseload_store_sqlite_list_consent (CaseloadStore  *store,
                                    CaseloadStaff  *actor,
                                    const char     *person_id,
                                    gboolean        history,
                                    GError        **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_autoptr(GPtrArray) decisions = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(ActorInfo) info = { 0 };
  sqlite3_stmt *stmt = NULL;
  int rc = SQLITE_ERROR;

  g_rec_mutex_lock (&self->lock);
  if (store_load_actor (self, actor, &info, error) &&
      store_require_access (self, &info, person_id, FALSE, error) &&
      (stmt = store_prepare (self,
                             "SELECT c.id, c.person_id, c.organisation_id, o.name, o.kind, c.may_view, c.may_add, "
                             "  c.method, c.decided_on, c.review_date, c.note, c.recorded_by, s.display_name, c.recorded_at "
                             "FROM consent_decision c JOIN organisation o ON o.id = c.organisation_id "
                             "JOIN staff s ON s.id = c.recorded_by "
                             "WHERE c.person_id = ?1 AND (?2 OR c.id = (SELECT id FROM consent_decision d "
                             "  WHERE d.person_id = c.person_id AND d.organisation_id = c.organisation_id "
                             "  ORDER BY d.recorded_at DESC, d.rowid DESC LIMIT 1)) "
                             "ORDER BY CASE WHEN ?2 THEN c.recorded_at END DESC, o.name COLLATE NOCASE", error)) != NULL)
    {
      store_bind_text (stmt, 1, person_id);
      sqlite3_bind_int (stmt, 2, history ? 1 : 0);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          CaseloadConsent *consent = caseload_consent_new ();
          CaseloadOrganisationKind kind = CASELOAD_ORGANISATION_VCSE;
          CaseloadConsentMethod method = CASELOAD_CONSENT_METHOD_VERBAL;

          caseload_organisation_kind_from_code (store_column_text (stmt, 4), &kind);
          caseload_consent_method_from_code (store_column_text (stmt, 7), &method);
          caseload_consent_set_id (consent, store_column_text (stmt, 0));
          caseload_consent_set_person_id (consent, store_column_text (stmt, 1));
          caseload_consent_set_organisation_id (consent, store_column_text (stmt, 2));
          caseload_consent_set_organisation_name (consent, store_column_text (stmt, 3));
          caseload_consent_set_organisation_kind (consent, kind);
          caseload_consent_set_may_view (consent, sqlite3_column_int (stmt, 5) != 0);
          caseload_consent_set_may_add (consent, sqlite3_column_int (stmt, 6) != 0);
          caseload_consent_set_method (consent, method);
          caseload_consent_set_decided_on (consent, store_column_text (stmt, 8));
          caseload_consent_set_review_date (consent, store_column_text (stmt, 9));
          caseload_consent_set_note (consent, store_column_text (stmt, 10));
          caseload_consent_set_recorded_by (consent, store_column_text (stmt, 11));
          caseload_consent_set_recorded_by_name (consent, store_column_text (stmt, 12));
          caseload_consent_set_recorded_at (consent, store_column_text (stmt, 13));
          g_ptr_array_add (decisions, consent);
        }
      if (rc != SQLITE_DONE)
        store_set_error (self, error);
      sqlite3_reset (stmt);
    }
  g_rec_mutex_unlock (&self->lock);

  return rc == SQLITE_DONE ? g_steal_pointer (&decisions) : NULL;
}

static gboolean
break_glass_locked (CaseloadStoreSqlite  *self,
                    CaseloadStaff        *actor,
                    const char           *person_id,
                    const char           *reason,
                    const char           *id,
                    const char           *now,
                    const char           *expires,
                    ActorInfo            *info,
                    GError              **error)
{
  g_autofree char *quoted = NULL;
  g_autofree char *detail = NULL;
  CaseloadAccess current;
  sqlite3_stmt *stmt;

  if (!store_load_actor (self, actor, info, error) ||
      !store_decide_access (self, info, person_id, &current, NULL, error))
    return FALSE;
  if (!caseload_policy_may_break_glass (info->role))
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION,
                   _("Administrators cannot use emergency access to records."));
      return FALSE;
    }

  stmt = store_prepare (self,
                        "INSERT INTO break_glass (id, staff_id, person_id, reason, started_at, expires_at) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);
  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, id);
  store_bind_text (stmt, 2, info->staff_id);
  store_bind_text (stmt, 3, person_id);
  store_bind_text (stmt, 4, reason);
  store_bind_text (stmt, 5, now);
  store_bind_text (stmt, 6, expires);
  quoted = caseload_audit_json_string (reason);
  detail = g_strdup_printf ("{\"reason\":%s,\"expires_at\":\"%s\"}", quoted, expires);
  return store_step_done (self, stmt, error) &&
         store_audit (self, info->staff_id, "break-glass", person_id, detail, NULL, error);
}

static CaseloadBreakGlass *
caseload_store_sqlite_break_glass (CaseloadStore  *store,
                                   CaseloadStaff  *actor,
                                   const char     *person_id,
                                   const char     *reason,
                                   GError        **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_auto(ActorInfo) info = { 0 };
  g_autofree char *now = store_now (self);
  g_autofree char *expires = iso_plus_minutes (self, CASELOAD_BREAK_GLASS_HOURS * 60);
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *trimmed = g_strstrip (g_strdup (reason != NULL ? reason : ""));
  CaseloadBreakGlass *access;
  gboolean ok;

  if (g_utf8_strlen (trimmed, -1) < MIN_REASON_CHARS)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                   _("Give the reason for emergency access in a sentence: it is read by a team manager."));
      return NULL;
    }

  if (!store_begin_mutation (self, error))
    return NULL;
  ok = break_glass_locked (self, actor, person_id, trimmed, id, now, expires, &info, error);
  if (!store_end_mutation (self, ok, ok ? error : NULL) || !ok)
    return NULL;

  access = caseload_break_glass_new ();
  caseload_break_glass_set_id (access, id);
  caseload_break_glass_set_staff_id (access, info.staff_id);
  caseload_break_glass_set_staff_name (access, info.staff_name);
  caseload_break_glass_set_organisation_name (access, info.organisation_name);
  caseload_break_glass_set_person_id (access, person_id);
  caseload_break_glass_set_reason (access, trimmed);
  caseload_break_glass_set_started_at (access, now);
  caseload_break_glass_set_expires_at (access, expires);
  return access;
}

static GPtrArray *
caseload_store_sqlite_list_break_glass (CaseloadStore  *store,
                                        CaseloadStaff  *actor,
                                        gboolean        unreviewed_only,
                                        GError        **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_autoptr(GPtrArray) accesses = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(ActorInfo) info = { 0 };
  sqlite3_stmt *stmt = NULL;
  int rc = SQLITE_ERROR;

  g_rec_mutex_lock (&self->lock);
  if (require_manager (self, actor, &info, error) &&
      (stmt = store_prepare (self,
                             "SELECT b.id, b.staff_id, s.display_name, o.name, b.person_id, "
                             "  p.given_name || ' ' || p.family_name, b.reason, b.started_at, b.expires_at, "
                             "  b.reviewed_by, r.display_name, b.reviewed_at "
                             "FROM break_glass b JOIN staff s ON s.id = b.staff_id "
                             "JOIN organisation o ON o.id = s.organisation_id "
                             "JOIN person p ON p.id = b.person_id LEFT JOIN staff r ON r.id = b.reviewed_by "
                             "WHERE NOT ?1 OR b.reviewed_at IS NULL ORDER BY b.started_at DESC", error)) != NULL)
    {
      sqlite3_bind_int (stmt, 1, unreviewed_only ? 1 : 0);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          CaseloadBreakGlass *access = caseload_break_glass_new ();

          caseload_break_glass_set_id (access, store_column_text (stmt, 0));
          caseload_break_glass_set_staff_id (access, store_column_text (stmt, 1));
          caseload_break_glass_set_staff_name (access, store_column_text (stmt, 2));
          caseload_break_glass_set_organisation_name (access, store_column_text (stmt, 3));
          caseload_break_glass_set_person_id (access, store_column_text (stmt, 4));
          caseload_break_glass_set_person_name (access, store_column_text (stmt, 5));
          caseload_break_glass_set_reason (access, store_column_text (stmt, 6));
          caseload_break_glass_set_started_at (access, store_column_text (stmt, 7));
          caseload_break_glass_set_expires_at (access, store_column_text (stmt, 8));
          caseload_break_glass_set_reviewed_by (access, store_column_text (stmt, 9));
          caseload_break_glass_set_reviewed_by_name (access, store_column_text (stmt, 10));
          caseload_break_glass_set_reviewed_at (access, store_column_text (stmt, 11));
          g_ptr_array_add (accesses, access);
        }
      if (rc != SQLITE_DONE)
        store_set_error (self, error);
      sqlite3_reset (stmt);
    }
  g_rec_mutex_unlock (&self->lock);

  return rc == SQLITE_DONE ? g_steal_pointer (&accesses) : NULL;
}

static gboolean
review_break_glass_locked (CaseloadStoreSqlite  *self,
                           CaseloadStaff        *actor,
                           const char           *id,
                           GError              **error)
{
  g_auto(ActorInfo) info = { 0 };
  g_autofree char *now = store_now (self);
  g_autofree char *person_id = NULL;
  g_autofree char *quoted = NULL;
  g_autofree char *detail = NULL;
  sqlite3_stmt *stmt;

  if (!require_manager (self, actor, &info, error))
    return FALSE;

  stmt = store_prepare (self, "SELECT person_id, staff_id FROM break_glass WHERE id = ?1 AND reviewed_at IS NULL", error);
  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      /* Nobody signs off their own emergency access. */
      if (g_strcmp0 (store_column_text (stmt, 1), info.staff_id) == 0)
        {
          sqlite3_reset (stmt);
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION,
                       _("Another team manager must review your own emergency access."));
          return FALSE;
        }
      person_id = g_strdup (store_column_text (stmt, 0));
    }
  sqlite3_reset (stmt);
  if (person_id == NULL)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                   _("That emergency access has already been reviewed, or is not in this database."));
      return FALSE;
    }

  stmt = store_prepare (self, "UPDATE break_glass SET reviewed_by = ?2, reviewed_at = ?3 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, id);
  store_bind_text (stmt, 2, info.staff_id);
  store_bind_text (stmt, 3, now);
  quoted = caseload_audit_json_string (id);
  detail = g_strdup_printf ("{\"break_glass\":%s}", quoted);
  return store_step_done (self, stmt, error) &&
         store_audit (self, info.staff_id, "break-glass-reviewed", person_id, detail, NULL, error);
}

static gboolean
caseload_store_sqlite_review_break_glass (CaseloadStore  *store,
                                          CaseloadStaff  *actor,
                                          const char     *id,
                                          GError        **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  gboolean ok;

  if (!store_begin_mutation (self, error))
    return FALSE;
  ok = review_break_glass_locked (self, actor, id, error);
  return store_end_mutation (self, ok, ok ? error : NULL) && ok;
}

static GPtrArray *
caseload_store_sqlite_list_audit (CaseloadStore  *store,
                                  CaseloadStaff  *actor,
                                  const char     *staff_id,
                                  const char     *person_id,
                                  const char     *from,
                                  const char     *to,
                                  guint           offset,
                                  guint           limit,
                                  GError        **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(ActorInfo) info = { 0 };
  g_autofree char *until = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc = SQLITE_ERROR;

  if (to != NULL && (until = caseload_date_iso_day_after (to)) == NULL)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION, _("Enter the last day as dd/mm/yyyy."));
      return NULL;
    }
  if (from != NULL && !caseload_parse_date (from, &(GDate) { 0 }, NULL))
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION, _("Enter the first day as dd/mm/yyyy."));
      return NULL;
    }

  g_rec_mutex_lock (&self->lock);
  if (require_manager (self, actor, &info, error) &&
      (stmt = store_prepare (self,
                             "SELECT e.seq, e.occurred_at, e.staff_id, s.display_name, e.action, e.person_id, "
                             "  p.given_name || ' ' || p.family_name, e.detail, e.hash "
                             "FROM audit_event e LEFT JOIN staff s ON s.id = e.staff_id "
                             "LEFT JOIN person p ON p.id = e.person_id "
                             "WHERE (?1 IS NULL OR e.staff_id = ?1) "
                             "  AND (?2 IS NULL OR e.person_id = ?2 "
                             "       OR e.seq IN (SELECT seq FROM audit_subject WHERE person_pk = "
                             "                    (SELECT pk FROM person WHERE id = ?2))) "
                             "  AND (?3 IS NULL OR e.occurred_at >= ?3) AND (?4 IS NULL OR e.occurred_at < ?4) "
                             "ORDER BY e.seq DESC LIMIT ?5 OFFSET ?6", error)) != NULL)
    {
      g_autofree char *from_iso = NULL;
      GDate first;

      g_date_clear (&first, 1);
      if (from != NULL && caseload_parse_date (from, &first, NULL))
        from_iso = caseload_date_to_iso (&first);

      store_bind_text (stmt, 1, staff_id);
      store_bind_text (stmt, 2, person_id);
      store_bind_text (stmt, 3, from_iso);
      store_bind_text (stmt, 4, until);
      sqlite3_bind_int64 (stmt, 5, limit);
      sqlite3_bind_int64 (stmt, 6, offset);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          CaseloadAuditEvent *event = caseload_audit_event_new ();

          caseload_audit_event_set_seq (event, sqlite3_column_int64 (stmt, 0));
          caseload_audit_event_set_occurred_at (event, store_column_text (stmt, 1));
          caseload_audit_event_set_staff_id (event, store_column_text (stmt, 2));
          caseload_audit_event_set_staff_name (event, store_column_text (stmt, 3));
          caseload_audit_event_set_action (event, store_column_text (stmt, 4));
          caseload_audit_event_set_person_id (event, store_column_text (stmt, 5));
          caseload_audit_event_set_person_name (event, store_column_text (stmt, 6));
          caseload_audit_event_set_detail (event, store_column_text (stmt, 7));
          caseload_audit_event_set_hash (event, store_column_text (stmt, 8));
          g_ptr_array_add (events, event);
        }
      if (rc != SQLITE_DONE)
        store_set_error (self, error);
      sqlite3_reset (stmt);
    }
  g_rec_mutex_unlock (&self->lock);

  return rc == SQLITE_DONE ? g_steal_pointer (&events) : NULL;
}

static gboolean
caseload_store_sqlite_verify_audit (CaseloadStore  *store,
                                    gint64         *n_checked,
                                    GError        **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_autofree char *expected_prev = g_strdup (CASELOAD_AUDIT_GENESIS);
  sqlite3_stmt *stmt = NULL;
  gint64 expected_seq = 1;
  gint64 head_seq = 0;
  g_autofree char *head_hash = NULL;
  gboolean ok = TRUE;
  int rc;

  if (n_checked != NULL)
    *n_checked = 0;

  g_rec_mutex_lock (&self->lock);

  /* One read transaction: the chain and its head from the same moment. */
  if (!store_exec (self, "SAVEPOINT verify_audit", error))
    {
      g_rec_mutex_unlock (&self->lock);
      return FALSE;
    }

  if (sqlite3_prepare_v2 (self->db,
                          "SELECT seq, occurred_at, staff_id, action, person_id, detail, prev_hash, hash "
                          "FROM audit_event ORDER BY seq", -1, &stmt, NULL) != SQLITE_OK)
    {
      store_set_error (self, error);
      ok = FALSE;
    }

  while (ok && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 seq = sqlite3_column_int64 (stmt, 0);
      const char *prev_hash = store_column_text (stmt, 6);
      const char *hash = store_column_text (stmt, 7);
      g_autofree char *canonical = NULL;
      g_autofree char *recomputed = NULL;

      if (seq != expected_seq)
        {
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_AUDIT_BROKEN,
                       _("The audit trail is broken at event %" G_GINT64_FORMAT ": event %" G_GINT64_FORMAT
                         " is missing."), seq, expected_seq);
          ok = FALSE;
          break;
        }
      if (g_strcmp0 (prev_hash, expected_prev) != 0)
        {
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_AUDIT_BROKEN,
                       _("The audit trail is broken at event %" G_GINT64_FORMAT ": it does not follow the event "
                         "before it, which was changed, removed or moved."), seq);
          ok = FALSE;
          break;
        }
      canonical = caseload_audit_chain_canonical (seq, store_column_text (stmt, 1), store_column_text (stmt, 2),
                                                  store_column_text (stmt, 3), store_column_text (stmt, 4),
                                                  store_column_text (stmt, 5));
      recomputed = caseload_audit_chain_hash (prev_hash, canonical);
      if (g_strcmp0 (recomputed, hash) != 0)
        {
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_AUDIT_BROKEN,
                       _("The audit trail is broken at event %" G_GINT64_FORMAT ": it was changed after it was written."),
                       seq);
          ok = FALSE;
          break;
        }

      g_free (expected_prev);
      expected_prev = g_strdup (hash);
      expected_seq++;
      if (n_checked != NULL)
        (*n_checked)++;
    }
  if (ok && rc != SQLITE_DONE)
    {
      store_set_error (self, error);
      ok = FALSE;
    }
  sqlite3_finalize (stmt);
  stmt = NULL;

  if (ok && sqlite3_prepare_v2 (self->db, "SELECT seq, hash FROM audit_head WHERE id = 1", -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    {
      head_seq = sqlite3_column_int64 (stmt, 0);
      head_hash = g_strdup (store_column_text (stmt, 1));
    }
  sqlite3_finalize (stmt);

  if (ok && (head_seq != expected_seq - 1 || g_strcmp0 (head_hash, expected_prev) != 0))
    {
      if (head_seq > expected_seq - 1)
        g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_AUDIT_BROKEN,
                     _("The audit trail is broken: it ends at event %" G_GINT64_FORMAT " but was written up to event %"
                       G_GINT64_FORMAT "; the newest events were removed."), expected_seq - 1, head_seq);
      else
        g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_AUDIT_BROKEN,
                     _("The audit trail is broken: its newest event does not match the record of the newest event."));
      ok = FALSE;
    }

  sqlite3_exec (self->db, "RELEASE verify_audit", NULL, NULL, NULL);
  g_rec_mutex_unlock (&self->lock);
  return ok;
}

void
store_access_iface_init (CaseloadStoreInterface *iface)
{
  iface->sign_in = caseload_store_sqlite_sign_in;
  iface->change_password = caseload_store_sqlite_change_password;
  iface->set_password = caseload_store_sqlite_set_password;
  iface->set_staff_active = caseload_store_sqlite_set_staff_active;
  iface->record_event = caseload_store_sqlite_record_event;
  iface->check_access = caseload_store_sqlite_check_access;
  iface->add_care_relationship = caseload_store_sqlite_add_care_relationship;
  iface->record_consent = caseload_store_sqlite_record_consent;
  iface->list_consent = caseload_store_sqlite_list_consent;
  iface->break_glass = caseload_store_sqlite_break_glass;
  iface->list_break_glass = caseload_store_sqlite_list_break_glass;
  iface->review_break_glass = caseload_store_sqlite_review_break_glass;
  iface->list_audit = caseload_store_sqlite_list_audit;
  iface->verify_audit = caseload_store_sqlite_verify_audit;
}
