-- SPDX-License-Identifier: GPL-3.0-or-later
-- Caseload schema 6: pathways. STEPPS group cohorts (facilitators, participants with their
-- reinforcement teams, a session calendar, attendance with emotional intensity and BEST),
-- Open Dialogue episodes and network meetings, IPS employment (referrals, employer
-- contacts, jobs, IPS-25 fidelity reviews), housing referrals with their status history,
-- and accommodation status over time. Times ("_at") are ISO 8601 text (UTC, or with their
-- offset where a clock is kept in Europe/London); dates ("_on") ISO dates.

-- An IPS employment specialist's caseload limit scales by their working time.
ALTER TABLE staff ADD COLUMN fte REAL NOT NULL DEFAULT 1.0 CHECK (fte > 0 AND fte <= 1);

CREATE TABLE stepps_cohort (
  id                  TEXT PRIMARY KEY,
  name                TEXT NOT NULL CHECK (length (name) > 0),
  programme           TEXT NOT NULL CHECK (programme IN ('stepps-20', 'stepps-21', 'stepps-ei-12', 'custom')),
  n_sessions          INTEGER NOT NULL CHECK (n_sessions BETWEEN 1 AND 40),
  session_minutes     INTEGER NOT NULL CHECK (session_minutes BETWEEN 30 AND 480),
  venue               TEXT,
  start_on            TEXT NOT NULL,
  end_on              TEXT NOT NULL,
  completion_percent  INTEGER NOT NULL CHECK (completion_percent BETWEEN 1 AND 100),
  organisation_id     TEXT NOT NULL REFERENCES organisation (id),
  version             INTEGER NOT NULL DEFAULT 1,
  created_by          TEXT NOT NULL REFERENCES staff (id),
  created_at          TEXT NOT NULL
);
CREATE INDEX stepps_cohort_dates ON stepps_cohort (end_on, start_on);

CREATE TABLE stepps_facilitator (
  cohort_id           TEXT NOT NULL REFERENCES stepps_cohort (id),
  staff_id            TEXT NOT NULL REFERENCES staff (id),
  PRIMARY KEY (cohort_id, staff_id)
);

CREATE TABLE stepps_participant (
  id                  TEXT PRIMARY KEY,
  cohort_id           TEXT NOT NULL REFERENCES stepps_cohort (id),
  person_id           TEXT NOT NULL REFERENCES person (id),
  person_pk           INTEGER NOT NULL,
  joined_on           TEXT NOT NULL,
  left_on             TEXT,
  version             INTEGER NOT NULL DEFAULT 1,
  created_by          TEXT NOT NULL REFERENCES staff (id),
  created_at          TEXT NOT NULL,
  UNIQUE (cohort_id, person_id)
);
CREATE INDEX stepps_participant_person ON stepps_participant (person_pk, cohort_id);

CREATE TABLE stepps_reinforcer (
  id                  TEXT PRIMARY KEY,
  participant_id      TEXT NOT NULL REFERENCES stepps_participant (id),
  network_member_id   TEXT REFERENCES network_member (id),
  name                TEXT NOT NULL CHECK (length (name) > 0),
  role                TEXT,
  professional        INTEGER NOT NULL DEFAULT 0,
  summary_given_on    TEXT
);
CREATE INDEX stepps_reinforcer_participant ON stepps_reinforcer (participant_id);

CREATE TABLE stepps_session (
  id                  TEXT PRIMARY KEY,
  cohort_id           TEXT NOT NULL REFERENCES stepps_cohort (id),
  number              INTEGER NOT NULL CHECK (number > 0),
  held_on             TEXT NOT NULL,
  topic               TEXT,
  notes               TEXT,
  version             INTEGER NOT NULL DEFAULT 1,
  UNIQUE (cohort_id, number)
);
CREATE INDEX stepps_session_date ON stepps_session (held_on, cohort_id);

CREATE TABLE stepps_attendance (
  session_id          TEXT NOT NULL REFERENCES stepps_session (id),
  participant_id      TEXT NOT NULL REFERENCES stepps_participant (id),
  person_pk           INTEGER NOT NULL,
  status              TEXT NOT NULL CHECK (status IN ('attended', 'apologies', 'did-not-attend')),
  intensity           INTEGER CHECK (intensity BETWEEN 1 AND 5),
  best_total          INTEGER CHECK (best_total BETWEEN 12 AND 72),
  recorded_by         TEXT NOT NULL REFERENCES staff (id),
  recorded_at         TEXT NOT NULL,
  PRIMARY KEY (session_id, participant_id)
);
CREATE INDEX stepps_attendance_participant ON stepps_attendance (participant_id);

CREATE TABLE od_episode (
  id                  TEXT PRIMARY KEY,
  person_id           TEXT NOT NULL REFERENCES person (id),
  person_pk           INTEGER NOT NULL,
  start_kind          TEXT NOT NULL CHECK (start_kind IN ('referral', 'crisis-contact')),
  referral_id         TEXT REFERENCES referral (id),
  contact_at          TEXT NOT NULL,
  responsible_id      TEXT REFERENCES staff (id),
  first_meeting_at    TEXT,
  ended_on            TEXT,
  end_note            TEXT,
  organisation_id     TEXT NOT NULL REFERENCES organisation (id),
  version             INTEGER NOT NULL DEFAULT 1,
  recorded_by         TEXT NOT NULL REFERENCES staff (id),
  created_at          TEXT NOT NULL
);
CREATE INDEX od_episode_person ON od_episode (person_pk, contact_at);
CREATE INDEX od_episode_contact ON od_episode (contact_at);

CREATE TABLE od_core_member (
  episode_id          TEXT NOT NULL REFERENCES od_episode (id),
  staff_id            TEXT NOT NULL REFERENCES staff (id),
  PRIMARY KEY (episode_id, staff_id)
);

CREATE TABLE od_meeting (
  id                  TEXT PRIMARY KEY,
  episode_id          TEXT NOT NULL REFERENCES od_episode (id),
  person_pk           INTEGER NOT NULL,
  held_at             TEXT NOT NULL,
  place               TEXT NOT NULL CHECK (place IN ('home', 'clinic', 'video')),
  person_present      INTEGER NOT NULL,
  decisions           TEXT,
  notes               TEXT,
  organisation_id     TEXT NOT NULL REFERENCES organisation (id),
  version             INTEGER NOT NULL DEFAULT 1,
  recorded_by         TEXT NOT NULL REFERENCES staff (id),
  created_at          TEXT NOT NULL
);
CREATE INDEX od_meeting_episode ON od_meeting (episode_id, held_at);

CREATE TABLE od_meeting_practitioner (
  meeting_id          TEXT NOT NULL REFERENCES od_meeting (id),
  staff_id            TEXT NOT NULL REFERENCES staff (id),
  PRIMARY KEY (meeting_id, staff_id)
);

-- Network members at a meeting: from the person's network, or named on the spot.
CREATE TABLE od_meeting_member (
  id                  TEXT PRIMARY KEY,
  meeting_id          TEXT NOT NULL REFERENCES od_meeting (id),
  network_member_id   TEXT REFERENCES network_member (id),
  name                TEXT NOT NULL CHECK (length (name) > 0),
  relationship        TEXT NOT NULL,
  relationship_detail TEXT
);
CREATE INDEX od_meeting_member_meeting ON od_meeting_member (meeting_id);

CREATE TABLE ips_referral (
  id                  TEXT PRIMARY KEY,
  person_id           TEXT NOT NULL REFERENCES person (id),
  person_pk           INTEGER NOT NULL,
  wants_work          INTEGER NOT NULL CHECK (wants_work = 1),
  referred_on         TEXT NOT NULL,
  referred_by         TEXT NOT NULL REFERENCES staff (id),
  specialist_id       TEXT NOT NULL REFERENCES staff (id),
  engaged_on          TEXT,
  job_search_on       TEXT,
  benefits_advice     INTEGER NOT NULL DEFAULT 0,
  benefits_advice_on  TEXT,
  closed_on           TEXT,
  close_reason        TEXT,
  organisation_id     TEXT NOT NULL REFERENCES organisation (id),
  version             INTEGER NOT NULL DEFAULT 1,
  created_at          TEXT NOT NULL
);
CREATE INDEX ips_referral_person ON ips_referral (person_pk, referred_on);
CREATE INDEX ips_referral_specialist ON ips_referral (specialist_id, closed_on);
CREATE INDEX ips_referral_date ON ips_referral (referred_on);

CREATE TABLE ips_employer_contact (
  id                  TEXT PRIMARY KEY,
  referral_id         TEXT NOT NULL REFERENCES ips_referral (id),
  person_pk           INTEGER NOT NULL,
  employer            TEXT NOT NULL CHECK (length (employer) > 0),
  contacted_on        TEXT NOT NULL,
  outcome             TEXT NOT NULL CHECK (outcome IN ('follow-up', 'interview', 'job-offer', 'no-vacancy',
                        'not-suitable')),
  note                TEXT,
  recorded_by         TEXT NOT NULL REFERENCES staff (id),
  created_at          TEXT NOT NULL
);
CREATE INDEX ips_employer_contact_referral ON ips_employer_contact (referral_id, contacted_on);

CREATE TABLE ips_job (
  id                  TEXT PRIMARY KEY,
  referral_id         TEXT NOT NULL REFERENCES ips_referral (id),
  person_pk           INTEGER NOT NULL,
  employer            TEXT NOT NULL CHECK (length (employer) > 0),
  role                TEXT NOT NULL CHECK (length (role) > 0),
  hours_per_week      REAL NOT NULL CHECK (hours_per_week >= 0),
  pay_type            TEXT NOT NULL CHECK (pay_type IN ('hourly', 'salaried', 'self-employed')),
  started_on          TEXT NOT NULL,
  in_work_support     INTEGER NOT NULL DEFAULT 0,
  ended_on            TEXT,
  end_reason          TEXT NOT NULL DEFAULT 'not-ended' CHECK (end_reason IN ('not-ended', 'left-by-choice',
                        'contract-ended', 'dismissed', 'health', 'new-job', 'other')),
  end_note            TEXT,
  version             INTEGER NOT NULL DEFAULT 1,
  recorded_by         TEXT NOT NULL REFERENCES staff (id),
  created_at          TEXT NOT NULL
);
CREATE INDEX ips_job_referral ON ips_job (referral_id, started_on);

CREATE TABLE ips_fidelity_review (
  id                  TEXT PRIMARY KEY,
  service             TEXT NOT NULL CHECK (length (service) > 0),
  reviewed_on         TEXT NOT NULL,
  reviewers           TEXT,
  scores              TEXT NOT NULL,
  total               INTEGER NOT NULL CHECK (total BETWEEN 25 AND 125),
  band                TEXT NOT NULL CHECK (band IN ('not-ips', 'fair', 'good', 'exemplary')),
  note                TEXT,
  recorded_by         TEXT NOT NULL REFERENCES staff (id),
  created_at          TEXT NOT NULL
);
CREATE INDEX ips_fidelity_review_date ON ips_fidelity_review (reviewed_on);

CREATE TABLE housing_referral (
  id                  TEXT PRIMARY KEY,
  person_id           TEXT NOT NULL REFERENCES person (id),
  person_pk           INTEGER NOT NULL,
  kind                TEXT NOT NULL CHECK (kind IN ('prevention', 'relief', 'floating-support',
                        'supported-accommodation', 'adaptations')),
  organisation_id     TEXT NOT NULL REFERENCES organisation (id),
  sent_on             TEXT NOT NULL,
  status              TEXT NOT NULL CHECK (status IN ('sent', 'acknowledged', 'assessed', 'offered', 'in-place',
                        'closed')),
  status_on           TEXT NOT NULL,
  outcome             TEXT NOT NULL DEFAULT 'none' CHECK (outcome IN ('none', 'home-kept', 'rehoused',
                        'support-completed', 'not-eligible', 'declined', 'withdrawn', 'other')),
  referred_by         TEXT NOT NULL REFERENCES staff (id),
  version             INTEGER NOT NULL DEFAULT 1,
  created_at          TEXT NOT NULL
);
CREATE INDEX housing_referral_person ON housing_referral (person_pk, sent_on);
CREATE INDEX housing_referral_status ON housing_referral (status, organisation_id);

CREATE TABLE housing_status_change (
  id                  TEXT PRIMARY KEY,
  referral_id         TEXT NOT NULL REFERENCES housing_referral (id),
  from_status         TEXT NOT NULL,
  to_status           TEXT NOT NULL,
  changed_on          TEXT NOT NULL,
  reason              TEXT,
  changed_by          TEXT NOT NULL REFERENCES staff (id),
  created_at          TEXT NOT NULL
);
CREATE INDEX housing_status_change_referral ON housing_status_change (referral_id, created_at);

CREATE TABLE accommodation_status (
  id                  TEXT PRIMARY KEY,
  person_id           TEXT NOT NULL REFERENCES person (id),
  person_pk           INTEGER NOT NULL,
  status              TEXT NOT NULL CHECK (status IN ('settled', 'at-risk', 'temporary', 'homeless', 'supported',
                        'hospital')),
  from_on             TEXT NOT NULL,
  note                TEXT,
  recorded_by         TEXT NOT NULL REFERENCES staff (id),
  created_at          TEXT NOT NULL
);
CREATE INDEX accommodation_status_person ON accommodation_status (person_pk, from_on, created_at);
