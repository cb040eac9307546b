/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "caseload-validate-plan.h"

/* Every case starts from a measure (or review) that passes, changes a few properties and
 * expects either no problem or exactly one, on the field named, with the message given.
 * Today is 22 November 2026. */

typedef enum {
  KIND_MEASURE,
  KIND_REVIEW,
} Kind;

typedef struct {
  const char *name;
  Kind        kind;
  const char *text[8];        /* property, value (NULL clears it), … */
  int         instrument;     /* -1: PHQ-9, as the base */
  const char *field;          /* NULL: no problem */
  const char *message;
} Case;

static const char * const measure_base[] = {
  "answers", "1,2,0,3,1,0,2,1,0", "completed-on", "2026-11-20", NULL,
};
static const char * const review_base[] = {
  "reviewed-on", "2026-11-22", "next-review-on", "2027-02-22", "person-said", "Getting out more helps.", NULL,
};

static const Case cases[] = {
  { "measure/fine", KIND_MEASURE, { NULL }, -1, NULL, NULL },
  { "measure/today", KIND_MEASURE, { "completed-on", "2026-11-22", NULL }, -1, NULL, NULL },
  { "measure/typed-date", KIND_MEASURE, { "completed-on", "21/11/2026", NULL }, -1, NULL, NULL },
  { "measure/missing-allowed", KIND_MEASURE, { "answers", "1,,0,3,1,,2,1,", NULL }, -1, NULL, NULL },
  { "measure/none-answered", KIND_MEASURE, { "answers", ",,,,,,,,", NULL }, -1,
    "answers", "Answer at least one question." },
  { "measure/too-few", KIND_MEASURE, { "answers", "1,2,0", NULL }, -1,
    "answers", "PHQ-9 has 9 questions, but the answers are for 3." },
  { "measure/no-answers", KIND_MEASURE, { "answers", NULL, NULL }, -1,
    "answers", "PHQ-9 has 9 questions, but the answers are for 0." },
  { "measure/too-many", KIND_MEASURE, { "answers", "1,2,0,3,1,0,2,1,0,0", NULL }, -1,
    "answers", "PHQ-9 has 9 questions, but the answers are for 10." },
  { "measure/out-of-range", KIND_MEASURE, { "answers", "1,2,0,3,1,0,2,1,4", NULL }, -1,
    "answer:9", "Question 9: answers go from 0 to 3." },
  { "measure/dialog-scale", KIND_MEASURE, { "answers", "4,4,4,4,4,4,4,4,4,4,0", NULL }, CASELOAD_INSTRUMENT_DIALOG,
    "answer:11", "Question 11: answers go from 1 to 7." },
  { "measure/no-date", KIND_MEASURE, { "completed-on", NULL, NULL }, -1,
    "completed-on", "Enter the date it was filled in, as dd/mm/yyyy." },
  { "measure/bad-date", KIND_MEASURE, { "completed-on", "31/02/2026", NULL }, -1,
    "completed-on", "Enter the date it was filled in, as dd/mm/yyyy." },
  { "measure/future", KIND_MEASURE, { "completed-on", "2026-11-23", NULL }, -1,
    "completed-on", "A measure cannot be dated in the future." },
  { "measure/dialog-areas", KIND_MEASURE,
    { "answers", "4,4,4,4,4,4,4,4,4,4,4", "chosen-areas", "job,accommodation,friendships", NULL },
    CASELOAD_INSTRUMENT_DIALOG, NULL, NULL },
  { "measure/dialog-four-areas", KIND_MEASURE,
    { "answers", "4,4,4,4,4,4,4,4,4,4,4", "chosen-areas", "job,accommodation,friendships,leisure", NULL },
    CASELOAD_INSTRUMENT_DIALOG, "chosen-areas", "Choose up to three areas to talk about." },
  { "measure/dialog-area-twice", KIND_MEASURE,
    { "answers", "4,4,4,4,4,4,4,4,4,4,4", "chosen-areas", "job,job", NULL },
    CASELOAD_INSTRUMENT_DIALOG, "chosen-areas", "Choose each area only once." },
  { "measure/dialog-unknown-area", KIND_MEASURE,
    { "answers", "4,4,4,4,4,4,4,4,4,4,4", "chosen-areas", "job,money", NULL },
    CASELOAD_INSTRUMENT_DIALOG, "chosen-areas", "Choose the areas from DIALOG’s list." },
  { "measure/areas-not-dialog", KIND_MEASURE, { "chosen-areas", "job", NULL }, -1,
    "chosen-areas", "Only DIALOG has areas to choose to talk about." },
  { "measure/bad-instrument", KIND_MEASURE, { NULL }, 42,
    "instrument", "Choose which measure this is." },

  { "review/fine", KIND_REVIEW, { NULL }, -1, NULL, NULL },
  { "review/earlier", KIND_REVIEW, { "reviewed-on", "2026-10-01", NULL }, -1, NULL, NULL },
  { "review/no-date", KIND_REVIEW, { "reviewed-on", NULL, NULL }, -1,
    "reviewed-on", "Enter the date of the review, as dd/mm/yyyy." },
  { "review/future", KIND_REVIEW, { "reviewed-on", "2026-11-23", NULL }, -1,
    "reviewed-on", "A review cannot be dated in the future." },
  { "review/no-next", KIND_REVIEW, { "next-review-on", "", NULL }, -1,
    "next-review-on", "Enter the date of the next review, as dd/mm/yyyy." },
  { "review/next-past", KIND_REVIEW, { "next-review-on", "2026-11-21", NULL }, -1,
    "next-review-on", "The next review cannot be in the past." },
  { "review/next-same-day", KIND_REVIEW, { "next-review-on", "2026-11-22", NULL }, -1,
    "next-review-on", "The next review must come after this one." },
  { "review/next-today-after-earlier", KIND_REVIEW,
    { "reviewed-on", "2026-11-01", "next-review-on", "2026-11-22", NULL }, -1, NULL, NULL },
};

static void
apply (GObject            *object,
       const char * const *text)
{
  for (guint i = 0; text[i] != NULL; i += 2)
    g_object_set (object, text[i], text[i + 1], NULL);
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(GObject) record = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 22, G_DATE_NOVEMBER, 2026);

  if (c->kind == KIND_MEASURE)
    {
      CaseloadMeasure *measure = caseload_measure_new ();

      record = G_OBJECT (measure);
      apply (record, measure_base);
      apply (record, c->text);
      if (c->instrument >= 0)
        caseload_measure_set_instrument (measure, (CaseloadInstrument) c->instrument);
      problems = caseload_measure_check (measure, &today);
    }
  else
    {
      record = G_OBJECT (caseload_review_new ());
      apply (record, review_base);
      apply (record, c->text);
      problems = caseload_review_check (CASELOAD_REVIEW (record), &today);
    }

  for (guint i = 0; i < problems->len; i++)
    {
      CaseloadFieldError *problem = g_ptr_array_index (problems, i);

      g_test_message ("%s: %s", problem->field, problem->message);
    }

  if (c->field == NULL)
    {
      g_assert_cmpuint (problems->len, ==, 0);
    }
  else
    {
      CaseloadFieldError *problem;

      g_assert_cmpuint (problems->len, ==, 1);
      problem = g_ptr_array_index (problems, 0);
      g_assert_cmpstr (problem->field, ==, c->field);
      g_assert_cmpstr (problem->message, ==, c->message);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/validate-measure/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_case);
    }

  return g_test_run ();
}
