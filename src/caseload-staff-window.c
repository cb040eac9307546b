/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "caseload-staff-window"

#include "config.h"

#include <errno.h>
#include <math.h>
#include <sys/random.h>

#include <glib/gi18n.h>

#include "caseload-format.h"
#include "caseload-secret.h"
#include "caseload-staff-window.h"
#include "caseload-worker.h"

#define N_ROLES (CASELOAD_ROLE_ADMINISTRATOR + 1)
#define MAX_USERNAME 60

struct _CaseloadStaffWindow
{
  AdwPreferencesWindow  parent_instance;

  /* Owned */
  CaseloadContext      *context;
  GCancellable         *cancellable;
  GPtrArray            *staff;           /* CaseloadStaff, as listed */
  GPtrArray            *organisations;   /* CaseloadOrganisation, in the combo's order */
  GPtrArray            *rows;            /* the rows this window put in staff_group */
  guint                 n_pending;
  guint                 adding : 1;
  guint                 add_touched : 1;
  guint                 load_lost : 1;   /* reading the accounts lost the connection */

  /* Template children */
  AdwPreferencesGroup  *staff_group;
  GtkWidget            *add_page;
  GtkWidget            *add_button;
  GtkRevealer          *banner_revealer;
  GtkLabel             *banner_label;
  AdwEntryRow          *username_row;
  GtkWidget            *username_error_row;
  GtkLabel             *username_error_label;
  AdwEntryRow          *display_name_row;
  GtkWidget            *display_name_error_row;
  GtkLabel             *display_name_error_label;
  AdwEntryRow          *job_title_row;
  GtkWidget            *job_title_error_row;
  GtkLabel             *job_title_error_label;
  AdwComboRow          *role_row;
  GtkStringList        *role_names;
  GtkWidget            *role_error_row;
  GtkLabel             *role_error_label;
  AdwComboRow          *organisation_row;
  GtkStringList        *organisation_names;
  GtkWidget            *organisation_error_row;
  GtkLabel             *organisation_error_label;
  GtkSpinButton        *fte_spin;        /* built in code */
};

typedef struct {
  GPtrArray *staff;
  GPtrArray *organisations;
} StaffLoad;

typedef struct {
  CaseloadStore *store;
  CaseloadStaff *actor;
  CaseloadStaff *staff;      /* to save, or whose account changes */
  char          *password;   /* a temporary password to set, or NULL */
  gboolean       save;
  gboolean       fte_changed;
  gboolean       set_active;
  gboolean       active;
} StaffCall;

G_DEFINE_FINAL_TYPE (CaseloadStaffWindow, caseload_staff_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void load (CaseloadStaffWindow *self);

static void
staff_load_free (StaffLoad *staff_load)
{
  g_clear_pointer (&staff_load->staff, g_ptr_array_unref);
  g_clear_pointer (&staff_load->organisations, g_ptr_array_unref);
  g_free (staff_load);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StaffLoad, staff_load_free)

static void
staff_call_free (StaffCall *call)
{
  g_clear_object (&call->store);
  g_clear_object (&call->actor);
  g_clear_object (&call->staff);
  g_clear_pointer (&call->password, caseload_secret_free);
  g_free (call);
}

static gpointer
load_thread (gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(StaffLoad) staff_load = g_new0 (StaffLoad, 1);
  CaseloadStore *store = data;

  staff_load->staff = caseload_store_list_staff (store, error);
  if (staff_load->staff == NULL)
    return NULL;

  staff_load->organisations = caseload_store_list_organisations (store, error);
  if (staff_load->organisations == NULL)
    return NULL;

  return g_steal_pointer (&staff_load);
}

/* One change to one account: save it (a new one gets its id), set a temporary
 * password, or (de)activate it. */
static gpointer
change_thread (gpointer       data,
               GCancellable  *cancellable,
               GError       **error)
{
  StaffCall *call = data;
  const char *id;

  if (call->save && !caseload_store_save_staff (call->store, call->actor, call->staff, error))
    return NULL;

  id = caseload_staff_get_id (call->staff);

  if (call->password != NULL &&
      !caseload_store_set_password (call->store, call->actor, id, call->password, TRUE, error))
    return NULL;

  if (call->set_active &&
      !caseload_store_set_staff_active (call->store, call->actor, id, call->active, error))
    return NULL;

  return CASELOAD_WORKER_DONE;
}

/* A temporary password from the kernel's random source, in groups that are easy to
 * read out over the phone: no 0/o, 1/l/i. */
static char *
generate_password (GError **error)
{
  static const char alphabet[] = "abcdefghjkmnpqrstuvwxyz23456789";
  const guint n_letters = sizeof alphabet - 1;
  const guint limit = 256 - 256 % n_letters;   /* no modulo bias */
  GString *password = g_string_new (NULL);
  guint n_chosen = 0;

  while (n_chosen < 12)
    {
      guint8 bytes[16];
      ssize_t n_read = getrandom (bytes, sizeof bytes, 0);

      if (n_read < 0)
        {
          int saved_errno = errno;

          if (saved_errno == EINTR)
            continue;

          g_string_free (password, TRUE);
          g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_STORAGE,
                       _("Couldn’t make a temporary password: %s"), g_strerror (saved_errno));
          return NULL;
        }

      for (ssize_t i = 0; i < n_read && n_chosen < 12; i++)
        {
          if (bytes[i] >= limit)
            continue;

          if (n_chosen > 0 && n_chosen % 4 == 0)
            g_string_append_c (password, '-');
          g_string_append_c (password, alphabet[bytes[i] % n_letters]);
          n_chosen++;
        }
    }

  return g_string_free (password, FALSE);
}

static gboolean
is_empty (const char *text)
{
  return text == NULL || *text == '\0';
}

static void
add_toast (CaseloadStaffWindow *self,
           const char          *title)
{
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  AdwToast *toast = adw_toast_new (escaped);

  /* Toast titles are markup; names and messages may hold "&". */

  adw_toast_set_timeout (toast, 5);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), toast);
}

static void
set_busy (CaseloadStaffWindow *self,
          gboolean             busy)
{
  if (busy)
    self->n_pending++;
  else
    {
      g_assert (self->n_pending > 0);
      self->n_pending--;
    }
}

static CaseloadStaff *
find_staff (CaseloadStaffWindow *self,
            const char          *id)
{
  for (guint i = 0; self->staff != NULL && i < self->staff->len; i++)
    {
      CaseloadStaff *staff = g_ptr_array_index (self->staff, i);

      if (g_strcmp0 (caseload_staff_get_id (staff), id) == 0)
        return staff;
    }

  return NULL;
}

static gboolean
is_actor (CaseloadStaffWindow *self,
          CaseloadStaff       *staff)
{
  CaseloadStaff *actor = caseload_context_get_actor (self->context);

  return actor != NULL && g_strcmp0 (caseload_staff_get_id (actor), caseload_staff_get_id (staff)) == 0;
}

static void
run_change (CaseloadStaffWindow *self,
            StaffCall           *call,
            GAsyncReadyCallback  callback)
{
  call->store = g_object_ref (caseload_context_get_store (self->context));
  call->actor = caseload_worker_copy_staff (caseload_context_get_actor (self->context));

  set_busy (self, TRUE);
  caseload_worker_run (self, run_change,
                       change_thread, call, (GDestroyNotify) staff_call_free,
                       NULL,
                       self->cancellable,
                       callback,
                       g_object_ref (self));
}

static void
on_copy_clicked_cb (GtkButton *button,
                    gpointer   user_data)
{
  CaseloadStaffWindow *self = user_data;
  const char *password = g_object_get_data (G_OBJECT (button), "password");

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (button)), password);
  add_toast (self, _("Password copied"));
}

/* The one time anyone sees the password: the store keeps only its hash. */
static void
show_password (CaseloadStaffWindow *self,
               const char          *heading,
               const char          *name,
               const char          *password)
{
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *box;
  GtkWidget *label;
  GtkWidget *button;

  /* Translators: %s is a staff member's name */
  body = g_strdup_printf (_("Give %s this temporary password in person or by phone. "
                            "It is shown only this once. They choose their own password when they next sign in."),
                          name);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);

  label = gtk_label_new (password);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "title-2");
  gtk_widget_add_css_class (label, "monospace");
  gtk_widget_add_css_class (label, "temporary-password");
  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Temporary password"),
                                  -1);
  gtk_box_append (GTK_BOX (box), label);

  button = gtk_button_new_from_icon_name ("edit-copy-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Copy Password"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Copy Password"),
                                  -1);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data_full (G_OBJECT (button), "password", g_strdup (password), (GDestroyNotify) caseload_secret_free);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_copy_clicked_cb), self, 0);
  gtk_box_append (GTK_BOX (box), button);

  adw_message_dialog_set_extra_child (dialog, box);
  adw_message_dialog_add_response (dialog, "done", _("_Done"));
  adw_message_dialog_set_default_response (dialog, "done");
  adw_message_dialog_set_close_response (dialog, "done");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_changed_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(CaseloadStaffWindow) self = user_data;
  StaffCall *call = caseload_worker_get_data (result);
  g_autoptr(GError) error = NULL;
  const char *name;

  if (caseload_worker_finish (result, &error) == NULL &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_busy (self, FALSE);
  name = caseload_staff_get_display_name (call->staff);

  if (error != NULL)
    {
      g_autofree char *message = caseload_format_change_error (error);

      g_debug ("Changing a staff account failed: %s %d", g_quark_to_string (error->domain), error->code);
      caseload_context_report_error (self->context, error);
      add_toast (self, message);
    }
  else if (call->password != NULL)
    show_password (self, _("Password Reset"), name, call->password);
  else if (call->set_active)
    {
      g_autofree char *message = NULL;

      message = call->active ? g_strdup_printf (_("%s can sign in again"), name)
                             : g_strdup_printf (_("%s can no longer sign in"), name);
      add_toast (self, message);
    }
  else if (call->fte_changed)
    add_toast (self, _("Working time changed"));
  else
    add_toast (self, _("Role changed"));

  /* Read the accounts again either way: a refused change shows what is really stored. */
  load (self);
}

static void
on_role_selected_cb (AdwComboRow         *row,
                     GParamSpec          *pspec,
                     CaseloadStaffWindow *self)
{
  CaseloadStaff *staff = g_object_get_data (G_OBJECT (row), "staff");
  guint selected = adw_combo_row_get_selected (row);
  StaffCall *call;

  if (staff == NULL || selected >= N_ROLES || selected == (guint) caseload_staff_get_access_role (staff))
    return;

  call = g_new0 (StaffCall, 1);
  call->staff = caseload_worker_copy_staff (staff);
  caseload_staff_set_access_role (call->staff, (CaseloadAccessRole) selected);
  call->save = TRUE;
  run_change (self, call, on_changed_cb);
}

/* Working time, rounded to hundredths as stored. */
static double
fte_of (GtkSpinButton *spin)
{
  return round (gtk_spin_button_get_value (spin) * 100) / 100;
}

static void
on_fte_changed_cb (GtkSpinButton       *spin,
                   CaseloadStaffWindow *self)
{
  CaseloadStaff *staff = g_object_get_data (G_OBJECT (spin), "staff");
  double fte = fte_of (spin);
  StaffCall *call;

  if (staff == NULL || fabs (fte - caseload_staff_get_fte (staff)) < 0.005)
    return;

  call = g_new0 (StaffCall, 1);
  call->staff = caseload_worker_copy_staff (staff);
  caseload_staff_set_fte (call->staff, fte);
  call->save = TRUE;
  call->fte_changed = TRUE;
  run_change (self, call, on_changed_cb);
}

/* "Working time (FTE)": 0.1 to 1 (full time); an IPS employment specialist's caseload
 * limit scales by it. */
static GtkWidget *
create_fte_row (double       fte,
                const char  *subtitle,
                GtkWidget  **spin_out)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0.1, 1.0, 0.1);

  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), 2);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), fte);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Working time (FTE)"), -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Working time (FTE)"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  *spin_out = spin;
  return row;
}

static GtkWidget *
create_tag (const char *text,
            const char *style_class)
{
  GtkWidget *tag = gtk_label_new (text);

  gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (tag, "caption");
  gtk_widget_add_css_class (tag, "badge");
  gtk_widget_add_css_class (tag, style_class);

  return tag;
}

static GtkWidget *
create_button_row (const char *title,
                   const char *subtitle,
                   const char *label,
                   const char *action_name,
                   const char *staff_id,
                   const char *style_class)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", staff_id);
  if (style_class != NULL)
    gtk_widget_add_css_class (button, style_class);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

static GtkWidget *
create_staff_row (CaseloadStaffWindow *self,
                  CaseloadStaff       *staff)
{
  g_autoptr(GtkListItemFactory) factory = caseload_format_string_factory_new ();
  g_autoptr(GtkStringList) roles = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  const char *id = caseload_staff_get_id (staff);
  const char *username = caseload_staff_get_username (staff);
  const char *organisation = caseload_staff_get_organisation_name (staff);
  const char *job_title = caseload_staff_get_role (staff);
  CaseloadAccessRole role = caseload_staff_get_access_role (staff);
  gboolean active = caseload_staff_get_active (staff);
  gboolean self_row = is_actor (self, staff);
  g_autofree char *subtitle = NULL;
  g_autofree char *part_time = NULL;
  AdwExpanderRow *row;
  GtkWidget *role_row;
  GtkWidget *fte_spin;

  if (!is_empty (username))
    g_ptr_array_add (parts, (gpointer)username);
  g_ptr_array_add (parts, (gpointer)caseload_access_role_label (role));
  if (!is_empty (organisation))
    g_ptr_array_add (parts, (gpointer)organisation);
  if (caseload_staff_get_fte (staff) < 0.995)
    {
      /* Translators: part-time working, as in "0.5 FTE" */
      part_time = g_strdup_printf (_("%.2g FTE"), caseload_staff_get_fte (staff));
      g_ptr_array_add (parts, part_time);
    }
  g_ptr_array_add (parts, NULL);
  /* Translators: the separator between facts in "asingh · Social worker · Thurrock Council" */
  subtitle = g_strjoinv (_(" · "), (char **)parts->pdata);

  row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), caseload_staff_get_display_name (staff));
  adw_expander_row_set_subtitle (row, subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, caseload_staff_get_display_name (staff),
                                  -1);

  if (!active)
    adw_expander_row_add_action (row, create_tag (_("Deactivated"), "deactivated-tag"));
  else if (caseload_staff_get_must_change_password (staff))
    adw_expander_row_add_action (row, create_tag (_("Temporary password"), "temporary-tag"));

  for (guint i = 0; i < N_ROLES; i++)
    gtk_string_list_append (roles, caseload_access_role_label ((CaseloadAccessRole) i));

  role_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (role_row), _("Role"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (role_row),
                               self_row ? _("You can’t change your own role") :
                               !is_empty (job_title) ? job_title : NULL);
  adw_combo_row_set_factory (ADW_COMBO_ROW (role_row), factory);
  adw_combo_row_set_model (ADW_COMBO_ROW (role_row), G_LIST_MODEL (roles));
  adw_combo_row_set_selected (ADW_COMBO_ROW (role_row), role);
  gtk_widget_set_sensitive (role_row, !self_row && active);
  g_object_set_data_full (G_OBJECT (role_row), "staff", g_object_ref (staff), g_object_unref);
  /* Connected after the role is shown, so only a choice made here saves. */
  g_signal_connect_object (role_row, "notify::selected", G_CALLBACK (on_role_selected_cb), self, 0);
  adw_expander_row_add_row (row, role_row);

  adw_expander_row_add_row (row, create_fte_row (caseload_staff_get_fte (staff),
                                                 _("1 is full time. An employment specialist’s caseload limit follows it."),
                                                 &fte_spin));
  gtk_widget_set_sensitive (fte_spin, active);
  g_object_set_data_full (G_OBJECT (fte_spin), "staff", g_object_ref (staff), g_object_unref);
  g_signal_connect_object (fte_spin, "value-changed", G_CALLBACK (on_fte_changed_cb), self, 0);

  if (active)
    adw_expander_row_add_row (row, create_button_row (_("Password"),
                                                      _("Give them a new temporary password"),
                                                      _("_Reset Password…"),
                                                      "staff-window.reset-password", id, NULL));

  if (!self_row && active)
    adw_expander_row_add_row (row, create_button_row (_("Account"),
                                                      _("Stop them signing in. Their past entries keep their name."),
                                                      _("_Deactivate…"),
                                                      "staff-window.deactivate", id, "destructive-action"));
  else if (!self_row)
    adw_expander_row_add_row (row, create_button_row (_("Account"),
                                                      _("Deactivated: they can’t sign in"),
                                                      _("Re_activate"),
                                                      "staff-window.reactivate", id, NULL));

  return GTK_WIDGET (row);
}

static int
compare_staff (gconstpointer a,
               gconstpointer b)
{
  CaseloadStaff *first = *(CaseloadStaff **)a;
  CaseloadStaff *second = *(CaseloadStaff **)b;

  /* Those who can sign in first. */
  if (caseload_staff_get_active (first) != caseload_staff_get_active (second))
    return caseload_staff_get_active (first) ? -1 : 1;

  return g_utf8_collate (caseload_staff_get_display_name (first), caseload_staff_get_display_name (second));
}

static int
compare_organisations (gconstpointer a,
                       gconstpointer b)
{
  CaseloadOrganisation *first = *(CaseloadOrganisation **)a;
  CaseloadOrganisation *second = *(CaseloadOrganisation **)b;

  return g_utf8_collate (caseload_organisation_get_name (first), caseload_organisation_get_name (second));
}

static void
show_staff (CaseloadStaffWindow *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->staff_group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  for (guint i = 0; self->staff != NULL && i < self->staff->len; i++)
    {
      GtkWidget *row = create_staff_row (self, g_ptr_array_index (self->staff, i));

      adw_preferences_group_add (self->staff_group, row);
      g_ptr_array_add (self->rows, row);
    }
}

static void
on_loaded_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(CaseloadStaffWindow) self = user_data;
  g_autoptr(StaffLoad) staff_load = NULL;
  g_autoptr(GError) error = NULL;
  guint selected;
  g_autofree char *selected_id = NULL;

  staff_load = caseload_worker_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_busy (self, FALSE);

  if (staff_load == NULL)
    {
      g_autofree char *message = caseload_format_read_error (error);

      g_debug ("Listing staff failed: %s %d", g_quark_to_string (error->domain), error->code);
      /* Read again when the site is back (on_connection_restored_cb). */
      self->load_lost = caseload_context_report_error (self->context, error);
      add_toast (self, message);
      return;
    }

  g_ptr_array_sort (staff_load->staff, compare_staff);
  g_clear_pointer (&self->staff, g_ptr_array_unref);
  self->staff = g_steal_pointer (&staff_load->staff);
  show_staff (self);

  /* Keep the organisation chosen in "Add Staff" across a reload. */
  selected = adw_combo_row_get_selected (self->organisation_row);
  if (self->organisations != NULL && selected < self->organisations->len)
    selected_id = g_strdup (caseload_organisation_get_id (g_ptr_array_index (self->organisations, selected)));

  g_ptr_array_sort (staff_load->organisations, compare_organisations);
  g_clear_pointer (&self->organisations, g_ptr_array_unref);
  self->organisations = g_steal_pointer (&staff_load->organisations);

  selected = GTK_INVALID_LIST_POSITION;
  gtk_string_list_splice (self->organisation_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->organisation_names)), NULL);
  for (guint i = 0; i < self->organisations->len; i++)
    {
      CaseloadOrganisation *organisation = g_ptr_array_index (self->organisations, i);

      gtk_string_list_append (self->organisation_names, caseload_organisation_get_name (organisation));
      if (g_strcmp0 (caseload_organisation_get_id (organisation), selected_id) == 0)
        selected = i;
    }
  adw_combo_row_set_selected (self->organisation_row, selected);
}

static void
load (CaseloadStaffWindow *self)
{
  self->load_lost = FALSE;
  set_busy (self, TRUE);
  caseload_worker_run (self, load,
                       load_thread, g_object_ref (caseload_context_get_store (self->context)), g_object_unref,
                       (GDestroyNotify) staff_load_free,
                       self->cancellable,
                       on_loaded_cb,
                       g_object_ref (self));
}

/* The shared site is back: read the accounts again if its loss kept them unread. */
static void
on_connection_restored_cb (CaseloadStaffWindow *self)
{
  if (self->load_lost)
    load (self);
}

static const char *
shown_error (GtkWidget *row,
             GtkLabel  *label)
{
  return gtk_widget_get_visible (row) ? gtk_label_get_text (label) : NULL;
}

static void
show_banner (CaseloadStaffWindow *self,
             const char          *message)
{
  gtk_label_set_text (self->banner_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->banner_revealer, message != NULL);
}

static gboolean
username_is_taken (CaseloadStaffWindow *self,
                   const char          *username)
{
  for (guint i = 0; self->staff != NULL && i < self->staff->len; i++)
    if (g_strcmp0 (caseload_staff_get_username (g_ptr_array_index (self->staff, i)), username) == 0)
      return TRUE;

  return FALSE;
}

/* The username, trimmed and checked, or NULL with the problem shown. */
static char *
validate_username (CaseloadStaffWindow *self)
{
  g_autofree char *username = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->username_row))));
  const char *message = NULL;
  glong length = g_utf8_strlen (username, -1);

  if (length == 0)
    message = _("Enter the name they will sign in with.");
  else if (length < 2 || length > MAX_USERNAME)
    message = _("Use 2 to 60 characters.");
  else
    {
      for (const char *p = username; *p != '\0'; p++)
        if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '.' && *p != '-' && *p != '_')
          {
            message = _("Use lower-case letters, digits, dots, hyphens or underscores, as in “asingh”.");
            break;
          }
    }

  if (message == NULL && username_is_taken (self, username))
    message = _("Someone already has this username. Choose another.");

  caseload_format_show_field_error (GTK_WIDGET (self->username_row), self->username_error_row, self->username_error_label, message);

  return message == NULL ? g_steal_pointer (&username) : NULL;
}

static char *
validate_text_row (AdwEntryRow *row,
                   GtkWidget   *error_row,
                   GtkLabel    *error_label,
                   const char  *label,
                   guint        max_chars)
{
  g_autoptr(GError) error = NULL;
  char *value;

  value = caseload_validate_text (label, gtk_editable_get_text (GTK_EDITABLE (row)), TRUE, max_chars, &error);
  caseload_format_show_field_error (GTK_WIDGET (row), error_row, error_label, value == NULL ? error->message : NULL);

  return value;
}

static gboolean
validate_choice (AdwComboRow *row,
                 guint        n_choices,
                 GtkWidget   *error_row,
                 GtkLabel    *error_label,
                 const char  *message)
{
  gboolean chosen = adw_combo_row_get_selected (row) < n_choices;

  caseload_format_show_field_error (GTK_WIDGET (row), error_row, error_label, chosen ? NULL : message);
  return chosen;
}

/* The new account as typed, or NULL with every problem shown and @first_bad set to
 * the first field at fault. */
static CaseloadStaff *
validate_new_staff (CaseloadStaffWindow  *self,
                    GtkWidget           **first_bad)
{
  g_autofree char *username = validate_username (self);
  g_autofree char *display_name = NULL;
  g_autofree char *job_title = NULL;
  g_autoptr(CaseloadStaff) staff = NULL;
  CaseloadOrganisation *organisation;
  gboolean role_ok, organisation_ok;

  display_name = validate_text_row (self->display_name_row, self->display_name_error_row,
                                    self->display_name_error_label, _("Full name"), CASELOAD_MAX_NAME);
  job_title = validate_text_row (self->job_title_row, self->job_title_error_row,
                                 self->job_title_error_label, _("Job title"), CASELOAD_MAX_SHORT_TEXT);
  role_ok = validate_choice (self->role_row, N_ROLES, self->role_error_row, self->role_error_label,
                             _("Choose a role: it decides what they can see and do."));
  organisation_ok = validate_choice (self->organisation_row,
                                     self->organisations != NULL ? self->organisations->len : 0,
                                     self->organisation_error_row, self->organisation_error_label,
                                     _("Choose the organisation they work for."));

  *first_bad = NULL;
  if (username == NULL)
    *first_bad = GTK_WIDGET (self->username_row);
  else if (display_name == NULL)
    *first_bad = GTK_WIDGET (self->display_name_row);
  else if (job_title == NULL)
    *first_bad = GTK_WIDGET (self->job_title_row);
  else if (!role_ok)
    *first_bad = GTK_WIDGET (self->role_row);
  else if (!organisation_ok)
    *first_bad = GTK_WIDGET (self->organisation_row);

  if (*first_bad != NULL)
    return NULL;

  organisation = g_ptr_array_index (self->organisations, adw_combo_row_get_selected (self->organisation_row));

  staff = caseload_staff_new ();
  caseload_staff_set_username (staff, username);
  caseload_staff_set_display_name (staff, display_name);
  caseload_staff_set_role (staff, job_title);
  caseload_staff_set_access_role (staff, (CaseloadAccessRole) adw_combo_row_get_selected (self->role_row));
  caseload_staff_set_organisation_id (staff, caseload_organisation_get_id (organisation));
  caseload_staff_set_organisation_name (staff, caseload_organisation_get_name (organisation));
  caseload_staff_set_organisation_kind (staff, caseload_organisation_get_kind (organisation));
  caseload_staff_set_fte (staff, fte_of (self->fte_spin));
  caseload_staff_set_active (staff, TRUE);

  return g_steal_pointer (&staff);
}

static void
set_adding (CaseloadStaffWindow *self,
            gboolean             adding)
{
  self->adding = !!adding;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "staff-window.save-new", !adding);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "staff-window.cancel-add", !adding);
  gtk_button_set_label (GTK_BUTTON (self->add_button), adding ? _("Adding…") : _("_Add"));
}

/* After the first try, problems clear as they are put right. */
static void
revalidate (CaseloadStaffWindow *self)
{
  g_autoptr(CaseloadStaff) staff = NULL;
  GtkWidget *first_bad;

  if (self->add_touched && !self->adding)
    staff = validate_new_staff (self, &first_bad);
}

static void
on_text_changed_cb (GtkEditable         *editable,
                    CaseloadStaffWindow *self)
{
  revalidate (self);
}

static void
on_choice_changed_cb (AdwComboRow         *row,
                      GParamSpec          *pspec,
                      CaseloadStaffWindow *self)
{
  revalidate (self);
}

static void
on_entry_activated_cb (AdwEntryRow         *row,
                       CaseloadStaffWindow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "staff-window.save-new", NULL);
}

static void
on_added_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(CaseloadStaffWindow) self = user_data;
  StaffCall *call = caseload_worker_get_data (result);
  g_autoptr(GError) error = NULL;
  const char *name;

  if (caseload_worker_finish (result, &error) == NULL &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_busy (self, FALSE);
  set_adding (self, FALSE);
  name = caseload_staff_get_display_name (call->staff);

  if (error != NULL && caseload_staff_get_id (call->staff) == NULL)
    {
      g_autofree char *message = caseload_format_save_error (error);

      /* Nothing was created: keep the form as typed. */
      g_debug ("Adding a staff member failed: %s %d", g_quark_to_string (error->domain), error->code);
      caseload_context_report_error (self->context, error);
      show_banner (self, message);
      return;
    }

  adw_preferences_window_close_subpage (ADW_PREFERENCES_WINDOW (self));
  load (self);

  if (error != NULL)
    {
      g_autofree char *message = NULL;

      /* The account exists but has no password yet. */
      g_debug ("Setting a new staff member's password failed: %s %d", g_quark_to_string (error->domain), error->code);
      /* Translators: %s is a staff member's name */
      message = g_strdup_printf (_("%s was added without a password. Use Reset Password to give them one."), name);
      add_toast (self, message);
      return;
    }

  show_password (self, _("Staff Member Added"), name, call->password);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  CaseloadStaffWindow *self = CASELOAD_STAFF_WINDOW (widget);

  self->add_touched = FALSE;
  show_banner (self, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->username_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->display_name_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->job_title_row), "");
  adw_combo_row_set_selected (self->role_row, GTK_INVALID_LIST_POSITION);
  adw_combo_row_set_selected (self->organisation_row, GTK_INVALID_LIST_POSITION);
  gtk_spin_button_set_value (self->fte_spin, 1.0);
  caseload_format_show_field_error (GTK_WIDGET (self->username_row), self->username_error_row, self->username_error_label, NULL);
  caseload_format_show_field_error (GTK_WIDGET (self->display_name_row), self->display_name_error_row, self->display_name_error_label, NULL);
  caseload_format_show_field_error (GTK_WIDGET (self->job_title_row), self->job_title_error_row, self->job_title_error_label, NULL);
  caseload_format_show_field_error (GTK_WIDGET (self->role_row), self->role_error_row, self->role_error_label, NULL);
  caseload_format_show_field_error (GTK_WIDGET (self->organisation_row), self->organisation_error_row, self->organisation_error_label, NULL);

  adw_preferences_window_present_subpage (ADW_PREFERENCES_WINDOW (self), self->add_page);
  gtk_widget_grab_focus (GTK_WIDGET (self->username_row));
}

static void
cancel_add_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  adw_preferences_window_close_subpage (ADW_PREFERENCES_WINDOW (widget));
}

static void
save_new_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  CaseloadStaffWindow *self = CASELOAD_STAFF_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  GtkWidget *first_bad;
  CaseloadStaff *staff;
  StaffCall *call;
  char *password;

  if (self->adding)
    return;

  show_banner (self, NULL);
  self->add_touched = TRUE;

  staff = validate_new_staff (self, &first_bad);
  if (staff == NULL)
    {
      gtk_widget_grab_focus (first_bad);
      return;
    }

  password = generate_password (&error);
  if (password == NULL)
    {
      g_object_unref (staff);
      show_banner (self, error->message);
      return;
    }

  call = g_new0 (StaffCall, 1);
  call->staff = staff;
  call->password = password;
  call->save = TRUE;

  set_adding (self, TRUE);
  run_change (self, call, on_added_cb);
}

static void
on_reset_response_cb (AdwMessageDialog    *dialog,
                      const char          *response,
                      CaseloadStaffWindow *self)
{
  const char *id = g_object_get_data (G_OBJECT (dialog), "staff-id");
  g_autoptr(GError) error = NULL;
  CaseloadStaff *staff = find_staff (self, id);
  StaffCall *call;
  char *password;

  if (g_strcmp0 (response, "reset") != 0 || staff == NULL)
    return;

  password = generate_password (&error);
  if (password == NULL)
    {
      add_toast (self, error->message);
      return;
    }

  call = g_new0 (StaffCall, 1);
  call->staff = caseload_worker_copy_staff (staff);
  call->password = password;
  run_change (self, call, on_changed_cb);
}

static void
on_deactivate_response_cb (AdwMessageDialog    *dialog,
                           const char          *response,
                           CaseloadStaffWindow *self)
{
  const char *id = g_object_get_data (G_OBJECT (dialog), "staff-id");
  CaseloadStaff *staff = find_staff (self, id);
  StaffCall *call;

  if (g_strcmp0 (response, "deactivate") != 0 || staff == NULL)
    return;

  call = g_new0 (StaffCall, 1);
  call->staff = caseload_worker_copy_staff (staff);
  call->set_active = TRUE;
  call->active = FALSE;
  run_change (self, call, on_changed_cb);
}

static AdwMessageDialog *
ask (CaseloadStaffWindow *self,
     const char          *staff_id,
     const char          *heading,
     const char          *body,
     const char          *response,
     const char          *response_label,
     AdwResponseAppearance appearance)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));

  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    response, response_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, response, appearance);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "staff-id", g_strdup (staff_id), g_free);

  return dialog;
}

static void
reset_password_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  CaseloadStaffWindow *self = CASELOAD_STAFF_WINDOW (widget);
  const char *id = g_variant_get_string (param, NULL);
  CaseloadStaff *staff = find_staff (self, id);
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;

  if (staff == NULL)
    return;

  /* Translators: %s is a staff member's name */
  heading = g_strdup_printf (_("Reset Password for %s?"), caseload_staff_get_display_name (staff));
  dialog = ask (self, id, heading,
                _("Their current password stops working. You will see a temporary password once, to give them; "
                  "they choose their own when they next sign in."),
                "reset", _("_Reset Password"), ADW_RESPONSE_SUGGESTED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_reset_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
deactivate_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  CaseloadStaffWindow *self = CASELOAD_STAFF_WINDOW (widget);
  const char *id = g_variant_get_string (param, NULL);
  CaseloadStaff *staff = find_staff (self, id);
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;

  if (staff == NULL || is_actor (self, staff))
    return;

  /* Translators: %s is a staff member's name */
  heading = g_strdup_printf (_("Deactivate %s?"), caseload_staff_get_display_name (staff));
  dialog = ask (self, id, heading,
                _("They will no longer be able to sign in. Everything they wrote keeps their name, "
                  "and you can reactivate the account later."),
                "deactivate", _("_Deactivate"), ADW_RESPONSE_DESTRUCTIVE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_deactivate_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
reactivate_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  CaseloadStaffWindow *self = CASELOAD_STAFF_WINDOW (widget);
  CaseloadStaff *staff = find_staff (self, g_variant_get_string (param, NULL));
  StaffCall *call;

  if (staff == NULL)
    return;

  call = g_new0 (StaffCall, 1);
  call->staff = caseload_worker_copy_staff (staff);
  call->set_active = TRUE;
  call->active = TRUE;
  run_change (self, call, on_changed_cb);
}

static void
caseload_staff_window_constructed (GObject *object)
{
  CaseloadStaffWindow *self = (CaseloadStaffWindow *)object;
  g_autoptr(GtkListItemFactory) role_factory = NULL;
  g_autoptr(GtkListItemFactory) organisation_factory = NULL;

  G_OBJECT_CLASS (caseload_staff_window_parent_class)->constructed (object);

  g_return_if_fail (self->context != NULL);

  self->cancellable = g_cancellable_new ();
  self->rows = g_ptr_array_new ();

  role_factory = caseload_format_string_factory_new ();
  adw_combo_row_set_factory (self->role_row, role_factory);
  organisation_factory = caseload_format_string_factory_new ();
  adw_combo_row_set_factory (self->organisation_row, organisation_factory);

  for (guint i = 0; i < N_ROLES; i++)
    gtk_string_list_append (self->role_names, caseload_access_role_label ((CaseloadAccessRole) i));

  /* Working time, last in the organisation's group of "Add Staff" */
  {
    GtkWidget *group = gtk_widget_get_ancestor (GTK_WIDGET (self->organisation_row), ADW_TYPE_PREFERENCES_GROUP);
    GtkWidget *spin;

    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               create_fte_row (1.0, _("1 is full time; 0.5 is half time"), &spin));
    self->fte_spin = GTK_SPIN_BUTTON (spin);
  }

  load (self);
  g_signal_connect_object (self->context, "connection-restored",
                           G_CALLBACK (on_connection_restored_cb), self, G_CONNECT_SWAPPED);
}

static void
caseload_staff_window_dispose (GObject *object)
{
  CaseloadStaffWindow *self = (CaseloadStaffWindow *)object;

  g_cancellable_cancel (self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), CASELOAD_TYPE_STAFF_WINDOW);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->staff, g_ptr_array_unref);
  g_clear_pointer (&self->organisations, g_ptr_array_unref);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (caseload_staff_window_parent_class)->dispose (object);
}

static void
caseload_staff_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  CaseloadStaffWindow *self = CASELOAD_STAFF_WINDOW (object);

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
caseload_staff_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  CaseloadStaffWindow *self = CASELOAD_STAFF_WINDOW (object);

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
caseload_staff_window_class_init (CaseloadStaffWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = caseload_staff_window_constructed;
  object_class->dispose = caseload_staff_window_dispose;
  object_class->get_property = caseload_staff_window_get_property;
  object_class->set_property = caseload_staff_window_set_property;

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         CASELOAD_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "staff-window.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "staff-window.cancel-add", NULL, cancel_add_action);
  gtk_widget_class_install_action (widget_class, "staff-window.save-new", NULL, save_new_action);
  gtk_widget_class_install_action (widget_class, "staff-window.reset-password", "s", reset_password_action);
  gtk_widget_class_install_action (widget_class, "staff-window.deactivate", "s", deactivate_action);
  gtk_widget_class_install_action (widget_class, "staff-window.reactivate", "s", reactivate_action);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pcnmh/Caseload/caseload-staff-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CaseloadStaffWindow, staff_group);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStaffWindow, add_page);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStaffWindow, add_button);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStaffWindow, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStaffWindow, banner_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStaffWindow, username_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStaffWindow, username_error_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStaffWindow, username_error_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStaffWindow, display_name_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStaffWindow, display_name_error_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStaffWindow, display_name_error_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStaffWindow, job_title_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStaffWindow, job_title_error_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStaffWindow, job_title_error_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStaffWindow, role_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStaffWindow, role_names);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStaffWindow, role_error_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStaffWindow, role_error_label);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStaffWindow, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStaffWindow, organisation_names);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStaffWindow, organisation_error_row);
  gtk_widget_class_bind_template_child (widget_class, CaseloadStaffWindow, organisation_error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_text_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);
}

static void
caseload_staff_window_init (CaseloadStaffWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

CaseloadStaffWindow *
caseload_staff_window_new (GtkWindow       *parent,
                           CaseloadContext *context)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CASELOAD_IS_CONTEXT (context), NULL);

  return g_object_new (CASELOAD_TYPE_STAFF_WINDOW,
                       "transient-for", parent,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       "context", context,
                       NULL);
}

gboolean
caseload_staff_window_get_busy (CaseloadStaffWindow *self)
{
  g_return_val_if_fail (CASELOAD_IS_STAFF_WINDOW (self), FALSE);

  return self->n_pending > 0;
}

GtkWidget *
caseload_staff_window_get_field (CaseloadStaffWindow *self,
                                 const char          *field)
{
  g_return_val_if_fail (CASELOAD_IS_STAFF_WINDOW (self), NULL);
  g_return_val_if_fail (field != NULL, NULL);

  if (g_str_equal (field, "username"))
    return GTK_WIDGET (self->username_row);
  if (g_str_equal (field, "display-name"))
    return GTK_WIDGET (self->display_name_row);
  if (g_str_equal (field, "job-title"))
    return GTK_WIDGET (self->job_title_row);
  if (g_str_equal (field, "role"))
    return GTK_WIDGET (self->role_row);
  if (g_str_equal (field, "organisation"))
    return GTK_WIDGET (self->organisation_row);
  if (g_str_equal (field, "fte"))
    return GTK_WIDGET (self->fte_spin);

  return NULL;
}

const char *
caseload_staff_window_get_error (CaseloadStaffWindow *self,
                                 const char          *field)
{
  g_return_val_if_fail (CASELOAD_IS_STAFF_WINDOW (self), NULL);

  if (field == NULL)
    return gtk_revealer_get_reveal_child (self->banner_revealer) ? gtk_label_get_text (self->banner_label) : NULL;
  if (g_str_equal (field, "username"))
    return shown_error (self->username_error_row, self->username_error_label);
  if (g_str_equal (field, "display-name"))
    return shown_error (self->display_name_error_row, self->display_name_error_label);
  if (g_str_equal (field, "job-title"))
    return shown_error (self->job_title_error_row, self->job_title_error_label);
  if (g_str_equal (field, "role"))
    return shown_error (self->role_error_row, self->role_error_label);
  if (g_str_equal (field, "organisation"))
    return shown_error (self->organisation_error_row, self->organisation_error_label);

  return NULL;
}
