/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-admin"

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include <glib/gi18n.h>

#include "caseload-demo.h"
#include "caseload-error.h"
#include "caseload-store-sqlite.h"

/* caseload-admin: creates, migrates and fills Caseload databases from the command line.
 * Exit status: 0 on success, 1 when the work failed, 2 for bad usage. */

#define EXIT_USAGE 2

typedef int (*CommandFunc) (const char *path, int argc, char **argv);

static void
print_error (const char *message)
{
  g_printerr ("caseload-admin: %s\n", message);
}

static int
usage_error (const char *message)
{
  print_error (message);
  g_printerr (_("Try “caseload-admin --help” for more information.\n"));
  return EXIT_USAGE;
}

static CaseloadStore *
open_store (const char     *path,
            CaseloadClock  *clock,
            GError        **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  /* SQLite makes the file but not the folder it lives in. */
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not create the folder “%s”: %s"), dir, g_strerror (saved_errno));
      return NULL;
    }

  return caseload_store_sqlite_new (path, clock, error);
}

/* Counts of organisations, staff and people; people are counted as the first staff
 * member, who the application acts as by default. */
static gboolean
count_records (CaseloadStore  *store,
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
  *n_people = 0;
  if (staff->len > 0 &&
      !caseload_store_count_people (store, g_ptr_array_index (staff, 0), NULL, n_people, error))
    return FALSE;

  return TRUE;
}

static gboolean
parse_command_options (const char    *command,
                       GOptionEntry  *entries,
                       int           *argc,
                       char        ***argv,
                       GError       **error)
{
  g_autoptr(GOptionContext) context = g_option_context_new (command);

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, error))
    return FALSE;

  /* argv[0] is the program, argv[1] the command itself. */
  if (*argc > 2)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                   _("Unexpected argument “%s”"), (*argv)[2]);
      return FALSE;
    }

  return TRUE;
}

static int
command_migrate (const char  *path,
                 int          argc,
                 char       **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadClock) clock = NULL;
  g_autoptr(CaseloadStore) store = NULL;

  if (!parse_command_options (argv[1], NULL, &argc, &argv, &error))
    return usage_error (error->message);

  clock = caseload_clock_new_system ();
  store = open_store (path, clock, &error);
  if (store == NULL)
    {
      print_error (error->message);
      return EXIT_FAILURE;
    }

  g_print (_("Database: %s\n"), path);
  g_print (_("Schema version: %d\n"), caseload_store_get_schema_version (store));
  return EXIT_SUCCESS;
}

static int
command_demo (const char  *path,
              int          argc,
              char       **argv)
{
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
      !count_records (store, &before_organisations, &before_staff, &before_people, &error))
    {
      print_error (error->message);
      return EXIT_FAILURE;
    }

  /* Fictional people must never slip into a real caseload. */
  if (before_people > 0 && !add_to_existing)
    {
      g_autofree char *message =
        g_strdup_printf (_("“%s” already has %u people in it, so no demo people were added. "
                           "Use a new database, or --add-to-existing on a copy made for load work."),
                         path, before_people);
      print_error (message);
      return EXIT_FAILURE;
    }

  timer = g_timer_new ();
  if (!caseload_demo_seed (store, clock, &options, &error))
    {
      print_error (error->message);
      return EXIT_FAILURE;
    }
  seconds = g_timer_elapsed (timer, NULL);

  if (!count_records (store, &n_organisations, &n_staff, &n_people, &error))
    {
      print_error (error->message);
      return EXIT_FAILURE;
    }

  g_print (_("Database: %s\n"), path);
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
  g_autoptr(GError) error = NULL;
  g_autoptr(CaseloadClock) clock = NULL;
  g_autoptr(CaseloadStore) store = NULL;
  guint n_organisations, n_staff, n_people;

  if (!parse_command_options (argv[1], NULL, &argc, &argv, &error))
    return usage_error (error->message);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *message = g_strdup_printf (_("There is no database at “%s”. Run “caseload-admin init” to make one."),
                                                  path);

      print_error (message);
      return EXIT_FAILURE;
    }

  clock = caseload_clock_new_system ();
  store = open_store (path, clock, &error);
  if (store == NULL || !count_records (store, &n_organisations, &n_staff, &n_people, &error))
    {
      print_error (error->message);
      return EXIT_FAILURE;
    }

  g_print (_("Database: %s\n"), path);
  g_print (_("Schema version: %d\n"), caseload_store_get_schema_version (store));
  g_print (_("Organisations: %u\n"), n_organisations);
  g_print (_("Staff: %u\n"), n_staff);
  g_print (_("People: %u\n"), n_people);
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
      N_("The database file (default: the one the application uses)"), N_("PATH") },
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
                                 "  stats     %s\n",
                                 _("Commands:"),
                                 _("Create the database, or bring it up to date, and show its schema version"),
                                 _("Bring the database up to date and show its schema version"),
                                 _("Add fictional demo people (see “caseload-admin demo --help”):"),
                                 "[--people N] [--entries-per-person N] [--heavy-people N] [--seed N]",
                                 _("Count the organisations, staff and people"));

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
    return usage_error (_("Give a command: init, migrate, demo or stats"));

  path = database != NULL ? g_strdup (database) : caseload_store_sqlite_default_path ();

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
