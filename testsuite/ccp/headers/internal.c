/* An ineligible header's needed declarations are written in its place;
   its static inline function is copied. */
/* ccp-nm: T klpp_pu_f; U eu_priv_count; t klpr_priv_get */
#include "my_internal.h"

long pu_f(struct priv *p)
{
	return priv_get(p) + eu_priv_count;
}
