/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "caseload-dates.h"
#include "caseload-error.h"
#include "caseload-fidelity.h"
#include "caseload-housing-status-change.h"
#include "caseload-store-ips-rows.h"
#include "caseload-store-postgresql-private.h"
#include "caseload-validate.h"
#include "caseload-validate-pathway.h"

/*
 * IPS employment (referrals to an employment specialist, employer contacts, jobs), IPS-25
 * fidelity reviews, housing referrals with their status history, and accommodation status
 * on the shared site (schema 6). Row-level security (0006-pathways.sql) decides who sees
 * and writes them: everything about a person with the person, fidelity reviews by every
 * member of staff; the server stamps who and when and audits every change, and a housing
 * referral puts its receiving organisation in the person's care while it is open. This
 * side checks (caseload-validate-pathway.h), scores fidelity reviews (caseload-fidelity.h),
 * keeps the status history and checks versions.
 */

/* Empty text is no text. */
static const char *
given (const char *text)
{
  return text != NULL && *text != '\0' ? text : NULL;
}

static const char *
boolean_text (gboolean value)
{
  return value ? "true" : "false";
}

/* FALSE, with CASELOAD_ERROR_VALIDATION naming the fields, when @problems is not empty. */
static gboolean
passes (GPtrArray  *problems,
        GError    **error)
{
  g_autoptr(GPtrArray) owned = problems;

  return !caseload_field_errors_to_error (owned, error);
}

static gboolean
refuse_field (const char  *field,
              const char  *message,
              GError     **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) caseload_field_error_free);

  g_ptr_array_add (problems, caseload_field_error_new (field, message));
  return passes (g_steal_pointer (&problems), error);
}

/* pg_require_access() for @person_id, which a record must name. */
static gboolean
may_write_for (CaseloadStorePostgresql  *self,
               const PgActor            *info,
               const char               *person_id,
               GError                  **error)
{
  if (given (person_id) == NULL)
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                           _("This record must be about a person."));
      return FALSE;
    }
  return pg_require_access (self, info, person_id, TRUE, error);
}

/* A pathway row (@parent as caseload.pathway_person() names it) the actor cannot read:
 * the person's record is hidden from them (CASELOAD_ERROR_PERMISSION, saying why), or
 * the row is not there. */
static void
set_unseen_error (CaseloadStorePostgresql  *self,
                  const PgActor            *info,
                  const char               *parent,
                  const char               *id,
                  const char               *not_found,
                  GError                  **error)
{
  g_autoptr(PGresult) owner = pg_query (self, "SELECT caseload.pathway_person ($1, $2)", 2,
                                        (const char *[]) { parent, id }, NULL);
  const char *person_id = owner != NULL && PQntuples (owner) == 1 ? pg_text (owner, 0, 0) : NULL;

  if (person_id != NULL && !pg_require_access (self, info, person_id, FALSE, error))
    return;
  g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND, not_found);
}

/* IPS referrals */

static CaseloadIpsReferral *
get_ips_referral_locked (CaseloadStorePostgresql  *self,
                         const PgActor            *info,
                         const char               *id,
                         GError                  **error)
{
  g_autoptr(PGresult) result = NULL;

  if (given (id) == NULL)
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                           _("Save the IPS referral first."));
      return NULL;
    }
  result = pg_query (self, IPS_REFERRAL_SELECT "WHERE r.id = $1", 1, (const char *[]) { id }, error);
  if (result == NULL)
    return NULL;
  if (PQntuples (result) == 0)
    {
      set_unseen_error (self, info, "ips", id, _("This IPS referral is not in the database."), error);
      return NULL;
    }
  return pg_read_object (result, 0, CASELOAD_TYPE_IPS_REFERRAL, ips_referral_columns);
}

/* The checks that need the database: an employment specialist on the staff (active when
 * newly named) and, for a stored referral, no referral date after its first employer
 * contact or job start. Returns the specialist's name, or NULL (refused). */
static char *
check_ips_referral_links (CaseloadStorePostgresql  *self,
                          CaseloadIpsReferral      *referral,
                          CaseloadIpsReferral      *stored,
                          GError                  **error)
{
  const char *specialist_id = caseload_ips_referral_get_specialist_id (referral);
  const char *referred_on = caseload_ips_referral_get_referred_on (referral);
  gboolean kept = stored != NULL && g_strcmp0 (specialist_id, caseload_ips_referral_get_specialist_id (stored)) == 0;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) caseload_field_error_free);
  g_autoptr(PGresult) specialist = NULL;
  g_autoptr(PGresult) first = NULL;

  specialist = pg_query (self, "SELECT display_name, active FROM staff WHERE id = $1", 1,
                         (const char *[]) { specialist_id }, error);
  if (specialist == NULL)
    return NULL;
  if (PQntuples (specialist) == 0 || (!kept && !pg_bool (specialist, 0, 1)))
    g_ptr_array_add (problems, caseload_field_error_new ("specialist-id",
                                                         _("Choose the employment specialist from the team’s active staff.")));
  if (stored != NULL)
    {
      first = pg_query (self, "SELECT least ((SELECT min (contacted_on) FROM ips_employer_contact WHERE referral_id = $1), "
                              "  (SELECT min (started_on) FROM ips_job WHERE referral_id = $1))", 1,
                        (const char *[]) { caseload_ips_referral_get_id (stored) }, error);
      if (first == NULL)
        return NULL;
      if (pg_text (first, 0, 0) != NULL && referred_on != NULL && g_strcmp0 (referred_on, pg_text (first, 0, 0)) > 0)
        {
          g_autofree char *when = caseload_date_long_of (pg_text (first, 0, 0));
          g_autofree char *message = g_strdup_printf (_("The referral date cannot be after its first employer "
                                                        "contact or job start, on %s."), when);

          g_ptr_array_add (problems, caseload_field_error_new ("referred-on", message));
        }
    }
  if (!passes (g_steal_pointer (&problems), error))
    return NULL;
  return g_strdup (pg_text (specialist, 0, 0));
}

static gboolean
write_ips_referral (CaseloadStorePostgresql  *self,
                    const PgActor            *info,
                    CaseloadIpsReferral      *referral,
                    GError                  **error)
{
  const char *id = given (caseload_ips_referral_get_id (referral));
  g_autofree char *new_id = g_uuid_string_random ();
  g_autofree char *version = g_strdup_printf ("%d", caseload_ips_referral_get_version (referral));
  g_autofree char *specialist = NULL;
  g_autoptr(CaseloadIpsReferral) stored = NULL;
  g_autoptr(PGresult) result = NULL;
  const char *person_id = caseload_ips_referral_get_person_id (referral);

  if (id != NULL)
    {
      /* The stored person, not the one on the form, decides who may change it. */
      stored = get_ips_referral_locked (self, info, id, error);
      if (stored == NULL)
        return FALSE;
      person_id = caseload_ips_referral_get_person_id (stored);
    }
  if (!may_write_for (self, info, person_id, error))
    return FALSE;
  specialist = check_ips_referral_links (self, referral, stored, error);
  if (specialist == NULL)
    return FALSE;

  {
    const char *params[] = {
      id != NULL ? id : new_id, person_id, boolean_text (caseload_ips_referral_get_wants_work (referral)),
      caseload_ips_referral_get_referred_on (referral), caseload_ips_referral_get_specialist_id (referral),
      given (caseload_ips_referral_get_engaged_on (referral)),
      given (caseload_ips_referral_get_job_search_on (referral)),
      boolean_text (caseload_ips_referral_get_benefits_advice (referral)),
      given (caseload_ips_referral_get_benefits_advice_on (referral)),
      given (caseload_ips_referral_get_closed_on (referral)),
      given (caseload_ips_referral_get_close_reason (referral)),
      id != NULL ? version : info->staff_id, info->organisation_id,
    };

    if (id == NULL)
      result = pg_query (self,
                         "INSERT INTO ips_referral (id, person_id, person_pk, wants_work, referred_on, specialist_id, "
                         "  engaged_on, job_search_on, benefits_advice, benefits_advice_on, closed_on, close_reason, "
                         "  referred_by, organisation_id, version, created_at) "
                         "SELECT $1, $2, p.pk, $3::boolean, $4, $5, $6, $7, $8::boolean, $9, $10, $11, $12, $13, 1, "
                         "  caseload.now_text () FROM person p WHERE p.id = $2 "
                         "RETURNING version, created_at, referred_by, organisation_id", 13, params, error);
    else
      result = pg_query (self,
                         "UPDATE ips_referral SET wants_work = $3::boolean, referred_on = $4, specialist_id = $5, "
                         "  engaged_on = $6, job_search_on = $7, benefits_advice = $8::boolean, "
                         "  benefits_advice_on = $9, closed_on = $10, close_reason = $11, version = version + 1 "
                         "WHERE id = $1 AND person_id = $2 AND version = $12::integer "
                         "RETURNING version, created_at, referred_by, organisation_id", 12, params, error);
  }
  if (!pg_changed_one (self, result, "SELECT 1 FROM ips_referral WHERE id = $1", id != NULL ? id : new_id, error))
    return FALSE;

  caseload_ips_referral_set_id (referral, id != NULL ? id : new_id);
  caseload_ips_referral_set_person_id (referral, person_id);
  caseload_ips_referral_set_version (referral, (int) pg_int (result, 0, 0));
  caseload_ips_referral_set_created_at (referral, pg_text (result, 0, 1));
  caseload_ips_referral_set_specialist_name (referral, specialist);
  if (stored != NULL)
    {
      caseload_ips_referral_set_referred_by_id (referral, caseload_ips_referral_get_referred_by_id (stored));
      caseload_ips_referral_set_referred_by_name (referral, caseload_ips_referral_get_referred_by_name (stored));
      caseload_ips_referral_set_referred_by_organisation_name (referral,
                                                               caseload_ips_referral_get_referred_by_organisation_name (stored));
    }
  else
    {
      caseload_ips_referral_set_referred_by_id (referral, info->staff_id);
      caseload_ips_referral_set_referred_by_name (referral, info->staff_name);
      caseload_ips_referral_set_referred_by_organisation_name (referral, info->organisation_name);
    }
  return TRUE;
}

static gboolean
caseload_store_postgresql_save_ips_referral (CaseloadStore        *store,
                                             CaseloadStaff        *actor,
                                             CaseloadIpsReferral  *referral,
                                             GError              **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_auto(PgActor) info = { 0 };
  GDate today;
  gboolean ok;

  caseload_clock_today (self->clock, &today);
  if (!passes (caseload_ips_referral_check (referral, &today), error))
    return FALSE;
  if (!pg_begin (self, actor, error))
    return FALSE;
  ok = pg_acting (self, actor, &info, error) && write_ips_referral (self, &info, referral, error);
  return pg_end (self, ok, ok ? error : NULL) && ok;
}

/* Employer contacts and jobs: checked against their referral as stored, written by
 * whoever may add to the person's record. */

typedef gboolean (*ReferralWrite) (CaseloadStorePostgresql *self, const PgActor *info, CaseloadIpsReferral *referral,
                                   gpointer record, const GDate *today, GError **error);

static gboolean
save_on_referral (CaseloadStore  *store,
                  CaseloadStaff  *actor,
                  const char     *referral_id,
                  gpointer        record,
                  ReferralWrite   write,
                  GError        **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_autoptr(CaseloadIpsReferral) referral = NULL;
  g_auto(PgActor) info = { 0 };
  GDate today;
  gboolean ok = FALSE;

  caseload_clock_today (self->clock, &today);
  if (!pg_begin (self, actor, error))
    return FALSE;
  if (pg_acting (self, actor, &info, error) && (referral = get_ips_referral_locked (self, &info, referral_id, error)) != NULL)
    ok = may_write_for (self, &info, caseload_ips_referral_get_person_id (referral), error)
         && write (self, &info, referral, record, &today, error);
  return pg_end (self, ok, ok ? error : NULL) && ok;
}

static gboolean
write_contact (CaseloadStorePostgresql  *self,
               const PgActor            *info,
               CaseloadIpsReferral      *referral,
               gpointer                  record,
               const GDate              *today,
               GError                  **error)
{
  CaseloadEmployerContact *contact = record;
  const char *id = given (caseload_employer_contact_get_id (contact));
  g_autofree char *new_id = g_uuid_string_random ();
  g_autoptr(PGresult) result = NULL;
  const char *params[] = {
    id != NULL ? id : new_id, caseload_ips_referral_get_id (referral), caseload_employer_contact_get_employer (contact),
    caseload_employer_contact_get_contacted_on (contact),
    caseload_employer_outcome_to_code (caseload_employer_contact_get_outcome (contact)),
    given (caseload_employer_contact_get_note (contact)), info->staff_id,
  };

  if (!passes (caseload_employer_contact_check (referral, contact, today), error))
    return FALSE;
  if (id == NULL)
    result = pg_query (self,
                       "INSERT INTO ips_employer_contact (id, referral_id, person_pk, employer, contacted_on, outcome, "
                       "  note, recorded_by, created_at) "
                       "SELECT $1, $2, r.person_pk, $3, $4, $5, $6, $7, caseload.now_text () "
                       "FROM ips_referral r WHERE r.id = $2 RETURNING id", 7, params, error);
  else
    result = pg_query (self,
                       "UPDATE ips_employer_contact SET employer = $3, contacted_on = $4, outcome = $5, note = $6 "
                       "WHERE id = $1 AND referral_id = $2 RETURNING id", 6, params, error);
  if (!pg_changed_one (self, result, "SELECT 1 FROM ips_employer_contact WHERE id = $1", params[0], error))
    return FALSE;
  caseload_employer_contact_set_id (contact, params[0]);
  return TRUE;
}

static gboolean
caseload_store_postgresql_save_employer_contact (CaseloadStore            *store,
                                                 CaseloadStaff            *actor,
                                                 CaseloadEmployerContact  *contact,
                                                 GError                  **error)
{
  return save_on_referral (store, actor, caseload_employer_contact_get_referral_id (contact), contact, write_contact,
                           error);
}

static gboolean
write_job (CaseloadStorePostgresql  *self,
           const PgActor            *info,
           CaseloadIpsReferral      *referral,
           gpointer                  record,
           const GDate              *today,
           GError                  **error)
{
  CaseloadIpsJob *job = record;
  const char *id = given (caseload_ips_job_get_id (job));
  g_autofree char *new_id = g_uuid_string_random ();
  g_autofree char *version = g_strdup_printf ("%d", caseload_ips_job_get_version (job));
  g_autoptr(PGresult) result = NULL;
  char hours[G_ASCII_DTOSTR_BUF_SIZE];
  const char *params[12];

  if (!passes (caseload_ips_job_check (referral, job, today), error))
    return FALSE;
  g_ascii_dtostr (hours, sizeof hours, caseload_ips_job_get_hours_per_week (job));
  params[0] = id != NULL ? id : new_id;
  params[1] = caseload_ips_referral_get_id (referral);
  params[2] = caseload_ips_job_get_employer (job);
  params[3] = caseload_ips_job_get_role (job);
  params[4] = hours;
  params[5] = caseload_pay_type_to_code (caseload_ips_job_get_pay_type (job));
  params[6] = caseload_ips_job_get_started_on (job);
  params[7] = boolean_text (caseload_ips_job_get_in_work_support (job));
  params[8] = given (caseload_ips_job_get_ended_on (job));
  params[9] = caseload_job_end_reason_to_code (caseload_ips_job_get_end_reason (job));
  params[10] = given (caseload_ips_job_get_end_note (job));
  params[11] = id != NULL ? version : info->staff_id;
  if (id == NULL)
    result = pg_query (self,
                       "INSERT INTO ips_job (id, referral_id, person_pk, employer, role, hours_per_week, pay_type, "
                       "  started_on, in_work_support, ended_on, end_reason, end_note, version, recorded_by, created_at) "
                       "SELECT $1, $2, r.person_pk, $3, $4, $5::double precision, $6, $7, $8::boolean, $9, $10, $11, 1, "
                       "  $12, caseload.now_text () "
                       "FROM ips_referral r WHERE r.id = $2 RETURNING version", 12, params, error);
  else
    result = pg_query (self,
                       "UPDATE ips_job SET employer = $3, role = $4, hours_per_week = $5::double precision, "
                       "  pay_type = $6, started_on = $7, in_work_support = $8::boolean, ended_on = $9, "
                       "  end_reason = $10, end_note = $11, version = version + 1 "
                       "WHERE id = $1 AND referral_id = $2 AND version = $12::integer RETURNING version",
                       12, params, error);
  if (!pg_changed_one (self, result, "SELECT 1 FROM ips_job WHERE id = $1", params[0], error))
    return FALSE;
  caseload_ips_job_set_id (job, params[0]);
  caseload_ips_job_set_version (job, (int) pg_int (result, 0, 0));
  return TRUE;
}

static gboolean
caseload_store_postgresql_save_ips_job (CaseloadStore   *store,
                                        CaseloadStaff   *actor,
                                        CaseloadIpsJob  *job,
                                        GError         **error)
{
  return save_on_referral (store, actor, caseload_ips_job_get_referral_id (job), job, write_job, error);
}

/* Fidelity reviews: the service's, seen by every member of staff, recorded by team managers
 * and administrators, once (a later review is a new one). */

static gboolean
caseload_store_postgresql_save_fidelity_review (CaseloadStore           *store,
                                                CaseloadStaff           *actor,
                                                CaseloadFidelityReview  *review,
                                                GError                 **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_autoptr(GArray) scores = caseload_fidelity_review_get_score_values (review);
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *total_text = NULL;
  g_autoptr(PGresult) result = NULL;
  g_auto(PgActor) info = { 0 };
  CaseloadFidelityBand band;
  int total = 0;
  GDate today;
  gboolean ok = FALSE;

  caseload_clock_today (self->clock, &today);
  if (given (caseload_fidelity_review_get_id (review)) != NULL)
    {
      /* A review is what was found on the day: a later one is a new review. */
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                           _("This fidelity review is already recorded: record a new review instead."));
      return FALSE;
    }
  if (!passes (caseload_fidelity_review_check (review, &today), error))
    return FALSE;
  if (!caseload_fidelity_score ((const int *) (gpointer) scores->data, scores->len, &total, NULL, NULL))
    return refuse_field ("scores", _("Score every item from 1 to 5."), error);
  band = caseload_fidelity_band (total);
  total_text = g_strdup_printf ("%d", total);

  if (!pg_begin (self, actor, error))
    return FALSE;
  if (pg_acting (self, actor, &info, error))
    {
      const char *params[] = {
        id, caseload_fidelity_review_get_service (review),
        caseload_fidelity_review_get_reviewed_on (review), given (caseload_fidelity_review_get_reviewers (review)),
        caseload_fidelity_review_get_scores (review), total_text, caseload_fidelity_band_to_code (band),
        given (caseload_fidelity_review_get_note (review)), info.staff_id,
      };

      if (info.role != CASELOAD_ROLE_TEAM_MANAGER && !caseload_policy_may_manage_staff (info.role))
        g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_PERMISSION,
                             _("Only a team manager or an administrator can record a fidelity review."));
      else
        result = pg_query (self,
                           "INSERT INTO ips_fidelity_review (id, service, reviewed_on, reviewers, scores, total, band, "
                           "  note, recorded_by, created_at) "
                           "VALUES ($1, $2, $3, $4, $5, $6::integer, $7, $8, $9, caseload.now_text ()) "
                           "RETURNING created_at", 9, params, error);
      ok = result != NULL
           && pg_changed_one (self, result, "SELECT 1 FROM ips_fidelity_review WHERE id = $1", params[0], error);
    }
  if (!pg_end (self, ok, ok ? error : NULL) || !ok)
    return FALSE;
  caseload_fidelity_review_set_id (review, id);
  caseload_fidelity_review_set_total (review, total);
  caseload_fidelity_review_set_band (review, band);
  caseload_fidelity_review_set_created_at (review, pg_text (result, 0, 0));
  caseload_fidelity_review_set_recorded_by_name (review, info.staff_name);
  return TRUE;
}

static GPtrArray *
caseload_store_postgresql_list_fidelity_reviews (CaseloadStore  *store,
                                                 CaseloadStaff  *actor,
                                                 GError        **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_autoptr(GPtrArray) reviews = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PGresult) result = NULL;
  g_auto(PgActor) info = { 0 };
  gboolean ok = FALSE;

  if (!pg_begin (self, actor, error))
    return NULL;
  if (pg_acting (self, actor, &info, error))
    {
      result = pg_query (self, FIDELITY_SELECT "ORDER BY f.reviewed_on DESC, f.created_at DESC, f.id DESC",
                         0, NULL, error);
      ok = result != NULL;
    }
  for (int i = 0; ok && i < PQntuples (result); i++)
    g_ptr_array_add (reviews, pg_read_object (result, i, CASELOAD_TYPE_FIDELITY_REVIEW, fidelity_columns));
  if (!pg_end (self, ok, ok ? error : NULL) || !ok)
    return NULL;
  return g_steal_pointer (&reviews);
}

/* Housing */

static CaseloadHousingReferral *
get_housing_referral_locked (CaseloadStorePostgresql  *self,
                             const PgActor            *info,
                             const char               *id,
                             GError                  **error)
{
  g_autoptr(PGresult) result = pg_query (self, HOUSING_SELECT "WHERE h.id = $1", 1, (const char *[]) { id }, error);

  if (result == NULL)
    return NULL;
  if (PQntuples (result) == 0)
    {
      set_unseen_error (self, info, "housing", id, _("This housing referral is not in the database."), error);
      return NULL;
    }
  return pg_read_object (result, 0, CASELOAD_TYPE_HOUSING_REFERRAL, housing_columns);
}

/* A referral's history as stored, oldest first. */
static gboolean
read_history (CaseloadStorePostgresql  *self,
              const char               *referral_id,
              GPtrArray                *history,
              GError                  **error)
{
  g_autoptr(PGresult) result =
    pg_query (self, HISTORY_SELECT "WHERE c.referral_id = $1 ORDER BY c.seq", 1, (const char *[]) { referral_id },
              error);

  if (result == NULL)
    return FALSE;
  for (int i = 0; i < PQntuples (result); i++)
    g_ptr_array_add (history, pg_read_object (result, i, CASELOAD_TYPE_HOUSING_STATUS_CHANGE, history_columns));
  return TRUE;
}

/* One step of the history, by the actor, to @referral's status on its status date;
 * appended to @history as saved. Not read back: a housing officer whose change closed the
 * referral no longer sees it. */
static gboolean
add_status_change (CaseloadStorePostgresql  *self,
                   const PgActor            *info,
                   const char               *referral_id,
                   CaseloadHousingStatus     from,
                   CaseloadHousingReferral  *referral,
                   GPtrArray                *history,
                   GError                  **error)
{
  g_autoptr(CaseloadHousingStatusChange) step = caseload_housing_status_change_new ();
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *now = pg_now (self);
  const char *reason = given (caseload_housing_referral_get_reason (referral));
  const char *params[] = {
    id, referral_id, caseload_housing_status_to_code (from),
    caseload_housing_status_to_code (caseload_housing_referral_get_status (referral)),
    caseload_housing_referral_get_status_on (referral), reason, info->staff_id, now,
  };
  g_autoptr(PGresult) result =
    pg_query (self, "INSERT INTO housing_status_change (id, referral_id, from_status, to_status, changed_on, reason, "
                    "  changed_by, created_at) "
                    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)", 8, params, error);

  if (result == NULL)
    return FALSE;
  g_object_set (step, "id", id, "referral-id", referral_id, "from-status", from,
                "to-status", caseload_housing_referral_get_status (referral),
                "changed-on", caseload_housing_referral_get_status_on (referral), "reason", reason,
                "changed-by-name", info->staff_name, "created-at", now, NULL);
  g_ptr_array_add (history, g_steal_pointer (&step));
  return TRUE;
}

static gboolean
send_housing_referral (CaseloadStorePostgresql  *self,
                       const PgActor            *info,
                       CaseloadHousingReferral  *referral,
                       const char               *id,
                       GPtrArray                *history,
                       GError                  **error)
{
  const char *person_id = caseload_housing_referral_get_person_id (referral);
  g_autoptr(PGresult) organisation = NULL;
  g_autoptr(PGresult) result = NULL;

  if (!may_write_for (self, info, person_id, error))
    return FALSE;
  organisation = pg_query (self, "SELECT name FROM organisation WHERE id = $1", 1,
                           (const char *[]) { caseload_housing_referral_get_organisation_id (referral) }, error);
  if (organisation == NULL)
    return FALSE;
  if (PQntuples (organisation) == 0)
    return refuse_field ("organisation-id", _("Choose the organisation the referral goes to."), error);

  {
    const char *params[] = {
      id, person_id, caseload_housing_kind_to_code (caseload_housing_referral_get_kind (referral)),
      caseload_housing_referral_get_organisation_id (referral), caseload_housing_referral_get_sent_on (referral),
      info->staff_id,
    };

    /* The server puts the organisation in the person's care while it is open. */
    result = pg_query (self,
                       "INSERT INTO housing_referral (id, person_id, person_pk, kind, organisation_id, sent_on, status, "
                       "  status_on, outcome, referred_by, version, created_at) "
                       "SELECT $1, $2, p.pk, $3, $4, $5, 'sent', $5, 'none', $6, 1, caseload.now_text () "
                       "FROM person p WHERE p.id = $2 RETURNING version, created_at", 6, params, error);
  }
  if (!pg_changed_one (self, result, "SELECT 1 FROM housing_referral WHERE id = $1", id, error)
      || !add_status_change (self, info, id, CASELOAD_HOUSING_SENT, referral, history, error))
    return FALSE;
  caseload_housing_referral_set_organisation_name (referral, pg_text (organisation, 0, 0));
  caseload_housing_referral_set_referred_by_name (referral, info->staff_name);
  caseload_housing_referral_set_version (referral, (int) pg_int (result, 0, 0));
  caseload_housing_referral_set_created_at (referral, pg_text (result, 0, 1));
  return TRUE;
}

/* A change of status by whoever may add to the person's record (the organisation it was
 * sent to may, while it is open); the rest of the referral stays as stored. */
static gboolean
change_housing_referral (CaseloadStorePostgresql  *self,
                         const PgActor            *info,
                         CaseloadHousingReferral  *referral,
                         const GDate              *today,
                         GPtrArray                *history,
                         GError                  **error)
{
  const char *id = caseload_housing_referral_get_id (referral);
  g_autoptr(CaseloadHousingReferral) stored = get_housing_referral_locked (self, info, id, error);
  g_autofree char *version = g_strdup_printf ("%d", caseload_housing_referral_get_version (referral));
  g_autoptr(PGresult) result = NULL;
  CaseloadHousingStatus from;

  if (stored == NULL || !may_write_for (self, info, caseload_housing_referral_get_person_id (stored), error)
      || !passes (caseload_housing_referral_check (stored, referral, today), error)
      || !read_history (self, id, history, error))
    return FALSE;
  from = caseload_housing_referral_get_status (stored);

  {
    const char *params[] = {
      id, version, caseload_housing_status_to_code (caseload_housing_referral_get_status (referral)),
      caseload_housing_referral_get_status_on (referral),
      caseload_housing_outcome_to_code (caseload_housing_referral_get_outcome (referral)),
    };

    result = pg_query (self,
                       "UPDATE housing_referral SET status = $3, status_on = $4, outcome = $5, version = version + 1 "
                       "WHERE id = $1 AND version = $2::integer RETURNING version", 5, params, error);
  }
  if (!pg_changed_one (self, result, "SELECT 1 FROM housing_referral WHERE id = $1", id, error))
    return FALSE;
  if (from != caseload_housing_referral_get_status (referral)
      && !add_status_change (self, info, id, from, referral, history, error))
    return FALSE;
  caseload_housing_referral_set_person_id (referral, caseload_housing_referral_get_person_id (stored));
  caseload_housing_referral_set_kind (referral, caseload_housing_referral_get_kind (stored));
  caseload_housing_referral_set_organisation_id (referral, caseload_housing_referral_get_organisation_id (stored));
  caseload_housing_referral_set_organisation_name (referral, caseload_housing_referral_get_organisation_name (stored));
  caseload_housing_referral_set_sent_on (referral, caseload_housing_referral_get_sent_on (stored));
  caseload_housing_referral_set_referred_by_name (referral, caseload_housing_referral_get_referred_by_name (stored));
  caseload_housing_referral_set_created_at (referral, caseload_housing_referral_get_created_at (stored));
  caseload_housing_referral_set_version (referral, (int) pg_int (result, 0, 0));
  return TRUE;
}

static gboolean
caseload_store_postgresql_save_housing_referral (CaseloadStore            *store,
                                                 CaseloadStaff            *actor,
                                                 CaseloadHousingReferral  *referral,
                                                 GError                  **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  gboolean sending = given (caseload_housing_referral_get_id (referral)) == NULL;
  g_autoptr(CaseloadHousingReferral) work = caseload_housing_referral_new ();
  g_autoptr(GPtrArray) history = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *id = g_uuid_string_random ();
  g_auto(PgActor) info = { 0 };
  GDate today;
  gboolean ok;

  /* What is saved: a new referral is sent (SENT from the day it went); an outcome is the
   * close's, so a referral reopened waits for the next one. @referral takes it all only
   * once saved. */
  g_object_set (work, "id", caseload_housing_referral_get_id (referral),
                "person-id", caseload_housing_referral_get_person_id (referral),
                "kind", caseload_housing_referral_get_kind (referral),
                "organisation-id", caseload_housing_referral_get_organisation_id (referral),
                "sent-on", caseload_housing_referral_get_sent_on (referral),
                "status", caseload_housing_referral_get_status (referral),
                "status-on", caseload_housing_referral_get_status_on (referral),
                "outcome", caseload_housing_referral_get_outcome (referral),
                "reason", caseload_housing_referral_get_reason (referral),
                "version", caseload_housing_referral_get_version (referral), NULL);
  if (sending)
    g_object_set (work, "status", CASELOAD_HOUSING_SENT, "status-on", caseload_housing_referral_get_sent_on (referral),
                  NULL);
  if (caseload_housing_referral_get_status (work) != CASELOAD_HOUSING_CLOSED)
    caseload_housing_referral_set_outcome (work, CASELOAD_HOUSING_OUTCOME_NONE);

  caseload_clock_today (self->clock, &today);
  if (sending && !passes (caseload_housing_referral_check (NULL, work, &today), error))
    return FALSE;
  if (!pg_begin (self, actor, error))
    return FALSE;
  ok = pg_acting (self, actor, &info, error)
       && (sending ? send_housing_referral (self, &info, work, id, history, error)
                   : change_housing_referral (self, &info, work, &today, history, error));
  if (!pg_end (self, ok, ok ? error : NULL) || !ok)
    return FALSE;

  if (sending)
    caseload_housing_referral_set_id (work, id);
  caseload_housing_referral_set_reason (work, NULL);
  g_object_set (referral, "id", caseload_housing_referral_get_id (work),
                "person-id", caseload_housing_referral_get_person_id (work),
                "kind", caseload_housing_referral_get_kind (work),
                "organisation-id", caseload_housing_referral_get_organisation_id (work),
                "organisation-name", caseload_housing_referral_get_organisation_name (work),
                "sent-on", caseload_housing_referral_get_sent_on (work),
                "status", caseload_housing_referral_get_status (work),
                "status-on", caseload_housing_referral_get_status_on (work),
                "outcome", caseload_housing_referral_get_outcome (work), "reason", NULL,
                "version", caseload_housing_referral_get_version (work),
                "referred-by-name", caseload_housing_referral_get_referred_by_name (work),
                "created-at", caseload_housing_referral_get_created_at (work), NULL);
  g_ptr_array_set_size (caseload_housing_referral_get_history (referral), 0);
  g_ptr_array_extend_and_steal (caseload_housing_referral_get_history (referral), g_steal_pointer (&history));
  return TRUE;
}

/* Accommodation */

static gboolean
caseload_store_postgresql_record_accommodation (CaseloadStore                *store,
                                                CaseloadStaff                *actor,
                                                CaseloadAccommodationRecord  *record,
                                                GError                      **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  const char *person_id = caseload_accommodation_record_get_person_id (record);
  g_autofree char *id = g_uuid_string_random ();
  g_autoptr(PGresult) result = NULL;
  g_auto(PgActor) info = { 0 };
  GDate today;
  gboolean ok = FALSE;

  caseload_clock_today (self->clock, &today);
  if (!passes (caseload_accommodation_check (record, &today), error))
    return FALSE;
  if (!pg_begin (self, actor, error))
    return FALSE;
  if (pg_acting (self, actor, &info, error) && may_write_for (self, &info, person_id, error))
    {
      const char *params[] = {
        id, person_id, caseload_accommodation_to_code (caseload_accommodation_record_get_status (record)),
        caseload_accommodation_record_get_from_on (record), given (caseload_accommodation_record_get_note (record)),
        info.staff_id,
      };

      result = pg_query (self,
                         "INSERT INTO accommodation_status (id, person_id, person_pk, status, from_on, note, "
                         "  recorded_by, created_at) "
                         "SELECT $1, $2, p.pk, $3, $4, $5, $6, caseload.now_text () FROM person p WHERE p.id = $2 "
                         "RETURNING created_at", 6, params, error);
      ok = pg_changed_one (self, result, "SELECT 1 FROM accommodation_status WHERE id = $1", id, error);
    }
  if (!pg_end (self, ok, ok ? error : NULL) || !ok)
    return FALSE;
  caseload_accommodation_record_set_id (record, id);
  caseload_accommodation_record_set_recorded_by_name (record, info.staff_name);
  caseload_accommodation_record_set_created_at (record, pg_text (result, 0, 0));
  return TRUE;
}

/* Reading a person's IPS, housing and accommodation */

/* The rows of @sql ($1 the person) as @type, appended to @into or, with @parents (id →
 * record), to the array @children gives of the parent named in column @parent_column. */
static gboolean
read_rows (CaseloadStorePostgresql  *self,
           const char               *sql,
           const char               *person_id,
           GType                     type,
           const char * const       *columns,
           GPtrArray                *into,
           GHashTable               *parents,
           int                       parent_column,
           GPtrArray *             (*children) (gpointer parent),
           GError                  **error)
{
  g_autoptr(PGresult) result = pg_query (self, sql, 1, (const char *[]) { person_id }, error);

  if (result == NULL)
    return FALSE;
  for (int i = 0; i < PQntuples (result); i++)
    {
      GObject *row = pg_read_object (result, i, type, columns);

      if (parents != NULL)
        {
          gpointer parent = g_hash_table_lookup (parents, pg_text (result, i, parent_column));

          if (parent == NULL)
            {
              g_object_unref (row);
              continue;
            }
          into = children (parent);
        }
      g_ptr_array_add (into, row);
    }
  return TRUE;
}

static GHashTable *
by_id (GPtrArray   *records,
       const char *(*get_id) (gpointer record))
{
  GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < records->len; i++)
    g_hash_table_insert (table, (gpointer) get_id (g_ptr_array_index (records, i)), g_ptr_array_index (records, i));
  return table;
}

gboolean
pg_read_ips_housing (CaseloadStorePostgresql  *self,
                     const PgActor            *actor,
                     const char               *person_id,
                     CaseloadPathways         *pathways,
                     GError                  **error)
{
  g_autoptr(GHashTable) referrals = NULL;
  g_autoptr(GHashTable) housing = NULL;

  g_return_val_if_fail (actor != NULL, FALSE);

  if (!read_rows (self, IPS_REFERRAL_SELECT "WHERE r.person_id = $1 "
                                            "ORDER BY r.referred_on DESC, r.created_at DESC, r.id DESC",
                  person_id, CASELOAD_TYPE_IPS_REFERRAL, ips_referral_columns, pathways->ips_referrals,
                  NULL, 0, NULL, error))
    return FALSE;
  referrals = by_id (pathways->ips_referrals, (const char *(*) (gpointer)) caseload_ips_referral_get_id);
  if (!read_rows (self, CONTACT_SELECT "JOIN ips_referral r ON r.id = c.referral_id WHERE r.person_id = $1 "
                                       "ORDER BY c.contacted_on, c.created_at, c.id",
                  person_id, CASELOAD_TYPE_EMPLOYER_CONTACT, contact_columns, NULL, referrals, 1,
                  (GPtrArray *(*) (gpointer)) caseload_ips_referral_get_contacts, error)
      || !read_rows (self, JOB_SELECT "JOIN ips_referral r ON r.id = j.referral_id WHERE r.person_id = $1 "
                                       "ORDER BY j.started_on, j.created_at, j.id",
                     person_id, CASELOAD_TYPE_IPS_JOB, job_columns, NULL, referrals, 1,
                     (GPtrArray *(*) (gpointer)) caseload_ips_referral_get_jobs, error))
    return FALSE;

  if (!read_rows (self, HOUSING_SELECT "WHERE h.person_id = $1 ORDER BY h.sent_on DESC, h.created_at DESC, h.id DESC",
                  person_id, CASELOAD_TYPE_HOUSING_REFERRAL, housing_columns, pathways->housing_referrals,
                  NULL, 0, NULL, error))
    return FALSE;
  housing = by_id (pathways->housing_referrals, (const char *(*) (gpointer)) caseload_housing_referral_get_id);
  if (!read_rows (self, HISTORY_SELECT "JOIN housing_referral h ON h.id = c.referral_id WHERE h.person_id = $1 "
                                       "ORDER BY c.seq",
                  person_id, CASELOAD_TYPE_HOUSING_STATUS_CHANGE, history_columns, NULL, housing, 1,
                  (GPtrArray *(*) (gpointer)) caseload_housing_referral_get_history, error))
    return FALSE;

  return read_rows (self, ACCOMMODATION_SELECT "WHERE a.person_id = $1 "
                                               "ORDER BY a.from_on DESC, a.seq DESC",
                    person_id, CASELOAD_TYPE_ACCOMMODATION_RECORD, accommodation_columns, pathways->accommodation,
                    NULL, 0, NULL, error);
}

void
pg_ips_iface_init (CaseloadStoreInterface *iface)
{
  iface->save_ips_referral = caseload_store_postgresql_save_ips_referral;
  iface->save_employer_contact = caseload_store_postgresql_save_employer_contact;
  iface->save_ips_job = caseload_store_postgresql_save_ips_job;
  iface->save_fidelity_review = caseload_store_postgresql_save_fidelity_review;
  iface->list_fidelity_reviews = caseload_store_postgresql_list_fidelity_reviews;
  iface->save_housing_referral = caseload_store_postgresql_save_housing_referral;
  iface->record_accommodation = caseload_store_postgresql_record_accommodation;
}
