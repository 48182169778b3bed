/* A static inline function of an eligible header is used as it is. */
/* ccp-nm: T klpp_pu_f; t lib_inline */
#include "lib.h"

int pu_f(int x)
{
	return lib_inline(x);
}
