#!/bin/sh
# fetch-headers-6.12.sh: bring Debian's 6.12 (bookworm-backports) kernel
# headers into the kcarve cache, for checking that kernel/ builds against a
# newer kernel than the 6.1 one the QEMU tests boot.
#
# Same layout as fetch-kernel.sh: the -amd64, -common and linux-kbuild
# packages are extracted with dpkg-deb -x into one root under $KCARVE_CACHE
# and the -amd64 Makefile's absolute include is repointed into that root.
# The version is the newest linux-headers-6.12.*+deb12-amd64 that apt-cache
# knows, or $KCARVE_612 (e.g. 6.12.117) if set.  Prints KDIR612='...'.
# Usage: eval "$(sh testsuite/lib/fetch-headers-6.12.sh)"
set -eu
CACHE=${KCARVE_CACHE:-$HOME/.cache/kcarve}
up=${KCARVE_612:-}
if [ -z "$up" ]; then
  up=$(apt-cache search --names-only '^linux-headers-6\.12\.[0-9]+\+deb12-amd64$' |
       sed -n 's/^linux-headers-\(6\.12\.[0-9]*\)+deb12-amd64 .*/\1/p' |
       sort -t. -k3,3n | tail -1)
fi
[ -n "$up" ] || { echo "fetch-headers-6.12.sh: no linux-headers-6.12 in apt-cache (apt-get update?)" >&2; exit 1; }
ABI=$up+deb12
root=$CACHE/linux-$up-headers/root
debs=$CACHE/debs
mkdir -p "$debs"
if [ ! -f "$root/.done" ]; then
  rm -rf "$root"; mkdir -p "$root"
  for p in linux-headers-$ABI-amd64 linux-headers-$ABI-common linux-kbuild-$ABI; do
    f=$(ls "$debs"/${p}_*.deb 2>/dev/null | head -1 || true)
    if [ -z "$f" ]; then
      (cd "$debs" && apt-get download -q "$p" >&2) || {
        echo "fetch-headers-6.12.sh: cannot download $p" >&2; exit 1; }
      f=$(ls "$debs"/${p}_*.deb | head -1)
    fi
    dpkg-deb -x "$f" "$root"
  done
  echo "include $root/usr/src/linux-headers-$ABI-common/Makefile" \
    > "$root/usr/src/linux-headers-$ABI-amd64/Makefile"
  touch "$root/.done"
fi
echo "KDIR612='$root/usr/src/linux-headers-$ABI-amd64'"
