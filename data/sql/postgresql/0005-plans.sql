-- SPDX-License-Identifier: GPL-3.0-or-later
-- Caseload schema 5 (PostgreSQL): strengths-based support plans (every save a new
-- version, never changed afterwards), outcome measures scored by the instruments'
-- definitions, reviews, and tasks from plan actions on an organisation's list. The same
-- tables and columns as SQLite's 0005-plans.sql (booleans as boolean, scores as double
-- precision); as for referrals, the server decides who sees and changes them (row-level
-- security through person_access), stamps who, where and when, keeps each row's person
-- key, and audits every change.

SET LOCAL search_path = caseload, public;

-- The newest version of each person's plan: what lists, tasks and the dashboard read.
-- "version" is the plan's version: the server counts it (1, then one more per save).
CREATE TABLE plan (
  person_id        text PRIMARY KEY REFERENCES person (id),
  person_pk        bigint NOT NULL,
  version          integer NOT NULL CHECK (version > 0),
  review_on        text,
  goals            integer NOT NULL DEFAULT 0,
  goals_achieved   integer NOT NULL DEFAULT 0,
  updated_at       text NOT NULL,
  updated_by       text NOT NULL REFERENCES staff (id)
);
CREATE INDEX plan_review ON plan (review_on, person_pk);
CREATE INDEX plan_person_pk ON plan (person_pk) INCLUDE (goals, goals_achieved, review_on);

-- Every saved version, never changed or removed: the content as text
-- (caseload_plan_to_text()).
CREATE TABLE plan_version (
  id               text PRIMARY KEY,
  person_id        text NOT NULL REFERENCES person (id),
  version          integer NOT NULL CHECK (version > 0),
  body             text NOT NULL,
  review_on        text,
  author_id        text NOT NULL REFERENCES staff (id),
  organisation_id  text NOT NULL REFERENCES organisation (id),
  saved_at         text NOT NULL,
  UNIQUE (person_id, version)
);

CREATE TABLE measure (
  id               text PRIMARY KEY,
  person_id        text NOT NULL REFERENCES person (id),
  person_pk        bigint NOT NULL,
  instrument       text NOT NULL CHECK (instrument IN ('phq-9', 'gad-7', 'dialog', 'swemwbs', 'core-10',
                     'best', 'reqol-10')),
  answers          text NOT NULL,
  completed_on     text NOT NULL,
  completed_by     text NOT NULL CHECK (completed_by IN ('person', 'worker-with-person')),
  chosen_areas     text,
  note             text,
  complete         boolean NOT NULL,
  total            double precision,
  secondary        double precision,
  band             text,
  risk             boolean NOT NULL DEFAULT false,
  organisation_id  text NOT NULL REFERENCES organisation (id),
  version          integer NOT NULL DEFAULT 1,
  created_at       text NOT NULL,
  created_by       text NOT NULL REFERENCES staff (id),
  updated_at       text NOT NULL,
  updated_by       text NOT NULL REFERENCES staff (id)
);
CREATE INDEX measure_person ON measure (person_id, completed_on DESC, created_at DESC);
-- The dashboard's outcome figures: totals by date completed.
CREATE INDEX measure_completed ON measure (completed_on, person_pk, instrument, total);

CREATE TABLE review (
  id               text PRIMARY KEY,
  person_id        text NOT NULL REFERENCES person (id),
  person_pk        bigint NOT NULL,
  reviewed_on      text NOT NULL,
  person_said      text,
  goal_progress    text,
  measure_changes  text,
  plan_version     integer NOT NULL,
  next_review_on   text NOT NULL,
  organisation_id  text NOT NULL REFERENCES organisation (id),
  created_at       text NOT NULL,
  created_by       text NOT NULL REFERENCES staff (id)
);
CREATE INDEX review_person ON review (person_id, reviewed_on DESC, created_at DESC);

-- Tasks may now belong to an organisation (a plan action owned by it: on the list of
-- everyone there who may see the person) instead of one named person, and come from a
-- plan action. The task_system index stays as it was (the reminders' ON CONFLICT names
-- it); a plan action has one task.
ALTER TABLE task ALTER COLUMN owner_id DROP NOT NULL;
ALTER TABLE task ADD COLUMN owner_organisation_id text REFERENCES organisation (id);
ALTER TABLE task DROP CONSTRAINT task_origin_check;
ALTER TABLE task ADD CONSTRAINT task_origin_check CHECK (origin IN ('manual', 'review-due', 'clock-near-breach',
  'new-allocation', 'plan-action'));
ALTER TABLE task ADD CONSTRAINT task_one_owner CHECK ((owner_id IS NULL) <> (owner_organisation_id IS NULL));
CREATE INDEX task_owner_organisation ON task (owner_organisation_id, done, due_on) WHERE owner_organisation_id IS NOT NULL;
CREATE UNIQUE INDEX task_plan_action ON task (source_id) WHERE origin = 'plan-action';

---------------------------------------------------------------------------------------
-- Server stamping. Who, for which organisation and when are the server's word; with no
-- actor (the site owner loading rows: caseload-admin copy) the desk's values are kept.
-- A plan's version is counted here; a saved version is numbered as the plan it makes.

CREATE FUNCTION stamp_outcome () RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  who text := caseload.actor_id ();
  at  text := caseload.now_text ();
  v_version integer;
BEGIN
  IF who IS NULL THEN
    RETURN NEW;
  END IF;
  CASE TG_TABLE_NAME
    WHEN 'plan' THEN
      NEW.version := CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE OLD.version + 1 END;
      NEW.updated_at := at;
      NEW.updated_by := who;
    WHEN 'plan_version' THEN
      SELECT p.version INTO v_version FROM caseload.plan p WHERE p.person_id = NEW.person_id;
      NEW.version := coalesce (v_version, NEW.version);
      NEW.saved_at := at;
      NEW.author_id := who;
      NEW.organisation_id := caseload.actor_organisation ();
    WHEN 'measure' THEN
      IF TG_OP = 'INSERT' THEN
        NEW.organisation_id := caseload.actor_organisation ();
      ELSE
        NEW.organisation_id := OLD.organisation_id;
      END IF;
    WHEN 'review' THEN
      NEW.created_at := at;
      NEW.created_by := who;
      NEW.organisation_id := caseload.actor_organisation ();
  END CASE;
  RETURN NEW;
END
$$;

CREATE TRIGGER plan_stamp BEFORE INSERT OR UPDATE ON plan
  FOR EACH ROW EXECUTE FUNCTION stamp_outcome ();
CREATE TRIGGER plan_version_stamp BEFORE INSERT ON plan_version
  FOR EACH ROW EXECUTE FUNCTION stamp_outcome ();
CREATE TRIGGER measure_stamp BEFORE INSERT OR UPDATE ON measure
  FOR EACH ROW EXECUTE FUNCTION stamp_row ();
CREATE TRIGGER measure_stamp_organisation BEFORE INSERT OR UPDATE ON measure
  FOR EACH ROW EXECUTE FUNCTION stamp_outcome ();
CREATE TRIGGER review_stamp BEFORE INSERT ON review
  FOR EACH ROW EXECUTE FUNCTION stamp_outcome ();
-- The person's key (case_row_key () of 0004), after the stamps; also when caseload-admin
-- copy loads rows with the stamps off.
CREATE TRIGGER plan_zkey BEFORE INSERT OR UPDATE ON plan
  FOR EACH ROW EXECUTE FUNCTION case_row_key ();
CREATE TRIGGER measure_zkey BEFORE INSERT OR UPDATE ON measure
  FOR EACH ROW EXECUTE FUNCTION case_row_key ();
CREATE TRIGGER review_zkey BEFORE INSERT OR UPDATE ON review
  FOR EACH ROW EXECUTE FUNCTION case_row_key ();
ALTER TABLE plan ENABLE ALWAYS TRIGGER plan_zkey;
ALTER TABLE measure ENABLE ALWAYS TRIGGER measure_zkey;
ALTER TABLE review ENABLE ALWAYS TRIGGER review_zkey;

-- A saved version is what it was: nobody changes or removes one, the site owner included.
CREATE FUNCTION refuse_plan_version_change () RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'a saved plan version cannot be changed or removed' USING ERRCODE = 'CLPER';
END
$$;
CREATE TRIGGER plan_version_frozen BEFORE UPDATE OR DELETE ON plan_version
  FOR EACH ROW EXECUTE FUNCTION refuse_plan_version_change ();
CREATE TRIGGER plan_version_no_truncate BEFORE TRUNCATE ON plan_version
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_plan_version_change ();
ALTER TABLE plan_version ENABLE ALWAYS TRIGGER plan_version_frozen;
ALTER TABLE plan_version ENABLE ALWAYS TRIGGER plan_version_no_truncate;

-- The plan row is the newest saved version's summary and nothing else: at commit, its
-- version (counted by the stamp, so every change to it is a new version) must have been
-- saved in plan_version, with the same review date. A member's change to the plan row
-- alone cannot slip past the audit trail (the site owner, acting as nobody, may repair).
CREATE FUNCTION check_plan_version () RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF caseload.actor_id () IS NOT NULL AND NOT EXISTS (SELECT 1 FROM caseload.plan_version v
                  WHERE v.person_id = NEW.person_id AND v.version = NEW.version
                    AND v.review_on IS NOT DISTINCT FROM NEW.review_on) THEN
    RAISE EXCEPTION 'a plan changes only by saving a new version' USING ERRCODE = 'CLVAL';
  END IF;
  RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER plan_follows_version AFTER INSERT OR UPDATE ON plan
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION check_plan_version ();

---------------------------------------------------------------------------------------
-- Audit: every change, in its own transaction, into the same hash chain (audit_append ()
-- as the actor), under the embedded store's names: 'plan-save' for a saved version
-- (naming it; its content stays in plan_version, which is never changed), 'measure-add'
-- and 'review-add' with what was added (the stamps left out: case_json () of 0004).
-- The plan row is the newest version's summary, written in the same transaction (and
-- held to it by plan_follows_version).

CREATE FUNCTION audit_outcome () RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  v_detail jsonb;
BEGIN
  IF TG_TABLE_NAME = 'plan_version' THEN
    -- With the plan row's goal counts, which the store writes first.
    SELECT jsonb_build_object ('plan', NEW.id, 'version', NEW.version, 'review_on', NEW.review_on,
                               'organisation', NEW.organisation_id, 'goals', p.goals,
                               'goals_achieved', p.goals_achieved)
      INTO v_detail FROM caseload.plan p WHERE p.person_id = NEW.person_id;
    v_detail := coalesce (v_detail, jsonb_build_object ('plan', NEW.id, 'version', NEW.version));
  ELSE
    v_detail := jsonb_build_object (TG_TABLE_NAME, NEW.id, 'after', caseload.case_json (to_jsonb (NEW)));
  END IF;
  PERFORM caseload.audit_append (caseload.actor_id (),
                                 CASE TG_TABLE_NAME WHEN 'plan_version' THEN 'plan-save' ELSE TG_TABLE_NAME || '-add' END,
                                 NEW.person_id, v_detail::text, NULL);
  RETURN NULL;
END
$$;
CREATE TRIGGER plan_version_audit AFTER INSERT ON plan_version
  FOR EACH ROW EXECUTE FUNCTION audit_outcome ();
CREATE TRIGGER measure_audit AFTER INSERT ON measure
  FOR EACH ROW EXECUTE FUNCTION audit_outcome ();
CREATE TRIGGER review_audit AFTER INSERT ON review
  FOR EACH ROW EXECUTE FUNCTION audit_outcome ();

---------------------------------------------------------------------------------------
-- The dashboard's outcome figures for a team manager (caseload-dashboard.h), over the
-- people their organisation may see (PCN: the person's): measures completed from @p_from
-- to @p_to (ISO dates, inclusive), and the goals and review dates of current plans.
-- Rows of (section, instrument, n, x): 'measured' and 'twice' (people), 'change' (per
-- instrument: people with two or more totals, and the median of last − first by the
-- nearest rank, as for the waits), 'goals',
-- 'achieved', 'overdue' (review date before @p_today).
CREATE FUNCTION outcome_counts (p_username text, p_from text, p_to text, p_pcn text, p_today text)
RETURNS TABLE (section text, instrument text, n bigint, x double precision)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = caseload, public
  SET jit = off AS $$
DECLARE
  s caseload.staff := caseload.require_manager (p_username);
BEGIN
  RETURN QUERY
    WITH seen AS MATERIALIZED (
      SELECT m.person_pk, m.instrument, m.total, m.completed_on, m.created_at, m.id
        FROM caseload.measure m
        JOIN caseload.person_access pa ON pa.organisation_id = s.organisation_id AND pa.pk = m.person_pk
       WHERE m.completed_on >= p_from AND m.completed_on <= p_to
         AND (p_pcn IS NULL OR EXISTS (SELECT 1 FROM caseload.person p WHERE p.pk = m.person_pk AND p.pcn = p_pcn))),
    per AS (
      SELECT y.person_pk, y.instrument, count(*) AS totals,
             (array_agg (y.total ORDER BY y.completed_on DESC, y.created_at DESC, y.id DESC))[1]
             - (array_agg (y.total ORDER BY y.completed_on, y.created_at, y.id))[1] AS change
        FROM seen y WHERE y.total IS NOT NULL GROUP BY y.person_pk, y.instrument),
    plans AS (
      SELECT coalesce (sum (pl.goals), 0) AS goals, coalesce (sum (pl.goals_achieved), 0) AS achieved,
             count(*) FILTER (WHERE pl.review_on < p_today) AS overdue
        FROM caseload.plan pl
        JOIN caseload.person_access pa ON pa.organisation_id = s.organisation_id AND pa.pk = pl.person_pk
       WHERE p_pcn IS NULL OR EXISTS (SELECT 1 FROM caseload.person p WHERE p.pk = pl.person_pk AND p.pcn = p_pcn))
    SELECT 'measured', NULL::text, count(DISTINCT y.person_pk), NULL::double precision FROM seen y
    UNION ALL
    SELECT 'twice', NULL, count(DISTINCT c.person_pk), NULL FROM per c WHERE c.totals >= 2
    UNION ALL
    SELECT 'change', c.instrument, count(*), percentile_disc (0.5) WITHIN GROUP (ORDER BY c.change)
      FROM per c WHERE c.totals >= 2 GROUP BY c.instrument
    UNION ALL
    SELECT f.k, NULL, f.v, NULL FROM plans g,
      LATERAL (VALUES ('goals', g.goals::bigint), ('achieved', g.achieved::bigint), ('overdue', g.overdue)) f (k, v);
END
$$;

---------------------------------------------------------------------------------------
-- Row-level security, as for referrals: a plan, its versions, measures and reviews are
-- seen by whoever may see the person (person_access for their organisation, or break
-- glass), and added by whoever may add to the record, as themselves. Tasks keep 0004's
-- read policy: an organisation's task is on the list of its staff only where they may
-- see the person, as for every task.

-- Anyone in the organisation whose list a task is on may mark it done while they see the
-- person; any other change needs leave to add to the record (the guard below).
CREATE POLICY task_change_own_list ON task FOR UPDATE TO caseload_staff USING (
  owner_organisation_id = (SELECT caseload.actor_organisation ())
  AND EXISTS (SELECT 1 FROM caseload.person p WHERE p.id = task.person_id));

CREATE FUNCTION guard_task_done_only () RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  v_done text[] := '{done,done_at,done_by,version,updated_at,updated_by}';
BEGIN
  IF caseload.actor_id () IS NOT NULL AND NOT caseload.may_add_to (NEW.person_id)
     AND (to_jsonb (OLD) - v_done) IS DISTINCT FROM (to_jsonb (NEW) - v_done) THEN
    RAISE EXCEPTION 'only marking the task done is allowed here' USING ERRCODE = 'CLPER';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER task_guard BEFORE UPDATE ON task
  FOR EACH ROW EXECUTE FUNCTION guard_task_done_only ();

ALTER TABLE plan ENABLE ROW LEVEL SECURITY;
CREATE POLICY plan_read ON plan FOR SELECT TO caseload_staff USING (
  EXISTS (SELECT 1 FROM caseload.person_access a
           WHERE a.organisation_id = (SELECT caseload.actor_organisation ()) AND a.pk = plan.person_pk)
  OR EXISTS (SELECT 1 FROM caseload.break_glass b
              WHERE b.person_id = plan.person_id AND b.staff_id = (SELECT caseload.actor_id ())
                AND b.expires_at > (SELECT caseload.now_text ())
                AND (SELECT caseload.actor_organisation ()) IS NOT NULL));
CREATE POLICY plan_add ON plan FOR INSERT TO caseload_staff WITH CHECK (
  caseload.may_add_to (person_id) AND updated_by = (SELECT caseload.actor_id ()));
CREATE POLICY plan_change ON plan FOR UPDATE TO caseload_staff USING (caseload.may_add_to (person_id))
  WITH CHECK (caseload.may_add_to (person_id) AND updated_by = (SELECT caseload.actor_id ()));

ALTER TABLE plan_version ENABLE ROW LEVEL SECURITY;
CREATE POLICY plan_version_read ON plan_version FOR SELECT TO caseload_staff USING (
  EXISTS (SELECT 1 FROM caseload.person p WHERE p.id = plan_version.person_id));
CREATE POLICY plan_version_add ON plan_version FOR INSERT TO caseload_staff WITH CHECK (
  caseload.may_add_to (person_id) AND author_id = (SELECT caseload.actor_id ())
  AND organisation_id = (SELECT caseload.actor_organisation ()));

ALTER TABLE measure ENABLE ROW LEVEL SECURITY;
CREATE POLICY measure_read ON measure FOR SELECT TO caseload_staff USING (
  EXISTS (SELECT 1 FROM caseload.person_access a
           WHERE a.organisation_id = (SELECT caseload.actor_organisation ()) AND a.pk = measure.person_pk)
  OR EXISTS (SELECT 1 FROM caseload.break_glass b
              WHERE b.person_id = measure.person_id AND b.staff_id = (SELECT caseload.actor_id ())
                AND b.expires_at > (SELECT caseload.now_text ())
                AND (SELECT caseload.actor_organisation ()) IS NOT NULL));
CREATE POLICY measure_add ON measure FOR INSERT TO caseload_staff WITH CHECK (
  caseload.may_add_to (person_id) AND created_by = (SELECT caseload.actor_id ()));

ALTER TABLE review ENABLE ROW LEVEL SECURITY;
CREATE POLICY review_read ON review FOR SELECT TO caseload_staff USING (
  EXISTS (SELECT 1 FROM caseload.person_access a
           WHERE a.organisation_id = (SELECT caseload.actor_organisation ()) AND a.pk = review.person_pk)
  OR EXISTS (SELECT 1 FROM caseload.break_glass b
              WHERE b.person_id = review.person_id AND b.staff_id = (SELECT caseload.actor_id ())
                AND b.expires_at > (SELECT caseload.now_text ())
                AND (SELECT caseload.actor_organisation ()) IS NOT NULL));
CREATE POLICY review_add ON review FOR INSERT TO caseload_staff WITH CHECK (
  caseload.may_add_to (person_id) AND created_by = (SELECT caseload.actor_id ()));

---------------------------------------------------------------------------------------
-- Grants: nothing is removed; a saved version, a measure and a review are only added.

REVOKE ALL ON plan, plan_version, measure, review FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE ON plan TO caseload_staff;
GRANT SELECT, INSERT ON plan_version, measure, review TO caseload_staff;
REVOKE ALL ON FUNCTION stamp_outcome (), refuse_plan_version_change (), check_plan_version (), audit_outcome (),
  guard_task_done_only (),
  outcome_counts (text, text, text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION caseload.outcome_counts (text, text, text, text, text) TO caseload_staff;
