/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-stepps-print"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-format.h"
#include "caseload-stepps-print.h"

#define TITLE_FONT   "Sans Bold 18"
#define HEADING_FONT "Sans Bold 14"
#define SKILL_FONT   "Sans Bold 12"
#define TEXT_FONT    "Sans 12"
#define FOOT_FONT    "Sans 9"
#define GAP          10.0

/* The skills in the order the course teaches them: a name and what it means in plain
 * words. A NULL text is a heading for the part that follows. */
static const struct {
  const char *name;
  const char *text;
} skills[] = {
  { N_("Knowing the pattern"), NULL },
  { N_("The emotional intensity scale"),
    N_("Feelings are rated from 1 (calm) to 5 (overwhelmed). Noticing the number early, before it climbs, is the first skill: “Where are you on the scale?” is a good question to ask.") },
  { N_("Filters"),
    N_("Old ways of seeing things (“nobody cares about me”, “I always mess up”) that colour what happens now. The course helps to spot them.") },
  { N_("Managing emotions"), NULL },
  { N_("Distancing"),
    N_("Stepping back from a strong feeling to notice it, name it and rate it, before acting on it.") },
  { N_("Communicating"),
    N_("Putting into words what is happening: the feeling, the thoughts and what the body is doing, so it can be understood and shared.") },
  { N_("Challenging"),
    N_("Questioning an unhelpful thought and finding a fairer, more balanced way of seeing the situation.") },
  { N_("Distracting"),
    N_("Doing something absorbing for a while so the feeling can pass: a walk, music, a call, a puzzle, a shower.") },
  { N_("Managing problems"),
    N_("Breaking a problem into steps, thinking through the choices, trying one and seeing how it went.") },
  { N_("Managing behaviour"), NULL },
  { N_("Goal setting"), N_("Choosing small, clear goals and taking them a step at a time.") },
  { N_("Eating, sleeping and exercise"),
    N_("Regular meals, sleep and movement make feelings easier to manage.") },
  { N_("Leisure and physical health"),
    N_("Time for things that are enjoyable, and looking after health, including any medicines.") },
  { N_("Avoiding abuse"), N_("Steering clear of harm from others, from alcohol or drugs, and self-harm.") },
  { N_("Getting on with others"),
    N_("Saying what is needed clearly and kindly, listening, and keeping relationships steady.") },
  { N_("Keeping it going"),
    N_("Planning ahead for hard times: which skills to use, and who to call.") },
};

typedef struct {
  PangoLayout *layout;
  guint        page;
  double       top;
  double       indent;
} Piece;

typedef struct {
  char      *first_name;
  char      *reader_name;
  GPtrArray *texts;    /* text, font, indent: three per piece */
  GArray    *pieces;   /* Piece, once laid out */
  guint      n_pages;
} Summary;

static void
summary_free (Summary *summary)
{
  for (guint i = 0; summary->pieces != NULL && i < summary->pieces->len; i++)
    g_clear_object (&g_array_index (summary->pieces, Piece, i).layout);
  g_clear_pointer (&summary->pieces, g_array_unref);
  g_clear_pointer (&summary->texts, g_ptr_array_unref);
  g_free (summary->first_name);
  g_free (summary->reader_name);
  g_free (summary);
}

static void
add_text (Summary    *summary,
          const char *font,
          char       *text,
          gboolean    indented)
{
  g_ptr_array_add (summary->texts, text);
  g_ptr_array_add (summary->texts, g_strdup (font));
  g_ptr_array_add (summary->texts, g_strdup (indented ? "1" : "0"));
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static double
foot_height (GtkPrintContext *context)
{
  g_autoptr(PangoLayout) foot = caseload_format_print_layout (context, FOOT_FONT, gtk_print_context_get_width (context));

  pango_layout_set_text (foot, "Page", -1);
  return layout_height (foot) + GAP;
}

/* Gives each paragraph a page and a place; a paragraph is never split, and a heading goes
 * over with what follows it. */
static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   Summary           *summary)
{
  double width = gtk_print_context_get_width (context);
  double page_height = gtk_print_context_get_height (context) - foot_height (context);
  double indent = width * 0.04;
  double y = 0;
  guint page = 0;

  summary->pieces = g_array_new (FALSE, TRUE, sizeof (Piece));
  for (guint i = 0; i < summary->texts->len; i += 3)
    {
      Piece piece = { 0 };
      gboolean indented = g_str_equal (g_ptr_array_index (summary->texts, i + 2), "1");

      piece.indent = indented ? indent : 0;
      piece.layout = caseload_format_print_layout (context, g_ptr_array_index (summary->texts, i + 1),
                                                   width - piece.indent);
      pango_layout_set_text (piece.layout, g_ptr_array_index (summary->texts, i), -1);
      g_array_append_val (summary->pieces, piece);
    }

  for (guint i = 0; i < summary->pieces->len; i++)
    {
      Piece *piece = &g_array_index (summary->pieces, Piece, i);
      double height = layout_height (piece->layout);
      double keep = height;
      gboolean heading = piece->indent == 0 && i + 1 < summary->pieces->len;

      if (heading)
        keep += GAP + layout_height (g_array_index (summary->pieces, Piece, i + 1).layout);
      if (y > 0 && y + GAP + keep > page_height)
        {
          page++;
          y = 0;
        }
      else if (y > 0)
        y += GAP;
      piece->page = page;
      piece->top = y;
      y += height;
    }

  summary->n_pages = page + 1;
  gtk_print_operation_set_n_pages (operation, (int) summary->n_pages);
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page_nr,
                 Summary           *summary)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  g_autoptr(PangoLayout) foot = caseload_format_print_layout (context, FOOT_FONT, width);
  g_autofree char *foot_text = NULL;

  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = 0; i < summary->pieces->len; i++)
    {
      Piece *piece = &g_array_index (summary->pieces, Piece, i);

      if (piece->page != (guint) page_nr)
        continue;
      cairo_move_to (cr, piece->indent, piece->top);
      pango_cairo_show_layout (cr, piece->layout);
    }

  /* Translators: the foot of each page of the STEPPS skills summary */
  foot_text = g_strdup_printf (_("STEPPS skills summary · Page %d of %u"), page_nr + 1, summary->n_pages);
  pango_layout_set_text (foot, foot_text, -1);
  pango_layout_set_alignment (foot, PANGO_ALIGN_CENTER);
  cairo_move_to (cr, 0, height - layout_height (foot));
  pango_cairo_show_layout (cr, foot);
}

GtkPrintOperation *
caseload_stepps_print_operation_new (const char *first_name,
                                     const char *reader_name)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  Summary *summary = g_new0 (Summary, 1);

  g_return_val_if_fail (first_name != NULL, NULL);

  summary->first_name = g_strdup (first_name);
  summary->reader_name = g_strdup (reader_name);
  summary->texts = g_ptr_array_new_with_free_func (g_free);

  /* Translators: the title of the skills summary; %s is the participant's first name */
  add_text (summary, TITLE_FONT, g_strdup_printf (_("The skills %s is learning in STEPPS"), first_name), FALSE);
  if (reader_name != NULL && *reader_name != '\0')
    /* Translators: %1$s: the team member the summary is for; %2$s: the participant's first name */
    add_text (summary, TEXT_FONT, g_strdup_printf (_("For %1$s, as part of %2$s’s reinforcement team. STEPPS is a 20-week group that teaches a shared language for strong feelings. When the people around %2$s use the same words, the skills are easier to use day to day."),
                                                   reader_name, first_name), FALSE);
  else
    add_text (summary, TEXT_FONT, g_strdup_printf (_("For %1$s’s reinforcement team. STEPPS is a 20-week group that teaches a shared language for strong feelings. When the people around %1$s use the same words, the skills are easier to use day to day."),
                                                   first_name), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (skills); i++)
    {
      if (skills[i].text == NULL)
        add_text (summary, HEADING_FONT, g_strdup (_(skills[i].name)), FALSE);
      else
        {
          add_text (summary, SKILL_FONT, g_strdup (_(skills[i].name)), TRUE);
          add_text (summary, TEXT_FONT, g_strdup (_(skills[i].text)), TRUE);
        }
    }

  add_text (summary, HEADING_FONT, g_strdup (_("How you can help")), FALSE);
  /* Translators: %s is the participant's first name */
  add_text (summary, TEXT_FONT, g_strdup_printf (_("Ask where %1$s is on the scale. Name the skill that might help (“Could distracting help now?”) rather than solving the problem for them. Notice and praise a skill used well. If you are worried about safety, call NHS 111 and choose option 2 for mental health, or 999 in an emergency."),
                                                 first_name), TRUE);

  gtk_print_operation_set_job_name (operation, _("STEPPS skills summary"));
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print_cb), summary);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), summary);
  g_object_set_data_full (G_OBJECT (operation), "caseload-stepps-summary", summary, (GDestroyNotify) summary_free);

  return operation;
}

void
caseload_stepps_print_run (GtkWidget         *parent,
                           CaseloadContext   *context,
                           const char        *person_id,
                           const char        *first_name,
                           const char        *reader_name,
                           const char        *pdf_path,
                           CaseloadPrintDone  done,
                           gpointer           user_data)
{
  g_autoptr(GtkPrintOperation) operation = NULL;

  g_return_if_fail (CASELOAD_IS_CONTEXT (context));
  g_return_if_fail (person_id != NULL);

  operation = caseload_stepps_print_operation_new (first_name != NULL ? first_name : "", reader_name);
  caseload_print_run (parent, context, operation, person_id, "{\"what\":\"stepps-skills-summary\"}", pdf_path,
                      done, user_data);
}
