-- SPDX-License-Identifier: GPL-3.0-or-later
-- Caseload schema 1: organisations, staff, people, their networks and timelines.
-- Ids are text UUIDs; times are UTC ISO 8601 text; every row carries a version.

CREATE TABLE organisation (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('gp-practice', 'mental-health-trust',
                'adult-social-care', 'vcse', 'housing', 'employment', 'talking-therapies')),
  pcn         TEXT,
  version     INTEGER NOT NULL DEFAULT 1,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);

CREATE TABLE staff (
  id               TEXT PRIMARY KEY,
  display_name     TEXT NOT NULL,
  role             TEXT NOT NULL,
  organisation_id  TEXT NOT NULL REFERENCES organisation (id),
  email            TEXT,
  version          INTEGER NOT NULL DEFAULT 1,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
);
CREATE INDEX staff_organisation ON staff (organisation_id);

-- pk is a stable integer key for the search index; id is the record's identity.
CREATE TABLE person (
  pk                   INTEGER PRIMARY KEY,
  id                   TEXT NOT NULL UNIQUE,
  nhs_number           TEXT UNIQUE CHECK (nhs_number IS NULL OR length (nhs_number) = 10),
  given_name           TEXT NOT NULL CHECK (length (given_name) > 0),
  family_name          TEXT NOT NULL CHECK (length (family_name) > 0),
  preferred_name       TEXT,
  pronouns             TEXT,
  date_of_birth        TEXT,
  gender               TEXT,
  address              TEXT,
  postcode             TEXT,
  phone                TEXT,
  gp_practice_id       TEXT REFERENCES organisation (id),
  pcn                  TEXT,
  first_language       TEXT,
  interpreter_needed   INTEGER NOT NULL DEFAULT 0,
  communication_needs  TEXT,
  version              INTEGER NOT NULL DEFAULT 1,
  created_at           TEXT NOT NULL,
  created_by           TEXT REFERENCES staff (id),
  updated_at           TEXT NOT NULL,
  updated_by           TEXT REFERENCES staff (id)
);
CREATE INDEX person_date_of_birth ON person (date_of_birth);
CREATE INDEX person_gp_practice ON person (gp_practice_id);

CREATE TABLE network_member (
  id                   TEXT PRIMARY KEY,
  person_id            TEXT NOT NULL REFERENCES person (id),
  name                 TEXT NOT NULL,
  relationship         TEXT NOT NULL CHECK (relationship IN ('carer', 'family', 'friend', 'professional')),
  relationship_detail  TEXT,
  is_carer             INTEGER NOT NULL DEFAULT 0,
  phone                TEXT,
  email                TEXT,
  notes                TEXT,
  version              INTEGER NOT NULL DEFAULT 1,
  created_at           TEXT NOT NULL,
  created_by           TEXT REFERENCES staff (id),
  updated_at           TEXT NOT NULL,
  updated_by           TEXT REFERENCES staff (id)
);
CREATE INDEX network_member_person ON network_member (person_id);

CREATE TABLE timeline_entry (
  id               TEXT PRIMARY KEY,
  person_id        TEXT NOT NULL REFERENCES person (id),
  author_id        TEXT NOT NULL REFERENCES staff (id),
  organisation_id  TEXT NOT NULL REFERENCES organisation (id),
  kind             TEXT NOT NULL CHECK (kind IN ('appointment', 'phone-call', 'home-visit', 'note',
                     'letter', 'network-meeting', 'video-call', 'message')),
  sensitivity      TEXT NOT NULL DEFAULT 'standard' CHECK (sensitivity IN ('standard', 'private')),
  occurred_at      TEXT NOT NULL,
  text             TEXT NOT NULL,
  version          INTEGER NOT NULL DEFAULT 1,
  created_at       TEXT NOT NULL,
  created_by       TEXT NOT NULL REFERENCES staff (id),
  updated_at       TEXT NOT NULL,
  updated_by       TEXT NOT NULL REFERENCES staff (id)
);
CREATE INDEX timeline_entry_person_time ON timeline_entry (person_id, occurred_at DESC, id DESC);
CREATE INDEX timeline_entry_author ON timeline_entry (person_id, author_id);
