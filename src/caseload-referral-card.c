/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-referral-card"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-format.h"
#include "caseload-referral-card.h"
#include "caseload-referral-dialog.h"

struct _CaseloadReferralCard
{
  GtkWidget            parent_instance;

  /* Owned */
  CaseloadReferral    *referral;

  /* Template children */
  AdwPreferencesGroup *group;
  GtkLabel            *urgency_label;
  GtkLabel            *status_label;
  AdwActionRow        *clock_row;
  GtkImage            *clock_icon;
  AdwActionRow        *reason_row;
  GtkWidget           *actions_box;
  GtkWidget           *triage_button;
  GtkWidget           *steps_button;
  GtkWidget           *allocate_button;
  GtkWidget           *pause_button;
  GtkWidget           *resume_button;
  GtkWidget           *transfer_button;
};

G_DEFINE_FINAL_TYPE (CaseloadReferralCard, caseload_referral_card, GTK_TYPE_WIDGET)

static gboolean
is_empty (const char *text)
{
  return text == NULL || *text == '\0';
}

static CaseloadClockPause *
find_open_pause (GPtrArray *pauses)
{
  for (guint i = 0; pauses != NULL && i < pauses->len; i++)
    if (caseload_clock_pause_get_ended_at (g_ptr_array_index (pauses, i)) == NULL)
      return g_ptr_array_index (pauses, i);

  return NULL;
}

/* Icons beside words say nothing more to a screen reader. */
static GtkWidget *
create_icon (const char *icon_name)
{
  return g_object_new (GTK_TYPE_IMAGE,
                       "icon-name", icon_name,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                       NULL);
}

static const char *
urgency_style (CaseloadUrgency urgency)
{
  switch (urgency)
    {
    case CASELOAD_URGENCY_VERY_URGENT:
      return "urgency-very-urgent";
    case CASELOAD_URGENCY_URGENT:
      return "urgency-urgent";
    case CASELOAD_URGENCY_ROUTINE:
    default:
      return "urgency-routine";
    }
}

/* A fact about the referral: what it is, and its value beside it, wrapping. */
static GtkWidget *
create_fact_row (const char *title,
                 const char *value,
                 const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (value);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (!is_empty (subtitle))
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 1.0f);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_RIGHT);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_widget_set_hexpand (label, TRUE);
  if (value == NULL || g_str_equal (value, _("Not yet")))
    gtk_widget_add_css_class (label, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);

  return row;
}

static void
add_fact (CaseloadReferralCard *self,
          const char           *title,
          const char           *value,
          const char           *subtitle)
{
  adw_preferences_group_add (self->group, create_fact_row (title, value, subtitle));
}

static void
set_target (GtkWidget                  *button,
            CaseloadReferralDialogKind  kind,
            const char                 *referral_id,
            const char                 *subject_id)
{
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "(iss)", (gint32) kind, referral_id,
                                    subject_id != NULL ? subject_id : "");
}

static GtkWidget *
create_small_button (const char                 *label,
                     const char                 *tooltip,
                     CaseloadReferralDialogKind  kind,
                     const char                 *referral_id,
                     const char                 *subject_id)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "person-page.referral");
  set_target (button, kind, referral_id, subject_id);

  return button;
}

static char *
describe_triage (CaseloadReferral *referral)
{
  const char *destination = caseload_referral_get_destination (referral);

  switch (caseload_referral_get_triage_outcome (referral))
    {
    case CASELOAD_TRIAGE_ACCEPT:
      return g_strdup (_("Accepted into the PCN team"));

    case CASELOAD_TRIAGE_SIGNPOST:
      /* Translators: where a person was signposted, as in "Signposted to Talking therapies: Thurrock Talking Therapies" */
      return g_strdup_printf (_("Signposted to %s: %s"),
                              caseload_signpost_label (caseload_referral_get_signpost (referral)),
                              destination != NULL ? destination : "");

    case CASELOAD_TRIAGE_REFER_ON:
      /* Translators: %s is an EPUT team or service */
      return g_strdup_printf (_("Referred on to EPUT secondary care: %s"), destination != NULL ? destination : "");

    case CASELOAD_TRIAGE_DECLINE:
    default:
      /* Translators: %s is the reason a referral was declined */
      return g_strdup_printf (_("Declined: %s"), caseload_referral_get_triage_reason (referral));
    }
}

static void
show_triage (CaseloadReferralCard *self)
{
  CaseloadReferral *referral = self->referral;
  g_autofree char *decision = NULL;
  g_autofree char *decided_on = NULL;
  g_autofree char *by = NULL;

  if (caseload_referral_get_status (referral) == CASELOAD_REFERRAL_STATUS_AWAITING_TRIAGE)
    {
      add_fact (self, _("Triage"), _("Not yet"), NULL);
      return;
    }

  decision = describe_triage (referral);
  decided_on = caseload_format_date (caseload_referral_get_decided_on (referral));
  /* Translators: who made a triage decision and when, as in "Morven Adeyinka, 4 Nov 2026" */
  by = g_strdup_printf (_("%s, %s"), caseload_referral_get_decided_by_name (referral) != NULL
                                     ? caseload_referral_get_decided_by_name (referral) : _("Unknown"),
                        decided_on != NULL ? decided_on : "");
  add_fact (self, _("Triage"), decision, by);
}

static void
show_steps (CaseloadReferralCard *self)
{
  CaseloadReferral *referral = self->referral;
  const char *times[] = {
    caseload_referral_get_first_contact_at (referral),
    caseload_referral_get_assessment_at (referral),
    caseload_referral_get_help_started_at (referral),
  };
  const CaseloadMilestone milestones[] = {
    CASELOAD_MILESTONE_FIRST_CONTACT, CASELOAD_MILESTONE_ASSESSMENT, CASELOAD_MILESTONE_HELP_STARTED,
  };

  if (caseload_referral_get_triage_outcome (referral) != CASELOAD_TRIAGE_ACCEPT ||
      caseload_referral_get_status (referral) == CASELOAD_REFERRAL_STATUS_AWAITING_TRIAGE)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      g_autofree char *when = caseload_format_date_time (times[i]);
      const char *subtitle = NULL;

      if (milestones[i] == CASELOAD_MILESTONE_HELP_STARTED && when != NULL)
        subtitle = caseload_help_kind_label (caseload_referral_get_help_kind (referral));
      add_fact (self, caseload_milestone_label (milestones[i]), when != NULL ? when : _("Not yet"), subtitle);
    }

  if (caseload_referral_get_next_review_on (referral) != NULL)
    {
      g_autofree char *review = caseload_format_date (caseload_referral_get_next_review_on (referral));

      add_fact (self, _("Next review"), review, NULL);
    }
}

static void
show_allocations (CaseloadReferralCard *self,
                  GPtrArray            *allocations,
                  gboolean              may_change)
{
  const char *referral_id = caseload_referral_get_id (self->referral);
  GtkWidget *history = NULL;
  guint n_now = 0;

  for (guint i = 0; allocations != NULL && i < allocations->len; i++)
    {
      CaseloadAllocation *allocation = g_ptr_array_index (allocations, i);
      g_autofree char *started = caseload_format_date (caseload_allocation_get_started_on (allocation));
      g_autofree char *ended = caseload_format_date (caseload_allocation_get_ended_on (allocation));
      g_autofree char *subtitle = NULL;
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), caseload_allocation_get_staff_name (allocation));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

      if (ended == NULL)
        {
          /* Translators: a worker's role, organisation and start, as in "Care coordinator · Thurrock Mind · since 3 Nov 2026" */
          subtitle = g_strdup_printf (_("%s · %s · since %s"),
                                      caseload_case_role_label (caseload_allocation_get_role (allocation)),
                                      caseload_allocation_get_organisation_name (allocation),
                                      started);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), create_icon ("avatar-default-symbolic"));
          if (may_change)
            {
              adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                         create_small_button (_("_Reallocate…"), _("Hand this role to another worker"),
                                                              CASELOAD_REFERRAL_DIALOG_REALLOCATE, referral_id,
                                                              caseload_allocation_get_id (allocation)));
              adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                         create_small_button (_("_End…"), _("End this allocation"),
                                                              CASELOAD_REFERRAL_DIALOG_END_ALLOCATION, referral_id,
                                                              caseload_allocation_get_id (allocation)));
            }
          adw_preferences_group_add (self->group, row);
          n_now++;
        }
      else
        {
          const char *reason = caseload_allocation_get_end_reason (allocation);

          /* Translators: an earlier allocation, as in "Key worker · Thurrock Mind · 3 Nov 2026 to 9 Dec 2026" */
          subtitle = g_strdup_printf (_("%s · %s · %s to %s"),
                                      caseload_case_role_label (caseload_allocation_get_role (allocation)),
                                      caseload_allocation_get_organisation_name (allocation),
                                      started, ended);
          if (!is_empty (reason))
            {
              g_autofree char *with_reason = g_strdup_printf (_("%s · %s"), subtitle, reason);

              g_free (subtitle);
              subtitle = g_steal_pointer (&with_reason);
            }
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

          if (history == NULL)
            {
              history = adw_expander_row_new ();
              adw_preferences_row_set_title (ADW_PREFERENCES_ROW (history), _("Earlier allocations"));
            }
          adw_expander_row_add_row (ADW_EXPANDER_ROW (history), row);
        }
    }

  if (n_now == 0 && caseload_referral_get_status (self->referral) == CASELOAD_REFERRAL_STATUS_ACCEPTED)
    {
      GtkWidget *row = create_fact_row (_("Allocated worker"), _("Unallocated"),
                                        _("Accepted, with nobody allocated yet"));

      adw_action_row_add_prefix (ADW_ACTION_ROW (row), create_icon ("dialog-warning-symbolic"));
      gtk_widget_add_css_class (row, "unallocated");
      adw_preferences_group_add (self->group, row);
    }

  if (history != NULL)
    adw_preferences_group_add (self->group, history);
}

static void
show_pauses (CaseloadReferralCard *self,
             GPtrArray            *pauses)
{
  for (guint i = 0; pauses != NULL && i < pauses->len; i++)
    {
      CaseloadClockPause *pause = g_ptr_array_index (pauses, i);
      g_autofree char *from = caseload_format_date_time (caseload_clock_pause_get_started_at (pause));
      g_autofree char *to = caseload_format_date_time (caseload_clock_pause_get_ended_at (pause));
      g_autofree char *span = NULL;

      /* Translators: a pause of the clock, as in "Tue 3 Nov 2026, 10:00 to Fri 6 Nov 2026, 09:00" */
      span = to != NULL ? g_strdup_printf (_("%s to %s"), from, to)
                        /* Translators: a pause still running, as in "since Tue 3 Nov 2026, 10:00" */
                        : g_strdup_printf (_("since %s"), from);
      add_fact (self, _("Clock paused"), span,
                caseload_pause_reason_label (caseload_clock_pause_get_reason (pause)));
    }
}

static void
show_transfer (CaseloadReferralCard *self)
{
  CaseloadReferral *referral = self->referral;
  g_autofree char *on = NULL;
  g_autofree char *where = NULL;

  if (caseload_referral_get_status (referral) != CASELOAD_REFERRAL_STATUS_TRANSFERRED)
    return;

  on = caseload_format_date (caseload_referral_get_transferred_on (referral));
  /* Translators: how and where a referral was transferred, as in "Back to the GP: Orsett Surgery" */
  where = g_strdup_printf (_("%s: %s"), caseload_transfer_kind_label (caseload_referral_get_transfer_kind (referral)),
                           caseload_referral_get_transfer_destination (referral));
  add_fact (self, _("Transferred"), where, on);
  add_fact (self, _("Summary"), caseload_referral_get_transfer_summary (referral), NULL);
}

static void
show_actions (CaseloadReferralCard *self,
              GPtrArray            *pauses,
              gboolean              may_add)
{
  CaseloadReferralStatus status = caseload_referral_get_status (self->referral);
  CaseloadClockPause *open_pause = find_open_pause (pauses);
  const char *id = caseload_referral_get_id (self->referral);
  gboolean accepted = status == CASELOAD_REFERRAL_STATUS_ACCEPTED;
  gboolean waiting = status == CASELOAD_REFERRAL_STATUS_AWAITING_TRIAGE;

  gtk_widget_set_visible (self->actions_box, may_add && (accepted || waiting));
  gtk_widget_set_visible (self->triage_button, waiting);
  gtk_widget_set_visible (self->steps_button, accepted);
  gtk_widget_set_visible (self->allocate_button, accepted);
  gtk_widget_set_visible (self->pause_button, (accepted || waiting) && open_pause == NULL);
  gtk_widget_set_visible (self->resume_button, open_pause != NULL);
  gtk_widget_set_visible (self->transfer_button, accepted);

  set_target (self->triage_button, CASELOAD_REFERRAL_DIALOG_TRIAGE, id, NULL);
  set_target (self->steps_button, CASELOAD_REFERRAL_DIALOG_STEPS, id, NULL);
  set_target (self->allocate_button, CASELOAD_REFERRAL_DIALOG_ALLOCATE, id, NULL);
  set_target (self->pause_button, CASELOAD_REFERRAL_DIALOG_PAUSE, id, NULL);
  set_target (self->resume_button, CASELOAD_REFERRAL_DIALOG_RESUME, id,
              open_pause != NULL ? caseload_clock_pause_get_id (open_pause) : NULL);
  set_target (self->transfer_button, CASELOAD_REFERRAL_DIALOG_TRANSFER, id, NULL);
}

static char *
describe_standard (CaseloadReferral *referral)
{
  g_autofree char *due = caseload_format_date_time (caseload_referral_get_clock_due_at (referral));

  switch (caseload_referral_get_clock_state (referral))
    {
    case CASELOAD_CLOCK_RUNNING:
    case CASELOAD_CLOCK_NEAR_BREACH:
    case CASELOAD_CLOCK_PAUSED:
      /* Translators: %s is a date and time */
      return due != NULL ? g_strdup_printf (_("Due by %s"), due) : NULL;

    case CASELOAD_CLOCK_BREACHED:
      /* Translators: %s is a date and time */
      return due != NULL ? g_strdup_printf (_("Was due by %s"), due) : NULL;

    case CASELOAD_CLOCK_MET:
    case CASELOAD_CLOCK_MISSED:
    case CASELOAD_CLOCK_NONE:
    default:
      return NULL;
    }
}

static void
show_referral (CaseloadReferralCard *self,
               GPtrArray            *pauses,
               GPtrArray            *allocations,
               GDateTime            *now,
               gboolean              may_add)
{
  CaseloadReferral *referral = self->referral;
  g_autofree char *received = caseload_format_date_time (caseload_referral_get_received_at (referral));
  g_autofree char *title = NULL;
  g_autofree char *from = NULL;
  g_autofree char *clock = NULL;
  g_autofree char *standard = NULL;
  const char *detail = caseload_referral_get_source_detail (referral);
  const char *source = caseload_referral_source_label (caseload_referral_get_source (referral));
  const char *icon_name;
  const char *style_class;

  /* Translators: %s is a date and time, as in "Received Tue 3 Nov 2026, 09:30" */
  title = g_strdup_printf (_("Received %s"), received != NULL ? received : "");
  adw_preferences_group_set_title (self->group, title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  /* Translators: a referral's source and who referred, as in "GP · Dr Amara Okafor" */
  from = !is_empty (detail) ? g_strdup_printf (_("%s · %s"), source, detail) : g_strdup (source);
  if (!caseload_referral_get_person_agreed (referral))
    {
      /* Translators: appended to where a referral came from */
      g_autofree char *with = g_strdup_printf (_("%s · The person did not agree to it"), from);

      g_free (from);
      from = g_steal_pointer (&with);
    }
  adw_preferences_group_set_description (self->group, from);

  gtk_label_set_text (self->urgency_label, caseload_urgency_label (caseload_referral_get_urgency (referral)));
  gtk_widget_add_css_class (GTK_WIDGET (self->urgency_label), urgency_style (caseload_referral_get_urgency (referral)));
  gtk_label_set_text (self->status_label, caseload_referral_status_label (caseload_referral_get_status (referral)));

  clock = caseload_referral_card_format_clock (referral, pauses, now, &icon_name, &style_class);
  standard = describe_standard (referral);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->clock_row), clock);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->clock_row), standard != NULL ? standard : "");
  gtk_image_set_from_icon_name (self->clock_icon, icon_name);
  gtk_widget_add_css_class (GTK_WIDGET (self->clock_row), style_class);
  gtk_widget_set_visible (GTK_WIDGET (self->clock_row),
                          caseload_referral_get_clock_state (referral) != CASELOAD_CLOCK_NONE);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->reason_row), caseload_referral_get_reason (referral));

  show_triage (self);
  show_steps (self);
  show_allocations (self, allocations, may_add && caseload_referral_get_status (referral) == CASELOAD_REFERRAL_STATUS_ACCEPTED);
  show_pauses (self, pauses);
  show_transfer (self);
  if (!is_empty (caseload_referral_get_attachments (referral)))
    add_fact (self, _("Attachments"), caseload_referral_get_attachments (referral), NULL);

  show_actions (self, pauses, may_add);
}

static void
caseload_referral_card_dispose (GObject *object)
{
  CaseloadReferralCard *self = (CaseloadReferralCard *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_REFERRAL_CARD);
  g_clear_object (&self->referral);

  G_OBJECT_CLASS (caseload_referral_card_parent_class)->dispose (object);
}

static void
caseload_referral_card_class_init (CaseloadReferralCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_referral_card_dispose;

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pcnmh/Caseload/caseload-referral-card.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadReferralCard, group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReferralCard, urgency_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReferralCard, status_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReferralCard, clock_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReferralCard, clock_icon);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReferralCard, reason_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReferralCard, actions_box);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReferralCard, triage_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReferralCard, steps_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReferralCard, allocate_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReferralCard, pause_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReferralCard, resume_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadReferralCard, transfer_button);
}

static void
caseload_referral_card_init (CaseloadReferralCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
caseload_referral_card_new (CaseloadReferral *referral,
                            GPtrArray        *pauses,
                            GPtrArray        *allocations,
                            GDateTime        *now,
                            gboolean          may_add)
{
  CaseloadReferralCard *self;

  g_return_val_if_fail (CASELOAD_IS_REFERRAL (referral), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  self = g_object_new (CASELOAD_TYPE_REFERRAL_CARD, NULL);
  self->referral = g_object_ref (referral);
  show_referral (self, pauses, allocations, now, may_add);

  return GTK_WIDGET (self);
}

CaseloadReferral *
caseload_referral_card_get_referral (CaseloadReferralCard *self)
{
  g_return_val_if_fail (CASELOAD_IS_REFERRAL_CARD (self), NULL);

  return self->referral;
}

char *
caseload_referral_card_format_clock (CaseloadReferral  *referral,
                                     GPtrArray         *pauses,
                                     GDateTime         *now,
                                     const char       **icon_name,
                                     const char       **style_class)
{
  CaseloadClockPause *open_pause = find_open_pause (pauses);

  g_return_val_if_fail (CASELOAD_IS_REFERRAL (referral), NULL);

  return caseload_format_clock (caseload_referral_get_clock_state (referral),
                                caseload_referral_get_clock_due_at (referral),
                                caseload_referral_get_waited_seconds (referral),
                                open_pause != NULL
                                ? caseload_pause_reason_label (caseload_clock_pause_get_reason (open_pause)) : NULL,
                                now, icon_name, style_class);
}

GtkWidget *
caseload_referral_card_create_clock_badge (CaseloadReferral *referral,
                                           GPtrArray        *pauses,
                                           GDateTime        *now)
{
  g_autofree char *text = NULL;
  const char *icon_name;
  const char *style_class;
  GtkWidget *box;

  g_return_val_if_fail (CASELOAD_IS_REFERRAL (referral), NULL);

  text = caseload_referral_card_format_clock (referral, pauses, now, &icon_name, &style_class);
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (box, "clock-badge");
  gtk_widget_add_css_class (box, style_class);

  gtk_box_append (GTK_BOX (box), create_icon (icon_name));
  gtk_box_append (GTK_BOX (box), gtk_label_new (text));

  return box;
}
