/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include "caseload-paged-list.h"
#include "caseload-pager.h"

typedef struct
{
  CaseloadStore *store;
  CaseloadStaff *actor;
  CaseloadPager *pager;
} CaseloadPagedListPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_CODE (CaseloadPagedList, caseload_paged_list, G_TYPE_OBJECT,
                                  G_ADD_PRIVATE (CaseloadPagedList)
                                  G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, caseload_pager_list_model_init))

enum {
  PROP_0,
  PROP_LOADING,
  PROP_N_ITEMS,
  PROP_ERROR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define GET_CLASS(owner) CASELOAD_PAGED_LIST_GET_CLASS (owner)

static void
fetch (GObject             *owner,
       guint                offset,
       guint                limit,
       GCancellable        *cancellable,
       GAsyncReadyCallback  callback,
       gpointer             user_data)
{
  GET_CLASS (owner)->fetch (CASELOAD_PAGED_LIST (owner), offset, limit, cancellable, callback, user_data);
}

static GPtrArray *
fetch_finish (GObject       *owner,
              GAsyncResult  *result,
              GError       **error)
{
  return GET_CLASS (owner)->fetch_finish (CASELOAD_PAGED_LIST (owner), result, error);
}

static void
count (GObject             *owner,
       GCancellable        *cancellable,
       GAsyncReadyCallback  callback,
       gpointer             user_data)
{
  GET_CLASS (owner)->count (CASELOAD_PAGED_LIST (owner), cancellable, callback, user_data);
}

static gboolean
count_finish (GObject       *owner,
              GAsyncResult  *result,
              guint         *n_items,
              GError       **error)
{
  return GET_CLASS (owner)->count_finish (CASELOAD_PAGED_LIST (owner), result, n_items, error);
}

static void
counted (GObject *owner)
{
  if (GET_CLASS (owner)->counted != NULL)
    GET_CLASS (owner)->counted (CASELOAD_PAGED_LIST (owner));
}

static void
caseload_paged_list_constructed (GObject *object)
{
  CaseloadPagedList *self = CASELOAD_PAGED_LIST (object);
  CaseloadPagedListPrivate *priv = caseload_paged_list_get_instance_private (self);
  CaseloadPagedListClass *klass = GET_CLASS (self);

  G_OBJECT_CLASS (caseload_paged_list_parent_class)->constructed (object);

  /* The subclass's item type is known only now. */
  priv->pager = caseload_pager_new (object, klass->item_type, klass->page_size,
                                    fetch, fetch_finish, klass->fill, NULL);
  caseload_pager_set_counter (priv->pager, count, count_finish, counted,
                              properties[PROP_LOADING], properties[PROP_ERROR], properties[PROP_N_ITEMS]);
}

static void
caseload_paged_list_finalize (GObject *object)
{
  CaseloadPagedListPrivate *priv = caseload_paged_list_get_instance_private (CASELOAD_PAGED_LIST (object));

  g_clear_pointer (&priv->pager, caseload_pager_free);
  g_clear_object (&priv->store);
  g_clear_object (&priv->actor);

  G_OBJECT_CLASS (caseload_paged_list_parent_class)->finalize (object);
}

static void
caseload_paged_list_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CaseloadPagedListPrivate *priv = caseload_paged_list_get_instance_private (CASELOAD_PAGED_LIST (object));

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, caseload_pager_get_loading (priv->pager));
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, caseload_pager_get_n_items (priv->pager));
      break;
    case PROP_ERROR:
      g_value_set_string (value, caseload_pager_get_error (priv->pager));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_paged_list_class_init (CaseloadPagedListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = caseload_paged_list_constructed;
  object_class->finalize = caseload_paged_list_finalize;
  object_class->get_property = caseload_paged_list_get_property;

  klass->page_size = 100;

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
caseload_paged_list_init (CaseloadPagedList *self)
{
}

void
caseload_paged_list_set_source (CaseloadPagedList *self,
                                CaseloadStore     *store,
                                CaseloadStaff     *actor)
{
  CaseloadPagedListPrivate *priv = caseload_paged_list_get_instance_private (self);

  g_return_if_fail (CASELOAD_IS_PAGED_LIST (self));
  g_return_if_fail (CASELOAD_IS_STORE (store));
  g_return_if_fail (CASELOAD_IS_STAFF (actor));

  g_set_object (&priv->store, store);
  g_set_object (&priv->actor, actor);
}

/**
 * caseload_paged_list_get_store:
 *
 * Returns: (transfer none) (nullable): the store read, NULL before it is set
 */
CaseloadStore *
caseload_paged_list_get_store (CaseloadPagedList *self)
{
  CaseloadPagedListPrivate *priv = caseload_paged_list_get_instance_private (self);

  g_return_val_if_fail (CASELOAD_IS_PAGED_LIST (self), NULL);
  return priv->store;
}

/**
 * caseload_paged_list_get_actor:
 *
 * Returns: (transfer none) (nullable): whom the list is read for
 */
CaseloadStaff *
caseload_paged_list_get_actor (CaseloadPagedList *self)
{
  CaseloadPagedListPrivate *priv = caseload_paged_list_get_instance_private (self);

  g_return_val_if_fail (CASELOAD_IS_PAGED_LIST (self), NULL);
  return priv->actor;
}

gboolean
caseload_paged_list_get_loading (CaseloadPagedList *self)
{
  CaseloadPagedListPrivate *priv = caseload_paged_list_get_instance_private (self);

  g_return_val_if_fail (CASELOAD_IS_PAGED_LIST (self), FALSE);
  return caseload_pager_get_loading (priv->pager);
}

/**
 * caseload_paged_list_get_error:
 *
 * Returns: (nullable): why the last count or page could not be read, as a sentence for
 *   the user; %NULL when reading works. A reload that succeeds clears it.
 */
const char *
caseload_paged_list_get_error (CaseloadPagedList *self)
{
  CaseloadPagedListPrivate *priv = caseload_paged_list_get_instance_private (self);

  g_return_val_if_fail (CASELOAD_IS_PAGED_LIST (self), NULL);
  return caseload_pager_get_error (priv->pager);
}

/**
 * caseload_paged_list_error_matches:
 *
 * Returns: %TRUE if the list's last read failed with @domain and @code (and the "error"
 *   property still holds its message)
 */
gboolean
caseload_paged_list_error_matches (CaseloadPagedList *self,
                                   GQuark             domain,
                                   int                code)
{
  CaseloadPagedListPrivate *priv = caseload_paged_list_get_instance_private (self);

  g_return_val_if_fail (CASELOAD_IS_PAGED_LIST (self), FALSE);
  return caseload_pager_error_matches (priv->pager, domain, code);
}

void
caseload_paged_list_reload (CaseloadPagedList *self)
{
  CaseloadPagedListPrivate *priv = caseload_paged_list_get_instance_private (self);

  g_return_if_fail (CASELOAD_IS_PAGED_LIST (self));
  if (priv->store != NULL)
    caseload_pager_count (priv->pager);
}
