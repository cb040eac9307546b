/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include "caseload-case-list.h"
#include "caseload-case-row.h"
#include "caseload-pager.h"

#define PAGE_SIZE 100

struct _CaseloadCaseList
{
  GObject            parent_instance;

  CaseloadStore     *store;
  CaseloadStaff     *actor;
  CaseloadCaseQuery *query;          /* what the list is asked to show */
  CaseloadCaseQuery *counted_query;  /* the query being counted */
  CaseloadCaseQuery *paged_query;    /* the query the current pages were counted for */
  CaseloadPager     *pager;
};

G_DEFINE_FINAL_TYPE_WITH_CODE (CaseloadCaseList, caseload_case_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, caseload_pager_list_model_init))

enum {
  PROP_0,
  PROP_QUERY,
  PROP_LOADING,
  PROP_N_ITEMS,
  PROP_ERROR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fetch_page (GObject             *owner,
            guint                offset,
            guint                limit,
            GCancellable        *cancellable,
            GAsyncReadyCallback  callback,
            gpointer             user_data)
{
  CaseloadCaseList *self = CASELOAD_CASE_LIST (owner);

  caseload_store_list_cases_async (self->store, self->actor, self->paged_query, offset, limit,
                                   cancellable, callback, user_data);
}

static GPtrArray *
finish_page (GObject       *owner,
             GAsyncResult  *result,
             GError       **error)
{
  return caseload_store_list_cases_finish (CASELOAD_CASE_LIST (owner)->store, result, error);
}

static void
fill_row (gpointer placeholder,
          gpointer loaded)
{
  caseload_case_row_update_from (placeholder, loaded);
}

static void
count (GObject             *owner,
       GCancellable        *cancellable,
       GAsyncReadyCallback  callback,
       gpointer             user_data)
{
  CaseloadCaseList *self = CASELOAD_CASE_LIST (owner);

  g_clear_pointer (&self->counted_query, caseload_case_query_free);
  self->counted_query = caseload_case_query_copy (self->query);
  caseload_store_count_cases_async (self->store, self->actor, self->counted_query,
                                    cancellable, callback, user_data);
}

static gboolean
finish_count (GObject       *owner,
              GAsyncResult  *result,
              guint         *n_items,
              GError       **error)
{
  return caseload_store_count_cases_finish (CASELOAD_CASE_LIST (owner)->store, result, n_items, error);
}

static void
counted (GObject *owner)
{
  CaseloadCaseList *self = CASELOAD_CASE_LIST (owner);

  g_clear_pointer (&self->paged_query, caseload_case_query_free);
  self->paged_query = caseload_case_query_copy (self->counted_query);
}

static void
caseload_case_list_finalize (GObject *object)
{
  CaseloadCaseList *self = CASELOAD_CASE_LIST (object);

  g_clear_pointer (&self->pager, caseload_pager_free);
  g_clear_object (&self->store);
  g_clear_object (&self->actor);
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
  CaseloadCaseList *self = CASELOAD_CASE_LIST (object);

  switch (prop_id)
    {
    case PROP_QUERY:
      g_value_set_boxed (value, self->query);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, caseload_pager_get_loading (self->pager));
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, caseload_pager_get_n_items (self->pager));
      break;
    case PROP_ERROR:
      g_value_set_string (value, caseload_pager_get_error (self->pager));
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
  CaseloadCaseList *self = CASELOAD_CASE_LIST (object);

  switch (prop_id)
    {
    case PROP_QUERY:
      if (g_value_get_boxed (value) != NULL)
        caseload_case_list_set_query (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_case_list_class_init (CaseloadCaseListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_case_list_finalize;
  object_class->get_property = caseload_case_list_get_property;
  object_class->set_property = caseload_case_list_set_property;

  properties[PROP_QUERY] =
    g_param_spec_boxed ("query", NULL, NULL, CASELOAD_TYPE_CASE_QUERY,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ERROR] =
    g_param_spec_string ("error", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_case_list_init (CaseloadCaseList *self)
{
  self->query = caseload_case_query_new (CASELOAD_LIST_MY_CASELOAD);
  self->pager = caseload_pager_new (G_OBJECT (self), CASELOAD_TYPE_CASE_ROW, PAGE_SIZE,
                                    fetch_page, finish_page, fill_row, NULL);
  caseload_pager_set_counter (self->pager, count, finish_count, counted,
                              properties[PROP_LOADING], properties[PROP_ERROR], properties[PROP_N_ITEMS]);
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
  self->store = g_object_ref (store);
  self->actor = g_object_ref (actor);
  caseload_case_query_free (self->query);
  self->query = caseload_case_query_copy (query);
  caseload_pager_count (self->pager);
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

  if (self->store != NULL)
    caseload_pager_count (self->pager);
}

gboolean
caseload_case_list_get_loading (CaseloadCaseList *self)
{
  g_return_val_if_fail (CASELOAD_IS_CASE_LIST (self), FALSE);
  return caseload_pager_get_loading (self->pager);
}

/**
 * caseload_case_list_get_error:
 *
 * Returns: (nullable): why the last count or page could not be read, as a sentence for
 *   the user; %NULL when reading works. A reload that succeeds clears it.
 */
const char *
caseload_case_list_get_error (CaseloadCaseList *self)
{
  g_return_val_if_fail (CASELOAD_IS_CASE_LIST (self), NULL);
  return caseload_pager_get_error (self->pager);
}

gboolean
caseload_case_list_error_matches (CaseloadCaseList *self,
                                  GQuark            domain,
                                  int               code)
{
  g_return_val_if_fail (CASELOAD_IS_CASE_LIST (self), FALSE);
  return caseload_pager_error_matches (self->pager, domain, code);
}

void
caseload_case_list_reload (CaseloadCaseList *self)
{
  g_return_if_fail (CASELOAD_IS_CASE_LIST (self));
  caseload_pager_count (self->pager);
}
