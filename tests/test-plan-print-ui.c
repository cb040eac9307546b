/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The person's printed copy of their plan, "Give a Copy…" and the Review dialog, driven
 * through their real widgets, headless. The plan lives in a store that keeps versions in
 * memory the way the contract says (a save of anything but the newest version is a
 * conflict; every save is a new version stamped with the author), so what the dialogs
 * save is checked against what was typed. */

#include "config.h"

#include <adwaita.h>

#include "caseload-core.h"
#include "caseload-format.h"
#include "caseload-measure.h"
#include "caseload-plan-action.h"
#include "caseload-plan-copy-dialog.h"
#include "caseload-plan-goal.h"
#include "caseload-plan-outcome-actions.h"
#include "caseload-plan-print.h"
#include "caseload-review-dialog.h"
#include "caseload-review-list.h"
#include "test-ui-util.h"
#include "test-util.h"

#define TIMEOUT_MS 20000
#define PERSON_ID  "person-1"
#define WHAT_MATTERS "Getting back to swimming with my sister on Saturdays"
#define PERSON_SAID "The swimming has helped more than I thought it would"
#define MEASURE_CHANGE "PHQ-9: 18 (moderately severe) → 11 (moderate), down 7: better"

/* A store that knows a person's plan versions, reviews and the audit trail. */

#define TEST_TYPE_PLAN_STORE (test_plan_store_get_type ())
G_DECLARE_FINAL_TYPE (TestPlanStore, test_plan_store, TEST, PLAN_STORE, GObject)

struct _TestPlanStore
{
  GObject    parent_instance;

  GMutex     lock;
  GPtrArray *versions;   /* CaseloadPlan, oldest first */
  GPtrArray *reviews;    /* CaseloadReview, newest first */
  GPtrArray *events;     /* "action person detail" */
};

static void test_plan_store_iface_init (CaseloadStoreInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TestPlanStore, test_plan_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (CASELOAD_TYPE_STORE, test_plan_store_iface_init))

static int
newest_version (TestPlanStore *self)
{
  return (int) self->versions->len;
}

static CaseloadPlan *
test_plan_store_get_plan (CaseloadStore  *store,
                          CaseloadStaff  *actor,
                          const char     *person_id,
                          int             version,
                          GError        **error)
{
  TestPlanStore *self = TEST_PLAN_STORE (store);
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->lock);
  CaseloadPlan *plan;

  if (version == 0 && self->versions->len == 0)
    {
      plan = caseload_plan_new ();
      caseload_plan_set_person_id (plan, person_id);
      return plan;
    }
  if (version == 0)
    version = newest_version (self);
  if (version < 1 || version > newest_version (self))
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_NOT_FOUND, "No such version");
      return NULL;
    }

  return caseload_plan_copy (g_ptr_array_index (self->versions, version - 1));
}

/* The store's part of a save, under the lock. */
static gboolean
save_locked (TestPlanStore  *self,
             CaseloadStaff  *actor,
             CaseloadPlan   *plan,
             GError        **error)
{
  g_autofree char *id = NULL;

  if (caseload_plan_get_version (plan) != newest_version (self))
    {
      g_set_error_literal (error, CASELOAD_ERROR, CASELOAD_ERROR_CONFLICT, "Someone else saved a newer version.");
      return FALSE;
    }

  id = g_strdup_printf ("version-%d", newest_version (self) + 1);
  caseload_plan_set_id (plan, id);
  caseload_plan_set_version (plan, newest_version (self) + 1);
  caseload_plan_set_saved_at (plan, "2026-11-22T10:00:00Z");
  caseload_plan_set_author_id (plan, caseload_staff_get_id (actor));
  caseload_plan_set_author_name (plan, caseload_staff_get_display_name (actor));
  caseload_plan_set_organisation_id (plan, "org-1");
  caseload_plan_set_organisation_name (plan, "Thurrock & Brentwood Mind");
  g_ptr_array_add (self->versions, caseload_plan_copy (plan));

  return TRUE;
}

static gboolean
test_plan_store_save_plan (CaseloadStore  *store,
                           CaseloadStaff  *actor,
                           CaseloadPlan   *plan,
                           GError        **error)
{
  TestPlanStore *self = TEST_PLAN_STORE (store);
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->lock);

  return save_locked (self, actor, plan, error);
}

static gboolean
test_plan_store_save_review (CaseloadStore   *store,
                             CaseloadStaff   *actor,
                             CaseloadReview  *review,
                             CaseloadPlan    *plan,
                             GError         **error)
{
  TestPlanStore *self = TEST_PLAN_STORE (store);
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->lock);
  CaseloadReview *kept = caseload_review_new ();

  g_assert_cmpstr (caseload_plan_get_review_on (plan), ==, caseload_review_get_next_review_on (review));
  if (!save_locked (self, actor, plan, error))
    {
      g_object_unref (kept);
      return FALSE;
    }

  caseload_review_set_id (review, "review-1");
  caseload_review_set_plan_version (review, caseload_plan_get_version (plan));
  caseload_review_set_reviewed_by (review, caseload_staff_get_id (actor));
  caseload_review_set_reviewed_by_name (review, caseload_staff_get_display_name (actor));
  caseload_review_set_organisation_name (review, "Thurrock & Brentwood Mind");

  g_object_set (kept,
                "id", caseload_review_get_id (review),
                "person-id", caseload_review_get_person_id (review),
                "reviewed-on", caseload_review_get_reviewed_on (review),
                "person-said", caseload_review_get_person_said (review),
                "goal-progress", caseload_review_get_goal_progress (review),
                "measure-changes", caseload_review_get_measure_changes (review),
                "plan-version", caseload_review_get_plan_version (review),
                "next-review-on", caseload_review_get_next_review_on (review),
                "reviewed-by-name", caseload_review_get_reviewed_by_name (review),
                "organisation-name", caseload_review_get_organisation_name (review),
                NULL);
  g_ptr_array_insert (self->reviews, 0, kept);

  return TRUE;
}

static GPtrArray *
test_plan_store_list_reviews (CaseloadStore  *store,
                              CaseloadStaff  *actor,
                              const char     *person_id,
                              GError        **error)
{
  TestPlanStore *self = TEST_PLAN_STORE (store);
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->lock);

  return g_ptr_array_copy (self->reviews, (GCopyFunc) (void (*)(void)) g_object_ref, NULL);
}

static gboolean
test_plan_store_record_event (CaseloadStore  *store,
                              CaseloadStaff  *actor,
                              const char     *action,
                              const char     *person_id,
                              const char     *detail,
                              GError        **error)
{
  TestPlanStore *self = TEST_PLAN_STORE (store);
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->lock);

  g_ptr_array_add (self->events, g_strdup_printf ("%s %s %s", action, person_id, detail));

  return TRUE;
}

static void
test_plan_store_iface_init (CaseloadStoreInterface *iface)
{
  iface->get_plan = test_plan_store_get_plan;
  iface->save_plan = test_plan_store_save_plan;
  iface->save_review = test_plan_store_save_review;
  iface->list_reviews = test_plan_store_list_reviews;
  iface->record_event = test_plan_store_record_event;
}

static void
test_plan_store_finalize (GObject *object)
{
  TestPlanStore *self = TEST_PLAN_STORE (object);

  g_mutex_clear (&self->lock);
  g_ptr_array_unref (self->versions);
  g_ptr_array_unref (self->reviews);
  g_ptr_array_unref (self->events);

  G_OBJECT_CLASS (test_plan_store_parent_class)->finalize (object);
}

static void
test_plan_store_class_init (TestPlanStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = test_plan_store_finalize;
}

static void
test_plan_store_init (TestPlanStore *self)
{
  g_mutex_init (&self->lock);
  self->versions = g_ptr_array_new_with_free_func (g_object_unref);
  self->reviews = g_ptr_array_new_with_free_func (g_object_unref);
  self->events = g_ptr_array_new_with_free_func (g_free);
}

static guint
count_events (TestPlanStore *self)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->lock);

  return self->events->len;
}

static guint
count_versions (TestPlanStore *self)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->lock);

  return self->versions->len;
}

/* The fixture: a Mind worker and a person whose plan has two versions, on 22 Nov 2026. */

typedef struct {
  char            *dir;
  CaseloadClock   *clock;
  TestPlanStore   *store;
  CaseloadContext *context;
  CaseloadPerson  *person;
  CaseloadPlan    *plan;      /* the current version, as the Plan view has it */
  GtkWindow       *window;
} Fixture;

static CaseloadPlanGoal *
make_goal (const char           *id,
           const char           *words,
           CaseloadLifeArea      area,
           CaseloadGoalProgress  progress)
{
  CaseloadPlanGoal *goal = caseload_plan_goal_new ();

  caseload_plan_goal_set_id (goal, id);
  caseload_plan_goal_set_words (goal, words);
  caseload_plan_goal_set_life_area (goal, area);
  caseload_plan_goal_set_target_on (goal, "2027-03-01");
  caseload_plan_goal_set_progress (goal, progress);

  return goal;
}

static void
add_action (CaseloadPlanGoal        *goal,
            const char              *id,
            CaseloadActionOwnerKind  kind,
            const char              *owner,
            const char              *words)
{
  CaseloadPlanAction *action = caseload_plan_action_new ();

  caseload_plan_action_set_id (action, id);
  caseload_plan_action_set_owner_kind (action, kind);
  caseload_plan_action_set_owner_name (action, owner);
  caseload_plan_action_set_words (action, words);
  caseload_plan_action_set_due_on (action, "2026-12-15");
  g_ptr_array_add (caseload_plan_goal_get_actions (goal), action);
}

/* Saves a plan as the store's next version (as someone else at the desk might). */
static void
save_version (Fixture      *fixture,
              CaseloadPlan *plan)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (caseload_store_save_plan (CASELOAD_STORE (fixture->store), caseload_context_get_actor (fixture->context),
                                           plan, &error));
  g_assert_no_error (error);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 22, 10, 0, 0);
  g_autoptr(CaseloadStaff) worker = caseload_staff_new ();
  g_autoptr(CaseloadPlan) plan = caseload_plan_new ();
  g_autoptr(GError) error = NULL;
  CaseloadPlanGoal *goal;

  fixture->dir = g_dir_make_tmp ("caseload-plan-print-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->clock = caseload_clock_new_fixed (now);
  fixture->store = g_object_new (TEST_TYPE_PLAN_STORE, NULL);
  fixture->context = caseload_context_new (CASELOAD_STORE (fixture->store), fixture->clock);

  caseload_staff_set_id (worker, "staff-1");
  caseload_staff_set_display_name (worker, "Morven Adeyinka");
  caseload_staff_set_organisation_id (worker, "org-1");
  caseload_staff_set_access_role (worker, CASELOAD_ROLE_PEER_SUPPORT_WORKER);
  caseload_context_set_actor (fixture->context, worker);

  fixture->person = caseload_person_new ();
  caseload_person_set_id (fixture->person, PERSON_ID);
  caseload_person_set_given_name (fixture->person, "Alex");
  caseload_person_set_family_name (fixture->person, "Okonkwo");

  caseload_plan_set_person_id (plan, PERSON_ID);
  caseload_plan_set_what_matters (plan, WHAT_MATTERS);
  caseload_plan_set_what_matters_by (plan, CASELOAD_COPRODUCTION_PERSON_WROTE);
  caseload_plan_set_strengths_personal (plan, "I am patient and good with my hands");
  caseload_plan_set_strengths_people (plan, "My sister Bea");
  caseload_plan_set_strengths_community (plan, "The Grays community hub");
  caseload_plan_set_warning_signs (plan, "Not sleeping, staying in my room");
  caseload_plan_set_what_helps (plan, "A walk by the river");
  caseload_plan_set_who_to_contact (plan, "Bea, then my peer support worker");
  caseload_plan_set_review_on (plan, "2027-02-22");
  save_version (fixture, plan);

  goal = make_goal ("goal-1", "Swim once a week", CASELOAD_LIFE_AREA_LEISURE, CASELOAD_GOAL_UNDER_WAY);
  add_action (goal, "action-1", CASELOAD_ACTION_OWNER_PERSON, NULL, "Buy a swimming pass");
  add_action (goal, "action-2", CASELOAD_ACTION_OWNER_NETWORK, "Bea", "Come with me the first time");
  g_ptr_array_add (caseload_plan_get_goals (plan), goal);
  goal = make_goal ("goal-2", "Find part-time work", CASELOAD_LIFE_AREA_JOB, CASELOAD_GOAL_NOT_STARTED);
  add_action (goal, "action-3", CASELOAD_ACTION_OWNER_ORGANISATION, "Thurrock & Brentwood Mind",
              "Book a meeting with the employment adviser");
  g_ptr_array_add (caseload_plan_get_goals (plan), goal);
  save_version (fixture, plan);

  fixture->plan = caseload_store_get_plan (CASELOAD_STORE (fixture->store), worker, PERSON_ID, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (caseload_plan_get_version (fixture->plan), ==, 2);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  g_object_ref_sink (fixture->window);
  gtk_window_present (fixture->window);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  user_data)
{
  gtk_window_destroy (fixture->window);
  test_ui_spin (200);
  g_assert_finalize_object (g_steal_pointer (&fixture->window));
  g_clear_object (&fixture->plan);
  g_clear_object (&fixture->person);
  g_assert_finalize_object (g_steal_pointer (&fixture->context));
  g_assert_finalize_object (g_steal_pointer (&fixture->store));
  g_assert_finalize_object (g_steal_pointer (&fixture->clock));
  test_remove_dir (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

static gboolean
one_event (gpointer data)
{
  return count_events (data) >= 1;
}

/* The height on paper, in points, of the first @word in the PDF at @path (pdftotext
 * -bbox): DejaVu Sans's box is about 1.16 times the font size. */
static double
word_height (const char *path,
             const char *word)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *output = NULL;
  g_autofree char *pattern = g_strdup_printf ("yMin=\"([0-9.]+)\" xMax=\"[0-9.]+\" yMax=\"([0-9.]+)\">%s<", word);
  g_autoptr(GRegex) regex = g_regex_new (pattern, 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *top = NULL;
  g_autofree char *bottom = NULL;
  const char *argv[] = { pdftotext, "-bbox", path, "-", NULL };

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &output, NULL, NULL, NULL));
  g_assert_true (g_regex_match (regex, output, 0, &match));
  top = g_match_info_fetch (match, 1);
  bottom = g_match_info_fetch (match, 2);

  return g_ascii_strtod (bottom, NULL) - g_ascii_strtod (top, NULL);
}

/* The copy for the person: a PDF whose text has their words first, their goals and who
 * does what, the crisis line and the team; audited without their details. */
static void
test_print_pdf (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "plan.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;
  g_autofree char *words = NULL;
  g_autoptr(GError) error = NULL;
  const char *event;
  gsize length;

  caseload_plan_print_run (GTK_WIDGET (fixture->window), fixture->context, fixture->person, fixture->plan, path);
  test_ui_wait_until (one_event, fixture->store, TIMEOUT_MS, "the print to be audited");

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
  g_assert_cmpuint (length, >, 1000);
  if (g_getenv ("CASELOAD_TEST_KEEP_PDF") != NULL)
    g_assert_true (g_file_set_contents (g_getenv ("CASELOAD_TEST_KEEP_PDF"), contents, (gssize) length, NULL));

  /* Audited as a print of version 2 of this person's plan, with nothing they said */
  event = g_ptr_array_index (fixture->store->events, 0);
  g_assert_cmpstr (event, ==, "print " PERSON_ID " {\"what\":\"plan\",\"version\":2}");
  g_assert_null (strstr (event, "swim"));
  words = caseload_format_audit_action ("print", "{\"what\":\"plan\",\"version\":2}");
  g_assert_cmpstr (words, ==, "Printed the person’s copy of their plan");

  text = test_ui_pdf_text (path);
  if (text == NULL)
    {
      g_test_message ("pdftotext is not installed: the PDF's text is not checked");
      return;
    }

  g_assert_nonnull (strstr (text, "My Support Plan"));
  g_assert_nonnull (strstr (text, "Alex Okonkwo"));
  /* Their words first */
  g_assert_nonnull (strstr (text, "What matters to me " WHAT_MATTERS));
  g_assert_true (strstr (text, WHAT_MATTERS) < strstr (text, "My strengths"));
  g_assert_nonnull (strstr (text, "My sister Bea"));
  g_assert_nonnull (strstr (text, "1. Swim once a week"));
  g_assert_nonnull (strstr (text, "Who will do what, by when:"));
  g_assert_nonnull (strstr (text, "Bea: Come with me the first time — by 15 December 2026"));
  g_assert_nonnull (strstr (text, "Me: Buy a swimming pass"));
  g_assert_nonnull (strstr (text, "Thurrock & Brentwood Mind: Book a meeting with the employment adviser"));
  g_assert_nonnull (strstr (text, "Early warning signs Not sleeping, staying in my room"));
  g_assert_nonnull (strstr (text, "Who to contact Bea, then my peer support worker"));
  /* The crisis line */
  g_assert_nonnull (strstr (text, "NHS 111"));
  g_assert_nonnull (strstr (text, "option 2"));
  g_assert_nonnull (strstr (text, "24 hours a day, every day"));
  g_assert_nonnull (strstr (text, "crisis sanctuary, run by Mind"));
  /* The team, the review and the day printed */
  g_assert_nonnull (strstr (text, "My team Thurrock & Brentwood Mind Written with Morven Adeyinka"));
  g_assert_nonnull (strstr (text, "by 22 February 2027"));
  g_assert_nonnull (strstr (text, "Printed 22 November 2026"));
  g_assert_nonnull (strstr (text, "Alex Okonkwo · Page 1 of"));
  /* No jargon */
  g_assert_null (strstr (text, "PCN"));
  g_assert_null (strstr (text, "DIALOG"));

  /* Large type: the person's words at 14 points or more, the headings larger */
  g_assert_cmpfloat (word_height (path, "swimming"), >=, 14 * 1.16);
  g_assert_cmpfloat (word_height (path, "strengths"), >, word_height (path, "swimming"));
}

/* A long plan runs on across pages, nothing cut off. */
static void
test_print_pages (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "long.pdf", NULL);
  g_autoptr(CaseloadPlan) plan = caseload_plan_copy (fixture->plan);
  g_autoptr(GString) long_words = g_string_new (NULL);
  g_autoptr(GDateTime) now = caseload_clock_now (fixture->clock);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  for (guint i = 1; i <= 150; i++)
    g_string_append_printf (long_words, "Line %u of what matters to me. ", i);
  g_string_append (long_words, "The very last words.");
  caseload_plan_set_what_matters (plan, long_words->str);

  operation = caseload_plan_print_operation_new (plan, fixture->person, now);
  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error), ==,
                   GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);

  text = test_ui_pdf_text (path);
  if (text == NULL)
    return;

  g_assert_nonnull (strstr (text, "Line 150 of what matters to me. The very last words."));
  g_assert_nonnull (strstr (text, "Page 2 of"));
  g_assert_nonnull (strstr (text, "option 2"));

  /* Every page says whose plan it is, not only the first under the title */
  g_free (text);
  text = test_ui_pdf_pages_text (path, 2, 2);
  g_assert_nonnull (strstr (text, "Alex Okonkwo · Page 2 of"));
  g_assert_null (strstr (text, "My Support Plan"));
}

static gboolean
flag_set (gpointer data)
{
  return *(gboolean *) data;
}

static void
on_saved_cb (GObject  *dialog,
             GObject  *record,
             gboolean *saved)
{
  *saved = TRUE;
}

static void
set_text (GtkWidget  *widget,
          const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (widget), text);
}

/* Give a Copy: a translated copy needs its language, beside the field; then it is a new
 * version with the date, the format and the language. */
static void
test_give_copy (Fixture       *fixture,
                gconstpointer  user_data)
{
  CaseloadPlanCopyDialog *dialog = caseload_plan_copy_dialog_new (fixture->window, fixture->context, fixture->person,
                                                                  fixture->plan);
  g_autoptr(CaseloadPlan) saved_plan = NULL;
  gboolean saved = FALSE;

  g_signal_connect (dialog, "saved", G_CALLBACK (on_saved_cb), &saved);
  gtk_window_present (GTK_WINDOW (dialog));

  /* Today unless changed, printed unless changed */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (caseload_plan_copy_dialog_get_field (dialog, "copy-given-on"))),
                   ==, "22/11/2026");
  g_assert_false (gtk_widget_get_visible (caseload_plan_copy_dialog_get_field (dialog, "copy-language")));

  /* Translated, no language: refused beside the field */
  adw_combo_row_set_selected (ADW_COMBO_ROW (caseload_plan_copy_dialog_get_field (dialog, "copy-format")),
                              CASELOAD_COPY_TRANSLATED - CASELOAD_COPY_PRINTED);
  g_assert_true (gtk_widget_get_visible (caseload_plan_copy_dialog_get_field (dialog, "copy-language")));
  set_text (caseload_plan_copy_dialog_get_field (dialog, "copy-given-on"), "23/11/2026");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "copy-dialog.save", NULL));
  g_assert_cmpstr (caseload_plan_copy_dialog_get_error (dialog, "copy-language"), ==,
                   "Say which language the copy was translated into.");
  g_assert_cmpstr (caseload_plan_copy_dialog_get_error (dialog, "copy-given-on"), ==,
                   "The copy can’t be dated in the future.");
  test_ui_spin (100);
  g_assert_false (saved);
  g_assert_cmpuint (count_versions (fixture->store), ==, 2);

  /* Put right: the messages go as it is typed */
  set_text (caseload_plan_copy_dialog_get_field (dialog, "copy-language"), "Polish");
  set_text (caseload_plan_copy_dialog_get_field (dialog, "copy-given-on"), "20/11/2026");
  g_assert_null (caseload_plan_copy_dialog_get_error (dialog, "copy-language"));
  g_assert_null (caseload_plan_copy_dialog_get_error (dialog, "copy-given-on"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "copy-dialog.save", NULL));
  test_ui_wait_until (flag_set, &saved, TIMEOUT_MS, "the copy to be recorded");

  g_assert_cmpuint (count_versions (fixture->store), ==, 3);
  saved_plan = caseload_store_get_plan (CASELOAD_STORE (fixture->store), caseload_context_get_actor (fixture->context),
                                        PERSON_ID, 0, NULL);
  g_assert_cmpint (caseload_plan_get_version (saved_plan), ==, 3);
  g_assert_cmpstr (caseload_plan_get_copy_given_on (saved_plan), ==, "2026-11-20");
  g_assert_cmpint (caseload_plan_get_copy_format (saved_plan), ==, CASELOAD_COPY_TRANSLATED);
  g_assert_cmpstr (caseload_plan_get_copy_language (saved_plan), ==, "Polish");
  /* The rest of the plan as it was */
  g_assert_cmpstr (caseload_plan_get_what_matters (saved_plan), ==, WHAT_MATTERS);
  g_assert_cmpuint (caseload_plan_get_goals (saved_plan)->len, ==, 2);
}

static gboolean
banner_shown (gpointer dialog)
{
  return caseload_plan_copy_dialog_get_error (dialog, NULL) != NULL;
}

/* Someone saved the plan meanwhile: the dialog says so, takes the newest version and
 * keeps what was entered; the next save records the copy on it. */
static void
test_give_copy_conflict (Fixture       *fixture,
                         gconstpointer  user_data)
{
  CaseloadPlanCopyDialog *dialog = caseload_plan_copy_dialog_new (fixture->window, fixture->context, fixture->person,
                                                                  fixture->plan);
  g_autoptr(CaseloadPlan) other = caseload_plan_copy (fixture->plan);
  g_autoptr(CaseloadPlan) saved_plan = NULL;
  gboolean saved = FALSE;
  const char *banner;

  caseload_plan_set_what_helps (other, "Music, loud");
  save_version (fixture, other);

  g_signal_connect (dialog, "saved", G_CALLBACK (on_saved_cb), &saved);
  gtk_window_present (GTK_WINDOW (dialog));
  adw_combo_row_set_selected (ADW_COMBO_ROW (caseload_plan_copy_dialog_get_field (dialog, "copy-format")),
                              CASELOAD_COPY_READ_ALOUD - CASELOAD_COPY_PRINTED);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "copy-dialog.save", NULL));
  test_ui_wait_until (banner_shown, dialog, TIMEOUT_MS, "the conflict");
  banner = caseload_plan_copy_dialog_get_error (dialog, NULL);
  g_assert_nonnull (strstr (banner, "Someone else saved this plan"));
  g_assert_false (saved);
  g_assert_cmpuint (count_versions (fixture->store), ==, 3);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (caseload_plan_copy_dialog_get_field (dialog, "copy-format"))),
                    ==, CASELOAD_COPY_READ_ALOUD - CASELOAD_COPY_PRINTED);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "copy-dialog.save", NULL));
  test_ui_wait_until (flag_set, &saved, TIMEOUT_MS, "the copy to be recorded");
  saved_plan = caseload_store_get_plan (CASELOAD_STORE (fixture->store), caseload_context_get_actor (fixture->context),
                                        PERSON_ID, 0, NULL);
  g_assert_cmpint (caseload_plan_get_version (saved_plan), ==, 4);
  g_assert_cmpint (caseload_plan_get_copy_format (saved_plan), ==, CASELOAD_COPY_READ_ALOUD);
  g_assert_cmpstr (caseload_plan_get_copy_given_on (saved_plan), ==, "2026-11-22");
  /* The other save is kept */
  g_assert_cmpstr (caseload_plan_get_what_helps (saved_plan), ==, "Music, loud");
}

static void
set_said (CaseloadReviewDialog *dialog,
          const char           *text)
{
  GtkTextView *view = GTK_TEXT_VIEW (caseload_review_dialog_get_field (dialog, "person-said"));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
}

static char *
get_said (CaseloadReviewDialog *dialog)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (caseload_review_dialog_get_field (dialog, "person-said")));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* The dialog over the plan, with a review on 1 Sep 2026 and a PHQ-9 before and after
 * it (18, then 11). */
static CaseloadReviewDialog *
open_review (Fixture *fixture)
{
  g_autoptr(GPtrArray) reviews = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) measures = g_ptr_array_new_with_free_func (g_object_unref);
  CaseloadReview *last = caseload_review_new ();

  caseload_review_set_reviewed_on (last, "2026-09-01");
  g_ptr_array_add (reviews, last);
  test_add_measure (measures, CASELOAD_INSTRUMENT_PHQ9, "2026-11-20", "2,2,2,2,1,1,1,0,0");
  test_add_measure (measures, CASELOAD_INSTRUMENT_PHQ9, "2026-08-01", "3,3,3,3,2,2,2,0,0");
  CaseloadReviewDialog *dialog = caseload_review_dialog_new (fixture->window, fixture->context, fixture->person,
                                                             fixture->plan, reviews, measures);

  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

/* A next review date in the past is refused beside the field, with nothing lost. */
static void
test_review_past_date (Fixture       *fixture,
                       gconstpointer  user_data)
{
  CaseloadReviewDialog *dialog = open_review (fixture);
  GtkWidget *goal = caseload_review_dialog_get_field (dialog, "goal:goal-1");
  g_autofree char *said = NULL;
  gboolean saved = FALSE;

  g_signal_connect (dialog, "saved", G_CALLBACK (on_saved_cb), &saved);
  g_assert_nonnull (goal);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (goal)), ==, CASELOAD_GOAL_UNDER_WAY);
  adw_combo_row_set_selected (ADW_COMBO_ROW (goal), CASELOAD_GOAL_ACHIEVED);
  set_said (dialog, PERSON_SAID);

  /* Missing */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "review-dialog.save", NULL));
  g_assert_cmpstr (caseload_review_dialog_get_error (dialog, "next-review-on"), ==,
                   "Enter the date of the next review, as dd/mm/yyyy.");

  /* In the past */
  set_text (caseload_review_dialog_get_field (dialog, "next-review-on"), "21/11/2026");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "review-dialog.save", NULL));
  g_assert_cmpstr (caseload_review_dialog_get_error (dialog, "next-review-on"), ==,
                   "The next review cannot be in the past.");
  g_assert_null (caseload_review_dialog_get_error (dialog, "reviewed-on"));
  test_ui_spin (100);

  /* Nothing saved, nothing lost */
  g_assert_false (saved);
  g_assert_cmpuint (count_versions (fixture->store), ==, 2);
  said = get_said (dialog);
  g_assert_cmpstr (said, ==, PERSON_SAID);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (goal)), ==, CASELOAD_GOAL_ACHIEVED);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (caseload_review_dialog_get_field (dialog, "next-review-on"))),
                   ==, "21/11/2026");

  /* Put right, the message goes */
  set_text (caseload_review_dialog_get_field (dialog, "next-review-on"), "22/02/2027");
  g_assert_null (caseload_review_dialog_get_error (dialog, "next-review-on"));

  /* Closing asks first: the person's words are not lost to a stray Escape */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  test_ui_spin (100);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_nonnull (test_ui_find_window (ADW_TYPE_MESSAGE_DIALOG, TRUE));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* A review: the progress chosen, what the person said and the next date make a review
 * and a new plan version; the reviews list shows it. */
static void
test_review_saved (Fixture       *fixture,
                   gconstpointer  user_data)
{
  CaseloadReviewDialog *dialog = open_review (fixture);
  g_autoptr(CaseloadPlan) saved_plan = NULL;
  g_autoptr(GPtrArray) reviews = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *list;
  GtkWidget *expander;
  CaseloadReview *review;
  gboolean saved = FALSE;

  g_signal_connect (dialog, "saved", G_CALLBACK (on_saved_cb), &saved);
  g_assert_cmpstr (caseload_review_dialog_get_measure_changes (dialog), ==, MEASURE_CHANGE);
  adw_combo_row_set_selected (ADW_COMBO_ROW (caseload_review_dialog_get_field (dialog, "goal:goal-1")),
                              CASELOAD_GOAL_ACHIEVED);
  set_said (dialog, PERSON_SAID);
  set_text (caseload_review_dialog_get_field (dialog, "next-review-on"), "22/02/2027");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "review-dialog.save", NULL));
  test_ui_wait_until (flag_set, &saved, TIMEOUT_MS, "the review to be saved");

  /* A new version with the new progress and review date */
  g_assert_cmpuint (count_versions (fixture->store), ==, 3);
  saved_plan = caseload_store_get_plan (CASELOAD_STORE (fixture->store), caseload_context_get_actor (fixture->context),
                                        PERSON_ID, 0, NULL);
  g_assert_cmpint (caseload_plan_goal_get_progress (g_ptr_array_index (caseload_plan_get_goals (saved_plan), 0)), ==,
                   CASELOAD_GOAL_ACHIEVED);
  g_assert_cmpint (caseload_plan_goal_get_progress (g_ptr_array_index (caseload_plan_get_goals (saved_plan), 1)), ==,
                   CASELOAD_GOAL_NOT_STARTED);
  g_assert_cmpstr (caseload_plan_get_review_on (saved_plan), ==, "2027-02-22");

  reviews = caseload_store_list_reviews (CASELOAD_STORE (fixture->store), caseload_context_get_actor (fixture->context),
                                         PERSON_ID, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reviews->len, ==, 1);
  review = g_ptr_array_index (reviews, 0);
  g_assert_cmpstr (caseload_review_get_reviewed_on (review), ==, "2026-11-22");
  g_assert_cmpstr (caseload_review_get_person_said (review), ==, PERSON_SAID);
  g_assert_cmpstr (caseload_review_get_next_review_on (review), ==, "2027-02-22");
  g_assert_cmpint (caseload_review_get_plan_version (review), ==, 3);
  g_assert_cmpstr (caseload_review_get_goal_progress (review), ==,
                   "Swim once a week: Under way → Achieved\nFind part-time work: Not started");
  g_assert_cmpstr (caseload_review_get_measure_changes (review), ==, MEASURE_CHANGE);

  /* In the list: date and reviewer, and what the person said when opened */
  list = caseload_review_list_new ();
  gtk_window_set_child (fixture->window, list);
  g_assert_nonnull (test_ui_find_label_containing (list, "No reviews yet"));
  caseload_review_list_show (CASELOAD_REVIEW_LIST (list), reviews);
  test_ui_spin (50);
  g_assert_null (test_ui_find_label_containing (list, "No reviews yet"));
  g_assert_nonnull (test_ui_find_label_containing (list, "Reviewed 22 November 2026"));
  g_assert_nonnull (test_ui_find_label_containing (list, "By Morven Adeyinka, Thurrock & Brentwood Mind"));
  expander = gtk_widget_get_ancestor (test_ui_find_label_containing (list, "Reviewed 22 November 2026"), ADW_TYPE_EXPANDER_ROW);
  g_assert_nonnull (expander);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
  test_ui_spin (400);
  g_assert_nonnull (test_ui_find_label_containing (list, PERSON_SAID));
  g_assert_nonnull (test_ui_find_label_containing (list, "22 February 2027"));
  g_assert_nonnull (test_ui_find_label_containing (list, MEASURE_CHANGE));
  g_assert_nonnull (test_ui_find_label_containing (list, "Swim once a week: Under way → Achieved"));
}

/* The same through the embedded store: the review and the copy are new versions of the
 * plan, the review is listed with what the person said. */
static void
test_sqlite (void)
{
  TestStore store = { 0 };
  g_autoptr(CaseloadPerson) person = NULL;
  g_autoptr(CaseloadPlan) plan = caseload_plan_new ();
  g_autoptr(CaseloadPlan) current = NULL;
  g_autoptr(CaseloadPlan) reviewed = NULL;
  g_autoptr(CaseloadPlan) copied = NULL;
  g_autoptr(GPtrArray) reviews = NULL;
  g_autoptr(GPtrArray) measures = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(CaseloadContext) context = NULL;
  g_autoptr(GError) error = NULL;
  CaseloadReviewDialog *review;
  CaseloadPlanCopyDialog *copy;
  CaseloadPlanGoal *goal;
  gboolean saved = FALSE;

  test_store_setup (&store, NULL);
  person = test_add_practice_person (&store, "Alex", "Okonkwo");
  context = caseload_context_new (store.store, store.clock);
  caseload_context_set_actor (context, store.gp);

  caseload_plan_set_person_id (plan, caseload_person_get_id (person));
  caseload_plan_set_what_matters (plan, WHAT_MATTERS);
  goal = make_goal ("goal-1", "Swim once a week", CASELOAD_LIFE_AREA_LEISURE, CASELOAD_GOAL_UNDER_WAY);
  g_ptr_array_add (caseload_plan_get_goals (plan), goal);
  g_assert_true (caseload_store_save_plan (store.store, store.gp, plan, &error));
  g_assert_no_error (error);
  current = caseload_store_get_plan (store.store, store.gp, caseload_person_get_id (person), 0, &error);
  g_assert_no_error (error);

  review = caseload_review_dialog_new (NULL, context, person, current, NULL, measures);
  g_signal_connect (review, "saved", G_CALLBACK (on_saved_cb), &saved);
  gtk_window_present (GTK_WINDOW (review));
  adw_combo_row_set_selected (ADW_COMBO_ROW (caseload_review_dialog_get_field (review, "goal:goal-1")),
                              CASELOAD_GOAL_ACHIEVED);
  set_said (review, PERSON_SAID);
  set_text (caseload_review_dialog_get_field (review, "next-review-on"), "22/02/2027");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (review), "review-dialog.save", NULL));
  test_ui_wait_until (flag_set, &saved, TIMEOUT_MS, "the review to be saved");

  reviewed = caseload_store_get_plan (store.store, store.gp, caseload_person_get_id (person), 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (caseload_plan_get_version (reviewed), ==, 2);
  g_assert_cmpstr (caseload_plan_get_review_on (reviewed), ==, "2027-02-22");
  g_assert_cmpint (caseload_plan_goal_get_progress (g_ptr_array_index (caseload_plan_get_goals (reviewed), 0)), ==,
                   CASELOAD_GOAL_ACHIEVED);
  reviews = caseload_store_list_reviews (store.store, store.gp, caseload_person_get_id (person), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reviews->len, ==, 1);
  g_assert_cmpstr (caseload_review_get_person_said (g_ptr_array_index (reviews, 0)), ==, PERSON_SAID);
  g_assert_cmpint (caseload_review_get_plan_version (g_ptr_array_index (reviews, 0)), ==, 2);

  saved = FALSE;
  copy = caseload_plan_copy_dialog_new (NULL, context, person, reviewed);
  g_signal_connect (copy, "saved", G_CALLBACK (on_saved_cb), &saved);
  gtk_window_present (GTK_WINDOW (copy));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (copy), "copy-dialog.save", NULL));
  test_ui_wait_until (flag_set, &saved, TIMEOUT_MS, "the copy to be recorded");
  copied = caseload_store_get_plan (store.store, store.gp, caseload_person_get_id (person), 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (caseload_plan_get_version (copied), ==, 3);
  g_assert_cmpint (caseload_plan_get_copy_format (copied), ==, CASELOAD_COPY_PRINTED);
  g_assert_cmpstr (caseload_plan_get_copy_given_on (copied), ==, "2026-11-22");
  g_assert_cmpstr (caseload_plan_get_review_on (copied), ==, "2027-02-22");

  test_ui_spin (100);
  g_clear_object (&context);
  test_store_teardown (&store, NULL);
}

/* The Plan view with the actions attached, over what the store has now. */
static void
show_view (Fixture          *fixture,
           CaseloadPlanView *view)
{
  CaseloadStaff *actor = caseload_context_get_actor (fixture->context);
  g_autoptr(CaseloadOutcomes) outcomes = g_new0 (CaseloadOutcomes, 1);

  outcomes->plan = caseload_store_get_plan (CASELOAD_STORE (fixture->store), actor, PERSON_ID, 0, NULL);
  outcomes->versions = g_ptr_array_new_with_free_func (g_object_unref);
  outcomes->reviews = caseload_store_list_reviews (CASELOAD_STORE (fixture->store), actor, PERSON_ID, NULL);
  outcomes->measures = g_ptr_array_new_with_free_func (g_object_unref);
  caseload_plan_view_show (view, fixture->person, outcomes, TRUE);
}

typedef struct {
  Fixture          *fixture;
  CaseloadPlanView *view;
  guint             changes;
} ViewChanges;

/* What the person page does on "changed": reads the record again. */
static void
on_view_changed_cb (CaseloadPlanView *view,
                    ViewChanges      *changes)
{
  changes->changes++;
  show_view (changes->fixture, view);
}

static gboolean
view_changed (gpointer data)
{
  return ((ViewChanges *) data)->changes > 0;
}

static GtkWindow *
dialog_of_type (GType type)
{
  GtkWindow *dialog = test_ui_find_window (type, TRUE);

  g_assert_nonnull (dialog);
  return dialog;
}

/* In the Plan view: "Give a Copy…" records the copy and the view says so; "Review…"
 * saves a review and the Reviews group shows it. */
static void
test_plan_view (Fixture       *fixture,
                gconstpointer  user_data)
{
  CaseloadPlanView *view = CASELOAD_PLAN_VIEW (caseload_plan_view_new ());
  ViewChanges changes = { fixture, view, 0 };
  CaseloadPlanCopyDialog *copy;
  CaseloadReviewDialog *review;

  caseload_plan_view_set_context (view, fixture->context);
  caseload_plan_outcome_actions_attach (view);
  gtk_window_set_child (fixture->window, GTK_WIDGET (view));
  show_view (fixture, view);
  g_signal_connect (view, "changed", G_CALLBACK (on_view_changed_cb), &changes);
  test_ui_spin (50);

  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (view), "No copy recorded yet"));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (view), "No reviews yet"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "plan-copy.give-copy", NULL));
  copy = CASELOAD_PLAN_COPY_DIALOG (dialog_of_type (CASELOAD_TYPE_PLAN_COPY_DIALOG));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (copy), "copy-dialog.save", NULL));
  test_ui_wait_until (view_changed, &changes, TIMEOUT_MS, "the view to read the plan again");
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (view), "Printed and given on 22 November 2026"));

  changes.changes = 0;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "plan-copy.review", NULL));
  review = CASELOAD_REVIEW_DIALOG (dialog_of_type (CASELOAD_TYPE_REVIEW_DIALOG));
  set_said (review, PERSON_SAID);
  set_text (caseload_review_dialog_get_field (review, "next-review-on"), "22/02/2027");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (review), "review-dialog.save", NULL));
  test_ui_wait_until (view_changed, &changes, TIMEOUT_MS, "the view to read the reviews again");
  g_assert_cmpuint (count_versions (fixture->store), ==, 4);
  g_assert_null (test_ui_find_label_containing (GTK_WIDGET (view), "No reviews yet"));
  g_assert_nonnull (test_ui_find_label_containing (GTK_WIDGET (view), "Reviewed 22 November 2026"));

  g_signal_handlers_disconnect_by_data (view, &changes);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/plan-print/pdf", Fixture, NULL, fixture_setup, test_print_pdf, fixture_teardown);
  g_test_add ("/ui/plan-print/pages", Fixture, NULL, fixture_setup, test_print_pages, fixture_teardown);
  g_test_add ("/ui/plan-print/give-copy", Fixture, NULL, fixture_setup, test_give_copy, fixture_teardown);
  g_test_add ("/ui/plan-print/give-copy-conflict", Fixture, NULL, fixture_setup, test_give_copy_conflict,
              fixture_teardown);
  g_test_add ("/ui/plan-print/review-past-date", Fixture, NULL, fixture_setup, test_review_past_date,
              fixture_teardown);
  g_test_add ("/ui/plan-print/review-saved", Fixture, NULL, fixture_setup, test_review_saved, fixture_teardown);
  g_test_add_func ("/ui/plan-print/sqlite", test_sqlite);
  g_test_add ("/ui/plan-print/plan-view", Fixture, NULL, fixture_setup, test_plan_view, fixture_teardown);

  return g_test_run ();
}
