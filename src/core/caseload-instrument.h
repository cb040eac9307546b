/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "caseload-types.h"

G_BEGIN_DECLS

/*
 * The outcome measures, as data: one definition per instrument (items, answer scale,
 * reversals, the score rule, bands), with the exact published scoring of DOMAIN.md. The
 * entry forms, the store and the charts all read these tables; nothing else knows an
 * instrument's rules.
 */

/* How an instrument's score is made from its item scores (after reversal). */
typedef enum {
  CASELOAD_SCORE_SUM,             /* the sum of the scored items */
  CASELOAD_SCORE_MEAN,            /* the mean of the scored items (DIALOG) */
  CASELOAD_SCORE_SWEMWBS_METRIC,  /* the raw sum converted by the published table */
  CASELOAD_SCORE_BEST,            /* A (part 0) + B (part 1) − C (part 2) + 15 */
} CaseloadScoreRule;

/* Which part of the score an item counts towards. */
typedef enum {
  CASELOAD_ITEM_SCORED,           /* the total (for BEST: part A) */
  CASELOAD_ITEM_PART_B,           /* BEST part B */
  CASELOAD_ITEM_PART_C,           /* BEST part C (subtracted) */
  CASELOAD_ITEM_SECONDARY,        /* reported apart: DIALOG's treatment items (their
                                   * mean), ReQoL-10's physical health item */
} CaseloadItemPart;

typedef struct {
  const char       *text;         /* translatable (N_), as shown on the entry form */
  CaseloadItemPart  part;
  gboolean          reversed;     /* scored as (max + min − answer) */
  gboolean          risk;         /* an answer above the scale's minimum raises a risk prompt */
  const char * const *answer_labels; /* translatable; NULL: the instrument's answer_labels.
                                      * Same scale, other words (BEST items 13–15 are
                                      * about how often, ReQoL-10's physical item about
                                      * how much) */
} CaseloadInstrumentItem;

/* A band covers totals from @lower to @upper, both inclusive; a total between two bands
 * (a prorated or mean score) falls in the band whose @upper it does not exceed first. */
typedef struct {
  double      lower;
  double      upper;
  const char *label;              /* translatable (N_) */
  gboolean    concern;            /* a band a clinician would look at (shaded warm) */
} CaseloadBand;

typedef struct {
  CaseloadInstrument            instrument;
  const char                   *name;             /* "PHQ-9" */
  const char                   *title;            /* translatable: what it measures */
  const char                   *question;         /* translatable: the stem ("Over the last 2 weeks…") */
  guint                         n_items;
  const CaseloadInstrumentItem *items;
  int                           answer_min;       /* the answer scale, as chosen */
  int                           answer_max;
  const char * const           *answer_labels;    /* translatable, answer_max − answer_min + 1 of them */
  CaseloadScoreRule             rule;
  double                        score_min;        /* the range of the total */
  double                        score_max;
  gboolean                      higher_is_better;
  guint                         n_bands;          /* 0: the instrument publishes no bands */
  const CaseloadBand           *bands;
  guint                         max_prorated;     /* how many missing scored items the
                                                   * instrument's own rule allows, prorating
                                                   * (CORE-10: 1); 0: any missing, no total */
  const char                   *risk_prompt;      /* translatable, shown when a risk item
                                                   * is answered above its minimum */
  const char                   *secondary_label;  /* translatable; NULL without one */
} CaseloadInstrumentDef;

typedef struct {
  gboolean            complete;      /* every item answered */
  gboolean            has_total;
  double              total;         /* rounded to 2 decimal places */
  gboolean            has_secondary;
  double              secondary;
  const CaseloadBand *band;          /* NULL without a total or without bands */
  gboolean            risk;          /* a risk item above its minimum */
  guint               n_missing;
} CaseloadScore;

/* The definition of @instrument; never NULL for a valid one. */
const CaseloadInstrumentDef *caseload_instrument_get (CaseloadInstrument instrument);

/* Scores @answers (@n_answers of them, one per item, -1 for missing). An answer outside
 * the scale, or the wrong number of answers, fails with CASELOAD_ERROR_VALIDATION naming
 * the item ("Question 4: answers go from 0 to 3."). Missing items are never zero: the
 * total is only given when every scored item is answered, or within the instrument's
 * prorating rule. */
gboolean caseload_instrument_score (const CaseloadInstrumentDef *def,
                                   const int                   *answers,
                                   guint                        n_answers,
                                   CaseloadScore               *score,
                                   GError                     **error);

/* The answer labels for item @index (from 0): the item's own, or the instrument's. */
const char * const *caseload_instrument_answer_labels (const CaseloadInstrumentDef *def,
                                                       guint                        index);

/* The band @total falls in, or NULL. */
const CaseloadBand *caseload_instrument_band (const CaseloadInstrumentDef *def,
                                              double                       total);

/* @total as shown: at most 2 decimal places, without trailing zeros ("7", "4.13"). */
char    *caseload_instrument_format_total (double total);

/* The change from @before to @after in words that say whether it is better or worse for
 * this instrument ("Down 7: better", "Up 0.5: better" for DIALOG, "No change"). */
char    *caseload_instrument_describe_change (const CaseloadInstrumentDef *def,
                                              double                       before,
                                              double                       after);

G_END_DECLS
