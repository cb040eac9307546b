/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-admin"

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>
#include <sqlite3.h>

#include "caseload-admin-site.h"
#include "caseload-demo.h"
#include "caseload-error.h"
#include "caseload-store-postgresql.h"
#include "caseload-store-sqlite.h"

/* caseload-admin: creates, migrates and fills Caseload databases, looks after staff
 * accounts and checks the audit trail, from the command line. The database is a file
 * (the embedded store) or a shared site's postgresql:// URI, whose credentials must be
 * the site owner's or a superuser's. It has the database itself, so it acts as no staff
 * member (actor NULL). Exit status: 0 on success, 1 when the work failed, 2 for bad
 * usage (including a URI that cannot be parsed), 3 when the audit trail has been
 * altered. Passwords in URIs are never printed. */

#define EXIT_USAGE        2
#define EXIT_AUDIT_BROKEN 3

/* Temporary passwords: no 0/O, 1/l/I to misread over the phone. */
#define TEMPORARY_PASSWORD_LENGTH 16
static const char password_alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

typedef int (*CommandFunc) (const char *path, int argc, char **argv);

static void
print_error (const char *message)
{
  g_printerr ("caseload-admin: %s\n", message);
}

static gboolean
is_site (const char *location)
{
  return caseload_store_postgresql_is_uri (location);
}

/* Says what went wrong, and for a shared site what to check, and gives the exit status. */
static int
report_failure (const char   *location,
                const GError *error)
{
  g_autofree char *display = admin_site_display (location);

  print_error (error->message);
  if (error->domain == CASELOAD_ERROR && is_site (location))
    {
      switch ((CaseloadError) error->code)
        {
        case CASELOAD_ERROR_CONNECTION:
          g_printerr (_("Check that the server in %s is running and reachable from here, that pg_hba.conf lets "
                        "this computer connect, and that the database exists (create it with createdb; "
                        "see “Running a shared site” in the README).\n"), display);
          break;
        case CASELOAD_ERROR_SIGN_IN:
          g_printerr (_("The server refused the user name or password in %s. caseload-admin connects as the "
                        "site’s owner (the role that ran “init”) or a superuser.\n"), display);
          break;
        case CASELOAD_ERROR_PERMISSION:
          g_printerr (_("The role in %s does not have the rights this needs: use the site’s owner (the role "
                        "that ran “init”) or a superuser.\n"), display);
          break;
        case CASELOAD_ERROR_SCHEMA_TOO_NEW:
          g_printerr (_("The database at %s was made by a newer Caseload and was left as it is: use that "
                        "version’s caseload-admin.\n"), display);
          break;
        case CASELOAD_ERROR_VALIDATION:
        case CASELOAD_ERROR_CONFLICT:
        case CASELOAD_ERROR_NOT_FOUND:
        case CASELOAD_ERROR_STORAGE:
        case CASELOAD_ERROR_ACCOUNT_LOCKED:
        case CASELOAD_ERROR_ACCOUNT_DEACTIVATED:
        case CASELOAD_ERROR_AUDIT_BROKEN:
        default:
          break;
        }
    }

  return g_error_matches (error, CASELOAD_ERROR, CASELOAD_ERROR_AUDIT_BROKEN) ? EXIT_AUDIT_BROKEN : EXIT_FAILURE;
}

static int
usage_error (const char *message)
{
  print_error (message);
  g_printerr (_("Try “caseload-admin --help” for more information.\n"));
  return EXIT_USAGE;
}

/* How many people the database holds, all of them. A staff member sees only the people
 * their organisation may see, and every search is audited in their name, so the tool
 * asks SQLite itself, read-only, or the site as its owner: a count names nobody. */
static gboolean
count_all_people (const char  *path,
                  guint       *n_people,
                  GError     **error)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;

  if (is_site (path))
    return admin_site_count_people (path, n_people, error);

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
      sqlite3_prepare_v2 (db, "SELECT count(*) FROM person", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    {
      *n_people = (guint) sqlite3_column_int64 (stmt, 0);
      ok = TRUE;
    }
  else
    g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_STORAGE,
                 _("Could not count the people in “%s”: %s"), path,
                 db != NULL ? sqlite3_errmsg (db) : g_strerror (ENOMEM));

  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return ok;
}

/* Counts of organisations, staff and people. */
static gboolean
count_records (CaseloadStore  *store,
               const char     *path,
               guint          *n_organisations,
               guint          *n_staff,
               guint          *n_people,
               GError        **error)
{
  g_autoptr(GPtrArray) organisations = NULL;
  g_autoptr(GPtrArray) staff = NULL;

  organisations = caseload_store_list_organisations (store, error);
  if (organisations == NULL)
    return FALSE;
  staff = caseload_store_list_staff (store, error);
  if (staff == NULL)
    return FALSE;

  *n_organisations = organisations->len;
  *n_staff = staff->len;
  return count_all_people (path, n_people, error);
}

/* Parses a command's options. @argv[0] is the program (or the command group), @argv[1]
 * the command; after them come exactly @n_arguments arguments, named in @parameters
 * ("USERNAME") when there are any. */
static gboolean
parse_arguments (const char    *command,
                 const char    *parameters,
                 guint          n_arguments,
                 const char    *description,
                 GOptionEntry  *entries,
                 int           *argc,
                 char        ***argv,
                 GError       **error)
{
  g_autofree char *parameter_string = parameters != NULL ? g_strdup_printf ("%s %s", command, parameters)
                                                         : g_strdup (command);
  g_autoptr(GOptionContext) context = g_option_context_new (parameter_string);

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (description != NULL)
    g_option_context_set_description (context, description);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, error))
    return FALSE;

  if (*argc > 2 + (int) n_arguments)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                   _("Unexpected argument “%s”"), (*argv)[2 + n_arguments]);
      return FALSE;
    }
  if (*argc < 2 + (int) n_arguments)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                   _("Give %s after “%s”"), parameters, command);
      return FALSE;
    }

  return TRUE;
}

static gboolean
parse_command_options (const char    *command,
                       GOptionEntry  *entries,
                       int           *argc,
                       char        ***argv,
                       GError       **error)
{
  return parse_arguments (command, NULL, 0, NULL, entries, argc, argv, error);
}

/* Opens a database, bringing its schema up to date (creating it in an empty file or
 * PostgreSQL database). */
static CaseloadStore *
open_store (const char     *path,
            CaseloadClock  *clock,
            GError        **error)
{
  if (is_site (path))
    return caseload_store_postgresql_open_admin (path, clock, TRUE, error);
  return caseload_store_sqlite_new (path, clock, error);
}

/* Opens a database that must exist already: commands that read or change staff and
 * the audit trail never make an empty one by mistake (nor migrate a shared site). */
static CaseloadStore *
open_existing_store (const char  *path,
                     GError     **error)
{
  g_autoptr(CaseloadClock) clock = caseload_clock_new_system ();

  if (is_site (path))
    return caseload_store_postgresql_open_admin (path, clock, FALSE, error);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT,
                   _("There is no database at “%s”. Run “caseload-admin init” to make one."), path);
      return NULL;
    }

  return caseload_store_sqlite_new (path, clock, error);
}

static char *
display_location (const char *path)
{
  return admin_site_display (path);
}

static int
command_migrate (const char  *path,
                 int          argc,
                 char       **argv)
{
  g_autofree char *display = display_location (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadClock) clock = NULL;
  g_autoptr(CaseloadStore) store = NULL;

  if (!parse_command_options (argv[1], NULL, &argc, &argv, &error))
    return usage_error (error->message);

  clock = caseload_clock_new_system ();
  store = open_store (path, clock, &error);
  if (store == NULL)
    return report_failure (path, error);

  g_print (_("Database: %s\n"), display);
  g_print (_("Schema version: %d\n"), caseload_store_get_schema_version (store));
  return EXIT_SUCCESS;
}

static int
command_demo (const char  *path,
              int          argc,
              char       **argv)
{
  g_autofree char *display = display_location (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadClock) clock = NULL;
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(GTimer) timer = NULL;
  CaseloadDemoOptions options;
  /* Out-of-range sentinels: GOption leaves them alone when an option is not given. */
  int people = G_MININT;
  int entries_per_person = G_MININT;
  int heavy_people = G_MININT;
  gint64 seed = G_MININT64;
  gboolean add_to_existing = FALSE;
  guint before_organisations, before_staff, before_people;
  guint n_organisations, n_staff, n_people;
  double seconds;
  GOptionEntry entries[] = {
    { "people", 0, 0, G_OPTION_ARG_INT, &people,
      N_("How many people to add (default 300)"), N_("N") },
    { "entries-per-person", 0, 0, G_OPTION_ARG_INT, &entries_per_person,
      N_("The mean number of timeline entries for each person (default 6)"), N_("N") },
    { "heavy-people", 0, 0, G_OPTION_ARG_INT, &heavy_people,
      N_("How many people get 500 timeline entries each, for load work (default 0)"), N_("N") },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed,
      N_("The random seed: the same seed gives the same people (default 20261122)"), N_("N") },
    { "add-to-existing", 0, 0, G_OPTION_ARG_NONE, &add_to_existing,
      N_("Add demo people even though the database already has people (for load work on a copy)"), NULL },
    { NULL }
  };

  if (!parse_command_options (argv[1], entries, &argc, &argv, &error))
    return usage_error (error->message);

  if ((people != G_MININT && people < 0) ||
      (entries_per_person != G_MININT && entries_per_person < 0) ||
      (heavy_people != G_MININT && heavy_people < 0))
    return usage_error (_("Counts cannot be negative"));
  if (seed != G_MININT64 && (seed < 0 || seed > G_MAXUINT32))
    return usage_error (_("The seed must be a whole number from 0 to 4294967295"));

  caseload_demo_options_init (&options);
  if (people != G_MININT)
    options.n_people = (guint) people;
  if (entries_per_person != G_MININT)
    options.entries_per_person = (guint) entries_per_person;
  if (heavy_people != G_MININT)
    options.heavy_people = (guint) heavy_people;
  if (seed != G_MININT64)
    options.seed = (guint32) seed;

  clock = caseload_clock_new_system ();
  store = open_store (path, clock, &error);
  if (store == NULL ||
      !count_records (store, path, &before_organisations, &before_staff, &before_people, &error))
    return report_failure (path, error);

  /* Fictional people must never slip into a real caseload. */
  if (before_people > 0 && !add_to_existing)
    {
      g_autofree char *message =
        g_strdup_printf (_("“%s” already has %u people in it, so no demo people were added. "
                           "Use a new database, or --add-to-existing on a copy made for load work."),
                         display, before_people);
      print_error (message);
      return EXIT_FAILURE;
    }

  timer = g_timer_new ();
  if (!caseload_demo_seed (store, clock, &options, &error))
    return report_failure (path, error);
  seconds = g_timer_elapsed (timer, NULL);

  if (!count_records (store, path, &n_organisations, &n_staff, &n_people, &error))
    return report_failure (path, error);

  g_print (_("Database: %s\n"), display);
  g_print (_("Added %u organisations, %u staff and %u people in %.2f seconds.\n"),
           n_organisations - before_organisations, n_staff - before_staff,
           n_people - before_people, seconds);
  g_print (_("Now %u organisations, %u staff and %u people.\n"),
           n_organisations, n_staff, n_people);
  return EXIT_SUCCESS;
}

static int
command_stats (const char  *path,
               int          argc,
               char       **argv)
{
  g_autofree char *display = display_location (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStore) store = NULL;
  guint n_organisations, n_staff, n_people;

  if (!parse_command_options (argv[1], NULL, &argc, &argv, &error))
    return usage_error (error->message);

  store = open_existing_store (path, &error);
  if (store == NULL || !count_records (store, path, &n_organisations, &n_staff, &n_people, &error))
    return report_failure (path, error);

  g_print (_("Database: %s\n"), display);
  g_print (_("Schema version: %d\n"), caseload_store_get_schema_version (store));
  g_print (_("Organisations: %u\n"), n_organisations);
  g_print (_("Staff: %u\n"), n_staff);
  g_print (_("People: %u\n"), n_people);
  return EXIT_SUCCESS;
}

/* Staff accounts */

/* A temporary password from the system's random source, or NULL with an error. */
static char *
generate_password (GError **error)
{
  const guint alphabet_length = sizeof password_alphabet - 1;
  /* The largest multiple of the alphabet length that fits in a byte: bytes above it
   * are thrown away, so every character is equally likely. */
  const guint limit = 256 - 256 % alphabet_length;
  g_autoptr(GFile) file = g_file_new_for_path ("/dev/urandom");
  g_autoptr(GFileInputStream) stream = NULL;
  GString *password = g_string_sized_new (TEMPORARY_PASSWORD_LENGTH);

  stream = g_file_read (file, NULL, error);
  if (stream == NULL)
    {
      g_string_free (password, TRUE);
      return NULL;
    }

  while (password->len < TEMPORARY_PASSWORD_LENGTH)
    {
      guint8 bytes[64];
      gsize n_read = 0;

      if (!g_input_stream_read_all (G_INPUT_STREAM (stream), bytes, sizeof bytes, &n_read, NULL, error) ||
          n_read == 0)
        {
          if (error != NULL && *error == NULL)
            g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                                 _("The system's random source gave nothing"));
          explicit_bzero (bytes, sizeof bytes);
          g_string_free (password, TRUE);
          return NULL;
        }
      for (gsize i = 0; i < n_read && password->len < TEMPORARY_PASSWORD_LENGTH; i++)
        if (bytes[i] < limit)
          g_string_append_c (password, password_alphabet[bytes[i] % alphabet_length]);
      explicit_bzero (bytes, sizeof bytes);
    }

  return g_string_free (password, FALSE);
}

static void
clear_password (char *password)
{
  if (password == NULL)
    return;
  explicit_bzero (password, strlen (password));
  g_free (password);
}

typedef char SecretString;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SecretString, clear_password)

static void
print_temporary_password (CaseloadStaff *staff,
                          const char    *password)
{
  g_print (_("Temporary password: %s\n"), password);
  g_print (_("It is not shown again. %s must choose their own password when they next sign in.\n"),
           caseload_staff_get_display_name (staff));
}

/* The staff member with @username, or NULL with an error saying there is none. */
static CaseloadStaff *
find_staff (CaseloadStore  *store,
            const char     *username,
            GError        **error)
{
  g_autoptr(GPtrArray) staff = caseload_store_list_staff (store, error);

  if (staff == NULL)
    return NULL;
  for (guint i = 0; i < staff->len; i++)
    {
      CaseloadStaff *member = g_ptr_array_index (staff, i);

      if (g_strcmp0 (caseload_staff_get_username (member), username) == 0)
        return g_object_ref (member);
    }

  g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
               _("no staff member with username “%s”"), username);
  return NULL;
}

/* An organisation by id, or by name in any case. */
static CaseloadOrganisation *
find_organisation (CaseloadStore  *store,
                   const char     *wanted,
                   GError        **error)
{
  g_autoptr(GPtrArray) organisations = caseload_store_list_organisations (store, error);
  g_autofree char *wanted_folded = NULL;
  g_autoptr(GString) names = NULL;

  if (organisations == NULL)
    return NULL;

  wanted_folded = g_utf8_casefold (wanted, -1);
  for (guint i = 0; i < organisations->len; i++)
    {
      CaseloadOrganisation *organisation = g_ptr_array_index (organisations, i);
      g_autofree char *folded = g_utf8_casefold (caseload_organisation_get_name (organisation), -1);

      if (g_strcmp0 (caseload_organisation_get_id (organisation), wanted) == 0 ||
          g_strcmp0 (folded, wanted_folded) == 0)
        return g_object_ref (organisation);
    }

  names = g_string_new (NULL);
  for (guint i = 0; i < organisations->len; i++)
    g_string_append_printf (names, "\n  %s", caseload_organisation_get_name (g_ptr_array_index (organisations, i)));
  if (organisations->len == 0)
    g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                 _("no organisation “%s”: the database has no organisations yet"), wanted);
  else
    g_set_error (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND,
                 _("no organisation “%s”. The organisations are:%s"), wanted, names->str);
  return NULL;
}

/* "primary-care-clinician, mental-health-practitioner, …" */
static char *
list_role_codes (void)
{
  GString *codes = g_string_new (NULL);

  for (int role = CASELOAD_ROLE_PRIMARY_CARE_CLINICIAN; role <= CASELOAD_ROLE_ADMINISTRATOR; role++)
    {
      if (codes->len > 0)
        g_string_append (codes, ", ");
      g_string_append (codes, caseload_access_role_to_code ((CaseloadAccessRole) role));
    }
  return g_string_free (codes, FALSE);
}

/* Sets a new temporary password that must be changed, in one transaction with
 * whatever the caller began. */
static gboolean
set_temporary_password (CaseloadStore  *store,
                        CaseloadStaff  *staff,
                        char          **password,
                        GError        **error)
{
  *password = generate_password (error);
  if (*password == NULL)
    return FALSE;
  return caseload_store_set_password (store, NULL, caseload_staff_get_id (staff), *password, TRUE, error);
}

static int
command_staff_add (const char  *path,
                   int          argc,
                   char       **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(CaseloadOrganisation) organisation = NULL;
  g_autoptr(CaseloadStaff) staff = NULL;
  g_autoptr(SecretString) password = NULL;
  g_autofree char *username = NULL;
  g_autofree char *name = NULL;
  g_autofree char *role_code = NULL;
  g_autofree char *organisation_name = NULL;
  g_autofree char *job_title = NULL;
  g_autofree char *email = NULL;
  g_autofree char *codes = list_role_codes ();
  g_autofree char *description = g_strdup_printf (_("Roles: %s"), codes);
  CaseloadAccessRole role;
  gboolean role_existed = FALSE;
  GOptionEntry entries[] = {
    { "username", 0, 0, G_OPTION_ARG_STRING, &username,
      N_("What they sign in with, e.g. firstname.lastname (required)"), N_("USERNAME") },
    { "name", 0, 0, G_OPTION_ARG_STRING, &name,
      N_("Their name as colleagues see it (required)"), N_("NAME") },
    { "role", 0, 0, G_OPTION_ARG_STRING, &role_code,
      N_("What they do, which decides what they may see (required; see below)"), N_("ROLE") },
    { "organisation", 0, 0, G_OPTION_ARG_STRING, &organisation_name,
      N_("The organisation they work for, by name or id (required)"), N_("ORGANISATION") },
    { "job-title", 0, 0, G_OPTION_ARG_STRING, &job_title,
      N_("Their job title (default: the role's name)"), N_("TITLE") },
    { "email", 0, 0, G_OPTION_ARG_STRING, &email,
      N_("Their work e-mail address"), N_("ADDRESS") },
    { NULL }
  };

  if (!parse_arguments ("staff add", NULL, 0, description, entries, &argc, &argv, &error))
    return usage_error (error->message);

  if (username == NULL || *username == '\0')
    return usage_error (_("Give the new staff member’s --username"));
  if (name == NULL || *name == '\0')
    return usage_error (_("Give the new staff member’s --name"));
  if (role_code == NULL || *role_code == '\0')
    return usage_error (_("Give the new staff member’s --role"));
  if (organisation_name == NULL || *organisation_name == '\0')
    return usage_error (_("Give the new staff member’s --organisation"));
  if (!caseload_access_role_from_code (role_code, &role))
    {
      g_autofree char *message = g_strdup_printf (_("Unknown role “%s”. Roles: %s"), role_code, codes);

      return usage_error (message);
    }

  store = open_existing_store (path, &error);
  if (store == NULL)
    return report_failure (path, error);

  organisation = find_organisation (store, organisation_name, &error);
  if (organisation == NULL)
    return report_failure (path, error);

  /* On a shared site the account is also a database role, which may exist already
   * (roles belong to the whole server, so another Caseload database may have made it). */
  if (is_site (path) && !admin_site_role_exists (path, username, &role_existed, &error))
    return report_failure (path, error);

  staff = caseload_staff_new ();
  caseload_staff_set_username (staff, username);
  caseload_staff_set_display_name (staff, name);
  caseload_staff_set_access_role (staff, role);
  caseload_staff_set_role (staff, job_title != NULL && *job_title != '\0' ? job_title
                                                                          : caseload_access_role_label (role));
  caseload_staff_set_organisation_id (staff, caseload_organisation_get_id (organisation));
  caseload_staff_set_email (staff, email != NULL && *email != '\0' ? email : NULL);
  caseload_staff_set_must_change_password (staff, TRUE);

  /* The account and its password together, or neither. */
  if (!caseload_store_begin (store, &error))
    return report_failure (path, error);
  if (!caseload_store_save_staff (store, NULL, staff, &error) ||
      !set_temporary_password (store, staff, &password, &error))
    {
      caseload_store_rollback (store);
      return report_failure (path, error);
    }
  if (!caseload_store_commit (store, &error))
    return report_failure (path, error);

  g_print (_("Added %s (%s), %s at %s.\n"),
           caseload_staff_get_display_name (staff), caseload_staff_get_username (staff),
           caseload_access_role_label (role), caseload_organisation_get_name (organisation));
  if (is_site (path))
    {
      if (role_existed)
        g_print (_("They sign in as the database role “%s”, which was already on the server "
                   "(another Caseload database there made it); it now has this password.\n"), username);
      else
        g_print (_("Created the database role “%s”: they sign in to the site with it.\n"), username);
    }
  print_temporary_password (staff, password);
  return EXIT_SUCCESS;
}

/* @text, padded with spaces to @width characters. */
static void
append_column (GString    *line,
               const char *text,
               guint       width)
{
  glong length = g_utf8_strlen (text, -1);

  g_string_append (line, text);
  for (glong i = length; i < (glong) width + 2; i++)
    g_string_append_c (line, ' ');
}

static int
command_staff_list (const char  *path,
                    int          argc,
                    char       **argv)
{
  enum { USERNAME, NAME, ROLE, ORGANISATION, ACTIVE, N_COLUMNS };
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(GPtrArray) staff = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  guint widths[N_COLUMNS] = { 0, };

  if (!parse_command_options ("staff list", NULL, &argc, &argv, &error))
    return usage_error (error->message);

  store = open_existing_store (path, &error);
  if (store == NULL || (staff = caseload_store_list_staff (store, &error)) == NULL)
    return report_failure (path, error);

  {
    char **header = g_new0 (char *, N_COLUMNS + 1);

    /* Translators: column headings of “caseload-admin staff list”. */
    header[USERNAME] = g_strdup (_("USERNAME"));
    header[NAME] = g_strdup (_("NAME"));
    header[ROLE] = g_strdup (_("ROLE"));
    header[ORGANISATION] = g_strdup (_("ORGANISATION"));
    header[ACTIVE] = g_strdup (_("ACTIVE"));
    g_ptr_array_add (rows, header);
  }

  for (guint i = 0; i < staff->len; i++)
    {
      CaseloadStaff *member = g_ptr_array_index (staff, i);
      const char *organisation = caseload_staff_get_organisation_name (member);
      char **row = g_new0 (char *, N_COLUMNS + 1);

      row[USERNAME] = g_strdup (caseload_staff_get_username (member) != NULL ? caseload_staff_get_username (member) : "-");
      row[NAME] = g_strdup (caseload_staff_get_display_name (member));
      row[ROLE] = g_strdup (caseload_access_role_to_code (caseload_staff_get_access_role (member)));
      row[ORGANISATION] = g_strdup (organisation != NULL ? organisation : caseload_staff_get_organisation_id (member));
      row[ACTIVE] = g_strdup (caseload_staff_get_active (member) ? _("yes") : _("no"));
      g_ptr_array_add (rows, row);
    }

  for (guint r = 0; r < rows->len; r++)
    {
      char **row = g_ptr_array_index (rows, r);

      for (guint c = 0; c < N_COLUMNS; c++)
        widths[c] = MAX (widths[c], (guint) g_utf8_strlen (row[c] != NULL ? row[c] : "", -1));
    }

  for (guint r = 0; r < rows->len; r++)
    {
      char **row = g_ptr_array_index (rows, r);
      g_autoptr(GString) line = g_string_new (NULL);

      for (guint c = 0; c < N_COLUMNS - 1; c++)
        append_column (line, row[c] != NULL ? row[c] : "", widths[c]);
      g_string_append (line, row[N_COLUMNS - 1]);
      g_print ("%s\n", line->str);
    }

  return EXIT_SUCCESS;
}

static int
command_staff_deactivate (const char  *path,
                          int          argc,
                          char       **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(CaseloadStaff) staff = NULL;

  if (!parse_arguments ("staff deactivate", _("USERNAME"), 1, NULL, NULL, &argc, &argv, &error))
    return usage_error (error->message);

  store = open_existing_store (path, &error);
  if (store == NULL || (staff = find_staff (store, argv[2], &error)) == NULL)
    return report_failure (path, error);

  if (!caseload_staff_get_active (staff))
    {
      g_print (_("%s (%s) was already deactivated.\n"),
               caseload_staff_get_display_name (staff), caseload_staff_get_username (staff));
      return EXIT_SUCCESS;
    }

  if (!caseload_store_set_staff_active (store, NULL, caseload_staff_get_id (staff), FALSE, &error))
    return report_failure (path, error);

  g_print (_("Deactivated %s (%s): they can no longer sign in. Their entries keep their name.\n"),
           caseload_staff_get_display_name (staff), caseload_staff_get_username (staff));
  return EXIT_SUCCESS;
}

static int
command_staff_reset_password (const char  *path,
                              int          argc,
                              char       **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStore) store = NULL;
  g_autoptr(CaseloadStaff) staff = NULL;
  g_autoptr(SecretString) password = NULL;

  if (!parse_arguments ("staff reset-password", _("USERNAME"), 1, NULL, NULL, &argc, &argv, &error))
    return usage_error (error->message);

  store = open_existing_store (path, &error);
  if (store == NULL ||
      (staff = find_staff (store, argv[2], &error)) == NULL ||
      !set_temporary_password (store, staff, &password, &error))
    return report_failure (path, error);

  g_print (_("New password for %s (%s).\n"),
           caseload_staff_get_display_name (staff), caseload_staff_get_username (staff));
  print_temporary_password (staff, password);
  if (!caseload_staff_get_active (staff))
    g_print (_("Their account is deactivated: they cannot sign in with it.\n"));
  return EXIT_SUCCESS;
}

static const struct {
  const char  *name;
  CommandFunc  func;
} staff_commands[] = {
  { "add",            command_staff_add },
  { "list",           command_staff_list },
  { "deactivate",     command_staff_deactivate },
  { "reset-password", command_staff_reset_password },
};

static int
command_staff (const char  *path,
               int          argc,
               char       **argv)
{
  /* argv: the program, "staff", the staff command and its options. */
  if (argc < 3)
    return usage_error (_("Give a staff command: add, list, deactivate or reset-password"));

  for (guint i = 0; i < G_N_ELEMENTS (staff_commands); i++)
    {
      /* The staff command's own argv starts at "staff", as if it were the program. */
      if (g_str_equal (argv[2], staff_commands[i].name))
        return staff_commands[i].func (path, argc - 1, argv + 1);
    }

  {
    g_autofree char *message = g_strdup_printf (_("Unknown staff command “%s”"), argv[2]);

    return usage_error (message);
  }
}

/* The audit trail */

static int
command_verify_audit (const char  *path,
                      int          argc,
                      char       **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadStore) store = NULL;
  g_autofree char *count = NULL;
  gint64 n_checked = 0;
  guint n_trails = 0;

  if (!parse_command_options ("verify-audit", NULL, &argc, &argv, &error))
    return usage_error (error->message);

  store = open_existing_store (path, &error);
  if (store == NULL)
    return report_failure (path, error);

  if (!caseload_store_verify_audit (store, &n_checked, &error))
    return report_failure (path, error);
  if (is_site (path) && !admin_site_count_imports (path, &n_trails, &error))
    return report_failure (path, error);

  count = g_strdup_printf ("%" G_GINT64_FORMAT, n_checked);
  g_print (g_dngettext (GETTEXT_PACKAGE,
                        "Audit trail intact: %s event checked\n",
                        "Audit trail intact: %s events checked\n",
                        (gulong) CLAMP (n_checked, 0, G_MAXLONG)),
           count);
  if (n_trails > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "including %u desk trail copied into the site, checked against its import event\n",
                          "including %u desk trails copied into the site, each checked against its import event\n",
                          n_trails),
             n_trails);
  return EXIT_SUCCESS;
}

/* Copying a desk into the shared site */

static int
command_copy (const char  *path,
              int          argc,
              char       **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadClock) clock = NULL;
  g_autoptr(CaseloadStore) site = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *decisions = NULL;
  AdminCopyOptions options = { NULL, };
  const char *description =
    _("Copies an embedded (desk) database into a shared site, in one transaction, with its record ids, "
      "versions, times and audit trail as they were. The desk's database must be at this Caseload's schema. "
      "People whose NHS number the site already has under another record stop the copy until a decisions file "
      "says, for each, use-site or skip; a template is written next to the desk's file. Staff passwords are not "
      "copied: give each copied staff member a new one with staff reset-password.");
  GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_FILENAME, &from,
      N_("The desk's database file (required)"), N_("FILE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to,
      N_("The shared site, postgresql://OWNER:PASSWORD@HOST:PORT/DATABASE (default: --database)"), N_("URI") },
    { "decisions", 0, 0, G_OPTION_ARG_FILENAME, &decisions,
      N_("What to do with each person the site already has: a completed template"), N_("FILE") },
    { NULL }
  };

  if (!parse_arguments ("copy", NULL, 0, description, entries, &argc, &argv, &error))
    return usage_error (error->message);
  if (from == NULL || *from == '\0')
    return usage_error (_("Give the desk's database with --from FILE"));
  if (to == NULL && is_site (path))
    to = g_strdup (path);
  if (to == NULL || !is_site (to))
    return usage_error (_("Give the shared site with --to postgresql://…"));
  if (!admin_site_check_uri (to, &error))
    return usage_error (error->message);

  /* The store checks the site first: reachable, signed in, at this build's schema. */
  clock = caseload_clock_new_system ();
  site = caseload_store_postgresql_open_admin (to, clock, FALSE, &error);
  if (site == NULL)
    return report_failure (to, error);

  options.from = from;
  options.to = to;
  options.decisions = decisions;
  options.site_version = caseload_store_get_schema_version (site);
  g_clear_object (&site);

  if (!admin_copy_run (&options, &error))
    return report_failure (to, error);
  return EXIT_SUCCESS;
}

static const struct {
  const char  *name;
  CommandFunc  func;
} commands[] = {
  { "init",    command_migrate },
  { "migrate", command_migrate },
  { "demo",    command_demo },
  { "stats",   command_stats },
  { "staff",   command_staff },
  { "verify-audit", command_verify_audit },
  { "copy",    command_copy },
};

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *database = NULL;
  g_autofree char *path = NULL;
  g_autofree char *description = NULL;
  GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database,
      N_("The database file, or a shared site’s postgresql:// URI (default: the file the application uses)"),
      N_("PATH|URI") },
    { NULL }
  };

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  description = g_strdup_printf ("%s\n"
                                 "  init      %s\n"
                                 "  migrate   %s\n"
                                 "  demo      %s\n"
                                 "            %s\n"
                                 "  stats     %s\n"
                                 "  staff add --username U --name N --role ROLE --organisation ORG\n"
                                 "            [--job-title T] [--email E]\n"
                                 "            %s\n"
                                 "            %s\n"
                                 "  staff list\n"
                                 "            %s\n"
                                 "  staff deactivate %s\n"
                                 "            %s\n"
                                 "  staff reset-password %s\n"
                                 "            %s\n"
                                 "  verify-audit\n"
                                 "            %s\n"
                                 "  copy --from FILE --to URI [--decisions FILE]\n"
                                 "            %s\n"
                                 "\n"
                                 "%s\n"
                                 "\n"
                                 "%s\n"
                                 "  0  %s\n"
                                 "  1  %s\n"
                                 "  2  %s\n"
                                 "  3  %s\n",
                                 _("Commands:"),
                                 _("Create the database, or bring it up to date, and show its schema version"),
                                 _("Bring the database up to date and show its schema version"),
                                 _("Add fictional demo people (see “caseload-admin demo --help”):"),
                                 "[--people N] [--entries-per-person N] [--heavy-people N] [--seed N]",
                                 _("Count the organisations, staff and people"),
                                 _("Add a staff member, with a temporary password they must change"),
                                 _("(the roles: “caseload-admin staff add --help”)"),
                                 _("List staff: username, name, role, organisation and whether active"),
                                 _("USERNAME"),
                                 _("Stop a staff member signing in; their entries keep their name"),
                                 _("USERNAME"),
                                 _("Give a staff member a new temporary password they must change"),
                                 _("Check that no audit event has been altered, removed or reordered"),
                                 _("Copy a desk’s database into a shared site (see “caseload-admin copy --help”)"),
                                 _("A shared site is given as postgresql://OWNER:PASSWORD@HOST:PORT/DATABASE, as its "
                                   "owner or a superuser; passwords are never printed."),
                                 _("Exit status:"),
                                 _("success (for verify-audit: the audit trail is intact)"),
                                 _("the work failed, e.g. no such database or staff member, an unreachable server, "
                                   "refused credentials or rights, or a schema from a newer Caseload"),
                                 _("bad usage"),
                                 _("verify-audit found the audit trail altered (or copy found the desk’s altered); "
                                   "the message names the first event at fault"));

  context = g_option_context_new (_("COMMAND"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _("Looks after Caseload databases."));
  g_option_context_set_description (context, description);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  /* Stop at the command: its own options are parsed by the command. */
  g_option_context_set_strict_posix (context, TRUE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error (error->message);

  if (argc < 2)
    return usage_error (_("Give a command: init, migrate, demo, stats, staff, verify-audit or copy"));

  path = database != NULL ? g_strdup (database) : caseload_store_sqlite_default_path ();
  if (is_site (path) && !admin_site_check_uri (path, &error))
    return usage_error (error->message);

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (g_str_equal (argv[1], commands[i].name))
        return commands[i].func (path, argc, argv);
    }

  {
    g_autofree char *message = g_strdup_printf (_("Unknown command “%s”"), argv[1]);

    return usage_error (message);
  }
}
