# lib.sh — helpers for the QEMU scenarios (sourced by /init, busybox ash).
# A scenario prints one line per check:
#   KCT: PASS <name>            KCT: FAIL <name> <why>
# and free-form "KCT: INFO ..." lines; the .exp files turn them into DejaGnu
# results and check the kernel log printed after the scenario.
KC=/sys/kernel/kcarve
LP=/sys/kernel/livepatch

pass() { echo "KCT: PASS $1"; }
fail() { n=$1; shift; echo "KCT: FAIL $n $*"; }
info() { echo "KCT: INFO $*"; }
# expect NAME WHAT ACTUAL EXPECTED
expect() {
  if [ "$3" = "$4" ]; then pass "$1"; else fail "$1" "$2: got '$3', expected '$4'"; fi
}
# expect_match NAME WHAT ACTUAL GLOB
expect_match() {
  case $3 in
    $4) pass "$1" ;;
    *) fail "$1" "$2: got '$3', expected '$4'" ;;
  esac
}
rd() { cat "$1" 2>/dev/null || echo "<missing>"; }
# Writes VALUE to an update's stage; prints "ok" or the errno text.
set_stage() {
  err=$( { echo "$2" > "$KC/$1/stage"; } 2>&1 ) && echo ok || echo "${err##*: }"
}
# The same as the unprivileged user nobody (uid 65534).
set_stage_nobody() {
  err=$(su -s /bin/sh nobody -c "echo $2 > $KC/$1/stage" 2>&1) && echo ok || echo "${err##*: }"
}
load() { # MODULE [PARAMS]: prints ok or insmod's error
  m=$1; shift
  err=$(insmod "/m/$m.ko" "$@" 2>&1) && echo ok || echo "$err"
}
unload() {
  err=$(rmmod "$1" 2>&1) && echo ok || echo "$err"
}
present() { [ -e "$1" ] && echo present || echo absent; }
loaded() { grep -q "^$1 " /proc/modules && echo loaded || echo unloaded; }
