/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "caseload-plan.h"

G_BEGIN_DECLS

/*
 * Comparing versions of a plan, and merging two people's edits of the same version.
 * A plan is read as a list of fields in reading order, each with a stable key: a plan
 * property ("what-matters", "review-on", "what-matters-by", …), or "goal:ID:FIELD" /
 * "action:ID:FIELD" for a goal's or action's property ("goal:ID" / "action:ID" for the
 * goal or action as a whole, when it was added or removed).
 */

typedef enum {
  CASELOAD_PLAN_CHANGE_ADDED,
  CASELOAD_PLAN_CHANGE_REMOVED,
  CASELOAD_PLAN_CHANGE_CHANGED,
} CaseloadPlanChangeKind;

/* One field that differs between two versions, in words for the compare view: the
 * section ("My goals"), the field ("Goal: Get back to swimming — Target date"), and the
 * value before and after as the person would read them (dates as dd/mm/yyyy, enums as
 * their labels; NULL for none). */
typedef struct {
  CaseloadPlanChangeKind  kind;
  char                   *key;
  char                   *section;
  char                   *field;
  char                   *before;
  char                   *after;
} CaseloadPlanChange;

void caseload_plan_change_free (CaseloadPlanChange *change);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CaseloadPlanChange, caseload_plan_change_free)

/* What changed from @before to @after, in the reading order of @after (removed goals and
 * actions where they were). Empty when they are the same. */
GPtrArray *caseload_plan_diff (CaseloadPlan *before, CaseloadPlan *after);

/* A field both people changed, differently, since the version they both read. */
typedef struct {
  char *key;
  char *section;
  char *field;
  char *base;     /* as both read it */
  char *mine;     /* as I saved it (NULL: I removed it) */
  char *theirs;   /* as they saved it (NULL: they removed it) */
  gboolean text;  /* free text, so "keep both" makes sense */
  /* Private to caseload_plan_resolve(): each side's value as stored (NULL: removed). */
  char *mine_value;
  char *theirs_value;
} CaseloadPlanConflict;

void caseload_plan_conflict_free (CaseloadPlanConflict *conflict);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CaseloadPlanConflict, caseload_plan_conflict_free)

typedef enum {
  CASELOAD_MERGE_KEEP_MINE,
  CASELOAD_MERGE_KEEP_THEIRS,
  CASELOAD_MERGE_KEEP_BOTH,   /* text: theirs, then mine, on a new line */
} CaseloadMergeChoice;

/* A three-way merge: @base is the version both read, @mine my unsaved edit, @theirs the
 * version saved since. Every change only one side made is taken; goals and actions
 * either side added are kept; a goal or action one side removed and the other did not
 * change is removed. @conflicts (CaseloadPlanConflict) lists the fields both changed
 * differently; in the result those hold my value until resolved. A goal or action one
 * side removed and the other changed is kept, with the change (nothing is lost), and is a
 * conflict on "goal:ID" / "action:ID" with NULL for the side that removed it: keeping
 * that side removes it, keeping the other or both keeps it. The result has @theirs'
 * "version", so saving it succeeds unless someone saved again. */
CaseloadPlan *caseload_plan_merge   (CaseloadPlan  *base,
                                     CaseloadPlan  *mine,
                                     CaseloadPlan  *theirs,
                                     GPtrArray    **conflicts);

/* Settles one conflict in @merged. */
void          caseload_plan_resolve (CaseloadPlan               *merged,
                                     const CaseloadPlanConflict *conflict,
                                     CaseloadMergeChoice         choice);

G_END_DECLS
