// SPDX-License-Identifier: GPL-2.0
/*
 * modcb_patch.c - patches kc_target_value() in the kc_target module (to
 * return 2), with callbacks for that object.  Livepatch runs an object's
 * callbacks only while the object is loaded: applied with kc_target absent,
 * none run; loading kc_target then runs pre_patch and post_patch, removing
 * it runs pre_unpatch and post_unpatch (callbacks.rst).
 */
#include <linux/livepatch.h>
#include <linux/printk.h>

int kmc_kc_target_value(void);
int kmc_kc_target_value(void)
{
	return 2;
}

int kmc_pre_patch(struct klp_object *obj);
int kmc_pre_patch(struct klp_object *obj)
{
	pr_info("kcarve-test: kc_modcb pre_patch %s\n", obj->name);
	return 0;
}

void kmc_post_patch(struct klp_object *obj);
void kmc_post_patch(struct klp_object *obj)
{
	pr_info("kcarve-test: kc_modcb post_patch %s\n", obj->name);
}

void kmc_pre_unpatch(struct klp_object *obj);
void kmc_pre_unpatch(struct klp_object *obj)
{
	pr_info("kcarve-test: kc_modcb pre_unpatch %s\n", obj->name);
}

void kmc_post_unpatch(struct klp_object *obj);
void kmc_post_unpatch(struct klp_object *obj)
{
	pr_info("kcarve-test: kc_modcb post_unpatch %s\n", obj->name);
}
