# timing.sh — sourced by the bench/ scripts: one measured run under GNU time
# and the median of a column.  The caller sets BENCH (its name, for errors),
# KSRC (commands run there), TIME (/usr/bin/time) and tmp (a scratch dir).

# run NAME CMD: CMD (a shell string, run from $KSRC) under GNU time; appends
# "wall_ms cpu_ms rss_kib" to $tmp/NAME.  A failing command stops the bench.
run() {
  if ! (cd "$KSRC" && eval "$TIME -f '%e %U %S %M' -o \"$tmp/t\" $2") \
       > /dev/null 2> "$tmp/err"; then
    echo "$BENCH: $1 failed:" >&2; head -5 "$tmp/err" >&2; exit 1
  fi
  tail -1 "$tmp/t" | awk '{ printf "%d %d %d\n", $1 * 1000, ($2 + $3) * 1000, $4 }' >> "$tmp/$1"
}

median() { # NAME COLUMN
  sort -n -k"$2" "$tmp/$1" | awk -v c="$2" '{ v[NR] = $c } END { print v[int((NR + 1) / 2)] }'
}
ratio() { echo "$1 $2" | awk '{ printf "%.2f", $1 / $2 }'; }

# kbuild_args LINE: sets gcc_args (the TU's flags, no -c/-o, dependency file in
# $tmp) and kc_args (the whole line for kcarve, its outputs in $tmp).
kbuild_args() {
  args=${1#* }
  gcc_args=$(printf '%s\n' "$args" | sed -e 's/ -c -o [^ ]* [^ ]*$//' \
    -e "s|-Wp,-MMD,[^ ]*|-Wp,-MMD,$tmp/gcc.d|")
  kc_args=$(printf '%s\n' "$args" | sed -e "s| -o [^ ]* | -o $tmp/kcarve.o |" \
    -e "s|-Wp,-MMD,[^ ]*|-Wp,-MMD,$tmp/kcarve.d|")
}
