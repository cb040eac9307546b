/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "caseload-store.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_PAGED_LIST (caseload_paged_list_get_type ())
G_DECLARE_DERIVABLE_TYPE (CaseloadPagedList, caseload_paged_list, CASELOAD, PAGED_LIST, GObject)

/*
 * The lazy list models over the store that count first (the person list, the caseload
 * lists): a GListModel filled by CaseloadPager, the count read first, then pages as the
 * view asks, each in a worker thread; placeholders ("loaded" FALSE) filled in place.
 * Properties: "loading" (ro: a count is being read), "n-items" (ro), "error" (ro: why
 * reading failed, for the user, or NULL). A subclass says how to count and read a page
 * of what it shows, and takes up the query it counted for in counted().
 */
struct _CaseloadPagedListClass
{
  GObjectClass parent_class;

  GType      item_type;   /* with a "loaded" property */
  guint      page_size;

  void       (*count)        (CaseloadPagedList *self, GCancellable *cancellable,
                              GAsyncReadyCallback callback, gpointer user_data);
  gboolean   (*count_finish) (CaseloadPagedList *self, GAsyncResult *result, guint *n_items,
                              GError **error);
  void       (*fetch)        (CaseloadPagedList *self, guint offset, guint limit, GCancellable *cancellable,
                              GAsyncReadyCallback callback, gpointer user_data);
  GPtrArray *(*fetch_finish) (CaseloadPagedList *self, GAsyncResult *result, GError **error);
  void       (*fill)         (gpointer placeholder, gpointer loaded);
  void       (*counted)      (CaseloadPagedList *self);
};

/* For subclasses: the store and actor to read for (set once, before the first count). */
void           caseload_paged_list_set_source    (CaseloadPagedList *self,
                                                  CaseloadStore     *store,
                                                  CaseloadStaff     *actor);
CaseloadStore *caseload_paged_list_get_store     (CaseloadPagedList *self);
CaseloadStaff *caseload_paged_list_get_actor     (CaseloadPagedList *self);
gboolean       caseload_paged_list_get_loading   (CaseloadPagedList *self);
const char    *caseload_paged_list_get_error     (CaseloadPagedList *self);
gboolean       caseload_paged_list_error_matches (CaseloadPagedList *self,
                                                  GQuark             domain,
                                                  int                code);
/* Reads the count again and drops cached pages (after a save, or a new query). */
void           caseload_paged_list_reload        (CaseloadPagedList *self);

G_END_DECLS
