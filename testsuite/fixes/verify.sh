#!/bin/sh
# verify.sh — checks every fix of fixes.list (or the FIX-IDs given) against
# Debian's trees: make-patch.sh cuts the patch, it applies to the `from`
# tree (patch -p1 --dry-run), and each patched .c file still compiles with
# its real Kbuild command line (testsuite/kernel/derive-cmdlines.sh under
# KCARVE_KVER=from).  Prints one line per fix:
#   PASS ID hunks=N tus=M        or        FAIL ID why
# and "N passed, M failed" last.  Heavy work is serial (one gcc at a time).
#   testsuite/fixes/verify.sh [--work=DIR] [FIX-ID...]
# The patched copies live in DIR (default a mktemp dir, removed at the end):
# a tree of hard links to the `from` tree in which the patched files are
# replaced by real copies, so the original tree is never written to.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
list=${KCARVE_FIXES_LIST:-$here/fixes.list}
work=
case ${1-} in --work=*) work=${1#--work=}; shift ;; esac
keep=1
[ -n "$work" ] || { work=$(mktemp -d); keep=0; }
mkdir -p "$work"
ids=${*:-$(sed -n 's/^id:[ \t]*//p' "$list")}
from=$(sed -n 's/^from:[ \t]*//p' "$list" | head -n 1)
to=$(sed -n 's/^to:[ \t]*//p' "$list" | head -n 1)
FROM=${KCARVE_FIX_FROM:-$(eval "$(sh "$top/testsuite/lib/fetch-kernel.sh" --no-image --version="$from")" && echo "$KSRC")}
TO=${KCARVE_FIX_TO:-$(eval "$(sh "$top/testsuite/lib/fetch-kernel.sh" --no-image --version="$to")" && echo "$KSRC")}
# make-patch.sh takes the trees from here instead of asking fetch-kernel.sh
# again for every fix.
export KCARVE_FIX_FROM="$FROM" KCARVE_FIX_TO="$TO" KCARVE_FIXES_LIST="$list"
field() { # ID KEY
  awk -v want="$1" -v key="$2:" '/^id:/ { cur = $2 } /^[ \t]*$/ { cur = "" }
    cur == want && $1 == key { sub(/^[^:]*:[ \t]*/, ""); print }' "$list"
}

# Command lines of every .c file the fixes touch, derived once.
for id in $ids; do field "$id" files; done | tr ' ' '\n' | grep '\.c$' | sort -u > "$work/tus.list"
cmdf=$work/tus.cmd
if [ ! -s "$cmdf" ] || ! cmp -s "$work/tus.list" "$work/tus.list.done"; then
  KCARVE_KVER=$from sh "$top/testsuite/kernel/derive-cmdlines.sh" "$work/tus.list" > "$cmdf" 2> "$work/derive.log" ||
    { echo "verify.sh: derive-cmdlines.sh failed:" >&2; cat "$work/derive.log" >&2; exit 1; }
  cp "$work/tus.list" "$work/tus.list.done"
fi

# The overlay: hard links, rebuilt only when missing.
tree=$work/tree
[ -f "$tree/Makefile" ] || { rm -rf "$tree"; cp -al "$FROM" "$tree"; }

pass=0 fail=0
for id in $ids; do
  why=
  if ! sh "$here/make-patch.sh" "$id" "$work/patches" > /dev/null 2> "$work/$id.mk.log"; then
    why="make-patch: $(tail -n 1 "$work/$id.mk.log")"
  else
    p=$work/patches/$id.patch
    files=$(sed -n 's|^+++ b/||p' "$p")
    for f in $files; do rm -f "$tree/$f"; cp "$FROM/$f" "$tree/$f"; done
    if ! patch -p1 -s -f -d "$tree" < "$p" > "$work/$id.patch.log" 2>&1; then
      why="patch: $(head -n 1 "$work/$id.patch.log")"
    fi
    ntu=0
    for f in $(field "$id" files); do
      case $f in *.c) ;; *) continue ;; esac
      [ -z "$why" ] || break
      args=$(sed -n "s|^$f ||p" "$cmdf" | head -n 1)
      [ -n "$args" ] || { why="no Kbuild command line for $f (not built for amd64?)"; break; }
      o=$work/$id.$(echo "$f" | tr / _ | sed 's/\.c$/.o/')
      args=$(printf '%s' "$args" | sed -e 's| -Wp,-MMD,[^ ]*||' -e "s| -o [^ ]*\\.o | -o $o |")
      if (cd "$tree" && eval "gcc $args") > "$o.log" 2>&1; then
        ntu=$((ntu + 1))
      else
        why="$f does not compile: $(grep -m1 'error' "$o.log" || tail -n 1 "$o.log")"
      fi
    done
    # Back to the original: hard links again.
    for f in $files; do rm -f "$tree/$f"; ln "$FROM/$f" "$tree/$f"; done
  fi
  if [ -z "$why" ]; then
    echo "PASS $id hunks=$(grep -c '^@@' "$work/patches/$id.patch") tus=$ntu"; pass=$((pass + 1))
  else
    echo "FAIL $id $why"; fail=$((fail + 1))
  fi
done
echo "$pass passed, $fail failed"
[ $keep = 1 ] || rm -rf "$work"
[ $fail = 0 ]
