/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "caseload-audit-chain.h"
#include "caseload-error.h"
#include "caseload-instrument.h"
#include "caseload-plan-action.h"
#include "caseload-plan-goal.h"
#include "caseload-property.h"
#include "caseload-store-sqlite-private.h"
#include "caseload-validate-plan.h"

/*
 * Support plans, outcome measures and reviews on the embedded store (schema 5). Every
 * save of a plan is a new plan_version row (its content as caseload_plan_to_text()) and
 * the plan row keeps the newest version's review date and goal counts. In the same
 * mutation: the tasks of actions owned by a worker or an organisation (created, updated,
 * closed when the action is done or gone), and the review date copied to the person's
 * open accepted referrals. Reads need the actor to see the person; writes, to add to
 * the record.
 */

#define VERSION_SELECT \
  "SELECT pv.id, pv.person_id, pv.version, pv.saved_at, s.display_name, o.name, pv.review_on " \
  "FROM plan_version pv JOIN staff s ON s.id = pv.author_id JOIN organisation o ON o.id = pv.organisation_id "

#define MEASURE_SELECT \
  "SELECT m.id, m.person_id, m.answers, m.completed_on, m.completed_by, m.chosen_areas, m.note, m.complete, " \
  "  m.total IS NOT NULL, m.total, m.secondary IS NOT NULL, m.secondary, m.band, m.risk, m.created_by, " \
  "  s.display_name, m.organisation_id, o.name, m.version, m.created_at, m.instrument " \
  "FROM measure m JOIN staff s ON s.id = m.created_by JOIN organisation o ON o.id = m.organisation_id "

#define REVIEW_SELECT \
  "SELECT rv.id, rv.person_id, rv.reviewed_on, rv.person_said, rv.goal_progress, rv.measure_changes, " \
  "  rv.plan_version, rv.next_review_on, rv.created_by, s.display_name, o.name, rv.created_at " \
  "FROM review rv JOIN staff s ON s.id = rv.created_by JOIN organisation o ON o.id = rv.organisation_id "

static const char * const version_columns[] = {
  "id", "person-id", "version", "saved-at", "author-name", "organisation-name", "review-on", NULL
};
static const RowKind version_row = { caseload_plan_version_get_type, version_columns };

/* MEASURE_SELECT's columns; the instrument (last) is read by its code. */
static const char * const measure_columns[] = {
  "id", "person-id", "answers", "completed-on", "completed-by", "chosen-areas", "note", "complete",
  "has-total", "total", "has-secondary", "secondary", "band", "risk", "recorded-by", "recorded-by-name",
  "organisation-id", "organisation-name", "version", "created-at", NULL
};
#define MEASURE_INSTRUMENT_COLUMN 20

static const char * const review_columns[] = {
  "id", "person-id", "reviewed-on", "person-said", "goal-progress", "measure-changes", "plan-version",
  "next-review-on", "reviewed-by", "reviewed-by-name", "organisation-name", "created-at", NULL
};
static const RowKind review_row = { caseload_review_get_type, review_columns };

static const char * const measure_fields[] = {
  "person-id", "completed-on", "completed-by", "complete", "total", "band", "risk", NULL
};
static const char * const review_fields[] = { "person-id", "reviewed-on", "plan-version", "next-review-on", NULL };

static void
today_of (CaseloadStoreSqlite *self,
          GDate               *today,
          char                 iso[16])
{
  caseload_clock_today (self->clock, today);
  g_date_strftime (iso, 16, "%Y-%m-%d", today);
}

/* Plans */

/* The person's plan at @version (0: the newest); with none saved, version 0 is an
 * empty plan. */
static CaseloadPlan *
get_plan_locked (CaseloadStoreSqlite  *self,
                 const char           *person_id,
                 int                   version,
                 GError              **error)
{
  static const char * const columns[] = {
    "id", "person-id", "version", "saved-at", "author-id", "author-name", "organisation-id", "organisation-name",
    NULL
  };
  g_autoptr(CaseloadPlan) plan = NULL;
  g_autofree char *body = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = store_prepare (self,
                        "SELECT pv.id, pv.person_id, pv.version, pv.saved_at, pv.author_id, s.display_name, "
                        "  pv.organisation_id, o.name, pv.body "
                        "FROM plan_version pv JOIN staff s ON s.id = pv.author_id "
                        "JOIN organisation o ON o.id = pv.organisation_id "
                        "WHERE pv.person_id = ?1 AND pv.version = "
                        "  CASE WHEN ?2 > 0 THEN ?2 ELSE (SELECT version FROM plan WHERE person_id = ?1) END", error);
  if (stmt == NULL)
    return NULL;
  store_bind_text (stmt, 1, person_id);
  sqlite3_bind_int (stmt, 2, version);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      plan = store_read_object (stmt, CASELOAD_TYPE_PLAN, columns);
      body = g_strdup (store_column_text (stmt, 8));
    }
  if (!store_finish_rows (self, stmt, rc == SQLITE_ROW ? SQLITE_DONE : rc, error))
    return NULL;

  if (plan == NULL && version > 0)
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                           _("This version of the plan is not in the database."));
      return NULL;
    }
  if (plan == NULL)
    {
      plan = caseload_plan_new ();
      caseload_plan_set_person_id (plan, person_id);
      return g_steal_pointer (&plan);
    }
  if (!caseload_plan_set_from_text (plan, body, error))
    return NULL;
  return g_steal_pointer (&plan);
}

static CaseloadPlan *
caseload_store_sqlite_get_plan (CaseloadStore  *store,
                                CaseloadStaff  *actor,
                                const char     *person_id,
                                int             version,
                                GError        **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_auto(ActorInfo) info = { 0 };
  CaseloadPlan *plan = NULL;

  g_rec_mutex_lock (&self->lock);
  if (store_load_actor (self, actor, &info, error) &&
      store_require_access (self, &info, person_id, FALSE, error))
    plan = get_plan_locked (self, person_id, version, error);
  g_rec_mutex_unlock (&self->lock);
  return plan;
}

/* The actor may see the person. */
static gboolean
may_see_person (CaseloadStoreSqlite  *self,
                const ActorInfo      *info,
                const char           *person_id,
                GError              **error)
{
  return store_require_access (self, info, person_id, FALSE, error);
}

/* The rows @sql (?1 the person) returns, when the actor may see the person. */
static GPtrArray *
list_for_person (CaseloadStoreSqlite  *self,
                 CaseloadStaff        *actor,
                 const char           *person_id,
                 const char           *sql,
                 const RowKind        *kind,
                 GError              **error)
{
  return store_list_by_key (self, actor, person_id, may_see_person, sql, kind, error);
}

static GPtrArray *
caseload_store_sqlite_list_plan_versions (CaseloadStore  *store,
                                          CaseloadStaff  *actor,
                                          const char     *person_id,
                                          GError        **error)
{
  return list_for_person (CASELOAD_STORE_SQLITE (store), actor, person_id,
                          VERSION_SELECT "WHERE pv.person_id = ?1 ORDER BY pv.version DESC", &version_row, error);
}

/* Gives every goal and action without an id one, so that tasks and merges can follow
 * them from version to version. */
static void
assign_ids (CaseloadPlan *plan)
{
  GPtrArray *goals = caseload_plan_get_goals (plan);

  for (guint i = 0; i < goals->len; i++)
    {
      CaseloadPlanGoal *goal = g_ptr_array_index (goals, i);
      GPtrArray *actions = caseload_plan_goal_get_actions (goal);

      if (caseload_plan_goal_get_id (goal) == NULL)
        {
          g_autofree char *id = g_uuid_string_random ();

          caseload_plan_goal_set_id (goal, id);
        }
      for (guint j = 0; j < actions->len; j++)
        {
          CaseloadPlanAction *action = g_ptr_array_index (actions, j);

          if (caseload_plan_action_get_id (action) == NULL)
            {
              g_autofree char *id = g_uuid_string_random ();

              caseload_plan_action_set_id (action, id);
            }
        }
    }
}

/* Fills the owner names of worker and organisation actions from the store, so that the
 * version reads as it was; an owner the store does not know is a problem beside it. */
static gboolean
fill_owner_names (CaseloadStoreSqlite  *self,
                  CaseloadPlan         *plan,
                  GError              **error)
{
  g_autoptr(GPtrArray) problems = caseload_field_errors_new ();
  GPtrArray *goals = caseload_plan_get_goals (plan);

  for (guint i = 0; i < goals->len; i++)
    {
      GPtrArray *actions = caseload_plan_goal_get_actions (g_ptr_array_index (goals, i));

      for (guint j = 0; j < actions->len; j++)
        {
          CaseloadPlanAction *action = g_ptr_array_index (actions, j);
          CaseloadActionOwnerKind kind = caseload_plan_action_get_owner_kind (action);
          g_autofree char *field = g_strdup_printf ("action:%s:owner", caseload_plan_action_get_id (action));
          g_autofree char *name = NULL;

          if (kind == CASELOAD_ACTION_OWNER_WORKER)
            {
              name = store_staff_name (self, caseload_plan_action_get_owner_staff_id (action));
              if (name == NULL)
                caseload_field_errors_add (problems, field, _("Choose the worker from the team’s staff."));
            }
          else if (kind == CASELOAD_ACTION_OWNER_ORGANISATION)
            {
              name = store_organisation_name (self, caseload_plan_action_get_owner_organisation_id (action));
              if (name == NULL)
                caseload_field_errors_add (problems, field, _("Choose the organisation from the list."));
            }
          else
            continue;
          if (name != NULL)
            caseload_plan_action_set_owner_name (action, name);
        }
    }
  return !caseload_field_errors_to_error (problems, error);
}

typedef struct {
  guint opened;
  guint changed;
  guint closed;
} TaskCounts;

/* An action on a worker's or organisation's list: its task created, or updated when the
 * owner, words or date changed, and closed when the action is done. */
static gboolean
sync_action_task (CaseloadStoreSqlite  *self,
                  const ActorInfo      *info,
                  const char           *person_id,
                  CaseloadPlanAction   *action,
                  const char           *now,
                  TaskCounts           *counts,
                  GError              **error)
{
  gboolean by_worker = caseload_plan_action_get_owner_kind (action) == CASELOAD_ACTION_OWNER_WORKER;
  const char *owner_id = by_worker ? caseload_plan_action_get_owner_staff_id (action) : NULL;
  const char *owner_organisation_id = by_worker ? NULL : caseload_plan_action_get_owner_organisation_id (action);
  gboolean done = caseload_plan_action_get_done (action);
  g_autofree char *title = caseload_plan_action_get_task_title (action);
  g_autofree char *id = g_uuid_string_random ();
  sqlite3_stmt *stmt;

  /* A new action's task (an action done before it was ever saved has none). */
  if (!done)
    {
      stmt = store_prepare (self,
                            "INSERT OR IGNORE INTO task (id, person_id, person_pk, owner_id, owner_organisation_id, "
                            "  title, due_on, origin, source_id, version, created_at, created_by, updated_at, "
                            "  updated_by) "
                            "SELECT ?1, p.id, p.pk, ?3, ?4, ?5, ?6, 'plan-action', ?7, 1, ?8, ?9, ?8, ?9 "
                            "FROM person p WHERE p.id = ?2", error);
      if (stmt == NULL)
        return FALSE;
      store_bind_text (stmt, 1, id);
      store_bind_text (stmt, 2, person_id);
      store_bind_text (stmt, 3, owner_id);
      store_bind_text (stmt, 4, owner_organisation_id);
      store_bind_text (stmt, 5, title);
      store_bind_text (stmt, 6, caseload_plan_action_get_due_on (action));
      store_bind_text (stmt, 7, caseload_plan_action_get_id (action));
      store_bind_text (stmt, 8, now);
      store_bind_text (stmt, 9, info->staff_id);
      if (!store_step_done (self, stmt, error))
        return FALSE;
      if (sqlite3_changes (self->db) > 0)
        {
          counts->opened++;
          return TRUE;
        }
    }

  /* The existing task, when something about it changed; done stays done. */
  stmt = store_prepare (self,
                        "UPDATE task SET owner_id = ?2, owner_organisation_id = ?3, title = ?4, due_on = ?5, "
                        "  done = done OR ?6, done_at = CASE WHEN done THEN done_at WHEN ?6 THEN ?7 END, "
                        "  done_by = CASE WHEN done THEN done_by WHEN ?6 THEN ?8 END, "
                        "  version = version + 1, updated_at = ?7, updated_by = ?8 "
                        "WHERE origin = 'plan-action' AND source_id = ?1 AND person_id = ?9 "
                        "  AND (owner_id IS NOT ?2 OR owner_organisation_id IS NOT ?3 OR title <> ?4 "
                        "       OR due_on <> ?5 OR (?6 AND NOT done))", error);
  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, caseload_plan_action_get_id (action));
  store_bind_text (stmt, 2, owner_id);
  store_bind_text (stmt, 3, owner_organisation_id);
  store_bind_text (stmt, 4, title);
  store_bind_text (stmt, 5, caseload_plan_action_get_due_on (action));
  sqlite3_bind_int (stmt, 6, done ? 1 : 0);
  store_bind_text (stmt, 7, now);
  store_bind_text (stmt, 8, info->staff_id);
  store_bind_text (stmt, 9, person_id);
  if (!store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) > 0)
    {
      if (done)
        counts->closed++;
      else
        counts->changed++;
    }
  return TRUE;
}

/* The plan's actions on worker and organisation lists; the open tasks of actions no
 * longer there (removed, or now the person's or their network's) are closed. */
static gboolean
sync_tasks (CaseloadStoreSqlite  *self,
            const ActorInfo      *info,
            CaseloadPlan         *plan,
            const char           *now,
            TaskCounts           *counts,
            GError              **error)
{
  g_autoptr(GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) gone = g_ptr_array_new_with_free_func (g_free);
  const char *person_id = caseload_plan_get_person_id (plan);
  GPtrArray *goals = caseload_plan_get_goals (plan);
  sqlite3_stmt *stmt;
  int rc;

  for (guint i = 0; i < goals->len; i++)
    {
      GPtrArray *actions = caseload_plan_goal_get_actions (g_ptr_array_index (goals, i));

      for (guint j = 0; j < actions->len; j++)
        {
          CaseloadPlanAction *action = g_ptr_array_index (actions, j);
          CaseloadActionOwnerKind kind = caseload_plan_action_get_owner_kind (action);

          if (kind != CASELOAD_ACTION_OWNER_WORKER && kind != CASELOAD_ACTION_OWNER_ORGANISATION)
            continue;
          g_hash_table_add (listed, (gpointer) caseload_plan_action_get_id (action));
          if (!sync_action_task (self, info, person_id, action, now, counts, error))
            return FALSE;
        }
    }

  stmt = store_prepare (self, "SELECT source_id FROM task WHERE person_id = ?1 AND origin = 'plan-action' AND NOT done",
                        error);
  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, person_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if (!g_hash_table_contains (listed, store_column_text (stmt, 0)))
      g_ptr_array_add (gone, g_strdup (store_column_text (stmt, 0)));
  if (!store_finish_rows (self, stmt, rc, error))
    return FALSE;

  for (guint i = 0; i < gone->len; i++)
    {
      stmt = store_prepare (self,
                            "UPDATE task SET done = 1, done_at = ?2, done_by = ?3, version = version + 1, "
                            "  updated_at = ?2, updated_by = ?3 "
                            "WHERE origin = 'plan-action' AND source_id = ?1 AND NOT done", error);
      if (stmt == NULL)
        return FALSE;
      store_bind_text (stmt, 1, g_ptr_array_index (gone, i));
      store_bind_text (stmt, 2, now);
      store_bind_text (stmt, 3, info->staff_id);
      if (!store_step_done (self, stmt, error))
        return FALSE;
      counts->closed += sqlite3_changes (self->db);
    }
  return TRUE;
}

/* The plan's review date becomes the next review of the person's open accepted
 * referrals (their reviews due then feed the task list and the dashboard). */
static gboolean
copy_review_date (CaseloadStoreSqlite  *self,
                  const ActorInfo      *info,
                  CaseloadPlan         *plan,
                  const char           *now,
                  guint                *n_referrals,
                  GError              **error)
{
  const char *review_on = caseload_plan_get_review_on (plan);
  sqlite3_stmt *stmt;

  if (review_on == NULL || *review_on == '\0')
    return TRUE;
  stmt = store_prepare (self,
                        "UPDATE referral SET next_review_on = ?2, version = version + 1, updated_at = ?3, "
                        "  updated_by = ?4 "
                        "WHERE person_id = ?1 AND status = 'accepted' AND next_review_on IS NOT ?2", error);
  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, caseload_plan_get_person_id (plan));
  store_bind_text (stmt, 2, review_on);
  store_bind_text (stmt, 3, now);
  store_bind_text (stmt, 4, info->staff_id);
  if (!store_step_done (self, stmt, error))
    return FALSE;
  *n_referrals = sqlite3_changes (self->db);
  return TRUE;
}

static void
count_goals (CaseloadPlan *plan,
             guint        *goals,
             guint        *achieved)
{
  GPtrArray *list = caseload_plan_get_goals (plan);

  *goals = list->len;
  *achieved = 0;
  for (guint i = 0; i < list->len; i++)
    if (caseload_plan_goal_get_progress (g_ptr_array_index (list, i)) == CASELOAD_GOAL_ACHIEVED)
      (*achieved)++;
}

/* Saves @plan (the caller's copy, which takes the saved fields) as the next version,
 * inside the caller's mutation; the actor may add to the person's record. */
static gboolean
save_plan_locked (CaseloadStoreSqlite  *self,
                  const ActorInfo      *info,
                  CaseloadPlan         *plan,
                  GError              **error)
{
  const char *person_id = caseload_plan_get_person_id (plan);
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *previous_review_on = NULL;
  g_autofree char *now = store_now (self);
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *body = NULL;
  g_autofree char *detail = NULL;
  TaskCounts tasks = { 0 };
  guint n_referrals = 0, goals, achieved;
  int newest = 0;
  GDate today;
  char today_iso[16];
  sqlite3_stmt *stmt;
  int rc;

  if (person_id == NULL)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION, _("A plan must be about a person."));
      return FALSE;
    }
  if (!store_require_access (self, info, person_id, TRUE, error))
    return FALSE;

  stmt = store_prepare (self, "SELECT version, review_on FROM plan WHERE person_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, person_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      newest = sqlite3_column_int (stmt, 0);
      previous_review_on = g_strdup (store_column_text (stmt, 1));
    }
  if (!store_finish_rows (self, stmt, rc == SQLITE_ROW ? SQLITE_DONE : rc, error))
    return FALSE;

  today_of (self, &today, today_iso);
  problems = caseload_plan_check (plan, previous_review_on, &today);
  if (caseload_field_errors_to_error (problems, error))
    return FALSE;
  if (caseload_plan_get_version (plan) != newest)
    {
      store_conflict (error, _("plan"));
      return FALSE;
    }
  if (!fill_owner_names (self, plan, error))
    return FALSE;

  caseload_plan_set_id (plan, id);
  caseload_plan_set_version (plan, newest + 1);
  caseload_plan_set_saved_at (plan, now);
  caseload_plan_set_author_id (plan, info->staff_id);
  caseload_plan_set_author_name (plan, info->staff_name);
  caseload_plan_set_organisation_id (plan, info->organisation_id);
  caseload_plan_set_organisation_name (plan, info->organisation_name);
  body = caseload_plan_to_text (plan);
  count_goals (plan, &goals, &achieved);

  stmt = store_prepare (self,
                        "INSERT INTO plan_version (id, person_id, version, body, review_on, author_id, "
                        "  organisation_id, saved_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", error);
  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, id);
  store_bind_text (stmt, 2, person_id);
  sqlite3_bind_int (stmt, 3, newest + 1);
  store_bind_text (stmt, 4, body);
  store_bind_text (stmt, 5, caseload_plan_get_review_on (plan));
  store_bind_text (stmt, 6, info->staff_id);
  store_bind_text (stmt, 7, info->organisation_id);
  store_bind_text (stmt, 8, now);
  if (!store_step_done (self, stmt, error))
    return FALSE;

  stmt = store_prepare (self,
                        "INSERT INTO plan (person_id, person_pk, version, review_on, goals, goals_achieved, "
                        "  updated_at, updated_by) "
                        "SELECT p.id, p.pk, ?2, ?3, ?4, ?5, ?6, ?7 FROM person p WHERE p.id = ?1 "
                        "ON CONFLICT (person_id) DO UPDATE SET version = excluded.version, "
                        "  review_on = excluded.review_on, goals = excluded.goals, "
                        "  goals_achieved = excluded.goals_achieved, updated_at = excluded.updated_at, "
                        "  updated_by = excluded.updated_by", error);
  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, person_id);
  sqlite3_bind_int (stmt, 2, newest + 1);
  store_bind_text (stmt, 3, caseload_plan_get_review_on (plan));
  sqlite3_bind_int (stmt, 4, (int) goals);
  sqlite3_bind_int (stmt, 5, (int) achieved);
  store_bind_text (stmt, 6, now);
  store_bind_text (stmt, 7, info->staff_id);
  if (!store_step_done (self, stmt, error) ||
      !sync_tasks (self, info, plan, now, &tasks, error) ||
      !copy_review_date (self, info, plan, now, &n_referrals, error))
    return FALSE;

  detail = g_strdup_printf ("{\"plan\":\"%s\",\"version\":%d,\"goals\":%u,\"goals_achieved\":%u,"
                            "\"tasks_opened\":%u,\"tasks_changed\":%u,\"tasks_closed\":%u,"
                            "\"referrals_review_date\":%u}",
                            id, newest + 1, goals, achieved, tasks.opened, tasks.changed, tasks.closed,
                            n_referrals);
  return store_audit (self, info->staff_id, "plan-save", person_id, detail, NULL, error);
}

/* The caller's @plan takes the saved @work (its deep copy, saved): its fields and the
 * owner names the store filled; the caller's goal and action objects stay. */
static void
take_saved_plan (CaseloadPlan *plan,
                 CaseloadPlan *work)
{
  GPtrArray *goals = caseload_plan_get_goals (plan);
  GPtrArray *saved = caseload_plan_get_goals (work);

  caseload_property_copy_all (work, plan);
  for (guint i = 0; i < goals->len && i < saved->len; i++)
    {
      GPtrArray *actions = caseload_plan_goal_get_actions (g_ptr_array_index (goals, i));
      GPtrArray *saved_actions = caseload_plan_goal_get_actions (g_ptr_array_index (saved, i));

      for (guint j = 0; j < actions->len && j < saved_actions->len; j++)
        caseload_plan_action_set_owner_name (g_ptr_array_index (actions, j),
                                             caseload_plan_action_get_owner_name (g_ptr_array_index (saved_actions, j)));
    }
}

static gboolean
caseload_store_sqlite_save_plan (CaseloadStore  *store,
                                 CaseloadStaff  *actor,
                                 CaseloadPlan   *plan,
                                 GError        **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_autoptr(CaseloadPlan) work = NULL;
  g_auto(ActorInfo) info = { 0 };
  gboolean ok;

  assign_ids (plan);
  work = caseload_plan_copy (plan);
  if (!store_begin_mutation (self, error))
    return FALSE;
  ok = store_load_actor (self, actor, &info, error) &&
       save_plan_locked (self, &info, work, error);
  if (!store_end_mutation (self, ok, ok ? error : NULL) || !ok)
    return FALSE;
  take_saved_plan (plan, work);
  return TRUE;
}

/* Measures */

static CaseloadMeasure *
read_measure (sqlite3_stmt *stmt)
{
  CaseloadMeasure *measure = store_read_object (stmt, CASELOAD_TYPE_MEASURE, measure_columns);
  CaseloadInstrument instrument;

  if (caseload_instrument_from_code (store_column_text (stmt, MEASURE_INSTRUMENT_COLUMN), &instrument))
    caseload_measure_set_instrument (measure, instrument);
  return measure;
}

static gboolean
save_measure_locked (CaseloadStoreSqlite    *self,
                     const ActorInfo        *info,
                     CaseloadMeasure        *measure,
                     const CaseloadScore    *score,
                     char                  **id_out,
                     GError                **error)
{
  const char *person_id = caseload_measure_get_person_id (measure);
  g_autofree char *now = store_now (self);
  g_autofree char *id = g_uuid_string_random ();
  sqlite3_stmt *stmt;

  if (!store_require_access (self, info, person_id, TRUE, error))
    return FALSE;
  stmt = store_prepare (self,
                        "INSERT INTO measure (id, person_id, person_pk, instrument, answers, completed_on, "
                        "  completed_by, chosen_areas, note, complete, total, secondary, band, risk, "
                        "  organisation_id, version, created_at, created_by, updated_at, updated_by) "
                        "SELECT ?1, p.id, p.pk, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, 1, "
                        "  ?15, ?16, ?15, ?16 FROM person p WHERE p.id = ?2", error);
  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 1, id);
  store_bind_text (stmt, 2, person_id);
  store_bind_text (stmt, 3, caseload_instrument_to_code (caseload_measure_get_instrument (measure)));
  store_bind_text (stmt, 4, caseload_measure_get_answers (measure));
  store_bind_text (stmt, 5, caseload_measure_get_completed_on (measure));
  store_bind_text (stmt, 6, caseload_completed_by_to_code (caseload_measure_get_completed_by (measure)));
  store_bind_text (stmt, 7, caseload_measure_get_chosen_areas (measure));
  store_bind_text (stmt, 8, caseload_measure_get_note (measure));
  sqlite3_bind_int (stmt, 9, score->complete ? 1 : 0);
  if (score->has_total)
    sqlite3_bind_double (stmt, 10, score->total);
  if (score->has_secondary)
    sqlite3_bind_double (stmt, 11, score->secondary);
  store_bind_text (stmt, 12, score->has_total && score->band != NULL ? score->band->label : NULL);
  sqlite3_bind_int (stmt, 13, score->risk ? 1 : 0);
  store_bind_text (stmt, 14, info->organisation_id);
  store_bind_text (stmt, 15, now);
  store_bind_text (stmt, 16, info->staff_id);
  if (!store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND, _("This person is not in the database."));
      return FALSE;
    }
  caseload_measure_set_complete (measure, score->complete);
  caseload_measure_set_has_total (measure, score->has_total);
  caseload_measure_set_total (measure, score->has_total ? score->total : 0);
  caseload_measure_set_band (measure, score->has_total && score->band != NULL ? score->band->label : NULL);
  caseload_measure_set_risk (measure, score->risk);
  if (!store_audit_change (self, info, "measure-add", person_id, "measure", id, NULL, measure, measure_fields,
                           error))
    return FALSE;
  *id_out = g_steal_pointer (&id);
  return TRUE;
}

static gboolean
caseload_store_sqlite_save_measure (CaseloadStore    *store,
                                    CaseloadStaff    *actor,
                                    CaseloadMeasure  *measure,
                                    GError          **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GArray) answers = NULL;
  g_autoptr(CaseloadMeasure) saved = NULL;
  g_autofree char *id = NULL;
  g_auto(ActorInfo) info = { 0 };
  const CaseloadInstrumentDef *def = caseload_instrument_get (caseload_measure_get_instrument (measure));
  CaseloadScore score = { 0 };
  GDate today;
  char today_iso[16];
  gboolean ok;

  if (caseload_measure_get_person_id (measure) == NULL)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION, _("A measure must be about a person."));
      return FALSE;
    }
  today_of (self, &today, today_iso);
  problems = caseload_measure_check (measure, &today);
  if (caseload_field_errors_to_error (problems, error))
    return FALSE;
  answers = caseload_measure_get_answer_values (measure);
  if (!caseload_instrument_score (def, (const int *) answers->data, answers->len, &score, error))
    return FALSE;

  if (!store_begin_mutation (self, error))
    return FALSE;
  ok = store_load_actor (self, actor, &info, error) &&
       save_measure_locked (self, &info, measure, &score, &id, error);
  if (!store_end_mutation (self, ok, ok ? error : NULL) || !ok)
    return FALSE;

  g_rec_mutex_lock (&self->lock);
  {
    sqlite3_stmt *stmt = store_prepare (self, MEASURE_SELECT "WHERE m.id = ?1", NULL);

    if (stmt != NULL)
      {
        store_bind_text (stmt, 1, id);
        if (sqlite3_step (stmt) == SQLITE_ROW)
          saved = read_measure (stmt);
        sqlite3_reset (stmt);
      }
  }
  g_rec_mutex_unlock (&self->lock);
  if (saved != NULL)
    caseload_property_copy_all (saved, measure);
  return TRUE;
}

static GPtrArray *
caseload_store_sqlite_list_measures (CaseloadStore  *store,
                                     CaseloadStaff  *actor,
                                     const char     *person_id,
                                     int             instrument,
                                     GError        **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_autoptr(GPtrArray) measures = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(ActorInfo) info = { 0 };
  sqlite3_stmt *stmt;
  gboolean ok = FALSE;
  int rc;

  g_rec_mutex_lock (&self->lock);
  if (store_load_actor (self, actor, &info, error) &&
      store_require_access (self, &info, person_id, FALSE, error) &&
      (stmt = store_prepare (self,
                             MEASURE_SELECT "WHERE m.person_id = ?1 AND (?2 IS NULL OR m.instrument = ?2) "
                             "ORDER BY m.completed_on DESC, m.created_at DESC, m.id", error)) != NULL)
    {
      store_bind_text (stmt, 1, person_id);
      if (instrument >= 0)
        store_bind_text (stmt, 2, caseload_instrument_to_code ((CaseloadInstrument) instrument));
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        g_ptr_array_add (measures, read_measure (stmt));
      ok = store_finish_rows (self, stmt, rc, error);
    }
  g_rec_mutex_unlock (&self->lock);
  return ok ? g_steal_pointer (&measures) : NULL;
}

/* Reviews */

static CaseloadReview *
get_review_locked (CaseloadStoreSqlite  *self,
                   const char           *id,
                   GError              **error)
{
  return store_get_one (self, REVIEW_SELECT "WHERE rv.id = ?2", id, &review_row,
                        _("This review is not in the database."), error);
}

static gboolean
caseload_store_sqlite_save_review (CaseloadStore   *store,
                                   CaseloadStaff   *actor,
                                   CaseloadReview  *review,
                                   CaseloadPlan    *plan,
                                   GError         **error)
{
  CaseloadStoreSqlite *self = CASELOAD_STORE_SQLITE (store);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(CaseloadPlan) work = NULL;
  g_autoptr(CaseloadReview) saved = NULL;
  g_autofree char *now = store_now (self);
  g_autofree char *id = g_uuid_string_random ();
  g_auto(ActorInfo) info = { 0 };
  const char *person_id = caseload_plan_get_person_id (plan);
  GDate today;
  char today_iso[16];
  sqlite3_stmt *stmt;
  gboolean ok = FALSE;

  today_of (self, &today, today_iso);
  problems = caseload_review_check (review, &today);
  if (caseload_field_errors_to_error (problems, error))
    return FALSE;
  if (caseload_review_get_person_id (review) != NULL &&
      g_strcmp0 (caseload_review_get_person_id (review), person_id) != 0)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION, _("The review and the plan are not the same person’s."));
      return FALSE;
    }

  assign_ids (plan);
  work = caseload_plan_copy (plan);
  caseload_plan_set_review_on (work, caseload_review_get_next_review_on (review));
  if (!store_begin_mutation (self, error))
    return FALSE;
  if (store_load_actor (self, actor, &info, error) &&
      save_plan_locked (self, &info, work, error) &&
      (stmt = store_prepare (self,
                             "INSERT INTO review (id, person_id, person_pk, reviewed_on, person_said, goal_progress, "
                             "  measure_changes, plan_version, next_review_on, organisation_id, created_at, "
                             "  created_by) "
                             "SELECT ?1, p.id, p.pk, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11 FROM person p "
                             "WHERE p.id = ?2", error)) != NULL)
    {
      store_bind_text (stmt, 1, id);
      store_bind_text (stmt, 2, person_id);
      store_bind_text (stmt, 3, caseload_review_get_reviewed_on (review));
      store_bind_text (stmt, 4, caseload_review_get_person_said (review));
      store_bind_text (stmt, 5, caseload_review_get_goal_progress (review));
      store_bind_text (stmt, 6, caseload_review_get_measure_changes (review));
      sqlite3_bind_int (stmt, 7, caseload_plan_get_version (work));
      store_bind_text (stmt, 8, caseload_review_get_next_review_on (review));
      store_bind_text (stmt, 9, info.organisation_id);
      store_bind_text (stmt, 10, now);
      store_bind_text (stmt, 11, info.staff_id);
      ok = store_step_done (self, stmt, error) &&
           (saved = get_review_locked (self, id, error)) != NULL &&
           store_audit_change (self, &info, "review-add", person_id, "review", id, NULL, saved, review_fields,
                               error);
    }
  if (!store_end_mutation (self, ok, ok ? error : NULL) || !ok)
    return FALSE;
  take_saved_plan (plan, work);
  caseload_property_copy_all (saved, review);
  return TRUE;
}

static GPtrArray *
caseload_store_sqlite_list_reviews (CaseloadStore  *store,
                                    CaseloadStaff  *actor,
                                    const char     *person_id,
                                    GError        **error)
{
  return list_for_person (CASELOAD_STORE_SQLITE (store), actor, person_id,
                          REVIEW_SELECT "WHERE rv.person_id = ?1 ORDER BY rv.reviewed_on DESC, rv.created_at DESC, "
                          "rv.id", &review_row, error);
}

/* The dashboard's outcome figures */

typedef struct {
  gint64 person_pk;
  int    instrument;
  double first;
  double last;
  guint  n_totals;
} Series;

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The median by the nearest rank (the value at rank ⌈n/2⌉ of the sorted changes), as
 * caseload_percentile() gives the waits and percentile_disc (0.5) the shared site. */
static double
median_of (GArray *values)
{
  if (values->len == 0)
    return 0;
  g_array_sort (values, compare_double);
  return g_array_index (values, double, (values->len + 1) / 2 - 1);
}

/* Ends one person's instrument series: counts a change when it has two totals. */
static void
close_series (const Series *series,
              GArray       *changes[],
              gboolean     *twice)
{
  double change;

  if (series->person_pk < 0 || series->n_totals < 2)
    return;
  change = series->last - series->first;
  g_array_append_val (changes[series->instrument], change);
  *twice = TRUE;
}

static gboolean
read_measure_figures (CaseloadStoreSqlite  *self,
                      const PkSet          *visible,
                      CaseloadDashboard    *dashboard,
                      GError              **error)
{
  GArray *changes[CASELOAD_INSTRUMENT_REQOL10 + 1];
  Series series = { -1, 0, 0, 0, 0 };
  gboolean twice = FALSE;
  sqlite3_stmt *stmt;
  gboolean ok;
  int rc;

  stmt = store_prepare (self,
                        "SELECT m.person_pk, m.instrument, m.total FROM measure m INDEXED BY measure_completed "
                        "JOIN person p ON p.pk = m.person_pk "
                        "WHERE m.completed_on >= coalesce (?2, '') AND m.completed_on <= coalesce (?3, '9999') "
                        "  AND (?4 IS NULL OR p.pcn = ?4) "
                        "ORDER BY m.person_pk, m.instrument, m.completed_on, m.created_at, m.id", error);
  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 2, dashboard->from);
  store_bind_text (stmt, 3, dashboard->to);
  store_bind_text (stmt, 4, dashboard->pcn);

  for (guint i = 0; i < G_N_ELEMENTS (changes); i++)
    changes[i] = g_array_new (FALSE, FALSE, sizeof (double));

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 pk = sqlite3_column_int64 (stmt, 0);
      CaseloadInstrument instrument;

      if (!store_pk_set_has (visible, pk) ||
          !caseload_instrument_from_code (store_column_text (stmt, 1), &instrument))
        continue;
      if (pk != series.person_pk)
        {
          close_series (&series, changes, &twice);
          if (twice)
            dashboard->people_measured_twice++;
          twice = FALSE;
          dashboard->people_measured++;
          series = (Series) { pk, (int) instrument, 0, 0, 0 };
        }
      else if ((int) instrument != series.instrument)
        {
          close_series (&series, changes, &twice);
          series = (Series) { pk, (int) instrument, 0, 0, 0 };
        }
      if (sqlite3_column_type (stmt, 2) == SQLITE_NULL)
        continue;
      series.last = sqlite3_column_double (stmt, 2);
      if (series.n_totals++ == 0)
        series.first = series.last;
    }
  close_series (&series, changes, &twice);
  if (twice)
    dashboard->people_measured_twice++;
  ok = store_finish_rows (self, stmt, rc, error);

  for (guint i = 0; i < G_N_ELEMENTS (changes); i++)
    {
      if (changes[i]->len > 0)
        {
          CaseloadDashboardChange change = { (CaseloadInstrument) i, changes[i]->len, median_of (changes[i]) };

          g_array_append_val (dashboard->measure_change, change);
        }
      g_array_unref (changes[i]);
    }
  return ok;
}

gboolean
store_read_outcome_figures (CaseloadStoreSqlite  *self,
                            const PkSet          *visible,
                            CaseloadDashboard    *dashboard,
                            GError              **error)
{
  GDate today;
  char today_iso[16];
  sqlite3_stmt *stmt;
  int rc;

  if (!read_measure_figures (self, visible, dashboard, error))
    return FALSE;

  today_of (self, &today, today_iso);
  stmt = store_prepare (self,
                        "SELECT pl.person_pk, pl.goals, pl.goals_achieved, pl.review_on < ?5 FROM plan pl "
                        "JOIN person p ON p.pk = pl.person_pk WHERE ?4 IS NULL OR p.pcn = ?4", error);
  if (stmt == NULL)
    return FALSE;
  store_bind_text (stmt, 4, dashboard->pcn);
  store_bind_text (stmt, 5, today_iso);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (!store_pk_set_has (visible, sqlite3_column_int64 (stmt, 0)))
        continue;
      dashboard->goals += (guint) sqlite3_column_int (stmt, 1);
      dashboard->goals_achieved += (guint) sqlite3_column_int (stmt, 2);
      dashboard->plan_reviews_overdue += sqlite3_column_int (stmt, 3) != 0;
    }
  return store_finish_rows (self, stmt, rc, error);
}

void
store_plans_iface_init (CaseloadStoreInterface *iface)
{
  iface->get_plan = caseload_store_sqlite_get_plan;
  iface->list_plan_versions = caseload_store_sqlite_list_plan_versions;
  iface->save_plan = caseload_store_sqlite_save_plan;
  iface->save_measure = caseload_store_sqlite_save_measure;
  iface->list_measures = caseload_store_sqlite_list_measures;
  iface->save_review = caseload_store_sqlite_save_review;
  iface->list_reviews = caseload_store_sqlite_list_reviews;
}
