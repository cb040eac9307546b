/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-person-form"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "caseload-format.h"
#include "caseload-discard.h"
#include "caseload-person-form.h"

struct _CaseloadPersonForm
{
  AdwWindow          parent_instance;

  /* Owned */
  CaseloadContext   *context;
  GCancellable      *cancellable;
  GPtrArray         *practices;
  CaseloadPerson    *saving_person;
  guint              saving : 1;
  guint              saved : 1;
  guint              rewriting : 1;
  guint              practices_lost : 1;  /* listing them lost the connection */
  guint              touched;

  /* Template children */
  GtkWidget         *save_button;
  GtkRevealer       *banner_revealer;
  GtkLabel          *banner_label;
  AdwComboRow       *gender_row;
  AdwComboRow       *gp_practice_row;
  GtkStringList     *practice_names;
  GtkLabel          *pcn_label;
  GtkSwitch         *interpreter_switch;

  /* Each checked field: its row, and the row and label for its problem. */
#define FORM_FIELD(name) \
  AdwEntryRow       *name##_row; \
  AdwPreferencesRow *name##_error_row; \
  GtkLabel          *name##_error_label;
  FORM_FIELD (given_name)
  FORM_FIELD (family_name)
  FORM_FIELD (preferred_name)
  FORM_FIELD (pronouns)
  FORM_FIELD (nhs_number)
  FORM_FIELD (date_of_birth)
  FORM_FIELD (address)
  FORM_FIELD (postcode)
  FORM_FIELD (phone)
  FORM_FIELD (first_language)
  FORM_FIELD (communication_needs)
#undef FORM_FIELD
};

typedef char *(*CheckFunc) (CaseloadPersonForm *self, const char *text, GError **error);
typedef char *(*ShowFunc)  (const char *value);

typedef struct {
  const char *field;        /* as caseload_person_check() names it */
  const char *label;        /* for caseload_validate_text() */
  gboolean    required;
  guint       max_chars;
  CheckFunc   check;        /* NULL for plain text */
  ShowFunc    show;         /* how a good value is written back, if it changes */
  gsize       row;
  gsize       error_row;
  gsize       error_label;
} FieldInfo;

static char *check_nhs_number    (CaseloadPersonForm *self, const char *text, GError **error);
static char *check_date_of_birth (CaseloadPersonForm *self, const char *text, GError **error);
static char *check_postcode      (CaseloadPersonForm *self, const char *text, GError **error);
static char *check_phone         (CaseloadPersonForm *self, const char *text, GError **error);
static char *show_nhs_number     (const char *value);
static char *show_date_of_birth  (const char *value);
static char *show_as_is          (const char *value);

#define FIELD_WIDGETS(name) \
  G_STRUCT_OFFSET (CaseloadPersonForm, name##_row), \
  G_STRUCT_OFFSET (CaseloadPersonForm, name##_error_row), \
  G_STRUCT_OFFSET (CaseloadPersonForm, name##_error_label)

/* In the order the form shows them: the first bad one gets the focus. */
static const FieldInfo fields[] = {
  { "given-name",          N_("Given name"),          TRUE,  CASELOAD_MAX_NAME,       NULL, NULL, FIELD_WIDGETS (given_name) },
  { "family-name",         N_("Family name"),         TRUE,  CASELOAD_MAX_NAME,       NULL, NULL, FIELD_WIDGETS (family_name) },
  { "preferred-name",      N_("Preferred name"),      FALSE, CASELOAD_MAX_NAME,       NULL, NULL, FIELD_WIDGETS (preferred_name) },
  { "pronouns",            N_("Pronouns"),            FALSE, CASELOAD_MAX_SHORT_TEXT, NULL, NULL, FIELD_WIDGETS (pronouns) },
  { "nhs-number",          NULL, FALSE, 0, check_nhs_number,    show_nhs_number,    FIELD_WIDGETS (nhs_number) },
  { "date-of-birth",       NULL, FALSE, 0, check_date_of_birth, show_date_of_birth, FIELD_WIDGETS (date_of_birth) },
  { "address",             N_("Address"),             FALSE, CASELOAD_MAX_ADDRESS,    NULL, NULL, FIELD_WIDGETS (address) },
  { "postcode",            NULL, FALSE, 0, check_postcode,      show_as_is,         FIELD_WIDGETS (postcode) },
  { "phone",               NULL, FALSE, 0, check_phone,         NULL,               FIELD_WIDGETS (phone) },
  { "first-language",      N_("First language"),      FALSE, CASELOAD_MAX_SHORT_TEXT, NULL, NULL, FIELD_WIDGETS (first_language) },
  { "communication-needs", N_("Communication needs"), FALSE, CASELOAD_MAX_LONG_TEXT,  NULL, NULL, FIELD_WIDGETS (communication_needs) },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) <= sizeof (guint) * 8);

G_DEFINE_FINAL_TYPE (CaseloadPersonForm, caseload_person_form, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

#define FIELD_ROW(self, i)         G_STRUCT_MEMBER (AdwEntryRow *, self, fields[i].row)
#define FIELD_ERROR_ROW(self, i)   G_STRUCT_MEMBER (AdwPreferencesRow *, self, fields[i].error_row)
#define FIELD_ERROR_LABEL(self, i) G_STRUCT_MEMBER (GtkLabel *, self, fields[i].error_label)

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (; *text != '\0'; text++)
    {
      if (!g_ascii_isspace (*text))
        return FALSE;
    }

  return TRUE;
}

static char *
check_nhs_number (CaseloadPersonForm  *self,
                  const char          *text,
                  GError             **error)
{
  if (is_blank (text))
    return g_strdup ("");

  return caseload_nhs_number_normalise (text, error);
}

static char *
check_date_of_birth (CaseloadPersonForm  *self,
                     const char          *text,
                     GError             **error)
{
  GDate today;

  if (is_blank (text))
    return g_strdup ("");

  caseload_clock_today (caseload_context_get_clock (self->context), &today);

  return caseload_validate_date_of_birth (text, &today, error);
}

static char *
check_postcode (CaseloadPersonForm  *self,
                const char          *text,
                GError             **error)
{
  if (is_blank (text))
    return g_strdup ("");

  return caseload_validate_postcode (text, error);
}

static char *
check_phone (CaseloadPersonForm  *self,
             const char          *text,
             GError             **error)
{
  if (is_blank (text))
    return g_strdup ("");

  return caseload_validate_phone (text, error);
}

static char *
show_nhs_number (const char *value)
{
  return caseload_nhs_number_format (value);
}

static char *
show_date_of_birth (const char *value)
{
  return caseload_date_iso_to_display (value);
}

static char *
show_as_is (const char *value)
{
  return g_strdup (value);
}

static int
find_field (const char *field)
{
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      if (g_strcmp0 (fields[i].field, field) == 0)
        return (int) i;
    }

  return -1;
}

static int
find_field_by_row (CaseloadPersonForm *self,
                   gpointer            row)
{
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      if ((gpointer) FIELD_ROW (self, i) == row)
        return (int) i;
    }

  return -1;
}

static void
show_field_error (CaseloadPersonForm *self,
                  guint               i,
                  const char         *message)
{
  GtkWidget *row = GTK_WIDGET (FIELD_ROW (self, i));

  if (message != NULL)
    {
      gtk_label_set_text (FIELD_ERROR_LABEL (self, i), message);
      gtk_widget_add_css_class (row, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (row),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
    }
  else
    {
      gtk_label_set_text (FIELD_ERROR_LABEL (self, i), "");
      gtk_widget_remove_css_class (row, "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID);
    }

  gtk_widget_set_visible (GTK_WIDGET (FIELD_ERROR_ROW (self, i)), message != NULL);
}

static void
show_banner (CaseloadPersonForm *self,
             const char         *message)
{
  gtk_label_set_text (self->banner_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->banner_revealer, message != NULL);
}

/* Checks field @i; on success returns its normal form ("" when empty). With @rewrite
 * the field then shows that normal form ("943 476 5919", "RM17 6SL"). */
static char *
validate_field (CaseloadPersonForm *self,
                guint               i,
                gboolean            rewrite)
{
  const FieldInfo *info = &fields[i];
  GtkEditable *editable = GTK_EDITABLE (FIELD_ROW (self, i));
  const char *text = gtk_editable_get_text (editable);
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;

  if (info->check != NULL)
    value = info->check (self, text, &error);
  else
    value = caseload_validate_text (_(info->label), text, info->required, info->max_chars, &error);

  if (value == NULL)
    {
      show_field_error (self, i, error->message);
      return NULL;
    }

  show_field_error (self, i, NULL);

  if (rewrite && info->show != NULL && *value != '\0')
    {
      g_autofree char *shown = info->show (value);

      if (shown != NULL && g_strcmp0 (shown, text) != 0)
        {
          self->rewriting = TRUE;
          gtk_editable_set_text (editable, shown);
          gtk_editable_set_position (editable, -1);
          self->rewriting = FALSE;
        }
    }

  return g_steal_pointer (&value);
}

static void
focus_field (CaseloadPersonForm *self,
             guint               i)
{
  gtk_widget_grab_focus (GTK_WIDGET (FIELD_ROW (self, i)));
}

static const char *
nullable (const char *value)
{
  return value != NULL && *value != '\0' ? value : NULL;
}

static CaseloadOrganisation *
get_selected_practice (CaseloadPersonForm *self)
{
  guint selected = adw_combo_row_get_selected (self->gp_practice_row);

  /* Position 0 is "Not recorded". */
  if (self->practices == NULL || selected == 0 || selected == GTK_INVALID_LIST_POSITION ||
      selected > self->practices->len)
    return NULL;

  return g_ptr_array_index (self->practices, selected - 1);
}

static gboolean
is_dirty (CaseloadPersonForm *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      if (!is_blank (gtk_editable_get_text (GTK_EDITABLE (FIELD_ROW (self, i)))))
        return TRUE;
    }

  return adw_combo_row_get_selected (self->gender_row) != 0 ||
         gtk_switch_get_active (self->interpreter_switch);
}

static void
set_saving (CaseloadPersonForm *self,
            gboolean            saving)
{
  self->saving = !!saving;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person-form.save", !saving);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "window.close", !saving);
  gtk_button_set_label (GTK_BUTTON (self->save_button), saving ? _("Saving…") : _("_Save"));
}

static void
on_field_changed_cb (GtkEditable        *editable,
                     CaseloadPersonForm *self)
{
  int i = find_field_by_row (self, editable);
  g_autofree char *value = NULL;

  if (i < 0 || self->rewriting)
    return;

  /* Once a field has been left with a problem, follow the typing so the message goes
   * as soon as it is fixed; before that, let people finish typing. */
  if (self->touched & (1u << i))
    value = validate_field (self, (guint) i, FALSE);
}

static void
on_field_left_cb (GtkEventControllerFocus *controller,
                  CaseloadPersonForm      *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  int i = find_field_by_row (self, row);
  g_autofree char *value = NULL;

  if (i < 0 || self->saving || self->saved)
    return;

  /* An untouched empty field is not an error yet: the person may come back to it. */
  if (!(self->touched & (1u << i)) && is_blank (gtk_editable_get_text (GTK_EDITABLE (row))))
    return;

  self->touched |= 1u << i;
  value = validate_field (self, (guint) i, TRUE);
}

static void
on_entry_activated_cb (AdwEntryRow        *row,
                       CaseloadPersonForm *self)
{
  gtk_widget_child_focus (GTK_WIDGET (self), GTK_DIR_TAB_FORWARD);
}

static void
on_practice_changed_cb (AdwComboRow        *row,
                        GParamSpec         *pspec,
                        CaseloadPersonForm *self)
{
  CaseloadOrganisation *practice = get_selected_practice (self);
  const char *pcn = practice != NULL ? caseload_organisation_get_pcn (practice) : NULL;

  gtk_label_set_text (self->pcn_label, pcn != NULL ? pcn : "");
}

static void
ask_discard (CaseloadPersonForm *self)
{
  caseload_discard_ask (GTK_WINDOW (self), _("Discard New Person?"), _("What you have typed will be lost."), _("_Keep Editing"));
}

static CaseloadPerson *
build_person (CaseloadPersonForm  *self,
              char               **values)
{
  CaseloadPerson *person = caseload_person_new ();
  CaseloadOrganisation *practice = get_selected_practice (self);
  guint gender = adw_combo_row_get_selected (self->gender_row);

  caseload_person_set_given_name (person, values[find_field ("given-name")]);
  caseload_person_set_family_name (person, values[find_field ("family-name")]);
  caseload_person_set_preferred_name (person, nullable (values[find_field ("preferred-name")]));
  caseload_person_set_pronouns (person, nullable (values[find_field ("pronouns")]));
  caseload_person_set_nhs_number (person, nullable (values[find_field ("nhs-number")]));
  caseload_person_set_date_of_birth (person, nullable (values[find_field ("date-of-birth")]));
  if (gender < caseload_format_gender_n_codes ())
    caseload_person_set_gender (person, caseload_format_gender_code (gender));
  caseload_person_set_address (person, nullable (values[find_field ("address")]));
  caseload_person_set_postcode (person, nullable (values[find_field ("postcode")]));
  caseload_person_set_phone (person, nullable (values[find_field ("phone")]));
  caseload_person_set_first_language (person, nullable (values[find_field ("first-language")]));
  caseload_person_set_interpreter_needed (person, gtk_switch_get_active (self->interpreter_switch));
  caseload_person_set_communication_needs (person, nullable (values[find_field ("communication-needs")]));

  if (practice != NULL)
    {
      caseload_person_set_gp_practice_id (person, caseload_organisation_get_id (practice));
      caseload_person_set_gp_practice_name (person, caseload_organisation_get_name (practice));
      caseload_person_set_pcn (person, caseload_organisation_get_pcn (practice));
    }

  return person;
}

/* The store's own checks (a duplicate NHS number) come back as one message; put it
 * under the NHS number when it is about the number typed there. */
static int
field_for_store_error (CaseloadPersonForm *self,
                       const GError       *error)
{
  const char *digits;
  g_autofree char *shown = NULL;

  if (!g_error_matches (error, CASELOAD_ERROR, CASELOAD_ERROR_VALIDATION) || self->saving_person == NULL)
    return -1;

  digits = caseload_person_get_nhs_number (self->saving_person);
  if (digits == NULL)
    return -1;

  shown = caseload_nhs_number_format (digits);
  if (strstr (error->message, shown) != NULL || strstr (error->message, digits) != NULL)
    return find_field ("nhs-number");

  return -1;
}

static void
on_person_created_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(CaseloadPersonForm) self = user_data;
  g_autoptr(CaseloadPerson) person = g_steal_pointer (&self->saving_person);
  g_autoptr(GError) error = NULL;
  int field;

  if (!caseload_store_create_person_finish (CASELOAD_STORE (source), result, &error))
    {
      set_saving (self, FALSE);

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      g_debug ("Saving a new person failed: %s %d", g_quark_to_string (error->domain), error->code);

      self->saving_person = g_steal_pointer (&person);
      field = field_for_store_error (self, error);
      g_clear_object (&self->saving_person);

      if (field >= 0)
        {
          show_field_error (self, (guint) field, error->message);
          focus_field (self, (guint) field);
        }
      else
        {
          g_autofree char *message = caseload_format_save_error (error);

          show_banner (self, message);
        }

      caseload_context_report_error (self->context, error);
      return;
    }

  self->saving = FALSE;
  self->saved = TRUE;
  g_signal_emit (self, signals [SAVED], 0, person);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  CaseloadPersonForm *self = CASELOAD_PERSON_FORM (widget);
  char *values[G_N_ELEMENTS (fields)] = { NULL, };
  g_autoptr(CaseloadPerson) person = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  int first_bad = -1;
  GDate today;

  if (self->saving || self->saved)
    return;

  show_banner (self, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      self->touched |= 1u << i;
      values[i] = validate_field (self, i, TRUE);
      if (values[i] == NULL && first_bad < 0)
        first_bad = (int) i;
    }

  if (first_bad >= 0)
    {
      for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
        g_free (values[i]);
      focus_field (self, (guint) first_bad);
      return;
    }

  person = build_person (self, values);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_free (values[i]);

  /* The whole-record rules, the same ones the store applies. */
  caseload_clock_today (caseload_context_get_clock (self->context), &today);
  problems = caseload_person_check (person, &today);
  for (guint i = 0; i < problems->len; i++)
    {
      CaseloadFieldError *problem = g_ptr_array_index (problems, i);
      int field = find_field (problem->field);

      if (field >= 0)
        {
          show_field_error (self, (guint) field, problem->message);
          if (first_bad < 0 || field < first_bad)
            first_bad = field;
        }
      else
        show_banner (self, problem->message);
    }

  if (problems->len > 0)
    {
      if (first_bad >= 0)
        focus_field (self, (guint) first_bad);
      return;
    }

  set_saving (self, TRUE);
  self->saving_person = g_object_ref (person);
  caseload_store_create_person_async (caseload_context_get_store (self->context),
                                      caseload_context_get_actor (self->context),
                                      person,
                                      self->cancellable,
                                      on_person_created_cb,
                                      g_object_ref (self));
}

static int
compare_by_name (gconstpointer a,
                 gconstpointer b)
{
  CaseloadOrganisation *first = *(CaseloadOrganisation **) a;
  CaseloadOrganisation *second = *(CaseloadOrganisation **) b;

  return g_utf8_collate (caseload_organisation_get_name (first),
                         caseload_organisation_get_name (second));
}

static void
list_practices_thread (GTask        *task,
                       gpointer      source_object,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  CaseloadStore *store = task_data;
  g_autoptr(GPtrArray) organisations = NULL;
  g_autoptr(GPtrArray) practices = NULL;
  GError *error = NULL;

  organisations = caseload_store_list_organisations (store, &error);
  if (organisations == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  practices = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < organisations->len; i++)
    {
      CaseloadOrganisation *organisation = g_ptr_array_index (organisations, i);

      if (caseload_organisation_get_kind (organisation) == CASELOAD_ORGANISATION_GP_PRACTICE)
        g_ptr_array_add (practices, g_object_ref (organisation));
    }
  g_ptr_array_sort (practices, compare_by_name);

  g_task_return_pointer (task, g_steal_pointer (&practices), (GDestroyNotify) g_ptr_array_unref);
}

static void
on_practices_listed_cb (GObject      *object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  CaseloadPersonForm *self = CASELOAD_PERSON_FORM (object);
  g_autoptr(GPtrArray) practices = NULL;
  g_autoptr(GError) error = NULL;
  CaseloadStaff *actor;
  const char *actor_organisation;

  practices = g_task_propagate_pointer (G_TASK (result), &error);
  if (practices == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      if (caseload_context_report_error (self->context, error))
        {
          g_autofree char *message = caseload_format_read_error (error);

          /* Listed again when the site is back (on_connection_restored_cb). */
          g_debug ("Listing GP practices lost the connection");
          self->practices_lost = TRUE;
          show_banner (self, message);
        }
      else
        {
          g_warning ("Could not list GP practices (%s %d)", g_quark_to_string (error->domain), error->code);
          /* Say so, or a person could be saved without a practice and nobody notice. */
          show_banner (self, error->message);
        }
      return;
    }

  if (self->practices_lost)
    show_banner (self, NULL);
  self->practices_lost = FALSE;
  self->practices = g_steal_pointer (&practices);

  actor = caseload_context_get_actor (self->context);
  actor_organisation = actor != NULL ? caseload_staff_get_organisation_id (actor) : NULL;

  for (guint i = 0; i < self->practices->len; i++)
    {
      CaseloadOrganisation *practice = g_ptr_array_index (self->practices, i);

      gtk_string_list_append (self->practice_names, caseload_organisation_get_name (practice));

      /* Staff at a practice mostly add that practice's people. */
      if (g_strcmp0 (actor_organisation, caseload_organisation_get_id (practice)) == 0)
        adw_combo_row_set_selected (self->gp_practice_row, i + 1);
    }
}

static gboolean
caseload_person_form_close_request (GtkWindow *window)
{
  CaseloadPersonForm *self = CASELOAD_PERSON_FORM (window);

  if (self->saving)
    return TRUE;

  if (!self->saved && !caseload_discard_is_confirmed (GTK_WINDOW (self)) && is_dirty (self))
    {
      ask_discard (self);
      return TRUE;
    }

  return GTK_WINDOW_CLASS (caseload_person_form_parent_class)->close_request (window);
}

static void
list_practices (CaseloadPersonForm *self)
{
  g_autoptr(GTask) task = g_task_new (self, self->cancellable, on_practices_listed_cb, NULL);

  g_task_set_source_tag (task, list_practices);
  g_task_set_task_data (task, g_object_ref (caseload_context_get_store (self->context)), g_object_unref);
  g_task_run_in_thread (task, list_practices_thread);
}

/* The practices could not be listed for a lost connection: list them now it is back. */
static void
on_connection_restored_cb (CaseloadPersonForm *self)
{
  if (self->practices_lost)
    list_practices (self);
}

static void
caseload_person_form_constructed (GObject *object)
{
  CaseloadPersonForm *self = (CaseloadPersonForm *)object;
  GtkListItemFactory *factory;

  G_OBJECT_CLASS (caseload_person_form_parent_class)->constructed (object);

  g_return_if_fail (self->context != NULL);

  self->cancellable = g_cancellable_new ();

  factory = caseload_format_string_factory_new ();
  adw_combo_row_set_factory (self->gender_row, factory);
  g_clear_object (&factory);
  factory = caseload_format_string_factory_new ();
  adw_combo_row_set_factory (self->gp_practice_row, factory);
  g_clear_object (&factory);

  list_practices (self);
  g_signal_connect_object (self->context, "connection-restored",
                           G_CALLBACK (on_connection_restored_cb), self, G_CONNECT_SWAPPED);

  gtk_widget_grab_focus (GTK_WIDGET (self->given_name_row));
}

static void
caseload_person_form_dispose (GObject *object)
{
  CaseloadPersonForm *self = (CaseloadPersonForm *)object;

  g_cancellable_cancel (self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_PERSON_FORM);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->saving_person);
  g_clear_pointer (&self->practices, g_ptr_array_unref);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (caseload_person_form_parent_class)->dispose (object);
}

static void
caseload_person_form_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CaseloadPersonForm *self = CASELOAD_PERSON_FORM (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_person_form_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  CaseloadPersonForm *self = CASELOAD_PERSON_FORM (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_person_form_class_init (CaseloadPersonFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = caseload_person_form_constructed;
  object_class->dispose = caseload_person_form_dispose;
  object_class->get_property = caseload_person_form_get_property;
  object_class->set_property = caseload_person_form_set_property;

  window_class->close_request = caseload_person_form_close_request;

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         CASELOAD_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CaseloadPersonForm::saved:
   * @person: the person as saved, with its new id
   */
  signals [SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CASELOAD_TYPE_PERSON);

  gtk_widget_class_install_action (widget_class, "person-form.save", NULL, save_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "person-form.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "person-form.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "person-form.save", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pcnmh/Caseload/caseload-person-form.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonForm, save_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonForm, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonForm, banner_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonForm, gender_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonForm, gp_practice_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonForm, practice_names);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonForm, pcn_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonForm, interpreter_switch);
#define BIND_FIELD(name) \
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonForm, name##_row); \
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonForm, name##_error_row); \
  gtk_widget_class_bind_template_child (widget_class, CaseloadPersonForm, name##_error_label);
  BIND_FIELD (given_name)
  BIND_FIELD (family_name)
  BIND_FIELD (preferred_name)
  BIND_FIELD (pronouns)
  BIND_FIELD (nhs_number)
  BIND_FIELD (date_of_birth)
  BIND_FIELD (address)
  BIND_FIELD (postcode)
  BIND_FIELD (phone)
  BIND_FIELD (first_language)
  BIND_FIELD (communication_needs)
#undef BIND_FIELD
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_field_left_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_practice_changed_cb);
}

static void
caseload_person_form_init (CaseloadPersonForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

CaseloadPersonForm *
caseload_person_form_new (GtkWindow       *parent,
                          CaseloadContext *context)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CASELOAD_IS_CONTEXT (context), NULL);

  return g_object_new (CASELOAD_TYPE_PERSON_FORM,
                       "transient-for", parent,
                       /* Part of the application, so quitting asks before losing it. */
                       "application", gtk_window_get_application (parent),
                       "context", context,
                       NULL);
}

GtkEditable *
caseload_person_form_get_field (CaseloadPersonForm *self,
                                const char         *field)
{
  int i;

  g_return_val_if_fail (CASELOAD_IS_PERSON_FORM (self), NULL);

  i = find_field (field);
  g_return_val_if_fail (i >= 0, NULL);

  return GTK_EDITABLE (FIELD_ROW (self, i));
}

const char *
caseload_person_form_get_error (CaseloadPersonForm *self,
                                const char         *field)
{
  int i;

  g_return_val_if_fail (CASELOAD_IS_PERSON_FORM (self), NULL);

  if (field == NULL)
    return gtk_revealer_get_reveal_child (self->banner_revealer) ?
           gtk_label_get_text (self->banner_label) : NULL;

  i = find_field (field);
  g_return_val_if_fail (i >= 0, NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (FIELD_ERROR_ROW (self, i))))
    return NULL;

  return gtk_label_get_text (FIELD_ERROR_LABEL (self, i));
}
