# scenario-aborts.sh — test 2 (callbacks) and test 3 (abort causes no_match,
# failed_to_find, code_busy) on one boot.  The callback order is checked by
# callbacks.exp from the kernel log.
orig=$(cat /proc/cmdline)
expect runtime-load "insmod kcarve.ko" "$(load kcarve transition_timeout=3)" ok

# 2: all four callbacks, in order, each once.
echo "kcarve-test: mark callbacks-begin" > /dev/kmsg
expect cb-insmod "insmod kc_cb.ko" "$(load kc_cb)" ok
# Debug level 1: run-pre logs each comparison, retirement unmaps the area
# instead of freeing it (the vmalloc area stays in /proc/vmallocinfo).
echo 1 > $KC/kc_cb/debug
expect cb-apply "apply" "$(set_stage kc_cb applied)" ok
expect_match runpre-matched "run-pre log" "$(dmesg | grep -c 'kc_cb: run-pre: vmlinux:cmdline_proc_show matches')" "[1-9]*"
expect_match retire-debug-bytes "retired (debug)" "$(rd $KC/kc_cb/retired)" "[1-9]*"
expect retire-debug-kept "vmalloc area kept, unmapped (debug)" "$(grep -c kcarve_copy_in /proc/vmallocinfo)" 1
expect cb-patched "/proc/cmdline" "$(cat /proc/cmdline)" "kcarve-callbacks $orig"
expect cb-reverse "reverse" "$(set_stage kc_cb reversed)" ok
expect cb-restored "/proc/cmdline" "$(cat /proc/cmdline)" "$orig"
expect cb-rmmod "rmmod" "$(unload kc_cb)" ok
echo "kcarve-test: mark callbacks-end" > /dev/kmsg

# 2: a refusing pre-patch callback.
echo "kcarve-test: mark cbfail-begin" > /dev/kmsg
expect cbfail-insmod "insmod kc_cbfail.ko" "$(load kc_cbfail)" ok
expect_match cbfail-refused "apply" "$(set_stage kc_cbfail applied)" "[!o]*"
info "cbfail abort_cause: $(rd $KC/kc_cbfail/abort_cause)"
expect_match cbfail-cause "abort_cause" "$(rd $KC/kc_cbfail/abort_cause)" "call_failed"
expect_match cbfail-stage "stage" "$(rd $KC/kc_cbfail/stage)" "preparing"
expect cbfail-cmdline "/proc/cmdline" "$(cat /proc/cmdline)" "$orig"
expect cbfail-no-livepatch "/sys/kernel/livepatch/kc_cbfail" "$(present $LP/kc_cbfail)" absent
expect cbfail-rmmod "rmmod" "$(unload kc_cbfail)" ok
echo "kcarve-test: mark cbfail-end" > /dev/kmsg

# 3: no_match — run-pre image from a changed cmdline.c.
expect nomatch-insmod "insmod kc_nomatch.ko" "$(load kc_nomatch)" ok
expect_match nomatch-refused "apply" "$(set_stage kc_nomatch applied)" "[!o]*"
expect abort-no-match "abort_cause" "$(rd $KC/kc_nomatch/abort_cause)" no_match
expect nomatch-cmdline "/proc/cmdline" "$(cat /proc/cmdline)" "$orig"
expect nomatch-no-livepatch "/sys/kernel/livepatch/kc_nomatch" "$(present $LP/kc_nomatch)" absent
expect nomatch-rmmod "rmmod" "$(unload kc_nomatch)" ok

# 3: failed_to_find — a kallsyms symbol that does not exist.
expect ftf-insmod "insmod kc_ftf.ko" "$(load kc_ftf)" ok
expect_match ftf-refused "apply" "$(set_stage kc_ftf applied)" "[!o]*"
expect abort-failed-to-find "abort_cause" "$(rd $KC/kc_ftf/abort_cause)" failed_to_find
expect ftf-cmdline "/proc/cmdline" "$(cat /proc/cmdline)" "$orig"
expect ftf-rmmod "rmmod" "$(unload kc_ftf)" ok

# 2: callbacks of a module object run only while it is loaded.
echo "kcarve-test: mark modcb-begin" > /dev/kmsg
expect modcb-insmod "insmod kc_modcb.ko" "$(load kc_modcb)" ok
expect modcb-apply "apply with kc_target absent" "$(set_stage kc_modcb applied)" ok
echo "kcarve-test: mark modcb-loading" > /dev/kmsg
expect modcb-target "insmod kc_target.ko while patched" "$(load kc_target)" ok
expect modcb-value "/proc/kc_target" "$(cat /proc/kc_target 2>&1)" "value 2"
expect modcb-target-rmmod "rmmod kc_target" "$(unload kc_target)" ok
echo "kcarve-test: mark modcb-unloaded" > /dev/kmsg
expect modcb-reverse "reverse" "$(set_stage kc_modcb reversed)" ok
expect modcb-rmmod "rmmod kc_modcb" "$(unload kc_modcb)" ok
echo "kcarve-test: mark modcb-end" > /dev/kmsg
expect modcb-target-again "insmod kc_target.ko unpatched" "$(load kc_target)" ok
expect modcb-value-again "/proc/kc_target" "$(cat /proc/kc_target 2>&1)" "value 1"
expect modcb-target-rmmod-again "rmmod kc_target" "$(unload kc_target)" ok

# 3: code_busy — kc_sleeper sleeps inside kc_target_sleep().
expect busy-target "insmod kc_target.ko" "$(load kc_target)" ok
sleep 1
sleeper=$(ps -o pid,comm | awk '$2 == "kc_sleeper" {print $1}')
info "kc_sleeper pid $sleeper"
expect busy-insmod "insmod kc_busy.ko" "$(load kc_busy)" ok
t0=$(date +%s)
expect_match busy-refused "apply" "$(set_stage kc_busy applied)" "[!o]*"
info "code_busy apply took $(( $(date +%s) - t0 )) s"
expect abort-code-busy "abort_cause" "$(rd $KC/kc_busy/abort_cause)" code_busy
conf=$(rd $KC/kc_busy/conflicts)
info "conflicts: $(echo "$conf" | tr '\n' '|')"
expect_match busy-conflicts "conflicts" "$(echo "$conf" | grep "^kc_sleeper $sleeper ")" "kc_sleeper $sleeper *"
expect busy-no-livepatch "/sys/kernel/livepatch/kc_busy" "$(present $LP/kc_busy)" absent
expect busy-rmmod "rmmod kc_busy" "$(unload kc_busy)" ok
expect busy-target-rmmod "rmmod kc_target" "$(unload kc_target)" ok
expect runtime-rmmod "rmmod kcarve" "$(unload kcarve)" ok
