/* A typedef from a header included by an eligible header: the outermost
   eligible one is #included. */
/* ccp-nm: T klpp_pu_f */
#include "outer.h"

inner_t pu_f(inner_t x)
{
	return x + 1;
}
