#!/bin/sh
# batch.sh — every kernel TU of a cmdlines file through run-tu.sh, JOBS at a
# time (xargs -P), so both cores stay busy: run serially, one TU's gcc -E and
# kcarve runs leave a core idle most of the time.
#
#   batch.sh KSRC KCARVE TOKCMP WORKDIR CMDLINES FILTER JOBS [LAYOUT-STRIDE]
#
# FILTER is a shell glob over the TU paths (`*` for all).  CHECKS (the
# environment) says which checks run-tu.sh makes; the layout check only on
# the TUs of line numbers n with (n - 1) mod LAYOUT-STRIDE = 0 (default 1:
# all), a fixed subset when time is short.  Writes
# WORKDIR/results: the result lines of all TUs in CMDLINES order (see
# run-tu.sh), then prints the wall time.  Exit 0 unless it could not run.
set -u
ksrc=$1 kcarve=$2 tokcmp=$3 work=$4 cmdlines=$5 filter=$6 jobs=$7 stride=${8:-1}
CHECKS=${CHECKS:-tokens layout}
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work/res" "$work"/tu-*
mkdir -p "$work/res" || exit 2
t0=$(date +%s%3N)
# The lines to run (not blank, not a comment, path matches), each as
# "NUMBER CHECKS" with the checks comma-separated.
n=0
while IFS= read -r line; do
  n=$((n + 1))
  case $line in ''|'#'*) continue ;; esac
  # shellcheck disable=SC2254
  case ${line%% *} in $filter) ;; *) continue ;; esac
  checks=
  for c in $CHECKS; do
    [ "$c" = layout ] && [ $(( (n - 1) % stride )) != 0 ] && continue
    checks=${checks:+$checks,}$c
  done
  [ -n "$checks" ] && echo "$n $checks"
done < "$cmdlines" > "$work/lines"
export GCC KCARVE_TU_TIMEOUT 2>/dev/null
xargs -n2 -P"$jobs" sh "$here/run-tu.sh" "$ksrc" "$kcarve" "$tokcmp" "$work" "$cmdlines" \
  < "$work/lines"
: > "$work/results"
while read -r i _; do
  cat "$work/res/$i" >> "$work/results" 2>/dev/null
done < "$work/lines"
echo "batch: $(wc -l < "$work/lines") TUs, $jobs jobs, $(( $(date +%s%3N) - t0 )) ms"
