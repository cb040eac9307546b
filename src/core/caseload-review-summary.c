/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "caseload-instrument.h"
#include "caseload-measure.h"
#include "caseload-plan-goal.h"
#include "caseload-review-summary.h"
#include "caseload-validate.h"

/* What a review shows of the time since the last one, in plain words, one line each:
 * every goal's progress (and how it moved), every measure's latest score against the
 * one it is compared with. */

/* A measure that has a total, with its date as ISO. */
typedef struct {
  CaseloadMeasure *measure;
  char            *on;
  CaseloadScore    score;
} Scored;

static void
scored_clear (gpointer data)
{
  Scored *scored = data;

  g_free (scored->on);
}

static int
scored_compare (gconstpointer a,
                gconstpointer b)
{
  const Scored *x = a, *y = b;
  int order = strcmp (x->on, y->on);

  if (order == 0)
    order = g_strcmp0 (caseload_measure_get_created_at (x->measure), caseload_measure_get_created_at (y->measure));
  return order;
}

/* @text with its first letter in lower case, for use inside a sentence. */
static char *
lower_first (const char *text)
{
  gunichar first = g_utf8_get_char (text);
  char buffer[8] = { 0 };

  g_unichar_to_utf8 (g_unichar_tolower (first), buffer);
  return g_strconcat (buffer, g_utf8_next_char (text), NULL);
}

/* One line per goal, as plain text: newlines inside the person's words become spaces. */
static char *
goal_words (CaseloadPlanGoal *goal)
{
  char *words = g_strdup (caseload_plan_goal_get_words (goal) != NULL ? caseload_plan_goal_get_words (goal) : "");

  g_strdelimit (words, "\r\n", ' ');
  return g_strstrip (words);
}

static CaseloadPlanGoal *
find_goal (CaseloadPlan *plan,
           const char   *id)
{
  GPtrArray *goals;

  if (plan == NULL || id == NULL)
    return NULL;

  goals = caseload_plan_get_goals (plan);
  for (guint i = 0; i < goals->len; i++)
    if (g_strcmp0 (caseload_plan_goal_get_id (g_ptr_array_index (goals, i)), id) == 0)
      return g_ptr_array_index (goals, i);

  return NULL;
}

static char *
summarise_goals (CaseloadPlan *before,
                 CaseloadPlan *after)
{
  g_autoptr(GString) lines = g_string_new (NULL);
  GPtrArray *goals;

  goals = after != NULL ? caseload_plan_get_goals (after) : NULL;
  for (guint i = 0; goals != NULL && i < goals->len; i++)
    {
      CaseloadPlanGoal *goal = g_ptr_array_index (goals, i);
      CaseloadPlanGoal *earlier = find_goal (before, caseload_plan_goal_get_id (goal));
      g_autofree char *words = goal_words (goal);
      const char *now = caseload_goal_progress_label (caseload_plan_goal_get_progress (goal));

      if (lines->len > 0)
        g_string_append_c (lines, '\n');

      if (before != NULL && earlier == NULL)
        /* TRANSLATORS: "Find part-time work: Not started (a new goal)" */
        g_string_append_printf (lines, _("%s: %s (a new goal)"), words, now);
      else if (earlier != NULL && caseload_plan_goal_get_progress (earlier) != caseload_plan_goal_get_progress (goal))
        /* TRANSLATORS: "Find part-time work: Under way → Achieved" */
        g_string_append_printf (lines, _("%s: %s → %s"), words,
                                caseload_goal_progress_label (caseload_plan_goal_get_progress (earlier)), now);
      else
        /* TRANSLATORS: "Find part-time work: Under way" */
        g_string_append_printf (lines, _("%s: %s"), words, now);
    }

  /* A goal taken out of the plan is said, not silently dropped. */
  goals = before != NULL ? caseload_plan_get_goals (before) : NULL;
  for (guint i = 0; goals != NULL && i < goals->len; i++)
    {
      CaseloadPlanGoal *goal = g_ptr_array_index (goals, i);
      g_autofree char *words = NULL;

      if (find_goal (after, caseload_plan_goal_get_id (goal)) != NULL)
        continue;
      words = goal_words (goal);
      if (lines->len > 0)
        g_string_append_c (lines, '\n');
      /* TRANSLATORS: "Find part-time work: taken out of the plan" */
      g_string_append_printf (lines, _("%s: taken out of the plan"), words);
    }

  return g_string_free (g_steal_pointer (&lines), FALSE);
}

/* "18 (moderately severe)", or "19.25" for an instrument without bands. */
static char *
describe_score (const Scored *scored)
{
  g_autofree char *total = caseload_instrument_format_total (scored->score.total);
  g_autofree char *band = NULL;

  if (scored->score.band == NULL)
    return g_steal_pointer (&total);

  band = lower_first (_(scored->score.band->label));
  /* TRANSLATORS: a score and its band: "18 (moderately severe)" */
  return g_strdup_printf (_("%s (%s)"), total, band);
}

/* The measures of @instrument that have a total, oldest first. */
static GArray *
scored_measures (GPtrArray          *measures,
                 CaseloadInstrument  instrument)
{
  const CaseloadInstrumentDef *def = caseload_instrument_get (instrument);
  GArray *scored = g_array_new (FALSE, TRUE, sizeof (Scored));

  g_array_set_clear_func (scored, scored_clear);

  for (guint i = 0; measures != NULL && i < measures->len; i++)
    {
      CaseloadMeasure *measure = g_ptr_array_index (measures, i);
      g_autoptr(GArray) answers = NULL;
      Scored item = { measure, NULL, { 0, } };
      GDate on;

      if (caseload_measure_get_instrument (measure) != instrument)
        continue;
      g_date_clear (&on, 1);
      if (caseload_measure_get_completed_on (measure) == NULL ||
          !caseload_parse_date (caseload_measure_get_completed_on (measure), &on, NULL))
        continue;

      /* Scored again from the answers: the same rules as the store, and a measure not yet
       * saved counts too. */
      answers = caseload_measure_get_answer_values (measure);
      if (!caseload_instrument_score (def, (const int *) answers->data, answers->len, &item.score, NULL) ||
          !item.score.has_total)
        continue;

      item.on = caseload_date_to_iso (&on);
      g_array_append_val (scored, item);
    }

  g_array_sort (scored, scored_compare);
  return scored;
}

/* The line for one instrument, or NULL when it has no measure since @since. The latest
 * measure is compared with the latest on or before @since (the one the last review saw);
 * without one, with the earliest since then; with @since NULL, with the one before it. */
static char *
summarise_instrument (GPtrArray          *measures,
                      CaseloadInstrument  instrument,
                      const char         *since)
{
  const CaseloadInstrumentDef *def = caseload_instrument_get (instrument);
  g_autoptr(GArray) scored = scored_measures (measures, instrument);
  const Scored *latest, *previous = NULL;
  g_autofree char *now = NULL;
  g_autofree char *then = NULL;
  g_autofree char *change = NULL;
  g_autofree char *change_lower = NULL;

  if (scored->len == 0)
    return NULL;

  latest = &g_array_index (scored, Scored, scored->len - 1);
  /* A measure on the day of the last review was part of it: "since" means after. */
  if (since != NULL && strcmp (latest->on, since) <= 0)
    return NULL;

  if (since == NULL)
    previous = scored->len > 1 ? &g_array_index (scored, Scored, scored->len - 2) : NULL;
  else
    {
      for (guint i = 0; i < scored->len - 1; i++)
        if (strcmp (g_array_index (scored, Scored, i).on, since) <= 0)
          previous = &g_array_index (scored, Scored, i);
      if (previous == NULL && scored->len > 1)
        previous = &g_array_index (scored, Scored, 0);
    }

  now = describe_score (latest);
  if (previous == NULL)
    /* TRANSLATORS: "GAD-7: 9 (mild), nothing earlier to compare with" */
    return g_strdup_printf (_("%s: %s, nothing earlier to compare with"), def->name, now);

  then = describe_score (previous);
  change = caseload_instrument_describe_change (def, previous->score.total, latest->score.total);
  change_lower = lower_first (change);
  /* TRANSLATORS: "PHQ-9: 18 (moderately severe) → 11 (moderate), down 7: better" */
  return g_strdup_printf (_("%s: %s → %s, %s"), def->name, then, now, change_lower);
}

static char *
summarise_measures (GPtrArray  *measures,
                    const char *since)
{
  static const CaseloadInstrument order[] = {
    CASELOAD_INSTRUMENT_PHQ9, CASELOAD_INSTRUMENT_GAD7, CASELOAD_INSTRUMENT_CORE10,
    CASELOAD_INSTRUMENT_DIALOG, CASELOAD_INSTRUMENT_SWEMWBS, CASELOAD_INSTRUMENT_REQOL10,
    CASELOAD_INSTRUMENT_BEST,
  };
  g_autoptr(GString) lines = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      g_autofree char *line = summarise_instrument (measures, order[i], since);

      if (line == NULL)
        continue;
      if (lines->len > 0)
        g_string_append_c (lines, '\n');
      g_string_append (lines, line);
    }

  return g_string_free (g_steal_pointer (&lines), FALSE);
}

void
caseload_review_summarise (CaseloadReview *review,
                           CaseloadPlan   *before,
                           CaseloadPlan   *after,
                           GPtrArray      *measures,
                           const char     *since)
{
  g_autofree char *goals = NULL;
  g_autofree char *changes = NULL;
  g_autofree char *since_iso = NULL;
  GDate since_date;

  g_return_if_fail (CASELOAD_IS_REVIEW (review));
  g_return_if_fail (before == NULL || CASELOAD_IS_PLAN (before));
  g_return_if_fail (after == NULL || CASELOAD_IS_PLAN (after));

  g_date_clear (&since_date, 1);
  if (since != NULL && caseload_parse_date (since, &since_date, NULL))
    since_iso = caseload_date_to_iso (&since_date);

  goals = summarise_goals (before, after);
  changes = summarise_measures (measures, since_iso);

  caseload_review_set_goal_progress (review, goals[0] != '\0' ? goals : NULL);
  caseload_review_set_measure_changes (review, changes[0] != '\0' ? changes : NULL);
}
