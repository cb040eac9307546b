/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "caseload-types.h"

G_BEGIN_DECLS

/*
 * CaseloadPathways: everything on one person's pathways, read in one store call
 * (caseload_store_read_pathways) for the person page's Pathways view and Overview badges.
 */
typedef struct {
  char      *person_id;
  GPtrArray *cohorts;          /* CaseloadCohortParticipant (with "cohort-name",
                                  "cohort-next-session-on", "cohort-end-on"), newest first */
  GPtrArray *od_episodes;      /* CaseloadOdEpisode with core team and meetings, newest first */
  GPtrArray *ips_referrals;    /* CaseloadIpsReferral with contacts and jobs, newest first */
  GPtrArray *housing_referrals;/* CaseloadHousingReferral with history, newest first */
  GPtrArray *accommodation;    /* CaseloadAccommodationRecord, newest first (the first is now) */
} CaseloadPathways;

CaseloadPathways *caseload_pathways_new  (const char *person_id);
void              caseload_pathways_free (CaseloadPathways *pathways);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CaseloadPathways, caseload_pathways_free)

/* One badge on the person's Overview: an active pathway with its next date or breach. */
typedef struct {
  CaseloadPathway  pathway;
  char            *label;    /* "STEPPS group", "Open Dialogue", "IPS: job search", "Housing: offered" */
  char            *detail;   /* "Next session Tue 3 Mar", "First meeting due in 5 hours",
                                "First meeting overdue by 2 hours", "In work since 4 Jan" */
  gboolean         urgent;   /* a breach, or a 24-hour clock running: shown with an icon */
} CaseloadPathwayBadge;

/* The active pathways of @pathways at @now (NULL: the real now), in CaseloadPathway order:
 * a cohort not left and not finished; an Open Dialogue episode not ended (its clock until
 * met, then the next meeting… or the last one); an IPS referral not closed (its stage);
 * a housing referral not closed (its status); GPtrArray of CaseloadPathwayBadge. */
GPtrArray        *caseload_pathways_get_badges (CaseloadPathways *pathways, GDateTime *now);
void              caseload_pathway_badge_free  (CaseloadPathwayBadge *badge);

/* The latest accommodation status, FALSE when none is recorded. */
gboolean          caseload_pathways_get_accommodation (CaseloadPathways *pathways,
                                                       CaseloadAccommodation *status);

G_END_DECLS
