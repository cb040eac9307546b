/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include "caseload-case-list.h"
#include "caseload-case-row.h"

struct _CaseloadCaseList
{
  CaseloadPagedList  parent_instance;

  CaseloadCaseQuery *query;          /* what the list is asked to show */
  CaseloadCaseQuery *counted_query;  /* the query being counted */
  CaseloadCaseQuery *paged_query;    /* the query the current pages were counted for */
};

G_DEFINE_FINAL_TYPE (CaseloadCaseList, caseload_case_list, CASELOAD_TYPE_PAGED_LIST)

enum {
  PROP_0,
  PROP_QUERY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
caseload_case_list_fetch (CaseloadPagedList   *list,
                          guint                offset,
                          guint                limit,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  caseload_store_list_cases_async (caseload_paged_list_get_store (list), caseload_paged_list_get_actor (list),
                                   CASELOAD_CASE_LIST (list)->paged_query, offset, limit,
                                   cancellable, callback, user_data);
}

static GPtrArray *
caseload_case_list_fetch_finish (CaseloadPagedList  *list,
                                 GAsyncResult       *result,
                                 GError            **error)
{
  return caseload_store_list_cases_finish (caseload_paged_list_get_store (list), result, error);
}

static void
caseload_case_list_fill (gpointer placeholder,
                         gpointer loaded)
{
  caseload_case_row_update_from (placeholder, loaded);
}

static void
caseload_case_list_count (CaseloadPagedList   *list,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  CaseloadCaseList *self = CASELOAD_CASE_LIST (list);

  g_clear_pointer (&self->counted_query, caseload_case_query_free);
  self->counted_query = caseload_case_query_copy (self->query);
  caseload_store_count_cases_async (caseload_paged_list_get_store (list), caseload_paged_list_get_actor (list),
                                    self->counted_query, cancellable, callback, user_data);
}

static gboolean
caseload_case_list_count_finish (CaseloadPagedList  *list,
                                 GAsyncResult       *result,
                                 guint              *n_items,
                                 GError            **error)
{
  return caseload_store_count_cases_finish (caseload_paged_list_get_store (list), result, n_items, error);
}

static void
caseload_case_list_counted (CaseloadPagedList *list)
{
  CaseloadCaseList *self = CASELOAD_CASE_LIST (list);

  g_clear_pointer (&self->paged_query, caseload_case_query_free);
  self->paged_query = caseload_case_query_copy (self->counted_query);
}

static void
caseload_case_list_finalize (GObject *object)
{
  CaseloadCaseList *self = CASELOAD_CASE_LIST (object);

  g_clear_pointer (&self->query, caseload_case_query_free);
  g_clear_pointer (&self->counted_query, caseload_case_query_free);
  g_clear_pointer (&self->paged_query, caseload_case_query_free);

  G_OBJECT_CLASS (caseload_case_list_parent_class)->finalize (object);
}

static void
caseload_case_list_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_QUERY:
      g_value_set_boxed (value, CASELOAD_CASE_LIST (object)->query);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_case_list_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_QUERY:
      if (g_value_get_boxed (value) != NULL)
        caseload_case_list_set_query (CASELOAD_CASE_LIST (object), g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_case_list_class_init (CaseloadCaseListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  CaseloadPagedListClass *list_class = CASELOAD_PAGED_LIST_CLASS (klass);

  object_class->finalize = caseload_case_list_finalize;
  object_class->get_property = caseload_case_list_get_property;
  object_class->set_property = caseload_case_list_set_property;

  list_class->item_type = CASELOAD_TYPE_CASE_ROW;
  list_class->count = caseload_case_list_count;
  list_class->count_finish = caseload_case_list_count_finish;
  list_class->fetch = caseload_case_list_fetch;
  list_class->fetch_finish = caseload_case_list_fetch_finish;
  list_class->fill = caseload_case_list_fill;
  list_class->counted = caseload_case_list_counted;

  properties[PROP_QUERY] =
    g_param_spec_boxed ("query", NULL, NULL, CASELOAD_TYPE_CASE_QUERY,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_case_list_init (CaseloadCaseList *self)
{
  self->query = caseload_case_query_new (CASELOAD_LIST_MY_CASELOAD);
}

/**
 * caseload_case_list_new:
 * @store: the store to read
 * @actor: the staff member the list is read for
 * @query: what to list (copied)
 *
 * Starts counting at once; items appear when the count arrives.
 *
 * Returns: (transfer full): a new list
 */
CaseloadCaseList *
caseload_case_list_new (CaseloadStore           *store,
                        CaseloadStaff           *actor,
                        const CaseloadCaseQuery *query)
{
  CaseloadCaseList *self;

  g_return_val_if_fail (CASELOAD_IS_STORE (store), NULL);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  self = g_object_new (CASELOAD_TYPE_CASE_LIST, NULL);
  caseload_case_query_free (self->query);
  self->query = caseload_case_query_copy (query);
  caseload_paged_list_set_source (CASELOAD_PAGED_LIST (self), store, actor);
  caseload_paged_list_reload (CASELOAD_PAGED_LIST (self));
  return self;
}

/**
 * caseload_case_list_get_query:
 *
 * Returns: (transfer none): what the list shows (or is counting for)
 */
const CaseloadCaseQuery *
caseload_case_list_get_query (CaseloadCaseList *self)
{
  g_return_val_if_fail (CASELOAD_IS_CASE_LIST (self), NULL);
  return self->query;
}

void
caseload_case_list_set_query (CaseloadCaseList        *self,
                              const CaseloadCaseQuery *query)
{
  g_return_if_fail (CASELOAD_IS_CASE_LIST (self));
  g_return_if_fail (query != NULL);

  if (caseload_case_query_equal (self->query, query))
    return;

  caseload_case_query_free (self->query);
  self->query = caseload_case_query_copy (query);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);

  caseload_paged_list_reload (CASELOAD_PAGED_LIST (self));
}
