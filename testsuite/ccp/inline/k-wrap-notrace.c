/* The wrapper through which the carve calls a header function gcc kept out
   of line (nt_scale: in no line of the dump) stands for the original's
   out-of-line copy, which the header's `inline` made notrace: the wrapper
   is notrace too.  Compiled with -pg, no function of the carve calls
   mcount, as no function of the original does. */
/* ccp-cflags: -O2 -pg */
/* ccp-options: --ipa-clones=k-wrap-notrace.ipa-clones */
/* ccp-nm: T klpp_pu_f; t klpr_nt_scale; U eu_ext */
#include "k-wrap-nt.h"

__attribute__((__no_instrument_function__)) int pu_f(int *p, int x)
{
	return nt_scale(p, x) + 1;
}
