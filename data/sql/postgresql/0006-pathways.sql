-- SPDX-License-Identifier: GPL-3.0-or-later
-- Caseload schema 6 (PostgreSQL): pathways. STEPPS group cohorts (facilitators,
-- participants with their reinforcement teams, a session calendar, attendance with
-- emotional intensity and BEST), Open Dialogue episodes and network meetings, IPS
-- employment (referrals, employer contacts, jobs, IPS-25 fidelity reviews), housing
-- referrals with their status history, and accommodation status over time. The same
-- tables and columns as SQLite's 0006-pathways.sql (booleans as boolean, hours and working
-- time as double precision); as for referrals, the server decides who sees and changes
-- them (row-level security), stamps who, where and when, keeps each row's person key, and
-- audits every change (without the free text, which may name people).

SET LOCAL search_path = caseload, public;

-- An IPS employment specialist's caseload limit scales by their working time.
ALTER TABLE staff ADD COLUMN fte double precision NOT NULL DEFAULT 1.0 CHECK (fte > 0 AND fte <= 1);

-- Cohorts, their facilitators and sessions are the team's: they name nobody in care.
CREATE TABLE stepps_cohort (
  id                  text PRIMARY KEY,
  name                text NOT NULL CHECK (length (name) > 0),
  programme           text NOT NULL CHECK (programme IN ('stepps-20', 'stepps-21', 'stepps-ei-12', 'custom')),
  n_sessions          integer NOT NULL CHECK (n_sessions BETWEEN 1 AND 40),
  session_minutes     integer NOT NULL CHECK (session_minutes BETWEEN 30 AND 480),
  venue               text,
  start_on            text NOT NULL,
  end_on              text NOT NULL,
  completion_percent  integer NOT NULL CHECK (completion_percent BETWEEN 1 AND 100),
  organisation_id     text NOT NULL REFERENCES organisation (id),
  version             integer NOT NULL DEFAULT 1,
  created_by          text NOT NULL REFERENCES staff (id),
  created_at          text NOT NULL
);
CREATE INDEX stepps_cohort_dates ON stepps_cohort (end_on, start_on);

CREATE TABLE stepps_facilitator (
  cohort_id           text NOT NULL REFERENCES stepps_cohort (id),
  staff_id            text NOT NULL REFERENCES staff (id),
  PRIMARY KEY (cohort_id, staff_id)
);

CREATE TABLE stepps_participant (
  id                  text PRIMARY KEY,
  cohort_id           text NOT NULL REFERENCES stepps_cohort (id),
  person_id           text NOT NULL REFERENCES person (id),
  person_pk           bigint NOT NULL,
  joined_on           text NOT NULL,
  left_on             text,
  version             integer NOT NULL DEFAULT 1,
  created_by          text NOT NULL REFERENCES staff (id),
  created_at          text NOT NULL,
  UNIQUE (cohort_id, person_id)
);
CREATE INDEX stepps_participant_person ON stepps_participant (person_pk, cohort_id);

CREATE TABLE stepps_reinforcer (
  id                  text PRIMARY KEY,
  participant_id      text NOT NULL REFERENCES stepps_participant (id),
  network_member_id   text REFERENCES network_member (id),
  name                text NOT NULL CHECK (length (name) > 0),
  role                text,
  professional        boolean NOT NULL DEFAULT false,
  summary_given_on    text
);
CREATE INDEX stepps_reinforcer_participant ON stepps_reinforcer (participant_id);

CREATE TABLE stepps_session (
  id                  text PRIMARY KEY,
  cohort_id           text NOT NULL REFERENCES stepps_cohort (id),
  number              integer NOT NULL CHECK (number > 0),
  held_on             text NOT NULL,
  topic               text,
  notes               text,
  version             integer NOT NULL DEFAULT 1,
  UNIQUE (cohort_id, number)
);
CREATE INDEX stepps_session_date ON stepps_session (held_on, cohort_id);

CREATE TABLE stepps_attendance (
  session_id          text NOT NULL REFERENCES stepps_session (id),
  participant_id      text NOT NULL REFERENCES stepps_participant (id),
  person_pk           bigint NOT NULL,
  status              text NOT NULL CHECK (status IN ('attended', 'apologies', 'did-not-attend')),
  intensity           integer CHECK (intensity BETWEEN 1 AND 5),
  best_total          integer CHECK (best_total BETWEEN 12 AND 72),
  recorded_by         text NOT NULL REFERENCES staff (id),
  recorded_at         text NOT NULL,
  PRIMARY KEY (session_id, participant_id)
);
CREATE INDEX stepps_attendance_participant ON stepps_attendance (participant_id);
CREATE INDEX stepps_attendance_person_pk ON stepps_attendance (person_pk);

CREATE TABLE od_episode (
  id                  text PRIMARY KEY,
  person_id           text NOT NULL REFERENCES person (id),
  person_pk           bigint NOT NULL,
  start_kind          text NOT NULL CHECK (start_kind IN ('referral', 'crisis-contact')),
  referral_id         text REFERENCES referral (id),
  contact_at          text NOT NULL,
  responsible_id      text REFERENCES staff (id),
  first_meeting_at    text,
  ended_on            text,
  end_note            text,
  organisation_id     text NOT NULL REFERENCES organisation (id),
  version             integer NOT NULL DEFAULT 1,
  recorded_by         text NOT NULL REFERENCES staff (id),
  created_at          text NOT NULL
);
CREATE INDEX od_episode_person ON od_episode (person_pk, contact_at);
CREATE INDEX od_episode_contact ON od_episode (contact_at);

CREATE TABLE od_core_member (
  episode_id          text NOT NULL REFERENCES od_episode (id),
  staff_id            text NOT NULL REFERENCES staff (id),
  PRIMARY KEY (episode_id, staff_id)
);

CREATE TABLE od_meeting (
  id                  text PRIMARY KEY,
  episode_id          text NOT NULL REFERENCES od_episode (id),
  person_pk           bigint NOT NULL,
  held_at             text NOT NULL,
  place               text NOT NULL CHECK (place IN ('home', 'clinic', 'video')),
  person_present      boolean NOT NULL,
  decisions           text,
  notes               text,
  organisation_id     text NOT NULL REFERENCES organisation (id),
  version             integer NOT NULL DEFAULT 1,
  recorded_by         text NOT NULL REFERENCES staff (id),
  created_at          text NOT NULL
);
CREATE INDEX od_meeting_episode ON od_meeting (episode_id, held_at);
CREATE INDEX od_meeting_person_pk ON od_meeting (person_pk);

CREATE TABLE od_meeting_practitioner (
  meeting_id          text NOT NULL REFERENCES od_meeting (id),
  staff_id            text NOT NULL REFERENCES staff (id),
  PRIMARY KEY (meeting_id, staff_id)
);

-- Network members at a meeting: from the person's network, or named on the spot.
CREATE TABLE od_meeting_member (
  id                  text PRIMARY KEY,
  meeting_id          text NOT NULL REFERENCES od_meeting (id),
  network_member_id   text REFERENCES network_member (id),
  name                text NOT NULL CHECK (length (name) > 0),
  relationship        text NOT NULL,
  relationship_detail text
);
CREATE INDEX od_meeting_member_meeting ON od_meeting_member (meeting_id);

CREATE TABLE ips_referral (
  id                  text PRIMARY KEY,
  person_id           text NOT NULL REFERENCES person (id),
  person_pk           bigint NOT NULL,
  wants_work          boolean NOT NULL CHECK (wants_work),
  referred_on         text NOT NULL,
  referred_by         text NOT NULL REFERENCES staff (id),
  specialist_id       text NOT NULL REFERENCES staff (id),
  engaged_on          text,
  job_search_on       text,
  benefits_advice     boolean NOT NULL DEFAULT false,
  benefits_advice_on  text,
  closed_on           text,
  close_reason        text,
  organisation_id     text NOT NULL REFERENCES organisation (id),
  version             integer NOT NULL DEFAULT 1,
  created_at          text NOT NULL
);
CREATE INDEX ips_referral_person ON ips_referral (person_pk, referred_on);
CREATE INDEX ips_referral_specialist ON ips_referral (specialist_id, closed_on);
CREATE INDEX ips_referral_date ON ips_referral (referred_on);

CREATE TABLE ips_employer_contact (
  id                  text PRIMARY KEY,
  referral_id         text NOT NULL REFERENCES ips_referral (id),
  person_pk           bigint NOT NULL,
  employer            text NOT NULL CHECK (length (employer) > 0),
  contacted_on        text NOT NULL,
  outcome             text NOT NULL CHECK (outcome IN ('follow-up', 'interview', 'job-offer', 'no-vacancy',
                        'not-suitable')),
  note                text,
  recorded_by         text NOT NULL REFERENCES staff (id),
  created_at          text NOT NULL
);
CREATE INDEX ips_employer_contact_referral ON ips_employer_contact (referral_id, contacted_on);

CREATE TABLE ips_job (
  id                  text PRIMARY KEY,
  referral_id         text NOT NULL REFERENCES ips_referral (id),
  person_pk           bigint NOT NULL,
  employer            text NOT NULL CHECK (length (employer) > 0),
  role                text NOT NULL CHECK (length (role) > 0),
  hours_per_week      double precision NOT NULL CHECK (hours_per_week >= 0),
  pay_type            text NOT NULL CHECK (pay_type IN ('hourly', 'salaried', 'self-employed')),
  started_on          text NOT NULL,
  in_work_support     boolean NOT NULL DEFAULT false,
  ended_on            text,
  end_reason          text NOT NULL DEFAULT 'not-ended' CHECK (end_reason IN ('not-ended', 'left-by-choice',
                        'contract-ended', 'dismissed', 'health', 'new-job', 'other')),
  end_note            text,
  version             integer NOT NULL DEFAULT 1,
  recorded_by         text NOT NULL REFERENCES staff (id),
  created_at          text NOT NULL
);
CREATE INDEX ips_job_referral ON ips_job (referral_id, started_on);

CREATE TABLE ips_fidelity_review (
  id                  text PRIMARY KEY,
  service             text NOT NULL CHECK (length (service) > 0),
  reviewed_on         text NOT NULL,
  reviewers           text,
  scores              text NOT NULL,
  total               integer NOT NULL CHECK (total BETWEEN 25 AND 125),
  band                text NOT NULL CHECK (band IN ('not-ips', 'fair', 'good', 'exemplary')),
  note                text,
  recorded_by         text NOT NULL REFERENCES staff (id),
  created_at          text NOT NULL
);
CREATE INDEX ips_fidelity_review_date ON ips_fidelity_review (reviewed_on);

CREATE TABLE housing_referral (
  id                  text PRIMARY KEY,
  person_id           text NOT NULL REFERENCES person (id),
  person_pk           bigint NOT NULL,
  kind                text NOT NULL CHECK (kind IN ('prevention', 'relief', 'floating-support',
                        'supported-accommodation', 'adaptations')),
  organisation_id     text NOT NULL REFERENCES organisation (id),
  sent_on             text NOT NULL,
  status              text NOT NULL CHECK (status IN ('sent', 'acknowledged', 'assessed', 'offered', 'in-place',
                        'closed')),
  status_on           text NOT NULL,
  outcome             text NOT NULL DEFAULT 'none' CHECK (outcome IN ('none', 'home-kept', 'rehoused',
                        'support-completed', 'not-eligible', 'declined', 'withdrawn', 'other')),
  referred_by         text NOT NULL REFERENCES staff (id),
  version             integer NOT NULL DEFAULT 1,
  created_at          text NOT NULL
);
CREATE INDEX housing_referral_person ON housing_referral (person_pk, sent_on);
CREATE INDEX housing_referral_status ON housing_referral (status, organisation_id);

CREATE TABLE housing_status_change (
  id                  text PRIMARY KEY,
  referral_id         text NOT NULL REFERENCES housing_referral (id),
  from_status         text NOT NULL,
  to_status           text NOT NULL,
  changed_on          text NOT NULL,
  reason              text,
  changed_by          text NOT NULL REFERENCES staff (id),
  created_at          text NOT NULL,
  seq                 bigint GENERATED BY DEFAULT AS IDENTITY  -- in the order saved, as SQLite's rowid
);
CREATE INDEX housing_status_change_referral ON housing_status_change (referral_id, seq);

CREATE TABLE accommodation_status (
  id                  text PRIMARY KEY,
  person_id           text NOT NULL REFERENCES person (id),
  person_pk           bigint NOT NULL,
  status              text NOT NULL CHECK (status IN ('settled', 'at-risk', 'temporary', 'homeless', 'supported',
                        'hospital')),
  from_on             text NOT NULL,
  note                text,
  recorded_by         text NOT NULL REFERENCES staff (id),
  created_at          text NOT NULL,
  seq                 bigint GENERATED BY DEFAULT AS IDENTITY  -- in the order saved, as SQLite's rowid
);
CREATE INDEX accommodation_status_person ON accommodation_status (person_pk, from_on, created_at);

---------------------------------------------------------------------------------------
-- Whose record a pathway row belongs to, through its parent row: what the policies, the
-- person keys and the audit read. With the owner's rights, so a policy asks it about a
-- parent the actor may not (yet) see; the policy itself then decides.

CREATE FUNCTION pathway_person (p_parent text, p_id text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = caseload, public AS $$
  SELECT CASE p_parent
    WHEN 'participant' THEN (SELECT x.person_id FROM caseload.stepps_participant x WHERE x.id = p_id)
    WHEN 'episode' THEN (SELECT x.person_id FROM caseload.od_episode x WHERE x.id = p_id)
    WHEN 'meeting' THEN (SELECT e.person_id FROM caseload.od_meeting m JOIN caseload.od_episode e ON e.id = m.episode_id
                          WHERE m.id = p_id)
    WHEN 'ips' THEN (SELECT x.person_id FROM caseload.ips_referral x WHERE x.id = p_id)
    WHEN 'housing' THEN (SELECT x.person_id FROM caseload.housing_referral x WHERE x.id = p_id)
  END
$$;

-- The organisation a housing referral was sent to, and its status now.
CREATE FUNCTION pathway_organisation (p_housing_referral_id text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = caseload, public AS $$
  SELECT x.organisation_id FROM caseload.housing_referral x WHERE x.id = p_housing_referral_id
$$;
CREATE FUNCTION pathway_housing_status (p_housing_referral_id text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = caseload, public AS $$
  SELECT x.status FROM caseload.housing_referral x WHERE x.id = p_housing_referral_id
$$;

-- A cohort's participants, whoever may see them: their ids and whether they are still in
-- the group, no names (the Groups list counts them; a session is checked against the
-- whole group).
CREATE FUNCTION cohort_members (p_cohort_id text)
RETURNS TABLE (id text, person_id text, left_on text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = caseload, public AS $$
  SELECT x.id, x.person_id, x.left_on FROM caseload.stepps_participant x WHERE x.cohort_id = p_cohort_id
$$;

-- The numbers of a cohort's sessions with attendance recorded, whoever it was for: those
-- keep their date and are never removed.
CREATE FUNCTION cohort_recorded_sessions (p_cohort_id text)
RETURNS TABLE (number integer)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = caseload, public AS $$
  SELECT s.number FROM caseload.stepps_session s
   WHERE s.cohort_id = p_cohort_id AND EXISTS (SELECT 1 FROM caseload.stepps_attendance a WHERE a.session_id = s.id)
$$;

-- The parent a child row's person is found through, and the column naming it.
CREATE FUNCTION pathway_parent (p_table text, OUT parent text, OUT key text)
LANGUAGE sql IMMUTABLE AS $$
  SELECT x.parent, x.key FROM (VALUES
    ('stepps_reinforcer', 'participant', 'participant_id'),
    ('stepps_attendance', 'participant', 'participant_id'),
    ('od_core_member', 'episode', 'episode_id'),
    ('od_meeting', 'episode', 'episode_id'),
    ('od_meeting_practitioner', 'meeting', 'meeting_id'),
    ('od_meeting_member', 'meeting', 'meeting_id'),
    ('ips_employer_contact', 'ips', 'referral_id'),
    ('ips_job', 'ips', 'referral_id'),
    ('housing_status_change', 'housing', 'referral_id')) x (t, parent, key)
   WHERE x.t = p_table
$$;

---------------------------------------------------------------------------------------
-- Server stamping. Who, for which organisation and when are the server's word, and each
-- change counts the version; with no actor (the site owner loading rows) the desk's values
-- are kept. What a row was made with (created_*, the recording organisation, the referrer,
-- who first recorded it) stays as it was; attendance is stamped by whoever records it last.

CREATE FUNCTION stamp_pathway () RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  who text := caseload.actor_id ();
  at  text := caseload.now_text ();
  v_old jsonb;
  v_set jsonb;
BEGIN
  -- Bookkeeping the store keeps (a cohort's end follows its last session, an episode's
  -- first meeting its meetings) is not an edit: no new version, so nobody editing the
  -- record meets a false conflict.
  IF TG_OP = 'UPDATE' AND TG_TABLE_NAME IN ('stepps_cohort', 'od_episode')
     AND (to_jsonb (OLD) - '{end_on,first_meeting_at,version}'::text[])
         = (to_jsonb (NEW) - '{end_on,first_meeting_at,version}'::text[]) THEN
    NEW := jsonb_populate_record (NEW, jsonb_build_object ('version', (to_jsonb (OLD) ->> 'version')::integer));
    RETURN NEW;
  END IF;
  IF who IS NULL THEN
    IF TG_OP = 'UPDATE' THEN
      NEW := jsonb_populate_record (NEW, jsonb_build_object ('version', (to_jsonb (OLD) ->> 'version')::integer + 1));
    END IF;
    RETURN NEW;
  END IF;
  IF TG_OP = 'INSERT' THEN
    v_set := jsonb_build_object ('version', 1, 'created_at', at, 'created_by', who, 'recorded_by', who,
                                 'recorded_at', at, 'changed_by', who);
    IF TG_TABLE_NAME IN ('stepps_cohort', 'od_episode', 'od_meeting', 'ips_referral') THEN
      v_set := v_set || jsonb_build_object ('organisation_id', caseload.actor_organisation ());
    END IF;
    IF TG_TABLE_NAME IN ('ips_referral', 'housing_referral') THEN
      v_set := v_set || jsonb_build_object ('referred_by', who);
    END IF;
  ELSE
    v_old := to_jsonb (OLD);
    v_set := jsonb_build_object ('version', (v_old ->> 'version')::integer + 1);
    IF TG_TABLE_NAME = 'stepps_attendance' THEN
      v_set := v_set || jsonb_build_object ('recorded_by', who, 'recorded_at', at);
    ELSE
      v_set := v_set || (SELECT coalesce (jsonb_object_agg (k.key, k.value), '{}') FROM jsonb_each (v_old) k
                          WHERE k.key IN ('created_at', 'created_by', 'recorded_by', 'changed_by', 'referred_by')
                             OR (k.key = 'organisation_id' AND TG_TABLE_NAME <> 'housing_referral'));
    END IF;
  END IF;
  -- Keys the table lacks are left out.
  NEW := jsonb_populate_record (NEW, v_set);
  RETURN NEW;
END
$$;

-- The person's key, from the person or the parent row (after the stamps: triggers fire in
-- name order); also when caseload-admin copy loads rows with the stamps off, since a
-- desk's person keys are not the site's.
CREATE FUNCTION pathway_row_key () RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = caseload, public AS $$
DECLARE
  v_pk bigint;
BEGIN
  CASE TG_TABLE_NAME
    WHEN 'stepps_attendance' THEN
      SELECT x.person_pk INTO v_pk FROM caseload.stepps_participant x WHERE x.id = NEW.participant_id;
    WHEN 'od_meeting' THEN
      SELECT x.person_pk INTO v_pk FROM caseload.od_episode x WHERE x.id = NEW.episode_id;
    WHEN 'ips_employer_contact', 'ips_job' THEN
      SELECT x.person_pk INTO v_pk FROM caseload.ips_referral x WHERE x.id = NEW.referral_id;
    ELSE
      SELECT p.pk INTO v_pk FROM caseload.person p WHERE p.id = NEW.person_id;
  END CASE;
  NEW.person_pk := v_pk;
  RETURN NEW;
END
$$;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['stepps_cohort', 'stepps_participant', 'stepps_session', 'stepps_attendance', 'od_episode',
                           'od_meeting', 'ips_referral', 'ips_employer_contact', 'ips_job', 'ips_fidelity_review',
                           'housing_referral', 'housing_status_change', 'accommodation_status'] LOOP
    EXECUTE format ('CREATE TRIGGER %I BEFORE INSERT OR UPDATE ON caseload.%I '
                    'FOR EACH ROW EXECUTE FUNCTION caseload.stamp_pathway ()', t || '_stamp', t);
  END LOOP;
  FOREACH t IN ARRAY ARRAY['stepps_participant', 'stepps_attendance', 'od_episode', 'od_meeting', 'ips_referral',
                           'ips_employer_contact', 'ips_job', 'housing_referral', 'accommodation_status'] LOOP
    EXECUTE format ('CREATE TRIGGER %I BEFORE INSERT OR UPDATE ON caseload.%I '
                    'FOR EACH ROW EXECUTE FUNCTION caseload.pathway_row_key ()', t || '_zkey', t);
    EXECUTE format ('ALTER TABLE caseload.%I ENABLE ALWAYS TRIGGER %I', t, t || '_zkey');
  END LOOP;
END
$$;

---------------------------------------------------------------------------------------
-- A pathway referral still open to an organisation is the person's agreement to share
-- with it (it was made with them), as the embedded store has it: a housing referral sent
-- to it, or an IPS referral to one of its employment specialists. Its staff view and add
-- while the referral is open — a housing officer updates the referral in Caseload itself
-- — unless the person's newest decision declined. consent_state () (0003) says so for
-- refresh_access () and check_access () alike, and refresh_access () looks at those
-- organisations too. A housing referral also puts its organisation in the person's care
-- while open: a "referral" relationship whose id is the referral's, ended when it closes
-- and taken up again if it reopens. With the owner's rights: the housing officer who
-- closes a referral cannot change relationships.

CREATE OR REPLACE FUNCTION consent_state (p_person_id text, p_organisation_id text,
                                          OUT consent text, OUT decided_on text)
LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN c.may_view IS NOT NULL AND NOT c.may_view THEN 'declined'
              WHEN EXISTS (SELECT 1 FROM caseload.housing_referral h
                            WHERE h.person_id = p_person_id AND h.organisation_id = p_organisation_id
                              AND h.status <> 'closed')
                OR EXISTS (SELECT 1 FROM caseload.ips_referral r JOIN caseload.staff s ON s.id = r.specialist_id
                            WHERE r.person_id = p_person_id AND s.organisation_id = p_organisation_id
                              AND r.closed_on IS NULL) THEN 'view-and-add'
              WHEN c.may_view IS NULL THEN 'not-recorded'
              WHEN c.may_add THEN 'view-and-add'
              ELSE 'view' END,
         c.decided_on
    FROM (SELECT 1) one
    LEFT JOIN LATERAL (SELECT may_view, may_add, decided_on FROM caseload.consent_decision
                        WHERE person_id = p_person_id AND organisation_id = p_organisation_id
                        ORDER BY recorded_at DESC, seq DESC LIMIT 1) c ON true
$$;

-- 0003's, with the organisations of the person's IPS specialists among those considered.
CREATE OR REPLACE FUNCTION refresh_access (p_person_id text) RETURNS void
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
            OR o.id IN (SELECT organisation_id FROM caseload.consent_decision WHERE person_id = p_person_id)
            OR o.id IN (SELECT s.organisation_id FROM caseload.ips_referral r JOIN caseload.staff s
                          ON s.id = r.specialist_id WHERE r.person_id = p_person_id));
END
$$;

-- Who may see the person follows an IPS referral opening, closing or changing specialist.
CREATE FUNCTION ips_referral_access () RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = caseload, public AS $$
BEGIN
  PERFORM caseload.refresh_access (NEW.person_id);
  RETURN NULL;
END
$$;
CREATE TRIGGER ips_referral_access AFTER INSERT OR UPDATE OF closed_on, specialist_id, person_id ON ips_referral
  FOR EACH ROW EXECUTE FUNCTION ips_referral_access ();
-- (caseload-admin copy refreshes every copied person's access once, at the end.)

CREATE FUNCTION housing_relationship () RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = caseload, public AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO caseload.care_relationship (id, person_id, organisation_id, kind, started_at, created_at, created_by)
    VALUES (NEW.id, NEW.person_id, NEW.organisation_id, 'referral', caseload.now_text (), caseload.now_text (),
            NEW.referred_by);
    IF NEW.status = 'closed' THEN
      UPDATE caseload.care_relationship SET ended_at = caseload.now_text () WHERE id = NEW.id;
    END IF;
  ELSIF (OLD.status = 'closed') <> (NEW.status = 'closed') THEN
    UPDATE caseload.care_relationship SET ended_at = CASE WHEN NEW.status = 'closed' THEN caseload.now_text () END
     WHERE id = NEW.id;
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER housing_referral_relationship AFTER INSERT OR UPDATE OF status ON housing_referral
  FOR EACH ROW EXECUTE FUNCTION housing_relationship ();

---------------------------------------------------------------------------------------
-- Audit: every change, in its own transaction, into the same hash chain (audit_append ()
-- as the actor): 'add-', 'update-' or 'remove-' and the table ('add-stepps-cohort',
-- 'update-od-meeting', …), on the person's record where the row is someone's, with the
-- row before and after — its ids, dates and codes, never its free text (names, notes,
-- decisions, employers, reasons: only which of them changed) or the stamps.

-- The free text of a pathway row, which may name people: left out of the audit (a change
-- to it is recorded by the names of the fields changed).
CREATE FUNCTION pathway_text () RETURNS text[]
LANGUAGE sql IMMUTABLE AS $$
  SELECT '{name,role,venue,topic,notes,decisions,note,end_note,reason,close_reason,employer,relationship_detail,reviewers}'::text[]
$$;

CREATE FUNCTION pathway_json (r jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT r - caseload.pathway_text () - '{person_pk,version,created_at,created_by,recorded_at,recorded_by,changed_by}'::text[]
$$;

CREATE FUNCTION audit_pathway () RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  v_before jsonb := CASE WHEN TG_OP <> 'INSERT' THEN caseload.pathway_json (to_jsonb (OLD)) END;
  v_after jsonb := CASE WHEN TG_OP <> 'DELETE' THEN caseload.pathway_json (to_jsonb (NEW)) END;
  v_row jsonb := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb (OLD) ELSE to_jsonb (NEW) END;
  v_person text := v_row ->> 'person_id';
  v_changed jsonb := '[]';
  v_parent text;
  v_key text;
  v_detail jsonb;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    SELECT coalesce (jsonb_agg (k ORDER BY k), '[]') INTO v_changed FROM unnest (caseload.pathway_text ()) k
     WHERE to_jsonb (OLD) -> k IS DISTINCT FROM to_jsonb (NEW) -> k;
    IF v_before = v_after AND v_changed = '[]' THEN
      RETURN NULL;
    END IF;
  END IF;
  SELECT x.parent, x.key INTO v_parent, v_key FROM caseload.pathway_parent (TG_TABLE_NAME) x;
  IF v_person IS NULL AND v_parent IS NOT NULL THEN
    v_person := caseload.pathway_person (v_parent, v_row ->> v_key);
  END IF;
  v_detail := jsonb_build_object (TG_TABLE_NAME, v_row ->> 'id');
  IF v_before IS NOT NULL THEN
    v_detail := v_detail || jsonb_build_object ('before', v_before);
  END IF;
  IF v_after IS NOT NULL THEN
    v_detail := v_detail || jsonb_build_object ('after', v_after);
  END IF;
  IF v_changed <> '[]' THEN
    v_detail := v_detail || jsonb_build_object ('text_changed', v_changed);
  END IF;
  PERFORM caseload.audit_append (caseload.actor_id (),
                                 CASE TG_OP WHEN 'INSERT' THEN 'add-' WHEN 'UPDATE' THEN 'update-' ELSE 'remove-' END
                                 || replace (TG_TABLE_NAME, '_', '-'),
                                 v_person, v_detail::text, NULL);
  RETURN NULL;
END
$$;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['stepps_cohort', 'stepps_facilitator', 'stepps_participant', 'stepps_reinforcer',
                           'stepps_session', 'stepps_attendance', 'od_episode', 'od_core_member', 'od_meeting',
                           'od_meeting_practitioner', 'od_meeting_member', 'ips_referral', 'ips_employer_contact',
                           'ips_job', 'ips_fidelity_review', 'housing_referral', 'housing_status_change',
                           'accommodation_status'] LOOP
    EXECUTE format ('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON caseload.%I '
                    'FOR EACH ROW EXECUTE FUNCTION caseload.audit_pathway ()', t || '_audit', t);
  END LOOP;
END
$$;

-- A change of working time is a change to the staff member, audited as the others are.
DROP TRIGGER staff_audit ON staff;
CREATE TRIGGER staff_audit AFTER INSERT OR UPDATE OF display_name, role, organisation_id, email,
    username, access_role, fte ON staff
  FOR EACH ROW EXECUTE FUNCTION audit_change ();

---------------------------------------------------------------------------------------
-- Row-level security.
--
-- The team's rows (cohorts, facilitators, sessions) are read by every member of staff
-- and written by those who work with people (not administrators). A person's rows are
-- read by whoever may see the person (person_access for their organisation, or break
-- glass, as for referrals: by the row's person key) and written by whoever may add to
-- the record, as themselves; a child row follows its parent. Fidelity reviews are read
-- by everyone and recorded by team managers and administrators.

DO $$
DECLARE
  t text;
  v_sees text := 'EXISTS (SELECT 1 FROM caseload.person_access a'
    || ' WHERE a.organisation_id = (SELECT caseload.actor_organisation ()) AND a.pk = %2$I.person_pk)'
    || ' OR EXISTS (SELECT 1 FROM caseload.break_glass b JOIN caseload.person p ON p.id = b.person_id'
    || ' WHERE p.pk = %2$I.person_pk AND b.staff_id = (SELECT caseload.actor_id ())'
    || ' AND b.expires_at > (SELECT caseload.now_text ()) AND (SELECT caseload.actor_organisation ()) IS NOT NULL)';
BEGIN
  FOREACH t IN ARRAY ARRAY['stepps_cohort', 'stepps_facilitator', 'stepps_participant', 'stepps_reinforcer',
                           'stepps_session', 'stepps_attendance', 'od_episode', 'od_core_member', 'od_meeting',
                           'od_meeting_practitioner', 'od_meeting_member', 'ips_referral', 'ips_employer_contact',
                           'ips_job', 'ips_fidelity_review', 'housing_referral', 'housing_status_change',
                           'accommodation_status'] LOOP
    EXECUTE format ('ALTER TABLE caseload.%I ENABLE ROW LEVEL SECURITY', t);
  END LOOP;
  -- Seen with the person, by the row's person key.
  FOREACH t IN ARRAY ARRAY['stepps_participant', 'stepps_attendance', 'od_episode', 'od_meeting', 'ips_referral',
                           'ips_employer_contact', 'ips_job', 'housing_referral', 'accommodation_status'] LOOP
    EXECUTE format ('CREATE POLICY %I ON caseload.%I FOR SELECT TO caseload_staff USING (' || v_sees || ')',
                    t || '_read', t);
  END LOOP;
END
$$;

-- The team's.
CREATE POLICY stepps_cohort_read ON stepps_cohort FOR SELECT TO caseload_staff USING (true);
CREATE POLICY stepps_cohort_add ON stepps_cohort FOR INSERT TO caseload_staff WITH CHECK (
  (SELECT caseload.actor_organisation ()) IS NOT NULL AND created_by = (SELECT caseload.actor_id ()));
CREATE POLICY stepps_cohort_change ON stepps_cohort FOR UPDATE TO caseload_staff USING (
  (SELECT caseload.actor_organisation ()) IS NOT NULL);
CREATE POLICY stepps_facilitator_read ON stepps_facilitator FOR SELECT TO caseload_staff USING (true);
CREATE POLICY stepps_facilitator_add ON stepps_facilitator FOR INSERT TO caseload_staff WITH CHECK (
  (SELECT caseload.actor_organisation ()) IS NOT NULL);
CREATE POLICY stepps_facilitator_remove ON stepps_facilitator FOR DELETE TO caseload_staff USING (
  (SELECT caseload.actor_organisation ()) IS NOT NULL);
CREATE POLICY stepps_session_read ON stepps_session FOR SELECT TO caseload_staff USING (true);
CREATE POLICY stepps_session_add ON stepps_session FOR INSERT TO caseload_staff WITH CHECK (
  (SELECT caseload.actor_organisation ()) IS NOT NULL);
CREATE POLICY stepps_session_change ON stepps_session FOR UPDATE TO caseload_staff USING (
  (SELECT caseload.actor_organisation ()) IS NOT NULL);
-- Trailing sessions without attendance (attendance refers to its session).
CREATE POLICY stepps_session_remove ON stepps_session FOR DELETE TO caseload_staff USING (
  (SELECT caseload.actor_organisation ()) IS NOT NULL);

-- A person's, with the person id on the row.
CREATE POLICY stepps_participant_add ON stepps_participant FOR INSERT TO caseload_staff WITH CHECK (
  caseload.may_add_to (person_id) AND created_by = (SELECT caseload.actor_id ()));
CREATE POLICY stepps_participant_change ON stepps_participant FOR UPDATE TO caseload_staff USING (
  caseload.may_add_to (person_id));
CREATE POLICY od_episode_add ON od_episode FOR INSERT TO caseload_staff WITH CHECK (
  caseload.may_add_to (person_id) AND recorded_by = (SELECT caseload.actor_id ()));
CREATE POLICY od_episode_change ON od_episode FOR UPDATE TO caseload_staff USING (caseload.may_add_to (person_id));
-- Any organisation that may add to the record refers (zero exclusion).
CREATE POLICY ips_referral_add ON ips_referral FOR INSERT TO caseload_staff WITH CHECK (
  caseload.may_add_to (person_id) AND referred_by = (SELECT caseload.actor_id ()));
CREATE POLICY ips_referral_change ON ips_referral FOR UPDATE TO caseload_staff USING (caseload.may_add_to (person_id));
CREATE POLICY accommodation_status_add ON accommodation_status FOR INSERT TO caseload_staff WITH CHECK (
  caseload.may_add_to (person_id) AND recorded_by = (SELECT caseload.actor_id ()));
CREATE POLICY housing_referral_add ON housing_referral FOR INSERT TO caseload_staff WITH CHECK (
  caseload.may_add_to (person_id) AND referred_by = (SELECT caseload.actor_id ()));
-- The organisation it was sent to may add to the record while it is open (consent_state ()).
CREATE POLICY housing_referral_change ON housing_referral FOR UPDATE TO caseload_staff USING (
  caseload.may_add_to (person_id));

-- A person's, through the parent row.
CREATE POLICY stepps_reinforcer_read ON stepps_reinforcer FOR SELECT TO caseload_staff USING (
  EXISTS (SELECT 1 FROM caseload.stepps_participant x WHERE x.id = stepps_reinforcer.participant_id));
CREATE POLICY stepps_reinforcer_add ON stepps_reinforcer FOR INSERT TO caseload_staff WITH CHECK (
  caseload.may_add_to (caseload.pathway_person ('participant', participant_id)));
CREATE POLICY stepps_reinforcer_change ON stepps_reinforcer FOR UPDATE TO caseload_staff USING (
  caseload.may_add_to (caseload.pathway_person ('participant', participant_id)));
CREATE POLICY stepps_reinforcer_remove ON stepps_reinforcer FOR DELETE TO caseload_staff USING (
  caseload.may_add_to (caseload.pathway_person ('participant', participant_id)));
-- Onto a session of the participant's own cohort.
CREATE POLICY stepps_attendance_add ON stepps_attendance FOR INSERT TO caseload_staff WITH CHECK (
  caseload.may_add_to (caseload.pathway_person ('participant', participant_id))
  AND recorded_by = (SELECT caseload.actor_id ())
  AND EXISTS (SELECT 1 FROM caseload.stepps_session s JOIN caseload.stepps_participant x ON x.cohort_id = s.cohort_id
               WHERE s.id = session_id AND x.id = participant_id));
CREATE POLICY stepps_attendance_change ON stepps_attendance FOR UPDATE TO caseload_staff USING (
  caseload.may_add_to (caseload.pathway_person ('participant', participant_id)));
CREATE POLICY stepps_attendance_remove ON stepps_attendance FOR DELETE TO caseload_staff USING (
  caseload.may_add_to (caseload.pathway_person ('participant', participant_id)));
CREATE POLICY od_core_member_read ON od_core_member FOR SELECT TO caseload_staff USING (
  EXISTS (SELECT 1 FROM caseload.od_episode x WHERE x.id = od_core_member.episode_id));
CREATE POLICY od_core_member_add ON od_core_member FOR INSERT TO caseload_staff WITH CHECK (
  caseload.may_add_to (caseload.pathway_person ('episode', episode_id)));
CREATE POLICY od_core_member_remove ON od_core_member FOR DELETE TO caseload_staff USING (
  caseload.may_add_to (caseload.pathway_person ('episode', episode_id)));
CREATE POLICY od_meeting_add ON od_meeting FOR INSERT TO caseload_staff WITH CHECK (
  caseload.may_add_to (caseload.pathway_person ('episode', episode_id)) AND recorded_by = (SELECT caseload.actor_id ()));
CREATE POLICY od_meeting_change ON od_meeting FOR UPDATE TO caseload_staff USING (
  caseload.may_add_to (caseload.pathway_person ('episode', episode_id)));
CREATE POLICY od_meeting_practitioner_read ON od_meeting_practitioner FOR SELECT TO caseload_staff USING (
  EXISTS (SELECT 1 FROM caseload.od_meeting x WHERE x.id = od_meeting_practitioner.meeting_id));
CREATE POLICY od_meeting_practitioner_add ON od_meeting_practitioner FOR INSERT TO caseload_staff WITH CHECK (
  caseload.may_add_to (caseload.pathway_person ('meeting', meeting_id)));
CREATE POLICY od_meeting_practitioner_remove ON od_meeting_practitioner FOR DELETE TO caseload_staff USING (
  caseload.may_add_to (caseload.pathway_person ('meeting', meeting_id)));
CREATE POLICY od_meeting_member_read ON od_meeting_member FOR SELECT TO caseload_staff USING (
  EXISTS (SELECT 1 FROM caseload.od_meeting x WHERE x.id = od_meeting_member.meeting_id));
CREATE POLICY od_meeting_member_add ON od_meeting_member FOR INSERT TO caseload_staff WITH CHECK (
  caseload.may_add_to (caseload.pathway_person ('meeting', meeting_id)));
CREATE POLICY od_meeting_member_remove ON od_meeting_member FOR DELETE TO caseload_staff USING (
  caseload.may_add_to (caseload.pathway_person ('meeting', meeting_id)));
CREATE POLICY ips_employer_contact_add ON ips_employer_contact FOR INSERT TO caseload_staff WITH CHECK (
  caseload.may_add_to (caseload.pathway_person ('ips', referral_id)) AND recorded_by = (SELECT caseload.actor_id ()));
CREATE POLICY ips_employer_contact_change ON ips_employer_contact FOR UPDATE TO caseload_staff USING (
  caseload.may_add_to (caseload.pathway_person ('ips', referral_id)));
CREATE POLICY ips_job_add ON ips_job FOR INSERT TO caseload_staff WITH CHECK (
  caseload.may_add_to (caseload.pathway_person ('ips', referral_id)) AND recorded_by = (SELECT caseload.actor_id ()));
CREATE POLICY ips_job_change ON ips_job FOR UPDATE TO caseload_staff USING (
  caseload.may_add_to (caseload.pathway_person ('ips', referral_id)));
CREATE POLICY housing_status_change_read ON housing_status_change FOR SELECT TO caseload_staff USING (
  EXISTS (SELECT 1 FROM caseload.housing_referral x WHERE x.id = housing_status_change.referral_id));
-- By whoever may change the referral, for the status it now has: the organisation it
-- was sent to included when its change closed the referral and took the person from its
-- sight (pathway_organisation () reads past that).
CREATE POLICY housing_status_change_add ON housing_status_change FOR INSERT TO caseload_staff WITH CHECK (
  changed_by = (SELECT caseload.actor_id ())
  AND to_status = caseload.pathway_housing_status (referral_id)
  AND (caseload.may_add_to (caseload.pathway_person ('housing', referral_id))
       OR caseload.pathway_organisation (referral_id) = (SELECT caseload.actor_organisation ())));

-- The service's.
CREATE POLICY ips_fidelity_review_read ON ips_fidelity_review FOR SELECT TO caseload_staff USING (true);
CREATE POLICY ips_fidelity_review_add ON ips_fidelity_review FOR INSERT TO caseload_staff WITH CHECK (
  (SELECT caseload.actor_role ()) IN ('team-manager', 'administrator') AND recorded_by = (SELECT caseload.actor_id ()));

---------------------------------------------------------------------------------------
-- Grants. Nothing a person's record holds is removed, except what a save replaces whole
-- (a session's attendance, a participant's reinforcers, an episode's core team, a
-- meeting's practitioners and network members) and a cohort's facilitators and trailing
-- sessions; a history entry, contact, review or accommodation status is only added.

REVOKE ALL ON stepps_cohort, stepps_facilitator, stepps_participant, stepps_reinforcer, stepps_session,
  stepps_attendance, od_episode, od_core_member, od_meeting, od_meeting_practitioner, od_meeting_member,
  ips_referral, ips_employer_contact, ips_job, ips_fidelity_review, housing_referral, housing_status_change,
  accommodation_status FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE ON stepps_cohort, stepps_participant, od_episode, od_meeting, ips_referral,
  ips_employer_contact, ips_job, housing_referral TO caseload_staff;
GRANT SELECT, INSERT, UPDATE, DELETE ON stepps_session, stepps_attendance, stepps_reinforcer TO caseload_staff;
GRANT SELECT, INSERT, DELETE ON stepps_facilitator, od_core_member, od_meeting_practitioner, od_meeting_member
  TO caseload_staff;
GRANT SELECT, INSERT ON ips_fidelity_review, housing_status_change, accommodation_status TO caseload_staff;
GRANT SELECT (fte), INSERT (fte), UPDATE (fte) ON staff TO caseload_staff;
REVOKE ALL ON FUNCTION cohort_members (text), cohort_recorded_sessions (text), pathway_person (text, text),
  pathway_organisation (text), pathway_housing_status (text), pathway_parent (text), stamp_pathway (), pathway_row_key (),
  housing_relationship (), ips_referral_access (), pathway_text (), pathway_json (jsonb), audit_pathway () FROM PUBLIC;
GRANT EXECUTE ON FUNCTION caseload.cohort_members (text), caseload.cohort_recorded_sessions (text),
  caseload.pathway_person (text, text), caseload.pathway_organisation (text), caseload.pathway_housing_status (text),
  caseload.pathway_parent (text), caseload.pathway_text (), caseload.pathway_json (jsonb) TO caseload_staff;

---------------------------------------------------------------------------------------
-- Lists by pathway. A person is on a pathway now with a cohort place not left in a cohort
-- not finished, an Open Dialogue episode not ended, an IPS referral not closed, a housing
-- referral not closed (as the embedded store's lists say); the open rows have partial
-- indexes by person. The desk reads a page's pathways itself, through row-level security
-- (caseload-store-postgresql-cases.c).

CREATE INDEX od_episode_open ON od_episode (person_pk) WHERE ended_on IS NULL;
CREATE INDEX ips_referral_open ON ips_referral (person_pk) WHERE closed_on IS NULL;
CREATE INDEX housing_referral_open ON housing_referral (person_pk) WHERE status <> 'closed';

-- case_keys () of 0004 with a pathway (a CaseloadPathway code, or NULL for any): its
-- people kept in the list's own query, so that a filtered page or count reads no more
-- than the list would (filtering the whole list afterwards read every row of it). The
-- function of 0004 is dropped: the desk calls this one.
DROP FUNCTION case_keys (text, text, text, text, text, text, text, text[], text, text, text, text, text, text, bigint,
                         bigint, boolean);

-- As 0004's: @p_pathway, the people on that pathway now ($13 today, Europe/London).
CREATE FUNCTION case_keys (p_staff_id text, p_kind text, p_worker text, p_pcn text, p_practice text,
                           p_organisation text, p_urgency text, p_fragments text[], p_nhs_from text,
                           p_nhs_to text, p_date_of_birth text, p_breach text,
                           p_sort text, p_now text, p_limit bigint, p_offset bigint, p_count boolean,
                           p_pathway text)
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
  v_today text := ((p_now::timestamptz) AT TIME ZONE 'Europe/London')::date::text;
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
  -- The people on the pathway now, by its open rows (few, from their partial indexes).
  IF p_pathway IS NOT NULL THEN
    v_where := v_where || CASE WHEN p_kind IN ('my-caseload', 'team-caseload') THEN ' AND a.person_pk IN ('
                               ELSE ' AND r.person_pk IN (' END
      || CASE p_pathway
           WHEN 'stepps' THEN 'SELECT sp.person_pk FROM caseload.stepps_participant sp JOIN caseload.stepps_cohort sc'
                              || ' ON sc.id = sp.cohort_id WHERE sc.end_on >= $13'
                              || ' AND (sp.left_on IS NULL OR sp.left_on > $13)'
           WHEN 'open-dialogue' THEN 'SELECT oe.person_pk FROM caseload.od_episode oe WHERE oe.ended_on IS NULL'
           WHEN 'ips' THEN 'SELECT ir.person_pk FROM caseload.ips_referral ir WHERE ir.closed_on IS NULL'
           WHEN 'housing' THEN 'SELECT hr.person_pk FROM caseload.housing_referral hr WHERE hr.status <> ''closed'''
           ELSE 'SELECT NULL::bigint WHERE false' END || ')';
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
            NULL::bigint, p_nhs_from, p_nhs_to, p_date_of_birth, v_today;
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
          p_nhs_from, p_nhs_to, p_date_of_birth, v_today;
END
$$;

REVOKE ALL ON FUNCTION
  case_keys (text, text, text, text, text, text, text, text[], text, text, text, text, text, text, bigint, bigint, boolean,
             text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION
  caseload.case_keys (text, text, text, text, text, text, text, text[], text, text, text, text, text, text, bigint, bigint,
                      boolean, text)
  TO caseload_staff;
