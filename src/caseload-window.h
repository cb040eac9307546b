/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "caseload-core.h"
#include "caseload-password-page.h"
#include "caseload-person-page.h"
#include "caseload-sign-in-page.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_WINDOW (caseload_window_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadWindow, caseload_window, CASELOAD, WINDOW, AdwApplicationWindow)

/*
 * The main window. It opens on the sign-in page; the caseload (the list on the left,
 * the open person on the right) is built for whoever signs in, and rebuilt for the next
 * person. Lock (Ctrl+L), Switch User… and a desk left idle for "idle-lock-minutes"
 * (GSettings, default 5) go back to the sign-in page and hide the forms and dialogs
 * open over the window: the same person signing in gets everything back as it was;
 * anyone else gets a fresh caseload, and what was left open is destroyed unseen.
 *
 * @app may be NULL (tests). If @context already has an actor, the window starts signed
 * in as them, with no password asked: tests use this to skip Argon2id.
 *
 * Idle time is measured on the context's clock from the last key, button, scroll or
 * pointer motion in any of the application's windows, and checked every few seconds;
 * tests pin the clock, move it on and call caseload_window_check_idle().
 */
CaseloadWindow       *caseload_window_new                 (GtkApplication  *app,
                                                           CaseloadContext *context);
CaseloadContext      *caseload_window_get_context         (CaseloadWindow  *self);
/* Shows a short message over the caseload ("Entry added"); dropped at the next sign-in
 * by someone else. */
void                  caseload_window_add_toast           (CaseloadWindow  *self,
                                                           const char      *title);
/* Locks the desk (as win.lock does), audited as "lock". Does nothing unless signed in. */
void                  caseload_window_lock                (CaseloadWindow  *self);
gboolean              caseload_window_get_signed_in       (CaseloadWindow  *self);
gboolean              caseload_window_get_locked          (CaseloadWindow  *self);
/* Locks now if the desk has been idle for idle-lock-minutes by the context's clock;
 * the window calls it every few seconds. Returns TRUE if it locked. */
gboolean              caseload_window_check_idle          (CaseloadWindow  *self);

/* TRUE while the banner says the connection to the shared site is lost: from a store
 * call failing with CASELOAD_ERROR_CONNECTION until a retry (every few seconds, or
 * win.reconnect) reads again. Property "connection-lost" (ro). */
gboolean              caseload_window_get_connection_lost (CaseloadWindow  *self);

/* The desk's database setting changed: @store is used from the next sign-in that
 * keeps nobody's open work (at once, if the window is at its sign-in page with none). */
void                  caseload_window_set_pending_store   (CaseloadWindow  *self,
                                                           CaseloadStore   *store);

/* For tests: the parts a test drives or reads. The person list and page are NULL while
 * signed out, and new after someone else signs in. */
CaseloadPersonList   *caseload_window_get_person_list     (CaseloadWindow  *self);
GtkSingleSelection   *caseload_window_get_selection       (CaseloadWindow  *self);
GtkSearchEntry       *caseload_window_get_search_entry    (CaseloadWindow  *self);
/* The list chooser (its items are the lists the actor's role has, by name), and the
 * caseload and task lists (a CaseloadCasePane, a CaseloadTaskPane). */
GtkDropDown          *caseload_window_get_list_chooser    (CaseloadWindow  *self);
GtkWidget            *caseload_window_get_case_pane       (CaseloadWindow  *self);
GtkWidget            *caseload_window_get_task_pane       (CaseloadWindow  *self);
/* Groups (a CaseloadGroupsPane), and the STEPPS group open in the content area (a
 * CaseloadCohortPage, NULL before one is opened). */
GtkWidget            *caseload_window_get_groups_pane     (CaseloadWindow  *self);
GtkWidget            *caseload_window_get_cohort_page     (CaseloadWindow  *self);
/* The line under the list: "40 people", "37 waiting · 4 breached". */
const char           *caseload_window_get_count_text      (CaseloadWindow  *self);
CaseloadPersonPage   *caseload_window_get_person_page     (CaseloadWindow  *self);
CaseloadSignInPage   *caseload_window_get_sign_in_page    (CaseloadWindow  *self);
CaseloadPasswordPage *caseload_window_get_password_page   (CaseloadWindow  *self);
/* The store waiting for the next sign-in (caseload_window_set_pending_store), or NULL. */
CaseloadStore        *caseload_window_get_pending_store   (CaseloadWindow  *self);

G_END_DECLS
