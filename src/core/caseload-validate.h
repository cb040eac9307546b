/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "caseload-network-member.h"
#include "caseload-person.h"
#include "caseload-timeline-entry.h"

G_BEGIN_DECLS

/* Length limits, in characters. */
#define CASELOAD_MAX_NAME                 100
#define CASELOAD_MAX_SHORT_TEXT           60
#define CASELOAD_MAX_ADDRESS              500
#define CASELOAD_MAX_PHONE                30
#define CASELOAD_MAX_EMAIL                254
#define CASELOAD_MAX_LONG_TEXT            2000
#define CASELOAD_MAX_ENTRY_TEXT           20000

/**
 * CaseloadFieldError:
 * @field: the property name of the field at fault ("nhs-number", "given-name", …)
 * @message: a translated sentence saying what is wrong and what to do
 */
typedef struct {
  char *field;
  char *message;
} CaseloadFieldError;

CaseloadFieldError *caseload_field_error_new  (const char *field, const char *message);
void                caseload_field_error_free (CaseloadFieldError *error);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CaseloadFieldError, caseload_field_error_free)

/* Building a check's answer: an empty array of CaseloadFieldError, one more error, and
 * the error caseload_validate_text() finds with @value (none when it is fine). */
GPtrArray          *caseload_field_errors_new (void);
void                caseload_field_errors_add (GPtrArray *errors, const char *field, const char *message);
void                caseload_field_errors_check_text (GPtrArray *errors, const char *field, const char *label,
                                                      const char *value, gboolean required, guint max_chars);
/* A date field (as caseload_parse_date() reads it): @missing, if not NULL, when it is
 * empty; "@label “…” is not a date: write it as dd/mm/yyyy." when it is not one. TRUE
 * with @date set when it is a date. */
gboolean            caseload_field_errors_check_date (GPtrArray *errors, const char *field, const char *label,
                                                      const char *value, const char *missing, GDate *date);

/* Dates typed by people: "dd/mm/yyyy", "d/m/yyyy", "dd-mm-yyyy", "dd.mm.yyyy" or
 * "yyyy-mm-dd". Returns FALSE with CASELOAD_ERROR_VALIDATION for anything else or an
 * impossible day (31/02/1990). */
gboolean   caseload_parse_date        (const char *text, GDate *date, GError **error);
/* "dd/mm/yyyy HH:MM" (or a date alone, meaning 00:00) in @tz; returns a UTC GDateTime. */
GDateTime *caseload_parse_date_time   (const char *text, GTimeZone *tz, GError **error);
/* ISO "YYYY-MM-DD" for @date. */
char      *caseload_date_to_iso       (const GDate *date);
/* "dd/mm/yyyy" for display and editing, from an ISO date; NULL in, NULL out. */
char      *caseload_date_iso_to_display (const char *iso);

/* Each returns the normalised value (trimmed; postcode upper case with one space;
 * date of birth as ISO) or NULL with CASELOAD_ERROR_VALIDATION. */
char      *caseload_validate_date_of_birth (const char *text, const GDate *today, GError **error);
char      *caseload_validate_postcode      (const char *text, GError **error);
char      *caseload_validate_phone         (const char *text, GError **error);
char      *caseload_validate_email         (const char *text, GError **error);
/* A required or optional piece of text with a length limit; @label is the translated
 * field name used in the message ("Given name"). Optional empty text returns "". */
char      *caseload_validate_text          (const char *label, const char *text, gboolean required,
                                            guint max_chars, GError **error);

/* Whole-record checks. Each returns an array of CaseloadFieldError (empty when the record
 * is fine); every field at fault gets one error. The records are not changed. */
GPtrArray *caseload_person_check          (CaseloadPerson *person, const GDate *today);
GPtrArray *caseload_network_member_check  (CaseloadNetworkMember *member);
GPtrArray *caseload_timeline_entry_check  (CaseloadTimelineEntry *entry, GDateTime *now);

/* TRUE, with the first of @problems as a CASELOAD_ERROR_VALIDATION @error, when there is
 * one; FALSE when @problems is empty. */
gboolean   caseload_field_errors_to_error (GPtrArray *problems, GError **error);
/* caseload_person_check() as a GError: TRUE when @person may be saved. */
gboolean   caseload_person_validate       (CaseloadPerson *person, const GDate *today, GError **error);

G_END_DECLS
