# scenario-stress.sh — test 5: 50 apply/reverse cycles of the cmdline patch
# (load, apply, reverse, unload: a reversed update is never applied again)
# while a reader reads /proc/cmdline continuously; every read must be the
# old or the new text.
orig=$(cat /proc/cmdline)
patched="kcarve-patched $orig"
cycles=${STRESS_CYCLES:-50}
expect runtime-load "insmod kcarve.ko" "$(load kcarve)" ok
(
  old=0 new=0 bad=0
  while [ ! -e /tmp/stop ]; do
    l=$(cat /proc/cmdline)
    if [ "$l" = "$orig" ]; then old=$((old + 1))
    elif [ "$l" = "$patched" ]; then new=$((new + 1))
    else bad=$((bad + 1)); echo "KCT: INFO bad read: $l"
    fi
  done
  echo "$old $new $bad" > /tmp/reader.out
) &
reader=$!
good=0
t0=$(date +%s)
i=0
while [ $i -lt $cycles ]; do
  i=$((i + 1))
  a=$(load kc_cmdline); b=$(set_stage kc_cmdline applied); c=$(set_stage kc_cmdline reversed); d=$(unload kc_cmdline)
  if [ "$a $b $c $d" = "ok ok ok ok" ]; then good=$((good + 1))
  else info "cycle $i: insmod=$a apply=$b reverse=$c rmmod=$d"
  fi
done
info "stress: $cycles cycles in $(( $(date +%s) - t0 )) s"
touch /tmp/stop
wait $reader
set -- $(cat /tmp/reader.out 2>/dev/null || echo x x x)
info "reader: old=$1 new=$2 bad=$3"
expect stress-cycles "cycles that loaded, applied, reversed and unloaded" "$good" "$cycles"
expect stress-bad-reads "reads neither old nor new" "$3" 0
expect_match stress-old-reads "reads of the old text" "$1" "[1-9]*"
expect_match stress-new-reads "reads of the new text" "$2" "[1-9]*"
expect stress-final "/proc/cmdline after the cycles" "$(cat /proc/cmdline)" "$orig"
expect runtime-rmmod "rmmod kcarve" "$(unload kcarve)" ok
