-- SPDX-License-Identifier: GPL-3.0-or-later
-- Caseload schema 3 (PostgreSQL): sign-in, access by consent and relationship, break
-- glass and a hash-chained audit trail — enforced by the server. Each staff member is
-- a database role named by their username; row-level security applies the policy of
-- caseload-policy.c to every query, whatever the desk asks; the audit trail is written
-- by the server in the same transaction as the change or read.

SET LOCAL search_path = caseload, public;

-- Roles are shared by the whole cluster; another Caseload database may have made them.
-- Two databases set up at once may race to make them: the loser finds them made.
DO $$
BEGIN
  BEGIN
    CREATE ROLE caseload_staff NOLOGIN;
  EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;
  END;
  BEGIN
    -- Not a secret: the gate can only count failed sign-ins (docs/shared-site.md).
    CREATE ROLE caseload_gate LOGIN PASSWORD 'caseload-gate';
  EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;
  END;
END
$$;

ALTER TABLE staff ADD COLUMN username text;
ALTER TABLE staff ADD COLUMN access_role text NOT NULL DEFAULT 'mental-health-practitioner'
  CHECK (access_role IN ('primary-care-clinician', 'mental-health-practitioner', 'psychiatrist',
    'social-worker', 'amhp', 'vcse-worker', 'peer-support-worker', 'housing-officer',
    'employment-specialist', 'team-manager', 'administrator'));
ALTER TABLE staff ADD COLUMN active boolean NOT NULL DEFAULT true;
ALTER TABLE staff ADD COLUMN password_hash text;  -- unused here: the role's SCRAM verifier is the password
ALTER TABLE staff ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;
ALTER TABLE staff ADD COLUMN failed_sign_ins integer NOT NULL DEFAULT 0;
ALTER TABLE staff ADD COLUMN locked_until text;
UPDATE staff SET username = lower (replace (replace (trim (display_name), '  ', ' '), ' ', '.'));
CREATE UNIQUE INDEX staff_username ON staff (username) WHERE username IS NOT NULL;

CREATE TABLE care_relationship (
  id               text PRIMARY KEY,
  person_id        text NOT NULL REFERENCES person (id),
  organisation_id  text NOT NULL REFERENCES organisation (id),
  kind             text NOT NULL CHECK (kind IN ('referral', 'allocation')),
  started_at       text NOT NULL,
  ended_at         text,
  created_at       text NOT NULL,
  created_by       text REFERENCES staff (id)
);
CREATE INDEX care_relationship_person ON care_relationship (person_id, organisation_id);

CREATE TABLE consent_decision (
  id               text PRIMARY KEY,
  person_id        text NOT NULL REFERENCES person (id),
  organisation_id  text NOT NULL REFERENCES organisation (id),
  may_view         boolean NOT NULL,
  may_add          boolean NOT NULL,
  method           text NOT NULL CHECK (method IN ('verbal', 'written', 'best-interests')),
  decided_on       text NOT NULL,
  review_date      text,
  note             text,
  recorded_by      text NOT NULL REFERENCES staff (id),
  recorded_at      text NOT NULL,
  seq              bigint GENERATED ALWAYS AS IDENTITY,  -- newest last, as SQLite's rowid
  CHECK (may_view OR NOT may_add)
);
CREATE INDEX consent_decision_person ON consent_decision (person_id, organisation_id, recorded_at, seq);

CREATE TABLE break_glass (
  id           text PRIMARY KEY,
  staff_id     text NOT NULL REFERENCES staff (id),
  person_id    text NOT NULL REFERENCES person (id),
  reason       text NOT NULL,
  started_at   text NOT NULL,
  expires_at   text NOT NULL,
  reviewed_by  text REFERENCES staff (id),
  reviewed_at  text
);
CREATE INDEX break_glass_staff ON break_glass (staff_id, expires_at);
CREATE INDEX break_glass_person ON break_glass (person_id, staff_id);
CREATE INDEX break_glass_unreviewed ON break_glass (reviewed_at, started_at);

CREATE TABLE person_access (
  organisation_id  text NOT NULL,
  pk               bigint NOT NULL,
  sort_key         text COLLATE "C" NOT NULL,
  may_add          boolean NOT NULL,
  doc              tsvector NOT NULL,   -- person_search's, so a search reads one organisation's people
  names            text NOT NULL,
  PRIMARY KEY (organisation_id, pk)
);
CREATE INDEX person_access_search ON person_access USING gin (organisation_id, doc, names public.gin_trgm_ops);
-- The caseload in order, read from the index alone.
CREATE INDEX person_access_order ON person_access (organisation_id, sort_key) INCLUDE (pk, may_add);
CREATE INDEX person_access_person ON person_access (pk);

CREATE TABLE audit_event (
  seq          bigint PRIMARY KEY,
  occurred_at  text NOT NULL,
  staff_id     text,
  action       text NOT NULL,
  person_id    text,
  detail       text NOT NULL DEFAULT '{}',
  prev_hash    text NOT NULL,
  hash         text NOT NULL
);
CREATE INDEX audit_event_person ON audit_event (person_id, seq);
CREATE INDEX audit_event_staff ON audit_event (staff_id, occurred_at);
CREATE INDEX audit_event_time ON audit_event (occurred_at);

CREATE TABLE audit_subject (
  seq        bigint NOT NULL REFERENCES audit_event (seq),
  person_pk  bigint NOT NULL,
  PRIMARY KEY (person_pk, seq)
);

CREATE TABLE audit_head (
  id    integer PRIMARY KEY CHECK (id = 1),
  seq   bigint NOT NULL,
  hash  text NOT NULL
);
INSERT INTO audit_head (id, seq, hash)
  VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- The chains of embedded databases copied into the site (caseload-admin copy), kept
-- verbatim; an 'import' event in the site's chain holds each one's head.
CREATE TABLE audit_import (
  source       text NOT NULL,
  seq          bigint NOT NULL,
  occurred_at  text NOT NULL,
  staff_id     text,
  action       text NOT NULL,
  person_id    text,
  detail       text NOT NULL,
  prev_hash    text NOT NULL,
  hash         text NOT NULL,
  PRIMARY KEY (source, seq)
);

CREATE FUNCTION refuse_change () RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit events cannot be changed or removed' USING ERRCODE = 'CLAUD';
END
$$;
CREATE TRIGGER audit_event_frozen BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION refuse_change ();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change ();
CREATE TRIGGER audit_subject_frozen BEFORE UPDATE OR DELETE ON audit_subject
  FOR EACH ROW EXECUTE FUNCTION refuse_change ();
CREATE TRIGGER audit_import_frozen BEFORE UPDATE OR DELETE ON audit_import
  FOR EACH ROW EXECUTE FUNCTION refuse_change ();
ALTER TABLE audit_event ENABLE ALWAYS TRIGGER audit_event_frozen;
ALTER TABLE audit_event ENABLE ALWAYS TRIGGER audit_event_no_truncate;
ALTER TABLE audit_subject ENABLE ALWAYS TRIGGER audit_subject_frozen;
ALTER TABLE audit_import ENABLE ALWAYS TRIGGER audit_import_frozen;

---------------------------------------------------------------------------------------
-- Who is acting: the staff member whose username is the current role, if their account
-- is active, not locked and has no pending password change. Policies call these as
-- (SELECT caseload.actor_…()) so each statement evaluates them once.

CREATE OR REPLACE FUNCTION actor_id () RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT id FROM caseload.staff
   WHERE username = current_user AND active AND NOT must_change_password
     AND (locked_until IS NULL OR locked_until <= caseload.now_text ())
$$;

CREATE FUNCTION actor_role () RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT access_role FROM caseload.staff
   WHERE username = current_user AND active AND NOT must_change_password
     AND (locked_until IS NULL OR locked_until <= caseload.now_text ())
$$;

-- The organisation whose records the actor sees; none for administrators, who run
-- accounts, not care.
CREATE FUNCTION actor_organisation () RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT organisation_id FROM caseload.staff
   WHERE username = current_user AND active AND NOT must_change_password
     AND (locked_until IS NULL OR locked_until <= caseload.now_text ())
     AND access_role <> 'administrator'
$$;

CREATE FUNCTION actor_username () RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT username FROM caseload.staff WHERE username = current_user
$$;

-- The staff row for @username if the session may act as them: a desk only as its own
-- role; the site owner (a member of every staff role) as anyone.
CREATE FUNCTION acting_staff (p_username text) RETURNS caseload.staff
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = caseload, public AS $$
DECLARE
  s caseload.staff;
BEGIN
  SELECT * INTO s FROM caseload.staff WHERE username = p_username;
  IF NOT FOUND OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_username)
     OR NOT pg_has_role (session_user, p_username, 'MEMBER') THEN
    RAISE EXCEPTION 'not acting as this staff member' USING ERRCODE = 'CLPER';
  END IF;
  RETURN s;
END
$$;

-- The SQL twin of caseload_policy_decide_organisation(); tests compare the two.
CREATE FUNCTION decide_organisation (kind text, direct_care boolean, consent text,
                                     OUT may_view boolean, OUT may_add boolean, OUT basis text)
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  -- The person's refusal outranks any referral or allocation.
  IF consent = 'declined' THEN
    may_view := false; may_add := false; basis := 'declined';
  -- Implied consent covers adding too, whatever narrower consent was also recorded.
  ELSIF direct_care AND kind IN ('gp-practice', 'mental-health-trust', 'adult-social-care',
                                 'talking-therapies') THEN
    may_view := true; may_add := true; basis := 'direct-care';
  ELSIF consent = 'view' THEN
    may_view := true; may_add := false; basis := 'consent';
  ELSIF consent = 'view-and-add' THEN
    may_view := true; may_add := true; basis := 'consent';
  ELSE
    may_view := false; may_add := false; basis := 'none';
  END IF;
END
$$;

-- The newest decision the person made about an organisation.
CREATE FUNCTION consent_state (p_person_id text, p_organisation_id text,
                               OUT consent text, OUT decided_on text)
LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN c.may_view IS NULL THEN 'not-recorded'
              WHEN NOT c.may_view THEN 'declined'
              WHEN c.may_add THEN 'view-and-add'
              ELSE 'view' END,
         c.decided_on
    FROM (SELECT 1) one
    LEFT JOIN LATERAL (SELECT may_view, may_add, decided_on FROM caseload.consent_decision
                        WHERE person_id = p_person_id AND organisation_id = p_organisation_id
                        ORDER BY recorded_at DESC, seq DESC LIMIT 1) c ON true
$$;

CREATE FUNCTION in_direct_care (p_person_id text, p_organisation_id text) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM caseload.person WHERE id = p_person_id AND gp_practice_id = p_organisation_id)
      OR EXISTS (SELECT 1 FROM caseload.care_relationship
                  WHERE person_id = p_person_id AND organisation_id = p_organisation_id AND ended_at IS NULL)
$$;

-- Recomputes which organisations may see the person (person_access), after anything it
-- depends on changed: the practice, a relationship, a decision.
CREATE FUNCTION refresh_access (p_person_id text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = caseload, public AS $$
DECLARE
  v_pk bigint;
  v_key text;
  v_doc tsvector;
  v_names text;
BEGIN
  SELECT p.pk, o.sort_key, m.doc, m.names INTO v_pk, v_key, v_doc, v_names
    FROM caseload.person p JOIN caseload.person_order o ON o.pk = p.pk
    JOIN caseload.person_search m ON m.pk = p.pk WHERE p.id = p_person_id;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  DELETE FROM caseload.person_access WHERE pk = v_pk;
  INSERT INTO caseload.person_access (organisation_id, pk, sort_key, may_add, doc, names)
    SELECT o.id, v_pk, v_key, d.may_add, v_doc, v_names
      FROM caseload.organisation o
      CROSS JOIN LATERAL caseload.consent_state (p_person_id, o.id) c
      CROSS JOIN LATERAL caseload.decide_organisation (o.kind, caseload.in_direct_care (p_person_id, o.id),
                                                       c.consent) d
     WHERE d.may_view
       AND (o.id IN (SELECT gp_practice_id FROM caseload.person WHERE id = p_person_id)
            OR o.id IN (SELECT organisation_id FROM caseload.care_relationship WHERE person_id = p_person_id)
            OR o.id IN (SELECT organisation_id FROM caseload.consent_decision WHERE person_id = p_person_id));
END
$$;

CREATE FUNCTION person_access_follow () RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = caseload, public AS $$
BEGIN
  PERFORM caseload.refresh_access (NEW.person_id);
  RETURN NULL;
END
$$;

CREATE FUNCTION person_access_follow_person () RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = caseload, public AS $$
BEGIN
  PERFORM caseload.refresh_access (NEW.id);
  RETURN NULL;
END
$$;

-- Named to run after person_index (triggers fire in name order), which keeps the sort key.
CREATE TRIGGER person_xaccess AFTER INSERT OR UPDATE OF gp_practice_id, given_name, family_name,
    preferred_name, nhs_number, postcode ON person
  FOR EACH ROW EXECUTE FUNCTION person_access_follow_person ();
CREATE TRIGGER care_relationship_access AFTER INSERT OR UPDATE ON care_relationship
  FOR EACH ROW EXECUTE FUNCTION person_access_follow ();
CREATE TRIGGER consent_decision_access AFTER INSERT ON consent_decision
  FOR EACH ROW EXECUTE FUNCTION person_access_follow ();
-- Moves whenever who may see whom, or the words they are found by, may have changed:
-- a desk keeps a text search's matches while it stays put (between the count and the
-- pages that follow it). A sequence, so it moves at once and never waits on a lock;
-- moving when a change is later rolled back only costs a search.
CREATE SEQUENCE access_version;
CREATE FUNCTION access_version_move () RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = caseload, public AS $$
BEGIN
  PERFORM nextval ('caseload.access_version');
  RETURN NULL;
END
$$;
CREATE TRIGGER person_access_version AFTER INSERT OR UPDATE OR DELETE ON person_access
  FOR EACH STATEMENT EXECUTE FUNCTION access_version_move ();
CREATE TRIGGER break_glass_version AFTER INSERT OR UPDATE OR DELETE ON break_glass
  FOR EACH STATEMENT EXECUTE FUNCTION access_version_move ();
CREATE TRIGGER staff_version AFTER INSERT OR UPDATE OR DELETE ON staff
  FOR EACH STATEMENT EXECUTE FUNCTION access_version_move ();
ALTER TABLE person_access ENABLE ALWAYS TRIGGER person_access_version;
ALTER TABLE break_glass ENABLE ALWAYS TRIGGER break_glass_version;

-- Also when caseload-admin copy loads rows with triggers otherwise off.
ALTER TABLE person ENABLE ALWAYS TRIGGER person_xaccess;
ALTER TABLE care_relationship ENABLE ALWAYS TRIGGER care_relationship_access;
ALTER TABLE consent_decision ENABLE ALWAYS TRIGGER consent_decision_access;
-- People already in the site (from schema 2) get their access now.
SELECT caseload.refresh_access (id) FROM person;

---------------------------------------------------------------------------------------
-- The audit trail. Each event's hash is SHA-256 over the previous hash, a newline and
-- the event's canonical form — exactly caseload-audit-chain.c's — so one verifier checks
-- both backends. The head row is taken FOR UPDATE: appends are serialised, and a chain
-- never forks.

CREATE FUNCTION append_event (p_staff_id text, p_action text, p_person_id text, p_detail text,
                              p_subjects bigint[]) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = caseload, public AS $$
DECLARE
  v_seq bigint;
  v_prev text;
  v_at text := caseload.now_text ();
  v_detail text := coalesce (p_detail, '{}');
  v_hash text;
BEGIN
  -- One writer at a time; the newest event is the chain's end (the head row trails it,
  -- moved once per transaction by audit_head_follow, so bulk work stays linear).
  PERFORM pg_advisory_xact_lock (hashtext ('caseload.audit_event'));
  SELECT e.seq + 1, e.hash INTO v_seq, v_prev FROM caseload.audit_event e ORDER BY e.seq DESC LIMIT 1;
  IF NOT FOUND THEN
    SELECT h.seq + 1, h.hash INTO v_seq, v_prev FROM caseload.audit_head h WHERE h.id = 1;
  END IF;
  v_hash := encode (sha256 (convert_to (v_prev || E'\n' || v_seq::text || chr (31) || v_at || chr (31)
                                        || coalesce (p_staff_id, '') || chr (31) || p_action || chr (31)
                                        || coalesce (p_person_id, '') || chr (31) || v_detail, 'UTF8')), 'hex');
  INSERT INTO caseload.audit_event (seq, occurred_at, staff_id, action, person_id, detail, prev_hash, hash)
  VALUES (v_seq, v_at, p_staff_id, p_action, p_person_id, v_detail, v_prev, v_hash);
  IF p_subjects IS NOT NULL THEN
    INSERT INTO caseload.audit_subject (seq, person_pk)
      SELECT DISTINCT v_seq, s FROM unnest (p_subjects) s;
  END IF;
  RETURN v_seq;
END
$$;

-- audit_head holds the newest event, so a cut-off tail shows. It moves at commit, once
-- per transaction: the deferred trigger runs for every new event but only the newest
-- one writes.
CREATE FUNCTION audit_head_follow () RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = caseload, public AS $$
BEGIN
  IF NEW.seq = (SELECT max (seq) FROM caseload.audit_event) THEN
    UPDATE caseload.audit_head SET seq = NEW.seq, hash = NEW.hash WHERE id = 1 AND seq < NEW.seq;
  END IF;
  RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER audit_event_head AFTER INSERT ON audit_event
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_head_follow ();
-- Whoever appends, even a copy with the server's stamping switched off.
ALTER TABLE audit_event ENABLE ALWAYS TRIGGER audit_event_head;

-- What a desk calls to audit a read or an event of its own; only ever as itself.
CREATE FUNCTION audit_append (p_staff_id text, p_action text, p_person_id text, p_detail text,
                              p_subjects bigint[]) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = caseload, public AS $$
DECLARE
  v_username text;
BEGIN
  IF p_staff_id IS NULL THEN
    IF NOT (SELECT rolsuper OR rolname = (SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'caseload')
              FROM pg_roles WHERE rolname = session_user) THEN
      RAISE EXCEPTION 'audit events need a staff member' USING ERRCODE = 'CLPER';
    END IF;
  ELSE
    SELECT username INTO v_username FROM caseload.staff WHERE id = p_staff_id;
    PERFORM caseload.acting_staff (v_username);
  END IF;
  RETURN caseload.append_event (p_staff_id, p_action, p_person_id, p_detail, p_subjects);
END
$$;

CREATE FUNCTION person_json (p caseload.person) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_object ('nhs_number', p.nhs_number, 'given_name', p.given_name,
    'family_name', p.family_name, 'preferred_name', p.preferred_name, 'pronouns', p.pronouns,
    'date_of_birth', p.date_of_birth, 'gender', p.gender, 'address', p.address,
    'postcode', p.postcode, 'phone', p.phone, 'gp_practice_id', p.gp_practice_id,
    'first_language', p.first_language, 'communication_needs', p.communication_needs,
    'interpreter_needed', p.interpreter_needed)
$$;

-- Changes are audited by the server, in the change's own transaction.
CREATE FUNCTION audit_change () RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = caseload, public AS $$
BEGIN
  CASE TG_TABLE_NAME
    WHEN 'person' THEN
      IF TG_OP = 'INSERT' THEN
        PERFORM caseload.append_event (NEW.created_by, 'create-person', NEW.id,
          jsonb_build_object ('after', caseload.person_json (NEW))::text, NULL);
      ELSE
        PERFORM caseload.append_event (NEW.updated_by, 'update-person', NEW.id,
          jsonb_build_object ('before', caseload.person_json (OLD), 'after', caseload.person_json (NEW))::text, NULL);
      END IF;
    WHEN 'timeline_entry' THEN
      PERFORM caseload.append_event (NEW.created_by, 'add-entry', NEW.person_id,
        jsonb_build_object ('entry', NEW.id, 'kind', NEW.kind, 'sensitivity', NEW.sensitivity,
                            'occurred_at', NEW.occurred_at)::text, NULL);
    WHEN 'network_member' THEN
      PERFORM caseload.append_event (NEW.created_by, 'add-network-member', NEW.person_id,
        jsonb_build_object ('network_member', NEW.id,
                            'after', jsonb_build_object ('name', NEW.name, 'relationship', NEW.relationship))::text,
        NULL);
    WHEN 'consent_decision' THEN
      PERFORM caseload.append_event (NEW.recorded_by, 'consent', NEW.person_id,
        jsonb_build_object ('organisation', NEW.organisation_id, 'may_view', NEW.may_view,
                            'may_add', NEW.may_add, 'method', NEW.method, 'decided_on', NEW.decided_on)::text,
        NULL);
    WHEN 'care_relationship' THEN
      PERFORM caseload.append_event (NEW.created_by, 'care-relationship', NEW.person_id,
        jsonb_build_object ('organisation', NEW.organisation_id, 'kind', NEW.kind)::text, NULL);
    WHEN 'staff' THEN
      PERFORM caseload.append_event (caseload.actor_id (), 'staff-change', NULL,
        jsonb_build_object ('staff', NEW.id, 'change', CASE WHEN TG_OP = 'INSERT' THEN 'created' ELSE 'updated' END,
                            'role', NEW.access_role)::text, NULL);
  END CASE;
  RETURN NULL;
END
$$;

CREATE TRIGGER person_audit AFTER INSERT OR UPDATE ON person
  FOR EACH ROW EXECUTE FUNCTION audit_change ();
CREATE TRIGGER timeline_entry_audit AFTER INSERT ON timeline_entry
  FOR EACH ROW EXECUTE FUNCTION audit_change ();
CREATE TRIGGER network_member_audit AFTER INSERT ON network_member
  FOR EACH ROW EXECUTE FUNCTION audit_change ();
CREATE TRIGGER consent_decision_audit AFTER INSERT ON consent_decision
  FOR EACH ROW EXECUTE FUNCTION audit_change ();
CREATE TRIGGER care_relationship_audit AFTER INSERT ON care_relationship
  FOR EACH ROW EXECUTE FUNCTION audit_change ();
CREATE TRIGGER staff_audit AFTER INSERT OR UPDATE OF display_name, role, organisation_id, email,
    username, access_role ON staff
  FOR EACH ROW EXECUTE FUNCTION audit_change ();

-- Who recorded a decision, and when: the server's word.
CREATE FUNCTION stamp_consent () RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  who text := caseload.actor_id ();
BEGIN
  NEW.recorded_at := caseload.now_text ();
  IF who IS NOT NULL THEN
    NEW.recorded_by := who;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER consent_decision_stamp BEFORE INSERT ON consent_decision
  FOR EACH ROW EXECUTE FUNCTION stamp_consent ();

CREATE FUNCTION stamp_relationship () RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  who text := caseload.actor_id ();
BEGIN
  NEW.created_at := caseload.now_text ();
  IF who IS NOT NULL THEN
    NEW.created_by := who;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER care_relationship_stamp BEFORE INSERT ON care_relationship
  FOR EACH ROW EXECUTE FUNCTION stamp_relationship ();

-- Entries are written by the actor, for their own organisation.
CREATE FUNCTION stamp_entry_author () RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  who text := caseload.actor_id ();
BEGIN
  IF who IS NOT NULL THEN
    NEW.author_id := who;
    NEW.organisation_id := (SELECT organisation_id FROM caseload.staff WHERE id = who);
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER timeline_entry_author BEFORE INSERT ON timeline_entry
  FOR EACH ROW EXECUTE FUNCTION stamp_entry_author ();

---------------------------------------------------------------------------------------
-- Signing in. PostgreSQL checks the password (the staff member's own role); these keep
-- Caseload's own rules: lockout after five failures, deactivation, and the audit.

CREATE FUNCTION staff_columns (s caseload.staff,
  OUT id text, OUT display_name text, OUT role text, OUT organisation_id text, OUT email text,
  OUT version integer, OUT created_at text, OUT updated_at text, OUT username text,
  OUT access_role text, OUT active boolean, OUT must_change_password boolean,
  OUT failed_sign_ins integer, OUT locked_until text)
LANGUAGE sql IMMUTABLE AS $$
  SELECT s.id, s.display_name, s.role, s.organisation_id, s.email, s.version, s.created_at,
         s.updated_at, s.username, s.access_role, s.active, s.must_change_password,
         s.failed_sign_ins, s.locked_until
$$;

CREATE FUNCTION sign_in_succeeded (p_username text)
RETURNS TABLE (id text, display_name text, role text, organisation_id text, email text,
               version integer, created_at text, updated_at text, username text,
               access_role text, active boolean, must_change_password boolean,
               failed_sign_ins integer, locked_until text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = caseload, public AS $$
DECLARE
  s caseload.staff := caseload.acting_staff (p_username);
BEGIN
  -- A refusal raises, which rolls back: the desk audits it with sign_in_failed().
  IF NOT s.active THEN
    RAISE EXCEPTION 'deactivated' USING ERRCODE = 'CLDEA';
  END IF;
  IF s.locked_until IS NOT NULL AND s.locked_until > caseload.now_text () THEN
    RAISE EXCEPTION 'locked' USING ERRCODE = 'CLLCK', DETAIL = s.locked_until;
  END IF;
  UPDATE caseload.staff SET failed_sign_ins = 0, locked_until = NULL WHERE caseload.staff.id = s.id
    RETURNING * INTO s;
  PERFORM caseload.append_event (s.id, 'sign-in', NULL, NULL, NULL);
  RETURN QUERY SELECT (caseload.staff_columns (s)).*;
END
$$;

-- Counts a refused password. Called by the gate role (anyone may count a failure, as
-- anyone at a sign-in screen can) or by the site owner.
CREATE FUNCTION sign_in_failed (p_username text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = caseload, public AS $$
DECLARE
  s caseload.staff;
  v_now timestamptz := caseload.now ();
BEGIN
  SELECT * INTO s FROM caseload.staff WHERE username = p_username FOR UPDATE;
  IF NOT FOUND THEN
    PERFORM caseload.append_event (NULL, 'sign-in-failed', NULL, '{"reason":"unknown-username"}', NULL);
    RETURN NULL;
  END IF;
  IF NOT s.active THEN
    PERFORM caseload.append_event (s.id, 'sign-in-failed', NULL, '{"reason":"deactivated"}', NULL);
    RETURN NULL;
  END IF;
  IF s.locked_until IS NOT NULL AND s.locked_until > caseload.iso (v_now) THEN
    PERFORM caseload.append_event (s.id, 'sign-in-failed', NULL, '{"reason":"locked"}', NULL);
    RETURN s.locked_until;
  END IF;
  UPDATE caseload.staff
     SET failed_sign_ins = CASE WHEN s.locked_until IS NOT NULL THEN 1 ELSE failed_sign_ins + 1 END,
         locked_until = NULL
   WHERE caseload.staff.id = s.id
  RETURNING * INTO s;
  PERFORM caseload.append_event (s.id, 'sign-in-failed', NULL, '{"reason":"password"}', NULL);
  IF s.failed_sign_ins >= 5 THEN
    UPDATE caseload.staff SET locked_until = caseload.iso (v_now + interval '15 minutes'), failed_sign_ins = 0
     WHERE caseload.staff.id = s.id RETURNING * INTO s;
    PERFORM caseload.append_event (s.id, 'lockout', NULL, NULL, NULL);
    RETURN s.locked_until;
  END IF;
  RETURN NULL;
END
$$;

-- After ALTER ROLE … PASSWORD: the pending change is done.
CREATE FUNCTION password_changed (p_username text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = caseload, public AS $$
DECLARE
  s caseload.staff := caseload.acting_staff (p_username);
BEGIN
  UPDATE caseload.staff SET must_change_password = false WHERE id = s.id;
  PERFORM caseload.append_event (s.id, 'password-change', NULL, NULL, NULL);
END
$$;

---------------------------------------------------------------------------------------
-- Accounts: the site owner (caseload-admin) or an administrator signed in at a desk.

CREATE FUNCTION require_administrator (p_actor text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = caseload, public AS $$
DECLARE
  s caseload.staff;
BEGIN
  IF p_actor IS NULL THEN
    IF NOT (SELECT rolsuper OR rolname = (SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'caseload')
              FROM pg_roles WHERE rolname = session_user) THEN
      RAISE EXCEPTION 'only the site owner acts without a staff member' USING ERRCODE = 'CLPER';
    END IF;
    RETURN NULL;
  END IF;
  s := caseload.acting_staff (p_actor);
  IF s.access_role <> 'administrator' OR NOT s.active THEN
    RAISE EXCEPTION 'administrators only' USING ERRCODE = 'CLPER';
  END IF;
  RETURN s.id;
END
$$;

CREATE FUNCTION admin_create_role (p_actor text, p_username text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = caseload, public AS $$
BEGIN
  PERFORM caseload.require_administrator (p_actor);
  IF p_username IS NULL OR p_username !~ '^[a-z0-9][a-z0-9._-]*$' OR length (p_username) > 63
     OR p_username LIKE 'pg\_%' OR p_username LIKE 'caseload\_%' THEN
    RAISE EXCEPTION 'not a usable username' USING ERRCODE = 'CLVAL';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_username) THEN
    BEGIN
      EXECUTE format ('CREATE ROLE %I LOGIN IN ROLE caseload_staff', p_username);
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
      NULL;  -- made at the same moment for another database of this cluster
    END;
  END IF;
  IF NOT pg_has_role (p_username, 'caseload_staff', 'MEMBER') THEN
    -- An existing role that is not a Caseload staff role (a DBA's, say) is not taken over.
    RAISE EXCEPTION 'role exists and is not Caseload staff' USING ERRCODE = 'CLVAL';
  END IF;
  EXECUTE format ('GRANT CONNECT ON DATABASE %I TO %I', current_database (), p_username);
  IF NOT pg_has_role (current_user, p_username, 'MEMBER') THEN
    EXECUTE format ('GRANT %I TO %I', p_username, current_user);
  END IF;
END
$$;

-- @p_verifier: a SCRAM-SHA-256 verifier made on the desk (PQencryptPasswordConn); the
-- plain password never reaches the server.
CREATE FUNCTION admin_set_password (p_actor text, p_username text, p_verifier text, p_must_change boolean)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = caseload, public AS $$
DECLARE
  v_actor_id text := caseload.require_administrator (p_actor);
  v_staff text;
BEGIN
  SELECT id INTO v_staff FROM caseload.staff WHERE username = p_username;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no such staff member' USING ERRCODE = 'CLNOF';
  END IF;
  IF p_verifier IS NULL OR p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
    RAISE EXCEPTION 'not a SCRAM verifier' USING ERRCODE = 'CLVAL';
  END IF;
  PERFORM caseload.admin_create_role (p_actor, p_username);
  EXECUTE format ('ALTER ROLE %I PASSWORD %L', p_username, p_verifier);
  UPDATE caseload.staff SET must_change_password = p_must_change, failed_sign_ins = 0, locked_until = NULL
   WHERE id = v_staff;
  PERFORM caseload.append_event (v_actor_id, 'staff-change', NULL,
    jsonb_build_object ('staff', v_staff, 'change', 'password-set', 'must_change', p_must_change)::text, NULL);
END
$$;

CREATE FUNCTION admin_set_active (p_actor text, p_username text, p_active boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = caseload, public AS $$
DECLARE
  v_actor_id text := caseload.require_administrator (p_actor);
  v_staff text;
BEGIN
  UPDATE caseload.staff
     SET active = p_active,
         failed_sign_ins = CASE WHEN p_active THEN 0 ELSE failed_sign_ins END,
         locked_until = CASE WHEN p_active THEN NULL ELSE locked_until END
   WHERE username = p_username RETURNING id INTO v_staff;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no such staff member' USING ERRCODE = 'CLNOF';
  END IF;
  PERFORM caseload.append_event (v_actor_id, 'staff-change', NULL,
    jsonb_build_object ('staff', v_staff, 'active', p_active)::text, NULL);
END
$$;

---------------------------------------------------------------------------------------
-- What a staff member may learn about a record they cannot open: the decision and its
-- reasons (as the embedded store tells them), and, by a full NHS number, who it is, so
-- emergency access is possible.

CREATE FUNCTION check_access (p_username text, p_person_id text)
RETURNS TABLE (may_view boolean, may_add boolean, basis text, given_name text, preferred_name text,
               declined_on text, organisation_name text, direct_care boolean, consent text,
               decided_on text, break_glass boolean, display_name text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = caseload, public AS $$
DECLARE
  s caseload.staff := caseload.acting_staff (p_username);
  o caseload.organisation;
  p caseload.person;
  c record;
  d record;
  v_direct boolean;
  v_glass boolean;
BEGIN
  SELECT * INTO p FROM caseload.person WHERE id = p_person_id;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  SELECT * INTO o FROM caseload.organisation WHERE id = s.organisation_id;
  SELECT * INTO c FROM caseload.consent_state (p_person_id, s.organisation_id);
  v_direct := caseload.in_direct_care (p_person_id, s.organisation_id);
  v_glass := EXISTS (SELECT 1 FROM caseload.break_glass b WHERE b.staff_id = s.id AND b.person_id = p_person_id
                        AND b.expires_at > caseload.now_text ());
  IF s.access_role = 'administrator' THEN
    may_view := false; may_add := false; basis := 'role';
  ELSIF v_glass THEN
    may_view := true; may_add := true; basis := 'break-glass';
  ELSE
    SELECT * INTO d FROM caseload.decide_organisation (o.kind, v_direct, c.consent);
    may_view := d.may_view; may_add := d.may_add; basis := d.basis;
  END IF;
  -- An account that may not act (locked, deactivated, password change pending) sees nothing.
  IF NOT s.active OR s.must_change_password
     OR (s.locked_until IS NOT NULL AND s.locked_until > caseload.now_text ()) THEN
    may_view := false; may_add := false;
  END IF;
  given_name := p.given_name;
  preferred_name := p.preferred_name;
  declined_on := CASE WHEN c.consent = 'declined' THEN c.decided_on END;
  organisation_name := o.name;
  direct_care := v_direct;
  consent := c.consent;
  decided_on := c.decided_on;
  break_glass := v_glass;
  display_name := coalesce (p.preferred_name, p.given_name);
  RETURN NEXT;
END
$$;

CREATE FUNCTION restricted_lookup (p_username text, p_nhs_number text)
RETURNS TABLE (pk bigint, id text, given_name text, family_name text, preferred_name text,
               date_of_birth text, gp_practice_id text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = caseload, public AS $$
DECLARE
  s caseload.staff := caseload.acting_staff (p_username);
BEGIN
  IF s.access_role = 'administrator' OR p_nhs_number IS NULL OR length (p_nhs_number) <> 10 THEN
    RETURN;
  END IF;
  RETURN QUERY SELECT p.pk, p.id, p.given_name, p.family_name, p.preferred_name, p.date_of_birth,
                      p.gp_practice_id
                 FROM caseload.person p WHERE p.nhs_number = p_nhs_number;
END
$$;

CREATE FUNCTION break_glass (p_username text, p_person_id text, p_reason text)
RETURNS TABLE (id text, started_at text, expires_at text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = caseload, public AS $$
DECLARE
  s caseload.staff := caseload.acting_staff (p_username);
  v_id text := gen_random_uuid ()::text;
  v_now timestamptz := caseload.now ();
  v_expires text := caseload.iso (v_now + interval '4 hours');
BEGIN
  IF s.access_role = 'administrator' OR NOT s.active THEN
    RAISE EXCEPTION 'this role may not use emergency access' USING ERRCODE = 'CLPER';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM caseload.person WHERE caseload.person.id = p_person_id) THEN
    RAISE EXCEPTION 'no such person' USING ERRCODE = 'CLNOF';
  END IF;
  IF p_reason IS NULL OR length (btrim (p_reason)) = 0 THEN
    RAISE EXCEPTION 'a reason is needed' USING ERRCODE = 'CLVAL';
  END IF;
  INSERT INTO caseload.break_glass (id, staff_id, person_id, reason, started_at, expires_at)
  VALUES (v_id, s.id, p_person_id, p_reason, caseload.iso (v_now), v_expires);
  PERFORM caseload.append_event (s.id, 'break-glass', p_person_id,
    jsonb_build_object ('reason', p_reason, 'expires_at', v_expires)::text, NULL);
  RETURN QUERY SELECT v_id, caseload.iso (v_now), v_expires;
END
$$;

CREATE FUNCTION require_manager (p_username text) RETURNS caseload.staff
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = caseload, public AS $$
DECLARE
  s caseload.staff := caseload.acting_staff (p_username);
BEGIN
  IF s.access_role <> 'team-manager' OR NOT s.active THEN
    RAISE EXCEPTION 'team managers only' USING ERRCODE = 'CLPER';
  END IF;
  RETURN s;
END
$$;

CREATE FUNCTION review_break_glass (p_username text, p_id text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = caseload, public AS $$
DECLARE
  s caseload.staff := caseload.require_manager (p_username);
  b caseload.break_glass;
BEGIN
  SELECT * INTO b FROM caseload.break_glass WHERE id = p_id AND reviewed_at IS NULL FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no such unreviewed access' USING ERRCODE = 'CLNOF';
  END IF;
  IF b.staff_id = s.id THEN
    RAISE EXCEPTION 'not one''s own' USING ERRCODE = 'CLPER';
  END IF;
  UPDATE caseload.break_glass SET reviewed_by = s.id, reviewed_at = caseload.now_text () WHERE id = p_id;
  PERFORM caseload.append_event (s.id, 'break-glass-reviewed', b.person_id,
    jsonb_build_object ('break_glass', p_id)::text, NULL);
END
$$;

CREATE FUNCTION break_glass_list (p_username text, p_unreviewed_only boolean)
RETURNS TABLE (id text, staff_id text, staff_name text, organisation_name text, person_id text,
               person_name text, reason text, started_at text, expires_at text, reviewed_by text,
               reviewer_name text, reviewed_at text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = caseload, public AS $$
BEGIN
  PERFORM caseload.require_manager (p_username);
  RETURN QUERY
    SELECT b.id, b.staff_id, s.display_name, o.name, b.person_id, p.given_name || ' ' || p.family_name,
           b.reason, b.started_at, b.expires_at, b.reviewed_by, r.display_name, b.reviewed_at
      FROM caseload.break_glass b JOIN caseload.staff s ON s.id = b.staff_id
      JOIN caseload.organisation o ON o.id = s.organisation_id
      JOIN caseload.person p ON p.id = b.person_id LEFT JOIN caseload.staff r ON r.id = b.reviewed_by
     WHERE NOT p_unreviewed_only OR b.reviewed_at IS NULL
     ORDER BY b.started_at DESC, b.id DESC;
END
$$;

CREATE FUNCTION audit_list (p_username text, p_staff_id text, p_person_id text, p_from text, p_to text,
                            p_limit integer, p_offset integer)
RETURNS TABLE (seq bigint, occurred_at text, staff_id text, staff_name text, action text,
               person_id text, person_name text, detail text, hash text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = caseload, public AS $$
BEGIN
  PERFORM caseload.require_manager (p_username);
  RETURN QUERY
    SELECT e.seq, e.occurred_at, e.staff_id, s.display_name, e.action, e.person_id,
           p.given_name || ' ' || p.family_name, e.detail, e.hash
      FROM caseload.audit_event e LEFT JOIN caseload.staff s ON s.id = e.staff_id
      LEFT JOIN caseload.person p ON p.id = e.person_id
     WHERE (p_staff_id IS NULL OR e.staff_id = p_staff_id)
       AND (p_person_id IS NULL OR e.person_id = p_person_id
            OR e.seq IN (SELECT a.seq FROM caseload.audit_subject a
                          WHERE a.person_pk = (SELECT pp.pk FROM caseload.person pp WHERE pp.id = p_person_id)))
       AND (p_from IS NULL OR e.occurred_at >= p_from) AND (p_to IS NULL OR e.occurred_at < p_to)
     ORDER BY e.seq DESC LIMIT p_limit OFFSET p_offset;
END
$$;

---------------------------------------------------------------------------------------
-- Row-level security: the policy of caseload-policy.c, applied by the server to every
-- statement a staff role runs. person_access says which organisations may see whom;
-- break glass adds one person for one staff member for a few hours.

CREATE FUNCTION break_glass_open (p_person_id text) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM caseload.break_glass b
                  WHERE b.person_id = p_person_id AND b.staff_id = caseload.actor_id ()
                    AND b.expires_at > caseload.now_text ()
                    AND caseload.actor_organisation () IS NOT NULL)
$$;

ALTER TABLE person ENABLE ROW LEVEL SECURITY;
-- Break glass written out rather than through break_glass_open(), so that the actor and
-- the time are worked out once per statement, not once per row.
CREATE POLICY person_read ON person FOR SELECT TO caseload_staff USING (
  EXISTS (SELECT 1 FROM caseload.person_access a
           WHERE a.organisation_id = (SELECT caseload.actor_organisation ()) AND a.pk = person.pk)
  OR EXISTS (SELECT 1 FROM caseload.break_glass b
              WHERE b.person_id = person.id AND b.staff_id = (SELECT caseload.actor_id ())
                AND b.expires_at > (SELECT caseload.now_text ())
                AND (SELECT caseload.actor_organisation ()) IS NOT NULL));
-- Adding people: care providers only (implied consent); the rest join through consent.
CREATE POLICY person_add ON person FOR INSERT TO caseload_staff WITH CHECK (
  (SELECT o.kind IN ('gp-practice', 'mental-health-trust', 'adult-social-care', 'talking-therapies')
     FROM caseload.organisation o WHERE o.id = (SELECT caseload.actor_organisation ())));
CREATE POLICY person_change ON person FOR UPDATE TO caseload_staff USING (
  EXISTS (SELECT 1 FROM caseload.person_access a
           WHERE a.organisation_id = (SELECT caseload.actor_organisation ()) AND a.pk = person.pk AND a.may_add)
  OR EXISTS (SELECT 1 FROM caseload.break_glass b
              WHERE b.person_id = person.id AND b.staff_id = (SELECT caseload.actor_id ())
                AND b.expires_at > (SELECT caseload.now_text ())
                AND (SELECT caseload.actor_organisation ()) IS NOT NULL));

ALTER TABLE person_access ENABLE ROW LEVEL SECURITY;
CREATE POLICY person_access_own ON person_access FOR SELECT TO caseload_staff
  USING (organisation_id = (SELECT caseload.actor_organisation ()));

ALTER TABLE person_order ENABLE ROW LEVEL SECURITY;
CREATE POLICY person_order_read ON person_order FOR SELECT TO caseload_staff
  USING (EXISTS (SELECT 1 FROM caseload.person p WHERE p.pk = person_order.pk));
-- person_search is read only through text_matches().
ALTER TABLE person_search ENABLE ROW LEVEL SECURITY;

-- TRUE if the actor has just added this person (stamped with this transaction's time):
-- creating someone
-- puts the creator's organisation in their care (a referral), before anyone can see them.
-- @p_actor_id is the caller's caseload.actor_id (): inside this SECURITY DEFINER
-- function current_user is the owner, who is no staff member.
CREATE FUNCTION created_here (p_person_id text, p_actor_id text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = caseload, public AS $$
  SELECT EXISTS (SELECT 1 FROM caseload.person p
                  WHERE p.id = p_person_id AND p.created_by = p_actor_id
                    AND p.created_at = caseload.now_text ())
$$;

-- The people a staff member may see (through their organisation, or break glass) whose
-- search words start with every word of @p_query (a tsquery of prefixes,
-- "'sam':* & 'ok':*"), with the key they sort by. Each organisation's people carry their
-- search words in person_access, so one GIN index (organisation, words, trigrams) finds
-- only the people the organisation may see; every matching word is also a substring of
-- the names column, so words of three letters or more narrow the search through the
-- trigram part of that index too. Break-glass people come from person_search. The words
-- are read here, with the owner's rights, because row-level security would check every
-- row before an index could be used; this function applies the same visibility.
-- @p_fragments: the words for the trigram index, or NULL to take them from @p_query.
CREATE FUNCTION text_matches (p_staff_id text, p_query text, p_fragments text[])
RETURNS TABLE (pk bigint, sort_key text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = caseload, public AS $$
DECLARE
  s caseload.staff;
  v_like_a text := '';
  v_like_m text := '';
  v_pattern text;
  v_fragment text;
BEGIN
  SELECT * INTO s FROM caseload.staff WHERE id = p_staff_id;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  s := caseload.acting_staff (s.username);
  IF s.access_role = 'administrator' OR NOT s.active OR s.must_change_password
     OR (s.locked_until IS NOT NULL AND s.locked_until > caseload.now_text ()) THEN
    RETURN;
  END IF;
  FOR v_fragment IN
    SELECT f FROM unnest (coalesce (p_fragments,
                                    ARRAY (SELECT w[1] FROM regexp_matches (p_query, '''([^'']+)''', 'g') w))) f
     WHERE length (f) >= 3
  LOOP
    v_pattern := '%' || regexp_replace (v_fragment, '([%_\\])', '\\\1', 'g') || '%';
    v_like_a := v_like_a || format (' AND a.names LIKE %L', v_pattern);
    v_like_m := v_like_m || format (' AND m.names LIKE %L', v_pattern);
  END LOOP;
  RETURN QUERY EXECUTE
    'SELECT a.pk, a.sort_key FROM caseload.person_access a'
    || ' WHERE a.organisation_id = $2 AND a.doc @@ to_tsquery (''simple'', $1)' || v_like_a
    || ' UNION'
    || ' SELECT m.pk, o.sort_key FROM caseload.break_glass b JOIN caseload.person p ON p.id = b.person_id'
    || '   JOIN caseload.person_search m ON m.pk = p.pk JOIN caseload.person_order o ON o.pk = p.pk'
    || ' WHERE b.staff_id = $3 AND b.expires_at > caseload.now_text ()'
    || '   AND m.doc @@ to_tsquery (''simple'', $1)' || v_like_m
    || '   AND NOT EXISTS (SELECT 1 FROM caseload.person_access x WHERE x.organisation_id = $2 AND x.pk = p.pk)'
    USING p_query, s.organisation_id, s.id;
END
$$;

-- May the actor add to this person's record?
CREATE FUNCTION may_add_to (p_person_id text) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM caseload.person p JOIN caseload.person_access a ON a.pk = p.pk
                  WHERE p.id = p_person_id AND a.organisation_id = caseload.actor_organisation () AND a.may_add)
      OR caseload.break_glass_open (p_person_id)
$$;

ALTER TABLE timeline_entry ENABLE ROW LEVEL SECURITY;
-- Private entries stay with the organisation that wrote them, under break glass too.
CREATE POLICY timeline_entry_read ON timeline_entry FOR SELECT TO caseload_staff USING (
  EXISTS (SELECT 1 FROM caseload.person p WHERE p.id = timeline_entry.person_id)
  AND (sensitivity = 'standard' OR organisation_id = (SELECT caseload.actor_organisation ())));
CREATE POLICY timeline_entry_add ON timeline_entry FOR INSERT TO caseload_staff WITH CHECK (
  caseload.may_add_to (person_id) AND author_id = (SELECT caseload.actor_id ())
  AND organisation_id = (SELECT caseload.actor_organisation ()));

ALTER TABLE network_member ENABLE ROW LEVEL SECURITY;
CREATE POLICY network_member_read ON network_member FOR SELECT TO caseload_staff USING (
  EXISTS (SELECT 1 FROM caseload.person p WHERE p.id = network_member.person_id));
CREATE POLICY network_member_add ON network_member FOR INSERT TO caseload_staff WITH CHECK (
  caseload.may_add_to (person_id));

ALTER TABLE care_relationship ENABLE ROW LEVEL SECURITY;
CREATE POLICY care_relationship_read ON care_relationship FOR SELECT TO caseload_staff USING (
  EXISTS (SELECT 1 FROM caseload.person p WHERE p.id = care_relationship.person_id));
-- A care provider that may add to the record records a referral or allocation.
CREATE POLICY care_relationship_add ON care_relationship FOR INSERT TO caseload_staff WITH CHECK (
  caseload.may_add_to (person_id)
  OR (kind = 'referral' AND organisation_id = (SELECT caseload.actor_organisation ())
      AND caseload.created_here (person_id, (SELECT caseload.actor_id ()))));

ALTER TABLE consent_decision ENABLE ROW LEVEL SECURITY;
CREATE POLICY consent_decision_read ON consent_decision FOR SELECT TO caseload_staff USING (
  EXISTS (SELECT 1 FROM caseload.person p WHERE p.id = consent_decision.person_id));
CREATE POLICY consent_decision_add ON consent_decision FOR INSERT TO caseload_staff WITH CHECK (
  caseload.may_add_to (person_id) AND recorded_by = (SELECT caseload.actor_id ()));

ALTER TABLE break_glass ENABLE ROW LEVEL SECURITY;
CREATE POLICY break_glass_read ON break_glass FOR SELECT TO caseload_staff USING (
  staff_id = (SELECT caseload.actor_id ()) OR (SELECT caseload.actor_role ()) = 'team-manager');

ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_event_read ON audit_event FOR SELECT TO caseload_staff
  USING ((SELECT caseload.actor_role ()) = 'team-manager');
ALTER TABLE audit_subject ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_subject_read ON audit_subject FOR SELECT TO caseload_staff
  USING ((SELECT caseload.actor_role ()) = 'team-manager');

-- Staff see their colleagues (names, roles, organisations); administrators add and
-- change accounts. Sign-in state changes only through the functions above.
ALTER TABLE staff ENABLE ROW LEVEL SECURITY;
CREATE POLICY staff_read ON staff FOR SELECT TO caseload_staff USING (true);
CREATE POLICY staff_add ON staff FOR INSERT TO caseload_staff
  WITH CHECK ((SELECT caseload.actor_role ()) = 'administrator');
CREATE POLICY staff_change ON staff FOR UPDATE TO caseload_staff
  USING ((SELECT caseload.actor_role ()) = 'administrator');

---------------------------------------------------------------------------------------
-- Grants. Staff roles get these through caseload_staff; nothing else is theirs.

REVOKE ALL ON ALL TABLES IN SCHEMA caseload FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA caseload FROM PUBLIC;
GRANT USAGE ON SCHEMA caseload TO caseload_staff, caseload_gate;

GRANT SELECT ON access_version TO caseload_staff;
GRANT SELECT ON organisation, schema_migration, person, person_order, person_access,
  network_member, timeline_entry, care_relationship, consent_decision, break_glass,
  audit_event, audit_subject TO caseload_staff;
GRANT SELECT (id, display_name, role, organisation_id, email, version, created_at, updated_at,
  username, access_role, active, must_change_password, failed_sign_ins, locked_until)
  ON staff TO caseload_staff;
GRANT INSERT (id, display_name, role, organisation_id, email, version, created_at, updated_at,
  username, access_role) ON staff TO caseload_staff;
GRANT UPDATE (display_name, role, organisation_id, email, version, updated_at, access_role)
  ON staff TO caseload_staff;
GRANT INSERT, UPDATE ON person TO caseload_staff;
GRANT INSERT ON network_member, timeline_entry, care_relationship, consent_decision TO caseload_staff;

GRANT EXECUTE ON FUNCTION caseload.now (), caseload.iso (timestamptz), caseload.now_text (), caseload.fold (text), caseload.sort_key (text, text, text),
  caseload.search_names (text, text, text), caseload.search_doc (text, text, text, text, text),
  caseload.actor_id (), caseload.actor_role (), caseload.actor_organisation (), caseload.actor_username (),
  caseload.decide_organisation (text, boolean, text), caseload.consent_state (text, text), caseload.in_direct_care (text, text),
  caseload.break_glass_open (text), caseload.may_add_to (text), caseload.created_here (text, text), caseload.text_matches (text, text, text[]), caseload.person_json (caseload.person),
  caseload.audit_append (text, text, text, text, bigint[]),
  caseload.sign_in_succeeded (text), caseload.password_changed (text),
  caseload.admin_create_role (text, text), caseload.admin_set_password (text, text, text, boolean),
  caseload.admin_set_active (text, text, boolean),
  caseload.check_access (text, text), caseload.restricted_lookup (text, text), caseload.break_glass (text, text, text),
  caseload.review_break_glass (text, text), caseload.break_glass_list (text, boolean),
  caseload.audit_list (text, text, text, text, text, integer, integer)
  TO caseload_staff;
GRANT EXECUTE ON FUNCTION caseload.sign_in_failed (text), caseload.now (), caseload.iso (timestamptz), caseload.now_text ()
  TO caseload_gate;
