#!/bin/sh
# make-patch.sh — the .patch of one real fix of testsuite/fixes/fixes.list,
# generated from Debian's two source trees (nothing of the kernel is
# committed: the list holds only a spec of each fix).
#
#   testsuite/fixes/make-patch.sh [--no-check] FIX-ID OUTDIR
#
# Writes OUTDIR/FIX-ID.patch, a unified diff in -p1 form (a/PATH b/PATH) that
# applies to the `from:` tree of the list (linux-source-6.1 6.1.176-1), made
# of the hunks of `diff -U3 -p FROM/FILE TO/FILE` (TO: 6.1.187-1) that the
# fix's `hunks:` lines select.  Prints the patch's path on stdout.
#
# The list is fixes.list beside this script, or $KCARVE_FIXES_LIST.
# The trees come from testsuite/lib/fetch-kernel.sh --version=V --no-image
# (cached in $KCARVE_CACHE), or from $KCARVE_FIX_FROM / $KCARVE_FIX_TO when
# they name already unpacked source trees.
#
# Hunk selection.  A `hunks:` line is `FILE SELECTOR...`; a hunk of FILE's
# diff is kept when any of its selectors matches it:
#   NAME   the function that holds the hunk's start, found as gcc-style
#          `diff -p` finds its header: the nearest line of the FROM file
#          above the hunk that starts with a letter, `_` or `$` -- but read
#          in full (diff cuts the header to 40 columns) and skipping goto
#          labels (`retry:`); NAME is the last identifier before that
#          line's first `(`, and SYSCALL_DEFINEn(x / COMPAT_SYSCALL_DEFINEn(x
#          name sys_x / compat_sys_x; or a function whose definition starts
#          inside the hunk, at or before its last changed line (a context,
#          `+` or `-` line beginning in column 0 with a declarator NAME( ):
#          diff -p names the function *above* the hunk, so a change in the
#          first lines of a function, or a new function added after another,
#          carries the previous function's name in its header;
#   @N     the hunk whose old-file range (-N,LEN) contains line N of the
#          FROM file (for hunks whose header is a label or a data object);
#   *      every hunk of FILE.
# Every selector must match at least one hunk, else the script fails: a
# moved or renamed function in another pair of releases is reported, not
# silently dropped.  Kept hunks are copied verbatim except for the new-side
# start of their @@ line, recomputed as if only the kept hunks of the file
# were applied (so the patch is self-consistent, not only applicable).
# The trees are fixed Debian source releases, so the
# diff, and hence the patch, is deterministic; a `sha256:` line in the
# spec pins it (checked when present).
#
# Unless --no-check: the patch must apply to FROM with `patch -p1 --dry-run`.
set -eu
check=1
[ "${1-}" = --no-check ] && { check=0; shift; }
[ $# = 2 ] || { echo "usage: $0 [--no-check] FIX-ID OUTDIR" >&2; exit 2; }
id=$1 out=$2
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
list=${KCARVE_FIXES_LIST:-$here/fixes.list}

# spec KEY: the values of KEY in FIX's block (one per line); blocks are
# separated by blank lines, `#` starts a comment line.
spec() {
  awk -v want="$id" -v key="$1" '
    /^#/ { next }
    /^[ \t]*$/ { flush(); next }
    { n++; line[n] = $0; if ($1 == "id:") bid = $2 }
    END { flush() }
    function flush(  i, k) {
      if (bid == want)
        for (i = 1; i <= n; i++) {
          k = line[i]; sub(/:.*/, "", k)
          if (k == key) { v = line[i]; sub(/^[^:]*:[ \t]*/, "", v); print v }
        }
      n = 0; bid = ""
    }' "$list"
}
# global KEY: a value of the list's header block (the block without id:).
global() {
  awk -v key="$1" '
    /^#/ { next }
    /^[ \t]*$/ { if (!hasid) for (i = 1; i <= n; i++) print line[i]; n = 0; hasid = 0; next }
    { n++; line[n] = $0; if ($1 == "id:") hasid = 1 }' "$list" |
  sed -n "s/^$1:[ \t]*//p" | head -n 1
}

[ -n "$(spec id)" ] || { echo "$0: no fix '$id' in $list" >&2; exit 1; }
from=$(global from) to=$(global to)
tree() { # VERSION: the unpacked source tree of that Debian revision
  ( eval "$(sh "$top/testsuite/lib/fetch-kernel.sh" --no-image --version="$1")" && echo "$KSRC" )
}
FROM=${KCARVE_FIX_FROM:-$(tree "$from")}
TO=${KCARVE_FIX_TO:-$(tree "$to")}
[ -d "$FROM" ] && [ -d "$TO" ] || { echo "$0: source trees missing ($FROM, $TO)" >&2; exit 1; }

mkdir -p "$out"
patch=$out/$id.patch
tmp=$patch.tmp
: > "$tmp"
spec hunks | while read -r file sels; do
  [ -f "$FROM/$file" ] || [ -f "$TO/$file" ] || { echo "$0: $id: $file is in neither tree" >&2; exit 1; }
  { LC_ALL=C diff -N -U3 -p "$FROM/$file" "$TO/$file" || [ $? = 1 ]; } |
  awk -v file="$file" -v fromfile="$FROM/$file" -v sels="$sels" -v id="$id" '
    function hname(t,  s, m) {
      if (match(t, /SYSCALL_DEFINE[0-9]*\([A-Za-z0-9_]+/)) {
        s = substr(t, RSTART, RLENGTH); sub(/.*\(/, "", s)
        return (t ~ /COMPAT_SYSCALL_DEFINE/ ? "compat_sys_" : "sys_") s
      }
      if (!index(t, "(")) return ""
      s = substr(t, 1, index(t, "(") - 1)
      if (!match(s, /[A-Za-z_][A-Za-z0-9_]*[ \t]*$/)) return ""
      s = substr(s, RSTART, RLENGTH); sub(/[ \t]+$/, "", s); return s
    }
    function endhunk(  i, j, keep, a, len, sel, ln, nm) {
      if (!nh) return
      keep = 0; lastch = 0
      for (j = 2; j <= nh; j++) if (h[j] ~ /^[-+]/) lastch = j
      split(range[1], a, ","); a[1] = substr(a[1], 2); len = (2 in a) ? a[2] + 0 : 1
      for (i = 1; i <= ns; i++) {
        sel = sv[i]; ok = 0
        if (sel == "*") ok = 1
        else if (sel ~ /^@[0-9]+$/) { ln = substr(sel, 2) + 0; ok = (ln >= a[1] && ln < a[1] + (len ? len : 1)) }
        else {
          if (name == sel) ok = 1
          for (j = 2; j <= nh && !ok; j++)
            if (j <= lastch && (h[j] ~ ("^[-+ ][A-Za-z_].*[^A-Za-z0-9_]" sel "\\(") || h[j] ~ ("^[-+ ]" sel "\\(")))
              ok = 1
        }
        if (ok) { keep = 1; hit[i]++ }
      }
      if (keep) {
        if (!printed) { print "--- a/" file; print "+++ b/" file; printed = 1 }
        # The new-side start as if only the kept hunks were applied.
        split(range[3], nb, ","); nb[1] = substr(nb[1], 2); nlen = (2 in nb) ? nb[2] + 0 : 1
        nstart = a[1] + delta + (len == 0 && nlen > 0) - (nlen == 0 && len > 0)
        hd = h[1]; sub(/^@@ -[0-9,]+ \+[0-9]+/, "@@ " range[2] " +" nstart, hd)
        print hd
        for (j = 2; j <= nh; j++) print h[j]
        delta += nlen - len
      }
      nh = 0
    }
    BEGIN {
      ns = split(sels, sv, /[ \t]+/)
      while ((getline l < fromfile) > 0) src[++nsrc] = l
    }
    NR <= 2 { next }
    /^@@ / {
      endhunk(); nh = 1; h[1] = $0
      split($0, range, " "); range[1] = range[2]   # range[2] -OLD, range[3] +NEW
      name = ""
      for (k = substr(range[1], 2) - 1; k >= 1; k--)
        if (src[k] ~ /^[A-Za-z_$]/ && src[k] !~ /^[A-Za-z_][A-Za-z0-9_]*:/) { name = hname(src[k]); break }
      next
    }
    { h[++nh] = $0 }
    END {
      endhunk()
      for (i = 1; i <= ns; i++)
        if (!hit[i]) { printf "make-patch.sh: %s: selector %s matches no hunk of %s\n", id, sv[i], file > "/dev/stderr"; bad = 1 }
      exit bad
    }' >> "$tmp"
done
[ -s "$tmp" ] || { rm -f "$tmp"; echo "$0: $id: empty patch" >&2; exit 1; }
want=$(spec sha256)
have=$(sha256sum < "$tmp" | cut -d' ' -f1)
if [ -n "$want" ] && [ "$want" != "$have" ]; then
  echo "$0: $id: patch sha256 $have differs from the spec's $want" >&2; rm -f "$tmp"; exit 1
fi
if [ $check = 1 ] && ! patch -p1 --dry-run -s -f -d "$FROM" < "$tmp" > "$tmp.log" 2>&1; then
  echo "$0: $id: the patch does not apply to $from:" >&2; cat "$tmp.log" >&2; rm -f "$tmp" "$tmp.log"; exit 1
fi
rm -f "$tmp.log"
mv "$tmp" "$patch"
echo "$patch"
