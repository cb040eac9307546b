/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-plan-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "caseload-discard.h"
#include "caseload-field-error-row.h"
#include "caseload-form.h"
#include "caseload-format.h"
#include "caseload-plan-action.h"
#include "caseload-plan-compare.h"
#include "caseload-plan-editor.h"
#include "caseload-plan-goal.h"
#include "caseload-plan-merge-dialog.h"
#include "caseload-validate-plan.h"
#include "caseload-worker.h"

typedef struct _GoalEdit GoalEdit;

/* One action's rows in the form. */
typedef struct {
  GoalEdit           *goal;
  char               *id;
  CaseloadPlanAction *original;     /* as read, or NULL for a new one */
  AdwExpanderRow     *row;
  AdwEntryRow        *words_row;
  AdwComboRow        *kind_row;
  AdwComboRow        *owner_row;
  GtkStringList      *owner_names;
  AdwEntryRow        *owner_name_row;
  AdwEntryRow        *due_row;
  GtkSwitch          *done_switch;
} ActionEdit;

/* One goal's group in the form. */
struct _GoalEdit {
  CaseloadPlanEditor *editor;
  char               *id;
  CaseloadPlanGoal   *original;     /* as read, or NULL for a new one */
  AdwPreferencesGroup *group;
  AdwEntryRow        *words_row;
  AdwComboRow        *area_row;
  AdwEntryRow        *target_row;
  AdwComboRow        *progress_row;
  GtkWidget          *add_action_row;
  GPtrArray          *actions;      /* ActionEdit */
};

struct _CaseloadPlanEditor
{
  AdwWindow            parent_instance;

  /* Owned */
  CaseloadContext     *context;
  CaseloadPerson      *person;
  CaseloadPlan        *base;        /* the version this edit started from */
  GListModel          *network;
  GPtrArray           *staff;       /* active CaseloadStaff offered, sorted */
  GPtrArray           *organisations;
  GPtrArray           *goals;       /* GoalEdit */
  GHashTable          *texts;       /* property name → GtkTextView */
  GHashTable          *by_rows;     /* property name → AdwComboRow */
  char                *filled;      /* the form as filled in, as plan text */
  GCancellable        *cancellable;
  guint                loading : 1;
  guint                saving : 1;
  guint                saved : 1;

  /* Template children */
  AdwWindowTitle      *window_title;
  GtkWidget           *save_button;
  GtkRevealer         *banner_revealer;
  GtkLabel            *banner_label;
  GtkWidget           *form_box;
  AdwPreferencesGroup *what_matters_group;
  AdwPreferencesGroup *strengths_group;
  AdwPreferencesGroup *goals_group;
  GtkBox              *goals_box;
  AdwPreferencesGroup *staying_well_group;
  AdwEntryRow         *review_row;
};

G_DEFINE_FINAL_TYPE (CaseloadPlanEditor, caseload_plan_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* What the form needs from the store: who can own an action. */
typedef struct {
  GPtrArray *staff;
  GPtrArray *organisations;
} Lists;

typedef struct {
  CaseloadStore *store;
  CaseloadStaff *actor;
  CaseloadPlan  *plan;
} SaveCall;

/* A save's answer: saved, or the merge to ask about. */
typedef struct {
  gboolean      saved;
  CaseloadPlan *merged;
  CaseloadPlan *theirs;
  GPtrArray    *conflicts;
} SaveResult;

/* The free-text parts of the plan, by section. */
enum { SECTION_WHAT_MATTERS, SECTION_STRENGTHS, SECTION_GOALS, SECTION_STAYING_WELL };

static const struct {
  const char *property;
  const char *title;
  int         section;
} text_fields[] = {
  { "what-matters",        N_("In their words"), SECTION_WHAT_MATTERS },
  { "strengths-personal",  N_("Personal: what I am good at, what I enjoy"), SECTION_STRENGTHS },
  { "strengths-people",    N_("People around me"), SECTION_STRENGTHS },
  { "strengths-community", N_("Community: groups, Local Area Coordinator, community hubs, faith, work"), SECTION_STRENGTHS },
  { "warning-signs",       N_("Early warning signs"), SECTION_STAYING_WELL },
  { "what-helps",          N_("What helps"), SECTION_STAYING_WELL },
  { "what-does-not-help",  N_("What does not help"), SECTION_STAYING_WELL },
  { "who-to-contact",      N_("Who to contact"), SECTION_STAYING_WELL },
};

static const struct {
  const char *property;
  int         section;
} by_fields[] = {
  { "what-matters-by",    SECTION_WHAT_MATTERS },
  { "strengths-by",       SECTION_STRENGTHS },
  { "goals-by",           SECTION_GOALS },
  { "staying-well-by",    SECTION_STAYING_WELL },
};

static void
lists_free (Lists *lists)
{
  g_clear_pointer (&lists->staff, g_ptr_array_unref);
  g_clear_pointer (&lists->organisations, g_ptr_array_unref);
  g_free (lists);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Lists, lists_free)

static void
save_call_free (SaveCall *call)
{
  g_clear_object (&call->store);
  g_clear_object (&call->actor);
  g_clear_object (&call->plan);
  g_free (call);
}

static void
save_result_free (SaveResult *result)
{
  g_clear_object (&result->merged);
  g_clear_object (&result->theirs);
  g_clear_pointer (&result->conflicts, g_ptr_array_unref);
  g_free (result);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SaveResult, save_result_free)

static void
action_edit_free (ActionEdit *action)
{
  g_free (action->id);
  g_clear_object (&action->original);
  g_free (action);
}

static void
goal_edit_free (GoalEdit *goal)
{
  g_free (goal->id);
  g_clear_object (&goal->original);
  g_clear_pointer (&goal->actions, g_ptr_array_unref);
  g_free (goal);
}

static gpointer
lists_thread (gpointer       data,
              GCancellable  *cancellable,
              GError       **error)
{
  CaseloadStore *store = data;
  g_autoptr(Lists) lists = g_new0 (Lists, 1);

  lists->staff = caseload_store_list_staff (store, error);
  if (lists->staff == NULL)
    return NULL;

  lists->organisations = caseload_store_list_organisations (store, error);
  if (lists->organisations == NULL)
    return NULL;

  return g_steal_pointer (&lists);
}

/* Saves; if someone saved since, reads the version both started from and the newest,
 * and merges. */
static gpointer
save_thread (gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  SaveCall *call = data;
  g_autoptr(SaveResult) result = g_new0 (SaveResult, 1);
  g_autoptr(CaseloadPlan) base = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *person_id = caseload_plan_get_person_id (call->plan);
  int version = caseload_plan_get_version (call->plan);

  if (caseload_store_save_plan (call->store, call->actor, call->plan, &local_error))
    {
      result->saved = TRUE;
      return g_steal_pointer (&result);
    }

  if (!g_error_matches (local_error, CASELOAD_ERROR, CASELOAD_ERROR_CONFLICT))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  /* Version 0 reads the current plan: a first plan's base is the empty one. */
  if (version > 0)
    base = caseload_store_get_plan (call->store, call->actor, person_id, version, error);
  else
    {
      base = caseload_plan_new ();
      caseload_plan_set_person_id (base, person_id);
    }
  if (base == NULL)
    return NULL;

  result->theirs = caseload_store_get_plan (call->store, call->actor, person_id, 0, error);
  if (result->theirs == NULL)
    return NULL;

  result->merged = caseload_plan_merge (base, call->plan, result->theirs, &result->conflicts);
  return g_steal_pointer (&result);
}

static gboolean
is_empty (const char *text)
{
  return text == NULL || *text == '\0';
}

static void
show_banner (CaseloadPlanEditor *self,
             const char         *message)
{
  gtk_label_set_text (self->banner_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->banner_revealer, message != NULL);
}

static void
update_save_action (CaseloadPlanEditor *self)
{
  gboolean busy = self->loading || self->saving;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan-editor.save", !busy && !self->saved);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "window.close", !self->saving);
  gtk_button_set_label (GTK_BUTTON (self->save_button), self->saving ? _("Saving…") : _("_Save"));
}

static void
on_entry_activated_cb (AdwEntryRow        *row,
                       CaseloadPlanEditor *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "plan-editor.save", NULL);
}

static GtkWidget *
new_error_row (const char *field,
               GtkWidget  *widget)
{
  return g_object_new (CASELOAD_TYPE_FIELD_ERROR_ROW, "field", field, "widget", widget, NULL);
}

static AdwPreferencesGroup *
get_section_group (CaseloadPlanEditor *self,
                   int                 section)
{
  switch (section)
    {
    case SECTION_WHAT_MATTERS:
      return self->what_matters_group;
    case SECTION_STRENGTHS:
      return self->strengths_group;
    case SECTION_GOALS:
      return self->goals_group;
    case SECTION_STAYING_WELL:
    default:
      return self->staying_well_group;
    }
}

/* A labelled box to write in, with the row for its problems under it. */
static void
add_text_field (CaseloadPlanEditor  *self,
                AdwPreferencesGroup *group,
                const char          *property,
                const char          *title)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new_with_mnemonic (title);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *view = gtk_text_view_new ();

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), view);
  gtk_widget_add_css_class (label, "heading");

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 72);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 240);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_has_frame (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_widget_add_css_class (scroller, "entry-text");

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_widget_add_css_class (view, "plan-text-view");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), scroller);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  adw_preferences_group_add (group, row);
  adw_preferences_group_add (group, new_error_row (property, scroller));
  g_hash_table_insert (self->texts, (gpointer) property, view);
}

static GtkWidget *
new_combo_row (const char  *title,
               const char *(*label) (int value),
               guint        n_values)
{
  g_autoptr(GtkListItemFactory) factory = caseload_format_string_factory_new ();
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();

  for (guint i = 0; i < n_values; i++)
    gtk_string_list_append (names, label ((int) i));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_factory (ADW_COMBO_ROW (row), factory);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));

  return row;
}

#define COMBO(title, label_func, n) \
  new_combo_row (title, (const char *(*) (int)) (void (*) (void)) label_func, n)

static GtkWidget *
new_entry_row (CaseloadPlanEditor *self,
               const char         *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  g_signal_connect (row, "entry-activated", G_CALLBACK (on_entry_activated_cb), self);

  return row;
}

/* Actions: who does it. */

static guint
count_network (CaseloadPlanEditor *self)
{
  return self->network != NULL ? g_list_model_get_n_items (self->network) : 0;
}

static CaseloadActionOwnerKind
get_owner_kind (ActionEdit *action)
{
  guint selected = adw_combo_row_get_selected (action->kind_row);

  return selected <= CASELOAD_ACTION_OWNER_ORGANISATION ? (CaseloadActionOwnerKind) selected
                                                        : CASELOAD_ACTION_OWNER_PERSON;
}

static void
update_owner_name_row (ActionEdit *action)
{
  CaseloadPlanEditor *self = action->goal->editor;
  gboolean typed = get_owner_kind (action) == CASELOAD_ACTION_OWNER_NETWORK &&
                   adw_combo_row_get_selected (action->owner_row) == count_network (self);

  gtk_widget_set_visible (GTK_WIDGET (action->owner_name_row), typed);
}

/* The choices for the owner kind chosen, and the original owner chosen again if it is
 * among them. */
static void
fill_owners (ActionEdit *action)
{
  CaseloadPlanEditor *self = action->goal->editor;
  CaseloadActionOwnerKind kind = get_owner_kind (action);
  CaseloadPlanAction *original = action->original;
  gboolean same_kind = original != NULL && caseload_plan_action_get_owner_kind (original) == kind;
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (action->owner_names));
  guint selected = GTK_INVALID_LIST_POSITION;
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);

  switch (kind)
    {
    case CASELOAD_ACTION_OWNER_NETWORK:
      for (guint i = 0; i < count_network (self); i++)
        {
          g_autoptr(CaseloadNetworkMember) member = g_list_model_get_item (self->network, i);
          const char *name = caseload_network_member_get_name (member);
          const char *relationship = caseload_relationship_label (caseload_network_member_get_relationship (member));

          /* Translators: someone in the person's network and who they are to them, as in "Sam Okoro · Friend" */
          g_ptr_array_add (labels, g_strdup_printf (_("%s · %s"), name, relationship));
          if (same_kind && g_strcmp0 (name, caseload_plan_action_get_owner_name (original)) == 0)
            selected = i;
        }
      g_ptr_array_add (labels, g_strdup (_("Someone else (type their name)")));
      if (selected == GTK_INVALID_LIST_POSITION && (same_kind || count_network (self) == 0))
        selected = count_network (self);
      if (same_kind && selected == count_network (self))
        gtk_editable_set_text (GTK_EDITABLE (action->owner_name_row),
                               caseload_plan_action_get_owner_name (original) != NULL
                               ? caseload_plan_action_get_owner_name (original) : "");
      break;

    case CASELOAD_ACTION_OWNER_WORKER:
      for (guint i = 0; self->staff != NULL && i < self->staff->len; i++)
        {
          CaseloadStaff *staff = g_ptr_array_index (self->staff, i);

          /* Translators: a staff member and their organisation, as in "Adaeze Nwosu · Thurrock Mind" */
          g_ptr_array_add (labels, g_strdup_printf (_("%s · %s"), caseload_staff_get_display_name (staff),
                                                    caseload_staff_get_organisation_name (staff)));
          if (same_kind && g_strcmp0 (caseload_staff_get_id (staff),
                                      caseload_plan_action_get_owner_staff_id (original)) == 0)
            selected = i;
        }
      break;

    case CASELOAD_ACTION_OWNER_ORGANISATION:
      for (guint i = 0; self->organisations != NULL && i < self->organisations->len; i++)
        {
          CaseloadOrganisation *organisation = g_ptr_array_index (self->organisations, i);

          g_ptr_array_add (labels, g_strdup (caseload_organisation_get_name (organisation)));
          if (same_kind && g_strcmp0 (caseload_organisation_get_id (organisation),
                                      caseload_plan_action_get_owner_organisation_id (original)) == 0)
            selected = i;
        }
      break;

    case CASELOAD_ACTION_OWNER_PERSON:
    default:
      break;
    }

  g_ptr_array_add (labels, NULL);
  gtk_string_list_splice (action->owner_names, 0, n_items, (const char * const *) labels->pdata);
  adw_combo_row_set_selected (action->owner_row, selected);

  gtk_widget_set_visible (GTK_WIDGET (action->owner_row), kind != CASELOAD_ACTION_OWNER_PERSON);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (action->owner_row),
                                 kind == CASELOAD_ACTION_OWNER_NETWORK ? _("Who in their network")
                                 : kind == CASELOAD_ACTION_OWNER_WORKER ? _("Which worker")
                                 : _("Which organisation"));
  update_owner_name_row (action);
}

static void
on_owner_kind_selected_cb (AdwComboRow *row,
                           GParamSpec  *pspec,
                           ActionEdit  *action)
{
  if (gtk_widget_in_destruction (GTK_WIDGET (action->goal->editor)))
    return;
  fill_owners (action);
}

static void
on_owner_selected_cb (AdwComboRow *row,
                      GParamSpec  *pspec,
                      ActionEdit  *action)
{
  if (gtk_widget_in_destruction (GTK_WIDGET (action->goal->editor)))
    return;
  update_owner_name_row (action);
}

static void
number_goals (CaseloadPlanEditor *self);

/* A ticked box for an action done, an empty one for one to do. */
static void
on_done_changed_cb (GtkSwitch  *done_switch,
                    GParamSpec *pspec,
                    ActionEdit *action)
{
  adw_expander_row_set_icon_name (action->row, gtk_switch_get_active (done_switch) ? "checkbox-checked-symbolic"
                                                                                  : "checkbox-symbolic");
}

static void
on_remove_action_cb (GtkButton  *button,
                     ActionEdit *action)
{
  GoalEdit *goal = action->goal;

  adw_preferences_group_remove (goal->group, GTK_WIDGET (action->row));
  g_ptr_array_remove (goal->actions, action);
  number_goals (goal->editor);
}

static void
add_action (GoalEdit           *goal,
            CaseloadPlanAction *original)
{
  CaseloadPlanEditor *self = goal->editor;
  ActionEdit *action = g_new0 (ActionEdit, 1);
  GtkWidget *done_row;
  GtkWidget *remove_row;
  GtkWidget *remove_button;

  action->goal = goal;
  action->original = original != NULL ? g_object_ref (original) : NULL;
  action->id = g_strdup (original != NULL && caseload_plan_action_get_id (original) != NULL
                         ? caseload_plan_action_get_id (original) : NULL);
  if (action->id == NULL)
    action->id = g_uuid_string_random ();

  action->row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (action->row), FALSE);
  adw_expander_row_set_expanded (action->row, TRUE);

  action->words_row = ADW_ENTRY_ROW (new_entry_row (self, _("What will be done")));
  adw_expander_row_add_row (action->row, GTK_WIDGET (action->words_row));
  {
    g_autofree char *field = g_strdup_printf ("action:%s:words", action->id);
    adw_expander_row_add_row (action->row, new_error_row (field, GTK_WIDGET (action->words_row)));
  }

  action->kind_row = ADW_COMBO_ROW (COMBO (_("Who does it"), caseload_action_owner_kind_label,
                                           CASELOAD_ACTION_OWNER_ORGANISATION + 1));
  adw_expander_row_add_row (action->row, GTK_WIDGET (action->kind_row));

  action->owner_names = gtk_string_list_new (NULL);
  action->owner_row = ADW_COMBO_ROW (adw_combo_row_new ());
  {
    g_autoptr(GtkListItemFactory) factory = caseload_format_string_factory_new ();

    adw_combo_row_set_factory (action->owner_row, factory);
  }
  adw_combo_row_set_model (action->owner_row, G_LIST_MODEL (action->owner_names));
  g_object_unref (action->owner_names);   /* the row holds it */
  adw_expander_row_add_row (action->row, GTK_WIDGET (action->owner_row));

  action->owner_name_row = ADW_ENTRY_ROW (new_entry_row (self, _("Their name")));
  adw_expander_row_add_row (action->row, GTK_WIDGET (action->owner_name_row));
  {
    g_autofree char *field = g_strdup_printf ("action:%s:owner", action->id);
    adw_expander_row_add_row (action->row, new_error_row (field, GTK_WIDGET (action->owner_row)));
  }

  action->due_row = ADW_ENTRY_ROW (new_entry_row (self, _("By when (dd/mm/yyyy)")));
  adw_expander_row_add_row (action->row, GTK_WIDGET (action->due_row));
  {
    g_autofree char *field = g_strdup_printf ("action:%s:due-on", action->id);
    adw_expander_row_add_row (action->row, new_error_row (field, GTK_WIDGET (action->due_row)));
  }

  done_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (done_row), _("Done"));
  action->done_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (action->done_switch), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (action->done_switch), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Done"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (done_row), GTK_WIDGET (action->done_switch));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (done_row), GTK_WIDGET (action->done_switch));
  adw_expander_row_add_row (action->row, done_row);

  remove_row = adw_action_row_new ();
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove_row), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove this action"), -1);
  remove_button = gtk_button_new_with_mnemonic (_("_Remove Action"));
  gtk_widget_set_valign (remove_button, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (remove_button, GTK_ALIGN_END);
  gtk_widget_set_hexpand (remove_button, TRUE);
  gtk_widget_add_css_class (remove_button, "flat");
  g_signal_connect (remove_button, "clicked", G_CALLBACK (on_remove_action_cb), action);
  adw_action_row_add_suffix (ADW_ACTION_ROW (remove_row), remove_button);
  adw_expander_row_add_row (action->row, remove_row);

  if (original != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (action->words_row),
                             caseload_plan_action_get_words (original) != NULL
                             ? caseload_plan_action_get_words (original) : "");
      adw_combo_row_set_selected (action->kind_row, caseload_plan_action_get_owner_kind (original));
      caseload_form_set_entry_iso (action->due_row, caseload_plan_action_get_due_on (original));
      gtk_switch_set_active (action->done_switch, caseload_plan_action_get_done (original));
      adw_expander_row_set_expanded (action->row, FALSE);
    }
  g_signal_connect (action->kind_row, "notify::selected", G_CALLBACK (on_owner_kind_selected_cb), action);
  g_signal_connect (action->owner_row, "notify::selected", G_CALLBACK (on_owner_selected_cb), action);
  g_signal_connect (action->done_switch, "notify::active", G_CALLBACK (on_done_changed_cb), action);
  g_signal_connect_swapped (action->kind_row, "notify::selected", G_CALLBACK (number_goals), self);
  g_signal_connect_swapped (action->due_row, "changed", G_CALLBACK (number_goals), self);
  on_done_changed_cb (action->done_switch, NULL, action);
  fill_owners (action);

  /* Before the goal's "Add Action" row. */
  g_object_ref (goal->add_action_row);
  adw_preferences_group_remove (goal->group, goal->add_action_row);
  adw_preferences_group_add (goal->group, GTK_WIDGET (action->row));
  adw_preferences_group_add (goal->group, goal->add_action_row);
  g_object_unref (goal->add_action_row);
  g_ptr_array_add (goal->actions, action);
}

/* Goals. */

/* "Goal 1", "Action 1: Ring the gym": the titles follow the order and the words. */
static void
number_goals (CaseloadPlanEditor *self)
{
  if (gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;

  for (guint i = 0; i < self->goals->len; i++)
    {
      GoalEdit *goal = g_ptr_array_index (self->goals, i);
      g_autofree char *title = g_strdup_printf (_("Goal %u"), i + 1);

      adw_preferences_group_set_title (goal->group, title);

      for (guint j = 0; j < goal->actions->len; j++)
        {
          ActionEdit *action = g_ptr_array_index (goal->actions, j);
          g_autofree char *words = caseload_form_get_entry_text (action->words_row);
          g_autofree char *action_title = NULL;

          if (*words != '\0')
            /* Translators: an action's heading in the plan editor, as in "Action 1: Ring the gym" */
            action_title = g_strdup_printf (_("Action %u: %s"), j + 1, words);
          else
            action_title = g_strdup_printf (_("Action %u"), j + 1);
          g_autofree char *due = caseload_form_get_entry_text (action->due_row);
          g_autofree char *summary = NULL;

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (action->row), action_title);
          /* Translators: who does an action and by when, under its heading in the plan editor, as in "A named worker · by 05/12/2026" */
          summary = *due != '\0' ? g_strdup_printf (_("%s · by %s"), caseload_action_owner_kind_label (get_owner_kind (action)), due)
                                 : g_strdup (caseload_action_owner_kind_label (get_owner_kind (action)));
          adw_expander_row_set_subtitle (action->row, summary);
          gtk_accessible_update_property (GTK_ACCESSIBLE (action->row), GTK_ACCESSIBLE_PROPERTY_LABEL, action_title, -1);
        }
    }
}

static void
on_words_changed_cb (GtkEditable        *editable,
                     CaseloadPlanEditor *self)
{
  number_goals (self);
}

static void
add_action_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CaseloadPlanEditor *self = CASELOAD_PLAN_EDITOR (widget);
  const char *goal_id = g_variant_get_string (parameter, NULL);
  GoalEdit *goal = NULL;
  ActionEdit *action;

  for (guint i = 0; i < self->goals->len && goal == NULL; i++)
    if (g_strcmp0 (((GoalEdit *) g_ptr_array_index (self->goals, i))->id, goal_id) == 0)
      goal = g_ptr_array_index (self->goals, i);
  if (goal == NULL)
    return;

  add_action (goal, NULL);
  action = g_ptr_array_index (goal->actions, goal->actions->len - 1);
  g_signal_connect (action->words_row, "changed", G_CALLBACK (on_words_changed_cb), goal->editor);
  number_goals (goal->editor);
  gtk_widget_grab_focus (GTK_WIDGET (action->words_row));
}

static void
on_remove_goal_cb (GtkButton *button,
                   GoalEdit  *goal)
{
  CaseloadPlanEditor *self = goal->editor;

  gtk_box_remove (self->goals_box, GTK_WIDGET (goal->group));
  g_ptr_array_remove (self->goals, goal);
  number_goals (self);
}

static GoalEdit *
add_goal (CaseloadPlanEditor *self,
          CaseloadPlanGoal   *original)
{
  GoalEdit *goal = g_new0 (GoalEdit, 1);
  GtkWidget *remove_button;
  GtkWidget *add_button;

  goal->editor = self;
  goal->original = original != NULL ? g_object_ref (original) : NULL;
  goal->id = g_strdup (original != NULL ? caseload_plan_goal_get_id (original) : NULL);
  if (goal->id == NULL)
    goal->id = g_uuid_string_random ();
  goal->actions = g_ptr_array_new_with_free_func ((GDestroyNotify) action_edit_free);

  goal->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  remove_button = gtk_button_new_with_mnemonic (_("Remove _Goal"));
  gtk_widget_set_valign (remove_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove_button, "flat");
  g_signal_connect (remove_button, "clicked", G_CALLBACK (on_remove_goal_cb), goal);
  adw_preferences_group_set_header_suffix (goal->group, remove_button);

  goal->words_row = ADW_ENTRY_ROW (new_entry_row (self, _("The goal, in the person’s words")));
  adw_preferences_group_add (goal->group, GTK_WIDGET (goal->words_row));
  {
    g_autofree char *field = g_strdup_printf ("goal:%s:words", goal->id);
    adw_preferences_group_add (goal->group, new_error_row (field, GTK_WIDGET (goal->words_row)));
  }

  goal->area_row = ADW_COMBO_ROW (COMBO (_("Life area"), caseload_life_area_label, CASELOAD_LIFE_AREA_MEETINGS + 1));
  adw_preferences_group_add (goal->group, GTK_WIDGET (goal->area_row));

  goal->target_row = ADW_ENTRY_ROW (new_entry_row (self, _("Target date (dd/mm/yyyy, if there is one)")));
  adw_preferences_group_add (goal->group, GTK_WIDGET (goal->target_row));
  {
    g_autofree char *field = g_strdup_printf ("goal:%s:target-on", goal->id);
    adw_preferences_group_add (goal->group, new_error_row (field, GTK_WIDGET (goal->target_row)));
  }

  goal->progress_row = ADW_COMBO_ROW (COMBO (_("Progress"), caseload_goal_progress_label,
                                             CASELOAD_GOAL_CHANGED_MIND + 1));
  adw_preferences_group_add (goal->group, GTK_WIDGET (goal->progress_row));

  goal->add_action_row = adw_preferences_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (goal->add_action_row), FALSE);
  gtk_widget_set_focusable (goal->add_action_row, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (goal->add_action_row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Add an action to this goal"), -1);
  add_button = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (add_button),
                        g_object_new (ADW_TYPE_BUTTON_CONTENT, "icon-name", "list-add-symbolic",
                                      "label", _("Add _Action"), "use-underline", TRUE, NULL));
  gtk_widget_add_css_class (add_button, "flat");
  gtk_widget_set_halign (add_button, GTK_ALIGN_START);
  gtk_widget_set_margin_top (add_button, 6);
  gtk_widget_set_margin_bottom (add_button, 6);
  gtk_widget_set_margin_start (add_button, 6);
  gtk_widget_set_margin_end (add_button, 6);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add_button), "plan-editor.add-action");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (add_button), g_variant_new_string (goal->id));
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (goal->add_action_row), add_button);
  adw_preferences_group_add (goal->group, goal->add_action_row);

  if (original != NULL)
    {
      GPtrArray *actions = caseload_plan_goal_get_actions (original);

      gtk_editable_set_text (GTK_EDITABLE (goal->words_row),
                             caseload_plan_goal_get_words (original) != NULL
                             ? caseload_plan_goal_get_words (original) : "");
      adw_combo_row_set_selected (goal->area_row, caseload_plan_goal_get_life_area (original));
      caseload_form_set_entry_iso (goal->target_row, caseload_plan_goal_get_target_on (original));
      adw_combo_row_set_selected (goal->progress_row, caseload_plan_goal_get_progress (original));

      for (guint i = 0; i < actions->len; i++)
        {
          ActionEdit *action;

          add_action (goal, g_ptr_array_index (actions, i));
          action = g_ptr_array_index (goal->actions, goal->actions->len - 1);
          g_signal_connect (action->words_row, "changed", G_CALLBACK (on_words_changed_cb), self);
        }
    }

  gtk_box_append (self->goals_box, GTK_WIDGET (goal->group));
  g_ptr_array_add (self->goals, goal);
  number_goals (self);

  return goal;
}

static void
add_goal_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CaseloadPlanEditor *self = CASELOAD_PLAN_EDITOR (widget);
  GoalEdit *goal = add_goal (self, NULL);

  gtk_widget_grab_focus (GTK_WIDGET (goal->words_row));
}

/* Reading the form. */

static CaseloadPlanAction *
build_action (ActionEdit *edit,
              GPtrArray  *problems)
{
  CaseloadPlanEditor *self = edit->goal->editor;
  CaseloadPlanAction *action = caseload_plan_action_new ();
  CaseloadActionOwnerKind kind = get_owner_kind (edit);
  guint selected = adw_combo_row_get_selected (edit->owner_row);
  g_autofree char *words = caseload_form_get_entry_text (edit->words_row);
  g_autofree char *due = NULL;
  g_autofree char *field = g_strdup_printf ("action:%s:due-on", edit->id);
  gboolean same_kind = edit->original != NULL && caseload_plan_action_get_owner_kind (edit->original) == kind;

  due = caseload_form_read_when (edit->due_row, field, TRUE, FALSE, problems);
  caseload_plan_action_set_id (action, edit->id);
  caseload_plan_action_set_words (action, words);
  caseload_plan_action_set_owner_kind (action, kind);
  caseload_plan_action_set_due_on (action, due);
  caseload_plan_action_set_done (action, gtk_switch_get_active (edit->done_switch));

  switch (kind)
    {
    case CASELOAD_ACTION_OWNER_NETWORK:
      if (selected < count_network (self))
        {
          g_autoptr(CaseloadNetworkMember) member = g_list_model_get_item (self->network, selected);

          caseload_plan_action_set_owner_name (action, caseload_network_member_get_name (member));
        }
      else
        {
          g_autofree char *name = caseload_form_get_entry_text (edit->owner_name_row);

          caseload_plan_action_set_owner_name (action, is_empty (name) ? NULL : name);
        }
      break;

    case CASELOAD_ACTION_OWNER_WORKER:
      if (self->staff != NULL && selected < self->staff->len)
        {
          CaseloadStaff *staff = g_ptr_array_index (self->staff, selected);

          caseload_plan_action_set_owner_staff_id (action, caseload_staff_get_id (staff));
          caseload_plan_action_set_owner_name (action, caseload_staff_get_display_name (staff));
        }
      else if (same_kind)
        {
          /* Not offered now (no longer active, or the list is not read yet): as it was. */
          caseload_plan_action_set_owner_staff_id (action, caseload_plan_action_get_owner_staff_id (edit->original));
          caseload_plan_action_set_owner_name (action, caseload_plan_action_get_owner_name (edit->original));
        }
      break;

    case CASELOAD_ACTION_OWNER_ORGANISATION:
      if (self->organisations != NULL && selected < self->organisations->len)
        {
          CaseloadOrganisation *organisation = g_ptr_array_index (self->organisations, selected);

          caseload_plan_action_set_owner_organisation_id (action, caseload_organisation_get_id (organisation));
          caseload_plan_action_set_owner_name (action, caseload_organisation_get_name (organisation));
        }
      else if (same_kind)
        {
          caseload_plan_action_set_owner_organisation_id (action,
                                                          caseload_plan_action_get_owner_organisation_id (edit->original));
          caseload_plan_action_set_owner_name (action, caseload_plan_action_get_owner_name (edit->original));
        }
      break;

    case CASELOAD_ACTION_OWNER_PERSON:
    default:
      break;
    }

  return action;
}

static CaseloadPlanGoal *
build_goal (GoalEdit  *edit,
            GPtrArray *problems)
{
  CaseloadPlanGoal *goal = caseload_plan_goal_new ();
  g_autofree char *words = caseload_form_get_entry_text (edit->words_row);
  g_autofree char *field = g_strdup_printf ("goal:%s:target-on", edit->id);
  g_autofree char *target = caseload_form_read_when (edit->target_row, field, TRUE, FALSE, problems);
  GPtrArray *actions = caseload_plan_goal_get_actions (goal);

  caseload_plan_goal_set_id (goal, edit->id);
  caseload_plan_goal_set_words (goal, words);
  caseload_plan_goal_set_life_area (goal, adw_combo_row_get_selected (edit->area_row));
  caseload_plan_goal_set_target_on (goal, target);
  caseload_plan_goal_set_progress (goal, adw_combo_row_get_selected (edit->progress_row));

  for (guint i = 0; i < edit->actions->len; i++)
    g_ptr_array_add (actions, build_action (g_ptr_array_index (edit->actions, i), problems));

  return goal;
}

/* The plan as the form says, on top of the version read (its version, the copy given).
 * Dates that are not dates are problems in @problems (nullable). */
static CaseloadPlan *
build_plan (CaseloadPlanEditor *self,
            GPtrArray          *problems)
{
  CaseloadPlan *plan = caseload_plan_copy (self->base);
  GPtrArray *goals = caseload_plan_get_goals (plan);
  GHashTableIter iter;
  gpointer key, value;
  g_autofree char *review = caseload_form_read_when (self->review_row, "review-on", TRUE, FALSE, problems);

  g_hash_table_iter_init (&iter, self->texts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autofree char *text = caseload_form_get_text_view_text (value);

      g_object_set (plan, key, is_empty (text) ? NULL : text, NULL);
    }

  g_hash_table_iter_init (&iter, self->by_rows);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_object_set (plan, key, (int) adw_combo_row_get_selected (value), NULL);

  g_ptr_array_set_size (goals, 0);
  for (guint i = 0; i < self->goals->len; i++)
    g_ptr_array_add (goals, build_goal (g_ptr_array_index (self->goals, i), problems));

  caseload_plan_set_review_on (plan, review);

  return plan;
}

static void
expand_actions_at_fault (CaseloadPlanEditor *self)
{
  for (guint i = 0; i < self->goals->len; i++)
    {
      GoalEdit *goal = g_ptr_array_index (self->goals, i);

      for (guint j = 0; j < goal->actions->len; j++)
        {
          ActionEdit *action = g_ptr_array_index (goal->actions, j);
          const char *kinds[] = { "words", "owner", "due-on" };

          for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
            {
              g_autofree char *field = g_strdup_printf ("action:%s:%s", action->id, kinds[k]);

              if (caseload_plan_editor_get_error (self, field) != NULL)
                adw_expander_row_set_expanded (action->row, TRUE);
            }
        }
    }
}

static gboolean
show_problems (CaseloadPlanEditor *self,
               GPtrArray          *problems)
{
  const char *unplaced = NULL;
  GtkWidget *first_bad;

  first_bad = caseload_field_error_row_show_all (self->form_box, problems, &unplaced);
  show_banner (self, unplaced);
  expand_actions_at_fault (self);

  if (first_bad != NULL)
    gtk_widget_grab_focus (GTK_IS_SCROLLED_WINDOW (first_bad)
                           ? gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (first_bad)) : first_bad);

  return problems->len == 0;
}

/* Saving. */

static void save_plan (CaseloadPlanEditor *self, CaseloadPlan *plan);

static void
on_resolved_cb (CaseloadPlanMergeDialog *dialog,
                CaseloadPlan            *combined,
                CaseloadPlanEditor      *self)
{
  save_plan (self, combined);
}

static void
on_saved_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(CaseloadPlanEditor) self = user_data;
  g_autoptr(SaveResult) answer = NULL;
  g_autoptr(GError) error = NULL;
  SaveCall *call = caseload_worker_get_data (result);

  answer = caseload_worker_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->saving = FALSE;

  if (answer == NULL)
    {
      g_autofree char *message = caseload_format_save_error (error);

      /* The message may quote what was typed: on screen, never in the log. */
      g_debug ("Saving the plan failed: %s %d", g_quark_to_string (error->domain), error->code);
      caseload_context_report_error (self->context, error);
      show_banner (self, message);
      update_save_action (self);
      return;
    }

  if (!answer->saved)
    {
      CaseloadPlanMergeDialog *dialog;

      /* Someone saved since. The form stays on the version it started from: saving it
       * again (the merge cancelled) merges again, so nothing of theirs is lost; the
       * combined plan carries their version. */
      g_debug ("The plan was saved by someone else meanwhile: merging (%u fields both changed)",
               answer->conflicts != NULL ? answer->conflicts->len : 0);
      update_save_action (self);
      dialog = caseload_plan_merge_dialog_new (GTK_WINDOW (self), answer->merged, answer->theirs,
                                               answer->conflicts);
      g_signal_connect_object (dialog, "resolved", G_CALLBACK (on_resolved_cb), self, 0);
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  g_debug ("Saved plan version %d", caseload_plan_get_version (call->plan));
  self->saved = TRUE;
  update_save_action (self);
  g_signal_emit (self, signals [SAVED], 0);
  gtk_window_close (GTK_WINDOW (self));
}

static void
save_plan (CaseloadPlanEditor *self,
           CaseloadPlan       *plan)
{
  SaveCall *call;

  show_banner (self, NULL);

  call = g_new0 (SaveCall, 1);
  call->store = g_object_ref (caseload_context_get_store (self->context));
  call->actor = caseload_worker_copy_staff (caseload_context_get_actor (self->context));
  call->plan = caseload_plan_copy (plan);

  self->saving = TRUE;
  update_save_action (self);
  caseload_worker_run (self, save_plan,
                       save_thread, call, (GDestroyNotify) save_call_free,
                       (GDestroyNotify) save_result_free,
                       self->cancellable,
                       on_saved_cb,
                       g_object_ref (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CaseloadPlanEditor *self = CASELOAD_PLAN_EDITOR (widget);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) caseload_field_error_free);
  g_autoptr(GPtrArray) checked = NULL;
  g_autoptr(CaseloadPlan) plan = NULL;
  GDate today;

  if (self->saving || self->saved)
    return;

  plan = build_plan (self, problems);
  caseload_clock_today (caseload_context_get_clock (self->context), &today);
  checked = caseload_plan_check (plan, caseload_plan_get_review_on (self->base), &today);

  /* A date that could not be read says so; the check's word on an empty one is not
   * the point then. */
  for (guint i = 0; i < checked->len; i++)
    {
      CaseloadFieldError *problem = g_ptr_array_index (checked, i);
      gboolean already = FALSE;

      for (guint j = 0; j < problems->len && !already; j++)
        already = g_strcmp0 (((CaseloadFieldError *) g_ptr_array_index (problems, j))->field, problem->field) == 0;
      if (!already)
        caseload_field_errors_add (problems, problem->field, problem->message);
    }

  if (!show_problems (self, problems))
    return;

  save_plan (self, plan);
}

/* Lists. */

static void
on_lists_read_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(CaseloadPlanEditor) self = user_data;
  g_autoptr(Lists) lists = NULL;
  g_autoptr(GError) error = NULL;

  lists = caseload_worker_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->loading = FALSE;
  update_save_action (self);

  if (lists == NULL)
    {
      g_autofree char *message = caseload_format_read_error (error);

      g_debug ("Reading staff or organisations failed: %s %d", g_quark_to_string (error->domain), error->code);
      caseload_context_report_error (self->context, error);
      show_banner (self, message);
      return;
    }

  /* Only those who can be named now. */
  self->staff = caseload_form_active_staff (lists->staff);
  self->organisations = g_steal_pointer (&lists->organisations);

  for (guint i = 0; i < self->goals->len; i++)
    {
      GoalEdit *goal = g_ptr_array_index (self->goals, i);

      for (guint j = 0; j < goal->actions->len; j++)
        {
          ActionEdit *action = g_ptr_array_index (goal->actions, j);
          CaseloadActionOwnerKind kind = get_owner_kind (action);

          if (kind == CASELOAD_ACTION_OWNER_WORKER || kind == CASELOAD_ACTION_OWNER_ORGANISATION)
            fill_owners (action);
        }
    }
}

static char *
get_form_text (CaseloadPlanEditor *self)
{
  g_autoptr(CaseloadPlan) plan = build_plan (self, NULL);

  return caseload_plan_to_text (plan);
}

/* Filling the form. */

static void
fill (CaseloadPlanEditor *self)
{
  GPtrArray *goals = caseload_plan_get_goals (self->base);
  gboolean first = caseload_plan_get_version (self->base) == 0;
  GHashTableIter iter;
  gpointer key, value;

  for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
    {
      add_text_field (self, get_section_group (self, text_fields[i].section), text_fields[i].property,
                      _(text_fields[i].title));
    }

  for (guint i = 0; i < G_N_ELEMENTS (by_fields); i++)
    {
      GtkWidget *row = COMBO (_("Who wrote this part"), caseload_coproduction_kind_label,
                              CASELOAD_COPRODUCTION_PERSON_AGREED + 1);
      int by = 0;

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("The person wrote it, or it was written with them and they agreed it"));
      adw_preferences_group_add (get_section_group (self, by_fields[i].section), row);
      g_hash_table_insert (self->by_rows, (gpointer) by_fields[i].property, row);
      g_object_get (self->base, by_fields[i].property, &by, NULL);
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), (guint) by);
    }

  g_hash_table_iter_init (&iter, self->texts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autofree char *text = NULL;

      g_object_get (self->base, key, &text, NULL);
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (value), text != NULL ? text : "", -1);
    }

  /* A first plan: the crisis lines everyone in Thurrock can use, to keep or change. */
  if (first && is_empty (caseload_plan_get_who_to_contact (self->base)))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (g_hash_table_lookup (self->texts, "who-to-contact")),
                              _("NHS 111, option 2: the mental health crisis line, 24 hours a day, 7 days a week.\n"
                                "Mind’s crisis sanctuary in Thurrock: somewhere safe to go and talk when things get too much."),
                              -1);

  for (guint i = 0; i < goals->len; i++)
    add_goal (self, g_ptr_array_index (goals, i));

  caseload_form_set_entry_iso (self->review_row, caseload_plan_get_review_on (self->base));
  self->filled = get_form_text (self);
}


/* Anything typed or chosen since the form was filled in (the suggested crisis lines
 * are not the user's). */
static gboolean
is_dirty (CaseloadPlanEditor *self)
{
  g_autofree char *now = get_form_text (self);

  return g_strcmp0 (now, self->filled) != 0;
}

static gboolean
caseload_plan_editor_close_request (GtkWindow *window)
{
  CaseloadPlanEditor *self = CASELOAD_PLAN_EDITOR (window);

  if (self->saving)
    return TRUE;

  if (!self->saved && !caseload_discard_is_confirmed (window) && is_dirty (self))
    {
      caseload_discard_ask (window, _("Discard Changes?"), _("What was written in the plan here has not been saved."),
                            _("_Keep Editing"));
      return TRUE;
    }

  return GTK_WINDOW_CLASS (caseload_plan_editor_parent_class)->close_request (window);
}

static void
caseload_plan_editor_dispose (GObject *object)
{
  CaseloadPlanEditor *self = CASELOAD_PLAN_EDITOR (object);

  g_cancellable_cancel (self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_PLAN_EDITOR);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->filled, g_free);
  g_clear_pointer (&self->goals, g_ptr_array_unref);
  g_clear_pointer (&self->texts, g_hash_table_unref);
  g_clear_pointer (&self->by_rows, g_hash_table_unref);
  g_clear_pointer (&self->staff, g_ptr_array_unref);
  g_clear_pointer (&self->organisations, g_ptr_array_unref);
  g_clear_object (&self->network);
  g_clear_object (&self->base);
  g_clear_object (&self->person);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (caseload_plan_editor_parent_class)->dispose (object);
}

static void
caseload_plan_editor_class_init (CaseloadPlanEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = caseload_plan_editor_dispose;
  window_class->close_request = caseload_plan_editor_close_request;

  /**
   * CaseloadPlanEditor::saved:
   *
   * The store has the plan as the form says (merged with anyone else's meanwhile).
   */
  signals [SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "plan-editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "plan-editor.add-goal", NULL, add_goal_action);
  gtk_widget_class_install_action (widget_class, "plan-editor.add-action", "s", add_action_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "plan-editor.save", NULL);

  g_type_ensure (CASELOAD_TYPE_FIELD_ERROR_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pcnmh/Caseload/caseload-plan-editor.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, CaseloadPlanEditor, name)
  BIND (window_title);
  BIND (save_button);
  BIND (banner_revealer);
  BIND (banner_label);
  BIND (form_box);
  BIND (what_matters_group);
  BIND (strengths_group);
  BIND (goals_group);
  BIND (goals_box);
  BIND (staying_well_group);
  BIND (review_row);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);
}

static void
caseload_plan_editor_init (CaseloadPlanEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->goals = g_ptr_array_new_with_free_func ((GDestroyNotify) goal_edit_free);
  self->texts = g_hash_table_new (g_str_hash, g_str_equal);
  self->by_rows = g_hash_table_new (g_str_hash, g_str_equal);
}

CaseloadPlanEditor *
caseload_plan_editor_new (GtkWindow       *parent,
                          CaseloadContext *context,
                          CaseloadPerson  *person,
                          CaseloadPlan    *plan,
                          GListModel      *network)
{
  CaseloadPlanEditor *self;
  gboolean first;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CASELOAD_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (CASELOAD_IS_PERSON (person), NULL);
  g_return_val_if_fail (CASELOAD_IS_PLAN (plan), NULL);
  g_return_val_if_fail (network == NULL || G_IS_LIST_MODEL (network), NULL);

  self = g_object_new (CASELOAD_TYPE_PLAN_EDITOR, "transient-for", parent, NULL);
  self->context = g_object_ref (context);
  self->person = g_object_ref (person);
  self->base = caseload_plan_copy (plan);
  if (caseload_plan_get_person_id (self->base) == NULL)
    caseload_plan_set_person_id (self->base, caseload_person_get_id (person));
  self->network = network != NULL ? g_object_ref (network) : NULL;
  self->cancellable = g_cancellable_new ();

  first = caseload_plan_get_version (plan) == 0;
  gtk_window_set_title (GTK_WINDOW (self), first ? _("New Support Plan") : _("Edit Support Plan"));
  adw_window_title_set_title (self->window_title, first ? _("New Support Plan") : _("Edit Support Plan"));
  /* Whose plan this is, always in sight. */
  adw_window_title_set_subtitle (self->window_title, caseload_person_get_display_name (person));

  fill (self);

  self->loading = TRUE;
  update_save_action (self);
  caseload_worker_run (self, caseload_plan_editor_new,
                       lists_thread, g_object_ref (caseload_context_get_store (context)), g_object_unref,
                       (GDestroyNotify) lists_free,
                       self->cancellable,
                       on_lists_read_cb,
                       g_object_ref (self));

  return self;
}

gboolean
caseload_plan_editor_get_busy (CaseloadPlanEditor *self)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN_EDITOR (self), FALSE);

  return self->loading || self->saving;
}

/* The goal's or action's own control for @part, for the fields no check names. */
static GtkWidget *
find_control (CaseloadPlanEditor *self,
              const char         *field)
{
  g_auto(GStrv) parts = g_strsplit (field, ":", 3);

  if (g_strv_length (parts) != 3)
    return NULL;

  for (guint i = 0; i < self->goals->len; i++)
    {
      GoalEdit *goal = g_ptr_array_index (self->goals, i);

      if (g_str_equal (parts[0], "goal") && g_str_equal (parts[1], goal->id))
        return g_str_equal (parts[2], "life-area") ? GTK_WIDGET (goal->area_row)
             : g_str_equal (parts[2], "progress") ? GTK_WIDGET (goal->progress_row) : NULL;

      for (guint j = 0; j < goal->actions->len; j++)
        {
          ActionEdit *action = g_ptr_array_index (goal->actions, j);

          if (g_str_equal (parts[0], "action") && g_str_equal (parts[1], action->id))
            return g_str_equal (parts[2], "owner-kind") ? GTK_WIDGET (action->kind_row)
                 : g_str_equal (parts[2], "owner-name") ? GTK_WIDGET (action->owner_name_row)
                 : g_str_equal (parts[2], "done") ? GTK_WIDGET (action->done_switch) : NULL;
        }
    }

  return NULL;
}

GtkWidget *
caseload_plan_editor_get_field (CaseloadPlanEditor *self,
                                const char         *field)
{
  CaseloadFieldErrorRow *row;

  g_return_val_if_fail (CASELOAD_IS_PLAN_EDITOR (self), NULL);
  g_return_val_if_fail (field != NULL, NULL);

  row = caseload_field_error_row_find (self->form_box, field);
  if (row != NULL)
    return caseload_field_error_row_get_widget (row);

  if (g_hash_table_contains (self->by_rows, field))
    return g_hash_table_lookup (self->by_rows, field);

  return find_control (self, field);
}

const char *
caseload_plan_editor_get_error (CaseloadPlanEditor *self,
                                const char         *field)
{
  CaseloadFieldErrorRow *row;

  g_return_val_if_fail (CASELOAD_IS_PLAN_EDITOR (self), NULL);
  g_return_val_if_fail (field != NULL, NULL);

  row = caseload_field_error_row_find (self->form_box, field);
  return row != NULL ? caseload_field_error_row_get_message (row) : NULL;
}

const char *
caseload_plan_editor_get_goal_id (CaseloadPlanEditor *self,
                                  guint               index)
{
  g_return_val_if_fail (CASELOAD_IS_PLAN_EDITOR (self), NULL);

  if (index >= self->goals->len)
    return NULL;
  return ((GoalEdit *) g_ptr_array_index (self->goals, index))->id;
}

const char *
caseload_plan_editor_get_action_id (CaseloadPlanEditor *self,
                                    guint               goal_index,
                                    guint               action_index)
{
  GoalEdit *goal;

  g_return_val_if_fail (CASELOAD_IS_PLAN_EDITOR (self), NULL);

  if (goal_index >= self->goals->len)
    return NULL;
  goal = g_ptr_array_index (self->goals, goal_index);
  if (action_index >= goal->actions->len)
    return NULL;
  return ((ActionEdit *) g_ptr_array_index (goal->actions, action_index))->id;
}
