/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include "caseload-error.h"
#include "caseload-pager.h"

struct _CaseloadPager
{
  GObject                 *owner;       /* not owned: the model that owns this pager */
  GType                    item_type;
  guint                    page_size;
  CaseloadPagerFetchFunc   fetch;
  CaseloadPagerFinishFunc  finish;
  CaseloadPagerFillFunc    fill;
  CaseloadPagerErrorFunc   failed;

  guint                    n_items;
  GPtrArray               *pages;       /* page index → GPtrArray of items, or NULL */
  GArray                  *failed_pages; /* indexes of pages whose read failed (guint) */
  GCancellable            *cancellable; /* replaced on every reset */

  /* Counting (caseload_pager_set_counter()); count is NULL without it */
  CaseloadPagerCountFunc        count;
  CaseloadPagerCountFinishFunc  count_finish;
  CaseloadPagerCountedFunc      counted;
  GParamSpec                   *loading_pspec;
  GParamSpec                   *error_pspec;
  GParamSpec                   *n_items_pspec;
  GCancellable                 *count_cancellable;
  gboolean                      loading;
  char                         *error;        /* why the last read failed, for the user */
  GQuark                        error_domain;
  int                           error_code;
};

/* The request holds the owner, which owns the pager, so the pager outlives it. */
typedef struct {
  GObject       *owner;
  CaseloadPager *pager;
  GPtrArray     *page;
  guint          index;
} PageRequest;

static void
page_request_free (PageRequest *request)
{
  g_clear_object (&request->owner);
  g_clear_pointer (&request->page, g_ptr_array_unref);
  g_free (request);
}

static void
free_page (gpointer page)
{
  /* Pages nobody has looked at yet are NULL. */
  if (page != NULL)
    g_ptr_array_unref (page);
}

/* Where a model keeps its pager, for the shared GListModel functions. */
GQuark caseload_pager_quark (void);
G_DEFINE_QUARK (caseload-pager, caseload_pager)

CaseloadPager *
caseload_pager_new (GObject                 *owner,
                    GType                    item_type,
                    guint                    page_size,
                    CaseloadPagerFetchFunc   fetch,
                    CaseloadPagerFinishFunc  finish,
                    CaseloadPagerFillFunc    fill,
                    CaseloadPagerErrorFunc   failed)
{
  CaseloadPager *pager = g_new0 (CaseloadPager, 1);

  g_assert (page_size > 0);

  pager->owner = owner;
  pager->item_type = item_type;
  pager->page_size = page_size;
  pager->fetch = fetch;
  pager->finish = finish;
  pager->fill = fill;
  pager->failed = failed;
  pager->pages = g_ptr_array_new_with_free_func (free_page);
  pager->failed_pages = g_array_new (FALSE, FALSE, sizeof (guint));
  pager->cancellable = g_cancellable_new ();
  /* Not owned: for caseload_pager_list_model_init()'s functions to find. */
  g_object_set_qdata (owner, caseload_pager_quark (), pager);
  return pager;
}

void
caseload_pager_free (CaseloadPager *pager)
{
  if (pager == NULL)
    return;
  g_object_set_qdata (pager->owner, caseload_pager_quark (), NULL);
  g_cancellable_cancel (pager->cancellable);
  g_clear_object (&pager->cancellable);
  g_cancellable_cancel (pager->count_cancellable);
  g_clear_object (&pager->count_cancellable);
  g_clear_pointer (&pager->error, g_free);
  g_clear_pointer (&pager->pages, g_ptr_array_unref);
  g_clear_pointer (&pager->failed_pages, g_array_unref);
  g_free (pager);
}

guint
caseload_pager_get_n_items (CaseloadPager *pager)
{
  return pager->n_items;
}

static void
notify (CaseloadPager *pager,
        GParamSpec    *pspec)
{
  if (pspec != NULL)
    g_object_notify_by_pspec (pager->owner, pspec);
}

static void
set_loading (CaseloadPager *pager,
             gboolean       loading)
{
  if (pager->loading == loading)
    return;
  pager->loading = loading;
  notify (pager, pager->loading_pspec);
}

/* @error NULL: reading works again. */
static void
set_failure (CaseloadPager *pager,
             const GError  *error)
{
  gboolean changed = g_strcmp0 (pager->error, error != NULL ? error->message : NULL) != 0;

  pager->error_domain = error != NULL ? error->domain : 0;
  pager->error_code = error != NULL ? error->code : 0;
  g_free (pager->error);
  pager->error = error != NULL ? g_strdup (error->message) : NULL;
  if (changed)
    notify (pager, pager->error_pspec);
}

/* The log gets the kind of error only, since a message may quote what was typed. */
static void
log_failure (const char   *what,
             const GError *error)
{
  /* A lost connection is the network's doing, not a fault in Caseload. */
  if (g_error_matches (error, CASELOAD_ERROR, CASELOAD_ERROR_CONNECTION))
    g_message ("Could not %s: the connection was lost", what);
  else
    g_warning ("Could not %s (%s %d)", what, g_quark_to_string (error->domain), error->code);
}


static void
page_fetched_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  PageRequest *request = user_data;
  CaseloadPager *pager = request->pager;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) loaded = pager->finish (request->owner, result, &error);

  if (loaded == NULL)
    {
      /* A reset cancels reads of pages nobody can see any more; that is not a fault.
       * Anything else goes to the owner, which tells the user; the log gets the kind
       * of error only, since a message may quote what was typed. */
      if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          log_failure ("read a page of a list", error);
          /* Its placeholders stay; caseload_pager_read_again() fills them later. */
          g_array_append_val (pager->failed_pages, request->index);
          if (pager->count != NULL)
            set_failure (pager, error);
          if (pager->failed != NULL)
            pager->failed (request->owner, error);
        }
      page_request_free (request);
      return;
    }

  for (guint i = 0; i < loaded->len && i < request->page->len; i++)
    pager->fill (g_ptr_array_index (request->page, i), g_ptr_array_index (loaded, i));

  page_request_free (request);
}

static void
fetch_into (CaseloadPager *pager,
            guint          index,
            GPtrArray     *page)
{
  PageRequest *request = g_new0 (PageRequest, 1);

  request->owner = g_object_ref (pager->owner);
  request->pager = pager;
  request->page = g_ptr_array_ref (page);
  request->index = index;
  pager->fetch (pager->owner, index * pager->page_size, page->len, pager->cancellable,
                page_fetched_cb, request);
}

static GPtrArray *
ensure_page (CaseloadPager *pager,
             guint          index)
{
  GPtrArray *page;
  guint offset = index * pager->page_size;
  guint length = MIN (pager->page_size, pager->n_items - offset);

  if (index < pager->pages->len && (page = g_ptr_array_index (pager->pages, index)) != NULL)
    return page;

  if (pager->pages->len <= index)
    g_ptr_array_set_size (pager->pages, (int) index + 1);

  page = g_ptr_array_new_full (length, g_object_unref);
  for (guint i = 0; i < length; i++)
    g_ptr_array_add (page, g_object_new (pager->item_type, "loaded", FALSE, NULL));
  g_ptr_array_index (pager->pages, index) = page;

  fetch_into (pager, index, page);
  return page;
}

gpointer
caseload_pager_get_item (CaseloadPager *pager,
                         guint          position)
{
  GPtrArray *page;

  if (position >= pager->n_items)
    return NULL;

  page = ensure_page (pager, position / pager->page_size);
  return g_object_ref (g_ptr_array_index (page, position % pager->page_size));
}

void
caseload_pager_reset (CaseloadPager *pager,
                      guint          n_items)
{
  g_cancellable_cancel (pager->cancellable);
  g_clear_object (&pager->cancellable);
  pager->cancellable = g_cancellable_new ();
  g_ptr_array_set_size (pager->pages, 0);
  g_array_set_size (pager->failed_pages, 0);
  pager->n_items = n_items;
}

/* Reads again every page whose read failed, into the placeholders already handed
 * out (so rows bound to them fill in); returns how many reads it started. */
guint
caseload_pager_read_again (CaseloadPager *pager)
{
  g_autoptr(GArray) failed = pager->failed_pages;
  guint started = 0;

  pager->failed_pages = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < failed->len; i++)
    {
      guint index = g_array_index (failed, guint, i);
      GPtrArray *page = index < pager->pages->len ? g_ptr_array_index (pager->pages, index) : NULL;

      if (page == NULL)
        continue;
      fetch_into (pager, index, page);
      started++;
    }

  return started;
}

void
caseload_pager_set_counter (CaseloadPager                *pager,
                            CaseloadPagerCountFunc        count,
                            CaseloadPagerCountFinishFunc  finish,
                            CaseloadPagerCountedFunc      counted,
                            GParamSpec                   *loading,
                            GParamSpec                   *error,
                            GParamSpec                   *n_items)
{
  g_assert (G_IS_LIST_MODEL (pager->owner));

  pager->count = count;
  pager->count_finish = finish;
  pager->counted = counted;
  pager->loading_pspec = loading;
  pager->error_pspec = error;
  pager->n_items_pspec = n_items;
}

typedef struct {
  GObject       *owner;
  CaseloadPager *pager;
} CountRequest;

static void
counted_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  CountRequest *request = user_data;
  g_autoptr(GObject) owner = request->owner;  /* keeps the pager alive until we are done */
  CaseloadPager *pager = request->pager;
  g_autoptr(GError) error = NULL;
  guint old_count;
  guint count = 0;

  g_free (request);

  if (!pager->count_finish (owner, result, &count, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      log_failure ("count a list", error);
      set_failure (pager, error);
      set_loading (pager, FALSE);
      return;
    }

  set_failure (pager, NULL);
  old_count = pager->n_items;
  caseload_pager_reset (pager, count);
  pager->loading = FALSE;
  pager->counted (owner);
  g_list_model_items_changed (G_LIST_MODEL (owner), 0, old_count, count);
  if (old_count != count)
    notify (pager, pager->n_items_pspec);
  /* After items-changed, so whoever looks at the loading state sees the new items. */
  notify (pager, pager->loading_pspec);
}

void
caseload_pager_count (CaseloadPager *pager)
{
  CountRequest *request;

  g_assert (pager->count != NULL);

  g_cancellable_cancel (pager->count_cancellable);
  g_clear_object (&pager->count_cancellable);
  pager->count_cancellable = g_cancellable_new ();

  set_loading (pager, TRUE);
  request = g_new0 (CountRequest, 1);
  request->owner = g_object_ref (pager->owner);
  request->pager = pager;
  pager->count (pager->owner, pager->count_cancellable, counted_cb, request);
}

gboolean
caseload_pager_get_loading (CaseloadPager *pager)
{
  return pager->loading;
}

const char *
caseload_pager_get_error (CaseloadPager *pager)
{
  return pager->error;
}

gboolean
caseload_pager_error_matches (CaseloadPager *pager,
                              GQuark         domain,
                              int            code)
{
  return pager->error != NULL && pager->error_domain == domain && pager->error_code == code;
}

static GType
pager_get_item_type (GListModel *model)
{
  return ((CaseloadPager *) g_object_get_qdata (G_OBJECT (model), caseload_pager_quark ()))->item_type;
}

static guint
pager_get_n_items (GListModel *model)
{
  CaseloadPager *pager = g_object_get_qdata (G_OBJECT (model), caseload_pager_quark ());

  /* Finalizing: the pager is gone first. */
  return pager != NULL ? pager->n_items : 0;
}

static gpointer
pager_get_item (GListModel *model,
                guint       position)
{
  CaseloadPager *pager = g_object_get_qdata (G_OBJECT (model), caseload_pager_quark ());

  return pager != NULL ? caseload_pager_get_item (pager, position) : NULL;
}

void
caseload_pager_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = pager_get_item_type;
  iface->get_n_items = pager_get_n_items;
  iface->get_item = pager_get_item;
}
