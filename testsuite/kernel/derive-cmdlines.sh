#!/bin/sh
# derive-cmdlines.sh — the real Kbuild gcc command line of each kernel TU.
#
#   testsuite/kernel/derive-cmdlines.sh [--no-check] TU-LIST > tu.cmdlines
#
# TU-LIST names translation units of Debian's linux 6.1 (one path relative to
# the source tree per line, '#' comments allowed).  For each one that the
# amd64 .config builds (=y or =m), prints one line
#   PATH ARGS
# where ARGS is the gcc command line Kbuild runs for an in-tree build, minus
# the compiler's name, shell-quoted (word for word what Kbuild passes to gcc,
# though quoted unlike V=1 prints it: '-DX="y"' for -DX='"y"'); it is run
# from $KSRC.  TUs the configuration does not build, or whose command line
# gcc -E cannot preprocess with the generated files the headers package has,
# are left out with a note on stderr (--no-check skips the gcc -E trial, for
# a quick look at what a configuration builds).
#
# How: Kbuild itself computes the flags.  A mirror tree of symlinks holds, for
# every directory on the way to a listed TU, a Kbuild file that includes the
# original directory's Makefile (so ccflags-y, subdir-ccflags-y inherited from
# the parents, CFLAGS_foo.o, CFLAGS_REMOVE_foo.o, obj-y/obj-m and composite
# objects are exactly the kernel's), and the mirror root lists the top-level
# directories as the kernel's own Kbuild does.  `make -C $KSRC M=mirror
# fs/ext4/inode.o ...` then builds the listed objects as single targets with
# srctree = objtree = $KSRC, i.e. in-tree, with CC set to a recorder that
# writes its arguments and fails (make -k goes on).  The mirror's absolute path
# is rewritten back to the in-tree relative one ($(src) = fs/ext4).  Built-in
# versus module (-DMODULE, KBUILD_MODFILE, KBUILD_MODNAME of composite
# objects) comes from Kbuild's own part-of-module logic over the real obj-y /
# obj-m, so it needs no fixing up.  Kbuild compiles a single target even when
# the configuration does not build it, so whether it does is asked separately:
# a pseudo-goal in each TU's directory prints the directory's real-obj-y,
# real-obj-m and lib-y, and reaches that directory only if every parent
# descends into it (obj-$(CONFIG_...) += dir/), exactly as the build would.
set -eu
check=1
[ "${1-}" = --no-check ] && { check=0; shift; }
[ $# = 1 ] || { echo "usage: $0 [--no-check] TU-LIST" >&2; exit 2; }
list=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")" && pwd)
eval "$(sh "$here/../lib/fetch-kernel.sh" --no-image)"
GCC=${GCC:-gcc-12}

work=$(mktemp -d "${TMPDIR:-/tmp}/kcarve-derive.XXXXXX")
trap 'rm -rf "$work"' EXIT
M=$work/m
mkdir -p "$M"

paths=$(sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$list")

# The recorder: compiles of mirror sources are written down (shell-quoted,
# mirror path made in-tree relative) and fail; every other call (Kbuild's
# cc-option probes, --version) goes to the real compiler.
cat > "$work/cc" <<EOF
#!/bin/sh
case " \$* " in
*" -c "*" $M/"*.c" "*)
  q=
  for a; do
    case \$a in
    *[!A-Za-z0-9_./=,+:@%-]*) a="'\$(printf '%s' "\$a" | sed "s/'/'\\\\\\\\''/g")'" ;;
    esac
    q="\$q \$a"
  done
  printf '%s\n' "\${q# }" | sed 's|$M/||g' >> "$work/log"
  exit 1 ;;
esac
exec $GCC "\$@"
EOF
chmod +x "$work/cc"

# Mirror directory: symlinks to the original files, and a Kbuild that reads
# the original kbuild file (Kbuild wins over Makefile, as in Kbuild itself).
mirror_dir() {
  d=$1
  [ -f "$M/$d/Kbuild" ] && return 0
  mkdir -p "$M/$d"
  for f in "$KSRC/$d"/* "$KSRC/$d"/.[!.]*; do
    [ -f "$f" ] || continue
    case ${f##*/} in Makefile|Kbuild) continue ;; esac
    ln -s "$f" "$M/$d/"
  done
  if [ -f "$KSRC/$d/Kbuild" ]; then kb=$KSRC/$d/Kbuild; else kb=$KSRC/$d/Makefile; fi
  {
    echo "include $kb"
    # What this directory really builds, after Makefile.lib has expanded
    # composite objects: asked for with the pseudo-goal __kcmd_enabled.o,
    # which only reaches this file if every parent descends here.
    echo "\$(obj)/__kcmd_enabled.o: FORCE"
    printf "\\t@printf '%%s\\\\n' \$(real-obj-y) \$(real-obj-m) \$(lib-y) >> $work/enabled\\n"
  } > "$M/$d/Kbuild"
}

# The root: the kernel's top-level Kbuild object list, with what the top
# Makefile and arch/x86/Makefile export as ARCH_CORE/ARCH_LIB/ARCH_DRIVERS.
{
  echo 'ARCH_CORE :='
  echo 'ARCH_LIB := lib/ arch/x86/lib/'
  echo 'ARCH_DRIVERS :='
  echo 'ARCH_DRIVERS += $(if $(filter y,$(CONFIG_MATH_EMULATION)),arch/x86/math-emu/)'
  echo 'ARCH_DRIVERS += $(if $(filter y,$(CONFIG_PCI)),arch/x86/pci/)'
  echo 'ARCH_DRIVERS += $(if $(filter y,$(CONFIG_PM)),arch/x86/power/)'
  echo 'ARCH_DRIVERS += $(if $(filter y,$(CONFIG_FB)),arch/x86/video/)'
  grep '^obj-' "$KSRC/Kbuild"
} > "$M/Kbuild"

goals=
for p in $paths; do
  d=${p%/*}
  while :; do
    mirror_dir "$d"
    case $d in */*) d=${d%/*} ;; *) break ;; esac
  done
  goals="$goals ${p%.c}.o"
  case " $goals " in *" ${p%/*}/__kcmd_enabled.o "*) ;;
    *) goals="$goals ${p%/*}/__kcmd_enabled.o" ;; esac
done

: > "$work/log"
: > "$work/enabled"
# Single targets under M=: Kbuild walks from the mirror root down to each
# listed object's directory, as an in-tree `make dir/file.o` would.
make -k -j2 -C "$KSRC" M="$M" CC="$work/cc" $goals \
  > "$work/make.out" 2>&1 || true

tab=$(printf '\t')
for p in $paths; do
  if ! grep -qxF "$M/${p%.c}.o" "$work/enabled"; then
    echo "derive-cmdlines: $p: not built by this configuration" >&2
    continue
  fi
  line=$(grep -F -- " -c -o ${p%.c}.o $p" "$work/log" | head -1 || true)
  if [ -z "$line" ]; then
    echo "derive-cmdlines: $p: Kbuild ran no compile for it" >&2
    continue
  fi
  # The command line must preprocess with gcc from $KSRC: without -c/-o and
  # with the dependency file sent elsewhere.
  pre=$(printf '%s\n' "$line" | sed -e 's/ -c -o [^ ]* [^ ]*$//' \
        -e "s|-Wp,-MMD,[^ ]*|-Wp,-MMD,$work/dep.d|")
  if [ $check = 1 ] && ! (cd "$KSRC" && eval "$GCC $pre -E -o /dev/null $p") 2> "$work/err"; then
    echo "derive-cmdlines: $p: gcc -E fails, left out: $(grep -m1 error "$work/err" || head -1 "$work/err")" >&2
    continue
  fi
  printf '%s %s\n' "$p" "$line"
done
