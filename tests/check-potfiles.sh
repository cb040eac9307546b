#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails if a source file with translatable strings is missing from po/POTFILES.in,
# if POTFILES.in names a file that does not exist, or if it is not sorted.
top=${1:?usage: check-potfiles.sh SOURCE_ROOT}
cd "$top" || exit 1
status=0
for f in $(find src ui -name '*.c' -o -name '*.ui' | LC_ALL=C sort); do
  case $f in *.ui) listed=yes;; *) listed=no;; esac
  if { [ $listed = yes ] || grep -qE '_\("|N_\("|translatable="yes"' "$f"; } && ! grep -qxF "$f" po/POTFILES.in; then
    echo "po/POTFILES.in is missing $f" >&2
    status=1
  fi
done
grep -v '^#' po/POTFILES.in | grep -v '^$' | while read -r f; do
  [ -f "$f" ] || { echo "po/POTFILES.in names $f, which does not exist" >&2; exit 1; }
done || status=1
if ! grep -v '^#' po/POTFILES.in | grep -v '^$' | LC_ALL=C sort -c 2>/dev/null; then
  echo "po/POTFILES.in is not sorted" >&2
  status=1
fi
[ $status -eq 0 ] && echo "po/POTFILES.in lists every file with translatable strings"
exit $status
