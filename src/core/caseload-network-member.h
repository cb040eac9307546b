/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "caseload-types.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_NETWORK_MEMBER (caseload_network_member_get_type ())
G_DECLARE_FINAL_TYPE (CaseloadNetworkMember, caseload_network_member, CASELOAD, NETWORK_MEMBER, GObject)

/* Someone in a person's own network: family, carer, friend, or a professional outside
 * the team. Properties: "id", "version", "person-id", "name", "relationship" (
 * CaseloadRelationship), "relationship-detail" (free text: "mother", "neighbour"),
 * "is-carer", "phone", "email", "notes". */
CaseloadNetworkMember *caseload_network_member_new                     (void);
const char            *caseload_network_member_get_id                  (CaseloadNetworkMember *self);
void                   caseload_network_member_set_id                  (CaseloadNetworkMember *self, const char *id);
gint64                 caseload_network_member_get_version             (CaseloadNetworkMember *self);
void                   caseload_network_member_set_version             (CaseloadNetworkMember *self, gint64 version);
const char            *caseload_network_member_get_person_id           (CaseloadNetworkMember *self);
void                   caseload_network_member_set_person_id           (CaseloadNetworkMember *self, const char *person_id);
const char            *caseload_network_member_get_name                (CaseloadNetworkMember *self);
void                   caseload_network_member_set_name                (CaseloadNetworkMember *self, const char *name);
CaseloadRelationship   caseload_network_member_get_relationship        (CaseloadNetworkMember *self);
void                   caseload_network_member_set_relationship        (CaseloadNetworkMember *self, CaseloadRelationship relationship);
const char            *caseload_network_member_get_relationship_detail (CaseloadNetworkMember *self);
void                   caseload_network_member_set_relationship_detail (CaseloadNetworkMember *self, const char *detail);
gboolean               caseload_network_member_get_is_carer            (CaseloadNetworkMember *self);
void                   caseload_network_member_set_is_carer            (CaseloadNetworkMember *self, gboolean is_carer);
const char            *caseload_network_member_get_phone               (CaseloadNetworkMember *self);
void                   caseload_network_member_set_phone               (CaseloadNetworkMember *self, const char *phone);
const char            *caseload_network_member_get_email               (CaseloadNetworkMember *self);
void                   caseload_network_member_set_email               (CaseloadNetworkMember *self, const char *email);
const char            *caseload_network_member_get_notes               (CaseloadNetworkMember *self);
void                   caseload_network_member_set_notes               (CaseloadNetworkMember *self, const char *notes);

G_END_DECLS
