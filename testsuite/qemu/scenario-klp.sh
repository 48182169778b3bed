# scenario-klp.sh — the cmdline patch with saved_command_line reached through
# a livepatch relocation (method klp-reloc, kc_klp.ko from
# cmdline_klp_patch.*): the core resolves .klp.sym.vmlinux.saved_command_line,0
# and writes the relocation when the patch module loads; the module as Kbuild
# linked it, before `kcarve module --klp-fixup` (kc_klp_unfixed.ko), is
# refused by its own init (ENOEXEC, busybox: "invalid module format").
# Then a klp-reloc symbol of a module object, kc_target (below).
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

# A module object (kc_klpmod.ko from klpmod_patch.*): the relocation against
# kc_target's static kc_sleeper is written when kc_target loads after the
# patch was applied, or when the patch is applied with kc_target loaded.
expect klpmod-insmod "insmod kc_klpmod.ko" "$(load kc_klpmod)" ok
expect klpmod-apply "apply with kc_target absent" "$(set_stage kc_klpmod applied)" ok
expect klpmod-target "insmod kc_target.ko while patched" "$(load kc_target)" ok
pid=$(pidof kc_sleeper)
info "kc_sleeper pid: $pid"
expect klpmod-value "/proc/kc_target vs pidof kc_sleeper" "$(cat /proc/kc_target 2>&1)" "value ${pid:-none}"
expect klpmod-target-rmmod "rmmod kc_target" "$(unload kc_target)" ok
# Linux 6.1 does not clear a module's klp relocations when the module goes
# (klp_clear_object_relocs came later), and x86's apply_relocate_add()
# refuses to write over a non-zero field: the target cannot load again
# while the patch module stays.  A canary for that kernel behaviour.
expect_match klpmod-6.1-reload-refused "insmod kc_target.ko again while patched" "$(load kc_target)" "*invalid module format*"
expect_match klpmod-6.1-reload-log "kernel log" "$(dmesg | grep -c 'Skipping invalid relocation target')" "[1-9]*"
expect klpmod-reverse "reverse" "$(set_stage kc_klpmod reversed)" ok
expect klpmod-rmmod "rmmod kc_klpmod" "$(unload kc_klpmod)" ok
# The other order: kc_target loaded first, the relocation written at enable.
expect klpmod-target-first "insmod kc_target.ko unpatched" "$(load kc_target)" ok
expect klpmod-value-unpatched "/proc/kc_target" "$(cat /proc/kc_target 2>&1)" "value 1"
expect klpmod-insmod-2 "insmod kc_klpmod.ko" "$(load kc_klpmod)" ok
expect klpmod-apply-2 "apply with kc_target loaded" "$(set_stage kc_klpmod applied)" ok
pid=$(pidof kc_sleeper)
expect klpmod-value-2 "/proc/kc_target vs pidof kc_sleeper" "$(cat /proc/kc_target 2>&1)" "value ${pid:-none}"
expect klpmod-reverse-2 "reverse" "$(set_stage kc_klpmod reversed)" ok
expect klpmod-value-reversed "/proc/kc_target" "$(cat /proc/kc_target 2>&1)" "value 1"
expect klpmod-rmmod-2 "rmmod kc_klpmod" "$(unload kc_klpmod)" ok
expect klpmod-target-rmmod-2 "rmmod kc_target" "$(unload kc_target)" ok
expect runtime-rmmod "rmmod kcarve" "$(unload kcarve)" ok
