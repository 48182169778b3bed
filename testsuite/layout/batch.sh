#!/bin/sh
# batch.sh — every line of a layout case list through run-file.sh, JOBS at a
# time (xargs -P), then WORKDIR/results holds their result lines in list
# order.   batch.sh KCARVE WORKDIR LIST JOBS
set -u
kcarve=$1 work=$2 list=$3 jobs=$4
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work/res" "$work"/f-*
mkdir -p "$work/res" || exit 2
count=$(wc -l < "$list")
t0=$(date +%s%3N)
seq 1 "$count" | xargs -n1 -P"$jobs" sh "$here/run-file.sh" "$kcarve" "$work" "$list"
: > "$work/results"
for i in $(seq 1 "$count"); do cat "$work/res/$i" >> "$work/results" 2>/dev/null; done
echo "batch: $count files, $jobs jobs, $(( $(date +%s%3N) - t0 )) ms"
