/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-store"

#include "config.h"

#include "caseload-store.h"
#include "caseload-store-postgresql.h"
#include "caseload-store-sqlite.h"

/*
 * The interface's public wrappers, and asynchronous forms that run the synchronous
 * call in a worker thread. Backends are thread-safe, so a worker may call them while
 * the main loop goes on painting.
 */

typedef struct {
  CaseloadStaff         *actor;
  char                  *text;
  guint                  offset;
  guint                  limit;
  CaseloadPerson        *person;
  CaseloadTimelineEntry *entry;
  CaseloadCaseQuery     *query;
  char                  *from;
  char                  *to;
} CallData;

G_DEFINE_INTERFACE (CaseloadStore, caseload_store, G_TYPE_OBJECT)

static void
call_data_free (CallData *data)
{
  g_clear_object (&data->actor);
  g_clear_pointer (&data->text, g_free);
  g_clear_object (&data->person);
  g_clear_object (&data->entry);
  g_clear_pointer (&data->query, caseload_case_query_free);
  g_clear_pointer (&data->from, g_free);
  g_clear_pointer (&data->to, g_free);
  g_free (data);
}

static CallData *
call_data_new (CaseloadStaff *actor,
               const char    *text)
{
  CallData *data = g_new0 (CallData, 1);

  /* The worker gets its own copy of the actor's identity so nothing the main thread
   * does to the caller's objects races with the query. */
  if (actor != NULL)
    {
      data->actor = caseload_staff_new ();
      caseload_staff_set_id (data->actor, caseload_staff_get_id (actor));
      caseload_staff_set_organisation_id (data->actor, caseload_staff_get_organisation_id (actor));
      caseload_staff_set_role (data->actor, caseload_staff_get_role (actor));
      caseload_staff_set_display_name (data->actor, caseload_staff_get_display_name (actor));
    }
  data->text = g_strdup (text);
  return data;
}

static GTask *
start_task (CaseloadStore       *self,
            gpointer             source_tag,
            CallData            *data,
            GCancellable        *cancellable,
            GAsyncReadyCallback  callback,
            gpointer             user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, data, (GDestroyNotify) call_data_free);
  return task;
}

static void
caseload_store_default_init (CaseloadStoreInterface *iface)
{
}

void
caseload_person_detail_free (CaseloadPersonDetail *detail)
{
  if (detail == NULL)
    return;
  g_clear_object (&detail->person);
  g_clear_pointer (&detail->network, g_ptr_array_unref);
  g_clear_pointer (&detail->involvement, g_ptr_array_unref);
  g_free (detail);
}

void
caseload_outcomes_free (CaseloadOutcomes *outcomes)
{
  if (outcomes == NULL)
    return;
  g_clear_object (&outcomes->plan);
  g_clear_pointer (&outcomes->versions, g_ptr_array_unref);
  g_clear_pointer (&outcomes->reviews, g_ptr_array_unref);
  g_clear_pointer (&outcomes->measures, g_ptr_array_unref);
  g_free (outcomes);
}

/**
 * caseload_store_open:
 * @location: a PostgreSQL URI, or the path of an embedded database
 * @clock: (nullable): the clock that stamps changes; the system clock if %NULL
 *
 * Returns: (transfer full) (nullable): the store, or %NULL with @error set
 */
CaseloadStore *
caseload_store_open (const char     *location,
                     CaseloadClock  *clock,
                     GError        **error)
{
  g_return_val_if_fail (location != NULL, NULL);

  if (caseload_store_postgresql_is_uri (location))
    return caseload_store_postgresql_new (location, clock, error);
  return caseload_store_sqlite_new (location, clock, error);
}

int
caseload_store_get_schema_version (CaseloadStore *self)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), -1);
  return CASELOAD_STORE_GET_IFACE (self)->get_schema_version (self);
}

gboolean
caseload_store_begin (CaseloadStore  *self,
                      GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->begin (self, error);
}

gboolean
caseload_store_commit (CaseloadStore  *self,
                       GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->commit (self, error);
}

void
caseload_store_rollback (CaseloadStore *self)
{
  g_return_if_fail (CASELOAD_IS_STORE (self));
  CASELOAD_STORE_GET_IFACE (self)->rollback (self);
}

gboolean
caseload_store_save_organisation (CaseloadStore         *self,
                                  CaseloadOrganisation  *organisation,
                                  GError               **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_ORGANISATION (organisation), FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->save_organisation (self, organisation, error);
}

/**
 * caseload_store_list_organisations:
 *
 * Returns: (transfer container) (element-type CaseloadOrganisation): every
 *   organisation, by name
 */
GPtrArray *
caseload_store_list_organisations (CaseloadStore  *self,
                                   GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);
  return CASELOAD_STORE_GET_IFACE (self)->list_organisations (self, error);
}

gboolean
caseload_store_save_staff (CaseloadStore  *self,
                           CaseloadStaff  *actor,
                           CaseloadStaff  *staff,
                           GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (actor == NULL || CASELOAD_IS_STAFF (actor), FALSE);
  g_return_val_if_fail (CASELOAD_IS_STAFF (staff), FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->save_staff (self, actor, staff, error);
}

/**
 * caseload_store_list_staff:
 *
 * Returns: (transfer container) (element-type CaseloadStaff): every staff member, in
 *   the order they were added
 */
GPtrArray *
caseload_store_list_staff (CaseloadStore  *self,
                           GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);
  return CASELOAD_STORE_GET_IFACE (self)->list_staff (self, error);
}

/**
 * caseload_store_get_staff:
 *
 * Returns: (transfer full): the staff member, or %NULL with %CASELOAD_ERROR_NOT_FOUND
 */
CaseloadStaff *
caseload_store_get_staff (CaseloadStore  *self,
                          const char     *id,
                          GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return CASELOAD_STORE_GET_IFACE (self)->get_staff (self, id, error);
}

gboolean
caseload_store_create_person (CaseloadStore   *self,
                              CaseloadStaff   *actor,
                              CaseloadPerson  *person,
                              GError         **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), FALSE);
  g_return_val_if_fail (CASELOAD_IS_PERSON (person), FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->create_person (self, actor, person, error);
}

gboolean
caseload_store_update_person (CaseloadStore   *self,
                              CaseloadStaff   *actor,
                              CaseloadPerson  *person,
                              GError         **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), FALSE);
  g_return_val_if_fail (CASELOAD_IS_PERSON (person), FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->update_person (self, actor, person, error);
}

/**
 * caseload_store_open_person:
 *
 * Returns: (transfer full): the person with their network and who is involved
 */
CaseloadPersonDetail *
caseload_store_open_person (CaseloadStore  *self,
                            CaseloadStaff  *actor,
                            const char     *person_id,
                            GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), NULL);
  g_return_val_if_fail (person_id != NULL, NULL);
  return CASELOAD_STORE_GET_IFACE (self)->open_person (self, actor, person_id, error);
}

gboolean
caseload_store_count_people (CaseloadStore  *self,
                             CaseloadStaff  *actor,
                             const char     *search,
                             guint          *count,
                             GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), FALSE);
  g_return_val_if_fail (count != NULL, FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->count_people (self, actor, search, count, error);
}

/**
 * caseload_store_list_people:
 *
 * Returns: (transfer container) (element-type CaseloadPerson): at most @limit people
 *   from @offset, in the same order count_people counts them
 */
GPtrArray *
caseload_store_list_people (CaseloadStore  *self,
                            CaseloadStaff  *actor,
                            const char     *search,
                            guint           offset,
                            guint           limit,
                            GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), NULL);
  return CASELOAD_STORE_GET_IFACE (self)->list_people (self, actor, search, offset, limit, error);
}

gboolean
caseload_store_add_network_member (CaseloadStore          *self,
                                   CaseloadStaff          *actor,
                                   CaseloadNetworkMember  *member,
                                   GError                **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), FALSE);
  g_return_val_if_fail (CASELOAD_IS_NETWORK_MEMBER (member), FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->add_network_member (self, actor, member, error);
}

gboolean
caseload_store_add_timeline_entry (CaseloadStore          *self,
                                   CaseloadStaff          *actor,
                                   CaseloadTimelineEntry  *entry,
                                   GError                **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), FALSE);
  g_return_val_if_fail (CASELOAD_IS_TIMELINE_ENTRY (entry), FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->add_timeline_entry (self, actor, entry, error);
}

/**
 * caseload_store_list_timeline_entries:
 *
 * Returns: (transfer container) (element-type CaseloadTimelineEntry): a page of the
 *   entries @actor may see, newest first
 */
GPtrArray *
caseload_store_list_timeline_entries (CaseloadStore  *self,
                                      CaseloadStaff  *actor,
                                      const char     *person_id,
                                      guint           offset,
                                      guint           limit,
                                      GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), NULL);
  g_return_val_if_fail (person_id != NULL, NULL);
  return CASELOAD_STORE_GET_IFACE (self)->list_timeline_entries (self, actor, person_id,
                                                                 offset, limit, error);
}


gboolean
caseload_store_create_referral (CaseloadStore     *self,
                                CaseloadStaff     *actor,
                                CaseloadReferral  *referral,
                                GError           **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), FALSE);
  g_return_val_if_fail (CASELOAD_IS_REFERRAL (referral), FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->create_referral (self, actor, referral, error);
}

gboolean
caseload_store_update_referral (CaseloadStore     *self,
                                CaseloadStaff     *actor,
                                CaseloadReferral  *referral,
                                GError           **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), FALSE);
  g_return_val_if_fail (CASELOAD_IS_REFERRAL (referral), FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->update_referral (self, actor, referral, error);
}

gboolean
caseload_store_triage_referral (CaseloadStore     *self,
                                CaseloadStaff     *actor,
                                CaseloadReferral  *referral,
                                GError           **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), FALSE);
  g_return_val_if_fail (CASELOAD_IS_REFERRAL (referral), FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->triage_referral (self, actor, referral, error);
}

gboolean
caseload_store_transfer_referral (CaseloadStore     *self,
                                  CaseloadStaff     *actor,
                                  CaseloadReferral  *referral,
                                  GError           **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), FALSE);
  g_return_val_if_fail (CASELOAD_IS_REFERRAL (referral), FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->transfer_referral (self, actor, referral, error);
}

CaseloadReferral *
caseload_store_get_referral (CaseloadStore  *self,
                             CaseloadStaff  *actor,
                             const char     *id,
                             GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return CASELOAD_STORE_GET_IFACE (self)->get_referral (self, actor, id, error);
}

GPtrArray *
caseload_store_list_referrals (CaseloadStore  *self,
                               CaseloadStaff  *actor,
                               const char     *person_id,
                               GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), NULL);
  g_return_val_if_fail (person_id != NULL, NULL);
  return CASELOAD_STORE_GET_IFACE (self)->list_referrals (self, actor, person_id, error);
}

gboolean
caseload_store_start_clock_pause (CaseloadStore       *self,
                                  CaseloadStaff       *actor,
                                  CaseloadClockPause  *pause,
                                  GError             **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), FALSE);
  g_return_val_if_fail (CASELOAD_IS_CLOCK_PAUSE (pause), FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->start_clock_pause (self, actor, pause, error);
}

gboolean
caseload_store_end_clock_pause (CaseloadStore       *self,
                                CaseloadStaff       *actor,
                                CaseloadClockPause  *pause,
                                GError             **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), FALSE);
  g_return_val_if_fail (CASELOAD_IS_CLOCK_PAUSE (pause), FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->end_clock_pause (self, actor, pause, error);
}

GPtrArray *
caseload_store_list_clock_pauses (CaseloadStore  *self,
                                  CaseloadStaff  *actor,
                                  const char     *referral_id,
                                  GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), NULL);
  g_return_val_if_fail (referral_id != NULL, NULL);
  return CASELOAD_STORE_GET_IFACE (self)->list_clock_pauses (self, actor, referral_id, error);
}

gboolean
caseload_store_allocate (CaseloadStore       *self,
                         CaseloadStaff       *actor,
                         CaseloadAllocation  *allocation,
                         GError             **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), FALSE);
  g_return_val_if_fail (CASELOAD_IS_ALLOCATION (allocation), FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->allocate (self, actor, allocation, error);
}

gboolean
caseload_store_end_allocation (CaseloadStore       *self,
                               CaseloadStaff       *actor,
                               CaseloadAllocation  *allocation,
                               GError             **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), FALSE);
  g_return_val_if_fail (CASELOAD_IS_ALLOCATION (allocation), FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->end_allocation (self, actor, allocation, error);
}

gboolean
caseload_store_reallocate (CaseloadStore       *self,
                           CaseloadStaff       *actor,
                           CaseloadAllocation  *ending,
                           CaseloadAllocation  *next,
                           GError             **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), FALSE);
  g_return_val_if_fail (CASELOAD_IS_ALLOCATION (ending), FALSE);
  g_return_val_if_fail (CASELOAD_IS_ALLOCATION (next), FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->reallocate (self, actor, ending, next, error);
}

GPtrArray *
caseload_store_list_allocations (CaseloadStore  *self,
                                 CaseloadStaff  *actor,
                                 const char     *referral_id,
                                 gboolean        history,
                                 GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), NULL);
  g_return_val_if_fail (referral_id != NULL, NULL);
  return CASELOAD_STORE_GET_IFACE (self)->list_allocations (self, actor, referral_id, history, error);
}

gboolean
caseload_store_save_task (CaseloadStore  *self,
                          CaseloadStaff  *actor,
                          CaseloadTask   *task,
                          GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), FALSE);
  g_return_val_if_fail (CASELOAD_IS_TASK (task), FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->save_task (self, actor, task, error);
}

GPtrArray *
caseload_store_list_tasks (CaseloadStore  *self,
                           CaseloadStaff  *actor,
                           const char     *owner_id,
                           const char     *person_id,
                           gboolean        include_done,
                           guint           offset,
                           guint           limit,
                           GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), NULL);
  return CASELOAD_STORE_GET_IFACE (self)->list_tasks (self, actor, owner_id, person_id, include_done, offset, limit, error);
}

gboolean
caseload_store_refresh_reminders (CaseloadStore  *self,
                                  CaseloadStaff  *actor,
                                  guint          *n_created,
                                  GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->refresh_reminders (self, actor, n_created, error);
}

gboolean
caseload_store_count_reminders (CaseloadStore           *self,
                                CaseloadStaff           *actor,
                                const char              *since,
                                CaseloadReminderCounts  *counts,
                                GError                 **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), FALSE);
  g_return_val_if_fail (counts != NULL, FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->count_reminders (self, actor, since, counts, error);
}

GPtrArray *
caseload_store_list_thresholds (CaseloadStore  *self,
                                GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);
  return CASELOAD_STORE_GET_IFACE (self)->list_thresholds (self, error);
}

gboolean
caseload_store_save_thresholds (CaseloadStore  *self,
                                CaseloadStaff  *actor,
                                GPtrArray      *thresholds,
                                GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), FALSE);
  g_return_val_if_fail (thresholds != NULL, FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->save_thresholds (self, actor, thresholds, error);
}

GPtrArray *
caseload_store_list_wait_standards (CaseloadStore  *self,
                                    GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);
  return CASELOAD_STORE_GET_IFACE (self)->list_wait_standards (self, error);
}

gboolean
caseload_store_save_wait_standard (CaseloadStore         *self,
                                   CaseloadStaff         *actor,
                                   CaseloadWaitStandard  *standard,
                                   GError               **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), FALSE);
  g_return_val_if_fail (CASELOAD_IS_WAIT_STANDARD (standard), FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->save_wait_standard (self, actor, standard, error);
}

gboolean
caseload_store_count_cases (CaseloadStore            *self,
                            CaseloadStaff            *actor,
                            const CaseloadCaseQuery  *query,
                            guint                    *count,
                            GError                  **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), FALSE);
  g_return_val_if_fail (query != NULL, FALSE);
  g_return_val_if_fail (count != NULL, FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->count_cases (self, actor, query, count, error);
}

GPtrArray *
caseload_store_list_cases (CaseloadStore            *self,
                           CaseloadStaff            *actor,
                           const CaseloadCaseQuery  *query,
                           guint                     offset,
                           guint                     limit,
                           GError                  **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  return CASELOAD_STORE_GET_IFACE (self)->list_cases (self, actor, query, offset, limit, error);
}

CaseloadDashboard *
caseload_store_read_dashboard (CaseloadStore  *self,
                               CaseloadStaff  *actor,
                               const char     *from,
                               const char     *to,
                               const char     *pcn,
                               GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), NULL);
  return CASELOAD_STORE_GET_IFACE (self)->read_dashboard (self, actor, from, to, pcn, error);
}

CaseloadPlan *
caseload_store_get_plan (CaseloadStore  *self,
                         CaseloadStaff  *actor,
                         const char     *person_id,
                         int             version,
                         GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), NULL);
  g_return_val_if_fail (person_id != NULL, NULL);
  g_return_val_if_fail (version >= 0, NULL);
  return CASELOAD_STORE_GET_IFACE (self)->get_plan (self, actor, person_id, version, error);
}

GPtrArray *
caseload_store_list_plan_versions (CaseloadStore  *self,
                                   CaseloadStaff  *actor,
                                   const char     *person_id,
                                   GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), NULL);
  g_return_val_if_fail (person_id != NULL, NULL);
  return CASELOAD_STORE_GET_IFACE (self)->list_plan_versions (self, actor, person_id, error);
}

gboolean
caseload_store_save_plan (CaseloadStore  *self,
                          CaseloadStaff  *actor,
                          CaseloadPlan   *plan,
                          GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), FALSE);
  g_return_val_if_fail (CASELOAD_IS_PLAN (plan), FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->save_plan (self, actor, plan, error);
}

gboolean
caseload_store_save_measure (CaseloadStore    *self,
                             CaseloadStaff    *actor,
                             CaseloadMeasure  *measure,
                             GError          **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), FALSE);
  g_return_val_if_fail (CASELOAD_IS_MEASURE (measure), FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->save_measure (self, actor, measure, error);
}

GPtrArray *
caseload_store_list_measures (CaseloadStore  *self,
                              CaseloadStaff  *actor,
                              const char     *person_id,
                              int             instrument,
                              GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), NULL);
  g_return_val_if_fail (person_id != NULL, NULL);
  g_return_val_if_fail (instrument >= -1 && instrument <= CASELOAD_INSTRUMENT_REQOL10, NULL);
  return CASELOAD_STORE_GET_IFACE (self)->list_measures (self, actor, person_id, instrument, error);
}

gboolean
caseload_store_save_review (CaseloadStore   *self,
                            CaseloadStaff   *actor,
                            CaseloadReview  *review,
                            CaseloadPlan    *plan,
                            GError         **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), FALSE);
  g_return_val_if_fail (CASELOAD_IS_REVIEW (review), FALSE);
  g_return_val_if_fail (CASELOAD_IS_PLAN (plan), FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->save_review (self, actor, review, plan, error);
}

GPtrArray *
caseload_store_list_reviews (CaseloadStore  *self,
                             CaseloadStaff  *actor,
                             const char     *person_id,
                             GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), NULL);
  g_return_val_if_fail (person_id != NULL, NULL);
  return CASELOAD_STORE_GET_IFACE (self)->list_reviews (self, actor, person_id, error);
}

CaseloadOutcomes *
caseload_store_read_outcomes (CaseloadStore  *self,
                              CaseloadStaff  *actor,
                              const char     *person_id,
                              GError        **error)
{
  g_autoptr(CaseloadOutcomes) outcomes = g_new0 (CaseloadOutcomes, 1);

  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), NULL);
  g_return_val_if_fail (person_id != NULL, NULL);

  outcomes->plan = caseload_store_get_plan (self, actor, person_id, 0, error);
  if (outcomes->plan == NULL)
    return NULL;
  outcomes->versions = caseload_store_list_plan_versions (self, actor, person_id, error);
  if (outcomes->versions == NULL)
    return NULL;
  outcomes->reviews = caseload_store_list_reviews (self, actor, person_id, error);
  if (outcomes->reviews == NULL)
    return NULL;
  outcomes->measures = caseload_store_list_measures (self, actor, person_id, -1, error);
  if (outcomes->measures == NULL)
    return NULL;

  return g_steal_pointer (&outcomes);
}

static void
list_people_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  CallData *data = task_data;
  g_autoptr(GError) error = NULL;
  GPtrArray *people;

  people = caseload_store_list_people (source_object, data->actor, data->text,
                                       data->offset, data->limit, &error);
  if (people == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, people, (GDestroyNotify) g_ptr_array_unref);
}

void
caseload_store_list_people_async (CaseloadStore       *self,
                                  CaseloadStaff       *actor,
                                  const char          *search,
                                  guint                offset,
                                  guint                limit,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  CallData *data;

  g_return_if_fail (CASELOAD_IS_STORE (self));
  g_return_if_fail (CASELOAD_IS_STAFF (actor));

  data = call_data_new (actor, search);
  data->offset = offset;
  data->limit = limit;
  task = start_task (self, caseload_store_list_people_async, data, cancellable, callback, user_data);
  g_task_run_in_thread (task, list_people_thread);
}

GPtrArray *
caseload_store_list_people_finish (CaseloadStore  *self,
                                   GAsyncResult   *result,
                                   GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == caseload_store_list_people_async, NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
count_people_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  CallData *data = task_data;
  g_autoptr(GError) error = NULL;
  guint count = 0;

  if (!caseload_store_count_people (source_object, data->actor, data->text, &count, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_int (task, count);
}

void
caseload_store_count_people_async (CaseloadStore       *self,
                                   CaseloadStaff       *actor,
                                   const char          *search,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (CASELOAD_IS_STORE (self));
  g_return_if_fail (CASELOAD_IS_STAFF (actor));

  task = start_task (self, caseload_store_count_people_async, call_data_new (actor, search),
                     cancellable, callback, user_data);
  g_task_run_in_thread (task, count_people_thread);
}

gboolean
caseload_store_count_people_finish (CaseloadStore  *self,
                                    GAsyncResult   *result,
                                    guint          *count,
                                    GError        **error)
{
  gssize value;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == caseload_store_count_people_async, FALSE);

  value = g_task_propagate_int (G_TASK (result), error);
  if (value < 0)
    return FALSE;
  if (count != NULL)
    *count = (guint) value;
  return TRUE;
}

static void
open_person_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  CallData *data = task_data;
  g_autoptr(GError) error = NULL;
  CaseloadPersonDetail *detail;

  detail = caseload_store_open_person (source_object, data->actor, data->text, &error);
  if (detail == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, detail, (GDestroyNotify) caseload_person_detail_free);
}

void
caseload_store_open_person_async (CaseloadStore       *self,
                                  CaseloadStaff       *actor,
                                  const char          *person_id,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (CASELOAD_IS_STORE (self));
  g_return_if_fail (CASELOAD_IS_STAFF (actor));
  g_return_if_fail (person_id != NULL);

  task = start_task (self, caseload_store_open_person_async, call_data_new (actor, person_id),
                     cancellable, callback, user_data);
  g_task_run_in_thread (task, open_person_thread);
}

CaseloadPersonDetail *
caseload_store_open_person_finish (CaseloadStore  *self,
                                   GAsyncResult   *result,
                                   GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == caseload_store_open_person_async, NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
create_person_thread (GTask        *task,
                      gpointer      source_object,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  CallData *data = task_data;
  g_autoptr(GError) error = NULL;

  if (!caseload_store_create_person (source_object, data->actor, data->person, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
copy_back_person (GTask *task)
{
  CallData *data = g_task_get_task_data (task);
  CaseloadPerson *original = g_object_get_data (G_OBJECT (task), "caseload-original");

  /* Ids, versions and timestamps given by the store reach the caller's object on the
   * main thread, where its notify handlers expect to run. */
  if (original != NULL)
    caseload_person_update_from (original, data->person);
}

/**
 * caseload_store_create_person_async:
 *
 * Saves a copy of @person in a worker; on success the finish call fills @person's id,
 * version and timestamps.
 */
void
caseload_store_create_person_async (CaseloadStore       *self,
                                    CaseloadStaff       *actor,
                                    CaseloadPerson      *person,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  CallData *data;

  g_return_if_fail (CASELOAD_IS_STORE (self));
  g_return_if_fail (CASELOAD_IS_STAFF (actor));
  g_return_if_fail (CASELOAD_IS_PERSON (person));

  data = call_data_new (actor, NULL);
  data->person = caseload_person_copy (person);
  task = start_task (self, caseload_store_create_person_async, data, cancellable, callback, user_data);
  g_object_set_data_full (G_OBJECT (task), "caseload-original", g_object_ref (person), g_object_unref);
  g_task_run_in_thread (task, create_person_thread);
}

gboolean
caseload_store_create_person_finish (CaseloadStore  *self,
                                     GAsyncResult   *result,
                                     GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == caseload_store_create_person_async, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  copy_back_person (G_TASK (result));
  return TRUE;
}

static void
add_timeline_entry_thread (GTask        *task,
                           gpointer      source_object,
                           gpointer      task_data,
                           GCancellable *cancellable)
{
  CallData *data = task_data;
  g_autoptr(GError) error = NULL;

  if (!caseload_store_add_timeline_entry (source_object, data->actor, data->entry, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * caseload_store_add_timeline_entry_async:
 *
 * Saves a copy of @entry in a worker; on success the finish call fills @entry's id,
 * version, author and organisation.
 */
void
caseload_store_add_timeline_entry_async (CaseloadStore         *self,
                                         CaseloadStaff         *actor,
                                         CaseloadTimelineEntry *entry,
                                         GCancellable          *cancellable,
                                         GAsyncReadyCallback    callback,
                                         gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  CallData *data;

  g_return_if_fail (CASELOAD_IS_STORE (self));
  g_return_if_fail (CASELOAD_IS_STAFF (actor));
  g_return_if_fail (CASELOAD_IS_TIMELINE_ENTRY (entry));

  data = call_data_new (actor, NULL);
  data->entry = caseload_timeline_entry_new ();
  caseload_timeline_entry_update_from (data->entry, entry);
  task = start_task (self, caseload_store_add_timeline_entry_async, data, cancellable, callback, user_data);
  g_object_set_data_full (G_OBJECT (task), "caseload-original", g_object_ref (entry), g_object_unref);
  g_task_run_in_thread (task, add_timeline_entry_thread);
}

gboolean
caseload_store_add_timeline_entry_finish (CaseloadStore  *self,
                                          GAsyncResult   *result,
                                          GError        **error)
{
  CallData *data;
  CaseloadTimelineEntry *original;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == caseload_store_add_timeline_entry_async, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  data = g_task_get_task_data (G_TASK (result));
  original = g_object_get_data (G_OBJECT (result), "caseload-original");
  caseload_timeline_entry_update_from (original, data->entry);
  return TRUE;
}

static void
list_timeline_entries_thread (GTask        *task,
                              gpointer      source_object,
                              gpointer      task_data,
                              GCancellable *cancellable)
{
  CallData *data = task_data;
  g_autoptr(GError) error = NULL;
  GPtrArray *entries;

  entries = caseload_store_list_timeline_entries (source_object, data->actor, data->text,
                                                  data->offset, data->limit, &error);
  if (entries == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, entries, (GDestroyNotify) g_ptr_array_unref);
}

void
caseload_store_list_timeline_entries_async (CaseloadStore       *self,
                                            CaseloadStaff       *actor,
                                            const char          *person_id,
                                            guint                offset,
                                            guint                limit,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  CallData *data;

  g_return_if_fail (CASELOAD_IS_STORE (self));
  g_return_if_fail (CASELOAD_IS_STAFF (actor));
  g_return_if_fail (person_id != NULL);

  data = call_data_new (actor, person_id);
  data->offset = offset;
  data->limit = limit;
  task = start_task (self, caseload_store_list_timeline_entries_async, data, cancellable, callback, user_data);
  g_task_run_in_thread (task, list_timeline_entries_thread);
}

GPtrArray *
caseload_store_list_timeline_entries_finish (CaseloadStore  *self,
                                             GAsyncResult   *result,
                                             GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == caseload_store_list_timeline_entries_async, NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * caseload_store_sign_in:
 *
 * Returns: (transfer full) (nullable): the staff member, or %NULL with @error set
 */
CaseloadStaff *
caseload_store_sign_in (CaseloadStore  *self,
                        const char     *username,
                        const char     *password,
                        GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);
  return CASELOAD_STORE_GET_IFACE (self)->sign_in (self, username, password, error);
}

gboolean
caseload_store_change_password (CaseloadStore  *self,
                                CaseloadStaff  *actor,
                                const char     *old_password,
                                const char     *new_password,
                                GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->change_password (self, actor, old_password, new_password, error);
}

gboolean
caseload_store_set_password (CaseloadStore  *self,
                             CaseloadStaff  *actor,
                             const char     *staff_id,
                             const char     *password,
                             gboolean        must_change,
                             GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (actor == NULL || CASELOAD_IS_STAFF (actor), FALSE);
  g_return_val_if_fail (staff_id != NULL, FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->set_password (self, actor, staff_id, password, must_change, error);
}

gboolean
caseload_store_set_staff_active (CaseloadStore  *self,
                                 CaseloadStaff  *actor,
                                 const char     *staff_id,
                                 gboolean        active,
                                 GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (actor == NULL || CASELOAD_IS_STAFF (actor), FALSE);
  g_return_val_if_fail (staff_id != NULL, FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->set_staff_active (self, actor, staff_id, active, error);
}

gboolean
caseload_store_record_event (CaseloadStore  *self,
                             CaseloadStaff  *actor,
                             const char     *action,
                             const char     *person_id,
                             const char     *detail,
                             GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), FALSE);
  g_return_val_if_fail (action != NULL, FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->record_event (self, actor, action, person_id, detail, error);
}

gboolean
caseload_store_check_access (CaseloadStore   *self,
                             CaseloadStaff   *actor,
                             const char      *person_id,
                             CaseloadAccess  *access,
                             char           **explanation,
                             GError         **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), FALSE);
  g_return_val_if_fail (person_id != NULL, FALSE);
  g_return_val_if_fail (access != NULL, FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->check_access (self, actor, person_id, access, explanation, error);
}

gboolean
caseload_store_add_care_relationship (CaseloadStore  *self,
                                      CaseloadStaff  *actor,
                                      const char     *person_id,
                                      const char     *organisation_id,
                                      const char     *kind,
                                      GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (actor == NULL || CASELOAD_IS_STAFF (actor), FALSE);
  g_return_val_if_fail (person_id != NULL && organisation_id != NULL, FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->add_care_relationship (self, actor, person_id, organisation_id, kind, error);
}

gboolean
caseload_store_record_consent (CaseloadStore    *self,
                               CaseloadStaff    *actor,
                               CaseloadConsent  *consent,
                               GError          **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (actor == NULL || CASELOAD_IS_STAFF (actor), FALSE);
  g_return_val_if_fail (CASELOAD_IS_CONSENT (consent), FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->record_consent (self, actor, consent, error);
}

/**
 * caseload_store_list_consent:
 *
 * Returns: (transfer container) (element-type CaseloadConsent): the decisions
 */
GPtrArray *
caseload_store_list_consent (CaseloadStore  *self,
                             CaseloadStaff  *actor,
                             const char     *person_id,
                             gboolean        history,
                             GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), NULL);
  g_return_val_if_fail (person_id != NULL, NULL);
  return CASELOAD_STORE_GET_IFACE (self)->list_consent (self, actor, person_id, history, error);
}

/**
 * caseload_store_break_glass:
 *
 * Returns: (transfer full) (nullable): the access granted
 */
CaseloadBreakGlass *
caseload_store_break_glass (CaseloadStore  *self,
                            CaseloadStaff  *actor,
                            const char     *person_id,
                            const char     *reason,
                            GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), NULL);
  g_return_val_if_fail (person_id != NULL, NULL);
  return CASELOAD_STORE_GET_IFACE (self)->break_glass (self, actor, person_id, reason, error);
}

/**
 * caseload_store_list_break_glass:
 *
 * Returns: (transfer container) (element-type CaseloadBreakGlass): newest first
 */
GPtrArray *
caseload_store_list_break_glass (CaseloadStore  *self,
                                 CaseloadStaff  *actor,
                                 gboolean        unreviewed_only,
                                 GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), NULL);
  return CASELOAD_STORE_GET_IFACE (self)->list_break_glass (self, actor, unreviewed_only, error);
}

gboolean
caseload_store_review_break_glass (CaseloadStore  *self,
                                   CaseloadStaff  *actor,
                                   const char     *id,
                                   GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->review_break_glass (self, actor, id, error);
}

/**
 * caseload_store_list_audit:
 *
 * Returns: (transfer container) (element-type CaseloadAuditEvent): newest first
 */
GPtrArray *
caseload_store_list_audit (CaseloadStore  *self,
                           CaseloadStaff  *actor,
                           const char     *staff_id,
                           const char     *person_id,
                           const char     *from,
                           const char     *to,
                           guint           offset,
                           guint           limit,
                           GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), NULL);
  return CASELOAD_STORE_GET_IFACE (self)->list_audit (self, actor, staff_id, person_id, from, to,
                                                      offset, limit, error);
}

gboolean
caseload_store_verify_audit (CaseloadStore  *self,
                             gint64         *n_checked,
                             GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->verify_audit (self, n_checked, error);
}

static void
list_cases_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  CallData *data = task_data;
  g_autoptr(GError) error = NULL;
  GPtrArray *rows;

  rows = caseload_store_list_cases (source_object, data->actor, data->query,
                                    data->offset, data->limit, &error);
  if (rows == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, rows, (GDestroyNotify) g_ptr_array_unref);
}

void
caseload_store_list_cases_async (CaseloadStore           *self,
                                 CaseloadStaff           *actor,
                                 const CaseloadCaseQuery *query,
                                 guint                    offset,
                                 guint                    limit,
                                 GCancellable            *cancellable,
                                 GAsyncReadyCallback      callback,
                                 gpointer                 user_data)
{
  g_autoptr(GTask) task = NULL;
  CallData *data;

  g_return_if_fail (CASELOAD_IS_STORE (self));
  g_return_if_fail (CASELOAD_IS_STAFF (actor));
  g_return_if_fail (query != NULL);

  data = call_data_new (actor, NULL);
  data->query = caseload_case_query_copy (query);
  data->offset = offset;
  data->limit = limit;
  task = start_task (self, caseload_store_list_cases_async, data, cancellable, callback, user_data);
  g_task_run_in_thread (task, list_cases_thread);
}

GPtrArray *
caseload_store_list_cases_finish (CaseloadStore  *self,
                                  GAsyncResult   *result,
                                  GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == caseload_store_list_cases_async, NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
count_cases_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  CallData *data = task_data;
  g_autoptr(GError) error = NULL;
  guint count = 0;

  if (!caseload_store_count_cases (source_object, data->actor, data->query, &count, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_int (task, count);
}

void
caseload_store_count_cases_async (CaseloadStore           *self,
                                  CaseloadStaff           *actor,
                                  const CaseloadCaseQuery *query,
                                  GCancellable            *cancellable,
                                  GAsyncReadyCallback      callback,
                                  gpointer                 user_data)
{
  g_autoptr(GTask) task = NULL;
  CallData *data;

  g_return_if_fail (CASELOAD_IS_STORE (self));
  g_return_if_fail (CASELOAD_IS_STAFF (actor));
  g_return_if_fail (query != NULL);

  data = call_data_new (actor, NULL);
  data->query = caseload_case_query_copy (query);
  task = start_task (self, caseload_store_count_cases_async, data, cancellable, callback, user_data);
  g_task_run_in_thread (task, count_cases_thread);
}

gboolean
caseload_store_count_cases_finish (CaseloadStore  *self,
                                   GAsyncResult   *result,
                                   guint          *count,
                                   GError        **error)
{
  gssize value;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == caseload_store_count_cases_async, FALSE);

  value = g_task_propagate_int (G_TASK (result), error);
  if (value < 0)
    return FALSE;
  if (count != NULL)
    *count = (guint) value;
  return TRUE;
}

static void
read_dashboard_thread (GTask        *task,
                       gpointer      source_object,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  CallData *data = task_data;
  g_autoptr(GError) error = NULL;
  CaseloadDashboard *dashboard;

  dashboard = caseload_store_read_dashboard (source_object, data->actor, data->from, data->to,
                                             data->text, &error);
  if (dashboard == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, dashboard, (GDestroyNotify) caseload_dashboard_free);
}

void
caseload_store_read_dashboard_async (CaseloadStore       *self,
                                     CaseloadStaff       *actor,
                                     const char          *from,
                                     const char          *to,
                                     const char          *pcn,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  CallData *data;

  g_return_if_fail (CASELOAD_IS_STORE (self));
  g_return_if_fail (CASELOAD_IS_STAFF (actor));

  data = call_data_new (actor, pcn);
  data->from = g_strdup (from);
  data->to = g_strdup (to);
  task = start_task (self, caseload_store_read_dashboard_async, data, cancellable, callback, user_data);
  g_task_run_in_thread (task, read_dashboard_thread);
}

CaseloadDashboard *
caseload_store_read_dashboard_finish (CaseloadStore  *self,
                                      GAsyncResult   *result,
                                      GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == caseload_store_read_dashboard_async, NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

GPtrArray *
caseload_store_list_cohorts (CaseloadStore *self,
                             CaseloadStaff *actor,
                             gboolean      include_finished,
                             GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), NULL);
  return CASELOAD_STORE_GET_IFACE (self)->list_cohorts (self, actor, include_finished, error);
}

CaseloadCohort *
caseload_store_get_cohort (CaseloadStore *self,
                           CaseloadStaff *actor,
                           const char    *id,
                           GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return CASELOAD_STORE_GET_IFACE (self)->get_cohort (self, actor, id, error);
}

gboolean
caseload_store_save_cohort (CaseloadStore  *self,
                            CaseloadStaff  *actor,
                            CaseloadCohort *cohort,
                            GError         **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), FALSE);
  g_return_val_if_fail (CASELOAD_IS_COHORT (cohort), FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->save_cohort (self, actor, cohort, error);
}

gboolean
caseload_store_save_cohort_session (CaseloadStore         *self,
                                    CaseloadStaff         *actor,
                                    CaseloadCohortSession *session,
                                    GPtrArray             *attendance,
                                    GError                **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), FALSE);
  g_return_val_if_fail (CASELOAD_IS_COHORT_SESSION (session), FALSE);
  g_return_val_if_fail (attendance != NULL, FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->save_cohort_session (self, actor, session, attendance, error);
}

gboolean
caseload_store_save_cohort_participant (CaseloadStore             *self,
                                        CaseloadStaff             *actor,
                                        CaseloadCohortParticipant *participant,
                                        GError                    **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), FALSE);
  g_return_val_if_fail (CASELOAD_IS_COHORT_PARTICIPANT (participant), FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->save_cohort_participant (self, actor, participant, error);
}

gboolean
caseload_store_save_od_episode (CaseloadStore     *self,
                                CaseloadStaff     *actor,
                                CaseloadOdEpisode *episode,
                                GError            **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), FALSE);
  g_return_val_if_fail (CASELOAD_IS_OD_EPISODE (episode), FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->save_od_episode (self, actor, episode, error);
}

gboolean
caseload_store_save_od_meeting (CaseloadStore     *self,
                                CaseloadStaff     *actor,
                                CaseloadOdMeeting *meeting,
                                GError            **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), FALSE);
  g_return_val_if_fail (CASELOAD_IS_OD_MEETING (meeting), FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->save_od_meeting (self, actor, meeting, error);
}

gboolean
caseload_store_save_ips_referral (CaseloadStore       *self,
                                  CaseloadStaff       *actor,
                                  CaseloadIpsReferral *referral,
                                  GError              **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), FALSE);
  g_return_val_if_fail (CASELOAD_IS_IPS_REFERRAL (referral), FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->save_ips_referral (self, actor, referral, error);
}

gboolean
caseload_store_save_employer_contact (CaseloadStore           *self,
                                      CaseloadStaff           *actor,
                                      CaseloadEmployerContact *contact,
                                      GError                  **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), FALSE);
  g_return_val_if_fail (CASELOAD_IS_EMPLOYER_CONTACT (contact), FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->save_employer_contact (self, actor, contact, error);
}

gboolean
caseload_store_save_ips_job (CaseloadStore  *self,
                             CaseloadStaff  *actor,
                             CaseloadIpsJob *job,
                             GError         **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), FALSE);
  g_return_val_if_fail (CASELOAD_IS_IPS_JOB (job), FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->save_ips_job (self, actor, job, error);
}

gboolean
caseload_store_save_fidelity_review (CaseloadStore          *self,
                                     CaseloadStaff          *actor,
                                     CaseloadFidelityReview *review,
                                     GError                 **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), FALSE);
  g_return_val_if_fail (CASELOAD_IS_FIDELITY_REVIEW (review), FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->save_fidelity_review (self, actor, review, error);
}

GPtrArray *
caseload_store_list_fidelity_reviews (CaseloadStore *self,
                                      CaseloadStaff *actor,
                                      GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), NULL);
  return CASELOAD_STORE_GET_IFACE (self)->list_fidelity_reviews (self, actor, error);
}

gboolean
caseload_store_save_housing_referral (CaseloadStore           *self,
                                      CaseloadStaff           *actor,
                                      CaseloadHousingReferral *referral,
                                      GError                  **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), FALSE);
  g_return_val_if_fail (CASELOAD_IS_HOUSING_REFERRAL (referral), FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->save_housing_referral (self, actor, referral, error);
}

gboolean
caseload_store_record_accommodation (CaseloadStore               *self,
                                     CaseloadStaff               *actor,
                                     CaseloadAccommodationRecord *record,
                                     GError                      **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), FALSE);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), FALSE);
  g_return_val_if_fail (CASELOAD_IS_ACCOMMODATION_RECORD (record), FALSE);
  return CASELOAD_STORE_GET_IFACE (self)->record_accommodation (self, actor, record, error);
}

CaseloadPathways *
caseload_store_read_pathways (CaseloadStore *self,
                              CaseloadStaff *actor,
                              const char    *person_id,
                              GError        **error)
{
  g_return_val_if_fail (CASELOAD_IS_STORE (self), NULL);
  g_return_val_if_fail (CASELOAD_IS_STAFF (actor), NULL);
  g_return_val_if_fail (person_id != NULL, NULL);
  return CASELOAD_STORE_GET_IFACE (self)->read_pathways (self, actor, person_id, error);
}
