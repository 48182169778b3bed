/* A header nothing needs is not #included. */
/* ccp-nm: T klpp_pu_f */
#include "lib.h"
#include "outer.h"

int pu_f(int x)
{
	return x;
}
