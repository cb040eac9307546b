/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "caseload-core.h"
#include "caseload-thresholds-page.h"
#include "caseload-wait-standard-group.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_PREFERENCES_WINDOW (caseload_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadPreferencesWindow, caseload_preferences_window, CASELOAD, PREFERENCES_WINDOW, AdwPreferencesWindow)

/*
 * Preferences → Connection: this desk's own database, or a shared site (a PostgreSQL
 * address, checked as it is typed). Apply stores the choice in @settings'
 * "database-uri" (empty for this desk); it takes effect at the next sign-in. When
 * Caseload was started with --database (@command_line_location, NULL otherwise), the
 * page says that the command line wins until Caseload is started without it.
 */
CaseloadPreferencesWindow *caseload_preferences_window_new       (GtkWindow  *parent,
                                                                  GSettings  *settings,
                                                                  const char *command_line_location);

/* For tests: the address field, the message beside it (NULL when none), and whether
 * Apply would store something now. */
GtkEditable *caseload_preferences_window_get_uri_field (CaseloadPreferencesWindow *self);
const char  *caseload_preferences_window_get_uri_error (CaseloadPreferencesWindow *self);
void         caseload_preferences_window_set_shared    (CaseloadPreferencesWindow *self,
                                                        gboolean                   shared);
gboolean     caseload_preferences_window_get_can_apply (CaseloadPreferencesWindow *self);

/* Thresholds and Waiting Times for whoever is signed in on @context (NULL: none). */
void         caseload_preferences_window_set_context   (CaseloadPreferencesWindow *self,
                                                        CaseloadContext           *context);
CaseloadThresholdsPage    *caseload_preferences_window_get_thresholds_page     (CaseloadPreferencesWindow *self);
CaseloadWaitStandardGroup *caseload_preferences_window_get_wait_standard_group (CaseloadPreferencesWindow *self,
                                                                                CaseloadUrgency            urgency);

G_END_DECLS
