// SPDX-License-Identifier: GPL-2.0
/*
 * klpmod_patch.c - patches kc_target_value() in the kc_target module to
 * return the pid of the module's kthread, read from kc_target's own static
 * kc_sleeper through a livepatch relocation (method klp-reloc, object
 * kc_target): the core writes it whenever kc_target loads, and clears it
 * when kc_target goes, so each load of the target shows its new thread.
 */
#include <linux/sched.h>

extern struct task_struct *kc_sleeper;	/* klp-reloc: kc_target's static */

int kkm_kc_target_value(void);
int kkm_kc_target_value(void)
{
	return kc_sleeper ? task_pid_nr(kc_sleeper) : -1;
}
