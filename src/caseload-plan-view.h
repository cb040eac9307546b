/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "caseload-core.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_PLAN_VIEW (caseload_plan_view_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadPlanView, caseload_plan_view, CASELOAD, PLAN_VIEW, GtkWidget)

/* The person page's Plan view. The page reads the person's outcomes (plan, versions,
 * reviews, measures) with the record and hands them over with caseload_plan_view_show();
 * the view keeps references to what it shows. After the view saved something, it emits
 * "changed" and the page reads the record again. */
GtkWidget *caseload_plan_view_new         (void);
void       caseload_plan_view_set_context (CaseloadPlanView *self,
                                 CaseloadContext   *context);
void       caseload_plan_view_show        (CaseloadPlanView *self,
                                 CaseloadPerson    *person,
                                 CaseloadOutcomes  *outcomes,
                                 gboolean           may_add);
/* The outcomes could not be read: says why instead. */
void       caseload_plan_view_show_error  (CaseloadPlanView *self,
                                 const char        *message);
/* Forgets the person (another record is opening, or none). */
void       caseload_plan_view_clear       (CaseloadPlanView *self);

G_END_DECLS
