#!/bin/sh
# run-tu.sh — one kernel translation unit through the checks of the kernel
# and layout tools, with gcc the oracle.
#
#   run-tu.sh KSRC KCARVE TOKCMP WORKDIR CMDLINES N [CHECKS]
#
# Line N of CMDLINES (tu.cmdlines: "PATH ARGS", ARGS shell-quoted as Kbuild
# prints them, run from KSRC) is the TU.  CHECKS (comma-separated, default
# "tokens,layout") says what to run:
#   tokens  gcc -E and kcarve -E, token for token equal (tokcmp)
#   layout  kcarve --dump-layout-asserts appended to gcc's own preprocessed
#           text of the TU (so no macro can change a name) and compiled by gcc
#           -fsyntax-only with the TU's flags: every assertion must hold, and
#           there must be at least lib/layout-floor.awk's count of them
# gcc -E runs once and serves both, and so does one kcarve run (its
# --also-preprocess writes the -E text beside the assertions).  gcc gets ARGS without -c/-o (and its
# dependency file redirected); kcarve gets them whole after `--`, as the
# live-patch tools pass them, with the object and dependency file names
# pointed into WORKDIR so nothing is written into the shared corpus.
#
# Writes one line per check to WORKDIR/res/N (and nothing else outside
# WORKDIR/tu-N, which it removes):
#   CHECK <tab> STATUS <tab> PATH <tab> MILLISECONDS <tab> MESSAGE
# STATUS 0 pass; 1 fail (tokens differ, an assertion gcc rejects, too few
# assertions, kcarve failed or crashed); 2 unresolved (the oracle itself
# failed).  The batch
# (batch.sh) runs many of these at once; the .exp files report the lines.
set -u
ksrc=$1 kcarve=$2 tokcmp=$3 work=$4 cmdlines=$5 n=$6
here=$(cd "$(dirname "$0")" && pwd)
CHECKS=$(printf '%s' "${7:-tokens,layout}" | tr , ' ')
GCC=${GCC:-gcc}
LIMIT=${KCARVE_TU_TIMEOUT:-300}
line=$(sed -n "${n}p" "$cmdlines")
tu=${line%% *} args=${line#* }
tmp=$work/tu-$n
res=$work/res/$n
mkdir -p "$tmp" "$work/res"
: > "$res"

now_ms() { date +%s%3N; }
result() {  # CHECK STATUS MILLISECONDS MESSAGE
  printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$tu" "$3" \
    "$(printf '%s' "$4" | tr '\t\n' '  ')" >> "$res"
}
first_error() {  # FILE: the first error line, else the first line
  grep -m1 'error' "$1" || head -1 "$1"
}
# Why a kcarve run failed: timeout, signal, sanitizer, or its first error.
kcarve_why() {  # STATUS STDERR-FILE
  case $1 in
    124) echo "timed out after ${LIMIT}s"; return ;;
  esac
  san=$(grep -m1 -E 'ERROR: (Address|Leak|UndefinedBehavior)Sanitizer|runtime error:' "$2")
  if [ -n "$san" ]; then echo "crashed: $san"; return; fi
  if [ "$1" -gt 128 ]; then echo "crashed: signal $(( $1 - 128 ))"; return; fi
  echo "exit $1: $(first_error "$2")"
}

esc_tmp=$(printf '%s' "$tmp" | sed 's/[|&\\]/\\&/g')
gcc_args=$(printf '%s\n' "$args" | sed -e 's/ -c -o [^ ]* [^ ]*$//' \
  -e "s|-Wp,-MMD,[^ ]*|-Wp,-MMD,$esc_tmp/gcc.d|")
cc1_args=$(printf '%s\n' "$args" | sed -e 's/ -c -o [^ ]* [^ ]*$//' -e 's|-Wp,-MMD,[^ ]*||')
kc_args=$(printf '%s\n' "$args" | sed -e "s| -o [^ ]* | -o $esc_tmp/kcarve.o |" \
  -e "s|-Wp,-MMD,[^ ]*|-Wp,-MMD,$esc_tmp/kcarve.d|")

finish() { rm -rf "$tmp"; exit 0; }
cd "$ksrc" || {
  for c in $CHECKS; do result "$c" 2 0 "cannot cd to $ksrc"; done
  finish
}

t0=$(now_ms)
exp=$tmp/gcc.i
( eval "timeout $LIMIT $GCC $gcc_args -E -o \"\$exp\" \"\$tu\"" ) 2> "$tmp/gcc.err"
gst=$?
if [ $gst != 0 ]; then
  for c in $CHECKS; do result "$c" 2 $(( $(now_ms) - t0 )) "gcc -E failed ($gst): $(first_error "$tmp/gcc.err")"; done
  finish
fi
gcc_ms=$(( $(now_ms) - t0 ))

# One kcarve run serves both checks: --dump-layout-asserts with
# --also-preprocess writes -E's text too (written once preprocessing is done,
# so a later parse or analysis error leaves the token check its input).
act=$tmp/kcarve.i asserts=$tmp/asserts.h
case " $CHECKS " in
  *" layout "*)
    mode="--dump-layout-asserts --outfile=\"\$asserts\""
    case " $CHECKS " in *" tokens "*) mode="$mode --also-preprocess=\"\$act\"" ;; esac ;;
  *) mode="-E --outfile=\"\$act\"" ;;
esac
t1=$(now_ms)
( eval "timeout $LIMIT \"\$kcarve\" $mode -- $kc_args" ) > /dev/null 2> "$tmp/kcarve.err"
kst=$?
kc_ms=$(( $(now_ms) - t1 ))
since() { echo $(( $(now_ms) - $1 + gcc_ms + kc_ms )); }  # START: a check's own part began

for c in $CHECKS; do
  t2=$(now_ms)
  case $c in
  tokens)
    if [ ! -f "$act" ]; then
      result tokens 1 "$(since "$t2")" "kcarve -E failed, $(kcarve_why $kst "$tmp/kcarve.err")"
    else
      out=$("$tokcmp" "$exp" "$act" 2>&1); st=$?
      case $st in
        0) result tokens 0 "$(since "$t2")" "equal: $(wc -l < "$exp") lines" ;;
        1) result tokens 1 "$(since "$t2")" "tokens differ: $out" ;;
        *) result tokens 2 "$(since "$t2")" "tokcmp trouble ($st): $out" ;;
      esac
    fi ;;
  layout)
    wrapped=$tmp/wrapped.i
    if [ $kst != 0 ]; then
      result layout 1 "$(since "$t2")" "kcarve --dump-layout-asserts failed, $(kcarve_why $kst "$tmp/kcarve.err")"
      continue
    fi
    # gcc judges only what is there: no assertion file, an empty one or one
    # far shorter than the TU's own file-scope declarations call for
    # (lib/layout-floor.awk, counted in gcc -E's text) is kcarve's failure.
    if [ ! -s "$asserts" ]; then
      result layout 1 "$(since "$t2")" "kcarve exited 0 but wrote no assertions"
      continue
    fi
    got=$(grep -c '_Static_assert' "$asserts")
    read -r ntags nenums floor <<EOT
$($(command -v mawk || echo awk) -f "$here/../lib/layout-floor.awk" "$exp")
EOT
    if [ "$got" -lt "${floor:-1}" ]; then
      result layout 1 "$(since "$t2")" "only $got assertions; gcc -E's text defines $ntags tags and $nenums enumerators at file scope (at least $floor expected)"
      continue
    fi
    { cat "$exp"; echo '# 1 "<kcarve-layout-asserts>"'; cat "$asserts"; } > "$wrapped"
    ( eval "timeout $LIMIT $GCC $cc1_args -w -fsyntax-only \"\$wrapped\"" ) 2> "$tmp/gcc2.err"
    st=$?
    summary=$(head -1 "$asserts" | sed -e 's|^/\* kcarve --dump-layout-asserts: ||' -e 's| \*/$||')
    at='^<kcarve-layout-asserts>:[0-9]*:[0-9]*: error'
    if [ $st = 0 ]; then
      result layout 0 "$(since "$t2")" "$summary; floor $floor"
    elif grep -q "$at" "$tmp/gcc2.err" &&
         ! grep -v '^<kcarve-layout-asserts>:' "$tmp/gcc2.err" | grep -q ': error'; then
      result layout 1 "$(since "$t2")" \
        "$(grep -c "$at" "$tmp/gcc2.err") of $summary fail; first: $(grep -m1 "$at" "$tmp/gcc2.err")"
    else
      result layout 2 "$(since "$t2")" "gcc rejects its own preprocessed TU ($st): $(first_error "$tmp/gcc2.err")"
    fi ;;
  esac
done
finish
