/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "caseload-cohort-participant.h"
#include "caseload-enums.h"
#include "caseload-fidelity.h"
#include "caseload-network-member.h"
#include "caseload-staff.h"
#include "caseload-validate-pathway.h"

/* Every case starts from records that pass, changes a few properties of one of them and
 * expects either no problem or exactly one, on the field named, with a message containing
 * the text given. Today is 15 June 2027 (London); now is noon that day.
 *
 * The records: a cohort "Grays, spring 2027" of 20 sessions from 12/01/2027 to
 * 25/05/2027, facilitators s1 (organisation o1) and s2 (o2), participants p1 and p2;
 * its session 3 on 26/01/2027 with p1 attending (intensity 3, BEST 40) and p2's
 * apologies; an Open Dialogue episode from a crisis contact at 10/06/2027 09:00 UTC and
 * a meeting at 20:00 UTC that day with s1 and s2, the person and "Sam" from the network;
 * an IPS referral of 03/02/2027 to specialist s3, an employer contact on 01/03/2027 and a
 * 16-hour job from 10/03/2027; a fidelity review of 01/05/2027 scoring 3 on every item;
 * a housing referral sent on 01/05/2027 (as stored, "offered" since 20/05/2027); an
 * accommodation status from 01/05/2027.
 *
 * Changes are property, value pairs (a NULL value clears it); properties starting with
 * "#" change what hangs off the record (see apply()). */

typedef enum {
  COHORT,
  SESSION,
  EPISODE,
  MEETING,
  IPS_REFERRAL,
  CONTACT,
  JOB,
  FIDELITY,
  HOUSING_NEW,
  HOUSING_CHANGE,
  ACCOMMODATION,
} Target;

typedef struct {
  const char *name;
  Target      target;
  const char *set[8];
  const char *field;    /* NULL: no problem */
  const char *message;
} Case;

static const Case cases[] = {
  /* Cohorts. */
  { "cohort/passes", COHORT, { NULL }, NULL, NULL },
  { "cohort/no-name", COHORT, { "name", "  " }, "name", "Group name is required" },
  { "cohort/no-start", COHORT, { "start-on", NULL }, "start-on", "Give the date of the first session." },
  { "cohort/start-not-a-date", COHORT, { "start-on", "spring" }, "start-on",
    "Start date “spring” is not a date: write it as dd/mm/yyyy." },
  { "cohort/no-sessions", COHORT, { "n-sessions", "0" }, "n-sessions", "Sessions must be from 1 to 40." },
  { "cohort/41-sessions", COHORT, { "n-sessions", "41" }, "n-sessions", "Sessions must be from 1 to 40." },
  { "cohort/21-sessions", COHORT, { "n-sessions", "21" }, NULL, NULL },
  { "cohort/short-sessions", COHORT, { "session-minutes", "20" }, "session-minutes",
    "Session length in minutes must be from 30 to 480." },
  { "cohort/completion-0", COHORT, { "completion-percent", "0" }, "completion-percent",
    "Completion share must be from 1 to 100." },
  { "cohort/completion-100", COHORT, { "completion-percent", "100" }, NULL, NULL },
  { "cohort/one-facilitator", COHORT, { "#facilitators", "1" }, "facilitators",
    "Choose two facilitators or more" },
  { "cohort/facilitators-one-organisation", COHORT, { "#facilitator-2-organisation", "o1" }, "facilitators",
    "Choose facilitators from two organisations or more" },

  /* Sessions (the issue: a session outside the cohort's dates, attendance for someone
   * not in the cohort). */
  { "session/passes", SESSION, { NULL }, NULL, NULL },
  { "session/before-the-start", SESSION, { "held-on", "2027-01-05" }, "held-on",
    "Session 3 on 05/01/2027 is outside the group’s dates, 12/01/2027 to 25/05/2027." },
  { "session/after-the-end", SESSION, { "held-on", "2027-06-01" }, "held-on",
    "Session 3 on 01/06/2027 is outside the group’s dates, 12/01/2027 to 25/05/2027." },
  { "session/on-the-first-day", SESSION, { "held-on", "2027-01-12" }, NULL, NULL },
  { "session/on-the-last-day", SESSION, { "held-on", "2027-05-25" }, NULL, NULL },
  { "session/no-end-yet", SESSION, { "held-on", "2027-05-25", "#cohort-end-on", NULL }, NULL, NULL },
  { "session/after-the-calendar", SESSION, { "held-on", "2027-06-01", "#cohort-end-on", NULL }, "held-on",
    "is outside the group’s dates, 12/01/2027 to 25/05/2027." },
  { "session/no-date", SESSION, { "held-on", NULL }, "held-on", "Give the date of the session." },
  { "session/topic-too-long", SESSION, { "topic", "#long:201" }, "topic", "Topic is too long" },
  { "session/number-0", SESSION, { "number", "0" }, "number", "A session is numbered from 1." },
  { "session/attendance-not-in-group", SESSION, { "#attendance-participant", "p9" }, "attendance:p9",
    "This person is not in this group" },
  { "session/intensity-6", SESSION, { "#attendance-intensity", "6" }, "attendance:p1:intensity",
    "Emotional intensity must be from 0 to 5." },
  { "session/intensity-not-rated", SESSION, { "#attendance-intensity", "0" }, NULL, NULL },
  { "session/best-73", SESSION, { "#attendance-best", "73" }, "attendance:p1:best-total",
    "The BEST total must be from 12 to 72." },
  { "session/best-11", SESSION, { "#attendance-best", "11" }, "attendance:p1:best-total",
    "The BEST total must be from 12 to 72." },
  { "session/best-12", SESSION, { "#attendance-best", "12" }, NULL, NULL },

  /* Open Dialogue (the issue: a network meeting with no attendees). */
  { "episode/passes", EPISODE, { NULL }, NULL, NULL },
  { "episode/no-contact", EPISODE, { "contact-at", NULL }, "contact-at",
    "Give the date and time of first contact" },
  { "episode/contact-not-a-time", EPISODE, { "contact-at", "this morning" }, "contact-at",
    "Contact “this morning” is not a date and time." },
  { "episode/contact-in-future", EPISODE, { "contact-at", "2027-06-15T13:00:00Z" }, "contact-at",
    "Contact (15/06/2027 14:00) cannot be in the future." },
  { "episode/from-referral-without-one", EPISODE, { "start-kind", "referral" }, "referral-id",
    "Choose the referral the episode starts from" },
  { "episode/from-referral", EPISODE, { "start-kind", "referral", "referral-id", "r1" }, NULL, NULL },
  { "episode/ended-before-contact", EPISODE, { "ended-on", "2027-06-09" }, "ended-on",
    "The end 09/06/2027 is before the first contact on 10/06/2027." },
  { "episode/ended", EPISODE, { "ended-on", "2027-06-14" }, NULL, NULL },
  { "meeting/passes", MEETING, { NULL }, NULL, NULL },
  { "meeting/no-attendees", MEETING, { "person-present", "false", "#practitioners", "0", "#members", "0" },
    "attendees", "Record who was at the meeting" },
  { "meeting/only-the-person", MEETING, { "#practitioners", "0", "#members", "0" }, NULL, NULL },
  { "meeting/only-the-network", MEETING, { "person-present", "false", "#practitioners", "0" }, NULL, NULL },
  { "meeting/no-time", MEETING, { "held-at", NULL }, "held-at", "Give the date and time of the meeting." },
  { "meeting/before-contact", MEETING, { "held-at", "2027-06-10T08:00:00Z" }, "held-at",
    "The meeting 10/06/2027 09:00 is before the first contact on 10/06/2027 10:00." },
  { "meeting/in-future", MEETING, { "held-at", "2027-06-16T10:00:00Z" }, "held-at", "cannot be in the future" },
  { "meeting/member-without-name", MEETING, { "#member-name", " " }, "member:1", "Name is required" },
  { "meeting/notes-long", MEETING, { "notes", "#long:20001" }, "notes", "Notes for the network is too long" },

  /* IPS (the issue: a job start before the referral). */
  { "ips/passes", IPS_REFERRAL, { NULL }, NULL, NULL },
  { "ips/does-not-want-work", IPS_REFERRAL, { "wants-work", "false" }, "wants-work",
    "Refer someone who wants to work" },
  { "ips/no-specialist", IPS_REFERRAL, { "specialist-id", NULL }, "specialist-id", "Choose the employment specialist." },
  { "ips/referral-in-future", IPS_REFERRAL, { "referred-on", "2027-06-16" }, "referred-on",
    "Referral date (16/06/2027) cannot be in the future." },
  { "ips/referred-today", IPS_REFERRAL, { "referred-on", "2027-06-15" }, NULL, NULL },
  { "ips/engaged-before-referral", IPS_REFERRAL, { "engaged-on", "2027-02-01" }, "engaged-on",
    "Engagement 01/02/2027 is before the referral on 03/02/2027." },
  { "ips/closed-before-referral", IPS_REFERRAL, { "closed-on", "2027-01-01" }, "closed-on",
    "The closing date 01/01/2027 is before the referral on 03/02/2027." },
  { "ips/engaged-same-day", IPS_REFERRAL, { "engaged-on", "2027-02-03" }, NULL, NULL },
  { "contact/passes", CONTACT, { NULL }, NULL, NULL },
  { "contact/no-employer", CONTACT, { "employer", NULL }, "employer", "Employer is required" },
  { "contact/before-referral", CONTACT, { "contacted-on", "2027-02-02" }, "contacted-on",
    "The employer contact 02/02/2027 is before the referral on 03/02/2027." },
  { "contact/in-future", CONTACT, { "contacted-on", "2027-07-01" }, "contacted-on", "cannot be in the future" },
  { "job/passes", JOB, { NULL }, NULL, NULL },
  { "job/start-before-referral", JOB, { "started-on", "2027-01-01" }, "started-on",
    "The job start 01/01/2027 is before the referral on 03/02/2027." },
  { "job/start-on-referral-day", JOB, { "started-on", "2027-02-03" }, NULL, NULL },
  { "job/no-start", JOB, { "started-on", NULL }, "started-on", "Give the date the job started." },
  { "job/no-role", JOB, { "role", "" }, "role", "Role is required" },
  { "job/81-hours", JOB, { "hours-per-week", "81" }, "hours-per-week", "Hours a week must be from 0 to 80." },
  { "job/3-hours-allowed", JOB, { "hours-per-week", "3" }, NULL, NULL },
  { "job/ended-without-reason", JOB, { "ended-on", "2027-05-01" }, "end-reason", "Choose why the job ended." },
  { "job/ended", JOB, { "ended-on", "2027-05-01", "end-reason", "health" }, NULL, NULL },
  { "job/reason-without-end", JOB, { "end-reason", "health" }, "ended-on", "Give the date the job ended." },
  { "job/ended-before-start", JOB, { "ended-on", "2027-03-09", "end-reason", "health" }, "ended-on",
    "The job end 09/03/2027 is before the start on 10/03/2027." },

  /* Fidelity. */
  { "fidelity/passes", FIDELITY, { NULL }, NULL, NULL },
  { "fidelity/missing-item", FIDELITY, { "#score", "7:0" }, "score:7", "Score item 7, Vocational unit, from 1 to 5." },
  { "fidelity/a-six", FIDELITY, { "#score", "1:6" }, "score:1", "Score item 1, Caseload size, from 1 to 5." },
  { "fidelity/short", FIDELITY, { "scores", "3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3" }, "score:25",
    "Score item 25" },
  { "fidelity/no-service", FIDELITY, { "service", NULL }, "service", "Service is required" },
  { "fidelity/in-future", FIDELITY, { "reviewed-on", "2027-06-16" }, "reviewed-on", "cannot be in the future" },

  /* Housing (the issue: a status moving backwards without a reason). */
  { "housing/passes", HOUSING_NEW, { NULL }, NULL, NULL },
  { "housing/no-organisation", HOUSING_NEW, { "organisation-id", NULL }, "organisation-id",
    "Choose the organisation the referral goes to." },
  { "housing/no-sent-date", HOUSING_NEW, { "sent-on", NULL }, "sent-on", "Give the date the referral was sent." },
  { "housing/status-before-sent", HOUSING_NEW, { "status-on", "2027-04-30" }, "status-on",
    "The status date 30/04/2027 is before the referral was sent on 01/05/2027." },
  { "housing/closed-without-outcome", HOUSING_NEW, { "status", "closed" }, "outcome", "Choose how the referral ended." },
  { "housing/outcome-while-open", HOUSING_NEW, { "outcome", "rehoused" }, "outcome",
    "An outcome is given when the referral is closed." },
  { "housing-change/forward", HOUSING_CHANGE, { "status", "in-place" }, NULL, NULL },
  { "housing-change/same", HOUSING_CHANGE, { NULL }, NULL, NULL },
  { "housing-change/backwards-without-reason", HOUSING_CHANGE, { "status", "assessed" }, "reason",
    "Say why the referral goes back from Offered to Assessed." },
  { "housing-change/backwards-blank-reason", HOUSING_CHANGE, { "status", "sent", "reason", "  " }, "reason",
    "Say why the referral goes back from Offered to Sent." },
  { "housing-change/backwards-with-reason", HOUSING_CHANGE,
    { "status", "assessed", "reason", "The offer was withdrawn by the landlord." }, NULL, NULL },
  { "housing-change/closed", HOUSING_CHANGE, { "status", "closed", "outcome", "rehoused" }, NULL, NULL },
  { "housing-change/reopen-without-reason", HOUSING_CHANGE,
    { "#previous-status", "closed", "#previous-outcome", "declined", "status", "offered" }, "reason",
    "Say why the referral goes back from Closed to Offered." },
  { "housing-change/reopen-with-reason", HOUSING_CHANGE,
    { "#previous-status", "closed", "#previous-outcome", "declined", "status", "offered", "reason", "Changed their mind." },
    NULL, NULL },
  { "housing-change/closed-changed", HOUSING_CHANGE,
    { "#previous-status", "closed", "#previous-outcome", "declined", "status", "closed", "outcome", "rehoused" },
    "status", "This referral is closed: reopen it, with a reason, to change it." },

  /* Accommodation. */
  { "accommodation/passes", ACCOMMODATION, { NULL }, NULL, NULL },
  { "accommodation/no-date", ACCOMMODATION, { "from-on", NULL }, "from-on",
    "Give the date this accommodation status started." },
  { "accommodation/in-future", ACCOMMODATION, { "from-on", "2027-06-16" }, "from-on",
    "From (16/06/2027) cannot be in the future." },
};

/* Everything a case can change, built to pass. */
typedef struct {
  CaseloadCohort              *cohort;
  CaseloadCohortSession       *session;
  GPtrArray                   *attendance;
  CaseloadOdEpisode           *episode;
  CaseloadOdMeeting           *meeting;
  CaseloadIpsReferral         *referral;
  CaseloadEmployerContact     *contact;
  CaseloadIpsJob              *job;
  CaseloadFidelityReview      *review;
  CaseloadHousingReferral     *housing;
  CaseloadHousingReferral     *previous;
  CaseloadAccommodationRecord *accommodation;
} Records;

static CaseloadStaff *
staff (const char *id,
       const char *organisation_id)
{
  CaseloadStaff *member = caseload_staff_new ();

  caseload_staff_set_id (member, id);
  caseload_staff_set_organisation_id (member, organisation_id);
  return member;
}

static void
records_init (Records *r)
{
  CaseloadAttendance *row;
  CaseloadNetworkMember *member;
  int scores[CASELOAD_FIDELITY_ITEMS];

  r->cohort = caseload_cohort_new ();
  caseload_cohort_set_name (r->cohort, "Grays, spring 2027");
  caseload_cohort_set_start_on (r->cohort, "2027-01-12");
  caseload_cohort_set_end_on (r->cohort, "2027-05-25");
  g_ptr_array_add (caseload_cohort_get_facilitators (r->cohort), staff ("s1", "o1"));
  g_ptr_array_add (caseload_cohort_get_facilitators (r->cohort), staff ("s2", "o2"));
  for (guint i = 1; i <= 2; i++)
    {
      CaseloadCohortParticipant *participant = caseload_cohort_participant_new ();
      g_autofree char *id = g_strdup_printf ("p%u", i);

      caseload_cohort_participant_set_id (participant, id);
      g_ptr_array_add (caseload_cohort_get_participants (r->cohort), participant);
    }

  r->session = caseload_cohort_session_new ();
  caseload_cohort_session_set_number (r->session, 3);
  caseload_cohort_session_set_held_on (r->session, "2027-01-26");
  caseload_cohort_session_set_topic (r->session, "Cognitive filters");
  r->attendance = g_ptr_array_new_with_free_func (g_object_unref);
  row = caseload_attendance_new ();
  caseload_attendance_set_participant_id (row, "p1");
  caseload_attendance_set_status (row, CASELOAD_ATTENDANCE_ATTENDED);
  caseload_attendance_set_intensity (row, 3);
  caseload_attendance_set_has_best (row, TRUE);
  caseload_attendance_set_best_total (row, 40);
  g_ptr_array_add (r->attendance, row);
  row = caseload_attendance_new ();
  caseload_attendance_set_participant_id (row, "p2");
  caseload_attendance_set_status (row, CASELOAD_ATTENDANCE_APOLOGIES);
  g_ptr_array_add (r->attendance, row);

  r->episode = caseload_od_episode_new ();
  caseload_od_episode_set_start_kind (r->episode, CASELOAD_OD_START_CRISIS_CONTACT);
  caseload_od_episode_set_contact_at (r->episode, "2027-06-10T09:00:00Z");
  r->meeting = caseload_od_meeting_new ();
  caseload_od_meeting_set_held_at (r->meeting, "2027-06-10T20:00:00Z");
  caseload_od_meeting_set_person_present (r->meeting, TRUE);
  g_ptr_array_add (caseload_od_meeting_get_practitioners (r->meeting), staff ("s1", "o1"));
  g_ptr_array_add (caseload_od_meeting_get_practitioners (r->meeting), staff ("s2", "o2"));
  member = caseload_network_member_new ();
  caseload_network_member_set_name (member, "Sam");
  g_ptr_array_add (caseload_od_meeting_get_members (r->meeting), member);

  r->referral = caseload_ips_referral_new ();
  caseload_ips_referral_set_wants_work (r->referral, TRUE);
  caseload_ips_referral_set_referred_on (r->referral, "2027-02-03");
  caseload_ips_referral_set_specialist_id (r->referral, "s3");
  r->contact = caseload_employer_contact_new ();
  caseload_employer_contact_set_employer (r->contact, "Lakeside Retail");
  caseload_employer_contact_set_contacted_on (r->contact, "2027-03-01");
  r->job = caseload_ips_job_new ();
  caseload_ips_job_set_employer (r->job, "Lakeside Retail");
  caseload_ips_job_set_role (r->job, "Stock assistant");
  caseload_ips_job_set_hours_per_week (r->job, 16.0);
  caseload_ips_job_set_started_on (r->job, "2027-03-10");

  r->review = caseload_fidelity_review_new ();
  caseload_fidelity_review_set_service (r->review, "Thurrock IPS");
  caseload_fidelity_review_set_reviewed_on (r->review, "2027-05-01");
  for (guint i = 0; i < CASELOAD_FIDELITY_ITEMS; i++)
    scores[i] = 3;
  caseload_fidelity_review_set_score_values (r->review, scores, CASELOAD_FIDELITY_ITEMS);

  r->housing = caseload_housing_referral_new ();
  caseload_housing_referral_set_organisation_id (r->housing, "o3");
  caseload_housing_referral_set_kind (r->housing, CASELOAD_HOUSING_FLOATING_SUPPORT);
  caseload_housing_referral_set_sent_on (r->housing, "2027-05-01");
  caseload_housing_referral_set_status_on (r->housing, "2027-05-01");
  r->previous = caseload_housing_referral_new ();
  caseload_housing_referral_set_organisation_id (r->previous, "o3");
  caseload_housing_referral_set_kind (r->previous, CASELOAD_HOUSING_FLOATING_SUPPORT);
  caseload_housing_referral_set_sent_on (r->previous, "2027-05-01");
  caseload_housing_referral_set_status (r->previous, CASELOAD_HOUSING_OFFERED);
  caseload_housing_referral_set_status_on (r->previous, "2027-05-20");

  r->accommodation = caseload_accommodation_record_new ();
  caseload_accommodation_record_set_status (r->accommodation, CASELOAD_ACCOMMODATION_TEMPORARY);
  caseload_accommodation_record_set_from_on (r->accommodation, "2027-05-01");
}

static void
records_clear (Records *r)
{
  g_clear_object (&r->cohort);
  g_clear_object (&r->session);
  g_clear_pointer (&r->attendance, g_ptr_array_unref);
  g_clear_object (&r->episode);
  g_clear_object (&r->meeting);
  g_clear_object (&r->referral);
  g_clear_object (&r->contact);
  g_clear_object (&r->job);
  g_clear_object (&r->review);
  g_clear_object (&r->housing);
  g_clear_object (&r->previous);
  g_clear_object (&r->accommodation);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Records, records_clear)

/* The record a case changes; a change to a housing referral's status is made on a copy
 * of the stored one. */
static GObject *
target_object (Records *r,
               Target   target)
{
  switch (target)
    {
    case COHORT: return G_OBJECT (r->cohort);
    case SESSION: return G_OBJECT (r->session);
    case EPISODE: return G_OBJECT (r->episode);
    case MEETING: return G_OBJECT (r->meeting);
    case IPS_REFERRAL: return G_OBJECT (r->referral);
    case CONTACT: return G_OBJECT (r->contact);
    case JOB: return G_OBJECT (r->job);
    case FIDELITY: return G_OBJECT (r->review);
    case HOUSING_NEW: return G_OBJECT (r->housing);
    case HOUSING_CHANGE: return G_OBJECT (r->housing);
    case ACCOMMODATION: return G_OBJECT (r->accommodation);
    default: g_assert_not_reached ();
    }
}

/* A property from text: strings as they are ("#long:N" for N characters), numbers,
 * booleans ("true"), enums by nick. */
static void
set_from_text (GObject    *object,
               const char *property,
               const char *text)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  GType type;

  g_assert_nonnull (pspec);
  type = G_PARAM_SPEC_VALUE_TYPE (pspec);
  if (type == G_TYPE_STRING)
    {
      g_autofree char *value = NULL;

      if (text != NULL && g_str_has_prefix (text, "#long:"))
        value = g_strnfill ((gsize) g_ascii_strtoull (text + 6, NULL, 10), 'x');
      else
        value = g_strdup (text);
      g_object_set (object, property, value, NULL);
    }
  else if (type == G_TYPE_BOOLEAN)
    g_object_set (object, property, g_strcmp0 (text, "true") == 0, NULL);
  else if (type == G_TYPE_INT)
    g_object_set (object, property, (int) g_ascii_strtoll (text, NULL, 10), NULL);
  else if (type == G_TYPE_DOUBLE)
    g_object_set (object, property, g_ascii_strtod (text, NULL), NULL);
  else if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (type);
      GEnumValue *value = g_enum_get_value_by_nick (klass, text);

      g_assert_nonnull (value);
      g_object_set (object, property, value->value, NULL);
    }
  else
    g_assert_not_reached ();
}

static void
apply (Records    *r,
       Target      target,
       const char *property,
       const char *value)
{
  CaseloadAttendance *first = g_ptr_array_index (r->attendance, 0);

  if (g_str_equal (property, "#facilitators"))
    g_ptr_array_set_size (caseload_cohort_get_facilitators (r->cohort), (guint) atoi (value));
  else if (g_str_equal (property, "#facilitator-2-organisation"))
    caseload_staff_set_organisation_id (g_ptr_array_index (caseload_cohort_get_facilitators (r->cohort), 1), value);
  else if (g_str_equal (property, "#cohort-end-on"))
    caseload_cohort_set_end_on (r->cohort, value);
  else if (g_str_equal (property, "#attendance-participant"))
    caseload_attendance_set_participant_id (first, value);
  else if (g_str_equal (property, "#attendance-intensity"))
    caseload_attendance_set_intensity (first, atoi (value));
  else if (g_str_equal (property, "#attendance-best"))
    caseload_attendance_set_best_total (first, atoi (value));
  else if (g_str_equal (property, "#practitioners"))
    g_ptr_array_set_size (caseload_od_meeting_get_practitioners (r->meeting), (guint) atoi (value));
  else if (g_str_equal (property, "#members"))
    g_ptr_array_set_size (caseload_od_meeting_get_members (r->meeting), (guint) atoi (value));
  else if (g_str_equal (property, "#member-name"))
    caseload_network_member_set_name (g_ptr_array_index (caseload_od_meeting_get_members (r->meeting), 0), value);
  else if (g_str_equal (property, "#previous-status"))
    set_from_text (G_OBJECT (r->previous), "status", value);
  else if (g_str_equal (property, "#previous-outcome"))
    set_from_text (G_OBJECT (r->previous), "outcome", value);
  else if (g_str_equal (property, "#score"))
    {
      g_autoptr(GArray) scores = caseload_fidelity_review_get_score_values (r->review);
      g_auto(GStrv) parts = g_strsplit (value, ":", 2);

      g_array_index (scores, int, atoi (parts[0]) - 1) = atoi (parts[1]);
      caseload_fidelity_review_set_score_values (r->review, (int *) (void *) scores->data, scores->len);
    }
  else
    set_from_text (target_object (r, target), property, value);
}

static GPtrArray *
check (Records     *r,
       Target       target,
       GDateTime   *now,
       const GDate *today)
{
  switch (target)
    {
    case COHORT: return caseload_cohort_check (r->cohort);
    case SESSION: return caseload_cohort_session_check (r->cohort, r->session, r->attendance);
    case EPISODE: return caseload_od_episode_check (r->episode, now);
    case MEETING: return caseload_od_meeting_check (r->episode, r->meeting, now);
    case IPS_REFERRAL: return caseload_ips_referral_check (r->referral, today);
    case CONTACT: return caseload_employer_contact_check (r->referral, r->contact, today);
    case JOB: return caseload_ips_job_check (r->referral, r->job, today);
    case FIDELITY: return caseload_fidelity_review_check (r->review, today);
    case HOUSING_NEW: return caseload_housing_referral_check (NULL, r->housing, today);
    case HOUSING_CHANGE: return caseload_housing_referral_check (r->previous, r->housing, today);
    case ACCOMMODATION: return caseload_accommodation_check (r->accommodation, today);
    default: g_assert_not_reached ();
    }
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_auto(Records) r = { NULL };
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) now = g_date_time_new (utc, 2027, 6, 15, 12, 0, 0);
  g_autoptr(GPtrArray) problems = NULL;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 15, G_DATE_JUNE, 2027);
  records_init (&r);
  /* A status change starts as the stored referral, offered since 20/05/2027. */
  if (c->target == HOUSING_CHANGE)
    {
      caseload_housing_referral_set_status (r.housing, CASELOAD_HOUSING_OFFERED);
      caseload_housing_referral_set_status_on (r.housing, "2027-05-20");
    }
  for (guint i = 0; i + 1 < G_N_ELEMENTS (c->set) && c->set[i] != NULL; i += 2)
    apply (&r, c->target, c->set[i], c->set[i + 1]);

  problems = check (&r, c->target, now, &today);
  for (guint i = 0; i < problems->len; i++)
    {
      CaseloadFieldError *problem = g_ptr_array_index (problems, i);

      g_test_message ("%s: %s", problem->field, problem->message);
    }

  if (c->field == NULL)
    {
      g_assert_cmpuint (problems->len, ==, 0);
      return;
    }

  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpstr (((CaseloadFieldError *) g_ptr_array_index (problems, 0))->field, ==, c->field);
  g_assert_nonnull (strstr (((CaseloadFieldError *) g_ptr_array_index (problems, 0))->message, c->message));
}

typedef struct {
  const char *name;
  guint       participants;
  guint       left;
  const char *warning;  /* NULL: none */
} SizeCase;

static const SizeCase size_cases[] = {
  { "8", 8, 0, NULL },
  { "10", 10, 0, NULL },
  { "11", 11, 0, "11 people in a group of 8–10" },
  { "12-two-left", 12, 2, NULL },
  { "13", 13, 0, "13 people in a group of 8–10" },
};

static void
test_size_warning (gconstpointer data)
{
  const SizeCase *c = data;
  g_autoptr(CaseloadCohort) cohort = caseload_cohort_new ();
  g_autofree char *warning = NULL;

  for (guint i = 0; i < c->participants; i++)
    {
      CaseloadCohortParticipant *participant = caseload_cohort_participant_new ();
      g_autofree char *id = g_strdup_printf ("p%u", i);

      caseload_cohort_participant_set_id (participant, id);
      if (i < c->left)
        caseload_cohort_participant_set_left_on (participant, "2027-02-01");
      g_ptr_array_add (caseload_cohort_get_participants (cohort), participant);
    }

  warning = caseload_cohort_size_warning (cohort);
  if (c->warning == NULL)
    g_assert_null (warning);
  else
    g_assert_nonnull (strstr (warning, c->warning));
}

static void
test_size_warning_from_list (void)
{
  g_autoptr(CaseloadCohort) cohort = caseload_cohort_new ();
  g_autofree char *warning = NULL;

  /* A cohort from the list has no participants, only their number. */
  caseload_cohort_set_n_participants (cohort, 11);
  warning = caseload_cohort_size_warning (cohort);
  g_assert_nonnull (warning);
  g_assert_nonnull (strstr (warning, "11 people"));
}

static void
test_meeting_warning (void)
{
  static const struct {
    const char *team[3];
    const char *there[3];
    gboolean    fewer;
    gboolean    no_core;
  } meeting_cases[] = {
    { { "s1", "s2" }, { "s1", "s2" }, FALSE, FALSE },
    { { "s1", "s2" }, { "s2", "s9" }, FALSE, FALSE },
    { { "s1", "s2" }, { "s1" }, TRUE, FALSE },
    { { "s1", "s2" }, { "s8", "s9" }, FALSE, TRUE },
    { { "s1", "s2" }, { "s9" }, TRUE, TRUE },
    { { "s1", "s2" }, { NULL }, TRUE, FALSE },
    { { NULL }, { "s8", "s9" }, FALSE, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (meeting_cases); i++)
    {
      g_autoptr(CaseloadOdEpisode) episode = caseload_od_episode_new ();
      g_autoptr(CaseloadOdMeeting) meeting = caseload_od_meeting_new ();
      g_autofree char *warning = NULL;

      for (guint j = 0; meeting_cases[i].team[j] != NULL; j++)
        g_ptr_array_add (caseload_od_episode_get_core_team (episode), staff (meeting_cases[i].team[j], "o1"));
      for (guint j = 0; meeting_cases[i].there[j] != NULL; j++)
        g_ptr_array_add (caseload_od_meeting_get_practitioners (meeting), staff (meeting_cases[i].there[j], "o1"));

      warning = caseload_od_meeting_warning (episode, meeting);
      g_test_message ("case %u: %s", i, warning);
      g_assert_cmpint (warning != NULL, ==, meeting_cases[i].fewer || meeting_cases[i].no_core);
      g_assert_cmpint (warning != NULL && strstr (warning, "Fewer than two practitioners") != NULL, ==, meeting_cases[i].fewer);
      g_assert_cmpint (warning != NULL && strstr (warning, "None of the core team") != NULL, ==, meeting_cases[i].no_core);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/validate-pathway/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_case);
    }
  for (guint i = 0; i < G_N_ELEMENTS (size_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/validate-pathway/size-warning/%s", size_cases[i].name);

      g_test_add_data_func (path, &size_cases[i], test_size_warning);
    }
  g_test_add_func ("/validate-pathway/size-warning/from-list", test_size_warning_from_list);
  g_test_add_func ("/validate-pathway/meeting-warning", test_meeting_warning);

  return g_test_run ();
}
