/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "caseload-accommodation-record.h"
#include "caseload-employer-contact.h"
#include "caseload-fidelity-review.h"
#include "caseload-housing-referral.h"
#include "caseload-housing-status-change.h"
#include "caseload-ips-referral.h"
#include "caseload-ips-job.h"

/*
 * IPS employment, fidelity reviews, housing and accommodation rows as both stores read
 * them (caseload-store-sqlite-ips.c, caseload-store-postgresql-ips.c): each SELECT is
 * standard SQL over the same schema-6 columns, to be followed by a store's own WHERE
 * (or JOIN), and each array names the properties its columns fill, in their order.
 */

#define IPS_REFERRAL_SELECT \
  "SELECT r.id, r.person_id, r.wants_work, r.referred_on, r.specialist_id, sp.display_name, r.engaged_on, " \
  "  r.job_search_on, r.benefits_advice, r.benefits_advice_on, r.closed_on, r.close_reason, r.version, " \
  "  r.referred_by, rb.display_name, o.name, r.created_at " \
  "FROM ips_referral r JOIN staff sp ON sp.id = r.specialist_id JOIN staff rb ON rb.id = r.referred_by " \
  "JOIN organisation o ON o.id = r.organisation_id "

#define CONTACT_SELECT \
  "SELECT c.id, c.referral_id, c.employer, c.contacted_on, c.outcome, c.note FROM ips_employer_contact c "

#define JOB_SELECT \
  "SELECT j.id, j.referral_id, j.employer, j.role, j.hours_per_week, j.pay_type, j.started_on, " \
  "  j.in_work_support, j.ended_on, j.end_reason, j.end_note, j.version FROM ips_job j "

#define FIDELITY_SELECT \
  "SELECT f.id, f.service, f.reviewed_on, f.reviewers, f.scores, f.total, f.band, f.note, s.display_name, " \
  "  f.created_at FROM ips_fidelity_review f JOIN staff s ON s.id = f.recorded_by "

#define HOUSING_SELECT \
  "SELECT h.id, h.person_id, h.kind, h.organisation_id, o.name, h.sent_on, h.status, h.status_on, h.outcome, " \
  "  h.version, s.display_name, h.created_at " \
  "FROM housing_referral h JOIN organisation o ON o.id = h.organisation_id JOIN staff s ON s.id = h.referred_by "

#define HISTORY_SELECT \
  "SELECT c.id, c.referral_id, c.from_status, c.to_status, c.changed_on, c.reason, s.display_name, c.created_at " \
  "FROM housing_status_change c JOIN staff s ON s.id = c.changed_by "

#define ACCOMMODATION_SELECT \
  "SELECT a.id, a.person_id, a.status, a.from_on, a.note, s.display_name, a.created_at " \
  "FROM accommodation_status a JOIN staff s ON s.id = a.recorded_by "

static const char * const ips_referral_columns[] = {
  "id", "person-id", "wants-work", "referred-on", "specialist-id", "specialist-name", "engaged-on",
  "job-search-on", "benefits-advice", "benefits-advice-on", "closed-on", "close-reason", "version",
  "referred-by-id", "referred-by-name", "referred-by-organisation-name", "created-at", NULL
};
static const char * const contact_columns[] = {
  "id", "referral-id", "employer", "contacted-on", "outcome", "note", NULL
};
static const char * const job_columns[] = {
  "id", "referral-id", "employer", "role", "hours-per-week", "pay-type", "started-on", "in-work-support",
  "ended-on", "end-reason", "end-note", "version", NULL
};
static const char * const fidelity_columns[] = {
  "id", "service", "reviewed-on", "reviewers", "scores", "total", "band", "note", "recorded-by-name",
  "created-at", NULL
};
static const char * const housing_columns[] = {
  "id", "person-id", "kind", "organisation-id", "organisation-name", "sent-on", "status", "status-on", "outcome",
  "version", "referred-by-name", "created-at", NULL
};
static const char * const history_columns[] = {
  "id", "referral-id", "from-status", "to-status", "changed-on", "reason", "changed-by-name", "created-at", NULL
};
static const char * const accommodation_columns[] = {
  "id", "person-id", "status", "from-on", "note", "recorded-by-name", "created-at", NULL
};
