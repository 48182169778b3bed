#!/bin/sh
# fetch-kernel.sh: bring Debian's linux 6.1 corpus into the kcarve cache.
#
# Which kernel: the newest linux-source-6.1 revision for which the archive
# also serves linux-image-<ABI>-amd64, linux-headers-<ABI>-amd64 and
# linux-headers-<ABI>-common of that same revision (one ABI, complete), unless
# --version=V or $KCARVE_KVER names a revision (e.g. 6.1.176-1).  Kbuild's
# tools come from linux-kbuild-6.1 of the same revision if served, else of the
# same upstream release, else the newest.  Nothing is pinned: Debian's
# security archive withdraws old revisions, so the choice is made against
# what apt-cache lists today, printed on stderr, and the cache is keyed by it.
#
# Downloads with apt-get download and unpacks with dpkg-deb -x into
# $KCARVE_CACHE (default ~/.cache/kcarve), reusing what an earlier run left
# there.  Prints the shell assignments the tests read:
#   KVER   the Debian revision chosen (6.1.192-3)
#   KABI   its ABI name (6.1.0-57)
#   KSRC   source tree (linux-source-6.1 + the headers package's generated
#          files and .config), enough to preprocess any x86_64 TU
#   KDIR   the -amd64 headers tree, repointed to its -common sibling, for
#          external-module builds (make -C $KDIR M=dir)
#   KIMAGE vmlinuz of the matching image package (for the QEMU tests)
#   KMODDIR lib/modules/<version> of the image package
# Usage: eval "$(sh testsuite/lib/fetch-kernel.sh)"
#          [--no-source] [--no-image] [--version=V] [--list]
# --list prints the complete sets the archive serves, newest first, and exits.
set -eu
SCRIPT=fetch-kernel.sh
. "$(dirname "$0")/debfetch.sh"

want_src=1 want_img=1 list=0 VER=${KCARVE_KVER:-}
for a in "$@"; do
  case $a in
    --no-source) want_src=0 ;;
    --no-image) want_img=0 ;;
    --version=*) VER=${a#--version=} ;;
    --list) list=1 ;;
    *) echo "$SCRIPT: unknown option $a" >&2; exit 2 ;;
  esac
done

# One apt-cache call for every candidate package: "PACKAGE VERSION" lines.
abis=$(apt-cache search --names-only '^linux-(image|headers)-6\.1\.0-[0-9]+-(amd64|common)$' 2>/dev/null |
       cut -d' ' -f1)
table=$(deb_versions linux-source-6.1 linux-kbuild-6.1 $abis)
[ -n "$table" ] || { echo "$SCRIPT: apt-cache knows no linux-source-6.1 (run apt-get update)" >&2; exit 1; }

# complete_abi V : "ok ABI" for the ABI whose image and headers (amd64,
# common) are all served at revision V, else "no REASON".
complete_abi() {
  printf '%s\n' "$sources" | grep -qx "$1" || { echo "no linux-source-6.1=$1 is not served"; return; }
  _why="no linux-image-6.1.0-*-amd64 of this revision is served"
  for abi in $(printf '%s\n' "$table" | awk -v v="$1" '$2 == v && $1 ~ /^linux-image-6\.1\.0-[0-9]+-amd64$/ {
                 sub(/^linux-image-/, "", $1); sub(/-amd64$/, "", $1); print $1 }'); do
    miss=
    for p in linux-headers-$abi-amd64 linux-headers-$abi-common; do
      printf '%s\n' "$table" | grep -qx "$p $1" || miss="$miss $p"
    done
    [ -n "$miss" ] || { echo "ok $abi"; return; }
    _why="ABI $abi lacks$miss"
  done
  echo "no $_why"
}

sources=$(printf '%s\n' "$table" | awk '$1 == "linux-source-6.1" { print $2 }' | sort -rV)
ABI= why=
for v in ${VER:-$sources}; do
  r=$(complete_abi "$v")
  case $r in
    ok\ *) [ $list = 1 ] && echo "$v ${r#ok }" || { VER=$v ABI=${r#ok }; break; } ;;
    *) why="$why
  $v: ${r#no }" ;;
  esac
done
[ $list = 0 ] || exit 0
if [ -z "$ABI" ]; then
  echo "$SCRIPT: no complete kernel set (source + image + headers of one ABI) in the archive:$why" >&2
  exit 1
fi
kbuilds=$(printf '%s\n' "$table" | awk '$1 == "linux-kbuild-6.1" { print $2 }' | sort -rV)
KBUILD=$(printf '%s\n' "$kbuilds" | grep -x "$VER" || true)
[ -n "$KBUILD" ] || KBUILD=$(printf '%s\n' "$kbuilds" | grep "^$(upstream "$VER")-" | head -1 || true)
[ -n "$KBUILD" ] || KBUILD=$(printf '%s\n' "$kbuilds" | head -1)
[ -n "$KBUILD" ] || { echo "$SCRIPT: the archive serves no linux-kbuild-6.1" >&2; exit 1; }
echo "$SCRIPT: linux-source-6.1 $VER, ABI $ABI (image, headers), linux-kbuild-6.1 $KBUILD" >&2

top=$CACHE/linux-$VER
mkdir -p "$top"

# Headers + kbuild: one root, as installed.
root=$top/root-kbuild-$KBUILD
if [ ! -f "$root/.done" ]; then
  rm -rf "$root"; mkdir -p "$root"
  for p in linux-headers-$ABI-amd64 linux-headers-$ABI-common; do
    dpkg-deb -x "$(deb_get $p "$VER")" "$root"
  done
  dpkg-deb -x "$(deb_get linux-kbuild-6.1 "$KBUILD")" "$root"
  # The -amd64 Makefile includes an absolute /usr/src path: repoint it.
  echo "include $root/usr/src/linux-headers-$ABI-common/Makefile" \
    > "$root/usr/src/linux-headers-$ABI-amd64/Makefile"
  touch "$root/.done"
fi
KDIR=$root/usr/src/linux-headers-$ABI-amd64

if [ $want_img = 1 ] && [ ! -f "$top/image/.done" ]; then
  rm -rf "$top/image"; mkdir -p "$top/image"
  dpkg-deb -x "$(deb_get linux-image-$ABI-amd64 "$VER")" "$top/image"
  touch "$top/image/.done"
fi

src=$top/src
KSRC=$src/linux-source-6.1
if [ $want_src = 1 ] && [ ! -f "$src/.done" ]; then
  rm -rf "$src" "$top/srcdeb"; mkdir -p "$src"
  dpkg-deb -x "$(deb_get linux-source-6.1 "$VER")" "$top/srcdeb"
  tar -C "$src" -xaf "$top"/srcdeb/usr/src/linux-source-6.1.tar.xz
  rm -rf "$top/srcdeb"
  # Generated headers and the configuration come from the headers package.
  for d in include/generated arch/x86/include/generated include/config; do
    mkdir -p "$KSRC/$d"
    cp -a "$KDIR/$d/." "$KSRC/$d/"
  done
  cp "$KDIR/.config" "$KSRC/.config"
  cp "$KDIR/Module.symvers" "$KSRC/Module.symvers"
  touch "$src/.done"
fi

echo "KCARVE_CACHE='$CACHE'"
echo "KVER='$VER'"
echo "KABI='$ABI'"
echo "KDIR='$KDIR'"
[ $want_src = 1 ] && echo "KSRC='$KSRC'"
if [ $want_img = 1 ]; then
  echo "KIMAGE='$top/image/boot/vmlinuz-$ABI-amd64'"
  echo "KMODDIR='$top/image/lib/modules/$ABI-amd64'"
fi
exit 0
