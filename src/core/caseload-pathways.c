/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "caseload-pathways.h"

CaseloadPathways *
caseload_pathways_new (const char *person_id)
{
  CaseloadPathways *pathways = g_new0 (CaseloadPathways, 1);

  pathways->person_id = g_strdup (person_id);
  pathways->cohorts = g_ptr_array_new_with_free_func (g_object_unref);
  pathways->od_episodes = g_ptr_array_new_with_free_func (g_object_unref);
  pathways->ips_referrals = g_ptr_array_new_with_free_func (g_object_unref);
  pathways->housing_referrals = g_ptr_array_new_with_free_func (g_object_unref);
  pathways->accommodation = g_ptr_array_new_with_free_func (g_object_unref);

  return pathways;
}

void
caseload_pathways_free (CaseloadPathways *pathways)
{
  if (pathways == NULL)
    return;

  g_free (pathways->person_id);
  g_ptr_array_unref (pathways->cohorts);
  g_ptr_array_unref (pathways->od_episodes);
  g_ptr_array_unref (pathways->ips_referrals);
  g_ptr_array_unref (pathways->housing_referrals);
  g_ptr_array_unref (pathways->accommodation);
  g_free (pathways);
}

void
caseload_pathway_badge_free (CaseloadPathwayBadge *badge)
{
  if (badge == NULL)
    return;

  g_free (badge->label);
  g_free (badge->detail);
  g_free (badge);
}
