/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "caseload-accommodation-record.h"
#include "caseload-allocation.h"
#include "caseload-audit-event.h"
#include "caseload-break-glass.h"
#include "caseload-case-query.h"
#include "caseload-case-row.h"
#include "caseload-clock.h"
#include "caseload-clock-pause.h"
#include "caseload-cohort.h"
#include "caseload-cohort-participant.h"
#include "caseload-cohort-session.h"
#include "caseload-consent.h"
#include "caseload-dashboard.h"
#include "caseload-employer-contact.h"
#include "caseload-fidelity-review.h"
#include "caseload-housing-referral.h"
#include "caseload-involvement.h"
#include "caseload-ips-job.h"
#include "caseload-ips-referral.h"
#include "caseload-measure.h"
#include "caseload-network-member.h"
#include "caseload-od-episode.h"
#include "caseload-od-meeting.h"
#include "caseload-organisation.h"
#include "caseload-pathways.h"
#include "caseload-person.h"
#include "caseload-plan.h"
#include "caseload-plan-version.h"
#include "caseload-policy.h"
#include "caseload-referral.h"
#include "caseload-reminders.h"
#include "caseload-review.h"
#include "caseload-staff.h"
#include "caseload-task.h"
#include "caseload-threshold.h"
#include "caseload-timeline-entry.h"
#include "caseload-wait-standard.h"

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

/**
 * CaseloadOutcomes:
 * @plan: the current plan (version 0 and empty when there is none yet)
 * @versions: (element-type CaseloadPlanVersion): every saved version, newest first
 * @reviews: (element-type CaseloadReview): the plan's reviews, newest first
 * @measures: (element-type CaseloadMeasure): every measure, newest completed first
 *
 * What the Plan and Measures pages show, read in one go.
 */
typedef struct {
  CaseloadPlan *plan;
  GPtrArray    *versions;
  GPtrArray    *reviews;
  GPtrArray    *measures;
} CaseloadOutcomes;

void caseload_outcomes_free (CaseloadOutcomes *outcomes);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CaseloadOutcomes, caseload_outcomes_free)

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

  /* Referrals, waiting times, allocation, tasks, lists and the dashboard (schema 4). */
  gboolean    (*create_referral)        (CaseloadStore *self, CaseloadStaff *actor, CaseloadReferral *referral, GError **error);
  gboolean    (*update_referral)        (CaseloadStore *self, CaseloadStaff *actor, CaseloadReferral *referral, GError **error);
  gboolean    (*triage_referral)        (CaseloadStore *self, CaseloadStaff *actor, CaseloadReferral *referral, GError **error);
  gboolean    (*transfer_referral)      (CaseloadStore *self, CaseloadStaff *actor, CaseloadReferral *referral, GError **error);
  CaseloadReferral *(*get_referral)     (CaseloadStore *self, CaseloadStaff *actor, const char *id, GError **error);
  GPtrArray * (*list_referrals)         (CaseloadStore *self, CaseloadStaff *actor, const char *person_id, GError **error);
  gboolean    (*start_clock_pause)      (CaseloadStore *self, CaseloadStaff *actor, CaseloadClockPause *pause, GError **error);
  gboolean    (*end_clock_pause)        (CaseloadStore *self, CaseloadStaff *actor, CaseloadClockPause *pause, GError **error);
  GPtrArray * (*list_clock_pauses)      (CaseloadStore *self, CaseloadStaff *actor, const char *referral_id, GError **error);
  gboolean    (*allocate)               (CaseloadStore *self, CaseloadStaff *actor, CaseloadAllocation *allocation, GError **error);
  gboolean    (*end_allocation)         (CaseloadStore *self, CaseloadStaff *actor, CaseloadAllocation *allocation, GError **error);
  gboolean    (*reallocate)             (CaseloadStore *self, CaseloadStaff *actor, CaseloadAllocation *ending,
                                         CaseloadAllocation *next, GError **error);
  GPtrArray * (*list_allocations)       (CaseloadStore *self, CaseloadStaff *actor, const char *referral_id,
                                         gboolean history, GError **error);
  gboolean    (*save_task)              (CaseloadStore *self, CaseloadStaff *actor, CaseloadTask *task, GError **error);
  GPtrArray * (*list_tasks)             (CaseloadStore *self, CaseloadStaff *actor, const char *owner_id,
                                         const char *person_id, gboolean include_done, guint offset, guint limit,
                                         GError **error);
  gboolean    (*refresh_reminders)      (CaseloadStore *self, CaseloadStaff *actor, guint *n_created, GError **error);
  gboolean    (*count_reminders)        (CaseloadStore *self, CaseloadStaff *actor, const char *since,
                                         CaseloadReminderCounts *counts, GError **error);
  GPtrArray * (*list_thresholds)        (CaseloadStore *self, GError **error);
  gboolean    (*save_thresholds)        (CaseloadStore *self, CaseloadStaff *actor, GPtrArray *thresholds, GError **error);
  GPtrArray * (*list_wait_standards)    (CaseloadStore *self, GError **error);
  gboolean    (*save_wait_standard)     (CaseloadStore *self, CaseloadStaff *actor, CaseloadWaitStandard *standard,
                                         GError **error);
  gboolean    (*count_cases)            (CaseloadStore *self, CaseloadStaff *actor, const CaseloadCaseQuery *query,
                                         guint *count, GError **error);
  GPtrArray * (*list_cases)             (CaseloadStore *self, CaseloadStaff *actor, const CaseloadCaseQuery *query,
                                         guint offset, guint limit, GError **error);
  CaseloadDashboard *(*read_dashboard)  (CaseloadStore *self, CaseloadStaff *actor, const char *from, const char *to,
                                         const char *pcn, GError **error);

  /* Support plans, outcome measures and reviews (schema 5). */
  CaseloadPlan *(*get_plan)             (CaseloadStore *self, CaseloadStaff *actor, const char *person_id, int version,
                                         GError **error);
  GPtrArray * (*list_plan_versions)     (CaseloadStore *self, CaseloadStaff *actor, const char *person_id, GError **error);
  gboolean    (*save_plan)              (CaseloadStore *self, CaseloadStaff *actor, CaseloadPlan *plan, GError **error);
  gboolean    (*save_measure)           (CaseloadStore *self, CaseloadStaff *actor, CaseloadMeasure *measure, GError **error);
  GPtrArray * (*list_measures)          (CaseloadStore *self, CaseloadStaff *actor, const char *person_id,
                                         int instrument, GError **error);
  gboolean    (*save_review)            (CaseloadStore *self, CaseloadStaff *actor, CaseloadReview *review,
                                         CaseloadPlan *plan, GError **error);
  GPtrArray * (*list_reviews)           (CaseloadStore *self, CaseloadStaff *actor, const char *person_id, GError **error);

  /* Pathways (schema 6). */
  GPtrArray * (*list_cohorts)           (CaseloadStore *self, CaseloadStaff *actor, gboolean include_finished,
                                         GError **error);
  CaseloadCohort *(*get_cohort)         (CaseloadStore *self, CaseloadStaff *actor, const char *id, GError **error);
  gboolean    (*save_cohort)            (CaseloadStore *self, CaseloadStaff *actor, CaseloadCohort *cohort, GError **error);
  gboolean    (*save_cohort_session)    (CaseloadStore *self, CaseloadStaff *actor, CaseloadCohortSession *session,
                                         GPtrArray *attendance, GError **error);
  gboolean    (*save_cohort_participant) (CaseloadStore *self, CaseloadStaff *actor,
                                          CaseloadCohortParticipant *participant, GError **error);
  gboolean    (*save_od_episode)        (CaseloadStore *self, CaseloadStaff *actor, CaseloadOdEpisode *episode,
                                         GError **error);
  gboolean    (*save_od_meeting)        (CaseloadStore *self, CaseloadStaff *actor, CaseloadOdMeeting *meeting,
                                         GError **error);
  gboolean    (*save_ips_referral)      (CaseloadStore *self, CaseloadStaff *actor, CaseloadIpsReferral *referral,
                                         GError **error);
  gboolean    (*save_employer_contact)  (CaseloadStore *self, CaseloadStaff *actor, CaseloadEmployerContact *contact,
                                         GError **error);
  gboolean    (*save_ips_job)           (CaseloadStore *self, CaseloadStaff *actor, CaseloadIpsJob *job, GError **error);
  gboolean    (*save_fidelity_review)   (CaseloadStore *self, CaseloadStaff *actor, CaseloadFidelityReview *review,
                                         GError **error);
  GPtrArray * (*list_fidelity_reviews)  (CaseloadStore *self, CaseloadStaff *actor, GError **error);
  gboolean    (*save_housing_referral)  (CaseloadStore *self, CaseloadStaff *actor, CaseloadHousingReferral *referral,
                                         GError **error);
  gboolean    (*record_accommodation)   (CaseloadStore *self, CaseloadStaff *actor, CaseloadAccommodationRecord *record,
                                         GError **error);
  CaseloadPathways *(*read_pathways)    (CaseloadStore *self, CaseloadStaff *actor, const char *person_id,
                                         GError **error);
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

/*
 * Referrals (schema 4). Every call needs @actor to see the person; writes need them to
 * add to the record. Every write is one transaction, validated first (see
 * caseload-validate-referral.h: CASELOAD_ERROR_VALIDATION names the field), audited, and
 * version-checked where it edits (stale → CASELOAD_ERROR_CONFLICT). The store keeps each
 * referral's clock (due, near-breach and stop times, counted time) whenever the referral,
 * its pauses or the standards change, so lists can sort and filter by it in SQL.
 */
/* A new referral for a person @actor may add to, waiting for triage; it puts the
 * actor's organisation in the person's direct care (a "referral" relationship). */
gboolean   caseload_store_create_referral    (CaseloadStore *self, CaseloadStaff *actor, CaseloadReferral *referral,
                                              GError **error);
/* Saves the referral's own details, the steps of its wait (first contact, assessment,
 * start of help; in order, and not before it was received) and its next review date. */
gboolean   caseload_store_update_referral    (CaseloadStore *self, CaseloadStaff *actor, CaseloadReferral *referral,
                                              GError **error);
/* Records the triage outcome of a referral awaiting triage (status follows the outcome).
 * Signpost and refer-on say where; decline says why; each names who decided and when.
 * Adds a timeline note saying what was decided. */
gboolean   caseload_store_triage_referral    (CaseloadStore *self, CaseloadStaff *actor, CaseloadReferral *referral,
                                              GError **error);
/* Ends an accepted referral by transfer (to the GP, another service, or support ended by
 * choice) with a destination and a summary that stays on the timeline as a note. Every
 * allocation on it ends the same day. Status becomes TRANSFERRED. */
gboolean   caseload_store_transfer_referral  (CaseloadStore *self, CaseloadStaff *actor, CaseloadReferral *referral,
                                              GError **error);
CaseloadReferral *caseload_store_get_referral (CaseloadStore *self, CaseloadStaff *actor, const char *id, GError **error);
/* A person's referrals, newest received first, with their clocks read now. */
GPtrArray *caseload_store_list_referrals     (CaseloadStore *self, CaseloadStaff *actor, const char *person_id,
                                              GError **error);
/* Pauses a referral's clock for a recorded reason (one open pause at a time), and ends a
 * pause (set "ended-at" on the pause as read). */
gboolean   caseload_store_start_clock_pause  (CaseloadStore *self, CaseloadStaff *actor, CaseloadClockPause *pause,
                                              GError **error);
gboolean   caseload_store_end_clock_pause    (CaseloadStore *self, CaseloadStaff *actor, CaseloadClockPause *pause,
                                              GError **error);
GPtrArray *caseload_store_list_clock_pauses  (CaseloadStore *self, CaseloadStaff *actor, const char *referral_id,
                                              GError **error);
/* Allocates a named, active worker (CASELOAD_ERROR_VALIDATION on "staff-id" for a
 * deactivated one) to an accepted referral with a role. Puts the worker's organisation in
 * the person's direct care and gives the worker a "new allocation" task. */
gboolean   caseload_store_allocate           (CaseloadStore *self, CaseloadStaff *actor, CaseloadAllocation *allocation,
                                              GError **error);
/* Ends an allocation ("ended-on", optional "end-reason", against its version). */
gboolean   caseload_store_end_allocation     (CaseloadStore *self, CaseloadStaff *actor, CaseloadAllocation *allocation,
                                              GError **error);
/* Ends @ending and allocates @next in one transaction: both or neither. */
gboolean   caseload_store_reallocate         (CaseloadStore *self, CaseloadStaff *actor, CaseloadAllocation *ending,
                                              CaseloadAllocation *next, GError **error);
/* A referral's allocations now, or with @history every one, newest first. */
GPtrArray *caseload_store_list_allocations   (CaseloadStore *self, CaseloadStaff *actor, const char *referral_id,
                                              gboolean history, GError **error);

/* Tasks. save_task creates a task (no id) or updates one against its version (done,
 * due date, owner, title). */
gboolean   caseload_store_save_task          (CaseloadStore *self, CaseloadStaff *actor, CaseloadTask *task,
                                              GError **error);
/* Tasks of @owner_id (NULL: every owner) on @person_id (NULL: every person @actor may
 * see), open ones (or, with @include_done, all), soonest due first. */
GPtrArray *caseload_store_list_tasks         (CaseloadStore *self, CaseloadStaff *actor, const char *owner_id,
                                              const char *person_id, gboolean include_done, guint offset,
                                              guint limit, GError **error);
/* Creates the system's tasks for @actor that are due and not yet there (idempotent):
 * "review due" a week before the next review of a referral allocated to them, and "clock
 * near breach" for their referrals' clocks (a team manager: any waiting referral they see
 * with nobody allocated). @n_created: how many were new. */
gboolean   caseload_store_refresh_reminders  (CaseloadStore *self, CaseloadStaff *actor, guint *n_created,
                                              GError **error);
/* The counts a desktop notification may show; @since: allocations newer than this ISO
 * time count as new (NULL: none). */
gboolean   caseload_store_count_reminders    (CaseloadStore *self, CaseloadStaff *actor, const char *since,
                                              CaseloadReminderCounts *counts, GError **error);

/* The team's triage thresholds, in order; a team manager replaces the whole list at once
 * (each kept one with the version read; new ones without an id). */
GPtrArray *caseload_store_list_thresholds    (CaseloadStore *self, GError **error);
gboolean   caseload_store_save_thresholds    (CaseloadStore *self, CaseloadStaff *actor, GPtrArray *thresholds,
                                              GError **error);
/* The waiting-time standards, one per urgency; a team manager edits one (against its
 * version) and every open referral's clock follows. */
GPtrArray *caseload_store_list_wait_standards (CaseloadStore *self, GError **error);
gboolean   caseload_store_save_wait_standard (CaseloadStore *self, CaseloadStaff *actor, CaseloadWaitStandard *standard,
                                              GError **error);

/* The caseload lists (CaseloadCaseQuery), counted and paged in SQL; rows are
 * CaseloadCaseRow. */
gboolean   caseload_store_count_cases        (CaseloadStore *self, CaseloadStaff *actor, const CaseloadCaseQuery *query,
                                              guint *count, GError **error);
GPtrArray *caseload_store_list_cases         (CaseloadStore *self, CaseloadStaff *actor, const CaseloadCaseQuery *query,
                                              guint offset, guint limit, GError **error);
/* For team managers (CASELOAD_ERROR_PERMISSION otherwise): the dashboard's figures. */
CaseloadDashboard *caseload_store_read_dashboard (CaseloadStore *self, CaseloadStaff *actor, const char *from,
                                                  const char *to, const char *pcn, GError **error);

/*
 * Support plans, outcome measures and reviews (schema 5). Every call needs @actor to see
 * the person; writes need them to add to the record. Every write is one transaction,
 * validated first (caseload-validate-plan.h: CASELOAD_ERROR_VALIDATION names the field)
 * and audited.
 */
/* The person's plan at @version (0: the current one). With no plan yet, version 0 gives
 * an empty plan (version 0, "person-id" set); a version that does not exist fails with
 * CASELOAD_ERROR_NOT_FOUND. */
CaseloadPlan *caseload_store_get_plan        (CaseloadStore *self, CaseloadStaff *actor, const char *person_id,
                                              int version, GError **error);
/* Every saved version (CaseloadPlanVersion), newest first, without their content. */
GPtrArray *caseload_store_list_plan_versions (CaseloadStore *self, CaseloadStaff *actor, const char *person_id,
                                              GError **error);
/* Saves @plan as a new version (its "version" + 1) with the actor as author, their
 * organisation and the time; fills "id", "version", "saved-at", "author-…",
 * "organisation-…" and the owner names of worker and organisation actions. @plan must
 * carry the newest version (0 for the first): otherwise CASELOAD_ERROR_CONFLICT and
 * nothing is saved (read both with get_plan and merge: caseload-plan-compare.h).
 * In the same transaction: actions owned by a worker or an organisation become open tasks
 * on their lists (and tasks of actions done or removed are closed), and the review date
 * becomes the next review of the person's open referrals, so reviews due feed the task
 * list and the dashboard. */
gboolean   caseload_store_save_plan          (CaseloadStore *self, CaseloadStaff *actor, CaseloadPlan *plan,
                                              GError **error);
/* Saves a new measure, scored by its instrument's definition (caseload-instrument.h):
 * fills the score, band, risk and the store's fields. Out-of-range answers:
 * CASELOAD_ERROR_VALIDATION naming the item. */
gboolean   caseload_store_save_measure       (CaseloadStore *self, CaseloadStaff *actor, CaseloadMeasure *measure,
                                              GError **error);
/* A person's measures of @instrument (a CaseloadInstrument, or -1 for every one), newest
 * completed first. */
GPtrArray *caseload_store_list_measures      (CaseloadStore *self, CaseloadStaff *actor, const char *person_id,
                                              int instrument, GError **error);
/* Records a review and saves @plan (goal progress as reviewed, "review-on" the review's
 * "next-review-on") as a new version, both or neither; @plan must carry the newest
 * version as for save_plan. Fills the review's "plan-version" and the store's fields. */
gboolean   caseload_store_save_review        (CaseloadStore *self, CaseloadStaff *actor, CaseloadReview *review,
                                              CaseloadPlan *plan, GError **error);
/* A person's reviews, newest first. */
GPtrArray *caseload_store_list_reviews       (CaseloadStore *self, CaseloadStaff *actor, const char *person_id,
                                              GError **error);
/* The current plan, its versions, its reviews and every measure, for the Plan and
 * Measures pages. */
CaseloadOutcomes *caseload_store_read_outcomes (CaseloadStore *self, CaseloadStaff *actor, const char *person_id,
                                                GError **error);

/*
 * Pathways (schema 6): STEPPS groups, Open Dialogue, IPS employment and housing. Every
 * save is one transaction, checked by caseload-validate-pathway.h (a refusal is
 * CASELOAD_ERROR_VALIDATION with the CaseloadFieldError list, as for referrals, and
 * nothing is saved), audited without identifying text, and refused with
 * CASELOAD_ERROR_CONFLICT when the record's "version" is not the stored one.
 *
 * Who sees what: cohorts, their facilitators and sessions are the team's (every signed-in
 * member of staff sees them; they hold no one's details); participants, attendance and
 * reinforcers, and every Open Dialogue, IPS, housing and accommodation record are seen with
 * the person (as referrals are) and written by staff who may add to the person's record.
 * A housing referral sent to an organisation lets that organisation's staff see the person
 * while it is open (the legitimate relationship, as for a referral), so a housing officer
 * updates its status in Caseload itself; an IPS referral likewise lets its employment
 * specialist's organisation see the person while it is not closed. Either way a decision
 * declining sharing with that organisation still wins. Fidelity reviews are the
 * service's: every member of staff sees them, managers and administrators record them.
 */
/* Cohorts by start date, newest first, with "n-participants", "next-session-on",
 * "facilitator-names" and their facilitators; finished ones (last session before today)
 * only with @include_finished. */
GPtrArray *caseload_store_list_cohorts       (CaseloadStore *self, CaseloadStaff *actor, gboolean include_finished,
                                              GError **error);
/* A cohort with its facilitators, participants (with reinforcers; only people the actor
 * may see, others counted in "n-participants" only), sessions and attendance. */
CaseloadCohort *caseload_store_get_cohort    (CaseloadStore *self, CaseloadStaff *actor, const char *id, GError **error);
/* Creates a cohort (no "id") with its facilitators and its session calendar
 * (caseload_stepps_calendar, topics from caseload_stepps_topics), or updates one: name,
 * venue, minutes, completion share and facilitators; a new start date or number of
 * sessions re-dates the sessions not yet recorded and adds or removes trailing sessions
 * without attendance (a session with attendance is never removed: CASELOAD_ERROR_VALIDATION
 * on "n-sessions"). Fills "id", "version", "end-on", "created-at". */
gboolean   caseload_store_save_cohort        (CaseloadStore *self, CaseloadStaff *actor, CaseloadCohort *cohort,
                                              GError **error);
/* Saves one session ("cohort-id", "number" or "id"): its date, topic and notes, and its
 * attendance (CaseloadAttendance for this session: replaces what was recorded for it),
 * both or neither. Checked with caseload_cohort_session_check against the stored cohort. */
gboolean   caseload_store_save_cohort_session (CaseloadStore *self, CaseloadStaff *actor, CaseloadCohortSession *session,
                                               GPtrArray *attendance, GError **error);
/* Adds a person to a cohort (no "id"; the actor may add to their record; a person already
 * in it: CASELOAD_ERROR_VALIDATION on "person-id") or updates one ("left-on"), with their
 * reinforcement team (the reinforcers replace the stored ones). Fills "id", "version",
 * "person-name". */
gboolean   caseload_store_save_cohort_participant (CaseloadStore *self, CaseloadStaff *actor,
                                                   CaseloadCohortParticipant *participant, GError **error);
/* Creates or updates an Open Dialogue episode with its core team (the staff array). */
gboolean   caseload_store_save_od_episode    (CaseloadStore *self, CaseloadStaff *actor, CaseloadOdEpisode *episode,
                                              GError **error);
/* Creates or updates a network meeting with its practitioners and network members (typed
 * members are kept with the meeting, not added to the person's network). Fills
 * "has-core-member" and the store's fields; the episode's "first-meeting-at" follows. */
gboolean   caseload_store_save_od_meeting    (CaseloadStore *self, CaseloadStaff *actor, CaseloadOdMeeting *meeting,
                                              GError **error);
/* Creates or updates an IPS referral (any organisation may refer); its contacts and jobs
 * are saved with the calls below, not with it. */
gboolean   caseload_store_save_ips_referral  (CaseloadStore *self, CaseloadStaff *actor, CaseloadIpsReferral *referral,
                                              GError **error);
gboolean   caseload_store_save_employer_contact (CaseloadStore *self, CaseloadStaff *actor,
                                                 CaseloadEmployerContact *contact, GError **error);
gboolean   caseload_store_save_ips_job       (CaseloadStore *self, CaseloadStaff *actor, CaseloadIpsJob *job,
                                              GError **error);
/* Records an IPS-25 review, scored (caseload-fidelity.h): fills "total", "band". A review is
 * recorded once: saving one that has an "id" is refused (record a new review). */
gboolean   caseload_store_save_fidelity_review (CaseloadStore *self, CaseloadStaff *actor,
                                                CaseloadFidelityReview *review, GError **error);
/* Every fidelity review, newest first. */
GPtrArray *caseload_store_list_fidelity_reviews (CaseloadStore *self, CaseloadStaff *actor, GError **error);
/* Sends a housing referral (no "id": status SENT on "sent-on") or saves a change of
 * status ("status", "status-on", "reason", "outcome"), appending to its history. A status
 * moving backwards without a reason: CASELOAD_ERROR_VALIDATION on "reason". */
gboolean   caseload_store_save_housing_referral (CaseloadStore *self, CaseloadStaff *actor,
                                                 CaseloadHousingReferral *referral, GError **error);
/* Records a person's accommodation status from a date (a new entry in its history). */
gboolean   caseload_store_record_accommodation (CaseloadStore *self, CaseloadStaff *actor,
                                                CaseloadAccommodationRecord *record, GError **error);
/* Everything on the person's pathways, in one transaction (caseload-pathways.h). */
CaseloadPathways *caseload_store_read_pathways (CaseloadStore *self, CaseloadStaff *actor, const char *person_id,
                                                GError **error);

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
void       caseload_store_list_cases_async   (CaseloadStore *self, CaseloadStaff *actor, const CaseloadCaseQuery *query,
                                              guint offset, guint limit, GCancellable *cancellable,
                                              GAsyncReadyCallback callback, gpointer user_data);
GPtrArray *caseload_store_list_cases_finish  (CaseloadStore *self, GAsyncResult *result, GError **error);
void       caseload_store_count_cases_async  (CaseloadStore *self, CaseloadStaff *actor, const CaseloadCaseQuery *query,
                                              GCancellable *cancellable, GAsyncReadyCallback callback, gpointer user_data);
gboolean   caseload_store_count_cases_finish (CaseloadStore *self, GAsyncResult *result, guint *count, GError **error);
void       caseload_store_read_dashboard_async (CaseloadStore *self, CaseloadStaff *actor, const char *from,
                                                const char *to, const char *pcn, GCancellable *cancellable,
                                                GAsyncReadyCallback callback, gpointer user_data);
CaseloadDashboard *caseload_store_read_dashboard_finish (CaseloadStore *self, GAsyncResult *result, GError **error);

G_END_DECLS
