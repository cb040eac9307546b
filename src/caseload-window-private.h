/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "caseload-person-page.h"
#include "caseload-window.h"

G_BEGIN_DECLS

struct _CaseloadWindow
{
  AdwApplicationWindow  parent_instance;

  /* Owned */
  CaseloadContext      *context;
  CaseloadPersonList   *people;
  GSettings            *settings;
  GPtrArray            *search_history;
  guint                 history_position;
  gint64                last_navigation_key;
  guint                 open_source;
  char                 *selected_id;
  guint                 selected_position;
  guint                 open_first_pending : 1;
  guint                 show_when_loaded : 1;

  /* Template children */
  AdwToastOverlay      *toast_overlay;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar;
  GtkWidget            *content;
  AdwWindowTitle       *sidebar_title;
  GtkSearchEntry       *search_entry;
  GtkStack             *sidebar_stack;
  AdwStatusPage        *read_error_page;
  GtkListView          *list_view;
  GtkSingleSelection   *selection;
  GtkLabel             *count_label;
  GtkStack             *content_stack;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  CaseloadPersonPage   *person_page;
};

/* caseload-window.c */
void _caseload_window_remember_search    (CaseloadWindow      *self);
void _caseload_window_open_person        (CaseloadWindow      *self,
                                          const char          *person_id,
                                          gboolean             show);

/* caseload-window-actions.c */
void _caseload_window_class_actions_init (CaseloadWindowClass *klass);
void _caseload_window_update_actions     (CaseloadWindow      *self);

G_END_DECLS
