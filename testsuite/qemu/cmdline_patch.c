// SPDX-License-Identifier: GPL-2.0
/*
 * cmdline_patch.c - carved by hand from Debian linux 6.1 fs/proc/cmdline.c in
 * the form the creation stage produces (docs/manifest.md): the patched
 * function under a new external name, the non-exported saved_command_line
 * reached through a kallsyms pointer, seq_puts/seq_putc by export.  The
 * replacement prefixes the command line with "kcarve-patched ".
 */
#include <linux/fs.h>
#include <linux/init.h>
#include <linux/proc_fs.h>
#include <linux/seq_file.h>

extern char **kcp_saved_command_line;	/* kallsyms: saved_command_line */

int kcp_cmdline_proc_show(struct seq_file *m, void *v);
int kcp_cmdline_proc_show(struct seq_file *m, void *v)
{
	seq_puts(m, "kcarve-patched ");
	seq_puts(m, *kcp_saved_command_line);
	seq_putc(m, '\n');
	return 0;
}
