/* The patched function's `static` comes from a macro (xfs's STATIC,
   PMU_FORMAT_ATTR): the default policy makes it external, so the
   invocation is written expanded without the `static` (the function would
   otherwise stay static, unused, and gcc would emit no klpp_f at all). */
/* ccp-options: --patched-functions=f */
/* ccp-nm: T klpp_f */
#define STATIC static __attribute__((__noinline__))

STATIC int f(int x)
{
	return x + 1;
}
