/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "caseload-person.h"

G_BEGIN_DECLS

/*
 * How the caseload search box is understood, shared by both stores so that a search
 * finds the same people on a desk and on the shared site. Pure text work: no database.
 */

typedef enum {
  CASELOAD_SEARCH_ALL,
  CASELOAD_SEARCH_TEXT,
  CASELOAD_SEARCH_NHS_NUMBER,
  CASELOAD_SEARCH_DATE_OF_BIRTH,
} CaseloadSearchKind;

typedef struct {
  CaseloadSearchKind  kind;
  /* TEXT: the words as an FTS5 expression of quoted prefix terms ("sa"* "ok"*);
   * NHS_NUMBER: the digits typed (a prefix); DATE_OF_BIRTH: the ISO date. */
  char               *match;
  char               *upper;    /* NHS_NUMBER: the prefix's upper bound (exclusive) */
  GStrv               tokens;   /* TEXT: the folded words, each a prefix every match has */
} CaseloadSearch;

void        caseload_search_parse         (const char *text, CaseloadSearch *search);
void        caseload_search_clear         (CaseloadSearch *search);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CaseloadSearch, caseload_search_clear)

/* Lower case, and Latin letters without their accents; other scripts lower-cased. */
char       *caseload_search_fold          (const char *text);
/* Why @person matched when it was not by the name shown: "preferred-name",
 * "postcode", "nhs-number", "date-of-birth", or NULL. */
const char *caseload_search_explain_match (const CaseloadSearch *search, CaseloadPerson *person);
/* "all", "text", "nhs-number" or "date-of-birth", for the audit. */
const char *caseload_search_kind_code     (const CaseloadSearch *search);
/* The audit detail of a search: its kind, the page asked for, how many came back, and
 * whether it was an emergency-access lookup of a restricted record. */
char       *caseload_search_audit_detail  (const CaseloadSearch *search, guint offset, guint returned,
                                           gboolean restricted);
/* A complete NHS number (ten digits), which may find a record for emergency access. */
gboolean    caseload_search_is_full_nhs_number (const CaseloadSearch *search);

G_END_DECLS
