// SPDX-License-Identifier: GPL-2.0
/*
 * conflicts.c - which tasks keep a transition from completing.
 *
 * When a livepatch transition does not finish within the bound, some task
 * has not been switched to the target state: the core could not prove from
 * its stack that it runs none of the functions being replaced (or is running
 * on another CPU).  Before the transition is reversed, kcarve walks every
 * thread (for_each_process_thread under RCU), keeps those whose
 * task->patch_state is not yet the target state, saves their stack and looks
 * for a return address inside a function being replaced: the old function
 * when applying, the new one when reversing (klp_func old_func/old_size,
 * new_func/new_size, filled in by the core).  Each such task becomes a line
 * "comm pid label" of the conflicts file, label being the function's name.
 * A task not yet switched whose stack shows no such function is listed with
 * the label "-" (running, or its stack could not be read).
 *
 * Returns true if some stack held a patched function: the abort cause is then
 * code_busy, else unexpected_running_task.
 */
#define pr_fmt(fmt) "kcarve: " fmt

#include <linux/livepatch.h>
#include <linux/rcupdate.h>
#include <linux/sched/signal.h>
#include <linux/slab.h>
#include "internal.h"

#define KCARVE_STACK_DEPTH 64

/*
 * task->patch_state values: KLP_UNPATCHED/KLP_PATCHED in 6.1, moved out of
 * include/linux/livepatch.h (as KLP_TRANSITION_*) later; same values.
 */
#define KCARVE_TASK_UNPATCHED	0
#define KCARVE_TASK_PATCHED	1

/* The name of the function being replaced that contains ADDR, or NULL. */
static const char *kcarve_busy_func(struct klp_patch *patch,
				    unsigned long addr, bool applying)
{
	struct klp_object *obj;
	struct klp_func *func;
	unsigned long start, size;

	klp_for_each_object_static(patch, obj) {
		klp_for_each_func_static(obj, func) {
			start = (unsigned long)(applying ? func->old_func
							 : func->new_func);
			size = applying ? func->old_size : func->new_size;
			if (start && addr >= start && addr < start + size)
				return func->old_name;
		}
	}
	return NULL;
}

bool kcarve_collect_conflicts(struct kcarve_update_priv *p, bool applying)
{
	struct klp_patch *patch = p->u->patch;
	int target = applying ? KCARVE_TASK_PATCHED : KCARVE_TASK_UNPATCHED;
	struct task_struct *g, *t;
	unsigned long *entries;
	const char *label;
	unsigned int n, i;
	bool busy = false;
	size_t len = 0;

	p->conflicts_len = 0;
	entries = kmalloc_array(KCARVE_STACK_DEPTH, sizeof(*entries),
				GFP_KERNEL);
	if (!entries)
		return false;

	rcu_read_lock();
	for_each_process_thread(g, t) {
		if (READ_ONCE(t->patch_state) == target)
			continue;
		n = kcarve_stack_of(t, entries, KCARVE_STACK_DEPTH);
		label = NULL;
		for (i = 0; i < n && !label; i++)
			label = kcarve_busy_func(patch, entries[i], applying);
		if (label)
			busy = true;
		len += scnprintf(p->conflicts + len, KCARVE_CONFLICTS_MAX - len,
				 "%s %d %s\n", t->comm, task_pid_nr(t),
				 label ? label : "-");
	}
	rcu_read_unlock();

	kfree(entries);
	p->conflicts_len = len;
	return busy;
}
