/* #include under #ifdef: the header that was included is #included,
   without the conditional around it. */
/* ccp-cflags: -DUSE_A */
/* ccp-nm: T klpp_pu_f */
#ifdef USE_A
#include "cond_a.h"
#else
#include "cond_b.h"
#endif

cond_val_t pu_f(cond_val_t v)
{
	return v + 1;
}
