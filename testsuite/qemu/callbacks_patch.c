// SPDX-License-Identifier: GPL-2.0
/*
 * callbacks_patch.c - the cmdline patch with all four livepatch callbacks
 * (Documentation/livepatch/callbacks.rst).  Each logs one line; the test
 * checks their order in the kernel log.  With the module parameter-free
 * variant in callbacks_fail.c, pre_patch refuses the patch.
 */
#include <linux/fs.h>
#include <linux/livepatch.h>
#include <linux/printk.h>
#include <linux/seq_file.h>

extern char **kcb_saved_command_line;

int kcb_cmdline_proc_show(struct seq_file *m, void *v);
int kcb_cmdline_proc_show(struct seq_file *m, void *v)
{
	seq_puts(m, "kcarve-callbacks ");
	seq_puts(m, *kcb_saved_command_line);
	seq_putc(m, '\n');
	return 0;
}

static const char *kcb_obj(struct klp_object *obj)
{
	return obj->name ? obj->name : "vmlinux";
}

int kcb_pre_patch(struct klp_object *obj);
int kcb_pre_patch(struct klp_object *obj)
{
	pr_info("kcarve-test: kc_cb pre_patch %s\n", kcb_obj(obj));
	return 0;
}

void kcb_post_patch(struct klp_object *obj);
void kcb_post_patch(struct klp_object *obj)
{
	pr_info("kcarve-test: kc_cb post_patch %s\n", kcb_obj(obj));
}

void kcb_pre_unpatch(struct klp_object *obj);
void kcb_pre_unpatch(struct klp_object *obj)
{
	pr_info("kcarve-test: kc_cb pre_unpatch %s\n", kcb_obj(obj));
}

void kcb_post_unpatch(struct klp_object *obj);
void kcb_post_unpatch(struct klp_object *obj)
{
	pr_info("kcarve-test: kc_cb post_unpatch %s\n", kcb_obj(obj));
}
