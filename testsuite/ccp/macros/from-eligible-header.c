/* A macro defined in an eligible header: its #include provides it. */
/* ccp-nm: T klpp_pu_f */
#include "mac.h"
#define LOCAL_ONE 1

int pu_f(int x)
{
	return HDR_SCALE(x) + LOCAL_ONE;
}
