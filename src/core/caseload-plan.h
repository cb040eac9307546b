/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "caseload-types.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_PLAN (caseload_plan_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadPlan, caseload_plan, CASELOAD, PLAN, GObject)

/* A person's strengths-based support plan as of one version. Every save is a new
 * version; "version" is the version this copy was read at (0: never saved) and the
 * store refuses a save whose "version" is not the newest (CASELOAD_ERROR_CONFLICT).
 * The store fills "id" (of the version), "saved-at", "author-id", "author-name",
 * "organisation-id", "organisation-name".
 * Sections, each with who wrote it ("…-by", CaseloadCoproductionKind):
 * What matters to me: "what-matters", "what-matters-by".
 * My strengths: "strengths-personal", "strengths-people" (people around me),
 * "strengths-community" (groups, Local Area Coordinator, community hubs, faith, work),
 * "strengths-by".
 * My goals: caseload_plan_get_goals() (CaseloadPlanGoal, in order), "goals-by".
 * Staying well and crisis: "warning-signs", "what-helps", "what-does-not-help",
 * "who-to-contact", "staying-well-by".
 * "review-on": the next review (ISO date). The copy the person has: "copy-given-on",
 * "copy-format" (CaseloadCopyFormat), "copy-language" (for a translated copy). */
CaseloadPlan             *caseload_plan_new                     (void);
const char               *caseload_plan_get_id                  (CaseloadPlan *self);
void                      caseload_plan_set_id                  (CaseloadPlan *self, const char *id);
const char               *caseload_plan_get_person_id           (CaseloadPlan *self);
void                      caseload_plan_set_person_id           (CaseloadPlan *self, const char *person_id);
int                       caseload_plan_get_version             (CaseloadPlan *self);
void                      caseload_plan_set_version             (CaseloadPlan *self, int version);
const char               *caseload_plan_get_saved_at            (CaseloadPlan *self);
void                      caseload_plan_set_saved_at            (CaseloadPlan *self, const char *saved_at);
const char               *caseload_plan_get_author_id           (CaseloadPlan *self);
void                      caseload_plan_set_author_id           (CaseloadPlan *self, const char *author_id);
const char               *caseload_plan_get_author_name         (CaseloadPlan *self);
void                      caseload_plan_set_author_name         (CaseloadPlan *self, const char *author_name);
const char               *caseload_plan_get_organisation_id     (CaseloadPlan *self);
void                      caseload_plan_set_organisation_id     (CaseloadPlan *self, const char *organisation_id);
const char               *caseload_plan_get_organisation_name   (CaseloadPlan *self);
void                      caseload_plan_set_organisation_name   (CaseloadPlan *self, const char *organisation_name);
const char               *caseload_plan_get_what_matters        (CaseloadPlan *self);
void                      caseload_plan_set_what_matters        (CaseloadPlan *self, const char *what_matters);
CaseloadCoproductionKind  caseload_plan_get_what_matters_by     (CaseloadPlan *self);
void                      caseload_plan_set_what_matters_by     (CaseloadPlan *self, CaseloadCoproductionKind what_matters_by);
const char               *caseload_plan_get_strengths_personal  (CaseloadPlan *self);
void                      caseload_plan_set_strengths_personal  (CaseloadPlan *self, const char *strengths_personal);
const char               *caseload_plan_get_strengths_people    (CaseloadPlan *self);
void                      caseload_plan_set_strengths_people    (CaseloadPlan *self, const char *strengths_people);
const char               *caseload_plan_get_strengths_community (CaseloadPlan *self);
void                      caseload_plan_set_strengths_community (CaseloadPlan *self, const char *strengths_community);
CaseloadCoproductionKind  caseload_plan_get_strengths_by        (CaseloadPlan *self);
void                      caseload_plan_set_strengths_by        (CaseloadPlan *self, CaseloadCoproductionKind strengths_by);
CaseloadCoproductionKind  caseload_plan_get_goals_by            (CaseloadPlan *self);
void                      caseload_plan_set_goals_by            (CaseloadPlan *self, CaseloadCoproductionKind goals_by);
const char               *caseload_plan_get_warning_signs       (CaseloadPlan *self);
void                      caseload_plan_set_warning_signs       (CaseloadPlan *self, const char *warning_signs);
const char               *caseload_plan_get_what_helps          (CaseloadPlan *self);
void                      caseload_plan_set_what_helps          (CaseloadPlan *self, const char *what_helps);
const char               *caseload_plan_get_what_does_not_help  (CaseloadPlan *self);
void                      caseload_plan_set_what_does_not_help  (CaseloadPlan *self, const char *what_does_not_help);
const char               *caseload_plan_get_who_to_contact      (CaseloadPlan *self);
void                      caseload_plan_set_who_to_contact      (CaseloadPlan *self, const char *who_to_contact);
CaseloadCoproductionKind  caseload_plan_get_staying_well_by     (CaseloadPlan *self);
void                      caseload_plan_set_staying_well_by     (CaseloadPlan *self, CaseloadCoproductionKind staying_well_by);
const char               *caseload_plan_get_review_on           (CaseloadPlan *self);
void                      caseload_plan_set_review_on           (CaseloadPlan *self, const char *review_on);
const char               *caseload_plan_get_copy_given_on       (CaseloadPlan *self);
void                      caseload_plan_set_copy_given_on       (CaseloadPlan *self, const char *copy_given_on);
CaseloadCopyFormat        caseload_plan_get_copy_format         (CaseloadPlan *self);
void                      caseload_plan_set_copy_format         (CaseloadPlan *self, CaseloadCopyFormat copy_format);
const char               *caseload_plan_get_copy_language       (CaseloadPlan *self);
void                      caseload_plan_set_copy_language       (CaseloadPlan *self, const char *copy_language);

/* The goals (CaseloadPlanGoal), in order; the plan owns the array. */
GPtrArray    *caseload_plan_get_goals               (CaseloadPlan *self);
/* A deep copy (goals and actions too). */
CaseloadPlan *caseload_plan_copy                    (CaseloadPlan *self);
/* The plan's content as text (the store keeps one per version), and back: every section,
 * goal and action; not the version, author or time, which the store keeps beside it. */
char         *caseload_plan_to_text                 (CaseloadPlan *self);
gboolean      caseload_plan_set_from_text           (CaseloadPlan *self, const char *text, GError **error);

G_END_DECLS
