// SPDX-License-Identifier: GPL-2.0
/*
 * sysfs.c - /sys/kernel/kcarve/<id>/, Ksplice's user interface.
 *
 *   stage        0600  preparing | applied | reversed; write "applied" or
 *                      "reversed" (anything else: EINVAL).  A write that
 *                      aborts fails with ECANCELED (ENOMEM for
 *                      out_of_memory) and leaves the reason in abort_cause.
 *   abort_cause  0400  ok, no_match, failed_to_find, missing_export,
 *                      already_reversed, module_busy, out_of_memory,
 *                      code_busy, unexpected_running_task, call_failed,
 *                      unexpected
 *   conflicts    0400  "program pid label" per task that kept the last
 *                      transition from completing
 *   debug        0600  a level; non-zero logs each run-pre check and makes
 *                      retirement unmap instead of free
 *   retired      0400  bytes retired after applying (0 before)
 *
 * Modes keep non-root out; the store functions also require CAP_SYS_ADMIN,
 * as root in a user namespace or with dropped capabilities must not patch
 * the kernel.
 */
#define pr_fmt(fmt) "kcarve: " fmt

#include <linux/capability.h>
#include <linux/kernel.h>
#include <linux/kobject.h>
#include <linux/string.h>
#include <linux/sysfs.h>
#include "internal.h"

static struct kobject *kcarve_root;

static struct kcarve_update_priv *to_priv(struct kobject *kobj)
{
	return container_of(kobj, struct kcarve_update_priv, kobj);
}

static ssize_t stage_show(struct kobject *kobj, struct kobj_attribute *attr,
			  char *buf)
{
	struct kcarve_update_priv *p = to_priv(kobj);
	enum kcarve_stage stage = READ_ONCE(p->stage);

	/* Disabled through the core or replaced by a cumulative patch. */
	if (stage == KCARVE_APPLIED && !READ_ONCE(p->busy) &&
	    !READ_ONCE(p->u->patch->enabled))
		stage = KCARVE_REVERSED;
	return sysfs_emit(buf, "%s\n", kcarve_stage_name(stage));
}

static ssize_t stage_store(struct kobject *kobj, struct kobj_attribute *attr,
			   const char *buf, size_t count)
{
	struct kcarve_update_priv *p = to_priv(kobj);
	bool apply;
	int ret;

	if (!capable(CAP_SYS_ADMIN))
		return -EPERM;
	if (sysfs_streq(buf, "applied"))
		apply = true;
	else if (sysfs_streq(buf, "reversed"))
		apply = false;
	else
		return -EINVAL;

	mutex_lock(&kcarve_lock);
	WRITE_ONCE(p->busy, true);
	ret = apply ? kcarve_apply(p) : kcarve_reverse(p);
	WRITE_ONCE(p->busy, false);
	mutex_unlock(&kcarve_lock);
	return ret ? ret : count;
}

static ssize_t abort_cause_show(struct kobject *kobj,
				struct kobj_attribute *attr, char *buf)
{
	return sysfs_emit(buf, "%s\n",
			  kcarve_cause_name(READ_ONCE(to_priv(kobj)->cause)));
}

static ssize_t conflicts_show(struct kobject *kobj,
			      struct kobj_attribute *attr, char *buf)
{
	struct kcarve_update_priv *p = to_priv(kobj);
	size_t n;

	mutex_lock(&kcarve_lock);
	n = min_t(size_t, p->conflicts_len, PAGE_SIZE - 1);
	memcpy(buf, p->conflicts, n);
	mutex_unlock(&kcarve_lock);
	return n;
}

static ssize_t debug_show(struct kobject *kobj, struct kobj_attribute *attr,
			  char *buf)
{
	return sysfs_emit(buf, "%u\n", READ_ONCE(to_priv(kobj)->debug));
}

static ssize_t debug_store(struct kobject *kobj, struct kobj_attribute *attr,
			   const char *buf, size_t count)
{
	unsigned int level;
	int ret;

	if (!capable(CAP_SYS_ADMIN))
		return -EPERM;
	ret = kstrtouint(buf, 0, &level);
	if (ret)
		return ret;
	WRITE_ONCE(to_priv(kobj)->debug, level);
	return count;
}

static ssize_t retired_show(struct kobject *kobj, struct kobj_attribute *attr,
			    char *buf)
{
	return sysfs_emit(buf, "%zu\n", READ_ONCE(to_priv(kobj)->retired_bytes));
}

static struct kobj_attribute stage_attr = __ATTR(stage, 0600, stage_show,
						 stage_store);
static struct kobj_attribute abort_cause_attr = __ATTR(abort_cause, 0400,
						       abort_cause_show, NULL);
static struct kobj_attribute conflicts_attr = __ATTR(conflicts, 0400,
						     conflicts_show, NULL);
static struct kobj_attribute debug_attr = __ATTR(debug, 0600, debug_show,
						 debug_store);
static struct kobj_attribute retired_attr = __ATTR(retired, 0400,
						   retired_show, NULL);

static struct attribute *kcarve_update_attrs[] = {
	&stage_attr.attr,
	&abort_cause_attr.attr,
	&conflicts_attr.attr,
	&debug_attr.attr,
	&retired_attr.attr,
	NULL,
};
ATTRIBUTE_GROUPS(kcarve_update);

static void kcarve_update_release(struct kobject *kobj)
{
	kcarve_release_priv(to_priv(kobj));
}

static struct kobj_type kcarve_update_ktype = {
	.release = kcarve_update_release,
	.sysfs_ops = &kobj_sysfs_ops,
	.default_groups = kcarve_update_groups,
};

int kcarve_sysfs_add(struct kcarve_update_priv *p)
{
	int ret;

	ret = kobject_init_and_add(&p->kobj, &kcarve_update_ktype, kcarve_root,
				   "%s", p->id);
	if (ret)
		return ret;
	kobject_uevent(&p->kobj, KOBJ_ADD);
	return 0;
}

int kcarve_sysfs_init(void)
{
	kcarve_root = kobject_create_and_add("kcarve", kernel_kobj);
	return kcarve_root ? 0 : -ENOMEM;
}

void kcarve_sysfs_exit(void)
{
	kobject_put(kcarve_root);
}
