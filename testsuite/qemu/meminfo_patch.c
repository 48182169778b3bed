// SPDX-License-Identifier: GPL-2.0
/*
 * meminfo_patch.c - replaces meminfo_proc_show() of fs/proc/meminfo.c with a
 * one-line stub.  The point is the run-pre check of the original: Debian's
 * meminfo_proc_show holds an alternative patch site (.altinstructions), a
 * return thunk and some two hundred relocations, which must all be skipped
 * for the running kernel's bytes to match.
 */
#include <linux/seq_file.h>

int kmi_meminfo_proc_show(struct seq_file *m, void *v);
int kmi_meminfo_proc_show(struct seq_file *m, void *v)
{
	seq_puts(m, "kcarve-meminfo\n");
	return 0;
}
