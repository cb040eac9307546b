/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-format.h"
#include "caseload-housing-status-change.h"
#include "caseload-info-row.h"
#include "caseload-ips.h"
#include "caseload-open-dialogue.h"
#include "caseload-pathways-view.h"

struct _CaseloadPathwaysView
{
  GtkWidget              parent_instance;

  CaseloadContext       *context;
  CaseloadPerson        *person;
  CaseloadPathways      *pathways;
  GListModel            *network;
  gboolean               may_add;
  CaseloadPathwayDialog *dialog;   /* weak: the form opened last */
  GPtrArray             *clocks;   /* ClockShown: 24-hour clocks still counting */
  guint                  clock_source;

  GtkStack              *stack;
  GtkWidget             *status_page;
  GtkWidget             *sections_box;
};

/* A 24-hour clock on show that still counts (running, or overdue), and the widgets that
 * say so, brought up to date each minute. */
typedef struct {
  CaseloadOdEpisode *episode;
  GtkWidget         *expander;
  GtkWidget         *expander_icon;
  GtkWidget         *row;
  GtkWidget         *row_icon;
  GtkWidget         *words;
  const char        *style_class;
} ClockShown;

#define CLOCK_TICK_SECONDS 60

G_DEFINE_FINAL_TYPE (CaseloadPathwaysView, caseload_pathways_view, GTK_TYPE_WIDGET)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
is_empty (const char *text)
{
  return text == NULL || *text == '\0';
}

static void
forget (CaseloadPathwaysView *self)
{
  g_clear_object (&self->person);
  g_clear_pointer (&self->pathways, caseload_pathways_free);
}

static void
clock_shown_free (ClockShown *shown)
{
  g_clear_object (&shown->episode);
  g_free (shown);
}

static void
clear_shown (CaseloadPathwaysView *self)
{
  GtkWidget *child;

  g_clear_handle_id (&self->clock_source, g_source_remove);
  g_ptr_array_set_size (self->clocks, 0);

  while ((child = gtk_widget_get_first_child (self->sections_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->sections_box), child);
}

/* Pieces of rows */

/* An icon that says what it means, and the words beside it: never colour alone. */
static GtkWidget *
create_flag (const char *icon_name,
             const char *text,
             const char *style_class)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);
  GtkWidget *label = gtk_label_new (text);

  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  if (style_class != NULL)
    gtk_widget_add_css_class (box, style_class);

  return box;
}

/* An icon alone, named for screen readers by what it means. */
static GtkWidget *
create_icon (const char *icon_name,
             const char *meaning,
             const char *style_class)
{
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);

  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, meaning, -1);
  gtk_widget_set_tooltip_text (icon, meaning);
  gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
  if (style_class != NULL)
    gtk_widget_add_css_class (icon, style_class);

  return icon;
}

static GtkWidget *
create_button (const char *label,
               const char *action_name,
               const char *target)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  if (target != NULL)
    gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", target);

  return button;
}

/* A row of buttons at the end of an item's rows. */
static GtkWidget *
create_actions_row (GtkWidget *first,
                    ...)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  va_list args;

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Actions"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Actions"), -1);
  gtk_widget_set_halign (box, GTK_ALIGN_END);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  va_start (args, first);
  for (GtkWidget *button = first; button != NULL; button = va_arg (args, GtkWidget *))
    gtk_box_append (GTK_BOX (box), button);
  va_end (args);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  return row;
}

/* A section: its title, what it is, and the button that starts something new. */
static GtkWidget *
create_section (CaseloadPathwaysView *self,
                const char           *title,
                const char           *description,
                const char           *button_label,
                const char           *action_name)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  if (self->may_add && action_name != NULL)
    adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group),
                                             create_button (button_label, action_name, NULL));
  gtk_box_append (GTK_BOX (self->sections_box), group);

  return group;
}

static GtkWidget *
create_expander (const char *title,
                 const char *subtitle,
                 gboolean    expanded)
{
  GtkWidget *expander = adw_expander_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), expanded);
  gtk_accessible_update_property (GTK_ACCESSIBLE (expander), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle, -1);

  return expander;
}

static void
add_placeholder (GtkWidget  *group,
                 const char *text)
{
  GtkWidget *row = caseload_info_row_new (text, NULL);

  gtk_widget_add_css_class (row, "dim-label");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

/* "3 Nov 2026", or @otherwise. */
static char *
date_or (const char *iso,
         const char *otherwise)
{
  char *date = caseload_format_date (iso);

  return date != NULL ? date : g_strdup (otherwise);
}

static char *
join_staff (GPtrArray *staff)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; staff != NULL && i < staff->len; i++)
    {
      if (i > 0)
        g_string_append (names, _(", "));
      g_string_append (names, caseload_staff_get_display_name (g_ptr_array_index (staff, i)));
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* Open Dialogue */

static void
clock_look (CaseloadOdClockState   state,
            const char           **icon_name,
            const char           **style_class)
{
  switch (state)
    {
    case CASELOAD_OD_CLOCK_RUNNING:
      *icon_name = "alarm-symbolic";
      *style_class = "clock-near-breach";
      break;
    case CASELOAD_OD_CLOCK_BREACHED:
      *icon_name = "dialog-error-symbolic";
      *style_class = "clock-breached";
      break;
    case CASELOAD_OD_CLOCK_MET_LATE:
      *icon_name = "dialog-warning-symbolic";
      *style_class = "clock-missed";
      break;
    case CASELOAD_OD_CLOCK_MET:
    default:
      *icon_name = "emblem-ok-symbolic";
      *style_class = "clock-met";
      break;
    }
}

/* "Change…" at the end of a row: a flat button, lighter than the actions under it. */
static GtkWidget *
create_change_button (const char *action_name,
                      const char *target)
{
  GtkWidget *button = create_button (_("_Change…"), action_name, target);

  gtk_widget_add_css_class (button, "flat");

  return button;
}

static GtkWidget *
create_meeting_row (CaseloadPathwaysView *self,
                    CaseloadOdEpisode    *episode,
                    CaseloadOdMeeting    *meeting)
{
  g_autofree char *when = caseload_format_date_time (caseload_od_meeting_get_held_at (meeting));
  /* Translators: a network meeting, as in "Tue 3 Nov 2026, 10:00 · Home" */
  g_autofree char *title = g_strdup_printf (_("%s · %s"), when != NULL ? when : "",
                                            caseload_od_place_label (caseload_od_meeting_get_place (meeting)));
  g_autofree char *practitioners = join_staff (caseload_od_meeting_get_practitioners (meeting));
  GPtrArray *members = caseload_od_meeting_get_members (meeting);
  g_autoptr(GString) subtitle = g_string_new (NULL);
  GtkWidget *row;

  g_string_append_printf (subtitle, _("Practitioners: %s"), *practitioners != '\0' ? practitioners : _("none"));
  if (members->len > 0)
    {
      g_string_append (subtitle, _(" · Network: "));
      for (guint i = 0; i < members->len; i++)
        g_string_append_printf (subtitle, "%s%s", i > 0 ? _(", ") : "",
                                caseload_network_member_get_name (g_ptr_array_index (members, i)));
    }
  g_string_append (subtitle, caseload_od_meeting_get_person_present (meeting)
                             ? _(" · The person was there") : _(" · The person was not there"));
  if (!is_empty (caseload_od_meeting_get_decisions (meeting)))
    g_string_append_printf (subtitle, _("\nDecided together: %s"), caseload_od_meeting_get_decisions (meeting));
  if (!is_empty (caseload_od_meeting_get_notes (meeting)))
    g_string_append_printf (subtitle, _("\nFor the network: %s"), caseload_od_meeting_get_notes (meeting));

  row = caseload_info_row_new (title, subtitle->str);
  if (!caseload_od_meeting_has_core_member (episode, meeting))
    caseload_info_row_add_suffix (row, create_flag ("dialog-warning-symbolic", _("None of the core team"), "warning"));
  if (self->may_add && caseload_od_episode_get_ended_on (episode) == NULL)
    caseload_info_row_add_suffix (row, create_change_button ("pathways-view.change-meeting",
                                                             caseload_od_meeting_get_id (meeting)));

  return row;
}

static void
add_episode (CaseloadPathwaysView *self,
             GtkWidget            *group,
             CaseloadOdEpisode    *episode,
             GDateTime            *now)
{
  g_autoptr(GDateTime) due_at = NULL;
  gint64 seconds = 0;
  CaseloadOdClockState state = caseload_od_clock (episode, now, &due_at, &seconds);
  g_autofree char *clock = caseload_od_clock_describe (state, seconds);
  g_autofree char *contact = caseload_format_date_time (caseload_od_episode_get_contact_at (episode));
  g_autofree char *title = NULL;
  g_autofree char *core = join_staff (caseload_od_episode_get_core_team (episode));
  g_autofree char *ended = NULL;
  GPtrArray *meetings = caseload_od_episode_get_meetings (episode);
  const char *ended_on = caseload_od_episode_get_ended_on (episode);
  const char *icon_name, *style_class;
  g_autofree char *due_text = NULL;
  GtkWidget *expander, *expander_icon, *row, *row_icon, *words;

  /* Translators: an Open Dialogue episode, as in "From a crisis contact · Tue 3 Nov 2026, 22:10" */
  title = g_strdup_printf (_("%s · %s"), caseload_od_start_label (caseload_od_episode_get_start_kind (episode)),
                           contact != NULL ? contact : "");
  expander = create_expander (title, clock, ended_on == NULL);
  clock_look (state, &icon_name, &style_class);
  expander_icon = create_icon (icon_name, clock, style_class);
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (expander), expander_icon);

  /* The clock, in words with its icon, and when it is due */
  if (due_at != NULL && (state == CASELOAD_OD_CLOCK_RUNNING || state == CASELOAD_OD_CLOCK_BREACHED))
    {
      g_autofree char *due = g_date_time_format (due_at, "%a %-d %b %Y, %H:%M");

      due_text = g_strdup_printf (_("Due %s"), due);
    }
  row = caseload_info_row_new (_("First network meeting within 24 hours"), due_text);
  row_icon = create_icon (icon_name, caseload_od_clock_state_label (state), style_class);
  caseload_info_row_add_prefix (row, row_icon);
  words = gtk_label_new (clock);
  gtk_label_set_xalign (GTK_LABEL (words), 1.0f);
  caseload_info_row_add_suffix (row, words);
  gtk_widget_add_css_class (row, style_class);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);

  if (state == CASELOAD_OD_CLOCK_RUNNING ||
      (state == CASELOAD_OD_CLOCK_BREACHED && ended_on == NULL))
    {
      ClockShown *shown = g_new0 (ClockShown, 1);

      shown->episode = g_object_ref (episode);
      shown->expander = expander;
      shown->expander_icon = expander_icon;
      shown->row = row;
      shown->row_icon = row_icon;
      shown->words = words;
      shown->style_class = style_class;
      g_ptr_array_add (self->clocks, shown);
    }

  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                            caseload_info_row_new (_("Core team"), *core != '\0' ? core : _("Not recorded")));
  if (!is_empty (caseload_od_episode_get_responsible_name (episode)))
    adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                              caseload_info_row_new (_("Responsible"),
                                                     caseload_od_episode_get_responsible_name (episode)));
  if (ended_on != NULL)
    {
      ended = date_or (ended_on, "");
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                                caseload_info_row_new (_("Ended"), ended));
    }

  if (meetings->len == 0)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), caseload_info_row_new (_("No network meetings yet"), NULL));
  /* Newest first */
  for (guint i = meetings->len; i > 0; i--)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), create_meeting_row (self, episode, g_ptr_array_index (meetings, i - 1)));

  if (self->may_add && ended_on == NULL)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                              create_actions_row (create_button (_("Record _Meeting…"), "pathways-view.record-meeting",
                                                                 caseload_od_episode_get_id (episode)),
                                                  create_button (_("_End Episode…"), "pathways-view.end-episode",
                                                                 caseload_od_episode_get_id (episode)),
                                                  NULL));

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), expander);
}

static void
restyle (GtkWidget  *widget,
         const char *old_class,
         const char *new_class)
{
  gtk_widget_remove_css_class (widget, old_class);
  gtk_widget_add_css_class (widget, new_class);
}

/* Each minute: the clocks still counting say how long is left, or how late it is. */
static gboolean
tick_clocks_cb (gpointer user_data)
{
  CaseloadPathwaysView *self = user_data;
  g_autoptr(GDateTime) now = caseload_clock_now (caseload_context_get_clock (self->context));

  for (guint i = 0; i < self->clocks->len; i++)
    {
      ClockShown *shown = g_ptr_array_index (self->clocks, i);
      gint64 seconds = 0;
      CaseloadOdClockState state = caseload_od_clock (shown->episode, now, NULL, &seconds);
      g_autofree char *clock = caseload_od_clock_describe (state, seconds);
      const char *icon_name, *style_class;

      clock_look (state, &icon_name, &style_class);
      gtk_label_set_text (GTK_LABEL (shown->words), clock);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (shown->expander), clock);
      gtk_accessible_update_property (GTK_ACCESSIBLE (shown->expander), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, clock, -1);
      gtk_image_set_from_icon_name (GTK_IMAGE (shown->expander_icon), icon_name);
      gtk_image_set_from_icon_name (GTK_IMAGE (shown->row_icon), icon_name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (shown->expander_icon), GTK_ACCESSIBLE_PROPERTY_LABEL, clock, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (shown->row_icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      caseload_od_clock_state_label (state), -1);
      restyle (shown->expander_icon, shown->style_class, style_class);
      restyle (shown->row_icon, shown->style_class, style_class);
      restyle (shown->row, shown->style_class, style_class);
      shown->style_class = style_class;
    }

  return G_SOURCE_CONTINUE;
}

static void
show_open_dialogue (CaseloadPathwaysView *self,
                    GDateTime            *now)
{
  GtkWidget *group = create_section (self, _("Open Dialogue"),
                                     _("Network meetings, the first within 24 hours of contact"),
                                     _("_Start Episode…"), "pathways-view.start-episode");

  if (self->pathways->od_episodes->len == 0)
    add_placeholder (group, _("No Open Dialogue episode"));
  for (guint i = 0; i < self->pathways->od_episodes->len; i++)
    add_episode (self, group, g_ptr_array_index (self->pathways->od_episodes, i), now);

  if (self->clocks->len > 0)
    self->clock_source = g_timeout_add_seconds (CLOCK_TICK_SECONDS, tick_clocks_cb, self);
}

/* A group the person is in: opens the group's page (the window's "win.open-cohort"). */
static GtkWidget *
create_cohort_row (const char *name,
                   const char *subtitle,
                   const char *cohort_id)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (cohort_id != NULL)
    {
      GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

      gtk_widget_set_tooltip_text (row, _("Open the group"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Open the group"), -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-cohort");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", cohort_id);
    }
  return row;
}

/* STEPPS: the groups are run from Groups; here only where the person is in them. */
static void
show_stepps (CaseloadPathwaysView *self)
{
  GtkWidget *group;

  if (self->pathways->cohorts->len == 0)
    return;

  group = create_section (self, _("STEPPS Groups"),
                          _("Groups are run from Groups in the sidebar; choose one to open it"), NULL, NULL);
  for (guint i = 0; i < self->pathways->cohorts->len; i++)
    {
      CaseloadCohortParticipant *participant = g_ptr_array_index (self->pathways->cohorts, i);
      g_autofree char *joined = date_or (caseload_cohort_participant_get_joined_on (participant), "");
      g_autofree char *subtitle = NULL;
      const char *left_on = caseload_cohort_participant_get_left_on (participant);
      const char *next_on = caseload_cohort_participant_get_cohort_next_session_on (participant);

      if (left_on != NULL)
        {
          g_autofree char *left = date_or (left_on, "");
          subtitle = g_strdup_printf (_("Joined %s · Left %s"), joined, left);
        }
      else if (next_on != NULL)
        {
          g_autofree char *next = date_or (next_on, "");
          subtitle = g_strdup_printf (_("Joined %s · Next session %s"), joined, next);
        }
      else
        {
          g_autofree char *end = date_or (caseload_cohort_participant_get_cohort_end_on (participant), "");
          subtitle = g_strdup_printf (_("Joined %s · Finished %s"), joined, end);
        }

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 create_cohort_row (caseload_cohort_participant_get_cohort_name (participant), subtitle,
                                                    caseload_cohort_participant_get_cohort_id (participant)));
    }
}

/* IPS */

static GtkWidget *
create_stage_row (const char *stage,
                  const char *iso)
{
  g_autofree char *date = date_or (iso, _("Not yet"));
  GtkWidget *row = caseload_info_row_new (stage, date);

  if (iso == NULL)
    gtk_widget_add_css_class (row, "dim-label");

  return row;
}

static GtkWidget *
create_contact_row (CaseloadEmployerContact *contact)
{
  g_autofree char *date = date_or (caseload_employer_contact_get_contacted_on (contact), "");
  /* Translators: an employer contact, as in "Tesco Lakeside · 3 Nov 2026" */
  g_autofree char *title = g_strdup_printf (_("%s · %s"), caseload_employer_contact_get_employer (contact), date);
  const char *note = caseload_employer_contact_get_note (contact);
  const char *outcome = caseload_employer_outcome_label (caseload_employer_contact_get_outcome (contact));
  g_autofree char *subtitle = is_empty (note) ? g_strdup (outcome) : g_strdup_printf (_("%s · %s"), outcome, note);

  return caseload_info_row_new (title, subtitle);
}

static GtkWidget *
create_job_row (CaseloadPathwaysView *self,
                CaseloadIpsJob       *job)
{
  g_autofree char *started = date_or (caseload_ips_job_get_started_on (job), "");
  /* Translators: a job, as in "Shelf stacker at Tesco Lakeside" */
  g_autofree char *title = g_strdup_printf (_("%s at %s"), caseload_ips_job_get_role (job),
                                            caseload_ips_job_get_employer (job));
  g_autoptr(GString) subtitle = g_string_new (NULL);
  GtkWidget *row;

  g_string_append_printf (subtitle, _("%g hours a week · %s · from %s"), caseload_ips_job_get_hours_per_week (job),
                          caseload_pay_type_label (caseload_ips_job_get_pay_type (job)), started);
  if (caseload_ips_job_get_in_work_support (job))
    g_string_append (subtitle, _(" · In-work support"));
  if (caseload_ips_job_get_ended_on (job) != NULL)
    {
      g_autofree char *ended = date_or (caseload_ips_job_get_ended_on (job), "");

      g_string_append_printf (subtitle, _("\nEnded %s: %s"), ended,
                              caseload_job_end_reason_label (caseload_ips_job_get_end_reason (job)));
    }

  row = caseload_info_row_new (title, subtitle->str);
  if (!caseload_ips_job_counts (job))
    caseload_info_row_add_suffix (row, create_flag ("dialog-information-symbolic",
                                                    _("Under 4 hours: not a job start"), "dim-label"));
  if (self->may_add)
    caseload_info_row_add_suffix (row, create_change_button ("pathways-view.change-job", caseload_ips_job_get_id (job)));

  return row;
}

static void
add_ips_referral (CaseloadPathwaysView *self,
                  GtkWidget            *group,
                  CaseloadIpsReferral  *referral)
{
  CaseloadIpsStage stage = caseload_ips_referral_stage (referral);
  /* Translators: where the person is on the IPS journey, as in "IPS: Job search" */
  g_autofree char *title = g_strdup_printf (_("IPS: %s"), caseload_ips_stage_label (stage));
  g_autofree char *referred = date_or (caseload_ips_referral_get_referred_on (referral), "");
  g_autofree char *subtitle = NULL;
  GPtrArray *contacts = caseload_ips_referral_get_contacts (referral);
  GPtrArray *jobs = caseload_ips_referral_get_jobs (referral);
  const char *id = caseload_ips_referral_get_id (referral);
  gboolean closed = caseload_ips_referral_get_closed_on (referral) != NULL;
  GtkWidget *expander;

  subtitle = g_strdup_printf (_("Referred %s · Employment specialist: %s"), referred,
                              is_empty (caseload_ips_referral_get_specialist_name (referral))
                              ? _("not named") : caseload_ips_referral_get_specialist_name (referral));
  expander = create_expander (title, subtitle, !closed);

  if (!is_empty (caseload_ips_referral_get_referred_by_name (referral)))
    {
      g_autofree char *by = g_strdup_printf (_("%s (%s)"), caseload_ips_referral_get_referred_by_name (referral),
                                             caseload_ips_referral_get_referred_by_organisation_name (referral));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), caseload_info_row_new (_("Referred by"), by));
    }
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                            create_stage_row (_("Referred"), caseload_ips_referral_get_referred_on (referral)));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                            create_stage_row (_("Engaged: vocational profile"),
                                              caseload_ips_referral_get_engaged_on (referral)));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                            create_stage_row (_("Job search"), caseload_ips_referral_get_job_search_on (referral)));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                            create_stage_row (_("Benefits advice given"),
                                              caseload_ips_referral_get_benefits_advice (referral)
                                              ? caseload_ips_referral_get_benefits_advice_on (referral) : NULL));
  if (closed)
    {
      g_autofree char *closed_on = date_or (caseload_ips_referral_get_closed_on (referral), "");
      g_autofree char *why = is_empty (caseload_ips_referral_get_close_reason (referral))
                             ? g_strdup (closed_on)
                             : g_strdup_printf (_("%s · %s"), closed_on, caseload_ips_referral_get_close_reason (referral));

      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), caseload_info_row_new (_("Closed"), why));
    }

  for (guint i = 0; i < contacts->len; i++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), create_contact_row (g_ptr_array_index (contacts, i)));
  for (guint i = 0; i < jobs->len; i++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), create_job_row (self, g_ptr_array_index (jobs, i)));

  if (self->may_add && !closed)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                              create_actions_row (create_button (_("_Journey…"), "pathways-view.update-ips", id),
                                                  create_button (_("_Employer Contact…"), "pathways-view.add-contact", id),
                                                  create_button (_("Job _Start…"), "pathways-view.add-job", id),
                                                  create_button (_("C_lose…"), "pathways-view.close-ips", id),
                                                  NULL));

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), expander);
}

static void
show_ips (CaseloadPathwaysView *self)
{
  GtkWidget *group = create_section (self, _("IPS Employment"),
                                     _("Individual Placement and Support: anyone who wants to work"),
                                     _("_Refer…"), "pathways-view.refer-ips");

  if (self->pathways->ips_referrals->len == 0)
    add_placeholder (group, _("No IPS referral"));
  for (guint i = 0; i < self->pathways->ips_referrals->len; i++)
    add_ips_referral (self, group, g_ptr_array_index (self->pathways->ips_referrals, i));
}

/* Housing */

static GtkWidget *
create_history_row (CaseloadHousingStatusChange *change,
                    gboolean                     first)
{
  CaseloadHousingStatus from = caseload_housing_status_change_get_from_status (change);
  CaseloadHousingStatus to = caseload_housing_status_change_get_to_status (change);
  g_autofree char *date = date_or (caseload_housing_status_change_get_changed_on (change), "");
  g_autofree char *title = NULL;
  g_autoptr(GString) subtitle = g_string_new (date);
  const char *reason = caseload_housing_status_change_get_reason (change);
  const char *by = caseload_housing_status_change_get_changed_by_name (change);
  GtkWidget *row;

  if (first || from == to)
    title = g_strdup (caseload_housing_status_label (to));
  else
    /* Translators: a change of a housing referral's status, as in "Offered → Assessed" */
    title = g_strdup_printf (_("%s → %s"), caseload_housing_status_label (from), caseload_housing_status_label (to));

  if (!is_empty (by))
    g_string_append_printf (subtitle, _(" · by %s"), by);
  if (!is_empty (reason))
    g_string_append_printf (subtitle, _("\nWhy: %s"), reason);

  row = caseload_info_row_new (title, subtitle->str);
  if (!first && to < from)
    caseload_info_row_add_suffix (row, create_flag ("go-previous-symbolic", _("Went back"), "warning"));

  return row;
}

static void
add_housing_referral (CaseloadPathwaysView    *self,
                      GtkWidget               *group,
                      CaseloadHousingReferral *referral)
{
  CaseloadHousingStatus status = caseload_housing_referral_get_status (referral);
  /* Translators: a housing referral, as in "Prevention · Thurrock Housing Solutions" */
  g_autofree char *title = g_strdup_printf (_("%s · %s"),
                                            caseload_housing_kind_label (caseload_housing_referral_get_kind (referral)),
                                            caseload_housing_referral_get_organisation_name (referral));
  g_autofree char *since = date_or (caseload_housing_referral_get_status_on (referral), "");
  g_autofree char *subtitle = NULL;
  GPtrArray *history = caseload_housing_referral_get_history (referral);
  GtkWidget *expander;

  if (status == CASELOAD_HOUSING_CLOSED)
    subtitle = g_strdup_printf (_("Closed %s: %s"), since,
                                caseload_housing_outcome_label (caseload_housing_referral_get_outcome (referral)));
  else
    /* Translators: a housing referral's status, as in "Offered since 3 Nov 2026" */
    subtitle = g_strdup_printf (_("%s since %s"), caseload_housing_status_label (status), since);

  expander = create_expander (title, subtitle, status != CASELOAD_HOUSING_CLOSED);
  for (guint i = 0; i < history->len; i++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), create_history_row (g_ptr_array_index (history, i), i == 0));

  /* A closed one is reopened, with a reason, by changing its status again. */
  if (self->may_add)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                              create_actions_row (create_button (status == CASELOAD_HOUSING_CLOSED
                                                                 ? _("_Reopen…") : _("_Update Status…"),
                                                                 "pathways-view.update-housing",
                                                                 caseload_housing_referral_get_id (referral)),
                                                  NULL));

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), expander);
}

static void
show_housing (CaseloadPathwaysView *self)
{
  GtkWidget *group = create_section (self, _("Housing"),
                                     _("Referrals to housing services, updated by whoever holds them"),
                                     _("Send _Referral…"), "pathways-view.send-housing");

  if (self->pathways->housing_referrals->len == 0)
    add_placeholder (group, _("No housing referral"));
  for (guint i = 0; i < self->pathways->housing_referrals->len; i++)
    add_housing_referral (self, group, g_ptr_array_index (self->pathways->housing_referrals, i));
}

static void
show_accommodation (CaseloadPathwaysView *self)
{
  GtkWidget *group = create_section (self, _("Accommodation"), _("Where the person lives, over time"),
                                     _("Record _Change…"), "pathways-view.record-accommodation");
  GPtrArray *records = self->pathways->accommodation;

  if (records->len == 0)
    add_placeholder (group, _("Not recorded"));
  for (guint i = 0; i < records->len; i++)
    {
      CaseloadAccommodationRecord *record = g_ptr_array_index (records, i);
      CaseloadAccommodation status = caseload_accommodation_record_get_status (record);
      g_autofree char *from = date_or (caseload_accommodation_record_get_from_on (record), "");
      g_autofree char *title = i == 0 ? g_strdup_printf (_("Now: %s"), caseload_accommodation_label (status))
                                      : g_strdup (caseload_accommodation_label (status));
      const char *note = caseload_accommodation_record_get_note (record);
      g_autofree char *subtitle = is_empty (note) ? g_strdup_printf (_("From %s"), from)
                                                  : g_strdup_printf (_("From %s · %s"), from, note);
      GtkWidget *row = caseload_info_row_new (title, subtitle);

      if (i == 0 && status != CASELOAD_ACCOMMODATION_SETTLED)
        caseload_info_row_add_suffix (row, create_flag ("dialog-warning-symbolic", _("Not settled"), "warning"));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
}

static void
show_pathways (CaseloadPathwaysView *self)
{
  g_autoptr(GDateTime) now = caseload_clock_now (caseload_context_get_clock (self->context));

  clear_shown (self);
  show_open_dialogue (self, now);
  show_stepps (self);
  show_ips (self);
  show_housing (self);
  show_accommodation (self);
  gtk_stack_set_visible_child_name (self->stack, "pathways");
}

/* The forms */

static void
on_dialog_saved_cb (CaseloadPathwaysView *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

typedef const char *(*IdFunc) (gpointer record);

static GObject *
find_record (GPtrArray  *records,
             IdFunc      get_id,
             const char *id)
{
  for (guint i = 0; records != NULL && i < records->len; i++)
    if (g_strcmp0 (get_id (g_ptr_array_index (records, i)), id) == 0)
      return g_ptr_array_index (records, i);

  return NULL;
}

static void
open_form (CaseloadPathwaysView *self,
           CaseloadPathwayForm   form,
           GObject              *parent,
           GObject              *record)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  CaseloadPathwayDialog *dialog;

  if (self->person == NULL || self->context == NULL || !self->may_add)
    return;

  dialog = caseload_pathway_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->context,
                                        self->person, form, parent, record, self->network);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_dialog_saved_cb), self, G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
form_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CaseloadPathwaysView *self = CASELOAD_PATHWAYS_VIEW (widget);
  const char *id = parameter != NULL ? g_variant_get_string (parameter, NULL) : NULL;
  CaseloadPathways *pathways = self->pathways;
  GObject *found = NULL;

  if (pathways == NULL)
    return;

  if (g_str_equal (action_name, "pathways-view.start-episode"))
    open_form (self, CASELOAD_PATHWAY_FORM_OD_EPISODE, NULL, NULL);
  else if (g_str_equal (action_name, "pathways-view.record-meeting"))
    {
      if ((found = find_record (pathways->od_episodes, (IdFunc) caseload_od_episode_get_id, id)) != NULL)
        open_form (self, CASELOAD_PATHWAY_FORM_OD_MEETING, found, NULL);
    }
  else if (g_str_equal (action_name, "pathways-view.refer-ips"))
    open_form (self, CASELOAD_PATHWAY_FORM_IPS_REFERRAL, NULL, NULL);
  else if (g_str_equal (action_name, "pathways-view.send-housing"))
    open_form (self, CASELOAD_PATHWAY_FORM_HOUSING_REFERRAL, NULL, NULL);
  else if (g_str_equal (action_name, "pathways-view.record-accommodation"))
    open_form (self, CASELOAD_PATHWAY_FORM_ACCOMMODATION, NULL, NULL);
  else if (g_str_equal (action_name, "pathways-view.update-housing"))
    {
      if ((found = find_record (pathways->housing_referrals, (IdFunc) caseload_housing_referral_get_id, id)) != NULL)
        open_form (self, CASELOAD_PATHWAY_FORM_HOUSING_STATUS, NULL, found);
    }
  else if (g_str_equal (action_name, "pathways-view.end-episode"))
    {
      if ((found = find_record (pathways->od_episodes, (IdFunc) caseload_od_episode_get_id, id)) != NULL &&
          caseload_od_episode_get_ended_on (CASELOAD_OD_EPISODE (found)) == NULL)
        open_form (self, CASELOAD_PATHWAY_FORM_OD_END, NULL, found);
    }
  else if (g_str_equal (action_name, "pathways-view.change-meeting"))
    {
      for (guint i = 0; i < pathways->od_episodes->len && found == NULL; i++)
        {
          CaseloadOdEpisode *episode = g_ptr_array_index (pathways->od_episodes, i);

          if ((found = find_record (caseload_od_episode_get_meetings (episode), (IdFunc) caseload_od_meeting_get_id,
                                    id)) != NULL)
            open_form (self, CASELOAD_PATHWAY_FORM_OD_MEETING, G_OBJECT (episode), found);
        }
    }
  else if (g_str_equal (action_name, "pathways-view.change-job"))
    {
      for (guint i = 0; i < pathways->ips_referrals->len && found == NULL; i++)
        {
          CaseloadIpsReferral *referral = g_ptr_array_index (pathways->ips_referrals, i);

          if ((found = find_record (caseload_ips_referral_get_jobs (referral), (IdFunc) caseload_ips_job_get_id, id)) != NULL)
            open_form (self, CASELOAD_PATHWAY_FORM_IPS_JOB, G_OBJECT (referral), found);
        }
    }
  else if ((found = find_record (pathways->ips_referrals, (IdFunc) caseload_ips_referral_get_id, id)) != NULL &&
           caseload_ips_referral_get_closed_on (CASELOAD_IPS_REFERRAL (found)) == NULL)
    {
      if (g_str_equal (action_name, "pathways-view.update-ips"))
        open_form (self, CASELOAD_PATHWAY_FORM_IPS_REFERRAL, NULL, found);
      else if (g_str_equal (action_name, "pathways-view.close-ips"))
        open_form (self, CASELOAD_PATHWAY_FORM_IPS_CLOSE, NULL, found);
      else if (g_str_equal (action_name, "pathways-view.add-contact"))
        open_form (self, CASELOAD_PATHWAY_FORM_EMPLOYER_CONTACT, found, NULL);
      else if (g_str_equal (action_name, "pathways-view.add-job"))
        open_form (self, CASELOAD_PATHWAY_FORM_IPS_JOB, found, NULL);
    }
}

static const char * const plain_actions[] = {
  "pathways-view.start-episode",
  "pathways-view.refer-ips",
  "pathways-view.send-housing",
  "pathways-view.record-accommodation",
};

static const char * const record_actions[] = {
  "pathways-view.record-meeting",
  "pathways-view.change-meeting",
  "pathways-view.end-episode",
  "pathways-view.update-ips",
  "pathways-view.close-ips",
  "pathways-view.add-contact",
  "pathways-view.add-job",
  "pathways-view.change-job",
  "pathways-view.update-housing",
};

static void
enable_actions (CaseloadPathwaysView *self,
                gboolean              enabled)
{
  for (guint i = 0; i < G_N_ELEMENTS (plain_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), plain_actions[i], enabled);
  for (guint i = 0; i < G_N_ELEMENTS (record_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), record_actions[i], enabled);
}

static void
caseload_pathways_view_dispose (GObject *object)
{
  CaseloadPathwaysView *self = CASELOAD_PATHWAYS_VIEW (object);

  forget (self);
  g_clear_handle_id (&self->clock_source, g_source_remove);
  g_clear_pointer (&self->clocks, g_ptr_array_unref);
  g_clear_weak_pointer (&self->dialog);
  g_clear_object (&self->context);
  g_clear_object (&self->network);
  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_PATHWAYS_VIEW);

  G_OBJECT_CLASS (caseload_pathways_view_parent_class)->dispose (object);
}

static void
caseload_pathways_view_class_init (CaseloadPathwaysViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_pathways_view_dispose;

  /**
   * CaseloadPathwaysView::changed:
   *
   * A form of the view saved something: the page reads the record again.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pcnmh/Caseload/caseload-pathways-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadPathwaysView, stack);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPathwaysView, status_page);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPathwaysView, sections_box);

  for (guint i = 0; i < G_N_ELEMENTS (plain_actions); i++)
    gtk_widget_class_install_action (widget_class, plain_actions[i], NULL, form_action);
  for (guint i = 0; i < G_N_ELEMENTS (record_actions); i++)
    gtk_widget_class_install_action (widget_class, record_actions[i], "s", form_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
caseload_pathways_view_init (CaseloadPathwaysView *self)
{
  self->clocks = g_ptr_array_new_with_free_func ((GDestroyNotify) clock_shown_free);
  gtk_widget_init_template (GTK_WIDGET (self));
  enable_actions (self, FALSE);
}

GtkWidget *
caseload_pathways_view_new (void)
{
  return g_object_new (CASELOAD_TYPE_PATHWAYS_VIEW, NULL);
}

void
caseload_pathways_view_set_context (CaseloadPathwaysView *self,
                                    CaseloadContext      *context)
{
  g_return_if_fail (CASELOAD_IS_PATHWAYS_VIEW (self));

  g_set_object (&self->context, context);
}

void
caseload_pathways_view_set_network (CaseloadPathwaysView *self,
                                    GListModel           *network)
{
  g_return_if_fail (CASELOAD_IS_PATHWAYS_VIEW (self));

  g_set_object (&self->network, network);
}

void
caseload_pathways_view_show (CaseloadPathwaysView *self,
                             CaseloadPerson       *person,
                             CaseloadPathways     *pathways,
                             gboolean              may_add)
{
  g_return_if_fail (CASELOAD_IS_PATHWAYS_VIEW (self));
  g_return_if_fail (CASELOAD_IS_PERSON (person));
  g_return_if_fail (pathways != NULL);
  g_return_if_fail (self->context != NULL);

  forget (self);
  self->person = g_object_ref (person);
  self->pathways = pathways;
  self->may_add = may_add;
  enable_actions (self, may_add);
  show_pathways (self);
}

void
caseload_pathways_view_show_error (CaseloadPathwaysView *self,
                                   const char           *message)
{
  g_return_if_fail (CASELOAD_IS_PATHWAYS_VIEW (self));

  forget (self);
  clear_shown (self);
  enable_actions (self, FALSE);
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->status_page), "dialog-warning-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (self->status_page), _("Can’t Show the Pathways"));
  /* The status page takes markup; messages name organisations like "… & …". */
  {
    g_autofree char *escaped = g_markup_escape_text (message, -1);

    adw_status_page_set_description (ADW_STATUS_PAGE (self->status_page), escaped);
  }
  gtk_stack_set_visible_child_name (self->stack, "status");
}

void
caseload_pathways_view_clear (CaseloadPathwaysView *self)
{
  g_return_if_fail (CASELOAD_IS_PATHWAYS_VIEW (self));

  forget (self);
  clear_shown (self);
  enable_actions (self, FALSE);
}

CaseloadPathways *
caseload_pathways_view_get_pathways (CaseloadPathwaysView *self)
{
  g_return_val_if_fail (CASELOAD_IS_PATHWAYS_VIEW (self), NULL);

  return self->pathways;
}

void
caseload_pathways_view_tick (CaseloadPathwaysView *self)
{
  g_return_if_fail (CASELOAD_IS_PATHWAYS_VIEW (self));

  tick_clocks_cb (self);
}

CaseloadPathwayDialog *
caseload_pathways_view_get_dialog (CaseloadPathwaysView *self)
{
  g_return_val_if_fail (CASELOAD_IS_PATHWAYS_VIEW (self), NULL);

  return self->dialog;
}
