/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "caseload-involvement.h"
#include "caseload-network-member.h"
#include "caseload-organisation.h"
#include "caseload-person.h"
#include "caseload-staff.h"
#include "caseload-timeline-entry.h"

G_BEGIN_DECLS

#define CASELOAD_TYPE_STORE (caseload_store_get_type ())
G_DECLARE_INTERFACE (CaseloadStore, caseload_store, CASELOAD, STORE, GObject)

/**
 * CaseloadPersonDetail:
 * @person: the person
 * @network: (element-type CaseloadNetworkMember): their network
 * @involvement: (element-type CaseloadInvolvement): who is involved, by organisation
 * @entry_count: how many timeline entries the actor may see
 *
 * Everything the person page shows above the timeline, read in one go.
 */
typedef struct {
  CaseloadPerson *person;
  GPtrArray      *network;
  GPtrArray      *involvement;
  guint           entry_count;
} CaseloadPersonDetail;

void caseload_person_detail_free (CaseloadPersonDetail *detail);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CaseloadPersonDetail, caseload_person_detail_free)

/*
 * The record store. Every call that touches a person takes the acting staff member
 * (@actor); the store decides what they may see. Every mutation is one transaction and
 * stamps who made it and when. Updates carry the version that was read: a stale version
 * fails with CASELOAD_ERROR_CONFLICT and changes nothing. Implementations are safe to
 * call from any thread; the _async variants run the call in a worker thread.
 */
struct _CaseloadStoreInterface
{
  GTypeInterface parent_iface;

  int         (*get_schema_version)     (CaseloadStore *self);

  gboolean    (*begin)                  (CaseloadStore *self, GError **error);
  gboolean    (*commit)                 (CaseloadStore *self, GError **error);
  void        (*rollback)               (CaseloadStore *self);

  gboolean    (*save_organisation)      (CaseloadStore *self, CaseloadOrganisation *organisation, GError **error);
  GPtrArray * (*list_organisations)     (CaseloadStore *self, GError **error);
  gboolean    (*save_staff)             (CaseloadStore *self, CaseloadStaff *staff, GError **error);
  GPtrArray * (*list_staff)             (CaseloadStore *self, GError **error);
  CaseloadStaff *(*get_staff)           (CaseloadStore *self, const char *id, GError **error);

  gboolean    (*create_person)          (CaseloadStore *self, CaseloadStaff *actor, CaseloadPerson *person, GError **error);
  gboolean    (*update_person)          (CaseloadStore *self, CaseloadStaff *actor, CaseloadPerson *person, GError **error);
  CaseloadPersonDetail *(*open_person)  (CaseloadStore *self, CaseloadStaff *actor, const char *person_id, GError **error);
  gboolean    (*count_people)           (CaseloadStore *self, CaseloadStaff *actor, const char *search, guint *count, GError **error);
  GPtrArray * (*list_people)            (CaseloadStore *self, CaseloadStaff *actor, const char *search,
                                         guint offset, guint limit, GError **error);

  gboolean    (*add_network_member)     (CaseloadStore *self, CaseloadStaff *actor, CaseloadNetworkMember *member, GError **error);

  gboolean    (*add_timeline_entry)     (CaseloadStore *self, CaseloadStaff *actor, CaseloadTimelineEntry *entry, GError **error);
  GPtrArray * (*list_timeline_entries)  (CaseloadStore *self, CaseloadStaff *actor, const char *person_id,
                                         guint offset, guint limit, GError **error);
};

/* The newest schema this build knows. */
int        caseload_store_get_schema_version (CaseloadStore *self);

/* An outer transaction for bulk work (demo data, imports); mutations inside it nest.
 * A commit that fails has already rolled back: do not call rollback after it. */
gboolean   caseload_store_begin              (CaseloadStore *self, GError **error);
gboolean   caseload_store_commit             (CaseloadStore *self, GError **error);
void       caseload_store_rollback           (CaseloadStore *self);

/* Organisations and staff. save_* creates the record when it has no id (and gives it
 * one), otherwise updates it against its version. */
gboolean   caseload_store_save_organisation  (CaseloadStore *self, CaseloadOrganisation *organisation, GError **error);
GPtrArray *caseload_store_list_organisations (CaseloadStore *self, GError **error);
gboolean   caseload_store_save_staff         (CaseloadStore *self, CaseloadStaff *staff, GError **error);
GPtrArray *caseload_store_list_staff         (CaseloadStore *self, GError **error);
CaseloadStaff *caseload_store_get_staff      (CaseloadStore *self, const char *id, GError **error);

/* People. create_person validates, gives the person an id, version 1 and timestamps.
 * update_person validates and bumps the version; stale → CASELOAD_ERROR_CONFLICT. */
gboolean   caseload_store_create_person      (CaseloadStore *self, CaseloadStaff *actor, CaseloadPerson *person, GError **error);
gboolean   caseload_store_update_person      (CaseloadStore *self, CaseloadStaff *actor, CaseloadPerson *person, GError **error);
CaseloadPersonDetail *caseload_store_open_person (CaseloadStore *self, CaseloadStaff *actor, const char *person_id, GError **error);
/* @search: NULL or empty for everyone (sorted by family then given name); otherwise
 * name fragments, an NHS number (spaces optional), a postcode or a date of birth. */
gboolean   caseload_store_count_people       (CaseloadStore *self, CaseloadStaff *actor, const char *search,
                                              guint *count, GError **error);
GPtrArray *caseload_store_list_people        (CaseloadStore *self, CaseloadStaff *actor, const char *search,
                                              guint offset, guint limit, GError **error);

gboolean   caseload_store_add_network_member (CaseloadStore *self, CaseloadStaff *actor, CaseloadNetworkMember *member, GError **error);

/* Timeline entries, newest first; private entries only reach the author's organisation. */
gboolean   caseload_store_add_timeline_entry (CaseloadStore *self, CaseloadStaff *actor, CaseloadTimelineEntry *entry, GError **error);
GPtrArray *caseload_store_list_timeline_entries (CaseloadStore *self, CaseloadStaff *actor, const char *person_id,
                                                 guint offset, guint limit, GError **error);

/* Asynchronous forms, for the window: the call runs in a worker thread. */
void       caseload_store_list_people_async  (CaseloadStore *self, CaseloadStaff *actor, const char *search,
                                              guint offset, guint limit, GCancellable *cancellable,
                                              GAsyncReadyCallback callback, gpointer user_data);
GPtrArray *caseload_store_list_people_finish (CaseloadStore *self, GAsyncResult *result, GError **error);
void       caseload_store_count_people_async (CaseloadStore *self, CaseloadStaff *actor, const char *search,
                                              GCancellable *cancellable, GAsyncReadyCallback callback, gpointer user_data);
gboolean   caseload_store_count_people_finish (CaseloadStore *self, GAsyncResult *result, guint *count, GError **error);
void       caseload_store_open_person_async  (CaseloadStore *self, CaseloadStaff *actor, const char *person_id,
                                              GCancellable *cancellable, GAsyncReadyCallback callback, gpointer user_data);
CaseloadPersonDetail *caseload_store_open_person_finish (CaseloadStore *self, GAsyncResult *result, GError **error);
void       caseload_store_create_person_async (CaseloadStore *self, CaseloadStaff *actor, CaseloadPerson *person,
                                               GCancellable *cancellable, GAsyncReadyCallback callback, gpointer user_data);
gboolean   caseload_store_create_person_finish (CaseloadStore *self, GAsyncResult *result, GError **error);
void       caseload_store_add_timeline_entry_async (CaseloadStore *self, CaseloadStaff *actor, CaseloadTimelineEntry *entry,
                                                    GCancellable *cancellable, GAsyncReadyCallback callback, gpointer user_data);
gboolean   caseload_store_add_timeline_entry_finish (CaseloadStore *self, GAsyncResult *result, GError **error);
void       caseload_store_list_timeline_entries_async (CaseloadStore *self, CaseloadStaff *actor, const char *person_id,
                                                       guint offset, guint limit, GCancellable *cancellable,
                                                       GAsyncReadyCallback callback, gpointer user_data);
GPtrArray *caseload_store_list_timeline_entries_finish (CaseloadStore *self, GAsyncResult *result, GError **error);

G_END_DECLS
