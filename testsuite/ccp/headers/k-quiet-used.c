/* The carve calls the header's static function qt_helper (from the
   header, not copied; inlined): nothing to quiet, no #pragma. */
/* ccp-cflags: -O2 -Wall -Werror=unused-function */
/* ccp-nm: T klpp_pu_f; U eu_ext */
#include "k-quiet.h"

int pu_f(int x)
{
	return qt_helper(x) + qt_ok(x);
}
