#!/bin/sh
# torture-batch.sh — one batch of gcc torture files for torture.exp: runs the
# oracle (gcc -fsyntax-only -w) and kcarve --syntax-only on each, and prints
# one result line per file, so the 3,500 files need no DejaGnu round trip
# each.  torture.exp starts batches with `xargs -P2` and judges the lines.
#
#   sh torture-batch.sh ROOT KCARVE GCC JOB...
#
# ROOT is the gcc.c-torture directory (compilers run there, file names stay
# relative); GCC may be several words (e.g. "gcc-12").  A JOB is
# FILE|G|OPT|OPT... : the file relative to ROOT, gcc's exit status when
# torture.exp already knows it (its oracle cache) or '-' to run gcc, then
# the options (no option holds '|' or white space).  Output line,
# tab-separated:
#   FILE GCC-STATUS KCARVE-STATUS CRASH KCARVE-MESSAGE GCC-MESSAGE
# CRASH is empty unless kcarve timed out, died of a signal or a sanitizer
# spoke; KCARVE-MESSAGE is kcarve's first diagnostic line when it fails;
# GCC-MESSAGE gcc's first error line when gcc ran and failed.
root=$1 kcarve=$2 gcc=$3
shift 3
cd "$root" || exit 2
set -f
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
limit=${CPARSE_TORTURE_TIMEOUT:-120}

run_one() {
  rel=$1 g=$2
  shift 2
  gmsg=
  if [ "$g" = - ]; then
    timeout "$limit" $gcc -fsyntax-only -w "$@" "$rel" >/dev/null 2>"$tmp/g" </dev/null
    g=$?
    # An internal compiler error is named before any other error line:
    # torture.exp must not take a crashing gcc for one that rejects the file.
    [ "$g" -eq 0 ] || gmsg=$({ grep -m1 'internal compiler error' "$tmp/g" || grep -m1 'error' "$tmp/g"; } |
      tr '\t' ' ' | cut -c1-240)
    [ "$g" -ne 124 ] || gmsg="timed out after ${limit}s"
  fi
  timeout "$limit" "$kcarve" --syntax-only -- "$@" "$rel" >/dev/null 2>"$tmp/k" </dev/null
  k=$?
  crash= kmsg=
  if [ "$k" -eq 124 ]; then
    crash="timed out after ${limit}s"
  elif [ "$k" -gt 128 ]; then
    crash="killed by signal $((k - 128))"
  elif grep -q -E 'AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer|runtime error:' "$tmp/k"; then
    crash="sanitizer: $(grep -m1 -E 'AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer|runtime error:' "$tmp/k" | tr '\t' ' ' | cut -c1-200)"
  fi
  [ "$k" -eq 0 ] || kmsg=$(sed -n '/^[^ ]/{s/\t/ /g;p;q;}' "$tmp/k" | cut -c1-240)
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$rel" "$g" "$k" "$crash" "$kmsg" "$gmsg"
}

for job; do
  IFS='|'
  # shellcheck disable=SC2086
  set -- $job
  IFS=' 	
'
  run_one "$@"
done
