#!/bin/sh
# classify-diffs.sh — sort the carves whose machine code differs from the
# original's (code 1 of carve-tu.sh) into classes, by comparing the two
# fncode.sh listings a KEEP=1 run of carve-batch.sh left in WORKDIR:
#
#   classify-diffs.sh WORKDIR
#
#   cold        the instructions are equal but for branch targets inside the
#               function's .cold part (gcc split the cold paths differently:
#               the difference is in the part fncode.sh does not compare)
#   offsets     equal but for branch offsets inside the function (the same
#               instructions, one or more of different length or placement)
#   registers   equal but for register names (register allocation)
#   inlining    the functions called differ: "-X" called in the original
#               only (inlined in the carve), "+X" in the carve only
#   other       anything else (instruction counts: original/carve)
#
# Prints one line per carve, "CLASS PATH:FUNCTION(KIND) DETAIL", then a
# count per class.
set -u
work=$1
tmp=$(mktemp -d "${TMPDIR:-/tmp}/classify.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
for res in "$work"/res/*; do
  n=${res##*/}
  awk -F'\t' '$1 == "code" && $2 == 1 { print $3 }' "$res" | while IFS= read -r what; do
    fn=${what#*:}; fn=${fn%%(*}
    o=$work/carve-$n/$fn.orig.code c=$work/carve-$n/$fn.carve.code
    if [ ! -s "$o" ] || [ ! -s "$c" ]; then echo "missing $what (no listings kept: run with KEEP=1)"; continue; fi
    norm_cold() { sed -E "s/<$fn\.cold(\+0x[0-9a-f]+)?>/<COLD>/g" "$1"; }
    norm_off() { norm_cold "$1" | sed -E 's/ \+0x[0-9a-f]+$/ +OFF/'; }
    norm_reg() { norm_off "$1" | sed -E 's/%[a-z0-9]+/%R/g'; }
    if [ "$(norm_cold "$o")" = "$(norm_cold "$c")" ]; then echo "cold $what"; continue; fi
    if [ "$(norm_off "$o")" = "$(norm_off "$c")" ]; then echo "offsets $what"; continue; fi
    if [ "$(norm_reg "$o")" = "$(norm_reg "$c")" ]; then echo "registers $what"; continue; fi
    calls() { grep -oE '^(call|jmp) <[^>+]+>' "$1" | sed -E 's/^[a-z]+ <(.*)>/\1/' | grep -v "^$fn\(\.cold\)\?$" | sort -u; }
    calls "$o" > "$tmp/o"; calls "$c" > "$tmp/c"
    d=$(comm -3 "$tmp/o" "$tmp/c" | sed -E 's/^\t(.*)/+\1/; s/^([^+])/-\1/' | tr '\n' ' ')
    if [ -n "$d" ]; then echo "inlining $what $d"; continue; fi
    echo "other $what $(wc -l < "$o")/$(wc -l < "$c")"
  done
done > "$tmp/lines"
cat "$tmp/lines"
echo "--"
cut -d' ' -f1 "$tmp/lines" | sort | uniq -c | sort -rn
