-- SPDX-License-Identifier: GPL-3.0-or-later
-- Caseload schema 4: referrals and triage against the team's written thresholds,
-- waiting-time clocks with recorded pauses, allocation to named workers, transfer (never
-- discharge), and tasks. Times ("_at") are UTC ISO 8601 text; dates ("_on") ISO dates.

-- The team's written triage criteria, edited by a team manager.
CREATE TABLE threshold (
  id          TEXT PRIMARY KEY,
  outcome     TEXT NOT NULL CHECK (outcome IN ('accept', 'signpost', 'refer-on', 'decline')),
  position    INTEGER NOT NULL,
  criterion   TEXT NOT NULL CHECK (length (criterion) > 0),
  version     INTEGER NOT NULL DEFAULT 1,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT REFERENCES staff (id)
);

-- A starting set for an integrated PCN mental health team, in plain words; the team
-- manager rewrites them to the team's own.
INSERT INTO threshold (id, outcome, position, criterion, created_at, updated_at) VALUES
  ('00000000-0000-4000-8000-000000000101', 'accept', 1,
   'Moderate to severe mental health needs that primary care alone cannot meet, and that do not need secondary care.',
   strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')),
  ('00000000-0000-4000-8000-000000000102', 'accept', 2,
   'Complex needs across health, housing, money or relationships, where joined-up support from several organisations would help.',
   strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')),
  ('00000000-0000-4000-8000-000000000103', 'accept', 3,
   'Long-term mental illness, stable enough to be supported in the community, needing care coordination or a review of medication.',
   strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')),
  ('00000000-0000-4000-8000-000000000201', 'signpost', 1,
   'Needs best met by talking therapies (mild to moderate anxiety or depression) through Inclusion Thurrock.',
   strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')),
  ('00000000-0000-4000-8000-000000000202', 'signpost', 2,
   'Loneliness, low mood or practical worries that a social prescriber, Local Area Coordinator or voluntary group can help with.',
   strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')),
  ('00000000-0000-4000-8000-000000000203', 'signpost', 3,
   'Wants to learn about managing their own mental health: courses at the Recovery College.',
   strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')),
  ('00000000-0000-4000-8000-000000000301', 'refer-on', 1,
   'Needs secondary care: psychosis not yet assessed, or a first episode of psychosis.',
   strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')),
  ('00000000-0000-4000-8000-000000000302', 'refer-on', 2,
   'High risk to self or others needing a crisis team or home treatment now.',
   strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')),
  ('00000000-0000-4000-8000-000000000303', 'refer-on', 3,
   'Eating disorder with physical risk, or needs a specialist service (perinatal, memory assessment, learning disability).',
   strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')),
  ('00000000-0000-4000-8000-000000000401', 'decline', 1,
   'Referral is for a service the team does not offer (for example a diagnosis of ADHD or autism): say where to go instead.',
   strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')),
  ('00000000-0000-4000-8000-000000000402', 'decline', 2,
   'The person does not agree to the referral, or already has the same help from another team.',
   strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'));

-- One waiting-time standard per urgency (DOMAIN.md), editable by a team manager.
CREATE TABLE wait_standard (
  urgency     TEXT PRIMARY KEY CHECK (urgency IN ('routine', 'urgent', 'very-urgent')),
  target      INTEGER NOT NULL CHECK (target > 0),
  unit        TEXT NOT NULL CHECK (unit IN ('hours', 'days')),
  warn        INTEGER NOT NULL CHECK (warn >= 0 AND warn < target),
  stops_at    TEXT NOT NULL CHECK (stops_at IN ('first-contact', 'assessment', 'help-started')),
  version     INTEGER NOT NULL DEFAULT 1,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT REFERENCES staff (id)
);
INSERT INTO wait_standard (urgency, target, unit, warn, stops_at, updated_at) VALUES
  ('routine',     28, 'days',  7, 'help-started',  strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')),
  ('urgent',      24, 'hours', 4, 'first-contact', strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')),
  ('very-urgent',  4, 'hours', 1, 'first-contact', strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'));

CREATE TABLE referral (
  id                    TEXT PRIMARY KEY,
  person_id             TEXT NOT NULL REFERENCES person (id),
  person_pk             INTEGER NOT NULL,
  pcn                   TEXT,
  source                TEXT NOT NULL CHECK (source IN ('gp', 'self', 'thurrock-first', 'crisis-service',
                          'social-care', 'vcse', 'housing', 'other')),
  source_detail         TEXT,
  received_at           TEXT NOT NULL,
  reason                TEXT NOT NULL CHECK (length (reason) > 0),
  urgency               TEXT NOT NULL CHECK (urgency IN ('routine', 'urgent', 'very-urgent')),
  person_agreed         INTEGER NOT NULL,
  attachments           TEXT,
  organisation_id       TEXT NOT NULL REFERENCES organisation (id),
  status                TEXT NOT NULL DEFAULT 'awaiting-triage' CHECK (status IN ('awaiting-triage', 'accepted',
                          'signposted', 'referred-on', 'declined', 'transferred')),
  triage_outcome        TEXT CHECK (triage_outcome IN ('accept', 'signpost', 'refer-on', 'decline')),
  signpost              TEXT CHECK (signpost IN ('vcse', 'talking-therapies', 'social-prescribing',
                          'local-area-coordinator', 'recovery-college', 'other')),
  destination           TEXT,
  triage_reason         TEXT,
  decided_by            TEXT REFERENCES staff (id),
  decided_on            TEXT,
  first_contact_at      TEXT,
  assessment_at         TEXT,
  help_started_at       TEXT,
  help_kind             TEXT CHECK (help_kind IN ('intervention', 'support-plan')),
  next_review_on        TEXT,
  transfer_kind         TEXT CHECK (transfer_kind IN ('to-gp', 'to-another-service', 'ended-by-choice')),
  transfer_destination  TEXT,
  transfer_summary      TEXT,
  transferred_on        TEXT,
  transferred_by        TEXT REFERENCES staff (id),
  -- The clock, kept by the store: due and near-breach times with the pauses so far (NULL
  -- while paused), when it stopped, and the counted seconds once stopped.
  clock_due_at          TEXT,
  clock_warn_at         TEXT,
  clock_paused          INTEGER NOT NULL DEFAULT 0,
  clock_stopped_at      TEXT,
  clock_waited_seconds  INTEGER,
  clock_missed          INTEGER,
  version               INTEGER NOT NULL DEFAULT 1,
  created_at            TEXT NOT NULL,
  created_by            TEXT NOT NULL REFERENCES staff (id),
  updated_at            TEXT NOT NULL,
  updated_by            TEXT NOT NULL REFERENCES staff (id),
  CHECK (status = 'awaiting-triage' OR (triage_outcome IS NOT NULL AND decided_by IS NOT NULL AND decided_on IS NOT NULL)),
  CHECK (status <> 'transferred' OR (transfer_kind IS NOT NULL AND length (transfer_destination) > 0))
);
CREATE INDEX referral_person ON referral (person_id, received_at DESC);
-- The lists and the dashboard read these indexes alone (they cover what they filter and
-- sort on), never the wide referral rows, except for the page they show.
-- The waiting list: clocks still running, by urgency then longest wait.
CREATE INDEX referral_waiting ON referral ((CASE urgency WHEN 'very-urgent' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END),
  received_at, id, person_pk, urgency, pcn, clock_paused, clock_due_at, clock_warn_at, status, clock_stopped_at)
  WHERE status IN ('awaiting-triage', 'accepted') AND clock_stopped_at IS NULL;
-- Open referrals (accepted, not transferred): Unallocated, reviews, the manager's reminders.
CREATE INDEX referral_open ON referral (person_pk, urgency, pcn, received_at, clock_paused, clock_due_at,
  clock_warn_at, clock_stopped_at, next_review_on, id, status) WHERE status = 'accepted';
-- The dashboard: everything it counts, by date received.
CREATE INDEX referral_received ON referral (received_at, person_pk, pcn, source, status, decided_on,
  transferred_on, transfer_kind, clock_stopped_at, clock_waited_seconds, clock_missed, clock_paused,
  clock_due_at, clock_warn_at, next_review_on, id);
CREATE INDEX referral_person_pk ON referral (person_pk);

CREATE TABLE clock_pause (
  id           TEXT PRIMARY KEY,
  referral_id  TEXT NOT NULL REFERENCES referral (id),
  reason       TEXT NOT NULL CHECK (reason IN ('person-asked-to-wait', 'in-hospital')),
  started_at   TEXT NOT NULL,
  ended_at     TEXT,
  note         TEXT,
  version      INTEGER NOT NULL DEFAULT 1,
  created_at   TEXT NOT NULL,
  created_by   TEXT NOT NULL REFERENCES staff (id),
  updated_at   TEXT NOT NULL,
  updated_by   TEXT NOT NULL REFERENCES staff (id),
  CHECK (ended_at IS NULL OR ended_at >= started_at)
);
CREATE INDEX clock_pause_referral ON clock_pause (referral_id, started_at, ended_at);

CREATE TABLE allocation (
  id           TEXT PRIMARY KEY,
  referral_id  TEXT NOT NULL REFERENCES referral (id),
  person_id    TEXT NOT NULL REFERENCES person (id),
  person_pk    INTEGER NOT NULL,
  staff_id     TEXT NOT NULL REFERENCES staff (id),
  role         TEXT NOT NULL CHECK (role IN ('care-coordinator', 'key-worker', 'therapist', 'peer-support',
                 'social-worker', 'employment-specialist', 'psychiatrist', 'housing-worker', 'other')),
  started_on   TEXT NOT NULL,
  ended_on     TEXT,
  end_reason   TEXT,
  version      INTEGER NOT NULL DEFAULT 1,
  created_at   TEXT NOT NULL,
  created_by   TEXT NOT NULL REFERENCES staff (id),
  updated_at   TEXT NOT NULL,
  updated_by   TEXT NOT NULL REFERENCES staff (id),
  CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX allocation_referral ON allocation (referral_id, started_on DESC);
-- Allocations now, by worker: My caseload and Team caseload.
CREATE INDEX allocation_current ON allocation (staff_id, person_pk, referral_id, id, started_on, ended_on)
  WHERE ended_on IS NULL;
CREATE INDEX allocation_open ON allocation (referral_id, ended_on, staff_id) WHERE ended_on IS NULL;
CREATE INDEX allocation_person ON allocation (person_pk, staff_id, referral_id, id, ended_on) WHERE ended_on IS NULL;
-- Team caseload by worker: the workers in name order, each one's allocations after.
CREATE INDEX staff_name ON staff (display_name, id);

CREATE TABLE task (
  id          TEXT PRIMARY KEY,
  person_id   TEXT NOT NULL REFERENCES person (id),
  person_pk   INTEGER NOT NULL,
  owner_id    TEXT NOT NULL REFERENCES staff (id),
  title       TEXT NOT NULL CHECK (length (title) > 0),
  due_on      TEXT NOT NULL,
  done        INTEGER NOT NULL DEFAULT 0,
  done_at     TEXT,
  done_by     TEXT REFERENCES staff (id),
  origin      TEXT NOT NULL CHECK (origin IN ('manual', 'review-due', 'clock-near-breach', 'new-allocation')),
  source_id   TEXT,
  version     INTEGER NOT NULL DEFAULT 1,
  created_at  TEXT NOT NULL,
  created_by  TEXT NOT NULL REFERENCES staff (id),
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL REFERENCES staff (id)
);
CREATE INDEX task_owner ON task (owner_id, done, due_on);
CREATE INDEX task_person ON task (person_id, done, due_on);
-- The system makes each of its reminders once.
CREATE UNIQUE INDEX task_system ON task (origin, source_id, owner_id, due_on) WHERE origin <> 'manual';

-- Last contact on the caseload lists: the newest contact with a person, from the index alone.
CREATE INDEX timeline_entry_contact ON timeline_entry (person_id, occurred_at DESC, kind, sensitivity, organisation_id)
  WHERE kind IN ('appointment', 'phone-call', 'home-visit', 'network-meeting', 'video-call', 'message');
