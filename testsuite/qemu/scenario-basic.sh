# scenario-basic.sh — tests 1 (the cmdline patch), 4 (retirement) and 6
# (permissions), and the already_reversed abort, on one boot.
orig=$(cat /proc/cmdline)
patched="kcarve-patched $orig"
expect runtime-load "insmod kcarve.ko" "$(load kcarve)" ok
expect cmdline-insmod "insmod kc_cmdline.ko" "$(load kc_cmdline)" ok
expect cmdline-preparing "stage after load" "$(rd $KC/kc_cmdline/stage)" preparing
expect cmdline-before "/proc/cmdline before apply" "$(cat /proc/cmdline)" "$orig"

# 6: file modes as in Ksplice, non-root refused, bad stage values rejected.
modes=
for f in $KC/kc_cmdline/*; do modes="$modes ${f##*/}=$(stat -c %a "$f")"; done
info "modes:$modes"
expect perm-stage-mode "stage mode" "$(stat -c %a $KC/kc_cmdline/stage)" 600
expect perm-cause-mode "abort_cause mode" "$(stat -c %a $KC/kc_cmdline/abort_cause)" 400
expect perm-conflicts-mode "conflicts mode" "$(stat -c %a $KC/kc_cmdline/conflicts)" 400
expect perm-nobody-uid "su nobody" "$(su -s /bin/sh nobody -c 'id -u')" 65534
expect perm-nonroot-apply "apply as nobody" "$(set_stage_nobody kc_cmdline applied)" "Permission denied"
expect perm-nonroot-apply-nochange "stage after nobody's write" "$(rd $KC/kc_cmdline/stage)" preparing
for v in bogus apply preparing "applied x" ""; do
  expect "perm-einval-'$v'" "write '$v' to stage" "$(set_stage kc_cmdline "$v")" "Invalid argument"
done
expect perm-einval-nochange "stage after bad writes" "$(rd $KC/kc_cmdline/stage)" preparing
expect perm-einval-cmdline "/proc/cmdline after bad writes" "$(cat /proc/cmdline)" "$orig"

# 4: the runtime's copy of run-pre data is one vmalloc area, visible in the
# kernel's own /proc/vmallocinfo (caller kcarve_copy_in) until retired.
area_before=$(grep kcarve_copy_in /proc/vmallocinfo | awk '{s += $2} END {print s + 0}')
info "vmallocinfo kcarve_copy_in bytes before apply: $area_before"
info "vmalloc meminfo before: $(grep -E 'VmallocUsed' /proc/meminfo | tr -s ' ')"

# 1: apply.
expect cmdline-apply "write applied" "$(set_stage kc_cmdline applied)" ok
expect cmdline-applied "stage" "$(rd $KC/kc_cmdline/stage)" applied
expect cmdline-cause-ok "abort_cause" "$(rd $KC/kc_cmdline/abort_cause)" ok
expect cmdline-patched "/proc/cmdline patched" "$(cat /proc/cmdline)" "$patched"
expect cmdline-livepatch-dir "/sys/kernel/livepatch/kc_cmdline" "$(present $LP/kc_cmdline)" present
expect_match cmdline-unload-busy "rmmod while applied" "$(unload kc_cmdline)" "[!o]*"
expect cmdline-unload-busy-loaded "/proc/modules" "$(loaded kc_cmdline)" loaded

area_after=$(grep kcarve_copy_in /proc/vmallocinfo | awk '{s += $2} END {print s + 0}')
retired=$(rd $KC/kc_cmdline/retired)
info "vmallocinfo kcarve_copy_in bytes after apply: $area_after; retired: $retired"
info "vmalloc meminfo after: $(grep -E 'VmallocUsed' /proc/meminfo | tr -s ' ')"
expect_match retire-area-existed "vmalloc area before apply (bytes)" "$area_before" "[1-9]*"
expect retire-area-freed "vmalloc area after apply (bytes)" "$area_after" 0
expect_match retire-bytes "retired" "$retired" "[1-9]*"
# vmallocinfo sizes include the one guard page.
expect retire-bytes-equal "retired vs vmallocinfo area minus guard page" "$retired" "$((area_before - 4096))"

expect perm-nonroot-reverse "reverse as nobody" "$(set_stage_nobody kc_cmdline reversed)" "Permission denied"
expect perm-nonroot-reverse-nochange "/proc/cmdline after nobody's reverse" "$(cat /proc/cmdline)" "$patched"
expect perm-einval-applied "write bogus when applied" "$(set_stage kc_cmdline bogus)" "Invalid argument"

# 1 and 4: reverse after retirement.
expect cmdline-reverse "write reversed" "$(set_stage kc_cmdline reversed)" ok
expect cmdline-reversed "stage" "$(rd $KC/kc_cmdline/stage)" reversed
expect cmdline-restored "/proc/cmdline restored" "$(cat /proc/cmdline)" "$orig"
expect cmdline-livepatch-gone "/sys/kernel/livepatch/kc_cmdline" "$(present $LP/kc_cmdline)" absent

# 3: already_reversed.
expect_match abort-already-reversed-refused "apply after reverse" "$(set_stage kc_cmdline applied)" "[!o]*"
expect abort-already-reversed "abort_cause" "$(rd $KC/kc_cmdline/abort_cause)" already_reversed
expect abort-already-reversed-cmdline "/proc/cmdline" "$(cat /proc/cmdline)" "$orig"
expect abort-already-reversed-stage "stage" "$(rd $KC/kc_cmdline/stage)" reversed

expect cmdline-rmmod "rmmod kc_cmdline" "$(unload kc_cmdline)" ok
expect cmdline-unloaded "/proc/modules" "$(loaded kc_cmdline)" unloaded
expect cmdline-sysfs-gone "/sys/kernel/kcarve/kc_cmdline" "$(present $KC/kc_cmdline)" absent
# Run-pre across an alternative patch site: meminfo_proc_show.
expect meminfo-insmod "insmod kc_meminfo.ko" "$(load kc_meminfo)" ok
echo 1 > $KC/kc_meminfo/debug
expect meminfo-apply "apply" "$(set_stage kc_meminfo applied)" ok
info "meminfo run-pre: $(dmesg | grep 'kc_meminfo: run-pre' | tail -1)"
expect meminfo-cause "abort_cause" "$(rd $KC/kc_meminfo/abort_cause)" ok
expect meminfo-patched "/proc/meminfo" "$(cat /proc/meminfo)" kcarve-meminfo
expect meminfo-reverse "reverse" "$(set_stage kc_meminfo reversed)" ok
expect_match meminfo-restored "/proc/meminfo" "$(head -1 /proc/meminfo)" "MemTotal:*"
expect meminfo-rmmod "rmmod kc_meminfo" "$(unload kc_meminfo)" ok

expect runtime-rmmod "rmmod kcarve" "$(unload kcarve)" ok
