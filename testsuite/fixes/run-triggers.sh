#!/bin/sh
# run-triggers.sh — boots Debian's kernel of each named source revision
# under QEMU with a busybox initramfs that runs every trigger of fixes.list
# (trig/init, trig/fixtrig.c) and prints the "TRIG" lines.  With the two
# releases of the list (default), it shows each trigger without the fixes
# (6.1.176-1 = 6.1.0-50) and with them (6.1.187-1 = 6.1.0-53): the values
# the QEMU tests expect before and after the live patch.
#   testsuite/fixes/run-triggers.sh [--work=DIR] [VERSION...]
# Needs qemu-system-x86_64, busybox (static), gcc with a static libc.  TCG
# by default, as testsuite/lib/qemu.exp does (KVM here is nested and hangs
# the boot); KCARVE_QEMU_ACCEL=kvm to try it.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
work=
case ${1-} in --work=*) work=${1#--work=}; shift ;; esac
[ -n "$work" ] || work=$(mktemp -d)
mkdir -p "$work"
list=$here/fixes.list
vers=${*:-$(sed -n 's/^from:[ \t]*//p; s/^to:[ \t]*//p' "$list")}
gcc -static -O2 -Wall -o "$work/fixtrig" "$here/trig/fixtrig.c"
accel=${KCARVE_QEMU_ACCEL:-tcg}
for v in $vers; do
  eval "$(sh "$top/testsuite/lib/fetch-kernel.sh" --no-source --version="$v")"
  r=$work/root-$v
  rm -rf "$r"; mkdir -p "$r/bin" "$r/m" "$r/proc" "$r/sys" "$r/dev" "$r/tmp" "$r/etc"
  cp "$(command -v busybox)" "$r/bin/busybox"
  cp "$work/fixtrig" "$r/bin/fixtrig"
  cp "$here/trig/init" "$r/init"; chmod +x "$r/init"
  for m in fs/binfmt_misc.ko net/atm/atm.ko drivers/md/md-mod.ko; do
    cp "$KMODDIR/kernel/$m" "$r/m/"
  done
  (cd "$r" && find . | busybox cpio -o -H newc > "$work/initrd-$v.cpio") 2>/dev/null
  timeout 300 qemu-system-x86_64 -accel $accel -m 1G -smp 1 -nographic -no-reboot -net none \
    -kernel "$KIMAGE" -initrd "$work/initrd-$v.cpio" \
    -append "console=ttyS0 panic=-1 quiet" < /dev/null > "$work/boot-$v.log" 2>&1 || true
  tr -d '\r' < "$work/boot-$v.log" | sed -n "s/^TRIG/$v TRIG/p"
done
