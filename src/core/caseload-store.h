/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "caseload-audit-event.h"
#include "caseload-break-glass.h"
#include "caseload-clock.h"
#include "caseload-consent.h"
#include "caseload-involvement.h"
#include "caseload-network-member.h"
#include "caseload-organisation.h"
#include "caseload-person.h"
#include "caseload-policy.h"
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
  gboolean    (*save_staff)             (CaseloadStore *self, CaseloadStaff *actor, CaseloadStaff *staff, GError **error);
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

  CaseloadStaff *(*sign_in)             (CaseloadStore *self, const char *username, const char *password, GError **error);
  gboolean    (*change_password)        (CaseloadStore *self, CaseloadStaff *actor, const char *old_password,
                                         const char *new_password, GError **error);
  gboolean    (*set_password)           (CaseloadStore *self, CaseloadStaff *actor, const char *staff_id,
                                         const char *password, gboolean must_change, GError **error);
  gboolean    (*set_staff_active)       (CaseloadStore *self, CaseloadStaff *actor, const char *staff_id,
                                         gboolean active, GError **error);
  gboolean    (*record_event)           (CaseloadStore *self, CaseloadStaff *actor, const char *action,
                                         const char *person_id, const char *detail, GError **error);

  gboolean    (*check_access)           (CaseloadStore *self, CaseloadStaff *actor, const char *person_id,
                                         CaseloadAccess *access, char **explanation, GError **error);
  gboolean    (*add_care_relationship)  (CaseloadStore *self, CaseloadStaff *actor, const char *person_id,
                                         const char *organisation_id, const char *kind, GError **error);
  gboolean    (*record_consent)         (CaseloadStore *self, CaseloadStaff *actor, CaseloadConsent *consent, GError **error);
  GPtrArray * (*list_consent)           (CaseloadStore *self, CaseloadStaff *actor, const char *person_id,
                                         gboolean history, GError **error);
  CaseloadBreakGlass *(*break_glass)    (CaseloadStore *self, CaseloadStaff *actor, const char *person_id,
                                         const char *reason, GError **error);
  GPtrArray * (*list_break_glass)       (CaseloadStore *self, CaseloadStaff *actor, gboolean unreviewed_only, GError **error);
  gboolean    (*review_break_glass)     (CaseloadStore *self, CaseloadStaff *actor, const char *id, GError **error);

  GPtrArray * (*list_audit)             (CaseloadStore *self, CaseloadStaff *actor, const char *staff_id,
                                         const char *person_id, const char *from, const char *to,
                                         guint offset, guint limit, GError **error);
  gboolean    (*verify_audit)           (CaseloadStore *self, gint64 *n_checked, GError **error);
};

/* Opens the store at @location: a PostgreSQL URI ("postgresql://…") is the shared site,
 * for a desk that connects at sign-in; anything else is the path of an embedded
 * database. @clock: NULL for the system clock. */
CaseloadStore *caseload_store_open          (const char *location, CaseloadClock *clock, GError **error);

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
/* @actor: an administrator, or NULL for the local administration tool (caseload-admin,
 * demo data), which has the database file itself. */
gboolean   caseload_store_save_staff         (CaseloadStore *self, CaseloadStaff *actor, CaseloadStaff *staff, GError **error);
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

/* Sign-in. Wrong username and wrong password get the same CASELOAD_ERROR_SIGN_IN;
 * the fifth failure in a row locks the account for CASELOAD_LOCKOUT_MINUTES
 * (CASELOAD_ERROR_ACCOUNT_LOCKED, saying until when); a deactivated account gets
 * CASELOAD_ERROR_ACCOUNT_DEACTIVATED. Every attempt is audited. The staff member returned
 * may have must-change-password set: the window asks for a new one before going on. */
CaseloadStaff *caseload_store_sign_in        (CaseloadStore *self, const char *username, const char *password,
                                              GError **error);
gboolean   caseload_store_change_password    (CaseloadStore *self, CaseloadStaff *actor, const char *old_password,
                                              const char *new_password, GError **error);
/* An administrator (or @actor NULL: caseload-admin) sets a password; with @must_change
 * the staff member must choose their own at the next sign-in. */
gboolean   caseload_store_set_password       (CaseloadStore *self, CaseloadStaff *actor, const char *staff_id,
                                              const char *password, gboolean must_change, GError **error);
gboolean   caseload_store_set_staff_active   (CaseloadStore *self, CaseloadStaff *actor, const char *staff_id,
                                              gboolean active, GError **error);
/* Audits something that happened outside the store: "print", "export", "lock",
 * "sign-out". @detail is JSON text or NULL. */
gboolean   caseload_store_record_event       (CaseloadStore *self, CaseloadStaff *actor, const char *action,
                                              const char *person_id, const char *detail, GError **error);

/* What @actor may do with a person's record and, when they may not view it, a sentence
 * saying why ("Thurrock & Brentwood Mind cannot see this record: Alex declined sharing
 * on 3 March 2026."). */
gboolean   caseload_store_check_access       (CaseloadStore *self, CaseloadStaff *actor, const char *person_id,
                                              CaseloadAccess *access, char **explanation, GError **error);
/* A referral ("referral") or allocation ("allocation") that puts an organisation in the
 * person's direct care. Later issues record these through referrals and allocations. */
gboolean   caseload_store_add_care_relationship (CaseloadStore *self, CaseloadStaff *actor, const char *person_id,
                                                 const char *organisation_id, const char *kind, GError **error);
/* Records a decision; it takes effect at once for every list and record. */
gboolean   caseload_store_record_consent     (CaseloadStore *self, CaseloadStaff *actor, CaseloadConsent *consent,
                                              GError **error);
/* The decision in force per organisation (or, with @history, every decision, newest first). */
GPtrArray *caseload_store_list_consent       (CaseloadStore *self, CaseloadStaff *actor, const char *person_id,
                                              gboolean history, GError **error);
/* Emergency access for CASELOAD_BREAK_GLASS_HOURS, with a reason of at least a few words. */
CaseloadBreakGlass *caseload_store_break_glass (CaseloadStore *self, CaseloadStaff *actor, const char *person_id,
                                                const char *reason, GError **error);
/* For team managers: break-glass accesses, all or awaiting review. */
GPtrArray *caseload_store_list_break_glass   (CaseloadStore *self, CaseloadStaff *actor, gboolean unreviewed_only,
                                              GError **error);
gboolean   caseload_store_review_break_glass (CaseloadStore *self, CaseloadStaff *actor, const char *id, GError **error);

/* For team managers: audit events, newest first, filtered by staff member, person and a
 * date range ("YYYY-MM-DD", inclusive; each may be NULL). With @person_id this is "who
 * has seen this record", searches that returned them included. */
GPtrArray *caseload_store_list_audit         (CaseloadStore *self, CaseloadStaff *actor, const char *staff_id,
                                              const char *person_id, const char *from, const char *to,
                                              guint offset, guint limit, GError **error);
/* Walks the whole chain; on a broken link fails with CASELOAD_ERROR_AUDIT_BROKEN naming
 * the first event at fault. @n_checked: how many events were checked. */
gboolean   caseload_store_verify_audit       (CaseloadStore *self, gint64 *n_checked, GError **error);

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
