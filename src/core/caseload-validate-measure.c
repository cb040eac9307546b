/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "caseload-instrument.h"
#include "caseload-validate-plan.h"

/* The checks on outcome measures and plan reviews (caseload-validate-plan.h). Each field
 * at fault gets one message, keyed so the form can show it beside the field. */

#define MAX_CHOSEN_AREAS 3

/* A required date: @missing when empty or not a date, @future when after @today. Sets
 * @date and returns TRUE only when it is a date (even one in the future). */
static gboolean
check_date (GPtrArray   *problems,
            const char  *field,
            const char  *value,
            const GDate *today,
            const char  *missing,
            const char  *future,
            GDate       *date)
{
  g_date_clear (date, 1);
  if (value == NULL || !caseload_parse_date (value, date, NULL))
    {
      caseload_field_errors_add (problems, field, missing);
      return FALSE;
    }
  if (future != NULL && today != NULL && g_date_compare (date, today) > 0)
    caseload_field_errors_add (problems, field, future);
  return TRUE;
}

static void
check_answers (GPtrArray                   *problems,
               CaseloadMeasure             *measure,
               const CaseloadInstrumentDef *def)
{
  g_autoptr(GArray) answers = caseload_measure_get_answer_values (measure);
  guint n_answered = 0;

  if (answers->len != def->n_items)
    {
      g_autofree char *message = NULL;

      message = g_strdup_printf (_("%s has %u questions, but the answers are for %u."),
                                 def->name, def->n_items, answers->len);
      caseload_field_errors_add (problems, "answers", message);
      return;
    }

  for (guint i = 0; i < answers->len; i++)
    {
      int answer = g_array_index (answers, int, i);

      if (answer == -1)
        continue;
      if (answer < def->answer_min || answer > def->answer_max)
        {
          g_autofree char *field = g_strdup_printf ("answer:%u", i + 1);
          g_autofree char *message = g_strdup_printf (_("Question %u: answers go from %d to %d."),
                                                      i + 1, def->answer_min, def->answer_max);

          caseload_field_errors_add (problems, field, message);
        }
      n_answered++;
    }

  /* Missing answers are allowed (the measure is saved as incomplete), but not all. */
  if (n_answered == 0)
    caseload_field_errors_add (problems, "answers", _("Answer at least one question."));
}

static void
check_chosen_areas (GPtrArray       *problems,
                    CaseloadMeasure *measure)
{
  const char *text = caseload_measure_get_chosen_areas (measure);
  g_auto(GStrv) codes = NULL;
  guint n_chosen = 0;
  guint seen = 0;

  if (text == NULL)
    return;

  codes = g_strsplit (text, ",", -1);
  for (guint i = 0; codes[i] != NULL; i++)
    {
      CaseloadLifeArea area;
      const char *code = g_strstrip (codes[i]);

      if (*code == '\0')
        continue;
      if (!caseload_life_area_from_code (code, &area))
        {
          caseload_field_errors_add (problems, "chosen-areas", _("Choose the areas from DIALOG’s list."));
          return;
        }
      if (seen & (1u << area))
        {
          caseload_field_errors_add (problems, "chosen-areas", _("Choose each area only once."));
          return;
        }
      seen |= 1u << area;
      n_chosen++;
    }

  if (n_chosen > 0 && caseload_measure_get_instrument (measure) != CASELOAD_INSTRUMENT_DIALOG)
    caseload_field_errors_add (problems, "chosen-areas", _("Only DIALOG has areas to choose to talk about."));
  else if (n_chosen > MAX_CHOSEN_AREAS)
    caseload_field_errors_add (problems, "chosen-areas", _("Choose up to three areas to talk about."));
}

GPtrArray *
caseload_measure_check (CaseloadMeasure *measure,
                        const GDate     *today)
{
  GPtrArray *problems = caseload_field_errors_new ();
  const CaseloadInstrumentDef *def;
  GDate completed;

  g_return_val_if_fail (CASELOAD_IS_MEASURE (measure), problems);

  def = caseload_instrument_get (caseload_measure_get_instrument (measure));
  if (def == NULL)
    caseload_field_errors_add (problems, "instrument", _("Choose which measure this is."));
  else
    check_answers (problems, measure, def);

  check_date (problems, "completed-on", caseload_measure_get_completed_on (measure), today,
              _("Enter the date it was filled in, as dd/mm/yyyy."),
              _("A measure cannot be dated in the future."), &completed);

  if (caseload_measure_get_completed_by (measure) != CASELOAD_COMPLETED_BY_PERSON &&
      caseload_measure_get_completed_by (measure) != CASELOAD_COMPLETED_BY_WORKER_WITH_PERSON)
    caseload_field_errors_add (problems, "completed-by", _("Choose who filled it in."));

  check_chosen_areas (problems, measure);
  caseload_field_errors_check_text (problems, "note", _("Note"),
                                    caseload_measure_get_note (measure), FALSE, CASELOAD_MAX_LONG_TEXT);

  return problems;
}

GPtrArray *
caseload_review_check (CaseloadReview *review,
                       const GDate    *today)
{
  GPtrArray *problems = caseload_field_errors_new ();
  GDate reviewed, next;
  gboolean have_reviewed;

  g_return_val_if_fail (CASELOAD_IS_REVIEW (review), problems);

  have_reviewed = check_date (problems, "reviewed-on", caseload_review_get_reviewed_on (review), today,
                              _("Enter the date of the review, as dd/mm/yyyy."),
                              _("A review cannot be dated in the future."), &reviewed);

  if (check_date (problems, "next-review-on", caseload_review_get_next_review_on (review), NULL,
                  _("Enter the date of the next review, as dd/mm/yyyy."), NULL, &next))
    {
      if (today != NULL && g_date_compare (&next, today) < 0)
        caseload_field_errors_add (problems, "next-review-on", _("The next review cannot be in the past."));
      else if (have_reviewed && g_date_compare (&next, &reviewed) <= 0)
        caseload_field_errors_add (problems, "next-review-on", _("The next review must come after this one."));
    }

  caseload_field_errors_check_text (problems, "person-said", _("What the person said"),
                                    caseload_review_get_person_said (review), FALSE, CASELOAD_MAX_ENTRY_TEXT);
  caseload_field_errors_check_text (problems, "goal-progress", _("Progress with goals"),
                                    caseload_review_get_goal_progress (review), FALSE, CASELOAD_MAX_ENTRY_TEXT);
  caseload_field_errors_check_text (problems, "measure-changes", _("Changes in measures"),
                                    caseload_review_get_measure_changes (review), FALSE, CASELOAD_MAX_ENTRY_TEXT);

  return problems;
}
