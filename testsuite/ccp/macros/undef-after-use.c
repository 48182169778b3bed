/* A macro #undef'd after the patched function: its #define is written;
   the #undef, which ends nothing the output uses, is not. */
/* ccp-nm: T klpp_pu_f */
#define TMP_SHIFT 4

int pu_f(int x)
{
	return x << TMP_SHIFT;
}
#undef TMP_SHIFT
