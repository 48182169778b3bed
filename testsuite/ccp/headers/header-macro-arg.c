/* An eligible header's macro invoked with a pointer-ized object (declared
   in the main file) as its argument: the header is #included, the
   invocation kept and its argument rewritten. */
/* ccp-nm: T klpp_pu_f; U eup_v */
#include "hmac.h"
extern int eup_v;

int pu_f(void)
{
	return HM_GET(eup_v);
}
