#!/bin/sh
# fetch-kallsyms.sh: the symbol table of Debian's running 6.1 kernel, read
# from /proc/kallsyms of the kernel itself booted once under QEMU.
#
# Debian's image package ships System.map as an 83-byte placeholder ("ffff...
# A System.map is not provided ..."), and no vmlinux with a symtab (that is
# the -dbg package, 800 MB).  The kernel has every symbol in kallsyms, though
# (CONFIG_KALLSYMS_ALL=y), in the order the livepatch core walks them: so the
# kernel image of fetch-kernel.sh is booted with a busybox initramfs whose
# /init, as root with kptr_restrict 0, copies /proc/kallsyms to a second
# serial port (a file on the host), then powers off.  No module is loaded:
# the table is vmlinux's alone (a module's symbols come from its .ko).
#
# The result is cached as $KCARVE_CACHE/linux-VER/kallsyms-SHA (SHA: the
# first 16 hex digits of the image's sha256), so the boot happens once per
# image.  Booted with nokaslr: addresses are the link-time ones and the file
# is the same on every boot.  Prints the shell assignments
#   KSYMS    the kallsyms text (ADDR TYPE NAME, address order)
# after fetch-kernel.sh's (KVER, KABI, KIMAGE, KMODDIR, KDIR).
# Usage: eval "$(sh testsuite/lib/fetch-kallsyms.sh [--version=V])"
# Needs qemu-system-x86_64 and busybox (static).  TCG, as the QEMU tests.
set -eu
SCRIPT=fetch-kallsyms.sh
here=$(cd "$(dirname "$0")" && pwd)
vars=$(sh "$here/fetch-kernel.sh" --no-source "$@")
eval "$vars"
key=$(sha256sum < "$KIMAGE" | cut -c1-16)
out=$KCARVE_CACHE/linux-$KVER/kallsyms-$key
if [ ! -s "$out" ]; then
  for prog in qemu-system-x86_64 busybox; do
    command -v $prog > /dev/null || { echo "$SCRIPT: $prog is not installed" >&2; exit 1; }
  done
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/kcarve-kallsyms.XXXXXX")
  trap 'rm -rf "$tmp"' EXIT
  mkdir -p "$tmp/root/bin" "$tmp/root/proc" "$tmp/root/dev"
  cp "$(command -v busybox)" "$tmp/root/bin/busybox"
  cat > "$tmp/root/init" <<'EOF'
#!/bin/busybox sh
/bin/busybox --install -s /bin
export PATH=/bin
mount -t proc proc /proc
mount -t devtmpfs devtmpfs /dev
echo 0 > /proc/sys/kernel/kptr_restrict
stty -F /dev/ttyS1 raw -echo 2> /dev/null
n=$(wc -l < /proc/kallsyms)
cat /proc/kallsyms > /dev/ttyS1
echo "KALLSYMS-END $n" > /dev/ttyS1
echo "KALLSYMS-DONE $n"
poweroff -f
EOF
  chmod +x "$tmp/root/init"
  (cd "$tmp/root" && find . | busybox cpio -o -H newc > "$tmp/initrd.cpio") 2> /dev/null
  echo "$SCRIPT: booting $KIMAGE to read /proc/kallsyms" >&2
  timeout 300 qemu-system-x86_64 -accel "${KCARVE_QEMU_ACCEL:-tcg}" -m 512M -smp 1 -display none \
    -no-reboot -net none -serial "file:$tmp/console.log" -serial "file:$tmp/kallsyms.raw" \
    -kernel "$KIMAGE" -initrd "$tmp/initrd.cpio" \
    -append "console=ttyS0 panic=-1 quiet nokaslr" < /dev/null > "$tmp/qemu.log" 2>&1 || true
  tr -d '\r' < "$tmp/kallsyms.raw" > "$tmp/kallsyms"
  n=$(sed -n 's/^KALLSYMS-END //p' "$tmp/kallsyms")
  sed -i '/^KALLSYMS-END /d' "$tmp/kallsyms"
  got=$(wc -l < "$tmp/kallsyms")
  # Whole (the count /init took matches the lines that arrived) and real
  # (addresses, not the zeros kptr_restrict would give).
  if [ -z "$n" ] || [ "$n" != "$got" ] || grep -q '^0000000000000000 [Tt] ' "$tmp/kallsyms" ||
     ! grep -q ' [Tt] start_kernel$' "$tmp/kallsyms"; then
    echo "$SCRIPT: no complete /proc/kallsyms from $KIMAGE (lines announced '$n', received $got); console:" >&2
    tr -d '\r' < "$tmp/console.log" | tail -n 20 >&2
    exit 1
  fi
  mv "$tmp/kallsyms" "$out.tmp"
  mv "$out.tmp" "$out"
fi
printf '%s\n' "$vars"
echo "KSYMS='$out'"
