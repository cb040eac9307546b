/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/*
 * The paging behind the core's lazy list models: items are placeholders until their
 * page has been read in a worker, then filled in place (so bound rows update without
 * items-changed). Internal to libcaseload-core.
 */
typedef struct _CaseloadPager CaseloadPager;

typedef void       (*CaseloadPagerFetchFunc)  (GObject *owner, guint offset, guint limit,
                                               GCancellable *cancellable,
                                               GAsyncReadyCallback callback, gpointer user_data);
typedef GPtrArray *(*CaseloadPagerFinishFunc) (GObject *owner, GAsyncResult *result, GError **error);
typedef void       (*CaseloadPagerFillFunc)   (gpointer placeholder, gpointer loaded);
/* A page could not be read (never called for reads a reset cancelled). */
typedef void       (*CaseloadPagerErrorFunc)  (GObject *owner, const GError *error);

/* Counting, for the models whose count comes first (caseload_pager_count()). */
typedef void       (*CaseloadPagerCountFunc)       (GObject *owner, GCancellable *cancellable,
                                                    GAsyncReadyCallback callback, gpointer user_data);
typedef gboolean   (*CaseloadPagerCountFinishFunc) (GObject *owner, GAsyncResult *result, guint *count,
                                                    GError **error);
/* The count arrived and the pages were dropped: the owner takes up the query it counted
 * for (the pager then emits items-changed on it). */
typedef void       (*CaseloadPagerCountedFunc)     (GObject *owner);

CaseloadPager *caseload_pager_new         (GObject                 *owner,
                                           GType                    item_type,
                                           guint                    page_size,
                                           CaseloadPagerFetchFunc   fetch,
                                           CaseloadPagerFinishFunc  finish,
                                           CaseloadPagerFillFunc    fill,
                                           CaseloadPagerErrorFunc   failed);
void           caseload_pager_free        (CaseloadPager *pager);
guint          caseload_pager_get_n_items (CaseloadPager *pager);
gpointer       caseload_pager_get_item    (CaseloadPager *pager, guint position);
/* Drops every page and in-flight read; the owner emits items-changed for the swap. */
void           caseload_pager_reset       (CaseloadPager *pager, guint n_items);
/* Reads again the pages whose read failed, into the same placeholders; how many. */
guint          caseload_pager_read_again  (CaseloadPager *pager);

/* Counting first: caseload_pager_count() cancels any count under way, counts, and on
 * arrival resets to the count, calls @counted, and emits items-changed on the owner (a
 * GListModel). A failed count or page read keeps its error (for the user) until a count
 * succeeds. The pager notifies the owner's @loading, @error and @n_items properties. */
void           caseload_pager_set_counter (CaseloadPager                *pager,
                                           CaseloadPagerCountFunc        count,
                                           CaseloadPagerCountFinishFunc  finish,
                                           CaseloadPagerCountedFunc      counted,
                                           GParamSpec                   *loading,
                                           GParamSpec                   *error,
                                           GParamSpec                   *n_items);
/* A GListModel whose items are its pager's: for the owner's G_IMPLEMENT_INTERFACE. */
void           caseload_pager_list_model_init (GListModelInterface *iface);
void           caseload_pager_count       (CaseloadPager *pager);
gboolean       caseload_pager_get_loading (CaseloadPager *pager);
const char    *caseload_pager_get_error   (CaseloadPager *pager);
gboolean       caseload_pager_error_matches (CaseloadPager *pager, GQuark domain, int code);

G_END_DECLS
