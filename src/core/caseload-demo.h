/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "caseload-clock.h"
#include "caseload-store.h"

G_BEGIN_DECLS

/**
 * CaseloadDemoOptions:
 * @n_people: how many people to add
 * @entries_per_person: the mean number of timeline entries per person
 * @heavy_people: how many people get @heavy_entries entries each (load work)
 * @heavy_entries: entries for each heavy person
 * @seed: the random seed; the same seed gives the same people
 */
typedef struct {
  guint   n_people;
  guint   entries_per_person;
  guint   heavy_people;
  guint   heavy_entries;
  guint32 seed;
} CaseloadDemoOptions;

void     caseload_demo_options_init (CaseloadDemoOptions *options);

/* Adds the fictional Thurrock team (PCNs, practices, EPUT, council, Mind, Inclusion
 * Thurrock, Housing Solutions, IPS, and their staff) unless it is already there, then
 * @options->n_people people with NHS numbers from the 999 test range, networks and
 * timelines written by several organisations. One transaction. */
gboolean caseload_demo_seed (CaseloadStore *store, CaseloadClock *clock,
                             const CaseloadDemoOptions *options, GError **error);
/* TRUE if the store has no staff yet (a fresh database). */
gboolean caseload_demo_store_is_empty (CaseloadStore *store, GError **error);

G_END_DECLS
