/* A copied helper gcc kept out of line (pi_scale: in no line of the dump)
   is pinned noinline; its definition says `inline`, which the kernel
   defines with gnu_inline: gcc would warn about an inline function given
   noinline and drop the pin (noinline and gnu_inline exclude each other),
   so the copy is written without both, the `inline` invocation expanded;
   its notrace stays (-pg: no mcount call anywhere).  pi_mix, inlined, keeps
   its `inline`. */
/* ccp-cflags: -O2 -pg */
/* ccp-options: --ipa-clones=k-pin-gnu-inline.ipa-clones */
/* ccp-nm: T klpp_pu_f; t klpr_pi_scale; U eu_ext */
#include "k-pin-internal.h"

__attribute__((__no_instrument_function__)) int pu_f(int *p, int x)
{
	return pi_scale(p, x) + pi_mix(x, 1);
}
