/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include "caseload-pager.h"
#include "caseload-timeline-list.h"

#define PAGE_SIZE 50

struct _CaseloadTimelineList
{
  GObject        parent_instance;

  CaseloadStore *store;
  CaseloadStaff *actor;
  char          *person_id;
  CaseloadPager *pager;
  char          *error;
  GQuark         error_domain;
  int            error_code;
};

G_DEFINE_FINAL_TYPE_WITH_CODE (CaseloadTimelineList, caseload_timeline_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, caseload_pager_list_model_init))

enum {
  PROP_0,
  PROP_ERROR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_error (CaseloadTimelineList *self,
           const char           *message)
{
  if (g_strcmp0 (self->error, message) == 0)
    return;
  g_free (self->error);
  self->error = g_strdup (message);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
}

static void
page_failed (GObject      *owner,
             const GError *error)
{
  CaseloadTimelineList *self = CASELOAD_TIMELINE_LIST (owner);

  self->error_domain = error->domain;
  self->error_code = error->code;
  set_error (self, error->message);
}

static void
fetch_page (GObject             *owner,
            guint                offset,
            guint                limit,
            GCancellable        *cancellable,
            GAsyncReadyCallback  callback,
            gpointer             user_data)
{
  CaseloadTimelineList *self = CASELOAD_TIMELINE_LIST (owner);

  caseload_store_list_timeline_entries_async (self->store, self->actor, self->person_id,
                                              offset, limit, cancellable, callback, user_data);
}

static GPtrArray *
finish_page (GObject       *owner,
             GAsyncResult  *result,
             GError       **error)
{
  CaseloadTimelineList *self = CASELOAD_TIMELINE_LIST (owner);

  return caseload_store_list_timeline_entries_finish (self->store, result, error);
}

static void
fill_entry (gpointer placeholder,
            gpointer loaded)
{
  caseload_timeline_entry_update_from (placeholder, loaded);
}

static void
caseload_timeline_list_finalize (GObject *object)
{
  CaseloadTimelineList *self = CASELOAD_TIMELINE_LIST (object);

  g_clear_pointer (&self->pager, caseload_pager_free);
  g_clear_object (&self->store);
  g_clear_object (&self->actor);
  g_clear_pointer (&self->person_id, g_free);
  g_clear_pointer (&self->error, g_free);

  G_OBJECT_CLASS (caseload_timeline_list_parent_class)->finalize (object);
}

static void
caseload_timeline_list_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  CaseloadTimelineList *self = CASELOAD_TIMELINE_LIST (object);

  switch (prop_id)
    {
    case PROP_ERROR:
      g_value_set_string (value, self->error);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_timeline_list_class_init (CaseloadTimelineListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_timeline_list_finalize;
  object_class->get_property = caseload_timeline_list_get_property;

  properties[PROP_ERROR] =
    g_param_spec_string ("error", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_timeline_list_init (CaseloadTimelineList *self)
{
  self->pager = caseload_pager_new (G_OBJECT (self), CASELOAD_TYPE_TIMELINE_ENTRY, PAGE_SIZE,
                                    fetch_page, finish_page, fill_entry, page_failed);
}

/**
 * caseload_timeline_list_new:
 *
 * Returns: (transfer full): a list of @n_items entries, read as they are shown
 */
CaseloadTimelineList *
caseload_timeline_list_new (CaseloadStore *store,
                            CaseloadStaff *actor,
                            const char    *person_id,
                            guint          n_items)
{
  CaseloadTimelineList *self;

  g_return_val_if_fail (CASELOAD_IS_STORE (store), NULL);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), NULL);
  g_return_val_if_fail (person_id != NULL, NULL);

  self = g_object_new (CASELOAD_TYPE_TIMELINE_LIST, NULL);
  self->store = g_object_ref (store);
  self->actor = g_object_ref (actor);
  self->person_id = g_strdup (person_id);
  caseload_pager_reset (self->pager, n_items);
  return self;
}

const char *
caseload_timeline_list_get_person_id (CaseloadTimelineList *self)
{
  g_return_val_if_fail (CASELOAD_IS_TIMELINE_LIST (self), NULL);
  return self->person_id;
}

void
caseload_timeline_list_reset (CaseloadTimelineList *self,
                              guint                 n_items)
{
  guint old_count;

  g_return_if_fail (CASELOAD_IS_TIMELINE_LIST (self));

  old_count = caseload_pager_get_n_items (self->pager);
  caseload_pager_reset (self->pager, n_items);
  set_error (self, NULL);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_count, n_items);
}

/**
 * caseload_timeline_list_get_error:
 *
 * Returns: (nullable): why a page of entries could not be read, or %NULL
 */
const char *
caseload_timeline_list_get_error (CaseloadTimelineList *self)
{
  g_return_val_if_fail (CASELOAD_IS_TIMELINE_LIST (self), NULL);
  return self->error;
}

/**
 * caseload_timeline_list_error_matches:
 *
 * Returns: whether the last failed read failed with @domain and @code (while the
 *   "error" property holds its message)
 */
gboolean
caseload_timeline_list_error_matches (CaseloadTimelineList *self,
                                      GQuark                domain,
                                      int                   code)
{
  g_return_val_if_fail (CASELOAD_IS_TIMELINE_LIST (self), FALSE);
  return self->error != NULL && self->error_domain == domain && self->error_code == code;
}

/**
 * caseload_timeline_list_read_again:
 *
 * Reads again the pages that could not be read (after a lost connection came back),
 * filling the entries already shown as placeholders; clears the error.
 */
void
caseload_timeline_list_read_again (CaseloadTimelineList *self)
{
  g_return_if_fail (CASELOAD_IS_TIMELINE_LIST (self));

  set_error (self, NULL);
  caseload_pager_read_again (self->pager);
}
