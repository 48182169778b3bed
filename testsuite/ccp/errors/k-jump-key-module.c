/* The same key in a module (arch/x86/crypto/poly1305_glue.c's
   poly1305_use_avx): the kernel binds a live patch's klp relocations to a
   module only after the patch's jump labels are set up, and a kallsyms
   pointer is no constant: the default policy refuses it, naming it. */
/* ccp-options: --patched-functions=f */
/* ccp-cflags: -DMODULE -DKBUILD_MODNAME="m" */
/* ccp-error: 'ready' is a jump label's key (an asm "i" operand) in module 'm' */
#include "../static/k-jump-key_internal.h"

static struct static_key_false ready;

int f(void)
{
	return static_branch_unlikely(&ready);
}
