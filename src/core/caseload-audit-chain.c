/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include <string.h>

#include "caseload-audit-chain.h"

char *
caseload_audit_chain_canonical (gint64      seq,
                                const char *occurred_at,
                                const char *staff_id,
                                const char *action,
                                const char *person_id,
                                const char *detail)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT "\x1f%s\x1f%s\x1f%s\x1f%s\x1f%s",
                          seq,
                          occurred_at != NULL ? occurred_at : "",
                          staff_id != NULL ? staff_id : "",
                          action != NULL ? action : "",
                          person_id != NULL ? person_id : "",
                          detail != NULL ? detail : "");
}

char *
caseload_audit_chain_hash (const char *prev_hash,
                           const char *canonical)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);

  g_checksum_update (checksum, (const guchar *) prev_hash, -1);
  g_checksum_update (checksum, (const guchar *) "\n", 1);
  g_checksum_update (checksum, (const guchar *) canonical, -1);
  return g_strdup (g_checksum_get_string (checksum));
}

char *
caseload_audit_json_string (const char *text)
{
  GString *json;

  if (text == NULL)
    return g_strdup ("null");

  json = g_string_sized_new (strlen (text) + 2);
  g_string_append_c (json, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      switch (c)
        {
        case '"':  g_string_append (json, "\\\""); break;
        case '\\': g_string_append (json, "\\\\"); break;
        case '\n': g_string_append (json, "\\n"); break;
        case '\r': g_string_append (json, "\\r"); break;
        case '\t': g_string_append (json, "\\t"); break;
        default:
          if (c < 0x20)
            g_string_append_printf (json, "\\u%04x", c);
          else
            g_string_append_c (json, (char) c);
          break;
        }
    }
  g_string_append_c (json, '"');
  return g_string_free (json, FALSE);
}
