/* A function declared in an eligible header is pointer-ized under its own
   name: the header cannot be #included; what else it provides is written. */
/* ccp-nm: T klpp_pu_f; U eup_hook */
#include "hooks.h"

int pu_f(struct hook_arg *a)
{
	return eup_hook(a->v);
}
