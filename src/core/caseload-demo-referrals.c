/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-demo"

#include "config.h"

#include <string.h>

#include "caseload-demo-pathways.h"
#include "caseload-demo-plans.h"
#include "caseload-demo-private.h"
#include "caseload-demo-referrals.h"
#include "caseload-error.h"

/*
 * The demo's referrals: for people the team manager's organisation may add to, a
 * referral in every state the lists and the dashboard show (waiting, urgent near breach,
 * breached, accepted and unallocated, allocated to named workers, paused, signposted,
 * referred on, declined, transferred), with tasks and reminders. Everything goes through
 * the store, as a desk would do it, so the clocks and the audit trail are real.
 */

#define MAX_DEMO_REFERRALS 140

typedef enum {
  PLAN_WAITING,
  PLAN_URGENT_NEAR,
  PLAN_ALLOCATED,
  PLAN_URGENT_BREACHED,
  PLAN_SIGNPOSTED,
  PLAN_UNALLOCATED,
  PLAN_ALLOCATED_PEER,
  PLAN_TRANSFERRED,
  PLAN_VERY_URGENT,
  PLAN_PAUSED,
  PLAN_DECLINED,
  PLAN_REVIEW_OVERDUE,
  PLAN_REFERRED_ON,
  PLAN_WAITING_BREACHED,
  PLAN_ALLOCATED_OTHERS,
  N_PLANS
} Plan;

static const char * const reasons[] = {
  "Low mood and poor sleep since losing work in the spring; finding it hard to leave the house.",
  "Panic attacks on the bus to work, now avoiding travel. Asks for help to get back to work.",
  "Long history of depression, recently stopped medication; family worried about self-neglect.",
  "Hearing critical voices at night for a few weeks; not yet seen by mental health services.",
  "Struggling after a bereavement; drinking more; says they want to talk to someone.",
  "Anxiety about debts and a possible eviction; GP asks for joined-up support with housing.",
  "Bipolar disorder, settled for years; asks for a review after a change in circumstances.",
  "Home from the ward after an admission; needs community follow-up and a support plan.",
};

typedef struct {
  CaseloadStore *store;
  CaseloadClock *clock;
  GDateTime     *now;
  CaseloadStaff *manager;
  CaseloadStaff *nurse;     /* adaeze.nwosu */
  CaseloadStaff *peer;      /* daniel.okoro */
  GPtrArray     *others;    /* more workers to allocate */
} Demo;

CaseloadStaff *
caseload_demo_find_staff (GPtrArray  *staff,
                          const char *username)
{
  for (guint i = 0; i < staff->len; i++)
    if (g_strcmp0 (caseload_staff_get_username (g_ptr_array_index (staff, i)), username) == 0)
      return g_ptr_array_index (staff, i);
  return NULL;
}

char *
caseload_demo_day (GDateTime *now,
                   int        days)
{
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}

/* ISO time @hours before now. */
static char *
hours_ago (Demo   *demo,
           double  hours)
{
  g_autoptr(GDateTime) then = g_date_time_add_seconds (demo->now, -hours * 3600);

  return g_date_time_format (then, "%Y-%m-%dT%H:%M:%SZ");
}

/* ISO date @days from today (negative: before). */
static char *
day (Demo *demo,
     int   days)
{
  return caseload_demo_day (demo->now, days);
}

CaseloadAccess
caseload_demo_access (CaseloadStore *store,
                      CaseloadStaff *actor,
                      const char    *person_id)
{
  CaseloadAccess access = { FALSE, FALSE, CASELOAD_ACCESS_BASIS_NONE };

  if (!caseload_store_check_access (store, actor, person_id, &access, NULL, NULL))
    access.may_view = access.may_add = FALSE;
  return access;
}

/* The person agrees (@days_ago) to share their record with the peer worker's
 * organisation (Mind needs consent), reviewed in a year; the worker writes after. */
static gboolean
share_with_peer (Demo        *demo,
                 const char  *person_id,
                 int          days_ago,
                 GError     **error)
{
  g_autoptr(CaseloadConsent) consent = caseload_consent_new ();
  g_autoptr(CaseloadTimelineEntry) entry = caseload_timeline_entry_new ();
  g_autofree char *decided_on = day (demo, -days_ago);
  g_autofree char *review_on = day (demo, 365 - days_ago);
  g_autofree char *met_at = hours_ago (demo, (days_ago - 1) * 24.0 - 2);

  if (caseload_demo_access (demo->store, demo->peer, person_id).may_view)
    return TRUE;
  caseload_consent_set_person_id (consent, person_id);
  caseload_consent_set_organisation_id (consent, caseload_staff_get_organisation_id (demo->peer));
  caseload_consent_set_may_view (consent, TRUE);
  caseload_consent_set_may_add (consent, TRUE);
  caseload_consent_set_method (consent, CASELOAD_CONSENT_METHOD_VERBAL);
  caseload_consent_set_decided_on (consent, decided_on);
  caseload_consent_set_review_date (consent, review_on);
  caseload_consent_set_note (consent, "Agreed to peer support from Mind and to Mind seeing the record.");
  if (!caseload_store_record_consent (demo->store, demo->manager, consent, error))
    return FALSE;

  caseload_timeline_entry_set_person_id (entry, person_id);
  caseload_timeline_entry_set_kind (entry, CASELOAD_ENTRY_APPOINTMENT);
  caseload_timeline_entry_set_occurred_at (entry, met_at);
  caseload_timeline_entry_set_text (entry, "Met at the Mind hub for a first chat about peer support; agreed to meet "
                                           "weekly for now.");
  return caseload_store_add_timeline_entry (demo->store, demo->peer, entry, error);
}

static gboolean
triage (Demo                  *demo,
        CaseloadReferral      *referral,
        CaseloadTriageOutcome  outcome,
        int                    decided_days_ago,
        GError               **error)
{
  g_autofree char *decided_on = day (demo, -decided_days_ago);

  caseload_referral_set_triage_outcome (referral, outcome);
  caseload_referral_set_decided_by (referral, caseload_staff_get_id (demo->manager));
  caseload_referral_set_decided_on (referral, decided_on);
  switch (outcome)
    {
    case CASELOAD_TRIAGE_SIGNPOST:
      caseload_referral_set_signpost (referral, CASELOAD_SIGNPOST_TALKING_THERAPIES);
      caseload_referral_set_destination (referral, "Inclusion Thurrock (talking therapies), self-referral explained");
      break;
    case CASELOAD_TRIAGE_REFER_ON:
      caseload_referral_set_destination (referral, "EPUT Early Intervention in Psychosis team");
      break;
    case CASELOAD_TRIAGE_DECLINE:
      caseload_referral_set_triage_reason (referral, "Asks for an adult ADHD assessment, which the team does not "
                                                     "offer; the GP has the route to the regional service.");
      break;
    case CASELOAD_TRIAGE_ACCEPT:
    default:
      break;
    }
  return caseload_store_triage_referral (demo->store, demo->manager, referral, error);
}

static gboolean
allocate (Demo              *demo,
          CaseloadReferral  *referral,
          CaseloadStaff     *worker,
          CaseloadCaseRole   role,
          int                days_ago,
          GError           **error)
{
  g_autoptr(CaseloadAllocation) allocation = caseload_allocation_new ();
  g_autofree char *started_on = day (demo, -days_ago);

  caseload_allocation_set_referral_id (allocation, caseload_referral_get_id (referral));
  caseload_allocation_set_staff_id (allocation, caseload_staff_get_id (worker));
  caseload_allocation_set_role (allocation, role);
  caseload_allocation_set_started_on (allocation, started_on);
  return caseload_store_allocate (demo->store, demo->manager, allocation, error);
}

/* The steps of the wait, @days_ago each (0: not yet), and the next review. */
static gboolean
steps (Demo              *demo,
       CaseloadReferral  *referral,
       double             contact_days_ago,
       double             assessment_days_ago,
       double             help_days_ago,
       int                review_in_days,
       GError           **error)
{
  g_autofree char *contact = contact_days_ago > 0 ? hours_ago (demo, contact_days_ago * 24) : NULL;
  g_autofree char *assessment = assessment_days_ago > 0 ? hours_ago (demo, assessment_days_ago * 24) : NULL;
  g_autofree char *help = help_days_ago > 0 ? hours_ago (demo, help_days_ago * 24) : NULL;
  g_autofree char *review = day (demo, review_in_days);

  caseload_referral_set_first_contact_at (referral, contact);
  caseload_referral_set_assessment_at (referral, assessment);
  caseload_referral_set_help_started_at (referral, help);
  caseload_referral_set_help_kind (referral, CASELOAD_HELP_SUPPORT_PLAN);
  caseload_referral_set_next_review_on (referral, review);
  return caseload_store_update_referral (demo->store, demo->manager, referral, error);
}

static gboolean
transfer (Demo              *demo,
          CaseloadReferral  *referral,
          GError           **error)
{
  g_autofree char *on = day (demo, -3);

  caseload_referral_set_transfer_kind (referral, CASELOAD_TRANSFER_TO_GP);
  caseload_referral_set_transfer_destination (referral, "The person's GP practice");
  caseload_referral_set_transfer_summary (referral, "Eight weeks of support: back at work part time, sleeping "
                                                    "better, knows how to refer again. The GP continues the "
                                                    "medication review in three months.");
  caseload_referral_set_transferred_on (referral, on);
  return caseload_store_transfer_referral (demo->store, demo->manager, referral, error);
}

static gboolean
pause_clock (Demo              *demo,
             CaseloadReferral  *referral,
             GError           **error)
{
  g_autoptr(CaseloadClockPause) pause = caseload_clock_pause_new ();
  g_autofree char *started = hours_ago (demo, 4 * 24);

  caseload_clock_pause_set_referral_id (pause, caseload_referral_get_id (referral));
  caseload_clock_pause_set_reason (pause, CASELOAD_PAUSE_IN_HOSPITAL);
  caseload_clock_pause_set_started_at (pause, started);
  caseload_clock_pause_set_note (pause, "Admitted to Basildon Mental Health Unit; the ward will let us know.");
  return caseload_store_start_clock_pause (demo->store, demo->manager, pause, error);
}

static gboolean
add_task (Demo          *demo,
          CaseloadStaff *owner,
          const char    *person_id,
          const char    *title,
          int            due_in_days,
          GError       **error)
{
  g_autoptr(CaseloadTask) task = caseload_task_new ();
  g_autofree char *due_on = day (demo, due_in_days);

  caseload_task_set_person_id (task, person_id);
  caseload_task_set_owner_id (task, caseload_staff_get_id (owner));
  caseload_task_set_title (task, title);
  caseload_task_set_due_on (task, due_on);
  return caseload_store_save_task (demo->store, demo->manager, task, error);
}

static gboolean
make_referral (Demo        *demo,
               const char  *person_id,
               Plan         plan,
               guint        n,
               GError     **error)
{
  static const struct { CaseloadUrgency urgency; double hours; } received[N_PLANS] = {
    [PLAN_WAITING]          = { CASELOAD_URGENCY_ROUTINE, 6 * 24 },
    [PLAN_URGENT_NEAR]      = { CASELOAD_URGENCY_URGENT, 21 },
    [PLAN_ALLOCATED]        = { CASELOAD_URGENCY_ROUTINE, 40 * 24 },
    [PLAN_URGENT_BREACHED]  = { CASELOAD_URGENCY_URGENT, 30 },
    [PLAN_SIGNPOSTED]       = { CASELOAD_URGENCY_ROUTINE, 12 * 24 },
    [PLAN_UNALLOCATED]      = { CASELOAD_URGENCY_ROUTINE, 23 * 24 },
    [PLAN_ALLOCATED_PEER]   = { CASELOAD_URGENCY_ROUTINE, 50 * 24 },
    [PLAN_TRANSFERRED]      = { CASELOAD_URGENCY_ROUTINE, 90 * 24 },
    [PLAN_VERY_URGENT]      = { CASELOAD_URGENCY_VERY_URGENT, 3.5 },
    [PLAN_PAUSED]           = { CASELOAD_URGENCY_ROUTINE, 15 * 24 },
    [PLAN_DECLINED]         = { CASELOAD_URGENCY_ROUTINE, 9 * 24 },
    [PLAN_REVIEW_OVERDUE]   = { CASELOAD_URGENCY_ROUTINE, 70 * 24 },
    [PLAN_REFERRED_ON]      = { CASELOAD_URGENCY_URGENT, 5 * 24 },
    [PLAN_WAITING_BREACHED] = { CASELOAD_URGENCY_ROUTINE, 33 * 24 },
    [PLAN_ALLOCATED_OTHERS] = { CASELOAD_URGENCY_ROUTINE, 45 * 24 },
  };
  static const CaseloadReferralSource sources[] = {
    CASELOAD_REFERRAL_SOURCE_GP, CASELOAD_REFERRAL_SOURCE_GP, CASELOAD_REFERRAL_SOURCE_SELF,
    CASELOAD_REFERRAL_SOURCE_THURROCK_FIRST, CASELOAD_REFERRAL_SOURCE_GP, CASELOAD_REFERRAL_SOURCE_VCSE,
    CASELOAD_REFERRAL_SOURCE_SOCIAL_CARE, CASELOAD_REFERRAL_SOURCE_CRISIS_SERVICE, CASELOAD_REFERRAL_SOURCE_HOUSING,
  };
  g_autoptr(CaseloadReferral) referral = caseload_referral_new ();
  /* Up to 12% sooner, so that the clocks on a list do not all read alike. */
  double hours = received[plan].hours * (1.0 - 0.03 * (n % 5));
  g_autofree char *received_at = hours_ago (demo, hours);
  double age = hours / 24;
  CaseloadStaff *other = g_ptr_array_index (demo->others, n % demo->others->len);

  caseload_referral_set_person_id (referral, person_id);
  caseload_referral_set_source (referral, sources[n % G_N_ELEMENTS (sources)]);
  caseload_referral_set_source_detail (referral, n % 3 == 0 ? "Dr Sandhu, by e-mail" : NULL);
  caseload_referral_set_received_at (referral, received_at);
  caseload_referral_set_reason (referral, reasons[n % G_N_ELEMENTS (reasons)]);
  caseload_referral_set_urgency (referral, received[plan].urgency);
  caseload_referral_set_person_agreed (referral, TRUE);
  if (!caseload_store_create_referral (demo->store, demo->manager, referral, error))
    return FALSE;

  switch (plan)
    {
    case PLAN_WAITING:
    case PLAN_URGENT_NEAR:
    case PLAN_URGENT_BREACHED:
    case PLAN_VERY_URGENT:
    case PLAN_WAITING_BREACHED:
      return TRUE;
    case PLAN_SIGNPOSTED:
      return triage (demo, referral, CASELOAD_TRIAGE_SIGNPOST, (int) age - 2, error);
    case PLAN_DECLINED:
      return triage (demo, referral, CASELOAD_TRIAGE_DECLINE, (int) age - 1, error);
    case PLAN_REFERRED_ON:
      return triage (demo, referral, CASELOAD_TRIAGE_REFER_ON, (int) age - 1, error);
    case PLAN_UNALLOCATED:
      return triage (demo, referral, CASELOAD_TRIAGE_ACCEPT, (int) age - 3, error) &&
             add_task (demo, demo->manager, person_id, "Find a worker: accepted, nobody allocated yet", 0, error);
    case PLAN_PAUSED:
      return triage (demo, referral, CASELOAD_TRIAGE_ACCEPT, (int) age - 2, error) &&
             allocate (demo, referral, demo->nurse, CASELOAD_CASE_ROLE_CARE_COORDINATOR, (int) age - 3, error) &&
             pause_clock (demo, referral, error);
    case PLAN_ALLOCATED:
      return triage (demo, referral, CASELOAD_TRIAGE_ACCEPT, (int) age - 2, error) &&
             allocate (demo, referral, demo->nurse, CASELOAD_CASE_ROLE_CARE_COORDINATOR, (int) age - 4, error) &&
             steps (demo, referral, age - 5, age - 10, age - 20, 5 + (int) (n % 20), error) &&
             add_task (demo, demo->nurse, person_id, "Send the support plan to the GP", (int) (n % 4) - 1, error);
    case PLAN_REVIEW_OVERDUE:
      return triage (demo, referral, CASELOAD_TRIAGE_ACCEPT, (int) age - 2, error) &&
             allocate (demo, referral, demo->nurse, CASELOAD_CASE_ROLE_KEY_WORKER, (int) age - 3, error) &&
             steps (demo, referral, age - 4, age - 8, age - 25, -6, error);
    case PLAN_ALLOCATED_PEER:
      return triage (demo, referral, CASELOAD_TRIAGE_ACCEPT, (int) age - 2, error) &&
             share_with_peer (demo, person_id, (int) age - 4, error) &&
             allocate (demo, referral, demo->peer, CASELOAD_CASE_ROLE_PEER_SUPPORT, (int) age - 5, error) &&
             steps (demo, referral, age - 6, age - 12, age - 26, 10 + (int) (n % 30), error);
    case PLAN_ALLOCATED_OTHERS:
      return triage (demo, referral, CASELOAD_TRIAGE_ACCEPT, (int) age - 2, error) &&
             allocate (demo, referral, other, CASELOAD_CASE_ROLE_CARE_COORDINATOR, (int) age - 4, error) &&
             steps (demo, referral, age - 5, age - 9, n % 2 == 0 ? age - 30 : 0, 14 + (int) (n % 21), error);
    case PLAN_TRANSFERRED:
      return triage (demo, referral, CASELOAD_TRIAGE_ACCEPT, (int) age - 2, error) &&
             allocate (demo, referral, other, CASELOAD_CASE_ROLE_CARE_COORDINATOR, (int) age - 4, error) &&
             steps (demo, referral, age - 5, age - 10, age - 24, 7, error) &&
             transfer (demo, referral, error);
    case N_PLANS:
    default:
      g_assert_not_reached ();
    }
}

/* The people being helped now get a support plan. Not those whose review is overdue:
 * a plan's review date becomes the referral's, and the dashboard shows them overdue. */
static gboolean
has_support_plan (Plan plan)
{
  return plan == PLAN_ALLOCATED || plan == PLAN_ALLOCATED_PEER || plan == PLAN_ALLOCATED_OTHERS || plan == PLAN_PAUSED;
}

gboolean
caseload_demo_seed_referrals (CaseloadStore  *store,
                              CaseloadClock  *clock,
                              GPtrArray      *person_ids,
                              GError        **error)
{
  const char * const others[] = { "marcus.campbell", "joanna.wisniewska", "elif.yilmaz", "samuel.boateng" };
  g_autoptr(GPtrArray) staff = caseload_store_list_staff (store, error);
  g_autoptr(GPtrArray) other_staff = g_ptr_array_new ();
  g_autoptr(GPtrArray) with_plans = g_ptr_array_new ();
  g_autoptr(GPtrArray) known = g_ptr_array_new ();
  g_autoptr(GDateTime) now = caseload_clock_now (clock);
  Demo demo = { store, clock, now, NULL, NULL, NULL, other_staff };
  guint made = 0;

  if (staff == NULL)
    return FALSE;
  demo.manager = caseload_demo_find_staff (staff, "morven.adeyinka");
  demo.nurse = caseload_demo_find_staff (staff, "adaeze.nwosu");
  demo.peer = caseload_demo_find_staff (staff, "daniel.okoro");
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    if (caseload_demo_find_staff (staff, others[i]) != NULL)
      g_ptr_array_add (other_staff, caseload_demo_find_staff (staff, others[i]));
  /* A team made before (or by someone else): no referrals to make up. */
  if (demo.manager == NULL || demo.nurse == NULL || demo.peer == NULL || other_staff->len == 0)
    return TRUE;

  for (guint i = 0; i < person_ids->len && made < MAX_DEMO_REFERRALS; i++)
    {
      const char *person_id = g_ptr_array_index (person_ids, i);

      if (!caseload_demo_access (demo.store, demo.manager, person_id).may_add)
        continue;
      if (!make_referral (&demo, person_id, (Plan) (made % N_PLANS), made, error))
        return FALSE;
      if (has_support_plan ((Plan) (made % N_PLANS)))
        g_ptr_array_add (with_plans, (gpointer) person_id);
      g_ptr_array_add (known, (gpointer) person_id);
      made++;
    }

  if (!caseload_demo_seed_plans (store, clock, with_plans, error) ||
      !caseload_demo_seed_pathways (store, clock, known, error))
    return FALSE;

  /* The reminders the team would see on signing in today. */
  return caseload_store_refresh_reminders (store, demo.nurse, NULL, error) &&
         caseload_store_refresh_reminders (store, demo.manager, NULL, error);
}
