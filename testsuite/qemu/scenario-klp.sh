# scenario-klp.sh — the cmdline patch with saved_command_line reached through
# a livepatch relocation (method klp-reloc, kc_klp.ko from
# cmdline_klp_patch.*): the core resolves .klp.sym.vmlinux.saved_command_line,0
# and writes the relocation when the patch module loads; the module as Kbuild
# linked it, before `kcarve module --klp-fixup` (kc_klp_unfixed.ko), is
# refused by its own init (ENOEXEC, busybox: "invalid module format").
orig=$(cat /proc/cmdline)
expect runtime-load "insmod kcarve.ko" "$(load kcarve)" ok

expect_match klp-unfixed-refused "insmod kc_klp_unfixed.ko" "$(load kc_klp_unfixed)" "*invalid module format*"
expect_match klp-unfixed-log "kernel log" "$(dmesg | grep 'kc_klp: livepatch relocations not written')" "*--klp-fixup*"
expect klp-unfixed-unloaded "/proc/modules" "$(loaded kc_klp)" unloaded

expect klp-insmod "insmod kc_klp.ko" "$(load kc_klp)" ok
expect klp-preparing "stage after load" "$(rd $KC/kc_klp/stage)" preparing
expect klp-before "/proc/cmdline before apply" "$(cat /proc/cmdline)" "$orig"
# The patch module keeps its whole symbol table (a livepatch module): the
# livepatch symbol shows in kallsyms with the address the core gave it.
want=$(grep ' saved_command_line$' /proc/kallsyms | cut -d' ' -f1)
got=$(grep ' \.klp\.sym\.vmlinux\.saved_command_line,0' /proc/kallsyms | cut -d' ' -f1)
info "kallsyms: saved_command_line $want, livepatch symbol $got"
expect_match klp-sym-resolved "livepatch symbol's address vs saved_command_line's" "$got" "${want:-none}"

expect klp-apply "write applied" "$(set_stage kc_klp applied)" ok
expect klp-applied "stage" "$(rd $KC/kc_klp/stage)" applied
expect klp-cause-ok "abort_cause" "$(rd $KC/kc_klp/abort_cause)" ok
expect klp-transition "/sys/kernel/livepatch/kc_klp/transition" "$(rd $LP/kc_klp/transition)" 0
expect klp-patched "/proc/cmdline patched" "$(cat /proc/cmdline)" "kcarve-klp $orig"
expect klp-reverse "write reversed" "$(set_stage kc_klp reversed)" ok
expect klp-restored "/proc/cmdline restored" "$(cat /proc/cmdline)" "$orig"
expect klp-livepatch-gone "/sys/kernel/livepatch/kc_klp" "$(present $LP/kc_klp)" absent
expect klp-rmmod "rmmod kc_klp" "$(unload kc_klp)" ok
expect klp-unloaded "/proc/modules" "$(loaded kc_klp)" unloaded
expect runtime-rmmod "rmmod kcarve" "$(unload kcarve)" ok
