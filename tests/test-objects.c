/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "caseload-accommodation-record.h"
#include "caseload-attendance.h"
#include "caseload-audit-event.h"
#include "caseload-break-glass.h"
#include "caseload-clock.h"
#include "caseload-cohort.h"
#include "caseload-cohort-participant.h"
#include "caseload-cohort-session.h"
#include "caseload-consent.h"
#include "caseload-employer-contact.h"
#include "caseload-enums.h"
#include "caseload-fidelity-review.h"
#include "caseload-housing-referral.h"
#include "caseload-housing-status-change.h"
#include "caseload-involvement.h"
#include "caseload-ips-job.h"
#include "caseload-ips-referral.h"
#include "caseload-network-member.h"
#include "caseload-od-episode.h"
#include "caseload-od-meeting.h"
#include "caseload-organisation.h"
#include "caseload-person.h"
#include "caseload-reinforcer.h"
#include "caseload-staff.h"
#include "caseload-timeline-entry.h"
#include "caseload-types.h"

/* notify counting */

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 GHashTable *counts)
{
  guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, pspec->name));

  g_hash_table_insert (counts, (gpointer) pspec->name, GUINT_TO_POINTER (count + 1));
}

/* Counts every notify of @object by property name; property names are interned. */
static GHashTable *
watch_notify (gpointer object)
{
  GHashTable *counts = g_hash_table_new (g_str_hash, g_str_equal);

  g_signal_connect (object, "notify", G_CALLBACK (count_notify_cb), counts);

  return counts;
}

static guint
notify_count (GHashTable *counts,
              const char *name)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (counts, name));
}

static guint
notify_total (GHashTable *counts)
{
  GHashTableIter iter;
  gpointer value;
  guint total = 0;

  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    total += GPOINTER_TO_UINT (value);

  return total;
}

static void
unwatch_notify (gpointer    object,
                GHashTable *counts)
{
  g_signal_handlers_disconnect_by_func (object, count_notify_cb, counts);
  g_hash_table_unref (counts);
}

/* A value for @pspec that differs from its default. */
static void
init_other_value (GParamSpec *pspec,
                  GValue     *value,
                  guint       seed)
{
  g_value_init (value, pspec->value_type);

  if (pspec->value_type == G_TYPE_STRING)
    {
      g_autofree char *text = g_strdup_printf ("%s %u", pspec->name, seed);

      g_value_set_string (value, text);
    }
  else if (pspec->value_type == G_TYPE_INT64)
    g_value_set_int64 (value, 41 + seed);
  else if (pspec->value_type == G_TYPE_UINT)
    g_value_set_uint (value, 6 + seed);
  else if (pspec->value_type == G_TYPE_INT)
    {
      GParamSpecInt *range = G_PARAM_SPEC_INT (pspec);

      g_value_set_int (value, range->default_value != range->maximum ? range->maximum : range->minimum);
    }
  else if (pspec->value_type == G_TYPE_BOOLEAN)
    g_value_set_boolean (value, !G_PARAM_SPEC_BOOLEAN (pspec)->default_value);
  else if (pspec->value_type == G_TYPE_DOUBLE)
    {
      GParamSpecDouble *range = G_PARAM_SPEC_DOUBLE (pspec);
      double toward = range->default_value < range->maximum ? MIN (range->maximum, range->default_value + 1)
                                                            : range->minimum;

      /* within the range, a step from the default towards @toward ("fte" is 1.0, the most) */
      g_value_set_double (value, range->default_value + (toward - range->default_value) * (seed % 3 + 1) / 4);
    }
  else if (G_TYPE_IS_ENUM (pspec->value_type))
    {
      GEnumClass *enum_class = G_PARAM_SPEC_ENUM (pspec)->enum_class;
      guint index = enum_class->n_values - 1 - (seed % 2);

      /* the last values: defaults are mostly the first ("clock-state" is NONE, the last) */
      g_assert_cmpuint (enum_class->n_values, >, 1);
      if (enum_class->values[index].value == G_PARAM_SPEC_ENUM (pspec)->default_value)
        {
          g_assert_cmpuint (enum_class->n_values, >, 2);
          index -= 2;
        }
      g_value_set_enum (value, enum_class->values[index].value);
    }
  else
    g_assert_not_reached ();
}

static gboolean
is_writable (GParamSpec *pspec)
{
  return (pspec->flags & G_PARAM_WRITABLE) != 0;
}

/* Sets every writable property of @object to a value that is not the default. */
static void
fill_object (GObject *object,
             guint    seed)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_pspecs);

  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if (!is_writable (pspecs[i]))
        continue;

      init_other_value (pspecs[i], &value, seed);
      g_object_set_property (object, pspecs[i]->name, &value);
    }
}

static void
assert_same_properties (GObject *a,
                        GObject *b)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  g_assert_true (G_OBJECT_TYPE (a) == G_OBJECT_TYPE (b));

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (a), &n_pspecs);

  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value_a = G_VALUE_INIT;
      g_auto(GValue) value_b = G_VALUE_INIT;

      g_value_init (&value_a, pspecs[i]->value_type);
      g_value_init (&value_b, pspecs[i]->value_type);
      g_object_get_property (a, pspecs[i]->name, &value_a);
      g_object_get_property (b, pspecs[i]->name, &value_b);

      if (g_param_values_cmp (pspecs[i], &value_a, &value_b) != 0)
        g_error ("property “%s” differs", pspecs[i]->name);
    }
}

/* properties of every value object */

static void
test_properties (gconstpointer data)
{
  GType type = GPOINTER_TO_SIZE (data);
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  pspecs = g_object_class_list_properties (G_OBJECT_CLASS (klass), &n_pspecs);
  g_assert_cmpuint (n_pspecs, >, 0);

  /* a new object for each property: some set others ("may-add" sets "may-view"), and
   * the properties come in no fixed order */
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_autoptr(GObject) object = g_object_new (type, NULL);
      GParamSpec *pspec = pspecs[i];
      g_auto(GValue) value = G_VALUE_INIT;
      g_auto(GValue) read_back = G_VALUE_INIT;
      GHashTable *counts;

      g_test_message ("%s:%s", g_type_name (type), pspec->name);

      g_assert_true (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);
      g_assert_true ((pspec->flags & G_PARAM_STATIC_STRINGS) == G_PARAM_STATIC_STRINGS);

      if (!is_writable (pspec))
        continue;

      counts = watch_notify (object);

      init_other_value (pspec, &value, 0);
      g_object_set_property (object, pspec->name, &value);
      g_assert_cmpuint (notify_count (counts, pspec->name), ==, 1);

      g_value_init (&read_back, pspec->value_type);
      g_object_get_property (object, pspec->name, &read_back);
      g_assert_cmpint (g_param_values_cmp (pspec, &value, &read_back), ==, 0);

      /* the same value again is no change */
      g_object_set_property (object, pspec->name, &value);
      g_assert_cmpuint (notify_count (counts, pspec->name), ==, 1);

      if (pspec->value_type == G_TYPE_STRING)
        {
          char *text;

          /* empty text is kept as NULL */
          g_object_set (object, pspec->name, "", NULL);
          g_assert_cmpuint (notify_count (counts, pspec->name), ==, 2);
          g_object_get (object, pspec->name, &text, NULL);
          g_assert_null (text);

          g_object_set (object, pspec->name, NULL, NULL);
          g_assert_cmpuint (notify_count (counts, pspec->name), ==, 2);
          g_object_set (object, pspec->name, "", NULL);
          g_assert_cmpuint (notify_count (counts, pspec->name), ==, 2);
        }

      unwatch_notify (object, counts);
      g_assert_finalize_object (g_steal_pointer (&object));
    }
}

/* the person's names */

static void
test_person_names (void)
{
  static const struct {
    const char *given;
    const char *family;
    const char *preferred;
    const char *display;
    const char *sort;
  } cases[] = {
    { "Alexander", "Okafor", NULL, "Alexander Okafor", "OKAFOR, Alexander" },
    { "Alexander", "Okafor", "Sandy", "Alexander (Sandy) Okafor", "OKAFOR, Alexander" },
    { "Alexander", "Okafor", "Alexander", "Alexander Okafor", "OKAFOR, Alexander" },
    { "Alexander", "Okafor", "alexander", "Alexander Okafor", "OKAFOR, Alexander" },
    { "Alexander", "Okafor", "", "Alexander Okafor", "OKAFOR, Alexander" },
    { "Seán", "Ó Súilleabháin", NULL, "Seán Ó Súilleabháin", "Ó SÚILLEABHÁIN, Seán" },
    { "Mary-Jane", "van der Berg", "MJ", "Mary-Jane (MJ) van der Berg", "VAN DER BERG, Mary-Jane" },
    { "Alexander", NULL, NULL, "Alexander", "Alexander" },
    { NULL, "Okafor", NULL, "Okafor", "OKAFOR" },
    { NULL, "Okafor", "Sandy", "Sandy Okafor", "OKAFOR" },
    { NULL, NULL, NULL, "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CaseloadPerson) person = caseload_person_new ();
      char *display = NULL;
      char *sort = NULL;

      g_test_message ("%s", cases[i].display);
      g_object_set (person,
                    "given-name", cases[i].given,
                    "family-name", cases[i].family,
                    "preferred-name", cases[i].preferred,
                    NULL);

      g_assert_cmpstr (caseload_person_get_display_name (person), ==, cases[i].display);
      g_assert_cmpstr (caseload_person_get_sort_name (person), ==, cases[i].sort);

      g_object_get (person, "display-name", &display, "sort-name", &sort, NULL);
      g_assert_cmpstr (display, ==, cases[i].display);
      g_assert_cmpstr (sort, ==, cases[i].sort);
      g_free (display);
      g_free (sort);
    }
}

static void
test_person_names_notify (void)
{
  g_autoptr(CaseloadPerson) person = caseload_person_new ();
  GHashTable *counts = watch_notify (person);

  caseload_person_set_given_name (person, "Alexander");
  g_assert_cmpuint (notify_count (counts, "given-name"), ==, 1);
  g_assert_cmpuint (notify_count (counts, "display-name"), ==, 1);
  g_assert_cmpuint (notify_count (counts, "sort-name"), ==, 1);

  caseload_person_set_family_name (person, "Okafor");
  g_assert_cmpuint (notify_count (counts, "display-name"), ==, 2);
  g_assert_cmpuint (notify_count (counts, "sort-name"), ==, 2);

  /* the preferred name is not in the sort name */
  caseload_person_set_preferred_name (person, "Sandy");
  g_assert_cmpuint (notify_count (counts, "preferred-name"), ==, 1);
  g_assert_cmpuint (notify_count (counts, "display-name"), ==, 3);
  g_assert_cmpuint (notify_count (counts, "sort-name"), ==, 2);
  g_assert_cmpstr (caseload_person_get_display_name (person), ==, "Alexander (Sandy) Okafor");

  /* a preferred name the same as the given name changes nothing shown */
  caseload_person_set_preferred_name (person, NULL);
  g_assert_cmpuint (notify_count (counts, "display-name"), ==, 4);
  caseload_person_set_preferred_name (person, "Alexander");
  g_assert_cmpuint (notify_count (counts, "preferred-name"), ==, 3);
  g_assert_cmpuint (notify_count (counts, "display-name"), ==, 4);

  /* other fields leave the names alone */
  caseload_person_set_pronouns (person, "he/him");
  caseload_person_set_postcode (person, "RM17 6SL");
  g_assert_cmpuint (notify_count (counts, "display-name"), ==, 4);
  g_assert_cmpuint (notify_count (counts, "sort-name"), ==, 2);

  /* setting the same name again notifies nothing */
  caseload_person_set_family_name (person, "Okafor");
  g_assert_cmpuint (notify_count (counts, "family-name"), ==, 1);
  g_assert_cmpuint (notify_count (counts, "display-name"), ==, 4);

  unwatch_notify (person, counts);
}

/* age */

static void
test_person_age (void)
{
  static const struct {
    const char *date_of_birth;
    guint       day;
    guint       month;
    guint       year;
    int         age;
  } cases[] = {
    { "1990-06-15", 15, 6, 2024, 34 },   /* birthday */
    { "1990-06-15", 14, 6, 2024, 33 },   /* the day before */
    { "1990-06-15", 16, 6, 2024, 34 },
    { "1990-06-15", 1, 7, 2024, 34 },
    { "1990-06-15", 31, 5, 2024, 33 },
    { "1990-12-31", 30, 12, 2024, 33 },
    { "1990-12-31", 31, 12, 2024, 34 },
    { "1991-01-01", 31, 12, 2024, 33 },
    { "1991-01-01", 1, 1, 2025, 34 },
    /* born on 29 February: a year older on 1 March in a common year */
    { "2000-02-29", 28, 2, 2023, 22 },
    { "2000-02-29", 1, 3, 2023, 23 },
    { "2000-02-29", 28, 2, 2024, 23 },
    { "2000-02-29", 29, 2, 2024, 24 },
    { "2000-02-29", 1, 3, 2024, 24 },
    /* the day after 28 February in a leap year is the 29th */
    { "2003-02-28", 28, 2, 2024, 21 },
    { "2003-03-01", 29, 2, 2024, 20 },
    { "2024-06-15", 15, 6, 2024, 0 },    /* born today */
    { "2023-06-16", 15, 6, 2024, 0 },
    { "1900-01-01", 15, 6, 2024, 124 },
    { "2024-06-16", 15, 6, 2024, -1 },   /* after today */
    { NULL, 15, 6, 2024, -1 },
    { "unknown", 15, 6, 2024, -1 },
    { "1990-02-30", 15, 6, 2024, -1 },
    { "15/06/1990", 15, 6, 2024, -1 },
    { "1990-6-15", 15, 6, 2024, -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CaseloadPerson) person = caseload_person_new ();
      GDate today;

      g_test_message ("%s on %02u/%02u/%u", cases[i].date_of_birth, cases[i].day, cases[i].month, cases[i].year);
      g_date_clear (&today, 1);
      g_date_set_dmy (&today, (GDateDay) cases[i].day, (GDateMonth) cases[i].month, (GDateYear) cases[i].year);

      caseload_person_set_date_of_birth (person, cases[i].date_of_birth);
      g_assert_cmpint (caseload_person_get_age (person, &today), ==, cases[i].age);
    }
}

/* update_from and copy */

static void
test_person_update_from (void)
{
  g_autoptr(CaseloadPerson) person = caseload_person_new ();
  g_autoptr(CaseloadPerson) other = caseload_person_new ();
  g_autofree GParamSpec **pspecs = NULL;
  GHashTable *counts;
  guint n_pspecs;

  /* a placeholder, as a lazy list hands out */
  caseload_person_set_loaded (person, FALSE);
  fill_object (G_OBJECT (other), 0);
  caseload_person_set_loaded (other, TRUE);

  counts = watch_notify (person);
  caseload_person_update_from (person, other);
  assert_same_properties (G_OBJECT (person), G_OBJECT (other));

  /* every property changed, so each is notified exactly once */
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (person), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_test_message ("%s", pspecs[i]->name);
      g_assert_cmpuint (notify_count (counts, pspecs[i]->name), ==, 1);
    }
  g_assert_cmpuint (notify_total (counts), ==, n_pspecs);
  g_assert_true (caseload_person_get_loaded (person));
  unwatch_notify (person, counts);

  /* nothing changes the second time */
  counts = watch_notify (person);
  caseload_person_update_from (person, other);
  g_assert_cmpuint (notify_total (counts), ==, 0);
  unwatch_notify (person, counts);

  /* one change, one notify */
  counts = watch_notify (person);
  caseload_person_set_postcode (other, "RM17 6SL");
  caseload_person_update_from (person, other);
  g_assert_cmpuint (notify_total (counts), ==, 1);
  g_assert_cmpuint (notify_count (counts, "postcode"), ==, 1);
  unwatch_notify (person, counts);

  /* a name change carries its derived names with it */
  counts = watch_notify (person);
  caseload_person_set_family_name (other, "Okafor");
  caseload_person_update_from (person, other);
  g_assert_cmpuint (notify_count (counts, "family-name"), ==, 1);
  g_assert_cmpuint (notify_count (counts, "display-name"), ==, 1);
  g_assert_cmpuint (notify_count (counts, "sort-name"), ==, 1);
  g_assert_cmpuint (notify_total (counts), ==, 3);
  g_assert_cmpstr (caseload_person_get_sort_name (person), ==, caseload_person_get_sort_name (other));
  unwatch_notify (person, counts);

  /* cleared fields are copied too */
  caseload_person_set_phone (other, NULL);
  caseload_person_update_from (person, other);
  g_assert_null (caseload_person_get_phone (person));
  assert_same_properties (G_OBJECT (person), G_OBJECT (other));

  g_assert_finalize_object (g_steal_pointer (&other));
  g_assert_finalize_object (g_steal_pointer (&person));
}

static void
test_person_copy (void)
{
  g_autoptr(CaseloadPerson) person = caseload_person_new ();
  g_autoptr(CaseloadPerson) copy = NULL;

  fill_object (G_OBJECT (person), 0);
  caseload_person_set_loaded (person, FALSE);

  copy = caseload_person_copy (person);
  g_assert_true (copy != person);
  assert_same_properties (G_OBJECT (person), G_OBJECT (copy));
  g_assert_false (caseload_person_get_loaded (copy));

  /* the copy owns its own strings */
  g_assert_true (caseload_person_get_given_name (copy) != caseload_person_get_given_name (person));
  caseload_person_set_given_name (copy, "Sandy");
  g_assert_cmpstr (caseload_person_get_given_name (person), ==, "given-name 0");

  g_assert_finalize_object (g_steal_pointer (&person));
  g_assert_cmpstr (caseload_person_get_given_name (copy), ==, "Sandy");
  g_assert_cmpstr (caseload_person_get_family_name (copy), ==, "family-name 0");
  g_assert_finalize_object (g_steal_pointer (&copy));
}

static void
test_timeline_entry_update_from (void)
{
  g_autoptr(CaseloadTimelineEntry) entry = caseload_timeline_entry_new ();
  g_autoptr(CaseloadTimelineEntry) other = caseload_timeline_entry_new ();
  g_autofree GParamSpec **pspecs = NULL;
  GHashTable *counts;
  guint n_pspecs;

  g_assert_true (caseload_timeline_entry_get_loaded (entry));
  caseload_timeline_entry_set_loaded (entry, FALSE);
  fill_object (G_OBJECT (other), 0);
  caseload_timeline_entry_set_loaded (other, TRUE);

  counts = watch_notify (entry);
  caseload_timeline_entry_update_from (entry, other);
  assert_same_properties (G_OBJECT (entry), G_OBJECT (other));

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (entry), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_test_message ("%s", pspecs[i]->name);
      g_assert_cmpuint (notify_count (counts, pspecs[i]->name), ==, 1);
    }
  g_assert_cmpuint (notify_total (counts), ==, n_pspecs);
  unwatch_notify (entry, counts);

  counts = watch_notify (entry);
  caseload_timeline_entry_update_from (entry, other);
  g_assert_cmpuint (notify_total (counts), ==, 0);
  unwatch_notify (entry, counts);

  counts = watch_notify (entry);
  caseload_timeline_entry_set_sensitivity (other, CASELOAD_SENSITIVITY_STANDARD);
  caseload_timeline_entry_set_text (other, "Rang to rearrange Friday.");
  caseload_timeline_entry_update_from (entry, other);
  g_assert_cmpuint (notify_count (counts, "sensitivity"), ==, 1);
  g_assert_cmpuint (notify_count (counts, "text"), ==, 1);
  g_assert_cmpuint (notify_total (counts), ==, 2);
  g_assert_cmpint (caseload_timeline_entry_get_sensitivity (entry), ==, CASELOAD_SENSITIVITY_STANDARD);
  unwatch_notify (entry, counts);

  g_assert_finalize_object (g_steal_pointer (&other));
  g_assert_finalize_object (g_steal_pointer (&entry));
}

static void
test_defaults (void)
{
  g_autoptr(CaseloadPerson) person = caseload_person_new ();
  g_autoptr(CaseloadTimelineEntry) entry = caseload_timeline_entry_new ();
  g_autoptr(CaseloadOrganisation) organisation = caseload_organisation_new ();
  g_autoptr(CaseloadNetworkMember) member = caseload_network_member_new ();
  g_autoptr(CaseloadInvolvement) involvement = caseload_involvement_new ();
  g_autoptr(CaseloadStaff) staff = caseload_staff_new ();

  /* a new object is real, not a placeholder */
  g_assert_true (caseload_person_get_loaded (person));
  g_assert_true (caseload_timeline_entry_get_loaded (entry));
  g_assert_null (caseload_person_get_id (person));
  g_assert_cmpint (caseload_person_get_version (person), ==, 0);
  g_assert_cmpstr (caseload_person_get_display_name (person), ==, "");
  g_assert_cmpstr (caseload_person_get_sort_name (person), ==, "");

  g_assert_cmpint (caseload_timeline_entry_get_sensitivity (entry), ==, CASELOAD_SENSITIVITY_STANDARD);
  g_assert_cmpint (caseload_organisation_get_kind (organisation), ==, CASELOAD_ORGANISATION_GP_PRACTICE);
  g_assert_false (caseload_network_member_get_is_carer (member));
  g_assert_cmpuint (caseload_involvement_get_entry_count (involvement), ==, 0);
  g_assert_null (caseload_staff_get_display_name (staff));

  /* a new account can sign in, with the password it was given */
  g_assert_true (caseload_staff_get_active (staff));
  g_assert_false (caseload_staff_get_must_change_password (staff));
  g_assert_cmpint (caseload_staff_get_access_role (staff), ==, CASELOAD_ROLE_PRIMARY_CARE_CLINICIAN);
  g_assert_cmpint (caseload_staff_get_organisation_kind (staff), ==, CASELOAD_ORGANISATION_GP_PRACTICE);
  g_assert_null (caseload_staff_get_username (staff));
}

static void
test_consent_defaults (void)
{
  g_autoptr(CaseloadConsent) consent = caseload_consent_new ();
  g_autoptr(CaseloadBreakGlass) break_glass = caseload_break_glass_new ();
  g_autoptr(CaseloadAuditEvent) event = caseload_audit_event_new ();

  /* a new decision allows nothing: the person has to say yes */
  g_assert_false (caseload_consent_get_may_view (consent));
  g_assert_false (caseload_consent_get_may_add (consent));
  g_assert_cmpint (caseload_consent_get_method (consent), ==, CASELOAD_CONSENT_METHOD_VERBAL);
  g_assert_null (caseload_consent_get_review_date (consent));

  g_assert_null (caseload_break_glass_get_reviewed_at (break_glass));
  g_assert_cmpint (caseload_audit_event_get_seq (event), ==, 0);
  g_assert_null (caseload_audit_event_get_hash (event));
}

static void
test_consent_add_implies_view (void)
{
  g_autoptr(CaseloadConsent) consent = caseload_consent_new ();
  GHashTable *counts = watch_notify (consent);
  gboolean may_view = FALSE;
  gboolean may_add = FALSE;

  /* allowing adding allows viewing */
  caseload_consent_set_may_add (consent, TRUE);
  g_assert_true (caseload_consent_get_may_add (consent));
  g_assert_true (caseload_consent_get_may_view (consent));
  g_assert_cmpuint (notify_count (counts, "may-add"), ==, 1);
  g_assert_cmpuint (notify_count (counts, "may-view"), ==, 1);

  /* withdrawing adding leaves viewing */
  caseload_consent_set_may_add (consent, FALSE);
  g_assert_false (caseload_consent_get_may_add (consent));
  g_assert_true (caseload_consent_get_may_view (consent));
  g_assert_cmpuint (notify_count (counts, "may-add"), ==, 2);
  g_assert_cmpuint (notify_count (counts, "may-view"), ==, 1);

  /* adding when viewing is already allowed changes only adding */
  caseload_consent_set_may_add (consent, TRUE);
  g_assert_cmpuint (notify_count (counts, "may-add"), ==, 3);
  g_assert_cmpuint (notify_count (counts, "may-view"), ==, 1);

  /* withdrawing viewing withdraws adding */
  caseload_consent_set_may_view (consent, FALSE);
  g_assert_false (caseload_consent_get_may_view (consent));
  g_assert_false (caseload_consent_get_may_add (consent));
  g_assert_cmpuint (notify_count (counts, "may-add"), ==, 4);
  g_assert_cmpuint (notify_count (counts, "may-view"), ==, 2);

  /* viewing alone */
  caseload_consent_set_may_view (consent, TRUE);
  g_assert_true (caseload_consent_get_may_view (consent));
  g_assert_false (caseload_consent_get_may_add (consent));
  g_assert_cmpuint (notify_count (counts, "may-add"), ==, 4);
  g_assert_cmpuint (notify_count (counts, "may-view"), ==, 3);

  /* withdrawing viewing when adding was not allowed notifies only viewing */
  caseload_consent_set_may_view (consent, FALSE);
  g_assert_cmpuint (notify_count (counts, "may-add"), ==, 4);
  g_assert_cmpuint (notify_count (counts, "may-view"), ==, 4);

  /* through properties too, in the order given */
  g_object_set (consent, "may-add", TRUE, NULL);
  g_object_get (consent, "may-view", &may_view, "may-add", &may_add, NULL);
  g_assert_true (may_view);
  g_assert_true (may_add);
  g_object_set (consent, "may-add", TRUE, "may-view", FALSE, NULL);
  g_assert_false (caseload_consent_get_may_view (consent));
  g_assert_false (caseload_consent_get_may_add (consent));

  unwatch_notify (consent, counts);
  g_assert_finalize_object (g_steal_pointer (&consent));
}

static void
assert_enum_property (GType       object_type,
                      const char *name,
                      GType       enum_type)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (object_type);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), name);

  g_assert_nonnull (pspec);
  g_assert_true (pspec->value_type == enum_type);
}

static void
test_enum_properties (void)
{
  g_autoptr(CaseloadOrganisation) organisation = caseload_organisation_new ();
  int kind = -1;

  /* enum properties carry the registered enum types, so templates can show them */
  assert_enum_property (CASELOAD_TYPE_ORGANISATION, "kind", CASELOAD_TYPE_ORGANISATION_KIND);
  assert_enum_property (CASELOAD_TYPE_TIMELINE_ENTRY, "kind", CASELOAD_TYPE_ENTRY_KIND);
  assert_enum_property (CASELOAD_TYPE_TIMELINE_ENTRY, "sensitivity", CASELOAD_TYPE_SENSITIVITY);
  assert_enum_property (CASELOAD_TYPE_NETWORK_MEMBER, "relationship", CASELOAD_TYPE_RELATIONSHIP);
  assert_enum_property (CASELOAD_TYPE_INVOLVEMENT, "organisation-kind", CASELOAD_TYPE_ORGANISATION_KIND);
  assert_enum_property (CASELOAD_TYPE_STAFF, "access-role", CASELOAD_TYPE_ACCESS_ROLE);
  assert_enum_property (CASELOAD_TYPE_STAFF, "organisation-kind", CASELOAD_TYPE_ORGANISATION_KIND);
  assert_enum_property (CASELOAD_TYPE_CONSENT, "organisation-kind", CASELOAD_TYPE_ORGANISATION_KIND);
  assert_enum_property (CASELOAD_TYPE_CONSENT, "method", CASELOAD_TYPE_CONSENT_METHOD);

  /* and still read and write as plain ints through varargs */
  g_object_set (organisation, "kind", CASELOAD_ORGANISATION_HOUSING, NULL);
  g_object_get (organisation, "kind", &kind, NULL);
  g_assert_cmpint (kind, ==, CASELOAD_ORGANISATION_HOUSING);
}

/* codes and labels */

static void
test_types_codes (void)
{
  static const char * const organisation_codes[] = {
    "gp-practice", "mental-health-trust", "adult-social-care", "vcse", "housing",
    "employment", "talking-therapies",
  };
  static const char * const organisation_labels[] = {
    "GP practice", "NHS mental health trust", "Adult social care", "Voluntary sector",
    "Housing", "Employment support", "Talking therapies",
  };
  static const char * const relationship_codes[] = {
    "carer", "family", "friend", "professional",
  };
  static const char * const relationship_labels[] = {
    "Carer", "Family", "Friend", "Professional",
  };
  static const char * const entry_codes[] = {
    "appointment", "phone-call", "home-visit", "note", "letter", "network-meeting",
    "video-call", "message",
  };
  static const char * const entry_labels[] = {
    "Appointment", "Phone call", "Home visit", "Note", "Letter", "Network meeting",
    "Video call", "Message",
  };
  static const char * const sensitivity_codes[] = {
    "standard", "private",
  };
  static const char * const role_codes[] = {
    "primary-care-clinician", "mental-health-practitioner", "psychiatrist", "social-worker",
    "amhp", "vcse-worker", "peer-support-worker", "housing-officer",
    "employment-specialist", "team-manager", "administrator",
  };
  static const char * const role_labels[] = {
    "GP or primary care clinician", "Mental health practitioner", "Psychiatrist",
    "Social worker", "Approved mental health professional (AMHP)", "Voluntary sector worker",
    "Peer support worker", "Housing officer", "Employment specialist", "Team manager",
    "Administrator",
  };
  static const char * const method_codes[] = {
    "verbal", "written", "best-interests",
  };
  static const char * const method_labels[] = {
    "Verbal", "Written", "Best-interests decision",
  };
  g_autoptr(GEnumClass) organisation_class = g_type_class_ref (CASELOAD_TYPE_ORGANISATION_KIND);
  g_autoptr(GEnumClass) relationship_class = g_type_class_ref (CASELOAD_TYPE_RELATIONSHIP);
  g_autoptr(GEnumClass) entry_class = g_type_class_ref (CASELOAD_TYPE_ENTRY_KIND);
  g_autoptr(GEnumClass) sensitivity_class = g_type_class_ref (CASELOAD_TYPE_SENSITIVITY);
  g_autoptr(GEnumClass) role_class = g_type_class_ref (CASELOAD_TYPE_ACCESS_ROLE);
  g_autoptr(GEnumClass) method_class = g_type_class_ref (CASELOAD_TYPE_CONSENT_METHOD);

  /* every enum value has a code, the codes are the enum nicks, and they round-trip */
  g_assert_cmpuint (organisation_class->n_values, ==, G_N_ELEMENTS (organisation_codes));
  for (guint i = 0; i < G_N_ELEMENTS (organisation_codes); i++)
    {
      CaseloadOrganisationKind kind = 99;

      g_assert_cmpstr (caseload_organisation_kind_to_code (i), ==, organisation_codes[i]);
      g_assert_cmpstr (g_enum_get_value (organisation_class, (int) i)->value_nick, ==, organisation_codes[i]);
      g_assert_cmpstr (caseload_organisation_kind_label (i), ==, organisation_labels[i]);
      g_assert_true (caseload_organisation_kind_from_code (organisation_codes[i], &kind));
      g_assert_cmpint (kind, ==, i);
    }

  g_assert_cmpuint (relationship_class->n_values, ==, G_N_ELEMENTS (relationship_codes));
  for (guint i = 0; i < G_N_ELEMENTS (relationship_codes); i++)
    {
      CaseloadRelationship relationship = 99;

      g_assert_cmpstr (caseload_relationship_to_code (i), ==, relationship_codes[i]);
      g_assert_cmpstr (g_enum_get_value (relationship_class, (int) i)->value_nick, ==, relationship_codes[i]);
      g_assert_cmpstr (caseload_relationship_label (i), ==, relationship_labels[i]);
      g_assert_true (caseload_relationship_from_code (relationship_codes[i], &relationship));
      g_assert_cmpint (relationship, ==, i);
    }

  g_assert_cmpuint (entry_class->n_values, ==, G_N_ELEMENTS (entry_codes));
  for (guint i = 0; i < G_N_ELEMENTS (entry_codes); i++)
    {
      CaseloadEntryKind kind = 99;
      const char *icon_name = caseload_entry_kind_icon_name (i);

      g_assert_cmpstr (caseload_entry_kind_to_code (i), ==, entry_codes[i]);
      g_assert_cmpstr (g_enum_get_value (entry_class, (int) i)->value_nick, ==, entry_codes[i]);
      g_assert_cmpstr (caseload_entry_kind_label (i), ==, entry_labels[i]);
      g_assert_true (caseload_entry_kind_from_code (entry_codes[i], &kind));
      g_assert_cmpint (kind, ==, i);
      g_assert_nonnull (icon_name);
      g_assert_true (g_str_has_suffix (icon_name, "-symbolic"));
    }

  g_assert_cmpuint (sensitivity_class->n_values, ==, G_N_ELEMENTS (sensitivity_codes));
  for (guint i = 0; i < G_N_ELEMENTS (sensitivity_codes); i++)
    {
      CaseloadSensitivity sensitivity = 99;

      g_assert_cmpstr (caseload_sensitivity_to_code (i), ==, sensitivity_codes[i]);
      g_assert_cmpstr (g_enum_get_value (sensitivity_class, (int) i)->value_nick, ==, sensitivity_codes[i]);
      g_assert_true (caseload_sensitivity_from_code (sensitivity_codes[i], &sensitivity));
      g_assert_cmpint (sensitivity, ==, i);
    }

  g_assert_cmpuint (role_class->n_values, ==, G_N_ELEMENTS (role_codes));
  for (guint i = 0; i < G_N_ELEMENTS (role_codes); i++)
    {
      CaseloadAccessRole role = 99;

      g_assert_cmpstr (caseload_access_role_to_code (i), ==, role_codes[i]);
      g_assert_cmpstr (g_enum_get_value (role_class, (int) i)->value_nick, ==, role_codes[i]);
      g_assert_cmpstr (caseload_access_role_label (i), ==, role_labels[i]);
      g_assert_true (caseload_access_role_from_code (role_codes[i], &role));
      g_assert_cmpint (role, ==, i);
    }

  g_assert_cmpuint (method_class->n_values, ==, G_N_ELEMENTS (method_codes));
  for (guint i = 0; i < G_N_ELEMENTS (method_codes); i++)
    {
      CaseloadConsentMethod method = 99;

      g_assert_cmpstr (caseload_consent_method_to_code (i), ==, method_codes[i]);
      g_assert_cmpstr (g_enum_get_value (method_class, (int) i)->value_nick, ==, method_codes[i]);
      g_assert_cmpstr (caseload_consent_method_label (i), ==, method_labels[i]);
      g_assert_true (caseload_consent_method_from_code (method_codes[i], &method));
      g_assert_cmpint (method, ==, i);
    }
}

static void
test_types_unknown_codes (void)
{
  CaseloadOrganisationKind kind = CASELOAD_ORGANISATION_HOUSING;
  CaseloadRelationship relationship = CASELOAD_RELATIONSHIP_FRIEND;
  CaseloadEntryKind entry_kind = CASELOAD_ENTRY_LETTER;
  CaseloadSensitivity sensitivity = CASELOAD_SENSITIVITY_PRIVATE;
  CaseloadAccessRole role = CASELOAD_ROLE_AMHP;
  CaseloadConsentMethod method = CASELOAD_CONSENT_METHOD_WRITTEN;

  /* unknown codes fail and leave the output alone; codes are case-sensitive */
  g_assert_false (caseload_organisation_kind_from_code ("GP-Practice", &kind));
  g_assert_false (caseload_organisation_kind_from_code ("", &kind));
  g_assert_false (caseload_organisation_kind_from_code (NULL, &kind));
  g_assert_cmpint (kind, ==, CASELOAD_ORGANISATION_HOUSING);

  g_assert_false (caseload_relationship_from_code ("neighbour", &relationship));
  g_assert_cmpint (relationship, ==, CASELOAD_RELATIONSHIP_FRIEND);

  g_assert_false (caseload_entry_kind_from_code ("phone_call", &entry_kind));
  g_assert_cmpint (entry_kind, ==, CASELOAD_ENTRY_LETTER);

  g_assert_false (caseload_sensitivity_from_code ("secret", &sensitivity));
  g_assert_cmpint (sensitivity, ==, CASELOAD_SENSITIVITY_PRIVATE);

  g_assert_false (caseload_access_role_from_code ("AMHP", &role));
  g_assert_false (caseload_access_role_from_code ("admin", &role));
  g_assert_false (caseload_access_role_from_code (NULL, &role));
  g_assert_cmpint (role, ==, CASELOAD_ROLE_AMHP);

  g_assert_false (caseload_consent_method_from_code ("best_interests", &method));
  g_assert_false (caseload_consent_method_from_code ("implied", &method));
  g_assert_cmpint (method, ==, CASELOAD_CONSENT_METHOD_WRITTEN);

  /* the output is optional */
  g_assert_true (caseload_entry_kind_from_code ("home-visit", NULL));
}

/* the clock */

static void
test_clock_fixed (void)
{
  g_autoptr(GTimeZone) bst = g_time_zone_new_offset (3600);
  g_autoptr(GDateTime) fixed = g_date_time_new (bst, 2024, 6, 15, 14, 30, 5.75);
  g_autoptr(CaseloadClock) clock = caseload_clock_new_fixed (fixed);
  g_autoptr(GDateTime) now = caseload_clock_now (clock);
  g_autoptr(GDateTime) again = caseload_clock_now (clock);
  g_autofree char *iso = caseload_clock_now_iso (clock);
  GDate today;

  /* the same moment, given back in UTC */
  g_assert_true (g_date_time_equal (now, fixed));
  g_assert_true (g_date_time_equal (now, again));
  g_assert_cmpint (g_date_time_get_utc_offset (now), ==, 0);
  g_assert_cmpint (g_date_time_get_hour (now), ==, 13);

  g_assert_cmpstr (iso, ==, "2024-06-15T13:30:05Z");

  caseload_clock_today (clock, &today);
  g_assert_true (g_date_valid (&today));
  g_assert_cmpuint (g_date_get_day (&today), ==, 15);
  g_assert_cmpuint (g_date_get_month (&today), ==, G_DATE_JUNE);
  g_assert_cmpuint (g_date_get_year (&today), ==, 2024);
}

static void
test_clock_system (void)
{
  g_autoptr(CaseloadClock) clock = caseload_clock_new_system ();
  g_autoptr(GDateTime) fixed = g_date_time_new_utc (2001, 2, 3, 4, 5, 6);
  g_autoptr(GDateTime) before = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) now = caseload_clock_now (clock);
  g_autoptr(GDateTime) after = NULL;
  g_autoptr(GDateTime) pinned = NULL;
  g_autoptr(GDateTime) released = NULL;
  g_autofree char *iso = NULL;

  after = g_date_time_new_now_utc ();
  g_assert_cmpint (g_date_time_get_utc_offset (now), ==, 0);
  g_assert_cmpint (g_date_time_compare (before, now), <=, 0);
  g_assert_cmpint (g_date_time_compare (now, after), <=, 0);

  /* a system clock can be pinned, and released again */
  caseload_clock_set_fixed (clock, fixed);
  pinned = caseload_clock_now (clock);
  g_assert_true (g_date_time_equal (pinned, fixed));
  iso = caseload_clock_now_iso (clock);
  g_assert_cmpstr (iso, ==, "2001-02-03T04:05:06Z");

  caseload_clock_set_fixed (clock, NULL);
  released = caseload_clock_now (clock);
  g_assert_cmpint (g_date_time_compare (before, released), <=, 0);
}

int
main (int   argc,
      char *argv[])
{
  static const struct {
    const char *path;
    GType     (*get_type) (void);
  } types[] = {
    { "/objects/organisation/properties", caseload_organisation_get_type },
    { "/objects/staff/properties", caseload_staff_get_type },
    { "/objects/person/properties", caseload_person_get_type },
    { "/objects/network-member/properties", caseload_network_member_get_type },
    { "/objects/timeline-entry/properties", caseload_timeline_entry_get_type },
    { "/objects/involvement/properties", caseload_involvement_get_type },
    { "/objects/consent/properties", caseload_consent_get_type },
    { "/objects/break-glass/properties", caseload_break_glass_get_type },
    { "/objects/audit-event/properties", caseload_audit_event_get_type },
    { "/objects/cohort/properties", caseload_cohort_get_type },
    { "/objects/cohort-participant/properties", caseload_cohort_participant_get_type },
    { "/objects/cohort-session/properties", caseload_cohort_session_get_type },
    { "/objects/attendance/properties", caseload_attendance_get_type },
    { "/objects/reinforcer/properties", caseload_reinforcer_get_type },
    { "/objects/od-episode/properties", caseload_od_episode_get_type },
    { "/objects/od-meeting/properties", caseload_od_meeting_get_type },
    { "/objects/ips-referral/properties", caseload_ips_referral_get_type },
    { "/objects/employer-contact/properties", caseload_employer_contact_get_type },
    { "/objects/ips-job/properties", caseload_ips_job_get_type },
    { "/objects/fidelity-review/properties", caseload_fidelity_review_get_type },
    { "/objects/housing-referral/properties", caseload_housing_referral_get_type },
    { "/objects/housing-status-change/properties", caseload_housing_status_change_get_type },
    { "/objects/accommodation-record/properties", caseload_accommodation_record_get_type },
  };

  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    g_test_add_data_func (types[i].path, GSIZE_TO_POINTER (types[i].get_type ()), test_properties);

  g_test_add_func ("/objects/defaults", test_defaults);
  g_test_add_func ("/objects/enum-properties", test_enum_properties);
  g_test_add_func ("/objects/consent/defaults", test_consent_defaults);
  g_test_add_func ("/objects/consent/add-implies-view", test_consent_add_implies_view);
  g_test_add_func ("/objects/person/names", test_person_names);
  g_test_add_func ("/objects/person/names-notify", test_person_names_notify);
  g_test_add_func ("/objects/person/age", test_person_age);
  g_test_add_func ("/objects/person/update-from", test_person_update_from);
  g_test_add_func ("/objects/person/copy", test_person_copy);
  g_test_add_func ("/objects/timeline-entry/update-from", test_timeline_entry_update_from);
  g_test_add_func ("/types/codes", test_types_codes);
  g_test_add_func ("/types/unknown-codes", test_types_unknown_codes);
  g_test_add_func ("/clock/fixed", test_clock_fixed);
  g_test_add_func ("/clock/system", test_clock_system);

  return g_test_run ();
}
