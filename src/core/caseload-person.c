/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "caseload-person.h"
#include "caseload-property.h"
#include "caseload-enums.h"

/* A person the team supports. A new object is "loaded"; lazy lists make placeholders
 * by setting "loaded" to FALSE and fill them in with caseload_person_update_from(). */

struct _CaseloadPerson
{
  GObject parent_instance;

  gboolean  loaded;
  char     *id;
  gint64    version;
  char     *nhs_number;
  char     *given_name;
  char     *family_name;
  char     *preferred_name;
  char     *pronouns;
  char     *date_of_birth;
  char     *gender;
  char     *address;
  char     *postcode;
  char     *phone;
  char     *gp_practice_id;
  char     *gp_practice_name;
  char     *pcn;
  char     *first_language;
  gboolean  interpreter_needed;
  char     *communication_needs;
  char     *created_at;
  char     *updated_at;
  char     *created_by;
  char     *updated_by;
  char     *last_contact;
  char     *match_field;
  CaseloadClockState clock_state;

  /* derived from the names; never NULL */
  char     *display_name;
  char     *sort_name;
};

G_DEFINE_FINAL_TYPE (CaseloadPerson, caseload_person, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LOADED,
  PROP_ID,
  PROP_VERSION,
  PROP_NHS_NUMBER,
  PROP_GIVEN_NAME,
  PROP_FAMILY_NAME,
  PROP_PREFERRED_NAME,
  PROP_PRONOUNS,
  PROP_DATE_OF_BIRTH,
  PROP_GENDER,
  PROP_ADDRESS,
  PROP_POSTCODE,
  PROP_PHONE,
  PROP_GP_PRACTICE_ID,
  PROP_GP_PRACTICE_NAME,
  PROP_PCN,
  PROP_FIRST_LANGUAGE,
  PROP_INTERPRETER_NEEDED,
  PROP_COMMUNICATION_NEEDS,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  PROP_CREATED_BY,
  PROP_UPDATED_BY,
  PROP_LAST_CONTACT,
  PROP_MATCH_FIELD,
  PROP_CLOCK_STATE,
  PROP_DISPLAY_NAME,
  PROP_SORT_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Strict ISO 8601 "YYYY-MM-DD" of a real day. */
static gboolean
parse_iso_date (const char *text,
                GDate      *date)
{
  guint year = 0;
  guint month = 0;
  guint day = 0;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;

  for (guint i = 0; i < 10; i++)
    {
      if (i == 4 || i == 7)
        continue;
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
    }

  for (guint i = 0; i < 4; i++)
    year = year * 10 + (guint) g_ascii_digit_value (text[i]);
  month = (guint) (g_ascii_digit_value (text[5]) * 10 + g_ascii_digit_value (text[6]));
  day = (guint) (g_ascii_digit_value (text[8]) * 10 + g_ascii_digit_value (text[9]));

  if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;

  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);

  return TRUE;
}

/* "Sandy" and "sandy" are the same name written differently. */
static gboolean
same_name (const char *a,
           const char *b)
{
  g_autofree char *fold_a = NULL;
  g_autofree char *fold_b = NULL;
  g_autofree char *norm_a = NULL;
  g_autofree char *norm_b = NULL;

  if (!g_utf8_validate (a, -1, NULL) || !g_utf8_validate (b, -1, NULL))
    return g_str_equal (a, b);

  fold_a = g_utf8_casefold (a, -1);
  fold_b = g_utf8_casefold (b, -1);
  norm_a = g_utf8_normalize (fold_a, -1, G_NORMALIZE_DEFAULT);
  norm_b = g_utf8_normalize (fold_b, -1, G_NORMALIZE_DEFAULT);

  return g_strcmp0 (norm_a, norm_b) == 0;
}

/* "Alexander (Sandy) Okafor". The preferred name goes in brackets unless it is only
 * the given name again; with no given name it stands in for one. */
static char *
build_display_name (const char *given,
                    const char *family,
                    const char *preferred)
{
  GString *name = g_string_new (NULL);

  if (given != NULL && preferred != NULL && !same_name (given, preferred))
    g_string_append_printf (name, "%s (%s)", given, preferred);
  else if (given != NULL)
    g_string_append (name, given);
  else if (preferred != NULL)
    g_string_append (name, preferred);

  if (family != NULL)
    {
      if (name->len > 0)
        g_string_append_c (name, ' ');
      g_string_append (name, family);
    }

  return g_string_free (name, FALSE);
}

/* "OKAFOR, Alexander" */
static char *
build_sort_name (const char *given,
                 const char *family)
{
  g_autofree char *upper = NULL;

  /* g_utf8_strup() needs valid UTF-8; validation catches anything else before saving */
  if (family != NULL)
    upper = g_utf8_validate (family, -1, NULL) ? g_utf8_strup (family, -1) : g_ascii_strup (family, -1);

  if (upper != NULL && given != NULL)
    return g_strdup_printf ("%s, %s", upper, given);
  else if (upper != NULL)
    return g_steal_pointer (&upper);
  else
    return g_strdup (given != NULL ? given : "");
}

static void
update_names (CaseloadPerson *self)
{
  g_autofree char *display_name = NULL;
  g_autofree char *sort_name = NULL;

  display_name = build_display_name (self->given_name, self->family_name, self->preferred_name);
  sort_name = build_sort_name (self->given_name, self->family_name);

  if (!g_str_equal (display_name, self->display_name))
    {
      g_free (self->display_name);
      self->display_name = g_steal_pointer (&display_name);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISPLAY_NAME]);
    }

  if (!g_str_equal (sort_name, self->sort_name))
    {
      g_free (self->sort_name);
      self->sort_name = g_steal_pointer (&sort_name);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_NAME]);
    }
}

static void
caseload_person_finalize (GObject *object)
{
  CaseloadPerson *self = CASELOAD_PERSON (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->nhs_number, g_free);
  g_clear_pointer (&self->given_name, g_free);
  g_clear_pointer (&self->family_name, g_free);
  g_clear_pointer (&self->preferred_name, g_free);
  g_clear_pointer (&self->pronouns, g_free);
  g_clear_pointer (&self->date_of_birth, g_free);
  g_clear_pointer (&self->gender, g_free);
  g_clear_pointer (&self->address, g_free);
  g_clear_pointer (&self->postcode, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->gp_practice_id, g_free);
  g_clear_pointer (&self->gp_practice_name, g_free);
  g_clear_pointer (&self->pcn, g_free);
  g_clear_pointer (&self->first_language, g_free);
  g_clear_pointer (&self->communication_needs, g_free);
  g_clear_pointer (&self->created_at, g_free);
  g_clear_pointer (&self->updated_at, g_free);
  g_clear_pointer (&self->created_by, g_free);
  g_clear_pointer (&self->updated_by, g_free);
  g_clear_pointer (&self->last_contact, g_free);
  g_clear_pointer (&self->match_field, g_free);
  g_clear_pointer (&self->display_name, g_free);
  g_clear_pointer (&self->sort_name, g_free);

  G_OBJECT_CLASS (caseload_person_parent_class)->finalize (object);
}

static void
caseload_person_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CaseloadPerson *self = CASELOAD_PERSON (object);

  switch (prop_id)
    {
    case PROP_LOADED:
      g_value_set_boolean (value, self->loaded);
      break;

    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_VERSION:
      g_value_set_int64 (value, self->version);
      break;

    case PROP_NHS_NUMBER:
      g_value_set_string (value, self->nhs_number);
      break;

    case PROP_GIVEN_NAME:
      g_value_set_string (value, self->given_name);
      break;

    case PROP_FAMILY_NAME:
      g_value_set_string (value, self->family_name);
      break;

    case PROP_PREFERRED_NAME:
      g_value_set_string (value, self->preferred_name);
      break;

    case PROP_PRONOUNS:
      g_value_set_string (value, self->pronouns);
      break;

    case PROP_DATE_OF_BIRTH:
      g_value_set_string (value, self->date_of_birth);
      break;

    case PROP_GENDER:
      g_value_set_string (value, self->gender);
      break;

    case PROP_ADDRESS:
      g_value_set_string (value, self->address);
      break;

    case PROP_POSTCODE:
      g_value_set_string (value, self->postcode);
      break;

    case PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;

    case PROP_GP_PRACTICE_ID:
      g_value_set_string (value, self->gp_practice_id);
      break;

    case PROP_GP_PRACTICE_NAME:
      g_value_set_string (value, self->gp_practice_name);
      break;

    case PROP_PCN:
      g_value_set_string (value, self->pcn);
      break;

    case PROP_FIRST_LANGUAGE:
      g_value_set_string (value, self->first_language);
      break;

    case PROP_INTERPRETER_NEEDED:
      g_value_set_boolean (value, self->interpreter_needed);
      break;

    case PROP_COMMUNICATION_NEEDS:
      g_value_set_string (value, self->communication_needs);
      break;

    case PROP_CREATED_AT:
      g_value_set_string (value, self->created_at);
      break;

    case PROP_UPDATED_AT:
      g_value_set_string (value, self->updated_at);
      break;

    case PROP_CREATED_BY:
      g_value_set_string (value, self->created_by);
      break;

    case PROP_UPDATED_BY:
      g_value_set_string (value, self->updated_by);
      break;

    case PROP_LAST_CONTACT:
      g_value_set_string (value, self->last_contact);
      break;

    case PROP_MATCH_FIELD:
      g_value_set_string (value, self->match_field);
      break;

    case PROP_CLOCK_STATE:
      g_value_set_enum (value, self->clock_state);
      break;

    case PROP_DISPLAY_NAME:
      g_value_set_string (value, self->display_name);
      break;

    case PROP_SORT_NAME:
      g_value_set_string (value, self->sort_name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_person_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CaseloadPerson *self = CASELOAD_PERSON (object);

  switch (prop_id)
    {
    case PROP_LOADED:
      caseload_person_set_loaded (self, g_value_get_boolean (value));
      break;

    case PROP_ID:
      caseload_person_set_id (self, g_value_get_string (value));
      break;

    case PROP_VERSION:
      caseload_person_set_version (self, g_value_get_int64 (value));
      break;

    case PROP_NHS_NUMBER:
      caseload_person_set_nhs_number (self, g_value_get_string (value));
      break;

    case PROP_GIVEN_NAME:
      caseload_person_set_given_name (self, g_value_get_string (value));
      break;

    case PROP_FAMILY_NAME:
      caseload_person_set_family_name (self, g_value_get_string (value));
      break;

    case PROP_PREFERRED_NAME:
      caseload_person_set_preferred_name (self, g_value_get_string (value));
      break;

    case PROP_PRONOUNS:
      caseload_person_set_pronouns (self, g_value_get_string (value));
      break;

    case PROP_DATE_OF_BIRTH:
      caseload_person_set_date_of_birth (self, g_value_get_string (value));
      break;

    case PROP_GENDER:
      caseload_person_set_gender (self, g_value_get_string (value));
      break;

    case PROP_ADDRESS:
      caseload_person_set_address (self, g_value_get_string (value));
      break;

    case PROP_POSTCODE:
      caseload_person_set_postcode (self, g_value_get_string (value));
      break;

    case PROP_PHONE:
      caseload_person_set_phone (self, g_value_get_string (value));
      break;

    case PROP_GP_PRACTICE_ID:
      caseload_person_set_gp_practice_id (self, g_value_get_string (value));
      break;

    case PROP_GP_PRACTICE_NAME:
      caseload_person_set_gp_practice_name (self, g_value_get_string (value));
      break;

    case PROP_PCN:
      caseload_person_set_pcn (self, g_value_get_string (value));
      break;

    case PROP_FIRST_LANGUAGE:
      caseload_person_set_first_language (self, g_value_get_string (value));
      break;

    case PROP_INTERPRETER_NEEDED:
      caseload_person_set_interpreter_needed (self, g_value_get_boolean (value));
      break;

    case PROP_COMMUNICATION_NEEDS:
      caseload_person_set_communication_needs (self, g_value_get_string (value));
      break;

    case PROP_CREATED_AT:
      caseload_person_set_created_at (self, g_value_get_string (value));
      break;

    case PROP_UPDATED_AT:
      caseload_person_set_updated_at (self, g_value_get_string (value));
      break;

    case PROP_CREATED_BY:
      caseload_person_set_created_by (self, g_value_get_string (value));
      break;

    case PROP_UPDATED_BY:
      caseload_person_set_updated_by (self, g_value_get_string (value));
      break;

    case PROP_LAST_CONTACT:
      caseload_person_set_last_contact (self, g_value_get_string (value));
      break;

    case PROP_MATCH_FIELD:
      caseload_person_set_match_field (self, g_value_get_string (value));
      break;

    case PROP_CLOCK_STATE:
      caseload_person_set_clock_state (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
caseload_person_class_init (CaseloadPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = caseload_person_finalize;
  object_class->get_property = caseload_person_get_property;
  object_class->set_property = caseload_person_set_property;

  properties[PROP_LOADED] =
    g_param_spec_boolean ("loaded", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_VERSION] =
    g_param_spec_int64 ("version", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NHS_NUMBER] =
    g_param_spec_string ("nhs-number", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_GIVEN_NAME] =
    g_param_spec_string ("given-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FAMILY_NAME] =
    g_param_spec_string ("family-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PREFERRED_NAME] =
    g_param_spec_string ("preferred-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PRONOUNS] =
    g_param_spec_string ("pronouns", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DATE_OF_BIRTH] =
    g_param_spec_string ("date-of-birth", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_GENDER] =
    g_param_spec_string ("gender", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ADDRESS] =
    g_param_spec_string ("address", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_POSTCODE] =
    g_param_spec_string ("postcode", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_GP_PRACTICE_ID] =
    g_param_spec_string ("gp-practice-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_GP_PRACTICE_NAME] =
    g_param_spec_string ("gp-practice-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PCN] =
    g_param_spec_string ("pcn", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FIRST_LANGUAGE] =
    g_param_spec_string ("first-language", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_INTERPRETER_NEEDED] =
    g_param_spec_boolean ("interpreter-needed", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_COMMUNICATION_NEEDS] =
    g_param_spec_string ("communication-needs", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CREATED_AT] =
    g_param_spec_string ("created-at", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_UPDATED_AT] =
    g_param_spec_string ("updated-at", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CREATED_BY] =
    g_param_spec_string ("created-by", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_UPDATED_BY] =
    g_param_spec_string ("updated-by", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LAST_CONTACT] =
    g_param_spec_string ("last-contact", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MATCH_FIELD] =
    g_param_spec_string ("match-field", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CLOCK_STATE] =
    g_param_spec_enum ("clock-state", NULL, NULL,
                       CASELOAD_TYPE_CLOCK_STATE,
                       CASELOAD_CLOCK_NONE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DISPLAY_NAME] =
    g_param_spec_string ("display-name", NULL, NULL,
                         "",
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SORT_NAME] =
    g_param_spec_string ("sort-name", NULL, NULL,
                         "",
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
caseload_person_init (CaseloadPerson *self)
{
  self->loaded = TRUE;
  self->clock_state = CASELOAD_CLOCK_NONE;
  self->display_name = g_strdup ("");
  self->sort_name = g_strdup ("");
}

/**
 * caseload_person_new:
 *
 * Returns: (transfer full): a new, empty person
 */
CaseloadPerson *
caseload_person_new (void)
{
  return g_object_new (CASELOAD_TYPE_PERSON, NULL);
}

/**
 * caseload_person_update_from:
 * @self: the person to change
 * @other: the person to copy from
 *
 * Copies every field of @other into @self, including "loaded" and the fields the
 * store fills on read. Only the properties that really change are notified, once
 * each, after all of them are set.
 */
void
caseload_person_update_from (CaseloadPerson *self,
                             CaseloadPerson *other)
{
  g_return_if_fail (CASELOAD_IS_PERSON (self));
  g_return_if_fail (CASELOAD_IS_PERSON (other));

  if (self == other)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  caseload_person_set_loaded (self, other->loaded);
  caseload_person_set_id (self, other->id);
  caseload_person_set_version (self, other->version);
  caseload_person_set_nhs_number (self, other->nhs_number);
  caseload_person_set_given_name (self, other->given_name);
  caseload_person_set_family_name (self, other->family_name);
  caseload_person_set_preferred_name (self, other->preferred_name);
  caseload_person_set_pronouns (self, other->pronouns);
  caseload_person_set_date_of_birth (self, other->date_of_birth);
  caseload_person_set_gender (self, other->gender);
  caseload_person_set_address (self, other->address);
  caseload_person_set_postcode (self, other->postcode);
  caseload_person_set_phone (self, other->phone);
  caseload_person_set_gp_practice_id (self, other->gp_practice_id);
  caseload_person_set_gp_practice_name (self, other->gp_practice_name);
  caseload_person_set_pcn (self, other->pcn);
  caseload_person_set_first_language (self, other->first_language);
  caseload_person_set_interpreter_needed (self, other->interpreter_needed);
  caseload_person_set_communication_needs (self, other->communication_needs);
  caseload_person_set_created_at (self, other->created_at);
  caseload_person_set_updated_at (self, other->updated_at);
  caseload_person_set_created_by (self, other->created_by);
  caseload_person_set_updated_by (self, other->updated_by);
  caseload_person_set_last_contact (self, other->last_contact);
  caseload_person_set_match_field (self, other->match_field);
  caseload_person_set_clock_state (self, other->clock_state);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * caseload_person_get_loaded:
 * @self: a person
 *
 * Returns: %FALSE while this is a placeholder waiting for its page
 */
gboolean
caseload_person_get_loaded (CaseloadPerson *self)
{
  g_return_val_if_fail (CASELOAD_IS_PERSON (self), FALSE);

  return self->loaded;
}

void
caseload_person_set_loaded (CaseloadPerson *self,
                            gboolean        loaded)
{
  g_return_if_fail (CASELOAD_IS_PERSON (self));

  loaded = !!loaded;

  if (self->loaded == loaded)
    return;

  self->loaded = loaded;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);
}

/**
 * caseload_person_get_id:
 * @self: a person
 *
 * Returns: (nullable): the stored id, or %NULL before the first save
 */
const char *
caseload_person_get_id (CaseloadPerson *self)
{
  g_return_val_if_fail (CASELOAD_IS_PERSON (self), NULL);

  return self->id;
}

void
caseload_person_set_id (CaseloadPerson *self,
                        const char     *id)
{
  g_return_if_fail (CASELOAD_IS_PERSON (self));

  if (caseload_property_set_string (&self->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

/**
 * caseload_person_get_version:
 * @self: a person
 *
 * Returns: the version read from the store; 0 before the first save
 */
gint64
caseload_person_get_version (CaseloadPerson *self)
{
  g_return_val_if_fail (CASELOAD_IS_PERSON (self), 0);

  return self->version;
}

void
caseload_person_set_version (CaseloadPerson *self,
                             gint64          version)
{
  g_return_if_fail (CASELOAD_IS_PERSON (self));
  g_return_if_fail (version >= 0);

  if (self->version == version)
    return;

  self->version = version;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
}

/**
 * caseload_person_get_nhs_number:
 * @self: a person
 *
 * Returns: (nullable): the NHS number as 10 digits
 */
const char *
caseload_person_get_nhs_number (CaseloadPerson *self)
{
  g_return_val_if_fail (CASELOAD_IS_PERSON (self), NULL);

  return self->nhs_number;
}

void
caseload_person_set_nhs_number (CaseloadPerson *self,
                                const char     *nhs_number)
{
  g_return_if_fail (CASELOAD_IS_PERSON (self));

  if (caseload_property_set_string (&self->nhs_number, nhs_number))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NHS_NUMBER]);
}

/**
 * caseload_person_get_given_name:
 * @self: a person
 *
 * Returns: (nullable): the given name
 */
const char *
caseload_person_get_given_name (CaseloadPerson *self)
{
  g_return_val_if_fail (CASELOAD_IS_PERSON (self), NULL);

  return self->given_name;
}

void
caseload_person_set_given_name (CaseloadPerson *self,
                                const char     *given_name)
{
  g_return_if_fail (CASELOAD_IS_PERSON (self));

  if (!caseload_property_set_string (&self->given_name, given_name))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GIVEN_NAME]);
  update_names (self);
}

/**
 * caseload_person_get_family_name:
 * @self: a person
 *
 * Returns: (nullable): the family name
 */
const char *
caseload_person_get_family_name (CaseloadPerson *self)
{
  g_return_val_if_fail (CASELOAD_IS_PERSON (self), NULL);

  return self->family_name;
}

void
caseload_person_set_family_name (CaseloadPerson *self,
                                 const char     *family_name)
{
  g_return_if_fail (CASELOAD_IS_PERSON (self));

  if (!caseload_property_set_string (&self->family_name, family_name))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAMILY_NAME]);
  update_names (self);
}

/**
 * caseload_person_get_preferred_name:
 * @self: a person
 *
 * Returns: (nullable): the name the person likes to be called
 */
const char *
caseload_person_get_preferred_name (CaseloadPerson *self)
{
  g_return_val_if_fail (CASELOAD_IS_PERSON (self), NULL);

  return self->preferred_name;
}

void
caseload_person_set_preferred_name (CaseloadPerson *self,
                                    const char     *preferred_name)
{
  g_return_if_fail (CASELOAD_IS_PERSON (self));

  if (!caseload_property_set_string (&self->preferred_name, preferred_name))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PREFERRED_NAME]);
  update_names (self);
}

/**
 * caseload_person_get_pronouns:
 * @self: a person
 *
 * Returns: (nullable): the person's pronouns
 */
const char *
caseload_person_get_pronouns (CaseloadPerson *self)
{
  g_return_val_if_fail (CASELOAD_IS_PERSON (self), NULL);

  return self->pronouns;
}

void
caseload_person_set_pronouns (CaseloadPerson *self,
                              const char     *pronouns)
{
  g_return_if_fail (CASELOAD_IS_PERSON (self));

  if (caseload_property_set_string (&self->pronouns, pronouns))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRONOUNS]);
}

/**
 * caseload_person_get_date_of_birth:
 * @self: a person
 *
 * Returns: (nullable): the date of birth, ISO 8601 "YYYY-MM-DD"
 */
const char *
caseload_person_get_date_of_birth (CaseloadPerson *self)
{
  g_return_val_if_fail (CASELOAD_IS_PERSON (self), NULL);

  return self->date_of_birth;
}

void
caseload_person_set_date_of_birth (CaseloadPerson *self,
                                   const char     *date_of_birth)
{
  g_return_if_fail (CASELOAD_IS_PERSON (self));

  if (caseload_property_set_string (&self->date_of_birth, date_of_birth))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE_OF_BIRTH]);
}

/**
 * caseload_person_get_gender:
 * @self: a person
 *
 * Returns: (nullable): the gender, in the person's words
 */
const char *
caseload_person_get_gender (CaseloadPerson *self)
{
  g_return_val_if_fail (CASELOAD_IS_PERSON (self), NULL);

  return self->gender;
}

void
caseload_person_set_gender (CaseloadPerson *self,
                            const char     *gender)
{
  g_return_if_fail (CASELOAD_IS_PERSON (self));

  if (caseload_property_set_string (&self->gender, gender))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GENDER]);
}

/**
 * caseload_person_get_address:
 * @self: a person
 *
 * Returns: (nullable): the postal address, without the postcode
 */
const char *
caseload_person_get_address (CaseloadPerson *self)
{
  g_return_val_if_fail (CASELOAD_IS_PERSON (self), NULL);

  return self->address;
}

void
caseload_person_set_address (CaseloadPerson *self,
                             const char     *address)
{
  g_return_if_fail (CASELOAD_IS_PERSON (self));

  if (caseload_property_set_string (&self->address, address))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADDRESS]);
}

/**
 * caseload_person_get_postcode:
 * @self: a person
 *
 * Returns: (nullable): the postcode, upper case with one space
 */
const char *
caseload_person_get_postcode (CaseloadPerson *self)
{
  g_return_val_if_fail (CASELOAD_IS_PERSON (self), NULL);

  return self->postcode;
}

void
caseload_person_set_postcode (CaseloadPerson *self,
                              const char     *postcode)
{
  g_return_if_fail (CASELOAD_IS_PERSON (self));

  if (caseload_property_set_string (&self->postcode, postcode))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSTCODE]);
}

/**
 * caseload_person_get_phone:
 * @self: a person
 *
 * Returns: (nullable): a phone number
 */
const char *
caseload_person_get_phone (CaseloadPerson *self)
{
  g_return_val_if_fail (CASELOAD_IS_PERSON (self), NULL);

  return self->phone;
}

void
caseload_person_set_phone (CaseloadPerson *self,
                           const char     *phone)
{
  g_return_if_fail (CASELOAD_IS_PERSON (self));

  if (caseload_property_set_string (&self->phone, phone))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONE]);
}

/**
 * caseload_person_get_gp_practice_id:
 * @self: a person
 *
 * Returns: (nullable): the id of the person's GP practice
 */
const char *
caseload_person_get_gp_practice_id (CaseloadPerson *self)
{
  g_return_val_if_fail (CASELOAD_IS_PERSON (self), NULL);

  return self->gp_practice_id;
}

void
caseload_person_set_gp_practice_id (CaseloadPerson *self,
                                    const char     *gp_practice_id)
{
  g_return_if_fail (CASELOAD_IS_PERSON (self));

  if (caseload_property_set_string (&self->gp_practice_id, gp_practice_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GP_PRACTICE_ID]);
}

/**
 * caseload_person_get_gp_practice_name:
 * @self: a person
 *
 * Returns: (nullable): the GP practice's name, filled by the store on read
 */
const char *
caseload_person_get_gp_practice_name (CaseloadPerson *self)
{
  g_return_val_if_fail (CASELOAD_IS_PERSON (self), NULL);

  return self->gp_practice_name;
}

void
caseload_person_set_gp_practice_name (CaseloadPerson *self,
                                      const char     *gp_practice_name)
{
  g_return_if_fail (CASELOAD_IS_PERSON (self));

  if (caseload_property_set_string (&self->gp_practice_name, gp_practice_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GP_PRACTICE_NAME]);
}

/**
 * caseload_person_get_pcn:
 * @self: a person
 *
 * Returns: (nullable): the Primary Care Network
 */
const char *
caseload_person_get_pcn (CaseloadPerson *self)
{
  g_return_val_if_fail (CASELOAD_IS_PERSON (self), NULL);

  return self->pcn;
}

void
caseload_person_set_pcn (CaseloadPerson *self,
                         const char     *pcn)
{
  g_return_if_fail (CASELOAD_IS_PERSON (self));

  if (caseload_property_set_string (&self->pcn, pcn))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PCN]);
}

/**
 * caseload_person_get_first_language:
 * @self: a person
 *
 * Returns: (nullable): the first language
 */
const char *
caseload_person_get_first_language (CaseloadPerson *self)
{
  g_return_val_if_fail (CASELOAD_IS_PERSON (self), NULL);

  return self->first_language;
}

void
caseload_person_set_first_language (CaseloadPerson *self,
                                    const char     *first_language)
{
  g_return_if_fail (CASELOAD_IS_PERSON (self));

  if (caseload_property_set_string (&self->first_language, first_language))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_LANGUAGE]);
}

/**
 * caseload_person_get_interpreter_needed:
 * @self: a person
 *
 * Returns: %TRUE if the person needs an interpreter
 */
gboolean
caseload_person_get_interpreter_needed (CaseloadPerson *self)
{
  g_return_val_if_fail (CASELOAD_IS_PERSON (self), FALSE);

  return self->interpreter_needed;
}

void
caseload_person_set_interpreter_needed (CaseloadPerson *self,
                                        gboolean        interpreter_needed)
{
  g_return_if_fail (CASELOAD_IS_PERSON (self));

  interpreter_needed = !!interpreter_needed;

  if (self->interpreter_needed == interpreter_needed)
    return;

  self->interpreter_needed = interpreter_needed;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERPRETER_NEEDED]);
}

/**
 * caseload_person_get_communication_needs:
 * @self: a person
 *
 * Returns: (nullable): how to communicate well with the person
 */
const char *
caseload_person_get_communication_needs (CaseloadPerson *self)
{
  g_return_val_if_fail (CASELOAD_IS_PERSON (self), NULL);

  return self->communication_needs;
}

void
caseload_person_set_communication_needs (CaseloadPerson *self,
                                         const char     *communication_needs)
{
  g_return_if_fail (CASELOAD_IS_PERSON (self));

  if (caseload_property_set_string (&self->communication_needs, communication_needs))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMMUNICATION_NEEDS]);
}

/**
 * caseload_person_get_created_at:
 * @self: a person
 *
 * Returns: (nullable): when the record was created, ISO 8601 UTC
 */
const char *
caseload_person_get_created_at (CaseloadPerson *self)
{
  g_return_val_if_fail (CASELOAD_IS_PERSON (self), NULL);

  return self->created_at;
}

void
caseload_person_set_created_at (CaseloadPerson *self,
                                const char     *created_at)
{
  g_return_if_fail (CASELOAD_IS_PERSON (self));

  if (caseload_property_set_string (&self->created_at, created_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
}

/**
 * caseload_person_get_updated_at:
 * @self: a person
 *
 * Returns: (nullable): when the record was last changed, ISO 8601 UTC
 */
const char *
caseload_person_get_updated_at (CaseloadPerson *self)
{
  g_return_val_if_fail (CASELOAD_IS_PERSON (self), NULL);

  return self->updated_at;
}

void
caseload_person_set_updated_at (CaseloadPerson *self,
                                const char     *updated_at)
{
  g_return_if_fail (CASELOAD_IS_PERSON (self));

  if (caseload_property_set_string (&self->updated_at, updated_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED_AT]);
}

/**
 * caseload_person_get_created_by:
 * @self: a person
 *
 * Returns: (nullable): the id of the staff member who created the record
 */
const char *
caseload_person_get_created_by (CaseloadPerson *self)
{
  g_return_val_if_fail (CASELOAD_IS_PERSON (self), NULL);

  return self->created_by;
}

void
caseload_person_set_created_by (CaseloadPerson *self,
                                const char     *created_by)
{
  g_return_if_fail (CASELOAD_IS_PERSON (self));

  if (caseload_property_set_string (&self->created_by, created_by))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_BY]);
}

/**
 * caseload_person_get_updated_by:
 * @self: a person
 *
 * Returns: (nullable): the id of the staff member who last changed the record
 */
const char *
caseload_person_get_updated_by (CaseloadPerson *self)
{
  g_return_val_if_fail (CASELOAD_IS_PERSON (self), NULL);

  return self->updated_by;
}

void
caseload_person_set_updated_by (CaseloadPerson *self,
                                const char     *updated_by)
{
  g_return_if_fail (CASELOAD_IS_PERSON (self));

  if (caseload_property_set_string (&self->updated_by, updated_by))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED_BY]);
}

/**
 * caseload_person_get_last_contact:
 * @self: a person
 *
 * Returns: (nullable): when the person was last in contact, filled by the store on read
 */
const char *
caseload_person_get_last_contact (CaseloadPerson *self)
{
  g_return_val_if_fail (CASELOAD_IS_PERSON (self), NULL);

  return self->last_contact;
}

void
caseload_person_set_last_contact (CaseloadPerson *self,
                                  const char     *last_contact)
{
  g_return_if_fail (CASELOAD_IS_PERSON (self));

  if (caseload_property_set_string (&self->last_contact, last_contact))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_CONTACT]);
}

/**
 * caseload_person_get_match_field:
 * @self: a person
 *
 * Returns: (nullable): the field a search matched when it was not the visible name
 */
const char *
caseload_person_get_match_field (CaseloadPerson *self)
{
  g_return_val_if_fail (CASELOAD_IS_PERSON (self), NULL);

  return self->match_field;
}

void
caseload_person_set_match_field (CaseloadPerson *self,
                                 const char     *match_field)
{
  g_return_if_fail (CASELOAD_IS_PERSON (self));

  if (caseload_property_set_string (&self->match_field, match_field))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MATCH_FIELD]);
}

/**
 * caseload_person_get_clock_state:
 * @self: a person
 *
 * Returns: the most pressing waiting-time clock among the person's open referrals:
 *   %CASELOAD_CLOCK_BREACHED, %CASELOAD_CLOCK_NEAR_BREACH or %CASELOAD_CLOCK_NONE
 */
CaseloadClockState
caseload_person_get_clock_state (CaseloadPerson *self)
{
  g_return_val_if_fail (CASELOAD_IS_PERSON (self), CASELOAD_CLOCK_NONE);

  return self->clock_state;
}

void
caseload_person_set_clock_state (CaseloadPerson     *self,
                                 CaseloadClockState  clock_state)
{
  g_return_if_fail (CASELOAD_IS_PERSON (self));

  if (self->clock_state == clock_state)
    return;

  self->clock_state = clock_state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLOCK_STATE]);
}

/**
 * caseload_person_get_display_name:
 * @self: a person
 *
 * Returns: the name to show, "Alexander (Sandy) Okafor"; "" when there are no names
 */
const char *
caseload_person_get_display_name (CaseloadPerson *self)
{
  g_return_val_if_fail (CASELOAD_IS_PERSON (self), NULL);

  return self->display_name;
}

/**
 * caseload_person_get_sort_name:
 * @self: a person
 *
 * Returns: the name for sorted lists, "OKAFOR, Alexander"; "" when there are no names
 */
const char *
caseload_person_get_sort_name (CaseloadPerson *self)
{
  g_return_val_if_fail (CASELOAD_IS_PERSON (self), NULL);

  return self->sort_name;
}

/**
 * caseload_person_copy:
 * @self: a person
 *
 * Returns: (transfer full): an independent duplicate of @self, every field included
 */
CaseloadPerson *
caseload_person_copy (CaseloadPerson *self)
{
  CaseloadPerson *copy;

  g_return_val_if_fail (CASELOAD_IS_PERSON (self), NULL);

  copy = caseload_person_new ();
  caseload_person_update_from (copy, self);

  return copy;
}

/**
 * caseload_person_get_age:
 * @self: a person
 * @today: the date to count to
 *
 * Someone born on 29 February is a year older on 1 March in a common year.
 *
 * Returns: the age in whole years on @today, or -1 when the date of birth is unknown,
 *   not a date, or after @today
 */
int
caseload_person_get_age (CaseloadPerson *self,
                         const GDate    *today)
{
  GDate birth;
  int age;

  g_return_val_if_fail (CASELOAD_IS_PERSON (self), -1);
  g_return_val_if_fail (today != NULL && g_date_valid (today), -1);

  if (!parse_iso_date (self->date_of_birth, &birth))
    return -1;

  if (g_date_compare (&birth, today) > 0)
    return -1;

  age = (int) g_date_get_year (today) - (int) g_date_get_year (&birth);

  if (g_date_get_month (today) < g_date_get_month (&birth) ||
      (g_date_get_month (today) == g_date_get_month (&birth) &&
       g_date_get_day (today) < g_date_get_day (&birth)))
    age--;

  return age;
}
