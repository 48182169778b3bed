/* An external function declared in an eligible header needs only the
   header's #include; nothing is written for it. */
/* ccp-nm: T klpp_pu_f; U eu_api */
#include "api.h"

int pu_f(int x)
{
	return eu_api(x);
}
