#!/bin/sh
# gcc-syntax.sh — gcc -fsyntax-only on FILE in place of unit TU, with TU's
# Kbuild command line ARGS (shell-quoted, as tu.cmdlines has it), run from
# the current directory (the kernel tree): TU's own directory's headers
# through -iquote; -c, -o FILE and -Wp,-MMD,... dropped, so nothing is
# written.  The oracle that a patched unit is C the kernel's compiler takes.
#
# usage: gcc-syntax.sh GCC TU FILE ARGS
set -u
GCC=$1 TU=$2 FILE=$3 ARGS=$4
eval "set -- $ARGS"
skip=0
for a in "$@"; do
  shift
  if [ $skip = 1 ]; then skip=0; continue; fi
  case $a in
    -o) skip=1; continue ;;
    -c|-Wp,-MMD,*|-Wp,-MD,*) continue ;;
    "$TU") set -- "$@" "$FILE"; continue ;;
  esac
  set -- "$@" "$a"
done
exec "$GCC" -fsyntax-only -iquote "$(dirname "$TU")" "$@"
