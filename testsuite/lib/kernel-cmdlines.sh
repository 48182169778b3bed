#!/bin/sh
# kernel-cmdlines.sh: the real Kbuild command lines of a TU list
# (default testsuite/kernel/tu.list) for the kernel fetch-kernel.sh picks,
# derived at run time by testsuite/kernel/derive-cmdlines.sh and cached
# beside that kernel's corpus, keyed by the list and the deriver, so a new
# Debian revision gets its own command lines (nothing derived from an older
# one is reused).  Prints the path of the "PATH ARGS" file.
# Usage: sh testsuite/lib/kernel-cmdlines.sh [TU-LIST]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
list=${1:-$here/../kernel/tu.list}
derive=$here/../kernel/derive-cmdlines.sh
eval "$(sh "$here/fetch-kernel.sh" --no-image)"
# The key: the list without its comments, and the deriver.
key=$( (sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$list"; cat "$derive") | cksum | cut -d' ' -f1)
out=$KCARVE_CACHE/linux-$KVER/tu.cmdlines-$key
if [ ! -s "$out" ]; then
  echo "kernel-cmdlines.sh: deriving the Kbuild command lines of $list for $KVER" >&2
  if ! sh "$derive" "$list" > "$out.tmp" 2> "$out.log"; then
    cat "$out.log" >&2; rm -f "$out.tmp"
    echo "kernel-cmdlines.sh: derive-cmdlines.sh failed (log above)" >&2; exit 1
  fi
  [ -s "$out.tmp" ] || { echo "kernel-cmdlines.sh: no TU of $list is built by $KVER's configuration" >&2; exit 1; }
  mv "$out.tmp" "$out"
fi
echo "$out"
