/* A guarded header included twice (once through another): one #include. */
/* ccp-nm: T klpp_pu_f; U eu_outer_fn */
#include "inner.h"
#include "outer.h"
#include "inner.h"

inner_t pu_f(void)
{
	return eu_outer_fn();
}
