/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The server enforces the rules, not the desk: demo staff connect with plain libpq as
 * their own database roles, and what PostgreSQL returns to them is compared with what
 * caseload_policy_decide() allows, computed here from the data read as the superuser.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "caseload-plan-action.h"
#include "caseload-plan-goal.h"
#include "caseload-plan-version.h"
#include "caseload-store-postgresql.h"
#include "test-util.h"

#define PASSWORD "caseload-demo"

/* The seeded site, shared by every case (they only read, or change nothing the policy
 * depends on). */
static struct {
  char          *database;
  char          *uri;
  CaseloadClock *clock;
  CaseloadStore *store;
  GPtrArray     *staff;          /* CaseloadStaff */
  GHashTable    *kinds;          /* organisation id → CaseloadOrganisationKind */
} site;

/* The facts the policy goes by, read past row-level security. */
typedef struct {
  GPtrArray  *people;            /* person ids */
  GHashTable *practice;          /* person id → gp_practice_id */
  GHashTable *relationship;      /* "person␟organisation" (open referral or allocation) */
  GHashTable *consent;           /* "person␟organisation" → CaseloadConsentState + 1 */
  GHashTable *glass;             /* "staff␟person" (unexpired break glass) */
} Facts;

static PGresult *
query (PGconn             *conn,
       const char         *sql,
       int                 n_params,
       const char * const *params)
{
  return PQexecParams (conn, sql, n_params, NULL, params, NULL, NULL, 0);
}

/* Rows of @sql, which must succeed. */
static PGresult *
query_ok (PGconn             *conn,
          const char         *sql,
          int                 n_params,
          const char * const *params)
{
  PGresult *result = query (conn, sql, n_params, params);

  if (PQresultStatus (result) != PGRES_TUPLES_OK && PQresultStatus (result) != PGRES_COMMAND_OK)
    g_error ("%s: %s", sql, PQresultErrorMessage (result));
  return result;
}

static gboolean
failed (PGresult *result)
{
  gboolean refused = PQresultStatus (result) == PGRES_FATAL_ERROR;

  if (refused)
    g_test_message ("refused as expected: %s %s", PQresultErrorField (result, PG_DIAG_SQLSTATE),
                    PQresultErrorField (result, PG_DIAG_MESSAGE_PRIMARY));
  PQclear (result);
  return refused;
}

static char *
pair (const char *a,
      const char *b)
{
  return g_strconcat (a, "\x1f", b, NULL);
}

static void
facts_clear (Facts *facts)
{
  g_clear_pointer (&facts->people, g_ptr_array_unref);
  g_clear_pointer (&facts->practice, g_hash_table_unref);
  g_clear_pointer (&facts->relationship, g_hash_table_unref);
  g_clear_pointer (&facts->consent, g_hash_table_unref);
  g_clear_pointer (&facts->glass, g_hash_table_unref);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Facts, facts_clear)

static void
facts_load (Facts  *facts,
            PGconn *owner)
{
  PGresult *result;

  facts->people = g_ptr_array_new_with_free_func (g_free);
  facts->practice = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  facts->relationship = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  facts->consent = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  facts->glass = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  result = query_ok (owner, "SELECT id, gp_practice_id FROM caseload.person", 0, NULL);
  for (int i = 0; i < PQntuples (result); i++)
    {
      g_ptr_array_add (facts->people, g_strdup (PQgetvalue (result, i, 0)));
      if (!PQgetisnull (result, i, 1))
        g_hash_table_insert (facts->practice, g_strdup (PQgetvalue (result, i, 0)),
                             g_strdup (PQgetvalue (result, i, 1)));
    }
  PQclear (result);

  result = query_ok (owner, "SELECT person_id, organisation_id FROM caseload.care_relationship "
                            "WHERE ended_at IS NULL", 0, NULL);
  for (int i = 0; i < PQntuples (result); i++)
    g_hash_table_add (facts->relationship, pair (PQgetvalue (result, i, 0), PQgetvalue (result, i, 1)));
  PQclear (result);

  /* The newest decision per organisation counts. Decisions recorded in the same second
   * (demo data on a fixed clock) are told apart by the order they were written in (seq). */
  result = query_ok (owner, "SELECT DISTINCT ON (person_id, organisation_id) person_id, organisation_id, "
                            "  may_view, may_add FROM caseload.consent_decision "
                            "ORDER BY person_id, organisation_id, recorded_at DESC, seq DESC",
                     0, NULL);
  for (int i = 0; i < PQntuples (result); i++)
    {
      CaseloadConsentState state;

      if (strcmp (PQgetvalue (result, i, 3), "t") == 0)
        state = CASELOAD_CONSENT_VIEW_AND_ADD;
      else if (strcmp (PQgetvalue (result, i, 2), "t") == 0)
        state = CASELOAD_CONSENT_VIEW;
      else
        state = CASELOAD_CONSENT_DECLINED;
      g_hash_table_insert (facts->consent, pair (PQgetvalue (result, i, 0), PQgetvalue (result, i, 1)),
                           GINT_TO_POINTER (state + 1));
    }
  PQclear (result);

  /* An open housing or IPS referral is the person's agreement to share with the service
   * it was made to (the housing organisation, the specialist's), unless they declined. */
  result = query_ok (owner, "SELECT person_id, organisation_id FROM caseload.housing_referral "
                            "WHERE status <> 'closed' "
                            "UNION SELECT r.person_id, s.organisation_id FROM caseload.ips_referral r "
                            "  JOIN caseload.staff s ON s.id = r.specialist_id WHERE r.closed_on IS NULL", 0, NULL);
  for (int i = 0; i < PQntuples (result); i++)
    {
      g_autofree char *key = pair (PQgetvalue (result, i, 0), PQgetvalue (result, i, 1));

      if (GPOINTER_TO_INT (g_hash_table_lookup (facts->consent, key)) != CASELOAD_CONSENT_DECLINED + 1)
        g_hash_table_insert (facts->consent, g_steal_pointer (&key), GINT_TO_POINTER (CASELOAD_CONSENT_VIEW_AND_ADD + 1));
    }
  PQclear (result);

  result = query_ok (owner, "SELECT staff_id, person_id FROM caseload.break_glass "
                            "WHERE expires_at > caseload.now_text()", 0, NULL);
  for (int i = 0; i < PQntuples (result); i++)
    g_hash_table_add (facts->glass, pair (PQgetvalue (result, i, 0), PQgetvalue (result, i, 1)));
  PQclear (result);
}

/* What caseload_policy_decide() says @staff may do with @person_id. */
static CaseloadAccess
decide (Facts         *facts,
        CaseloadStaff *staff,
        const char    *person_id)
{
  const char *organisation = caseload_staff_get_organisation_id (staff);
  g_autofree char *key = pair (person_id, organisation != NULL ? organisation : "");
  g_autofree char *glass_key = pair (caseload_staff_get_id (staff), person_id);
  CaseloadAccessQuery q = { 0 };
  CaseloadAccess access;
  gpointer state;

  q.role = caseload_staff_get_access_role (staff);
  q.organisation_kind = GPOINTER_TO_INT (g_hash_table_lookup (site.kinds, organisation != NULL ? organisation : ""));
  q.direct_care = organisation != NULL
                  && (g_strcmp0 (g_hash_table_lookup (facts->practice, person_id), organisation) == 0
                      || g_hash_table_contains (facts->relationship, key));
  state = g_hash_table_lookup (facts->consent, key);
  q.consent = state != NULL ? (CaseloadConsentState) (GPOINTER_TO_INT (state) - 1) : CASELOAD_CONSENT_NOT_RECORDED;
  q.break_glass = g_hash_table_contains (facts->glass, glass_key);
  caseload_policy_decide (&q, &access);
  return access;
}

static PGconn *
owner_connect (void)
{
  return test_pg_connect (site.uri, NULL, NULL);
}

static PGconn *
staff_connect (CaseloadStaff *staff)
{
  return test_pg_connect (site.uri, caseload_staff_get_username (staff), PASSWORD);
}

static CaseloadStaff *
find_staff (const char *username)
{
  for (guint i = 0; i < site.staff->len; i++)
    if (g_strcmp0 (caseload_staff_get_username (g_ptr_array_index (site.staff, i)), username) == 0)
      return g_ptr_array_index (site.staff, i);
  g_error ("No demo staff member %s", username);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* @ids sorted, one a line. */
static char *
sorted_lines (GPtrArray *ids)
{
  GString *out = g_string_new (NULL);

  g_ptr_array_sort (ids, compare_strings);
  for (guint i = 0; i < ids->len; i++)
    g_string_append_printf (out, "%s\n", (const char *) g_ptr_array_index (ids, i));
  return g_string_free (out, FALSE);
}

static char *
column_lines (PGresult *result)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);

  for (int i = 0; i < PQntuples (result); i++)
    g_ptr_array_add (ids, g_strdup (PQgetvalue (result, i, 0)));
  return sorted_lines (ids);
}

/* Everyone's view of person, timeline_entry, consent_decision and audit_event is exactly
 * what the policy allows. */
static void
test_reads (gconstpointer data)
{
  g_auto(Facts) facts = { 0 };
  PGconn *owner = owner_connect ();
  PGresult *entries;
  PGresult *decisions;
  PGresult *result;
  guint n_audit;

  facts_load (&facts, owner);
  entries = query_ok (owner, "SELECT id, person_id, organisation_id, sensitivity FROM caseload.timeline_entry", 0, NULL);
  decisions = query_ok (owner, "SELECT id, person_id FROM caseload.consent_decision", 0, NULL);
  g_assert_cmpint (PQntuples (entries), >, 0);
  g_assert_cmpint (PQntuples (decisions), >, 0);

  for (guint s = 0; s < site.staff->len; s++)
    {
      CaseloadStaff *staff = g_ptr_array_index (site.staff, s);
      const char *organisation = caseload_staff_get_organisation_id (staff);
      g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GPtrArray) seen_entries = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GPtrArray) seen_decisions = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GHashTable) visible = g_hash_table_new (g_str_hash, g_str_equal);
      g_autofree char *expected = NULL;
      g_autofree char *actual = NULL;
      PGconn *conn;

      if (!caseload_staff_get_active (staff))
        continue;
      g_test_message ("as %s", caseload_staff_get_username (staff));
      for (guint p = 0; p < facts.people->len; p++)
        {
          const char *id = g_ptr_array_index (facts.people, p);
          CaseloadAccess access = decide (&facts, staff, id);

          if (access.may_view)
            {
              g_ptr_array_add (people, g_strdup (id));
              g_hash_table_add (visible, (gpointer) id);
            }
        }
      for (int i = 0; i < PQntuples (entries); i++)
        if (g_hash_table_contains (visible, PQgetvalue (entries, i, 1))
            && (strcmp (PQgetvalue (entries, i, 3), "standard") == 0
                || g_strcmp0 (PQgetvalue (entries, i, 2), organisation) == 0))
          g_ptr_array_add (seen_entries, g_strdup (PQgetvalue (entries, i, 0)));
      for (int i = 0; i < PQntuples (decisions); i++)
        if (g_hash_table_contains (visible, PQgetvalue (decisions, i, 1)))
          g_ptr_array_add (seen_decisions, g_strdup (PQgetvalue (decisions, i, 0)));

      conn = staff_connect (staff);

      expected = sorted_lines (people);
      result = query_ok (conn, "SELECT id FROM caseload.person", 0, NULL);
      actual = column_lines (result);
      PQclear (result);
      g_assert_cmpstr (actual, ==, expected);
      g_clear_pointer (&expected, g_free);
      g_clear_pointer (&actual, g_free);

      expected = sorted_lines (seen_entries);
      result = query_ok (conn, "SELECT id FROM caseload.timeline_entry", 0, NULL);
      actual = column_lines (result);
      PQclear (result);
      g_assert_cmpstr (actual, ==, expected);
      g_clear_pointer (&expected, g_free);
      g_clear_pointer (&actual, g_free);

      expected = sorted_lines (seen_decisions);
      result = query_ok (conn, "SELECT id FROM caseload.consent_decision", 0, NULL);
      actual = column_lines (result);
      PQclear (result);
      g_assert_cmpstr (actual, ==, expected);

      /* The audit trail: team managers review it; nobody else reads it. */
      result = query_ok (owner, "SELECT count(*) FROM caseload.audit_event", 0, NULL);
      n_audit = (guint) g_ascii_strtoull (PQgetvalue (result, 0, 0), NULL, 10);
      PQclear (result);
      result = query_ok (conn, "SELECT count(*) FROM caseload.audit_event", 0, NULL);
      if (caseload_policy_may_review_access (caseload_staff_get_access_role (staff)))
        g_assert_cmpuint ((guint) g_ascii_strtoull (PQgetvalue (result, 0, 0), NULL, 10), ==, n_audit);
      else
        g_assert_cmpstr (PQgetvalue (result, 0, 0), ==, "0");
      PQclear (result);

      PQfinish (conn);
    }

  PQclear (entries);
  PQclear (decisions);
  PQfinish (owner);
}

/* The roles the issue names, each checked for what makes it different. */
static void
test_roles (gconstpointer data)
{
  g_auto(Facts) facts = { 0 };
  CaseloadStaff *gp = find_staff ("rajinder.sandhu");
  CaseloadStaff *eput = find_staff ("adaeze.nwosu");
  CaseloadStaff *mind = find_staff ("daniel.okoro");
  CaseloadStaff *admin = find_staff ("nadia.raman");
  CaseloadStaff *manager = find_staff ("morven.adeyinka");
  PGconn *owner = owner_connect ();
  PGconn *conn;
  PGresult *result;
  guint n_people;

  facts_load (&facts, owner);
  n_people = facts.people->len;

  /* An administrator runs accounts and sees no one. */
  conn = staff_connect (admin);
  result = query_ok (conn, "SELECT count(*) FROM caseload.person", 0, NULL);
  g_assert_cmpstr (PQgetvalue (result, 0, 0), ==, "0");
  PQclear (result);
  PQfinish (conn);

  /* Clinicians see some people, not everyone. */
  conn = staff_connect (gp);
  result = query_ok (conn, "SELECT count(*) FROM caseload.person", 0, NULL);
  g_assert_cmpuint ((guint) atoi (PQgetvalue (result, 0, 0)), >, 0);
  g_assert_cmpuint ((guint) atoi (PQgetvalue (result, 0, 0)), <, n_people);
  PQclear (result);
  PQfinish (conn);
  conn = staff_connect (eput);
  result = query_ok (conn, "SELECT count(*) FROM caseload.person", 0, NULL);
  g_assert_cmpuint ((guint) atoi (PQgetvalue (result, 0, 0)), >, 0);
  PQclear (result);
  PQfinish (conn);

  /* A Mind worker sees only people whose newest decision for Mind is to share. */
  conn = staff_connect (mind);
  result = query_ok (conn, "SELECT id FROM caseload.person", 0, NULL);
  g_assert_cmpint (PQntuples (result), >, 0);
  for (int i = 0; i < PQntuples (result); i++)
    {
      g_autofree char *key = pair (PQgetvalue (result, i, 0), caseload_staff_get_organisation_id (mind));
      int state = GPOINTER_TO_INT (g_hash_table_lookup (facts.consent, key)) - 1;
      g_autofree char *glass_key = pair (caseload_staff_get_id (mind), PQgetvalue (result, i, 0));

      g_assert_true (state == CASELOAD_CONSENT_VIEW || state == CASELOAD_CONSENT_VIEW_AND_ADD
                     || g_hash_table_contains (facts.glass, glass_key));
    }
  PQclear (result);

  /* Private entries stay with the organisation that wrote them. */
  result = query_ok (conn, "SELECT count(*) FROM caseload.timeline_entry "
                           "WHERE sensitivity = 'private' AND organisation_id <> $1", 1,
                     (const char *[]) { caseload_staff_get_organisation_id (mind) });
  g_assert_cmpstr (PQgetvalue (result, 0, 0), ==, "0");
  PQclear (result);
  PQfinish (conn);

  /* …though other organisations' private entries exist. */
  result = query_ok (owner, "SELECT count(*) FROM caseload.timeline_entry "
                            "WHERE sensitivity = 'private' AND organisation_id <> $1", 1,
                     (const char *[]) { caseload_staff_get_organisation_id (mind) });
  g_assert_cmpuint ((guint) atoi (PQgetvalue (result, 0, 0)), >, 0);
  PQclear (result);

  /* A team manager reads the audit trail. */
  conn = staff_connect (manager);
  result = query_ok (conn, "SELECT count(*) FROM caseload.audit_event", 0, NULL);
  g_assert_cmpuint ((guint) atoi (PQgetvalue (result, 0, 0)), >, 0);
  PQclear (result);
  PQfinish (conn);

  PQfinish (owner);
}

/* Nobody rewrites the audit trail, writes it directly, or writes it as someone else. */
static void
test_audit_guarded (gconstpointer data)
{
  const char *usernames[] = { "rajinder.sandhu", "adaeze.nwosu", "daniel.okoro", "nadia.raman", "morven.adeyinka" };

  for (guint i = 0; i < G_N_ELEMENTS (usernames); i++)
    {
      CaseloadStaff *staff = find_staff (usernames[i]);
      CaseloadStaff *other = find_staff (usernames[(i + 1) % G_N_ELEMENTS (usernames)]);
      const char *own[] = { caseload_staff_get_id (staff) };
      const char *theirs[] = { caseload_staff_get_id (other) };
      PGconn *conn = staff_connect (staff);
      PGresult *result;

      g_test_message ("as %s", usernames[i]);
      g_assert_true (failed (query (conn, "UPDATE caseload.audit_event SET action = 'x'", 0, NULL)));
      g_assert_true (failed (query (conn, "UPDATE caseload.audit_event SET detail = '{}' WHERE seq = 1", 0, NULL)));
      g_assert_true (failed (query (conn, "DELETE FROM caseload.audit_event", 0, NULL)));
      g_assert_true (failed (query (conn, "DELETE FROM caseload.audit_event WHERE seq = 1", 0, NULL)));
      g_assert_true (failed (query (conn, "TRUNCATE caseload.audit_event", 0, NULL)));
      g_assert_true (failed (query (conn,
                                    "INSERT INTO caseload.audit_event (seq, occurred_at, staff_id, action, person_id, detail, prev_hash, hash) "
                                    "VALUES (999999, '2026-11-22T10:00:00Z', $1, 'sign-in', NULL, '{}', 'x', 'x')", 1, own)));

      /* Their own events go in through audit_append; someone else's do not. */
      result = query (conn, "SELECT caseload.audit_append ($1, 'print', NULL, NULL, NULL)", 1, own);
      if (PQresultStatus (result) != PGRES_TUPLES_OK)
        g_error ("%s could not audit their own event: %s", usernames[i], PQresultErrorMessage (result));
      PQclear (result);
      g_assert_true (failed (query (conn, "SELECT caseload.audit_append ($1, 'print', NULL, NULL, NULL)", 1, theirs)));
      g_assert_true (failed (query (conn, "SELECT caseload.audit_append (NULL, 'print', NULL, NULL, NULL)", 0, NULL)));
      PQfinish (conn);
    }

  /* The chain is still whole. */
  {
    g_autoptr(GError) error = NULL;
    gint64 checked = 0;

    g_assert_true (caseload_store_verify_audit (site.store, &checked, &error));
    g_assert_no_error (error);
  }
}

static char *
person_version (PGconn     *owner,
                const char *person_id)
{
  PGresult *result = query_ok (owner, "SELECT version || ' ' || updated_at || ' ' || given_name FROM caseload.person WHERE id = $1",
                               1, (const char *[]) { person_id });
  char *value = g_strdup (PQgetvalue (result, 0, 0));

  PQclear (result);
  return value;
}

/* A role changes or adds to only the records it may add to. */
static void
test_writes_refused (gconstpointer data)
{
  const char *usernames[] = { "rajinder.sandhu", "adaeze.nwosu", "daniel.okoro", "nadia.raman", "morven.adeyinka",
                              "aisha.bello" };
  g_auto(Facts) facts = { 0 };
  PGconn *owner = owner_connect ();
  guint n_refused = 0;
  guint n_view_only = 0;

  facts_load (&facts, owner);
  for (guint i = 0; i < G_N_ELEMENTS (usernames); i++)
    {
      CaseloadStaff *staff = find_staff (usernames[i]);
      const char *may_not = NULL;
      const char *view_only = NULL;
      const char *may = NULL;
      PGconn *conn = staff_connect (staff);
      PGresult *result;

      for (guint p = 0; p < facts.people->len; p++)
        {
          const char *id = g_ptr_array_index (facts.people, p);
          CaseloadAccess access = decide (&facts, staff, id);

          if (!access.may_view && may_not == NULL)
            may_not = id;
          else if (access.may_view && !access.may_add && view_only == NULL)
            view_only = id;
          else if (access.may_add && may == NULL)
            may = id;
        }
      g_test_message ("as %s", usernames[i]);

      for (guint k = 0; k < 2; k++)
        {
          const char *id = k == 0 ? may_not : view_only;
          g_autofree char *before = NULL;
          g_autofree char *after = NULL;
          g_autofree char *entry_id = g_uuid_string_random ();

          if (id == NULL)
            continue;
          before = person_version (owner, id);
          result = query (conn, "UPDATE caseload.person SET given_name = 'Changed' WHERE id = $1", 1,
                          (const char *[]) { id });
          /* Refused outright, or the row is not there for them to change. */
          g_assert_true (PQresultStatus (result) == PGRES_FATAL_ERROR || strcmp (PQcmdTuples (result), "0") == 0);
          PQclear (result);
          after = person_version (owner, id);
          g_assert_cmpstr (before, ==, after);

          g_assert_true (failed (query (conn,
                                        "INSERT INTO caseload.timeline_entry (id, person_id, author_id, organisation_id, kind, "
                                        "  sensitivity, occurred_at, text, version, created_at, created_by, updated_at, updated_by) "
                                        "VALUES ($1, $2, $3, $4, 'note', 'standard', '2026-11-22T09:00:00Z', 'Not allowed.', 1, "
                                        "  '2026-11-22T09:00:00Z', $3, '2026-11-22T09:00:00Z', $3)", 4,
                                        (const char *[]) { entry_id, id, caseload_staff_get_id (staff),
                                                           caseload_staff_get_organisation_id (staff) })));
          n_refused++;
          n_view_only += k == 1;
        }

      /* The same statements work where the policy allows them. */
      if (may != NULL)
        {
          g_autofree char *entry_id = g_uuid_string_random ();

          result = query (conn, "UPDATE caseload.person SET preferred_name = preferred_name WHERE id = $1", 1,
                          (const char *[]) { may });
          if (PQresultStatus (result) != PGRES_COMMAND_OK)
            g_error ("%s could not update a record they may add to: %s", usernames[i], PQresultErrorMessage (result));
          g_assert_cmpstr (PQcmdTuples (result), ==, "1");
          PQclear (result);
          result = query (conn,
                          "INSERT INTO caseload.timeline_entry (id, person_id, author_id, organisation_id, kind, "
                          "  sensitivity, occurred_at, text, version, created_at, created_by, updated_at, updated_by) "
                          "VALUES ($1, $2, $3, $4, 'note', 'standard', '2026-11-22T09:00:00Z', 'Allowed.', 1, "
                          "  '2026-11-22T09:00:00Z', $3, '2026-11-22T09:00:00Z', $3)", 4,
                          (const char *[]) { entry_id, may, caseload_staff_get_id (staff),
                                             caseload_staff_get_organisation_id (staff) });
          if (PQresultStatus (result) != PGRES_COMMAND_OK)
            g_error ("%s could not add to a record they may add to: %s", usernames[i], PQresultErrorMessage (result));
          PQclear (result);
        }
      if (caseload_staff_get_access_role (staff) == CASELOAD_ROLE_ADMINISTRATOR)
        g_assert_null (may);
      if (caseload_staff_get_access_role (staff) == CASELOAD_ROLE_PRIMARY_CARE_CLINICIAN)
        g_assert_nonnull (may);
      PQfinish (conn);
    }
  g_assert_cmpuint (n_refused, >, 0);
  g_assert_cmpuint (n_view_only, >, 0);
  PQfinish (owner);
}

static gint64
value_int (PGconn     *conn,
           const char *sql,
           const char *param)
{
  PGresult *result = query_ok (conn, sql, param != NULL ? 1 : 0, (const char *[]) { param });
  gint64 value = g_ascii_strtoll (PQgetvalue (result, 0, 0), NULL, 10);

  PQclear (result);
  return value;
}

/* Schema 4: a referral, its pause, allocation and task are seen only by those who may see
 * the person and changed only by those who may add; every change is audited by the
 * server; the team's thresholds and standards are read by all and changed by managers. */
static void
test_referrals (gconstpointer data)
{
  g_auto(Facts) facts = { 0 };
  CaseloadStaff *eput = find_staff ("adaeze.nwosu");
  CaseloadStaff *mind = find_staff ("daniel.okoro");
  CaseloadStaff *manager = find_staff ("morven.adeyinka");
  const char *hidden = NULL;
  const char *open = NULL;
  g_autofree char *referral_id = g_uuid_string_random ();
  g_autofree char *pause_id = g_uuid_string_random ();
  g_autofree char *allocation_id = g_uuid_string_random ();
  g_autofree char *task_id = g_uuid_string_random ();
  g_autofree char *own_id = g_uuid_string_random ();
  const char *tables[] = { "referral WHERE person_id = $1",
                           "clock_pause c JOIN caseload.referral r ON r.id = c.referral_id WHERE r.person_id = $1",
                           "allocation WHERE person_id = $1", "task WHERE person_id = $1" };
  PGconn *owner = owner_connect ();
  PGconn *conn;
  PGresult *result;
  gint64 n_events;
  gint64 access_version;
  gint64 n_relationships;

  facts_load (&facts, owner);
  for (guint p = 0; p < facts.people->len; p++)
    {
      const char *id = g_ptr_array_index (facts.people, p);

      if (hidden == NULL && !decide (&facts, mind, id).may_view && decide (&facts, eput, id).may_add)
        hidden = id;
      else if (open == NULL && decide (&facts, eput, id).may_add && decide (&facts, mind, id).may_view)
        open = id;
    }
  g_assert_nonnull (hidden);

  /* As the trust, on a person Mind has no consent for: everything about the referral. */
  conn = staff_connect (eput);
  access_version = value_int (conn, "SELECT last_value FROM caseload.access_version", NULL);
  n_relationships = value_int (owner, "SELECT count(*) FROM caseload.care_relationship WHERE person_id = $1", hidden);
  PQclear (query_ok (conn, "BEGIN", 0, NULL));
  PQclear (query_ok (conn,
                     "INSERT INTO caseload.referral (id, person_id, person_pk, source, received_at, reason, urgency, "
                     "  person_agreed, organisation_id, version, created_at, created_by, updated_at, updated_by) "
                     "VALUES ($1, $2, -1, 'gp', '2026-11-20T09:00:00Z', 'Low mood.', 'routine', true, $3, 7, "
                     "  '2020-01-01T00:00:00Z', $4, '2020-01-01T00:00:00Z', $4)", 4,
                     (const char *[]) { referral_id, hidden, caseload_staff_get_organisation_id (eput),
                                        caseload_staff_get_id (eput) }));
  PQclear (query_ok (conn,
                     "INSERT INTO caseload.clock_pause (id, referral_id, reason, started_at, version, created_at, "
                     "  created_by, updated_at, updated_by) "
                     "VALUES ($1, $2, 'in-hospital', '2026-11-21T09:00:00Z', 1, 'x', $3, 'x', $3)", 3,
                     (const char *[]) { pause_id, referral_id, caseload_staff_get_id (eput) }));
  PQclear (query_ok (conn, "UPDATE caseload.referral SET status = 'accepted', triage_outcome = 'accept', "
                           "  decided_by = $2, decided_on = '2026-11-21' WHERE id = $1", 2,
                     (const char *[]) { referral_id, caseload_staff_get_id (eput) }));
  PQclear (query_ok (conn,
                     "INSERT INTO caseload.allocation (id, referral_id, person_id, person_pk, staff_id, role, started_on, "
                     "  version, created_at, created_by, updated_at, updated_by) "
                     "VALUES ($1, $2, $3, -1, $4, 'care-coordinator', '2026-11-21', 1, 'x', $4, 'x', $4)", 4,
                     (const char *[]) { allocation_id, referral_id, hidden, caseload_staff_get_id (eput) }));
  PQclear (query_ok (conn,
                     "INSERT INTO caseload.task (id, person_id, person_pk, owner_id, title, due_on, origin, version, "
                     "  created_at, created_by, updated_at, updated_by) "
                     "VALUES ($1, $2, -1, $3, 'Call back', '2026-11-23', 'manual', 1, 'x', $3, 'x', $3)", 3,
                     (const char *[]) { task_id, hidden, caseload_staff_get_id (eput) }));
  PQclear (query_ok (conn, "COMMIT", 0, NULL));
  /* The clock alone is the store's bookkeeping: no new version, no event. */
  n_events = value_int (owner, "SELECT count(*) FROM caseload.audit_event", NULL);
  PQclear (query_ok (conn, "UPDATE caseload.referral SET clock_due_at = '2026-12-18T09:00:00Z' WHERE id = $1", 1,
                     (const char *[]) { referral_id }));

  /* The server's stamps and keys, whatever the desk sent. */
  result = query_ok (owner, "SELECT r.version, r.created_at, r.person_pk = p.pk, "
                            "  (SELECT count(*) FROM caseload.audit_event e WHERE e.person_id = r.person_id "
                            "     AND e.action IN ('add-referral', 'update-referral', 'add-clock-pause', 'add-allocation', "
                            "                      'add-task') "
                            "     AND (strpos (e.detail, r.id) > 0 OR strpos (e.detail, $2) > 0)), "
                            "  (SELECT count(*) FROM caseload.care_relationship c WHERE c.person_id = r.person_id "
                            "     AND c.kind = 'allocation'), "
                            "  (SELECT a.person_pk = p.pk FROM caseload.allocation a WHERE a.referral_id = r.id) "
                            "FROM caseload.referral r JOIN caseload.person p ON p.id = r.person_id WHERE r.id = $1",
                     2, (const char *[]) { referral_id, task_id });
  g_assert_cmpstr (PQgetvalue (result, 0, 0), ==, "2");
  g_assert_cmpstr (PQgetvalue (result, 0, 1), !=, "2020-01-01T00:00:00Z");
  g_assert_cmpstr (PQgetvalue (result, 0, 2), ==, "t");
  g_assert_cmpstr (PQgetvalue (result, 0, 3), ==, "5");
  g_assert_cmpstr (PQgetvalue (result, 0, 4), !=, "0");
  g_assert_cmpstr (PQgetvalue (result, 0, 5), ==, "t");
  PQclear (result);
  g_assert_cmpint (value_int (owner, "SELECT count(*) FROM caseload.audit_event", NULL), ==, n_events);
  result = query_ok (owner, "SELECT detail FROM caseload.audit_event WHERE action = 'update-referral' "
                            "AND strpos (detail, $1) > 0", 1, (const char *[]) { referral_id });
  g_assert_cmpint (PQntuples (result), ==, 1);
  g_assert_nonnull (strstr (PQgetvalue (result, 0, 0), "\"before\""));
  g_assert_nonnull (strstr (PQgetvalue (result, 0, 0), "\"after\""));
  PQclear (result);
  /* A relationship the referral or allocation made moves who may see whom. */
  if (value_int (owner, "SELECT count(*) FROM caseload.care_relationship WHERE person_id = $1", hidden) > n_relationships)
    g_assert_cmpint (value_int (conn, "SELECT last_value FROM caseload.access_version", NULL), >, access_version);

  /* Nobody rewrites those events. */
  g_assert_true (failed (query (conn, "UPDATE caseload.audit_event SET detail = '{}' WHERE person_id = $1", 1,
                                (const char *[]) { hidden })));
  /* Not a team manager: the thresholds and standards are read, not changed. */
  g_assert_cmpint (value_int (conn, "SELECT count(*) FROM caseload.wait_standard", NULL), ==, 3);
  g_assert_true (failed (query (conn, "INSERT INTO caseload.threshold (id, outcome, position, criterion, created_at, "
                                      "updated_at) VALUES ('t1', 'accept', 0, 'Moderate needs.', 'x', 'x')", 0, NULL)));
  result = query (conn, "UPDATE caseload.wait_standard SET target = 2 WHERE urgency = 'routine'", 0, NULL);
  g_assert_true (PQresultStatus (result) == PGRES_FATAL_ERROR || strcmp (PQcmdTuples (result), "0") == 0);
  PQclear (result);
  g_assert_cmpint (value_int (owner, "SELECT target FROM caseload.wait_standard WHERE urgency = 'routine'", NULL), ==, 28);
  PQfinish (conn);

  /* Mind, without the person's consent, sees none of it and changes none of it. */
  conn = staff_connect (mind);
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM caseload.%s", tables[t]);

      g_assert_cmpint (value_int (conn, sql, hidden), ==, 0);
    }
  result = query (conn, "UPDATE caseload.referral SET reason = 'Changed.' WHERE id = $1", 1,
                  (const char *[]) { referral_id });
  g_assert_true (PQresultStatus (result) == PGRES_FATAL_ERROR || strcmp (PQcmdTuples (result), "0") == 0);
  PQclear (result);
  g_assert_true (failed (query (conn,
                                "INSERT INTO caseload.referral (id, person_id, person_pk, source, received_at, reason, "
                                "  urgency, person_agreed, organisation_id, version, created_at, created_by, updated_at, "
                                "  updated_by) VALUES ($1, $2, 0, 'self', '2026-11-20T09:00:00Z', 'Not allowed.', "
                                "  'routine', true, $3, 1, 'x', $4, 'x', $4)", 4,
                                (const char *[]) { own_id, hidden, caseload_staff_get_organisation_id (mind),
                                                   caseload_staff_get_id (mind) })));
  g_assert_true (failed (query (conn,
                                "INSERT INTO caseload.clock_pause (id, referral_id, reason, started_at, version, "
                                "  created_at, created_by, updated_at, updated_by) "
                                "VALUES ($1, $2, 'in-hospital', '2026-11-22T09:00:00Z', 1, 'x', $3, 'x', $3)", 3,
                                (const char *[]) { own_id, referral_id, caseload_staff_get_id (mind) })));
  g_assert_cmpint (value_int (conn, "SELECT count(*) FROM caseload.threshold", NULL), >=, 0);
  PQfinish (conn);

  /* Everything a staff member reads is about someone they may see. */
  for (guint s = 0; s < site.staff->len; s++)
    {
      CaseloadStaff *staff = g_ptr_array_index (site.staff, s);
      g_auto(Facts) now_facts = { 0 };

      if (!caseload_staff_get_active (staff))
        continue;
      facts_load (&now_facts, owner);
      conn = staff_connect (staff);
      result = query_ok (conn, "SELECT person_id FROM caseload.referral UNION ALL "
                               "SELECT person_id FROM caseload.allocation UNION ALL SELECT person_id FROM caseload.task",
                         0, NULL);
      for (int i = 0; i < PQntuples (result); i++)
        g_assert_true (decide (&now_facts, staff, PQgetvalue (result, i, 0)).may_view);
      PQclear (result);
      PQfinish (conn);
    }

  /* A team manager sets the standards. */
  conn = staff_connect (manager);
  PQclear (query_ok (conn, "UPDATE caseload.wait_standard SET target = 21 WHERE urgency = 'routine'", 0, NULL));
  PQclear (query_ok (conn, "UPDATE caseload.wait_standard SET target = 28 WHERE urgency = 'routine'", 0, NULL));
  PQfinish (conn);
  result = query_ok (owner, "SELECT w.version, w.updated_by, (SELECT count(*) FROM caseload.audit_event e "
                            "  WHERE e.action = 'update-wait-standard' AND e.staff_id = w.updated_by) "
                            "FROM caseload.wait_standard w WHERE urgency = 'routine'", 0, NULL);
  g_assert_cmpstr (PQgetvalue (result, 0, 0), ==, "3");
  g_assert_cmpstr (PQgetvalue (result, 0, 1), ==, caseload_staff_get_id (manager));
  g_assert_cmpstr (PQgetvalue (result, 0, 2), ==, "2");
  PQclear (result);
  (void) open;

  {
    g_autoptr(GError) error = NULL;
    gint64 checked = 0;

    g_assert_true (caseload_store_verify_audit (site.store, &checked, &error));
    g_assert_no_error (error);
  }
  PQfinish (owner);
}

/* @person_id's current plan (the demo may have made one) with a goal and an action
 * @organisation owns added, saved by @writer; @action: the action, which the plan holds. */
static CaseloadPlan *
save_organisation_action (CaseloadStaff       *writer,
                          const char          *person_id,
                          const char          *organisation_id,
                          const char          *words,
                          CaseloadPlanAction **action)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadPlan) plan = caseload_store_get_plan (site.store, writer, person_id, 0, &error);
  g_autoptr(CaseloadPlanGoal) goal = caseload_plan_goal_new ();

  g_assert_no_error (error);
  *action = caseload_plan_action_new ();
  caseload_plan_goal_set_words (goal, "Meet people.");
  caseload_plan_action_set_words (*action, words);
  caseload_plan_action_set_owner_kind (*action, CASELOAD_ACTION_OWNER_ORGANISATION);
  caseload_plan_action_set_owner_organisation_id (*action, organisation_id);
  caseload_plan_action_set_due_on (*action, "2026-12-10");
  g_ptr_array_add (caseload_plan_goal_get_actions (goal), *action);
  g_ptr_array_add (caseload_plan_get_goals (plan), g_object_ref (goal));
  g_assert_true (caseload_store_save_plan (site.store, writer, plan, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&plan);
}

/* The first person @reader may see (and, with @may_add, add to, or otherwise not) to
 * whom @writer may add. */
static const char *
find_person (Facts         *facts,
             CaseloadStaff *reader,
             gboolean       may_add,
             CaseloadStaff *writer)
{
  for (guint p = 0; p < facts->people->len; p++)
    {
      const char *id = g_ptr_array_index (facts->people, p);
      CaseloadAccess access = decide (facts, reader, id);

      if (access.may_view && access.may_add == may_add && decide (facts, writer, id).may_add)
        return id;
    }
  g_error ("No person to try organisation tasks on");
}

/* A plan, its versions, measures and reviews: the trust writes them through the store;
 * the server stamps and audits them and never lets a saved version change; Mind, without
 * the person's consent, sees none of it (the task of an action Mind owns included) and
 * writes none of it. */
static void
test_plans (gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_auto(Facts) facts = { 0 };
  CaseloadStaff *eput = find_staff ("adaeze.nwosu");
  CaseloadStaff *mind = find_staff ("daniel.okoro");
  const char *hidden = NULL;
  g_autoptr(CaseloadPlan) plan = caseload_plan_new ();
  g_autoptr(CaseloadPlanGoal) goal = caseload_plan_goal_new ();
  g_autoptr(CaseloadPlanAction) ours = caseload_plan_action_new ();
  g_autoptr(CaseloadPlanAction) theirs = caseload_plan_action_new ();
  g_autoptr(CaseloadMeasure) measure = caseload_measure_new ();
  g_autoptr(CaseloadReview) review = caseload_review_new ();
  g_autoptr(CaseloadPlan) read = NULL;
  g_autoptr(GPtrArray) tasks = NULL;
  g_autofree char *own_id = g_uuid_string_random ();
  const int answers[] = { 1, 2, 1, 0, 2, 1, 0, 1, 0 };
  const char *tables[] = { "plan WHERE person_id = $1", "plan_version WHERE person_id = $1",
                           "measure WHERE person_id = $1", "review WHERE person_id = $1",
                           "task WHERE person_id = $1" };
  PGconn *owner = owner_connect ();
  PGconn *conn;
  PGresult *result;

  facts_load (&facts, owner);
  for (guint p = 0; p < facts.people->len && hidden == NULL; p++)
    {
      const char *id = g_ptr_array_index (facts.people, p);

      /* Someone without the demo's plans and measures: the counts below are this test's. */
      if (!decide (&facts, mind, id).may_view && decide (&facts, eput, id).may_add
          && value_int (owner, "SELECT (SELECT count(*) FROM caseload.plan_version WHERE person_id = $1) "
                               "  + (SELECT count(*) FROM caseload.measure WHERE person_id = $1)", id) == 0)
        hidden = id;
    }
  g_assert_nonnull (hidden);

  /* The trust writes a plan with an action for itself and one for Mind, a measure and a
   * review. */
  caseload_plan_set_person_id (plan, hidden);
  caseload_plan_set_what_matters (plan, "Getting back to the allotment.");
  caseload_plan_set_review_on (plan, "2026-12-20");
  caseload_plan_goal_set_words (goal, "Go to the allotment twice a week.");
  caseload_plan_goal_set_life_area (goal, CASELOAD_LIFE_AREA_LEISURE);
  caseload_plan_action_set_words (ours, "Check in by phone.");
  caseload_plan_action_set_owner_kind (ours, CASELOAD_ACTION_OWNER_WORKER);
  caseload_plan_action_set_owner_staff_id (ours, caseload_staff_get_id (eput));
  caseload_plan_action_set_due_on (ours, "2026-12-01");
  caseload_plan_action_set_words (theirs, "Peer support group.");
  caseload_plan_action_set_owner_kind (theirs, CASELOAD_ACTION_OWNER_ORGANISATION);
  caseload_plan_action_set_owner_organisation_id (theirs, caseload_staff_get_organisation_id (mind));
  caseload_plan_action_set_due_on (theirs, "2026-12-05");
  g_ptr_array_add (caseload_plan_goal_get_actions (goal), g_object_ref (ours));
  g_ptr_array_add (caseload_plan_goal_get_actions (goal), g_object_ref (theirs));
  g_ptr_array_add (caseload_plan_get_goals (plan), g_object_ref (goal));
  g_assert_true (caseload_store_save_plan (site.store, eput, plan, &error));
  g_assert_no_error (error);
  g_assert_cmpint (caseload_plan_get_version (plan), ==, 1);
  g_assert_cmpstr (caseload_plan_action_get_owner_name (theirs), ==, "Thurrock & Brentwood Mind");

  caseload_measure_set_person_id (measure, hidden);
  caseload_measure_set_instrument (measure, CASELOAD_INSTRUMENT_PHQ9);
  caseload_measure_set_answer_values (measure, answers, G_N_ELEMENTS (answers));
  caseload_measure_set_completed_on (measure, "2026-11-21");
  caseload_measure_set_completed_by (measure, CASELOAD_COMPLETED_BY_PERSON);
  g_assert_true (caseload_store_save_measure (site.store, eput, measure, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (caseload_measure_get_total (measure), ==, 8);

  caseload_review_set_reviewed_on (review, "2026-11-22");
  caseload_review_set_person_said (review, "The allotment helps.");
  caseload_review_set_next_review_on (review, "2027-02-20");
  g_assert_true (caseload_store_save_review (site.store, eput, review, plan, &error));
  g_assert_no_error (error);
  g_assert_cmpint (caseload_review_get_plan_version (review), ==, 2);

  /* Read back as written; a stale save changes nothing. */
  {
    g_autoptr(CaseloadOutcomes) outcomes = caseload_store_read_outcomes (site.store, eput, hidden, &error);
    g_autoptr(CaseloadPlan) first = NULL;
    g_autoptr(CaseloadPlan) stale = NULL;

    g_assert_no_error (error);
    g_assert_cmpint (caseload_plan_get_version (outcomes->plan), ==, 2);
    g_assert_cmpstr (caseload_plan_get_review_on (outcomes->plan), ==, "2027-02-20");
    g_assert_cmpstr (caseload_plan_get_author_id (outcomes->plan), ==, caseload_staff_get_id (eput));
    g_assert_cmpuint (outcomes->versions->len, ==, 2);
    g_assert_cmpint (caseload_plan_version_get_version (g_ptr_array_index (outcomes->versions, 0)), ==, 2);
    g_assert_cmpuint (outcomes->reviews->len, ==, 1);
    g_assert_cmpstr (caseload_review_get_person_said (g_ptr_array_index (outcomes->reviews, 0)), ==,
                     "The allotment helps.");
    g_assert_cmpuint (outcomes->measures->len, ==, 1);
    g_assert_true (caseload_measure_get_has_total (g_ptr_array_index (outcomes->measures, 0)));
    first = caseload_store_get_plan (site.store, eput, hidden, 1, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (caseload_plan_get_what_matters (first), ==, "Getting back to the allotment.");
    g_assert_cmpstr (caseload_plan_get_review_on (first), ==, "2026-12-20");
    g_assert_cmpuint (caseload_plan_get_goals (first)->len, ==, 1);
    g_assert_null (caseload_store_get_plan (site.store, eput, hidden, 9, &error));
    g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND);
    g_clear_error (&error);
    stale = caseload_plan_copy (first);
    caseload_plan_set_what_matters (stale, "Stale.");
    g_assert_false (caseload_store_save_plan (site.store, eput, stale, &error));
    g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_CONFLICT);
    g_clear_error (&error);
    g_assert_cmpint (value_int (owner, "SELECT version FROM caseload.plan WHERE person_id = $1", hidden), ==, 2);
    /* The review date is the next review of the person's open referrals. */
    g_assert_cmpint (value_int (owner, "SELECT count(*) FROM caseload.referral WHERE person_id = $1 "
                                       "AND status = 'accepted' AND next_review_on IS DISTINCT FROM '2027-02-20'",
                                hidden), ==, 0);
  }
  /* The worker's action is on their list; Mind's on Mind's, where Mind may see the person. */
  tasks = caseload_store_list_tasks (site.store, eput, caseload_staff_get_id (eput), hidden, FALSE, 0, 100, &error);
  g_assert_no_error (error);
  {
    guint n_plan = 0;

    for (guint i = 0; i < tasks->len; i++)
      if (caseload_task_get_origin (g_ptr_array_index (tasks, i)) == CASELOAD_TASK_ORIGIN_PLAN_ACTION)
        {
          g_assert_cmpstr (caseload_task_get_source_id (g_ptr_array_index (tasks, i)), ==, caseload_plan_action_get_id (ours));
          n_plan++;
        }
    g_assert_cmpuint (n_plan, ==, 1);
  }
  g_clear_pointer (&tasks, g_ptr_array_unref);
  g_assert_cmpint (value_int (owner, "SELECT count(*) FROM caseload.task WHERE origin = 'plan-action' "
                                     "AND owner_organisation_id IS NOT NULL AND owner_id IS NULL AND NOT done "
                                     "AND person_id = $1", hidden), ==, 1);

  /* The server's stamps, keys and events, whatever a desk sends. */
  conn = staff_connect (eput);
  PQclear (query_ok (conn,
                     "INSERT INTO caseload.measure (id, person_id, person_pk, instrument, answers, completed_on, "
                     "  completed_by, complete, organisation_id, version, created_at, created_by, updated_at, updated_by) "
                     "VALUES ($1, $2, -1, 'gad-7', '1,1,1,1,1,1,1', '2026-11-20', 'person', true, $3, 9, "
                     "  '2020-01-01T00:00:00Z', $4, '2020-01-01T00:00:00Z', $4)", 4,
                     (const char *[]) { own_id, hidden, caseload_staff_get_organisation_id (mind),
                                        caseload_staff_get_id (eput) }));
  result = query_ok (owner, "SELECT m.version, m.created_at, m.organisation_id, m.person_pk = p.pk "
                            "FROM caseload.measure m JOIN caseload.person p ON p.id = m.person_id WHERE m.id = $1",
                     1, (const char *[]) { own_id });
  g_assert_cmpstr (PQgetvalue (result, 0, 0), ==, "1");
  g_assert_cmpstr (PQgetvalue (result, 0, 1), !=, "2020-01-01T00:00:00Z");
  g_assert_cmpstr (PQgetvalue (result, 0, 2), ==, caseload_staff_get_organisation_id (eput));
  g_assert_cmpstr (PQgetvalue (result, 0, 3), ==, "t");
  PQclear (result);
  result = query_ok (owner, "SELECT v.version, v.author_id, v.organisation_id, v.saved_at, pl.version, pl.goals, "
                            "  pl.person_pk = p.pk, r.created_by, r.plan_version "
                            "FROM caseload.plan_version v JOIN caseload.plan pl ON pl.person_id = v.person_id "
                            "JOIN caseload.person p ON p.id = v.person_id JOIN caseload.review r ON r.person_id = v.person_id "
                            "WHERE v.person_id = $1 ORDER BY v.version DESC LIMIT 1", 1, (const char *[]) { hidden });
  g_assert_cmpstr (PQgetvalue (result, 0, 0), ==, "2");
  g_assert_cmpstr (PQgetvalue (result, 0, 1), ==, caseload_staff_get_id (eput));
  g_assert_cmpstr (PQgetvalue (result, 0, 2), ==, caseload_staff_get_organisation_id (eput));
  g_assert_cmpstr (PQgetvalue (result, 0, 3), ==, "2026-11-22T10:00:00Z");
  g_assert_cmpstr (PQgetvalue (result, 0, 4), ==, "2");
  g_assert_cmpstr (PQgetvalue (result, 0, 5), ==, "1");
  g_assert_cmpstr (PQgetvalue (result, 0, 6), ==, "t");
  g_assert_cmpstr (PQgetvalue (result, 0, 7), ==, caseload_staff_get_id (eput));
  g_assert_cmpstr (PQgetvalue (result, 0, 8), ==, "2");
  PQclear (result);
  /* Every change is in the chain: two versions, two measures, a review, two tasks. */
  result = query_ok (owner, "SELECT action, count(*) FROM caseload.audit_event WHERE person_id = $1 "
                            "AND (action IN ('plan-save', 'measure-add', 'review-add') "
                            "     OR (action = 'add-task' AND strpos (detail, 'plan-action') > 0)) "
                            "GROUP BY action ORDER BY action", 1, (const char *[]) { hidden });
  g_assert_cmpint (PQntuples (result), ==, 4);
  g_assert_cmpstr (PQgetvalue (result, 0, 0), ==, "add-task");
  g_assert_cmpstr (PQgetvalue (result, 0, 1), ==, "2");
  g_assert_cmpstr (PQgetvalue (result, 1, 0), ==, "measure-add");
  g_assert_cmpstr (PQgetvalue (result, 1, 1), ==, "2");
  g_assert_cmpstr (PQgetvalue (result, 2, 0), ==, "plan-save");
  g_assert_cmpstr (PQgetvalue (result, 2, 1), ==, "2");
  g_assert_cmpstr (PQgetvalue (result, 3, 0), ==, "review-add");
  g_assert_cmpstr (PQgetvalue (result, 3, 1), ==, "1");
  PQclear (result);
  /* A saved version is what it was, for the trust and the site's owner alike. */
  result = query (conn, "UPDATE caseload.plan_version SET body = '' WHERE person_id = $1", 1,
                  (const char *[]) { hidden });
  g_assert_true (PQresultStatus (result) == PGRES_FATAL_ERROR || strcmp (PQcmdTuples (result), "0") == 0);
  PQclear (result);
  g_assert_true (failed (query (owner, "UPDATE caseload.plan_version SET body = '' WHERE person_id = $1", 1,
                                (const char *[]) { hidden })));
  g_assert_true (failed (query (owner, "DELETE FROM caseload.plan_version WHERE person_id = $1", 1,
                                (const char *[]) { hidden })));
  /* Nor does the plan change without a saved version behind it. */
  g_assert_true (failed (query (conn, "UPDATE caseload.plan SET review_on = '2030-01-01' WHERE person_id = $1", 1,
                                (const char *[]) { hidden })));
  PQfinish (conn);

  /* Mind sees none of it, not even the task its organisation owns, and writes none. */
  conn = staff_connect (mind);
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM caseload.%s", tables[t]);

      g_assert_cmpint (value_int (conn, sql, hidden), ==, 0);
    }
  g_assert_true (failed (query (conn,
                                "INSERT INTO caseload.measure (id, person_id, person_pk, instrument, answers, "
                                "  completed_on, completed_by, complete, organisation_id, version, created_at, "
                                "  created_by, updated_at, updated_by) "
                                "VALUES ($1, $2, 0, 'gad-7', '0,0,0,0,0,0,0', '2026-11-20', 'person', true, $3, 1, 'x', "
                                "  $4, 'x', $4)", 4,
                                (const char *[]) { "mind-measure", hidden, caseload_staff_get_organisation_id (mind),
                                                   caseload_staff_get_id (mind) })));
  g_assert_true (failed (query (conn,
                                "INSERT INTO caseload.plan_version (id, person_id, version, body, author_id, "
                                "  organisation_id, saved_at) VALUES ('mind-version', $1, 3, '{}', $2, $3, 'x')", 3,
                                (const char *[]) { hidden, caseload_staff_get_id (mind),
                                                   caseload_staff_get_organisation_id (mind) })));
  g_assert_true (failed (query (conn,
                                "INSERT INTO caseload.review (id, person_id, person_pk, reviewed_on, plan_version, "
                                "  next_review_on, organisation_id, created_at, created_by) "
                                "VALUES ('mind-review', $1, 0, '2026-11-22', 2, '2027-01-01', $2, 'x', $3)", 3,
                                (const char *[]) { hidden, caseload_staff_get_organisation_id (mind),
                                                   caseload_staff_get_id (mind) })));
  result = query (conn, "UPDATE caseload.plan SET review_on = '2030-01-01' WHERE person_id = $1", 1,
                  (const char *[]) { hidden });
  g_assert_true (PQresultStatus (result) == PGRES_FATAL_ERROR || strcmp (PQcmdTuples (result), "0") == 0);
  PQclear (result);
  PQfinish (conn);
  g_assert_cmpint (value_int (owner, "SELECT count(*) FROM caseload.plan WHERE review_on = '2030-01-01'", NULL), ==, 0);

  /* And through the store: refused, and not on Mind's list. */
  read = caseload_store_get_plan (site.store, mind, hidden, 0, &error);
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION);
  g_assert_null (read);
  g_clear_error (&error);
  g_assert_false (caseload_store_save_plan (site.store, mind, plan, &error));
  g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION);
  g_clear_error (&error);
  tasks = caseload_store_list_tasks (site.store, mind, caseload_staff_get_id (mind), NULL, TRUE, 0, 100, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < tasks->len; i++)
    g_assert_cmpstr (caseload_task_get_person_id (g_ptr_array_index (tasks, i)), !=, hidden);

  /* Where Mind may see and add to the record, the action Mind owns is on the list of
   * everyone at Mind, until it is done. */
  {
    const char *shared = find_person (&facts, mind, TRUE, eput);
    CaseloadPlanAction *action = NULL;
    g_autoptr(CaseloadPlan) other = save_organisation_action (eput, shared, caseload_staff_get_organisation_id (mind),
                                                              "Invite to the walking group.", &action);
    guint found = 0;

    tasks = caseload_store_list_tasks (site.store, mind, caseload_staff_get_id (mind), NULL, FALSE, 0, 1000, &error);
    g_assert_no_error (error);
    for (guint i = 0; i < tasks->len; i++)
      if (g_strcmp0 (caseload_task_get_source_id (g_ptr_array_index (tasks, i)), caseload_plan_action_get_id (action)) == 0)
        {
          g_assert_null (caseload_task_get_owner_id (g_ptr_array_index (tasks, i)));
          g_assert_cmpstr (caseload_task_get_owner_organisation_name (g_ptr_array_index (tasks, i)), ==,
                           "Thurrock & Brentwood Mind");
          found++;
        }
    g_assert_cmpuint (found, ==, 1);
    g_clear_pointer (&tasks, g_ptr_array_unref);
    caseload_plan_action_set_done (action, TRUE);
    g_assert_true (caseload_store_save_plan (site.store, eput, other, &error));
    g_assert_no_error (error);
    g_assert_cmpint (value_int (owner, "SELECT count(*) FROM caseload.task WHERE origin = 'plan-action' AND done "
                                       "AND source_id = $1", caseload_plan_action_get_id (action)), ==, 1);
  }

  /* Where Mind may only look, its staff may mark its task done, and change nothing else. */
  {
    CaseloadStaff *gp = find_staff ("rajinder.sandhu");
    const char *viewed = find_person (&facts, mind, FALSE, gp);
    CaseloadPlanAction *action = NULL;
    g_autoptr(CaseloadPlan) other = save_organisation_action (gp, viewed, caseload_staff_get_organisation_id (mind),
                                                              "Wellbeing course.", &action);
    const char *source[] = { caseload_plan_action_get_id (action) };

    CaseloadTask *task = NULL;

    conn = staff_connect (mind);
    g_assert_true (failed (query (conn, "UPDATE caseload.task SET title = 'Changed.' WHERE source_id = $1", 1, source)));
    PQfinish (conn);
    /* Marked done at Mind's desk, from Mind's list. */
    tasks = caseload_store_list_tasks (site.store, mind, caseload_staff_get_id (mind), viewed, FALSE, 0, 100, &error);
    g_assert_no_error (error);
    for (guint i = 0; i < tasks->len; i++)
      if (g_strcmp0 (caseload_task_get_source_id (g_ptr_array_index (tasks, i)), source[0]) == 0)
        task = g_ptr_array_index (tasks, i);
    g_assert_nonnull (task);
    caseload_task_set_done (task, TRUE);
    g_assert_true (caseload_store_save_task (site.store, mind, task, &error));
    g_assert_no_error (error);
    g_clear_pointer (&tasks, g_ptr_array_unref);
    result = query_ok (owner, "SELECT done, done_by, title FROM caseload.task WHERE source_id = $1", 1, source);
    g_assert_cmpstr (PQgetvalue (result, 0, 0), ==, "t");
    g_assert_cmpstr (PQgetvalue (result, 0, 1), ==, caseload_staff_get_id (mind));
    g_assert_cmpstr (PQgetvalue (result, 0, 2), ==, "Wellbeing course.");
    PQclear (result);
  }

  /* The dashboard counts them for a manager who sees the person. */
  {
    CaseloadStaff *manager = find_staff ("morven.adeyinka");
    g_autoptr(CaseloadDashboard) dashboard = caseload_store_read_dashboard (site.store, manager, "2026-11-01",
                                                                            "2026-11-30", NULL, &error);

    g_assert_no_error (error);
    if (decide (&facts, manager, hidden).may_view)
      {
        g_assert_cmpuint (dashboard->people_measured, >=, 1);
        g_assert_cmpuint (dashboard->goals, >=, 1);
      }
  }

  {
    gint64 checked = 0;

    g_assert_true (caseload_store_verify_audit (site.store, &checked, &error));
    g_assert_no_error (error);
  }
  PQfinish (owner);
}

/* Schema 6: the team's cohorts and sessions are read by everyone; a person's pathway rows
 * (participants, attendance, Open Dialogue, IPS, accommodation) only by those who may see
 * the person and written by those who may add, stamped and keyed by the server and
 * audited without their free text; fidelity reviews are recorded by managers; a housing
 * referral lets the organisation it is sent to see and add to the record while it is
 * open. */
static void
test_pathways (gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_auto(Facts) facts = { 0 };
  CaseloadStaff *eput = find_staff ("adaeze.nwosu");
  CaseloadStaff *mind = find_staff ("daniel.okoro");
  CaseloadStaff *manager = find_staff ("morven.adeyinka");
  CaseloadStaff *housing = find_staff ("aisha.bello");
  const char *hidden = NULL;
  g_autofree char *cohort = g_uuid_string_random ();
  g_autofree char *session = g_uuid_string_random ();
  g_autofree char *participant = g_uuid_string_random ();
  g_autofree char *episode = g_uuid_string_random ();
  g_autofree char *meeting = g_uuid_string_random ();
  g_autofree char *ips = g_uuid_string_random ();
  g_autofree char *referral = g_uuid_string_random ();
  const char *eput_id = caseload_staff_get_id (eput);
  /* Each as a count of the person's rows. */
  const char *tables[] = {
    "stepps_participant WHERE person_id = $1",
    "stepps_attendance a JOIN caseload.stepps_participant x ON x.id = a.participant_id WHERE x.person_id = $1",
    "stepps_reinforcer r JOIN caseload.stepps_participant x ON x.id = r.participant_id WHERE x.person_id = $1",
    "od_episode WHERE person_id = $1",
    "od_meeting m JOIN caseload.od_episode e ON e.id = m.episode_id WHERE e.person_id = $1",
    "od_meeting_member m JOIN caseload.od_meeting x ON x.id = m.meeting_id WHERE x.person_pk = "
    "  (SELECT pk FROM caseload.person WHERE id = $1)",
    "ips_referral WHERE person_id = $1",
    "ips_job j JOIN caseload.ips_referral r ON r.id = j.referral_id WHERE r.person_id = $1",
    "accommodation_status WHERE person_id = $1",
    "housing_referral WHERE person_id = $1",
  };
  PGconn *owner = owner_connect ();
  PGconn *conn;
  PGresult *result;

  facts_load (&facts, owner);
  for (guint p = 0; p < facts.people->len && hidden == NULL; p++)
    {
      const char *id = g_ptr_array_index (facts.people, p);

      /* Someone the demo put on no pathway, so the counts below are this test's rows */
      if (!decide (&facts, mind, id).may_view && decide (&facts, eput, id).may_add
          && !decide (&facts, housing, id).may_view
          && value_int (owner, "SELECT (SELECT count(*) FROM caseload.stepps_participant WHERE person_id = $1) "
                               "     + (SELECT count(*) FROM caseload.od_episode WHERE person_id = $1) "
                               "     + (SELECT count(*) FROM caseload.ips_referral WHERE person_id = $1) "
                               "     + (SELECT count(*) FROM caseload.housing_referral WHERE person_id = $1) "
                               "     + (SELECT count(*) FROM caseload.accommodation_status WHERE person_id = $1)", id) == 0)
        hidden = id;
    }
  g_assert_nonnull (hidden);

  /* The trust records all of it, sending stamps the server overrides. */
  conn = staff_connect (eput);
  PQclear (query_ok (conn, "BEGIN", 0, NULL));
  PQclear (query_ok (conn, "INSERT INTO caseload.stepps_cohort (id, name, programme, n_sessions, session_minutes, "
                           "  start_on, end_on, completion_percent, organisation_id, version, created_by, created_at) "
                           "VALUES ($1, 'Tuesday group', 'stepps-20', 20, 120, '2026-11-03', '2027-03-16', 75, "
                           "  (SELECT id FROM caseload.organisation WHERE kind = 'vcse' LIMIT 1), 9, $2, '2020-01-01')",
                     2, (const char *[]) { cohort, caseload_staff_get_id (mind) }));
  PQclear (query_ok (conn, "INSERT INTO caseload.stepps_facilitator (cohort_id, staff_id) VALUES ($1, $2), ($1, $3)", 3,
                     (const char *[]) { cohort, eput_id, caseload_staff_get_id (mind) }));
  PQclear (query_ok (conn, "INSERT INTO caseload.stepps_session (id, cohort_id, number, held_on, topic) "
                           "VALUES ($1, $2, 1, '2026-11-03', 'Awareness of the disorder')", 2,
                     (const char *[]) { session, cohort }));
  PQclear (query_ok (conn, "INSERT INTO caseload.stepps_participant (id, cohort_id, person_id, person_pk, joined_on, "
                           "  created_by, created_at) VALUES ($1, $2, $3, -1, '2026-11-03', $4, 'x')", 4,
                     (const char *[]) { participant, cohort, hidden, eput_id }));
  PQclear (query_ok (conn, "INSERT INTO caseload.stepps_reinforcer (id, participant_id, name, professional) "
                           "VALUES (gen_random_uuid ()::text, $1, 'Reinforcer Quentin', false)", 1,
                     (const char *[]) { participant }));
  PQclear (query_ok (conn, "INSERT INTO caseload.stepps_attendance (session_id, participant_id, person_pk, status, "
                           "  intensity, best_total, recorded_by, recorded_at) "
                           "VALUES ($1, $2, -1, 'attended', 3, 40, $3, 'x')", 3,
                     (const char *[]) { session, participant, caseload_staff_get_id (mind) }));
  PQclear (query_ok (conn, "INSERT INTO caseload.od_episode (id, person_id, person_pk, start_kind, contact_at, "
                           "  organisation_id, recorded_by, created_at) "
                           "VALUES ($1, $2, -1, 'crisis-contact', '2026-11-21T22:00:00Z', $3, $4, 'x')", 4,
                     (const char *[]) { episode, hidden, caseload_staff_get_organisation_id (eput), eput_id }));
  PQclear (query_ok (conn, "INSERT INTO caseload.od_core_member (episode_id, staff_id) VALUES ($1, $2)", 2,
                     (const char *[]) { episode, eput_id }));
  PQclear (query_ok (conn, "INSERT INTO caseload.od_meeting (id, episode_id, person_pk, held_at, place, person_present, "
                           "  decisions, notes, organisation_id, recorded_by, created_at) "
                           "VALUES ($1, $2, -1, '2026-11-22T09:00:00Z', 'home', true, 'Decided Zebedee stays home.', "
                           "  'Notes for the network.', $3, $4, 'x')", 4,
                     (const char *[]) { meeting, episode, caseload_staff_get_organisation_id (eput), eput_id }));
  PQclear (query_ok (conn, "INSERT INTO caseload.od_meeting_member (id, meeting_id, name, relationship) "
                           "VALUES (gen_random_uuid ()::text, $1, 'Neighbour Ottoline', 'friend')", 1,
                     (const char *[]) { meeting }));
  PQclear (query_ok (conn, "INSERT INTO caseload.ips_referral (id, person_id, person_pk, wants_work, referred_on, "
                           "  referred_by, specialist_id, organisation_id, created_at) "
                           "VALUES ($1, $2, -1, true, '2026-11-01', $3, $4, $5, 'x')", 5,
                     (const char *[]) { ips, hidden, eput_id, caseload_staff_get_id (find_staff ("agne.kazlauskiene")),
                                        caseload_staff_get_organisation_id (eput) }));
  PQclear (query_ok (conn, "INSERT INTO caseload.ips_job (id, referral_id, person_pk, employer, role, hours_per_week, "
                           "  pay_type, started_on, recorded_by, created_at) "
                           "VALUES (gen_random_uuid ()::text, $1, -1, 'Employer Wilberforce Ltd', 'Porter', 16, 'hourly', "
                           "  '2026-11-20', $2, 'x')", 2, (const char *[]) { ips, eput_id }));
  PQclear (query_ok (conn, "INSERT INTO caseload.accommodation_status (id, person_id, person_pk, status, from_on, "
                           "  recorded_by, created_at) VALUES (gen_random_uuid ()::text, $1, -1, 'at-risk', "
                           "  '2026-11-01', $2, 'x')", 2, (const char *[]) { hidden, eput_id }));
  PQclear (query_ok (conn, "COMMIT", 0, NULL));
  PQclear (query_ok (conn, "UPDATE caseload.stepps_participant SET left_on = '2026-12-01' WHERE id = $1", 1,
                     (const char *[]) { participant }));
  /* Not a manager: no fidelity review. */
  g_assert_true (failed (query (conn, "INSERT INTO caseload.ips_fidelity_review (id, service, reviewed_on, scores, "
                                      "  total, band, recorded_by, created_at) VALUES ('f0', 'IPS', '2026-11-01', "
                                      "  '3', 75, 'fair', $1, 'x')", 1, (const char *[]) { eput_id })));
  PQfinish (conn);

  /* The server's stamps, keys and organisation, whatever the desk sent. */
  result = query_ok (owner, "SELECT c.version, c.created_by = $2, c.created_at <> '2020-01-01', "
                            "  c.organisation_id = (SELECT organisation_id FROM caseload.staff WHERE id = $2), "
                            "  x.version, x.person_pk = p.pk, a.person_pk = p.pk, a.recorded_by = $2, "
                            "  (SELECT m.person_pk = p.pk FROM caseload.od_meeting m WHERE m.episode_id = e.id), "
                            "  (SELECT j.person_pk = p.pk FROM caseload.ips_job j WHERE j.referral_id = $4) "
                            "FROM caseload.stepps_cohort c, caseload.stepps_participant x "
                            "JOIN caseload.person p ON p.id = x.person_id "
                            "JOIN caseload.stepps_attendance a ON a.participant_id = x.id "
                            "JOIN caseload.od_episode e ON e.person_id = x.person_id AND e.id = $3 "
                            "WHERE c.id = $1 AND x.cohort_id = c.id", 4,
                     (const char *[]) { cohort, eput_id, episode, ips });
  g_assert_cmpint (PQntuples (result), ==, 1);
  g_assert_cmpstr (PQgetvalue (result, 0, 0), ==, "1");
  for (int column = 1; column < 4; column++)
    g_assert_cmpstr (PQgetvalue (result, 0, column), ==, "t");
  g_assert_cmpstr (PQgetvalue (result, 0, 4), ==, "2");
  for (int column = 5; column < 10; column++)
    g_assert_cmpstr (PQgetvalue (result, 0, column), ==, "t");
  PQclear (result);

  /* Audited on the person's record, without the names, decisions or employer. */
  g_assert_cmpint (value_int (owner, "SELECT count(*) FROM caseload.audit_event WHERE person_id = $1 AND action IN "
                                     "('add-stepps-participant', 'update-stepps-participant', 'add-stepps-attendance', "
                                     " 'add-stepps-reinforcer', 'add-od-episode', 'add-od-meeting', 'add-od-meeting-member', "
                                     " 'add-ips-referral', 'add-ips-job', 'add-accommodation-status')", hidden), ==, 10);
  g_assert_cmpint (value_int (owner, "SELECT count(*) FROM caseload.audit_event WHERE strpos (detail, 'Quentin') > 0 "
                                     "OR strpos (detail, 'Zebedee') > 0 OR strpos (detail, 'Ottoline') > 0 "
                                     "OR strpos (detail, 'Wilberforce') > 0", NULL), ==, 0);

  /* Mind, without the person's consent, sees the team's cohort but nothing of the person's,
   * and writes none of it. */
  conn = staff_connect (mind);
  g_assert_cmpint (value_int (conn, "SELECT count(*) FROM caseload.stepps_cohort WHERE id = $1", cohort), ==, 1);
  g_assert_cmpint (value_int (conn, "SELECT count(*) FROM caseload.stepps_session WHERE cohort_id = $1", cohort), ==, 1);
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM caseload.%s", tables[t]);

      g_assert_cmpint (value_int (conn, sql, hidden), ==, 0);
    }
  g_assert_true (failed (query (conn, "INSERT INTO caseload.stepps_participant (id, cohort_id, person_id, person_pk, "
                                      "  joined_on, created_by, created_at) VALUES ('p0', $1, $2, 0, '2026-11-03', $3, 'x')",
                                3, (const char *[]) { cohort, hidden, caseload_staff_get_id (mind) })));
  g_assert_true (failed (query (conn, "INSERT INTO caseload.accommodation_status (id, person_id, person_pk, status, "
                                      "  from_on, recorded_by, created_at) VALUES ('a0', $1, 0, 'settled', '2026-11-02', "
                                      "  $2, 'x')", 2, (const char *[]) { hidden, caseload_staff_get_id (mind) })));
  result = query (conn, "DELETE FROM caseload.stepps_attendance WHERE participant_id = $1", 1,
                  (const char *[]) { participant });
  g_assert_true (PQresultStatus (result) == PGRES_FATAL_ERROR || strcmp (PQcmdTuples (result), "0") == 0);
  PQclear (result);
  PQfinish (conn);
  g_assert_cmpint (value_int (owner, "SELECT count(*) FROM caseload.stepps_attendance WHERE participant_id = $1",
                              participant), ==, 1);

  /* The IPS referral lets its specialist's service see the person while it is open. */
  {
    CaseloadStaff *specialist = find_staff ("agne.kazlauskiene");

    conn = staff_connect (specialist);
    g_assert_cmpint (value_int (conn, "SELECT count(*) FROM caseload.ips_job j JOIN caseload.person p "
                                      "ON p.pk = j.person_pk WHERE p.id = $1", hidden), ==, 1);
    PQfinish (conn);
    conn = staff_connect (eput);
    PQclear (query_ok (conn, "UPDATE caseload.ips_referral SET closed_on = '2026-11-22', close_reason = 'Moved away.' "
                             "WHERE id = $1", 1, (const char *[]) { ips }));
    PQfinish (conn);
    conn = staff_connect (specialist);
    g_assert_cmpint (value_int (conn, "SELECT count(*) FROM caseload.person WHERE id = $1", hidden), ==, 0);
    PQfinish (conn);
  }

  /* The manager records a fidelity review everyone reads. */
  conn = staff_connect (manager);
  PQclear (query_ok (conn, "INSERT INTO caseload.ips_fidelity_review (id, service, reviewed_on, scores, total, band, "
                           "  recorded_by, created_at) VALUES ($1, 'Thurrock IPS', '2026-11-01', "
                           "  '3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3', 75, 'fair', $2, 'x')", 2,
                     (const char *[]) { referral, caseload_staff_get_id (manager) }));
  PQfinish (conn);
  conn = staff_connect (mind);
  g_assert_cmpint (value_int (conn, "SELECT count(*) FROM caseload.ips_fidelity_review WHERE id = $1", referral), ==, 1);
  PQfinish (conn);

  /* A housing referral lets the service it is sent to see and add to the record while it
   * is open, and no longer once closed. */
  {
    g_autofree char *housing_referral = g_uuid_string_random ();
    const char *housing_org = caseload_staff_get_organisation_id (housing);
    const char *params[] = { housing_referral, hidden, housing_org, eput_id };
    const char *officer[] = { housing_referral, caseload_staff_get_id (housing) };

    conn = staff_connect (housing);
    g_assert_cmpint (value_int (conn, "SELECT count(*) FROM caseload.person WHERE id = $1", hidden), ==, 0);
    PQfinish (conn);
    conn = staff_connect (eput);
    PQclear (query_ok (conn, "INSERT INTO caseload.housing_referral (id, person_id, person_pk, kind, organisation_id, "
                             "  sent_on, status, status_on, referred_by, created_at) "
                             "VALUES ($1, $2, -1, 'prevention', $3, '2026-11-21', 'sent', '2026-11-21', $4, 'x')", 4,
                       params));
    PQfinish (conn);
    g_assert_cmpint (value_int (owner, "SELECT count(*) FROM caseload.care_relationship WHERE id = $1 "
                                       "AND ended_at IS NULL", housing_referral), ==, 1);

    /* The housing officer sees the person and moves the status on. */
    conn = staff_connect (housing);
    g_assert_cmpint (value_int (conn, "SELECT count(*) FROM caseload.person WHERE id = $1", hidden), ==, 1);
    g_assert_cmpint (value_int (conn, "SELECT count(*) FROM caseload.stepps_participant WHERE person_id = $1", hidden),
                     ==, 1);
    PQclear (query_ok (conn, "BEGIN", 0, NULL));
    PQclear (query_ok (conn, "UPDATE caseload.housing_referral SET status = 'acknowledged', status_on = '2026-11-22' "
                             "WHERE id = $1", 1, params));
    PQclear (query_ok (conn, "INSERT INTO caseload.housing_status_change (id, referral_id, from_status, to_status, "
                             "  changed_on, changed_by, created_at) VALUES (gen_random_uuid ()::text, $1, 'sent', "
                             "  'acknowledged', '2026-11-22', $2, 'x')", 2, officer));
    PQclear (query_ok (conn, "COMMIT", 0, NULL));
    /* History says where the referral is, not somewhere else. */
    g_assert_true (failed (query (conn, "INSERT INTO caseload.housing_status_change (id, referral_id, from_status, "
                                        "  to_status, changed_on, changed_by, created_at) VALUES ('h0', $1, "
                                        "  'acknowledged', 'offered', '2026-11-22', $2, 'x')", 2, officer)));
    /* Closed, and its history written after the person left the service's sight. */
    PQclear (query_ok (conn, "BEGIN", 0, NULL));
    PQclear (query_ok (conn, "UPDATE caseload.housing_referral SET status = 'closed', outcome = 'home-kept', "
                             "  status_on = '2026-11-23' WHERE id = $1", 1, params));
    PQclear (query_ok (conn, "INSERT INTO caseload.housing_status_change (id, referral_id, from_status, to_status, "
                             "  changed_on, changed_by, created_at) VALUES (gen_random_uuid ()::text, $1, "
                             "  'acknowledged', 'closed', '2026-11-23', $2, 'x')", 2, officer));
    PQclear (query_ok (conn, "COMMIT", 0, NULL));
    g_assert_cmpint (value_int (conn, "SELECT count(*) FROM caseload.person WHERE id = $1", hidden), ==, 0);
    result = query (conn, "UPDATE caseload.housing_referral SET status = 'offered' WHERE id = $1", 1, params);
    g_assert_true (PQresultStatus (result) == PGRES_FATAL_ERROR || strcmp (PQcmdTuples (result), "0") == 0);
    PQclear (result);
    PQfinish (conn);
    result = query_ok (owner, "SELECT h.version, h.status, h.referred_by = $2, "
                              "  (SELECT count(*) FROM caseload.care_relationship c WHERE c.id = h.id "
                              "     AND c.ended_at IS NULL), "
                              "  (SELECT count(*) FROM caseload.housing_status_change s WHERE s.referral_id = h.id), "
                              "  (SELECT count(*) FROM caseload.person_access a WHERE a.pk = h.person_pk "
                              "     AND a.organisation_id = h.organisation_id) "
                              "FROM caseload.housing_referral h WHERE h.id = $1", 2,
                       (const char *[]) { housing_referral, eput_id });
    g_assert_cmpstr (PQgetvalue (result, 0, 0), ==, "3");
    g_assert_cmpstr (PQgetvalue (result, 0, 1), ==, "closed");
    g_assert_cmpstr (PQgetvalue (result, 0, 2), ==, "t");
    g_assert_cmpstr (PQgetvalue (result, 0, 3), ==, "0");
    g_assert_cmpstr (PQgetvalue (result, 0, 4), ==, "2");
    g_assert_cmpstr (PQgetvalue (result, 0, 5), ==, "0");
    PQclear (result);
  }

  {
    gint64 checked = 0;

    g_assert_true (caseload_store_verify_audit (site.store, &checked, &error));
    g_assert_no_error (error);
  }
  PQfinish (owner);
}

static const char *
basis_code (CaseloadAccessBasis basis)
{
  switch (basis)
    {
    case CASELOAD_ACCESS_BASIS_NONE: return "none";
    case CASELOAD_ACCESS_BASIS_DIRECT_CARE: return "direct-care";
    case CASELOAD_ACCESS_BASIS_CONSENT: return "consent";
    case CASELOAD_ACCESS_BASIS_BREAK_GLASS: return "break-glass";
    case CASELOAD_ACCESS_BASIS_DECLINED: return "declined";
    case CASELOAD_ACCESS_BASIS_ROLE: return "role";
    default: g_assert_not_reached ();
    }
}

/* caseload.decide_organisation is caseload_policy_decide_organisation, for every input. */
static void
test_decide_organisation (gconstpointer data)
{
  const char *consents[] = { "not-recorded", "view", "view-and-add", "declined" };
  PGconn *owner = owner_connect ();
  guint n = 0;

  for (guint kind = CASELOAD_ORGANISATION_GP_PRACTICE; kind <= CASELOAD_ORGANISATION_TALKING_THERAPIES; kind++)
    for (guint direct = 0; direct < 2; direct++)
      for (guint consent = CASELOAD_CONSENT_NOT_RECORDED; consent <= CASELOAD_CONSENT_DECLINED; consent++)
        {
          const char *params[] = { caseload_organisation_kind_to_code (kind), direct ? "true" : "false", consents[consent] };
          CaseloadAccess access;
          PGresult *result;

          caseload_policy_decide_organisation (kind, direct, consent, &access);
          result = query_ok (owner, "SELECT may_view, may_add, basis FROM caseload.decide_organisation ($1, $2, $3)",
                             3, params);
          g_assert_cmpint (PQntuples (result), ==, 1);
          g_test_message ("%s %s %s", params[0], params[1], params[2]);
          g_assert_cmpstr (PQgetvalue (result, 0, 0), ==, access.may_view ? "t" : "f");
          g_assert_cmpstr (PQgetvalue (result, 0, 1), ==, access.may_add ? "t" : "f");
          g_assert_cmpstr (PQgetvalue (result, 0, 2), ==, basis_code (access.basis));
          PQclear (result);
          n++;
        }
  g_assert_cmpuint (n, ==, 7 * 2 * 4);
  PQfinish (owner);
}

static CaseloadOrganisation *
find_organisation (GPtrArray                *organisations,
                   CaseloadOrganisationKind  kind,
                   const char               *name)
{
  for (guint i = 0; i < organisations->len; i++)
    {
      CaseloadOrganisation *organisation = g_ptr_array_index (organisations, i);

      if (caseload_organisation_get_kind (organisation) == kind
          && (name == NULL || g_strcmp0 (caseload_organisation_get_name (organisation), name) == 0))
        return organisation;
    }
  g_error ("No demo organisation of kind %d", kind);
}

/* Decisions the demo may not happen to make: Mind given view-and-add for one of the
 * GP's people, and a private entry by Mind there; Mind view only for another; EPUT
 * declined for a third. */
static void
seed_sharing (GPtrArray *organisations)
{
  g_autoptr(GError) error = NULL;
  CaseloadStaff *gp = find_staff ("rajinder.sandhu");
  CaseloadStaff *mind = find_staff ("daniel.okoro");
  CaseloadOrganisation *mind_org = find_organisation (organisations, CASELOAD_ORGANISATION_VCSE,
                                                      "Thurrock & Brentwood Mind");
  CaseloadOrganisation *eput_org = find_organisation (organisations, CASELOAD_ORGANISATION_MENTAL_HEALTH_TRUST, NULL);
  g_autoptr(GPtrArray) people = caseload_store_list_people (site.store, gp, NULL, 0, 3, &error);
  g_autoptr(CaseloadTimelineEntry) entry = caseload_timeline_entry_new ();
  g_autoptr(CaseloadTimelineEntry) gp_entry = caseload_timeline_entry_new ();

  g_assert_no_error (error);
  g_assert_cmpuint (people->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(CaseloadConsent) consent = caseload_consent_new ();

      caseload_consent_set_person_id (consent, caseload_person_get_id (g_ptr_array_index (people, i)));
      caseload_consent_set_organisation_id (consent, caseload_organisation_get_id (i < 2 ? mind_org : eput_org));
      caseload_consent_set_may_view (consent, i < 2);
      caseload_consent_set_may_add (consent, i == 0);
      caseload_consent_set_method (consent, CASELOAD_CONSENT_METHOD_VERBAL);
      caseload_consent_set_decided_on (consent, "2026-11-01");
      g_assert_true (caseload_store_record_consent (site.store, gp, consent, &error));
      g_assert_no_error (error);
    }

  caseload_timeline_entry_set_person_id (entry, caseload_person_get_id (g_ptr_array_index (people, 0)));
  caseload_timeline_entry_set_kind (entry, CASELOAD_ENTRY_PHONE_CALL);
  caseload_timeline_entry_set_occurred_at (entry, "2026-11-21T15:00:00Z");
  caseload_timeline_entry_set_text (entry, "Talked through the crisis plan.");
  caseload_timeline_entry_set_sensitivity (entry, CASELOAD_SENSITIVITY_PRIVATE);
  g_assert_true (caseload_store_add_timeline_entry (site.store, mind, entry, &error));
  g_assert_no_error (error);

  /* The practice's private entry there is not Mind's to read. */
  caseload_timeline_entry_set_person_id (gp_entry, caseload_person_get_id (g_ptr_array_index (people, 0)));
  caseload_timeline_entry_set_kind (gp_entry, CASELOAD_ENTRY_PHONE_CALL);
  caseload_timeline_entry_set_occurred_at (gp_entry, "2026-11-21T16:00:00Z");
  caseload_timeline_entry_set_text (gp_entry, "Discussed a safeguarding concern.");
  caseload_timeline_entry_set_sensitivity (gp_entry, CASELOAD_SENSITIVITY_PRIVATE);
  g_assert_true (caseload_store_add_timeline_entry (site.store, gp, gp_entry, &error));
  g_assert_no_error (error);
}

static void
site_setup (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 22, 10, 0, 0);
  g_autoptr(GPtrArray) organisations = NULL;
  CaseloadDemoOptions options;

  site.database = test_pg_create_database ();
  site.uri = test_pg_uri_for_database (test_require_postgresql (), site.database);
  site.clock = caseload_clock_new_fixed (now);
  site.store = caseload_store_postgresql_open_admin (site.uri, site.clock, TRUE, &error);
  g_assert_no_error (error);

  caseload_demo_options_init (&options);
  options.n_people = 60;
  options.entries_per_person = 4;
  options.heavy_people = 0;
  g_assert_true (caseload_demo_seed (site.store, site.clock, &options, &error));
  g_assert_no_error (error);

  site.staff = caseload_store_list_staff (site.store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (site.staff->len, >=, 5);
  for (guint i = 0; i < site.staff->len; i++)
    {
      CaseloadStaff *staff = g_ptr_array_index (site.staff, i);

      g_assert_true (caseload_store_set_password (site.store, NULL, caseload_staff_get_id (staff), PASSWORD, FALSE, &error));
      g_assert_no_error (error);
    }
  /* Passwords and sign-in state are in the staff rows: read them again. */
  g_ptr_array_unref (site.staff);
  site.staff = caseload_store_list_staff (site.store, &error);
  g_assert_no_error (error);

  organisations = caseload_store_list_organisations (site.store, &error);
  g_assert_no_error (error);
  site.kinds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < organisations->len; i++)
    {
      CaseloadOrganisation *organisation = g_ptr_array_index (organisations, i);

      g_hash_table_insert (site.kinds, g_strdup (caseload_organisation_get_id (organisation)),
                           GINT_TO_POINTER (caseload_organisation_get_kind (organisation)));
    }
  seed_sharing (organisations);
}

static void
site_teardown (void)
{
  g_clear_pointer (&site.staff, g_ptr_array_unref);
  g_clear_pointer (&site.kinds, g_hash_table_unref);
  g_clear_object (&site.store);
  g_clear_object (&site.clock);
  test_pg_drop_database (site.database);
  g_clear_pointer (&site.database, g_free);
  g_clear_pointer (&site.uri, g_free);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  test_require_postgresql ();

  g_test_add_data_func ("/postgresql/rls/decide-organisation", NULL, test_decide_organisation);
  g_test_add_data_func ("/postgresql/rls/reads", NULL, test_reads);
  g_test_add_data_func ("/postgresql/rls/roles", NULL, test_roles);
  g_test_add_data_func ("/postgresql/rls/audit-guarded", NULL, test_audit_guarded);
  g_test_add_data_func ("/postgresql/rls/writes-refused", NULL, test_writes_refused);
  g_test_add_data_func ("/postgresql/rls/referrals", NULL, test_referrals);
  g_test_add_data_func ("/postgresql/rls/plans", NULL, test_plans);
  g_test_add_data_func ("/postgresql/rls/pathways", NULL, test_pathways);

  site_setup ();
  status = g_test_run ();
  site_teardown ();
  return status;
}
