/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "caseload-ips.h"

void
caseload_ips_figures_clear (CaseloadIpsFigures *figures)
{
  g_clear_pointer (&figures->specialist_id, g_free);
  g_clear_pointer (&figures->specialist_name, g_free);
}
