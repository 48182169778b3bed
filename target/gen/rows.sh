#!/bin/sh
# rows.sh — regenerate a target's macro rows from its compiler (dev tool;
# the product never runs a compiler).  Prints C++ MacroRule rows on stdout.
#
#   rows.sh CC COMMON_NAMES CONDS PROFILES
#
# CC            the oracle, e.g. aarch64-linux-gnu-gcc
# COMMON_NAMES  names owned by gcc12_common.cc (one a line): left out
# CONDS         "NAME<TAB>condition" lines: extra condition on a base row
# PROFILES      "condition<TAB>options" lines, most specific first: for each,
#               `CC -dM -E -nostdinc options` is measured and every macro
#               whose value differs from the base in any profile gets one row
#               per profile (value, or nullptr when absent) under its
#               condition (plus the CONDS one when defined), ahead of the
#               base rows.
set -e
cc=$1 common=$2 conds=$3 profiles=$4
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dump() { $cc -dM -E -x c /dev/null -nostdinc "$@" | LC_ALL=C sort; }
dump > "$tmp/base"
i=0
while IFS='	' read -r cond opts; do
  [ -n "$cond" ] || continue
  i=$((i + 1))
  # shellcheck disable=SC2086
  dump $opts > "$tmp/p$i"
  printf '%s\n' "$cond" > "$tmp/c$i"
done < "$profiles"
n=$i
awk -v common="$common" -v conds="$conds" -v n="$n" -v dir="$tmp" '
function split_def(l,   k) {   # sets NAME (with params), BARE, VAL
  sub(/^#define /, "", l); k = index(l, " ")
  NAME = substr(l, 1, k - 1); VAL = substr(l, k + 1)
  BARE = NAME; sub(/\(.*/, "", BARE)
}
function q(s) { gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s); return "\"" s "\"" }
BEGIN {
  while ((getline l < common) > 0) skip[l] = 1
  while ((getline l < conds) > 0) {
    t = index(l, "\t"); nm = substr(l, 1, t - 1)
    extra[nm] = (nm in extra ? extra[nm] " " : "") substr(l, t + 1)
  }
  while ((getline l < (dir "/base")) > 0) {
    split_def(l); if (BARE in skip) continue
    base[BARE] = VAL; full[BARE] = NAME; order[++nb] = BARE
  }
  for (i = 1; i <= n; i++) {
    getline pc[i] < (dir "/c" i)
    while ((getline l < (dir "/p" i)) > 0) {
      split_def(l); if (BARE in skip) continue
      val[i, BARE] = VAL; has[i, BARE] = 1; full[BARE] = NAME
      if (!(BARE in base) || base[BARE] != VAL) if (!(BARE in diff)) { diff[BARE] = 1; dorder[++nd] = BARE }
    }
    for (b in base) if (!((i, b) in has) && !(b in diff)) { diff[b] = 1; dorder[++nd] = b }
  }
  for (j = 2; j <= nd; j++) {   # insertion sort: stable, readable output
    v = dorder[j]
    for (k = j - 1; k >= 1 && dorder[k] > v; k--) dorder[k + 1] = dorder[k]
    dorder[k + 1] = v
  }
  for (i = 1; i <= n; i++) {
    printf "    // %s\n", pc[i]
    for (j = 1; j <= nd; j++) {
      b = dorder[j]
      c = pc[i]
      if ((i, b) in has) { v = q(val[i, b]); if (b in extra) c = c " " extra[b] } else v = "nullptr"
      printf "    {%s, %s, %s},\n", q(full[b]), v, q(c)
    }
  }
  printf "    // no options\n"
  for (j = 1; j <= nb; j++) {
    b = order[j]
    printf "    {%s, %s, %s},\n", q(full[b]), q(base[b]), q(b in extra ? extra[b] : "")
  }
}'
