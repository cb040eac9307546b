/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The check digit for the first nine digits of @digits (Modulus 11, weights 10..2),
 * or -1 when the remainder rule makes the number impossible (check would be 10). */
int       caseload_nhs_number_check_digit (const char *digits);
/* TRUE if @digits is exactly ten ASCII digits with a correct check digit. */
gboolean  caseload_nhs_number_is_valid    (const char *digits);
/* Accepts "9434765919", "943 476 5919", "943-476-5919"; on success returns the ten
 * digits. On failure sets CASELOAD_ERROR_VALIDATION with a specific message. */
char     *caseload_nhs_number_normalise   (const char *text, GError **error);
/* "943 476 5919" from ten digits; anything else is returned unchanged. */
char     *caseload_nhs_number_format      (const char *digits);
/* TRUE for the 999 000 0000 – 999 999 9999 range that is never issued (demo, tests). */
gboolean  caseload_nhs_number_is_test_range (const char *digits);

G_END_DECLS
