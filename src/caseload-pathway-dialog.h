/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "caseload-core.h"

G_BEGIN_DECLS

/* The forms of the person page's Pathways view. */
typedef enum {
  CASELOAD_PATHWAY_FORM_OD_EPISODE,        /* start an Open Dialogue episode */
  CASELOAD_PATHWAY_FORM_OD_MEETING,        /* a network meeting of @parent (the episode) */
  CASELOAD_PATHWAY_FORM_IPS_REFERRAL,      /* refer to IPS, or (@record) its journey's dates */
  CASELOAD_PATHWAY_FORM_IPS_CLOSE,         /* close @record (an IPS referral) */
  CASELOAD_PATHWAY_FORM_EMPLOYER_CONTACT,  /* a contact for @parent (the IPS referral) */
  CASELOAD_PATHWAY_FORM_IPS_JOB,           /* a job for @parent, or (@record) its end */
  CASELOAD_PATHWAY_FORM_HOUSING_REFERRAL,  /* send a housing referral */
  CASELOAD_PATHWAY_FORM_HOUSING_STATUS,    /* a change of status of @record */
  CASELOAD_PATHWAY_FORM_ACCOMMODATION,     /* a change of accommodation status */
  CASELOAD_PATHWAY_FORM_OD_END,            /* end @record (an Open Dialogue episode) */
} CaseloadPathwayForm;

#define CASELOAD_TYPE_PATHWAY_DIALOG (caseload_pathway_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadPathwayDialog, caseload_pathway_dialog, CASELOAD, PATHWAY_DIALOG, AdwWindow)

/*
 * One form of the Pathways view over @parent_window, for @person: @parent is the record
 * the new one belongs to (an episode, an IPS referral) and @record the one being changed
 * (NULL for a new one); neither is changed unless the save succeeds. @network
 * (CaseloadNetworkMember) offers the people who may be at a network meeting. The staff,
 * organisations and referrals to choose from are read off the main loop; problems show
 * beside their field (the core's checks), nothing typed is lost; the save runs off the
 * main loop. On success it emits "saved" and closes.
 */
CaseloadPathwayDialog *caseload_pathway_dialog_new       (GtkWindow          *parent_window,
                                                          CaseloadContext    *context,
                                                          CaseloadPerson     *person,
                                                          CaseloadPathwayForm form,
                                                          GObject            *parent,
                                                          GObject            *record,
                                                          GListModel         *network);
CaseloadPathwayForm    caseload_pathway_dialog_get_form  (CaseloadPathwayDialog *self);

/* For tests: whether the choices have arrived (the form is built); the row for @field (a
 * property name: "held-at", "status"…); the problem shown beside @field (NULL: the
 * banner's), or NULL; the warning shown, or NULL; the check button of a practitioner or
 * network member whose label contains @name. */
gboolean    caseload_pathway_dialog_get_ready    (CaseloadPathwayDialog *self);
GtkWidget  *caseload_pathway_dialog_get_field    (CaseloadPathwayDialog *self,
                                                  const char            *field);
const char *caseload_pathway_dialog_get_error    (CaseloadPathwayDialog *self,
                                                  const char            *field);
const char *caseload_pathway_dialog_get_warning  (CaseloadPathwayDialog *self);
GtkCheckButton *caseload_pathway_dialog_find_check (CaseloadPathwayDialog *self,
                                                    const char            *name);

G_END_DECLS
