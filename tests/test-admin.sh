#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# caseload-admin from end to end: init, demo, the staff commands, verify-audit, and the
# exit status of each kind of failure (1: the work failed, 2: bad usage, 3: the audit
# trail was altered). Each kind of tampering is tested in C (test-access). With
# CASELOAD_TEST_POSTGRESQL, the same on a shared site, and copy (test-admin-postgresql.sh).
#
# Usage: test-admin.sh PATH-TO-CASELOAD-ADMIN

set -u

admin=${1:?usage: test-admin.sh PATH-TO-CASELOAD-ADMIN}
dir=$(mktemp -d "${TMPDIR:-/tmp}/caseload-test-admin.XXXXXX") || exit 1
trap 'rm -rf "$dir"' EXIT
trap 'exit 1' HUP INT TERM
db=$dir/admin.db
failures=0
checks=0

fail () {
  printf 'FAIL: %s\n' "$*" >&2
  failures=$((failures + 1))
}

# run STATUS [ARGUMENT…]: runs caseload-admin on the test database and checks its exit
# status; its output is left in $dir/out and $dir/err.
run () {
  expected=$1
  shift
  checks=$((checks + 1))
  "$admin" --database "$db" "$@" >"$dir/out" 2>"$dir/err"
  status=$?
  if [ "$status" -ne "$expected" ]; then
    fail "caseload-admin $*: exit status $status, expected $expected"
    sed 's/^/  out: /' "$dir/out" >&2
    sed 's/^/  err: /' "$dir/err" >&2
  fi
}

# expect_out PATTERN / expect_err PATTERN: the last run's output matches (grep -E).
expect_out () {
  grep -Eq -- "$1" "$dir/out" || { fail "output lacks /$1/"; sed 's/^/  out: /' "$dir/out" >&2; }
}
expect_err () {
  grep -Eq -- "$1" "$dir/err" || { fail "error output lacks /$1/"; sed 's/^/  err: /' "$dir/err" >&2; }
}
expect_no_err () {
  [ ! -s "$dir/err" ] || { fail "unexpected error output"; sed 's/^/  err: /' "$dir/err" >&2; }
}

# The temporary password printed by the last run.
temporary_password () {
  sed -n 's/^Temporary password: //p' "$dir/out"
}

# A database that is not there is not made by commands that only read or change it.
run 1 stats
expect_err 'There is no database'
run 1 verify-audit
run 1 staff list
[ ! -e "$db" ] || fail "a command made $db"

run 0 init
expect_out 'Schema version: [0-9]+'

run 0 demo --people 20
expect_out 'Added [0-9]+ organisations, [0-9]+ staff and 20 people'

run 0 stats
expect_out '^People: 20$'

# Demo staff, with usernames and roles; no password hashes.
run 0 staff list
expect_out '^USERNAME +NAME +ROLE +ORGANISATION +ACTIVE$'
expect_out '^adaeze\.nwosu +Adaeze Nwosu +mental-health-practitioner +EPUT Community Mental Health \(Thurrock\) +yes$'
expect_out '^morven\.adeyinka .* team-manager '
expect_out '^nadia\.raman .* administrator '
expect_out '^rajinder\.sandhu .* primary-care-clinician +Grays Hall Surgery +yes$'
if grep -q 'argon2' "$dir/out"; then fail "staff list shows a password hash"; fi

# A new staff member; the organisation by name in any case.
run 0 staff add --username sam.tester --name "Sam Tester" --role vcse-worker \
  --organisation "thurrock & brentwood mind" --email sam.tester@example.invalid
expect_no_err
expect_out '^Added Sam Tester \(sam\.tester\), .* at Thurrock & Brentwood Mind\.$'
first_password=$(temporary_password)
printf '%s\n' "$first_password" | grep -Eq '^[a-km-np-zA-HJ-NP-Z2-9]{16}$' ||
  fail "temporary password '$first_password' is not 16 unambiguous characters"

run 0 staff list
expect_out '^sam\.tester +Sam Tester +vcse-worker +Thurrock & Brentwood Mind +yes$'

# The same username again, or an organisation that is not there: the work fails.
run 1 staff add --username sam.tester --name "Sam Tester" --role vcse-worker \
  --organisation "Thurrock & Brentwood Mind"
run 1 staff add --username new.person --name "New Person" --role social-worker --organisation "Nowhere Council"
expect_err 'no organisation'

run 0 staff reset-password sam.tester
expect_no_err
second_password=$(temporary_password)
printf '%s\n' "$second_password" | grep -Eq '^[a-km-np-zA-HJ-NP-Z2-9]{16}$' ||
  fail "reset password '$second_password' is not 16 unambiguous characters"
[ "$first_password" != "$second_password" ] || fail "reset-password gave the same password again"

run 0 staff deactivate sam.tester
expect_out 'Deactivated Sam Tester'
run 0 staff list
expect_out '^sam\.tester +Sam Tester +vcse-worker +Thurrock & Brentwood Mind +no$'
run 0 staff deactivate sam.tester
expect_out 'already deactivated'

run 0 verify-audit
expect_no_err
expect_out '^Audit trail intact: [1-9][0-9]* events? checked$'

# Unknown usernames: the work fails.
run 1 staff deactivate nobody.here
expect_err '^caseload-admin: no staff member with username “nobody\.here”$'
run 1 staff reset-password nobody.here
expect_err 'no staff member with username'

# Bad usage.
run 2 frobnicate
run 2
run 2 staff
run 2 staff frobnicate
run 2 staff add --name "No Username" --role social-worker --organisation "Thurrock Council Adult Social Care"
run 2 staff add --username no.name --role social-worker --organisation "Thurrock Council Adult Social Care"
run 2 staff add --username wizard.person --name "Wizard Person" --role wizard \
  --organisation "Thurrock Council Adult Social Care"
expect_err 'Unknown role'
run 2 staff add --username x.y --name "X Y" --role social-worker --organisation "Thurrock Council Adult Social Care" extra
run 2 staff list extra
run 2 staff deactivate
run 2 staff deactivate sam.tester someone.else
run 2 staff reset-password
run 2 verify-audit extra
run 2 demo --people -1
run 2 stats --no-such-option
run 2 copy
run 2 copy --from "$db"
run 2 copy --from "$db" --to "$dir/not-a-site.db"
run 2 copy --from "$db" --to 'postgresql://someone:hidden-secret@[::1/x'
expect_err 'not a PostgreSQL URI'
if grep -q hidden-secret "$dir/err"; then fail "a password was printed"; fi

# Still intact after all that.
run 0 verify-audit

# One changed byte in the trail, by someone with the file and the sqlite3 program
# (build-aux/check installs it): verify-audit says where, and exits 3.
if command -v sqlite3 >/dev/null 2>&1; then
  sqlite3 "$db" "DROP TRIGGER audit_event_no_update;
                 UPDATE audit_event SET action = 'view-recorD' WHERE seq = (SELECT max (seq) - 1 FROM audit_event);" ||
    fail "could not tamper with the test database"
  run 3 verify-audit
  expect_err 'broken at event'
else
  printf 'sqlite3 not installed: skipping the tampered-trail exit status\n'
fi

# The shared site, when build-aux/check (or a developer) gives a throwaway PostgreSQL
# server's superuser URI in CASELOAD_TEST_POSTGRESQL.
if [ -z "${CASELOAD_TEST_POSTGRESQL:-}" ]; then
  printf 'CASELOAD_TEST_POSTGRESQL is not set: skipping the shared-site (PostgreSQL) cases\n'
elif ! command -v psql >/dev/null 2>&1; then
  printf 'psql is not installed: skipping the shared-site (PostgreSQL) cases\n'
else
  . "$(dirname "$0")/test-admin-postgresql.sh"
fi

if [ "$failures" -ne 0 ]; then
  printf '%d of %d checks failed\n' "$failures" "$checks" >&2
  exit 1
fi
printf 'All %d caseload-admin runs as expected\n' "$checks"
exit 0
