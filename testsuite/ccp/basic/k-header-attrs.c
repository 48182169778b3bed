/* The renamed definitions are other functions to gcc: the attributes the
   header's prototypes gave pu_f and pu_g would be lost with the name, and
   the carve, compiled with -pg, would call mcount where the original does
   not.  Those that shape the code (no_instrument_function, cold; not
   warn_unused_result) are written before each definition. */
/* ccp-cflags: -pg */
/* ccp-nm: T klpp_pu_f; T klpp_pu_g; U eu_ext */
#include "k-attrs.h"

long pu_f(long x)
{
	return eu_ext((int)x) + 1;
}

int pu_g(int x)
{
	return eu_ext(x) - 1;
}
