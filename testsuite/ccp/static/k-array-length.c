/* An externalized array declared without its length before the definition
   that gives it: the output declares it with the length, as sizeof needs
   it (mm/debug.c's ARRAY_SIZE(pageflag_names)). */
/* ccp-nm: T klpp_pu_f; U eu_tab */
#include "k-array-length_internal.h"

const int eu_tab[] = { 1, 2, 3 };

int pu_f(void)
{
	return sizeof(eu_tab) / sizeof(eu_tab[0]) + eu_tab[0];
}
