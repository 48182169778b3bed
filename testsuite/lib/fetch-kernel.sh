#!/bin/sh
# fetch-kernel.sh: bring Debian's linux 6.1 corpus into the kcarve cache.
#
# Downloads (apt-get download, no root needed for extraction) and unpacks with
# dpkg-deb -x into $KCARVE_CACHE (default ~/.cache/kcarve), reusing what an
# earlier run left there.  Prints the shell assignments the tests read:
#   KSRC   source tree (linux-source-6.1 + the headers package's generated
#          files and .config), enough to preprocess any x86_64 TU
#   KDIR   the -amd64 headers tree, repointed to its -common sibling, for
#          external-module builds (make -C $KDIR M=dir)
#   KIMAGE vmlinuz of the matching image package (for the QEMU tests)
#   KMODDIR lib/modules/<version> of the image package
# Usage: eval "$(testsuite/lib/fetch-kernel.sh)"   [--no-source] [--no-image]
set -eu
VER=6.1.192-2
ABI=6.1.0-56
CACHE=${KCARVE_CACHE:-$HOME/.cache/kcarve}
want_src=1 want_img=1
for a in "$@"; do
  case $a in
    --no-source) want_src=0 ;;
    --no-image) want_img=0 ;;
    *) echo "fetch-kernel.sh: unknown option $a" >&2; exit 2 ;;
  esac
done
top=$CACHE/linux-$VER
debs=$CACHE/debs
mkdir -p "$top" "$debs"

get() { # package name -> path of its .deb in the cache
  pkg=$1
  f=$(ls "$debs"/${pkg}_${VER}_*.deb 2>/dev/null | head -1 || true)
  if [ -z "$f" ]; then
    (cd "$debs" && apt-get download -q "$pkg=$VER" >&2) || {
      echo "fetch-kernel.sh: cannot download $pkg=$VER (run apt-get update?)" >&2; exit 1; }
    f=$(ls "$debs"/${pkg}_${VER}_*.deb | head -1)
  fi
  echo "$f"
}

# Headers + kbuild (+ image): one root, as installed.
root=$top/root
if [ ! -f "$root/.done" ]; then
  rm -rf "$root"; mkdir -p "$root"
  for p in linux-headers-$ABI-amd64 linux-headers-$ABI-common linux-kbuild-6.1; do
    dpkg-deb -x "$(get $p)" "$root"
  done
  # The -amd64 Makefile includes an absolute /usr/src path: repoint it.
  echo "include $root/usr/src/linux-headers-$ABI-common/Makefile" \
    > "$root/usr/src/linux-headers-$ABI-amd64/Makefile"
  touch "$root/.done"
fi
KDIR=$root/usr/src/linux-headers-$ABI-amd64

if [ $want_img = 1 ] && [ ! -f "$top/image/.done" ]; then
  rm -rf "$top/image"; mkdir -p "$top/image"
  dpkg-deb -x "$(get linux-image-$ABI-amd64)" "$top/image"
  touch "$top/image/.done"
fi

src=$top/src
KSRC=$src/linux-source-6.1
if [ $want_src = 1 ] && [ ! -f "$src/.done" ]; then
  rm -rf "$src"; mkdir -p "$src"
  dpkg-deb -x "$(get linux-source-6.1)" "$top/srcdeb"
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
echo "KDIR='$KDIR'"
[ $want_src = 1 ] && echo "KSRC='$KSRC'"
if [ $want_img = 1 ]; then
  echo "KIMAGE='$top/image/boot/vmlinuz-$ABI-amd64'"
  echo "KMODDIR='$top/image/lib/modules/$ABI-amd64'"
fi
exit 0
