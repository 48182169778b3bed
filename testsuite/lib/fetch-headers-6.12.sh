#!/bin/sh
# fetch-headers-6.12.sh: bring Debian's 6.12 kernel headers (bookworm's
# security archive and backports) into the kcarve cache, for checking that
# kernel/ builds against a newer kernel than the 6.1 one the QEMU tests boot.
#
# Same layout as fetch-kernel.sh: linux-headers-<ABI>-amd64, -common and
# linux-kbuild-<ABI> are extracted with dpkg-deb -x into one root under
# $KCARVE_CACHE and the -amd64 Makefile's absolute include is repointed into
# that root.  Which one: the newest ABI 6.12.N+deb12 for which the archive
# serves all three packages at one Debian revision, or $KCARVE_612 (an
# upstream release such as 6.12.117) if set.  Nothing is pinned; the choice
# is printed on stderr and the cache is keyed by the revision.
# Prints KDIR612='...'.
# Usage: eval "$(sh testsuite/lib/fetch-headers-6.12.sh)"
set -eu
SCRIPT=fetch-headers-6.12.sh
. "$(dirname "$0")/debfetch.sh"

names=$(apt-cache search --names-only '^linux-(headers-6\.12\.[0-9]+\+deb12-(amd64|common)|kbuild-6\.12\.[0-9]+\+deb12)$' 2>/dev/null |
        cut -d' ' -f1)
[ -n "$names" ] || { echo "$SCRIPT: apt-cache knows no linux-headers-6.12 (run apt-get update)" >&2; exit 1; }
table=$(deb_versions $names)
ups=${KCARVE_612:-$(printf '%s\n' "$names" | sed -n 's/^linux-kbuild-\(6\.12\.[0-9]*\)+deb12$/\1/p' | sort -rV)}
ABI= VER= why=
for up in $ups; do
  abi=$up+deb12 tried=0
  # The revisions of the kbuild package, newest first; each must also be the
  # headers' revision.
  for v in $(printf '%s\n' "$table" | awk -v p="linux-kbuild-$abi" '$1 == p { print $2 }' | sort -rV); do
    tried=1 miss=
    for p in linux-headers-$abi-amd64 linux-headers-$abi-common; do
      printf '%s\n' "$table" | grep -qx "$p $v" || miss="$miss $p"
    done
    [ -n "$miss" ] || { ABI=$abi VER=$v; break 2; }
    why="$why
  $abi $v: lacks$miss"
  done
  [ $tried = 1 ] || why="$why
  $abi: no linux-kbuild-$abi served"
done
[ -n "$ABI" ] || { echo "$SCRIPT: no complete 6.12 headers set (headers amd64 + common + kbuild of one revision):$why" >&2; exit 1; }
echo "$SCRIPT: linux-headers-$ABI $VER" >&2

root=$CACHE/linux-headers-$ABI-$VER/root
if [ ! -f "$root/.done" ]; then
  rm -rf "$root"; mkdir -p "$root"
  for p in linux-headers-$ABI-amd64 linux-headers-$ABI-common linux-kbuild-$ABI; do
    dpkg-deb -x "$(deb_get $p "$VER")" "$root"
  done
  echo "include $root/usr/src/linux-headers-$ABI-common/Makefile" \
    > "$root/usr/src/linux-headers-$ABI-amd64/Makefile"
  touch "$root/.done"
fi
echo "KVER612='$VER'"
echo "KDIR612='$root/usr/src/linux-headers-$ABI-amd64'"
