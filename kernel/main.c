// SPDX-License-Identifier: GPL-2.0
/*
 * main.c - kcarve.ko: module init/exit and the two entry points patch
 * modules call, kcarve_register_update() and kcarve_unregister_update().
 *
 * Registration checks the update against kcarve.h's contract (ABI version,
 * id, owner, patch), copies what applying needs into runtime memory
 * (retire.c), wraps the pre-patch callbacks (apply.c) and creates
 * /sys/kernel/kcarve/<id>/ (sysfs.c).  Nothing is applied until root writes
 * `applied` to the stage file.  Unregistration (from the patch module's
 * exit, which the module loader runs only once livepatch has dropped its
 * reference, i.e. the update is reversed or was never applied) removes the
 * directory first, which waits for any stage write still running, and then
 * forgets the update.
 */
#define pr_fmt(fmt) "kcarve: " fmt

#include <linux/ctype.h>
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include "internal.h"

DEFINE_MUTEX(kcarve_lock);
unsigned int kcarve_transition_timeout = 10;
module_param_named(transition_timeout, kcarve_transition_timeout, uint, 0644);
MODULE_PARM_DESC(transition_timeout,
		 "seconds a livepatch transition may take before kcarve reverses it (default 10)");

/*
 * Registered updates; the spinlock lets the callback wrapper look them up
 * from inside the livepatch core (which holds its own mutex).
 */
static LIST_HEAD(kcarve_updates);
static DEFINE_SPINLOCK(kcarve_updates_lock);

static const char *const kcarve_stage_names[] = {
	[KCARVE_PREPARING] = "preparing",
	[KCARVE_APPLIED] = "applied",
	[KCARVE_REVERSED] = "reversed",
};

static const char *const kcarve_cause_names[] = {
	[KCARVE_OK] = "ok",
	[KCARVE_NO_MATCH] = "no_match",
	[KCARVE_FAILED_TO_FIND] = "failed_to_find",
	[KCARVE_MISSING_EXPORT] = "missing_export",
	[KCARVE_ALREADY_REVERSED] = "already_reversed",
	[KCARVE_MODULE_BUSY] = "module_busy",
	[KCARVE_OUT_OF_MEMORY] = "out_of_memory",
	[KCARVE_CODE_BUSY] = "code_busy",
	[KCARVE_UNEXPECTED_RUNNING_TASK] = "unexpected_running_task",
	[KCARVE_CALL_FAILED] = "call_failed",
	[KCARVE_UNEXPECTED] = "unexpected",
};

const char *kcarve_stage_name(enum kcarve_stage stage)
{
	return kcarve_stage_names[stage];
}

const char *kcarve_cause_name(enum kcarve_cause cause)
{
	return kcarve_cause_names[cause];
}

struct kcarve_update_priv *kcarve_find_by_object(struct klp_object *obj,
						 unsigned int *index)
{
	struct kcarve_update_priv *p, *found = NULL;
	unsigned long flags;

	spin_lock_irqsave(&kcarve_updates_lock, flags);
	list_for_each_entry(p, &kcarve_updates, list) {
		struct klp_object *objs = p->u->patch->objs;

		if (obj >= objs && obj < objs + p->nobjs) {
			*index = obj - objs;
			found = p;
			break;
		}
	}
	spin_unlock_irqrestore(&kcarve_updates_lock, flags);
	return found;
}

static bool kcarve_id_ok(const char *id)
{
	size_t i, n = strnlen(id, KCARVE_ID_MAX);

	if (n == 0 || n == KCARVE_ID_MAX || id[0] == '.')
		return false;
	for (i = 0; i < n; i++)
		if (!isalnum(id[i]) && !strchr("_-.", id[i]))
			return false;
	return true;
}

static bool kcarve_id_taken(const char *id)
{
	struct kcarve_update_priv *p;

	list_for_each_entry(p, &kcarve_updates, list)
		if (!strcmp(p->id, id))
			return true;
	return false;
}

static int kcarve_check(const struct kcarve_update *u)
{
	if (u->abi_version != KCARVE_ABI_VERSION) {
		pr_err("update built for ABI %u, runtime speaks %u\n",
		       u->abi_version, KCARVE_ABI_VERSION);
		return -EINVAL;
	}
	if (!u->id || !kcarve_id_ok(u->id)) {
		pr_err("bad update id\n");
		return -EINVAL;
	}
	if (!u->owner || !u->patch || u->patch->mod != u->owner ||
	    !u->patch->objs) {
		pr_err("%s: owner and patch->mod must be the patch module\n",
		       u->id);
		return -EINVAL;
	}
	if (u->priv) {
		pr_err("%s: already registered\n", u->id);
		return -EBUSY;
	}
	return 0;
}

static void kcarve_free_priv(struct kcarve_update_priv *p)
{
	kcarve_release_area(p);
	kfree(p->conflicts);
	kfree(p->pre_patch);
	kfree(p);
}

/**
 * kcarve_register_update() - make an update known to the runtime
 * @u: the patch module's update, see kcarve.h
 *
 * Called from the patch module's init.  Copies u->runpre and u->ksyms (and
 * clears those pointers), wraps the pre-patch callbacks and creates
 * /sys/kernel/kcarve/<id>/ in stage preparing.  Applies nothing.
 *
 * Return: 0, -EINVAL (ABI version, id, owner or tables), -EEXIST (id in
 * use), -EBUSY (already registered) or -ENOMEM.
 */
int kcarve_register_update(struct kcarve_update *u)
{
	struct kcarve_update_priv *p;
	struct klp_object *obj;
	int ret;

	if (!u)
		return -EINVAL;
	ret = kcarve_check(u);
	if (ret)
		return ret;

	p = kzalloc(sizeof(*p), GFP_KERNEL);
	if (!p)
		return -ENOMEM;
	p->u = u;
	strscpy(p->id, u->id, sizeof(p->id));
	INIT_LIST_HEAD(&p->list);
	klp_for_each_object_static(u->patch, obj)
		p->nobjs++;
	p->conflicts = kzalloc(KCARVE_CONFLICTS_MAX, GFP_KERNEL);
	p->pre_patch = kcalloc(p->nobjs, sizeof(*p->pre_patch), GFP_KERNEL);
	if (!p->conflicts || (p->nobjs && !p->pre_patch)) {
		kcarve_free_priv(p);
		return -ENOMEM;
	}
	ret = kcarve_copy_in(p);
	if (ret) {
		kcarve_free_priv(p);
		return ret;
	}

	mutex_lock(&kcarve_lock);
	if (kcarve_id_taken(p->id)) {
		mutex_unlock(&kcarve_lock);
		pr_err("%s: an update with this id is registered\n", p->id);
		kcarve_free_priv(p);
		return -EEXIST;
	}
	spin_lock_irq(&kcarve_updates_lock);
	list_add_tail(&p->list, &kcarve_updates);
	spin_unlock_irq(&kcarve_updates_lock);
	kcarve_wrap_callbacks(p);
	u->priv = p;
	ret = kcarve_sysfs_add(p);	/* on failure, p is freed by release */
	if (ret) {
		kcarve_unwrap_callbacks(p);
		spin_lock_irq(&kcarve_updates_lock);
		list_del(&p->list);
		spin_unlock_irq(&kcarve_updates_lock);
		u->priv = NULL;
		mutex_unlock(&kcarve_lock);
		kobject_put(&p->kobj);
		return ret;
	}
	mutex_unlock(&kcarve_lock);
	pr_info("%s: registered (%u run-pre, %u ksyms, %zu bytes to retire)\n",
		p->id, p->nrunpre, p->nksyms, p->area_size);
	return 0;
}
EXPORT_SYMBOL_GPL(kcarve_register_update);

/**
 * kcarve_unregister_update() - forget an update
 * @u: the update passed to kcarve_register_update(), or one it refused
 *
 * Called from the patch module's exit, which the module loader runs only
 * when the livepatch core holds no reference: the update is reversed or was
 * never applied.  Removes the sysfs directory (waiting for a stage write in
 * progress) and frees the runtime's state.
 */
void kcarve_unregister_update(struct kcarve_update *u)
{
	struct kcarve_update_priv *p = u ? u->priv : NULL;

	if (!p)
		return;
	/* Waits for stage writes in progress: not under kcarve_lock. */
	kobject_del(&p->kobj);

	mutex_lock(&kcarve_lock);
	if (p->stage == KCARVE_APPLIED && READ_ONCE(u->patch->enabled))
		pr_warn("%s: unregistered while applied\n", p->id);
	kcarve_unwrap_callbacks(p);
	spin_lock_irq(&kcarve_updates_lock);
	list_del(&p->list);
	spin_unlock_irq(&kcarve_updates_lock);
	u->priv = NULL;
	mutex_unlock(&kcarve_lock);
	pr_info("%s: unregistered\n", p->id);
	kobject_put(&p->kobj);
}
EXPORT_SYMBOL_GPL(kcarve_unregister_update);

/* Called by the kobject release (sysfs.c). */
void kcarve_release_priv(struct kcarve_update_priv *p)
{
	kcarve_free_priv(p);
}

static int __init kcarve_init(void)
{
	int ret;

	ret = kcarve_ksyms_init();
	if (ret)
		return ret;
	ret = kcarve_apply_init();
	if (ret)
		return ret;
	ret = kcarve_sysfs_init();
	if (ret) {
		kcarve_apply_exit();
		return ret;
	}
	pr_info("runtime loaded (ABI %u)\n", KCARVE_ABI_VERSION);
	return 0;
}

static void __exit kcarve_exit(void)
{
	kcarve_sysfs_exit();
	kcarve_apply_exit();
}

module_init(kcarve_init);
module_exit(kcarve_exit);
MODULE_DESCRIPTION("kcarve live patch runtime");
MODULE_AUTHOR("kcarve");
MODULE_LICENSE("GPL");
