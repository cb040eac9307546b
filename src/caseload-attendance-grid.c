/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-attendance-grid"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-attendance-grid.h"
#include "caseload-format.h"

#define PAD          8      /* inside a cell, either side */
#define ROW_PAD      6      /* inside a row, above and below */
#define ICON_SIZE    16
#define GAP          6      /* between a cell's icon and its word */
#define MAX_NAME     140    /* a participant's column heading at most */
#define MAX_SESSION  220    /* the session column at most */

/* What a cell says. */
typedef enum {
  CELL_ATTENDED,
  CELL_APOLOGIES,
  CELL_DID_NOT_ATTEND,
  CELL_NOT_RECORDED,
  CELL_TO_COME,
  N_CELL_KINDS
} CellKind;

static const struct {
  const char *icon_name;
  const char *color_name;   /* NULL: the foreground */
  gboolean    dim;
} cell_kinds[N_CELL_KINDS] = {
  [CELL_ATTENDED]       = { "object-select-symbolic", "success_color", FALSE },
  [CELL_APOLOGIES]      = { "mail-unread-symbolic",   "warning_color", FALSE },
  [CELL_DID_NOT_ATTEND] = { "window-close-symbolic",  "error_color",   FALSE },
  [CELL_NOT_RECORDED]   = { "content-loading-symbolic", NULL,          TRUE },
  [CELL_TO_COME]        = { NULL,                     NULL,            TRUE },
};

struct _CaseloadAttendanceGrid
{
  GtkWidget     parent_instance;

  /* Owned */
  CaseloadCohort *cohort;
  GPtrArray    *sessions;        /* CaseloadCohortSession, by number */
  GPtrArray    *participants;    /* CaseloadCohortParticipant, as the cohort has them */
  guint8       *cells;           /* CellKind, n_sessions × n_participants, row by row */
  gboolean     *to_come;         /* per session: after today */
  char         *description;

  /* Drawing, made again when the text or the style changes */
  PangoLayout  *kind_layouts[N_CELL_KINDS];
  GPtrArray    *session_layouts; /* PangoLayout per session */
  GPtrArray    *name_layouts;    /* PangoLayout per participant */
  GtkIconPaintable *icons[N_CELL_KINDS];
  int           session_width;
  int           cell_width;
  int           row_height;
  int           header_height;
  int           focus_row;       /* the session Enter opens, -1: none yet */
};

G_DEFINE_FINAL_TYPE (CaseloadAttendanceGrid, caseload_attendance_grid, GTK_TYPE_WIDGET)

enum {
  SESSION_ACTIVATED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static const char *
kind_text (CellKind kind)
{
  switch (kind)
    {
    case CELL_ATTENDED:
      return caseload_attendance_status_label (CASELOAD_ATTENDANCE_ATTENDED);
    case CELL_APOLOGIES:
      return caseload_attendance_status_label (CASELOAD_ATTENDANCE_APOLOGIES);
    case CELL_DID_NOT_ATTEND:
      return caseload_attendance_status_label (CASELOAD_ATTENDANCE_DID_NOT_ATTEND);
    case CELL_NOT_RECORDED:
      /* Translators: a session held, with nobody's attendance recorded yet */
      return _("Not recorded");
    case CELL_TO_COME:
    case N_CELL_KINDS:
    default:
      /* Translators: a session still to come, in the attendance grid */
      return _("To come");
    }
}

static void
drop_layouts (CaseloadAttendanceGrid *self)
{
  for (guint i = 0; i < N_CELL_KINDS; i++)
    {
      g_clear_object (&self->kind_layouts[i]);
      g_clear_object (&self->icons[i]);
    }
  g_clear_pointer (&self->session_layouts, g_ptr_array_unref);
  g_clear_pointer (&self->name_layouts, g_ptr_array_unref);
}

static PangoLayout *
create_layout (CaseloadAttendanceGrid *self,
               const char             *text,
               int                     max_width,
               gboolean                bold)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);

  if (bold)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  if (max_width > 0)
    {
      pango_layout_set_width (layout, max_width * PANGO_SCALE);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  return layout;
}

/* The session's heading: "3 · Tue 26 Jan 2027" and its topic. */
static char *
session_heading (CaseloadCohortSession *session)
{
  g_autofree char *date = caseload_format_date (caseload_cohort_session_get_held_on (session));
  const char *topic = caseload_cohort_session_get_topic (session);

  if (topic != NULL && *topic != '\0')
    /* Translators: a session's number, date and topic in the attendance grid */
    return g_strdup_printf (_("%d · %s · %s"), caseload_cohort_session_get_number (session),
                            date != NULL ? date : "", topic);
  /* Translators: a session's number and date in the attendance grid */
  return g_strdup_printf (_("%d · %s"), caseload_cohort_session_get_number (session), date != NULL ? date : "");
}

/* Measures everything once: the column widths and the row height. */
static void
ensure_layouts (CaseloadAttendanceGrid *self)
{
  GtkIconTheme *theme;
  int width, height;
  int widest_kind = 0;
  int widest_name = 0;
  int widest_session = 0;
  int line = 0;

  if (self->session_layouts != NULL)
    return;

  theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (self)));
  for (guint i = 0; i < N_CELL_KINDS; i++)
    {
      self->kind_layouts[i] = create_layout (self, kind_text (i), 0, FALSE);
      pango_layout_get_pixel_size (self->kind_layouts[i], &width, &height);
      widest_kind = MAX (widest_kind, width);
      line = MAX (line, height);
      if (cell_kinds[i].icon_name != NULL)
        self->icons[i] = gtk_icon_theme_lookup_icon (theme, cell_kinds[i].icon_name, NULL, ICON_SIZE,
                                                     gtk_widget_get_scale_factor (GTK_WIDGET (self)),
                                                     gtk_widget_get_direction (GTK_WIDGET (self)), 0);
    }

  self->name_layouts = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < self->participants->len; i++)
    {
      CaseloadCohortParticipant *participant = g_ptr_array_index (self->participants, i);
      const char *name = caseload_cohort_participant_get_person_name (participant);
      PangoLayout *layout = create_layout (self, name != NULL ? name : "", MAX_NAME, TRUE);

      pango_layout_get_pixel_size (layout, &width, &height);
      widest_name = MAX (widest_name, width);
      line = MAX (line, height);
      g_ptr_array_add (self->name_layouts, layout);
    }

  self->session_layouts = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < self->sessions->len; i++)
    {
      g_autofree char *heading = session_heading (g_ptr_array_index (self->sessions, i));
      PangoLayout *layout = create_layout (self, heading, MAX_SESSION, FALSE);

      pango_layout_get_pixel_size (layout, &width, &height);
      widest_session = MAX (widest_session, width);
      line = MAX (line, height);
      g_ptr_array_add (self->session_layouts, layout);
    }

  self->cell_width = MAX (ICON_SIZE + GAP + widest_kind, widest_name) + 2 * PAD;
  self->session_width = widest_session + 2 * PAD;
  self->row_height = MAX (line, ICON_SIZE) + 2 * ROW_PAD;
  self->header_height = self->row_height;
}

/* Each participant's attendance at each session, by "session-id participant-id", read
 * once rather than searched for every cell. */
static GHashTable *
index_attendance (CaseloadCohort *cohort)
{
  GHashTable *marks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *attendance = caseload_cohort_get_attendance (cohort);

  for (guint i = 0; i < attendance->len; i++)
    {
      CaseloadAttendance *mark = g_ptr_array_index (attendance, i);

      g_hash_table_insert (marks, g_strconcat (caseload_attendance_get_session_id (mark), " ",
                                               caseload_attendance_get_participant_id (mark), NULL), mark);
    }
  return marks;
}

static CellKind
find_cell (GHashTable                *marks,
           CaseloadCohortSession     *session,
           CaseloadCohortParticipant *participant,
           gboolean                   to_come)
{
  g_autofree char *key = g_strconcat (caseload_cohort_session_get_id (session), " ",
                                      caseload_cohort_participant_get_id (participant), NULL);
  CaseloadAttendance *mark = g_hash_table_lookup (marks, key);

  if (mark == NULL)
    return to_come ? CELL_TO_COME : CELL_NOT_RECORDED;
  switch (caseload_attendance_get_status (mark))
    {
    case CASELOAD_ATTENDANCE_ATTENDED:
      return CELL_ATTENDED;
    case CASELOAD_ATTENDANCE_APOLOGIES:
      return CELL_APOLOGIES;
    case CASELOAD_ATTENDANCE_DID_NOT_ATTEND:
    default:
      return CELL_DID_NOT_ATTEND;
    }
}

static int
compare_sessions (gconstpointer a,
                  gconstpointer b)
{
  CaseloadCohortSession *left = *(CaseloadCohortSession **) a;
  CaseloadCohortSession *right = *(CaseloadCohortSession **) b;

  return caseload_cohort_session_get_number (left) - caseload_cohort_session_get_number (right);
}

static void
update_description (CaseloadAttendanceGrid *self)
{
  GString *text = g_string_new (NULL);
  guint n_participants = self->participants->len;

  for (guint s = 0; s < self->sessions->len; s++)
    {
      g_autofree char *heading = session_heading (g_ptr_array_index (self->sessions, s));

      if (self->to_come[s])
        {
          /* Translators: a session still to come, for screen readers */
          g_string_append_printf (text, _("Session %s: to come. "), heading);
          continue;
        }
      g_string_append_printf (text, _("Session %s: "), heading);
      for (guint p = 0; p < n_participants; p++)
        {
          CaseloadCohortParticipant *participant = g_ptr_array_index (self->participants, p);

          /* Translators: a participant's attendance at a session, for screen readers */
          g_string_append_printf (text, _("%s %s"), caseload_cohort_participant_get_person_name (participant),
                                  kind_text (self->cells[s * n_participants + p]));
          g_string_append (text, p + 1 < n_participants ? ", " : ". ");
        }
    }

  g_free (self->description);
  self->description = g_string_free (text, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  self->description, -1);
}

static int
row_at (CaseloadAttendanceGrid *self,
        double                  y)
{
  int row;

  if (self->row_height == 0 || y < self->header_height)
    return -1;
  row = (int) ((y - self->header_height) / self->row_height);
  return row < (int) self->sessions->len ? row : -1;
}

static void
activate_row (CaseloadAttendanceGrid *self,
              int                     row)
{
  if (row < 0 || row >= (int) self->sessions->len)
    return;
  self->focus_row = row;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals [SESSION_ACTIVATED], 0,
                 caseload_cohort_session_get_number (g_ptr_array_index (self->sessions, row)));
}

static void
on_pressed_cb (GtkGestureClick        *gesture,
               int                     n_press,
               double                  x,
               double                  y,
               CaseloadAttendanceGrid *self)
{
  int row = row_at (self, y);

  if (row < 0)
    return;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  activate_row (self, row);
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey  *controller,
                   guint                   keyval,
                   guint                   keycode,
                   GdkModifierType         state,
                   CaseloadAttendanceGrid *self)
{
  int n_rows = (int) self->sessions->len;

  if (n_rows == 0)
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      self->focus_row = MAX (0, self->focus_row - 1);
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      self->focus_row = MIN (n_rows - 1, self->focus_row + 1);
      break;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_space:
      activate_row (self, MAX (0, self->focus_row));
      return GDK_EVENT_STOP;
    default:
      return GDK_EVENT_PROPAGATE;
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return GDK_EVENT_STOP;
}

static void
append_layout (GtkSnapshot   *snapshot,
               PangoLayout   *layout,
               float          x,
               float          y,
               const GdkRGBA *color)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
caseload_attendance_grid_snapshot (GtkWidget   *widget,
                                   GtkSnapshot *snapshot)
{
  CaseloadAttendanceGrid *self = CASELOAD_ATTENDANCE_GRID (widget);
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  guint n_participants = self->participants->len;
  int width = gtk_widget_get_width (widget);
  GdkRGBA foreground, dim, line, stripe, accent;
  GdkRGBA kind_colors[N_CELL_KINDS];
  int text_height;

  ensure_layouts (self);

  gtk_style_context_get_color (context, &foreground);
  dim = foreground;
  dim.alpha *= 0.55;
  line = foreground;
  line.alpha *= 0.12;
  stripe = foreground;
  stripe.alpha *= 0.04;
  if (!gtk_style_context_lookup_color (context, "accent_color", &accent))
    accent = foreground;
  for (guint i = 0; i < N_CELL_KINDS; i++)
    if (cell_kinds[i].color_name == NULL ||
        !gtk_style_context_lookup_color (context, cell_kinds[i].color_name, &kind_colors[i]))
      kind_colors[i] = cell_kinds[i].dim ? dim : foreground;

  /* The participants' names along the top. */
  for (guint p = 0; p < n_participants; p++)
    {
      PangoLayout *layout = g_ptr_array_index (self->name_layouts, p);

      pango_layout_get_pixel_size (layout, NULL, &text_height);
      append_layout (snapshot, layout, self->session_width + p * self->cell_width + PAD,
                     (self->header_height - text_height) / 2.0f, &foreground);
    }
  gtk_snapshot_append_color (snapshot, &line,
                             &GRAPHENE_RECT_INIT (0, self->header_height - 1, width, 1));

  for (guint s = 0; s < self->sessions->len; s++)
    {
      float y = self->header_height + s * self->row_height;
      PangoLayout *heading = g_ptr_array_index (self->session_layouts, s);

      if (s % 2 == 1)
        gtk_snapshot_append_color (snapshot, &stripe, &GRAPHENE_RECT_INIT (0, y, width, self->row_height));
      if ((int) s == self->focus_row && gtk_widget_has_visible_focus (widget))
        {
          GdkRGBA focus = accent;
          const float border[4] = { 2, 2, 2, 2 };
          const GdkRGBA colors[4] = { focus, focus, focus, focus };
          GskRoundedRect outline;

          gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (1, y + 1, width - 2, self->row_height - 2), 4);
          gtk_snapshot_append_border (snapshot, &outline, border, colors);
        }

      pango_layout_get_pixel_size (heading, NULL, &text_height);
      append_layout (snapshot, heading, PAD, y + (self->row_height - text_height) / 2.0f,
                     self->to_come[s] ? &dim : &foreground);

      for (guint p = 0; p < n_participants; p++)
        {
          CellKind kind = self->cells[s * n_participants + p];
          float x = self->session_width + p * self->cell_width + PAD;
          PangoLayout *layout = self->kind_layouts[kind];

          if (self->icons[kind] != NULL)
            {
              gtk_snapshot_save (snapshot);
              gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y + (self->row_height - ICON_SIZE) / 2.0f));
              gtk_symbolic_paintable_snapshot_symbolic (GTK_SYMBOLIC_PAINTABLE (self->icons[kind]), snapshot,
                                                        ICON_SIZE, ICON_SIZE, &kind_colors[kind], 1);
              gtk_snapshot_restore (snapshot);
            }
          pango_layout_get_pixel_size (layout, NULL, &text_height);
          append_layout (snapshot, layout, x + ICON_SIZE + GAP, y + (self->row_height - text_height) / 2.0f,
                         cell_kinds[kind].dim ? &dim : &foreground);
        }
    }
}

static void
caseload_attendance_grid_measure (GtkWidget      *widget,
                                  GtkOrientation  orientation,
                                  int             for_size,
                                  int            *minimum,
                                  int            *natural,
                                  int            *minimum_baseline,
                                  int            *natural_baseline)
{
  CaseloadAttendanceGrid *self = CASELOAD_ATTENDANCE_GRID (widget);

  ensure_layouts (self);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = self->session_width + (int) self->participants->len * self->cell_width;
  else
    *minimum = *natural = self->header_height + (int) self->sessions->len * self->row_height;
}

static void
caseload_attendance_grid_css_changed (GtkWidget         *widget,
                                      GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (caseload_attendance_grid_parent_class)->css_changed (widget, change);

  /* The font or the icon theme may have changed. */
  drop_layouts (CASELOAD_ATTENDANCE_GRID (widget));
  gtk_widget_queue_resize (widget);
}

static void
caseload_attendance_grid_finalize (GObject *object)
{
  CaseloadAttendanceGrid *self = (CaseloadAttendanceGrid *)object;

  drop_layouts (self);
  g_clear_object (&self->cohort);
  g_clear_pointer (&self->sessions, g_ptr_array_unref);
  g_clear_pointer (&self->participants, g_ptr_array_unref);
  g_clear_pointer (&self->cells, g_free);
  g_clear_pointer (&self->to_come, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (caseload_attendance_grid_parent_class)->finalize (object);
}

static void
caseload_attendance_grid_class_init (CaseloadAttendanceGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = caseload_attendance_grid_finalize;
  widget_class->snapshot = caseload_attendance_grid_snapshot;
  widget_class->measure = caseload_attendance_grid_measure;
  widget_class->css_changed = caseload_attendance_grid_css_changed;

  signals [SESSION_ACTIVATED] = g_signal_new ("session-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                              0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_css_name (widget_class, "attendance-grid");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
caseload_attendance_grid_init (CaseloadAttendanceGrid *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->sessions = g_ptr_array_new_with_free_func (g_object_unref);
  self->participants = g_ptr_array_new_with_free_func (g_object_unref);
  self->focus_row = -1;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "pointer");
  g_signal_connect_object (click, "pressed", G_CALLBACK (on_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Session calendar"), -1);
}

GtkWidget *
caseload_attendance_grid_new (void)
{
  return g_object_new (CASELOAD_TYPE_ATTENDANCE_GRID, NULL);
}

void
caseload_attendance_grid_set_cohort (CaseloadAttendanceGrid *self,
                                     CaseloadCohort         *cohort,
                                     const char             *today)
{
  g_autoptr(GHashTable) marks = NULL;
  guint n_participants;

  g_return_if_fail (CASELOAD_IS_ATTENDANCE_GRID (self));
  g_return_if_fail (cohort == NULL || CASELOAD_IS_COHORT (cohort));

  drop_layouts (self);
  g_set_object (&self->cohort, cohort);
  g_ptr_array_set_size (self->sessions, 0);
  g_ptr_array_set_size (self->participants, 0);
  g_clear_pointer (&self->cells, g_free);
  g_clear_pointer (&self->to_come, g_free);

  if (cohort != NULL)
    {
      GPtrArray *sessions = caseload_cohort_get_sessions (cohort);
      GPtrArray *participants = caseload_cohort_get_participants (cohort);

      for (guint i = 0; i < sessions->len; i++)
        g_ptr_array_add (self->sessions, g_object_ref (g_ptr_array_index (sessions, i)));
      g_ptr_array_sort (self->sessions, compare_sessions);
      for (guint i = 0; i < participants->len; i++)
        g_ptr_array_add (self->participants, g_object_ref (g_ptr_array_index (participants, i)));
    }

  n_participants = self->participants->len;
  marks = cohort != NULL ? index_attendance (cohort) : g_hash_table_new (g_str_hash, g_str_equal);
  self->cells = g_new0 (guint8, self->sessions->len * n_participants + 1);
  self->to_come = g_new0 (gboolean, self->sessions->len + 1);
  for (guint s = 0; s < self->sessions->len; s++)
    {
      CaseloadCohortSession *session = g_ptr_array_index (self->sessions, s);
      const char *held_on = caseload_cohort_session_get_held_on (session);

      self->to_come[s] = today != NULL && held_on != NULL && strncmp (held_on, today, 10) > 0;
      for (guint p = 0; p < n_participants; p++)
        self->cells[s * n_participants + p] = find_cell (marks, session, g_ptr_array_index (self->participants, p),
                                                         self->to_come[s]);
    }

  if (self->focus_row >= (int) self->sessions->len)
    self->focus_row = -1;
  update_description (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

guint
caseload_attendance_grid_get_n_sessions (CaseloadAttendanceGrid *self)
{
  g_return_val_if_fail (CASELOAD_IS_ATTENDANCE_GRID (self), 0);

  return self->sessions->len;
}

guint
caseload_attendance_grid_get_n_participants (CaseloadAttendanceGrid *self)
{
  g_return_val_if_fail (CASELOAD_IS_ATTENDANCE_GRID (self), 0);

  return self->participants->len;
}

const char *
caseload_attendance_grid_get_cell_text (CaseloadAttendanceGrid *self,
                                        guint                   session_row,
                                        guint                   participant_column)
{
  g_return_val_if_fail (CASELOAD_IS_ATTENDANCE_GRID (self), NULL);
  g_return_val_if_fail (session_row < self->sessions->len, NULL);
  g_return_val_if_fail (participant_column < self->participants->len, NULL);

  return kind_text (self->cells[session_row * self->participants->len + participant_column]);
}

const char *
caseload_attendance_grid_get_description (CaseloadAttendanceGrid *self)
{
  g_return_val_if_fail (CASELOAD_IS_ATTENDANCE_GRID (self), NULL);

  return self->description;
}
