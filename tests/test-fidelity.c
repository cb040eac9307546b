/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "caseload-fidelity.h"

/* The IPS-25 scale: the table, the total and the band at every boundary (DOMAIN.md:
 * 115–125 exemplary, 100–114 good, 74–99 fair, 73 and below not IPS). */

typedef struct {
  int                  total;
  CaseloadFidelityBand band;
} BandCase;

static const BandCase band_cases[] = {
  { 25, CASELOAD_FIDELITY_NOT_IPS },
  { 73, CASELOAD_FIDELITY_NOT_IPS },
  { 74, CASELOAD_FIDELITY_FAIR },
  { 99, CASELOAD_FIDELITY_FAIR },
  { 100, CASELOAD_FIDELITY_GOOD },
  { 114, CASELOAD_FIDELITY_GOOD },
  { 115, CASELOAD_FIDELITY_EXEMPLARY },
  { 125, CASELOAD_FIDELITY_EXEMPLARY },
};

/* Scores of 25 items that add up to @total (25–125): as many 5s as fit, then the rest. */
static void
scores_for (int  total,
            int *scores)
{
  int extra = total - CASELOAD_FIDELITY_ITEMS;

  for (guint i = 0; i < CASELOAD_FIDELITY_ITEMS; i++)
    {
      int add = MIN (extra, 4);

      scores[i] = 1 + add;
      extra -= add;
    }
  g_assert_cmpint (extra, ==, 0);
}

static void
test_band (gconstpointer data)
{
  const BandCase *c = data;
  int scores[CASELOAD_FIDELITY_ITEMS];
  int total = -1;
  guint missing = 99;
  int bad = 99;

  scores_for (c->total, scores);
  g_assert_true (caseload_fidelity_score (scores, CASELOAD_FIDELITY_ITEMS, &total, &missing, &bad));
  g_assert_cmpint (total, ==, c->total);
  g_assert_cmpuint (missing, ==, 0);
  g_assert_cmpint (bad, ==, -1);
  g_assert_cmpint (caseload_fidelity_band (total), ==, c->band);
}

typedef struct {
  const char *name;
  int         changes[3][2];  /* item index, score; ends at a score of -99 */
  guint       n_scores;
  gboolean    ok;
  int         total;
  guint       missing;
  int         bad;
} ScoreCase;

#define END { 0, -99 }

static const ScoreCase score_cases[] = {
  { "all-threes", { END }, 25, TRUE, 75, 0, -1 },
  { "one-missing", { { 7, 0 }, END }, 25, FALSE, 0, 1, -1 },
  { "two-missing", { { 0, 0 }, { 24, 0 }, END }, 25, FALSE, 0, 2, -1 },
  { "a-six", { { 3, 6 }, END }, 25, FALSE, 0, 0, 3 },
  { "a-six-and-a-missing", { { 3, 6 }, { 9, 0 }, END }, 25, FALSE, 0, 1, 3 },
  { "a-negative", { { 12, -1 }, END }, 25, FALSE, 0, 0, 12 },
  { "first-bad-given", { { 20, 9 }, { 5, 7 }, END }, 25, FALSE, 0, 0, 5 },
  { "short-array", { END }, 24, FALSE, 0, 1, -1 },
  { "no-scores", { END }, 0, FALSE, 0, 25, -1 },
  { "a-five-and-a-one", { { 0, 5 }, { 1, 1 }, END }, 25, TRUE, 75, 0, -1 },
};

static void
test_score (gconstpointer data)
{
  const ScoreCase *c = data;
  int scores[CASELOAD_FIDELITY_ITEMS];
  int total = -1;
  guint missing = 99;
  int bad = 99;

  for (guint i = 0; i < CASELOAD_FIDELITY_ITEMS; i++)
    scores[i] = 3;
  for (guint i = 0; c->changes[i][1] != -99; i++)
    scores[c->changes[i][0]] = c->changes[i][1];

  g_assert_cmpint (caseload_fidelity_score (c->n_scores > 0 ? scores : NULL, c->n_scores, &total, &missing, &bad),
                   ==, c->ok);
  g_assert_cmpint (total, ==, c->total);
  g_assert_cmpuint (missing, ==, c->missing);
  g_assert_cmpint (bad, ==, c->bad);
}

static void
test_items (void)
{
  guint staffing = 0, organisation = 0, services = 0;

  for (guint i = 0; i < CASELOAD_FIDELITY_ITEMS; i++)
    {
      const CaseloadFidelityItem *item = caseload_fidelity_item (i);

      g_assert_nonnull (item);
      g_assert_cmpuint (strlen (item->title), >, 0);
      g_assert_cmpuint (strlen (item->anchor_1), >, 0);
      g_assert_cmpuint (strlen (item->anchor_5), >, 0);
      g_assert_cmpstr (item->anchor_1, !=, item->anchor_5);
      if (g_str_equal (item->section, "Staffing"))
        staffing++;
      else if (g_str_equal (item->section, "Organisation"))
        organisation++;
      else if (g_str_equal (item->section, "Services"))
        services++;
      else
        g_assert_not_reached ();
    }

  /* Three staffing items, eight on the organisation, fourteen on services. */
  g_assert_cmpuint (staffing, ==, 3);
  g_assert_cmpuint (organisation, ==, 8);
  g_assert_cmpuint (services, ==, 14);
  g_assert_cmpstr (caseload_fidelity_item (0)->title, ==, "Caseload size");
  g_assert_cmpstr (caseload_fidelity_item (8)->title, ==, "Zero exclusion criteria");
  g_assert_cmpstr (caseload_fidelity_item (11)->title, ==, "Work incentives planning");

  if (g_test_undefined ())
    {
      g_test_expect_message ("caseload-core", G_LOG_LEVEL_CRITICAL, "*index < CASELOAD_FIDELITY_ITEMS*");
      g_assert_null (caseload_fidelity_item (CASELOAD_FIDELITY_ITEMS));
      g_test_assert_expected_messages ();
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (band_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/fidelity/band/%d", band_cases[i].total);

      g_test_add_data_func (path, &band_cases[i], test_band);
    }
  for (guint i = 0; i < G_N_ELEMENTS (score_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/fidelity/score/%s", score_cases[i].name);

      g_test_add_data_func (path, &score_cases[i], test_score);
    }
  g_test_add_func ("/fidelity/items", test_items);

  return g_test_run ();
}
