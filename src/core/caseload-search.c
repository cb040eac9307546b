/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-store"

#include "config.h"

#include <string.h>

#include "caseload-search.h"
#include "caseload-validate.h"

/*
 * The search box, understood once for both stores: a date of birth, NHS number digits,
 * or words, each a prefix of some word of a name, the postcode or the NHS number.
 */

void
caseload_search_clear (CaseloadSearch *search)
{
  g_clear_pointer (&search->match, g_free);
  g_clear_pointer (&search->upper, g_free);
  g_clear_pointer (&search->tokens, g_strfreev);
}

/* Search folding: lower case, and Latin letters without their accents ("Żółkiewska"
 * → "zolkiewska", which the tokenizer alone would leave as "zołkiewska"). Letters
 * with no Latin form (Arabic, Bengali, Chinese…) are kept, lower-cased. The SQLite index is
 * built with this function (caseload_fold() in SQL); PostgreSQL's caseload.fold() is its twin. */
char *
caseload_search_fold (const char *text)
{
  GString *folded = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x80)
        g_string_append_c (folded, g_ascii_tolower ((char) c));
      else
        {
          char utf8[7] = { 0 };
          g_autofree char *ascii = NULL;

          g_unichar_to_utf8 (c, utf8);
          ascii = g_str_to_ascii (utf8, "C");
          if (ascii[0] == '?' || ascii[0] == '\0')
            g_string_append_unichar (folded, g_unichar_tolower (c));
          else
            for (const char *a = ascii; *a != '\0'; a++)
              g_string_append_c (folded, g_ascii_tolower (*a));
        }
    }
  return g_string_free (folded, FALSE);
}

/* Letters and digits of any script make words; ASCII punctuation and spaces split them. */
static inline gboolean
is_word_byte (char c)
{
  return g_ascii_isalnum (c) || (guchar) c >= 0x80;
}

/* TRUE if some word of @field starts with @token (both folded). */
static gboolean
field_has_word_prefix (const char *field,
                       const char *token)
{
  g_autofree char *folded = NULL;
  const char *p;

  if (field == NULL || *field == '\0')
    return FALSE;

  folded = caseload_search_fold (field);
  for (p = folded; *p != '\0'; )
    {
      while (*p != '\0' && !is_word_byte (*p))
        p++;
      if (*p == '\0')
        break;
      if (g_str_has_prefix (p, token))
        return TRUE;
      while (*p != '\0' && is_word_byte (*p))
        p++;
    }
  return FALSE;
}

static gboolean
is_digits_and_spaces (const char *text,
                      guint      *n_digits)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        n++;
      else if (*p != ' ' && *p != '-')
        return FALSE;
    }
  *n_digits = n;
  return n > 0;
}

static gboolean
looks_like_compact_postcode (const char *word)
{
  static GRegex *shape = NULL;

  if (g_once_init_enter (&shape))
    g_once_init_leave (&shape, g_regex_new ("^[a-z]{1,2}[0-9][a-z0-9]?[0-9][a-z]{2}$",
                                            G_REGEX_OPTIMIZE, 0, NULL));
  return g_regex_match (shape, word, 0, NULL);
}

static void
add_term (GStrvBuilder *tokens,
          GString      *expression,
          const char   *word)
{
  g_strv_builder_add (tokens, word);
  if (expression->len > 0)
    g_string_append_c (expression, ' ');
  g_string_append_printf (expression, "\"%s\"*", word);
}

void
caseload_search_parse (const char     *text,
                       CaseloadSearch *search)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_autoptr(GStrvBuilder) tokens = g_strv_builder_new ();
  g_autoptr(GString) expression = g_string_new (NULL);
  g_autofree char *folded = NULL;
  guint n_digits = 0;
  GDate date;

  memset (search, 0, sizeof *search);

  if (*trimmed == '\0')
    {
      search->kind = CASELOAD_SEARCH_ALL;
      return;
    }

  /* A date first: "1984-03-12" is a birthday, "943-476-5919" an NHS number. */
  g_date_clear (&date, 1);
  if (strpbrk (trimmed, "/.-") != NULL && g_ascii_isdigit (trimmed[0])
      && caseload_parse_date (trimmed, &date, NULL))
    {
      search->kind = CASELOAD_SEARCH_DATE_OF_BIRTH;
      search->match = caseload_date_to_iso (&date);
      return;
    }

  if (is_digits_and_spaces (trimmed, &n_digits) && n_digits >= 3)
    {
      g_autoptr(GString) digits = g_string_new (NULL);

      for (const char *p = trimmed; *p != '\0'; p++)
        if (g_ascii_isdigit (*p))
          g_string_append_c (digits, *p);
      search->kind = CASELOAD_SEARCH_NHS_NUMBER;
      search->upper = g_strconcat (digits->str, ":", NULL);  /* ':' sorts after '9' */
      search->match = g_string_free (g_steal_pointer (&digits), FALSE);
      return;
    }

  /* Words become prefix terms, all of which must match: "sa ok" finds Sandy Okafor.
   * Words are quoted and only letters and digits reach FTS5, so no query syntax can
   * be injected. */
  folded = caseload_search_fold (trimmed);
  for (char *p = folded; *p != '\0'; )
    {
      char *start;

      while (*p != '\0' && !is_word_byte (*p))
        p++;
      if (*p == '\0')
        break;
      start = p;
      while (*p != '\0' && is_word_byte (*p))
        p++;
      {
        g_autofree char *word = g_strndup (start, (gsize) (p - start));
        gsize length = strlen (word);

        /* "rm176sl" is the postcode RM17 6SL typed without its space. */
        if (looks_like_compact_postcode (word))
          {
            g_autofree char *outward = g_strndup (word, length - 3);

            add_term (tokens, expression, outward);
            add_term (tokens, expression, word + length - 3);
          }
        else
          add_term (tokens, expression, word);
      }
    }

  if (expression->len == 0)
    {
      search->kind = CASELOAD_SEARCH_ALL;
      return;
    }

  search->kind = CASELOAD_SEARCH_TEXT;
  search->match = g_string_free (g_steal_pointer (&expression), FALSE);
  search->tokens = g_strv_builder_end (tokens);
}

/* Says why a person matched when it was not by the name shown in the row. */
const char *
caseload_search_explain_match (const CaseloadSearch *search,
                               CaseloadPerson       *person)
{
  gboolean by_name = TRUE;
  gboolean by_preferred = TRUE;
  gboolean by_postcode = FALSE;

  switch (search->kind)
    {
    case CASELOAD_SEARCH_NHS_NUMBER:
      return "nhs-number";
    case CASELOAD_SEARCH_DATE_OF_BIRTH:
      return "date-of-birth";
    case CASELOAD_SEARCH_ALL:
      return NULL;
    case CASELOAD_SEARCH_TEXT:
    default:
      break;
    }

  for (guint i = 0; search->tokens[i] != NULL; i++)
    {
      const char *token = search->tokens[i];
      gboolean in_name = field_has_word_prefix (caseload_person_get_given_name (person), token)
                         || field_has_word_prefix (caseload_person_get_family_name (person), token);

      if (!in_name)
        by_name = FALSE;
      if (!in_name && !field_has_word_prefix (caseload_person_get_preferred_name (person), token))
        by_preferred = FALSE;
      if (!in_name && (field_has_word_prefix (caseload_person_get_postcode (person), token)
                       || field_has_word_prefix (caseload_person_get_nhs_number (person), token)))
        by_postcode = TRUE;
    }

  if (by_name)
    return NULL;
  if (by_preferred)
    return "preferred-name";
  if (by_postcode)
    {
      /* A compact postcode ("rm176sl") or NHS digits typed with letters nearby. */
      for (guint i = 0; search->tokens[i] != NULL; i++)
        if (field_has_word_prefix (caseload_person_get_nhs_number (person), search->tokens[i]))
          return "nhs-number";
      return "postcode";
    }
  return "postcode";
}

const char *
caseload_search_kind_code (const CaseloadSearch *search)
{
  switch (search->kind)
    {
    case CASELOAD_SEARCH_TEXT:
      return "text";
    case CASELOAD_SEARCH_NHS_NUMBER:
      return "nhs-number";
    case CASELOAD_SEARCH_DATE_OF_BIRTH:
      return "date-of-birth";
    case CASELOAD_SEARCH_ALL:
    default:
      return "all";
    }
}


gboolean
caseload_search_is_full_nhs_number (const CaseloadSearch *search)
{
  return search->kind == CASELOAD_SEARCH_NHS_NUMBER && strlen (search->match) == 10;
}

char *
caseload_search_audit_detail (const CaseloadSearch *search,
                              guint                 offset,
                              guint                 returned,
                              gboolean              restricted)
{
  return g_strdup_printf ("{\"kind\":\"%s\",\"offset\":%u,\"returned\":%u,\"restricted\":%s}",
                          caseload_search_kind_code (search), offset, returned,
                          restricted ? "true" : "false");
}
