// SPDX-License-Identifier: GPL-2.0
/*
 * cmdline_klp_patch.c - the cmdline patch (cmdline_patch.c) as the creation
 * stage writes it for method "klp-reloc": the non-exported
 * saved_command_line is used as the plain extern <linux/init.h> declares,
 * and `kcarve module --klp-fixup` turns the module's references to it into
 * a livepatch relocation against .klp.sym.vmlinux.saved_command_line,0
 * (docs/manifest.md).  The replacement prefixes the command line with
 * "kcarve-klp ".
 */
#include <linux/fs.h>
#include <linux/init.h>
#include <linux/proc_fs.h>
#include <linux/seq_file.h>

int kcpk_cmdline_proc_show(struct seq_file *m, void *v);
int kcpk_cmdline_proc_show(struct seq_file *m, void *v)
{
	seq_puts(m, "kcarve-klp ");
	seq_puts(m, saved_command_line);
	seq_putc(m, '\n');
	return 0;
}
