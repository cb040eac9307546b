/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-plan-print"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-dates.h"
#include "caseload-format.h"
#include "caseload-plan-action.h"
#include "caseload-plan-goal.h"
#include "caseload-plan-print.h"
#include "caseload-print-run.h"

/* Large type for reading at home: never under 14 points. */
#define TITLE_FONT   "Sans Bold 26"
#define HEADING_FONT "Sans Bold 20"
#define LABEL_FONT   "Sans Bold 15"
#define BODY_FONT    "Sans 15"
#define FOOT_FONT    "Sans 14"
#define GAP          8.0    /* points between blocks */
#define INDENT       24.0   /* points, for the things under a goal */
#define BOX_PADDING  12.0
#define BOX_LINE     2.5
#define BULLET       "• "

typedef enum {
  PIECE_TITLE,
  PIECE_HEADING,
  PIECE_LABEL,      /* a small heading inside a section */
  PIECE_TEXT,
  PIECE_INDENTED,   /* under a goal */
  PIECE_BOX,        /* the crisis line: kept on one page, framed; Pango markup */
} PieceKind;

/* Where one line of a piece's layout falls. */
typedef struct {
  guint  page;
  double left;      /* from the piece's left edge (a hanging indent) */
  double top;
  double baseline;  /* from the top of the line */
} LinePlace;

typedef struct {
  PieceKind    kind;
  char        *text;
  PangoLayout *layout;   /* made in begin-print */
  GArray      *places;   /* LinePlace, one per line */
} Piece;

typedef struct {
  GPtrArray *pieces;
  char      *name;      /* the person's, at the foot of every page */
  guint      n_pages;
} PlanPaper;

static void
piece_free (Piece *piece)
{
  g_free (piece->text);
  g_clear_object (&piece->layout);
  g_clear_pointer (&piece->places, g_array_unref);
  g_free (piece);
}

static void
plan_paper_free (PlanPaper *paper)
{
  g_ptr_array_unref (paper->pieces);
  g_free (paper->name);
  g_free (paper);
}

static gboolean
has_text (const char *text)
{
  return text != NULL && *text != '\0';
}

static void
add (PlanPaper  *paper,
     PieceKind   kind,
     char       *text)
{
  Piece *piece = g_new0 (Piece, 1);

  piece->kind = kind;
  piece->text = text;
  piece->places = g_array_new (FALSE, TRUE, sizeof (LinePlace));
  g_ptr_array_add (paper->pieces, piece);
}

/* A part the person may have left empty: said so, rather than a gap. */
static void
add_words (PlanPaper  *paper,
           PieceKind   kind,
           const char *words)
{
  add (paper, kind, g_strdup (has_text (words) ? words : _("Not written yet.")));
}

static void
add_labelled (PlanPaper  *paper,
              const char *label,
              const char *words)
{
  add (paper, PIECE_LABEL, g_strdup (label));
  add_words (paper, PIECE_TEXT, words);
}

static char *
long_date (const char *iso)
{
  return has_text (iso) ? caseload_date_long_of (iso) : NULL;
}

static const char *
piece_font (PieceKind kind)
{
  switch (kind)
    {
    case PIECE_TITLE:
      return TITLE_FONT;
    case PIECE_HEADING:
      return HEADING_FONT;
    case PIECE_LABEL:
      return LABEL_FONT;
    case PIECE_TEXT:
    case PIECE_INDENTED:
    case PIECE_BOX:
    default:
      return BODY_FONT;
    }
}

static double
piece_indent (PieceKind kind)
{
  if (kind == PIECE_INDENTED)
    return INDENT;
  if (kind == PIECE_BOX)
    return BOX_PADDING + BOX_LINE;
  return 0;
}

/* Space above a piece: more above a heading, so the sections stand apart. */
static double
piece_space_above (PieceKind kind)
{
  switch (kind)
    {
    case PIECE_HEADING:
      return GAP * 3;
    case PIECE_LABEL:
      return GAP * 1.5;
    case PIECE_BOX:
      return GAP * 3 + BOX_PADDING + BOX_LINE;
    case PIECE_TITLE:
    case PIECE_TEXT:
    case PIECE_INDENTED:
    default:
      return GAP / 2;
    }
}

static double
foot_height (GtkPrintContext *context)
{
  g_autoptr(PangoLayout) layout = caseload_format_print_layout (context, FOOT_FONT, 1000);
  int height;

  pango_layout_set_text (layout, "Page", -1);
  pango_layout_get_pixel_size (layout, NULL, &height);

  return height + GAP * 2;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

/* The height to keep on the page under a heading or label at @next - 1: any headings
 * and labels that follow it and the first two lines of the text after them. */
static double
keep_with_next (PlanPaper *paper,
                guint      next)
{
  double keep = 0;

  for (; next < paper->pieces->len; next++)
    {
      Piece *piece = g_ptr_array_index (paper->pieces, next);
      PangoRectangle first;

      keep += piece_space_above (piece->kind);
      if (piece->kind == PIECE_HEADING || piece->kind == PIECE_LABEL)
        {
          keep += layout_height (piece->layout);
          continue;
        }

      pango_layout_line_get_extents (pango_layout_get_line_readonly (piece->layout, 0), NULL, &first);
      keep += 2.0 * first.height / PANGO_SCALE;
      break;
    }

  return keep;
}

/* Lays each piece out and gives every line a page: long text runs on to the next page
 * line by line; a heading or label goes over with the start of what follows it; the
 * crisis box is never split. */
static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   PlanPaper         *paper)
{
  double width = gtk_print_context_get_width (context);
  double page_height = gtk_print_context_get_height (context) - foot_height (context);
  double y = 0;
  guint page = 0;

  for (guint i = 0; i < paper->pieces->len; i++)
    {
      Piece *piece = g_ptr_array_index (paper->pieces, i);
      double inner = width - 2 * piece_indent (piece->kind) + (piece->kind == PIECE_INDENTED ? INDENT : 0);

      piece->layout = caseload_format_print_layout (context, piece_font (piece->kind), inner);
      if (piece->kind == PIECE_BOX)
        pango_layout_set_markup (piece->layout, piece->text, -1);
      else
        pango_layout_set_text (piece->layout, piece->text, -1);

      /* A bullet's lines wrap under its words, not under the bullet */
      if (g_str_has_prefix (piece->text, BULLET))
        {
          g_autoptr(PangoLayout) bullet = caseload_format_print_layout (context, piece_font (piece->kind), inner);
          int bullet_width;

          pango_layout_set_text (bullet, BULLET, -1);
          pango_layout_get_size (bullet, &bullet_width, NULL);
          pango_layout_set_indent (piece->layout, -bullet_width);
        }
    }

  for (guint i = 0; i < paper->pieces->len; i++)
    {
      Piece *piece = g_ptr_array_index (paper->pieces, i);
      double above = y > 0 ? piece_space_above (piece->kind) : 0;
      double keep = layout_height (piece->layout);
      g_autoptr(PangoLayoutIter) iter = NULL;

      if (piece->kind == PIECE_BOX)
        keep += BOX_PADDING + BOX_LINE;
      else if (piece->kind == PIECE_HEADING || piece->kind == PIECE_LABEL)
        keep += keep_with_next (paper, i + 1);
      else
        keep = 0;   /* split line by line below */

      if (y > 0 && y + above + keep > page_height)
        {
          page++;
          y = 0;
          above = piece->kind == PIECE_BOX ? BOX_PADDING + BOX_LINE : 0;
        }
      y += above;

      iter = pango_layout_get_iter (piece->layout);
      do
        {
          PangoRectangle logical;
          LinePlace place;
          double height;

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          height = (double) logical.height / PANGO_SCALE;
          if (y > 0 && y + height > page_height)
            {
              page++;
              y = 0;
            }
          place.page = page;
          place.left = (double) logical.x / PANGO_SCALE;
          place.top = y;
          place.baseline = (double) (pango_layout_iter_get_baseline (iter) - logical.y) / PANGO_SCALE;
          g_array_append_val (piece->places, place);
          y += height;
        }
      while (pango_layout_iter_next_line (iter));

      if (piece->kind == PIECE_BOX)
        y += BOX_PADDING + BOX_LINE;
    }

  paper->n_pages = page + 1;
  gtk_print_operation_set_n_pages (operation, (int) paper->n_pages);
}

static void
draw_box (cairo_t     *cr,
          const Piece *piece,
          double       width)
{
  const LinePlace *first = &g_array_index (piece->places, LinePlace, 0);
  double top = first->top - BOX_PADDING - BOX_LINE / 2;
  double bottom = first->top + layout_height (piece->layout) + BOX_PADDING + BOX_LINE / 2;

  cairo_save (cr);
  cairo_set_line_width (cr, BOX_LINE);
  cairo_rectangle (cr, BOX_LINE / 2, top, width - BOX_LINE, bottom - top);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page_nr,
                 PlanPaper         *paper)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  g_autoptr(PangoLayout) foot = caseload_format_print_layout (context, FOOT_FONT, width);
  g_autofree char *page_text = NULL;

  cairo_set_source_rgb (cr, 0, 0, 0);

  for (guint i = 0; i < paper->pieces->len; i++)
    {
      Piece *piece = g_ptr_array_index (paper->pieces, i);
      double x = piece_indent (piece->kind);
      GSList *lines = pango_layout_get_lines_readonly (piece->layout);

      if (piece->kind == PIECE_BOX && g_array_index (piece->places, LinePlace, 0).page == (guint) page_nr)
        draw_box (cr, piece, width);

      for (guint n = 0; lines != NULL && n < piece->places->len; n++, lines = lines->next)
        {
          const LinePlace *place = &g_array_index (piece->places, LinePlace, n);

          if (place->page != (guint) page_nr)
            continue;
          cairo_move_to (cr, x + place->left, place->top + place->baseline);
          pango_cairo_show_layout_line (cr, lines->data);
        }
    }

  /* Every page says whose plan it is, should the pages come apart */
  /* Translators: the foot of each page of the person's copy of their plan: their name and the page, as in "Alex Okonkwo · Page 2 of 3" */
  page_text = g_strdup_printf (_("%s · Page %d of %u"), paper->name, page_nr + 1, paper->n_pages);
  pango_layout_set_text (foot, page_text, -1);
  pango_layout_set_alignment (foot, PANGO_ALIGN_CENTER);
  pango_layout_set_ellipsize (foot, PANGO_ELLIPSIZE_MIDDLE);
  cairo_move_to (cr, 0, height - layout_height (foot));
  pango_cairo_show_layout (cr, foot);
}

/* "Me", the network member's name, the worker's name or the organisation's. */
static const char *
action_owner (CaseloadPlanAction *action)
{
  const char *name = caseload_plan_action_get_owner_name (action);

  if (caseload_plan_action_get_owner_kind (action) == CASELOAD_ACTION_OWNER_PERSON || !has_text (name))
    return _("Me");

  return name;
}

static void
add_goals (PlanPaper    *paper,
           CaseloadPlan *plan)
{
  GPtrArray *goals = caseload_plan_get_goals (plan);

  if (goals->len == 0)
    add (paper, PIECE_TEXT, g_strdup (_("No goals written yet.")));

  for (guint i = 0; i < goals->len; i++)
    {
      CaseloadPlanGoal *goal = g_ptr_array_index (goals, i);
      GPtrArray *actions = caseload_plan_goal_get_actions (goal);
      g_autofree char *target = long_date (caseload_plan_goal_get_target_on (goal));

      /* Translators: a goal in the person's own words, numbered */
      add (paper, PIECE_LABEL, g_strdup_printf (_("%u. %s"), i + 1, caseload_plan_goal_get_words (goal)));
      if (target != NULL)
        /* Translators: %s is a date */
        add (paper, PIECE_INDENTED, g_strdup_printf (_("I hope to do this by %s."), target));
      /* Translators: %s is "Not started", "Under way", "Achieved" or "Changed my mind" */
      add (paper, PIECE_INDENTED, g_strdup_printf (_("How it is going: %s"),
                                                   caseload_goal_progress_label (caseload_plan_goal_get_progress (goal))));

      if (actions->len == 0)
        continue;

      add (paper, PIECE_INDENTED, g_strdup (_("Who will do what, by when:")));
      for (guint a = 0; a < actions->len; a++)
        {
          CaseloadPlanAction *action = g_ptr_array_index (actions, a);
          g_autofree char *due = long_date (caseload_plan_action_get_due_on (action));
          g_autofree char *line = NULL;

          if (due != NULL)
            /* Translators: who, what, and the date it is due by: "Me: call the library — by 3 March 2026" */
            line = g_strdup_printf (_("• %s: %s — by %s"), action_owner (action),
                                    caseload_plan_action_get_words (action), due);
          else
            /* Translators: who and what: "Me: call the library" */
            line = g_strdup_printf (_("• %s: %s"), action_owner (action), caseload_plan_action_get_words (action));

          if (caseload_plan_action_get_done (action))
            add (paper, PIECE_INDENTED, g_strdup_printf (_("%s (done)"), line));
          else
            add (paper, PIECE_INDENTED, g_steal_pointer (&line));
        }
    }
}

static char *
crisis_box_markup (void)
{
  g_autofree char *heading = g_markup_escape_text (_("If you are in crisis"), -1);
  g_autofree char *line = g_markup_escape_text (_("Call NHS 111 and choose option 2 for mental health crisis "
                                                  "support. It is free, and open 24 hours a day, every day."), -1);
  g_autofree char *sanctuary = g_markup_escape_text (_("Thurrock’s crisis sanctuary, run by Mind, is a calm place "
                                                       "to go when things feel too much. NHS 111 (option 2) or "
                                                       "your team can tell you how to get there."), -1);
  g_autofree char *emergency = g_markup_escape_text (_("If your life is in danger, call 999."), -1);

  return g_strdup_printf ("<b>%s</b>\n%s\n\n%s\n\n<b>%s</b>", heading, line, sanctuary, emergency);
}

GtkPrintOperation *
caseload_plan_print_operation_new (CaseloadPlan   *plan,
                                   CaseloadPerson *person,
                                   GDateTime      *printed_at)
{
  GtkPrintOperation *operation;
  PlanPaper *paper;
  g_autofree char *printed_iso = NULL;
  g_autofree char *printed = NULL;
  g_autofree char *review = NULL;
  g_autofree char *updated = NULL;
  const char *organisation;

  g_return_val_if_fail (CASELOAD_IS_PLAN (plan), NULL);
  g_return_val_if_fail (CASELOAD_IS_PERSON (person), NULL);
  g_return_val_if_fail (printed_at != NULL, NULL);

  paper = g_new0 (PlanPaper, 1);
  paper->pieces = g_ptr_array_new_with_free_func ((GDestroyNotify) piece_free);
  paper->name = g_strdup (caseload_person_get_display_name (person));

  printed_iso = g_date_time_format (printed_at, "%Y-%m-%d");
  printed = caseload_date_long_of (printed_iso);
  review = long_date (caseload_plan_get_review_on (plan));
  updated = has_text (caseload_plan_get_saved_at (plan)) ? caseload_date_long_of (caseload_plan_get_saved_at (plan))
                                                         : NULL;
  organisation = caseload_plan_get_organisation_name (plan);

  add (paper, PIECE_TITLE, g_strdup (_("My Support Plan")));
  add (paper, PIECE_TEXT, g_strdup (caseload_person_get_display_name (person)));

  /* Their words first */
  add (paper, PIECE_HEADING, g_strdup (_("What matters to me")));
  add_words (paper, PIECE_TEXT, caseload_plan_get_what_matters (plan));

  add (paper, PIECE_HEADING, g_strdup (_("My strengths")));
  add_labelled (paper, _("What I am good at"), caseload_plan_get_strengths_personal (plan));
  add_labelled (paper, _("People around me"), caseload_plan_get_strengths_people (plan));
  add_labelled (paper, _("Groups and places near me"), caseload_plan_get_strengths_community (plan));

  add (paper, PIECE_HEADING, g_strdup (_("My goals")));
  add_goals (paper, plan);

  add (paper, PIECE_HEADING, g_strdup (_("Staying well")));
  add_labelled (paper, _("What helps me"), caseload_plan_get_what_helps (plan));
  add_labelled (paper, _("What does not help me"), caseload_plan_get_what_does_not_help (plan));

  add (paper, PIECE_HEADING, g_strdup (_("If things get difficult")));
  add_labelled (paper, _("Early warning signs"), caseload_plan_get_warning_signs (plan));
  add_labelled (paper, _("Who to contact"), caseload_plan_get_who_to_contact (plan));

  add (paper, PIECE_BOX, crisis_box_markup ());

  add (paper, PIECE_HEADING, g_strdup (_("My team")));
  if (has_text (organisation))
    add (paper, PIECE_TEXT, g_strdup (organisation));
  if (has_text (caseload_plan_get_author_name (plan)))
    /* Translators: %s is the name of the worker who last wrote the plan with the person */
    add (paper, PIECE_TEXT, g_strdup_printf (_("Written with %s"), caseload_plan_get_author_name (plan)));
  if (updated != NULL)
    /* Translators: %s is a date */
    add (paper, PIECE_TEXT, g_strdup_printf (_("Last updated %s"), updated));
  if (review != NULL)
    /* Translators: %s is a date */
    add (paper, PIECE_LABEL, g_strdup_printf (_("We will look at this plan together again by %s."), review));
  /* Translators: %s is a date */
  add (paper, PIECE_TEXT, g_strdup_printf (_("Printed %s"), printed));

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_job_name (operation, _("My Support Plan"));
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_object_set_data_full (G_OBJECT (operation), "caseload-plan-paper", paper, (GDestroyNotify) plan_paper_free);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print_cb), paper);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), paper);

  return operation;
}

char *
caseload_plan_print_detail (CaseloadPlan *plan)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN (plan), NULL);

  return g_strdup_printf ("{\"what\":\"plan\",\"version\":%d}", caseload_plan_get_version (plan));
}

void
caseload_plan_print_run (GtkWidget       *parent,
                         CaseloadContext *context,
                         CaseloadPerson  *person,
                         CaseloadPlan    *plan,
                         const char      *pdf_path)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *detail = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WIDGET (parent));
  g_return_if_fail (CASELOAD_IS_CONTEXT (context));
  g_return_if_fail (CASELOAD_IS_PERSON (person));
  g_return_if_fail (CASELOAD_IS_PLAN (plan));

  now = caseload_clock_now (caseload_context_get_clock (context));
  operation = caseload_plan_print_operation_new (plan, person, now);
  detail = caseload_plan_print_detail (plan);
  caseload_print_run (parent, context, operation, caseload_person_get_id (person), detail, pdf_path, NULL, NULL);
}
