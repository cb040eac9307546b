/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "caseload-error.h"
#include "caseload-instrument.h"

/* Every instrument's scoring against hand-worked answers: totals, both ends of every
 * band, missing items (never zero), answers off the scale, reversals, risk items,
 * secondary values and the SWEMWBS conversion. Answers are written as the measure stores
 * them: comma-separated, as chosen on the form's scale, empty where missing. */

typedef enum {
  NO_TOTAL = -1000,
} Marker;

typedef struct {
  const char         *name;
  CaseloadInstrument  instrument;
  const char         *answers;
  double              total;      /* NO_TOTAL: none expected */
  const char         *band;       /* NULL: none expected */
  gboolean            risk;
  double              secondary;  /* NO_TOTAL: none expected */
  const char         *error;      /* the message expected instead of a score */
} Case;

#define PHQ9    CASELOAD_INSTRUMENT_PHQ9
#define GAD7    CASELOAD_INSTRUMENT_GAD7
#define DIALOG  CASELOAD_INSTRUMENT_DIALOG
#define SWEMWBS CASELOAD_INSTRUMENT_SWEMWBS
#define CORE10  CASELOAD_INSTRUMENT_CORE10
#define BEST    CASELOAD_INSTRUMENT_BEST
#define REQOL10 CASELOAD_INSTRUMENT_REQOL10

static const Case cases[] = {
  /* PHQ-9: 0–4 minimal, 5–9 mild, 10–14 moderate, 15–19 moderately severe, 20–27 severe. */
  { "phq9/0", PHQ9, "0,0,0,0,0,0,0,0,0", 0, "Minimal", FALSE, NO_TOTAL, NULL },
  { "phq9/4", PHQ9, "1,1,1,1,0,0,0,0,0", 4, "Minimal", FALSE, NO_TOTAL, NULL },
  { "phq9/5", PHQ9, "1,1,1,1,1,0,0,0,0", 5, "Mild", FALSE, NO_TOTAL, NULL },
  { "phq9/9-risk", PHQ9, "1,1,1,1,1,1,1,1,1", 9, "Mild", TRUE, NO_TOTAL, NULL },
  { "phq9/10", PHQ9, "2,2,2,2,2,0,0,0,0", 10, "Moderate", FALSE, NO_TOTAL, NULL },
  { "phq9/14", PHQ9, "2,2,2,2,2,2,2,0,0", 14, "Moderate", FALSE, NO_TOTAL, NULL },
  { "phq9/15", PHQ9, "2,2,2,2,2,2,2,1,0", 15, "Moderately severe", FALSE, NO_TOTAL, NULL },
  { "phq9/19", PHQ9, "3,3,3,3,3,3,1,0,0", 19, "Moderately severe", FALSE, NO_TOTAL, NULL },
  { "phq9/20", PHQ9, "3,3,3,3,3,3,2,0,0", 20, "Severe", FALSE, NO_TOTAL, NULL },
  { "phq9/all-3", PHQ9, "3,3,3,3,3,3,3,3,3", 27, "Severe", TRUE, NO_TOTAL, NULL },
  { "phq9/risk-low-total", PHQ9, "0,0,0,0,0,0,0,0,1", 1, "Minimal", TRUE, NO_TOTAL, NULL },
  { "phq9/missing", PHQ9, "3,3,3,3,3,3,3,3,", NO_TOTAL, NULL, FALSE, NO_TOTAL, NULL },
  { "phq9/missing-risk-shown", PHQ9, ",0,0,0,0,0,0,0,2", NO_TOTAL, NULL, TRUE, NO_TOTAL, NULL },
  { "phq9/out-of-range", PHQ9, "0,0,0,4,0,0,0,0,0", 0, NULL, FALSE, NO_TOTAL, "Question 4: answers go from 0 to 3." },
  { "phq9/negative", PHQ9, "0,0,-2,0,0,0,0,0,0", 0, NULL, FALSE, NO_TOTAL, "Question 3: answers go from 0 to 3." },
  { "phq9/too-few", PHQ9, "0,0,0,0,0,0,0,0", 0, NULL, FALSE, NO_TOTAL, "PHQ-9 has 9 questions, but the answers are for 8." },

  /* GAD-7: 0–4 minimal, 5–9 mild, 10–14 moderate, 15–21 severe. */
  { "gad7/0", GAD7, "0,0,0,0,0,0,0", 0, "Minimal", FALSE, NO_TOTAL, NULL },
  { "gad7/4", GAD7, "1,1,1,1,0,0,0", 4, "Minimal", FALSE, NO_TOTAL, NULL },
  { "gad7/5", GAD7, "1,1,1,1,1,0,0", 5, "Mild", FALSE, NO_TOTAL, NULL },
  { "gad7/9", GAD7, "3,3,3,0,0,0,0", 9, "Mild", FALSE, NO_TOTAL, NULL },
  { "gad7/10", GAD7, "3,3,3,1,0,0,0", 10, "Moderate", FALSE, NO_TOTAL, NULL },
  { "gad7/14", GAD7, "3,3,3,3,2,0,0", 14, "Moderate", FALSE, NO_TOTAL, NULL },
  { "gad7/15", GAD7, "3,3,3,3,3,0,0", 15, "Severe", FALSE, NO_TOTAL, NULL },
  { "gad7/21", GAD7, "3,3,3,3,3,3,3", 21, "Severe", FALSE, NO_TOTAL, NULL },
  { "gad7/missing", GAD7, "3,3,,3,3,3,3", NO_TOTAL, NULL, FALSE, NO_TOTAL, NULL },
  { "gad7/out-of-range", GAD7, "0,0,0,0,0,0,9", 0, NULL, FALSE, NO_TOTAL, "Question 7: answers go from 0 to 3." },

  /* DIALOG: the mean of the eight life items; < 4 dissatisfied, 4 neutral, > 4
   * satisfied; the three treatment items are the secondary value (their mean). */
  { "dialog/neutral", DIALOG, "4,4,4,4,4,4,4,4,4,4,4", 4, "Neutral", FALSE, 4, NULL },
  { "dialog/just-above", DIALOG, "4,4,4,4,4,4,4,5,1,1,1", 4.13, "Satisfied", FALSE, 1, NULL },
  { "dialog/just-below", DIALOG, "4,4,4,4,4,4,4,3,7,7,7", 3.88, "Dissatisfied", FALSE, 7, NULL },
  { "dialog/lowest", DIALOG, "1,1,1,1,1,1,1,1,1,1,1", 1, "Dissatisfied", FALSE, 1, NULL },
  { "dialog/highest", DIALOG, "7,7,7,7,7,7,7,7,7,7,7", 7, "Satisfied", FALSE, 7, NULL },
  { "dialog/treatment-apart", DIALOG, "4,4,4,4,4,4,4,4,7,6,5", 4, "Neutral", FALSE, 6, NULL },
  { "dialog/treatment-two-thirds", DIALOG, "2,3,4,5,6,7,1,2,7,6,5", 3.75, "Dissatisfied", FALSE, 6, NULL },
  { "dialog/treatment-missing", DIALOG, "5,5,5,5,5,5,5,5,7,6,", 5, "Satisfied", FALSE, NO_TOTAL, NULL },
  { "dialog/life-missing", DIALOG, "5,5,5,,5,5,5,5,7,6,5", NO_TOTAL, NULL, FALSE, 6, NULL },
  { "dialog/zero", DIALOG, "0,4,4,4,4,4,4,4,4,4,4", 0, NULL, FALSE, NO_TOTAL, "Question 1: answers go from 1 to 7." },
  { "dialog/eight", DIALOG, "4,4,4,4,4,4,4,4,4,4,8", 0, NULL, FALSE, NO_TOTAL, "Question 11: answers go from 1 to 7." },

  /* SWEMWBS: raw 7–35 converted by the published table; no bands. */
  { "swemwbs/raw-7", SWEMWBS, "1,1,1,1,1,1,1", 7.00, NULL, FALSE, NO_TOTAL, NULL },
  { "swemwbs/raw-8", SWEMWBS, "2,1,1,1,1,1,1", 9.51, NULL, FALSE, NO_TOTAL, NULL },
  { "swemwbs/raw-21", SWEMWBS, "3,3,3,3,3,3,3", 19.25, NULL, FALSE, NO_TOTAL, NULL },
  { "swemwbs/raw-28", SWEMWBS, "4,4,4,4,4,4,4", 25.03, NULL, FALSE, NO_TOTAL, NULL },
  { "swemwbs/raw-34", SWEMWBS, "5,5,5,5,5,5,4", 32.55, NULL, FALSE, NO_TOTAL, NULL },
  { "swemwbs/raw-35", SWEMWBS, "5,5,5,5,5,5,5", 35.00, NULL, FALSE, NO_TOTAL, NULL },
  { "swemwbs/missing", SWEMWBS, "5,5,5,5,5,5,", NO_TOTAL, NULL, FALSE, NO_TOTAL, NULL },
  { "swemwbs/zero", SWEMWBS, "5,5,0,5,5,5,5", 0, NULL, FALSE, NO_TOTAL, "Question 3: answers go from 1 to 5." },

  /* CORE-10: items 2 and 3 reversed (4 − answer), item 6 the risk item; ≤ 10
   * non-clinical, 11–14 mild, 15–19 moderate, 20–24 moderate to severe, ≥ 25 severe. */
  { "core10/0", CORE10, "0,4,4,0,0,0,0,0,0,0", 0, "Non-clinical", FALSE, NO_TOTAL, NULL },
  { "core10/reversal", CORE10, "0,0,0,0,0,0,0,0,0,0", 8, "Non-clinical", FALSE, NO_TOTAL, NULL },
  { "core10/10", CORE10, "4,4,4,4,2,0,0,0,0,0", 10, "Non-clinical", FALSE, NO_TOTAL, NULL },
  { "core10/11", CORE10, "4,4,4,4,3,0,0,0,0,0", 11, "Mild", FALSE, NO_TOTAL, NULL },
  { "core10/14", CORE10, "4,4,4,4,4,0,2,0,0,0", 14, "Mild", FALSE, NO_TOTAL, NULL },
  { "core10/15", CORE10, "4,4,4,4,4,0,3,0,0,0", 15, "Moderate", FALSE, NO_TOTAL, NULL },
  { "core10/19", CORE10, "4,4,4,4,4,0,4,3,0,0", 19, "Moderate", FALSE, NO_TOTAL, NULL },
  { "core10/20", CORE10, "4,4,4,4,4,0,4,4,0,0", 20, "Moderate to severe", FALSE, NO_TOTAL, NULL },
  { "core10/24", CORE10, "4,4,4,4,4,0,4,4,4,0", 24, "Moderate to severe", FALSE, NO_TOTAL, NULL },
  { "core10/25", CORE10, "4,4,4,4,4,0,4,4,4,1", 25, "Severe", FALSE, NO_TOTAL, NULL },
  { "core10/40", CORE10, "4,0,0,4,4,4,4,4,4,4", 40, "Severe", TRUE, NO_TOTAL, NULL },
  { "core10/risk", CORE10, "0,4,4,0,0,1,0,0,0,0", 1, "Non-clinical", TRUE, NO_TOTAL, NULL },
  /* One missing: the mean of the nine answered × 10; 11.11 lies between the non-clinical
   * and mild bands and is mild, 14.44 moderate. */
  { "core10/prorated-10", CORE10, "4,4,4,4,1,0,0,0,0,", 10, "Non-clinical", FALSE, NO_TOTAL, NULL },
  { "core10/prorated-11.11", CORE10, "4,4,4,4,2,0,0,0,0,", 11.11, "Mild", FALSE, NO_TOTAL, NULL },
  { "core10/prorated-14.44", CORE10, "4,4,4,4,4,0,1,0,0,", 14.44, "Moderate", FALSE, NO_TOTAL, NULL },
  { "core10/prorated-reversed-missing", CORE10, "4,,4,4,4,0,0,0,0,0", 13.33, "Mild", FALSE, NO_TOTAL, NULL },
  { "core10/two-missing", CORE10, "4,4,4,4,2,0,0,0,,", NO_TOTAL, NULL, FALSE, NO_TOTAL, NULL },
  { "core10/out-of-range", CORE10, "0,4,4,0,0,5,0,0,0,0", 0, NULL, FALSE, NO_TOTAL, "Question 6: answers go from 0 to 4." },

  /* BEST: A (1–8) + B (9–12) − C (13–15) + 15, 12 to 72; no bands. */
  { "best/12", BEST, "1,1,1,1,1,1,1,1,1,1,1,1,5,5,5", 12, NULL, FALSE, NO_TOTAL, NULL },
  { "best/72", BEST, "5,5,5,5,5,5,5,5,5,5,5,5,1,1,1", 72, NULL, FALSE, NO_TOTAL, NULL },
  { "best/all-1", BEST, "1,1,1,1,1,1,1,1,1,1,1,1,1,1,1", 24, NULL, FALSE, NO_TOTAL, NULL },
  { "best/all-3", BEST, "3,3,3,3,3,3,3,3,3,3,3,3,3,3,3", 42, NULL, FALSE, NO_TOTAL, NULL },
  { "best/part-b", BEST, "1,1,1,1,1,1,1,1,5,1,1,1,1,1,1", 28, NULL, FALSE, NO_TOTAL, NULL },
  { "best/part-c", BEST, "1,1,1,1,1,1,1,1,1,1,1,1,1,1,4", 21, NULL, FALSE, NO_TOTAL, NULL },
  { "best/missing", BEST, "3,3,3,3,3,3,3,3,3,3,3,3,3,3,", NO_TOTAL, NULL, FALSE, NO_TOTAL, NULL },
  { "best/out-of-range", BEST, "1,1,1,1,1,1,1,1,1,1,1,1,1,1,6", 0, NULL, FALSE, NO_TOTAL, "Question 15: answers go from 1 to 5." },

  /* ReQoL-10: frequency 0–4 as chosen; the negatively worded items 1, 3, 6 and 9 are
   * reversed; total 0–40, higher is better; 0–24 clinical range, 25–40 not; the 11th
   * (physical health) item is the secondary value. */
  { "reqol10/40", REQOL10, "0,4,0,4,4,0,4,4,0,4,0", 40, "Non-clinical range", FALSE, 0, NULL },
  { "reqol10/0", REQOL10, "4,0,4,0,0,4,0,0,4,0,4", 0, "Clinical range", FALSE, 4, NULL },
  { "reqol10/all-2", REQOL10, "2,2,2,2,2,2,2,2,2,2,2", 20, "Clinical range", FALSE, 2, NULL },
  { "reqol10/24-cut-off", REQOL10, "0,2,0,2,1,0,1,1,0,1,1", 24, "Clinical range", FALSE, 1, NULL },
  { "reqol10/25", REQOL10, "0,2,0,2,1,0,1,1,0,2,1", 25, "Non-clinical range", FALSE, 1, NULL },
  { "reqol10/reversal", REQOL10, "4,4,0,4,4,0,4,4,0,4,0", 36, "Non-clinical range", FALSE, 0, NULL },
  { "reqol10/positive-not-reversed", REQOL10, "0,0,0,4,4,0,4,4,0,4,0", 36, "Non-clinical range", FALSE, 0, NULL },
  { "reqol10/physical-missing", REQOL10, "0,4,0,4,4,0,4,4,0,4,", 40, "Non-clinical range", FALSE, NO_TOTAL, NULL },
  { "reqol10/missing", REQOL10, "0,4,0,4,,0,4,4,0,4,0", NO_TOTAL, NULL, FALSE, 0, NULL },
  { "reqol10/ten-answers", REQOL10, "0,4,0,4,4,0,4,4,0,4", 0, NULL, FALSE, NO_TOTAL, "ReQoL-10 has 11 questions, but the answers are for 10." },
};

static GArray *
parse_answers (const char *text)
{
  g_auto(GStrv) fields = g_strsplit (text, ",", -1);
  GArray *answers = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint i = 0; fields[i] != NULL; i++)
    {
      int answer = fields[i][0] == '\0' ? -1 : atoi (fields[i]);

      g_array_append_val (answers, answer);
    }

  return answers;
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  const CaseloadInstrumentDef *def = caseload_instrument_get (c->instrument);
  g_autoptr(GArray) answers = parse_answers (c->answers);
  g_autoptr(GError) error = NULL;
  CaseloadScore score;
  guint n_missing = 0;
  gboolean ok;

  g_assert_nonnull (def);
  ok = caseload_instrument_score (def, (const int *) answers->data, answers->len, &score, &error);

  if (c->error != NULL)
    {
      g_assert_false (ok);
      g_assert_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION);
      g_assert_cmpstr (error->message, ==, c->error);
      return;
    }

  g_assert_no_error (error);
  g_assert_true (ok);

  for (guint i = 0; i < answers->len; i++)
    if (g_array_index (answers, int, i) == -1)
      n_missing++;
  g_assert_cmpuint (score.n_missing, ==, n_missing);
  g_assert_cmpint (score.complete, ==, n_missing == 0);

  if (c->total == NO_TOTAL)
    {
      g_assert_false (score.has_total);
      g_assert_null (score.band);
    }
  else
    {
      g_assert_true (score.has_total);
      g_assert_cmpfloat_with_epsilon (score.total, c->total, 0.001);
      if (c->band == NULL)
        g_assert_null (score.band);
      else
        {
          g_assert_nonnull (score.band);
          g_assert_cmpstr (score.band->label, ==, c->band);
        }
    }

  g_assert_cmpint (score.risk, ==, c->risk);

  if (c->secondary == NO_TOTAL)
    g_assert_false (score.has_secondary);
  else
    {
      g_assert_true (score.has_secondary);
      g_assert_cmpfloat_with_epsilon (score.secondary, c->secondary, 0.001);
    }
}

/* Each definition is whole and consistent: bands in order, without overlap, inside the
 * score's range; risk items and a risk prompt go together; secondary items have a label. */
static void
test_definitions (void)
{
  static const CaseloadInstrument all[] = { PHQ9, GAD7, DIALOG, SWEMWBS, CORE10, BEST, REQOL10 };
  static const guint n_items[] = { 9, 7, 11, 7, 10, 15, 11 };

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    {
      const CaseloadInstrumentDef *def = caseload_instrument_get (all[i]);
      gboolean has_risk = FALSE, has_secondary = FALSE;

      g_assert_nonnull (def);
      g_assert_cmpint (def->instrument, ==, all[i]);
      g_assert_cmpuint (def->n_items, ==, n_items[i]);
      g_assert_nonnull (def->name);
      g_assert_nonnull (def->title);
      g_assert_nonnull (def->question);
      g_assert_cmpint (def->answer_min, <, def->answer_max);

      for (guint j = 0; j < def->n_items; j++)
        {
          const char * const *labels = caseload_instrument_answer_labels (def, j);

          g_assert_nonnull (def->items[j].text);
          g_assert_nonnull (labels);
          for (int k = 0; k <= def->answer_max - def->answer_min; k++)
            g_assert_true (labels[k] != NULL && labels[k][0] != '\0');
          has_risk |= def->items[j].risk;
          has_secondary |= def->items[j].part == CASELOAD_ITEM_SECONDARY;
        }
      g_assert_cmpint (has_risk, ==, def->risk_prompt != NULL);
      g_assert_cmpint (has_secondary, ==, def->secondary_label != NULL);

      for (guint j = 0; j < def->n_bands; j++)
        {
          g_assert_nonnull (def->bands[j].label);
          g_assert_cmpfloat (def->bands[j].lower, <=, def->bands[j].upper);
          if (j == 0)
            g_assert_cmpfloat (def->bands[j].lower, ==, def->score_min);
          else
            g_assert_cmpfloat (def->bands[j].lower, >, def->bands[j - 1].upper);
          if (j == def->n_bands - 1)
            g_assert_cmpfloat (def->bands[j].upper, ==, def->score_max);
        }
    }

  g_assert_null (caseload_instrument_get ((CaseloadInstrument) 99));
}

/* The SWEMWBS table: every raw score from 7 to 35 converts, upwards, from 7.00 to 35.00. */
static void
test_swemwbs_table (void)
{
  const CaseloadInstrumentDef *def = caseload_instrument_get (SWEMWBS);
  double previous = 0;

  for (int raw = 7; raw <= 35; raw++)
    {
      int answers[7];
      CaseloadScore score;
      int left = raw;

      for (guint i = 0; i < 7; i++)
        {
          answers[i] = MIN (5, left - (int) (6 - i));
          left -= answers[i];
        }
      g_assert_cmpint (left, ==, 0);

      g_assert_true (caseload_instrument_score (def, answers, 7, &score, NULL));
      g_assert_true (score.has_total);
      g_assert_cmpfloat (score.total, >, previous);
      g_assert_cmpfloat (score.total, >=, 7.0);
      g_assert_cmpfloat (score.total, <=, 35.0);
      previous = score.total;
    }
  g_assert_cmpfloat_with_epsilon (previous, 35.0, 0.001);
}

/* Totals between the edges of bands, and beyond the range. */
static void
test_band_lookup (void)
{
  const struct {
    CaseloadInstrument  instrument;
    double              total;
    const char         *band;
  } lookups[] = {
    { DIALOG, 3.99, "Dissatisfied" },
    { DIALOG, 3.996, "Neutral" },     /* rounds to 4.00 */
    { DIALOG, 4.0, "Neutral" },
    { DIALOG, 4.01, "Satisfied" },
    { DIALOG, 0.5, NULL },
    { DIALOG, 7.5, NULL },
    { CORE10, 10.0, "Non-clinical" },
    { CORE10, 10.5, "Mild" },
    { CORE10, 24.99, "Severe" },
    { CORE10, 40.0, "Severe" },
    { CORE10, 40.5, NULL },
    { CORE10, -1, NULL },
    { REQOL10, 24.0, "Clinical range" },
    { REQOL10, 24.5, "Non-clinical range" },
    { PHQ9, 4.5, "Mild" },
    { SWEMWBS, 20, NULL },
    { BEST, 40, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (lookups); i++)
    {
      const CaseloadBand *band = caseload_instrument_band (caseload_instrument_get (lookups[i].instrument),
                                                           lookups[i].total);

      g_test_message ("%s %g", caseload_instrument_get (lookups[i].instrument)->name, lookups[i].total);
      g_assert_cmpstr (band != NULL ? band->label : NULL, ==, lookups[i].band);
    }
}

static void
test_describe_change (void)
{
  const struct {
    CaseloadInstrument  instrument;
    double              before;
    double              after;
    const char         *words;
  } changes[] = {
    { PHQ9, 18, 11, "Down 7: better" },
    { PHQ9, 8, 11, "Up 3: worse" },
    { GAD7, 6, 6, "No change" },
    { DIALOG, 3.5, 4, "Up 0.5: better" },
    { DIALOG, 4.13, 3.88, "Down 0.25: worse" },
    { SWEMWBS, 19.25, 19.25, "No change" },
    { SWEMWBS, 19.25, 25.03, "Up 5.78: better" },
    { CORE10, 11.11, 10, "Down 1.11: better" },
    { BEST, 50, 42, "Down 8: better" },
    { BEST, 42, 72, "Up 30: worse" },
    { REQOL10, 20, 30, "Up 10: better" },
    { REQOL10, 30, 20, "Down 10: worse" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (changes); i++)
    {
      g_autofree char *words = caseload_instrument_describe_change (caseload_instrument_get (changes[i].instrument),
                                                                    changes[i].before, changes[i].after);

      g_assert_cmpstr (words, ==, changes[i].words);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/instruments/definitions", test_definitions);
  g_test_add_func ("/instruments/swemwbs-table", test_swemwbs_table);
  g_test_add_func ("/instruments/band-lookup", test_band_lookup);
  g_test_add_func ("/instruments/describe-change", test_describe_change);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/instruments/score/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_case);
    }

  return g_test_run ();
}
