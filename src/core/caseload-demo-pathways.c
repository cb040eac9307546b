/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-demo"

#include "config.h"

#include <gio/gio.h>

#include "caseload-attendance.h"
#include "caseload-demo-pathways.h"
#include "caseload-demo-private.h"
#include "caseload-fidelity.h"
#include "caseload-reinforcer.h"
#include "caseload-stepps.h"

/*
 * The demo's pathways, so every part of them has something to show:
 * - three STEPPS groups, each co-facilitated by EPUT and Inclusion Thurrock: one half way
 *   through its 20 weeks in Grays, Thurrock's 21-week pilot in Tilbury (finished, so its
 *   completion shows), and a STEPPS EI group starting in a fortnight; attendance,
 *   emotional intensity and fortnightly BEST scores for every session held, two people
 *   who stopped coming, and reinforcement teams;
 * - Open Dialogue episodes with the same core team: met within 24 hours, met late, one
 *   whose clock is running now and one past its 24 hours, and a meeting none of the core
 *   team could attend;
 * - IPS referrals at every stage, with employer contacts, jobs (one of 3 hours a week,
 *   which does not count as a job start), benefits advice, and a fidelity review;
 * - housing referrals to Housing Solutions updated by its housing officer (one stepping
 *   back, with the reason), and accommodation over time.
 * The person agrees to share their record with each service first, as they would.
 * Everything is invented.
 */

typedef struct {
  CaseloadStore *store;
  GDateTime     *now;
  GPtrArray     *staff;
  CaseloadStaff *manager;
  CaseloadStaff *writers[4];   /* EPUT and council staff who record for the team */
} Demo;

static CaseloadStaff *
staff (Demo       *demo,
       const char *username)
{
  return caseload_demo_find_staff (demo->staff, username);
}

/* Someone on the team who may add to the person's record, or NULL. */
static CaseloadStaff *
writer_for (Demo       *demo,
            const char *person_id)
{
  for (guint i = 0; i < G_N_ELEMENTS (demo->writers); i++)
    if (demo->writers[i] != NULL && caseload_demo_access (demo->store, demo->writers[i], person_id).may_add)
      return demo->writers[i];
  return NULL;
}

/* An ISO 8601 time @hours before now, in UTC. */
static char *
hours_ago (Demo   *demo,
           double  hours)
{
  g_autoptr(GDateTime) then = g_date_time_add_seconds (demo->now, -hours * 3600);
  g_autoptr(GDateTime) utc = g_date_time_to_utc (then);

  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

/* @service's organisation comes to work with the person (@days_ago): the NHS, council and
 * talking-therapy services by a referral; the voluntary sector, housing and employment
 * services, which need the person's agreement, once the person agrees, and they write
 * @first_entry soon after. */
static gboolean
share_with (Demo           *demo,
            const char     *person_id,
            CaseloadStaff  *service,
            int             days_ago,
            const char     *note,
            const char     *first_entry,
            GError        **error)
{
  g_autoptr(CaseloadConsent) consent = NULL;
  g_autoptr(CaseloadTimelineEntry) entry = NULL;
  g_autofree char *decided_on = NULL;
  g_autofree char *review_on = NULL;
  g_autofree char *met_at = NULL;

  if (caseload_demo_access (demo->store, service, person_id).may_add)
    return TRUE;

  switch (caseload_staff_get_organisation_kind (service))
    {
    case CASELOAD_ORGANISATION_VCSE:
    case CASELOAD_ORGANISATION_HOUSING:
    case CASELOAD_ORGANISATION_EMPLOYMENT:
      break;
    default:
      return caseload_store_add_care_relationship (demo->store, demo->manager, person_id,
                                                   caseload_staff_get_organisation_id (service), "referral", error);
    }

  consent = caseload_consent_new ();
  decided_on = caseload_demo_day (demo->now, -days_ago - 1);
  review_on = caseload_demo_day (demo->now, 365 - days_ago - 1);
  caseload_consent_set_person_id (consent, person_id);
  caseload_consent_set_organisation_id (consent, caseload_staff_get_organisation_id (service));
  caseload_consent_set_may_view (consent, TRUE);
  caseload_consent_set_may_add (consent, TRUE);
  caseload_consent_set_method (consent, CASELOAD_CONSENT_METHOD_VERBAL);
  caseload_consent_set_decided_on (consent, decided_on);
  caseload_consent_set_review_date (consent, review_on);
  caseload_consent_set_note (consent, note);
  if (!caseload_store_record_consent (demo->store, demo->manager, consent, error))
    return FALSE;

  entry = caseload_timeline_entry_new ();
  met_at = hours_ago (demo, days_ago * 24.0 - 2);
  caseload_timeline_entry_set_person_id (entry, person_id);
  caseload_timeline_entry_set_kind (entry, CASELOAD_ENTRY_APPOINTMENT);
  caseload_timeline_entry_set_occurred_at (entry, met_at);
  caseload_timeline_entry_set_text (entry, first_entry);
  return caseload_store_add_timeline_entry (demo->store, service, entry, error);
}

/* ---- STEPPS ------------------------------------------------------------------------ */

typedef struct {
  const char              *name;
  CaseloadSteppsProgramme  programme;
  const char              *venue;
  int                      start_days;        /* from today */
  guint                    n_people;
  const char              *facilitators[2];
} DemoCohort;

static const DemoCohort cohorts[] = {
  { "Grays, autumn 2026", CASELOAD_STEPPS_ADULT_20, "Grays Community Hub, Orsett Road", -7 * 9 - 2, 10,
    { "elif.yilmaz", "shahana.begum" } },
  { "Tilbury pilot, spring 2026", CASELOAD_STEPPS_THURROCK_21, "Tilbury Hub, Civic Square", -7 * 32, 9,
    { "joanna.wisniewska", "ryan.fletcher" } },
  { "Stanford-le-Hope, STEPPS EI", CASELOAD_STEPPS_EI_12, "Stanford-le-Hope Library meeting room", 12, 8,
    { "elif.yilmaz", "ryan.fletcher" } },
};

static const struct { const char *name; const char *role; gboolean professional; } reinforcers[] = {
  { "Sandra", "Mum", FALSE },
  { "Kelly", "Best friend", FALSE },
  { "Tom", "Partner", FALSE },
  { "Bev", "Aunt", FALSE },
  { "Marcus Campbell", "Community mental health nurse", TRUE },
  { "Daniel Okoro", "Peer support worker at Mind", TRUE },
};

/* How participant @p did at session @s (1-based): most come; two stop after a few weeks
 * in the running group, one in the pilot. */
static gboolean
attendance_for (guint                     cohort,
                guint                     p,
                guint                     s,
                CaseloadAttendanceStatus *status)
{
  guint roll = (p * 7 + s * 3 + cohort) % 11;

  if ((cohort == 0 && (p == 3 || p == 8) && s > 5 + p % 3) || (cohort == 1 && p == 4 && s > 8))
    return FALSE;   /* stopped coming: nothing recorded */
  if (roll == 0)
    *status = CASELOAD_ATTENDANCE_DID_NOT_ATTEND;
  else if (roll == 1 || (cohort == 1 && p == 6 && s % 3 == 0))
    *status = CASELOAD_ATTENDANCE_APOLOGIES;
  else
    *status = CASELOAD_ATTENDANCE_ATTENDED;
  return TRUE;
}

static gboolean
record_sessions (Demo            *demo,
                 CaseloadStaff   *facilitator,
                 guint            c,
                 CaseloadCohort  *cohort,
                 GError         **error)
{
  g_autofree char *today = caseload_demo_day (demo->now, 0);
  GPtrArray *sessions = caseload_cohort_get_sessions (cohort);
  GPtrArray *participants = caseload_cohort_get_participants (cohort);

  for (guint i = 0; i < sessions->len; i++)
    {
      CaseloadCohortSession *session = g_ptr_array_index (sessions, i);
      g_autoptr(GPtrArray) attendance = g_ptr_array_new_with_free_func (g_object_unref);
      guint s = caseload_cohort_session_get_number (session);

      if (g_strcmp0 (caseload_cohort_session_get_held_on (session), today) >= 0)
        break;

      for (guint p = 0; p < participants->len; p++)
        {
          CaseloadCohortParticipant *participant = g_ptr_array_index (participants, p);
          g_autoptr(CaseloadAttendance) record = NULL;
          CaseloadAttendanceStatus status;

          if (!attendance_for (c, p, s, &status))
            continue;
          record = caseload_attendance_new ();
          caseload_attendance_set_session_id (record, caseload_cohort_session_get_id (session));
          caseload_attendance_set_participant_id (record, caseload_cohort_participant_get_id (participant));
          caseload_attendance_set_status (record, status);
          if (status == CASELOAD_ATTENDANCE_ATTENDED)
            {
              /* Emotional intensity eases from 4–5 towards 2–3 over the weeks. */
              caseload_attendance_set_intensity (record, CLAMP (5 - (int) (s + p % 4) / 6, 1, 5));
              /* BEST fortnightly, falling (better) for most, not for everyone. */
              if (s % 2 == 1)
                {
                  int start = 46 + (int) (p % 5) * 4;
                  int fall = p % 4 == 3 ? 0 : (int) s * (2 + (int) (p % 3)) / 3;

                  caseload_attendance_set_has_best (record, TRUE);
                  caseload_attendance_set_best_total (record, CLAMP (start - fall + (int) ((s + p) % 3), 12, 72));
                }
            }
          g_ptr_array_add (attendance, g_steal_pointer (&record));
        }

      if (s % 4 == 1)
        caseload_cohort_session_set_notes (session, "Good energy in the group; everyone tried the skill in pairs. "
                                                    "Homework sheets handed out for the week.");
      if (!caseload_store_save_cohort_session (demo->store, facilitator, session, attendance, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
make_cohort (Demo        *demo,
             guint        c,
             GPtrArray   *person_ids,
             guint       *next,
             GError     **error)
{
  const DemoCohort *d = &cohorts[c];
  g_autoptr(CaseloadCohort) cohort = caseload_cohort_new ();
  g_autoptr(CaseloadCohort) stored = NULL;
  g_autofree char *start_on = caseload_demo_day (demo->now, d->start_days);
  CaseloadStaff *lead = staff (demo, d->facilitators[0]);
  CaseloadStaff *co = staff (demo, d->facilitators[1]);
  g_autoptr(GPtrArray) members = g_ptr_array_new ();
  guint added = 0;

  if (lead == NULL || co == NULL)
    return TRUE;
  /* Only a group with enough people the team knows */
  while (members->len < d->n_people && *next < person_ids->len)
    {
      const char *person_id = g_ptr_array_index (person_ids, (*next)++);

      if (writer_for (demo, person_id) != NULL)
        g_ptr_array_add (members, (gpointer) person_id);
    }
  if (members->len < 8)
    return TRUE;

  caseload_cohort_set_name (cohort, d->name);
  caseload_cohort_set_programme (cohort, d->programme);
  caseload_cohort_set_n_sessions (cohort, caseload_stepps_programme_sessions (d->programme));
  caseload_cohort_set_venue (cohort, d->venue);
  caseload_cohort_set_start_on (cohort, start_on);
  g_ptr_array_add (caseload_cohort_get_facilitators (cohort), g_object_ref (lead));
  g_ptr_array_add (caseload_cohort_get_facilitators (cohort), g_object_ref (co));
  if (!caseload_store_save_cohort (demo->store, lead, cohort, error))
    return FALSE;

  for (; added < members->len; added++)
    {
      const char *person_id = g_ptr_array_index (members, added);
      g_autoptr(CaseloadCohortParticipant) participant = NULL;
      g_autofree char *joined_on = caseload_demo_day (demo->now, MIN (d->start_days, 0) - 7);

      if (!share_with (demo, person_id, lead, 120, NULL, NULL, error) ||
          !share_with (demo, person_id, co, 120, NULL, NULL, error))
        return FALSE;

      participant = caseload_cohort_participant_new ();
      caseload_cohort_participant_set_cohort_id (participant, caseload_cohort_get_id (cohort));
      caseload_cohort_participant_set_person_id (participant, person_id);
      caseload_cohort_participant_set_joined_on (participant, joined_on);
      for (guint r = 0; r < 2; r++)
        {
          guint which = (added + r * 3) % G_N_ELEMENTS (reinforcers);
          g_autoptr(CaseloadReinforcer) reinforcer = caseload_reinforcer_new ();

          caseload_reinforcer_set_name (reinforcer, reinforcers[which].name);
          caseload_reinforcer_set_role (reinforcer, reinforcers[which].role);
          caseload_reinforcer_set_professional (reinforcer, reinforcers[which].professional);
          if (d->start_days < 0 && r == 0)
            caseload_reinforcer_set_summary_given_on (reinforcer, start_on);
          g_ptr_array_add (caseload_cohort_participant_get_reinforcers (participant), g_steal_pointer (&reinforcer));
        }
      if (!caseload_store_save_cohort_participant (demo->store, lead, participant, error))
        return FALSE;
    }

  stored = caseload_store_get_cohort (demo->store, lead, caseload_cohort_get_id (cohort), error);
  if (stored == NULL)
    return FALSE;
  return record_sessions (demo, lead, c, stored, error);
}

/* ---- Open Dialogue ------------------------------------------------------------------ */

typedef struct {
  double      contact_hours_ago;
  double      first_meeting_after;   /* hours after contact; 0: no meeting yet */
  guint       n_meetings;
  gboolean    from_referral;
} DemoEpisode;

static const DemoEpisode episodes[] = {
  { 24 * 40, 18, 5, TRUE },
  { 24 * 21, 6, 3, FALSE },
  { 24 * 12, 31, 2, TRUE },    /* met late: the family could not all come until the next evening */
  { 24 * 9, 22, 2, FALSE },
  { 5, 0, 0, FALSE },          /* a crisis call this morning: the clock is running */
  { 29, 0, 0, TRUE },          /* past its 24 hours */
};

static const char *const od_decisions[] = {
  "We agreed to meet again at home on Thursday at 6pm, with Gran there too. You said you will keep the sleep diary and bring it.",
  "Together we decided not to change medication for now. Everyone can phone the team between meetings; the numbers are in the notes.",
  "You asked for the next meeting to be shorter. Mum will let the team know if the nights get worse.",
};

static const char *const od_notes[] = {
  "Reflections said in the room: the team noticed how much everyone wants you to feel safe at home, and how tired everyone is.",
  "We heard that the last week was hard, especially the nights. The team wondered aloud whether the family could share the evenings.",
  "Everyone spoke. We tolerated not knowing yet what the voices mean; we will keep talking about it together.",
};

static gboolean
make_episode (Demo        *demo,
              guint        e,
              const char  *person_id,
              GError     **error)
{
  const DemoEpisode *d = &episodes[e];
  const char *core[] = { "marcus.campbell", "farah.rahman", "daniel.okoro" };
  g_autoptr(CaseloadOdEpisode) episode = caseload_od_episode_new ();
  g_autofree char *contact_at = hours_ago (demo, d->contact_hours_ago);
  CaseloadStaff *nurse = staff (demo, "marcus.campbell");
  g_autoptr(GPtrArray) referrals = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (core); i++)
    if (staff (demo, core[i]) == NULL)
      return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (core); i++)
    if (!share_with (demo, person_id, staff (demo, core[i]), (int) (d->contact_hours_ago / 24) + 1,
                     "Agreed to peer support in the Open Dialogue team and to Mind seeing the record.",
                     "Joined the first network meeting as the team's peer support worker; will come to them all.",
                     error))
      return FALSE;

  caseload_od_episode_set_person_id (episode, person_id);
  caseload_od_episode_set_contact_at (episode, contact_at);
  caseload_od_episode_set_responsible_id (episode, caseload_staff_get_id (nurse));
  caseload_od_episode_set_start_kind (episode, CASELOAD_OD_START_CRISIS_CONTACT);
  if (d->from_referral)
    {
      referrals = caseload_store_list_referrals (demo->store, nurse, person_id, NULL);
      if (referrals != NULL && referrals->len > 0)
        {
          caseload_od_episode_set_start_kind (episode, CASELOAD_OD_START_REFERRAL);
          caseload_od_episode_set_referral_id (episode, caseload_referral_get_id (g_ptr_array_index (referrals, 0)));
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (core); i++)
    g_ptr_array_add (caseload_od_episode_get_core_team (episode), g_object_ref (staff (demo, core[i])));
  if (!caseload_store_save_od_episode (demo->store, nurse, episode, error))
    return FALSE;

  for (guint m = 0; m < d->n_meetings; m++)
    {
      g_autoptr(CaseloadOdMeeting) meeting = caseload_od_meeting_new ();
      double after = d->first_meeting_after + m * 24.0 * 7;
      g_autofree char *held_at = hours_ago (demo, d->contact_hours_ago - after);
      g_autoptr(CaseloadNetworkMember) mum = caseload_network_member_new ();
      /* One meeting when none of the core team could come: the episode flags it. */
      gboolean cover = e == 0 && m == 2;
      const char *first = cover ? "adaeze.nwosu" : core[m % 2];
      const char *second = cover ? "joanna.wisniewska" : core[2];

      if (d->contact_hours_ago - after < 1)
        break;
      if (!share_with (demo, person_id, staff (demo, first), 60, NULL, NULL, error))
        return FALSE;
      caseload_od_meeting_set_episode_id (meeting, caseload_od_episode_get_id (episode));
      caseload_od_meeting_set_held_at (meeting, held_at);
      caseload_od_meeting_set_place (meeting, m == 0 ? CASELOAD_OD_PLACE_HOME : (CaseloadOdPlace) (m % 3));
      caseload_od_meeting_set_person_present (meeting, TRUE);
      caseload_od_meeting_set_decisions (meeting, od_decisions[m % G_N_ELEMENTS (od_decisions)]);
      caseload_od_meeting_set_notes (meeting, od_notes[m % G_N_ELEMENTS (od_notes)]);
      g_ptr_array_add (caseload_od_meeting_get_practitioners (meeting), g_object_ref (staff (demo, first)));
      g_ptr_array_add (caseload_od_meeting_get_practitioners (meeting), g_object_ref (staff (demo, second)));
      caseload_network_member_set_name (mum, m % 2 == 0 ? "Mum" : "Gran");
      caseload_network_member_set_relationship (mum, CASELOAD_RELATIONSHIP_FAMILY);
      g_ptr_array_add (caseload_od_meeting_get_members (meeting), g_steal_pointer (&mum));
      if (!caseload_store_save_od_meeting (demo->store, staff (demo, first), meeting, error))
        return FALSE;
    }
  return TRUE;
}

/* ---- IPS ------------------------------------------------------------------------------ */

typedef struct {
  int          referred_days_ago;
  int          engaged_after;        /* days after referral; -1: not yet */
  int          search_after;
  int          first_contact_after;  /* -1: none yet */
  guint        n_contacts;
  int          job_after;            /* -1: no job */
  double       hours;
  gboolean     job_ended;
  gboolean     benefits_advice;
  gboolean     closed;
} DemoIps;

static const DemoIps ips_people[] = {
  { 150, 6, 12, 16, 5, 45, 16, FALSE, TRUE, FALSE },
  { 130, 8, 14, 20, 4, 60, 25, TRUE, TRUE, FALSE },
  { 120, 5, 9, 12, 6, 38, 3, FALSE, TRUE, FALSE },    /* 3 hours a week: not yet a job start */
  { 100, 10, 20, 34, 3, -1, 0, FALSE, TRUE, FALSE },  /* first employer contact after 34 days */
  { 90, 7, 15, 18, 4, 52, 30, FALSE, TRUE, FALSE },
  { 75, 9, 16, 21, 3, -1, 0, FALSE, FALSE, FALSE },
  { 60, 6, 13, 19, 2, -1, 0, FALSE, TRUE, FALSE },
  { 45, 12, 20, 26, 2, -1, 0, FALSE, FALSE, FALSE },
  { 30, 8, -1, -1, 0, -1, 0, FALSE, TRUE, FALSE },
  { 18, -1, -1, -1, 0, -1, 0, FALSE, FALSE, FALSE },
  { 9, -1, -1, -1, 0, -1, 0, FALSE, FALSE, FALSE },
  { 200, 10, 21, 25, 3, -1, 0, FALSE, TRUE, TRUE },   /* closed: moved out of the area */
};

static const char *const employers[] = {
  "Lakeside garden centre", "Tilbury Docks logistics", "Grays community café", "Thurrock Council parks team",
  "Corringham supermarket", "Purfleet film studio canteen", "Stanford-le-Hope hardware shop",
};

static gboolean
make_ips (Demo           *demo,
          guint           i,
          const char     *person_id,
          CaseloadStaff  *specialist,
          GError        **error)
{
  const DemoIps *d = &ips_people[i];
  g_autoptr(CaseloadIpsReferral) referral = caseload_ips_referral_new ();
  CaseloadStaff *referrer = writer_for (demo, person_id);
  g_autofree char *referred_on = caseload_demo_day (demo->now, -d->referred_days_ago);

  if (referrer == NULL)
    return TRUE;
  if (!share_with (demo, person_id, specialist, d->referred_days_ago,
                   "Wants to work; agreed to the employment specialist seeing the record.",
                   "First meeting about work: what kind of job, hours and what worries them about benefits.", error))
    return FALSE;

  caseload_ips_referral_set_person_id (referral, person_id);
  caseload_ips_referral_set_wants_work (referral, TRUE);
  caseload_ips_referral_set_referred_on (referral, referred_on);
  caseload_ips_referral_set_specialist_id (referral, caseload_staff_get_id (specialist));
  if (!caseload_store_save_ips_referral (demo->store, referrer, referral, error))
    return FALSE;

  if (d->engaged_after >= 0)
    {
      g_autofree char *engaged_on = caseload_demo_day (demo->now, -d->referred_days_ago + d->engaged_after);
      g_autofree char *search_on = d->search_after >= 0
                                   ? caseload_demo_day (demo->now, -d->referred_days_ago + d->search_after) : NULL;
      g_autofree char *closed_on = d->closed ? caseload_demo_day (demo->now, -20) : NULL;

      caseload_ips_referral_set_engaged_on (referral, engaged_on);
      caseload_ips_referral_set_job_search_on (referral, search_on);
      if (d->benefits_advice)
        {
          caseload_ips_referral_set_benefits_advice (referral, TRUE);
          caseload_ips_referral_set_benefits_advice_on (referral, engaged_on);
        }
      if (d->closed)
        {
          caseload_ips_referral_set_closed_on (referral, closed_on);
          caseload_ips_referral_set_close_reason (referral, "Moved out of the area; given details of the IPS service there.");
        }
      if (!caseload_store_save_ips_referral (demo->store, specialist, referral, error))
        return FALSE;
    }

  for (guint c = 0; c < d->n_contacts; c++)
    {
      g_autoptr(CaseloadEmployerContact) contact = caseload_employer_contact_new ();
      int after = d->first_contact_after + (int) c * 6;
      g_autofree char *contacted_on = caseload_demo_day (demo->now, -d->referred_days_ago + after);

      if (after > d->referred_days_ago)
        break;
      caseload_employer_contact_set_referral_id (contact, caseload_ips_referral_get_id (referral));
      caseload_employer_contact_set_employer (contact, employers[(i + c) % G_N_ELEMENTS (employers)]);
      caseload_employer_contact_set_contacted_on (contact, contacted_on);
      caseload_employer_contact_set_outcome (contact, c + 1 == d->n_contacts && d->job_after >= 0
                                                      ? CASELOAD_EMPLOYER_JOB_OFFER
                                                      : (CaseloadEmployerOutcome) ((i + c) % 5 == 2 ? 0 : (i + c) % 5));
      if (!caseload_store_save_employer_contact (demo->store, specialist, contact, error))
        return FALSE;
    }

  if (d->job_after >= 0)
    {
      g_autoptr(CaseloadIpsJob) job = caseload_ips_job_new ();
      g_autofree char *started_on = caseload_demo_day (demo->now, -d->referred_days_ago + d->job_after);
      const char *roles[] = { "Warehouse operative", "Café assistant", "Gardener", "Shop assistant" };

      caseload_ips_job_set_referral_id (job, caseload_ips_referral_get_id (referral));
      caseload_ips_job_set_employer (job, employers[(i + d->n_contacts - 1) % G_N_ELEMENTS (employers)]);
      caseload_ips_job_set_role (job, roles[i % G_N_ELEMENTS (roles)]);
      caseload_ips_job_set_hours_per_week (job, d->hours);
      caseload_ips_job_set_pay_type (job, i % 3 == 1 ? CASELOAD_PAY_SALARIED : CASELOAD_PAY_HOURLY);
      caseload_ips_job_set_started_on (job, started_on);
      caseload_ips_job_set_in_work_support (job, TRUE);
      if (d->job_ended)
        {
          g_autofree char *ended_on = caseload_demo_day (demo->now, -15);

          caseload_ips_job_set_ended_on (job, ended_on);
          caseload_ips_job_set_end_reason (job, CASELOAD_JOB_NEW_JOB);
          caseload_ips_job_set_end_note (job, "Moved to a job with more hours nearer home.");
        }
      if (!caseload_store_save_ips_job (demo->store, specialist, job, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
make_fidelity_review (Demo    *demo,
                      GError **error)
{
  /* A good service still working on job development and benefits planning. */
  static const int scores[CASELOAD_FIDELITY_ITEMS] = {
    5, 5, 4, 5, 4, 3, 5, 4, 5, 4, 4, 3, 4, 4, 5, 4, 3, 3, 4, 4, 5, 4, 5, 4, 4,
  };
  g_autoptr(CaseloadFidelityReview) review = caseload_fidelity_review_new ();
  g_autofree char *reviewed_on = caseload_demo_day (demo->now, -58);

  caseload_fidelity_review_set_service (review, "Thurrock IPS Employment Service");
  caseload_fidelity_review_set_reviewed_on (review, reviewed_on);
  caseload_fidelity_review_set_reviewers (review, "Morven Adeyinka; an IPS Grow fidelity reviewer");
  caseload_fidelity_review_set_score_values (review, scores, G_N_ELEMENTS (scores));
  caseload_fidelity_review_set_note (review, "Strong integration with the clinical teams. To work on: more employer "
                                             "contacts each week, and benefits planning for everyone.");
  return caseload_store_save_fidelity_review (demo->store, demo->manager, review, error);
}

/* ---- Housing and accommodation -------------------------------------------------------- */

typedef struct {
  CaseloadHousingKind    kind;
  int                    sent_days_ago;
  CaseloadHousingStatus  reached;      /* moved forward one step a week up to here */
  gboolean               step_back;    /* then back one step, with a reason */
  CaseloadHousingOutcome outcome;      /* when reached is CLOSED */
  CaseloadAccommodation  before;       /* accommodation when referred */
  CaseloadAccommodation  now;
} DemoHousing;

static const DemoHousing housing_people[] = {
  { CASELOAD_HOUSING_PREVENTION, 40, CASELOAD_HOUSING_ASSESSED, FALSE, 0, CASELOAD_ACCOMMODATION_AT_RISK,
    CASELOAD_ACCOMMODATION_AT_RISK },
  { CASELOAD_HOUSING_RELIEF, 60, CASELOAD_HOUSING_OFFERED, TRUE, 0, CASELOAD_ACCOMMODATION_HOMELESS,
    CASELOAD_ACCOMMODATION_TEMPORARY },
  { CASELOAD_HOUSING_FLOATING_SUPPORT, 80, CASELOAD_HOUSING_IN_PLACE, FALSE, 0, CASELOAD_ACCOMMODATION_AT_RISK,
    CASELOAD_ACCOMMODATION_SETTLED },
  { CASELOAD_HOUSING_SUPPORTED_ACCOMMODATION, 120, CASELOAD_HOUSING_CLOSED, FALSE,
    CASELOAD_HOUSING_OUTCOME_REHOUSED, CASELOAD_ACCOMMODATION_HOSPITAL, CASELOAD_ACCOMMODATION_SUPPORTED },
  { CASELOAD_HOUSING_PREVENTION, 100, CASELOAD_HOUSING_CLOSED, FALSE, CASELOAD_HOUSING_OUTCOME_HOME_KEPT,
    CASELOAD_ACCOMMODATION_AT_RISK, CASELOAD_ACCOMMODATION_SETTLED },
  { CASELOAD_HOUSING_ADAPTATIONS, 30, CASELOAD_HOUSING_ACKNOWLEDGED, FALSE, 0, CASELOAD_ACCOMMODATION_SETTLED,
    CASELOAD_ACCOMMODATION_SETTLED },
  { CASELOAD_HOUSING_RELIEF, 12, CASELOAD_HOUSING_SENT, FALSE, 0, CASELOAD_ACCOMMODATION_HOMELESS,
    CASELOAD_ACCOMMODATION_HOMELESS },
  { CASELOAD_HOUSING_FLOATING_SUPPORT, 50, CASELOAD_HOUSING_ASSESSED, FALSE, 0, CASELOAD_ACCOMMODATION_AT_RISK,
    CASELOAD_ACCOMMODATION_AT_RISK },
};

static gboolean
record_accommodation (Demo                   *demo,
                      CaseloadStaff          *actor,
                      const char             *person_id,
                      CaseloadAccommodation   status,
                      int                     days_ago,
                      const char             *note,
                      GError                **error)
{
  g_autoptr(CaseloadAccommodationRecord) record = caseload_accommodation_record_new ();
  g_autofree char *from_on = caseload_demo_day (demo->now, -days_ago);

  caseload_accommodation_record_set_person_id (record, person_id);
  caseload_accommodation_record_set_status (record, status);
  caseload_accommodation_record_set_from_on (record, from_on);
  caseload_accommodation_record_set_note (record, note);
  return caseload_store_record_accommodation (demo->store, actor, record, error);
}

static gboolean
make_housing (Demo           *demo,
              guint           i,
              const char     *person_id,
              CaseloadStaff  *officer,
              GError        **error)
{
  const DemoHousing *d = &housing_people[i];
  g_autoptr(CaseloadHousingReferral) referral = caseload_housing_referral_new ();
  CaseloadStaff *referrer = writer_for (demo, person_id);
  g_autofree char *sent_on = caseload_demo_day (demo->now, -d->sent_days_ago);
  int days = d->sent_days_ago;

  if (referrer == NULL)
    return TRUE;
  if (!share_with (demo, person_id, officer, d->sent_days_ago + 1,
                   "Agreed to a housing referral and to Housing Solutions seeing the record.",
                   "Housing Solutions first call: went through the housing situation and what help is possible.", error) ||
      !record_accommodation (demo, referrer, person_id, d->before, d->sent_days_ago + 3,
                             "Told us at the review; we talked about a housing referral.", error))
    return FALSE;

  caseload_housing_referral_set_person_id (referral, person_id);
  caseload_housing_referral_set_kind (referral, d->kind);
  caseload_housing_referral_set_organisation_id (referral, caseload_staff_get_organisation_id (officer));
  caseload_housing_referral_set_sent_on (referral, sent_on);
  caseload_housing_referral_set_status_on (referral, sent_on);
  if (!caseload_store_save_housing_referral (demo->store, referrer, referral, error))
    return FALSE;

  /* The housing officer moves it on a step a week, in Caseload itself. */
  for (CaseloadHousingStatus s = CASELOAD_HOUSING_ACKNOWLEDGED; s <= d->reached; s++)
    {
      g_autofree char *status_on = NULL;

      days = MAX (days - 7, 1);
      status_on = caseload_demo_day (demo->now, -days);
      caseload_housing_referral_set_status (referral, s);
      caseload_housing_referral_set_status_on (referral, status_on);
      caseload_housing_referral_set_reason (referral, NULL);
      if (s == CASELOAD_HOUSING_CLOSED)
        caseload_housing_referral_set_outcome (referral, d->outcome);
      if (!caseload_store_save_housing_referral (demo->store, officer, referral, error))
        return FALSE;
    }
  if (d->step_back)
    {
      g_autofree char *status_on = caseload_demo_day (demo->now, -MAX (days - 3, 0));

      caseload_housing_referral_set_status (referral, d->reached - 1);
      caseload_housing_referral_set_status_on (referral, status_on);
      caseload_housing_referral_set_reason (referral, "The landlord withdrew the offer; looking for another property.");
      if (!caseload_store_save_housing_referral (demo->store, officer, referral, error))
        return FALSE;
    }
  if (d->now != d->before &&
      !record_accommodation (demo, officer, person_id, d->now, MAX (days - 2, 0), NULL, error))
    return FALSE;
  return TRUE;
}

gboolean
caseload_demo_seed_pathways (CaseloadStore  *store,
                             CaseloadClock  *clock,
                             GPtrArray      *person_ids,
                             GError        **error)
{
  g_autoptr(GPtrArray) all_staff = caseload_store_list_staff (store, error);
  g_autoptr(GDateTime) now = caseload_clock_now (clock);
  Demo demo = { store, now, all_staff, NULL, { NULL } };
  CaseloadStaff *specialist, *officer;
  guint next = 0;

  if (all_staff == NULL)
    return FALSE;
  demo.manager = staff (&demo, "morven.adeyinka");
  demo.writers[0] = staff (&demo, "adaeze.nwosu");
  demo.writers[1] = staff (&demo, "joanna.wisniewska");
  demo.writers[2] = staff (&demo, "samuel.boateng");
  demo.writers[3] = demo.manager;
  specialist = staff (&demo, "agne.kazlauskiene");
  officer = staff (&demo, "aisha.bello");
  /* A team made before (or by someone else): no pathways to make up. */
  if (demo.manager == NULL || demo.writers[0] == NULL || specialist == NULL || officer == NULL)
    return TRUE;

  for (guint c = 0; c < G_N_ELEMENTS (cohorts); c++)
    if (!make_cohort (&demo, c, person_ids, &next, error))
      return FALSE;

  /* Some people are on more than one pathway, as in life: IPS overlaps the groups. */
  for (guint e = 0; e < G_N_ELEMENTS (episodes) && next < person_ids->len; e++)
    if (!make_episode (&demo, e, g_ptr_array_index (person_ids, next++), error))
      return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (ips_people) && 4 + i * 3 < person_ids->len; i++)
    if (!make_ips (&demo, i, g_ptr_array_index (person_ids, 4 + i * 3), specialist, error))
      return FALSE;
  /* The service's review, once it has people to show for it */
  if (person_ids->len > 4 && !make_fidelity_review (&demo, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (housing_people) && next < person_ids->len; i++)
    if (!make_housing (&demo, i, g_ptr_array_index (person_ids, next++), officer, error))
      return FALSE;

  /* Everyone else on the team's lists: settled, mostly. */
  for (guint i = next; i < person_ids->len && i < next + 40; i++)
    {
      const char *person_id = g_ptr_array_index (person_ids, i);
      CaseloadStaff *writer = writer_for (&demo, person_id);
      CaseloadAccommodation status = i % 9 == 4 ? CASELOAD_ACCOMMODATION_AT_RISK
                                     : i % 13 == 6 ? CASELOAD_ACCOMMODATION_SUPPORTED
                                     : CASELOAD_ACCOMMODATION_SETTLED;

      if (writer != NULL && !record_accommodation (&demo, writer, person_id, status, 30 + (int) (i % 50), NULL, error))
        return FALSE;
    }
  return TRUE;
}
