/* Declarations from an eligible header: #include it, copy nothing. */
/* ccp-nm: T klpp_pu_f; U eu_lib_call */
#include "lib.h"

int pu_f(struct lib_obj *o)
{
	return eu_lib_call(o) + o->size + LIB_MAX;
}
