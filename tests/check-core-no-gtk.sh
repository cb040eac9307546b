#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails if anything in the core library includes a GTK, GDK or libadwaita header:
# libcaseload-core is GLib, GIO and SQLite only.
dir=${1:?usage: check-core-no-gtk.sh SRC/CORE}
found=$(grep -rnE '^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"](gtk|gdk|gsk|adwaita|adw)[/.a-z-]*' "$dir" --include='*.c' --include='*.h')
if [ -n "$found" ]; then
  echo "src/core must not use GTK or libadwaita:" >&2
  echo "$found" >&2
  exit 1
fi
count=$(find "$dir" -name '*.[ch]' | wc -l)
[ "$count" -gt 0 ] || { echo "no sources found in $dir" >&2; exit 1; }
echo "checked $count core files: no GTK"
