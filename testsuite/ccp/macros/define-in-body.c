/* A #define and #undef inside the patched function are part of its text. */
/* ccp-nm: T klpp_pu_f */
int pu_f(int x)
{
#define LOCAL_STEP 3
	x += LOCAL_STEP;
#undef LOCAL_STEP
	return x;
}
