#!/bin/sh
# debian-case.sh — a real fix from Debian's own history as a case of
# ccp/patch.exp: the difference of unit TU between two linux-source-6.1
# trees (OLD, NEW) is the fix; `kcarve --changed-functions` runs on it in
# OLD with TU's Kbuild command line, and gcc -fsyntax-only compiles NEW's
# TU against OLD's headers (gcc-syntax.sh).
#
# usage: debian-case.sh KCARVE GCC OLD NEW CMDLINES TU WORKDIR
# Leaves in WORKDIR: fix.patch, out, err, rc (kcarve's), gcc.err, gcc.rc;
# exits non-zero only when the case could not be set up (reason on stderr).
set -u
KCARVE=$1 GCC=$2 OLD=$3 NEW=$4 CMDLINES=$5 TU=$6 WORK=$7
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$WORK" && mkdir -p "$WORK" || exit 2
line=$(grep "^$TU " "$CMDLINES") || { echo "$TU: not in $CMDLINES" >&2; exit 2; }
ARGS=${line#"$TU "}
cd "$OLD" || exit 2
diff -u --label "a/$TU" --label "b/$TU" "$TU" "$NEW/$TU" > "$WORK/fix.patch"
[ $? -eq 1 ] || { echo "$TU: the trees do not differ" >&2; exit 2; }
eval "set -- $ARGS"
"$KCARVE" --changed-functions --patch="$WORK/fix.patch" -- "$@" > "$WORK/out" 2> "$WORK/err"
echo $? > "$WORK/rc"
sh "$here/gcc-syntax.sh" "$GCC" "$TU" "$NEW/$TU" "$ARGS" > "$WORK/gcc.err" 2>&1
echo $? > "$WORK/gcc.rc"
exit 0
