#!/bin/sh
# fixes-build.sh — builds what fixes.exp boots: the live patches of the real
# Debian fixes (testsuite/fixes/fixes.list), each made by `kcarve build` from
# the fix's patch alone, for the kernel the fixes are missing from (the
# list's `from`, 6.1.176-1 = Debian's 6.1.0-50), with both externalization
# methods.  Into WORK:
#   WORK/runtime/              kcarve.ko and its Module.symvers, built with
#                              the 6.1.0-50 headers (lib/build-runtime.sh)
#   WORK/patches/FIX.patch     testsuite/fixes/make-patch.sh
#   WORK/out/METHOD/FIX/       kcarve build's --outdir (FIX.log beside it:
#                              its command line, output and exit status)
#   WORK/initrd.cpio           busybox initramfs: qemu/init, lib.sh,
#                              scenario-fixes.sh, /fixes-METHOD.tab, the patch
#                              modules as /m/METHOD/ID.ko, kcarve.ko, the
#                              target modules of Debian's image, fixtrig, kcpeek
# Usage: fixes-build.sh WORK KCARVE SRCDIR.  Prints on stdout
#   KERNEL KIMAGE                        the image to boot
#   BUILD NAME ok|fail                   runtime, helpers, each patch
#   KBUILD FIX METHOD EXIT MS            one per kcarve build (wall ms)
#   INITRD PATH
# The inputs of kcarve build: --ksrc and --kdir from lib/fetch-kernel.sh,
# --symbols the running kernel's /proc/kallsyms (lib/fetch-kallsyms.sh:
# Debian's System.map is a placeholder), --symvers the headers'
# Module.symvers, --moddir the image's lib/modules/ABI, --runtime the runtime
# above.  The builds run two at a time (KCARVE_FIXES_PAR, default 2), each
# with -j KCARVE_FIXES_J (default 1); FIXES (environment) names a subset
# (fixes.exp takes it too).
set -eu
WORK=$1 KCARVE=$2 SRC=$3
FX=$SRC/testsuite/fixes Q=$SRC/testsuite/qemu
list=$FX/fixes.list
from=$(sed -n 's/^from:[ \t]*//p' "$list" | head -n 1)
to=$(sed -n 's/^to:[ \t]*//p' "$list" | head -n 1)
TO=$(eval "$(sh "$SRC/testsuite/lib/fetch-kernel.sh" --no-image --version="$to")" && echo "$KSRC")
eval "$(sh "$SRC/testsuite/lib/fetch-kernel.sh" --version="$from")"
eval "$(sh "$SRC/testsuite/lib/fetch-kallsyms.sh" --version="$from")"
echo "KERNEL $KIMAGE"
export KCARVE_FIX_FROM="$KSRC" KCARVE_FIX_TO="$TO" KCARVE_FIXES_LIST="$list"
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
cd "$WORK"
ids=${FIXES:-$(sed -n 's/^id:[ \t]*//p' "$list")}
field() { # FIX KEY
  awk -v want="$1" -v key="$2:" '/^id:/ { cur = $2 } /^[ \t]*$/ { cur = "" }
    cur == want && $1 == key { sub(/^[^:]*:[ \t]*/, ""); print }' "$list"
}

if sh "$SRC/testsuite/lib/build-runtime.sh" "$KDIR" "$WORK/runtime" 2> runtime.err; then
  echo "BUILD kcarve.ko ok"
else
  echo "BUILD kcarve.ko fail"; cat runtime.err >&2
fi
# KCARVE_FIXES_REUSE=1 (by hand, while working on the scenario) keeps the
# builds of an earlier run.
[ "${KCARVE_FIXES_REUSE:-0}" = 1 ] || rm -rf out
rm -rf patches
mkdir -p patches out/klp-reloc out/kallsyms
for id in $ids; do
  if sh "$FX/make-patch.sh" "$id" patches > /dev/null 2> "patches/$id.err"; then
    echo "BUILD $id.patch ok"
  else
    echo "BUILD $id.patch fail"; cat "patches/$id.err" >&2
  fi
done

# kcarve build, one per fix and method, KCARVE_FIXES_PAR at a time.  The log
# holds the command, its output and "EXIT n"; the result line is printed
# when all are done, in list order.
one() { # FIX METHOD
  log=$WORK/out/$2/$1.log
  set -- "$KCARVE" build --patch="$WORK/patches/$1.patch" --ksrc="$KSRC" --kdir="$KDIR" \
    --symbols="$KSYMS" --symvers="$KDIR/Module.symvers" --moddir="$KMODDIR" \
    --runtime="$WORK/runtime" --outdir="$WORK/out/$2/$1" --method="$2" -j "${KCARVE_FIXES_J:-1}"
  echo "$*" > "$log"
  t0=$(date +%s%N)
  rc=0
  "$@" >> "$log" 2>&1 < /dev/null || rc=$?
  echo "EXIT $rc MS $((($(date +%s%N) - t0) / 1000000))" >> "$log"
}
export WORK KCARVE KSRC KDIR KSYMS KMODDIR
# A fix to refuse is built with the default method only: the refusal comes
# before any symbol is placed.
for id in $ids; do
  [ -f "patches/$id.patch" ] || continue
  if [ "$(field "$id" expect)" = refuse ]; then echo "$id klp-reloc"
  else for m in klp-reloc kallsyms; do echo "$id $m"; done; fi
done > jobs
if [ "${KCARVE_FIXES_REUSE:-0}" = 1 ]; then
  while read -r id m; do grep -q '^EXIT ' "out/$m/$id.log" 2> /dev/null || echo "$id $m"; done < jobs > jobs.todo
else
  cp jobs jobs.todo
fi
# xargs runs this script's one() through sh -c with the functions redefined.
onedef=$(sed -n '/^one() {/,/^}/p' "$0")
xargs -P "${KCARVE_FIXES_PAR:-2}" -L 1 sh -c "$onedef"'
one "$@"' sh < jobs.todo
while read -r id m; do
  st=$(sed -n 's/^EXIT \([0-9]*\) MS \([0-9]*\)$/\1 \2/p' "out/$m/$id.log")
  echo "KBUILD $id $m ${st:-? 0}"
done < jobs

# The initramfs.
rm -rf root
mkdir -p root/bin root/etc root/m/klp-reloc root/m/kallsyms root/proc root/sys root/dev root/tmp
cp "$(command -v busybox)" root/bin/busybox
printf 'root:x:0:0:root:/:/bin/sh\n' > root/etc/passwd
printf 'root:x:0:\n' > root/etc/group
for h in "$FX/trig/fixtrig.c" "$Q/kcpeek.c"; do
  b=$(basename "$h" .c)
  if gcc -static -O2 -Wall -o "root/bin/$b" "$h" 2> "$b.err"; then echo "BUILD $b ok"
  else echo "BUILD $b fail"; cat "$b.err" >&2; fi
done
cp "$Q/init" root/init
cp "$Q/lib.sh" "$Q/scenario-fixes.sh" root/
chmod +x root/init
[ -f runtime/kcarve.ko ] && cp runtime/kcarve.ko root/m/
for m in fs/binfmt_misc.ko net/atm/atm.ko drivers/md/md-mod.ko; do
  cp "$KMODDIR/kernel/$m" root/m/
done
# /fixes-METHOD.tab: "FIX MODULE OBJECT LATER" for every fix to apply
# (scenario-fixes.sh); LATER from the SUMMARY's kallsyms line: NAME[OBJECT].
for m in klp-reloc kallsyms; do
  for id in $ids; do
    [ "$(field "$id" expect)" = apply ] || continue
    obj=$(field "$id" object | cut -d' ' -f1)
    obj=${obj%.ko}
    mod=klp_$(echo "$id" | tr -c 'A-Za-z0-9\n' _)
    if [ -f "out/$m/$id/$mod.ko" ]; then cp "out/$m/$id/$mod.ko" "root/m/$m/"; else mod=-; fi
    later=ok
    grep -q "^ *kallsyms (.*\[$obj\]" "out/$m/$id/SUMMARY" 2> /dev/null && later=failed_to_find
    echo "$id $mod $obj $later"
  done > "root/fixes-$m.tab"
done
(cd root && find . | busybox cpio -o -H newc > ../initrd.cpio) 2> /dev/null
echo "INITRD $WORK/initrd.cpio"
