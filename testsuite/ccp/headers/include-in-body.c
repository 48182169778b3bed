/* An #include inside a kept declaration's text (an X-macro list) is written
   as the tokens it produced there. */
/* ccp-nm: T klpp_pu_f */
#define FLAG(name, val) F_##name = val,
enum {
#include "xflags.h"
};
#undef FLAG

int pu_f(void)
{
	return F_READ | F_WRITE;
}
