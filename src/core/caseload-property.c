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

void
caseload_property_copy_all (gpointer from,
                            gpointer to)
{
  guint n = 0;
  g_autofree GParamSpec **specs = g_object_class_list_properties (G_OBJECT_GET_CLASS (from), &n);

  g_object_freeze_notify (to);
  for (guint i = 0; i < n; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if ((specs[i]->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE ||
          (specs[i]->flags & G_PARAM_CONSTRUCT_ONLY) != 0)
        continue;
      g_value_init (&value, specs[i]->value_type);
      g_object_get_property (from, specs[i]->name, &value);
      g_object_set_property (to, specs[i]->name, &value);
    }
  g_object_thaw_notify (to);
}
