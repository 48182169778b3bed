/* A header the output #includes reads a member of a struct the unit
   defines (in an internal header) before it: the struct's definition is
   written before the #include, and with it the definition of the struct of
   its member hdr, which a complete k_priv needs. */
/* ccp-nm: T klpp_pu_f; t k_rx */
#include "k-member-struct_internal.h"

int pu_f(const struct k_priv *sp)
{
	return k_rx(sp);
}
