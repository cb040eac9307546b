/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include "caseload-error.h"

G_DEFINE_QUARK (caseload-error-quark, caseload_error)
