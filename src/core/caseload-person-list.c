/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include "caseload-error.h"
#include "caseload-pager.h"
#include "caseload-person-list.h"

#define PAGE_SIZE 100

struct _CaseloadPersonList
{
  GObject        parent_instance;

  CaseloadStore *store;
  CaseloadStaff *actor;
  char          *search;
  char          *counted_search; /* the search being counted */
  char          *paged_search;   /* the search the current pages were counted for */
  CaseloadPager *pager;
};

G_DEFINE_FINAL_TYPE_WITH_CODE (CaseloadPersonList, caseload_person_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, caseload_pager_list_model_init))

enum {
  PROP_0,
  PROP_SEARCH,
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
  CaseloadPersonList *self = CASELOAD_PERSON_LIST (owner);

  caseload_store_list_people_async (self->store, self->actor, self->paged_search, offset, limit,
                                    cancellable, callback, user_data);
}

static GPtrArray *
finish_page (GObject       *owner,
             GAsyncResult  *result,
             GError       **error)
{
  CaseloadPersonList *self = CASELOAD_PERSON_LIST (owner);

  return caseload_store_list_people_finish (self->store, result, error);
}

static void
fill_person (gpointer placeholder,
             gpointer loaded)
{
  caseload_person_update_from (placeholder, loaded);
}

static void
count (GObject             *owner,
       GCancellable        *cancellable,
       GAsyncReadyCallback  callback,
       gpointer             user_data)
{
  CaseloadPersonList *self = CASELOAD_PERSON_LIST (owner);

  g_free (self->counted_search);
  self->counted_search = g_strdup (self->search);
  caseload_store_count_people_async (self->store, self->actor, self->counted_search,
                                     cancellable, callback, user_data);
}

static gboolean
finish_count (GObject       *owner,
              GAsyncResult  *result,
              guint         *n_items,
              GError       **error)
{
  CaseloadPersonList *self = CASELOAD_PERSON_LIST (owner);

  return caseload_store_count_people_finish (self->store, result, n_items, error);
}

static void
counted (GObject *owner)
{
  CaseloadPersonList *self = CASELOAD_PERSON_LIST (owner);

  g_free (self->paged_search);
  self->paged_search = g_strdup (self->counted_search);
}

static void
caseload_person_list_finalize (GObject *object)
{
  CaseloadPersonList *self = CASELOAD_PERSON_LIST (object);

  g_clear_pointer (&self->pager, caseload_pager_free);
  g_clear_object (&self->store);
  g_clear_object (&self->actor);
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

  object_class->finalize = caseload_person_list_finalize;
  object_class->get_property = caseload_person_list_get_property;
  object_class->set_property = caseload_person_list_set_property;

  properties[PROP_SEARCH] =
    g_param_spec_string ("search", NULL, NULL, NULL,
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
caseload_person_list_init (CaseloadPersonList *self)
{
  self->pager = caseload_pager_new (G_OBJECT (self), CASELOAD_TYPE_PERSON, PAGE_SIZE,
                                    fetch_page, finish_page, fill_person, NULL);
  caseload_pager_set_counter (self->pager, count, finish_count, counted,
                              properties[PROP_LOADING], properties[PROP_ERROR], properties[PROP_N_ITEMS]);
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
  self->store = g_object_ref (store);
  self->actor = g_object_ref (actor);
  caseload_pager_count (self->pager);
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

  if (self->store != NULL)
    caseload_pager_count (self->pager);
}

gboolean
caseload_person_list_get_loading (CaseloadPersonList *self)
{
  g_return_val_if_fail (CASELOAD_IS_PERSON_LIST (self), FALSE);
  return caseload_pager_get_loading (self->pager);
}

void
caseload_person_list_reload (CaseloadPersonList *self)
{
  g_return_if_fail (CASELOAD_IS_PERSON_LIST (self));
  caseload_pager_count (self->pager);
}

/**
 * caseload_person_list_get_error:
 *
 * Returns: (nullable): why the last count or page could not be read, as a sentence for
 *   the user; %NULL when reading works. A reload that succeeds clears it.
 */
const char *
caseload_person_list_get_error (CaseloadPersonList *self)
{
  g_return_val_if_fail (CASELOAD_IS_PERSON_LIST (self), NULL);
  return caseload_pager_get_error (self->pager);
}

/**
 * caseload_person_list_error_matches:
 * @self: a person list
 * @domain: an error domain
 * @code: an error code
 *
 * Returns: %TRUE if the list's last read failed with @domain and @code (and the
 * "error" property still holds its message)
 */
gboolean
caseload_person_list_error_matches (CaseloadPersonList *self,
                                    GQuark              domain,
                                    int                 code)
{
  g_return_val_if_fail (CASELOAD_IS_PERSON_LIST (self), FALSE);

  return caseload_pager_error_matches (self->pager, domain, code);
}
