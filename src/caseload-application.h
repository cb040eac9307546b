/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "caseload-core.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_APPLICATION (caseload_application_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadApplication, caseload_application, CASELOAD, APPLICATION, AdwApplication)

/* The application: opens the store named on the command line (--database PATH or a
 * postgresql:// URI), else the one in the "database-uri" setting, else the default one;
 * owns the CaseloadContext its windows share, and holds the app-wide actions. */
CaseloadApplication *caseload_application_new         (void);
/* NULL until the store is open. */
CaseloadContext     *caseload_application_get_context (CaseloadApplication *self);
/* The application's settings; NULL when the schema is not installed. Changing
 * "database-uri" opens that store for each window's next sign-in. */
GSettings           *caseload_application_get_settings (CaseloadApplication *self);
/* --database PATH|URI, which wins over "database-uri"; NULL when not given. */
const char          *caseload_application_get_command_line_location (CaseloadApplication *self);

G_END_DECLS
