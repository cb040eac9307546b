/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "caseload-core.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_REFERRAL_CARD (caseload_referral_card_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadReferralCard, caseload_referral_card, CASELOAD, REFERRAL_CARD, GtkWidget)

/*
 * One referral on the person page's Referrals view: where it came from and when, how
 * urgent, where it is (status), its waiting-time clock in words with an icon and the
 * theme's colour, the reason, the triage decision, the steps of the wait, who is
 * allocated now and before, the clock's pauses and, once over, the transfer. Its
 * buttons fire "person-page.referral" with (kind, referral id, subject id), kind being
 * a CaseloadReferralDialogKind; they show only when @may_add.
 * @pauses (CaseloadClockPause) and @allocations (CaseloadAllocation, with history) may
 * be NULL; @now reads the clock.
 */
GtkWidget        *caseload_referral_card_new          (CaseloadReferral *referral,
                                                       GPtrArray        *pauses,
                                                       GPtrArray        *allocations,
                                                       GDateTime        *now,
                                                       gboolean          may_add);
CaseloadReferral *caseload_referral_card_get_referral (CaseloadReferralCard *self);

/* The clock as a small badge (icon and words, in the clock's colour) for other views,
 * such as the overview's line for each open referral. */
GtkWidget        *caseload_referral_card_create_clock_badge (CaseloadReferral *referral,
                                                             GPtrArray        *pauses,
                                                             GDateTime        *now);
/* The words of the clock, as on the badge. */
char             *caseload_referral_card_format_clock (CaseloadReferral  *referral,
                                                       GPtrArray         *pauses,
                                                       GDateTime         *now,
                                                       const char       **icon_name,
                                                       const char       **style_class);

G_END_DECLS
