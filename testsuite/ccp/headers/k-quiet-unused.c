/* The carve #includes k-quiet.h and calls none of its static functions;
   qt_helper, which the unit's `other` called, would be "defined but not
   used" in the carve where the original has no warning.  The #include is
   written between #pragma GCC diagnostic lines that quiet it
   (-Werror=unused-function: gcc rejects the output otherwise). */
/* ccp-cflags: -O2 -Wall -Werror=unused-function */
/* ccp-nm: T klpp_pu_f; U eu_ext */
#include "k-quiet.h"

int pu_f(int x)
{
	return qt_ok(x) + 1;
}

int other(int x)
{
	return qt_helper(x) + qt_wrap(x);
}
