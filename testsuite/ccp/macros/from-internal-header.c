/* A macro defined in an ineligible header: its #define is written where
   the header's text goes. */
/* ccp-nm: T klpp_pu_f */
#include "mac_internal.h"

int pu_f(int x)
{
	return PRIV_SCALE(x);
}
