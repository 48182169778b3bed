/* A header read twice (an X-macro list, as arch/x86/include/asm/kvm-x86-ops.h
   is): its tokens come from two inclusions of one file.  The declaration
   pu_f needs is from the first, where K_ITEM declares the counters: that
   #include is written, not the second one's. */
/* ccp-nm: T klpp_pu_f; U eu_k_a */
#define K_ITEM(x) extern int eu_k_##x;
#include "k-xmacro-list.h"
#undef K_ITEM

int pu_f(void)
{
	return eu_k_a;
}

#define K_ITEM(x) int k_get_##x(void) { return eu_k_##x; }
#include "k-xmacro-list.h"
#undef K_ITEM
