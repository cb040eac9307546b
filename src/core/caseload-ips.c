/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "caseload-core"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "caseload-employer-contact.h"
#include "caseload-ips.h"
#include "caseload-pathways-private.h"

void
caseload_ips_figures_clear (CaseloadIpsFigures *figures)
{
  g_clear_pointer (&figures->specialist_id, g_free);
  g_clear_pointer (&figures->specialist_name, g_free);
}

/* IPS figures (the header says which). Dates in records are ISO dates, so within one
 * record they compare as text; days between them are counted on the calendar. */

static gboolean
is_closed (CaseloadIpsReferral *referral,
           const GDate         *today)
{
  GDate closed;

  if (caseload_pathway_blank (caseload_ips_referral_get_closed_on (referral)))
    return FALSE;
  /* A closing date not yet reached (or not a date) still closes it for the journey. */
  return today == NULL ||
         !caseload_pathway_iso_date (caseload_ips_referral_get_closed_on (referral), &closed) ||
         g_date_compare (&closed, today) <= 0;
}

static gboolean
job_ongoing (CaseloadIpsJob *job)
{
  return caseload_pathway_blank (caseload_ips_job_get_ended_on (job));
}

/**
 * caseload_ips_job_counts:
 * @job: a job
 *
 * Returns: TRUE when it counts as a job start (4 hours a week or more)
 */
gboolean
caseload_ips_job_counts (CaseloadIpsJob *job)
{
  g_return_val_if_fail (CASELOAD_IS_IPS_JOB (job), FALSE);

  return caseload_ips_job_get_hours_per_week (job) >= CASELOAD_IPS_MIN_JOB_HOURS;
}

/**
 * caseload_ips_referral_stage:
 * @referral: a referral with its contacts and jobs
 *
 * Returns: where the person is on the journey
 */
CaseloadIpsStage
caseload_ips_referral_stage (CaseloadIpsReferral *referral)
{
  GPtrArray *jobs;

  g_return_val_if_fail (CASELOAD_IS_IPS_REFERRAL (referral), CASELOAD_IPS_STAGE_REFERRED);

  if (is_closed (referral, NULL))
    return CASELOAD_IPS_STAGE_CLOSED;

  jobs = caseload_ips_referral_get_jobs (referral);
  for (guint i = 0; i < jobs->len; i++)
    {
      CaseloadIpsJob *job = g_ptr_array_index (jobs, i);

      if (caseload_ips_job_counts (job) && job_ongoing (job))
        return CASELOAD_IPS_STAGE_IN_WORK;
    }

  if (!caseload_pathway_blank (caseload_ips_referral_get_job_search_on (referral)) ||
      caseload_ips_referral_get_contacts (referral)->len > 0)
    return CASELOAD_IPS_STAGE_JOB_SEARCH;
  if (!caseload_pathway_blank (caseload_ips_referral_get_engaged_on (referral)))
    return CASELOAD_IPS_STAGE_ENGAGED;

  return CASELOAD_IPS_STAGE_REFERRED;
}

static gboolean
in_range (const char  *iso,
          const GDate *from,
          const GDate *to)
{
  GDate date;

  return caseload_pathway_iso_date (iso, &date) &&
         (!g_date_valid (from) || g_date_compare (&date, from) >= 0) &&
         (!g_date_valid (to) || g_date_compare (&date, to) <= 0);
}

/* Days from the referral to its earliest employer contact, or -1 when none. */
static int
days_to_first_contact (CaseloadIpsReferral *referral)
{
  GPtrArray *contacts = caseload_ips_referral_get_contacts (referral);
  GDate referred;
  int best = -1;

  if (!caseload_pathway_iso_date (caseload_ips_referral_get_referred_on (referral), &referred))
    return -1;

  for (guint i = 0; i < contacts->len; i++)
    {
      GDate contacted;
      int days;

      if (!caseload_pathway_iso_date (caseload_employer_contact_get_contacted_on (g_ptr_array_index (contacts, i)),
                                      &contacted))
        continue;
      days = g_date_days_between (&referred, &contacted);
      if (days >= 0 && (best < 0 || days < best))
        best = days;
    }

  return best;
}

/* What is gathered for one row before it is turned into figures. */
typedef struct {
  CaseloadIpsFigures  figures;
  GArray             *days;   /* int: referral → first contact, per referral in range */
} Row;

static void
row_init (Row        *row,
          const char *specialist_id,
          const char *specialist_name,
          double      fte)
{
  memset (row, 0, sizeof *row);
  row->figures.specialist_id = g_strdup (specialist_id);
  row->figures.specialist_name = g_strdup (specialist_name);
  row->figures.fte = fte;
  row->days = g_array_new (FALSE, FALSE, sizeof (int));
}

static int
compare_ints (gconstpointer a,
              gconstpointer b)
{
  int ia = *(const int *) a;
  int ib = *(const int *) b;

  return (ia > ib) - (ia < ib);
}

/* Turns the gathered days into the median and the count within target, and the caseload
 * into its warning; frees what was gathered. */
static void
row_finish (Row *row)
{
  GArray *days = row->days;

  g_array_sort (days, compare_ints);
  row->figures.first_contacts = days->len;
  for (guint i = 0; i < days->len; i++)
    {
      if (g_array_index (days, int, i) <= CASELOAD_IPS_FIRST_CONTACT_DAYS)
        row->figures.contacts_within_target++;
    }
  if (days->len % 2 == 1)
    row->figures.median_days_to_contact = g_array_index (days, int, days->len / 2);
  else if (days->len > 0)
    row->figures.median_days_to_contact = (g_array_index (days, int, days->len / 2 - 1) +
                                           g_array_index (days, int, days->len / 2)) / 2.0;

  row->figures.over_caseload = row->figures.caseload > CASELOAD_IPS_CASELOAD_PER_FTE * row->figures.fte;
  g_clear_pointer (&row->days, g_array_unref);
}

/* The row of @specialist_id: rows are found through @index (id → position + 1), as a
 * service's figures may run over many thousands of referrals. */
static Row *
find_row (GArray     *rows,
          GHashTable *index,
          const char *specialist_id)
{
  guint position = specialist_id != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (index, specialist_id)) : 0;

  return position > 0 ? &g_array_index (rows, Row, position - 1) : NULL;
}

static Row *
append_row (GArray     *rows,
            GHashTable *index,
            const char *specialist_id,
            const char *specialist_name,
            double      fte)
{
  Row row;

  row_init (&row, specialist_id, specialist_name, fte);
  g_array_append_val (rows, row);
  g_hash_table_insert (index, g_strdup (specialist_id), GUINT_TO_POINTER (rows->len));
  return &g_array_index (rows, Row, rows->len - 1);
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const Row *ra = a;
  const Row *rb = b;
  int by_name = g_utf8_collate (ra->figures.specialist_name != NULL ? ra->figures.specialist_name : "",
                                rb->figures.specialist_name != NULL ? rb->figures.specialist_name : "");

  return by_name != 0 ? by_name : g_strcmp0 (ra->figures.specialist_id, rb->figures.specialist_id);
}

/* Each person's first counted job across all their referrals: person id → job. */
static GHashTable *
first_counted_jobs (GPtrArray *referrals)
{
  GHashTable *first = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < referrals->len; i++)
    {
      CaseloadIpsReferral *referral = g_ptr_array_index (referrals, i);
      const char *person_id = caseload_ips_referral_get_person_id (referral);
      GPtrArray *jobs = caseload_ips_referral_get_jobs (referral);

      for (guint j = 0; person_id != NULL && j < jobs->len; j++)
        {
          CaseloadIpsJob *job = g_ptr_array_index (jobs, j);
          CaseloadIpsJob *known = g_hash_table_lookup (first, person_id);
          GDate started;

          if (!caseload_ips_job_counts (job) ||
              !caseload_pathway_iso_date (caseload_ips_job_get_started_on (job), &started))
            continue;
          if (known == NULL || g_strcmp0 (caseload_ips_job_get_started_on (job),
                                          caseload_ips_job_get_started_on (known)) < 0)
            g_hash_table_insert (first, (gpointer) person_id, job);
        }
    }

  return first;
}

/* Adds one referral's part to @row. */
static void
add_referral (Row                 *row,
              GHashTable          *first_jobs,
              CaseloadIpsReferral *referral,
              const GDate         *from,
              const GDate         *to,
              const GDate         *today)
{
  GPtrArray *jobs = caseload_ips_referral_get_jobs (referral);
  CaseloadIpsFigures *figures = &row->figures;
  GDate referred;

  if (caseload_pathway_iso_date (caseload_ips_referral_get_referred_on (referral), &referred) &&
      g_date_compare (&referred, today) <= 0 && !is_closed (referral, today))
    figures->caseload++;

  if (in_range (caseload_ips_referral_get_referred_on (referral), from, to))
    {
      int days = days_to_first_contact (referral);

      figures->referrals++;
      if (!caseload_pathway_blank (caseload_ips_referral_get_engaged_on (referral)))
        figures->engaged++;
      if (days >= 0)
        g_array_append_val (row->days, days);
    }

  for (guint i = 0; i < jobs->len; i++)
    {
      CaseloadIpsJob *job = g_ptr_array_index (jobs, i);

      if (!caseload_ips_job_counts (job) || !in_range (caseload_ips_job_get_started_on (job), from, to))
        continue;
      figures->job_starts++;
      if (g_hash_table_lookup (first_jobs, caseload_ips_referral_get_person_id (referral)) == job)
        figures->first_job_starts++;
    }
}

/**
 * caseload_ips_figures:
 * @referrals: (element-type CaseloadIpsReferral): referrals with their contacts and jobs
 * @specialists: (element-type CaseloadStaff) (nullable): the employment specialists
 * @from: (nullable): the first day of the range (ISO date); NULL: from the start
 * @to: (nullable): the last day of the range (ISO date); NULL: up to now
 * @today: (nullable): the day the caseload is counted on; NULL for the real today
 *
 * Returns: (transfer full) (element-type CaseloadIpsFigures): a row per specialist, by
 *   name, then the service's row
 */
GArray *
caseload_ips_figures (GPtrArray   *referrals,
                      GPtrArray   *specialists,
                      const char  *from,
                      const char  *to,
                      const GDate *today)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (Row));
  g_autoptr(GHashTable) first_jobs = NULL;
  g_autoptr(GHashTable) index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GArray *result;
  Row service;
  GDate day, from_day, to_day;

  g_return_val_if_fail (referrals != NULL, NULL);

  caseload_pathway_today (today, &day);
  if (!caseload_pathway_iso_date (from, &from_day))
    g_date_clear (&from_day, 1);
  if (!caseload_pathway_iso_date (to, &to_day))
    g_date_clear (&to_day, 1);

  for (guint i = 0; specialists != NULL && i < specialists->len; i++)
    {
      CaseloadStaff *staff = g_ptr_array_index (specialists, i);

      if (caseload_staff_get_id (staff) != NULL && find_row (rows, index, caseload_staff_get_id (staff)) == NULL)
        append_row (rows, index, caseload_staff_get_id (staff), caseload_staff_get_display_name (staff),
                    caseload_staff_get_fte (staff));
    }

  first_jobs = first_counted_jobs (referrals);
  row_init (&service, NULL, NULL, 0.0);
  for (guint i = 0; i < referrals->len; i++)
    {
      CaseloadIpsReferral *referral = g_ptr_array_index (referrals, i);
      const char *id = caseload_ips_referral_get_specialist_id (referral);
      Row *row = find_row (rows, index, id);

      /* A specialist named on a referral but not given: full time, as staff are by default. */
      if (row == NULL && id != NULL)
        row = append_row (rows, index, id, caseload_ips_referral_get_specialist_name (referral), 1.0);
      if (row != NULL)
        add_referral (row, first_jobs, referral, &from_day, &to_day, &day);
      add_referral (&service, first_jobs, referral, &from_day, &to_day, &day);
    }

  g_array_sort (rows, compare_rows);
  result = g_array_sized_new (FALSE, FALSE, sizeof (CaseloadIpsFigures), rows->len + 1);
  g_array_set_clear_func (result, (GDestroyNotify) caseload_ips_figures_clear);
  for (guint i = 0; i < rows->len; i++)
    {
      Row *row = &g_array_index (rows, Row, i);

      service.figures.fte += row->figures.fte;
      row_finish (row);
      g_array_append_val (result, row->figures);
    }
  row_finish (&service);
  g_array_append_val (result, service.figures);

  return result;
}
