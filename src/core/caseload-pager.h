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

G_END_DECLS
