/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "caseload-types.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_REINFORCER (caseload_reinforcer_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadReinforcer, caseload_reinforcer, CASELOAD, REINFORCER, GObject)

/* Someone in a STEPPS participant's reinforcement team, who learns the same skills
 * language: a member of the person's network ("network-member-id") or a professional they
 * name ("professional" TRUE), with "name" and "role" ("sister", "care coordinator").
 * "summary-given-on": when they were given the printed skills summary (NULL: not yet). */
CaseloadReinforcer  *caseload_reinforcer_new                   (void);
const char          *caseload_reinforcer_get_id                (CaseloadReinforcer *self);
void                 caseload_reinforcer_set_id                (CaseloadReinforcer *self, const char *id);
const char          *caseload_reinforcer_get_participant_id    (CaseloadReinforcer *self);
void                 caseload_reinforcer_set_participant_id    (CaseloadReinforcer *self, const char *participant_id);
const char          *caseload_reinforcer_get_network_member_id (CaseloadReinforcer *self);
void                 caseload_reinforcer_set_network_member_id (CaseloadReinforcer *self, const char *network_member_id);
const char          *caseload_reinforcer_get_name              (CaseloadReinforcer *self);
void                 caseload_reinforcer_set_name              (CaseloadReinforcer *self, const char *name);
const char          *caseload_reinforcer_get_role              (CaseloadReinforcer *self);
void                 caseload_reinforcer_set_role              (CaseloadReinforcer *self, const char *role);
gboolean             caseload_reinforcer_get_professional      (CaseloadReinforcer *self);
void                 caseload_reinforcer_set_professional      (CaseloadReinforcer *self, gboolean professional);
const char          *caseload_reinforcer_get_summary_given_on  (CaseloadReinforcer *self);
void                 caseload_reinforcer_set_summary_given_on  (CaseloadReinforcer *self, const char *summary_given_on);

G_END_DECLS
