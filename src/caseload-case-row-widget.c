/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-case-row-widget"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-case-row-widget.h"
#include "caseload-format.h"
#include "caseload-open-dialogue.h"

struct _CaseloadCaseRowWidget
{
  GtkWidget        parent_instance;

  /* Owned */
  CaseloadClock   *clock;
  CaseloadCaseRow *row;
  gboolean         mine;          /* My caseload: the worker is the reader */
  const char      *clock_style;   /* the clock's style class on show (static) */

  /* Template children */
  GtkLabel        *name_label;
  GtkLabel        *urgency_label;
  GtkLabel        *identity_label;
  GtkLabel        *worker_label;
  GtkWidget       *clock_box;
  GtkImage        *clock_icon;
  GtkLabel        *clock_label;
  GtkWidget       *review_box;
  GtkWidget       *review_icon;
  GtkLabel        *review_label;
  GtkLabel        *contact_label;
  GtkWidget       *pathways_box;
};

G_DEFINE_FINAL_TYPE (CaseloadCaseRowWidget, caseload_case_row_widget, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CLOCK,
  PROP_ROW,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
set_label (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

static void
update_name (CaseloadCaseRowWidget *self)
{
  gboolean loaded = caseload_case_row_get_loaded (self->row);

  gtk_label_set_text (self->name_label, loaded ? caseload_case_row_get_person_name (self->row) : _("Loading…"));
  if (loaded)
    gtk_widget_remove_css_class (GTK_WIDGET (self->name_label), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->name_label), "dim-label");
}

static void
update_urgency (CaseloadCaseRowWidget *self)
{
  CaseloadUrgency urgency = caseload_case_row_get_urgency (self->row);
  gboolean shown = caseload_case_row_get_loaded (self->row) && urgency != CASELOAD_URGENCY_ROUTINE;

  /* Routine is the usual case: only the urgent ones stand out. */
  set_label (self->urgency_label, shown ? caseload_urgency_label (urgency) : NULL);
  gtk_widget_remove_css_class (GTK_WIDGET (self->urgency_label), "urgency-urgent");
  gtk_widget_remove_css_class (GTK_WIDGET (self->urgency_label), "urgency-very-urgent");
  if (shown)
    gtk_widget_add_css_class (GTK_WIDGET (self->urgency_label),
                              urgency == CASELOAD_URGENCY_URGENT ? "urgency-urgent" : "urgency-very-urgent");
}

static void
update_identity (CaseloadCaseRowWidget *self)
{
  g_autofree char *nhs_number = NULL;
  g_autofree char *born = NULL;
  g_autofree char *text = NULL;
  const char *digits = caseload_case_row_get_nhs_number (self->row);

  if (caseload_case_row_get_loaded (self->row))
    {
      if (digits != NULL && *digits != '\0')
        nhs_number = caseload_nhs_number_format (digits);
      born = caseload_format_date (caseload_case_row_get_date_of_birth (self->row));
    }

  if (nhs_number != NULL && born != NULL)
    /* Translators: an NHS number, then a date of birth: "999 123 4567 · born 3 Nov 1984" */
    text = g_strdup_printf (_("%s · born %s"), nhs_number, born);
  else if (born != NULL)
    /* Translators: a date of birth */
    text = g_strdup_printf (_("Born %s"), born);
  else
    text = g_steal_pointer (&nhs_number);

  set_label (self->identity_label, text);
}

static void
update_worker (CaseloadCaseRowWidget *self)
{
  g_autofree char *text = NULL;
  const char *worker = caseload_case_row_get_worker_name (self->row);
  const char *organisation = caseload_case_row_get_worker_organisation_name (self->row);

  if (caseload_case_row_get_loaded (self->row) && self->mine)
    /* Their own caseload: their role on the case is what tells the rows apart. */
    text = g_strdup (caseload_case_role_label (caseload_case_row_get_role (self->row)));
  else if (caseload_case_row_get_loaded (self->row) && worker != NULL && *worker != '\0')
    {
      if (organisation != NULL && *organisation != '\0')
        /* Translators: the allocated worker, their role and organisation: "Adaeze Nwosu, care coordinator · EPUT" */
        text = g_strdup_printf (_("%s, %s · %s"), worker,
                                caseload_case_role_label (caseload_case_row_get_role (self->row)), organisation);
      else
        text = g_strdup_printf (_("%s, %s"), worker,
                                caseload_case_role_label (caseload_case_row_get_role (self->row)));
    }

  set_label (self->worker_label, text);
}

static void
update_clock (CaseloadCaseRowWidget *self)
{
  CaseloadClockState state = caseload_case_row_get_clock_state (self->row);
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *text = NULL;
  const char *icon = NULL;
  const char *style = NULL;

  if (self->clock_style != NULL)
    gtk_widget_remove_css_class (self->clock_box, self->clock_style);
  self->clock_style = NULL;

  if (!caseload_case_row_get_loaded (self->row) || state == CASELOAD_CLOCK_NONE)
    {
      gtk_widget_set_visible (self->clock_box, FALSE);
      return;
    }

  /* The same words, icon and colour as on the person's referrals. */
  now = self->clock != NULL ? caseload_clock_now (self->clock) : g_date_time_new_now_utc ();
  text = caseload_format_clock (state, caseload_case_row_get_clock_due_at (self->row),
                                caseload_case_row_get_waited_seconds (self->row), NULL, now, &icon, &style);
  /* "Due in 5 hours" reads the same for a running clock; say the state in words too. */
  if (state == CASELOAD_CLOCK_NEAR_BREACH)
    {
      g_autofree char *plain = g_steal_pointer (&text);

      /* Translators: a clock's state, then when it is due: "Near breach · Due in 5 hours" */
      text = g_strdup_printf (_("%s · %s"), caseload_clock_state_label (state), plain);
    }

  gtk_image_set_from_icon_name (self->clock_icon, icon);
  gtk_label_set_text (self->clock_label, text);
  gtk_widget_add_css_class (self->clock_box, style);
  self->clock_style = style;
  gtk_widget_set_visible (self->clock_box, TRUE);
}

static gboolean
review_overdue (CaseloadCaseRowWidget *self,
                const char            *next_review)
{
  GDate today;
  char today_iso[11];

  if (self->clock == NULL)
    return FALSE;
  caseload_clock_today (self->clock, &today);
  g_date_strftime (today_iso, sizeof today_iso, "%Y-%m-%d", &today);
  /* ISO dates compare as text. */
  return strncmp (next_review, today_iso, 10) < 0;
}

static void
update_review (CaseloadCaseRowWidget *self)
{
  const char *next_review = caseload_case_row_get_next_review_on (self->row);
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;
  gboolean overdue;

  if (!caseload_case_row_get_loaded (self->row) || next_review == NULL || *next_review == '\0')
    {
      gtk_widget_set_visible (self->review_box, FALSE);
      return;
    }

  date = caseload_format_date (next_review);
  overdue = review_overdue (self, next_review);
  if (overdue)
    /* Translators: a date in the past */
    text = g_strdup_printf (_("Review overdue since %s"), date);
  else
    /* Translators: a date */
    text = g_strdup_printf (_("Next review %s"), date);

  gtk_label_set_text (self->review_label, text);
  gtk_widget_set_visible (self->review_icon, overdue);
  if (overdue)
    {
      gtk_widget_add_css_class (self->review_box, "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->review_label), "dim-label");
    }
  else
    {
      gtk_widget_remove_css_class (self->review_box, "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->review_label), "dim-label");
    }
  gtk_widget_set_visible (self->review_box, TRUE);
}

static void
update_contact (CaseloadCaseRowWidget *self)
{
  g_autofree char *text = NULL;

  if (caseload_case_row_get_loaded (self->row))
    text = caseload_format_last_contact (caseload_case_row_get_last_contact_at (self->row));

  set_label (self->contact_label, text);
}

/* A small tag: a pathway's name, or its Open Dialogue clock with an icon. */
static GtkWidget *
pathway_tag (const char *text,
             const char *icon,
             const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "caption");
  if (icon == NULL)
    {
      gtk_widget_add_css_class (label, "badge");
      gtk_widget_add_css_class (label, "pathway-tag");
      return label;
    }
  else
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
      GtkWidget *image = g_object_new (GTK_TYPE_IMAGE, "icon-name", icon, "pixel-size", 12,
                                       "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);

      gtk_widget_add_css_class (box, "clock-badge");
      gtk_widget_add_css_class (box, style);
      gtk_box_append (GTK_BOX (box), image);
      gtk_box_append (GTK_BOX (box), label);
      return box;
    }
}

/* The Open Dialogue tag while the first network meeting is not held: when it is due, or
 * how long overdue, urgently (an icon and the words, not colour alone). */
static GtkWidget *
open_dialogue_tag (CaseloadCaseRowWidget *self,
                   const char            *due_at)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) due = g_date_time_new_from_iso8601 (due_at, utc);
  g_autoptr(GDateTime) now = self->clock != NULL ? caseload_clock_now (self->clock) : g_date_time_new_now_utc ();
  g_autofree char *words = NULL;
  g_autofree char *text = NULL;
  CaseloadOdClockState state;
  gint64 seconds;

  if (due == NULL)
    return pathway_tag (caseload_pathway_label (CASELOAD_PATHWAY_OPEN_DIALOGUE), NULL, NULL);
  seconds = g_date_time_difference (due, now) / G_TIME_SPAN_SECOND;
  state = seconds > 0 ? CASELOAD_OD_CLOCK_RUNNING : CASELOAD_OD_CLOCK_BREACHED;
  words = caseload_od_clock_describe (state, ABS (seconds));
  /* Translators: a pathway, then its clock: "Open Dialogue · First meeting due in 5 hours" */
  text = g_strdup_printf (_("%s · %s"), caseload_pathway_label (CASELOAD_PATHWAY_OPEN_DIALOGUE), words);
  return state == CASELOAD_OD_CLOCK_RUNNING ? pathway_tag (text, "alarm-symbolic", "clock-near-breach")
                                            : pathway_tag (text, "dialog-error-symbolic", "clock-breached");
}

/* The pathways the person is on now, in CaseloadPathway order. */
static void
update_pathways (CaseloadCaseRowWidget *self)
{
  gboolean loaded = caseload_case_row_get_loaded (self->row);
  guint flags = loaded ? caseload_case_row_get_pathways (self->row) : 0;
  const char *od_due_at = loaded ? caseload_case_row_get_od_due_at (self->row) : NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->pathways_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->pathways_box), child);

  for (guint pathway = CASELOAD_PATHWAY_STEPPS; pathway <= CASELOAD_PATHWAY_HOUSING; pathway++)
    {
      if ((flags & (1u << pathway)) == 0)
        continue;
      if (pathway == CASELOAD_PATHWAY_OPEN_DIALOGUE && od_due_at != NULL)
        gtk_box_append (GTK_BOX (self->pathways_box), open_dialogue_tag (self, od_due_at));
      else
        gtk_box_append (GTK_BOX (self->pathways_box), pathway_tag (caseload_pathway_label (pathway), NULL, NULL));
    }
  gtk_widget_set_visible (self->pathways_box, flags != 0);
}

/* The words of the row's pathway tags, for the accessible label. */
static void
append_pathways (CaseloadCaseRowWidget *self,
                 GString               *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (self->pathways_box); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *label = GTK_IS_LABEL (child) ? child : gtk_widget_get_last_child (child);

      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, gtk_label_get_text (GTK_LABEL (label)));
    }
}

/* What a screen reader says for the row: the same facts, in one sentence. */
static void
update_accessible (CaseloadCaseRowWidget *self)
{
  GtkLabel *labels[] = {
    self->name_label, self->urgency_label, self->identity_label, self->worker_label,
    self->clock_label, self->review_label, self->contact_label,
  };
  g_autoptr(GString) text = g_string_new (NULL);
  GtkWidget *parent;

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      const char *part = gtk_label_get_text (labels[i]);

      if (part == NULL || *part == '\0' || !gtk_widget_is_visible (GTK_WIDGET (labels[i])))
        continue;
      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, part);
    }
  append_pathways (self, text);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, text->str, -1);
  /* GTK 4.8 cannot name the list item around us any other way. */
  if ((parent = gtk_widget_get_parent (GTK_WIDGET (self))) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (parent), GTK_ACCESSIBLE_PROPERTY_LABEL, text->str, -1);
}

static void
update_all (CaseloadCaseRowWidget *self)
{
  update_name (self);
  update_urgency (self);
  update_identity (self);
  update_worker (self);
  update_clock (self);
  update_review (self);
  update_contact (self);
  update_pathways (self);
  update_accessible (self);
}

/* A filled placeholder notifies every changed field in one burst (the store's rows are
 * read whole), so redo the row once per burst. */
static void
on_row_notify_cb (CaseloadCaseRow       *row,
                  GParamSpec            *pspec,
                  CaseloadCaseRowWidget *self)
{
  /* Notifications come after every field is set: "loaded" is enough. */
  if (g_str_equal (pspec->name, "loaded"))
    update_all (self);
}

static void
caseload_case_row_widget_dispose (GObject *object)
{
  CaseloadCaseRowWidget *self = (CaseloadCaseRowWidget *)object;
  GtkWidget *child;

  caseload_case_row_widget_set_row (self, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_CASE_ROW_WIDGET);

  /* The template's unnamed top-level child. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->clock);

  G_OBJECT_CLASS (caseload_case_row_widget_parent_class)->dispose (object);
}

static void
caseload_case_row_widget_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  CaseloadCaseRowWidget *self = CASELOAD_CASE_ROW_WIDGET (object);

  switch (prop_id)
    {
    case PROP_CLOCK:
      g_value_set_object (value, self->clock);
      break;

    case PROP_ROW:
      g_value_set_object (value, self->row);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_case_row_widget_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  CaseloadCaseRowWidget *self = CASELOAD_CASE_ROW_WIDGET (object);

  switch (prop_id)
    {
    case PROP_CLOCK:
      self->clock = g_value_dup_object (value);
      break;

    case PROP_ROW:
      caseload_case_row_widget_set_row (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_case_row_widget_class_init (CaseloadCaseRowWidgetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_case_row_widget_dispose;
  object_class->get_property = caseload_case_row_widget_get_property;
  object_class->set_property = caseload_case_row_widget_set_property;

  properties [PROP_CLOCK] =
    g_param_spec_object ("clock", NULL, NULL,
                         CASELOAD_TYPE_CLOCK,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_ROW] =
    g_param_spec_object ("row", NULL, NULL,
                         CASELOAD_TYPE_CASE_ROW,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pcnmh/Caseload/caseload-case-row-widget.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadCaseRowWidget, name_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCaseRowWidget, urgency_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCaseRowWidget, identity_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCaseRowWidget, worker_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCaseRowWidget, clock_box);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCaseRowWidget, clock_icon);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCaseRowWidget, clock_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCaseRowWidget, review_box);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCaseRowWidget, review_icon);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCaseRowWidget, review_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCaseRowWidget, contact_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadCaseRowWidget, pathways_box);
}

static void
caseload_case_row_widget_init (CaseloadCaseRowWidget *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
caseload_case_row_widget_new (CaseloadClock *clock)
{
  g_return_val_if_fail (clock == NULL || CASELOAD_IS_CLOCK (clock), NULL);

  return g_object_new (CASELOAD_TYPE_CASE_ROW_WIDGET,
                       "clock", clock,
                       NULL);
}

CaseloadCaseRow *
caseload_case_row_widget_get_row (CaseloadCaseRowWidget *self)
{
  g_return_val_if_fail (CASELOAD_IS_CASE_ROW_WIDGET (self), NULL);

  return self->row;
}

/* Called from the list factory's bind (a row) and unbind (NULL). */
void
caseload_case_row_widget_set_row (CaseloadCaseRowWidget *self,
                                  CaseloadCaseRow       *row)
{
  g_return_if_fail (CASELOAD_IS_CASE_ROW_WIDGET (self));
  g_return_if_fail (row == NULL || CASELOAD_IS_CASE_ROW (row));

  if (self->row == row)
    return;

  if (self->row != NULL)
    g_signal_handlers_disconnect_by_func (self->row, on_row_notify_cb, self);

  g_set_object (&self->row, row);

  if (self->row != NULL)
    {
      g_signal_connect (self->row, "notify", G_CALLBACK (on_row_notify_cb), self);
      update_all (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ROW]);
}

/* On My caseload the worker is whoever reads it: rows show only their role. */
void
caseload_case_row_widget_set_mine (CaseloadCaseRowWidget *self,
                                   gboolean               mine)
{
  g_return_if_fail (CASELOAD_IS_CASE_ROW_WIDGET (self));

  if (self->mine == mine)
    return;
  self->mine = mine;
  if (self->row != NULL)
    update_all (self);
}
