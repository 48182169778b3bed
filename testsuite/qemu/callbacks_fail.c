// SPDX-License-Identifier: GPL-2.0
/*
 * callbacks_fail.c - a patch whose pre-patch callback refuses it: the patch
 * must not be applied and none of the other callbacks may run.
 */
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/livepatch.h>
#include <linux/printk.h>
#include <linux/seq_file.h>

int kcf_cmdline_proc_show(struct seq_file *m, void *v);
int kcf_cmdline_proc_show(struct seq_file *m, void *v)
{
	seq_puts(m, "kcarve-refused\n");
	return 0;
}

int kcf_pre_patch(struct klp_object *obj);
int kcf_pre_patch(struct klp_object *obj)
{
	pr_info("kcarve-test: kc_cbfail pre_patch refuses\n");
	return -EBUSY;
}

void kcf_post_patch(struct klp_object *obj);
void kcf_post_patch(struct klp_object *obj)
{
	pr_info("kcarve-test: kc_cbfail post_patch\n");
}

void kcf_pre_unpatch(struct klp_object *obj);
void kcf_pre_unpatch(struct klp_object *obj)
{
	pr_info("kcarve-test: kc_cbfail pre_unpatch\n");
}

void kcf_post_unpatch(struct klp_object *obj);
void kcf_post_unpatch(struct klp_object *obj)
{
	pr_info("kcarve-test: kc_cbfail post_unpatch\n");
}
