// SPDX-License-Identifier: GPL-2.0
/*
 * busy_patch.c - patches kc_target_sleep() in the kc_target module, where the
 * kc_sleeper kernel thread sleeps: the transition cannot complete (code_busy).
 */
#include <linux/delay.h>
#include <linux/kthread.h>

int kbp_kc_target_sleep(void);
int kbp_kc_target_sleep(void)
{
	while (!kthread_should_stop())
		msleep_interruptible(20);
	return 0;
}
