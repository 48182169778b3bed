#!/bin/sh
# build-runtime.sh: build kcarve.ko (kernel/) against one kernel's headers,
# in a scratch copy so the source tree gets no Kbuild products, with W=1.
# Exit 0 only if the module links and the log holds no warning or error;
# the log is printed on stderr otherwise.  OUTDIR keeps kcarve.ko and the
# Module.symvers patch modules link against.
# Usage: build-runtime.sh KDIR OUTDIR
#   e.g. eval "$(sh testsuite/lib/fetch-headers-6.12.sh)";
#        sh testsuite/lib/build-runtime.sh "$KDIR612" /tmp/kcarve-612
set -eu
[ $# -eq 2 ] || { echo "usage: build-runtime.sh KDIR OUTDIR" >&2; exit 2; }
kdir=$1 out=$2
src=$(cd "$(dirname "$0")/../../kernel" && pwd)
rm -rf "$out"; mkdir -p "$out"
for f in "$src"/*.c "$src"/*.h "$src"/Kbuild; do
  case $f in *.mod.c) continue ;; esac
  cp "$f" "$out/"
done
# Module BTF needs pahole and a vmlinux with BTF; headers packages ship
# neither, so leave it out when pahole is missing (6.12 would fail on it).
btf=
command -v pahole >/dev/null 2>&1 || btf=CONFIG_DEBUG_INFO_BTF_MODULES=
if make -C "$kdir" M="$out" W=1 $btf modules > "$out/build.log" 2>&1 &&
   [ -f "$out/kcarve.ko" ] && ! grep -qiE 'warning|error' "$out/build.log"; then
  exit 0
fi
cat "$out/build.log" >&2
exit 1
