/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * The content fields of a plan, its goals and its actions, in reading order: one table
 * the text form (caseload-plan-text.c), compare and merge (caseload-plan-compare.c)
 * share, so a new field is added in one place.
 */

typedef enum {
  CASELOAD_PLAN_FIELD_ID,    /* a string kept across versions; not compared */
  CASELOAD_PLAN_FIELD_TEXT,  /* free text */
  CASELOAD_PLAN_FIELD_NAME,  /* a short string: a name or an id */
  CASELOAD_PLAN_FIELD_DATE,  /* an ISO date */
  CASELOAD_PLAN_FIELD_ENUM,
  CASELOAD_PLAN_FIELD_BOOL,
} CaseloadPlanFieldKind;

typedef struct {
  const char            *property;  /* the GObject property, and the text form's key */
  CaseloadPlanFieldKind  kind;
  /* The field as compare and merge see it: its key (the last part of "goal:ID:KEY"), or
   * NULL when the property is part of the field before it (an action's owner is its kind,
   * name, staff id and organisation id together). */
  const char            *key;
  const char            *section;   /* N_(): the plan's section (plan fields only) */
  const char            *label;     /* N_() */
  const char          *(*to_code)   (int value);
  gboolean             (*from_code) (const char *code, int *value);
  const char          *(*to_label)  (int value);
} CaseloadPlanField;

typedef enum {
  CASELOAD_PLAN_PART_PLAN,
  CASELOAD_PLAN_PART_GOAL,
  CASELOAD_PLAN_PART_ACTION,
} CaseloadPlanPart;

/* The fields of @part, in reading order. The plan's goals come after its "goals-by". */
const CaseloadPlanField *caseload_plan_fields (CaseloadPlanPart part, guint *n_fields);

G_END_DECLS
