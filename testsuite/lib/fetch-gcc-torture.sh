#!/bin/sh
# fetch-gcc-torture.sh: bring gcc's C torture tests (gcc.c-torture/compile and
# execute, from Debian's gcc-12-source) into the kcarve cache.
#
# The revision is the one the archive serves today (apt-cache madison, newest
# first; $KCARVE_GCCSRC names another), downloaded with apt-get download,
# unpacked with dpkg-deb -x, and only the two torture directories taken out
# of gcc's tarball into $KCARVE_CACHE/gcc-12-torture-<revision>.  The choice
# is printed on stderr.  Prints GCC_TORTURE='<dir holding compile/ and execute/>'.
# Usage: eval "$(sh testsuite/lib/fetch-gcc-torture.sh)"
set -eu
SCRIPT=fetch-gcc-torture.sh
. "$(dirname "$0")/debfetch.sh"

VER=${KCARVE_GCCSRC:-$(deb_versions gcc-12-source | awk '{ print $2 }' | sort -rV | head -1)}
[ -n "$VER" ] || { echo "$SCRIPT: apt-cache knows no gcc-12-source (run apt-get update)" >&2; exit 1; }
echo "$SCRIPT: gcc-12-source $VER" >&2
dir=$CACHE/gcc-12-torture-$VER
if [ ! -f "$dir/.unpacked" ]; then
  rm -rf "$dir" "$dir.deb"; mkdir -p "$dir" "$dir.deb"
  dpkg-deb -x "$(deb_get gcc-12-source "$VER")" "$dir.deb"
  tarball=$(ls "$dir.deb"/usr/src/gcc-12/gcc-*.tar.xz 2>/dev/null | head -1 || true)
  [ -n "$tarball" ] || { echo "$SCRIPT: gcc-12-source $VER holds no usr/src/gcc-12/gcc-*.tar.xz" >&2; exit 1; }
  tar -xJf "$tarball" -C "$dir" --strip-components=3 --wildcards \
    '*/gcc/testsuite/gcc.c-torture/compile/*' '*/gcc/testsuite/gcc.c-torture/execute/*'
  rm -rf "$dir.deb"
  [ -d "$dir/gcc.c-torture/compile" ] || { echo "$SCRIPT: no gcc.c-torture/compile in $tarball" >&2; exit 1; }
  touch "$dir/.unpacked"
fi
echo "GCC_TORTURE='$dir/gcc.c-torture'"
