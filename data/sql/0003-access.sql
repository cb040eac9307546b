-- SPDX-License-Identifier: GPL-3.0-or-later
-- Caseload schema 3: sign-in, access by consent and relationship, break glass, and a
-- hash-chained audit trail.

-- Staff sign in with a username and an Argon2id password hash; the access role is what
-- the policy goes by (the job title in "role" is for people to read).
ALTER TABLE staff ADD COLUMN username TEXT;
ALTER TABLE staff ADD COLUMN access_role TEXT NOT NULL DEFAULT 'mental-health-practitioner'
  CHECK (access_role IN ('primary-care-clinician', 'mental-health-practitioner', 'psychiatrist',
    'social-worker', 'amhp', 'vcse-worker', 'peer-support-worker', 'housing-officer',
    'employment-specialist', 'team-manager', 'administrator'));
ALTER TABLE staff ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
ALTER TABLE staff ADD COLUMN password_hash TEXT;
ALTER TABLE staff ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
ALTER TABLE staff ADD COLUMN failed_sign_ins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE staff ADD COLUMN locked_until TEXT;
-- Staff from before sign-in get usernames from their names ("Sam Patel" → sam.patel;
-- a second one sam.patel.7), and no password: an administrator gives them one with
-- caseload-admin staff reset-password.
UPDATE staff SET username = lower (replace (replace (trim (display_name), '  ', ' '), ' ', '.'));
UPDATE staff SET username = username || '.' || rowid
 WHERE rowid NOT IN (SELECT min (rowid) FROM staff GROUP BY username);
CREATE UNIQUE INDEX staff_username ON staff (username) WHERE username IS NOT NULL;

-- A referral or allocation puts an organisation in the person's direct care.
CREATE TABLE care_relationship (
  id               TEXT PRIMARY KEY,
  person_id        TEXT NOT NULL REFERENCES person (id),
  organisation_id  TEXT NOT NULL REFERENCES organisation (id),
  kind             TEXT NOT NULL CHECK (kind IN ('referral', 'allocation')),
  started_at       TEXT NOT NULL,
  ended_at         TEXT,
  created_at       TEXT NOT NULL,
  created_by       TEXT REFERENCES staff (id)
);
CREATE INDEX care_relationship_person ON care_relationship (person_id, organisation_id);

-- The person's decisions about sharing, per organisation. Never changed, only followed by
-- newer decisions: the newest counts.
CREATE TABLE consent_decision (
  id               TEXT PRIMARY KEY,
  person_id        TEXT NOT NULL REFERENCES person (id),
  organisation_id  TEXT NOT NULL REFERENCES organisation (id),
  may_view         INTEGER NOT NULL,
  may_add          INTEGER NOT NULL,
  method           TEXT NOT NULL CHECK (method IN ('verbal', 'written', 'best-interests')),
  decided_on       TEXT NOT NULL,
  review_date      TEXT,
  note             TEXT,
  recorded_by      TEXT NOT NULL REFERENCES staff (id),
  recorded_at      TEXT NOT NULL,
  CHECK (may_view OR NOT may_add)
);
CREATE INDEX consent_decision_person ON consent_decision (person_id, organisation_id, recorded_at);

CREATE TABLE break_glass (
  id           TEXT PRIMARY KEY,
  staff_id     TEXT NOT NULL REFERENCES staff (id),
  person_id    TEXT NOT NULL REFERENCES person (id),
  reason       TEXT NOT NULL,
  started_at   TEXT NOT NULL,
  expires_at   TEXT NOT NULL,
  reviewed_by  TEXT REFERENCES staff (id),
  reviewed_at  TEXT
);
CREATE INDEX break_glass_staff ON break_glass (staff_id, expires_at);
CREATE INDEX break_glass_unreviewed ON break_glass (reviewed_at, started_at);

-- Which organisations may see each person's record through relationship and consent,
-- kept by the store whenever either changes, so every list is one indexed range.
CREATE TABLE person_access (
  organisation_id  TEXT NOT NULL,
  pk               INTEGER NOT NULL,
  sort_key         TEXT NOT NULL,
  may_add          INTEGER NOT NULL,
  PRIMARY KEY (organisation_id, pk)
) WITHOUT ROWID;
CREATE INDEX person_access_order ON person_access (organisation_id, sort_key);
-- Refreshing one person's access, and renaming them, go by pk alone.
CREATE INDEX person_access_person ON person_access (pk);

-- A care provider that has written in a record had a legitimate relationship with the
-- person: keep it as a referral, so nothing they could see disappears.
INSERT INTO care_relationship (id, person_id, organisation_id, kind, started_at, created_at, created_by)
  SELECT lower (hex (randomblob (4))) || '-' || lower (hex (randomblob (2))) || '-4' ||
           substr (lower (hex (randomblob (2))), 2) || '-a' || substr (lower (hex (randomblob (2))), 2) ||
           '-' || lower (hex (randomblob (6))),
         t.person_id, t.organisation_id, 'referral', min (t.occurred_at), min (t.created_at), min (t.author_id)
    FROM timeline_entry t JOIN organisation o ON o.id = t.organisation_id
   WHERE o.kind IN ('gp-practice', 'mental-health-trust', 'adult-social-care', 'talking-therapies')
   GROUP BY t.person_id, t.organisation_id;

INSERT OR IGNORE INTO person_access (organisation_id, pk, sort_key, may_add)
  SELECT p.gp_practice_id, p.pk, o.sort_key, 1 FROM person p JOIN person_order o ON o.pk = p.pk
   WHERE p.gp_practice_id IS NOT NULL
  UNION ALL
  SELECT r.organisation_id, p.pk, o.sort_key, 1
    FROM care_relationship r JOIN person p ON p.id = r.person_id JOIN person_order o ON o.pk = p.pk;

-- The audit trail: each event carries the SHA-256 of the previous event's hash and its
-- own canonical form; audit_head holds the newest, so a cut-off tail shows too.
CREATE TABLE audit_event (
  seq          INTEGER PRIMARY KEY,
  occurred_at  TEXT NOT NULL,
  staff_id     TEXT,
  action       TEXT NOT NULL,
  person_id    TEXT,
  detail       TEXT NOT NULL DEFAULT '{}',
  prev_hash    TEXT NOT NULL,
  hash         TEXT NOT NULL
);
CREATE INDEX audit_event_person ON audit_event (person_id, seq);
CREATE INDEX audit_event_staff ON audit_event (staff_id, occurred_at);
CREATE INDEX audit_event_time ON audit_event (occurred_at);

-- The people a search returned, so "who has seen this record" includes searches. Keyed
-- by the person's integer key: a search records up to a page of them at once.
CREATE TABLE audit_subject (
  seq        INTEGER NOT NULL REFERENCES audit_event (seq),
  person_pk  INTEGER NOT NULL,
  PRIMARY KEY (person_pk, seq)
) WITHOUT ROWID;

CREATE TABLE audit_head (
  id    INTEGER PRIMARY KEY CHECK (id = 1),
  seq   INTEGER NOT NULL,
  hash  TEXT NOT NULL
);
INSERT INTO audit_head (id, seq, hash)
  VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event BEGIN
  SELECT RAISE (ABORT, 'audit events cannot be changed');
END;
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event BEGIN
  SELECT RAISE (ABORT, 'audit events cannot be removed');
END;

-- person_access follows the names it sorts by.
CREATE TRIGGER person_access_rename AFTER UPDATE OF sort_key ON person_order BEGIN
  UPDATE person_access SET sort_key = new.sort_key WHERE pk = new.pk;
END;
