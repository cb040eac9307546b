/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "caseload-policy.h"
#include "caseload-types.h"

/* The access policy, checked against a second statement of its rules: a table whose
 * rows each name a complete situation (no row depends on an earlier one not matching),
 * so the rules are checked for gaps and overlaps as well as for their answers. */

#define N_ROLES     (CASELOAD_ROLE_ADMINISTRATOR + 1)
#define N_KINDS     (CASELOAD_ORGANISATION_TALKING_THERAPIES + 1)
#define N_CONSENTS  (CASELOAD_CONSENT_DECLINED + 1)

#define BIT(n) (1u << (n))

/* roles */
#define ADMIN          BIT (CASELOAD_ROLE_ADMINISTRATOR)
#define STAFF          ((BIT (N_ROLES) - 1) & ~ADMIN)
#define ANY_ROLE       (BIT (N_ROLES) - 1)

/* organisation kinds: who cares for people under implied consent, who does not */
#define CARE           (BIT (CASELOAD_ORGANISATION_GP_PRACTICE) \
                        | BIT (CASELOAD_ORGANISATION_MENTAL_HEALTH_TRUST) \
                        | BIT (CASELOAD_ORGANISATION_ADULT_SOCIAL_CARE) \
                        | BIT (CASELOAD_ORGANISATION_TALKING_THERAPIES))
#define NOT_CARE       (BIT (CASELOAD_ORGANISATION_VCSE) \
                        | BIT (CASELOAD_ORGANISATION_HOUSING) \
                        | BIT (CASELOAD_ORGANISATION_EMPLOYMENT))
#define ANY_KIND       (CARE | NOT_CARE)

/* direct care and break glass */
#define NO             BIT (0)
#define YES            BIT (1)
#define EITHER         (NO | YES)

/* consent */
#define UNRECORDED     BIT (CASELOAD_CONSENT_NOT_RECORDED)
#define VIEW           BIT (CASELOAD_CONSENT_VIEW)
#define VIEW_AND_ADD   BIT (CASELOAD_CONSENT_VIEW_AND_ADD)
#define DECLINED       BIT (CASELOAD_CONSENT_DECLINED)
#define NOT_DECLINED   (UNRECORDED | VIEW | VIEW_AND_ADD)
#define ANY_CONSENT    (NOT_DECLINED | DECLINED)

typedef enum {
  ENTRY_STANDARD,
  ENTRY_PRIVATE_OWN,
  ENTRY_PRIVATE_OTHER,
  N_ENTRIES
} Entry;

typedef struct {
  guint                roles;
  guint                kinds;
  guint                direct_care;
  guint                consents;
  guint                break_glass;
  gboolean             may_view;
  gboolean             may_add;
  CaseloadAccessBasis  basis;
  gboolean             sees[N_ENTRIES];   /* standard, own private, others' private */
} Row;

#define N_ ((gboolean) FALSE)
#define Y_ ((gboolean) TRUE)

static const Row rows[] = {
  /* roles  kinds     direct  consent        glass   view add basis                               std  own  other */
  { ADMIN,  ANY_KIND, EITHER, ANY_CONSENT,   EITHER, N_, N_, CASELOAD_ACCESS_BASIS_ROLE,        { N_, N_, N_ } },
  { STAFF,  ANY_KIND, EITHER, ANY_CONSENT,   YES,    Y_, Y_, CASELOAD_ACCESS_BASIS_BREAK_GLASS, { Y_, Y_, N_ } },
  { STAFF,  ANY_KIND, EITHER, DECLINED,      NO,     N_, N_, CASELOAD_ACCESS_BASIS_DECLINED,    { N_, N_, N_ } },
  { STAFF,  CARE,     YES,    NOT_DECLINED,  NO,     Y_, Y_, CASELOAD_ACCESS_BASIS_DIRECT_CARE, { Y_, Y_, N_ } },
  { STAFF,  CARE,     NO,     VIEW,          NO,     Y_, N_, CASELOAD_ACCESS_BASIS_CONSENT,     { Y_, Y_, N_ } },
  { STAFF,  NOT_CARE, EITHER, VIEW,          NO,     Y_, N_, CASELOAD_ACCESS_BASIS_CONSENT,     { Y_, Y_, N_ } },
  { STAFF,  CARE,     NO,     VIEW_AND_ADD,  NO,     Y_, Y_, CASELOAD_ACCESS_BASIS_CONSENT,     { Y_, Y_, N_ } },
  { STAFF,  NOT_CARE, EITHER, VIEW_AND_ADD,  NO,     Y_, Y_, CASELOAD_ACCESS_BASIS_CONSENT,     { Y_, Y_, N_ } },
  { STAFF,  CARE,     NO,     UNRECORDED,    NO,     N_, N_, CASELOAD_ACCESS_BASIS_NONE,        { N_, N_, N_ } },
  { STAFF,  NOT_CARE, EITHER, UNRECORDED,    NO,     N_, N_, CASELOAD_ACCESS_BASIS_NONE,        { N_, N_, N_ } },
};

static gboolean
row_matches (const Row                 *row,
             const CaseloadAccessQuery *query)
{
  return (row->roles & BIT (query->role))
         && (row->kinds & BIT (query->organisation_kind))
         && (row->direct_care & BIT (query->direct_care ? 1 : 0))
         && (row->consents & BIT (query->consent))
         && (row->break_glass & BIT (query->break_glass ? 1 : 0));
}

/* The one row for @query; fails if none or several match. */
static const Row *
expect (const CaseloadAccessQuery *query,
        guint                     *row_index)
{
  const Row *found = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      if (!row_matches (&rows[i], query))
        continue;

      if (found != NULL)
        g_error ("rows %u and %u both match", (guint) (found - rows), i);

      found = &rows[i];
      if (row_index != NULL)
        *row_index = i;
    }

  if (found == NULL)
    g_error ("no row matches role %d, kind %d, direct care %d, consent %d, break glass %d",
             query->role, query->organisation_kind, query->direct_care, query->consent,
             query->break_glass);

  return found;
}

static gboolean
see_entry (const CaseloadAccess *access,
           Entry                 entry)
{
  switch (entry)
    {
    case ENTRY_STANDARD:
      return caseload_policy_may_see_entry (access, CASELOAD_SENSITIVITY_STANDARD, TRUE)
             && caseload_policy_may_see_entry (access, CASELOAD_SENSITIVITY_STANDARD, FALSE);

    case ENTRY_PRIVATE_OWN:
      return caseload_policy_may_see_entry (access, CASELOAD_SENSITIVITY_PRIVATE, TRUE);

    case ENTRY_PRIVATE_OTHER:
      return caseload_policy_may_see_entry (access, CASELOAD_SENSITIVITY_PRIVATE, FALSE);

    case N_ENTRIES:
    default:
      g_assert_not_reached ();
    }
}

static char *
describe (const CaseloadAccessQuery *query)
{
  return g_strdup_printf ("%s at %s, direct care %s, consent %d, break glass %s",
                          caseload_access_role_to_code (query->role),
                          caseload_organisation_kind_to_code (query->organisation_kind),
                          query->direct_care ? "yes" : "no",
                          query->consent,
                          query->break_glass ? "yes" : "no");
}

/* every combination */

static void
test_policy_table (void)
{
  guint row_hits[G_N_ELEMENTS (rows)] = { 0, };
  guint n_decisions = 0;
  guint n_entries = 0;

  for (guint role = 0; role < N_ROLES; role++)
    for (guint kind = 0; kind < N_KINDS; kind++)
      for (guint direct = 0; direct < 2; direct++)
        for (guint consent = 0; consent < N_CONSENTS; consent++)
          for (guint glass = 0; glass < 2; glass++)
            {
              CaseloadAccessQuery query = {
                .role = role,
                .organisation_kind = kind,
                .direct_care = direct,
                .consent = consent,
                .break_glass = glass,
              };
              CaseloadAccessQuery as_organisation = query;
              CaseloadAccess access = { 0, };
              CaseloadAccess organisation_access = { 0, };
              const Row *row;
              const Row *organisation_row;
              guint row_index = 0;

              row = expect (&query, &row_index);
              row_hits[row_index]++;
              caseload_policy_decide (&query, &access);
              n_decisions++;

              if (access.may_view != row->may_view
                  || access.may_add != row->may_add
                  || access.basis != row->basis)
                {
                  g_autofree char *situation = describe (&query);

                  g_error ("%s: got view %d, add %d, basis %d; expected row %u",
                           situation, access.may_view, access.may_add, access.basis, row_index);
                }

              /* adding is never allowed without viewing */
              g_assert_true (access.may_view || !access.may_add);

              for (guint entry = 0; entry < N_ENTRIES; entry++)
                {
                  if (see_entry (&access, entry) != row->sees[entry])
                    {
                      g_autofree char *situation = describe (&query);

                      g_error ("%s: entry %u seen %d, expected %d",
                               situation, entry, !row->sees[entry], row->sees[entry]);
                    }
                  n_entries++;
                }

              /* the organisation's own standing: no role, no break glass */
              as_organisation.role = CASELOAD_ROLE_MENTAL_HEALTH_PRACTITIONER;
              as_organisation.break_glass = FALSE;
              organisation_row = expect (&as_organisation, NULL);
              caseload_policy_decide_organisation (kind, direct, consent, &organisation_access);
              g_assert_cmpint (organisation_access.may_view, ==, organisation_row->may_view);
              g_assert_cmpint (organisation_access.may_add, ==, organisation_row->may_add);
              g_assert_cmpint (organisation_access.basis, ==, organisation_row->basis);
            }

  g_assert_cmpuint (n_decisions, ==, 11 * 7 * 2 * 4 * 2);
  g_assert_cmpuint (n_entries, ==, n_decisions * 3);

  /* every row describes a situation that happens */
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_test_message ("row %u: %u situations", i, row_hits[i]);
      g_assert_cmpuint (row_hits[i], >, 0);
    }
}

/* named cases, with the answers written out */

static void
test_policy_cases (void)
{
  static const struct {
    const char           *name;
    CaseloadAccessRole    role;
    CaseloadOrganisationKind kind;
    gboolean              direct_care;
    CaseloadConsentState  consent;
    gboolean              break_glass;
    gboolean              may_view;
    gboolean              may_add;
    CaseloadAccessBasis   basis;
    gboolean              sees_own_private;
    gboolean              sees_other_private;
  } cases[] = {
    { "Mind worker, referral but no consent: cannot see",
      CASELOAD_ROLE_VCSE_WORKER, CASELOAD_ORGANISATION_VCSE, TRUE, CASELOAD_CONSENT_NOT_RECORDED, FALSE,
      FALSE, FALSE, CASELOAD_ACCESS_BASIS_NONE, FALSE, FALSE },
    { "Mind worker with consent to view: sees, cannot add",
      CASELOAD_ROLE_VCSE_WORKER, CASELOAD_ORGANISATION_VCSE, TRUE, CASELOAD_CONSENT_VIEW, FALSE,
      TRUE, FALSE, CASELOAD_ACCESS_BASIS_CONSENT, TRUE, FALSE },
    { "GP at the registered practice: sees and adds",
      CASELOAD_ROLE_PRIMARY_CARE_CLINICIAN, CASELOAD_ORGANISATION_GP_PRACTICE, TRUE, CASELOAD_CONSENT_NOT_RECORDED, FALSE,
      TRUE, TRUE, CASELOAD_ACCESS_BASIS_DIRECT_CARE, TRUE, FALSE },
    { "GP at another practice: cannot see",
      CASELOAD_ROLE_PRIMARY_CARE_CLINICIAN, CASELOAD_ORGANISATION_GP_PRACTICE, FALSE, CASELOAD_CONSENT_NOT_RECORDED, FALSE,
      FALSE, FALSE, CASELOAD_ACCESS_BASIS_NONE, FALSE, FALSE },
    { "person declined EPUT despite allocation: EPUT cannot see",
      CASELOAD_ROLE_MENTAL_HEALTH_PRACTITIONER, CASELOAD_ORGANISATION_MENTAL_HEALTH_TRUST, TRUE, CASELOAD_CONSENT_DECLINED, FALSE,
      FALSE, FALSE, CASELOAD_ACCESS_BASIS_DECLINED, FALSE, FALSE },
    { "administrator: never sees, even with consent and break glass",
      CASELOAD_ROLE_ADMINISTRATOR, CASELOAD_ORGANISATION_GP_PRACTICE, TRUE, CASELOAD_CONSENT_VIEW_AND_ADD, TRUE,
      FALSE, FALSE, CASELOAD_ACCESS_BASIS_ROLE, FALSE, FALSE },
    { "break glass after decline: sees, but not other organisations' private entries",
      CASELOAD_ROLE_PSYCHIATRIST, CASELOAD_ORGANISATION_MENTAL_HEALTH_TRUST, TRUE, CASELOAD_CONSENT_DECLINED, TRUE,
      TRUE, TRUE, CASELOAD_ACCESS_BASIS_BREAK_GLASS, TRUE, FALSE },
    { "peer support worker breaks glass with no relationship: sees and adds",
      CASELOAD_ROLE_PEER_SUPPORT_WORKER, CASELOAD_ORGANISATION_VCSE, FALSE, CASELOAD_CONSENT_NOT_RECORDED, TRUE,
      TRUE, TRUE, CASELOAD_ACCESS_BASIS_BREAK_GLASS, TRUE, FALSE },
    { "housing officer, allocated, consent to view: sees, cannot add",
      CASELOAD_ROLE_HOUSING_OFFICER, CASELOAD_ORGANISATION_HOUSING, TRUE, CASELOAD_CONSENT_VIEW, FALSE,
      TRUE, FALSE, CASELOAD_ACCESS_BASIS_CONSENT, TRUE, FALSE },
    { "employment specialist with consent to view and add: sees and adds",
      CASELOAD_ROLE_EMPLOYMENT_SPECIALIST, CASELOAD_ORGANISATION_EMPLOYMENT, FALSE, CASELOAD_CONSENT_VIEW_AND_ADD, FALSE,
      TRUE, TRUE, CASELOAD_ACCESS_BASIS_CONSENT, TRUE, FALSE },
    { "social worker with a referral and consent to view only: direct care still adds",
      CASELOAD_ROLE_SOCIAL_WORKER, CASELOAD_ORGANISATION_ADULT_SOCIAL_CARE, TRUE, CASELOAD_CONSENT_VIEW, FALSE,
      TRUE, TRUE, CASELOAD_ACCESS_BASIS_DIRECT_CARE, TRUE, FALSE },
    { "talking therapies, no referral, consent to view: sees, cannot add",
      CASELOAD_ROLE_MENTAL_HEALTH_PRACTITIONER, CASELOAD_ORGANISATION_TALKING_THERAPIES, FALSE, CASELOAD_CONSENT_VIEW, FALSE,
      TRUE, FALSE, CASELOAD_ACCESS_BASIS_CONSENT, TRUE, FALSE },
    { "AMHP in adult social care with an allocation: sees and adds",
      CASELOAD_ROLE_AMHP, CASELOAD_ORGANISATION_ADULT_SOCIAL_CARE, TRUE, CASELOAD_CONSENT_NOT_RECORDED, FALSE,
      TRUE, TRUE, CASELOAD_ACCESS_BASIS_DIRECT_CARE, TRUE, FALSE },
    { "team manager at the trust, allocated: sees and adds",
      CASELOAD_ROLE_TEAM_MANAGER, CASELOAD_ORGANISATION_MENTAL_HEALTH_TRUST, TRUE, CASELOAD_CONSENT_NOT_RECORDED, FALSE,
      TRUE, TRUE, CASELOAD_ACCESS_BASIS_DIRECT_CARE, TRUE, FALSE },
    { "housing officer declined, then breaks glass: sees and adds",
      CASELOAD_ROLE_HOUSING_OFFICER, CASELOAD_ORGANISATION_HOUSING, FALSE, CASELOAD_CONSENT_DECLINED, TRUE,
      TRUE, TRUE, CASELOAD_ACCESS_BASIS_BREAK_GLASS, TRUE, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      CaseloadAccessQuery query = {
        .role = cases[i].role,
        .organisation_kind = cases[i].kind,
        .direct_care = cases[i].direct_care,
        .consent = cases[i].consent,
        .break_glass = cases[i].break_glass,
      };
      CaseloadAccess access = { 0, };

      g_test_message ("%s", cases[i].name);
      caseload_policy_decide (&query, &access);

      g_assert_cmpint (access.may_view, ==, cases[i].may_view);
      g_assert_cmpint (access.may_add, ==, cases[i].may_add);
      g_assert_cmpint (access.basis, ==, cases[i].basis);
      g_assert_cmpint (caseload_policy_may_see_entry (&access, CASELOAD_SENSITIVITY_STANDARD, FALSE), ==, cases[i].may_view);
      g_assert_cmpint (caseload_policy_may_see_entry (&access, CASELOAD_SENSITIVITY_PRIVATE, TRUE), ==, cases[i].sees_own_private);
      g_assert_cmpint (caseload_policy_may_see_entry (&access, CASELOAD_SENSITIVITY_PRIVATE, FALSE), ==, cases[i].sees_other_private);
    }
}

static void
test_policy_entries (void)
{
  static const struct {
    gboolean            may_view;
    CaseloadSensitivity sensitivity;
    gboolean            own;
    gboolean            sees;
  } cases[] = {
    { TRUE,  CASELOAD_SENSITIVITY_STANDARD, TRUE,  TRUE },
    { TRUE,  CASELOAD_SENSITIVITY_STANDARD, FALSE, TRUE },
    { TRUE,  CASELOAD_SENSITIVITY_PRIVATE,  TRUE,  TRUE },
    { TRUE,  CASELOAD_SENSITIVITY_PRIVATE,  FALSE, FALSE },
    { FALSE, CASELOAD_SENSITIVITY_STANDARD, TRUE,  FALSE },
    { FALSE, CASELOAD_SENSITIVITY_STANDARD, FALSE, FALSE },
    { FALSE, CASELOAD_SENSITIVITY_PRIVATE,  TRUE,  FALSE },
    { FALSE, CASELOAD_SENSITIVITY_PRIVATE,  FALSE, FALSE },
  };

  /* whatever the basis: only viewing and authorship count */
  for (guint basis = CASELOAD_ACCESS_BASIS_NONE; basis <= CASELOAD_ACCESS_BASIS_ROLE; basis++)
    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        CaseloadAccess access = { cases[i].may_view, cases[i].may_view, basis };

        g_assert_cmpint (caseload_policy_may_see_entry (&access, cases[i].sensitivity, cases[i].own), ==, cases[i].sees);
      }
}

static void
test_policy_care_providers (void)
{
  static const struct {
    CaseloadOrganisationKind kind;
    gboolean                 care_provider;
  } cases[] = {
    { CASELOAD_ORGANISATION_GP_PRACTICE,         TRUE },
    { CASELOAD_ORGANISATION_MENTAL_HEALTH_TRUST, TRUE },
    { CASELOAD_ORGANISATION_ADULT_SOCIAL_CARE,   TRUE },
    { CASELOAD_ORGANISATION_VCSE,                FALSE },
    { CASELOAD_ORGANISATION_HOUSING,             FALSE },
    { CASELOAD_ORGANISATION_EMPLOYMENT,          FALSE },
    { CASELOAD_ORGANISATION_TALKING_THERAPIES,   TRUE },
  };

  g_assert_cmpuint (G_N_ELEMENTS (cases), ==, N_KINDS);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", caseload_organisation_kind_to_code (cases[i].kind));
      g_assert_cmpint (caseload_policy_is_care_provider (cases[i].kind), ==, cases[i].care_provider);
    }
}

static void
test_policy_roles (void)
{
  static const struct {
    CaseloadAccessRole role;
    gboolean           manage_staff;
    gboolean           review_access;
    gboolean           break_glass;
  } cases[] = {
    { CASELOAD_ROLE_PRIMARY_CARE_CLINICIAN,     FALSE, FALSE, TRUE },
    { CASELOAD_ROLE_MENTAL_HEALTH_PRACTITIONER, FALSE, FALSE, TRUE },
    { CASELOAD_ROLE_PSYCHIATRIST,               FALSE, FALSE, TRUE },
    { CASELOAD_ROLE_SOCIAL_WORKER,              FALSE, FALSE, TRUE },
    { CASELOAD_ROLE_AMHP,                       FALSE, FALSE, TRUE },
    { CASELOAD_ROLE_VCSE_WORKER,                FALSE, FALSE, TRUE },
    { CASELOAD_ROLE_PEER_SUPPORT_WORKER,        FALSE, FALSE, TRUE },
    { CASELOAD_ROLE_HOUSING_OFFICER,            FALSE, FALSE, TRUE },
    { CASELOAD_ROLE_EMPLOYMENT_SPECIALIST,      FALSE, FALSE, TRUE },
    { CASELOAD_ROLE_TEAM_MANAGER,               FALSE, TRUE,  TRUE },
    /* runs accounts; does not learn who is on the caseload */
    { CASELOAD_ROLE_ADMINISTRATOR,              TRUE,  FALSE, FALSE },
  };

  g_assert_cmpuint (G_N_ELEMENTS (cases), ==, N_ROLES);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", caseload_access_role_to_code (cases[i].role));
      g_assert_cmpint (caseload_policy_may_manage_staff (cases[i].role), ==, cases[i].manage_staff);
      g_assert_cmpint (caseload_policy_may_review_access (cases[i].role), ==, cases[i].review_access);
      g_assert_cmpint (caseload_policy_may_break_glass (cases[i].role), ==, cases[i].break_glass);
    }
}

static void
test_policy_fails_closed (void)
{
  CaseloadAccessQuery query = {
    .role = N_ROLES,
    .organisation_kind = CASELOAD_ORGANISATION_GP_PRACTICE,
    .direct_care = TRUE,
    .consent = CASELOAD_CONSENT_VIEW_AND_ADD,
    .break_glass = TRUE,
  };
  CaseloadAccess access = { TRUE, TRUE, CASELOAD_ACCESS_BASIS_DIRECT_CARE };

  /* a role from a newer version: nothing, not everything */
  g_test_expect_message ("caseload-core", G_LOG_LEVEL_CRITICAL, "*role*");
  caseload_policy_decide (&query, &access);
  g_test_assert_expected_messages ();
  g_assert_false (access.may_view);
  g_assert_false (access.may_add);
  g_assert_cmpint (access.basis, ==, CASELOAD_ACCESS_BASIS_NONE);

  access = (CaseloadAccess) { TRUE, TRUE, CASELOAD_ACCESS_BASIS_DIRECT_CARE };
  g_test_expect_message ("caseload-core", G_LOG_LEVEL_CRITICAL, "*consent*");
  caseload_policy_decide_organisation (CASELOAD_ORGANISATION_GP_PRACTICE, TRUE, N_CONSENTS, &access);
  g_test_assert_expected_messages ();
  g_assert_false (access.may_view);
  g_assert_false (access.may_add);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/policy/table", test_policy_table);
  g_test_add_func ("/policy/cases", test_policy_cases);
  g_test_add_func ("/policy/entries", test_policy_entries);
  g_test_add_func ("/policy/care-providers", test_policy_care_providers);
  g_test_add_func ("/policy/roles", test_policy_roles);
  g_test_add_func ("/policy/fails-closed", test_policy_fails_closed);

  return g_test_run ();
}
