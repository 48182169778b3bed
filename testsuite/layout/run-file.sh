#!/bin/sh
# run-file.sh — one source file through the layout check for one target:
# gcc -E, kcarve --dump-layout-asserts, then gcc -fsyntax-only on gcc's own
# preprocessed text with the assertions appended (after a line marker naming
# <kcarve-layout-asserts>, so gcc's diagnostics say which line failed).
#
#   run-file.sh KCARVE WORKDIR LIST N
#
# Line N of LIST is   NAME <tab> GCC <tab> MODEL <tab> DIR <tab> FILE <tab> OPTIONS
# (GCC the target's compiler, MODEL kcarve's --compiler=, FILE relative to
# DIR, where both compilers run; OPTIONS shell words).  Writes one line to
# WORKDIR/res/N:   layout <tab> STATUS <tab> NAME <tab> MS <tab> MESSAGE
# STATUS 0 pass; 1 fail (an assertion gcc rejects, kcarve crashed, no or
# too few assertions);
# 2 unresolved; 3 gcc rejects the file itself (not a case); 4 kcarve rejects
# a file gcc accepts (counted: the cparse tool judges acceptance).
set -u
kcarve=$1 work=$2 list=$3 n=$4
here=$(cd "$(dirname "$0")" && pwd)
LIMIT=${KCARVE_FILE_TIMEOUT:-120}
IFS='	' read -r name gcc model dir file opts <<EOT
$(sed -n "${n}p" "$list")
EOT
IFS=' 	
'
tmp=$work/f-$n
mkdir -p "$tmp" "$work/res"
t0=$(date +%s%3N)
result() {
  printf 'layout\t%s\t%s\t%s\t%s\n' "$1" "$name" "$(( $(date +%s%3N) - t0 ))" \
    "$(printf '%s' "$2" | tr '\t\n' '  ' | cut -c1-400)" > "$work/res/$n"
  rm -rf "$tmp"
  exit 0
}
first_error() { grep -m1 'error' "$1" || head -1 "$1"; }
cd "$dir" || result 2 "cannot cd to $dir"
eval "set -- $opts"
timeout $LIMIT $gcc "$@" -E -o "$tmp/gcc.i" "$file" 2> "$tmp/gcc.err" ||
  result 3 "gcc -E rejects it: $(first_error "$tmp/gcc.err")"
timeout $LIMIT "$kcarve" --compiler="$model" --dump-layout-asserts --outfile="$tmp/asserts.h" \
  -- "$@" "$file" > /dev/null 2> "$tmp/kcarve.err"
kst=$?
{ cat "$tmp/gcc.i"; echo '# 1 "<kcarve-layout-asserts>"'
  [ $kst = 0 ] && cat "$tmp/asserts.h"; } > "$tmp/wrapped.i"
timeout $LIMIT $gcc "$@" -w -fsyntax-only "$tmp/wrapped.i" 2> "$tmp/gcc2.err"
gst=$?
at='^<kcarve-layout-asserts>:[0-9]*:[0-9]*: error'
if [ $gst != 0 ] && grep -v '^<kcarve-layout-asserts>:' "$tmp/gcc2.err" | grep -q ': error'; then
  result 3 "gcc rejects it: $(first_error "$tmp/gcc2.err")"
fi
san=$(grep -m1 -E 'ERROR: (Address|Leak|UndefinedBehavior)Sanitizer|runtime error:' "$tmp/kcarve.err")
[ -n "$san" ] && result 1 "kcarve crashed: $san"
[ $kst = 124 ] && result 1 "kcarve timed out after ${LIMIT}s"
case $kst in 126|127) result 1 "kcarve could not run: $(head -1 "$tmp/kcarve.err")" ;; esac
[ $kst -gt 128 ] && result 1 "kcarve crashed: signal $((kst - 128))"
[ $kst != 0 ] && result 4 "kcarve rejects it (exit $kst): $(first_error "$tmp/kcarve.err")"
# gcc judges only what is there: an assertion file that is missing, empty
# or far shorter than the file's own declarations call for is kcarve's
# failure, whatever gcc says (lib/layout-floor.awk counts them in gcc -E's
# text, independently of kcarve).
[ -s "$tmp/asserts.h" ] || result 1 "kcarve exited 0 but wrote no assertions"
summary=$(head -1 "$tmp/asserts.h" | sed -e 's|^/\* kcarve --dump-layout-asserts: ||' -e 's| \*/$||')
got=$(grep -c '_Static_assert' "$tmp/asserts.h")
read -r ntags nenums floor <<EOT
$($(command -v mawk || echo awk) -f "$here/../lib/layout-floor.awk" "$tmp/gcc.i")
EOT
[ "$got" -lt "${floor:-1}" ] &&
  result 1 "only $got assertions; gcc -E's text defines $ntags tags and $nenums enumerators at file scope (at least $floor expected)"
[ $gst = 0 ] && result 0 "$summary; floor $floor"
if grep -q "$at" "$tmp/gcc2.err"; then
  result 1 "$(grep -c "$at" "$tmp/gcc2.err") of $summary fail; first: $(grep -m1 "$at" "$tmp/gcc2.err")"
fi
result 2 "gcc failed ($gst): $(first_error "$tmp/gcc2.err")"
