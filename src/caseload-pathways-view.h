/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "caseload-core.h"
#include "caseload-pathway-dialog.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_PATHWAYS_VIEW (caseload_pathways_view_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadPathwaysView, caseload_pathways_view, CASELOAD, PATHWAYS_VIEW, GtkWidget)

/* The person page's Pathways view: Open Dialogue (episodes, their 24-hour clock, core
 * team and meetings), STEPPS groups, IPS employment, housing referrals and accommodation.
 * The page reads the person's CaseloadPathways with the record and hands them over with
 * caseload_pathways_view_show() (the view takes them); the forms it opens save off the
 * main loop, and then the view emits "changed" and the page reads the record again. */
GtkWidget *caseload_pathways_view_new         (void);
void       caseload_pathways_view_set_context (CaseloadPathwaysView *self,
                                               CaseloadContext      *context);
/* The person's network (CaseloadNetworkMember), offered at a network meeting. */
void       caseload_pathways_view_set_network (CaseloadPathwaysView *self,
                                               GListModel           *network);
void       caseload_pathways_view_show        (CaseloadPathwaysView *self,
                                               CaseloadPerson       *person,
                                               CaseloadPathways     *pathways,
                                               gboolean              may_add);
/* The pathways could not be read: says why instead. */
void       caseload_pathways_view_show_error  (CaseloadPathwaysView *self,
                                               const char           *message);
/* Forgets the person (another record is opening, or none). */
void       caseload_pathways_view_clear       (CaseloadPathwaysView *self);

/* For tests: what is shown (NULL when nothing), the form the view opened last, and the
 * minute's tick that brings the 24-hour clocks still counting up to date now. */
CaseloadPathways      *caseload_pathways_view_get_pathways (CaseloadPathwaysView *self);
CaseloadPathwayDialog *caseload_pathways_view_get_dialog   (CaseloadPathwaysView *self);
void                   caseload_pathways_view_tick         (CaseloadPathwaysView *self);

G_END_DECLS
