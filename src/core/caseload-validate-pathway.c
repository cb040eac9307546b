/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "caseload-cohort-participant.h"
#include "caseload-dates.h"
#include "caseload-fidelity.h"
#include "caseload-network-member.h"
#include "caseload-open-dialogue.h"
#include "caseload-pathways-private.h"
#include "caseload-staff.h"
#include "caseload-stepps.h"
#include "caseload-validate-pathway.h"

/* The checks on pathway records (the header says which). Dates are stored as ISO dates
 * and times as ISO 8601 instants; messages show them as the forms do, dd/mm/yyyy and
 * dd/mm/yyyy HH:MM in London time, and compare a date with "today" by the London calendar. */

#define FUTURE_ALLOWANCE     (5 * G_TIME_SPAN_MINUTE)
#define MAX_SESSIONS         40
#define MIN_SESSION_MINUTES  30
#define MAX_SESSION_MINUTES  480
#define MAX_GROUP_SIZE       10
#define MAX_TOPIC            200
#define MAX_BEST             72
#define MIN_BEST             12
#define MAX_INTENSITY        5
#define MAX_JOB_HOURS        80.0

/* A date field: @missing when it is required and empty; not a date; after @today.
 * Returns TRUE with @date set when it passes. */
static gboolean
check_date (GPtrArray   *problems,
            const char  *field,
            const char  *label,
            const char  *value,
            const char  *missing,
            const GDate *today,
            GDate       *date)
{
  g_autofree char *message = NULL;

  if (!caseload_field_errors_check_date (problems, field, label, value, missing, date))
    return FALSE;

  if (today != NULL && g_date_compare (date, today) > 0)
    {
      g_autofree char *shown = caseload_pathway_show_date (date);

      /* TRANSLATORS: "Job start (05/03/2027) cannot be in the future." */
      message = g_strdup_printf (_("%s (%s) cannot be in the future."), label, shown);
      caseload_field_errors_add (problems, field, message);
      g_date_clear (date, 1);
      return FALSE;
    }

  return TRUE;
}

/* A date-time field, by the same rules as check_date() with a few minutes' allowance for
 * clocks that disagree. Returns the time when it passes, else NULL. */
static GDateTime *
check_time (GPtrArray  *problems,
            const char *field,
            const char *label,
            const char *value,
            const char *missing,
            GDateTime  *now)
{
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *message = NULL;

  if (caseload_pathway_blank (value))
    {
      caseload_field_errors_add (problems, field, missing);
      return NULL;
    }

  when = caseload_pathway_parse_time (value);
  if (when == NULL)
    {
      g_autofree char *typed = g_utf8_make_valid (value, -1);

      /* TRANSLATORS: "Contact “yesterday” is not a date and time." */
      message = g_strdup_printf (_("%s “%s” is not a date and time."), label, typed);
      caseload_field_errors_add (problems, field, message);
      return NULL;
    }

  if (now != NULL && g_date_time_difference (when, now) > FUTURE_ALLOWANCE)
    {
      g_autofree char *shown = caseload_pathway_show_time (when);

      message = g_strdup_printf (_("%s (%s) cannot be in the future."), label, shown);
      caseload_field_errors_add (problems, field, message);
      return NULL;
    }

  return g_steal_pointer (&when);
}

static void
check_range (GPtrArray  *problems,
             const char *field,
             const char *label,
             int         value,
             int         min,
             int         max)
{
  g_autofree char *message = NULL;

  if (value >= min && value <= max)
    return;

  /* TRANSLATORS: "Sessions must be from 1 to 40." */
  message = g_strdup_printf (_("%s must be from %d to %d."), label, min, max);
  caseload_field_errors_add (problems, field, message);
}

/* @date is before @earliest: "@what (dd/mm/yyyy) is before @since (dd/mm/yyyy)." */
static gboolean
before (GPtrArray   *problems,
        const char  *field,
        const char  *what,
        const GDate *date,
        const char  *since,
        const GDate *earliest)
{
  g_autofree char *shown = NULL;
  g_autofree char *shown_earliest = NULL;
  g_autofree char *message = NULL;

  if (!g_date_valid (date) || !g_date_valid (earliest) || g_date_compare (date, earliest) >= 0)
    return FALSE;

  shown = caseload_pathway_show_date (date);
  shown_earliest = caseload_pathway_show_date (earliest);
  /* TRANSLATORS: "The job start 01/01/2027 is before the referral on 03/02/2027." */
  message = g_strdup_printf (_("%s %s is before %s on %s."), what, shown, since, shown_earliest);
  caseload_field_errors_add (problems, field, message);
  return TRUE;
}

static gboolean
iso_or_typed_date (const char *value,
                   GDate      *date)
{
  g_date_clear (date, 1);
  return !caseload_pathway_blank (value) && caseload_parse_date (value, date, NULL);
}

/* The cohort's last session date: "end-on", or the calendar's last week. */
static gboolean
cohort_dates (CaseloadCohort *cohort,
              GDate          *first,
              GDate          *last)
{
  if (!iso_or_typed_date (caseload_cohort_get_start_on (cohort), first))
    return FALSE;
  if (iso_or_typed_date (caseload_cohort_get_end_on (cohort), last))
    return TRUE;

  *last = *first;
  g_date_add_days (last, 7 * (guint) MAX (caseload_cohort_get_n_sessions (cohort) - 1, 0));
  return TRUE;
}

/**
 * caseload_cohort_check:
 * @cohort: a cohort with its facilitators
 *
 * Returns: (transfer full) (element-type CaseloadFieldError): what is wrong, keyed by field
 */
GPtrArray *
caseload_cohort_check (CaseloadCohort *cohort)
{
  GPtrArray *problems = caseload_field_errors_new ();
  GPtrArray *facilitators;
  g_autoptr(GHashTable) organisations = g_hash_table_new (g_str_hash, g_str_equal);
  GDate start;

  g_return_val_if_fail (CASELOAD_IS_COHORT (cohort), problems);

  caseload_field_errors_check_text (problems, "name", _("Group name"), caseload_cohort_get_name (cohort),
                                    TRUE, CASELOAD_MAX_NAME);
  caseload_field_errors_check_text (problems, "venue", _("Venue"), caseload_cohort_get_venue (cohort),
                                    FALSE, CASELOAD_MAX_ADDRESS);
  check_date (problems, "start-on", _("Start date"), caseload_cohort_get_start_on (cohort),
              _("Give the date of the first session."), NULL, &start);
  check_range (problems, "n-sessions", _("Sessions"), caseload_cohort_get_n_sessions (cohort), 1, MAX_SESSIONS);
  check_range (problems, "session-minutes", _("Session length in minutes"),
               caseload_cohort_get_session_minutes (cohort), MIN_SESSION_MINUTES, MAX_SESSION_MINUTES);
  check_range (problems, "completion-percent", _("Completion share"),
               caseload_cohort_get_completion_percent (cohort), 1, 100);

  facilitators = caseload_cohort_get_facilitators (cohort);
  for (guint i = 0; i < facilitators->len; i++)
    {
      const char *organisation = caseload_staff_get_organisation_id (g_ptr_array_index (facilitators, i));

      if (organisation != NULL)
        g_hash_table_add (organisations, (gpointer) organisation);
    }
  if (facilitators->len < 2)
    caseload_field_errors_add (problems, "facilitators",
                               _("Choose two facilitators or more: STEPPS groups are co-facilitated."));
  else if (g_hash_table_size (organisations) < 2)
    caseload_field_errors_add (problems, "facilitators",
                               _("Choose facilitators from two organisations or more, such as one from each partner."));

  return problems;
}

static guint
count_current_participants (CaseloadCohort *cohort)
{
  GPtrArray *participants = caseload_cohort_get_participants (cohort);
  guint n = 0;

  if (participants->len == 0)
    return (guint) MAX (caseload_cohort_get_n_participants (cohort), 0);

  for (guint i = 0; i < participants->len; i++)
    {
      if (caseload_pathway_blank (caseload_cohort_participant_get_left_on (g_ptr_array_index (participants, i))))
        n++;
    }

  return n;
}

/**
 * caseload_cohort_size_warning:
 * @cohort: a cohort with its participants (or "n-participants")
 *
 * Returns: (transfer full) (nullable): a warning when more than 10 are in the group
 */
char *
caseload_cohort_size_warning (CaseloadCohort *cohort)
{
  guint n;

  g_return_val_if_fail (CASELOAD_IS_COHORT (cohort), NULL);

  n = count_current_participants (cohort);
  if (n <= MAX_GROUP_SIZE)
    return NULL;

  /* TRANSLATORS: "11 people in a group of 8–10: …" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u person in a group of 8–10: a larger group leaves less time for each person.",
                                       "%u people in a group of 8–10: a larger group leaves less time for each person.",
                                       n),
                          n);
}

static gboolean
is_participant (CaseloadCohort *cohort,
                const char     *participant_id)
{
  GPtrArray *participants = caseload_cohort_get_participants (cohort);

  for (guint i = 0; participant_id != NULL && i < participants->len; i++)
    {
      if (g_strcmp0 (caseload_cohort_participant_get_id (g_ptr_array_index (participants, i)), participant_id) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
check_attendance (GPtrArray          *problems,
                  CaseloadCohort     *cohort,
                  CaseloadAttendance *row)
{
  const char *id = caseload_attendance_get_participant_id (row);
  g_autofree char *key = g_strdup_printf ("attendance:%s", id != NULL ? id : "");
  g_autofree char *intensity_key = g_strconcat (key, ":intensity", NULL);
  g_autofree char *best_key = g_strconcat (key, ":best-total", NULL);

  if (!is_participant (cohort, id))
    {
      caseload_field_errors_add (problems, key,
                                 _("This person is not in this group: take their attendance off the session."));
      return;
    }

  check_range (problems, intensity_key, _("Emotional intensity"), caseload_attendance_get_intensity (row),
               0, MAX_INTENSITY);
  if (caseload_attendance_get_has_best (row))
    check_range (problems, best_key, _("The BEST total"), caseload_attendance_get_best_total (row),
                 MIN_BEST, MAX_BEST);
}

/**
 * caseload_cohort_session_check:
 * @cohort: the session's cohort, with its participants
 * @session: the session
 * @attendance: (element-type CaseloadAttendance) (nullable): the attendance being saved
 *
 * Returns: (transfer full) (element-type CaseloadFieldError): what is wrong, keyed by field
 */
GPtrArray *
caseload_cohort_session_check (CaseloadCohort        *cohort,
                               CaseloadCohortSession *session,
                               GPtrArray             *attendance)
{
  GPtrArray *problems = caseload_field_errors_new ();
  GDate held, first, last;

  g_return_val_if_fail (CASELOAD_IS_COHORT (cohort), problems);
  g_return_val_if_fail (CASELOAD_IS_COHORT_SESSION (session), problems);

  if (caseload_cohort_session_get_number (session) < 1)
    caseload_field_errors_add (problems, "number", _("A session is numbered from 1."));

  if (check_date (problems, "held-on", _("Session date"), caseload_cohort_session_get_held_on (session),
                  _("Give the date of the session."), NULL, &held) &&
      cohort_dates (cohort, &first, &last) &&
      (g_date_compare (&held, &first) < 0 || g_date_compare (&held, &last) > 0))
    {
      g_autofree char *shown = caseload_pathway_show_date (&held);
      g_autofree char *shown_first = caseload_pathway_show_date (&first);
      g_autofree char *shown_last = caseload_pathway_show_date (&last);
      g_autofree char *message = NULL;

      /* TRANSLATORS: "Session 3 on 01/02/2027 is outside the group's dates, 12/01/2027 to
       * 25/05/2027." */
      message = g_strdup_printf (_("Session %d on %s is outside the group’s dates, %s to %s."),
                                 caseload_cohort_session_get_number (session), shown, shown_first, shown_last);
      caseload_field_errors_add (problems, "held-on", message);
    }

  caseload_field_errors_check_text (problems, "topic", _("Topic"), caseload_cohort_session_get_topic (session),
                                    FALSE, MAX_TOPIC);
  caseload_field_errors_check_text (problems, "notes", _("Facilitators’ notes"),
                                    caseload_cohort_session_get_notes (session), FALSE, CASELOAD_MAX_LONG_TEXT);

  for (guint i = 0; attendance != NULL && i < attendance->len; i++)
    check_attendance (problems, cohort, g_ptr_array_index (attendance, i));

  return problems;
}

/**
 * caseload_od_episode_check:
 * @episode: an Open Dialogue episode
 * @now: (nullable): the current time; NULL: no check against the future
 *
 * Returns: (transfer full) (element-type CaseloadFieldError): what is wrong, keyed by field
 */
GPtrArray *
caseload_od_episode_check (CaseloadOdEpisode *episode,
                           GDateTime         *now)
{
  GPtrArray *problems = caseload_field_errors_new ();
  g_autoptr(GDateTime) contact = NULL;
  GDate today, ended, contact_day;

  g_return_val_if_fail (CASELOAD_IS_OD_EPISODE (episode), problems);

  contact = check_time (problems, "contact-at", _("Contact"), caseload_od_episode_get_contact_at (episode),
                        _("Give the date and time of first contact: the 24-hour clock starts then."), now);
  if (caseload_od_episode_get_start_kind (episode) == CASELOAD_OD_START_REFERRAL &&
      caseload_pathway_blank (caseload_od_episode_get_referral_id (episode)))
    caseload_field_errors_add (problems, "referral-id",
                               _("Choose the referral the episode starts from, or start it from a crisis contact."));

  g_date_clear (&today, 1);
  if (now != NULL)
    caseload_date_london_day (now, &today);
  g_date_clear (&contact_day, 1);
  if (contact != NULL)
    caseload_date_london_day (contact, &contact_day);
  if (check_date (problems, "ended-on", _("End date"), caseload_od_episode_get_ended_on (episode), NULL,
                  now != NULL ? &today : NULL, &ended))
    before (problems, "ended-on", _("The end"), &ended, _("the first contact"), &contact_day);
  caseload_field_errors_check_text (problems, "end-note", _("End note"), caseload_od_episode_get_end_note (episode),
                                    FALSE, CASELOAD_MAX_LONG_TEXT);

  return problems;
}

/**
 * caseload_od_meeting_check:
 * @episode: the meeting's episode
 * @meeting: the meeting, with its practitioners and members
 * @now: (nullable): the current time; NULL: no check against the future
 *
 * Returns: (transfer full) (element-type CaseloadFieldError): what is wrong, keyed by field
 */
GPtrArray *
caseload_od_meeting_check (CaseloadOdEpisode *episode,
                           CaseloadOdMeeting *meeting,
                           GDateTime         *now)
{
  GPtrArray *problems = caseload_field_errors_new ();
  g_autoptr(GDateTime) held = NULL;
  g_autoptr(GDateTime) contact = NULL;
  GPtrArray *practitioners;
  GPtrArray *members;

  g_return_val_if_fail (CASELOAD_IS_OD_EPISODE (episode), problems);
  g_return_val_if_fail (CASELOAD_IS_OD_MEETING (meeting), problems);

  held = check_time (problems, "held-at", _("Meeting"), caseload_od_meeting_get_held_at (meeting),
                     _("Give the date and time of the meeting."), now);
  contact = caseload_pathway_parse_time (caseload_od_episode_get_contact_at (episode));
  if (held != NULL && contact != NULL && g_date_time_compare (held, contact) < 0)
    {
      g_autofree char *shown = caseload_pathway_show_time (held);
      g_autofree char *shown_contact = caseload_pathway_show_time (contact);
      g_autofree char *message = NULL;

      /* TRANSLATORS: "The meeting 01/02/2027 10:00 is before the first contact on 02/02/2027 09:00." */
      message = g_strdup_printf (_("The meeting %s is before the first contact on %s."), shown, shown_contact);
      caseload_field_errors_add (problems, "held-at", message);
    }

  practitioners = caseload_od_meeting_get_practitioners (meeting);
  members = caseload_od_meeting_get_members (meeting);
  if (practitioners->len == 0 && members->len == 0 && !caseload_od_meeting_get_person_present (meeting))
    caseload_field_errors_add (problems, "attendees",
                               _("Record who was at the meeting: the practitioners, the person, and anyone from their network."));

  for (guint i = 0; i < members->len; i++)
    {
      g_autofree char *key = g_strdup_printf ("member:%u", i + 1);

      caseload_field_errors_check_text (problems, key, _("Name"),
                                        caseload_network_member_get_name (g_ptr_array_index (members, i)),
                                        TRUE, CASELOAD_MAX_NAME);
    }

  caseload_field_errors_check_text (problems, "decisions", _("Decided together"),
                                    caseload_od_meeting_get_decisions (meeting), FALSE, CASELOAD_MAX_LONG_TEXT);
  caseload_field_errors_check_text (problems, "notes", _("Notes for the network"),
                                    caseload_od_meeting_get_notes (meeting), FALSE, CASELOAD_MAX_ENTRY_TEXT);

  return problems;
}

/**
 * caseload_od_meeting_warning:
 * @episode: the meeting's episode, with its core team
 * @meeting: the meeting, with its practitioners
 *
 * Returns: (transfer full) (nullable): what to be warned of, or NULL
 */
char *
caseload_od_meeting_warning (CaseloadOdEpisode *episode,
                             CaseloadOdMeeting *meeting)
{
  g_autoptr(GString) warning = g_string_new (NULL);
  guint n_practitioners;

  g_return_val_if_fail (CASELOAD_IS_OD_EPISODE (episode), NULL);
  g_return_val_if_fail (CASELOAD_IS_OD_MEETING (meeting), NULL);

  n_practitioners = caseload_od_meeting_get_practitioners (meeting)->len;
  if (n_practitioners < 2)
    g_string_append (warning, _("Fewer than two practitioners: a network meeting has at least two."));

  if (caseload_od_episode_get_core_team (episode)->len > 0 && n_practitioners > 0 &&
      !caseload_od_meeting_has_core_member (episode, meeting))
    {
      if (warning->len > 0)
        g_string_append_c (warning, ' ');
      g_string_append (warning, _("None of the core team was there: the same team throughout helps continuity."));
    }

  return warning->len > 0 ? g_string_free (g_steal_pointer (&warning), FALSE) : NULL;
}

/**
 * caseload_ips_referral_check:
 * @referral: an IPS referral
 * @today: (nullable): the London date today; NULL: no check against the future
 *
 * Returns: (transfer full) (element-type CaseloadFieldError): what is wrong, keyed by field
 */
GPtrArray *
caseload_ips_referral_check (CaseloadIpsReferral *referral,
                             const GDate         *today)
{
  GPtrArray *problems = caseload_field_errors_new ();
  static const struct {
    const char *field;
    const char *label;
    const char *what;
  } steps[] = {
    { "engaged-on", N_("Engaged"), N_("Engagement") },
    { "job-search-on", N_("Job search"), N_("The job search") },
    { "benefits-advice-on", N_("Benefits advice"), N_("The benefits advice") },
    { "closed-on", N_("Closed"), N_("The closing date") },
  };
  GDate referred;

  g_return_val_if_fail (CASELOAD_IS_IPS_REFERRAL (referral), problems);

  if (!caseload_ips_referral_get_wants_work (referral))
    caseload_field_errors_add (problems, "wants-work",
                               _("Refer someone who wants to work: that is the only criterion for IPS."));
  check_date (problems, "referred-on", _("Referral date"), caseload_ips_referral_get_referred_on (referral),
              _("Give the date of the referral."), today, &referred);
  if (caseload_pathway_blank (caseload_ips_referral_get_specialist_id (referral)))
    caseload_field_errors_add (problems, "specialist-id", _("Choose the employment specialist."));

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autofree char *value = NULL;
      GDate date;

      g_object_get (referral, steps[i].field, &value, NULL);
      if (check_date (problems, steps[i].field, _(steps[i].label), value, NULL, today, &date))
        before (problems, steps[i].field, _(steps[i].what), &date, _("the referral"), &referred);
    }

  caseload_field_errors_check_text (problems, "close-reason", _("Reason for closing"),
                                    caseload_ips_referral_get_close_reason (referral), FALSE, CASELOAD_MAX_LONG_TEXT);

  return problems;
}

static void
referral_date (CaseloadIpsReferral *referral,
               GDate               *referred)
{
  if (referral == NULL || !iso_or_typed_date (caseload_ips_referral_get_referred_on (referral), referred))
    g_date_clear (referred, 1);
}

/**
 * caseload_employer_contact_check:
 * @referral: (nullable): the contact's referral
 * @contact: the employer contact
 * @today: (nullable): the London date today; NULL: no check against the future
 *
 * Returns: (transfer full) (element-type CaseloadFieldError): what is wrong, keyed by field
 */
GPtrArray *
caseload_employer_contact_check (CaseloadIpsReferral     *referral,
                                 CaseloadEmployerContact *contact,
                                 const GDate             *today)
{
  GPtrArray *problems = caseload_field_errors_new ();
  GDate referred, contacted;

  g_return_val_if_fail (CASELOAD_IS_EMPLOYER_CONTACT (contact), problems);

  referral_date (referral, &referred);
  caseload_field_errors_check_text (problems, "employer", _("Employer"),
                                    caseload_employer_contact_get_employer (contact), TRUE, CASELOAD_MAX_NAME);
  if (check_date (problems, "contacted-on", _("Contact date"), caseload_employer_contact_get_contacted_on (contact),
                  _("Give the date of the contact with the employer."), today, &contacted))
    before (problems, "contacted-on", _("The employer contact"), &contacted, _("the referral"), &referred);
  caseload_field_errors_check_text (problems, "note", _("Note"), caseload_employer_contact_get_note (contact),
                                    FALSE, CASELOAD_MAX_LONG_TEXT);

  return problems;
}

/**
 * caseload_ips_job_check:
 * @referral: (nullable): the job's referral
 * @job: the job
 * @today: (nullable): the London date today; NULL: no check against the future
 *
 * Returns: (transfer full) (element-type CaseloadFieldError): what is wrong, keyed by field
 */
GPtrArray *
caseload_ips_job_check (CaseloadIpsReferral *referral,
                        CaseloadIpsJob      *job,
                        const GDate         *today)
{
  GPtrArray *problems = caseload_field_errors_new ();
  double hours;
  gboolean ended;
  GDate referred, started, ended_on;

  g_return_val_if_fail (CASELOAD_IS_IPS_JOB (job), problems);

  referral_date (referral, &referred);
  caseload_field_errors_check_text (problems, "employer", _("Employer"), caseload_ips_job_get_employer (job),
                                    TRUE, CASELOAD_MAX_NAME);
  caseload_field_errors_check_text (problems, "role", _("Role"), caseload_ips_job_get_role (job),
                                    TRUE, CASELOAD_MAX_NAME);

  hours = caseload_ips_job_get_hours_per_week (job);
  if (!(hours >= 0.0 && hours <= MAX_JOB_HOURS))
    caseload_field_errors_add (problems, "hours-per-week", _("Hours a week must be from 0 to 80."));

  if (check_date (problems, "started-on", _("Job start"), caseload_ips_job_get_started_on (job),
                  _("Give the date the job started."), today, &started))
    before (problems, "started-on", _("The job start"), &started, _("the referral"), &referred);

  ended = check_date (problems, "ended-on", _("Job end"), caseload_ips_job_get_ended_on (job), NULL, today,
                      &ended_on);
  if (ended)
    {
      if (g_date_valid (&started) && g_date_compare (&ended_on, &started) < 0)
        before (problems, "ended-on", _("The job end"), &ended_on, _("the start"), &started);
      if (caseload_ips_job_get_end_reason (job) == CASELOAD_JOB_NOT_ENDED)
        caseload_field_errors_add (problems, "end-reason", _("Choose why the job ended."));
    }
  else if (caseload_pathway_blank (caseload_ips_job_get_ended_on (job)) &&
           caseload_ips_job_get_end_reason (job) != CASELOAD_JOB_NOT_ENDED)
    {
      caseload_field_errors_add (problems, "ended-on", _("Give the date the job ended."));
    }
  caseload_field_errors_check_text (problems, "end-note", _("Note"), caseload_ips_job_get_end_note (job),
                                    FALSE, CASELOAD_MAX_LONG_TEXT);

  return problems;
}

/**
 * caseload_fidelity_review_check:
 * @review: a fidelity review
 * @today: (nullable): the London date today; NULL: no check against the future
 *
 * Returns: (transfer full) (element-type CaseloadFieldError): what is wrong, keyed by field
 */
GPtrArray *
caseload_fidelity_review_check (CaseloadFidelityReview *review,
                                const GDate            *today)
{
  GPtrArray *problems = caseload_field_errors_new ();
  g_autoptr(GArray) scores = NULL;
  GDate reviewed;

  g_return_val_if_fail (CASELOAD_IS_FIDELITY_REVIEW (review), problems);

  caseload_field_errors_check_text (problems, "service", _("Service"), caseload_fidelity_review_get_service (review),
                                    TRUE, CASELOAD_MAX_NAME);
  check_date (problems, "reviewed-on", _("Review date"), caseload_fidelity_review_get_reviewed_on (review),
              _("Give the date of the review."), today, &reviewed);
  caseload_field_errors_check_text (problems, "reviewers", _("Reviewers"),
                                    caseload_fidelity_review_get_reviewers (review), FALSE, CASELOAD_MAX_ADDRESS);
  caseload_field_errors_check_text (problems, "note", _("Note"), caseload_fidelity_review_get_note (review),
                                    FALSE, CASELOAD_MAX_LONG_TEXT);

  scores = caseload_fidelity_review_get_score_values (review);
  for (guint i = 0; i < CASELOAD_FIDELITY_ITEMS; i++)
    {
      int score = i < scores->len ? g_array_index (scores, int, i) : 0;
      g_autofree char *key = NULL;
      g_autofree char *message = NULL;

      if (score >= 1 && score <= 5)
        continue;
      key = g_strdup_printf ("score:%u", i + 1);
      /* TRANSLATORS: "Score item 4, Vocational unit, from 1 to 5." */
      message = g_strdup_printf (_("Score item %u, %s, from 1 to 5."), i + 1, _(caseload_fidelity_item (i)->title));
      caseload_field_errors_add (problems, key, message);
    }

  return problems;
}

/* Whether a closed referral is changed in anything but its status. */
static gboolean
closed_referral_changed (CaseloadHousingReferral *previous,
                         CaseloadHousingReferral *referral)
{
  return caseload_housing_referral_get_kind (previous) != caseload_housing_referral_get_kind (referral) ||
         caseload_housing_referral_get_outcome (previous) != caseload_housing_referral_get_outcome (referral) ||
         g_strcmp0 (caseload_housing_referral_get_organisation_id (previous),
                    caseload_housing_referral_get_organisation_id (referral)) != 0 ||
         g_strcmp0 (caseload_housing_referral_get_sent_on (previous),
                    caseload_housing_referral_get_sent_on (referral)) != 0 ||
         g_strcmp0 (caseload_housing_referral_get_status_on (previous),
                    caseload_housing_referral_get_status_on (referral)) != 0;
}

static void
check_housing_status (GPtrArray               *problems,
                      CaseloadHousingReferral *previous,
                      CaseloadHousingReferral *referral)
{
  CaseloadHousingStatus status = caseload_housing_referral_get_status (referral);
  CaseloadHousingStatus was;
  gboolean has_reason = !caseload_pathway_blank (caseload_housing_referral_get_reason (referral));

  if (status == CASELOAD_HOUSING_CLOSED &&
      caseload_housing_referral_get_outcome (referral) == CASELOAD_HOUSING_OUTCOME_NONE)
    caseload_field_errors_add (problems, "outcome", _("Choose how the referral ended."));
  else if (status != CASELOAD_HOUSING_CLOSED &&
           caseload_housing_referral_get_outcome (referral) != CASELOAD_HOUSING_OUTCOME_NONE)
    caseload_field_errors_add (problems, "outcome", _("An outcome is given when the referral is closed."));

  if (previous == NULL)
    return;

  was = caseload_housing_referral_get_status (previous);
  if (status < was && !has_reason)
    {
      g_autofree char *message = NULL;

      /* TRANSLATORS: "Say why the referral goes back from Offered to Assessed." */
      message = g_strdup_printf (_("Say why the referral goes back from %s to %s."),
                                 caseload_housing_status_label (was), caseload_housing_status_label (status));
      caseload_field_errors_add (problems, "reason", message);
    }
  else if (was == CASELOAD_HOUSING_CLOSED && status == CASELOAD_HOUSING_CLOSED &&
           closed_referral_changed (previous, referral))
    {
      caseload_field_errors_add (problems, "status",
                                 _("This referral is closed: reopen it, with a reason, to change it."));
    }
}

/**
 * caseload_housing_referral_check:
 * @previous: (nullable): the referral as stored; NULL for one being sent
 * @referral: the referral being saved
 * @today: (nullable): the London date today; NULL: no check against the future
 *
 * Returns: (transfer full) (element-type CaseloadFieldError): what is wrong, keyed by field
 */
GPtrArray *
caseload_housing_referral_check (CaseloadHousingReferral *previous,
                                 CaseloadHousingReferral *referral,
                                 const GDate             *today)
{
  GPtrArray *problems = caseload_field_errors_new ();
  GDate sent, status_on;

  g_return_val_if_fail (previous == NULL || CASELOAD_IS_HOUSING_REFERRAL (previous), problems);
  g_return_val_if_fail (CASELOAD_IS_HOUSING_REFERRAL (referral), problems);

  if (caseload_pathway_blank (caseload_housing_referral_get_organisation_id (referral)))
    caseload_field_errors_add (problems, "organisation-id", _("Choose the organisation the referral goes to."));
  check_date (problems, "sent-on", _("Date sent"), caseload_housing_referral_get_sent_on (referral),
              _("Give the date the referral was sent."), today, &sent);
  if (check_date (problems, "status-on", _("Status date"), caseload_housing_referral_get_status_on (referral),
                  NULL, today, &status_on))
    before (problems, "status-on", _("The status date"), &status_on, _("the referral was sent"), &sent);

  check_housing_status (problems, previous, referral);
  caseload_field_errors_check_text (problems, "reason", _("Reason"), caseload_housing_referral_get_reason (referral),
                                    FALSE, CASELOAD_MAX_LONG_TEXT);

  return problems;
}

/**
 * caseload_accommodation_check:
 * @record: an accommodation status
 * @today: (nullable): the London date today; NULL: no check against the future
 *
 * Returns: (transfer full) (element-type CaseloadFieldError): what is wrong, keyed by field
 */
GPtrArray *
caseload_accommodation_check (CaseloadAccommodationRecord *record,
                              const GDate                 *today)
{
  GPtrArray *problems = caseload_field_errors_new ();
  GDate from;

  g_return_val_if_fail (CASELOAD_IS_ACCOMMODATION_RECORD (record), problems);

  check_date (problems, "from-on", _("From"), caseload_accommodation_record_get_from_on (record),
              _("Give the date this accommodation status started."), today, &from);
  caseload_field_errors_check_text (problems, "note", _("Note"), caseload_accommodation_record_get_note (record),
                                    FALSE, CASELOAD_MAX_LONG_TEXT);

  return problems;
}
