// SPDX-License-Identifier: GPL-2.0
/*
 * kc_target.c - a target module for the QEMU tests.  A kernel thread
 * "kc_sleeper" sleeps inside kc_target_sleep() until the module is removed,
 * so a live patch of that function cannot finish its transition (code_busy).
 * /proc/kc_target prints kc_target_value(), a function the stress test
 * patches while a reader calls it.
 */
#include <linux/delay.h>
#include <linux/kthread.h>
#include <linux/module.h>
#include <linux/proc_fs.h>
#include <linux/seq_file.h>

static struct task_struct *kc_sleeper;

noinline int kc_target_sleep(void)
{
	int n = 0;

	while (!kthread_should_stop()) {
		msleep_interruptible(50);
		n++;
	}
	return n;
}
EXPORT_SYMBOL_GPL(kc_target_sleep);

noinline int kc_target_value(void)
{
	return 1;
}

static int kc_sleeper_fn(void *arg)
{
	kc_target_sleep();
	return 0;
}

static int kc_target_show(struct seq_file *m, void *v)
{
	seq_printf(m, "value %d\n", kc_target_value());
	return 0;
}

static int __init kc_target_init(void)
{
	if (!proc_create_single("kc_target", 0444, NULL, kc_target_show))
		return -ENOMEM;
	kc_sleeper = kthread_run(kc_sleeper_fn, NULL, "kc_sleeper");
	if (IS_ERR(kc_sleeper)) {
		remove_proc_entry("kc_target", NULL);
		return PTR_ERR(kc_sleeper);
	}
	return 0;
}

static void __exit kc_target_exit(void)
{
	kthread_stop(kc_sleeper);
	remove_proc_entry("kc_target", NULL);
}

module_init(kc_target_init);
module_exit(kc_target_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("kcarve QEMU test target");
