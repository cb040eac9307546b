/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "caseload-accommodation-record.h"
#include "caseload-cohort-participant.h"
#include "caseload-housing-referral.h"
#include "caseload-ips-job.h"
#include "caseload-ips-referral.h"
#include "caseload-od-episode.h"
#include "caseload-od-meeting.h"
#include "caseload-pathways.h"

/* The Overview's badges: one person's pathways read at noon UTC on Tuesday 15 June 2027,
 * each pathway's records in the order the store gives them (newest first), some active
 * and some not. */

typedef struct {
  CaseloadPathway  pathway;
  const char      *label;
  const char      *detail;
  gboolean         urgent;
} Badge;

static void
add_participant (CaseloadPathways *pathways,
                 const char       *next_session_on,
                 const char       *end_on,
                 const char       *left_on)
{
  CaseloadCohortParticipant *participant = caseload_cohort_participant_new ();

  caseload_cohort_participant_set_cohort_name (participant, "Grays, spring 2027");
  caseload_cohort_participant_set_cohort_next_session_on (participant, next_session_on);
  caseload_cohort_participant_set_cohort_end_on (participant, end_on);
  caseload_cohort_participant_set_left_on (participant, left_on);
  g_ptr_array_add (pathways->cohorts, participant);
}

static void
add_episode (CaseloadPathways   *pathways,
             const char         *contact_at,
             const char         *ended_on,
             const char * const *meetings)
{
  CaseloadOdEpisode *episode = caseload_od_episode_new ();

  caseload_od_episode_set_contact_at (episode, contact_at);
  caseload_od_episode_set_ended_on (episode, ended_on);
  for (guint i = 0; meetings != NULL && meetings[i] != NULL; i++)
    {
      CaseloadOdMeeting *meeting = caseload_od_meeting_new ();

      caseload_od_meeting_set_held_at (meeting, meetings[i]);
      g_ptr_array_add (caseload_od_episode_get_meetings (episode), meeting);
    }
  g_ptr_array_add (pathways->od_episodes, episode);
}

static CaseloadIpsReferral *
add_ips (CaseloadPathways *pathways,
         const char       *referred_on,
         const char       *closed_on)
{
  CaseloadIpsReferral *referral = caseload_ips_referral_new ();

  caseload_ips_referral_set_referred_on (referral, referred_on);
  caseload_ips_referral_set_closed_on (referral, closed_on);
  g_ptr_array_add (pathways->ips_referrals, referral);
  return referral;
}

static void
add_job (CaseloadIpsReferral *referral,
         const char          *started_on,
         double               hours)
{
  CaseloadIpsJob *job = caseload_ips_job_new ();

  caseload_ips_job_set_started_on (job, started_on);
  caseload_ips_job_set_hours_per_week (job, hours);
  g_ptr_array_add (caseload_ips_referral_get_jobs (referral), job);
}

static void
add_housing (CaseloadPathways      *pathways,
             CaseloadHousingKind    kind,
             CaseloadHousingStatus  status,
             const char            *status_on)
{
  CaseloadHousingReferral *referral = caseload_housing_referral_new ();

  caseload_housing_referral_set_kind (referral, kind);
  caseload_housing_referral_set_sent_on (referral, "2027-05-01");
  caseload_housing_referral_set_status (referral, status);
  caseload_housing_referral_set_status_on (referral, status_on);
  g_ptr_array_add (pathways->housing_referrals, referral);
}

static GDateTime *
noon_15_june (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  return g_date_time_new (utc, 2027, 6, 15, 12, 0, 0);
}

static void
assert_badges (GPtrArray   *badges,
               const Badge *expected,
               guint        n_expected)
{
  for (guint i = 0; i < badges->len; i++)
    {
      CaseloadPathwayBadge *badge = g_ptr_array_index (badges, i);

      g_test_message ("%s — %s%s", badge->label, badge->detail, badge->urgent ? " (urgent)" : "");
    }

  g_assert_cmpuint (badges->len, ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    {
      CaseloadPathwayBadge *badge = g_ptr_array_index (badges, i);

      g_assert_cmpint (badge->pathway, ==, expected[i].pathway);
      g_assert_cmpstr (badge->label, ==, expected[i].label);
      g_assert_cmpstr (badge->detail, ==, expected[i].detail);
      g_assert_cmpint (badge->urgent, ==, expected[i].urgent);
    }
}

static void
test_badges (void)
{
  static const char * const past_meetings[] = { "2027-06-01T10:00:00Z", "2027-06-08T10:00:00Z", NULL };
  static const char * const next_meeting[] = { "2027-06-10T10:00:00Z", "2027-06-20T10:00:00Z", NULL };
  static const Badge expected[] = {
    { CASELOAD_PATHWAY_STEPPS, "STEPPS group", "Next session Tue 22 Jun", FALSE },
    { CASELOAD_PATHWAY_STEPPS, "STEPPS group", "Last session Tue 15 Jun", FALSE },
    { CASELOAD_PATHWAY_OPEN_DIALOGUE, "Open Dialogue", "First meeting due in 19 hours", TRUE },
    { CASELOAD_PATHWAY_OPEN_DIALOGUE, "Open Dialogue", "First meeting overdue by 26 hours", TRUE },
    { CASELOAD_PATHWAY_OPEN_DIALOGUE, "Open Dialogue", "Last meeting Tue 8 Jun", FALSE },
    { CASELOAD_PATHWAY_OPEN_DIALOGUE, "Open Dialogue", "Next meeting Sun 20 Jun", FALSE },
    { CASELOAD_PATHWAY_IPS, "IPS: in work", "In work since Mon 4 Jan", FALSE },
    { CASELOAD_PATHWAY_IPS, "IPS: referred", "Referred Tue 1 Dec 2026", FALSE },
    { CASELOAD_PATHWAY_HOUSING, "Housing: offered", "Floating support since Tue 1 Jun", FALSE },
  };
  g_autoptr(CaseloadPathways) pathways = caseload_pathways_new ("p1");
  g_autoptr(GDateTime) now = noon_15_june ();
  g_autoptr(GPtrArray) badges = NULL;
  CaseloadIpsReferral *referral;

  add_participant (pathways, "2027-06-22", "2027-07-20", NULL);
  add_participant (pathways, "2027-06-22", "2027-07-20", "2027-03-01");  /* left */
  add_participant (pathways, NULL, "2027-05-25", NULL);                  /* finished */
  add_participant (pathways, NULL, "2027-06-15", NULL);                  /* last session today */

  add_episode (pathways, "2027-06-15T07:00:00Z", NULL, NULL);
  add_episode (pathways, "2027-06-01T07:00:00Z", "2027-06-10", NULL);   /* ended */
  add_episode (pathways, "2027-06-13T10:00:00Z", NULL, NULL);
  add_episode (pathways, "2027-05-31T12:00:00Z", NULL, past_meetings);
  add_episode (pathways, "2027-06-09T12:00:00Z", NULL, next_meeting);

  referral = add_ips (pathways, "2026-11-01", NULL);
  add_job (referral, "2026-12-01", 3.0);   /* does not count */
  add_job (referral, "2027-01-04", 16.0);
  referral = add_ips (pathways, "2026-06-01", "2026-12-01");  /* closed */
  add_job (referral, "2026-09-01", 16.0);
  add_ips (pathways, "2026-12-01", NULL);

  add_housing (pathways, CASELOAD_HOUSING_FLOATING_SUPPORT, CASELOAD_HOUSING_OFFERED, "2027-06-01");
  add_housing (pathways, CASELOAD_HOUSING_RELIEF, CASELOAD_HOUSING_CLOSED, "2027-05-20");

  badges = caseload_pathways_get_badges (pathways, now);
  assert_badges (badges, expected, G_N_ELEMENTS (expected));
}

static void
test_no_badges (void)
{
  g_autoptr(CaseloadPathways) pathways = caseload_pathways_new ("p1");
  g_autoptr(GPtrArray) badges = caseload_pathways_get_badges (pathways, NULL);

  g_assert_cmpuint (badges->len, ==, 0);
}

/* Housing sent but not yet updated shows the date it was sent. */
static void
test_housing_sent (void)
{
  static const Badge expected[] = {
    { CASELOAD_PATHWAY_HOUSING, "Housing: sent", "Adaptations since Sat 1 May", FALSE },
  };
  g_autoptr(CaseloadPathways) pathways = caseload_pathways_new ("p1");
  g_autoptr(GDateTime) now = noon_15_june ();
  g_autoptr(GPtrArray) badges = NULL;

  add_housing (pathways, CASELOAD_HOUSING_ADAPTATIONS, CASELOAD_HOUSING_SENT, NULL);
  badges = caseload_pathways_get_badges (pathways, now);
  assert_badges (badges, expected, G_N_ELEMENTS (expected));
}

/* A date that cannot be read leaves the detail empty, never NULL. */
static void
test_unreadable_date (void)
{
  static const Badge expected[] = {
    { CASELOAD_PATHWAY_IPS, "IPS: referred", "", FALSE },
  };
  g_autoptr(CaseloadPathways) pathways = caseload_pathways_new ("p1");
  g_autoptr(GDateTime) now = noon_15_june ();
  g_autoptr(GPtrArray) badges = NULL;

  add_ips (pathways, "last spring", NULL);
  badges = caseload_pathways_get_badges (pathways, now);
  assert_badges (badges, expected, G_N_ELEMENTS (expected));
}

static void
test_accommodation (void)
{
  g_autoptr(CaseloadPathways) pathways = caseload_pathways_new ("p1");
  CaseloadAccommodation status = CASELOAD_ACCOMMODATION_HOSPITAL;
  static const CaseloadAccommodation newest_first[] = {
    CASELOAD_ACCOMMODATION_TEMPORARY, CASELOAD_ACCOMMODATION_SETTLED,
  };

  g_assert_false (caseload_pathways_get_accommodation (pathways, &status));
  g_assert_cmpint (status, ==, CASELOAD_ACCOMMODATION_HOSPITAL);

  for (guint i = 0; i < G_N_ELEMENTS (newest_first); i++)
    {
      CaseloadAccommodationRecord *record = caseload_accommodation_record_new ();

      caseload_accommodation_record_set_status (record, newest_first[i]);
      g_ptr_array_add (pathways->accommodation, record);
    }
  g_assert_true (caseload_pathways_get_accommodation (pathways, &status));
  g_assert_cmpint (status, ==, CASELOAD_ACCOMMODATION_TEMPORARY);
  g_assert_true (caseload_pathways_get_accommodation (pathways, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pathways/badges", test_badges);
  g_test_add_func ("/pathways/badges/none", test_no_badges);
  g_test_add_func ("/pathways/badges/housing-sent", test_housing_sent);
  g_test_add_func ("/pathways/badges/unreadable-date", test_unreadable_date);
  g_test_add_func ("/pathways/accommodation", test_accommodation);

  return g_test_run ();
}
