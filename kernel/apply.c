// SPDX-License-Identifier: GPL-2.0
/*
 * apply.c - the stage machine: preparing -> applied -> reversed.
 *
 * Applying resolves symbols and checks run-pre (runpre.c), then hands the
 * klp_patch to the livepatch core with klp_enable_patch(), which runs the
 * pre-patch callbacks, redirects the functions and starts the per-task
 * consistency-model transition.  The core finishes the transition on its own
 * (a delayed work item retries every second); kcarve waits for it, up to
 * kcarve.transition_timeout seconds.  If it does not finish, kcarve lists
 * the tasks in the way (conflicts.c) and reverses the transition, reporting
 * code_busy.  Reversing an applied update disables the patch the same way,
 * with the same bound; if the reversal cannot finish it is itself reversed
 * and the update stays applied.
 *
 * The core exports klp_enable_patch() only.  Disabling, reversing a pending
 * transition and asking whether a transition is pending are what the core's
 * own sysfs attributes /sys/kernel/livepatch/<patch>/{enabled,transition} do,
 * under the core's klp_mutex; kcarve calls those attributes' store() and
 * show() through the patch kobject's ktype (default_groups), which works
 * unchanged on 6.1 and 6.12 and needs no path lookup or file credentials.
 *
 * A patch the core has disabled is freed by a work item that drops the
 * module reference last; kcarve waits for that (the owner's refcount back to
 * its value before enabling) so that rmmod right after reversal succeeds,
 * and so that a retry after code_busy can re-initialise the patch's
 * kobjects (zeroed, as klp_enable_patch expects from a fresh module).
 *
 * The pre-patch callbacks are wrapped so that a refusal is told apart from
 * the core's own errors: the update then aborts with call_failed (Ksplice's
 * cause for a refusing pre-apply hook) and stays preparing; the core runs
 * no other callback for that attempt.
 */
#define pr_fmt(fmt) "kcarve: " fmt

#include <linux/delay.h>
#include <linux/gfp.h>
#include <linux/jiffies.h>
#include <linux/livepatch.h>
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/workqueue.h>
#include "internal.h"

static struct kobj_attribute *klp_enabled_attr;
static struct kobj_attribute *klp_transition_attr;
/* A page, as sysfs_emit() in show() functions requires; under kcarve_lock. */
static char *kcarve_showbuf;

int kcarve_apply_init(void)
{
	kcarve_showbuf = (char *)__get_free_page(GFP_KERNEL);
	return kcarve_showbuf ? 0 : -ENOMEM;
}

void kcarve_apply_exit(void)
{
	free_page((unsigned long)kcarve_showbuf);
}

/* Find the core's "enabled" and "transition" attributes of a patch. */
static int kcarve_core_attrs(struct klp_patch *patch)
{
	const struct attribute_group **g;
	struct attribute **a;

	if (klp_enabled_attr && klp_transition_attr)
		return 0;
	if (!patch->kobj.ktype || !patch->kobj.ktype->default_groups)
		return -ENOENT;
	for (g = patch->kobj.ktype->default_groups; *g; g++) {
		for (a = (*g)->attrs; a && *a; a++) {
			if (!strcmp((*a)->name, "enabled"))
				klp_enabled_attr = container_of(*a,
						struct kobj_attribute, attr);
			else if (!strcmp((*a)->name, "transition"))
				klp_transition_attr = container_of(*a,
						struct kobj_attribute, attr);
		}
	}
	if (!klp_enabled_attr || !klp_transition_attr ||
	    !klp_enabled_attr->store || !klp_transition_attr->show) {
		pr_err("livepatch core attributes not found\n");
		klp_enabled_attr = klp_transition_attr = NULL;
		return -ENOENT;
	}
	return 0;
}

static bool kcarve_in_transition(struct klp_patch *patch)
{
	ssize_t n;

	if (!klp_transition_attr)
		return false;
	n = klp_transition_attr->show(&patch->kobj, klp_transition_attr,
				      kcarve_showbuf);
	return n > 0 && kcarve_showbuf[0] == '1';
}

/* Writing the core's "enabled": disable, or reverse a pending transition. */
static int kcarve_core_enable(struct klp_patch *patch, bool enable)
{
	ssize_t n;

	if (!klp_enabled_attr)
		return -ENOENT;
	n = klp_enabled_attr->store(&patch->kobj, klp_enabled_attr,
				    enable ? "1" : "0", 1);
	return n < 0 ? n : 0;
}

static bool kcarve_wait_transition(struct klp_patch *patch, unsigned int secs)
{
	unsigned long deadline = jiffies + secs * HZ;

	while (kcarve_in_transition(patch)) {
		if (time_after(jiffies, deadline))
			return false;
		msleep(20);
	}
	return true;
}

/*
 * Has the core finished with the last attempt (transition over, patch freed
 * and its module reference dropped)?
 */
static bool kcarve_patch_gone(struct kcarve_update_priv *p)
{
	struct klp_patch *patch = p->u->patch;

	if (!p->tried)
		return true;
	if (kcarve_in_transition(patch) || READ_ONCE(patch->enabled))
		return false;
	return module_refcount(p->u->owner) <= p->refs_before;
}

static bool kcarve_wait_gone(struct kcarve_update_priv *p)
{
	unsigned long deadline = jiffies + kcarve_transition_timeout * HZ;

	while (!kcarve_patch_gone(p)) {
		if (time_after(jiffies, deadline)) {
			pr_err("%s: livepatch core still holds the patch\n",
			       p->id);
			return false;
		}
		msleep(20);
	}
	if (p->tried)
		flush_work(&p->u->patch->free_work);
	return true;
}

/* A fresh klp_patch, as klp_enable_patch() expects it from module data. */
static void kcarve_reset_patch(struct klp_patch *patch)
{
	struct klp_object *obj;
	struct klp_func *func;

	memset(&patch->kobj, 0, sizeof(patch->kobj));
	klp_for_each_object_static(patch, obj) {
		memset(&obj->kobj, 0, sizeof(obj->kobj));
		klp_for_each_func_static(obj, func)
			memset(&func->kobj, 0, sizeof(func->kobj));
	}
}

static int kcarve_pre_patch(struct klp_object *obj)
{
	struct kcarve_update_priv *p;
	unsigned int i;
	int ret;

	p = kcarve_find_by_object(obj, &i);
	if (!p || !p->pre_patch[i])
		return 0;
	ret = p->pre_patch[i](obj);
	if (ret) {
		p->pre_patch_failed = true;
		pr_info("%s: pre-patch callback for %s refused (%d)\n", p->id,
			obj->name ? obj->name : "vmlinux", ret);
	}
	return ret;
}

void kcarve_wrap_callbacks(struct kcarve_update_priv *p)
{
	struct klp_object *obj;
	unsigned int i = 0;

	klp_for_each_object_static(p->u->patch, obj) {
		if (i < p->nobjs && obj->callbacks.pre_patch) {
			p->pre_patch[i] = obj->callbacks.pre_patch;
			obj->callbacks.pre_patch = kcarve_pre_patch;
		}
		i++;
	}
}

void kcarve_unwrap_callbacks(struct kcarve_update_priv *p)
{
	struct klp_object *obj;
	unsigned int i = 0;

	klp_for_each_object_static(p->u->patch, obj) {
		if (i < p->nobjs && p->pre_patch[i])
			obj->callbacks.pre_patch = p->pre_patch[i];
		i++;
	}
}

static int kcarve_abort(struct kcarve_update_priv *p, enum kcarve_cause cause,
			const char *what)
{
	p->cause = cause;
	pr_info("%s: %s aborted: %s\n", p->id, what, kcarve_cause_name(cause));
	return cause == KCARVE_OUT_OF_MEMORY ? -ENOMEM : -ECANCELED;
}

static enum kcarve_cause kcarve_enable_error(struct kcarve_update_priv *p,
					     int ret)
{
	if (p->pre_patch_failed)
		return KCARVE_CALL_FAILED;
	switch (ret) {
	case -ENOMEM:
		return KCARVE_OUT_OF_MEMORY;
	case -ENODEV:
		return KCARVE_MODULE_BUSY;
	case -EBUSY:
		return KCARVE_CODE_BUSY;
	default:
		pr_err("%s: klp_enable_patch: %d\n", p->id, ret);
		return KCARVE_UNEXPECTED;
	}
}

int kcarve_apply(struct kcarve_update_priv *p)
{
	struct klp_patch *patch = p->u->patch;
	enum kcarve_cause cause;
	bool busy;
	int ret;

	if (p->stage == KCARVE_APPLIED)
		return 0;
	if (p->stage == KCARVE_REVERSED)
		return kcarve_abort(p, KCARVE_ALREADY_REVERSED, "apply");
	p->conflicts_len = 0;
	if (!kcarve_patch_gone(p))
		return kcarve_abort(p, KCARVE_CODE_BUSY, "apply");

	cause = kcarve_resolve(p);
	if (cause == KCARVE_OK)
		cause = kcarve_runpre_check(p);
	if (cause != KCARVE_OK)
		return kcarve_abort(p, cause, "apply");

	kcarve_reset_patch(patch);
	p->tried = true;
	p->pre_patch_failed = false;
	p->refs_before = module_refcount(p->u->owner);
	ret = klp_enable_patch(patch);
	if (ret)
		return kcarve_abort(p, kcarve_enable_error(p, ret), "apply");
	if (kcarve_core_attrs(patch)) {
		/* Cannot watch the transition; leave the patch to the core. */
		p->stage = KCARVE_APPLIED;
		return kcarve_abort(p, KCARVE_UNEXPECTED, "apply");
	}

	if (!kcarve_wait_transition(patch, kcarve_transition_timeout)) {
		busy = kcarve_collect_conflicts(p, true);
		pr_info("%s: transition not complete after %u s, reversing\n",
			p->id, kcarve_transition_timeout);
		ret = kcarve_core_enable(patch, false);
		if (ret || !kcarve_wait_transition(patch,
						   4 * kcarve_transition_timeout) ||
		    !kcarve_wait_gone(p)) {
			pr_err("%s: cannot reverse the transition (%d)\n", p->id,
			       ret);
			return kcarve_abort(p, KCARVE_UNEXPECTED, "apply");
		}
		return kcarve_abort(p, busy ? KCARVE_CODE_BUSY :
				    KCARVE_UNEXPECTED_RUNNING_TASK, "apply");
	}
	if (!READ_ONCE(patch->enabled)) {
		/* Reversed behind kcarve's back, through the core's sysfs. */
		kcarve_wait_gone(p);
		return kcarve_abort(p, KCARVE_UNEXPECTED, "apply");
	}

	p->stage = KCARVE_APPLIED;
	p->cause = KCARVE_OK;
	pr_info("%s: applied\n", p->id);
	kcarve_retire(p);
	return 0;
}

int kcarve_reverse(struct kcarve_update_priv *p)
{
	struct klp_patch *patch = p->u->patch;
	bool busy;
	int ret;

	if (p->stage == KCARVE_REVERSED)
		return 0;
	if (p->stage == KCARVE_PREPARING && kcarve_patch_gone(p)) {
		p->stage = KCARVE_REVERSED;
		p->cause = KCARVE_OK;
		pr_info("%s: reversed before being applied\n", p->id);
		return 0;
	}
	p->conflicts_len = 0;

	/*
	 * If the patch is no longer enabled, it was disabled through the
	 * core's sysfs, replaced by a cumulative patch, or left reversing by
	 * an earlier abort: only wait for the core to finish with it.
	 */
	if (READ_ONCE(patch->enabled)) {
		ret = kcarve_core_enable(patch, false);
		if (ret)
			return kcarve_abort(p, ret == -EBUSY ? KCARVE_CODE_BUSY :
					    KCARVE_UNEXPECTED, "reverse");
	}
	if (!kcarve_wait_transition(patch, kcarve_transition_timeout)) {
		busy = kcarve_collect_conflicts(p, false);
		if (p->stage != KCARVE_APPLIED)
			return kcarve_abort(p, KCARVE_CODE_BUSY, "reverse");
		pr_info("%s: reversal not complete after %u s, re-applying\n",
			p->id, kcarve_transition_timeout);
		ret = kcarve_core_enable(patch, true);
		if (!ret && kcarve_wait_transition(patch,
						   4 * kcarve_transition_timeout))
			return kcarve_abort(p, busy ? KCARVE_CODE_BUSY :
					    KCARVE_UNEXPECTED_RUNNING_TASK,
					    "reverse");
		/* The reversal may have completed meanwhile. */
		if (READ_ONCE(patch->enabled) || kcarve_in_transition(patch)) {
			pr_err("%s: cannot re-apply (%d)\n", p->id, ret);
			return kcarve_abort(p, KCARVE_UNEXPECTED, "reverse");
		}
	}
	kcarve_wait_gone(p);
	p->stage = KCARVE_REVERSED;
	p->cause = KCARVE_OK;
	pr_info("%s: reversed\n", p->id);
	return 0;
}
