/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "caseload-application.h"

G_BEGIN_DECLS

/* caseload-application-actions.c */
void _caseload_application_init_actions (CaseloadApplication *self);

G_END_DECLS
