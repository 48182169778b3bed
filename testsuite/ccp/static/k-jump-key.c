/* The default policy makes a static object a kallsyms pointer, but a jump
   label's key cannot be one: its address is an asm "i" operand, reached
   here through arch_static_branch()'s parameter.  In vmlinux it is declared
   extern under klpe_NAME instead, bound by a klp relocation (manifest
   method klp-reloc), as drivers/char/random.c's crng_is_ready needs. */
/* ccp-options: --patched-functions=f */
/* ccp-cflags: -O2 */
/* ccp-nm: T klpp_f; U klpe_ready; U klpe_count */
#include "k-jump-key_internal.h"

static struct static_key_false ready;
static int count;

int f(void)
{
	if (static_branch_unlikely(&ready))
		return count;
	return 0;
}
