-- SPDX-License-Identifier: GPL-3.0-or-later
-- Caseload schema 5: strengths-based support plans (every save a new version), outcome
-- measures scored by the instruments' definitions, reviews, and tasks from plan actions
-- on an organisation's list. Times ("_at") are UTC ISO 8601 text; dates ("_on") ISO dates.

-- The newest version of each person's plan: what lists, tasks and the dashboard read.
CREATE TABLE plan (
  person_id        TEXT PRIMARY KEY REFERENCES person (id),
  person_pk        INTEGER NOT NULL,
  version          INTEGER NOT NULL CHECK (version > 0),
  review_on        TEXT,
  goals            INTEGER NOT NULL DEFAULT 0,
  goals_achieved   INTEGER NOT NULL DEFAULT 0,
  updated_at       TEXT NOT NULL,
  updated_by       TEXT NOT NULL REFERENCES staff (id)
);
CREATE INDEX plan_review ON plan (review_on, person_pk);

-- Every saved version, never changed: the content as text (caseload_plan_to_text()).
CREATE TABLE plan_version (
  id               TEXT PRIMARY KEY,
  person_id        TEXT NOT NULL REFERENCES person (id),
  version          INTEGER NOT NULL CHECK (version > 0),
  body             TEXT NOT NULL,
  review_on        TEXT,
  author_id        TEXT NOT NULL REFERENCES staff (id),
  organisation_id  TEXT NOT NULL REFERENCES organisation (id),
  saved_at         TEXT NOT NULL,
  UNIQUE (person_id, version)
);

CREATE TABLE measure (
  id               TEXT PRIMARY KEY,
  person_id        TEXT NOT NULL REFERENCES person (id),
  person_pk        INTEGER NOT NULL,
  instrument       TEXT NOT NULL CHECK (instrument IN ('phq-9', 'gad-7', 'dialog', 'swemwbs', 'core-10',
                     'best', 'reqol-10')),
  answers          TEXT NOT NULL,
  completed_on     TEXT NOT NULL,
  completed_by     TEXT NOT NULL CHECK (completed_by IN ('person', 'worker-with-person')),
  chosen_areas     TEXT,
  note             TEXT,
  complete         INTEGER NOT NULL,
  total            REAL,
  secondary        REAL,
  band             TEXT,
  risk             INTEGER NOT NULL DEFAULT 0,
  organisation_id  TEXT NOT NULL REFERENCES organisation (id),
  version          INTEGER NOT NULL DEFAULT 1,
  created_at       TEXT NOT NULL,
  created_by       TEXT NOT NULL REFERENCES staff (id),
  updated_at       TEXT NOT NULL,
  updated_by       TEXT NOT NULL REFERENCES staff (id)
);
CREATE INDEX measure_person ON measure (person_id, completed_on DESC, created_at DESC);
-- The dashboard's outcome figures: totals by date completed.
CREATE INDEX measure_completed ON measure (completed_on, person_pk, instrument, total);

CREATE TABLE review (
  id               TEXT PRIMARY KEY,
  person_id        TEXT NOT NULL REFERENCES person (id),
  person_pk        INTEGER NOT NULL,
  reviewed_on      TEXT NOT NULL,
  person_said      TEXT,
  goal_progress    TEXT,
  measure_changes  TEXT,
  plan_version     INTEGER NOT NULL,
  next_review_on   TEXT NOT NULL,
  organisation_id  TEXT NOT NULL REFERENCES organisation (id),
  created_at       TEXT NOT NULL,
  created_by       TEXT NOT NULL REFERENCES staff (id)
);
CREATE INDEX review_person ON review (person_id, reviewed_on DESC, created_at DESC);

-- Tasks may now belong to an organisation (a plan action owned by it: on the list of
-- everyone there) instead of one named person, and come from a plan action. SQLite
-- changes a column's constraints by rebuilding the table.
CREATE TABLE task_new (
  id                     TEXT PRIMARY KEY,
  person_id              TEXT NOT NULL REFERENCES person (id),
  person_pk              INTEGER NOT NULL,
  owner_id               TEXT REFERENCES staff (id),
  owner_organisation_id  TEXT REFERENCES organisation (id),
  title                  TEXT NOT NULL CHECK (length (title) > 0),
  due_on                 TEXT NOT NULL,
  done                   INTEGER NOT NULL DEFAULT 0,
  done_at                TEXT,
  done_by                TEXT REFERENCES staff (id),
  origin                 TEXT NOT NULL CHECK (origin IN ('manual', 'review-due', 'clock-near-breach',
                           'new-allocation', 'plan-action')),
  source_id              TEXT,
  version                INTEGER NOT NULL DEFAULT 1,
  created_at             TEXT NOT NULL,
  created_by             TEXT NOT NULL REFERENCES staff (id),
  updated_at             TEXT NOT NULL,
  updated_by             TEXT NOT NULL REFERENCES staff (id),
  CHECK ((owner_id IS NULL) <> (owner_organisation_id IS NULL))
);
INSERT INTO task_new (id, person_id, person_pk, owner_id, owner_organisation_id, title, due_on, done, done_at,
                      done_by, origin, source_id, version, created_at, created_by, updated_at, updated_by)
  SELECT id, person_id, person_pk, owner_id, NULL, title, due_on, done, done_at, done_by, origin, source_id,
         version, created_at, created_by, updated_at, updated_by
  FROM task;
DROP TABLE task;
ALTER TABLE task_new RENAME TO task;
CREATE INDEX task_owner ON task (owner_id, done, due_on);
CREATE INDEX task_owner_organisation ON task (owner_organisation_id, done, due_on) WHERE owner_organisation_id IS NOT NULL;
CREATE INDEX task_person ON task (person_id, done, due_on);
-- The system makes each of its reminders once; a plan action has one task.
CREATE UNIQUE INDEX task_system ON task (origin, source_id, owner_id, due_on) WHERE origin <> 'manual';
CREATE UNIQUE INDEX task_plan_action ON task (source_id) WHERE origin = 'plan-action';
