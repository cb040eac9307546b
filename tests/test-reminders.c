/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "caseload-reminders.h"

/* A notification can show on a locked screen: its text is counts and categories only.
 * The fixture is the context a reminder is worked out in; none of it may leak. */
static const char * const context_words[] = {
  "Sam", "Patel", "Priya Shah", "943 476 5919", "9434765919", "RM17 6SL",
  "Ward 3", "overdose", "Thurrock",
};

typedef struct {
  CaseloadReminderCounts counts;
  const char            *lines[4];
} ReminderCase;

static const ReminderCase reminder_cases[] = {
  { { 1, 0, 0 }, { "1 new allocation" } },
  { { 2, 0, 0 }, { "2 new allocations" } },
  { { 0, 1, 0 }, { "1 task due today or overdue" } },
  { { 0, 5, 0 }, { "5 tasks due today or overdue" } },
  { { 0, 0, 1 }, { "1 waiting time near breach" } },
  { { 0, 0, 3 }, { "3 waiting times near breach" } },
  { { 2, 1, 3 }, { "2 new allocations", "1 task due today or overdue", "3 waiting times near breach" } },
  { { 1, 0, 12 }, { "1 new allocation", "12 waiting times near breach" } },
};

static void
assert_nothing_identifying (const char *text)
{
  for (guint i = 0; i < G_N_ELEMENTS (context_words); i++)
    {
      if (strstr (text, context_words[i]) != NULL)
        g_error ("“%s” names “%s”", text, context_words[i]);
    }

  /* Digits, letters of the category words, spaces and line breaks only. */
  for (const char *p = text; *p != '\0'; p++)
    g_assert_true (g_ascii_isalnum (*p) || *p == ' ' || *p == '\n');
}

static void
test_describe (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (reminder_cases); i++)
    {
      const ReminderCase *c = &reminder_cases[i];
      g_autofree char *title = NULL;
      g_autofree char *body = NULL;
      g_autofree char *expected = NULL;

      g_assert_true (caseload_reminders_describe (&c->counts, &title, &body));
      g_assert_cmpstr (title, ==, "Caseload reminders");

      expected = g_strjoinv ("\n", (char **) c->lines);
      g_assert_cmpstr (body, ==, expected);

      assert_nothing_identifying (title);
      assert_nothing_identifying (body);
    }
}

static void
test_nothing_to_say (void)
{
  CaseloadReminderCounts zero = { 0, 0, 0 };
  char *title = (char *) "untouched";
  char *body = (char *) "untouched";

  g_assert_false (caseload_reminders_describe (&zero, &title, &body));
  g_assert_cmpstr (title, ==, "untouched");
  g_assert_cmpstr (body, ==, "untouched");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/reminders/describe", test_describe);
  g_test_add_func ("/reminders/nothing-to-say", test_nothing_to_say);

  return g_test_run ();
}
