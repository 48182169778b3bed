/* pu_f invokes K_I, a macro only k-late-macro.h defines: the output
   #includes that header for it, and that header's own needs (k_blk_t from
   the internal header before it) are written before the #include. */
/* ccp-nm: T klpp_pu_f */
#include "k-late-macro_internal.h"

int pu_f(int v)
{
	return K_I(v);
}
