#!/bin/sh
# kernel-case.sh — one real-kernel case of ccp/patch.exp: makes a fix for
# translation unit TU of the kernel tree KSRC that changes the body of
# function FUNC (a `barrier();` before its first top-level return) and
# moves the lines of every other function (3 blank lines after the file's
# first #include; a comment line before the first WARN_ON after FUNC), then
# runs `kcarve --changed-functions` on it from KSRC with TU's Kbuild command
# line, and gcc -fsyntax-only on the patched file (the oracle that the fix
# is C the kernel's compiler takes).
#
# usage: kernel-case.sh KCARVE GCC KSRC CMDLINES TU FUNC WORKDIR
# Leaves in WORKDIR: fix.patch, out, err, rc (kcarve's), gcc.err, gcc.rc;
# exits non-zero only when the case could not be set up (reason on stderr).
set -u
KCARVE=$1 GCC=$2 KSRC=$3 CMDLINES=$4 TU=$5 FUNC=$6 WORK=$7

rm -rf "$WORK" && mkdir -p "$WORK/b" || exit 2
line=$(grep "^$TU " "$CMDLINES") || { echo "$TU: not in $CMDLINES" >&2; exit 2; }
ARGS=${line#"$TU "}

awk -v fn="$FUNC" '
  BEGIN { state = 0; incl = 0 }
  !incl && /^#include/ { print; print ""; print ""; print ""; incl = 1; next }
  state == 0 && $0 ~ ("^[a-z].*[ *]" fn "\\(") && $0 !~ /;[ \t]*$/ { state = 1 }
  state == 1 && /^\treturn / { print "\tbarrier();"; state = 2 }
  state == 2 && /^}/ { state = 3 }
  state == 3 && /WARN_ON/ { print "\t/* kcarve test: a comment-only change moves the lines below */"; state = 4 }
  { print }
  END { if (state < 4) { print "kernel-case.sh: FUNC or a later WARN_ON not found (state " state ")" > "/dev/stderr"; exit 3 } }
' "$KSRC/$TU" > "$WORK/b/patched.c" || exit 2
(cd "$KSRC" && diff -u --label "a/$TU" --label "b/$TU" "$TU" "$WORK/b/patched.c") > "$WORK/fix.patch"
[ $? -eq 1 ] || { echo "diff found no change" >&2; exit 2; }

here=$(cd "$(dirname "$0")" && pwd)
cd "$KSRC" || exit 2
eval "set -- $ARGS"
KCARVE_FIXDIFF_STATS=1 "$KCARVE" --changed-functions --patch="$WORK/fix.patch" -- "$@" \
  > "$WORK/out" 2> "$WORK/err"
echo $? > "$WORK/rc"

# gcc on the patched file, in place of the original.
sh "$here/gcc-syntax.sh" "$GCC" "$TU" "$WORK/b/patched.c" "$ARGS" > "$WORK/gcc.err" 2>&1
echo $? > "$WORK/gcc.rc"
exit 0
