/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include "caseload-person-list.h"

struct _CaseloadPersonList
{
  CaseloadPagedList  parent_instance;

  char              *search;
  char              *counted_search; /* the search being counted */
  char              *paged_search;   /* the search the current pages were counted for */
};

G_DEFINE_FINAL_TYPE (CaseloadPersonList, caseload_person_list, CASELOAD_TYPE_PAGED_LIST)

enum {
  PROP_0,
  PROP_SEARCH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
caseload_person_list_fetch (CaseloadPagedList   *list,
                            guint                offset,
                            guint                limit,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  caseload_store_list_people_async (caseload_paged_list_get_store (list), caseload_paged_list_get_actor (list),
                                    CASELOAD_PERSON_LIST (list)->paged_search, offset, limit,
                                    cancellable, callback, user_data);
}

static GPtrArray *
caseload_person_list_fetch_finish (CaseloadPagedList  *list,
                                   GAsyncResult       *result,
                                   GError            **error)
{
  return caseload_store_list_people_finish (caseload_paged_list_get_store (list), result, error);
}

static void
caseload_person_list_fill (gpointer placeholder,
                           gpointer loaded)
{
  caseload_person_update_from (placeholder, loaded);
}

static void
caseload_person_list_count (CaseloadPagedList   *list,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  CaseloadPersonList *self = CASELOAD_PERSON_LIST (list);

  g_free (self->counted_search);
  self->counted_search = g_strdup (self->search);
  caseload_store_count_people_async (caseload_paged_list_get_store (list), caseload_paged_list_get_actor (list),
                                     self->counted_search, cancellable, callback, user_data);
}

static gboolean
caseload_person_list_count_finish (CaseloadPagedList  *list,
                                   GAsyncResult       *result,
                                   guint              *n_items,
                                   GError            **error)
{
  return caseload_store_count_people_finish (caseload_paged_list_get_store (list), result, n_items, error);
}

static void
caseload_person_list_counted (CaseloadPagedList *list)
{
  CaseloadPersonList *self = CASELOAD_PERSON_LIST (list);

  g_free (self->paged_search);
  self->paged_search = g_strdup (self->counted_search);
}

static void
caseload_person_list_finalize (GObject *object)
{
  CaseloadPersonList *self = CASELOAD_PERSON_LIST (object);

  g_clear_pointer (&self->search, g_free);
  g_clear_pointer (&self->counted_search, g_free);
  g_clear_pointer (&self->paged_search, g_free);

  G_OBJECT_CLASS (caseload_person_list_parent_class)->finalize (object);
}

static void
caseload_person_list_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CaseloadPersonList *self = CASELOAD_PERSON_LIST (object);

  switch (prop_id)
    {
    case PROP_SEARCH:
      g_value_set_string (value, self->search);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_person_list_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  CaseloadPersonList *self = CASELOAD_PERSON_LIST (object);

  switch (prop_id)
    {
    case PROP_SEARCH:
      caseload_person_list_set_search (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_person_list_class_init (CaseloadPersonListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  CaseloadPagedListClass *list_class = CASELOAD_PAGED_LIST_CLASS (klass);

  object_class->finalize = caseload_person_list_finalize;
  object_class->get_property = caseload_person_list_get_property;
  object_class->set_property = caseload_person_list_set_property;

  list_class->item_type = CASELOAD_TYPE_PERSON;
  list_class->count = caseload_person_list_count;
  list_class->count_finish = caseload_person_list_count_finish;
  list_class->fetch = caseload_person_list_fetch;
  list_class->fetch_finish = caseload_person_list_fetch_finish;
  list_class->fill = caseload_person_list_fill;
  list_class->counted = caseload_person_list_counted;

  properties[PROP_SEARCH] =
    g_param_spec_string ("search", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_person_list_init (CaseloadPersonList *self)
{
}

/**
 * caseload_person_list_new:
 * @store: the store to read
 * @actor: the staff member the list is read for
 *
 * Starts counting everyone at once; items appear when the count arrives.
 *
 * Returns: (transfer full): a new list
 */
CaseloadPersonList *
caseload_person_list_new (CaseloadStore *store,
                          CaseloadStaff *actor)
{
  CaseloadPersonList *self;

  g_return_val_if_fail (CASELOAD_IS_STORE (store), NULL);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), NULL);

  self = g_object_new (CASELOAD_TYPE_PERSON_LIST, NULL);
  caseload_paged_list_set_source (CASELOAD_PAGED_LIST (self), store, actor);
  caseload_paged_list_reload (CASELOAD_PAGED_LIST (self));
  return self;
}

const char *
caseload_person_list_get_search (CaseloadPersonList *self)
{
  g_return_val_if_fail (CASELOAD_IS_PERSON_LIST (self), NULL);
  return self->search;
}

void
caseload_person_list_set_search (CaseloadPersonList *self,
                                 const char         *search)
{
  g_autofree char *trimmed = NULL;

  g_return_if_fail (CASELOAD_IS_PERSON_LIST (self));

  trimmed = g_strstrip (g_strdup (search != NULL ? search : ""));
  if (g_strcmp0 (trimmed, self->search != NULL ? self->search : "") == 0)
    return;

  g_free (self->search);
  self->search = *trimmed != '\0' ? g_steal_pointer (&trimmed) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH]);

  caseload_paged_list_reload (CASELOAD_PAGED_LIST (self));
}

/* The calls the window has always made; CaseloadPagedList does the work. */
gboolean
caseload_person_list_get_loading (CaseloadPersonList *self)
{
  return caseload_paged_list_get_loading (CASELOAD_PAGED_LIST (self));
}

void
caseload_person_list_reload (CaseloadPersonList *self)
{
  caseload_paged_list_reload (CASELOAD_PAGED_LIST (self));
}

const char *
caseload_person_list_get_error (CaseloadPersonList *self)
{
  return caseload_paged_list_get_error (CASELOAD_PAGED_LIST (self));
}

gboolean
caseload_person_list_error_matches (CaseloadPersonList *self,
                                    GQuark              domain,
                                    int                 code)
{
  return caseload_paged_list_error_matches (CASELOAD_PAGED_LIST (self), domain, code);
}
