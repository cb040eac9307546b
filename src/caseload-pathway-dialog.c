/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-pathway-dialog"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "caseload-discard.h"
#include "caseload-field-error-row.h"
#include "caseload-form.h"
#include "caseload-format.h"
#include "caseload-housing-status-change.h"
#include "caseload-pathway-dialog.h"
#include "caseload-validate-pathway.h"
#include "caseload-worker.h"

struct _CaseloadPathwayDialog
{
  AdwWindow            parent_instance;

  /* Owned */
  CaseloadContext     *context;
  CaseloadPerson      *person;
  CaseloadPathwayForm  form;
  GObject             *parent;
  GObject             *record;
  GListModel          *network;
  GCancellable        *cancellable;
  GHashTable          *fields;          /* field → its row */
  GPtrArray           *staff;           /* active CaseloadStaff, by name */
  GPtrArray           *organisations;   /* CaseloadOrganisation */
  GPtrArray           *referrals;       /* CaseloadReferral of the person */
  GPtrArray           *staff_checks;    /* GtkCheckButton per staff member (practitioners, core team) */
  GPtrArray           *checked_staff;   /* CaseloadStaff per staff check */
  GPtrArray           *member_checks;   /* GtkCheckButton per network member */
  GPtrArray           *members;         /* CaseloadNetworkMember per member check */
  GtkWidget           *members_group;
  GtkWidget           *members_anchor;  /* the row typed names go before */
  gboolean             ready;
  gboolean             tried;           /* a save was tried: check as they type */
  gboolean             dirty;           /* something was typed or chosen */
  gboolean             saving;

  /* Template children */
  AdwWindowTitle      *window_title;
  GtkRevealer         *banner_revealer;
  GtkLabel            *banner_label;
  GtkRevealer         *warning_revealer;
  GtkLabel            *warning_label;
  GtkStack            *stack;
  GtkSpinner          *spinner;
  AdwPreferencesPage  *page;
};

G_DEFINE_FINAL_TYPE (CaseloadPathwayDialog, caseload_pathway_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* What the form needs to offer its choices. */
typedef struct {
  CaseloadStore *store;
  CaseloadStaff *actor;
  char          *person_id;
  gboolean       with_referrals;
} PrepareCall;

typedef struct {
  GPtrArray *staff;
  GPtrArray *organisations;
  GPtrArray *referrals;
} Choices;

typedef struct {
  CaseloadStore       *store;
  CaseloadStaff       *actor;
  CaseloadPathwayForm  form;
  GObject             *record;
} SaveCall;

static void
prepare_call_free (PrepareCall *call)
{
  g_clear_object (&call->store);
  g_clear_object (&call->actor);
  g_free (call->person_id);
  g_free (call);
}

static void
choices_free (Choices *choices)
{
  g_clear_pointer (&choices->staff, g_ptr_array_unref);
  g_clear_pointer (&choices->organisations, g_ptr_array_unref);
  g_clear_pointer (&choices->referrals, g_ptr_array_unref);
  g_free (choices);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Choices, choices_free)

static void
save_call_free (SaveCall *call)
{
  g_clear_object (&call->store);
  g_clear_object (&call->actor);
  g_clear_object (&call->record);
  g_free (call);
}

static gpointer
prepare_thread (gpointer       data,
                GCancellable  *cancellable,
                GError       **error)
{
  PrepareCall *call = data;
  g_autoptr(Choices) choices = g_new0 (Choices, 1);

  if ((choices->staff = caseload_store_list_staff (call->store, error)) == NULL)
    return NULL;
  if ((choices->organisations = caseload_store_list_organisations (call->store, error)) == NULL)
    return NULL;
  if (call->with_referrals &&
      (choices->referrals = caseload_store_list_referrals (call->store, call->actor, call->person_id, error)) == NULL)
    return NULL;

  return g_steal_pointer (&choices);
}

static gpointer
save_thread (gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  SaveCall *call = data;
  gboolean saved = FALSE;

  switch (call->form)
    {
    case CASELOAD_PATHWAY_FORM_OD_EPISODE:
    case CASELOAD_PATHWAY_FORM_OD_END:
      saved = caseload_store_save_od_episode (call->store, call->actor, CASELOAD_OD_EPISODE (call->record), error);
      break;
    case CASELOAD_PATHWAY_FORM_OD_MEETING:
      saved = caseload_store_save_od_meeting (call->store, call->actor, CASELOAD_OD_MEETING (call->record), error);
      break;
    case CASELOAD_PATHWAY_FORM_IPS_REFERRAL:
    case CASELOAD_PATHWAY_FORM_IPS_CLOSE:
      saved = caseload_store_save_ips_referral (call->store, call->actor, CASELOAD_IPS_REFERRAL (call->record), error);
      break;
    case CASELOAD_PATHWAY_FORM_EMPLOYER_CONTACT:
      saved = caseload_store_save_employer_contact (call->store, call->actor,
                                                    CASELOAD_EMPLOYER_CONTACT (call->record), error);
      break;
    case CASELOAD_PATHWAY_FORM_IPS_JOB:
      saved = caseload_store_save_ips_job (call->store, call->actor, CASELOAD_IPS_JOB (call->record), error);
      break;
    case CASELOAD_PATHWAY_FORM_HOUSING_REFERRAL:
    case CASELOAD_PATHWAY_FORM_HOUSING_STATUS:
      saved = caseload_store_save_housing_referral (call->store, call->actor,
                                                    CASELOAD_HOUSING_REFERRAL (call->record), error);
      break;
    case CASELOAD_PATHWAY_FORM_ACCOMMODATION:
      saved = caseload_store_record_accommodation (call->store, call->actor,
                                                   CASELOAD_ACCOMMODATION_RECORD (call->record), error);
      break;
    default:
      g_assert_not_reached ();
    }

  return saved ? CASELOAD_WORKER_DONE : NULL;
}

/* A copy of @record's properties, for a change that is only kept once saved. */
static gpointer
copy_record (GObject *record)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs = 0;
  GObject *copy = g_object_new (G_OBJECT_TYPE (record), NULL);

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (record), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if ((pspecs[i]->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE ||
          (pspecs[i]->flags & G_PARAM_CONSTRUCT_ONLY) != 0)
        continue;
      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (record, pspecs[i]->name, &value);
      g_object_set_property (copy, pspecs[i]->name, &value);
    }

  return copy;
}

static void
show_banner (CaseloadPathwayDialog *self,
             const char            *message)
{
  gtk_label_set_text (self->banner_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->banner_revealer, message != NULL);
}

static void
show_warning (CaseloadPathwayDialog *self,
              const char            *message)
{
  gtk_label_set_text (self->warning_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->warning_revealer, message != NULL);
}

/* Building the form */

static void on_field_changed_cb (CaseloadPathwayDialog *self);

static GtkWidget *
add_group (CaseloadPathwayDialog *self,
           const char            *title,
           const char            *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  if (title != NULL)
    adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  adw_preferences_page_add (self->page, ADW_PREFERENCES_GROUP (group));

  return group;
}

/* @row for @field in @group, with the row for its problem under it. */
static GtkWidget *
add_field (CaseloadPathwayDialog *self,
           GtkWidget             *group,
           const char            *field,
           GtkWidget             *row)
{
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             g_object_new (CASELOAD_TYPE_FIELD_ERROR_ROW, "field", field, "widget", row, NULL));
  g_hash_table_insert (self->fields, g_strdup (field), row);

  return row;
}

static GtkWidget *
add_entry (CaseloadPathwayDialog *self,
           GtkWidget             *group,
           const char            *field,
           const char            *title,
           const char            *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  g_signal_connect_object (row, "changed", G_CALLBACK (on_field_changed_cb), self, G_CONNECT_SWAPPED);

  return add_field (self, group, field, row);
}

/* A date ("YYYY-MM-DD") or a time, shown as the forms take it back. */
static GtkWidget *
add_when (CaseloadPathwayDialog *self,
          GtkWidget             *group,
          const char            *field,
          const char            *title,
          const char            *iso)
{
  g_autofree char *text = caseload_format_for_editing (iso);

  return add_entry (self, group, field, title, text);
}

static GtkWidget *
add_combo (CaseloadPathwayDialog *self,
           GtkWidget             *group,
           const char            *field,
           const char            *title,
           GtkStringList         *labels,
           guint                  selected)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkListItemFactory) factory = caseload_format_string_factory_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_factory (ADW_COMBO_ROW (row), factory);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  if (selected < g_list_model_get_n_items (G_LIST_MODEL (labels)))
    adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (on_field_changed_cb), self, G_CONNECT_SWAPPED);
  g_object_unref (labels);

  return add_field (self, group, field, row);
}

/* A combo row of an enum's labels, from its first value to @n_values. */
typedef const char *(*LabelFunc) (int value);

static GtkWidget *
add_enum (CaseloadPathwayDialog *self,
          GtkWidget             *group,
          const char            *field,
          const char            *title,
          LabelFunc              label,
          int                    first,
          int                    n_values,
          int                    selected)
{
  GtkStringList *labels = gtk_string_list_new (NULL);

  for (int value = first; value < n_values; value++)
    gtk_string_list_append (labels, label (value));

  return add_combo (self, group, field, title, labels, (guint) (selected - first));
}

static GtkWidget *
add_switch (CaseloadPathwayDialog *self,
            GtkWidget             *group,
            const char            *field,
            const char            *title,
            const char            *subtitle,
            gboolean               active)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_switch_set_active (GTK_SWITCH (toggle), active);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  g_object_set_data (G_OBJECT (row), "switch", toggle);
  g_signal_connect_object (toggle, "notify::active", G_CALLBACK (on_field_changed_cb), self, G_CONNECT_SWAPPED);

  return add_field (self, group, field, row);
}

/* Several lines of text: a titled text view in a row of its own. */
static GtkWidget *
add_text (CaseloadPathwayDialog *self,
          GtkWidget             *group,
          const char            *field,
          const char            *title,
          const char            *text)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *view = gtk_text_view_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "caption");
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_widget_set_size_request (view, -1, 72);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text != NULL ? text : "", -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), view);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "text-view", view);
  g_signal_connect_object (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "changed",
                           G_CALLBACK (on_field_changed_cb), self, G_CONNECT_SWAPPED);

  return add_field (self, group, field, row);
}

/* A check button in a row of @group; its label names the row for screen readers. */
static GtkWidget *
add_check (CaseloadPathwayDialog *self,
           GtkWidget             *group,
           const char            *title,
           const char            *subtitle,
           gboolean               active)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_object_set_data_full (G_OBJECT (check), "name", g_strdup (title), g_free);
  g_signal_connect_object (check, "toggled", G_CALLBACK (on_field_changed_cb), self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  return check;
}

static gboolean
staff_in (GPtrArray  *staff,
          const char *id)
{
  for (guint i = 0; staff != NULL && i < staff->len; i++)
    if (g_strcmp0 (caseload_staff_get_id (g_ptr_array_index (staff, i)), id) == 0)
      return TRUE;

  return FALSE;
}

/* A check per active member of staff, those in @chosen ticked, under a row for @field's
 * problems; @core (nullable) marks the episode's core team. */
static void
add_staff_check (CaseloadPathwayDialog *self,
                 GtkWidget             *group,
                 CaseloadStaff         *member,
                 gboolean               core,
                 gboolean               active)
{
  g_autofree char *subtitle = NULL;

  if (core)
    /* Translators: a practitioner's organisation, and that they are in the episode's core team */
    subtitle = g_strdup_printf (_("%s · Core team"), caseload_staff_get_organisation_name (member));
  else
    subtitle = g_strdup (caseload_staff_get_organisation_name (member));

  g_ptr_array_add (self->staff_checks,
                   add_check (self, group, caseload_staff_get_display_name (member), subtitle, active));
  g_ptr_array_add (self->checked_staff, g_object_ref (member));
}

/* A check per active member of staff, those in @chosen ticked, the episode's @core team
 * (nullable) first, and a row for @field's problems under them. */
static void
add_staff_checks (CaseloadPathwayDialog *self,
                  GtkWidget             *group,
                  const char            *field,
                  GPtrArray             *chosen,
                  GPtrArray             *core)
{
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < self->staff->len; i++)
      {
        CaseloadStaff *member = g_ptr_array_index (self->staff, i);
        const char *id = caseload_staff_get_id (member);
        gboolean in_core = staff_in (core, id);

        if (in_core == (pass == 0))
          add_staff_check (self, group, member, in_core, staff_in (chosen, id));
      }

  /* Someone who was there and has since left stays ticked. */
  for (guint i = 0; chosen != NULL && i < chosen->len; i++)
    {
      CaseloadStaff *member = g_ptr_array_index (chosen, i);

      if (!staff_in (self->staff, caseload_staff_get_id (member)))
        add_staff_check (self, group, member, staff_in (core, caseload_staff_get_id (member)), TRUE);
    }

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             g_object_new (CASELOAD_TYPE_FIELD_ERROR_ROW, "field", field,
                                           "widget", self->staff_checks->len > 0
                                                     ? g_ptr_array_index (self->staff_checks, 0) : NULL,
                                           NULL));
}

static GPtrArray *
chosen_staff (CaseloadPathwayDialog *self)
{
  GPtrArray *chosen = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < self->staff_checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->staff_checks, i)))
      g_ptr_array_add (chosen, g_object_ref (g_ptr_array_index (self->checked_staff, i)));

  return chosen;
}

static void
add_member_check (CaseloadPathwayDialog *self,
                  CaseloadNetworkMember *member,
                  gboolean               active)
{
  const char *subtitle = caseload_network_member_get_id (member) != NULL
                         ? caseload_relationship_label (caseload_network_member_get_relationship (member))
                         : _("Named at the meeting");
  GtkWidget *check = add_check (self, self->members_group, caseload_network_member_get_name (member),
                                subtitle, active);
  GtkWidget *row = gtk_widget_get_ancestor (check, ADW_TYPE_ACTION_ROW);

  /* Typed names go above the row they are typed in. */
  if (self->members_anchor != NULL)
    {
      GtkWidget *list = gtk_widget_get_parent (row);

      g_object_ref (row);
      gtk_list_box_remove (GTK_LIST_BOX (list), row);
      gtk_list_box_insert (GTK_LIST_BOX (list), row,
                           gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (self->members_anchor)));
      g_object_unref (row);
    }

  g_ptr_array_add (self->member_checks, check);
  g_ptr_array_add (self->members, g_object_ref (member));
}

static void
on_add_member_cb (CaseloadPathwayDialog *self)
{
  GtkWidget *row = g_hash_table_lookup (self->fields, "new-member");
  g_autofree char *name = caseload_form_get_entry_text (row);
  g_autoptr(CaseloadNetworkMember) member = NULL;

  if (*name == '\0')
    return;

  member = caseload_network_member_new ();
  caseload_network_member_set_name (member, name);
  caseload_network_member_set_relationship (member, CASELOAD_RELATIONSHIP_FRIEND);
  add_member_check (self, member, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), "");
  on_field_changed_cb (self);
}

static gboolean
member_in (GPtrArray             *members,
           CaseloadNetworkMember *member)
{
  for (guint i = 0; members != NULL && i < members->len; i++)
    if (g_strcmp0 (caseload_network_member_get_id (g_ptr_array_index (members, i)),
                   caseload_network_member_get_id (member)) == 0)
      return TRUE;

  return FALSE;
}

/* The network members: the person's network, and anyone else named there and then. */
static void
add_members (CaseloadPathwayDialog *self,
             CaseloadOdMeeting     *meeting)
{
  GPtrArray *present = meeting != NULL ? caseload_od_meeting_get_members (meeting) : NULL;
  GtkWidget *button;

  self->members_group = add_group (self, _("Network Members There"),
                                   _("From the person’s network, or named at the meeting: they need no account"));
  self->members_anchor = NULL;

  for (guint i = 0; self->network != NULL && i < g_list_model_get_n_items (self->network); i++)
    {
      g_autoptr(CaseloadNetworkMember) member = g_list_model_get_item (self->network, i);

      add_member_check (self, member, member_in (present, member));
    }
  /* Those named at the meeting, and any no longer in the network, stay ticked. */
  for (guint i = 0; present != NULL && i < present->len; i++)
    {
      CaseloadNetworkMember *member = g_ptr_array_index (present, i);

      if (caseload_network_member_get_id (member) == NULL || !member_in (self->members, member))
        add_member_check (self, member, TRUE);
    }

  self->members_anchor = add_entry (self, self->members_group, "new-member", _("Someone else there (name)"), NULL);
  button = gtk_button_new_from_icon_name ("list-add-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Add to Those There"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Add to Those There"), -1);
  gtk_widget_add_css_class (button, "flat");
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self->members_anchor), button);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_add_member_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->members_anchor, "entry-activated", G_CALLBACK (on_add_member_cb), self,
                           G_CONNECT_SWAPPED);
  /* No one there at all is said under those who could have been. */
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->members_group),
                             g_object_new (CASELOAD_TYPE_FIELD_ERROR_ROW, "field", "attendees",
                                           "widget", self->members_anchor, NULL));
}

/* Reading it back */

static GtkWidget *
field (CaseloadPathwayDialog *self,
       const char            *name)
{
  GtkWidget *row = g_hash_table_lookup (self->fields, name);

  g_assert (row != NULL);
  return row;
}

static char *
read_entry (CaseloadPathwayDialog *self,
            const char            *name)
{
  g_autofree char *text = caseload_form_get_entry_text (field (self, name));

  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

static char *
read_text (CaseloadPathwayDialog *self,
           const char            *name)
{
  g_autofree char *text = caseload_form_get_text_view_text (g_object_get_data (G_OBJECT (field (self, name)),
                                                                               "text-view"));

  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

static char *
read_when (CaseloadPathwayDialog *self,
           const char            *name,
           gboolean               date_only,
           gboolean               required,
           GPtrArray             *problems)
{
  return caseload_form_read_when (field (self, name), name, date_only, required, problems);
}

static guint
read_choice (CaseloadPathwayDialog *self,
             const char            *name)
{
  return adw_combo_row_get_selected (ADW_COMBO_ROW (field (self, name)));
}

static gboolean
read_switch (CaseloadPathwayDialog *self,
             const char            *name)
{
  return gtk_switch_get_active (g_object_get_data (G_OBJECT (field (self, name)), "switch"));
}

static const char *
actor_id (CaseloadPathwayDialog *self)
{
  CaseloadStaff *actor = caseload_context_get_actor (self->context);

  return actor != NULL ? caseload_staff_get_id (actor) : NULL;
}

static guint
staff_position (CaseloadPathwayDialog *self,
                const char            *id)
{
  for (guint i = 0; i < self->staff->len; i++)
    if (g_strcmp0 (caseload_staff_get_id (g_ptr_array_index (self->staff, i)), id) == 0)
      return i;

  return 0;
}

/* The first employment specialist (someone at an employment organisation), or 0. */
static guint
first_specialist (CaseloadPathwayDialog *self)
{
  for (guint i = 0; i < self->staff->len; i++)
    if (caseload_staff_get_organisation_kind (g_ptr_array_index (self->staff, i)) == CASELOAD_ORGANISATION_EMPLOYMENT)
      return i;

  return 0;
}

static GtkStringList *
staff_labels (CaseloadPathwayDialog *self)
{
  GtkStringList *labels = gtk_string_list_new (NULL);

  for (guint i = 0; i < self->staff->len; i++)
    {
      CaseloadStaff *member = g_ptr_array_index (self->staff, i);
      /* Translators: a staff member and their organisation */
      g_autofree char *label = g_strdup_printf (_("%s (%s)"), caseload_staff_get_display_name (member),
                                                caseload_staff_get_organisation_name (member));

      gtk_string_list_append (labels, label);
    }

  return labels;
}

static CaseloadStaff *
read_staff (CaseloadPathwayDialog *self,
            const char            *name)
{
  guint chosen = read_choice (self, name);

  return chosen < self->staff->len ? g_ptr_array_index (self->staff, chosen) : NULL;
}

static char *
now_iso (CaseloadPathwayDialog *self)
{
  return caseload_clock_now_iso (caseload_context_get_clock (self->context));
}

static char *
today_iso (CaseloadPathwayDialog *self)
{
  GDate today;

  caseload_clock_today (caseload_context_get_clock (self->context), &today);
  return caseload_date_to_iso (&today);
}

/* Only the check's problems for fields whose text was read (a typed date that is not
 * one has already said so). */
static void
add_problems_except (GPtrArray   *problems,
                     GPtrArray   *checked)
{
  for (guint i = 0; i < checked->len; i++)
    {
      CaseloadFieldError *problem = g_ptr_array_index (checked, i);
      gboolean said = FALSE;

      for (guint j = 0; j < problems->len && !said; j++)
        said = g_strcmp0 (((CaseloadFieldError *) g_ptr_array_index (problems, j))->field, problem->field) == 0;
      if (!said)
        caseload_field_errors_add (problems, problem->field, problem->message);
    }
}

/* Open Dialogue */

static void
build_od_episode (CaseloadPathwayDialog *self)
{
  GtkWidget *group = add_group (self, NULL, NULL);
  GtkStringList *referrals = gtk_string_list_new (NULL);
  g_autofree char *now = now_iso (self);
  g_autoptr(GPtrArray) core = g_ptr_array_new_with_free_func (g_object_unref);
  CaseloadStaff *actor = caseload_context_get_actor (self->context);

  adw_window_title_set_title (self->window_title, _("Start Open Dialogue"));
  add_enum (self, group, "start-kind", _("Started from"), (LabelFunc) caseload_od_start_label,
            CASELOAD_OD_START_REFERRAL, CASELOAD_OD_START_CRISIS_CONTACT + 1,
            self->referrals != NULL && self->referrals->len > 0
            ? CASELOAD_OD_START_REFERRAL : CASELOAD_OD_START_CRISIS_CONTACT);

  gtk_string_list_append (referrals, _("None"));
  for (guint i = 0; self->referrals != NULL && i < self->referrals->len; i++)
    {
      CaseloadReferral *referral = g_ptr_array_index (self->referrals, i);
      g_autofree char *received = caseload_format_date (caseload_referral_get_received_at (referral));
      /* Translators: a referral to choose, by its source and the date it came, as in "GP · 3 Nov 2026" */
      g_autofree char *label = g_strdup_printf (_("%s · %s"),
                                                caseload_referral_source_label (caseload_referral_get_source (referral)),
                                                received != NULL ? received : "");

      gtk_string_list_append (referrals, label);
    }
  add_combo (self, group, "referral-id", _("Referral"), referrals, self->referrals != NULL && self->referrals->len > 0);
  add_when (self, group, "contact-at", _("First contact (dd/mm/yyyy hh:mm)"), now);
  add_combo (self, group, "responsible-id", _("Responsible worker"), staff_labels (self),
             staff_position (self, actor_id (self)));

  group = add_group (self, _("Core Team"), _("The same team throughout the episode"));
  if (actor != NULL)
    g_ptr_array_add (core, g_object_ref (actor));
  add_staff_checks (self, group, "core-team", core, NULL);
}

static GObject *
read_od_episode (CaseloadPathwayDialog *self,
                 GPtrArray             *problems)
{
  g_autoptr(CaseloadOdEpisode) episode = caseload_od_episode_new ();
  g_autoptr(GDateTime) now = caseload_clock_now (caseload_context_get_clock (self->context));
  g_autoptr(GPtrArray) core = chosen_staff (self);
  g_autofree char *contact_at = read_when (self, "contact-at", FALSE, TRUE, problems);
  guint referral = read_choice (self, "referral-id");
  CaseloadStaff *responsible = read_staff (self, "responsible-id");
  g_autoptr(GPtrArray) checked = NULL;

  caseload_od_episode_set_person_id (episode, caseload_person_get_id (self->person));
  caseload_od_episode_set_start_kind (episode, read_choice (self, "start-kind"));
  if (caseload_od_episode_get_start_kind (episode) == CASELOAD_OD_START_REFERRAL &&
      referral > 0 && self->referrals != NULL && referral <= self->referrals->len)
    caseload_od_episode_set_referral_id (episode,
                                         caseload_referral_get_id (g_ptr_array_index (self->referrals, referral - 1)));
  caseload_od_episode_set_contact_at (episode, contact_at);
  if (responsible != NULL)
    {
      caseload_od_episode_set_responsible_id (episode, caseload_staff_get_id (responsible));
      caseload_od_episode_set_responsible_name (episode, caseload_staff_get_display_name (responsible));
    }
  for (guint i = 0; i < core->len; i++)
    g_ptr_array_add (caseload_od_episode_get_core_team (episode), g_object_ref (g_ptr_array_index (core, i)));
  if (core->len == 0)
    caseload_field_errors_add (problems, "core-team", _("Choose the core team: at least the worker first contacted."));

  checked = caseload_od_episode_check (episode, now);
  add_problems_except (problems, checked);

  return G_OBJECT (g_steal_pointer (&episode));
}

static void
build_od_end (CaseloadPathwayDialog *self)
{
  g_autofree char *today = today_iso (self);
  GtkWidget *group = add_group (self, NULL, _("The episode’s meetings stay on its record."));

  adw_window_title_set_title (self->window_title, _("End Open Dialogue"));
  add_when (self, group, "ended-on", _("Ended on (dd/mm/yyyy)"), today);
  add_text (self, group, "end-note", _("How it ended"), NULL);
}

static GObject *
read_od_end (CaseloadPathwayDialog *self,
             GPtrArray             *problems)
{
  CaseloadOdEpisode *stored = CASELOAD_OD_EPISODE (self->record);
  g_autoptr(CaseloadOdEpisode) episode = copy_record (self->record);
  g_autoptr(GDateTime) now = caseload_clock_now (caseload_context_get_clock (self->context));
  g_autofree char *ended_on = read_when (self, "ended-on", TRUE, TRUE, problems);
  g_autofree char *note = read_text (self, "end-note");
  GPtrArray *core = caseload_od_episode_get_core_team (stored);
  g_autoptr(GPtrArray) checked = NULL;

  /* The same core team: the episode is saved with it. */
  for (guint i = 0; i < core->len; i++)
    g_ptr_array_add (caseload_od_episode_get_core_team (episode), g_object_ref (g_ptr_array_index (core, i)));
  caseload_od_episode_set_ended_on (episode, ended_on);
  caseload_od_episode_set_end_note (episode, note);

  checked = caseload_od_episode_check (episode, now);
  add_problems_except (problems, checked);

  return G_OBJECT (g_steal_pointer (&episode));
}

static void
build_od_meeting (CaseloadPathwayDialog *self)
{
  CaseloadOdEpisode *episode = CASELOAD_OD_EPISODE (self->parent);
  CaseloadOdMeeting *meeting = self->record != NULL ? CASELOAD_OD_MEETING (self->record) : NULL;
  g_autofree char *now = now_iso (self);
  g_autoptr(GPtrArray) practitioners = g_ptr_array_new_with_free_func (g_object_unref);
  GtkWidget *group = add_group (self, NULL, NULL);

  adw_window_title_set_title (self->window_title, meeting != NULL ? _("Network Meeting") : _("Record Network Meeting"));
  add_when (self, group, "held-at", _("Held (dd/mm/yyyy hh:mm)"),
            meeting != NULL ? caseload_od_meeting_get_held_at (meeting) : now);
  add_enum (self, group, "place", _("Place"), (LabelFunc) caseload_od_place_label,
            CASELOAD_OD_PLACE_HOME, CASELOAD_OD_PLACE_VIDEO + 1,
            meeting != NULL ? caseload_od_meeting_get_place (meeting) : CASELOAD_OD_PLACE_HOME);
  add_switch (self, group, "person-present", _("The person was there"), NULL,
              meeting != NULL ? caseload_od_meeting_get_person_present (meeting) : TRUE);

  group = add_group (self, _("Practitioners There"), _("At least two; the core team keeps the episode’s continuity"));
  if (meeting != NULL)
    for (guint i = 0; i < caseload_od_meeting_get_practitioners (meeting)->len; i++)
      g_ptr_array_add (practitioners, g_object_ref (g_ptr_array_index (caseload_od_meeting_get_practitioners (meeting), i)));
  else if (caseload_context_get_actor (self->context) != NULL)
    g_ptr_array_add (practitioners, g_object_ref (caseload_context_get_actor (self->context)));
  add_staff_checks (self, group, "practitioners", practitioners, caseload_od_episode_get_core_team (episode));

  add_members (self, meeting);

  group = add_group (self, _("Together"), NULL);
  add_text (self, group, "decisions", _("What was decided together"),
            meeting != NULL ? caseload_od_meeting_get_decisions (meeting) : NULL);
  add_text (self, group, "notes", _("Notes for the network (written to be read by them)"),
            meeting != NULL ? caseload_od_meeting_get_notes (meeting) : NULL);
}

static GObject *
read_od_meeting (CaseloadPathwayDialog *self,
                 GPtrArray             *problems)
{
  CaseloadOdEpisode *episode = CASELOAD_OD_EPISODE (self->parent);
  g_autoptr(CaseloadOdMeeting) meeting = self->record != NULL ? copy_record (self->record) : caseload_od_meeting_new ();
  g_autoptr(GDateTime) now = caseload_clock_now (caseload_context_get_clock (self->context));
  g_autoptr(GPtrArray) practitioners = chosen_staff (self);
  g_autofree char *held_at = read_when (self, "held-at", FALSE, TRUE, problems);
  g_autofree char *decisions = read_text (self, "decisions");
  g_autofree char *notes = read_text (self, "notes");
  g_autofree char *warning = NULL;
  g_autoptr(GPtrArray) checked = NULL;
  GPtrArray *members = caseload_od_meeting_get_members (meeting);
  GPtrArray *there = caseload_od_meeting_get_practitioners (meeting);

  caseload_od_meeting_set_episode_id (meeting, caseload_od_episode_get_id (episode));
  caseload_od_meeting_set_held_at (meeting, held_at);
  caseload_od_meeting_set_place (meeting, read_choice (self, "place"));
  caseload_od_meeting_set_person_present (meeting, read_switch (self, "person-present"));
  caseload_od_meeting_set_decisions (meeting, decisions);
  caseload_od_meeting_set_notes (meeting, notes);
  g_ptr_array_set_size (there, 0);
  for (guint i = 0; i < practitioners->len; i++)
    g_ptr_array_add (there, g_object_ref (g_ptr_array_index (practitioners, i)));
  g_ptr_array_set_size (members, 0);
  for (guint i = 0; i < self->member_checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->member_checks, i)))
      g_ptr_array_add (members, g_object_ref (g_ptr_array_index (self->members, i)));

  checked = caseload_od_meeting_check (episode, meeting, now);
  add_problems_except (problems, checked);

  warning = caseload_od_meeting_warning (episode, meeting);
  show_warning (self, warning);

  return G_OBJECT (g_steal_pointer (&meeting));
}

/* IPS */

static void
build_ips_referral (CaseloadPathwayDialog *self)
{
  CaseloadIpsReferral *referral = self->record != NULL ? CASELOAD_IPS_REFERRAL (self->record) : NULL;
  g_autofree char *today = today_iso (self);
  GtkWidget *group = add_group (self, NULL, referral == NULL
                                ? _("Anyone who wants to work can be referred: there are no other criteria.")
                                : NULL);

  adw_window_title_set_title (self->window_title, referral == NULL ? _("Refer to IPS") : _("IPS Journey"));
  add_switch (self, group, "wants-work", _("The person wants to work"), _("In paid, competitive employment"),
              referral != NULL ? caseload_ips_referral_get_wants_work (referral) : TRUE);
  add_when (self, group, "referred-on", _("Referred on (dd/mm/yyyy)"),
            referral != NULL ? caseload_ips_referral_get_referred_on (referral) : today);
  add_combo (self, group, "specialist-id", _("Employment specialist"), staff_labels (self),
             referral != NULL ? staff_position (self, caseload_ips_referral_get_specialist_id (referral))
                              : first_specialist (self));

  if (referral == NULL)
    return;

  group = add_group (self, _("Journey"), _("Leave a stage empty until it is reached"));
  add_when (self, group, "engaged-on", _("Engaged: vocational profile done (dd/mm/yyyy)"),
            caseload_ips_referral_get_engaged_on (referral));
  add_when (self, group, "job-search-on", _("Job search from (dd/mm/yyyy)"),
            caseload_ips_referral_get_job_search_on (referral));

  group = add_group (self, _("Benefits Advice"), NULL);
  add_switch (self, group, "benefits-advice", _("Benefits advice given"), NULL,
              caseload_ips_referral_get_benefits_advice (referral));
  add_when (self, group, "benefits-advice-on", _("Given on (dd/mm/yyyy)"),
            caseload_ips_referral_get_benefits_advice_on (referral));
}

static GObject *
read_ips_referral (CaseloadPathwayDialog *self,
                   GPtrArray             *problems)
{
  g_autoptr(CaseloadIpsReferral) referral = self->record != NULL ? copy_record (self->record)
                                                                 : caseload_ips_referral_new ();
  CaseloadStaff *specialist = read_staff (self, "specialist-id");
  g_autofree char *referred_on = read_when (self, "referred-on", TRUE, TRUE, problems);
  GDate today;
  g_autoptr(GPtrArray) checked = NULL;

  caseload_clock_today (caseload_context_get_clock (self->context), &today);
  caseload_ips_referral_set_person_id (referral, caseload_person_get_id (self->person));
  caseload_ips_referral_set_wants_work (referral, read_switch (self, "wants-work"));
  caseload_ips_referral_set_referred_on (referral, referred_on);
  caseload_ips_referral_set_specialist_id (referral, specialist != NULL ? caseload_staff_get_id (specialist) : NULL);
  caseload_ips_referral_set_specialist_name (referral,
                                             specialist != NULL ? caseload_staff_get_display_name (specialist) : NULL);

  if (self->record != NULL)
    {
      g_autofree char *engaged_on = read_when (self, "engaged-on", TRUE, FALSE, problems);
      g_autofree char *job_search_on = read_when (self, "job-search-on", TRUE, FALSE, problems);
      gboolean advice = read_switch (self, "benefits-advice");
      g_autofree char *advice_on = read_when (self, "benefits-advice-on", TRUE, advice, problems);

      caseload_ips_referral_set_engaged_on (referral, engaged_on);
      caseload_ips_referral_set_job_search_on (referral, job_search_on);
      caseload_ips_referral_set_benefits_advice (referral, advice);
      caseload_ips_referral_set_benefits_advice_on (referral, advice ? advice_on : NULL);
    }

  checked = caseload_ips_referral_check (referral, &today);
  add_problems_except (problems, checked);

  return G_OBJECT (g_steal_pointer (&referral));
}

static void
build_ips_close (CaseloadPathwayDialog *self)
{
  g_autofree char *today = today_iso (self);
  GtkWidget *group = add_group (self, NULL, _("Closing ends the person’s IPS support; its record stays."));

  adw_window_title_set_title (self->window_title, _("Close IPS Support"));
  add_when (self, group, "closed-on", _("Closed on (dd/mm/yyyy)"), today);
  add_entry (self, group, "close-reason", _("Why it closed"), NULL);
}

static GObject *
read_ips_close (CaseloadPathwayDialog *self,
                GPtrArray             *problems)
{
  g_autoptr(CaseloadIpsReferral) referral = copy_record (self->record);
  g_autofree char *closed_on = read_when (self, "closed-on", TRUE, TRUE, problems);
  g_autofree char *reason = read_entry (self, "close-reason");
  g_autoptr(GPtrArray) checked = NULL;
  GDate today;

  caseload_clock_today (caseload_context_get_clock (self->context), &today);
  caseload_ips_referral_set_closed_on (referral, closed_on);
  caseload_ips_referral_set_close_reason (referral, reason);
  if (reason == NULL)
    caseload_field_errors_add (problems, "close-reason", _("Say why the IPS support closed."));

  checked = caseload_ips_referral_check (referral, &today);
  add_problems_except (problems, checked);

  return G_OBJECT (g_steal_pointer (&referral));
}

static void
build_employer_contact (CaseloadPathwayDialog *self)
{
  g_autofree char *today = today_iso (self);
  GtkWidget *group = add_group (self, NULL, NULL);

  adw_window_title_set_title (self->window_title, _("Employer Contact"));
  add_entry (self, group, "employer", _("Employer"), NULL);
  add_when (self, group, "contacted-on", _("Contacted on (dd/mm/yyyy)"), today);
  add_enum (self, group, "outcome", _("Outcome"), (LabelFunc) caseload_employer_outcome_label,
            CASELOAD_EMPLOYER_FOLLOW_UP, CASELOAD_EMPLOYER_NOT_SUITABLE + 1, CASELOAD_EMPLOYER_FOLLOW_UP);
  add_entry (self, group, "note", _("Note"), NULL);
}

static GObject *
read_employer_contact (CaseloadPathwayDialog *self,
                       GPtrArray             *problems)
{
  CaseloadIpsReferral *referral = CASELOAD_IPS_REFERRAL (self->parent);
  g_autoptr(CaseloadEmployerContact) contact = caseload_employer_contact_new ();
  g_autofree char *employer = read_entry (self, "employer");
  g_autofree char *contacted_on = read_when (self, "contacted-on", TRUE, TRUE, problems);
  g_autofree char *note = read_entry (self, "note");
  g_autoptr(GPtrArray) checked = NULL;
  GDate today;

  caseload_clock_today (caseload_context_get_clock (self->context), &today);
  caseload_employer_contact_set_referral_id (contact, caseload_ips_referral_get_id (referral));
  caseload_employer_contact_set_employer (contact, employer);
  caseload_employer_contact_set_contacted_on (contact, contacted_on);
  caseload_employer_contact_set_outcome (contact, read_choice (self, "outcome"));
  caseload_employer_contact_set_note (contact, note);

  checked = caseload_employer_contact_check (referral, contact, &today);
  add_problems_except (problems, checked);

  return G_OBJECT (g_steal_pointer (&contact));
}

static void
build_ips_job (CaseloadPathwayDialog *self)
{
  CaseloadIpsJob *job = self->record != NULL ? CASELOAD_IPS_JOB (self->record) : NULL;
  g_autofree char *today = today_iso (self);
  g_autofree char *hours = NULL;
  GtkWidget *group = add_group (self, NULL, _("A job of 4 hours a week or more counts as a job start."));

  if (job != NULL)
    hours = g_strdup_printf ("%g", caseload_ips_job_get_hours_per_week (job));

  adw_window_title_set_title (self->window_title, job != NULL ? _("Job") : _("Job Start"));
  add_entry (self, group, "employer", _("Employer"), job != NULL ? caseload_ips_job_get_employer (job) : NULL);
  add_entry (self, group, "role", _("Role"), job != NULL ? caseload_ips_job_get_role (job) : NULL);
  add_entry (self, group, "hours-per-week", _("Hours a week"), hours);
  add_enum (self, group, "pay-type", _("Pay"), (LabelFunc) caseload_pay_type_label,
            CASELOAD_PAY_HOURLY, CASELOAD_PAY_SELF_EMPLOYED + 1,
            job != NULL ? caseload_ips_job_get_pay_type (job) : CASELOAD_PAY_HOURLY);
  add_when (self, group, "started-on", _("Started on (dd/mm/yyyy)"),
            job != NULL ? caseload_ips_job_get_started_on (job) : today);
  add_switch (self, group, "in-work-support", _("In-work support"), _("The specialist supports them in work"),
              job != NULL ? caseload_ips_job_get_in_work_support (job) : TRUE);

  if (job == NULL)
    return;

  group = add_group (self, _("Job Ended"), _("Leave empty while the job goes on"));
  add_when (self, group, "ended-on", _("Ended on (dd/mm/yyyy)"), caseload_ips_job_get_ended_on (job));
  add_enum (self, group, "end-reason", _("Why it ended"), (LabelFunc) caseload_job_end_reason_label,
            CASELOAD_JOB_NOT_ENDED, CASELOAD_JOB_OTHER + 1, caseload_ips_job_get_end_reason (job));
  add_entry (self, group, "end-note", _("Note"), caseload_ips_job_get_end_note (job));
}

static GObject *
read_ips_job (CaseloadPathwayDialog *self,
              GPtrArray             *problems)
{
  CaseloadIpsReferral *referral = CASELOAD_IPS_REFERRAL (self->parent);
  g_autoptr(CaseloadIpsJob) job = self->record != NULL ? copy_record (self->record) : caseload_ips_job_new ();
  g_autofree char *employer = read_entry (self, "employer");
  g_autofree char *role = read_entry (self, "role");
  g_autofree char *hours = read_entry (self, "hours-per-week");
  g_autofree char *started_on = read_when (self, "started-on", TRUE, TRUE, problems);
  g_autoptr(GPtrArray) checked = NULL;
  double hours_per_week = 0;
  char *end = NULL;
  GDate today;

  caseload_clock_today (caseload_context_get_clock (self->context), &today);
  if (hours != NULL)
    {
      g_strdelimit (hours, ",", '.');
      hours_per_week = g_ascii_strtod (hours, &end);
    }
  if (hours == NULL || end == NULL || *end != '\0')
    caseload_field_errors_add (problems, "hours-per-week", _("Enter the hours a week as a number, like 16."));

  caseload_ips_job_set_referral_id (job, caseload_ips_referral_get_id (referral));
  caseload_ips_job_set_employer (job, employer);
  caseload_ips_job_set_role (job, role);
  caseload_ips_job_set_hours_per_week (job, hours_per_week);
  caseload_ips_job_set_pay_type (job, read_choice (self, "pay-type"));
  caseload_ips_job_set_started_on (job, started_on);
  caseload_ips_job_set_in_work_support (job, read_switch (self, "in-work-support"));

  if (self->record != NULL)
    {
      g_autofree char *ended_on = read_when (self, "ended-on", TRUE, FALSE, problems);
      g_autofree char *end_note = read_entry (self, "end-note");

      caseload_ips_job_set_ended_on (job, ended_on);
      caseload_ips_job_set_end_reason (job, read_choice (self, "end-reason"));
      caseload_ips_job_set_end_note (job, end_note);
    }

  checked = caseload_ips_job_check (referral, job, &today);
  add_problems_except (problems, checked);

  return G_OBJECT (g_steal_pointer (&job));
}

/* Housing and accommodation */

static void
build_housing_referral (CaseloadPathwayDialog *self)
{
  g_autofree char *today = today_iso (self);
  GtkStringList *organisations = gtk_string_list_new (NULL);
  GtkWidget *group = add_group (self, NULL, _("The organisation sees the person while the referral is open, so its "
                                              "housing officer can update the status here."));
  guint housing = 0;

  adw_window_title_set_title (self->window_title, _("Send Housing Referral"));
  add_enum (self, group, "kind", _("For"), (LabelFunc) caseload_housing_kind_label,
            CASELOAD_HOUSING_PREVENTION, CASELOAD_HOUSING_ADAPTATIONS + 1, CASELOAD_HOUSING_PREVENTION);

  /* Housing organisations first, then the others (floating support comes from many). */
  for (guint i = 0; i < self->organisations->len; i++)
    if (caseload_organisation_get_kind (g_ptr_array_index (self->organisations, i)) == CASELOAD_ORGANISATION_HOUSING)
      g_ptr_array_insert (self->organisations, housing++, g_ptr_array_steal_index (self->organisations, i));
  for (guint i = 0; i < self->organisations->len; i++)
    gtk_string_list_append (organisations, caseload_organisation_get_name (g_ptr_array_index (self->organisations, i)));
  add_combo (self, group, "organisation-id", _("To"), organisations, 0);
  add_when (self, group, "sent-on", _("Sent on (dd/mm/yyyy)"), today);
}

static GObject *
read_housing_referral (CaseloadPathwayDialog *self,
                       GPtrArray             *problems)
{
  g_autoptr(CaseloadHousingReferral) referral = caseload_housing_referral_new ();
  g_autofree char *sent_on = read_when (self, "sent-on", TRUE, TRUE, problems);
  guint organisation = read_choice (self, "organisation-id");
  g_autoptr(GPtrArray) checked = NULL;
  GDate today;

  caseload_clock_today (caseload_context_get_clock (self->context), &today);
  caseload_housing_referral_set_person_id (referral, caseload_person_get_id (self->person));
  caseload_housing_referral_set_kind (referral, read_choice (self, "kind"));
  if (organisation < self->organisations->len)
    {
      CaseloadOrganisation *chosen = g_ptr_array_index (self->organisations, organisation);

      caseload_housing_referral_set_organisation_id (referral, caseload_organisation_get_id (chosen));
      caseload_housing_referral_set_organisation_name (referral, caseload_organisation_get_name (chosen));
    }
  caseload_housing_referral_set_sent_on (referral, sent_on);
  caseload_housing_referral_set_status (referral, CASELOAD_HOUSING_SENT);
  caseload_housing_referral_set_status_on (referral, sent_on);

  checked = caseload_housing_referral_check (NULL, referral, &today);
  add_problems_except (problems, checked);

  return G_OBJECT (g_steal_pointer (&referral));
}

static void
build_housing_status (CaseloadPathwayDialog *self)
{
  CaseloadHousingReferral *referral = CASELOAD_HOUSING_REFERRAL (self->record);
  CaseloadHousingStatus status = caseload_housing_referral_get_status (referral);
  CaseloadHousingStatus next = MIN (status + 1, CASELOAD_HOUSING_CLOSED);
  GtkStringList *outcomes;
  g_autofree char *today = today_iso (self);
  g_autofree char *since = caseload_format_date (caseload_housing_referral_get_status_on (referral));
  /* Translators: a housing referral and where it is, as in "Prevention · Thurrock Housing Solutions: Offered since 3 Nov 2026" */
  g_autofree char *about = g_strdup_printf (_("%s · %s: %s since %s"),
                                            caseload_housing_kind_label (caseload_housing_referral_get_kind (referral)),
                                            caseload_housing_referral_get_organisation_name (referral),
                                            caseload_housing_status_label (status), since != NULL ? since : "");
  GtkWidget *group = add_group (self, NULL, about);

  adw_window_title_set_title (self->window_title, status == CASELOAD_HOUSING_CLOSED
                                                  ? _("Reopen Housing Referral") : _("Update Housing Referral"));
  /* The next step; a closed referral reopens where it was before it closed. */
  if (status == CASELOAD_HOUSING_CLOSED)
    {
      GPtrArray *history = caseload_housing_referral_get_history (referral);

      next = history->len > 0
             ? caseload_housing_status_change_get_from_status (g_ptr_array_index (history, history->len - 1))
             : CASELOAD_HOUSING_SENT;
      if (next == CASELOAD_HOUSING_CLOSED)
        next = CASELOAD_HOUSING_SENT;
    }
  add_enum (self, group, "status", _("Status"), (LabelFunc) caseload_housing_status_label,
            CASELOAD_HOUSING_SENT, CASELOAD_HOUSING_CLOSED + 1, next);
  add_when (self, group, "status-on", _("Since (dd/mm/yyyy)"), today);
  add_entry (self, group, "reason", _("Reason (needed when it goes back)"), NULL);
  /* The outcome in the enum's order, after a first choice that is none (so it is chosen,
   * never assumed). */
  outcomes = gtk_string_list_new (NULL);
  gtk_string_list_append (outcomes, _("Choose the outcome"));
  for (int outcome = CASELOAD_HOUSING_OUTCOME_NONE + 1; outcome <= CASELOAD_HOUSING_OUTCOME_OTHER; outcome++)
    gtk_string_list_append (outcomes, caseload_housing_outcome_label (outcome));
  add_combo (self, group, "outcome", _("Outcome"), outcomes, CASELOAD_HOUSING_OUTCOME_NONE);
}

static GObject *
read_housing_status (CaseloadPathwayDialog *self,
                     GPtrArray             *problems)
{
  CaseloadHousingReferral *previous = CASELOAD_HOUSING_REFERRAL (self->record);
  g_autoptr(CaseloadHousingReferral) referral = copy_record (self->record);
  g_autofree char *status_on = read_when (self, "status-on", TRUE, TRUE, problems);
  g_autofree char *reason = read_entry (self, "reason");
  CaseloadHousingStatus status = read_choice (self, "status");
  g_autoptr(GPtrArray) checked = NULL;
  GDate today;

  caseload_clock_today (caseload_context_get_clock (self->context), &today);
  caseload_housing_referral_set_status (referral, status);
  caseload_housing_referral_set_status_on (referral, status_on);
  caseload_housing_referral_set_reason (referral, reason);
  caseload_housing_referral_set_outcome (referral, status == CASELOAD_HOUSING_CLOSED
                                                   ? read_choice (self, "outcome") : CASELOAD_HOUSING_OUTCOME_NONE);

  checked = caseload_housing_referral_check (previous, referral, &today);
  add_problems_except (problems, checked);

  return G_OBJECT (g_steal_pointer (&referral));
}

static void
build_accommodation (CaseloadPathwayDialog *self)
{
  g_autofree char *today = today_iso (self);
  GtkWidget *group = add_group (self, NULL, NULL);

  adw_window_title_set_title (self->window_title, _("Accommodation"));
  add_enum (self, group, "status", _("Accommodation"), (LabelFunc) caseload_accommodation_label,
            CASELOAD_ACCOMMODATION_SETTLED, CASELOAD_ACCOMMODATION_HOSPITAL + 1, CASELOAD_ACCOMMODATION_SETTLED);
  add_when (self, group, "from-on", _("From (dd/mm/yyyy)"), today);
  add_entry (self, group, "note", _("Note"), NULL);
}

static GObject *
read_accommodation (CaseloadPathwayDialog *self,
                    GPtrArray             *problems)
{
  g_autoptr(CaseloadAccommodationRecord) record = caseload_accommodation_record_new ();
  g_autofree char *from_on = read_when (self, "from-on", TRUE, TRUE, problems);
  g_autofree char *note = read_entry (self, "note");
  g_autoptr(GPtrArray) checked = NULL;
  GDate today;

  caseload_clock_today (caseload_context_get_clock (self->context), &today);
  caseload_accommodation_record_set_person_id (record, caseload_person_get_id (self->person));
  caseload_accommodation_record_set_status (record, read_choice (self, "status"));
  caseload_accommodation_record_set_from_on (record, from_on);
  caseload_accommodation_record_set_note (record, note);

  checked = caseload_accommodation_check (record, &today);
  add_problems_except (problems, checked);

  return G_OBJECT (g_steal_pointer (&record));
}

/* The forms */

typedef void     (*BuildFunc) (CaseloadPathwayDialog *self);
typedef GObject *(*ReadFunc)  (CaseloadPathwayDialog *self, GPtrArray *problems);

static const struct {
  BuildFunc build;
  ReadFunc  read;
} forms[] = {
  [CASELOAD_PATHWAY_FORM_OD_EPISODE]       = { build_od_episode, read_od_episode },
  [CASELOAD_PATHWAY_FORM_OD_MEETING]       = { build_od_meeting, read_od_meeting },
  [CASELOAD_PATHWAY_FORM_IPS_REFERRAL]     = { build_ips_referral, read_ips_referral },
  [CASELOAD_PATHWAY_FORM_IPS_CLOSE]        = { build_ips_close, read_ips_close },
  [CASELOAD_PATHWAY_FORM_EMPLOYER_CONTACT] = { build_employer_contact, read_employer_contact },
  [CASELOAD_PATHWAY_FORM_IPS_JOB]          = { build_ips_job, read_ips_job },
  [CASELOAD_PATHWAY_FORM_HOUSING_REFERRAL] = { build_housing_referral, read_housing_referral },
  [CASELOAD_PATHWAY_FORM_HOUSING_STATUS]   = { build_housing_status, read_housing_status },
  [CASELOAD_PATHWAY_FORM_ACCOMMODATION]    = { build_accommodation, read_accommodation },
  [CASELOAD_PATHWAY_FORM_OD_END]           = { build_od_end, read_od_end },
};

/* Reads the form and shows each problem beside its field: the record when all is fine. */
static GObject *
check (CaseloadPathwayDialog *self)
{
  g_autoptr(GPtrArray) problems = caseload_field_errors_new ();
  g_autoptr(GObject) record = forms[self->form].read (self, problems);
  const char *unplaced = NULL;
  GtkWidget *first_bad;

  first_bad = caseload_field_error_row_show_all (GTK_WIDGET (self->page), problems, &unplaced);
  if (self->tried)
    show_banner (self, unplaced);
  if (problems->len > 0)
    {
      if (self->tried && first_bad != NULL && !gtk_widget_has_focus (first_bad))
        gtk_widget_grab_focus (first_bad);
      return NULL;
    }

  return g_steal_pointer (&record);
}

static void
on_field_changed_cb (CaseloadPathwayDialog *self)
{
  g_autoptr(GObject) record = NULL;

  if (!self->ready)
    return;

  self->dirty = TRUE;

  /* Rows that only matter with another's answer show with it: a housing referral's
   * outcome when it closes, the referral an episode started from, the date of the
   * benefits advice. */
  if (self->form == CASELOAD_PATHWAY_FORM_HOUSING_STATUS)
    gtk_widget_set_visible (field (self, "outcome"), read_choice (self, "status") == CASELOAD_HOUSING_CLOSED);
  else if (self->form == CASELOAD_PATHWAY_FORM_OD_EPISODE)
    gtk_widget_set_visible (field (self, "referral-id"), read_choice (self, "start-kind") == CASELOAD_OD_START_REFERRAL);
  else if (self->form == CASELOAD_PATHWAY_FORM_IPS_REFERRAL && self->record != NULL)
    gtk_widget_set_visible (field (self, "benefits-advice-on"), read_switch (self, "benefits-advice"));

  /* After a first try each field says at once when it is put right; the meeting's
   * warnings follow who is ticked from the start. */
  if (self->tried)
    record = check (self);
  else if (self->form == CASELOAD_PATHWAY_FORM_OD_MEETING)
    {
      g_autoptr(GPtrArray) ignored = caseload_field_errors_new ();

      record = forms[self->form].read (self, ignored);
    }
}

static void
on_saved_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(CaseloadPathwayDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (caseload_worker_finish (result, &error) != NULL)
    {
      g_signal_emit (self, signals [SAVED], 0);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->saving = FALSE;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pathway-dialog.save", TRUE);
  g_debug ("Saving a pathway record failed: %s %d", g_quark_to_string (error->domain), error->code);
  /* Nothing was saved; everything typed stays. */
  message = caseload_format_save_error (error);
  show_banner (self, message);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CaseloadPathwayDialog *self = CASELOAD_PATHWAY_DIALOG (widget);
  g_autoptr(GObject) record = NULL;
  SaveCall *call;

  if (!self->ready)
    return;

  self->tried = TRUE;
  show_banner (self, NULL);
  if ((record = check (self)) == NULL)
    return;

  call = g_new0 (SaveCall, 1);
  call->store = g_object_ref (caseload_context_get_store (self->context));
  call->actor = caseload_worker_copy_staff (caseload_context_get_actor (self->context));
  call->form = self->form;
  call->record = g_steal_pointer (&record);

  self->saving = TRUE;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pathway-dialog.save", FALSE);
  caseload_worker_run (self, save_action, save_thread, call, (GDestroyNotify) save_call_free, NULL,
                       self->cancellable, on_saved_cb, g_object_ref (self));
}

static void
on_prepared_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(CaseloadPathwayDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(Choices) choices = caseload_worker_finish (result, &error);

  gtk_spinner_stop (self->spinner);
  if (choices == NULL)
    {
      g_autofree char *message = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      message = caseload_format_read_error (error);
      show_banner (self, message);
      return;
    }

  /* Those who do the work: active, and not administrators. */
  self->staff = caseload_form_active_staff (choices->staff);
  for (guint i = self->staff->len; i > 0; i--)
    if (caseload_staff_get_access_role (g_ptr_array_index (self->staff, i - 1)) == CASELOAD_ROLE_ADMINISTRATOR)
      g_ptr_array_remove_index (self->staff, i - 1);
  self->organisations = g_steal_pointer (&choices->organisations);
  self->referrals = g_steal_pointer (&choices->referrals);

  forms[self->form].build (self);
  self->ready = TRUE;
  on_field_changed_cb (self);
  self->dirty = FALSE;
  gtk_stack_set_visible_child_name (self->stack, "form");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pathway-dialog.save", TRUE);
}

static gboolean
caseload_pathway_dialog_close_request (GtkWindow *window)
{
  CaseloadPathwayDialog *self = CASELOAD_PATHWAY_DIALOG (window);

  /* A save under way finishes first. */
  if (self->saving)
    return TRUE;

  /* What was typed is not lost by a stray Escape. */
  if (!caseload_discard_is_confirmed (window) && self->dirty)
    {
      caseload_discard_ask (window, _("Discard Changes?"), _("What you entered has not been saved."),
                            _("_Keep Editing"));
      return TRUE;
    }

  return GTK_WINDOW_CLASS (caseload_pathway_dialog_parent_class)->close_request (window);
}

static void
caseload_pathway_dialog_dispose (GObject *object)
{
  CaseloadPathwayDialog *self = (CaseloadPathwayDialog *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_PATHWAY_DIALOG);

  g_clear_object (&self->context);
  g_clear_object (&self->person);
  g_clear_object (&self->parent);
  g_clear_object (&self->record);
  g_clear_object (&self->network);
  g_clear_pointer (&self->fields, g_hash_table_unref);
  g_clear_pointer (&self->staff, g_ptr_array_unref);
  g_clear_pointer (&self->organisations, g_ptr_array_unref);
  g_clear_pointer (&self->referrals, g_ptr_array_unref);
  g_clear_pointer (&self->staff_checks, g_ptr_array_unref);
  g_clear_pointer (&self->checked_staff, g_ptr_array_unref);
  g_clear_pointer (&self->member_checks, g_ptr_array_unref);
  g_clear_pointer (&self->members, g_ptr_array_unref);

  G_OBJECT_CLASS (caseload_pathway_dialog_parent_class)->dispose (object);
}

static void
caseload_pathway_dialog_class_init (CaseloadPathwayDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = caseload_pathway_dialog_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = caseload_pathway_dialog_close_request;

  /**
   * CaseloadPathwayDialog::saved:
   *
   * The record was saved: the page reads the person's pathways again.
   */
  signals [SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (CASELOAD_TYPE_FIELD_ERROR_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pcnmh/Caseload/caseload-pathway-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadPathwayDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPathwayDialog, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPathwayDialog, banner_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPathwayDialog, warning_revealer);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPathwayDialog, warning_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPathwayDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPathwayDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPathwayDialog, page);

  gtk_widget_class_install_action (widget_class, "pathway-dialog.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "pathway-dialog.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
caseload_pathway_dialog_init (CaseloadPathwayDialog *self)
{
  self->cancellable = g_cancellable_new ();
  self->fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->staff_checks = g_ptr_array_new ();
  self->checked_staff = g_ptr_array_new_with_free_func (g_object_unref);
  self->member_checks = g_ptr_array_new ();
  self->members = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pathway-dialog.save", FALSE);
}

CaseloadPathwayDialog *
caseload_pathway_dialog_new (GtkWindow           *parent_window,
                             CaseloadContext     *context,
                             CaseloadPerson      *person,
                             CaseloadPathwayForm  form,
                             GObject             *parent,
                             GObject             *record,
                             GListModel          *network)
{
  CaseloadPathwayDialog *self;
  PrepareCall *call;

  g_return_val_if_fail (parent_window == NULL || GTK_IS_WINDOW (parent_window), NULL);
  g_return_val_if_fail (CASELOAD_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (CASELOAD_IS_PERSON (person), NULL);
  g_return_val_if_fail ((guint) form < G_N_ELEMENTS (forms), NULL);
  g_return_val_if_fail (form != CASELOAD_PATHWAY_FORM_OD_MEETING || CASELOAD_IS_OD_EPISODE (parent), NULL);
  g_return_val_if_fail ((form != CASELOAD_PATHWAY_FORM_EMPLOYER_CONTACT && form != CASELOAD_PATHWAY_FORM_IPS_JOB) ||
                        CASELOAD_IS_IPS_REFERRAL (parent), NULL);
  g_return_val_if_fail ((form != CASELOAD_PATHWAY_FORM_IPS_CLOSE && form != CASELOAD_PATHWAY_FORM_HOUSING_STATUS &&
                         form != CASELOAD_PATHWAY_FORM_OD_END) || record != NULL, NULL);

  self = g_object_new (CASELOAD_TYPE_PATHWAY_DIALOG, "transient-for", parent_window, NULL);
  self->context = g_object_ref (context);
  self->person = g_object_ref (person);
  self->form = form;
  self->parent = parent != NULL ? g_object_ref (parent) : NULL;
  self->record = record != NULL ? g_object_ref (record) : NULL;
  self->network = network != NULL ? g_object_ref (network) : NULL;
  adw_window_title_set_subtitle (self->window_title, caseload_person_get_display_name (person));

  call = g_new0 (PrepareCall, 1);
  call->store = g_object_ref (caseload_context_get_store (context));
  call->actor = caseload_worker_copy_staff (caseload_context_get_actor (context));
  call->person_id = g_strdup (caseload_person_get_id (person));
  call->with_referrals = form == CASELOAD_PATHWAY_FORM_OD_EPISODE;

  gtk_spinner_start (self->spinner);
  caseload_worker_run (self, caseload_pathway_dialog_new, prepare_thread, call,
                       (GDestroyNotify) prepare_call_free, (GDestroyNotify) choices_free,
                       self->cancellable, on_prepared_cb, g_object_ref (self));

  return self;
}

CaseloadPathwayForm
caseload_pathway_dialog_get_form (CaseloadPathwayDialog *self)
{
  g_return_val_if_fail (CASELOAD_IS_PATHWAY_DIALOG (self), 0);

  return self->form;
}

gboolean
caseload_pathway_dialog_get_ready (CaseloadPathwayDialog *self)
{
  g_return_val_if_fail (CASELOAD_IS_PATHWAY_DIALOG (self), FALSE);

  return self->ready;
}

GtkWidget *
caseload_pathway_dialog_get_field (CaseloadPathwayDialog *self,
                                   const char            *name)
{
  g_return_val_if_fail (CASELOAD_IS_PATHWAY_DIALOG (self), NULL);

  return g_hash_table_lookup (self->fields, name);
}

const char *
caseload_pathway_dialog_get_error (CaseloadPathwayDialog *self,
                                   const char            *name)
{
  CaseloadFieldErrorRow *row;

  g_return_val_if_fail (CASELOAD_IS_PATHWAY_DIALOG (self), NULL);

  if (name == NULL)
    return gtk_revealer_get_reveal_child (self->banner_revealer) ? gtk_label_get_text (self->banner_label) : NULL;

  row = caseload_field_error_row_find (GTK_WIDGET (self->page), name);
  return row != NULL ? caseload_field_error_row_get_message (row) : NULL;
}

const char *
caseload_pathway_dialog_get_warning (CaseloadPathwayDialog *self)
{
  g_return_val_if_fail (CASELOAD_IS_PATHWAY_DIALOG (self), NULL);

  return gtk_revealer_get_reveal_child (self->warning_revealer) ? gtk_label_get_text (self->warning_label) : NULL;
}

GtkCheckButton *
caseload_pathway_dialog_find_check (CaseloadPathwayDialog *self,
                                    const char            *name)
{
  GPtrArray *lists[2];

  g_return_val_if_fail (CASELOAD_IS_PATHWAY_DIALOG (self), NULL);

  lists[0] = self->staff_checks;
  lists[1] = self->member_checks;
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < lists[l]->len; i++)
      {
        const char *label = g_object_get_data (g_ptr_array_index (lists[l], i), "name");

        if (label != NULL && strstr (label, name) != NULL)
          return g_ptr_array_index (lists[l], i);
      }

  return NULL;
}
