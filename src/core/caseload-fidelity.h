/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "caseload-types.h"

G_BEGIN_DECLS

/*
 * The IPS-25 supported employment fidelity scale (Bond, Peterson, Becker & Drake 2012): 25
 * items in three sections (staffing; organisation; services), each scored 1–5; total
 * 25–125. Bands: 115–125 exemplary, 100–114 good, 74–99 fair, 73 and below not IPS
 * (DOMAIN.md). One const table in caseload-fidelity.c.
 */
#define CASELOAD_FIDELITY_ITEMS 25

typedef struct {
  const char *section;   /* "Staffing", "Organisation", "Services" (translated on use) */
  const char *title;     /* "Caseload size" … (translated on use) */
  const char *anchor_1;  /* what a 1 looks like, and a 5, in short (translated on use) */
  const char *anchor_5;
} CaseloadFidelityItem;

/* Item @index (0–24), untranslated strings (use _() on them). */
const CaseloadFidelityItem *caseload_fidelity_item (guint index);

/* The total of 25 scores (each 1–5). FALSE, with @missing (if not NULL) the number of
 * items not scored (0) and @bad_item the first index of a score outside 1–5 (or -1), when
 * the total cannot be given. */
gboolean             caseload_fidelity_score (const int *scores, guint n_scores, int *total,
                                              guint *missing, int *bad_item);
/* The band of a total (25–125). */
CaseloadFidelityBand caseload_fidelity_band  (int total);

G_END_DECLS
