/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "caseload-error.h"
#include "caseload-instrument.h"
#include "caseload-measure.h"
#include "caseload-plan.h"
#include "caseload-plan-action.h"
#include "caseload-plan-goal.h"
#include "caseload-plan-version.h"
#include "caseload-review.h"
#include "caseload-store-postgresql-private.h"
#include "caseload-validate.h"
#include "caseload-validate-plan.h"

/*
 * Support plans, outcome measures and reviews on the shared site. Row-level security
 * (0005-plans.sql) decides who sees and adds them; the server stamps who, for which
 * organisation and when, counts each plan's versions and audits every change. This side
 * validates (caseload-validate-plan.h), scores measures by the instruments' definitions
 * (caseload-instrument.h), checks the version a plan was read at, and keeps the tasks of
 * plan actions and the review dates of the person's open referrals in step with the plan.
 */

/* The columns of each SELECT, read by pg_read_object(). */
#define VERSION_SELECT \
  "SELECT v.id, v.person_id, v.version, v.saved_at, v.author_id, s.display_name, v.organisation_id, o.name, " \
  "  v.review_on, v.body " \
  "FROM plan_version v JOIN staff s ON s.id = v.author_id JOIN organisation o ON o.id = v.organisation_id "
static const char * const plan_columns[] = {
  "id", "person-id", "version", "saved-at", "author-id", "author-name", "organisation-id", "organisation-name", NULL
};
#define PLAN_BODY_COLUMN 9

/* The list of versions, without their content. */
#define VERSION_LIST \
  "SELECT v.id, v.person_id, v.version, v.saved_at, s.display_name, o.name, v.review_on " \
  "FROM plan_version v JOIN staff s ON s.id = v.author_id JOIN organisation o ON o.id = v.organisation_id "
static const char * const version_columns[] = {
  "id", "person-id", "version", "saved-at", "author-name", "organisation-name", "review-on", NULL
};

/* The instrument (last) is read by its code, which is not its nick. */
#define MEASURE_SELECT \
  "SELECT m.id, m.person_id, m.answers, m.completed_on, m.completed_by, m.chosen_areas, m.note, m.complete, " \
  "  m.total IS NOT NULL, m.total, m.secondary IS NOT NULL, m.secondary, m.band, m.risk, m.created_by, " \
  "  s.display_name, m.organisation_id, o.name, m.version, m.created_at, m.instrument " \
  "FROM measure m JOIN staff s ON s.id = m.created_by JOIN organisation o ON o.id = m.organisation_id "
static const char * const measure_columns[] = {
  "id", "person-id", "answers", "completed-on", "completed-by", "chosen-areas", "note", "complete",
  "has-total", "total", "has-secondary", "secondary", "band", "risk", "recorded-by", "recorded-by-name",
  "organisation-id", "organisation-name", "version", "created-at", NULL
};
#define MEASURE_INSTRUMENT_COLUMN 20

#define REVIEW_SELECT \
  "SELECT r.id, r.person_id, r.reviewed_on, r.person_said, r.goal_progress, r.measure_changes, r.plan_version, " \
  "  r.next_review_on, r.created_by, s.display_name, o.name, r.created_at " \
  "FROM review r JOIN staff s ON s.id = r.created_by JOIN organisation o ON o.id = r.organisation_id "
static const char * const review_columns[] = {
  "id", "person-id", "reviewed-on", "person-said", "goal-progress", "measure-changes", "plan-version",
  "next-review-on", "reviewed-by", "reviewed-by-name", "organisation-name", "created-at", NULL
};

static const char *
text_or_null (const char *text)
{
  return text != NULL && *text != '\0' ? text : NULL;
}

/* @text as one element of a text[] literal; NULL as NULL. */
static void
append_array_text (GString    *array,
                   const char *text)
{
  if (text == NULL)
    {
      g_string_append (array, "NULL");
      return;
    }
  g_string_append_c (array, '"');
  for (const char *c = text; *c != '\0'; c++)
    {
      if (*c == '"' || *c == '\\')
        g_string_append_c (array, '\\');
      g_string_append_c (array, *c);
    }
  g_string_append_c (array, '"');
}

static gboolean
no_problems (GPtrArray  *problems,
             GError    **error)
{
  g_autoptr(GPtrArray) owned = problems;

  return !caseload_field_errors_to_error (owned, error);
}

/* A plan, measure or review names its person, as the embedded store requires. */
static gboolean
about_a_person (const char  *person_id,
                const char  *message,
                GError     **error)
{
  if (person_id != NULL)
    return TRUE;
  g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION, message);
  return FALSE;
}

static gboolean
begin_acting (CaseloadStorePostgresql  *self,
              CaseloadStaff            *actor,
              PgActor                  *info,
              const char               *person_id,
              gboolean                  to_add,
              GError                  **error)
{
  if (!pg_begin (self, actor, error))
    return FALSE;
  if (pg_acting (self, actor, info, error) && pg_require_access (self, info, person_id, to_add, error))
    return TRUE;
  pg_end (self, FALSE, NULL);
  return FALSE;
}

typedef GObject *(*ReadRow) (const PGresult *result, int row);

/* The rows of @sql about a person @actor may see: $1 the person, and, with @n_params 2,
 * $2 @extra. */
static GPtrArray *
list_about_person (CaseloadStorePostgresql  *self,
                   CaseloadStaff            *actor,
                   const char               *person_id,
                   int                       n_params,
                   const char               *extra,
                   const char               *sql,
                   ReadRow                   read_row,
                   GError                  **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PGresult) result = NULL;
  g_auto(PgActor) info = { 0 };
  const char *params[] = { person_id, extra };
  gboolean ok;

  if (!begin_acting (self, actor, &info, person_id, FALSE, error))
    return NULL;
  result = pg_query (self, sql, n_params, params, error);
  ok = result != NULL;
  for (int i = 0; ok && i < PQntuples (result); i++)
    g_ptr_array_add (rows, read_row (result, i));
  if (!pg_end (self, ok, ok ? error : NULL) || !ok)
    return NULL;
  return g_steal_pointer (&rows);
}

/* Reading rows */

static GObject *
read_version (const PGresult *result,
              int             row)
{
  return pg_read_object (result, row, CASELOAD_TYPE_PLAN_VERSION, version_columns);
}

static GObject *
read_measure (const PGresult *result,
              int             row)
{
  CaseloadMeasure *measure = pg_read_object (result, row, CASELOAD_TYPE_MEASURE, measure_columns);
  CaseloadInstrument instrument;

  if (caseload_instrument_from_code (pg_text (result, row, MEASURE_INSTRUMENT_COLUMN), &instrument))
    caseload_measure_set_instrument (measure, instrument);
  return G_OBJECT (measure);
}

static GObject *
read_review (const PGresult *result,
             int             row)
{
  return pg_read_object (result, row, CASELOAD_TYPE_REVIEW, review_columns);
}

/* Plans */

static CaseloadPlan *
get_plan_locked (CaseloadStorePostgresql  *self,
                 const char               *person_id,
                 int                       version,
                 GError                  **error)
{
  g_autofree char *number = g_strdup_printf ("%d", version);
  const char *params[] = { person_id, number };
  g_autoptr(PGresult) result = NULL;
  g_autoptr(CaseloadPlan) plan = NULL;

  /* The newest version is the current plan (the plan row follows it). */
  result = pg_query (self, VERSION_SELECT "WHERE v.person_id = $1 AND ($2::integer = 0 OR v.version = $2::integer) "
                                          "ORDER BY v.version DESC LIMIT 1", 2, params, error);
  if (result == NULL)
    return NULL;
  if (PQntuples (result) == 0)
    {
      if (version != 0)
        {
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                       _("This version of the plan is not in the database."));
          return NULL;
        }
      plan = caseload_plan_new ();
      caseload_plan_set_person_id (plan, person_id);
      return g_steal_pointer (&plan);
    }
  plan = pg_read_object (result, 0, CASELOAD_TYPE_PLAN, plan_columns);
  if (!caseload_plan_set_from_text (plan, pg_text (result, 0, PLAN_BODY_COLUMN), error))
    return NULL;
  return g_steal_pointer (&plan);
}

static CaseloadPlan *
caseload_store_postgresql_get_plan (CaseloadStore  *store,
                                    CaseloadStaff  *actor,
                                    const char     *person_id,
                                    int             version,
                                    GError        **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_autoptr(CaseloadPlan) plan = NULL;
  g_auto(PgActor) info = { 0 };
  gboolean ok;

  if (!begin_acting (self, actor, &info, person_id, FALSE, error))
    return NULL;
  plan = get_plan_locked (self, person_id, version, error);
  ok = plan != NULL;
  if (!pg_end (self, ok, ok ? error : NULL) || !ok)
    return NULL;
  return g_steal_pointer (&plan);
}

static GPtrArray *
caseload_store_postgresql_list_plan_versions (CaseloadStore  *store,
                                              CaseloadStaff  *actor,
                                              const char     *person_id,
                                              GError        **error)
{
  return list_about_person (CASELOAD_STORE_POSTGRESQL (store), actor, person_id, 1, NULL,
                            VERSION_LIST "WHERE v.person_id = $1 ORDER BY v.version DESC",
                            read_version, error);
}

/* Gives new goals and actions their ids (kept from version to version), before the
 * check names them. */
static void
give_ids (CaseloadPlan *plan)
{
  GPtrArray *goals = caseload_plan_get_goals (plan);

  for (guint g = 0; g < goals->len; g++)
    {
      CaseloadPlanGoal *goal = g_ptr_array_index (goals, g);
      GPtrArray *actions = caseload_plan_goal_get_actions (goal);
      g_autofree char *goal_id = g_uuid_string_random ();

      if (text_or_null (caseload_plan_goal_get_id (goal)) == NULL)
        caseload_plan_goal_set_id (goal, goal_id);
      for (guint a = 0; a < actions->len; a++)
        {
          g_autofree char *action_id = g_uuid_string_random ();

          if (text_or_null (caseload_plan_action_get_id (g_ptr_array_index (actions, a))) == NULL)
            caseload_plan_action_set_id (g_ptr_array_index (actions, a), action_id);
        }
    }
}

/* Names the owner of each worker's or organisation's action as it is now (an old
 * version then reads as it was). */
static gboolean
prepare_actions (CaseloadStorePostgresql  *self,
                 CaseloadPlan             *plan,
                 GError                  **error)
{
  GPtrArray *goals = caseload_plan_get_goals (plan);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) caseload_field_error_free);

  for (guint g = 0; g < goals->len; g++)
    {
      CaseloadPlanGoal *goal = g_ptr_array_index (goals, g);
      GPtrArray *actions = caseload_plan_goal_get_actions (goal);

      for (guint a = 0; a < actions->len; a++)
        {
          CaseloadPlanAction *action = g_ptr_array_index (actions, a);
          CaseloadActionOwnerKind kind = caseload_plan_action_get_owner_kind (action);
          const char *params[1] = { NULL };
          g_autoptr(PGresult) owner = NULL;

          if (kind == CASELOAD_ACTION_OWNER_WORKER)
            {
              params[0] = caseload_plan_action_get_owner_staff_id (action);
              owner = pg_query (self, "SELECT display_name FROM staff WHERE id = $1", 1, params, error);
            }
          else if (kind == CASELOAD_ACTION_OWNER_ORGANISATION)
            {
              params[0] = caseload_plan_action_get_owner_organisation_id (action);
              owner = pg_query (self, "SELECT name FROM organisation WHERE id = $1", 1, params, error);
            }
          else
            continue;
          if (owner == NULL)
            return FALSE;
          if (PQntuples (owner) == 1)
            caseload_plan_action_set_owner_name (action, pg_text (owner, 0, 0));
          else
            {
              g_autofree char *field = g_strdup_printf ("action:%s:owner", caseload_plan_action_get_id (action));

              g_ptr_array_add (problems, caseload_field_error_new (field,
                                                                   kind == CASELOAD_ACTION_OWNER_WORKER
                                                                   ? _("Choose a worker who is on the shared site.")
                                                                   : _("Choose an organisation that is on the shared site.")));
            }
        }
    }
  return no_problems (g_steal_pointer (&problems), error);
}

/* The open tasks of the plan's actions owned by a worker or an organisation, as the
 * actions now say (made, or moved to their new owner, title or date); the tasks of
 * actions done, removed or now owned by the person or their network are closed. */
static gboolean
keep_action_tasks (CaseloadStorePostgresql  *self,
                   const PgActor            *info,
                   CaseloadPlan             *plan,
                   GError                  **error)
{
  GPtrArray *goals = caseload_plan_get_goals (plan);
  g_autoptr(GString) ids = g_string_new ("{");
  g_autoptr(GString) staff = g_string_new ("{");
  g_autoptr(GString) organisations = g_string_new ("{");
  g_autoptr(GString) titles = g_string_new ("{");
  g_autoptr(GString) dues = g_string_new ("{");
  g_autoptr(PGresult) kept = NULL;
  g_autoptr(PGresult) closed = NULL;
  guint n = 0;

  for (guint g = 0; g < goals->len; g++)
    {
      GPtrArray *actions = caseload_plan_goal_get_actions (g_ptr_array_index (goals, g));

      for (guint a = 0; a < actions->len; a++)
        {
          CaseloadPlanAction *action = g_ptr_array_index (actions, a);
          CaseloadActionOwnerKind kind = caseload_plan_action_get_owner_kind (action);
          const char *sep = n > 0 ? "," : "";
          g_autofree char *title = NULL;

          if (caseload_plan_action_get_done (action)
              || (kind != CASELOAD_ACTION_OWNER_WORKER && kind != CASELOAD_ACTION_OWNER_ORGANISATION))
            continue;
          g_string_append (ids, sep);
          g_string_append (staff, sep);
          g_string_append (organisations, sep);
          g_string_append (titles, sep);
          g_string_append (dues, sep);
          append_array_text (ids, caseload_plan_action_get_id (action));
          append_array_text (staff, kind == CASELOAD_ACTION_OWNER_WORKER
                                       ? caseload_plan_action_get_owner_staff_id (action) : NULL);
          append_array_text (organisations, kind == CASELOAD_ACTION_OWNER_ORGANISATION
                                               ? caseload_plan_action_get_owner_organisation_id (action) : NULL);
          title = caseload_plan_action_get_task_title (action);
          append_array_text (titles, title);
          append_array_text (dues, caseload_plan_action_get_due_on (action));
          n++;
        }
    }
  g_string_append_c (ids, '}');
  g_string_append_c (staff, '}');
  g_string_append_c (organisations, '}');
  g_string_append_c (titles, '}');
  g_string_append_c (dues, '}');

  {
    const char *params[] = {
      caseload_plan_get_person_id (plan), info->staff_id, ids->str, staff->str, organisations->str, titles->str,
      dues->str,
    };

    /* A task marked done stays done. */
    if (n > 0)
      kept = pg_query (self,
                       "INSERT INTO task AS t (id, person_id, person_pk, owner_id, owner_organisation_id, title, due_on, "
                       "  origin, source_id, version, created_at, created_by, updated_at, updated_by) "
                       "SELECT gen_random_uuid ()::text, $1, 0, u.staff_id, u.organisation_id, u.title, u.due_on, "
                       "  'plan-action', u.id, 1, caseload.now_text (), $2, caseload.now_text (), $2 "
                       "FROM unnest ($3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) "
                       "  AS u (id, staff_id, organisation_id, title, due_on) "
                       "ON CONFLICT (source_id) WHERE origin = 'plan-action' DO UPDATE "
                       "  SET owner_id = EXCLUDED.owner_id, owner_organisation_id = EXCLUDED.owner_organisation_id, "
                       "    title = EXCLUDED.title, due_on = EXCLUDED.due_on "
                       "  WHERE t.person_id = EXCLUDED.person_id "
                       "    AND (t.owner_id, t.owner_organisation_id, t.title, t.due_on) IS DISTINCT FROM "
                       "        (EXCLUDED.owner_id, EXCLUDED.owner_organisation_id, EXCLUDED.title, EXCLUDED.due_on)",
                       7, params, error);
    if (n > 0 && kept == NULL)
      return FALSE;
    closed = pg_query (self, "UPDATE task SET done = true "
                             "WHERE person_id = $1 AND origin = 'plan-action' AND NOT done "
                             "  AND NOT (source_id = ANY ($2::text[]))",
                       2, (const char *[]) { params[0], params[2] }, error);
  }
  return closed != NULL;
}

/* The plan as a new version, inside a transaction, for an actor who may add to the
 * record. Sets @plan's stamps only when all went well. */
static gboolean
save_plan_locked (CaseloadStorePostgresql  *self,
                  const PgActor            *info,
                  CaseloadPlan             *plan,
                  GError                  **error)
{
  const char *person_id = caseload_plan_get_person_id (plan);
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *read_at = g_strdup_printf ("%d", caseload_plan_get_version (plan));
  g_autofree char *body = NULL;
  g_autofree char *goals_text = NULL;
  g_autofree char *achieved_text = NULL;
  g_autoptr(PGresult) current = NULL;
  g_autoptr(PGresult) row = NULL;
  g_autoptr(PGresult) saved = NULL;
  GPtrArray *goals = caseload_plan_get_goals (plan);
  const char *review_on = text_or_null (caseload_plan_get_review_on (plan));
  guint achieved = 0;
  int newest = 0;
  GDate today;

  current = pg_query (self, "SELECT version, review_on FROM plan WHERE person_id = $1 FOR UPDATE",
                      1, (const char *[]) { person_id }, error);
  if (current == NULL)
    return FALSE;
  if (PQntuples (current) > 0)
    newest = (int) pg_int (current, 0, 0);
  caseload_clock_today (self->clock, &today);
  give_ids (plan);
  if (!no_problems (caseload_plan_check (plan, PQntuples (current) > 0 ? pg_text (current, 0, 1) : NULL, &today),
                    error))
    return FALSE;
  if (newest != caseload_plan_get_version (plan))
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_CONFLICT,
                   _("Someone else saved this plan after you opened it. Nothing was saved: compare your changes "
                     "with theirs."));
      return FALSE;
    }
  if (!prepare_actions (self, plan, error))
    return FALSE;

  for (guint g = 0; g < goals->len; g++)
    if (caseload_plan_goal_get_progress (g_ptr_array_index (goals, g)) == CASELOAD_GOAL_ACHIEVED)
      achieved++;
  goals_text = g_strdup_printf ("%u", goals->len);
  achieved_text = g_strdup_printf ("%u", achieved);
  body = caseload_plan_to_text (plan);

  {
    const char *params[] = { person_id, review_on, goals_text, achieved_text, info->staff_id };

    /* Two first saves at once: the second finds the row there, and is stale. */
    if (newest == 0)
      row = pg_query (self, "INSERT INTO plan (person_id, person_pk, version, review_on, goals, goals_achieved, "
                            "  updated_at, updated_by) "
                            "VALUES ($1, 0, 1, $2, $3::integer, $4::integer, caseload.now_text (), $5) "
                            "ON CONFLICT (person_id) DO NOTHING RETURNING version", 5, params, error);
    else
      row = pg_query (self, "UPDATE plan SET version = version + 1, review_on = $2, goals = $3::integer, "
                            "  goals_achieved = $4::integer "
                            "WHERE person_id = $1 AND version = $5::integer RETURNING version",
                      5, (const char *[]) { person_id, review_on, goals_text, achieved_text, read_at }, error);
    if (row == NULL)
      return FALSE;
    if (PQntuples (row) == 0)
      {
        g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_CONFLICT,
                     _("Someone else saved this plan at the same moment. Nothing was saved: compare your changes "
                       "with theirs."));
        return FALSE;
      }
  }
  {
    const char *params[] = {
      id, person_id, pg_text (row, 0, 0), body, review_on, info->staff_id, info->organisation_id,
    };

    saved = pg_query (self, "INSERT INTO plan_version (id, person_id, version, body, review_on, author_id, "
                            "  organisation_id, saved_at) "
                            "VALUES ($1, $2, $3::integer, $4, $5, $6, $7, caseload.now_text ()) "
                            "RETURNING version, saved_at", 7, params, error);
    if (saved == NULL)
      return FALSE;
  }
  if (!keep_action_tasks (self, info, plan, error))
    return FALSE;
  /* The review date is the next review of the person's open referrals. */
  if (review_on != NULL)
    {
      g_autoptr(PGresult) referrals =
        pg_query (self, "UPDATE referral SET next_review_on = $2 "
                        "WHERE person_id = $1 AND status = 'accepted' AND next_review_on IS DISTINCT FROM $2",
                  2, (const char *[]) { person_id, review_on }, error);

      if (referrals == NULL)
        return FALSE;
    }

  caseload_plan_set_id (plan, id);
  caseload_plan_set_version (plan, (int) pg_int (saved, 0, 0));
  caseload_plan_set_saved_at (plan, pg_text (saved, 0, 1));
  caseload_plan_set_author_id (plan, info->staff_id);
  caseload_plan_set_author_name (plan, info->staff_name);
  caseload_plan_set_organisation_id (plan, info->organisation_id);
  caseload_plan_set_organisation_name (plan, info->organisation_name);
  return TRUE;
}

static gboolean
caseload_store_postgresql_save_plan (CaseloadStore  *store,
                                     CaseloadStaff  *actor,
                                     CaseloadPlan   *plan,
                                     GError        **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  g_auto(PgActor) info = { 0 };
  gboolean ok;

  if (!about_a_person (caseload_plan_get_person_id (plan), _("A plan must be about a person."), error)
      || !begin_acting (self, actor, &info, caseload_plan_get_person_id (plan), TRUE, error))
    return FALSE;
  ok = save_plan_locked (self, &info, plan, error);
  return pg_end (self, ok, ok ? error : NULL) && ok;
}

/* Measures */

static gboolean
caseload_store_postgresql_save_measure (CaseloadStore    *store,
                                        CaseloadStaff    *actor,
                                        CaseloadMeasure  *measure,
                                        GError          **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  const CaseloadInstrumentDef *def = caseload_instrument_get (caseload_measure_get_instrument (measure));
  g_autoptr(GArray) answers = NULL;
  g_autofree char *id = g_uuid_string_random ();
  g_autoptr(PGresult) result = NULL;
  g_auto(PgActor) info = { 0 };
  CaseloadScore score = { 0 };
  char total[G_ASCII_DTOSTR_BUF_SIZE];
  char secondary[G_ASCII_DTOSTR_BUF_SIZE];
  GDate today;
  gboolean ok;

  caseload_clock_today (self->clock, &today);
  if (!about_a_person (caseload_measure_get_person_id (measure), _("A measure must be about a person."), error)
      || !no_problems (caseload_measure_check (measure, &today), error))
    return FALSE;
  answers = caseload_measure_get_answer_values (measure);
  if (!caseload_instrument_score (def, (const int *) (gpointer) answers->data, answers->len, &score, error))
    return FALSE;
  g_ascii_dtostr (total, sizeof total, score.total);
  g_ascii_dtostr (secondary, sizeof secondary, score.secondary);

  if (!begin_acting (self, actor, &info, caseload_measure_get_person_id (measure), TRUE, error))
    return FALSE;
  {
    const char *params[] = {
      id, caseload_measure_get_person_id (measure), caseload_instrument_to_code (caseload_measure_get_instrument (measure)),
      caseload_measure_get_answers (measure) != NULL ? caseload_measure_get_answers (measure) : "",
      caseload_measure_get_completed_on (measure),
      caseload_completed_by_to_code (caseload_measure_get_completed_by (measure)),
      text_or_null (caseload_measure_get_chosen_areas (measure)), text_or_null (caseload_measure_get_note (measure)),
      score.complete ? "true" : "false", score.has_total ? total : NULL, score.has_secondary ? secondary : NULL,
      score.band != NULL ? score.band->label : NULL, score.risk ? "true" : "false",
      info.organisation_id, info.staff_id,
    };

    result = pg_query (self, "INSERT INTO measure (id, person_id, person_pk, instrument, answers, completed_on, "
                             "  completed_by, chosen_areas, note, complete, total, secondary, band, risk, "
                             "  organisation_id, version, created_at, created_by, updated_at, updated_by) "
                             "VALUES ($1, $2, 0, $3, $4, $5, $6, $7, $8, $9::boolean, $10::double precision, "
                             "  $11::double precision, $12, $13::boolean, $14, 1, caseload.now_text (), $15, "
                             "  caseload.now_text (), $15) "
                             "RETURNING version, created_at, organisation_id", 15, params, error);
  }
  ok = result != NULL;
  if (!pg_end (self, ok, ok ? error : NULL) || !ok)
    return FALSE;
  caseload_measure_set_id (measure, id);
  caseload_measure_set_complete (measure, score.complete);
  caseload_measure_set_has_total (measure, score.has_total);
  caseload_measure_set_total (measure, score.has_total ? score.total : 0.0);
  caseload_measure_set_has_secondary (measure, score.has_secondary);
  caseload_measure_set_secondary (measure, score.has_secondary ? score.secondary : 0.0);
  caseload_measure_set_band (measure, score.band != NULL ? score.band->label : NULL);
  caseload_measure_set_risk (measure, score.risk);
  caseload_measure_set_recorded_by (measure, info.staff_id);
  caseload_measure_set_recorded_by_name (measure, info.staff_name);
  caseload_measure_set_organisation_id (measure, pg_text (result, 0, 2));
  caseload_measure_set_organisation_name (measure, info.organisation_name);
  caseload_measure_set_version (measure, (int) pg_int (result, 0, 0));
  caseload_measure_set_created_at (measure, pg_text (result, 0, 1));
  return TRUE;
}

static GPtrArray *
caseload_store_postgresql_list_measures (CaseloadStore  *store,
                                         CaseloadStaff  *actor,
                                         const char     *person_id,
                                         int             instrument,
                                         GError        **error)
{
  return list_about_person (CASELOAD_STORE_POSTGRESQL (store), actor, person_id, 2,
                            instrument >= 0 ? caseload_instrument_to_code ((CaseloadInstrument) instrument) : NULL,
                            MEASURE_SELECT "WHERE m.person_id = $1 AND ($2::text IS NULL OR m.instrument = $2) "
                                           "ORDER BY m.completed_on DESC, m.created_at DESC, m.id DESC",
                            read_measure, error);
}

/* Reviews */

static gboolean
caseload_store_postgresql_save_review (CaseloadStore   *store,
                                       CaseloadStaff   *actor,
                                       CaseloadReview  *review,
                                       CaseloadPlan    *plan,
                                       GError         **error)
{
  CaseloadStorePostgresql *self = CASELOAD_STORE_POSTGRESQL (store);
  const char *person_id = caseload_plan_get_person_id (plan);
  g_autoptr(CaseloadPlan) before = caseload_plan_copy (plan);
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *plan_version = NULL;
  g_autoptr(PGresult) result = NULL;
  g_auto(PgActor) info = { 0 };
  gboolean ok = FALSE;
  GDate today;

  caseload_clock_today (self->clock, &today);
  if (!about_a_person (person_id, _("A plan must be about a person."), error)
      || !no_problems (caseload_review_check (review, &today), error))
    return FALSE;
  if (caseload_review_get_person_id (review) != NULL && g_strcmp0 (caseload_review_get_person_id (review), person_id) != 0)
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                           _("The review and the plan are not the same person’s."));
      return FALSE;
    }
  if (!begin_acting (self, actor, &info, person_id, TRUE, error))
    return FALSE;
  caseload_plan_set_review_on (plan, caseload_review_get_next_review_on (review));
  if (save_plan_locked (self, &info, plan, error))
    {
      plan_version = g_strdup_printf ("%d", caseload_plan_get_version (plan));
      result = pg_query (self, "INSERT INTO review (id, person_id, person_pk, reviewed_on, person_said, goal_progress, "
                               "  measure_changes, plan_version, next_review_on, organisation_id, created_at, created_by) "
                               "VALUES ($1, $2, 0, $3, $4, $5, $6, $7::integer, $8, $9, caseload.now_text (), $10) "
                               "RETURNING created_at",
                         10, (const char *[]) {
                           id, person_id, caseload_review_get_reviewed_on (review),
                           text_or_null (caseload_review_get_person_said (review)),
                           text_or_null (caseload_review_get_goal_progress (review)),
                           text_or_null (caseload_review_get_measure_changes (review)), plan_version,
                           caseload_review_get_next_review_on (review), info.organisation_id, info.staff_id,
                         }, error);
      ok = result != NULL;
    }
  if (!pg_end (self, ok, ok ? error : NULL) || !ok)
    {
      /* Neither happened: the plan is as it was read. */
      caseload_plan_set_id (plan, caseload_plan_get_id (before));
      caseload_plan_set_version (plan, caseload_plan_get_version (before));
      caseload_plan_set_saved_at (plan, caseload_plan_get_saved_at (before));
      caseload_plan_set_author_id (plan, caseload_plan_get_author_id (before));
      caseload_plan_set_author_name (plan, caseload_plan_get_author_name (before));
      caseload_plan_set_organisation_id (plan, caseload_plan_get_organisation_id (before));
      caseload_plan_set_organisation_name (plan, caseload_plan_get_organisation_name (before));
      caseload_plan_set_review_on (plan, caseload_plan_get_review_on (before));
      return FALSE;
    }
  caseload_review_set_id (review, id);
  caseload_review_set_person_id (review, person_id);
  caseload_review_set_plan_version (review, caseload_plan_get_version (plan));
  caseload_review_set_reviewed_by (review, info.staff_id);
  caseload_review_set_reviewed_by_name (review, info.staff_name);
  caseload_review_set_organisation_name (review, info.organisation_name);
  caseload_review_set_created_at (review, pg_text (result, 0, 0));
  return TRUE;
}

static GPtrArray *
caseload_store_postgresql_list_reviews (CaseloadStore  *store,
                                        CaseloadStaff  *actor,
                                        const char     *person_id,
                                        GError        **error)
{
  return list_about_person (CASELOAD_STORE_POSTGRESQL (store), actor, person_id, 1, NULL,
                            REVIEW_SELECT "WHERE r.person_id = $1 "
                                          "ORDER BY r.reviewed_on DESC, r.created_at DESC, r.id DESC",
                            read_review, error);
}

void
pg_plans_iface_init (CaseloadStoreInterface *iface)
{
  iface->get_plan = caseload_store_postgresql_get_plan;
  iface->list_plan_versions = caseload_store_postgresql_list_plan_versions;
  iface->save_plan = caseload_store_postgresql_save_plan;
  iface->save_measure = caseload_store_postgresql_save_measure;
  iface->list_measures = caseload_store_postgresql_list_measures;
  iface->save_review = caseload_store_postgresql_save_review;
  iface->list_reviews = caseload_store_postgresql_list_reviews;
}
