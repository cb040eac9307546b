/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "caseload-error.h"
#include "caseload-instrument.h"

/*
 * The seven outcome measures as const tables, with the scoring of DOMAIN.md ("Measures —
 * exact scoring"). Answers are stored as the person chose them, on the scale shown on the
 * form; reversal happens here, when scoring.
 *
 * PHQ-9 and GAD-7 are in the public domain and keep their own wording. For CORE-10,
 * BEST, ReQoL-10, SWEMWBS and DIALOG the items are short plain descriptions, not the
 * published wording (which belongs to its authors): the worker reads the published form
 * with the person, and these say which question is which.
 */

#define ITEM(t)          { (t), CASELOAD_ITEM_SCORED, FALSE, FALSE, NULL }
#define ITEM_REVERSED(t) { (t), CASELOAD_ITEM_SCORED, TRUE, FALSE, NULL }
#define ITEM_RISK(t)     { (t), CASELOAD_ITEM_SCORED, FALSE, TRUE, NULL }

/* PHQ-9 and GAD-7: how often, over the last two weeks. */
static const char * const often_2_weeks[] = {
  N_("Not at all"),
  N_("Several days"),
  N_("More than half the days"),
  N_("Nearly every day"),
};

/* PHQ-9 (Kroenke, Spitzer and Williams; public domain). */
static const CaseloadInstrumentItem phq9_items[] = {
  ITEM (N_("Little interest or pleasure in doing things")),
  ITEM (N_("Feeling down, depressed, or hopeless")),
  ITEM (N_("Trouble falling or staying asleep, or sleeping too much")),
  ITEM (N_("Feeling tired or having little energy")),
  ITEM (N_("Poor appetite or overeating")),
  ITEM (N_("Feeling bad about yourself — or that you are a failure or have let yourself or your family down")),
  ITEM (N_("Trouble concentrating on things, such as reading the newspaper or watching television")),
  ITEM (N_("Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual")),
  /* Any answer above "Not at all" flags for follow-up, whatever the total. */
  ITEM_RISK (N_("Thoughts that you would be better off dead or of hurting yourself in some way")),
};

static const CaseloadBand phq9_bands[] = {
  { 0, 4, N_("Minimal"), FALSE },
  { 5, 9, N_("Mild"), FALSE },
  { 10, 14, N_("Moderate"), TRUE },
  { 15, 19, N_("Moderately severe"), TRUE },
  { 20, 27, N_("Severe"), TRUE },
};

/* GAD-7 (Spitzer, Kroenke, Williams and Löwe; public domain). */
static const CaseloadInstrumentItem gad7_items[] = {
  ITEM (N_("Feeling nervous, anxious or on edge")),
  ITEM (N_("Not being able to stop or control worrying")),
  ITEM (N_("Worrying too much about different things")),
  ITEM (N_("Trouble relaxing")),
  ITEM (N_("Being so restless that it is hard to sit still")),
  ITEM (N_("Becoming easily annoyed or irritable")),
  ITEM (N_("Feeling afraid as if something awful might happen")),
};

static const CaseloadBand gad7_bands[] = {
  { 0, 4, N_("Minimal"), FALSE },
  { 5, 9, N_("Mild"), FALSE },
  { 10, 14, N_("Moderate"), TRUE },
  { 15, 21, N_("Severe"), TRUE },
};

/* DIALOG: satisfaction, 1 to 7. The eight life areas make the score (their mean); the
 * three treatment items are reported apart (the mean of the three). Same order as
 * CaseloadLifeArea. */
static const char * const dialog_scale[] = {
  N_("Totally dissatisfied"),
  N_("Very dissatisfied"),
  N_("Fairly dissatisfied"),
  N_("In the middle"),
  N_("Fairly satisfied"),
  N_("Very satisfied"),
  N_("Totally satisfied"),
};

static const CaseloadInstrumentItem dialog_items[] = {
  ITEM (N_("Mental health")),
  ITEM (N_("Physical health")),
  ITEM (N_("Job situation")),
  ITEM (N_("Accommodation")),
  ITEM (N_("Leisure activities")),
  ITEM (N_("Friendships")),
  ITEM (N_("Partner or family")),
  ITEM (N_("Personal safety")),
  { N_("Medication"), CASELOAD_ITEM_SECONDARY, FALSE, FALSE, NULL },
  { N_("Practical help received"), CASELOAD_ITEM_SECONDARY, FALSE, FALSE, NULL },
  { N_("Meetings with mental health professionals"), CASELOAD_ITEM_SECONDARY, FALSE, FALSE, NULL },
};

/* Below 4 dissatisfied, exactly 4 neutral ("in the middle"), above 4 satisfied. A mean is
 * rounded to 2 decimal places before it is banded, so nothing falls between 3.99 and 4 or
 * between 4 and 4.01 (see caseload_instrument_band()). */
static const CaseloadBand dialog_bands[] = {
  { 1, 3.99, N_("Dissatisfied"), TRUE },
  { 4, 4, N_("Neutral"), FALSE },
  { 4.01, 7, N_("Satisfied"), FALSE },
};

/* SWEMWBS: how often, 1 to 5; the raw sum (7 to 35) is converted to the metric score. */
static const char * const swemwbs_scale[] = {
  N_("None of the time"),
  N_("Rarely"),
  N_("Some of the time"),
  N_("Often"),
  N_("All of the time"),
};

static const CaseloadInstrumentItem swemwbs_items[] = {
  ITEM (N_("Optimistic about the future")),
  ITEM (N_("Useful")),
  ITEM (N_("Relaxed")),
  ITEM (N_("Dealing with problems well")),
  ITEM (N_("Thinking clearly")),
  ITEM (N_("Close to other people")),
  ITEM (N_("Able to make up my own mind about things")),
};

/* The published raw → metric conversion, raw 7 to 35 in order (DOMAIN.md). */
static const double swemwbs_metric[] = {
  7.00, 9.51, 11.25, 12.40, 13.33, 14.08, 14.75, 15.32, 15.84, 16.36,
  16.88, 17.43, 17.98, 18.59, 19.25, 19.98, 20.73, 21.54, 22.35, 23.21,
  24.11, 25.03, 26.02, 27.03, 28.13, 29.31, 30.70, 32.55, 35.00,
};
G_STATIC_ASSERT (G_N_ELEMENTS (swemwbs_metric) == 35 - 7 + 1);

/* CORE-10: how often over the last week, 0 to 4. Items 2 and 3 are worded positively
 * and reverse-scored; item 6 (plans to end one's life) is the risk item. One missing item
 * may be prorated (the mean of the nine answered, times ten). */
static const char * const core10_scale[] = {
  N_("Not at all"),
  N_("Only occasionally"),
  N_("Sometimes"),
  N_("Often"),
  N_("Most or all of the time"),
};

static const CaseloadInstrumentItem core10_items[] = {
  ITEM (N_("Felt tense, anxious or nervous")),
  ITEM_REVERSED (N_("Had someone to turn to for support")),
  ITEM_REVERSED (N_("Felt able to cope when things went wrong")),
  ITEM (N_("Talking to people felt too much")),
  ITEM (N_("Felt panic or terror")),
  ITEM_RISK (N_("Made plans to end my life")),
  ITEM (N_("Trouble getting to sleep or staying asleep")),
  ITEM (N_("Felt despairing or hopeless")),
  ITEM (N_("Felt unhappy")),
  ITEM (N_("Distressed by unwanted images or memories")),
};

/* A prorated score can fall between two bands (10.56): it takes the first band whose
 * upper end it does not exceed, so 10.56 is mild. */
static const CaseloadBand core10_bands[] = {
  { 0, 10, N_("Non-clinical"), FALSE },
  { 11, 14, N_("Mild"), FALSE },
  { 15, 19, N_("Moderate"), TRUE },
  { 20, 24, N_("Moderate to severe"), TRUE },
  { 25, 40, N_("Severe"), TRUE },
};

/* BEST: 1 to 5. Items 1–12 are how much a thought, feeling or behaviour troubled the
 * person (more is worse); items 13–15 how often they did something helpful (more is
 * better, subtracted). Score A (1–8) + B (9–12) − C (13–15) + 15, from 12 to 72, higher
 * is more severe. No published bands. */
static const char * const best_scale[] = {
  N_("None or slight"),
  N_("Mild"),
  N_("Moderate"),
  N_("Severe"),
  N_("Extreme"),
};

static const char * const best_often_scale[] = {
  N_("Almost never"),
  N_("Sometimes"),
  N_("About half the time"),
  N_("Often"),
  N_("Almost always"),
};

#define BEST_B(t) { (t), CASELOAD_ITEM_PART_B, FALSE, FALSE, NULL }
#define BEST_C(t) { (t), CASELOAD_ITEM_PART_C, FALSE, FALSE, best_often_scale }

static const CaseloadInstrumentItem best_items[] = {
  ITEM (N_("Worry that someone important might leave")),
  ITEM (N_("Big swings in how I see other people")),
  ITEM (N_("Big changes in how I see myself")),
  ITEM (N_("Strong mood swings")),
  ITEM (N_("Feeling paranoid or out of touch with what is real")),
  ITEM (N_("Intense anger")),
  ITEM (N_("Feeling empty")),
  ITEM (N_("Feeling suicidal")),
  BEST_B (N_("Going to extremes to stop someone leaving")),
  BEST_B (N_("Hurting myself on purpose or trying to end my life")),
  BEST_B (N_("Acting on impulse in ways that caused problems")),
  BEST_B (N_("Temper outbursts or breaking things")),
  BEST_C (N_("Chose something positive instead of something destructive")),
  BEST_C (N_("Noticed ways to stop things getting worse")),
  BEST_C (N_("Followed the plans I agreed in therapy")),
};

/* ReQoL-10: how often over the last week, 0 to 4, as chosen ("None of the time" = 0).
 * The total (0 to 40) is higher = better.
 *
 * DOMAIN.md says "positively worded items reversed": that holds when answers are coded 4
 * for "None of the time", as on the paper form. Here the answer is stored as the frequency
 * chosen (0 = none of the time … 4 = most or all of the time), so it is the NEGATIVELY
 * worded items (1, 3, 6 and 9) that are reversed; the result is the same published total,
 * higher = better. Checked against the published ReQoL-10 item order.
 *
 * The 11th item (physical health problems) is not in the total: it is the secondary value.
 * Cut-off 24: a total at or below it is in the clinical range (lower = worse). */
static const char * const reqol_scale[] = {
  N_("None of the time"),
  N_("Only occasionally"),
  N_("Sometimes"),
  N_("Often"),
  N_("Most or all of the time"),
};

static const char * const reqol_physical_scale[] = {
  N_("No problems"),
  N_("Slight problems"),
  N_("Moderate problems"),
  N_("Severe problems"),
  N_("Very severe problems"),
};

static const CaseloadInstrumentItem reqol10_items[] = {
  ITEM_REVERSED (N_("Found it hard to get started with everyday tasks")),
  ITEM (N_("Felt able to trust others")),
  ITEM_REVERSED (N_("Felt unable to cope")),
  ITEM (N_("Could do the things I wanted to do")),
  ITEM (N_("Felt happy")),
  ITEM_REVERSED (N_("Thought my life was not worth living")),
  ITEM (N_("Enjoyed what I did")),
  ITEM (N_("Felt hopeful about the future")),
  ITEM_REVERSED (N_("Felt lonely")),
  ITEM (N_("Felt confident in myself")),
  { N_("Physical health problems limited what I could do"), CASELOAD_ITEM_SECONDARY, FALSE, FALSE,
    reqol_physical_scale },
};

static const CaseloadBand reqol10_bands[] = {
  { 0, 24, N_("Clinical range"), TRUE },
  { 25, 40, N_("Non-clinical range"), FALSE },
};

#define TABLE(a) G_N_ELEMENTS (a), (a)

static const CaseloadInstrumentDef definitions[] = {
  {
    CASELOAD_INSTRUMENT_PHQ9, "PHQ-9", N_("Depression"),
    N_("Over the last 2 weeks, how often have you been bothered by any of the following problems?"),
    TABLE (phq9_items), 0, 3, often_2_weeks, CASELOAD_SCORE_SUM, 0, 27, FALSE,
    TABLE (phq9_bands), 0,
    N_("Question 9 was answered above “Not at all”: thoughts of being better off dead or of self-harm. "
       "Talk about them with the person now and follow the team’s risk procedure."),
    NULL,
  },
  {
    CASELOAD_INSTRUMENT_GAD7, "GAD-7", N_("Anxiety"),
    N_("Over the last 2 weeks, how often have you been bothered by the following problems?"),
    TABLE (gad7_items), 0, 3, often_2_weeks, CASELOAD_SCORE_SUM, 0, 21, FALSE,
    TABLE (gad7_bands), 0, NULL, NULL,
  },
  {
    CASELOAD_INSTRUMENT_DIALOG, "DIALOG", N_("Satisfaction with life and treatment"),
    N_("How satisfied are you with each of these?"),
    TABLE (dialog_items), 1, 7, dialog_scale, CASELOAD_SCORE_MEAN, 1, 7, TRUE,
    TABLE (dialog_bands), 0, NULL, N_("Satisfaction with treatment"),
  },
  {
    CASELOAD_INSTRUMENT_SWEMWBS, "SWEMWBS", N_("Mental wellbeing"),
    N_("Over the last 2 weeks, how often have you felt like this?"),
    TABLE (swemwbs_items), 1, 5, swemwbs_scale, CASELOAD_SCORE_SWEMWBS_METRIC, 7, 35, TRUE,
    0, NULL, 0, NULL, NULL,
  },
  {
    CASELOAD_INSTRUMENT_CORE10, "CORE-10", N_("Psychological distress"),
    N_("Over the last week, how often have you felt like this?"),
    TABLE (core10_items), 0, 4, core10_scale, CASELOAD_SCORE_SUM, 0, 40, FALSE,
    TABLE (core10_bands), 1,
    N_("Question 6 was answered above “Not at all”: plans to end their life. "
       "Talk about them with the person now and follow the team’s risk procedure."),
    NULL,
  },
  {
    CASELOAD_INSTRUMENT_BEST, "BEST", N_("Borderline Evaluation of Severity over Time"),
    N_("Over the last week: how much has each of these troubled you (questions 1 to 12), "
       "and how often have you done each of these (questions 13 to 15)?"),
    TABLE (best_items), 1, 5, best_scale, CASELOAD_SCORE_BEST, 12, 72, FALSE,
    0, NULL, 0, NULL, NULL,
  },
  {
    CASELOAD_INSTRUMENT_REQOL10, "ReQoL-10", N_("Recovering quality of life"),
    N_("Over the last week, how often has each of these been true for you?"),
    TABLE (reqol10_items), 0, 4, reqol_scale, CASELOAD_SCORE_SUM, 0, 40, TRUE,
    TABLE (reqol10_bands), 0, NULL, N_("Physical health problems"),
  },
};

const CaseloadInstrumentDef *
caseload_instrument_get (CaseloadInstrument instrument)
{
  for (guint i = 0; i < G_N_ELEMENTS (definitions); i++)
    if (definitions[i].instrument == instrument)
      return &definitions[i];

  return NULL;
}

const char * const *
caseload_instrument_answer_labels (const CaseloadInstrumentDef *def,
                                   guint                        index)
{
  g_return_val_if_fail (def != NULL, NULL);
  g_return_val_if_fail (index < def->n_items, NULL);

  return def->items[index].answer_labels != NULL ? def->items[index].answer_labels : def->answer_labels;
}

static double
round_2dp (double value)
{
  return round (value * 100.0) / 100.0;
}

const CaseloadBand *
caseload_instrument_band (const CaseloadInstrumentDef *def,
                          double                       total)
{
  double value;

  g_return_val_if_fail (def != NULL, NULL);

  if (def->n_bands == 0)
    return NULL;

  /* Totals are given to 2 decimal places; a tiny allowance keeps 3.99 in its band. */
  value = round_2dp (total);
  if (value < def->bands[0].lower - 1e-9 || value > def->bands[def->n_bands - 1].upper + 1e-9)
    return NULL;

  for (guint i = 0; i < def->n_bands; i++)
    if (value <= def->bands[i].upper + 1e-9)
      return &def->bands[i];

  return NULL;
}

static int
item_score (const CaseloadInstrumentDef *def,
            guint                        index,
            int                          answer)
{
  return def->items[index].reversed ? def->answer_max + def->answer_min - answer : answer;
}

gboolean
caseload_instrument_score (const CaseloadInstrumentDef  *def,
                           const int                    *answers,
                           guint                         n_answers,
                           CaseloadScore                *score,
                           GError                      **error)
{
  int part_sum[3] = { 0, 0, 0 };   /* scored (A), B, C */
  guint n_scored = 0, n_scored_answered = 0;
  guint n_secondary = 0, n_secondary_answered = 0;
  int secondary_sum = 0;
  double total = 0;

  g_return_val_if_fail (def != NULL, FALSE);
  g_return_val_if_fail (answers != NULL || n_answers == 0, FALSE);
  g_return_val_if_fail (score != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_answers != def->n_items)
    {
      g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                   _("%s has %u questions, but the answers are for %u."),
                   def->name, def->n_items, n_answers);
      return FALSE;
    }

  for (guint i = 0; i < n_answers; i++)
    if (answers[i] != -1 && (answers[i] < def->answer_min || answers[i] > def->answer_max))
      {
        g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION,
                     _("Question %u: answers go from %d to %d."),
                     i + 1, def->answer_min, def->answer_max);
        return FALSE;
      }

  *score = (CaseloadScore) { 0, };

  for (guint i = 0; i < n_answers; i++)
    {
      const CaseloadInstrumentItem *item = &def->items[i];
      gboolean answered = answers[i] != -1;

      if (!answered)
        score->n_missing++;
      else if (item->risk && answers[i] > def->answer_min)
        score->risk = TRUE;

      if (item->part == CASELOAD_ITEM_SECONDARY)
        {
          n_secondary++;
          if (answered)
            {
              n_secondary_answered++;
              secondary_sum += answers[i];
            }
          continue;
        }

      n_scored++;
      if (answered)
        {
          n_scored_answered++;
          part_sum[item->part == CASELOAD_ITEM_PART_B ? 1 : item->part == CASELOAD_ITEM_PART_C ? 2 : 0] +=
            item_score (def, i, answers[i]);
        }
    }

  score->complete = score->n_missing == 0;

  /* Missing is never zero: a total only with every scored item answered, or within the
   * instrument's own prorating rule (a sum scaled up from the mean of those answered). */
  if (n_scored_answered == n_scored)
    {
      score->has_total = TRUE;
      switch (def->rule)
        {
        case CASELOAD_SCORE_SUM:
          total = part_sum[0];
          break;
        case CASELOAD_SCORE_MEAN:
          total = (double) part_sum[0] / n_scored;
          break;
        case CASELOAD_SCORE_SWEMWBS_METRIC:
          g_assert (part_sum[0] >= 7 && part_sum[0] <= 35);
          total = swemwbs_metric[part_sum[0] - 7];
          break;
        case CASELOAD_SCORE_BEST:
          total = part_sum[0] + part_sum[1] - part_sum[2] + 15;
          break;
        default:
          g_assert_not_reached ();
        }
    }
  else if (def->rule == CASELOAD_SCORE_SUM && n_scored_answered > 0 &&
           n_scored - n_scored_answered <= def->max_prorated)
    {
      score->has_total = TRUE;
      total = (double) part_sum[0] / n_scored_answered * n_scored;
    }

  if (score->has_total)
    {
      score->total = round_2dp (total);
      score->band = caseload_instrument_band (def, score->total);
    }

  /* DIALOG's treatment satisfaction (the mean of its three items) and ReQoL-10's physical
   * health item: only when all of them are answered. */
  if (n_secondary > 0 && n_secondary_answered == n_secondary)
    {
      score->has_secondary = TRUE;
      score->secondary = round_2dp ((double) secondary_sum / n_secondary);
    }

  return TRUE;
}

char *
caseload_instrument_format_total (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *text;
  char *end;

  text = g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.2f", round_2dp (value) + 0.0));
  end = text + strlen (text) - 1;
  while (*end == '0')
    *end-- = '\0';
  if (*end == '.')
    *end = '\0';

  return text;
}

char *
caseload_instrument_describe_change (const CaseloadInstrumentDef *def,
                                     double                       before,
                                     double                       after)
{
  g_autofree char *amount = NULL;
  double change;
  gboolean better;

  g_return_val_if_fail (def != NULL, NULL);

  change = round_2dp (round_2dp (after) - round_2dp (before));
  if (fabs (change) < 0.005)
    return g_strdup (_("No change"));

  amount = caseload_instrument_format_total (fabs (change));
  better = (change > 0) == def->higher_is_better;

  if (change < 0)
    return better ? g_strdup_printf (_("Down %s: better"), amount)
                  : g_strdup_printf (_("Down %s: worse"), amount);
  else
    return better ? g_strdup_printf (_("Up %s: better"), amount)
                  : g_strdup_printf (_("Up %s: worse"), amount);
}
