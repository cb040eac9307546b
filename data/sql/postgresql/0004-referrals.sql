-- SPDX-License-Identifier: GPL-3.0-or-later
-- Caseload schema 4 (PostgreSQL): referrals and triage against the team's written
-- thresholds, waiting-time clocks with recorded pauses, allocation to named workers,
-- transfer (never discharge), and tasks. The same tables and columns as SQLite's
-- 0004-referrals.sql (booleans as boolean); the server decides who sees and changes them
-- (row-level security through person_access, as for people), stamps who and when, keeps
-- each row's person key, records the care relationships, and audits every change.

SET LOCAL search_path = caseload, public;

-- The team's written triage criteria, edited by a team manager.
CREATE TABLE threshold (
  id          text PRIMARY KEY,
  outcome     text NOT NULL CHECK (outcome IN ('accept', 'signpost', 'refer-on', 'decline')),
  position    integer NOT NULL,
  criterion   text NOT NULL CHECK (length (criterion) > 0),
  version     integer NOT NULL DEFAULT 1,
  created_at  text NOT NULL,
  updated_at  text NOT NULL,
  updated_by  text REFERENCES staff (id)
);

-- A starting set for an integrated PCN mental health team, in plain words (the same as
-- SQLite's); the team manager rewrites them to the team's own.
INSERT INTO threshold (id, outcome, position, criterion, created_at, updated_at) VALUES
  ('00000000-0000-4000-8000-000000000101', 'accept', 1,
   'Moderate to severe mental health needs that primary care alone cannot meet, and that do not need secondary care.',
   caseload.now_text (), caseload.now_text ()),
  ('00000000-0000-4000-8000-000000000102', 'accept', 2,
   'Complex needs across health, housing, money or relationships, where joined-up support from several organisations would help.',
   caseload.now_text (), caseload.now_text ()),
  ('00000000-0000-4000-8000-000000000103', 'accept', 3,
   'Long-term mental illness, stable enough to be supported in the community, needing care coordination or a review of medication.',
   caseload.now_text (), caseload.now_text ()),
  ('00000000-0000-4000-8000-000000000201', 'signpost', 1,
   'Needs best met by talking therapies (mild to moderate anxiety or depression) through Inclusion Thurrock.',
   caseload.now_text (), caseload.now_text ()),
  ('00000000-0000-4000-8000-000000000202', 'signpost', 2,
   'Loneliness, low mood or practical worries that a social prescriber, Local Area Coordinator or voluntary group can help with.',
   caseload.now_text (), caseload.now_text ()),
  ('00000000-0000-4000-8000-000000000203', 'signpost', 3,
   'Wants to learn about managing their own mental health: courses at the Recovery College.',
   caseload.now_text (), caseload.now_text ()),
  ('00000000-0000-4000-8000-000000000301', 'refer-on', 1,
   'Needs secondary care: psychosis not yet assessed, or a first episode of psychosis.',
   caseload.now_text (), caseload.now_text ()),
  ('00000000-0000-4000-8000-000000000302', 'refer-on', 2,
   'High risk to self or others needing a crisis team or home treatment now.',
   caseload.now_text (), caseload.now_text ()),
  ('00000000-0000-4000-8000-000000000303', 'refer-on', 3,
   'Eating disorder with physical risk, or needs a specialist service (perinatal, memory assessment, learning disability).',
   caseload.now_text (), caseload.now_text ()),
  ('00000000-0000-4000-8000-000000000401', 'decline', 1,
   'Referral is for a service the team does not offer (for example a diagnosis of ADHD or autism): say where to go instead.',
   caseload.now_text (), caseload.now_text ()),
  ('00000000-0000-4000-8000-000000000402', 'decline', 2,
   'The person does not agree to the referral, or already has the same help from another team.',
   caseload.now_text (), caseload.now_text ());

-- One waiting-time standard per urgency (DOMAIN.md), editable by a team manager.
CREATE TABLE wait_standard (
  urgency     text PRIMARY KEY CHECK (urgency IN ('routine', 'urgent', 'very-urgent')),
  target      integer NOT NULL CHECK (target > 0),
  unit        text NOT NULL CHECK (unit IN ('hours', 'days')),
  warn        integer NOT NULL CHECK (warn >= 0 AND warn < target),
  stops_at    text NOT NULL CHECK (stops_at IN ('first-contact', 'assessment', 'help-started')),
  version     integer NOT NULL DEFAULT 1,
  updated_at  text NOT NULL,
  updated_by  text REFERENCES staff (id)
);
INSERT INTO wait_standard (urgency, target, unit, warn, stops_at, updated_at) VALUES
  ('routine',     28, 'days',  7, 'help-started',  caseload.now_text ()),
  ('urgent',      24, 'hours', 4, 'first-contact', caseload.now_text ()),
  ('very-urgent',  4, 'hours', 1, 'first-contact', caseload.now_text ());

CREATE TABLE referral (
  id                    text PRIMARY KEY,
  person_id             text NOT NULL REFERENCES person (id),
  person_pk             bigint NOT NULL,
  pcn                   text,
  source                text NOT NULL CHECK (source IN ('gp', 'self', 'thurrock-first', 'crisis-service',
                          'social-care', 'vcse', 'housing', 'other')),
  source_detail         text,
  received_at           text NOT NULL,
  reason                text NOT NULL CHECK (length (reason) > 0),
  urgency               text NOT NULL CHECK (urgency IN ('routine', 'urgent', 'very-urgent')),
  person_agreed         boolean NOT NULL,
  attachments           text,
  organisation_id       text NOT NULL REFERENCES organisation (id),
  status                text NOT NULL DEFAULT 'awaiting-triage' CHECK (status IN ('awaiting-triage', 'accepted',
                          'signposted', 'referred-on', 'declined', 'transferred')),
  triage_outcome        text CHECK (triage_outcome IN ('accept', 'signpost', 'refer-on', 'decline')),
  signpost              text CHECK (signpost IN ('vcse', 'talking-therapies', 'social-prescribing',
                          'local-area-coordinator', 'recovery-college', 'other')),
  destination           text,
  triage_reason         text,
  decided_by            text REFERENCES staff (id),
  decided_on            text,
  first_contact_at      text,
  assessment_at         text,
  help_started_at       text,
  help_kind             text CHECK (help_kind IN ('intervention', 'support-plan')),
  next_review_on        text,
  transfer_kind         text CHECK (transfer_kind IN ('to-gp', 'to-another-service', 'ended-by-choice')),
  transfer_destination  text,
  transfer_summary      text,
  transferred_on        text,
  transferred_by        text REFERENCES staff (id),
  -- The clock, kept by the store (as in SQLite).
  clock_due_at          text,
  clock_warn_at         text,
  clock_paused          boolean NOT NULL DEFAULT false,
  clock_stopped_at      text,
  clock_waited_seconds  bigint,
  clock_missed          boolean,
  version               integer NOT NULL DEFAULT 1,
  created_at            text NOT NULL,
  created_by            text NOT NULL REFERENCES staff (id),
  updated_at            text NOT NULL,
  updated_by            text NOT NULL REFERENCES staff (id),
  CHECK (status = 'awaiting-triage' OR (triage_outcome IS NOT NULL AND decided_by IS NOT NULL AND decided_on IS NOT NULL)),
  CHECK (status <> 'transferred' OR (transfer_kind IS NOT NULL AND length (transfer_destination) > 0))
);
CREATE INDEX referral_person ON referral (person_id, received_at DESC);
CREATE INDEX referral_person_pk ON referral (person_pk);
-- The dashboard: a range of referrals by when received, with every column its figures
-- read, so that it never visits the table.
CREATE INDEX referral_received ON referral (received_at)
  INCLUDE (person_pk, pcn, source, status, decided_on, transferred_on, transfer_kind, clock_stopped_at,
           clock_waited_seconds, clock_missed, clock_paused, clock_due_at, clock_warn_at, next_review_on, id);
-- The waiting list: clocks still running, most urgent first ('very-urgent' sorts last
-- as text), then the longest wait.
CREATE INDEX referral_waiting ON referral (urgency DESC, received_at, id) INCLUDE (person_pk)
  WHERE clock_stopped_at IS NULL AND status IN ('awaiting-triage', 'accepted');
-- Accepted and not transferred: the unallocated list and the caseloads.
CREATE INDEX referral_open ON referral (person_pk, received_at) WHERE status = 'accepted';
-- The caseloads and the unallocated list join accepted referrals by id: what they read,
-- without the table.
CREATE INDEX referral_accepted ON referral (id)
  INCLUDE (person_pk, person_id, received_at, pcn, urgency, next_review_on, clock_due_at) WHERE status = 'accepted';

CREATE TABLE clock_pause (
  id           text PRIMARY KEY,
  referral_id  text NOT NULL REFERENCES referral (id),
  reason       text NOT NULL CHECK (reason IN ('person-asked-to-wait', 'in-hospital')),
  started_at   text NOT NULL,
  ended_at     text,
  note         text,
  version      integer NOT NULL DEFAULT 1,
  created_at   text NOT NULL,
  created_by   text NOT NULL REFERENCES staff (id),
  updated_at   text NOT NULL,
  updated_by   text NOT NULL REFERENCES staff (id),
  CHECK (ended_at IS NULL OR ended_at >= started_at)
);
CREATE INDEX clock_pause_referral ON clock_pause (referral_id, started_at);
-- One open pause at a time.
CREATE UNIQUE INDEX clock_pause_open ON clock_pause (referral_id) WHERE ended_at IS NULL;

CREATE TABLE allocation (
  id           text PRIMARY KEY,
  referral_id  text NOT NULL REFERENCES referral (id),
  person_id    text NOT NULL REFERENCES person (id),
  person_pk    bigint NOT NULL,
  staff_id     text NOT NULL REFERENCES staff (id),
  role         text NOT NULL CHECK (role IN ('care-coordinator', 'key-worker', 'therapist', 'peer-support',
                 'social-worker', 'employment-specialist', 'psychiatrist', 'housing-worker', 'other')),
  started_on   text NOT NULL,
  ended_on     text,
  end_reason   text,
  version      integer NOT NULL DEFAULT 1,
  created_at   text NOT NULL,
  created_by   text NOT NULL REFERENCES staff (id),
  updated_at   text NOT NULL,
  updated_by   text NOT NULL REFERENCES staff (id),
  CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX allocation_referral ON allocation (referral_id, started_on DESC);
-- Allocations now, by worker: My caseload and Team caseload.
CREATE INDEX allocation_current ON allocation (staff_id, person_pk) INCLUDE (referral_id, id, started_on)
  WHERE ended_on IS NULL;
CREATE INDEX allocation_person ON allocation (person_pk) WHERE ended_on IS NULL;
CREATE INDEX allocation_open_referral ON allocation (referral_id) WHERE ended_on IS NULL;
CREATE INDEX allocation_created ON allocation (staff_id, created_at);

CREATE TABLE task (
  id          text PRIMARY KEY,
  person_id   text NOT NULL REFERENCES person (id),
  person_pk   bigint NOT NULL,
  owner_id    text NOT NULL REFERENCES staff (id),
  title       text NOT NULL CHECK (length (title) > 0),
  due_on      text NOT NULL,
  done        boolean NOT NULL DEFAULT false,
  done_at     text,
  done_by     text REFERENCES staff (id),
  origin      text NOT NULL CHECK (origin IN ('manual', 'review-due', 'clock-near-breach', 'new-allocation')),
  source_id   text,
  version     integer NOT NULL DEFAULT 1,
  created_at  text NOT NULL,
  created_by  text NOT NULL REFERENCES staff (id),
  updated_at  text NOT NULL,
  updated_by  text NOT NULL REFERENCES staff (id)
);
CREATE INDEX task_owner ON task (owner_id, done, due_on);
CREATE INDEX task_person ON task (person_id, done, due_on);
CREATE INDEX task_person_pk ON task (person_pk) WHERE NOT done;
-- The system makes each of its reminders once.
CREATE UNIQUE INDEX task_system ON task (origin, source_id, owner_id, due_on) WHERE origin <> 'manual';
-- Last contact on the caseload lists: the newest contact with a person.
CREATE INDEX timeline_entry_contact ON timeline_entry (person_id, occurred_at DESC)
  WHERE kind IN ('appointment', 'phone-call', 'home-visit', 'network-meeting', 'video-call', 'message');

---------------------------------------------------------------------------------------
-- Server stamping. Who and when are the server's word (stamp_row () of 0001); the
-- person's key, which row-level security reads, follows the person id whatever a desk
-- sends.

CREATE TRIGGER referral_stamp BEFORE INSERT OR UPDATE ON referral
  FOR EACH ROW EXECUTE FUNCTION stamp_row ();
CREATE TRIGGER clock_pause_stamp BEFORE INSERT OR UPDATE ON clock_pause
  FOR EACH ROW EXECUTE FUNCTION stamp_row ();
CREATE TRIGGER allocation_stamp BEFORE INSERT OR UPDATE ON allocation
  FOR EACH ROW EXECUTE FUNCTION stamp_row ();
CREATE TRIGGER task_stamp BEFORE INSERT OR UPDATE ON task
  FOR EACH ROW EXECUTE FUNCTION stamp_row ();

-- Runs after the stamp (triggers fire in name order): the person's key, and, for a
-- change to a referral's clock alone (the store's bookkeeping when a standard changes),
-- the row's version and stamps as they were, so nobody editing it meets a false conflict.
CREATE FUNCTION case_row_key () RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = caseload, public AS $$
DECLARE
  v_pk bigint;
  v_clock text[] := '{clock_due_at,clock_warn_at,clock_paused,clock_stopped_at,clock_waited_seconds,clock_missed,version,updated_at,updated_by}';
BEGIN
  SELECT pk INTO v_pk FROM caseload.person WHERE id = NEW.person_id;
  NEW.person_pk := v_pk;
  IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'referral'
     AND (to_jsonb (OLD) - v_clock) = (to_jsonb (NEW) - v_clock) THEN
    NEW.version := OLD.version;
    NEW.updated_at := OLD.updated_at;
    NEW.updated_by := OLD.updated_by;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER referral_zkey BEFORE INSERT OR UPDATE ON referral
  FOR EACH ROW EXECUTE FUNCTION case_row_key ();
CREATE TRIGGER allocation_zkey BEFORE INSERT OR UPDATE ON allocation
  FOR EACH ROW EXECUTE FUNCTION case_row_key ();
CREATE TRIGGER task_zkey BEFORE INSERT OR UPDATE ON task
  FOR EACH ROW EXECUTE FUNCTION case_row_key ();

-- A task is marked done by whoever marks it, now.
CREATE FUNCTION stamp_task_done () RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  who text := caseload.actor_id ();
BEGIN
  IF who IS NULL THEN
    RETURN NEW;
  END IF;
  IF NEW.done AND (TG_OP = 'INSERT' OR NOT OLD.done) THEN
    NEW.done_at := caseload.now_text ();
    NEW.done_by := who;
  ELSIF NOT NEW.done THEN
    NEW.done_at := NULL;
    NEW.done_by := NULL;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER task_done BEFORE INSERT OR UPDATE ON task
  FOR EACH ROW EXECUTE FUNCTION stamp_task_done ();

-- Thresholds and standards: who changed them, when, and the version.
CREATE FUNCTION stamp_setting () RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  who text := caseload.actor_id ();
  at  text := caseload.now_text ();
BEGIN
  IF who IS NULL THEN
    IF TG_OP = 'UPDATE' THEN
      NEW.version := OLD.version + 1;
      NEW.updated_at := at;
    END IF;
    RETURN NEW;
  END IF;
  IF TG_OP = 'INSERT' THEN
    NEW.version := 1;
    IF TG_TABLE_NAME = 'threshold' THEN
      NEW.created_at := at;
    END IF;
  ELSE
    NEW.version := OLD.version + 1;
  END IF;
  NEW.updated_at := at;
  NEW.updated_by := who;
  RETURN NEW;
END
$$;
CREATE TRIGGER threshold_stamp BEFORE INSERT OR UPDATE ON threshold
  FOR EACH ROW EXECUTE FUNCTION stamp_setting ();
CREATE TRIGGER wait_standard_stamp BEFORE INSERT OR UPDATE ON wait_standard
  FOR EACH ROW EXECUTE FUNCTION stamp_setting ();
-- Also when caseload-admin copy loads rows with the stamps off: a desk's person keys are
-- not the site's.
ALTER TABLE referral ENABLE ALWAYS TRIGGER referral_zkey;
ALTER TABLE allocation ENABLE ALWAYS TRIGGER allocation_zkey;
ALTER TABLE task ENABLE ALWAYS TRIGGER task_zkey;

---------------------------------------------------------------------------------------
-- Care relationships: a referral puts the referred-to organisation in the person's
-- direct care, an allocation the worker's. Run as the actor, so the relationship's own
-- policy (may add to the record), stamp, audit and access refresh apply as when a desk
-- records one; person_access, and with it caseload.access_version, follow.

CREATE FUNCTION case_relationship () RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  v_org text;
  v_kind text;
BEGIN
  IF TG_TABLE_NAME = 'referral' THEN
    v_org := NEW.organisation_id;
    v_kind := 'referral';
    IF caseload.in_direct_care (NEW.person_id, v_org) THEN
      RETURN NULL;
    END IF;
  ELSE
    SELECT organisation_id INTO v_org FROM caseload.staff WHERE id = NEW.staff_id;
    v_kind := 'allocation';
    IF EXISTS (SELECT 1 FROM caseload.care_relationship c
                WHERE c.person_id = NEW.person_id AND c.organisation_id = v_org
                  AND c.kind = 'allocation' AND c.ended_at IS NULL) THEN
      RETURN NULL;
    END IF;
  END IF;
  INSERT INTO caseload.care_relationship (id, person_id, organisation_id, kind, started_at, created_at, created_by)
  VALUES (gen_random_uuid ()::text, NEW.person_id, v_org, v_kind, caseload.now_text (), caseload.now_text (),
          NEW.created_by);
  RETURN NULL;
END
$$;
CREATE TRIGGER referral_relationship AFTER INSERT ON referral
  FOR EACH ROW EXECUTE FUNCTION case_relationship ();
CREATE TRIGGER allocation_relationship AFTER INSERT ON allocation
  FOR EACH ROW EXECUTE FUNCTION case_relationship ();

---------------------------------------------------------------------------------------
-- Audit: every change, in its own transaction, with what it was before and after (the
-- stamps and the clock's bookkeeping left out; a change to the clock alone is not one).
-- Through audit_append (), as the actor: the chain is the same one as 0003's.

CREATE FUNCTION case_json (r jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT r - '{person_pk,clock_due_at,clock_warn_at,clock_paused,clock_stopped_at,clock_waited_seconds,clock_missed,version,created_at,created_by,updated_at,updated_by}'::text[]
$$;

CREATE FUNCTION audit_case_change () RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  v_before jsonb := CASE WHEN TG_OP <> 'INSERT' THEN caseload.case_json (to_jsonb (OLD)) END;
  v_after jsonb := CASE WHEN TG_OP <> 'DELETE' THEN caseload.case_json (to_jsonb (NEW)) END;
  v_row jsonb := coalesce (to_jsonb (NEW), to_jsonb (OLD));
  v_subject text := replace (TG_TABLE_NAME, '_', '-');
  v_person text;
  v_action text;
  v_detail jsonb;
BEGIN
  IF TG_OP = 'UPDATE' AND v_before = v_after THEN
    RETURN NULL;
  END IF;
  v_action := CASE TG_OP WHEN 'INSERT' THEN 'add-' WHEN 'UPDATE' THEN 'update-' ELSE 'remove-' END || v_subject;
  IF TG_TABLE_NAME = 'clock_pause' THEN
    SELECT r.person_id INTO v_person FROM caseload.referral r WHERE r.id = NEW.referral_id;
  ELSE
    v_person := v_row ->> 'person_id';
  END IF;
  v_detail := jsonb_build_object (replace (TG_TABLE_NAME, 'wait_standard', 'standard'),
                                  coalesce (v_row ->> 'id', v_row ->> 'urgency'));
  IF v_before IS NOT NULL THEN
    v_detail := v_detail || jsonb_build_object ('before', v_before);
  END IF;
  IF v_after IS NOT NULL THEN
    v_detail := v_detail || jsonb_build_object ('after', v_after);
  END IF;
  PERFORM caseload.audit_append (caseload.actor_id (), v_action, v_person, v_detail::text, NULL);
  RETURN NULL;
END
$$;
CREATE TRIGGER referral_audit AFTER INSERT OR UPDATE ON referral
  FOR EACH ROW EXECUTE FUNCTION audit_case_change ();
CREATE TRIGGER clock_pause_audit AFTER INSERT OR UPDATE ON clock_pause
  FOR EACH ROW EXECUTE FUNCTION audit_case_change ();
CREATE TRIGGER allocation_audit AFTER INSERT OR UPDATE ON allocation
  FOR EACH ROW EXECUTE FUNCTION audit_case_change ();
CREATE TRIGGER task_audit AFTER INSERT OR UPDATE ON task
  FOR EACH ROW EXECUTE FUNCTION audit_case_change ();
CREATE TRIGGER threshold_audit AFTER INSERT OR UPDATE OR DELETE ON threshold
  FOR EACH ROW EXECUTE FUNCTION audit_case_change ();
CREATE TRIGGER wait_standard_audit AFTER UPDATE ON wait_standard
  FOR EACH ROW EXECUTE FUNCTION audit_case_change ();

---------------------------------------------------------------------------------------
-- A changed standard moves the clock of every open referral of its urgency, including
-- those the manager cannot see: the desk works the clocks out (caseload-wait-clock.c)
-- from these facts, which name nobody, and sets them back.

CREATE FUNCTION open_clocks (p_username text, p_urgency text)
RETURNS TABLE (id text, received_at text, first_contact_at text, assessment_at text, help_started_at text,
               pause_started text[], pause_ended text[])
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = caseload, public AS $$
BEGIN
  PERFORM caseload.require_manager (p_username);
  RETURN QUERY
    SELECT r.id, r.received_at, r.first_contact_at, r.assessment_at, r.help_started_at,
           coalesce (array_agg (c.started_at ORDER BY c.started_at) FILTER (WHERE c.id IS NOT NULL), '{}'),
           coalesce (array_agg (c.ended_at ORDER BY c.started_at) FILTER (WHERE c.id IS NOT NULL), '{}')
      FROM caseload.referral r LEFT JOIN caseload.clock_pause c ON c.referral_id = r.id
     WHERE r.urgency = p_urgency AND r.status IN ('awaiting-triage', 'accepted')
     GROUP BY r.id;
END
$$;

CREATE FUNCTION set_clocks (p_username text, p_ids text[], p_due text[], p_warn text[], p_paused boolean[],
                            p_stopped text[], p_waited bigint[], p_missed boolean[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = caseload, public AS $$
BEGIN
  PERFORM caseload.require_manager (p_username);
  UPDATE caseload.referral r
     SET clock_due_at = u.due, clock_warn_at = u.warn, clock_paused = u.paused,
         clock_stopped_at = u.stopped, clock_waited_seconds = u.waited, clock_missed = u.missed
    FROM unnest (p_ids, p_due, p_warn, p_paused, p_stopped, p_waited, p_missed)
         AS u (id, due, warn, paused, stopped, waited, missed)
   WHERE r.id = u.id;
END
$$;

---------------------------------------------------------------------------------------
-- The caseload lists read many referrals, each of which row-level security would check
-- on its own before an index could order or count them (as for the search, 0003's
-- text_matches): case_keys finds a list's count, or the keys of one page, with the
-- owner's rights, applying the same visibility itself (the acting member's
-- organisation's person_access). The desk then reads the page's rows through row-level
-- security. Break-glass people are not in the caseload lists.
-- @p_kind: 'my-caseload', 'team-caseload', 'waiting', 'unallocated'; @p_breach: 'any',
-- 'near', 'breached'; @p_sort: 'default', 'name', 'worker', 'wait', 'due', 'next-review',
-- 'last-contact'; the search (caseload-search.c): @p_fragments, folded words the person's
-- names must all contain; an NHS number from @p_nhs_from up to @p_nhs_to; a date of birth.
-- With @p_count, one row: the count in n. Otherwise the page's keys, n their order.
CREATE FUNCTION case_keys (p_staff_id text, p_kind text, p_worker text, p_pcn text, p_practice text,
                           p_organisation text, p_urgency text, p_fragments text[], p_nhs_from text,
                           p_nhs_to text, p_date_of_birth text, p_breach text,
                           p_sort text, p_now text, p_limit bigint, p_offset bigint, p_count boolean)
RETURNS TABLE (rid text, aid text, n bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = caseload, public
  -- Compiling these short queries (JIT) would take longer than running them.
  SET jit = off AS $$
DECLARE
  s caseload.staff;
  v_from text;
  v_where text := '';
  v_order text;
  v_fragment text;
  v_aid text := 'NULL::text';
BEGIN
  SELECT * INTO s FROM caseload.staff WHERE id = p_staff_id;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  s := caseload.acting_staff (s.username);
  IF s.access_role = 'administrator' OR NOT s.active OR s.must_change_password
     OR (s.locked_until IS NOT NULL AND s.locked_until > caseload.now_text ()) THEN
    IF p_count THEN
      RETURN QUERY SELECT NULL::text, NULL::text, 0::bigint;
    END IF;
    RETURN;
  END IF;
  IF p_kind = 'my-caseload' AND p_worker IS NULL THEN
    p_worker := s.id;
  END IF;

  IF p_kind IN ('my-caseload', 'team-caseload') THEN
    -- The referral through LATERAL … OFFSET 0: one row at most per allocation, which the
    -- planner then counts right (a plain join it guesses twenty times too few, and sorts
    -- every allocation rather than walking the people in order).
    v_from := ' FROM caseload.allocation a JOIN LATERAL (SELECT r0.* FROM caseload.referral r0 WHERE r0.id = a.referral_id'
      || ' AND r0.status = ''accepted'' OFFSET 0) r ON true'
      || ' JOIN caseload.person_access pa ON pa.organisation_id = $1 AND pa.pk = a.person_pk'
      || ' JOIN caseload.staff w ON w.id = a.staff_id WHERE a.ended_on IS NULL';
    IF p_worker IS NOT NULL THEN
      v_where := v_where || ' AND a.staff_id = $2';
    END IF;
    IF p_organisation IS NOT NULL THEN
      v_where := v_where || ' AND w.organisation_id = $3';
    END IF;
  ELSE
    v_from := ' FROM caseload.referral r JOIN caseload.person_access pa ON pa.organisation_id = $1 AND pa.pk = r.person_pk';
    IF p_kind = 'waiting' THEN
      -- The worker only where a filter or the order needs them: the page's are found after.
      IF p_worker IS NOT NULL OR p_organisation IS NOT NULL OR p_sort = 'worker' THEN
        v_from := v_from || ' LEFT JOIN LATERAL (SELECT x.id, x.staff_id FROM caseload.allocation x'
          || ' WHERE x.referral_id = r.id AND x.ended_on IS NULL ORDER BY x.started_on DESC, x.id LIMIT 1) a ON true'
          || ' LEFT JOIN caseload.staff w ON w.id = a.staff_id';
        v_aid := 'a.id';
      END IF;
      v_from := v_from || ' WHERE r.clock_stopped_at IS NULL AND r.status IN (''awaiting-triage'', ''accepted'')';
      IF p_worker IS NOT NULL THEN
        v_where := v_where || ' AND a.staff_id = $2';
      END IF;
      IF p_organisation IS NOT NULL THEN
        v_where := v_where || ' AND w.organisation_id = $3';
      END IF;
    ELSIF p_breach IN ('near', 'breached') THEN
      -- The clock filter finds few rows by itself (the waiting index).
      v_from := v_from || ' WHERE r.status = ''accepted'' AND NOT EXISTS (SELECT 1 FROM caseload.allocation x'
        || ' WHERE x.referral_id = r.id AND x.ended_on IS NULL)';
    ELSE
      -- The few accepted referrals with no worker first (OFFSET 0 keeps them apart), then
      -- each one's person looked up, rather than every person the organisation may see.
      v_from := ' FROM (SELECT * FROM caseload.referral r0 WHERE r0.status = ''accepted'' AND NOT EXISTS'
        || ' (SELECT 1 FROM caseload.allocation x WHERE x.referral_id = r0.id AND x.ended_on IS NULL) OFFSET 0) r'
        || ' JOIN caseload.person_access pa ON pa.organisation_id = $1 AND pa.pk = r.person_pk WHERE true';
    END IF;
    IF p_kind = 'unallocated' THEN
      IF p_worker IS NOT NULL OR p_organisation IS NOT NULL THEN
        v_where := v_where || ' AND false';
      END IF;
      IF p_sort = 'worker' THEN
        p_sort := 'name';
      END IF;
    END IF;
  END IF;
  IF p_pcn IS NOT NULL THEN
    v_where := v_where || ' AND r.pcn = $4';
  END IF;
  IF p_practice IS NOT NULL THEN
    v_where := v_where || ' AND EXISTS (SELECT 1 FROM caseload.person pp WHERE pp.pk = r.person_pk AND pp.gp_practice_id = $5)';
  END IF;
  IF p_urgency IS NOT NULL THEN
    v_where := v_where || ' AND r.urgency = $6';
  END IF;
  FOREACH v_fragment IN ARRAY coalesce (p_fragments, '{}') LOOP
    v_where := v_where || format (' AND pa.names LIKE %L', '%' || v_fragment || '%');
  END LOOP;
  IF p_nhs_from IS NOT NULL THEN
    v_where := v_where || ' AND EXISTS (SELECT 1 FROM caseload.person pp WHERE pp.pk = r.person_pk'
      || ' AND pp.nhs_number >= $10 AND pp.nhs_number < $11)';
  END IF;
  IF p_date_of_birth IS NOT NULL THEN
    v_where := v_where || ' AND EXISTS (SELECT 1 FROM caseload.person pp WHERE pp.pk = r.person_pk'
      || ' AND pp.date_of_birth = $12)';
  END IF;
  IF p_breach IN ('near', 'breached') THEN
    v_where := v_where || ' AND r.clock_stopped_at IS NULL AND r.status IN (''awaiting-triage'', ''accepted'')'
      || ' AND NOT r.clock_paused AND ' || CASE p_breach WHEN 'near' THEN 'r.clock_warn_at' ELSE 'r.clock_due_at' END
      || ' <= $7';
  END IF;

  IF p_count THEN
    RETURN QUERY EXECUTE 'SELECT NULL::text, NULL::text, count(*) '
      || CASE WHEN p_kind = 'my-caseload' THEN 'FROM (SELECT DISTINCT a.person_pk ' || v_from || v_where || ') x'
              ELSE v_from || v_where END
      USING s.organisation_id, p_worker, p_organisation, p_pcn, p_practice, p_urgency, p_now, NULL::bigint,
            NULL::bigint, p_nhs_from, p_nhs_to, p_date_of_birth;
    RETURN;
  END IF;

  v_order := CASE p_sort
    WHEN 'name' THEN 'pa.sort_key, r.received_at, r.id'
    WHEN 'worker' THEN 'w.display_name NULLS LAST, pa.sort_key, r.id'
    WHEN 'wait' THEN 'r.received_at, r.id'
    WHEN 'due' THEN 'r.clock_due_at NULLS LAST, r.received_at, r.id'
    WHEN 'next-review' THEN 'r.next_review_on NULLS LAST, pa.sort_key, r.id'
    WHEN 'last-contact' THEN '(SELECT max (t.occurred_at) FROM caseload.timeline_entry t WHERE t.person_id = r.person_id'
                             || ' AND t.kind IN (''appointment'', ''phone-call'', ''home-visit'', ''network-meeting'','
                             || ' ''video-call'', ''message'')) '
                             || 'NULLS FIRST, pa.sort_key, r.id'
    -- Text order puts 'very-urgent' last: descending is the most urgent first.
    ELSE CASE WHEN p_kind = 'waiting' THEN 'r.urgency DESC, r.received_at, r.id' ELSE 'pa.sort_key, r.received_at, r.id' END
  END;
  IF p_kind = 'my-caseload' THEN
    -- One row per person: the earliest of their allocations to the worker.
    v_from := ' FROM (SELECT DISTINCT ON (a.person_pk) a.id AS aid, r.id, r.person_id, r.received_at, r.clock_due_at,'
      || ' r.next_review_on, r.urgency' || v_from || v_where || ' ORDER BY a.person_pk, a.started_on, a.id) r'
      || ' JOIN caseload.allocation a ON a.id = r.aid JOIN caseload.person_access pa ON pa.organisation_id = $1'
      || ' AND pa.pk = a.person_pk JOIN caseload.staff w ON w.id = a.staff_id';
    v_where := '';
  END IF;
  IF p_kind IN ('my-caseload', 'team-caseload') THEN
    v_aid := 'a.id';
  END IF;
  RETURN QUERY EXECUTE 'SELECT x.rid, coalesce (x.aid, (SELECT y.id FROM caseload.allocation y WHERE y.referral_id = x.rid'
    || '   AND y.ended_on IS NULL ORDER BY y.started_on DESC, y.id LIMIT 1)), row_number () OVER ()'
    || ' FROM (SELECT r.id AS rid, ' || v_aid || ' AS aid'
    || v_from || v_where || ' ORDER BY ' || v_order || ' LIMIT $8 OFFSET $9) x'
    USING s.organisation_id, p_worker, p_organisation, p_pcn, p_practice, p_urgency, p_now, p_limit, p_offset,
          p_nhs_from, p_nhs_to, p_date_of_birth;
END
$$;

-- The dashboard's figures for a team manager (caseload-dashboard.h), over the people
-- their organisation may see, for referrals received from @p_from up to (not including)
-- @p_after: rows of (section, label, detail, n).
CREATE FUNCTION dashboard_counts (p_username text, p_from text, p_after text, p_pcn text, p_now text)
RETURNS TABLE (section text, label text, detail text, n bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = caseload, public
  -- Compiling these short queries (JIT) would take longer than running them.
  SET jit = off
  -- A site's range of referrals, grouped and kept for the percentiles, in memory.
  SET work_mem = '64MB' AS $$
DECLARE
  s caseload.staff := caseload.require_manager (p_username);
BEGIN
  -- One pass over the range's referrals (the dashboard index covers every column read),
  -- counted by hashing; the waits' percentiles sort only the measured ones, once.
  RETURN QUERY
    WITH seen AS MATERIALIZED (
      SELECT left (r.received_at, 7) AS month_in, r.source,
             CASE WHEN r.status IN ('signposted', 'referred-on', 'declined', 'transferred')
                  THEN left (CASE WHEN r.status = 'transferred' THEN r.transferred_on ELSE r.decided_on END, 7) END AS month_out,
             CASE WHEN r.status = 'transferred' THEN r.transfer_kind ELSE r.status END AS outcome,
             r.status, r.clock_stopped_at IS NOT NULL AS stopped, r.clock_waited_seconds, r.clock_missed,
             r.clock_stopped_at IS NULL AND r.status IN ('awaiting-triage', 'accepted') AS running,
             NOT r.clock_paused AND r.clock_due_at <= p_now AS past_due,
             NOT r.clock_paused AND r.clock_warn_at <= p_now AND r.clock_due_at > p_now AS near,
             r.status = 'accepted' AND NOT EXISTS (SELECT 1 FROM caseload.allocation a
                                                    WHERE a.referral_id = r.id AND a.ended_on IS NULL) AS unallocated,
             r.status = 'accepted' AND r.next_review_on < left (p_now, 10) AS overdue
        FROM caseload.referral r JOIN caseload.person_access pa ON pa.organisation_id = s.organisation_id
                                                             AND pa.pk = r.person_pk
       WHERE r.received_at >= p_from AND r.received_at < p_after AND (p_pcn IS NULL OR r.pcn = p_pcn)),
    grouped AS (
      SELECT GROUPING (x.month_in, x.source) AS g_in, GROUPING (x.month_out, x.outcome) AS g_out,
             x.month_in, x.source, x.month_out, x.outcome, count(*) AS n,
             count(*) FILTER (WHERE x.stopped) AS measured,
             count(*) FILTER (WHERE x.stopped AND x.clock_missed) AS missed,
             count(*) FILTER (WHERE x.running) AS waiting,
             count(*) FILTER (WHERE x.running AND x.past_due) AS breached,
             count(*) FILTER (WHERE x.running AND x.near) AS near,
             count(*) FILTER (WHERE x.unallocated) AS unallocated,
             count(*) FILTER (WHERE x.overdue) AS overdue
        FROM seen x GROUP BY GROUPING SETS ((x.month_in, x.source), (x.month_out, x.outcome), ())),
    waits AS (
      SELECT percentile_disc (ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY x.clock_waited_seconds) AS p
        FROM seen x WHERE x.stopped)
    SELECT 'in', g.month_in, g.source, g.n FROM grouped g WHERE g.g_in = 0 AND g.g_out = 3
    UNION ALL
    SELECT 'out', g.month_out, g.outcome, g.n FROM grouped g WHERE g.g_out = 0 AND g.g_in = 3 AND g.month_out IS NOT NULL
    UNION ALL
    SELECT f.k, NULL, NULL, f.n FROM grouped g, waits v,
      LATERAL (VALUES ('measured', g.measured), ('median', coalesce (v.p[1], 0)), ('p90', coalesce (v.p[2], 0)),
                      ('missed', g.missed), ('waiting', g.waiting), ('breached', g.breached), ('near', g.near),
                      ('unallocated', g.unallocated), ('overdue', g.overdue)) f (k, n)
     WHERE g.g_in = 3 AND g.g_out = 3
    UNION ALL
    SELECT 'glass', NULL, NULL, count(*) FROM caseload.break_glass b WHERE b.reviewed_at IS NULL
    UNION ALL
    SELECT 'worker', w.display_name, o.name, count(*)
      FROM caseload.allocation a
      JOIN caseload.person_access pa ON pa.organisation_id = s.organisation_id AND pa.pk = a.person_pk
      JOIN caseload.staff w ON w.id = a.staff_id JOIN caseload.organisation o ON o.id = w.organisation_id
     WHERE a.ended_on IS NULL
       AND (p_pcn IS NULL OR (SELECT r.pcn FROM caseload.referral r WHERE r.id = a.referral_id) = p_pcn)
     GROUP BY w.id, w.display_name, o.name;
END
$$;

-- Whether a referral the actor cannot see exists at all: refused, rather than not found,
-- as the embedded store says.
CREATE FUNCTION referral_exists (p_id text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = caseload, public AS $$
  SELECT EXISTS (SELECT 1 FROM caseload.referral WHERE id = p_id)
$$;

---------------------------------------------------------------------------------------
-- Row-level security: a referral, its pauses, allocations and a person's tasks are seen
-- by whoever may see the person (person_access for their organisation, or break glass:
-- person_read of 0003 written out for the row's person), and changed by whoever may add
-- to the record. Thresholds and standards: everyone reads them, team managers change them.

ALTER TABLE referral ENABLE ROW LEVEL SECURITY;
CREATE POLICY referral_read ON referral FOR SELECT TO caseload_staff USING (
  EXISTS (SELECT 1 FROM caseload.person_access a
           WHERE a.organisation_id = (SELECT caseload.actor_organisation ()) AND a.pk = referral.person_pk)
  OR EXISTS (SELECT 1 FROM caseload.break_glass b
              WHERE b.person_id = referral.person_id AND b.staff_id = (SELECT caseload.actor_id ())
                AND b.expires_at > (SELECT caseload.now_text ())
                AND (SELECT caseload.actor_organisation ()) IS NOT NULL));
CREATE POLICY referral_add ON referral FOR INSERT TO caseload_staff WITH CHECK (
  caseload.may_add_to (person_id) AND created_by = (SELECT caseload.actor_id ()));
CREATE POLICY referral_change ON referral FOR UPDATE TO caseload_staff USING (caseload.may_add_to (person_id));

ALTER TABLE allocation ENABLE ROW LEVEL SECURITY;
CREATE POLICY allocation_read ON allocation FOR SELECT TO caseload_staff USING (
  EXISTS (SELECT 1 FROM caseload.person_access a
           WHERE a.organisation_id = (SELECT caseload.actor_organisation ()) AND a.pk = allocation.person_pk)
  OR EXISTS (SELECT 1 FROM caseload.break_glass b
              WHERE b.person_id = allocation.person_id AND b.staff_id = (SELECT caseload.actor_id ())
                AND b.expires_at > (SELECT caseload.now_text ())
                AND (SELECT caseload.actor_organisation ()) IS NOT NULL));
-- Onto a referral of the same person.
CREATE POLICY allocation_add ON allocation FOR INSERT TO caseload_staff WITH CHECK (
  caseload.may_add_to (person_id) AND created_by = (SELECT caseload.actor_id ())
  AND EXISTS (SELECT 1 FROM caseload.referral r WHERE r.id = referral_id AND r.person_id = allocation.person_id));
CREATE POLICY allocation_change ON allocation FOR UPDATE TO caseload_staff USING (caseload.may_add_to (person_id));

ALTER TABLE task ENABLE ROW LEVEL SECURITY;
CREATE POLICY task_read ON task FOR SELECT TO caseload_staff USING (
  EXISTS (SELECT 1 FROM caseload.person_access a
           WHERE a.organisation_id = (SELECT caseload.actor_organisation ()) AND a.pk = task.person_pk)
  OR EXISTS (SELECT 1 FROM caseload.break_glass b
              WHERE b.person_id = task.person_id AND b.staff_id = (SELECT caseload.actor_id ())
                AND b.expires_at > (SELECT caseload.now_text ())
                AND (SELECT caseload.actor_organisation ()) IS NOT NULL));
CREATE POLICY task_add ON task FOR INSERT TO caseload_staff WITH CHECK (
  caseload.may_add_to (person_id) AND created_by = (SELECT caseload.actor_id ()));
CREATE POLICY task_change ON task FOR UPDATE TO caseload_staff USING (caseload.may_add_to (person_id));

ALTER TABLE clock_pause ENABLE ROW LEVEL SECURITY;
CREATE POLICY clock_pause_read ON clock_pause FOR SELECT TO caseload_staff USING (
  EXISTS (SELECT 1 FROM caseload.referral r WHERE r.id = clock_pause.referral_id));
CREATE POLICY clock_pause_add ON clock_pause FOR INSERT TO caseload_staff WITH CHECK (
  caseload.may_add_to ((SELECT r.person_id FROM caseload.referral r WHERE r.id = referral_id))
  AND created_by = (SELECT caseload.actor_id ()));
CREATE POLICY clock_pause_change ON clock_pause FOR UPDATE TO caseload_staff USING (
  caseload.may_add_to ((SELECT r.person_id FROM caseload.referral r WHERE r.id = referral_id)));

ALTER TABLE threshold ENABLE ROW LEVEL SECURITY;
CREATE POLICY threshold_read ON threshold FOR SELECT TO caseload_staff USING (true);
CREATE POLICY threshold_add ON threshold FOR INSERT TO caseload_staff
  WITH CHECK ((SELECT caseload.actor_role ()) = 'team-manager');
CREATE POLICY threshold_change ON threshold FOR UPDATE TO caseload_staff
  USING ((SELECT caseload.actor_role ()) = 'team-manager');
CREATE POLICY threshold_remove ON threshold FOR DELETE TO caseload_staff
  USING ((SELECT caseload.actor_role ()) = 'team-manager');

ALTER TABLE wait_standard ENABLE ROW LEVEL SECURITY;
CREATE POLICY wait_standard_read ON wait_standard FOR SELECT TO caseload_staff USING (true);
CREATE POLICY wait_standard_change ON wait_standard FOR UPDATE TO caseload_staff
  USING ((SELECT caseload.actor_role ()) = 'team-manager');

---------------------------------------------------------------------------------------
-- Grants: nothing is removed, and nobody but a team manager touches the settings.

REVOKE ALL ON referral, clock_pause, allocation, task, threshold, wait_standard FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE ON referral, clock_pause, allocation, task TO caseload_staff;
GRANT SELECT, INSERT, UPDATE, DELETE ON threshold TO caseload_staff;
GRANT SELECT, UPDATE ON wait_standard TO caseload_staff;
REVOKE ALL ON FUNCTION case_row_key (), case_relationship (), stamp_task_done (), stamp_setting (),
  case_json (jsonb), audit_case_change (), open_clocks (text, text),
  case_keys (text, text, text, text, text, text, text, text[], text, text, text, text, text, text, bigint, bigint, boolean),
  dashboard_counts (text, text, text, text, text), referral_exists (text), set_clocks (text, text[], text[], text[], boolean[], text[], bigint[], boolean[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION caseload.case_json (jsonb), caseload.open_clocks (text, text),
  caseload.case_keys (text, text, text, text, text, text, text, text[], text, text, text, text, text, text, bigint, bigint, boolean),
  caseload.dashboard_counts (text, text, text, text, text), caseload.referral_exists (text),
  caseload.set_clocks (text, text[], text[], text[], boolean[], text[], bigint[], boolean[])
  TO caseload_staff;
