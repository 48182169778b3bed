#!/bin/sh
# classify-diffs.sh — explain the carves whose machine code differs from the
# original's (code 1 of carve-tu.sh), from what a KEEP=1 run of
# carve-batch.sh left in WORKDIR:
#
#   classify-diffs.sh WORKDIR [KSRC CMDLINES [JOBS]]
#
# First by the two fncode.sh listings alone:
#   cold        equal but for where the function's branches land in its
#               .cold part (the same cold blocks, laid out in another order)
#   offsets     equal but for branch offsets within the function
#   registers   equal but for register names
#   line-numbers  equal but for immediates that are line numbers: the
#               carve's names a line of a function it copied, the
#               original's the line with the same text in that function's
#               file (__LINE__ passed as an argument: the carve is another
#               file; needs KSRC)
# Then, with KSRC and CMDLINES, by compiling the original unit and the
# carve again with the same flags plus options that withhold from gcc what
# it learns about a called function from its body (-fno-ipa-ra: the
# registers it clobbers; -fno-ipa-modref, -fno-ipa-pure-const,
# -fno-ipa-reference: the memory it touches; -fno-ipa-vrp, -fno-ipa-bit-cp:
# its return values):
#   callee-facts  equal then: the difference is what gcc knew of the bodies
#               of functions the original unit defines and the carve only
#               declares (externalized: the live patch calls the running
#               kernel's copy, whose body gcc does not see)
# and again adding -fno-ipa-cp -fno-ipa-sra -fno-partial-inlining
# -fno-ipa-icf (clones made for the unit's other callers):
#   clones      equal then: gcc specialized or split a function for the
#               callers of the whole unit (f.constprop, f.isra, f.part)
# What is left, by the functions called:
#   externalized  the carve calls functions the original inlined, each one
#               the manifest externalizes (besides __x86_return_thunk and
#               __stack_chk_fail, which gcc emits with an inlined body): the
#               live patch calls the running kernel's out-of-line copy of a
#               function the unit defines
#   inlining    the functions called differ: "-X" called in the original
#               only, "+X" in the carve only
#   other       anything else (instruction counts original/carve)
#
# Prints one line per carve, "CLASS PATH:FUNCTION(KIND) DETAIL", then a
# count per class.
set -u
work=$1 ksrc=${2:-} cmdlines=${3:-} jobs=${4:-2}
GCC=${GCC:-gcc}
here=$(cd "$(dirname "$0")" && pwd)
FACTS="-fno-ipa-ra -fno-ipa-modref -fno-ipa-pure-const -fno-ipa-reference -fno-ipa-reference-addressable -fno-ipa-vrp -fno-ipa-bit-cp"
CLONES="$FACTS -fno-ipa-cp -fno-ipa-sra -fno-partial-inlining -fno-ipa-icf"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/classify.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# One carve: N FUNCTION WHAT -> its class line on stdout.
if [ "${CLASSIFY_ONE:-}" = 1 ]; then
  n=$4 fn=$5 what=$6
  o=$work/carve-$n/$fn.orig.code c=$work/carve-$n/$fn.carve.code
  if [ ! -s "$o" ] || [ ! -s "$c" ]; then echo "missing $what (no listings kept: run with KEEP=1)"; exit 0; fi
  norm_cold() { sed -E "s/<$fn\.cold(\+0x[0-9a-f]+)?>/<COLD>/g" "$1"; }
  norm_off() { norm_cold "$1" | sed -E 's/ \+0x[0-9a-f]+$/ +OFF/'; }
  norm_reg() { norm_off "$1" | sed -E 's/%[a-z0-9]+/%R/g'; }
  if [ "$(norm_cold "$o")" = "$(norm_cold "$c")" ]; then echo "cold $what"; exit 0; fi
  if [ "$(norm_off "$o")" = "$(norm_off "$c")" ]; then echo "offsets $what"; exit 0; fi
  if [ "$(norm_reg "$o")" = "$(norm_reg "$c")" ]; then echo "registers $what"; exit 0; fi
  # __LINE__ passed as an argument (ubifs_assert, a driver error report):
  # on each line where the listings differ, every immediate that differs
  # must be a line number in both: the carve's names a line of a function
  # the carve copied (after the marker "/* from FILE:LINE */" before it),
  # the original's the line of FILE (under KSRC) with the same text, the
  # carve's renames stripped.  (Not the same distance from the marker:
  # an inactive #if block the carve leaves out shifts the lines after it.)
  src=$work/carve-$n/$fn.c
  norm_off "$o" > "$TMPDIR/lo.$n.$fn"; norm_off "$c" > "$TMPDIR/lc.$n.$fn"
  if [ -s "$src" ] && [ -n "$ksrc" ] && [ "$(wc -l < "$TMPDIR/lo.$n.$fn")" = "$(wc -l < "$TMPDIR/lc.$n.$fn")" ] &&
     awk -v lo="$TMPDIR/lo.$n.$fn" -v ksrc="$ksrc" '
    function hex(s,   v, i) { v = 0; for (i = 1; i <= length(s); i++) v = v * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1; return v }
    function key(t) { gsub(/klp[epr]_/, "", t); gsub(/[^A-Za-z0-9_]/, "", t); return t }
    # Line L of file F (read once).
    function oline(f, l,   x, k) {
      if (!(f in read)) { read[f] = 1; k = 0; while ((getline x < (ksrc "/" f)) > 0) text[f, ++k] = x; close(ksrc "/" f) }
      return (f, l) in text ? text[f, l] : "\001" }
    FNR == NR { src[FNR] = $0
      if ($0 ~ /^\/\* from .*:[0-9]+ \*\/$/) { m++; cl[m] = FNR; t = $0; sub(/^\/\* from /, "", t); sub(/ \*\/$/, "", t); cf[m] = t; sub(/:[0-9]+$/, "", cf[m]) }
      next }
    { if ((getline want < lo) <= 0) exit 1
      if ($0 == want) next
      a = $0; b = want
      while (match(a, /\$0x[0-9a-f]+/)) {
        va = substr(a, RSTART, RLENGTH); pa = substr(a, 1, RSTART - 1); a = substr(a, RSTART + RLENGTH)
        if (!match(b, /\$0x[0-9a-f]+/)) exit 1
        vb = substr(b, RSTART, RLENGTH); pb = substr(b, 1, RSTART - 1); b = substr(b, RSTART + RLENGTH)
        if (pa != pb) exit 1
        if (va == vb) continue
        v = hex(substr(va, 4)); w = hex(substr(vb, 4))
        for (k = m; k >= 1 && v <= cl[k]; k--) ;
        if (k < 1 || key(src[v]) == "" || key(src[v]) != key(oline(cf[k], w))) exit 1
      }
      if (a != b) exit 1 }' "$src" "$TMPDIR/lc.$n.$fn"; then
    rm -f "$TMPDIR/lo.$n.$fn" "$TMPDIR/lc.$n.$fn"; echo "line-numbers $what"; exit 0
  fi
  rm -f "$TMPDIR/lo.$n.$fn" "$TMPDIR/lc.$n.$fn"
  if [ -n "$ksrc" ]; then
    line=$(sed -n "${n}p" "$cmdlines")
    tu=${line%% *} args=${line#* }
    one=$TMPDIR/one-$n-$fn
    mkdir -p "$one"
    base=$(printf '%s\n' "$args" | sed -e 's/ -c -o [^ ]* [^ ]*$//' -e "s|-Wp,-MMD,[^ ]*||")
    for set in callee-facts clones; do
      if [ $set = callee-facts ]; then extra=$FACTS; else extra=$CLONES; fi
      ( cd "$ksrc" && eval "$GCC $base $extra -c -o \"\$one/o.o\" \"\$tu\"" && eval "$GCC $base $extra -c -o \"\$one/c.o\" \"\$work/carve-\$n/\$fn.c\"" ) 2>/dev/null || break
      sh "$here/fncode.sh" "$one/o.o" "$fn" > "$one/o.code" 2>/dev/null
      sh "$here/fncode.sh" "$one/c.o" "klpp_$fn" "klpp_ klpr_ klpe_" > "$one/c.code" 2>/dev/null
      if [ -s "$one/o.code" ] && [ "$(norm_cold "$one/o.code")" = "$(norm_cold "$one/c.code")" ]; then
        echo "$set $what"; rm -rf "$one"; exit 0
      fi
    done
    rm -rf "$one"
  fi
  calls() { grep -oE '^(call|jmp) <[^>+]+>' "$1" | sed -E 's/^[a-z]+ <(.*)>/\1/' | grep -v "^$fn\(\.cold\)\?$" | sort -u; }
  calls "$o" > "$TMPDIR/o.$n.$fn"; calls "$c" > "$TMPDIR/c.$n.$fn"
  d=$(comm -3 "$TMPDIR/o.$n.$fn" "$TMPDIR/c.$n.$fn" | sed -E 's/^\t(.*)/+\1/; s/^([^+])/-\1/' | tr '\n' ' ')
  rm -f "$TMPDIR/o.$n.$fn" "$TMPDIR/c.$n.$fn"
  if [ -n "$d" ]; then
    # Called by the carve only, and each an externalized function of the
    # manifest: the original inlined a function of the unit that the carve
    # calls in the running kernel.
    man=$work/carve-$n/$fn.json ext=1 plus=0
    for x in $d; do
      case $x in
        # Calls gcc itself emits, which come and go with an inlined body:
        # a tail call's return thunk, the stack protector's failure path.
        +__x86_return_thunk|+__stack_chk_fail) ;;
        +*) plus=1; x=${x#+}; x=${x%%.*}
          grep -q "\"original\": \"$x\"" "$man" 2>/dev/null || ext=0 ;;
      esac
    done
    if [ $plus = 1 ] && [ $ext = 1 ]; then echo "externalized $what $d"; else echo "inlining $what $d"; fi
    exit 0
  fi
  echo "other $what $(wc -l < "$o")/$(wc -l < "$c")"
  exit 0
fi

for res in "$work"/res/*; do
  n=${res##*/}
  awk -F'\t' -v n="$n" '$1 == "code" && $2 == 1 { w = $3; f = w; sub(/^[^:]*:/, "", f); sub(/\(.*$/, "", f); print n "\t" f "\t" w }' "$res"
done > "$tmp/todo"
export TMPDIR="$tmp" CLASSIFY_ONE=1
tr '\t' '\n' < "$tmp/todo" | xargs -d '\n' -n3 -P"$jobs" sh "$0" "$work" "$ksrc" "$cmdlines" > "$tmp/lines"
sort -k2 "$tmp/lines"
echo "--"
cut -d' ' -f1 "$tmp/lines" | sort | uniq -c | sort -rn
