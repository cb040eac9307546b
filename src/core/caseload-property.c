/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include "caseload-property.h"

gboolean
caseload_property_set_string (char       **field,
                              const char  *value)
{
  char *copy;

  if (value != NULL && value[0] == '\0')
    value = NULL;

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  /* copy first: @value may point into the old string */
  copy = g_strdup (value);
  g_free (*field);
  *field = copy;

  return TRUE;
}
