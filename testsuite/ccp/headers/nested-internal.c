/* An eligible header included by an ineligible one: its #include is
   written where the ineligible header's text goes. */
/* ccp-nm: T klpp_pu_f */
#include "outer_internal.h"

inner_t pu_f(struct oi *p)
{
	return p->v;
}
