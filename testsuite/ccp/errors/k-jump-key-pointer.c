/* A policy command that makes a jump label's key a pointer (eup_: the toy
   policy's `p`) is refused with the key named: the asm needs its address
   as a link-time constant. */
/* ccp-error: cannot make 'eup_ready' a pointer: an asm takes its address as a link-time constant */
#include "../static/k-jump-key_internal.h"

static struct static_key_false eup_ready;

int pu_f(void)
{
	return static_branch_unlikely(&eup_ready);
}
