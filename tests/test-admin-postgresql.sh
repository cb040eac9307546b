# SPDX-License-Identifier: GPL-3.0-or-later
#
# caseload-admin on a shared site: sourced by test-admin.sh when CASELOAD_TEST_POSTGRESQL
# is a superuser URI of a throwaway server. Uses run/expect_* from there; every database
# and role made here is named after this process and removed on exit.

pg_base=$CASELOAD_TEST_POSTGRESQL
pg_tag=t$$
pg_databases=""
pg_roles=""

# site_uri NAME: the server's URI with database NAME.
site_uri () {
  printf '%s' "$pg_base" | sed -E "s#^(postgres(ql)?://[^/?]*)(/[^?]*)?#\1/$1#"
}
# as_user USER PASSWORD URI: URI with other credentials.
as_user () {
  printf '%s' "$3" | sed -E "s#^(postgres(ql)?://)([^@/]*@)?#\1$1:$2@#"
}
# psql_on NAME SQL…: runs SQL as the superuser on database NAME, unaligned, quiet.
psql_on () {
  name=$1
  shift
  PGOPTIONS='-c client_min_messages=warning' psql "$(site_uri "$name")" -X -q -A -t -v ON_ERROR_STOP=1 -c "$*"
}
new_database () {
  psql_on postgres "DROP DATABASE IF EXISTS \"$1\" WITH (FORCE)" >/dev/null &&
    psql_on postgres "CREATE DATABASE \"$1\"" >/dev/null || fail "could not create database $1"
  pg_databases="$pg_databases $1"
}
pg_cleanup () {
  for name in $pg_databases; do
    psql_on postgres "DROP DATABASE IF EXISTS \"$name\" WITH (FORCE)" >/dev/null 2>&1
  done
  for role in $pg_roles; do
    psql_on postgres "DROP ROLE IF EXISTS \"$role\"" >/dev/null 2>&1
  done
}
trap 'pg_cleanup; rm -rf "$dir"' EXIT

# No password from a URI in anything caseload-admin printed.
expect_no_password () {
  if grep -q -- "$1" "$dir/out" "$dir/err"; then
    fail "a password was printed"
  fi
}

site=adm_${pg_tag}_site
new_database "$site"
db=$(site_uri "$site")
pg_password=$(printf '%s' "$pg_base" | sed -nE 's#^postgres(ql)?://[^:/@]*:([^@]*)@.*#\2#p')

# Connection failures, each said plainly (exit 1), a URI that does not parse (exit 2).
saved_db=$db
db='postgresql://postgres:wrong-uri-secret@[::1/x'
run 2 stats
expect_err 'not a PostgreSQL URI'
expect_no_password wrong-uri-secret
db=$(as_user postgres unreachable-secret "postgresql://127.0.0.1:1/$site")
run 1 stats
expect_err 'Check that the server'
expect_no_password unreachable-secret
db=$(site_uri "adm_${pg_tag}_missing")
run 1 stats
expect_err "adm_${pg_tag}_missing"
db=$(as_user postgres "not-the-password" "$saved_db")
run 1 stats
expect_err 'refused the user name or password'
expect_no_password not-the-password
db=$saved_db

# A fresh site: init makes the schema and the two shared roles; migrate is then a no-op.
run 0 init
expect_out '^Schema version: [3-9]$'
[ -n "$pg_password" ] && expect_no_password "$pg_password"
version=$(sed -n 's/^Schema version: //p' "$dir/out")
run 0 migrate
expect_out "^Schema version: $version\$"
[ "$(psql_on postgres "SELECT count(*) FROM pg_roles WHERE rolname IN ('caseload_staff', 'caseload_gate')")" = 2 ] ||
  fail "init did not make the caseload_staff and caseload_gate roles"

run 0 demo --people 20
expect_out 'Added [0-9]+ organisations, [0-9]+ staff and 20 people'
run 0 stats
expect_out '^People: 20$'
run 0 staff list
expect_out '^morven\.adeyinka .* team-manager '

# staff add makes a database role that can sign in with the temporary password.
user=sam.${pg_tag}
pg_roles="$pg_roles $user"
run 0 staff add --username "$user" --name "Sam Tester" --role vcse-worker --organisation "thurrock & brentwood mind"
expect_out "Created the database role “$user”"
password=$(temporary_password)
[ "$(psql "$(as_user "$user" "$password" "$db")" -X -A -t -c 'SELECT current_user' 2>&1)" = "$user" ] ||
  fail "the new staff member's role cannot sign in with the temporary password"
run 0 staff reset-password "$user"
new_password=$(temporary_password)
psql "$(as_user "$user" "$password" "$db")" -X -A -t -c 'SELECT 1' >/dev/null 2>&1 &&
  fail "the old password still works after reset-password"
[ "$(psql "$(as_user "$user" "$new_password" "$db")" -X -A -t -c 'SELECT current_user' 2>&1)" = "$user" ] ||
  fail "the reset password does not work"
run 0 staff deactivate "$user"
expect_out 'Deactivated Sam Tester'

# A role without the rights for the command.
norights=adm_norights_${pg_tag}
pg_roles="$pg_roles $norights"
psql_on postgres "CREATE ROLE \"$norights\" LOGIN PASSWORD 'norights-secret'" >/dev/null
empty=adm_${pg_tag}_empty
new_database "$empty"
db=$(as_user "$norights" norights-secret "$(site_uri "$empty")")
run 1 init
expect_err 'rights'
expect_no_password norights-secret
db=$saved_db

# The audit trail: intact, then one event altered by a superuser → exit 3, naming it.
run 0 verify-audit
expect_out '^Audit trail intact: [1-9][0-9]* events? checked$'

# A schema from a newer Caseload is refused and left as it is.
newer=adm_${pg_tag}_newer
new_database "$newer"
db=$(site_uri "$newer")
run 0 init
psql_on "$newer" "INSERT INTO caseload.schema_migration (version, applied_at) VALUES (999, '2030-01-01T00:00:00Z')"
run 1 stats
expect_err 'newer'
run 1 migrate
[ "$(psql_on "$newer" "SELECT max(version) FROM caseload.schema_migration")" = 999 ] || fail "a newer schema was changed"
db=$saved_db

# Copy: a demo desk into a fresh site, everything as it was.
desk=$dir/desk.db
db=$desk
run 0 init
run 0 demo --people 25
have_sqlite3=false
command -v sqlite3 >/dev/null 2>&1 && have_sqlite3=true
# Schema 4 on the desk: a referral with a pause, an allocation and a task, and a threshold
# (whatever the demo made already comes too).
if $have_sqlite3; then
  sqlite3 "$desk" "
    INSERT INTO referral (id, person_id, person_pk, pcn, source, received_at, reason, urgency, person_agreed,
      organisation_id, status, triage_outcome, decided_by, decided_on, clock_due_at, clock_warn_at, version,
      created_at, created_by, updated_at, updated_by)
    SELECT 'copy-referral', p.id, p.pk, p.pcn, 'gp', '2026-11-01T09:00:00Z', 'Low mood.', 'routine', 1,
      s.organisation_id, 'accepted', 'accept', s.id, '2026-11-02', '2026-11-29T09:00:00Z', '2026-11-22T09:00:00Z', 3,
      '2026-11-01T09:00:00Z', s.id, '2026-11-02T09:00:00Z', s.id
    FROM person p, staff s WHERE s.username = 'morven.adeyinka' ORDER BY p.pk LIMIT 1;
    INSERT INTO clock_pause (id, referral_id, reason, started_at, ended_at, version, created_at, created_by,
      updated_at, updated_by)
    SELECT 'copy-pause', id, 'in-hospital', '2026-11-03T09:00:00Z', '2026-11-04T09:00:00Z', 2, created_at,
      created_by, updated_at, updated_by FROM referral WHERE id = 'copy-referral';
    INSERT INTO allocation (id, referral_id, person_id, person_pk, staff_id, role, started_on, version, created_at,
      created_by, updated_at, updated_by)
    SELECT 'copy-allocation', id, person_id, person_pk, created_by, 'key-worker', '2026-11-02', 1, updated_at,
      created_by, updated_at, updated_by FROM referral WHERE id = 'copy-referral';
    INSERT INTO task (id, person_id, person_pk, owner_id, title, due_on, done, origin, source_id, version,
      created_at, created_by, updated_at, updated_by)
    SELECT 'copy-task', person_id, person_pk, created_by, 'New allocation', '2026-11-02', 0, 'new-allocation',
      'copy-allocation', 1, updated_at, created_by, updated_at, updated_by FROM referral WHERE id = 'copy-referral';
    INSERT INTO threshold (id, outcome, position, criterion, version, created_at, updated_at)
      VALUES ('copy-threshold', 'accept', 0, 'Moderate to severe needs.', 2, '2026-11-01T09:00:00Z',
              '2026-11-01T09:00:00Z');"
  # Schema 5: a plan with two versions, a measure, a review, and the task of an action an
  # organisation owns. The demo's own plans come too, if it made any; the person chosen
  # for this one is one without.
  sqlite3 "$desk" "
    CREATE TEMPORARY TABLE copy_person AS
      SELECT p.id, p.pk, s.id AS staff_id, s.organisation_id FROM person p, staff s
      WHERE s.username = 'morven.adeyinka' AND p.id NOT IN (SELECT person_id FROM plan)
      ORDER BY p.pk DESC LIMIT 1;
    INSERT INTO plan (person_id, person_pk, version, review_on, goals, goals_achieved, updated_at, updated_by)
      SELECT id, pk, 2, '2026-12-20', 1, 0, '2026-11-05T09:00:00Z', staff_id FROM copy_person;
    INSERT INTO plan_version (id, person_id, version, body, review_on, author_id, organisation_id, saved_at)
      SELECT 'copy-plan-1', id, 1, '{''what-matters'': <''The allotment.''>}', NULL, staff_id, organisation_id,
        '2026-11-04T09:00:00Z' FROM copy_person;
    INSERT INTO plan_version (id, person_id, version, body, review_on, author_id, organisation_id, saved_at)
      SELECT 'copy-plan-2', id, 2, '{''what-matters'': <''The allotment, twice a week.''>}', '2026-12-20', staff_id,
        organisation_id, '2026-11-05T09:00:00Z' FROM copy_person;
    INSERT INTO measure (id, person_id, person_pk, instrument, answers, completed_on, completed_by, complete, total,
      band, risk, organisation_id, version, created_at, created_by, updated_at, updated_by)
      SELECT 'copy-measure', id, pk, 'phq-9', '1,2,1,0,2,1,0,1,0', '2026-11-04', 'person', 1, 8, 'Mild', 0,
        organisation_id, 1, '2026-11-04T10:00:00Z', staff_id, '2026-11-04T10:00:00Z', staff_id FROM copy_person;
    INSERT INTO review (id, person_id, person_pk, reviewed_on, person_said, plan_version, next_review_on,
      organisation_id, created_at, created_by)
      SELECT 'copy-review', id, pk, '2026-11-05', 'The allotment helps.', 2, '2026-12-20', organisation_id,
        '2026-11-05T09:00:00Z', staff_id FROM copy_person;
    INSERT INTO task (id, person_id, person_pk, owner_id, owner_organisation_id, title, due_on, done, origin,
      source_id, version, created_at, created_by, updated_at, updated_by)
      SELECT 'copy-plan-task', id, pk, NULL, organisation_id, 'Peer support group.', '2026-12-05', 0, 'plan-action',
        'copy-action', 1, '2026-11-05T09:00:00Z', staff_id, '2026-11-05T09:00:00Z', staff_id FROM copy_person;"
  [ "$(sqlite3 "$desk" "SELECT count(*) FROM plan_version WHERE id LIKE 'copy-plan-%'")" = 2 ] ||
    fail "the desk did not take the schema 5 rows"
  # Schema 6: a STEPPS group with a session, a participant with a reinforcer and
  # attendance; an Open Dialogue episode with a meeting; an IPS referral with a contact and
  # a job; a fidelity review; a housing referral with its history; accommodation; and a
  # part-time member of staff.
  sqlite3 "$desk" "
    CREATE TEMPORARY TABLE copy_who AS
      SELECT p.id, p.pk, s.id AS staff_id, s.organisation_id FROM person p, staff s
      WHERE s.username = 'morven.adeyinka' ORDER BY p.pk LIMIT 1;
    UPDATE staff SET fte = 0.6 WHERE username = 'morven.adeyinka';
    INSERT INTO stepps_cohort (id, name, programme, n_sessions, session_minutes, start_on, end_on,
      completion_percent, organisation_id, version, created_by, created_at)
      SELECT 'copy-cohort', 'Grays, spring 2027', 'stepps-20', 20, 120, '2026-11-03', '2027-03-16', 75,
        organisation_id, 2, staff_id, '2026-11-01T09:00:00Z' FROM copy_who;
    INSERT INTO stepps_facilitator (cohort_id, staff_id) SELECT 'copy-cohort', staff_id FROM copy_who;
    INSERT INTO stepps_session (id, cohort_id, number, held_on, topic, notes, version)
      VALUES ('copy-session', 'copy-cohort', 1, '2026-11-03', 'Awareness', 'A good start.', 2);
    INSERT INTO stepps_participant (id, cohort_id, person_id, person_pk, joined_on, version, created_by, created_at)
      SELECT 'copy-participant', 'copy-cohort', id, pk, '2026-11-03', 1, staff_id, '2026-11-02T09:00:00Z'
      FROM copy_who;
    INSERT INTO stepps_reinforcer (id, participant_id, name, role, professional)
      VALUES ('copy-reinforcer', 'copy-participant', 'Sam', 'sister', 0);
    INSERT INTO stepps_attendance (session_id, participant_id, person_pk, status, intensity, best_total,
      recorded_by, recorded_at)
      SELECT 'copy-session', 'copy-participant', pk, 'attended', 3, 40, staff_id, '2026-11-03T12:00:00Z'
      FROM copy_who;
    INSERT INTO od_episode (id, person_id, person_pk, start_kind, contact_at, first_meeting_at, organisation_id,
      version, recorded_by, created_at)
      SELECT 'copy-episode', id, pk, 'crisis-contact', '2026-11-05T22:00:00+00:00', '2026-11-06T09:00:00+00:00',
        organisation_id, 3, staff_id, '2026-11-05T22:10:00Z' FROM copy_who;
    INSERT INTO od_core_member (episode_id, staff_id) SELECT 'copy-episode', staff_id FROM copy_who;
    INSERT INTO od_meeting (id, episode_id, person_pk, held_at, place, person_present, decisions, organisation_id,
      version, recorded_by, created_at)
      SELECT 'copy-meeting', 'copy-episode', pk, '2026-11-06T09:00:00+00:00', 'home', 1, 'Meet daily.',
        organisation_id, 1, staff_id, '2026-11-06T11:00:00Z' FROM copy_who;
    INSERT INTO od_meeting_practitioner (meeting_id, staff_id) SELECT 'copy-meeting', staff_id FROM copy_who;
    INSERT INTO od_meeting_member (id, meeting_id, name, relationship)
      VALUES ('copy-member', 'copy-meeting', 'A neighbour', 'friend');
    INSERT INTO ips_referral (id, person_id, person_pk, wants_work, referred_on, referred_by, specialist_id,
      benefits_advice, organisation_id, version, created_at)
      SELECT 'copy-ips', id, pk, 1, '2026-11-01', staff_id, staff_id, 1, organisation_id, 2, '2026-11-01T09:00:00Z'
      FROM copy_who;
    INSERT INTO ips_employer_contact (id, referral_id, person_pk, employer, contacted_on, outcome, recorded_by,
      created_at)
      SELECT 'copy-contact', 'copy-ips', pk, 'A café', '2026-11-10', 'interview', staff_id, '2026-11-10T09:00:00Z'
      FROM copy_who;
    INSERT INTO ips_job (id, referral_id, person_pk, employer, role, hours_per_week, pay_type, started_on,
      in_work_support, version, recorded_by, created_at)
      SELECT 'copy-job', 'copy-ips', pk, 'A café', 'Barista', 16.5, 'hourly', '2026-11-20', 1, 1, staff_id,
        '2026-11-20T09:00:00Z' FROM copy_who;
    INSERT INTO ips_fidelity_review (id, service, reviewed_on, scores, total, band, recorded_by, created_at)
      SELECT 'copy-fidelity', 'Thurrock IPS', '2026-11-01', '3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3', 75,
        'fair', staff_id, '2026-11-01T09:00:00Z' FROM copy_who;
    INSERT INTO housing_referral (id, person_id, person_pk, kind, organisation_id, sent_on, status, status_on,
      referred_by, version, created_at)
      SELECT 'copy-housing', id, pk, 'prevention', organisation_id, '2026-11-01', 'acknowledged', '2026-11-03',
        staff_id, 2, '2026-11-01T09:00:00Z' FROM copy_who;
    INSERT INTO housing_status_change (id, referral_id, from_status, to_status, changed_on, changed_by, created_at)
      SELECT 'copy-housing-2', 'copy-housing', 'sent', 'sent', '2026-11-01', staff_id, '2026-11-01T09:00:00Z'
      FROM copy_who;
    INSERT INTO housing_status_change (id, referral_id, from_status, to_status, changed_on, changed_by, created_at)
      SELECT 'copy-housing-1', 'copy-housing', 'sent', 'acknowledged', '2026-11-03', staff_id, '2026-11-03T09:00:00Z'
      FROM copy_who;
    INSERT INTO accommodation_status (id, person_id, person_pk, status, from_on, recorded_by, created_at)
      SELECT 'copy-accommodation', id, pk, 'at-risk', '2026-11-01', staff_id, '2026-11-01T09:00:00Z' FROM copy_who;"
  [ "$(sqlite3 "$desk" "SELECT count(*) FROM housing_status_change WHERE referral_id = 'copy-housing'")" = 2 ] ||
    fail "the desk did not take the schema 6 rows"
fi
copy_site=adm_${pg_tag}_copy
new_database "$copy_site"
db=$(site_uri "$copy_site")
run 0 init
run 0 copy --from "$desk" --to "$db"
expect_out '^  People: 25$'
expect_out 'staff reset-password'
[ -n "$pg_password" ] && expect_no_password "$pg_password"
if $have_sqlite3; then
  for query in \
      "SELECT count(*) FROM person" \
      "SELECT count(*) FROM timeline_entry" \
      "SELECT count(*) FROM network_member" \
      "SELECT count(*) FROM consent_decision" \
      "SELECT count(*) FROM care_relationship" \
      "SELECT count(*) FROM staff" \
      "SELECT sum(version) FROM person" \
      "SELECT id || ':' || version || ':' || created_at || ':' || updated_at || ':' || coalesce(updated_by, '') FROM person" \
      "SELECT id || ':' || version || ':' || created_at || ':' || author_id || ':' || organisation_id FROM timeline_entry" \
      "SELECT id || ':' || version || ':' || created_at || ':' || coalesce(created_by, '') FROM network_member" \
      "SELECT id || ':' || recorded_at || ':' || recorded_by FROM consent_decision" \
      "SELECT id || ':' || version || ':' || created_at || ':' || updated_at || ':' || status || ':' || person_id FROM referral" \
      "SELECT id || ':' || version || ':' || referral_id || ':' || started_at || ':' || coalesce(ended_at, '') FROM clock_pause" \
      "SELECT id || ':' || version || ':' || referral_id || ':' || staff_id || ':' || started_on FROM allocation" \
      "SELECT id || ':' || version || ':' || coalesce(owner_id, owner_organisation_id) || ':' || due_on || ':' || origin FROM task" \
      "SELECT person_id || ':' || version || ':' || coalesce(review_on, '') || ':' || goals || ':' || updated_at FROM plan" \
      "SELECT id || ':' || version || ':' || person_id || ':' || author_id || ':' || saved_at || ':' || body FROM plan_version" \
      "SELECT id || ':' || version || ':' || instrument || ':' || answers || ':' || coalesce(band, '') || ':' || created_at FROM measure" \
      "SELECT id || ':' || plan_version || ':' || next_review_on || ':' || coalesce(person_said, '') || ':' || created_at FROM review" \
      "SELECT id || ':' || version || ':' || criterion FROM threshold" \
      "SELECT id || ':' || CAST (fte * 10 AS INTEGER) FROM staff" \
      "SELECT id || ':' || version || ':' || programme || ':' || end_on || ':' || created_by || ':' || created_at FROM stepps_cohort" \
      "SELECT cohort_id || ':' || staff_id FROM stepps_facilitator" \
      "SELECT id || ':' || version || ':' || number || ':' || held_on || ':' || coalesce(notes, '') FROM stepps_session" \
      "SELECT id || ':' || version || ':' || person_id || ':' || joined_on || ':' || created_at FROM stepps_participant" \
      "SELECT id || ':' || participant_id || ':' || name || ':' || coalesce(role, '') FROM stepps_reinforcer" \
      "SELECT session_id || ':' || participant_id || ':' || status || ':' || intensity || ':' || best_total || ':' || recorded_at FROM stepps_attendance" \
      "SELECT id || ':' || version || ':' || person_id || ':' || contact_at || ':' || coalesce(first_meeting_at, '') FROM od_episode" \
      "SELECT episode_id || ':' || staff_id FROM od_core_member" \
      "SELECT id || ':' || version || ':' || held_at || ':' || place || ':' || coalesce(decisions, '') FROM od_meeting" \
      "SELECT meeting_id || ':' || staff_id FROM od_meeting_practitioner" \
      "SELECT id || ':' || meeting_id || ':' || name || ':' || relationship FROM od_meeting_member" \
      "SELECT id || ':' || version || ':' || person_id || ':' || referred_on || ':' || specialist_id FROM ips_referral" \
      "SELECT id || ':' || referral_id || ':' || employer || ':' || outcome || ':' || created_at FROM ips_employer_contact" \
      "SELECT id || ':' || version || ':' || role || ':' || CAST (hours_per_week * 10 AS INTEGER) || ':' || started_on FROM ips_job" \
      "SELECT id || ':' || total || ':' || band || ':' || scores FROM ips_fidelity_review" \
      "SELECT id || ':' || version || ':' || person_id || ':' || status || ':' || status_on FROM housing_referral" \
      "SELECT id || ':' || from_status || ':' || to_status || ':' || changed_on FROM housing_status_change" \
      "SELECT id || ':' || person_id || ':' || status || ':' || from_on FROM accommodation_status"; do
    site_query=$(printf '%s' "$query" | sed -e 's/FROM \([a-z_][a-z_]*\)/FROM caseload.\1/g')
    sqlite3 "$desk" "$query" | LC_ALL=C sort >"$dir/desk-rows"
    psql_on "$copy_site" "$site_query" | LC_ALL=C sort >"$dir/site-rows"
    cmp -s "$dir/desk-rows" "$dir/site-rows" || fail "the copy differs from the desk: $query"
  done
  desk_events=$(sqlite3 "$desk" "SELECT count(*) FROM audit_event")
  [ "$(psql_on "$copy_site" "SELECT count(*) FROM caseload.audit_import")" = "$desk_events" ] ||
    fail "the copied audit trail has a different number of events"
  [ "$(psql_on "$copy_site" "SELECT (detail::jsonb ->> 'count') FROM caseload.audit_event WHERE action = 'import'")" = "$desk_events" ] ||
    fail "the import event does not hold the desk's event count"
fi
[ "$(psql_on "$copy_site" "SELECT count(*) FROM caseload.person_access")" -gt 0 ] ||
  fail "nobody may see the copied people"
# The site's own person keys, and its own standards.
[ "$(psql_on "$copy_site" "SELECT count(*) FROM caseload.referral r JOIN caseload.person p ON p.id = r.person_id
                           WHERE p.pk <> r.person_pk")" = 0 ] || fail "a copied referral keeps the desk's person key"
if $have_sqlite3; then
  [ "$(psql_on "$copy_site" "SELECT count(*) FROM caseload.plan_version WHERE id LIKE 'copy-plan-%'")" = 2 ] ||
    fail "the plan's versions did not arrive"
  [ "$(psql_on "$copy_site" "SELECT count(*) FROM caseload.measure m JOIN caseload.review r ON r.person_id = m.person_id
                             JOIN caseload.person p ON p.id = m.person_id
                             WHERE m.id = 'copy-measure' AND r.id = 'copy-review' AND m.person_pk = p.pk
                               AND r.person_pk = p.pk")" = 1 ] || fail "the measure and review did not arrive with the site's person key"
  [ "$(psql_on "$copy_site" "SELECT owner_organisation_id IS NOT NULL AND owner_id IS NULL FROM caseload.task
                             WHERE id = 'copy-plan-task'")" = t ] || fail "the organisation's task did not arrive"
fi
if $have_sqlite3; then
  # Schema 6 rows keyed to the site's person, the history in the order it was saved.
  [ "$(psql_on "$copy_site" "SELECT count(DISTINCT p.pk) FROM caseload.person p
                             JOIN caseload.stepps_attendance a ON a.person_pk = p.pk
                             JOIN caseload.od_meeting m ON m.person_pk = p.pk
                             JOIN caseload.ips_job j ON j.person_pk = p.pk
                             JOIN caseload.stepps_participant x ON x.person_pk = p.pk AND x.person_id = p.id
                             WHERE a.participant_id = 'copy-participant' AND x.id = 'copy-participant' AND m.id = 'copy-meeting'
                               AND j.id = 'copy-job'")" = 1 ] ||
    fail "the pathway rows did not arrive with the site's person key"
  [ "$(psql_on "$copy_site" "SELECT string_agg (id, ',' ORDER BY seq) FROM caseload.housing_status_change
                             WHERE referral_id = 'copy-housing'")" = "copy-housing-2,copy-housing-1" ] ||
    fail "the housing history did not keep its order"
fi
[ "$(psql_on "$copy_site" "SELECT count(*) FROM caseload.wait_standard")" = 3 ] || fail "the standards were not kept"
[ "$(psql_on "$copy_site" "SELECT count(*) FROM caseload.person p JOIN caseload.person_search s ON s.pk = p.pk")" = 25 ] ||
  fail "the copied people are not in the search index"
run 0 verify-audit
expect_out '^Audit trail intact'
expect_out '^including 1 desk trail copied'
# The copied staff can sign in once given a password.
run 0 staff reset-password morven.adeyinka
[ "$(psql "$(as_user morven.adeyinka "$(temporary_password)" "$db")" -X -A -t -c 'SELECT current_user' 2>&1)" = morven.adeyinka ] ||
  fail "a copied staff member's role cannot sign in"

# The same file again: refused, nothing changed.
before=$(psql_on "$copy_site" "SELECT count(*) FROM caseload.person")
run 1 copy --from "$desk" --to "$db"
expect_err 'already been copied'
[ "$(psql_on "$copy_site" "SELECT count(*) FROM caseload.person")" = "$before" ] || fail "a refused copy changed the site"

# A desk at an older schema, or with an altered trail, is refused.
if $have_sqlite3; then
  cp "$desk" "$dir/old.db"
  sqlite3 "$dir/old.db" "PRAGMA user_version = 2"
  run 1 copy --from "$dir/old.db" --to "$db"
  expect_err "migrate” first"

  cp "$desk" "$dir/tampered.db"
  sqlite3 "$dir/tampered.db" "DROP TRIGGER audit_event_no_update;
                              UPDATE audit_event SET detail = '{}' WHERE seq = 2;"
  run 3 copy --from "$dir/tampered.db" --to "$db"
  expect_err 'broken at event 2'

  # Duplicates: a second desk holding three of the same people (by NHS number) under
  # other record ids, and one new staff member to move its audit head on.
  desk2=$dir/second.db
  cp "$desk" "$desk2"
  sqlite3 "$desk2" "
    CREATE TEMP TABLE keep AS SELECT id FROM person ORDER BY pk LIMIT 3;
    DELETE FROM person_access WHERE pk NOT IN (SELECT pk FROM person WHERE id IN (SELECT id FROM keep));
    DELETE FROM audit_subject;
    DELETE FROM accommodation_status;
    DELETE FROM housing_status_change;
    DELETE FROM housing_referral;
    DELETE FROM ips_fidelity_review;
    DELETE FROM ips_job;
    DELETE FROM ips_employer_contact;
    DELETE FROM ips_referral;
    DELETE FROM od_meeting_member;
    DELETE FROM od_meeting_practitioner;
    DELETE FROM od_meeting;
    DELETE FROM od_core_member;
    DELETE FROM od_episode;
    DELETE FROM stepps_attendance;
    DELETE FROM stepps_reinforcer;
    DELETE FROM stepps_participant;
    DELETE FROM stepps_session;
    DELETE FROM stepps_facilitator;
    DELETE FROM stepps_cohort;
    DELETE FROM review;
    DELETE FROM measure;
    DELETE FROM plan_version;
    DELETE FROM plan;
    DELETE FROM task;
    DELETE FROM allocation;
    DELETE FROM clock_pause;
    DELETE FROM referral;
    DELETE FROM timeline_entry WHERE person_id NOT IN (SELECT id FROM keep);
    DELETE FROM network_member WHERE person_id NOT IN (SELECT id FROM keep);
    DELETE FROM care_relationship WHERE person_id NOT IN (SELECT id FROM keep);
    DELETE FROM consent_decision WHERE person_id NOT IN (SELECT id FROM keep);
    DELETE FROM break_glass WHERE person_id NOT IN (SELECT id FROM keep);
    DELETE FROM person WHERE id NOT IN (SELECT id FROM keep);
    UPDATE person SET id = 'dup-' || id;
    UPDATE timeline_entry SET id = 'dup-' || id, person_id = 'dup-' || person_id;
    UPDATE network_member SET id = 'dup-' || id, person_id = 'dup-' || person_id;
    UPDATE care_relationship SET id = 'dup-' || id, person_id = 'dup-' || person_id;
    UPDATE consent_decision SET id = 'dup-' || id, person_id = 'dup-' || person_id;
    UPDATE break_glass SET id = 'dup-' || id, person_id = 'dup-' || person_id;" ||
    fail "could not make the second desk"
  db=$desk2
  user2=dup.${pg_tag}
  pg_roles="$pg_roles $user2"
  run 0 staff add --username "$user2" --name "Dee Duplicate" --role social-worker \
    --organisation "Thurrock Council Adult Social Care"
  db=$(site_uri "$copy_site")

  before=$(psql_on "$copy_site" "SELECT count(*) FROM caseload.person")
  entries_before=$(psql_on "$copy_site" "SELECT count(*) FROM caseload.timeline_entry")
  run 1 copy --from "$desk2" --to "$db"
  expect_err '^caseload-admin: 3 people .* already on the site'
  if grep -Eq '[0-9]{10}' "$dir/out" "$dir/err"; then fail "the refusal printed an NHS number"; fi
  [ -f "$desk2.decisions" ] || fail "no decisions template was written"
  [ "$(grep -Ec '^[0-9]{10} dup-[^ ]+ [^ ]+ \?$' "$desk2.decisions")" = 3 ] ||
    fail "the decisions template does not list the three duplicates"
  [ "$(stat -c %a "$desk2.decisions")" = 600 ] || fail "the decisions template is readable by others"
  [ "$(psql_on "$copy_site" "SELECT count(*) FROM caseload.person")" = "$before" ] || fail "a refused copy changed the site"
  [ "$(psql_on "$copy_site" "SELECT count(*) FROM pg_roles WHERE rolname = '$user2'")" = 0 ] ||
    fail "a refused copy left a role behind"

  # Undecided, then a wrong word: still refused.
  run 1 copy --from "$desk2" --to "$db" --decisions "$desk2.decisions"
  expect_err 'no decision'
  sed '0,/ ?$/s/ ?$/ maybe/' "$desk2.decisions" >"$dir/bad.decisions"
  run 1 copy --from "$desk2" --to "$db" --decisions "$dir/bad.decisions"
  expect_err 'use-site.*skip'

  # The first two are the site's people; the third stays on the desk.
  awk '/^#/ { print; next } { n++; sub(/\?$/, n <= 2 ? "use-site" : "skip"); print }' \
    "$desk2.decisions" >"$dir/decided"
  skipped=$(awk '!/^#/ { n++; if (n == 3) print $2 }' "$dir/decided")
  used=$(awk '!/^#/ { n++; if (n <= 2) printf "%s'\''%s'\''", (n > 1 ? "," : ""), $3 }' "$dir/decided")
  desk2_entries=$(sqlite3 "$desk2" "SELECT count(*) FROM timeline_entry WHERE person_id <> '$skipped'")
  used_before=$(psql_on "$copy_site" "SELECT count(*) FROM caseload.timeline_entry WHERE person_id IN ($used)")
  run 0 copy --from "$desk2" --to "$db" --decisions "$dir/decided"
  expect_out '^  People: 0$'
  expect_out '2 matched to the site’s record, 1 left on the desk'
  expect_out "staff reset-password $user2"
  [ "$(psql_on "$copy_site" "SELECT count(*) FROM caseload.person")" = "$before" ] || fail "duplicates were copied"
  [ "$(psql_on "$copy_site" "SELECT count(*) FROM caseload.timeline_entry WHERE person_id IN ($used)")" = \
    $((used_before + desk2_entries)) ] || fail "the desk's entries were not added to the site's people"
  [ "$(psql_on "$copy_site" "SELECT count(*) FROM caseload.timeline_entry")" = $((entries_before + desk2_entries)) ] ||
    fail "entries of the skipped person were copied"
  [ "$(psql_on "$copy_site" "SELECT count(*) FROM caseload.timeline_entry WHERE person_id LIKE 'dup-%'")" = 0 ] ||
    fail "entries point at a person who was not copied"
  run 0 verify-audit
  expect_out '^including 2 desk trails copied'
else
  printf 'sqlite3 not installed: skipping the copy comparisons and duplicate cases\n'
fi

# A site owner that is not a superuser may not keep the desk's stamps: said plainly.
owner=adm_owner_${pg_tag}
owned=adm_${pg_tag}_owned
pg_roles="$pg_roles $owner"
psql_on postgres "CREATE ROLE \"$owner\" LOGIN CREATEROLE PASSWORD 'owner-secret'" >/dev/null
psql_on postgres "DROP DATABASE IF EXISTS \"$owned\" WITH (FORCE)" >/dev/null
psql_on postgres "CREATE DATABASE \"$owned\" OWNER \"$owner\"" >/dev/null
pg_databases="$pg_databases $owned"
db=$(as_user "$owner" owner-secret "$(site_uri "$owned")")
run 0 init
run 1 copy --from "$desk" --to "$db"
expect_err 'session_replication_role'
expect_no_password owner-secret

# Tampering with the site's trail, as a superuser who turns the guard off for a moment.
db=$saved_db
psql_on "$site" "BEGIN;
  ALTER TABLE caseload.audit_event DISABLE TRIGGER audit_event_frozen;
  UPDATE caseload.audit_event SET action = 'view-recorD' WHERE seq = (SELECT max(seq) - 1 FROM caseload.audit_event);
  ALTER TABLE caseload.audit_event ENABLE ALWAYS TRIGGER audit_event_frozen;
  COMMIT;" >/dev/null || fail "could not tamper with the site's audit trail"
tampered=$(psql_on "$site" "SELECT max(seq) - 1 FROM caseload.audit_event")
run 3 verify-audit
expect_err "broken at event $tampered"
