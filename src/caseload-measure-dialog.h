/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "caseload-core.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_MEASURE_DIALOG (caseload_measure_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadMeasureDialog, caseload_measure_dialog, CASELOAD, MEASURE_DIALOG, AdwWindow)

/*
 * "New Measure": a modal window over @parent for one outcome measure of @person. The
 * instrument's definition (caseload-instrument.h) gives the question and the items, each
 * answered with a row of toggle buttons carrying the scale's words (pressing the chosen
 * one again leaves the item unanswered). The score and band show live at the bottom; an
 * incomplete measure says "Incomplete: no total" and may still be saved. A risk item
 * answered above its minimum shows the instrument's risk prompt at once, in a warning
 * banner read out by screen readers, and it stays after saving.
 *
 * The save runs off the main loop; problems show beside their item or field. On a saved
 * measure the dialog emits "saved" and closes, except for a DIALOG with areas chosen
 * (DIALOG+): it then offers "Add Goals to the Plan", one goal per area in the person's
 * words, saved as one new plan version ("plan-changed" after it).
 */
CaseloadMeasureDialog *caseload_measure_dialog_new            (GtkWindow          *parent,
                                                               CaseloadContext    *context,
                                                               CaseloadPerson     *person);

/* For tests. Busy: a save runs. */
gboolean          caseload_measure_dialog_get_busy            (CaseloadMeasureDialog *self);
void              caseload_measure_dialog_set_instrument      (CaseloadMeasureDialog *self,
                                                               CaseloadInstrument     instrument);
/* The toggle button for @answer (on the instrument's scale) of item @item (from 0). */
GtkWidget        *caseload_measure_dialog_get_answer_button   (CaseloadMeasureDialog *self,
                                                               guint                  item,
                                                               int                    answer);
/* The check button choosing @area for DIALOG+. */
GtkWidget        *caseload_measure_dialog_get_area_button     (CaseloadMeasureDialog *self,
                                                               CaseloadLifeArea       area);
/* After saving a DIALOG with areas: the entry for the goal of @area, or NULL. */
GtkWidget        *caseload_measure_dialog_get_goal_entry      (CaseloadMeasureDialog *self,
                                                               CaseloadLifeArea       area);
/* The live score in words ("Score 12 · Moderate", "Incomplete: no total …"). */
const char       *caseload_measure_dialog_get_score_text      (CaseloadMeasureDialog *self);
/* The risk prompt when it shows, or NULL. */
const char       *caseload_measure_dialog_get_risk_prompt     (CaseloadMeasureDialog *self);
/* The measure as saved (the store's fields filled), or NULL before. */
CaseloadMeasure  *caseload_measure_dialog_get_saved           (CaseloadMeasureDialog *self);
/* The problem shown beside @field ("answer:3", "completed-on", "goal:mental-health"),
 * or at the top (@field NULL), or NULL. */
const char       *caseload_measure_dialog_get_error           (CaseloadMeasureDialog *self,
                                                               const char            *field);
/* After "Add Goals to the Plan": TRUE once the goals are in the plan. */
gboolean          caseload_measure_dialog_get_goals_added     (CaseloadMeasureDialog *self);

G_END_DECLS
