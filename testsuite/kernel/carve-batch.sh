#!/bin/sh
# carve-batch.sh — carve-tu.sh over the TUs of a cmdlines file, JOBS at a
# time, and the figures of the whole run.
#
#   carve-batch.sh KSRC KCARVE WORKDIR CMDLINES STRIDE JOBS [MAX [FILTER]]
#
# Takes the TUs on lines 1, 1+STRIDE, 1+2*STRIDE, ... (STRIDE 1: all of
# them) whose path matches the glob FILTER (default *), MAX functions each
# (default 3).  Writes WORKDIR/results (every
# result line of carve-tu.sh, in TU order), prints on stdout the number of
# TUs asked for ("asked N") and a summary: carves that compile, code
# identical / explained / differing.  Run by testsuite/kernel/carve.exp (a
# subset) and by hand for the whole corpus:
#   sh testsuite/kernel/carve-batch.sh "$KSRC" build/driver/kcarve /tmp/carve \
#      "$(sh testsuite/lib/kernel-cmdlines.sh)" 1 2
set -u
ksrc=$1 kcarve=$2 work=$3 cmdlines=$4 stride=$5 jobs=$6 max=${7:-3} filter=${8:-*}
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work/res" "$work"/carve-*
mkdir -p "$work/res" || exit 2
n=0 asked=0
: > "$work/lines"
while IFS= read -r line; do
  n=$((n + 1))
  case $line in ''|'#'*) continue ;; esac
  [ $(( (n - 1) % stride )) = 0 ] || continue
  # shellcheck disable=SC2254
  case ${line%% *} in $filter) ;; *) continue ;; esac
  echo "$n" >> "$work/lines"; asked=$((asked + 1))
done < "$cmdlines"
t0=$(date +%s)
xargs -P"$jobs" -I{} sh "$here/carve-tu.sh" "$ksrc" "$kcarve" "$work" "$cmdlines" {} "$max" < "$work/lines"
: > "$work/results"
while read -r i; do
  if [ -s "$work/res/$i" ]; then cat "$work/res/$i" >> "$work/results"
  else printf 'carve\t1\t%s:-\t0\tno verdict (carve-tu.sh died)\n' "$(sed -n "${i}p" "$cmdlines" | cut -d' ' -f1)" >> "$work/results"
  fi
done < "$work/lines"
echo "asked $asked"
[ "$asked" -gt 0 ] || { echo "carve-batch.sh: no TU matches stride $stride and filter '$filter'" >&2; exit 1; }
awk -F'\t' -v secs=$(( $(date +%s) - t0 )) '
  $1 == "carve" && $2 == 0 { ok++ } $1 == "carve" && $2 == 1 { bad++ } $1 == "carve" && $2 == 2 { unres++ }
  $1 == "code" && $2 == 0 { same++ } $1 == "code" && $2 == 3 { expl++ } $1 == "code" && $2 == 1 { diff++ }
  $1 == "layout" && $2 == 1 { moved++ }
  END { printf "carves: %d compile, %d fail, %d unresolved; layouts: %d differ; code: %d identical, %d explained (kallsyms), %d differ; %d s\n",
        ok, bad, unres, moved, same, expl, diff, secs }' "$work/results"
