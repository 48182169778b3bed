/* The #included header tests K_ENDIAN, which the internal header defines
   before it: the #define is written before the #include, though no text of
   the output invokes K_ENDIAN. */
/* ccp-nm: T klpp_pu_f; t k_order */
#include "k-cond-macro_internal.h"

int pu_f(void)
{
	return k_order();
}
