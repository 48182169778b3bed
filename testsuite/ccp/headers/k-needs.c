/* An #included header gets what it uses from the text before it: the
   output #includes k-needs-box.h, which uses k_count_t, K_SCALE and k_base()
   without declaring them, so k-needs-types.h is #included before it and
   k_base() written before it from the internal header — under its own name,
   although pu_f's call alone would have copied it as klpr_k_base. */
/* ccp-nm: T klpp_pu_f; t k_base; t k_scaled */
#include "k-needs-types.h"
#include "k-needs_internal.h"

int pu_f(struct k_box *b)
{
	return k_scaled(b) + k_base();
}
