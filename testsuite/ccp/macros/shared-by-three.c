/* One macro used by two patched functions and the helper they share:
   one #define, before the first of them. */
/* ccp-nm: T klpp_pu_f; T klpp_pu_g; t klpr_mask */
#define LOW_BITS 0xff
static int mask(int v) { return v & LOW_BITS; }
int pu_f(int v) { return mask(v) | LOW_BITS; }
int pu_g(int v) { return mask(v) ^ LOW_BITS; }
