/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "caseload-types.h"

G_BEGIN_DECLS

/*
 * What a caseload list shows; every filter is applied in SQL. Only people the actor may
 * see are ever listed.
 *
 * - MY_CASELOAD: one row per person with an allocation to the actor now (or to
 *   @worker_id, for a manager looking at a colleague), from an accepted referral that has
 *   not been transferred.
 * - TEAM_CASELOAD: one row per allocation now, by worker then organisation.
 * - WAITING: one row per referral whose clock still runs (received, not yet stopped at its
 *   standard's milestone, not closed by triage or transfer): by urgency then longest wait.
 * - UNALLOCATED: one row per accepted referral, not transferred, with nobody allocated.
 */
typedef struct {
  CaseloadCaseListKind  kind;
  char                 *search;           /* name fragments, NHS number…, as for people; NULL: all */
  char                 *pcn;              /* the referral's PCN (the person's when referred); NULL: every PCN */
  char                 *practice_id;      /* the person's GP practice; NULL: any */
  char                 *organisation_id;  /* the allocated worker's organisation; NULL: any */
  char                 *worker_id;        /* the allocated worker; NULL: any (MY_CASELOAD: the actor) */
  int                   urgency;          /* a CaseloadUrgency, or -1 for any */
  int                   pathway;          /* a CaseloadPathway the person is on now, or -1 for any */
  CaseloadBreachFilter  breach;
  CaseloadCaseSort      sort;
} CaseloadCaseQuery;

#define CASELOAD_TYPE_CASE_QUERY (caseload_case_query_get_type ())
GType              caseload_case_query_get_type (void) G_GNUC_CONST;
CaseloadCaseQuery *caseload_case_query_new      (CaseloadCaseListKind kind);
CaseloadCaseQuery *caseload_case_query_copy     (const CaseloadCaseQuery *query);
void               caseload_case_query_free     (CaseloadCaseQuery *query);
gboolean           caseload_case_query_equal    (const CaseloadCaseQuery *a, const CaseloadCaseQuery *b);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CaseloadCaseQuery, caseload_case_query_free)

G_END_DECLS
