/* Ineligible headers within ineligible headers: each one's needed text is
   written in its place, innermost first. */
/* ccp-nm: T klpp_pu_f */
#include "a_internal.h"

int pu_f(struct a_t *a)
{
	return a->b.v;
}
