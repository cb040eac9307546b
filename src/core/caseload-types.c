/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "caseload-types.h"

/* The codes are stored in the database and used in interchange: never change one.
 * Each table is indexed by the enum value. */

typedef struct {
  const char *code;
  const char *label;
  const char *icon_name;
} TypeInfo;

static const TypeInfo organisation_kinds[] = {
  [CASELOAD_ORGANISATION_GP_PRACTICE]         = { "gp-practice",         N_("GP practice"),             NULL },
  [CASELOAD_ORGANISATION_MENTAL_HEALTH_TRUST] = { "mental-health-trust", N_("NHS mental health trust"), NULL },
  [CASELOAD_ORGANISATION_ADULT_SOCIAL_CARE]   = { "adult-social-care",   N_("Adult social care"),       NULL },
  [CASELOAD_ORGANISATION_VCSE]                = { "vcse",                N_("Voluntary sector"),        NULL },
  [CASELOAD_ORGANISATION_HOUSING]             = { "housing",             N_("Housing"),                 NULL },
  [CASELOAD_ORGANISATION_EMPLOYMENT]          = { "employment",          N_("Employment support"),      NULL },
  [CASELOAD_ORGANISATION_TALKING_THERAPIES]   = { "talking-therapies",   N_("Talking therapies"),       NULL },
};

static const TypeInfo relationships[] = {
  [CASELOAD_RELATIONSHIP_CARER]        = { "carer",        N_("Carer"),        NULL },
  [CASELOAD_RELATIONSHIP_FAMILY]       = { "family",       N_("Family"),       NULL },
  [CASELOAD_RELATIONSHIP_FRIEND]       = { "friend",       N_("Friend"),       NULL },
  [CASELOAD_RELATIONSHIP_PROFESSIONAL] = { "professional", N_("Professional"), NULL },
};

/* Icon names are symbolic icons shipped by the Adwaita icon theme that GTK 4.8 uses. */
static const TypeInfo entry_kinds[] = {
  [CASELOAD_ENTRY_APPOINTMENT]     = { "appointment",     N_("Appointment"),     "x-office-calendar-symbolic" },
  [CASELOAD_ENTRY_PHONE_CALL]      = { "phone-call",      N_("Phone call"),      "call-start-symbolic" },
  [CASELOAD_ENTRY_HOME_VISIT]      = { "home-visit",      N_("Home visit"),      "go-home-symbolic" },
  [CASELOAD_ENTRY_NOTE]            = { "note",            N_("Note"),            "document-edit-symbolic" },
  [CASELOAD_ENTRY_LETTER]          = { "letter",          N_("Letter"),          "mail-unread-symbolic" },
  [CASELOAD_ENTRY_NETWORK_MEETING] = { "network-meeting", N_("Network meeting"), "system-users-symbolic" },
  [CASELOAD_ENTRY_VIDEO_CALL]      = { "video-call",      N_("Video call"),      "camera-web-symbolic" },
  [CASELOAD_ENTRY_MESSAGE]         = { "message",         N_("Message"),         "mail-send-symbolic" },
};

static const TypeInfo access_roles[] = {
  [CASELOAD_ROLE_PRIMARY_CARE_CLINICIAN]     = { "primary-care-clinician",     N_("GP or primary care clinician"),               NULL },
  [CASELOAD_ROLE_MENTAL_HEALTH_PRACTITIONER] = { "mental-health-practitioner", N_("Mental health practitioner"),                 NULL },
  [CASELOAD_ROLE_PSYCHIATRIST]               = { "psychiatrist",               N_("Psychiatrist"),                               NULL },
  [CASELOAD_ROLE_SOCIAL_WORKER]              = { "social-worker",              N_("Social worker"),                              NULL },
  [CASELOAD_ROLE_AMHP]                       = { "amhp",                       N_("Approved mental health professional (AMHP)"), NULL },
  [CASELOAD_ROLE_VCSE_WORKER]                = { "vcse-worker",                N_("Voluntary sector worker"),                    NULL },
  [CASELOAD_ROLE_PEER_SUPPORT_WORKER]        = { "peer-support-worker",        N_("Peer support worker"),                        NULL },
  [CASELOAD_ROLE_HOUSING_OFFICER]            = { "housing-officer",            N_("Housing officer"),                            NULL },
  [CASELOAD_ROLE_EMPLOYMENT_SPECIALIST]      = { "employment-specialist",      N_("Employment specialist"),                      NULL },
  [CASELOAD_ROLE_TEAM_MANAGER]               = { "team-manager",               N_("Team manager"),                               NULL },
  [CASELOAD_ROLE_ADMINISTRATOR]              = { "administrator",              N_("Administrator"),                              NULL },
};

static const TypeInfo consent_methods[] = {
  [CASELOAD_CONSENT_METHOD_VERBAL]         = { "verbal",         N_("Verbal"),                  NULL },
  [CASELOAD_CONSENT_METHOD_WRITTEN]        = { "written",        N_("Written"),                 NULL },
  [CASELOAD_CONSENT_METHOD_BEST_INTERESTS] = { "best-interests", N_("Best-interests decision"), NULL },
};

static const TypeInfo sensitivities[] = {
  [CASELOAD_SENSITIVITY_STANDARD] = { "standard", NULL, NULL },
  [CASELOAD_SENSITIVITY_PRIVATE]  = { "private",  NULL, NULL },
};

static gboolean
find_code (const TypeInfo *table,
           guint           n_entries,
           const char     *code,
           guint          *index)
{
  if (code == NULL)
    return FALSE;

  for (guint i = 0; i < n_entries; i++)
    {
      if (g_str_equal (table[i].code, code))
        {
          *index = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
caseload_organisation_kind_to_code (CaseloadOrganisationKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (organisation_kinds), NULL);

  return organisation_kinds[kind].code;
}

/**
 * caseload_organisation_kind_from_code:
 * @code: (nullable): a stored code such as "gp-practice"
 * @kind: (out) (optional): where to put the kind
 *
 * Returns: %TRUE if @code is known; @kind is left alone otherwise
 */
gboolean
caseload_organisation_kind_from_code (const char               *code,
                                      CaseloadOrganisationKind *kind)
{
  guint index;

  if (!find_code (organisation_kinds, G_N_ELEMENTS (organisation_kinds), code, &index))
    return FALSE;

  if (kind != NULL)
    *kind = (CaseloadOrganisationKind) index;

  return TRUE;
}

/**
 * caseload_organisation_kind_label:
 * @kind: a kind
 *
 * Returns: (transfer none): the translated name of @kind, "GP practice"
 */
const char *
caseload_organisation_kind_label (CaseloadOrganisationKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (organisation_kinds), NULL);

  return _(organisation_kinds[kind].label);
}

const char *
caseload_relationship_to_code (CaseloadRelationship relationship)
{
  g_return_val_if_fail ((guint) relationship < G_N_ELEMENTS (relationships), NULL);

  return relationships[relationship].code;
}

/**
 * caseload_relationship_from_code:
 * @code: (nullable): a stored code such as "carer"
 * @relationship: (out) (optional): where to put the relationship
 *
 * Returns: %TRUE if @code is known; @relationship is left alone otherwise
 */
gboolean
caseload_relationship_from_code (const char           *code,
                                 CaseloadRelationship *relationship)
{
  guint index;

  if (!find_code (relationships, G_N_ELEMENTS (relationships), code, &index))
    return FALSE;

  if (relationship != NULL)
    *relationship = (CaseloadRelationship) index;

  return TRUE;
}

const char *
caseload_relationship_label (CaseloadRelationship relationship)
{
  g_return_val_if_fail ((guint) relationship < G_N_ELEMENTS (relationships), NULL);

  return _(relationships[relationship].label);
}

const char *
caseload_entry_kind_to_code (CaseloadEntryKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (entry_kinds), NULL);

  return entry_kinds[kind].code;
}

/**
 * caseload_entry_kind_from_code:
 * @code: (nullable): a stored code such as "home-visit"
 * @kind: (out) (optional): where to put the kind
 *
 * Returns: %TRUE if @code is known; @kind is left alone otherwise
 */
gboolean
caseload_entry_kind_from_code (const char        *code,
                               CaseloadEntryKind *kind)
{
  guint index;

  if (!find_code (entry_kinds, G_N_ELEMENTS (entry_kinds), code, &index))
    return FALSE;

  if (kind != NULL)
    *kind = (CaseloadEntryKind) index;

  return TRUE;
}

const char *
caseload_entry_kind_label (CaseloadEntryKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (entry_kinds), NULL);

  return _(entry_kinds[kind].label);
}

/**
 * caseload_entry_kind_icon_name:
 * @kind: a kind
 *
 * Returns: (transfer none): a symbolic icon name from the Adwaita theme
 */
const char *
caseload_entry_kind_icon_name (CaseloadEntryKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (entry_kinds), NULL);

  return entry_kinds[kind].icon_name;
}

const char *
caseload_access_role_to_code (CaseloadAccessRole role)
{
  g_return_val_if_fail ((guint) role < G_N_ELEMENTS (access_roles), NULL);

  return access_roles[role].code;
}

/**
 * caseload_access_role_from_code:
 * @code: (nullable): a stored code such as "social-worker"
 * @role: (out) (optional): where to put the role
 *
 * Returns: %TRUE if @code is known; @role is left alone otherwise
 */
gboolean
caseload_access_role_from_code (const char         *code,
                                CaseloadAccessRole *role)
{
  guint index;

  if (!find_code (access_roles, G_N_ELEMENTS (access_roles), code, &index))
    return FALSE;

  if (role != NULL)
    *role = (CaseloadAccessRole) index;

  return TRUE;
}

/**
 * caseload_access_role_label:
 * @role: a role
 *
 * Returns: (transfer none): the translated name of @role, "Social worker"
 */
const char *
caseload_access_role_label (CaseloadAccessRole role)
{
  g_return_val_if_fail ((guint) role < G_N_ELEMENTS (access_roles), NULL);

  return _(access_roles[role].label);
}

const char *
caseload_consent_method_to_code (CaseloadConsentMethod method)
{
  g_return_val_if_fail ((guint) method < G_N_ELEMENTS (consent_methods), NULL);

  return consent_methods[method].code;
}

/**
 * caseload_consent_method_from_code:
 * @code: (nullable): a stored code such as "written"
 * @method: (out) (optional): where to put the method
 *
 * Returns: %TRUE if @code is known; @method is left alone otherwise
 */
gboolean
caseload_consent_method_from_code (const char            *code,
                                   CaseloadConsentMethod *method)
{
  guint index;

  if (!find_code (consent_methods, G_N_ELEMENTS (consent_methods), code, &index))
    return FALSE;

  if (method != NULL)
    *method = (CaseloadConsentMethod) index;

  return TRUE;
}

/**
 * caseload_consent_method_label:
 * @method: a method
 *
 * Returns: (transfer none): the translated name of @method, "Written"
 */
const char *
caseload_consent_method_label (CaseloadConsentMethod method)
{
  g_return_val_if_fail ((guint) method < G_N_ELEMENTS (consent_methods), NULL);

  return _(consent_methods[method].label);
}

const char *
caseload_sensitivity_to_code (CaseloadSensitivity sensitivity)
{
  g_return_val_if_fail ((guint) sensitivity < G_N_ELEMENTS (sensitivities), NULL);

  return sensitivities[sensitivity].code;
}

/**
 * caseload_sensitivity_from_code:
 * @code: (nullable): a stored code, "standard" or "private"
 * @sensitivity: (out) (optional): where to put the sensitivity
 *
 * Returns: %TRUE if @code is known; @sensitivity is left alone otherwise
 */
gboolean
caseload_sensitivity_from_code (const char          *code,
                                CaseloadSensitivity *sensitivity)
{
  guint index;

  if (!find_code (sensitivities, G_N_ELEMENTS (sensitivities), code, &index))
    return FALSE;

  if (sensitivity != NULL)
    *sensitivity = (CaseloadSensitivity) index;

  return TRUE;
}
