# scenario-fixes.sh — the real Debian fixes of testsuite/fixes/fixes.list,
# each as the live patch `kcarve build` made from the fix's patch alone,
# applied to the kernel the fixes are missing from (Debian's 6.1.0-50,
# linux 6.1.176-1).  Built by fixes-build.sh, booted by fixes.exp once per
# externalization method (kernel command line kcmethod=klp-reloc|kallsyms;
# the modules are /m/METHOD/MODULE.ko; kcfixes=a,b runs a subset).
#
# /fixes-METHOD.tab has a line "FIX MODULE OBJECT LATER" per fix to apply
# (MODULE "-" when kcarve build made none: every step then fails as "not
# run"; LATER, for a module fix, is what applying the patch without the
# target module gives: ok, or failed_to_find when the patch has kallsyms
# symbols of the target).  For
# each fix, with the kcarve runtime loaded (run-pre on, as the modules are
# generated):
#   target-loaded     (module fixes) the target module is loaded first
#   before            the trigger shows the unpatched behaviour
#   insmod, apply     the patch module loads; `applied` written to its stage
#   transition        /sys/kernel/livepatch/MODULE: enabled 1, transition 0
#   runpre            the runtime compared the running code with the
#                     patch's run-pre images (debug 1 logs each match)
#   after             the trigger shows the fixed behaviour (fixes whose
#                     effect is invisible: the same value as before)
#   patched-code-ran  the function tracer, filtered to the patch module,
#                     saw the fix's replacement function run in the trigger
#   static-local-*    (cpu-nanosleep-leak) the patch binds to the running
#                     kernel's zero_it.0 and its value is unchanged
#   disable           `echo 0 > enabled`; the livepatch directory goes
#   stage-reversed    the runtime saw it (stage reads `reversed`)
#   reverted          the trigger shows the unpatched behaviour again
#   rmmod             the patch module unloads
#   then, for module fixes, the other order: the target unloaded, the patch
#   loaded and applied without it, the target loaded after (the patch takes
#   effect on it: after-target-later), disabled and unloaded (or, method
#   kallsyms with symbols of the target, the apply refused with
#   failed_to_find: refused-target-later);
#   kernel-log-clean  no Oops, WARNING, BUG in the kernel log of the fix.
# The expected values are those testsuite/fixes/run-triggers.sh measured on
# 6.1.0-50 (before) and 6.1.0-53 (after, the fixes built in).

method= only=
for w in $(cat /proc/cmdline); do
  case $w in
    kcmethod=*) method=${w#kcmethod=} ;;
    kcfixes=*) only=$(echo "${w#kcfixes=}" | tr , ' ') ;;
  esac
done
T=/sys/kernel/tracing
mount -t tracefs tracefs $T 2>/dev/null
echo 0 > /proc/sys/kernel/kptr_restrict
ip link set lo up
ip link set lo mtu 1500
# sysfs-show-clamp's trigger: an md array without members (md's array_state
# is a SYSFS_PREALLOC attribute, served by sysfs_kf_read).
insmod /m/md-mod.ko
echo md0 > /sys/module/md_mod/parameters/new_array

# The kernel log, kept whole in /tmp/klog (printed at the end) while each
# fix's share and each trigger's window are looked at on their own.
: > /tmp/klog
: > /tmp/klog.fix
klog_take() {
  dmesg -c > /tmp/klog.new
  cat /tmp/klog.new >> /tmp/klog
  cat /tmp/klog.new >> /tmp/klog.fix
}
tv() { fixtrig "$@" | sed -n 's/^TRIG [^ ]* //p'; }
rc() { "$@" > /tmp/out 2>&1 && echo 0 || echo "fail:$(tail -n 1 /tmp/out | tr ' ' _)"; }

# The triggers (testsuite/fixes/trig/init, fixes.list's `trigger:`): each
# prints one line of values.
trig_unix_siocatmark() { tv siocatmark; }
trig_ipv6_sysctl_disable() { tv sysctl-write x /proc/sys/net/ipv6/conf/lo/disable_ipv6 abc; }
trig_ipv6_sysctl_forward() {
  f=/proc/sys/net/ipv6/conf/lo/forwarding
  echo "$(tv sysctl-write x $f "1
")/$(tv sysctl-write x $f abc)/$(tv sysctl-write x $f "0
")"
}
trig_compat_settimeofday() { echo "$(tv settimeofday32 1000000)/$(tv settimeofday32 999999)"; }
trig_sched_fork_timerslack() { tv timerslack; }
trig_icmp_raw_drop() { tv icmpraw; }
trig_inet_frag_publish() {
  r0=$(grep '^Ip:' /proc/net/snmp | tail -n 1 | awk '{print $16}')
  ping -c 2 -s 4000 127.0.0.1 > /tmp/ping 2>&1
  r1=$(grep '^Ip:' /proc/net/snmp | tail -n 1 | awk '{print $16}')
  echo "replies=$(grep -c 'bytes from' /tmp/ping) reasm_oks=$((r1 - r0))"
}
trig_binfmt_misc_delim() {
  # The patch module's copies of the pr_debug sites exist only once it is
  # loaded: the query is made at each trigger.
  echo 'format "register: " +p' > /proc/dynamic_debug/control
  klog_take
  bad=$(tv sysctl-write x /proc/sys/fs/binfmt_misc/register 'PkcPEPPkcPP/bin/shP' |
        sed 's/.* write_rc=//; s/ errno=/,/')
  klog_take
  dbg=$(grep -c 'register: ' /tmp/klog.new)
  flags=$(grep -c 'register: flag: P' /tmp/klog.new)
  good=$(rc sh -c "echo ':kc2:E::kc2::/bin/sh:' > /proc/sys/fs/binfmt_misc/register")
  [ -e /proc/sys/fs/binfmt_misc/kc2 ] && echo -1 > /proc/sys/fs/binfmt_misc/kc2
  echo 'format "register: " -p' > /proc/dynamic_debug/control
  echo "delimP=$bad debug_lines=$dbg flagP_lines=$flags colon=$good"
}
trig_atm_qos() { tv atmqos; }
trig_cpu_nanosleep_leak() { tv nanosleep; }
trig_unix_gc_peek() { tv unixpeek; }
trig_cpu_timers_exec_race() { tv cputimer; }
trig_proc_nlink() {
  set -- $(unshare -n sh -c 'stat -c %h /proc/self/net; ls /proc/self/net | wc -l; find /proc/self/net/ -mindepth 1 -maxdepth 1 -type d | wc -l')
  echo "nlink=$1 entries=$2 subdirs=$3"
}
trig_fib_nlmsg_size() {
  echo "add=$(rc ip route add 10.77.0.0/16 dev lo) del=$(rc ip route del 10.77.0.0/16 dev lo)"
}
trig_sysfs_show_clamp() { echo "array_state=$(cat /sys/block/md0/md/array_state 2>&1)"; }

# spec FIX: before, after (the trigger's values without and with the fix)
# and proof (a function of the patch the tracer must see: a patched
# function, or one only the patch has).
spec() {
  case $1 in
    unix-siocatmark) proof=unix_ioctl
      before="dgram_rc=0 dgram_answ=0 stream_rc=0"
      after="dgram_rc=EOPNOTSUPP dgram_answ=-1 stream_rc=0" ;;
    ipv6-sysctl-disable) proof=addrconf_sysctl_disable
      before="write_len=3 write_rc=3 errno=0"
      after="write_len=3 write_rc=-1 errno=EINVAL" ;;
    ipv6-sysctl-forward) proof=addrconf_sysctl_forward
      before="write_len=2 write_rc=1 errno=0/write_len=3 write_rc=1 errno=0/write_len=2 write_rc=1 errno=0"
      after="write_len=2 write_rc=2 errno=0/write_len=3 write_rc=-1 errno=EINVAL/write_len=2 write_rc=2 errno=0" ;;
    compat-settimeofday) proof=__ia32_compat_sys_settimeofday
      before="usec=1000000 rc=-22/usec=999999 rc=0" after=$before ;;
    sched-fork-timerslack) proof=sched_fork
      before="initial=50000 rt_parent=0 child_slack_policy=0 0" after=$before ;;
    icmp-raw-drop) proof=icmp_socket_deliver
      before="send=0 inerrors_delta=0 errqueue=error-queued"
      after="send=0 inerrors_delta=1 errqueue=EAGAIN" ;;
    inet-frag-publish) proof=inet_frag_find
      before="replies=2 reasm_oks=4" after=$before ;;
    binfmt-misc-delim) proof=bm_register_write
      before="delimP=-1,EINVAL debug_lines=14 flagP_lines=8 colon=0"
      after="delimP=-1,EINVAL debug_lines=2 flagP_lines=0 colon=0" ;;
    atm-qos) proof=vcc_setsockopt
      before="class9_rc=0 get_rc=0 get_class=9 ubr_rc=0 setclp_rc=0"
      after="class9_rc=EINVAL get_rc=EINVAL get_class=0 ubr_rc=0 setclp_rc=0" ;;
    cpu-nanosleep-leak) proof=do_cpu_nanosleep
      before="abs_expired_rc=0 child_1ms_rc=0" after=$before ;;
    unix-gc-peek) proof=unix_peek_fpl
      before="peek_fd=ok recv_fd=ok" after=$before ;;
    cpu-timers-exec-race) proof=timer_lock_sighand
      before="create=0 set=0 get=0 armed=1 reset=0 old_armed=1 delete=0" after=$before ;;
    proc-nlink) proof=proc_register
      before="nlink=50 entries=48 subdirs=3" after="nlink=5 entries=48 subdirs=3" ;;
    fib-nlmsg-size) proof=fib_nlmsg_size
      before="add=0 del=0" after=$before ;;
    sysfs-show-clamp) proof=sysfs_kf_read
      before="array_state=clear" after=$before ;;
    *) proof= before="<no spec for $1>" after=$before ;;
  esac
}
trig() { "trig_$(echo "$1" | tr - _)"; }

# go STEP: 0 when the fix's steps may go on, else a FAIL for STEP saying
# why not.  chk STEP WHAT ACTUAL EXPECTED [WHY]: lib.sh's expect; a
# mismatch with WHY stops the fix's later steps (each then fails as not run).
go() { [ -z "$blocked" ] && return 0; fail "$F/$1" "not run: $blocked"; return 1; }
chk() {
  expect "$F/$1" "$2" "$3" "$4"
  [ "$3" = "$4" ] && return 0
  [ -z "${5-}" ] || blocked=$5
  return 1
}
wait_for() { # SECONDS TEST...: polls TEST every 0.2 s
  n=$(($1 * 5)); shift
  while [ $n -gt 0 ]; do "$@" && return 0; sleep 0.2; n=$((n - 1)); done
  "$@"
}
lp_gone() { [ ! -e "$LP/$M" ]; }
lp_settled() { [ "$(rd $LP/$M/transition)" = 0 ]; }
ftrace_on() {
  echo ":mod:$1" > $T/set_ftrace_filter && echo function > $T/current_tracer && echo > $T/trace
}
ftrace_count() { # FUNCTION: traced calls of a function whose name contains it
  echo 0 > $T/tracing_on
  grep -cE "[A-Za-z0-9_.]*$1[A-Za-z0-9_.]* <-" $T/trace
  echo nop > $T/current_tracer
  echo > $T/set_ftrace_filter
  echo 1 > $T/tracing_on
}
ksym() { grep " $1\$" /proc/kallsyms | grep -v '\[' | head -n 1 | cut -d' ' -f1; }
target_load() {
  insmod "/m/$1.ko" || return 1
  case $1 in
    binfmt_misc) mount -t binfmt_misc none /proc/sys/fs/binfmt_misc ;;
  esac
}
target_unload() {
  case $1 in
    binfmt_misc) umount /proc/sys/fs/binfmt_misc ;;
  esac
  rmmod "$1"
}
# apply_wait STEP-SUFFIX: apply, then the livepatch core's view.
apply_wait() {
  if go "apply$1"; then
    r=$(set_stage "$M" applied)
    cause=$(rd "$KC/$M/abort_cause")
    chk "apply$1" "echo applied > stage (abort_cause $cause)" "$r" ok "apply failed: $cause"
  fi
  if go "transition$1"; then
    wait_for 60 lp_settled
    chk "transition$1" "livepatch enabled, transition" \
      "$(rd $LP/$M/enabled),$(rd $LP/$M/transition)" "1,0" "the transition did not complete"
  fi
}
# disable_rmmod STEP-SUFFIX
disable_rmmod() {
  if go "disable$1"; then
    echo 0 > "$LP/$M/enabled"
    wait_for 60 lp_gone
    chk "disable$1" "$LP/$M after echo 0 > enabled" "$(present $LP/$M)" absent "disabling failed"
  fi
  go "stage-reversed$1" && chk "stage-reversed$1" "stage" "$(rd $KC/$M/stage)" reversed
}

run_fix() { # FIX MODULE OBJECT LATER
  F=$1 M=$2 O=$3 L=$4 blocked=
  spec "$F"
  klog_take
  : > /tmp/klog.fix
  info "fix $F module $M object $O method $method"
  if [ "$O" != vmlinux ] && go target-loaded; then
    target_load "$O" > /tmp/out 2>&1
    chk target-loaded "$O loaded before the patch ($(tail -n 1 /tmp/out))" "$(loaded "$O")" loaded \
      "the target module does not load"
  fi
  go before && chk before "trigger without the patch" "$(trig "$F")" "$before"
  [ "$M" = - ] && blocked="kcarve build made no module"
  go insmod && chk insmod "insmod $method/$M.ko" "$(load "$method/$M")" ok "insmod failed"
  # Debug level 1: each run-pre comparison that matches is logged.
  [ -z "$blocked" ] && echo 1 > "$KC/$M/debug"
  apply_wait ""
  if go runpre; then
    klog_take
    chk runpre "run-pre comparisons that matched (kernel log, debug 1)" \
      "$(grep -q "$M: run-pre: .* matches" /tmp/klog.fix && echo yes || echo none)" yes
  fi
  if go after; then
    [ -n "$proof" ] && ftrace_on "$M"
    chk after "trigger with the patch" "$(trig "$F")" "$after"
    if [ -n "$proof" ]; then
      n=$(ftrace_count "$proof")
      chk patched-code-ran "calls of the patch's $proof seen by the function tracer" \
        "$([ "$n" -gt 0 ] && echo yes || echo "no ($n)")" yes
    fi
  fi
  if [ "$F" = cpu-nanosleep-leak ]; then
    # The block-scope static zero_it (gcc's local zero_it.0) must be the
    # running kernel's: method klp-reloc resolves the livepatch symbol to it,
    # method kallsyms fills the module's pointer with its address.
    if go static-local-bound; then
      z=$(ksym 'zero_it\.0')
      if [ "$method" = kallsyms ]; then
        p=$(grep "\[$M\]" /proc/kallsyms | grep 'zero_it' | grep -v '\.klp\.sym' | head -n 1 | cut -d' ' -f1)
        got=$( [ -n "$p" ] && kcpeek "$p" 8 | sed -n 's/.* = 0x//p')
        info "zero_it.0 at $z; module pointer at ${p:-none} holds ${got:-nothing}"
      else
        got=$(grep "\.klp\.sym\.vmlinux\.zero_it\.0," /proc/kallsyms | head -n 1 | cut -d' ' -f1)
        info "zero_it.0 at $z; livepatch symbol at ${got:-none}"
      fi
      chk static-local-bound "the patch's zero_it.0 vs the kernel's" "${got:-none}" "${z:-missing}"
      chk static-local-value "zero_it.0's 32 bytes while patched" "$(kcpeek "$z" 32 2>&1)" \
        "$(printf '%064d' 0)"
    fi
  fi
  disable_rmmod ""
  go reverted && chk reverted "trigger after disabling" "$(trig "$F")" "$before"
  go rmmod && chk rmmod "rmmod $M" "$(unload "$M")" ok "rmmod failed"
  if [ "$O" != vmlinux ]; then
    # The other order: the patch first, the target module after it.
    go target-unloaded && chk target-unloaded "rmmod $O" "$(target_unload "$O" > /tmp/out 2>&1; loaded "$O")" \
      unloaded "the target module does not unload"
    go insmod-target-later && chk insmod-target-later "insmod $method/$M.ko" "$(load "$method/$M")" ok \
      "insmod failed"
    if [ "$L" = failed_to_find ]; then
      # Method kallsyms with symbols of the target module: the runtime fills
      # its pointers when the patch is applied, so without the target it
      # refuses (docs/runtime.md, failed_to_find) and the update stays
      # preparing; the target loads under it unpatched.
      if go refused-target-later; then
        r=$(set_stage "$M" applied)
        chk refused-target-later "apply without $O: stage write, abort_cause, stage" \
          "$r,$(rd "$KC/$M/abort_cause"),$(rd "$KC/$M/stage")" "Operation canceled,failed_to_find,preparing"
      fi
      go rmmod-target-later && chk rmmod-target-later "rmmod $M" "$(unload "$M")" ok
      if go target-loaded-later; then
        target_load "$O" > /tmp/out 2>&1
        chk target-loaded-later "$O loaded again ($(tail -n 1 /tmp/out))" "$(loaded "$O")" loaded
      fi
      go before-target-later && chk before-target-later "trigger" "$(trig "$F")" "$before"
    else
    apply_wait -target-later
    if go target-loaded-later; then
      target_load "$O" > /tmp/out 2>&1
      chk target-loaded-later "$O loaded while patched ($(tail -n 1 /tmp/out))" "$(loaded "$O")" loaded \
        "the target module does not load under the patch"
    fi
    go after-target-later && chk after-target-later "trigger" "$(trig "$F")" "$after"
    disable_rmmod -target-later
    go rmmod-target-later && chk rmmod-target-later "rmmod $M" "$(unload "$M")" ok
    fi
  fi
  # A failed step may have left the patch in: out with it, so that the next
  # fixes start from the unpatched kernel.
  if [ "$M" != - ] && [ "$(loaded "$M")" = loaded ]; then
    [ -e "$LP/$M/enabled" ] && echo 0 > "$LP/$M/enabled" && wait_for 60 lp_gone
    info "$M left loaded by a failed step: rmmod $(unload "$M")"
  fi
  klog_take
  chk kernel-log-clean "Oops/WARNING/BUG lines in the fix's kernel log" \
    "$(grep -cE 'Oops|WARNING:|BUG:|Call Trace:|general protection' /tmp/klog.fix)" 0
  info "done $F"
}

expect runtime-load "insmod kcarve.ko" "$(load kcarve transition_timeout=30)" ok
while read -r fix mod obj later; do
  case $fix in ''|'#'*) continue ;; esac
  if [ -n "$only" ]; then
    case " $only " in *" $fix "*) ;; *) continue ;; esac
  fi
  run_fix "$fix" "$mod" "$obj" "${later:-ok}"
done < "/fixes-$method.tab"
expect runtime-rmmod "rmmod kcarve" "$(unload kcarve)" ok
klog_take
echo "KCT: KLOG-BEGIN"
cat /tmp/klog
echo "KCT: KLOG-END"
