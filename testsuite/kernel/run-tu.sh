#!/bin/sh
# run-tu.sh — one kernel translation unit through gcc -E and kcarve -E.
#
#   run-tu.sh KSRC KCARVE TOKCMP TMPDIR PATH 'ARGS'
#
# ARGS is the TU's Kbuild command line (tu.cmdlines, shell-quoted as Kbuild
# prints it), run from KSRC.  gcc gets it without -c/-o (with -E); kcarve gets
# it whole after `--`, as the live-patch tools pass it, with only the object
# and dependency file names pointed into TMPDIR so nothing is written into the
# shared corpus.  Both run at once (two cores).  The .i files are deleted.
# Prints one line and exits: 0 equal, 1 different or kcarve failed (the line
# says how: tokcmp's first difference, or kcarve's first error), 2 the oracle
# itself failed (gcc -E), so the test is unresolved, not failed.
set -u
ksrc=$1 kcarve=$2 tokcmp=$3 tmp=$4 tu=$5 args=$6
GCC=${GCC:-gcc}
LIMIT=${KCARVE_TU_TIMEOUT:-300}
mkdir -p "$tmp"
exp=$tmp/gcc.i act=$tmp/kcarve.i
rm -f "$exp" "$act"

esc_tmp=$(printf '%s' "$tmp" | sed 's/[|&\\]/\\&/g')
gcc_args=$(printf '%s\n' "$args" | sed -e 's/ -c -o [^ ]* [^ ]*$//' \
  -e "s|-Wp,-MMD,[^ ]*|-Wp,-MMD,$esc_tmp/gcc.d|")
kc_args=$(printf '%s\n' "$args" | sed -e "s| -o [^ ]* | -o $esc_tmp/kcarve.o |" \
  -e "s|-Wp,-MMD,[^ ]*|-Wp,-MMD,$esc_tmp/kcarve.d|")

cd "$ksrc" || { echo "cannot cd to $ksrc"; exit 2; }
( eval "timeout $LIMIT $GCC $gcc_args -E -o \"\$exp\" \"\$tu\"" ) 2> "$tmp/gcc.err" &
gpid=$!
( eval "timeout $LIMIT \"\$kcarve\" -E --outfile=\"\$act\" -- $kc_args" ) \
  > /dev/null 2> "$tmp/kcarve.err" &
kpid=$!
wait $gpid; gst=$?
wait $kpid; kst=$?

finish() { rm -f "$exp" "$act" "$tmp"/*.d "$tmp"/*.o; exit "$1"; }
if [ $gst != 0 ]; then
  echo "gcc -E failed ($gst): $(grep -m1 'error' "$tmp/gcc.err" || head -1 "$tmp/gcc.err")"
  finish 2
fi
if [ $kst != 0 ]; then
  case $kst in
    124) why="timed out after ${LIMIT}s" ;;
    *) why="exit $kst: $(grep -m1 'error' "$tmp/kcarve.err" || head -1 "$tmp/kcarve.err")" ;;
  esac
  echo "kcarve -E failed, $why"
  finish 1
fi
out=$("$tokcmp" "$exp" "$act" 2>&1); st=$?
case $st in
  0) echo "equal: $(wc -l < "$exp") lines" ; finish 0 ;;
  1) printf '%s\n' "tokens differ: $out" ; finish 1 ;;
  *) printf '%s\n' "tokcmp trouble ($st): $out" ; finish 2 ;;
esac
