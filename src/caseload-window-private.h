/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "caseload-case-pane.h"
#include "caseload-cohort-page.h"
#include "caseload-groups-pane.h"
#include "caseload-notifier.h"
#include "caseload-password-page.h"
#include "caseload-person-page.h"
#include "caseload-sign-in-page.h"
#include "caseload-task-pane.h"
#include "caseload-window.h"

G_BEGIN_DECLS

typedef enum {
  CASELOAD_WINDOW_SIGNED_OUT,   /* the sign-in page; nobody's caseload is built */
  CASELOAD_WINDOW_SIGNED_IN,    /* the caseload of the context's actor */
  CASELOAD_WINDOW_LOCKED,       /* the sign-in page over a session kept for its owner */
} CaseloadWindowState;

typedef enum {
  CASELOAD_LOCK_USER,           /* Lock (Ctrl+L): the username stays filled in */
  CASELOAD_LOCK_IDLE,           /* nobody touched the desk for idle-lock-minutes */
  CASELOAD_LOCK_SWITCH_USER,    /* Switch User…: a blank sign-in page */
} CaseloadLockReason;

struct _CaseloadWindow
{
  AdwApplicationWindow  parent_instance;

  /* Owned: the window */
  CaseloadContext      *context;
  GSettings            *settings;

  /* Owned: the caseload of whoever is signed in; rebuilt for each staff member, NULL
   * while signed out. The person page belongs to person_bin. */
  CaseloadPersonList   *people;
  CaseloadPersonPage   *person_page;
  GPtrArray            *search_history;
  GPtrArray            *toasts;
  guint                 history_position;
  gint64                last_navigation_key;
  guint                 open_source;
  char                 *selected_id;
  guint                 selected_position;
  guint                 open_first_pending : 1;
  guint                 show_when_loaded : 1;

  /* Owned: the session (caseload-window-session.c) */
  CaseloadWindowState   state;
  char                 *locked_staff_id;    /* whose session a lock keeps */
  GPtrArray            *hidden_windows;     /* forms and dialogs hidden by the lock */
  GtkWidget            *focus_before_lock;  /* weak */
  CaseloadStore        *pending_store;      /* the desk's new database, for the next sign-in */
  GDateTime            *last_activity;      /* on the context's clock */
  gint64                last_activity_noted;
  guint                 idle_source;
  int                   idle_lock_minutes;

  /* Owned: the connection to the shared site (caseload-window-connection.c) */
  GCancellable         *reconnect_cancellable;
  guint                 reconnect_source;
  guint                 connection_lost : 1;
  guint                 probing : 1;

  /* Owned: the sidebar's lists (caseload-window-lists.c) */
  GPtrArray            *list_ids;           /* index into the lists table of each choice */
  int                   list_index;         /* the list on show, -1 before the first */
  CaseloadNotifier     *notifier;           /* the signed-in worker's reminders */
  CaseloadCohortPage   *cohort_page;        /* the group open in the content area, or NULL;
                                               belongs to content_stack */

  /* Template children */
  GtkStack             *main_stack;
  CaseloadSignInPage   *sign_in_page;
  CaseloadPasswordPage *password_page;
  AdwToastOverlay      *toast_overlay;
  GtkRevealer          *connection_revealer;
  GtkSpinner           *connection_spinner;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar;
  GtkWidget            *content;
  AdwWindowTitle       *sidebar_title;
  GtkDropDown          *list_dropdown;
  GtkSearchEntry       *search_entry;
  GtkStack             *lists_stack;
  CaseloadCasePane     *case_pane;
  CaseloadTaskPane     *task_pane;
  CaseloadGroupsPane   *groups_pane;
  GtkStack             *sidebar_stack;
  AdwStatusPage        *read_error_page;
  GtkListView          *list_view;
  GtkSingleSelection   *selection;
  GtkLabel             *count_label;
  GtkStack             *content_stack;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  AdwBin               *person_bin;
};

/* caseload-window.c */
void     _caseload_window_remember_search    (CaseloadWindow      *self);
void     _caseload_window_open_person        (CaseloadWindow      *self,
                                              const char          *person_id,
                                              gboolean             show);
/* Builds the caseload and an empty person page for @actor, after dropping the previous
 * one's (list, page, search, history, toasts); NULL just drops them. */
void     _caseload_window_set_caseload       (CaseloadWindow      *self,
                                              CaseloadStaff       *actor);

void     _caseload_window_update_sidebar     (CaseloadWindow      *self);

/* caseload-window-lists.c: which list the sidebar shows */
void     _caseload_window_class_lists_init   (CaseloadWindowClass *klass);
void     _caseload_window_lists_dispose      (CaseloadWindow      *self);
/* Each list for @actor (NULL: none), and the one they had last. */
void     _caseload_window_lists_set_actor    (CaseloadWindow      *self,
                                              CaseloadStaff       *actor);
void     _caseload_window_lists_reload       (CaseloadWindow      *self);
gboolean _caseload_window_showing_people     (CaseloadWindow      *self);
/* The count line of the list on show, NULL for People (the window's own). */
const char *_caseload_window_get_list_summary (CaseloadWindow     *self);
void     _caseload_window_search_list        (CaseloadWindow      *self,
                                              const char          *text);
gboolean _caseload_window_focus_list         (CaseloadWindow      *self);
/* Drops the open STEPPS group's page (a new worker, or nobody, signed in). */
void     _caseload_window_close_cohort       (CaseloadWindow      *self);

/* caseload-window-session.c */
void     _caseload_window_class_session_init (CaseloadWindowClass *klass);
void     _caseload_window_session_init       (CaseloadWindow      *self);
void     _caseload_window_session_dispose    (CaseloadWindow      *self);
void     _caseload_window_lock               (CaseloadWindow      *self,
                                              CaseloadLockReason   reason);
/* TRUE when the window is locked over forms left open: it asks before discarding them,
 * and closes itself if told to. */
gboolean _caseload_window_close_locked       (CaseloadWindow      *self);

/* caseload-window-connection.c */
void     _caseload_window_class_connection_init (CaseloadWindowClass *klass);
void     _caseload_window_connection_init    (CaseloadWindow      *self);
void     _caseload_window_connection_dispose (CaseloadWindow      *self);
void     _caseload_window_connection_check_list (CaseloadWindow   *self);
void     _caseload_window_connection_reset   (CaseloadWindow      *self);

/* caseload-window-actions.c */
void     _caseload_window_class_actions_init (CaseloadWindowClass *klass);
void     _caseload_window_update_actions     (CaseloadWindow      *self);

G_END_DECLS
