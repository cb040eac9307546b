/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include "caseload-case-query.h"

G_DEFINE_BOXED_TYPE (CaseloadCaseQuery, caseload_case_query,
                     caseload_case_query_copy, caseload_case_query_free)

CaseloadCaseQuery *
caseload_case_query_new (CaseloadCaseListKind kind)
{
  CaseloadCaseQuery *query = g_new0 (CaseloadCaseQuery, 1);

  query->kind = kind;
  query->urgency = -1;
  query->pathway = -1;
  query->breach = CASELOAD_BREACH_FILTER_ANY;
  query->sort = CASELOAD_CASE_SORT_DEFAULT;

  return query;
}

CaseloadCaseQuery *
caseload_case_query_copy (const CaseloadCaseQuery *query)
{
  CaseloadCaseQuery *copy;

  g_return_val_if_fail (query != NULL, NULL);

  copy = g_memdup2 (query, sizeof *query);
  copy->search = g_strdup (query->search);
  copy->pcn = g_strdup (query->pcn);
  copy->practice_id = g_strdup (query->practice_id);
  copy->organisation_id = g_strdup (query->organisation_id);
  copy->worker_id = g_strdup (query->worker_id);

  return copy;
}

void
caseload_case_query_free (CaseloadCaseQuery *query)
{
  if (query == NULL)
    return;

  g_free (query->search);
  g_free (query->pcn);
  g_free (query->practice_id);
  g_free (query->organisation_id);
  g_free (query->worker_id);
  g_free (query);
}

gboolean
caseload_case_query_equal (const CaseloadCaseQuery *a,
                           const CaseloadCaseQuery *b)
{
  return a->kind == b->kind &&
         g_strcmp0 (a->search, b->search) == 0 &&
         g_strcmp0 (a->pcn, b->pcn) == 0 &&
         g_strcmp0 (a->practice_id, b->practice_id) == 0 &&
         g_strcmp0 (a->organisation_id, b->organisation_id) == 0 &&
         g_strcmp0 (a->worker_id, b->worker_id) == 0 &&
         a->urgency == b->urgency &&
         a->pathway == b->pathway &&
         a->breach == b->breach &&
         a->sort == b->sort;
}
