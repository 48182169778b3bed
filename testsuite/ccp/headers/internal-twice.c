/* A guarded ineligible header included twice: its needed text is
   written once, without the guard. */
/* ccp-nm: T klpp_pu_f */
#include "twice_internal.h"
#include "twice_internal.h"

int pu_f(struct tw *t)
{
	return t->a;
}
