#!/bin/sh
# carve-tu.sh — carve a sample of one kernel TU's functions and judge each
# carve with gcc: it compiles with the TU's own Kbuild flags, and the carved
# function's machine code equals the original's.
#
#   carve-tu.sh KSRC KCARVE WORKDIR CMDLINES N [MAX]
#
# Line N of CMDLINES ("PATH ARGS", run from KSRC) is the TU.  gcc compiles it
# as Kbuild does; the sample is read off gcc's object, not off kcarve: the
# functions defined in .text (`objdump -t`), at most MAX (default 3) of
#   static   a local function symbol
#   global   a global one
#   caller   a function whose code calls a local function (a static helper)
# each the first of its kind in a fixed pseudo-random order of the names
# (cksum), so the sample is the same on every run.  For each: `kcarve
# --outfile=F.c --manifest=F.json --patched-functions=F` with the default
# policy and `--ipa-clones=DUMP`, gcc's -fdump-ipa-clones of the original
# compile (copied helpers keep gcc's inlining decisions; KCARVE_IPA_CLONES=0
# leaves the option out), then gcc compiles F.c with the TU's flags, then testsuite/kernel/
# fncode.sh compares F's code in the original object with klpp_F's in the
# carve's (renames stripped).  Writes lines to WORKDIR/res/N:
#   CHECK <tab> STATUS <tab> PATH:FUNCTION(KIND) <tab> MILLISECONDS <tab> MESSAGE
# CHECK carve: 0 the carve compiles, 1 kcarve failed or gcc rejects its
# output, 2 the oracle failed (gcc cannot build the original TU), 4 nothing
# to sample (no function in .text).
# CHECK layout: 0 every named struct and union both objects describe (their
# DWARF, testsuite/kernel/layouts.sh) has the same size and member offsets,
# 1 some do not (named in MESSAGE).
# CHECK code: 0 identical, 3 differs where the carve reads a symbol through a
# kallsyms pointer (the method's extra load, explained), 1 differs otherwise.
set -u
ksrc=$1 kcarve=$2 work=$3 cmdlines=$4 n=$5 max=${6:-3}
GCC=${GCC:-gcc}
LIMIT=${KCARVE_TU_TIMEOUT:-300}
here=$(cd "$(dirname "$0")" && pwd)
line=$(sed -n "${n}p" "$cmdlines")
tu=${line%% *} args=${line#* }
tmp=$work/carve-$n
res=$work/res/$n
mkdir -p "$tmp" "$work/res"
: > "$res"
now_ms() { date +%s%3N; }
result() {  # CHECK STATUS WHAT MILLISECONDS MESSAGE
  printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$tu:$3" "$4" "$(printf '%s' "$5" | tr '\t\n' '  ')" >> "$res"
}
first_error() { grep -m1 'error' "$1" || head -1 "$1"; }
finish() { [ -n "${KEEP:-}" ] || rm -rf "$tmp"; exit 0; }

esc_tmp=$(printf '%s' "$tmp" | sed 's/[|&\\]/\\&/g')
# gcc: the TU's line with its object and dependency file in WORKDIR.
base_args=$(printf '%s\n' "$args" | sed -e 's/ -c -o [^ ]* [^ ]*$//' -e "s|-Wp,-MMD,[^ ]*|-Wp,-MMD,$esc_tmp/dep.d|")
cd "$ksrc" || { result carve 2 "-" 0 "cannot cd to $ksrc"; finish; }
t0=$(now_ms)
( eval "timeout $LIMIT $GCC $base_args -fdump-ipa-clones -c -o \"\$tmp/orig.o\" \"\$tu\"" ) 2> "$tmp/orig.err" ||
  { result carve 2 "-" $(( $(now_ms) - t0 )) "gcc cannot build the original: $(first_error "$tmp/orig.err")"; finish; }

# Function symbols in .text: "BINDING NAME" (l or g).
objdump -t "$tmp/orig.o" | awk '$0 ~ / F \.text\t/ || $0 ~ / F \.text / { print $2, $NF }' |
  grep -v '\.' > "$tmp/fns" || true
order() { while read -r b f; do echo "$(printf '%s' "$f" | cksum | cut -d' ' -f1) $b $f"; done | sort -n | cut -d' ' -f2-; }
order < "$tmp/fns" > "$tmp/ordered"
pick_static=$(awk '$1 == "l" { print $2; exit }' "$tmp/ordered")
pick_global=$(awk '$1 == "g" { print $2; exit }' "$tmp/ordered")
locals=$(awk '$1 == "l" { printf "%s ", $2 }' "$tmp/fns")
pick_caller=
while read -r b f; do
  [ "$f" != "$pick_static" ] && [ "$f" != "$pick_global" ] || continue
  code=$(sh "$here/fncode.sh" "$tmp/orig.o" "$f" 2>/dev/null) || continue
  for l in $locals; do
    case $code in *"call <$l>"*|*"PLT32 $l@"*) pick_caller=$f; break 2 ;; esac
  done
done < "$tmp/ordered"

# gcc 12 names the dump after the object, with the source's suffix.
ipa=
[ "${KCARVE_IPA_CLONES:-1}" = 0 ] || ipa="--ipa-clones=$tmp/orig.c.000i.ipa-clones"
k=0
for kind in static global caller; do
  eval "f=\${pick_$kind}"
  [ -n "$f" ] || continue
  k=$((k + 1)); [ $k -le "$max" ] || break
  what="$f($kind)"
  out=$tmp/$f.c man=$tmp/$f.json
  t1=$(now_ms)
  ( eval "timeout $LIMIT \"\$kcarve\" --outfile=\"\$out\" --manifest=\"\$man\" $ipa --patched-functions=$f -- $args" ) \
    > /dev/null 2> "$tmp/$f.kcarve.err"
  st=$?
  if [ $st != 0 ] || [ ! -s "$out" ]; then
    san=$(grep -m1 -E 'ERROR: (Address|Leak|UndefinedBehavior)Sanitizer|runtime error:' "$tmp/$f.kcarve.err")
    result carve 1 "$what" $(( $(now_ms) - t1 )) "kcarve failed ($st): ${san:-$(first_error "$tmp/$f.kcarve.err")}"
    continue
  fi
  lines=$(wc -l < "$out")
  if ! ( eval "timeout $LIMIT $GCC $base_args -c -o \"\$tmp/\$f.o\" \"\$out\"" ) 2> "$tmp/$f.gcc.err"; then
    result carve 1 "$what" $(( $(now_ms) - t1 )) "gcc rejects the carve ($lines lines): $(first_error "$tmp/$f.gcc.err")"
    continue
  fi
  result carve 0 "$what" $(( $(now_ms) - t1 )) "$lines lines"
  # Every struct and union both objects describe is laid out alike.
  [ -s "$tmp/orig.layouts" ] || sh "$here/layouts.sh" "$tmp/orig.o" > "$tmp/orig.layouts"
  sh "$here/layouts.sh" "$tmp/$f.o" > "$tmp/$f.layouts"
  moved=$(awk 'NR == FNR { o[$1] = $0; next } ($1 in o) && o[$1] != $0 { printf " %s", $1 }' \
          "$tmp/orig.layouts" "$tmp/$f.layouts")
  if [ -n "$moved" ]; then
    result layout 1 "$what" 0 "laid out unlike the original:$moved"
  else
    result layout 0 "$what" 0 "$(awk 'NR == FNR { o[$1] = 1; next } ($1 in o) { n++ } END { print n + 0 }' "$tmp/orig.layouts" "$tmp/$f.layouts") structs and unions as in the original"
  fi
  sh "$here/fncode.sh" "$tmp/orig.o" "$f" > "$tmp/$f.orig.code"
  if ! sh "$here/fncode.sh" "$tmp/$f.o" "klpp_$f" "klpp_ klpr_ klpe_" > "$tmp/$f.carve.code"; then
    result code 1 "$what" 0 "klpp_$f is not defined in the carve's object"
    continue
  fi
  if cmp -s "$tmp/$f.orig.code" "$tmp/$f.carve.code"; then
    result code 0 "$what" 0 "identical ($(wc -l < "$tmp/$f.orig.code") lines)"
    continue
  fi
  first=$(diff "$tmp/$f.orig.code" "$tmp/$f.carve.code" | grep -m2 '^[<>]' | tr '\n' ' ')
  # Symbols the manifest says are reached through a kallsyms pointer.
  ptrs=$(tr ',{}' '\n\n\n' < "$man" 2>/dev/null | awk -F'"' '/"name":/ { n = $4 } /"method": *"kallsyms"/ { print n }' | sort -u)
  explained=
  for p in $ptrs; do
    grep -q " ${p#klpe_}\(@\|+\|$\)" "$tmp/$f.carve.code" && explained="$explained ${p}"
  done
  if [ -n "$explained" ]; then
    result code 3 "$what" 0 "differs through kallsyms pointers:$explained; first: $first"
  else
    result code 1 "$what" 0 "differs: $first"
  fi
done
[ $k -gt 0 ] || result carve 4 "-" 0 "no function in .text to sample"
finish
